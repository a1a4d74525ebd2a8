//! Conflicting claims: statements in one draft that cannot both be true.
//! Each kind extracts its facts, ties them to a person or event, and
//! reports the later statement with the earlier one as a related place.

use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;
use std::sync::OnceLock;

use regex::{Captures, Regex};

use super::names::{fold, is_given_name, NameKind, Names};
use super::quotes::{Quote, QuoteKind};
use crate::calendar::{Date, MONTHS, WEEKDAYS};
use crate::document::{BlockKind, Document};
use crate::finding::Finding;

/// Where the year of a date without one comes from.
#[derive(Debug, Clone, Copy)]
pub struct Reference {
    /// `--date` or `date` in copydesk.toml.
    pub configured: Option<Date>,
    /// The day the check runs, from the adapter.
    pub today: Option<Date>,
}

struct Ctx<'a> {
    doc: &'a Document<'a>,
    names: &'a Names,
    /// How many people share each surname.
    surname_counts: FxHashMap<&'a str, usize>,
}

impl Ctx<'_> {
    fn line(&self, prose: usize) -> usize {
        self.doc.line_of(prose)
    }

    fn conflict(
        &self,
        code: &'static str,
        later: Range<usize>,
        earlier: Range<usize>,
        message: String,
    ) -> Finding {
        Finding::new(code, self.doc.to_source(later), message)
            .with_related(self.doc.to_source(earlier), "the other statement")
    }

    fn body(&self, offset: usize) -> bool {
        self.doc
            .paragraph_at(offset)
            .is_some_and(|p| self.doc.paragraphs[p].kind == BlockKind::Text)
    }
}

pub fn check(
    doc: &Document,
    names: &Names,
    quotes: &[Quote],
    reference: Reference,
    out: &mut Vec<Finding>,
) {
    let surname_counts = surname_counts(doc, names);
    let ctx = Ctx {
        doc,
        names,
        surname_counts,
    };
    ages(&ctx, out);
    titles(&ctx, out);
    days(&ctx, out);
    counts(&ctx, out);
    weekdays(&ctx, reference, out);
    quote_conflicts(&ctx, quotes, out);
}

/// How many people share each surname. "Bill Clinton", which the names
/// check reads as an organisation for its first word, still counts as a
/// second Clinton beside Hillary Clinton.
fn surname_counts<'a>(doc: &Document, names: &'a Names) -> FxHashMap<&'a str, usize> {
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    let mut full_names: FxHashSet<(&str, String)> = FxHashSet::default();
    for p in &names.people {
        *counts.entry(p.surname_key.as_str()).or_default() += 1;
        if let Some(first) = p.full_name.split(' ').next() {
            full_names.insert((p.surname_key.as_str(), fold(first)));
        }
    }
    let mut others: FxHashSet<(&str, String)> = FxHashSet::default();
    for m in names
        .mentions
        .iter()
        .filter(|m| m.kind == NameKind::Organisation)
    {
        let [first, last] = m.words.as_slice() else {
            continue;
        };
        let given = doc.text(first.clone());
        let Some((&key, _)) = counts.get_key_value(fold(doc.text(last.clone())).as_str()) else {
            continue;
        };
        let person = (key, fold(given));
        if is_given_name(given) && !full_names.contains(&person) {
            others.insert(person);
        }
    }
    for (key, _) in others {
        *counts.entry(key).or_default() += 1;
    }
    counts
}

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid pattern"))
}

/// The pattern's captures in `hay`, tried only where the pattern's fixed
/// part stands (`fixed_part_there`): a regex call per name mention is
/// most of the cost otherwise.
fn captures_where<'h>(re: &Regex, hay: &'h str, fixed_part_there: bool) -> Option<Captures<'h>> {
    if fixed_part_there {
        re.captures(hay)
    } else {
        None
    }
}

/// The person a mention refers to, if its surname is not shared by two
/// people in the draft.
fn person_of(ctx: &Ctx, m: &super::names::Mention) -> Option<(usize, Range<usize>)> {
    let p = m.person?;
    if m.kind != NameKind::Person {
        return None;
    }
    if m.words.len() == 1 {
        // A bare surname shared by two people (a husband and wife) is ambiguous.
        let key = &ctx.names.people[p].surname_key;
        if ctx.surname_counts.get(key.as_str()).copied().unwrap_or(0) > 1 {
            return None;
        }
    }
    Some((p, m.range.clone()))
}

