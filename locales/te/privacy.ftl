# Personal data (DPDP Act 2023): the notice at /start (what is stored, why, for how long), /mydata.
privacy-notice = మీ సమాచారం: మీకు జవాబు ఇవ్వడానికి, మీ ప్రశ్నలను మీ జిల్లా ఎగుమతి అధికారికి పంపడానికి, నా జవాబులను మెరుగుపరచడానికి మాత్రమే మీ Telegram id, భాష, జిల్లా, ప్రశ్నలు, టికెట్‌లను దాచుతాను. ప్రశ్నలు, మూసిన టికెట్‌లు { $days } రోజుల తర్వాత తొలగించబడతాయి. దాచినది /mydata పంపుతుంది; /forget దాన్ని తొలగిస్తుంది.
privacy-mydata-caption = ఈ bot మీ గురించి దాచినదంతా. /forget దాన్ని తొలగిస్తుంది.
cmd-mydata = మీ గురించి ఏమి దాచారో చూడటానికి
