# Strings of an answer: the same text for `export-helpdesk ask` and the bot.
# Variables are shown as { $name }. Keep HS codes, scheme acronyms and URLs as they are.

answer-source = ਸਰੋਤ: { $cite }
answer-see-also = ਇਹ ਵੀ ਵੇਖੋ: { $titles }
answer-reviewed = { $date } ਨੂੰ ਜਾਂਚਿਆ ਗਿਆ
answer-english-only = (ਇਹ ਜਵਾਬ ਹਾਲੇ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਉਪਲਬਧ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਵਿਖਾਇਆ ਗਿਆ ਹੈ।)
answer-not-found = ਮੈਨੂੰ ਆਪਣੀ ਜਾਣਕਾਰੀ ਵਿੱਚ ਇਸ ਦਾ ਕੋਈ ਭਰੋਸੇਯੋਗ ਜਵਾਬ ਨਹੀਂ ਮਿਲਿਆ। ਜ਼ਿਲ੍ਹੇ ਦੇ ਨਿਰਯਾਤ ਅਧਿਕਾਰੀ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ: "ਅਧਿਕਾਰੀ ਨਾਲ ਗੱਲ ਕਰੋ" ਦਬਾਓ, ਜਾਂ /officer ਤੋਂ ਬਾਅਦ ਆਪਣਾ ਸਵਾਲ ਭੇਜੋ।
answer-empty-question = ਕਿਰਪਾ ਕਰਕੇ ਆਪਣਾ ਸਵਾਲ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖੋ, ਜਿਵੇਂ: "IEC ਕਿਵੇਂ ਮਿਲਦਾ ਹੈ?"
answer-too-long = ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਬਹੁਤ ਲੰਮਾ ਹੈ। ਮੈਂ ਸਿਰਫ਼ ਇਸ ਦਾ ਪਹਿਲਾ ਹਿੱਸਾ ਪੜ੍ਹਿਆ ਹੈ; ਵਧੀਆ ਜਵਾਬ ਲਈ ਇੱਕ ਵਾਰ ਵਿੱਚ ਇੱਕ ਛੋਟਾ ਸਵਾਲ ਪੁੱਛੋ।
answer-did-you-mean = ਕੀ ਤੁਹਾਡਾ ਮਤਲਬ ਸੀ:
answer-low-confidence = ਮੈਨੂੰ ਪੱਕਾ ਨਹੀਂ ਕਿ ਤੁਸੀਂ ਇਹੀ ਪੁੱਛਿਆ ਸੀ। ਜੇ ਇਸ ਨਾਲ ਮਦਦ ਨਾ ਹੋਵੇ, ਤਾਂ ਕੋਈ ਅਧਿਕਾਰੀ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੇ ਸਕਦੇ ਹਨ।
answer-middle = ਮੈਨੂੰ ਲੱਗਦਾ ਹੈ ਤੁਸੀਂ ਇਹ ਪੁੱਛ ਰਹੇ ਹੋ:
answer-middle-officer = ਜਵਾਬ ਪੜ੍ਹਨ ਲਈ ਇਸ ਨੂੰ ਦਬਾਓ। ਜੇ ਤੁਹਾਡਾ ਮਤਲਬ ਕੁਝ ਹੋਰ ਸੀ, ਤਾਂ ਜ਼ਿਲ੍ਹੇ ਦੇ ਨਿਰਯਾਤ ਅਧਿਕਾਰੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ: "ਅਧਿਕਾਰੀ ਨਾਲ ਗੱਲ ਕਰੋ" ਦਬਾਓ।
answer-more = ਹੋਰ ਜਾਣੋ
answer-see-also-heading = ਇਹ ਵੀ ਵੇਖੋ:
answer-switch-language = ਹੁਣ ਤੋਂ ਮੈਨੂੰ { $language } ਵਿੱਚ ਜਵਾਬ ਦਿਓ

