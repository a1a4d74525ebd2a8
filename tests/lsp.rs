//! The language server end to end: the built binary over stdio, driven by a
//! small JSON-RPC client.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

struct Lsp {
    child: Child,
    stdin: Option<ChildStdin>,
    messages: Receiver<Value>,
    /// Whether `wait` answers the server's own requests (an editor that
    /// is slow to answer does not).
    answer: bool,
    /// Messages read but not yet asked for.
    pending: Vec<Value>,
    next_id: i64,
}

impl Lsp {
    fn start(dir: &std::path::Path) -> Lsp {
        let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
            .arg("lsp")
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("server starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut len = 0usize;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length: ") {
                        len = v.parse().unwrap();
                    }
                }
                let mut body = vec![0; len];
                if r.read_exact(&mut body).is_err() {
                    return;
                }
                if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
                    return;
                }
            }
        });
        Lsp {
            child,
            stdin: Some(stdin),
            messages: rx,
            answer: true,
            pending: Vec::new(),
            next_id: 1,
        }
    }

    fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin is open");
        stdin.write_all(bytes).unwrap();
        stdin.flush().unwrap();
    }

    fn send(&mut self, msg: Value) {
        let body = serde_json::to_vec(&msg).unwrap();
        let mut framed = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
        framed.extend(body);
        self.send_raw(&framed);
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Waits for the first message that satisfies `pred`; answers the
    /// server's own requests (applyEdit, registerCapability) on the way.
    fn wait(&mut self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.pending.iter().position(&pred) {
            return self.pending.remove(i);
        }
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let msg = self
                .messages
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("timed out waiting for {what}"));
            if self.answer && msg.get("method").is_some() && msg.get("id").is_some() {
                let id = msg["id"].clone();
                let result = if msg["method"] == "workspace/applyEdit" {
                    json!({"applied": true})
                } else {
                    Value::Null
                };
                self.send(json!({"jsonrpc": "2.0", "id": id, "result": result}));
                if msg["method"] == "workspace/applyEdit" {
                    self.pending.push(msg.clone());
                }
                continue;
            }
            if pred(&msg) {
                return msg;
            }
            self.pending.push(msg);
        }
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait(method, |m| {
            m.get("id") == Some(&json!(id)) && m.get("method").is_none()
        })
    }

    fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let m = self.wait(&format!("diagnostics for version {version}"), |m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        });
        m["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    fn initialize(&mut self, root: &std::path::Path, encodings: Value) -> Value {
        self.initialize_with(root, encodings, json!({}))
    }

    fn initialize_with(
        &mut self,
        root: &std::path::Path,
        encodings: Value,
        options: Value,
    ) -> Value {
        let root_uri = format!("file://{}", root.display());
        let r = self.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root_uri,
                "workspaceFolders": [{"uri": root_uri, "name": "desk"}],
                "capabilities": {"general": {"positionEncodings": encodings}},
                "initializationOptions": options,
            }),
        );
        self.notify("initialized", json!({}));
        r
    }

    fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
        );
    }
}

impl Drop for Lsp {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn codes(diags: &[Value]) -> Vec<String> {
    diags
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_string())
        .collect()
}

const DRAFT: &str = "# Ferry service resumes\n\nCaptain Ruth Calloway said the ferry would run again on Monday. Calloway has sailed the route for 20 years.\n\nThe harbour board thanked Calloway for her patience.\n\nCaloway tested the new engines on Sunday.\n\n“Nobody expected the repairs to take this long.”\n";

