//! The weekday an event is put on, compared across the draft.

use super::*;

/// Words that name one kind of event, so that "the hearing" and "voted" meet.
const EVENT_GROUPS: &[&[&str]] = &[
    &[
        "hearing",
        "meeting",
        "session",
        "vote",
        "voted",
        "testimony",
        "debate",
    ],
    &[
        "storm",
        "ice",
        "rain",
        "snow",
        "sleet",
        "freezing",
        "blizzard",
        "hurricane",
        "tornado",
        "flood",
        "flooding",
    ],
    &[
        "strike", "strikes", "attack", "attacks", "barrage", "raid", "bombing", "shelling",
        "assault",
    ],
    &[
        "match", "final", "game", "race", "fight", "bout", "marathon",
    ],
    &["verdict", "ruling", "convicted", "acquitted", "sentencing"],
    &["election", "referendum", "primary", "ballot"],
    &[
        "fire",
        "blaze",
        "explosion",
        "crash",
        "collision",
        "shooting",
        "derailment",
    ],
    &["announcement", "announced"],
];

fn event_group(word: &str) -> Option<usize> {
    let w = word.to_lowercase();
    EVENT_GROUPS.iter().position(|g| g.contains(&w.as_str()))
}

fn weekday_index(w: &str) -> Option<usize> {
    WEEKDAYS.iter().position(|d| *d == w)
}

