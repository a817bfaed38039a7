//! Unit tests of romanisation, phonetic keys and letter names.

use super::*;

fn skel(w: &str) -> String {
    skeleton(&phonetic_key(w).unwrap())
}

#[test]
fn indian_words_typed_in_latin_share_a_skeleton_with_the_word_in_its_script() {
    assert_eq!(skel("haldi"), skel("हल्दी"));
    assert_eq!(skel("niryat"), skel("निर्यात"));
    assert_eq!(skel("niryaat"), skel("निर्यात"));
    assert_eq!(skel("chawal"), skel("चावल"));
    assert_eq!(skel("roptani"), skel("রপ্তানি"), "Bengali");
    assert_eq!(skel("etrumathi"), skel("ஏற்றுமதி"), "Tamil");
    assert_eq!(skel("egumathi"), skel("ఎగుమతి"), "Telugu");
    assert_eq!(skel("raftu"), skel("ರಫ್ತು"), "Kannada");
    assert_eq!(skel("nikas"), skel("નિકાસ"), "Gujarati");
    assert_eq!(skel("niryat"), skel("ਨਿਰਯਾਤ"), "Gurmukhi");
    assert_eq!(skel("kayattumathi"), skel("കയറ്റുമതി"), "Malayalam");
    assert_eq!(skel("raptani"), skel("ରପ୍ତାନି"), "Odia");
    assert_ne!(skel("haldi"), skel("मिर्च"));
}

#[test]
fn english_words_written_in_an_indian_script_share_a_skeleton_with_the_english() {
    assert_eq!(skel("certificate"), skel("सर्टिफिकेट"));
    assert_eq!(skel("certificate"), skel("சர்டிபிகேட்"));
    assert_eq!(skel("code"), skel("कोड"));
    assert_eq!(skel("code"), skel("কোড"));
    assert!(
        closeness(
            &phonetic_key("certificate").unwrap(),
            &phonetic_key("सर्टिफिकेट").unwrap()
        ) < 0.2
    );
}

#[test]
fn initialisms_spelled_out_in_indian_scripts_read_as_their_latin_letters() {
    assert_eq!(letter_names("एचएस"), ["hs"], "Devanagari");
    assert_eq!(
        letter_names("আইইসি").first().map(String::as_str),
        Some("iec"),
        "Bengali"
    );
    assert_eq!(letter_names("এইচএস"), ["hs"], "Bengali");
    assert_eq!(letter_names("आईईसी"), ["iec"]);
    assert_eq!(letter_names("जीएसटी"), ["gst"]);
    assert_eq!(letter_names("ஜிஎஸ்டி"), ["gst"], "Tamil");
    assert_eq!(letter_names("எச்எஸ்"), ["hs"], "Tamil");
    assert_eq!(
        letter_names("ಎಲ್ಯುಟಿ"),
        ["lut"],
        "Kannada (the ZWNJ is dropped by `words`)"
    );
    assert_eq!(letter_names("జీఎస్టీ"), ["gst"], "Telugu");
    assert_eq!(letter_names("ജിഎസ്ടി"), ["gst"], "Malayalam");
    assert_eq!(letter_names("ਜੀਐਸਟੀ"), ["gst"], "Gurmukhi");
    assert_eq!(letter_names("જીએસટી"), ["gst"], "Gujarati");
    assert_eq!(letter_names("ଜିଏସଟି"), ["gst"], "Odia");
    assert!(
        letter_names("निर्यात").is_empty(),
        "an ordinary word spells nothing"
    );
    assert!(letter_names("के").is_empty(), "one letter is no initialism");
    assert!(letter_names("gst").is_empty(), "Latin words are not read");
}

#[test]
fn reading_a_word_is_linear_and_never_fails() {
    let long: String = "क्षि".repeat(1024);
    assert!(romanize(&long).is_some());
    assert!(
        letter_names(&"एस".repeat(2048)).is_empty(),
        "too long to be a word"
    );
    assert_eq!(letter_names(&"एस".repeat(12)), ["ssssssssssss"]);
    assert_eq!(romanize("abc"), None);
    assert_eq!(romanize("्"), Some(String::new()));
}
