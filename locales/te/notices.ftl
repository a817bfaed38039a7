# చందాలు, ప్రకటనలు: అప్‌డేట్‌ల గురించి వినియోగదారులు చూసేవి, /announce గురించి అధికారులు చూసేవి.

cmd-subscribe = మీ జిల్లా, ఉత్పత్తులు లేదా అంశాల అప్‌డేట్‌లు పొందండి
cmd-notices = మీ కోసం ప్రస్తుత ప్రకటనలు

subscribe-button-district = నా జిల్లా అప్‌డేట్‌లు పంపండి
subscribe-menu = మీకు దేని గురించి అప్‌డేట్‌లు కావాలి? ఒకటి కంటే ఎక్కువ ఎంచుకోవచ్చు.
subscribe-option-state = ఒక రాష్ట్రం
subscribe-option-product = ఉత్పత్తులు లేదా HS అధ్యాయాలు
topic-schemes = పథకాలు
topic-gst-customs = జీఎస్టీ మరియు కస్టమ్స్
topic-deadlines = చివరి తేదీలు
topic-events = వాణిజ్య ప్రదర్శనలు, కార్యక్రమాలు
subscribe-ask-state = రాష్ట్రం పేరు రాయండి, ఉదా. తెలంగాణ లేదా Telangana.
subscribe-ask-product = ఏ భాషలోనైనా ఉత్పత్తి పేరు, లేదా HS అధ్యాయం లేదా శీర్షిక రాయండి, ఉదా. పసుపు, turmeric లేదా 0910.
subscribe-done = అయింది: మీకు { $what } గురించి అప్‌డేట్‌లు వస్తాయి. /subscriptions మీ అప్‌డేట్‌లను చూపుతుంది; /unsubscribe లేదా STOP అన్నీ ఆపుతుంది.
subscribe-already = మీకు ఇప్పటికే { $what } గురించి అప్‌డేట్‌లు వస్తున్నాయి.
subscribe-need-district = ముందుగా మీ జిల్లా చెప్పండి: దాని పేరు లేదా 6 అంకెల పిన్ కోడ్ రాయండి. తర్వాత బటన్ మళ్ళీ నొక్కండి లేదా /subscribe పంపండి.
subscribe-state-unknown = “{ $query }” అనే రాష్ట్రం నాకు తెలియదు. మళ్ళీ ప్రయత్నించడానికి /subscribe పంపండి.
subscribe-product-unknown = “{ $query }” కోసం ఏ ఉత్పత్తి లేదా HS కోడ్ దొరకలేదు. వేరే పేరు లేదా కోడ్‌తో /subscribe మళ్ళీ పంపండి.
subscriptions-none = మీకు ఏ అప్‌డేట్‌లూ రావడం లేదు. ఎంచుకోవడానికి /subscribe పంపండి.
subscriptions-heading = మీ అప్‌డేట్‌లు. తీసివేయడానికి ఒకదాన్ని నొక్కండి:
subscriptions-paused = (ఆపివేయబడింది)
subscribe-removed = తీసివేయబడింది: { $what }.
unsubscribe-done = మీ అన్ని అప్‌డేట్‌లు ఆగిపోయాయి. ఇక ప్రకటనలు రావు. మళ్ళీ మొదలుపెట్టడానికి /subscribe పంపండి.
unsubscribe-none = మీకు ఏ అప్‌డేట్‌లూ రావడం లేదు.

notices-none = ప్రస్తుతం మీ కోసం ఏ ప్రకటనా లేదు.
notices-heading = మీ కోసం ప్రస్తుత ప్రకటనలు:
notice-kind-policy-change = విధాన మార్పు
notice-kind-deadline = చివరి తేదీ
notice-kind-event = కార్యక్రమం
notice-kind-outreach = అవగాహన కార్యక్రమం
notice-event-line = ఎప్పుడు: { $starts } · ఎక్కడ: { $place } · నిర్వాహకులు: { $organiser }
notice-in-english = ఈ ప్రకటన ఇంకా మీ భాషలో లేదు, అందుకే ఆంగ్లంలో చూపిస్తున్నాం.
notice-button-remind = ముందు రోజు గుర్తు చేయండి
notice-button-done = అయింది
notice-button-ask = దీని గురించి అడగండి
notice-reminder = గుర్తు చేస్తున్నాం, రేపు: { $title } — { $starts }, { $place }.
notice-reminder-set = ముందు రోజు మీకు గుర్తు చేస్తాను.
notice-done-marked = ఈ సంవత్సరానికి పూర్తయినట్లు గుర్తించాం.

announce-usage = /announce తర్వాత మీ చందాదారుల కోసం సందేశం పంపండి. అనువాదం జోడించడానికి పంక్తిని భాషా కోడ్‌తో మొదలుపెట్టండి, ఉదా. "te: ...". అడ్మిన్‌లు మొదట్లో "state Rajasthan:" లేదా "all:" రాయవచ్చు.
announce-heading = { $desk } ఎగుమతి డెస్క్ ప్రకటన
announce-preview = ముందస్తు చూపు: చందాదారులకు ఇదే వస్తుంది. పంపాలా?
announce-button-send = పంపు
announce-no-english = ప్రకటనకు ఆంగ్ల పాఠం అవసరం: "te: ..." వంటి భాషా పంక్తికి ముందున్న పంక్తులు ఆంగ్లంగా పరిగణిస్తాం.
announce-too-long = ఈ పాఠం ఒక సందేశానికి చాలా పొడవుగా ఉంది. దయచేసి కుదించండి.
announce-unknown-target = ఆ జిల్లా లేదా రాష్ట్రం నాకు తెలియదు. ఉదా. "district Moradabad: పాఠం" లేదా "state Rajasthan: పాఠం" అని రాయండి.
announce-not-jurisdiction = మీరు మీ అధికార పరిధిలో మాత్రమే ప్రకటించగలరు.
announce-limited = ఈ వారం ఈ జిల్లా లేదా రాష్ట్రానికి ఇప్పటికే { $limit } ప్రకటనలు వెళ్ళాయి. తర్వాత మళ్ళీ ప్రయత్నించండి.
announce-sent = మీ ప్రకటన చందాదారులకు పంపబడుతోంది.
announce-already = ఈ ప్రకటన ఇప్పటికే పంపబడింది.
