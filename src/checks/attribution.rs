//! Who said it: speech cues, speakers, and the ways attribution carries
//! from one sentence or paragraph to the next; and what a quote is (speech,
//! title or term).

use rustc_hash::FxHashSet;
use std::ops::Range;
use std::sync::OnceLock;

use super::names::{strip_possessive, NameKind, Names};
use super::quotes::{Cue, Quote, QuoteKind, Speaker};
use crate::document::Document;

/// Speech verbs: the built-in list plus what the config adds. An entry of
/// two words ("shot back") is a phrase cue.
pub struct SpeechVerbs {
    built_in: &'static VerbList,
    extra: VerbList,
}

#[derive(Default)]
struct VerbList {
    words: FxHashSet<String>,
    /// Two-word phrases as (first word, second word).
    phrases: Vec<(String, String)>,
}

impl VerbList {
    fn add(&mut self, entry: &str) {
        let entry = entry.to_lowercase();
        let mut words = entry.split_whitespace();
        match (words.next(), words.next(), words.next()) {
            (Some(one), None, _) => {
                self.words.insert(one.to_string());
            }
            (Some(a), Some(b), None) => self.phrases.push((a.to_string(), b.to_string())),
            // Longer phrases are not matched; their last verb usually is.
            _ => {}
        }
    }
}

impl SpeechVerbs {
    pub fn new(extra: &[String]) -> SpeechVerbs {
        // Built once per process: every analysis shares it.
        static BUILT_IN: OnceLock<VerbList> = OnceLock::new();
        let built_in = BUILT_IN.get_or_init(|| {
            let mut list = VerbList::default();
            include_str!("../../data/speech_verbs.txt")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .for_each(|l| list.add(l));
            list
        });
        let mut list = VerbList::default();
        extra.iter().for_each(|e| list.add(e));
        SpeechVerbs {
            built_in,
            extra: list,
        }
    }

    /// Whether words `a b` are a phrase cue: "shot back".
    fn phrase(&self, a: &str, b: &str) -> bool {
        [self.built_in, &self.extra]
            .iter()
            .any(|l| l.phrases.iter().any(|(x, y)| x == a && y == b))
    }

    /// Cues are lower case in running text: "States" is not "states".
    fn contains(&self, word: &str) -> bool {
        word.chars().next().is_some_and(char::is_lowercase)
            && (self.built_in.words.contains(word) || self.extra.words.contains(word))
    }
}

/// How many words either side of a quote attribution looks at, at most.
const REACH: usize = 80;

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "He", "She", "They", "It", "I", "We", "You",
];

const SKIP_BEFORE_VERB: &[&str] = &[
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
    "herself",
    "himself",
    "themselves",
    "itself",
];

const PREPOSITIONS: &[&str] = &[
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
const NOUN_MARKERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "these", "those",
];

/// Words that make "states" the noun: "in 11 states", "the key states",
/// "giving states more power", "many Asian states".
const STATES_NOUN_BEFORE: &[&str] = &[
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
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozen",
];

const PASSIVE: &[&str] = &[
    "is", "was", "were", "been", "being", "be", "are", "'s", "’s",
];

const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "one", "two", "three", "several",
    "many", "some", "another", "this", "that", "these", "those", "other", "both", "each", "A",
    "An", "The", "His", "Her", "Their", "Its", "Our", "One", "Two", "Several", "Many", "Some",
    "Another", "This", "That", "These", "Those", "Both", "Each",
];

/// Words that end a noun phrase search: they cannot be part of a speaker.
const NP_STOP: &[&str] = &[
    "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "that",
    "which", "what", "when", "while", "if", "because", "than", "after", "before", "said", "says",
    "is", "was", "were", "are", "be", "been", "not", "no", "into", "about", "over", "under",
    "there", "here", "so", "how", "why", "where", "who", "whom", "it", "this",
];

const VAGUE: &[&str] = &[
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

const TITLE_NOUNS: &[&str] = &[
    "film",
    "movie",
    "book",
    "novel",
    "memoir",
    "show",
    "programme",
    "program",
    "series",
    "sitcom",
    "documentary",
    "album",
    "song",
    "single",
    "track",
    "play",
    "musical",
    "opera",
    "ballet",
    "exhibition",
    "exhibit",
    "paper",
    "article",
    "column",
    "editorial",
    "essay",
    "poem",
    "podcast",
    "newsletter",
    "operation",
    "Operation",
    "campaign",
    "initiative",
    "titled",
    "entitled",
    "headlined",
    "headline",
    "slogan",
    "motto",
    "hashtag",
    "banner",
    "placard",
    "magazine",
    "newspaper",
    "blog",
    "website",
    "app",
    "game",
    "video",
    "episode",
    "segment",
    "broadcast",
    "painting",
    "sculpture",
    "installation",
    "collection",
    "brand",
    "codenamed",
    "code-named",
    "chapter",
    "report",
    "study",
    "bill",
    "act",
    "law",
    "project",
    "programme",
    "investigation",
    "probe",
    "exercise",
    "tour",
    "conference",
    "lecture",
    "manifesto",
    "anthem",
    "hymn",
    "show’s",
    "show's",
    "series’",
    "titled:",
    "sign",
    "signs",
    "t-shirt",
    "shirt",
    "shirts",
    "poster",
    "posters",
    "mug",
    "cap",
    "caps",
];

const TERM_MARKERS: &[&str] = &[
    "so-called",
    "dubbed",
    "nicknamed",
    "word",
    "words",
    "term",
    "terms",
    "phrase",
    "label",
    "moniker",
    "aka",
    "a.k.a.",
    "known",
    "self-styled",
    "self-described",
    "self-proclaimed",
    "supposed",
    "alleged",
    "quote-unquote",
    "expression",
    "catchphrase",
    "buzzword",
];

/// Nouns that, after a possessive and before "that", report someone's
/// words: "her claim that …", "Trump's accusation that …".
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "remark",
    "warning",
    "statement",
    "assertion",
    "accusation",
    "allegation",
    "insistence",
    "contention",
    "declaration",
    "admission",
    "prediction",
    "promise",
    "pledge",
    "vow",
    "boast",
    "complaint",
    "suggestion",
    "argument",
    "charge",
];

/// Nouns that, after a possessive, name someone's words: "Fitch's remark".
const SPEECH_NOUNS: &[&str] = &[
    "remark",
    "remarks",
    "warning",
    "words",
    "statement",
    "message",
    "promise",
    "comment",
    "comments",
    "reply",
    "response",
    "plea",
    "question",
    "answer",
    "tweet",
    "post",
    "email",
    "letter",
    "note",
    "speech",
    "testimony",
    "verdict",
    "advice",
    "assessment",
    "account",
    "description",
    "claim",
    "argument",
    "explanation",
    "summary",
    "instructions",
    "order",
    "orders",
    "line",
    "motto",
    "refrain",
    "pledge",
    "vow",
    "boast",
    "quip",
    "joke",
    "retort",
];

fn is_cap(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn is_pronoun(s: &str) -> bool {
    PRONOUNS.contains(&pronoun_stem(s))
}

/// "he’d" → "he", "she's" → "she".
fn pronoun_stem(s: &str) -> &str {
    for sep in ['’', '\''] {
        if let Some(i) = s.find(sep) {
            let stem = &s[..i];
            if PRONOUNS.contains(&stem) {
                return stem;
            }
        }
    }
    s
}

struct Ctx<'a> {
    doc: &'a Document<'a>,
    names: &'a Names,
    verbs: &'a SpeechVerbs,
    /// Whether each word lies inside a quote (marks included).
    quoted: Vec<bool>,
}

