# Strings of escalation to district officers: what users and officers see about tickets.

ticket-opened = ਤੁਹਾਡਾ ਸਵਾਲ { $district } ਜ਼ਿਲ੍ਹੇ ਦੇ ਨਿਰਯਾਤ ਡੈਸਕ ਨੂੰ ਟਿਕਟ #{ $ticket } ਵਜੋਂ ਭੇਜ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਅਧਿਕਾਰੀ ਆਮ ਤੌਰ 'ਤੇ { $hours } ਘੰਟਿਆਂ ਦੇ ਅੰਦਰ ਜਵਾਬ ਦਿੰਦੇ ਹਨ। ਜਵਾਬ ਤੁਹਾਨੂੰ ਇੱਥੇ ਹੀ ਮਿਲੇਗਾ।
ticket-need-district = ਤੁਹਾਡਾ ਸਵਾਲ ਸਹੀ ਅਧਿਕਾਰੀ ਤੱਕ ਪਹੁੰਚਾਉਣ ਲਈ ਮੈਨੂੰ ਤੁਹਾਡਾ ਜ਼ਿਲ੍ਹਾ ਚਾਹੀਦਾ ਹੈ। ਆਪਣੇ ਜ਼ਿਲ੍ਹੇ ਦਾ ਨਾਂ ਜਾਂ 6 ਅੰਕਾਂ ਦਾ PIN ਕੋਡ ਲਿਖੋ।
ticket-confirm-officer = ਕੀ ਮੈਂ ਤੁਹਾਡਾ ਸਵਾਲ ਜ਼ਿਲ੍ਹੇ ਦੇ ਨਿਰਯਾਤ ਅਧਿਕਾਰੀ ਨੂੰ ਭੇਜ ਦੇਵਾਂ?
ticket-officer-usage = /officer ਤੋਂ ਬਾਅਦ ਆਪਣਾ ਸਵਾਲ ਭੇਜੋ, ਜਿਵੇਂ: /officer ਦਸਤਕਾਰੀ ਦਾ ਸਮਾਨ ਡਾਕ ਰਾਹੀਂ ਕਿਵੇਂ ਨਿਰਯਾਤ ਕਰੀਏ?
ticket-answer = { $district } ਜ਼ਿਲ੍ਹੇ ਦੇ ਨਿਰਯਾਤ ਡੈਸਕ ਵੱਲੋਂ ਜਵਾਬ (ਟਿਕਟ #{ $ticket }):
    { $text }
ticket-followup-sent = ਟਿਕਟ #{ $ticket } ਵੇਖ ਰਹੇ ਅਧਿਕਾਰੀ ਨੂੰ ਭੇਜ ਦਿੱਤਾ ਗਿਆ।
ticket-closed-user = ਟਿਕਟ #{ $ticket } ਬੰਦ ਹੋ ਗਈ ਹੈ। ਜਵਾਬ ਕਿੰਨਾ ਕੰਮ ਦਾ ਸੀ? (1 = ਬਿਲਕੁਲ ਨਹੀਂ, 5 = ਬਹੁਤ)
ticket-rating-thanks = ਜਵਾਬ ਨੂੰ ਅੰਕ ਦੇਣ ਲਈ ਧੰਨਵਾਦ।
ticket-already-open = ਤੁਹਾਡੀ ਟਿਕਟ #{ $ticket } ਪਹਿਲਾਂ ਹੀ ਖੁੱਲ੍ਹੀ ਹੈ। ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਉਸ ਵਿੱਚ ਜੋੜ ਦਿੱਤਾ ਗਿਆ ਹੈ।

officer-new-ticket = ਨਵੀਂ ਟਿਕਟ #{ $ticket }, { $district } ({ $state }) ਤੋਂ, ਭਾਸ਼ਾ { $language }:
    { $question }
    ਬੋਟ ਦਾ ਅੰਦਾਜ਼ਾ: { $guess }
officer-followup = ਟਿਕਟ #{ $ticket } ਉੱਤੇ ਅਗਲਾ ਸੁਨੇਹਾ:
    { $text }
officer-claim = ਆਪਣੇ ਜ਼ਿੰਮੇ ਲਓ
officer-transfer = ਅੱਗੇ ਭੇਜੋ
officer-claimed = ਟਿਕਟ #{ $ticket } ਹੁਣ ਤੁਹਾਡੇ ਜ਼ਿੰਮੇ ਹੈ। ਟਿਕਟ ਵਾਲੇ ਸੁਨੇਹੇ ਦਾ ਜਵਾਬ ਦਿਓ, ਜਾਂ /reply { $ticket } ਤੋਂ ਬਾਅਦ ਆਪਣਾ ਜਵਾਬ ਭੇਜੋ।
officer-claimed-by-other = ਟਿਕਟ #{ $ticket } ਪਹਿਲਾਂ ਹੀ { $officer } ਵੇਖ ਰਹੇ ਹਨ।
officer-reply-sent = ਟਿਕਟ #{ $ticket } ਦਾ ਤੁਹਾਡਾ ਜਵਾਬ ਵਰਤੋਂਕਾਰ ਨੂੰ ਭੇਜ ਦਿੱਤਾ ਗਿਆ।
officer-closed = ਟਿਕਟ #{ $ticket } ਬੰਦ ਹੋ ਗਈ ਹੈ।
officer-transferred = ਟਿਕਟ #{ $ticket } { $target } ਨੂੰ ਭੇਜ ਦਿੱਤੀ ਗਈ।
officer-queue-empty = ਤੁਹਾਡੇ ਖੇਤਰ ਵਿੱਚ ਕੋਈ ਖੁੱਲ੍ਹੀ ਟਿਕਟ ਨਹੀਂ ਹੈ।
officer-queue-heading = ਤੁਹਾਡੇ ਖੇਤਰ ਦੀਆਂ ਖੁੱਲ੍ਹੀਆਂ ਟਿਕਟਾਂ:
officer-queue-line = #{ $ticket } · { $district } · { $age } ਘੰਟੇ · { $status } · { $question }
officer-not-registered = ਇਹ ਕਮਾਂਡ ਸਿਰਫ਼ ਰਜਿਸਟਰਡ ਨਿਰਯਾਤ ਅਧਿਕਾਰੀਆਂ ਲਈ ਹੈ।
officer-not-jurisdiction = ਟਿਕਟ #{ $ticket } ਤੁਹਾਡੇ ਖੇਤਰ ਵਿੱਚ ਨਹੀਂ ਆਉਂਦੀ।
officer-no-such-ticket = ਟਿਕਟ #{ $ticket } ਮੌਜੂਦ ਨਹੀਂ ਹੈ।
officer-usage-reply = ਵਰਤੋਂ: /reply <ਟਿਕਟ ਨੰਬਰ> <ਤੁਹਾਡਾ ਜਵਾਬ>
officer-usage-close = ਵਰਤੋਂ: /close <ਟਿਕਟ ਨੰਬਰ>
officer-usage-transfer = ਵਰਤੋਂ: /transfer <ਟਿਕਟ ਨੰਬਰ> <ਜ਼ਿਲ੍ਹਾ ਜਾਂ ਰਾਜ>
officer-joined = ਜੀ ਆਇਆਂ ਨੂੰ, { $name }। ਹੁਣ ਤੁਸੀਂ { $jurisdiction } ਲਈ ਨਿਰਯਾਤ ਅਧਿਕਾਰੀ ਵਜੋਂ ਰਜਿਸਟਰਡ ਹੋ।
officer-bad-invite = ਇਹ ਸੱਦਾ ਕੋਡ ਸਹੀ ਨਹੀਂ ਹੈ ਜਾਂ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ।
officer-sla-reminder = ਯਾਦ ਦਿਵਾਉਣਾ: ਟਿਕਟ #{ $ticket } { $hours } ਘੰਟਿਆਂ ਤੋਂ ਜਵਾਬ ਦੀ ਉਡੀਕ ਕਰ ਰਹੀ ਹੈ।
officer-escalated = ਟਿਕਟ #{ $ticket } ਦਾ { $hours } ਘੰਟਿਆਂ ਵਿੱਚ ਜਵਾਬ ਨਹੀਂ ਮਿਲਿਆ, ਇਸ ਲਈ ਇਹ ਤੁਹਾਡੇ ਕੋਲ ਭੇਜੀ ਗਈ ਹੈ।
admin-kb-reload-failed = ਜਾਣਕਾਰੀ ਭੰਡਾਰ (knowledge base) ਬਦਲਿਆ ਗਿਆ ਹੈ ਪਰ ਉਸ ਵਿੱਚ ਗਲਤੀਆਂ ਹਨ; ਬੋਟ ਪਿਛਲਾ ਰੂਪ ਹੀ ਵਰਤ ਰਿਹਾ ਹੈ। ਪਹਿਲੀ ਗਲਤੀ: { $error }
officer-invite-created = { $jurisdiction } ਦੇ ਅਧਿਕਾਰੀ ਲਈ ਇੱਕ ਵਾਰ ਵਰਤਿਆ ਜਾਣ ਵਾਲਾ ਸੱਦਾ ਕੋਡ: { $code }
    ਅਧਿਕਾਰੀ ਇਸ ਬੋਟ ਨੂੰ /join { $code } ਭੇਜੇ।
officer-usage-invite = ਵਰਤੋਂ: /invite district <ਜ਼ਿਲ੍ਹਾ> | state <ਰਾਜ> | ra <ਅਥਾਰਟੀ ID> | admin
officer-status-new = ਨਵਾਂ
officer-status-claimed = ਲਿਆ ਗਿਆ
officer-all-india = ਪੂਰੇ ਭਾਰਤ
