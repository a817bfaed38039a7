# Onboarding that never traps: a question typed instead of a district is answered, and the
# district is asked once more, with a Skip button.
district-ask-again = സൗകര്യം പോലെ നിങ്ങളുടെ ജില്ലയുടെ പേരോ 6 അക്ക PIN കോഡോ അയയ്ക്കുക; അപ്പോൾ നിങ്ങളുടെ ജില്ലയിലെ കയറ്റുമതി ഉദ്യോഗസ്ഥന് സഹായിക്കാനാകും. അല്ലെങ്കിൽ "ഒഴിവാക്കുക" അമർത്തുക.
button-skip-district = ഒഴിവാക്കുക
district-skipped = ശരി. എപ്പോൾ വേണമെങ്കിലും /district ഉപയോഗിച്ച് ജില്ല അറിയിക്കാം.
