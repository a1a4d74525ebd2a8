//! A fact: one statement of a value about one subject, with its span,
//! and the comparison every kind shares.

use super::*;

pub(super) struct Fact<T> {
    pub subject: usize,
    pub value: T,
    /// The statement, quoted in messages.
    pub range: Range<usize>,
}

/// Reports each later fact whose value differs from the subject's first
/// statement and from every value stated for it before (a value already
/// reported once is not reported again). Linear in the number of facts.
pub(super) fn report_pairs<T: Clone + Eq + std::hash::Hash>(
    facts: &[Fact<T>],
    differ: impl Fn(&T, &T) -> bool,
    make: impl Fn(&Fact<T>, &Fact<T>) -> Finding,
    out: &mut Vec<Finding>,
) {
    let mut first: FxHashMap<usize, usize> = FxHashMap::default();
    let mut seen: FxHashMap<usize, rustc_hash::FxHashSet<T>> = FxHashMap::default();
    for (i, later) in facts.iter().enumerate() {
        let Some(&f) = first.get(&later.subject) else {
            first.insert(later.subject, i);
            seen.entry(later.subject)
                .or_default()
                .insert(later.value.clone());
            continue;
        };
        let values = seen.entry(later.subject).or_default();
        let agrees = values.iter().any(|v| !differ(v, &later.value));
        if !agrees && differ(&facts[f].value, &later.value) {
            out.push(make(&facts[f], later));
        }
        if values.len() < 16 {
            values.insert(later.value.clone());
        }
    }
}

/// As [`report_pairs`], but a value stated before excuses a later one only
/// where the two speak of one thing (`comparable`), and the later one is
/// reported against the first earlier value it conflicts with: "Senator
/// Reyes" agrees with any leader's post, but "the Assembly minority leader"
/// still conflicts with "the Assembly majority leader" stated between.
pub(super) fn report_pairs_within<T: Clone + Eq + std::hash::Hash>(
    facts: &[Fact<T>],
    differ: impl Fn(&T, &T) -> bool,
    comparable: impl Fn(&T, &T) -> bool,
    make: impl Fn(&Fact<T>, &Fact<T>) -> Finding,
    out: &mut Vec<Finding>,
) {
    let mut seen: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (i, later) in facts.iter().enumerate() {
        let earlier = seen.entry(later.subject).or_default();
        let agrees = earlier.iter().any(|&e| {
            !differ(&facts[e].value, &later.value) && comparable(&facts[e].value, &later.value)
        });
        if !agrees {
            if let Some(&e) = earlier
                .iter()
                .find(|&&e| differ(&facts[e].value, &later.value))
            {
                out.push(make(&facts[e], later));
            }
        }
        if earlier.len() < 16 && !earlier.iter().any(|&e| facts[e].value == later.value) {
            earlier.push(i);
        }
    }
}

/// Closed-class words: articles, pronouns, prepositions, conjunctions,
/// auxiliaries and modals. They never name the thing a fact is about, and
/// they end a noun phrase.
pub(super) fn is_function_word(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "of"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "with"
            | "from"
            | "to"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "after"
            | "before"
            | "during"
            | "since"
            | "until"
            | "till"
            | "through"
            | "about"
            | "against"
            | "between"
            | "among"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "as"
            | "than"
            | "if"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "can"
            | "may"
            | "might"
            | "must"
            | "shall"
            | "do"
            | "does"
            | "did"
            | "not"
            | "no"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "when"
            | "where"
            | "while"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "him"
            | "them"
            | "us"
            | "me"
            | "so"
            | "also"
            | "then"
            | "there"
            | "here"
            | "some"
            | "all"
            | "any"
            | "each"
            | "every"
            | "both"
            | "more"
            | "most"
            | "other"
            | "just"
            | "only"
            | "still"
            | "even"
            | "yet"
            | "up"
            | "out"
            | "off"
            | "down"
    )
}

/// Verbs that carry tense or aspect but name no event of their own ("the
/// vote took place", "the strike began"), and the reporting verbs, which
/// date the report rather than the event.
pub(super) fn is_light_verb(lower: &str) -> bool {
    matches!(
        lower,
        "took"
            | "take"
            | "takes"
            | "taking"
            | "taken"
            | "place"
            | "held"
            | "hold"
            | "holds"
            | "began"
            | "begin"
            | "begins"
            | "begun"
            | "started"
            | "start"
            | "starts"
            | "ended"
            | "ends"
            | "came"
            | "come"
            | "comes"
            | "made"
            | "make"
            | "makes"
            | "happened"
            | "happen"
            | "occurred"
            | "occur"
            | "got"
            | "get"
            | "set"
            | "went"
            | "go"
            | "continued"
            | "continues"
            | "say"
    ) || is_saying_verb(lower)
}

/// Reporting verbs: a weekday in their clause dates the report.
pub(super) fn is_reporting_verb(lower: &str) -> bool {
    is_saying_verb(lower) || matches!(lower, "tweeted" | "posted")
}

/// The verbs of saying that are both reporting verbs and light verbs
/// ("posted" and "tweeted" date a report too, but "posted a loss" names an
/// event, so they are reporting verbs only).
fn is_saying_verb(lower: &str) -> bool {
    matches!(
        lower,
        "said"
            | "says"
            | "told"
            | "tells"
            | "added"
            | "adds"
            | "according"
            | "stated"
            | "wrote"
            | "writes"
            | "reported"
            | "confirmed"
            | "declared"
            | "noted"
            | "explained"
            | "insisted"
    )
}

