//! Ages: "Ruiz, 54", "the 54-year-old Ruiz", compared per person.

use super::*;

pub(super) fn ages(ctx: &Ctx, out: &mut Vec<Finding>) {
    // "Ruiz, 54," "Ruiz, who is 54" "Ruiz, aged 54" "Ruiz, the 54-year-old"
    let text = &ctx.doc.prose;
    let mut facts: Vec<Fact<u32>> = Vec::new();
    let year_old = text.contains("-year-old ");
    // Ages on a bare surname shared by several people, for the bearer it
    // goes on meaning: kept apart until every other age is read.
    let mut shared_facts: Vec<Fact<u32>> = Vec::new();
    let mut push = |shared: bool, f: Fact<u32>| {
        if shared {
            shared_facts.push(f);
        } else {
            facts.push(f);
        }
    };
    for m in &ctx.names.mentions {
        if !ctx.body(m.range.start) {
            continue;
        }
        let rest = after(text, m.range.end, 60);
        if let Some(c) = super::scan::age_after(rest) {
            let age: u32 = c[1].parse().unwrap_or(0);
            let clause_end = m.range.end + c.get(0).map_or(0, |g| g.end());
            let tail = after(text, clause_end, 40);
            // "was 34 when", "at the time": another time.
            let past = tail.starts_with(" when") || tail.contains("at the time");
            // "who turns 61 in June": an age still to come.
            let past = past || c[0].contains("who turns ");
            if (1..=120).contains(&age) && !past {
                if let Some((p, r, shared)) = owner(ctx, m) {
                    push(
                        shared,
                        Fact {
                            subject: p,
                            value: age,
                            range: r.start..m.range.end + c.get(1).map_or(0, |g| g.end()),
                        },
                    );
                }
            }
        }
        // "the 52-year-old Commodore Venn": the age before the title.
        let mut name_start = m.title.as_ref().map_or(m.range.start, |t| t.start);
        // "the 66-year-old former teacher Okafor": the age before the
        // description before the name.
        if year_old && !text[..name_start].ends_with("-year-old ") {
            if let Some(d) = description_before(text, name_start) {
                name_start = d.start;
            }
        }
        if let Some((age, at)) = age_before_named(text, name_start) {
            if let Some((p, r, shared)) = owner(ctx, m) {
                push(
                    shared,
                    Fact {
                        subject: p,
                        value: age,
                        range: at..r.end,
                    },
                );
            }
        }
        let head = before(text, name_start, 20);
        let long_head = before(text, name_start, 40);
        if let Some((age, at)) = word_age_before(long_head) {
            if let Some((p, r, shared)) = owner(ctx, m) {
                push(
                    shared,
                    Fact {
                        subject: p,
                        value: age,
                        range: name_start - long_head.len() + at..r.end,
                    },
                );
            }
        }
        if let Some(c) = super::scan::age_before(head) {
            let age: u32 = c[1].parse().unwrap_or(0);
            let start = name_start - head.len() + c.get(0).map_or(0, |g| g.start());
            if (1..=120).contains(&age) {
                if let Some((p, r, shared)) = owner(ctx, m) {
                    push(
                        shared,
                        Fact {
                            subject: p,
                            value: age,
                            range: start..r.end,
                        },
                    );
                }
            }
        }
    }
    other_phrasings(ctx, &mut facts);
    described(ctx, &mut facts);
    unread_surnames(ctx, &mut facts);
    // The one person near a lone description's age is read from the ages
    // stated above, before a description is given to whoever the sentences
    // before it name.
    standing_alone(ctx, &mut facts);
    standing_for_a_name(ctx, &mut facts);
    // A description or a pronoun for the one person in play.
    one_in_play(ctx, &mut facts);
    pronoun_ages(ctx, &mut facts);
    // A shared surname's age is the bearer's it goes on meaning, unless it
    // is another bearer's stated age or its sentence's pronoun is of the
    // other gender.
    for f in shared_facts {
        let others = ctx
            .by_surname
            .values()
            .find(|s| s.contains(&f.subject))
            .map_or(&[][..], Vec::as_slice);
        let anothers = facts
            .iter()
            .any(|g| g.value == f.value && g.subject != f.subject && others.contains(&g.subject));
        let sentence_end = ctx
            .doc
            .sentence_at(f.range.end)
            .map_or(f.range.end, |si| ctx.doc.sentences[si].end);
        let gender = pronoun_gender(&text[f.range.end..sentence_end]);
        if !anothers && !other_gender(ctx, f.subject, gender) {
            facts.push(f);
        }
    }
    facts.sort_by_key(|f| f.range.start);
    report_pairs(
        &facts,
        |a, b| a != b,
        |earlier, later| {
            let name = short_name(ctx, later.subject);
            ctx.conflict(
                "conflicting-age",
                later.range.clone(),
                earlier.range.clone(),
                format!(
                    "{name} is {} here (“{}”) but {} at line {} (“{}”): one of the ages is wrong",
                    later.value,
                    ctx.doc.text(later.range.clone()),
                    earlier.value,
                    ctx.line(earlier.range.start),
                    ctx.doc.text(earlier.range.clone()),
                ),
            )
        },
        out,
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_support::codes;

    #[test]
    fn ages() {
        let c = codes("Headline\n\nFerry captain Ruth Calloway, 61, steered through the gale.\n\nThe 63-year-old Calloway said she had seen worse.");
        assert_eq!(
            c,
            vec![("conflicting-age".into(), "63-year-old Calloway".into())]
        );
        // an age in the past is another time
        assert!(codes(
            "Headline\n\nNina Brook, 58, runs the mill. Brook was 30 when she bought it."
        )
        .is_empty());
        // two people who share a surname
        assert!(
            codes("Headline\n\nOwen Tate, 80, and his wife, Iris Tate, 77, stayed home.")
                .is_empty()
        );
    }
}

/// The subject a mention's age is about, where it is stated, and whether
/// the mention is a bare surname several people share, read as the bearer
/// it goes on meaning ([`continuing_bearer`]).
fn owner(ctx: &Ctx, m: &super::super::names::Mention) -> Option<(usize, Range<usize>, bool)> {
    match person_of(ctx, m) {
        Some((p, r)) => Some((p, r, false)),
        None => continuing_bearer(ctx, m).map(|p| (p, m.range.clone(), true)),
    }
}

/// "the 59-year-old superintendent": an age on a description that can
/// mean only one person, the one the draft gives that role ("Superintendent
/// Mara Quist", "Quist, the district's superintendent").
fn described(ctx: &Ctx, facts: &mut Vec<Fact<u32>>) {
    let text = &ctx.doc.prose;
    let year_old = text.contains("-year-old");
    // "The union president, 49, said": a description with the age after
    // it: where the age stands, its digits, and where the description
    // starts and its head noun. Found before the roles are gathered, from
    // each ", " (its commas found by a byte search).
    let mut after_description: Vec<(usize, usize, usize, &str)> = Vec::new();
    for (i, _) in text.match_indices(',') {
        if !text[i + 1..].starts_with(' ') {
            continue;
        }
        // "the union president, 49,", "the Welsh-born potter, aged 52,"
        let mut at = i + 2;
        if let Some(lead) = ["aged ", "who is ", "who turned "]
            .into_iter()
            .find(|l| text[at..].starts_with(l))
        {
            at += lead.len();
        }
        let t = &text[at..];
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&digits) || !t[digits..].starts_with(',') || !ctx.body(i) {
            continue;
        }
        let lead = before(text, i, 50);
        let Some(the) = lead.rfind("the ").max(lead.rfind("The ")) else {
            continue;
        };
        let phrase = &lead[the + 4..];
        // Small words, or a capitalised compound ("Welsh-born").
        if phrase.is_empty()
            || !phrase.split(' ').all(|w| {
                w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                    || w.contains('-') && w.chars().all(|c| c.is_alphabetic() || c == '-')
            })
        {
            continue;
        }
        if let Some(head) = phrase.rsplit(' ').next() {
            after_description.push((at, digits, i - lead.len() + the + 4, head));
        }
    }
    if !year_old && after_description.is_empty() {
        return;
    }
    // Each role noun and the people given it.
    let mut holders: FxHashMap<String, FxHashSet<usize>> = FxHashMap::default();
    // Every small word of an apposition or a predicate ("Lind is a painter
    // too", "Lind, a painter,"): a role the person may hold though it is on
    // no role list. It never makes a holder, only a second one.
    let mut maybe: FxHashMap<&str, FxHashSet<usize>> = FxHashMap::default();
    for m in &ctx.names.mentions {
        let Some((p, _)) = person_of(ctx, m) else {
            continue;
        };
        // "the painter Ana Ruiz", "the bakery's founder, Ana Ruiz".
        let name_start = m.title.as_ref().map_or(m.range.start, |t| t.start);
        if let Some(head) = role_before(text, name_start) {
            holders.entry(head.to_string()).or_default().insert(p);
        }
        if let Some(head) = role_in_apposition_before(text, name_start) {
            holders.entry(head).or_default().insert(p);
        }
        // "Ana Ruiz, 68, who started the bakery in 1990", "Ruiz founded the
        // firm": the one who did it is its founder (owner, director).
        for noun in agent_nouns(after(text, m.range.end, 80)) {
            holders.entry(noun).or_default().insert(p);
        }
        let mut add = |phrase: &str| {
            if let Some(words) = super::titles::role(phrase.trim()) {
                if let Some(head) = words.last() {
                    holders.entry(head.clone()).or_default().insert(p);
                }
            }
        };
        if let Some(t) = &m.title {
            add(ctx.doc.text(t.clone()));
        }
        let rest = after(text, m.range.end, 80);
        if let Some(phrase) = rest
            .strip_prefix(", ")
            .and_then(|r| r.split([',', '.', ';']).next())
            .filter(|p| p.starts_with("the ") || p.starts_with("a "))
        {
            add(phrase);
            for w in phrase.split(' ') {
                maybe.entry(w).or_default().insert(p);
            }
        }
        // "Quist, 61, is a school superintendent", "Quist has been the
        // district's superintendent since 2019": the role as the predicate.
        if let Some(phrase) = predicate_role(rest) {
            add(phrase);
            for w in phrase.split(' ') {
                maybe.entry(w).or_default().insert(p);
            }
        }
    }
    // Any noun the draft uses of a person, on a role list or not ("Guitarist
    // Tom Webb", "Webb, a mother-of-two,"): the description means the one
    // person it was used of.
    for (noun, p) in nouns_of_people(ctx) {
        holders.entry(noun).or_default().insert(p);
    }
    // The one person a role noun can mean: its holder, when no one else
    // holds it or may.
    let only = |head: &str| -> Option<usize> {
        let people = holders.get(head)?;
        let [person] = people.iter().copied().collect::<Vec<_>>()[..] else {
            return None;
        };
        let others = maybe
            .get(head)
            .is_some_and(|m| m.iter().any(|&q| q != person));
        (!others).then_some(person)
    };
    // A description with an age that no one in the draft is given, opening
    // the sentence after one about a single person: that person ("Ana
    // Ruiz has thrown pots for decades. Now the Welsh-born potter,
    // aged 52, …"). Read first, so the noun then means that person.
    let mut anaphors: Vec<(usize, &str, Fact<u32>)> = Vec::new();
    for &(at, digits, start, head) in &after_description {
        let age: u32 = text[at..at + digits].parse().unwrap_or(0);
        if only(head).is_none() && !holders.contains_key(head) && !maybe.contains_key(head) {
            if let Some(person) = anaphor(ctx, start - 4, head, age, facts) {
                let range = start..at + digits;
                anaphors.push((
                    start,
                    head,
                    Fact {
                        subject: person,
                        value: age,
                        range,
                    },
                ));
            }
        }
    }
    for (_, head, f) in &anaphors {
        holders
            .entry(head.to_string())
            .or_default()
            .insert(f.subject);
    }
    let only = |head: &str| -> Option<usize> {
        let people = holders.get(head)?;
        let [person] = people.iter().copied().collect::<Vec<_>>()[..] else {
            return None;
        };
        let others = maybe
            .get(head)
            .is_some_and(|m| m.iter().any(|&q| q != person));
        (!others).then_some(person)
    };
    facts.extend(anaphors.into_iter().map(|(_, _, f)| f));
    for (at, digits, start, head) in after_description {
        if facts.iter().any(|f| f.range.start == start) {
            continue;
        }
        let Some(person) = only(head) else {
            continue;
        };
        let age: u32 = text[at..at + digits].parse().unwrap_or(0);
        if (1..=120).contains(&age) {
            facts.push(Fact {
                subject: person,
                value: age,
                range: start..at + digits,
            });
        }
    }
    for c in super::scan::the_year_old_words(text).filter(|_| year_old) {
        let whole = c.get(0).map_or(0..0, |g| g.range());
        if !ctx.body(whole.start) {
            continue;
        }
        // The description's noun: a role some person in the draft holds,
        // among the words before a grammar word.
        let words: Vec<&str> = c[2].split(' ').collect();
        let age: u32 = c[1].parse().unwrap_or(0);
        let noun_words: Vec<&str> = words
            .iter()
            .copied()
            .take_while(|w| {
                !super::facts::is_function_word(w)
                    && !super::facts::is_light_verb(w)
                    && !verb_like(w)
            })
            .take(3)
            .collect();
        // "The 52-year-old artist" opening the sentence after one about a
        // single person, when no one in the draft is given the noun.
        let lone = noun_words.first().filter(|h| {
            !holders.contains_key(**h)
                && !maybe.contains_key(**h)
                && noun_words.len() == 1
                && words.len() > 1
        });
        let anaphoric = lone.and_then(|h| anaphor(ctx, whole.start, h, age, facts).map(|p| (h, p)));
        let Some((head, person)) = anaphoric.or_else(|| {
            let head = noun_words.iter().find(|w| holders.contains_key(**w))?;
            Some((head, only(head)?))
        }) else {
            continue;
        };
        let end =
            c.get(2).map_or(whole.end, |g| g.start()) + c[2].find(head).unwrap_or(0) + head.len();
        // "the 64-year-old painter's son": the age is another person's;
        // "the 66-year-old teacher Okafor": the named person's, read above.
        let possessive = text[end..].starts_with("'s") || text[end..].starts_with("’s");
        let named = ctx
            .names
            .mentions
            .iter()
            .any(|m| m.title.as_ref().map_or(m.range.start, |t| t.start) == end + 1);
        if (1..=120).contains(&age) && !possessive && !named {
            facts.push(Fact {
                subject: person,
                value: age,
                range: c.get(1).map_or(whole.start, |g| g.start())..end,
            });
        }
    }
}

