# Personal data (DPDP Act 2023): the notice at /start (what is stored, why, for how long), /mydata.
privacy-notice = আপনার তথ্য: আপনাকে উত্তর দিতে, আপনার প্রশ্ন আপনার জেলার রপ্তানি আধিকারিকের কাছে পৌঁছে দিতে এবং আমার উত্তর আরও ভালো করতে আমি শুধু আপনার Telegram id, ভাষা, জেলা, প্রশ্ন ও টিকিট রাখি। প্রশ্ন ও বন্ধ টিকিট { $days } দিন পরে মুছে ফেলা হয়। /mydata দিয়ে দেখুন কী রাখা আছে; /forget দিয়ে মুছে ফেলুন।
privacy-mydata-caption = এই বট আপনার সম্পর্কে যা কিছু রাখে, সব। /forget দিয়ে মুছে ফেলুন।
cmd-mydata = আপনার সম্পর্কে কী রাখা আছে দেখুন
