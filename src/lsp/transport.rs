//! A guard between stdio and the protocol library. It reads frames itself,
//! answers a malformed message with a JSON-RPC error and resynchronises on
//! the next `Content-Length` header, and passes only well-formed messages
//! on. The library's own reader would stop reading for good after the first
//! frame it could not decode; this keeps the server up.

use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::sync::mpsc;

/// Frames larger than this are refused (and skipped).
const MAX_FRAME: usize = 64 << 20;

/// Header lines longer than this are refused: their bytes are skipped up
/// to the line's end, never kept.
const MAX_HEADER_LINE: usize = 8 << 10;

/// Reads one line into `line`, keeping at most `MAX_HEADER_LINE` bytes:
/// (bytes read, whether the line was longer and so dropped).
async fn read_line_capped<R: AsyncRead + Unpin>(
    r: &mut BufReader<R>,
    line: &mut Vec<u8>,
) -> std::io::Result<(usize, bool)> {
    let (mut total, mut too_long) = (0, false);
    loop {
        let buf = r.fill_buf().await?;
        if buf.is_empty() {
            return Ok((total, too_long));
        }
        let (take, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        if !too_long {
            if line.len() + take > MAX_HEADER_LINE {
                too_long = true;
                line.clear();
            } else {
                line.extend_from_slice(&buf[..take]);
            }
        }
        r.consume(take);
        total += take;
        if done {
            return Ok((total, too_long));
        }
    }
}

/// Reads one frame body: `Ok(None)` at end of input, `Err` for a frame whose
/// header was unusable (the reader has moved past it).
pub async fn read_frame<R: AsyncRead + Unpin>(
    r: &mut BufReader<R>,
) -> std::io::Result<Option<Result<Vec<u8>, String>>> {
    let mut len: Option<usize> = None;
    let mut problem = None;
    loop {
        let mut line = Vec::new();
        let (read, too_long) = read_line_capped(r, &mut line).await?;
        if read == 0 {
            return Ok(None);
        }
        if too_long {
            return Ok(Some(Err(format!(
                "header line longer than {MAX_HEADER_LINE} bytes"
            ))));
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if len.is_some() || problem.is_some() {
                break;
            }
            continue; // stray blank line between frames
        }
        // Garbage before a header (the tail of a frame whose length lied)
        // is skipped up to the header.
        let header = match text.find("Content-Length:") {
            Some(i) => &text[i..],
            None => text,
        };
        if let Some(v) = header.strip_prefix("Content-Length:") {
            match v.trim().parse::<usize>() {
                Ok(n) if n <= MAX_FRAME => len = Some(n),
                Ok(n) => problem = Some(format!("frame of {n} bytes is larger than {MAX_FRAME}")),
                Err(_) => problem = Some(format!("bad Content-Length header: {v:?}")),
            }
        } else if !header.starts_with("Content-Type:") && len.is_none() && problem.is_none() {
            // not a header at all: keep scanning for one
            continue;
        }
    }
    match (len, problem) {
        (Some(n), None) => {
            let mut body = vec![0; n];
            r.read_exact(&mut body).await?;
            Ok(Some(Ok(body)))
        }
        (_, Some(p)) => Ok(Some(Err(p))),
        (None, None) => Ok(Some(Err("frame without Content-Length".into()))),
    }
}

/// The library's message type, to check that it can decode a message.
#[derive(serde::Deserialize)]
#[serde(untagged)]
#[allow(dead_code)]
enum LibraryMessage {
    Response(tower_lsp_server::jsonrpc::Response),
    Request(tower_lsp_server::jsonrpc::Request),
}

pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// Whether a body is a JSON-RPC 2.0 message the library can take; if not,
/// the error response to send back.
pub fn check_message(body: &[u8]) -> Result<(), Value> {
    let v: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => {
            return Err(
                json!({"jsonrpc": "2.0", "id": null, "error": {"code": -32700, "message": format!("Parse error: {e}")}}),
            );
        }
    };
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    // The library reads ids as i64 or strings; any other number (1.5,
    // 1e20, 2^63) would stop its reader for good.
    let id_ok = match &id {
        Value::Null | Value::String(_) => true,
        Value::Number(n) => n.is_i64(),
        _ => false,
    };
    let ok = v.get("jsonrpc") == Some(&json!("2.0"))
        && id_ok
        && match v.get("method") {
            Some(m) => {
                m.is_string()
                    && v.get("params")
                        .is_none_or(|p| p.is_object() || p.is_array() || p.is_null())
            }
            None => {
                v.get("id").is_some() && (v.get("result").is_some() || v.get("error").is_some())
            }
        };
    // The last word is the library's own: what it cannot decode is never
    // passed on (an error object with a field it does not know, say).
    let ok = ok && serde_json::from_value::<LibraryMessage>(v).is_ok();
    if ok {
        Ok(())
    } else {
        let id = if id_ok { id } else { Value::Null };
        Err(
            json!({"jsonrpc": "2.0", "id": id, "error": {"code": -32600, "message": "Invalid Request: not a JSON-RPC 2.0 message"}}),
        )
    }
}

