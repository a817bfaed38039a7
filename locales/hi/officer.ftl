# Strings of escalation to district officers: what users and officers see about tickets.

ticket-opened = आपका सवाल { $district } ज़िले के निर्यात डेस्क को टिकट #{ $ticket } के रूप में भेज दिया गया है। अधिकारी आमतौर पर { $hours } घंटे के अंदर जवाब देते हैं। जवाब आपको यहीं मिलेगा।
ticket-need-district = आपका सवाल सही अधिकारी तक पहुँचाने के लिए मुझे आपका ज़िला चाहिए। अपने ज़िले का नाम या 6 अंकों का PIN कोड लिखें।
ticket-confirm-officer = क्या मैं आपका सवाल ज़िले के निर्यात अधिकारी को भेज दूँ?
ticket-officer-usage = /officer के बाद अपना सवाल भेजें, जैसे: /officer हस्तशिल्प डाक से कैसे निर्यात करें?
ticket-answer = { $district } ज़िले के निर्यात डेस्क से जवाब (टिकट #{ $ticket }):
    { $text }
ticket-followup-sent = टिकट #{ $ticket } देख रहे अधिकारी को भेज दिया गया।
ticket-closed-user = टिकट #{ $ticket } बंद हो गया है। जवाब कितना काम का था? (1 = बिल्कुल नहीं, 5 = बहुत)
ticket-rating-thanks = जवाब को अंक देने के लिए धन्यवाद।
ticket-already-open = आपका टिकट #{ $ticket } पहले से खुला है। आपका संदेश उसमें जोड़ दिया गया है।

officer-new-ticket = नया टिकट #{ $ticket }, { $district } ({ $state }) से, भाषा { $language }:
    { $question }
    बॉट का अनुमान: { $guess }
officer-followup = टिकट #{ $ticket } पर आगे का संदेश:
    { $text }
officer-claim = अपने पास लें
officer-transfer = आगे भेजें
officer-claimed = टिकट #{ $ticket } अब आपके पास है। टिकट वाले संदेश का जवाब दें, या /reply { $ticket } के बाद अपना जवाब भेजें।
officer-claimed-by-other = टिकट #{ $ticket } को पहले से { $officer } देख रहे हैं।
officer-reply-sent = टिकट #{ $ticket } का आपका जवाब उपयोगकर्ता को भेज दिया गया।
officer-closed = टिकट #{ $ticket } बंद हो गया है।
officer-transferred = टिकट #{ $ticket } { $target } को भेज दिया गया।
officer-queue-empty = आपके क्षेत्र में कोई खुला टिकट नहीं है।
officer-queue-heading = आपके क्षेत्र के खुले टिकट:
officer-queue-line = #{ $ticket } · { $district } · { $age } घंटे · { $status } · { $question }
officer-not-registered = यह कमांड केवल पंजीकृत निर्यात अधिकारियों के लिए है।
officer-not-jurisdiction = टिकट #{ $ticket } आपके क्षेत्र में नहीं आता।
officer-no-such-ticket = टिकट #{ $ticket } मौजूद नहीं है।
officer-usage-reply = उपयोग: /reply <टिकट नंबर> <आपका जवाब>
officer-usage-close = उपयोग: /close <टिकट नंबर>
officer-usage-transfer = उपयोग: /transfer <टिकट नंबर> <ज़िला या राज्य>
officer-joined = स्वागत है, { $name }। अब आप { $jurisdiction } के लिए निर्यात अधिकारी के रूप में पंजीकृत हैं।
officer-bad-invite = यह निमंत्रण कोड सही नहीं है या पहले ही इस्तेमाल हो चुका है।
officer-sla-reminder = याद दिलाना: टिकट #{ $ticket } { $hours } घंटे से जवाब का इंतज़ार कर रहा है।
officer-escalated = टिकट #{ $ticket } का { $hours } घंटे में जवाब नहीं मिला, इसलिए इसे आपके पास भेजा गया है।
admin-kb-reload-failed = जानकारी के भंडार (knowledge base) में बदलाव हुआ, पर उसमें गलतियाँ हैं; बॉट पिछला संस्करण ही इस्तेमाल कर रहा है। पहली गलती: { $error }
officer-invite-created = { $jurisdiction } के एक अधिकारी के लिए एक बार इस्तेमाल होने वाला निमंत्रण कोड: { $code }
    अधिकारी इस बॉट को /join { $code } भेजें।
officer-usage-invite = उपयोग: /invite district <ज़िला> | state <राज्य> | ra <प्राधिकरण ID> | admin
officer-status-new = नया
officer-status-claimed = लिया गया
officer-all-india = पूरे भारत
