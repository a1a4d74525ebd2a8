//! The edits the server makes itself: the "ignore in this paragraph"
//! comment, placed so that the draft's Markdown keeps its structure, and
//! the house-list entry in a `copydesk.toml` inside the workspace.

use std::ops::Range;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Where to insert `<!-- copydesk-ignore RULE -->` so that it silences the
/// paragraph that starts at source byte `para` and changes nothing else
/// about the draft: (byte offset, text to insert).
///
/// The comment goes on a line of its own above the paragraph, behind the
/// same container markers (`>` of a block quote, the indentation of a
/// list item) and ended with the draft's own line break. Above the first
/// line of a list item it goes at the end of the item before (indented as
/// its content), so that the list goes on with the same numbering; above
/// the first item of a list it goes before the list. A table cell holds
/// no lines of its own, so there it goes at the start of the cell, inline
/// (a comment above the table would silence only its first cell).
pub fn ignore_insertion(text: &str, para: usize, rule: &str) -> (usize, String) {
    let comment = format!("<!-- copydesk-ignore {rule} -->");
    let para = floor_boundary(text, para.min(text.len()));
    let stack = containers_at(text, para);
    if stack.iter().any(|o| o.kind == Kind::Table) {
        return (para, comment);
    }
    // The block's first byte: a heading starts at its `#`.
    let block = stack
        .iter()
        .rev()
        .find(|o| matches!(o.kind, Kind::Paragraph | Kind::Heading))
        .map_or(para, |o| o.range.start.min(para));
    let line_start = text[..block].rfind('\n').map_or(0, |i| i + 1);
    let ending = line_ending(text, line_start);
    // The outermost list item (or footnote) whose marker is on this line.
    let first_on_line = stack
        .iter()
        .position(|o| matches!(o.kind, Kind::Item | Kind::Footnote) && o.range.start >= line_start);
    let prefix = match first_on_line {
        None => continuation(&text[line_start..block]),
        Some(i) => {
            let item = &stack[i];
            let previous = (item.kind == Kind::Item)
                .then(|| i.checked_sub(1).and_then(|l| stack[l].last_item.clone()))
                .flatten();
            match previous {
                // inside the item before, at its content's indentation
                Some(prev) => {
                    let prev_line = text[..prev.start].rfind('\n').map_or(0, |i| i + 1);
                    let mut p = continuation(&text[prev_line..prev.start]);
                    p.push_str(&" ".repeat(content_width(&text[prev.start..])));
                    p
                }
                // before the list (or the footnote), behind the outer markers
                None => continuation(&text[line_start..item.range.start]),
            }
        }
    };
    (line_start, format!("{prefix}{comment}{ending}"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Quote,
    List,
    Item,
    Footnote,
    Table,
    Paragraph,
    Heading,
    Other,
}

struct Open {
    kind: Kind,
    range: Range<usize>,
    /// For a list: the last of its items that has ended.
    last_item: Option<Range<usize>>,
}

/// The blocks open around the inline content at byte `at`, outermost first.
fn containers_at(text: &str, at: usize) -> Vec<Open> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut stack: Vec<Open> = Vec::new();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                let kind = match tag {
                    Tag::BlockQuote(_) => Kind::Quote,
                    Tag::List(_) => Kind::List,
                    Tag::Item => Kind::Item,
                    Tag::FootnoteDefinition(_) => Kind::Footnote,
                    Tag::Table(_) => Kind::Table,
                    Tag::Paragraph => Kind::Paragraph,
                    Tag::Heading { .. } => Kind::Heading,
                    _ => Kind::Other,
                };
                stack.push(Open {
                    kind,
                    range,
                    last_item: None,
                });
            }
            Event::End(end) => {
                let closed = stack.pop();
                if let (TagEnd::Item, Some(item)) = (end, closed) {
                    if let Some(list) = stack.last_mut() {
                        list.last_item = Some(item.range);
                    }
                }
            }
            _ if range.contains(&at) || range.start >= at => return stack,
            _ => {}
        }
    }
    stack
}

/// The markers a continuation line needs: `>` kept, list markers and
/// everything else turned into spaces of the same width.
fn continuation(prefix: &str) -> String {
    prefix
        .chars()
        .map(|c| if c == '>' || c == '\t' { c } else { ' ' })
        .collect()
}

