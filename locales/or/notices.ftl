# ସଦସ୍ୟତା ଓ ବିଜ୍ଞପ୍ତି: ଅପଡେଟ ବିଷୟରେ ବ୍ୟବହାରକାରୀ ଯାହା ଦେଖନ୍ତି, ଓ /announce ବିଷୟରେ ଅଧିକାରୀମାନେ।

cmd-subscribe = ଆପଣଙ୍କ ଜିଲ୍ଲା, ଉତ୍ପାଦ ବା ବିଷୟର ଅପଡେଟ ପାଆନ୍ତୁ
cmd-notices = ଆପଣଙ୍କ ପାଇଁ ବର୍ତ୍ତମାନର ବିଜ୍ଞପ୍ତି

subscribe-button-district = ମୋ ଜିଲ୍ଲାର ଅପଡେଟ ପଠାନ୍ତୁ
subscribe-menu = କେଉଁ ବିଷୟରେ ଅପଡେଟ ଚାହାନ୍ତି? ଏକାଧିକ ବାଛିପାରିବେ।
subscribe-option-state = ଏକ ରାଜ୍ୟ
subscribe-option-product = ଉତ୍ପାଦ ବା HS ଅଧ୍ୟାୟ
topic-schemes = ଯୋଜନା
topic-gst-customs = ଜିଏସଟି ଓ ସୀମାଶୁଳ୍କ
topic-deadlines = ଶେଷ ତାରିଖ
topic-events = ବାଣିଜ୍ୟ ମେଳା ଓ କାର୍ଯ୍ୟକ୍ରମ
subscribe-ask-state = ରାଜ୍ୟର ନାମ ଲେଖନ୍ତୁ, ଯଥା ଓଡ଼ିଶା ବା Odisha।
subscribe-ask-product = ଯେକୌଣସି ଭାଷାରେ ଉତ୍ପାଦର ନାମ, ବା HS ଅଧ୍ୟାୟ ବା ଶୀର୍ଷକ ଲେଖନ୍ତୁ, ଯଥା ହଳଦୀ, turmeric ବା 0910।
subscribe-done = ହୋଇଗଲା: ଆପଣ { $what } ବିଷୟରେ ଅପଡେଟ ପାଇବେ। /subscriptions ଆପଣଙ୍କ ଅପଡେଟ ଦେଖାଏ; /unsubscribe ବା STOP ସବୁ ବନ୍ଦ କରେ।
subscribe-already = ଆପଣ ପୂର୍ବରୁ { $what } ବିଷୟରେ ଅପଡେଟ ପାଉଛନ୍ତି।
subscribe-need-district = ପ୍ରଥମେ ଆପଣଙ୍କ ଜିଲ୍ଲା କୁହନ୍ତୁ: ତାହାର ନାମ ବା 6 ଅଙ୍କର ପିନ କୋଡ ଲେଖନ୍ତୁ। ତାପରେ ବଟନଟି ପୁଣି ଦବାନ୍ତୁ ବା /subscribe ପଠାନ୍ତୁ।
subscribe-state-unknown = “{ $query }” ନାମରେ କୌଣସି ରାଜ୍ୟ ମୁଁ ଜାଣେ ନାହିଁ। ପୁଣି ଚେଷ୍ଟା ପାଇଁ /subscribe ପଠାନ୍ତୁ।
subscribe-product-unknown = “{ $query }” ପାଇଁ କୌଣସି ଉତ୍ପାଦ ବା HS କୋଡ ମିଳିଲା ନାହିଁ। ଅନ୍ୟ ନାମ ବା କୋଡ ସହ /subscribe ପୁଣି ପଠାନ୍ତୁ।
subscriptions-none = ଆପଣ କୌଣସି ଅପଡେଟ ପାଉନାହାନ୍ତି। ବାଛିବା ପାଇଁ /subscribe ପଠାନ୍ତୁ।
subscriptions-heading = ଆପଣଙ୍କ ଅପଡେଟ। ହଟାଇବାକୁ ଗୋଟିଏ ଛୁଅନ୍ତୁ:
subscriptions-paused = (ସ୍ଥଗିତ)
subscribe-removed = ହଟାଗଲା: { $what }।
unsubscribe-done = ଆପଣଙ୍କ ସବୁ ଅପଡେଟ ବନ୍ଦ ହୋଇଗଲା। ଆଉ କୌଣସି ବିଜ୍ଞପ୍ତି ଆସିବ ନାହିଁ। ପୁଣି ଆରମ୍ଭ ପାଇଁ /subscribe ପଠାନ୍ତୁ।
unsubscribe-none = ଆପଣ କୌଣସି ଅପଡେଟ ପାଉ ନ ଥିଲେ।

