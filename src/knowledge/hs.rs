//! `HsCode`: an ITC(HS) / HSN code of 2, 4, 6 or 8 digits, validated once.

use std::fmt;

/// A well-formed HS code: 2 (chapter), 4 (heading), 6 (subheading) or 8 (tariff line) digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HsCode(String);

/// Why a text is not an HS code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("malformed HS code {0:?}: expected 2, 4, 6 or 8 digits")]
pub struct MalformedHsCode(pub String);

impl HsCode {
    /// Parses "0910", "0910.30", "0910 30" or "1006 30 20" (dots and spaces are ignored;
    /// digits of any Indian script count).
    pub fn parse(text: &str) -> Result<HsCode, MalformedHsCode> {
        let mut digits = String::new();
        for c in text.trim().chars() {
            match c {
                '.' | ' ' => {}
                _ => match crate::text::ascii_digit(c) {
                    Some(d) => digits.push(d),
                    None => return Err(MalformedHsCode(text.to_string())),
                },
            }
        }
        if matches!(digits.len(), 2 | 4 | 6 | 8) {
            Ok(HsCode(digits))
        } else {
            Err(MalformedHsCode(text.to_string()))
        }
    }

    /// The digits, without separators.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Number of digits: 2, 4, 6 or 8.
    pub fn level(&self) -> usize {
        self.0.len()
    }

    /// The codes above this one, nearest first (`09103030` → `091030`, `0910`, `09`).
    pub fn ancestors(&self) -> Vec<HsCode> {
        [6, 4, 2]
            .into_iter()
            .filter(|&n| n < self.0.len())
            .map(|n| HsCode(self.0[..n].to_string()))
            .collect()
    }

    /// Whether `other` lies below this code.
    pub fn contains(&self, other: &HsCode) -> bool {
        other.0.len() > self.0.len() && other.0.starts_with(&self.0)
    }

    /// Human spelling with the usual groups: "0910", "0910 30", "0910 30 30".
    pub fn pretty(&self) -> String {
        let s = &self.0;
        match s.len() {
            6 => format!("{} {}", &s[..4], &s[4..]),
            8 => format!("{} {} {}", &s[..4], &s[4..6], &s[6..]),
            _ => s.clone(),
        }
    }
}

impl fmt::Display for HsCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Finds HS-code-like numbers in free text: runs of digit groups separated by single dots or
/// spaces whose digits add up to 2, 4, 6 or 8 ("0910.30", "1006 30 20", "०९१०").
pub fn find_codes(text: &str) -> Vec<HsCode> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_number = crate::text::ascii_digit(chars[i]).is_some()
            && (i == 0 || !chars[i - 1].is_alphanumeric());
        if !starts_number {
            i += 1;
            continue;
        }
        let mut digits = String::new();
        let mut groups = 0;
        let mut j = i;
        loop {
            let mut group = 0;
            while j < chars.len() {
                match crate::text::ascii_digit(chars[j]) {
                    Some(d) => {
                        digits.push(d);
                        group += 1;
                        j += 1;
                    }
                    None => break,
                }
            }
            groups += 1;
            let sep = j < chars.len() && matches!(chars[j], '.' | ' ');
            let next_digit =
                j + 1 < chars.len() && crate::text::ascii_digit(chars[j + 1]).is_some();
            if sep && next_digit && group >= 2 && digits.len() < 8 {
                j += 1;
            } else {
                break;
            }
        }
        let letter_follows = j < chars.len() && chars[j].is_alphabetic();
        if !letter_follows && matches!(digits.len(), 2 | 4 | 6 | 8) && groups <= 3 {
            found.push(HsCode(digits));
        }
        i = j.max(i + 1);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_with_dots_and_spaces() {
        assert_eq!(HsCode::parse("0910.30").unwrap().as_str(), "091030");
        assert_eq!(HsCode::parse("1006 30 20").unwrap().as_str(), "10063020");
        assert_eq!(HsCode::parse("०९१०").unwrap().as_str(), "0910");
        assert!(HsCode::parse("091").is_err());
        assert!(HsCode::parse("09a0").is_err());
        assert!(HsCode::parse("123456789").is_err());
    }

    #[test]
    fn a_tariff_line_knows_its_parents() {
        let code = HsCode::parse("09103030").unwrap();
        let parents: Vec<String> = code.ancestors().iter().map(|c| c.to_string()).collect();
        assert_eq!(parents, ["091030", "0910", "09"]);
        assert!(HsCode::parse("0910").unwrap().contains(&code));
        assert_eq!(code.pretty(), "0910 30 30");
    }

    #[test]
    fn codes_are_found_inside_questions() {
        let found =
            |t: &str| -> Vec<String> { find_codes(t).iter().map(|c| c.to_string()).collect() };
        assert_eq!(found("What is HS code 0902?"), ["0902"]);
        assert_eq!(found("duty on 1006 30 20 please"), ["10063020"]);
        assert_eq!(found("is 0910.30 free"), ["091030"]);
        assert_eq!(found("under 20000 rupees"), Vec::<String>::new());
        assert_eq!(found("my PIN is 110001"), ["110001"]);
        assert_eq!(found("FTP2023"), Vec::<String>::new());
    }
}