/// The one person a description opening its sentence can stand for
/// (`the` is where its "the" starts, `head` its noun): the person the
/// sentence before is about, named there as the subject of a verb and no
/// one else named there; never an office ("the mayor" is whoever holds it,
/// read from the draft's titles), never against a pronoun of the other
/// gender, and never where the age is far from one the person is given by
/// name (that description is someone else).
fn anaphor(ctx: &Ctx, the: usize, head: &str, age: u32, facts: &[Fact<u32>]) -> Option<usize> {
    let text = &ctx.doc.prose;
    if super::titles::role(head).is_some() || !(1..=120).contains(&age) {
        return None;
    }
    let si = ctx.doc.sentence_at(the)?;
    let sentence = ctx.doc.sentences[si].clone();
    // "The artist", "Now the artist", "But the artist,": at most one word
    // before it.
    let lead = text[sentence.start..the].trim_end_matches([' ', ',']);
    if lead.contains(' ') || lead.len() > 12 || si == 0 {
        return None;
    }
    let prev = ctx.doc.sentences[si - 1].clone();
    if !ctx.body(prev.start) {
        return None;
    }
    let mut person = None;
    for m in ctx
        .names
        .mentions
        .iter()
        .filter(|m| m.range.start >= prev.start && m.range.start < sentence.end)
    {
        if m.range.start >= sentence.start || m.kind != NameKind::Person {
            // A name in the description's own sentence, or an organisation
            // read as a name: someone the description may be beside.
            if m.kind == NameKind::Person {
                return None;
            }
            continue;
        }
        let (p, _) = person_of(ctx, m)?;
        if person.is_some_and(|q| q != p) {
            return None;
        }
        // The subject of a verb: "Visser has painted", "Visser, 52, said".
        let rest = after(text, m.range.end, 40);
        let rest = clause_after_name(rest).unwrap_or(rest);
        let verb = rest
            .trim_start()
            .split([' ', ',', '.'])
            .next()
            .unwrap_or("");
        if person.is_none() && !verb_like(verb) {
            return None;
        }
        person = Some(p);
    }
    let person = person?;
    let gender = pronoun_gender(&text[the..sentence.end]);
    // An age given by name just before: the description is someone else.
    let far = facts.iter().any(|f| {
        f.subject == person
            && (f.value.abs_diff(age) > 4 || (prev.start..sentence.end).contains(&f.range.start))
    });
    (!far && !other_gender(ctx, person, gender)).then_some(person)
}

#[cfg(test)]
mod described_tests {
    use super::super::test_support::ages;

    #[test]
    fn every_phrasing_of_an_age() {
        // a description that means one person
        assert_eq!(
            ages("Superintendent Mara Quist, 61, proposed the cuts.\n\nThe 58-year-old superintendent said the count ran late."),
            ["58-year-old superintendent"]
        );
        // an apposition gives the role
        assert_eq!(
            ages("Ana Ruiz, the district's treasurer, is 48. Ruiz, 48, spoke first.\n\nThe 46-year-old treasurer left early.").len(),
            1
        );
        // "who turned"
        assert_eq!(
            ages("Colm Reyes, who turned 63 in May, runs the ferry.\n\nReyes, 68, said the boat was sound.").len(),
            1
        );
        // "aged", "who is"
        assert_eq!(
            ages("Lena Ortiz, aged 40, won.\n\nOrtiz, who is 41, thanked her team.").len(),
            1
        );
    }

    #[test]
    fn descriptions_of_several_people_and_past_ages() {
        // two people hold the role: the description means neither for sure
        assert!(ages(
            "Judge Ann Pike, 61, and Judge Tom Bell, 55, sat.\n\nThe 59-year-old judge dissented."
        )
        .is_empty());
        // a description nobody in the draft holds
        assert!(ages("Mara Quist, 61, spoke.\n\nThe 59-year-old farmer disagreed.").is_empty());
        // an age in the past
        assert!(
            ages("Nina Brook, 58, runs the mill. Brook, 30 at the time, bought it in 1996.")
                .is_empty()
        );
    }
}

