//! The names model: every name mention in the draft, the titles in front of
//! them, and the people they refer to. This is the one place that answers
//! "which person is this mention?" — attribution resolves pronouns and
//! surnames through it, and the claims check hangs ages and titles on it.

use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

use crate::data::{self, StrTable};
use crate::document::{BlockKind, Document};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Person,
    Place,
    Organisation,
    /// A single capitalised word the draft does not otherwise explain.
    Unknown,
}

#[derive(Debug, Clone)]
pub struct Mention {
    /// Prose range of the name itself (no title, no possessive ending).
    pub range: Range<usize>,
    /// Prose ranges of each word of the name.
    pub words: Vec<Range<usize>>,
    /// Title words in front of the name ("Foreign Minister"), if any.
    pub title: Option<Range<usize>>,
    pub possessive: bool,
    /// A generational suffix closing the name ("Jr.", "III"): inside
    /// `range`, but not one of `words`, whose last is the surname.
    pub suffix: Option<Range<usize>>,
    pub kind: NameKind,
    /// Index into [`Names::people`] for person mentions.
    pub person: Option<usize>,
}

impl Mention {
    /// A person or an organisation: someone who can speak.
    pub fn is_agent(&self) -> bool {
        matches!(self.kind, NameKind::Person | NameKind::Organisation)
    }
}

#[derive(Debug, Clone)]
pub struct Person {
    /// The fullest form the draft uses, e.g. "Sergey Lavrov".
    pub full_name: String,
    /// Folded surname, the key bare mentions are linked by.
    pub surname_key: String,
    /// Indices into [`Names::mentions`], in order.
    pub mentions: Vec<usize>,
    /// Whether the draft shows the person to be a woman or a man: by a
    /// given name that nearly always is one or the other, or by a title
    /// (Ms., Mr., Congresswoman). `None` when it does not, or when the
    /// signs disagree.
    pub gender: Option<Gender>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

impl Gender {
    /// The gender a personal pronoun refers to: "she", "his".
    pub fn of_pronoun(word: &str) -> Option<Gender> {
        match word {
            "she" | "She" | "her" | "Her" | "hers" | "herself" => Some(Gender::Female),
            "he" | "He" | "his" | "His" | "him" | "himself" => Some(Gender::Male),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Names {
    pub mentions: Vec<Mention>,
    pub people: Vec<Person>,
}

struct Lists {
    places: &'static StrTable,
    given: &'static StrTable,
    genders: Genders,
}

/// The given names that show a gender, by folded name.
struct Genders;

impl Genders {
    fn get(&self, folded: &str) -> Option<&'static Gender> {
        data::GENDERS.index(folded).map(|i| {
            if data::GENDER_FEMALE[i] {
                &Gender::Female
            } else {
                &Gender::Male
            }
        })
    }

    fn contains_key(&self, folded: &str) -> bool {
        data::GENDERS.contains(folded)
    }
}

pub(crate) use crate::data::list_lines;

/// The census surnames, one a line in byte order after the `#` comments at
/// the top, each one capital and lower-case ASCII letters ("Smith"; a unit
/// test checks both). A word is looked up by halving the text itself, so
/// the list is never read into a table: a one-draft check asks about a few
/// words, and building a set of 5,000 cost more than all of them.
fn listed_surname(listed: &str) -> bool {
    const TEXT: &str = include_str!("../../data/surnames.txt");
    let text = TEXT.as_bytes();
    // The body starts after the last comment line.
    let mut lo = 0;
    while text.get(lo) == Some(&b'#') {
        lo += text[lo..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(text.len() - lo, |n| n + 1);
    }
    let mut hi = text.len();
    let key = listed.as_bytes();
    // Invariant: [lo, hi) is whole lines, each ending in a line break.
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = text[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |n| lo + n + 1);
        let end = text[mid..hi]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(hi, |n| mid + n);
        match text[start..end].cmp(key) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// The place, given-name and gender lists, written into the binary by
/// `build.rs` in their folded form (`crate::data`).
fn lists() -> &'static Lists {
    static LISTS: Lists = Lists {
        places: &data::PLACES,
        given: &data::GIVEN_NAMES,
        genders: Genders,
    };
    &LISTS
}

/// Whether a spelling is an established surname of its own (one of the
/// most common surnames of a census): "Clarke" beside "Clark" may be
/// another person; "Wiliams" beside "Williams" is a slip.
pub fn is_established_surname(name: &str) -> bool {
    with_folded(name, |f| {
        // Only a folded word of lower-case letters can be a listed
        // surname folded; asked with its first letter a capital, as listed.
        const SHORT: usize = 48;
        let b = f.as_bytes();
        if b.is_empty() || b.len() > SHORT || !b.iter().all(u8::is_ascii_lowercase) {
            return false;
        }
        let mut buf = [0u8; SHORT];
        let listed = &mut buf[..b.len()];
        listed.copy_from_slice(b);
        listed[0] = listed[0].to_ascii_uppercase();
        listed_surname(std::str::from_utf8(listed).expect("ASCII stays ASCII"))
    })
}

pub fn is_place(name: &str) -> bool {
    let places = &lists().places;
    with_folded(name, |f| places.contains(f))
        || name
            .strip_suffix('.')
            .is_some_and(|n| with_folded(n, |f| places.contains(f)))
}

pub fn is_given_name(name: &str) -> bool {
    with_folded(name, |f| lists().given.contains(f))
}

/// `look` asked with the folded form of `word`. A short ASCII word (most
/// names) is folded in place on the stack, as `fold` would fold it, so
/// that a list lookup for every word of every name allocates nothing.
fn with_folded<R>(word: &str, look: impl FnOnce(&str) -> R) -> R {
    const SHORT: usize = 48;
    if word.is_ascii() && word.len() <= SHORT {
        let mut buf = [0u8; SHORT];
        let folded = &mut buf[..word.len()];
        folded.copy_from_slice(word.as_bytes());
        folded.make_ascii_lowercase();
        look(std::str::from_utf8(folded).expect("ASCII stays ASCII"))
    } else {
        look(&fold(word))
    }
}

/// A folded word that a list knows as a given name: the given names, the
/// names that show a gender, or the nickname and variant list.
pub fn known_given(folded: &str) -> bool {
    let lists = lists();
    lists.given.contains(folded)
        || lists.genders.contains_key(folded)
        || nickname_names_contains(folded)
}

/// Lower case in plain Latin letters: accents dropped, and every other
/// letter written as `any_ascii` transliterates it — dotless ı as i, ß as
/// ss, þ as th, ð as d, ø as o, Cyrillic, Greek or Arabic letters in their
/// common romanisation — so that one name in any script meets on one key.
/// Only keys are folded: messages and fixes keep the spelling as written.
pub fn fold(s: &str) -> String {
    // Most names are plain ASCII: nothing to transliterate.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.nfc() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if matches!(c as u32, 0x0300..=0x036F) {
            // a combining mark NFC could not compose: an accent
        } else if matches!(c, '’' | '‘') {
            out.push('\''); // O’Brien is O'Brien
        } else {
            // a soft sign's apostrophe ("Zelens'kiy") is no letter
            out.extend(
                any_ascii::any_ascii_char(c)
                    .chars()
                    .filter(|&t| t != '\'')
                    .flat_map(char::to_lowercase),
            );
        }
    }
    out
}

/// Capitalised words that are not names when they start a run.
/// Capitalised words that are not names when they start a run, besides the
/// common sentence openers in [`crate::document::sentences::STARTERS`].
const NOT_NAMES: &[&str] = &[
    "Across",
    "Along",
    "Amidst",
    "Behind",
    "Throughout",
    "Near",
    "Below",
    "Beneath",
    "Besides",
    "Except",
    "Regarding",
    "Following",
    "Including",
    "Concerning",
    "Though",
    "Three",
    "Under",
    "Over",
    "About",
    "Despite",
    "During",
    "Only",
    "Also",
    "Far",
    "Echoing",
    "Based",
    "Further",
    "Until",
    "Unlike",
    "Like",
    "Among",
    "Between",
    "Because",
    "Without",
    "Within",
    "Instead",
    "Yes",
    "Maybe",
    "Given",
    "Whatever",
    "Follow",
    "Asked",
    "Said",
    "Says",
    "Added",
    "Wrote",
    "Speaking",
    "Several",
    "Few",
    "Another",
    "Other",
    "More",
    "Less",
    "Once",
    "Here",
    "Thus",
    "Indeed",
    "Overall",
    "Mostly",
    "Nearly",
    "Around",
    "Just",
    "Ever",
    "Never",
    "Do",
    "Does",
    "Did",
    "Is",
    "Are",
    "Was",
    "Were",
    "Be",
    "Has",
    "Have",
    "Had",
    "Will",
    "Would",
    "Can",
    "Could",
    "Should",
    "May",
    "Might",
    "Must",
    "Let",
    "Please",
    "Thank",
    "Thanks",
    "Oh",
    "Well",
    "OK",
    "Okay",
    "Sir",
    "To",
    "Of",
    "Up",
    "Out",
    "Off",
    "Into",
    "Onto",
    "Upon",
    "Per",
    "Via",
    "Amid",
    "Against",
    "Toward",
    "Towards",
    "Through",
    "Whether",
    "Which",
    "Whose",
    "Whom",
    "Everyone",
    "Everybody",
    "Nobody",
    "Someone",
    "Anyone",
    "Nothing",
    "Something",
    "Everything",
    "Anything",
    "Today",
    "Tonight",
    "Tomorrow",
    "Yesterday",
    "First",
    "Second",
    "Third",
    "Finally",
    "Again",
    "Already",
    "Perhaps",
    "Neither",
    "Either",
    "Nor",
    "Both",
];

/// Abbreviated months and holidays; weekdays and months come from the
/// calendar module.
const CALENDAR_EXTRA: &[&str] = &[
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Sep.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Christmas",
    "Easter",
];

fn calendar_words() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        crate::calendar::WEEKDAYS
            .iter()
            .chain(crate::calendar::MONTHS.iter().filter(|m| **m != "May"))
            .chain(CALENDAR_EXTRA)
            .copied()
            .collect()
    })
}

fn not_names() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        NOT_NAMES
            .iter()
            .chain(crate::document::sentences::STARTERS)
            .copied()
            .collect()
    })
}

/// Words of a title in front of a name.
const TITLE_WORDS: &[&str] = &[
    "President",
    "Vice",
    "Prime",
    "Minister",
    "Secretary",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    // a delegate to the House: "Del. Marisol Quintero"
    "Del.",
    "Delegate",
    "Gov.",
    "Governor",
    "Mayor",
    "Judge",
    "Justice",
    "Chief",
    "General",
    "Gen.",
    "Col.",
    "Colonel",
    "Lt.",
    "Sgt.",
    "Capt.",
    "Captain",
    "Dr.",
    "Dr",
    "Mr.",
    "Mr",
    "Mrs.",
    "Mrs",
    "Ms.",
    "Ms",
    "Prof.",
    "Professor",
    "Director",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Coach",
    "Sheriff",
    "Detective",
    "Det.",
    "Superintendent",
    "Supt.",
    "Commissioner",
    "Ambassador",
    "Deputy",
    "Councilman",
    "Councilwoman",
    "Councillor",
    "Councilor",
    "Alderman",
    "Speaker",
    "Leader",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Rev.",
    "Reverend",
    "Bishop",
    "Archbishop",
    "Cardinal",
    "Rabbi",
    "Imam",
    "Sheikh",
    "Attorney",
    "Treasurer",
    "Auditor",
    "Clerk",
    "Inspector",
    "Sergeant",
    "Lieutenant",
    "Major",
    "Admiral",
    "Marshal",
    "Trooper",
    "Officer",
    "Dean",
    "Provost",
    "Principal",
    "Editor",
    "Commander",
    "Foreign",
    "Defence",
    "Defense",
    "Finance",
    "Economy",
    "Interior",
    "Health",
    "Justice",
    "Education",
    "Energy",
    "Trade",
    "Home",
    "State",
    "Police",
    "Fire",
    "Executive",
    "Acting",
    "Interim",
    "Former",
    "Senior",
    "Assistant",
    "Associate",
    "Managing",
    "Crown",
    "Council",
    "Board",
    "Member",
    "Head",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Premier",
    "Emperor",
    "Sultan",
    "Emir",
    "Counsel",
    "Solicitor",
    "Magistrate",
    "Registrar",
    "Comptroller",
    "Controller",
    "Manager",
    "Administrator",
    "Co-author",
    "Author",
    "Economist",
    "Analyst",
    "Lawyer",
    "Founder",
    "Owner",
    "Dr.",
    "Mme",
    "Herr",
    "Frau",
    "Senora",
    "Señor",
    "Señora",
    "MP",
    "Prosecutor",
    "District",
    "County",
    "City",
    "Labour",
    "Conservative",
    "Democratic",
    "Republican",
    "Liberal",
];

/// Capitalised articles, prepositions and auxiliaries, which in a
/// headline's title case end one name and never sit inside one.
pub(crate) const TITLE_CASE_BREAKS: &[&str] = &[
    "A", "An", "The", "By", "As", "On", "About", "After", "Before", "From", "With", "Into", "Over",
    "Against", "To", "In", "At", "For", "Of", "Is", "Are", "Was", "Were", "Has", "Have", "Had",
    "Could", "Would", "Should", "Must",
];

/// Organisations whose names go on with "of" or "for": "the Bank of
/// Japan", "the Institute for Tidal Studies".
const ORG_HEADS_OF: &[&str] = &[
    "Academy",
    "Agency",
    "Association",
    "Bank",
    "Board",
    "Bureau",
    "Center",
    "Centre",
    "Chamber",
    "Church",
    "College",
    "Commission",
    "Committee",
    "Council",
    "Court",
    "Department",
    "Federation",
    "Foundation",
    "Fund",
    "House",
    "Institute",
    "League",
    "Ministry",
    "Museum",
    "Office",
    "School",
    "Society",
    "Union",
    "University",
];

/// Words that make a capitalised run an organisation or a place name.
const ORG_WORDS: &[&str] = &[
    "Council",
    "Caucus",
    "Federation",
    "Corporation",
    "Initiative",
    "Partnership",
    "Academy",
    "Chamber",
    "City",
    "Ministry",
    "Department",
    "University",
    "Company",
    "Party",
    "Committee",
    "Court",
    "Agency",
    "Bank",
    "Union",
    "Association",
    "Board",
    "Commission",
    "Institute",
    "Center",
    "Centre",
    "Hospital",
    "School",
    "College",
    "Times",
    "News",
    "Post",
    "Journal",
    "Group",
    "Inc.",
    "Corp.",
    "Ltd.",
    "Co.",
    "Foundation",
    "Fund",
    "Office",
    "Service",
    "Authority",
    "Senate",
    "House",
    "Parliament",
    "Assembly",
    "Congress",
    "Cabinet",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Guard",
    "Club",
    "United",
    "FC",
    "Airport",
    "Street",
    "Avenue",
    "Road",
    "Park",
    "River",
    "Lake",
    "Mountain",
    "Bridge",
    "Church",
    "Square",
    "Station",
    "Hall",
    "Library",
    "Museum",
    "Market",
    "County",
    "Ward",
    "Region",
    "Province",
    "Republic",
    "Kingdom",
    "Organization",
    "Organisation",
    "Network",
    "Media",
    "Press",
    "Radio",
    "Television",
    "TV",
    "Review",
    "Magazine",
    "Studios",
    "Records",
    "Airlines",
    "Airways",
    "Motors",
    "Systems",
    "Technologies",
    "Energy",
    "Oil",
    "Gas",
    "Holdings",
    "Partners",
    "Capital",
    "Securities",
    "Reserve",
    "Exchange",
    "Stadium",
    "Arena",
    "Theatre",
    "Theater",
    "Gallery",
    "Festival",
    "Cup",
    "League",
    "Championship",
    "Games",
    "Olympics",
    "Trust",
    "Society",
    "Alliance",
    "Coalition",
    "Movement",
    "Front",
    "Council",
    "Police",
    "Prison",
    "Jail",
    "Mall",
    "Tower",
    "Building",
    "Plaza",
    "Heights",
    "Valley",
    "Beach",
    "Island",
    "Islands",
    "Bay",
    "Sea",
    "Ocean",
    "Gulf",
    "Coast",
    "Hills",
    "Forest",
    "Desert",
    "Canal",
    "Pipeline",
    "Highway",
    "Route",
    "Boulevard",
    "Lane",
    "Drive",
    "Way",
    "Place",
    "Court",
    "Ministries",
    "Department",
    "Administration",
    "Bureau",
    "Division",
    "Unit",
    "Team",
    "Project",
    "Program",
    "Programme",
    "Plan",
    "Act",
    "Bill",
    "Treaty",
    "Accord",
    "Agreement",
    "Convention",
    "Summit",
    "War",
    "Revolution",
    "Dynasty",
    "Empire",
    "State",
    "States",
    "Nations",
    "Community",
    "Commission",
    "Tribunal",
    "Hotel",
    "Restaurant",
    "Cafe",
    "Bar",
    "Pub",
    "Store",
    "Stores",
    "Foods",
    "Grocery",
    "Pharmacy",
    "Labs",
    "Laboratory",
    "Observatory",
    "Telescope",
    "Space",
    "Mission",
    "Satellite",
    "Rover",
    "Prize",
    "Award",
    "Awards",
    "Medal",
    "Chronicle",
    "Gazette",
    "Herald",
    "Tribune",
    "Daily",
    "Weekly",
    "Ledger",
    "Courier",
    "Observer",
    "Guardian",
    "Telegraph",
    "Independent",
    "Standard",
    "Mirror",
    "Sun",
    "Express",
];

