//! User-interface strings from Project Fluent files, `locales/<lang>/*.ftl`, with English as
//! the fallback for a message a locale lacks.
//!
//! ```no_run
//! use export_helpdesk::i18n::{I18n, args};
//! use export_helpdesk::lang::Lang;
//! let i18n = I18n::load("locales".as_ref()).unwrap();
//! let text = i18n.message(Lang::Hi, "ticket-opened", &args(&[("district", "Moradabad"), ("ticket", "42"), ("hours", "24")]));
//! ```

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::lang::Lang;

/// Errors loading the locales.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    /// The English locale, the fallback for every other, is missing.
    #[error("no English locale in {0} (expected {0}/en/*.ftl)")]
    NoEnglish(PathBuf),
    /// A locale file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A locale file is not valid Fluent.
    #[error("{path}: Fluent syntax error: {message}")]
    Syntax { path: PathBuf, message: String },
}

/// The loaded UI strings of every language.
pub struct I18n {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("languages", &self.bundles.len())
            .finish()
    }
}

/// Builds Fluent arguments from string pairs.
pub fn args<'a>(pairs: &[(&'a str, &str)]) -> FluentArgs<'a> {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(*k, FluentValue::from(v.to_string()));
    }
    a
}

impl I18n {
    /// Loads every `<dir>/<lang>/*.ftl`. Languages without a folder fall back to English.
    pub fn load(dir: &Path) -> Result<I18n, I18nError> {
        let mut bundles = HashMap::new();
        for lang in Lang::ALL {
            let folder = dir.join(lang.code());
            if !folder.is_dir() {
                if lang == Lang::En {
                    return Err(I18nError::NoEnglish(dir.to_path_buf()));
                }
                continue;
            }
            let langid = lang.code().parse().expect("language codes are valid tags");
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Fluent would wrap every placeable in U+2068/U+2069; they would end up in
            // Telegram messages.
            bundle.set_use_isolating(false);
            for path in ftl_files(&folder)? {
                let resource = FluentResource::try_new(read_ftl(&path)?)
                    .map_err(|(_, errs)| syntax_error(&path, &errs))?;
                // A duplicate id across files keeps the first; `check` reports it.
                let _ = bundle.add_resource(resource);
            }
            bundles.insert(lang, bundle);
        }
        Ok(I18n { bundles })
    }

    /// The message `id` in `lang` without arguments.
    pub fn get(&self, lang: Lang, id: &str) -> String {
        self.message(lang, id, &FluentArgs::new())
    }

    /// The message `id` in `lang` (falling back to English, then to the id itself).
    pub fn message(&self, lang: Lang, id: &str, args: &FluentArgs) -> String {
        for l in [lang, Lang::En] {
            if let Some(bundle) = self.bundles.get(&l)
                && let Some(msg) = bundle.get_message(id)
                && let Some(pattern) = msg.value()
            {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(args), &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
                tracing::warn!(lang = %l, id, ?errors, "Fluent formatting error");
            }
        }
        tracing::warn!(id, "missing Fluent message");
        id.to_string()
    }

    /// Whether a locale folder was found for `lang`.
    pub fn has_locale(&self, lang: Lang) -> bool {
        self.bundles.contains_key(&lang)
    }
}

fn read_ftl(path: &Path) -> Result<String, I18nError> {
    std::fs::read_to_string(path).map_err(|source| I18nError::Io {
        path: path.to_path_buf(),
        source,
    })
}

fn syntax_error<E: std::fmt::Debug>(path: &Path, errors: &[E]) -> I18nError {
    I18nError::Syntax {
        path: path.to_path_buf(),
        message: errors
            .iter()
            .map(|e| format!("{e:?}"))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

fn ftl_files(folder: &Path) -> Result<Vec<PathBuf>, I18nError> {
    let read = std::fs::read_dir(folder).map_err(|source| I18nError::Io {
        path: folder.to_path_buf(),
        source,
    })?;
    let mut files: Vec<PathBuf> = read
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    Ok(files)
}

/// Message ids of a locale with the variables each uses.
pub type Catalog = BTreeMap<String, BTreeSet<String>>;

/// Reads the message ids and their variables of one locale folder.
pub fn catalog(folder: &Path) -> Result<Catalog, I18nError> {
    let mut out = Catalog::new();
    for path in ftl_files(folder)? {
        let text = read_ftl(&path)?;
        let res = fluent_syntax::parser::parse(text.as_str())
            .map_err(|(_, errs)| syntax_error(&path, &errs))?;
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                out.insert(m.id.name.to_string(), vars);
            }
        }
    }
    Ok(out)
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

/// Every way a locale differs from English: a missing or extra message, or other variables.
pub fn check(dir: &Path) -> Result<Vec<String>, I18nError> {
    let english = catalog(&dir.join("en"))?;
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().skip(1) {
        let folder = dir.join(lang.code());
        if !folder.is_dir() {
            problems.push(format!("{}: locale folder missing", lang.code()));
            continue;
        }
        let cat = catalog(&folder)?;
        for (id, vars) in &english {
            match cat.get(id) {
                None => problems.push(format!("{}: missing message {id}", lang.code())),
                Some(v) if v != vars => problems.push(format!(
                    "{}: message {id} uses variables {:?}, English uses {:?}",
                    lang.code(),
                    v,
                    vars
                )),
                _ => {}
            }
        }
        for id in cat.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{}: message {id} is not in English", lang.code()));
        }
    }
    Ok(problems)
}
