# Strings of escalation to district officers: what users and officers see about tickets.

ticket-opened = আপনার প্রশ্নটি { $district } জেলার রপ্তানি ডেস্কে টিকিট #{ $ticket } হিসেবে পাঠানো হয়েছে। আধিকারিক সাধারণত { $hours } ঘণ্টার মধ্যে উত্তর দেন। উত্তর আপনি এখানেই পাবেন।
ticket-need-district = আপনার প্রশ্ন সঠিক আধিকারিকের কাছে পাঠাতে আপনার জেলা জানা দরকার। আপনার জেলার নাম বা ৬ অঙ্কের PIN কোড লিখুন।
ticket-confirm-officer = আপনার প্রশ্নটি কি জেলার রপ্তানি আধিকারিকের কাছে পাঠিয়ে দেব?
ticket-officer-usage = /officer লিখে তার পরে আপনার প্রশ্ন পাঠান, যেমন: /officer ডাকে হস্তশিল্প কীভাবে রপ্তানি করব?
ticket-answer = { $district } জেলার রপ্তানি ডেস্ক থেকে উত্তর (টিকিট #{ $ticket }):
    { $text }
ticket-followup-sent = টিকিট #{ $ticket } দেখছেন এমন আধিকারিকের কাছে পাঠানো হয়েছে।
ticket-closed-user = টিকিট #{ $ticket } বন্ধ হয়েছে। উত্তরটি কতটা কাজে লাগল? (1 = একদম না, 5 = খুব)
ticket-rating-thanks = উত্তরের মূল্যায়ন করার জন্য ধন্যবাদ।
ticket-already-open = আপনার টিকিট #{ $ticket } আগে থেকেই খোলা আছে। আপনার বার্তাটি তাতে যোগ করা হয়েছে।

officer-new-ticket = নতুন টিকিট #{ $ticket }, { $district } ({ $state }) থেকে, ভাষা { $language }:
    { $question }
    বটের অনুমান: { $guess }
officer-followup = টিকিট #{ $ticket } নিয়ে পরবর্তী বার্তা:
    { $text }
officer-claim = দায়িত্ব নিন
officer-transfer = হস্তান্তর
officer-claimed = টিকিট #{ $ticket } এখন আপনার। টিকিটের বার্তায় রিপ্লাই দিন, অথবা /reply { $ticket } লিখে তার পরে আপনার উত্তর পাঠান।
officer-claimed-by-other = টিকিট #{ $ticket } আগে থেকেই { $officer } দেখছেন।
officer-reply-sent = টিকিট #{ $ticket }-এর আপনার উত্তর ব্যবহারকারীকে পাঠানো হয়েছে।
officer-closed = টিকিট #{ $ticket } বন্ধ হয়েছে।
officer-transferred = টিকিট #{ $ticket } { $target }-এর কাছে হস্তান্তর করা হয়েছে।
officer-queue-empty = আপনার এলাকায় কোনো খোলা টিকিট নেই।
officer-queue-heading = আপনার এলাকার খোলা টিকিট:
officer-queue-line = #{ $ticket } · { $district } · { $age } ঘণ্টা · { $status } · { $question }
officer-not-registered = এই কমান্ড শুধু নথিভুক্ত রপ্তানি আধিকারিকদের জন্য।
officer-not-jurisdiction = টিকিট #{ $ticket } আপনার এলাকার মধ্যে পড়ে না।
officer-no-such-ticket = টিকিট #{ $ticket } নামে কিছু নেই।
officer-usage-reply = ব্যবহার: /reply <টিকিট নম্বর> <আপনার উত্তর>
officer-usage-close = ব্যবহার: /close <টিকিট নম্বর>
officer-usage-transfer = ব্যবহার: /transfer <টিকিট নম্বর> <জেলা বা রাজ্য>
officer-joined = স্বাগত, { $name }। আপনি এখন { $jurisdiction }-এর রপ্তানি আধিকারিক হিসেবে নথিভুক্ত।
officer-bad-invite = এই আমন্ত্রণ কোডটি সঠিক নয় অথবা আগেই ব্যবহার করা হয়েছে।
officer-sla-reminder = মনে করিয়ে দিচ্ছি: টিকিট #{ $ticket } { $hours } ঘণ্টা ধরে উত্তরের অপেক্ষায় আছে।
officer-escalated = টিকিট #{ $ticket }-এর { $hours } ঘণ্টার মধ্যে উত্তর দেওয়া হয়নি, তাই এটি আপনার কাছে পাঠানো হয়েছে।
admin-kb-reload-failed = তথ্যভান্ডার (knowledge base) বদলানো হয়েছে কিন্তু তাতে ভুল আছে; বট আগের সংস্করণটিই ব্যবহার করছে। প্রথম ভুল: { $error }
officer-invite-created = { $jurisdiction }-এর একজন আধিকারিকের জন্য একবার ব্যবহারযোগ্য আমন্ত্রণ কোড: { $code }
    আধিকারিক এই বটে /join { $code } পাঠাবেন।
officer-usage-invite = ব্যবহার: /invite district <জেলা> | state <রাজ্য> | ra <কর্তৃপক্ষের ID> | admin
officer-status-new = নতুন
officer-status-claimed = নেওয়া হয়েছে
officer-all-india = সমগ্র ভারত
