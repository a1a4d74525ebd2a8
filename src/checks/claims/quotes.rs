//! One quote worded two ways, or credited to two speakers.

use super::*;

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
        // (most words hold no apostrophe: no splitting to do)
        if stem.as_bytes().contains(&b'\'') {
            for part in stem.split('\'') {
                if !part.is_empty() {
                    f(part);
                }
            }
        } else if !stem.is_empty() {
            f(stem);
        }
        if let Some(t) = tail {
            f(t);
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
    // The first word tested alone before the whole window: most differ there.
    short.is_empty()
        || long
            .windows(short.len())
            .any(|w| w[0] == short[0] && w == short)
}

/// A speech quote with a named speaker, its words interned.
struct Spoken<'q> {
    /// From the first piece's opening mark to the last piece's closing mark.
    range: Range<usize>,
    /// The quoted words, pieces joined by an ellipsis.
    shown: String,
    /// The statement the piece belongs to: its pieces and their joining
    /// share it.
    group: usize,
    words: Vec<u32>,
    /// Where each sentence of the quote starts, as indices into `words`,
    /// and the number of words at the end.
    breaks: Vec<usize>,
    /// The same words sorted, for a quick bound on what two quotes share.
    sorted: Vec<u32>,
    speaker: &'q str,
    surname: String,
    proper: bool,
    /// "a spokeswoman for Ana Ruiz": the credit as the draft gives it when
    /// `speaker` is the person spoken for. Such a credit is compared with
    /// other speakers' but not for wording: a spokesperson may put the
    /// words their own way.
    voice_for: Option<String>,
    /// Given by a verb of passing on words ("Haddad quoted Ruiz: “…”",
    /// "echoed", "cited"): another's words, so no second credit.
    echo: bool,
    /// The subject of claims the speaker's full name stands for.
    subject: Option<usize>,
}

