//! The weekday an event is put on, compared across the draft.
//!
//! An event is identified by the draft's own words for it: a definite
//! noun ("Tuesday's walkout", "the vote on Monday", "The debate took place
//! on Sunday") is the event, and it meets every other mention of a weekday
//! whose clause holds the same word or its verb ("walked off the job early
//! Monday", "voted 6-3 on Friday night") — no list of event nouns. What
//! will happen is never compared with what did ("the board will hold a
//! hearing Thursday" is another hearing), nor two days in one sentence.

use super::facts::{is_function_word, is_irregular_past, is_light_verb, is_reporting_verb, stem};
use super::*;
use std::cell::OnceCell;

/// One weekday stated for an event.
struct DayFact {
    /// A definite mention's event noun: its stem and where it stands.
    key: Option<(String, Range<usize>)>,
    /// Stems of the content words of the clause that holds the weekday.
    stems: Vec<String>,
    day: usize,
    /// The statement, quoted in messages.
    range: Range<usize>,
    sentence: usize,
    /// The clause speaks of what will happen (`Some(true)`), of what did
    /// (`Some(false)`), or a possessive says neither (`None`).
    future: Option<bool>,
    /// The day stands on the event's noun ("after the election on
    /// Tuesday"): the clause's tense speaks of something else.
    attached: bool,
    /// The clause says when the event ended ("The strike ended on
    /// Friday"): a day for its end, not for the event.
    ends: bool,
    /// Stems of the events the clause marks as one of several occasions
    /// ("a second vote", "walked out again").
    several: Vec<String>,
    /// Stems of the clause's nouns after "the" or a possessive pronoun.
    definite: Vec<String>,
    /// The clause says when the event began ("The investigation opened on
    /// Monday"): it goes on past that day.
    begins: bool,
    /// The verbs of the agent nouns before a possessive day ("Inspectors
    /// said during Wednesday's visit": "inspect"): the visit is the
    /// inspection, an event named by a noun made from the same verb.
    agents: Vec<String>,
    /// Whose event a definite mention names, by a possessive inside it
    /// ("his co-defendant's arrest on Tuesday": "co-defendant"): another
    /// statement meets it only if it names that owner too.
    owner: Option<String>,
    /// The day a state has held since ("on strike since Wednesday"): the
    /// day it began, compared only with another statement of when it
    /// began, since the state holds on every day after.
    since: bool,
}

impl DayFact {
    fn one_of_several(&self, key: &str) -> bool {
        self.several.iter().any(|s| same_event(s, key))
    }

    fn names(&self, key: &str) -> bool {
        self.stems.iter().any(|s| same_event(s, key))
    }

    /// Whether the agents of this possessive day are the doers of an event
    /// the other statement names by a noun made from their verb.
    fn done_by_agents_of(&self, other: &DayFact) -> bool {
        // "The investigation began on Monday": a process that goes on past
        // its first day, whose agents meet again on others.
        !other.begins
            && self.agents.iter().any(|a| {
                other
                    .stems
                    .iter()
                    .any(|s| s.strip_suffix("#d") == Some(a.as_str()))
            })
    }
}

/// The verb an agent noun is made from, as [`stem`] gives it ("inspectors":
/// "inspect", "investigator": "investigat"), for nouns in "-or" or "-er"
/// of seven letters or more.
fn agent_verb(lower: &str) -> Option<String> {
    let w = lower.trim_end_matches(['\'', '’']);
    let w = w.strip_suffix('s').unwrap_or(w);
    let base = w.strip_suffix("or").or_else(|| w.strip_suffix("er"))?;
    (w.len() >= 7 && base.chars().all(|c| c.is_ascii_lowercase())).then(|| stem(base))
}

/// A word's stem for naming an event, marked `#n` where the word is a bare
/// noun after a determiner ("the state") and `#d` where it is a noun made
/// from a verb with "-ment" or "-ion" ("statement", "election").
fn event_stem(word: &str, after_determiner: bool) -> String {
    let lower = word.to_lowercase();
    let mut s = noun_to_verb_stem(&lower).unwrap_or_else(|| stem(word));
    // "closure" and "closed", "departure" and "departed", "capture" and
    // "captured": a noun in "-ure" and its verb meet without the "ur".
    if s.len() >= 6 && s.ends_with("ur") {
        s.truncate(s.len() - 2);
    }
    let derived = ["ment", "ments", "ion", "ions"]
        .iter()
        .any(|x| lower.ends_with(x) && lower.len() > x.len() + 3);
    if derived {
        format!("{s}#d")
    } else if after_determiner && (lower == s || lower.strip_suffix('e') == Some(s.as_str())) {
        format!("{s}#n")
    } else {
        s
    }
}

/// The stem of the verb a noun is made from where its ending changes the
/// verb's last letters, so that the noun meets the verb's forms: "-sion"
/// from "-de" or "-d" ("explosion", "exploded"; "expansion", "expanded"),
/// "-tention" from "-tain" ("detention", "detained"), "-al" ("arrival",
/// "arrived"; "dismissal"), "-ance" ("appearance", "appeared"), "-age"
/// ("stoppage", "stopped"; "marriage"), "-ery" ("robbery", "robbed";
/// "recovery", "recovered"). Each is stemmed as its verb's past form
/// would be. Any other word: `None`, and [`stem`] alone serves.
fn noun_to_verb_stem(lower: &str) -> Option<String> {
    let sing = lower.strip_suffix('s').unwrap_or(lower);
    if !sing.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let n = sing.len();
    let past = |head: &str, ending: &str| stem(&format!("{head}{ending}"));
    if let Some(head) = sing.strip_suffix("tention") {
        return (!head.is_empty()).then(|| past(head, "tained"));
    }
    if let Some(head) = sing.strip_suffix("sion") {
        // "discussion", "session": the verb keeps its "ss".
        return (head.len() >= 3 && !head.ends_with('s')).then(|| past(head, "ded"));
    }
    let (head, ending, shortest) = [("al", "ed", 6), ("ance", "ed", 9), ("age", "ed", 8)]
        .into_iter()
        .find_map(|(suffix, ending, shortest)| {
            sing.strip_suffix(suffix).map(|h| (h, ending, shortest))
        })
        .or_else(|| {
            // "robbery" is "robb-ery", "recovery" is "recover-y".
            let head = sing.strip_suffix("ery")?;
            let b = head.as_bytes();
            let doubled = b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2];
            Some(if doubled {
                (head, "ed", 7)
            } else {
                (&sing[..n - 1], "ed", 7)
            })
        })?;
    (n >= shortest).then(|| past(head, ending))
}

/// Two event stems that name one event: the same stem, unless a noun made
/// from a verb meets a bare noun ("the statement" is not "the state"; it
/// meets "stated" only).
fn same_event(a: &str, b: &str) -> bool {
    let (sa, ma) = a.split_once('#').unwrap_or((a, ""));
    let (sb, mb) = b.split_once('#').unwrap_or((b, ""));
    sa == sb && !matches!((ma, mb), ("d", "n") | ("n", "d"))
}

fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "the" | "a" | "an" | "this" | "that" | "its" | "their" | "his" | "her" | "our"
    )
}

fn weekday_index(w: &str) -> Option<usize> {
    WEEKDAYS.iter().position(|d| *d == w)
}

/// "Tuesday's" or "Tuesday’s": the weekday and whether it is possessive.
fn weekday_word(w: &str) -> Option<(usize, bool)> {
    let base = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    Some((weekday_index(base)?, base.len() != w.len()))
}

/// Dates are kept apart from weekdays: a day value of 7 or more is a date,
/// `DATE + month * 32 + day of the month`. A weekday and a date are
/// compared only in the years the draft gives ([`super::weekday::story_years`]).
const DATE: usize = 7;

fn day_name(day: usize) -> String {
    if day < DATE {
        WEEKDAYS[day].to_string()
    } else {
        let v = day - DATE;
        format!("{} {}", MONTHS[v / 32], v % 32)
    }
}

/// Whether `later` falls in the days just after `start`: up to four
/// weekdays on ("Monday" to "Friday"), or up to sixty days on for dates.
/// A weekday and a date are never after each other here.
fn days_after(start: usize, later: usize) -> bool {
    match (start < DATE, later < DATE) {
        (true, true) => (1..=4).contains(&((later + 7 - start) % 7)),
        (false, false) => {
            let at = |d: usize| ((d - DATE) / 32) * 31 + (d - DATE) % 32;
            (1..=60).contains(&(at(later) as i64 - at(start) as i64))
        }
        _ => false,
    }
}

/// A date's value (see [`DATE`]) in a year.
fn date_in(year: i32, date: usize) -> Option<Date> {
    let v = date.checked_sub(DATE)?;
    Date::new(year, (v / 32) as u32 + 1, (v % 32) as u32)
}

/// A capitalised month name or its abbreviation ("Nov", "Sept").
fn month_of(word: &str) -> Option<usize> {
    if !word.starts_with(|c: char| c.is_uppercase()) || word.len() < 3 {
        return None;
    }
    // The month names are ASCII with no "k", so a word that lower-cases to
    // one (or to its first three or four letters) is ASCII too, and is
    // compared without lower-casing a copy of either.
    MONTHS.iter().position(|m| {
        m.eq_ignore_ascii_case(word)
            || (3..=4).contains(&word.len())
                && m.get(..word.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(word))
    })
}

/// A day of the month: "3", "03", "3rd", "21st".
fn day_of_month(word: &str) -> Option<usize> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A date starting at word `i`: its value and the index of its last word.
fn date_at(ctx: &Ctx, words: &[Word], lower: &[String], i: usize) -> Option<(usize, usize)> {
    let text = |j: usize| words.get(j).map_or("", |w| ctx.doc.text(w.range.clone()));
    if let Some(m) = month_of(text(i)) {
        let j = if lower.get(i + 1).is_some_and(|l| l == ".") {
            i + 2
        } else {
            i + 1
        };
        let d = day_of_month(text(j))?;
        // "March 3, 2016": a date, not "March 3 to 5" or "March 3.5".
        if lower
            .get(j + 1)
            .is_some_and(|l| l == "-" || l == "–" || l == "/")
        {
            return None;
        }
        return Some((DATE + m * 32 + d, j));
    }
    let d = day_of_month(text(i))?;
    // "on 3 March", not "3-1 March" nor a count ("3 May tenants")
    let m = month_of(text(i + 1))?;
    if i > 0 && lower[i - 1] != "on" && lower[i - 1] != "," && !is_function_word(&lower[i - 1]) {
        return None;
    }
    Some((DATE + m * 32 + d, i + 1))
}

/// Words that only place a weekday in the day: never an event.
fn is_time_word(lower: &str) -> bool {
    matches!(
        lower,
        "night"
            | "morning"
            | "afternoon"
            | "evening"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "time"
            | "times"
            | "hours"
            | "hour"
            | "today"
            | "tonight"
            | "late"
            | "early"
            | "midnight"
            | "noon"
            | "dawn"
            | "overnight"
    )
}

