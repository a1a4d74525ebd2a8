//! The word lists the attribution rules read. Closed classes of grammar
//! (pronouns, prepositions, auxiliaries) are here; the open lists of nouns
//! are data files in `data/`, each with its reasoning at the top.

use std::sync::LazyLock;

/// A word list read once from a data file.
pub(super) type WordList = LazyLock<Vec<&'static str>>;

/// The words of a data file: one a line, `#` comments and blank lines
/// skipped.
fn word_list(text: &'static str) -> Vec<&'static str> {
    crate::data::list_lines(text).collect()
}

/// How many words either side of a quote attribution looks at, at most.
pub(super) const REACH: usize = 80;

pub(super) const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "He", "She", "They", "It", "I", "We", "You",
];

pub(super) const SKIP_BEFORE_VERB: &[&str] = &[
    "still",
    "now",
    "even",
    "ultimately",
    "eventually",
    "clearly",
    "also",
    "later",
    "then",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "previously",
    "earlier",
    "once",
    "again",
    "recently",
    "just",
    "repeatedly",
    "publicly",
    "flatly",
    "bluntly",
    "firmly",
    "simply",
    "quickly",
    "angrily",
    "often",
    "never",
    "always",
    "further",
    "finally",
    "reportedly",
    "separately",
    "subsequently",
    "privately",
    "openly",
    "initially",
    "first",
    "last",
    "who",
    "which",
    "that",
    "has",
    "may",
    "might",
    "should",
    "can",
    "did",
    "does",
    "do",
    "once",
    "famously",
    "memorably",
    "proudly",
    "tearfully",
    "quietly",
    "loudly",
    "calmly",
    "sharply",
    "directly",
    "already",
    "instead",
    "herself",
    "himself",
    "themselves",
    "itself",
];

/// Numbers spelt out, in lower case: "Thirty percent of …", "two states",
/// "hundreds of …".
pub(super) fn is_number_word(lower: &str) -> bool {
    use crate::number_words::{TENS, UNITS};
    UNITS[2..].contains(&lower)
        || TENS.contains(&lower)
        || matches!(
            lower,
            "hundred" | "hundreds" | "thousands" | "dozens" | "millions"
        )
}

pub(super) const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "with",
    "during",
    "from",
    "for",
    "after",
    "before",
    "to",
    "under",
    "over",
    "through",
    "since",
    "into",
    "like",
    "via",
    "about",
    "outside",
    "inside",
    "near",
    "across",
    "behind",
    "beside",
    "between",
    "among",
    "amid",
    "throughout",
    "without",
    "within",
    "of",
];

/// Words after which a speech verb is a noun or an adjective ("his
/// remarks", "the charged term"), compared without case.
pub(super) const NOUN_MARKERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "these", "those",
];

/// Words that make "states" the noun: "in 11 states", "the key states",
/// "giving states more say", "many Andean states".
pub(super) const STATES_NOUN_BEFORE: &[&str] = &[
    "all",
    "any",
    "many",
    "most",
    "some",
    "several",
    "other",
    "both",
    "few",
    "key",
    "swing",
    "battleground",
    "early",
    "member",
    "border",
    "neighboring",
    "neighbouring",
    "southern",
    "northern",
    "western",
    "eastern",
    "red",
    "blue",
    "purple",
    "individual",
    "those",
    "these",
    "dozen",
];

pub(super) const PASSIVE: &[&str] = &[
    "is", "was", "were", "been", "being", "be", "are", "'s", "’s",
];

pub(super) const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "one", "two", "three", "several",
    "many", "some", "another", "this", "that", "these", "those", "other", "both", "each", "A",
    "An", "The", "His", "Her", "Their", "Its", "Our", "One", "Two", "Several", "Many", "Some",
    "Another", "This", "That", "These", "Those", "Both", "Each",
];

/// Words that end a noun phrase search: they cannot be part of a speaker.
pub(super) const NP_STOP: &[&str] = &[
    "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "that",
    "which", "what", "when", "while", "if", "because", "than", "after", "before", "said", "says",
    "is", "was", "were", "are", "be", "been", "not", "no", "into", "about", "over", "under",
    "there", "here", "so", "how", "why", "where", "who", "whom", "it", "this",
    // never inside a speaker's phrase: "said Carly Fiorina during the debate"
    "during", "whether", "despite", "amid", "since", "until", "through", "via", "without",
];

/// Nouns that name one person by their role: "The Oregon senator",
/// "the former harbour commissioner", "a council spokeswoman".
pub(super) static PERSON_ROLES: WordList =
    LazyLock::new(|| word_list(include_str!("../../../data/quote_person_roles.txt")));

