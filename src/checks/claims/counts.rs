//! Quantities of one counted thing, compared.
//!
//! A figure (digits, a number word, money with its scale) is tied to the
//! head noun of what it counts, found past adjectives and participles
//! ("1,350 idle dockers" counts workers). Two figures for one head
//! conflict when the later one refers back to the earlier ("the 31
//! arrests", "the $4.9 million", "In all, 37 hikers were hurt") or when
//! both clauses say the same thing of it ("killed 14 people" … "12 people
//! were killed"), and their values cannot both hold; hedges ("about 300",
//! "nearly 2,000", "at least 12") and ranges are intervals. Never compared:
//! a part with its total ("12 of the 47 cases"), before with after (rose,
//! fell, from … to), an offer with a demand, figures set in another period,
//! figures inside two different quotes, and two figures in one sentence.

use super::facts::{
    is_function_word, is_irregular_participle, is_irregular_past, is_light_verb,
    is_unchanged_participle, stem,
};
use super::*;
use crate::checks::names::list_lines;
use crate::document::Word;
use std::rc::Rc;

/// A word that opens a verb's object ("injured themselves", "hurt the
/// driver"): a participle followed by one is a verb in action, not a
/// description of the noun before it.
fn opens_an_object(w: &str) -> bool {
    // "affected 30,000 passengers", "cost £4m": a figure opens one too.
    w.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€'))
        || matches!(
            w,
            "themselves"
                | "himself"
                | "herself"
                | "itself"
                | "them"
                | "him"
                | "her"
                | "it"
                | "the"
                | "a"
                | "an"
                | "their"
                | "his"
                | "its"
        )
}

/// The group of the dead in `data/count_groups.txt` (its first line).
const DEAD: &str = "group0";

/// People counted in a clause about a death toll: "killed 14 people",
/// "14 civilians died", "eight riders who were hurt".
fn counts_the_dead(head: &str, context: impl Fn() -> Vec<String>) -> bool {
    matches!(
        head,
        "people"
            | "persons"
            | "residents"
            | "civilians"
            | "passengers"
            | "soldiers"
            | "children"
            | "men"
            | "women"
            | "others"
            | "bodies"
    ) && context()
        .iter()
        .any(|w| matches!(w.as_str(), "kill" | "died" | "dead" | "death" | "die"))
}

/// Nouns for people as such, which a story counts by what happened to
/// them ("eight riders were hurt", "the seven injured").
fn is_people(head: &str) -> bool {
    matches!(
        head,
        "people"
            | "persons"
            | "residents"
            | "civilians"
            | "passengers"
            | "children"
            | "men"
            | "women"
            | "others"
    )
}

/// What happened to people counted by a participle: "were injured" after
/// the noun, or the verb right before the figure ("injured nine people").
fn people_participle(lead_words: &[&str], after_head: &str) -> Option<String> {
    let participle = |w: &str| {
        let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
        (w.len() > 3 && (w.ends_with("ed") || is_irregular_past(w))).then(|| stem(w))
    };
    // "eight riders were hurt", and in a relative clause, "nine people
    // who were injured", "14 people who had been evacuated".
    let mut after = after_head.split_whitespace().peekable();
    after.next_if(|w| matches!(*w, "who" | "that"));
    let be = match (after.next(), after.peek().copied()) {
        (Some("were" | "was"), _) => true,
        (Some("had" | "have" | "has"), Some("been")) => after.next().is_some(),
        _ => false,
    };
    if let (true, Some(p)) = (be, after.next()) {
        let bare = p.trim_end_matches(|c: char| !c.is_alphabetic());
        if is_light_verb(bare) {
            return light_verb_phrase(bare, after);
        }
        if let Some(s) = participle(p) {
            return Some(s);
        }
        // "were hurt", "were cut": a participle spelt as its base.
        let p = p.trim_end_matches(|c: char| !c.is_alphabetic());
        if is_unchanged_participle(p) {
            return Some(stem(p));
        }
    }
    lead_words.first().and_then(|w| participle(w))
}

/// A light verb's participle said of a count with the place or state it
/// puts them in: "were taken to hospital", "had been taken into custody",
/// "were held in custody". The light verb alone says nothing ("were
/// taken" by whom, where?); with the noun after its preposition it names
/// one deed, keyed as the verb's stem and the noun's. `rest` are the words
/// after the participle.
fn light_verb_phrase<'a>(
    participle: &str,
    mut rest: impl Iterator<Item = &'a str>,
) -> Option<String> {
    if participle.len() < 4 || !is_light_verb(participle) {
        return None;
    }
    let preposition = rest.next()?;
    if !matches!(preposition, "to" | "into" | "in") {
        return None;
    }
    let mut noun = rest.next()?;
    if matches!(noun, "a" | "an" | "the") {
        noun = rest.next()?;
    }
    let bare = noun.trim_end_matches(|c: char| !c.is_alphabetic());
    // "taken to hospital." ends there; "taken to the hospital's" or a
    // noun going on into a compound names something else.
    let ends = bare.len() == noun.len() || noun[bare.len()..].starts_with([',', '.', ';']);
    (ends
        && bare.len() > 3
        && bare.chars().all(|c| c.is_ascii_lowercase())
        && !is_function_word(bare)
        && !is_light_verb(bare))
    .then(|| format!("{}+{}", stem(participle), stem(bare)))
}

/// A participle straight after the counted noun, with no object after it:
/// "the ten horses rescued were", "left 21 people injured". "The six
/// hikers introduced themselves" is the clause's verb with its object.
fn reduced_participle(after_head: &str) -> Option<String> {
    let mut words = after_head.split_whitespace();
    let first = words.next()?;
    let p = first.trim_end_matches(|c: char| !c.is_alphabetic());
    let participle = p.len() > 3
        && p.ends_with("ed")
        && !matches!(p, "need" | "feed" | "speed" | "seed" | "shed" | "hundred")
        || (is_irregular_participle(p) || is_unchanged_participle(p))
            && first.len() == p.len()
            && !words.clone().next().is_some_and(main_verb_before);
    if !participle || is_light_verb(p) || is_function_word(p) {
        return None;
    }
    // Punctuation after the participle ends its clause.
    let object = first.len() == p.len() && words.next().is_some_and(opens_an_object);
    (!object).then(|| stem(p))
}

/// A word after an irregular past that makes it the clause's verb: an
/// object or a complement ("the 12 houses stood empty", "300 homes lost
/// power"), where a participle picking out a part goes on with a
/// preposition or ends ("the two men held in custody").
fn main_verb_before(next: &str) -> bool {
    let n = next.trim_end_matches(|c: char| !c.is_alphabetic());
    n.len() > 2
        && n.chars().all(char::is_alphabetic)
        && !is_function_word(n)
        && !n.ends_with("ly")
        && !matches!(
            n,
            "overnight"
                | "yesterday"
                | "today"
                | "tonight"
                | "early"
                | "late"
                | "later"
                | "earlier"
                | "again"
                | "together"
                | "still"
                | "since"
                | "first"
                | "last"
                | "here"
                | "there"
                | "home"
                | "abroad"
        )
}

/// Whether the clause that says `said` after a counted noun ends with it
/// ("the 45 residents who were forced out", "the 32 people who were
/// hurt, she said", "the ten horses rescued were taken"), so that it
/// names the whole set the deed was done to; a qualifier after it ("the
/// 15,000 tickets sold for the semi-final") picks out a part.
fn clause_ends_with(after: &str, said: &str) -> bool {
    let mut words = after.split_whitespace().take(6);
    for w in words.by_ref() {
        let bare = w.trim_end_matches(|c: char| !c.is_alphabetic());
        if stem(bare) != said {
            continue;
        }
        if bare.len() < w.len() {
            return true;
        }
        let rest: Vec<&str> = words.clone().collect();
        if names_its_event(&rest) {
            return true;
        }
        return words.next().is_none_or(|n| {
            matches!(
                n.trim_end_matches(|c: char| !c.is_alphabetic()),
                "out"
                    | "off"
                    | "up"
                    | "away"
                    | "down"
                    // "the 90 tenants who signed it": the thing named before.
                    | "it"
                    | "were"
                    | "was"
                    | "are"
                    | "is"
                    | "have"
                    | "had"
                    | "has"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "must"
            )
        });
    }
    false
}

/// Whether a figure's phrase opens its sentence after one determiner or
/// one possessive ("The 51 firefighters", "Its 300 staff", "The
/// union's 40 members"): the sentence's subject. `before` is the
/// lower-cased text before the figure in its sentence.
fn opens_the_sentence(before: &str) -> bool {
    let lead = before
        .trim_end()
        .trim_end_matches(['$', '£', '€'])
        .trim_start_matches(['"', '“', '‘', '\'', '('])
        .trim();
    match lead.split_once(' ') {
        None => matches!(lead, "the" | "its" | "their" | "his" | "her" | "all"),
        Some(("the", owner)) => {
            !owner.contains(' ') && (owner.ends_with("'s") || owner.ends_with("’s"))
        }
        _ => false,
    }
}

/// Whether the `-ed` word opening `after_head` (lower-cased) is the
/// sentence's own verb rather than a participle picking out a part: no
/// agent or instrument after it ("charged with", "hurt by"), and no verb
/// after it in its clause that would be the sentence's ("the two men
/// charged with fraud were bailed", "the 15,000 tickets sold for the
/// final went in an hour"). "The 51 firefighters worked through the
/// night", "the 300 workers returned on Monday" say what the whole set did.
fn main_verb_after(after_head: &str) -> bool {
    let clause_end = after_head
        .find([',', '.', ';', ':', '—', '–', '(', '"', '“'])
        .unwrap_or(after_head.len());
    let mut words = after_head[..clause_end].split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    if !first.ends_with("ed") || is_irregular_participle(first) {
        return false;
    }
    // The clause must end inside the window read after the noun.
    if clause_end == after_head.len() {
        return false;
    }
    // A deed done to people or things ("the nine people charged appear
    // on Monday", "the 40 families evacuated return today") names them
    // as its object: a participle.
    if is_deed(&stem(first)) {
        return false;
    }
    let mut rest = words.peekable();
    let mut last = first;
    // The verb goes on with a preposition, a particle or a time ("worked
    // until dawn", "walked out", "returned Monday"), or ends its clause; a
    // word of any other kind after it may be the sentence's own verb ("the
    // nine people charged appear in court").
    let goes_on = |w: &str| {
        is_function_word(w)
            || ends_a_noun_phrase(w)
            || matches!(
                w,
                "out" | "off" | "up" | "back" | "down" | "away" | "home" | "overnight" | "again"
            )
            || crate::calendar::WEEKDAYS
                .iter()
                .chain(crate::calendar::MONTHS.iter())
                .any(|d| d.eq_ignore_ascii_case(w))
    };
    if rest
        .peek()
        .is_some_and(|w| matches!(*w, "by" | "with" | "for") || !goes_on(w))
    {
        return false;
    }
    rest.all(|w| {
        // "in may" is the month.
        let month = w == "may" && matches!(last, "in" | "on" | "since" | "until" | "by" | "last");
        last = w;
        month
            || !(w.ends_with("ed")
                || is_irregular_past(w)
                || matches!(
                    w,
                    "is" | "are"
                        | "was"
                        | "were"
                        | "be"
                        | "been"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                        | "could"
                        | "can"
                        | "may"
                        | "might"
                        | "must"
                        | "should"
                        | "did"
                        | "do"
                        | "does"
                ))
    })
}

/// A noun joined to a figure by a hyphen at the start of `after_text`
/// ("-signature petition", "-job cut", "-strong workforce"): the bytes
/// the join takes, and whether the joined word is the counted noun
/// (false for "strong", which leaves the noun after it counted). None
/// for a unit ("-year", "-mile", "-page"), an age ("-year-old"), a
/// fraction ("two-thirds"), a hedge ("40-odd", "30-plus") or a tally.
fn compound_noun(after_text: &str) -> Option<(usize, bool)> {
    let rest = after_text.strip_prefix('-')?;
    let len = rest
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(rest.len());
    let word = &rest[..len];
    if len < 3 || rest[len..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
        return None;
    }
    if word == "strong" {
        return Some((len + 1, false));
    }
    let unit = is_unit(word) || is_unit(&format!("{word}s"));
    let not_a_count = matches!(
        word,
        "odd"
            | "plus"
            | "something"
            | "fold"
            | "half"
            | "third"
            | "thirds"
            | "quarter"
            | "quarters"
            | "fifth"
            | "fifths"
            | "tenths"
            | "old"
            | "long"
            | "high"
            | "wide"
            | "deep"
            | "term"
            | "time"
            | "way"
            | "nil"
            | "all"
            | "love"
    ) || word.ends_with("th")
        || word.ends_with("ly")
        || is_function_word(word);
    (!unit && !not_a_count).then_some((len + 1, true))
}

/// Whether the figure at `whole` (in `sentence`) is listed with another
/// under one verb: "12 people in Leeds and 14 in York", "14 in York and 12
/// in Leeds". Nothing but a hedge ("another", "a further") stands between
/// "and" and the other figure; "killed 14 people and injured 30" are two
/// deeds, each stated whole.
fn listed_with_another(sentence: &str, whole: Range<usize>) -> bool {
    let joined = |between: &str| {
        between.len() <= 40
            && between.rsplit_once(" and ").is_some_and(|(_, rest)| {
                rest.split_whitespace()
                    .all(|w| matches!(w, "another" | "a" | "further" | "some" | "about"))
            })
    };
    let mut from = whole.start.saturating_sub(48);
    while !sentence.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (whole.end + 48).min(sentence.len());
    while !sentence.is_char_boundary(to) {
        to -= 1;
    }
    // Most figures stand alone: no "and", no second scan.
    if !sentence[from..to].contains(" and ") {
        return false;
    }
    super::scan::figures(&sentence[from..to]).any(|c| {
        let Some(g) = c.get(0).map(|m| m.range()) else {
            return false;
        };
        let (start, end) = (from + g.start, from + g.end);
        if end <= whole.start {
            joined(&sentence[end..whole.start])
        } else if start >= whole.end {
            joined(&sentence[whole.end..start])
        } else {
            false
        }
    })
}

/// The same money in another currency in brackets at the start of `rest`
/// (" (£21bn)", " (US$1.2m)", " (€ 40m)"): the bytes it takes. Nothing
/// but a currency's sign or letters, digits and a scale word stands inside.
fn conversion_after(rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix(" (")?;
    let close = inner.find(')').filter(|&c| c <= 24)?;
    let body = &inner[..close];
    let amount = body
        .trim_start_matches(|c: char| c.is_ascii_uppercase())
        .strip_prefix(['$', '£', '€', '¥'])?
        .trim_start();
    (amount.starts_with(|c: char| c.is_ascii_digit())
        && amount
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ',' | ' ')))
    .then_some(2 + close + 1)
}

/// A currency named in words joined to a figure by a hyphen at the start
/// of `after_text` ("-euro profit", "-dollar deal"), in the singular as an
/// adjective takes it: the bytes the join takes.
fn joined_currency(after_text: &str) -> Option<usize> {
    let rest = after_text.strip_prefix('-')?;
    let len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let word = rest[..len].to_ascii_lowercase();
    (len > 0 && !rest[len..].starts_with(['-', '\'']) && is_currency_word(&word)).then_some(len + 1)
}

/// A currency named in words after a figure ("1.2 billion dollars", "a
/// 1.9 billion euro package"), from `data/currencies.txt`.
fn is_currency_word(lower: &str) -> bool {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| list_lines(include_str!("../../../data/currencies.txt")).collect())
        .contains(&lower)
}

/// Whether a percentage's noun measures a change or a rate ("rise",
/// "tax"), from `data/count_percent_changes.txt`, in the singular or the
/// plural.
fn measures_a_change(noun: &str) -> bool {
    static NOUNS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let nouns = NOUNS.get_or_init(|| {
        list_lines(include_str!("../../../data/count_percent_changes.txt")).collect()
    });
    let noun = noun.trim_end_matches(|c: char| !c.is_alphabetic());
    let singular = noun.strip_suffix("es").filter(|n| nouns.contains(n));
    let singular = singular.or_else(|| noun.strip_suffix('s'));
    nouns.contains(&noun) || singular.is_some_and(|n| nouns.contains(&n))
}

/// The verb of the clause whose subject the counted noun is, read right
/// after the noun in an active past ("3,000 people signed the petition",
/// "200 workers walked out", "5,000 residents have signed"), as a stem.
/// A participle that goes on with an agent ("hurt by", "charged with") is
/// no active verb.
fn active_after(after_head: &str) -> Option<String> {
    let mut words = after_head.split_whitespace();
    let mut w = words.next()?;
    if matches!(w, "have" | "has" | "had" | "all" | "also" | "then") {
        w = words.next()?;
    }
    let bare = w.trim_end_matches(|c: char| !c.is_alphabetic());
    let past = bare.len() > 3 && bare.ends_with("ed") && !bare.ends_with("eed");
    if !past || is_light_verb(bare) || is_function_word(bare) {
        return None;
    }
    let next = words.next().unwrap_or("");
    if bare.len() == w.len() && matches!(next, "by" | "with") {
        return None;
    }
    Some(stem(bare))
}

/// The verb a noun is made from, by its ending ("signature": sign,
/// "closure": close, "arrival": arrive, "attendance": attend), as the
/// stem the verb's forms share; `noun_stem` is the noun's own stem.
fn verb_of_noun(noun_stem: &str) -> Option<String> {
    ["atur", "ur", "al", "anc", "enc"]
        .iter()
        .find_map(|suffix| {
            let base = noun_stem.strip_suffix(suffix)?;
            (base.len() >= 4).then(|| base.to_string())
        })
}

/// Whether a sentence (lower-cased) sets its figures at a time of day or a
/// day they had reached by then ("By noon, 12 people had been rescued",
/// "by Tuesday evening the toll stood at 40", "by the end of the day"):
/// a running count, which grows as the story goes on.
fn by_a_time(lower: &str) -> bool {
    use crate::calendar::{MONTHS, WEEKDAYS};
    lower.match_indices("by ").any(|(i, _)| {
        if lower[..i].ends_with(char::is_alphanumeric) {
            return false;
        }
        let next = lower[i + 3..]
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        matches!(
            next,
            "noon"
                | "midday"
                | "midnight"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "nightfall"
                | "dawn"
                | "dusk"
                | "lunchtime"
                | "then"
                | "now"
                | "late"
                | "early"
                | "tonight"
                | "today"
        ) || lower[i + 3..].starts_with("the end")
            || lower[i + 3..].starts_with("the time")
            || WEEKDAYS
                .iter()
                .chain(MONTHS.iter())
                .any(|d| d.eq_ignore_ascii_case(next))
            || next.ends_with("am") && next.starts_with(|c: char| c.is_ascii_digit())
            || next.ends_with("pm") && next.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// After a participle, the event it happened in and the clause's own
/// verb: "(hurt) in the crash were", "(killed) during the attack have",
/// "(evacuated) from the tower will". The participle then names the whole
/// set the deed was done to in that event, where "sold for the final" or
/// "hurt in the second crash" picks out a part: the phrase (lower-cased)
/// holds no figure, ordinal or word for another of its kind; a place in it
/// is a mark the comparison reads.
fn names_its_event(rest: &[&str]) -> bool {
    let Some((prep, rest)) = rest.split_first() else {
        return false;
    };
    if !matches!(*prep, "in" | "at" | "during" | "from" | "after" | "on") {
        return false;
    }
    let Some(verb) = rest.iter().position(|w| {
        matches!(
            *w,
            "were" | "was" | "are" | "is" | "have" | "had" | "has" | "will" | "would" | "could"
        )
    }) else {
        return false;
    };
    (1..=4).contains(&verb)
        && rest[..verb].iter().all(|w| {
            w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !matches!(
                    *w,
                    "first"
                        | "second"
                        | "third"
                        | "last"
                        | "other"
                        | "another"
                        | "earlier"
                        | "previous"
                        | "latest"
                        | "next"
                        | "separate"
                )
        })
}

/// Verbs that leave their object in a state a participle after it names:
/// "left 21 people injured", "saw 40 homes flooded".
fn leaves_in_a_state(lead_word: &str) -> bool {
    matches!(
        lead_word,
        "left" | "leave" | "leaves" | "leaving" | "saw" | "see" | "sees"
    )
}

/// Whom a clause names as doing what it says of a count: the noun before
/// its verb, past modals, auxiliaries, "plans to" and a pronoun reported
/// by a speaker ("the defence said it would call eight": defence), as a
/// stem. `before` is the lower-cased text before the figure. None where the
/// clause names no doer (a passive, a pronoun alone, a clause break).
fn doer(before: &str) -> Option<String> {
    let mut words = before
        .split_whitespace()
        .rev()
        .skip_while(|w| is_hedge_word(w));
    words.next()?;
    let mut skip_next = false;
    for raw in words {
        if raw.ends_with([',', ';', ':', '—', '–', '(', ')']) {
            return None;
        }
        let w = raw.trim_matches(|c: char| !c.is_alphabetic());
        if std::mem::take(&mut skip_next) {
            continue;
        }
        if w == "to" {
            skip_next = true;
            continue;
        }
        if matches!(
            w,
            "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "must"
                | "did"
                | "does"
                | "do"
                | "has"
                | "have"
                | "had"
                | "is"
                | "was"
                | "are"
                | "were"
                | "be"
                | "been"
                | "also"
                | "not"
                | "then"
                | "it"
                | "they"
                | "he"
                | "she"
                | "we"
                | "said"
                | "says"
                | "told"
                | "added"
                | "that"
                | "now"
                | "already"
                | "later"
        ) || w.ends_with("ly")
        {
            continue;
        }
        if w.len() > 2 && w == raw && !is_function_word(w) {
            return Some(stem(w));
        }
        return None;
    }
    None
}

/// Whether two clauses name two different doers of their deed ("the
/// prosecution will call 12 witnesses" … "the defence would call eight"):
/// two counts, not one stated twice.
fn other_doers(a: &CountFact, b: &CountFact) -> bool {
    match (&a.agent, &b.agent) {
        (Some(x), Some(y)) => !(x.starts_with(y.as_str()) || y.starts_with(x.as_str())),
        _ => false,
    }
}

/// What money without a noun of its own is spent or paid on: "spent
/// £365,000 on consultants" (consult), "paid $40,000 for the survey".
fn purpose_of(after: &str) -> Option<String> {
    let rest = after
        .strip_prefix("on ")
        .or_else(|| after.strip_prefix("for "))?;
    let word = rest.split_whitespace().find(|w| {
        !matches!(
            *w,
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "new"
        )
    })?;
    let word = word.trim_end_matches(|c: char| !c.is_alphabetic());
    (word.len() > 2 && word.chars().all(char::is_alphabetic) && !is_function_word(word))
        .then(|| stem(word))
}

/// People counted by the verb before the figure ("employs 320 people",
/// "houses about 60 people"): the key of the noun `data/count_verbs.txt`
/// gives for the verb. `lead_words` are the words before the figure,
/// nearest first; a hedge between the verb and the figure is skipped.
fn counted_by_verb(lead_words: &[&str]) -> Option<String> {
    let verb = lead_words.iter().find(|w| !is_hedge_word(w))?;
    noun_of_verb(verb).map(key_of)
}

/// The noun `data/count_verbs.txt` gives for a verb in any of its forms
/// ("employs", "valued").
fn noun_of_verb(word: &str) -> Option<&'static str> {
    static VERBS: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
    let verbs = VERBS.get_or_init(|| {
        list_lines(include_str!("../../../data/count_verbs.txt"))
            .filter_map(|l| {
                let (verb, noun) = l.split_once(' ')?;
                Some((stem(verb), noun.trim()))
            })
            .collect()
    });
    let verb = stem(word.trim_matches(|c: char| !c.is_alphabetic()));
    verbs
        .iter()
        .find(|(v, _)| *v == verb)
        .map(|(_, noun)| *noun)
}

/// Word groups from `data/count_groups.txt`.
fn count_group(word: &str) -> Option<usize> {
    static GROUPS: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    GROUPS
        .get_or_init(|| {
            list_lines(include_str!("../../../data/count_groups.txt"))
                .map(|l| l.split_whitespace().collect())
                .collect()
        })
        .iter()
        .position(|g| g.contains(&word))
}

/// The multiplier of a scale word from `data/scale_words.txt`.
fn scale(word: &str) -> Option<f64> {
    static SCALES: OnceLock<Vec<(&'static str, f64)>> = OnceLock::new();
    SCALES
        .get_or_init(|| {
            list_lines(include_str!("../../../data/scale_words.txt"))
                .filter_map(|l| {
                    let (w, v) = l.split_once(' ')?;
                    Some((w, v.trim().parse().ok()?))
                })
                .collect()
        })
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, v)| *v)
}

/// The value of a number written in words: "twelve", "thirty-eight",
/// "a dozen" (as "dozen"), "two hundred".
pub(super) fn number_word(w: &str) -> Option<f64> {
    use crate::number_words::{TENS, UNITS};
    // A word opening with an ASCII byte that opens no number word is none,
    // known before it is lower-cased.
    if let Some(&b) = w.as_bytes().first().filter(|b| b.is_ascii()) {
        let b = b.to_ascii_lowercase();
        if !UNITS
            .iter()
            .chain(&TENS)
            .chain(&["dozen"])
            .any(|n| n.as_bytes()[0] == b)
        {
            return None;
        }
    }
    let w = w.to_lowercase();
    if w == "dozen" {
        return Some(12.0);
    }
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(i as f64);
    }
    let (tens, unit) = w.split_once('-').unwrap_or((&w, ""));
    let t = TENS.iter().position(|x| *x == tens)? as f64 * 10.0 + 20.0;
    if unit.is_empty() {
        return Some(t);
    }
    let u = UNITS[1..10].iter().position(|x| *x == unit)? as f64 + 1.0;
    Some(t + u)
}

