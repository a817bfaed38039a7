# Onboarding that never traps: a question typed instead of a district is answered, and the
# district is asked once more, with a Skip button.
district-ask-again = जब चाहें, अपने ज़िले का नाम या 6 अंकों का PIN कोड भेजें, ताकि आपके ज़िले के निर्यात अधिकारी आपकी मदद कर सकें। या "छोड़ें" दबाएँ।
button-skip-district = छोड़ें
district-skipped = ठीक है। आप कभी भी /district से अपना ज़िला बता सकते हैं।
