//! A fact: one statement of a value about one subject, with its span,
//! and the comparison every kind shares.

use super::*;

pub(super) struct Fact<T> {
    pub subject: usize,
    pub value: T,
    /// The statement, quoted in messages.
    pub range: Range<usize>,
}

/// Reports each later fact whose value differs from the subject's first
/// statement and from every value stated for it before (a value already
/// reported once is not reported again). Linear in the number of facts.
pub(super) fn report_pairs<T: Clone + Eq + std::hash::Hash>(
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
