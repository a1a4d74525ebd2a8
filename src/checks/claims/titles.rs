//! Titles and roles held by one person, compared.

use super::facts::is_function_word;
use super::*;
use crate::data::list_lines;

/// Role nouns from `data/role_nouns.txt` (read by the quote check too).
pub(super) fn is_role_noun(w: &str) -> bool {
    static ROLES: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    ROLES
        .get_or_init(|| data_words(include_str!("../../../data/role_nouns.txt")))
        .contains(w)
}

/// Rank words from `data/rank_words.txt`.
fn is_rank_word(w: &str) -> bool {
    static RANKS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    RANKS
        .get_or_init(|| data_words(include_str!("../../../data/rank_words.txt")))
        .contains(w)
}

fn data_words(text: &'static str) -> FxHashSet<&'static str> {
    list_lines(text)
        .map(|l| l.split_once('=').map_or(l, |(_, full)| full))
        .collect()
}

/// A title the names model read before a name: a role as [`role`] reads
/// it, or two or more capitalised words ending in a noun that names a
/// post by its shape though it is on no list ("Harbour Master",
/// "Lighthouse Keeper").
fn capitalised_title(phrase: &str) -> Option<Vec<String>> {
    if let Some(words) = role(phrase) {
        return Some(words);
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    // "Lord", "Wednesday": a courtesy title or a day, not a post.
    let calendar = |w: &str| {
        let w = w.to_lowercase();
        crate::calendar::WEEKDAYS
            .iter()
            .chain(crate::calendar::MONTHS.iter())
            .any(|d| d.eq_ignore_ascii_case(&w))
            || COURTESY.contains(&w.as_str())
    };
    if words.iter().any(|w| calendar(w)) {
        return None;
    }
    let last = words.last()?.to_lowercase();
    (words.len() >= 2
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !words.iter().any(|w| {
            let w = w.to_lowercase();
            CHANGE_MARKERS.contains(&w.as_str()) || w.starts_with("former")
        })
        && is_post_by_structure(&last))
    .then(|| words.iter().map(|w| w.to_lowercase()).collect())
}

/// The role an abbreviation stands for ("Sen." is "senator"), from the
/// `abbreviation=role` lines of `data/role_nouns.txt`.
fn expand_abbreviation(w: &str) -> &str {
    static ABBREVIATIONS: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    ABBREVIATIONS
        .get_or_init(|| {
            list_lines(include_str!("../../../data/role_nouns.txt"))
                .filter_map(|l| l.split_once('='))
                .collect()
        })
        .get(w)
        .copied()
        .unwrap_or(w)
}

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
    "co",
];

/// Verbs after a name that say its title changed: "Ruiz was promoted to
/// director", "Ruiz, who was elevated to chief executive", "Ruiz stepped
/// up from deputy".
const PROMOTION_VERBS: &[&str] = &["promoted", "elevated", "demoted", "stepped", "reassigned"];

/// Verbs that say a person took another's post: "Ruiz succeeded Hale",
/// "Ruiz, replacing him as director".
const PERSON_CHANGE_VERBS: &[&str] = &[
    "succeeded",
    "succeeding",
    "replaced",
    "replacing",
    "succeeds",
    "replaces",
];

const COURTESY: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "rev",
    "rev.", "prof", "prof.",
];

/// A role phrase normalised for comparison: lower case, organisation
/// possessives and courtesy titles dropped. `None` when it is no role, or
/// says the role is past, future or shared.
pub(super) fn role(phrase: &str) -> Option<Vec<String>> {
    role_with(phrase, false)
}

/// As [`role`], for the lower-case words right before a name ("hospital
/// chief nurse Nadia Farouk"), where a role or rank word before a noun
/// makes it a post as it does after an organisation's possessive.
fn role_before_name(phrase: &str) -> Option<Vec<String>> {
    role_with(phrase, true)
}

fn role_with(phrase: &str, before_name: bool) -> Option<Vec<String>> {
    let lower = phrase.to_lowercase();
    if lower.contains(" and ") || lower.contains(" of ") && lower.split_whitespace().count() > 6 {
        return None;
    }
    let mut words: Vec<String> = Vec::new();
    // "the hospital's", "Harlow Bank's": an organisation's possessive
    // opens the phrase.
    let mut possessed = false;
    let mut named_possessor = false;
    let original: Vec<&str> = phrase.split_whitespace().collect();
    for (i, w) in lower.split_whitespace().enumerate() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '’' && c != '\'');
        // "chief of staff", "head of strategy": the role goes on over "of";
        // "director of the Mint", "President of France": an organisation.
        // "a third spell as harbour master": a time in a role, not a role.
        if w == "as" {
            return None;
        }
        // "sales director for Nordic freight", "adviser to the
        // mayor", "coach at Bath": the role ends before the preposition.
        if matches!(
            w,
            "for" | "at" | "in" | "to" | "with" | "from" | "on" | "since" | "who" | "until" | "by"
        ) {
            break;
        }
        if w == "of" {
            let rest = &original[i + 1..];
            let role_goes_on = rest
                .first()
                .is_some_and(|n| n.starts_with(char::is_lowercase) && *n != "the");
            if let (true, Some(last)) = (role_goes_on, words.last_mut()) {
                let tail: Vec<String> = rest
                    .iter()
                    .take_while(|n| {
                        n.starts_with(char::is_lowercase) && !is_function_word(&n.to_lowercase())
                    })
                    .map(|n| n.to_lowercase())
                    .collect();
                *last = format!("{last} of {}", tail.join(" "));
            }
            break;
        }
        if CHANGE_MARKERS.contains(&w)
            || w.starts_with("then-")
            || w.starts_with("ex-")
            || w.starts_with("former")
        {
            return None;
        }
        // "the ruling bloc's treasurer": the words before a possessive
        // describe the organisation, not the role.
        if w.ends_with("’s") || w.ends_with("'s") || w.ends_with('’') || w.ends_with('\'') {
            words.clear();
            possessed = true;
            // A possessor is a word ("''" closing a quote is none).
            named_possessor = w.chars().filter(|c| c.is_alphabetic()).count() >= 2;
            continue;
        }
        if COURTESY.contains(&w)
            || matches!(w, "the" | "a" | "an" | "its" | "his" | "her" | "their")
        {
            continue;
        }
        words.extend(expand_abbreviation(w).split(' ').map(str::to_string));
    }
    // Nationality adjectives before a role ("Russian President") say nothing of the role.
    while words.len() > 1
        && (words[0].ends_with("an") || words[0].ends_with("ish") || words[0].ends_with("ese"))
        && !is_role_noun(&words[0])
    {
        words.remove(0);
    }
    let head = words.last()?;
    let head_word = head.split(' ').next().unwrap_or(head);
    // "the hospital's chief nurse": a role or rank word before a noun
    // after an organisation's possessive makes the noun a post.
    let ranked = words[..words.len() - 1]
        .iter()
        .any(|w| is_role_noun(w) || is_rank_word(w) || matches!(w.as_str(), "senior" | "lead"));
    // "the prison's warden": one noun alone after an organisation's
    // possessive names a post in it, on a list or not.
    // Not a verb ("recalled"), nor a relation in a compound
    // ("great-grandson").
    let last_part = head.rsplit('-').next().unwrap_or(head);
    let alone = possessed
        && named_possessor
        && words.len() == 1
        && !head.contains(' ')
        && !head.ends_with("ed")
        && !head.ends_with("ing")
        && is_post_by_structure(last_part);
    (is_role_noun(head_word)
        || ((possessed || before_name) && ranked || alone) && is_post_by_structure(head_word))
    .then_some(words)
}

/// The head of a phrase after an organisation's possessive and a role or
/// rank word that names a post though it is on no role list ("the
/// hospital's chief nurse", "the club's head groundsman"): one
/// lower-case singular noun that names no relation to the possessor
/// (`data/relation_nouns.txt`: "the couple's daughter", "the firm's
/// founder").
pub(super) fn is_post_by_structure(head: &str) -> bool {
    static RELATIONS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    let relations =
        RELATIONS.get_or_init(|| data_words(include_str!("../../../data/relation_nouns.txt")));
    head.len() >= 4
        && head.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && (!head.ends_with('s') || head.ends_with("ss"))
        && !head.ends_with("ly")
        && !is_function_word(head)
        && !relations.contains(head)
}

