# ಚಂದಾದಾರಿಕೆ ಮತ್ತು ಸೂಚನೆಗಳು: ಅಪ್‌ಡೇಟ್‌ಗಳ ಬಗ್ಗೆ ಬಳಕೆದಾರರು ನೋಡುವುದು, /announce ಬಗ್ಗೆ ಅಧಿಕಾರಿಗಳು ನೋಡುವುದು.

cmd-subscribe = ನಿಮ್ಮ ಜಿಲ್ಲೆ, ಉತ್ಪನ್ನಗಳು ಅಥವಾ ವಿಷಯಗಳ ಅಪ್‌ಡೇಟ್ ಪಡೆಯಿರಿ
cmd-notices = ನಿಮಗಾಗಿ ಈಗಿನ ಸೂಚನೆಗಳು

subscribe-button-district = ನನ್ನ ಜಿಲ್ಲೆಯ ಅಪ್‌ಡೇಟ್‌ಗಳನ್ನು ಕಳುಹಿಸಿ
subscribe-menu = ಯಾವುದರ ಬಗ್ಗೆ ಅಪ್‌ಡೇಟ್ ಬೇಕು? ಒಂದಕ್ಕಿಂತ ಹೆಚ್ಚು ಆಯ್ಕೆ ಮಾಡಬಹುದು.
subscribe-option-state = ಒಂದು ರಾಜ್ಯ
subscribe-option-product = ಉತ್ಪನ್ನಗಳು ಅಥವಾ HS ಅಧ್ಯಾಯಗಳು
topic-schemes = ಯೋಜನೆಗಳು
topic-gst-customs = ಜಿಎಸ್‌ಟಿ ಮತ್ತು ಸುಂಕ
topic-deadlines = ಕೊನೆಯ ದಿನಾಂಕಗಳು
topic-events = ವ್ಯಾಪಾರ ಮೇಳಗಳು ಮತ್ತು ಕಾರ್ಯಕ್ರಮಗಳು
subscribe-ask-state = ರಾಜ್ಯದ ಹೆಸರು ಬರೆಯಿರಿ, ಉದಾ. ಕರ್ನಾಟಕ ಅಥವಾ Karnataka.
subscribe-ask-product = ಯಾವುದೇ ಭಾಷೆಯಲ್ಲಿ ಉತ್ಪನ್ನದ ಹೆಸರು, ಅಥವಾ HS ಅಧ್ಯಾಯ ಅಥವಾ ಶೀರ್ಷಿಕೆ ಬರೆಯಿರಿ, ಉದಾ. ಅರಿಶಿನ, turmeric ಅಥವಾ 0910.
subscribe-done = ಆಯಿತು: ನಿಮಗೆ { $what } ಕುರಿತ ಅಪ್‌ಡೇಟ್‌ಗಳು ಬರುತ್ತವೆ. /subscriptions ನಿಮ್ಮ ಅಪ್‌ಡೇಟ್‌ಗಳನ್ನು ತೋರಿಸುತ್ತದೆ; /unsubscribe ಅಥವಾ STOP ಎಲ್ಲವನ್ನೂ ನಿಲ್ಲಿಸುತ್ತದೆ.
subscribe-already = ನಿಮಗೆ ಈಗಾಗಲೇ { $what } ಕುರಿತ ಅಪ್‌ಡೇಟ್‌ಗಳು ಬರುತ್ತಿವೆ.
subscribe-need-district = ಮೊದಲು ನಿಮ್ಮ ಜಿಲ್ಲೆ ತಿಳಿಸಿ: ಅದರ ಹೆಸರು ಅಥವಾ 6 ಅಂಕಿಯ ಪಿನ್ ಕೋಡ್ ಬರೆಯಿರಿ. ನಂತರ ಬಟನ್ ಮತ್ತೆ ಒತ್ತಿ ಅಥವಾ /subscribe ಕಳುಹಿಸಿ.
subscribe-state-unknown = “{ $query }” ಎಂಬ ರಾಜ್ಯ ನನಗೆ ಗೊತ್ತಿಲ್ಲ. ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಲು /subscribe ಕಳುಹಿಸಿ.
subscribe-product-unknown = “{ $query }” ಗೆ ಯಾವುದೇ ಉತ್ಪನ್ನ ಅಥವಾ HS ಕೋಡ್ ಸಿಗಲಿಲ್ಲ. ಬೇರೆ ಹೆಸರು ಅಥವಾ ಕೋಡ್‌ನೊಂದಿಗೆ /subscribe ಮತ್ತೆ ಕಳುಹಿಸಿ.
subscriptions-none = ನಿಮಗೆ ಯಾವುದೇ ಅಪ್‌ಡೇಟ್ ಬರುತ್ತಿಲ್ಲ. ಆಯ್ಕೆ ಮಾಡಲು /subscribe ಕಳುಹಿಸಿ.
subscriptions-heading = ನಿಮ್ಮ ಅಪ್‌ಡೇಟ್‌ಗಳು. ತೆಗೆಯಲು ಒಂದನ್ನು ಒತ್ತಿ:
subscriptions-paused = (ತಡೆಹಿಡಿಯಲಾಗಿದೆ)
subscribe-removed = ತೆಗೆದುಹಾಕಲಾಗಿದೆ: { $what }.
unsubscribe-done = ನಿಮ್ಮ ಎಲ್ಲಾ ಅಪ್‌ಡೇಟ್‌ಗಳು ನಿಂತಿವೆ. ಇನ್ನು ಸೂಚನೆಗಳು ಬರುವುದಿಲ್ಲ. ಮತ್ತೆ ಆರಂಭಿಸಲು /subscribe ಕಳುಹಿಸಿ.
unsubscribe-none = ನಿಮಗೆ ಯಾವುದೇ ಅಪ್‌ಡೇಟ್ ಬರುತ್ತಿರಲಿಲ್ಲ.