/// A word that puts nothing on the weekday after it ("before Tuesday",
/// "by Friday", "next Monday", "every Sunday").
fn is_relative(lower: &str) -> bool {
    matches!(
        lower,
        "before"
            | "after"
            | "until"
            | "till"
            | "since"
            | "by"
            | "from"
            | "through"
            | "to"
            | "for"
            | "next"
            | "last"
            | "this"
            | "every"
            | "following"
            | "each"
            | "between"
            | "than"
            | "and"
            | "or"
            | "past"
            | "coming"
            | "previous"
    )
}

/// A sentence that says the day changed: both days can be right.
fn says_change(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    [
        "postpone",
        "reschedul",
        "delayed",
        "moved",
        "originally",
        "initially",
        "instead",
        "pushed back",
        "brought forward",
        "was due",
        "had been due",
        "was set",
        "had been set",
        "was scheduled",
        "had been scheduled",
        "was supposed",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// A word that makes an event one of several occasions of its kind ("the
/// first vote", "a second vote", "another strike", "voted again"): a day
/// for it says nothing of the others.
fn is_another_occasion(lower: &str) -> bool {
    matches!(
        lower,
        "first"
            | "second"
            | "third"
            | "fourth"
            | "final"
            | "another"
            | "again"
            | "new"
            | "fresh"
            | "repeat"
            | "rerun"
            | "initial"
            | "latest"
            | "previous"
            | "prior"
            | "separate"
            | "earlier"
            | "later"
    ) || is_ordinal(lower)
}

/// An ordinal past the few [`is_another_occasion`] names, in words or
/// figures ("fifth", "seventh", "twelfth", "5th", "22nd"): "on the seventh
/// count" is one count of several.
fn is_ordinal(lower: &str) -> bool {
    use crate::number_words::UNITS;
    if let Some(digits) = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|x| lower.strip_suffix(x))
    {
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            return true;
        }
    }
    let last = lower.rsplit('-').next().unwrap_or(lower);
    matches!(
        last,
        "first" | "second" | "third" | "fifth" | "eighth" | "ninth" | "twelfth" | "hundredth"
    ) || last.strip_suffix("th").is_some_and(|base| {
        UNITS.contains(&base)
            || base.strip_suffix("ie").is_some_and(|t| {
                crate::number_words::TENS
                    .iter()
                    .any(|x| x.strip_suffix('y') == Some(t))
            })
    })
}

fn is_boundary(w: &str) -> bool {
    matches!(
        w,
        "," | ";" | ":" | "(" | ")" | "—" | "–" | "-" | "“" | "”" | "\"" | "?" | "!" | "‘"
    )
}

/// A lower-case content word of the clause: not a grammar word, a time word,
/// a number or a name.
fn content<'t>(text: &'t str, lower: &str) -> Option<&'t str> {
    let first = text.chars().next()?;
    (first.is_lowercase()
        && text
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '’' || c == '\'')
        && !is_function_word(lower)
        && !is_light_verb(lower)
        && !is_time_word(lower))
    .then_some(text)
}

/// A noun phrase's head after a determiner or a possessive weekday: the
/// last of up to three content words, ended by a grammar word, a light
/// verb, a verb in -ed after the noun, or punctuation. Numbers ("Saturday's
/// 2-1 win") and participles in front ("the planned strike") are skipped.
fn noun_head(ctx: &Ctx, words: &[Word]) -> Option<Range<usize>> {
    let mut head = None;
    let mut taken = 0;
    for (n, w) in words.iter().enumerate().take(5) {
        if !w.is_word {
            // "the inspectors' visit": a plural possessive, then its noun.
            let possessive = matches!(ctx.doc.text(w.range.clone()), "'" | "’")
                && n > 0
                && ctx.doc.text(words[n - 1].range.clone()).ends_with('s');
            if possessive {
                continue;
            }
            break;
        }
        let t = ctx.doc.text(w.range.clone());
        if t.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let lower = t.to_lowercase();
        // "Tuesday's walkout drew hundreds", "the final earns him a
        // place": a verb after the noun, in the past or with its object.
        let object_follows = words.get(n + 1).is_some_and(|x| {
            matches!(
                ctx.doc.text(x.range.clone()),
                "him"
                    | "her"
                    | "them"
                    | "it"
                    | "us"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "its"
                    | "their"
                    | "our"
                    | "every"
                    | "all"
                    | "some"
                    | "both"
                    | "several"
                    | "dozens"
                    | "hundreds"
                    | "thousands"
            )
        });
        // "Tuesday's walkout cost the port": a word with an object after
        // it is a verb whatever its ending.
        if head.is_some() && (lower.ends_with("ed") || is_irregular_past(&lower) || object_follows)
        {
            break;
        }
        if content(t, &lower).is_none() {
            break;
        }
        head = Some(w.range.clone());
        taken += 1;
        if taken == 3 {
            break;
        }
    }
    head.filter(|r| !is_time_word(&ctx.doc.text(r.clone()).to_lowercase()))
}

use crate::document::Word;