#[test]
fn diagnostics_hover_fix_outline_and_hints() {
    let dir = tempfile::tempdir().unwrap();
    let mut lsp = Lsp::start(dir.path());
    let init = lsp.initialize(dir.path(), json!(["utf-16"]));
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-16");
    let uri = format!("file://{}/story.md", dir.path().display());
    lsp.open(&uri, DRAFT);
    let diags = lsp.diagnostics(&uri, 1);
    let c = codes(&diags);
    assert!(
        c.contains(&"name-spelling".to_string()) && c.contains(&"unattributed-quote".to_string()),
        "{c:?}"
    );
    let name = diags
        .iter()
        .find(|d| d["code"] == "name-spelling")
        .unwrap()
        .clone();
    // Rule documentation travels with the binary (hover, `copydesk explain`),
    // so a diagnostic links to no web page.
    assert!(name["codeDescription"].is_null());
    assert!(!name["relatedInformation"].as_array().unwrap().is_empty());

    // hover over the misspelled name explains it
    let hover = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": name["range"]["start"]}),
    );
    let text = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(text.contains("is spelled “Calloway”"), "{text}");

    // the quick fix, applied by the client, clears the finding
    let actions = lsp.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": name["range"], "context": {"diagnostics": [name]}}),
    );
    let fix = actions["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Change to “Calloway”")
        .expect("a fix")
        .clone();
    let edit = &fix["edit"]["changes"][&uri][0];
    lsp.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"range": edit["range"], "text": edit["newText"]}]}),
    );
    let after = codes(&lsp.diagnostics(&uri, 2));
    assert!(!after.contains(&"name-spelling".to_string()), "{after:?}");

    // attributing the quote clears the other finding
    let line = DRAFT.lines().position(|l| l.starts_with('“')).unwrap() as u64;
    let end = DRAFT
        .lines()
        .nth(line as usize)
        .unwrap()
        .encode_utf16()
        .count() as u64;
    lsp.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"range": {"start": {"line": line, "character": end}, "end": {"line": line, "character": end}}, "text": " Calloway said."}]}),
    );
    assert_eq!(codes(&lsp.diagnostics(&uri, 3)), Vec::<String>::new());

    let outline = lsp.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(outline["result"][0]["name"], "Ruth Calloway");
    let hints = lsp.request(
        "textDocument/inlayHint",
        json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 99, "character": 0}}}),
    );
    assert_eq!(hints["result"][0]["label"], "— Ruth Calloway");

    // closing a draft that is not on disk clears its diagnostics
    lsp.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    let cleared = lsp.wait("cleared diagnostics", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == uri
            && m["params"]["diagnostics"]
                .as_array()
                .is_some_and(Vec::is_empty)
            && m["params"]["version"].is_null()
    });
    assert!(cleared["params"]["diagnostics"]
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn utf8_is_negotiated_when_offered() {
    let dir = tempfile::tempdir().unwrap();
    let mut lsp = Lsp::start(dir.path());
    let init = lsp.initialize(dir.path(), json!(["utf-8", "utf-16"]));
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-8");
    let uri = "untitled:draft.md";
    lsp.open(
        uri,
        "# Head\n\nÉtienne said nothing.\n\n“Nobody told the residents anything at all.”\n",
    );
    let diags = lsp.diagnostics(uri, 1);
    assert_eq!(
        diags[0]["range"]["end"]["character"],
        "“Nobody told the residents anything at all.”".len()
    );
}

#[test]
fn robust_against_bad_messages_and_bad_edits() {
    let dir = tempfile::tempdir().unwrap();
    let mut lsp = Lsp::start(dir.path());
    lsp.initialize(dir.path(), json!(["utf-16"]));
    // malformed JSON, then a header that lies about the length
    lsp.send_raw(b"Content-Length: 11\r\n\r\n{not json!}");
    lsp.send_raw(b"Content-Length: 5\r\n\r\n{\"jsonrpc\"");
    lsp.send_raw(b":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
    // a change for a document that was never opened
    lsp.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": "file:///nowhere.md", "version": 2}, "contentChanges": [{"text": "x"}]}),
    );
    let uri = "file:///tmp/never-on-disk-copydesk.md";
    lsp.open(uri, "# Head\n\nShort text.\n");
    lsp.diagnostics(uri, 1);
    // an edit far past the end is clamped, not fatal
    lsp.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"range": {"start": {"line": 90, "character": 4}, "end": {"line": 99, "character": 9}}, "text": "\n\n“Nobody saw the bus again after that night.”"}]}),
    );
    assert_eq!(codes(&lsp.diagnostics(uri, 2)), vec!["unattributed-quote"]);
    // still answering
    let hover = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}),
    );
    assert!(hover.get("result").is_some());
    let r = lsp.request("shutdown", Value::Null);
    assert!(r.get("error").is_none());
    let after = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}),
    );
    assert!(
        after.get("error").is_some(),
        "requests after shutdown are refused"
    );
    lsp.notify("exit", Value::Null);
    let status = lsp.child.wait().unwrap();
    assert!(status.success());
}

