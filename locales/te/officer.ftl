# Strings of escalation to district officers: what users and officers see about tickets.

ticket-opened = మీ ప్రశ్న { $district } జిల్లా ఎగుమతి కేంద్రానికి టికెట్ #{ $ticket } గా పంపబడింది. అధికారి సాధారణంగా { $hours } గంటల్లో సమాధానం ఇస్తారు. సమాధానం మీకు ఇక్కడే వస్తుంది.
ticket-need-district = మీ ప్రశ్నను సరైన అధికారికి పంపడానికి మీ జిల్లా తెలియాలి. మీ జిల్లా పేరు లేదా 6 అంకెల PIN కోడ్ రాయండి.
ticket-confirm-officer = మీ ప్రశ్నను జిల్లా ఎగుమతి అధికారికి పంపమంటారా?
ticket-officer-usage = /officer తర్వాత మీ ప్రశ్న రాసి పంపండి, ఉదాహరణకు: /officer హస్తకళల వస్తువులను పోస్ట్ ద్వారా ఎలా ఎగుమతి చేయాలి?
ticket-answer = { $district } జిల్లా ఎగుమతి కేంద్రం నుండి సమాధానం (టికెట్ #{ $ticket }):
    { $text }
ticket-followup-sent = టికెట్ #{ $ticket } చూస్తున్న అధికారికి పంపబడింది.
ticket-closed-user = టికెట్ #{ $ticket } ముగిసింది. సమాధానం ఎంత ఉపయోగపడింది? (1 = అసలు లేదు, 5 = చాలా)
ticket-rating-thanks = సమాధానానికి రేటింగ్ ఇచ్చినందుకు ధన్యవాదాలు.
ticket-already-open = మీకు ఇప్పటికే తెరిచి ఉన్న టికెట్ #{ $ticket } ఉంది. మీ సందేశం దానికి జోడించబడింది.

officer-new-ticket = కొత్త టికెట్ #{ $ticket }, { $district } ({ $state }) నుండి, { $language } భాషలో:
    { $question }
    Bot ఊహించిన సమాధానం: { $guess }
officer-followup = టికెట్ #{ $ticket } పై తదుపరి సందేశం:
    { $text }
officer-claim = నేను తీసుకుంటాను
officer-transfer = బదిలీ చేయి
officer-claimed = టికెట్ #{ $ticket } ఇప్పుడు మీది. టికెట్ సందేశానికి reply చేయండి, లేదా /reply { $ticket } తర్వాత మీ సమాధానం రాసి పంపండి.
officer-claimed-by-other = టికెట్ #{ $ticket } ను ఇప్పటికే { $officer } చూస్తున్నారు.
officer-reply-sent = టికెట్ #{ $ticket } కు మీ సమాధానం వినియోగదారుకు పంపబడింది.
officer-closed = టికెట్ #{ $ticket } ముగిసింది.
officer-transferred = టికెట్ #{ $ticket } { $target } కు బదిలీ చేయబడింది.
officer-queue-empty = మీ పరిధిలో తెరిచి ఉన్న టికెట్‌లు ఏవీ లేవు.
officer-queue-heading = మీ పరిధిలో తెరిచి ఉన్న టికెట్‌లు:
officer-queue-line = #{ $ticket } · { $district } · { $age } గం · { $status } · { $question }
officer-not-registered = ఈ ఆదేశం నమోదైన ఎగుమతి అధికారులకు మాత్రమే.
officer-not-jurisdiction = టికెట్ #{ $ticket } మీ పరిధిలో లేదు.
officer-no-such-ticket = టికెట్ #{ $ticket } అనేది లేదు.
officer-usage-reply = ఉపయోగం: /reply <టికెట్ నంబర్> <మీ సమాధానం>
officer-usage-close = ఉపయోగం: /close <టికెట్ నంబర్>
officer-usage-transfer = ఉపయోగం: /transfer <టికెట్ నంబర్> <జిల్లా లేదా రాష్ట్రం>
officer-joined = స్వాగతం, { $name }. మీరు ఇప్పుడు { $jurisdiction } కు ఎగుమతి అధికారిగా నమోదయ్యారు.
officer-bad-invite = ఈ ఆహ్వాన కోడ్ చెల్లదు, లేదా ఇప్పటికే వాడబడింది.
officer-sla-reminder = గుర్తు: టికెట్ #{ $ticket } సమాధానం కోసం { $hours } గంటలుగా ఎదురుచూస్తోంది.
officer-escalated = టికెట్ #{ $ticket } కు { $hours } గంటల్లో సమాధానం రాలేదు, అందుకే అది మీకు పంపబడింది.
admin-kb-reload-failed = సమాచార భాండారం మార్చబడింది కానీ అందులో తప్పులు ఉన్నాయి; bot పాత వెర్షన్‌నే వాడుతోంది. మొదటి తప్పు: { $error }
officer-invite-created = { $jurisdiction } అధికారి కోసం ఒక్కసారి మాత్రమే వాడగల ఆహ్వాన కోడ్: { $code }
    అధికారి ఈ bot కు /join { $code } అని పంపాలి.
officer-usage-invite = ఉపయోగం: /invite district <జిల్లా> | state <రాష్ట్రం> | ra <ప్రాధికార సంస్థ ID> | admin
officer-status-new = కొత్తది
officer-status-claimed = తీసుకోబడింది
officer-all-india = భారతదేశం మొత్తం
