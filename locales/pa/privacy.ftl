# Personal data (DPDP Act 2023): the notice at /start (what is stored, why, for how long), /mydata.
privacy-notice = ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ: ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੇਣ, ਤੁਹਾਡੇ ਸਵਾਲ ਤੁਹਾਡੇ ਜ਼ਿਲ੍ਹੇ ਦੇ ਨਿਰਯਾਤ ਅਧਿਕਾਰੀ ਤੱਕ ਪਹੁੰਚਾਉਣ ਅਤੇ ਆਪਣੇ ਜਵਾਬ ਬਿਹਤਰ ਬਣਾਉਣ ਲਈ ਹੀ ਮੈਂ ਤੁਹਾਡੀ Telegram id, ਭਾਸ਼ਾ, ਜ਼ਿਲ੍ਹਾ, ਸਵਾਲ ਅਤੇ ਟਿਕਟਾਂ ਰੱਖਦਾ ਹਾਂ। ਸਵਾਲ ਅਤੇ ਬੰਦ ਟਿਕਟਾਂ { $days } ਦਿਨਾਂ ਬਾਅਦ ਮਿਟਾ ਦਿੱਤੀਆਂ ਜਾਂਦੀਆਂ ਹਨ। /mydata ਨਾਲ ਦੇਖੋ ਕੀ ਰੱਖਿਆ ਹੈ; /forget ਨਾਲ ਮਿਟਾਓ।
privacy-mydata-caption = ਇਹ ਬੋਟ ਤੁਹਾਡੇ ਬਾਰੇ ਜੋ ਕੁਝ ਰੱਖਦਾ ਹੈ, ਸਭ। /forget ਨਾਲ ਇਸਨੂੰ ਮਿਟਾਓ।
cmd-mydata = ਦੇਖੋ ਤੁਹਾਡੇ ਬਾਰੇ ਕੀ ਰੱਖਿਆ ਹੈ