impl Ctx<'_> {
    fn w(&self, i: usize) -> &str {
        self.doc.word_text(i)
    }

    fn is_word(&self, i: usize) -> bool {
        self.doc.words[i].is_word
    }

    /// Whether "states" after word `prev` is the noun: after a number, a
    /// quantity or region word, a participle ("giving states"), or a
    /// capitalised word that is not a person or organisation ("Asian states").
    fn states_is_noun(&self, prev: usize) -> bool {
        let p = self.w(prev);
        if STATES_NOUN_BEFORE.contains(&p.to_lowercase().as_str())
            || p.chars().all(|c| c.is_ascii_digit() || c == ',')
            || (p.ends_with("ing") && p.chars().next().is_some_and(char::is_lowercase))
        {
            return true;
        }
        is_cap(p) && !self.agent_at(self.doc.words[prev].range.start)
    }

    /// Whether a person's or organisation's name covers prose offset `at`.
    fn agent_at(&self, at: usize) -> bool {
        self.names.mention_at(at).is_some_and(|m| {
            matches!(
                self.names.mentions[m].kind,
                NameKind::Person | NameKind::Organisation
            )
        })
    }

    /// Whether word `i` is a cue; returns how many words the cue spans.
    fn cue_len(&self, i: usize) -> Option<usize> {
        if !self.is_word(i) || self.quoted[i] {
            return None;
        }
        let w = self.w(i);
        let lw = w.to_lowercase();
        if lw == "according" && self.doc.words.get(i + 1).is_some() && self.w(i + 1) == "to" {
            return Some(2);
        }
        if i + 1 < self.doc.words.len()
            && self.is_word(i + 1)
            && !self.quoted[i + 1]
            && self.verbs.phrase(w, self.w(i + 1))
        {
            return Some(2);
        }
        if self.verbs.contains(w) {
            // After an article, a possessive or a preposition the word is a
            // noun or an adjective: "his remarks", "in swing states", "the
            // charged term", "Trump's claims".
            if i > 0 && self.is_word(i - 1) {
                let prev = self.w(i - 1);
                // "to say", "to call" are infinitives; "to claims" is not.
                let infinitive =
                    prev == "to" && !w.ends_with('s') && !w.ends_with("ed") && !w.ends_with("ing");
                // "his anti-Muslim remarks", "Trump's videotaped remarks":
                // an article or possessive before a describing word.
                let described = w.ends_with('s')
                    && i > 1
                    && self.is_word(i - 2)
                    && (prev.contains('-') || (prev.len() > 4 && prev.ends_with("ed")))
                    && (NOUN_MARKERS
                        .iter()
                        .any(|m| m.eq_ignore_ascii_case(self.w(i - 2)))
                        || strip_possessive(self.w(i - 2)).1);
                // "did not say", "haven't said": a denial reports no words.
                let negated = matches!(prev, "not" | "never")
                    || prev.ends_with("n't")
                    || prev.ends_with("n’t");
                if NOUN_MARKERS.iter().any(|m| m.eq_ignore_ascii_case(prev))
                    || (PREPOSITIONS.contains(&prev) && !infinitive)
                    || strip_possessive(prev).1
                    || (w == "states" && self.states_is_noun(i - 1))
                    || described
                    || negated
                {
                    return None;
                }
            }
            // "so-called" is one word; "the said" is rare in news.
            return Some(1);
        }
        None
    }
}

/// Finds speakers and kinds for every quote.
pub fn attribute(doc: &Document, names: &Names, verbs: &SpeechVerbs, quotes: &mut [Quote]) {
    let mut quoted = vec![false; doc.words.len()];
    for q in quotes.iter() {
        let a = doc.word_at_or_after(q.range.start);
        let b = doc.word_at_or_after(q.range.end);
        for flag in &mut quoted[a..b] {
            *flag = true;
        }
    }
    let ctx = Ctx {
        doc,
        names,
        verbs,
        quoted,
    };
    // Titles and terms named by the words before them need no speaker.
    let mut marked = vec![false; quotes.len()];
    // 1. Cues in the quote's own sentences.
    for (qi, q) in quotes.iter_mut().enumerate() {
        if let Some(kind) = marked_kind(&ctx, q) {
            marked[qi] = true;
            q.kind = kind;
            q.reason = match kind {
                QuoteKind::Title => "a title (named by the words before it)".into(),
                _ => "a term, not someone's words (named by the words before it)".into(),
            };
            continue;
        }
        if let Some((speaker, cue)) = possessive(&ctx, q).or_else(|| possessive_clause(&ctx, q)) {
            q.speaker = Some(speaker);
            q.cue = Some(cue);
            q.reason = "a possessive before the quote".into();
        } else if let Some((speaker, cue)) = in_sentence(&ctx, q) {
            q.speaker = Some(speaker);
            q.reason = if cue.text.is_empty() {
                "the subject of its sentence".into()
            } else {
                "a speech cue in the same sentence".into()
            };
            q.cue = Some(cue).filter(|c| !c.text.is_empty());
        }
    }
    // 2. Carry-over: colon introductions, the same paragraph, the paragraph
    // before. Only whole sentences carry: a fragment is somebody's words only
    // when its own sentence says whose.
    for qi in 0..quotes.len() {
        if quotes[qi].speaker.is_some() || marked[qi] || !sentence_like(doc, &quotes[qi]) {
            continue;
        }
        if let Some((speaker, cue, why)) = carried(&ctx, quotes, qi) {
            quotes[qi].speaker = Some(speaker);
            quotes[qi].cue = cue;
            quotes[qi].reason = why;
        }
    }
    // 3. Kind of the rest.
    for (qi, q) in quotes.iter_mut().enumerate() {
        if marked[qi] {
            continue;
        }
        q.kind = if looks_like_title(doc, q)
            && (!cue_attached(doc, q) || in_title_position(&ctx, q))
            && !stands_alone(doc, q)
        {
            QuoteKind::Title
        } else if q.speaker.is_some() || sentence_like(doc, q) {
            QuoteKind::Speech
        } else {
            QuoteKind::Term
        };
        if q.kind != QuoteKind::Speech {
            q.speaker = None;
            q.cue = None;
        }
        if q.reason.is_empty() {
            q.reason = match q.kind {
                QuoteKind::Speech => "no speech cue (said, told, according to …) in its sentence, no colon introduction, and no named speaker in the same or the previous paragraph".into(),
                QuoteKind::Title => "a title (written in title case)".into(),
                QuoteKind::Term => "a term or scare quote: a fragment with no speech cue".into(),
            };
        }
    }
}

