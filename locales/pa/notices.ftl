# ਸਬਸਕ੍ਰਿਪਸ਼ਨ ਅਤੇ ਸੂਚਨਾਵਾਂ: ਅੱਪਡੇਟਾਂ ਬਾਰੇ ਵਰਤੋਂਕਾਰ ਕੀ ਵੇਖਦੇ ਹਨ, ਅਤੇ /announce ਬਾਰੇ ਅਧਿਕਾਰੀ।

cmd-subscribe = ਆਪਣੇ ਜ਼ਿਲ੍ਹੇ, ਉਤਪਾਦਾਂ ਜਾਂ ਵਿਸ਼ਿਆਂ ਦੇ ਅੱਪਡੇਟ ਲਓ
cmd-notices = ਤੁਹਾਡੇ ਲਈ ਮੌਜੂਦਾ ਸੂਚਨਾਵਾਂ

subscribe-button-district = ਮੈਨੂੰ ਮੇਰੇ ਜ਼ਿਲ੍ਹੇ ਦੇ ਅੱਪਡੇਟ ਭੇਜੋ
subscribe-menu = ਤੁਸੀਂ ਕਿਸ ਬਾਰੇ ਅੱਪਡੇਟ ਚਾਹੁੰਦੇ ਹੋ? ਇੱਕ ਤੋਂ ਵੱਧ ਚੁਣ ਸਕਦੇ ਹੋ।
subscribe-option-state = ਕੋਈ ਰਾਜ
subscribe-option-product = ਉਤਪਾਦ ਜਾਂ HS ਅਧਿਆਇ
topic-schemes = ਯੋਜਨਾਵਾਂ
topic-gst-customs = ਜੀਐਸਟੀ ਅਤੇ ਕਸਟਮ
topic-deadlines = ਆਖ਼ਰੀ ਤਾਰੀਖਾਂ
topic-events = ਵਪਾਰ ਮੇਲੇ ਅਤੇ ਸਮਾਗਮ
subscribe-ask-state = ਰਾਜ ਦਾ ਨਾਮ ਲਿਖੋ, ਜਿਵੇਂ ਪੰਜਾਬ ਜਾਂ Punjab।
subscribe-ask-product = ਕਿਸੇ ਵੀ ਭਾਸ਼ਾ ਵਿੱਚ ਉਤਪਾਦ ਦਾ ਨਾਮ, ਜਾਂ HS ਅਧਿਆਇ ਜਾਂ ਸਿਰਲੇਖ ਲਿਖੋ, ਜਿਵੇਂ ਹਲਦੀ, turmeric ਜਾਂ 0910।
subscribe-done = ਹੋ ਗਿਆ: ਤੁਹਾਨੂੰ { $what } ਬਾਰੇ ਅੱਪਡੇਟ ਮਿਲਣਗੇ। /subscriptions ਤੁਹਾਡੇ ਅੱਪਡੇਟ ਵਿਖਾਉਂਦਾ ਹੈ; /unsubscribe ਜਾਂ STOP ਸਭ ਬੰਦ ਕਰਦਾ ਹੈ।
subscribe-already = ਤੁਹਾਨੂੰ { $what } ਬਾਰੇ ਅੱਪਡੇਟ ਪਹਿਲਾਂ ਹੀ ਮਿਲ ਰਹੇ ਹਨ।
subscribe-need-district = ਪਹਿਲਾਂ ਆਪਣਾ ਜ਼ਿਲ੍ਹਾ ਦੱਸੋ: ਉਸਦਾ ਨਾਮ ਜਾਂ 6 ਅੰਕਾਂ ਦਾ ਪਿੰਨ ਕੋਡ ਲਿਖੋ। ਫਿਰ ਬਟਨ ਦੁਬਾਰਾ ਦਬਾਓ ਜਾਂ /subscribe ਭੇਜੋ।
subscribe-state-unknown = “{ $query }” ਨਾਮ ਦਾ ਕੋਈ ਰਾਜ ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਲਈ /subscribe ਭੇਜੋ।
subscribe-product-unknown = “{ $query }” ਲਈ ਕੋਈ ਉਤਪਾਦ ਜਾਂ HS ਕੋਡ ਨਹੀਂ ਮਿਲਿਆ। ਕਿਸੇ ਹੋਰ ਨਾਮ ਜਾਂ ਕੋਡ ਨਾਲ /subscribe ਦੁਬਾਰਾ ਭੇਜੋ।
subscriptions-none = ਤੁਹਾਨੂੰ ਕੋਈ ਅੱਪਡੇਟ ਨਹੀਂ ਮਿਲ ਰਿਹਾ। ਚੁਣਨ ਲਈ /subscribe ਭੇਜੋ।
subscriptions-heading = ਤੁਹਾਡੇ ਅੱਪਡੇਟ। ਹਟਾਉਣ ਲਈ ਕਿਸੇ ਇੱਕ ਨੂੰ ਛੂਹੋ:
subscriptions-paused = (ਰੋਕਿਆ ਹੋਇਆ)
subscribe-removed = ਹਟਾ ਦਿੱਤਾ: { $what }।
unsubscribe-done = ਤੁਹਾਡੇ ਸਾਰੇ ਅੱਪਡੇਟ ਬੰਦ ਹੋ ਗਏ ਹਨ। ਹੁਣ ਕੋਈ ਸੂਚਨਾ ਨਹੀਂ ਆਵੇਗੀ। ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰਨ ਲਈ /subscribe ਭੇਜੋ।
unsubscribe-none = ਤੁਹਾਨੂੰ ਕੋਈ ਅੱਪਡੇਟ ਨਹੀਂ ਮਿਲ ਰਿਹਾ ਸੀ।

