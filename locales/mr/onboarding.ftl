# Onboarding that never traps: a question typed instead of a district is answered, and the
# district is asked once more, with a Skip button.
district-ask-again = हवे तेव्हा तुमच्या जिल्ह्याचे नाव किंवा 6 अंकी PIN कोड पाठवा, म्हणजे तुमच्या जिल्ह्याचे निर्यात अधिकारी तुम्हाला मदत करू शकतील. किंवा "वगळा" दाबा.
button-skip-district = वगळा
district-skipped = ठीक आहे. तुम्ही कधीही /district ने तुमचा जिल्हा सांगू शकता.
