//! Walking `knowledge/`: reading a file (every file read goes into the fingerprint), listing a
//! folder's files, and reading a CSV table with its header and field count checked.

use std::path::{Path, PathBuf};

use crate::knowledge::KnowledgeError;
use crate::knowledge::diag::Diagnostics;

/// The knowledge folder as the loader reads it.
pub(super) struct Files {
    root: PathBuf,
    /// What diagnostics show before a relative path: the folder's own name ("knowledge").
    shown: PathBuf,
    hash: Fnv,
}

/// A CSV table's data rows with their line numbers, after the header was checked.
pub(super) struct Table {
    /// The file as diagnostics show it.
    pub shown: PathBuf,
    pub rows: Vec<(usize, csv::StringRecord)>,
}

impl Files {
    pub fn new(root: &Path) -> Files {
        let shown = root
            .file_name()
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("knowledge"));
        Files {
            root: root.to_path_buf(),
            shown,
            hash: Fnv::new(),
        }
    }

    /// A path relative to the root, as diagnostics show it (`knowledge/entries/iec.md`).
    pub fn shown(&self, rel: &Path) -> PathBuf {
        self.shown.join(rel)
    }

    /// A hash of the names and contents of every file read so far.
    pub fn fingerprint(&self) -> u64 {
        self.hash.finish()
    }

    /// Reads a file (relative to the root) as text, adding it to the fingerprint. `None` if
    /// it is absent, or not UTF-8 (then with a diagnostic).
    pub fn read(
        &mut self,
        rel: &Path,
        diags: &mut Diagnostics,
    ) -> Result<Option<String>, KnowledgeError> {
        let path = self.root.join(rel);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(KnowledgeError::Io { path, source }),
        };
        self.hash.write(rel.to_string_lossy().as_bytes());
        self.hash.write(&bytes);
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Some(text.trim_start_matches('\u{feff}').to_string())),
            Err(e) => {
                let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                let line = 1 + valid.iter().filter(|&&b| b == b'\n').count();
                diags.error(self.shown(rel), line, "not valid UTF-8 text");
                Ok(None)
            }
        }
    }

    /// Files under `rel` (recursively) with the extension, sorted, relative to the root;
    /// README.md files are not content.
    pub fn list(&self, rel: &str, ext: &str) -> Result<Vec<PathBuf>, KnowledgeError> {
        let mut out = Vec::new();
        let mut stack = vec![self.root.join(rel)];
        while let Some(dir) = stack.pop() {
            let read = match std::fs::read_dir(&dir) {
                Ok(r) => r,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(source) => return Err(KnowledgeError::Io { path: dir, source }),
            };
            for item in read {
                let item = item.map_err(|source| KnowledgeError::Io {
                    path: dir.clone(),
                    source,
                })?;
                let path = item.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == ext)
                    && path.file_name().is_none_or(|n| n != "README.md")
                {
                    out.push(path.strip_prefix(&self.root).unwrap_or(&path).to_path_buf());
                }
            }
        }
        out.sort();
        Ok(out)
    }

    /// Reads a CSV file whose first non-comment line must be `header`. `None` if the file is
    /// absent; a table with no rows if its header is wrong. Rows with the wrong number of
    /// fields are reported and left out.
    pub fn table(
        &mut self,
        rel: &Path,
        header: &[&str],
        diags: &mut Diagnostics,
    ) -> Result<Option<Table>, KnowledgeError> {
        let Some(text) = self.read(rel, diags)? else {
            return Ok(None);
        };
        let shown = self.shown(rel);
        let mut table = Table {
            shown,
            rows: Vec::new(),
        };
        let header_line = text
            .lines()
            .position(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map_or(1, |i| i + 1);
        let mut reader = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .flexible(true)
            .from_reader(text.as_bytes());
        match reader.headers() {
            Ok(h) => {
                let got: Vec<&str> = h.iter().map(str::trim).collect();
                if got != header {
                    let msg = format!(
                        "expected the header `{}`, found `{}`",
                        header.join(","),
                        got.join(",")
                    );
                    diags.error(&table.shown, header_line, msg);
                    return Ok(Some(table));
                }
            }
            Err(e) => {
                diags.error(&table.shown, header_line, format!("bad CSV: {e}"));
                return Ok(Some(table));
            }
        }
        for record in reader.records() {
            match record {
                Ok(rec) => {
                    let line = rec.position().map_or(0, |p| p.line() as usize);
                    if rec.len() == header.len() {
                        table.rows.push((line, rec));
                    } else {
                        let msg = format!("expected {} fields, found {}", header.len(), rec.len());
                        diags.error(&table.shown, line, msg);
                    }
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line() as usize);
                    diags.error(&table.shown, line, format!("bad CSV: {e}"));
                }
            }
        }
        Ok(Some(table))
    }
}

/// FNV-1a, a small stable hash for the knowledge fingerprint.
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        // Separate consecutive writes so ("ab","c") and ("a","bc") differ.
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(parts: &[&str]) -> u64 {
        let mut h = Fnv::new();
        for p in parts {
            h.write(p.as_bytes());
        }
        h.finish()
    }

    #[test]
    fn the_fingerprint_tells_where_one_file_ends_and_the_next_begins() {
        assert_ne!(hash(&["ab", "c"]), hash(&["a", "bc"]));
        assert_eq!(hash(&["ab", "c"]), hash(&["ab", "c"]));
    }

    #[test]
    fn a_table_reports_a_wrong_header_and_rows_with_missing_fields() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.csv"), "# comment\nx,y\n1,2\n3\n").unwrap();
        std::fs::write(dir.path().join("b.csv"), "x,z\n1,2\n").unwrap();
        let mut files = Files::new(dir.path());
        let mut diags = Diagnostics::default();
        let a = files
            .table(Path::new("a.csv"), &["x", "y"], &mut diags)
            .unwrap()
            .unwrap();
        assert_eq!(a.rows.len(), 1);
        assert_eq!(
            a.rows[0].0, 3,
            "the row's line counts the comment and header"
        );
        let b = files
            .table(Path::new("b.csv"), &["x", "y"], &mut diags)
            .unwrap()
            .unwrap();
        assert!(b.rows.is_empty());
        let messages: Vec<String> = diags.0.iter().map(|d| d.to_string()).collect();
        assert!(
            messages[0].ends_with("a.csv:4: error: expected 2 fields, found 1"),
            "{messages:?}"
        );
        assert!(messages[1].contains("b.csv:1: error: expected the header `x,y`, found `x,z`"));
        assert!(
            files
                .table(Path::new("none.csv"), &["x"], &mut diags)
                .unwrap()
                .is_none()
        );
    }
}