pub(super) fn quote_conflicts<'q>(ctx: &Ctx<'q>, quotes: &'q [Quote], out: &mut Vec<Finding>) {
    let described = titled_people(ctx);
    let names: &'q Names = ctx.names;
    let by_name: FxHashMap<&str, usize> = names
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            (
                p.full_name.as_str(),
                ctx.subject.get(i).copied().unwrap_or(i),
            )
        })
        .collect();
    // Words are interned so that comparing quotes compares integers.
    let mut vocab: FxHashMap<String, u32> = FxHashMap::default();
    let mut long_word: Vec<bool> = Vec::new();
    let pieces: Vec<Spoken> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Speech && !q.in_heading)
        .filter_map(|q| {
            let s = q.speaker.as_ref()?;
            if s.vague {
                return None;
            }
            // "the mayor of Lund", "the chief at the mill": a description
            // with a phrase of its own after it is someone else's post.
            let qualified = ctx.doc.prose[s.mention.end.min(ctx.doc.prose.len())..]
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "of" | "for" | "at" | "in" | "from" | "with"));
            let voice = spokesperson_for(ctx, s);
            let speaker = voice
                .or_else(|| {
                    (!qualified)
                        .then(|| described_speaker(&described, &s.name))
                        .flatten()
                })
                .unwrap_or(&s.name);
            let voice_for = voice.map(|_| {
                let credit = ctx.doc.text(s.mention.clone());
                let mut shown: String = credit
                    .chars()
                    .take(1)
                    .flat_map(char::to_lowercase)
                    .collect();
                shown.push_str(&credit[credit.chars().next().map_or(0, char::len_utf8)..]);
                if !shown.contains(speaker) {
                    shown.push_str(" for ");
                    shown.push_str(speaker);
                }
                shown
            });
            let mut words = Vec::new();
            let mut breaks = vec![0];
            for sentence in sentences(&q.text(ctx.doc)) {
                for_each_word(sentence, |w| {
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
                if breaks.last() != Some(&words.len()) {
                    breaks.push(words.len());
                }
            }
            let mut sorted = words.clone();
            sorted.sort_unstable();
            Some(Spoken {
                range: q.range.clone(),
                shown: ctx
                    .doc
                    .text(q.inner())
                    .trim_end_matches([',', '.'])
                    .to_string(),
                group: 0,
                words,
                breaks,
                sorted,
                speaker,
                surname: surname(speaker),
                proper: is_proper_name(speaker),
                voice_for,
                echo: q.cue.as_ref().is_some_and(|c| passes_on(&c.text)),
                subject: by_name.get(speaker).copied(),
            })
        })
        .collect();
    let speech = joined(ctx, pieces);
    // Only quotes that share three longer words are compared: linear in
    // practice where comparing every pair would not be.
    let mut by_word: Vec<Vec<usize>> = vec![Vec::new(); vocab.len()];
    // Each quote's distinct longer words, found once and read twice.
    let distinct_long: Vec<Vec<u32>> = speech
        .iter()
        .map(|spoken| {
            let mut seen = Vec::with_capacity(spoken.words.len());
            seen.extend(
                spoken
                    .words
                    .iter()
                    .copied()
                    .filter(|&w| long_word[w as usize]),
            );
            seen.sort_unstable();
            seen.dedup();
            seen
        })
        .collect();
    for (i, long) in distinct_long.iter().enumerate() {
        for &w in long {
            by_word[w as usize].push(i);
        }
    }
    let mut shared = vec![0u32; speech.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut row = Vec::new();
    let mut reported: FxHashSet<usize> = FxHashSet::default();
    // A named speaker's earlier quotes, compared whatever words they share:
    // a short quote has too few longer words to pass the gate above.
    let mut by_speaker: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    // The earlier quotes compared with this one, and which of them passed
    // the shared-words gate: marks kept from quote to quote and cleared
    // after each, instead of a set built for every quote.
    let mut candidates: Vec<usize> = Vec::new();
    let mut by_words = vec![false; speech.len()];
    // Whether two speakers sharing a surname are two people, asked once per
    // pair of names (every pair of their quotes asks it again).
    let mut bearers: FxHashMap<(&str, &str), bool> = FxHashMap::default();
    for (i, later) in speech.iter().enumerate() {
        let lw = &later.words;
        let own = if later.proper && later.voice_for.is_none() {
            let list = by_speaker.entry(later.surname.as_str()).or_default();
            let own: Vec<usize> = list.iter().rev().take(64).copied().collect();
            list.push(i);
            own
        } else {
            Vec::new()
        };
        if reported.contains(&later.group) {
            continue;
        }
        if lw.len() < MIN_SHORT {
            continue;
        }
        for &w in &distinct_long[i] {
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
        candidates.clear();
        candidates.extend(
            touched
                .drain(..)
                .filter(|&j| std::mem::take(&mut shared[j]) >= 3),
        );
        for &j in &candidates {
            by_words[j] = true;
        }
        candidates.extend(own.into_iter().filter(|&j| !by_words[j]));
        candidates.sort_unstable();
        for (j, earlier) in candidates.iter().map(|&j| (j, &speech[j])) {
            // Through the speaker only: too few words in common for the
            // looser comparisons.
            let few_shared = !by_words[j];
            if earlier.group == later.group {
                continue;
            }
            let ew = &earlier.words;
            let (short, long, long_breaks) = if lw.len() <= ew.len() {
                (lw, ew, &earlier.breaks)
            } else {
                (ew, lw, &later.breaks)
            };
            if short.len() < MIN_SHORT {
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
            // Two people who share a surname: two subjects of the names
            // model, both named in full.
            let same_speaker = later.speaker == earlier.speaker
                || later.surname == earlier.surname
                    && !(matches!((later.subject, earlier.subject), (Some(x), Some(y)) if x != y)
                        && *bearers
                            .entry((later.speaker, earlier.speaker))
                            .or_insert_with(|| two_bearers(later.speaker, earlier.speaker)));
            // "“A,” he added. “B.”": sentences said one after the other, with
            // only the attribution between them.
            let (first, second) = if earlier.range.end <= later.range.start {
                (earlier, later)
            } else {
                (later, earlier)
            };
            // (read only for one speaker's two quotes, most pairs being two speakers')
            let back_to_back = || {
                first.range.end <= second.range.start
                    && ctx.doc.paragraph_at(first.range.start)
                        == ctx.doc.paragraph_at(second.range.start)
                    && ctx
                        .doc
                        .text(first.range.end..second.range.start)
                        .split_whitespace()
                        .count()
                        <= 4
            };
            let credit =
                |x: &Spoken<'q>| x.voice_for.clone().unwrap_or_else(|| x.speaker.to_string());
            // A run of six or seven words said word for word by two people
            // ("not a cheap fix or a quick fix"), when it holds three
            // distinct longer words: a stock phrase ("we will do everything
            // we can") holds fewer.
            let rare_enough = || {
                let shorter = if lw.len() <= ew.len() { i } else { j };
                distinct_long[shorter].len() >= 3
            };
            let finding = if same_speaker {
                (later.voice_for.is_none()
                    && earlier.voice_for.is_none()
                    && !contains_run(long, short)
                    && !back_to_back()
                    && !overlapping_excerpts(lw, ew)
                    && (short.len() >= 6
                        && !few_shared
                        && (could_reach(0.6) && similarity(lw, ew, &mut row) >= 0.6
                            || excerpt_changed(short, long, &mut row))
                        || later.proper
                            && earlier.proper
                            && sentence_one_word_apart(short, long, long_breaks)))
                    .then(|| {
                        format!(
                            "{} is quoted here as “{}” but at line {} as “{}”: one wording is a misquote",
                            later.speaker,
                            later.shown,
                            ctx.line(earlier.range.start),
                            earlier.shown,
                        )
                    })
            } else {
                (later.proper
                    && earlier.proper
                    && !later.echo
                    && !earlier.echo
                    && short.len() >= 6
                    && !few_shared
                    && ((short.len() >= 8 || rare_enough()) && contains_run(long, short)
                        || could_reach(0.85) && similarity(lw, ew, &mut row) >= 0.85))
                    .then(|| {
                        format!(
                            "These words are credited to {} here but to {} at line {} (“{}”): one credit is wrong",
                            credit(later),
                            credit(earlier),
                            ctx.line(earlier.range.start),
                            earlier.shown,
                        )
                    })
            };
            if let Some(message) = finding {
                out.push(ctx.conflict(
                    "conflicting-quote",
                    later.range.clone(),
                    earlier.range.clone(),
                    message,
                ));
                reported.insert(later.group);
                break;
            }
        }
        for &j in &candidates {
            by_words[j] = false;
        }
    }
}

/// The head of each title written before a name ("Mayor Ana Ruiz",
/// "Fire Chief Tomas Grell": "mayor", "chief") or set after it in
/// apposition ("Ana Ruiz, the mayor,", "Ines Calder, director of the
/// port,"), and the full name of the one person who bears it; `None` when
/// two people bear it.
fn titled_people<'q>(ctx: &Ctx<'q>) -> FxHashMap<String, Option<&'q str>> {
    let mut out: FxHashMap<String, Option<&'q str>> = FxHashMap::default();
    let names: &'q Names = ctx.names;
    let prose = &ctx.doc.prose;
    for m in &names.mentions {
        let (Some(p), NameKind::Person) = (m.person, m.kind) else {
            continue;
        };
        let subject = ctx.subject.get(p).copied().unwrap_or(p);
        let name = names.people[subject].full_name.as_str();
        let before = m.title.as_ref().map(|t| ctx.doc.text(t.clone()));
        let after = (!m.possessive)
            .then(|| appositive_role(prose.get(m.range.end..).unwrap_or("")))
            .flatten();
        // "the fisheries minister, Tomas Grell, said": the role set before
        // the name, the name in apposition to it.
        // The apposition closes after the name ("…, Tomas Grell, visited",
        // "said the minister, Tomas Grell."): not "After meeting the
        // minister, Tomas Grell left".
        let closed = prose
            .get(m.range.end..)
            .is_some_and(|rest| rest.starts_with([',', '.', ';']));
        let ahead = (!m.possessive && closed)
            .then(|| role_before(prose.get(..m.range.start).unwrap_or("")))
            .flatten();
        for title in [before, after, ahead].into_iter().flatten() {
            // "Deputy Mayor Lee" is not "the mayor".
            if title
                .split_whitespace()
                .any(|w| RANKED.iter().any(|r| w.eq_ignore_ascii_case(r)))
            {
                continue;
            }
            let Some(head) = title.split_whitespace().last() else {
                continue;
            };
            let head = head.trim_end_matches('.').to_lowercase();
            out.entry(head)
                .and_modify(|one| {
                    if *one != Some(name) {
                        *one = None;
                    }
                })
                .or_insert(Some(name));
        }
    }
    out
}