notices-none = ಈಗ ನಿಮಗಾಗಿ ಯಾವುದೇ ಸೂಚನೆ ಇಲ್ಲ.
notices-heading = ನಿಮಗಾಗಿ ಈಗಿನ ಸೂಚನೆಗಳು:
notice-kind-policy-change = ನೀತಿ ಬದಲಾವಣೆ
notice-kind-deadline = ಕೊನೆಯ ದಿನಾಂಕ
notice-kind-event = ಕಾರ್ಯಕ್ರಮ
notice-kind-outreach = ಜಾಗೃತಿ ಕಾರ್ಯಕ್ರಮ
notice-event-line = ಯಾವಾಗ: { $starts } · ಎಲ್ಲಿ: { $place } · ಆಯೋಜಕರು: { $organiser }
notice-in-english = ಈ ಸೂಚನೆ ಇನ್ನೂ ನಿಮ್ಮ ಭಾಷೆಯಲ್ಲಿ ಲಭ್ಯವಿಲ್ಲ, ಆದ್ದರಿಂದ ಇಂಗ್ಲಿಷ್‌ನಲ್ಲಿ ತೋರಿಸಲಾಗಿದೆ.
notice-button-remind = ಹಿಂದಿನ ದಿನ ನೆನಪಿಸಿ
notice-button-done = ಆಯಿತು
notice-button-ask = ಇದರ ಬಗ್ಗೆ ಕೇಳಿ
notice-reminder = ನೆನಪು, ನಾಳೆ: { $title } — { $starts }, { $place }.
notice-reminder-set = ಹಿಂದಿನ ದಿನ ನಿಮಗೆ ನೆನಪಿಸುತ್ತೇನೆ.
notice-done-marked = ಈ ವರ್ಷಕ್ಕೆ ಮುಗಿದಿದೆ ಎಂದು ಗುರುತಿಸಲಾಗಿದೆ.

announce-usage = /announce ನಂತರ ನಿಮ್ಮ ಚಂದಾದಾರರಿಗೆ ಸಂದೇಶ ಕಳುಹಿಸಿ. ಅನುವಾದ ಸೇರಿಸಲು ಸಾಲನ್ನು ಭಾಷಾ ಕೋಡ್‌ನಿಂದ ಆರಂಭಿಸಿ, ಉದಾ. "kn: ...". ನಿರ್ವಾಹಕರು ಆರಂಭದಲ್ಲಿ "state Rajasthan:" ಅಥವಾ "all:" ಬರೆಯಬಹುದು.
announce-heading = { $desk } ರಫ್ತು ಮೇಜಿನ ಪ್ರಕಟಣೆ
announce-preview = ಮುನ್ನೋಟ: ಚಂದಾದಾರರಿಗೆ ಇದೇ ಸಿಗುತ್ತದೆ. ಕಳುಹಿಸಲೇ?
announce-button-send = ಕಳುಹಿಸಿ
announce-no-english = ಪ್ರಕಟಣೆಗೆ ಇಂಗ್ಲಿಷ್ ಪಠ್ಯ ಬೇಕು: "kn: ..." ರೀತಿಯ ಭಾಷಾ ಸಾಲಿನ ಮೊದಲಿನ ಸಾಲುಗಳನ್ನು ಇಂಗ್ಲಿಷ್ ಎಂದು ಪರಿಗಣಿಸಲಾಗುತ್ತದೆ.
announce-too-long = ಈ ಪಠ್ಯ ಒಂದು ಸಂದೇಶಕ್ಕೆ ತುಂಬಾ ಉದ್ದವಾಗಿದೆ. ದಯವಿಟ್ಟು ಚಿಕ್ಕದು ಮಾಡಿ.
announce-unknown-target = ಆ ಜಿಲ್ಲೆ ಅಥವಾ ರಾಜ್ಯ ನನಗೆ ಗೊತ್ತಿಲ್ಲ. ಉದಾ. "district Moradabad: ಪಠ್ಯ" ಅಥವಾ "state Rajasthan: ಪಠ್ಯ" ಎಂದು ಬರೆಯಿರಿ.
announce-not-jurisdiction = ನೀವು ನಿಮ್ಮ ಅಧಿಕಾರ ವ್ಯಾಪ್ತಿಗೆ ಮಾತ್ರ ಪ್ರಕಟಿಸಬಹುದು.
announce-limited = ಈ ವಾರ ಈ ಜಿಲ್ಲೆ ಅಥವಾ ರಾಜ್ಯಕ್ಕೆ ಈಗಾಗಲೇ { $limit } ಪ್ರಕಟಣೆಗಳು ಹೋಗಿವೆ. ನಂತರ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.
announce-sent = ನಿಮ್ಮ ಪ್ರಕಟಣೆಯನ್ನು ಚಂದಾದಾರರಿಗೆ ಕಳುಹಿಸಲಾಗುತ್ತಿದೆ.
announce-already = ಈ ಪ್ರಕಟಣೆ ಈಗಾಗಲೇ ಕಳುಹಿಸಲಾಗಿದೆ.
