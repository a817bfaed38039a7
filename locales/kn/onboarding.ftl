# Onboarding that never traps: a question typed instead of a district is answered, and the
# district is asked once more, with a Skip button.
district-ask-again = ಬೇಕಾದಾಗ ನಿಮ್ಮ ಜಿಲ್ಲೆಯ ಹೆಸರು ಅಥವಾ 6 ಅಂಕಿಯ PIN ಕೋಡ್ ಕಳುಹಿಸಿ, ಆಗ ನಿಮ್ಮ ಜಿಲ್ಲೆಯ ರಫ್ತು ಅಧಿಕಾರಿ ನಿಮಗೆ ಸಹಾಯ ಮಾಡಬಹುದು. ಇಲ್ಲವೇ "ಬಿಟ್ಟುಬಿಡಿ" ಒತ್ತಿ.
button-skip-district = ಬಿಟ್ಟುಬಿಡಿ
district-skipped = ಸರಿ. ಯಾವಾಗ ಬೇಕಾದರೂ /district ಮೂಲಕ ನಿಮ್ಮ ಜಿಲ್ಲೆಯನ್ನು ತಿಳಿಸಬಹುದು.