/// The role in an apposition right after a name: ", the county engineer,"
/// or ", director of the port" give "county engineer" and "director". The
/// role is the words up to a comma, a full stop or a preposition, ending
/// in a role noun, all in lower case but an owner's possessive ("Lund's
/// mayor").
fn appositive_role(rest: &str) -> Option<&str> {
    let rest = rest.strip_prefix(", ")?;
    // "Ana Ruiz, who is the county engineer,", "Omar Haddad, who serves
    // as fire chief": a relative clause that only names the post.
    // ("who is" only before an article: not "who is suing the chief")
    let rest = match rest.strip_prefix("who is ") {
        Some(r) if ["the ", "a ", "an "].iter().any(|a| r.starts_with(a)) => r,
        _ => ["who serves as ", "who works as "]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
            .unwrap_or(rest),
    };
    let rest = rest
        .strip_prefix("the ")
        .or_else(|| rest.strip_prefix("a "))
        .or_else(|| rest.strip_prefix("an "))
        .unwrap_or(rest);
    let end = rest
        .find([',', '.', ';', ':', '(', '—', '–'])
        .unwrap_or(rest.len());
    let mut role_end = 0;
    let mut words = 0;
    for (at, w) in rest[..end].split(' ').scan(0, |pos, w| {
        let at = *pos;
        *pos += w.len() + 1;
        Some((at, w))
    }) {
        if matches!(
            w,
            "of" | "for" | "at" | "in" | "with" | "from" | "and" | "who"
        ) {
            break;
        }
        words += 1;
        let owner = w.ends_with("'s") || w.ends_with("’s");
        if words > 4 || w.is_empty() || !(owner || w.chars().all(|c| c.is_lowercase() || c == '-'))
        {
            return None;
        }
        role_end = at + w.len();
    }
    let role = &rest[..role_end];
    let head = role.split(' ').next_back()?;
    super::titles::is_role_noun(head).then_some(role)
}

/// The person a spokesperson speaks for: "a spokesman for Ana Ruiz",
/// "Ruiz's spokeswoman", "a spokesperson for Mayor Tomas Grell". Only a
/// person: a spokesman for a firm or a ministry may voice anybody there.
fn spokesperson_for<'q>(ctx: &Ctx<'q>, s: &crate::checks::quotes::Speaker) -> Option<&'q str> {
    let text = ctx.doc.text(s.mention.clone());
    let head = text.split_whitespace().last()?.to_lowercase();
    if !matches!(
        head.as_str(),
        "spokesman" | "spokeswoman" | "spokesperson" | "spokesmen" | "spokeswomen"
    ) {
        return None;
    }
    let person = |at: usize| {
        let m = &ctx.names.mentions[ctx.names.mention_at(at)?];
        let p = m.person.filter(|_| m.kind == NameKind::Person)?;
        let subject = ctx.subject.get(p).copied().unwrap_or(p);
        Some(ctx.names.people[subject].full_name.as_str())
    };
    let after = &ctx.doc.prose[s.mention.end.min(ctx.doc.prose.len())..];
    if let Some(rest) = after.strip_prefix(" for ") {
        // "for Mayor Tomas Grell": the name may follow its title.
        let at = s.mention.end + 5;
        return person(at).or_else(|| {
            let skip = rest.find(' ')? + 1;
            person(at + skip)
        });
    }
    // "Ruiz's spokeswoman": the owner opens the phrase.
    let owner = text.split_whitespace().next()?;
    (owner.ends_with("'s") || owner.ends_with("’s"))
        .then(|| person(s.mention.start))
        .flatten()
}

/// The role right before a name it is set beside: "The country’s
/// fisheries minister, " or "the harbour master, " before "Ana Ruiz" give
/// "fisheries minister" and "harbour master". The role opens with "the"
/// and holds only lower-case words or an owner's possessive, at most four,
/// its last a role noun.
fn role_before(before: &str) -> Option<&str> {
    let before = before.strip_suffix(", ")?;
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ',' | '.' | ';' | ':' | '(' | '“' | '"' | '\n'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let phrase = before[start..].trim_start();
    let words: Vec<&str> = phrase.split(' ').collect();
    let the = words.iter().rposition(|w| w.eq_ignore_ascii_case("the"))?;
    let role = &words[the + 1..];
    if role.is_empty() || role.len() > 4 {
        return None;
    }
    let owner = |w: &str| w.ends_with("'s") || w.ends_with("’s");
    if !role
        .iter()
        .all(|w| !w.is_empty() && (owner(w) || w.chars().all(|c| c.is_lowercase() || c == '-')))
    {
        return None;
    }
    let head = role[role.len() - 1];
    if !super::titles::is_role_noun(head) {
        return None;
    }
    // the role without its owner: "fisheries minister"
    let from = role.iter().rposition(|w| owner(w)).map_or(0, |i| i + 1);
    let first = role.get(from)?;
    let at = phrase.len() - role[from..].iter().map(|w| w.len() + 1).sum::<usize>() + 1;
    debug_assert!(phrase[at..].starts_with(first));
    Some(&phrase[at..])
}

/// Words that make a title another post or another time than its head
/// alone: a deputy mayor is not the mayor, nor is a former one.
const RANKED: &[&str] = &[
    "former",
    "ex",
    "late",
    "acting",
    "interim",
    "deputy",
    "vice",
    "assistant",
    "associate",
    "new",
    "incoming",
    "outgoing",
    "other",
    "previous",
    "then",
];

