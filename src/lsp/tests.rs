//! In-process tests: the service over in-memory pipes with framed JSON-RPC.

use serde_json::{json, Value};
use tokio::io::{AsyncWriteExt, BufReader, DuplexStream, ReadHalf, WriteHalf};

use super::transport::read_frame;

struct Client {
    write: WriteHalf<DuplexStream>,
    read: BufReader<ReadHalf<DuplexStream>>,
    next_id: i64,
    /// Server requests seen (applyEdit, registerCapability).
    server_requests: Vec<Value>,
    seen: Vec<Value>,
}

impl Client {
    fn start() -> Client {
        let (client_side, server_side) = tokio::io::duplex(1 << 20);
        let (server_read, server_write) = tokio::io::split(server_side);
        tokio::spawn(super::serve(server_read, server_write));
        let (read, write) = tokio::io::split(client_side);
        Client {
            write,
            read: BufReader::new(read),
            next_id: 1,
            server_requests: Vec::new(),
            seen: Vec::new(),
        }
    }

    async fn send(&mut self, msg: Value) {
        let body = msg.to_string();
        let framed = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        self.write.write_all(framed.as_bytes()).await.unwrap();
    }

    async fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}))
            .await;
    }

    async fn next(&mut self) -> Value {
        let frame = tokio::time::timeout(
            std::time::Duration::from_secs(10),
            read_frame(&mut self.read),
        )
        .await
        .expect("a message in time")
        .unwrap()
        .unwrap()
        .unwrap();
        serde_json::from_slice(&frame).unwrap()
    }

    async fn wait(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.seen.iter().position(&pred) {
            return self.seen.remove(i);
        }
        loop {
            let m = self.next().await;
            if m.get("method").is_some() && m.get("id").is_some() {
                let id = m["id"].clone();
                let result = if m["method"] == "workspace/applyEdit" {
                    json!({"applied": true})
                } else {
                    Value::Null
                };
                self.send(json!({"jsonrpc": "2.0", "id": id, "result": result}))
                    .await;
                self.server_requests.push(m);
                continue;
            }
            if pred(&m) {
                return m;
            }
            self.seen.push(m);
        }
    }

    async fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))
            .await;
        self.wait(|m| m.get("id") == Some(&json!(id)) && m.get("method").is_none())
            .await
    }

    /// The next `workspace/applyEdit` request or `window/showMessage`
    /// notification, answering the request with `applied: true`.
    async fn edit_or_message(&mut self) -> Value {
        if let Some(i) = self
            .server_requests
            .iter()
            .position(|m| m["method"] == "workspace/applyEdit")
        {
            return self.server_requests.remove(i);
        }
        if let Some(i) = self
            .seen
            .iter()
            .position(|m| m["method"] == "window/showMessage")
        {
            return self.seen.remove(i);
        }
        loop {
            let m = self.next().await;
            if m["method"] == "workspace/applyEdit" {
                let id = m["id"].clone();
                self.send(json!({"jsonrpc": "2.0", "id": id, "result": {"applied": true}}))
                    .await;
                return m;
            }
            if m["method"] == "window/showMessage" {
                return m;
            }
            if m.get("method").is_some() && m.get("id").is_some() {
                let id = m["id"].clone();
                self.send(json!({"jsonrpc": "2.0", "id": id, "result": null}))
                    .await;
                continue;
            }
            self.seen.push(m);
        }
    }

    async fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<String> {
        let m = self
            .wait(|m| {
                m["method"] == "textDocument/publishDiagnostics"
                    && m["params"]["uri"] == uri
                    && m["params"]["version"] == version
            })
            .await;
        m["params"]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["code"].as_str().unwrap().to_string())
            .collect()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn open_type_hover_fix_outline_commands_and_config_change() {
    let dir = tempfile::tempdir().unwrap();
    let root = format!("file://{}", dir.path().display());
    let mut c = Client::start();
    let init = c
        .request("initialize", json!({"processId": null, "rootUri": root, "capabilities": {"workspace": {"workspaceEdit": {"documentChanges": true, "resourceOperations": ["create"]}}}, "initializationOptions": {"copydesk": {"inlayHints": false}}}))
        .await;
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-16");
    c.notify("initialized", json!({})).await;

    let uri = format!("{root}/story.md");
    let text = "# Head\n\nMayor Ines Calder spoke. Calder left early.\n\nCalter reopened the pier at noon.\n";
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
    )
    .await;
    assert_eq!(c.diagnostics(&uri, 1).await, vec!["name-spelling"]);

    // type a stand-alone quote
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"range": {"start": {"line": 5, "character": 0}, "end": {"line": 5, "character": 0}}, "text": "\n“Nobody asked the fishermen about any of it.”\n"}]}),
    )
    .await;
    assert_eq!(
        c.diagnostics(&uri, 2).await,
        vec!["name-spelling", "unattributed-quote"]
    );

    // hover on the quote says why it has no speaker
    let hover = c
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": 6, "character": 3}}),
        )
        .await;
    let value = hover["result"]["contents"]["value"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(value.contains("No speaker found"), "{value}");

    // the house-list command writes copydesk.toml through workspace/applyEdit
    let actions = c
        .request("textDocument/codeAction", json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 4, "character": 0}, "end": {"line": 4, "character": 2}}, "context": {"diagnostics": []}}))
        .await;
    let list = actions["result"].as_array().unwrap();
    let titles: Vec<&str> = list.iter().map(|a| a["title"].as_str().unwrap()).collect();
    assert!(titles.contains(&"Change to “Calder”"), "{titles:?}");
    let add = list
        .iter()
        .find(|a| a["title"].as_str().unwrap().starts_with("Add “Calder”"))
        .unwrap();
    c.request("workspace/executeCommand", add["command"].clone())
        .await;
    let edit = c.edit_or_message().await;
    let changes = edit["params"]["edit"]["documentChanges"]
        .as_array()
        .unwrap();
    assert_eq!(changes[0]["kind"], "create");
    let new_text = changes[1]["edits"][0]["newText"].as_str().unwrap();
    assert!(new_text.contains("preferred = [\"Calder\"]"), "{new_text}");

    // ignoring a rule for a paragraph inserts the comment above it
    let actions = c
        .request("textDocument/codeAction", json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 6, "character": 2}, "end": {"line": 6, "character": 2}}, "context": {"diagnostics": []}}))
        .await;
    let ignore = actions["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Ignore unattributed-quote in this paragraph")
        .unwrap()
        .clone();
    c.request("workspace/executeCommand", ignore["command"].clone())
        .await;
    let edit = c.edit_or_message().await;
    let change = &edit["params"]["edit"]["documentChanges"][0];
    assert_eq!(change["textDocument"]["version"], 2);
    let te = &change["edits"][0];
    assert_eq!(
        te["newText"],
        "<!-- copydesk-ignore unattributed-quote -->\n"
    );
    assert_eq!(te["range"]["start"]["line"], 6);
    // the client applies it
    c.notify("textDocument/didChange", json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"range": te["range"], "text": te["newText"]}]})).await;
    assert_eq!(c.diagnostics(&uri, 3).await, vec!["name-spelling"]);

    // the outline lists the speaker; inlay hints are off as configured
    let outline = c
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": uri}}),
        )
        .await;
    assert_eq!(outline["result"].as_array().unwrap().len(), 1, "{outline}");
    let hints = c.request("textDocument/inlayHint", json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 20, "character": 0}}})).await;
    assert!(hints["result"].is_null());

    // a settings change silences a rule everywhere
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"copydesk": {"rules": {"name-spelling": {"enabled": false}}}}}),
    )
    .await;
    assert_eq!(c.diagnostics(&uri, 3).await, Vec::<String>::new());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_before_initialize_are_refused_and_the_server_stays_up() {
    let mut c = Client::start();
    let early = c.request("textDocument/hover", json!({"textDocument": {"uri": "file:///x.md"}, "position": {"line": 0, "character": 0}})).await;
    assert_eq!(early["error"]["code"], -32002);
    let init = c
        .request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": {}}),
        )
        .await;
    assert!(init["result"]["capabilities"].is_object());
}

