//! A product or HS code typed by a user (to subscribe to it), resolved the way answers
//! resolve products: a code in the text first, else the glossary through the search (a
//! product name in any language or script), to the HS codes it stands for.

use super::Answerer;
use crate::knowledge::{HsCode, hs};
use crate::lang::Lang;
use crate::search::DocKey;

/// The lowest coverage at which a search hit counts as the product the user meant.
const PRODUCT_COVERAGE: f32 = 0.6;

/// What a typed product or code stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProductCodes {
    /// The name to show: the glossary's in the user's language, else the HS description.
    pub name: String,
    pub codes: Vec<HsCode>,
}

impl Answerer {
    /// The HS codes a typed product name or code stands for; `None` when nothing fits well.
    pub fn product_codes(&self, text: &str, lang: Lang) -> Option<ProductCodes> {
        let engine = self.engine();
        let kb = &engine.kb;
        if let Some(code) = hs::find_codes(text)
            .into_iter()
            .find(|c| kb.hs.contains_key(c))
        {
            let name = kb
                .hs
                .get(&code)
                .map_or_else(String::new, |l| l.display.clone());
            return Some(ProductCodes {
                name,
                codes: vec![code],
            });
        }
        let outcome = engine.index.search(text, lang);
        outcome
            .hits
            .iter()
            .take(3)
            .filter(|h| h.confidence >= PRODUCT_COVERAGE)
            .find_map(|h| match &h.key {
                DocKey::Product(i) => {
                    let p = &kb.products[*i];
                    // The broadest codes only: "091030" stands for its tariff lines too.
                    let codes =
                        p.hs.iter()
                            .filter(|c| !p.hs.iter().any(|o| o.contains(c)))
                            .cloned()
                            .collect();
                    Some(ProductCodes {
                        name: p.name_in(lang).to_string(),
                        codes,
                    })
                }
                _ => None,
            })
    }
}
