//! Markdown drafts through a CommonMark parser (smart punctuation off, so
//! quote marks stay as typed). Text of headings, paragraphs, list items,
//! block quotes and table cells is prose; code, HTML, link destinations,
//! images and front matter are not.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{parse_directive, BlockKind, Directive, OffsetMap, Parsed};

pub(crate) fn parse(source: &str) -> Parsed {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut b = Builder {
        source,
        prose: String::with_capacity(source.len()),
        map: OffsetMap::default(),
        blocks: Vec::new(),
        open: None,
        heading: 0,
    };
    let mut directives = Vec::new();
    let mut skip = 0usize; // depth inside code blocks, images, front matter
    let mut html_block = String::new();
    let mut html_start = 0;
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Start(tag) => match tag {
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. } => {}
                Tag::CodeBlock(_) | Tag::Image { .. } | Tag::MetadataBlock(_) => {
                    b.close();
                    skip += 1;
                }
                Tag::Heading { .. } => {
                    b.close();
                    b.heading += 1;
                }
                Tag::HtmlBlock => {
                    b.close();
                    html_block.clear();
                }
                _ => b.close(),
            },
            Event::End(end) => match end {
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link => {}
                TagEnd::CodeBlock | TagEnd::Image | TagEnd::MetadataBlock(_) => {
                    skip = skip.saturating_sub(1);
                }
                TagEnd::Heading(_) => {
                    b.close();
                    b.heading = b.heading.saturating_sub(1);
                }
                _ => b.close(),
            },
            Event::Text(text) if skip == 0 => b.text(&text, range.start, range.end),
            Event::SoftBreak | Event::HardBreak if skip == 0 && b.open.is_some() => {
                b.text(
                    "
",
                    range.start,
                    range.end,
                );
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                if html_block.is_empty() {
                    html_start = range.start;
                }
                html_block.push_str(&html);
                for comment in comments(&html_block) {
                    if let Some((kind, rules)) = parse_directive(comment) {
                        let end = html_start + source[html_start..range.end].trim_end().len();
                        directives.push(Directive {
                            span: html_start..end,
                            kind,
                            rules,
                        });
                    }
                }
                if html_block.contains("-->") || !html_block.contains("<!--") {
                    html_block.clear();
                }
            }
            _ => {}
        }
    }
    b.close();
    Parsed {
        prose: b.prose,
        map: b.map,
        blocks: b.blocks,
        directives,
    }
}

fn comments(html: &str) -> impl Iterator<Item = &str> {
    let mut rest = html;
    std::iter::from_fn(move || {
        let start = rest.find("<!--")?;
        let end = rest[start..].find("-->")? + start + 3;
        let c = &rest[start..end];
        rest = &rest[end..];
        Some(c)
    })
}

struct Builder<'s> {
    source: &'s str,
    prose: String,
    map: OffsetMap,
    blocks: Vec<(std::ops::Range<usize>, BlockKind)>,
    open: Option<usize>,
    heading: usize,
}

impl Builder<'_> {
    fn text(&mut self, text: &str, start: usize, end: usize) {
        if self.open.is_none() {
            if !self.prose.is_empty() {
                self.prose.push_str("\n\n");
            }
            self.open = Some(self.prose.len());
        }
        let at = self.prose.len();
        self.prose.push_str(text);
        let exact = self.source.get(start..end) == Some(text);
        if exact {
            self.map.push(at, text.len(), start, end - start);
        } else {
            self.map
                .push(at, text.len(), start, end.saturating_sub(start));
        }
    }

    fn close(&mut self) {
        if let Some(start) = self.open.take() {
            // Trim white space at the block's edges, keep the range inside text.
            let raw = &self.prose[start..];
            let lead = raw.len() - raw.trim_start().len();
            let end = start + raw.trim_end().len();
            if start + lead < end {
                let kind = if self.heading > 0 {
                    BlockKind::Heading
                } else {
                    BlockKind::Text
                };
                self.blocks.push((start + lead..end, kind));
            }
        }
    }
}
