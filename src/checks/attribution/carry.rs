//! Attribution carried to a quote from a colon introduction, a signature
//! line, its paragraph, or the paragraph before.

use super::*;

/// A speaker, the cue that links to them if any, and the reason.
type Carried = (Speaker, Option<Cue>, String);

/// Whether a speaker found by `cue` made a speech act that can go on into
/// the next sentence: a person, a group or an organisation with a speech
/// cue, or a document with a verb of saying ("the letter said"). A figure
/// or a count ("county statistics show"), or a document only cited
/// ("according to a report filed …"), can back its own sentence but says
/// nothing of the next one; a speaker found with no cue at all (the
/// subject of a sentence that holds a fragment) made no speech act.
pub(super) fn speaks_on(ctx: &Ctx, s: &Speaker, cue: Option<&Cue>) -> bool {
    if cue.is_none_or(|c| c.text.is_empty()) {
        return false;
    }
    let head = |t: &str| {
        t.split_whitespace()
            .last()
            .map(|w| {
                strip_possessive(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
                    .0
                    .to_lowercase()
            })
            .unwrap_or_default()
    };
    let cites = cue.is_some_and(cites_a_source);
    // "county figures released Monday", "figures from the ministry": the
    // head comes before a participle or a preposition that describes it;
    // "data the institute released", "figures that the ministry gave":
    // before a relative clause, which opens with a determiner or "that".
    let text = ctx.doc.text(s.mention.clone());
    let core = text
        .split_whitespace()
        .enumerate()
        .take_while(|&(i, w)| {
            let relative = i > 0
                && ["the", "a", "an", "its", "their", "that", "which"]
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(w));
            !(PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(w))
                || (w.len() > 4 && w.ends_with("ed"))
                || crate::calendar::WEEKDAYS.contains(&w)
                || relative)
        })
        .last()
        .map_or("", |(_, w)| w);
    let heads = [head(text), head(&s.name), head(core)];
    !heads.iter().any(|h| {
        FIGURE_NOUNS.contains(&h.as_str()) || (cites && DOCUMENT_NOUNS.contains(&h.as_str()))
    })
}

/// "The lenders had threatened to call in the loan", "The union vowed to
/// strike", "Lee agreed to step down": a verb of saying followed by "to"
/// and a verb tells what somebody means to do, an act, and gives no words
/// a quote in another sentence could go on with. ("Ruiz vowed to “fight on”"
/// keeps its own quote: this is read only for quotes in other sentences.)
fn tells_an_intention(ctx: &Ctx, cue: &Cue) -> bool {
    let doc = ctx.doc;
    let at = doc.word_at_or_after(cue.range.start);
    let to = doc.word_at_or_after(cue.range.end);
    if to + 1 >= doc.words.len() || ctx.w(to) != "to" || ctx.quoted[to + 1] {
        return false;
    }
    let verb = ctx.w(to + 1);
    INTENTION_VERBS.contains(&ctx.w(at))
        && verb.chars().all(|c| c.is_ascii_lowercase())
        && !DETERMINERS.contains(&verb)
        && !matches!(
            verb,
            "them" | "him" | "us" | "me" | "my" | "your" | "all" | "any" | "no"
        )
}

/// Verbs of saying that take "to" and a verb for what is promised or
/// threatened.
const INTENTION_VERBS: &[&str] = &[
    "threatened",
    "threatens",
    "vowed",
    "vows",
    "vowing",
    "promised",
    "promises",
    "promising",
    "pledged",
    "pledges",
    "pledging",
    "agreed",
    "agrees",
    "offered",
    "swore",
    "demanded",
];

/// "according to", "per": a cue that cites a source rather than tells
/// of somebody speaking.
fn cites_a_source(cue: &Cue) -> bool {
    let t = cue.text.to_lowercase();
    t.starts_with("according") || t == "per"
}

/// Attribution carried from a colon introduction, a signature line, the
/// quote's paragraph, or the paragraph before.
pub(super) fn carried(ctx: &Ctx, quotes: &[Quote], spoken: &[bool], qi: usize) -> Option<Carried> {
    let doc = ctx.doc;
    let q = &quotes[qi];
    let pi = doc.paragraph_at(q.range.start)?;
    let para = &doc.paragraphs[pi];
    let opens_paragraph = q.range.start == para.range.start;
    if opens_paragraph && pi > 0 {
        if let Some(found) = colon_introduction(ctx, pi - 1) {
            return Some(found);
        }
    }
    // A signature line after a quote paragraph: "— Ana Ruiz, harbour master".
    let fills_paragraph = opens_paragraph
        && q.range.end <= para.range.end
        && doc.prose[q.range.end..para.range.end]
            .chars()
            .all(|c| !c.is_alphanumeric());
    if fills_paragraph {
        if let Some(s) = signature(ctx, pi + 1) {
            return Some((s, None, "signed in the paragraph after".into()));
        }
    }
    if let Some(s) = signed_on_the_line(ctx, q, pi) {
        return Some((s, None, "signed after a dash on its line".into()));
    }
    if let Some(s) = credited_after(ctx, q, fills_paragraph) {
        return Some((s, None, "credited by the sentence after it".into()));
    }
    if para.sentences.is_empty() {
        return None;
    }
    if let Some(found) = same_paragraph(ctx, quotes, spoken, qi, pi) {
        // "“…,” Forster said. Ruiz, though, is wary. “I will not risk
        // them.”": a person the sentence right before is about, speaking
        // as "I", takes the floor from the speaker before them.
        // ("Roloson backs Clinton. “I'm a graduate.”": a sentence that
        // names the speaker keeps the floor with them.)
        let surname = |s: &Speaker| s.name.split_whitespace().last().unwrap_or("").to_string();
        let named_before = sentence_before_quote(ctx, q, pi)
            .is_some_and(|w| w.clone().any(|k| ctx.w(k) == surname(&found.0)));
        if let Some(s) =
            subject_before(ctx, q, pi).filter(|s| !named_before && surname(s) != surname(&found.0))
        {
            return Some((
                s,
                None,
                "the person the sentence before is about, speaking as “I”".into(),
            ));
        }
        return Some(found);
    }
    if let Some(s) = possessive_before(ctx, q, pi) {
        return Some((
            s,
            None,
            "the owner of the remark the sentence before names".into(),
        ));
    }
    if let Some(s) = thoughts_before(ctx, q, pi) {
        return Some((
            s,
            None,
            "the person whose thoughts the sentence before reports".into(),
        ));
    }
    if let Some(s) = subject_before(ctx, q, pi) {
        return Some((
            s,
            None,
            "the person the sentence before is about, speaking as “I”".into(),
        ));
    }
    if let Some(s) = question_before(ctx, q, pi) {
        return Some((
            s,
            None,
            "the answer to the question the sentence before puts about them".into(),
        ));
    }
    if opens_paragraph && pi > 1 {
        if let Some(found) = across_a_beat(ctx, quotes, spoken, qi, pi) {
            return Some(found);
        }
    }
    if (opens_paragraph || subjectless_lead_in(ctx, para.range.start, q)) && pi > 0 {
        return paragraph_before(ctx, quotes, spoken, qi, pi - 1);
    }
    None
}

