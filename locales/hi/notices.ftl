# सदस्यता और सूचनाएँ: अपडेट के बारे में उपयोगकर्ता क्या देखते हैं, और /announce के बारे में अधिकारी।

cmd-subscribe = अपने ज़िले, उत्पादों या विषयों के अपडेट पाएँ
cmd-notices = आपके लिए मौजूदा सूचनाएँ

subscribe-button-district = मुझे मेरे ज़िले के अपडेट भेजें
subscribe-menu = आप किस बारे में अपडेट चाहते हैं? आप एक से अधिक चुन सकते हैं।
subscribe-option-state = कोई राज्य
subscribe-option-product = उत्पाद या HS अध्याय
topic-schemes = योजनाएँ
topic-gst-customs = जीएसटी और सीमा शुल्क
topic-deadlines = अंतिम तिथियाँ
topic-events = व्यापार मेले और कार्यक्रम
subscribe-ask-state = राज्य का नाम लिखें, जैसे तमिलनाडु या Tamil Nadu।
subscribe-ask-product = किसी भी भाषा में उत्पाद का नाम, या HS अध्याय या शीर्षक लिखें, जैसे हल्दी, turmeric या 0910।
subscribe-done = हो गया: आपको { $what } के अपडेट मिलेंगे। /subscriptions आपके अपडेट दिखाता है; /unsubscribe या STOP सब बंद कर देता है।
subscribe-already = आपको { $what } के अपडेट पहले से मिल रहे हैं।
subscribe-need-district = पहले अपना ज़िला बताइए: उसका नाम या 6 अंकों का पिन कोड लिखें। फिर बटन दोबारा दबाएँ या /subscribe भेजें।
subscribe-state-unknown = “{ $query }” नाम का कोई राज्य मुझे नहीं मिला। फिर से कोशिश करने के लिए /subscribe भेजें।
subscribe-product-unknown = “{ $query }” के लिए कोई उत्पाद या HS कोड नहीं मिला। किसी दूसरे नाम या कोड के साथ /subscribe फिर से भेजें।
subscriptions-none = आपको कोई अपडेट नहीं मिल रहा। चुनने के लिए /subscribe भेजें।
subscriptions-heading = आपके अपडेट। हटाने के लिए किसी पर टैप करें:
subscriptions-paused = (रुका हुआ)
subscribe-removed = हटा दिया: { $what }।
unsubscribe-done = आपके सभी अपडेट बंद हो गए। अब आपको कोई सूचना नहीं मिलेगी। दोबारा शुरू करने के लिए /subscribe भेजें।
unsubscribe-none = आपको कोई अपडेट नहीं मिल रहा था।

notices-none = अभी आपके लिए कोई सूचना नहीं है।
notices-heading = आपके लिए मौजूदा सूचनाएँ:
notice-kind-policy-change = नीति में बदलाव
notice-kind-deadline = अंतिम तिथि
notice-kind-event = कार्यक्रम
notice-kind-outreach = जागरूकता कार्यक्रम
notice-event-line = कब: { $starts } · कहाँ: { $place } · आयोजक: { $organiser }
notice-in-english = यह सूचना अभी आपकी भाषा में उपलब्ध नहीं है, इसलिए अंग्रेज़ी में दिखाई गई है।
notice-button-remind = एक दिन पहले याद दिलाएँ
notice-button-done = हो गया
notice-button-ask = इसके बारे में पूछें
notice-reminder = याद दिला रहे हैं, कल: { $title } — { $starts }, { $place }।
notice-reminder-set = मैं आपको एक दिन पहले याद दिलाऊँगा।
notice-done-marked = इस वर्ष के लिए पूरा चिह्नित किया गया।

announce-usage = /announce के बाद अपने सदस्यों के लिए संदेश लिखें। अनुवाद जोड़ने के लिए पंक्ति भाषा कोड से शुरू करें, जैसे "hi: ..."। एडमिन शुरुआत में "state Rajasthan:" या "all:" लिख सकते हैं।
announce-heading = { $desk } निर्यात डेस्क की घोषणा
announce-preview = पूर्वावलोकन: सदस्यों को यही मिलेगा। भेजें?
announce-button-send = भेजें
announce-no-english = घोषणा में अंग्रेज़ी पाठ ज़रूरी है: "hi: ..." जैसी किसी भाषा-पंक्ति से पहले की पंक्तियाँ अंग्रेज़ी मानी जाती हैं।
announce-too-long = यह पाठ एक संदेश के लिए बहुत लंबा है। कृपया छोटा करें।
announce-unknown-target = मुझे यह ज़िला या राज्य नहीं मिला। उदाहरण के लिए लिखें "district Moradabad: पाठ" या "state Rajasthan: पाठ"।
announce-not-jurisdiction = आप केवल अपने अधिकार-क्षेत्र में ही घोषणा कर सकते हैं।
announce-limited = इस सप्ताह इस ज़िले या राज्य को पहले ही { $limit } घोषणाएँ भेजी जा चुकी हैं। कृपया बाद में कोशिश करें।
announce-sent = आपकी घोषणा सदस्यों को भेजी जा रही है।
announce-already = यह घोषणा पहले ही भेजी जा चुकी है।
