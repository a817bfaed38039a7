# Strings of an answer: the same text for `export-helpdesk ask` and the bot.
# Variables are shown as { $name }. Keep HS codes, scheme acronyms and URLs as they are.

answer-source = Source: { $cite }
answer-see-also = See also: { $titles }
answer-reviewed = Checked on { $date }
answer-english-only = (This answer is not yet available in your language, so it is shown in English.)
answer-not-found = I could not find a reliable answer to this in my knowledge base. A district export officer can help: press "Talk to an officer", or send /officer followed by your question.
answer-empty-question = Please type your question in words, for example: "How do I get an IEC?"
answer-too-long = Your message is very long. I read its first part only; for a better answer, ask one short question at a time.
answer-did-you-mean = Did you mean:
answer-low-confidence = I am not sure this is what you asked. If it does not help, an officer can answer you.

# The middle band ("I think you mean"), the "More" button, see-also buttons, and the
# button that sets the user's language to the one their question was written in.
answer-middle = I think you mean:
answer-middle-officer = Tap it to read the answer. If you meant something else, a district export officer can help: press "Talk to an officer".
answer-more = More
answer-see-also-heading = See also:
answer-switch-language = Answer me in { $language } from now on

hs-heading = HS code { $code }: { $description }
hs-parents = Falls under: { $path }
hs-children = Includes { $count } more specific codes, for example:
hs-policy = Export policy: { $policy }
hs-policy-unknown = Export policy: check ITC(HS) Schedule 2 on dgft.gov.in for the current policy of this code.
hs-policy-conditions = Conditions: { $conditions }
hs-not-found = I found no HS code { $code } in the ITC(HS) list. Check the digits, or ask me for the product by name.
hs-product = { $product }: HS { $codes }
hs-product-heading = HS codes for { $product }:
hs-attribution = HS descriptions: HSN/SAC master, GSTN. Always confirm the 8-digit code for your shipping bill.

district-heading = { $district } district ({ $state })
district-products = Export products: { $products }
district-no-products = The export products of this district are not in my list yet. The District Industries Centre (DIC) has the District Export Action Plan.
district-depc = District Export Promotion Committee (DEPC): chaired by the District Collector / DM, co-chaired by the DGFT Regional Authority, with the General Manager of the District Industries Centre as convener.
district-ra = DGFT Regional Authority: { $ra }
district-source = Source: { $cite }

policy-free = Free (no export authorisation needed)
policy-restricted = Restricted (export needs an authorisation from DGFT)
policy-prohibited = Prohibited (cannot be exported)
policy-ste = STE (export only through a State Trading Enterprise)
