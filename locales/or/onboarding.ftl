# Onboarding that never traps: a question typed instead of a district is answered, and the
# district is asked once more, with a Skip button.
district-ask-again = ଯେତେବେଳେ ଇଚ୍ଛା, ଆପଣଙ୍କ ଜିଲ୍ଲାର ନାମ କିମ୍ବା 6 ଅଙ୍କର PIN କୋଡ୍ ପଠାନ୍ତୁ, ଯାହାଫଳରେ ଆପଣଙ୍କ ଜିଲ୍ଲାର ରପ୍ତାନି ଅଧିକାରୀ ସାହାଯ୍ୟ କରିପାରିବେ। କିମ୍ବା "ଛାଡ଼ନ୍ତୁ" ଦବାନ୍ତୁ।
button-skip-district = ଛାଡ଼ନ୍ତୁ
district-skipped = ଠିକ୍ ଅଛି। ଆପଣ ଯେକୌଣସି ସମୟରେ /district ରେ ଆପଣଙ୍କ ଜିଲ୍ଲା ଜଣାଇପାରିବେ।