/// "“…,” Ruiz said into the phone. ¶ She pauses. ¶ “Well, thank you.” ¶
/// Pause. ¶ “You do that!”": a paragraph of one short sentence with no
/// words of its own between two quote paragraphs is a beat in the scene —
/// the speaker doing something ("She pauses.", "Ruiz shrugs."), or a pause
/// with no subject at all — and the quote after it goes on with the words
/// of the quote before it. A beat whose subject is somebody else ("The
/// line goes dead.", "Lee laughs.") ends the turn.
fn across_a_beat(
    ctx: &Ctx,
    quotes: &[Quote],
    spoken: &[bool],
    qi: usize,
    pi: usize,
) -> Option<Carried> {
    let doc = ctx.doc;
    let beat = &doc.paragraphs[pi - 1];
    if beat.sentences.len() != 1 {
        return None;
    }
    let words = word_window(doc, beat.sentences.clone());
    let n_words = words.clone().filter(|&k| ctx.is_word(k)).count();
    if n_words == 0
        || n_words > 6
        || words
            .clone()
            .any(|k| ctx.quoted[k] || ctx.cue_len(k).is_some())
    {
        return None;
    }
    // The quote before: it ends the paragraph before the beat.
    let before = &doc.paragraphs[pi - 2];
    let oi = (0..qi)
        .rev()
        .find(|&oi| quotes[oi].range.end <= beat.range.start)?;
    let o = &quotes[oi];
    let tail_is_quote = o.range.end > before.range.start
        && doc.prose[o.range.end..before.range.end]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .count()
            <= 12;
    if !tail_is_quote || o.kind != QuoteKind::Speech || !spoken[oi] {
        return None;
    }
    let speaker = o.speaker.as_ref().filter(|s| !s.vague)?;
    // Who the beat is about: the speaker by name, "he" or "she" for one
    // person, or nobody ("Pause.", "Silence.").
    let first = words.clone().find(|&k| ctx.is_word(k))?;
    let subject = first_subject(ctx, words.start, words.end);
    let pause = n_words <= 2
        && !is_pronoun(ctx.w(first))
        && !ctx.agent_at(doc.words[first].range.start)
        && !ctx.verb_like(first);
    let same_one = match &subject {
        _ if pause => true,
        Some(s) if matches!(s.name.as_str(), "He" | "She" | "he" | "she") => {
            ctx.agent_at(speaker.mention.start)
                || matches!(
                    doc.text(speaker.mention.clone()),
                    "he" | "she" | "He" | "She"
                )
        }
        Some(s) => {
            let surname = |n: &str| n.split_whitespace().last().unwrap_or("").to_string();
            surname(&s.name) == surname(&speaker.name)
        }
        None => n_words <= 2,
    };
    same_one.then(|| {
        let why = went_on(
            "continues the words of",
            speaker,
            o.cue.as_ref(),
            "across the short paragraph before",
        );
        (speaker.clone(), o.cue.clone(), why)
    })
}

/// "Then, later that month on CNN: “…”": a short lead-in with a colon and
/// no subject of its own opens the paragraph; the quote goes on from the
/// paragraph before as if it opened the paragraph itself.
fn subjectless_lead_in(ctx: &Ctx, para_start: usize, q: &Quote) -> bool {
    let doc = ctx.doc;
    if !doc.prose[para_start..q.range.start]
        .trim_end()
        .ends_with(':')
    {
        return false;
    }
    let words = doc.word_at_or_after(para_start)..doc.word_at_or_after(q.range.start);
    words.len() <= 14
        && !words
            .clone()
            .any(|k| ctx.quoted[k] || ctx.cue_len(k).is_some())
        && first_subject(ctx, words.start, words.end).is_none()
}

/// A colon introduction at the end of paragraph `pi`.
fn colon_introduction(ctx: &Ctx, pi: usize) -> Option<Carried> {
    let doc = ctx.doc;
    let prev = &doc.paragraphs[pi];
    if prev.sentences.is_empty() || !doc.text(prev.range.clone()).trim_end().ends_with(':') {
        return None;
    }
    let last_si = prev.sentences.end - 1;
    if let Some((s, c)) = attribution_in_sentence(ctx, last_si, prev.range.end) {
        return Some((
            s,
            Some(c),
            "introduced with a colon in the paragraph before".into(),
        ));
    }
    let words = word_window(doc, last_si..last_si + 1);
    // "When Wallace died, President Clinton released the following
    // statement:": the colon hands the floor to the last person or
    // organisation that can be the subject.
    let last_agent = words.clone().rev().find_map(|k| {
        let m = ctx.names.mention_at(doc.words[k].range.start)?;
        let mention = &ctx.names.mentions[m];
        (mention.is_agent() && can_be_subject(ctx, mention, doc.words[k].range.start))
            .then(|| make_speaker(ctx, mention.range.clone()))
    });
    if let Some(s) = last_agent {
        return Some((
            s,
            Some(colon_cue(doc, prev.range.end)),
            "introduced with a colon in the paragraph before".into(),
        ));
    }
    // "She then listed her demands:", "The new coach had one message for
    // his players:": with no speech verb, the colon hands the floor to the
    // sentence's subject when that is somebody.
    first_subject(ctx, words.start, words.end)
        .filter(|s| {
            !s.vague
                && someone_or_org(ctx, s)
                && (!is_pronoun(&s.name) || is_nominative(&s.name.to_lowercase()))
        })
        .map(|s| {
            let cue = colon_cue(doc, prev.range.end);
            let why = went_on(
                "introduced by",
                &s,
                None,
                "with a colon in the paragraph before",
            );
            (s, Some(cue), why)
        })
}

