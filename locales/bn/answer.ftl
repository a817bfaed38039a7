# Strings of an answer: the same text for `export-helpdesk ask` and the bot.
# Variables are shown as { $name }. Keep HS codes, scheme acronyms and URLs as they are.

answer-source = সূত্র: { $cite }
answer-see-also = আরও দেখুন: { $titles }
answer-reviewed = { $date } তারিখে যাচাই করা হয়েছে
answer-english-only = (এই উত্তরটি এখনও আপনার ভাষায় পাওয়া যায় না, তাই ইংরেজিতে দেখানো হল।)
answer-not-found = আমার তথ্যভান্ডারে এর কোনো নির্ভরযোগ্য উত্তর পেলাম না। জেলার রপ্তানি আধিকারিক আপনাকে সাহায্য করতে পারেন: "আধিকারিকের সাথে কথা বলুন" টিপুন, অথবা /officer লিখে তার পরে আপনার প্রশ্ন পাঠান।
answer-empty-question = অনুগ্রহ করে আপনার প্রশ্নটি কথায় লিখুন, যেমন: "IEC কীভাবে পাব?"
answer-too-long = আপনার বার্তাটি খুব লম্বা। আমি শুধু প্রথম অংশটুকু পড়েছি; ভালো উত্তরের জন্য একবারে একটি ছোট প্রশ্ন করুন।
answer-did-you-mean = আপনি কি এটা বোঝাতে চেয়েছেন:
answer-low-confidence = আপনি ঠিক এটাই জানতে চেয়েছেন কিনা, আমি নিশ্চিত নই। এতে কাজ না হলে একজন আধিকারিক আপনাকে উত্তর দিতে পারেন।
answer-middle = আমার মনে হয় আপনি এটা জানতে চাইছেন:
answer-middle-officer = উত্তর পড়তে সেটি টিপুন। অন্য কিছু বোঝাতে চাইলে জেলার রপ্তানি আধিকারিক সাহায্য করতে পারেন: "আধিকারিকের সাথে কথা বলুন" টিপুন।
answer-more = আরও জানুন
answer-see-also-heading = আরও দেখুন:
answer-switch-language = এখন থেকে { $language } ভাষায় উত্তর দিন

hs-heading = HS কোড { $code }: { $description }
hs-parents = এর অন্তর্গত: { $path }
hs-children = এর মধ্যে আরও { $count }টি সুনির্দিষ্ট কোড আছে, যেমন:
hs-policy = রপ্তানি নীতি: { $policy }
hs-policy-unknown = রপ্তানি নীতি: এই কোডের বর্তমান নীতি জানতে dgft.gov.in-এ ITC(HS) Schedule 2 দেখুন।
hs-policy-conditions = শর্ত: { $conditions }
hs-not-found = ITC(HS) তালিকায় HS কোড { $code } পেলাম না। সংখ্যাগুলি আবার দেখুন, অথবা পণ্যের নাম দিয়ে জিজ্ঞাসা করুন।
hs-product = { $product }: HS { $codes }
hs-product-heading = { $product }-এর HS কোড:
hs-attribution = HS বিবরণ: HSN/SAC মাস্টার, GSTN। শিপিং বিলের জন্য ৮ অঙ্কের কোডটি সবসময় নিশ্চিত করে নিন।

district-heading = { $district } জেলা ({ $state })
district-products = রপ্তানি পণ্য: { $products }
district-no-products = এই জেলার রপ্তানি পণ্য এখনও আমার তালিকায় নেই। জেলা শিল্প কেন্দ্রের (DIC) কাছে জেলা রপ্তানি কর্ম পরিকল্পনা (District Export Action Plan) আছে।
district-depc = জেলা রপ্তানি প্রসার কমিটি (DEPC): সভাপতি জেলাশাসক / DM, সহ-সভাপতি DGFT আঞ্চলিক কর্তৃপক্ষ, এবং আহ্বায়ক জেলা শিল্প কেন্দ্রের জেনারেল ম্যানেজার।
district-ra = DGFT আঞ্চলিক কর্তৃপক্ষ: { $ra }
district-source = সূত্র: { $cite }

policy-free = অবাধ (রপ্তানির জন্য কোনো অনুমতি লাগে না)
policy-restricted = সীমাবদ্ধ (রপ্তানির জন্য DGFT-এর অনুমতি লাগে)
policy-prohibited = নিষিদ্ধ (রপ্তানি করা যায় না)
policy-ste = STE (শুধু রাজ্য বাণিজ্য সংস্থার মাধ্যমে রপ্তানি)