/// Offices and the functions held inside them at the same time: "Senator
/// Ana Cruz" is also "the minority leader", "Officer Joe Bell" also "a
/// police spokesman". A board's chair and its treasurer are two people.
const HELD_TOGETHER: &[(&[&str], &[&str])] = &[
    (
        &[
            "senator",
            "representative",
            "congressman",
            "congresswoman",
            "assemblyman",
            "assemblywoman",
            "legislator",
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

/// The kind a role noun belongs to in `data/role_kinds.txt`, if any.
fn role_kind(noun: &str) -> Option<&'static str> {
    static KINDS: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    KINDS
        .get_or_init(|| {
            let mut kinds = FxHashMap::default();
            for line in list_lines(include_str!("../../../data/role_kinds.txt")) {
                let mut words = line.split_whitespace();
                if let Some(kind) = words.next() {
                    for w in words {
                        kinds.insert(w, kind);
                    }
                }
            }
            kinds
        })
        .get(noun)
        .copied()
}

/// One post named two ways: "boss" and any head of an organisation ("Villa
/// boss" is "the Villa manager", "Nissan's boss" its chief executive), or
/// two of a player's positions and the captaincy.
fn one_post(x: &str, y: &str) -> bool {
    let (kx, ky) = (role_kind(x), role_kind(y));
    match (kx, ky) {
        (Some("top"), Some("top")) => x == "boss" || y == "boss",
        (Some("position"), Some("position")) => true,
        _ => false,
    }
}

/// A legislator named for one chamber and a post in the other: Senator
/// Cruz is not "the House minority whip", Representative Okafor not "the
/// Senate majority leader".
fn other_chamber(office: &[String], post: &[String]) -> bool {
    let other = match office.last().map(String::as_str) {
        Some("senator") => "house",
        Some(
            "representative" | "congressman" | "congresswoman" | "assemblyman" | "assemblywoman",
        ) => "senate",
        _ => return false,
    };
    post.iter().any(|w| w == other)
}

/// Two roles that speak of one post, so that one agreeing with a later
/// role excuses it: the same head noun, or one post named two ways. An
/// office held beside the post ("Senator" beside "the minority leader")
/// says nothing of which leader.
fn one_kind_of_post(a: &[String], b: &[String]) -> bool {
    match (a.last(), b.last()) {
        (Some(x), Some(y)) => x == y || one_post(x, y) || a.ends_with(b) || b.ends_with(a),
        _ => false,
    }
}

fn roles_conflict(a: &[String], b: &[String], org: &dyn Fn(&str) -> bool) -> bool {
    let (ha, hb) = (a.last(), b.last());
    if other_chamber(a, b) || other_chamber(b, a) {
        return true;
    }
    // "deputy commissioner" and "commissioner", "vice president" and
    // "president": a rank word makes another post.
    let ranks = |r: &[String]| -> Vec<String> {
        r[..r.len().saturating_sub(1)]
            .iter()
            .filter(|w| is_rank_word(w))
            .cloned()
            .collect()
    };
    if let (Some(x), Some(y)) = (ha, hb) {
        // "a close adviser to Trump": anyone can advise while holding a post.
        let advises = |w: &str| matches!(w, "adviser" | "advisor" | "consultant");
        // "Professor Ruiz" is also the university's dean: an academic rank
        // is held beside any post but another rank of teaching.
        let teaching = |w: &str| {
            matches!(
                w,
                "professor" | "lecturer" | "reader" | "tutor" | "instructor" | "fellow" | "teacher"
            )
        };
        let professor = |a: &str, b: &str| a == "professor" && !teaching(b);
        if held_together(x, y)
            || (x != y && (advises(x) || advises(y)))
            || professor(x, y)
            || professor(y, x)
        {
            return false;
        }
        if one_post(x, y) {
            // "boss" and "the side's reserve squad coach": a manager of a
            // part of the organisation is not its head. Words before the
            // head that are roles or participles ("chief executive",
            // "managing director") keep it the head.
            // A word the boss's title shares ("Villa boss", "the Villa
            // manager") names the organisation, not a part of it.
            let qualified = |r: &[String], boss: &[String]| {
                r[..r.len().saturating_sub(1)].iter().any(|w| {
                    !is_role_noun(w)
                        && !is_rank_word(w)
                        && !w.ends_with("ing")
                        && !boss.contains(w)
                        && !org(w)
                })
            };
            let boss_and_part =
                (x == "boss" && qualified(b, a)) || (y == "boss" && qualified(a, b));
            return boss_and_part || ranks(a) != ranks(b);
        }
    }
    if ranks(a) != ranks(b) {
        return true;
    }
    if let (Some(x), Some(y)) = (ha, hb) {
        // "Secretary of State" read as far as "of", and "the secretary of
        // state": one role, its name cut short.
        let cut =
            |long: &str, short: &str| long.split_once(" of ").is_some_and(|(h, _)| h == short);
        if cut(x, y) || cut(y, x) {
            return false;
        }
    }
    if ha != hb {
        // "chief executive" and "executive": one is a shortening of the other.
        // "chief operating officer" and "chief": one says less; "finance
        // chief" is another post, its words not all the other's.
        let within = |x: &[String], y: &[String]| x.iter().all(|w| y.contains(w));
        return !(a.ends_with(b)
            || b.ends_with(a)
            || a.iter().any(|w| Some(w) == hb) && within(b, a)
            || b.iter().any(|w| Some(w) == ha) && within(a, b));
    }
    // Same head: "finance minister" / "economy minister" conflict; "minister" alone does not.
    let (ma, mb) = (&a[..a.len() - 1], &b[..b.len() - 1]);
    // "State Water Commissioner" and "Water Commissioner": one says less.
    let within = |x: &[String], y: &[String]| x.iter().all(|w| y.contains(w));
    !ma.is_empty() && !mb.is_empty() && !within(ma, mb) && !within(mb, ma)
}

/// A title that runs on over "of" before the name: the names model gives
/// "State" of "Vermont Secretary of State Lena Ortiz"; the title is the
/// capitalised words before "of" and after it.
fn over_of(text: &str, title: Range<usize>) -> Range<usize> {
    let head = before(text, title.start, 60);
    let Some(lead) = head.strip_suffix("of ") else {
        return title;
    };
    let mut start = title.start - head.len() + lead.len();
    let mut taken = 0;
    for w in lead.split(' ').rev().skip(1) {
        if taken == 3 || !w.starts_with(char::is_uppercase) || w.ends_with(['.', ',']) {
            break;
        }
        start -= w.len() + 1;
        taken += 1;
    }
    if taken == 0 {
        return title;
    }
    start..title.end
}

/// A one-word title with the capitalised words before it: the names
/// model gives "Officer" of "Chief Operating Officer Elias Ravnsborg".
/// Places, nationalities and sentence openers ("And") stay out.
fn capitalised_run(text: &str, title: Range<usize>) -> Range<usize> {
    if text[title.clone()].contains(' ') {
        return title;
    }
    let mut start = title.start;
    for _ in 0..2 {
        let Some(lead) = text[..start].strip_suffix(' ') else {
            break;
        };
        let from = lead
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic() || *c == '-')
            .last()
            .map_or(lead.len(), |(i, _)| i);
        let w = &lead[from..];
        let whole = lead[..from].is_empty() || lead[..from].ends_with(char::is_whitespace);
        let clean = whole
            && w.starts_with(char::is_uppercase)
            && !is_function_word(&w.to_lowercase())
            && !super::super::names::is_place(w)
            && !super::super::names::demonym_shaped(w);
        if !clean {
            break;
        }
        start = from;
    }
    start..title.end
}

/// A name mention that begins with a title ending in a role noun, and the
/// one introduced person whose surname ends it.
fn titled_surname(ctx: &Ctx, m: &super::super::names::Mention) -> Option<(usize, Vec<String>)> {
    if m.title.is_some() || m.words.len() < 2 || m.kind != NameKind::Person {
        return None;
    }
    let (last, lead) = m.words.split_last()?;
    let head = ctx.doc.text(lead.last()?.clone()).to_lowercase();
    if !is_role_noun(expand_abbreviation(head.trim_end_matches('.'))) {
        return None;
    }
    let words = role(ctx.doc.text(lead[0].start..lead[lead.len() - 1].end))?;
    match ctx
        .by_surname
        .get(&fold(ctx.doc.text(last.clone())))?
        .as_slice()
    {
        [only] => Some((*only, words)),
        _ => None,
    }
}

/// When a role a clause gives is held: now (or from a past start on), or
/// still ahead.
#[derive(Clone, Copy, PartialEq, Debug)]
enum When {
    Now,
    Ahead,
}

/// The verbs of a clause right after a name that give the person a role,
/// and when it is held. A verb ending in "as", "to" or no preposition
/// takes the role phrase right after it; "is" and "has been" take one only
/// with an article or a possessive ("is the firm's treasurer", never "is
/// chief among them").
const ROLE_VERBS: &[(&str, When)] = &[
    ("serves as ", When::Now),
    ("served as ", When::Now),
    ("has served as ", When::Now),
    ("works as ", When::Now),
    ("worked as ", When::Now),
    ("has worked as ", When::Now),
    ("took over as ", When::Now),
    ("takes over as ", When::Now),
    ("has taken over as ", When::Now),
    ("became ", When::Now),
    ("has become ", When::Now),
    ("was named ", When::Now),
    ("has been named ", When::Now),
    ("was appointed ", When::Now),
    ("has been appointed ", When::Now),
    ("was hired as ", When::Now),
    ("was promoted to ", When::Now),
    ("was elected ", When::Now),
    ("is ", When::Now),
    ("has been ", When::Now),
    ("will start as ", When::Ahead),
    ("will begin as ", When::Ahead),
    ("will become ", When::Ahead),
    ("will take over as ", When::Ahead),
    ("will serve as ", When::Ahead),
    ("is to become ", When::Ahead),
    ("is set to become ", When::Ahead),
    ("is expected to become ", When::Ahead),
];

/// Participles after a name and its comma that give the person a post:
/// "Ruiz, appointed chief executive in March,", "Ruiz, newly elected
/// mayor,", "Ruiz, named the club's treasurer last year,".
const PARTICIPLE_VERBS: &[(&str, When)] = &[
    ("appointed ", When::Now),
    ("newly appointed ", When::Now),
    ("recently appointed ", When::Now),
    ("named ", When::Now),
    ("newly named ", When::Now),
    ("elected ", When::Now),
    ("newly elected ", When::Now),
    ("re-elected ", When::Now),
    ("hired as ", When::Now),
    ("promoted to ", When::Now),
];

/// Verbs that take an object before the role: "joined the hospital as",
/// "was hired by the council as", "has run the theatre as", "leads the
/// team as".
const OBJECT_VERBS: &[&str] = &[
    "joined ",
    "has joined ",
    "was hired by ",
    "was brought in by ",
    "has run ",
    "runs ",
    "has led ",
    "leads ",
];

/// Words in the sentence of a clause that say its role has ended or was
/// held at another time ("served as finance director until 2019", "before
/// joining the council", "from 2010 to 2015"). A verb of a span of service
/// ("served as", "worked as") ends with more: "then", "later", "left".
fn ended(rest_of_sentence: &str, service: bool) -> bool {
    let words: Vec<String> = rest_of_sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        matches!(
            w.as_str(),
            "until" | "till" | "before" | "between" | "previously" | "formerly" | "former"
        ) || (w == "from"
            && words
                .get(i + 1)
                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit())))
            || service
                && matches!(
                    w.as_str(),
                    "then"
                        | "later"
                        | "when"
                        | "once"
                        | "ago"
                        | "earlier"
                        | "left"
                        | "retired"
                        | "resigned"
                        | "stepped"
                        | "replaced"
                        | "succeeded"
                        | "rose"
                        | "promoted"
                        | "became"
                )
    })
}

/// A role with no article after "is" or "has been" that is a post, not a
/// description: up to four lower-case words followed by "since" and a
/// start ("has been chief executive since 2018"), or by "of" or "at" and
/// an organisation ("is director of the museum", "is head of strategy at
/// Pfizer"). "is chief among them", "has been mayor-curious" are none.
fn bare_post(phrase: &str) -> bool {
    let clause = &phrase[..phrase
        .find([',', '.', ';', ':', '(', '"', '“', '—', '\n'])
        .unwrap_or(phrase.len())];
    let words: Vec<&str> = clause.split(' ').collect();
    // "head of strategy at Pfizer": the role goes on over "of" before a
    // lower-case word, to the organisation or the start.
    for (at, w) in words.iter().enumerate() {
        if !matches!(*w, "since" | "of" | "at") {
            continue;
        }
        let next = words.get(at + 1).copied().unwrap_or("");
        let follows = match *w {
            "since" => next.starts_with(|c: char| c.is_ascii_alphanumeric()),
            // The organisation opens with "the" or a capital.
            _ => next == "the" || next.starts_with(|c: char| c.is_uppercase()),
        };
        if !follows {
            if *w == "of" {
                continue;
            }
            return false;
        }
        let role_words = &words[..at];
        let lower = !role_words.is_empty()
            && role_words.len() <= 5
            && role_words.iter().all(|w| {
                w.starts_with(|c: char| c.is_ascii_lowercase())
                    && (*w == "of" || !is_function_word(w))
            });
        return lower && role(&role_words.join(" ")).is_some();
    }
    false
}

/// The role of a capacity ("as head of the water board", "in her role as
/// chief executive") starting at `start` in the prose: a role whose
/// sentence says nothing of another time. "as a mother of three" is no
/// role; "In his role as secretary of state in 2012", "as chief executive
/// until May", "as the then chair" are another time.
fn capacity(ctx: &Ctx, phrase: &str, start: usize) -> Option<Vec<String>> {
    let words = role(phrase.strip_prefix("the ").unwrap_or(phrase))?;
    let si = ctx.doc.sentence_at(start)?;
    let sentence = ctx.doc.text(ctx.doc.sentences[si].clone()).to_lowercase();
    let year = sentence
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")));
    let another_time = [
        "at the time",
        " then ",
        " once ",
        " while ",
        " when ",
        " during ",
        " ago",
        "previous",
        "earlier",
    ]
    .iter()
    .any(|w| sentence.contains(w));
    (!year && !another_time && !ended(&sentence, false)).then_some(words)
}

/// The role phrase of "In his role as chief executive, Ruiz" or "In her
/// capacity as head of the board, Ruiz": the words after "as" up to the
/// comma right before the name at `name_start`, and where they start.
fn role_as_before(text: &str, name_start: usize) -> Option<(&str, usize)> {
    let head = before(text, name_start, 90);
    let head = head.strip_suffix(", ")?;
    let clause_from = head
        .rfind(['.', ';', ':', '\n', '"', '“', '”'])
        .map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = &head[clause_from..];
    if !clause
        .trim_start()
        .get(..3)
        .is_some_and(|w| w.eq_ignore_ascii_case("in "))
    {
        return None;
    }
    let lower = clause.trim_start().to_lowercase();
    let opener = ["in his ", "in her ", "in their ", "in its "]
        .iter()
        .find(|o| lower.starts_with(*o))?;
    let rest = &lower[opener.len()..];
    let after_as = ["role as ", "capacity as ", "post as ", "position as "]
        .iter()
        .find_map(|n| rest.strip_prefix(n).map(|_| opener.len() + n.len()))?;
    let lead = clause.len() - clause.trim_start().len();
    let phrase = &clause[lead + after_as..];
    if phrase.contains(',') {
        return None;
    }
    let start = name_start - 2 - head.len() + clause_from + lead + after_as;
    Some((phrase, start))
}

/// The roles of an apposition or a clause after a name that joins two
/// with "and" ("Ruiz, the mayor and party leader,", "Ruiz, chair of the
/// board and chief executive,", "Ruiz, who is treasurer and secretary,"):
/// every one when two or more are roles, none otherwise ("the mayor and
/// her deputy Tom Hale" joins a role and a person).
fn roles_joined(rest: &str) -> Vec<Vec<String>> {
    let phrase = rest
        .strip_prefix(", who is ")
        .or_else(|| rest.strip_prefix(", who serves as "))
        .or_else(|| rest.strip_prefix(", "))
        .unwrap_or("");
    let phrase = &phrase[..phrase
        .find([',', '.', ';', ':', '(', '"', '“', '—', '\n'])
        .unwrap_or(phrase.len())];
    // A role opens with a lower-case word or an owner's possessive; a
    // list of names ("Ruiz, Hale and Lopez") is passed over unread.
    let opens = phrase.starts_with(|c: char| c.is_lowercase())
        || phrase
            .split(' ')
            .next()
            .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"));
    let roles: Vec<Vec<String>> = if opens && phrase.contains(" and ") {
        phrase.split(" and ").filter_map(role).collect()
    } else {
        Vec::new()
    };
    if roles.len() >= 2 {
        roles
    } else {
        Vec::new()
    }
}