pub(super) fn days(ctx: &Ctx, quotes: &[Quote], out: &mut Vec<Finding>) {
    let mut facts: Vec<DayFact> = Vec::new();
    // Someone's words: a day inside them is theirs to tell ("“We voted on
    // Tuesday,” she said"), not the draft's statement of the event.
    let speech = spoken_ranges(quotes);
    let quoted = |at: usize| {
        let k = speech.partition_point(|q| q.start <= at);
        speech[..k].iter().rev().take(2).any(|q| q.contains(&at))
    };
    let mut lower: Vec<String> = Vec::new();
    for p in &ctx.doc.paragraphs {
        if p.kind != BlockKind::Text {
            continue;
        }
        for si in p.sentences.clone() {
            let s = ctx.doc.sentences[si].clone();
            // Only sentences that can name a weekday are read word by word.
            let sentence_text = ctx.doc.text(s.clone());
            if !sentence_text.contains("day")
                && !sentence_text.contains(|c: char| c.is_ascii_digit())
            {
                continue;
            }
            let from = ctx.doc.word_at_or_after(s.start);
            let to = ctx.doc.word_at_or_after(s.end);
            let words = &ctx.doc.words[from..to];
            // A day is read only at a weekday or a month's name: a sentence
            // with neither is passed over before its words are lower-cased.
            if !words.iter().any(|w| {
                let t = ctx.doc.text(w.range.clone());
                weekday_word(t).is_some() || month_of(t).is_some()
            }) {
                continue;
            }
            // The words lower-cased into strings kept from sentence to
            // sentence, so a sentence costs no allocation per word.
            lower.truncate(words.len());
            lower.resize_with(words.len(), String::new);
            for (l, w) in lower.iter_mut().zip(words) {
                let t = ctx.doc.text(w.range.clone());
                l.clear();
                if t.is_ascii() {
                    l.push_str(t);
                    l.make_ascii_lowercase();
                } else {
                    *l = t.to_lowercase();
                }
            }
            let lower = &lower[..];
            // The verb a lower-case agent noun is made from ("inspectors");
            // a capital past the sentence's first word marks a name.
            let agent_at = |j: usize| {
                let w = &words[j];
                let lower_case = j == 0
                    || ctx
                        .doc
                        .text(w.range.clone())
                        .starts_with(char::is_lowercase);
                (w.is_word && lower_case)
                    .then(|| agent_verb(&lower[j]))
                    .flatten()
            };
            for (i, w) in words.iter().enumerate() {
                if !w.is_word {
                    continue;
                }
                // A weekday, or a date ("March 3", "3 March", "Nov. 8"),
                // which ends at `last`.
                let (day, mut possessive, last) = match weekday_word(ctx.doc.text(w.range.clone()))
                {
                    Some((day, possessive)) => (day, possessive, i),
                    None => match date_at(ctx, words, lower, i) {
                        Some((day, last)) => (day, false, last),
                        None => continue,
                    },
                };
                if quoted(w.range.start) {
                    continue;
                }
                // "the March 5 vote": a date before a noun names one event,
                // as a possessive weekday does.
                let mut next = last + 1;
                if day >= DATE && i > 0 && lower[i - 1] == "the" && !possessive {
                    possessive = true;
                }
                // "the Tuesday walkout", "the Friday night final": a
                // weekday before a noun after "the" names one event too.
                // "the Sunday Times" (a name), "the Monday after the vote"
                // (no noun) are none.
                if day < DATE && i > 0 && lower[i - 1] == "the" && !possessive {
                    let n = i + 1 + usize::from(lower.get(i + 1).is_some_and(|l| is_time_word(l)));
                    let noun = words.get(n).filter(|x| {
                        x.is_word
                            && content(ctx.doc.text(x.range.clone()), &lower[n]).is_some()
                            && !is_function_word(&lower[n])
                            && !is_time_word(&lower[n])
                            // "the Friday attacks": a plural names several
                            // events, or loosely one, not one event's day.
                            && (!lower[n].ends_with('s') || lower[n].ends_with("ss"))
                    });
                    if noun.is_some() {
                        possessive = true;
                        next = n;
                    }
                }
                // "Monday night's vote"
                if !possessive {
                    if let Some(n) = lower.get(i + 1) {
                        if let Some(base) = n.strip_suffix("'s").or_else(|| n.strip_suffix("’s"))
                        {
                            if is_time_word(base) {
                                possessive = true;
                                next = i + 2;
                            }
                        }
                    }
                }
                if possessive {
                    let Some(head) = noun_head(ctx, &words[next.min(words.len())..]) else {
                        continue;
                    };
                    // "Menon's win in Saturday's final", "the crowd at
                    // Sunday's match": the noun the day's event is the place
                    // of names the same event, when a possessive or a
                    // determiner makes it definite.
                    if i >= 3
                        && matches!(lower[i - 1].as_str(), "in" | "at" | "during")
                        && words[i - 2].is_word
                        && (lower[i - 3].ends_with("'s")
                            || lower[i - 3].ends_with("’s")
                            || is_determiner(&lower[i - 3]))
                    {
                        let noun = ctx.doc.text(words[i - 2].range.clone());
                        let plural = noun.ends_with('s') && !noun.ends_with("ss");
                        if content(noun, &lower[i - 2]).is_some() && !plural {
                            let key = event_stem(noun, true);
                            facts.push(DayFact {
                                key: Some((key.clone(), words[i - 2].range.clone())),
                                stems: vec![key],
                                day,
                                range: words[i - 2].range.start..head.end,
                                sentence: si,
                                future: None,
                                attached: false,
                                ends: false,
                                several: Vec::new(),
                                definite: Vec::new(),
                                begins: false,
                                agents: Vec::new(),
                                owner: None,
                                since: false,
                            });
                        }
                    }
                    if words[next.min(words.len())..]
                        .iter()
                        .take_while(|x| x.range.start < head.start)
                        .any(|x| is_another_occasion(&ctx.doc.text(x.range.clone()).to_lowercase()))
                    {
                        continue;
                    }
                    let key = event_stem(ctx.doc.text(head.clone()), true);
                    // The agent nouns of the clause before the day, back to
                    // punctuation: "Inspectors said during Wednesday's visit".
                    let agents = (0..i)
                        .rev()
                        .take_while(|&j| !is_boundary(&lower[j]))
                        .take(8)
                        .filter_map(&agent_at)
                        .collect();
                    facts.push(DayFact {
                        key: Some((key.clone(), head.clone())),
                        stems: vec![key],
                        day,
                        range: w.range.start..head.end,
                        sentence: si,
                        future: None,
                        attached: false,
                        ends: false,
                        several: Vec::new(),
                        definite: Vec::new(),
                        begins: false,
                        agents,
                        owner: None,
                        since: false,
                    });
                    continue;
                }
                // Several days, or a plural: no one day for the event.
                // A dash makes a range only before another day ("Monday –
                // Friday"); otherwise it opens an aside ("on Friday - 67% of
                // people voted").
                // A dash or "and", "or", "to", "through" makes a range only
                // before another day ("Monday – Friday", "March 3 to 5");
                // otherwise it opens an aside or another clause ("on Friday -
                // 67% of people voted", "began on Monday and closed").
                let is_date = day >= DATE;
                let day_follows = words[(last + 2).min(words.len())..]
                    .iter()
                    .filter(|x| x.is_word)
                    .take(2)
                    .any(|x| {
                        let t = ctx.doc.text(x.range.clone());
                        weekday_word(t).is_some()
                            || month_of(t).is_some()
                            || is_date && t.starts_with(|c: char| c.is_ascii_digit())
                    });
                if day_follows
                    && matches!(
                        lower.get(last + 1).map(String::as_str),
                        Some("-" | "–" | "and" | "or" | "through" | "to")
                    )
                {
                    continue;
                }
                // Back over "on", "late", "early" to the word that governs the day.
                // "earlier this week on Monday", "later on Tuesday" too.
                let mut k = i;
                let mut passed_over_last = false;
                while k > 0
                    && matches!(
                        lower[k - 1].as_str(),
                        "on" | "late" | "early" | "by late" | "last" | "earlier" | "later"
                    )
                    || k > 1 && lower[k - 1] == "week" && lower[k - 2] == "this"
                {
                    // "was burgled last Tuesday": the Tuesday just gone, a
                    // day like "on Tuesday"; not "the last Tuesday of the
                    // month", nor "last" further back ("last week on Monday").
                    if lower[k - 1] == "last" {
                        let before_last = k.checked_sub(2).map(|b| lower[b].as_str());
                        if k != i
                            || !words[k - 1].is_word
                            || before_last
                                .is_some_and(|b| is_determiner(b) || is_relative(b) && b != "since")
                        {
                            passed_over_last = true;
                            k = 0;
                            break;
                        }
                    }
                    k -= if lower[k - 1] == "week" { 2 } else { 1 };
                }
                if passed_over_last {
                    continue;
                }
                // "on strike since Wednesday": the day the state began,
                // compared only with another day the event began.
                let since = k > 0 && lower[k - 1] == "since";
                if since {
                    k -= 1;
                }
                // "before Tuesday"; "their Wednesday show", "the early Sunday launch"
                if k > 0
                    && (is_relative(&lower[k - 1])
                        || matches!(
                            lower[k - 1].as_str(),
                            "the" | "a" | "an" | "their" | "his" | "her" | "its" | "our"
                        ))
                {
                    continue;
                }
                // The clause before the weekday, back to punctuation (a
                // relative clause reaches back to its noun: "The strike,
                // which began Monday").
                let mut start = k;
                let mut segments = 0;
                while start > 0 && i - start < 14 {
                    if let Some((_, possessive)) =
                        weekday_word(ctx.doc.text(words[start - 1].range.clone()))
                    {
                        // "Results of Monday's vote were published on
                        // Wednesday": the possessive's noun has its own day.
                        if possessive {
                            if let Some(head) = noun_head(ctx, &words[start..k]) {
                                start += words[start..k]
                                    .iter()
                                    .take_while(|x| x.range.start <= head.start)
                                    .count();
                            }
                        }
                        break;
                    }
                    // "evacuated 45,000 people on Saturday": a number's
                    // comma bounds no clause.
                    if is_boundary(&lower[start - 1])
                        && !comma_in_number(ctx, words, lower, start - 1)
                    {
                        // "The vote, held on Tuesday,": a participle opens
                        // a reduced relative clause on the noun before it.
                        let participle = lower.get(start).is_some_and(|l| {
                            (l.ends_with("ed") || is_irregular_past(l))
                                && start >= 2
                                && words[start - 2].is_word
                                && content(
                                    ctx.doc.text(words[start - 2].range.clone()),
                                    &lower[start - 2],
                                )
                                .is_some()
                        });
                        let opens_relative = participle
                            || matches!(
                                lower.get(start).map(String::as_str),
                                Some("which" | "that" | "who")
                            );
                        // "The storm, the worst rain in a decade, hit on
                        // Sunday": an apposition between the subject and
                        // its verb names the subject again (read first: its
                        // verb may look like a participle, "struck").
                        if segments == 0 {
                            if let Some(open) = apposition_before(ctx, words, lower, start - 1) {
                                segments += 1;
                                start = open;
                                continue;
                            }
                        }
                        if opens_relative && segments == 0 && lower[start - 1] == "," {
                            segments += 1;
                            start -= 1;
                            continue;
                        }
                        break;
                    }
                    start -= 1;
                }
                let mut clause = start..k;
                // "Police said the driver was stopped on Friday": the day
                // dates the reported clause, not the saying, when words of
                // its own stand between the reporting verb and the day.
                if let Some(r) = clause.clone().rev().find(|&j| is_reporting_verb(&lower[j])) {
                    let mut from = r + 1;
                    while from < k && matches!(lower[from].as_str(), "that" | "," | "on" | "in") {
                        from += 1;
                    }
                    let own_words = (from..k)
                        .filter(|&j| {
                            words[j].is_word
                                && content(ctx.doc.text(words[j].range.clone()), &lower[j])
                                    .is_some()
                        })
                        .count();
                    if own_words >= 1 && occasion_of_saying(ctx, words, lower, k).is_none() {
                        clause = from..k;
                    }
                }
                // "On Monday, the council voted": the clause after the day.
                let has_content = |r: &Range<usize>| {
                    r.clone().any(|j| {
                        words[j].is_word
                            && content(ctx.doc.text(words[j].range.clone()), &lower[j]).is_some()
                    })
                };
                if !has_content(&clause) {
                    // "he told me on Friday, is that …": the day of the
                    // saying, not of what follows it.
                    if clause.clone().any(|j| is_reporting_verb(&lower[j])) {
                        continue;
                    }
                    let mut j = last + 1;
                    while j < words.len() && (is_time_word(&lower[j]) || lower[j] == ",") {
                        j += 1;
                    }
                    let mut end = j;
                    while end < words.len()
                        && end - j < 12
                        && (!is_boundary(&lower[end]) || comma_in_number(ctx, words, lower, end))
                    {
                        end += 1;
                    }
                    clause = j..end;
                }
                if clause.clone().any(|j| is_reporting_verb(&lower[j])) {
                    // "spoke in a radio interview on Friday", "told reporters at a
                    // news conference Tuesday": the day dates the occasion
                    // of the saying, which a later definite mention ("The
                    // interview took place on Tuesday") can name.
                    if let Some(noun) = occasion_of_saying(ctx, words, lower, k) {
                        facts.push(DayFact {
                            key: None,
                            stems: vec![event_stem(ctx.doc.text(noun.clone()), true)],
                            day,
                            range: noun.start.min(w.range.start)..w.range.end,
                            sentence: si,
                            future: Some(false),
                            attached: true,
                            ends: false,
                            several: Vec::new(),
                            definite: Vec::new(),
                            begins: false,
                            agents: Vec::new(),
                            owner: None,
                            since: false,
                        });
                    }
                    continue;
                }
                // The words after the day, up to punctuation or a word that
                // starts another time: "on Tuesday night in their final forum".
                let mut after_day = last + 1;
                while after_day < words.len()
                    && after_day - last <= 8
                    && !is_boundary(&lower[after_day])
                    && !matches!(
                        lower[after_day].as_str(),
                        "before"
                            | "after"
                            | "until"
                            | "till"
                            | "since"
                            | "by"
                            | "from"
                            | "through"
                            | "to"
                            | "for"
                            | "than"
                            | "and"
                            | "or"
                            | "when"
                            | "that"
                    )
                    && !is_reporting_verb(&lower[after_day])
                {
                    after_day += 1;
                }
                let future = clause.clone().chain(last + 1..after_day).any(|j| {
                    matches!(
                        lower[j].as_str(),
                        "will"
                            | "shall"
                            | "would"
                            | "due"
                            | "scheduled"
                            | "expected"
                            | "plans"
                            | "planned"
                            | "set"
                            | "going"
                            | "next"
                            | "upcoming"
                    ) || lower[j].ends_with("'ll")
                        || lower[j].ends_with("’ll")
                });
                let stems: Vec<String> = clause
                    .clone()
                    .chain(last + 1..after_day)
                    .filter(|&j| words[j].is_word && !infinitive(lower, j))
                    .filter_map(|j| {
                        content(ctx.doc.text(words[j].range.clone()), &lower[j])
                            .map(|t| event_stem(t, j > 0 && is_determiner(&lower[j - 1])))
                    })
                    .collect();
                // The nouns of the clause after "the" or a possessive
                // pronoun: "The regatta is due to take place on Saturday".
                let definite: Vec<String> = clause
                    .clone()
                    .filter(|&j| {
                        j > 0
                            && words[j].is_word
                            && matches!(
                                lower[j - 1].as_str(),
                                "the" | "this" | "its" | "their" | "his" | "her"
                            )
                    })
                    .filter_map(|j| {
                        content(ctx.doc.text(words[j].range.clone()), &lower[j])
                            .map(|t| event_stem(t, true))
                    })
                    .collect();
                // A definite noun phrase: the clause's subject, or the noun
                // right before "on Monday".
                let mut key = None;
                let mut owner = None;
                let mut attached = false;
                for d in clause.clone() {
                    // "At that meeting on Tuesday", "this vote": a
                    // demonstrative points back to one event as "the" does.
                    if !matches!(
                        lower[d].as_str(),
                        "the" | "his" | "her" | "its" | "their" | "that" | "this"
                    ) {
                        continue;
                    }
                    // "The vote …", "As the convention …": the clause's subject.
                    let subject = d == clause.start
                        || d == clause.start + 1 && is_function_word(&lower[clause.start]);
                    if let Some(head) = noun_head(ctx, &words[d + 1..k.max(d + 1)]) {
                        let hi = words[d + 1..]
                            .iter()
                            .take(6)
                            .position(|w| w.range == head)
                            .map_or(0, |p| d + 1 + p);
                        // "during his speech on Wednesday", "at the hearing Tuesday":
                        // a noun after a preposition of time or place.
                        let before_day = (hi + 2 == i && lower[hi + 1] == "on" || hi + 1 == i)
                            && d > 0
                            && matches!(
                                lower[d - 1].as_str(),
                                "during"
                                    | "at"
                                    | "after"
                                    | "since"
                                    | "following"
                                    | "in"
                                    | "before"
                                    | "ahead"
                            );
                        // "The hearing took place on Friday", "The speech was
                        // delivered on Thursday": the subject is the event when
                        // only a light verb or a passive stands before the day.
                        // "The match, watched by 9,000 fans, was played on
                        // Saturday": an aside between the subject and its
                        // verb is passed over; "The signing, completed on
                        // Friday,": a participle on the noun dates it.
                        let past = |l: &str| l.ends_with("ed") || is_irregular_past(l);
                        let verb_from = if hi + 2 < k && lower[hi + 1] == "," {
                            match (hi + 2..k).find(|&j| lower[j] == ",") {
                                Some(close) => close + 1,
                                None if hi + 3 == k && past(&lower[hi + 2]) => k,
                                None => hi + 1,
                            }
                        } else {
                            hi + 1
                        };
                        let light = (verb_from..k).all(|j| {
                            let l = lower[j].as_str();
                            l == ","
                                || words[j].is_word
                                    && (is_light_verb(l)
                                        || matches!(
                                            l,
                                            "is" | "was"
                                                | "were"
                                                | "are"
                                                | "be"
                                                | "been"
                                                | "will"
                                                | "to"
                                        )
                                        || past(l)
                                            && j > hi + 1
                                            && matches!(
                                                lower[j - 1].as_str(),
                                                "was" | "were" | "been" | "be"
                                            ))
                        });
                        // A plural names several events, not one.
                        let noun = ctx.doc.text(head.clone());
                        let plural = noun.ends_with('s')
                            && !noun.ends_with("ss")
                            && !noun.ends_with("us")
                            && !noun.ends_with("is");
                        if (subject && light || before_day) && !plural {
                            key = Some((event_stem(noun, true), head));
                            owner = (d + 1..hi).find_map(|j| {
                                let t = ctx.doc.text(words[j].range.clone());
                                t.strip_suffix("'s")
                                    .or_else(|| t.strip_suffix("’s"))
                                    .map(str::to_string)
                            });
                            attached = before_day && !(subject && light);
                            break;
                        }
                    }
                }
                if stems.is_empty() {
                    continue;
                }
                // "again" marks the clause's event; "a second vote", "the
                // first ballot" the noun after the word.
                let stem_at = |j: usize| {
                    (words[j].is_word)
                        .then(|| content(ctx.doc.text(words[j].range.clone()), &lower[j]))
                        .flatten()
                        .map(|t| event_stem(t, j > 0 && is_determiner(&lower[j - 1])))
                };
                // The clause and the words after the day: the clause may
                // stand before the day ("A second vote on Thursday") or
                // after it ("On Friday, the club's second eleven lost").
                let span = clause.start.min(last + 1)..after_day.max(clause.end);
                let mut several = Vec::new();
                // "arrested one man on Monday and another on Wednesday":
                // the clause's event is one of several.
                if lower.get(after_day).is_some_and(|l| l == "and" || l == ",")
                    && lower[after_day + 1..]
                        .iter()
                        .take(2)
                        .any(|l| is_another_occasion(l))
                {
                    several.extend(clause.clone().filter_map(stem_at));
                }
                for j in span.clone() {
                    if lower[j] == "again" {
                        several.extend(clause.clone().filter_map(stem_at));
                    } else if is_another_occasion(&lower[j]) {
                        several.extend((j + 1..(j + 3).min(span.end)).filter_map(stem_at));
                    }
                }
                let range_start = words[clause.start.min(k)].range.start;
                facts.push(DayFact {
                    key,
                    stems,
                    day,
                    range: range_start.min(w.range.start)..words[last].range.end,
                    sentence: si,
                    future: Some(future),
                    attached,
                    ends: clause.clone().any(|j| {
                        matches!(
                            lower[j].as_str(),
                            "ended" | "ends" | "ending" | "finished" | "concluded" | "wrapped"
                        )
                    }),
                    several,
                    definite,
                    begins: since
                        || clause.clone().any(|j| {
                            matches!(
                                lower[j].as_str(),
                                "began"
                                    | "begins"
                                    | "begun"
                                    | "opened"
                                    | "opens"
                                    | "launched"
                                    | "started"
                                    | "starts"
                                    | "continued"
                            )
                        }),
                    // "the inspectors' visit on Wednesday"
                    agents: clause.clone().filter_map(&agent_at).collect(),
                    owner,
                    since,
                });
            }
        }
    }
    report(ctx, &facts, out);
}

