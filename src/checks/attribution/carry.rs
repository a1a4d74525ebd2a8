//! Attribution carried to a quote from a colon introduction, from its
//! paragraph, or from the quote paragraph before.

use super::*;

/// Attribution carried from a colon introduction, from the quote's
/// paragraph, or from the previous paragraph's quote by the same speaker.
pub(super) fn carried(
    ctx: &Ctx,
    quotes: &[Quote],
    qi: usize,
) -> Option<(Speaker, Option<Cue>, String)> {
    let doc = ctx.doc;
    let q = &quotes[qi];
    let pi = doc.paragraph_at(q.range.start)?;
    let para = &doc.paragraphs[pi];
    let opens_paragraph = q.range.start == para.range.start;
    // A colon introduction at the end of the previous paragraph.
    if opens_paragraph && pi > 0 {
        let prev = &doc.paragraphs[pi - 1];
        if doc.text(prev.range.clone()).trim_end().ends_with(':') {
            if let Some((s, c)) =
                attribution_in_sentence(ctx, prev.sentences.end - 1, prev.range.end)
            {
                return Some((
                    s,
                    Some(c),
                    "introduced with a colon in the paragraph before".into(),
                ));
            }
        }
    }
    // Another attributed quote or a speech cue in the same paragraph.
    let mut best: Option<(usize, Speaker, Option<Cue>)> = None;
    if para.sentences.is_empty() {
        return None;
    }
    // Only nearby sentences of the paragraph: five before the quote, two after.
    let here = doc
        .sentence_at(q.range.start)
        .unwrap_or(para.sentences.start);
    let near = here.saturating_sub(5).max(para.sentences.start)..(here + 3).min(para.sentences.end);
    let near_range = doc.sentences[near.start]
        .start
        .max(q.range.start.saturating_sub(REACH * 20))
        ..doc.sentences[near.end.max(near.start + 1) - 1]
            .end
            .min(q.range.end + REACH * 20);
    let first = quotes.partition_point(|o| o.range.start < near_range.start);
    for (oi, other) in quotes.iter().enumerate().skip(first) {
        if other.range.start >= near_range.end {
            break;
        }
        if oi == qi || other.kind != QuoteKind::Speech {
            continue;
        }
        if let Some(s) = &other.speaker {
            let dist = q.range.start.abs_diff(other.range.start) * 2
                + usize::from(other.range.start > q.range.start);
            if best.as_ref().is_none_or(|b| dist < b.0) {
                best = Some((dist, s.clone(), other.cue.clone()));
            }
        }
    }
    for si in near {
        let s = &doc.sentences[si];
        if s.start <= q.range.start && q.range.start < s.end {
            continue;
        }
        if let Some((speaker, cue)) = attribution_in_sentence(ctx, si, q.range.start) {
            let dist = q.range.start.abs_diff(s.start) * 2 + usize::from(s.start > q.range.start);
            if best.as_ref().is_none_or(|b| dist < b.0) {
                best = Some((dist, speaker, Some(cue)));
            }
        }
    }
    if let Some((_, s, c)) = best {
        return Some((
            s,
            c,
            "continues a speaker's words in the same paragraph".into(),
        ));
    }
    // A quote paragraph right after the same speaker's attributed quote,
    // which ends the paragraph before.
    if opens_paragraph && pi > 0 {
        let prev_para = &doc.paragraphs[pi - 1];
        let last_sentence = doc.sentences[prev_para
            .sentences
            .end
            .saturating_sub(1)
            .max(prev_para.sentences.start)]
        .clone();
        let prev = last_sentence.start..prev_para.range.end;
        // The quote may start sentences earlier and end in the last one.
        // Only a whole quote goes on; a partial quote in a paraphrase does
        // not. The second half of a sentence split by its cue (`“We met,”
        // she said, “and she lied.”`) is whole with its first half.
        let whole = |oi: usize| {
            let o = &quotes[oi];
            sentence_like(doc, o)
                || (oi > 0
                    && o.cue.is_some()
                    && quotes[oi - 1].cue.as_ref().map(|c| &c.range)
                        == o.cue.as_ref().map(|c| &c.range)
                    && sentence_like(doc, &quotes[oi - 1]))
        };
        let last = (0..qi)
            .rev()
            .take_while(|&oi| quotes[oi].range.end > prev.start)
            .find(|&oi| quotes[oi].range.start < prev.end && quotes[oi].kind == QuoteKind::Speech)
            .filter(|&oi| whole(oi))
            .map(|oi| &quotes[oi]);
        if let Some(o) = last {
            if let Some(s) = &o.speaker {
                return Some((
                    s.clone(),
                    o.cue.clone(),
                    "continues the quote in the paragraph before".into(),
                ));
            }
        }
    }
    None
}
