# Strings of an answer: the same text for `export-helpdesk ask` and the bot.
# Variables are shown as { $name }. Keep HS codes, scheme acronyms and URLs as they are.

answer-source = स्रोत: { $cite }
answer-see-also = यह भी देखें: { $titles }
answer-reviewed = { $date } को जाँचा गया
answer-english-only = (यह जवाब अभी आपकी भाषा में उपलब्ध नहीं है, इसलिए अंग्रेज़ी में दिखाया गया है।)
answer-not-found = मुझे अपनी जानकारी में इसका कोई भरोसेमंद जवाब नहीं मिला। ज़िले के निर्यात अधिकारी आपकी मदद कर सकते हैं: "अधिकारी से बात करें" दबाएँ, या /officer के बाद अपना सवाल भेजें।
answer-empty-question = कृपया अपना सवाल शब्दों में लिखें, जैसे: "IEC कैसे मिलता है?"
answer-too-long = आपका संदेश बहुत लंबा है। मैंने केवल उसका पहला हिस्सा पढ़ा है; बेहतर जवाब के लिए एक बार में एक छोटा सवाल पूछें।
answer-did-you-mean = क्या आपका मतलब था:
answer-low-confidence = मुझे पक्का नहीं है कि आपने यही पूछा था। अगर इससे मदद न मिले, तो कोई अधिकारी आपको जवाब दे सकते हैं।
answer-middle = मुझे लगता है आप यह पूछ रहे हैं:
answer-middle-officer = जवाब पढ़ने के लिए उसे दबाएँ। अगर आपका मतलब कुछ और था, तो ज़िले के निर्यात अधिकारी मदद कर सकते हैं: "अधिकारी से बात करें" दबाएँ।
answer-more = और जानें
answer-see-also-heading = यह भी देखें:
answer-switch-language = अब से मुझे { $language } में जवाब दें

hs-heading = HS कोड { $code }: { $description }
hs-parents = इसके अंतर्गत आता है: { $path }
hs-children = इसमें { $count } और बारीक कोड शामिल हैं, जैसे:
hs-policy = निर्यात नीति: { $policy }
hs-policy-unknown = निर्यात नीति: इस कोड की मौजूदा नीति के लिए dgft.gov.in पर ITC(HS) Schedule 2 देखें।
hs-policy-conditions = शर्तें: { $conditions }
hs-not-found = ITC(HS) सूची में मुझे HS कोड { $code } नहीं मिला। अंक दोबारा जाँचें, या मुझसे उत्पाद का नाम लेकर पूछें।
hs-product = { $product }: HS { $codes }
hs-product-heading = { $product } के HS कोड:
hs-attribution = HS विवरण: HSN/SAC मास्टर, GSTN। अपने शिपिंग बिल के लिए 8 अंकों वाला कोड हमेशा पक्का कर लें।

district-heading = { $district } ज़िला ({ $state })
district-products = निर्यात उत्पाद: { $products }
district-no-products = इस ज़िले के निर्यात उत्पाद अभी मेरी सूची में नहीं हैं। ज़िला उद्योग केंद्र (DIC) के पास ज़िला निर्यात कार्य योजना (District Export Action Plan) होती है।
district-depc = ज़िला निर्यात संवर्धन समिति (DEPC): इसके अध्यक्ष ज़िला कलेक्टर / DM होते हैं, सह-अध्यक्ष DGFT क्षेत्रीय प्राधिकारी होते हैं, और ज़िला उद्योग केंद्र के महाप्रबंधक इसके संयोजक होते हैं।
district-ra = DGFT क्षेत्रीय प्राधिकारी: { $ra }
district-source = स्रोत: { $cite }

policy-free = मुक्त (निर्यात के लिए किसी अनुमति की ज़रूरत नहीं)
policy-restricted = प्रतिबंधित (निर्यात के लिए DGFT से अनुमति ज़रूरी)
policy-prohibited = निषिद्ध (निर्यात नहीं किया जा सकता)
policy-ste = STE (निर्यात केवल राज्य व्यापार उद्यम के ज़रिए)
