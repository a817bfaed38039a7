//! Masking personal data in user text before it is written anywhere but the ticket itself:
//! logs, `kb gaps`, `kb draft`. Phone numbers (and any run of ten or more digits, in any
//! Indian script, grouped by spaces or hyphens), e-mail addresses, PAN and GSTIN (which holds
//! a PAN) and Aadhaar numbers become a bracketed label ("[phone]", "[e-mail]", "[PAN]",
//! "[GSTIN]", "[Aadhaar]", "[number]"). One pass per kind over the text: linear in its length.
//!
//! ```
//! use export_helpdesk::text::mask::personal;
//! assert_eq!(
//!     personal("call +91 98765 43210 or mail asha@example.in"),
//!     "call [phone] or mail [e-mail]"
//! );
//! assert_eq!(personal("HS 0910 30 20, PIN 244001"), "HS 0910 30 20, PIN 244001");
//! ```

use std::borrow::Cow;

use super::ascii_digit;

/// Fewer digits than this in a run are not masked (HS codes have 8, PIN codes 6).
const MIN_DIGITS: usize = 10;

/// `text` with phone, e-mail, PAN, GSTIN and Aadhaar numbers replaced by labels; borrowed
/// when there is nothing to mask.
pub fn personal(text: &str) -> Cow<'_, str> {
    masked(text, true)
}

/// `text` with the same numbers and addresses taken out (for keywords drawn from it).
pub fn without_personal(text: &str) -> Cow<'_, str> {
    masked(text, false)
}

fn masked(text: &str, labels: bool) -> Cow<'_, str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut spans = emails(text, &chars);
    let mut others = numbers(text, &chars);
    others.extend(ids(&chars, text.len()));
    others.retain(|(s, e, _)| !spans.iter().any(|(a, b, _)| s < b && a < e));
    spans.extend(others);
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    spans.sort_by_key(|(s, _, _)| *s);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, label) in spans {
        if start < at {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(if labels { label } else { " " });
        at = end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

type Span = (usize, usize, &'static str);

fn end_of(chars: &[(usize, char)], i: usize, len: usize) -> usize {
    chars.get(i + 1).map_or(len, |(b, _)| *b)
}

fn is_local(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._%+-".contains(c)
}

fn is_domain(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '.' || c == '-'
}

/// "local@domain.tld": each '@' looks left and right only until a character that cannot be
/// in an address (another '@' included), so every character is looked at at most twice.
fn emails(text: &str, chars: &[(usize, char)]) -> Vec<Span> {
    let mut out = Vec::new();
    for (i, &(_, c)) in chars.iter().enumerate() {
        if c != '@' {
            continue;
        }
        let mut left = i;
        while left > 0 && is_local(chars[left - 1].1) {
            left -= 1;
        }
        let mut right = i;
        while right + 1 < chars.len() && is_domain(chars[right + 1].1) {
            right += 1;
        }
        while right > i && matches!(chars[right].1, '.' | '-') {
            right -= 1;
        }
        let domain = &text[end_of(chars, i, text.len())..end_of(chars, right, text.len())];
        let tld_ok = domain.rsplit_once('.').is_some_and(|(d, tld)| {
            !d.is_empty() && tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic())
        });
        if left < i && tld_ok {
            out.push((chars[left].0, end_of(chars, right, text.len()), "[e-mail]"));
        }
    }
    out
}

/// Runs of digits (any script), optionally after '+', whose groups are joined by one space
/// or hyphen and hold two digits or more each after the first.
fn numbers(text: &str, chars: &[(usize, char)]) -> Vec<Span> {
    let digit = |i: usize| chars.get(i).and_then(|(_, c)| ascii_digit(*c));
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let after_word = i > 0 && chars[i - 1].1.is_alphanumeric();
        if digit(i).is_none() || after_word {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = String::new();
        let mut last = i;
        let mut j = i;
        loop {
            while let Some(d) = digit(j) {
                digits.push(d);
                last = j;
                j += 1;
            }
            let joins = matches!(chars.get(j), Some((_, ' ' | '-')))
                && digit(j + 1).is_some()
                && digit(j + 2).is_some();
            if !joins {
                break;
            }
            j += 1;
        }
        let plus = start > 0 && chars[start - 1].1 == '+';
        let followed_by_word = chars
            .get(last + 1)
            .is_some_and(|(_, c)| c.is_alphanumeric());
        if digits.len() >= MIN_DIGITS && !followed_by_word {
            let label = match digits.len() {
                12 if !plus && !digits.starts_with("91") && !digits.starts_with(['0', '1']) => {
                    "[Aadhaar]"
                }
                10..=13 => "[phone]",
                _ => "[number]",
            };
            let from = if plus { start - 1 } else { start };
            out.push((chars[from].0, end_of(chars, last, text.len()), label));
        }
        i = last + 1;
    }
    out
}

/// PAN (ABCDE1234F) and GSTIN (22ABCDE1234F1Z5): whole runs of ASCII letters and digits, in
/// any case.
fn ids(chars: &[(usize, char)], len: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].1.is_ascii_alphanumeric() {
            i += 1;
        }
        let bounded = start == 0 || !chars[start - 1].1.is_alphanumeric();
        let bounded = bounded && chars.get(i).is_none_or(|(_, c)| !c.is_alphanumeric());
        let run: Vec<char> = chars[start..i].iter().map(|(_, c)| *c).collect();
        let label = match run.len() {
            10 if is_pan(&run) => "[PAN]",
            15 if is_gstin(&run) => "[GSTIN]",
            _ => continue,
        };
        if bounded {
            out.push((chars[start].0, end_of(chars, i - 1, len), label));
        }
    }
    out
}