/// A figure: an interval of values (a hedge or a range widens it), the
/// digits as written (for transpositions), and whether it is money.
#[derive(Clone, Debug)]
struct Figure {
    lo: f64,
    hi: f64,
    digits: String,
    /// A tally's other side ("1,263 to 795": 795), value and digits.
    other_side: Option<(f64, String)>,
    /// Written with a decimal point before a scale word ("$1.2 million"):
    /// two such digits in another order ("$2.1 million") are a
    /// transposition, where two-digit counts ("12", "21") are too common
    /// to call one.
    decimal: bool,
}

impl Figure {
    fn overlaps(&self, other: &Figure) -> bool {
        let meets = |lo: f64, hi: f64, l2: f64, h2: f64| lo <= h2 * 1.0001 && l2 <= hi * 1.0001;
        meets(self.lo, self.hi, other.lo, other.hi)
            || self
                .other_side
                .as_ref()
                .is_some_and(|(v, _)| meets(*v, *v, other.lo, other.hi))
            || other
                .other_side
                .as_ref()
                .is_some_and(|(v, _)| meets(self.lo, self.hi, *v, *v))
    }
    fn transposed(&self, other: &Figure) -> bool {
        // The same characters in another order, counted (digits are ASCII)
        // rather than sorted into new lists.
        let shortest = if self.decimal && other.decimal { 2 } else { 3 };
        let swapped = |a: &str, b: &str| {
            if a.len() < shortest || a.len() != b.len() || a == b {
                return false;
            }
            if !(a.is_ascii() && b.is_ascii()) {
                let (mut x, mut y): (Vec<char>, Vec<char>) =
                    (a.chars().collect(), b.chars().collect());
                x.sort_unstable();
                y.sort_unstable();
                return x == y;
            }
            let mut count = [0i32; 128];
            for (x, y) in a.bytes().zip(b.bytes()) {
                count[usize::from(x)] += 1;
                count[usize::from(y)] -= 1;
            }
            count.iter().all(|&n| n == 0)
        };
        // Each side's digits against the other's: a tally's side that is
        // the other figure is no transposition of it.
        fn sides(f: &Figure) -> impl Iterator<Item = &str> {
            std::iter::once(f.digits.as_str()).chain(f.other_side.as_ref().map(|(_, d)| d.as_str()))
        }
        !sides(self).any(|x| sides(other).any(|y| x == y))
            && sides(self).any(|x| sides(other).any(|y| swapped(x, y)))
    }
}

struct CountFact {
    key: String,
    figure: Figure,
    range: Range<usize>,
    sentence: usize,
    /// "the 31 arrests", "In all, 41 people": the figure refers back to one
    /// stated before.
    back_ref: bool,
    /// The speech quote that holds the figure.
    quote: Option<usize>,
    period: Option<String>,
    money: bool,
    /// The clause speaks of a change, an offer or a demand.
    changes: bool,
    /// A part of a total ("$31 million of the $48 million"): met only by a
    /// later figure that refers back with the same digits in another order.
    part: bool,
    /// Stated in a headline: an earlier statement only.
    heading: bool,
    /// A count of votes or seats, or a tally ("the vote was 1,263 to
    /// 795"): a story states many, so only transposed digits conflict.
    tallied: bool,
    /// Every noun that names what is counted: the words of the head run
    /// ("moth specimens") and the noun the figure is "of" ("a collection
    /// of 4,316"). Transposed digits are met over any of them.
    nouns: Vec<String>,
    /// The keys of the nouns before the head ("1,700 job cuts": jobs),
    /// which a figure that refers back may count.
    modifier_keys: Vec<String>,
    /// People keyed by what happened to them ("people injur"), met by a
    /// participle standing for them ("the seven injured").
    alt_key: Option<String>,
    /// The stem of the verb the clause says of the count ("killed 14
    /// people", "12 people were killed": kill).
    said: Option<String>,
    /// The capitalised words and years of the count's sentence: its
    /// places, names and dates (at most 32).
    marks: Marks,
    /// After a determiner or "of" ("the eight riders who were hurt",
    /// "parents of the eight"): a set picked out, not a statement of the
    /// count.
    definite: bool,
    /// The stem of a participle between the figure and its noun ("the 12
    /// evacuated houses": evacuat), which names what happened to them.
    described: Option<String>,
    /// The verb the clause says of the count and the noun before it ("the
    /// merger will save £3.4m": sav, merger), as stems: what the figure is
    /// of where no noun after it says so.
    verb_things: Vec<String>,
    /// Written with a scale word ("£3.4 million", "3.4bn").
    scaled: bool,
    /// The sentence says its figure is a total ("in total", "in all",
    /// "altogether", "overall").
    totals: bool,
    /// A place between the figure and its noun ("the 1,300 Leeds
    /// workers"): a figure that refers back with it refers only to a
    /// statement whose sentence names the place.
    place: Option<Box<str>>,
    /// The stem of an event noun the figure is "of", after a determiner
    /// ("the arrest of 14 fans": arrest): the figure counts what that
    /// event did, as a verb says it ("police arrested 12 people").
    event: Option<String>,
    /// A day or month right after the counted noun ("the 14 arrests on
    /// Saturday"): the figure is that day's, even where it refers back.
    dated: bool,
    /// `said` was read after the noun ("who were hurt", "the ten horses
    /// rescued"), where it names the whole set even after a determiner.
    said_after: bool,
    /// The stem of the noun that does what `said` says ("the prosecution
    /// will call 12 witnesses": prosecut), where the clause is active.
    agent: Option<String>,
    /// What money with no noun of its own is spent on ("spent £365,000 on
    /// consultants": consult).
    purpose: Option<String>,
    /// The deed the figure counts, as a verb stem from
    /// `data/count_verb_groups.txt`, whatever the words: "14 people were
    /// injured", "injuring 12", "seven injuries", "the six wounded"; "found
    /// guilty on 11 charges" counts convictions.
    deed: Option<String>,
    /// The sentence speaks of a running count ("so far", "since", "this
    /// year"): its figure is no restatement of another's.
    running: bool,
    /// The sentence speaks of a total or of a separate count ("in all",
    /// "the total", "a second protest"): its figure is no restatement of
    /// another deed's count said in other words.
    separate: bool,
    /// Picked out inside another noun's phrase ("relatives of the nine
    /// people who were killed"): a set the story may have named for
    /// another event, never read as a restatement.
    embedded: bool,
    /// What the deed was done to: "people" for people as such, the key
    /// of any other noun ("40 demonstrators"); None where the figure
    /// counts the deeds themselves ("46 detentions", "injuring 12"),
    /// which meets a count of the deed done to anyone.
    deed_object: Option<String>,
    /// One of a list of figures under one verb ("arrested 12 people in
    /// Leeds and 14 in York"): a part, never compared as the statement of
    /// the whole count.
    listed: bool,
    /// Joined to its noun by a hyphen ("the nine-candidate field"): the
    /// determiner is the whole's, so the figure refers back only to a
    /// count stated without one ("nine candidates stood"), never to a
    /// set picked out ("the two candidates").
    compound: bool,
}

/// The capitalised words and years of a sentence (at most 32, read once
/// and shared by its figures), less the words of one figure's own phrase.
/// A sentence's marks, each with its prose range.
type SentenceMarks = Rc<[(Range<usize>, Box<str>)]>;

#[derive(Clone, Default)]
struct Marks {
    all: SentenceMarks,
    own: Range<usize>,
}

impl Marks {
    fn iter(&self) -> impl Iterator<Item = &str> {
        self.all
            .iter()
            .filter(|(r, _)| !(r.start >= self.own.start && r.end <= self.own.end))
            .map(|(_, t)| &**t)
    }
    fn contains(&self, mark: &str) -> bool {
        self.iter().any(|m| m == mark)
    }
    /// A sentence read as a list (32 marks kept) is never compared.
    fn is_list(&self) -> bool {
        self.all.len() >= 32 && self.iter().count() >= 32
    }
    /// Every mark of these is one of `earlier`'s; a day, a month or a
    /// year is passed over where `times_pass` (a figure that refers back
    /// is the same set on any later day).
    fn within(&self, earlier: &Marks, times_pass: bool) -> bool {
        self.iter()
            .all(|m| earlier.contains(m) || times_pass && is_time_mark(m))
    }
}

impl Marks {
    /// [`Marks::within`] for the marks inside `clause` (prose offsets).
    fn within_clause(&self, earlier: &Marks, clause: Range<usize>) -> bool {
        self.all
            .iter()
            .filter(|(r, _)| {
                !(r.start >= self.own.start && r.end <= self.own.end)
                    && r.start >= clause.start
                    && r.end <= clause.end
            })
            .all(|(_, m)| earlier.contains(m) || is_time_mark(m))
    }
}

/// The part of a sentence (prose range `sr`) that states the figure at
/// prose offset `at`, less the speaker who reports it: "Patel said the
/// council had to find £2bn", "…, saying the council had to find £2bn",
/// "the council had to find £2bn, Patel said" state it without Patel.
fn reported_clause(text: &str, sr: Range<usize>, at: usize) -> Range<usize> {
    const SAYS: [&str; 6] = [
        " said ", " says ", " saying ", " told ", " added ", " warned ",
    ];
    let before = &text[sr.start..at];
    let from = SAYS
        .iter()
        .filter_map(|w| before.rfind(w).map(|i| sr.start + i + w.len()))
        .max()
        .unwrap_or(sr.start);
    let after = &text[at..sr.end];
    let to = match after.rfind(", ") {
        Some(i) if SAYS.iter().any(|w| after[i..].contains(w.trim_end())) => at + i,
        _ => sr.end,
    };
    from..to
}

/// A weekday, a month or a year: a mark of when, not of whose or where.
fn is_time_mark(mark: &str) -> bool {
    use crate::calendar::{MONTHS, WEEKDAYS};
    WEEKDAYS.contains(&mark)
        || MONTHS.contains(&mark)
        || mark.len() == 4 && mark.bytes().all(|b| b.is_ascii_digit())
}

/// Two statements of one count in other words: the same verb said of the
/// same thing ("killed 14 people" … "12 people were killed"), the later
/// naming no place, person or date the earlier does not ("in Texas" may be
/// a part of the whole).
fn same_statement(earlier: &CountFact, later: &CountFact) -> bool {
    earlier
        .said
        .as_deref()
        .zip(later.said.as_deref())
        .is_some_and(|(a, b)| same_deed(a, b))
        && !earlier.definite
        // "the 32 people who were hurt": the clause after the noun says
        // the deed, and the set is all it was done to.
        && (!later.definite || later.said_after && !later.embedded)
        && !other_doers(earlier, later)
        // "So far 20 people have been arrested": a running count.
        && !earlier.running
        && !later.running
        && !matches!((&earlier.purpose, &later.purpose), (Some(x), Some(y)) if x != y)
        && earlier.quote == later.quote
        && !earlier.listed
        && !later.listed
        && !earlier.marks.is_list()
        && !later.marks.is_list()
        && later.marks.within(&earlier.marks, false)
        // "arrested 12 people in Leeds" … "arrested 14 people in total":
        // a part where the earlier names a place and the later a total.
        && !(later.totals && earlier.marks.iter().any(|m| !later.marks.contains(m)))
}

/// The text after a place named right after a counted noun ("homes on
/// Ash Row and Kiln Street were evacuated": "were evacuated"): a
/// preposition of place, then capitalised words joined by "and", "&" or
/// commas. None where no place follows.
fn past_a_place(after: &str) -> Option<&str> {
    let rest = after.trim_start();
    let (prep, mut rest) = rest.split_once(' ')?;
    if !matches!(
        prep,
        "in" | "on" | "at" | "near" | "along" | "across" | "outside" | "around"
    ) {
        return None;
    }
    let mut named = false;
    loop {
        rest = rest.trim_start();
        let word_end = rest
            .find(|c: char| c.is_whitespace() || c == ',')
            .unwrap_or(rest.len());
        let word = &rest[..word_end];
        if word.starts_with(char::is_uppercase) {
            named = true;
        } else if !(word == "the" || named && matches!(word, "and" | "&")) {
            break;
        }
        rest = rest[word_end..].trim_start_matches(',');
    }
    named.then_some(rest)
}

/// Whether two verb stems say one deed: the same stem, or two verbs of a
/// group in `data/count_verb_groups.txt` ("sacked", "fired").
fn same_deed(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    deed_groups()
        .iter()
        .any(|g| g.iter().any(|v| v == a) && g.iter().any(|v| v == b))
}

/// `data/count_verb_groups.txt`, each verb as its stem.
fn deed_groups() -> &'static [Vec<String>] {
    static GROUPS: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    GROUPS.get_or_init(|| {
        list_lines(include_str!("../../../data/count_verb_groups.txt"))
            .map(|l| l.split_whitespace().map(stem).collect())
            .collect()
    })
}

/// Whether a verb stem names a deed a story counts ("injur", "arrest").
fn is_deed(verb: &str) -> bool {
    deed_groups().iter().any(|g| g.iter().any(|v| v == verb))
}

/// The verb stem of a noun that counts deeds ("injuries": injur), from
/// `data/count_deed_nouns.txt`.
fn deed_of_noun(noun: &str) -> Option<String> {
    static NOUNS: OnceLock<Vec<(&'static str, String)>> = OnceLock::new();
    NOUNS
        .get_or_init(|| {
            list_lines(include_str!("../../../data/count_deed_nouns.txt"))
                .filter_map(|l| {
                    let (n, v) = l.split_once(' ')?;
                    Some((n, stem(v.trim())))
                })
                .collect()
        })
        .iter()
        .find(|(n, _)| *n == noun)
        .map(|(_, v)| v.clone())
}

/// Words between a verb and its figure: hedges ("employs about 320").
fn is_hedge_word(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "some"
            | "around"
            | "roughly"
            | "nearly"
            | "almost"
            | "approximately"
            | "more"
            | "than"
            | "at"
            | "least"
            | "over"
            | "fewer"
            | "less"
            | "up"
            | "to"
            | "as"
            | "many"
            | "an"
            | "estimated"
    )
}

/// The verb a clause says of its count: the verb right before the figure
/// ("killed 14", "will call twelve", "has confirmed about 40"), or the
/// passive after its noun ("13 riders were hurt", "nine people who had
/// been evacuated"), as a stem, and whether it was read after the noun.
fn predicate(lead_words: &[&str], after_head: &str) -> Option<(String, bool)> {
    let mut after = after_head.split_whitespace().peekable();
    after.next_if(|w| matches!(*w, "who" | "that"));
    let be = match (after.next(), after.peek().copied()) {
        (Some("were" | "was" | "are" | "is"), _) => true,
        (Some("had" | "have" | "has"), Some("been")) => after.next().is_some(),
        _ => false,
    };
    if be {
        let p = after
            .next()
            .unwrap_or("")
            .trim_end_matches(|c: char| !c.is_alphabetic());
        if (p.len() > 3 && (p.ends_with("ed") || is_irregular_participle(p))
            || is_unchanged_participle(p))
            && !is_light_verb(p)
        {
            return Some((stem(p), true));
        }
        return light_verb_phrase(p, after).map(|k| (k, true));
    }
    let at = lead_words.iter().position(|w| !is_hedge_word(w))?;
    let w = lead_words[at];
    if w.len() < 3 || !w.chars().all(char::is_alphabetic) || is_function_word(w) || is_light_verb(w)
    {
        return None;
    }
    let modal = lead_words.get(at + 1).is_some_and(|m| {
        matches!(
            *m,
            "will" | "would" | "could" | "can" | "may" | "might" | "must" | "to" | "did"
        )
    });
    let verb = modal
        || w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))
        || is_irregular_past(w)
        || w.ends_with('s') && !w.ends_with("ss");
    verb.then(|| (stem(w), false))
}

/// The key a counted noun is compared under: its group in
/// `data/count_groups.txt`, or its stem.
fn key_of(noun: &str) -> String {
    match count_group(noun) {
        Some(g) => format!("group{g}"),
        None => stem(noun),
    }
}

/// A vote's tally written with a dash ("passed 7-2", "a 5–4 vote") in a
/// sentence about a vote: its other side and the length read.
fn dash_tally(after_text: &str, sentence: &str) -> Option<(f64, String, usize)> {
    let rest = after_text
        .strip_prefix('-')
        .or_else(|| after_text.strip_prefix('–'))?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits)
        || rest[digits..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
    {
        return None;
    }
    about_a_vote(sentence).then(|| {
        (
            rest[..digits].parse().unwrap_or(0.0),
            rest[..digits].to_string(),
            after_text.len() - rest.len() + digits,
        )
    })
}

/// A sentence about a vote: it names one, or a verb of passing or
/// rejecting (in any case).
fn about_a_vote(sentence: &str) -> bool {
    sentence.split(|c: char| !c.is_alphabetic()).any(|w| {
        [
            "vote", "voted", "votes", "voting", "ballot", "passed", "approved", "rejected",
            "margin",
        ]
        .iter()
        .any(|v| v.len() == w.len() && v.eq_ignore_ascii_case(w))
    })
}
/// An adjective or participle between a figure and its noun ("striking",
/// "confirmed", "additional", "new").
fn is_modifier(lower: &str) -> bool {
    lower.ends_with("ing")
        || lower.ends_with("ed")
        || lower.ends_with("al")
        || lower.ends_with("ive")
        || lower.ends_with("ous")
        || lower.ends_with("ful")
        || lower.ends_with("ic")
        || matches!(
            lower,
            "new"
                | "more"
                | "other"
                | "extra"
                | "full-time"
                | "part-time"
                | "fewer"
                | "less"
                | "net"
                | "big"
                | "small"
                | "large"
                | "young"
                | "old"
                | "top"
                | "first"
                | "last"
                | "next"
                | "key"
        )
}

/// Conjunctions and prepositions that end the counted noun's phrase
/// ("100 employees because of the crisis", "40 homes near the river"):
/// the word is no second noun of the thing.
fn ends_a_noun_phrase(lower: &str) -> bool {
    matches!(
        lower,
        "because"
            | "due"
            | "owing"
            | "although"
            | "though"
            | "unless"
            | "whereas"
            | "despite"
            | "amid"
            | "across"
            | "near"
            | "without"
            | "within"
            | "via"
            | "including"
            | "like"
            | "once"
            | "towards"
            | "toward"
            | "upon"
            | "outside"
            | "inside"
            | "around"
            | "along"
            | "beyond"
            | "throughout"
    )
}

/// Units of time, measure and share: a figure with one of these is a
/// duration or a rate, not a count of things the story is about.
fn is_unit(lower: &str) -> bool {
    matches!(
        lower,
        "hours"
            | "hour"
            | "days"
            | "day"
            | "years"
            | "year"
            | "months"
            | "month"
            | "weeks"
            | "week"
            | "minutes"
            | "minute"
            | "seconds"
            | "second"
            | "percent"
            | "per"
            | "cent"
            | "points"
            | "point"
            | "times"
            | "miles"
            | "mile"
            | "km"
            | "kilometres"
            | "feet"
            | "foot"
            | "metres"
            | "meters"
            | "inches"
            | "pounds"
            | "kg"
            | "degrees"
            | "am"
            | "pm"
            | "a.m."
            | "p.m."
            | "o'clock"
            | "mph"
            | "yards"
            | "acres"
            | "tons"
            | "tonnes"
            | "decades"
            | "century"
            | "centuries"
            | "seats"
            | "votes"
            | "goals"
            | "runs"
            | "games"
            | "matches"
            | "sets"
    )
}

fn words_of<'d>(ctx: &'d Ctx, r: Range<usize>) -> &'d [Word] {
    let from = ctx.doc.word_at_or_after(r.start);
    let to = ctx.doc.word_at_or_after(r.end);
    &ctx.doc.words[from..to]
}

