//! A fake Telegram Bot API on 127.0.0.1: it speaks the wire format teloxide expects
//! (`POST /bot<token>/<method>`, `{"ok": true, "result": ...}`), queues updates for
//! `getUpdates`, records every call, and can answer a method with a fault (429 with
//! `retry_after`, a 500, a proxy's HTML error page, a hang or a 400).
//!
//! It refuses what Telegram refuses: `sendMessage` text over 4,096 UTF-16 units after entity
//! parsing ("Bad Request: message is too long"), empty text, `callback_data` over 64 bytes
//! ("Bad Request: BUTTON_DATA_INVALID"), HTML with unknown or unbalanced tags ("Bad Request:
//! can't parse entities: ..."), and anything to a chat that blocked the bot ([`block`]).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

pub const BOT_ID: i64 = 777_000;
pub const BOT_USERNAME: &str = "export_helpdesk_bot";

/// One recorded Bot API call.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub body: Value,
    /// Whether the fake answered it with success.
    pub ok: bool,
}

/// A fault to answer the next call of a method with.
#[derive(Debug, Clone)]
pub enum Fault {
    RetryAfter(u32),
    ServerError,
    Hang(Duration),
    /// 403: the user blocked the bot.
    Blocked,
    /// A proxy's 502 page in HTML instead of Bot API JSON.
    HtmlPage,
    /// A 400 with this description ("Bad Request: ...").
    BadRequest(&'static str),
}

/// A fault waiting for a call: of `method`, to `chat` (any when `None`), after `skip` calls
/// that match have passed.
struct FaultRule {
    method: String,
    chat: Option<i64>,
    skip: usize,
    fault: Fault,
}

#[derive(Default)]
struct Inner {
    updates: Vec<Value>,
    next_update_id: i64,
    next_message_id: i64,
    calls: Vec<Call>,
    faults: VecDeque<FaultRule>,
    /// (chat, message id) of every delivered message.
    sent_ids: Vec<(i64, i64)>,
    /// Chats whose user blocked the bot.
    blocked: std::collections::HashSet<i64>,
}

#[derive(Clone)]
pub struct FakeTelegram {
    pub url: String,
    inner: Arc<Mutex<Inner>>,
    wake: Arc<tokio::sync::Notify>,
}

pub fn user(id: i64, lang: &str) -> Value {
    json!({"id": id, "is_bot": false, "first_name": "Asha", "username": format!("user{id}"), "language_code": lang})
}

fn bot_user() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": "Export Helpdesk", "username": BOT_USERNAME})
}

fn private_chat(id: i64) -> Value {
    json!({"id": id, "type": "private", "first_name": "Asha"})
}