hs-heading = HS ਕੋਡ { $code }: { $description }
hs-parents = ਇਸ ਹੇਠ ਆਉਂਦਾ ਹੈ: { $path }
hs-children = ਇਸ ਵਿੱਚ { $count } ਹੋਰ ਵੇਰਵੇ ਵਾਲੇ ਕੋਡ ਸ਼ਾਮਲ ਹਨ, ਜਿਵੇਂ:
hs-policy = ਨਿਰਯਾਤ ਨੀਤੀ: { $policy }
hs-policy-unknown = ਨਿਰਯਾਤ ਨੀਤੀ: ਇਸ ਕੋਡ ਦੀ ਮੌਜੂਦਾ ਨੀਤੀ ਲਈ dgft.gov.in ਉੱਤੇ ITC(HS) Schedule 2 ਵੇਖੋ।
hs-policy-conditions = ਸ਼ਰਤਾਂ: { $conditions }
hs-not-found = ITC(HS) ਸੂਚੀ ਵਿੱਚ ਮੈਨੂੰ HS ਕੋਡ { $code } ਨਹੀਂ ਮਿਲਿਆ। ਅੰਕ ਦੁਬਾਰਾ ਜਾਂਚੋ, ਜਾਂ ਮੈਨੂੰ ਉਤਪਾਦ ਦਾ ਨਾਂ ਲੈ ਕੇ ਪੁੱਛੋ।
hs-product = { $product }: HS { $codes }
hs-product-heading = { $product } ਦੇ HS ਕੋਡ:
hs-attribution = HS ਵੇਰਵਾ: HSN/SAC ਮਾਸਟਰ, GSTN। ਆਪਣੇ ਸ਼ਿਪਿੰਗ ਬਿੱਲ ਲਈ 8 ਅੰਕਾਂ ਵਾਲਾ ਕੋਡ ਹਮੇਸ਼ਾ ਪੱਕਾ ਕਰ ਲਓ।

district-heading = { $district } ਜ਼ਿਲ੍ਹਾ ({ $state })
district-products = ਨਿਰਯਾਤ ਉਤਪਾਦ: { $products }
district-no-products = ਇਸ ਜ਼ਿਲ੍ਹੇ ਦੇ ਨਿਰਯਾਤ ਉਤਪਾਦ ਹਾਲੇ ਮੇਰੀ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹਨ। ਜ਼ਿਲ੍ਹਾ ਉਦਯੋਗ ਕੇਂਦਰ (DIC) ਕੋਲ ਜ਼ਿਲ੍ਹਾ ਨਿਰਯਾਤ ਕਾਰਜ ਯੋਜਨਾ (District Export Action Plan) ਹੁੰਦੀ ਹੈ।
district-depc = ਜ਼ਿਲ੍ਹਾ ਨਿਰਯਾਤ ਪ੍ਰੋਤਸਾਹਨ ਕਮੇਟੀ (DEPC): ਇਸ ਦੇ ਚੇਅਰਮੈਨ ਡਿਪਟੀ ਕਮਿਸ਼ਨਰ / ਜ਼ਿਲ੍ਹਾ ਕੁਲੈਕਟਰ / DM ਹੁੰਦੇ ਹਨ, ਸਹਿ-ਚੇਅਰਮੈਨ DGFT ਖੇਤਰੀ ਅਥਾਰਟੀ ਹੁੰਦੇ ਹਨ, ਅਤੇ ਜ਼ਿਲ੍ਹਾ ਉਦਯੋਗ ਕੇਂਦਰ ਦੇ ਜਨਰਲ ਮੈਨੇਜਰ ਇਸ ਦੇ ਕਨਵੀਨਰ ਹੁੰਦੇ ਹਨ।
district-ra = DGFT ਖੇਤਰੀ ਅਥਾਰਟੀ: { $ra }
district-source = ਸਰੋਤ: { $cite }

policy-free = ਮੁਕਤ (ਨਿਰਯਾਤ ਲਈ ਕਿਸੇ ਇਜਾਜ਼ਤ ਦੀ ਲੋੜ ਨਹੀਂ)
policy-restricted = ਪਾਬੰਦੀਸ਼ੁਦਾ (ਨਿਰਯਾਤ ਲਈ DGFT ਤੋਂ ਇਜਾਜ਼ਤ ਜ਼ਰੂਰੀ)
policy-prohibited = ਮਨਾਹੀ (ਨਿਰਯਾਤ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ)
policy-ste = STE (ਨਿਰਯਾਤ ਸਿਰਫ਼ ਸਰਕਾਰੀ ਵਪਾਰ ਅਦਾਰੇ ਰਾਹੀਂ)