pub(super) fn counts(ctx: &Ctx, quotes: &[Quote], out: &mut Vec<Finding>) {
    let text = &ctx.doc.prose;
    if !may_hold_figure(text) {
        return;
    }
    let speech = spoken_ranges(quotes);
    let mut facts: Vec<CountFact> = Vec::new();
    for p in &ctx.doc.paragraphs {
        let heading = p.kind != BlockKind::Text;
        for si in p.sentences.clone() {
            let sr = ctx.doc.sentences[si].clone();
            let sentence = &text[sr.clone()];
            let mut skip_until = 0;
            // A part of a total seen in the sentence ("Twelve of the 47
            // cases"): the sentence's other figures speak of parts.
            let mut part_seen = false;
            // The sentence's periods, scanned once for all its figures.
            let mut periods: Option<Vec<(Range<usize>, String)>> = None;
            // The sentence's names, places and years, read for its first
            // figure and kept for the others.
            let mut sentence_marks: Option<SentenceMarks> = None;
            // The sentence lower-cased, and whether it says its figure is a
            // total, read for the first figure that needs them.
            let mut lower_sentence: Option<String> = None;
            let mut totals: Option<bool> = None;
            // Whether the sentence speaks of a running count, and of a
            // total or a separate one, read for its first figure.
            let mut running_separate: Option<(bool, bool)> = None;
            for c in super::scan::figures(sentence) {
                let mut whole = c.get(0).map_or(0..0, |m| m.range());
                if whole.start < skip_until {
                    continue;
                }
                let before = super::before(sentence, whole.start, 40).to_lowercase();
                let before = before.as_str();
                let mut after_text = &sentence[whole.end..];
                // "The measure passed 7-2": a vote's tally.
                if let (Some(n), false) = (c.get(2), before.ends_with(['-', '–', '/', '.', ':']))
                {
                    if let Some((other, other_digits, len)) = dash_tally(after_text, sentence) {
                        let start = sr.start + whole.start;
                        let end = sr.start + whole.end + len;
                        skip_until = whole.end + len;
                        let value: f64 = n.as_str().parse().unwrap_or(0.0);
                        let quote = speech
                            .partition_point(|q| q.start <= start)
                            .checked_sub(1)
                            .filter(|&q| end <= speech[q].end);
                        facts.push(CountFact {
                            key: format!("{} tally", stem("vote")),
                            figure: Figure {
                                lo: value,
                                hi: value,
                                digits: n.as_str().to_string(),
                                other_side: Some((other, other_digits)),
                                decimal: false,
                            },
                            range: start..end,
                            sentence: si,
                            back_ref: false,
                            quote,
                            period: period_in(ctx, si, &mut periods, start),
                            money: false,
                            changes: false,
                            part: false,
                            heading,
                            tallied: true,
                            said: None,
                            marks: Marks::default(),
                            definite: false,
                            nouns: Vec::new(),
                            alt_key: None,
                            modifier_keys: Vec::new(),
                            described: None,
                            verb_things: Vec::new(),
                            scaled: false,
                            totals: false,
                            place: None,
                            event: None,
                            dated: false,
                            said_after: false,
                            agent: None,
                            purpose: None,
                            deed: None,
                            running: false,
                            separate: false,
                            embedded: false,
                            deed_object: None,
                            compound: false,
                            listed: false,
                        });
                        continue;
                    }
                }
                // "a 440m-euro profit", "a 2.5 billion-dollar deal": the
                // currency joined to the figure by a hyphen makes it money,
                // and the noun after it is what the money counts.
                let joined_currency = joined_currency(after_text);
                if let Some(len) = joined_currency {
                    whole.end += len;
                    after_text = &sentence[whole.end..];
                }
                // "the 30,000-signature petition", "a 500-job cut", "the
                // 1,200-strong workforce": a figure joined to the noun it
                // counts, or to "strong" before the noun of the whole.
                let compound = compound_noun(after_text).filter(|_| joined_currency.is_none());
                if let Some((len, _)) = compound {
                    whole.end += len;
                    after_text = &sentence[whole.end..];
                }
                // "61% turnout", "turnout was 61 per cent": a share, read
                // with the noun it is of and compared only with shares.
                let percent = (compound.is_none() && c.get(1).is_none() && c.get(3).is_none())
                    .then(|| {
                        ["%", " per cent", " percent"].iter().find(|p| {
                            after_text.starts_with(*p)
                                && !after_text[p.len()..].starts_with(char::is_alphanumeric)
                        })
                    })
                    .flatten()
                    .filter(|_| c.get(2).is_some());
                if let Some(p) = percent {
                    whole.end += p.len();
                    after_text = &sentence[whole.end..];
                }
                let percent = percent.is_some();
                // Inside a word or a compound: "54-year-old", "4-3", "2nd", "1990s".
                if before.ends_with(['-', '/', '.', ':'])
                    || after_text.starts_with(|ch: char| {
                        ch.is_alphanumeric() || matches!(ch, '-' | '/' | ':' | '%')
                    })
                {
                    continue;
                }
                let currency = c.get(1).is_some() || joined_currency.is_some();
                let (value, digits) = if let Some(n) = c.get(2) {
                    let raw = n.as_str();
                    let v: f64 = raw.replace(',', "").parse().unwrap_or(0.0);
                    (
                        v,
                        raw.chars().filter(char::is_ascii_digit).collect::<String>(),
                    )
                } else {
                    let w = c.get(4).map_or("", |m| m.as_str()).to_lowercase();
                    let w = w.trim_start_matches("a ").to_string();
                    match number_word(&w) {
                        // "nine hundred homes": the word and its hundreds.
                        Some(v) => match after_text.get(..8) {
                            Some(h)
                                if h.eq_ignore_ascii_case(" hundred")
                                    && !after_text[8..].starts_with(char::is_alphanumeric) =>
                            {
                                whole.end += 8;
                                after_text = &sentence[whole.end..];
                                (v * 100.0, String::new())
                            }
                            _ => (v, String::new()),
                        },
                        None => continue,
                    }
                };
                let scale_word = c.get(3).map(|m| m.as_str().to_lowercase());
                // A bare "m", "b" or "k" scales only money.
                let scaled = match scale_word.as_deref() {
                    Some("m" | "b" | "k" | "mn" | "bn" | "tn") if !currency => continue,
                    Some(w) => value * scale(w).unwrap_or(1.0),
                    None => value,
                };
                // A year, not a count.
                if !currency
                    && scale_word.is_none()
                    && digits.len() == 4
                    && (1800.0..=2100.0).contains(&value)
                    && !c[2].contains(',')
                {
                    continue;
                }
                let start = sr.start + whole.start;
                let end = sr.start + whole.end;
                // A range: "12 to 14 people", "between 12 and 14".
                let mut lo = scaled;
                let mut hi = scaled;
                let mut tail_start = end;
                let mut tally: Option<(f64, String)> = None;
                let mut tallied = false;
                if let Some(t) = super::scan::range_tail(after_text) {
                    let other: f64 = t[1].replace(',', "").parse().unwrap_or(0.0);
                    let factor = if value > 0.0 { scaled / value } else { 1.0 };
                    let other = other * factor;
                    let len = t.get(0).map_or(0, |m| m.end());
                    skip_until = whole.end + len;
                    // "The tally was 2,314 to 958": a tally, the larger side
                    // first; a range runs up ("12 to 14").
                    if other < scaled && !t[0].contains("and") && !t[0].contains("or") {
                        tally = Some((
                            other,
                            t[1].chars()
                                .filter(char::is_ascii_digit)
                                .collect::<String>(),
                        ));
                    } else {
                        lo = lo.min(other);
                        hi = hi.max(other);
                        tail_start = end + len;
                    }
                }
                // The range's second figure, read on its own.
                let prev_words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
                if matches!(
                    prev_words.first().copied(),
                    Some("to" | "and" | "or" | "-" | "–")
                ) && prev_words.get(1).is_some_and(|w| {
                    w.trim_start_matches(['$', '£', '€'])
                        .starts_with(|ch: char| ch.is_ascii_digit())
                }) {
                    continue;
                }
                // Hedges widen the figure.
                let hedge = |w: &str| before.trim_end().ends_with(w);
                if hedge("at least") || hedge("more than") || hedge("over") || hedge("upwards of") {
                    hi = f64::INFINITY;
                } else if hedge("fewer than")
                    || hedge("less than")
                    || hedge("under")
                    || hedge("up to")
                    || hedge("as many as")
                {
                    lo = 0.0;
                } else if hedge("nearly") || hedge("almost") || hedge("just under") {
                    lo *= 0.9;
                } else if hedge("about")
                    || hedge("some")
                    || hedge("around")
                    || hedge("roughly")
                    || hedge("approximately")
                    || hedge("an estimated")
                    || hedge("estimated")
                    || hedge("nearly")
                    || after_text.starts_with(" or so")
                    || after_text.starts_with(" or more")
                {
                    // "some 2,000 jobs" is no "1,700 job cuts".
                    lo *= 0.9;
                    hi *= 1.1;
                }
                if after_text.starts_with(" or more") || after_text.starts_with(" plus") {
                    hi = f64::INFINITY;
                }
                // "a $40bn (£21bn) deal": the same money in another
                // currency in brackets, and the noun after them is counted.
                if currency {
                    if let Some(len) = conversion_after(&text[tail_start..sr.end]) {
                        tail_start += len;
                    }
                }
                // A part of a total: "12 of the 47 cases", "two of them".
                let part = text[tail_start..sr.end].trim_start().starts_with("of ");
                let parts_before = part_seen;
                part_seen |= part;
                // The head noun of what is counted.
                let compound_head = compound.and_then(|(len, noun)| {
                    noun.then(|| sr.start + whole.end - len + 1..sr.start + whole.end)
                });
                let ws = if tally.is_some() || compound_head.is_some() {
                    &[][..]
                } else {
                    words_of(ctx, tail_start..sr.end)
                };
                let mut head: Option<Range<usize>> = compound_head.clone();
                let mut nouns: Vec<String> = compound_head
                    .iter()
                    .map(|h| stem(ctx.doc.text(h.clone())))
                    .collect();
                let mut run: Vec<String> = Vec::new();
                let mut participle_noun: Option<String> = None;
                let mut described: Option<String> = None;
                let mut taken = 0;
                let mut money = currency;
                // "3 million euros were lost": the currency's word ends the phrase.
                let mut money_word_end: Option<usize> = None;
                let mut increment = false;
                let mut place: Option<&str> = None;
                for (k, w) in ws.iter().take(5).enumerate() {
                    if !w.is_word {
                        break;
                    }
                    let t = ctx.doc.text(w.range.clone());
                    let l = t.to_lowercase();
                    // "53 confirmed sightings", "the 12 reported deaths": a
                    // saying verb's participle before a noun describes it.
                    let describes = head.is_none()
                        && l.ends_with("ed")
                        && ws.get(k + 1).is_some_and(|n| {
                            let nt = ctx.doc.text(n.range.clone());
                            n.is_word
                                && nt.starts_with(char::is_lowercase)
                                && !is_function_word(nt)
                                && !is_light_verb(nt)
                        });
                    if describes {
                        described = Some(stem(&l));
                        continue;
                    }
                    // "six more cases": an increment, a change.
                    if k == 0 && l == "more" {
                        increment = true;
                        continue;
                    }
                    if head.is_none() && is_currency_word(&l) {
                        money = true;
                        money_word_end = Some(w.range.end);
                        continue;
                    }
                    // "1,300 Leeds workers": a place before the noun is
                    // where they are, and the noun after it is counted.
                    if head.is_none()
                        && place.is_none()
                        && crate::checks::names::is_place(t)
                        && ws.get(k + 1).is_some_and(|n| {
                            n.is_word
                                && ctx
                                    .doc
                                    .text(n.range.clone())
                                    .starts_with(char::is_lowercase)
                        })
                    {
                        place = Some(t);
                        continue;
                    }
                    if !t.starts_with(|ch: char| ch.is_lowercase())
                        || is_function_word(&l)
                        || ends_a_noun_phrase(&l)
                        || is_light_verb(&l)
                        || matches!(
                            l.as_str(),
                            "now" | "ago" | "later" | "each" | "apiece" | "people's"
                        )
                        || l.ends_with("ly")
                    {
                        break;
                    }
                    // "About 300 homes lost power": a past tense after
                    // the noun is the clause's verb.
                    if head.is_some() && is_irregular_past(&l) {
                        break;
                    }
                    // "41 people hurt in the crash": a participle spelt as
                    // its base, going on with a preposition, is no noun.
                    if head.is_some()
                        && is_unchanged_participle(&l)
                        && ws.get(k + 1).is_some_and(|n| {
                            n.is_word
                                && is_function_word(&ctx.doc.text(n.range.clone()).to_lowercase())
                        })
                    {
                        break;
                    }
                    // "the £58 million signing has", "a $2bn offering,": a
                    // noun in -ing that ends the money's phrase is its noun.
                    // "an £85m deal for", "the 12 rentals": a word ending
                    // as adjectives do ("-al", "-ive") is the noun there.
                    let ing_noun = k == 0
                        && (money || !l.ends_with("ing"))
                        && !l.ends_with("ed")
                        && ws.get(k + 1).is_none_or(|n| {
                            let nt = ctx.doc.text(n.range.clone()).to_lowercase();
                            !n.is_word || is_function_word(&nt) || is_light_verb(&nt)
                        });
                    if is_modifier(&l) && !ing_noun {
                        if head.is_some() {
                            break;
                        }
                        // "the seven injured were": a participle standing
                        // for the people it describes.
                        if k == taken && !money && (l.ends_with("ed") || is_irregular_past(&l)) {
                            let next = ws.get(k + 1).map(|n| ctx.doc.text(n.range.clone()));
                            if next.is_none_or(|n| {
                                !n.starts_with(char::is_alphabetic)
                                    || is_function_word(&n.to_lowercase())
                            }) {
                                participle_noun = Some(stem(&l));
                                head = Some(w.range.clone());
                                break;
                            }
                        }
                        continue;
                    }
                    head = Some(w.range.clone());
                    if !is_unit(&l) {
                        nouns.push(stem(&l));
                    }
                    run.push(l.clone());
                    taken += 1;
                    if taken == 2 {
                        break;
                    }
                }
                let head_word = head
                    .as_ref()
                    .map(|h| ctx.doc.text(h.clone()).to_lowercase());
                // A measure of a thing: "212 tons of gravel" counts gravel
                // in tons; a measure alone ("36 hours") is no count.
                let head_word: Option<String> = match head_word {
                    Some(unit) if is_unit(&unit) => {
                        let end_of_unit = head.as_ref().map_or(end, |h| h.end);
                        let of_what = super::after(text, end_of_unit, 40)
                            .strip_prefix(" of ")
                            .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next())
                            .filter(|n| {
                                n.len() > 2
                                    && n.starts_with(char::is_lowercase)
                                    && !is_function_word(n)
                                    && !is_unit(n)
                            });
                        match of_what {
                            Some(noun) => Some(format!("{} {}", stem(&unit), stem(noun))),
                            // Votes and seats are counts, but many are
                            // stated in one story: met by transposed digits only.
                            None if matches!(unit.as_str(), "votes" | "seats") => {
                                tallied = true;
                                Some(format!("{} tally", stem(&unit)))
                            }
                            None => continue,
                        }
                    }
                    other => other,
                };
                // The noun before the figure: "an attendance of 4,182", "a
                // crowd of about 900", "the toll stood at 31".
                let lead_words: Vec<&str> = before
                    .trim_end()
                    .trim_end_matches(['$', '£', '€'])
                    .split_whitespace()
                    .rev()
                    .take(4)
                    .collect();
                let mut head_word = head_word;
                if let ["of", n, ..] = lead_words.as_slice() {
                    if n.chars().all(char::is_alphabetic) && !is_function_word(n) && !is_unit(n) {
                        nouns.push(stem(n));
                    }
                }
                // "values the company at $3bn", "was valued at £85m": the
                // noun for what the verb puts at the figure ("valuation").
                if head.is_none() && money {
                    if let ["at", rest @ ..] = lead_words.as_slice() {
                        if let Some(noun) = rest.iter().take(3).find_map(|w| noun_of_verb(w)) {
                            head_word = Some(noun.to_string());
                        }
                    }
                    // "a package of savings worth £3.4m", "the deal, worth
                    // $2bn", "the contract is worth €5m": the noun before
                    // "worth" is what the money is.
                    if let ["worth", rest @ ..] = lead_words.as_slice() {
                        let noun = rest
                            .iter()
                            .map(|w| w.trim_end_matches([',', '—', '–']))
                            .find(|w| !matches!(*w, "is" | "was" | "are" | "were" | "be" | "now"))
                            .filter(|n| {
                                n.len() > 2
                                    && n.chars().all(char::is_alphabetic)
                                    && !is_function_word(n)
                                    && !is_light_verb(n)
                                    && !is_unit(n)
                            });
                        if let Some(n) = noun {
                            nouns.push(stem(n));
                            head_word = Some(n.to_string());
                        }
                    }
                }
                if head.is_none() && head_word.is_none() {
                    let noun = match lead_words.as_slice() {
                        ["of", n, ..] | ["at", "stood", n, ..] | ["at", "put", n, ..] => Some(*n),
                        // "Turnout was 61%", "support is 45 per cent".
                        ["was" | "is", n, ..] if percent => Some(*n),
                        // "The tally was 2,314 to 958": the tally's noun.
                        ["was" | "were", n, ..] if tally.is_some() => {
                            tallied = true;
                            Some(*n)
                        }
                        [h, "of", n, ..]
                            if matches!(
                                *h,
                                "about" | "some" | "nearly" | "around" | "roughly" | "almost"
                            ) =>
                        {
                            Some(*n)
                        }
                        _ => None,
                    };
                    if let Some(n) = noun.filter(|n| {
                        n.chars().all(char::is_alphabetic)
                            && !is_function_word(n)
                            && !matches!(
                                *n,
                                "total"
                                    | "most"
                                    | "many"
                                    | "none"
                                    | "one"
                                    | "part"
                                    | "half"
                                    | "share"
                            )
                    }) {
                        head_word = Some(n.to_string());
                    }
                }
                // "bringing the total to 41", "taking the toll to 31": the
                // total after a change, of the thing counted before it in
                // the sentence or named after "number of".
                let mut resulting: Option<String> = None;
                if head_word.is_none() && !money && before.trim_end().ends_with(" to") {
                    let lead = &sentence[..whole.start].to_lowercase();
                    if let Some(c) = super::scan::total_brought_to(lead) {
                        resulting = match c.get(1) {
                            Some(n) => Some(match count_group(n.as_str()) {
                                Some(g) => format!("group{g}"),
                                None => stem(n.as_str()),
                            }),
                            None => facts
                                .last()
                                .filter(|f| f.sentence == si && !f.money)
                                .map(|f| f.key.clone()),
                        };
                    }
                }
                // "injuring 12", "arrested nine on Saturday": a deed's figure
                // with no noun counts those it was done to.
                let bare_deed = (head.is_none()
                    && head_word.is_none()
                    && !money
                    && resulting.is_none()
                    && participle_noun.is_none())
                .then(|| lead_words.iter().find(|w| !is_hedge_word(w)))
                .flatten()
                .filter(|w| w.len() > 3 && w.chars().all(char::is_alphabetic))
                .map(|w| stem(w))
                .filter(|v| is_deed(v));
                if head_word.is_none()
                    && !money
                    && resulting.is_none()
                    && participle_noun.is_none()
                    && bare_deed.is_none()
                {
                    continue;
                }
                // "found guilty on 11 charges", "convicted on nine counts",
                // "charged with 14 counts": the verdict or the charge names
                // the deed the charges count.
                let verdict_deed = match lead_words.as_slice() {
                    ["on" | "of", "guilty", ..] => Some(stem("convict")),
                    ["on" | "of" | "with", v, ..] | ["on" | "of" | "with", _, v, ..]
                        if v.ends_with("ed") && is_deed(&stem(v)) =>
                    {
                        Some(stem(v))
                    }
                    _ => None,
                }
                .filter(|_| {
                    head_word.as_deref().is_some_and(|h| {
                        matches!(
                            h,
                            "charges" | "counts" | "charge" | "count" | "offences" | "offenses"
                        )
                    })
                });
                if let (true, Some(h)) = (tallied, &head_word) {
                    if !h.contains(' ') {
                        head_word = Some(format!("{} tally", stem(h)));
                    }
                }
                let key = match &head_word {
                    _ if resulting.is_some() => resulting.clone().unwrap_or_default(),
                    _ if bare_deed.is_some() => {
                        format!("deed {}", bare_deed.as_deref().unwrap_or(""))
                    }
                    Some(h) if h.contains(' ') => h.clone(),
                    Some(h) => match count_group(h) {
                        Some(g) => format!("group{g}"),
                        None => stem(h),
                    },
                    None => "money".to_string(),
                };
                let key = if money && head_word.is_some() {
                    format!("money {key}")
                } else {
                    key
                };
                // Before the figure: does it refer back to one stated before?
                let lead = before
                    .trim_end()
                    .trim_end_matches(['$', '£', '€'])
                    .trim_end();
                let lead = [
                    "at least",
                    "more than",
                    "about",
                    "some",
                    "around",
                    "roughly",
                    "nearly",
                    "almost",
                    "approximately",
                ]
                .iter()
                .find_map(|h| lead.strip_suffix(h))
                .unwrap_or(lead)
                .trim_end();
                // "its chosen 29 trustees": a participle between the
                // determiner and the figure.
                // Only after a determiner: "all received two" is a verb.
                let whole_ref = lead
                    .rsplit_once(' ')
                    .is_some_and(|(_, w)| matches!(w, "full" | "entire" | "whole" | "combined"));
                let lead = match lead.rsplit_once(' ') {
                    // "the full $2.1 million gap", "the entire 83
                    // patients": a word for the whole of it refers back too.
                    Some((rest, w))
                        if (w.len() > 4 && w.ends_with("ed")
                            || matches!(w, "full" | "entire" | "whole" | "combined"))
                            && ["the", "its", "their", "his", "her"]
                                .iter()
                                .any(|d| rest == *d || rest.ends_with(&format!(" {d}"))) =>
                    {
                        rest
                    }
                    _ => lead,
                };
                let back_ref = [
                    "the",
                    "its",
                    "their",
                    "his",
                    "her",
                    "all",
                    "total of",
                    "in all,",
                    "altogether,",
                    "overall,",
                ]
                .iter()
                .any(|w| {
                    lead.ends_with(w)
                        && !lead[..lead.len() - w.len()].ends_with(|ch: char| ch.is_alphanumeric())
                });
                // After the noun: "the 64 emails now deemed classified", "the
                // two men who were charged": a restrictive clause picks a part.
                let end_of_head = head
                    .as_ref()
                    .map_or(money_word_end.unwrap_or(end), |h| h.end);
                let after_head = super::after(text, end_of_head, 40)
                    .trim_start()
                    .to_lowercase();
                // "the 14 arrests on Saturday": the ones of that day.
                let dated = ["on ", "during ", "over ", "since ", "by ", "last ", "this "]
                    .iter()
                    .find_map(|p| after_head.strip_prefix(p))
                    .is_some_and(|rest| {
                        crate::calendar::WEEKDAYS
                            .iter()
                            .chain(crate::calendar::MONTHS.iter())
                            .any(|d| {
                                rest.len() >= d.len()
                                    && rest.as_bytes()[..d.len()].eq_ignore_ascii_case(d.as_bytes())
                            })
                            || rest.starts_with("the weekend")
                    });
                let restrictive = [
                    "who ", "that ", "which ", "where ", "whose ", "now ", "in ", "from ", "at ",
                    "with ", "still ",
                ]
                .iter()
                .any(|w| after_head.starts_with(w))
                    // "the 94 titles Brannock picked": a clause of its own.
                    || super::after(text, end_of_head, 2)
                        .trim_start()
                        .starts_with(char::is_uppercase)
                    || {
                        // "the two men charged with fraud" picks a part;
                        // "the six hikers introduced themselves" is
                        // the clause's verb, with its object after it.
                        let mut next = after_head.split_whitespace().peekable();
                        let participle = next.next().is_some_and(|w| {
                            (w.ends_with("ed") && !matches!(w, "need" | "feed"))
                                || is_irregular_participle(w)
                                    && !next.peek().is_some_and(|n| main_verb_before(n))
                                // "the six people hurt in the second crash"
                                || is_unchanged_participle(w)
                                    && next.peek().is_some_and(|n| is_function_word(n))
                        });
                        let object = next.next().is_some_and(opens_an_object);
                        participle
                            && !object
                            && !(opens_the_sentence(before) && main_verb_after(&after_head))
                    };
                // "the mill's 380 posts", "the union's 1,412 votes"
                // A common noun's possessive, not a name's ("Ohio's 66
                // delegates" are a part) nor a contraction ("that's").
                let possessor = super::before(sentence, whole.start, 40)
                    .trim_end()
                    .trim_end_matches(['$', '£', '€'])
                    .rsplit(' ')
                    .next()
                    .unwrap_or("");
                let owner_named = super::before(sentence, whole.start, 60)
                    .trim_end()
                    .rsplit(' ')
                    .nth(1)
                    .is_some_and(|w| {
                        w.starts_with(char::is_uppercase) && !is_function_word(&w.to_lowercase())
                    });
                let possessive = !owner_named
                    && possessor
                        .strip_suffix("'s")
                        .or_else(|| possessor.strip_suffix("’s"))
                        .is_some_and(|owner| {
                            owner.starts_with(|c: char| c.is_lowercase())
                                && !matches!(
                                    owner,
                                    "that"
                                        | "it"
                                        | "there"
                                        | "what"
                                        | "he"
                                        | "she"
                                        | "here"
                                        | "who"
                                        | "let"
                                        | "where"
                                )
                        });
                // Money without a noun refers back only as the subject of
                // its clause: "the $4.9 million would be raised".
                let bare_money_ok = head_word.is_some()
                    || lead.ends_with("the")
                        && after_head
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| is_function_word(w) || is_light_verb(w));
                // "three tickets each": a figure per member, not a total.
                let each = after_head.starts_with("each") || after_head.starts_with("apiece");
                let back_ref = (back_ref || possessive)
                    && !restrictive
                    && bare_money_ok
                    && !each
                    && !parts_before;
                // The content words of the clause around the figure, read
                // only for a count of people that may be a death toll.
                let near = start.saturating_sub(60).max(sr.start)..(end_of_head + 60).min(sr.end);
                let context = || -> Vec<String> {
                    words_of(ctx, near.clone())
                        .iter()
                        .filter(|w| w.is_word && w.range.end <= sr.end)
                        .filter(|w| {
                            (w.range.start + 60 >= start && w.range.end <= end_of_head + 60)
                                && !(w.range.start >= start && w.range.end <= end_of_head)
                        })
                        .filter_map(|w| {
                            let t = ctx.doc.text(w.range.clone());
                            let l = t.to_lowercase();
                            (t.starts_with(|ch: char| ch.is_lowercase())
                                && t.chars().all(char::is_alphabetic)
                                && !is_function_word(&l)
                                && !is_light_verb(&l)
                                && l.len() > 2)
                                .then(|| stem(&l))
                        })
                        .collect()
                };
                let key = match (&head_word, &participle_noun) {
                    (Some(h), _) if counts_the_dead(h, context) => DEAD.to_string(),
                    (_, Some(p)) if p.starts_with("kill") => DEAD.to_string(),
                    (_, Some(p)) => format!("people {p}"),
                    (Some(h), _) if matches!(h.as_str(), "people" | "persons") => {
                        counted_by_verb(&lead_words).unwrap_or(key)
                    }
                    _ => key,
                };
                // "Fourteen homes on Ash Row were evacuated": the verb
                // said of the count is read past a place named after it.
                let after_place = match past_a_place(&text[end_of_head..sr.end]) {
                    Some(rest) => super::after(rest, 0, 40).trim_start().to_lowercase(),
                    None => after_head.clone(),
                };
                // "Nine people were injured": the people by what happened
                // to them, which "the seven injured" refers back to.
                let result_verb = lead_words.first().is_some_and(|w| leaves_in_a_state(w));
                let reduced = reduced_participle(&after_place);
                let alt_key = head_word
                    .as_deref()
                    .filter(|h| is_people(h))
                    .and_then(|_| {
                        reduced
                            .clone()
                            .filter(|_| result_verb)
                            .or_else(|| people_participle(&lead_words, &after_place))
                    })
                    .map(|p| format!("people {p}"));
                // "convicted of eight counts": "of" is the verb's, and
                // picks out no set.
                let definite = verdict_deed.is_none()
                    && lead_words.first().is_some_and(|w| {
                        matches!(
                            *w,
                            "the"
                                | "its"
                                | "their"
                                | "his"
                                | "her"
                                | "these"
                                | "those"
                                | "all"
                                | "of"
                        ) || w.ends_with("'s")
                            || w.ends_with("’s")
                    });
                // What the clause says of the count ("killed 14 people",
                // "12 people were killed", "left 21 people injured", "the
                // ten horses rescued"), and the names, places and dates
                // around it ("in Ohio", "on Monday").
                let (said, said_after) = match predicate(&lead_words, &after_place) {
                    Some((v, true)) => (Some(v), true),
                    _ if result_verb && reduced.is_some() => (reduced.clone(), true),
                    Some((v, false)) => (Some(v), false),
                    None if definite && reduced.is_some() => (reduced.clone(), true),
                    None => (None, false),
                };
                // "3,000 people signed the petition": the counted noun is
                // the subject of the verb after it.
                let active = (said.is_none() && !definite && head.is_some())
                    .then(|| active_after(&after_place))
                    .flatten();
                // "the 300 workers who walked out": the deed said of the
                // whole set in a relative clause.
                let relative = (said.is_none() && definite && head.is_some())
                    .then(|| after_place.strip_prefix("who ").and_then(active_after))
                    .flatten();
                let said_after = said_after || relative.is_some();
                let acted = active.is_some() || relative.is_some();
                let said = said.or(active).or(relative);
                // The doer of an active verb before the figure; a passive's
                // or a participle's after the noun is not named there.
                let agent = said
                    .as_ref()
                    .filter(|_| !said_after && !acted)
                    .and_then(|_| doer(&super::before(sentence, whole.start, 80).to_lowercase()));
                let said_after = said_after
                    && said
                        .as_deref()
                        .is_some_and(|v| clause_ends_with(&after_place, v));
                let purpose = (money && head.is_none())
                    .then(|| purpose_of(&after_head))
                    .flatten();
                let head_lower = head_word.as_deref();
                let deed = verdict_deed
                    .or_else(|| bare_deed.clone())
                    .or_else(|| participle_noun.clone().filter(|p| is_deed(p)))
                    .or_else(|| head_lower.and_then(deed_of_noun));
                // "Forty staff were sacked", "detained 40 demonstrators":
                // a deed said of the counted noun, done to what it names.
                let said_deed = said
                    .clone()
                    .filter(|v| is_deed(v))
                    .filter(|_| deed.is_none() && head_lower.is_some_and(|h| !h.contains(' ')));
                let deed_object = match (&said_deed, head_lower) {
                    (Some(_), Some(h)) if is_people(h) => Some("people".to_string()),
                    (Some(_), Some(_)) => Some(key.clone()),
                    _ if participle_noun.is_some() => Some("people".to_string()),
                    _ => None,
                };
                let deed = deed.or(said_deed);
                let (running, separate) = *running_separate.get_or_insert_with(|| {
                    let lower = lower_sentence.get_or_insert_with(|| sentence.to_lowercase());
                    let running = by_a_time(lower)
                        || starts_a_word(
                            lower,
                            &[
                                "since",
                                "so far",
                                "to date",
                                "this year",
                                "this month",
                                "this week",
                                "over the past",
                                "over the last",
                                "in recent",
                            ],
                        );
                    let separate = running
                        || starts_a_word(
                            lower,
                            &[
                                "in all",
                                "altogether",
                                "overall",
                                "total",
                                "a second",
                                "separate",
                                "earlier",
                                "previous",
                            ],
                        );
                    (running, separate)
                });
                // The verb and, before it, the noun that does it or has it
                // done ("the merger will save", "the scheme cost").
                let verb_things: Vec<String> = match &said {
                    Some(v) => std::iter::once(v.clone())
                        .chain(
                            lead_words
                                .iter()
                                .skip_while(|w| is_hedge_word(w))
                                .skip(1)
                                // Modals and "also" are function words.
                                .find(|w| !is_function_word(w) && **w != "now")
                                .filter(|w| w.len() > 2 && w.chars().all(char::is_alphabetic))
                                .map(|w| stem(w)),
                        )
                        .collect(),
                    None => Vec::new(),
                };
                // A sentence's first word is a mark only where the names
                // model reads it as a name ("Okafor needs 612 trustees").
                // Read once per sentence; the figure's own words are no mark.
                let all = sentence_marks
                    .get_or_insert_with(|| {
                        let mut marks: Vec<(Range<usize>, Box<str>)> = words_of(ctx, sr.clone())
                            .iter()
                            .filter(|w| {
                                w.is_word
                                    && (w.range.start > sr.start
                                        || ctx.names.mention_at(w.range.start).is_some_and(|m| {
                                            use crate::checks::names as n;
                                            // A lone capitalised word the draft
                                            // explains no further, and no name
                                            // or place ("Critics", "Engineers"),
                                            // opens the sentence.
                                            let t = ctx.doc.text(w.range.clone());
                                            ctx.names.mentions[m].kind != n::NameKind::Unknown
                                                || n::is_established_surname(t)
                                                || n::is_given_name(t)
                                                || n::is_place(t)
                                        }))
                            })
                            .map(|w| (w.range.clone(), ctx.doc.text(w.range.clone())))
                            .filter(|(_, t)| {
                                t.starts_with(char::is_uppercase)
                                    || t.len() == 4 && t.chars().all(|c| c.is_ascii_digit())
                            })
                            .map(|(r, t)| (r, Box::from(t)))
                            .collect();
                        marks.truncate(32);
                        marks.into()
                    })
                    .clone();
                let marks = Marks {
                    all,
                    own: start..end_of_head,
                };
                // The last speech quote opening at or before the figure.
                let quote = speech
                    .partition_point(|q| q.start <= start)
                    .checked_sub(1)
                    .filter(|&q| end <= speech[q].end);
                let key = if percent {
                    if head_word.as_deref().is_some_and(measures_a_change) {
                        continue;
                    }
                    format!("percent {key}")
                } else {
                    key
                };
                facts.push(CountFact {
                    key,
                    figure: Figure {
                        lo,
                        hi,
                        digits,
                        other_side: tally,
                        decimal: scale_word.is_some()
                            && c.get(2).is_some_and(|n| n.as_str().contains('.')),
                    },
                    range: start..end_of_head.max(end),
                    sentence: si,
                    back_ref,
                    quote,
                    period: period_in(ctx, si, &mut periods, start),
                    changes: {
                        // The clause around the figure: a change named
                        // far off in a long sentence is another thing's.
                        let from = super::before(text, start, 80);
                        let from = &from[from.rfind([';', '.']).map_or(0, |i| i + 1)..];
                        let lo = (start - from.len()).max(sr.start);
                        let hi = (end_of_head.max(end) + 20).min(sr.end);
                        let mut hi_b = hi;
                        while !text.is_char_boundary(hi_b) {
                            hi_b -= 1;
                        }
                        // A plan ("budget", "target") is another state
                        // of the thing, unless the figure refers back to
                        // it ("the full $5.4 million renovation budget").
                        // An offer or a demand is one where the clause
                        // speaks of it, but a figure for the whole of the
                        // thing ("the proposed savings would meet the whole
                        // $2.1 million") is an offer only in its own words.
                        let clause = &text[lo..hi_b];
                        // Its own words: the figure's phrase and the noun
                        // it is "of" ("the offer of the full 10 holidays").
                        let of_noun = lead
                            .rsplit_once(' ')
                            .and_then(|(rest, _)| rest.trim_end().strip_suffix(" of"))
                            .and_then(|rest| rest.rsplit(' ').next())
                            .unwrap_or("");
                        let own = format!("{of_noun} {}", &text[start..end_of_head.max(end)]);
                        increment
                            || resulting.is_none()
                                && (speaks_of_change(&text[lo..start], &text[start..hi_b])
                                    || speaks_of_stance(if whole_ref { &own } else { clause })
                                    || !back_ref && speaks_of_plan(clause))
                    },
                    money,
                    part,
                    heading,
                    tallied,
                    nouns,
                    alt_key,
                    said,
                    marks,
                    definite,
                    modifier_keys: run[..run.len().saturating_sub(1)]
                        .iter()
                        .filter(|w| !is_unit(w))
                        .map(|w| key_of(w))
                        .collect(),
                    described,
                    verb_things,
                    scaled: scale_word.is_some(),
                    totals: *totals.get_or_insert_with(|| {
                        starts_a_word(
                            lower_sentence.get_or_insert_with(|| sentence.to_lowercase()),
                            &["in total", "in all", "altogether", "overall", "a total of"],
                        )
                    }),
                    place: place.map(Box::from),
                    dated,
                    said_after,
                    agent,
                    purpose,
                    deed,
                    running,
                    separate,
                    embedded: definite && lead_words.get(1) == Some(&"of"),
                    deed_object,
                    compound: compound.is_some(),
                    listed: listed_with_another(sentence, whole.clone()),
                    event: match lead_words.as_slice() {
                        ["of", n, d, ..]
                            if matches!(*d, "the" | "its" | "their" | "his" | "her")
                                && n.len() > 3
                                && n.chars().all(char::is_alphabetic)
                                && !is_function_word(n) =>
                        {
                            Some(stem(n))
                        }
                        _ => None,
                    },
                });
            }
        }
    }
    report(ctx, &facts, out);
    vote_sides(ctx, &speech, out);
}

