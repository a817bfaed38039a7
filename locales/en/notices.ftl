# Subscriptions and notices: what users see about updates, and officers about /announce.

cmd-subscribe = Get updates for your district, products or topics
cmd-notices = Current notices for you

subscribe-button-district = Send me updates for my district
subscribe-menu = What would you like updates about? You can choose more than one.
subscribe-option-state = A state
subscribe-option-product = Products or HS chapters
topic-schemes = Schemes
topic-gst-customs = GST and customs
topic-deadlines = Deadlines
topic-events = Trade fairs and events
subscribe-ask-state = Type the name of the state, for example Tamil Nadu.
subscribe-ask-product = Type a product in any language, or an HS chapter or heading, for example turmeric, हल्दी or 0910.
subscribe-done = Done: you will get updates about { $what }. /subscriptions lists your updates; /unsubscribe or STOP ends them all.
subscribe-already = You already get updates about { $what }.
subscribe-need-district = First tell me your district: type its name or 6-digit PIN code. Then press the button again or send /subscribe.
subscribe-state-unknown = I do not know a state called “{ $query }”. Send /subscribe to try again.
subscribe-product-unknown = I could not find a product or HS code for “{ $query }”. Send /subscribe to try again with another name or a code.
subscriptions-none = You get no updates. Send /subscribe to choose some.
subscriptions-heading = Your updates. Tap one to remove it:
subscriptions-paused = (paused)
subscribe-removed = Removed: { $what }.
unsubscribe-done = All your updates have stopped. You will get no more notices. Send /subscribe to start again.
unsubscribe-none = You were not getting any updates.

notices-none = There are no current notices for you.
notices-heading = Current notices for you:
notice-kind-policy-change = Policy change
notice-kind-deadline = Deadline
notice-kind-event = Event
notice-kind-outreach = Outreach programme
notice-event-line = When: { $starts } · Where: { $place } · Organised by { $organiser }
notice-in-english = This notice is not yet available in your language, so it is shown in English.
notice-button-remind = Remind me the day before
notice-button-done = Done
notice-button-ask = Ask about this
notice-reminder = Reminder, tomorrow: { $title } — { $starts }, { $place }.
notice-reminder-set = I will remind you the day before.
notice-done-marked = Marked as done for this year.

announce-usage = Send /announce followed by the text for your subscribers. Start a line with a language code to add a translation, for example "hi: ...". Admins may begin with "state Rajasthan:" or "all:".
announce-heading = Announcement from the { $desk } export desk
announce-preview = Preview: this is what subscribers will get. Send it?
announce-button-send = Send
announce-no-english = An announcement needs an English text: the lines before any language line such as "hi: ..." are English.
announce-too-long = That text is too long for one message. Please shorten it.
announce-unknown-target = I do not know that district or state. Write for example "district Moradabad: text" or "state Rajasthan: text".
announce-not-jurisdiction = You can announce only to your own jurisdiction.
announce-limited = { $limit } announcements have already gone to this district or state this week. Please try again later.
announce-sent = Your announcement is being sent to the subscribers.
announce-already = This announcement was already sent.