/// Another attributed quote or a speech cue near the quote in its own
/// paragraph `pi`. Only a speech act carries (see [`speaks_on`]), and only
/// while the reporter has not taken over: two sentences of the paragraph
/// with no quote and no speech cue between the two end the speaker's turn
/// ("“…,” he said. The bakery opened in 1962. It burns wood. “…”" leaves
/// the second quote with no speaker); a cue after the quote reaches back
/// from the sentence right after it only; "according to" in a sentence
/// after the quote is for that sentence only.
fn same_paragraph(
    ctx: &Ctx,
    quotes: &[Quote],
    spoken: &[bool],
    qi: usize,
    pi: usize,
) -> Option<Carried> {
    let doc = ctx.doc;
    let q = &quotes[qi];
    let para = &doc.paragraphs[pi];
    let mut best: Option<(usize, Speaker, Option<Cue>)> = None;
    // Only nearby sentences of the paragraph: five before the quote, two
    // after its last sentence (a quote of three questions ends three
    // sentences on: "“Was it one? Two?” Ruiz asks as …").
    let here = doc
        .sentence_at(q.range.start)
        .unwrap_or(para.sentences.start);
    let last = doc
        .sentence_at(q.range.end.saturating_sub(1))
        .unwrap_or(here)
        .max(here);
    // "“…,” said David Mercer. “But …” The industry said that …": a quote
    // that opens the sentence right after a sentence ending in somebody's
    // attributed quote goes on from it, whatever the sentences after say.
    if doc.opens_sentence(q.range.start) && here > para.sentences.start {
        let before = (0..qi)
            .rev()
            .find(|&oi| quotes[oi].kind == QuoteKind::Speech);
        if let Some(oi) = before.filter(|&oi| {
            let o = &quotes[oi];
            spoken[oi]
                && o.speaker.as_ref().is_some_and(|s| !s.vague)
                && doc.sentence_at(o.range.end.saturating_sub(1)) == Some(here - 1)
                && doc
                    .sentence_at(o.range.start)
                    .is_some_and(|si| si >= para.sentences.start)
        }) {
            let o = &quotes[oi];
            if let Some(s) = &o.speaker {
                return Some((
                    s.clone(),
                    o.cue.clone(),
                    went_on(
                        "continues the words of",
                        s,
                        o.cue.as_ref(),
                        "in the sentence before",
                    ),
                ));
            }
        }
    }
    let near = here.saturating_sub(5).max(para.sentences.start)..(last + 3).min(para.sentences.end);
    let near_range = doc.sentences[near.start]
        .start
        .max(q.range.start.saturating_sub(REACH * 20))
        ..doc.sentences[near.end.max(near.start + 1) - 1]
            .end
            .min(q.range.end + REACH * 20);
    // Whether the speaker's turn reaches from sentence `si` to the quote:
    // at most one sentence between them in the reporter's own voice (no
    // quote, no speech cue), not counting sentences about the speaker
    // ("Webb rises at four."). A second one means the reporter has taken
    // over ("The firm opened in 1962. Its bread sells out by nine."), and a
    // quote after it needs its own attribution. A speech act after the
    // quote reaches back only from the sentence right after it.
    // "“…,” said Ruiz. The plant employs 300 people. Orders fell in May.
    // “We will hire again.”": words in the first person need someone to
    // be "I" or "we", and the one the paragraph has been quoting is who
    // a reader takes them for; the turn survives two of the reporter's
    // sentences.
    // An organisation can be "we" but not "I".
    let person = first_person(doc.text(q.inner()));
    let organisation = |s: &Speaker| {
        ctx.names
            .mention_at(s.mention.start)
            .is_some_and(|m| ctx.names.mentions[m].kind == NameKind::Organisation)
            || is_organisation_head(
                &strip_possessive(s.name.split_whitespace().last().unwrap_or(""))
                    .0
                    .to_lowercase(),
            )
    };
    let question = |sj: usize| {
        doc.text(doc.sentences[sj].clone())
            .trim_end()
            .ends_with('?')
    };
    let unbroken = |si: usize, speaker: &Speaker| {
        if si > last {
            return si == last + 1;
        }
        let taken_over = (si + 1..here)
            .filter(|&sj| {
                let words = word_window(doc, sj..sj + 1);
                !words
                    .clone()
                    .any(|k| ctx.quoted[k] || ctx.cue_len(k).is_some())
                    && first_subject(ctx, words.start, words.end)
                        .is_none_or(|s| s.name != speaker.name)
                    // "But haven't we been here before?": a question the
                    // reporter puts between two quotes is put to the
                    // speaker, and the quote after it is the answer.
                    && !question(sj)
            })
            .count();
        let limit = match person {
            Some(Person::Plural) => 2,
            Some(Person::Singular) if !organisation(speaker) => 2,
            _ => 1,
        };
        taken_over <= limit
            // "“…,” said Ruiz. The plant employs 300 people. Orders fell
            // in May. “…”": the turn also ends when the sentence right
            // before the quote, itself after one of the reporter's own,
            // names no one at all.
            && !(si + 1 < here && !question(here - 1) && names_no_one(ctx, here - 1))
    };
    // A quote running over from the paragraphs before counts where it
    // ends: its last paragraph is this one.
    let first = quotes.partition_point(|o| o.range.end <= near_range.start);
    for (oi, other) in quotes.iter().enumerate().skip(first) {
        if other.range.start >= near_range.end {
            break;
        }
        if oi == qi || other.kind != QuoteKind::Speech || !spoken[oi] {
            continue;
        }
        let si = if other.range.start > q.range.start {
            doc.sentence_at(other.range.start)
        } else {
            doc.sentence_at(other.range.end.saturating_sub(1))
        };
        let Some(s) = &other.speaker else {
            continue;
        };
        if !si.is_some_and(|si| (here..=last).contains(&si) || unbroken(si, s)) {
            continue;
        }
        {
            let dist = q.range.start.abs_diff(other.range.start) * 2
                + usize::from(other.range.start > q.range.start);
            if best.as_ref().is_none_or(|b| dist < b.0) {
                best = Some((dist, s.clone(), other.cue.clone()));
            }
        }
    }
    // "“…,” Ana Ruiz, head of the bank - one of the lenders - said.": a
    // speech verb after the quote, before its sentence ends, says the
    // quote has a speaker of its own even when they are not linked.
    let cue_after = (doc.word_at_or_after(q.range.end)..doc.word_at_or_after(para.range.end))
        .take(30)
        .take_while(|&k| ctx.quoted[k] || !matches!(ctx.w(k), "." | "!" | "?"))
        .any(|k| !ctx.quoted[k] && ctx.cue_len(k).is_some());
    let mut group = usize::MAX;
    for si in near {
        let s = &doc.sentences[si];
        if s.start <= q.range.start && q.range.start < s.end {
            continue;
        }
        if let Some((speaker, cue)) = attribution_in_sentence(ctx, si, q.range.start) {
            // "“…” According to analysts at IDC, …": a citation after the
            // quote is for its own sentence.
            let cites = cites_a_source(&cue);
            if !speaks_on(ctx, &speaker, Some(&cue))
                || (tells_an_intention(ctx, &cue) && !cue_after)
                || !unbroken(si, &speaker)
                || (cites && si > last)
            {
                continue;
            }
            let dist = q.range.start.abs_diff(s.start) * 2 + usize::from(s.start > q.range.start);
            // A group reported speaking between an earlier speaker and
            // the quote has taken the floor, and gives it no voice.
            if si < here && many_voices(ctx, &speaker) {
                group = group.min(dist);
                continue;
            }
            if best.as_ref().is_none_or(|b| dist < b.0) {
                best = Some((dist, speaker, Some(cue)));
            }
        }
    }
    best.filter(|b| b.0 < group).map(|(_, s, c)| {
        let why = went_on(
            "continues the words of",
            &s,
            c.as_ref(),
            "in the same paragraph",
        );
        (s, c, why)
    })
}