/// Words that make a vote one of several: a tally or a side in a
/// sentence with one of these may be another vote's.
fn another_vote(sentence_lower: &str) -> bool {
    sentence_lower.split(|c: char| !c.is_alphabetic()).any(|w| {
        matches!(
            w,
            "amendment"
                | "amendments"
                | "again"
                | "another"
                | "first"
                | "second"
                | "third"
                | "final"
                | "earlier"
                | "later"
                | "committee"
                | "procedural"
                | "previous"
                | "reading"
                | "round"
                | "motions"
                | "similar"
        )
    })
}

/// A figure as a word of its own: digits (at most four, no comma) or a
/// number word.
fn small_count(token: &str) -> Option<f64> {
    if !token.is_empty() && token.len() <= 4 && token.bytes().all(|b| b.is_ascii_digit()) {
        return token.parse().ok();
    }
    number_word(token)
}

/// "by 31 votes to 24", "voted 31 to 24", "passed 31-24": a vote's two
/// sides in a sentence about a vote, with the byte range of the tally
/// within the sentence. `lower` is the sentence lower-cased.
fn tally_in(lower: &str) -> Option<(f64, f64, Range<usize>)> {
    if !about_a_vote(lower) {
        return None;
    }
    let words: Vec<(usize, &str)> = word_spans(lower);
    for (k, (at, w)) in words.iter().enumerate() {
        let before = k.checked_sub(1).map(|p| words[p].1);
        if matches!(before, Some("from" | "between")) {
            continue;
        }
        if let Some((a, b)) = w.split_once(['-', '–']) {
            if let (Some(x), Some(y)) = (small_count(a), small_count(b)) {
                if a.bytes().all(|c| c.is_ascii_digit()) && b.bytes().all(|c| c.is_ascii_digit()) {
                    return Some((x, y, *at..at + w.len()));
                }
            }
            continue;
        }
        let Some(x) = w
            .bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| small_count(w))
            .flatten()
        else {
            continue;
        };
        let mut n = k + 1;
        if words
            .get(n)
            .is_some_and(|(_, v)| matches!(*v, "votes" | "vote"))
        {
            n += 1;
        }
        if words.get(n).is_some_and(|(_, v)| *v == "to") {
            if let Some((end_at, y)) = words.get(n + 1) {
                if y.bytes().all(|c| c.is_ascii_digit()) {
                    if let Some(y) = small_count(y) {
                        return Some((x, y, *at..end_at + words[n + 1].1.len()));
                    }
                }
            }
        }
    }
    None
}

/// The words of `text` with their byte offsets, trimmed of punctuation
/// ("31-24," is "31-24").
fn word_spans(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    for piece in text.split(char::is_whitespace) {
        let trimmed = piece.trim_matches(|c: char| !c.is_alphanumeric());
        if !trimmed.is_empty() {
            // (`trimmed` is a slice of `piece`: its offset is where it starts)
            let lead = trimmed.as_ptr() as usize - piece.as_ptr() as usize;
            out.push((from + lead, trimmed));
        }
        from += piece.len() + 1;
    }
    out
}

/// Whether a word of `sentence` starts with a word that a tally or a side
/// of a vote needs (vote, ballot, passed, approved, rejected, margin,
/// against, favour): a test that costs no lower-casing, passed by every
/// sentence `tally_in` or `side_in` can read anything from.
fn mentions_a_vote(sentence: &str) -> bool {
    const STEMS: [&[u8]; 8] = [
        b"vot",
        b"ballot",
        b"passed",
        b"approved",
        b"rejected",
        b"margin",
        b"against",
        b"favo",
    ];
    let b = sentence.as_bytes();
    // Only a word starting with one of the stems' first letters is tried.
    (0..b.len()).any(|i| {
        matches!(b[i] | 0x20, b'v' | b'b' | b'p' | b'a' | b'r' | b'm' | b'f')
            && (i == 0 || !b[i - 1].is_ascii_alphabetic())
            && STEMS
                .iter()
                .any(|s| b.len() >= i + s.len() && b[i..i + s.len()].eq_ignore_ascii_case(s))
    })
}

/// One side of a vote ("24 voted against", "with 26 against", "the 31 in
/// favour", "26 councillors who voted against"): the figure, whether it
/// is the side against, and the byte range within the sentence.
/// `lower` is the sentence lower-cased.
fn side_in(lower: &str) -> Vec<(f64, bool, Range<usize>)> {
    let words = word_spans(lower);
    let mut out = Vec::new();
    for (k, (at, w)) in words.iter().enumerate() {
        let Some(x) = small_count(w) else { continue };
        // "31 of the 55 voted": a part.
        let mut n = k + 1;
        let word = |i: usize| words.get(i).map_or("", |(_, v)| *v);
        // One noun for the voters ("26 councillors").
        if word(n).len() > 2
            && !is_function_word(word(n))
            && !matches!(word(n), "voted" | "against" | "in" | "for")
            && word(n).chars().all(char::is_alphabetic)
        {
            n += 1;
        }
        if matches!(word(n), "who" | "that") {
            n += 1;
        }
        if matches!(word(n), "had" | "have") {
            n += 1;
        }
        let voted = matches!(word(n), "voted" | "voting");
        if voted {
            n += 1;
        }
        let against = match (word(n), word(n + 1)) {
            // "scored 26 against Yorkshire": a bare "against" is a side
            // only in a sentence about a vote.
            ("against", _) if voted || about_a_vote(lower) => Some((true, n)),
            ("in", "favour" | "favor") => Some((false, n + 1)),
            ("for" | "yes", _) if voted => Some((false, n)),
            ("no", _) if voted => Some((true, n)),
            _ => None,
        };
        if let Some((against, last)) = against {
            let (end, lw) = words[last];
            out.push((x, against, *at..end + lw.len()));
        }
    }
    out
}

/// "The motion passed by 31 votes to 24" … "24 voted against": a side of
/// the vote restated with another figure. Compared only where the story
/// gives one tally, neither sentence marks a vote as one of several ("the
/// first reading", "the amendment"), and the side's sentence names no one
/// and nothing the tally's does not ("12 Republicans voted against" is a
/// part of a side).
fn vote_sides(ctx: &Ctx, speech: &[Range<usize>], out: &mut Vec<Finding>) {
    let text = &ctx.doc.prose;
    if !text.contains("against") && !text.contains("favo") && !text.contains("voted") {
        return;
    }
    let quote_of = |offset: usize| {
        speech
            .partition_point(|q| q.start <= offset)
            .checked_sub(1)
            .filter(|&q| offset < speech[q].end)
    };
    // Each tally: its sides, its range, its sentence, and whether the
    // sides are known as for and against ("31 voted in favour and 24
    // against": a, then b).
    let mut tallies: Vec<(f64, f64, Range<usize>, usize, bool)> = Vec::new();
    // The sentences that mention a vote, each with its lower-cased text,
    // found once for both passes.
    let mut voting: Vec<(usize, String)> = Vec::new();
    for (si, sr) in ctx.doc.sentences.iter().enumerate() {
        let sentence = &text[sr.clone()];
        if !mentions_a_vote(sentence) {
            continue;
        }
        let lower = sentence.to_lowercase();
        if let Some((a, b, r)) = tally_in(&lower) {
            tallies.push((a, b, sr.start + r.start..sr.start + r.end, si, false));
        } else if let [(a, false, ra), (b, true, rb)] = side_in(&lower).as_slice() {
            if about_a_vote(sentence) {
                tallies.push((*a, *b, sr.start + ra.start..sr.start + rb.end, si, true));
            }
        }
        voting.push((si, lower));
    }
    let Some((a, b, tally_range, tally_si, directed)) = tallies.first().cloned() else {
        return;
    };
    // "by 31 votes to 24" … "31 voted in favour and 26 against": a later
    // pair of sides that keeps the winning side restates the tally, and
    // its other side is read as a side of it.
    let restated = |t: &(f64, f64, Range<usize>, usize, bool)| {
        t.4 && t.3 != tally_si && t.0 == a.max(b) && t.1 != a.min(b)
    };
    let one_vote = tallies
        .iter()
        .all(|t| (t.0 == a && t.1 == b) || (t.0 == b && t.1 == a) || restated(t));
    // Every tally's sentence mentions a vote.
    let sentence_lower = |si: usize| {
        voting
            .iter()
            .find(|(v, _)| *v == si)
            .map_or("", |(_, l)| l.as_str())
    };
    if !one_vote || tallies.iter().any(|t| another_vote(sentence_lower(t.3))) {
        return;
    }
    let tally_marks: Vec<&str> =
        marks_of(&text[ctx.doc.sentences[tally_si].clone()], false).collect();
    let tally_quote = quote_of(tally_range.start);
    let tally_period = period_of(ctx, tally_range.start);
    for (si, lower) in &voting {
        let (si, lower) = (*si, lower.as_str());
        let sr = &ctx.doc.sentences[si];
        if tallies.iter().any(|t| t.3 == si && !restated(t))
            || another_vote(lower)
            || speaks_of_change(lower, "")
        {
            continue;
        }
        // A period the tally's sentence does not name ("In 2019, 26
        // voted against") is another vote's.
        let tally_sentence = &text[ctx.doc.sentences[tally_si].clone()];
        if super::scan::periods(&text[sr.clone()]).any(|c| {
            c.get(1)
                .is_some_and(|p| !tally_sentence.contains(p.as_str()))
        }) {
            continue;
        }
        for (x, against, r) in side_in(lower) {
            let range = sr.start + r.start..sr.start + r.end;
            let agrees = match (directed, against) {
                (true, true) => x == b,
                (true, false) => x == a,
                (false, _) => x == a || x == b,
            };
            // More on one side than voted is no side of this vote ("500
            // residents in favour of the scheme").
            // The side's own clause names no one the tally's sentence does
            // not ("12 Republicans voted against", "among Labour members,
            // 12 voted against"); a party named in another clause of the
            // sentence ("no help from the Harbour Party's four members, while 26
            // voted against") is no owner of the side.
            let clause = side_clause(&text[sr.clone()], r.clone());
            if agrees
                || x > a + b
                || quote_of(range.start) != tally_quote
                || period_of(ctx, range.start) != tally_period
                || !marks_of(
                    &text[sr.start + clause.start..sr.start + clause.end],
                    clause.start > 0,
                )
                .all(|m| tally_marks.contains(&m))
            {
                continue;
            }
            out.push(ctx.conflict(
                "conflicting-count",
                range.clone(),
                tally_range.clone(),
                format!(
                    "“{}” here but the vote was “{}” at line {}: one of the figures is wrong",
                    text[range.clone()].trim(),
                    text[tally_range.clone()].trim(),
                    ctx.line(tally_range.start),
                ),
            ));
        }
    }
}

/// The capitalised words of a piece of a sentence, past its first word
/// unless the piece starts `inside` the sentence.
fn marks_of(piece: &str, inside: bool) -> impl Iterator<Item = &str> {
    word_spans(piece)
        .into_iter()
        .skip(usize::from(!inside))
        .map(|(_, w)| w)
        .filter(|w| w.starts_with(char::is_uppercase))
}

/// The clause of a sentence that holds a vote's side at `side`: from the
/// last break before it ("while", "whereas", "but", "and" after a comma,
/// a semicolon) to the side's end.
fn side_clause(sentence: &str, side: Range<usize>) -> Range<usize> {
    let before = &sentence[..side.start];
    let from = [
        ", while ",
        " while ",
        " whereas ",
        " but ",
        ", and ",
        "; ",
        " – ",
        " — ",
    ]
    .iter()
    .filter_map(|b| before.rfind(b).map(|i| i + b.len()))
    .max()
    .unwrap_or(0);
    from..side.end
}