static TITLE_SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
static ORG_SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();

/// A word list as a set, built once.
fn word_set(
    cell: &'static OnceLock<FxHashSet<&'static str>>,
    words: &'static [&'static str],
) -> &'static FxHashSet<&'static str> {
    cell.get_or_init(|| words.iter().copied().collect())
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

pub fn is_particle(s: &str) -> bool {
    matches!(
        s,
        "de" | "van"
            | "von"
            | "bin"
            | "bint"
            | "al"
            | "da"
            | "del"
            | "della"
            | "der"
            | "den"
            | "la"
            | "le"
            | "du"
            | "dos"
            | "das"
            | "ibn"
            | "ter"
            | "y"
            | "di"
            | "el"
            | "ben"
            | "abu"
            | "st."
            | "los"
            | "las"
            | "zu"
            | "af"
            | "ten"
    )
}

/// A particle joined to a name by a hyphen: "al-Amin", "el-Sisi",
/// "bin-Salman", "ibn-Khaldun". Written in lower case, it is still a name.
pub fn particle_joined(s: &str) -> bool {
    // A hyphen after the longest particle's five letters has no particle
    // before it: only the first six bytes are searched.
    s.as_bytes()[..s.len().min(6)]
        .iter()
        .position(|&b| b == b'-')
        .is_some_and(|h| is_particle(&s[..h]) && starts_upper(&s[h + 1..]))
}

/// A word that can stand in a name run: capitalised, or a particle joined
/// to a capitalised name.
fn name_shaped(s: &str) -> bool {
    // Most words open with an ASCII letter: a capital is name-shaped, and a
    // small letter only with a hyphen in reach of a particle ("al-Amin").
    match s.as_bytes() {
        [b, ..] if b.is_ascii_uppercase() => true,
        [b, rest @ ..] if b.is_ascii_lowercase() => {
            rest[..rest.len().min(5)].contains(&b'-') && particle_joined(s)
        }
        [b, ..] if b.is_ascii() => false,
        _ => starts_upper(s) || particle_joined(s),
    }
}

/// A word a title can start with: a title word, or a nationality or an
/// acronym standing before one ("Russian President", "U.S. Senator").
pub fn is_title_word(s: &str) -> bool {
    word_set(&TITLE_SET, TITLE_WORDS).contains(s)
}

/// A generational suffix closing a person's name: "Jr.", "Sr.", "III".
/// It belongs to the full name, but the surname is the word before it.
pub fn is_generational_suffix(s: &str) -> bool {
    matches!(
        s,
        "Jr." | "Jr" | "Sr." | "Sr" | "Jnr" | "Jnr." | "Snr" | "Snr." | "II" | "III" | "IV"
    )
}

/// The generational suffix a full name ends with, if any.
fn suffix_of(full_name: &str) -> Option<&str> {
    full_name
        .rsplit(' ')
        .next()
        .filter(|w| is_generational_suffix(w))
}

/// Titles that only ever stand before a person's name.
const HONORIFICS: &[&str] = &[
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady",
];

/// A capitalised word that can be part of a person's name: not a title,
/// an organisation's word, a place or a particle.
fn looks_like_name_word(s: &str) -> bool {
    starts_upper(s) && !is_title_word(s) && !ORG_HEADS_OF.contains(&s) && !is_place(s)
}

fn is_modifier_before_title(s: &str) -> bool {
    demonym_shaped(s) || (s.len() <= 4 && s.chars().all(|c| c.is_uppercase() || c == '.'))
}

/// Whether a capitalised word ends like a nationality or a group:
/// "Mexican", "Syrian", "Chinese", "British", "Pakistani".
pub fn demonym_shaped(s: &str) -> bool {
    ["an", "ian", "ese", "ish", "i", "ch", "ic"]
        .iter()
        .any(|suffix| s.len() > 4 && s.ends_with(suffix))
}

/// Words whose "’s" is "is" or "has", never a possessive: "there’s",
/// "that’s", "it’s", "he’s".
const CONTRACTED: &[&str] = &[
    "there", "here", "that", "what", "it", "he", "she", "who", "where", "when", "how", "why",
    "let", "this",
];

const APOSTROPHE_S: [&str; 4] = ["’s", "'s", "’S", "'S"];

/// The word before an "’s" ending, if it has one.
fn before_apostrophe_s(word: &str) -> Option<&str> {
    APOSTROPHE_S
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))
}

fn is_contracted(stem: &str) -> bool {
    CONTRACTED.iter().any(|c| c.eq_ignore_ascii_case(stem))
}

/// "There’s", "that’s", "he’s": a word and "is" or "has"; "I’m", "We’ve",
/// "They're", "Don’t": a pronoun and its verb, or a negative.
pub fn is_contraction(word: &str) -> bool {
    if before_apostrophe_s(word).is_some_and(is_contracted) {
        return true;
    }
    let Some((at, mark)) = word
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '’' | '\''))
    else {
        return false;
    };
    let (stem, ending) = (&word[..at], &word[at + mark.len_utf8()..]);
    let ending = ending.to_lowercase();
    (ending == "t" && stem.to_lowercase().ends_with('n'))
        || (matches!(ending.as_str(), "m" | "ve" | "re" | "ll" | "d")
            && matches!(
                stem.to_lowercase().as_str(),
                "i" | "we" | "you" | "they" | "he" | "she" | "it" | "who" | "that" | "there"
            ))
}

/// Strips a possessive ending: Orban’s → Orban, Jones’ → Jones. A
/// contraction ("there’s", "that’s") is no possessive.
pub fn strip_possessive(word: &str) -> (&str, bool) {
    if let Some(stem) = before_apostrophe_s(word) {
        return if is_contracted(stem) {
            (word, false)
        } else {
            (stem, true)
        };
    }
    for suffix in ["’", "'"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            return (stem, true);
        }
    }
    (word, false)
}

/// A word that opens with a small letter or a digit and has a capital
/// inside: "eBay", "iPhone", "4Cast", "3M".
fn inner_capital(s: &str) -> bool {
    // Most words are ASCII and either open with a capital or hold none
    // after the first letter: one pass over their bytes says no.
    if let Some((&first, rest)) = s.as_bytes().split_first() {
        if first.is_ascii() && !(first.is_ascii_lowercase() || first.is_ascii_digit())
            || !rest
                .iter()
                .any(|&b| b.is_ascii_uppercase() || !b.is_ascii())
        {
            return false;
        }
    }
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
        // (an ASCII word, nearly every word, is read by bytes)
        && if s.is_ascii() {
            s.as_bytes()[1..].iter().any(u8::is_ascii_uppercase)
        } else {
            chars.any(char::is_uppercase)
        }
        && strip_possessive(s)
            .0
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '&'))
}

fn is_speech_verb(word: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        list_lines(include_str!("../../data/speech_verbs.txt"))
            .filter(|l| !l.contains(' '))
            .collect()
    })
    .contains(word)
}

/// Words shaped like "eBay" or "4Cast" that the draft shows to be names:
/// one that speaks ("eBay said") or follows a word for a firm
/// ("consultancy 4Cast"). "iPhone maker Apple" and "mRNA" are no names.
fn names_of_inner_capitals<'d>(doc: &'d Document) -> FxHashSet<&'d str> {
    let words = &doc.words;
    let text = |i: usize| words.get(i).map_or("", |w| &doc.prose[w.range.clone()]);
    // Only a word holding a byte that is no ASCII, or an ASCII capital after
    // its first byte, can have an inner capital: the words opening with an
    // ASCII capital (most names) and those of small letters alone (most
    // words) are passed over by their bytes, without a call.
    let bytes = doc.prose.as_bytes();
    let candidates = words.iter().enumerate().filter(|(_, w)| {
        w.is_word
            && match &bytes[w.range.clone()] {
                [first, rest @ ..] if first.is_ascii() => {
                    !first.is_ascii_uppercase()
                        && rest
                            .iter()
                            .any(|&b| b.is_ascii_uppercase() || !b.is_ascii())
                }
                _ => true,
            }
    });
    candidates
        .map(|(i, _)| i)
        .filter(|&i| inner_capital(text(i)) && shown_as_name(&text, i))
        .map(|i| strip_possessive(text(i)).0)
        .collect()
}

/// Word `i` speaks ("eBay said"; not "an iPhone said to be new", a thing
/// spoken of) or follows a word for a firm ("consultancy 4Cast").
fn shown_as_name<'t>(text: &impl Fn(usize) -> &'t str, i: usize) -> bool {
    let before = i
        .checked_sub(1)
        .map_or(String::new(), |p| text(p).to_lowercase());
    let thing = matches!(
        before.as_str(),
        "a" | "an" | "the" | "his" | "her" | "its" | "their" | "my" | "our" | "your"
    ) || text(i + 2) == "to";
    (is_speech_verb(text(i + 1)) && !thing) || is_organisation_noun(&before)
}

/// Builds the names model of a document.
pub fn analyse(doc: &Document) -> Names {
    analyse_with(doc, &OnceCell::new())
}

/// [`analyse`], with the draft's lower-case words (built on first use)
/// shared with the checks that run after it.
pub fn analyse_with<'d>(doc: &'d Document, lower: &OnceCell<FxHashSet<&'d str>>) -> Names {
    let mut mentions = Vec::new();
    let words = &doc.words;
    let shaped = names_of_inner_capitals(doc);
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let text = &doc.prose[w.range.clone()];
        // "eBay said", "consultancy 4Cast": a firm's name of one word.
        if w.is_word && !shaped.is_empty() && shaped.contains(strip_possessive(text).0) {
            let (stem, possessive) = strip_possessive(text);
            let range = w.range.start..w.range.start + stem.len();
            mentions.push(Mention {
                words: vec![range.clone()],
                range,
                title: None,
                possessive,
                suffix: None,
                kind: NameKind::Organisation,
                person: None,
            });
            i += 1;
            continue;
        }
        // "Here’s Clinton in 1992": a contraction is no part of a name.
        // "Dale Pruitt, R-Neb., argued": a party and state is no name.
        if !w.is_word || !name_shaped(text) || is_contraction(text) || is_party_tag(text) {
            i += 1;
            continue;
        }
        // Collect a run of capitalised words (with particles between them).
        let mut run = vec![i];
        let mut j = i + 1;
        // A possessive ends the name, the first word too: "Russia’s Foreign
        // Minister Sergey Lavrov" is a place's and then a person's.
        let first_possessive = strip_possessive(text).1;
        let mut extended = false;
        while j < words.len() && !first_possessive {
            let wj = &words[j];
            let tj = &doc.prose[wj.range.clone()];
            let gap = &doc.prose[words[j - 1].range.end..wj.range.start];
            // "Harry Harris, Jr.,": a generational suffix after a comma
            // still closes the name.
            let suffix_after_comma = tj == ","
                && gap.is_empty()
                && run.len() >= 2
                && words.get(j + 1).is_some_and(|n| {
                    n.is_word
                        && doc.prose[wj.range.end..n.range.start] == *" "
                        && is_generational_suffix(&doc.prose[n.range.clone()])
                })
                && !run
                    .iter()
                    .any(|&k| is_generational_suffix(&doc.prose[words[k].range.clone()]));
            if suffix_after_comma {
                run.push(j + 1);
                j += 2;
                break;
            }
            if !gap.chars().all(|c| c == ' ' || c == '\u{a0}') || gap.is_empty() && !wj.is_word {
                break;
            }
            let capitalised = wj.is_word
                && name_shaped(tj)
                && !calendar_words().contains(tj)
                && !is_contraction(tj);
            // "de Klerk", "de la Cruz", "van der Berg": one or two particles
            // and then a capitalised name.
            let word_is = |k: usize, test: fn(&str) -> bool| {
                words
                    .get(k)
                    .is_some_and(|n| n.is_word && test(&doc.prose[n.range.clone()]))
            };
            let particle = wj.is_word
                && is_particle(tj)
                && (word_is(j + 1, name_shaped)
                    || (word_is(j + 1, is_particle) && word_is(j + 2, name_shaped)));
            // "the Bank of Japan", "the Department of Ports and Fisheries":
            // an organisation's name goes on over "of" (or "for"), an
            // optional "the", and an "and" after that.
            if wj.is_word && !capitalised && !particle {
                let prev = &doc.prose[words[j - 1].range.clone()];
                let joins = match tj {
                    "of" | "for" => ORG_HEADS_OF.contains(&prev) && !extended,
                    "and" => extended,
                    _ => false,
                };
                // "Secretary of State Lena Ortiz": a title goes on over
                // "of" too; the names model splits it again when no name
                // follows the title.
                let title_of = tj == "of" && !joins && is_title_word(prev);
                let mut next = j + 1;
                if joins
                    && words
                        .get(next)
                        .is_some_and(|n| &doc.prose[n.range.clone()] == "the")
                {
                    next += 1;
                }
                let continues = joins
                    && words.get(next).is_some_and(|n| {
                        let t = &doc.prose[n.range.clone()];
                        n.is_word
                            && starts_upper(t)
                            && !calendar_words().contains(t)
                            && doc.prose[words[next - 1].range.end..n.range.start] == *" "
                    });
                let title_continues = title_of
                    && words.get(j + 1).is_some_and(|n| {
                        n.is_word
                            && starts_upper(&doc.prose[n.range.clone()])
                            && !TITLE_CASE_BREAKS.contains(&&doc.prose[n.range.clone()])
                            && doc.prose[wj.range.end..n.range.start] == *" "
                    });
                if continues || title_continues {
                    run.extend(j..next.max(j + 1));
                    extended |= continues;
                    j = next.max(j + 1);
                    continue;
                }
            }
            if !(capitalised || particle) {
                break;
            }
            run.push(j);
            j += 1;
            // a possessive ends the name
            if strip_possessive(&doc.prose[words[j - 1].range.clone()]).1 {
                break;
            }
        }
        i = j;
        build_mention(doc, &run, &mut mentions);
    }
    drop_common_openers(doc, lower, &mut mentions);
    trim_openers(doc, &mut mentions);
    organisations_by_evidence(doc, &mut mentions);
    let mut names = Names {
        mentions,
        people: Vec::new(),
    };
    link_people(doc, &mut names);
    names
}

/// A party and state after a US politician's name: "R-Ky", "D-Calif.",
/// "I-Vt".
fn is_party_tag(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('R' | 'D' | 'I'))
        && chars.next() == Some('-')
        && chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && s.len() <= 10
        && s[2..].chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}

