# Personal data (DPDP Act 2023): the notice at /start (what is stored, why, for how long), /mydata.
privacy-notice = ଆପଣଙ୍କ ତଥ୍ୟ: ଆପଣଙ୍କୁ ଉତ୍ତର ଦେବା, ଆପଣଙ୍କ ପ୍ରଶ୍ନ ଆପଣଙ୍କ ଜିଲ୍ଲାର ରପ୍ତାନି ଅଧିକାରୀଙ୍କ ପାଖରେ ପହଞ୍ଚାଇବା ଏବଂ ମୋ ଉତ୍ତରକୁ ଉନ୍ନତ କରିବା ପାଇଁ ହିଁ ମୁଁ ଆପଣଙ୍କ Telegram id, ଭାଷା, ଜିଲ୍ଲା, ପ୍ରଶ୍ନ ଓ ଟିକେଟ୍ ରଖେ। ପ୍ରଶ୍ନ ଓ ବନ୍ଦ ଟିକେଟ୍ { $days } ଦିନ ପରେ ଡିଲିଟ୍ ହୋଇଯାଏ। /mydata ରେ କଣ ରଖାଯାଇଛି ଦେଖନ୍ତୁ; /forget ରେ ଡିଲିଟ୍ କରନ୍ତୁ।
privacy-mydata-caption = ଏହି bot ଆପଣଙ୍କ ବିଷୟରେ ଯାହା ସବୁ ରଖେ। /forget ରେ ଏହାକୁ ଡିଲିଟ୍ କରନ୍ତୁ।
cmd-mydata = ଆପଣଙ୍କ ବିଷୟରେ କଣ ରଖାଯାଇଛି ଦେଖନ୍ତୁ