/// Verbs that, in the passive, give a name rather than report words:
/// "what had been called the “Golden Week”", "is described as a “riveting
/// book”".
const NAMING_VERBS: &[&str] = &[
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

/// "has been called “…”", "known online as “Guccifer”", "what is being
/// criticized as a “use it or lose it” approach": a passive naming verb a
/// few words before the quote, with no "by" to say who did the naming.
fn passive_naming(ctx: &Ctx, first: usize) -> bool {
    let mut k = first;
    let mut looked = 0;
    while k > 1 && looked < 5 {
        k -= 1;
        looked += 1;
        if ctx.quoted[k] {
            return false;
        }
        let w = ctx.w(k);
        if w == "by" {
            return false;
        }
        if NAMING_VERBS.contains(&w) {
            let aux = |j: usize| PASSIVE.contains(&ctx.w(j));
            // "known as" names with or without "is": "Lazar, known online as".
            return w == "known"
                || aux(k - 1)
                || (k > 2 && aux(k - 2) && ctx.w(k - 1).ends_with("ly"));
        }
        if !(matches!(w, "the" | "a" | "an" | "as" | "online" | "here" | "there")
            || (ctx.is_word(k) && w.ends_with("ly")))
        {
            return false;
        }
    }
    false
}

/// Titles and terms named by the words just before the opening mark:
/// "the film “Oppenheimer”", "a report titled “…”", "the so-called “…”".
fn marked_kind(ctx: &Ctx, q: &Quote) -> Option<QuoteKind> {
    let first = ctx.doc.word_at_or_after(q.range.start);
    if passive_naming(ctx, first) && !sentence_like(ctx.doc, q) {
        // "… was branded “in homage to” Lazar, Song wrote": a cue after the
        // quote makes the whole sentence somebody's words.
        let last = ctx.doc.word_at_or_after(q.range.end);
        let words = word_window(ctx.doc, sentence_window(ctx.doc, q));
        let reported = (last..words.end.min(last + REACH)).any(|i| ctx.cue_len(i).is_some());
        if !reported {
            return Some(QuoteKind::Term);
        }
    }
    let mut k = first;
    let mut looked = 0;
    while k > 0 && looked < 4 {
        k -= 1;
        looked += 1;
        if ctx.quoted[k] || !ctx.is_word(k) {
            return None;
        }
        let w = ctx.w(k);
        // "who he dubbed “the little senator”": a nickname somebody gives
        // is that person's words; "fundraisers, dubbed “Hillblazers”" is a term.
        let given_by_subject = matches!(w, "dubbed" | "nicknamed")
            && k > 0
            && (matches!(ctx.w(k - 1), "he" | "she" | "they" | "we" | "I")
                || ctx
                    .names
                    .mention_at(ctx.doc.words[k - 1].range.start)
                    .is_some_and(|m| {
                        !ctx.names.mentions[m].possessive
                            && ctx.names.mentions[m].kind == NameKind::Person
                    }));
        if given_by_subject {
            return None;
        }
        if TERM_MARKERS.contains(&w) || (w == "as" && k > 0 && ctx.w(k - 1) == "known") {
            return Some(QuoteKind::Term);
        }
        // Titles are capitalised: "the law “was going to go wrong”" and
        // "called the program “worse than amnesty”" quote somebody.
        if TITLE_NOUNS.contains(&w) && starts_upper(ctx.doc.text(q.inner())) {
            return Some(QuoteKind::Title);
        }
        if !matches!(
            w,
            "the"
                | "a"
                | "an"
                | "as"
                | "called"
                | "titled"
                | "named"
                | "entitled"
                | "new"
                | "latest"
        ) {
            return None;
        }
    }
    None
}

/// Sentence indices the quote overlaps.
fn sentence_window(doc: &Document, q: &Quote) -> Range<usize> {
    let first = doc.sentence_at(q.range.start).unwrap_or(0);
    let last = doc
        .sentence_at(q.range.end.saturating_sub(1))
        .unwrap_or(first);
    first..last + 1
}

fn word_window(doc: &Document, sentences: Range<usize>) -> Range<usize> {
    let start = doc.sentences[sentences.start].start;
    let end = doc.sentences[sentences.end - 1].end;
    doc.word_at_or_after(start)..doc.word_at_or_after(end)
}

fn in_sentence(ctx: &Ctx, q: &Quote) -> Option<(Speaker, Cue)> {
    let doc = ctx.doc;
    if doc.sentences.is_empty() {
        return None;
    }
    let q_first = doc.word_at_or_after(q.range.start);
    let q_last = doc.word_at_or_after(q.range.end);
    // The quote's sentences, but no further than a long sentence reaches:
    // a run-on "sentence" of a megabyte must not make every quote read it all.
    let words = word_window(doc, sentence_window(doc, q));
    let words = words.start.max(q_first.saturating_sub(REACH))..words.end.min(q_last + REACH);
    let mut cues: Vec<(usize, usize, usize)> = Vec::new(); // (distance, index, len)
    for i in words.clone() {
        if let Some(len) = ctx.cue_len(i) {
            let dist = if i >= q_last {
                (i - q_last) * 2
            } else {
                (q_first - i - len) * 2 + 1
            };
            cues.push((dist, i, len));
        }
    }
    cues.sort_unstable();
    // A colon introduction with no speech verb: "He went on: “…”".
    let colon_before = doc.prose[..q.range.start].trim_end().ends_with(':');
    let found: Vec<(usize, usize, Speaker)> = cues
        .into_iter()
        .filter_map(|(_, i, len)| Some((i, len, speaker_for_cue(ctx, i, len, &words, q_last)?)))
        .collect();
    // The nearest cue, unless it follows the quote with more than its
    // subject in between and a cue before the quote leads into it:
    // "Though he said it resulted in a “handful” filing papers, John said …".
    let tight_after = |i: usize, speaker: &Speaker| {
        // Only the speaker's name, or a title before it, in between.
        (q_last..i).all(|k| {
            let r = &doc.words[k].range;
            !ctx.is_word(k)
                || (r.start >= speaker.mention.start && r.end <= speaker.mention.end)
                || (r.end <= speaker.mention.start && (is_cap(ctx.w(k)) || ctx.w(k) == "of"))
        })
    };
    let pick = match found.first() {
        Some((i, _, speaker)) if *i >= q_last && !tight_after(*i, speaker) => {
            found.iter().position(|(j, _, _)| *j < q_first).unwrap_or(0)
        }
        _ => 0,
    };
    // An infinitive ("was right to urge leaders “…”") reports words only
    // when no finite speech verb in the sentence does.
    let infinitive = |i: usize| i > 0 && ctx.w(i - 1) == "to";
    let pick = match found.get(pick) {
        Some((i, _, _)) if infinitive(*i) => found
            .iter()
            .position(|(j, _, _)| !infinitive(*j))
            .unwrap_or(pick),
        _ => pick,
    };
    if let Some((mut i, mut len, mut speaker)) = found.into_iter().nth(pick) {
        // "She said she recalls the colleague being “confused”": the
        // pronoun's own clause is reported by the verb before it, and that
        // verb's subject is the one quoted.
        let m = doc.word_at_or_after(speaker.mention.start);
        if m < i && is_pronoun(ctx.w(m)) {
            let mut outer = m;
            if outer > words.start && ctx.w(outer - 1) == "that" {
                outer -= 1;
            }
            if outer > words.start && ctx.cue_len(outer - 1) == Some(1) {
                if let Some(s) = speaker_for_cue(ctx, outer - 1, 1, &words, q_last) {
                    (i, len, speaker) = (outer - 1, 1, s);
                }
            }
        }
        let range = doc.words[i].range.start..doc.words[i + len - 1].range.end;
        return Some((
            speaker,
            Cue {
                text: doc.text(range.clone()).to_string(),
                range,
            },
        ));
    }
    // A partial quote with no cue belongs to its sentence's subject:
    // "Madigan asserted that the trust is “broken”".
    // "has been called “…”": a name given by nobody in particular.
    let passive_cue = q_first >= 2
        && PASSIVE.contains(&ctx.w(q_first - 2))
        && ctx.verbs.contains(ctx.w(q_first - 1));
    if !sentence_like(doc, q) && !colon_before && !passive_cue {
        if let Some(speaker) = sentence_subject(ctx, words.start, q_first) {
            if !speaker.vague {
                let r = speaker.mention.clone();
                return Some((
                    speaker,
                    Cue {
                        text: String::new(),
                        range: r,
                    },
                ));
            }
        }
    }
    if colon_before {
        if let Some(speaker) = sentence_subject(ctx, words.start, q_first) {
            let colon = doc.prose[..q.range.start].trim_end().len() - 1;
            return Some((
                speaker,
                Cue {
                    text: ":".to_string(),
                    range: colon..colon + 1,
                },
            ));
        }
    }
    None
}

/// The speaker a cue links to: the subject before it, the inverted subject
/// after it (`,” said Ana Ruiz`), or the source after "according to".
fn speaker_for_cue(
    ctx: &Ctx,
    cue: usize,
    len: usize,
    window: &Range<usize>,
    q_last: usize,
) -> Option<Speaker> {
    let w = |i: usize| ctx.w(i);
    if len == 2 && w(cue).eq_ignore_ascii_case("according") {
        // according to X
        return noun_phrase_after(ctx, cue + 2, window.end);
    }
    // Passive: "has been called", "was described as" — only "by X" names a speaker.
    if cue > window.start && PASSIVE.contains(&w(cue - 1)) {
        let mut k = cue + 1;
        while k < window.end && k < cue + 6 {
            if w(k) == "by" {
                return noun_phrase_after(ctx, k + 1, window.end);
            }
            k += 1;
        }
        return None;
    }
    // A participle ("…, saying", "tweets early Friday saying") belongs to
    // the sentence's subject.
    if w(cue).ends_with("ing") && !matches!(w(cue), "according") {
        // "Trump calling it a “great meeting”", "has Podesta saying, “…”":
        // a name right before the participle is its subject.
        if cue > window.start && !ctx.quoted[cue - 1] && ctx.is_word(cue - 1) {
            if let Some(m) = ctx.names.mention_at(ctx.doc.words[cue - 1].range.start) {
                let mention = &ctx.names.mentions[m];
                let first = ctx.doc.word_at_or_after(
                    mention
                        .title
                        .as_ref()
                        .map_or(mention.range.start, |t| t.start),
                );
                // "a letter to Attorney General Loretta Lynch asking …": the
                // addressee is not the one asking ("with Trump tweeting" is).
                let addressee = first > window.start && w(first - 1) == "to";
                if matches!(mention.kind, NameKind::Person | NameKind::Organisation)
                    && !mention.possessive
                    && !addressee
                    && mention.range.end == ctx.doc.words[cue - 1].range.end
                {
                    return Some(make_speaker(ctx, mention.range.clone()));
                }
            }
        }
        return sentence_subject(ctx, window.start, cue);
    }
    // Subject before the verb.
    let mut k = cue;
    while k > window.start {
        let prev = k - 1;
        if ctx.quoted[prev] {
            break;
        }
        let t = w(prev);
        // "Sen. Claire McCaskill (D-Mo.) said": step over the parenthesis.
        if t == ")" {
            let open = (window.start..prev)
                .rev()
                .take(8)
                .find(|&j| w(j) == "(" && !ctx.quoted[j]);
            if let Some(open) = open {
                k = open;
                continue;
            }
            break;
        }
        // Capitalised mid-sentence, "May wrote" is a name, not a modal.
        // An adverb in -ly ("the nominee mockingly responded") is no part
        // of the subject; "the family said" keeps its noun.
        let adverb = t.len() > 4
            && t.ends_with("ly")
            && !is_cap(t)
            && prev > window.start
            && !DETERMINERS.contains(&w(prev - 1));
        let skippable = (SKIP_BEFORE_VERB.contains(&t.to_lowercase().as_str()) || adverb)
            && (!is_cap(t) || prev == window.start);
        if skippable && !matches!(t, "who" | "which" | "that") {
            k = prev;
            continue;
        }
        if matches!(t, "who" | "which" | "that") || t == "," {
            // "Dunn, who has lived here for 30 years, said": the phrase before the clause.
            if let Some(mut s) = before_clause(ctx, prev, window.start) {
                if t != "," {
                    // The cue links to the relative pronoun; the name is its antecedent's.
                    s.mention = ctx.doc.words[prev].range.clone();
                }
                return Some(s);
            }
            break;
        }
        // A second verb of the same subject: "He adopted a Southern accent
        // and joked, “…”", "used to support Paul, but now said"; and an
        // infinitive: "He went on to say, “…”".
        if matches!(t, "and" | "but" | "to") && prev > window.start && !ctx.quoted[prev - 1] {
            return sentence_subject(ctx, window.start, prev);
        }
        if let Some(s) = noun_phrase_ending_at(ctx, prev, window.start) {
            // "in a low voice said", "in 2010 said": a prepositional phrase
            // between subject and verb; the subject is further left.
            let np_start = ctx.doc.word_at_or_after(s.mention.start);
            // "Secretary of Homeland Security Jeh Johnson said": a title's "of".
            let title_of = np_start > window.start + 1
                && ctx.w(np_start - 1) == "of"
                && super::names::is_title_word(ctx.w(np_start - 2));
            // "after Clinton argued": a name after a word that can open a
            // clause is that clause's subject, not a preposition's object.
            let clause_subject = np_start > window.start
                && matches!(
                    ctx.w(np_start - 1),
                    "after" | "before" | "since" | "until" | "as"
                )
                && ctx.agent_at(s.mention.start);
            if np_start > window.start
                && !is_pronoun(ctx.w(np_start))
                && PREPOSITIONS.contains(&ctx.w(np_start - 1))
                && np_start - 1 < k
                && !title_of
                && !clause_subject
            {
                k = np_start - 1;
                continue;
            }
            return Some(s);
        }
        break;
    }
    // Inverted subject: `,” said Ana Ruiz` / `” says the mayor`.
    let after_quote = cue == q_last
        || (cue > window.start && (ctx.quoted[cue - 1] || matches!(w(cue - 1), "," | "—" | "–")));
    // After "told" comes the listener, not the speaker; "asked" right after
    // the quote (`?” asked Joan Pike`) is inverted and names the speaker.
    let listener_follows = matches!(
        w(cue),
        "told"
            | "tells"
            | "tell"
            | "telling"
            | "informed"
            | "assured"
            | "reassured"
            | "advised"
            | "urged"
    ) || (w(cue) == "asked" && cue != q_last)
        // Verbs that take an object never invert: in "…,” described the
        // impact as" the words after the verb are its object.
        || OBJECT_VERBS.contains(&w(cue));
    if (after_quote || cue == window.start) && !listener_follows {
        return noun_phrase_after(ctx, cue + len, window.end);
    }
    None
}

/// Speech verbs whose next words are an object, never an inverted subject.
const OBJECT_VERBS: &[&str] = &[
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

/// A capitalised sentence opener the names model could not rule out that
/// is not a name either: "Horrified, …", "Reprising …", "Separately, …".
fn opener_not_name(ctx: &Ctx, mention: &super::names::Mention, start: usize) -> bool {
    let doc = ctx.doc;
    let first = doc.word_at_or_after(mention.range.start);
    let one_word = doc.words[first].range.end == mention.range.end;
    let opens = first == start
        || doc
            .sentence_at(mention.range.start)
            .is_some_and(|si| doc.sentences[si].start == mention.range.start);
    if mention.kind != NameKind::Unknown || !one_word || !opens {
        return false;
    }
    let w = ctx.w(first);
    let comma_after = doc
        .words
        .get(first + 1)
        .is_some_and(|n| !n.is_word && doc.text(n.range.clone()) == ",");
    w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly") || comma_after
}

/// Words after which a pronoun opens a clause of its own: "Cruz pledged to
/// visit every county, and he has used that …", "although she made it clear".
const CLAUSE_OPENERS: &[&str] = &[
    ",", ";", "—", "–", "and", "but", "although", "though", "as", "when", "while", "because",
    "since", "if", "whereas", "yet", "until",
];

/// The subject of the clause that ends at word `end`: the first person,
/// name or pronoun in the sentence, unless a later clause opens with a
/// pronoun of its own ("Clinton endorsed the deal, although she made it
/// clear …": she).
fn sentence_subject(ctx: &Ctx, start: usize, end: usize) -> Option<Speaker> {
    let first = first_subject(ctx, start, end)?;
    let from = ctx.doc.word_at_or_after(first.mention.end);
    let nominative = |k: usize| matches!(ctx.w(k), "he" | "she" | "they" | "we" | "I");
    let later = (from.max(start + 1)..end).rev().find(|&k| {
        if ctx.quoted[k] || !ctx.is_word(k) {
            return false;
        }
        if nominative(k) {
            // "Rubio, who he dubbed …": the pronoun is the clause's subject.
            return CLAUSE_OPENERS.contains(&ctx.w(k - 1))
                || matches!(ctx.w(k - 1), "who" | "whom");
        }
        // A "who" followed by its own subject is the object: "who he dubbed".
        ctx.w(k) == "who"
            && CLAUSE_OPENERS.contains(&ctx.w(k - 1))
            && !(k + 1 < end && nominative(k + 1))
    });
    let Some(k) = later else {
        return Some(first);
    };
    if ctx.w(k) == "who" {
        // "his daughter Ivanka Trump, who portrayed him as …": the relative
        // pronoun stands for the phrase before its comma.
        return Some(match before_clause(ctx, k, start) {
            Some(mut s) => {
                s.mention = ctx.doc.words[k].range.clone();
                s
            }
            None => first,
        });
    }
    Some(make_speaker(ctx, ctx.doc.words[k].range.clone()))
}

/// Auxiliaries that end a subject noun phrase: "The board has …".
const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "did",
    "does", "may", "might", "must", "should",
];

/// A sentence that opens with an article or possessive and a noun phrase
/// before its verb has that phrase as subject: "The Florida senator is
/// telling reporters …", "His chief aide doubled down …".
fn opening_noun_phrase(ctx: &Ctx, start: usize, end: usize) -> Option<Speaker> {
    if !matches!(
        ctx.w(start),
        "The" | "A" | "An" | "His" | "Her" | "Their" | "Its" | "Our"
    ) {
        return None;
    }
    for j in start + 1..end.min(start + 6) {
        if ctx.quoted[j] || !ctx.is_word(j) {
            return None;
        }
        let t = ctx.w(j);
        let verb = AUXILIARIES.contains(&t)
            || (t.len() > 4 && t.ends_with("ed"))
            || ctx.cue_len(j).is_some();
        if verb {
            if j == start + 1 {
                return None;
            }
            let range = ctx.doc.words[start].range.start..ctx.doc.words[j - 1].range.end;
            return Some(make_speaker(ctx, range));
        }
        // "His fact-check Wednesday": a date is no part of a speaker.
        if NP_STOP.contains(&t)
            || crate::calendar::WEEKDAYS.contains(&t)
            || crate::calendar::MONTHS.contains(&t)
        {
            return None;
        }
    }
    None
}

/// The first person, name or pronoun in a sentence before word `end`.
fn first_subject(ctx: &Ctx, start: usize, end: usize) -> Option<Speaker> {
    if let Some(np) = opening_noun_phrase(ctx, start, end) {
        return Some(np);
    }
    let mut fallback = None;
    for k in start..end {
        if ctx.quoted[k] || !ctx.is_word(k) {
            continue;
        }
        let t = ctx.w(k);
        if is_pronoun(t) && !matches!(pronoun_stem(t), "it" | "It" | "you" | "You") {
            let r = ctx.doc.words[k].range.clone();
            return Some(make_speaker(ctx, r.start..r.start + pronoun_stem(t).len()));
        }
        if let Some(m) = ctx.names.mention_at(ctx.doc.words[k].range.start) {
            let mention = &ctx.names.mentions[m];
            if !can_be_subject(ctx, mention, start) || opener_not_name(ctx, mention, start) {
                continue;
            }
            match mention.kind {
                NameKind::Person | NameKind::Unknown => {
                    return Some(make_speaker(ctx, mention.range.clone()))
                }
                NameKind::Organisation if fallback.is_none() => {
                    fallback = Some(mention.range.clone());
                }
                _ => {}
            }
        }
    }
    fallback.map(|r| make_speaker(ctx, r))
}

/// Whether a name can be the subject of its clause: not the object of a
/// preposition ("by Joe Arpaio", "for Trump") and not a possessive.
fn can_be_subject(ctx: &Ctx, mention: &super::names::Mention, start: usize) -> bool {
    let first_word = ctx.doc.word_at_or_after(
        mention
            .title
            .as_ref()
            .map_or(mention.range.start, |t| t.start),
    );
    let after_preposition = first_word > start
        && (PREPOSITIONS.contains(&ctx.w(first_word - 1))
            || matches!(ctx.w(first_word - 1), "by" | "than" | "against"));
    !after_preposition && !mention.possessive
}

/// "X, who …, said": the noun phrase before the comma that opens the clause.
fn before_clause(ctx: &Ctx, from: usize, floor: usize) -> Option<Speaker> {
    let mut k = from;
    let mut commas = 0;
    let mut first: Option<Speaker> = None;
    while k > floor && from - k < 30 {
        k -= 1;
        // A short quoted title inside the clause ("wearing a cape bearing
        // the words “I'm with Madam President,”") is part of it.
        if ctx.quoted[k] {
            if from - k > 12 {
                break;
            }
            continue;
        }
        if ctx.w(k) == "," && k > floor {
            commas += 1;
            // skip a parenthesis before the comma: "McCaskill (D-Mo.),"
            let mut end = k - 1;
            if ctx.w(end) == ")" {
                while end > floor && ctx.w(end) != "(" {
                    end -= 1;
                }
                end = end.saturating_sub(1);
            }
            if let Some(s) = noun_phrase_ending_at(ctx, end, floor) {
                let named = is_pronoun(ctx.doc.text(s.mention.clone()))
                    || ctx.names.mention_at(s.mention.start).is_some();
                if named {
                    return Some(s);
                }
                first.get_or_insert(s);
            }
            if commas > 3 {
                break;
            }
        }
    }
    first
}

/// The person "he" or "she" at `offset` refers to: the person who is the
/// subject earlier in the same sentence, else the nearest person mentioned
/// before it outside quotation marks.
fn resolve_pronoun(ctx: &Ctx, offset: usize) -> Option<usize> {
    let doc = ctx.doc;
    if let Some(si) = doc.sentence_at(offset) {
        let start = doc.word_at_or_after(doc.sentences[si].start);
        let end = doc.word_at_or_after(offset);
        for k in start..end {
            if ctx.quoted[k] {
                continue;
            }
            if let Some(m) = ctx.names.mention_at(doc.words[k].range.start) {
                let mention = &ctx.names.mentions[m];
                if let Some(p) = mention
                    .person
                    .filter(|_| can_be_subject(ctx, mention, start))
                {
                    return Some(p);
                }
            }
        }
    }
    let i = ctx
        .names
        .mentions
        .partition_point(|m| m.range.start < offset);
    ctx.names.mentions[..i].iter().rev().find_map(|m| {
        let w = doc.word_at_or_after(m.range.start);
        if w < ctx.quoted.len() && ctx.quoted[w] {
            None
        } else {
            m.person
        }
    })
}

fn make_speaker(ctx: &Ctx, range: Range<usize>) -> Speaker {
    let doc = ctx.doc;
    let text = doc.text(range.clone());
    let head = text.split_whitespace().last().unwrap_or("");
    let vague = VAGUE.contains(&head.to_lowercase().as_str())
        && text
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_lowercase));
    let name = if is_pronoun(text) {
        if matches!(text, "he" | "she" | "He" | "She") {
            resolve_pronoun(ctx, range.start)
                .map(|p| ctx.names.people[p].full_name.clone())
                .unwrap_or_else(|| text.to_string())
        } else {
            text.to_string()
        }
    } else if matches!(text, "his" | "her" | "His" | "Her") {
        resolve_pronoun(ctx, range.start)
            .map(|p| ctx.names.people[p].full_name.clone())
            .unwrap_or_else(|| text.to_string())
    } else if let Some(m) = ctx.names.mention_at(range.end.saturating_sub(1)) {
        let mention = &ctx.names.mentions[m];
        match mention.person {
            Some(p) if mention.kind == NameKind::Person => ctx.names.people[p].full_name.clone(),
            _ => text.to_string(),
        }
    } else {
        text.to_string()
    };
    Speaker {
        name,
        mention: range,
        vague,
    }
}

