# सदस्यता आणि सूचना: अपडेटबद्दल वापरकर्त्यांना काय दिसते, आणि /announce बद्दल अधिकाऱ्यांना.

cmd-subscribe = तुमचा जिल्हा, उत्पादने किंवा विषयांचे अपडेट मिळवा
cmd-notices = तुमच्यासाठी सध्याच्या सूचना

subscribe-button-district = माझ्या जिल्ह्याचे अपडेट पाठवा
subscribe-menu = तुम्हाला कशाबद्दल अपडेट हवे आहेत? एकापेक्षा जास्त निवडू शकता.
subscribe-option-state = एखादे राज्य
subscribe-option-product = उत्पादने किंवा HS प्रकरणे
topic-schemes = योजना
topic-gst-customs = जीएसटी आणि सीमाशुल्क
topic-deadlines = अंतिम मुदती
topic-events = व्यापार मेळे आणि कार्यक्रम
subscribe-ask-state = राज्याचे नाव लिहा, उदा. महाराष्ट्र किंवा Maharashtra.
subscribe-ask-product = कोणत्याही भाषेत उत्पादनाचे नाव, किंवा HS प्रकरण किंवा शीर्षक लिहा, उदा. हळद, turmeric किंवा 0910.
subscribe-done = झाले: तुम्हाला { $what } बद्दल अपडेट मिळतील. /subscriptions तुमचे अपडेट दाखवते; /unsubscribe किंवा STOP सर्व बंद करते.
subscribe-already = तुम्हाला { $what } बद्दल अपडेट आधीच मिळत आहेत.
subscribe-need-district = आधी तुमचा जिल्हा सांगा: त्याचे नाव किंवा 6 अंकी पिन कोड लिहा. मग बटण पुन्हा दाबा किंवा /subscribe पाठवा.
subscribe-state-unknown = “{ $query }” नावाचे राज्य मला माहीत नाही. पुन्हा प्रयत्नासाठी /subscribe पाठवा.
subscribe-product-unknown = “{ $query }” साठी कोणतेही उत्पादन किंवा HS कोड सापडला नाही. दुसरे नाव किंवा कोड वापरून /subscribe पुन्हा पाठवा.
subscriptions-none = तुम्हाला कोणतेही अपडेट मिळत नाहीत. निवडण्यासाठी /subscribe पाठवा.
subscriptions-heading = तुमचे अपडेट. काढण्यासाठी एखाद्यावर टॅप करा:
subscriptions-paused = (थांबवलेले)
subscribe-removed = काढले: { $what }.
unsubscribe-done = तुमचे सर्व अपडेट थांबले आहेत. आता कोणतीही सूचना येणार नाही. पुन्हा सुरू करण्यासाठी /subscribe पाठवा.
unsubscribe-none = तुम्हाला कोणतेही अपडेट मिळत नव्हते.

notices-none = सध्या तुमच्यासाठी कोणतीही सूचना नाही.
notices-heading = तुमच्यासाठी सध्याच्या सूचना:
notice-kind-policy-change = धोरणातील बदल
notice-kind-deadline = अंतिम मुदत
notice-kind-event = कार्यक्रम
notice-kind-outreach = जनजागृती कार्यक्रम
notice-event-line = कधी: { $starts } · कुठे: { $place } · आयोजक: { $organiser }
notice-in-english = ही सूचना अजून तुमच्या भाषेत उपलब्ध नाही, म्हणून इंग्रजीत दाखवली आहे.
notice-button-remind = आदल्या दिवशी आठवण करून द्या
notice-button-done = झाले
notice-button-ask = याबद्दल विचारा
notice-reminder = आठवण, उद्या: { $title } — { $starts }, { $place }.
notice-reminder-set = मी आदल्या दिवशी तुम्हाला आठवण करून देईन.
notice-done-marked = या वर्षासाठी पूर्ण म्हणून नोंदवले.

announce-usage = /announce नंतर सदस्यांसाठी मजकूर पाठवा. भाषांतर जोडण्यासाठी ओळ भाषेच्या कोडने सुरू करा, उदा. "mr: ...". प्रशासक सुरुवातीला "state Rajasthan:" किंवा "all:" लिहू शकतात.
announce-heading = { $desk } निर्यात कक्षाची घोषणा
announce-preview = पूर्वावलोकन: सदस्यांना हेच मिळेल. पाठवायचे?
announce-button-send = पाठवा
announce-no-english = घोषणेत इंग्रजी मजकूर आवश्यक आहे: "mr: ..." सारख्या भाषा-ओळीच्या आधीच्या ओळी इंग्रजी मानल्या जातात.
announce-too-long = हा मजकूर एका संदेशासाठी खूप मोठा आहे. कृपया लहान करा.
announce-unknown-target = तो जिल्हा किंवा राज्य मला माहीत नाही. उदा. "district Moradabad: मजकूर" किंवा "state Rajasthan: मजकूर" असे लिहा.
announce-not-jurisdiction = तुम्ही फक्त तुमच्या अधिकारक्षेत्रातच घोषणा करू शकता.
announce-limited = या आठवड्यात या जिल्ह्याला किंवा राज्याला आधीच { $limit } घोषणा गेल्या आहेत. नंतर पुन्हा प्रयत्न करा.
announce-sent = तुमची घोषणा सदस्यांना पाठवली जात आहे.
announce-already = ही घोषणा आधीच पाठवली गेली आहे.
