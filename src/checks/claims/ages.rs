//! Ages: "Ruiz, 54", "the 54-year-old Ruiz", compared per person.

use super::*;

pub(super) fn ages(ctx: &Ctx, out: &mut Vec<Finding>) {
    static AFTER: OnceLock<Regex> = OnceLock::new();
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    // "Ruiz, 54," "Ruiz, who is 54" "Ruiz, aged 54" "Ruiz, the 54-year-old"
    let after_re = re(
        &AFTER,
        r"^,\s+(?:who is |aged |age |a |the )?(\d{1,3})(?:-year-old)?(?-u:\b)([,.;)]|\s+(?:and|said|says|who|has|is|was|told))",
    );
    // "the 56-year-old Ruiz"
    let before_re = re(&BEFORE, r"(\d{1,3})-year-old\s+$");
    let text = &ctx.doc.prose;
    let mut facts: Vec<Fact<u32>> = Vec::new();
    for m in &ctx.names.mentions {
        if !ctx.body(m.range.start) {
            continue;
        }
        let rest = after(text, m.range.end, 60);
        if let Some(c) = captures_where(after_re, rest, rest.starts_with(',')) {
            let age: u32 = c[1].parse().unwrap_or(0);
            let clause_end = m.range.end + c.get(0).map_or(0, |g| g.end());
            let tail = after(text, clause_end, 40);
            // "was 34 when", "at the time": another time.
            let past = tail.starts_with(" when") || tail.contains("at the time");
            if (1..=120).contains(&age) && !past {
                if let Some((p, r)) = person_of(ctx, m) {
                    facts.push(Fact {
                        subject: p,
                        value: age,
                        range: r.start..m.range.end + c.get(1).map_or(0, |g| g.end()),
                    });
                }
            }
        }
        let head = before(text, m.range.start, 20);
        if let Some(c) = captures_where(before_re, head, head.trim_end().ends_with("-year-old")) {
            let age: u32 = c[1].parse().unwrap_or(0);
            let start = m.range.start - head.len() + c.get(0).map_or(0, |g| g.start());
            if (1..=120).contains(&age) {
                if let Some((p, r)) = person_of(ctx, m) {
                    facts.push(Fact {
                        subject: p,
                        value: age,
                        range: start..r.end,
                    });
                }
            }
        }
    }
    facts.sort_by_key(|f| f.range.start);
    report_pairs(
        &facts,
        |a, b| a != b,
        |earlier, later| {
            let name = short_name(ctx, later.subject);
            ctx.conflict(
                "conflicting-age",
                later.range.clone(),
                earlier.range.clone(),
                format!(
                    "{name} is {} here (“{}”) but {} at line {} (“{}”): one of the ages is wrong",
                    later.value,
                    ctx.doc.text(later.range.clone()),
                    earlier.value,
                    ctx.line(earlier.range.start),
                    ctx.doc.text(earlier.range.clone()),
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
    fn ages() {
        let c = codes("Headline\n\nFerry captain Ruth Calloway, 61, steered through the gale.\n\nThe 63-year-old Calloway said she had seen worse.");
        assert_eq!(
            c,
            vec![("conflicting-age".into(), "63-year-old Calloway".into())]
        );
        // an age in the past is another time
        assert!(codes(
            "Headline\n\nNina Brook, 58, runs the mill. Brook was 30 when she bought it."
        )
        .is_empty());
        // two people who share a surname
        assert!(
            codes("Headline\n\nOwen Tate, 80, and his wife, Iris Tate, 77, stayed home.")
                .is_empty()
        );
    }
}
