# Strings of an answer: the same text for `export-helpdesk ask` and the bot.
# Variables are shown as { $name }. Keep HS codes, scheme acronyms and URLs as they are.

answer-source = ഉറവിടം: { $cite }
answer-see-also = ഇവയും കാണുക: { $titles }
answer-reviewed = { $date } ന് പരിശോധിച്ചത്
answer-english-only = (ഈ ഉത്തരം ഇതുവരെ നിങ്ങളുടെ ഭാഷയിൽ ലഭ്യമല്ല, അതിനാൽ ഇംഗ്ലീഷിൽ കാണിക്കുന്നു.)
answer-not-found = ഇതിന് വിശ്വസനീയമായ ഒരു ഉത്തരം എന്റെ വിവരശേഖരത്തിൽ കണ്ടെത്താനായില്ല. ജില്ലാ കയറ്റുമതി ഉദ്യോഗസ്ഥൻ സഹായിക്കും: "ഉദ്യോഗസ്ഥനോട് സംസാരിക്കുക" അമർത്തുക, അല്ലെങ്കിൽ /officer എന്നതിന് ശേഷം നിങ്ങളുടെ ചോദ്യം എഴുതി അയയ്ക്കുക.
answer-empty-question = ദയവായി നിങ്ങളുടെ ചോദ്യം വാക്കുകളിൽ എഴുതുക, ഉദാഹരണത്തിന്: "IEC എങ്ങനെ നേടാം?"
answer-too-long = നിങ്ങളുടെ സന്ദേശം വളരെ നീളമുള്ളതാണ്. അതിന്റെ ആദ്യഭാഗം മാത്രമേ ഞാൻ വായിച്ചുള്ളൂ; നല്ല ഉത്തരത്തിനായി, ഒരു സമയം ഒരു ചെറിയ ചോദ്യം ചോദിക്കുക.
answer-did-you-mean = നിങ്ങൾ ഉദ്ദേശിച്ചത് ഇതാണോ:
answer-low-confidence = നിങ്ങൾ ചോദിച്ചത് ഇതുതന്നെയാണോ എന്ന് എനിക്ക് ഉറപ്പില്ല. ഇത് സഹായിച്ചില്ലെങ്കിൽ, ഒരു ഉദ്യോഗസ്ഥൻ നിങ്ങൾക്ക് മറുപടി നൽകും.
answer-middle = നിങ്ങൾ ചോദിക്കുന്നത് ഇതാണെന്ന് തോന്നുന്നു:
answer-middle-officer = ഉത്തരം വായിക്കാൻ അതിൽ അമർത്തുക. മറ്റെന്തെങ്കിലുമാണ് ഉദ്ദേശിച്ചതെങ്കിൽ, ജില്ലാ കയറ്റുമതി ഉദ്യോഗസ്ഥൻ സഹായിക്കും: "ഉദ്യോഗസ്ഥനോട് സംസാരിക്കുക" അമർത്തുക.
answer-more = കൂടുതൽ
answer-see-also-heading = ഇവയും കാണുക:
answer-switch-language = ഇനി മുതൽ { $language } ഭാഷയിൽ മറുപടി നൽകുക

hs-heading = HS കോഡ് { $code }: { $description }
hs-parents = ഇതിന് കീഴിൽ വരുന്നു: { $path }
hs-children = ഇതിൽ കൂടുതൽ വിശദമായ { $count } കോഡുകൾ ഉണ്ട്, ഉദാഹരണത്തിന്:
hs-policy = കയറ്റുമതി നയം: { $policy }
hs-policy-unknown = കയറ്റുമതി നയം: ഈ കോഡിന്റെ ഇപ്പോഴത്തെ നയം അറിയാൻ dgft.gov.in ൽ ITC(HS) ഷെഡ്യൂൾ 2 (Schedule 2) നോക്കുക.
hs-policy-conditions = വ്യവസ്ഥകൾ: { $conditions }
hs-not-found = ITC(HS) പട്ടികയിൽ HS കോഡ് { $code } കണ്ടെത്തിയില്ല. അക്കങ്ങൾ പരിശോധിക്കുക, അല്ലെങ്കിൽ ഉൽപ്പന്നത്തിന്റെ പേര് പറഞ്ഞ് എന്നോട് ചോദിക്കുക.
hs-product = { $product }: HS { $codes }
hs-product-heading = { $product } നുള്ള HS കോഡുകൾ:
hs-attribution = HS വിവരണങ്ങൾ: HSN/SAC master, GSTN. നിങ്ങളുടെ ഷിപ്പിംഗ് ബില്ലിനുള്ള (shipping bill) 8 അക്ക കോഡ് എപ്പോഴും ഉറപ്പാക്കുക.

district-heading = { $district } ജില്ല ({ $state })
district-products = കയറ്റുമതി ഉൽപ്പന്നങ്ങൾ: { $products }
district-no-products = ഈ ജില്ലയുടെ കയറ്റുമതി ഉൽപ്പന്നങ്ങൾ ഇതുവരെ എന്റെ പട്ടികയിൽ ഇല്ല. ജില്ലാ വ്യവസായ കേന്ദ്രത്തിൽ (DIC) ജില്ലാ കയറ്റുമതി കർമ്മപദ്ധതി (District Export Action Plan) ലഭ്യമാണ്.
district-depc = ജില്ലാ കയറ്റുമതി പ്രോത്സാഹന സമിതി (DEPC): ജില്ലാ കളക്ടർ / DM അധ്യക്ഷൻ, DGFT മേഖലാ ഓഫീസ് (Regional Authority) സഹ-അധ്യക്ഷൻ, ജില്ലാ വ്യവസായ കേന്ദ്രത്തിന്റെ ജനറൽ മാനേജർ കൺവീനർ.
district-ra = DGFT മേഖലാ ഓഫീസ് (Regional Authority): { $ra }
district-source = ഉറവിടം: { $cite }

policy-free = സ്വതന്ത്രം (കയറ്റുമതിക്ക് അനുമതി ആവശ്യമില്ല)
policy-restricted = നിയന്ത്രിതം (കയറ്റുമതിക്ക് DGFT അനുമതി വേണം)
policy-prohibited = നിരോധിതം (കയറ്റുമതി ചെയ്യാൻ പാടില്ല)
policy-ste = STE (സംസ്ഥാന വ്യാപാര സ്ഥാപനം വഴി മാത്രം കയറ്റുമതി)