/// The first person a quote speaks in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Person {
    /// "I", "my", "me", "mine" (with or without a contraction: "I’m").
    Singular,
    /// "we", "our", "us" (not "US"), "ours", and no "I".
    Plural,
}

/// Whether a quote's words speak in the first person, and which.
pub(super) fn first_person(text: &str) -> Option<Person> {
    let mut found = None;
    for w in text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| w.split(['\'', '’']).next().unwrap_or(""))
    {
        match w {
            "I" | "my" | "My" | "me" | "mine" => return Some(Person::Singular),
            "we" | "We" | "our" | "Our" | "us" | "ours" => found = Some(Person::Plural),
            _ => {}
        }
    }
    found
}

/// A speaker that is many people or bodies with no one named ("Ministers
/// from six governments", "analysts", "residents"): they can be reported
/// as saying something together, but a whole sentence in marks is one
/// voice, and a quote in another sentence needs that voice named.
fn many_voices(ctx: &Ctx, s: &Speaker) -> bool {
    let text = ctx.doc.text(s.mention.clone());
    let head = text.split_whitespace().last().unwrap_or("");
    // "Ministers from six governments": a lone plural may open the
    // sentence with a capital.
    let common = head.chars().all(char::is_lowercase)
        && ctx
            .names
            .mention_at(s.mention.end.saturating_sub(1))
            .is_none();
    let opening = text == head
        && ctx.doc.opens_sentence(s.mention.start)
        && head.chars().skip(1).all(char::is_lowercase);
    !ctx.agent_at(s.mention.start)
        && !is_pronoun(text)
        && (common || opening)
        && s_plural_shaped(head)
}

/// Whether sentence `si` is the reporter's own and about a thing: no
/// quote, no speech cue, no person, name or pronoun for people ("The
/// plant employs 300 people.", "It has barred 1,000 numbers."), and no
/// document or remark that could be introducing the words after it ("The
/// minutes show how the talks ended.").
fn names_no_one(ctx: &Ctx, si: usize) -> bool {
    let words = word_window(ctx.doc, si..si + 1);
    !words.clone().any(|k| {
        ctx.quoted[k] || ctx.cue_len(k).is_some() || {
            let t = ctx.w(k).to_lowercase();
            DOCUMENT_NOUNS.contains(&t.as_str()) || SPEECH_NOUNS.contains(&t.as_str())
        }
    }) && first_subject(ctx, words.start, words.end).is_none()
}

/// The reason for a carried speaker, naming who and the cue it came from:
/// "continues the words of Ana Ruiz in the same paragraph (cue: “said”)".
pub(super) fn went_on(lead: &str, s: &Speaker, cue: Option<&Cue>, place: &str) -> String {
    let mut why = format!("{lead} {}", s.name);
    if !place.is_empty() {
        why.push(' ');
        why.push_str(place);
    }
    if let Some(c) = cue.filter(|c| !c.text.is_empty()) {
        why.push_str(&format!(" (cue: “{}”)", c.text));
    }
    why
}