fn letters(s: &[char]) -> bool {
    s.iter().all(char::is_ascii_alphabetic)
}

fn digits(s: &[char]) -> bool {
    s.iter().all(char::is_ascii_digit)
}

fn is_pan(s: &[char]) -> bool {
    letters(&s[..5]) && digits(&s[5..9]) && letters(&s[9..])
}

fn is_gstin(s: &[char]) -> bool {
    digits(&s[..2]) && is_pan(&s[2..12]) && s[13].eq_ignore_ascii_case(&'z')
}

#[cfg(test)]
mod tests {
    use super::personal;

    #[test]
    fn phone_numbers_in_every_usual_form_are_masked() {
        for (text, masked) in [
            ("9876543210", "[phone]"),
            ("my number is 98765 43210.", "my number is [phone]."),
            ("+91-98765-43210 (whatsapp)", "[phone] (whatsapp)"),
            ("+919876543210", "[phone]"),
            ("call 0591-2412345", "call [phone]"),
            ("फ़ोन ९८७६५४३२१०", "फ़ोन [phone]"),
        ] {
            assert_eq!(personal(text), masked, "{text}");
        }
    }

    #[test]
    fn aadhaar_pan_gstin_and_e_mail_are_masked() {
        assert_eq!(
            personal("aadhaar 2345 6789 0123 ok"),
            "aadhaar [Aadhaar] ok"
        );
        assert_eq!(personal("234567890123"), "[Aadhaar]");
        assert_eq!(personal("PAN: ABCDE1234F"), "PAN: [PAN]");
        assert_eq!(personal("my pan abcde1234f?"), "my pan [PAN]?");
        assert_eq!(personal("GSTIN 09ABCDE1234F1Z5"), "GSTIN [GSTIN]");
        assert_eq!(
            personal("write to asha.devi+iec@mail.example.co.in."),
            "write to [e-mail]."
        );
        assert_eq!(personal("9876543210@upi.example"), "[e-mail]", "one label");
        assert_eq!(
            personal("<b>x@y.in</b> & 98765-43210"),
            "<b>[e-mail]</b> & [phone]"
        );
    }

    #[test]
    fn codes_amounts_and_words_are_left_alone() {
        for text in [
            "HS code 0910 30 20 for turmeric",
            "PIN 244001, IEC fee ₹500, 1,00,000 rupees",
            "RoDTEP rates 2023-24 and 0.5%",
            "1 2 3 4 5 6 7 8 9 10 11",
            "an @ sign and a.b@c and @handle",
            "ABCDE12345 and ABCDE1234FG are not PANs",
            "निर्यात कैसे करें?",
            "",
        ] {
            assert_eq!(personal(text), text, "{text}");
        }
    }

    #[test]
    fn without_personal_takes_the_data_out_with_no_label() {
        assert_eq!(
            super::without_personal("iec for ABCDE1234F call 9876543210"),
            "iec for   call  "
        );
    }

    #[test]
    fn long_runs_of_digits_are_masked_as_numbers() {
        assert_eq!(personal("card 4111 1111 1111 1111"), "card [number]");
        let long = "7".repeat(4096);
        assert_eq!(personal(&long), "[number]");
        let ats = "a@".repeat(2048);
        assert_eq!(personal(&ats), ats, "no address, and linear");
    }
}
