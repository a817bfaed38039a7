# Onboarding that never traps: a question typed instead of a district is answered, and the
# district is asked once more, with a Skip button.
district-ask-again = ઇચ્છો ત્યારે તમારા જિલ્લાનું નામ અથવા 6 આંકડાનો PIN કોડ મોકલો, જેથી તમારા જિલ્લાના નિકાસ અધિકારી તમને મદદ કરી શકે. અથવા "છોડો" દબાવો.
button-skip-district = છોડો
district-skipped = બરાબર. તમે ક્યારેય પણ /district થી તમારો જિલ્લો જણાવી શકો છો.