/// "The 66-year-old criticised the fine": an age standing for a name as
/// the subject of a sentence, meaning the one person the sentence before
/// it and the one before that speak of. Only as the subject: a verb after
/// it ("criticised", "has", "said"), never a noun ("the 70-year-old bakery").
fn standing_for_a_name(ctx: &Ctx, facts: &mut Vec<Fact<u32>>) {
    let text = &ctx.doc.prose;
    if !text.contains("The ") || !text.contains("-year-old ") {
        return;
    }
    for c in super::scan::the_year_old_word(text) {
        let whole = c.get(0).map_or(0..0, |g| g.range());
        let Some(si) = ctx.doc.sentence_at(whole.start) else {
            continue;
        };
        let verb = &c[2];
        let next = text[whole.end..]
            .trim_start()
            .split([' ', ',', '.'])
            .next()
            .unwrap_or("");
        if ctx.doc.sentences[si].start != whole.start
            || !ctx.body(whole.start)
            || !opens_as_subject(verb, next)
        {
            continue;
        }
        // "The 66-year-old retired teacher Okafor": a description before
        // a name (read or not by the names model), whose age is the name's.
        let words_start = c.get(2).map_or(whole.end, |g| g.start());
        let words: Vec<&str> = after(text, words_start, 60).split(' ').take(5).collect();
        let small = words
            .iter()
            .take_while(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
            .count();
        let before_a_name = verb.ends_with("ed")
            && small >= 2
            && !words[1..small]
                .iter()
                .any(|w| super::facts::is_function_word(w))
            && words
                .get(small)
                .is_some_and(|w| w.len() > 1 && w.starts_with(|c: char| c.is_uppercase()));
        if before_a_name {
            continue;
        }
        let from = ctx.doc.sentences[si.saturating_sub(2)].start;
        let mut subjects: FxHashSet<usize> = FxHashSet::default();
        let mut unresolved = false;
        for m in ctx
            .names
            .mentions
            .iter()
            .filter(|m| m.range.start >= from && m.range.start < whole.start)
        {
            match person_of(ctx, m) {
                Some((p, _)) => {
                    subjects.insert(p);
                }
                None if m.kind == NameKind::Person => unresolved = true,
                None => {}
            }
        }
        let age: u32 = c[1].parse().unwrap_or(0);
        let subjects: Vec<usize> = subjects.into_iter().collect();
        let person = match subjects[..] {
            [person] => person,
            // "Coach Luis Arana is furious about a remark on Tomas Henning.
            // The 66-year-old criticised …": several people, and the one
            // the sentence before opens with as its subject, when no age
            // stated for that person is far from this one.
            [_, _, ..] if !unresolved => {
                let Some(p) = subject_opening(ctx, si - 1) else {
                    continue;
                };
                let far = facts
                    .iter()
                    .any(|f| f.subject == p && f.value.abs_diff(age) > 4);
                if far || !subjects.contains(&p) {
                    continue;
                }
                p
            }
            _ => continue,
        };
        // "The 63-year-old said he …" after a sentence about a woman: not her.
        let sentence_end = ctx.doc.sentences[si].end;
        if other_gender(ctx, person, pronoun_gender(&text[whole.end..sentence_end])) {
            continue;
        }
        let claimed = facts.iter().any(|f| f.range.contains(&whole.start));
        if (1..=120).contains(&age) && !unresolved && !claimed {
            let end = c.get(2).map_or(whole.end, |g| g.start()) - 1;
            facts.push(Fact {
                subject: person,
                value: age,
                range: c.get(1).map_or(whole.start, |g| g.start())..end,
            });
        }
    }
}

/// The person sentence `si` opens with as the subject of its verb: the
/// first name in it, with at most a title or a short description before it
/// ("Spain coach Luis Arana is"), followed by a verb.
fn subject_opening(ctx: &Ctx, si: usize) -> Option<usize> {
    let text = &ctx.doc.prose;
    let sentence = ctx.doc.sentences.get(si)?.clone();
    let m = ctx.names.mentions.iter().find(|m| {
        m.range.start >= sentence.start
            && m.range.start < sentence.end
            && m.kind == NameKind::Person
    })?;
    let lead = &text[sentence.start..m.title.as_ref().map_or(m.range.start, |t| t.start)];
    if lead.contains([',', '"', '“', '(']) || lead.split_whitespace().count() > 3 {
        return None;
    }
    let rest = after(text, m.range.end, 40);
    let rest = clause_after_name(rest).unwrap_or(rest);
    let verb = rest
        .trim_start()
        .split([' ', ',', '.'])
        .next()
        .unwrap_or("");
    if !verb_like(verb) {
        return None;
    }
    person_of(ctx, m).map(|(p, _)| p)
}

/// "Judge Ross said the 54-year-old had shown remorse": a description that
/// stands alone for someone, with a verb or a comma after it. The draft
/// says "the", so it means someone it has already named; when its age is
/// stated nowhere else in the draft and exactly one person is given an age
/// within three years of it, every other stated age being ten years or
/// more away, it can only be that person, given two ages. Run after every
/// other age is gathered, whose facts it reads.
fn standing_alone(ctx: &Ctx, facts: &mut Vec<Fact<u32>>) {
    let text = &ctx.doc.prose;
    if facts.is_empty() || !text.contains("-year-old") {
        return;
    }
    let mut found: Vec<Fact<u32>> = Vec::new();
    for (i, _) in text.match_indices("-year-old") {
        let digits = text[..i]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
        // "the forty-five-year-old": the age in words.
        let letters = if digits == 0 {
            text[..i]
                .bytes()
                .rev()
                .take_while(|b| b.is_ascii_alphabetic() || *b == b'-')
                .count()
        } else {
            0
        };
        let num_start = i - digits - letters;
        let lead = &text[..num_start];
        let in_words = (letters > 0)
            .then(|| super::counts::number_word(&text[num_start..i]))
            .flatten();
        if !((1..=3).contains(&digits) || in_words.is_some())
            || !(lead.ends_with("the ") || lead.ends_with("The "))
        {
            continue;
        }
        let the_start = num_start - 4;
        if lead[..the_start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            || !ctx.body(the_start)
        {
            continue;
        }
        let end = i + "-year-old".len();
        let rest = after(text, end, 60);
        let alone = match rest.strip_prefix(' ') {
            Some(r) => {
                let mut words = r.split(' ').peekable();
                // "the 24-year-old Austrian added": one capitalised noun
                // shaped like a nationality, no name of the draft's, before
                // the verb.
                if let Some(&w) = words.peek() {
                    let at = end + 1;
                    let origin = super::super::names::demonym_shaped(w)
                        && w.starts_with(|c: char| c.is_uppercase())
                        && w.chars().all(char::is_alphabetic)
                        && !super::super::names::is_given_name(w)
                        && !ctx.by_surname.contains_key(&fold(w))
                        && !ctx.names.mentions
                            [ctx.names.mentions.partition_point(|m| m.range.start < at)..]
                            .iter()
                            .take_while(|m| m.range.start == at)
                            .any(|m| m.person.is_some());
                    if origin {
                        words.next();
                    }
                }
                let verb = words.next().unwrap_or("");
                // "the 54-year-old retired teacher Okafor": a description
                // before a name, read elsewhere.
                verb_like(verb)
                    && !words
                        .take(3)
                        .any(|w| w.starts_with(|c: char| c.is_uppercase()))
            }
            None => rest.starts_with(", ") || rest.starts_with(". "),
        };
        if !alone {
            continue;
        }
        let age: u32 = match in_words {
            Some(v) => v as u32,
            None => text[num_start..i].parse().unwrap_or(0),
        };
        // The age stated anywhere else, in figures or in the same words.
        let figures = age.to_string();
        let stated = |number: &str, part: fn(&char) -> bool| {
            text.match_indices(number).any(|(j, _)| {
                j != num_start
                    && !text[..j].chars().next_back().is_some_and(|c| part(&c))
                    && !text[j + number.len()..]
                        .chars()
                        .next()
                        .is_some_and(|c| part(&c))
            })
        };
        let stated_elsewhere = stated(&figures, char::is_ascii_digit)
            || in_words.is_some()
                && stated(&text[num_start..i], |c| {
                    c.is_ascii_alphabetic() || *c == '-'
                });
        if stated_elsewhere || !(1..=120).contains(&age) {
            continue;
        }
        let mut near: FxHashSet<usize> = FxHashSet::default();
        let mut middling = false;
        for f in facts.iter() {
            match f.value.abs_diff(age) {
                0..=3 => {
                    near.insert(f.subject);
                }
                4..=9 => middling = true,
                _ => {}
            }
        }
        let [person] = near.into_iter().collect::<Vec<_>>()[..] else {
            continue;
        };
        let sentence_end = ctx
            .doc
            .sentence_at(end)
            .map_or(end, |si| ctx.doc.sentences[si].end);
        if !middling && !other_gender(ctx, person, pronoun_gender(&text[end..sentence_end])) {
            found.push(Fact {
                subject: person,
                value: age,
                range: the_start..end,
            });
        }
    }
    facts.extend(found);
}

/// The gender of the first personal pronoun in `text` ("said he would",
/// "her own record"), which a description opening the sentence stands for.
fn pronoun_gender(text: &str) -> Option<super::super::names::Gender> {
    text.split(|c: char| !c.is_alphabetic())
        .find_map(super::super::names::Gender::of_pronoun)
}

/// Whether someone the names model links to `subject` is shown of a
/// gender other than `g`.
fn other_gender(ctx: &Ctx, subject: usize, g: Option<super::super::names::Gender>) -> bool {
    let Some(g) = g else {
        return false;
    };
    ctx.names
        .people
        .iter()
        .enumerate()
        .any(|(i, person)| ctx.subject[i] == subject && person.gender.is_some_and(|h| h != g))
}

/// Whether "The 66-year-old" opening a sentence is its subject, from the
/// word after it and the one after that: a verb of the past or an
/// auxiliary ("criticised", "has", "won", "held"); an adverb before such a
/// verb ("now lives", "also said"); or a verb of the present before a
/// preposition, article or pronoun ("lives above the shop", "runs the
/// mill"), where a plural noun would be followed by its own verb ("The
/// 43-year-old twins said").
fn opens_as_subject(word: &str, next: &str) -> bool {
    // "lives", "runs": an -s form, not "boss" or a possessive.
    let s_form =
        |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s");
    // Prepositions of place that `is_function_word` does not hold.
    let after_verb = |w: &str| {
        super::facts::is_function_word(w)
            || matches!(
                w,
                "above"
                    | "below"
                    | "near"
                    | "across"
                    | "behind"
                    | "beside"
                    | "alone"
                    | "outside"
                    | "inside"
            )
    };
    let verb = |w: &str| verb_like(w) || super::facts::is_irregular_past(w);
    verb(word)
        || s_form(word) && after_verb(next)
        || matches!(
            word,
            "now" | "also" | "still" | "never" | "later" | "then" | "recently" | "already" | "once"
        ) && (verb(next) || s_form(next))
}

/// A word after "The 66-year-old" that makes it a sentence's subject: a
/// past-tense verb or an auxiliary.
fn verb_like(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed") && !word.ends_with("eed"))
        || matches!(
            word,
            "has"
                | "had"
                | "is"
                | "was"
                | "will"
                | "would"
                | "could"
                | "can"
                | "said"
                | "says"
                | "told"
                | "won"
                | "left"
                | "became"
                | "began"
                | "spent"
                | "took"
                | "made"
                | "admits"
                | "insists"
                | "joins"
                | "faces"
                | "hopes"
                | "believes"
        )
}

#[cfg(test)]
mod standing_alone_tests {
    use super::super::test_support::ages;

    #[test]
    fn a_sentence_opening_age_before_any_verb_is_its_subject() {
        for wrong in [
            "Lena Ortiz, 41, runs the bakery.\n\nThe 43-year-old lives above the shop.\n",
            "Lena Ortiz, 41, runs the bakery.\n\nThe 43-year-old now lives above the shop.\n",
            "Lena Ortiz, 41, runs the bakery.\n\nThe 43-year-old also owns the cafe next door.\n",
            "Lena Ortiz, 41, runs the bakery.\n\nThe 43-year-old held the lease for a decade.\n",
            "Lena Ortiz, 41, runs the bakery.\n\nThe 43-year-old bakes from four in the morning.\n",
        ] {
            assert_eq!(ages(wrong).len(), 1, "{wrong}");
        }
        for silent in [
            // a plural noun after the age, then its own verb
            "Lena Ortiz, 41, runs the bakery.\n\nThe 43-year-old twins said they would buy it.\n",
            // a noun phrase, not a subject
            "Lena Ortiz, 41, runs the bakery.\n\nThe 43-year-old bakery is the oldest in town.\n",
            // two people named before it
            "Lena Ortiz, 41, and Tom Webb, 47, run the bakery.\n\nThe 43-year-old lives above the shop.\n",
            // its own age stated before
            "Lena Ortiz, 43, runs the bakery.\n\nThe 43-year-old now lives above the shop.\n",
        ] {
            assert!(ages(silent).is_empty(), "{silent}");
        }
    }

    #[test]
    fn a_description_standing_alone_for_the_one_person_near_its_age() {
        // Mid-sentence in a reported clause, after a speaker who is not
        // the person meant.
        let found = ages(
            "Ayla Korkmaz, 52, admitted the theft.\n\nJudge Ross said the 54-year-old had shown remorse.\n",
        );
        assert_eq!(found, ["the 54-year-old"]);
        // Opening its sentence, with another person aged far away.
        let found = ages(
            "Tomás Ferreira, who is 61, won the race. Lucía Ferreira, 27, won the women's race.\n\nThe 63-year-old said he would race again.\n",
        );
        assert_eq!(found, ["The 63-year-old"]);
        // After a comma, the object of a verb.
        let found = ages(
            "Coach Nnamdi Eze, 44, was sacked on Friday.\n\nThe club thanked the 46-year-old, who joined in 2019.\n",
        );
        assert_eq!(found, ["the 46-year-old"]);
        // The sentence before names someone else, whose gender the
        // pronoun after the description rules out.
        let found = ages(
            "Tomás Ferreira, who is 61, won the race.\n\nRace director Maria Quinn said the day went well.\n\nThe 63-year-old said he would race again.\n",
        );
        assert_eq!(found, ["The 63-year-old"]);
        // Someone of no known gender named just before: the age stated
        // near it decides, not the sentence before.
        let found = ages(
            "Tomás Ferreira, who is 61, won the race.\n\nRace director Ode Lanre said the day went well.\n\nThe 63-year-old said he would race again.\n",
        );
        assert_eq!(found, ["The 63-year-old"]);
    }

    #[test]
    fn a_description_that_may_mean_someone_else_is_left_alone() {
        for src in [
            // The age is stated again elsewhere: a person of its own.
            "Ayla Korkmaz, 52, admitted the theft. A 54-year-old man was also held.\n\nPolice said the 54-year-old was released.\n",
            // Two people near the age.
            "Ayla Korkmaz, 52, and Deniz Aksoy, 55, admitted the theft.\n\nThe 54-year-old wept.\n",
            // Another person's age is neither near nor far.
            "Ayla Korkmaz, 52, and Deniz Aksoy, 47, admitted the theft.\n\nThe 54-year-old wept.\n",
            // The same age: no conflict.
            "Ayla Korkmaz, 52, admitted the theft.\n\nThe 52-year-old wept.\n",
            // No one near the age.
            "Ayla Korkmaz, 22, admitted the theft.\n\nThe 54-year-old wept.\n",
            // A description before a name.
            "Ayla Korkmaz, 52, admitted the theft.\n\nThe 54-year-old retired teacher Deniz Aksoy wept.\n",
            // A thing, not a person: the word after is a noun.
            "Ayla Korkmaz, 52, runs the mill.\n\nThe 54-year-old building needs a roof.\n",
            // Indefinite: someone new.
            "Ayla Korkmaz, 52, admitted the theft.\n\nA 54-year-old was also held.\n",
            // The pronoun after it is of another gender than the one near.
            "Maria Korkmaz, 52, admitted the theft.\n\nThe 54-year-old said he was sorry.\n",
        ] {
            assert!(ages(src).is_empty(), "{src}");
        }
    }
}

#[cfg(test)]
mod standing_tests {
    use super::super::test_support::ages;

    #[test]
    fn an_age_standing_for_the_name_before_it() {
        for later in [
            "The 64-year-old criticised the fine.",
            "The 64-year-old has coached the side since May.",
            "The 64-year-old said he would appeal.",
            "The 64-year-old was handed the fine on Tuesday.",
            "The 64-year-old insists he meant no offence.",
        ] {
            let c = ages(&format!(
                "Coach Luis Arana, 66, was fined on Tuesday. Arana apologised. {later}"
            ));
            assert_eq!(c.len(), 1, "{later}: {c:?}");
        }
        // the lede's mention, then the sentence: an age standing for the name
        assert_eq!(
            ages("Owen Tate was fined. The 61-year-old appealed.\n\nTate, 62, lost the appeal.")
                .len(),
            1
        );
    }

    #[test]
    fn an_age_on_a_thing_or_after_two_people_is_no_one() {
        // a noun after the age: a thing, not the person
        assert!(ages("Nina Brook, 58, runs the mill. The 60-year-old firm is hers.").is_empty());
        assert!(ages("Nina Brook, 58, runs the mill. The 60-year-old building leaked.").is_empty());
        // two people in the sentences before: whose age is it?
        assert!(ages(
            "Nina Brook, 58, met Ana Ruiz, 60, on Monday. The 60-year-old said it went well."
        )
        .is_empty());
        // not the sentence's subject
        assert!(ages("Nina Brook, 58, spoke. Critics said the 60-year-old appealed.").is_empty());
    }
}

#[cfg(test)]
mod subject_tests {
    use super::super::test_support::codes;

    fn ages(src: &str) -> usize {
        codes(src)
            .iter()
            .filter(|(code, _)| code == "conflicting-age")
            .count()
    }

    #[test]
    fn one_person_under_every_form_of_the_name() {
        // a headline's capitalised word before the surname is no second person
        assert_eq!(ages("Rocker Tate in fight\n\nRock singer Pete Tate fought.\n\nThe 28-year-old Tate appealed for calm.\n\nTate, 25, went home."), 1);
        // a description before the surname in a headline that ends in a full stop
        assert_eq!(ages("Liberal Oscar-winner Okafor not sure about it.\n\nActress Susan Okafor is not sure.\n\n“It is fair,” Okafor, 69, told the Gazette.\n\nThe 66-year-old Okafor is one of many."), 1);
        // a courtesy title makes a place-named word a surname
        assert_eq!(
            ages("Vote\n\nJohn Houston, 54, spoke.\n\nMr Houston, 57, said it was over."),
            1
        );
        // a nickname and the full given name
        assert_eq!(ages("Bank\n\nTimothy J. Sloan was named.\n\nNew chief Tim Sloan spoke. Mr. Sloan, 56, smiled.\n\nMr. Sloan, 65, left."), 1);
        // a generational suffix
        assert_eq!(ages("Navy\n\nAdm. Harry B. Harris Jr. spoke.\n\nAdmiral Harris, 59, said so.\n\nThe 56-year-old Admiral Harris left."), 1);
    }

    #[test]
    fn two_people_of_one_surname_stay_two() {
        // sisters, one of them with a word before her name
        assert_eq!(ages("Marathon\n\nSisters Maya Ortega, 26, and Julia Ortega, 22, ran. Julia won.\n\n“I promised her,” Maya Ortega said."), 0);
        // father and son
        assert_eq!(ages("Stop\n\nMarco Delgado, 41, drove. Marco Delgado Jr., 19, sat beside him.\n\nDelgado, 42, was charged."), 0);
        assert_eq!(ages("Vote\n\nJohn Houston, 54, and Mary Houston, 51, spoke.\n\nMr Houston, 57, said it was over."), 0);
        assert_eq!(
            ages("Bank\n\nTom Sloan, 56, and Tim Sloan, 50, spoke.\n\nSloan, 65, left."),
            0
        );
    }
}

/// "Okonjo, 71, told Radio Kestrel" where the names model read no mention (a
/// surname after a closing quote, "The 68-year-old Okonjo" opening a
/// sentence): a capitalised word with an age beside it, that is the
/// surname of one person the draft introduces.
fn unread_surnames(ctx: &Ctx, facts: &mut Vec<Fact<u32>>) {
    let text = &ctx.doc.prose;
    let mut found = |word: Range<usize>, age: &str, range: Range<usize>| {
        if ctx.names.mention_at(word.start).is_some() || !ctx.body(word.start) {
            return;
        }
        let Some([person]) = ctx
            .by_surname
            .get(&fold(ctx.doc.text(word)))
            .map(Vec::as_slice)
        else {
            return;
        };
        let age: u32 = age.parse().unwrap_or(0);
        if (1..=120).contains(&age) {
            facts.push(Fact {
                subject: *person,
                value: age,
                range,
            });
        }
    };
    // ", 69,": a comma, a space and a digit, before compiling the pattern.
    let age_after_comma = text
        .as_bytes()
        .windows(3)
        .any(|w| w[0] == b',' && w[1] == b' ' && w[2].is_ascii_digit());
    if age_after_comma {
        for (word, age) in super::scan::surname_comma_age(text) {
            found(word.clone(), &text[age.clone()], word.start..age.end);
        }
    }
    if text.contains("-year-old ") {
        for (age, word) in super::scan::year_old_name(text) {
            found(word.clone(), &text[age.clone()], age.start..word.end);
        }
    }
}

#[cfg(test)]
mod unread_tests {
    use super::super::test_support::marked;

    fn ages(src: &str) -> usize {
        marked("conflicting-age", src).len()
    }

    #[test]
    fn a_surname_the_names_model_did_not_read() {
        assert_eq!(ages("Susan Okafor backs Ruiz.\n\n\u{201c}It is a fair concern,\u{201d} Okafor, 69, told the Gazette.\n\nThe 66-year-old Okafor is one of many."), 1);
        // a word that is no one's surname
        assert_eq!(
            ages(
                "Susan Okafor backs Ruiz.\n\nThe 66-year-old Ford is her car. Okafor, 69, said so."
            ),
            0
        );
        // a surname two people share
        assert_eq!(ages("Susan Okafor and Tim Okafor spoke.\n\nThe 66-year-old Okafor is one of many. Okafor, 69, said so."), 0);
    }
}

/// The nouns for the one who did what a clause right after a name says
/// the person did to an organisation or a work: "founded the bakery" and
/// the ways to say it ("started", "set up", "established", "launched",
/// "co-founded") make a founder; another verb in -ed its agent noun
/// ("owned the shop": owner, "directed the film": director). The object
/// must be a thing named with an article, a possessive or a capital:
/// "started work in 1990" makes no founder.
fn agent_nouns(rest: &str) -> Vec<String> {
    let Some(r) = clause_after_name(rest) else {
        return Vec::new();
    };
    let mut words = r.split(' ');
    let Some(verb) = words.next() else {
        return Vec::new();
    };
    let (verb, mut object) = match (verb, words.clone().next()) {
        ("set", Some("up")) => {
            words.next();
            ("founded", words.next())
        }
        _ => (verb, words.next()),
    };
    if matches!(
        object,
        Some("the" | "a" | "an" | "his" | "her" | "their" | "its")
    ) {
        object = words.next();
    } else if !object.is_some_and(|o| o.starts_with(char::is_uppercase)) {
        return Vec::new();
    }
    let Some(object) = object else {
        return Vec::new();
    };
    if !object.starts_with(char::is_alphabetic)
        || matches!(
            object,
            "work" | "career" | "job" | "school" | "shift" | "season"
        )
    {
        return Vec::new();
    }
    let verb = verb.strip_prefix("co-").unwrap_or(verb);
    if matches!(verb, "founded" | "started" | "established" | "launched") {
        return vec!["founder".to_string(), "co-founder".to_string()];
    }
    let Some(base) = verb.strip_suffix("ed").filter(|b| b.len() >= 3) else {
        return Vec::new();
    };
    vec![
        format!("{base}er"),
        format!("{base}or"),
        format!("{}r", &verb[..verb.len() - 1]),
    ]
}

/// The role a clause right after a name gives as its predicate: "is a
/// trauma surgeon", ", 61, has been the district's superintendent", "serves
/// as fire chief", "works as a nurse". The phrase runs to punctuation.
pub(super) fn predicate_role(rest: &str) -> Option<&str> {
    let mut r = rest;
    // An age between the name and the verb: ", 61,".
    if let Some(t) = r.strip_prefix(", ") {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&digits) && t[digits..].starts_with(", ") {
            r = &t[digits + 1..];
        }
    }
    let r = r.strip_prefix(' ')?;
    let phrase = [
        "is ",
        "was ",
        "has been ",
        "serves as ",
        "works as ",
        "became ",
    ]
    .iter()
    .find_map(|v| r.strip_prefix(v))?;
    // "was a nurse until 2010" speaks of the past: only the present.
    if r.starts_with("was ") || r.starts_with("became ") {
        return None;
    }
    let phrase = phrase.split([',', '.', ';', ':', '(', '"', '“']).next()?;
    (phrase.starts_with("a ")
        || phrase.starts_with("an ")
        || phrase.starts_with("the ")
        || r.starts_with("serves as ")
        || r.starts_with("works as "))
    .then_some(phrase)
}

/// An age stated after the name in the other common ways: "Okafor (60)",
/// "Okafor is 62 years old", "Okafor, 62 years old,", "Okafor, who is
/// sixty-two,". Past ages ("was 45 when") are another time and are not read.
fn other_phrasings(ctx: &Ctx, facts: &mut Vec<Fact<u32>>) {
    let text = &ctx.doc.prose;
    for m in &ctx.names.mentions {
        if !ctx.body(m.range.start) {
            continue;
        }
        let rest = after(text, m.range.end, 60);
        // "At 54, Berg has run the shop for years": an age opening the
        // sentence, now when the verb after the name is in the present
        // ("At 19 she left" is another time).
        let name_start = m.title.as_ref().map_or(m.range.start, |t| t.start);
        if let Some((age, at)) = age_opening(text, name_start) {
            let verb = rest.trim_start().split([' ', ',']).next().unwrap_or("");
            // "Now 55, Berg recalled": an age now, whatever the verb.
            let present = matches!(verb, "has" | "is" | "remains" | "still" | "now")
                || verb.len() > 3 && verb.ends_with('s') && !verb.ends_with("ss")
                || text[at..].starts_with("Now ");
            let opens = ctx
                .doc
                .sentence_at(at)
                .is_some_and(|si| ctx.doc.sentences[si].start == at);
            if present && opens {
                if let Some((p, r)) = person_of(ctx, m) {
                    facts.push(Fact {
                        subject: p,
                        value: age,
                        range: at..r.end,
                    });
                }
            }
        }
        let Some((age, len)) = age_after_name(rest) else {
            continue;
        };
        if let Some((p, r)) = person_of(ctx, m) {
            facts.push(Fact {
                subject: p,
                value: age,
                range: r.start..m.range.end + len,
            });
        }
    }
}

/// "At 54, " or "Now 54, " right before `name_start`: the age and where
/// "At" or "Now" stands.
fn age_opening(text: &str, name_start: usize) -> Option<(u32, usize)> {
    let lead = before(text, name_start, 9);
    let t = lead.strip_suffix(", ")?;
    let digits = t.bytes().rev().take_while(u8::is_ascii_digit).count();
    let (head, number) = t.split_at(t.len() - digits);
    let word = ["At ", "Now "].into_iter().find(|w| head.ends_with(w))?;
    if !(1..=3).contains(&digits) {
        return None;
    }
    let age: u32 = number.parse().ok()?;
    let at = name_start - lead.len() + head.len() - word.len();
    in_range(age, at)
}

/// The age the text right after a name states in a phrasing the main
/// pattern does not read, and the length of the statement.
fn age_after_name(rest: &str) -> Option<(u32, usize)> {
    // "Okafor (60)"
    if let Some(t) = rest.strip_prefix(" (") {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&digits) && t[digits..].starts_with(')') {
            return in_range(t[..digits].parse().ok()?, 2 + digits + 1);
        }
        return None;
    }
    // "Okafor, the district's superintendent, is 60.": the age after an
    // apposition.
    if let Some(role) = rest
        .starts_with(',')
        .then(|| super::scan::role_after(rest))
        .flatten()
    {
        let t = &rest[role.end..];
        if let Some(t) = t.strip_prefix(", is ") {
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=3).contains(&digits)
                && (t[digits..].starts_with(['.', ',', ';'])
                    || t[digits..].starts_with(" years old"))
            {
                return in_range(t[..digits].parse().ok()?, role.end + 5 + digits);
            }
        }
    }
    // "Koenig, now 49,": an age now.
    if let Some(t) = rest.strip_prefix(", now ") {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&digits) && t[digits..].starts_with([',', ')', ';', '.']) {
            return in_range(t[..digits].parse().ok()?, 6 + digits);
        }
    }
    // "Koenig, a 49-year-old former welder,": an apposition that gives
    // the age with what the person is.
    // "Janssen, the campaign's 48-year-old director,": after an
    // organisation's possessive.
    for lead in [", a ", ", an ", ", the "] {
        if let Some(t) = rest.strip_prefix(lead) {
            let owner = t
                .split_once(' ')
                .filter(|(w, _)| lead == ", the " && (w.ends_with("'s") || w.ends_with("’s")))
                .map_or(0, |(w, _)| w.len() + 1);
            let t = &t[owner..];
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=3).contains(&digits) && t[digits..].starts_with("-year-old ") {
                return in_range(t[..digits].parse().ok()?, lead.len() + owner + digits + 9);
            }
        }
    }
    // "Berg, fifty-two, runs the shop", "Berg, aged sixty,", "Berg, who
    // turned 52 last month", "Berg turned 52 in May": an age in words, or
    // a birthday just passed. "turned 40 in 2009", "turned 40 when" are
    // another time.
    // "Berg celebrated his 60th birthday last week", "Berg, who marked
    // her 60th birthday on Sunday": the age the birthday gives.
    for lead in [
        " celebrated ",
        ", who celebrated ",
        " marked ",
        ", who marked ",
    ] {
        let Some(t) = rest.strip_prefix(lead) else {
            continue;
        };
        let Some(t) = ["his ", "her ", "their "]
            .iter()
            .find_map(|p| t.strip_prefix(p))
        else {
            continue;
        };
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        let ordinal = ["st ", "nd ", "rd ", "th "]
            .iter()
            .any(|o| t[digits..].starts_with(o));
        if (1..=3).contains(&digits) && ordinal && t[digits + 3..].starts_with("birthday") {
            let len = rest.len() - t.len() + digits + 3 + "birthday".len();
            return in_range(t[..digits].parse().ok()?, len);
        }
    }
    for lead in [
        ", aged ",
        ", who is ",
        ", who is now ",
        ", now aged ",
        ", who turned ",
        " turned ",
        " is ",
        ", ",
    ] {
        let Some(t) = rest.strip_prefix(lead) else {
            continue;
        };
        // Digits after a comma, "aged", "who is" and "who turned" are read
        // by the main pattern.
        let digits_read = [", aged ", ", who is ", ", who turned ", ", "].contains(&lead);
        if digits_read && t.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let Some((value, len)) = leading_number(t) else {
            continue;
        };
        let tail = &t[len..];
        let closes = if lead == ", " {
            // "Berg, fifty-two, runs": the number alone between commas.
            tail.starts_with(',')
        } else if lead == " is " {
            // "Berg is 52 and runs the shop", "Berg is 52.": the number
            // ends the predicate ("is 54 in the rankings" is no age).
            tail.starts_with([',', '.', ';']) || tail.starts_with(" and ")
        } else {
            tail.starts_with([',', '.', ';', ')'])
                || [" last ", " this ", " on ", " in ", " and "]
                    .iter()
                    .any(|w| tail.starts_with(w))
        };
        let another_time = tail.starts_with(" when")
            || tail.starts_with(" before")
            || tail
                .strip_prefix(" in ")
                .is_some_and(|y| y.starts_with(|c: char| c.is_ascii_digit()));
        if closes && !another_time {
            if let Some(found) = in_range(value, lead.len() + len) {
                return Some(found);
            }
        }
    }
    // "Okafor is 62 years old", "Okafor, 62 years old,", "Okafor, who is
    // 62 years old": the words "years old" make it an age.
    let (lead, t) = [", who is ", " is ", ", "]
        .iter()
        .find_map(|l| rest.strip_prefix(l).map(|t| (l.len(), t)))?;
    let number_len = t
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(t.len());
    let number = &t[..number_len];
    let value = number
        .parse::<u32>()
        .ok()
        .or_else(|| super::counts::number_word(&number.to_lowercase()).map(|v| v as u32))?;
    let tail = &t[number_len..];
    let years_old = [" years old", "-years-old", " years of age"]
        .iter()
        .find(|y| tail.starts_with(*y))?;
    // "is 62 years old" states an age now; "who is sixty-two" without
    // "years old" is read by the main pattern when written in digits.
    in_range(value, lead + number_len + years_old.len())
}