/// Whether a mention is the first word of its sentence (after any
/// punctuation).
fn opens_sentence(doc: &Document, m: &Mention) -> bool {
    doc.opens_sentence(m.range.start)
}

/// The word before word `k`, in lower case ("" at the start).
fn word_before_lower(doc: &Document, k: usize) -> String {
    k.checked_sub(1).map_or(String::new(), |p| {
        doc.prose[doc.words[p].range.clone()].to_lowercase()
    })
}

/// Drops one-word "names" that are only capitalised because they open a
/// sentence, and that the draft writes in lower case elsewhere: "Part of
/// this …" beside "part", "Questions linger" beside "questions". A word
/// the draft also capitalises mid-sentence, or uses as the surname of a
/// full name ("Ann Young" … "Young wrote"), stays a name.
fn drop_common_openers<'d>(
    doc: &'d Document,
    lower: &OnceCell<FxHashSet<&'d str>>,
    mentions: &mut Vec<Mention>,
) {
    let candidate = |m: &Mention| {
        m.kind == NameKind::Unknown
            && m.title.is_none()
            && m.words.len() == 1
            && opens_sentence(doc, m)
    };
    if !mentions.iter().any(candidate) {
        return;
    }
    let lower = lower.get_or_init(|| doc.lower_case_words());
    // Surnames of full names, and words capitalised where no sentence opens.
    let mut named: FxHashSet<String> = FxHashSet::default();
    for m in mentions.iter() {
        if m.words.len() >= 2 {
            if let Some(last) = m.words.last() {
                named.insert(fold(&doc.prose[last.clone()]));
            }
        } else if !opens_sentence(doc, m) {
            named.insert(fold(&doc.prose[m.range.clone()]));
        }
    }
    mentions.retain(|m| {
        if !candidate(m) {
            return true;
        }
        let text = &doc.prose[m.range.clone()];
        let folded = fold(text);
        named.contains(&folded) || !lower.contains(text.to_lowercase().as_str())
    });
}

/// Given names and surnames that end like a participle.
const ING_NAMES: &[&str] = &[
    "Sterling", "Irving", "Channing", "Browning", "Fleming", "Manning", "Harding", "Golding",
    "Hastings", "Cumming", "Spalding", "Darling", "Kipling", "Redding", "Pershing", "Lansing",
    "Reading", "Corning", "Banning", "Gehring", "Ewing", "Hemming", "Jennings", "Billings",
];

/// Whether a word opening a sentence has the shape of a participle, an
/// adverb or a compound adjective, never of a name: "Praising",
/// "Interestingly", "Chicago-based".
fn opener_shaped(word: &str) -> bool {
    const ADVERB_ENDINGS: &[&str] = &[
        "ally", "ately", "ingly", "ently", "antly", "edly", "tainly", "denly", "fully", "ously",
        "ively", "ibly", "ably", "arly",
    ];
    let letters = word.chars().count();
    let participle = letters >= 7 && word.ends_with("ing") && !ING_NAMES.contains(&word);
    let adverb = letters >= 8 && ADVERB_ENDINGS.iter().any(|e| word.ends_with(e));
    participle || adverb || compound_adjective(word)
}

/// "Chicago-based", "Cash-strapped": a hyphenated word whose last part is
/// in lower case describes what follows it.
fn compound_adjective(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(head, tail)| {
        !head.is_empty() && tail.chars().next().is_some_and(char::is_lowercase)
    })
}

/// Drops a participle, an adverb or a compound adjective from the front of
/// a name run that opens a sentence: "Praising Ruiz, …" names Ruiz,
/// "Certainly Maria Okafor …" Maria Okafor. The rest must be a name the
/// draft gives elsewhere (a full name or its surname), so that a name of
/// that shape ("Sterling Brown") is left alone. A compound adjective
/// ("Oslo-based Henrik Dalby") never starts a name: it becomes the name's
/// title. "Suddenly I" is no name at all.
fn trim_openers(doc: &Document, mentions: &mut Vec<Mention>) {
    let first = |m: &Mention| &doc.prose[m.words[0].clone()];
    let candidate = |m: &Mention| {
        m.words.len() >= 2
            && m.title.is_none()
            && opens_sentence(doc, m)
            // (the shape first: it reads no list and copies nothing)
            && opener_shaped(first(m))
            && !known_given(&fold(first(m)))
    };
    if !mentions.iter().any(candidate) {
        return;
    }
    // Full names and their surnames, from the mentions that are no candidates.
    let mut full: FxHashSet<String> = FxHashSet::default();
    let mut surnames: FxHashSet<String> = FxHashSet::default();
    for m in mentions
        .iter()
        .filter(|m| m.words.len() >= 2 && !candidate(m))
    {
        full.insert(fold(&doc.prose[m.range.clone()]));
        if let Some(last) = m.words.last() {
            surnames.insert(fold(&doc.prose[last.clone()]));
        }
    }
    mentions.retain_mut(|m| {
        if !candidate(m) {
            return true;
        }
        let rest_start = m.words[1].start;
        let rest = fold(&doc.prose[rest_start..m.range.end]);
        if rest == "i" {
            return false;
        }
        let known = if m.words.len() == 2 {
            surnames.contains(&rest)
        } else {
            full.contains(&rest)
        };
        let described = compound_adjective(first(m));
        if known || described {
            // A description stands where a title would ("Man-of-the-match
            // Tom Webb"): it still opens the subject.
            let opener = m.words.remove(0);
            if described {
                m.title = Some(opener);
            }
            m.range.start = rest_start;
            if m.words.len() == 1 && m.kind == NameKind::Person {
                m.kind = NameKind::Unknown;
            }
        }
        true
    });
}

/// Surnames that are also the last word of places' and organisations'
/// names: "Kim Park", "Kevin Hall".
const PLACE_WORD_SURNAMES: &[&str] = &["Park", "Hall", "Ward", "Church"];

fn build_mention(doc: &Document, run: &[usize], out: &mut Vec<Mention>) {
    if run.is_empty() {
        return;
    }
    let text = |k: usize| &doc.prose[doc.words[run[k]].range.clone()];
    // "Nevada Water Commissioner Paul Ostrand", "Idaho Gov. Clara
    // Venn": a title inside the run, then a given name, starts a person;
    // the words before it name where the person works.
    let org_word = |k: usize| word_set(&ORG_SET, ORG_WORDS).contains(text(k));
    // A word inside a title of several words: "Chief Operating Officer",
    // "Secretary of State" — a title word, "of", or a capitalised word that
    // is no given name, place or organisation's word.
    let inside_title = |k: usize| {
        is_title_word(text(k))
            || (text(k) == "of" && k > 0 && !ORG_HEADS_OF.contains(&text(k - 1)))
            || (starts_upper(text(k))
                && !is_given_name(text(k))
                && !is_place(text(k))
                && !org_word(k))
    };
    // Words `k..` are a person's name: a known given name and more, or one
    // or two name-shaped words closing the run.
    let name_from = |k: usize| {
        k < run.len()
            && ((is_given_name(text(k)) && k + 1 < run.len())
                || (run.len() - k <= 2 && (k..run.len()).all(|n| looks_like_name_word(text(n)))))
    };
    // A title ends in a title word or a role noun.
    let ends_title = |k: usize| {
        is_title_word(text(k)) || is_role_noun(&text(k).trim_end_matches('.').to_lowercase())
    };
    let inner_title = (1..run.len()).find(|&t| {
        let mut k = t;
        while k < run.len()
            && (is_title_word(text(k))
                || (is_modifier_before_title(text(k))
                    && k + 1 < run.len()
                    && is_title_word(text(k + 1)))
                || (text(k) == "of" && k > t && k + 1 < run.len() && is_title_word(text(k - 1))))
        {
            k += 1;
        }
        // "Chief Operating Officer Sheryl Sandberg": the title opens the
        // run, and the words before this title word are part of it.
        let one_title = is_title_word(text(0)) && (1..t).all(inside_title);
        // The person's name is a known given name and more, exactly two
        // words closing the run ("Senate Majority Leader Dale Pruitt"),
        // or a surname after an honorific ("Tadcaster Mr Holloway").
        let named = k + 1 < run.len()
            && (is_given_name(text(k))
                || (k + 2 == run.len() && (k..run.len()).all(|n| looks_like_name_word(text(n)))));
        let honorific = k + 1 == run.len()
            && HONORIFICS.contains(&text(k - 1))
            && looks_like_name_word(text(k));
        k > t
            && (named || honorific)
            && !one_title
            && !is_title_word(text(t - 1))
            && !is_modifier_before_title(text(t - 1))
            && text(t - 1) != "of"
    });
    if let Some(t) = inner_title {
        let before = out.len();
        build_mention(doc, &run[..t], out);
        for m in &mut out[before..] {
            if m.kind == NameKind::Person {
                m.kind = NameKind::Organisation;
            }
        }
        build_mention(doc, &run[t..], out);
        return;
    }
    // "Maria Okafor Takes On Dale Pruitt As The Next Big Reformer": a
    // run with a capitalised article or preposition inside is a line in
    // title case, not anybody's name.
    // Which words of the run are such breaks, read once for the tests below.
    let break_at: Vec<bool> = (0..run.len())
        .map(|k| TITLE_CASE_BREAKS.contains(&text(k)))
        .collect();
    let is_break = |k: &usize| break_at[*k];
    let lead = (0..run.len()).take_while(is_break).count();
    // "Oleg Varnavin The quarrel …" (a lost full stop): a break at the
    // end is trimmed, not a sign of title case.
    let trail = (lead..run.len()).rev().take_while(is_break).count();
    if trail > 0 && run.len() - trail >= 2 {
        build_mention(doc, &run[..run.len() - trail], out);
        return;
    }
    // "Thanks, Ms. Lindqvist The central bank governor" (a headline run
    // into its first paragraph, or a lost full stop): in body text one
    // capitalised article inside a run, and no other break, ends a name
    // and opens another; a line in title case has more than one.
    let in_body = doc
        .paragraph_at(doc.words[run[0]].range.start)
        .is_some_and(|p| doc.paragraphs[p].kind != BlockKind::Heading);
    let breaks: Vec<usize> = (lead..run.len()).filter(is_break).collect();
    let lone_article = match breaks[..] {
        [k] if k >= 1 && matches!(text(k), "The" | "A" | "An") => Some(k),
        _ => None,
    };
    if let Some(k) = lone_article.filter(|_| in_body && lead == 0) {
        build_mention(doc, &run[..k], out);
        build_mention(doc, &run[k..], out);
        return;
    }
    if run.len() >= lead + 3 && (lead + 1..run.len()).any(|k| is_break(&k)) {
        // Only a known given name and the word after it are a name there:
        // "… For Backing Maria Okafor".
        let mut k = lead;
        while k + 1 < run.len() {
            let next = text(k + 1);
            if is_given_name(text(k)) && !break_at[k + 1] && looks_like_name_word(next) {
                build_mention(doc, &run[k..k + 2], out);
                k += 2;
            } else {
                k += 1;
            }
        }
        return;
    }
    let mut start = 0;
    // Leading words that are not names, and calendar words.
    while start < run.len()
        && (not_names().contains(text(start)) || calendar_words().contains(text(start)))
    {
        start += 1;
    }
    // Title words ("Russian President", "Foreign Minister", "Mr.").
    let title_start = start;
    while start < run.len() {
        let t = text(start);
        let next_is_title = start + 1 < run.len() && is_title_word(text(start + 1));
        if is_title_word(t) || (is_modifier_before_title(t) && next_is_title) {
            start += 1;
        } else {
            break;
        }
    }
    // "Harbour Master Lena Ortiz", "Lighthouse Keeper Tomas Brandt": two
    // or three capitalised words on no list, then a known given name and
    // a surname. The words before the given name are a title of a shape
    // no list holds (ending in a noun), not the start of her name.
    if start == title_start && run.len() >= title_start + 4 {
        let plain = |k: usize| {
            let w = text(k);
            starts_upper(w)
                && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
                && !is_given_name(w)
                && !is_place(w)
                && !demonym_shaped(w)
                && !word_set(&ORG_SET, ORG_WORDS).contains(w)
                && !HONORIFICS.contains(&w)
        };
        let noun = |k: usize| {
            let w = text(k);
            w.len() >= 4 && (!w.ends_with('s') || w.ends_with("ss")) && !w.ends_with("ly")
        };
        // Or a role noun closing them, and two name-shaped words after
        // it: "Chief Procurement Officer Dana Wu" with a given name on no
        // list.
        let role_then_name = |k: usize| {
            is_role_noun(&text(k - 1).to_lowercase())
                && k + 2 == run.len()
                && (k..run.len()).all(|n| looks_like_name_word(text(n)))
        };
        // "Prison Warden Ana Ruiz", "Station Warden Tom Webb": an
        // organisation's word may open the title, never close it.
        let org_before = |k: usize| {
            let w = text(k);
            word_set(&ORG_SET, ORG_WORDS).contains(w) && w.chars().skip(1).all(|c| c.is_lowercase())
        };
        if let Some(k) = (title_start + 2..=title_start + 3).find(|&k| {
            k + 1 < run.len()
                && (title_start..k - 1).all(|n| plain(n) || org_before(n))
                && plain(k - 1)
                && noun(k - 1)
                && (is_given_name(text(k)) || role_then_name(k))
        }) {
            start = k;
        }
    }
    // "Chief Operating Officer Sheryl Sandberg", "Secretary of State John
    // Kerry": the title goes on to the last title word or role noun
    // before the person's name, as the draft writes it.
    if start > title_start && start < run.len() && !name_from(start) {
        if let Some(k) = (start + 1..run.len()).find(|&k| {
            // "Minister of Foreign Affairs", "Chief of Staff": a title
            // with "of" may end in any word.
            let with_of = (title_start..k).any(|n| text(n) == "of");
            (ends_title(k - 1) || with_of) && (start..k).all(inside_title) && name_from(k)
        }) {
            start = k;
        }
    }
    // No name after a title with "of": "the Minister of Defence said" is a
    // title and a word, as if "of" had ended the run.
    let title_of = (1..run.len()).find(|&k| {
        text(k) == "of" && is_title_word(text(k - 1)) && !ORG_HEADS_OF.contains(&text(k - 1))
    });
    if let Some(of) = title_of.filter(|&of| of >= start) {
        build_mention(doc, &run[..of], out);
        build_mention(doc, &run[of + 1..], out);
        return;
    }
    // "Council of Harbour Wardens": a title word before "of" heads an
    // organisation's name.
    if start > title_start
        && start < run.len()
        && matches!(text(start), "of" | "for" | "and" | "the")
    {
        start = title_start;
    }
    // "the State Department", "the Justice Ministry": a title word before
    // an organisation's word is the organisation's name, not a title.
    if start > title_start
        && start + 1 == run.len()
        && word_set(&ORG_SET, ORG_WORDS).contains(text(start))
    {
        start = title_start;
    }
    if start >= run.len() {
        return;
    }
    // "Specifically," at the start of a sentence is an adverb, not a name.
    if run.len() - start == 1 {
        let w = text(start);
        let next = doc.prose[doc.words[run[start]].range.end..].chars().next();
        if w.ends_with("ly") && next == Some(',') {
            return;
        }
    }
    let title = (start > title_start)
        .then(|| doc.words[run[title_start]].range.start..doc.words[run[start - 1]].range.end);
    let mut word_ranges: Vec<Range<usize>> = run[start..]
        .iter()
        .map(|&k| doc.words[k].range.clone())
        .collect();
    let last = word_ranges.last().cloned().unwrap_or_default();
    let (stem, possessive) = strip_possessive(&doc.prose[last.clone()]);
    if let Some(l) = word_ranges.last_mut() {
        l.end = l.start + stem.len();
    }
    if word_ranges.last().is_some_and(|r| r.is_empty()) {
        return;
    }
    let range = word_ranges[0].start..word_ranges.last().map_or(0, |r| r.end);
    // "Colin T. Marsh Jr.", "Ned Farrow Sr.": the suffix is part of the
    // name, the surname the word before it.
    let suffix = (word_ranges.len() >= 2
        && is_generational_suffix(&doc.prose[word_ranges[word_ranges.len() - 1].clone()]))
    .then(|| word_ranges.pop())
    .flatten();
    let name = &doc.prose[range.clone()];
    let all_caps = name
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    // "Kim Park", "Kevin Hall": a given name and a surname that is also a
    // place's word, not where a preposition or article makes it a place
    // ("in Victoria Park", "the Albert Hall").
    let surname_like_place = word_ranges.len() == 2
        && title.is_none()
        && is_given_name(&doc.prose[word_ranges[0].clone()])
        && PLACE_WORD_SURNAMES.contains(&&doc.prose[word_ranges[1].clone()])
        && {
            !matches!(
                word_before_lower(doc, run[start]).as_str(),
                "the"
                    | "in"
                    | "at"
                    | "on"
                    | "to"
                    | "from"
                    | "near"
                    | "into"
                    | "through"
                    | "across"
                    | "outside"
                    | "inside"
                    | "by"
                    | "of"
            )
        };
    // "Tom House said his", "Dr. Jane Bank": a known given name and a
    // census surname that is also an organisation's word, with a sign of a
    // person (a title, an age, "who", a pronoun of a person after it).
    let first_word = &doc.prose[word_ranges[0].clone()];
    let surname_like_organisation = word_ranges.len() == 2
        && is_given_name(first_word)
        && !is_place(first_word)
        && !matches!(
            word_before_lower(doc, run[start]).as_str(),
            "the" | "a" | "an"
        )
        && (title.is_some() || person_follows(doc, range.end));
    let org_word = |r: &Range<usize>| word_set(&ORG_SET, ORG_WORDS).contains(&doc.prose[r.clone()]);
    // "Bill Schuette": a known given name opening a name is the given name,
    // not the organisation's word it can also be ("the Finance Bill").
    let given_opens = word_ranges.len() >= 2 && is_given_name(first_word) && !is_place(first_word);
    let kind = if is_place(name) {
        NameKind::Place
    } else if surname_like_place || surname_like_organisation || suffix.is_some() {
        NameKind::Person
    } else if word_ranges
        .iter()
        .enumerate()
        .any(|(k, r)| org_word(r) && !(k == 0 && given_opens))
        || all_caps
    {
        NameKind::Organisation
    } else if title.is_some() || word_ranges.len() >= 2 {
        NameKind::Person
    } else {
        NameKind::Unknown
    };
    out.push(Mention {
        range,
        words: word_ranges,
        title,
        possessive,
        suffix,
        kind,
        person: None,
    });
}

