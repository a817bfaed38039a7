# Strings of escalation to district officers: what users and officers see about tickets.

ticket-opened = നിങ്ങളുടെ ചോദ്യം { $district } ജില്ലയിലെ കയറ്റുമതി ഡെസ്കിലേക്ക് ടിക്കറ്റ് #{ $ticket } ആയി അയച്ചു. ഉദ്യോഗസ്ഥൻ സാധാരണയായി { $hours } മണിക്കൂറിനുള്ളിൽ മറുപടി നൽകും. മറുപടി നിങ്ങൾക്ക് ഇവിടെത്തന്നെ ലഭിക്കും.
ticket-need-district = നിങ്ങളുടെ ചോദ്യം ശരിയായ ഉദ്യോഗസ്ഥന് അയയ്ക്കാൻ നിങ്ങളുടെ ജില്ല അറിയണം. നിങ്ങളുടെ ജില്ലയുടെ പേരോ 6 അക്ക PIN കോഡോ എഴുതുക.
ticket-confirm-officer = നിങ്ങളുടെ ചോദ്യം ജില്ലാ കയറ്റുമതി ഉദ്യോഗസ്ഥന് അയയ്ക്കട്ടെ?
ticket-officer-usage = /officer എന്നതിന് ശേഷം നിങ്ങളുടെ ചോദ്യം എഴുതി അയയ്ക്കുക, ഉദാഹരണത്തിന്: /officer കരകൗശല വസ്തുക്കൾ തപാൽ വഴി എങ്ങനെ കയറ്റുമതി ചെയ്യാം?
ticket-answer = { $district } ജില്ലാ കയറ്റുമതി ഡെസ്കിൽ നിന്നുള്ള മറുപടി (ടിക്കറ്റ് #{ $ticket }):
    { $text }
ticket-followup-sent = ടിക്കറ്റ് #{ $ticket } കൈകാര്യം ചെയ്യുന്ന ഉദ്യോഗസ്ഥന് അയച്ചു.
ticket-closed-user = ടിക്കറ്റ് #{ $ticket } അവസാനിപ്പിച്ചു. മറുപടി എത്രത്തോളം സഹായിച്ചു? (1 = ഒട്ടും ഇല്ല, 5 = വളരെ)
ticket-rating-thanks = മറുപടിക്ക് റേറ്റിംഗ് നൽകിയതിന് നന്ദി.
ticket-already-open = നിങ്ങൾക്ക് ഇതിനകം തുറന്നിരിക്കുന്ന ടിക്കറ്റ് #{ $ticket } ഉണ്ട്. നിങ്ങളുടെ സന്ദേശം അതിൽ ചേർത്തു.

officer-new-ticket = പുതിയ ടിക്കറ്റ് #{ $ticket }, { $district } ({ $state }) ൽ നിന്ന്, { $language } ഭാഷയിൽ:
    { $question }
    Bot ന്റെ ഏറ്റവും നല്ല ഊഹം: { $guess }
officer-followup = ടിക്കറ്റ് #{ $ticket } ൽ തുടർ സന്ദേശം:
    { $text }
officer-claim = ഞാൻ ഏറ്റെടുക്കാം
officer-transfer = കൈമാറുക
officer-claimed = ടിക്കറ്റ് #{ $ticket } ഇപ്പോൾ നിങ്ങളുടേതാണ്. ടിക്കറ്റ് സന്ദേശത്തിന് reply ചെയ്യുക, അല്ലെങ്കിൽ /reply { $ticket } എന്നതിന് ശേഷം നിങ്ങളുടെ മറുപടി എഴുതി അയയ്ക്കുക.
officer-claimed-by-other = ടിക്കറ്റ് #{ $ticket } ഇതിനകം { $officer } കൈകാര്യം ചെയ്യുന്നു.
officer-reply-sent = ടിക്കറ്റ് #{ $ticket } നുള്ള നിങ്ങളുടെ മറുപടി ഉപയോക്താവിന് അയച്ചു.
officer-closed = ടിക്കറ്റ് #{ $ticket } അവസാനിപ്പിച്ചു.
officer-transferred = ടിക്കറ്റ് #{ $ticket } { $target } ലേക്ക് കൈമാറി.
officer-queue-empty = നിങ്ങളുടെ അധികാരപരിധിയിൽ തുറന്ന ടിക്കറ്റുകൾ ഒന്നുമില്ല.
officer-queue-heading = നിങ്ങളുടെ അധികാരപരിധിയിലെ തുറന്ന ടിക്കറ്റുകൾ:
officer-queue-line = #{ $ticket } · { $district } · { $age } മണി · { $status } · { $question }
officer-not-registered = ഈ കമാൻഡ് രജിസ്റ്റർ ചെയ്ത കയറ്റുമതി ഉദ്യോഗസ്ഥർക്ക് മാത്രം.
officer-not-jurisdiction = ടിക്കറ്റ് #{ $ticket } നിങ്ങളുടെ അധികാരപരിധിയിൽ ഇല്ല.
officer-no-such-ticket = ടിക്കറ്റ് #{ $ticket } എന്നൊന്നില്ല.
officer-usage-reply = ഉപയോഗം: /reply <ടിക്കറ്റ് നമ്പർ> <നിങ്ങളുടെ മറുപടി>
officer-usage-close = ഉപയോഗം: /close <ടിക്കറ്റ് നമ്പർ>
officer-usage-transfer = ഉപയോഗം: /transfer <ടിക്കറ്റ് നമ്പർ> <ജില്ല അല്ലെങ്കിൽ സംസ്ഥാനം>
officer-joined = സ്വാഗതം, { $name }. നിങ്ങൾ ഇപ്പോൾ { $jurisdiction } നുള്ള കയറ്റുമതി ഉദ്യോഗസ്ഥനായി രജിസ്റ്റർ ചെയ്യപ്പെട്ടു.
officer-bad-invite = ഈ ക്ഷണ കോഡ് സാധുവല്ല, അല്ലെങ്കിൽ ഇതിനകം ഉപയോഗിച്ചതാണ്.
officer-sla-reminder = ഓർമ്മപ്പെടുത്തൽ: ടിക്കറ്റ് #{ $ticket } മറുപടിക്കായി { $hours } മണിക്കൂറായി കാത്തിരിക്കുന്നു.
officer-escalated = ടിക്കറ്റ് #{ $ticket } ന് { $hours } മണിക്കൂറിനുള്ളിൽ മറുപടി ലഭിച്ചില്ല, അതിനാൽ അത് നിങ്ങൾക്ക് കൈമാറി.
admin-kb-reload-failed = വിവരശേഖരം മാറ്റിയെങ്കിലും അതിൽ പിശകുകളുണ്ട്; bot പഴയ പതിപ്പ് തന്നെ ഉപയോഗിക്കുന്നു. ആദ്യ പിശക്: { $error }
officer-invite-created = { $jurisdiction } ലെ ഉദ്യോഗസ്ഥനുള്ള, ഒരു തവണ മാത്രം ഉപയോഗിക്കാവുന്ന ക്ഷണ കോഡ്: { $code }
    ഉദ്യോഗസ്ഥൻ ഈ bot-ലേക്ക് /join { $code } അയയ്ക്കണം.
officer-usage-invite = ഉപയോഗം: /invite district <ജില്ല> | state <സംസ്ഥാനം> | ra <അതോറിറ്റി ID> | admin
officer-status-new = പുതിയത്
officer-status-claimed = ഏറ്റെടുത്തു
officer-all-india = ഇന്ത്യ മുഴുവൻ
