# Onboarding that never traps: a question typed instead of a district is answered, and the
# district is asked once more, with a Skip button.
district-ask-again = When you like, send me your district's name or your 6-digit PIN code, so that an export officer of your district can help you. Or press Skip.
button-skip-district = Skip
district-skipped = All right. You can set your district at any time with /district.