/// Whether the words right after a name show a person: an age (", 45,"),
/// "who", or a personal pronoun within the next few words of its clause
/// ("Tom House said his team …").
fn person_follows(doc: &Document, end: usize) -> bool {
    let k = doc.word_at_or_after(end);
    let text = |i: usize| doc.words.get(i).map_or("", |w| &doc.prose[w.range.clone()]);
    if text(k) == "," {
        let next = text(k + 1);
        if next == "who" || (next.chars().all(|c| c.is_ascii_digit()) && !next.is_empty()) {
            return true;
        }
    }
    (k..k + 6)
        .take_while(|&i| doc.words.get(i).is_some_and(|w| w.is_word))
        .any(|i| Gender::of_pronoun(text(i)).is_some())
}

/// Role nouns a name after "at" shows to be a workplace: "an analyst at
/// Morgan Stanley".
fn is_role_noun(word: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        list_lines(include_str!("../../data/role_nouns.txt"))
            .filter(|l| !l.contains(' '))
            .collect()
    })
    .contains(word)
}

/// A name of two or more words shaped like a person's ("Goldman Sachs",
/// "Arthur Andersen") is an organisation's when the draft says so: an
/// apposition ("Arthur Andersen, the accounting firm,"), the next
/// sentence picking up the only name of this one with "The firm …", or a
/// workplace after a role ("an analyst at Morgan Stanley"). Every mention
/// of that name is then the organisation's, except one with a title or
/// a suffix, which shows a person.
fn organisations_by_evidence(doc: &Document, mentions: &mut [Mention]) {
    let text = |i: usize| doc.words.get(i).map_or("", |w| &doc.prose[w.range.clone()]);
    let lower = |i: usize| text(i).to_lowercase();
    // Up to three words after word `k`, the last an organisation's noun
    // and then punctuation: "the accounting firm,".
    // and then punctuation: "the accounting firm,"; as a subject, a verb
    // may follow: "The firm said".
    let org_phrase_at = |k: usize, subject: bool| {
        (k..k + 3).any(|e| {
            is_organisation_noun(&lower(e))
                && (k..=e).all(|i| {
                    doc.words.get(i).is_some_and(|w| w.is_word)
                        && text(i).chars().next().is_some_and(char::is_lowercase)
                })
                && !text(e + 1).starts_with(['’', '\''])
                && doc.words.get(e + 1).is_none_or(|w| {
                    !w.is_word
                        || (subject && text(e + 1).chars().next().is_some_and(char::is_lowercase))
                })
        })
    };
    let mut organisations: FxHashSet<String> = FxHashSet::default();
    for m in mentions.iter() {
        if m.kind != NameKind::Person
            || m.title.is_some()
            || m.suffix.is_some()
            || m.words.len() < 2
        {
            continue;
        }
        let after = doc.word_at_or_after(m.range.end);
        let apposition = text(after) == ","
            && matches!(text(after + 1), "the" | "a" | "an")
            && org_phrase_at(after + 2, false);
        let before = doc.word_at_or_after(m.range.start);
        let workplace = before >= 2
            && text(before - 1) == "at"
            && (is_role_noun(&lower(before - 2))
                || matches!(lower(before - 2).as_str(), "works" | "worked" | "working"));
        // The only name of its sentence, no person's pronoun there, and the
        // next sentence opens with "The firm".
        let picked_up = doc.sentence_at(m.range.start).is_some_and(|si| {
            let sentence = doc.sentences[si].clone();
            let from = mentions.partition_point(|o| o.range.end <= sentence.start);
            let alone = mentions[from..]
                .iter()
                .take_while(|o| o.range.start < sentence.end)
                .count()
                == 1;
            let first = doc.word_at_or_after(sentence.start);
            let last = doc.word_at_or_after(sentence.end);
            let pronoun = (first..last).any(|i| Gender::of_pronoun(text(i)).is_some());
            let next = last;
            alone
                && !pronoun
                && doc.sentences.get(si + 1).is_some()
                && text(next) == "The"
                && org_phrase_at(next + 1, true)
        });
        if apposition || workplace || picked_up {
            organisations.insert(fold(&doc.prose[m.range.clone()]));
        }
    }
    if organisations.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if m.kind == NameKind::Person
            && m.title.is_none()
            && m.suffix.is_none()
            && organisations.contains(&fold(&doc.prose[m.range.clone()]))
        {
            m.kind = NameKind::Organisation;
        }
    }
}

/// A common noun that stands for an organisation: "firm", "lender".
pub fn is_organisation_noun(word: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| list_lines(include_str!("../../data/organisation_nouns.txt")).collect())
        .contains(word)
}

/// Links mentions to people: a full name starts (or joins) a person; a bare
/// surname joins the most recent person with that surname.
fn link_people(doc: &Document, names: &mut Names) {
    let mut by_surname: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    // The last words of the titles each person's mentions carry.
    let mut titles_of: Vec<FxHashSet<String>> = Vec::new();
    for mi in 0..names.mentions.len() {
        let m = &names.mentions[mi];
        let surname = fold(&doc.prose[m.words.last().cloned().unwrap_or_default()]);
        // "Park said" after "Kim Park": a one-word "organisation" that is a
        // person's surname already given is that person.
        let surname_of_someone = m.kind == NameKind::Organisation
            && m.words.len() == 1
            && word_set(&ORG_SET, ORG_WORDS).contains(&doc.prose[m.range.clone()])
            && m.title.is_none()
            && !matches!(
                word_before_lower(doc, doc.word_at_or_after(m.range.start)).as_str(),
                "the" | "a" | "an"
            )
            && by_surname.get(&surname).is_some_and(|c| !c.is_empty());
        if m.kind != NameKind::Person && m.kind != NameKind::Unknown && !surname_of_someone {
            continue;
        }
        // "Democrat Maria Okafor": the name starts at the given name.
        let lead = descriptors_before_given(doc, &m.words);
        let name_range = m.words.get(lead).map_or(m.range.start, |w| w.start)..m.range.end;
        let first = (m.words.len() >= lead + 2).then(|| fold(&doc.prose[m.words[lead].clone()]));
        // "Secretary Marlow" and then "President Edwin Marlow": a title
        // and a surname, then a full name under another title, may be two
        // people.
        let title_word = |m: &Mention| {
            m.title.clone().map(|t| {
                let t = &doc.prose[t];
                fold(t.rsplit(' ').next().unwrap_or(t).trim_end_matches('.'))
            })
        };
        let own_title = title_word(m);
        let other_title = |p: usize| {
            own_title
                .as_ref()
                .is_some_and(|own| titles_of[p].iter().any(|t| t != own))
        };
        let candidates = by_surname.entry(surname.clone()).or_default();
        let suffix = m.suffix.clone().map(|r| &doc.prose[r]);
        let fits = |p: usize| {
            let person = &names.people[p];
            // "Ned Farrow Sr." and "Ned Farrow Jr.": father and son. A
            // suffix after the full name without one is the son too
            // ("Tomas Ferrer, 44, … Tomas Ferrer Jr., 17,").
            match (suffix, suffix_of(&person.full_name)) {
                (Some(a), Some(b)) if a.trim_end_matches('.') != b.trim_end_matches('.') => {
                    return false;
                }
                (Some(_), None) if person.full_name.split(' ').count() >= 2 => return false,
                _ => {}
            }
            match &first {
                None => true,
                Some(f) => {
                    let existing_first = person.full_name.split(' ').next().map(fold);
                    (person.full_name.split(' ').count() < 2 && !other_title(p))
                        || existing_first.as_deref() == Some(f.as_str())
                        || existing_first
                            .as_deref()
                            .is_some_and(|e| same_given_name(e, f))
                }
            }
        };
        // A bare surname with a title is the latest person of that surname
        // with no other title, if there is one ("Secretary Marlow" after
        // "President Edwin Marlow" and an earlier "Secretary Marlow").
        // "Mr Pell" after "John Pell and his wife Ann Pell": a surname
        // alone under a title of one gender is not the bearer whose given
        // name shows the other.
        let title_sign = m.title.clone().and_then(|t| {
            let mut signs = doc.prose[t].split_whitespace().filter_map(title_gender);
            let g = signs.next()?;
            signs.all(|o| o == g).then_some(g)
        });
        let genders = &lists().genders;
        let other_gender = |p: usize| {
            let given = names.people[p].full_name.split(' ').collect::<Vec<_>>();
            first.is_none()
                && given.len() >= 2
                && title_sign.is_some_and(|g| {
                    given[..given.len() - 1]
                        .iter()
                        .find_map(|w| genders.get(&fold(w)).copied())
                        .is_some_and(|shown| shown != g)
                })
        };
        let found = candidates
            .iter()
            .rev()
            .copied()
            .find(|&p| fits(p) && !other_gender(p) && (first.is_some() || !other_title(p)))
            .or_else(|| {
                candidates
                    .iter()
                    .rev()
                    .copied()
                    .find(|&p| fits(p) && !other_gender(p))
            })
            .or_else(|| candidates.iter().rev().copied().find(|&p| fits(p)));
        let person = match found {
            Some(p) => p,
            None if m.kind == NameKind::Person || !candidates.is_empty() => {
                names.people.push(Person {
                    full_name: doc.prose[name_range.clone()].to_string(),
                    surname_key: surname.clone(),
                    mentions: Vec::new(),
                    gender: None,
                });
                candidates.push(names.people.len() - 1);
                titles_of.push(FxHashSet::default());
                names.people.len() - 1
            }
            None => continue,
        };
        let full = &mut names.people[person].full_name;
        let this = &doc.prose[name_range];
        if this.split(' ').count() > full.split(' ').count() {
            *full = this.to_string();
        }
        names.people[person].mentions.push(mi);
        titles_of[person].extend(own_title);
        names.mentions[mi].person = Some(person);
        names.mentions[mi].kind = NameKind::Person;
    }
    // A bare surname seen before its full name: link it forward.
    for mi in 0..names.mentions.len() {
        if names.mentions[mi].person.is_some() || names.mentions[mi].kind != NameKind::Unknown {
            continue;
        }
        let key = fold(&doc.prose[names.mentions[mi].range.clone()]);
        if let Some(&p) = by_surname.get(&key).and_then(|list| list.first()) {
            names.people[p].mentions.push(mi);
            names.mentions[mi].person = Some(p);
            names.mentions[mi].kind = NameKind::Person;
        }
    }
    link_given_names(doc, names);
    link_variants(doc, names);
    for p in &mut names.people {
        p.mentions.sort_unstable();
    }
    assign_genders(doc, names);
}