/// A speaker phrase whose last word is word `end`.
fn noun_phrase_ending_at(ctx: &Ctx, end: usize, floor: usize) -> Option<Speaker> {
    let doc = ctx.doc;
    if ctx.quoted[end] || !ctx.is_word(end) {
        return None;
    }
    let t = ctx.w(end);
    if is_pronoun(t) {
        let r = doc.words[end].range.clone();
        return Some(make_speaker(ctx, r.start..r.start + pronoun_stem(t).len()));
    }
    // A name: the whole mention ("Foreign Minister Sergey Lavrov" → "Sergey Lavrov").
    if let Some(m) = ctx.names.mention_at(doc.words[end].range.start) {
        return Some(make_speaker(ctx, ctx.names.mentions[m].range.clone()));
    }
    let lower = t.to_lowercase();
    // A speaker does not end in a verb: "Axelrod tweeted after …".
    // Numbers are not speakers, but "the 23-year-old" is.
    if NP_STOP.contains(&lower.as_str())
        || (t.chars().any(|c| c.is_ascii_digit()) && !t.ends_with("-old"))
        || ctx.cue_len(end).is_some()
    {
        return None;
    }
    if is_cap(t) {
        // A capitalised word the names model did not take (e.g. "Moscow's").
        return Some(make_speaker(ctx, doc.words[end].range.clone()));
    }
    // A common-noun phrase back to its determiner: "a ministry spokeswoman".
    let mut start = end;
    let mut k = end;
    while k > floor && end - k < 6 {
        let prev = k - 1;
        if ctx.quoted[prev] || !ctx.is_word(prev) {
            break;
        }
        let p = ctx.w(prev);
        if NP_STOP.contains(&p.to_lowercase().as_str()) || ctx.cue_len(prev).is_some() {
            break;
        }
        start = prev;
        k = prev;
        if DETERMINERS.contains(&p) {
            break;
        }
    }
    let range = doc.words[start].range.start..doc.words[end].range.end;
    Some(make_speaker(ctx, range))
}