/// A quote paragraph right after a paragraph that ends with somebody's
/// words: their attributed quote, whole or a fragment (`saying he’s
/// “did very well out of it.”`), or a report of what they said (`Carter said
/// that the U.S. would stay.`).
fn paragraph_before(
    ctx: &Ctx,
    quotes: &[Quote],
    spoken: &[bool],
    qi: usize,
    pi: usize,
) -> Option<Carried> {
    let doc = ctx.doc;
    let prev_para = &doc.paragraphs[pi];
    if prev_para.sentences.is_empty() || display_lines(ctx, pi) {
        return None;
    }
    let last_si = prev_para.sentences.end - 1;
    let prev = doc.sentences[last_si].start..prev_para.range.end;
    // The quote may start sentences earlier and end in the last one.
    let last = (0..qi)
        .rev()
        .take_while(|&oi| quotes[oi].range.end > prev.start)
        .find(|&oi| quotes[oi].range.start < prev.end && quotes[oi].kind == QuoteKind::Speech);
    if let Some(oi) = last {
        let o = &quotes[oi];
        if !spoken[oi] {
            return None;
        }
        // A fragment goes on only if the paragraph ends with it or its
        // cue: not after "called the plan “a bad joke” and left."
        let tail = doc.word_at_or_after(o.range.end)..doc.word_at_or_after(prev_para.range.end);
        let ends_with_words =
            tail.clone().all(|i| !ctx.is_word(i)) || tail.clone().any(|i| ctx.cue_len(i).is_some());
        // "The booklet describes the night as “most local ever.” ¶ “…”": a
        // thing that only characterised something in a few words hands no
        // words on to the next paragraph; a person or an organisation may.
        return o
            .speaker
            .clone()
            .filter(|s| sentence_like(doc, o) || (ends_with_words && someone_or_org(ctx, s)))
            .map(|s| {
                let why = went_on(
                    "continues the words of",
                    &s,
                    o.cue.as_ref(),
                    "in the paragraph before",
                );
                (s, o.cue.clone(), why)
            });
    }
    // A cue in a clause about someone ("whether a user is who they say
    // they are") reports nobody's words: the sentence is read past.
    let in_clause = |s: &Speaker| {
        let before = doc.word_at_or_after(s.mention.start);
        before > 0
            && matches!(
                ctx.w(before - 1).to_lowercase().as_str(),
                "who" | "whom" | "what" | "which" | "how" | "where" | "when" | "whatever"
            )
    };
    // "Trump, who has mused about leaving NATO": a cue in a relative
    // clause after the speaker describes them; it reports no words.
    let describes = |s: &Speaker, c: &Cue| {
        let from = doc.word_at_or_after(s.mention.start);
        let to = doc.word_at_or_after(c.range.start);
        // the cue inside the clause: no comma closes it first ("Ruiz, who
        // chairs it, said …" reports Ruiz's words)
        from < to
            && to - from <= 6
            && (from..to).any(|k| {
                matches!(ctx.w(k), "who" | "which" | "whose")
                    && (k + 1..to).all(|j| ctx.w(j) != ",")
            })
    };
    // Not a pronoun left unresolved.
    let reports = |s: &Speaker| !is_pronoun(&s.name) && !in_clause(s);
    // "Étienne said nothing." reports no words.
    let says_something = |c: &Cue| {
        let after = doc.word_at_or_after(c.range.end);
        after >= doc.words.len() || !matches!(ctx.w(after), "nothing" | "little")
    };
    // "The state has promised matching funds.", "The committee recommended
    // the lanes.": a verb of saying with a thing for its object reports an
    // act, not words; only "promised that …", "to …", a colon or a clause
    // gives words a quote can go on with.
    let reports_an_act = |c: &Cue| {
        let at = doc.word_at_or_after(c.range.start);
        let next = doc.word_at_or_after(c.range.end);
        ACT_VERBS.contains(&ctx.w(at))
            && next < doc.words.len()
            && !ctx.quoted[next]
            && !matches!(ctx.w(next), "that" | "to" | ":" | "," | "." | "on" | "in")
            && !is_nominative(ctx.w(next))
    };
    // The report may come a sentence or two before the paragraph ends
    // ("Gervais admitted he was cautious. But he has met the cast."),
    // as long as no other named subject comes between.
    for si in (prev_para.sentences.start..=last_si).rev().take(3) {
        let near = doc.sentences[si].end;
        if let Some((s, c)) = attribution_in_sentence(ctx, si, near) {
            // A person announcing or promising something is still heard
            // speaking ("Ruiz announced her resignation. ¶ “It has been an
            // honour.”"); a body's act is not.
            let person = ctx
                .names
                .mention_at(s.mention.start)
                .is_some_and(|m| ctx.names.mentions[m].kind == NameKind::Person);
            if reports_an_act(&c) && !person {
                return None;
            }
            // "Ash told the BBC there are two parts. The hardest is to
            // know whether a user is who they say they are. ¶ “…”"
            if in_clause(&s) && si != prev_para.sentences.start {
                continue;
            }
            // A finding is no one's words ("The surveyors concluded that
            // …"), and further back only a name carries.
            let finding = matches!(
                c.text.as_str(),
                "found" | "finds" | "concluded" | "concludes" | "rated"
            );
            let named = si == last_si
                || ctx
                    .names
                    .mention_at(s.mention.end.saturating_sub(1))
                    .is_some();
            if reports(&s)
                && !describes(&s, &c)
                && says_something(&c)
                && !finding
                && named
                && !many_voices(ctx, &s)
                && speaks_on(ctx, &s, Some(&c))
            {
                let why = went_on(
                    "continues what the paragraph before reports of",
                    &s,
                    Some(&c),
                    "",
                );
                return Some((s, Some(c), why));
            }
            return None;
        }
        let words = word_window(doc, si..si + 1);
        let named_subject = first_subject(ctx, words.start, words.end)
            .is_some_and(|s| ctx.agent_at(s.mention.start));
        if named_subject {
            return None;
        }
    }
    None
}

/// Whether paragraphs `0..=pi` are the headline and standfirst set above
/// the story rather than its first paragraphs: two or three, each a
/// single short sentence, the first not read as a headline already because
/// it ends with a full stop ("Ferry strike ends. ¶ Union says deal protects
/// jobs."). What a standfirst says someone says is a summary of the
/// story, and hands no words to the quote opening the body.
fn display_lines(ctx: &Ctx, pi: usize) -> bool {
    let doc = ctx.doc;
    (1..3).contains(&pi)
        && pi + 1 < doc.paragraphs.len()
        // (a headline set as one, with no full stop, is found already:
        // the short paragraph after it is the story's first)
        && doc.paragraphs[0].kind == crate::document::BlockKind::Text
        && doc.paragraphs[..=pi].iter().all(|p| {
            p.sentences.len() <= 1
                && word_window(doc, p.sentences.clone())
                    .filter(|&k| ctx.is_word(k))
                    .count()
                    <= 14
        })
        && doc.paragraphs[..=pi]
            .iter()
            .all(|p| !doc.text(p.range.clone()).contains(['“', '"']))
}