#[test]
fn rapid_edits_end_in_the_analysis_of_the_final_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut lsp = Lsp::start(dir.path());
    lsp.initialize(dir.path(), json!(["utf-16"]));
    let uri = "untitled:typing.md";
    lsp.open(uri, "# Head\n\n");
    let sentence = "“We will rebuild the pier,” said harbour master Ines Vargas. ";
    let mut version = 1;
    for (i, ch) in sentence.chars().cycle().take(10_000).enumerate() {
        version += 1;
        let col = i as u64 % 400;
        let line = 2 + i as u64 / 400;
        let text = if col == 399 {
            format!("{ch}\n")
        } else {
            ch.to_string()
        };
        lsp.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"range": {"start": {"line": line, "character": 400}, "end": {"line": line, "character": 400}}, "text": text}]}),
        );
    }
    let final_diags = lsp.diagnostics(uri, version);
    // Diagnostics arrived in version order, never for an older version after a newer one.
    let seen: Vec<i64> = lsp
        .pending
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
        .filter_map(|m| m["params"]["version"].as_i64())
        .collect();
    assert!(
        seen.windows(2).all(|w| w[0] < w[1]),
        "out of order: {seen:?}"
    );
    assert!(seen.iter().all(|&v| v < version));
    // nothing more arrives for this document after the final version
    std::thread::sleep(Duration::from_millis(300));
    while let Ok(m) = lsp.messages.try_recv() {
        assert!(
            m["method"] != "textDocument/publishDiagnostics" || m["params"]["uri"] != uri,
            "late diagnostics: {m}"
        );
    }
    // the same as a fresh analysis of the text the server holds
    let text = {
        let mut s = String::from("# Head\n\n");
        for (i, ch) in sentence.chars().cycle().take(10_000).enumerate() {
            s.push(ch);
            if i % 400 == 399 {
                s.push('\n');
            }
        }
        s
    };
    let fresh = copydesk::analyze(
        &text,
        copydesk::Format::Markdown,
        &copydesk::Config::default(),
    );
    assert_eq!(final_diags.len(), fresh.findings.len());
}

#[test]
fn broken_config_is_a_diagnostic_and_the_last_good_one_stays() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("copydesk.toml"),
        "[rules.unattributed-quote]\nenabled = false\n",
    )
    .unwrap();
    let mut lsp = Lsp::start(dir.path());
    lsp.initialize(dir.path(), json!(["utf-16"]));
    let uri = format!("file://{}/a.md", dir.path().display());
    let text = "# Head\n\n“Nobody told the residents anything at all.”\n";
    lsp.open(&uri, text);
    assert!(lsp.diagnostics(&uri, 1).is_empty());
    std::fs::write(
        dir.path().join("copydesk.toml"),
        "[rules.unattributed-quote]\nenabled = maybe\n",
    )
    .unwrap();
    let config_uri = format!("file://{}/copydesk.toml", dir.path().display());
    lsp.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": config_uri, "type": 2}]}),
    );
    let m = lsp.wait("config diagnostic", |m| {
        m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == config_uri
    });
    let d = &m["params"]["diagnostics"][0];
    assert_eq!(d["range"]["start"]["line"], 1);
    assert!(
        lsp.diagnostics(&uri, 1).is_empty(),
        "the last good config still silences the rule"
    );
    // fixing the config clears its diagnostic
    std::fs::write(
        dir.path().join("copydesk.toml"),
        "[rules.unattributed-quote]\nenabled = false\n",
    )
    .unwrap();
    lsp.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": config_uri, "type": 2}]}),
    );
    let m = lsp.wait("config diagnostic cleared", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == config_uri
            && m["params"]["diagnostics"]
                .as_array()
                .is_some_and(Vec::is_empty)
    });
    assert!(m["params"]["diagnostics"].as_array().unwrap().is_empty());
}

