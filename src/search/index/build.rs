//! Building the four indexes in memory or on disk (reused when the knowledge is unchanged),
//! and the per-document term sets the re-ranking reads.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument};

use super::documents::{documents, schema};
use super::{
    DocInfo, DocKey, FAMILIES, KEYWORD_LINE, KEYWORDS, QUESTION_LINE, QUESTIONS, SCHEMA_VERSION,
    SearchIndex, TITLE, family_of,
};
use crate::knowledge::KnowledgeBase;
use crate::search::SearchError;
use crate::search::analyzer::{self, IndicTokenizer, TOKENIZER_NAME};
use crate::search::vocab::Vocabulary;

impl SearchIndex {
    /// Builds the index in memory.
    pub fn build_in_ram(kb: &KnowledgeBase) -> Result<SearchIndex, SearchError> {
        let indexes = FAMILIES
            .iter()
            .map(|_| Index::create_in_ram(schema().0))
            .collect();
        Self::finish(kb, indexes, true, None)
    }

    /// Opens the index saved for this knowledge base under `dir`, or builds and saves it.
    /// Each knowledge fingerprint has its own sub-folder; a new one is built beside the old
    /// and renamed into place when complete, so a reader never sees half an index.
    pub fn open_or_build(kb: &KnowledgeBase, dir: &Path) -> Result<SearchIndex, SearchError> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| SearchError::Io { path, source }
        };
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let name = format!("kb-{:016x}-v{SCHEMA_VERSION}", kb.fingerprint);
        let target = dir.join(&name);
        if target.join(FAMILIES[3]).join("meta.json").exists() {
            match Self::open_dir(kb, &target) {
                Ok(opened) => {
                    Self::remove_stale(dir, &name);
                    return Ok(opened);
                }
                Err(e) => {
                    tracing::warn!(path = %target.display(), error = %e, "saved index unusable; rebuilding")
                }
            }
            let _ = std::fs::remove_dir_all(&target);
        }
        let building = dir.join(format!(".building-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&building);
        let mut indexes = Vec::new();
        for family in FAMILIES {
            let sub = building.join(family);
            std::fs::create_dir_all(&sub).map_err(io(&sub))?;
            indexes.push(Index::create_in_dir(&sub, schema().0)?);
        }
        Self::finish(kb, indexes, true, None)?;
        if let Err(e) = std::fs::rename(&building, &target) {
            // Another process may have finished the same index first; use theirs.
            let _ = std::fs::remove_dir_all(&building);
            if !target.join(FAMILIES[3]).join("meta.json").exists() {
                return Err(io(&target)(e));
            }
        }
        let opened = Self::open_dir(kb, &target)?;
        Self::remove_stale(dir, &name);
        Ok(opened)
    }

    fn open_dir(kb: &KnowledgeBase, target: &Path) -> Result<SearchIndex, SearchError> {
        let indexes = FAMILIES
            .iter()
            .map(|f| Index::open_in_dir(target.join(f)))
            .collect::<Result<Vec<_>, _>>()?;
        let opened = Self::finish(kb, indexes, false, Some(target.to_path_buf()))?;
        if opened.num_docs() != opened.docs.len() as u64 {
            return Err(SearchError::Tantivy(
                tantivy::TantivyError::InvalidArgument(
                    "saved index does not match the knowledge base".into(),
                ),
            ));
        }
        Ok(opened)
    }

    fn remove_stale(dir: &Path, keep: &str) {
        let Ok(read) = std::fs::read_dir(dir) else {
            return;
        };
        for item in read.flatten() {
            let n = item.file_name().to_string_lossy().to_string();
            if n.starts_with("kb-") && n != keep {
                let _ = std::fs::remove_dir_all(item.path());
            }
        }
    }

    fn finish(
        kb: &KnowledgeBase,
        indexes: Vec<Index>,
        write: bool,
        path: Option<PathBuf>,
    ) -> Result<SearchIndex, SearchError> {
        let fields = schema().1;
        for index in &indexes {
            index.tokenizers().register(TOKENIZER_NAME, IndicTokenizer);
        }
        let texts = documents(kb);
        let mut term_ids: HashMap<String, u32> = HashMap::new();
        let mut df: Vec<u32> = Vec::new();
        let mut vocab = Vocabulary::default();
        let mut docs = Vec::with_capacity(texts.len());
        let mut writers = Vec::new();
        if write {
            for index in &indexes {
                writers.push(index.writer_with_num_threads(1, 30_000_000)?);
            }
        }
        for (ord, t) in texts.into_iter().enumerate() {
            let mut surface: Vec<String> =
                t.fields.iter().flat_map(|f| analyzer::words(f)).collect();
            surface.sort();
            surface.dedup();
            let mut terms: Vec<u32> = Vec::with_capacity(surface.len());
            for w in &surface {
                vocab.add(w, t.curated);
                let s = analyzer::stem(w);
                let next = term_ids.len() as u32;
                let id = *term_ids.entry(s).or_insert(next);
                if id == next {
                    df.push(0);
                }
                terms.push(id);
            }
            terms.sort_unstable();
            terms.dedup();
            let ids_of = |words: &[String]| -> Vec<u32> {
                let mut v: Vec<u32> = words
                    .iter()
                    .filter_map(|w| term_ids.get(&analyzer::stem(w)).copied())
                    .collect();
                v.sort_unstable();
                v.dedup();
                v
            };
            let field_ids: [Vec<u32>; 5] =
                std::array::from_fn(|f| ids_of(&analyzer::words(&t.fields[f])));
            let mut strong: Vec<u32> = [TITLE, KEYWORDS, QUESTIONS]
                .iter()
                .flat_map(|&f| field_ids[f].iter().copied())
                .collect();
            strong.sort_unstable();
            strong.dedup();
            // Names of the topic: title lines, and for entries each keyword (an entry about
            // RoDTEP has the keyword "rodtep" even when its titles spell the scheme out) and
            // each way people ask for it.
            let keyword_lines = if matches!(t.key, DocKey::Entry(_)) {
                t.fields[KEYWORDS].as_str()
            } else {
                ""
            };
            let titles: Vec<(Vec<u32>, usize, f32)> = t.fields[TITLE]
                .lines()
                .map(|l| (l, 1.0))
                .chain(keyword_lines.lines().map(|l| (l, KEYWORD_LINE)))
                .chain(t.fields[QUESTIONS].lines().map(|l| (l, QUESTION_LINE)))
                .filter(|(l, _)| !l.trim().is_empty())
                .map(|(l, weight)| {
                    let words = analyzer::words(l);
                    let ids = ids_of(&words);
                    let content = words
                        .iter()
                        .filter(|w| !kb.lexicon.stopwords.contains(*w))
                        .count()
                        .max(1);
                    (ids, content, weight)
                })
                .collect();
            for &id in &terms {
                df[id as usize] += 1;
            }
            if let Some(w) = writers.get_mut(family_of(&t.key)) {
                let mut doc = TantivyDocument::default();
                for (field, text) in fields.text.iter().zip(&t.fields) {
                    if !text.is_empty() {
                        doc.add_text(*field, text);
                    }
                }
                doc.add_u64(fields.ord, ord as u64);
                w.add_document(doc)?;
            }
            docs.push(DocInfo {
                key: t.key,
                terms,
                strong,
                fields: field_ids,
                titles,
            });
        }
        for mut w in writers {
            w.commit()?;
            w.wait_merging_threads()?;
        }
        vocab.finish();
        let mut terms = vec![String::new(); term_ids.len()];
        for (s, &id) in &term_ids {
            terms[id as usize] = s.clone();
        }
        let readers = indexes
            .iter()
            .map(|index| {
                index
                    .reader_builder()
                    .reload_policy(ReloadPolicy::Manual)
                    .try_into()
            })
            .collect::<Result<Vec<IndexReader>, _>>()?;
        Ok(SearchIndex {
            readers,
            fields,
            docs,
            term_ids,
            terms,
            df,
            vocab,
            stopwords: kb.lexicon.stopwords.clone(),
            generic: kb.lexicon.generic.clone(),
            hs_intent: kb.lexicon.hs_intent.clone(),
            path,
        })
    }
}
