//! The speech-verb list: built-in words and two-word phrases, plus what
//! the config adds.

use rustc_hash::FxHashSet;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Speech verbs: the built-in list plus what the config adds. An entry of
/// two words ("shot back") is a phrase cue.
pub struct SpeechVerbs {
    built_in: &'static VerbList,
    extra: VerbList,
}

#[derive(Default)]
struct VerbList {
    /// Borrowed from the built-in list (lower case already), owned when a
    /// config entry had to be lower-cased.
    words: FxHashSet<Cow<'static, str>>,
    /// Two-word phrases as (first word, second word).
    phrases: Vec<(Cow<'static, str>, Cow<'static, str>)>,
}

impl VerbList {
    fn add(&mut self, entry: &str) {
        let entry = entry.to_lowercase();
        self.add_words(entry.split_whitespace().map(|w| Cow::Owned(w.to_string())));
    }

    /// A built-in entry: in lower-case ASCII (nearly all), its words are
    /// kept as they stand instead of lower-cased into copies.
    fn add_static(&mut self, entry: &'static str) {
        if entry
            .bytes()
            .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
        {
            self.add(entry);
        } else {
            self.add_words(entry.split_whitespace().map(Cow::Borrowed));
        }
    }

    fn add_words(&mut self, mut words: impl Iterator<Item = Cow<'static, str>>) {
        match (words.next(), words.next(), words.next()) {
            (Some(one), None, _) => {
                self.words.insert(one);
            }
            (Some(a), Some(b), None) => self.phrases.push((a, b)),
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
            let text = include_str!("../../../data/speech_verbs.txt");
            let mut list = VerbList {
                words: FxHashSet::with_capacity_and_hasher(
                    text.bytes().filter(|&b| b == b'\n').count(),
                    Default::default(),
                ),
                phrases: Vec::new(),
            };
            crate::data::list_lines(text).for_each(|l| list.add_static(l));
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
    pub(super) fn phrase(&self, a: &str, b: &str) -> bool {
        [self.built_in, &self.extra]
            .iter()
            .any(|l| l.phrases.iter().any(|(x, y)| x == a && y == b))
    }

    /// Cues are lower case in running text: "States" is not "states".
    pub(super) fn contains(&self, word: &str) -> bool {
        word.chars().next().is_some_and(char::is_lowercase)
            && (self.built_in.words.contains(word) || self.extra.words.contains(word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_list_names_each_cue_once() {
        let mut seen = FxHashSet::default();
        for line in include_str!("../../../data/speech_verbs.txt").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            assert!(seen.insert(line.to_lowercase()), "listed twice: {line}");
        }
    }

    /// A built-in entry kept as it stands reads as the same cue as one
    /// lower-cased into a copy, whatever its case.
    #[test]
    fn built_in_entries_read_as_lower_cased_copies() {
        let (mut borrowed, mut copied) = (VerbList::default(), VerbList::default());
        let entries = include_str!("../../../data/speech_verbs.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .chain(["Piped Up", "RÉPONDIT", "shot back", "a b c"]);
        for e in entries {
            borrowed.add_static(e);
            copied.add(e);
        }
        assert_eq!(borrowed.words, copied.words);
        assert_eq!(borrowed.phrases, copied.phrases);
        assert!(borrowed.words.contains("répondit") && borrowed.words.len() > 300);
    }

    #[test]
    fn config_entries_add_words_and_phrases() {
        let verbs = SpeechVerbs::new(&["harrumphed".to_string(), "Piped Up".to_string()]);
        assert!(verbs.contains("said") && verbs.contains("harrumphed"));
        assert!(verbs.phrase("piped", "up") && verbs.phrase("shot", "back"));
        assert!(!verbs.contains("Said"), "a capitalised word is not a cue");
    }
}