pub(super) fn days(ctx: &Ctx, out: &mut Vec<Finding>) {
    static POSSESSIVE: OnceLock<Regex> = OnceLock::new();
    static ON: OnceLock<Regex> = OnceLock::new();
    static ANY: OnceLock<Regex> = OnceLock::new();
    let possessive = re(
        &POSSESSIVE,
        r"(?-u:\b)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: night| morning| afternoon| evening)?[’']s\s+(?:(?:deadly|fatal|big|final|planned|scheduled|historic|first|second|public|special)\s+)?(\w+)",
    );
    let on = re(
        &ON,
        r"(?-u:\b)[Tt]he\s+(\w+)\s+(?:on|late|early|last)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)",
    );
    let any = re(
        &ANY,
        r"(?-u:\b)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)",
    );
    let text = &ctx.doc.prose;
    // (event group, weekday, statement range)
    let mut facts: Vec<Fact<usize>> = Vec::new();
    for c in possessive.captures_iter(text) {
        let (day, noun) = (&c[1], c.get(2).map_or(0..0, |g| g.range()));
        if let (Some(g), Some(d)) = (event_group(&text[noun.clone()]), weekday_index(day)) {
            let start = c.get(0).map_or(0, |m| m.start());
            if ctx.body(start) {
                facts.push(Fact {
                    subject: g,
                    value: d,
                    range: start..noun.end,
                });
            }
        }
    }
    for c in on.captures_iter(text) {
        let noun = c.get(1).map_or(0..0, |g| g.range());
        if let (Some(g), Some(d)) = (event_group(&text[noun.clone()]), weekday_index(&c[2])) {
            let r = c.get(0).map_or(0..0, |m| m.range());
            if ctx.body(r.start) {
                facts.push(Fact {
                    subject: g,
                    value: d,
                    range: r,
                });
            }
        }
    }
    // The lede's event: the first body sentence that names a weekday.
    let lede = ctx
        .doc
        .paragraphs
        .iter()
        .filter(|p| p.kind == BlockKind::Text)
        .take(3)
        .find_map(|p| {
            ctx.doc.sentences[p.sentences.clone()].iter().find_map(|s| {
                let m = any.find(&text[s.clone()])?;
                let day = weekday_index(m.as_str())?;
                let r = s.start + m.start()..s.start + m.end();
                Some((s.clone(), day, r))
            })
        });
    // "days before Tuesday’s primary", "until Friday": the weekday puts
    // nothing in the sentence on that day.
    let lede = lede.filter(|(sentence, _, day_range)| {
        let rest = &text[day_range.end..];
        let lead = text[sentence.start..day_range.start].trim_end();
        let relative = ["before", "after", "until", "since", "by", "of", "following"]
            .iter()
            .any(|w| {
                lead.ends_with(w) && !lead[..lead.len() - w.len()].ends_with(char::is_alphanumeric)
            });
        !rest.starts_with(['’', '\'']) && !relative
    });
    if let Some((sentence, day, day_range)) = lede {
        // "Lund won the primary, officials declared on Thursday,": a
        // weekday in a clause that reports dates the report, not the event.
        let from = text[sentence.start..day_range.start]
            .rfind(',')
            .map_or(sentence.start, |i| sentence.start + i + 1);
        let to = text[day_range.end..sentence.end]
            .find(',')
            .map_or(sentence.end, |i| day_range.end + i);
        let reports = text[from..to].split_whitespace().any(|w| {
            matches!(
                w,
                "said" | "says" | "declared" | "announced" | "reported" | "confirmed" | "told"
            )
        });
        let groups: Vec<usize> = if reports {
            Vec::new()
        } else {
            // The sentence's words only, found by position rather than by
            // reading every word of the draft for each date.
            let from = ctx.doc.word_at_or_after(sentence.start);
            let to = ctx.doc.word_at_or_after(sentence.end);
            ctx.doc.words[from..to]
                .iter()
                .filter(|w| w.range.end <= sentence.end)
                .filter_map(|w| event_group(ctx.doc.text(w.range.clone())))
                .collect()
        };
        // The clause around the lede's weekday, quoted in messages.
        let lead = &text[sentence.start..day_range.start];
        // After a dateline: "PORT WESTON — The council voted …".
        let sentence_start = [" — ", " -- "]
            .iter()
            .find_map(|d| lead.find(d).map(|i| sentence.start + i + d.len()))
            .unwrap_or(sentence.start);
        let clause_start = text[sentence_start..day_range.start]
            .rfind(',')
            .map_or(sentence_start, |i| sentence_start + i + 1);
        let clause = clause_start..day_range.end;
        for g in groups {
            if !facts
                .iter()
                .any(|f| f.subject == g && f.range.start < sentence.end)
            {
                facts.push(Fact {
                    subject: g,
                    value: day,
                    range: clause.clone(),
                });
            }
        }
    }
    facts.sort_by_key(|f| f.range.start);
    facts.dedup_by(|a, b| a.range == b.range && a.subject == b.subject);
    report_pairs(
        &facts,
        |a, b| a != b,
        |earlier, later| {
            ctx.conflict(
                "conflicting-day",
                later.range.clone(),
                earlier.range.clone(),
                format!(
                    "“{}” puts this on {}, but line {} puts it on {} (“{}”): check the day",
                    ctx.doc.text(later.range.clone()).trim(),
                    WEEKDAYS[later.value],
                    ctx.line(earlier.range.start),
                    WEEKDAYS[earlier.value],
                    ctx.doc.text(earlier.range.clone()).trim(),
                ),
            )
        },
        out,
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_support::codes;

    #[test]
    fn days() {
        let c = codes("Headline\n\nThe school board voted 4-3 on Wednesday night to close the annex.\n\nParents spoke at Thursday's meeting for three hours.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, "conflicting-day");
        assert!(codes("Headline\n\nThe school board voted on Wednesday night.\n\nIn an interview on Friday, she said it was fine.").is_empty());
        assert_eq!(codes("Headline\n\nThe strike on Thursday hit the depot. Drivers said Friday's strike was the longest.").len(), 1);
        // the lede's weekday belongs to its own clause, and "before Tuesday"
        // puts nothing on Tuesday
        assert!(codes("Headline\n\nLund won the county primary, officials declared on Thursday, two days after the polls closed.\n\nTurnout in Tuesday's primary was high.").is_empty());
        assert!(codes("Headline\n\nLund's weak debate just days before Tuesday's county primary worried aides.\n\nLund stumbled in Saturday's debate.").is_empty());
    }
}
