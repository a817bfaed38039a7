//! Jurisdictions: the one parser of what an admin types (`officer add` flags, `/invite
//! district Moradabad`), whether a ticket's district is covered, routing a ticket to the
//! officers who answer for it, and a jurisdiction in words.

use crate::i18n::I18n;
use crate::knowledge::KnowledgeBase;
use crate::knowledge::places::DistrictMatch;
use crate::lang::Lang;
use crate::store::{Jurisdiction, Level, Officer, Store, StoreError};

/// Why a jurisdiction could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JurisdictionError {
    #[error("the level must be district, state, ra or admin, not {0:?}")]
    UnknownLevel(String),
    #[error("a {0} officer needs a {0} (--{0})")]
    Missing(Level),
    #[error("district {query:?} is ambiguous: {}", candidates.join(", "))]
    AmbiguousDistrict {
        query: String,
        candidates: Vec<String>,
    },
    #[error("no district {0:?} in the knowledge base")]
    NoDistrict(String),
    #[error("no state {0:?} in the knowledge base")]
    NoState(String),
    #[error("no Regional Authority {0:?}")]
    NoRegionalAuthority(String),
}

impl Jurisdiction {
    /// A jurisdiction of `level` named by `value`: a district name or PIN code, a state, a
    /// Regional Authority id; nothing for an admin.
    pub fn parse(
        level: Level,
        value: &str,
        kb: &KnowledgeBase,
    ) -> Result<Jurisdiction, JurisdictionError> {
        let value = value.trim();
        if value.is_empty() && level != Level::Admin {
            return Err(JurisdictionError::Missing(level));
        }
        match level {
            Level::Admin => Ok(Jurisdiction::Admin),
            Level::District => match kb.find_district(value) {
                DistrictMatch::Exact(i) => Ok(Jurisdiction::District(kb.districts[i].key())),
                DistrictMatch::Candidates(list) => Err(JurisdictionError::AmbiguousDistrict {
                    query: value.to_string(),
                    candidates: list.iter().map(|&i| kb.districts[i].key()).collect(),
                }),
                DistrictMatch::None => Err(JurisdictionError::NoDistrict(value.to_string())),
            },
            Level::State => {
                let upper = value.to_uppercase();
                if kb.districts.iter().any(|d| d.state == upper) {
                    Ok(Jurisdiction::State(upper))
                } else {
                    Err(JurisdictionError::NoState(value.to_string()))
                }
            }
            Level::Ra => {
                let id = value.to_lowercase();
                if kb.regional_authorities.contains_key(&id) {
                    Ok(Jurisdiction::RegionalAuthority(id))
                } else {
                    Err(JurisdictionError::NoRegionalAuthority(value.to_string()))
                }
            }
        }
    }

    /// "district Moradabad", "state Rajasthan", "ra kanpur" or "admin".
    pub fn parse_words(text: &str, kb: &KnowledgeBase) -> Result<Jurisdiction, JurisdictionError> {
        let text = text.trim();
        let (level, rest) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
        let level = Level::parse(level)
            .ok_or_else(|| JurisdictionError::UnknownLevel(level.to_string()))?;
        Jurisdiction::parse(level, rest, kb)
    }

    /// Whether a ticket from `district_key` is within this jurisdiction.
    pub fn covers(&self, kb: &KnowledgeBase, district_key: &str) -> bool {
        let district = kb.district_by_key(district_key);
        match self {
            Jurisdiction::Admin => true,
            Jurisdiction::District(key) => key == district_key,
            Jurisdiction::State(state) => district.is_some_and(|d| &d.state == state),
            Jurisdiction::RegionalAuthority(ra) => {
                district.is_some_and(|d| d.regional_authority.as_ref() == Some(ra))
            }
        }
    }

    /// In words: "Moradabad (Uttar Pradesh)", "Rajasthan", "all of India".
    pub fn describe(&self, kb: &KnowledgeBase, i18n: &I18n, lang: Lang) -> String {
        match self {
            Jurisdiction::Admin => i18n.get(lang, "officer-all-india"),
            Jurisdiction::District(key) => kb.district_by_key(key).map_or_else(
                || key.clone(),
                |d| format!("{} ({})", d.display_name(), d.display_state()),
            ),
            Jurisdiction::State(state) => crate::knowledge::title_case(state),
            Jurisdiction::RegionalAuthority(id) => kb
                .regional_authorities
                .get(id)
                .map_or_else(|| id.clone(), |ra| ra.name.clone()),
        }
    }
}