/// The number at the start of `t`, in digits ("52") or words ("fifty-two",
/// "Sixty"), and its length.
fn leading_number(t: &str) -> Option<(u32, usize)> {
    let len = t
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(t.len());
    let number = &t[..len];
    let value = number
        .parse::<u32>()
        .ok()
        .or_else(|| super::counts::number_word(number).map(|v| v as u32))?;
    Some((value, len))
}

/// An age in words just before a name or a description: "the
/// fifty-two-year-old Berg", "the sixty-year-old founder". `head` ends
/// with "-year-old "; the age and where its number starts in `head`.
fn word_age_before(head: &str) -> Option<(u32, usize)> {
    let lead = head.strip_suffix("-year-old ")?;
    let start = lead
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_ascii_alphabetic() || *c == '-'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let value = super::counts::number_word(&lead[start..])? as u32;
    (1..=120).contains(&value).then_some((value, start))
}

fn in_range(age: u32, len: usize) -> Option<(u32, usize)> {
    (1..=120).contains(&age).then_some((age, len))
}

#[cfg(test)]
mod phrasing_tests {
    use super::super::test_support::ages;
    use super::{age_after_name, predicate_role};

    #[test]
    fn ages_in_brackets_and_in_years_old() {
        assert_eq!(age_after_name(" (60) runs"), Some((60, 5)));
        assert_eq!(age_after_name(" is 62 years old and"), Some((62, 16)));
        assert_eq!(
            age_after_name(", who is sixty-two years old,").map(|a| a.0),
            Some(62)
        );
        assert_eq!(
            age_after_name(", 41 years of age, said").map(|a| a.0),
            Some(41)
        );
        assert_eq!(age_after_name(", now 49, said").map(|a| a.0), Some(49));
        assert_eq!(
            age_after_name(", the district's superintendent, is 60.").map(|a| a.0),
            Some(60)
        );
        assert_eq!(
            age_after_name(", the district's superintendent, is 60 miles away"),
            None
        );
        assert_eq!(
            age_after_name(", a 49-year-old former welder, said").map(|a| a.0),
            Some(49)
        );
        assert_eq!(age_after_name(", now 49 percent"), None);
        // not ages: a count, a year, a party
        assert_eq!(age_after_name(" is 62 miles away"), None);
        assert_eq!(age_after_name(" (2019) was"), None);
        assert_eq!(age_after_name(" (D-Texas) said"), None);
        for (first, later) in [
            (
                "Idris Okafor (60) runs the district.",
                "Okafor, 63, said cuts were needed.",
            ),
            (
                "Idris Okafor, 60, runs the district.",
                "Okafor is 62 years old and has led it since 2019.",
            ),
            (
                "Idris Okafor, who is sixty years old, runs the district.",
                "Okafor, 62, said so.",
            ),
        ] {
            assert_eq!(
                ages(&format!("{first}\n\n{later}")).len(),
                1,
                "{first} {later}"
            );
        }
    }

