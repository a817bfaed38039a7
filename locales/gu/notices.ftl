# સબ્સ્ક્રિપ્શન અને સૂચનાઓ: અપડેટ વિશે વપરાશકર્તાઓ શું જુએ છે, અને /announce વિશે અધિકારીઓ.

cmd-subscribe = તમારા જિલ્લા, ઉત્પાદનો કે વિષયોના અપડેટ મેળવો
cmd-notices = તમારા માટે હાલની સૂચનાઓ

subscribe-button-district = મને મારા જિલ્લાના અપડેટ મોકલો
subscribe-menu = તમને શેના વિશે અપડેટ જોઈએ છે? એકથી વધુ પસંદ કરી શકો છો.
subscribe-option-state = કોઈ રાજ્ય
subscribe-option-product = ઉત્પાદનો કે HS પ્રકરણો
topic-schemes = યોજનાઓ
topic-gst-customs = જીએસટી અને કસ્ટમ્સ
topic-deadlines = અંતિમ તારીખો
topic-events = વેપાર મેળા અને કાર્યક્રમો
subscribe-ask-state = રાજ્યનું નામ લખો, દા.ત. ગુજરાત કે Gujarat.
subscribe-ask-product = કોઈપણ ભાષામાં ઉત્પાદનનું નામ, કે HS પ્રકરણ કે મથાળું લખો, દા.ત. હળદર, turmeric કે 0910.
subscribe-done = થઈ ગયું: તમને { $what } વિશે અપડેટ મળશે. /subscriptions તમારા અપડેટ બતાવે છે; /unsubscribe કે STOP બધું બંધ કરે છે.
subscribe-already = તમને { $what } વિશે અપડેટ પહેલેથી મળે છે.
subscribe-need-district = પહેલાં તમારો જિલ્લો જણાવો: તેનું નામ કે 6 અંકનો પિન કોડ લખો. પછી બટન ફરી દબાવો કે /subscribe મોકલો.
subscribe-state-unknown = “{ $query }” નામનું કોઈ રાજ્ય હું જાણતો નથી. ફરી પ્રયાસ માટે /subscribe મોકલો.
subscribe-product-unknown = “{ $query }” માટે કોઈ ઉત્પાદન કે HS કોડ મળ્યો નહીં. બીજા નામ કે કોડ સાથે /subscribe ફરી મોકલો.
subscriptions-none = તમને કોઈ અપડેટ મળતા નથી. પસંદ કરવા /subscribe મોકલો.
subscriptions-heading = તમારા અપડેટ. દૂર કરવા કોઈ એક પર ટૅપ કરો:
subscriptions-paused = (થોભાવેલ)
subscribe-removed = દૂર કર્યું: { $what }.
unsubscribe-done = તમારા બધા અપડેટ બંધ થયા. હવે કોઈ સૂચના નહીં આવે. ફરી શરૂ કરવા /subscribe મોકલો.
unsubscribe-none = તમને કોઈ અપડેટ મળતા ન હતા.

notices-none = અત્યારે તમારા માટે કોઈ સૂચના નથી.
notices-heading = તમારા માટે હાલની સૂચનાઓ:
notice-kind-policy-change = નીતિમાં ફેરફાર
notice-kind-deadline = અંતિમ તારીખ
notice-kind-event = કાર્યક્રમ
notice-kind-outreach = જાગૃતિ કાર્યક્રમ
notice-event-line = ક્યારે: { $starts } · ક્યાં: { $place } · આયોજક: { $organiser }
notice-in-english = આ સૂચના હજી તમારી ભાષામાં ઉપલબ્ધ નથી, તેથી અંગ્રેજીમાં બતાવી છે.
notice-button-remind = આગલા દિવસે યાદ અપાવો
notice-button-done = થઈ ગયું
notice-button-ask = આ વિશે પૂછો
notice-reminder = યાદ અપાવું છું, આવતીકાલે: { $title } — { $starts }, { $place }.
notice-reminder-set = હું તમને આગલા દિવસે યાદ અપાવીશ.
notice-done-marked = આ વર્ષ માટે પૂર્ણ તરીકે નોંધ્યું.

announce-usage = /announce પછી સભ્યો માટેનો સંદેશ મોકલો. અનુવાદ ઉમેરવા લીટી ભાષાના કોડથી શરૂ કરો, દા.ત. "gu: ...". એડમિન શરૂઆતમાં "state Rajasthan:" કે "all:" લખી શકે છે.
announce-heading = { $desk } નિકાસ ડેસ્કની જાહેરાત
announce-preview = પૂર્વાવલોકન: સભ્યોને આ જ મળશે. મોકલીએ?
announce-button-send = મોકલો
announce-no-english = જાહેરાતમાં અંગ્રેજી લખાણ જરૂરી છે: "gu: ..." જેવી ભાષા-લીટી પહેલાંની લીટીઓ અંગ્રેજી ગણાય છે.
announce-too-long = આ લખાણ એક સંદેશ માટે બહુ લાંબું છે. કૃપા કરી ટૂંકું કરો.
announce-unknown-target = તે જિલ્લો કે રાજ્ય હું જાણતો નથી. દા.ત. "district Moradabad: લખાણ" કે "state Rajasthan: લખાણ" લખો.
announce-not-jurisdiction = તમે ફક્ત તમારા અધિકારક્ષેત્રમાં જ જાહેરાત કરી શકો છો.
announce-limited = આ અઠવાડિયે આ જિલ્લા કે રાજ્યને પહેલેથી { $limit } જાહેરાતો ગઈ છે. પછી ફરી પ્રયાસ કરો.
announce-sent = તમારી જાહેરાત સભ્યોને મોકલાઈ રહી છે.
announce-already = આ જાહેરાત પહેલેથી મોકલાઈ ગઈ છે.
