# Personal data (DPDP Act 2023): the notice at /start (what is stored, why, for how long), /mydata.
privacy-notice = आपका डेटा: मैं आपकी Telegram id, भाषा, ज़िला, आपके सवाल और टिकट सिर्फ़ इसलिए रखता हूँ कि आपको जवाब दे सकूँ, आपके सवाल आपके ज़िले के निर्यात अधिकारी तक पहुँचा सकूँ और अपने जवाब बेहतर कर सकूँ। सवाल और बंद टिकट { $days } दिन बाद मिटा दिए जाते हैं। /mydata से देखें कि क्या रखा है; /forget से सब मिटाएँ।
privacy-mydata-caption = यह बॉट आपके बारे में जो कुछ रखता है, वह सब। /forget से इसे मिटाएँ।
cmd-mydata = देखें कि आपके बारे में क्या रखा है
