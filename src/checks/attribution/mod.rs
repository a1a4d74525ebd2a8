//! Who said it: speech cues, speakers, and the ways attribution carries
//! from one sentence or paragraph to the next; and what a quote is (speech,
//! title or term).

use std::ops::Range;

mod carry;
mod cues;
mod kinds;
mod lexicon;
mod speakers;
mod verbs;

use super::names::{
    is_given_name, is_title_word, strip_possessive, Gender, Mention, NameKind, Names,
};
use super::quotes::{Cue, Quote, QuoteKind, Speaker};
use crate::document::Document;

use carry::*;
use cues::*;
use kinds::*;
use lexicon::*;
use speakers::*;
pub use verbs::SpeechVerbs;

/// A word in -s long enough to be a plural or a verb's -s form, not one
/// in -ss: "protesters", "says", not "press".
fn s_plural_shaped(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// "they", "we", with or without a capital.
fn is_plural_pronoun(w: &str) -> bool {
    matches!(w, "they" | "we" | "They" | "We")
}

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

/// A count: "200", "1,500", "thirty", "dozens".
fn is_count(w: &str) -> bool {
    (w.starts_with(|c: char| c.is_ascii_digit())
        && w.chars().all(|c| c.is_ascii_digit() || c == ','))
        || is_number_word(&w.to_lowercase())
}

/// A possessive pronoun that stands for a person or people: "her answer",
/// "in his words".
fn is_possessive_pronoun(w: &str) -> bool {
    matches!(w, "his" | "her" | "their" | "His" | "Her" | "Their")
}

/// Who owns a remark, from the word before it: "Lee's" gives "Lee"
/// (length 3), "her" gives "her" itself. Returns the owner's length in
/// the word and whether it is a pronoun.
fn possessive_owner(w: &str) -> Option<(usize, bool)> {
    if is_possessive_pronoun(w) {
        return Some((w.len(), true));
    }
    let (stem, possessive) = strip_possessive(w);
    (possessive && !stem.is_empty()).then_some((stem.len(), false))
}

/// A pronoun that can only be a subject: "he", not "him".
fn is_nominative(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "we" | "I")
}

/// The cue made of words `i..i + len`.
fn cue_at(doc: &Document, i: usize, len: usize) -> Cue {
    let range = doc.words[i].range.start..doc.words[i + len - 1].range.end;
    Cue {
        text: doc.text(range.clone()).to_string(),
        range,
    }
}

/// The colon (or comma) that ends the prose before offset `before`
/// (`Lavrov said:`), as a cue.
fn colon_cue(doc: &Document, before: usize) -> Cue {
    let lead = doc.prose[..before].trim_end();
    let mark = lead.chars().next_back().map_or(0, char::len_utf8);
    let range = lead.len() - mark..lead.len();
    Cue {
        text: doc.prose[range.clone()].to_string(),
        range,
    }
}

struct Ctx<'a> {
    doc: &'a Document<'a>,
    names: &'a Names,
    verbs: &'a SpeechVerbs,
    /// Whether each word lies inside a quote (marks included).
    quoted: Vec<bool>,
    /// Each name mention's clause-subject rank (`speakers::subject_ranks`),
    /// worked out once, when a pronoun first needs it.
    subject_ranks: std::cell::OnceCell<Vec<Option<u8>>>,
    /// The people of the names model by surname key, in order, for the
    /// namesakes a pronoun may stand for; built when a pronoun first needs it.
    by_surname: std::cell::OnceCell<rustc_hash::FxHashMap<&'a str, Vec<usize>>>,
}