    #[test]
    fn future_and_past_ages_are_other_times() {
        assert!(ages(
            "Idris Okafor, 60, runs the district. Okafor, who turns 61 in June, plans to retire."
        )
        .is_empty());
        assert!(ages(
            "Idris Okafor, 60, runs the district.\n\nOkafor was 45 years old when he joined."
        )
        .is_empty());
    }

    #[test]
    fn a_role_given_as_the_predicate() {
        assert_eq!(
            predicate_role(" is a trauma surgeon at Lakeshore."),
            Some("a trauma surgeon at Lakeshore")
        );
        assert_eq!(
            predicate_role(", 52, has been the district's superintendent since 2019"),
            Some("the district's superintendent since 2019")
        );
        assert_eq!(predicate_role(" serves as fire chief."), Some("fire chief"));
        assert_eq!(predicate_role(" was a nurse until 2010."), None);
        assert_eq!(predicate_role(" is expected to resign."), None);
        assert_eq!(
            ages("Ada Ogun, 52, has been a trauma surgeon for 14 years.\n\nThe 54-year-old surgeon grew up in Lagos."),
            ["54-year-old surgeon"]
        );
        assert_eq!(
            ages("Ada Ogun is a surgeon. Ogun, 52, trained in Leeds.\n\nThe 57-year-old surgeon said the ward was full."),
            ["57-year-old surgeon"]
        );
        // a description with the age after it
        assert_eq!(
            ages("Marta Koenig, the union's president, is 47. Koenig, 47, spoke.\n\nThe union president, 49, said talks had stalled."),
            ["union president, 49"]
        );
        // the role is another person's
        assert!(ages("Ada Ogun, 52, is a patient. Tom Bell is a surgeon.\n\nThe 57-year-old surgeon said the ward was full.").is_empty());
    }
}

/// A lower-case description right before a name, in one noun phrase
/// with it: "the painter Ana Ruiz", "the Chilean-born sculptor Ruiz",
/// "veteran goalkeeper Tom Bale", "the retired teacher Okafor".
struct Description<'a> {
    /// Where the description's first word starts.
    start: usize,
    /// Its head noun, the word next to the name.
    head: &'a str,
    /// The word before the description: an article, a possessive, "said".
    before: &'a str,
    /// "former", "ex-", "late", "then-": a post no longer held.
    former: bool,
}

/// The description that ends right before `name_start`, up to four words
/// of small letters (and capitalised "Chilean-born", "Brazilian" among
/// them), never a verb ("said Ruiz"), a grammar word ("with Ruiz") or a
/// plural.
fn description_before(text: &str, name_start: usize) -> Option<Description<'_>> {
    let lead = before(text, name_start, 80);
    let body = lead.strip_suffix(' ')?;
    let mut head: Option<&str> = None;
    let mut start = None;
    let mut former = false;
    let mut word_before = "";
    let words: Vec<&str> = body.rsplit(char::is_whitespace).take(6).collect();
    for (n, &w) in words.iter().enumerate() {
        let small = !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-');
        let taken = n < 4
            && if small {
                // "the retired teacher", "the 66-year-old retired teacher":
                // a participle right after the article or the age
                // describes the head; "the man stabbed veteran goalkeeper
                // Bale" is a verb.
                let participle = head.is_some()
                    && w.ends_with("ed")
                    && w.len() > 4
                    && words.get(n + 1).is_some_and(|b| {
                        matches!(*b, "the" | "The" | "a" | "A" | "an" | "An")
                            || b.ends_with("-year-old")
                    });
                !super::facts::is_function_word(w)
                    && !super::facts::is_light_verb(w)
                    && (!verb_like(w) || participle)
            } else {
                // "Chilean-born", "Brazilian": a capitalised modifier
                // inside the description, never its head.
                head.is_some()
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
                    && (w.contains('-') || ["an", "ish", "ese"].iter().any(|e| w.ends_with(e)))
            };
        if !taken {
            word_before = w;
            break;
        }
        head.get_or_insert(w);
        former |= matches!(w, "former" | "late") || w.starts_with("ex-") || w.starts_with("then-");
        start = Some(name_start - lead.len() + (w.as_ptr() as usize - lead.as_ptr() as usize));
    }
    let head = head?;
    let noun = head.len() >= 3
        && head.chars().all(|c| c.is_ascii_lowercase())
        && !head.ends_with("ly")
        && !head.ends_with("ing")
        && (!head.ends_with('s') || head.ends_with("ss"));
    noun.then_some(Description {
        start: start?,
        head,
        before: word_before,
        former,
    })
}

/// The role a description before a name gives its person, when the
/// phrase is plainly one: after an article or a possessive ("the painter
/// Ana Ruiz", "the club's goalkeeper Tom Bale"), after an age ("the
/// 31-year-old midfielder Silva"), or a role noun on its own ("veteran
/// goalkeeper Tom Bale"). A former post is no longer the person's.
fn role_before(text: &str, name_start: usize) -> Option<&str> {
    let d = description_before(text, name_start)?;
    let b = d.before;
    let plain = matches!(b, "the" | "The" | "a" | "A" | "an" | "An")
        || b.ends_with("'s")
        || b.ends_with("’s")
        || b.ends_with("-year-old")
        || super::titles::role(d.head).is_some();
    (plain && !d.former).then_some(d.head)
}

/// "The bakery's founder, Ana Ruiz, said": a role in apposition before
/// the name, at the start of its clause, so that "Like the mayor, Ruiz
/// opposed it" gives Ruiz no post.
fn role_in_apposition_before(text: &str, name_start: usize) -> Option<String> {
    let lead = before(text, name_start, 60).strip_suffix(", ")?;
    let the = lead.rfind("the ").or_else(|| lead.rfind("The "))?;
    let phrase = &lead[the..];
    if phrase.contains([',', '.', ';', ':', '"', '“', '(']) {
        return None;
    }
    let opening = lead[..the].trim_end_matches(' ');
    let clause_start = opening.is_empty()
        || opening.ends_with(['.', ',', '\n', '"', '“', '—'])
        || opening.ends_with(" said")
        || opening.ends_with(" says");
    if !clause_start {
        return None;
    }
    // "the ferry's skipper": a post by its structure after an
    // organisation's possessive, as well as a role noun.
    let words: Vec<&str> = phrase.split(' ').collect();
    if let [_, owner, head] = words[..] {
        if (owner.ends_with("'s") || owner.ends_with("’s"))
            && super::titles::is_post_by_structure(head)
        {
            return Some(head.to_string());
        }
    }
    super::titles::role(phrase)?.pop()
}

#[cfg(test)]
mod description_before_name_tests {
    use super::super::test_support::ages;

    #[test]
    fn a_description_before_the_name_gives_the_role() {
        let one = |src: &str| assert_eq!(ages(src).len(), 1, "{src}");
        one("The painter Ana Ruiz, 60, opened the show.\n\nThe 64-year-old painter said she works at night.");
        one("The Chilean-born sculptor Ana Ruiz, who is 60, cast the bronze.\n\nThe sculptor, 61, said the foundry was late.");
        one("Veteran goalkeeper Tom Bale, 36, saved two penalties.\n\nThe 38-year-old goalkeeper said he felt young.");
        one("The retired teacher Grace Okafor, 70, leads the choir.\n\nThe 72-year-old teacher said rehearsals start at six.");
        one("The bakery's founder, Ana Ruiz, 60, still bakes.\n\nThe 62-year-old founder said flour costs had doubled.");
        one("Ruiz's lawyer was absent. A welder Jan Kos, 44, testified.\n\nThe 47-year-old welder said the beam cracked.");
        one("\"We were lucky,\" said the ferry's skipper, Ivo Marsh, 53.\n\nThe 55-year-old skipper had sailed the route for years.");
        one("Ngozi Adeyemi, 39, is a pharmacist. The novelist Lars Holm, 58, agreed.\n\nThe 51-year-old novelist said the town had changed.");
        one("The club's physiotherapist Mia Lund, 29, ran onto the pitch.\n\nThe physiotherapist, 31, said the injury was minor.");
    }

    #[test]
    fn an_age_before_a_described_name() {
        let one = |src: &str| assert_eq!(ages(src).len(), 1, "{src}");
        one("Grace Okafor, 62, spoke first.\n\nThe 66-year-old former teacher Okafor said the school must stay open.");
        one("Rafael Silva, 29, scored twice.\n\nThe 31-year-old Brazilian midfielder Silva was substituted.");
        one("Ana Ruiz, 60, paints at dawn.\n\nThe 64-year-old painter Ana Ruiz said light matters most.");
        one("Tom Bale, 36, signed on.\n\nA 35-year-old veteran goalkeeper Tom Bale, he has one more season.");
        one("Jan Kos (44) was hurt.\n\nThe 45-year-old Polish-born welder Jan Kos said the beam cracked.");
        one("Hana Sato, who is 52, chairs the board.\n\nThe 50-year-old Japanese engineer Sato said costs fell.");
        one("Ines Duarte, 41, trained in Porto.\n\nThe 43-year-old Portuguese-born chef Ines Duarte opened a second restaurant.");
        one("Priya Nair, 33, was taken to hospital.\n\nPolice said a 35-year-old off-duty nurse Priya Nair had stopped to help.");
        // the age of the man who acted, not of the goalkeeper
        assert!(ages(
            "Tom Bale, 36, was hurt.\n\nA 40-year-old man stabbed veteran goalkeeper Tom Bale."
        )
        .is_empty());
        // agreeing ages are no conflict
        assert!(
            ages("Grace Okafor, 66, spoke.\n\nThe 66-year-old former teacher Okafor said so.")
                .is_empty()
        );
        // the age before the named person is hers, not the other teacher's
        assert!(ages(
            "The teacher Ben Cole, 50, retired.\n\nThe 66-year-old retired teacher Okafor said so."
        )
        .is_empty());
    }

    #[test]
    fn where_a_description_before_a_name_starts() {
        fn head(src: &str) -> Option<(&str, &str, &str)> {
            let at = src.rfind(' ').map_or(0, |i| i + 1);
            super::description_before(src, at).map(|d| (&src[d.start..at], d.head, d.before))
        }
        assert_eq!(
            head("He met the Chilean-born sculptor Ruiz"),
            Some(("Chilean-born sculptor ", "sculptor", "the"))
        );
        assert_eq!(
            head("Fans cheered veteran goalkeeper Bale"),
            Some(("veteran goalkeeper ", "goalkeeper", "cheered"))
        );
        assert_eq!(
            head("the man stabbed veteran goalkeeper Bale"),
            Some(("veteran goalkeeper ", "goalkeeper", "stabbed"))
        );
        assert_eq!(
            head("the 66-year-old retired teacher Okafor"),
            Some(("retired teacher ", "teacher", "66-year-old"))
        );
        assert_eq!(head("the show opened, said Ruiz"), None);
        assert_eq!(head("she spoke with Ruiz"), None);
        assert_eq!(head("the brothers Ruiz"), None);
        assert!(
            super::description_before("the former teacher Okafor", 19).is_some_and(|d| d.former)
        );
        assert_eq!(super::role_before("the former teacher Okafor", 19), None);
        assert_eq!(
            super::role_before("Fans cheered veteran goalkeeper Bale", 32),
            Some("goalkeeper")
        );
        assert_eq!(
            super::role_before("Fans cheered veteran plumber Bale", 29),
            None
        );
    }

    #[test]
    fn a_description_means_the_one_person_given_it() {
        assert_eq!(
            ages("The painter Ana Ruiz, 60, and the sculptor Eva Lind, 45, share a studio.\n\nThe 64-year-old painter said the rent rose."),
            ["64-year-old painter"]
        );
        assert_eq!(
            ages("The painter Ana Ruiz, 60, and the sculptor Eva Lind, 45, share a studio.\n\nThe sculptor, 47, said the rent rose."),
            ["sculptor, 47"]
        );
        // the same role given once before the name and once as a predicate
        assert!(ages("The painter Ana Ruiz, 60, spoke. Eva Lind is a painter too.\n\nThe 64-year-old painter said the rent rose.").is_empty());
    }

    #[test]
    fn a_description_meaning_no_one_for_sure() {
        let none = |src: &str| assert!(ages(src).is_empty(), "{src}");
        // two people share the role
        none("The painter Ana Ruiz, 60, and the painter Eva Lind, 45, shared a studio.\n\nThe 64-year-old painter said the rent rose.");
        none("The founder Ana Ruiz, 60, met the founder Tom Bale, 55.\n\nThe founder, 58, declined to comment.");
        // a past age
        none("The founder Ana Ruiz, who was 40 when she founded the bakery, still bakes.\n\nRuiz, 60, said flour costs had doubled.");
        // another person's age
        none("The painter Ana Ruiz, 60, was there.\n\nThe 64-year-old painter's son said she was tired.");
        // a former post is no longer hers
        none("The former teacher Ana Ruiz, 60, spoke.\n\nThe 64-year-old teacher said the roof leaked.");
        // a role given to no person
        none("The sponsor Harlow Bank paid.\n\nThe painter Ana Ruiz, 60, spoke. The 64-year-old sponsor said nothing.");
        // a verb or a grammar word before the name is no description
        none("The show opened with Ana Ruiz, 60, and Eva Lind.\n\nThe 64-year-old painter said the light was good.");
        none("Like the mayor, Ana Ruiz, 60, opposed the plan.\n\nThe 57-year-old mayor said the vote was close.");
    }
}

#[cfg(test)]
mod word_and_inferred_tests {
    use super::super::test_support::ages;

