//! File names shown to people and written into reports, byte-exact and safe.
//!
//! A file name is bytes (on Unix any bytes but `/` and NUL). Shown in a
//! terminal, a control character (an escape sequence, a newline, a carriage
//! return, DEL and the C1 controls) is written as `\xNN`, a byte that is not
//! UTF-8 as `\xNN` too, and a character that reorders text on screen (the
//! bidirectional controls) as `\u{NNNN}`; everything else, backslash
//! included, is shown as it is.

use std::path::Path;

/// The bytes of a path, exactly (on Unix); elsewhere its UTF-8 form.
pub fn bytes_of(path: &Path) -> Vec<u8> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        path.as_os_str().as_bytes().to_vec()
    }
    #[cfg(not(unix))]
    {
        path.to_string_lossy().into_owned().into_bytes()
    }
}

/// A path for a terminal or a log line: see the module documentation.
pub fn shown(path: &Path) -> String {
    escape_bytes(&bytes_of(path))
}

/// Characters that reorder the text around them on screen.
fn reorders(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Text with control and reordering characters made visible.
pub fn escape_text(s: &str) -> String {
    if !s.chars().any(|c| c.is_control() || reorders(c)) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    push_escaped(&mut out, s);
    out
}

fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        if c.is_control() && (c as u32) < 0x100 {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else if c.is_control() || reorders(c) {
            out.push_str(&format!("\\u{{{:04x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
}

/// Bytes as text: valid UTF-8 with controls escaped, other bytes as `\xNN`.
pub fn escape_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        push_escaped(&mut out, chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

/// A path as a relative URI reference (RFC 3986): every byte but the
/// unreserved characters and `/` percent-encoded, so a name with spaces,
/// newlines, control characters or bytes that are not UTF-8 stays one
/// exact, valid URI.
pub fn uri_path(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for &b in bytes {
        if cfg!(windows) && b == b'\\' {
            out.push('/');
        } else if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bad_bytes_are_made_visible() {
        assert_eq!(escape_bytes(b"a\x1b[31mb.md"), "a\\x1b[31mb.md");
        assert_eq!(escape_bytes(b"caf\xff.md"), "caf\\xff.md");
        assert_eq!(escape_bytes("café\n.md".as_bytes()), "café\\x0a.md");
        assert_eq!(
            escape_bytes("a\u{202e}dm.txt".as_bytes()),
            "a\\u{202e}dm.txt"
        );
        assert_eq!(escape_bytes(b"plain/dir name.md"), "plain/dir name.md");
        assert_eq!(escape_text("x\u{9b}y"), "x\\x9by");
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri_path(b"news/a b\n.md"), "news/a%20b%0A.md");
        assert_eq!(uri_path("café.md".as_bytes()), "caf%C3%A9.md");
        assert_eq!(uri_path(b"x\xff.md"), "x%FF.md");
    }
}
