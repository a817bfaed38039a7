# Strings of an answer: the same text for `export-helpdesk ask` and the bot.
# Variables are shown as { $name }. Keep HS codes, scheme acronyms and URLs as they are.

answer-source = स्रोत: { $cite }
answer-see-also = हेही पाहा: { $titles }
answer-reviewed = { $date } रोजी तपासले
answer-english-only = (हे उत्तर अजून तुमच्या भाषेत उपलब्ध नाही, म्हणून इंग्रजीत दाखवले आहे.)
answer-not-found = माझ्या माहितीत याचे विश्वासार्ह उत्तर मला सापडले नाही. जिल्ह्याचे निर्यात अधिकारी तुम्हाला मदत करू शकतात: "अधिकाऱ्यांशी बोला" दाबा, किंवा /officer नंतर तुमचा प्रश्न पाठवा.
answer-empty-question = कृपया तुमचा प्रश्न शब्दांत लिहा, उदा.: "IEC कसा मिळवायचा?"
answer-too-long = तुमचा संदेश खूप मोठा आहे. मी फक्त त्याचा पहिला भाग वाचला आहे; चांगल्या उत्तरासाठी एका वेळी एकच छोटा प्रश्न विचारा.
answer-did-you-mean = तुम्हाला हे म्हणायचे होते का:
answer-low-confidence = तुम्ही नेमके हेच विचारले होते याची मला खात्री नाही. याने मदत न झाल्यास अधिकारी तुम्हाला उत्तर देऊ शकतात.
answer-middle = मला वाटते तुम्हाला हे विचारायचे आहे:
answer-middle-officer = उत्तर वाचण्यासाठी ते दाबा. तुम्हाला दुसरे काही म्हणायचे असल्यास, जिल्ह्याचे निर्यात अधिकारी मदत करू शकतात: "अधिकाऱ्यांशी बोला" दाबा.
answer-more = अधिक माहिती
answer-see-also-heading = हेही पाहा:
answer-switch-language = आतापासून मला { $language } मध्ये उत्तर द्या

hs-heading = HS कोड { $code }: { $description }
hs-parents = याच्या अंतर्गत येते: { $path }
hs-children = यात आणखी { $count } सविस्तर कोड आहेत, उदा.:
hs-policy = निर्यात धोरण: { $policy }
hs-policy-unknown = निर्यात धोरण: या कोडच्या सध्याच्या धोरणासाठी dgft.gov.in वर ITC(HS) Schedule 2 पाहा.
hs-policy-conditions = अटी: { $conditions }
hs-not-found = ITC(HS) यादीत मला HS कोड { $code } सापडला नाही. अंक पुन्हा तपासा, किंवा उत्पादनाचे नाव घेऊन विचारा.
hs-product = { $product }: HS { $codes }
hs-product-heading = { $product } साठी HS कोड:
hs-attribution = HS वर्णन: HSN/SAC मास्टर, GSTN. तुमच्या शिपिंग बिलसाठी 8 अंकी कोड नेहमी खात्रीने तपासून घ्या.

district-heading = { $district } जिल्हा ({ $state })
district-products = निर्यात उत्पादने: { $products }
district-no-products = या जिल्ह्याची निर्यात उत्पादने अजून माझ्या यादीत नाहीत. जिल्हा उद्योग केंद्राकडे (DIC) जिल्हा निर्यात कृती आराखडा (District Export Action Plan) असतो.
district-depc = जिल्हा निर्यात प्रोत्साहन समिती (DEPC): अध्यक्ष जिल्हाधिकारी / DM, सह-अध्यक्ष DGFT प्रादेशिक प्राधिकारी, आणि जिल्हा उद्योग केंद्राचे महाव्यवस्थापक निमंत्रक असतात.
district-ra = DGFT प्रादेशिक प्राधिकारी: { $ra }
district-source = स्रोत: { $cite }

policy-free = मुक्त (निर्यातीसाठी कोणत्याही परवानगीची गरज नाही)
policy-restricted = प्रतिबंधित (निर्यातीसाठी DGFT ची परवानगी आवश्यक)
policy-prohibited = निषिद्ध (निर्यात करता येत नाही)
policy-ste = STE (निर्यात फक्त राज्य व्यापार उपक्रमामार्फत)