/// The person a mention refers to ([`person_of`]), or, for one word no
/// person named in full bears as a surname, the one person whose full
/// name it opens: a family name written first ("Finance Minister Wang
/// Lei … Wang said", "Park Ji-hoon … Park", "Nagy Katalin … Nagy"). Two
/// people whose names open with the word leave it to neither.
fn subject_of<'a>(
    ctx: &'a Ctx,
    m: &super::super::names::Mention,
    firsts: &FirstWords<'a>,
) -> Option<(usize, Range<usize>)> {
    // "Mr Wang" is a person of one word until a full name opens with it.
    let found = person_of(ctx, m);
    match found {
        Some((s, _)) if ctx.names.people[s].full_name.contains(' ') => found,
        _ => family_name_first(ctx, m, firsts).or(found),
    }
}

/// Each first word of a full name and the one subject whose name it
/// opens (`None` where it opens two people's), gathered once per draft.
type FirstWords<'a> = std::cell::OnceCell<FxHashMap<&'a str, Option<usize>>>;

/// The one person named in full whose name a single word (`m`) opens,
/// where nobody named in full bears the word as a surname.
fn family_name_first<'a>(
    ctx: &'a Ctx,
    m: &super::super::names::Mention,
    firsts: &FirstWords<'a>,
) -> Option<(usize, Range<usize>)> {
    if m.words.len() != 1 {
        return None;
    }
    if !matches!(m.kind, NameKind::Person | NameKind::Unknown) {
        return None;
    }
    let word = ctx.doc.text(m.words[0].clone());
    // The one person whose full name opens with the word as written.
    let s = (*firsts
        .get_or_init(|| {
            let mut map: FxHashMap<&str, Option<usize>> = FxHashMap::default();
            for (i, person) in ctx.names.people.iter().enumerate() {
                if let Some((first, _)) = person.full_name.split_once(' ') {
                    let s = ctx.subject[i];
                    map.entry(first)
                        .and_modify(|e| {
                            if *e != Some(s) {
                                *e = None;
                            }
                        })
                        .or_insert(Some(s));
                }
            }
            map
        })
        .get(word)?)?;
    // A word the names model could not place ("Wang" alone) is taken
    // only where it is no given name: "Victoria" or "Grace" alone may be
    // anything.
    let unplaced = m.kind == NameKind::Unknown && !super::super::names::is_given_name(word);
    if !(m.kind == NameKind::Person || unplaced) || super::super::names::is_place(word) {
        return None;
    }
    // Nobody named in full bears the word as a surname, and the person is
    // one the draft introduces: a subject of their own surname.
    let named_in_full = |q: &usize| ctx.names.people[*q].full_name.contains(' ');
    let borne = ctx
        .by_surname
        .get(&fold(word))
        .is_some_and(|v| v.iter().any(named_in_full));
    let introduced = ctx
        .by_surname
        .get(&super::surname_of(&ctx.names.people[s].full_name))
        .is_some_and(|v| v.contains(&s));
    (!borne && introduced).then(|| (s, m.range.clone()))
}

/// A role opened by a capitalised possessive before a name and its comma
/// ("Acme's finance director, Ana Ruiz", "Speaking on Monday, Britain's
/// trade minister, Ana Ruiz"): its range in `head`, which ends with the
/// comma and a space. A person's possessive ("Ruiz's deputy, Tom Hale")
/// names a relation to that person, not a post.
fn possessive_role_before(ctx: &Ctx, head: &str) -> Option<Range<usize>> {
    let trimmed = head.trim_end().strip_suffix(',')?;
    let from = trimmed
        .rfind(['.', ';', ':', '\n', '"', '“', '”', '(', ',', '—'])
        .map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
    // "Both Mr Hale and Acme's finance chief, Ana Ruiz": the role opens
    // after the last "and" or "or" that joins another person to her.
    let from = [" and ", " or ", " nor "]
        .into_iter()
        .filter_map(|j| trimmed[from..].rfind(j).map(|i| from + i + j.len()))
        .max()
        .unwrap_or(from);
    let clause = &trimmed[from..];
    let lead = clause.len() - clause.trim_start().len();
    let clause = clause.trim_start();
    let words: Vec<&str> = clause.split(' ').collect();
    let owner = words
        .iter()
        .position(|w| w.ends_with("'s") || w.ends_with("’s"))?;
    let capitalised = words[..=owner]
        .iter()
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    let role_words = &words[owner + 1..];
    let lower = !role_words.is_empty()
        && role_words.len() <= 5
        && role_words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
    let possessor = words[owner].trim_end_matches("'s").trim_end_matches("’s");
    let a_person = ctx.by_surname.contains_key(&fold(possessor))
        || super::super::names::is_given_name(possessor);
    (owner < 3 && capitalised && lower && !a_person)
        .then(|| from + lead..from + lead + clause.len())
}

/// The post a verb of leading says is held beside another ("who also
/// leads the party" is its leader, "also chairs the board" its chair).
fn post_of_verb(clause: &str) -> Option<Vec<String>> {
    let (_, verb) = clause.split_once(" also ")?;
    let verb = verb.split(' ').next()?;
    let noun = match verb {
        "leads" => "leader",
        "heads" => "head",
        "chairs" => "chair",
        "manages" => "manager",
        "coaches" => "coach",
        "captains" => "captain",
        "directs" => "director",
        "edits" => "editor",
        _ => return None,
    };
    Some(vec![noun.to_string()])
}

/// The text after a name with an age set off by commas passed over:
/// ", 52, the club's treasurer," reads as ", the club's treasurer,".
fn past_age(rest: &str) -> &str {
    if let Some(t) = rest.strip_prefix(", ") {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&digits) && t[digits..].starts_with(", ") {
            return &t[digits..];
        }
    }
    rest
}

/// The role phrase a clause right after a name gives ("Whitfield served as
/// the town's finance director", "Brandt, who took over as head coach in
/// 2021", "Kowal became the company's CFO", "Oyelaran will start as the
/// theatre's executive director"), and when it is held. A clause whose
/// sentence says the role ended or was held at another time gives none.
fn clause_role(text: &str, name_end: usize) -> Option<(Range<usize>, When)> {
    let rest = after(text, name_end, 160);
    // "Ruiz, appointed chief executive in March,": a participle set off
    // by commas gives the post as a clause would. Never "Ruiz named Hale
    // finance director", where the post is another's.
    let participle = rest
        .strip_prefix(", ")
        .filter(|t| PARTICIPLE_VERBS.iter().any(|(v, _)| t.starts_with(v)));
    let (r, verbs) = match participle {
        Some(t) => (t, PARTICIPLE_VERBS),
        None => (clause_after_name(rest)?, ROLE_VERBS),
    };
    // The longest verb that opens the clause ("is set to become", not "is"),
    // or a verb with its object before "as" ("joined the hospital as
    // chief nursing officer", "has run the theatre as artistic director").
    let (verb, when, mut phrase) = match verbs
        .iter()
        .filter(|(v, _)| r.starts_with(v))
        .max_by_key(|(v, _)| v.len())
    {
        Some((verb, when)) => (*verb, *when, &r[verb.len()..]),
        None => {
            let verb = OBJECT_VERBS.iter().find(|v| r.starts_with(*v))?;
            let object = &r[verb.len()..];
            let clause = &object[..object
                .find([',', '.', ';', ':', '(', '"', '“', '—', '\n'])
                .unwrap_or(object.len())];
            let at = clause.find(" as ")?;
            if clause[..at].split(' ').count() > 6 {
                return None;
            }
            (*verb, When::Now, &object[at + 4..])
        }
    };
    if matches!(verb, "is " | "has been ") {
        // "is a loyal lieutenant", "has been a lawyer", "is the right
        // leader": a description or a judgement, not the post; "is the
        // town's treasurer", "has been its chief executive" name the post
        // by its organisation.
        // "is Acme's chief executive": an organisation's name owns it.
        let named_owner = phrase.split(' ').next().is_some_and(|w| {
            w.starts_with(char::is_uppercase) && (w.ends_with("'s") || w.ends_with("’s"))
        });
        let opens = named_owner
            || ["its ", "his ", "her ", "their "]
                .iter()
                .any(|a| phrase.starts_with(a))
            || phrase.starts_with("the ")
                && phrase
                    .split(['.', ',', ';'])
                    .next()
                    .is_some_and(|c| c.contains("'s ") || c.contains("’s "));
        // "has been chief executive since 2018", "is director of the
        // museum": a bare role held from a start on, or named by its
        // organisation, is the post too.
        if !opens && !bare_post(phrase) {
            return None;
        }
    }
    // "was appointed as treasurer": the "as" after the verb.
    phrase = phrase.strip_prefix("as ").unwrap_or(phrase);
    let mut len = phrase
        .find([',', '.', ';', ':', '(', '"', '“', '—', '\n'])
        .unwrap_or(phrase.len());
    // The role ends before a time or the next clause: "became the
    // company's CFO last year", "was named chief of staff in May".
    let mut at = 0;
    for w in phrase[..len].split(' ') {
        let lower = w.to_lowercase();
        if w.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                lower.as_str(),
                "last"
                    | "this"
                    | "next"
                    | "earlier"
                    | "after"
                    | "when"
                    | "and"
                    | "but"
                    | "while"
                    | "because"
                    | "following"
                    | "yesterday"
                    | "today"
                    | "in"
                    | "on"
                    | "since"
                    | "by"
                    | "for"
                    | "at"
            )
        {
            len = at.min(len);
            break;
        }
        at += w.len() + 1;
    }
    let len = phrase[..len].trim_end().len();
    // "is the only senator", "became the first female mayor", "is the
    // longest-serving member": a rank among others, not the post's name.
    let ranks_among = phrase[..len].split(' ').any(|w| {
        let w = w.to_lowercase();
        matches!(
            w.as_str(),
            "only" | "first" | "last" | "second" | "third" | "sole" | "lone" | "best" | "top"
        ) || w
            .split('-')
            .next()
            .is_some_and(|x| x.ends_with("est") && x.len() > 4)
    });
    if ranks_among {
        return None;
    }
    let start = name_end + (phrase.as_ptr() as usize - rest.as_ptr() as usize);
    // The rest of the sentence after the name.
    let sentence_end = rest.find(". ").map_or(rest.len(), |i| i + 1);
    // A span of service, or a start a career may have gone on from
    // ("joined the bank as a clerk in 1990 and rose to ...").
    let service =
        verb.starts_with("served") || verb.starts_with("worked") || OBJECT_VERBS.contains(&verb);
    if ended(
        &rest[..sentence_end.max(start - name_end + len).min(rest.len())],
        service,
    ) {
        return None;
    }
    Some((start..start + len, when))
}

/// The phrase of a role after a name's comma with no article: lower-case
/// words ("treasurer", "chief executive of the hospital", "head of
/// strategy at Pfizer") up to the next comma or full stop, capitals only
/// in its organisation after "of" or "at". Not a list of people
/// ("Holt, treasurer Lee and ...") nor a clause ("Holt, meanwhile, ...").
fn bare_apposition(rest: &str) -> Option<&str> {
    let end = rest.find([',', '.', ';', ':', '(', '"', '“', '—', '\n'])?;
    if !rest[end..].starts_with([',', '.']) {
        return None;
    }
    let phrase = &rest[..end];
    // "head of the ferries, docks and harbour division": the
    // organisation is a list the comma cuts, not the phrase's end.
    let next = &rest[end + 1..];
    let next = &next[..next.find([',', '.', ';']).unwrap_or(next.len())];
    // ", and Tom Hale were elected": "and" after the comma joins another
    // person to the name, and the apposition has closed.
    let joins_next = next.starts_with(" and ") || next.starts_with(" or ");
    if rest[end..].starts_with(',') && next.contains(" and ") && !joins_next {
        return None;
    }
    let mut words: Vec<&str> = phrase.split(' ').collect();
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    // "Hale, now party treasurer,": the role held at present.
    if words[0] == "now" {
        words.remove(0);
    }
    // "Hale, Acme deputy leader,": an organisation's capitalised name
    // before the lower-case role (never a person's given name, a month
    // or a weekday).
    let org_words = words
        .iter()
        .take_while(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !is_function_word(&w.to_lowercase())
                && !super::super::names::is_given_name(w)
                && !crate::calendar::WEEKDAYS
                    .iter()
                    .chain(crate::calendar::MONTHS.iter())
                    .any(|d| d.eq_ignore_ascii_case(w))
        })
        .count();
    if org_words > 2 || org_words == words.len() {
        return None;
    }
    let words = &words[org_words..];
    let org_at = words
        .iter()
        .position(|w| matches!(*w, "of" | "at"))
        .unwrap_or(words.len());
    let lower = words[..org_at]
        .iter()
        .all(|w| w.starts_with(|c: char| c.is_ascii_lowercase()) && !is_function_word(w));
    (lower && org_at > 0 && !matches!(words[0], "who" | "which" | "meanwhile" | "however"))
        .then_some(phrase)
}

