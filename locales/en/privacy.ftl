# Personal data (DPDP Act 2023): the notice at /start (what is stored, why, for how long), /mydata.
privacy-notice = Your data: I keep your Telegram id, language, district, your questions and your tickets, only to answer you, to pass your questions to your district's export officer and to improve my answers. Questions and closed tickets are deleted after { $days } days. /mydata sends you what is stored; /forget deletes it.
privacy-mydata-caption = Everything this bot stores about you. /forget deletes it.
cmd-mydata = See what is stored about you
