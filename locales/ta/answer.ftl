# Strings of an answer: the same text for `export-helpdesk ask` and the bot.
# Variables are shown as { $name }. Keep HS codes, scheme acronyms and URLs as they are.

answer-source = ஆதாரம்: { $cite }
answer-see-also = இதையும் பாருங்கள்: { $titles }
answer-reviewed = { $date } அன்று சரிபார்க்கப்பட்டது
answer-english-only = (இந்தப் பதில் இன்னும் உங்கள் மொழியில் கிடைக்கவில்லை, அதனால் ஆங்கிலத்தில் காட்டப்படுகிறது.)
answer-not-found = இதற்கு நம்பகமான பதில் என் தகவல் தொகுப்பில் கிடைக்கவில்லை. மாவட்ட ஏற்றுமதி அலுவலர் உதவுவார்: "அலுவலரிடம் பேசுங்கள்" என்பதை அழுத்துங்கள், அல்லது /officer என்பதைத் தொடர்ந்து உங்கள் கேள்வியை அனுப்புங்கள்.
answer-empty-question = உங்கள் கேள்வியை வார்த்தைகளில் எழுதுங்கள், எடுத்துக்காட்டாக: "IEC எப்படிப் பெறுவது?"
answer-too-long = உங்கள் செய்தி மிக நீளமாக உள்ளது. அதன் முதல் பகுதியை மட்டுமே படித்தேன்; நல்ல பதில் பெற, ஒரு நேரத்தில் ஒரு சிறிய கேள்வி கேளுங்கள்.
answer-did-you-mean = நீங்கள் கேட்டது இதுவா:
answer-low-confidence = நீங்கள் கேட்டது இதுதானா என்று எனக்கு உறுதியாகத் தெரியவில்லை. இது உதவவில்லை என்றால், ஒரு அலுவலர் உங்களுக்குப் பதில் சொல்வார்.
answer-middle = நீங்கள் கேட்பது இதுவாக இருக்கலாம்:
answer-middle-officer = பதிலைப் படிக்க அதை அழுத்துங்கள். வேறு ஏதாவது கேட்டிருந்தால், மாவட்ட ஏற்றுமதி அலுவலர் உதவுவார்: "அலுவலரிடம் பேசுங்கள்" என்பதை அழுத்துங்கள்.
answer-more = மேலும்
answer-see-also-heading = இதையும் பாருங்கள்:
answer-switch-language = இனி { $language } மொழியில் பதில் அளிக்கவும்

hs-heading = HS குறியீடு { $code }: { $description }
hs-parents = இதன் கீழ் வருகிறது: { $path }
hs-children = இன்னும் { $count } விரிவான குறியீடுகள் இதில் அடங்கும், எடுத்துக்காட்டாக:
hs-policy = ஏற்றுமதிக் கொள்கை: { $policy }
hs-policy-unknown = ஏற்றுமதிக் கொள்கை: இந்தக் குறியீட்டின் தற்போதைய கொள்கையை dgft.gov.in இல் உள்ள ITC(HS) அட்டவணை 2 (Schedule 2) இல் பாருங்கள்.
hs-policy-conditions = நிபந்தனைகள்: { $conditions }
hs-not-found = ITC(HS) பட்டியலில் HS குறியீடு { $code } கிடைக்கவில்லை. எண்களைச் சரிபாருங்கள், அல்லது பொருளின் பெயரைச் சொல்லிக் கேளுங்கள்.
hs-product = { $product }: HS { $codes }
hs-product-heading = { $product } க்கான HS குறியீடுகள்:
hs-attribution = HS விளக்கங்கள்: HSN/SAC master, GSTN. உங்கள் ஷிப்பிங் பில்லுக்கு (shipping bill) 8 இலக்கக் குறியீட்டை எப்போதும் உறுதி செய்துகொள்ளுங்கள்.

district-heading = { $district } மாவட்டம் ({ $state })
district-products = ஏற்றுமதிப் பொருட்கள்: { $products }
district-no-products = இந்த மாவட்டத்தின் ஏற்றுமதிப் பொருட்கள் இன்னும் என் பட்டியலில் இல்லை. மாவட்டத் தொழில் மையத்தில் (DIC) மாவட்ட ஏற்றுமதி செயல் திட்டம் (District Export Action Plan) உள்ளது.
district-depc = மாவட்ட ஏற்றுமதி ஊக்குவிப்புக் குழு (DEPC): மாவட்ட ஆட்சியர் / DM தலைவர், DGFT மண்டல அலுவலகம் (Regional Authority) இணைத் தலைவர், மாவட்டத் தொழில் மையத்தின் பொது மேலாளர் ஒருங்கிணைப்பாளர் (convener).
district-ra = DGFT மண்டல அலுவலகம் (Regional Authority): { $ra }
district-source = ஆதாரம்: { $cite }

policy-free = கட்டுப்பாடு இல்லை (ஏற்றுமதிக்கு அனுமதி தேவையில்லை)
policy-restricted = கட்டுப்படுத்தப்பட்டது (ஏற்றுமதிக்கு DGFT அனுமதி தேவை)
policy-prohibited = தடைசெய்யப்பட்டது (ஏற்றுமதி செய்ய முடியாது)
policy-ste = STE (மாநில வர்த்தக நிறுவனம் மூலம் மட்டுமே ஏற்றுமதி செய்யலாம்)
