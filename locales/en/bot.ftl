# Strings of the Telegram bot. Keep commands (/help, /district ...) in Latin letters.

start-greeting = Namaste! I answer questions about exporting from India: IEC, GST on exports, RoDTEP, EPCG, HS codes, export councils, Dak Ghar Niryat Kendra and more. Ask in your own language.
start-pick-language = Choose your language:
start-pick-district = Which district are you in? Type its name or your 6-digit PIN code, so I can connect you with your district's export officer.
language-set = Language set to English.
district-set = Your district is now { $district } ({ $state }).
district-confirm = Did you mean { $district } ({ $state })?
district-not-found = I could not find a district called "{ $query }". Type the district name again, or your 6-digit PIN code.
district-none = You have not chosen a district yet. Send /district followed by your district name or PIN code.
district-choose = Several districts match. Choose yours:

button-helpful = 👍
button-not-helpful = 👎
button-officer = Talk to an officer
button-yes = Yes
button-no = No
button-cancel = Cancel
button-more = Tell me more
button-confirm-forget = Yes, delete my data

feedback-thanks = Thank you for the feedback!
feedback-sorry = Sorry this did not help. Shall I pass your question to a district export officer?

help = I answer questions about exporting from India, in your language.
    Just type a question, for example "How do I get an IEC?" or "HS code for turmeric".
    Commands:
    /hs <code or product> – HS code, description and export policy
    /schemes – browse export schemes
    /district – your district, its export products and officers
    /language – change language
    /officer <question> – ask a district export officer
    /forget – delete everything stored about you
    /cancel – stop what you are doing

schemes-heading = Export schemes and topics. Choose one:
hs-usage = Send /hs followed by an HS code or a product, for example /hs 0910 or /hs turmeric.
cancelled = Done. Ask me anything about exporting.
nothing-to-cancel = There is nothing to cancel. Ask me anything about exporting.

forget-confirm = This deletes your language, district, questions and tickets from this bot. It cannot be undone. Continue?
forget-done = Everything stored about you has been deleted. Send /start to begin again.

unsupported-media = I can only read text messages. Please type your question, for example "What is RoDTEP?"
unknown-command = I do not know that command.
stale-button = This button is no longer active. Please ask your question again.
flood-notice = You are sending messages very quickly. Please wait a minute, then ask one question at a time.
error-generic = Sorry, something went wrong on my side. Please try again in a minute.

# The command menu (setMyCommands), one description per command.
cmd-start = Start and choose your language
cmd-help = What I can do
cmd-hs = HS code of a product or a code
cmd-schemes = Browse export schemes
cmd-district = Your district and its export products
cmd-language = Change the language
cmd-officer = Ask a district export officer
cmd-forget = Delete everything stored about you
cmd-cancel = Stop what you are doing

edited-message = I read only new messages. If you changed your question, please send it again as a new message.
did-you-mean = Did you mean:
