# Buttons under an answer: "See also" labels, a result button whose result was removed
# by a reload, and the language kept from the question's script. Keep /language in Latin letters.

button-see-also = See also: { $title }
button-gone = That answer has changed or been removed from my knowledge base since this button was sent. Please ask your question again.
button-language-kept = From now on I answer in { $language }. Send /language to change it.
