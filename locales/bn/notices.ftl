# সাবস্ক্রিপশন ও বিজ্ঞপ্তি: আপডেট নিয়ে ব্যবহারকারীরা যা দেখেন, আর /announce নিয়ে আধিকারিকরা।

cmd-subscribe = আপনার জেলা, পণ্য বা বিষয়ের আপডেট পান
cmd-notices = আপনার জন্য বর্তমান বিজ্ঞপ্তি

subscribe-button-district = আমার জেলার আপডেট পাঠান
subscribe-menu = কোন বিষয়ে আপডেট চান? একাধিক বেছে নিতে পারেন।
subscribe-option-state = একটি রাজ্য
subscribe-option-product = পণ্য বা HS অধ্যায়
topic-schemes = প্রকল্প
topic-gst-customs = জিএসটি ও শুল্ক
topic-deadlines = শেষ তারিখ
topic-events = বাণিজ্য মেলা ও অনুষ্ঠান
subscribe-ask-state = রাজ্যের নাম লিখুন, যেমন পশ্চিমবঙ্গ বা West Bengal।
subscribe-ask-product = যেকোনো ভাষায় পণ্যের নাম, বা HS অধ্যায় বা শিরোনাম লিখুন, যেমন হলুদ, turmeric বা 0910।
subscribe-done = হয়ে গেছে: আপনি { $what } বিষয়ে আপডেট পাবেন। /subscriptions আপনার আপডেট দেখায়; /unsubscribe বা STOP সব বন্ধ করে।
subscribe-already = আপনি ইতিমধ্যে { $what } বিষয়ে আপডেট পাচ্ছেন।
subscribe-need-district = আগে আপনার জেলা জানান: তার নাম বা ৬ অঙ্কের পিন কোড লিখুন। তারপর বোতামটি আবার চাপুন বা /subscribe পাঠান।
subscribe-state-unknown = “{ $query }” নামে কোনো রাজ্য আমি জানি না। আবার চেষ্টা করতে /subscribe পাঠান।
subscribe-product-unknown = “{ $query }”-এর জন্য কোনো পণ্য বা HS কোড পাইনি। অন্য নাম বা কোড দিয়ে আবার /subscribe পাঠান।
subscriptions-none = আপনি কোনো আপডেট পাচ্ছেন না। বেছে নিতে /subscribe পাঠান।
subscriptions-heading = আপনার আপডেট। সরাতে একটিতে চাপুন:
subscriptions-paused = (স্থগিত)
subscribe-removed = সরানো হয়েছে: { $what }।
unsubscribe-done = আপনার সব আপডেট বন্ধ হয়েছে। আর কোনো বিজ্ঞপ্তি পাবেন না। আবার শুরু করতে /subscribe পাঠান।
unsubscribe-none = আপনি কোনো আপডেট পাচ্ছিলেন না।

notices-none = এখন আপনার জন্য কোনো বিজ্ঞপ্তি নেই।
notices-heading = আপনার জন্য বর্তমান বিজ্ঞপ্তি:
notice-kind-policy-change = নীতি পরিবর্তন
notice-kind-deadline = শেষ তারিখ
notice-kind-event = অনুষ্ঠান
notice-kind-outreach = সচেতনতা কর্মসূচি
notice-event-line = কবে: { $starts } · কোথায়: { $place } · আয়োজক: { $organiser }
notice-in-english = এই বিজ্ঞপ্তি এখনও আপনার ভাষায় নেই, তাই ইংরেজিতে দেখানো হল।
notice-button-remind = আগের দিন মনে করিয়ে দিন
notice-button-done = হয়ে গেছে
notice-button-ask = এ বিষয়ে জিজ্ঞাসা করুন
notice-reminder = মনে করিয়ে দিচ্ছি, আগামীকাল: { $title } — { $starts }, { $place }।
notice-reminder-set = আমি আগের দিন আপনাকে মনে করিয়ে দেব।
notice-done-marked = এই বছরের জন্য সম্পূর্ণ হিসেবে চিহ্নিত হল।

announce-usage = /announce-এর পরে সদস্যদের জন্য লেখাটি পাঠান। অনুবাদ যোগ করতে লাইনের শুরুতে ভাষার কোড দিন, যেমন "bn: ..."। অ্যাডমিনরা শুরুতে "state Rajasthan:" বা "all:" লিখতে পারেন।
announce-heading = { $desk } রপ্তানি ডেস্কের ঘোষণা
announce-preview = প্রিভিউ: সদস্যরা এটাই পাবেন। পাঠাবেন?
announce-button-send = পাঠান
announce-no-english = ঘোষণায় ইংরেজি লেখা লাগবে: "bn: ..." জাতীয় কোনো ভাষা-লাইনের আগের লাইনগুলো ইংরেজি ধরা হয়।
announce-too-long = লেখাটি একটি বার্তার পক্ষে খুব বড়। দয়া করে ছোট করুন।
announce-unknown-target = ওই জেলা বা রাজ্য আমি জানি না। যেমন লিখুন "district Moradabad: লেখা" বা "state Rajasthan: লেখা"।
announce-not-jurisdiction = আপনি শুধু নিজের এক্তিয়ারেই ঘোষণা করতে পারেন।
announce-limited = এই সপ্তাহে এই জেলা বা রাজ্যে ইতিমধ্যে { $limit }টি ঘোষণা গেছে। পরে আবার চেষ্টা করুন।
announce-sent = আপনার ঘোষণা সদস্যদের কাছে পাঠানো হচ্ছে।
announce-already = এই ঘোষণা আগেই পাঠানো হয়েছে।