/// The width of a list item's marker and the spaces after it: where the
/// item's content starts (CommonMark: one to four spaces; more, or none
/// before the end of the line, count as one).
fn content_width(item: &str) -> usize {
    let marker = item
        .find(|c: char| !c.is_ascii_digit())
        .map_or(item.len(), |i| i + 1)
        .min(item.len());
    let rest = &item[marker..];
    let spaces = rest.len() - rest.trim_start_matches(' ').len();
    let at_end = rest[spaces..].starts_with(['\n', '\r']) || rest.len() == spaces;
    marker
        + if (1..=4).contains(&spaces) && !at_end {
            spaces
        } else {
            1
        }
}

/// The line break the draft uses at a line: that line's own, else the
/// line before's, else the first in the draft, else `\n`.
fn line_ending(text: &str, line_start: usize) -> &'static str {
    let own = text[line_start..].find('\n').map(|i| line_start + i);
    let before = line_start.checked_sub(1);
    let first = text.find('\n');
    match own.or(before).or(first) {
        Some(nl) if nl > 0 && text.as_bytes()[nl - 1] == b'\r' => "\r\n",
        _ => "\n",
    }
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A config's text with `name` added to `[names] preferred`, keeping its
/// byte-order mark and its line endings. `Ok(None)` if the name is there.
pub fn add_name_to_config(old: &str, name: &str) -> Result<Option<String>, String> {
    let (bom, body) = match old.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", old),
    };
    let crlf = body.contains("\r\n");
    let normal = if crlf {
        body.replace("\r\n", "\n")
    } else {
        body.to_string()
    };
    let mut toml: toml_edit::DocumentMut = normal
        .parse()
        .map_err(|e| format!("copydesk.toml cannot be read: {e}"))?;
    let names = toml
        .entry("names")
        .or_insert_with(|| toml_edit::Item::Table(toml_edit::Table::new()))
        .as_table_like_mut()
        .ok_or("[names] in copydesk.toml is not a table")?;
    let preferred = names
        .entry("preferred")
        .or_insert_with(|| toml_edit::value(toml_edit::Array::new()))
        .as_array_mut()
        .ok_or("names.preferred in copydesk.toml is not a list")?;
    if preferred.iter().any(|v| v.as_str() == Some(name)) {
        return Ok(None);
    }
    preferred.push(name);
    let mut new = toml.to_string();
    if crlf {
        new = new.replace('\n', "\r\n");
    }
    Ok(Some(format!("{bom}{new}")))
}