    #[test]
    fn ages_in_words_and_birthdays_just_passed() {
        for src in [
            "Tomas Berg, fifty-two, runs the shop.\n\nBerg, 55, said he would not close.",
            "Tomas Berg, 52, runs the shop.\n\nThe fifty-five-year-old Berg said he would not close.",
            "Tomas Berg, aged sixty, runs the shop.\n\nBerg, 64, said he would not close.",
            "Tomas Berg turned 52 last month.\n\nBerg, 54, said he would not close.",
            "Tomas Berg, who turned fifty in May, runs the shop.\n\nBerg, 54, said he would not close.",
            "Tomas Berg, who is Forty-Four, runs the shop.\n\nBerg, 46, said he would not close.",
            "Tomas Berg, who is now 52, runs the shop.\n\nBerg, 54, said he would not close.",
            "Tomas Berg celebrated his 60th birthday last week.\n\nBerg, 64, said he would not close.",
        ] {
            assert_eq!(ages(src).len(), 1, "{src}: {:?}", ages(src));
        }
        for src in [
            // the same age in words and digits
            "Tomas Berg, fifty-two, runs the shop.\n\nBerg, 52, said he would not close.",
            // a birthday in another year, a past age
            "Tomas Berg turned 40 in 2009.\n\nBerg, 54, said he would not close.",
            "Tomas Berg, 52, runs the shop. At 19 he moved to the city.\n\nBerg said he would not close.",
            "Tomas Berg celebrated his 60th birthday last week.\n\nBerg, 60, said he would not close.",
            // a number that is no age
            "Tomas Berg turned 180 degrees.\n\nBerg, 54, said he would not close.",
            "Tomas Berg, one of the owners, runs the shop.\n\nBerg, 54, said he would not close.",
        ] {
            assert!(ages(src).is_empty(), "{src}: {:?}", ages(src));
        }
    }

    #[test]
    fn an_age_on_the_founder_the_draft_describes() {
        for src in [
            "Ana Ruiz, 68, who started the bakery in 1990, said prices would rise.\n\nThe 70-year-old founder said flour costs had doubled.",
            "Ana Ruiz founded the bakery in 1990. Ruiz, 68, said prices would rise.\n\nThe 70-year-old founder said flour costs had doubled.",
            "Ana Ruiz, 68, who set up Ruiz Bakes in 1990, said prices would rise.\n\nThe 70-year-old founder said flour costs had doubled.",
            "Ana Ruiz, 68, who owned the shop for years, said prices would rise.\n\nThe 70-year-old owner said flour costs had doubled.",
        ] {
            assert_eq!(ages(src).len(), 1, "{src}: {:?}", ages(src));
        }
        for src in [
            // she started work, not the bakery
            "Ana Ruiz, 68, who started work at the bakery in 1990, said prices would rise.\n\nThe 70-year-old founder said flour costs had doubled.",
            // two founders
            "Ana Ruiz, 68, founded the bakery with Luis Ortiz, who founded the mill.\n\nThe 70-year-old founder said flour costs had doubled.",
        ] {
            assert!(ages(src).is_empty(), "{src}: {:?}", ages(src));
        }
    }
}

#[cfg(test)]
mod anaphor_tests {
    use super::super::test_support::ages;

    #[test]
    fn a_description_opening_the_sentence_after_one_person() {
        // apposition with "aged", then a year-old description
        assert_eq!(
            ages("Marit Solberg has carved boats for forty years. Now the Norwegian-born craftsman, aged 66, runs a school.\n\nThe 68-year-old craftsman said the wood mattered most."),
            ["68-year-old craftsman"]
        );
        // a bare number, then the name with another age
        assert_eq!(
            ages("Ines Varga spent a decade abroad. The violinist, 38, came home in spring.\n\nThe orchestra hired Varga, who is 39, in June.").len(),
            1
        );
        // "who turned", then a description opening with an adverb
        assert_eq!(
            ages("Colm Ridge restored the mill by hand. But the retired joiner, who turned 71, says he is not done.\n\nThe 74-year-old joiner plans a second wheel.").len(),
            1
        );
    }

    #[test]
    fn a_description_that_may_be_someone_else() {
        // the person is not the subject of the sentence before
        assert!(ages("Police named the victim as John Reed. The driver, 17, was arrested.\n\nReed, 45, was a teacher.\n\nThe 18-year-old driver was released.").len() <= 1);
        assert!(ages("Police named the victim as John Reed. The driver, 17, was arrested.\n\nReed, 45, was a teacher.").is_empty());
        // an age far from the person's
        assert!(
            ages("John Reed, 45, was hit by a van on Monday. The driver, 17, was arrested.")
                .is_empty()
        );
        // the person's age is given in the sentence before
        assert!(
            ages("Ruth Lam, 40, opened the cafe in May. The chef, 41, trained in Lyon.").is_empty()
        );
        // an office is whoever holds it
        assert!(ages("Ruth Lam opened the cafe in May. The mayor, 41, cut the ribbon.\n\nLam, 44, thanked her.").is_empty());
        // two people named in the sentence before
        assert!(ages("Ruth Lam and Omar Said opened the cafe. The chef, 41, trained in Lyon.\n\nLam, 44, runs it.").is_empty());
        // a pronoun of the other gender
        assert!(ages("Ruth Lam opened the cafe in May, her third. The chef, 41, said he trained in Lyon.\n\nLam, 44, runs it.").is_empty());
    }

    #[test]
    fn a_shared_surname_goes_on_meaning_the_first_bearer() {
        assert_eq!(
            ages("Nkechi Adeyemi won the seat. Adeyemi, 41, thanked voters.\n\nHer husband, Tunde Adeyemi, 45, ran the campaign.\n\nThe 43-year-old Adeyemi said the work starts now."),
            ["43-year-old Adeyemi"]
        );
        // the age is the second bearer's
        assert!(ages("Nkechi Adeyemi won the seat. Adeyemi, 41, thanked voters.\n\nHer husband, Tunde Adeyemi, 45, ran the campaign.\n\nAdeyemi, 45, said he was proud.").is_empty());
        // no bare surname before the second bearer came in
        assert!(ages("Ana Ortiz and her brother Luis Ortiz run the farm. Ana Ortiz, 50, keeps the books. Luis Ortiz, 52, drives.\n\nOrtiz, 55, said the harvest was poor.").is_empty());
    }
}

#[cfg(test)]
mod predicate_age_tests {
    use super::super::test_support::ages;

    #[test]
    fn an_age_as_the_predicate_or_opening_the_sentence() {
        assert_eq!(
            ages("Omar Haddad, 52, spoke first.\n\nHaddad is 54 and has run the ferry since 2001."),
            ["Haddad is 54"]
        );
        assert_eq!(
            ages("Omar Haddad, 52, spoke first.\n\nAt 54, Haddad still runs the ferry.").len(),
            1
        );
        assert_eq!(
            ages("Omar Haddad, who turned 52 in May, spoke first.\n\nAt 55, Haddad has no plans to retire.").len(),
            1
        );
    }

    #[test]
    fn a_number_after_is_or_at_that_is_no_age_now() {
        // a rank, a past age
        assert!(ages("Omar Haddad, 52, spoke first.\n\nHaddad is 54 in the rankings.").is_empty());
        assert!(ages("Omar Haddad, 52, spoke first.\n\nAt 19, Haddad left Beirut.").is_empty());
        assert!(ages(
            "Omar Haddad, 52, spoke first.\n\nHe said that at 19, Haddad was a deckhand."
        )
        .is_empty());
        assert!(ages(
            "Omar Haddad, 52, spoke first.\n\nHaddad is 7 points clear after two rounds."
        )
        .is_empty());
    }
}

#[cfg(test)]
mod standing_for_the_subject_tests {
    use super::super::test_support::ages;

    #[test]
    fn an_age_standing_for_the_subject_of_the_sentence_before() {
        for src in [
            "Coach Luis Arana is furious after being fined for his comments about Tomas Henning.\n\nThe 66-year-old criticised the fine. The 62-year-old Arana was fined on Tuesday.",
            "Spain coach Luis Arana is furious after being fined for his comments about Tomas Henning.\n\nThe 66-year-old criticised the fine. The 62-year-old Arana was fined on Tuesday.",
            "Mayor Ada Lund rejected the plan drawn up by Ken Obi. The 58-year-old said it cost too much.\n\nLund, 55, has led the city since 2019.",
        ] {
            assert_eq!(ages(src).len(), 1, "{src}: {:?}", ages(src));
        }
        for src in [
            // the age is far from the subject's own: someone else
            "Coach Luis Arana is furious about Tomas Henning.\n\nThe 26-year-old criticised the fine. Arana, 62, was fined on Tuesday.",
            // the sentence before opens with no name as its subject
            "After a row with Luis Arana, Tomas Henning left.\n\nThe 66-year-old criticised the fine. Arana, 62, was fined on Tuesday.",
        ] {
            assert!(ages(src).is_empty(), "{src}: {:?}", ages(src));
        }
    }
}

/// The nouns that say only that someone is a person of a sex or an age:
/// every person in a story is one, so they pick no one out ("the
/// 45-year-old man" may be anyone).
fn is_general_person_noun(w: &str) -> bool {
    matches!(
        w,
        "man"
            | "woman"
            | "person"
            | "boy"
            | "girl"
            | "child"
            | "lady"
            | "guy"
            | "adult"
            | "individual"
            | "men"
            | "women"
            | "people"
    )
}

/// A noun naming a relation to someone else (`data/relation_nouns.txt`):
/// "his 12-year-old son" is another person.
fn is_relation_noun(w: &str) -> bool {
    static RELATIONS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    RELATIONS
        .get_or_init(|| {
            crate::data::list_lines(include_str!("../../../data/relation_nouns.txt")).collect()
        })
        .contains(w)
}

/// The head noun of a description given to a person, with its article:
/// "a 52-year-old guitarist from Leeds" (guitarist), "a mother-of-two"
/// (mother), "a father of three" (father), "the club's top striker"
/// (striker), "the world number 37" (number). None for a post no longer
/// held ("the former teacher"), or a noun that picks no one out ("a man").
/// Hyphenated heads are keyed by their first part, as the descriptions
/// read later are ("the 36-year-old mother-of-two").
fn phrase_head(phrase: &str) -> Option<&str> {
    let mut words = phrase.split(' ');
    if !matches!(words.next()?, "a" | "an" | "the" | "A" | "An" | "The") {
        return None;
    }
    let mut head = None;
    for w in words {
        if w.ends_with("'s") || w.ends_with("’s") {
            head = None;
            continue;
        }
        if w.ends_with("-year-old") || w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty() {
            continue;
        }
        if matches!(w, "former" | "late") || w.starts_with("ex-") || w.starts_with("then-") {
            return None;
        }
        if super::facts::is_function_word(w) || matches!(w, "who" | "which" | "whose" | "from") {
            break;
        }
        if !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            head = Some(w);
        } else if head.is_some() {
            break;
        }
    }
    let head = head?.split('-').next()?;
    (head.len() >= 3 && !is_general_person_noun(head)).then_some(head)
}

/// Each noun the draft uses of one person, whatever the noun: a word
/// before the name read into it ("Guitarist Tom Webb"), a title, a
/// description before the name ("veteran striker Luis Mora"), an
/// apposition ("Webb, 52, a guitarist from Leeds,", "Webb, the band's
/// guitarist,") or a predicate ("Webb is a guitarist").
fn nouns_of_people(ctx: &Ctx) -> Vec<(String, usize)> {
    let text = &ctx.doc.prose;
    let mut out = Vec::new();
    for m in &ctx.names.mentions {
        let Some((p, _)) = person_of(ctx, m) else {
            continue;
        };
        if let Some(person) = m.person {
            let first = ctx.names.people[person]
                .full_name
                .split(' ')
                .next()
                .unwrap_or("");
            let lead: Vec<&str> = m
                .words
                .iter()
                .map(|w| ctx.doc.text(w.clone()))
                .take_while(|w| fold(w) != fold(first))
                .collect();
            if lead.len() < m.words.len().saturating_sub(1) {
                if let Some(w) = lead.last() {
                    out.push((w.to_lowercase(), p));
                }
            }
        }
        if let Some(t) = &m.title {
            if let Some(w) = ctx.doc.text(t.clone()).rsplit(' ').next() {
                let w = w.trim_end_matches('.').to_lowercase();
                if w.len() > 3 && w.chars().all(|c| c.is_ascii_lowercase()) {
                    out.push((w, p));
                }
            }
        }
        let name_start = m.title.as_ref().map_or(m.range.start, |t| t.start);
        if let Some(d) = description_before(text, name_start).filter(|d| !d.former) {
            if !is_general_person_noun(d.head) {
                out.push((d.head.to_string(), p));
            }
        }
        let rest = after(text, m.range.end, 80);
        let mut r = rest;
        if let Some(t) = r.strip_prefix(", ") {
            let t = t.strip_prefix("aged ").unwrap_or(t);
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=3).contains(&digits) && t[digits..].starts_with(", ") {
                r = &t[digits..];
            }
        }
        let appositive = r
            .strip_prefix(", ")
            .and_then(|r| r.split([',', '.', ';', ':', '(']).next());
        for phrase in appositive.into_iter().chain(predicate_role(rest)) {
            if let Some(head) = phrase_head(phrase) {
                out.push((head.to_string(), p));
            }
        }
    }
    out
}

/// Whether `at` stands inside a quote: more quote marks open than closed
/// before it in its paragraph.
fn quoted(ctx: &Ctx, at: usize) -> bool {
    let Some(pi) = ctx.doc.paragraph_at(at) else {
        return false;
    };
    let lead = &ctx.doc.prose[ctx.doc.paragraphs[pi].range.start..at];
    let curly = lead.matches('“').count() > lead.matches('”').count();
    curly || lead.matches('"').count() % 2 == 1
}