/// The organisation a role phrase names after "of" or "at" ("director of
/// the museum", "head of strategy at Pfizer"), put before the role's
/// words as `@museum` so that one role in two organisations is two posts.
/// A possessive in it ("of the museum's library project") says more than
/// one organisation: none is kept.
fn with_organisation(mut words: Vec<String>, phrase: &str) -> Vec<String> {
    let ws: Vec<&str> = phrase.split_whitespace().collect();
    let Some(at) = ws.iter().position(|w| matches!(*w, "of" | "at")) else {
        return words;
    };
    let org: Vec<&str> = ws[at + 1..]
        .iter()
        .copied()
        .filter(|w| !matches!(*w, "the" | "The"))
        .collect();
    // "chief of staff": the role goes on over "of"; the organisation
    // starts with "the" or a capital.
    let opens_org = ws
        .get(at + 1)
        .is_some_and(|w| *w == "the" || w.starts_with(char::is_uppercase) || ws[at] == "at");
    if !opens_org
        || org.is_empty()
        || org.len() > 3
        || org
            .iter()
            .any(|w| w.contains('\'') || w.contains('’') || is_function_word(w))
    {
        return words;
    }
    words.insert(0, format!("@{}", org.join(" ")));
    words
}

/// A role's organisation (see [`with_organisation`]) and its words.
fn split_organisation(v: &[String]) -> (Option<&str>, &[String]) {
    match v.first() {
        Some(o) if o.starts_with('@') => (Some(&o[1..]), &v[1..]),
        _ => (None, v),
    }
}

/// Two organisations that are plainly two: both named in common nouns
/// or both by name, with no word in common ("the museum" and "the
/// library"; never "the museum" and "the Tate").
fn other_organisation(a: &[String], b: &[String]) -> bool {
    let (Some(x), Some(y)) = (split_organisation(a).0, split_organisation(b).0) else {
        return false;
    };
    let proper = |o: &str| o.starts_with(char::is_uppercase);
    proper(x) == proper(y)
        && !x
            .split(' ')
            .any(|w| y.split(' ').any(|v| v.eq_ignore_ascii_case(w)))
}

/// A role as the message shows it: its words, then its organisation.
fn shown(v: &[String]) -> String {
    match split_organisation(v) {
        (Some(o), r) => format!("{} of {}", r.join(" "), o),
        (None, r) => r.join(" "),
    }
}