fn short_name(ctx: &Ctx, person: usize) -> String {
    let full = &ctx.names.people[person].full_name;
    full.split(' ').next_back().unwrap_or(full).to_string()
}

/// Up to `n` bytes of `text` after `start`, cut on a character boundary.
fn after(text: &str, start: usize, n: usize) -> &str {
    let mut end = text.len().min(start + n);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[start..end]
}

/// Up to `n` bytes of `text` before `end`, cut on a character boundary.
fn before(text: &str, end: usize, n: usize) -> &str {
    let mut start = end.saturating_sub(n);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..end]
}

// ---------------------------------------------------------------- ages

struct Fact<T> {
    subject: usize,
    value: T,
    /// The statement, quoted in messages.
    range: Range<usize>,
}

fn ages(ctx: &Ctx, out: &mut Vec<Finding>) {
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

/// Reports each later fact whose value differs from the subject's first
/// statement and from every value stated for it before (a value already
/// reported once is not reported again). Linear in the number of facts.
fn report_pairs<T: Clone + Eq + std::hash::Hash>(
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

// ---------------------------------------------------------------- titles

const ROLE_NOUNS: &[&str] = &[
    "mayor",
    "administrator",
    "minister",
    "secretary",
    "president",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "treasurer",
    "director",
    "manager",
    "chief",
    "governor",
    "senator",
    "judge",
    "justice",
    "prosecutor",
    "attorney",
    "commissioner",
    "superintendent",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "founder",
    "owner",
    "coach",
    "captain",
    "sheriff",
    "clerk",
    "editor",
    "chancellor",
    "councillor",
    "councilor",
    "councilman",
    "councilwoman",
    "ambassador",
    "speaker",
    "leader",
    "premier",
    "king",
    "queen",
    "general",
    "colonel",
    "lieutenant",
    "sergeant",
    "inspector",
    "detective",
    "principal",
    "dean",
    "provost",
    "controller",
    "comptroller",
    "auditor",
    "officer",
    "executive",
    "ceo",
    "cfo",
    "coo",
    "chairmen",
    "head",
];

const CHANGE_MARKERS: &[&str] = &[
    "former",
    "then",
    "then-",
    "ex",
    "acting",
    "interim",
    "incoming",
    "outgoing",
    "future",
    "onetime",
    "one-time",
    "erstwhile",
    "previous",
    "retired",
    "late",
    "deputy",
    "assistant",
    "vice",
    "co",
];

const COURTESY: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "rev",
    "rev.", "prof", "prof.",
];

/// A role phrase normalised for comparison: lower case, organisation
/// possessives and courtesy titles dropped. `None` when it is no role, or
/// says the role is past, future or shared.
fn role(phrase: &str) -> Option<Vec<String>> {
    let lower = phrase.to_lowercase();
    if lower.contains(" and ") || lower.contains(" of ") && lower.split_whitespace().count() > 6 {
        return None;
    }
    let mut words: Vec<String> = Vec::new();
    for w in lower.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '’' && c != '\'');
        if CHANGE_MARKERS.contains(&w)
            || w.starts_with("then-")
            || w.starts_with("ex-")
            || w.starts_with("former")
        {
            return None;
        }
        if w.ends_with("’s")
            || w.ends_with("'s")
            || w.ends_with('’')
            || COURTESY.contains(&w)
            || matches!(w, "the" | "a" | "an" | "its" | "his" | "her" | "their")
        {
            continue;
        }
        words.push(w.to_string());
    }
    // Nationality adjectives before a role ("Russian President") say nothing of the role.
    while words.len() > 1
        && (words[0].ends_with("an") || words[0].ends_with("ish") || words[0].ends_with("ese"))
        && !ROLE_NOUNS.contains(&words[0].as_str())
    {
        words.remove(0);
    }
    let head = words.last()?;
    ROLE_NOUNS.contains(&head.as_str()).then_some(words)
}