/// The people a description or a pronoun at `at` may stand for: every
/// person named from the start of the paragraph before `at`'s up to `at`
/// (or, where no one is named there, from up to three paragraphs back).
/// None when a name there is a person the names model cannot tell apart.
fn people_in_play(ctx: &Ctx, at: usize) -> Option<Vec<usize>> {
    let pi = ctx.doc.paragraph_at(at)?;
    for back in 1..=3 {
        let from = ctx.doc.paragraphs[pi.saturating_sub(back)].range.start;
        let mut people = Vec::new();
        for m in ctx
            .names
            .mentions
            .iter()
            .filter(|m| m.range.start >= from && m.range.start < at)
        {
            match person_of(ctx, m) {
                Some((p, _)) if !people.contains(&p) => people.push(p),
                Some(_) => {}
                None if m.kind == NameKind::Person => return None,
                None => {}
            }
        }
        if !people.is_empty() || back >= pi {
            return Some(people);
        }
    }
    None
}

/// Whether the text from the last mention of `person` before `at` up to
/// `at` brings in someone unnamed whom a description or a pronoun at `at`
/// may mean: a relation ("his wife"), a noun that may be anyone ("a
/// man"), a post ("the manager said"), or another age. `own` is the
/// description's own noun, which may be said of the person in between.
fn someone_else_between(ctx: &Ctx, person: usize, at: usize, own: &str) -> bool {
    let text = &ctx.doc.prose;
    let Some(last) = ctx
        .names
        .mentions
        .iter()
        .filter(|m| m.range.end <= at && person_of(ctx, m).is_some_and(|(p, _)| p == person))
        .map(|m| m.range.end)
        .max()
    else {
        return true;
    };
    let between = &text[last..at];
    between.contains("-year-old")
        || between
            .split(|c: char| !(c.is_alphabetic() || c == '-'))
            .filter(|w| !w.is_empty() && *w != own)
            .any(|w| {
                let w = w.to_lowercase();
                is_relation_noun(&w)
                    || is_general_person_noun(&w)
                    || super::titles::is_role_noun(&w)
            })
}

/// The gender the draft shows for `subject` under every form of the name,
/// if it shows one and never the other.
fn subject_gender(ctx: &Ctx, subject: usize) -> Option<super::super::names::Gender> {
    let mut found = None;
    for (i, person) in ctx.names.people.iter().enumerate() {
        if ctx.subject[i] != subject {
            continue;
        }
        match (found, person.gender) {
            (_, None) => {}
            (None, g) => found = g,
            (Some(f), Some(g)) if f != g => return None,
            _ => {}
        }
    }
    found
}

/// Whether an age read by a weak link (the one person in play) can be
/// that person's: the person is given an age elsewhere, every such age is
/// within ten years of it (a description aged far from it is someone
/// else), and the age is not stated for anyone else nor for someone
/// brought in without a name ("a 54-year-old man").
fn near_own_age(ctx: &Ctx, facts: &[Fact<u32>], person: usize, age: u32) -> bool {
    let text = &ctx.doc.prose;
    let own: Vec<u32> = facts
        .iter()
        .filter(|f| f.subject == person)
        .map(|f| f.value)
        .collect();
    let others = facts.iter().any(|f| f.subject != person && f.value == age);
    let indefinite = [format!("a {age}-year-old"), format!("A {age}-year-old")]
        .iter()
        .any(|a| text.contains(a.as_str()));
    !own.is_empty()
        && own.iter().all(|v| v.abs_diff(age) <= 10)
        && own.iter().any(|v| *v != age)
        && !others
        && !indefinite
}

/// A noun shaped like one for a person ("guitarist", "pensioner",
/// "librarian", "migrant", "trainee", "actress"), or on the role list;
/// never an organisation's noun ("firm"), a thing in -ment or -ness.
fn person_shaped(w: &str) -> bool {
    // Comparatives and particles in -er are no nouns ("the 31-year-old
    // former miner").
    let comparative = matches!(
        w,
        "former"
            | "elder"
            | "older"
            | "younger"
            | "latter"
            | "later"
            | "never"
            | "ever"
            | "after"
            | "over"
            | "under"
            | "either"
            | "neither"
            | "whether"
            | "rather"
            | "together"
            | "further"
            | "proper"
    );
    if comparative
        || super::super::names::is_organisation_noun(w)
        || w.ends_with("ment")
        || w.ends_with("ness")
    {
        return false;
    }
    super::titles::is_role_noun(w)
        || w.len() >= 5
            && [
                "ist", "ian", "er", "or", "ant", "ent", "man", "woman", "ee", "ess",
            ]
            .iter()
            .any(|s| w.ends_with(s))
}

/// "The 22-year-old world number 37 now faces …", "the club said the
/// 27-year-old striker would start": an age on a description of a person
/// whose noun the draft uses of no one else, standing for the one person
/// in play ([`people_in_play`]) when no one unnamed is brought in between
/// and the age is near the person's own ([`near_own_age`]). Never inside
/// a quote, never a thing ("the 40-year-old building"), a relation ("the
/// 25-year-old son", though "the 44-year-old father of three" is the
/// person), or a noun that picks no one out ("the 45-year-old man").
fn one_in_play(ctx: &Ctx, facts: &mut Vec<Fact<u32>>) {
    let text = &ctx.doc.prose;
    if !text.contains("-year-old ") {
        return;
    }
    let nouns = nouns_of_people(ctx);
    let mut found = Vec::new();
    for c in super::scan::the_year_old_words(text) {
        let whole = c.get(0).map_or(0..0, |g| g.range());
        let claimed = facts
            .iter()
            .any(|f| f.range.contains(&whole.start) || f.range.contains(&(whole.start + 4)));
        if claimed || !ctx.body(whole.start) || quoted(ctx, whole.start) {
            continue;
        }
        let noun_words: Vec<&str> = c[2]
            .split(' ')
            .take_while(|w| {
                !super::facts::is_function_word(w)
                    && !super::facts::is_light_verb(w)
                    && !verb_like(w)
            })
            .collect();
        // The head: the last word, or a person's noun before a verb in
        // -s ("the 73-year-old beekeeper sells honey").
        let s_form = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
        let ranked = |i: usize| noun_words[i] == "number" && i > 0 && noun_words[i - 1] == "world";
        let Some(k) = (0..noun_words.len()).find(|&i| {
            i + 1 == noun_words.len()
                || (person_shaped(noun_words[i]) || is_relation_noun(noun_words[i]) || ranked(i))
                    && s_form(noun_words[i + 1])
        }) else {
            continue;
        };
        let head = noun_words[k];
        let words_start = c.get(2).map_or(whole.end, |g| g.start());
        let end = words_start + noun_words[..=k].iter().map(|w| w.len() + 1).sum::<usize>() - 1;
        let rest = &text[end..];
        let named = rest
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
        // "in the 40-year-old theatre": a place, not a person.
        let placed = text[..whole.start]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| {
                matches!(
                    w,
                    "in" | "at"
                        | "into"
                        | "inside"
                        | "outside"
                        | "near"
                        | "from"
                        | "of"
                        | "on"
                        | "behind"
                        | "across"
                        | "under"
                        | "over"
                        | "through"
                        | "around"
                )
            });
        if rest.starts_with("'s") || rest.starts_with("’s") || named || placed {
            continue;
        }
        // "father of three", "mother-of-two": the person, not a relation.
        let self_described = rest
            .strip_prefix(" of ")
            .or_else(|| rest.strip_prefix("-of-"))
            .and_then(leading_number)
            .is_some();
        // "the former teacher": a post the draft says is no longer held.
        let former = ["former ", "ex-", "retired "]
            .iter()
            .any(|f| text.contains(&format!("{f}{head}")));
        let person_noun = if is_relation_noun(head) {
            self_described
        } else {
            !is_general_person_noun(head) && (ranked(k) || person_shaped(head))
        };
        if !person_noun {
            continue;
        }
        let Some(people) = people_in_play(ctx, whole.start) else {
            continue;
        };
        let [person] = people[..] else {
            continue;
        };
        // The noun said of another, or elsewhere of something this pass
        // cannot tie to the person ("The sponsor Harlow Bank").
        let given_to_another = nouns
            .iter()
            .any(|(n, p)| *p != person && noun_words.contains(&n.as_str()));
        let own_noun = nouns.iter().any(|(n, p)| *p == person && n == head);
        let elsewhere = !own_noun
            && ctx.doc.words.iter().any(|w| {
                !(whole.start..end).contains(&w.range.start)
                    && ctx.doc.prose[w.range.clone()].eq_ignore_ascii_case(head)
            });
        let given_to_another = given_to_another || elsewhere;
        let age: u32 = c[1].parse().unwrap_or(0);
        let sentence_end = ctx
            .doc
            .sentence_at(end)
            .map_or(end, |si| ctx.doc.sentences[si].end);
        if given_to_another
            || former
            || !near_own_age(ctx, facts, person, age)
            || someone_else_between(ctx, person, whole.start, head)
            || other_gender(ctx, person, pronoun_gender(&text[end..sentence_end]))
        {
            continue;
        }
        found.push(Fact {
            subject: person,
            value: age,
            range: c.get(1).map_or(whole.start, |g| g.start())..end,
        });
    }
    facts.extend(found);
}

/// "She is 22 and trains in Bergen", "He is now 55.": an age now, given
/// by a pronoun opening a sentence, for the one person in play
/// ([`people_in_play`]) of the pronoun's gender, when everyone in play is
/// shown a gender, no one unnamed is brought in between ("his wife", "a
/// man", "the manager") and the age is near the person's own
/// ([`near_own_age`]). A past age ("He was 22 when") is another time and
/// is not read.
/// Whether a clause after its subject opens in the present tense: "says",
/// "still runs", "is", "has", never "was", "moved", "had".
fn present_tense(clause: &str) -> bool {
    let clause = clause
        .strip_prefix("still ")
        .or_else(|| clause.strip_prefix("now "))
        .unwrap_or(clause);
    let verb = clause.split([' ', ',', '.']).next().unwrap_or("");
    matches!(verb, "is" | "has" | "does" | "remains")
        || verb.len() > 3
            && verb.ends_with('s')
            && !verb.ends_with("ss")
            && !verb.ends_with("us")
            && verb.chars().all(|c| c.is_ascii_lowercase())
}

fn pronoun_ages(ctx: &Ctx, facts: &mut Vec<Fact<u32>>) {
    use super::super::names::Gender;
    let text = &ctx.doc.prose;
    let mut found = Vec::new();
    for s in &ctx.doc.sentences {
        let t = &text[s.clone()];
        // "Now 55, he lives in Spain": an age now opening the sentence.
        // "At 55, she still runs the farm": an age with the present tense
        // after the pronoun ("At 19, he moved to Oslo" is another time).
        let lead = t
            .strip_prefix("Now ")
            .map(|r| (r, false))
            .or_else(|| t.strip_prefix("At ").map(|r| (r, true)));
        if let Some((rest, at)) = lead {
            let skip = t.len() - rest.len();
            let Some((age, len)) = leading_number(rest) else {
                continue;
            };
            let r = &rest[len..];
            let g = [("he ", Gender::Male), ("she ", Gender::Female)]
                .into_iter()
                .find_map(|(p, g)| {
                    let clause = r.strip_prefix(", ")?.strip_prefix(p)?;
                    (!at || present_tense(clause)).then_some(g)
                });
            if let Some(g) = g {
                if let Some(person) = pronoun_person(ctx, facts, s.start, g, age) {
                    found.push(Fact {
                        subject: person,
                        value: age,
                        range: s.start..s.start + skip + len,
                    });
                }
            }
            continue;
        }
        let Some((pronoun, r)) = ["He is ", "She is ", "He's ", "She's "]
            .iter()
            .find_map(|p| t.strip_prefix(p).map(|r| (p, r)))
        else {
            continue;
        };
        let r = r.strip_prefix("now ").unwrap_or(r);
        let Some((age, len)) = leading_number(r) else {
            continue;
        };
        let tail = &r[len..];
        let closes = tail.starts_with(['.', ',', ';'])
            || [" and ", " years old", " now"]
                .iter()
                .any(|w| tail.starts_with(w));
        if !closes || !(1..=120).contains(&age) || !ctx.body(s.start) || quoted(ctx, s.start) {
            continue;
        }
        let g = if pronoun.starts_with("He") {
            Gender::Male
        } else {
            Gender::Female
        };
        let Some(person) = pronoun_person(ctx, facts, s.start, g, age) else {
            continue;
        };
        let end = s.start + (t.len() - r.len()) + len;
        found.push(Fact {
            subject: person,
            value: age,
            range: s.start..end,
        });
    }
    facts.extend(found);
}

