//! Writes the word tables the names check looks words up in (places,
//! given names, the names that show a gender, the nickname and variant
//! list) as static data, so that no run of the checker spends time
//! reading and hashing the lists: each is a table of the list's words in
//! their folded form (lower-case ASCII), placed by `src/data/hash.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

include!("src/data/hash.rs");

/// A list's lines, trimmed; blank lines and `#` comments skipped (as
/// `data::list_lines` reads them at run time).
fn list_lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A listed word in the form the checker folds words to. The lists are
/// plain ASCII, whose folded form is its lower case; a word in another
/// script would need the checker's transliteration, so it stops the build.
fn folded(file: &str, word: &str) -> String {
    assert!(
        word.is_ascii(),
        "{file}: \"{word}\" is not plain ASCII; write it as the checker folds it \
         (\"Zoë\" as \"Zoe\", \"Łódź\" as \"Lodz\"), which finds the same words"
    );
    word.to_ascii_lowercase()
}

/// Open-addressing slots for `keys`: each slot is 0 (empty) or a key's
/// index plus one, a key in the first free slot from its hash on.
fn slots(keys: &[String]) -> Vec<u16> {
    let cap = (keys.len() * 2).next_power_of_two().max(2);
    assert!(keys.len() < u16::MAX as usize);
    let mut slots = vec![0u16; cap];
    for (i, k) in keys.iter().enumerate() {
        let mut s = table_hash(k.as_bytes()) as usize & (cap - 1);
        while slots[s] != 0 {
            s = (s + 1) & (cap - 1);
        }
        slots[s] = i as u16 + 1;
    }
    slots
}

fn write_table(out: &mut String, name: &str, keys: &[String], values: Option<&str>) {
    let slots = slots(keys);
    let _ = write!(
        out,
        "pub(crate) static {name}: StrTable = StrTable {{ keys: &["
    );
    for k in keys {
        let _ = write!(out, "{k:?},");
    }
    out.push_str("], slots: &[");
    for s in &slots {
        let _ = write!(out, "{s},");
    }
    out.push_str("] };\n");
    if let Some(values) = values {
        out.push_str(values);
    }
}

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A set of a list's folded words, in the order first read.
fn word_set(file: &str) -> Vec<String> {
    let text = read(file);
    let mut seen = BTreeSet::new();
    list_lines(&text)
        .map(|l| folded(file, l))
        .filter(|w| seen.insert(w.clone()))
        .collect()
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/data/hash.rs");
    let mut out = String::new();

    let places = word_set("data/places.txt");
    write_table(&mut out, "PLACES", &places, None);
    let given = word_set("data/given_names.txt");
    write_table(&mut out, "GIVEN_NAMES", &given, None);

    // "F name" or "M name"; a name listed twice keeps its last line.
    let file = "data/given_name_genders.txt";
    let text = read(file);
    let mut genders: Vec<String> = Vec::new();
    let mut female: BTreeMap<String, bool> = BTreeMap::new();
    for l in list_lines(&text) {
        let (g, name) = match l.split_once(' ') {
            Some(("F", name)) => (true, name),
            Some(("M", name)) => (false, name),
            _ => continue,
        };
        let key = folded(file, name);
        if female.insert(key.clone(), g).is_none() {
            genders.push(key);
        }
    }
    let mut values = String::from("pub(crate) static GENDER_FEMALE: &[bool] = &[");
    for k in &genders {
        let _ = write!(values, "{},", female[k]);
    }
    values.push_str("];\n");
    write_table(&mut out, "GENDERS", &genders, Some(&values));

    // The nickname and variant list: "name,variant" a line, related both
    // ways; each name's partners sorted, once each, side by side in one
    // list at the name's run.
    let file = "data/given_name_variants.csv";
    let text = read(file);
    let mut partners: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut names: Vec<String> = Vec::new();
    let mut add = |a: &str, b: &str| {
        if !partners.contains_key(a) {
            names.push(a.to_string());
        }
        partners
            .entry(a.to_string())
            .or_default()
            .insert(b.to_string());
    };
    for line in text.split('\n').filter(|l| !l.starts_with('#')) {
        let Some((a, b)) = line.trim().split_once(',') else {
            continue;
        };
        for w in [a, b] {
            assert!(
                w.bytes().all(|c| !c.is_ascii_uppercase()) && folded(file, w) == w,
                "{file}: \"{w}\" is not in folded form (lower-case ASCII)"
            );
        }
        add(a, b);
        add(b, a);
    }
    let mut runs = String::from("pub(crate) static NICKNAME_RUNS: &[(u16, u16)] = &[");
    let mut list = String::from("pub(crate) static NICKNAME_PARTNERS: &[&str] = &[");
    let mut at = 0usize;
    for n in &names {
        let p = &partners[n];
        let _ = write!(runs, "({at},{}),", p.len());
        for w in p {
            let _ = write!(list, "{w:?},");
        }
        at += p.len();
    }
    assert!(at < u16::MAX as usize);
    runs.push_str("];\n");
    list.push_str("];\n");
    runs.push_str(&list);
    write_table(&mut out, "NICKNAMES", &names, Some(&runs));

    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("tables.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
