# Onboarding that never traps: a question typed instead of a district is answered, and the
# district is asked once more, with a Skip button.
district-ask-again = ਜਦੋਂ ਚਾਹੋ, ਆਪਣੇ ਜ਼ਿਲ੍ਹੇ ਦਾ ਨਾਂ ਜਾਂ 6 ਅੰਕਾਂ ਦਾ PIN ਕੋਡ ਭੇਜੋ, ਤਾਂ ਜੋ ਤੁਹਾਡੇ ਜ਼ਿਲ੍ਹੇ ਦੇ ਨਿਰਯਾਤ ਅਧਿਕਾਰੀ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਣ। ਜਾਂ "ਛੱਡੋ" ਦਬਾਓ।
button-skip-district = ਛੱਡੋ
district-skipped = ਠੀਕ ਹੈ। ਤੁਸੀਂ ਕਦੇ ਵੀ /district ਨਾਲ ਆਪਣਾ ਜ਼ਿਲ੍ਹਾ ਦੱਸ ਸਕਦੇ ਹੋ।
