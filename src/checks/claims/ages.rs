//! Ages: "Ruiz, 54", "the 54-year-old Ruiz", compared per person.

use super::*;

pub(super) fn ages(ctx: &Ctx, out: &mut Vec<Finding>) {
    static AFTER: OnceLock<Regex> = OnceLock::new();
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    // "Ruiz, 54," "Ruiz, who is 54" "Ruiz, aged 54" "Ruiz, the 54-year-old"
    const AFTER_PATTERN: &str = r"^,\s+(?:who is |who turned |who turns |aged |age |a |the )?(\d{1,3})(?:-year-old)?(?-u:\b)([,.;)]|\s+(?:and|said|says|who|has|is|was|told|in|last|this))";
    // "the 56-year-old Ruiz"
    const BEFORE_PATTERN: &str = r"(\d{1,3})-year-old\s+$";
    let text = &ctx.doc.prose;
    let mut facts: Vec<Fact<u32>> = Vec::new();
    for m in &ctx.names.mentions {
        if !ctx.body(m.range.start) {
            continue;
        }
        let rest = after(text, m.range.end, 60);
        if let Some(c) = captures_where(&AFTER, AFTER_PATTERN, rest, rest.starts_with(',')) {
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
        if let Some(c) = captures_where(
            &BEFORE,
            BEFORE_PATTERN,
            head,
            head.trim_end().ends_with("-year-old"),
        ) {
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
    described(ctx, &mut facts);
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

/// "the 59-year-old superintendent": an age on a description that can
/// mean only one person, the one the draft gives that role ("Superintendent
/// Mara Quist", "Quist, the district's superintendent").
fn described(ctx: &Ctx, facts: &mut Vec<Fact<u32>>) {
    static DESCRIBED: OnceLock<Regex> = OnceLock::new();
    let text = &ctx.doc.prose;
    if !text.contains("-year-old") {
        return;
    }
    let described = re(
        &DESCRIBED,
        r"(?-u:\b)[Tt]he (\d{1,3})-year-old ((?:[a-z]+ ){0,2}[a-z]+)(?-u:\b)",
    );
    // Each role noun and the people given it.
    let mut holders: FxHashMap<String, FxHashSet<usize>> = FxHashMap::default();
    for m in &ctx.names.mentions {
        let Some((p, _)) = person_of(ctx, m) else {
            continue;
        };
        let mut add = |phrase: &str| {
            if let Some(words) = super::titles::role(phrase) {
                if let Some(head) = words.last() {
                    holders.entry(head.clone()).or_default().insert(p);
                }
            }
        };
        if let Some(t) = &m.title {
            add(ctx.doc.text(t.clone()));
        }
        let rest = after(text, m.range.end, 80);
        if let Some(phrase) = rest
            .strip_prefix(", ")
            .and_then(|r| r.split([',', '.', ';']).next())
            .filter(|p| p.starts_with("the ") || p.starts_with("a "))
        {
            add(phrase);
        }
    }
    for c in described.captures_iter(text) {
        let whole = c.get(0).map_or(0..0, |g| g.range());
        if !ctx.body(whole.start) {
            continue;
        }
        // The description's noun: a role some person in the draft holds,
        // among the words before a grammar word.
        let words: Vec<&str> = c[2].split(' ').collect();
        let Some((head, people)) = words
            .iter()
            .take_while(|w| !super::facts::is_function_word(w) && !super::facts::is_light_verb(w))
            .find_map(|w| holders.get(*w).map(|p| (*w, p)))
        else {
            continue;
        };
        let [person] = people.iter().copied().collect::<Vec<_>>()[..] else {
            continue;
        };
        let age: u32 = c[1].parse().unwrap_or(0);
        if (1..=120).contains(&age) {
            let end = c.get(2).map_or(whole.end, |g| g.start())
                + c[2].find(head).unwrap_or(0)
                + head.len();
            facts.push(Fact {
                subject: person,
                value: age,
                range: c.get(1).map_or(whole.start, |g| g.start())..end,
            });
        }
    }
}

#[cfg(test)]
mod described_tests {
    use super::super::test_support::codes;

    fn ages(src: &str) -> Vec<String> {
        codes(&format!("Headline\n\n{src}"))
            .into_iter()
            .filter(|(code, _)| code == "conflicting-age")
            .map(|(_, text)| text)
            .collect()
    }

    #[test]
    fn every_phrasing_of_an_age() {
        // a description that means one person
        assert_eq!(
            ages("Superintendent Mara Quist, 61, proposed the cuts.\n\nThe 59-year-old superintendent said the vote was hard."),
            ["59-year-old superintendent"]
        );
        // an apposition gives the role
        assert_eq!(
            ages("Ana Ruiz, the district's treasurer, is 48. Ruiz, 48, spoke first.\n\nThe 46-year-old treasurer left early.").len(),
            1
        );
        // "who turned"
        assert_eq!(
            ages("Colm Reyes, who turned 63 in May, runs the ferry.\n\nReyes, 68, said the boat was sound.").len(),
            1
        );
        // "aged", "who is"
        assert_eq!(
            ages("Lena Ortiz, aged 40, won.\n\nOrtiz, who is 41, thanked her team.").len(),
            1
        );
    }

    #[test]
    fn descriptions_of_several_people_and_past_ages() {
        // two people hold the role: the description means neither for sure
        assert!(ages(
            "Judge Ann Pike, 61, and Judge Tom Bell, 55, sat.\n\nThe 59-year-old judge dissented."
        )
        .is_empty());
        // a description nobody in the draft holds
        assert!(ages("Mara Quist, 61, spoke.\n\nThe 59-year-old farmer disagreed.").is_empty());
        // an age in the past
        assert!(
            ages("Nina Brook, 58, runs the mill. Brook, 30 at the time, bought it in 1996.")
                .is_empty()
        );
    }
}