/// One person spelled two ways is one person: "Kaja Kallas" and a later
/// "Kalas", "Deborah Quinlan" and "Debra Quinlan", "Dmytro Hrytsenko" and
/// "Dmitry Hrytsenko". People whose surnames are variants of each other
/// (by [`super::spelling::variant_reason`]) with the same or no given
/// name, or who share a surname and have given names that are variants
/// (by [`given_variant`]), become one person, the one mentioned more
/// often; a bare name no one was linked to joins the one person its
/// spelling is a variant of. Two people of one surname named in one
/// sentence, or beside a word for kin, stay two ("Mark and Marc Smith",
/// "his brother, Dmitri Hrytsenko"). Spellings are looked up by key, never
/// compared in every pair.
fn link_variants(doc: &Document, names: &mut Names) {
    use super::spelling::{pairs_by_spelling, two_people, variant_keys, Prepared};
    // Items: every person (by surname), then every bare mention no one has.
    let people = names.people.len();
    let loose: Vec<usize> = (0..names.mentions.len())
        .filter(|&mi| {
            let m = &names.mentions[mi];
            m.person.is_none() && m.kind == NameKind::Unknown && m.words.len() == 1
        })
        .collect();
    if people == 0 {
        return;
    }
    let surname_of = |p: &Person| p.full_name.rsplit(' ').next().unwrap_or("").to_string();
    let given_of = |p: &Person| {
        let mut w = p.full_name.split(' ');
        match (w.next(), w.next()) {
            (Some(g), Some(_)) => Some(g.to_string()),
            _ => None,
        }
    };
    let texts: Vec<String> = names
        .people
        .iter()
        .map(surname_of)
        .chain(
            loose
                .iter()
                .map(|&mi| doc.text(names.mentions[mi].range.clone()).to_string()),
        )
        .collect();
    // Keys and comparisons once per distinct spelling, not per mention.
    let mut keys = Vec::new();
    let (spelling_of, pairs) = pairs_by_spelling(&texts, |t| {
        variant_keys(&fold(t), &mut keys);
        keys.clone()
    });
    // For each pair of spellings met: the same but for case, the same
    // folded, and another spelling of one name.
    let mut compared: FxHashMap<(usize, usize), (bool, bool, bool)> = FxHashMap::default();
    let mut prepared: Vec<Prepared> = Vec::new();
    for (t, &s) in texts.iter().zip(&spelling_of) {
        if s == prepared.len() {
            prepared.push(Prepared::new(t));
        }
    }
    let ranges_of = |p: usize| -> Vec<Range<usize>> {
        names.people[p]
            .mentions
            .iter()
            .map(|&mi| names.mentions[mi].range.clone())
            .collect()
    };
    let mut parent: Vec<usize> = (0..people).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut loose_match: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (i, j) in pairs {
        let (a, b) = (&texts[i], &texts[j]);
        let (same_case_aside, same_surname, variant) = *compared
            .entry((spelling_of[i], spelling_of[j]))
            .or_insert_with(|| {
                let same_surname = fold(a) == fold(b);
                (
                    a.to_lowercase() == b.to_lowercase(),
                    same_surname,
                    same_surname
                        || prepared[spelling_of[i]]
                            .variant_reason(&prepared[spelling_of[j]])
                            .is_some(),
                )
            });
        if same_case_aside && (i >= people || j >= people) {
            // a bare mention whose surname key is a person's: link_people's work
            continue;
        }
        if !variant {
            continue;
        }
        if j >= people {
            // a bare mention and a person (i < j, so i is the person unless
            // both are bare)
            if i < people {
                loose_match.entry(loose[j - people]).or_default().push(i);
            }
            continue;
        }
        let (gi, gj) = (given_of(&names.people[i]), given_of(&names.people[j]));
        // Given names that agree; with one or none given, only another
        // spelling of the surname (one surname alone was linked already).
        let given_ok = match (&gi, &gj) {
            (Some(x), Some(y)) => fold(x) == fold(y) || given_variant(x, y).is_some(),
            _ => !same_surname,
        };
        if !given_ok || (same_surname && gi == gj) {
            continue;
        }
        if two_people(doc, &ranges_of(i), &ranges_of(j)) {
            continue;
        }
        let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
        if ri != rj {
            parent[ri.max(rj)] = ri.min(rj);
        }
    }
    // Bare mentions that match the people of one group only.
    for (mi, candidates) in loose_match {
        let mut groups: Vec<usize> = candidates.iter().map(|&p| root(&mut parent, p)).collect();
        groups.sort_unstable();
        groups.dedup();
        if let [g] = groups.as_slice() {
            let p = candidates
                .iter()
                .copied()
                .find(|&p| root(&mut parent, p) == *g)
                .unwrap_or(*g);
            names.people[p].mentions.push(mi);
            names.mentions[mi].person = Some(p);
            names.mentions[mi].kind = NameKind::Person;
        }
    }
    // Each group's person is the one mentioned most often (the first on a tie).
    let mut members: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for p in 0..people {
        let r = root(&mut parent, p);
        members.entry(r).or_default().push(p);
    }
    if members.len() == people {
        return;
    }
    let mut canonical: Vec<usize> = (0..people).collect();
    for group in members.values() {
        let best = group
            .iter()
            .copied()
            .max_by_key(|&p| (names.people[p].mentions.len(), std::cmp::Reverse(p)))
            .unwrap_or(group[0]);
        for &p in group {
            canonical[p] = best;
        }
    }
    // Move the mentions and drop the people that were merged away.
    let mut new_index: Vec<Option<usize>> = vec![None; people];
    let mut kept: Vec<Person> = Vec::new();
    let old = std::mem::take(&mut names.people);
    let mut moved: Vec<(usize, Vec<usize>)> = Vec::new();
    for (p, person) in old.into_iter().enumerate() {
        if canonical[p] == p {
            new_index[p] = Some(kept.len());
            kept.push(person);
        } else {
            moved.push((canonical[p], person.mentions));
        }
    }
    for (to, mentions) in moved {
        if let Some(t) = new_index[to] {
            kept[t].mentions.extend(mentions);
        }
    }
    for m in &mut names.mentions {
        m.person = m.person.and_then(|p| new_index[canonical[p]]);
    }
    names.people = kept;
}

/// How many words of a name run come before its given name and only
/// describe the person: 1 in "Democrat Maria Okafor", 1 in "Cellist
/// Greta Varga", 0 when the run starts with a given name or has none
/// the lists know ("Lib Dem Ardo Kellwyn" stays whole).
fn descriptors_before_given(doc: &Document, words: &[Range<usize>]) -> usize {
    if words.len() < 3 {
        return 0;
    }
    let known = |r: &Range<usize>| known_given(&fold(&doc.prose[r.clone()]));
    // "J. Matthew Corrigan": an initial is part of the name.
    let initial = |r: &Range<usize>| {
        let w = &doc.prose[r.clone()];
        w.ends_with('.') && w.chars().count() <= 2
    };
    if known(&words[0]) {
        return 0;
    }
    match (1..words.len() - 1).find(|&i| known(&words[i])) {
        Some(i) if !words[..i].iter().any(initial) => i,
        // "Striker Kofi Mensah": a word for what someone does, with a given
        // name no list knows after it.
        _ if OCCUPATIONS.contains(&&doc.prose[words[0].clone()]) => 1,
        _ => 0,
    }
}

/// Words for what someone does that stand before a name in news copy
/// ("Striker Kofi Mensah", "Actress Yalitza Aparicio"), capitalised only
/// because they open the sentence or the name.
const OCCUPATIONS: &[&str] = &[
    "Actor",
    "Actress",
    "Singer",
    "Rapper",
    "Comedian",
    "Author",
    "Novelist",
    "Poet",
    "Artist",
    "Designer",
    "Chef",
    "Director",
    "Filmmaker",
    "Producer",
    "Musician",
    "Striker",
    "Midfielder",
    "Defender",
    "Goalkeeper",
    "Keeper",
    "Winger",
    "Forward",
    "Coach",
    "Manager",
    "Boss",
    "Captain",
    "Skipper",
    "Driver",
    "Rider",
    "Cyclist",
    "Boxer",
    "Golfer",
    "Sprinter",
    "Swimmer",
    "Jockey",
    "Trainer",
    "Witness",
    "Resident",
    "Voter",
    "Student",
    "Teacher",
    "Farmer",
    "Veteran",
    "Activist",
    "Economist",
    "Analyst",
    "Historian",
    "Journalist",
    "Reporter",
    "Photographer",
    "Billionaire",
    "Businessman",
    "Businesswoman",
    "Entrepreneur",
    "Investor",
    "Lawyer",
    "Attorney",
    "Architect",
    "Scientist",
    "Researcher",
    "Nurse",
    "Doctor",
    "Pilot",
    "Owner",
    "Founder",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
];

/// "Imogen was unconvinced" after "Imogen Strand": a given name on its own,
/// after the full name it belongs to, is that person when only one person
/// in the draft has that given name.
fn link_given_names(doc: &Document, names: &mut Names) {
    let mut by_given: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (pi, p) in names.people.iter().enumerate() {
        let mut words = p.full_name.split(' ');
        if let (Some(first), Some(_)) = (words.next(), words.next()) {
            by_given.entry(fold(first)).or_default().push(pi);
        }
    }
    for mi in 0..names.mentions.len() {
        let m = &names.mentions[mi];
        if m.person.is_some() || m.kind != NameKind::Unknown || m.words.len() != 1 || m.possessive {
            continue;
        }
        let key = fold(&doc.prose[m.range.clone()]);
        if !known_given(&key) {
            continue;
        }
        let Some([p]) = by_given.get(&key).map(Vec::as_slice) else {
            continue;
        };
        let p = *p;
        let after_full = names.people[p].mentions.iter().any(|&f| {
            names.mentions[f].words.len() >= 2 && names.mentions[f].range.end <= m.range.start
        });
        if after_full {
            names.people[p].mentions.push(mi);
            names.mentions[mi].person = Some(p);
            names.mentions[mi].kind = NameKind::Person;
        }
    }
    // "Hale’s wife, Mary, was less sure": a given name that shows a
    // gender, on its own and no full name's, is a person of its own,
    // the one a later "she" can mean. Not where it opens a sentence ("Will
    // the council act?") nor after an article ("the Oscar ceremony").
    let after_article = |m: &Mention| {
        matches!(
            word_before_lower(doc, doc.word_at_or_after(m.range.start)).as_str(),
            "the" | "a" | "an" | "this" | "that" | "every"
        )
    };
    let mut alone: FxHashMap<String, usize> = FxHashMap::default();
    for mi in 0..names.mentions.len() {
        let m = &names.mentions[mi];
        if m.person.is_some()
            || m.kind != NameKind::Unknown
            || m.words.len() != 1
            || m.possessive
            || opens_sentence(doc, m)
            || after_article(m)
        {
            continue;
        }
        let text = &doc.prose[m.range.clone()];
        let key = fold(text);
        // A full name with this given name makes it one of theirs, even
        // when the draft does not say whose.
        if !lists().genders.contains_key(&key) || by_given.contains_key(&key) {
            continue;
        }
        let p = *alone.entry(key.clone()).or_insert_with(|| {
            names.people.push(Person {
                full_name: text.to_string(),
                surname_key: key,
                mentions: Vec::new(),
                gender: None,
            });
            names.people.len() - 1
        });
        names.people[p].mentions.push(mi);
        names.mentions[mi].person = Some(p);
        names.mentions[mi].kind = NameKind::Person;
    }
}

/// Titles that say whether their bearer is a woman or a man.
fn title_gender(word: &str) -> Option<Gender> {
    let w = word.trim_end_matches('.').to_lowercase();
    match w.as_str() {
        "ms" | "mrs" | "miss" | "madam" | "dame" | "lady" | "queen" | "princess" | "duchess"
        | "baroness" | "countess" | "sister" => Some(Gender::Female),
        "mr" | "sir" | "lord" | "king" | "prince" | "duke" | "baron" | "count" | "brother" => {
            Some(Gender::Male)
        }
        _ if w.ends_with("woman") => Some(Gender::Female),
        _ if w.ends_with("man") && w.len() > 5 => Some(Gender::Male),
        _ => None,
    }
}

/// Sets [`Person::gender`] from each person's given name and titles.
fn assign_genders(doc: &Document, names: &mut Names) {
    let genders = &lists().genders;
    for p in &mut names.people {
        let mut signs = Vec::new();
        // The first given name before the surname: "Democrat Hillary
        // Clinton" is a woman.
        let words: Vec<&str> = p.full_name.split(' ').collect();
        if let Some((_, given)) = words.split_last() {
            signs.extend(given.iter().find_map(|w| genders.get(&fold(w)).copied()));
        }
        // "Mary" on her own, with no title to say otherwise ("Sen. Kelly"
        // may be a man's surname).
        if let [only] = words.as_slice() {
            if p.mentions
                .iter()
                .all(|&mi| names.mentions[mi].title.is_none())
            {
                signs.extend(genders.get(&fold(only)).copied());
            }
        }
        for &mi in &p.mentions {
            if let Some(t) = &names.mentions[mi].title {
                signs.extend(
                    doc.prose[t.clone()]
                        .split_whitespace()
                        .filter_map(title_gender),
                );
            }
        }
        p.gender = match signs.split_first() {
            Some((&g, rest)) if rest.iter().all(|&o| o == g) => Some(g),
            _ => None,
        };
    }
}

/// Two spellings of one given name that need no more evidence than the
/// names themselves: accents, a transliteration (Sergey/Sergei) or a
/// family of spellings (Mohammed/Muhammad). Nicknames and names that sound
/// alike are linked later, by [`link_variants`], where two people of one
/// surname can be told apart.
pub fn same_given_name(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    a == b
        || translit_key(&a) == translit_key(&b)
        || given_family(&a).is_some_and(|f| given_family(&b) == Some(f))
}

/// Why two given names are one person's name, or `None`. The evidence: one
/// folded form (Tomás/Tomas), a transliteration (Sergey/Sergei), a family
/// of spellings, a variant listed in `data/given_name_variants.csv` and
/// spelled alike (Sarah/Sara, Deborah/Debbie; not Michael/Mike), or one sound (Double Metaphone) within two
/// letters' change in names of five letters or more (Dmytro/Dmitry,
/// Deborah/Debra). Names the gender list gives to a woman and a man are
/// two names (Ivan/Ivana, Daniel/Daniela), and so are short names that only
/// sound alike (Tom/Tim, Jon/John). Callers apply this only under an
/// identical surname.
pub fn given_variant(a: &str, b: &str) -> Option<&'static str> {
    let (a, b) = (fold(a), fold(b));
    if a == b {
        return Some("accents");
    }
    let genders = &lists().genders;
    if let (Some(x), Some(y)) = (genders.get(&a), genders.get(&b)) {
        if x != y {
            return None;
        }
    }
    // Ivan/Ivana, Jan/Jana, Mario/Maria, Paul/Paulina: a name and its
    // feminine (or masculine) form are two people's names.
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    // (Only where the longer is a name of its own, or neither is known:
    // "Hillarye" and "Marcoe" are slips, not forms.)
    let form_of_its_own = known_given(long) || !known_given(short);
    if form_of_its_own
        && long
            .strip_prefix(short.as_str())
            .is_some_and(|rest| matches!(rest, "a" | "e" | "ina" | "ine" | "ette"))
        || (a.len() == b.len()
            && a[..a.len() - 1] == b[..b.len() - 1]
            && matches!(
                (a.chars().last(), b.chars().last()),
                (Some('a' | 'o'), Some('a' | 'o'))
            ))
    {
        return None;
    }
    if translit_key(&a) == translit_key(&b) {
        return Some("transliteration");
    }
    if undoubled(&a) == undoubled(&b) {
        return Some("a doubled letter"); // Hillary/Hilary, Phillip/Philip
    }
    // Lindsey/Lindey, Hillary/Hillarye, Hillary/Hilalry: a letter from a
    // known given name, or two neighbours swapped, and no given name of
    // its own. Not the first letter: Jason / Mason are two names whether
    // or not the list knows both.
    if a.len().min(b.len()) >= 5
        && a.chars().next() == b.chars().next()
        && known_given(&a) != known_given(&b)
        && (edits_at_most(&a, &b, 1) || neighbours_swapped(&a, &b))
    {
        return Some("one letter");
    }
    if given_family(&a).is_some() && given_family(&a) == given_family(&b) {
        return Some("a variant of the same given name");
    }
    // A variant spelling the list gives (Sarah/Sara, Deborah/Debbie); not a
    // short form news copy sets beside the formal name on purpose (Joe and
    // Joseph Biden, Bill and William, Mike and Michael).
    let close = edits_at_most(&a, &b, 2)
        || (a.len().min(b.len()) >= 5 && a.get(..3).is_some() && a.get(..3) == b.get(..3));
    if close && nickname_of(&a, &b) {
        return Some("a variant of the same given name");
    }
    if a.chars().count().min(b.chars().count()) >= 5
        && (known_given(&a) || known_given(&b))
        && sounds_alike(&a, &b)
        && edits_at_most(&a, &b, 2)
    {
        return Some("a variant of the same given name");
    }
    // Eric/Erik, Carl/Karl, Tony/Toni/Tonie: a short given name written
    // with other letters for the same sound (never Mark/Mary, whose sounds
    // differ; nor Ivan/Ivana, a name and a letter added to it, which the
    // lists may not know as a form of its own).
    if a.chars().count().min(b.chars().count()) >= 4
        && (known_given(&a) || known_given(&b))
        && sounds_alike(&a, &b)
        && edits_at_most(&a, &b, 2)
        && a.chars().count().abs_diff(b.chars().count()) <= 1
        && !long.starts_with(short.as_str())
    {
        return Some("a variant of the same given name");
    }
    // Oleksandr/Alexander, Volodymyr/Vladimir, Serhiy/Sergei,
    // Hryhoriy/Grigory, Yusuf/Youssef: one name romanised from two
    // languages keeps its consonants and changes its vowels. Four
    // consonants alike are evidence enough; three only where a letter of
    // transliteration differs (Serhiy/Sergei's h and g; never Brian and
    // Bruno, whose consonants are the same letters); two only where the
    // names also sound alike.
    if a.chars().count().min(b.chars().count()) >= 5 {
        let (ka, kb) = (consonant_skeleton(&a), consonant_skeleton(&b));
        let raw = |s: &str| -> String {
            let mut out = String::new();
            for c in s.chars() {
                if c.is_ascii_alphabetic() && !"aeiouy".contains(c) && !out.ends_with(c) {
                    out.push(c);
                }
            }
            out
        };
        let evidence = match ka.len() {
            0 | 1 => false,
            2 => sounds_alike(&a, &b),
            3 => raw(&a) != raw(&b),
            _ => true,
        };
        if ka == kb && evidence {
            return Some("a transliteration of the same given name");
        }
    }
    None
}