/// Offices and the functions held inside them at the same time: "Senator
/// Harry Reid" is also "the minority leader", "Officer Joe Bell" also "a
/// police spokesman". A board's chair and its treasurer are two people.
const HELD_TOGETHER: &[(&[&str], &[&str])] = &[
    (
        &[
            "senator",
            "speaker",
            "councilman",
            "councilwoman",
            "councillor",
            "councilor",
        ],
        &[
            "leader",
            "whip",
            "chair",
            "chairman",
            "chairwoman",
            "chairperson",
        ],
    ),
    (
        &[
            "officer",
            "sergeant",
            "lieutenant",
            "detective",
            "inspector",
            "captain",
            "colonel",
            "general",
        ],
        &["spokesman", "spokeswoman", "spokesperson"],
    ),
];

fn held_together(a: &str, b: &str) -> bool {
    HELD_TOGETHER.iter().any(|(offices, functions)| {
        (offices.contains(&a) && functions.contains(&b))
            || (offices.contains(&b) && functions.contains(&a))
    })
}

fn roles_conflict(a: &[String], b: &[String]) -> bool {
    let (ha, hb) = (a.last(), b.last());
    if let (Some(x), Some(y)) = (ha, hb) {
        if held_together(x, y) {
            return false;
        }
    }
    if ha != hb {
        // "chief executive" and "executive": one is a shortening of the other.
        return !(a.ends_with(b)
            || b.ends_with(a)
            || a.iter().any(|w| Some(w) == hb)
            || b.iter().any(|w| Some(w) == ha));
    }
    // Same head: "finance minister" / "economy minister" conflict; "minister" alone does not.
    let (ma, mb) = (&a[..a.len() - 1], &b[..b.len() - 1]);
    !ma.is_empty() && !mb.is_empty() && ma != mb
}

