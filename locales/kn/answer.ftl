# Strings of an answer: the same text for `export-helpdesk ask` and the bot.
# Variables are shown as { $name }. Keep HS codes, scheme acronyms and URLs as they are.

answer-source = ಆಧಾರ: { $cite }
answer-see-also = ಇವನ್ನೂ ನೋಡಿ: { $titles }
answer-reviewed = { $date } ರಂದು ಪರಿಶೀಲಿಸಲಾಗಿದೆ
answer-english-only = (ಈ ಉತ್ತರ ಇನ್ನೂ ನಿಮ್ಮ ಭಾಷೆಯಲ್ಲಿ ಲಭ್ಯವಿಲ್ಲ, ಆದ್ದರಿಂದ ಇಂಗ್ಲಿಷ್‌ನಲ್ಲಿ ತೋರಿಸಲಾಗಿದೆ.)
answer-not-found = ಇದಕ್ಕೆ ನಂಬಲರ್ಹ ಉತ್ತರ ನನ್ನ ಮಾಹಿತಿ ಸಂಗ್ರಹದಲ್ಲಿ ಸಿಗಲಿಲ್ಲ. ಜಿಲ್ಲಾ ರಫ್ತು ಅಧಿಕಾರಿ ಸಹಾಯ ಮಾಡುತ್ತಾರೆ: "ಅಧಿಕಾರಿಯೊಂದಿಗೆ ಮಾತನಾಡಿ" ಒತ್ತಿ, ಅಥವಾ /officer ನಂತರ ನಿಮ್ಮ ಪ್ರಶ್ನೆ ಬರೆದು ಕಳುಹಿಸಿ.
answer-empty-question = ದಯವಿಟ್ಟು ನಿಮ್ಮ ಪ್ರಶ್ನೆಯನ್ನು ಪದಗಳಲ್ಲಿ ಬರೆಯಿರಿ, ಉದಾಹರಣೆಗೆ: "IEC ಹೇಗೆ ಪಡೆಯುವುದು?"
answer-too-long = ನಿಮ್ಮ ಸಂದೇಶ ತುಂಬಾ ಉದ್ದವಾಗಿದೆ. ಅದರ ಮೊದಲ ಭಾಗವನ್ನು ಮಾತ್ರ ಓದಿದೆ; ಉತ್ತಮ ಉತ್ತರಕ್ಕಾಗಿ, ಒಮ್ಮೆಗೆ ಒಂದು ಚಿಕ್ಕ ಪ್ರಶ್ನೆ ಕೇಳಿ.
answer-did-you-mean = ನೀವು ಕೇಳಿದ್ದು ಇದೇನಾ:
answer-low-confidence = ನೀವು ಕೇಳಿದ್ದು ಇದೇನಾ ಎಂದು ನನಗೆ ಖಚಿತವಿಲ್ಲ. ಇದು ಸಹಾಯವಾಗದಿದ್ದರೆ, ಒಬ್ಬ ಅಧಿಕಾರಿ ನಿಮಗೆ ಉತ್ತರಿಸುತ್ತಾರೆ.
answer-middle = ನೀವು ಕೇಳುತ್ತಿರುವುದು ಇದು ಎಂದು ನನಗನಿಸುತ್ತದೆ:
answer-middle-officer = ಉತ್ತರ ಓದಲು ಅದನ್ನು ಒತ್ತಿ. ನಿಮ್ಮ ಅರ್ಥ ಬೇರೆಯಾಗಿದ್ದರೆ, ಜಿಲ್ಲಾ ರಫ್ತು ಅಧಿಕಾರಿ ಸಹಾಯ ಮಾಡುತ್ತಾರೆ: "ಅಧಿಕಾರಿಯೊಂದಿಗೆ ಮಾತನಾಡಿ" ಒತ್ತಿ.
answer-more = ಇನ್ನಷ್ಟು
answer-see-also-heading = ಇವನ್ನೂ ನೋಡಿ:
answer-switch-language = ಇನ್ನು ಮುಂದೆ { $language } ನಲ್ಲಿ ಉತ್ತರಿಸಿ

