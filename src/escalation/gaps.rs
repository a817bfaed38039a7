//! For content editors: what the knowledge base lacks, from the questions that ended in
//! tickets (`kb gaps`), and a first draft of an entry from a ticket's question and the
//! officer's answer (`kb draft`).

use std::collections::BTreeSet;

use crate::knowledge::Lexicon;
use crate::search::analyzer;
use crate::store::TicketId;
use crate::text::mask;

/// A group of similar ticket questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    /// How many tickets asked it.
    pub count: usize,
    /// One question of the group, as asked.
    pub example: String,
    pub tickets: Vec<TicketId>,
}

fn topic_words(text: &str, lexicon: &Lexicon) -> BTreeSet<String> {
    analyzer::words(text)
        .into_iter()
        .filter(|w| {
            !lexicon.stopwords.contains(w) && !lexicon.generic.contains(w) && w.chars().count() > 1
        })
        .map(|w| analyzer::stem(&w))
        .collect()
}

/// Groups questions whose topic words overlap by at least half (Jaccard), most asked first.
/// The example shown has phone, e-mail, PAN and Aadhaar numbers masked.
pub fn group(questions: &[(TicketId, String)], lexicon: &Lexicon) -> Vec<Gap> {
    let mut groups: Vec<(BTreeSet<String>, Gap)> = Vec::new();
    for (ticket, text) in questions {
        let words = topic_words(&mask::without_personal(text), lexicon);
        let similar = groups.iter_mut().find(|(g, _)| {
            let inter = g.intersection(&words).count();
            let union = g.union(&words).count().max(1);
            inter * 2 >= union
        });
        match similar {
            Some((_, gap)) => {
                gap.count += 1;
                gap.tickets.push(*ticket);
            }
            None => groups.push((
                words,
                Gap {
                    count: 1,
                    example: mask::personal(text).into_owned(),
                    tickets: vec![*ticket],
                },
            )),
        }
    }
    let mut gaps: Vec<Gap> = groups.into_iter().map(|(_, g)| g).collect();
    gaps.sort_by(|a, b| b.count.cmp(&a.count).then(a.tickets[0].cmp(&b.tickets[0])));
    gaps
}

/// A knowledge entry draft, in the entry format, for an editor to finish. It goes to
/// `knowledge/drafts/`, which the bot does not load. Personal data in the question and the
/// answers is masked: a draft is on its way to the public knowledge base (an official
/// contact is added back by the editor from its source).
pub fn draft(
    ticket: TicketId,
    question: &str,
    answers: &[String],
    today: chrono::NaiveDate,
    lexicon: &Lexicon,
) -> String {
    let toml_str = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let keywords: Vec<String> = topic_words(&mask::without_personal(question), lexicon)
        .into_iter()
        .take(8)
        .map(|w| toml_str(&w))
        .collect();
    let summary = if answers.is_empty() {
        "TODO: the officer's answer".to_string()
    } else {
        mask::personal(&answers.join("\n\n")).into_owned()
    };
    let question = mask::personal(question);
    format!(
        "+++\n# DRAFT from ticket #{ticket}: unreviewed. Check every fact against its official source, write the\n\
         # summary in your own words, add Hindi, set `reviewed`, then move this file to knowledge/entries/.\n\
         id = \"ticket-{ticket}\"\nkind = \"faq\"\nrelated = []\nreviewed = {today}\n\n[source]\n\
         cite = \"TODO: FTP 2023 / HBP paragraph or notification (draft from the district export desk's answer to ticket #{ticket})\"\n\n\
         [title]\nen = {}\n\n[summary]\nen = {}\n\n[keywords]\nen = [{}]\n+++\n",
        toml_str(question.trim()),
        toml_str(&summary),
        keywords.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        let mut l = Lexicon::default();
        for w in [
            "how", "to", "do", "i", "for", "the", "a", "of", "can", "what", "is",
        ] {
            l.stopwords.insert(w.into());
        }
        l.generic.insert("export".into());
        l
    }

    #[test]
    fn similar_questions_are_counted_together_most_asked_first() {
        let qs: Vec<(TicketId, String)> = [
            (1, "How to export brass lamps by post?"),
            (2, "Can I send brass lamps by post"),
            (3, "cardamom auction dates"),
            (4, "brass lamps by post office export"),
        ]
        .into_iter()
        .map(|(t, q)| (TicketId(t), q.to_string()))
        .collect();
        let gaps = group(&qs, &lexicon());
        assert_eq!(gaps.len(), 2);
        assert_eq!(gaps[0].count, 3);
        assert_eq!(gaps[0].tickets, [TicketId(1), TicketId(2), TicketId(4)]);
        assert_eq!(gaps[1].example, "cardamom auction dates");
    }

    #[test]
    fn gaps_and_drafts_show_no_phone_e_mail_pan_or_aadhaar() {
        let qs = vec![(
            TicketId(1),
            "IEC for PAN ABCDE1234F? call 9876543210 or asha@example.in".to_string(),
        )];
        let gaps = group(&qs, &lexicon());
        assert_eq!(
            gaps[0].example,
            "IEC for PAN [PAN]? call [phone] or [e-mail]"
        );
        let d = draft(
            TicketId(1),
            &qs[0].1,
            &["We called you on 98765 43210; Aadhaar 2345 6789 0123 is not needed.".into()],
            chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
            &lexicon(),
        );
        for secret in [
            "ABCDE1234F",
            "abcde1234f",
            "9876543210",
            "98765 43210",
            "asha@",
            "2345 6789",
        ] {
            assert!(!d.contains(secret), "{secret} in {d}");
        }
        assert!(
            d.contains("[PAN]") && d.contains("[phone]") && d.contains("[Aadhaar]"),
            "{d}"
        );
    }

    #[test]
    fn a_draft_is_a_valid_entry_marked_unreviewed() {
        let d = draft(
            TicketId(7),
            "Can I send \"brass\" lamps by post?",
            &["Yes, through a Dak Ghar Niryat Kendra.".into()],
            chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
            &lexicon(),
        );
        assert!(d.contains("DRAFT from ticket #7: unreviewed"));
        let front = d.split("+++").nth(1).unwrap();
        let v: toml::Table = toml::from_str(front).expect("valid TOML");
        assert_eq!(v["id"].as_str(), Some("ticket-7"));
        assert!(v["summary"]["en"].as_str().unwrap().contains("Dak Ghar"));
    }
}
