//! Quantities of one counted thing, compared.

use super::*;

const COUNT_GROUPS: &[&[&str]] = &[
    &["spectators", "attendance", "crowd", "fans", "spectator"],
    &[
        "jobs",
        "job",
        "positions",
        "workers",
        "employees",
        "workforce",
    ],
    &["dead", "killed", "deaths", "died", "fatalities", "death"],
    &["deal", "merger", "acquisition", "takeover", "bid"],
];

fn count_noun_key(word: &str) -> String {
    let w = word.to_lowercase();
    match COUNT_GROUPS.iter().position(|g| g.contains(&w.as_str())) {
        Some(i) => format!("group{i}"),
        None => w.trim_end_matches('s').to_string(),
    }
}

#[derive(Clone)]
struct Amount {
    value: f64,
    digits: String,
    /// "at least", "about", a range: agrees with anything near it.
    hedged: bool,
}

impl Amount {
    /// "4,812", "2.4" (times a million or billion), hedged or not.
    fn parse(raw: &str, scale: Option<&str>, hedged: bool) -> Amount {
        let mut value: f64 = raw.replace(',', "").parse().unwrap_or(0.0);
        match scale.map(str::to_lowercase).as_deref() {
            Some("million") => value *= 1e6,
            Some("billion") => value *= 1e9,
            _ => {}
        }
        Amount {
            value,
            digits: raw.chars().filter(char::is_ascii_digit).collect(),
            hedged,
        }
    }
}

pub(super) fn counts(ctx: &Ctx, out: &mut Vec<Finding>) {
    static NUM_NOUN: OnceLock<Regex> = OnceLock::new();
    static NOUN_OF: OnceLock<Regex> = OnceLock::new();
    let num_noun = re(
        &NUM_NOUN,
        r"(?i)(at least |more than |about |nearly |almost |up to |some |around |roughly |approximately |over |under |fewer than |less than )?([$£€])?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|billion))?(?:-|\s+)(?:(?:new|more|full-time|part-time|other|of the|people)\s+)?([a-z]+)",
    );
    let noun_of = re(
        &NOUN_OF,
        r"(?i)(?-u:\b)(attendance|crowd|death toll|toll) of (about |nearly |more than |at least )?(\d{1,3}(?:,\d{3})+|\d+)",
    );
    let text = &ctx.doc.prose;
    let mut facts: Vec<Fact<Amount>> = Vec::new();
    let mut keys: FxHashMap<String, usize> = FxHashMap::default();
    // Per subject: whether it counts the dead or a deal, where any two exact
    // figures conflict (elsewhere only a transposition does).
    let mut totals: Vec<bool> = Vec::new();
    let mut push =
        |key: String, amount: Amount, range: Range<usize>, facts: &mut Vec<Fact<Amount>>| {
            let subject = match keys.get(&key) {
                Some(&n) => n,
                None => {
                    totals.push(key == "group2" || key == "group3");
                    keys.insert(key, totals.len() - 1);
                    totals.len() - 1
                }
            };
            facts.push(Fact {
                subject,
                value: amount,
                range,
            });
        };
    for c in num_noun.captures_iter(text) {
        let r = c.get(0).map_or(0..0, |m| m.range());
        if !ctx.body(r.start) {
            continue;
        }
        // Not part of a range ("12 to 14", "12-14"), a score or a year.
        let before = &text[..r.start];
        if before.ends_with('-')
            || before.ends_with("to ")
            || before.ends_with("and ")
            || before.ends_with("from ")
        {
            continue;
        }
        let noun = &c[5];
        let next = after(text, r.end, 12);
        let hedged =
            c.get(1).is_some() || next.starts_with(" or more") || text[r.end..].starts_with("-to-");
        let money = c.get(2).is_some();
        let key = count_noun_key(noun);
        // Money counts only for one deal; plain numbers only for the groups above or a transposition.
        if money && !key.starts_with("group3") {
            continue;
        }
        let amount = Amount::parse(&c[3], c.get(4).map(|m| m.as_str()), hedged);
        push(key, amount, r, &mut facts);
    }
    static DEATHS: OnceLock<Regex> = OnceLock::new();
    // "killed 14 people", "14 people were killed", "14 people died"
    let deaths = re(
        &DEATHS,
        r"(?i)(?-u:\b)kill(?:ed|ing) (at least |more than |about |nearly )?(\d{1,3}(?:,\d{3})+|\d+) (?:people|persons|residents|civilians)(?-u:\b)|(?-u:\b)(at least |more than |about |nearly )?(\d{1,3}(?:,\d{3})+|\d+) (?:people|persons|residents|civilians) (?:were |have been |had been )?(?:killed|died|dead)(?-u:\b)",
    );
    for c in deaths.captures_iter(text) {
        let r = c.get(0).map_or(0..0, |m| m.range());
        if !ctx.body(r.start) {
            continue;
        }
        let (hedge, raw) = match (c.get(2), c.get(4)) {
            (Some(n), _) => (c.get(1), n.as_str()),
            (None, Some(n)) => (c.get(3), n.as_str()),
            _ => continue,
        };
        facts.retain(|f| !(f.range.start < r.end && r.start < f.range.end));
        let amount = Amount::parse(raw, None, hedge.is_some());
        push(count_noun_key("dead"), amount, r, &mut facts);
    }
    for c in noun_of.captures_iter(text) {
        let r = c.get(0).map_or(0..0, |m| m.range());
        if !ctx.body(r.start) {
            continue;
        }
        let key = count_noun_key(
            &c[1]
                .replace("death toll", "deaths")
                .replace("toll", "deaths"),
        );
        let amount = Amount::parse(&c[3], None, c.get(2).is_some());
        push(key, amount, r, &mut facts);
    }
    facts.sort_by_key(|f| f.range.start);
    let groups_with_totals = |subject: usize| totals[subject];
    let transposed = |a: &Amount, b: &Amount| {
        let (mut x, mut y): (Vec<char>, Vec<char>) =
            (a.digits.chars().collect(), b.digits.chars().collect());
        x.sort_unstable();
        y.sort_unstable();
        a.digits.len() >= 3 && x == y && a.digits != b.digits
    };
    // "killed 130 people in Paris last November": a sentence set in another
    // month or year counts another event.
    // Only counts of the dead or of a deal are compared as totals.
    let periods: Vec<Option<String>> = facts
        .iter()
        .map(|f| {
            groups_with_totals(f.subject)
                .then(|| period_of(ctx, f.range.start))
                .flatten()
        })
        .collect();
    // Earlier statements per subject: a few distinct values each, so that
    // the comparison stays linear.
    let mut earlier_by_subject: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (i, later) in facts.iter().enumerate() {
        let list = earlier_by_subject.entry(later.subject).or_default();
        let found = list.iter().copied().find(|&e| {
            let same_period = periods[e] == periods[i];
            let e = &facts[e];
            transposed(&e.value, &later.value)
                || (groups_with_totals(e.subject)
                    && same_period
                    && !e.value.hedged
                    && !later.value.hedged
                    && e.value.value != later.value.value)
        });
        let new_value = !list
            .iter()
            .any(|&e| facts[e].value.digits == later.value.digits);
        if new_value && list.len() < 16 {
            list.push(i);
        }
        let Some(earlier) = found.map(|e| &facts[e]) else {
            continue;
        };
        let why = if transposed(&earlier.value, &later.value) {
            "the same digits in another order: one of them is transposed"
        } else {
            "one of the figures is wrong, or say what each one counts"
        };
        out.push(ctx.conflict(
            "conflicting-count",
            later.range.clone(),
            earlier.range.clone(),
            format!(
                "“{}” here but “{}” at line {}: {why}",
                ctx.doc.text(later.range.clone()).trim(),
                ctx.doc.text(earlier.range.clone()).trim(),
                ctx.line(earlier.range.start),
            ),
        ));
    }
}

