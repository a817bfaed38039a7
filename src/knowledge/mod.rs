//! The knowledge base: its model, loading `knowledge/` from disk, and validation with
//! `file:line` diagnostics. Knows nothing of tantivy, Telegram or SQL.
//!
//! ```no_run
//! use export_helpdesk::knowledge::KnowledgeBase;
//! let (kb, diagnostics) = KnowledgeBase::load("knowledge".as_ref()).unwrap();
//! for d in &diagnostics.0 {
//!     eprintln!("{d}"); // knowledge/entries/iec.md:3: error: ...
//! }
//! println!("{} entries, {} HS lines", kb.entries.len(), kb.hs.len());
//! ```

mod diag;
pub mod hs;
mod load;
mod model;
pub mod notice;
pub mod places;
pub mod stats;

pub use diag::{Diagnostic, Diagnostics, Severity};
pub use hs::HsCode;
pub use model::*;

use std::path::PathBuf;

/// Errors that stop the knowledge base from loading at all. Problems *in* the files are
/// [`Diagnostic`]s, not errors.
#[derive(Debug, thiserror::Error)]
pub enum KnowledgeError {
    /// The knowledge folder does not exist or is not a folder.
    #[error("knowledge folder {0} not found")]
    NotFound(PathBuf),
    /// A file or folder could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}
