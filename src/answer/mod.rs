//! Answering: a question and a language in, an [`Answer`] out. The one path for both front
//! ends — `export-helpdesk ask` prints exactly what the bot sends.
//!
//! ```no_run
//! use export_helpdesk::answer::Answerer;
//! use export_helpdesk::lang::Lang;
//! let answerer = Answerer::open("knowledge".as_ref(), "locales".as_ref(), None).unwrap();
//! let answer = answerer.ask("What is RoDTEP?", Lang::Hi);
//! println!("{} ({:.2}): {}", answer.answered, answer.confidence, answer.reply.plain_text());
//! ```

mod compose;
pub mod eval;
mod language;
mod product;
mod render;
pub mod reply;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arc_swap::ArcSwap;
use serde::Serialize;

use crate::i18n::I18n;
use crate::knowledge::{Diagnostics, KnowledgeBase};
use crate::lang::Lang;
pub use crate::search::calibration::{Band, Calibration, Features};
use crate::search::{DocKey, SearchIndex};
pub use compose::Examined;
pub use language::reply_language;
pub use product::ProductCodes;
pub use render::{SEE_ALSO, SUMMARY_CHARS};
pub use reply::Reply;

/// Errors that stop the answerer from starting or reloading.
#[derive(Debug, thiserror::Error)]
pub enum AnswerError {
    #[error(transparent)]
    Knowledge(#[from] crate::knowledge::KnowledgeError),
    /// The knowledge base has errors; the diagnostics say where.
    #[error("the knowledge base has {count} error(s); first: {first}")]
    Invalid {
        count: usize,
        first: String,
        diagnostics: Diagnostics,
    },
    #[error(transparent)]
    Search(#[from] crate::search::SearchError),
    #[error(transparent)]
    I18n(#[from] crate::i18n::I18nError),
}

/// A knowledge base with its index: swapped whole on reload.
pub struct Engine {
    pub kb: KnowledgeBase,
    pub index: SearchIndex,
    /// Lower-cased English product name → glossary index, to show district products in the
    /// user's language.
    product_names: HashMap<String, usize>,
}

impl Engine {
    /// Loads `knowledge/` and opens (or builds) its index. Refuses a knowledge base with errors.
    pub fn load(
        knowledge: &Path,
        index_dir: Option<&Path>,
    ) -> Result<(Engine, Diagnostics), AnswerError> {
        let (kb, diagnostics) = KnowledgeBase::load(knowledge)?;
        if diagnostics.has_errors() {
            let first = diagnostics
                .errors()
                .next()
                .map(ToString::to_string)
                .unwrap_or_default();
            return Err(AnswerError::Invalid {
                count: diagnostics.errors().count(),
                first,
                diagnostics,
            });
        }
        Ok((Engine::new(kb, index_dir)?, diagnostics))
    }

    pub fn new(kb: KnowledgeBase, index_dir: Option<&Path>) -> Result<Engine, AnswerError> {
        let index = match index_dir {
            Some(dir) => SearchIndex::open_or_build(&kb, dir)?,
            None => SearchIndex::build_in_ram(&kb)?,
        };
        let mut product_names = HashMap::new();
        for (i, p) in kb.products.iter().enumerate() {
            for n in p.names.get(&Lang::En).into_iter().flatten() {
                product_names.entry(n.to_lowercase()).or_insert(i);
            }
        }
        Ok(Engine {
            kb,
            index,
            product_names,
        })
    }
}

/// A result offered as a button: its id (for [`Answerer::open_result`]) and its title in the
/// reply's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Offer {
    pub id: String,
    pub title: String,
}

/// What a question gets: the band decided by the calibrated confidence and the reply in
/// parts, so the bot can send the first message and keep "More", the offers and the
/// see-also results as buttons.
#[derive(Debug, Clone)]
pub struct Answer {
    /// Answered, "I think you mean ..." (middle) or declined.
    pub band: Band,
    /// `band == Band::Answered`.
    pub answered: bool,
    /// The calibrated probability that the top result is the right answer (1 for an HS code
    /// named in the question).
    pub confidence: f32,
    /// The first message: the summary with its source (answered), the hedge with the offered
    /// titles and the officer offer (middle), or the officer offer (declined).
    pub reply: Reply,
    /// What the "More" button sends: the rest of the summary and the steps/details.
    pub more: Option<Reply>,
    /// The result answered with.
    pub id: Option<String>,
    /// Middle band: the best one or two results, offered as "I think you mean" buttons.
    pub candidates: Vec<Offer>,
    /// Answered: at most three related results.
    pub see_also: Vec<Offer>,
    /// The buttons the bot shows today: other close matches of an answered question
    /// ("Did you mean"); in the middle band, the candidates.
    pub suggestions: Vec<(String, String)>,
    /// The ranked results behind the answer.
    pub results: Vec<ResultRef>,
    /// The language of the reply: the question's script decides over the setting.
    pub lang: Lang,
    /// The reply's language differs from the user's setting (the bot can offer to switch).
    pub lang_differs: bool,
}

/// One search result, as `ask --json` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct ResultRef {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub score: f32,
}

/// Answers questions from the current engine; [`Answerer::reload`] swaps in a new one while
/// searches in flight finish on the old.
pub struct Answerer {
    engine: ArcSwap<Engine>,
    pub i18n: Arc<I18n>,
    knowledge_dir: PathBuf,
    index_dir: Option<PathBuf>,
    calibration: Calibration,
}

impl Answerer {
    /// Loads knowledge, index and locales.
    pub fn open(
        knowledge: &Path,
        locales: &Path,
        index_dir: Option<&Path>,
    ) -> Result<Answerer, AnswerError> {
        let (engine, _) = Engine::load(knowledge, index_dir)?;
        let i18n = I18n::load(locales)?;
        Ok(Answerer::with_engine(
            engine,
            Arc::new(i18n),
            knowledge,
            index_dir,
        ))
    }