fn titles(ctx: &Ctx, out: &mut Vec<Finding>) {
    static AFTER: OnceLock<Regex> = OnceLock::new();
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    let after_re = re(
        &AFTER,
        r"^,\s+((?:the|a|an)\s+[^,.;:“”\x22()]{2,60}?)\s*[,.;]",
    );
    let before_re = re(
        &BEFORE,
        r"(?:^|[.;:]\s+|(?-u:\b))((?:[Tt]he|[Aa]n?)\s+[^,.;:“”\x22()]{2,60}?),\s+$",
    );
    let text = &ctx.doc.prose;
    let mut facts: Vec<Fact<Vec<String>>> = Vec::new();
    for m in &ctx.names.mentions {
        if !ctx.body(m.range.start) {
            continue;
        }
        let Some((p, name_range)) = person_of(ctx, m) else {
            continue;
        };
        // Before the name: "Mayor Linda Ferraro".
        if let Some(t) = &m.title {
            let lead = &text[text[..t.start]
                .rfind(['.', ',', ';', '\n'])
                .map_or(0, |i| i + 1)..t.start];
            let changed = ["was ", "as ", "became ", "become ", "until "]
                .iter()
                .any(|w| lead.ends_with(w));
            if let (Some(words), false) = (role(ctx.doc.text(t.clone())), changed) {
                facts.push(Fact {
                    subject: p,
                    value: words,
                    range: t.start..name_range.end,
                });
            }
        }
        // Lower-case words right before the name: "port authority director Anna Sauer".
        if m.title.is_none() {
            let head = before(text, m.range.start, 60);
            let clause = head
                .rsplit([',', '.', ';', ':', '(', '—', '“', '"'])
                .next()
                .unwrap_or("");
            let words: Vec<&str> = clause.split_whitespace().collect();
            let tail: Vec<&str> = words.iter().rev().take(4).rev().copied().collect();
            // Lower-case words back from the name, and one capitalised word
            // before them ("Port authority director").
            let mut lower_run: Vec<&str> = Vec::new();
            for w in tail.iter().rev() {
                let lower = w.chars().next().is_some_and(char::is_lowercase);
                let stop = matches!(
                    *w,
                    "said"
                        | "says"
                        | "told"
                        | "of"
                        | "for"
                        | "to"
                        | "by"
                        | "with"
                        | "and"
                        | "or"
                        | "its"
                        | "his"
                        | "her"
                        | "their"
                        | "in"
                        | "on"
                        | "at"
                        | "from"
                        | "as"
                        | "that"
                        | "which"
                        | "who"
                        | "is"
                        | "was"
                        | "the"
                        | "a"
                        | "an"
                );
                if stop {
                    break;
                }
                if lower {
                    lower_run.push(w);
                } else {
                    if !lower_run.is_empty() && !matches!(*w, "The" | "A" | "An") {
                        lower_run.push(w);
                    }
                    break;
                }
            }
            lower_run.reverse();
            if !lower_run.is_empty() && clause.ends_with(' ') {
                let phrase = lower_run.join(" ");
                let starts_with_article = words.len() > lower_run.len()
                    && matches!(
                        words[words.len() - lower_run.len() - 1],
                        "the" | "The" | "a" | "A" | "an" | "An"
                    );
                if let (Some(role_words), false) = (role(&phrase), starts_with_article) {
                    let start =
                        m.range.start - clause.len() + clause.find(lower_run[0]).unwrap_or(0);
                    facts.push(Fact {
                        subject: p,
                        value: role_words,
                        range: start..name_range.end,
                    });
                }
            }
        }
        // After the name: "Walcott, the foundation’s treasurer,".
        let rest = after(text, m.range.end, 80);
        if let Some(c) = captures_where(after_re, rest, rest.starts_with(',')) {
            let g = c.get(1).map_or(0..0, |g| g.range());
            if let Some(words) = role(&rest[g.clone()]) {
                facts.push(Fact {
                    subject: p,
                    value: words,
                    range: name_range.start..m.range.end + g.end,
                });
            }
        }
        // Before the name with a comma: "The foundation’s board chair, Denise Walcott".
        let head = before(text, m.range.start, 80);
        let from = m.range.start - head.len();
        if let Some(c) = captures_where(before_re, head, head.trim_end().ends_with(',')) {
            let g = c.get(1).map_or(0..0, |g| g.range());
            if let Some(words) = role(&head[g.clone()]) {
                facts.push(Fact {
                    subject: p,
                    value: words,
                    range: from + g.start..name_range.end,
                });
            }
        }
    }
    facts.sort_by_key(|f| f.range.start);
    report_pairs(
        &facts,
        |a, b| roles_conflict(a, b),
        |earlier, later| {
            ctx.conflict(
            "conflicting-title",
            later.range.clone(),
            earlier.range.clone(),
            format!(
                "{} is “{}” here but “{}” at line {} (“{}”): check the title, or say when it changed",
                short_name(ctx, later.subject),
                later.value.join(" "),
                earlier.value.join(" "),
                ctx.line(earlier.range.start),
                ctx.doc.text(earlier.range.clone()),
            ),
        )
        },
        out,
    );
}

// ---------------------------------------------------------------- days

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