/// "“…” That quote from Harbour Commissioner Ana Ruiz appeared …", "“…” ¶ That
/// was how Tom Webb once described …": a sentence right after a
/// quote that ends its own sentence points back at it and names who said
/// it. The next paragraph counts only when the quote fills its own.
fn credited_after(ctx: &Ctx, q: &Quote, fills_paragraph: bool) -> Option<Speaker> {
    let doc = ctx.doc;
    let si = doc.sentence_at(q.range.end.saturating_sub(1))?;
    let next = doc.sentences.get(si + 1)?;
    let between = &doc.prose[q.range.end..next.start];
    if between.chars().any(char::is_alphanumeric)
        || (between.contains('\n') && !fills_paragraph)
        || doc.sentence_at(q.range.start) != Some(si)
    {
        return None;
    }
    let k = doc.word_at_or_after(next.start);
    let w = |i: usize| doc.words.get(i).map_or("", |_| ctx.w(i));
    if !matches!(w(k), "That" | "This" | "Those" | "These") {
        return None;
    }
    const WORDS: &[&str] = &[
        "quote",
        "quotes",
        "line",
        "lines",
        "remark",
        "remarks",
        "comment",
        "comments",
        "words",
        "observation",
        // "That was the verdict of the harbour master, Ana Ruiz."
        "verdict",
        "view",
        "response",
        "reply",
        "answer",
        "reaction",
        "message",
        "warning",
        "advice",
        "assessment",
    ];
    let copula = |i: usize| matches!(w(i), "was" | "is" | "were" | "are");
    let from = if (WORDS.contains(&w(k + 1)) && matches!(w(k + 2), "from" | "by" | "of"))
        || (copula(k + 1) && matches!(w(k + 2), "how" | "what"))
    {
        k + 3
    } else if copula(k + 1)
        && w(k + 2) == "the"
        && WORDS.contains(&w(k + 3))
        && matches!(w(k + 4), "of" | "from")
    {
        // "Those were the words of Mayor Tom Webb."
        k + 5
    } else {
        return None;
    };
    // The name may follow a title or a description: "from Oregon
    // Harbour Commissioner Tomas Vell".
    let end = doc.word_at_or_after(next.end);
    (from..end.min(from + 8))
        .take_while(|&i| !ctx.quoted[i] && (ctx.is_word(i) || i == from || ctx.w(i) == ","))
        .find_map(|i| {
            let m = ctx.names.mention_at(doc.words[i].range.start)?;
            let mention = &ctx.names.mentions[m];
            (mention.kind == NameKind::Person && !mention.possessive)
                .then(|| make_speaker(ctx, mention.range.clone()))
        })
}

/// A short paragraph that signs the quote before it: an optional dash, a
/// name, and then nothing or a comma and a description ("-President Obama,
/// tweeting after the speech", "Dean Baker, Center for Economic Research").
/// A sentence about the person ("Ruiz, smiling, left the stage.") is not one.
fn signature(ctx: &Ctx, pi: usize) -> Option<Speaker> {
    let doc = ctx.doc;
    let para = doc.paragraphs.get(pi)?;
    let words = doc.word_at_or_after(para.range.start)..doc.word_at_or_after(para.range.end);
    signed_by(ctx, words, false)
}

/// "“I grew up in that pool.” – Tom Lee, 71": a quote that opens its
/// paragraph and is signed after a dash on the same line.
fn signed_on_the_line(ctx: &Ctx, q: &Quote, pi: usize) -> Option<Speaker> {
    let doc = ctx.doc;
    let para = &doc.paragraphs[pi];
    if q.range.start != para.range.start {
        return None;
    }
    let words = doc.word_at_or_after(q.range.end)..doc.word_at_or_after(para.range.end);
    signed_by(ctx, words, true)
}

/// The words of a signature: an optional dash (required with `dash`), a
/// name, and then nothing or a comma and a description.
fn signed_by(ctx: &Ctx, words: Range<usize>, dash: bool) -> Option<Speaker> {
    let doc = ctx.doc;
    if words.is_empty() || words.len() > 20 || ctx.quoted[words.start] {
        return None;
    }
    let mut first = words.start;
    let dashed = matches!(ctx.w(first), "-" | "—" | "–" | "--");
    if dashed {
        first += 1;
    } else if dash {
        return None;
    }
    // "-President Obama": the title may stand outside the name.
    while first + 1 < words.end && is_title_word(ctx.w(first)) {
        first += 1;
    }
    let m = ctx.names.mention_at(doc.words.get(first)?.range.start)?;
    let mention = &ctx.names.mentions[m];
    // "TRUMP COUNTER." is a heading, not a name.
    let heading = !doc
        .text(mention.range.clone())
        .chars()
        .any(char::is_lowercase);
    if !mention.is_agent()
        || mention.possessive
        || heading
        || doc.word_at_or_after(mention.range.start) != first
    {
        return None;
    }
    let after = doc.word_at_or_after(mention.range.end);
    let rest = after..words.end;
    let signs_off = rest.clone().all(|i| !ctx.is_word(i) && ctx.w(i) != ",")
        || ctx.w(after) == ","
            && (dashed
                || !rest.clone().any(|i| {
                    let t = ctx.w(i);
                    ctx.quoted[i]
                        || ctx.cue_len(i).is_some()
                        || AUXILIARIES.contains(&t)
                        || IRREGULAR_PAST.contains(&t)
                        || (t.len() > 4 && t.ends_with("ed") && !is_cap(t))
                }));
    signs_off.then(|| make_speaker(ctx, mention.range.clone()))
}

