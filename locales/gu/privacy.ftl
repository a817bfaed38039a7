# Personal data (DPDP Act 2023): the notice at /start (what is stored, why, for how long), /mydata.
privacy-notice = તમારી માહિતી: તમને જવાબ આપવા, તમારા પ્રશ્નો તમારા જિલ્લાના નિકાસ અધિકારી સુધી પહોંચાડવા અને મારા જવાબો સુધારવા માટે જ હું તમારો Telegram id, ભાષા, જિલ્લો, પ્રશ્નો અને ટિકિટો રાખું છું. પ્રશ્નો અને બંધ ટિકિટો { $days } દિવસ પછી કાઢી નખાય છે. /mydata થી જુઓ શું રાખ્યું છે; /forget થી તે કાઢી નાખો.
privacy-mydata-caption = આ બોટ તમારા વિશે જે કંઈ રાખે છે તે બધું. /forget થી તે કાઢી નાખો.
cmd-mydata = તમારા વિશે શું રાખ્યું છે તે જુઓ