    pub fn with_engine(
        engine: Engine,
        i18n: Arc<I18n>,
        knowledge: &Path,
        index_dir: Option<&Path>,
    ) -> Answerer {
        Answerer {
            engine: ArcSwap::from_pointee(engine),
            i18n,
            knowledge_dir: knowledge.to_path_buf(),
            index_dir: index_dir.map(Path::to_path_buf),
            calibration: Calibration::builtin().clone(),
        }
    }

    /// Decides with another model than the built-in one (for `eval report --weights`).
    pub fn with_calibration(mut self, calibration: Calibration) -> Answerer {
        self.calibration = calibration;
        self
    }

    /// The model that decides the band.
    pub fn calibration(&self) -> &Calibration {
        &self.calibration
    }

    /// The engine in use now.
    pub fn engine(&self) -> Arc<Engine> {
        self.engine.load_full()
    }

    /// Reloads `knowledge/`, rebuilds the index and swaps it in. On errors the old engine
    /// stays and the error (with its diagnostics) is returned.
    pub fn reload(&self) -> Result<Diagnostics, AnswerError> {
        let (engine, diagnostics) = Engine::load(&self.knowledge_dir, self.index_dir.as_deref())?;
        self.engine.store(Arc::new(engine));
        Ok(diagnostics)
    }

    /// Answers a question. `setting` is the user's language; a question written in an
    /// Indian script is answered in that script's language (see [`reply_language`]).
    pub fn ask(&self, question: &str, setting: Lang) -> Answer {
        let engine = self.engine.load();
        compose::answer(&engine, &self.i18n, &self.calibration, question, setting)
    }

    /// How a question is read: the search, its features and whether a rule decides.
    pub fn examine(&self, question: &str, lang: Lang) -> Examined {
        let engine = self.engine.load();
        compose::examine(&engine, question, lang)
    }

    /// Renders one result by its id: its first message (for "Did you mean", /schemes and
    /// "I think you mean" buttons).
    pub fn show(&self, id: &str, lang: Lang) -> Option<Reply> {
        self.open_result(id, lang).map(|a| a.reply)
    }

    /// What the "More" button of a result sends.
    pub fn more(&self, id: &str, lang: Lang) -> Option<Reply> {
        self.open_result(id, lang).and_then(|a| a.more)
    }

    /// One result by its id as a whole answer (first message, "More", see also), as when a
    /// user taps an offered result.
    pub fn open_result(&self, id: &str, lang: Lang) -> Option<Answer> {
        let engine = self.engine.load();
        let key = key_from_id(&engine.kb, id)?;
        Some(compose::answer_with(&engine, &self.i18n, &key, lang, lang))
    }
}

/// The result id of a document key: entry id, HS code, `product:<id>`, `district:<STATE/NAME>`.
pub fn result_id(kb: &KnowledgeBase, key: &DocKey) -> String {
    match key {
        DocKey::Entry(i) => kb.entries[*i].id.clone(),
        DocKey::Hs(code) => code.to_string(),
        DocKey::Product(i) => format!("product:{}", kb.products[*i].id),
        DocKey::District(i) => format!("district:{}", kb.districts[*i].key()),
    }
}

/// The document key for a result id (the inverse of [`result_id`]).
pub fn key_from_id(kb: &KnowledgeBase, id: &str) -> Option<DocKey> {
    if let Some(p) = id.strip_prefix("product:") {
        return kb
            .products
            .iter()
            .position(|x| x.id == p)
            .map(DocKey::Product);
    }
    if let Some(d) = id.strip_prefix("district:") {
        return kb
            .districts
            .iter()
            .position(|x| x.key() == d)
            .map(DocKey::District);
    }
    if let Ok(code) = crate::knowledge::HsCode::parse(id) {
        return kb.hs.contains_key(&code).then_some(DocKey::Hs(code));
    }
    kb.entries
        .iter()
        .position(|e| e.id == id)
        .map(DocKey::Entry)
}

fn kind_of(kb: &KnowledgeBase, key: &DocKey) -> String {
    match key {
        DocKey::Entry(i) => kb.entries[*i].kind.as_str().to_string(),
        DocKey::Hs(_) => "hs".into(),
        DocKey::Product(_) => "product".into(),
        DocKey::District(_) => "district".into(),
    }
}

/// The English title of a result.
fn title_of(engine: &Engine, key: &DocKey, lang: Lang) -> String {
    let kb = &engine.kb;
    match key {
        DocKey::Entry(i) => kb.entries[*i].title_in(lang).0.to_string(),
        DocKey::Hs(code) => kb.hs.get(code).map_or_else(String::new, |l| {
            format!("HS {} {}", code.pretty(), l.display)
        }),
        DocKey::Product(i) => {
            let p = &kb.products[*i];
            format!(
                "{} (HS {})",
                p.name_in(lang),
                p.hs.iter()
                    .map(|c| c.pretty())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
        DocKey::District(i) => kb.districts[*i].name_in(lang),
    }
}
