# Strings of an answer: the same text for `export-helpdesk ask` and the bot.
# Variables are shown as { $name }. Keep HS codes, scheme acronyms and URLs as they are.

answer-source = સ્રોત: { $cite }
answer-see-also = આ પણ જુઓ: { $titles }
answer-reviewed = { $date } ના રોજ ચકાસ્યું
answer-english-only = (આ જવાબ હજી તમારી ભાષામાં ઉપલબ્ધ નથી, તેથી અંગ્રેજીમાં બતાવ્યો છે.)
answer-not-found = મારી માહિતીમાં મને આનો કોઈ ભરોસાપાત્ર જવાબ મળ્યો નથી. જિલ્લાના નિકાસ અધિકારી તમને મદદ કરી શકે છે: "અધિકારી સાથે વાત કરો" દબાવો, અથવા /officer પછી તમારો પ્રશ્ન મોકલો.
answer-empty-question = કૃપા કરીને તમારો પ્રશ્ન શબ્દોમાં લખો, જેમ કે: "IEC કેવી રીતે મળે?"
answer-too-long = તમારો સંદેશ ખૂબ લાંબો છે. મેં ફક્ત તેનો પહેલો ભાગ વાંચ્યો છે; સારા જવાબ માટે એક વખતે એક નાનો પ્રશ્ન પૂછો.
answer-did-you-mean = શું તમારો મતલબ આ હતો:
answer-low-confidence = તમે આ જ પૂછ્યું હતું કે નહીં, તેની મને ખાતરી નથી. જો આનાથી મદદ ન મળે, તો કોઈ અધિકારી તમને જવાબ આપી શકે છે.
answer-middle = મને લાગે છે કે તમે આ પૂછી રહ્યા છો:
answer-middle-officer = જવાબ વાંચવા તેને દબાવો. જો તમારો મતલબ કંઈક બીજો હોય, તો જિલ્લાના નિકાસ અધિકારી મદદ કરી શકે છે: "અધિકારી સાથે વાત કરો" દબાવો.
answer-more = વધુ જાણો
answer-see-also-heading = આ પણ જુઓ:
answer-switch-language = હવેથી મને { $language } માં જવાબ આપો

hs-heading = HS કોડ { $code }: { $description }
hs-parents = આના હેઠળ આવે છે: { $path }
hs-children = આમાં વધુ { $count } વિગતવાર કોડ સામેલ છે, જેમ કે:
hs-policy = નિકાસ નીતિ: { $policy }
hs-policy-unknown = નિકાસ નીતિ: આ કોડની હાલની નીતિ માટે dgft.gov.in પર ITC(HS) Schedule 2 જુઓ.
hs-policy-conditions = શરતો: { $conditions }
hs-not-found = ITC(HS) યાદીમાં મને HS કોડ { $code } મળ્યો નથી. આંકડા ફરી ચકાસો, અથવા ઉત્પાદનનું નામ લઈને પૂછો.
hs-product = { $product }: HS { $codes }
hs-product-heading = { $product } માટેના HS કોડ:
hs-attribution = HS વર્ણન: HSN/SAC માસ્ટર, GSTN. તમારા શિપિંગ બિલ માટે 8 આંકડાનો કોડ હંમેશા ખાતરીપૂર્વક ચકાસી લો.

district-heading = { $district } જિલ્લો ({ $state })
district-products = નિકાસ ઉત્પાદનો: { $products }
district-no-products = આ જિલ્લાનાં નિકાસ ઉત્પાદનો હજી મારી યાદીમાં નથી. જિલ્લા ઉદ્યોગ કેન્દ્ર (DIC) પાસે જિલ્લા નિકાસ કાર્ય યોજના (District Export Action Plan) હોય છે.
district-depc = જિલ્લા નિકાસ પ્રોત્સાહન સમિતિ (DEPC): તેના અધ્યક્ષ જિલ્લા કલેક્ટર / DM, સહ-અધ્યક્ષ DGFT પ્રાદેશિક સત્તાધિકારી, અને કન્વીનર જિલ્લા ઉદ્યોગ કેન્દ્રના જનરલ મેનેજર હોય છે.
district-ra = DGFT પ્રાદેશિક સત્તાધિકારી: { $ra }
district-source = સ્રોત: { $cite }

policy-free = મુક્ત (નિકાસ માટે કોઈ પરવાનગીની જરૂર નથી)
policy-restricted = પ્રતિબંધિત (નિકાસ માટે DGFT ની પરવાનગી જરૂરી)
policy-prohibited = નિષિદ્ધ (નિકાસ કરી શકાતી નથી)
policy-ste = STE (નિકાસ ફક્ત રાજ્ય વેપાર સાહસ મારફતે)