/// A clause about a change, or about what one side wants: its figures
/// are another state of the thing, never a restatement. `before` and
/// `after` are the clause's words before the figure and from it on; "now"
/// marks a change before the figure ("now 460 pupils"), not after the
/// noun ("the 64 emails now deemed classified" picks a part).
fn speaks_of_change(before: &str, after: &str) -> bool {
    let lower = format!("{} {}", before, after.replace(" now ", " ")).to_lowercase();
    #[rustfmt::skip]
    let change = [
        "rose", "risen", "rising", "fell", "fallen", "falling", "increase", "decrease",
        "grew", "grown", "dropped", "up from", "down from", "compared", "previous",
        "previously", "originally", "initially", "last year", "a year earlier", "a year ago",
        "instead", "revised", "raised to", "lowered", "cut to", "now ", "remaining", "another",
        "additional", "more than doubled",
    ];
    starts_a_word(&lower, &change)
        // "from 40 to 47", "from $2 million"
        || lower.match_indices("from ").any(|(i, m)| {
            lower[i + m.len()..].starts_with(|c: char| c.is_ascii_digit() || "$£€".contains(c))
        })
}

/// Whether one of `words` occurs in `text` at the start of a word: "rose"
/// in "the toll rose", not in "prosecutors". The text is read once, a byte
/// at a time; the words are tried only where one of their first bytes
/// starts a word of the text.
fn starts_a_word(text: &str, words: &[&str]) -> bool {
    if words.contains(&"") {
        return true;
    }
    let mut first = [false; 256];
    for w in words {
        first[usize::from(w.as_bytes()[0])] = true;
    }
    let bytes = text.as_bytes();
    // Whether the character before byte `i` is a letter or a digit: the
    // byte itself when it is ASCII, else the character decoded.
    let inside_word = |i: usize| match i.checked_sub(1).map(|j| bytes[j]) {
        None => false,
        Some(p) if p.is_ascii() => p.is_ascii_alphanumeric(),
        Some(_) => text[..i].ends_with(char::is_alphanumeric),
    };
    // A word's first byte never continues a character: `i` is a boundary.
    bytes.iter().enumerate().any(|(i, &b)| {
        first[usize::from(b)]
            && !inside_word(i)
            && words
                .iter()
                .any(|w| w.as_bytes()[0] == b && bytes[i..].starts_with(w.as_bytes()))
    })
}

#[cfg(test)]
mod starts_a_word_tests {
    use super::starts_a_word;

    #[test]
    fn a_word_counts_only_where_a_word_of_the_text_starts() {
        assert!(starts_a_word("the toll rose to 40", &["fell", "rose"]));
        assert!(starts_a_word("rose to 40", &["rose"]));
        assert!(starts_a_word("(up from 30)", &["up from"]));
        assert!(starts_a_word("a long-expected result", &["expected"]));
        assert!(starts_a_word("café·rose", &["rose"]));
        assert!(!starts_a_word("prosecutors said", &["rose"]));
        assert!(!starts_a_word(
            "the budgetary rules",
            &["target", "budgets"]
        ));
        assert!(!starts_a_word("naïverose", &["rose"]));
        assert!(!starts_a_word("", &["rose"]));
        assert!(!starts_a_word("popped up", &["up from"]));
    }
}

/// A clause about what one side wants or offers: its figure is that side's
/// position, not the thing as it is.
fn speaks_of_stance(text: &str) -> bool {
    let lower = text.to_lowercase();
    starts_a_word(
        &lower,
        &[
            "offer",
            "demand",
            "sought",
            "seeking",
            "asked for",
            "proposed",
            "proposal",
            "wanted",
        ],
    )
}

/// A clause about a plan or an estimate: its figure is what was meant or
/// foreseen, another state of the thing than what happened.
fn speaks_of_plan(text: &str) -> bool {
    let lower = text.to_lowercase();
    starts_a_word(&lower, &["target", "budget", "forecast", "expected"])
}

/// The finding for a later figure that conflicts with an earlier one,
/// quoting both and saying `why`.
/// What a count conflict asks of the writer when neither figure is
/// marked as the other's update.
const WHICH_FIGURE: &str = "one of the figures is wrong, or say what each one counts";

/// The earlier figure a later one conflicts with: the first of the
/// earlier figures of its count, when none of them meets it.
fn first_unmet<'f>(later: &CountFact, earlier: &[&'f CountFact]) -> Option<&'f CountFact> {
    if earlier.iter().any(|e| e.figure.overlaps(&later.figure)) {
        None
    } else {
        earlier.first().copied()
    }
}

fn count_conflict(ctx: &Ctx, later: &CountFact, earlier: &CountFact, why: &str) -> Finding {
    let text = &ctx.doc.prose;
    ctx.conflict(
        "conflicting-count",
        later.range.clone(),
        earlier.range.clone(),
        format!(
            "“{}” here but “{}” at line {}: {why}",
            text[later.range.clone()].trim(),
            text[earlier.range.clone()].trim(),
            ctx.line(earlier.range.start),
        ),
    )
}

fn report(ctx: &Ctx, facts: &[CountFact], out: &mut Vec<Finding>) {
    report_by_key(ctx, facts, out);
    verb_and_noun(ctx, facts, out);
    transposed_across_nouns(ctx, facts, out);
    back_ref_over_a_modifier(ctx, facts, out);
    another_scale(ctx, facts, out);
    done_to_them(ctx, facts, out);
    one_deed(ctx, facts, out);
}

/// "Fourteen people were injured" … "the crash, injuring 12" … "seven
/// injuries": one deed counted under other words, a verb, its participle
/// or its noun, and no noun of a group apart ("people", or none). Never
/// met: a figure picked out by a determiner without the deed after its
/// noun, a running or separate count, two doers, or what keeps any two
/// figures apart ([`comparable`]).
fn one_deed(ctx: &Ctx, facts: &[CountFact], out: &mut Vec<Finding>) {
    let open = |f: &CountFact| {
        !f.money
            && !f.tallied
            && !f.separate
            && !f.listed
            && (!f.definite || f.said_after && !f.embedded || f.back_ref)
    };
    for (j, later) in facts.iter().enumerate().take(400) {
        let Some(d) = later.deed.as_deref() else {
            continue;
        };
        if !open(later) || marked(ctx, later, out) {
            continue;
        }
        let earlier: Vec<&CountFact> = facts[..j]
            .iter()
            .filter(|e| {
                e.deed.as_deref().is_some_and(|x| same_deed(x, d))
                    && open(e)
                    // An earlier figure picked out by a determiner states
                    // the count only with the deed after its noun.
                    && (!e.definite || e.said_after && !e.embedded)
                    // "evacuated 300 homes" … "evacuated 700 people": the
                    // deed done to two things.
                    && (e.deed_object.is_none()
                        || later.deed_object.is_none()
                        || e.deed_object == later.deed_object)
                    && !other_doers(e, later)
                    && e.period == later.period
                    && comparable_in_any_period(e, later, None)
                    // A figure that refers back is the same set whoever
                    // the clause names ("Judge Crane adjourned sentencing
                    // on the 12 convictions"), but not in another place.
                    && if later.back_ref {
                        later.marks.iter().all(|m| {
                            !crate::checks::names::is_place(m) || e.marks.contains(m)
                        })
                    } else {
                        later.marks.within(&e.marks, false)
                    }
            })
            .collect();
        if let Some(e) = first_unmet(later, &earlier) {
            out.push(count_conflict(ctx, later, e, WHICH_FIGURE));
        }
    }
}

/// Whether two facts compared as one statement are free of what keeps
/// two figures apart: one sentence, two quotes, two periods, a change, a
/// part, a tally, a name or place the later names and the earlier does not.
fn comparable(earlier: &CountFact, later: &CountFact, times_pass: bool) -> bool {
    earlier.period == later.period && comparable_in_any_period(earlier, later, Some(times_pass))
}

/// [`comparable`] but for the periods the two are set in, and for the
/// later's marks where `times_pass` is None (the caller reads them).
fn comparable_in_any_period(
    earlier: &CountFact,
    later: &CountFact,
    times_pass: Option<bool>,
) -> bool {
    earlier.sentence != later.sentence
        && later
            .place
            .as_deref()
            .is_none_or(|p| earlier.marks.contains(p))
        && earlier.quote == later.quote
        && !earlier.changes
        && !later.changes
        && !earlier.part
        && !later.part
        && !earlier.tallied
        && !later.tallied
        && !later.heading
        && !earlier.marks.is_list()
        && !later.marks.is_list()
        && times_pass.is_none_or(|t| later.marks.within(&earlier.marks, t))
}

/// "savings of £3.4 million" … "the £3.4 billion savings": one amount under
/// two scale words (million and billion, m and bn) for one thing. The thing
/// is one when both have the same head noun, or, where one has no noun,
/// when its verb or the noun doing it is the other's noun ("the merger will
/// save £3.4m" … "savings of £3.4bn"). A figure that refers back or a verb
/// met by its noun ties the two; two figures that merely share a noun
/// ("a profit of $4.2m" … "a profit of $4.2bn" for another firm) do not.
fn another_scale(ctx: &Ctx, facts: &[CountFact], out: &mut Vec<Finding>) {
    // The digits that say the amount under its scale: "£3.4 million" and
    // "£3.4bn" are 34, "£250,000" and "£250 million" are 25.
    let significant = |f: &Figure| f.digits.trim_end_matches('0').len();
    let same_digits = |a: &Figure, b: &Figure| {
        let (x, y) = (
            a.digits.trim_end_matches('0'),
            b.digits.trim_end_matches('0'),
        );
        !x.is_empty() && x == y
    };
    for (j, later) in facts.iter().enumerate().take(400) {
        if later.figure.digits.is_empty() || later.tallied || marked(ctx, later, out) {
            continue;
        }
        let found = facts[..j].iter().find(|e| {
            let ratio = e.figure.lo.max(later.figure.lo) / e.figure.lo.min(later.figure.lo);
            let scales_apart = [1e3, 1e6].iter().any(|r| (ratio / r - 1.0).abs() < 1e-6);
            let shares = |a: &[String], b: &[String]| a.iter().any(|x| b.contains(x));
            // The head nouns, where both have one: "a £1.2m grant" is no
            // "£1.2bn grant scheme".
            let same_thing = if !e.nouns.is_empty() && !later.nouns.is_empty() {
                e.key == later.key
            } else {
                shares(&e.nouns, &later.verb_things) || shares(&e.verb_things, &later.nouns)
            };
            // Tied by a figure that refers back, by a verb met by its
            // noun, or by one noun for money of one owner: at least two
            // digits that say the amount ("savings worth £3.4 million" …
            // "savings of £3.4 billion"), and no other owner named in the
            // later clause ("a rival", "councils across the country").
            let tied = later.back_ref
                || e.back_ref
                || shares(&e.nouns, &later.verb_things)
                || shares(&e.verb_things, &later.nouns)
                || e.money
                    && !e.nouns.is_empty()
                    && !later.nouns.is_empty()
                    && significant(&later.figure) >= 2;
            (e.scaled || later.scaled)
                && e.money == later.money
                && same_digits(&e.figure, &later.figure)
                && e.figure.lo > 0.0
                && e.figure.lo == e.figure.hi
                && later.figure.lo == later.figure.hi
                && scales_apart
                && same_thing
                && tied
                && !names_another_owner(ctx, e)
                && !names_another_owner(ctx, later)
                // One amount under two scales is one whether or not both
                // sentences say its period ("next year's budget" … "over
                // the coming year"); two periods named apart are two.
                && (e.period.is_none() || later.period.is_none() || e.period == later.period)
                && comparable_in_any_period(e, later, None)
                // The speaker who reports the later figure is no owner of it.
                && later.marks.within_clause(&e.marks, {
                    let sr = ctx.doc.sentences[later.sentence].clone();
                    reported_clause(&ctx.doc.prose, sr, later.range.start)
                })
        });
        if let Some(e) = found {
            out.push(count_conflict(
                ctx,
                later,
                e,
                "the same figure under another scale: one of them is wrong",
            ));
        }
    }
}

/// Whether the clause of a figure names an owner of its own that is not
/// the story's subject: another of its kind ("its rival", "another
/// firm", "other councils"), or a whole the story's subject is a part of
/// ("across the country", "nationally"). Words from
/// `data/count_other_owners.txt`.
fn names_another_owner(ctx: &Ctx, fact: &CountFact) -> bool {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let words = WORDS
        .get_or_init(|| list_lines(include_str!("../../../data/count_other_owners.txt")).collect());
    let sr = ctx.doc.sentences[fact.sentence].clone();
    let sentence = ctx.doc.text(sr.clone());
    let at = fact.range.start - sr.start;
    // The clause: from the last break before the figure to the next after.
    let from = sentence[..at].rfind([';', '—', '–']).map_or(0, |i| {
        i + sentence[i..].chars().next().map_or(1, char::len_utf8)
    });
    let to = sentence[at..]
        .find([';', '—', '–'])
        .map_or(sentence.len(), |i| at + i);
    sentence[from..to]
        .split(|c: char| !c.is_alphabetic())
        .any(|w| words.iter().any(|o| o.eq_ignore_ascii_case(w)))
}

/// Participles of saying, reckoning or planning: "the 340 confirmed
/// cases", "the 12 expected arrivals" describe how a figure is known or
/// meant, not what happened to the things counted.
fn reckons(participle_stem: &str) -> bool {
    [
        "confirm", "report", "record", "regist", "announc", "estimat", "expect", "plann", "propos",
        "need", "requir", "schedul", "project", "forecast", "predict", "claim", "list", "includ",
        "allocat", "budget", "prefer", "combin", "add", "nam",
    ]
    .iter()
    .any(|w| participle_stem.starts_with(w))
}

/// "Fourteen homes were evacuated" … "the 12 evacuated houses": a figure
/// that refers back with a participle before its noun counts the things
/// the participle's verb was done to, under whatever noun. It meets the
/// figures said with that verb ("were evacuated", "evacuated 14 homes"),
/// in either order, and conflicts when none of them agrees.
fn done_to_them(ctx: &Ctx, facts: &[CountFact], out: &mut Vec<Finding>) {
    for (j, described) in facts.iter().enumerate().take(400) {
        let Some(p) = described.described.as_deref() else {
            continue;
        };
        if !described.back_ref || described.money || reckons(p) || marked(ctx, described, out) {
            continue;
        }
        let said: Vec<(usize, &CountFact)> = facts
            .iter()
            .enumerate()
            .filter(|(i, f)| {
                *i != j
                    && f.said.as_deref().is_some_and(|v| same_deed(v, p))
                    && !f.definite
                    && !f.money
                    && f.key != described.key
                    && if *i < j {
                        comparable(f, described, described.back_ref && !described.dated)
                    } else {
                        comparable(described, f, false)
                    }
            })
            .collect();
        // "Ten more homes were evacuated": with an increment said with
        // the verb, the figure may be the sum.
        let increments = facts
            .iter()
            .any(|f| f.said.as_deref() == Some(p) && f.changes);
        if increments
            || said
                .iter()
                .any(|(_, f)| f.figure.overlaps(&described.figure))
        {
            continue;
        }
        let Some((i, f)) = said.first() else {
            continue;
        };
        let (later, earlier) = if *i < j {
            (described, *f)
        } else {
            (*f, described)
        };
        if marked(ctx, later, out) {
            continue;
        }
        out.push(count_conflict(ctx, later, earlier, WHICH_FIGURE));
    }
}

/// "Police arrested 12 people" … "the 14 arrests", "officers made 12
/// arrests" … "the arrest of 14 fans": one count said by a verb and by
/// its noun. The later figure refers back (a determiner before it, or
/// before the event it is "of"), and the two are free of what keeps
/// figures apart ([`comparable`]); it conflicts when no figure of the
/// event before it agrees.
fn verb_and_noun(ctx: &Ctx, facts: &[CountFact], out: &mut Vec<Finding>) {
    let plain = |f: &CountFact| !f.money && !f.changes && !f.part && !f.tallied;
    for (j, later) in facts.iter().enumerate().take(400) {
        let refers = later.back_ref || later.event.is_some();
        // A figure beside another in its sentence may be a part or a
        // step ("the 20 arrests brought the total to 32").
        // Another count of another thing ("the 210 cancellations affected
        // 30,000 passengers") leaves it alone.
        // Facts are in the order of their sentences.
        let alone = |f: &CountFact| {
            let from = facts.partition_point(|g| g.sentence < f.sentence);
            !facts[from..]
                .iter()
                .take_while(|g| g.sentence == f.sentence)
                .any(|g| {
                    g.range != f.range
                        && (g.key == f.key || g.changes || g.totals || g.money != f.money)
                })
        };
        if !refers || !plain(later) || later.heading || !alone(later) {
            continue;
        }
        // What an earlier fact says happened (its verb, its event) is
        // what the later counts or the event it is of, or the earlier
        // counts the later's event; one noun for both alone is
        // [`report_by_key`]'s.
        // A key read from a second word after the noun may be a verb
        // ("15,000 tickets sold"), and names no event.
        // "the 30,000 signatures": the verb the noun is made from.
        let verb = verb_of_noun(&later.key);
        let names = |t: &str| {
            t == later.key && later.modifier_keys.is_empty()
                || later.event.as_deref() == Some(t)
                || verb.as_deref() == Some(t)
        };
        let meets = |e: &CountFact| {
            e.said.as_deref().is_some_and(names)
                || e.event.as_deref().is_some_and(names)
                || later.event.as_deref() == Some(e.key.as_str())
        };
        let earlier: Vec<&CountFact> = facts[..j]
            .iter()
            .filter(|e| {
                plain(e)
                    && meets(e)
                    && alone(e)
                    && comparable(e, later, later.back_ref && !later.dated)
            })
            .collect();
        let Some(e) = first_unmet(later, &earlier) else {
            continue;
        };
        if marked(ctx, later, out) {
            continue;
        }
        out.push(count_conflict(ctx, later, e, WHICH_FIGURE));
    }
}

/// Whether a finding already marks the fact's statement.
fn marked(ctx: &Ctx, fact: &CountFact, out: &[Finding]) -> bool {
    let range = ctx.doc.to_source(fact.range.clone());
    out.iter()
        .any(|f| f.code == "conflicting-count" && f.range == range)
}

/// "Some 2,000 posts may go" … "the 1,850 post cuts": a figure that
/// refers back with the counted thing as the noun before its head meets
/// the figures of that thing, and conflicts when none of them agrees.
fn back_ref_over_a_modifier(ctx: &Ctx, facts: &[CountFact], out: &mut Vec<Finding>) {
    for (j, later) in facts.iter().enumerate().take(400) {
        // "the 1,850 post cuts" counts posts; "the 4 million member guild"
        // is one union: only a plural head counts what the noun before it names.
        let plural_head = ctx
            .doc
            .text(later.range.clone())
            .rsplit(' ')
            .next()
            .is_some_and(|h| h.ends_with('s') && !h.ends_with("ss"));
        let over_modifier = plural_head && !later.modifier_keys.is_empty();
        let over_participle = later.key.starts_with("people ");
        if !later.back_ref
            || !(over_modifier || over_participle)
            || later.heading
            || later.changes
            || later.part
            || later.tallied
            || marked(ctx, later, out)
        {
            continue;
        }
        let earlier: Vec<&CountFact> = facts[..j]
            .iter()
            .filter(|e| {
                (over_modifier && later.modifier_keys.contains(&e.key)
                    || over_participle && e.alt_key.as_deref() == Some(later.key.as_str()))
                    && e.sentence != later.sentence
                    && later.place.as_deref().is_none_or(|p| e.marks.contains(p))
                    && e.money == later.money
                    && e.period == later.period
                    && !(e.quote.is_some() && later.quote.is_some() && e.quote != later.quote)
                    && !e.changes
                    && !e.part
                    && !e.tallied
            })
            .collect();
        if let Some(e) = first_unmet(later, &earlier) {
            out.push(count_conflict(ctx, later, e, WHICH_FIGURE));
        }
    }
}

/// "4,316 moth specimens" … "the full collection of 4,361 moths":
/// digits in another order, for things keyed by two heads that share a
/// noun of what is counted. Reported only where no finding marks the later
/// figure already.
fn transposed_across_nouns(ctx: &Ctx, facts: &[CountFact], out: &mut Vec<Finding>) {
    for (j, later) in facts.iter().enumerate().take(400) {
        if later.heading || later.changes || later.part || later.tallied || later.nouns.is_empty() {
            continue;
        }
        if marked(ctx, later, out) {
            continue;
        }
        // Every earlier figure of the thing: one with the same digits
        // excuses the later one.
        let shares = |e: &CountFact| {
            e.key != later.key
                && e.sentence != later.sentence
                && e.quote == later.quote
                && e.period == later.period
                && e.nouns.iter().any(|n| later.nouns.contains(n))
        };
        let earlier: Vec<&CountFact> = facts[..j].iter().filter(|e| shares(e)).collect();
        if earlier
            .iter()
            .any(|e| e.figure.digits == later.figure.digits)
        {
            continue;
        }
        let Some(e) = earlier
            .iter()
            .find(|e| !e.tallied && !e.changes && e.figure.transposed(&later.figure))
        else {
            continue;
        };
        out.push(count_conflict(
            ctx,
            later,
            e,
            "the same digits in another order: one of them is transposed",
        ));
    }
}

fn report_by_key(ctx: &Ctx, facts: &[CountFact], out: &mut Vec<Finding>) {
    let mut by_key: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (j, later) in facts.iter().enumerate() {
        let earlier_list = by_key.entry(later.key.as_str()).or_default();
        // A part agrees with a later mention of it ("Twelve of the 47
        // cases … the 12 cases") but conflicts with nothing.
        if later.part {
            if earlier_list.len() < 64 {
                earlier_list.push(j);
            }
            continue;
        }
        let later_changes = later.changes;
        let mut agrees = false;
        // Agreement with a figure of known value: a hedged "at least 882"
        // does not excuse "2,137" after "1,237".
        let mut agrees_exactly = false;
        let mut conflict: Option<usize> = None;
        let mut transposed: Option<usize> = None;
        for &e in earlier_list.iter() {
            let earlier = &facts[e];
            if earlier.sentence == later.sentence
                || earlier.period != later.period
                || earlier.quote.is_some() && later.quote.is_some() && earlier.quote != later.quote
            {
                continue;
            }
            if earlier.part && !earlier.figure.overlaps(&later.figure) {
                continue;
            }
            if earlier.figure.overlaps(&later.figure) {
                agrees = true;
                if earlier.figure.hi.is_finite() && earlier.figure.lo > 0.0 {
                    agrees_exactly = true;
                    break;
                }
                continue;
            }
            if later_changes || earlier.changes {
                continue;
            }
            if transposed.is_none() && earlier.figure.transposed(&later.figure) {
                transposed = Some(e);
            }
            // Two tallies of one vote: the same body (the sides add up to
            // the same number of voters) split two ways, where the story
            // states no other tally before.
            if later.tallied && earlier.tallied && conflict.is_none() {
                let total = |f: &Figure| f.lo + f.other_side.as_ref().map_or(0.0, |o| o.0);
                let tallies_before = earlier_list
                    .iter()
                    .filter(|&&x| facts[x].tallied && facts[x].sentence != later.sentence)
                    .count();
                // "the first vote", "an amendment … again": another vote.
                let another_vote = |f: &CountFact| {
                    ctx.doc
                        .text(ctx.doc.sentences[f.sentence].clone())
                        .to_lowercase()
                        .split(|c: char| !c.is_alphabetic())
                        .any(|w| {
                            matches!(
                                w,
                                "amendment"
                                    | "again"
                                    | "another"
                                    | "first"
                                    | "second"
                                    | "earlier"
                                    | "committee"
                                    | "procedural"
                                    | "previous"
                            )
                        })
                };
                // The sentences are read last, for two tallies that could
                // be one vote.
                if earlier.figure.other_side.is_some()
                    && later.figure.other_side.is_some()
                    && (total(&earlier.figure) - total(&later.figure)).abs() <= 2.0
                    && tallies_before == 1
                    && !another_vote(earlier)
                    && !another_vote(later)
                {
                    conflict = Some(e);
                }
            }
            if conflict.is_some() || later.tallied || earlier.tallied {
                continue;
            }
            if earlier.figure.transposed(&later.figure)
                || later.back_ref
                    && !(later.compound && earlier.definite)
                    && later
                        .place
                        .as_deref()
                        .is_none_or(|p| earlier.marks.contains(p))
                || same_statement(earlier, later)
                    // "The firm sacked 100 workers" … "Its rival fired 50".
                    && !names_another_owner(ctx, earlier)
                    && !names_another_owner(ctx, later)
            {
                conflict = Some(e);
            }
        }
        let first_of_its_kind = !earlier_list
            .iter()
            .any(|&e| facts[e].sentence != later.sentence);
        if earlier_list.len() < 64 {
            earlier_list.push(j);
        }
        if later.heading {
            continue;
        }
        // "the 1,350 idle dockers" after "About 3,150 dockers", "The $47
        // million round" after "raised $74 million": a figure that refers
        // back to one never stated, whose digits are another figure's in
        // another order.
        if conflict.is_none()
            && later.back_ref
            && first_of_its_kind
            && !later_changes
            && !later.tallied
        {
            // A figure stated before with the same digits is the one it
            // refers to; a change's two-digit figures ("rose from $1.2
            // million to $2.1 million") are two states, not a slip.
            let stated = facts[..j].iter().any(|e| {
                e.sentence != later.sentence
                    && (e.figure.digits == later.figure.digits
                        || e.figure.hi.is_finite()
                            && e.figure.lo > 0.0
                            && e.figure.overlaps(&later.figure))
            });
            conflict = facts[..j].iter().position(|e| {
                !stated
                    && e.sentence != later.sentence
                    && e.quote == later.quote
                    && !(e.changes && e.figure.digits.len() < 3)
                    && (e.figure.transposed(&later.figure)
                        || e.money
                            && later.money
                            && e.figure.digits.len() == 2
                            && e.figure.lo / later.figure.lo < 10.0
                            && later.figure.lo / e.figure.lo < 10.0
                            && e.figure.digits.chars().rev().collect::<String>()
                                == later.figure.digits
                            && e.figure.digits != later.figure.digits)
            });
        }
        let conflict = match (conflict.filter(|_| !agrees), transposed) {
            (Some(e), _) => Some(e),
            (None, Some(e)) if !agrees_exactly => Some(e),
            _ => None,
        };
        let Some(earlier) = conflict.map(|e| &facts[e]) else {
            continue;
        };
        let why = if earlier.figure.transposed(&later.figure) {
            "the same digits in another order: one of them is transposed"
        } else {
            WHICH_FIGURE
        };
        out.push(count_conflict(ctx, later, earlier, why));
    }
}

