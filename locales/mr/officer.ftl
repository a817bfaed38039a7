# Strings of escalation to district officers: what users and officers see about tickets.

ticket-opened = तुमचा प्रश्न { $district } जिल्ह्याच्या निर्यात कक्षाकडे तिकीट #{ $ticket } म्हणून पाठवला आहे. अधिकारी साधारणपणे { $hours } तासांत उत्तर देतात. उत्तर तुम्हाला इथेच मिळेल.
ticket-need-district = तुमचा प्रश्न योग्य अधिकाऱ्यांकडे पाठवण्यासाठी मला तुमचा जिल्हा हवा आहे. तुमच्या जिल्ह्याचे नाव किंवा 6 अंकी PIN कोड लिहा.
ticket-confirm-officer = तुमचा प्रश्न जिल्ह्याच्या निर्यात अधिकाऱ्यांकडे पाठवू का?
ticket-officer-usage = /officer नंतर तुमचा प्रश्न पाठवा, उदा.: /officer हस्तकलेच्या वस्तू पोस्टाने कशा निर्यात करायच्या?
ticket-answer = { $district } जिल्ह्याच्या निर्यात कक्षाकडून उत्तर (तिकीट #{ $ticket }):
    { $text }
ticket-followup-sent = तिकीट #{ $ticket } पाहणाऱ्या अधिकाऱ्यांकडे पाठवले.
ticket-closed-user = तिकीट #{ $ticket } बंद झाले आहे. उत्तर किती उपयोगी होते? (1 = अजिबात नाही, 5 = खूप)
ticket-rating-thanks = उत्तराला गुण दिल्याबद्दल धन्यवाद.
ticket-already-open = तुमचे तिकीट #{ $ticket } आधीच उघडे आहे. तुमचा संदेश त्यात जोडला आहे.

officer-new-ticket = नवीन तिकीट #{ $ticket }, { $district } ({ $state }) येथून, भाषा { $language }:
    { $question }
    बॉटचा अंदाज: { $guess }
officer-followup = तिकीट #{ $ticket } वर पुढील संदेश:
    { $text }
officer-claim = स्वीकारा
officer-transfer = हस्तांतरित करा
officer-claimed = तिकीट #{ $ticket } आता तुमच्याकडे आहे. तिकिटाच्या संदेशाला उत्तर द्या, किंवा /reply { $ticket } नंतर तुमचे उत्तर पाठवा.
officer-claimed-by-other = तिकीट #{ $ticket } आधीच { $officer } पाहत आहेत.
officer-reply-sent = तिकीट #{ $ticket } चे तुमचे उत्तर वापरकर्त्याला पाठवले आहे.
officer-closed = तिकीट #{ $ticket } बंद झाले आहे.
officer-transferred = तिकीट #{ $ticket } { $target } कडे हस्तांतरित केले आहे.
officer-queue-empty = तुमच्या कार्यक्षेत्रात एकही उघडे तिकीट नाही.
officer-queue-heading = तुमच्या कार्यक्षेत्रातील उघडी तिकिटे:
officer-queue-line = #{ $ticket } · { $district } · { $age } तास · { $status } · { $question }
officer-not-registered = ही कमांड फक्त नोंदणीकृत निर्यात अधिकाऱ्यांसाठी आहे.
officer-not-jurisdiction = तिकीट #{ $ticket } तुमच्या कार्यक्षेत्रात येत नाही.
officer-no-such-ticket = तिकीट #{ $ticket } अस्तित्वात नाही.
officer-usage-reply = वापर: /reply <तिकीट क्रमांक> <तुमचे उत्तर>
officer-usage-close = वापर: /close <तिकीट क्रमांक>
officer-usage-transfer = वापर: /transfer <तिकीट क्रमांक> <जिल्हा किंवा राज्य>
officer-joined = स्वागत आहे, { $name }. तुम्ही आता { $jurisdiction } साठी निर्यात अधिकारी म्हणून नोंदणीकृत आहात.
officer-bad-invite = हा निमंत्रण कोड वैध नाही किंवा आधीच वापरला गेला आहे.
officer-sla-reminder = आठवण: तिकीट #{ $ticket } { $hours } तासांपासून उत्तराची वाट पाहत आहे.
officer-escalated = तिकीट #{ $ticket } ला { $hours } तासांत उत्तर मिळाले नाही, म्हणून ते तुमच्याकडे पाठवले आहे.
admin-kb-reload-failed = माहिती भांडार (knowledge base) बदलले आहे पण त्यात चुका आहेत; बॉट आधीचीच आवृत्ती वापरत आहे. पहिली चूक: { $error }
officer-invite-created = { $jurisdiction } च्या अधिकाऱ्यासाठी एकदाच वापरता येणारा निमंत्रण कोड: { $code }
    अधिकाऱ्याने या बॉटला /join { $code } पाठवावे.
officer-usage-invite = वापर: /invite district <जिल्हा> | state <राज्य> | ra <प्राधिकरण ID> | admin
officer-status-new = नवीन
officer-status-claimed = घेतलेले
officer-all-india = संपूर्ण भारत