/// The person a description speaker stands for: "the mayor" (or "the
/// town's mayor") in a draft whose only titled mayor is "Mayor Ana Ruiz".
/// A description that says more ("the mayor of Lund", "the former
/// mayor") or a title two people bear stands for no one in particular.
fn described_speaker<'q>(
    described: &FxHashMap<String, Option<&'q str>>,
    speaker: &str,
) -> Option<&'q str> {
    // "In the chief’s words": the owner's head alone, lower case.
    let rest: Vec<&str> = match speaker.split_whitespace().collect::<Vec<_>>()[..] {
        [one] if one.chars().all(char::is_lowercase) => vec![one],
        [first, ref rest @ ..] if first.eq_ignore_ascii_case("the") => rest.to_vec(),
        _ => return None,
    };
    // "the mayor", "the town's mayor", "the city's police chief": the head
    // last, with only an owner's possessive or a word of the title before.
    if rest.is_empty() || rest.len() > 3 {
        return None;
    }
    let head = rest[rest.len() - 1];
    let head = head
        .strip_suffix("'s")
        .or_else(|| head.strip_suffix("’s"))
        .unwrap_or(head);
    if head.chars().any(|c| !c.is_lowercase()) {
        return None;
    }
    let before_ok = rest[..rest.len() - 1].iter().all(|w| {
        (w.ends_with("'s") || w.ends_with("’s") || w.chars().all(char::is_lowercase))
            && !RANKED.contains(w)
    });
    if !before_ok {
        return None;
    }
    described.get(head).copied().flatten()
}

/// A speaker's consecutive pieces, and their joining into one statement:
/// "“No pilot wanted this,” Medina said. “We were cornered into it.”" is
/// compared whole with "“No pilot wanted this. We were cornered into it,”
/// said al-Amin", and each piece on its own with an excerpt of it. Pieces
/// join when they stand in one paragraph with no more than the attribution
/// between them. The joining comes right after its last piece.
fn joined<'q>(ctx: &Ctx, pieces: Vec<Spoken<'q>>) -> Vec<Spoken<'q>> {
    let mut out: Vec<Spoken<'q>> = Vec::with_capacity(pieces.len() + pieces.len() / 2);
    // The statement being joined, and how many pieces it has.
    let mut whole: Option<(Spoken<'q>, usize)> = None;
    let mut group = 0;
    for mut piece in pieces {
        if let Some((w, n)) = whole.as_mut() {
            let follows = w.range.end <= piece.range.start
                && w.speaker == piece.speaker
                && ctx.doc.paragraph_at(w.range.start) == ctx.doc.paragraph_at(piece.range.start)
                && ctx
                    .doc
                    .text(w.range.end..piece.range.start)
                    .split_whitespace()
                    .count()
                    <= 4;
            if follows {
                w.range.end = piece.range.end;
                w.shown.push_str(" … ");
                w.shown.push_str(&piece.shown);
                let offset = w.words.len();
                w.breaks
                    .extend(piece.breaks.iter().skip(1).map(|b| b + offset));
                w.words.extend_from_slice(&piece.words);
                w.sorted.extend_from_slice(&piece.sorted);
                w.sorted.sort_unstable();
                *n += 1;
                piece.group = group;
                out.push(piece);
                continue;
            }
        }
        if let Some((w, n)) = whole.take() {
            if n > 1 {
                out.push(w);
            }
        }
        group += 1;
        piece.group = group;
        whole = Some((
            Spoken {
                range: piece.range.clone(),
                shown: piece.shown.clone(),
                group,
                words: piece.words.clone(),
                breaks: piece.breaks.clone(),
                sorted: piece.sorted.clone(),
                speaker: piece.speaker,
                surname: piece.surname.clone(),
                proper: piece.proper,
                voice_for: piece.voice_for.clone(),
                echo: piece.echo,
                subject: piece.subject,
            },
            1,
        ));
        out.push(piece);
    }
    if let Some((w, n)) = whole {
        if n > 1 {
            out.push(w);
        }
    }
    out
}

/// An excerpt of a longer quote with a word or two changed: "it's not a
/// really huge worry" quoted from "it's not a really big worry for the
/// harbour trade". The excerpt's words, all but one or two, stand in one
/// stretch of the longer quote no longer than the excerpt and two more
/// words. An exact excerpt is no misquote (checked by the caller).
fn excerpt_changed(short: &[u32], long: &[u32], row: &mut Vec<u32>) -> bool {
    let n = short.len();
    if n < 6 || long.len() < n || long.len() * n > 40_000 {
        return false;
    }
    let need = (n - n.min(2)).max((n * 4).div_ceil(5));
    let width = (n + 2).min(long.len());
    // Windows start where the excerpt's first or second word stands. The
    // comparison row left behind also gives the count for the window's
    // first n - 1 words: one word said as two ("six years to prepare for
    // the quay", "six years to get ready for the quay") leaves all the
    // excerpt's words but two in a stretch one word shorter than it.
    let one_as_two = n >= 8;
    (0..=long.len() - (n - 1)).any(|start| {
        (long[start] == short[0] || long[start] == short[1]) && {
            let end = (start + width).min(long.len());
            let full = similarity_count(short, &long[start..end], row) >= need;
            full && end - start == width || one_as_two && row[n - 1] as usize >= n - 2
        }
    }) || {
        // or ends where its last word stands
        (width..=long.len()).any(|end| {
            long[end - 1] == short[n - 1]
                && similarity_count(short, &long[end - width..end], row) >= need
        })
    } || one_as_two && {
        // (the word said as two inside: the last two words kept)
        (n - 1..=long.len()).any(|end| {
            long[end - 1] == short[n - 1]
                && long[end - 2] == short[n - 2]
                && similarity_count(short, &long[end - (n - 1)..end], row) >= n - 2
        })
    }
}

/// The fewest words a quote compared as a whole sentence may have.
const MIN_SHORT: usize = 4;

/// A quote's sentences: split after a full stop, a question or an
/// exclamation mark, or an ellipsis, where the next word starts with a
/// capital or the text ends ("Nov. 8" stays whole).
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut cuts = Vec::new();
    for (i, c) in text.char_indices() {
        if i < start || !matches!(c, '.' | '?' | '!' | '…') {
            continue;
        }
        let rest = &text[i + c.len_utf8()..];
        let next = rest.trim_start_matches(|n: char| {
            n.is_whitespace() || matches!(n, '.' | '…' | '"' | '”' | '’' | '\'' | ')')
        });
        let apart = next.len() < rest.len() && !rest.starts_with(char::is_alphanumeric);
        if next.is_empty()
            || apart && next.starts_with(|n: char| n.is_uppercase() || matches!(n, '“' | '"' | '‘'))
        {
            let end = text.len() - next.len();
            cuts.push(start..end);
            start = end;
        }
    }
    if start < text.len() {
        cuts.push(start..text.len());
    }
    cuts.into_iter().map(move |r| &text[r])
}