notices-none = ਇਸ ਵੇਲੇ ਤੁਹਾਡੇ ਲਈ ਕੋਈ ਸੂਚਨਾ ਨਹੀਂ ਹੈ।
notices-heading = ਤੁਹਾਡੇ ਲਈ ਮੌਜੂਦਾ ਸੂਚਨਾਵਾਂ:
notice-kind-policy-change = ਨੀਤੀ ਵਿੱਚ ਬਦਲਾਅ
notice-kind-deadline = ਆਖ਼ਰੀ ਤਾਰੀਖ
notice-kind-event = ਸਮਾਗਮ
notice-kind-outreach = ਜਾਗਰੂਕਤਾ ਪ੍ਰੋਗਰਾਮ
notice-event-line = ਕਦੋਂ: { $starts } · ਕਿੱਥੇ: { $place } · ਪ੍ਰਬੰਧਕ: { $organiser }
notice-in-english = ਇਹ ਸੂਚਨਾ ਅਜੇ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਉਪਲਬਧ ਨਹੀਂ, ਇਸ ਲਈ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਵਿਖਾਈ ਗਈ ਹੈ।
notice-button-remind = ਇੱਕ ਦਿਨ ਪਹਿਲਾਂ ਯਾਦ ਕਰਾਓ
notice-button-done = ਹੋ ਗਿਆ
notice-button-ask = ਇਸ ਬਾਰੇ ਪੁੱਛੋ
notice-reminder = ਯਾਦ-ਦਹਾਨੀ, ਕੱਲ੍ਹ: { $title } — { $starts }, { $place }।
notice-reminder-set = ਮੈਂ ਤੁਹਾਨੂੰ ਇੱਕ ਦਿਨ ਪਹਿਲਾਂ ਯਾਦ ਕਰਾਵਾਂਗਾ।
notice-done-marked = ਇਸ ਸਾਲ ਲਈ ਪੂਰਾ ਦਰਜ ਕੀਤਾ ਗਿਆ।

announce-usage = /announce ਤੋਂ ਬਾਅਦ ਆਪਣੇ ਮੈਂਬਰਾਂ ਲਈ ਸੁਨੇਹਾ ਭੇਜੋ। ਅਨੁਵਾਦ ਜੋੜਨ ਲਈ ਲਾਈਨ ਭਾਸ਼ਾ ਕੋਡ ਨਾਲ ਸ਼ੁਰੂ ਕਰੋ, ਜਿਵੇਂ "pa: ..."। ਐਡਮਿਨ ਸ਼ੁਰੂ ਵਿੱਚ "state Rajasthan:" ਜਾਂ "all:" ਲਿਖ ਸਕਦੇ ਹਨ।
announce-heading = { $desk } ਨਿਰਯਾਤ ਡੈਸਕ ਦੀ ਘੋਸ਼ਣਾ
announce-preview = ਝਲਕ: ਮੈਂਬਰਾਂ ਨੂੰ ਇਹੀ ਮਿਲੇਗਾ। ਭੇਜੀਏ?
announce-button-send = ਭੇਜੋ
announce-no-english = ਘੋਸ਼ਣਾ ਵਿੱਚ ਅੰਗਰੇਜ਼ੀ ਲਿਖਤ ਲਾਜ਼ਮੀ ਹੈ: "pa: ..." ਵਰਗੀ ਕਿਸੇ ਭਾਸ਼ਾ-ਲਾਈਨ ਤੋਂ ਪਹਿਲਾਂ ਦੀਆਂ ਲਾਈਨਾਂ ਅੰਗਰੇਜ਼ੀ ਮੰਨੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।
announce-too-long = ਇਹ ਲਿਖਤ ਇੱਕ ਸੁਨੇਹੇ ਲਈ ਬਹੁਤ ਲੰਬੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਛੋਟੀ ਕਰੋ।
announce-unknown-target = ਉਹ ਜ਼ਿਲ੍ਹਾ ਜਾਂ ਰਾਜ ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ। ਜਿਵੇਂ "district Moradabad: ਲਿਖਤ" ਜਾਂ "state Rajasthan: ਲਿਖਤ" ਲਿਖੋ।
announce-not-jurisdiction = ਤੁਸੀਂ ਸਿਰਫ਼ ਆਪਣੇ ਅਧਿਕਾਰ ਖੇਤਰ ਵਿੱਚ ਹੀ ਘੋਸ਼ਣਾ ਕਰ ਸਕਦੇ ਹੋ।
announce-limited = ਇਸ ਹਫ਼ਤੇ ਇਸ ਜ਼ਿਲ੍ਹੇ ਜਾਂ ਰਾਜ ਨੂੰ ਪਹਿਲਾਂ ਹੀ { $limit } ਘੋਸ਼ਣਾਵਾਂ ਜਾ ਚੁੱਕੀਆਂ ਹਨ। ਬਾਅਦ ਵਿੱਚ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
announce-sent = ਤੁਹਾਡੀ ਘੋਸ਼ਣਾ ਮੈਂਬਰਾਂ ਨੂੰ ਭੇਜੀ ਜਾ ਰਹੀ ਹੈ।
announce-already = ਇਹ ਘੋਸ਼ਣਾ ਪਹਿਲਾਂ ਹੀ ਭੇਜੀ ਜਾ ਚੁੱਕੀ ਹੈ।