pub(super) const VAGUE: &[&str] = &[
    "sources",
    "source",
    "critics",
    "some",
    "observers",
    "insiders",
    "others",
    "rumours",
    "rumors",
];

/// Nouns for the people who make or appear in a work, written right after
/// its title: "the “Avatar” star", "the “Meet the Press” host".
pub(super) static WORK_ROLE_NOUNS: WordList =
    LazyLock::new(|| word_list(include_str!("../../../data/quote_work_role_nouns.txt")));

pub(super) static TITLE_NOUNS: WordList =
    LazyLock::new(|| word_list(include_str!("../../../data/quote_title_nouns.txt")));

pub(super) static TERM_MARKERS: WordList =
    LazyLock::new(|| word_list(include_str!("../../../data/quote_term_markers.txt")));

/// Nouns that, after a possessive and before "that", report someone's
/// words: "her claim that …", "Webb's accusation that …".
pub(super) static CLAIM_NOUNS: WordList =
    LazyLock::new(|| word_list(include_str!("../../../data/quote_claim_nouns.txt")));

/// Nouns for one remark whose words the quote before them gives, after a
/// possessive: "Romney’s “47 percent” comment". Nouns such as "response"
/// or "warning" are left out: the quote before them is more often someone
/// else's word for them ("Labour's “authoritarian” response").
pub(super) const LABEL_NOUNS: &[&str] = &[
    "remark", "remarks", "comment", "comments", "pledge", "promise", "vow", "quip", "jibe", "gibe",
    "boast", "taunt", "gaffe", "tweet", "claim", "line", "mantra", "refrain",
];

/// Nouns that, after a possessive, name someone's words: "Fitch's remark".
pub(super) static SPEECH_NOUNS: WordList =
    LazyLock::new(|| word_list(include_str!("../../../data/quote_speech_nouns.txt")));

/// Verbs that, in the passive, give a name rather than report words:
/// "what had been called the “Silver Fortnight”", "is described as a “gripping
/// memoir”".
pub(super) const NAMING_VERBS: &[&str] = &[
    "called",
    "known",
    "described",
    "labeled",
    "labelled",
    "termed",
    "branded",
    "billed",
    "criticized",
    "criticised",
    "characterized",
    "characterised",
    "derided",
    "hailed",
];

/// Verbs that give someone or something a name of the subject's own:
/// "Trump called the winner “Miss Piggy”", "dubbed him “Little Marco”".
pub(super) const CALLING_VERBS: &[&str] = &[
    "called",
    "calling",
    "dubbed",
    "dubbing",
    "nicknamed",
    "labeled",
    "labelled",
    "labeling",
    "labelling",
    "branded",
    "branding",
    "christened",
];

/// Verbs that cast someone "as" something: "referring to Webb as
/// “the Ferryman”", "hailed Ruiz as “The Harbour Queen”".
pub(super) const CASTING_VERBS: &[&str] = &[
    "referred",
    "referring",
    "refers",
    "refer",
    "described",
    "describing",
    "describes",
    "hailed",
    "hailing",
    "hails",
    "mocked",
    "mocking",
    "mocks",
    "derided",
    "deriding",
    "derides",
    "addressed",
    "addressing",
    "cast",
    "casting",
    "casts",
    "portrayed",
    "portraying",
    "portrays",
    "painted",
    "painting",
    "ridiculed",
    "ridiculing",
    "slammed",
    "blasted",
    "dismissed",
    "dismissing",
    "branded",
    "labeled",
    "labelled",
    "characterized",
    "characterised",
];

/// Verbs that put words out in a statement: "the ferry board issued a statement".
pub(super) const ISSUING_VERBS: &[&str] = &[
    "issued",
    "issues",
    "issuing",
    "released",
    "releases",
    "releasing",
    "sent",
    "sends",
    "sending",
    "published",
    "publishes",
    "circulated",
];

/// What such a verb puts out. Not "message": "the vote sends a message
/// that …" is a figure of speech.
pub(super) const STATEMENT_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "letter",
    "memo",
    "email",
    "e-mail",
    "note",
    "apology",
    "response",
    "reply",
];

/// Speech verbs whose next words are an object, never an inverted subject.
pub(super) const OBJECT_VERBS: &[&str] = &[
    "described",
    "called",
    "criticized",
    "criticised",
    "denied",
    "slammed",
    "praised",
    "blamed",
    "accused",
    "dismissed",
    "rejected",
    "welcomed",
    "condemned",
    "attacked",
    "mocked",
    "labeled",
    "labelled",
    "branded",
    "termed",
    "characterized",
    "characterised",
    "hailed",
    "blasted",
    "defended",
    "endorsed",
    "questioned",
    "cited",
    "quoted",
];