/// The consonants of a folded name as a transliteration keeps them: vowels
/// (and y) dropped, x as ks, ph as f, h and g as one letter (Ukrainian
/// writes h for the Russian g), c and q as k, w as v, z as s, doubled
/// letters once. "oleksandr" and "alexander" are both "lksndr".
pub fn consonant_skeleton(folded: &str) -> String {
    let mut out = String::new();
    let mut chars = folded.chars().peekable();
    while let Some(c) = chars.next() {
        let mapped: &str = match c {
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' => continue,
            'x' => "ks",
            'p' if chars.peek() == Some(&'h') => {
                chars.next();
                "f"
            }
            'h' | 'g' => "g",
            'c' | 'q' | 'k' => "k",
            'w' | 'v' => "v",
            'z' | 's' => "s",
            c if c.is_ascii_alphabetic() => {
                out.push(c);
                continue;
            }
            _ => continue,
        };
        out.push_str(mapped);
    }
    let mut key = String::with_capacity(out.len());
    for c in out.chars() {
        if !key.ends_with(c) {
            key.push(c);
        }
    }
    key
}

#[cfg(test)]
/// The relations of the nickname and variant list as written.
/// Read a byte at a time: the list has thousands of short lines, and
/// `lines` and `split_once` cost more per line than the line itself.
fn nickname_relations() -> impl Iterator<Item = (&'static str, &'static str)> {
    let mut rest = include_str!("../../data/given_name_variants.csv");
    std::iter::from_fn(move || loop {
        if rest.is_empty() {
            return None;
        }
        let end = rest.bytes().position(|b| b == b'\n').unwrap_or(rest.len());
        let line = &rest[..end];
        rest = rest.get(end + 1..).unwrap_or("");
        if line.starts_with('#') {
            continue;
        }
        let line = line.trim();
        if let Some(comma) = line.bytes().position(|b| b == b',') {
            return Some((&line[..comma], &line[comma + 1..]));
        }
    })
}

/// Whether a folded word is a name in the nickname and variant list.
fn nickname_names_contains(folded: &str) -> bool {
    data::NICKNAMES.contains(folded)
}

/// A word with each run of one letter written once.
pub fn undoubled(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev = None;
    for c in s.chars() {
        if Some(c) != prev {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// Whether the nickname list relates the two folded names directly.
fn nickname_of(a: &str, b: &str) -> bool {
    nickname_partners(a).contains(&b)
}

/// The names the nickname list relates a folded name to, for looking
/// variants up by key.
/// The list is written into the binary by `build.rs`: each name's
/// partners (every name it is related to either way, sorted, once each)
/// stand side by side in one list, the name's run at its index.
pub fn nickname_partners(folded: &str) -> &'static [&'static str] {
    data::NICKNAMES.index(folded).map_or(&[], |id| {
        let (at, len) = data::NICKNAME_RUNS[id];
        &data::NICKNAME_PARTNERS[at as usize..(at + len) as usize]
    })
}

/// The Double Metaphone codes (primary and alternate) of a folded word.
/// Kept per thread for the words already encoded: the spelling and
/// linking checks ask about the same few names again and again, and an
/// encoding costs some two thousand instructions, a copy of it a hundred.
pub fn phonetic_codes(folded: &str) -> (String, String) {
    static ENCODER: OnceLock<rphonetic::DoubleMetaphone> = OnceLock::new();
    // Bounded, so that a server's thread does not keep every word it
    // ever met.
    const KEPT: usize = 4096;
    thread_local! {
        static ENCODED: std::cell::RefCell<FxHashMap<Box<str>, (String, String)>> =
            std::cell::RefCell::new(FxHashMap::default());
    }
    ENCODED.with_borrow_mut(|encoded| {
        if let Some(codes) = encoded.get(folded) {
            return codes.clone();
        }
        let r = ENCODER
            .get_or_init(|| rphonetic::DoubleMetaphone::new(Some(16)))
            .double_metaphone(folded);
        let codes = (r.primary(), r.alternate());
        if encoded.len() >= KEPT {
            encoded.clear();
        }
        encoded.insert(folded.into(), codes.clone());
        codes
    })
}

/// Whether two folded words share a Double Metaphone code.
pub fn sounds_alike(a: &str, b: &str) -> bool {
    let (pa, aa) = phonetic_codes(a);
    let (pb, ab) = phonetic_codes(b);
    !pa.is_empty() && (pa == pb || pa == ab || aa == pb || (!aa.is_empty() && aa == ab))
}

/// Whether at most `k` insertions, deletions or substitutions turn one
/// word into the other (a banded edit distance: words are short).
pub fn edits_at_most(a: &str, b: &str, k: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > k {
        return false;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
        }
        if cur.iter().min().is_some_and(|&m| m > k) {
            return false;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] <= k
}

/// Two neighbouring letters swapped and nothing else changed.
fn neighbours_swapped(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() != b.len() {
        return false;
    }
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    matches!(diff.as_slice(), [i, j] if *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i])
}

/// Whether two folded given names are not known as one a woman's and the
/// other a man's.
pub fn same_gender_or_unknown(a: &str, b: &str) -> bool {
    let genders = &lists().genders;
    match (genders.get(a), genders.get(b)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// The family of spellings a folded given name belongs to, if any.
pub fn given_family(folded: &str) -> Option<usize> {
    const FAMILIES: &[&[&str]] = &[
        &[
            "katherine",
            "kathryn",
            "catherine",
            "kathrine",
            "katharine",
            "cathryn",
        ],
        &[
            "mohammed", "muhammad", "mohamed", "mohammad", "muhammed", "mohamad",
        ],
        &[
            "aleksandr",
            "alexander",
            "aleksander",
            "alexandr",
            "alexandre",
        ],
        &["alexei", "alexey", "aleksei", "aleksey"],
        &["dmitry", "dmitri", "dmitriy"],
        &["yuri", "yury", "yuriy"],
        &["yevgeny", "evgeny", "yevgeniy", "evgeni"],
        &["steven", "stephen"],
        &["geoffrey", "jeffrey"],
        &["philip", "phillip"],
    ];
    FAMILIES.iter().position(|f| f.contains(&folded))
}

/// A key under which transliterations of one name meet: -skyy/-skiy/-skyi
/// and -sky, -ei and -ey, -iy and -y.
pub fn translit_key(folded: &str) -> String {
    // Khorgos/Horgos, Khaled/Haled: "kh" and "h" write one letter.
    let mut s = match folded.strip_prefix("kh") {
        Some(rest) => format!("h{rest}"),
        None => folded.to_string(),
    };
    // Tkachenko/Tkatchenko/Tkatschenko, Chaikovsky/Tchaikovsky: one
    // Cyrillic letter written the English, French and German way.
    // Qaddafi/Gaddafi, Qasim/Gasim: the Arabic qaf written q or g at the
    // start (never before u: Quinn is no Guinn); Qadhafi/Qaddafi: one
    // letter written dh or dd.
    if let Some(rest) = s.strip_prefix('q').filter(|r| !r.starts_with('u')) {
        s = format!("g{rest}");
    }
    if s.contains("dh") {
        s = s.replace("dh", "dd");
    }
    if s.contains("tch") || s.contains("tsch") {
        s = s.replace("tsch", "ch").replace("tch", "ch");
    }
    for (from, to) in [
        ("skyy", "sky"),
        ("skiy", "sky"),
        ("skyi", "sky"),
        ("skii", "sky"),
    ] {
        if let Some(stem) = s.strip_suffix(from) {
            s = format!("{stem}{to}");
        }
    }
    if let Some(stem) = s.strip_suffix("ey") {
        s = format!("{stem}ei");
    } else if let Some(stem) = s.strip_suffix("iy") {
        s = format!("{stem}y");
    }
    s
}

impl Names {
    /// The person mentioned at or nearest before a prose offset, skipping
    /// mentions inside `exclude` (for pronoun resolution: the nearest
    /// earlier person).
    pub fn person_before(&self, offset: usize, exclude: &[Range<usize>]) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.range.start < offset);
        self.mentions[..i]
            .iter()
            .rev()
            .filter(|m| {
                !exclude
                    .iter()
                    .any(|r| r.start <= m.range.start && m.range.end <= r.end)
            })
            .find_map(|m| m.person)
    }

    /// The person a mention refers to, with every spelling of that person
    /// linked: "Kalas" after "Kaja Kallas", "Debra Quinlan" after "Deborah
    /// Quinlan" give the same index. Claims about one person are compared
    /// through it.
    pub fn person_of(&self, mention: usize) -> Option<usize> {
        self.mentions.get(mention).and_then(|m| m.person)
    }

    /// The mention that covers a prose offset.
    pub fn mention_at(&self, offset: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.range.end <= offset);
        (i < self.mentions.len() && self.mentions[i].range.start <= offset).then_some(i)
    }
}

#[cfg(test)]
mod tests {
    /// Folding on the stack gives `fold`'s key, and the hyphen searched in
    /// the first six bytes finds every particle `split_once` found.
    #[test]
    fn names_are_looked_up_as_fold_and_split_once_did() {
        let words = [
            "Ruiz",
            "ORBÁN",
            "Orbán",
            "al-Amin",
            "della-Rovere",
            "della-rovere",
            "bint-Ali",
            "x-al-Amin",
            "Abd-al-Aziz",
            "st.-Pierre",
            "el-",
            "-Sisi",
            "",
            "ı",
            "Łódź",
            "Ab-Cd-Ef-Gh-Ij-Kl-Mn-Op-Qr-St-Uv-Wx-Yz-Ab-Cd-Ef-Gh-Ij",
            "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
        ];
        for w in words {
            assert_eq!(super::with_folded(w, str::to_string), fold(w), "{w}");
            let by_split = w
                .split_once('-')
                .is_some_and(|(head, tail)| super::is_particle(head) && super::starts_upper(tail));
            assert_eq!(particle_joined(w), by_split, "{w}");
        }
        assert!(particle_joined("della-Rovere") && !particle_joined("x-al-Amin"));
    }

