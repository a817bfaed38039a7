//! Settings: defaults, then an optional `export-helpdesk.toml`, then environment variables.
//!
//! | setting | TOML key | environment | default |
//! | --- | --- | --- | --- |
//! | knowledge folder | `knowledge_dir` | `KNOWLEDGE_DIR` | `knowledge` |
//! | locales folder | `locales_dir` | `LOCALES_DIR` | `locales` |
//! | index folder | `index_dir` | `INDEX_DIR` | `data/index` |
//! | database | `database_url` | `DATABASE_URL` | `sqlite://data/helpdesk.db` |
//! | default language | `default_language` | `DEFAULT_LANGUAGE` | `en` |
//! | bot token | `telegram_token` | `TELOXIDE_TOKEN` | none |
//! | Bot API base URL | `telegram_api_url` | `TELEGRAM_API_URL` | `https://api.telegram.org` |
//! | hours to an SLA reminder | `sla_remind_hours` | `SLA_REMIND_HOURS` | `24` |
//! | hours to each escalation | `sla_escalate_hours` | `SLA_ESCALATE_HOURS` | `72` |
//! | working days | `sla_working_days` | `SLA_WORKING_DAYS` (`mon,tue,...`) | Monday to Friday |
//! | tries of an outbox message before it is `failed` | `outbox_max_attempts` | `OUTBOX_MAX_ATTEMPTS` | `8` |
//! | days question texts and closed tickets are kept | `retention_days` | `RETENTION_DAYS` | `365` |
//! | broadcast messages a second (0: no pace, for tests and benchmarks) | `broadcast_per_second` | `BROADCAST_PER_SECOND` | `20` |

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::lang::Lang;

/// Errors reading the settings.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The settings file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The settings file is not valid TOML or has an unknown key.
    #[error("{path}: {message}")]
    Parse { path: PathBuf, message: String },
    /// A value is not acceptable.
    #[error("setting {key}: {message}")]
    Invalid { key: &'static str, message: String },
}

/// Every setting of the helpdesk.
#[derive(Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub knowledge_dir: PathBuf,
    pub locales_dir: PathBuf,
    pub index_dir: PathBuf,
    pub database_url: String,
    #[serde(deserialize_with = "de_lang")]
    pub default_language: Lang,
    pub telegram_token: Option<String>,
    pub telegram_api_url: Option<String>,
    pub sla_remind_hours: u32,
    pub sla_escalate_hours: u32,
    pub sla_working_days: Vec<String>,
    pub outbox_max_attempts: u32,
    /// Days question texts and closed tickets are kept (DPDP Act 2023: no longer than
    /// needed); at least 1.
    pub retention_days: u32,
    /// Broadcast messages a second at most; 0 turns the pace (and Telegram's limits on the
    /// client) off, for tests and benchmarks against a fake Bot API.
    pub broadcast_per_second: u32,
}

impl std::fmt::Debug for Settings {
    /// Never prints the token.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("knowledge_dir", &self.knowledge_dir)
            .field("locales_dir", &self.locales_dir)
            .field("index_dir", &self.index_dir)
            .field("database_url", &redact_url(&self.database_url))
            .field("default_language", &self.default_language)
            .field(
                "telegram_token",
                &self.telegram_token.as_ref().map(|_| "<redacted>"),
            )
            .field("telegram_api_url", &self.telegram_api_url)
            .field("sla_remind_hours", &self.sla_remind_hours)
            .field("sla_escalate_hours", &self.sla_escalate_hours)
            .field("sla_working_days", &self.sla_working_days)
            .field("outbox_max_attempts", &self.outbox_max_attempts)
            .field("retention_days", &self.retention_days)
            .field("broadcast_per_second", &self.broadcast_per_second)
            .finish()
    }
}

fn de_lang<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
    let s = String::deserialize(d)?;
    Lang::parse(&s).map_err(serde::de::Error::custom)
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            knowledge_dir: "knowledge".into(),
            locales_dir: "locales".into(),
            index_dir: "data/index".into(),
            database_url: "sqlite://data/helpdesk.db".into(),
            default_language: Lang::En,
            telegram_token: None,
            telegram_api_url: None,
            sla_remind_hours: 24,
            sla_escalate_hours: 72,
            sla_working_days: ["mon", "tue", "wed", "thu", "fri"]
                .map(String::from)
                .to_vec(),
            outbox_max_attempts: 8,
            retention_days: 365,
            broadcast_per_second: crate::escalation::outbox::BROADCASTS_PER_SECOND,
        }
    }
}