hs-heading = HS ಕೋಡ್ { $code }: { $description }
hs-parents = ಇದರ ಅಡಿಯಲ್ಲಿ ಬರುತ್ತದೆ: { $path }
hs-children = ಇದರಲ್ಲಿ ಇನ್ನೂ { $count } ವಿವರವಾದ ಕೋಡ್‌ಗಳಿವೆ, ಉದಾಹರಣೆಗೆ:
hs-policy = ರಫ್ತು ನೀತಿ: { $policy }
hs-policy-unknown = ರಫ್ತು ನೀತಿ: ಈ ಕೋಡ್‌ನ ಈಗಿನ ನೀತಿಗಾಗಿ dgft.gov.in ನಲ್ಲಿ ITC(HS) ಅನುಸೂಚಿ 2 (Schedule 2) ನೋಡಿ.
hs-policy-conditions = ಷರತ್ತುಗಳು: { $conditions }
hs-not-found = ITC(HS) ಪಟ್ಟಿಯಲ್ಲಿ HS ಕೋಡ್ { $code } ಸಿಗಲಿಲ್ಲ. ಅಂಕಿಗಳನ್ನು ಪರಿಶೀಲಿಸಿ, ಅಥವಾ ವಸ್ತುವಿನ ಹೆಸರಿನಿಂದ ನನ್ನನ್ನು ಕೇಳಿ.
hs-product = { $product }: HS { $codes }
hs-product-heading = { $product } ಗಾಗಿ HS ಕೋಡ್‌ಗಳು:
hs-attribution = HS ವಿವರಣೆಗಳು: HSN/SAC master, GSTN. ನಿಮ್ಮ ಶಿಪ್ಪಿಂಗ್ ಬಿಲ್‌ಗಾಗಿ (shipping bill) 8 ಅಂಕಿಯ ಕೋಡ್ ಅನ್ನು ಯಾವಾಗಲೂ ಖಚಿತಪಡಿಸಿಕೊಳ್ಳಿ.

district-heading = { $district } ಜಿಲ್ಲೆ ({ $state })
district-products = ರಫ್ತು ವಸ್ತುಗಳು: { $products }
district-no-products = ಈ ಜಿಲ್ಲೆಯ ರಫ್ತು ವಸ್ತುಗಳು ಇನ್ನೂ ನನ್ನ ಪಟ್ಟಿಯಲ್ಲಿ ಇಲ್ಲ. ಜಿಲ್ಲಾ ಕೈಗಾರಿಕಾ ಕೇಂದ್ರದಲ್ಲಿ (DIC) ಜಿಲ್ಲಾ ರಫ್ತು ಕ್ರಿಯಾ ಯೋಜನೆ (District Export Action Plan) ಇರುತ್ತದೆ.
district-depc = ಜಿಲ್ಲಾ ರಫ್ತು ಉತ್ತೇಜನ ಸಮಿತಿ (DEPC): ಜಿಲ್ಲಾಧಿಕಾರಿ / DM ಅಧ್ಯಕ್ಷರು, DGFT ಪ್ರಾದೇಶಿಕ ಕಚೇರಿ (Regional Authority) ಸಹ-ಅಧ್ಯಕ್ಷರು, ಜಿಲ್ಲಾ ಕೈಗಾರಿಕಾ ಕೇಂದ್ರದ ಜನರಲ್ ಮ್ಯಾನೇಜರ್ ಸಂಚಾಲಕರು.
district-ra = DGFT ಪ್ರಾದೇಶಿಕ ಕಚೇರಿ (Regional Authority): { $ra }
district-source = ಆಧಾರ: { $cite }

policy-free = ಮುಕ್ತ (ರಫ್ತಿಗೆ ಅನುಮತಿ ಬೇಕಿಲ್ಲ)
policy-restricted = ನಿರ್ಬಂಧಿತ (ರಫ್ತಿಗೆ DGFT ಅನುಮತಿ ಬೇಕು)
policy-prohibited = ನಿಷೇಧಿತ (ರಫ್ತು ಮಾಡಲು ಸಾಧ್ಯವಿಲ್ಲ)
policy-ste = STE (ರಾಜ್ಯ ವ್ಯಾಪಾರ ಸಂಸ್ಥೆಯ ಮೂಲಕ ಮಾತ್ರ ರಫ್ತು)
