# Strings of an answer: the same text for `export-helpdesk ask` and the bot.
# Variables are shown as { $name }. Keep HS codes, scheme acronyms and URLs as they are.

answer-source = ଉତ୍ସ: { $cite }
answer-see-also = ଏହା ମଧ୍ୟ ଦେଖନ୍ତୁ: { $titles }
answer-reviewed = { $date } ରେ ଯାଞ୍ଚ କରାଯାଇଛି
answer-english-only = (ଏହି ଉତ୍ତର ଏପର୍ଯ୍ୟନ୍ତ ଆପଣଙ୍କ ଭାଷାରେ ଉପଲବ୍ଧ ନାହିଁ, ତେଣୁ ଇଂରାଜୀରେ ଦେଖାଯାଉଛି।)
answer-not-found = ମୋ ସୂଚନା ଭଣ୍ଡାରରେ ଏହାର ଭରସାଯୋଗ୍ୟ ଉତ୍ତର ମିଳିଲା ନାହିଁ। ଜିଲ୍ଲା ରପ୍ତାନି ଅଧିକାରୀ ସାହାଯ୍ୟ କରିପାରିବେ: "ଅଧିକାରୀଙ୍କ ସହ କଥା ହୁଅନ୍ତୁ" ଦବାନ୍ତୁ, କିମ୍ବା /officer ପରେ ଆପଣଙ୍କ ପ୍ରଶ୍ନ ଲେଖି ପଠାନ୍ତୁ।
answer-empty-question = ଦୟାକରି ଆପଣଙ୍କ ପ୍ରଶ୍ନ ଶବ୍ଦରେ ଲେଖନ୍ତୁ, ଯେପରି: "IEC କିପରି ପାଇବି?"
answer-too-long = ଆପଣଙ୍କ ମେସେଜ୍ ବହୁତ ଲମ୍ବା। ମୁଁ କେବଳ ପ୍ରଥମ ଅଂଶ ପଢ଼ିଲି; ଭଲ ଉତ୍ତର ପାଇଁ, ଥରକେ ଗୋଟିଏ ଛୋଟ ପ୍ରଶ୍ନ ପଚାରନ୍ତୁ।
answer-did-you-mean = ଆପଣ କ'ଣ ଏହା କହିବାକୁ ଚାହୁଁଥିଲେ:
answer-low-confidence = ଆପଣ ଏହା ହିଁ ପଚାରିଥିଲେ କି ନାହିଁ, ମୁଁ ନିଶ୍ଚିତ ନୁହେଁ। ଏହା ସାହାଯ୍ୟ ନକଲେ, ଜଣେ ଅଧିକାରୀ ଆପଣଙ୍କୁ ଉତ୍ତର ଦେଇପାରିବେ।
answer-middle = ମୋତେ ଲାଗୁଛି ଆପଣ ଏହା ପଚାରୁଛନ୍ତି:
answer-middle-officer = ଉତ୍ତର ପଢ଼ିବାକୁ ଏହାକୁ ଦବାନ୍ତୁ। ଯଦି ଆପଣ ଅନ୍ୟ କିଛି କହିବାକୁ ଚାହୁଁଥିଲେ, ଜିଲ୍ଲା ରପ୍ତାନି ଅଧିକାରୀ ସାହାଯ୍ୟ କରିପାରିବେ: "ଅଧିକାରୀଙ୍କ ସହ କଥା ହୁଅନ୍ତୁ" ଦବାନ୍ତୁ।
answer-more = ଅଧିକ ଜାଣନ୍ତୁ
answer-see-also-heading = ଏହା ମଧ୍ୟ ଦେଖନ୍ତୁ:
answer-switch-language = ଏବେଠାରୁ ମୋତେ { $language } ରେ ଉତ୍ତର ଦିଅନ୍ତୁ

hs-heading = HS କୋଡ୍ { $code }: { $description }
hs-parents = ଏହା ଅନ୍ତର୍ଗତ: { $path }
hs-children = ଏଥିରେ ଆଉ { $count }ଟି ବିସ୍ତୃତ କୋଡ୍ ଅଛି, ଯେପରି:
hs-policy = ରପ୍ତାନି ନୀତି: { $policy }
hs-policy-unknown = ରପ୍ତାନି ନୀତି: ଏହି କୋଡ୍‌ର ବର୍ତ୍ତମାନ ନୀତି ପାଇଁ dgft.gov.in ରେ ITC(HS) ଅନୁସୂଚୀ 2 (Schedule 2) ଦେଖନ୍ତୁ।
hs-policy-conditions = ସର୍ତ୍ତାବଳୀ: { $conditions }
hs-not-found = ITC(HS) ତାଲିକାରେ HS କୋଡ୍ { $code } ମିଳିଲା ନାହିଁ। ଅଙ୍କଗୁଡ଼ିକ ଯାଞ୍ଚ କରନ୍ତୁ, କିମ୍ବା ଜିନିଷର ନାମ କହି ମୋତେ ପଚାରନ୍ତୁ।
hs-product = { $product }: HS { $codes }
hs-product-heading = { $product } ପାଇଁ HS କୋଡ୍:
hs-attribution = HS ବିବରଣୀ: HSN/SAC master, GSTN। ଆପଣଙ୍କ ସିପିଂ ବିଲ୍ (shipping bill) ପାଇଁ 8 ଅଙ୍କର କୋଡ୍ ସବୁବେଳେ ନିଶ୍ଚିତ କରନ୍ତୁ।

district-heading = { $district } ଜିଲ୍ଲା ({ $state })
district-products = ରପ୍ତାନି ଜିନିଷ: { $products }
district-no-products = ଏହି ଜିଲ୍ଲାର ରପ୍ତାନି ଜିନିଷ ଏପର୍ଯ୍ୟନ୍ତ ମୋ ତାଲିକାରେ ନାହିଁ। ଜିଲ୍ଲା ଶିଳ୍ପ କେନ୍ଦ୍ର (DIC) ପାଖରେ ଜିଲ୍ଲା ରପ୍ତାନି କାର୍ଯ୍ୟ ଯୋଜନା (District Export Action Plan) ଅଛି।
district-depc = ଜିଲ୍ଲା ରପ୍ତାନି ପ୍ରୋତ୍ସାହନ କମିଟି (DEPC): ଜିଲ୍ଲାପାଳ / DM ଅଧ୍ୟକ୍ଷ, DGFT ଆଞ୍ଚଳିକ କାର୍ଯ୍ୟାଳୟ (Regional Authority) ସହ-ଅଧ୍ୟକ୍ଷ, ଏବଂ ଜିଲ୍ଲା ଶିଳ୍ପ କେନ୍ଦ୍ରର ଜେନେରାଲ ମ୍ୟାନେଜର ଆବାହକ (convener)।
district-ra = DGFT ଆଞ୍ଚଳିକ କାର୍ଯ୍ୟାଳୟ (Regional Authority): { $ra }
district-source = ଉତ୍ସ: { $cite }

policy-free = ମୁକ୍ତ (ରପ୍ତାନି ପାଇଁ ଅନୁମତି ଦରକାର ନାହିଁ)
policy-restricted = ସୀମିତ (ରପ୍ତାନି ପାଇଁ DGFT ଅନୁମତି ଦରକାର)
policy-prohibited = ନିଷିଦ୍ଧ (ରପ୍ତାନି କରାଯାଇପାରିବ ନାହିଁ)
policy-ste = STE (କେବଳ ରାଜ୍ୟ ବାଣିଜ୍ୟ ସଂସ୍ଥା ମାଧ୍ୟମରେ ରପ୍ତାନି)