/// A short quote that is one of the other quote's sentences, or the whole
/// of it, with one word changed, dropped or added inside it: "I believe
/// the treaty may be outdated" against "I think the treaty may be outdated.
/// Things are different now." A change at either end is left alone: a different last
/// word is another statement in the same frame ("We have to be tougher",
/// "We have to be smarter"), and a word more or less at an end is a
/// trimmed excerpt ("And we will win", "we will win").
fn sentence_one_word_apart(short: &[u32], long: &[u32], breaks: &[usize]) -> bool {
    let spans = breaks
        .windows(2)
        .map(|w| w[0]..w[1])
        .chain(std::iter::once(0..long.len()));
    spans
        .map(|r| &long[r])
        .any(|sentence| one_interior_edit(short, sentence))
}

/// Two word sequences of four words or more that differ by one word
/// changed (not the last), or one word dropped or added (not at either
/// end).
fn one_interior_edit(a: &[u32], b: &[u32]) -> bool {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if a.len() < MIN_SHORT || a == b {
        return false;
    }
    if a.len() == b.len() {
        let differ: Vec<usize> = (0..a.len()).filter(|&k| a[k] != b[k]).collect();
        return matches!(differ[..], [k] if k + 1 < a.len());
    }
    if a.len() + 1 != b.len() {
        return false;
    }
    // b has one word more: where the two first part.
    let k = (0..a.len()).find(|&k| a[k] != b[k]).unwrap_or(a.len());
    k > 0 && k < a.len() && a[k..] == b[k + 1..]
}

/// Longest common subsequence of words, as a count.
fn similarity_count(a: &[u32], b: &[u32], row: &mut Vec<u32>) -> usize {
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
    row[b.len()] as usize
}

/// Two excerpts of one statement that overlap: the end of one is the
/// start of the other, over at least six words and half the shorter.
fn overlapping_excerpts(a: &[u32], b: &[u32]) -> bool {
    let need = 6.max(a.len().min(b.len()) / 2);
    let joins =
        |x: &[u32], y: &[u32]| (need..=x.len().min(y.len())).any(|k| x[x.len() - k..] == y[..k]);
    joins(a, b) || joins(b, a)
}

/// A verb that passes on words someone else said first: quoting, citing,
/// echoing or reading them out. ("Repeated" is left out: a speaker
/// mostly repeats their own words.)
fn passes_on(cue: &str) -> bool {
    cue.split_whitespace().next().is_some_and(|verb| {
        ["quot", "cite", "citing", "echo", "recit", "read"]
            .iter()
            .any(|stem| {
                verb.get(..stem.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(stem))
            })
    })
}

/// Two people who share a surname: both speakers named in full, with
/// given names that are not one name's forms ("Andy Lund" and "Jason
/// Lund", but not "Tim Lund" and "Timothy Lund", nor "Mr Lund" and "Andy
/// Lund").
fn two_bearers(a: &str, b: &str) -> bool {
    fn given(name: &str) -> Option<&str> {
        let mut words = name.split_whitespace();
        let first = words.next()?;
        (words.next().is_some()
            && is_proper_name(name)
            && first.chars().nth(1).is_some_and(char::is_lowercase)
            && !first.ends_with('.')
            && !matches!(
                first,
                "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Dr" | "Sir" | "Dame" | "Lord" | "Lady"
            )
            && !super::super::names::is_title_word(first))
        .then_some(first)
    }
    match (given(a), given(b)) {
        (Some(x), Some(y)) => !super::one_given_name(x, y),
        _ => false,
    }
}

fn surname(name: &str) -> String {
    name.split_whitespace().last().unwrap_or("").to_lowercase()
}

