//! The update being handled, as the inbox hands it over: its `update_id` and how many
//! messages an earlier handling of it (cut short by a crash) already sent. [`super::out::Out`]
//! numbers the messages of a handling and skips those already sent, so an update handled
//! again after a crash does not answer twice.

use std::sync::Arc;
use std::sync::atomic::{AtomicI32, Ordering};

/// One handling of one update; clones share the count of messages.
#[derive(Debug, Clone)]
pub struct Delivery {
    update_id: i64,
    sent_before: i32,
    numbered: Arc<AtomicI32>,
}

impl Delivery {
    /// The handling of `update_id`, of which `sent_before` messages went out already.
    pub fn new(update_id: i64, sent_before: i32) -> Delivery {
        Delivery {
            update_id,
            sent_before,
            numbered: Arc::new(AtomicI32::new(0)),
        }
    }

    pub fn update_id(&self) -> i64 {
        self.update_id
    }

    /// Numbers the next message of this handling (from 1); whether an earlier handling sent
    /// it already.
    pub fn next_message(&self) -> (i32, bool) {
        let n = self.numbered.fetch_add(1, Ordering::SeqCst) + 1;
        (n, n <= self.sent_before)
    }
}

impl PartialEq for Delivery {
    fn eq(&self, other: &Self) -> bool {
        self.update_id == other.update_id
    }
}

impl Eq for Delivery {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_sent_by_an_earlier_handling_are_recognised_and_later_ones_are_not() {
        let d = Delivery::new(7, 2);
        let shared = d.clone();
        assert_eq!(d.next_message(), (1, true));
        assert_eq!(shared.next_message(), (2, true), "clones share the count");
        assert_eq!(d.next_message(), (3, false));
        assert_eq!(Delivery::new(8, 0).next_message(), (1, false));
    }
}
