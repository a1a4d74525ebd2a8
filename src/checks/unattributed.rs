//! `unattributed-quote`, `vague-attribution` and `unclosed-quote` findings
//! from the quotes and their speakers.

use super::quotes::{Quote, QuoteKind, StrayMark};
use crate::document::Document;
use crate::finding::Finding;

/// The first few words of a quote, for messages: “We will rebuild …”.
pub fn opening_words(text: &str, max_words: usize) -> String {
    // (the words after the first few are only counted as "more")
    let mut rest = text.split_whitespace();
    let words: Vec<&str> = rest.by_ref().take(max_words).collect();
    let mut s = words.join(" ");
    if rest.next().is_some() {
        s.push('…');
    } else {
        s = s.trim_end_matches([',', '.', ';', ':']).to_string();
    }
    s
}

pub fn check(doc: &Document, quotes: &[Quote], strays: &[StrayMark], out: &mut Vec<Finding>) {
    for q in quotes {
        if q.kind != QuoteKind::Speech || q.in_heading {
            continue;
        }
        let words = opening_words(&q.text(doc), 6);
        match &q.speaker {
            None => out.push(Finding::new(
                "unattributed-quote",
                doc.to_source(q.range.clone()),
                format!("“{words}” has no speaker: add who said it"),
            )),
            Some(s) if s.vague => out.push(
                Finding::new(
                    "vague-attribution",
                    doc.to_source(q.range.clone()),
                    format!(
                        "“{words}” is credited only to “{}”: say who they are, or why they cannot be named",
                        doc.text(s.mention.clone())
                    ),
                )
                .with_related(doc.to_source(s.mention.clone()), "the unnamed source"),
            ),
            Some(_) => {}
        }
    }
    for s in strays {
        let message = if s.opening {
            "This quotation mark is never closed: close the quote, or open the next paragraph with a quotation mark if the quote goes on"
        } else {
            "This closing quotation mark has no opening mark: add the opening mark where the quote starts"
        };
        out.push(Finding::new(
            "unclosed-quote",
            doc.to_source(s.range.clone()),
            message,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::opening_words;

    #[test]
    fn opening_words_show_the_first_few_and_mark_the_rest() {
        let quote = "We will rebuild the town hall, brick by brick.";
        assert_eq!(opening_words(quote, 6), "We will rebuild the town hall,…");
        assert_eq!(
            opening_words(quote, 9),
            "We will rebuild the town hall, brick by brick"
        );
        assert_eq!(
            opening_words(quote, 20),
            "We will rebuild the town hall, brick by brick"
        );
        assert_eq!(opening_words("  ", 6), "");
        assert_eq!(opening_words("Yes.", 0), "…");
    }
}
