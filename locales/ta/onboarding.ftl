# Onboarding that never traps: a question typed instead of a district is answered, and the
# district is asked once more, with a Skip button.
district-ask-again = விரும்பும்போது உங்கள் மாவட்டத்தின் பெயரையோ 6 இலக்க PIN குறியீட்டையோ அனுப்புங்கள்; அப்போது உங்கள் மாவட்ட ஏற்றுமதி அலுவலர் உதவ முடியும். அல்லது "தவிர்" அழுத்துங்கள்.
button-skip-district = தவிர்
district-skipped = சரி. எப்போது வேண்டுமானாலும் /district மூலம் உங்கள் மாவட்டத்தைச் சொல்லலாம்.
