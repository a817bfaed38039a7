# Strings of an answer: the same text for `export-helpdesk ask` and the bot.
# Variables are shown as { $name }. Keep HS codes, scheme acronyms and URLs as they are.

answer-source = ఆధారం: { $cite }
answer-see-also = ఇవి కూడా చూడండి: { $titles }
answer-reviewed = { $date } న సరిచూశాం
answer-english-only = (ఈ సమాధానం ఇంకా మీ భాషలో అందుబాటులో లేదు, అందుకే ఇంగ్లీష్‌లో చూపిస్తున్నాం.)
answer-not-found = దీనికి నమ్మదగిన సమాధానం నా సమాచార భాండారంలో దొరకలేదు. జిల్లా ఎగుమతి అధికారి సహాయం చేస్తారు: "అధికారితో మాట్లాడండి" నొక్కండి, లేదా /officer తర్వాత మీ ప్రశ్న రాసి పంపండి.
answer-empty-question = దయచేసి మీ ప్రశ్నను మాటల్లో రాయండి, ఉదాహరణకు: "IEC ఎలా పొందాలి?"
answer-too-long = మీ సందేశం చాలా పొడవుగా ఉంది. దాని మొదటి భాగం మాత్రమే చదివాను; మంచి సమాధానం కోసం, ఒకసారి ఒక చిన్న ప్రశ్న అడగండి.
answer-did-you-mean = మీరు అడిగింది ఇదేనా:
answer-low-confidence = మీరు అడిగింది ఇదేనా అని నాకు ఖచ్చితంగా తెలియదు. ఇది ఉపయోగపడకపోతే, ఒక అధికారి మీకు సమాధానం ఇస్తారు.
answer-middle = మీరు అడుగుతున్నది ఇదే అనుకుంటున్నాను:
answer-middle-officer = సమాధానం చదవడానికి దాన్ని నొక్కండి. మీ ఉద్దేశం వేరే అయితే, జిల్లా ఎగుమతి అధికారి సహాయం చేస్తారు: "అధికారితో మాట్లాడండి" నొక్కండి.
answer-more = మరింత
answer-see-also-heading = ఇవి కూడా చూడండి:
answer-switch-language = ఇకపై { $language }లో సమాధానం ఇవ్వండి

hs-heading = HS కోడ్ { $code }: { $description }
hs-parents = దీని కిందకు వస్తుంది: { $path }
hs-children = ఇందులో ఇంకా { $count } వివరమైన కోడ్‌లు ఉన్నాయి, ఉదాహరణకు:
hs-policy = ఎగుమతి విధానం: { $policy }
hs-policy-unknown = ఎగుమతి విధానం: ఈ కోడ్ ప్రస్తుత విధానం కోసం dgft.gov.in లో ITC(HS) షెడ్యూల్ 2 (Schedule 2) చూడండి.
hs-policy-conditions = షరతులు: { $conditions }
hs-not-found = ITC(HS) జాబితాలో HS కోడ్ { $code } దొరకలేదు. అంకెలు సరిచూడండి, లేదా వస్తువు పేరుతో నన్ను అడగండి.
hs-product = { $product }: HS { $codes }
hs-product-heading = { $product } కోసం HS కోడ్‌లు:
hs-attribution = HS వివరణలు: HSN/SAC master, GSTN. మీ షిప్పింగ్ బిల్లు (shipping bill) కోసం 8 అంకెల కోడ్‌ను ఎప్పుడూ నిర్ధారించుకోండి.

district-heading = { $district } జిల్లా ({ $state })
district-products = ఎగుమతి వస్తువులు: { $products }
district-no-products = ఈ జిల్లా ఎగుమతి వస్తువులు ఇంకా నా జాబితాలో లేవు. జిల్లా పరిశ్రమల కేంద్రం (DIC) దగ్గర జిల్లా ఎగుమతి కార్యాచరణ ప్రణాళిక (District Export Action Plan) ఉంటుంది.
district-depc = జిల్లా ఎగుమతి ప్రోత్సాహక కమిటీ (DEPC): జిల్లా కలెక్టర్ / DM అధ్యక్షులు, DGFT ప్రాంతీయ కార్యాలయం (Regional Authority) సహ-అధ్యక్షులు, జిల్లా పరిశ్రమల కేంద్రం జనరల్ మేనేజర్ కన్వీనర్.
district-ra = DGFT ప్రాంతీయ కార్యాలయం (Regional Authority): { $ra }
district-source = ఆధారం: { $cite }

policy-free = స్వేచ్ఛ (ఎగుమతికి అనుమతి అవసరం లేదు)
policy-restricted = పరిమితం (ఎగుమతికి DGFT అనుమతి అవసరం)
policy-prohibited = నిషేధం (ఎగుమతి చేయలేరు)
policy-ste = STE (రాష్ట్ర వాణిజ్య సంస్థ ద్వారా మాత్రమే ఎగుమతి)