/// The smallest run of whole lines of `old` to replace to get `new`:
/// (byte range in `old`, replacement).
pub fn line_edit(old: &str, new: &str) -> (Range<usize>, String) {
    let prefix = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    // back to the start of the line
    let start = old[..prefix].rfind('\n').map_or(0, |i| i + 1);
    let room = old.len().min(new.len()) - start;
    let suffix = old
        .bytes()
        .rev()
        .zip(new.bytes().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    // forward to the start of a line
    let mut end = old.len() - suffix;
    if end > start && !old[..end].ends_with('\n') {
        end = old[end..].find('\n').map_or(old.len(), |i| end + i + 1);
    }
    let kept = old.len() - end;
    (start..end, new[start..new.len() - kept].to_string())
}

/// Where the house list of a draft lives, inside the workspace.
#[derive(Debug, PartialEq, Eq)]
pub enum ConfigTarget {
    Existing(PathBuf),
    /// None in the workspace and none above it: a new one here.
    Create(PathBuf),
}

/// The `copydesk.toml` to add a name to for a draft (`None`: not a file
/// on disk): the nearest one from the draft's folder up to the workspace
/// folder that holds it, never above it, never through a link that leads
/// out of it.
pub fn config_target(draft: Option<&Path>, roots: &[PathBuf]) -> Result<ConfigTarget, String> {
    let roots: Vec<PathBuf> = roots.iter().filter_map(|r| r.canonicalize().ok()).collect();
    let no_workspace = "copydesk only edits a copydesk.toml inside a workspace folder, and this draft is in none. Open the draft's folder as a workspace, or add the name to [names] preferred in copydesk.toml by hand.";
    let dir = match draft {
        Some(d) => d
            .parent()
            .and_then(|p| p.canonicalize().ok())
            .ok_or_else(|| format!("the folder of {} cannot be read", d.display()))?,
        None => roots.first().cloned().ok_or(no_workspace)?,
    };
    let root = roots
        .iter()
        .filter(|r| dir.starts_with(r))
        .max_by_key(|r| r.components().count())
        .ok_or(no_workspace)?;
    let mut at = Some(dir.as_path());
    while let Some(d) = at {
        let candidate = d.join(copydesk::config::FILE_NAME);
        match std::fs::symlink_metadata(&candidate) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = candidate.canonicalize().map_err(|e| {
                    format!(
                        "{} is a link that cannot be followed: {e}",
                        candidate.display()
                    )
                })?;
                if !target.starts_with(root) {
                    return Err(format!(
                        "{} is a link to {}, outside the workspace; copydesk does not edit files outside the workspace. Add the name there by hand.",
                        candidate.display(),
                        target.display()
                    ));
                }
                if !target.is_file() {
                    return Err(format!("{} is not a regular file", target.display()));
                }
                return Ok(ConfigTarget::Existing(target));
            }
            Ok(m) if m.is_file() => return Ok(ConfigTarget::Existing(candidate)),
            Ok(_) => {
                return Err(format!("{} is not a regular file", candidate.display()));
            }
            Err(_) => {}
        }
        at = if d == root { None } else { d.parent() };
    }
    // A config above the workspace governs the draft: creating one in the
    // workspace would silently replace it.
    if let Some(above) = root.parent().and_then(crate::workspace::find_config) {
        return Err(format!(
            "the copydesk.toml that governs this draft, {}, is outside the workspace; copydesk only edits files inside it. Add the name there by hand.",
            above.display()
        ));
    }
    Ok(ConfigTarget::Create(root.join(copydesk::config::FILE_NAME)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn insert(text: &str, needle: &str) -> String {
        let at = text.find(needle).unwrap();
        let (pos, s) = ignore_insertion(text, at, "unattributed-quote");
        format!("{}{s}{}", &text[..pos], &text[pos..])
    }

    const C: &str = "<!-- copydesk-ignore unattributed-quote -->";

    #[test]
    fn the_comment_follows_the_paragraphs_containers() {
        assert_eq!(
            insert("One.\n\nTwo.\n", "Two"),
            format!("One.\n\n{C}\nTwo.\n")
        );
        assert_eq!(
            insert("One.\r\n\r\nTwo.", "Two"),
            format!("One.\r\n\r\n{C}\r\nTwo.")
        );
        assert_eq!(
            insert("> One.\n>\n> Two.\n", "Two"),
            format!("> One.\n>\n> {C}\n> Two.\n")
        );
        assert_eq!(
            insert("1. One.\n2. Two.\n", "Two"),
            format!("1. One.\n   {C}\n2. Two.\n")
        );
        assert_eq!(
            insert("9. One.\n10. Two.\n11. Three.\n", "Three"),
            format!("9. One.\n10. Two.\n    {C}\n11. Three.\n")
        );
        assert_eq!(
            insert("Intro:\n- One.\n- Two.\n", "One"),
            format!("Intro:\n{C}\n- One.\n- Two.\n")
        );
        assert_eq!(
            insert("- One.\n\n  Two.\n", "Two"),
            format!("- One.\n\n  {C}\n  Two.\n")
        );
        assert_eq!(
            insert("> - a\n>   - b\n>   - c\n", "c\n"),
            format!("> - a\n>   - b\n>     {C}\n>   - c\n")
        );
        assert_eq!(insert("# Head\n", "Head"), format!("{C}\n# Head\n"));
        assert_eq!(
            insert("| a | b |\n|---|---|\n| c | d |\n", "d |"),
            format!("| a | b |\n|---|---|\n| c | {C}d |\n")
        );
    }

    #[test]
    fn config_edits_keep_bom_and_line_endings() {
        let old = "\u{feff}# desk\r\n[names]\r\npreferred = [\"A\"]\r\n";
        let new = add_name_to_config(old, "B").unwrap().unwrap();
        assert_eq!(
            new,
            "\u{feff}# desk\r\n[names]\r\npreferred = [\"A\", \"B\"]\r\n"
        );
        assert_eq!(add_name_to_config(&new, "B").unwrap(), None);
        let (range, text) = line_edit(old, &new);
        assert_eq!(&old[range.clone()], "preferred = [\"A\"]\r\n");
        assert_eq!(text, "preferred = [\"A\", \"B\"]\r\n");
        assert_eq!(line_edit("", "x\n"), (0..0, "x\n".to_string()));
        assert_eq!(line_edit("a\nb", "a\nb"), (2..2, String::new()));
    }
}
