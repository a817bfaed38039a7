//! The worst messages a user can send, for the search bounds: each 4,096 characters (one
//! Telegram message). Shared by `tests/properties.rs` and `benches/search.rs`.
#![allow(dead_code)]

/// The longest Telegram message, in characters.
pub const MESSAGE_CHARS: usize = 4096;

/// A sample of letters (with vowel signs and viramas) of each of the nine Indian scripts.
pub const SCRIPT_SAMPLES: [(&str, &str); 9] = [
    ("devanagari", "निर्यातप्रमाणपत्रक्षज्ञ"),
    ("bengali", "রপ্তানিপ্রমাণপত্রক্ষ"),
    ("gurmukhi", "ਨਿਰਯਾਤਪ੍ਰਮਾਣਪੱਤਰ"),
    ("gujarati", "નિકાસપ્રમાણપત્રક્ષ"),
    ("odia", "ରପ୍ତାନିପ୍ରମାଣପତ୍ର"),
    ("tamil", "ஏற்றுமதிசான்றிதழ்க்ஷ"),
    ("telugu", "ఎగుమతిధృవీకరణపత్రం"),
    ("kannada", "ರಫ್ತುಪ್ರಮಾಣಪತ್ರಕ್ಷ"),
    ("malayalam", "കയറ്റുമതിസർട്ടിഫിക്കറ്റ്"),
];

/// Text repeated up to exactly `MESSAGE_CHARS` characters.
pub fn fill(unit: &str) -> String {
    unit.chars().cycle().take(MESSAGE_CHARS).collect()
}

/// Real words of the knowledge base, repeated ("rodtep rodtep ...").
pub const KEYWORDS: &str = "RoDTEP IEC GST LUT EPCG export certificate origin turmeric \
    haldi निर्यात ஏற்றுமதி রপ্তানি HS code district Moradabad courier ";

/// Every script in one message: words of each script, Latin, digits and emoji.
pub fn mixed() -> String {
    let mut unit = String::new();
    for (_, sample) in SCRIPT_SAMPLES {
        unit.push_str(sample);
        unit.push(' ');
    }
    unit.push_str("certficate 0910 🙏 regstraton ");
    fill(&unit)
}

/// Distinct long Latin words that look like typos, each longer than a repair reaches.
pub fn long_distinct_latin() -> String {
    let mut out = String::new();
    let mut x: u32 = 7;
    while out.chars().count() < MESSAGE_CHARS {
        let w: String = (0..20)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                (b'a' + ((x >> 16) % 26) as u8) as char
            })
            .collect();
        out.push_str(&w);
        out.push(' ');
    }
    out.chars().take(MESSAGE_CHARS).collect()
}

/// Every worst case, named.
pub fn worst_cases() -> Vec<(String, String)> {
    let mut cases = vec![
        ("one Latin word".to_string(), fill("x")),
        (
            "one Latin word, varied".to_string(),
            fill("certificateoforigin"),
        ),
        ("digits".to_string(), fill("0123456789")),
        (
            "one- and two-letter words".to_string(),
            fill("a b ab cd e fg hi j kl mn o pq "),
        ),
        ("repeated keywords".to_string(), fill(KEYWORDS)),
        ("every script mixed".to_string(), mixed()),
        (
            "distinct 20-letter words".to_string(),
            long_distinct_latin(),
        ),
        (
            "distinct typos".to_string(),
            fill(
                "certfcate sertifikate regstraton autorisaton advanse exprter rodtepp \
                  liscence benifit shiping documnts valdity refnd custms ",
            ),
        ),
    ];
    for (script, sample) in SCRIPT_SAMPLES {
        cases.push((format!("one {script} word"), fill(sample)));
    }
    cases
}