/// A word's stem for matching a noun with its verb and their forms:
/// "vote", "voted", "votes"; "walkout", "walked", "walk-out"; "stop",
/// "stopped"; "announcement", "announced"; "election", "elected".
pub(super) fn stem(word: &str) -> String {
    // An ASCII word (most words) is lower-cased a byte at a time, as the
    // general case would lower-case it.
    let mut w: String = if word.is_ascii() {
        word.bytes()
            .filter(|b| b.is_ascii_alphanumeric() || *b == b'-')
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect()
    } else {
        word.chars()
            .flat_map(char::to_lowercase)
            .filter(|c| c.is_alphanumeric() || *c == '-')
            .collect()
    };
    // "won" is "win", "fought" is "fight".
    if let Some(base) = irregular_base(&w) {
        w = base.to_string();
    }
    // A noun made of a verb and its particle: walkout, shutdown, sit-in.
    if let Some((first, _)) = w.split_once('-') {
        if first.len() >= 3 {
            w.truncate(first.len());
        }
    }
    for particle in ["out", "off", "down", "over"] {
        if w.len() >= particle.len() + 3 && w.ends_with(particle) {
            w.truncate(w.len() - particle.len());
            break;
        }
    }
    for suffix in [
        "ments", "ment", "ings", "ing", "ions", "ion", "ed", "es", "s",
    ] {
        if w.len() >= suffix.len() + 3 && w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
            break;
        }
    }
    if w.len() >= 4 && w.ends_with('e') {
        w.pop();
    }
    // "resignation", "resigned"; "nomination", "nominated".
    if w.len() >= 6 && w.ends_with("at") {
        w.truncate(w.len() - 2);
    }
    // "stopped" → "stopp" → "stop"
    let b = w.as_bytes();
    if b.len() >= 4 && b[b.len() - 1] == b[b.len() - 2] && !b"aeiousl".contains(&b[b.len() - 1]) {
        w.pop();
    }
    w
}

/// The base of an irregular verb's past tense or participle ("won" →
/// "win"), from `data/irregular_verbs.txt`. A word that is itself a base
/// ("lay", "found" is not one) stays as it is.
fn irregular_base(word: &str) -> Option<&'static str> {
    irregular_verbs().base_of.get(word).copied()
}

/// `data/irregular_verbs.txt`, read once: the base of each past form and
/// participle that is not itself a base, and which of those are participles.
struct IrregularVerbs {
    base_of: FxHashMap<&'static str, &'static str>,
    participles: FxHashSet<&'static str>,
    /// Bases whose participle is the base itself ("hurt", "cut").
    unchanged: FxHashSet<&'static str>,
}

fn irregular_verbs() -> &'static IrregularVerbs {
    static VERBS: OnceLock<IrregularVerbs> = OnceLock::new();
    VERBS.get_or_init(|| {
        let rows: Vec<Vec<&'static str>> =
            crate::data::list_lines(include_str!("../../../data/irregular_verbs.txt"))
                .map(|l| l.split_whitespace().collect())
                .collect();
        let bases: FxHashSet<&str> = rows.iter().filter_map(|r| r.first().copied()).collect();
        let mut verbs = IrregularVerbs {
            base_of: FxHashMap::default(),
            participles: FxHashSet::default(),
            unchanged: FxHashSet::default(),
        };
        for r in &rows {
            if r.len() == 3 && r[0] == r[2] {
                verbs.unchanged.insert(r[0]);
            }
            for (k, form) in r.iter().enumerate().skip(1) {
                if !bases.contains(form) {
                    verbs.base_of.insert(*form, r[0]);
                    if k == 2 {
                        verbs.participles.insert(*form);
                    }
                }
            }
        }
        verbs
    })
}

/// An irregular verb's past participle ("drawn", "held", "broken"), not
/// a simple past that differs from it ("drew", "came", "broke"): only a
/// participle can follow a noun as its modifier ("the two men held in
/// custody"); "the 300 readers came from" is the sentence's own verb.
pub(super) fn is_irregular_participle(lower: &str) -> bool {
    irregular_verbs().participles.contains(lower)
}

/// A verb whose participle is its base ("were hurt", "were cut"): read as
/// a participle only where the grammar says so (after "were").
pub(super) fn is_unchanged_participle(lower: &str) -> bool {
    irregular_verbs().unchanged.contains(lower)
}

/// An irregular verb's past tense or participle ("drew", "won", "broke").
pub(super) fn is_irregular_past(lower: &str) -> bool {
    irregular_base(lower).is_some()
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn a_noun_meets_its_verb_and_their_forms() {
        for group in [
            &["vote", "voted", "votes", "voting"][..],
            &["walkout", "walked", "walk-out", "walking"],
            &["stop", "stopped", "stops"],
            &["announcement", "announced", "announces"],
            &["election", "elected", "elections"],
            &["debate", "debated", "debates"],
            &["shutdown", "shut"],
            &["speech", "speeches"],
            &["win", "won", "wins", "winning"],
            &["fight", "fought"],
            &["resignation", "resigned", "resign", "resigns"],
            &["nomination", "nominated", "nominates"],
            &["strike", "struck"],
        ] {
            let s = stem(group[0]);
            for w in group {
                assert_eq!(stem(w), s, "{w} against {}", group[0]);
            }
        }
        for (a, b) in [
            ("bus", "busy"),
            ("vote", "veto"),
            ("meeting", "match"),
            ("game", "gas"),
        ] {
            assert_ne!(stem(a), stem(b));
        }
    }
}