    /// The list read a byte at a time gives the relations that reading it
    /// by `lines` and `split_once` gave, in order.
    #[test]
    fn the_nickname_list_reads_as_by_lines() {
        let by_lines: Vec<(&str, &str)> = include_str!("../../data/given_name_variants.csv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.trim().split_once(','))
            .collect();
        assert!(by_lines.len() > 2000);
        assert_eq!(super::nickname_relations().collect::<Vec<_>>(), by_lines);
    }

    /// Each name's partners, as the table gives them: every name it is
    /// related to either way, sorted, once each.
    #[test]
    fn the_nickname_table_gives_every_partner_once_in_order() {
        let mut want: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
        for (a, b) in super::nickname_relations() {
            want.entry(a).or_default().push(b);
            want.entry(b).or_default().push(a);
        }
        for (name, partners) in &mut want {
            partners.sort_unstable();
            partners.dedup();
            assert_eq!(nickname_partners(name), partners.as_slice(), "{name}");
        }
        assert_eq!(data::NICKNAMES.keys.len(), want.len());
    }

    /// A word's codes read back from the per-thread store are the codes
    /// a fresh encoding gives, however often and in whatever order asked.
    #[test]
    fn kept_phonetic_codes_are_a_fresh_encodings() {
        let fresh = |w: &str| {
            let r = rphonetic::DoubleMetaphone::new(Some(16)).double_metaphone(w);
            (r.primary(), r.alternate())
        };
        for _ in 0..2 {
            for w in [
                "smith",
                "schmidt",
                "katherine",
                "kathryn",
                "",
                "x",
                "zelenskiy",
            ] {
                assert_eq!(phonetic_codes(w), fresh(w), "{w}");
            }
        }
    }

    /// Only the first six bytes are searched for the hyphen.
    #[test]
    fn a_particle_is_joined_within_six_bytes() {
        assert!(particle_joined("al-Amin") && particle_joined("abu-Bakr"));
        assert!(!particle_joined("al-amin") && !particle_joined("al") && !particle_joined(""));
        assert!(!particle_joined("x-al-Amin") && !particle_joined("longer-Al"));
    }

    #[test]
    fn the_nickname_list_is_already_folded_and_relates_both_ways() {
        for (a, b) in super::nickname_relations() {
            assert_eq!(fold(a), a, "{a} is not in folded form");
            assert_eq!(fold(b), b, "{b} is not in folded form");
            assert!(
                super::nickname_of(a, b) && super::nickname_of(b, a),
                "{a},{b}"
            );
        }
        assert!(super::nickname_of("deborah", "debbie"));
        assert!(!super::nickname_of("alexander", "alexandra"));
        let partners = nickname_partners("michael");
        let mut sorted = partners.to_vec();
        sorted.dedup();
        assert_eq!(sorted.len(), partners.len(), "no partner twice");
    }

    /// A small letter or a digit first and a capital inside, by bytes for
    /// ASCII words and by characters for the rest.
    /// The words shaped like "eBay" that the draft shows to be names are
    /// found among only the words holding a capital after their first byte
    /// or a byte outside ASCII, as if every word had been read.
    #[test]
    fn inner_capital_names_are_those_of_reading_every_word() {
        let src = "éBay said it would. iPhone maker Apple and the consultancy 4Cast \
                   said so. The firm eÉcole said, and iÖl said; \"eBay\" said. ebay said. \
                   e-Bay said. An iPod said to be old. Firm xYz’s said. über Über said.";
        let doc = Document::parse(src, Format::Plain);
        let words = &doc.words;
        let text = |i: usize| words.get(i).map_or("", |w| &doc.prose[w.range.clone()]);
        let every: FxHashSet<&str> = (0..words.len())
            .filter(|&i| words[i].is_word && inner_capital(text(i)) && shown_as_name(&text, i))
            .map(|i| strip_possessive(text(i)).0)
            .collect();
        let found = names_of_inner_capitals(&doc);
        assert_eq!(found, every);
        for name in ["éBay", "4Cast", "eÉcole", "iÖl", "e-Bay", "xYz"] {
            assert!(found.contains(name), "{name}");
        }
    }

    /// A word is name-shaped when it opens with a capital in any script,
    /// or is a particle joined by a hyphen to a capitalised name.
    #[test]
    fn a_name_shaped_word_is_capitalised_or_a_joined_particle() {
        for yes in [
            "Okafor",
            "Émile",
            "Øystein",
            "al-Amin",
            "bin-Salman",
            "ibn-Khaldun",
            "st.-Pierre",
        ] {
            assert!(super::name_shaped(yes), "{yes}");
        }
        for no in [
            "",
            "okafor",
            "al-amin",
            "well-Known",
            "4-Cast",
            "éric",
            "-Amin",
            "alamin-Khan",
            "’s",
        ] {
            assert!(!super::name_shaped(no), "{no}");
        }
    }

    #[test]
    fn an_inner_capital_is_found_in_any_script() {
        for yes in [
            "eBay", "iPhone", "4Cast", "3M", "iPhone's", "e-Bay", "éBay", "eÉcole", "iÖl",
        ] {
            assert!(super::inner_capital(yes), "{yes}");
        }
        for no in [
            "", "e", "ebay", "Ebay", "EBay", "4cast", "3", "é", "école", "Émile", "éé", "a,B",
            "-Bay", "i’m", "über",
        ] {
            assert!(!super::inner_capital(no), "{no}");
        }
    }

    /// The surname list is looked up by halving its text: every line after
    /// the comments is one capital and lower-case letters, in byte order,
    /// so a word's folded form with its first letter raised is found exactly
    /// where a set of every line folded would find it.
    #[test]
    fn the_surname_list_is_sorted_lines_of_one_capital_and_lower_case_letters() {
        let text = include_str!("../../data/surnames.txt");
        assert!(text.ends_with('\n'));
        let lines: Vec<&str> = text
            .split('\n')
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        assert!(lines.len() >= 5000);
        assert!(
            !text[text.find(lines[0]).unwrap()..].contains('#'),
            "comments only at the top"
        );
        for l in &lines {
            let (first, rest) = l.split_at(1);
            assert!(
                first.bytes().all(|b| b.is_ascii_uppercase())
                    && rest.bytes().all(|b| b.is_ascii_lowercase())
                    && l.len() <= 48,
                "{l}"
            );
        }
        for pair in lines.windows(2) {
            assert!(pair[0] < pair[1], "{} before {}", pair[0], pair[1]);
        }
        let folded: FxHashSet<String> = lines.iter().map(|l| fold(l)).collect();
        for word in [
            "Smith",
            "smith",
            "SMITH",
            "Williams",
            "Wiliams",
            "O'Brien",
            "Müller",
            "",
            "Mc Donald",
            "Garcia",
            "García",
            "Nguyen",
            "Lopez",
            "López",
            "Kelly",
            "Kely",
            "Anderson,",
            "Aaron",
            "Aaro",
            "Aa",
            "A",
            "Zuniga",
            "Zunigas",
            "Zz",
            "#",
            "Source",
        ] {
            assert_eq!(
                is_established_surname(word),
                folded.contains(&fold(word)),
                "{word}"
            );
        }
        for l in &lines {
            assert!(is_established_surname(l) && is_established_surname(&l.to_uppercase()));
            assert!(!is_established_surname(&format!("{l}q")), "{l}q");
        }
    }

    use super::*;
    use crate::document::Format;

    fn model(src: &str) -> (Document<'_>, Names) {
        let doc = Document::parse(src, Format::Plain);
        let names = analyse(&doc);
        (doc, names)
    }

    /// The mentions of a draft of one paragraph, as text.
    fn texts(src: &str) -> Vec<String> {
        let (doc, names) = model(src);
        mention_texts(&doc, &names)
            .into_iter()
            .map(str::to_string)
            .collect()
    }

    fn mention_texts<'a>(doc: &'a Document, names: &Names) -> Vec<&'a str> {
        names
            .mentions
            .iter()
            .map(|m| doc.text(m.range.clone()))
            .collect()
    }

    #[test]
    fn the_place_list_holds_one_name_per_line() {
        for line in include_str!("../../data/places.txt").lines() {
            let line = line.trim();
            assert!(
                line.starts_with('#') || !line.contains('#'),
                "a comment inside a name: {line}"
            );
        }
        for place in ["South Africa", "South Korea", "N.H.", "Calif."] {
            assert!(is_place(place), "{place}");
        }
    }

    #[test]
    fn a_caucus_or_a_federation_is_an_organisation() {
        let (doc, names) = model("Ana Ruiz, president of the Harbour Black Caucus, spoke.");
        let kinds: Vec<_> = names
            .mentions
            .iter()
            .map(|m| (doc.text(m.range.clone()), m.kind))
            .collect();
        assert_eq!(
            kinds,
            vec![
                ("Ana Ruiz", NameKind::Person),
                ("Harbour Black Caucus", NameKind::Organisation)
            ]
        );
    }

    #[test]
    fn a_title_case_line_keeps_only_given_and_surname_pairs() {
        let (doc, names) = model("Harbour Legend Faces A Stiff Bill For Backing Ana Ruiz.");
        assert_eq!(mention_texts(&doc, &names), vec!["Ana Ruiz"]);
        // a leading article or preposition is no part of the test
        let (doc, names) = model("As The Daily Harbour reported, the pier closed.");
        assert_eq!(mention_texts(&doc, &names), vec!["Daily Harbour"]);
        // nor one at the end, where a full stop was lost
        let (doc, names) = model("“It is real,” said analyst Vadim Kell The dispute goes on.");
        assert_eq!(mention_texts(&doc, &names), vec!["Vadim Kell"]);
    }

    #[test]
    fn titles_and_possessives_are_stripped() {
        let (doc, names) = model(
            "Russian Foreign Minister Sergey Lavrov met Orban’s aide. However, Mr. Lavrov left.",
        );
        let texts = mention_texts(&doc, &names);
        assert_eq!(texts, vec!["Sergey Lavrov", "Orban", "Lavrov"]);
        assert_eq!(
            doc.text(names.mentions[0].title.clone().unwrap()),
            "Russian Foreign Minister"
        );
        assert!(names.mentions[1].possessive);
        assert_eq!(names.mentions[2].person, names.mentions[0].person);
        assert_eq!(names.people[0].full_name, "Sergey Lavrov");
    }

    #[test]
    fn a_title_word_before_an_organisation_word_names_the_organisation() {
        let (doc, names) =
            model("The State Department spoke. Foreign Minister Ana Ruiz met the Justice Ministry and Former President Tom Webb.");
        let texts = mention_texts(&doc, &names);
        assert_eq!(
            texts,
            vec![
                "State Department",
                "Ana Ruiz",
                "Justice Ministry",
                "Tom Webb"
            ]
        );
        assert_eq!(names.mentions[3].kind, NameKind::Person);
        assert_eq!(names.mentions[0].kind, NameKind::Organisation);
        assert!(names.mentions[0].title.is_none());
        assert_eq!(
            doc.text(names.mentions[1].title.clone().unwrap()),
            "Foreign Minister"
        );
    }

    #[test]
    fn fold_drops_case_and_diacritics() {
        assert_eq!(fold("ORBAN"), "orban");
        assert_eq!(fold("Orbán"), "orban");
        assert_eq!(fold("O’Brien"), fold("O'Brien"));
        assert_eq!(fold("Łukasz Søren"), "lukasz soren");
    }

    #[test]
    fn a_determiner_opening_a_sentence_is_no_part_of_a_name() {
        let (doc, names) =
            model("Neither Alan Grayson nor his wife spoke. Both Ana Ruiz and Tom Webb left.");
        assert_eq!(
            mention_texts(&doc, &names),
            vec!["Alan Grayson", "Ana Ruiz", "Tom Webb"]
        );
    }

    #[test]
    fn a_title_inside_a_run_starts_the_person() {
        let (doc, names) = model(
            "Then Minnesota Gov. Mark Dayton left. Port Authority Director Anna Sauer spoke.",
        );
        assert_eq!(
            mention_texts(&doc, &names),
            vec!["Minnesota", "Mark Dayton", "Port Authority", "Anna Sauer"]
        );
        assert_eq!(names.mentions[1].kind, NameKind::Person);
        assert_eq!(doc.text(names.mentions[1].title.clone().unwrap()), "Gov.");
        assert_ne!(names.mentions[2].kind, NameKind::Person);
    }

    #[test]
    fn a_contraction_is_no_part_of_a_name() {
        let (doc, names) = model("Here’s Ana Ruiz in 1992. He's Tom Webb now. That's Webb’s boat.");
        let texts = mention_texts(&doc, &names);
        assert_eq!(texts, vec!["Ana Ruiz", "Tom Webb", "Webb"]);
        assert!(names.mentions[2].possessive);
        // A pronoun or a negative with its ending is never a name either.
        let (doc, names) = model(
            "Ana Ruiz left. “We’ve won,” she said. I’m sure They're right. Don’t go. I'll stay.",
        );
        assert_eq!(mention_texts(&doc, &names), vec!["Ana Ruiz"]);
    }

    #[test]
    fn a_possessive_before_a_title_is_not_part_of_the_name() {
        let (doc, names) =
            model("Britain’s Prime Minister Keir Starmer spoke. Keir Starmer left. Starmer waved.");
        let texts = mention_texts(&doc, &names);
        assert_eq!(
            texts,
            vec!["Britain", "Keir Starmer", "Keir Starmer", "Starmer"]
        );
        assert_eq!(
            doc.text(names.mentions[1].title.clone().unwrap()),
            "Prime Minister"
        );
        assert_eq!(names.people.len(), 1);
        assert_eq!(names.people[0].full_name, "Keir Starmer");
    }

    #[test]
    fn an_opener_the_draft_writes_in_lower_case_is_no_name() {
        assert_eq!(
            texts("Questions linger on the plan. Ruiz took questions."),
            vec!["Ruiz"]
        );
        // capitalised where no sentence opens, or a full name's surname: a name
        assert_eq!(
            texts("Baker spoke. We met Baker there. The baker left."),
            vec!["Baker", "Baker"]
        );
        assert_eq!(
            texts("Ann Young spoke. Young wrote that young voters left."),
            vec!["Ann Young", "Young"]
        );
    }

    #[test]
    fn a_participle_or_adverb_opening_a_sentence_is_no_part_of_the_name_after_it() {
        assert_eq!(
            texts("Ana Ruiz spoke. Praising Ruiz, the board voted. Interestingly Ruiz left."),
            vec!["Ana Ruiz", "Ruiz", "Ruiz"]
        );
        assert_eq!(
            texts("Tom Lee won. Maybe Lee knew. Perhaps Tom Lee did. Suddenly I saw it."),
            vec!["Tom Lee", "Lee", "Tom Lee"]
        );
        // a known given name, or a run whose rest the draft never names, stays whole
        assert_eq!(
            texts("Sterling Brown spoke. Fred Brown left."),
            vec!["Sterling Brown", "Fred Brown"]
        );
        assert_eq!(
            texts("Redding Harbour Capital sold."),
            vec!["Redding Harbour Capital"]
        );
        // a compound adjective describes the person, like a title
        let (doc, names) = model("Man-of-the-match Tom Webb, who kicked well, was happy.");
        assert_eq!(mention_texts(&doc, &names), vec!["Tom Webb"]);
        let title = names.mentions[0].title.clone().map(|t| doc.text(t));
        assert_eq!(title, Some("Man-of-the-match"));
    }

    #[test]
    fn a_surname_that_is_also_a_place_word_is_a_person_s() {
        let kinds = |src: &str| -> Vec<NameKind> {
            let (_, names) = model(src);
            names.mentions.iter().map(|m| m.kind).collect()
        };
        assert_eq!(
            kinds("Kim Park spoke. Park said no."),
            vec![NameKind::Person, NameKind::Person]
        );
        // a place after a preposition or an article
        assert_ne!(kinds("They met in Victoria Park.")[0], NameKind::Person);
        assert_ne!(kinds("They sang at the Albert Hall.")[0], NameKind::Person);
    }

    #[test]
    fn an_occupation_before_an_unknown_given_name_is_no_part_of_it() {
        let (_, names) = model("Striker Kofi Mensah scored. Mensah smiled.");
        let full: Vec<&str> = names.people.iter().map(|p| p.full_name.as_str()).collect();
        assert_eq!(full, vec!["Kofi Mensah"]);
    }

    #[test]
    fn a_given_name_or_a_title_shows_a_person_s_gender() {
        let gender_of = |src: &str, name: &str| {
            let (_, names) = model(src);
            names
                .people
                .iter()
                .find(|p| p.full_name == name)
                .map(|p| p.gender)
        };
        let src = "Jane Ortiz met Tom Lee and Mr. Haddad. Councilwoman Ana Pike and Robin Vale came too. Ms. Ruiz and Mr. Ruiz left.";
        assert_eq!(gender_of(src, "Jane Ortiz"), Some(Some(Gender::Female)));
        assert_eq!(gender_of(src, "Tom Lee"), Some(Some(Gender::Male)));
        assert_eq!(gender_of(src, "Haddad"), Some(Some(Gender::Male)));
        assert_eq!(gender_of(src, "Ana Pike"), Some(Some(Gender::Female)));
        // a name borne by both, and signs that disagree, show nothing
        assert_eq!(gender_of(src, "Robin Vale"), Some(None));
        assert_eq!(gender_of(src, "Ruiz"), Some(None));
        // the given name need not come first in the run, and what comes
        // before it describes her
        let src = "Democrat Jane Ortiz spoke.";
        assert_eq!(gender_of(src, "Jane Ortiz"), Some(Some(Gender::Female)));
    }

    #[test]
    fn a_given_name_alone_after_the_full_name_is_that_person() {
        let person_of = |src: &str, text: &str| {
            let (doc, names) = model(src);
            names
                .mentions
                .iter()
                .rfind(|m| doc.text(m.range.clone()) == text)
                .and_then(|m| m.person)
                .map(|p| names.people[p].full_name.clone())
        };
        assert_eq!(
            person_of("Jane Ortiz spoke first. Later, Jane was tired.", "Jane").as_deref(),
            Some("Jane Ortiz")
        );
        // two people with that given name, or none named yet: nobody
        assert_eq!(
            person_of(
                "Jane Ortiz and Jane Pike spoke. Later, Jane was tired.",
                "Jane"
            ),
            None
        );
        assert_eq!(
            person_of("Later, Jane was tired. Jane Ortiz left.", "Jane"),
            None
        );
    }

    #[test]
    fn a_description_before_the_given_name_is_no_part_of_the_name() {
        let full_names = |src: &str| {
            let (_, names) = model(src);
            names
                .people
                .iter()
                .map(|p| p.full_name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            full_names("Cellist Greta Varga spoke. Later Democrat Maria Okafor and Maria Okafor's aides left."),
            vec!["Greta Varga", "Maria Okafor"]
        );
        // an initial, or a run with no known given name, stays whole
        assert_eq!(
            full_names("J. Matthew Corrigan and Lib Dem Ardo Kellwyn spoke."),
            vec!["J. Matthew Corrigan", "Lib Dem Ardo Kellwyn"]
        );
    }

    /// The full name of the person each mention with this text refers to.
    fn people_of(src: &str, text: &str) -> Vec<Option<String>> {
        let (doc, names) = model(src);
        (0..names.mentions.len())
            .filter(|&mi| doc.text(names.mentions[mi].range.clone()) == text)
            .map(|mi| {
                names
                    .person_of(mi)
                    .map(|p| names.people[p].full_name.clone())
            })
            .collect()
    }

    #[test]
    fn a_variant_mention_is_linked_to_its_person() {
        for (src, variant, person) in [
            (
                "Kaja Kallas, 46, spoke. Kallas left. Kalas, 47, returned.",
                "Kalas",
                "Kaja Kallas",
            ),
            (
                "Viktor Orbán spoke. Later Orban left.",
                "Orban",
                "Viktor Orbán",
            ),
            (
                "Deborah Quinlan spoke. Deborah Quinlan left. Debra Quinlan won.",
                "Debra Quinlan",
                "Deborah Quinlan",
            ),
            (
                "Dmytro Hrytsenko spoke. Dmytro Hrytsenko left. Dmitry Hrytsenko won.",
                "Dmitry Hrytsenko",
                "Dmytro Hrytsenko",
            ),
            (
                "Ayşe Işık spoke. Işık left. Ayse Isik won.",
                "Ayse Isik",
                "Ayşe Işık",
            ),
            (
                "Yusuf al-Amin spoke. Later al-Amin left.",
                "al-Amin",
                "Yusuf al-Amin",
            ),
        ] {
            assert_eq!(
                people_of(src, variant),
                vec![Some(person.to_string())],
                "{src}"
            );
        }
        // one person, not two, for the claims to compare
        let (_, names) = model("Kaja Kallas spoke. Kallas left. Kalas returned.");
        assert_eq!(names.people.len(), 1);
    }

    #[test]
    fn two_people_of_one_surname_stay_two() {
        for src in [
            "Mark Smith spoke. Mike Smith left.",
            "Mark and Mike Smith spoke. Mark Smith left. Mike Smith stayed.",
            "Ivan Horvat spoke. His wife, Ivana Horvat, left.",
            "Alexander Novak spoke. Later Alexandra Novak left.",
            "Dmytro Hrytsenko spoke. His brother Dmitry Hrytsenko left.",
            "Ann Hughes spoke. Bob Hughs left.",
            "Tom Weller spoke. Tim Weller left.",
            // each introduced with a description of their own
            "Lena Marsh, a nurse, spoke. Lena Marsch, the hospital's lawyer, left.",
            "Jörg Weber, the club's chairman, resigned. Jörg Webber, a fan since 1970, stayed.",
        ] {
            let (_, names) = model(src);
            assert_eq!(names.people.len(), 2, "{src}: {:?}", names.people);
        }
    }

    #[test]
    fn particles_are_read_as_part_of_the_name() {
        assert_eq!(
            texts("The president, Yusuf al-Amin, spoke. Later al-Amin left."),
            vec!["Yusuf al-Amin", "al-Amin"]
        );
        assert_eq!(
            texts("Maria de los Santos met Pieter van der Berg and Ursula von der Leyen."),
            vec![
                "Maria de los Santos",
                "Pieter van der Berg",
                "Ursula von der Leyen"
            ]
        );
        // a lower-case word that is no particle ends the name
        assert_eq!(texts("Ana Ruiz and a van left."), vec!["Ana Ruiz"]);
    }

    #[test]
    fn given_name_variants_need_evidence() {
        for (a, b) in [
            ("Dmytro", "Dmitry"),
            ("Deborah", "Debra"),
            ("Sarah", "Sara"),
            ("Sergey", "Sergei"),
            ("Hillary", "Hilary"),
            ("Mohamed", "Muhammad"),
            ("José", "Jose"),
            // one name romanised from Ukrainian and from Russian, or from
            // Arabic two ways: the consonants kept, the vowels changed
            ("Oleksandr", "Alexander"),
            ("Volodymyr", "Vladimir"),
            ("Serhiy", "Sergei"),
            ("Hryhoriy", "Grigory"),
            ("Mykhailo", "Mikhail"),
            ("Yusuf", "Youssef"),
            ("Hussein", "Husain"),
            ("Abdullah", "Abdallah"),
            // a letter from a known name, no name of its own
            ("Lindsey", "Lindey"),
            ("Hillary", "Hillarye"),
            ("Marco", "Marcoe"),
        ] {
            assert!(given_variant(a, b).is_some(), "{a} / {b}");
        }
        for (a, b) in [
            ("Mark", "Mike"),
            ("Michael", "Mike"),
            ("Joseph", "Joe"),
            ("Tom", "Tim"),
            ("Ivan", "Ivana"),
            ("Daniel", "Daniela"),
            ("Mario", "Maria"),
            ("Alexander", "Alexandra"),
            ("Pretty", "Preet"),
            // the same consonants, but no letter of transliteration between
            // them: two names
            ("Brian", "Bruno"),
            ("Karen", "Kieran"),
            ("Martin", "Martina"),
            ("Simon", "Simone"),
            ("Louis", "Louise"),
            ("Paul", "Paula"),
            ("Jacqueline", "Jacquelin"),
        ] {
            assert_eq!(given_variant(a, b), None, "{a} / {b}");
        }
        assert_eq!(consonant_skeleton("oleksandr"), "lksndr");
        assert_eq!(consonant_skeleton("alexander"), "lksndr");
        assert_eq!(consonant_skeleton("stephanie"), "stfn");
    }

    #[test]
    fn fold_transliterates_every_script() {
        assert_eq!(fold("Işık"), "isik");
        assert_eq!(fold("Weiß"), "weiss");
        assert_eq!(fold("Þórður Guðmundsson"), "thordur gudmundsson");
        assert_eq!(fold("Зеленський"), "zelenskiy");
        assert_eq!(translit_key(&fold("Зеленський")), translit_key("zelensky"));
        // a combining accent the text did not compose
        assert_eq!(fold("Orba\u{301}n"), "orban");
    }

    #[test]
    fn different_first_names_are_different_people() {
        let (_, names) =
            model("John Kennedy and Robert Kennedy spoke. Sergey Lavrov and Sergei Lavrov too.");
        assert_eq!(names.people.len(), 3);
    }

    #[test]
    fn sentence_initial_words_are_not_names() {
        let (doc, names) = model("Meanwhile, the plan stalled. The council met on Tuesday.");
        let texts = mention_texts(&doc, &names);
        assert!(texts.is_empty(), "{texts:?}");
        // a preposition opening the sentence is no part of the name after it
        let (doc, names) = model("Across Asia, leaders waited. Regarding Ruiz, nobody spoke.");
        let texts = mention_texts(&doc, &names);
        assert_eq!(texts, vec!["Asia", "Ruiz"]);
    }
    /// The surname key and full name of the person each mention with this
    /// text refers to.
    fn keys_of(src: &str, text: &str) -> Vec<Option<(String, String)>> {
        let (doc, names) = model(src);
        (0..names.mentions.len())
            .filter(|&mi| doc.text(names.mentions[mi].range.clone()) == text)
            .map(|mi| {
                names.person_of(mi).map(|p| {
                    let p = &names.people[p];
                    (p.surname_key.clone(), p.full_name.clone())
                })
            })
            .collect()
    }

    #[test]
    fn a_generational_suffix_is_part_of_the_name_but_not_the_surname() {
        let key = |src: &str, text: &str| keys_of(src, text)[0].clone().map(|k| k.0);
        for (src, text, surname) in [
            (
                "Colin T. Marsh Jr. said the dredger was ready.",
                "Colin T. Marsh Jr.",
                "marsh",
            ),
            (
                "Martin Luther King Jr. spoke in Memphis.",
                "Martin Luther King Jr.",
                "king",
            ),
            (
                "The admiral, Harry Harris, Jr., said so.",
                "Harry Harris, Jr.",
                "harris",
            ),
            (
                "John Smith III, 41, lost the vote.",
                "John Smith III",
                "smith",
            ),
            ("Ana Ortiz IV wrote the letter.", "Ana Ortiz IV", "ortiz"),
            (
                "Lee Davis Sr. said the field was wet.",
                "Lee Davis Sr.",
                "davis",
            ),
            ("Tom Byrne Jnr was named captain.", "Tom Byrne Jnr", "byrne"),
        ] {
            assert_eq!(key(src, text).as_deref(), Some(surname), "{src}");
        }
        // The bare surname later in the draft is the same person.
        let src = "Colin T. Marsh Jr. said the dredger was ready. Marsh added that it would sail.";
        assert_eq!(
            keys_of(src, "Marsh"),
            vec![Some((
                "marsh".to_string(),
                "Colin T. Marsh Jr.".to_string()
            ))]
        );
        // Look-alikes: an initial or a capitalised word at the end is no suffix.
        assert_eq!(key("Malcolm X said so.", "Malcolm X").as_deref(), Some("x"));
        assert_eq!(
            key("Ana Ortiz said so.", "Ana Ortiz").as_deref(),
            Some("ortiz")
        );
    }

    #[test]
    fn a_father_and_his_son_of_one_name_stay_two_people() {
        let src =
            "Ken Griffey Sr. and Ken Griffey Jr. played together. Griffey Jr. hit a home run.";
        let (doc, names) = model(src);
        let person = |text: &str| {
            let mi = (0..names.mentions.len())
                .find(|&mi| doc.text(names.mentions[mi].range.clone()) == text)
                .unwrap();
            names.person_of(mi).unwrap()
        };
        assert_ne!(person("Ken Griffey Sr."), person("Ken Griffey Jr."));
        assert_eq!(person("Griffey Jr."), person("Ken Griffey Jr."));
        let (doc, names) =
            model("Marco Delgado, 41, drove. Marco Delgado Jr., 19, sat beside him.");
        let people: Vec<_> = (0..names.mentions.len())
            .filter(|&mi| {
                doc.text(names.mentions[mi].range.clone())
                    .starts_with("Marco")
            })
            .map(|mi| names.person_of(mi))
            .collect();
        assert_eq!(people.len(), 2);
        assert_ne!(people[0], people[1], "the son named after his father");
    }

    fn kind_of(src: &str, text: &str) -> NameKind {
        let (doc, names) = model(src);
        names
            .mentions
            .iter()
            .find(|m| doc.text(m.range.clone()) == text)
            .map(|m| m.kind)
            .unwrap_or_else(|| panic!("no mention {text} in {src}"))
    }

    #[test]
    fn a_person_whose_surname_or_given_name_is_an_organisation_word_is_a_person() {
        for (src, name) in [
            ("Bill Schuette said the case was closed.", "Bill Schuette"),
            (
                "Michigan Attorney General Bill Schuette said so.",
                "Bill Schuette",
            ),
            ("The fund paid, Bill Gates said.", "Bill Gates"),
            ("Tom House said his team would win.", "Tom House"),
            ("Emily Post wrote that she liked forks.", "Emily Post"),
            ("Jane Bank, 45, runs the farm.", "Jane Bank"),
            (
                "Dr. Anne Church, who led the study, disagreed.",
                "Anne Church",
            ),
            ("Kevin Hall said so.", "Kevin Hall"),
            ("Tyra Banks said she was happy.", "Tyra Banks"),
            ("Harrison Ford said he liked the film.", "Harrison Ford"),
        ] {
            assert_eq!(kind_of(src, name), NameKind::Person, "{src}");
        }
        // The bare surname after the full name is the same person.
        let src = "Tom House said his team would win. House added more.";
        assert_eq!(
            keys_of(src, "House"),
            vec![Some(("house".to_string(), "Tom House".to_string()))]
        );
        // Look-alikes that stay organisations.
        for (src, name) in [
            ("The Washington Post said she was wrong.", "Washington Post"),
            (
                "The Bank of England said rates would rise.",
                "Bank of England",
            ),
            (
                "Tom House said his team would win. The House voted.",
                "House",
            ),
            ("Ford Motor Co. said sales fell.", "Ford Motor Co."),
            ("The Finance Bill passed.", "Finance Bill"),
        ] {
            assert_eq!(kind_of(src, name), NameKind::Organisation, "{src}");
        }
    }

    #[test]
    fn a_name_the_draft_calls_a_firm_is_an_organisation() {
        for (src, name) in [
            (
                "Arthur Andersen collapsed in 2002. The firm said nothing.",
                "Arthur Andersen",
            ),
            (
                "Arthur Andersen, the accounting firm, collapsed in 2002.",
                "Arthur Andersen",
            ),
            (
                "Goldman Sachs, the bank, said profits rose.",
                "Goldman Sachs",
            ),
            (
                "Profits rose, said Jane Doe, an analyst at Morgan Stanley.",
                "Morgan Stanley",
            ),
            (
                "Lazard Freres cut jobs in May. The investment bank gave no reason.",
                "Lazard Freres",
            ),
        ] {
            assert_eq!(kind_of(src, name), NameKind::Organisation, "{src}");
        }
        // Every mention of it is the organisation's.
        let src = "Goldman Sachs, the bank, said profits rose. Goldman Sachs also said no.";
        assert!(keys_of(src, "Goldman Sachs").iter().all(Option::is_none));
        // Look-alikes: people.
        for (src, name) in [
            (
                "Jane Doe founded Acme in 1990. The firm now employs 300.",
                "Jane Doe",
            ),
            ("John Smith, the firm's founder, said so.", "John Smith"),
            ("John Smith, a bank manager, said so.", "John Smith"),
            (
                "Arthur Andersen said he was tired. The firm closed.",
                "Arthur Andersen",
            ),
            (
                "Jane Doe, who works at Morgan Stanley, said so.",
                "Jane Doe",
            ),
        ] {
            assert_eq!(kind_of(src, name), NameKind::Person, "{src}");
        }
    }

    /// The title and the name of each mention with a title.
    fn titled(src: &str) -> Vec<(String, String)> {
        let (doc, names) = model(src);
        names
            .mentions
            .iter()
            .filter_map(|m| {
                let t = m.title.clone()?;
                Some((
                    doc.text(t).to_string(),
                    doc.text(m.range.clone()).to_string(),
                ))
            })
            .collect()
    }

    #[test]
    fn a_title_of_several_words_is_kept_whole() {
        let pair = |t: &str, n: &str| vec![(t.to_string(), n.to_string())];
        for (src, title, name) in [
            (
                "Chief Operating Officer Sheryl Sandberg said so.",
                "Chief Operating Officer",
                "Sheryl Sandberg",
            ),
            (
                "It was Chief Operating Officer Sandberg who left.",
                "Chief Operating Officer",
                "Sandberg",
            ),
            (
                "Secretary of State John Kerry flew in.",
                "Secretary of State",
                "John Kerry",
            ),
            (
                "Missouri Secretary of State Lena Ortiz said so.",
                "Missouri Secretary of State",
                "Lena Ortiz",
            ),
            (
                "Minister of Foreign Affairs Sergey Lavrov said so.",
                "Minister of Foreign Affairs",
                "Sergey Lavrov",
            ),
            (
                "Chief of Staff Reince Priebus said so.",
                "Chief of Staff",
                "Reince Priebus",
            ),
            (
                "Deputy Chief Medical Officer Jenny Harries said so.",
                "Deputy Chief Medical Officer",
                "Jenny Harries",
            ),
            (
                "Attorney General Eric Holder said so.",
                "Attorney General",
                "Eric Holder",
            ),
            (
                "Lieutenant Governor Dan Patrick said so.",
                "Lieutenant Governor",
                "Dan Patrick",
            ),
            (
                "Vice President Mike Pence said so.",
                "Vice President",
                "Mike Pence",
            ),
            (
                "He met Chief Executive Tim Cook.",
                "Chief Executive",
                "Tim Cook",
            ),
            // an organisation's word opening a title of no list
            (
                "Prison Warden Ana Ruiz said so.",
                "Prison Warden",
                "Ana Ruiz",
            ),
            (
                "Station Warden Tomas Brandt said so.",
                "Station Warden",
                "Tomas Brandt",
            ),
        ] {
            assert_eq!(titled(src), pair(title, name), "{src}");
        }
        // Look-alikes: a place or a body before the title is no part of it,
        // and a title with no name after it names no one.
        assert_eq!(
            titled("Texas Secretary of State Ruth Hughs said so."),
            pair("Secretary of State", "Ruth Hughs")
        );
        assert_eq!(
            titled("Senate Majority Leader Mitch McConnell said so."),
            pair("Leader", "Mitch McConnell")
        );
        assert_eq!(
            titled("Secretary of State Kerry and Defense Secretary Ash Carter spoke."),
            vec![
                ("Secretary of State".to_string(), "Kerry".to_string()),
                ("Defense Secretary".to_string(), "Ash Carter".to_string())
            ]
        );
        assert!(titled("The Minister of Defence said so.").is_empty());
        assert_eq!(
            texts("The Council of Harbour Wardens said so."),
            vec!["Council of Harbour Wardens"]
        );
        assert_eq!(
            titled("Prime Minister John Major said so."),
            pair("Prime Minister", "John Major")
        );
    }

    #[test]
    fn a_titled_surname_and_a_full_name_under_another_title_stay_two() {
        let src = "Secretary Clinton spoke first. Later President Bill Clinton spoke.";
        assert_eq!(people_of(src, "Clinton"), vec![Some("Clinton".to_string())]);
        assert_eq!(
            people_of(src, "Bill Clinton"),
            vec![Some("Bill Clinton".to_string())]
        );
        let src = "Secretary Clinton spoke. President Bill Clinton spoke. Secretary Clinton left.";
        assert_eq!(
            people_of(src, "Clinton"),
            vec![Some("Clinton".to_string()); 2]
        );
        let src = "Senator Warren spoke first. Later Senator Elizabeth Warren spoke.";
        assert_eq!(
            people_of(src, "Warren"),
            vec![Some("Elizabeth Warren".to_string())]
        );
    }

    #[test]
    fn a_firm_named_with_a_small_letter_or_a_digit_first_is_an_organisation() {
        for (src, name) in [
            ("The consultancy 4Cast said rates would rise.", "4Cast"),
            ("eBay said sales rose.", "eBay"),
            ("Sales rose, eBay told investors.", "eBay"),
            ("3M said it would cut jobs.", "3M"),
            ("Shares in retailer eBay's rival fell.", "eBay"),
        ] {
            assert_eq!(kind_of(src, name), NameKind::Organisation, "{src}");
        }
        // Once shown, every mention of it is the firm.
        assert_eq!(
            texts("The consultancy 4Cast said rates would rise. Rates at 4Cast are high."),
            vec!["4Cast", "4Cast"]
        );
        // Look-alikes: things, not speakers.
        for src in [
            "iPhone maker Apple said sales rose.",
            "The mRNA vaccine works, researchers said.",
            "He bought an iPhone said to be new.",
            "The iPad said nothing to him.",
        ] {
            let (doc, names) = model(src);
            assert!(
                names
                    .mentions
                    .iter()
                    .all(|m| doc.text(m.range.clone()).starts_with(char::is_uppercase)),
                "{src}"
            );
        }
    }
}
