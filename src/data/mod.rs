//! Reading the word lists in `data/`: one reader for every list's lines,
//! and the tables `build.rs` writes from the largest lists, so that they
//! cost nothing to load at run time.

mod hash;

use hash::table_hash;

/// A list's lines, trimmed; blank lines and `#` comments skipped. Read a
/// byte at a time: `lines` costs more per line than these short lines.
pub(crate) fn list_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || loop {
        if rest.is_empty() {
            return None;
        }
        let end = rest.bytes().position(|b| b == b'\n').unwrap_or(rest.len());
        let line = rest[..end].trim();
        rest = rest.get(end + 1..).unwrap_or("");
        if !line.is_empty() && !line.starts_with('#') {
            return Some(line);
        }
    })
}

/// A set of words written into the binary by `build.rs`: the keys, and
/// open-addressing slots holding a key's index plus one (0 for empty),
/// each key in the first free slot from its hash on.
pub(crate) struct StrTable {
    pub(crate) keys: &'static [&'static str],
    slots: &'static [u16],
}

impl StrTable {
    /// The index of `word` among the keys, if it is one.
    pub(crate) fn index(&self, word: &str) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut s = table_hash(word.as_bytes()) as usize & mask;
        loop {
            match self.slots[s] {
                0 => return None,
                k if self.keys[k as usize - 1] == word => return Some(k as usize - 1),
                _ => s = (s + 1) & mask,
            }
        }
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        self.index(word).is_some()
    }
}

// PLACES, GIVEN_NAMES, GENDERS with GENDER_FEMALE, NICKNAMES with
// NICKNAME_RUNS and NICKNAME_PARTNERS.
include!(concat!(env!("OUT_DIR"), "/tables.rs"));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::names::fold;
    use rustc_hash::{FxHashMap, FxHashSet};

    /// Each table holds exactly the list's words folded as the checker
    /// folds them at run time.
    #[test]
    fn the_tables_hold_each_list_folded() {
        for (table, text) in [
            (&PLACES, include_str!("../../data/places.txt")),
            (&GIVEN_NAMES, include_str!("../../data/given_names.txt")),
        ] {
            let want: FxHashSet<String> = list_lines(text).map(fold).collect();
            let got: FxHashSet<String> = table.keys.iter().map(|k| k.to_string()).collect();
            assert_eq!(got, want);
            assert!(want.iter().all(|w| table.contains(w)));
            assert!(!table.contains("") && !table.contains("zzqx"));
        }
        let mut want: FxHashMap<String, bool> = FxHashMap::default();
        for l in list_lines(include_str!("../../data/given_name_genders.txt")) {
            match l.split_once(' ') {
                Some(("F", name)) => want.insert(fold(name), true),
                Some(("M", name)) => want.insert(fold(name), false),
                _ => None,
            };
        }
        assert_eq!(GENDERS.keys.len(), want.len());
        for (name, female) in &want {
            let i = GENDERS.index(name).expect(name);
            assert_eq!(GENDER_FEMALE[i], *female, "{name}");
        }
    }

    #[test]
    fn list_lines_skips_comments_and_blank_lines() {
        let text = "# a comment\n\n  one \r\ntwo\n#three\n  \nfour";
        assert_eq!(list_lines(text).collect::<Vec<_>>(), ["one", "two", "four"]);
    }
}