/// Whether a body is the editor's answer to a request of the server's.
fn is_response(body: &[u8]) -> bool {
    serde_json::from_slice::<Value>(body).is_ok_and(|v| {
        v.get("method").is_none() && (v.get("result").is_some() || v.get("error").is_some())
    })
}

/// Moves frames from `input` to `to_server`, answering bad ones on `out`.
pub async fn guard_input<R, W>(input: R, mut to_server: W, out: mpsc::Sender<Vec<u8>>)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut r = BufReader::new(input);
    loop {
        let body = match read_frame(&mut r).await {
            Ok(Some(Ok(body))) => body,
            Ok(Some(Err(problem))) => {
                eprintln!("copydesk lsp: {problem}");
                let err = json!({"jsonrpc": "2.0", "id": null, "error": {"code": -32700, "message": problem}});
                let _ = out.send(frame(err.to_string().as_bytes())).await;
                continue;
            }
            Ok(None) | Err(_) => break,
        };
        match check_message(&body) {
            Ok(()) => {
                if to_server.write_all(&frame(&body)).await.is_err()
                    || to_server.flush().await.is_err()
                {
                    break;
                }
            }
            Err(response) => {
                eprintln!(
                    "copydesk lsp: dropped a malformed message ({} bytes)",
                    body.len()
                );
                // A response is never answered, even a malformed one.
                if !is_response(&body) {
                    let _ = out.send(frame(response.to_string().as_bytes())).await;
                }
            }
        }
    }
    let _ = to_server.shutdown().await;
}

/// Moves the library's frames to `out`, whole.
pub async fn pump_output<R: AsyncRead + Unpin>(from_server: R, out: mpsc::Sender<Vec<u8>>) {
    let mut r = BufReader::new(from_server);
    while let Ok(Some(Ok(body))) = read_frame(&mut r).await {
        if out.send(frame(&body)).await.is_err() {
            break;
        }
    }
}

/// Writes frames to stdout in the order they come.
pub async fn write_output<W: AsyncWrite + Unpin>(mut w: W, mut frames: mpsc::Receiver<Vec<u8>>) {
    while let Some(f) = frames.recv().await {
        if w.write_all(&f).await.is_err() || w.flush().await.is_err() {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn resynchronises_after_a_lying_header() {
        let input =
            b"Content-Length: 5\r\n\r\n{\"jsonrpc\":\"2.0\"}Content-Length: 2\r\n\r\n{}".to_vec();
        let mut r = BufReader::new(&input[..]);
        assert_eq!(
            read_frame(&mut r).await.unwrap().unwrap().unwrap(),
            b"{\"jso"
        );
        assert_eq!(read_frame(&mut r).await.unwrap().unwrap().unwrap(), b"{}");
        assert!(read_frame(&mut r).await.unwrap().is_none());
    }

    #[test]
    fn malformed_messages_get_error_responses() {
        assert!(check_message(br#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#).is_ok());
        assert!(check_message(br#"{"jsonrpc":"2.0","id":1,"result":null}"#).is_ok());
        assert_eq!(
            check_message(b"{not json").unwrap_err()["error"]["code"],
            -32700
        );
        assert_eq!(
            check_message(br#"{"jsonrpc":"2.0","id":7}"#).unwrap_err()["id"],
            7
        );
        assert_eq!(
            check_message(br#"[1,2]"#).unwrap_err()["error"]["code"],
            -32600
        );
    }

    #[tokio::test]
    async fn a_header_line_without_an_end_is_refused_not_buffered() {
        use tokio::io::AsyncReadExt as _;
        // 64 MB of one "line", then a good frame
        let endless = tokio::io::repeat(b'x').take(64 << 20);
        let rest = &b"\r\nContent-Length: 2\r\n\r\n{}"[..];
        let mut r = BufReader::new(endless.chain(rest));
        let first = read_frame(&mut r).await.unwrap();
        assert!(
            matches!(&first, Some(Err(p)) if p.contains("header line")),
            "{first:?}"
        );
        assert_eq!(read_frame(&mut r).await.unwrap().unwrap().unwrap(), b"{}");
    }

    #[test]
    fn ids_the_library_cannot_read_are_refused() {
        for id in [
            "1.5",
            "1e20",
            "9223372036854775808",
            "-9223372036854775809",
            "1.0",
            "true",
            "{}",
        ] {
            let request = format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"shutdown"}}"#);
            let err = check_message(request.as_bytes()).unwrap_err();
            assert_eq!(err["error"]["code"], -32600, "{id}");
            assert!(err["id"].is_null());
            let response = format!(r#"{{"jsonrpc":"2.0","id":{id},"result":null}}"#);
            assert!(check_message(response.as_bytes()).is_err(), "{id}");
        }
        for id in [
            "0",
            "-9223372036854775808",
            "9223372036854775807",
            "\"a\"",
            "null",
        ] {
            let request = format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"shutdown"}}"#);
            assert!(check_message(request.as_bytes()).is_ok(), "{id}");
        }
    }
}
