# Onboarding that never traps: a question typed instead of a district is answered, and the
# district is asked once more, with a Skip button.
district-ask-again = మీకు వీలైనప్పుడు మీ జిల్లా పేరు లేదా 6 అంకెల PIN కోడ్ పంపండి, అప్పుడు మీ జిల్లా ఎగుమతి అధికారి మీకు సహాయం చేయగలరు. లేదా "వదిలేయి" నొక్కండి.
button-skip-district = వదిలేయి
district-skipped = సరే. ఎప్పుడైనా /district తో మీ జిల్లాను చెప్పవచ్చు.