fn days(ctx: &Ctx, out: &mut Vec<Finding>) {
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

// ---------------------------------------------------------------- counts

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

fn counts(ctx: &Ctx, out: &mut Vec<Finding>) {
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

// ---------------------------------------------------------------- weekdays

fn month_index(s: &str) -> Option<u32> {
    let s = s.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|m| {
            *m == s || (s.len() >= 3 && m.starts_with(s) && (s.len() == 3 || s == "Sept"))
        })
        .map(|i| i as u32 + 1)
}

fn weekdays(ctx: &Ctx, reference: Reference, out: &mut Vec<Finding>) {
    static MONTH_FIRST: OnceLock<Regex> = OnceLock::new();
    static DAY_FIRST: OnceLock<Regex> = OnceLock::new();
    static FULL: OnceLock<Regex> = OnceLock::new();
    let month_first = re(
        &MONTH_FIRST,
        r"(?-u:\b)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(\d{4})(?-u:\b))?",
    );
    let day_first = re(
        &DAY_FIRST,
        r"(?-u:\b)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]{2,8}\.?)(?-u:\b)(?:,?\s+(\d{4})(?-u:\b))?",
    );
    let full = re(
        &FULL,
        r"(?-u:\b)([A-Z][a-z]{2,8}\.?)\s+\d{1,2},\s+(\d{4})(?-u:\b)|(?-u:\b)\d{1,2}\s+([A-Z][a-z]{2,8})\s+(\d{4})(?-u:\b)",
    );
    let text = &ctx.doc.prose;
    // A year from another full date in the draft, looked for only when a
    // weekday's date has no year of its own.
    let find_draft_year = || {
        full.captures_iter(text).find_map(|c| {
            let (month, year) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
                (Some(m), Some(y), _, _) => (m.as_str(), y.as_str()),
                (_, _, Some(m), Some(y)) => (m.as_str(), y.as_str()),
                _ => return None,
            };
            month_index(month)?;
            let end = c.get(0).map_or(0, |m| m.end());
            let y = year
                .parse::<i32>()
                .ok()
                .filter(|y| (1800..=2200).contains(y))?;
            (!is_clock_time(&text[end..])).then_some((y, c.get(0).map_or(0, |m| m.start())))
        })
    };
    let mut draft_year: Option<Option<(i32, usize)>> = None;
    let mut seen = Vec::new();
    let claims = month_first
        .captures_iter(text)
        .filter_map(|c| {
            Some((
                c.get(0)?.range(),
                c[1].to_string(),
                month_index(&c[2])?,
                c[3].parse::<u32>().ok()?,
                c.get(4).and_then(|y| y.as_str().parse::<i32>().ok()),
            ))
        })
        .chain(day_first.captures_iter(text).filter_map(|c| {
            Some((
                c.get(0)?.range(),
                c[1].to_string(),
                month_index(&c[3])?,
                c[2].parse::<u32>().ok()?,
                c.get(4).and_then(|y| y.as_str().parse::<i32>().ok()),
            ))
        }));
    for (range, weekday, month, day, year) in claims {
        if seen.contains(&range.start) {
            continue;
        }
        seen.push(range.start);
        // "Sunday, 27 February 1500 GMT": a time, not a year.
        let year = year.filter(|y| (1800..=2200).contains(y) && !is_clock_time(&text[range.end..]));
        let (year, source) = match year {
            Some(y) => (y, String::new()),
            None => match (
                *draft_year.get_or_insert_with(find_draft_year),
                reference.configured,
                reference.today,
            ) {
                (Some((y, at)), _, _) => (
                    y,
                    format!(
                        " (taking the year {y} from the date at line {})",
                        ctx.line(at)
                    ),
                ),
                (None, Some(d), _) => {
                    let y = nearest_year(d, month, day);
                    (y, format!(" (taking the year {y} as the nearest to the date given by --date or copydesk.toml)"))
                }
                (None, None, Some(d)) => {
                    let y = nearest_year(d, month, day);
                    (y, format!(" (taking the year {y} as the nearest to today)"))
                }
                _ => continue,
            },
        };
        let Some(date) = Date::new(year, month, day) else {
            out.push(Finding::new(
                "conflicting-weekday",
                ctx.doc.to_source(range.clone()),
                format!(
                    "{} {day}, {year} does not exist{source}: check the date",
                    MONTHS[(month - 1) as usize]
                ),
            ));
            continue;
        };
        let actual = date.weekday_name();
        if actual != weekday {
            out.push(Finding::new(
                "conflicting-weekday",
                ctx.doc.to_source(range.clone()),
                format!(
                    "{date} is a {actual}, not a {weekday}{source}: check the day and the date"
                ),
            ));
        }
    }
}

/// Whether the text after a four-digit number makes it a time of day.
fn is_clock_time(rest: &str) -> bool {
    let rest = rest.trim_start();
    [
        "GMT", "BST", "UTC", "CET", "EST", "ET", "PT", "hours", "hrs", "local",
    ]
    .iter()
    .any(|z| rest.starts_with(z))
}

/// The year that puts month/day nearest to a reference date: a draft
/// written in late November about "Tuesday, January 6" means next January.
fn nearest_year(reference: Date, month: u32, day: u32) -> i32 {
    let base = reference.days_since_epoch();
    [reference.year - 1, reference.year, reference.year + 1]
        .into_iter()
        .filter_map(|y| Date::new(y, month, day))
        .min_by_key(|d| (d.days_since_epoch() - base).abs())
        .map_or(reference.year, |d| d.year)
}

// ---------------------------------------------------------------- quotes