#[test]
fn closed_drafts_fall_back_to_the_file_on_disk_and_workspace_drafts_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("other.md"),
        "# Head\n\n“The pier will not reopen this year, or next.”\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("open.md"),
        "# Head\n\nClean text on disk.\n",
    )
    .unwrap();
    // A draft its config excludes is left alone, as `copydesk check` does.
    std::fs::create_dir(dir.path().join("archive")).unwrap();
    std::fs::write(
        dir.path().join("archive/old.md"),
        "# Old\n\n“An archived quote nobody said.”\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("copydesk.toml"),
        "[files]\nexclude = [\"archive\"]\n",
    )
    .unwrap();
    let mut lsp = Lsp::start(dir.path());
    lsp.initialize_with(
        dir.path(),
        json!(["utf-16"]),
        json!({"checkWorkspace": true}),
    );
    let other = format!("file://{}/other.md", dir.path().display());
    let m = lsp.wait("workspace draft", |m| {
        m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == other
    });
    assert_eq!(m["params"]["diagnostics"][0]["code"], "unattributed-quote");
    let open = format!("file://{}/open.md", dir.path().display());
    lsp.open(
        &open,
        "# Head\n\n“An unsaved quote with nobody to say it.”\n",
    );
    assert_eq!(
        codes(&lsp.diagnostics(&open, 1)),
        vec!["unattributed-quote"]
    );
    lsp.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": open}}),
    );
    let m = lsp.wait("disk diagnostics", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == open
            && m["params"]["version"].is_null()
    });
    assert!(m["params"]["diagnostics"].as_array().unwrap().is_empty());
    let old = format!("file://{}/archive/old.md", dir.path().display());
    assert!(
        !lsp.pending.iter().any(|m| m["params"]["uri"] == old),
        "an excluded draft was published"
    );
}

#[test]
fn closed_workspace_drafts_are_published_only_when_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("other.md"),
        "# Head\n\n“The pier will not reopen this year, or next.”\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("open.md"), "# Head\n\nOn disk.\n").unwrap();
    let mut lsp = Lsp::start(dir.path());
    lsp.initialize(dir.path(), json!(["utf-16"]));
    let open = format!("file://{}/open.md", dir.path().display());
    lsp.open(
        &open,
        "# Head\n\n“An unsaved quote with nobody to say it.”\n",
    );
    assert_eq!(
        codes(&lsp.diagnostics(&open, 1)),
        vec!["unattributed-quote"]
    );
    // Closing a draft clears its findings rather than reading the disk.
    lsp.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": open}}),
    );
    let m = lsp.wait("cleared diagnostics", |m| {
        m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == open
    });
    assert!(m["params"]["diagnostics"].as_array().unwrap().is_empty());
    lsp.request("shutdown", Value::Null);
    let other = format!("file://{}/other.md", dir.path().display());
    assert!(
        !lsp.pending.iter().any(|m| m["params"]["uri"] == other),
        "a closed workspace draft was published without checkWorkspace"
    );
}

/// VS Code shows a diagnostic's message and related places in its own
/// hover, above the server's: with `hoverFindings` off the server's hover
/// adds the rule's explanation and the name's card, each once, and does
/// not repeat the finding. Other editors (the default) get the finding in
/// the hover, once.
#[test]
fn hover_sections_appear_once_and_findings_only_where_the_editor_does_not_show_them() {
    let dir = tempfile::tempdir().unwrap();
    let uri = format!("file://{}/story.md", dir.path().display());
    let count = |text: &str, part: &str| text.matches(part).count();
    for hover_findings in [true, false] {
        let mut lsp = Lsp::start(dir.path());
        let options = if hover_findings {
            json!({})
        } else {
            json!({"copydesk": {"hoverFindings": false}})
        };
        lsp.initialize_with(dir.path(), json!(["utf-16"]), options);
        lsp.open(&uri, DRAFT);
        let diags = lsp.diagnostics(&uri, 1);
        let name = diags
            .iter()
            .find(|d| d["code"] == "name-spelling")
            .unwrap()
            .clone();
        let message = name["message"].as_str().unwrap();
        let hover = lsp.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": name["range"]["start"]}),
        );
        let text = hover["result"]["contents"]["value"].as_str().unwrap();
        assert_eq!(count(text, message), usize::from(hover_findings), "{text}");
        for r in name["relatedInformation"].as_array().unwrap() {
            let related = r["message"].as_str().unwrap();
            let times = if hover_findings { 3 } else { 0 };
            // the draft spells the name “Calloway” three times
            assert_eq!(count(text, related), times, "{related} in {text}");
        }
        assert_eq!(count(text, "Preferred spelling:"), 1, "{text}");
        assert_eq!(count(text, "copydesk explain name-spelling"), 1, "{text}");
        lsp.request("shutdown", Value::Null);
    }
}