/// The other period a sentence is set in, if it names one: "last
/// November", "In March,", "in 2015", "last year". A date with its day
/// ("on March 3") dates the story's own event and is no other period.
/// [`period_of`] for a figure of sentence `si`, the sentence's periods
/// found on the first call and kept in `periods` for its other figures.
fn period_in(
    ctx: &Ctx,
    si: usize,
    periods: &mut Option<Vec<(Range<usize>, String)>>,
    offset: usize,
) -> Option<String> {
    if ctx.doc.sentence_at(offset) != Some(si) {
        return period_of(ctx, offset);
    }
    let sentence = ctx.doc.text(ctx.doc.sentences[si].clone());
    let at = offset - ctx.doc.sentences[si].start;
    periods
        .get_or_insert_with(|| {
            super::scan::periods(sentence)
                .filter_map(|c| {
                    let whole = c.get(0)?.range();
                    (!dated(&c)).then(|| (whole, c[1].to_string()))
                })
                .collect()
        })
        .iter()
        .find_map(|(whole, period)| {
            sets_the_figure(sentence, whole.clone(), at).then(|| period.clone())
        })
}

fn period_of(ctx: &Ctx, offset: usize) -> Option<String> {
    let si = ctx.doc.sentence_at(offset)?;
    let sentence = ctx.doc.text(ctx.doc.sentences[si].clone());
    let at = offset - ctx.doc.sentences[si].start;
    super::scan::periods(sentence).find_map(|c| {
        let whole = c.get(0)?.range();
        (!dated(&c) && sets_the_figure(sentence, whole, at)).then(|| c[1].to_string())
    })
}

/// A period match that runs on into a day of the month ("in March 3"):
/// the date of the story's own event, not another period. A year ("in
/// 2010") ends in a digit of its own and is a period.
fn dated(c: &super::scan::Groups<'_, 2>) -> bool {
    c.get(0)
        .zip(c.get(1))
        .is_some_and(|(whole, period)| whole.end() > period.end())
}

/// Whether a period named at `period` in a sentence sets the figure at
/// `figure`: it opens the sentence ("In March, the plant cut 300 jobs"),
/// or stands in the figure's own clause. "The ban was called for in
/// December after the pair killed 14 people" sets the call, not the toll.
fn sets_the_figure(sentence: &str, period: Range<usize>, figure: usize) -> bool {
    if sentence[..period.start]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .is_empty()
    {
        return true;
    }
    // A period before the figure sets it through a clause of time ("in
    // November, when bombers killed 130 people"), not through another
    // event ("in December after the pair killed 14"); one after the
    // figure sets it only within its own clause.
    let (between, stops): (&str, &[char]) = if period.end <= figure {
        (&sentence[period.end..figure], &[';', '(', ')'])
    } else {
        (
            &sentence[figure.min(period.start)..period.start],
            &[',', ';', '—', '–', '(', ')'],
        )
    };
    !between.contains(stops)
        && ![" after ", " before ", " because ", " since "]
            .iter()
            .any(|w| between.contains(w))
}

/// The number words the figure pattern reads, each as it must appear
/// (in any case) for the pattern to match: the tens with "-one" and the
/// like, "sixteen" and "a dozen" hold one of these.
const FIGURE_WORDS: [&str; 21] = [
    "dozen", "twenty", "thirty", "forty", "fifty", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fifteen", "sixty", "seventy",
    "ninety",
];

