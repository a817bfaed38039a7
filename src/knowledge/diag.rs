//! Diagnostics: a problem in `knowledge/`, pointing at file and line.

use std::fmt;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem found while loading `knowledge/`, shown as `file:line: error: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the knowledge folder's parent, e.g. `knowledge/entries/iec.md`.
    pub file: PathBuf,
    /// 1-based line number.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}: {}: {}",
            self.file.display(),
            self.line,
            sev,
            self.message
        )
    }
}

/// Collects diagnostics while loading.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn error(&mut self, file: impl Into<PathBuf>, line: usize, message: impl Into<String>) {
        self.push(Severity::Error, file.into(), line, message.into());
    }

    pub fn warning(&mut self, file: impl Into<PathBuf>, line: usize, message: impl Into<String>) {
        self.push(Severity::Warning, file.into(), line, message.into());
    }

    fn push(&mut self, severity: Severity, file: PathBuf, line: usize, message: String) {
        self.0.push(Diagnostic {
            severity,
            file,
            line: line.max(1),
            message,
        });
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.severity == Severity::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter().filter(|d| d.severity == Severity::Warning)
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
}