/// Applies an `applyEdit`'s text edits for `uri` to `text` (UTF-16
/// positions), last edit first.
fn apply_edits(text: &str, edit: &Value, uri: &str) -> String {
    use super::documents::{OpenDocument, PositionEncoding};
    use tower_lsp_server::lsp_types::TextDocumentContentChangeEvent;
    let mut edits: Vec<Value> = match edit["changes"][uri].as_array() {
        Some(list) => list.clone(),
        None => edit["documentChanges"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|c| c["textDocument"]["uri"] == uri)
            .flat_map(|c| c["edits"].as_array().cloned().unwrap_or_default())
            .collect(),
    };
    assert!(!edits.is_empty(), "no edit for {uri}: {edit}");
    edits.sort_by_key(|e| {
        (
            e["range"]["start"]["line"].as_u64(),
            e["range"]["start"]["character"].as_u64(),
        )
    });
    let mut doc = OpenDocument::new(text, 0, "markdown".into());
    for e in edits.iter().rev() {
        let change: TextDocumentContentChangeEvent = serde_json::from_value(json!({
            "range": e["range"], "text": e["newText"]
        }))
        .unwrap();
        doc.apply(&change, PositionEncoding::Utf16).unwrap();
    }
    doc.rope.to_string()
}

/// The Markdown's structure as the parser sees it, without HTML (the
/// ignore comment is HTML).
fn structure(text: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES;
    Parser::new_ext(text, options)
        .filter(|e| {
            !matches!(
                e,
                Event::Html(_)
                    | Event::InlineHtml(_)
                    | Event::Start(Tag::HtmlBlock)
                    | Event::End(TagEnd::HtmlBlock)
            )
        })
        .map(|e| format!("{e:?}"))
        .collect()
}