/// Words after which a pronoun opens a clause of its own: "Webb vowed to
/// tour every parish, and he has cited that …", "although she made it plain".
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    ",", ";", "—", "–", "-", "--", "and", "but", "although", "though", "as", "when", "while",
    "because", "since", "if", "whereas", "yet", "until",
];

/// Verbs of saying that also report an act when their object is a thing:
/// "promised matching funds", "announced a review", "recommended the lanes".
pub(super) const ACT_VERBS: &[&str] = &[
    "promised",
    "promises",
    "pledged",
    "pledges",
    "announced",
    "announces",
    "recommended",
    "recommends",
    "proposed",
    "proposes",
    "unveiled",
    "unveils",
    "offered",
    "offers",
    "demanded",
    "demands",
    "approved",
    "approves",
];

/// Connectives set off by commas between a subject and its verb:
/// "Proponents, however, say …", "The union, meanwhile, said …".
pub(super) const SET_OFF_CONNECTIVES: &[&str] = &[
    "however",
    "meanwhile",
    "though",
    "too",
    "also",
    "instead",
    "nevertheless",
    "moreover",
    "therefore",
    "likewise",
    "similarly",
    "nonetheless",
];

/// Auxiliaries that end a subject noun phrase: "The board has …".
pub(super) const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "did",
    "does", "may", "might", "must", "should",
];

pub(super) const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from", "de",
    "la", "le", "von", "van", "is", "vs", "vs.", "&", "nor", "but", "as", "into", "upon",
];

/// Past tenses that do not end in "-ed": "The Oregon senator sought …".
pub(super) const IRREGULAR_PAST: &[&str] = &[
    "became",
    "began",
    "bought",
    "broke",
    "brought",
    "built",
    "came",
    "caught",
    "chose",
    "drew",
    "drove",
    "fell",
    "felt",
    "fought",
    "found",
    "gave",
    "got",
    "grew",
    "held",
    "hit",
    "kept",
    "knew",
    "laid",
    "led",
    "left",
    "lost",
    "made",
    "meant",
    "met",
    "paid",
    "put",
    "ran",
    "rose",
    "sat",
    "saw",
    "sent",
    "set",
    "shot",
    "sold",
    "sought",
    "spent",
    "spoke",
    "stood",
    "struck",
    "swore",
    "taught",
    "took",
    "thought",
    "threw",
    "told",
    "understood",
    "went",
    "won",
    "wore",
    "wrote",
];

/// Words that stand for nobody in particular: "somebody who admitted".
pub(super) const INDEFINITES: &[&str] = &[
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "everyone",
    "everybody",
    "nobody",
    "one",
];

/// Times that can end a phrase before a relative: "a note from her
/// lawyer Monday morning that says".
pub(super) const TIME_NOUNS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "summer",
    "winter",
    "spring",
    "fall",
    "autumn",
];

/// Nouns that end like an adverb: "the respected regional daily wrote".
pub(super) const NOUNS_IN_LY: &[&str] = &[
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "family",
    "ally",
    "assembly",
    "rally",
];

/// Plain forms of verbs of saying, cues only after a modal ("could only
/// quip", "would later argue"): alone most of them are nouns.
pub(super) const BASE_FORMS: &[&str] = &[
    "add",
    "admit",
    "allege",
    "argue",
    "assert",
    "boast",
    "brag",
    "caution",
    "claim",
    "concede",
    "declare",
    "emphasise",
    "emphasize",
    "exclaim",
    "explain",
    "insist",
    "joke",
    "lament",
    "mutter",
    "note",
    "predict",
    "proclaim",
    "quip",
    "reiterate",
    "remark",
    "reply",
    "respond",
    "retort",
    "scoff",
    "shout",
    "testify",
    "tweet",
    "vow",
    "warn",
    "whisper",
    "yell",
];

/// Heads of phrases that name a figure or a count: things a sentence can
/// cite ("according to county statistics", "figures show") but that say
/// no words of their own, in the next sentence or anywhere.
pub(super) static FIGURE_NOUNS: WordList =
    LazyLock::new(|| word_list(include_str!("../../../data/quote_figure_nouns.txt")));

/// Heads of phrases that name a document. A document quoted with a verb of
/// saying ("the letter said") may go on in the next sentence; one only
/// cited ("according to a report filed …") may not.
pub(super) static DOCUMENT_NOUNS: WordList =
    LazyLock::new(|| word_list(include_str!("../../../data/quote_document_nouns.txt")));