/// Calls `f` with each lower-cased word of a quote, contractions spelt out
/// ("won’t" gives "will", "not"; "they’re" gives "they", "are").
fn for_each_word(s: &str, mut f: impl FnMut(&str)) {
    let mut word = String::new();
    for token in s.split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'') {
        word.clear();
        if token.is_ascii() {
            word.push_str(token);
            word.make_ascii_lowercase();
        } else {
            word.extend(token.chars().flat_map(char::to_lowercase).map(|c| {
                if c == '’' {
                    '\''
                } else {
                    c
                }
            }));
        }
        let w = word.as_str();
        let (stem, tail) = if w == "won't" {
            ("will", Some("not"))
        } else if let Some(stem) = w.strip_suffix("n't") {
            (stem, Some("not"))
        } else if let Some(stem) = w.strip_suffix("'re") {
            (stem, Some("are"))
        } else if let Some(stem) = w.strip_suffix("'ll") {
            (stem, Some("will"))
        } else {
            (w, None)
        };
        for part in stem.split('\'').chain(tail) {
            if !part.is_empty() {
                f(part);
            }
        }
    }
}

/// Longest common subsequence of words, as a share of the longer quote.
/// `row` is scratch space reused between calls.
fn similarity(a: &[u32], b: &[u32], row: &mut Vec<u32>) -> f64 {
    if a.is_empty() || b.is_empty() || a.len() * b.len() > 40_000 {
        return 0.0;
    }
    // One row, updated in place: `diagonal` holds the previous row's
    // value to the left of the cell being written.
    row.clear();
    row.resize(b.len() + 1, 0);
    for &x in a {
        let mut diagonal = 0;
        for (j, &y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    f64::from(row[b.len()]) / a.len().max(b.len()) as f64
}

/// How many words two sorted lists have in common, counting repeats.
fn common_words(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn contains_run(long: &[u32], short: &[u32]) -> bool {
    short.is_empty() || long.windows(short.len()).any(|w| w == short)
}

/// A speech quote with a named speaker, its words interned.
struct Spoken<'q> {
    quote: &'q Quote,
    words: Vec<u32>,
    /// The same words sorted, for a quick bound on what two quotes share.
    sorted: Vec<u32>,
    speaker: &'q str,
    surname: String,
    proper: bool,
}

fn quote_conflicts(ctx: &Ctx, quotes: &[Quote], out: &mut Vec<Finding>) {
    // Words are interned so that comparing quotes compares integers.
    let mut vocab: FxHashMap<String, u32> = FxHashMap::default();
    let mut long_word: Vec<bool> = Vec::new();
    let speech: Vec<Spoken> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Speech && !q.in_heading)
        .filter_map(|q| {
            let s = q.speaker.as_ref()?;
            if s.vague {
                return None;
            }
            let mut words = Vec::new();
            for_each_word(&q.text(ctx.doc), |w| {
                let id = match vocab.get(w) {
                    Some(&id) => id,
                    None => {
                        let id = vocab.len() as u32;
                        vocab.insert(w.to_string(), id);
                        long_word.push(w.len() >= 4);
                        id
                    }
                };
                words.push(id);
            });
            let mut sorted = words.clone();
            sorted.sort_unstable();
            Some(Spoken {
                quote: q,
                words,
                sorted,
                speaker: &s.name,
                surname: surname(&s.name),
                proper: is_proper_name(&s.name),
            })
        })
        .collect();
    // Only quotes that share three longer words are compared: linear in
    // practice where comparing every pair would not be.
    let mut by_word: Vec<Vec<usize>> = vec![Vec::new(); vocab.len()];
    let distinct_long = |words: &[u32]| {
        let mut seen: Vec<u32> = words
            .iter()
            .copied()
            .filter(|&w| long_word[w as usize])
            .collect();
        seen.sort_unstable();
        seen.dedup();
        seen
    };
    for (i, spoken) in speech.iter().enumerate() {
        for w in distinct_long(&spoken.words) {
            by_word[w as usize].push(i);
        }
    }
    let mut shared = vec![0u32; speech.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut row = Vec::new();
    for (i, later) in speech.iter().enumerate() {
        let lw = &later.words;
        if lw.len() < 6 {
            continue;
        }
        for w in distinct_long(lw) {
            let list = &by_word[w as usize];
            if list.len() > 200 {
                continue;
            }
            for &j in list.iter().take_while(|&&j| j < i) {
                if shared[j] == 0 {
                    touched.push(j);
                }
                shared[j] += 1;
            }
        }
        let mut candidates: Vec<usize> = touched
            .drain(..)
            .filter(|&j| std::mem::take(&mut shared[j]) >= 3)
            .collect();
        candidates.sort_unstable();
        for earlier in candidates.into_iter().map(|j| &speech[j]) {
            let ew = &earlier.words;
            let (short, long) = if lw.len() <= ew.len() {
                (lw, ew)
            } else {
                (ew, lw)
            };
            if short.len() < 6 {
                continue;
            }
            // The share of words in common cannot exceed the share of
            // words the two quotes have at all, in any order: a cheap
            // bound checked before the full comparison.
            let could_reach = |share: f64| {
                short.len() as f64 >= share * long.len() as f64
                    && common_words(&later.sorted, &earlier.sorted) as f64
                        >= share * long.len() as f64
            };
            let same_speaker = later.speaker == earlier.speaker || later.surname == earlier.surname;
            // "“A,” he added. “B.”": sentences said one after the other, with
            // only the attribution between them.
            let (first, second) = if earlier.quote.range.end <= later.quote.range.start {
                (earlier.quote, later.quote)
            } else {
                (later.quote, earlier.quote)
            };
            let back_to_back = first.range.end <= second.range.start
                && ctx.doc.paragraph_at(first.range.start)
                    == ctx.doc.paragraph_at(second.range.start)
                && ctx
                    .doc
                    .text(first.range.end..second.range.start)
                    .split_whitespace()
                    .count()
                    <= 4;
            let finding = if same_speaker {
                (could_reach(0.6)
                    && !contains_run(long, short)
                    && !back_to_back
                    && !overlapping_excerpts(lw, ew)
                    && similarity(lw, ew, &mut row) >= 0.6)
                    .then(|| {
                        format!(
                            "{} is quoted here as “{}” but at line {} as “{}”: one wording is a misquote",
                            later.speaker,
                            ctx.doc.text(later.quote.inner()).trim_end_matches([',', '.']),
                            ctx.line(earlier.quote.range.start),
                            ctx.doc.text(earlier.quote.inner()).trim_end_matches([',', '.']),
                        )
                    })
            } else {
                (later.proper
                    && earlier.proper
                    && (short.len() >= 8 && contains_run(long, short)
                        || could_reach(0.85) && similarity(lw, ew, &mut row) >= 0.85))
                    .then(|| {
                        format!(
                            "These words are credited to {} here but to {} at line {} (“{}”): one credit is wrong",
                            later.speaker,
                            earlier.speaker,
                            ctx.line(earlier.quote.range.start),
                            ctx.doc.text(earlier.quote.inner()).trim_end_matches([',', '.']),
                        )
                    })
            };
            if let Some(message) = finding {
                out.push(ctx.conflict(
                    "conflicting-quote",
                    later.quote.range.clone(),
                    earlier.quote.range.clone(),
                    message,
                ));
                break;
            }
        }
    }
}

/// Two excerpts of one statement that overlap: the end of one is the
/// start of the other, over at least six words and half the shorter.
fn overlapping_excerpts(a: &[u32], b: &[u32]) -> bool {
    let need = 6.max(a.len().min(b.len()) / 2);
    let joins =
        |x: &[u32], y: &[u32]| (need..=x.len().min(y.len())).any(|k| x[x.len() - k..] == y[..k]);
    joins(a, b) || joins(b, a)
}

fn surname(name: &str) -> String {
    name.split_whitespace().last().unwrap_or("").to_lowercase()
}

/// A name rather than a pronoun or a description ("the prime minister" may
/// well be the Tony Blair quoted elsewhere).
fn is_proper_name(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    first.chars().next().is_some_and(char::is_uppercase)
        && !matches!(
            first,
            "The"
                | "A"
                | "An"
                | "He"
                | "She"
                | "They"
                | "It"
                | "I"
                | "We"
                | "You"
                | "His"
                | "Her"
                | "Their"
        )
}

#[cfg(test)]
mod tests {
    use super::{common_words, for_each_word, similarity};
    use crate::{analyze, Config, Format};

    fn codes(src: &str) -> Vec<(String, String)> {
        let config = Config::default();
        let a = analyze(src, Format::Plain, &config);
        a.findings
            .iter()
            .filter(|f| f.code.starts_with("conflicting-"))
            .map(|f| (f.code.to_string(), src[f.range.clone()].to_string()))
            .collect()
    }

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

    #[test]
    fn titles() {
        let c = codes("Headline\n\nMayor Rosa Lund said the budget was tight.\n\nCity Treasurer Lund said the reserve would last a year.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, "conflicting-title");
        assert!(codes("Headline\n\nPaul Hale, a former district judge, advised them. Defense lawyer Paul Hale spoke.").is_empty());
        assert!(
            codes("Headline\n\nFinance Minister Ana Diaz spoke. Later, Minister Diaz left.")
                .is_empty()
        );
        assert_eq!(
            codes("Headline\n\nFinance Minister Ana Diaz spoke. Economy Minister Diaz left.").len(),
            1
        );
        // a function held alongside an office: both are true at once
        assert!(
            codes("Headline\n\nSenator Harry Reid spoke.\n\nReid, the minority leader, left.")
                .is_empty()
        );
        assert!(
            codes("Headline\n\nOfficer Joe Bell spoke.\n\nBell, a police spokesman, left.")
                .is_empty()
        );
        // two people who share a surname, one of them under a nickname the
        // draft does not read as a person
        assert!(codes("Headline\n\nHillary Clinton spoke. Bill Clinton spoke.\n\nSecretary Clinton left. President Clinton stayed.").is_empty());
    }

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

    #[test]
    fn weekdays() {
        let c = codes("Headline\n\nThe law takes effect on Monday, July 1, 2025.");
        assert_eq!(c.len(), 1);
        assert!(codes("Headline\n\nThe law takes effect on Tuesday, July 1, 2025. The replay is Saturday 16 May 2026.").is_empty());
        assert_eq!(
            codes("Headline\n\nThe replay is Friday 16 May 2026.").len(),
            1
        );
    }

    #[test]
    fn quotes() {
        let c = codes("Headline\n\n“We need buses that run after nine at night,” Okoro said.\n\nOkoro’s closing plea — “We need buses that actually run after ten at night” — won applause.");
        assert_eq!(c.len(), 1, "{c:?}");
        // a short partial quote of the fuller one is fine
        assert!(codes("Headline\n\n“We will keep the clinic open this winter and next,” Varga said.\n\nVarga promised to “keep the clinic open this winter” again.").is_empty());
        let c = codes("Headline\n\n“A library is the cheapest university a town can buy,” trustee Mona Reyes said.\n\n“A library is the cheapest university a town can buy,” Ellison said in a statement.");
        assert_eq!(c.len(), 1, "{c:?}");
        // a contraction is the same wording, not a misquote
        assert!(codes("Headline\n\n“We won’t close the pool while I’m mayor of this town,” Ruiz said.\n\nRuiz repeated: “We will not close the pool while I’m mayor of this town.”").is_empty());
        // two excerpts of one statement that overlap are no misquote
        assert!(codes("Headline\n\n“I would have a beer with him. The stories would be amazing, but I would not let him into my home,” Ruiz said.\n\n“I would have a beer with him,” Ruiz said. “The stories would be amazing, but I would not let him into my home. That is a closer setting.”").is_empty());
        // nor are two sentences said one after the other
        assert!(codes("Headline\n\n“We are now going to make deals for your benefit,” Ruiz said. “We are going to make the deals for the people of this town.”").is_empty());
    }

    #[test]
    fn quote_words() {
        let mut words = Vec::new();
        for_each_word(
            "“They’re late, and we won’t wait — can't,” O’Neill said",
            |w| words.push(w.to_string()),
        );
        assert_eq!(
            words,
            [
                "they", "are", "late", "and", "we", "will", "not", "wait", "ca", "not", "o",
                "neill", "said"
            ]
        );
        assert_eq!(common_words(&[1, 2, 2, 5, 9], &[2, 2, 3, 9]), 3);
        let mut row = Vec::new();
        assert_eq!(similarity(&[1, 2, 3, 4], &[1, 3, 4, 5], &mut row), 0.75);
        assert_eq!(similarity(&[1, 2], &[], &mut row), 0.0);
    }
}
