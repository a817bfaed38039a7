//! The searchable text of every entry, product, district and HS line, and the schema of
//! the indexes.

use tantivy::schema::{FAST, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions};

use super::{DocKey, FIELD_NAMES, Fields};
use crate::knowledge::KnowledgeBase;
use crate::search::analyzer::TOKENIZER_NAME;

/// The text of one document, per field.
pub(super) struct DocText {
    pub(super) key: DocKey,
    pub(super) fields: [String; 5],
    pub(super) curated: bool,
}

/// What a district's card is about, in every language ("district", "export products"), so a
/// question that names a district and asks for its products finds the card whole.
const DISTRICT_CARD: &str = "district export products\nजिला जिले निर्यात उत्पाद\nজেলা রপ্তানি পণ্য\n\
    மாவட்டம் மாவட்ட ஏற்றுமதி பொருட்கள்\nజిల్లా ఎగుమతి ఉత్పత్తులు\nजिल्हा निर्यात उत्पादने\n\
    જિલ્લો જિલ્લા નિકાસ ઉત્પાદનો\nಜಿಲ್ಲೆ ರಫ್ತು ಉತ್ಪನ್ನಗಳು\nജില്ല കയറ്റുമതി ഉൽപ്പന്നങ്ങൾ\n\
    ਜ਼ਿਲ੍ਹਾ ਨਿਰਯਾਤ ਉਤਪਾਦ\nଜିଲ୍ଲା ରପ୍ତାନି ଉତ୍ପାଦ";

pub(super) fn documents(kb: &KnowledgeBase) -> Vec<DocText> {
    let mut docs =
        Vec::with_capacity(kb.entries.len() + kb.hs.len() + kb.products.len() + kb.districts.len());
    let join = |it: &mut dyn Iterator<Item = &String>| {
        it.map(String::as_str).collect::<Vec<_>>().join("\n")
    };
    for (i, e) in kb.entries.iter().enumerate() {
        let mut keywords: Vec<String> = e.keywords.values().flatten().cloned().collect();
        keywords.push(e.id.replace('-', " "));
        docs.push(DocText {
            key: DocKey::Entry(i),
            fields: [
                join(&mut e.title.values()),
                keywords.join("\n"),
                join(&mut e.questions.values().flatten()),
                join(&mut e.summary.values()),
                join(&mut e.body.values()),
            ],
            curated: true,
        });
    }
    for (i, p) in kb.products.iter().enumerate() {
        let mut names: Vec<String> = p.names.values().flatten().cloned().collect();
        names.extend(p.romanised.iter().cloned());
        let hs: Vec<String> =
            p.hs.iter()
                .filter_map(|c| kb.hs.get(c))
                .map(|l| l.display.clone())
                .collect();
        docs.push(DocText {
            key: DocKey::Product(i),
            fields: [
                names.join("\n"),
                String::new(),
                String::new(),
                hs.join("\n"),
                String::new(),
            ],
            curated: true,
        });
    }
    for (i, d) in kb.districts.iter().enumerate() {
        let mut names = vec![d.display_name()];
        names.extend(d.aliases.iter().cloned());
        names.extend(d.names.values().cloned());
        docs.push(DocText {
            key: DocKey::District(i),
            fields: [
                names.join("\n"),
                format!("{}\n{DISTRICT_CARD}", d.display_state()),
                String::new(),
                d.products.join("\n"),
                String::new(),
            ],
            curated: true,
        });
    }
    for line in kb.hs.values() {
        docs.push(DocText {
            key: DocKey::Hs(line.code.clone()),
            fields: [
                line.display.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ],
            curated: false,
        });
    }
    docs
}

pub(super) fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let opts = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER_NAME)
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    let text = FIELD_NAMES.map(|name| b.add_text_field(name, opts.clone()));
    let ord = b.add_u64_field("ord", FAST | STORED);
    (b.build(), Fields { text, ord })
}
