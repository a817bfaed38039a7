# Strings of escalation to district officers: what users and officers see about tickets.

ticket-opened = உங்கள் கேள்வி { $district } மாவட்ட ஏற்றுமதி மையத்துக்கு டிக்கெட் #{ $ticket } ஆக அனுப்பப்பட்டது. அலுவலர் பொதுவாக { $hours } மணி நேரத்துக்குள் பதில் அளிப்பார். பதில் இங்கேயே உங்களுக்கு வரும்.
ticket-need-district = உங்கள் கேள்வியைச் சரியான அலுவலருக்கு அனுப்ப உங்கள் மாவட்டம் தெரிய வேண்டும். உங்கள் மாவட்டப் பெயர் அல்லது 6 இலக்க PIN குறியீட்டை எழுதுங்கள்.
ticket-confirm-officer = உங்கள் கேள்வியை மாவட்ட ஏற்றுமதி அலுவலருக்கு அனுப்பட்டுமா?
ticket-officer-usage = /officer என்பதைத் தொடர்ந்து உங்கள் கேள்வியை அனுப்புங்கள், எடுத்துக்காட்டாக: /officer கைவினைப் பொருட்களை அஞ்சல் மூலம் எப்படி ஏற்றுமதி செய்வது?
ticket-answer = { $district } மாவட்ட ஏற்றுமதி மையத்திலிருந்து பதில் (டிக்கெட் #{ $ticket }):
    { $text }
ticket-followup-sent = டிக்கெட் #{ $ticket } ஐக் கவனிக்கும் அலுவலருக்கு அனுப்பப்பட்டது.
ticket-closed-user = டிக்கெட் #{ $ticket } முடிக்கப்பட்டது. பதில் எவ்வளவு உதவியாக இருந்தது? (1 = சிறிதும் இல்லை, 5 = மிகவும் உதவியது)
ticket-rating-thanks = பதிலை மதிப்பிட்டதற்கு நன்றி.
ticket-already-open = உங்களுக்கு ஏற்கனவே திறந்திருக்கும் டிக்கெட் #{ $ticket } உள்ளது. உங்கள் செய்தி அதில் சேர்க்கப்பட்டது.

officer-new-ticket = புதிய டிக்கெட் #{ $ticket }, { $district } ({ $state }) இலிருந்து, { $language } மொழியில்:
    { $question }
    Bot இன் சிறந்த ஊகம்: { $guess }
officer-followup = டிக்கெட் #{ $ticket } இல் கூடுதல் செய்தி:
    { $text }
officer-claim = நான் எடுக்கிறேன்
officer-transfer = மாற்றி அனுப்பு
officer-claimed = டிக்கெட் #{ $ticket } இப்போது உங்களுடையது. டிக்கெட் செய்திக்கு reply செய்யுங்கள், அல்லது /reply { $ticket } என்பதைத் தொடர்ந்து உங்கள் பதிலை அனுப்புங்கள்.
officer-claimed-by-other = டிக்கெட் #{ $ticket } ஐ ஏற்கனவே { $officer } கவனித்து வருகிறார்.
officer-reply-sent = டிக்கெட் #{ $ticket } க்கான உங்கள் பதில் பயனருக்கு அனுப்பப்பட்டது.
officer-closed = டிக்கெட் #{ $ticket } முடிக்கப்பட்டது.
officer-transferred = டிக்கெட் #{ $ticket } { $target } க்கு மாற்றப்பட்டது.
officer-queue-empty = உங்கள் அதிகார எல்லையில் திறந்திருக்கும் டிக்கெட் எதுவும் இல்லை.
officer-queue-heading = உங்கள் அதிகார எல்லையில் திறந்திருக்கும் டிக்கெட்டுகள்:
officer-queue-line = #{ $ticket } · { $district } · { $age } மணி · { $status } · { $question }
officer-not-registered = இந்தக் கட்டளை பதிவுசெய்யப்பட்ட ஏற்றுமதி அலுவலர்களுக்கு மட்டுமே.
officer-not-jurisdiction = டிக்கெட் #{ $ticket } உங்கள் அதிகார எல்லையில் இல்லை.
officer-no-such-ticket = டிக்கெட் #{ $ticket } என்று எதுவும் இல்லை.
officer-usage-reply = பயன்பாடு: /reply <டிக்கெட் எண்> <உங்கள் பதில்>
officer-usage-close = பயன்பாடு: /close <டிக்கெட் எண்>
officer-usage-transfer = பயன்பாடு: /transfer <டிக்கெட் எண்> <மாவட்டம் அல்லது மாநிலம்>
officer-joined = வரவேற்கிறோம், { $name }. நீங்கள் இப்போது { $jurisdiction } பகுதிக்கான ஏற்றுமதி அலுவலராகப் பதிவு செய்யப்பட்டுள்ளீர்கள்.
officer-bad-invite = இந்த அழைப்புக் குறியீடு செல்லாது, அல்லது ஏற்கனவே பயன்படுத்தப்பட்டுவிட்டது.
officer-sla-reminder = நினைவூட்டல்: டிக்கெட் #{ $ticket } பதிலுக்காக { $hours } மணி நேரமாகக் காத்திருக்கிறது.
officer-escalated = டிக்கெட் #{ $ticket } க்கு { $hours } மணி நேரத்தில் பதில் வரவில்லை, அதனால் அது உங்களுக்கு அனுப்பப்பட்டுள்ளது.
admin-kb-reload-failed = தகவல் தொகுப்பு மாற்றப்பட்டது, ஆனால் அதில் பிழைகள் உள்ளன; bot முந்தைய பதிப்பையே பயன்படுத்துகிறது. முதல் பிழை: { $error }
officer-invite-created = { $jurisdiction } பகுதியின் அலுவலருக்கான, ஒருமுறை மட்டும் பயன்படும் அழைப்புக் குறியீடு: { $code }
    அலுவலர் இந்த bot-க்கு /join { $code } என்று அனுப்ப வேண்டும்.
officer-usage-invite = பயன்பாடு: /invite district <மாவட்டம்> | state <மாநிலம்> | ra <அதிகார அமைப்பு ID> | admin
officer-status-new = புதியது
officer-status-claimed = எடுக்கப்பட்டது
officer-all-india = இந்தியா முழுவதும்