/// A speaker phrase starting at word `start`: "Ana Ruiz", "the mayor", "he".
fn noun_phrase_after(ctx: &Ctx, start: usize, limit: usize) -> Option<Speaker> {
    let doc = ctx.doc;
    if start >= limit || ctx.quoted[start] || !ctx.is_word(start) {
        return None;
    }
    let t = ctx.w(start);
    if is_pronoun(t) {
        let r = doc.words[start].range.clone();
        return Some(make_speaker(ctx, r.start..r.start + pronoun_stem(t).len()));
    }
    let mut end = start;
    let mut k = start;
    while k < limit && k - start < 8 {
        if ctx.quoted[k] || !ctx.is_word(k) {
            break;
        }
        let w = ctx.w(k);
        let lower = w.to_lowercase();
        if k > start && (NP_STOP.contains(&lower.as_str()) || ctx.cue_len(k).is_some()) {
            break;
        }
        if k == start && NP_STOP.contains(&lower.as_str()) {
            return None;
        }
        end = k;
        k += 1;
    }
    let range = doc.words[start].range.start..doc.words[end].range.end;
    // Prefer the name inside the phrase ("the mayor, Ana Ruiz" stays whole).
    Some(make_speaker(ctx, range))
}

/// "Fitch's opening remark — “…”": a possessive and a speech noun before the quote.
fn possessive(ctx: &Ctx, q: &Quote) -> Option<(Speaker, Cue)> {
    let doc = ctx.doc;
    // The quote must stand in apposition, set off by a dash or a colon:
    // in "X said Trump's remarks “…”" the words are X's, not Trump's.
    let lead = doc.prose[..q.range.start].trim_end();
    if !lead.ends_with(['—', '–', ':']) && !lead.ends_with("--") {
        return None;
    }
    let first = doc.word_at_or_after(q.range.start);
    let sentence = doc.sentence_at(q.range.start)?;
    let floor = doc.word_at_or_after(doc.sentences[sentence].start);
    let mut k = first;
    while k > floor && first - k < 6 {
        k -= 1;
        if ctx.quoted[k] {
            return None;
        }
        let w = ctx.w(k);
        if SPEECH_NOUNS.contains(&w) {
            // look back for the possessive
            let mut j = k;
            while j > floor && k - j < 4 {
                j -= 1;
                let pw = ctx.w(j);
                let (stem, is_possessive) = super::names::strip_possessive(pw);
                if is_possessive && !stem.is_empty() {
                    let r = doc.words[j].range.clone();
                    let speaker = make_speaker(ctx, r.start..r.start + stem.len());
                    let cue = Cue {
                        text: w.to_string(),
                        range: doc.words[k].range.clone(),
                    };
                    return Some((speaker, cue));
                }
            }
        }
    }
    None
}

/// "her claim that she “never sent …”": a possessive and a speech noun
/// whose "that" clause holds the quote.
fn possessive_clause(ctx: &Ctx, q: &Quote) -> Option<(Speaker, Cue)> {
    let doc = ctx.doc;
    let first = doc.word_at_or_after(q.range.start);
    let sentence = doc.sentence_at(q.range.start)?;
    let floor = doc.word_at_or_after(doc.sentences[sentence].start);
    // A speech verb anywhere in the sentence says whose words they are
    // better than a noun: "Frazier said that Rubio's claim that … is “not true”".
    let words = word_window(doc, sentence_window(doc, q));
    let words = words.start.max(first.saturating_sub(REACH))..words.end.min(first + REACH);
    if words.clone().any(|i| ctx.cue_len(i).is_some()) {
        return None;
    }
    let mut k = first;
    while k > floor + 2 && first - k < 20 {
        k -= 1;
        if ctx.quoted[k] {
            return None;
        }
        if ctx.w(k) != "that" || !CLAIM_NOUNS.contains(&ctx.w(k - 1)) {
            continue;
        }
        let owner = k - 2;
        let w = ctx.w(owner);
        let (stem, is_possessive) = super::names::strip_possessive(w);
        let stem_len = if matches!(w, "his" | "her" | "His" | "Her") {
            w.len()
        } else if is_possessive && !stem.is_empty() {
            stem.len()
        } else {
            return None;
        };
        let r = doc.words[owner].range.clone();
        let speaker = make_speaker(ctx, r.start..r.start + stem_len);
        let cue = Cue {
            text: ctx.w(k - 1).to_string(),
            range: doc.words[k - 1].range.clone(),
        };
        return Some((speaker, cue));
    }
    None
}

