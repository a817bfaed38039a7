//! Flood control per user: more than `limit` messages in `window` gets one polite notice,
//! then silence until the user's rate drops below the limit again.

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

pub struct Flood {
    limit: usize,
    window: Duration,
    users: Mutex<HashMap<i64, (VecDeque<Instant>, bool)>>,
}

impl Flood {
    pub fn new(limit: usize, window: Duration) -> Flood {
        Flood {
            limit,
            window,
            users: Mutex::new(HashMap::new()),
        }
    }

    pub fn check(&self, user: i64) -> Verdict {
        self.check_at(user, Instant::now())
    }

    pub fn check_at(&self, user: i64, now: Instant) -> Verdict {
        let mut users = self.users.lock().unwrap_or_else(|e| e.into_inner());
        if users.len() > 100_000 {
            // Forget users who have been quiet for a window, so the map stays small.
            users.retain(|_, (times, _)| {
                times
                    .back()
                    .is_some_and(|t| now.duration_since(*t) < self.window)
            });
        }
        let (times, notified) = users.entry(user).or_default();
        while times
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window)
        {
            times.pop_front();
        }
        if times.len() < self.limit {
            times.push_back(now);
            *notified = false;
            return Verdict::Allow;
        }
        if *notified {
            Verdict::Drop
        } else {
            *notified = true;
            Verdict::Notify
        }
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
}