/// The byte offset of an LSP position (UTF-16 columns) in `text`.
fn offset_of(text: &str, pos: &Value) -> usize {
    let line = pos["line"].as_u64().unwrap() as usize;
    let col = pos["character"].as_u64().unwrap() as usize;
    let mut start = 0;
    for _ in 0..line {
        start += text[start..]
            .find('\n')
            .map_or(text.len() - start, |i| i + 1);
    }
    let mut seen = 0;
    for (i, c) in text[start..].char_indices() {
        if seen >= col || c == '\n' || c == '\r' {
            return start + i;
        }
        seen += c.len_utf16();
    }
    text.len()
}

/// The text edits of a workspace edit for one document, from `changes` or
/// `documentChanges`.
fn edits_for(edit: &Value, uri: &str) -> Vec<Value> {
    if let Some(list) = edit["changes"][uri].as_array() {
        return list.clone();
    }
    edit["documentChanges"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| c["textDocument"]["uri"] == uri)
        .flat_map(|c| c["edits"].as_array().cloned().unwrap_or_default())
        .collect()
}

fn replace_all(lsp: &mut Lsp, uri: &str, version: i64, text: &str) {
    lsp.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
    );
}

/// Every quick fix offered over the whole draft, as (title, edits).
fn fixes(lsp: &mut Lsp, uri: &str) -> Vec<(String, Vec<Value>)> {
    let actions = lsp.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 99, "character": 0}}, "context": {"diagnostics": []}}),
    );
    actions["result"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter(|a| a.get("edit").is_some())
        .map(|a| {
            (
                a["title"].as_str().unwrap().to_string(),
                edits_for(&a["edit"], uri),
            )
        })
        .collect()
}

#[test]
fn same_and_backward_versions_never_get_a_fix_computed_on_other_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut lsp = Lsp::start(dir.path());
    lsp.initialize(dir.path(), json!(["utf-16"]));
    let uri = "untitled:ferry.md";
    lsp.open(uri, DRAFT);
    assert!(codes(&lsp.diagnostics(uri, 1)).contains(&"name-spelling".to_string()));
    // The same version number again (a client that never counts), then a
    // version that goes backwards: each text moves the misspelling.
    let moved = DRAFT.replace(
        "# Ferry service resumes\n\n",
        "# Ferry service resumes\n\nDeckhands painted the hull and scrubbed every rail before dawn.\n\n",
    );
    let moved_again = moved.replace("Caloway tested", "On a calm morning, Caloway tested");
    for (version, text) in [(1, moved.as_str()), (0, moved_again.as_str())] {
        replace_all(&mut lsp, uri, version, text);
        let fixes = fixes(&mut lsp, uri);
        let spelling: Vec<_> = fixes
            .iter()
            .filter(|(t, _)| t.contains("Calloway"))
            .collect();
        assert!(!spelling.is_empty(), "a fix is offered: {fixes:?}");
        for (title, edits) in spelling {
            for e in edits {
                let (a, b) = (
                    offset_of(text, &e["range"]["start"]),
                    offset_of(text, &e["range"]["end"]),
                );
                assert_eq!(
                    &text[a..b],
                    "Caloway",
                    "“{title}” would overwrite other text of version {version}"
                );
            }
        }
        // and the diagnostics describe this text
        let m = lsp.wait("diagnostics of the new text", |m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["diagnostics"].as_array().is_some_and(|d| {
                    d.iter().any(|d| {
                        d["code"] == "name-spelling"
                            && text[offset_of(text, &d["range"]["start"])..].starts_with("Caloway")
                    })
                })
        });
        assert_eq!(m["params"]["version"], version);
    }
}