/// The officers a ticket from `district_key` goes to, starting at level `from` (a new ticket
/// starts at the district; a transfer to a state or an escalation higher), and the level that
/// has them. With nobody anywhere, the admins' level and no one.
pub async fn route(
    store: &Store,
    kb: &KnowledgeBase,
    district_key: &str,
    from: Level,
) -> Result<(Level, Vec<Officer>), StoreError> {
    let district = kb.district_by_key(district_key);
    let state = district.map(|d| d.state.clone()).unwrap_or_default();
    let ra = district
        .and_then(|d| d.regional_authority.clone())
        .unwrap_or_default();
    let levels = [
        (Level::District, district_key),
        (Level::State, state.as_str()),
        (Level::Ra, ra.as_str()),
        (Level::Admin, ""),
    ];
    for (level, value) in levels.into_iter().filter(|(l, _)| *l >= from) {
        if level != Level::Admin && value.is_empty() {
            continue;
        }
        let found = store.officers_where(level, value).await?;
        if !found.is_empty() {
            return Ok((level, found));
        }
    }
    Ok((Level::Admin, Vec::new()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::{District, RegionalAuthority};

    fn kb() -> KnowledgeBase {
        let mut kb = KnowledgeBase::default();
        for (state, name, ra) in [
            ("UTTAR PRADESH", "MORADABAD", "moradabad"),
            ("UTTAR PRADESH", "AGRA", "kanpur"),
            ("RAJASTHAN", "JODHPUR", "jaipur"),
            ("BIHAR", "AURANGABAD", "patna"),
            ("MAHARASHTRA", "AURANGABAD", "mumbai"),
        ] {
            kb.districts.push(District {
                state: state.into(),
                name: name.into(),
                aliases: vec![],
                names: Default::default(),
                regional_authority: Some(ra.into()),
                products: vec![],
                products_source: None,
            });
        }
        kb.regional_authorities.insert(
            "kanpur".into(),
            RegionalAuthority {
                id: "kanpur".into(),
                name: "RA Kanpur".into(),
                city: "Kanpur".into(),
                url: None,
            },
        );
        kb
    }

    #[test]
    fn what_an_admin_types_becomes_a_jurisdiction() {
        let kb = kb();
        assert_eq!(
            Jurisdiction::parse_words("district Moradabad", &kb),
            Ok(Jurisdiction::District("UTTAR PRADESH/MORADABAD".into()))
        );
        assert_eq!(
            Jurisdiction::parse_words("State rajasthan", &kb),
            Ok(Jurisdiction::State("RAJASTHAN".into()))
        );
        assert_eq!(
            Jurisdiction::parse_words("ra Kanpur", &kb),
            Ok(Jurisdiction::RegionalAuthority("kanpur".into()))
        );
        assert_eq!(
            Jurisdiction::parse_words("admin", &kb),
            Ok(Jurisdiction::Admin)
        );
    }

    #[test]
    fn a_bad_jurisdiction_says_what_is_wrong() {
        let kb = kb();
        assert_eq!(
            Jurisdiction::parse_words("minister Delhi", &kb),
            Err(JurisdictionError::UnknownLevel("minister".into()))
        );
        assert_eq!(
            Jurisdiction::parse(Level::District, " ", &kb),
            Err(JurisdictionError::Missing(Level::District))
        );
        assert_eq!(
            Jurisdiction::parse(Level::State, "Atlantis", &kb),
            Err(JurisdictionError::NoState("Atlantis".into()))
        );
        assert_eq!(
            Jurisdiction::parse(Level::Ra, "mars", &kb),
            Err(JurisdictionError::NoRegionalAuthority("mars".into()))
        );
        assert!(matches!(
            Jurisdiction::parse(Level::District, "Zzyzx", &kb),
            Err(JurisdictionError::NoDistrict(_))
        ));
        assert_eq!(
            Jurisdiction::parse(Level::District, "Aurangabad", &kb)
                .unwrap_err()
                .to_string(),
            "district \"Aurangabad\" is ambiguous: BIHAR/AURANGABAD, MAHARASHTRA/AURANGABAD",
            "the candidates are named"
        );
        assert_eq!(
            Jurisdiction::parse(Level::District, "", &kb)
                .unwrap_err()
                .to_string(),
            "a district officer needs a district (--district)"
        );
    }

    #[test]
    fn an_officer_covers_only_the_districts_of_their_jurisdiction() {
        let kb = kb();
        let agra = "UTTAR PRADESH/AGRA";
        assert!(Jurisdiction::District(agra.into()).covers(&kb, agra));
        assert!(!Jurisdiction::District("UTTAR PRADESH/MORADABAD".into()).covers(&kb, agra));
        assert!(Jurisdiction::State("UTTAR PRADESH".into()).covers(&kb, agra));
        assert!(!Jurisdiction::State("RAJASTHAN".into()).covers(&kb, agra));
        assert!(Jurisdiction::RegionalAuthority("kanpur".into()).covers(&kb, agra));
        assert!(!Jurisdiction::RegionalAuthority("jaipur".into()).covers(&kb, agra));
        assert!(Jurisdiction::Admin.covers(&kb, "NOWHERE/AT ALL"));
    }
}
