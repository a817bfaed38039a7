# Strings of escalation to district officers: what users and officers see about tickets.

ticket-opened = Your question has been passed to the export desk of { $district } district as ticket #{ $ticket }. An officer usually replies within { $hours } hours. You will get the answer here.
ticket-need-district = To pass your question to the right officer I need your district. Type your district name or 6-digit PIN code.
ticket-confirm-officer = Shall I pass your question to a district export officer?
ticket-officer-usage = Send /officer followed by your question, for example: /officer How do I export handicrafts by post?
ticket-answer = Answer from the { $district } district export desk (ticket #{ $ticket }):
    { $text }
ticket-followup-sent = Sent to the officer handling ticket #{ $ticket }.
ticket-closed-user = Ticket #{ $ticket } is closed. How helpful was the answer? (1 = not at all, 5 = very)
ticket-rating-thanks = Thank you for rating the answer.
ticket-already-open = You already have an open ticket #{ $ticket }. Your message has been added to it.

officer-new-ticket = New ticket #{ $ticket } from { $district } ({ $state }), in { $language }:
    { $question }
    Bot's best guess: { $guess }
officer-followup = Follow-up on ticket #{ $ticket }:
    { $text }
officer-claim = Claim
officer-transfer = Transfer
officer-claimed = Ticket #{ $ticket } is yours. Reply to the ticket message, or send /reply { $ticket } followed by your answer.
officer-claimed-by-other = Ticket #{ $ticket } is already handled by { $officer }.
officer-reply-sent = Your answer to ticket #{ $ticket } was sent to the user.
officer-closed = Ticket #{ $ticket } is closed.
officer-transferred = Ticket #{ $ticket } was transferred to { $target }.
officer-queue-empty = No open tickets in your jurisdiction.
officer-queue-heading = Open tickets in your jurisdiction:
officer-queue-line = #{ $ticket } · { $district } · { $age } h · { $status } · { $question }
officer-not-registered = This command is only for registered export officers.
officer-not-jurisdiction = Ticket #{ $ticket } is not in your jurisdiction.
officer-no-such-ticket = There is no ticket #{ $ticket }.
officer-usage-reply = Usage: /reply <ticket number> <your answer>
officer-usage-close = Usage: /close <ticket number>
officer-usage-transfer = Usage: /transfer <ticket number> <district or state>
officer-joined = Welcome, { $name }. You are now registered as an export officer for { $jurisdiction }.
officer-bad-invite = This invite code is not valid or was already used.
officer-sla-reminder = Reminder: ticket #{ $ticket } has waited { $hours } hours for an answer.
officer-escalated = Ticket #{ $ticket } was not answered in { $hours } hours and has been escalated to you.
admin-kb-reload-failed = The knowledge base was changed but has errors; the bot keeps the previous version. First error: { $error }
officer-invite-created = One-time invite code for an officer of { $jurisdiction }: { $code }
    The officer sends /join { $code } to this bot.
officer-usage-invite = Usage: /invite district <district> | state <state> | ra <authority id> | admin
officer-status-new = new
officer-status-claimed = claimed
officer-all-india = all of India