pub(super) fn titles(ctx: &Ctx, quotes: &[Quote], out: &mut Vec<Finding>) {
    // "Ruiz, the company's treasurer," "Ruiz, India's finance minister,"
    // "Ruiz, its chief executive,": an article, a possessive pronoun or a
    // capitalised possessive (an organisation or a place) opens the role
    // (`scan::role_after`); "The trust's board chair, Greta Brannock"
    // (`scan::role_before`).
    let text = &ctx.doc.prose;
    let mut facts: Vec<Fact<Vec<String>>> = Vec::new();
    // Where each role still ahead ("will start as") is stated.
    let mut ahead: Vec<usize> = Vec::new();
    // Two roles joined by "and" after a name ("Ruiz, the mayor and party
    // leader,"): both held at once.
    let mut joined: Vec<(Vec<String>, Vec<String>)> = Vec::new();
    let firsts: FirstWords = std::cell::OnceCell::new();
    // Where each capacity in an organisation starts, with the
    // organisation's words (see [`capacity_of`]).
    let mut capacities: FxHashMap<usize, Vec<String>> = FxHashMap::default();
    for m in &ctx.names.mentions {
        if !ctx.body(m.range.start) {
            continue;
        }
        // "Fisheries Secretary Okafor" read as one name: a title and
        // the surname of one person the draft introduces.
        if let Some((p, words)) = titled_surname(ctx, m) {
            facts.push(Fact {
                subject: p,
                value: words,
                range: m.range.clone(),
            });
            continue;
        }
        let Some((p, name_range)) = subject_of(ctx, m, &firsts) else {
            continue;
        };
        let both = roles_joined(after(text, m.range.end, 100));
        for (i, r) in both.iter().enumerate() {
            joined.extend(both[i + 1..].iter().map(|q| (r.clone(), q.clone())));
        }
        // Before the name: "Mayor Tessa Lindqvist".
        if let Some(t) = &m.title {
            let t = capitalised_run(text, over_of(text, t.clone()));
            let lead = &text[text[..t.start]
                .rfind(['.', ',', ';', '\n'])
                .map_or(0, |i| i + 1)..t.start];
            // "as Mayor Ruiz", "became Governor Ruiz": another time. The
            // word before the title, not its last letters ("Texas Sen.").
            let changed = lead
                .split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(w, "was" | "as" | "became" | "become" | "until"));
            let words = role(ctx.doc.text(t.clone()))
                .or_else(|| capitalised_title(ctx.doc.text(m.title.clone().unwrap_or_default())));
            if let (Some(words), false) = (words, changed) {
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
                // "charged chief operating officer Rosa Lind", "hired
                // sales director Ana Ruiz": a verb in the past ends the
                // role; a marker that changes it ("retired") does not.
                let verb = lower
                    && w.len() > 4
                    && w.ends_with("ed")
                    && !CHANGE_MARKERS.contains(w)
                    && !is_role_noun(w);
                if stop || verb {
                    break;
                }
                if lower {
                    lower_run.push(w);
                } else {
                    if !lower_run.is_empty()
                        && w.starts_with(char::is_alphabetic)
                        && !is_function_word(&w.to_lowercase())
                    {
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
                if let (Some(role_words), false) = (role_before_name(&phrase), starts_with_article)
                {
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
        // After the name: "Brannock, the trust’s secretary,", or after her
        // age: "Brannock, 52, the trust’s secretary,".
        let rest = after(text, m.range.end, 80);
        let aged = past_age(rest);
        let shift = rest.len() - aged.len();
        if let Some(g) = aged
            .starts_with(',')
            .then(|| super::scan::role_after(aged))
            .flatten()
        {
            if let Some(words) = role(&aged[g.clone()]) {
                facts.push(Fact {
                    subject: p,
                    value: with_organisation(words, &aged[g.clone()]),
                    range: name_range.start..m.range.end + shift + g.end,
                });
            }
        }
        // "Blake, chief executive of the hospital," "Hollis, treasurer,":
        // a role with no article after the name, all in lower case up to
        // its organisation.
        if let Some(phrase) = aged.strip_prefix(", ").and_then(bare_apposition) {
            let core = phrase.strip_prefix("now ").unwrap_or(phrase);
            if let Some(words) = role(core) {
                facts.push(Fact {
                    subject: p,
                    value: with_organisation(words, core),
                    range: name_range.start..m.range.end + shift + 2 + phrase.len(),
                });
            }
        }
        // "Kapoor (the country's finance minister)": a role in brackets.
        if let Some(inner) = rest
            .strip_prefix(" (")
            .and_then(|r| r.split_once(')'))
            .map(|(inner, _)| inner)
            .filter(|i| i.starts_with(char::is_lowercase) && !i.contains(['(', ',', '"', '“']))
        {
            if let Some(words) = role(inner) {
                facts.push(Fact {
                    subject: p,
                    value: with_organisation(words, inner),
                    range: name_range.start..m.range.end + 2 + inner.len() + 1,
                });
            }
        }
        // "The board named Lena Moss as chief executive": the post a
        // person is given, held from then on.
        let given = before(text, m.range.start, 30)
            .split_whitespace()
            .next_back()
            .is_some_and(|w| {
                matches!(
                    w,
                    "named"
                        | "appointed"
                        | "hired"
                        | "promoted"
                        | "elected"
                        | "chose"
                        | "picked"
                        | "installed"
                        | "confirmed"
                )
            });
        // "The theatre named Oyelaran its executive director": the post
        // with a possessive or an article and no "as".
        let given_phrase = rest.strip_prefix(" as ").map(|p| (p, 4)).or_else(|| {
            let r = rest.strip_prefix(' ')?;
            ["its ", "their ", "the "]
                .iter()
                .any(|d| r.starts_with(d))
                .then_some((r, 1))
        });
        if let Some((phrase, skip)) = given_phrase.filter(|_| given) {
            let phrase = phrase
                .split([',', '.', ';', ':', '(', '"', '“'])
                .next()
                .unwrap_or("");
            if let Some(words) = role(phrase) {
                facts.push(Fact {
                    subject: p,
                    value: words,
                    range: name_range.start..m.range.end + skip + phrase.len(),
                });
            }
        }
        // "Farouk, now the agency's spokeswoman,": the post held now.
        // "Kapoor, now serving as foreign minister,": the same with a verb.
        if let Some(phrase) = rest.strip_prefix(", now ") {
            let serving = phrase.strip_prefix("serving as ");
            let phrase = serving
                .unwrap_or(phrase)
                .split([',', '.', ';', ':', '(', '"', '“'])
                .next()
                .unwrap_or("");
            let opens = phrase.starts_with("the ") || serving.is_some();
            if let Some(words) = role(phrase).filter(|_| opens) {
                facts.push(Fact {
                    subject: p,
                    value: words,
                    range: name_range.start
                        ..phrase.as_ptr() as usize - text.as_ptr() as usize + phrase.len(),
                });
            }
        }
        // "Ruiz, as head of the water board, signed the order": the
        // capacity the person acts in, set off by commas.
        if let Some(phrase) = rest.strip_prefix(", as ") {
            let phrase = &phrase[..phrase
                .find([',', '.', ';', ':', '(', '"', '“', '—'])
                .filter(|&e| phrase[e..].starts_with(','))
                .unwrap_or(0)];
            let start = phrase.as_ptr() as usize - text.as_ptr() as usize;
            if let Some(words) = capacity(ctx, phrase, start) {
                let value = with_organisation(words, phrase);
                capacity_of(phrase, name_range.start, &mut capacities);
                facts.push(Fact {
                    subject: p,
                    value,
                    range: name_range.start..start + phrase.len(),
                });
            }
        }
        // "In her role as chief executive, Ruiz oversaw the merger": the
        // capacity opening the clause of the name.
        if let Some((phrase, start)) = role_as_before(text, m.range.start) {
            if let Some(words) = capacity(ctx, phrase, start) {
                let value = with_organisation(words, phrase);
                capacity_of(phrase, start, &mut capacities);
                facts.push(Fact {
                    subject: p,
                    value,
                    range: start..name_range.end,
                });
            }
        }
        // A clause after the name, or a relative clause: "Ito, who serves
        // as the company's chief technology officer", "Ito took over as
        // head coach", "Ito, who was named chief of staff in May", "Ito
        // will start as the theatre's executive director".
        if let Some((phrase, when)) = clause_role(text, m.range.end) {
            if let Some(words) = role(&text[phrase.clone()]) {
                if when == When::Ahead {
                    ahead.push(phrase.start);
                }
                facts.push(Fact {
                    subject: p,
                    value: words,
                    range: name_range.start..phrase.end,
                });
            }
        }
        // "As secretary of state, Clinton used a private server": a role
        // opening the sentence is as often one held before (another time),
        // so it is not read.
        // Before the name with a comma: "The trust’s board chair, Greta Brannock".
        // "The party's treasurer, Mr Hollis": the courtesy title is no
        // part of the role.
        let mut head = before(text, m.range.start, 80);
        let from = m.range.start - head.len();
        let mut courtesy = false;
        if let Some((lead, last)) = head.trim_end().rsplit_once(' ') {
            if COURTESY.contains(&last.to_lowercase().as_str()) && lead.ends_with(',') {
                head = &head[..lead.len() + 1];
                courtesy = true;
            }
        }
        if let Some(g) = head
            .trim_end()
            .ends_with(',')
            .then(|| super::scan::role_before(head))
            .flatten()
            .or_else(|| possessive_role_before(ctx, head))
        {
            // Before a courtesy title, a short noun phrase only: "The
            // party's treasurer, Mr Hollis", not "by announcing Mr Smith's
            // departure, Mr Johnson".
            let short = !courtesy || head[g.clone()].split_whitespace().count() <= 4;
            if let Some(words) = role(&head[g.clone()]).filter(|_| short) {
                facts.push(Fact {
                    subject: p,
                    value: with_organisation(words, &head[g.clone()]),
                    range: from + g.start..name_range.end,
                });
            }
        }
    }
    // "Moss, the bank's chairwoman, is also its chief executive": two
    // roles held at once. A statement of the second is no conflict with
    // the first.
    let mut also: Vec<(usize, Vec<String>)> = Vec::new();
    for m in &ctx.names.mentions {
        let rest = after(text, m.range.end, 120);
        let rest = rest.split(['.', ';', '\n']).next().unwrap_or("");
        // Every marker holds " also ": a clause without it is passed over
        // before the person is looked up.
        if !rest.contains(" also ") {
            continue;
        }
        let Some((p, _)) = subject_of(ctx, m, &firsts) else {
            continue;
        };
        for marker in [
            " is also ",
            " also serves as ",
            " also works as ",
            " and also ",
        ] {
            if let Some((_, phrase)) = rest.split_once(marker) {
                let phrase = phrase.split([',', '(', '“', '"']).next().unwrap_or("");
                if let Some(words) = role(phrase) {
                    also.push((p, words));
                }
            }
        }
        also.extend(post_of_verb(rest).map(|r| (p, r)));
    }
    // "She also serves as its chair": a second role held at once, said of
    // a pronoun; no statement of that role is a conflict.
    let mut also_any: Vec<Vec<String>> = Vec::new();
    for marker in [
        " also serves as ",
        " is also ",
        " also works as ",
        " also holds ",
    ] {
        for (i, _) in text.match_indices(marker) {
            let phrase = after(text, i + marker.len(), 80);
            let phrase = phrase
                .split([',', '.', ';', '(', '“', '"'])
                .next()
                .unwrap_or("");
            if let Some(words) = role(phrase) {
                also_any.push(words);
            }
        }
    }
    for (i, _) in text.match_indices(" also ") {
        also_any.extend(post_of_verb(after(text, i, 40)));
    }
    // Two roles given one person in one sentence ("Mayor Dana Holt, the
    // party's chair,") are two posts held at once: no statement of the
    // second again is a conflict with the first.
    // Only where the draft introduces the person: a later mention given a
    // title and another role at once ("Sen. Graham, the House minority
    // leader") is still compared with what came before.
    let sentence = |at: usize| ctx.doc.sentence_at(at);
    let mut first_sentence: FxHashMap<usize, Option<usize>> = FxHashMap::default();
    for f in &facts {
        first_sentence
            .entry(f.subject)
            .or_insert_with(|| sentence(f.range.start));
    }
    for (i, f) in facts.iter().enumerate() {
        if first_sentence.get(&f.subject) != Some(&sentence(f.range.start)) {
            continue;
        }
        for g in facts[i + 1..]
            .iter()
            .take(8)
            .take_while(|g| sentence(g.range.start) == sentence(f.range.start))
        {
            // The first stays the role later statements are compared with;
            // the second, held beside it, is never a conflict.
            if g.subject == f.subject
                && roles_conflict(
                    split_organisation(&f.value).1,
                    split_organisation(&g.value).1,
                    &|_| false,
                )
            {
                also.push((g.subject, g.value.clone()));
            }
        }
    }
    // A role held beside another is restated in other words ("who is also
    // party chair", later "the party's chair"): one post, by its head.
    let same_post = |a: &[String], b: &[String]| {
        let (a, b) = (split_organisation(a).1, split_organisation(b).1);
        a == b || (a.last() == b.last() && !roles_conflict(a, b, &|_| false))
    };
    // Looked up by person, so a long draft's many roles are not each
    // compared with every role held beside another.
    let mut also_of: FxHashMap<usize, Vec<Vec<String>>> = FxHashMap::default();
    for (p, r) in also {
        also_of.entry(p).or_default().push(r);
    }
    facts.retain(|f| {
        !also_of
            .get(&f.subject)
            .is_some_and(|rs| rs.iter().any(|r| same_post(r, &f.value)))
            && !also_any.iter().any(|r| same_post(r, &f.value))
    });
    // A role inside a quote is the speaker's word, not the draft's.
    let mut quoted: Vec<Range<usize>> = quotes.iter().map(|q| q.range.clone()).collect();
    quoted.sort_unstable_by_key(|r| r.start);
    facts.retain(|f| {
        let at = quoted.partition_point(|q| q.start <= f.range.start);
        at == 0 || quoted[at - 1].end < f.range.end
    });
    // "Ruiz was promoted from deputy director to director": the draft says
    // when the title changed, so its titles before and after are no
    // conflict.
    let promoted: FxHashSet<usize> = ctx
        .names
        .mentions
        .iter()
        .filter(|m| {
            let rest = after(text, m.range.end, 60);
            let clause = rest.split(['.', ';', '\n']).next().unwrap_or("");
            let words: Vec<&str> = clause
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .take(6)
                .collect();
            words.iter().enumerate().any(|(i, w)| {
                let next = words.get(i + 1).copied().unwrap_or("");
                PROMOTION_VERBS.contains(w)
                    // "succeeded Hale", "replacing her": a change of
                    // person, not "succeeded in" anything.
                    || PERSON_CHANGE_VERBS.contains(w)
                        && (next.starts_with(char::is_uppercase) || matches!(next, "him" | "her"))
            })
        })
        .filter_map(|m| subject_of(ctx, m, &firsts).map(|(p, _)| p))
        .collect();
    facts.retain(|f| !promoted.contains(&f.subject));
    // "former Oregon governor Ruth Calloway": a change marker before
    // a title read from its capitalised words makes it another time.
    facts.retain(|f| {
        before(text, f.range.start, 20)
            .split_whitespace()
            .next_back()
            .is_none_or(|w| {
                let w = w.to_lowercase();
                !(CHANGE_MARKERS.contains(&w.as_str()) || w.starts_with("former"))
            })
    });
    // "Lind, the deputy director, will start as director in June": a
    // role still ahead, stated beside the one held now or after a rank
    // below it, is the change to come, not another name for the post.
    let changes: Vec<usize> = facts
        .iter()
        .filter(|f| ahead.iter().any(|&a| f.range.contains(&a)))
        .filter(|f| {
            facts.iter().any(|g| {
                g.subject == f.subject
                    && g.range != f.range
                    && (sentence(g.range.start) == sentence(f.range.start)
                        || g.value.iter().any(|w| is_rank_word(w)))
            })
        })
        .map(|f| f.range.start)
        .collect();
    facts.retain(|f| {
        !changes.contains(&f.range.start) || !ahead.iter().any(|&a| f.range.contains(&a))
    });
    // A rank held in a sentence set in a year ("Vice President George Bush
    // in 1987") is a post on the way to another: another time.
    facts.retain(|f| {
        if !f.value.iter().any(|w| is_rank_word(w)) {
            return true;
        }
        let Some(si) = ctx.doc.sentence_at(f.range.start) else {
            return true;
        };
        !ctx.doc
            .text(ctx.doc.sentences[si].clone())
            .split(|c: char| !c.is_ascii_digit())
            .any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")))
    });
    // Words the draft writes with a capital inside a sentence: names of
    // organisations and places ("Dunmore manager" is the club's).
    // Gathered the first time a boss's title is compared.
    let capitalised: std::cell::OnceCell<FxHashSet<String>> = std::cell::OnceCell::new();
    let org = |w: &str| {
        capitalised
            .get_or_init(|| {
                ctx.doc
                    .words
                    .windows(2)
                    .filter(|w| w[1].is_word && w[0].is_word)
                    .map(|w| ctx.doc.text(w[1].range.clone()))
                    .filter(|t| t.starts_with(char::is_uppercase))
                    .map(str::to_lowercase)
                    .collect()
            })
            .contains(w)
    };
    facts.sort_by_key(|f| f.range.start);
    // One role in two organisations is two posts; the organisation aside,
    // roles compare as before.
    let differ = |a: &Vec<String>, b: &Vec<String>| {
        let (ra, rb) = (split_organisation(a).1, split_organisation(b).1);
        let together = |x: &[String], y: &[String]| {
            joined.iter().any(|(p, q)| {
                same_post(p, x) && same_post(q, y) || same_post(p, y) && same_post(q, x)
            })
        };
        ((ra == rb && other_organisation(a, b)) || roles_conflict(ra, rb, &org)) && !together(a, b)
    };
    // A capacity in an organisation ("as chair of the transport panel")
    // is often a function held beside the post: it is compared only with
    // a role whose words name that organisation too ("the panel's
    // treasurer").
    let away = |a: &Fact<Vec<String>>, b: &Fact<Vec<String>>| {
        capacities.get(&a.range.start).is_some_and(|org| {
            let other = ctx.doc.text(b.range.clone()).to_lowercase();
            !org.iter().any(|w| other.contains(w.as_str()))
        })
    };
    // For each finding, whether it compares such a capacity with a post
    // elsewhere.
    let elsewhere: std::cell::RefCell<Vec<bool>> = std::cell::RefCell::default();
    let mut found = Vec::new();
    report_pairs_within(
        &facts,
        differ,
        |a, b| {
            !other_organisation(a, b)
                && one_kind_of_post(split_organisation(a).1, split_organisation(b).1)
        },
        |earlier, later| {
            elsewhere
                .borrow_mut()
                .push(away(earlier, later) || away(later, earlier));
            ctx.conflict(
            "conflicting-title",
            later.range.clone(),
            earlier.range.clone(),
            format!(
                "{} is “{}” here but “{}” at line {} (“{}”): check the title, or say when it changed",
                short_name(ctx, later.subject),
                shown(&later.value),
                shown(&earlier.value),
                ctx.line(earlier.range.start),
                ctx.doc.text(earlier.range.clone()),
            ),
        )
        },
        &mut found,
    );
    let elsewhere = elsewhere.into_inner();
    out.extend(
        found
            .into_iter()
            .zip(elsewhere)
            .filter(|(_, away)| !away)
            .map(|(f, _)| f),
    );
}

/// Records a capacity's organisation, named after "of" or "at" with "the"
/// or a capital ("head of the water board" gives "water" and "board",
/// "head of the agency's fraud unit" "agency", "fraud" and "unit"), by
/// where its fact starts.
fn capacity_of(phrase: &str, start: usize, capacities: &mut FxHashMap<usize, Vec<String>>) {
    let org = phrase
        .split_once(" of ")
        .or_else(|| phrase.split_once(" at "))
        .map(|(_, org)| org)
        .filter(|o| o.starts_with("the ") || o.starts_with(char::is_uppercase));
    if let Some(org) = org {
        let words: Vec<String> = org
            .split(' ')
            .map(|w| {
                w.trim_end_matches("'s")
                    .trim_end_matches("’s")
                    .to_lowercase()
            })
            .filter(|w| w.len() >= 3 && !is_function_word(w))
            .collect();
        if !words.is_empty() {
            capacities.insert(start, words);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::codes;

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
}

#[cfg(test)]
mod verb_before_role_tests {
    use super::super::test_support::codes;
    use crate::{analyze, Config, Format};

    /// The message of the one title conflict in `src`.
    fn message(src: &str) -> String {
        let text = format!("Headline\n\n{src}");
        let config = Config::default();
        let a = analyze(&text, Format::Plain, &config);
        let found: Vec<String> = a
            .findings
            .iter()
            .filter(|f| f.code == "conflicting-title")
            .map(|f| f.message.to_string())
            .collect();
        assert_eq!(found.len(), 1, "{src}: {found:?}");
        found[0].clone()
    }

    #[test]
    fn a_verb_in_the_past_ends_the_role_before_a_name() {
        for (src, role) in [
            ("Prosecutors charged chief operating officer Rosa Lind with fraud.\n\nRosa Lind, the firm's finance director, denied it.", "chief operating officer"),
            ("The board hired sales director Omar Haddad in May.\n\nHaddad, the company's marketing chief, spoke.", "sales director"),
            ("Police questioned deputy head Ilse Morrow on Friday.\n\nMorrow, the school's bursar, was not charged.", "deputy head"),
        ] {
            let m = message(src);
            assert!(m.contains(&format!("“{role}”")), "{src}: {m}");
            assert!(!m.contains("charged ") && !m.contains("hired ") && !m.contains("questioned "), "{m}");
        }
        // a marker that changes the role still reads as one: no conflict
        assert!(codes(
            "Headline\n\nThey met retired general Ana Ruiz.\n\nRuiz, the city's mayor, spoke."
        )
        .is_empty());
    }
}

#[cfg(test)]
mod structure_tests {
    use super::super::test_support::titles;

    #[test]
    fn a_noun_alone_after_an_organisations_possessive_is_a_post() {
        assert_eq!(
            titles("Ilse Morrow, the prison's warden, spoke first.\n\nMorrow, the prison's chaplain, said the riot was over."),
            ["Morrow, the prison's chaplain"]
        );
        assert_eq!(
            titles("Lena Falk, the port's harbourmaster, opened the pier.\n\nFalk, the port's treasurer, said repairs would take a year.").len(),
            1
        );
        // one post named twice, a relation, a description with an adjective
        assert!(titles("Ilse Morrow, the prison's warden, spoke first.\n\nMorrow, the jail's warden, said the riot was over.").is_empty());
        assert!(titles("Ilse Morrow, the prison's warden, spoke first.\n\nMorrow, the inmate's sister, said the riot was over.").is_empty());
        assert!(titles("Ilse Morrow, the prison's warden, spoke first.\n\nMorrow, the founder's great-granddaughter, said the riot was over.").is_empty());
        assert!(titles("Ilse Morrow, the prison's warden, spoke first.\n\n\"It is over,'' recalled Ilse Morrow.").is_empty());
        assert!(titles("Ilse Morrow, the prison's warden, spoke first.\n\nMorrow, the town's best-known resident, said the riot was over.").is_empty());
    }

    #[test]
    fn rank_words_make_another_post() {
        assert_eq!(titles("Commissioner Rita Castillo opened the hearing.\n\nDeputy Commissioner Castillo closed it.").len(), 1);
        assert_eq!(
            titles("Prime Minister Jan Berg spoke.\n\nBerg, the deputy prime minister, left.")
                .len(),
            1
        );
        assert_eq!(
            titles("Lena Moss, the company's president, spoke.\n\nVice President Moss left.").len(),
            1
        );
        assert_eq!(
            titles("Police Chief Omar Diallo spoke.\n\nAssistant Chief Diallo left.").len(),
            1
        );
        assert_eq!(
            titles("Admiral Kate Lindqvist spoke.\n\nLindqvist, the fleet's rear admiral, left.")
                .len(),
            1
        );
    }

    #[test]
    fn roles_over_of_and_new_role_nouns() {
        // "chief of staff" is not "chief executive"
        assert_eq!(
            titles("Chief Executive Dana Roe spoke.\n\nRoe, the White House chief of staff, left.")
                .len(),
            1
        );
        // a role noun read from the list in data/
        assert_eq!(
            titles("Club doctor Ivan Petrov spoke.\n\nPetrov, the club's goalkeeping coach, left.")
                .len(),
            1
        );
        // an abbreviated title is the role it stands for
        assert_eq!(
            titles("Sen. Ana Cruz spoke.\n\nCruz, the White House chief of staff, left.").len(),
            1
        );
        assert!(titles(
            "Sen. Ana Cruz spoke.\n\nSenator Cruz left. Cruz, the minority leader, stayed."
        )
        .is_empty());
        // "director of the Mint" is the director
        assert!(
            titles("Director Sam Hale spoke.\n\nHale, the director of the Mint, left.").is_empty()
        );
    }

    #[test]
    fn past_acting_and_shared_roles_are_not_conflicts() {
        assert!(titles(
            "Commissioner Rita Castillo spoke.\n\nCastillo, a former deputy commissioner, smiled."
        )
        .is_empty());
        assert!(titles("Mayor Tom Reed spoke.\n\nReed, the acting city manager, left.").is_empty());
        assert!(titles(
            "Chief Executive Dana Roe spoke.\n\nRoe, the interim chief financial officer, left."
        )
        .is_empty());
        assert!(titles(
            "President George Bush spoke.\n\nVice President George Bush visited Moscow in 1987."
        )
        .is_empty());
        // a sentence opener is not part of the title
        assert!(
            titles("Film producer Shogo Ito spoke.\n\nAnd producer Shogo Ito added a line.")
                .is_empty()
        );
    }
}

#[cfg(test)]
mod construction_tests {
    use super::super::test_support::titles;

    #[test]
    fn a_possessive_organisation_opens_an_apposition() {
        assert_eq!(
            titles("Palani Rao, India's finance minister, spoke.\n\nMr Rao, India's foreign minister, left."),
            ["Rao, India's foreign minister"]
        );
        assert_eq!(
            titles("Gerd Kessel, ABX's managing director for European sales, spoke.\n\nMr Kessel, the firm's general counsel, left.").len(),
            1
        );
        assert_eq!(
            titles("Carla Ghosn, its chief executive, spoke.\n\nGhosn, Renault's finance director, left.").len(),
            1
        );
        // the same role under the organisation's name and a pronoun
        assert!(titles("Palani Rao, India's finance minister, spoke.\n\nRao, the country's finance minister, left.").is_empty());
        assert!(titles("Gerd Kessel, ABX's managing director, spoke. Kessel, its managing director for Europe, left.").is_empty());
        // words before the possessive describe the organisation
        assert!(titles("The governing party's chairman, Park Min-jun, spoke.\n\nPark Min-jun, the party chairman, left.").is_empty());
        assert!(titles(
            "Ana Ruiz, the big bank's finance chief, spoke.\n\nRuiz, the finance chief, left."
        )
        .is_empty());
    }

    #[test]
    fn a_boss_is_the_head_of_the_organisation() {
        // a rank or a post that is not the head: another role
        assert_eq!(titles("Bolton boss Sam Allardyce signed him.\n\nAllardyce, the deputy chief executive, said so.").len(), 1);
        assert_eq!(
            titles("Spurs boss Martin Jol spoke.\n\nJol, the club's spokesman, said so.").len(),
            1
        );
        assert_eq!(titles("Rangers' boss Alex McLeish spoke.\n\nMcLeish, the club's assistant manager, said so.").len(), 1);
        // the head under another word
        assert!(
            titles("Villa boss David O'Leary spoke.\n\nO'Leary, the Villa manager, said so.")
                .is_empty()
        );
        assert!(titles(
            "Nissan boss Carla Ghosn spoke.\n\nGhosn, the company's chief executive, said so."
        )
        .is_empty());
        assert!(titles(
            "Carla Ghosn, its highly successful boss, spoke. Ghosn, the chairman, said so."
        )
        .is_empty());
    }

    #[test]
    fn positions_and_posts_off_the_field() {
        assert_eq!(titles("Bath prop Matt Stevens came in.\n\nStevens, the club's goalkeeping coach, said so.").len(), 1);
        assert!(
            titles("Striker Wayne Rooney scored.\n\nRooney, the England captain, said so.")
                .is_empty()
        );
        assert!(titles("Defender Ana Lopes scored.\n\nLopes, the full-back, said so.").is_empty());
    }

    #[test]
    fn a_legislator_and_the_other_chamber() {
        assert_eq!(
            titles("Sen. Ted Cruz spoke.\n\nCruz, the House minority leader, said so.").len(),
            1
        );
        assert_eq!(
            titles("Senator Ana Diaz spoke.\n\nMs. Diaz, the House majority leader, said so.")
                .len(),
            1
        );
        assert_eq!(
            titles("Rep. Mike Cole spoke.\n\nCole, the Senate majority whip, said so.").len(),
            1
        );
        // a function in one's own chamber
        assert!(
            titles("Senator Harry Reid spoke.\n\nReid, the Senate minority leader, said so.")
                .is_empty()
        );
        assert!(
            titles("Rep. Mike Cole spoke.\n\nCole, the House majority whip, said so.").is_empty()
        );
    }

    #[test]
    fn a_place_before_an_abbreviated_title_is_no_change_of_role() {
        // "Texas Sen." does not end in "as ": the senator is read
        assert_eq!(
            titles("Texas Sen. Ted Cruz spoke.\n\nCruz, the state's attorney general, said so.")
                .len(),
            1
        );
        assert_eq!(
            titles("Texas Rep. Mike Cole spoke.\n\nCole, the White House chief of staff, said so.")
                .len(),
            1
        );
        // "as" before the title: another time
        assert!(titles("She served as Sen. Ted Cruz's aide. Cruz spoke.\n\nCruz, the state's attorney general, said so.").len() <= 1);
    }

    #[test]
    fn advising_and_a_term_in_a_role_are_no_other_title() {
        assert!(titles(
            "Alabama Sen. Jeff Sessions spoke.\n\nSessions, a close advisor to Trump, said so."
        )
        .is_empty());
        assert!(titles("Prime Minister Lena Berg spoke. After winning a third term as prime minister in May, Berg, said so.").is_empty());
        assert!(titles(
            "Mayor Ana Ruiz spoke.\n\nAfter a year as deputy mayor in Leon, Ruiz, 40, said so."
        )
        .is_empty());
    }

    #[test]
    fn a_title_of_several_capitalised_words() {
        assert_eq!(titles("Ana Natarajan founded it with Elias Ravnsborg, the company's chief technology officer.\n\nChief Operating Officer Elias Ravnsborg said so.").len(), 1);
        assert!(titles("Ana Natarajan founded it with Elias Ravnsborg, the company's chief operating officer.\n\nChief Operating Officer Elias Ravnsborg said so.").is_empty());
        // a place before the title is no part of it
        assert!(
            titles("Texas Senator Ted Cruz spoke.\n\nCruz, the junior senator, said so.")
                .is_empty()
        );
    }

    #[test]
    fn a_title_read_into_the_name() {
        assert_eq!(titles("State Water Commissioner Ravi Okafor spoke.\n\nFisheries Secretary Okafor said so.").len(), 1);
        assert!(titles(
            "State Water Commissioner Ravi Okafor spoke.\n\nWater Commissioner Okafor said so."
        )
        .is_empty());
    }

    #[test]
    fn a_title_over_of() {
        assert_eq!(titles("Vermont Secretary of State Lena Ortiz spoke.\n\nOrtiz, the state's attorney general, said so.").len(), 1);
        assert!(titles("Vermont Secretary of State Lena Ortiz spoke.\n\nOrtiz, Vermont's secretary of state, said so.").is_empty());
        assert!(titles(
            "Chief of Staff Ana Kelly spoke.\n\nKelly, the White House chief of staff, said so."
        )
        .is_empty());
    }
}

#[cfg(test)]
mod generalised_tests {
    use super::super::test_support::titles;

    #[test]
    fn the_boss_is_not_the_manager_of_a_part() {
        assert_eq!(titles("Villa boss Dan Leary praised the side.\n\nLeary, the club's youth team manager, said: “Our lads fought.”").len(), 1);
        assert_eq!(
            titles("Harlow boss Ana Ruiz spoke.\n\nRuiz, the store manager, said sales fell.")
                .len(),
            1
        );
        // the head of the organisation named two ways
        assert!(titles("Villa boss Dan Leary praised the side.\n\nLeary, the club's manager, said: “We fought.”").is_empty());
        assert!(titles(
            "Nissan boss Ana Ruiz spoke.\n\nRuiz, the firm's chief executive, said sales fell."
        )
        .is_empty());
        assert!(titles(
            "Nissan boss Ana Ruiz spoke.\n\nRuiz, the firm's managing director, said sales fell."
        )
        .is_empty());
        // the club named two ways: a capitalised word is the organisation
        assert!(
            titles("Redbridge manager Hal Dunn spoke.\n\nLions boss Dunn was upbeat.").is_empty()
        );
    }

    #[test]
    fn a_role_in_a_relative_clause() {
        for later in [
            "Ito, the firm's chief operating officer, declined to comment.",
            "Chief Financial Officer Ken Ito declined to comment.",
        ] {
            assert_eq!(
                titles(&format!("Ken Ito, who serves as the company's chief technology officer, built it.\n\n{later}")).len(),
                1,
                "{later}"
            );
        }
        assert_eq!(titles("Ken Ito, who is the company's treasurer, spoke.\n\nIto, the company's secretary, left.").len(), 1);
        assert!(titles("Ken Ito, who was the company's treasurer until May, spoke.\n\nIto, the company's secretary, left.").is_empty());
        // the post a person is given
        assert_eq!(titles("The board named Lena Moss as chief executive in May.\n\nMoss, the bank's finance director, said profits rose.").len(), 1);
        assert!(titles("The board named Lena Moss as chief executive in May.\n\nMoss, the bank's chief executive, said profits rose.").is_empty());
        // "as" after another verb is no post given
        assert!(titles("Lena Moss spoke as chair of the panel.\n\nMoss, the bank's finance director, said profits rose.").is_empty());
    }

    #[test]
    fn an_office_held_beside_a_post_does_not_excuse_another_post() {
        assert_eq!(
            titles("Senator Ana Reyes, the Senate majority leader, spoke first.\n\nReyes, the Senate minority leader, said the bill would pass.").len(),
            1
        );
        assert!(titles("Senator Ana Reyes, the Senate majority leader, spoke first.\n\nSenator Reyes said the bill would pass.").is_empty());
    }

    #[test]
    fn two_roles_held_at_once() {
        assert!(titles("Lena Moss, the bank's chairwoman, is also its chief executive.\n\nChief Executive Lena Moss spoke first.").is_empty());
        assert!(titles("Lena Moss, the bank's chairwoman, also serves as its chief executive.\n\nMoss, the chief executive, spoke first.").is_empty());
    }

    #[test]
    fn a_surname_before_its_one_bearer_is_named_is_someone_else() {
        // "former Secretary Marlow" in a story that names only President Edwin Marlow, later
        assert!(titles("An envoy said former Secretary Marlow put haste over caution.\n\nShe served under President Edwin Marlow and President Ortiz.").is_empty());
        // after the full name, the surname is the person's
        assert_eq!(
            titles("Governor Ana Reyes spoke.\n\nSenator Reyes said so.").len(),
            1
        );
    }
}

#[cfg(test)]
mod post_by_structure_tests {
    use super::super::test_support::titles;
    use super::role;

    #[test]
    fn a_post_after_an_organisation_s_possessive() {
        assert_eq!(
            role("the hospital's chief nurse"),
            Some(vec!["chief".into(), "nurse".into()])
        );
        assert_eq!(
            role("Harlow Bank's head gardener").map(|r| r.len()),
            Some(2)
        );
        // no possessive: no post by structure
        assert_eq!(role("a keen gardener"), None);
        // a relation, a rank among others, a plural
        assert_eq!(role("the couple's daughter"), None);
        assert_eq!(role("the team's top scorer"), None);
        // before a name, a role or rank word makes the post too
        assert_eq!(
            super::role_before_name("Hospital chief nurse").map(|r| r.len()),
            Some(3)
        );
        assert_eq!(super::role_before_name("keen gardener"), None);
        assert_eq!(
            titles("Hospital chief nurse Nadia Farouk welcomed the money.\n\nFarouk, the hospital's medical director, said beds would open.").len(),
            1
        );
        // a role opening the sentence is often one held before: not read
        assert!(titles("As governor of Ohio in 1999, Ray Tull cut taxes.\n\nTull, the city's fire chief, said the plan was sound.").is_empty());
        assert_eq!(role("the firm's workers"), None);
        assert_eq!(
            titles("Nadia Farouk, the hospital's chief nurse, welcomed the money.\n\nFarouk, the hospital's medical director, said beds would open.").len(),
            1
        );
        assert!(titles("Nadia Farouk, the hospital's chief nurse, welcomed the money.\n\nFarouk, the couple's daughter, said beds would open.").is_empty());
        assert!(titles("Nadia Farouk, the club's captain, scored.\n\nFarouk, the club's top scorer, was pleased.").is_empty());
    }
}

#[cfg(test)]
mod clause_tests {
    use super::super::test_support::titles;

    #[test]
    fn a_role_given_by_a_clause_meets_another_title() {
        for (first, later) in [
            ("Dana Whitfield served as the town's finance director for six years. She said the audit was clean.", "Whitfield, the town's treasurer, said the reserve had grown."),
            ("Priya Natarajan, who was named chief of staff in May, said the office would move.", "Natarajan, the mayor's press secretary, declined to comment."),
            ("Tom Brandt took over as head coach in 2021 and has won two titles.", "Defensive coordinator Tom Brandt said the team was ready."),
            ("Lena Kowal became the company's chief financial officer last year.", "Kowal, the company's general counsel, said the deal was legal."),
            ("Marcus Oyelaran will start as the theatre's executive director in June, the board said.", "The theatre's artistic director, Marcus Oyelaran, said the season would open with a new play."),
            ("Finance Director Dana Whitfield said the audit was clean.", "Whitfield, who serves as the town's treasurer, said the reserve had grown."),
            ("Ken Ito, 58, was appointed as the port's chief engineer in March.", "Ito, the port's safety officer, said the berth was closed."),
            ("Rosa Lund has been named the agency's spokeswoman.", "Agency director Rosa Lund said the work would take a week."),
            ("Nadia Farouk joined the hospital as chief nursing officer in 2019.", "Farouk, the hospital's medical director, said wards were full."),
            ("Nadia Farouk was hired by the council as its chief planner in 2019.", "Farouk, the council's finance director, said the plan was sound."),
            ("Marcus Oyelaran has run the theatre as artistic director since 2015.", "Executive Director Marcus Oyelaran said the season would open."),
            ("The theatre named Marcus Oyelaran its executive director on Monday.", "The theatre's artistic director, Marcus Oyelaran, said the season would open."),
            ("Nadia Farouk, now the agency's spokeswoman, said the road would reopen.", "Agency director Nadia Farouk said work would take a week."),
        ] {
            assert_eq!(titles(&format!("{first}\n\n{later}")).len(), 1, "{first} / {later}");
        }
    }

    #[test]
    fn a_role_that_ended_changes_or_is_held_beside_is_no_conflict() {
        for src in [
            // the role ended
            "Carl Mayer served as the town's finance director until 2019.\n\nMayer, the town's treasurer, said the fund had grown.",
            "Carl Mayer served as finance director before he was elected.\n\nMayer, the town's treasurer, said the fund had grown.",
            "Carl Mayer worked as a police officer from 1990 to 2004.\n\nMayer, the town's treasurer, said the fund had grown.",
            // the change to come, stated beside the post held now
            "Rosa Lind, the deputy director, will start as director in June.\n\nLind said the museum would reopen.",
            "Deputy Director Rosa Lind spoke first.\n\nLind will become the museum's director in June.",
            // the same post
            "Tom Brandt took over as head coach in 2021.\n\nHead coach Tom Brandt said the team was ready.",
            // "as" after another verb, or an object that is no post
            "Lena Moss spoke as chair of the panel.\n\nMoss, the bank's finance director, said profits rose.",
            "Lena Moss joined the protest as a mother of three.\n\nMoss, the bank's finance director, said profits rose.",
            "Lena Moss joined the bank as a clerk in 1990 and rose through its ranks.\n\nMoss, the bank's finance director, said profits rose.",
            // a predicate that is no role, or a rank among others
            "Lena Moss became the first woman to win it.\n\nMoss, the bank's finance director, said profits rose.",
            "Vermont Senator Lena Moss spoke.\n\nMoss is the only senator to vote no.",
            "Lena Moss has been a loyal lieutenant to the mayor.\n\nMoss, the bank's finance director, said profits rose.",
            "Chair Lena Moss spoke.\n\nAn aide said Moss is the right leader for the bank.",
            // a change marker before a title of capitalised words
            "Former Oregon governor Ruth Calloway, who serves as chairman of the regatta committee, spoke.\n\nCalloway said the fund was short.",
            "Lena Moss is a former coach.\n\nMoss, the bank's finance director, said profits rose.",
        ] {
            assert!(titles(src).is_empty(), "{src}: {:?}", titles(src));
        }
    }

    #[test]
    fn a_role_opening_the_sentence_of_its_speaker() {
        assert_eq!(
            titles("As the agency's spokeswoman, Ines Barra said the road would reopen.\n\nAgency director Ines Barra later said the work would take a week.").len(),
            1
        );
        // no organisation: a role held at another time
        assert!(titles("As secretary of state, Ines Barra used a private server.\n\nSenator Ines Barra later said so.").is_empty());
    }

    #[test]
    fn a_capitalised_title_on_no_list_before_a_name() {
        for src in [
            "Harbour Master Lena Ortiz said the pier would reopen.\n\nOrtiz, the port's chief engineer, said the cost had doubled.",
            "Lighthouse Keeper Tomas Brandt logged the storm.\n\nBrandt, the harbour's pilot, said the ship had drifted.",
            "Chief Procurement Officer Dan Wu signed the deal.\n\nWu, the company's chief financial officer, said the savings were real.",
            "Harbour Warden Maria Soto opened the gates.\n\nSoto, the jail's chaplain, said the riot was over.",
            "Fire Marshal Grace Obi inspected the warehouse.\n\nObi, the county's building inspector, said the sprinklers had failed.",
        ] {
            assert_eq!(titles(src).len(), 1, "{src}");
        }
        // the same post again, a change marker, a courtesy title or a day
        for src in [
            "Harbour Master Lena Ortiz said the pier would reopen.\n\nOrtiz, the port's harbour master, said the cost had doubled.",
            "Former Harbour Master Lena Ortiz said the pier would reopen.\n\nOrtiz, the port's chief engineer, said the cost had doubled.",
            "On Wednesday Lord Tomas Brandt spoke.\n\nBrandt, the court's chief justice, said so.",
        ] {
            assert!(titles(src).is_empty(), "{src}: {:?}", titles(src));
        }
    }

    #[test]
    fn a_role_with_no_article_after_the_name_keeps_its_organisation() {
        for src in [
            "Rosa Vidal, director of the museum, opened the show.\n\nVidal, director of the library, said the loan was secured.",
            "Nora Blake, chief executive of the hospital, said beds were short.\n\nNora Blake, medical director of the hospital, said staff were tired.",
            "Foreign Secretary Mark Hollis said the talks had stalled.\n\nMr Hollis, treasurer of the party, said the funds were safe.",
            "Pfizer chief executive Ian Morrow spoke.\n\nMorrow, head of strategy at Pfizer, said the deal was sound.",
            "Interior Minister Ravi Kapoor spoke.\n\nKapoor, finance minister, said the budget was tight.",
            "Ana Ruiz, the secretary of State, spoke.\n\nRuiz, the secretary of Defense, left.",
        ] {
            assert_eq!(titles(src).len(), 1, "{src}: {:?}", titles(src));
        }
        for src in [
            // one post, an organisation named two ways, a list cut by a comma
            "Rosa Vidal, director of the museum, opened the show.\n\nVidal, the museum's director, said the loan was secured.",
            "Rosa Vidal, director of the museum, opened the show.\n\nVidal, director of the Tate, said the loan was secured.",
            "Rosa Vidal, director of the city museum, opened the show.\n\nVidal, director of the museum, said the loan was secured.",
            "Rosa Vidal, a senior executive at the group, spoke.\n\nMs Vidal, president of the heating, cooling and security division, left.",
            // no role: an adverb or a clause after the comma
            "Mayor Rosa Vidal spoke.\n\nVidal, meanwhile, said the loan was secured.",
            "Mayor Rosa Vidal spoke.\n\nVidal, too, said the loan was secured.",
        ] {
            assert!(titles(src).is_empty(), "{src}: {:?}", titles(src));
        }
    }

    #[test]
    fn a_role_in_brackets_after_a_courtesy_title_or_held_now() {
        for src in [
            "Interior Minister Ravi Kapoor spoke.\n\nMr Kapoor (the country's finance minister) said the budget was tight.",
            "Foreign Secretary Mark Hollis spoke.\n\nThe party's treasurer, Mr Hollis, said the funds were safe.",
            "Interior Minister Ravi Kapoor spoke.\n\nKapoor, now serving as foreign minister, said the border was secure.",
        ] {
            assert_eq!(titles(src).len(), 1, "{src}: {:?}", titles(src));
        }
        for src in [
            "Interior Minister Ravi Kapoor spoke.\n\nMr Kapoor (pictured) said the budget was tight.",
            "Work Secretary Alan Jones spoke.\n\nThey upstaged the media by announcing Mr Smith's departure, Mr Jones said.",
        ] {
            assert!(titles(src).is_empty(), "{src}: {:?}", titles(src));
        }
    }

    #[test]
    fn traps_two_roles_quotes_promotions_and_headlines() {
        for src in [
            // two roles held at once, given where the person is introduced
            "Mayor Dana Holt, the party's chair, spoke.\n\nHolt, the city's mayor, said the vote was fair. Party chair Holt left.",
            "Mayor Dana Holt, who is also party chair, spoke.\n\nHolt, the party's chair, said the vote was fair.",
            // a title inside a quote is the speaker's word
            "Mayor Dana Holt cut the ribbon.\n\n\"Holt, the city manager, told me nothing,\" said a resident, Mia Cole.",
            // a stated promotion
            "Ana Ruiz was promoted from deputy director to director in June.\n\nDeputy Director Ruiz had led the audit. Director Ruiz said it was done.",
            "Ana Ruiz succeeded Tom Hale as director in June.\n\nDeputy Director Ruiz had led the audit. Director Ruiz said it was done.",
            // two people with one surname
            "Mayor Dana Holt cut the ribbon.\n\nHer brother, Sam Holt, the city's treasurer, said the park cost less.",
        ] {
            assert!(titles(src).is_empty(), "{src}: {:?}", titles(src));
        }
        // a later mention given a title and another role at once is compared
        assert_eq!(
            titles("Sen. Rita Vance spoke.\n\nSen. Vance, the House minority leader, said so.")
                .len(),
            1
        );
        // "succeeded in" is no change of post
        assert_eq!(
            titles("Mayor Dana Holt succeeded in winning.\n\nHolt, the city manager, said so.")
                .len(),
            1
        );
        // the role before a name never runs back over the headline
        assert_eq!(
            titles("The museum's director, Karl Engel, opened it.\n\nEngel, the museum's head of collections, left."),
            ["Engel, the museum's head of collections"]
        );
    }
}

#[cfg(test)]
mod capacity_tests {
    use super::super::test_support::titles;

    #[test]
    fn a_capacity_or_a_bare_post_meets_another_title() {
        for (first, later) in [
            (
                "In her role as chief executive, Ana Ruiz oversaw the merger.",
                "Ruiz, the firm's finance director, said profits rose.",
            ),
            (
                "In his capacity as head of the water board, Tomas Brandt signed the order.",
                "Brandt, the board's treasurer, said the budget was tight.",
            ),
            (
                "Tomas Brandt, as head of the water board, signed the order.",
                "Brandt, the board's treasurer, said the budget was tight.",
            ),
            (
                "In his role as head of the agency's fraud unit, Tomas Brandt signed the order.",
                "Brandt, the agency's press officer, said so.",
            ),
            (
                "Dana Kowal, as chief executive, signed the order.",
                "Finance Director Dana Kowal said the budget was tight.",
            ),
            (
                "Ana Ruiz has been chief executive since 2018.",
                "Ruiz, the firm's finance director, said profits rose.",
            ),
            (
                "Ana Ruiz is director of the museum.",
                "Ruiz, the museum's treasurer, said costs rose.",
            ),
            (
                "Ana Ruiz is head of strategy at Pfizer.",
                "Pfizer chief executive Ana Ruiz said so.",
            ),
        ] {
            assert_eq!(
                titles(&format!("{first}\n\n{later}")).len(),
                1,
                "{first} / {later}"
            );
        }
    }

    #[test]
    fn another_time_or_no_role_in_a_capacity_is_no_conflict() {
        for src in [
            // the capacity of another time
            "Governor Ana Ruiz spoke.\n\nIn her role as secretary of state in 2012, Ruiz used a private server.",
            "Governor Ana Ruiz spoke.\n\nIn her previous role as secretary of state, Ruiz used a private server.",
            "Governor Ana Ruiz spoke.\n\nRuiz, as secretary of state at the time, used a private server.",
            "Governor Ana Ruiz spoke.\n\nRuiz, as the then secretary of state, used a private server.",
            // no role
            "Governor Ana Ruiz spoke.\n\nRuiz, as a mother of three, said the schools must open.",
            "Governor Ana Ruiz spoke.\n\nRuiz, as expected, said the schools must open.",
            "Governor Ana Ruiz spoke.\n\nRuiz has been chief among the critics since 2018.",
            // a capacity in another organisation held beside the post
            "Mayor Ana Ruiz cut the ribbon.\n\nRuiz, as chair of the regional transport panel, said the line would open.",
            "Mayor Ana Ruiz cut the ribbon.\n\nIn her role as head of the county's flood committee, Ruiz said the banks would hold.",
            // the same post
            "In her role as chief executive, Ana Ruiz oversaw the merger.\n\nChief Executive Ruiz said profits rose.",
            "Ana Ruiz has been chief executive since 2018.\n\nRuiz, the firm's chief executive, said profits rose.",
        ] {
            assert!(titles(src).is_empty(), "{src}: {:?}", titles(src));
        }
    }

    #[test]
    fn two_roles_joined_by_and_are_held_at_once() {
        for src in [
            "Mayor Ana Ruiz spoke.\n\nRuiz, the mayor and party leader, said the vote was fair.\n\nParty leader Ana Ruiz left.",
            "Ana Ruiz, chair of the board and chief executive, spoke.\n\nChief Executive Ana Ruiz said profits rose. Ruiz, the board's chair, left.",
            "Treasurer Tomas Brandt spoke.\n\nBrandt, who is treasurer and secretary, said the club was solvent. Brandt, the club's secretary, left.",
        ] {
            assert!(titles(src).is_empty(), "{src}: {:?}", titles(src));
        }
        // a third role is still compared
        assert_eq!(
            titles("Mayor Ana Ruiz spoke.\n\nRuiz, the mayor and party leader, said the vote was fair.\n\nRuiz, the city treasurer, left.").len(),
            1
        );
        // a role and a person joined are no two roles
        assert_eq!(
            titles("Mayor Ana Ruiz spoke.\n\nRuiz, the mayor and her deputy Tom Hale, spoke.\n\nRuiz, the city treasurer, left.").len(),
            1
        );
    }

    #[test]
    fn a_capitalised_possessive_opens_a_role_before_a_name() {
        assert_eq!(
            titles("Ana Ruiz, the chief executive of Acme, spoke first.\n\nAcme's finance director, Ana Ruiz, said profits rose.").len(),
            1
        );
        assert_eq!(
            titles("Trade Minister Ana Ruiz spoke.\n\nSpeaking on Monday, Britain's foreign secretary, Ana Ruiz, said so.").len(),
            1
        );
        // the same post; a person's possessive is a relation
        assert!(titles("Ana Ruiz, the chief executive of Acme, spoke first.\n\nAcme's chief executive, Ana Ruiz, said profits rose.").is_empty());
        assert!(titles("Mayor Tom Hale spoke.\n\nChief Executive Ana Ruiz spoke.\n\nHale's deputy, Ana Ruiz, said so.").is_empty());
    }

    #[test]
    fn a_family_name_written_first() {
        for src in [
            "Finance Minister Wang Lei said growth slowed.\n\nWang, the country's trade minister, said exports fell.",
            "Choi Min-seo, the company's chief executive, spoke.\n\nChoi, the firm's finance director, said profits rose.",
            "Mayor Nagy Katalin spoke.\n\nNagy, the city's treasurer, said the budget was tight.",
        ] {
            assert_eq!(titles(src).len(), 1, "{src}: {:?}", titles(src));
        }
        for src in [
            "Finance Minister Wang Lei said growth slowed.\n\nWang, the country's finance minister, said exports fell.",
            // two people whose names open with the word
            "Finance Minister Wang Lei spoke. Wang Fang, a trader, listened.\n\nWang, the country's trade minister, said exports fell.",
            // a surname borne by someone named in full
            "Finance Minister Wang Lei spoke. Chen Wang, a trader, listened.\n\nWang, the country's trade minister, said exports fell.",
        ] {
            assert!(titles(src).is_empty(), "{src}: {:?}", titles(src));
        }
    }

    #[test]
    fn an_organisation_word_opening_a_capitalised_title() {
        for src in [
            "Prison Warden Ana Ruiz said the riot was over.\n\nRuiz, the prison's chaplain, said inmates were calm.",
            "Bank Manager Tomas Brandt opened the vault.\n\nBrandt, the bank's head cashier, said the notes were gone.",
        ] {
            assert_eq!(titles(src).len(), 1, "{src}: {:?}", titles(src));
        }
        assert!(titles("Prison Warden Ana Ruiz said the riot was over.\n\nRuiz, the prison's warden, said inmates were calm.").is_empty());
    }
}

#[cfg(test)]
mod held_beside_tests {
    use super::super::test_support::titles;

    #[test]
    fn abbreviations_an_age_and_an_owner_s_name() {
        // an abbreviation is the post it stands for
        for src in [
            "Chief Executive Officer Ana Ruiz spoke.\n\nRuiz, the firm's CEO, said costs fell.",
            "Ana Ruiz, the company's president and chief executive, spoke.\n\nPresident Ana Ruiz said costs fell. Ruiz, the CEO, left.",
            "Ana Ruiz, the bank's CFO, spoke.\n\nChief Financial Officer Ruiz said costs fell.",
        ] {
            assert!(titles(src).is_empty(), "{src}: {:?}", titles(src));
        }
        for src in [
            "Ana Ruiz, the bank's CFO, spoke.\n\nRuiz, the bank's chief operating officer, said costs fell.",
            // a role after the age, or owned by an organisation's name
            "Ana Ruiz, 52, the club's treasurer, spoke.\n\nClub secretary Ana Ruiz said costs fell.",
            "Ana Ruiz, who has been Acme's chief executive since 2015, spoke.\n\nRuiz, the firm's finance director, said costs fell.",
        ] {
            assert_eq!(titles(src).len(), 1, "{src}: {:?}", titles(src));
        }
    }

    #[test]
    fn a_post_held_beside_another() {
        for src in [
            // a verb of leading held beside the office
            "Ana Ruiz, the mayor, spoke.\n\nRuiz, who also leads the party, said costs fell. Party leader Ruiz left.",
            "Ana Ruiz, the mayor, spoke.\n\nShe also chairs the housing board. Ruiz, the board's chair, left.",
            // a professor holds a post too
            "Professor Ana Ruiz spoke.\n\nRuiz, the university's vice-chancellor, said costs fell.",
            "Professor Ana Ruiz spoke.\n\nRuiz, the institute's director, said costs fell.",
        ] {
            assert!(titles(src).is_empty(), "{src}: {:?}", titles(src));
        }
        // a rank of teaching is another post; the leading verb excuses
        // only its own post
        for src in [
            "Professor Ana Ruiz spoke.\n\nRuiz, a lecturer at the university, said costs fell.",
            "Ana Ruiz, the mayor, spoke.\n\nRuiz, who also leads the party, said costs fell. Ruiz, the city treasurer, left.",
        ] {
            assert_eq!(titles(src).len(), 1, "{src}: {:?}", titles(src));
        }
    }
}

#[cfg(test)]
mod participle_tests {
    use super::super::test_support::titles;

    #[test]
    fn a_participle_after_the_name_gives_the_post() {
        for src in [
            "Ana Ruiz, appointed chief executive in March, said costs fell.\n\nRuiz, the firm's finance director, left.",
            "Ana Ruiz, named the club's treasurer last year, said costs fell.\n\nClub secretary Ana Ruiz left.",
            "Ana Ruiz, newly elected mayor, said costs fell.\n\nRuiz, the council's treasurer, left.",
            "Ana Ruiz was appointed chief executive by the board in March.\n\nRuiz, the firm's finance director, said costs fell.",
            // a courtesy title on a family name written first
            "Finance Minister Wang Lei said growth slowed.\n\nMr Wang, the country's trade minister, said exports fell.",
        ] {
            assert_eq!(titles(src).len(), 1, "{src}: {:?}", titles(src));
        }
        for src in [
            "Ana Ruiz, appointed chief executive in March, said costs fell.\n\nChief Executive Ruiz left.",
            // no post after the participle
            "Ana Ruiz, elected in May, said costs fell.\n\nRuiz, the party's treasurer, stayed.",
            "Ana Ruiz, named after her grandmother, said costs fell.\n\nRuiz, the party's treasurer, stayed.",
            "Mayor Ana Ruiz named Tom Hale finance director.\n\nRuiz, the city's mayor, said costs fell.",
            "Finance Minister Wang Lei said growth slowed.\n\nMr Wang, the finance minister, said exports fell.",
        ] {
            assert!(titles(src).is_empty(), "{src}: {:?}", titles(src));
        }
    }
}

#[cfg(test)]
mod joined_and_organisation_tests {
    use super::super::test_support::titles;

    #[test]
    fn a_possessive_role_after_another_person_and_and() {
        assert_eq!(
            titles("The regulator charged Acme and chief operating officer Rosa Lind.\n\nBoth Mr Hale and Acme's finance chief, Ms Lind, sold shares."),
            ["Acme's finance chief, Ms Lind"]
        );
        assert_eq!(
            titles("Rosa Lind, the firm's treasurer, spoke.\n\nNeither Tom Hale nor Acme's chairman, Rosa Lind, sold shares. Hale or Acme's director, Ms Lind, will vote."),
            ["Acme's chairman, Rosa Lind", "Acme's director, Ms Lind"]
        );
        // the same post, and two roles joined
        assert!(titles("Rosa Lind, the firm's treasurer, spoke.\n\nBoth Mr Hale and Acme's treasurer, Ms Lind, sold shares.").is_empty());
        assert!(titles("Rosa Lind, the firm's treasurer, spoke.\n\nAcme's treasurer and secretary, Ms Lind, sold shares.").is_empty());
    }

    #[test]
    fn an_apposition_naming_the_organisation_before_the_role() {
        assert_eq!(
            titles("Rosa Lind, now Acme deputy leader, spoke at the rally.\n\nMs Lind, Acme's treasurer, said the party would win."),
            ["Lind, Acme's treasurer"]
        );
        assert_eq!(
            titles("Rosa Lind, Harbour Trust chairman, opened the dock.\n\nLind, the trust's treasurer, cut the ribbon."),
            ["Lind, the trust's treasurer"]
        );
        assert_eq!(
            titles("Rosa Lind, now Acme deputy leader, and Tom Hale were elected.\n\nMs Lind, Acme's treasurer, said the party would win."),
            ["Lind, Acme's treasurer"]
        );
        // a list the comma cuts
        assert!(titles("Rosa Lind, head of the ferries, docks and harbour division, spoke.\n\nMs Lind, head of the ferries, said so.").is_empty());
        // past, acting, and no role at all
        assert!(titles(
            "Rosa Lind, former Acme treasurer, spoke.\n\nMs Lind, Acme's chairman, said so."
        )
        .is_empty());
        assert!(titles(
            "Rosa Lind, Acme acting chairman, spoke.\n\nMs Lind, Acme's treasurer, said so."
        )
        .is_empty());
        assert!(titles(
            "Rosa Lind, Leeds United fan, spoke.\n\nMs Lind, Acme's treasurer, said so."
        )
        .is_empty());
        assert!(titles(
            "Rosa Lind, Tom Hale and Bo Kay spoke.\n\nMs Lind, Acme's treasurer, said so."
        )
        .is_empty());
    }
}
