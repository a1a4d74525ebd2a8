//! Speech cues in a quote's own sentences, and the speaker each cue
//! links to.

use super::*;

/// The cue in the quote's own sentences and its speaker; with no cue, a
/// fragment's sentence subject or a colon introduction's.
pub(super) fn in_sentence(ctx: &Ctx, q: &Quote) -> Option<(Speaker, Cue)> {
    let doc = ctx.doc;
    if doc.sentences.is_empty() {
        return None;
    }
    let q_first = doc.word_at_or_after(q.range.start);
    let q_last = doc.word_at_or_after(q.range.end);
    let words = near_words(doc, q, q_first, q_last);
    // "“…,” in the words of one senior aide": the phrase right after the
    // quote says whose words they are, whatever verb the sentence has.
    let right_after = q_last..(q_last + 2).min(words.end);
    if let Some(found) = in_the_words_of(ctx, right_after, words.end) {
        return Some(found);
    }
    // "“…” from diplomacy to defence, in Bolton’s view.": the phrase
    // closing the quote's sentence after a comma.
    let closing = (q_last..words.end).filter(|&k| k > 0 && ctx.w(k - 1) == ",");
    if let Some(found) = in_the_words_of(ctx, closing, words.end).filter(|(_, cue)| {
        let after = doc.word_at_or_after(cue.range.end);
        after >= words.end || matches!(ctx.w(after), "." | "!" | "?")
    }) {
        return Some(found);
    }
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
        .filter_map(|(_, i, len)| {
            let speaker = speaker_for_cue(ctx, i, len, &words, q_last)
                .or_else(|| infinitive_subject(ctx, i, words.start))?;
            Some((i, len, speaker))
        })
        .collect();
    // "After Lee said the plan was “dead,” Ruiz called it “a farce”": a
    // clause set before the main one reports its own words; a cue on the
    // other side of its closing comma, when the quote's side has one,
    // belongs to other words.
    let found = fence_fronted_clause(ctx, q_first, &words, found);
    // The nearest cue, unless it follows the quote with more than its
    // subject in between and a cue before the quote leads into it:
    // "Though she said it led to a “trickle” of complaints, Marta said …".
    let tight_after = |i: usize, speaker: &Speaker| {
        // Only the speaker's name, or a title before it, in between.
        (q_last..i).all(|k| {
            let r = &doc.words[k].range;
            !ctx.is_word(k)
                || (r.start >= speaker.mention.start && r.end <= speaker.mention.end)
                || (r.end <= speaker.mention.start && (is_cap(ctx.w(k)) || ctx.w(k) == "of"))
        })
    };
    // "When a man near the stage yelled, “Pellam,” Osei laughed, “Gladly!”":
    // a cue after the quote that introduces the next one gives way to a
    // cue right before this one.
    let introduces_next = |i: usize, len: usize| {
        let after = i + len;
        after + 1 < doc.words.len() && matches!(ctx.w(after), "," | ":") && ctx.quoted[after + 1]
    };
    let adjacent_before = found
        .iter()
        .position(|(j, len, _)| *j < q_first && (j + len..q_first).all(|k| !ctx.is_word(k)));
    let pick = match found.first() {
        Some((i, _, speaker)) if *i >= q_last && !tight_after(*i, speaker) => {
            found.iter().position(|(j, _, _)| *j < q_first).unwrap_or(0)
        }
        Some((i, len, _)) if *i >= q_last && introduces_next(*i, *len) => {
            adjacent_before.unwrap_or(0)
        }
        _ => 0,
    };
    // "He said the plan, which some have argued was rushed, was an
    // “insult”": a cue inside a relative clause set off before the quote
    // reports that clause, not the quote; a cue outside it does. ("The
    // plan, as Ruiz put it, was “dead”" is Ruiz's: "as" clauses stay.)
    let set_off = |i: usize, len: usize| {
        if i >= q_first {
            return false;
        }
        let opened = (words.start..i).rev().take(8).any(|j| {
            matches!(ctx.w(j), "which" | "who")
                && j > words.start
                && matches!(ctx.w(j - 1), "," | "—" | "–" | "(")
        });
        let closed = (i + len..q_first).any(|j| {
            matches!(ctx.w(j), "," | "—" | "–" | ")")
                && !ctx.quoted[j]
                && (j + 1..q_first).any(|k| ctx.is_word(k))
        });
        opened && closed
    };
    // With only such cues, the quote has none of its own: "The mayor, who
    // said she was tired, wore a “vote yes” badge."
    let pick = match found.get(pick) {
        Some((i, len, _)) if set_off(*i, *len) => found
            .iter()
            .position(|(j, l, _)| !set_off(*j, *l))
            .unwrap_or(usize::MAX),
        _ => pick,
    };
    // An infinitive ("was right to urge leaders “…”") reports words only
    // when no finite speech verb in the sentence does.
    // Unless it has a subject of its own: "only for Lee to tweet that “…”",
    // "with Lee taking to the radio to call it “…”".
    let infinitive = |i: usize| {
        i > 0 && ctx.w(i - 1) == "to" && infinitive_subject(ctx, i, words.start).is_none()
    };
    let pick = match found.get(pick) {
        Some((i, _, _)) if infinitive(*i) => found
            .iter()
            .position(|(j, _, _)| !infinitive(*j))
            .unwrap_or(pick),
        _ => pick,
    };
    if let Some((mut i, mut len, mut speaker)) = found.into_iter().nth(pick) {
        if let Some(subject) = infinitive_subject(ctx, i, words.start) {
            speaker = subject;
        }
        // "She said she remembers the clerk looking “lost”": the
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
        return Some((speaker, cue_at(doc, i, len)));
    }
    if let Some(found) = reply_from(ctx, q_first, q_last, &words, colon_before) {
        return Some(found);
    }
    if let Some(found) = in_the_words_of(ctx, words.start..q_first, q_first) {
        return Some(found);
    }
    // A partial quote with no cue belongs to its sentence's subject:
    // "Madigan asserted that the trust is “broken”".
    // "has been called “…”": a name given by nobody in particular.
    let passive_cue = q_first >= 2
        && PASSIVE.contains(&ctx.w(q_first - 2))
        && ctx.verbs.contains(ctx.w(q_first - 1));
    // "Residents were told the water was “safe”": the subject of a passive
    // of telling is who heard the words, not who said them.
    let addressed = |s: &Speaker| {
        let k = doc.word_at_or_after(s.mention.end);
        let k = k + usize::from(k < q_first && matches!(ctx.w(k), "have" | "had" | "has"));
        k + 1 < q_first
            && PASSIVE.contains(&ctx.w(k))
            && matches!(
                ctx.w(k + 1),
                "told" | "warned" | "informed" | "assured" | "advised" | "reminded" | "promised"
            )
            && !(k..q_first).any(|j| ctx.w(j) == "by")
    };
    // "The talks are on “hold”", "The files were marked “top secret”": a
    // thing that is the subject of a bare word or two in marks says no
    // words; only somebody does.
    // "agreed to a “pause”", "called for a “reset”": a bare word or two
    // after a preposition and an article is the reporter's distance from a
    // word, an object of the verb, not the subject's words.
    let bare = doc.text(q.inner()).split_whitespace().count() <= 3;
    // Not after a speech noun ("her lament for the “lost Americans”") or a
    // verb that likens ("likened them to a “vicious pack”"): those give the
    // subject's words.
    let object_of_preposition = q_first >= 3
        && matches!(ctx.w(q_first - 1), "a" | "an" | "the")
        && PREPOSITIONS.contains(&ctx.w(q_first - 2))
        && !SPEECH_NOUNS.contains(&ctx.w(q_first - 3))
        && !CLAIM_NOUNS.contains(&ctx.w(q_first - 3))
        && !(words.start..q_first).any(|k| {
            matches!(
                ctx.w(k),
                "likened" | "likens" | "compared" | "compares" | "equated" | "equates"
            )
        });
    // "Ruiz wants a “pause”", "She remains a “maverick”": a word or two
    // after an article, the object of a verb that says nothing, is the
    // reporter's distance from a word; the subject said nothing.
    // Not "casting him as a “…”", "attacked him for being a “…”", "likened
    // them to a “…”": those characterise, and give the subject's words.
    let after_article = q_first >= 2
        && matches!(ctx.w(q_first - 1), "a" | "an")
        && doc.text(q.inner()).split_whitespace().count() <= 2
        && ctx.is_word(q_first - 2)
        && !ctx.quoted[q_first - 2]
        && ctx.w(q_first - 2).chars().all(char::is_lowercase)
        && !PREPOSITIONS.contains(&ctx.w(q_first - 2))
        && !AUXILIARIES.contains(&ctx.w(q_first - 2))
        // "as a “human leech” and a “spoiled brat”": the second goes with the first
        && !matches!(
            ctx.w(q_first - 2),
            "as" | "being" | "be" | "been" | "like" | "and" | "or"
        );
    let scare = bare && (object_of_preposition || after_article);
    if !(sentence_like(doc, q) || colon_before || passive_cue || scare) {
        if let Some(speaker) = sentence_subject(ctx, words.start, q_first)
            .filter(|s| !addressed(s) && (!bare || someone_or_org(ctx, s)))
        {
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
    // "When Ruiz finally wrapped up — “We will win!” — the crowd rose": a
    // whole sentence set off by dashes inside a clause about somebody is
    // that person's.
    let dashed = |t: &str| t.ends_with(['—', '–']);
    let interjected = dashed(doc.prose[..q.range.start].trim_end())
        && doc.prose[q.range.end..]
            .trim_start()
            .starts_with(['—', '–'])
        && sentence_like(doc, q);
    if interjected {
        if let Some(speaker) = sentence_subject(ctx, words.start, q_first).filter(|s| {
            ctx.names.mention_at(s.mention.start).is_some_and(|m| {
                let m = &ctx.names.mentions[m];
                matches!(m.kind, NameKind::Person | NameKind::Unknown) && !m.possessive
            })
        }) {
            return Some((speaker, colon_cue(doc, q.range.start)));
        }
    }
    if colon_before || comma_introduction(ctx, q, q_first) {
        if let Some(speaker) = sentence_subject(ctx, words.start, q_first) {
            return Some((speaker, colon_cue(doc, q.range.start)));
        }
    }
    if colon_before {
        if let Some(speaker) = possessive_colon(ctx, words.start, q_first) {
            return Some((speaker, colon_cue(doc, q.range.start)));
        }
    }
    interviewer(ctx, q_first, &words)
}

/// "In a Gallup poll, 31 percent of voters said they were “very
/// worried”": words in marks given by a share of a poll's respondents are
/// the poll's own wording, the answer they chose; the poll named in the
/// sentence, or in the one before in its paragraph, is their source.
/// Only when the speaker found is the share itself or someone after it
/// ("they"): "Ruiz said 60 percent of the water was “lost”" stays Ruiz's.
///
/// With no speaker found (`speaker` None), a speech cue between the share
/// and the quote is enough: "44% of residents say they would “never” …".
pub(super) fn poll_answer(ctx: &Ctx, q: &Quote, speaker: Option<&Speaker>) -> Option<Speaker> {
    let doc = ctx.doc;
    let si = doc.sentence_at(q.range.start)?;
    let q_first = doc.word_at_or_after(q.range.start);
    // Only near the quote: a run-on "sentence" is read within reach.
    let own = word_window(doc, si..si + 1);
    let own = own.start.max(q_first.saturating_sub(REACH))..own.end;
    let plain = |k: usize| ctx.is_word(k) && !ctx.quoted[k];
    // "31 percent", "31%", "six in 10": where the share begins.
    let share = (own.start + 1..q_first.min(own.end)).find_map(|k| {
        let w = ctx.w(k);
        let rate = matches!(w, "percent" | "%") || (w == "cent" && ctx.w(k - 1) == "per");
        let number_at = if w == "cent" {
            k.checked_sub(2)?
        } else {
            k - 1
        };
        if rate && is_count(ctx.w(number_at).trim_end_matches('%')) {
            return Some(number_at);
        }
        let in_ten = w == "in" && plain(k - 1) && is_count(ctx.w(k - 1)) && k + 1 < own.end;
        (in_ten && is_count(ctx.w(k + 1))).then_some(k - 1)
    })?;
    match speaker {
        Some(s) if s.mention.end <= doc.words[share].range.start => return None,
        None if !(share..q_first).any(|k| ctx.cue_len(k).is_some()) => return None,
        _ => {}
    }
    let is_poll = |k: usize| {
        plain(k)
            && matches!(
                ctx.w(k).to_lowercase().as_str(),
                "poll" | "polls" | "survey"
            )
    };
    let poll = (own.start..share).rev().find(|&k| is_poll(k)).or_else(|| {
        let before = si.checked_sub(1)?;
        (doc.paragraph_at(doc.sentences[before].start) == doc.paragraph_at(q.range.start))
            .then_some(())?;
        let prev = word_window(doc, before..before + 1);
        prev.clone().rev().take(REACH).find(|&k| is_poll(k))
    })?;
    // Back to the poll's article: "a national Rivertown Herald poll".
    let mut start = poll;
    for k in (poll.saturating_sub(7)..poll).rev() {
        let w = ctx.w(k);
        let joiner = matches!(w, "/" | "-" | "&") && !ctx.quoted[k];
        if !plain(k) && !joiner {
            break;
        }
        if PREPOSITIONS.contains(&w) || matches!(w, "In" | "From" | "and" | "or") {
            break;
        }
        start = k;
        if matches!(
            w,
            "a" | "an" | "the" | "A" | "An" | "The" | "this" | "This" | "its"
        ) || strip_possessive(w).1
        {
            break;
        }
    }
    let range = doc.words[start].range.start..doc.words[poll].range.end;
    Some(Speaker {
        name: doc.text(range.clone()).to_string(),
        mention: range,
        vague: false,
    })
}

/// The subject an infinitive of saying at word `i` has of its own: "for
/// Lee to tweet", "for her to say", "with Lee taking to the radio to
/// call". Only a person's or organisation's name, or "him", "her",
/// "them", after "for"; only a name after "with", then a word in -ing,
/// with no punctuation on the way.
pub(super) fn infinitive_subject(ctx: &Ctx, i: usize, floor: usize) -> Option<Speaker> {
    let doc = ctx.doc;
    if i < floor + 3 || ctx.w(i - 1) != "to" {
        return None;
    }
    let agent_ending_at = |k: usize| {
        let m = ctx.names.mention_at(doc.words[k].range.start)?;
        let m = &ctx.names.mentions[m];
        (m.is_agent() && !m.possessive && m.range.end == doc.words[k].range.end).then_some(m)
    };
    // "for Lee to tweet"
    let k = i - 2;
    if matches!(ctx.w(k), "him" | "her" | "them") && ctx.w(k - 1) == "for" {
        return Some(make_speaker(ctx, doc.words[k].range.clone()));
    }
    if let Some(m) = agent_ending_at(k) {
        let mut start = doc.word_at_or_after(m.range.start);
        if start > floor + 1 && ctx.w(start - 1) == "the" {
            start -= 1;
        }
        if start > floor && ctx.w(start - 1) == "for" {
            let from = doc.words[start].range.start;
            return Some(make_speaker(ctx, from..m.range.end));
        }
    }
    // "with Lee taking to the radio to call"
    let mut j = i - 1;
    while j > floor && j + 10 > i {
        j -= 1;
        if !ctx.is_word(j) || ctx.quoted[j] {
            return None;
        }
        let t = ctx.w(j);
        if t.len() > 4 && t.ends_with("ing") && t.chars().all(char::is_lowercase) {
            let m = agent_ending_at(j - 1)?;
            let start = doc.word_at_or_after(m.range.start);
            return (start > floor && ctx.w(start - 1) == "with")
                .then(|| make_speaker(ctx, m.range.clone()));
        }
    }
    None
}

/// Words opening a clause set before the main clause of its sentence:
/// "When", "After", "Although". ("As" is left out: "As Ruiz put it, …"
/// attributes the main clause.)
fn opens_fronted_clause(w: &str) -> bool {
    matches!(
        w,
        "When"
            | "After"
            | "Before"
            | "While"
            | "Once"
            | "Until"
            | "Although"
            | "Though"
            | "Because"
            | "Whereas"
            | "If"
            | "Since"
    )
}

/// Where a fronted clause holding cue `cue` ends: the first comma after
/// the cue that does not lead into a quote ("When the crowd shouted,
/// “Cruz,” Beck joked": the comma ending the quote "Cruz," ends it), nor
/// into a relative clause ("the plan, which he backed, …"), nor into a
/// parenthesis or a dash. The index of the first word of the main clause.
fn fronted_clause_end(ctx: &Ctx, cue: usize, words: &Range<usize>) -> Option<usize> {
    let doc = ctx.doc;
    let mut k = cue + 1;
    while k + 1 < words.end {
        let w = ctx.w(k);
        if matches!(w, "." | "!" | "?" | ";" | "—" | "–" | "(") && !ctx.quoted[k] {
            return None;
        }
        let comma = if ctx.quoted[k] {
            // The closing mark of a quote whose words end in a comma.
            !ctx.quoted[k + 1]
                && !ctx.is_word(k)
                && doc.prose[..doc.words[k].range.start].ends_with(',')
        } else {
            w == ","
        };
        if comma && !ctx.quoted[k + 1] {
            if matches!(ctx.w(k + 1), "which" | "who" | "whom" | "whose") {
                // Past the relative clause's own closing comma.
                k = (k + 2..words.end).find(|&j| ctx.w(j) == "," && !ctx.quoted[j])? + 1;
                continue;
            }
            return Some(k + 1);
        }
        k += 1;
    }
    None
}

/// Keeps only the cues on the quote's side of a fronted clause ("After Lee
/// said …, Ruiz called it “…”"), when that side has one, and leaves out a
/// cue in brackets or between two dashes that do not hold the quote ("(Lee
/// called it “sad”), Ruiz said “…”"). `found` is in order of preference.
fn fence_fronted_clause(
    ctx: &Ctx,
    q_first: usize,
    words: &Range<usize>,
    found: Vec<(usize, usize, Speaker)>,
) -> Vec<(usize, usize, Speaker)> {
    if found.len() < 2 {
        return found;
    }
    let doc = ctx.doc;
    let in_brackets = |i: usize| {
        let open = (words.start..i)
            .rev()
            .find(|&j| matches!(ctx.w(j), "(" | ")"));
        let Some(open) = open.filter(|&j| ctx.w(j) == "(") else {
            return false;
        };
        let close = (i..words.end).find(|&j| matches!(ctx.w(j), "(" | ")"));
        close.is_some_and(|c| ctx.w(c) == ")" && !(open < q_first && q_first < c))
    };
    // "He said, “…” — at which point the crowd chanted “…” — “and …”": a
    // pair of dashes sets a clause aside the same way.
    let dash = |j: usize| {
        !ctx.quoted[j]
            && (matches!(ctx.w(j), "—" | "–")
                || (ctx.w(j) == "-" && doc.prose[..doc.words[j].range.start].ends_with(' ')))
    };
    let in_dashes = |i: usize| {
        let Some(open) = (words.start..i).rev().find(|&j| dash(j)) else {
            return false;
        };
        let close = (i..words.end)
            .find(|&j| dash(j) || (!ctx.quoted[j] && matches!(ctx.w(j), "." | "?" | "!")));
        close.is_some_and(|c| dash(c) && !(open < q_first && q_first < c))
    };
    let aside = |i: usize| in_brackets(i) || in_dashes(i);
    let found = if found.iter().any(|(i, _, _)| !aside(*i)) {
        found.into_iter().filter(|(i, _, _)| !aside(*i)).collect()
    } else {
        found
    };
    let Some(s) = doc.sentence_at(doc.words[q_first].range.start) else {
        return found;
    };
    let opener = doc.word_at_or_after(doc.sentences[s].start);
    if opener < words.start || opener >= q_first || !opens_fronted_clause(ctx.w(opener)) {
        return found;
    }
    let Some(first_cue) = found
        .iter()
        .map(|(i, _, _)| *i)
        .filter(|&i| i > opener)
        .min()
    else {
        return found;
    };
    // A comma before the cue may already have closed the clause ("After
    // the vote, Ruiz said …"); only a description set off by two commas
    // right before the cue stays inside it ("When Ruiz, the mayor, said").
    let commas: Vec<usize> = (opener + 1..first_cue)
        .filter(|&k| ctx.w(k) == "," && !ctx.quoted[k])
        .collect();
    let appositive = commas.len() == 2 && commas[1] + 1 == first_cue;
    if !commas.is_empty() && !appositive {
        return found;
    }
    let Some(end) = fronted_clause_end(ctx, first_cue, words) else {
        return found;
    };
    let inside = |i: usize| opener < i && i < end;
    let q_inside = inside(q_first);
    if found.iter().any(|(i, _, _)| inside(*i) == q_inside) {
        found
            .into_iter()
            .filter(|(i, _, _)| inside(*i) == q_inside)
            .collect()
    } else {
        found
    }
}

/// "familiar" (with), "close" (to), "involved" (in): a word that
/// describes the phrase before it by way of the preposition after it.
pub(super) fn describes_before_preposition(t: &str) -> bool {
    matches!(t, "familiar" | "close" | "knowledgeable")
        || (t.len() > 4 && t.ends_with("ed") && t.chars().all(|c| c.is_lowercase()))
}

/// Whether a speaker is somebody: a person's or an organisation's name, a
/// pronoun, or a phrase whose head is a role or a plural ("the students").
fn someone(ctx: &Ctx, s: &Speaker) -> bool {
    if ctx.agent_at(s.mention.start) {
        return true;
    }
    let text = ctx.doc.text(s.mention.clone());
    let head = text.split_whitespace().last().unwrap_or("").to_lowercase();
    is_pronoun(text) || PERSON_ROLES.contains(&head.as_str()) || plural_head(ctx, s)
}

/// [`someone`], or a phrase whose head names an organisation ("the
/// ministry").
pub(super) fn someone_or_org(ctx: &Ctx, s: &Speaker) -> bool {
    let text = ctx.doc.text(s.mention.clone());
    let head = strip_possessive(text.split_whitespace().last().unwrap_or(""))
        .0
        .to_lowercase();
    // A name the draft gives ("Reid Ribble", "Politifact"), or a pronoun
    // or relative resolved to one.
    let named = |at: usize| {
        ctx.names
            .mention_at(at)
            .is_some_and(|m| ctx.names.mentions[m].kind != NameKind::Place)
    };
    (ctx.agent_at(s.mention.start)
        || is_pronoun(text)
        || named(s.mention.start)
        || named(s.mention.end.saturating_sub(1))
        || s.name != text
        || names_people(&head)
        || is_organisation_head(&head))
        && !FIGURE_NOUNS.contains(&head.as_str())
        && !DOCUMENT_NOUNS.contains(&head.as_str())
}

/// Whether a head noun names people: a role ("officials"), a word for
/// people ("crowd"), or an agent noun ("skipper", "residents",
/// "economists", "guardians"; not "attachment").
fn names_people(head: &str) -> bool {
    let one = head.strip_suffix('s').unwrap_or(head);
    PERSON_ROLES.contains(&head)
        || PERSON_ROLES.contains(&one)
        || matches!(
            head,
            "people"
                | "public"
                | "staff"
                | "crowd"
                | "family"
                | "children"
                | "men"
                | "women"
                | "coach"
                | "captain"
                | "boss"
                | "pilot"
                | "mother"
                | "father"
                | "wife"
                | "husband"
                | "son"
                | "daughter"
        )
        || (["er", "or", "ist", "ian", "ant", "ent", "man", "woman"]
            .iter()
            .any(|suffix| one.len() > suffix.len() + 2 && one.ends_with(suffix))
            && !one.ends_with("ment"))
}

/// Whether a phrase's last word is a plural: "the protesters".
fn plural_head(ctx: &Ctx, s: &Speaker) -> bool {
    let text = ctx.doc.text(s.mention.clone());
    s_plural_shaped(text.split_whitespace().last().unwrap_or(""))
}

/// "The first incident came …, when protesters interrupted her, shouting
/// “…”": when the sentence's subject is a thing, a participle goes with
/// the people of the clause just before it — the subject after "when",
/// "as", "while", "after" or "before", if that is somebody.
fn clause_people_before(ctx: &Ctx, subject: &Speaker, cue: usize) -> Option<Speaker> {
    if cue < 2 || ctx.w(cue - 1) != "," {
        return None;
    }
    let from = ctx.doc.word_at_or_after(subject.mention.end);
    let opener = (from..cue - 1).rev().take(15).find(|&j| {
        !ctx.quoted[j]
            && matches!(
                ctx.w(j),
                "when" | "as" | "while" | "after" | "before" | "where"
            )
    })?;
    // "about 60 pickets": a count before the people.
    let opener = if ctx.w(opener + 1) == "about" {
        opener + 1
    } else {
        opener
    };
    // The phrase after the opener, up to its verb: "protesters
    // interrupted", "the students marched".
    let verb = (opener + 2..(opener + 6).min(cue - 1)).find(|&j| ctx.verb_like(j))?;
    if (opener + 1..verb).any(|j| ctx.quoted[j] || !ctx.is_word(j) || is_pronoun(ctx.w(j))) {
        return None;
    }
    let range = ctx.doc.words[opener + 1].range.start..ctx.doc.words[verb - 1].range.end;
    let np = make_speaker(ctx, range);
    someone(ctx, &np).then_some(np)
}

/// "Ruiz's note to the crews was pinned up in the boathouse: “…”",
/// "Tom Webb's reply to the council was read out at the meeting: “…”",
/// "Her answer came by email on Friday: “…”": a sentence that opens with
/// somebody's remark, message or reply and hands it on with a colon gives
/// that person's words, whatever became of them on the way (printed, read
/// out, posted). Not when a speech verb in the active, a subject pronoun or a relative
/// clause between the noun and the colon brings in other words ("Ruiz's
/// letter went unanswered until Lee, who chairs the board, wrote: “…”").
fn possessive_colon(ctx: &Ctx, start: usize, q_first: usize) -> Option<Speaker> {
    let doc = ctx.doc;
    let mut k = start;
    if k < q_first && matches!(ctx.w(k), "The" | "the") {
        k += 1;
    }
    let noun = (k + 1..(k + 5).min(q_first)).find(|&j| SPEECH_NOUNS.contains(&ctx.w(j)))?;
    if (start..noun).any(|j| ctx.quoted[j]) {
        return None;
    }
    // "Ruiz's final message": one word may describe the remark.
    let owner = if possessive_owner(ctx.w(noun - 1)).is_none()
        && noun - 1 > start
        && ctx.w(noun - 1).chars().all(|c| c.is_lowercase())
    {
        noun - 2
    } else {
        noun - 1
    };
    let len = match possessive_owner(ctx.w(owner))? {
        // "Her answer …": a possessive pronoun only as the first word.
        (len, true) if owner == start => len,
        (len, false) => len,
        _ => return None,
    };
    let between: Vec<usize> = (noun + 1..q_first).filter(|&j| ctx.is_word(j)).collect();
    // "was read out", "was posted": a passive of saying tells what
    // became of the remark, not of other words.
    let passive = |j: usize| j > 0 && PASSIVE.contains(&ctx.w(j - 1));
    let other_words = between.iter().any(|&j| {
        ctx.quoted[j]
            || (ctx.cue_len(j).is_some() && !passive(j))
            || is_nominative(ctx.w(j))
            || matches!(ctx.w(j), "who" | "whom" | "which" | ";")
    });
    if between.len() > 16 || other_words {
        return None;
    }
    let from = doc.words[start].range.start;
    let to = doc.words[owner].range.start + len;
    let speaker = make_speaker(ctx, from..to);
    (!speaker.vague).then_some(speaker)
}

/// Nouns for words sent back or handed down: "came the reply from City Hall".
const REPLY_NOUNS: &[&str] = &[
    "reply", "response", "answer", "retort", "verdict", "word", "message",
];

/// "“…,” came the reply from City Hall", "“…” was the message from the
/// mayor" and "The response from the
/// ministry was short: “…”": a reply noun and the one it came from. The
/// speaker is the phrase after "from"; a reply from nobody named
/// attributes nothing.
fn reply_from(
    ctx: &Ctx,
    q_first: usize,
    q_last: usize,
    words: &Range<usize>,
    colon_before: bool,
) -> Option<(Speaker, Cue)> {
    let w = |i: usize| if i < words.end { ctx.w(i) } else { "" };
    let article = |i: usize| matches!(w(i), "the" | "a" | "The" | "A");
    let (noun, limit) = if colon_before {
        // The sentence opens with the reply: "The reply from X was blunt:".
        let k = words.start + usize::from(article(words.start));
        (k, q_first)
    } else {
        // After the quote, past its comma: "came the reply from X".
        let mut k = q_last;
        while k < words.end && !ctx.is_word(k) {
            k += 1;
        }
        if !matches!(w(k), "came" | "was" | "is") || !article(k + 1) {
            return None;
        }
        (k + 2, words.end)
    };
    if noun >= limit || ctx.quoted[noun] || !REPLY_NOUNS.contains(&w(noun)) || w(noun + 1) != "from"
    {
        return None;
    }
    let speaker = noun_phrase_after(ctx, noun + 2, limit)?;
    Some((speaker, cue_at(ctx.doc, noun, 1)))
}

/// What "in X's …" and "in the … of X" can hold for the phrase to name
/// whose words a quote gives: "in Lee's words", "in the view of Lee".
const STATED_VIEWS: &[&str] = &[
    "words",
    "view",
    "opinion",
    "estimation",
    "telling",
    "account",
    "judgment",
    "judgement",
    "assessment",
    "reckoning",
];

/// "In Lee's words, “…”", "in the words of Tom Lee, …", "to quote Lee,":
/// a phrase before the quote that names whose words they are.
/// `starts` are the words the phrase may start at; `limit` is where it
/// must end.
fn in_the_words_of(
    ctx: &Ctx,
    starts: impl IntoIterator<Item = usize>,
    limit: usize,
) -> Option<(Speaker, Cue)> {
    let doc = ctx.doc;
    let w = |i: usize| if i < limit { ctx.w(i) } else { "" };
    starts.into_iter().find_map(|k| {
        if ctx.quoted[k] {
            return None;
        }
        match (w(k), w(k + 1), w(k + 2), w(k + 3)) {
            ("In" | "in", "the", noun, "of") if STATED_VIEWS.contains(&noun) => {
                let speaker = noun_phrase_after(ctx, k + 4, limit)?;
                return Some((speaker, cue_at(doc, k + 2, 1)));
            }
            ("To" | "to", "quote", _, _) => {
                let speaker = noun_phrase_after(ctx, k + 2, limit)?;
                return Some((speaker, cue_at(doc, k + 1, 1)));
            }
            ("In" | "in", _, _, _) => {}
            _ => return None,
        }
        // "In Tom Lee's words", "in his words", "in Lee's view": a
        // possessive, then "words" or a noun for a stated view.
        let noun = (k + 2..(k + 6).min(limit)).find(|&j| STATED_VIEWS.contains(&w(j)))?;
        let (len, pronoun) = possessive_owner(w(noun - 1))?;
        // "in Tom Lee's words", or a described owner: "in the harbour
        // master's telling".
        let owned = if pronoun {
            noun == k + 2
        } else {
            (k + 1..noun - 1).all(|i| is_cap(w(i)))
                || (matches!(w(k + 1), "the" | "a")
                    && (k + 2..noun).all(|i| {
                        w(i).chars()
                            .all(|c| c.is_lowercase() || c == '’' || c == '\'')
                    }))
        };
        if !owned {
            return None;
        }
        let from = doc.words[k + 1].range.start;
        let to = doc.words[noun - 1].range.start + len;
        Some((make_speaker(ctx, from..to), cue_at(doc, noun, 1)))
    })
}

/// "In an interview with the Port Weston Gazette, Ruiz was asked,
/// “…?”": a question put to the subject is the interviewer's.
fn interviewer(ctx: &Ctx, q_first: usize, words: &Range<usize>) -> Option<(Speaker, Cue)> {
    let asked = (q_first >= 3)
        .then(|| q_first - 1)
        .filter(|&c| matches!(ctx.w(c), "," | ":"))
        .filter(|&c| ctx.w(c - 1) == "asked" && PASSIVE.contains(&ctx.w(c - 2)))?;
    let with = (words.start..asked)
        .find(|&k| ctx.w(k) == "interview" && k + 1 < asked && ctx.w(k + 1) == "with")?;
    let speaker = noun_phrase_after(ctx, with + 2, asked)?;
    // The outlet's name, not what follows it ("posted online Tuesday").
    let named_end = (with + 2..asked)
        .take_while(|&k| ctx.doc.words[k].range.start < speaker.mention.end)
        .find_map(|k| ctx.names.mention_at(ctx.doc.words[k].range.start))
        .map(|m| ctx.names.mentions[m].range.end);
    let speaker = match named_end {
        Some(end) => make_speaker(ctx, speaker.mention.start..end),
        None => speaker,
    };
    Some((speaker, cue_at(ctx.doc, asked - 1, 1)))
}

/// "Ruiz shared her doubt with a crowd in the harbour town, “I am not
/// sure …”", "The memo opened, “…”": a comma before a whole sentence in
/// quotation marks hands the floor to the clause's subject, as a colon
/// does. Not after a passive ("Ruiz was asked, “…”": someone else asked).
fn comma_introduction(ctx: &Ctx, q: &Quote, q_first: usize) -> bool {
    let doc = ctx.doc;
    if !doc.prose[..q.range.start].trim_end().ends_with(',') || !sentence_like(doc, q) {
        return false;
    }
    let comma = q_first.checked_sub(1).filter(|&k| ctx.w(k) == ",");
    let Some(comma) = comma else {
        return false;
    };
    let passive = comma >= 2
        && PASSIVE.contains(&ctx.w(comma - 2))
        && (ctx.w(comma - 1).ends_with("ed")
            || IRREGULAR_PAST.contains(&ctx.w(comma - 1))
            || matches!(ctx.w(comma - 1), "told" | "asked"));
    // The quote ends the sentence: "his new book, “Crippled America,” for
    // clues" names a title in apposition.
    ends_its_sentence(doc, q)
        && !passive
        && comma > 0
        && ctx.is_word(comma - 1)
        && !ctx.quoted[comma - 1]
}

/// Whether nothing but punctuation follows the quote in its sentence.
fn ends_its_sentence(doc: &Document, q: &Quote) -> bool {
    doc.sentence_at(q.range.end.saturating_sub(1))
        .is_some_and(|si| {
            doc.prose[q.range.end..doc.sentences[si].end.max(q.range.end)]
                .chars()
                .all(|c| !c.is_alphanumeric())
        })
}

/// The speaker a cue links to: the subject before it, the inverted subject
/// after it (`,” said Ana Ruiz`), or the source after "according to".
pub(super) fn speaker_for_cue(
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
    if len == 1 && w(cue).eq_ignore_ascii_case("per") {
        // per X
        return noun_phrase_after(ctx, cue + 1, window.end);
    }
    // "the Ledger quoted coroner Hanna Vell as saying": the one quoted;
    // "the mayor was quoted as saying", "Ruiz is quoted by the Herald as
    // saying": in the passive, its subject, whoever quoted.
    if matches!(w(cue), "quoted" | "quotes") {
        let as_saying = (cue + 2..window.end.min(cue + 10))
            .find(|&k| w(k) == "as" && k + 1 < window.end && w(k + 1) == "saying");
        if let Some(k) = as_saying {
            return noun_phrase_after(ctx, cue + 1, k);
        }
        if w(cue) == "quoted" && cue > window.start + 1 && PASSIVE.contains(&w(cue - 1)) {
            let mut k = cue - 1;
            if k > window.start + 1 && matches!(w(k), "been" | "being") {
                k -= 1;
            }
            if let Some(s) = noun_phrase_ending_at(ctx, k - 1, window.start) {
                return Some(s);
            }
        }
    }
    // "In the end, there will be, says Ms Aldana, no profit …": a name set
    // off by commas after the verb is the speaker.
    if cue > window.start && w(cue - 1) == "," && !ctx.quoted[cue - 1] && cue + 1 < window.end {
        if let Some(mention) = ctx.mention_from(cue + 1) {
            let after = ctx.doc.word_at_or_after(mention.range.end);
            let set_off = after >= window.end || matches!(w(after), "," | ".");
            if mention.kind == NameKind::Person && !mention.possessive && set_off {
                return Some(make_speaker(ctx, mention.range.clone()));
            }
        }
    }
    // A reduced passive, "the van, described by Webb as “…”": the agent
    // after "by" described it, with or without "was" before the verb.
    if w(cue).ends_with("ed") && cue + 2 < window.end && w(cue + 1) == "by" {
        // "as" right before the quote, so the naming is the quote's:
        // "Gingrich — mentioned by Newsmax as the choice — told Fox that
        // “…”" names no words.
        let quoted_at = |k: usize| k < window.end && ctx.quoted[k];
        let as_next = (cue + 3..window.end.min(cue + 8)).any(|k| {
            w(k) == "as"
                && (quoted_at(k + 1)
                    || (matches!(w(k + 1), "a" | "an" | "the") && quoted_at(k + 2)))
        });
        if as_next {
            return noun_phrase_after(ctx, cue + 2, window.end);
        }
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
    // A participle ("…, saying", "posts late Monday saying") belongs to
    // the sentence's subject.
    if w(cue).ends_with("ing") && !matches!(w(cue), "according") {
        // "Calling her rival “…,” Ana Ruiz walked out": a participle opening
        // the sentence has the main clause's subject, after its phrase.
        if is_cap(w(cue)) && ctx.doc.opens_sentence(ctx.doc.words[cue].range.start) {
            // the main clause: after the quote and a comma outside it, if any
            let after = (q_last..window.end)
                .find(|&k| !ctx.quoted[k])
                .map(|k| k + usize::from(w(k) == ","));
            // "Citing “prior plans,” the aide told the Courier …": the
            // main clause's own cue names its subject best.
            let own = after.and_then(|k| {
                (k..window.end)
                    .find_map(|j| ctx.cue_len(j).map(|l| (j, l)))
                    .filter(|&(j, _)| !w(j).ends_with("ing"))
                    .and_then(|(j, l)| speaker_for_cue(ctx, j, l, window, q_last))
            });
            return own.or_else(|| after.and_then(|k| first_subject(ctx, k, window.end)));
        }
        // "with Reyes tweeting that it was a “disgrace” and asking, “…”":
        // a second participle has the first one's subject.
        if cue > window.start + 1 && w(cue - 1) == "and" {
            let first = (window.start..cue - 1)
                .rev()
                .take(20)
                .find(|&j| w(j).ends_with("ing") && !ctx.quoted[j] && ctx.cue_len(j) == Some(1));
            if let Some(s) = first.and_then(|j| speaker_for_cue(ctx, j, 1, window, q_last)) {
                return Some(s);
            }
        }
        // "Ruiz calling it a “fine talk”", "has Webb saying, “…”":
        // a name right before the participle is its subject.
        // "Webb quietly saying": an adverb between them.
        let mut before = cue;
        if before > window.start + 1 && ctx.is_word(before - 1) && !ctx.quoted[before - 1] {
            let t = w(before - 1);
            if t.len() > 4 && t.ends_with("ly") && !is_cap(t) {
                before -= 1;
            }
        }
        if before > window.start && !ctx.quoted[before - 1] && ctx.is_word(before - 1) {
            if let Some(m) = ctx.names.mention_at(ctx.doc.words[before - 1].range.start) {
                let mention = &ctx.names.mentions[m];
                let first = ctx.first_word_of(mention);
                // "a letter to Attorney General Loretta Lynch asking …": the
                // addressee is not the one asking ("with Trump tweeting" is).
                let addressee = first > window.start && w(first - 1) == "to";
                if mention.is_agent()
                    && !mention.possessive
                    && !addressee
                    && mention.range.end == ctx.doc.words[before - 1].range.end
                {
                    return Some(make_speaker(ctx, mention.range.clone()));
                }
            }
        }
        // "…, with many marchers and spectators chanting “…”": a phrase
        // after "with" is the participle's own subject.
        // "with the campaign of the former mayor from Ohio saying", "with
        // one of his flyers asking": the phrase may hold "of", "from" and a
        // possessive pronoun.
        let in_phrase = |j: usize| {
            let t = w(j);
            let ends_phrase = ctx.verb_like(j)
                || (is_pronoun(t) && !is_possessive_pronoun(t))
                || t.ends_with("ing")
                || (PREPOSITIONS.contains(&t) && !matches!(t, "of" | "from"))
                || (CLAUSE_OPENERS.contains(&t) && t != "and");
            !ctx.quoted[j] && ctx.is_word(j) && (t == "with" || !ends_phrase)
        };
        let with = (window.start..cue)
            .rev()
            .take(9)
            .take_while(|&j| in_phrase(j))
            .find(|&j| w(j) == "with")
            .filter(|&j| j + 1 < cue)
            // people: "fans", "spectators", a name or a role ("the former
            // transport secretary", "the campaign of the senator"), not
            // "milder wording calling for …"
            .filter(|&j| {
                let head = w(cue - 1);
                // "one of her ads", "some of the fans": a share of a plural
                let partitive = j + 2 < cue
                    && (matches!(w(j + 1), "one" | "some" | "many" | "most" | "each" | "all")
                        || is_count(w(j + 1)))
                    && w(j + 2) == "of"
                    && head.ends_with('s');
                s_plural_shaped(head)
                    || partitive
                    || (j + 1..cue).any(|k| {
                        // the phrase's heads: its last word and any word
                        // before "of" or "from"
                        let t = w(k).to_lowercase();
                        let head = k + 1 == cue || matches!(w(k + 1), "of" | "from");
                        (head && (names_people(&t) || is_organisation_head(&t)))
                            || ctx.agent_at(ctx.doc.words[k].range.start)
                    })
            });
        if let Some(j) = with {
            let range = ctx.doc.words[j + 1].range.start..ctx.doc.words[cue - 1].range.end;
            return Some(make_speaker(ctx, range));
        }
        // "“…,” the candidate told CBS on Sunday, saying …": in a sentence
        // that opens with a quote, the participle goes on from the
        // attribution right after that quote.
        if ctx.quoted[window.start] {
            let after = (window.start..cue).find(|&j| !ctx.quoted[j]).unwrap_or(cue);
            let attribution = (after..cue.min(after + 6))
                .find_map(|j| ctx.cue_len(j).map(|l| (j, l)))
                .filter(|&(j, _)| !w(j).ends_with("ing"));
            if let Some(s) =
                attribution.and_then(|(j, l)| speaker_for_cue(ctx, j, l, window, q_last))
            {
                return Some(s);
            }
        }
        let subject = sentence_subject(ctx, window.start, cue);
        // "The cause is under investigation, Voss said, adding: “…”": with
        // a thing for the sentence's subject, the participle goes on from
        // the attribution set off before it.
        let thing_subject = subject.as_ref().filter(|s| !someone(ctx, s));
        if let Some(s) = thing_subject {
            let from = ctx.doc.word_at_or_after(s.mention.end);
            let said = (from..cue)
                .rev()
                .find_map(|j| ctx.cue_len(j).map(|l| (j, l)))
                .filter(|&(j, l)| !w(j).ends_with("ing") && j + l < cue && w(j + l) == ",");
            if let Some(found) = said.and_then(|(j, l)| speaker_for_cue(ctx, j, l, window, q_last))
            {
                if someone(ctx, &found) {
                    return Some(found);
                }
            }
        }
        // A crowd chants: "Clinton spoke near the casino, where about 50
        // protesters had gathered, chanting “…”" is the protesters'.
        let chant = matches!(w(cue), "chanting" | "chanted");
        if let Some(people) = (if chant {
            subject.as_ref()
        } else {
            thing_subject
        })
        .and_then(|s| clause_people_before(ctx, s, cue))
        .filter(|p| !chant || plural_head(ctx, p))
        {
            return Some(people);
        }
        // "Cruz weighed in on the manager, who assaulted a reporter,
        // calling …": after a relative clause closed by a comma, the
        // participle goes with the sentence's own subject.
        let after_relative = cue > window.start + 1
            && w(cue - 1) == ","
            && subject
                .as_ref()
                .is_some_and(|s| ctx.w(ctx.doc.word_at_or_after(s.mention.start)) == "who");
        if after_relative {
            let own = first_subject(ctx, window.start, cue).filter(|f| {
                ctx.names
                    .mention_at(f.mention.start)
                    .is_some_and(|m| ctx.names.mentions[m].kind == NameKind::Person)
            });
            if own.is_some() {
                return own;
            }
        }
        return subject.or_else(|| {
            // "There is talk about Ruiz, who is the liveliest on the
            // stage, saying …": with no subject of its own, the participle
            // after a relative clause belongs to the clause's antecedent.
            if cue < window.start + 2 || w(cue - 1) != "," {
                return None;
            }
            let who = (window.start + 1..cue - 1)
                .rev()
                .take(25)
                .take_while(|&j| !ctx.quoted[j])
                .find(|&j| matches!(w(j), "who" | "which") && w(j - 1) == ",")?;
            before_clause(ctx, who, window.start)
                .filter(|s| ctx.names.mention_at(s.mention.start).is_some())
        });
    }
    // Subject before the verb.
    let mut k = cue;
    while k > window.start {
        let prev = k - 1;
        if ctx.quoted[prev] {
            break;
        }
        let t = w(prev);
        // "Sen. Ana Ruiz (D-Ore.) said": step over the parenthesis.
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
            && !NOUNS_IN_LY.contains(&t)
            && prev > window.start
            && !DETERMINERS.contains(&w(prev - 1));
        // "the ruling issued Monday said": the day and the participle
        // describe the subject before them.
        let day = crate::calendar::WEEKDAYS.contains(&t) || matches!(t, "today" | "yesterday");
        if day && prev > window.start + 1 {
            let participle = w(prev - 1);
            if participle.ends_with("ed") && !is_cap(participle) && !ctx.quoted[prev - 1] {
                k = prev - 1;
                continue;
            }
        }
        let skippable = (SKIP_BEFORE_VERB.contains(&t.to_lowercase().as_str()) || adverb)
            && (!is_cap(t) || prev == window.start);
        if skippable && !matches!(t, "who" | "which" | "that") {
            k = prev;
            continue;
        }
        // "Proponents of the bill, however, say it would …": a connective
        // set off by commas stands between the subject and its verb.
        if t == ","
            && prev >= window.start + 2
            && SET_OFF_CONNECTIVES.contains(&w(prev - 1).to_lowercase().as_str())
            && w(prev - 2) == ","
            && !ctx.quoted[prev - 2]
        {
            k = prev - 2;
            continue;
        }
        // "saying anybody who complains about the fees “…”", "whoever
        // says otherwise": a speech verb of nobody in particular reports no
        // words; the quote is the sentence's own speaker's.
        let anybody = |j: usize| {
            let a = w(j).to_lowercase();
            INDEFINITES.contains(&a.as_str()) && a != "one" || a == "those"
        };
        if t == "whoever"
            || (matches!(t, "who" | "that") && prev > window.start && anybody(prev - 1))
        {
            return None;
        }
        if matches!(t, "who" | "which" | "that") {
            if let Some(s) = restrictive_antecedent(ctx, prev, window.start) {
                return Some(s);
            }
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
        // infinitive: "Ruiz rose to say, “…”".
        // "faults Webb for taking “…” and claims that": the first verb's
        // object may be a quote.
        if matches!(t, "and" | "but" | "to")
            && prev > window.start
            && (!ctx.quoted[prev - 1] || t != "to")
        {
            let subject = sentence_subject(ctx, window.start, prev);
            if subject.is_some() || t != "to" {
                return subject;
            }
            // "“…,” the mayor is reported to have said", "was heard to
            // say": the subject before the verbs that lead to the infinitive.
            let mut j = prev;
            while j > window.start && prev - j < 4 {
                j -= 1;
                if ctx.quoted[j] || !ctx.is_word(j) {
                    return None;
                }
                let v = w(j);
                let verbal = ctx.verb_like(j)
                    || AUXILIARIES.contains(&v)
                    || ctx.cue_len(j).is_some()
                    || (v.ends_with("ly") && !is_cap(v))
                    || v.ends_with("ed")
                    || matches!(
                        v,
                        "on" | "likely"
                            | "able"
                            | "going"
                            | "set"
                            | "heard"
                            | "seen"
                            | "known"
                            | "thought"
                            // "The letter goes on to say:"
                            | "goes"
                            | "went"
                    );
                if !verbal {
                    // only a subject the verbs say something of: "is reported
                    // to", "was heard to", "went on to"; not "refused to say"
                    // or "has until Friday to decide".
                    let raised = j + 1 < prev
                        && matches!(
                            w(j + 1),
                            "is" | "was" | "are" | "were" | "went" | "goes" | "go"
                        );
                    return raised
                        .then(|| noun_phrase_ending_at(ctx, j, window.start))
                        .flatten();
                }
            }
            return None;
        }
        // "a harbour board official who spoke anonymously to discuss
        // the budget said": the subject is the phrase before a relative
        // "who" (with no comma: that case is the clause above).
        let relative = (window.start + 1..=prev)
            .rev()
            .take(12)
            .take_while(|&j| !ctx.quoted[j] && (ctx.is_word(j) || w(j) == "-"))
            .find(|&j| w(j) == "who");
        if let Some(h) = relative {
            if let Some(s) = noun_phrase_ending_at(ctx, h - 1, window.start) {
                return Some(s);
            }
        }
        if let Some(s) = noun_phrase_ending_at(ctx, prev, window.start) {
            // "in a hushed tone said", "in 2010 said": a prepositional phrase
            // between subject and verb; the subject is further left.
            let np_start = ctx.doc.word_at_or_after(s.mention.start);
            // "Mira Costa of the HPA told": an article between.
            let np_start = if np_start > window.start + 1
                && matches!(
                    ctx.w(np_start - 1),
                    "the" | "a" | "an" | "both" | "his" | "her" | "their" | "its"
                )
                && !is_pronoun(ctx.w(np_start))
                && PREPOSITIONS.contains(&ctx.w(np_start - 2))
            {
                np_start - 1
            } else {
                np_start
            };
            // "Secretary of Inland Waterways Dana Pell said": a title's "of".
            let title_of = np_start > window.start + 1
                && ctx.w(np_start - 1) == "of"
                && is_title_word(ctx.w(np_start - 2));
            // "after Webb argued": a name after a word that can open a
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
                // "a source familiar with the talks said", "one Republican
                // involved in the effort said": the describing word before
                // the preposition is no part of who it is.
                if k > window.start + 1 && describes_before_preposition(w(k - 1)) {
                    k -= 1;
                }
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
        // impact as" the words after the verb are its object, and so are
        // those after "talked of" or "spoke about".
        || OBJECT_VERBS.contains(&w(cue))
        || ISSUING_VERBS.contains(&w(cue))
        || (len == 2 && matches!(w(cue + 1), "about" | "of"));
    if (after_quote || cue == window.start) && !listener_follows {
        let s = noun_phrase_after(ctx, cue + len, window.end)?;
        // "Officials at the board, a division of the county, said the dam
        // was …": after a comma that closes no quote, the verb inverts only
        // when the phrase after it ends the clause ("… is safe, said Ruiz.").
        if cue == window.start || cue == q_last {
            return Some(s);
        }
        let closes_quote = ctx.quoted[cue - 1] || (cue > window.start + 1 && ctx.quoted[cue - 2]);
        let after = ctx.doc.word_at_or_after(s.mention.end);
        let ends_clause = after >= window.end || !ctx.is_word(after);
        return (closes_quote || ends_clause).then_some(s);
    }
    None
}

/// A cue and its speaker anywhere in a sentence, outside quotes.
pub(super) fn attribution_in_sentence(ctx: &Ctx, si: usize, near: usize) -> Option<(Speaker, Cue)> {
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
                return Some((s, cue_at(doc, i, len)));
            }
        }
    }
    None
}

/// "“China’s slowdown is spreading.” [Ledger.]", "“…” (Reuters)": a whole
/// sentence in marks followed at once by a short capitalised source in
/// brackets, as digests and round-ups credit their pull quotes.
pub(super) fn source_in_brackets(ctx: &Ctx, q: &Quote) -> Option<(Speaker, Cue)> {
    let doc = ctx.doc;
    let after = &doc.prose[q.range.end..];
    let lead = after.len() - after.trim_start_matches([' ', '\t']).len();
    let rest = &after[lead..];
    let close = match rest.chars().next()? {
        '[' => ']',
        '(' => ')',
        _ => return None,
    };
    let end = rest[..rest.len().min(60)].find(close)?;
    let inner = &rest[1..end];
    let source = inner.trim().trim_end_matches('.');
    let words = source.split_whitespace().count();
    let plain = source
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '&' | '-' | '’' | '\''));
    // Transcripts' stage directions are no source: "(Applause)", "[Laughter]".
    let direction = matches!(
        source.to_lowercase().as_str(),
        "applause"
            | "laughter"
            | "laughs"
            | "cheers"
            | "boos"
            | "inaudible"
            | "crosstalk"
            | "sic"
            | "pause"
            | "silence"
    );
    if !(1..=4).contains(&words)
        || direction
        || !plain
        || !source.chars().next().is_some_and(char::is_uppercase)
        || !sentence_like(doc, q)
    {
        return None;
    }
    let start = q.range.end + lead + 1 + (inner.len() - inner.trim_start().len());
    let speaker = make_speaker(ctx, start..start + source.len());
    let cue_at = q.range.end + lead;
    let cue = Cue {
        text: doc.prose[cue_at..cue_at + 1].to_string(),
        range: cue_at..cue_at + 1,
    };
    Some((speaker, cue))
}

#[cfg(test)]
mod possessive_colon_tests {
    use super::super::test_support::{some, speakers};

    #[test]
    fn a_possessive_remark_handed_on_with_a_colon_is_its_owners() {
        assert_eq!(
            speakers(
                "Ruiz's note to the crews was pinned up in the boathouse: “We would rather close a month early than lose one boat.”"
            ),
            vec![some("Ruiz")]
        );
        assert_eq!(
            speakers(
                "Tom Webb's reply to the council was read out at the meeting: “I have nothing to add.”"
            ),
            vec![some("Tom Webb")]
        );
        assert_eq!(
            speakers(
                "Coach Lena Berg's warning to her players was pinned on the dressing-room door: “Nobody walks off this pitch early.”"
            ),
            vec![some("Lena Berg")]
        );
        assert_eq!(
            speakers(
                "The harbour master's last email before the storm went to every skipper in the port: “Stay in until Thursday.”"
            ),
            vec![some("The harbour master")]
        );
        assert_eq!(
            speakers(
                "Søren Østergaard's statement was posted on the club website late on Sunday: “I leave with a heavy heart.”"
            ),
            vec![some("Søren Østergaard")]
        );
    }

    #[test]
    fn other_words_between_the_remark_and_the_colon_are_not_its_owners() {
        // a speech verb of someone else's after the remark
        assert_eq!(
            speakers("Ruiz's message was clear, but the crowd chanted back: “Out, out, out!”"),
            vec![some("the crowd")]
        );
        // a thing's slogan, not a remark
        assert_eq!(
            speakers(
                "Ruiz's boat was painted with a slogan on Monday: “Fish, not fees, for the people of this town.”"
            ),
            vec![None]
        );
        // a relative clause brings in another writer
        assert_eq!(
            speakers(
                "Ruiz's letter went unanswered for a month, which the board regretted: “We should have replied sooner.”"
            ),
            vec![None]
        );
    }
}
