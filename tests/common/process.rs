//! The real binary as a process, for the tests that crash it: `serve` against the fake Bot API
//! on a given database, its stderr read continuously, and the signals an operator (or the
//! kernel) sends it — SIGKILL, SIGTERM, SIGHUP, SIGSTOP/SIGCONT; `officer add`.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub const TOKEN: &str = "424242:SECRET-TOKEN-VALUE";

/// `export-helpdesk serve` against the Bot API at `api`, on the database `db`, with its index
/// in `index_dir` (shared by instances of one test, so the second reuses the first's).
pub fn serve(api: &str, db: &str, index_dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_export-helpdesk"));
    cmd.current_dir(super::repo())
        .arg("serve")
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELEGRAM_API_URL", api)
        .env("DATABASE_URL", db)
        .env("INDEX_DIR", index_dir)
        .env("KNOWLEDGE_DIR", super::repo().join("knowledge"))
        .env("LOCALES_DIR", super::repo().join("locales"))
        .env_remove("EXPORT_HELPDESK_CONFIG")
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

/// A running process with its stderr read continuously (a full pipe would block its logging).
pub struct Running {
    child: Child,
    stderr: std::thread::JoinHandle<String>,
}

impl Running {
    pub fn spawn(mut cmd: Command) -> Running {
        let mut child = cmd.spawn().unwrap();
        let mut pipe = child.stderr.take().unwrap();
        let stderr = std::thread::spawn(move || {
            let mut err = String::new();
            let _ = std::io::Read::read_to_string(&mut pipe, &mut err);
            err
        });
        Running { child, stderr }
    }

    /// Sends a signal ("HUP", "STOP", "CONT", ...).
    pub fn signal(&self, name: &str) {
        let ok = Command::new("kill")
            .args([&format!("-{name}"), &self.child.id().to_string()])
            .status()
            .unwrap()
            .success();
        assert!(ok, "kill -{name}");
    }

    /// SIGKILL, as the kernel or an operator would: no chance to finish anything.
    pub fn kill(self) -> String {
        let Running { mut child, stderr } = self;
        child.kill().unwrap();
        child.wait().unwrap();
        stderr.join().unwrap()
    }

    /// SIGTERM; the exit status and stderr once it stopped (panics after 30 s).
    pub fn terminate(self) -> (std::process::ExitStatus, String) {
        self.signal("TERM");
        let Running { mut child, stderr } = self;
        for _ in 0..300 {
            if let Some(status) = child.try_wait().unwrap() {
                return (status, stderr.join().unwrap());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        child.kill().unwrap();
        panic!("serve did not stop within 30 s of SIGTERM");
    }
}

/// Registers a district officer with the binary's `officer add`, as an admin would.
pub fn add_officer(db: &str, telegram_id: i64, district: &str) {
    let out = Command::new(env!("CARGO_BIN_EXE_export-helpdesk"))
        .current_dir(super::repo())
        .args(["officer", "add", "--telegram-id", &telegram_id.to_string()])
        .args(["--name", "Desk", "--district", district])
        .env("DATABASE_URL", db)
        .env_remove("EXPORT_HELPDESK_CONFIG")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A TCP port nothing listens on (yet).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// POSTs an update to `/telegram` on `port` as Telegram does (with the secret header); the
/// HTTP status, or `None` when nothing answers.
pub async fn post_update(port: u16, secret: &str, body: &serde_json::Value) -> Option<u16> {
    let body = body.to_string();
    let request = format!(
        "POST /telegram HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
         X-Telegram-Bot-Api-Secret-Token: {secret}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    forward(port, request.as_bytes())
        .await
        .and_then(|r| status_of(&r))
}

/// Sends raw HTTP bytes to `port` and reads the whole answer; `None` if the connection fails.
pub async fn forward(port: u16, request: &[u8]) -> Option<Vec<u8>> {
    let connect = tokio::net::TcpStream::connect(("127.0.0.1", port));
    let mut s = tokio::time::timeout(Duration::from_secs(5), connect)
        .await
        .ok()?
        .ok()?;
    s.write_all(request).await.ok()?;
    let mut out = Vec::new();
    tokio::time::timeout(Duration::from_secs(30), s.read_to_end(&mut out))
        .await
        .ok()?
        .ok()?;
    (!out.is_empty()).then_some(out)
}

/// The status code of a raw HTTP answer.
pub fn status_of(answer: &[u8]) -> Option<u16> {
    let text = String::from_utf8_lossy(answer);
    text.lines().next()?.split_whitespace().nth(1)?.parse().ok()
}
