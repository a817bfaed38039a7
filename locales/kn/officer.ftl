# Strings of escalation to district officers: what users and officers see about tickets.

ticket-opened = ನಿಮ್ಮ ಪ್ರಶ್ನೆಯನ್ನು { $district } ಜಿಲ್ಲೆಯ ರಫ್ತು ಕೇಂದ್ರಕ್ಕೆ ಟಿಕೆಟ್ #{ $ticket } ಆಗಿ ಕಳುಹಿಸಲಾಗಿದೆ. ಅಧಿಕಾರಿ ಸಾಮಾನ್ಯವಾಗಿ { $hours } ಗಂಟೆಗಳ ಒಳಗೆ ಉತ್ತರಿಸುತ್ತಾರೆ. ಉತ್ತರ ನಿಮಗೆ ಇಲ್ಲೇ ಬರುತ್ತದೆ.
ticket-need-district = ನಿಮ್ಮ ಪ್ರಶ್ನೆಯನ್ನು ಸರಿಯಾದ ಅಧಿಕಾರಿಗೆ ಕಳುಹಿಸಲು ನಿಮ್ಮ ಜಿಲ್ಲೆ ತಿಳಿಯಬೇಕು. ನಿಮ್ಮ ಜಿಲ್ಲೆಯ ಹೆಸರು ಅಥವಾ 6 ಅಂಕಿಯ PIN ಕೋಡ್ ಬರೆಯಿರಿ.
ticket-confirm-officer = ನಿಮ್ಮ ಪ್ರಶ್ನೆಯನ್ನು ಜಿಲ್ಲಾ ರಫ್ತು ಅಧಿಕಾರಿಗೆ ಕಳುಹಿಸಲೇ?
ticket-officer-usage = /officer ನಂತರ ನಿಮ್ಮ ಪ್ರಶ್ನೆ ಬರೆದು ಕಳುಹಿಸಿ, ಉದಾಹರಣೆಗೆ: /officer ಕರಕುಶಲ ವಸ್ತುಗಳನ್ನು ಅಂಚೆ ಮೂಲಕ ಹೇಗೆ ರಫ್ತು ಮಾಡುವುದು?
ticket-answer = { $district } ಜಿಲ್ಲೆಯ ರಫ್ತು ಕೇಂದ್ರದಿಂದ ಉತ್ತರ (ಟಿಕೆಟ್ #{ $ticket }):
    { $text }
ticket-followup-sent = ಟಿಕೆಟ್ #{ $ticket } ನೋಡಿಕೊಳ್ಳುತ್ತಿರುವ ಅಧಿಕಾರಿಗೆ ಕಳುಹಿಸಲಾಗಿದೆ.
ticket-closed-user = ಟಿಕೆಟ್ #{ $ticket } ಮುಕ್ತಾಯವಾಗಿದೆ. ಉತ್ತರ ಎಷ್ಟು ಸಹಾಯವಾಯಿತು? (1 = ಸ್ವಲ್ಪವೂ ಇಲ್ಲ, 5 = ತುಂಬಾ)
ticket-rating-thanks = ಉತ್ತರಕ್ಕೆ ರೇಟಿಂಗ್ ನೀಡಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದಗಳು.
ticket-already-open = ನಿಮ್ಮದೊಂದು ಟಿಕೆಟ್ #{ $ticket } ಈಗಾಗಲೇ ತೆರೆದಿದೆ. ನಿಮ್ಮ ಸಂದೇಶವನ್ನು ಅದಕ್ಕೆ ಸೇರಿಸಲಾಗಿದೆ.

officer-new-ticket = ಹೊಸ ಟಿಕೆಟ್ #{ $ticket }, { $district } ({ $state }) ನಿಂದ, { $language } ಭಾಷೆಯಲ್ಲಿ:
    { $question }
    Bot ನ ಅತ್ಯುತ್ತಮ ಊಹೆ: { $guess }
officer-followup = ಟಿಕೆಟ್ #{ $ticket } ಕುರಿತು ಮುಂದಿನ ಸಂದೇಶ:
    { $text }
officer-claim = ನಾನು ತೆಗೆದುಕೊಳ್ಳುವೆ
officer-transfer = ವರ್ಗಾಯಿಸಿ
officer-claimed = ಟಿಕೆಟ್ #{ $ticket } ಈಗ ನಿಮ್ಮದು. ಟಿಕೆಟ್ ಸಂದೇಶಕ್ಕೆ reply ಮಾಡಿ, ಅಥವಾ /reply { $ticket } ನಂತರ ನಿಮ್ಮ ಉತ್ತರ ಬರೆದು ಕಳುಹಿಸಿ.
officer-claimed-by-other = ಟಿಕೆಟ್ #{ $ticket } ಅನ್ನು ಈಗಾಗಲೇ { $officer } ನೋಡಿಕೊಳ್ಳುತ್ತಿದ್ದಾರೆ.
officer-reply-sent = ಟಿಕೆಟ್ #{ $ticket } ಗೆ ನಿಮ್ಮ ಉತ್ತರವನ್ನು ಬಳಕೆದಾರರಿಗೆ ಕಳುಹಿಸಲಾಗಿದೆ.
officer-closed = ಟಿಕೆಟ್ #{ $ticket } ಮುಕ್ತಾಯವಾಗಿದೆ.
officer-transferred = ಟಿಕೆಟ್ #{ $ticket } ಅನ್ನು { $target } ಗೆ ವರ್ಗಾಯಿಸಲಾಗಿದೆ.
officer-queue-empty = ನಿಮ್ಮ ವ್ಯಾಪ್ತಿಯಲ್ಲಿ ತೆರೆದಿರುವ ಟಿಕೆಟ್‌ಗಳು ಯಾವುದೂ ಇಲ್ಲ.
officer-queue-heading = ನಿಮ್ಮ ವ್ಯಾಪ್ತಿಯಲ್ಲಿ ತೆರೆದಿರುವ ಟಿಕೆಟ್‌ಗಳು:
officer-queue-line = #{ $ticket } · { $district } · { $age } ಗಂ · { $status } · { $question }
officer-not-registered = ಈ ಆಜ್ಞೆ ನೋಂದಾಯಿತ ರಫ್ತು ಅಧಿಕಾರಿಗಳಿಗೆ ಮಾತ್ರ.
officer-not-jurisdiction = ಟಿಕೆಟ್ #{ $ticket } ನಿಮ್ಮ ವ್ಯಾಪ್ತಿಯಲ್ಲಿ ಇಲ್ಲ.
officer-no-such-ticket = ಟಿಕೆಟ್ #{ $ticket } ಎಂಬುದು ಇಲ್ಲ.
officer-usage-reply = ಬಳಕೆ: /reply <ಟಿಕೆಟ್ ಸಂಖ್ಯೆ> <ನಿಮ್ಮ ಉತ್ತರ>
officer-usage-close = ಬಳಕೆ: /close <ಟಿಕೆಟ್ ಸಂಖ್ಯೆ>
officer-usage-transfer = ಬಳಕೆ: /transfer <ಟಿಕೆಟ್ ಸಂಖ್ಯೆ> <ಜಿಲ್ಲೆ ಅಥವಾ ರಾಜ್ಯ>
officer-joined = ಸ್ವಾಗತ, { $name }. ನೀವು ಈಗ { $jurisdiction } ಗಾಗಿ ರಫ್ತು ಅಧಿಕಾರಿಯಾಗಿ ನೋಂದಾಯಿತರಾಗಿದ್ದೀರಿ.
officer-bad-invite = ಈ ಆಹ್ವಾನ ಕೋಡ್ ಮಾನ್ಯವಲ್ಲ, ಅಥವಾ ಈಗಾಗಲೇ ಬಳಸಲಾಗಿದೆ.
officer-sla-reminder = ನೆನಪು: ಟಿಕೆಟ್ #{ $ticket } ಉತ್ತರಕ್ಕಾಗಿ { $hours } ಗಂಟೆಗಳಿಂದ ಕಾಯುತ್ತಿದೆ.
officer-escalated = ಟಿಕೆಟ್ #{ $ticket } ಗೆ { $hours } ಗಂಟೆಗಳಲ್ಲಿ ಉತ್ತರ ಬರಲಿಲ್ಲ, ಆದ್ದರಿಂದ ಅದನ್ನು ನಿಮಗೆ ಕಳುಹಿಸಲಾಗಿದೆ.
admin-kb-reload-failed = ಮಾಹಿತಿ ಸಂಗ್ರಹ ಬದಲಾಗಿದೆ ಆದರೆ ಅದರಲ್ಲಿ ದೋಷಗಳಿವೆ; bot ಹಿಂದಿನ ಆವೃತ್ತಿಯನ್ನೇ ಬಳಸುತ್ತಿದೆ. ಮೊದಲ ದೋಷ: { $error }
officer-invite-created = { $jurisdiction } ಅಧಿಕಾರಿಗಾಗಿ ಒಂದೇ ಬಾರಿ ಬಳಸಬಹುದಾದ ಆಹ್ವಾನ ಕೋಡ್: { $code }
    ಅಧಿಕಾರಿ ಈ bot ಗೆ /join { $code } ಎಂದು ಕಳುಹಿಸಬೇಕು.
officer-usage-invite = ಬಳಕೆ: /invite district <ಜಿಲ್ಲೆ> | state <ರಾಜ್ಯ> | ra <ಪ್ರಾಧಿಕಾರ ID> | admin
officer-status-new = ಹೊಸದು
officer-status-claimed = ತೆಗೆದುಕೊಳ್ಳಲಾಗಿದೆ
officer-all-india = ಇಡೀ ಭಾರತ
