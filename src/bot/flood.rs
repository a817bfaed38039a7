//! Flood control per user: more than `limit` messages in `window` gets one polite notice,
//! then silence until the user's rate drops below the limit again.
//!
//! Bounded by design: users are spread over [`SHARDS`] shards, each under its own lock, and
//! each shard keeps two generations of users. A user seen is moved to the current one; when
//! the current one is full, the older one is dropped whole and the current one becomes it.
//! So a check costs O(`limit`) under one shard's lock, never a scan of every user, and at most
//! `capacity` users are remembered (the ones dropped were the quietest of their shard).

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What to do with a user's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allow,
    /// Over the limit for the first time in this burst: say so once.
    Notify,
    /// Still over the limit: ignore.
    Drop,
}

/// How many locks the users are spread over.
pub const SHARDS: usize = 16;

/// Users remembered at most, by default.
pub const DEFAULT_CAPACITY: usize = 100_000;

/// A user's recent messages and whether they were told of the flood.
#[derive(Debug, Default)]
struct Recent {
    times: VecDeque<Instant>,
    notified: bool,
}

#[derive(Debug, Default)]
struct Shard {
    current: HashMap<i64, Recent>,
    older: HashMap<i64, Recent>,
}

pub struct Flood {
    limit: usize,
    window: Duration,
    /// Users per generation of a shard.
    per_generation: usize,
    shards: Vec<Mutex<Shard>>,
}

impl Flood {
    pub fn new(limit: usize, window: Duration) -> Flood {
        Flood::with_capacity(limit, window, DEFAULT_CAPACITY)
    }

    /// At most `capacity` users remembered (rounded up to a multiple of twice [`SHARDS`]).
    pub fn with_capacity(limit: usize, window: Duration, capacity: usize) -> Flood {
        Flood {
            limit,
            window,
            per_generation: capacity.div_ceil(2 * SHARDS).max(1),
            shards: (0..SHARDS).map(|_| Mutex::default()).collect(),
        }
    }

    pub fn check(&self, user: i64) -> Verdict {
        self.check_at(user, Instant::now())
    }

    pub fn check_at(&self, user: i64, now: Instant) -> Verdict {
        let shard = &self.shards[user.rem_euclid(SHARDS as i64) as usize];
        let mut shard = shard.lock().unwrap_or_else(|e| e.into_inner());
        let recent = shard.take(user, self.per_generation);
        self.judge(recent, now)
    }

    fn judge(&self, recent: &mut Recent, now: Instant) -> Verdict {
        let times = &mut recent.times;
        while times
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window)
        {
            times.pop_front();
        }
        if times.len() < self.limit {
            times.push_back(now);
            recent.notified = false;
            return Verdict::Allow;
        }
        if recent.notified {
            Verdict::Drop
        } else {
            recent.notified = true;
            Verdict::Notify
        }
    }

    /// How many users are remembered now.
    pub fn remembered(&self) -> usize {
        self.shards
            .iter()
            .map(|s| {
                let s = s.lock().unwrap_or_else(|e| e.into_inner());
                s.current.len() + s.older.len()
            })
            .sum()
    }
}

impl Shard {
    /// The user's entry in the current generation (moved from the older one if there).
    fn take(&mut self, user: i64, per_generation: usize) -> &mut Recent {
        if !self.current.contains_key(&user) {
            let entry = self.older.remove(&user).unwrap_or_default();
            if self.current.len() >= per_generation {
                self.older = std::mem::take(&mut self.current);
            }
            self.current.insert(user, entry);
        }
        self.current.entry(user).or_default()
    }
}

impl Default for Flood {
    /// 20 messages a minute.
    fn default() -> Self {
        Flood::new(20, Duration::from_secs(60))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_gets_one_notice_then_silence_until_it_calms_down() {
        let f = Flood::new(3, Duration::from_secs(60));
        let t = Instant::now();
        assert_eq!(f.check_at(1, t), Verdict::Allow);
        assert_eq!(f.check_at(1, t), Verdict::Allow);
        assert_eq!(f.check_at(1, t), Verdict::Allow);
        assert_eq!(f.check_at(1, t), Verdict::Notify);
        assert_eq!(f.check_at(1, t), Verdict::Drop);
        assert_eq!(
            f.check_at(2, t),
            Verdict::Allow,
            "other users are not affected"
        );
        assert_eq!(f.check_at(1, t + Duration::from_secs(61)), Verdict::Allow);
    }

    #[test]
    fn a_million_users_are_never_remembered_beyond_the_bound() {
        let f = Flood::with_capacity(3, Duration::from_secs(60), 1_000);
        let t = Instant::now();
        for user in 0..1_000_000 {
            assert_eq!(f.check_at(user, t), Verdict::Allow);
            if user % 997 == 0 {
                assert!(f.remembered() <= 1_024, "{}", f.remembered());
            }
        }
        assert!(f.remembered() <= 1_024);
    }

    #[test]
    fn a_user_still_flooding_stays_remembered_while_others_come_and_go() {
        let f = Flood::with_capacity(2, Duration::from_secs(60), 320);
        let t = Instant::now();
        let flooder = 5;
        assert_eq!(f.check_at(flooder, t), Verdict::Allow);
        assert_eq!(f.check_at(flooder, t), Verdict::Allow);
        assert_eq!(f.check_at(flooder, t), Verdict::Notify);
        for other in 1_000..100_000 {
            f.check_at(other, t);
            if other % 50 == 0 {
                assert_eq!(f.check_at(flooder, t), Verdict::Drop, "after {other}");
            }
        }
    }
}
