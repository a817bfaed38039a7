//! Logging with `tracing`: human-readable lines on stderr, filtered by `RUST_LOG`
//! (default `info` for this crate, `warn` for the rest).
//!
//! Personal data stays out of the logs: no handler logs user text at `info` (questions are
//! logged at `debug` only, masked); every line written passes through
//! [`crate::text::mask::personal`] (phone, e-mail, PAN, Aadhaar), whatever logged it; and by
//! default teloxide's "cannot parse an update" errors, which print the raw update (the user's
//! text), are off.

use std::io::Write;

use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;

/// The default filter: teloxide's dispatcher and webhook modules log whole raw updates when
/// one does not parse, so they are off unless `RUST_LOG` asks for them.
pub const DEFAULT_FILTER: &str = "warn,export_helpdesk=info,\
    teloxide::dispatching::dispatcher=off,teloxide::update_listeners::webhooks=off";

/// Installs the global subscriber. Safe to call more than once (later calls do nothing).
pub fn init() {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(Masked(std::io::stderr))
        .try_init();
}

/// A writer factory whose writers mask personal data in what they write.
#[derive(Clone, Copy)]
pub struct Masked<M>(pub M);

impl<'a, M: MakeWriter<'a>> MakeWriter<'a> for Masked<M> {
    type Writer = MaskedWriter<M::Writer>;
    fn make_writer(&'a self) -> Self::Writer {
        MaskedWriter(self.0.make_writer())
    }
}

/// Masks each write (the formatter writes one whole event at a time).
pub struct MaskedWriter<W>(pub W);

impl<W: Write> Write for MaskedWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match std::str::from_utf8(buf) {
            Ok(text) => self
                .0
                .write_all(crate::text::mask::personal(text).as_bytes())
                .map(|()| buf.len()),
            Err(_) => self.0.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_logged_has_personal_numbers_masked() {
        let mut out = MaskedWriter(Vec::new());
        let line = "WARN handler failed for text \"call 9876543210, PAN ABCDE1234F\"\n";
        assert_eq!(out.write(line.as_bytes()).unwrap(), line.len());
        let written = String::from_utf8(out.0).unwrap();
        assert_eq!(
            written,
            "WARN handler failed for text \"call [phone], PAN [PAN]\"\n"
        );
    }

    #[test]
    fn the_default_filter_parses() {
        assert!(EnvFilter::try_new(DEFAULT_FILTER).is_ok());
    }
}
