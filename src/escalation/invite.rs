//! Invites: an admin gets a one-time code for a jurisdiction (`/invite district Moradabad`),
//! which the new officer sends as `/join CODE`.

use crate::knowledge::KnowledgeBase;
use crate::store::{Jurisdiction, Officer, Store, StoreError, TelegramId};

use super::EscalationError;

/// A new invite from an admin for the jurisdiction `text` names; its code.
pub async fn create(
    store: &Store,
    kb: &KnowledgeBase,
    admin: TelegramId,
    text: &str,
) -> Result<(String, Jurisdiction), EscalationError> {
    let jurisdiction = Jurisdiction::parse_words(text, kb)?;
    let code = new_code();
    store.create_invite(&code, &jurisdiction, admin).await?;
    store
        .audit(None, admin, "invite created", jurisdiction.level().as_str())
        .await?;
    Ok((code, jurisdiction))
}

/// Redeems a code: the sender becomes an officer. `None` if the code is unknown or used.
pub async fn redeem(
    store: &Store,
    code: &str,
    id: TelegramId,
    name: &str,
) -> Result<Option<Officer>, StoreError> {
    let officer = store.redeem_invite(code.trim(), id, name).await?;
    if let Some(o) = &officer {
        store
            .audit(None, id, "officer joined", o.level().as_str())
            .await?;
    }
    Ok(officer)
}

/// A new one-time invite code: 16 characters from an unambiguous alphabet, from the
/// operating system's randomness (through std's hasher seeds).
pub fn new_code() -> String {
    use std::hash::{BuildHasher, Hasher};
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut out = String::with_capacity(16);
    for _ in 0..2 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        let mut v = h.finish();
        for _ in 0..8 {
            out.push(ALPHABET[(v % 32) as usize] as char);
            v /= 32;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn invite_codes_are_sixteen_unambiguous_characters_and_differ() {
        let (a, b) = (super::new_code(), super::new_code());
        assert_eq!(a.len(), 16);
        assert!(
            a.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        );
        assert!(!a.contains(['0', 'O', '1', 'I']));
        assert_ne!(a, b);
    }
}