/// "“It's gotcha reporting,” she says. It's “this new up-close
/// reporting.”": a fragment of four words or more that ends a sentence
/// with no subject of its own, right after a sentence that quotes a named speaker
/// in the same paragraph, goes on with that speaker's words.
pub(super) fn fragment_after_quote(
    ctx: &Ctx,
    quotes: &[Quote],
    spoken: &[bool],
    qi: usize,
) -> Option<Speaker> {
    let doc = ctx.doc;
    let q = &quotes[qi];
    if doc.text(q.inner()).split_whitespace().count() < 4 {
        return None;
    }
    let si = doc.sentence_at(q.range.start)?;
    let pi = doc.paragraph_at(q.range.start)?;
    if si == 0 || si <= doc.paragraphs[pi].sentences.start {
        return None;
    }
    // "giving rise to “cash for keys” schemes": a fragment that
    // modifies what follows is no continuation.
    let sentence_end = doc.sentences[si].end.max(q.range.end);
    if doc.prose[q.range.end..sentence_end]
        .chars()
        .any(char::is_alphanumeric)
    {
        return None;
    }
    let before = &doc.sentences[si - 1];
    let words = word_window(doc, si..si + 1);
    let q_first = doc.word_at_or_after(q.range.start);
    if first_subject(ctx, words.start, q_first).is_some() {
        return None;
    }
    (0..qi)
        .rev()
        .take_while(|&oi| quotes[oi].range.end > before.start)
        .find(|&oi| quotes[oi].range.end <= before.end + 1 && quotes[oi].kind == QuoteKind::Speech)
        .filter(|&oi| spoken[oi])
        .and_then(|oi| quotes[oi].speaker.clone())
        .filter(|s| !s.vague)
}

/// Verbs of thinking or feeling that report a person's mind in the
/// reporter's words.
const THOUGHT_VERBS: &[&str] = &[
    "believes",
    "believed",
    "feels",
    "felt",
    "hopes",
    "hoped",
    "fears",
    "feared",
    "thinks",
    "worries",
    "worried",
    "wants",
    "wanted",
    "remembers",
    "remembered",
    "knows",
    "knew",
    "misses",
    "missed",
    "regrets",
    "regretted",
    "doubts",
    "doubted",
    "dreads",
    "dreaded",
];

/// How a person is, after "is" or "was", in the reporter's words: "Ruiz
/// is keen to …", "Lee was upbeat.", "Ortiz is brimming with confidence."
const FEELINGS: &[&str] = &[
    "keen",
    "proud",
    "determined",
    "adamant",
    "pleased",
    "happy",
    "delighted",
    "thrilled",
    "relieved",
    "confident",
    "optimistic",
    "upbeat",
    "disappointed",
    "frustrated",
    "angry",
    "furious",
    "defiant",
    "unrepentant",
    "philosophical",
    "brimming",
];

/// "What keeps her going? “Flour, and stubbornness.”": a question in the
/// reporter's voice, in the same paragraph and just before a quote that
/// opens its sentence, about a person it names or a "he" or "she" it
/// means, is answered by that person.
fn question_before(ctx: &Ctx, q: &Quote, pi: usize) -> Option<Speaker> {
    let doc = ctx.doc;
    let words = sentence_before_quote(ctx, q, pi)?;
    let here = doc.sentence_at(q.range.start)?;
    if !doc
        .text(doc.sentences[here - 1].clone())
        .trim_end()
        .ends_with('?')
    {
        return None;
    }
    words.clone().find_map(|k| {
        if !ctx.is_word(k) {
            return None;
        }
        let r = doc.words[k].range.clone();
        if matches!(
            ctx.w(k),
            "he" | "she" | "him" | "her" | "his" | "He" | "She" | "His" | "Her"
        ) {
            let s = make_speaker(ctx, r);
            // resolved to someone named before
            return (s.name != doc.text(s.mention.clone())).then_some(s);
        }
        let m = &ctx.names.mentions[ctx.names.mention_at(r.start)?];
        (m.kind == NameKind::Person).then(|| make_speaker(ctx, m.range.clone()))
    })
}

/// "Okafor, though, is wary of tiring his squad. “At this stage …”",
/// "Webb still feels the sting of the final he missed. “That was
/// heartbreaking …”": a quote that opens its sentence right after a
/// sentence of the same paragraph that reports what a named person thinks
/// or feels, with no quote and no speech verb of its own, gives that
/// person's words. Only a verb of thinking counts, only in the sentence
/// just before, and only a named person: in "The plan was dropped. “…”"
/// nobody is named. An opening "For Ortiz," or "To Ortiz," gives that
/// person's view in the same way.
fn thoughts_before(ctx: &Ctx, q: &Quote, pi: usize) -> Option<Speaker> {
    let doc = ctx.doc;
    let words = sentence_before_quote(ctx, q, pi)?;
    // "For Ortiz, the decision was personal. “I learned to swim here.”":
    // the view the opening phrase gives is the named person's.
    if matches!(ctx.w(words.start), "For" | "To") {
        let m = ctx
            .names
            .mention_at(doc.words.get(words.start + 1)?.range.start)
            .map(|m| &ctx.names.mentions[m])
            .filter(|m| m.kind == NameKind::Person && !m.possessive)?;
        let after = doc.word_at_or_after(m.range.end);
        return (after < words.end && ctx.w(after) == ",")
            .then(|| make_speaker(ctx, m.range.clone()));
    }
    let verb = words.clone().find(|&i| {
        THOUGHT_VERBS.contains(&ctx.w(i))
            || (FEELINGS.contains(&ctx.w(i))
                && i > 0
                && matches!(ctx.w(i - 1), "is" | "was" | "remains" | "remained"))
    })?;
    // "The rights are sold, but Ortiz is keen to wait.": the subject of
    // the clause the verb is in, after a joining word.
    let clause = (words.start..verb)
        .rev()
        .find(|&k| matches!(ctx.w(k), "but" | "and" | "while" | "whereas" | "yet" | ";"))
        .map_or(words.start, |k| k + 1);
    let speaker = first_subject(ctx, clause, verb)?;
    let person = |at: usize| {
        ctx.names
            .mention_at(at)
            .is_some_and(|m| ctx.names.mentions[m].kind == NameKind::Person)
    };
    let named = person(speaker.mention.start)
        || (is_pronoun(doc.text(speaker.mention.clone()))
            && speaker.name != doc.text(speaker.mention.clone()));
    named.then_some(speaker)
}

