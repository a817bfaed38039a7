# Strings of escalation to district officers: what users and officers see about tickets.

ticket-opened = તમારો પ્રશ્ન { $district } જિલ્લાના નિકાસ ડેસ્કને ટિકિટ #{ $ticket } તરીકે મોકલી દેવામાં આવ્યો છે. અધિકારી સામાન્ય રીતે { $hours } કલાકમાં જવાબ આપે છે. જવાબ તમને અહીં જ મળશે.
ticket-need-district = તમારો પ્રશ્ન સાચા અધિકારી સુધી પહોંચાડવા મને તમારો જિલ્લો જોઈએ. તમારા જિલ્લાનું નામ અથવા 6 આંકડાનો PIN કોડ લખો.
ticket-confirm-officer = શું હું તમારો પ્રશ્ન જિલ્લાના નિકાસ અધિકારીને મોકલી દઉં?
ticket-officer-usage = /officer પછી તમારો પ્રશ્ન મોકલો, જેમ કે: /officer હસ્તકલાની વસ્તુઓ ટપાલથી કેવી રીતે નિકાસ કરવી?
ticket-answer = { $district } જિલ્લાના નિકાસ ડેસ્ક તરફથી જવાબ (ટિકિટ #{ $ticket }):
    { $text }
ticket-followup-sent = ટિકિટ #{ $ticket } સંભાળતા અધિકારીને મોકલી દીધું.
ticket-closed-user = ટિકિટ #{ $ticket } બંધ થઈ ગઈ છે. જવાબ કેટલો ઉપયોગી હતો? (1 = જરાય નહીં, 5 = ખૂબ)
ticket-rating-thanks = જવાબને ગુણ આપવા બદલ આભાર.
ticket-already-open = તમારી ટિકિટ #{ $ticket } પહેલેથી ખુલ્લી છે. તમારો સંદેશ તેમાં ઉમેરી દીધો છે.

officer-new-ticket = નવી ટિકિટ #{ $ticket }, { $district } ({ $state }) થી, ભાષા { $language }:
    { $question }
    બોટનું અનુમાન: { $guess }
officer-followup = ટિકિટ #{ $ticket } પર આગળનો સંદેશ:
    { $text }
officer-claim = સંભાળો
officer-transfer = ટ્રાન્સફર કરો
officer-claimed = ટિકિટ #{ $ticket } હવે તમારી પાસે છે. ટિકિટવાળા સંદેશનો જવાબ આપો, અથવા /reply { $ticket } પછી તમારો જવાબ મોકલો.
officer-claimed-by-other = ટિકિટ #{ $ticket } પહેલેથી { $officer } સંભાળી રહ્યા છે.
officer-reply-sent = ટિકિટ #{ $ticket } નો તમારો જવાબ વપરાશકર્તાને મોકલી દીધો છે.
officer-closed = ટિકિટ #{ $ticket } બંધ થઈ ગઈ છે.
officer-transferred = ટિકિટ #{ $ticket } { $target } ને ટ્રાન્સફર કરવામાં આવી છે.
officer-queue-empty = તમારા કાર્યક્ષેત્રમાં કોઈ ખુલ્લી ટિકિટ નથી.
officer-queue-heading = તમારા કાર્યક્ષેત્રની ખુલ્લી ટિકિટો:
officer-queue-line = #{ $ticket } · { $district } · { $age } કલાક · { $status } · { $question }
officer-not-registered = આ કમાન્ડ ફક્ત નોંધાયેલા નિકાસ અધિકારીઓ માટે છે.
officer-not-jurisdiction = ટિકિટ #{ $ticket } તમારા કાર્યક્ષેત્રમાં આવતી નથી.
officer-no-such-ticket = ટિકિટ #{ $ticket } અસ્તિત્વમાં નથી.
officer-usage-reply = ઉપયોગ: /reply <ટિકિટ નંબર> <તમારો જવાબ>
officer-usage-close = ઉપયોગ: /close <ટિકિટ નંબર>
officer-usage-transfer = ઉપયોગ: /transfer <ટિકિટ નંબર> <જિલ્લો અથવા રાજ્ય>
officer-joined = સ્વાગત છે, { $name }. હવે તમે { $jurisdiction } માટે નિકાસ અધિકારી તરીકે નોંધાયેલા છો.
officer-bad-invite = આ આમંત્રણ કોડ માન્ય નથી અથવા પહેલેથી વપરાઈ ગયો છે.
officer-sla-reminder = યાદ અપાવું છું: ટિકિટ #{ $ticket } { $hours } કલાકથી જવાબની રાહ જોઈ રહી છે.
officer-escalated = ટિકિટ #{ $ticket } નો { $hours } કલાકમાં જવાબ મળ્યો નથી, તેથી તે તમારી પાસે મોકલવામાં આવી છે.
admin-kb-reload-failed = માહિતી ભંડાર (knowledge base) બદલાયો છે પણ તેમાં ભૂલો છે; બોટ અગાઉનું સંસ્કરણ જ વાપરે છે. પહેલી ભૂલ: { $error }
officer-invite-created = { $jurisdiction } ના અધિકારી માટે એક જ વાર વાપરી શકાય એવો આમંત્રણ કોડ: { $code }
    અધિકારી આ બોટને /join { $code } મોકલે.
officer-usage-invite = ઉપયોગ: /invite district <જિલ્લો> | state <રાજ્ય> | ra <સત્તામંડળ ID> | admin
officer-status-new = નવી
officer-status-claimed = લેવાયેલ
officer-all-india = સમગ્ર ભારત
