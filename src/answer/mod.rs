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

mod render;
pub mod reply;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arc_swap::ArcSwap;
use serde::Serialize;

use crate::i18n::I18n;
use crate::knowledge::{Diagnostics, KnowledgeBase, hs};
use crate::lang::Lang;
use crate::search::{ANSWER_THRESHOLD, DocKey, SearchIndex};
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

/// What a question gets.
#[derive(Debug, Clone)]
pub struct Answer {
    /// Whether the helpdesk found a reliable answer (else it offers an officer).
    pub answered: bool,
    pub confidence: f32,
    pub reply: Reply,
    /// The ranked results behind the answer.
    pub results: Vec<ResultRef>,
    /// Other good matches, offered as "Did you mean" buttons: (result id, title in the
    /// user's language).
    pub suggestions: Vec<(String, String)>,
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
        }
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

    /// Answers a question in the user's language.
    pub fn ask(&self, question: &str, lang: Lang) -> Answer {
        let engine = self.engine.load();
        answer(&engine, &self.i18n, question, lang)
    }

    /// Renders one result by its id (for "Did you mean" and /schemes buttons).
    pub fn show(&self, id: &str, lang: Lang) -> Option<Reply> {
        let engine = self.engine.load();
        let key = key_from_id(&engine.kb, id)?;
        Some(render::render(&engine, &self.i18n, &key, lang, 1.0))
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

fn answer(engine: &Engine, i18n: &I18n, question: &str, lang: Lang) -> Answer {
    let kb = &engine.kb;
    if crate::search::analyzer::words(question).is_empty() {
        return Answer {
            answered: false,
            confidence: 0.0,
            reply: Reply::text(i18n.get(lang, "answer-empty-question")),
            results: Vec::new(),
            suggestions: Vec::new(),
        };
    }
    let outcome = engine.index.search(question, lang);
    let results: Vec<ResultRef> = outcome
        .hits
        .iter()
        .map(|h| ResultRef {
            id: result_id(kb, &h.key),
            kind: kind_of(kb, &h.key),
            title: title_of(engine, &h.key, Lang::En),
            score: (h.score * 1000.0).round() / 1000.0,
        })
        .collect();

    // A question holding an HS code goes straight to that code.
    let codes = hs::find_codes(question);
    let known: Vec<_> = codes
        .iter()
        .filter(|c| kb.hs.contains_key(*c))
        .cloned()
        .collect();
    let code_question = outcome.hs_intent || outcome.topic_words <= 1;
    if let Some(code) = known.first().filter(|c| code_question || c.level() >= 6) {
        let reply = render::render(engine, i18n, &DocKey::Hs(code.clone()), lang, 1.0);
        return Answer {
            answered: true,
            confidence: 1.0,
            reply,
            results,
            suggestions: Vec::new(),
        };
    }
    if let Some(code) = codes
        .first()
        .filter(|_| outcome.hs_intent && known.is_empty())
    {
        let reply = Reply::text(i18n.message(
            lang,
            "hs-not-found",
            &crate::i18n::args(&[("code", code.as_str())]),
        ));
        return Answer {
            answered: false,
            confidence: 0.0,
            reply,
            results,
            suggestions: Vec::new(),
        };
    }

    let confidence = outcome.confidence();
    let Some(top) = outcome
        .hits
        .first()
        .filter(|_| confidence >= ANSWER_THRESHOLD)
    else {
        return Answer {
            answered: false,
            confidence,
            reply: Reply::text(i18n.get(lang, "answer-not-found")),
            results,
            suggestions: Vec::new(),
        };
    };
    let reply = render::render(engine, i18n, &top.key, lang, confidence);
    let suggestions = outcome
        .hits
        .iter()
        .skip(1)
        .filter(|h| h.confidence >= ANSWER_THRESHOLD && h.score >= top.score * 0.6)
        .take(3)
        .map(|h| (result_id(kb, &h.key), title_of(engine, &h.key, lang)))
        .collect();
    Answer {
        answered: true,
        confidence,
        reply,
        results,
        suggestions,
    }
}