/// "Ortiz spent five weeks in hospital after the crash. “Since then I
/// have not driven.”": a quote in the first person singular that opens its
/// sentence right after a sentence, in the same paragraph, whose subject is
/// a named person is that person's. Only "I": a "we" may be anyone's.
fn subject_before(ctx: &Ctx, q: &Quote, pi: usize) -> Option<Speaker> {
    let doc = ctx.doc;
    let words = sentence_before_quote(ctx, q, pi)?;
    let first_person = doc
        .text(q.inner())
        .split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'')
        .any(|w| matches!(pronoun_stem(w), "I" | "me" | "my" | "My" | "myself"));
    if !first_person {
        return None;
    }
    let speaker = first_subject(ctx, words.start, words.end)?;
    let person = ctx
        .names
        .mention_at(speaker.mention.start)
        .is_some_and(|m| {
            ctx.names.mentions[m].kind == NameKind::Person && !ctx.names.mentions[m].possessive
        });
    // "Taylor looks set to play. “I have no doubts Taylor is ready.”": a
    // quote that names them speaks about them, not as them.
    let surname = speaker.name.split_whitespace().last().unwrap_or("");
    let named_inside = doc
        .text(q.inner())
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| w == surname);
    (person && !speaker.vague && !named_inside).then_some(speaker)
}

/// The words of the sentence before the quote, in the same paragraph,
/// when the quote opens its own sentence and that sentence has no quote
/// and no speech verb of its own.
fn sentence_before_quote(ctx: &Ctx, q: &Quote, pi: usize) -> Option<Range<usize>> {
    let doc = ctx.doc;
    let here = doc.sentence_at(q.range.start)?;
    if here == 0 || here <= doc.paragraphs[pi].sentences.start {
        return None;
    }
    let opens = doc.opens_sentence(q.range.start);
    let words = word_window(doc, here - 1..here);
    let plain = !words
        .clone()
        .any(|i| ctx.quoted[i] || ctx.cue_len(i).is_some());
    (opens && plain).then_some(words)
}

/// "Lee’s response was swift. “We will appeal.”", "Lee’s verdict? “It is a
/// wreck.”": a sentence that opens with someone's remark, reply or verdict
/// and gives no words of its own introduces the quote after it.
fn possessive_before(ctx: &Ctx, q: &Quote, pi: usize) -> Option<Speaker> {
    let doc = ctx.doc;
    let words = sentence_before_quote(ctx, q, pi)?;
    if words.len() > 8 {
        return None;
    }
    let mut k = words.start;
    if matches!(ctx.w(k), "The" | "the") {
        k += 1;
    }
    // The owner: a name or a described person ending in 's, or "his"/"her".
    let noun = (k + 1..(k + 5).min(words.end)).find(|&j| SPEECH_NOUNS.contains(&ctx.w(j)))?;
    let from = doc.words[words.start].range.start;
    let len = match possessive_owner(ctx.w(noun - 1))? {
        (len, true) if noun - 1 == words.start => len,
        (len, false) => len,
        _ => return None,
    };
    // Only the remark and how it was: "was swift", "?" — not "drew
    // criticism", which leaves the quote to whoever criticised.
    let rest: Vec<usize> = (noun + 1..words.end).filter(|&i| ctx.is_word(i)).collect();
    let plain = match rest.as_slice() {
        [] => true,
        [v, rest @ ..] => matches!(ctx.w(*v), "was" | "is" | "came" | "were") && rest.len() <= 2,
    };
    if !plain {
        return None;
    }
    let to = doc.words[noun - 1].range.start + len;
    let speaker = make_speaker(ctx, from..to);
    (!speaker.vague).then_some(speaker)
}

#[cfg(test)]
mod intention_tests {
    use super::super::test_support::{some, speakers};

    #[test]
    fn a_vow_or_threat_to_act_hands_no_words_to_the_next_sentence() {
        assert_eq!(
            speakers(
                "The lenders had threatened to call in the loans, a step that would have forced the firm into administration. “The company will not need any more help after this.”"
            ),
            vec![None]
        );
        assert_eq!(
            speakers("The union threatened to strike if the talks failed. “Nobody wants a strike, but the members are ready.”"),
            vec![None]
        );
        assert_eq!(
            speakers("Both bidders have agreed to keep the factory open until 2030. “The jobs are safe for now.”"),
            vec![None]
        );
        assert_eq!(
            speakers("The board of Vålerenga promised to repay every season-ticket holder. “Supporters will get their money back.”"),
            vec![None]
        );
        assert_eq!(
            speakers("Officials had vowed to reopen the bridge within a week. “It will take at least a month.”"),
            vec![None]
        );
    }

    #[test]
    fn a_quote_with_a_speech_verb_of_its_own_is_never_left_without_one() {
        // the verb after a dashed aside is not linked to its speaker, but
        // the quote is plainly attributed: it keeps a speaker
        let found = speakers(
            "Two lenders hold most of the debt. They had threatened to call in the loans. “The firm will not need more help,” Ana Ruiz, director of the Harbour Bank - one of the lenders - said.",
        );
        assert!(found[0].is_some(), "{found:?}");
    }

    #[test]
    fn words_of_the_vow_itself_stay_with_the_one_who_vowed() {
        // the quote in the same sentence as the vow is the vow's words
        assert_eq!(
            speakers("Ruiz vowed to “fight this ruling to the end.”"),
            vec![some("Ruiz")]
        );
        // a vow that something will happen, with its words given, carries
        assert_eq!(
            speakers("Ruiz vowed that the pier would reopen. “It will be ready by June.”"),
            vec![some("Ruiz")]
        );
        // "to" and a noun: spoken to someone
        assert_eq!(
            speakers("Ruiz promised the crew a bonus, she said. “They have earned it.”"),
            vec![some("Ruiz")]
        );
    }
}