/// A message framed by hand.
fn framed(body: &str) -> Vec<u8> {
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

#[test]
fn ids_the_protocol_library_cannot_read_are_answered_and_reading_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut lsp = Lsp::start(dir.path());
    lsp.initialize(dir.path(), json!(["utf-16"]));
    let uri = "untitled:ids.md";
    lsp.open(uri, "# Head\n\nShort text.\n");
    lsp.diagnostics(uri, 1);
    for id in ["1.5", "1e20", "9223372036854775808", "-9223372036854775809"] {
        // a response with such an id, as if to a server request: dropped
        // without an answer (a response is never answered)
        lsp.send_raw(&framed(&format!(
            r#"{{"jsonrpc":"2.0","id":{id},"result":null}}"#
        )));
        lsp.send_raw(&framed(&format!(
            r#"{{"jsonrpc":"2.0","id":{id},"method":"textDocument/hover","params":{{"textDocument":{{"uri":"{uri}"}},"position":{{"line":0,"character":0}}}}}}"#
        )));
        let err = lsp.wait("an error for the bad id", |m| {
            m["id"].is_null() && m.get("error").is_some()
        });
        assert_eq!(err["error"]["code"], -32600, "{err}");
    }
    let hover = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}),
    );
    assert!(hover.get("result").is_some(), "{hover}");
    assert!(
        !lsp.pending
            .iter()
            .any(|m| m["id"].is_null() && m.get("error").is_some()),
        "one error per bad request, none for the bad responses"
    );
    assert!(lsp.child.try_wait().unwrap().is_none(), "the server is up");
}

const QUOTE_DRAFT: &str =
    "# Head\n\nThe pier closed at noon.\n\n“Nobody told the residents anything at all.”\n";

/// The command of the "ignore in this paragraph" action on the quote.
fn ignore_command(lsp: &mut Lsp, uri: &str) -> Value {
    let actions = lsp.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 4, "character": 2}, "end": {"line": 4, "character": 2}}, "context": {"diagnostics": []}}),
    );
    actions["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Ignore unattributed-quote in this paragraph")
        .expect("an ignore action")["command"]
        .clone()
}

#[test]
fn unanswered_apply_edits_do_not_hold_up_other_requests() {
    let dir = tempfile::tempdir().unwrap();
    let mut lsp = Lsp::start(dir.path());
    lsp.initialize(dir.path(), json!(["utf-16"]));
    let uri = "untitled:slow.md";
    lsp.open(uri, QUOTE_DRAFT);
    lsp.diagnostics(uri, 1);
    let command = ignore_command(&mut lsp, uri);
    lsp.answer = false;
    for _ in 0..4 {
        lsp.request("workspace/executeCommand", command.clone());
    }
    let mut asked = 0;
    while asked < 4 {
        lsp.wait("an applyEdit", |m| m["method"] == "workspace/applyEdit");
        asked += 1;
    }
    let hover = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 4, "character": 2}}),
    );
    assert!(hover["result"]["contents"]["value"]
        .as_str()
        .unwrap()
        .contains("No speaker found"));
}

/// Waits up to `secs` for the server process to end.
fn exits_within(lsp: &mut Lsp, secs: u64) -> bool {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while Instant::now() < deadline {
        if lsp.child.try_wait().unwrap().is_some() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

#[test]
fn end_of_input_ends_the_server_while_an_apply_edit_is_unanswered() {
    let dir = tempfile::tempdir().unwrap();
    let mut lsp = Lsp::start(dir.path());
    lsp.initialize(dir.path(), json!(["utf-16"]));
    let uri = "untitled:gone.md";
    lsp.open(uri, QUOTE_DRAFT);
    lsp.diagnostics(uri, 1);
    let command = ignore_command(&mut lsp, uri);
    lsp.answer = false;
    let id = lsp.next_id;
    lsp.next_id += 1;
    lsp.send(json!({"jsonrpc": "2.0", "id": id, "method": "workspace/executeCommand", "params": command}));
    lsp.wait("an applyEdit", |m| m["method"] == "workspace/applyEdit");
    lsp.stdin = None; // the editor is gone
    assert!(exits_within(&mut lsp, 5), "the server outlived its editor");
}

#[cfg(unix)]
#[test]
fn closing_a_draft_that_is_a_fifo_on_disk_does_not_block_the_server() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.md");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let mut lsp = Lsp::start(dir.path());
    lsp.initialize_with(
        dir.path(),
        json!(["utf-16"]),
        json!({"checkWorkspace": true}),
    );
    let uri = format!("file://{}", fifo.display());
    lsp.open(&uri, QUOTE_DRAFT);
    lsp.diagnostics(&uri, 1);
    lsp.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    let other = "untitled:other.md";
    lsp.open(other, QUOTE_DRAFT);
    assert_eq!(
        codes(&lsp.diagnostics(other, 1)),
        vec!["unattributed-quote"]
    );
    let hover = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": other}, "position": {"line": 4, "character": 2}}),
    );
    assert!(hover.get("result").is_some());
}

