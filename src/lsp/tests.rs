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
        .request("initialize", json!({"processId": null, "rootUri": root, "capabilities": {}, "initializationOptions": {"copydesk": {"inlayHints": false}}}))
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
    let edit = c
        .server_requests
        .iter()
        .find(|r| r["method"] == "workspace/applyEdit")
        .expect("an applyEdit")
        .clone();
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
    c.server_requests.clear();
    c.request("workspace/executeCommand", ignore["command"].clone())
        .await;
    let edit = c
        .server_requests
        .iter()
        .find(|r| r["method"] == "workspace/applyEdit")
        .unwrap()
        .clone();
    let te = &edit["params"]["edit"]["changes"][&uri][0];
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
