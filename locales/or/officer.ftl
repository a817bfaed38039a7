# Strings of escalation to district officers: what users and officers see about tickets.

ticket-opened = ଆପଣଙ୍କ ପ୍ରଶ୍ନ { $district } ଜିଲ୍ଲାର ରପ୍ତାନି ଡେସ୍କକୁ ଟିକେଟ୍ #{ $ticket } ଭାବେ ପଠାଯାଇଛି। ଅଧିକାରୀ ସାଧାରଣତଃ { $hours } ଘଣ୍ଟା ଭିତରେ ଉତ୍ତର ଦିଅନ୍ତି। ଉତ୍ତର ଆପଣ ଏଠାରେ ହିଁ ପାଇବେ।
ticket-need-district = ଆପଣଙ୍କ ପ୍ରଶ୍ନ ଠିକ୍ ଅଧିକାରୀଙ୍କ ପାଖକୁ ପଠାଇବା ପାଇଁ ମୋତେ ଆପଣଙ୍କ ଜିଲ୍ଲା ଦରକାର। ଆପଣଙ୍କ ଜିଲ୍ଲାର ନାମ କିମ୍ବା 6 ଅଙ୍କର PIN କୋଡ୍ ଲେଖନ୍ତୁ।
ticket-confirm-officer = ଆପଣଙ୍କ ପ୍ରଶ୍ନ ଜିଲ୍ଲା ରପ୍ତାନି ଅଧିକାରୀଙ୍କ ପାଖକୁ ପଠାଇବି କି?
ticket-officer-usage = /officer ପରେ ଆପଣଙ୍କ ପ୍ରଶ୍ନ ଲେଖି ପଠାନ୍ତୁ, ଯେପରି: /officer ହସ୍ତଶିଳ୍ପ ଜିନିଷ ଡାକ ଯୋଗେ କିପରି ରପ୍ତାନି କରିବି?
ticket-answer = { $district } ଜିଲ୍ଲା ରପ୍ତାନି ଡେସ୍କରୁ ଉତ୍ତର (ଟିକେଟ୍ #{ $ticket }):
    { $text }
ticket-followup-sent = ଟିକେଟ୍ #{ $ticket } ଦେଖୁଥିବା ଅଧିକାରୀଙ୍କ ପାଖକୁ ପଠାଗଲା।
ticket-closed-user = ଟିକେଟ୍ #{ $ticket } ବନ୍ଦ ହୋଇଗଲା। ଉତ୍ତର କେତେ ସାହାଯ୍ୟ କଲା? (1 = ଆଦୌ ନୁହେଁ, 5 = ବହୁତ)
ticket-rating-thanks = ଉତ୍ତରକୁ ମୂଲ୍ୟାଙ୍କନ କରିଥିବାରୁ ଧନ୍ୟବାଦ।
ticket-already-open = ଆପଣଙ୍କର ଟିକେଟ୍ #{ $ticket } ପୂର୍ବରୁ ଖୋଲା ଅଛି। ଆପଣଙ୍କ ମେସେଜ୍ ସେଥିରେ ଯୋଡ଼ାଗଲା।

officer-new-ticket = ନୂଆ ଟିକେଟ୍ #{ $ticket }, { $district } ({ $state }) ରୁ, { $language } ଭାଷାରେ:
    { $question }
    Bot ର ସର୍ବୋତ୍ତମ ଅନୁମାନ: { $guess }
officer-followup = ଟିକେଟ୍ #{ $ticket } ଉପରେ ପରବର୍ତ୍ତୀ ମେସେଜ୍:
    { $text }
officer-claim = ମୁଁ ନେଉଛି
officer-transfer = ସ୍ଥାନାନ୍ତର କରନ୍ତୁ
officer-claimed = ଟିକେଟ୍ #{ $ticket } ଏବେ ଆପଣଙ୍କର। ଟିକେଟ୍ ମେସେଜ୍‌କୁ reply କରନ୍ତୁ, କିମ୍ବା /reply { $ticket } ପରେ ଆପଣଙ୍କ ଉତ୍ତର ଲେଖି ପଠାନ୍ତୁ।
officer-claimed-by-other = ଟିକେଟ୍ #{ $ticket } ପୂର୍ବରୁ { $officer } ଦେଖୁଛନ୍ତି।
officer-reply-sent = ଟିକେଟ୍ #{ $ticket } ପାଇଁ ଆପଣଙ୍କ ଉତ୍ତର ବ୍ୟବହାରକାରୀଙ୍କୁ ପଠାଗଲା।
officer-closed = ଟିକେଟ୍ #{ $ticket } ବନ୍ଦ ହୋଇଗଲା।
officer-transferred = ଟିକେଟ୍ #{ $ticket } { $target } କୁ ସ୍ଥାନାନ୍ତର କରାଗଲା।
officer-queue-empty = ଆପଣଙ୍କ ଅଧିକାର କ୍ଷେତ୍ରରେ କୌଣସି ଖୋଲା ଟିକେଟ୍ ନାହିଁ।
officer-queue-heading = ଆପଣଙ୍କ ଅଧିକାର କ୍ଷେତ୍ରରେ ଖୋଲା ଟିକେଟ୍:
officer-queue-line = #{ $ticket } · { $district } · { $age } ଘଣ୍ଟା · { $status } · { $question }
officer-not-registered = ଏହି କମାଣ୍ଡ କେବଳ ପଞ୍ଜୀକୃତ ରପ୍ତାନି ଅଧିକାରୀଙ୍କ ପାଇଁ।
officer-not-jurisdiction = ଟିକେଟ୍ #{ $ticket } ଆପଣଙ୍କ ଅଧିକାର କ୍ଷେତ୍ରରେ ନାହିଁ।
officer-no-such-ticket = ଟିକେଟ୍ #{ $ticket } ବୋଲି କିଛି ନାହିଁ।
officer-usage-reply = ବ୍ୟବହାର: /reply <ଟିକେଟ୍ ନମ୍ବର> <ଆପଣଙ୍କ ଉତ୍ତର>
officer-usage-close = ବ୍ୟବହାର: /close <ଟିକେଟ୍ ନମ୍ବର>
officer-usage-transfer = ବ୍ୟବହାର: /transfer <ଟିକେଟ୍ ନମ୍ବର> <ଜିଲ୍ଲା କିମ୍ବା ରାଜ୍ୟ>
officer-joined = ସ୍ୱାଗତ, { $name }। ଆପଣ ଏବେ { $jurisdiction } ପାଇଁ ରପ୍ତାନି ଅଧିକାରୀ ଭାବେ ପଞ୍ଜୀକୃତ ହେଲେ।
officer-bad-invite = ଏହି ନିମନ୍ତ୍ରଣ କୋଡ୍ ବୈଧ ନୁହେଁ, କିମ୍ବା ପୂର୍ବରୁ ବ୍ୟବହାର ହୋଇସାରିଛି।
officer-sla-reminder = ସ୍ମରଣ: ଟିକେଟ୍ #{ $ticket } ଉତ୍ତର ପାଇଁ { $hours } ଘଣ୍ଟା ହେଲା ଅପେକ୍ଷା କରୁଛି।
officer-escalated = ଟିକେଟ୍ #{ $ticket } ର { $hours } ଘଣ୍ଟା ଭିତରେ ଉତ୍ତର ମିଳିନଥିଲା, ତେଣୁ ଏହାକୁ ଆପଣଙ୍କ ପାଖକୁ ପଠାଯାଇଛି।
admin-kb-reload-failed = ସୂଚନା ଭଣ୍ଡାର ବଦଳାଯାଇଛି କିନ୍ତୁ ସେଥିରେ ତ୍ରୁଟି ଅଛି; bot ପୂର୍ବ ସଂସ୍କରଣ ହିଁ ବ୍ୟବହାର କରୁଛି। ପ୍ରଥମ ତ୍ରୁଟି: { $error }
officer-invite-created = { $jurisdiction } ର ଅଧିକାରୀଙ୍କ ପାଇଁ ଥରେ ମାତ୍ର ବ୍ୟବହାର ହୋଇପାରୁଥିବା ନିମନ୍ତ୍ରଣ କୋଡ୍: { $code }
    ଅଧିକାରୀ ଏହି bot କୁ /join { $code } ପଠାଇବେ।
officer-usage-invite = ବ୍ୟବହାର: /invite district <ଜିଲ୍ଲା> | state <ରାଜ୍ୟ> | ra <ପ୍ରାଧିକରଣ ID> | admin
officer-status-new = ନୂଆ
officer-status-claimed = ନିଆଯାଇଛି
officer-all-india = ସମଗ୍ର ଭାରତ