impl Settings {
    /// Reads `file` (or `./export-helpdesk.toml` when it exists), then the environment.
    pub fn load(file: Option<&Path>) -> Result<Settings, ConfigError> {
        let default_file = Path::new("export-helpdesk.toml");
        let file = file.or_else(|| default_file.exists().then_some(default_file));
        let mut s = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
                    path: path.into(),
                    source,
                })?;
                toml::from_str(&text).map_err(|e| ConfigError::Parse {
                    path: path.into(),
                    message: e.message().to_string(),
                })?
            }
            None => Settings::default(),
        };
        s.apply_env(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))?;
        Ok(s)
    }

    /// Applies environment overrides from `get` (a function, so tests need no process env).
    pub fn apply_env(&mut self, get: impl Fn(&str) -> Option<String>) -> Result<(), ConfigError> {
        if let Some(v) = get("KNOWLEDGE_DIR") {
            self.knowledge_dir = v.into();
        }
        if let Some(v) = get("LOCALES_DIR") {
            self.locales_dir = v.into();
        }
        if let Some(v) = get("INDEX_DIR") {
            self.index_dir = v.into();
        }
        if let Some(v) = get("DATABASE_URL") {
            self.database_url = v;
        }
        if let Some(v) = get("DEFAULT_LANGUAGE") {
            self.default_language = Lang::parse(&v).map_err(|e| ConfigError::Invalid {
                key: "DEFAULT_LANGUAGE",
                message: e.to_string(),
            })?;
        }
        if let Some(v) = get("TELOXIDE_TOKEN") {
            self.telegram_token = Some(v);
        }
        if let Some(v) = get("TELEGRAM_API_URL") {
            self.telegram_api_url = Some(v);
        }
        let hours = |key: &'static str, v: String| {
            v.trim().parse::<u32>().map_err(|_| ConfigError::Invalid {
                key,
                message: format!("{v:?} is not a number of hours"),
            })
        };
        if let Some(v) = get("SLA_REMIND_HOURS") {
            self.sla_remind_hours = hours("SLA_REMIND_HOURS", v)?;
        }
        if let Some(v) = get("SLA_ESCALATE_HOURS") {
            self.sla_escalate_hours = hours("SLA_ESCALATE_HOURS", v)?;
        }
        if let Some(v) = get("BROADCAST_PER_SECOND") {
            self.broadcast_per_second =
                v.trim().parse::<u32>().map_err(|_| ConfigError::Invalid {
                    key: "BROADCAST_PER_SECOND",
                    message: format!("{v:?} is not a number of messages"),
                })?;
        }
        if let Some(v) = get("SLA_WORKING_DAYS") {
            self.sla_working_days = v
                .split(',')
                .map(|d| d.trim().to_string())
                .filter(|d| !d.is_empty())
                .collect();
        }
        if let Some(v) = get("OUTBOX_MAX_ATTEMPTS") {
            self.outbox_max_attempts = v.trim().parse().map_err(|_| ConfigError::Invalid {
                key: "OUTBOX_MAX_ATTEMPTS",
                message: format!("{v:?} is not a number"),
            })?;
        }
        if let Some(v) = get("RETENTION_DAYS") {
            self.retention_days = v.trim().parse().map_err(|_| ConfigError::Invalid {
                key: "RETENTION_DAYS",
                message: format!("{v:?} is not a number of days"),
            })?;
        }
        if self.retention_days == 0 {
            return Err(ConfigError::Invalid {
                key: "retention_days",
                message: "keep data for at least one day".into(),
            });
        }
        self.sla()?;
        self.outbox()?;
        Ok(())
    }

    /// The outbox worker's policy, checked.
    pub fn outbox(&self) -> Result<crate::escalation::outbox::Policy, ConfigError> {
        if self.outbox_max_attempts == 0 {
            return Err(ConfigError::Invalid {
                key: "outbox_max_attempts",
                message: "at least one try".into(),
            });
        }
        Ok(crate::escalation::outbox::Policy {
            max_attempts: self.outbox_max_attempts,
            ..Default::default()
        })
    }

    /// The SLA settings, checked.
    pub fn sla(&self) -> Result<crate::escalation::sla::Sla, ConfigError> {
        let days = self
            .sla_working_days
            .iter()
            .map(|d| {
                d.parse::<chrono::Weekday>()
                    .map_err(|_| ConfigError::Invalid {
                        key: "sla_working_days",
                        message: format!("{d:?} is not a day (mon, tue, ...)"),
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if days.is_empty() {
            return Err(ConfigError::Invalid {
                key: "sla_working_days",
                message: "name at least one working day".into(),
            });
        }
        Ok(crate::escalation::sla::Sla {
            remind_hours: self.sla_remind_hours,
            escalate_hours: self.sla_escalate_hours,
            working_days: days,
        })
    }
}

/// A database URL with any password replaced, for logs.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            let user = creds.split(':').next().unwrap_or_default();
            format!("{}://{}:***@{}", &url[..s], user, &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn environment_overrides_defaults() {
        let mut s = Settings::default();
        s.apply_env(|k| match k {
            "DATABASE_URL" => Some("postgres://u:secret@localhost/test".into()),
            "DEFAULT_LANGUAGE" => Some("ta".into()),
            _ => None,
        })
        .unwrap();
        assert_eq!(s.default_language, Lang::Ta);
        assert_eq!(s.database_url, "postgres://u:secret@localhost/test");
    }

    #[test]
    fn sla_settings_come_from_the_environment_and_are_checked() {
        let mut s = Settings::default();
        s.apply_env(|k| match k {
            "SLA_REMIND_HOURS" => Some("8".into()),
            "SLA_WORKING_DAYS" => Some("mon,tue,wed,thu,fri,sat".into()),
            _ => None,
        })
        .unwrap();
        let sla = s.sla().unwrap();
        assert_eq!(sla.remind_hours, 8);
        assert_eq!(sla.working_days.len(), 6);
        assert!(
            Settings::default()
                .apply_env(|k| (k == "SLA_WORKING_DAYS").then(|| "funday".into()))
                .is_err()
        );
    }

    #[test]
    fn retention_is_a_year_unless_set_and_never_zero() {
        assert_eq!(Settings::default().retention_days, 365);
        let mut s = Settings::default();
        s.apply_env(|k| (k == "RETENTION_DAYS").then(|| "90".into()))
            .unwrap();
        assert_eq!(s.retention_days, 90);
        for bad in ["0", "a year"] {
            assert!(
                Settings::default()
                    .apply_env(|k| (k == "RETENTION_DAYS").then(|| bad.into()))
                    .is_err(),
                "{bad}"
            );
        }
        let from_toml: Settings = toml::from_str("retention_days = 30").unwrap();
        assert_eq!(from_toml.retention_days, 30);
    }

    #[test]
    fn a_bad_default_language_is_refused() {
        let mut s = Settings::default();
        assert!(
            s.apply_env(|k| (k == "DEFAULT_LANGUAGE").then(|| "xx".into()))
                .is_err()
        );
    }

    #[test]
    fn the_outbox_tries_come_from_the_environment_and_zero_is_refused() {
        let mut s = Settings::default();
        assert_eq!(s.outbox().unwrap().max_attempts, 8);
        s.apply_env(|k| (k == "OUTBOX_MAX_ATTEMPTS").then(|| "3".to_string()))
            .unwrap();
        assert_eq!(s.outbox().unwrap().max_attempts, 3);
        let zero = s.apply_env(|k| (k == "OUTBOX_MAX_ATTEMPTS").then(|| "0".to_string()));
        assert!(zero.is_err());
    }

    #[test]
    fn debug_output_hides_the_token_and_database_password() {
        let s = Settings {
            telegram_token: Some("123:SECRET".into()),
            database_url: "postgres://u:pw@h/db".into(),
            ..Settings::default()
        };
        let shown = format!("{s:?}");
        assert!(
            !shown.contains("SECRET") && !shown.contains(":pw@"),
            "{shown}"
        );
    }
}