/// A name rather than a pronoun or a description ("the harbour master" may
/// well be the Ines Calder quoted elsewhere).
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
    use super::super::test_support::codes;
    use super::{common_words, for_each_word, similarity};

    #[test]
    fn quotes() {
        let c = codes("Headline\n\n“We need buses that run after nine at night,” Okoro said.\n\nOkoro’s closing plea — “We need buses that actually run after ten at night” — won applause.");
        assert_eq!(c.len(), 1, "{c:?}");
        // an excerpt of a fuller quote with a word changed
        let c = codes("Headline\n\n“It is not a really big worry for the harbour trade, and the traders know it,” said economist Ana Ruiz.\n\nRuiz said “it is not a really huge worry for the harbour trade.”");
        assert_eq!(c.len(), 1, "{c:?}");
        let c = codes("Headline\n\n“I have earned nine million votes in this election, more than anyone,” Lund said.\n\nLund put it plainly: “I have earned nine million votes in that election.”");
        assert_eq!(c.len(), 1, "{c:?}");
        // an exact excerpt, or one with the same words, is fine
        assert!(codes("Headline\n\n“I have earned nine million votes in this election, more than anyone,” Lund said.\n\nLund put it plainly: “I have earned nine million votes in this election.”").is_empty());
        // a short partial quote of the fuller one is fine
        assert!(codes("Headline\n\n“We will keep the clinic open this winter and next,” Varga said.\n\nVarga promised to “keep the clinic open this winter” again.").is_empty());
        let c = codes("Headline\n\n“A library is the cheapest university a town can buy,” trustee Mona Reyes said.\n\n“A library is the cheapest university a town can buy,” Ellison said in a statement.");
        assert_eq!(c.len(), 1, "{c:?}");
        // a contraction is the same wording, not a misquote
        assert!(codes("Headline\n\n“We won’t close the pool while I’m mayor of this town,” Ruiz said.\n\nRuiz repeated: “We will not close the pool while I’m mayor of this town.”").is_empty());
        // two excerpts of one statement that overlap are no misquote
        assert!(codes("Headline\n\n“I would have a beer with him. The stories would be amazing, but I would not let him into my home,” Ruiz said.\n\n“I would have a beer with him,” Ruiz said. “The stories would be amazing, but I would not let him into my home. That is a closer setting.”").is_empty());
        // nor are two sentences said one after the other
        assert!(codes("Headline\n\n“From now on we will fix the roads for you,” Ruiz said. “We will fix the roads for everyone in this town.”").is_empty());
    }

    #[test]
    fn a_description_speaker_is_the_one_person_with_that_title() {
        let misquotes = [
            "Mayor Ana Ruiz opened the pier.\n\n“We will finish the pier by June and open it in July,” she said.\n\n“We will finish the pier by August and open it in July,” the mayor said later.",
            "Police Chief Tomas Grell spoke first. “Nobody on this force will hide a single report,” Grell said.\n\nThe chief added: “Nobody on this force will hide a single complaint.”",
            "Fire Chief Ines Calder took questions.\n\nIn the chief’s words: “The channel is deep enough for every ferry we run.”\n\n“The channel is deep enough for every barge we run,” Calder said.",
            "“We will hold the mill to account for every fish in that river,” Ramona Nunez, director of the state water agency, said.\n\nAsked about the director’s promise — “We will hold the mill to account for every single fish in this river” — the owner said nothing.",
            "Ana Ruiz, the county engineer, inspected the dam. “The spillway can take twice this flood and more,” she said.\n\n“The spillway can take three times this flood and more,” the engineer said.",
            "Coach Mia Lund was calm. “We lost to a better side tonight and we know it,” Lund said.\n\n“We lost to a luckier side tonight and we know it,” said the team’s coach.",
            "The board heard from Governor Sefa Tui.\n\nThe governor said: “Every child in this state deserves a warm school.”\n\nTui told reporters, “Every child in this state deserves a safe school.”",
        ];
        for src in misquotes {
            let c = codes(&format!("Headline\n\n{src}"));
            assert_eq!(c.len(), 1, "{src}: {c:?}");
        }
        let fine = [
            // two mayors: "the mayor" is neither in particular
            "Mayor Ana Ruiz met Mayor Tomas Grell.\n\n“We will finish the pier by June and open it in July,” Ruiz said.\n\n“We will finish the pier by August and open it in July,” the mayor said.",
            // a former mayor is someone else
            "Mayor Ana Ruiz opened the pier.\n\n“We will finish the pier by June and open it in July,” she said.\n\n“We will finish the pier by August and open it in July,” the former mayor said.",
            // a deputy is not the post's holder
            "Deputy Mayor Ana Ruiz opened the pier.\n\n“We will finish the pier by June and open it in July,” she said.\n\n“We will finish the pier by August and open it in July,” the mayor said.",
            // the description quoting the same words is no misquote
            "Mayor Ana Ruiz opened the pier.\n\n“We will finish the pier by June and open it in July,” she said.\n\nThe mayor said the town would “finish the pier by June.”",
            // two engineers in apposition: "the engineer" is neither
            "Ana Ruiz, the county engineer, and Omar Haddad, the city engineer, inspected the dam.\n\n“The spillway can take twice this flood and more,” Ruiz said.\n\n“The spillway can take three times this flood and more,” the engineer said.",
            // a description saying more names another post
            "Mayor Ana Ruiz opened the pier.\n\n“We will finish the pier by June and open it in July,” she said.\n\n“We will finish the pier by August and open it in July,” said the mayor of Lund.",
        ];
        for src in fine {
            let c = codes(&format!("Headline\n\n{src}"));
            assert!(c.is_empty(), "{src}: {c:?}");
        }
    }

    #[test]
    fn a_spokesperson_credit_speaks_for_the_person_named() {
        let wrong = [
            "“Every ferry on this route will run on time by spring,” said Ana Ruiz, the harbour master.\n\nThe council met on Monday.\n\nA spokeswoman for Tomas Grell said: “Every ferry on this route will run on time by spring.”",
            "Ana Ruiz took questions. “Every ferry on this route will run on time by spring,” she said.\n\n“Every ferry on this route will run on time by spring,” a spokesman for Mayor Tomas Grell told reporters.",
            "“Every ferry on this route will run on time by spring,” Amara Okafor said.\n\nGrell’s spokesperson, asked about the timetable, said: “Every ferry on this route will run on time by spring.”\n\nTomas Grell did not comment.",
        ];
        for src in wrong {
            let c = codes(&format!("Headline\n\n{src}"));
            assert_eq!(c.len(), 1, "{src}: {c:?}");
        }
        let fine = [
            // the spokesperson of the speaker, in the same words or others
            "“Every ferry on this route will run on time by spring,” said Ana Ruiz.\n\nA spokesman for Ruiz later said: “Every ferry on this route will run on time by spring.”",
            "“Every ferry on this route will run on time by spring,” said Ana Ruiz.\n\nA spokesman for Ana Ruiz said: “Every ferry on this route should run on time by spring.”",
            // a spokesman for a body may voice anybody in it
            "“Every ferry on this route will run on time by spring,” said Ana Ruiz.\n\nA spokesman for the harbour board said: “Every ferry on this route will run on time by spring.”",
        ];
        for src in fine {
            let c = codes(&format!("Headline\n\n{src}"));
            assert!(c.is_empty(), "{src}: {c:?}");
        }
    }

    #[test]
    fn a_post_named_in_a_relative_clause_stands_for_its_holder() {
        let wrong = [
            "The vote was welcomed by Tomas Grell, who is the fisheries minister.\n\n“We have waited twenty years for this wall and the town deserves it,” said Ana Ruiz.\n\n“We have waited twenty years for this wall and the town deserves it,” the minister said.",
            "Omar Haddad, who serves as fire chief, was at the scene.\n\n“Nobody on this street will sleep at home tonight,” Lena Voss said.\n\nThe chief said: “Nobody on this street will sleep at home tonight.”",
        ];
        for src in wrong {
            let c = codes(&format!("Headline\n\n{src}"));
            assert_eq!(c.len(), 1, "{src}: {c:?}");
        }
        // the holder's own words, and a clause that says more than the post
        let fine = [
            "Omar Haddad, who serves as fire chief, was at the scene.\n\n“Nobody on this street will sleep at home tonight,” Haddad said.\n\nThe chief said: “Nobody on this street will sleep at home tonight.”",
            "Omar Haddad, who is suing the fire chief, was at the scene.\n\n“Nobody on this street will sleep at home tonight,” Lena Voss said.\n\nThe chief said: “Nobody on this street will sleep at home tonight.”",
        ];
        for src in fine {
            let c = codes(&format!("Headline\n\n{src}"));
            assert!(c.is_empty(), "{src}: {c:?}");
        }
    }

    #[test]
    fn a_role_set_before_a_name_stands_for_its_holder() {
        let wrong = [
            "The country’s fisheries minister, Tomas Grell, visited the site.\n\n“We have waited twenty years for this wall and the town deserves it,” said Ana Ruiz.\n\n“We have waited twenty years for this wall and the town deserves it,” the minister said.",
            "“Nobody on this street will sleep at home tonight,” said Lena Voss.\n\nThe blaze was watched by the fire chief, Omar Haddad, from the roof opposite.\n\nThe chief said: “Nobody on this street will sleep at home tonight.”",
        ];
        for src in wrong {
            let c = codes(&format!("Headline\n\n{src}"));
            assert_eq!(c.len(), 1, "{src}: {c:?}");
        }
        let fine = [
            // the holder's own words
            "The fire chief, Omar Haddad, was on the roof.\n\n“Nobody on this street will sleep at home tonight,” Haddad said.\n\nThe chief said: “Nobody on this street will sleep at home tonight.”",
            // a quote mark before the role
            "He was “the fire chief”, Omar Haddad, to everyone.\n\n“Nobody on this street will sleep at home tonight,” Lena Voss said.",
            // a clause before the subject, not an apposition
            "After meeting the fire chief, Omar Haddad left the site.\n\n“Nobody on this street will sleep at home tonight,” Lena Voss said.\n\nThe chief said: “Nobody on this street will sleep at home tonight.”",
            // a list, not an apposition: the chief is not named
            "Omar Haddad, the mayor, the fire chief, and Lena Voss met.\n\n“Nobody on this street will sleep at home tonight,” Lena Voss said.\n\nThe chief said: “Nobody on this street will sleep at home tonight.”",
        ];
        for src in fine {
            let c = codes(&format!("Headline\n\n{src}"));
            assert!(c.is_empty(), "{src}: {c:?}");
        }
    }

    #[test]
    fn a_speakers_pieces_are_one_statement() {
        // split by the attribution, and credited to another speaker
        let c = codes("Headline\n\n“Not one ferry pilot wanted this stoppage. We were cornered into it,” said Yusuf Amin.\n\n“Not one ferry pilot wanted this stoppage,” Carla Medina said. “We were cornered into it.”");
        assert_eq!(c.len(), 1, "{c:?}");
        // split, with a word changed
        let c = codes("Headline\n\n“The fares must fall and the buses must run late,” Okoro said.\n\n“The fares must fall,” Okoro said, “and the trains must run late.”");
        assert_eq!(c.len(), 1, "{c:?}");
        // split, word for word: the same statement
        assert!(codes("Headline\n\n“The fares must fall and the buses must run late,” Okoro said.\n\n“The fares must fall,” Okoro said, “and the buses must run late.”").is_empty());
        // a partial quote of the fuller statement
        assert!(codes("Headline\n\n“The fares must fall,” Okoro said. “The buses must run late into the night.”\n\nOkoro said “the buses must run late into the night” again.").is_empty());
        // two speakers in one paragraph are two statements
        assert!(codes("Headline\n\n“We will hold the line on fares,” Okoro said. “We will see about that,” Lund said.\n\n“We will hold the line on fares this year,” Okoro said.").is_empty());
    }

    #[test]
    fn a_short_quote_with_one_word_changed() {
        let misquotes = [
            // a word changed: the whole quote against one sentence of the fuller one
            "“I think the levee may be too low. It was built for another century,” Dora Quist said on Monday.\n\nAs Quist put it: “I believe the levee may be too low.”",
            // the subject changed
            "“We have to be a lot faster. The river does not wait,” said Sefa Tui.\n\n“They have to be a lot faster,” Tui said.",
            // a word dropped inside the sentence
            "“The council isn’t just against us. It is against every tenant,” Amara Osei told the crowd.\n\nOsei had been blunt: “The council isn’t against us.”",
            // a word added inside the sentence, both quotes short
            "“Bad things are going to happen,” warned Ivo Brandt.\n\n“Bad things are really going to happen,” Brandt said after the vote.",
            // a verb changed in a five-word quote
            "“I don't think that's fair,” Sen. Lucía Paredes said.\n\nParedes replied: “I don't believe that's fair.”",
        ];
        for src in misquotes {
            let c = codes(&format!("Headline\n\n{src}"));
            assert_eq!(c.len(), 1, "{src}: {c:?}");
        }
        let fine = [
            // two statements in one frame: the last word differs
            "“We have to be tougher,” Sefa Tui said in March.\n\n“We have to be smarter,” Tui said in May.",
            // a trimmed excerpt: a word less at the start or the end
            "“And we will win this,” Ivo Brandt said.\n\nBrandt said: “We will win this.”",
            "“We will win this fight,” Ivo Brandt said.\n\nBrandt said: “We will win this.”",
            // two speakers: not a misquote of either
            "“I don't think that's fair,” said Lucía Paredes.\n\n“I don't believe that's fair,” said Tomas Grell.",
            // three words: too short to tell
            "“Not this week,” Ivo Brandt said.\n\n“Not next week,” Brandt said.",
            // the same short quote twice
            "“We are not going anywhere,” Amara Osei said.\n\n“We are not going anywhere,” Osei repeated.",
            // said one after the other
            "“We will not close the pool,” Amara Osei said. “We will not close the library.”",
            // two words changed
            "“We will not raise the rent,” Amara Osei said.\n\n“They will not lower the rent,” Osei said.",
        ];
        for src in fine {
            let c = codes(&format!("Headline\n\n{src}"));
            assert!(c.is_empty(), "{src}: {c:?}");
        }
    }

    #[test]
    fn two_people_who_share_a_surname_are_two_speakers() {
        let wrong = [
            // the description stands for the second bearer
            "Coach Tomas Grell was downcast. “We lost a match we should have won easily,” Grell said.\n\nHis brother, Captain Piet Grell, scored twice.\n\n“We lost a match we should have won easily,” the captain added.",
            // both named in full
            "“We lost a match we should have won easily,” said Tomas Grell, the coach.\n\nThe captain, Piet Grell, scored twice. “We lost a match we should have won easily,” said Piet Grell.",
        ];
        for src in wrong {
            let c = codes(&format!("Headline\n\n{src}"));
            assert_eq!(c.len(), 1, "{src}: {c:?}");
        }
        let fine = [
            // one person under a given name and its short form
            "“We lost a match we should have won easily,” said Thomas Grell.\n\nLater, Tom Grell said again: “We lost a match we should have won easily.”",
            // a courtesy title and the full name
            "“We lost a match we should have won easily,” said Tomas Grell.\n\n“We lost a match we should have won easily,” Mr Grell repeated.",
        ];
        for src in fine {
            let c = codes(&format!("Headline\n\n{src}"));
            assert!(c.is_empty(), "{src}: {c:?}");
        }
        assert!(super::two_bearers("Andy Lund", "Jason Lund"));
        assert!(!super::two_bearers("Tim Lund", "Timothy Lund"));
        assert!(!super::two_bearers("Mr Lund", "Jason Lund"));
        assert!(!super::two_bearers("J. Lund", "Jason Lund"));
    }

    #[test]
    fn words_passed_on_by_another_are_no_second_credit() {
        let fine = [
            "“The pier is a danger to every child in this town,” Ana Ruiz said.\n\nThe council met on Monday.\n\nOmar Haddad quoted Ruiz: “The pier is a danger to every child in this town.”",
            "“The pier is a danger to every child in this town,” Ana Ruiz said.\n\nThe council met on Monday.\n\nOmar Haddad echoed her: “The pier is a danger to every child in this town.”",
            "“The pier is a danger to every child in this town,” Ana Ruiz said.\n\nThe council met on Monday.\n\nOmar Haddad repeated Ruiz’s words: “The pier is a danger to every child in this town.”",
            // a slogan chanted by a crowd and then shouted by one man
            "The crowd chanted “Save our pier, save our town” as Ana Ruiz spoke.\n\n“Save our pier, save our town,” Omar Haddad shouted from the steps.",
        ];
        for src in fine {
            let c = codes(&format!("Headline\n\n{src}"));
            assert!(c.is_empty(), "{src}: {c:?}");
        }
        // the same words credited to another, by other constructions
        let wrong = [
            "“The pier is a danger to every child in this town,” Ana Ruiz said.\n\nThe council met on Monday.\n\nOmar Haddad was blunt: “The pier is a danger to every child in this town.”",
            "“The pier is a danger to every child in this town,” Ana Ruiz said.\n\nThe council met on Monday.\n\nAccording to Omar Haddad, “the pier is a danger to every child in this town.”",
            "'The pier is a danger to every child in this town,' Ana Ruiz said.\n\nThe council met on Monday.\n\n'The pier is a danger to every child in this town,' said Omar Haddad.",
        ];
        for src in wrong {
            let c = codes(&format!("Headline\n\n{src}"));
            assert_eq!(c.len(), 1, "{src}: {c:?}");
        }
    }

    #[test]
    fn a_partial_quote_of_six_or_seven_words_credited_to_another() {
        let wrong = [
            "“It is not a clever trick or cheap trick, it is a public duty,” Ana Ruiz told the council.\n\nOmar Haddad, who runs the ferry, spoke next. Mr Haddad added that the repair was “not a clever trick or cheap trick”.",
            "Ana Ruiz spoke first. “Every single harbour family deserves clean water tonight,” she said.\n\nOmar Haddad insisted that “every single harbour family deserves clean water”.",
        ];
        for src in wrong {
            let c = codes(&format!("Headline\n\n{src}"));
            assert_eq!(c.len(), 1, "{src}: {c:?}");
        }
        // a stock phrase said by two people
        let fine = [
            "“We will do everything we can for them,” Ana Ruiz told the council.\n\nOmar Haddad said the port would “do everything we can for them”.",
            "“At the end of the day it is about jobs,” Ana Ruiz said.\n\nOmar Haddad said that “at the end of the day” the port mattered more.",
        ];
        for src in fine {
            let c = codes(&format!("Headline\n\n{src}"));
            assert!(c.is_empty(), "{src}: {c:?}");
        }
    }

    #[test]
    fn an_excerpt_with_one_word_said_as_two() {
        let wrong = [
            "Ana Ruiz, the harbour master, said: “The board has had six months to prepare for the harbour extension, and it has wasted them.”\n\nThe council met on Monday.\n\nRuiz said the board had had “six months to get ready for the harbour extension” and had no excuse.",
            // two words said as one
            "“Our crews will carry on working through every winter storm,” said Ana Ruiz.\n\nRuiz promised that crews would “continue working through every winter storm”.",
        ];
        for src in wrong {
            let c = codes(&format!("Headline\n\n{src}"));
            assert_eq!(c.len(), 1, "{src}: {c:?}");
        }
        // the excerpt word for word
        let fine = [
            "Ana Ruiz, the harbour master, said: “The board has had six months to prepare for the harbour extension, and it has wasted them.”\n\nThe council met on Monday.\n\nRuiz said the board had had “six months to prepare for the harbour extension” and had no excuse.",
        ];
        for src in fine {
            let c = codes(&format!("Headline\n\n{src}"));
            assert!(c.is_empty(), "{src}: {c:?}");
        }
    }

    #[test]
    fn a_quote_splits_into_sentences() {
        let s: Vec<&str> = super::sentences(
            "I think so. ... NATO was set up on Nov. 8 in the U.S. Things changed!",
        )
        .collect();
        assert_eq!(s.len(), 3, "{s:?}");
        assert_eq!(s[0], "I think so. ... ");
        assert_eq!(s[2], "Things changed!");
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