/// The other period a sentence is set in, if it names one: "last
/// November", "In March,", "in 2015", "last year". A date with its day
/// ("on March 3") dates the story's own event and is no other period.
fn period_of(ctx: &Ctx, offset: usize) -> Option<String> {
    static PERIOD: OnceLock<Regex> = OnceLock::new();
    let period = re(
        &PERIOD,
        r"(?-u:\b)(?:[Ii]n|[Ll]ast|[Ss]ince)\s+(January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|year|month)(?-u:\b)(?:\s*\d)?",
    );
    let si = ctx.doc.sentence_at(offset)?;
    let sentence = ctx.doc.text(ctx.doc.sentences[si].clone());
    period
        .captures_iter(sentence)
        .find_map(|c| (!c[0].ends_with(|ch: char| ch.is_ascii_digit())).then(|| c[1].to_string()))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::codes;

    #[test]
    fn counts() {
        let c = codes("Headline\n\nThe mill will close, cutting 730 jobs.\n\nThe loss of the mill's 370 jobs will hurt the town.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert!(codes("Headline\n\nThe flood killed at least 12 people. Officials later said 14 people were killed.").is_empty());
        assert_eq!(
            codes("Headline\n\nThe flood killed 14 people. Officials named the 12 dead on Monday.")
                .len(),
            1
        );
        assert!(
            codes("Headline\n\nThe plan adds 8 new teachers. The district has 15 vacancies.")
                .is_empty()
        );
        // an earlier attack, set in another month, is another count
        assert!(codes("Headline\n\nOfficials said 80 people were killed.\n\nIn March, attackers killed 32 people at the airport.").is_empty());
        assert_eq!(codes("Headline\n\nOfficials said 80 people were killed on March 3.\n\nAttackers killed 32 people at the airport.").len(), 1);
    }
}