notices-none = ବର୍ତ୍ତମାନ ଆପଣଙ୍କ ପାଇଁ କୌଣସି ବିଜ୍ଞପ୍ତି ନାହିଁ।
notices-heading = ଆପଣଙ୍କ ପାଇଁ ବର୍ତ୍ତମାନର ବିଜ୍ଞପ୍ତି:
notice-kind-policy-change = ନୀତି ପରିବର୍ତ୍ତନ
notice-kind-deadline = ଶେଷ ତାରିଖ
notice-kind-event = କାର୍ଯ୍ୟକ୍ରମ
notice-kind-outreach = ସଚେତନତା କାର୍ଯ୍ୟକ୍ରମ
notice-event-line = କେବେ: { $starts } · କେଉଁଠି: { $place } · ଆୟୋଜକ: { $organiser }
notice-in-english = ଏହି ବିଜ୍ଞପ୍ତି ଏପର୍ଯ୍ୟନ୍ତ ଆପଣଙ୍କ ଭାଷାରେ ଉପଲବ୍ଧ ନାହିଁ, ତେଣୁ ଇଂରାଜୀରେ ଦେଖାଯାଉଛି।
notice-button-remind = ଆଗଦିନ ମନେ ପକାଇ ଦିଅନ୍ତୁ
notice-button-done = ହୋଇଗଲା
notice-button-ask = ଏ ବିଷୟରେ ପଚାରନ୍ତୁ
notice-reminder = ମନେ ପକାଇ ଦେଉଛୁ, ଆସନ୍ତାକାଲି: { $title } — { $starts }, { $place }।
notice-reminder-set = ମୁଁ ଆପଣଙ୍କୁ ଆଗଦିନ ମନେ ପକାଇ ଦେବି।
notice-done-marked = ଏହି ବର୍ଷ ପାଇଁ ସମ୍ପୂର୍ଣ୍ଣ ଭାବେ ଚିହ୍ନିତ ହେଲା।

announce-usage = /announce ପରେ ସଦସ୍ୟଙ୍କ ପାଇଁ ବାର୍ତ୍ତା ପଠାନ୍ତୁ। ଅନୁବାଦ ଯୋଡ଼ିବାକୁ ଧାଡ଼ିଟି ଭାଷା କୋଡରେ ଆରମ୍ଭ କରନ୍ତୁ, ଯଥା "or: ..."। ଆଡମିନମାନେ ଆରମ୍ଭରେ "state Rajasthan:" ବା "all:" ଲେଖିପାରିବେ।
announce-heading = { $desk } ରପ୍ତାନି ଡେସ୍କର ଘୋଷଣା
announce-preview = ପୂର୍ବାବଲୋକନ: ସଦସ୍ୟମାନେ ଏହା ହିଁ ପାଇବେ। ପଠାଇବେ କି?
announce-button-send = ପଠାନ୍ତୁ
announce-no-english = ଘୋଷଣାରେ ଇଂରାଜୀ ଲେଖା ଆବଶ୍ୟକ: "or: ..." ପରି କୌଣସି ଭାଷା-ଧାଡ଼ି ପୂର୍ବର ଧାଡ଼ିଗୁଡ଼ିକ ଇଂରାଜୀ ବୋଲି ଧରାଯାଏ।
announce-too-long = ଏହି ଲେଖା ଗୋଟିଏ ବାର୍ତ୍ତା ପାଇଁ ବହୁତ ଲମ୍ବା। ଦୟାକରି ଛୋଟ କରନ୍ତୁ।
announce-unknown-target = ସେହି ଜିଲ୍ଲା ବା ରାଜ୍ୟ ମୁଁ ଜାଣେ ନାହିଁ। ଯଥା "district Moradabad: ଲେଖା" ବା "state Rajasthan: ଲେଖା" ଲେଖନ୍ତୁ।
announce-not-jurisdiction = ଆପଣ କେବଳ ନିଜ ଅଧିକାର କ୍ଷେତ୍ରରେ ହିଁ ଘୋଷଣା କରିପାରିବେ।
announce-limited = ଏହି ସପ୍ତାହରେ ଏହି ଜିଲ୍ଲା ବା ରାଜ୍ୟକୁ ପୂର୍ବରୁ { $limit }ଟି ଘୋଷଣା ଯାଇସାରିଛି। ପରେ ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।
announce-sent = ଆପଣଙ୍କ ଘୋଷଣା ସଦସ୍ୟଙ୍କ ପାଖକୁ ପଠାଯାଉଛି।
announce-already = ଏହି ଘୋଷଣା ପୂର୍ବରୁ ପଠାଯାଇସାରିଛି।