/// "A 43-year-old man, named locally as Tom Webb,", "The 26-year-old
/// striker, Luis Mora, said", "a 70-year-old teacher named Ines Ferreira":
/// a description with an age, then the name it is given, in apposition or
/// by "named (as)", "called", "identified as". The
/// age and where the description's article starts, for a name starting
/// at `name_start`.
fn age_before_named(text: &str, name_start: usize) -> Option<(u32, usize)> {
    let lead = before(text, name_start, 120);
    // "a 70-year-old teacher named Ines Ferreira"
    let named = [" named ", " called "]
        .iter()
        .find_map(|w| lead.strip_suffix(w));
    let body = if let Some(b) = named {
        b
    } else if let Some(b) = lead.strip_suffix(" as ") {
        let comma = b.rfind(", ")?;
        let verb = b[comma + 2..].split(' ').next()?;
        if !matches!(verb, "named" | "identified" | "who" | "later") {
            return None;
        }
        let clause = &b[comma + 2..];
        if !(clause.contains("named") || clause.contains("identified")) {
            return None;
        }
        &b[..comma]
    } else {
        lead.strip_suffix(", ")?
    };
    let year_old = body.rfind("-year-old")?;
    let words = &body[year_old + "-year-old".len()..];
    // One to three small words: "man", "former soldier".
    let small = words.is_empty()
        || words.strip_prefix(' ').is_some_and(|w| {
            let n = w.split(' ').count();
            n <= 3
                && w.split(' ')
                    .all(|x| !x.is_empty() && x.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        });
    let digits = body[..year_old]
        .bytes()
        .rev()
        .take_while(u8::is_ascii_digit)
        .count();
    let number_start = year_old - digits;
    let article = ["a ", "A ", "an ", "An ", "the ", "The "]
        .iter()
        .find(|a| body[..number_start].ends_with(**a))?;
    if !small || !(1..=3).contains(&digits) {
        return None;
    }
    let start = number_start - article.len();
    if body[..start].ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let age: u32 = body[number_start..year_old].parse().ok()?;
    in_range(age, name_start - lead.len() + start)
}

/// The person a pronoun of gender `g` opening the sentence at `at` stands
/// for, when no one unnamed is brought in between and `age` is near the
/// person's own: the subject the sentence before opens with, of that
/// gender, when no one else it names may be of it ("Mark Ode, 55, runs the
/// press. He is 58."); else the one person in play ([`people_in_play`])
/// of that gender, when everyone in play is shown a gender.
fn pronoun_person(
    ctx: &Ctx,
    facts: &[Fact<u32>],
    at: usize,
    g: super::super::names::Gender,
    age: u32,
) -> Option<usize> {
    let si = ctx.doc.sentence_at(at)?;
    let prev = si.checked_sub(1).filter(|&p| {
        ctx.doc
            .paragraph_at(ctx.doc.sentences[p].start)
            .is_some_and(|pi| ctx.body(ctx.doc.paragraphs[pi].range.start))
    });
    if let Some(p) = prev.and_then(|p| subject_opening(ctx, p)) {
        let sentence = ctx.doc.sentences[si - 1].clone();
        let alone = ctx.names.mentions.iter().all(|m| {
            !sentence.contains(&m.range.start)
                || m.kind != NameKind::Person
                || person_of(ctx, m)
                    .is_some_and(|(q, _)| q == p || subject_gender(ctx, q).is_some_and(|h| h != g))
        });
        if alone && subject_gender(ctx, p) == Some(g) {
            return (near_own_age(ctx, facts, p, age) && !someone_else_between(ctx, p, at, ""))
                .then_some(p);
        }
    }
    let people = people_in_play(ctx, at)?;
    let genders: Vec<_> = people.iter().map(|&p| subject_gender(ctx, p)).collect();
    if genders.iter().any(Option::is_none) {
        return None;
    }
    let matching: Vec<usize> = people
        .iter()
        .zip(&genders)
        .filter(|(_, h)| **h == Some(g))
        .map(|(p, _)| *p)
        .collect();
    let [person] = matching[..] else {
        return None;
    };
    (near_own_age(ctx, facts, person, age) && !someone_else_between(ctx, person, at, ""))
        .then_some(person)
}

#[cfg(test)]
mod linked_description_tests {
    use super::super::test_support::ages;

    #[test]
    fn a_description_the_draft_used_of_one_person() {
        for src in [
            // a word before the name read into it
            "Guitarist Tom Webb, 52, formed the band in 1990.\n\nThe 55-year-old guitarist still tours every summer.",
            "Baker Ana Ruiz, 60, opened the shop in 1990.\n\nThe 63-year-old baker still gets up at four.",
            // an apposition with an age in it, on no role list
            "Tom Webb, a 52-year-old guitarist from Leeds, formed the band.\n\nThe 55-year-old guitarist still tours.",
            "Maria Lopez, 34, a mother-of-two from Bristol, was hurt in the crash.\n\nThe 36-year-old mother-of-two is recovering in hospital.",
            "Tom Webb, 41, a father of three, died in the crash.\n\nThe 44-year-old father had worked at the plant for years.",
            // the description as an object, after an organisation's possessive
            "Pensioner Edna Pratt, 81, was robbed on Monday.\n\nNeighbours said the 84-year-old pensioner was shaken.",
            "The club's new striker, Luis Mora, 24, scored twice.\n\nFans cheered the 26-year-old striker off the pitch.",
        ] {
            assert_eq!(ages(src).len(), 1, "{src}: {:?}", ages(src));
        }
    }

    #[test]
    fn a_description_standing_for_the_one_person_in_play() {
        for src in [
            "Serena Novak, 20, beat the top seed in straight sets on Monday.\n\nThe 22-year-old world number 37 now faces a quarter-final.",
            "Luis Mora, 24, joined from Porto in May.\n\nThe club said the 27-year-old striker would start on Saturday.",
            "Jonas Lind, 70, has kept bees for decades.\n\nThe 73-year-old beekeeper sells honey at the market.",
        ] {
            assert_eq!(ages(src).len(), 1, "{src}: {:?}", ages(src));
        }
    }

    #[test]
    fn a_description_that_may_mean_someone_else() {
        for src in [
            // two people in play, or the noun used of two
            "Tom Webb, 52, and Ann Lee, 55, formed the band.\n\nThe 55-year-old guitarist still tours.",
            "Tom Webb, 52, formed the band with Ann Lee, 49.\n\nThe 50-year-old guitarist still tours.",
            "Anna Berg, 20, beat Lucy Hart in the final.\n\nThe 22-year-old world number 37 had won the last two meetings.",
            "Guitarist Tom Webb, 52, and guitarist Sam Cole, 58, formed the band.\n\nThe 55-year-old guitarist still tours.",
            // a relation, a thing, a noun that may be anyone, a place
            "Tom Webb, 52, coaches the club. His 12-year-old son plays in goal.",
            "Tom Webb, 52, runs the pub. The 50-year-old building needs a new roof.",
            "Tom Webb, 52, was hurt.\n\nThe 50-year-old man was arrested.",
            "Tom Webb, 45, runs a cafe in the 40-year-old theater.",
            "Tom Webb, 52, runs the pub.\n\nThe 48-year-old neighbour said he was a good landlord.",
            // someone brought in unnamed, whose age it may be
            "Tom Webb, 52, was hurt. A 50-year-old man was arrested.\n\nThe 50-year-old driver was later released.",
            // inside a quote about someone else
            "Tom Webb, 52, coaches the club.\n\n\"The 50-year-old striker still has it,\" Webb said of his new signing.",
            // far from the person's age: someone else
            "Luis Mora, 24, joined from Porto in May.\n\nThe club said the 37-year-old striker would start on Saturday.",
        ] {
            assert!(ages(src).is_empty(), "{src}: {:?}", ages(src));
        }
    }

    #[test]
    fn a_pronoun_for_the_one_person_of_its_gender() {
        for src in [
            "Anna Berg, 20, won the title in Oslo.\n\nShe is 22 and trains in Bergen.",
            "Tom Webb, 52, formed the band in 1990.\n\nHe is 55 now and lives in Spain.",
            "Anna Berg, 20, won the title in Oslo.\n\nShe's 23, and unbeaten this season.",
            "Tom Webb, 52, formed the band in 1990.\n\nNow 55, he lives in Spain.",
            // a man and a woman in play: the pronoun's gender decides
            "Anna Berg, 20, beat Tom Webb's record in Oslo.\n\nShe is 22 and trains in Bergen.",
            // the subject of the sentence before, another man named before it
            "Leo Park said the plant would close.\n\nMark Ode, 55, has run a press there since 1990. He is 58.",
        ] {
            assert_eq!(ages(src).len(), 1, "{src}: {:?}", ages(src));
        }
        for src in [
            // a past age, another time
            "Tom Webb, 52, runs the pub. He was 22 when he bought it.",
            "Anna Berg, 22, won the title. She was 19 when she turned professional.",
            "Anna Berg, 22, won the title. At 19 she left home for Oslo.",
            // someone unnamed brought in, or two people of the gender
            "Tom Webb, 52, runs the pub with his brother. He is 55.",
            "Tom Webb, 52, runs the pub with his wife. She is 49.",
            "Tom Webb, 52, met Sam Cole at the pub. He is 55 and lives nearby.",
            "Anna Berg, 20, beat Lucy Hart in the final. She is 22.",
            "Anna Berg, 20, and Lucy Hart met in the final. She is 22.",
            // a gender the draft does not show
            "Kim Webb, 52, runs the pub with a partner. He is 55.",
            // a quote about someone else
            "Tom Webb, 52, signed a new drummer.\n\n\"He is 55 and still the best,\" Webb said.",
            // in his 50s is no age
            "Tom Webb, 52, runs the pub. He is in his 50s.",
        ] {
            assert!(ages(src).is_empty(), "{src}: {:?}", ages(src));
        }
    }

    #[test]
    fn an_age_on_a_description_then_the_name_it_is_given() {
        for src in [
            "A 43-year-old man, named locally as Tom Webb, died in the crash.\n\nMr Webb, 45, was a father of three.",
            "A 34-year-old woman, identified by police as Jana Novak, was hurt.\n\nMs Novak, 36, is in hospital.",
            "The 26-year-old striker, Luis Mora, scored twice.\n\nMora, 24, said he was pleased.",
            "Voters backed a 70-year-old teacher named Ines Ferreira.\n\nFerreira, 72, thanked them.",
            "The vote went to Piet Janssen, the campaign's 48-year-old director.\n\nJanssen, 46, said he was pleased.",
            "Tom Webb, 52, formed the band in 1990.\n\nNow 55, Webb lives in Spain.",
        ] {
            assert_eq!(ages(src).len(), 1, "{src}: {:?}", ages(src));
        }
        for src in [
            "A 43-year-old man, named locally as Tom Webb, died in the crash.\n\nMr Webb, 43, was a father of three.",
            // the age before a list is the first person's only
            "A 43-year-old man and Tom Webb, 45, were hurt.",
            "A 43-year-old man named in court spoke to Tom Webb, 45, on Monday.",
            // a birthday the draft marks
            "Tom Webb, 62, runs the pub.\n\nWebb, who turned 63 on Monday, said he would not retire.",
            // died aged, beside a living relative
            "Ted Hall, who died aged 80, built the mill. His son, Tom Hall, 52, runs it now.",
        ] {
            assert!(ages(src).is_empty(), "{src}: {:?}", ages(src));
        }
    }
}

#[cfg(test)]
mod present_age_tests {
    use super::super::test_support::ages;

    #[test]
    fn an_age_opening_a_sentence_in_the_present_tense() {
        assert_eq!(
            ages("The 101-year-old Tomas Kell has eaten fish every day.\n\nMr Kell lives alone. At 102, he says he feels fine."),
            ["At 102"]
        );
        assert_eq!(
            ages("Maria Quist, 43, farms sheep near the coast.\n\nThe flock is large. At 45, she still runs the farm alone."),
            ["At 45"]
        );
        assert_eq!(
            ages("Maria Quist, 43, farms sheep near the coast.\n\nThe flock is large. At 46, she is the oldest farmer in the valley."),
            ["At 46"]
        );
        // the same age, a past age, a time of day
        assert!(
            ages("Maria Quist, 43, farms sheep.\n\nAt 43, she still runs the farm alone.")
                .is_empty()
        );
        assert!(ages("Maria Quist, 43, farms sheep.\n\nAt 41, she moved to the coast.").is_empty());
        assert!(
            ages("Maria Quist, 43, farms sheep.\n\nAt 41, she was already a farmer.").is_empty()
        );
        assert!(ages("Maria Quist, 43, farms sheep.\n\nAt 7, she opens the gate.").is_empty());
        // a man's age where the one in play is a woman
        assert!(ages("Maria Quist, 43, farms sheep.\n\nAt 45, he still runs the farm.").is_empty());
    }

    #[test]
    fn an_age_in_words_standing_for_the_person() {
        assert_eq!(
            ages("Maria Quist, 43, farms sheep near the coast.\n\nThe forty-five-year-old said she would stay."),
            ["The forty-five-year-old"]
        );
        assert_eq!(
            ages("Maria Quist, aged 43, farms sheep.\n\nLocals say the forty-one-year-old, who moved here in 2001, is well liked."),
            ["the forty-one-year-old"]
        );
        assert!(ages(
            "Maria Quist, 43, farms sheep.\n\nThe forty-three-year-old said she would stay."
        )
        .is_empty());
        // the age is someone else's too
        assert!(ages("Maria Quist, 43, and Ed Bell, 45, farm sheep.\n\nThe forty-five-year-old said he would stay.").is_empty());
    }

    #[test]
    fn a_description_of_origin_standing_for_the_person() {
        assert_eq!(
            ages("Ida Holm, 25, may return to the tour.\n\n\"I feel good,\" she said. Speaking to a paper, the 24-year-old Austrian added that she would decide in May."),
            ["the 24-year-old"]
        );
        assert_eq!(
            ages("Ida Holm, aged 25, may return to the tour.\n\nThe 26-year-old Norwegian said she would decide in May."),
            ["The 26-year-old"]
        );
        // the age is given to someone else too
        assert!(ages("Ida Holm, 25, and Per Lund, 24, may return.\n\nThe 24-year-old Austrian said he would decide in May.").is_empty());
        // a name after the age is that person's, read elsewhere
        assert!(ages(
            "Ida Holm, 25, may return.\n\nThe 24-year-old Lund said he would decide in May."
        )
        .is_empty());
    }
}