impl Ctx<'_> {
    fn w(&self, i: usize) -> &str {
        self.doc.word_text(i)
    }

    fn is_word(&self, i: usize) -> bool {
        self.doc.words[i].is_word
    }

    /// Whether word `i` can be a finite verb after its subject: an
    /// auxiliary, a past tense, or a speech cue.
    fn verb_like(&self, i: usize) -> bool {
        let t = self.w(i);
        AUXILIARIES.contains(&t)
            || IRREGULAR_PAST.contains(&t)
            || (t.len() > 4 && t.ends_with("ed"))
            || self.cue_len(i).is_some()
    }

    /// Whether "states" at word `i` is the noun: before an auxiliary
    /// ("states have different rules"), or after a number, a quantity or
    /// region word, a participle ("giving states"), or a capitalised word
    /// that is not a person or organisation ("Asian states").
    fn states_is_noun(&self, i: usize) -> bool {
        let before_verb = self.doc.words.get(i + 1).is_some()
            && matches!(
                self.w(i + 1),
                "have"
                    | "are"
                    | "were"
                    | "can"
                    | "could"
                    | "will"
                    | "would"
                    | "must"
                    | "should"
                    | "may"
            );
        if before_verb {
            return true;
        }
        if i == 0 || !self.is_word(i - 1) {
            return false;
        }
        let prev = i - 1;
        let p = self.w(prev);
        if STATES_NOUN_BEFORE.contains(&p.to_lowercase().as_str())
            || is_count(p)
            || (p.ends_with("ing") && p.chars().next().is_some_and(char::is_lowercase))
        {
            return true;
        }
        // "many Central Asian states": a nationality before it.
        is_cap(p)
            && (!self.agent_at(self.doc.words[prev].range.start) || super::names::demonym_shaped(p))
    }

    /// Whether a person's or organisation's name covers prose offset `at`.
    fn agent_at(&self, at: usize) -> bool {
        self.names
            .mention_at(at)
            .is_some_and(|m| self.names.mentions[m].is_agent())
    }

    /// The first mention that ends after word `k` begins: the one covering
    /// the word, or the next one after it.
    fn next_mention(&self, k: usize) -> Option<&Mention> {
        let at = self.doc.words.get(k)?.range.start;
        let i = self.names.mentions.partition_point(|m| m.range.end <= at);
        self.names.mentions.get(i)
    }

    /// The mention that begins at word `k`, with its title if it has one:
    /// "Mr" in "says Mr Donofrio".
    fn mention_from(&self, k: usize) -> Option<&Mention> {
        let at = self.doc.words.get(k)?.range.start;
        self.next_mention(k)
            .filter(|m| m.range.start == at || m.title.as_ref().is_some_and(|t| t.start == at))
    }

    /// The first word of a mention, its title included: "Attorney" in
    /// "Attorney General Dana Pell".
    fn first_word_of(&self, mention: &Mention) -> usize {
        self.doc.word_at_or_after(
            mention
                .title
                .as_ref()
                .map_or(mention.range.start, |t| t.start),
        )
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
        if lw == "per" && self.cites_per(i) {
            return Some(1);
        }
        if i + 1 < self.doc.words.len()
            && self.is_word(i + 1)
            && !self.quoted[i + 1]
            && self.verbs.phrase(w, self.w(i + 1))
        {
            return Some(2);
        }
        if let Some(len) = self.issues_statement(i) {
            return Some(len);
        }
        if self.went_on(i) {
            return Some(2);
        }
        if self.began_speaking(i) {
            return Some(1);
        }
        // "Calling her rival “the worst mayor in memory,” Ruiz walked out":
        // a participle of saying opening the sentence.
        if w.len() > 4
            && w.ends_with("ing")
            && is_cap(w)
            && self.verbs.contains(&lw)
            && self.doc.opens_sentence(self.doc.words[i].range.start)
        {
            return Some(1);
        }
        if self.plural_states(i) {
            return Some(1);
        }
        if w == "states" && self.states_is_noun(i) {
            return None;
        }
        if self.base_form_after_modal(i) || self.plural_call(i) {
            return Some(1);
        }
        // "for Lee to call it “…”": the plain form after "to", when the
        // infinitive has a subject of its own.
        if (w == "call" || w == "say" || BASE_FORMS.contains(&w))
            && i > 0
            && self.w(i - 1) == "to"
            && infinitive_subject(self, i, 0).is_some()
        {
            return Some(1);
        }
        if self.verbs.contains(w) {
            // "the movement continues to grow": a verb before "to" is not
            // the one reporting words ("continued to say" reports by "say").
            if matches!(w, "continue" | "continues" | "continued")
                && self.doc.words.get(i + 1).is_some()
                && self.w(i + 1) == "to"
            {
                return None;
            }
            // "a super PAC called Future 45 ran ads", "a group named Safe
            // Streets said": a name given to a thing, not somebody calling.
            if matches!(w, "called" | "named")
                && i > 0
                && self.doc.words.get(i + 1).is_some()
                && !self.quoted[i + 1]
                && is_cap(self.w(i + 1))
                && (names_a_thing(self, i - 1) || self.indefinite_acronym_before(i))
            {
                return None;
            }
            // "pleaded guilty", "pleads not guilty": a plea in court, not words.
            if w.starts_with("plead") {
                let next = |d: usize| self.doc.words.get(i + d).map(|_| self.w(i + d));
                if matches!(next(1), Some("guilty" | "innocent"))
                    || (matches!(next(1), Some("not" | "no"))
                        && matches!(next(2), Some("guilty" | "contest")))
                {
                    return None;
                }
            }
            // "agreed to a pause", "agrees to talks": consent to something,
            // not words ("agreed that …", "agreed: “…”" report words).
            if w.starts_with("agree")
                && self.doc.words.get(i + 1).is_some()
                && self.w(i + 1) == "to"
            {
                return None;
            }
            // "the rights were snapped up", "fans snap up tickets": buying,
            // not a sharp remark.
            if matches!(w, "snapped" | "snaps" | "snap")
                && self.doc.words.get(i + 1).is_some()
                && self.w(i + 1) == "up"
            {
                return None;
            }
            // "remembered Otto Brand", "Ruiz remembered: “…”": reporting
            // words only right after the quote or before its colon;
            // "remembers being taken aback" recalls an event.
            if matches!(w, "remembered" | "remembers") {
                let after_quote = i > 0 && !self.is_word(i - 1);
                let introduces = self
                    .doc
                    .words
                    .get(i + 1)
                    .is_some_and(|_| matches!(self.w(i + 1), ":" | ","));
                if !after_quote && !introduces {
                    return None;
                }
            }
            // "As Webb spoke, the union …", "an official who spoke
            // anonymously … said": "spoke" at the end of a clause, or in a
            // relative clause, tells when or who, not what was said.
            if w == "spoke" {
                let next_is_word = self.doc.words.get(i + 1).is_some() && self.is_word(i + 1);
                let relative = i > 0 && matches!(self.w(i - 1), "who" | "that" | "which");
                if !next_is_word || relative {
                    return None;
                }
            }
            // After an article, a possessive or a preposition the word is a
            // noun or an adjective: "his remarks", "in swing states", "the
            // charged term", "Trump's claims".
            if i > 0 && self.is_word(i - 1) {
                let prev = self.w(i - 1);
                // "to say", "to call" are infinitives; "to claims" is not.
                let infinitive =
                    prev == "to" && !w.ends_with('s') && !w.ends_with("ed") && !w.ends_with("ing");
                // "his anti-cyclist remarks", "Webb's recorded remarks":
                // an article or possessive before a describing word.
                let described = w.ends_with('s')
                    && i > 1
                    && self.is_word(i - 2)
                    && (prev.contains('-') || (prev.len() > 4 && prev.ends_with("ed")))
                    && (NOUN_MARKERS
                        .iter()
                        .any(|m| m.eq_ignore_ascii_case(self.w(i - 2)))
                        // "a flurry of late-night tweets": a preposition
                        // before the describing word.
                        || PREPOSITIONS.contains(&self.w(i - 2))
                        || strip_possessive(self.w(i - 2)).1);
                // "did not say", "haven't said": a denial reports no words.
                let negated = matches!(prev, "not" | "never")
                    || prev.ends_with("n't")
                    || prev.ends_with("n’t");
                // "a short note", "her brief reply": the plain form after
                // an article and a describing word is a noun ("the
                // officials note" keeps its plural subject).
                let plain_noun = BASE_FORMS.contains(&w)
                    && i > 1
                    && self.is_word(i - 2)
                    && prev.chars().all(|c| c.is_lowercase() || c == '-')
                    && !prev.ends_with('s')
                    && matches!(
                        self.w(i - 2),
                        "a" | "an"
                            | "A"
                            | "An"
                            | "his"
                            | "her"
                            | "its"
                            | "their"
                            | "His"
                            | "Her"
                            | "Its"
                            | "Their"
                    );
                if NOUN_MARKERS.iter().any(|m| m.eq_ignore_ascii_case(prev))
                    || plain_noun
                    || (PREPOSITIONS.contains(&prev) && !infinitive)
                    || strip_possessive(prev).1
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

impl Ctx<'_> {
    /// "“…,” per the party’s bylaws", "Per a spokesman, the talks …": "per"
    /// citing a source, like "according to". Only set off from what comes
    /// before it (after a comma, a dash, a closing quote, or opening its
    /// sentence) and before a determiner, a possessive or a name: "$40 per
    /// person", "per cent" and "per capita" are rates.
    fn cites_per(&self, i: usize) -> bool {
        let Some(next) = self.doc.words.get(i + 1) else {
            return false;
        };
        if !next.is_word || self.quoted[i + 1] {
            return false;
        }
        let n = self.w(i + 1);
        let source = matches!(
            n,
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "this"
                | "that"
                | "these"
                | "those"
        ) || strip_possessive(n).1
            || (is_cap(n)
                && self
                    .names
                    .mention_at(next.range.start)
                    .is_some_and(|m| self.names.mentions[m].kind != NameKind::Place));
        let set_off = self.doc.opens_sentence(self.doc.words[i].range.start)
            || (i > 0 && (!self.is_word(i - 1) || self.quoted[i - 1]));
        // "Ruiz said, per a translator, that …": how the words came, not
        // whose they are.
        let after_saying = i > 1 && self.w(i - 1) == "," && self.cue_len(i - 2).is_some();
        source && set_off && !after_saying
    }

    /// "A newly formed residents' group called …": an indefinite phrase whose head
    /// is an acronym, with plain words between the article and it.
    fn indefinite_acronym_before(&self, i: usize) -> bool {
        let head = self.w(i - 1);
        let acronym = head.len() > 1 && head.chars().all(|c| c.is_ascii_uppercase());
        acronym
            && (i.saturating_sub(5)..i - 1)
                .rev()
                .take_while(|&j| self.is_word(j) && !self.quoted[j])
                .take_while(|&j| {
                    let t = self.w(j);
                    matches!(t, "a" | "an" | "A" | "An")
                        || t.chars().all(|c| c.is_lowercase() || c == '-')
                })
                .any(|j| matches!(self.w(j), "a" | "an" | "A" | "An"))
    }

    /// "a spokesman could only quip: “…”", "she would later argue that …":
    /// the plain form of a verb of saying after a modal, an adverb allowed
    /// between. Only there: alone, "quip", "vow" and "claim" are nouns.
    fn base_form_after_modal(&self, i: usize) -> bool {
        if !BASE_FORMS.contains(&self.w(i)) {
            return false;
        }
        let mut k = i;
        if k > 0
            && matches!(
                self.w(k - 1),
                "only" | "later" | "then" | "also" | "simply" | "just"
            )
        {
            k -= 1;
        }
        k > 0
            && self.is_word(k - 1)
            && !self.quoted[k - 1]
            && matches!(
                self.w(k - 1),
                "could" | "would" | "will" | "can" | "may" | "might" | "should" | "must" | "did"
            )
    }

    /// "the Danes state in the briefing", "they state that …": "state"
    /// is a speech verb only after a plural subject (a nominative pronoun
    /// or a capitalised plural) and before a preposition, "that" or
    /// punctuation. Everywhere else it is the noun or the adjective ("the
    /// state", "state inspectors found").
    fn plural_states(&self, i: usize) -> bool {
        if self.w(i) != "state" || i == 0 || self.quoted[i - 1] || !self.is_word(i - 1) {
            return false;
        }
        let prev = self.w(i - 1);
        let plural_subject =
            is_plural_pronoun(prev) || (is_cap(prev) && self.plural_noun_at(i - 1));
        let next_ok = self.doc.words.get(i + 1).is_none_or(|_| {
            !self.is_word(i + 1) || matches!(self.w(i + 1), "in" | "that" | "on" | "at")
        });
        plural_subject && next_ok
    }

    /// Whether word `k` is a plural noun that can be a verb's subject: in
    /// -s, no possessive, and not the object of a preposition ("in swing
    /// states").
    fn plural_noun_at(&self, k: usize) -> bool {
        let w = self.w(k);
        s_plural_shaped(w)
            && !strip_possessive(w).1
            && k > 0
            && !PREPOSITIONS.contains(&self.w(k - 1))
    }

    /// "what prosecutors call “insider frauds”", "They call it “…”": the
    /// plain "call" after a plural subject, right before the quote (an
    /// article or "it" allowed between), names their term. Elsewhere
    /// "call" is mostly the noun ("a call for …").
    fn plural_call(&self, i: usize) -> bool {
        if self.w(i) != "call" || i == 0 || self.quoted[i - 1] || !self.is_word(i - 1) {
            return false;
        }
        let prev = self.w(i - 1);
        // "the members who call the plan a “…”": a relative for people.
        let plural_subject = is_plural_pronoun(prev)
            || matches!(prev, "some" | "many")
            || (prev.chars().all(|c| c.is_lowercase()) && self.plural_noun_at(i - 1))
            || (prev == "who"
                && i > 2
                && (self.plural_noun_at(i - 2)
                    || (self.w(i - 2) == "," && self.plural_noun_at(i - 3))));
        let mut k = i + 1;
        while k < self.doc.words.len()
            && !self.quoted[k]
            && matches!(self.w(k), "it" | "them" | "this" | "a" | "an" | "the")
            && k < i + 3
        {
            k += 1;
        }
        // "who call the plan a “…”": an object of a few plain words, then
        // "a" or "the" before the quote.
        if plural_subject && k < self.doc.words.len() && !self.quoted[k] {
            let object = (k..(k + 4).min(self.doc.words.len()))
                .take_while(|&j| {
                    self.is_word(j) && !self.quoted[j] && self.w(j).chars().all(char::is_lowercase)
                })
                .find(|&j| {
                    j > k
                        && matches!(self.w(j), "a" | "an" | "the")
                        && self.doc.words.get(j + 1).is_some()
                        && self.quoted[j + 1]
                });
            if let Some(j) = object {
                k = j + 1;
            }
        }
        plural_subject && k < self.doc.words.len() && self.quoted[k]
    }

    /// "“…,” she went on.", "Ruiz went on: “…”", "he goes on, “…”": taking
    /// up the words again. Only right after a quote and its speaker, or
    /// before a colon or a comma: "the strike went on for weeks" and "she
    /// went on to win" say nothing.
    fn went_on(&self, i: usize) -> bool {
        let words = &self.doc.words;
        if !matches!(self.w(i), "went" | "goes" | "go")
            || i + 1 >= words.len()
            || self.w(i + 1) != "on"
        {
            return false;
        }
        let introduces = words
            .get(i + 2)
            .is_none_or(|_| matches!(self.w(i + 2), ":" | "," | "."));
        // the speaker (one to four words) right after a closing quote
        let after_quote = (i.saturating_sub(5)..i).any(|k| {
            self.quoted[k]
                && !self.quoted[k + 1]
                && (k + 1..i).all(|j| self.is_word(j) || self.w(j) == ",")
                && ((k + 1..i).any(|j| self.is_word(j)))
        });
        introduces && (after_quote || matches!(self.w(i + 2), ":" | ","))
    }

    /// "“…,” Hannity started.", "“…,” she began, “and …”": a verb of
    /// starting right after a closing quote and its speaker, ending the
    /// clause, starts the words in marks. ("Grell began: “…”" is a colon
    /// introduction already; "began the meeting" starts something else.)
    fn began_speaking(&self, i: usize) -> bool {
        if !matches!(self.w(i), "started" | "began" | "starts" | "begins") {
            return false;
        }
        let words = &self.doc.words;
        let ends_clause = words
            .get(i + 1)
            .is_none_or(|_| matches!(self.w(i + 1), "." | ","));
        // the speaker (one to four words) right after a closing quote
        // that ends with a comma inside or outside the marks
        let after_quote = (i.saturating_sub(5)..i).any(|k| {
            self.quoted[k]
                && !self.quoted[k + 1]
                && (k + 1..i).all(|j| self.is_word(j) || self.w(j) == ",")
                && (k + 1..i).any(|j| self.is_word(j))
                && (self.doc.prose[..words[k + 1].range.start]
                    .trim_end_matches(|c: char| c.is_whitespace() || "\"”’'".contains(c))
                    .ends_with(',')
                    || self.w(k + 1) == ",")
        });
        ends_clause && after_quote
    }

    /// "issued a statement", "released a letter", "sent an email": a verb
    /// of putting words out and what carried them, as one cue; returns how
    /// many words it spans.
    fn issues_statement(&self, i: usize) -> Option<usize> {
        if !ISSUING_VERBS.contains(&self.w(i)) {
            return None;
        }
        let mut k = i + 1;
        if k < self.doc.words.len()
            && matches!(
                self.w(k),
                "a" | "an" | "the" | "this" | "its" | "his" | "her" | "their"
            )
        {
            k += 1;
        }
        // "issued a brief statement", "released a joint letter"
        if k + 1 < self.doc.words.len()
            && self.is_word(k)
            && !SPEECH_NOUNS.contains(&self.w(k))
            && self.w(k).chars().all(char::is_lowercase)
            && (self.w(k).ends_with("ly")
                || [
                    "brief", "joint", "short", "written", "new", "lengthy", "formal", "public",
                    "separate",
                ]
                .contains(&self.w(k)))
        {
            k += 1;
        }
        (k < self.doc.words.len() && !self.quoted[k] && STATEMENT_NOUNS.contains(&self.w(k)))
            .then_some(k + 1 - i)
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
        subject_ranks: std::cell::OnceCell::new(),
        by_surname: std::cell::OnceCell::new(),
    };
    // Titles and terms named by the words before them need no speaker.
    let mut marked = vec![false; quotes.len()];
    // Chants and lines: the sentence subject's words, whatever their case.
    let mut chanted = vec![false; quotes.len()];
    // Whose speaker made a speech act that can carry on to the next quote
    // (see `carry::speaks_on`).
    let mut spoken = vec![false; quotes.len()];
    // 1. Cues in the quote's own sentences.
    for (qi, q) in quotes.iter_mut().enumerate() {
        if dated(doc, q) {
            marked[qi] = true;
            q.kind = QuoteKind::Title;
            q.reason = "a title (cited with its year)".into();
            continue;
        }
        if cited(doc, q) {
            marked[qi] = true;
            q.kind = QuoteKind::Title;
            q.reason = "a title (cited in parentheses with its source)".into();
            continue;
        }
        if let Some(kind) = marked_kind(&ctx, q) {
            marked[qi] = true;
            q.kind = kind;
            q.reason = match kind {
                QuoteKind::Title => "a title (named by the words before it)".into(),
                _ => "a term, not someone's words (named by the words before it)".into(),
            };
            continue;
        }
        if let Some((speaker, cue)) = source_in_brackets(&ctx, q) {
            spoken[qi] = false;
            q.speaker = Some(speaker);
            q.cue = Some(cue);
            q.reason = "credited to the source in brackets after it".into();
            continue;
        }
        let chant = subject_words_before(&ctx, q);
        let found = possessive(&ctx, q)
            .or_else(|| possessive_clause(&ctx, q))
            .or_else(|| possessive_label(&ctx, q));
        let in_own = if found.is_none() {
            in_sentence(&ctx, q)
        } else {
            None
        };
        // "… when Ruiz mentioned the mayor, and the crowd reprised the chant
        // “Out, out, out!”": a chant's own clause names who chanted, before
        // a cue in another clause.
        let in_own = match (chant, in_own) {
            (Some(noun), Some((speaker, cue))) if !cue.text.is_empty() => {
                match chanters_before(&ctx, noun).filter(|c| c.mention.start > cue.range.end) {
                    Some(chanters) => Some((chanters, cue_at(doc, noun, 1))),
                    None => Some((speaker, cue)),
                }
            }
            (_, own) => own,
        };
        let cued = found.is_some() || in_own.as_ref().is_some_and(|(_, c)| !c.text.is_empty());
        if chant.is_none() && !cued && labels_the_noun_after(&ctx, q) {
            marked[qi] = true;
            // "a “Keep the Pier Open” hat" names a slogan.
            q.kind = if looks_like_title(doc, q) {
                QuoteKind::Title
            } else {
                QuoteKind::Term
            };
            q.reason = "a label on the noun after it, with no speech cue in its sentence".into();
            continue;
        }
        if found.is_none() && in_own.is_none() && chant.is_none() {
            if let Some(poll) = poll_answer(&ctx, q, None) {
                q.reason = format!(
                    "the wording of a poll's answer, credited to {} named with the share of respondents who chose it",
                    poll.name
                );
                q.speaker = Some(poll);
                continue;
            }
        }
        if let Some((speaker, cue)) = found {
            spoken[qi] = speaks_on(&ctx, &speaker, Some(&cue));
            q.speaker = Some(speaker);
            q.cue = Some(cue);
            q.reason = "a possessive before the quote".into();
        } else if let Some((speaker, cue)) =
            in_own.filter(|(_, c)| !c.text.is_empty() || chant.is_none())
        {
            if let Some(poll) = poll_answer(&ctx, q, Some(&speaker)) {
                // A poll's wording carries on to no one's next words.
                spoken[qi] = false;
                q.reason = format!(
                    "the wording of a poll's answer, credited to {} named with the share of respondents who chose it",
                    poll.name
                );
                q.speaker = Some(poll);
                q.cue = Some(cue).filter(|c| !c.text.is_empty());
                continue;
            }
            spoken[qi] = speaks_on(&ctx, &speaker, Some(&cue));
            q.speaker = Some(speaker);
            q.reason = match cue.text.as_str() {
                "" => "the subject of its sentence".into(),
                ":" => "introduced with a colon by the subject of its sentence".into(),
                "," => "introduced with a comma by the subject of its sentence".into(),
                "—" | "–" => "set off by dashes in a clause about its speaker".into(),
                _ => "a speech cue in the same sentence".into(),
            };
            q.cue = Some(cue).filter(|c| !c.text.is_empty());
            chanted[qi] = chant.is_some();
        } else if let Some(noun) = chant {
            chanted[qi] = true;
            match chant_leader(&ctx, q, noun) {
                Some(speaker) => {
                    q.speaker = Some(speaker);
                    q.cue = Some(cue_at(doc, noun, 1));
                    q.reason = if ctx.w(noun) == "line" {
                        "a line the subject of its sentence wrote or sent".into()
                    } else {
                        "a chant led by the subject of its sentence".into()
                    };
                }
                None => {
                    marked[qi] = true;
                    q.kind = QuoteKind::Term;
                    q.reason = "a chant or a line that no one in its sentence gives".into();
                }
            }
        }
    }
    // 2. Titles before anything carries: a quote read as a title is no
    // one's words, so it neither takes a speaker from the quote before nor
    // hands its own on.
    for (qi, q) in quotes.iter_mut().enumerate() {
        if marked[qi] || chanted[qi] || !is_title(&ctx, q) {
            continue;
        }
        marked[qi] = true;
        spoken[qi] = false;
        q.kind = QuoteKind::Title;
        q.speaker = None;
        q.cue = None;
        q.reason = "a title (written in title case)".into();
    }
    // 3. Carry-over: colon introductions, the same paragraph, the paragraph
    // before. Only whole sentences carry: a fragment is somebody's words only
    // when its own sentence says whose.
    for qi in 0..quotes.len() {
        if quotes[qi].speaker.is_some() || marked[qi] {
            continue;
        }
        if !sentence_like(doc, &quotes[qi]) {
            if let Some(speaker) = fragment_after_quote(&ctx, quotes, &spoken, qi) {
                quotes[qi].reason = carry::went_on(
                    "goes on with the words of",
                    &speaker,
                    None,
                    "quoted in the sentence before",
                );
                quotes[qi].speaker = Some(speaker);
                spoken[qi] = true;
            }
            continue;
        }
        let carried = carried(&ctx, quotes, &spoken, qi);
        // "… we are running the fund with the Clinton campaign exactly as we
        // should.”": words that name someone in the third person by their
        // full name are not that someone's own.
        let (carried, named) = match carried {
            Some((speaker, _, _)) if names_in_words(doc, &quotes[qi], &speaker) => {
                (None, Some(speaker.name))
            }
            other => (other, None),
        };
        if let Some(name) = named {
            quotes[qi].reason = format!(
                "no speech cue (said, told, according to …) in its sentence, and the words name {name}, the speaker before them, as someone else would"
            );
        } else if let Some((speaker, cue, why)) = carried {
            spoken[qi] = cue.is_none() || speaks_on(&ctx, &speaker, cue.as_ref());
            quotes[qi].speaker = Some(speaker);
            quotes[qi].cue = cue;
            quotes[qi].reason = why;
        } else if let Some(name) = turn_ended(doc, quotes, qi) {
            quotes[qi].reason = format!(
                "no speech cue (said, told, according to …) in its sentence, and the reporter's own sentences since the words of {name} earlier in the paragraph end their turn"
            );
        }
    }
    // 4. Kind of the rest.
    for (qi, q) in quotes.iter_mut().enumerate() {
        if marked[qi] {
            continue;
        }
        q.kind = if q.speaker.is_some() || sentence_like(doc, q) {
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
                QuoteKind::Speech => "no speech cue (said, told, according to …) in its sentence, no colon introduction, and no speaker in the same or the previous paragraph whose words it goes on with".into(),
                QuoteKind::Title => "a title (written in title case)".into(),
                QuoteKind::Term => "a term or scare quote: a fragment with no speech cue".into(),
            };
        }
    }
}

/// Whether quote `q` names speaker `s` by a name of two words or more
/// ("Paul Trotter", "the Webb campaign"), as one names somebody else.
/// Only a speaker named where the words carry from, not a pronoun standing for them: "he said. “… Gordon Brown has …”" is
/// his, whoever "he" is.
fn names_in_words(doc: &Document, q: &Quote, s: &Speaker) -> bool {
    if is_pronoun(doc.text(s.mention.clone())) {
        return false;
    }
    let name = s.name.strip_prefix("The ").unwrap_or(&s.name);
    let name = name.strip_prefix("the ").unwrap_or(name);
    if name.split_whitespace().count() < 2 || !name.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let text = q.text(doc);
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The speaker of the last quote before quote `qi` in its paragraph, when
/// the quote took no speaker from it: the reporter's own sentences came
/// between.
fn turn_ended(doc: &Document, quotes: &[Quote], qi: usize) -> Option<String> {
    let pi = doc.paragraph_at(quotes[qi].range.start)?;
    let before = quotes[..qi]
        .iter()
        .rev()
        .take_while(|o| doc.paragraph_at(o.range.start) == Some(pi))
        .find(|o| o.kind == QuoteKind::Speech && o.speaker.is_some())?;
    before.speaker.as_ref().map(|s| s.name.clone())
}

/// Whether a quote reads as a title: title case where a title goes, with
/// no cue against it, not a sentence of its own, and no nickname someone
/// gave; or one capitalised word where a programme goes.
fn is_title(ctx: &Ctx, q: &Quote) -> bool {
    let doc = ctx.doc;
    looks_like_title(doc, q)
        && (!cue_attached(doc, q) || in_title_position(ctx, q))
        && !stands_alone(doc, q)
        && !(q.speaker.is_some() && nickname_given(ctx, q))
        || one_word_title(ctx, q)
}

/// Sentence indices the quote overlaps.
fn sentence_window(doc: &Document, q: &Quote) -> Range<usize> {
    let first = doc.sentence_at(q.range.start).unwrap_or(0);
    let last = doc
        .sentence_at(q.range.end.saturating_sub(1))
        .unwrap_or(first);
    first..last + 1
}

/// The words of the quote's sentences within [`REACH`] of words `first` and
/// `last`: a run-on "sentence" of a megabyte must not make every quote read
/// it all.
fn near_words(doc: &Document, q: &Quote, first: usize, last: usize) -> Range<usize> {
    let words = word_window(doc, sentence_window(doc, q));
    words.start.max(first.saturating_sub(REACH))..words.end.min(last + REACH)
}

fn word_window(doc: &Document, sentences: Range<usize>) -> Range<usize> {
    let start = doc.sentences[sentences.start].start;
    let end = doc.sentences[sentences.end - 1].end;
    doc.word_at_or_after(start)..doc.word_at_or_after(end)
}

#[cfg(test)]
mod tests;

/// What the attribution tests of every module read.
#[cfg(test)]
mod test_support {
    use crate::{analyze, Config, Format};

    /// The speaker's name of every quote in a plain-text draft.
    pub fn speakers(body: &str) -> Vec<Option<String>> {
        let src = format!("Headline\n\n{body}\n");
        let a = analyze(&src, Format::Plain, &Config::default());
        a.quotes
            .iter()
            .map(|q| q.speaker.as_ref().map(|s| s.name.clone()))
            .collect()
    }

    pub fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }
}