/// The `window/logMessage` texts received so far and up to `until`.
fn log_until(lsp: &mut Lsp, what: &str, until: impl Fn(&str) -> bool) -> String {
    let m = lsp.wait(what, |m| {
        m["method"] == "window/logMessage" && m["params"]["message"].as_str().is_some_and(&until)
    });
    m["params"]["message"].as_str().unwrap().to_string()
}

#[cfg(unix)]
#[test]
fn fifos_and_links_to_devices_in_the_workspace_are_refused_by_name_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let made = Command::new("mkfifo")
        .arg(dir.path().join("pipe.md"))
        .status()
        .unwrap();
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.md")).unwrap();
    std::fs::write(dir.path().join("story.md"), QUOTE_DRAFT).unwrap();
    std::fs::write(dir.path().join("long.md"), QUOTE_DRAFT.repeat(20)).unwrap();
    let mut lsp = Lsp::start(dir.path());
    lsp.initialize_with(
        dir.path(),
        json!(["utf-16"]),
        json!({"checkWorkspace": true, "maxFileSize": "1KB"}),
    );
    log_until(&mut lsp, "the long draft refused", |m| {
        m.contains("long.md: larger than the limit of 1 KB")
    });
    // the scan names both and checks the draft beside them
    log_until(&mut lsp, "the FIFO refused", |m| {
        m.contains("pipe.md: a FIFO is not a regular file")
    });
    log_until(&mut lsp, "the link refused", |m| {
        m.contains("zero.md: a character device is not a regular file")
    });
    let story = format!("file://{}", dir.path().join("story.md").display());
    lsp.wait("the draft on disk", |m| {
        m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == story
    });
    // watched-file events for both, many times over: each is refused by
    // name, and no worker is left blocked on them
    let events: Vec<Value> = ["pipe.md", "zero.md"]
        .iter()
        .map(|n| json!({"uri": format!("file://{}", dir.path().join(n).display()), "type": 2}))
        .collect();
    for _ in 0..8 {
        lsp.notify(
            "workspace/didChangeWatchedFiles",
            json!({"changes": events}),
        );
    }
    log_until(&mut lsp, "the FIFO refused again", |m| {
        m.contains("pipe.md: a FIFO is not a regular file")
    });
    log_until(&mut lsp, "the link refused again", |m| {
        m.contains("zero.md: a character device is not a regular file")
    });
    let other = "untitled:other.md";
    lsp.open(other, QUOTE_DRAFT);
    assert_eq!(
        codes(&lsp.diagnostics(other, 1)),
        vec!["unattributed-quote"]
    );
    let hover = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": other}, "position": {"line": 4, "character": 2}}),
    );
    assert!(hover.get("result").is_some());
}

#[test]
fn a_header_line_that_never_ends_is_dropped_and_the_server_answers_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut lsp = Lsp::start(dir.path());
    lsp.initialize(dir.path(), json!(["utf-16"]));
    // 32 MB of one header line: read past in pieces, never kept
    let chunk = vec![b'x'; 1 << 20];
    for _ in 0..32 {
        lsp.send_raw(&chunk);
    }
    lsp.send_raw(b"\r\n");
    let uri = "untitled:after.md";
    lsp.open(uri, QUOTE_DRAFT);
    assert_eq!(codes(&lsp.diagnostics(uri, 1)), vec!["unattributed-quote"]);
    let status = std::fs::read_to_string(format!("/proc/{}/status", lsp.child.id()));
    if let Ok(status) = status {
        let rss_kb: u64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0);
        assert!(
            rss_kb < 32 << 10,
            "peak memory {rss_kb} kB: the line was kept"
        );
    }
}