/// Whether the figure pattern can match anywhere in `text`: it needs a
/// decimal digit of any script (`\d` in the pattern) or a number word in
/// any case. Case-insensitive matching also folds the long s (ſ) to "s"
/// and the Kelvin sign to "k", so those are folded here too. A draft with
/// neither is spared the scan for figures.
fn may_hold_figure(text: &str) -> bool {
    if text.chars().any(char::is_numeric) {
        return true;
    }
    let folded: String = text
        .chars()
        .map(|c| match c {
            'ſ' => 's',
            '\u{212A}' => 'k',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    FIGURE_WORDS.iter().any(|w| folded.contains(w))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::counts;
    use super::{may_hold_figure, number_word, FIGURE_WORDS};

    /// Transposition read by counting digits answers as sorting them did,
    /// for every pair of figures (and tally sides) of a few digits.
    #[test]
    fn transposed_digits_are_counted_as_sorting_found_them() {
        use super::Figure;
        let sorted_way = |a: &Figure, b: &Figure| {
            let swapped = |a: &str, b: &str| {
                let (mut x, mut y): (Vec<char>, Vec<char>) =
                    (a.chars().collect(), b.chars().collect());
                x.sort_unstable();
                y.sort_unstable();
                a.len() >= 3 && x == y && a != b
            };
            let sides = |f: &Figure| {
                let mut v = vec![f.digits.clone()];
                if let Some((_, d)) = &f.other_side {
                    v.push(d.clone());
                }
                v
            };
            let (xs, ys) = (sides(a), sides(b));
            !xs.iter().any(|x| ys.contains(x))
                && xs.iter().any(|x| ys.iter().any(|y| swapped(x, y)))
        };
        let digits = [
            "", "1", "12", "21", "123", "132", "321", "1123", "1213", "3211", "٣١٢", "١٣٢", "1023",
            "0123",
        ];
        let figure = |d: &str, other: Option<&str>| Figure {
            lo: 0.0,
            hi: 0.0,
            digits: d.to_string(),
            other_side: other.map(|o| (0.0, o.to_string())),
            decimal: false,
        };
        let mut figures = Vec::new();
        for d in digits {
            figures.push(figure(d, None));
            for o in ["123", "312", "12"] {
                figures.push(figure(d, Some(o)));
            }
        }
        let mut met = 0;
        for a in &figures {
            for b in &figures {
                let want = sorted_way(a, b);
                met += usize::from(want);
                assert_eq!(a.transposed(b), want, "{a:?} {b:?}");
            }
        }
        assert!(met > 50, "{met}");
    }

    /// The guard that spares compiling the figure pattern says no only
    /// where the pattern finds nothing.
    #[test]
    fn a_text_without_a_figure_is_known_before_the_pattern_is_compiled() {
        let figure = regex::Regex::new(
            r"(?i)(?:([$£€])\s?|(?-u:\b))(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|mn|bn|tn|m|b|k)(?-u:\b))?|(?-u:\b)(a dozen|dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?-u:\b)",
        )
        .unwrap();
        // Only the long s and the Kelvin sign fold to an ASCII letter.
        let letter = regex::Regex::new(r"(?i)^[a-z]$").unwrap();
        let folding: Vec<char> = (0x80..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| letter.is_match(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert_eq!(folding, ['ſ', '\u{212A}']);
        for text in [
            "The council met on Tuesday.",
            "Mayor Ruiz said the plan would pass.",
            "Forty people came.",
            "ſix ſeats were filled.",
            "SEVENTEEN were hurt.",
            "Between them, a dozen.",
            "The often-cited report.",
            "It cost \u{0968}\u{0966} rupees.",
            "Ⅻ chapters.",
            "",
        ] {
            let guard = may_hold_figure(text);
            assert!(guard || !figure.is_match(text), "{text}");
        }
        for w in FIGURE_WORDS {
            assert!(
                figure.is_match(w) && may_hold_figure(&w.to_uppercase()),
                "{w}"
            );
        }
        assert!(!may_hold_figure("Mayor Ruiz said the plan would pass."));
        assert!(may_hold_figure("ſIX"));
        assert!(may_hold_figure("It cost \u{0968}\u{0966} rupees."));
    }

    #[test]
    fn number_words() {
        assert_eq!(number_word("twelve"), Some(12.0));
        assert_eq!(number_word("Thirty-eight"), Some(38.0));
        assert_eq!(number_word("dozen"), Some(12.0));
        assert_eq!(number_word("ninety"), Some(90.0));
        assert_eq!(number_word("thirty-ten"), None);
        assert_eq!(number_word("won"), None);
        // Every number word, in any case, passes the test of its first byte.
        for (i, u) in crate::number_words::UNITS.iter().enumerate() {
            assert_eq!(number_word(&u.to_uppercase()), Some(i as f64));
        }
        for (i, t) in crate::number_words::TENS.iter().enumerate() {
            let title = format!("{}{}-Two", &t[..1].to_uppercase(), &t[1..]);
            assert_eq!(number_word(&title), Some(20.0 + 10.0 * i as f64 + 2.0));
        }
        assert_eq!(number_word("DOZEN"), Some(12.0));
        for w in ["12", "", "Mayor", "über", "İki", "(one"] {
            assert_eq!(number_word(w), None);
        }
    }

    #[test]
    fn a_simple_past_after_the_figure_is_its_verb_not_a_part() {
        // An irregular simple past ("came", "drew", "began", "went") is
        // the sentence's verb: the figure still refers back.
        for later in [
            "The 3,480 readers came from every school in the county.",
            "The 3,480 pupils drew praise from the board.",
            "The 3,480 entrants began reading in June.",
            "The 3,480 children went on to finish the list.",
            "Its 3,480 readers took home a certificate each.",
        ] {
            let draft = format!("The program signed up 3,840 students this summer.\n\n{later}");
            assert_eq!(counts(&draft).len(), 1, "{later}");
        }
    }

    #[test]
    fn a_figure_referring_back_meets_the_first() {
        // "the N X" after "N X", the head past a participle
        assert_eq!(
            counts("The airline agreed to buy 36 new planes.\n\nOfficials said the 63 planes would fly regional routes."),
            ["63 planes"]
        );
        // number words, and a possessive common noun before the figure
        assert_eq!(
            counts("Police made four arrests after the match.\n\nThe club's two arrests were both for fighting."),
            ["two arrests"]
        );
        // a total: "In all"
        assert_eq!(
            counts("The blast killed 14 people, officials said.\n\nIn all, 41 people were killed.")
                .len(),
            1
        );
        // money with a scale word, no noun after it
        assert_eq!(
            counts("The campaign raised $3.2 million by June.\n\nNobody has said where the $3.7 million will go."),
            ["$3.7 million"]
        );
        // money with an abbreviated scale and a noun
        assert_eq!(
            counts("The firm closed a €14m funding round.\n\nThe €41m round was led by two banks.")
                .len(),
            1
        );
        // the noun before the figure
        assert_eq!(
            counts("The final was played in front of 4,812 spectators.\n\nThe attendance of 4,182 was a record.").len(),
            1
        );
        // transposed digits for another word of the thing
        assert_eq!(
            counts("About 2,100 members of the union walked out.\n\nEach of the 1,200 striking workers lost a day's pay.").len(),
            1
        );
        // the dead by any of their words
        assert_eq!(
            counts("The flood killed 14 people.\n\nOfficials named the 12 dead on Monday.").len(),
            1
        );
    }

    #[test]
    fn constructions_of_a_count() {
        // a tally: the noun before the figure, the larger side first
        assert_eq!(
            counts("The vote was 1,263 to 795 in favour of the union.\n\nThe union's 1,623 votes were a record.").len(),
            1
        );
        assert!(counts("The vote was 1,263 to 795 in favour of the union.\n\nThe 795 votes against came from the night shift.").is_empty());
        assert!(counts("The vote was 1,263 to 795 in favour of the union.\n\nThe union's 1,263 votes were a record.").is_empty());
        // a change named past the figure's clause belongs to another figure
        assert_eq!(
            counts("The owner will close the plant, eliminating 640 jobs.\n\nLosing the plant's 460 jobs may cost suppliers another 300 positions.").len(),
            1
        );
        assert_eq!(
            counts("The records included 44 letters that were not among the batches of letters she had previously given to the inquiry.\n\nDetails of the 64 letters were not given.").len(),
            1
        );
        // "now" after the noun picks a part; it names no change
        assert_eq!(
            counts("The release includes 64 files now deemed secret.\n\nDetails of the 46 files were not given.").len(),
            1
        );
        // a verb with its object after the noun is the clause's verb
        assert_eq!(
            counts("The night before, six protesters were arrested.\n\nPolice said the four protesters described themselves as members.").len(),
            1
        );
        assert!(counts(
            "Police arrested five men.\n\nThe two men charged with fraud appear on Monday."
        )
        .is_empty());
        // a measure of a thing
        assert_eq!(
            counts("A hectare of pine can store 156 tons of carbon.\n\nThe pines store 516 tons of carbon.").len(),
            1
        );
        assert!(counts(
            "An acre holds 156 tons of carbon.\n\nThe barge carried 516 tons of grain."
        )
        .is_empty());
        // digits in another order, beside a hedged figure of another side
        assert_eq!(
            counts("Clinton has at least 882 delegates. It takes 1,237 delegates to win.\n\nIt takes 2,137 delegates to win.").len(),
            1
        );
        // a part's digits met by a figure referring back
        assert_eq!(
            counts("The county has collected $48 million of the $62 million it promised.\n\nNobody has said where the $84 million will go.").len(),
            1
        );
        // a headline's figure is an earlier statement
        let headed = |src: &str| {
            super::super::test_support::codes(src)
                .into_iter()
                .filter(|(code, _)| code == "conflicting-count")
                .count()
        };
        assert_eq!(
            headed("Rover deal may cost 2,000 jobs\n\nThe union fought for the 1,700 jobs."),
            1
        );
        assert_eq!(
            headed("Rover deal may cost 2,000 jobs\n\nThe union fought for the 2,000 jobs."),
            0
        );
        // "all received two ... each": a verb, and a figure per member
        assert!(counts("Usher leads with five nominations.\n\nKeys and Scott all received two nominations each.").is_empty());
        // a saying verb's participle before the noun
        assert_eq!(
            counts("Officials confirmed 41 measles cases on Wednesday.\n\nThe 47 confirmed cases were in children.").len(),
            1
        );
        assert!(counts("Officials confirmed 41 measles cases on Wednesday.\n\nThe 41 confirmed cases were in children.").is_empty());
        // the total after a change: "bringing the total to 41"
        assert_eq!(
            counts("Officials confirmed six more measles cases on Wednesday, bringing the total in the outbreak to 41.\n\nOf the 47 confirmed cases, 29 involved children.").len(),
            1
        );
        assert_eq!(
            counts("The blast on Friday raised the number of deaths to 31.\n\nThe 38 deaths were all in the old town.").len(),
            1
        );
        assert!(counts("Officials confirmed six more measles cases on Wednesday, bringing the total in the outbreak to 41.\n\nOf the 41 confirmed cases, 35 were in children.").is_empty());
        assert!(counts("Officials confirmed six more measles cases on Wednesday, bringing the total to 41.\n\nTwelve of the 41 cases were in children.").is_empty());
        // a participle between the determiner and the figure
        assert_eq!(
            counts(
                "Cruz won 14 delegates in Wyoming.\n\nThe sheet named its preferred 41 delegates."
            )
            .len(),
            1
        );
    }

    #[test]
    fn parts_hedges_and_other_states_are_not_conflicts() {
        // hedged values are ranges
        assert!(counts("The flood killed at least 12 people.\n\nOfficials later said the 14 people were killed.").is_empty());
        assert!(counts("Nearly 2,000 fans came.\n\nThe 1,900 fans sang.").is_empty());
        assert!(
            counts("About 300 homes lost power.\n\nThe 310 homes were back by noon.").is_empty()
        );
        // a part of the total
        assert!(counts("The clinic has 47 confirmed cases.\n\nTwelve of the 47 cases were children, and the 12 cases are mild.").is_empty());
        assert!(counts("Ohio sent 99 delegates.\n\nAt least seven of Washington state's 44 delegates signed on.").is_empty());
        // a restrictive clause picks a part
        assert!(counts(
            "Police arrested five men.\n\nThe two men who were charged appear on Monday."
        )
        .is_empty());
        // before and after
        assert!(counts("The school had 640 pupils in 2019.\n\nThe roll fell from 640 to 460, and the 460 pupils now share one hall.").is_empty());
        // offer and demand
        assert!(counts("The union wants 12 paid holidays.\n\nThe board's offer of the 10 holidays was rejected.").is_empty());
        // another period
        assert!(
            counts("The plant has 730 jobs.\n\nLast year the plant's 370 jobs were at risk.")
                .is_empty()
        );
        // figures inside two different quotes
        assert!(counts("\u{201c}We lost 300 homes,\u{201d} Ruiz said.\n\n\u{201c}The 200 homes on the hill were spared,\u{201d} Lee said.").is_empty());
        // a range and its endpoints
        assert!(counts(
            "Between 12 and 14 people were hurt.\n\nThe 14 people were taken to hospital."
        )
        .is_empty());
        // units and years are not counts
        assert!(counts("The talks took 36 hours.\n\nThe 63 hours of talks ended.").is_empty());
        assert!(counts("Unrest began in 2016.\n\nThe 2061 plan was shelved.").is_empty());
        // different things
        assert!(
            counts("The plan adds 8 new teachers.\n\nThe district has the 15 vacancies.")
                .is_empty()
        );
    }
}

#[cfg(test)]
mod generalised_tests {
    use super::super::test_support::counts;
    use super::dash_tally;

    #[test]
    fn a_vote_s_tally_written_with_a_dash() {
        assert_eq!(
            dash_tally("-2 on Tuesday.", "the measure passed 7-2 on tuesday."),
            Some((2.0, "2".into(), 2))
        );
        // a score is no vote
        assert_eq!(dash_tally("-1 at home.", "they won 3-1 at home."), None);
        assert_eq!(dash_tally("-year-old", "the vote"), None);
        for (first, later) in [
            (
                "The measure passed 7-2 on Tuesday.",
                "The final vote was 6 to 3.",
            ),
            (
                "The council voted 5-4 to close the pool.",
                "The 6-3 vote came after midnight.",
            ),
            (
                "Councillors approved the plan 8–1.",
                "The plan passed 7-2 despite protests.",
            ),
        ] {
            assert_eq!(
                counts(&format!("{first}\n\n{later}")).len(),
                1,
                "{first} {later}"
            );
        }
    }

    /// A light verb's participle with the place it puts the counted in
    /// names one deed: "were taken to hospital".
    #[test]
    fn a_light_verb_with_its_place_names_one_deed() {
        for (first, later, found) in [
            (
                "Forty people were taken to hospital after the derailment.",
                "Officials said 44 people had been taken to hospital.",
                1,
            ),
            (
                "Nine protesters were taken into custody on Friday.",
                "Police confirmed that 11 protesters were taken into custody.",
                1,
            ),
            (
                "Six fans were held in custody overnight.",
                "The club said eight fans were held in custody.",
                1,
            ),
            // another place, another deed
            (
                "Forty people were taken to hospital after the derailment.",
                "Officials said 44 people were taken to shelters.",
                0,
            ),
            // the light verb alone names no deed
            (
                "Forty people were taken by bus.",
                "Officials said 44 people were taken.",
                0,
            ),
        ] {
            assert_eq!(
                counts(&format!("{first}\n\n{later}")).len(),
                found,
                "{first} {later}"
            );
        }
    }

    /// Money whose currency is joined to the figure by a hyphen: "a
    /// 620m-euro deal" is 620 million euros' worth of deal.
    #[test]
    fn a_currency_joined_by_a_hyphen() {
        for (first, later, found) in [
            (
                "The port signed a 620m-euro deal with the city.",
                "Critics said the 660m-euro deal was too costly.",
                1,
            ),
            (
                "The ministry signed a 3.1 billion-dollar deal with the builder.",
                "Critics said the $3.4bn deal was too generous.",
                1,
            ),
            (
                "Ministers approved a 900m-rupee grant for the dam.",
                "The 900 million rupee grant will be paid in stages.",
                0,
            ),
            // two years: never one figure
            (
                "The port signed a 620m-euro deal in 2024.",
                "In 2023 it signed a 510m-euro deal with the navy.",
                0,
            ),
        ] {
            assert_eq!(
                counts(&format!("{first}\n\n{later}")).len(),
                found,
                "{first} {later}"
            );
        }
        assert_eq!(super::joined_currency("-euro profit"), Some(5));
        assert_eq!(super::joined_currency("-dollar deal"), Some(7));
        assert_eq!(super::joined_currency("-year-old"), None);
        assert_eq!(super::joined_currency("-strong crew"), None);
    }

    /// The same money in another currency in brackets between the figure
    /// and its noun: "a $40bn (£21bn) deal" is a deal of $40bn.
    #[test]
    fn a_conversion_in_brackets_before_the_noun() {
        for (first, later, found) in [
            (
                "The state signed a $30bn (£24bn) deal to buy wind turbines.",
                "Under the $35bn deal, the first turbines arrive next spring.",
                1,
            ),
            (
                "The club agreed a €28m (£24m) deal for the striker.",
                "Fans said the €32m deal was too much.",
                1,
            ),
            (
                "The state signed a $30bn (£24bn) deal to buy wind turbines.",
                "Under the $30bn deal, the first turbines arrive next spring.",
                0,
            ),
            // a figure in brackets that is no conversion
            (
                "The state signed a $30bn (over ten years) deal for turbines.",
                "Under the $35bn deal, the first turbines arrive next spring.",
                0,
            ),
        ] {
            assert_eq!(
                counts(&format!("{first}\n\n{later}")).len(),
                found,
                "{first} {later}"
            );
        }
        assert_eq!(
            super::conversion_after(" (£21bn) deal"),
            Some(" (£21bn)".len())
        );
        assert_eq!(super::conversion_after(" (US$1.2m) deal"), Some(10));
        assert_eq!(super::conversion_after(" (about 20%) deal"), None);
    }

    /// One transaction called a deal, an agreement or a pact by turns.
    #[test]
    fn one_transaction_under_its_other_names() {
        for (first, later, found) in [
            (
                "The ferry line signed a $2.4bn deal with the port on Monday.",
                "Officials said the $2.9bn agreement would add two berths.",
                1,
            ),
            (
                "Under the £310m agreement, the mill stays open until 2030.",
                "Unions welcomed the £370m deal.",
                1,
            ),
            (
                "The two utilities struck a 45 million euro pact.",
                "The 54 million euro deal needs a regulator's approval.",
                1,
            ),
            (
                "The airline agreed a $640m deal for new engines.",
                "The agreement is worth $640m over ten years.",
                0,
            ),
            // a second transaction, told apart
            (
                "The airline agreed a $640m deal for new engines.",
                "A separate $90m agreement covers spare parts.",
                0,
            ),
            (
                "The airline agreed a $640m deal for new engines.",
                "Last year it signed another $90m agreement with the same maker.",
                0,
            ),
        ] {
            assert_eq!(
                counts(&format!("{first}\n\n{later}")).len(),
                found,
                "{first} {later}"
            );
        }
    }

    #[test]
    fn tallies_of_two_votes_are_not_conflicts() {
        // another body
        assert!(
            counts("The committee voted 5-2 for the plan.\n\nThe council passed it 31-12.")
                .is_empty()
        );
        // another vote of the same body
        assert!(
            counts("The amendment failed 4-5.\n\nThe council then passed the plan 6-3.").is_empty()
        );
        // the same tally twice
        assert!(counts("The measure passed 7-2.\n\nThe 7-2 vote ended the debate.").is_empty());
        // a score
        assert!(
            counts("Hale scored as United won 3-1.\n\nThe 2-0 win last week was easier.")
                .is_empty()
        );
    }

    #[test]
    fn transposed_digits_meet_over_any_noun_of_the_thing() {
        assert_eq!(
            counts("The museum catalogued its collection of 4,316 moth specimens.\n\nThe full collection of 4,361 moths will go on display.").len(),
            1
        );
        assert_eq!(
            counts("Crews planted 2,718 oak saplings.\n\nAll 2,178 saplings survived the winter.")
                .len(),
            1
        );
        // other digits, or the same figure
        assert!(counts(
            "The museum holds 4,316 moth specimens.\n\nA collection of 1,200 moths was lent out."
        )
        .is_empty());
        assert!(counts(
            "The museum holds 4,316 moth specimens.\n\nAll 4,316 moths will go on display."
        )
        .is_empty());
        // a before and after
        assert!(counts(
            "The museum had 1,423 moth specimens last year.\n\nIt now has 1,432 moths."
        )
        .is_empty());
    }
}

#[cfg(test)]
mod clause_tests {
    use super::super::test_support::counts;

    #[test]
    fn a_figure_referring_back_over_the_noun_before_its_head() {
        assert_eq!(
            counts("The plan puts 2,000 jobs at the plant at risk.\n\nThe firm declined to discuss the 1,700 job cuts.").len(),
            1
        );
        assert_eq!(
            counts("The storm damaged 340 homes.\n\nAll 430 home repairs will be paid for.").len(),
            1
        );
        // the same figure, or a part
        assert!(counts(
            "Some 2,000 jobs at the plant may be cut.\n\nThe 2,000 job cuts were confirmed."
        )
        .is_empty());
        assert!(
            counts("Some 2,000 jobs may be cut.\n\nThe first 300 job cuts fall in May.").is_empty()
        );
    }

    #[test]
    fn a_period_sets_only_its_own_clause() {
        // "in December" dates the call, not the toll
        assert_eq!(
            counts("The ban was called for in December after the gunmen killed 14 people.\n\nIn all, 41 people were killed.").len(),
            1
        );
        // a period opening the sentence sets all of it
        assert!(counts(
            "In March, the plant employed 300 workers.\n\nThe 340 workers now face cuts."
        )
        .is_empty());
        assert!(counts(
            "Last year the plant employed 300 workers.\n\nThe plant's 340 workers now face cuts."
        )
        .is_empty());
    }

    #[test]
    fn a_year_is_a_period_and_a_day_of_the_month_is_not() {
        // a year sets its figure apart from today's
        for src in [
            "In 2010, the plant employed 300 workers.\n\nThe plant's 340 workers now face cuts.",
            "The plant employed 300 workers in 2010.\n\nThe plant's 340 workers now face cuts.",
            "Since 1998 the club has signed 300 members.\n\nThe club's 340 members voted on Friday.",
            // this year against last
            "In 2015 the firm sold 300 cars.\n\nIn 2016 the firm sold 340 cars.",
        ] {
            assert!(counts(src).is_empty(), "{src}: {:?}", counts(src));
        }
        // one year on both sides: compared
        assert_eq!(
            counts("In 2010, the plant employed 300 workers.\n\nIn 2010 its 340 workers went on strike.").len(),
            1
        );
        // "in March 3" dates the story's own event, no other period
        assert_eq!(
            counts(
                "The storm damaged 340 homes in March 3 storms.\n\nAll 430 homes will be repaired."
            )
            .len(),
            1
        );
    }
}

#[cfg(test)]
mod clause_of_time_tests {
    use super::super::test_support::counts;

    #[test]
    fn a_clause_of_time_is_set_by_the_period_before_it() {
        assert_eq!(
            counts("Gunmen killed 130 people in Lyon last November.\n\nFrance was shaken by an attack in November, when gunmen killed 310 people.").len(),
            1
        );
        // another period
        assert!(counts("Gunmen killed 130 people in Lyon last November.\n\nIn March, bombers killed 32 people.").is_empty());
    }

    #[test]
    fn a_participle_after_the_noun_picks_a_part() {
        assert!(counts("Secret details were in 22 emails on the server.\n\nThe dozen emails sent to aides were reviewed.").is_empty());
        assert!(
            counts("Police arrested 40 people.\n\nThe 12 people held overnight were freed.")
                .is_empty()
        );
        // one thing with the count before it
        assert!(counts("The 900,000 member guild backed her.\n\nThe board of the 2 million member federation followed.").is_empty());
    }
}

#[cfg(test)]
mod participle_tests {
    use super::super::test_support::counts;

    #[test]
    fn people_counted_by_what_happened_to_them() {
        for (first, later) in [
            (
                "Nine people were injured in the fire.",
                "The seven injured were taken to hospital.",
            ),
            (
                "The blast injured 14 people.",
                "All 41 injured were treated at the scene.",
            ),
            (
                "Twenty passengers were rescued from the ferry.",
                "The 22 rescued were given blankets.",
            ),
        ] {
            assert_eq!(
                counts(&format!("{first}\n\n{later}")).len(),
                1,
                "{first} {later}"
            );
        }
        // other people, or the same figure
        assert!(counts(
            "Nine people were injured in the fire.\n\nThe 40 evacuated were housed in a school."
        )
        .is_empty());
        assert!(counts(
            "Nine people were injured in the fire.\n\nThe nine injured were taken to hospital."
        )
        .is_empty());
        // a count of people hired is still compared with the people it refers back to
        assert_eq!(
            counts("The firm hired 300 people in May.\n\nThe 350 people will start in June.").len(),
            0
        );
    }
}

#[cfg(test)]
mod gap_tests {
    use super::super::test_support::marked;

    #[test]
    fn one_budget_gap_under_two_words() {
        assert_eq!(
            marked("conflicting-count", "The district faces a $1.2 million shortfall next year.\n\nTo close the $1.4 million gap, it will raise fees.").len(),
            1
        );
        assert!(marked("conflicting-count", "The district faces a $1.2 million shortfall next year.\n\nTo close the $1.2 million gap, it will raise fees.").is_empty());
    }
}

#[cfg(test)]
mod restated_tests {
    use super::super::test_support::counts;

    fn one(pairs: &[(&str, &str)]) {
        for (first, later) in pairs {
            assert_eq!(
                counts(&format!("{first}\n\n{later}")).len(),
                1,
                "{first} {later}"
            );
        }
    }

    fn none(pairs: &[(&str, &str)]) {
        for (first, later) in pairs {
            assert!(
                counts(&format!("{first}\n\n{later}")).is_empty(),
                "{first} {later}"
            );
        }
    }

    #[test]
    fn people_counted_by_the_verb_are_the_group_it_names() {
        one(&[
            (
                "The county opened a plant that employs 320 people.",
                "Managers told all 340 workers there that shifts would change.",
            ),
            (
                "The factory, which employs 1,250 people, is up for sale.",
                "The 1,520 employees were told on Monday.",
            ),
            (
                "Harlow Mills employs about 900 people.",
                "The firm's 1,400 staff were told by email.",
            ),
            (
                "The shelter houses 60 people through the winter.",
                "All 85 residents must leave by April.",
            ),
            (
                "The academy enrols 640 people a year.",
                "The 460 students sit exams in June.",
            ),
        ]);
        none(&[
            // the same figure, another place, another period, a part
            (
                "The plant employs 320 people.",
                "All 320 workers will keep their jobs.",
            ),
            (
                "The plant employs 320 people.",
                "The 340 workers at the rival plant kept their jobs.",
            ),
            (
                "The plant employs 320 people.",
                "Last year the plant's 340 workers went on strike.",
            ),
            (
                "The plant employs 320 people.",
                "Forty of the 320 workers are apprentices.",
            ),
            // an increment, not the workforce; a capacity, not a crowd
            (
                "The firm hired 75 people this spring.",
                "The 57 workers started on Monday.",
            ),
            (
                "The arena seats 18,400 people.",
                "The 16,000 fans sang before kick-off.",
            ),
        ]);
    }

    #[test]
    fn a_word_for_the_whole_refers_back() {
        one(&[
            (
                "The county must close a $3.4 million gap.",
                "Officials said the proposed savings would close the full $4.3 million shortfall.",
            ),
            (
                "The museum holds 2,150 paintings.",
                "The union's demands would force a sale of the entire 2,510 paintings.",
            ),
            (
                "The district must close a $1.2 million gap next year.",
                "The cuts would cover the entire $1.4 million shortfall.",
            ),
            (
                "The clinic treated 38 patients on Friday.",
                "The entire 83 patients were sent home.",
            ),
            (
                "Volunteers collected 250 coats.",
                "The whole 520 coats went to the shelter.",
            ),
        ]);
        none(&[
            (
                "The city hired 40 new officers.",
                "The whole 40 officers begin in May.",
            ),
            // a part is no restatement of the whole
            (
                "Volunteers collected 250 coats.",
                "The first 52 coats went to the shelter.",
            ),
            // an offer for the whole is still an offer
            (
                "The county must close a $3.4 million gap.",
                "The union rejected the full $4.3 million offer.",
            ),
            (
                "The union wants 12 paid holidays.",
                "The board's offer of the full 10 holidays was rejected.",
            ),
        ]);
    }

    #[test]
    fn money_with_a_scale_and_two_digits_in_another_order() {
        one(&[
            (
                "The board approved a $4.5 million renovation of the library.",
                "The council signed off on the full $5.4 million renovation budget.",
            ),
            (
                "The district must close a $1.2 million gap next year.",
                "Savings would close the full $2.1 million shortfall.",
            ),
            (
                "Lenders put up £3.6bn for the takeover.",
                "The £6.3bn takeover was approved by regulators.",
            ),
            (
                "The club raised 1.8 million euros for the stand.",
                "The 8.1 million euros for the stand came from fans.",
            ),
        ]);
        none(&[
            // an overrun: the plan and the bill, neither referring back
            (
                "The project was budgeted at $1.2 million.",
                "The final bill came to $2.1 million.",
            ),
            // offer and demand
            (
                "The union wants $2.1 million in back pay.",
                "The board offered $1.2 million in back pay.",
            ),
            // two-digit counts in another order are no transposition
            (
                "The council has 12 members.",
                "Some 21 members of the public spoke.",
            ),
            // before and after
            (
                "The budget rose from $1.2 million to $2.1 million.",
                "The $2.1 million budget passed.",
            ),
            (
                "The budget rose to $2.1 million from $1.2 million.",
                "The $2.1 million budget passed.",
            ),
            (
                "Spending rose from $1.2 million last year.",
                "The $2.1 million budget passed.",
            ),
        ]);
    }

    #[test]
    fn one_count_said_twice_in_other_words() {
        one(&[
            (
                "The storm killed 14 people.",
                "Officials later said 12 people were killed.",
            ),
            (
                "Rescuers evacuated 300 residents from the valley.",
                "About 250 residents were evacuated, the mayor's office said.",
            ),
            (
                "Prosecutors will call twelve witnesses.",
                "They plan to call 14 witnesses in all.",
            ),
            (
                "Inspectors have closed 38 restaurants in Leeds.",
                "Inspectors closed thirty-one restaurants, the council said.",
            ),
            (
                "The flood destroyed 1,200 homes in Ohio.",
                "Some 900 homes were destroyed.",
            ),
        ]);
        none(&[
            // the same figure, or a hedge that holds both
            (
                "The storm killed 14 people.",
                "Officials said 14 people were killed.",
            ),
            (
                "The storm killed about 300 people.",
                "Officials said 310 people were killed.",
            ),
            // another place, another day, another organisation
            (
                "The storm killed 14 people in Ohio.",
                "It killed 12 people in Texas.",
            ),
            (
                "Police arrested 12 people on Friday.",
                "Police arrested 14 people on Saturday.",
            ),
            (
                "The storm killed 14 people.",
                "In Texas, 12 people were killed.",
            ),
            (
                "Acme will cut 300 jobs.",
                "Rival firm Bexo will cut 250 jobs.",
            ),
            // other verbs, or a change
            (
                "The clinic treated 40 patients.",
                "It discharged 35 patients by noon.",
            ),
            (
                "The school enrolled 400 pupils last year.",
                "It enrolled 450 pupils this year.",
            ),
            (
                "The town has 40 doctors.",
                "It has 35 nurses and 12 doctors on call.",
            ),
            // a place's figure, then the total
            (
                "Police arrested 12 people in Leeds.",
                "Detectives arrested 14 people in total.",
            ),
            // inside two different quotes, or one in a quote
            (
                "\u{201c}They killed 14 people,\u{201d} Ruiz said.",
                "\u{201c}They killed 12 people,\u{201d} Lee said.",
            ),
            (
                "She earns $21.50 an hour.",
                "\u{201c}Should anyone earn $12 an hour?\u{201d} she asked.",
            ),
            // two people's figures, each the subject of its sentence
            (
                "Walker needs 67 delegates to win.",
                "Hughes needs 836 delegates to clinch it.",
            ),
            (
                "Since June, Reyes has spent more than $68 million on ads.",
                "Ortiz finally hit the airwaves this month with an ad on schools, and so far has spent about $5 million.",
            ),
            // a set picked out by a clause
            (
                "Three people were killed in the blast.",
                "Relatives of the nine people who were killed met the mayor.",
            ),
        ]);
    }

    #[test]
    fn the_noun_for_what_a_verb_puts_at_a_figure() {
        one(&[
            (
                "The deal values the company at $3bn.",
                "The $3.5bn valuation is a record.",
            ),
            (
                "Investors valued Kestrel at £85m.",
                "The £58m valuation made it the largest start-up in the city.",
            ),
            (
                "The stake was valued at $1.4 billion.",
                "Analysts called the $4.1 billion valuation generous.",
            ),
            (
                "The ship carried 3 million euros in cash.",
                "The 4 million euros were never found.",
            ),
        ]);
        none(&[
            (
                "The deal values the company at $3bn.",
                "The $3bn valuation is a record.",
            ),
            (
                "The deal values the company at $3bn.",
                "The $5bn bid from a rival was rejected.",
            ),
            (
                "The ship carried 3 million euros in cash.",
                "The 3 million euros were never found.",
            ),
            // a valuation in another period
            (
                "The deal values the company at $3bn.",
                "Last year the $2bn valuation looked high.",
            ),
        ]);
    }

    #[test]
    fn people_in_a_relative_clause_are_counted_by_what_happened_to_them() {
        one(&[
            (
                "Nine people who were injured in the crash went to hospital.",
                "The seven injured were later released.",
            ),
            (
                "Officials said 14 people who had been evacuated returned home.",
                "The 41 evacuated were given vouchers.",
            ),
        ]);
        none(&[(
            "Nine people who were injured in the crash went to hospital.",
            "The 30 evacuated were given vouchers.",
        )]);
    }

    #[test]
    fn one_amount_under_two_scale_words() {
        one(&[
            (
                "The council expects savings of £3.4 million from the merger.",
                "The council said the £3.4 billion savings were never explained.",
            ),
            (
                "The merger will save £3.4 million a year, the council said.",
                "The council said savings of £3.4bn would follow.",
            ),
            (
                "The county will save $1.8 million by closing the depot.",
                "The $1.8 billion savings will go to schools.",
            ),
            (
                "The hospital trust has a deficit of $2.7 million.",
                "Auditors said the $2.7 billion deficit was found during the audit.",
            ),
            (
                "The trust faces a shortfall of £4.1 million.",
                "The £4.1bn shortfall would mean cuts, governors said.",
            ),
        ]);
        none(&[
            // two things, each with its own noun
            (
                "Ministers approved a £3.4 million grant for the museum.",
                "The £3.4 billion defence budget was approved.",
            ),
            (
                "The school received a £1.2m grant.",
                "The £1.2bn grant scheme covers every school in the country.",
            ),
            // two firms' figures, neither referring back
            (
                "The company reported a profit of $4.2 million.",
                "Its rival reported a profit of $4.2 billion.",
            ),
            // this year and last, another place, another speaker
            (
                "The council will save £3.4 million this year.",
                "The council saved £3.4 billion last year.",
            ),
            (
                "The storm caused damage of $1.5 million in Ohio.",
                "The storm caused damage of $1.5 billion in Texas.",
            ),
            (
                "The museum got a £5.5m grant.",
                "A further £5.5bn was spent on roads.",
            ),
        ]);
    }

    #[test]
    fn things_counted_by_what_was_done_to_them() {
        one(&[
            (
                "Fourteen homes were evacuated as the river rose.",
                "The fire service said the 12 evacuated houses were safe.",
            ),
            (
                "Twenty-two people were arrested after the match.",
                "Police later released the 20 arrested protesters.",
            ),
            (
                "Police arrested 22 people after the match.",
                "The 20 arrested fans were released on bail.",
            ),
            (
                "Thirty flats were demolished last spring.",
                "The council cleared the 28 demolished blocks within a month.",
            ),
            (
                "The police detained 40 people on Saturday.",
                "The 35 detained men were questioned.",
            ),
            // the participle first, the statement after
            (
                "The 12 evacuated houses stood empty.",
                "Fourteen homes were evacuated as the river rose.",
            ),
        ]);
        none(&[
            // the same figure; another verb; another place
            (
                "Fourteen homes were evacuated as the river rose.",
                "The 14 evacuated houses were inspected.",
            ),
            (
                "Fourteen homes were evacuated as the river rose.",
                "The 12 flooded houses were inspected.",
            ),
            (
                "Fourteen homes were evacuated in Leeds.",
                "The 12 evacuated houses in York were inspected.",
            ),
            // a part, another period, a total after more
            (
                "Twenty-two people were arrested after the match.",
                "Eight of the 20 arrested fans were charged.",
            ),
            (
                "Twenty-two people were arrested on Friday.",
                "Last year the 20 arrested fans were all men.",
            ),
            (
                "Fourteen homes were evacuated as the river rose.",
                "Ten more homes were evacuated overnight, and the 24 evacuated houses were checked.",
            ),
            (
                "Fourteen homes were evacuated as the river rose.",
                "The fire service evacuated ten more homes overnight.\n\nThe 24 evacuated houses were checked.",
            ),
            // a participle of reckoning says how the figure is known
            (
                "Officials confirmed 12 new cases on Monday.",
                "The 340 confirmed infections were all in the city.",
            ),
        ]);
    }

    #[test]
    fn a_sentence_opened_by_a_plural_names_no_one() {
        one(&[
            (
                "The merger will save £3.4 million a year, the council said.",
                "Critics doubted savings of £3.4bn could be found.",
            ),
            (
                "Fourteen homes were evacuated as the river rose.",
                "Engineers inspected the 12 evacuated houses.",
            ),
            (
                "Sixty cars were damaged in the storm.",
                "Insurers said the 66 damaged vehicles would be repaired.",
            ),
            (
                "The storm killed 14 people.",
                "Paramedics said 12 people were killed.",
            ),
            (
                "The flood destroyed 1,200 homes.",
                "Surveyors said 900 homes were destroyed.",
            ),
        ]);
        none(&[
            // a surname, a place, a name the draft gives
            (
                "Walker needs 67 delegates to win.",
                "Hughes needs 836 delegates to clinch it.",
            ),
            (
                "The storm killed 14 people.",
                "Texas said 12 people were killed.",
            ),
        ]);
    }

    #[test]
    fn a_side_of_a_vote_against_its_tally() {
        one(&[
            (
                "The motion passed by 31 votes to 24.",
                "The 26 councillors who voted against said they would appeal.",
            ),
            (
                "The motion passed by 31 votes to 24.",
                "With 26 against, the motion passed.",
            ),
            (
                "The council voted 31 to 24 to close the library.",
                "The 29 in favour included the mayor.",
            ),
            (
                "The bill passed 31-24 in the Senate.",
                "Only 22 senators voted against it.",
            ),
            (
                "Members approved the budget 31-24 on Tuesday.",
                "Twenty-six members voted against it.",
            ),
            (
                "Councillors backed the plan by a vote of 31 to 24.",
                "With 20 voting against, the plan goes ahead.",
            ),
            (
                "The board voted 7-2 to sell the site.",
                "Three members voted no.",
            ),
            // the sides as the tally
            (
                "Thirty-one councillors voted in favour and 24 against.",
                "The 26 who voted against were all from the opposition.",
            ),
            (
                "The motion was carried with 31 votes in favour and 24 against.",
                "The 24 who voted in favour were cheered.",
            ),
        ]);
        none(&[
            // the sides as the tally gives them
            (
                "The motion passed by 31 votes to 24.",
                "The 24 councillors who voted against said they would appeal.",
            ),
            (
                "Thirty-one councillors voted in favour and 24 against.",
                "The 31 in favour included the mayor.",
            ),
            // a part of a side, another vote, another year
            (
                "The bill passed 31-24 in the Senate.",
                "Twelve Republicans voted against it.",
            ),
            (
                "The first reading passed 31-24.",
                "At the final vote, 26 voted against.",
            ),
            (
                "The bill passed 31-24.",
                "Last year 26 senators voted against a similar bill.",
            ),
            (
                "The bill passed 31-24.",
                "In 2019, 26 senators voted against the bill.",
            ),
            (
                "The bill passed 31-24.",
                "The amendment passed 30-25, with 25 against.",
            ),
            (
                "The board voted 7-2 to sell the site.",
                "Only 500 residents in favour of the sale signed the petition.",
            ),
            (
                "The bill passed 31-24.",
                "Patel scored 26 against Yorkshire on Saturday.",
            ),
            // a score, not a vote; a figure in a quote
            (
                "The team won 31-24 on Saturday.",
                "Only 22 fans voted for the new kit.",
            ),
            (
                "The motion passed by 31 votes to 24.",
                "\u{201c}I was one of 26 who voted against,\u{201d} Ruiz said.",
            ),
        ]);
    }

    #[test]
    fn one_amount_under_two_scales_without_a_reference_back() {
        one(&[
            (
                "The council agreed a set of savings worth £3.4 million on Tuesday.",
                "The leader said savings of £3.4 billion were needed across the year.",
            ),
            (
                "The board approved cuts worth £3.4m to close the gap.",
                "Officials said the cuts of £3.4bn would fall on libraries.",
            ),
            (
                "The deal is worth $2.5 million to the club.",
                "The club confirmed the deal, worth $2.5 billion, on Friday.",
            ),
            (
                "The hospital needs savings of $1.6 million this year, its board said.",
                "Managers were told savings of $1.6 billion must be found.",
            ),
            (
                "The trust received a grant of £250,000 for the roof.",
                "Trustees said the grant of £250 million would cover the repairs.",
            ),
            (
                "Ministers announced funding of €7.5 million for the port.",
                "The port will receive funding of €7.5bn, the minister said.",
            ),
            // the speaker who reports it, and the period said once only
            (
                "The council backed a package of savings worth £2.7 million that the treasurer calls the price of a balanced budget.",
                "Patel defended the package, saying the council needed to find savings of £2.7 billion over the coming year.",
            ),
            (
                "The council approved a package of savings worth £2.7 million.",
                "Patel said the council needed to find savings of £2.7 billion.",
            ),
        ]);
        none(&[
            // two owners: a rival, a named firm, the country, a place
            (
                "Acme reported a profit of $4.2 million.",
                "Bolt reported a profit of $4.2 billion.",
            ),
            (
                "Acme reported a profit of $4.2 million.",
                "Jones said Bolt reported a profit of $4.2 billion.",
            ),
            (
                "Smith's firm made a profit of $4.2 million.",
                "A larger competitor made a profit of $4.2 billion.",
            ),
            (
                "The company is worth $2.5 million.",
                "Its rival, a larger firm, is worth $2.5 billion.",
            ),
            (
                "The council found savings of £3.4 million in the library budget.",
                "Across the country, councils must find savings of £3.4 billion.",
            ),
            (
                "The storm caused damage of $1.5 million in Ohio.",
                "In Texas, the storm caused damage of $1.5 billion, officials said.",
            ),
            // two periods, two kinds of figure, one digit
            (
                "The board agreed cuts worth £3.4 million for next year.",
                "It made cuts of £3.4 billion last year.",
            ),
            (
                "The firm sold 2.5 million phones, worth $2.5 billion.",
                "Analysts said the phones were popular.",
            ),
            (
                "The trust received a grant of £3,000 for the roof.",
                "Trustees said the grant of £3 million would cover the repairs.",
            ),
            (
                "The council wants savings of £3.4 million.",
                "The union says savings of £3.4 billion are needed nationally.",
            ),
            (
                "The charity raised £1.5 million for the hospital.",
                "Nationally, charities raised £1.5 billion last year.",
            ),
        ]);
    }

    #[test]
    fn a_place_or_a_day_between_the_count_and_what_is_said_of_it() {
        one(&[
            (
                "The plant employs 1,200 workers in Leeds.",
                "The 1,300 Leeds workers will be told on Friday.",
            ),
            (
                "The Manchester factory employs 1,200 workers.",
                "Managers told the 1,300 Manchester workers about the closure.",
            ),
            (
                "Fourteen homes on Ash Row were evacuated overnight.",
                "By Saturday the tenants from the 12 evacuated houses could go back.",
            ),
            (
                "Fourteen homes in Dover and Deal were flooded.",
                "Insurers said the 16 flooded homes would be repaired by March.",
            ),
            (
                "Police arrested 12 people in Bristol on Saturday.",
                "The 14 arrested protesters were released on Sunday.",
            ),
        ]);
        none(&[
            (
                "Police arrested 12 people in Bristol.",
                "Police arrested 14 people in Bath.",
            ),
            (
                "The storm killed 14 people on Monday.",
                "A second storm killed 16 people on Thursday.",
            ),
            (
                "The firm employs 1,200 workers in York.",
                "The 300 Leeds workers will move to York.",
            ),
            (
                "Police arrested 12 people on Friday.",
                "The 14 arrests on Saturday followed a second march.",
            ),
            (
                "In 2014, the bank named 68 new partners.",
                "That was far from the 111 names Hartley picked in 2010.",
            ),
        ]);
    }

    #[test]
    fn one_count_said_by_a_verb_and_by_its_noun() {
        one(&[
            (
                "Police arrested 12 people after the match.",
                "The 14 arrests were made in the city centre.",
            ),
            (
                "Officers made 12 arrests after the match.",
                "The arrest of 14 fans was criticised by supporters.",
            ),
            (
                "The council evicted 30 families from the estate.",
                "Tenants protested the eviction of 34 families.",
            ),
            (
                "Fourteen people were injured in the crash.",
                "The crash, injuring 16 people, closed the road.",
            ),
        ]);
        none(&[
            (
                "Police arrested 12 people after the match.",
                "Twenty people were charged with offences.",
            ),
            (
                "Police charged 12 people after the match.",
                "The 10 convictions followed a long trial.",
            ),
            (
                "Police arrested 12 people after the match.",
                "The arrest of 14 fans in Leeds was criticised.",
            ),
            // a step towards a total, a count of another match
            (
                "Police arrested 12 people on Friday night.",
                "Over the weekend, the 20 arrests brought the total to 32.",
            ),
            (
                "The club sold 12,000 tickets for the final.",
                "The 15,000 tickets sold for the semi-final were a record.",
            ),
        ]);
    }

    #[test]
    fn one_deed_under_two_verbs() {
        one(&[
            (
                "The studio has sacked about 100 employees amid a cash crisis.",
                "As part of the cuts, some 50 employees were fired.",
            ),
            (
                "The studio has sacked 100 employees because of a cash crisis.",
                "Later, 50 employees were fired.",
            ),
            (
                "The council will axe 300 jobs.",
                "The council would cut 350 jobs, union leaders said.",
            ),
            (
                "Troops rescued 40 villagers from the flood.",
                "Officials said 45 villagers had been rescued.",
            ),
            (
                "The crash injured 14 people.",
                "Police said 16 people were wounded.",
            ),
        ]);
        none(&[
            // another stage, another deed, another year
            (
                "Police charged 12 people after the riot.",
                "A court later convicted 10 people.",
            ),
            (
                "The storm injured 14 people.",
                "The storm killed 16 people.",
            ),
            (
                "The studio has sacked about 100 employees.",
                "The studio hired 50 employees last year.",
            ),
            (
                "The studio sacked 100 employees in Leeds.",
                "It fired 50 employees in York.",
            ),
            (
                "The firm sacked 100 workers.",
                "Its rival fired 50 workers.",
            ),
            (
                "The firm sacked 100 workers in March.",
                "In June it fired another 50 workers.",
            ),
        ]);
    }

    #[test]
    fn a_side_of_the_vote_beside_a_party_named_in_another_clause() {
        one(&[
            (
                "The motion passed by 31 votes to 24.",
                "Of the 55 members, 31 voted in favour, while 26 voted against.",
            ),
            (
                "The motion passed by 31 votes to 24.",
                "The 31 members who voted in favour had no help from the Harbour Party's four members, while 26 voted against.",
            ),
            (
                "The council passed the budget 7-2 on Monday.",
                "Critics said the 6-3 vote ignored residents.",
            ),
        ]);
        none(&[
            (
                "The motion passed by 31 votes to 24.",
                "Twelve Republicans voted against.",
            ),
            (
                "The motion passed by 31 votes to 24.",
                "Among Harbour Party members, 12 voted against.",
            ),
            (
                "The committee backed the plan 5-4.",
                "The full council later passed it 7-2.",
            ),
            (
                "The motion passed by 31 votes to 24.",
                "In the second vote, 31 voted in favour and 20 against.",
            ),
        ]);
    }
}

#[cfg(test)]
mod vote_word_tests {
    use super::{about_a_vote, mentions_a_vote};

    #[test]
    fn every_sentence_about_a_vote_mentions_one() {
        for s in [
            "The motion passed by 31 votes to 24.",
            "Voting ended at noon.",
            "The 31-vote margin surprised no one.",
            "Members Approved it.",
            "24 were against, 31 in favour.",
            "The BALLOT closed.",
        ] {
            assert!(mentions_a_vote(s), "{s}");
            let lower = s.to_lowercase();
            assert!(about_a_vote(&lower) || lower.contains("against"), "{s}");
        }
        for s in [
            "The river rose by two metres.",
            "Devotees gathered.",
            "Pivoted again.",
        ] {
            assert!(!mentions_a_vote(s), "{s}");
        }
    }
}

#[cfg(test)]
mod deed_tests {
    use super::super::test_support::counts;

    fn one(drafts: &[&str]) {
        for d in drafts {
            assert_eq!(counts(d).len(), 1, "{d}");
        }
    }

    fn none(drafts: &[&str]) {
        for d in drafts {
            assert!(counts(d).is_empty(), "{d}: {:?}", counts(d));
        }
    }

    #[test]
    fn one_deed_under_a_verb_a_participle_or_a_noun() {
        one(&[
            // active, then passive
            "A lorry crash on the ring road injured 14 people on Tuesday.\n\nThe road was closed for six hours.\n\nTwelve people were injured in the crash, three of them seriously.",
            // passive, then a participle clause with no noun
            "Fourteen people were injured when a stage collapsed at the fair.\n\nOrganisers closed the grounds.\n\nThe collapse, injuring 12, is the second in three years.",
            // a participle spelt as its base ("were hurt"), another verb of the deed
            "Fourteen passengers were hurt when the tram left the rails.\n\nServices were suspended.\n\nThe derailment injured 12 passengers, the operator said.",
            // the verb, then its noun
            "Police said nine people were wounded in the shooting.\n\nDetectives appealed for footage.\n\nThe shooting caused seven injuries, officers said.",
            "Officers arrested nine people after fighting at the derby.\n\nThe club promised bans.\n\nPolice said the seven arrests were for public order offences.",
            // a relative clause after a determiner names the whole set
            "The storm injured 23 people across the county on Friday.\n\nCrews cleared fallen trees.\n\nHospitals treated the 32 people who were hurt, a spokeswoman said.",
            "The fire forced 60 residents from their homes on Monday.\n\nMost slept in a leisure centre.\n\nThe council has rehoused the 45 residents who were forced out.",
            // a participle straight after the noun
            "Firefighters rescued a dozen horses from the burning stables.\n\nThe cause is not known.\n\nThe 10 horses rescued were taken to a farm.",
            "The pile-up on the bypass left 21 people injured.\n\nSix ambulances attended.\n\nPolice said 12 people were injured, four seriously.",
            // a verdict on charges counts convictions
            "A jury found the driver guilty on seven charges of dangerous driving.\n\nHe had denied them all.\n\nThe judge will pass sentence on the nine convictions next month.",
        ]);
    }

    #[test]
    fn other_deeds_doers_and_counts_are_not_one_deed() {
        none(&[
            // charges and convictions, arrests and charges, deaths and injuries
            "The former mayor was charged with 14 counts of fraud.\n\nThe jury took three days.\n\nHe was convicted on nine counts and cleared of the rest.",
            "Police arrested 23 people after the match.\n\nOfficers said the scenes were shameful.\n\nEleven people have been charged with violent disorder.",
            "The explosion killed four workers at the plant.\n\nAnother 11 were injured, the company said.\n\nThe four men who died had worked there for years.",
            // a count updated with its date or a change
            "Rescuers had pulled 12 people from the rubble by Tuesday evening.\n\nThe search went on.\n\nBy Wednesday the number rescued had risen to 17.",
            "Police arrested 14 people at the march.\n\nSo far 20 people have been arrested since the protests began.",
            // two doers of one deed
            "The prosecution will call 12 witnesses.\n\nThe defence said it would call eight witnesses.\n\nBoth sides agreed the timetable.",
            // a part
            "Police arrested 14 people during the protest.\n\nOf those arrested, nine were charged.\n\nThe nine people charged appear on Monday.",
            // the people of another event, inside another noun's phrase
            "Three people were killed in the attack.\n\nThe gunman had bought the rifle legally.\n\nRelatives of the nine people who were killed met the mayor.",
        ]);
    }

    #[test]
    fn money_spent_on_two_things_is_two_amounts() {
        none(&["The council spent £365,000 on consultants last year.\n\nIt also spent £120,000 on legal advice.\n\nMembers demanded an inquiry."]);
        one(&["The council spent £365,000 on consultants last year.\n\nMembers demanded an inquiry.\n\nThe £356,000 bill was paid from reserves."]);
    }

    #[test]
    fn number_words_with_hundreds_and_tight_hedges() {
        one(&[
            "The cyclone destroyed nine hundred homes along the coast.\n\nAid agencies sent tents.\n\nRebuilding the 600 destroyed homes will take two years.",
            "Some 2,000 jobs may go at the plant.\n\nThe union met managers.\n\nThe 1,700 jobs are mostly on the assembly line.",
            "About 300 homes lost power after the storm.\n\nEngineers worked overnight.\n\nThe 450 homes were reconnected by noon.",
        ]);
        none(&[
            "About 300 homes lost power after the storm.\n\nEngineers worked overnight.\n\nThe 310 homes were reconnected by noon.",
            "Nearly 2,000 runners took part.\n\nThe winner finished in two hours.\n\nThe 1,900 runners raised money for the hospice.",
        ]);
    }
}

#[cfg(test)]
mod deed_object_tests {
    use super::super::test_support::counts;

    #[test]
    fn a_count_of_the_deeds_meets_the_deed_done_to_anyone() {
        for d in [
            "Security forces detained 40 demonstrators in the capital.\n\nThe ministry defended the operation.\n\nA rights group said the 46 detentions were unlawful.",
            "Forty staff were sacked after the audit.\n\nThe union called the move brutal.\n\nThe 34 dismissals are being challenged at a tribunal.",
            "Ortiz was convicted of eight counts of fraud.\n\nSentencing is set for June.\n\nHis lawyer said he would appeal all six convictions.",
            "A jury convicted Ortiz on eight counts of fraud.\n\nSentencing is set for June.\n\nThe six convictions will be appealed.",
        ] {
            assert_eq!(counts(d).len(), 1, "{d}");
        }
    }

    #[test]
    fn one_deed_done_to_two_things_is_two_counts() {
        for d in [
            "Officials evacuated 300 homes near the river.\n\nThe water peaked at midnight.\n\nIn all, crews evacuated 700 people.",
            "Crews rescued 14 people from the flooded estate.\n\nVolunteers also rescued 30 dogs and cats.\n\nThe estate is still under water.",
            "Nine firefighters were injured tackling the blaze.\n\nResidents were evacuated.\n\nThree police officers were also injured.",
        ] {
            assert!(counts(d).is_empty(), "{d}: {:?}", counts(d));
        }
    }
}

#[cfg(test)]
mod structure_tests {
    use super::super::test_support::counts;
    use super::{active_after, by_a_time, compound_noun, verb_of_noun};

    fn one(pairs: &[(&str, &str)]) {
        for (first, later) in pairs {
            let found = counts(&format!("{first}\n\n{later}"));
            assert_eq!(found.len(), 1, "{first} {later}: {found:?}");
        }
    }

    fn none(pairs: &[(&str, &str)]) {
        for (first, later) in pairs {
            let found = counts(&format!("{first}\n\n{later}"));
            assert!(found.is_empty(), "{first} {later}: {found:?}");
        }
    }

    #[test]
    fn a_past_after_the_subject_that_opens_the_sentence_is_its_verb() {
        one(&[
            (
                "Fifteen firefighters tackled the blaze overnight.",
                "The 25 firefighters worked until dawn.",
            ),
            (
                "About 200 dockers walked out at the port.",
                "The 300 dockers returned on Monday.",
            ),
            (
                "The charity has 90 volunteers in the town.",
                "Its 120 volunteers gathered outside the library.",
            ),
            (
                "Organisers said 4,000 runners took part.",
                "The 4,500 runners finished before noon.",
            ),
            (
                "The league fined 14 clubs last season.",
                "The 41 clubs appealed to the tribunal.",
            ),
        ]);
        none(&[
            // A participle with its agent, or before the sentence's own verb,
            // picks out a part.
            (
                "Police arrested 30 men after the raid.",
                "The two men charged with fraud were bailed.",
            ),
            (
                "Police arrested 30 men after the raid.",
                "The four men questioned overnight will appear in court.",
            ),
            (
                "The club sold 40,000 tickets for the season.",
                "The 15,000 tickets posted to members arrived late.",
            ),
            // Not the sentence's subject.
            (
                "About 200 dockers walked out at the port.",
                "Managers met the 30 dockers named in the letter.",
            ),
        ]);
    }

    #[test]
    fn a_figure_joined_to_its_noun_by_a_hyphen() {
        assert_eq!(compound_noun("-signature petition"), Some((10, true)));
        assert_eq!(compound_noun("-strong workforce"), Some((7, false)));
        for not_a_count in [
            "-year-old man",
            "-year deal",
            "-mile walk",
            "-metre wall",
            "-odd people",
            "-thirds of",
            "-plus staff",
            "-1 win",
        ] {
            assert_eq!(compound_noun(not_a_count), None, "{not_a_count}");
        }
        one(&[
            (
                "The council will cut 300 jobs.",
                "Unions vowed to fight the 350-job cut.",
            ),
            (
                "The plant employs 1,200 workers.",
                "The 2,100-strong workforce will vote on Friday.",
            ),
            (
                "Some 3,000 residents signed the petition.",
                "The 30,000-signature petition reached the council on Friday.",
            ),
        ]);
        none(&[
            // The determiner is the field's: two candidates are left of nine.
            (
                "The two candidates met on Thursday.",
                "Quinlan won 38 percent in the nine-candidate field.",
            ),
            (
                "The firm signed a five-year lease.",
                "The three-year lease ends in May.",
            ),
            (
                "The council will cut 300 jobs.",
                "The 300-job cut will save £4m.",
            ),
        ]);
    }

    #[test]
    fn people_counted_by_what_they_did_meet_the_noun_made_from_the_verb() {
        assert_eq!(active_after("signed the petition."), Some("sign".into()));
        assert_eq!(active_after("have signed a letter"), Some("sign".into()));
        assert_eq!(active_after("injured by the blast"), None);
        assert_eq!(active_after("need help"), None);
        assert_eq!(verb_of_noun("signatur").as_deref(), Some("sign"));
        assert_eq!(verb_of_noun("closur").as_deref(), Some("clos"));
        assert_eq!(verb_of_noun("attendanc").as_deref(), Some("attend"));
        assert_eq!(verb_of_noun("total"), None);
        one(&[
            (
                "Some 3,000 people signed the petition in a week.",
                "The 30,000 signatures were handed to the mayor.",
            ),
            (
                "Nearly 900 parents signed an open letter to the board.",
                "All 1,900 signatures were delivered to the board.",
            ),
        ]);
        none(&[
            // Another petition's signatures.
            (
                "More than 3,000 people signed the petition in a week.",
                "A rival petition has 500 signatures.",
            ),
            // The same figure.
            (
                "About 3,000 people signed the petition.",
                "The 3,000 signatures were handed to the mayor.",
            ),
        ]);
    }

    #[test]
    fn a_count_reached_by_a_time_grows_during_the_story() {
        assert!(by_a_time("by noon, 12 people had been rescued"));
        assert!(by_a_time("the toll had reached 40 by tuesday evening"));
        assert!(by_a_time("by the end of the day 30 were safe"));
        assert!(by_a_time("by 6pm 30 were safe"));
        assert!(!by_a_time("the bridge was hit by 12 lorries"));
        assert!(!by_a_time("nearby 12 people were hurt"));
        none(&[
            (
                "By noon 12 people had been rescued from the flats.",
                "By evening 30 people had been rescued from the flats.",
            ),
            (
                "Twelve people had been rescued by Tuesday.",
                "Thirty people had been rescued by Thursday.",
            ),
        ]);
    }

    #[test]
    fn a_share_is_compared_with_shares_of_its_own_noun() {
        one(&[
            (
                "Turnout was 61% in the by-election.",
                "The 16% turnout was the lowest in the region.",
            ),
            (
                "Turnout was 38 per cent, the council said.",
                "Officials blamed the rain for the 33 per cent turnout.",
            ),
            (
                "The fund bought a 12% stake in the brewer.",
                "Its 21% stake makes it the largest shareholder.",
            ),
        ]);
        none(&[
            // A change or a rate of other things.
            (
                "Sales showed a 5% rise over the quarter.",
                "The 3% rise in costs worried investors.",
            ),
            // A share is no count.
            (
                "About 40% of staff voted for the strike.",
                "The 400 staff will walk out on Monday.",
            ),
            // Shares of two wholes.
            ("Turnout was 61% in Leeds.", "Turnout in York was 45%."),
        ]);
    }

    #[test]
    fn money_named_by_a_noun_in_ing() {
        one(&[(
            "The club paid £85m for the striker.",
            "The £58m signing has scored twice.",
        )]);
        none(&[(
            "The club paid £85m for the striker.",
            "The £85 million signing has scored twice.",
        )]);
    }

    #[test]
    fn a_participle_with_its_event_names_the_whole_set() {
        one(&[
            (
                "Police said 14 people were hurt.",
                "The 41 people hurt in the crash were all passengers.",
            ),
            (
                "Twelve people were killed when the roof fell in.",
                "The 21 people killed in the collapse had been shopping.",
            ),
            (
                "Nine families were evacuated from the tower.",
                "The 19 families evacuated from the block will be rehoused.",
            ),
        ]);
        none(&[
            (
                "Police said 14 people were hurt in the first crash.",
                "The six people hurt in the second crash were cyclists.",
            ),
            (
                "The club sold 40,000 tickets for the season.",
                "The 15,000 tickets sold for the final went in an hour.",
            ),
        ]);
    }

    #[test]
    fn a_relative_clause_says_what_the_whole_set_did() {
        one(&[
            (
                "Two hundred workers walked out at the plant.",
                "Managers met the 300 workers who walked out.",
            ),
            (
                "About 60 tenants signed the letter to the landlord.",
                "The 90 tenants who signed it want repairs.",
            ),
        ]);
        none(&[
            // Those who did something else, or the same figure.
            (
                "Two hundred workers walked out at the plant.",
                "Managers met the 30 workers who stayed.",
            ),
            (
                "Two hundred workers walked out at the plant.",
                "Managers met the 200 workers who walked out.",
            ),
        ]);
    }

    #[test]
    fn a_month_after_the_verb_is_no_modal() {
        one(&[(
            "The stadium cost 450 million euros to build.",
            "The €540m stadium opened in May.",
        )]);
    }

    #[test]
    fn figures_listed_under_one_verb_are_parts() {
        use super::listed_with_another;
        let s = "Police arrested 12 people in Leeds and 14 in York.";
        assert!(listed_with_another(s, 16..18));
        assert!(listed_with_another(s, 39..41));
        let s = "The blast killed 14 people and injured 30.";
        assert!(!listed_with_another(s, 17..19));
        none(&[
            (
                "Police arrested 12 people in Leeds and 14 in York.",
                "The 26 people arrested will appear in court.",
            ),
            (
                "Seven people were hurt in Hull and another nine in Goole.",
                "Doctors said 16 people were hurt.",
            ),
        ]);
        one(&[(
            "The blast killed 14 people and injured 30.",
            "Officials said 12 people were killed.",
        )]);
    }

    #[test]
    fn a_noun_made_from_the_verb_beside_a_count_of_another_thing() {
        one(&[
            (
                "The airline cancelled 120 flights.",
                "The 210 cancellations affected 30,000 passengers.",
            ),
            (
                "The club agreed an £85m deal for the striker.",
                "The £58 million deal makes him the record signing.",
            ),
            (
                "The EU approved a €1.4bn rescue package for the airline.",
                "The 1.9 billion euro package must be repaid.",
            ),
        ]);
        none(&[
            (
                "The airline cancelled 120 flights.",
                "The 120 cancellations affected 30,000 passengers.",
            ),
            (
                "The club agreed an £85m deal for the striker.",
                "The £85 million deal makes him the record signing.",
            ),
        ]);
    }
}