/// Attribution carried from a colon introduction, from the quote's
/// paragraph, or from the previous paragraph's quote by the same speaker.
fn carried(ctx: &Ctx, quotes: &[Quote], qi: usize) -> Option<(Speaker, Option<Cue>, String)> {
    let doc = ctx.doc;
    let q = &quotes[qi];
    let pi = doc.paragraph_at(q.range.start)?;
    let para = &doc.paragraphs[pi];
    let opens_paragraph = q.range.start == para.range.start;
    // A colon introduction at the end of the previous paragraph.
    if opens_paragraph && pi > 0 {
        let prev = &doc.paragraphs[pi - 1];
        if doc.text(prev.range.clone()).trim_end().ends_with(':') {
            if let Some((s, c)) =
                attribution_in_sentence(ctx, prev.sentences.end - 1, prev.range.end)
            {
                return Some((
                    s,
                    Some(c),
                    "introduced with a colon in the paragraph before".into(),
                ));
            }
        }
    }
    // Another attributed quote or a speech cue in the same paragraph.
    let mut best: Option<(usize, Speaker, Option<Cue>)> = None;
    if para.sentences.is_empty() {
        return None;
    }
    // Only nearby sentences of the paragraph: five before the quote, two after.
    let here = doc
        .sentence_at(q.range.start)
        .unwrap_or(para.sentences.start);
    let near = here.saturating_sub(5).max(para.sentences.start)..(here + 3).min(para.sentences.end);
    let near_range = doc.sentences[near.start]
        .start
        .max(q.range.start.saturating_sub(REACH * 20))
        ..doc.sentences[near.end.max(near.start + 1) - 1]
            .end
            .min(q.range.end + REACH * 20);
    let first = quotes.partition_point(|o| o.range.start < near_range.start);
    for (oi, other) in quotes.iter().enumerate().skip(first) {
        if other.range.start >= near_range.end {
            break;
        }
        if oi == qi || other.kind != QuoteKind::Speech {
            continue;
        }
        if let Some(s) = &other.speaker {
            let dist = q.range.start.abs_diff(other.range.start) * 2
                + usize::from(other.range.start > q.range.start);
            if best.as_ref().is_none_or(|b| dist < b.0) {
                best = Some((dist, s.clone(), other.cue.clone()));
            }
        }
    }
    for si in near {
        let s = &doc.sentences[si];
        if s.start <= q.range.start && q.range.start < s.end {
            continue;
        }
        if let Some((speaker, cue)) = attribution_in_sentence(ctx, si, q.range.start) {
            let dist = q.range.start.abs_diff(s.start) * 2 + usize::from(s.start > q.range.start);
            if best.as_ref().is_none_or(|b| dist < b.0) {
                best = Some((dist, speaker, Some(cue)));
            }
        }
    }
    if let Some((_, s, c)) = best {
        return Some((
            s,
            c,
            "continues a speaker's words in the same paragraph".into(),
        ));
    }
    // A quote paragraph right after the same speaker's attributed quote,
    // which ends the paragraph before.
    if opens_paragraph && pi > 0 {
        let prev_para = &doc.paragraphs[pi - 1];
        let last_sentence = doc.sentences[prev_para
            .sentences
            .end
            .saturating_sub(1)
            .max(prev_para.sentences.start)]
        .clone();
        let prev = last_sentence.start..prev_para.range.end;
        // The quote may start sentences earlier and end in the last one.
        // Only a whole quote goes on; a partial quote in a paraphrase does
        // not. The second half of a sentence split by its cue (`“We met,”
        // she said, “and she lied.”`) is whole with its first half.
        let whole = |oi: usize| {
            let o = &quotes[oi];
            sentence_like(doc, o)
                || (oi > 0
                    && o.cue.is_some()
                    && quotes[oi - 1].cue.as_ref().map(|c| &c.range)
                        == o.cue.as_ref().map(|c| &c.range)
                    && sentence_like(doc, &quotes[oi - 1]))
        };
        let last = (0..qi)
            .rev()
            .take_while(|&oi| quotes[oi].range.end > prev.start)
            .find(|&oi| quotes[oi].range.start < prev.end && quotes[oi].kind == QuoteKind::Speech)
            .filter(|&oi| whole(oi))
            .map(|oi| &quotes[oi]);
        if let Some(o) = last {
            if let Some(s) = &o.speaker {
                return Some((
                    s.clone(),
                    o.cue.clone(),
                    "continues the quote in the paragraph before".into(),
                ));
            }
        }
    }
    None
}

/// A cue and its speaker anywhere in a sentence, outside quotes.
fn attribution_in_sentence(ctx: &Ctx, si: usize, near: usize) -> Option<(Speaker, Cue)> {
    let doc = ctx.doc;
    let words = word_window(doc, si..si + 1);
    let anchor = doc.word_at_or_after(near);
    let words = words.start.max(anchor.saturating_sub(REACH))
        ..words
            .end
            .min(anchor + REACH)
            .max(words.start.max(anchor.saturating_sub(REACH)));
    for i in words.clone() {
        if let Some(len) = ctx.cue_len(i) {
            if let Some(s) = speaker_for_cue(ctx, i, len, &words, usize::MAX) {
                let range = doc.words[i].range.start..doc.words[i + len - 1].range.end;
                return Some((
                    s,
                    Cue {
                        text: doc.text(range.clone()).to_string(),
                        range,
                    },
                ));
            }
        }
    }
    None
}

const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from", "de",
    "la", "le", "von", "van", "is", "vs", "vs.", "&", "nor", "but", "as", "into", "upon",
];