/// A verb after "to" that is no light verb's ("voted to strike on Monday",
/// "agreed to sell"): what was decided or wanted, not what happened on the
/// day. "began to vote" still names the vote.
fn infinitive(lower: &[String], j: usize) -> bool {
    j >= 2 && lower[j - 1] == "to" && !is_light_verb(&lower[j - 2]) && lower[j - 2] != ","
}

/// Whether the word `j` is a comma between digits ("9,000"), part of a
/// number and no clause's boundary.
fn comma_in_number(ctx: &Ctx, words: &[Word], lower: &[String], j: usize) -> bool {
    let digit = |j: usize| {
        words.get(j).is_some_and(|w| {
            ctx.doc
                .text(w.range.clone())
                .starts_with(|c: char| c.is_ascii_digit())
        })
    };
    lower[j] == "," && j > 0 && digit(j - 1) && digit(j + 1)
}

/// The comma opening an apposition that ends at the comma `close`: ", the
/// worst rain in a decade," after a noun ("The storm, the worst rain in a
/// decade, hit"), or a relative or participle clause on it (", which
/// flooded the valley,", ", watched by 9,000 fans,"). The apposition opens
/// with an article, "which", "who" or a past form and holds no other
/// punctuation; the word before it is a content word.
fn apposition_before(ctx: &Ctx, words: &[Word], lower: &[String], close: usize) -> Option<usize> {
    if lower[close] != "," {
        return None;
    }
    let in_number = |j: usize| comma_in_number(ctx, words, lower, j);
    let open = (close.saturating_sub(10)..close)
        .rev()
        .find(|&j| !words[j].is_word && !in_number(j))?;
    let noun = open.checked_sub(1)?;
    let opener = lower[open + 1].as_str();
    // A clause opened by "which" or a past form is an aside only where
    // the subject's verb follows it ("The final, which drew fans, was
    // played"), not where the sentence goes on ("who is to give a
    // long speech on the budget").
    let verb_after = lower.get(close + 1).is_some_and(|l| {
        matches!(l.as_str(), "was" | "were" | "is" | "are" | "has" | "had")
            || l.ends_with("ed")
            || is_irregular_past(l)
            || is_light_verb(l)
    });
    (lower[open] == ","
        && close > open + 2
        && (matches!(opener, "the" | "a" | "an")
            || verb_after
                && (matches!(opener, "which" | "who")
                    || opener.ends_with("ed")
                    || is_irregular_past(opener)))
        && words[noun].is_word
        && content(ctx.doc.text(words[noun].range.clone()), &lower[noun]).is_some())
    .then_some(open)
}

/// The noun of "in an interview", "at a news conference", "in a statement"
/// right before the day a reporting verb's clause gives (`k` is the word
/// before "on" or the day).
fn occasion_of_saying(
    ctx: &Ctx,
    words: &[Word],
    lower: &[String],
    k: usize,
) -> Option<Range<usize>> {
    let noun = k.checked_sub(1)?;
    if !words[noun].is_word
        || content(ctx.doc.text(words[noun].range.clone()), &lower[noun]).is_none()
    {
        return None;
    }
    // Back over up to two describing words to the article and the preposition.
    let mut d = noun;
    while d > 0 && noun - d < 3 {
        d -= 1;
        if matches!(
            lower[d].as_str(),
            "a" | "an" | "the" | "his" | "her" | "its" | "their"
        ) {
            let place = d.checked_sub(1).map(|p| lower[p].as_str());
            return matches!(place, Some("in" | "at" | "during" | "on"))
                .then(|| words[noun].range.clone());
        }
        if !words[d].is_word || content(ctx.doc.text(words[d].range.clone()), &lower[d]).is_none() {
            return None;
        }
    }
    None
}

/// Reports a later statement whose event a definite mention ties to an
/// earlier one on another day, unless some earlier statement of that event
/// agrees with it.
/// Stems of the events the draft speaks of as several occasions: one a
/// clause marks ("will meet again on Thursday", "a second vote") or a
/// plural after a word that counts or gathers them ("both meetings", "the
/// two matches", "all three games"). A weekday for one of them says nothing
/// of another's, anywhere in the draft.
fn several_in_draft(ctx: &Ctx, facts: &[DayFact]) -> Vec<String> {
    let mut several: Vec<String> = facts.iter().flat_map(|f| f.several.clone()).collect();
    // Each run of three words, read without collecting the words.
    let mut before: [Option<&Word>; 2] = [None, None];
    for w in ctx.doc.words.iter().filter(|w| w.is_word) {
        let [first, lead] = before;
        before = [lead, Some(w)];
        let (Some(first), Some(lead)) = (first, lead) else {
            continue;
        };
        let noun = ctx.doc.text(w.range.clone());
        let plural = noun.len() > 4
            && noun.ends_with('s')
            && !noun.ends_with("ss")
            && !noun.ends_with("us")
            && !noun.ends_with("is")
            && noun.starts_with(char::is_lowercase);
        if !plural {
            continue;
        }
        let lead = ctx.doc.text(lead.range.clone());
        let counts = [
            "both", "two", "three", "four", "several", "all", "these", "those",
        ]
        .iter()
        .any(|c| lead.eq_ignore_ascii_case(c));
        // "won by two votes": a count of ballots, not of occasions.
        let by = ctx.doc.text(first.range.clone()).eq_ignore_ascii_case("by");
        if counts && !by {
            several.push(event_stem(noun, true));
        }
    }
    several
}

/// Stems of the nouns the draft writes after "the" ("the vote", "the
/// storm"): an event the draft has one of in mind. Each word is stemmed
/// once, however often the draft writes it.
fn definite_in_draft(ctx: &Ctx) -> Vec<String> {
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    let mut definite = Vec::new();
    let mut after_the = false;
    for w in ctx.doc.words.iter().filter(|w| w.is_word) {
        let n = ctx.doc.text(w.range.clone());
        if after_the && n.starts_with(char::is_lowercase) && seen.insert(n) {
            definite.push(event_stem(n, true));
        }
        after_the = n.eq_ignore_ascii_case("the");
    }
    definite
}