fn group_chat(id: i64) -> Value {
    json!({"id": id, "type": "supergroup", "title": "Exporters of Moradabad"})
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

impl FakeTelegram {
    pub async fn start() -> FakeTelegram {
        let inner = Arc::new(Mutex::new(Inner {
            next_update_id: 1,
            next_message_id: 1,
            ..Inner::default()
        }));
        let wake = Arc::new(tokio::sync::Notify::new());
        let app = Router::new()
            .route("/{bot}/{method}", axum::routing::post(handle))
            .with_state((inner.clone(), wake.clone()));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        FakeTelegram {
            url: format!("http://{addr}/"),
            inner,
            wake,
        }
    }

    fn push(&self, kind: &str, payload: Value) {
        let mut s = self.inner.lock().unwrap();
        let id = s.next_update_id;
        s.next_update_id += 1;
        let mut update = json!({"update_id": id});
        update[kind] = payload;
        s.updates.push(update);
        drop(s);
        self.wake.notify_waiters();
    }

    fn message(&self, chat: Value, from: Value, extra: Value) -> Value {
        let mut s = self.inner.lock().unwrap();
        let id = s.next_message_id;
        s.next_message_id += 1;
        drop(s);
        let mut m = json!({"message_id": id, "date": now(), "chat": chat, "from": from});
        for (k, v) in extra.as_object().unwrap() {
            m[k] = v.clone();
        }
        m
    }

    /// A user writes text in their private chat (chat id = user id).
    pub fn text(&self, user_id: i64, lang: &str, text: &str) {
        let m = self.text_update(user_id, lang, text);
        self.push("message", m);
    }

    /// The `message` of a text update, without queueing it (for webhook tests).
    pub fn text_update(&self, user_id: i64, lang: &str, text: &str) -> Value {
        self.message(
            private_chat(user_id),
            user(user_id, lang),
            json!({"text": text}),
        )
    }

    /// A user replies to one of the bot's messages (by its message id) with text.
    pub fn reply(&self, user_id: i64, lang: &str, text: &str, to_message_id: i64) {
        let replied = json!({"message_id": to_message_id, "date": now(), "chat": private_chat(user_id),
            "from": bot_user(), "text": "..."});
        let m = self.message(
            private_chat(user_id),
            user(user_id, lang),
            json!({"text": text, "reply_to_message": replied}),
        );
        self.push("message", m);
    }

    /// The message ids the fake gave to messages delivered to a chat, in order.
    pub fn delivered_ids(&self, chat: i64) -> Vec<i64> {
        self.inner
            .lock()
            .unwrap()
            .sent_ids
            .iter()
            .filter(|(c, _)| *c == chat)
            .map(|(_, id)| *id)
            .collect()
    }

    /// A user sends a non-text message: "voice", "photo", "sticker", "document" or "location".
    pub fn media(&self, user_id: i64, lang: &str, kind: &str) {
        let extra = match kind {
            "voice" => json!({"voice": {"file_id": "v1", "file_unique_id": "vu1", "duration": 3}}),
            "photo" => {
                json!({"photo": [{"file_id": "p1", "file_unique_id": "pu1", "width": 90, "height": 90}]})
            }
            "sticker" => {
                json!({"sticker": {"file_id": "s1", "file_unique_id": "su1", "type": "regular",
                "width": 512, "height": 512, "is_animated": false, "is_video": false}})
            }
            "document" => {
                json!({"document": {"file_id": "d1", "file_unique_id": "du1", "file_name": "invoice.pdf"}})
            }
            "location" => json!({"location": {"latitude": 28.83, "longitude": 78.77}}),
            other => panic!("unknown media {other}"),
        };
        let m = self.message(private_chat(user_id), user(user_id, lang), extra);
        self.push("message", m);
    }

    /// A user edits an earlier message.
    pub fn edited(&self, user_id: i64, lang: &str, text: &str) {
        let mut m = self.message(
            private_chat(user_id),
            user(user_id, lang),
            json!({"text": text}),
        );
        m["edit_date"] = json!(now());
        self.push("edited_message", m);
    }

    /// A member replies in a group to one of the bot's messages there.
    pub fn group_reply(&self, group_id: i64, user_id: i64, text: &str, to_message_id: i64) {
        let replied = json!({"message_id": to_message_id, "date": now(), "chat": group_chat(group_id),
            "from": bot_user(), "text": "..."});
        let m = self.message(
            group_chat(group_id),
            user(user_id, "en"),
            json!({"text": text, "reply_to_message": replied}),
        );
        self.push("message", m);
    }

    /// A user writes in a group the bot is in.
    pub fn group_text(&self, group_id: i64, user_id: i64, text: &str) {
        let m = self.message(
            group_chat(group_id),
            user(user_id, "en"),
            json!({"text": text}),
        );
        self.push("message", m);
    }

    /// A user presses an inline button with `data` under one of the bot's messages.
    pub fn press(&self, user_id: i64, lang: &str, data: &str) {
        let message = self.message(private_chat(user_id), bot_user(), json!({"text": "..."}));
        let id = format!("cbq-{}", self.inner.lock().unwrap().next_update_id);
        let q = json!({"id": id, "from": user(user_id, lang), "chat_instance": "ci-1", "data": data, "message": message});
        self.push("callback_query", q);
    }

    /// Answer the next call of `method` with `fault`.
    pub fn fail_next(&self, method: &str, fault: Fault) {
        self.push_fault(method, None, 0, fault);
    }

    /// Let `skip` messages to `chat` through, then answer the next one with `fault`.
    pub fn fail_message_to(&self, chat: i64, skip: usize, fault: Fault) {
        self.push_fault("sendMessage", Some(chat), skip, fault);
    }

    fn push_fault(&self, method: &str, chat: Option<i64>, skip: usize, fault: Fault) {
        self.inner.lock().unwrap().faults.push_back(FaultRule {
            method: method.to_string(),
            chat,
            skip,
            fault,
        });
    }

    /// The user of `chat` blocks the bot: every message to them is refused with a 403.
    pub fn block(&self, chat: i64) {
        self.inner.lock().unwrap().blocked.insert(chat);
    }

    /// The user of `chat` unblocks the bot.
    pub fn unblock(&self, chat: i64) {
        self.inner.lock().unwrap().blocked.remove(&chat);
    }

    /// The refused `sendMessage` calls to a chat, with Telegram's descriptions.
    pub fn refused(&self, chat: i64) -> Vec<Call> {
        self.calls()
            .into_iter()
            .filter(|c| {
                !c.ok && c.method == "sendMessage" && c.body["chat_id"].as_i64() == Some(chat)
            })
            .collect()
    }

    pub fn calls(&self) -> Vec<Call> {
        self.inner.lock().unwrap().calls.clone()
    }

    /// How many messages Telegram accepted, to all chats.
    #[allow(dead_code, reason = "used by benches/bot.rs, which shares this file")]
    pub fn delivered_total(&self) -> usize {
        self.inner
            .lock()
            .unwrap()
            .calls
            .iter()
            .filter(|c| c.ok && c.method == "sendMessage")
            .count()
    }

    /// The bodies of the messages Telegram accepted for a chat, in order.
    pub fn delivered(&self, chat: i64) -> Vec<Value> {
        self.calls()
            .into_iter()
            .filter(|c| {
                c.ok && c.method == "sendMessage" && c.body["chat_id"].as_i64() == Some(chat)
            })
            .map(|c| c.body)
            .collect()
    }

    /// The documents Telegram accepted for a chat, in order: `{"chat_id", "caption",
    /// "document": {"file_name", "content"}}`.
    #[allow(dead_code, reason = "used by tests/it, not by benches/bot.rs")]
    pub fn documents(&self, chat: i64) -> Vec<Value> {
        self.calls()
            .into_iter()
            .filter(|c| {
                c.ok && c.method == "sendDocument"
                    && c.body["chat_id"].as_str() == Some(chat.to_string().as_str())
            })
            .map(|c| c.body)
            .collect()
    }

    /// Updates queued and not yet confirmed by the bot (a later getUpdates offset).
    pub fn pending_updates(&self) -> usize {
        self.inner.lock().unwrap().updates.len()
    }

    pub fn callback_answers(&self) -> Vec<Value> {
        self.calls()
            .into_iter()
            .filter(|c| c.ok && c.method == "answerCallbackQuery")
            .map(|c| c.body)
            .collect()
    }

    /// Waits until `n` messages were delivered to `chat` (panics after 20 s).
    pub async fn wait_delivered(&self, chat: i64, n: usize) -> Vec<Value> {
        self.wait_until(
            |f| f.delivered(chat).len() >= n,
            &format!("{n} messages to {chat}"),
        )
        .await;
        self.delivered(chat)
    }

    pub async fn wait_until(&self, done: impl FnMut(&FakeTelegram) -> bool, what: &str) {
        self.wait_until_for(Duration::from_secs(20), done, what)
            .await
    }

    pub async fn wait_until_for(
        &self,
        limit: Duration,
        mut done: impl FnMut(&FakeTelegram) -> bool,
        what: &str,
    ) {
        let deadline = tokio::time::Instant::now() + limit;
        while !done(self) {
            if tokio::time::Instant::now() > deadline {
                panic!(
                    "timed out waiting for {what}; calls: {:#?}",
                    self.calls()
                        .iter()
                        .map(|c| (&c.method, c.ok, &c.body["text"]))
                        .collect::<Vec<_>>()
                );
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Waits until the bot has fetched every queued update and gone quiet for a moment.
    pub async fn settle(&self) {
        self.wait_until(
            |f| f.inner.lock().unwrap().updates.is_empty(),
            "updates to be fetched",
        )
        .await;
        let mut last = self.calls().len();
        loop {
            tokio::time::sleep(Duration::from_millis(400)).await;
            let now = self
                .calls()
                .iter()
                .filter(|c| c.method != "getUpdates")
                .count();
            if now == last {
                return;
            }
            last = now;
        }
    }
}

async fn handle(
    State((inner, wake)): State<(Arc<Mutex<Inner>>, Arc<tokio::sync::Notify>)>,
    Path((bot, method)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    assert!(bot.starts_with("bot"), "path must be /bot<token>/<method>");
    // Telegram's method names are case-insensitive; teloxide sends "SendMessage".
    let mut method = method;
    if let Some(first) = method.get(..1) {
        method = first.to_ascii_lowercase() + &method[1..];
    }
    // JSON for most methods; multipart for files (read into fields) and setWebhook (kept as
    // raw text).
    let body: Value = serde_json::from_slice(&body).unwrap_or_else(|_| {
        let raw = String::from_utf8_lossy(&body).into_owned();
        multipart(&headers, &raw).unwrap_or(Value::String(raw))
    });
    let fault = {
        let mut s = inner.lock().unwrap();
        let chat = body["chat_id"].as_i64();
        let rule = s
            .faults
            .iter()
            .position(|r| r.method == method && (r.chat.is_none() || r.chat == chat));
        match rule {
            Some(i) if s.faults[i].skip > 0 => {
                s.faults[i].skip -= 1;
                None
            }
            Some(i) => s.faults.remove(i).map(|r| r.fault),
            None => None,
        }
    };
    match fault {
        Some(Fault::RetryAfter(secs)) => {
            record(&inner, &method, &body, false);
            let err = json!({"ok": false, "error_code": 429, "description": format!("Too Many Requests: retry after {secs}"), "parameters": {"retry_after": secs}});
            return (StatusCode::TOO_MANY_REQUESTS, axum::Json(err)).into_response();
        }
        Some(Fault::ServerError) => {
            record(&inner, &method, &body, false);
            let err =
                json!({"ok": false, "error_code": 500, "description": "Internal Server Error"});
            return (StatusCode::INTERNAL_SERVER_ERROR, axum::Json(err)).into_response();
        }
        Some(Fault::HtmlPage) => {
            record(&inner, &method, &body, false);
            let page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
            let headers = [(axum::http::header::CONTENT_TYPE, "text/html")];
            return (StatusCode::BAD_GATEWAY, headers, page).into_response();
        }
        Some(Fault::BadRequest(description)) => {
            record(&inner, &method, &body, false);
            return refusal(400, description);
        }
        Some(Fault::Blocked) => {
            record(&inner, &method, &body, false);
            return refusal(403, "Forbidden: bot was blocked by the user");
        }
        Some(Fault::Hang(d)) => {
            // Recorded as a failed attempt now: when the client gives up, this handler is
            // cancelled with its connection and never answers.
            record(&inner, &method, &body, false);
            tokio::time::sleep(d).await;
            return (StatusCode::GATEWAY_TIMEOUT, "hung").into_response();
        }
        None => {}
    }
    let result = match method.as_str() {
        "getMe" => {
            json!({"id": BOT_ID, "is_bot": true, "first_name": "Export Helpdesk", "username": BOT_USERNAME,
            "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
            "can_connect_to_business": false, "has_main_web_app": false})
        }
        "getWebhookInfo" => {
            json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0})
        }
        "getUpdates" => {
            let offset = body["offset"].as_i64().unwrap_or(0);
            let deadline = tokio::time::Instant::now() + Duration::from_millis(300);
            loop {
                let woken = wake.notified();
                tokio::pin!(woken);
                // Register before looking, so an update pushed in between still wakes us.
                woken.as_mut().enable();
                {
                    let mut s = inner.lock().unwrap();
                    s.updates
                        .retain(|u| u["update_id"].as_i64().unwrap() >= offset);
                    if !s.updates.is_empty() {
                        break;
                    }
                }
                if tokio::time::timeout_at(deadline, woken).await.is_err() {
                    break;
                }
            }
            let s = inner.lock().unwrap();
            Value::Array(s.updates.iter().take(100).cloned().collect())
        }
        "sendMessage" => {
            let chat_id = body["chat_id"].as_i64().unwrap_or(0);
            let blocked = inner.lock().unwrap().blocked.contains(&chat_id);
            let refused = if blocked {
                Some((403, "Forbidden: bot was blocked by the user".to_string()))
            } else {
                check_message(&body).err().map(|d| (400, d))
            };
            if let Some((code, description)) = refused {
                record(&inner, &method, &body, false);
                return refusal(code, &description);
            }
            record(&inner, &method, &body, true);
            let mut s = inner.lock().unwrap();
            let id = s.next_message_id;
            s.next_message_id += 1;
            s.sent_ids.push((chat_id, id));
            let chat = if chat_id < 0 {
                group_chat(chat_id)
            } else {
                private_chat(chat_id)
            };
            return axum::Json(
                json!({"ok": true, "result": {"message_id": id, "date": now(), "chat": chat,
                "from": bot_user(), "text": body["text"]}}),
            )
            .into_response();
        }
        "sendDocument" => {
            record(&inner, &method, &body, true);
            let mut s = inner.lock().unwrap();
            let id = s.next_message_id;
            s.next_message_id += 1;
            let chat_id = body["chat_id"]
                .as_str()
                .and_then(|c| c.parse().ok())
                .unwrap_or(0);
            s.sent_ids.push((chat_id, id));
            let document = json!({"file_id": format!("doc{id}"), "file_unique_id": format!("udoc{id}"),
                "file_name": body["document"]["file_name"]});
            return axum::Json(
                json!({"ok": true, "result": {"message_id": id, "date": now(),
                "chat": private_chat(chat_id), "from": bot_user(), "document": document,
                "caption": body["caption"]}}),
            )
            .into_response();
        }
        _ => json!(true),
    };
    if method != "getUpdates" {
        record(&inner, &method, &body, true);
    }
    axum::Json(json!({"ok": true, "result": result})).into_response()
}

fn refusal(code: u16, description: &str) -> Response {
    let err = json!({"ok": false, "error_code": code, "description": description});
    (StatusCode::from_u16(code).unwrap(), axum::Json(err)).into_response()
}

/// What Telegram checks of a `sendMessage`: the text (after HTML parsing with
/// `parse_mode=HTML`) is 1 to 4,096 UTF-16 units, and every button's data at most 64 bytes.
fn check_message(body: &Value) -> Result<(), String> {
    let text = body["text"].as_str().unwrap_or_default();
    let shown = if body["parse_mode"].as_str() == Some("HTML") {
        parse_html(text).map_err(|e| format!("Bad Request: can't parse entities: {e}"))?
    } else {
        text.to_string()
    };
    if shown.trim().is_empty() {
        return Err("Bad Request: message text is empty".into());
    }
    if shown.encode_utf16().count() > 4096 {
        return Err("Bad Request: message is too long".into());
    }
    let rows = body["reply_markup"]["inline_keyboard"].as_array();
    for button in rows
        .into_iter()
        .flatten()
        .flat_map(|r| r.as_array().into_iter().flatten())
    {
        if button["callback_data"]
            .as_str()
            .is_some_and(|d| d.len() > 64)
        {
            return Err("Bad Request: BUTTON_DATA_INVALID".into());
        }
    }
    Ok(())
}

/// Telegram's HTML: the tags it knows, balanced; `&lt;`, `&gt;`, `&amp;`, `&quot;` and numeric
/// entities. The text a reader sees, or why it cannot be parsed.
pub fn parse_html(html: &str) -> Result<String, String> {
    const TAGS: &[&str] = &[
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "tg-emoji",
        "code",
        "pre",
        "blockquote",
    ];
    let mut shown = String::new();
    let mut open: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < html.len() {
        let rest = &html[i..];
        if rest.starts_with('<') {
            let end = rest
                .find('>')
                .ok_or_else(|| format!("Unclosed start tag at byte offset {i}"))?;
            let inner = &rest[1..end];
            if let Some(name) = inner.strip_prefix('/') {
                let name = name.trim();
                match open.pop() {
                    Some(top) if top == name => {}
                    Some(top) => {
                        return Err(format!(
                            "Unmatched end tag at byte offset {i}, expected \"</{top}>\", found \"</{name}>\""
                        ));
                    }
                    None => return Err(format!("Unexpected end tag at byte offset {i}")),
                }
            } else {
                let name = inner.split_whitespace().next().unwrap_or_default();
                if !TAGS.contains(&name) {
                    return Err(format!(
                        "Unsupported start tag \"{name}\" at byte offset {i}"
                    ));
                }
                open.push(name);
            }
            i += end + 1;
        } else if rest.starts_with('&') {
            let entity = rest.find(';').filter(|e| *e <= 12).map(|e| &rest[1..e]);
            let decoded = entity.and_then(|e| match e {
                "lt" => Some('<'),
                "gt" => Some('>'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                _ => {
                    let n = e.strip_prefix('#')?;
                    let code = match n.strip_prefix('x') {
                        Some(h) => u32::from_str_radix(h, 16).ok()?,
                        None => n.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            });
            match (decoded, entity) {
                (Some(c), Some(e)) => {
                    shown.push(c);
                    i += e.len() + 2;
                }
                _ => {
                    shown.push('&');
                    i += 1;
                }
            }
        } else {
            let c = rest.chars().next().unwrap();
            shown.push(c);
            i += c.len_utf8();
        }
    }
    match open.last() {
        Some(name) => Err(format!(
            "Can't find end tag corresponding to start tag \"{name}\""
        )),
        None => Ok(shown),
    }
}

/// The fields of a multipart/form-data body: text fields as strings, a file as
/// `{"file_name", "content"}` (its content as text).
fn multipart(headers: &axum::http::HeaderMap, raw: &str) -> Option<Value> {
    let kind = headers.get("content-type")?.to_str().ok()?;
    let boundary = kind.split("boundary=").nth(1)?.trim_matches('"');
    let mut fields = serde_json::Map::new();
    for part in raw.split(&format!("--{boundary}")) {
        let Some((head, content)) = part.split_once("\r\n\r\n") else {
            continue;
        };
        let content = content.strip_suffix("\r\n").unwrap_or(content);
        let attr = |key: &str| {
            head.split(&format!("{key}=\""))
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .map(str::to_string)
        };
        let Some(name) = attr(" name").or_else(|| attr(";name")) else {
            continue;
        };
        let value = match attr("filename") {
            Some(file_name) => json!({"file_name": file_name, "content": content}),
            None => Value::String(content.to_string()),
        };
        fields.insert(name, value);
    }
    // teloxide sends a file as a part of its own, named by "attach://<part>" in its field.
    let attached: Vec<(String, String)> = fields
        .iter()
        .filter_map(|(k, v)| {
            Some((
                k.clone(),
                v.as_str()?.strip_prefix("attach://")?.to_string(),
            ))
        })
        .collect();
    for (field, part) in attached {
        if let Some(file) = fields.remove(&part) {
            fields.insert(field, file);
        }
    }
    Some(Value::Object(fields))
}

fn record(inner: &Arc<Mutex<Inner>>, method: &str, body: &Value, ok: bool) {
    inner.lock().unwrap().calls.push(Call {
        method: method.to_string(),
        body: body.clone(),
        ok,
    });
}