/// Title case throughout and no sentence punctuation: "Meet the Press".
fn looks_like_title(doc: &Document, q: &Quote) -> bool {
    let text = q.text(doc);
    let mut t = text.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    // US style puts a comma or period inside the marks: "Meet the Press,"
    if words.len() >= 2 {
        t = t.trim_end_matches([',', '.']);
    }
    if t.is_empty() || t.ends_with(['.', ',', '!', ';', ':', '…']) || q.parts.len() > 1 {
        return false;
    }
    if words.len() > 12 {
        return false;
    }
    words.first().is_some_and(|w| starts_upper(w))
        && words.iter().all(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            bare.is_empty()
                || SMALL_WORDS.contains(&bare)
                || bare
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        && !(words.len() == 1 && t.ends_with('?'))
}

/// Whether the word before the opening mark puts a title-case quote where
/// a programme or publication goes: after a possessive ("MSNBC’s “Morning
/// Joe”"), "on" or "in", or "told" (the listener, not the words).
fn in_title_position(ctx: &Ctx, q: &Quote) -> bool {
    let first = ctx.doc.word_at_or_after(q.range.start);
    if first == 0 || ctx.quoted[first - 1] || !ctx.is_word(first - 1) {
        return false;
    }
    let w = ctx.w(first - 1);
    matches!(w, "on" | "in" | "told" | "tells") || strip_possessive(w).1 && is_cap(w)
}

/// Whether the quote's cue sits right against it (`,” Ruiz said` or
/// `said: “…”`), which makes even a title-case quote somebody's words.
fn cue_attached(doc: &Document, q: &Quote) -> bool {
    let Some(cue) = &q.cue else {
        return false;
    };
    if cue.range.start >= q.range.end {
        let between = &doc.prose[q.range.end..cue.range.start];
        between.split_whitespace().count() <= 3 && !between.contains(['.', ';'])
    } else {
        let between = doc.prose[cue.range.end..q.range.start].trim();
        between.is_empty() || between == ":" || between == ","
    }
}

/// Whether the first letter or digit of a text is a capital or a digit.
fn starts_upper(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whole sentences in quotation marks, as opposed to a fragment.
fn sentence_like(doc: &Document, q: &Quote) -> bool {
    let text = q.text(doc);
    let t = text.trim();
    let words = t.split_whitespace().count();
    let ends = t
        .trim_end_matches(['’', '\'', '”', '"'])
        .ends_with(['.', '!', '?', ',', '…', '—', '-']);
    // "“… they still just go on with their lying”": an excerpt that opens
    // with an ellipsis starts mid-sentence.
    let elided = t
        .trim_start_matches(['“', '"', '‘', '\'', ' '])
        .starts_with(['…', '.']);
    (starts_upper(t) || elided)
        && (words >= 3 && (ends || words >= 7 || q.parts.len() > 1) || stands_alone(doc, q))
}

/// A quote that is a sentence of its own, closed inside the marks:
/// `“Bodies everywhere.”` after `“There was carnage,” he said.` Nobody
/// writes a title or a scare quote as a sentence by itself.
fn stands_alone(doc: &Document, q: &Quote) -> bool {
    if !doc
        .text(q.inner())
        .trim_end()
        .ends_with(['.', '!', '?', '…'])
    {
        return false;
    }
    doc.sentence_at(q.range.start)
        .is_some_and(|si| doc.sentences[si] == q.range)
}

#[cfg(test)]
mod tests {
    use crate::checks::quotes::QuoteKind;
    use crate::{analyze, Config, Format};

    /// (kind, speaker) of every quote in a plain-text draft with a headline.
    fn read(body: &str) -> Vec<(QuoteKind, Option<String>)> {
        let src = format!("Headline\n\n{body}\n");
        let a = analyze(&src, Format::Plain, &Config::default());
        a.quotes
            .iter()
            .map(|q| (q.kind, q.speaker.as_ref().map(|s| s.name.clone())))
            .collect()
    }

    fn speakers(body: &str) -> Vec<Option<String>> {
        read(body).into_iter().map(|(_, s)| s).collect()
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn cue_after_before_and_between() {
        assert_eq!(
            speakers("“The bridge is safe,” Mayor Ana Ruiz said."),
            vec![some("Ana Ruiz")]
        );
        assert_eq!(
            speakers("Ana Ruiz said “the bridge is safe” on Monday."),
            vec![some("Ana Ruiz")]
        );
        assert_eq!(
            speakers("“The bridge,” said Ana Ruiz, “is safe.”"),
            vec![some("Ana Ruiz"), some("Ana Ruiz")]
        );
        assert_eq!(
            speakers("“Where do we swim now?” asked parent Joan Pike."),
            vec![some("Joan Pike")]
        );
    }

    #[test]
    fn noun_phrases_pronouns_and_according_to() {
        assert_eq!(
            speakers("“We will appeal,” a ministry spokeswoman said."),
            vec![some("a ministry spokeswoman")]
        );
        assert_eq!(
            speakers("Omar Haddad inspected it.\n\n“It is safe,” he said."),
            vec![some("Omar Haddad")]
        );
        assert_eq!(
            speakers("The repairs were “long overdue,” according to the city engineer."),
            vec![some("the city engineer")]
        );
        // a participle opening the sentence is not its subject
        assert_eq!(
            speakers(
                "Reprising one of her lines, Quist talked about the “progress we made together.”"
            ),
            vec![some("Quist")]
        );
        // a cue word used as a noun ("those states") is no cue
        assert_eq!(
            speakers("Officials in those states remain “deeply unhappy,” Ilse Varga wrote."),
            vec![some("Ilse Varga")]
        );
    }

    #[test]
    fn a_programme_named_where_a_programme_goes_is_a_title() {
        let table = [
            "“We will win,” Pike told “Good Morning Dunmore,” adding that polls were tight.",
            "“We will win,” Pike said on WKDT’s “Morning Drive,” adding, “It will be close.”",
        ];
        for text in table {
            let kinds: Vec<_> = read(text).into_iter().map(|(k, _)| k).collect();
            assert_eq!(kinds[1], QuoteKind::Title, "{text}");
        }
    }

    #[test]
    fn colon_introductions_and_multi_paragraph_quotes() {
        assert_eq!(
            speakers("In a statement, the ministry said: “Talks are over.”"),
            vec![some("the ministry")]
        );
        let s = speakers(
            "Dana Whitfield told the board:\n\n“We need a new roof.\n\n“We need it before winter.”",
        );
        assert_eq!(s, vec![some("Dana Whitfield")]);
    }

    #[test]
    fn attribution_carries_within_a_paragraph_and_to_the_next_quote_paragraph() {
        let s = speakers("“We open at dawn,” Leo Brandt said. “The bakers start at four.”");
        assert_eq!(s, vec![some("Leo Brandt"), some("Leo Brandt")]);
        // a short sentence of its own carries too
        let s = speakers("“There was flour everywhere,” Leo Brandt said. “Everywhere.”");
        assert_eq!(s, vec![some("Leo Brandt"), some("Leo Brandt")]);
        let s = speakers("“We open at dawn,” Leo Brandt said.\n\n“The bakers start at four and work until noon.”");
        assert_eq!(s, vec![some("Leo Brandt"), some("Leo Brandt")]);
        // a partial quote in a paraphrase does not carry to a quote paragraph
        let s = speakers("Leo Brandt called the plan “a bad joke” and left.\n\n“Nobody asked the bakers what they thought of it.”");
        assert_eq!(s, vec![some("Leo Brandt"), None]);
        // a multi-sentence quote attributed at its end
        assert_eq!(
            speakers("“We open at dawn. The bakers start at four,” Brandt said."),
            vec![some("Brandt")]
        );
    }

    #[test]
    fn partial_quotes_belong_to_their_sentence() {
        assert_eq!(
            read("Moscow dismissed the plan as “pointless.”"),
            vec![(QuoteKind::Speech, some("Moscow"))]
        );
        assert_eq!(
            read("Kaja Kallas warned of “a trap” in the talks."),
            vec![(QuoteKind::Speech, some("Kaja Kallas"))]
        );
    }

    /// The words each quote's speaker mention covers.
    fn mentions(body: &str) -> Vec<Option<String>> {
        let src = format!("Headline\n\n{body}\n");
        let a = analyze(&src, Format::Plain, &Config::default());
        a.quotes
            .iter()
            .map(|q| {
                q.speaker
                    .as_ref()
                    .map(|s| a.doc.text(s.mention.clone()).to_string())
            })
            .collect()
    }

    #[test]
    fn a_pronoun_opening_a_later_clause_is_its_subject() {
        let body = "Ana Ruiz met Tom Webb on Monday. Ruiz backed the plan, \
                    although she has “serious doubts” about its cost.";
        assert_eq!(mentions(body), vec![some("she")]);
        assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
        // A pronoun after "that" is reported, not the subject.
        let body = "Ana Ruiz backed the plan and insisted that he had “no doubts” at all.";
        assert_eq!(mentions(body), vec![some("Ana Ruiz")]);
    }

    #[test]
    fn a_cue_leading_into_the_quote_beats_a_later_clause() {
        let body = "Tom Webb spoke first. Though he said that in the end the plan drew \
                    a “handful” at most, Ruiz said none of them stayed.";
        assert_eq!(mentions(body), vec![some("he")]);
        // A cue right after the quote, with only its speaker between, still wins.
        let body = "Ana Ruiz said the plan drew a crowd and “a handful of people,” Tom Webb said.";
        assert_eq!(speakers(body), vec![some("Tom Webb")]);
    }

    #[test]
    fn a_title_with_of_stays_with_its_name() {
        let body = "“The attacks were meant to interfere,” Secretary of Homeland Security Jeh Johnson said.";
        assert_eq!(mentions(body).len(), 1);
        assert!(mentions(body)[0]
            .as_deref()
            .is_some_and(|m| m.ends_with("Jeh Johnson")));
        // A preposition's object is not the subject: "a spokesman for …".
        let body = "“We are reviewing it,” a spokesman for Jeh Johnson said.";
        assert_eq!(mentions(body), vec![some("a spokesman")]);
    }

    #[test]
    fn a_name_right_before_a_participle_is_its_subject() {
        let body =
            "Ana Ruiz and Tom Webb met on Monday, with Ruiz saying she was “very encouraged” \
                    and Webb calling it “a great meeting.”";
        assert_eq!(speakers(body), vec![some("Ana Ruiz"), some("Tom Webb")]);
        // The addressee of a letter is not the one asking.
        let body = "Ana Ruiz wrote to Minister Tom Webb asking him to end the “fiasco.”";
        assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
    }

    #[test]
    fn a_pronoun_refers_to_the_subject_not_a_prepositions_object() {
        let body = "With a vote for Tom Webb ruled out, Ana Ruiz said she would back Lena Ortiz, \
                    whom she called “the only serious candidate.”";
        assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
    }

    #[test]
    fn a_relative_clause_after_a_comma_has_its_own_subject() {
        let body = "The evening opened with Tom Webb and his sister, Ana Ruiz, who portrayed \
                    him as “the people's champion.”";
        assert_eq!(mentions(body), vec![some("who")]);
        assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
    }

    #[test]
    fn a_passive_naming_verb_makes_a_term() {
        for body in [
            "Ana Ruiz, known online as “Quillfeather,” was arrested on Monday.",
            "Democrats sued after Ohio dropped what had been called the “Golden Week” of early voting.",
        ] {
            assert_eq!(read(body)[0].0, QuoteKind::Term, "{body}");
        }
        // A cue after the quote makes the sentence somebody's words.
        let body = "The group was branded “in homage to” the founder, Ana Ruiz wrote.";
        assert_eq!(read(body), vec![(QuoteKind::Speech, some("Ana Ruiz"))]);
        // "by" says who did the naming.
        let body = "The plan was described by Ana Ruiz as “a disaster.”";
        assert_eq!(read(body), vec![(QuoteKind::Speech, some("Ana Ruiz"))]);
    }

    #[test]
    fn a_verb_with_an_object_does_not_invert() {
        // "described the impact as": the words after the verb are its object.
        let body = "Tom Webb, who puts his costs “in the seven figures,” described the impact as “horrendous.”";
        assert_ne!(mentions(body)[0], some("the impact"));
    }

    #[test]
    fn a_name_after_a_clause_opener_is_its_clause_subject() {
        let body =
            "Tom Webb objected after Ana Ruiz argued that “nobody would have rescued the mill.”";
        assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
    }

    #[test]
    fn a_parenthesis_between_name_and_verb_is_stepped_over() {
        let body = "“We are done,” Sen. Claire Webb (D-Mo.) said Tuesday. “It is over.”";
        assert_eq!(
            speakers(body),
            vec![some("Claire Webb"), some("Claire Webb")]
        );
    }

    #[test]
    fn an_infinitive_cue_reports_words_when_no_finite_verb_does() {
        let body = "Tom Webb wrote about the mill.\n\nHe went on to say, “It will never reopen.”";
        assert_eq!(speakers(body), vec![some("Tom Webb")]);
        let body = "In a year when Tom Webb is talking about closures, Ana Ruiz said the mayor \
                    was right to urge owners “to stand up and be counted.”";
        assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
    }

    #[test]
    fn a_short_quoted_title_inside_an_apposition_is_stepped_over() {
        let body = "“We have had better weeks than this one,” delegate Tom Webb, wearing a hat \
                    and “Vote Ruiz” pins, said matter-of-factly.";
        assert_eq!(speakers(body)[0], some("Tom Webb"));
    }

    #[test]
    fn a_quote_paragraph_continues_a_multi_sentence_quote() {
        let body = "“We met at the ceremony,” Ana Ruiz said. “She told me it was the storm. \
                    She knew it was not.”\n\n“… and they still go on saying I am the one who is wrong.”";
        assert_eq!(speakers(body), vec![some("Ana Ruiz"); 3]);
        // The second half of a sentence split by its cue is whole too.
        let body = "“We met at the ceremony,” Ana Ruiz said, “and she told me it was the storm. \
                    She knew it was not.”\n\n“They still go on saying I am the one who is wrong.”";
        assert_eq!(speakers(body), vec![some("Ana Ruiz"); 3]);
    }

    #[test]
    fn a_nickname_given_by_the_subject_is_their_words() {
        let body = "Tom Webb took swipes at Ana Ruiz, who he dubbed “the little mayor.”";
        assert_eq!(read(body)[0].0, QuoteKind::Speech);
        assert_eq!(mentions(body), vec![some("he")]);
        let body = "The 1,370 fundraisers, dubbed “Hillblazers” by the campaign, raised money.";
        assert_eq!(read(body)[0].0, QuoteKind::Term);
    }

    #[test]
    fn a_capitalised_modal_is_a_name_and_an_age_is_a_speaker() {
        assert_eq!(
            mentions("“We were both amazed,” May wrote on his website."),
            vec![some("May")]
        );
        assert_eq!(
            mentions("“You will remain a false tabloid,” the 23-year-old wrote."),
            vec![some("the 23-year-old")]
        );
        // A number is still no speaker.
        assert_eq!(speakers("“It went well,” 2024 said."), vec![None]);
    }

    #[test]
    fn a_denial_a_described_noun_and_an_adverb_are_read_as_such() {
        // "haven't said" reports no words: the quote stays with McCaul.
        let body = "“There is new evidence,” Mike McCaul said, though officials haven't said \
                    the inquiry is “reopening” at all.";
        assert_eq!(
            speakers(body),
            vec![some("Mike McCaul"), some("Mike McCaul")]
        );
        // "his anti-Muslim remarks" is a noun, not a cue.
        let body = "Ana Ruiz said his anti-Muslim remarks were “propaganda” for extremists.";
        assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
        // An adverb before the verb is no part of the speaker.
        let body = "Asked about the emails, the senator mockingly responded, “What, with a cloth?”";
        assert_eq!(mentions(body), vec![some("the senator")]);
    }

    #[test]
    fn a_second_verb_shares_its_sentences_subject() {
        let body = "Ana Ruiz took the microphone. She put on a Southern accent and joked, \
                    “I will make it easy for them.”";
        assert_eq!(mentions(body), vec![some("She")]);
        assert_eq!(speakers(body), vec![some("Ana Ruiz")]);
    }

    #[test]
    fn states_after_a_quantity_or_region_is_a_noun() {
        for body in [
            "Ana Ruiz won the key states of Ohio and Iowa by “a comfortable margin.”",
            "Ana Ruiz said the bill was “the best of both worlds,” giving states more power.",
            "China has provoked mixed feelings in many Asian states, and it has used \
             “velvet gloves” in its dealings, said Lena Ortiz, an expert.",
        ] {
            let cues: Vec<_> = {
                let src = format!("Headline\n\n{body}\n");
                let a = analyze(&src, Format::Plain, &Config::default());
                a.quotes
                    .iter()
                    .map(|q| q.cue.as_ref().map(|c| c.text.clone()))
                    .collect()
            };
            assert!(!cues.contains(&some("states")), "{body}: {cues:?}");
        }
        // The verb still cues: "the document states".
        assert_eq!(
            speakers("“Leave is available,” the document states."),
            vec![some("the document")]
        );
    }

    #[test]
    fn an_opening_noun_phrase_is_the_subject_before_a_later_name() {
        let body =
            "The city council has backed Ana Ruiz as the “only serious candidate” for the post.";
        assert_eq!(speakers(body), vec![some("The city council")]);
        // No verb in reach: the rule stays out of the way.
        let body = "The long-awaited report of the inquiry into the collapse cites Ana Ruiz’s \
                    “deep concerns” about the cost.";
        assert_ne!(speakers(body), vec![some("The long-awaited report")]);
    }

    #[test]
    fn a_pronoun_reported_by_an_outer_verb_gives_way_to_its_subject() {
        let body = "Ana Ruiz said she recalls the engineer being “confused” by the plans.";
        assert_eq!(mentions(body), vec![some("Ana Ruiz")]);
        let body = "Prosecutors say that he told one agent, “I would do it again.”";
        assert_eq!(mentions(body), vec![some("Prosecutors")]);
    }

    #[test]
    fn a_claim_that_holds_the_quote_is_its_owners() {
        let body = "Tom Webb spoke first. Few in town believe his claim that the bridge is “perfectly safe” today.";
        assert_eq!(mentions(body), vec![some("his")]);
        assert_eq!(speakers(body), vec![some("Tom Webb")]);
        assert_eq!(
            speakers("Webb's warning that the bridge was “a death trap” went unheeded."),
            vec![some("Webb")]
        );
        // A speech verb in the sentence wins over the noun.
        assert_eq!(
            speakers("Ana Ruiz said Webb's claim that the bridge is unsafe is “simply not true.”"),
            vec![some("Ana Ruiz")]
        );
    }

    #[test]
    fn titles_and_terms_are_not_speech() {
        let table = [
            (
                "She spoke on NBC’s “Meet the Press with Kristen Welker” on Sunday.",
                QuoteKind::Title,
            ),
            (
                "They watched the film “Oppenheimer” twice.",
                QuoteKind::Title,
            ),
            (
                "The so-called “peace dividend” never came.",
                QuoteKind::Term,
            ),
            (
                "He has been called “the Trump of the East” in the region.",
                QuoteKind::Term,
            ),
            ("She wrote the word “no” on the form.", QuoteKind::Term),
            // a title noun before lower-case words: somebody's verdict on it
            (
                "Pike called the new law “much, much better” than the old one.",
                QuoteKind::Speech,
            ),
            // title case, but a whole sentence of its own after a quote
            (
                "“It will be close,” Pike said. “That’s Ohio and Florida.”",
                QuoteKind::Speech,
            ),
        ];
        for (text, kind) in table {
            assert_eq!(read(text).last().unwrap().0, kind, "{text}");
        }
    }

    #[test]
    fn a_standalone_quote_has_no_speaker() {
        let r = read("The pool will close.\n\n“Where are the children supposed to swim now?”\n\nRepairs will cost $3 million.");
        assert_eq!(r, vec![(QuoteKind::Speech, None)]);
    }

    #[test]
    fn vague_sources_are_marked() {
        let src = "Headline\n\n“The deal is dead,” sources said.\n";
        let a = analyze(src, Format::Plain, &Config::default());
        assert!(a.quotes[0].speaker.as_ref().is_some_and(|s| s.vague));
        assert_eq!(a.findings[0].code, "vague-attribution");
    }

    #[test]
    fn config_adds_speech_verbs() {
        let src = "Headline\n\n“Nice try,” the clerk quipped.\n";
        let config = Config {
            speech_verbs: vec!["quipped".into()],
            ..Config::default()
        };
        let a = analyze(src, Format::Plain, &config);
        assert_eq!(
            a.quotes[0].speaker.as_ref().map(|s| s.name.as_str()),
            Some("the clerk")
        );
        // A two-word entry is a phrase cue.
        let src = "Headline\n\n“Nice try,” the clerk piped up.\n";
        let config = Config {
            speech_verbs: vec!["piped up".into()],
            ..Config::default()
        };
        let a = analyze(src, Format::Plain, &config);
        assert_eq!(
            a.quotes[0].cue.as_ref().map(|c| c.text.as_str()),
            Some("piped up")
        );
    }

    #[test]
    fn phrase_cues_attribute_like_verbs() {
        assert_eq!(
            speakers("“Jeb wants to be a tough guy tonight,” Ana Ruiz shot back."),
            vec![some("Ana Ruiz")]
        );
        assert_eq!(
            speakers("“Not a chance,” fired back Mayor Tom Webb."),
            vec![some("Tom Webb")]
        );
    }
}