fn report(ctx: &Ctx, facts: &[DayFact], out: &mut Vec<Finding>) {
    let text = &ctx.doc.prose;
    let mut reported: Vec<Range<usize>> = Vec::new();
    // One day alone meets no other: the draft-wide readings below are
    // made only where two days can meet.
    if facts.len() < 2 {
        return;
    }
    // Read only once a pair of facts asks for them.
    let several = OnceCell::new();
    let definite = OnceCell::new();
    let years: OnceCell<Vec<i32>> = OnceCell::new();
    for (j, later) in facts.iter().enumerate().take(400) {
        let mut conflict: Option<(&DayFact, &Range<usize>)> = None;
        let mut agrees = false;
        for earlier in facts[..j].iter().rev() {
            if earlier.sentence == later.sentence {
                continue;
            }
            // Two possessives ("Tuesday's vote", "Thursday's vote") name one
            // event only where the draft speaks of no other occasion of it
            // (no plural, no "second", no "last Saturday's forum") and both
            // sentences look the same way in time; read below.
            let both_possessive = earlier.future.is_none() && later.future.is_none();
            let (key, noun, keyed, other) = match (&earlier.key, &later.key) {
                (Some((k, r)), _) if later.names(k) => (k, r, earlier, later),
                (_, Some((k, r))) if earlier.names(k) => (k, r, later, earlier),
                // "The audit, carried out on Tuesday" and "Auditors
                // said during Wednesday's visit".
                (_, Some((k, r))) if later.done_by_agents_of(earlier) => (k, r, later, earlier),
                (Some((k, r)), _) if earlier.done_by_agents_of(later) => (k, r, earlier, later),
                _ => continue,
            };
            // "He was arrested on Monday" and "his co-defendant's arrest on
            // Tuesday": another person's arrest, unless the other statement
            // names the owner too.
            if let Some(o) = &keyed.owner {
                let sentence = ctx.doc.text(ctx.doc.sentences[other.sentence].clone());
                if !sentence.contains(o.as_str()) {
                    continue;
                }
            }
            // "Monday's hearing ran late" and "the board will hold a hearing
            // on Thursday": what will happen is another occasion than a
            // possessive's, unless the possessive's sentence looks ahead too
            // (read only for the pairs that name one event).
            let ahead = |f: &DayFact| {
                f.future.unwrap_or_else(|| {
                    let mut prev = "";
                    ctx.doc
                        .text(ctx.doc.sentences[f.sentence].clone())
                        .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
                        .filter(|w| !w.is_empty())
                        .any(|w| {
                            // "is due", "was scheduled", "are expected":
                            // a predicate; "the first scheduled departure"
                            // is only a description.
                            let predicate = matches!(
                                prev,
                                "is" | "are" | "was" | "were" | "be" | "been" | "being"
                            );
                            prev = w;
                            matches!(w, "will" | "would")
                                || predicate
                                    && matches!(w, "due" | "scheduled" | "expected" | "set")
                                || w.ends_with("'ll")
                                || w.ends_with("’ll")
                        })
                })
            };
            // A definite mention in the clause that looks ahead ("The
            // primary is due to take place on Wednesday") refers back to
            // the possessive's event; an indefinite one ("will hold a
            // hearing") is another.
            let refers_back = |f: &DayFact, other: &DayFact| {
                other.key.as_ref().is_some_and(|(b, _)| {
                    f.key.as_ref().is_some_and(|(a, _)| same_event(a, b))
                        || f.definite.iter().any(|a| same_event(a, b))
                })
            };
            // "last Saturday's forum", "next Tuesday's vote": one of several.
            let qualified = |f: &DayFact| {
                before(text, f.range.start, 24)
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "last"
                                | "next"
                                | "this"
                                | "previous"
                                | "upcoming"
                                | "coming"
                                | "following"
                                | "each"
                                | "every"
                        )
                    })
            };
            // "Last Tuesday's meeting" and "The board met on Monday": a
            // possessive told apart from others of its kind is one of them.
            if earlier.future.is_none() && qualified(earlier)
                || later.future.is_none() && qualified(later)
            {
                continue;
            }
            if both_possessive
                && (ahead(earlier) != ahead(later)
                    || !matches!((&earlier.key, &later.key), (Some((a, _)), Some((b, _))) if same_event(a, b))
                    || !definite
                        .get_or_init(|| definite_in_draft(ctx))
                        .iter()
                        .any(|d| same_event(d, key)))
            {
                continue;
            }
            if ahead(earlier) != ahead(later)
                && (earlier.future.is_none() && !refers_back(later, earlier)
                    || later.future.is_none() && !refers_back(earlier, later))
            {
                continue;
            }
            if earlier.one_of_several(key)
                || later.one_of_several(key)
                || several
                    .get_or_init(|| several_in_draft(ctx, facts))
                    .iter()
                    .any(|s| same_event(s, key))
            {
                continue;
            }
            // "since Wednesday" meets only another start.
            if (earlier.since || later.since) && !(earlier.begins && later.begins) {
                continue;
            }
            // "The trial began on Monday" and "The trial heard on Wednesday
            // from the victim's mother": an event that began on one day
            // goes on over the days after it, on which a clause may say
            // what happened in it. Not a day before the start ("fought the
            // blaze late Sunday" and "The blaze began on Monday"), nor the
            // event named as the clause's subject or by a possessive day.
            let (start, during) = if earlier.begins {
                (earlier, later)
            } else {
                (later, earlier)
            };
            if start.begins
                && !during.begins
                && during.key.is_none()
                && during.future.is_some()
                && days_after(start.day, during.day)
            {
                continue;
            }
            if earlier.ends != later.ends {
                continue;
            }
            // A weekday and a date meet in the years the draft may be in
            // ("Tuesday's vote" and "voted on 12 March" in a story of 2024);
            // where the draft does not say, they are not compared.
            let same_day = match (earlier.day >= DATE, later.day >= DATE) {
                (false, false) | (true, true) => earlier.day == later.day,
                (true, false) | (false, true) => {
                    let years = years.get_or_init(|| super::weekday::story_years(text));
                    if years.is_empty() {
                        continue;
                    }
                    let (date, weekday) = if earlier.day >= DATE {
                        (earlier.day, later.day)
                    } else {
                        (later.day, earlier.day)
                    };
                    years
                        .iter()
                        .any(|&y| date_in(y, date).is_some_and(|d| d.weekday() == weekday))
                }
            };
            if !earlier.attached
                && !later.attached
                && matches!((earlier.future, later.future), (Some(a), Some(b)) if a != b)
            {
                continue;
            }
            if same_day {
                agrees = true;
                break;
            }
            let changed = says_change(ctx.doc.text(ctx.doc.sentences[earlier.sentence].clone()))
                || says_change(ctx.doc.text(ctx.doc.sentences[later.sentence].clone()));
            if !changed {
                conflict = Some((earlier, noun));
            }
        }
        let Some((earlier, noun)) = conflict.filter(|_| !agrees) else {
            continue;
        };
        // One statement read as two facts ("Menon's win in Saturday's
        // final") is reported once.
        if reported
            .iter()
            .any(|r: &Range<usize>| r.end == later.range.end)
        {
            continue;
        }
        reported.push(later.range.clone());
        // A date against a weekday: the weekdays the date may be.
        let date = [earlier.day, later.day].into_iter().find(|&d| d >= DATE);
        let weekdays = match (date, years.get()) {
            (Some(date), Some(years)) if earlier.day < DATE || later.day < DATE => {
                let mut names: Vec<&str> = Vec::new();
                for d in years.iter().filter_map(|&y| date_in(y, date)) {
                    if !names.contains(&d.weekday_name()) {
                        names.push(d.weekday_name());
                    }
                }
                let in_years = match years.as_slice() {
                    [y] => format!("in {y}"),
                    [first, .., last] => format!("from {first} to {last}"),
                    [] => String::new(),
                };
                format!(
                    "; {} is a {} {in_years}, the years the draft gives",
                    day_name(date),
                    names.join(" or a ")
                )
            }
            _ => String::new(),
        };
        out.push(ctx.conflict(
            "conflicting-day",
            later.range.clone(),
            earlier.range.clone(),
            format!(
                "“{}” puts the {} on {}, but line {} puts it on {} (“{}”){weekdays}: check the day",
                text[later.range.clone()].trim(),
                &text[noun.clone()],
                day_name(later.day),
                ctx.line(earlier.range.start),
                day_name(earlier.day),
                text[earlier.range.clone()].trim(),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::days;

    /// A month read without lower-casing copies: the same answer as
    /// lower-casing the word and every month name, for the names, their
    /// heads, every case, and every character put in place of a letter
    /// (the Kelvin sign lower-cases to "k", dotted İ to two characters).
    #[test]
    fn month_of_answers_as_lower_casing_did() {
        use super::{month_of, MONTHS};
        let lowered = |word: &str| {
            if !word.starts_with(|c: char| c.is_uppercase()) || word.len() < 3 {
                return None;
            }
            let lower = word.to_lowercase();
            MONTHS.iter().position(|m| {
                let m = m.to_lowercase();
                m == lower || lower.len() >= 3 && lower.len() <= 4 && m.starts_with(&lower)
            })
        };
        let mut words: Vec<String> = Vec::new();
        for m in MONTHS {
            for n in 1..=m.len() {
                let head = &m[..n];
                words.extend([head.to_string(), head.to_uppercase(), head.to_lowercase()]);
                for k in 0..n {
                    // ASCII, what changes case to or from ASCII, and others.
                    let near_ascii = |c: char| {
                        c.is_ascii()
                            || c.to_lowercase().any(|l| l.is_ascii())
                            || c.to_uppercase().any(|u| u.is_ascii())
                            || matches!(c, 'é' | 'ñ' | 'ß' | 'Å')
                    };
                    for c in (0..0x3000).filter_map(char::from_u32) {
                        if near_ascii(c) {
                            let mut w: Vec<char> = head.chars().collect();
                            w[k] = c;
                            words.push(w.into_iter().collect());
                        }
                    }
                }
            }
        }
        words.extend(["Mİ", "İan", "Sept", "SEPT", "Sep.", "Marchx"].map(String::from));
        let mut found = 0;
        for w in &words {
            assert_eq!(month_of(w), lowered(w), "{w:?}");
            found += usize::from(lowered(w).is_some());
        }
        assert!(found > 100, "{found}");
    }

    #[test]
    fn an_event_named_by_its_noun_meets_its_verb() {
        // noun and verb with a particle: walkout / walked off
        let c = days("Drivers walked off the job early Monday when talks failed.\n\nRidership on the trains has doubled since Tuesday's walkout began.");
        assert_eq!(c, ["Tuesday's walkout"]);
        // vote / voted, the possessive after the verb
        let c = days("The board voted 5-4 late on Tuesday to cut the levy.\n\nLandlords criticised the measure after Monday's vote.");
        assert_eq!(c, ["Monday's vote"]);
        // stop / stopped, with a place between the verb and the day
        let c = days("A trooper stopped the van on Route 9 on Sunday night.\n\nThe footage from Monday's stop has not been released.");
        assert_eq!(c, ["Monday's stop"]);
        // a subject with a light verb against a noun after a preposition
        let c = days("The hearing took place on Wednesday.\n\nResidents packed the hall during the hearing on Thursday, and many left angry.");
        assert_eq!(c.len(), 1, "{c:?}");
        // announcement / announced, passive against passive noun subject
        let c = days("Nominations were announced on Sunday, and the site crashed.\n\nThe announcement was made on Monday.");
        assert_eq!(c.len(), 1, "{c:?}");
        // a relative clause reaches back to its noun
        let c = days("The strike, which began Monday, closed every school.\n\nParents lost a third day of work to Wednesday's strike.");
        assert_eq!(c, ["Wednesday's strike"]);
        // the event named after the day, in the lede
        let c = days("The candidates traded jabs on Tuesday night in their last debate ahead of the primary.\n\nAnalysts said Monday's debate swayed few voters.");
        assert_eq!(c, ["Monday's debate"]);
    }

    #[test]
    fn an_event_named_by_the_agents_who_carry_it_out() {
        // the agents of a noun made from their verb, before a possessive day
        let c = days("The final negotiation took place on Wednesday in Geneva.\n\nNegotiators walked out of Thursday's session.");
        assert_eq!(c, ["Thursday's session"]);
        // their possessive on the noun of a clause
        let c = days("The inspection of the bridge took place on Monday.\n\nThe inspectors' tour on Tuesday found rust on two girders.");
        assert_eq!(c.len(), 1, "{c:?}");
        // a reduced relative clause on the event, a reporting verb after the agents
        let c = days("The evaluation, carried out on Friday, praised the staff.\n\nEvaluators said during Saturday's visit that the wards were clean.");
        assert_eq!(c, ["Saturday's visit"]);
    }

    #[test]
    fn a_verb_with_its_object_ends_the_noun() {
        let c = days("Dockers walked off the job on Monday.\n\nThe union said Tuesday's walkout cost the port millions.");
        assert_eq!(c, ["Tuesday's walkout"]);
        let c = days("The board voted on Monday to close the pool.\n\nWednesday's vote put the lifeguards out of work.");
        assert_eq!(c, ["Wednesday's vote"]);
    }

    #[test]
    fn other_agents_and_processes_are_not_one_event() {
        // agents of another verb
        assert!(days("The inspection took place on Monday.\n\nAuditors said during Tuesday's visit that the books were in order.").is_empty());
        // a noun that is not made from a verb
        assert!(days("The work was finished on Monday.\n\nWorkers said at Tuesday's meeting that they were tired.").is_empty());
        // a process that began on a day goes on after it
        assert!(days("The investigation began on Monday.\n\nInvestigators said at Wednesday's news conference that two men were held.").is_empty());
        // what will happen
        assert!(days(
            "The inspection took place on Monday.\n\nInspectors will return for Thursday's visit."
        )
        .is_empty());
        // another occasion
        assert!(days("The first inspection was carried out on Monday.\n\nInspectors said during a second visit on Thursday that the roof had been fixed.").is_empty());
    }

    #[test]
    fn other_occasions_are_not_conflicts() {
        // what will happen is another occasion
        assert!(days("The board voted on Monday to close the annex.\n\nThe board will vote on Thursday on the budget.").is_empty());
        assert!(
            days("Monday's hearing ran late.\n\nThe board will hold a hearing on Thursday.")
                .is_empty()
        );
        // two events each named by its day, none of them "the debate"
        assert!(days("Wednesday's debate was tense.\n\nSunday's debate was calmer.").is_empty());
        // the day of the report, not of the event
        assert!(days(
            "The bridge reopened on Monday.\n\nThe bridge reopened, officials said Tuesday."
        )
        .is_empty());
        // a changed day is said to have changed
        assert!(days(
            "The vote took place on Thursday.\n\nThe vote, first set for Monday, was postponed."
        )
        .is_empty());
        // two days in one sentence
        assert!(days("The strike began on Monday and the strike ended on Friday.").is_empty());
        // an object of another verb is not the event
        assert!(days(
            "The station first aired the video Friday.\n\nJurors watched the video on Thursday."
        )
        .is_empty());
        // plural events
        assert!(days(
            "The attacks on Friday killed nine.\n\nThe attacks took place on Saturday and Sunday."
        )
        .is_empty());
        // a weekday used as an adjective, or relative to the event
        assert!(days(
            "The vote took place on Tuesday.\n\nThe vote came before their Friday deadline."
        )
        .is_empty());
        assert!(days("Lund won the county primary, officials declared on Thursday, two days after the polls closed.\n\nTurnout in Tuesday's primary was high.").is_empty());
        assert!(days("Lund's weak debate just days before Tuesday's county primary worried aides.\n\nLund stumbled in Saturday's debate.").is_empty());
    }
}
#[cfg(test)]
mod construction_tests {
    use super::super::test_support::days;

    #[test]
    fn a_dash_after_the_day_opens_an_aside() {
        for src in [
            "The two finalists faced the public vote on Friday - 60% of callers backed the baker.\n\nThe vote took place on Saturday.",
            "In a speech in Leeds -- where dockers staged a walkout on Tuesday -- the minister urged calm.\n\nThe walkout took place on Wednesday.",
            "Firefighters fought the blaze late Sunday – the third this month – before rain came.\n\nThe blaze began on Monday.",
        ] {
            assert_eq!(days(src).len(), 1, "{src}");
        }
        // a range of days is no one day
        assert!(days("The union held a strike Monday – Wednesday at three depots.\n\nThe strike began on Tuesday.").is_empty());
    }

    #[test]
    fn the_occasion_of_a_saying() {
        for src in [
            "“We were ready,” the coach said in an interview on Monday.\n\nThe interview took place on Tuesday.",
            "The airline said in a statement on Tuesday that all flights would resume.\n\nThe statement was issued on Wednesday.",
            "The sheriff told reporters at a news conference late Thursday that two men were held.\n\nThe conference was held on Friday.",
            "The minister said during a televised address Sunday night that the curfew would end.\n\nThe address was delivered on Saturday.",
            "Okafor said in a radio interview earlier this week on Monday that he would stand.\n\nThe interview was recorded on Thursday.",
        ] {
            assert_eq!(days(src).len(), 1, "{src}");
        }
        for src in [
            // two interviews, neither named back
            "The coach said in an interview on Monday that he was calm.\n\nHe said in an interview on Tuesday that he was angry.",
            // the report of a statement on a later day
            "The airline said in a statement on Tuesday that flights would resume.\n\nOn Wednesday the airline said the statement had been premature.",
            // another statement
            "The airline said in a statement on Tuesday that flights would resume.\n\nA second statement was issued on Wednesday.",
        ] {
            assert!(days(src).is_empty(), "{src}");
        }
    }

    #[test]
    fn a_day_on_the_event_noun_is_not_dated_by_its_clause() {
        for src in [
            "Traders braced for a volatile week before and after the election on Tuesday.\n\nThe election is due to take place on Sunday.",
            "Fans queued for hours before the launch on Thursday.\n\nThe launch will take place on Friday.",
            "Police closed the road after the crash on Monday night.\n\nThe crash happened on Sunday.",
            // "new" marks the batch, not the speech
            "The mayor spent much of her speech on Monday defending a new budget.\n\nThe speech was delivered on Thursday.",
        ] {
            assert_eq!(days(src).len(), 1, "{src}");
        }
    }

    #[test]
    fn a_scheduled_time_in_the_description_is_not_the_future() {
        // "the first scheduled departure" describes; "is scheduled to"
        // looks ahead.
        for src in [
            "Tuesday's walkout closed every line from the first scheduled departure.\n\nThe drivers walked out on Monday.",
            "Tuesday's walkout closed every line through the expected morning rush.\n\nThe drivers walked out on Monday.",
        ] {
            assert_eq!(days(src).len(), 1, "{src}");
        }
        let src =
            "Tuesday's walkout is scheduled to last a day.\n\nThe drivers walked out on Monday.";
        assert!(days(src).is_empty(), "{src}");
    }

    #[test]
    fn a_word_for_another_occasion_after_the_day() {
        // The clause after "On Friday," marks its event as another one.
        for src in [
            "The club's first team won the final on Saturday.\n\nOn Friday, the club's second team lost its final.",
            "Saturday's vote approved the budget.\n\nOn Tuesday, a separate vote rejected the levy.",
        ] {
            assert!(days(src).is_empty(), "{src}");
        }
    }

    #[test]
    fn several_occasions_of_one_kind() {
        for src in [
            "The first vote on Monday failed by two votes.\n\nA second vote on Thursday passed easily.",
            "Members rejected the offer in the first ballot on Monday.\n\nThe ballot on Thursday was the second.",
            "Lawmakers voted again on Thursday after the vote on Monday failed.\n\nThe vote took place on Monday.",
            "Workers walked out on Monday.\n\nThey walked out again on Friday.",
            // the start and the end of one event
            "The strike began on Monday, closing every depot.\n\nThe strike ended on Friday.",
            "Drivers walked off the job early Monday.\n\nThe walkout ended late Thursday.",
            "The launch on Tuesday was scrubbed.\n\nA new launch on Friday put the satellite in orbit.",
            "Officials announced Wednesday that Tuesday's vote would stand.\n\nThe vote took place on Tuesday.",
            "The strike has closed the port since Monday.\n\nThe strike began on Monday.",
            "The storm made landfall on Tuesday.\n\nThe storm was first spotted on Saturday.",
        ] {
            assert!(days(src).is_empty(), "{src}: {:?}", days(src));
        }
    }

    /// A weekday standing before its noun after "the" names one event, as
    /// a possessive weekday does.
    #[test]
    fn a_weekday_before_its_noun() {
        for (src, found) in [
            ("Dockers walked out on Monday over pay.\n\nThe Tuesday walkout closed the port.", 1),
            ("The council voted on Thursday to close the pool.\n\nCritics said the Wednesday vote was rushed.", 1),
            ("The final was played on Saturday.\n\nThe Friday night final drew a record crowd.", 1),
            ("The council voted on Thursday to close the pool.\n\nCritics said the Thursday vote was rushed.", 0),
            // no event noun after the weekday, or a name
            ("The vote was held on Thursday.\n\nThe Sunday papers had predicted the result.", 0),
            ("The vote was held on Thursday.\n\nOn the Monday after the vote, the mayor resigned.", 0),
            ("The vote was held on Thursday.\n\nThe Sunday Times reported the vote.", 0),
            ("The attack on the depot came on Saturday.\n\nThe Friday attacks shook the city.", 0),
        ] {
            assert_eq!(days(src).len(), found, "{src}: {:?}", days(src));
        }
    }

    /// A figure with a thousands comma inside the clause that states the
    /// day: the comma is the number's, not the clause's end.
    #[test]
    fn a_number_s_comma_does_not_end_the_clause() {
        for (src, found) in [
            ("Crews evacuated 12,500 residents from the valley on Saturday.\n\nFriday's evacuation was orderly.", 1),
            ("Volunteers rescued 1,150 dogs from the farm on Tuesday.\n\nWednesday's rescue took nine hours.", 1),
            ("On Monday the union balloted 4,200 members.\n\nThe ballot on Thursday closed at noon.", 1),
            ("Crews evacuated 12,500 residents from the valley on Saturday.\n\nFriday's storm warning came too late.", 0),
            ("Crews evacuated 12,500 residents on Saturday.\n\nA second evacuation on Monday cleared the town.", 0),
        ] {
            assert_eq!(days(src).len(), found, "{src}: {:?}", days(src));
        }
    }

    /// An ordinal past "fourth", in words or figures, makes its event one
    /// of several: "the seventh count" is not the count.
    #[test]
    fn an_ordinal_makes_one_of_several() {
        for src in [
            "She took the last seat after the ninth count on Sunday.\n\nThe count was halted on Saturday for a recheck.",
            "The 12th round ended on Monday.\n\nThe round on Friday was tense.",
            "Talks broke down in the twentieth session on Tuesday.\n\nThe session on Thursday was short.",
            "The ninth hearing was held on Wednesday.\n\nThe hearing on Monday ran late.",
            "Riders finished the fifth stage on Sunday.\n\nThe stage on Tuesday was cancelled.",
        ] {
            assert!(days(src).is_empty(), "{src}: {:?}", days(src));
        }
        // no ordinal: one event on two days
        assert_eq!(
            days("The hearing was held on Wednesday.\n\nThe hearing on Monday ran late.").len(),
            1
        );
        for (word, ordinal) in [
            ("seventh", true),
            ("twelfth", true),
            ("twenty-first", true),
            ("thirtieth", true),
            ("22nd", true),
            ("5th", true),
            ("month", false),
            ("both", false),
            ("teeth", false),
            ("th", false),
        ] {
            assert_eq!(super::is_ordinal(word), ordinal, "{word}");
        }
    }

    #[test]
    fn an_event_on_two_dates() {
        for src in [
            "The strike began on March 3 and closed every depot.\n\nParents lost a week of work to the strike, which began on March 5.",
            "Residents voted on 12 June to keep the library.\n\nThe vote took place on 14 June.",
            "The rocket was launched on November 8 after two delays.\n\nThe launch on Nov 9 drew a crowd.",
            "Officers arrested Dale Pike on July 21st at his home.\n\nThe arrest took place on July 20.",
        ] {
            assert_eq!(days(src).len(), 1, "{src}: {:?}", days(src));
        }
        for src in [
            // a date and a weekday are not compared here
            "The vote took place on March 3.\n\nTuesday's vote drew a crowd.",
            // a range of dates, a deadline, a count
            "The strike ran from March 3 to March 9.\n\nThe strike began on March 3.",
            "The vote took place on March 3.\n\nThe board must vote again by March 30.",
            "The vote took place on 3 May.\n\nThe vote drew 3 May voters.",
            // the same date written two ways
            "The vote took place on March 3.\n\nThe vote, on 3 March, was close.",
        ] {
            assert!(days(src).is_empty(), "{src}: {:?}", days(src));
        }
    }
}

#[cfg(test)]
mod generalised_tests {
    use super::super::test_support::days;
    use super::{event_stem, same_event};

    #[test]
    fn a_verb_after_the_possessive_s_noun_is_not_its_head() {
        for (first, later) in [
            (
                "Nurses walked off the job on Monday over pay.",
                "Tuesday's walkout drew hundreds of supporters.",
            ),
            (
                "Nurses walked off the job on Monday over pay.",
                "Tuesday's walkout closed two wards.",
            ),
            (
                "Ravi Kand won the title on Sunday.",
                "Kand's win in Saturday's final earns him a spot on the team.",
            ),
        ] {
            assert_eq!(days(&format!("{first}\n\n{later}")).len(), 1, "{later}");
        }
    }

    #[test]
    fn a_day_in_a_reported_clause_dates_the_event() {
        assert_eq!(
            days("Police said the driver was stopped on Friday night on Route 9.\n\nAt Saturday's stop, officers found a rifle.").len(),
            1
        );
        // a subject and a light verb after the reporting verb
        assert_eq!(
            days("Police said the shooting happened Saturday outside a bar.\n\nSunday's shooting was the third in a month.").len(),
            1
        );
        // the day of the saying itself
        assert!(days("Nurses walked off the job on Monday.\n\nThe union said on Tuesday the walkout would continue.").is_empty());
        assert!(days("His show on Wednesday drew viewers.\n\nThe change, he told me on Friday, is that the show now covers local news only.").is_empty());
        assert!(days("His show on Wednesday drew viewers.\n\nOn Friday, he said, the show is a straight news show.").is_empty());
        assert!(days("Nurses walked off the job on Monday.\n\nThe union told members Tuesday that the walkout would go on.").is_empty());
    }

    #[test]
    fn irregular_verbs_and_nouns_in_ation() {
        assert_eq!(
            days("Hale resigned on Monday after the audit.\n\nHis resignation on Wednesday surprised colleagues.").len(),
            1
        );
        assert_eq!(
            days("Ravi Kand won his first national title on Sunday, beating the champion.\n\nKand's win in Saturday's final was his first.").len(),
            1
        );
    }

    #[test]
    fn a_noun_made_from_a_verb_meets_the_verb_not_a_bare_noun() {
        assert!(same_event(
            &event_stem("statement", true),
            &event_stem("stated", false)
        ));
        assert!(!same_event(
            &event_stem("statement", true),
            &event_stem("state", true)
        ));
        assert!(same_event(
            &event_stem("election", true),
            &event_stem("elected", false)
        ));
        assert!(same_event(
            &event_stem("vote", true),
            &event_stem("voted", false)
        ));
        assert!(days("The state closed the road on Monday.\n\nIn a statement on Tuesday, the agency apologised.").is_empty());
        assert!(days("The state closed the road on Monday.\n\nThe statement on Tuesday said the road was safe.").is_empty());
    }

    #[test]
    fn other_events_stay_apart() {
        // two votes, one of them to come
        assert!(days("The council voted on Tuesday to close the library.\n\nIt will vote again on Thursday on the budget.").is_empty());
        // two matches
        assert!(days("The first match was played on Saturday.\n\nThe second match, on Wednesday, ended in a draw.").is_empty());
        // a day before the event
        assert!(days("Nurses walked off the job on Monday.\n\nOn Sunday, before the walkout, managers offered a raise.").is_empty());
    }
}

#[cfg(test)]
mod looking_ahead_tests {
    use super::super::test_support::days;

    #[test]
    fn a_definite_event_that_looks_ahead_refers_back() {
        assert_eq!(
            days("Voters went to the polls early for Tuesday's primary.\n\nThe primary is due to take place on Wednesday.").len(),
            1
        );
        assert_eq!(
            days("Tuesday's vote is the first test.\n\nThe vote will be held on Thursday.").len(),
            1
        );
        // an indefinite event to come is another occasion
        assert!(
            days("Monday's hearing ran late.\n\nThe board will hold a hearing on Thursday.")
                .is_empty()
        );
    }
}

#[cfg(test)]
mod reduced_relative_tests {
    use super::super::test_support::days;

    #[test]
    fn a_participle_clause_dates_the_noun_before_it() {
        assert_eq!(
            days("The vote, held on Tuesday, passed easily.\n\nWednesday's vote was the first in a decade.").len(),
            1
        );
        assert_eq!(
            days("The concert, staged on Friday, sold out.\n\nSaturday's concert raised money for the clinic.").len(),
            1
        );
        // another noun
        assert!(days(
            "The suspect, arrested on Monday, denies the charge.\n\nTuesday's hearing was brief."
        )
        .is_empty());
    }
}

#[cfg(test)]
mod occasion_tests {
    use super::super::test_support::days;

    #[test]
    fn one_event_named_by_two_possessive_days() {
        let c = days("Members praised Tuesday's vote on the budget.\n\nMembers said the vote was close. Thursday's vote passed 5-4.");
        assert_eq!(c.len(), 1, "{c:?}");
        // no "the vote": two votes each named by its day
        assert!(days("Tuesday's vote was close.\n\nThursday's vote passed easily.").is_empty());
        // "last", "next": one of several
        assert!(days("Last Tuesday's vote was close, and the vote angered many.\n\nThursday's vote passed easily.").is_empty());
    }

    #[test]
    fn meetings_and_matches_of_one_series_are_several_events() {
        for src in [
            "The board met on Monday to discuss the plan. The board will meet again on Thursday to vote.\n\nThursday's meeting is open to the public.",
            "Both matches were close. Rivermouth won the match on Saturday.\n\nThe match on Wednesday ended in a draw.",
            "The two meetings drew crowds. The meeting on Monday ran late.\n\nResidents left the meeting on Thursday early.",
            "The first meeting was held on Monday.\n\nThe board said the meeting on Thursday would be public, and Thursday's meeting was.",
        ] {
            assert!(days(src).is_empty(), "{src}: {:?}", days(src));
        }
        // a count of ballots is no plural of occasions
        assert_eq!(
            days("The council voted on Tuesday to close the library, winning by two votes.\n\nThursday's vote drew protests.").len(),
            1
        );
    }
}

#[cfg(test)]
mod morphology_tests {
    use super::super::test_support::days;

    #[test]
    fn a_noun_meets_its_verb_across_a_changed_ending() {
        for src in [
            "Officers detained two men on Monday.\n\nWednesday's detention drew protests.",
            "Two men were detained on Monday.\n\nThe detention on Wednesday drew protests.",
            "The school was closed on Monday after the leak.\n\nTuesday's closure angered parents.",
            "The gas main exploded on Friday.\n\nThe explosion on Saturday shook the street.",
            "The flight arrived late on Sunday.\n\nIts arrival on Monday drew fans.",
            "The coach was dismissed on Monday.\n\nHis dismissal on Tuesday shocked fans.",
            "The bank was robbed on Monday.\n\nThe robbery on Tuesday was filmed.",
            "The museum was robbed on Wednesday night.\n\nThursday's robbery was the third this year.",
            "The singer appeared in court on Monday.\n\nHer appearance on Tuesday was brief.",
            "Two ships collided on Monday.\n\nThe collision on Sunday closed the strait.",
            "The trains were stopped on Monday.\n\nTuesday's stoppage was costly.",
        ] {
            assert_eq!(days(src).len(), 1, "{src}: {:?}", days(src));
        }
        // forms of one verb, and nouns whose verb keeps its letters
        for (a, b) in [
            ("capture", "captured"),
            ("departure", "departed"),
            ("recovery", "recovered"),
            ("expansion", "expanded"),
            ("marriage", "married"),
            ("approval", "approved"),
            ("discussion", "discussed"),
        ] {
            assert!(
                super::same_event(&super::event_stem(a, true), &super::event_stem(b, false)),
                "{a} {b}"
            );
        }
        // another verb's noun
        assert!(
            days("The road was closed on Monday.\n\nThe trial on Tuesday was short.").is_empty()
        );
        assert!(
            days("Two ships collided on Monday.\n\nThe decision on Sunday closed the strait.")
                .is_empty()
        );
    }
}

#[cfg(test)]
mod placement_tests {
    use super::super::test_support::days;

    #[test]
    fn the_event_stated_away_from_its_day() {
        for src in [
            "Police arrested the driver on Thursday near the depot.\n\nThe arrest on Friday came after a chase.",
            "The driver was arrested Thursday near the depot.\n\nFriday's arrest came after a chase.",
            "On Monday, the council voted to close the library.\n\nTuesday's vote angered parents.",
            "Late Sunday night, gunmen attacked the station.\n\nMonday's attack killed three.",
            // an apposition between the subject and its verb
            "The storm, the worst rain in a decade, hit on Sunday.\n\nTuesday's storm closed schools.",
            "The hurricane, the strongest storm in years, struck on Sunday.\n\nMonday's hurricane flattened homes.",
            // a date before the event's noun
            "On March 3, the council voted to close the library.\n\nThe March 5 vote angered parents.",
            "On 3 March the council voted to close the library.\n\nThe 5 March vote angered parents.",
            // an owner named in both
            "The company announced the cuts on Monday.\n\nThe company's announcement on Tuesday stunned staff.",
            // the day in a reported clause, a noun before the event's noun
            "The suspect was arrested late Friday at a motel.\n\nPolice said his arrest on Thursday followed a tip.",
            "The senators voted 52-48 Thursday to confirm her.\n\nThe confirmation vote on Wednesday was close.",
        ] {
            assert_eq!(days(src).len(), 1, "{src}: {:?}", days(src));
        }
    }

    #[test]
    fn other_events_and_other_voices_stay_apart() {
        for src in [
            // someone's words
            "\u{201c}We voted on Tuesday,\u{201d} she said.\n\nThe vote took place on Monday.",
            "\u{201c}The arrest happened on Monday,\u{201d} the lawyer said.\n\nPolice arrested him on Tuesday.",
            // one of two on two days in one sentence
            "Police arrested one man on Monday and another on Wednesday.\n\nThe arrest on Wednesday was filmed.",
            // what was decided, not what happened
            "Workers voted to strike on Monday.\n\nThe strike began on Thursday.",
            "Staff agreed to walk out on Monday.\n\nThe walkout took place on Wednesday.",
            // another person's event
            "He was arrested on Monday.\n\nHis co-defendant's arrest on Tuesday drew less notice.",
            "Police arrested Ruiz on Monday.\n\nThe arrest of Diaz on Wednesday came later.",
            "Police arrested Ruiz on Monday.\n\nDiaz's arrest on Wednesday came later.",
            "The city closed the park on Monday.\n\nThe closure of the school on Tuesday angered parents.",
            // an apposition about a person names no event
            "The mayor, a former teacher, resigned on Friday.\n\nThe teacher strike began on Monday.",
            // several occasions, recurring events, relative days
            "The first protest took place on Monday.\n\nA second protest on Thursday was larger.",
            "The board meets every Monday.\n\nThe board met on Tuesday.",
            "Last Monday the board met.\n\nNext Monday the board meets again.",
            "The storm hit on Sunday.\n\nAnother storm hit on Tuesday.",
            "The vote, postponed from Tuesday, will take place on Thursday.\n\nThe council will vote Thursday.",
        ] {
            assert!(days(src).is_empty(), "{src}: {:?}", days(src));
        }
    }
}

#[cfg(test)]
mod wider_reading_tests {
    use super::super::test_support::days;

    #[test]
    fn an_aside_or_a_participle_between_the_event_and_its_day() {
        for src in [
            "Rovers beat Dale 3-1 in Sunday's match at the Valley.\n\nThe match, watched by a record crowd, was played on Saturday.",
            "The final, which drew 9,000 fans, was played on Friday.\n\nThursday's final ended in a draw.",
            "Leeds signed the striker on Thursday.\n\nThe signing, completed on Friday, cost the club £4m.",
            "The ballot, counted by hand, was held on Monday.\n\nTuesday's ballot gave the union a mandate.",
            "The hearing, attended by dozens, was held on Wednesday.\n\nLawyers spoke for hours at Tuesday's hearing.",
        ] {
            assert_eq!(days(src).len(), 1, "{src}: {:?}", days(src));
        }
        for src in [
            // the participle dates another noun
            "The suspect, arrested on Monday, denies the charge.\n\nTuesday's hearing was brief.",
            // an aside about a person
            "The mayor, elected in May, resigned on Friday.\n\nThursday's vote was close.",
        ] {
            assert!(days(src).is_empty(), "{src}: {:?}", days(src));
        }
    }

    #[test]
    fn a_possessive_day_s_event_with_a_verb_and_its_object_after_it() {
        for src in [
            "Nurses walked off the job on Monday.\n\nTuesday's walkout shut every ward at the hospital.",
            "Tuesday's walkout shut every ward at the hospital.\n\nNurses walked off the job early Monday after talks collapsed.",
            "The river flooded the town on Sunday.\n\nMonday's flood hit all the shops on the quay.",
            "Fans rioted on Saturday night.\n\nFriday's riot left dozens of cars burnt out.",
        ] {
            assert_eq!(days(src).len(), 1, "{src}: {:?}", days(src));
        }
    }

    #[test]
    fn the_weekday_just_gone() {
        for src in [
            "The museum was robbed last Tuesday, police said.\n\nStaff found the mess after Wednesday's robbery.",
            "Last Monday, the council voted to shut the pool.\n\nTuesday's vote angered swimmers.",
            "Wednesday's vote was close.\n\nThe assembly voted last Thursday to raise the levy.",
        ] {
            assert_eq!(days(src).len(), 1, "{src}: {:?}", days(src));
        }
        for src in [
            // the last of several in a month
            "The market is held on the last Friday of each month.\n\nThursday's market was cancelled.",
            // a different occasion of a recurring event
            "Last Tuesday's meeting ended early.\n\nThe board met on Monday.",
            // the same day
            "The vote took place last Tuesday.\n\nTuesday's vote angered parents.",
        ] {
            assert!(days(src).is_empty(), "{src}: {:?}", days(src));
        }
    }

    #[test]
    fn since_a_day_meets_only_another_start() {
        for src in [
            "Dockers have been on strike since Wednesday.\n\nThe strike began on Tuesday, union leaders said.",
            "The strike began on Monday.\n\nThe port has been closed by the strike since Thursday.",
            "The siege began on Friday.\n\nPolice have kept up the siege since last Saturday.",
        ] {
            assert_eq!(days(src).len(), 1, "{src}: {:?}", days(src));
        }
        for src in [
            // the strike goes on after it began: any later day holds it
            "Dockers have been on strike since Monday.\n\nTuesday's strike closed the port.",
            "Dockers have been on strike since Monday.\n\nThe strike on Wednesday closed the port.",
            // the same start
            "The strike began on Monday.\n\nDockers have been on strike since Monday.",
            // a state of another thing
            "The strike began on Monday.\n\nThe port has been shut since Wednesday.",
        ] {
            assert!(days(src).is_empty(), "{src}: {:?}", days(src));
        }
    }

    #[test]
    fn a_demonstrative_points_back_to_the_event() {
        for src in [
            "The board met on Monday to review the bid.\n\nAt that meeting on Tuesday, directors rejected the offer.",
            "The tribunal held its hearing on Thursday.\n\nAt that hearing on Friday, the firm admitted fault.",
            "The council voted on Wednesday.\n\nDuring this vote on Thursday, two members walked out.",
        ] {
            assert_eq!(days(src).len(), 1, "{src}: {:?}", days(src));
        }
        for src in [
            // "that" opening a clause, not pointing back
            "The board met on Monday.\n\nDirectors said that meeting on Tuesday again was needed.",
            "The board met on Monday.\n\nThe chairman said on Tuesday that the meeting went well.",
        ] {
            assert!(days(src).is_empty(), "{src}: {:?}", days(src));
        }
    }
}

#[cfg(test)]
mod weekday_and_date_tests {
    use super::super::test_support::days;

    #[test]
    fn an_event_s_weekday_against_its_date_in_the_draft_s_years() {
        // 12 March 2024 was a Tuesday; 12 March 2023 a Sunday and 12 March
        // 2025 a Wednesday.
        for src in [
            "Members voted on 12 March to close the branch.\n\nThe bank said Thursday's vote was final. Profits fell in 2024.",
            "The vote on Thursday was close.\n\nMembers voted on March 12, after profits fell in 2024.",
            "The tribunal sat on Friday, March 1, 2024, in Leeds.\n\nThe vote took place on 12 March.\n\nCritics said Monday's vote was rushed.",
        ] {
            assert_eq!(days(src).len(), 1, "{src}: {:?}", days(src));
        }
        for src in [
            // no year: nothing to say which weekday the date is
            "Members voted on 12 March to close the branch.\n\nThe bank said Thursday's vote was final.",
            // right in one of the years the draft may be in
            "Members voted on 12 March to close the branch.\n\nThe bank said Sunday's vote was final. Profits fell in 2024.",
            "Members voted on 12 March to close the branch.\n\nThe bank said Tuesday's vote was final. Profits fell in 2024.",
            // years too far apart to say
            "Members voted on 12 March to close the branch.\n\nThe bank, founded in 1990, said Thursday's vote was final. Profits fell in 2024.",
        ] {
            assert!(days(src).is_empty(), "{src}: {:?}", days(src));
        }
    }
}

#[cfg(test)]
mod own_day_tests {
    use super::super::test_support::days;

    #[test]
    fn a_possessive_s_noun_in_another_day_s_clause_has_its_own_day() {
        for src in [
            "The vote took place on Monday.\n\nResults of Monday's vote were published on Wednesday.",
            "The vote took place on Monday.\n\nCopies of Monday's vote tally reached members on Friday.",
            "Police raided the flat on Saturday.\n\nEvidence from Saturday's raid was sent to a lab on Tuesday.",
        ] {
            assert!(days(src).is_empty(), "{src}: {:?}", days(src));
        }
        // the possessive's noun against another day still meets
        assert_eq!(
            days("The vote took place on Monday.\n\nResults of Tuesday's vote were published on Wednesday.").len(),
            1
        );
    }

    #[test]
    fn an_event_that_began_goes_on_over_other_days() {
        for src in [
            "The trial began on Monday.\n\nThe trial heard on Wednesday from the victim's mother.",
            "The inquiry opened on Tuesday.\n\nThe inquiry heard on Thursday that records were lost.",
            "The trial began on March 3.\n\nThe jury in the trial heard from the victim on March 5.",
            "The strike started on Monday.\n\nThe strike shut the port on Friday.",
        ] {
            assert!(days(src).is_empty(), "{src}: {:?}", days(src));
        }
        for src in [
            // two starts
            "The trial began on Monday.\n\nThe trial opened on Wednesday with a plea.",
            // a day before the start
            "The trial began on Wednesday.\n\nThe trial heard on Monday from the victim's mother.",
            // a possessive names the event by its day
            "The strike, which began Monday, closed every school.\n\nParents lost a day of work to Wednesday's strike.",
        ] {
            assert_eq!(days(src).len(), 1, "{src}: {:?}", days(src));
        }
    }
}