/// Runs "ignore unattributed-quote in this paragraph" on the draft's
/// unattributed quote and returns the draft as the editor would have it.
async fn ignore_quote_in(text: &str) -> String {
    let mut c = Client::start();
    c.request(
        "initialize",
        json!({"processId": null, "rootUri": null, "capabilities": {}}),
    )
    .await;
    c.notify("initialized", json!({})).await;
    let uri = "untitled:draft.md";
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
    )
    .await;
    let published = c
        .wait(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == 1)
        .await;
    let diag = published["params"]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "unattributed-quote")
        .unwrap_or_else(|| panic!("an unattributed quote in {text:?}: {published}"))
        .clone();
    let actions = c
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": diag["range"], "context": {"diagnostics": [diag]}}),
        )
        .await;
    let command = actions["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Ignore unattributed-quote in this paragraph")
        .expect("an ignore action")["command"]
        .clone();
    c.request("workspace/executeCommand", command).await;
    let edit = c.edit_or_message().await;
    assert_eq!(edit["method"], "workspace/applyEdit", "{edit}");
    apply_edits(text, &edit["params"]["edit"], uri)
}

async fn check_ignore_keeps_structure(text: &str) {
    let after = ignore_quote_in(text).await;
    assert!(
        after.contains("<!-- copydesk-ignore unattributed-quote -->"),
        "{after}"
    );
    assert_eq!(
        structure(&after),
        structure(text),
        "the structure changed:\n{text}\n---\n{after}"
    );
    let a = copydesk::analyze(
        &after,
        copydesk::Format::Markdown,
        &copydesk::Config::default(),
    );
    assert!(
        a.findings.iter().all(|f| f.code != "unattributed-quote"),
        "the comment does not silence the quote:\n{after}"
    );
    if text.contains("\r\n") {
        assert_eq!(
            after.matches('\n').count(),
            after.matches("\r\n").count(),
            "mixed line endings:\n{after:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ignore_comment_keeps_crlf_line_endings() {
    check_ignore_keeps_structure(
        "# Head\r\n\r\nThe pier closed at noon.\r\n\r\n“Nobody told the residents anything at all.”\r\n",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ignore_comment_stays_inside_a_block_quote() {
    check_ignore_keeps_structure(
        "# Head\n\n> The council met on Monday.\n>\n> “Nobody told the residents anything at all.”\n>\n> The pier reopened.\n",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ignore_comment_keeps_a_list_and_its_numbering() {
    check_ignore_keeps_structure(
        "# Head\n\n1. The council met on Monday.\n2. “Nobody told the residents anything at all.”\n3. The pier reopened.\n",
    )
    .await;
    // a nested list inside a block quote, with CRLF
    check_ignore_keeps_structure(
        "# Head\r\n\r\n> - The council met on Monday.\r\n>   - The pier reopened.\r\n>   - “Nobody told the residents anything at all.”\r\n",
    )
    .await;
    // the first item of a list that follows a paragraph
    check_ignore_keeps_structure(
        "# Head\n\nThe council heard:\n- “Nobody told the residents anything at all.”\n- The pier reopened.\n",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ignore_comment_keeps_table_rows_in_the_table() {
    check_ignore_keeps_structure(
        "# Head\n\n| Day | Said |\n|---|---|\n| Monday | The pier closed. |\n| Tuesday | “Nobody told the residents anything at all.” |\n",
    )
    .await;
}

const EDIT_CAPS: &str = r#"{"workspace": {"workspaceEdit": {"documentChanges": true, "resourceOperations": ["create"]}}}"#;

/// A server with `root` as its workspace folder (or none).
async fn start_in(root: Option<&std::path::Path>, caps: &str) -> Client {
    let mut c = Client::start();
    let folders = match root {
        Some(r) => json!([{"uri": format!("file://{}", r.display()), "name": "desk"}]),
        None => Value::Null,
    };
    let caps: Value = serde_json::from_str(caps).unwrap();
    c.request(
        "initialize",
        json!({"processId": null, "rootUri": null, "workspaceFolders": folders, "capabilities": caps}),
    )
    .await;
    c.notify("initialized", json!({})).await;
    c
}

async fn add_name(c: &mut Client, draft: &std::path::Path, name: &str) -> Value {
    let uri = format!("file://{}", draft.display());
    c.request(
        "workspace/executeCommand",
        json!({"command": "copydesk.addToHouseList", "arguments": [uri, name]}),
    )
    .await;
    c.edit_or_message().await
}

fn refused(m: &Value) -> String {
    assert_eq!(m["method"], "window/showMessage", "not refused: {m}");
    m["params"]["message"].as_str().unwrap().to_string()
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn house_list_never_follows_a_config_symlinked_out_of_the_workspace() {
    let base = tempfile::tempdir().unwrap();
    let (ws, outside) = (base.path().join("ws"), base.path().join("outside"));
    std::fs::create_dir_all(&ws).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("real.toml"), "[names]\npreferred = []\n").unwrap();
    std::os::unix::fs::symlink(outside.join("real.toml"), ws.join("copydesk.toml")).unwrap();
    let mut c = start_in(Some(&ws), EDIT_CAPS).await;
    let m = add_name(&mut c, &ws.join("story.md"), "Calder").await;
    assert!(refused(&m).contains("outside the workspace"), "{m}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn house_list_edits_nothing_outside_a_workspace_folder() {
    let base = tempfile::tempdir().unwrap();
    let (ws, outside) = (base.path().join("ws"), base.path().join("outside"));
    std::fs::create_dir_all(&ws).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("copydesk.toml"), "[names]\npreferred = []\n").unwrap();
    let mut c = start_in(Some(&ws), EDIT_CAPS).await;
    // a draft outside the workspace, with its own config
    let m = add_name(&mut c, &outside.join("story.md"), "Calder").await;
    assert!(refused(&m).contains("workspace"), "{m}");
    // a draft in the workspace governed by a config above it: editing it
    // means leaving the workspace, creating one would shadow it
    std::fs::write(
        base.path().join("copydesk.toml"),
        "[names]\npreferred = []\n",
    )
    .unwrap();
    let m = add_name(&mut c, &ws.join("story.md"), "Calder").await;
    assert!(refused(&m).contains("outside the workspace"), "{m}");
    // no workspace at all: never a config created next to the draft or
    // in a system folder
    std::fs::remove_file(base.path().join("copydesk.toml")).unwrap();
    let mut c = start_in(None, EDIT_CAPS).await;
    let m = add_name(&mut c, &ws.join("story.md"), "Calder").await;
    assert!(refused(&m).contains("workspace"), "{m}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn house_list_keeps_the_configs_crlf_line_endings_and_bom() {
    let ws = tempfile::tempdir().unwrap();
    let body = "# House style for the city desk\r\n[names]\r\npreferred = [\"Calloway\"]\r\n\r\n[rules.first-reference]\r\nenabled = false\r\n";
    std::fs::write(ws.path().join("copydesk.toml"), format!("\u{feff}{body}")).unwrap();
    let mut c = start_in(Some(ws.path()), EDIT_CAPS).await;
    let m = add_name(&mut c, &ws.path().join("story.md"), "Calder").await;
    assert_eq!(m["method"], "workspace/applyEdit", "{m}");
    let config_uri = format!("file://{}/copydesk.toml", ws.path().display());
    let edit = &m["params"]["edit"];
    // an edit in place, never a whole-file replacement from the first byte
    let edits = edit["documentChanges"][0]["edits"].as_array().unwrap();
    assert!(
        edits.iter().all(|e| e["range"]["start"]["line"] != 0),
        "{edit}"
    );
    let after = apply_edits(body, edit, &config_uri);
    assert!(after.contains("\"Calloway\", \"Calder\""), "{after}");
    assert_eq!(
        after.matches('\n').count(),
        after.matches("\r\n").count(),
        "{after:?}"
    );
    assert!(after.starts_with("# House style"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn house_list_edits_the_open_unsaved_config_at_its_version() {
    let ws = tempfile::tempdir().unwrap();
    std::fs::write(ws.path().join("copydesk.toml"), "[names]\npreferred = []\n").unwrap();
    let mut c = start_in(Some(ws.path()), EDIT_CAPS).await;
    let config_uri = format!("file://{}/copydesk.toml", ws.path().display());
    let buffer = "[names]\npreferred = []\n\n[rules.first-reference]\nenabled = false\n";
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": config_uri, "languageId": "toml", "version": 7, "text": buffer}}),
    )
    .await;
    let m = add_name(&mut c, &ws.path().join("story.md"), "Calder").await;
    assert_eq!(m["method"], "workspace/applyEdit", "{m}");
    let edit = &m["params"]["edit"];
    let change = &edit["documentChanges"][0];
    assert_eq!(change["textDocument"]["version"], 7, "{edit}");
    let after = apply_edits(buffer, edit, &config_uri);
    assert_eq!(
        after,
        "[names]\npreferred = [\"Calder\"]\n\n[rules.first-reference]\nenabled = false\n"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn house_list_creates_a_config_only_if_the_editor_can_create_files() {
    let ws = tempfile::tempdir().unwrap();
    let mut c = start_in(
        Some(ws.path()),
        r#"{"workspace": {"workspaceEdit": {"documentChanges": true}}}"#,
    )
    .await;
    let m = add_name(&mut c, &ws.path().join("story.md"), "Calder").await;
    assert!(refused(&m).contains("create"), "{m}");
    let mut c = start_in(Some(ws.path()), EDIT_CAPS).await;
    let m = add_name(&mut c, &ws.path().join("story.md"), "Calder").await;
    let changes = m["params"]["edit"]["documentChanges"].as_array().unwrap();
    assert_eq!(changes[0]["kind"], "create");
    assert_eq!(
        changes[0]["uri"],
        format!("file://{}/copydesk.toml", ws.path().display())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ignore_command_offered_on_other_text_is_refused() {
    let mut c = start_in(None, EDIT_CAPS).await;
    let uri = "untitled:stale.md";
    let text =
        "# Head\n\nThe pier closed at noon.\n\n“Nobody told the residents anything at all.”\n";
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
    )
    .await;
    assert_eq!(c.diagnostics(uri, 1).await, vec!["unattributed-quote"]);
    let actions = c
        .request("textDocument/codeAction", json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 4, "character": 2}, "end": {"line": 4, "character": 2}}, "context": {"diagnostics": []}}))
        .await;
    let command = actions["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Ignore unattributed-quote in this paragraph")
        .unwrap()["command"]
        .clone();
    // the same version number, other text
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 1}, "contentChanges": [{"text": format!("# Head\n\n- A list now.\n\n{}", &text[8..])}]}),
    )
    .await;
    c.request("workspace/executeCommand", command).await;
    let m = c.edit_or_message().await;
    assert!(refused(&m).contains("changed"), "{m}");
}

/// Opens a draft and waits for its first diagnostics.
async fn open(c: &mut Client, uri: &str, text: &str) -> Vec<String> {
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
    )
    .await;
    c.diagnostics(uri, 1).await
}

/// How many analyses of open drafts have run and been published so far.
async fn stats(c: &mut Client) -> (u64, u64) {
    let s = c.request("copydesk/stats", Value::Null).await;
    (
        s["result"]["analyses"].as_u64().unwrap(),
        s["result"]["published"].as_u64().unwrap(),
    )
}

const QUOTE_DRAFT: &str =
    "# Pier\n\nThe pier closed at noon.\n\n“Nobody told the residents anything at all.”\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_burst_after_an_edit_waits_for_the_one_analysis_of_the_new_text() {
    let mut c = start_in(None, EDIT_CAPS).await;
    let uri = "untitled:burst.md";
    assert_eq!(
        open(&mut c, uri, "# Pier\n\nThe pier closed at noon.\n").await,
        Vec::<String>::new()
    );
    let (before, _) = stats(&mut c).await;
    for round in 0..5 {
        let version = 2 + round;
        // a new quote on its own line, then at once the editor's usual
        // requests at it, without waiting for the diagnostics
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": format!("{QUOTE_DRAFT}{}", "\nMore copy.\n".repeat(round as usize))}]}),
        )
        .await;
        let at = json!({"line": 4, "character": 3});
        let whole =
            json!({"start": {"line": 0, "character": 0}, "end": {"line": 9, "character": 0}});
        let mut ids = Vec::new();
        for (method, params) in [
            (
                "textDocument/hover",
                json!({"textDocument": {"uri": uri}, "position": at}),
            ),
            (
                "textDocument/codeAction",
                json!({"textDocument": {"uri": uri}, "range": {"start": at, "end": at}, "context": {"diagnostics": []}}),
            ),
            (
                "textDocument/inlayHint",
                json!({"textDocument": {"uri": uri}, "range": whole}),
            ),
            (
                "textDocument/documentSymbol",
                json!({"textDocument": {"uri": uri}}),
            ),
        ] {
            let id = c.next_id;
            c.next_id += 1;
            ids.push(id);
            c.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))
                .await;
        }
        let mut answers = Vec::new();
        for id in ids {
            answers.push(
                c.wait(|m| m.get("id") == Some(&json!(id)) && m.get("method").is_none())
                    .await,
            );
        }
        // each answered from the new text's analysis
        let hover = answers[0]["result"]["contents"]["value"]
            .as_str()
            .unwrap_or("");
        assert!(hover.contains("No speaker found"), "{}", answers[0]);
        let titles: Vec<&str> = answers[1]["result"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|a| a["title"].as_str())
            .collect();
        assert!(
            titles.contains(&"Ignore unattributed-quote in this paragraph"),
            "{titles:?}"
        );
        assert_eq!(
            c.diagnostics(uri, version as i64).await,
            vec!["unattributed-quote"]
        );
    }
    let (after, _) = stats(&mut c).await;
    assert_eq!(after - before, 5, "one analysis per edit, none per request");
}

/// A draft of about `bytes` bytes of ordinary copy, paragraph by paragraph.
fn long_draft(bytes: usize) -> String {
    let mut s = String::from("# Harbour\n\n");
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(&format!(
            "The harbour board met for the {i}th time on Tuesday and talked about the pier for an hour. Mayor Ines Calder said the repairs would take a year.\n\n"
        ));
        i += 1;
    }
    s
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fast_typing_in_a_long_draft_analyses_only_the_newest_text() {
    let mut c = start_in(None, EDIT_CAPS).await;
    let uri = "untitled:long.md";
    let text = long_draft(400 << 10);
    open(&mut c, uri, &text).await;
    let (a0, p0) = stats(&mut c).await;
    // 60 keys, 10 ms apart: faster than the pause the server waits for in
    // a draft this long
    for version in 2..=61 {
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"range": {"start": {"line": 0, "character": 9}, "end": {"line": 0, "character": 9}}, "text": "s"}]}),
        )
        .await;
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    c.diagnostics(uri, 61).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let (a1, p1) = stats(&mut c).await;
    // the first key (after a pause) may start an analysis at once; the rest
    // wait for the typist to stop (one more may start if this loop stalls
    // on a loaded machine; every version was analysed before)
    assert!(a1 - a0 <= 4, "{} analyses for 60 keys", a1 - a0);
    assert_eq!(p1 - p0, 1, "only the newest version is published");
    assert!(
        !c.seen
            .iter()
            .any(|m| m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] != 1),
        "an older version was published"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_short_draft_is_analysed_at_every_key() {
    let mut c = start_in(None, EDIT_CAPS).await;
    let uri = "untitled:short.md";
    open(&mut c, uri, QUOTE_DRAFT).await;
    for version in 2..=6 {
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 0}}, "text": "x"}]}),
        )
        .await;
        // no waiting for a pause: each key's diagnostics come before the next
        let t = std::time::Instant::now();
        c.diagnostics(uri, version).await;
        assert!(t.elapsed() < std::time::Duration::from_millis(1000));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_drafts_on_disk_and_open_do_not_hold_up_another_open_draft() {
    let dir = tempfile::tempdir().unwrap();
    let slow = format!("{QUOTE_DRAFT}\n{}\n", super::snapshot::SLOW_FOR_TESTS);
    std::fs::write(dir.path().join("slow-on-disk.md"), &slow).unwrap();
    let mut c = start_in(Some(dir.path()), EDIT_CAPS).await;
    // checking the workspace starts on the slow draft on disk
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"copydesk": {"checkWorkspace": true}}}),
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let slow_open = "untitled:slow-open.md";
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": slow_open, "languageId": "markdown", "version": 1, "text": slow}}),
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let t = std::time::Instant::now();
    let quick = "untitled:quick.md";
    assert_eq!(
        open(&mut c, quick, QUOTE_DRAFT).await,
        vec!["unattributed-quote"]
    );
    assert!(
        t.elapsed() < std::time::Duration::from_millis(1000),
        "{:?}",
        t.elapsed()
    );
    let published = |m: &Value, name: &str| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"]
                .as_str()
                .is_some_and(|u| u.ends_with(name))
    };
    assert!(
        !c.seen
            .iter()
            .any(|m| published(m, "slow-on-disk.md") || published(m, "slow-open.md")),
        "the slow drafts were done first"
    );
    // and they are published in the end
    c.wait(|m| published(m, "slow-open.md")).await;
    c.wait(|m| published(m, "slow-on-disk.md")).await;
}
