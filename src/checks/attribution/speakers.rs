//! Who a phrase names: sentence and clause subjects, noun phrases,
//! pronouns and their antecedents, possessives.

use super::*;

/// A capitalised sentence opener the names model could not rule out that
/// is not a name either: "Horrified, …", "Reprising …", "Separately, …".
pub(super) fn opener_not_name(ctx: &Ctx, mention: &Mention, start: usize) -> bool {
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
    // "Hours later, …", "Weeks earlier, …": a time, not a name.
    let time_phrase = doc.words.get(first + 2).is_some_and(|n| {
        matches!(ctx.w(first + 1), "later" | "earlier" | "ago")
            && !n.is_word
            && doc.text(n.range.clone()) == ","
    });
    // "Good sense can still …": an opener nobody is named by, before
    // a lower-case word that its own verb follows, describes that word.
    let plain_word = |k: usize| {
        doc.words.get(k).is_some_and(|n| n.is_word) && !ctx.quoted[k] && {
            let t = ctx.w(k);
            t.chars().next().is_some_and(char::is_lowercase)
        }
    };
    let modifier = mention.person.is_none() && plain_word(first + 1) && plain_word(first + 2) && {
        let noun = ctx.w(first + 1);
        let noun_like = !AUXILIARIES.contains(&noun)
            && !IRREGULAR_PAST.contains(&noun)
            && !SKIP_BEFORE_VERB.contains(&noun)
            && !NP_STOP.contains(&noun)
            && !noun.ends_with("ed")
            && !noun.ends_with("ly")
            && !noun.contains("n't")
            && !noun.contains("n’t")
            && !matches!(
                noun,
                "himself"
                    | "herself"
                    | "itself"
                    | "themselves"
                    | "too"
                    | "alone"
                    | "never"
                    | "always"
                    | "often"
                    | "first"
                    | "last"
                    | "only"
            )
            && ctx.cue_len(first + 1).is_none();
        noun_like && ctx.verb_like(first + 2)
    };
    // "Ask yourself: …", "Tell them: …", "Picture this: …": an imperative.
    // A name opening a sentence is followed by its verb, never at once by
    // an object ("Ruiz himself said" keeps its intensifier); a verb's
    // object closed by the colon of the introduction is no subject either.
    let object = |k: usize| {
        doc.words.get(k).is_some_and(|n| n.is_word) && !ctx.quoted[k] && {
            let t = ctx.w(k);
            matches!(
                t,
                "yourself"
                    | "yourselves"
                    | "ourselves"
                    | "myself"
                    | "me"
                    | "us"
                    | "them"
                    | "him"
                    | "anyone"
                    | "anybody"
                    | "everyone"
                    | "everybody"
            ) || (matches!(t, "this" | "that")
                && doc
                    .words
                    .get(k + 1)
                    .is_some_and(|n| !n.is_word && doc.text(n.range.clone()) == ":"))
        }
    };
    let imperative = mention.person.is_none() && object(first + 1);
    // "Outside the White House, …", "Thirty percent of …": a preposition or
    // a number spelt out.
    let function_word = PREPOSITIONS.contains(&w.to_lowercase().as_str()) || is_count(w);
    w.ends_with("ing")
        || w.ends_with("ed")
        || w.ends_with("ly")
        || comma_after
        || time_phrase
        || modifier
        || imperative
        || function_word
}

/// The subject of the clause that ends at word `end`: the first person,
/// name or pronoun in the sentence, unless a later clause opens with a
/// pronoun of its own ("Clinton endorsed the deal, although she made it
/// clear …": she).
pub(super) fn sentence_subject(ctx: &Ctx, start: usize, end: usize) -> Option<Speaker> {
    let first = first_subject(ctx, start, end)?;
    let from = ctx.doc.word_at_or_after(first.mention.end);
    let nominative = |k: usize| is_nominative(ctx.w(k));
    let later = (from.max(start + 1)..end).rev().find(|&k| {
        if ctx.quoted[k] || !ctx.is_word(k) {
            return false;
        }
        if nominative(k) {
            // "Webb, who she dubbed …": the pronoun is the clause's subject.
            return CLAUSE_OPENERS.contains(&ctx.w(k - 1))
                || matches!(ctx.w(k - 1), "who" | "whom");
        }
        // A "who" followed by its own subject is the object: "who he dubbed".
        ctx.w(k) == "who"
            && CLAUSE_OPENERS.contains(&ctx.w(k - 1))
            && !(k + 1 < end && nominative(k + 1))
    });
    // "…, a group of pastors called for a boycott, and the Harbour Tenants
    // League condemned his remarks and said …": a clause after ", and"
    // with a subject phrase of its own.
    let clause = (from.max(start + 2)..end).rev().find_map(|k| {
        let opens = matches!(ctx.w(k), "and" | "but")
            && ctx.w(k - 1) == ","
            && !ctx.quoted[k]
            && later.is_none_or(|l| k > l);
        opens
            .then(|| noun_phrase_subject(ctx, k + 1, end, true))
            .flatten()
    });
    if let Some(np) = clause {
        return Some(np);
    }
    let Some(k) = later else {
        return Some(first);
    };
    // "The Florida senator is telling reporters that he will win “a lot of
    // delegates”": the pronoun of a clause reported by its subject is that
    // subject, whom the resolver (names only) cannot see.
    let role_subject = {
        let text = ctx.doc.text(first.mention.clone());
        let head = text.split_whitespace().last().unwrap_or("").to_lowercase();
        text.split_whitespace().next().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "the" | "a" | "an" | "his" | "her" | "their"
            )
        }) && PERSON_ROLES.contains(&head.as_str())
    };
    if role_subject && nominative(k) && matches!(ctx.w(k), "he" | "she") {
        return Some(first);
    }
    if ctx.w(k) == "who" {
        // "his sister Ana Ruiz, who portrayed him as …": the relative
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

/// A sentence that opens with an article or possessive and a noun phrase
/// before its verb has that phrase as subject: "The Oregon senator is
/// telling residents …", "Her chief adviser doubled down …".
pub(super) fn opening_noun_phrase(ctx: &Ctx, start: usize, end: usize) -> Option<Speaker> {
    noun_phrase_subject(ctx, start, end, false)
}

/// The subject after an opening phrase and its comma: "Across the valley,
/// farmers have been alarmed …", "In replying Monday, Webb's
/// office took …", "With the help of a friend, the actor held …".
pub(super) fn after_opening_phrase(ctx: &Ctx, start: usize, end: usize) -> Option<Speaker> {
    // "But that morning, an angry crowd had …": a conjunction, then a time.
    let mut start = start;
    if matches!(ctx.w(start), "But" | "And" | "Yet" | "So") && start + 1 < end {
        start += 1;
        let t = ctx.w(start);
        if matches!(
            t,
            "that" | "this" | "last" | "next" | "later" | "earlier" | "then"
        ) {
            let comma = (start + 1..end.min(start + 4)).find(|&k| ctx.w(k) == ",")?;
            return noun_phrase_subject(ctx, comma + 1, end, true);
        }
    }
    let comma = opening_phrase_comma(ctx, start, end)?;
    noun_phrase_subject(ctx, comma + 1, end, true).or_else(|| {
        // "At a conference in Aspen, Colo., the mayor ended …": a state or
        // country after the place belongs to the opening phrase.
        let next = (comma + 2..end.min(comma + 5)).find(|&k| !ctx.quoted[k] && ctx.w(k) == ",")?;
        let place = (comma + 1..next).all(|k| !ctx.is_word(k) || is_cap(ctx.w(k)));
        (place && next + 2 < end)
            .then(|| noun_phrase_subject(ctx, next + 1, end, true))
            .flatten()
    })
}

/// The comma that ends a sentence's opening phrase ("In a radio interview
/// that evening,", "Across the valley,", "Speaking Friday,"): a preposition,
/// a conjunction of time, a participle or an adverb, then a comma within
/// twenty words.
fn opening_phrase_comma(ctx: &Ctx, start: usize, end: usize) -> Option<usize> {
    let first = ctx.w(start).to_lowercase();
    let opens = PREPOSITIONS.contains(&first.as_str())
        || matches!(
            first.as_str(),
            "since"
                | "after"
                | "before"
                | "while"
                | "when"
                | "despite"
                | "unlike"
                | "as"
                // "If she wins, Ruiz has said she would …"
                | "if"
                | "unless"
                | "once"
                | "although"
                | "though"
                | "because"
        )
        || first.ends_with("ing")
        || first.ends_with("ly");
    if !opens || !(is_cap(ctx.w(start)) || start > 0) {
        return None;
    }
    // "For instance: That Clinton misjudged Assad, …": a colon or a
    // semicolon ends the opener before any comma.
    (start + 1..end.min(start + 20))
        .take_while(|&k| !matches!(ctx.w(k), ":" | ";"))
        .find(|&k| !ctx.quoted[k] && ctx.w(k) == ",")
        .filter(|&k| k + 2 < end)
}

/// A noun phrase that opens a clause at word `start` and ends before its
/// verb. It opens with an article or a possessive pronoun, or a nationality
/// ("Green mayoral candidate Tomas Vell’s doctor is …"); after
/// an opening phrase also with a possessive name ("Clinton's campaign
/// took") or as a bare plural ("policymakers have").
fn noun_phrase_subject(ctx: &Ctx, start: usize, end: usize, after_phrase: bool) -> Option<Speaker> {
    if start >= end || ctx.quoted[start] || !ctx.is_word(start) {
        return None;
    }
    let w = ctx.w(start);
    let nationality = ctx
        .names
        .mention_at(ctx.doc.words[start].range.start)
        .is_some_and(|m| describes_next(ctx, &ctx.names.mentions[m]));
    let article = matches!(
        w,
        "The" | "A" | "An" | "His" | "Her" | "Their" | "Its" | "Our"
    ) || (after_phrase
        && matches!(
            w,
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
        ));
    let possessive_name = after_phrase
        && is_cap(w)
        && (strip_possessive(w).1
            || ctx
                .names
                .mention_at(ctx.doc.words[start].range.start)
                .is_some_and(|m| ctx.names.mentions[m].possessive));
    if after_phrase && !article && !possessive_name && !nationality {
        if let Some(group) = counted_group(ctx, start, end) {
            return Some(group);
        }
        // "Across the valley, farmers have been alarmed": a bare plural
        // right before its verb.
        let next = start + 1;
        let verb_next = next < end
            && ctx.is_word(next)
            && (AUXILIARIES.contains(&ctx.w(next)) || ctx.cue_len(next).is_some());
        let plural = w.len() > 3
            && w.ends_with('s')
            && w.chars().all(|c| c.is_lowercase())
            && !NP_STOP.contains(&w)
            && ctx.cue_len(start).is_none();
        return (plural && verb_next)
            .then(|| make_speaker(ctx, ctx.doc.words[start].range.clone()));
    }
    if !nationality && !article && !possessive_name {
        return None;
    }
    // A clause's own subject can run long: "the long-established tenant
    // advocacy group the Harbour Tenants League firmly condemned".
    let reach = if after_phrase { 12 } else { 10 };
    for j in start + 1..end.min(start + reach) {
        if ctx.quoted[j] || !ctx.is_word(j) {
            return None;
        }
        let t = ctx.w(j);
        // "The Webb ad hits Ruiz for …": a present tense in -s after the
        // phrase's noun, with a name or an article as its object.
        let present_tense = j > start + 1
            && ends_in_s_verb(t)
            && !NP_STOP.contains(&t)
            && !ctx.w(j - 1).ends_with('s')
            && ctx.w(j - 1).chars().all(|c| c.is_lowercase())
            && j + 1 < end
            && !ctx.quoted[j + 1]
            && (ctx
                .names
                .mention_at(ctx.doc.words[j + 1].range.start)
                .is_some()
                || matches!(ctx.w(j + 1), "the" | "a" | "an" | "his" | "her" | "their"));
        if ctx.verb_like(j) || present_tense {
            if j == start + 1 {
                return None;
            }
            // "The Harbour Ledger recently ran", "A campaign official later
            // walked back": the adverb is the verb's.
            let mut last = j - 1;
            while last > start + 1
                && (ctx.w(last).ends_with("ly") || SKIP_BEFORE_VERB.contains(&ctx.w(last)))
            {
                last -= 1;
            }
            let range = ctx.doc.words[start].range.start..ctx.doc.words[last].range.end;
            return Some(make_speaker(ctx, range));
        }
        // "A spokesman for Cobble Creek declined …", "The head of the
        // harbour board said", "a crowd of protesters": a role's or a
        // group's "of" or "for" goes on to whose.
        let of_whom = matches!(t, "of" | "for")
            && j > start + 1
            && j + 1 < end
            && ctx.is_word(j + 1)
            && !ctx.quoted[j + 1]
            && {
                let n = ctx.w(j + 1);
                is_cap(n)
                    || matches!(n, "the" | "a" | "an")
                    || (n.len() > 3
                        && n.ends_with('s')
                        && n.chars().all(char::is_lowercase)
                        && !NP_STOP.contains(&n))
            };
        // "an angry army of workers and retirees had amassed"
        let and_more = t == "and"
            && j > start + 1
            && j + 1 < end
            && ctx.is_word(j + 1)
            && !ctx.quoted[j + 1]
            && ctx.w(j + 1).chars().all(char::is_lowercase)
            && !is_pronoun(ctx.w(j + 1))
            && !AUXILIARIES.contains(&ctx.w(j + 1))
            && ctx.cue_len(j + 1).is_none();
        if of_whom || and_more {
            continue;
        }
        // "His fact-check Wednesday": a date is no part of a speaker; "The
        // clerk I was talking to" opens a clause.
        if NP_STOP.contains(&t)
            || is_pronoun(t)
            || crate::calendar::WEEKDAYS.contains(&t)
            || crate::calendar::MONTHS.contains(&t)
        {
            return None;
        }
    }
    None
}

/// "about 300 pickets congregated", "Dozens of residents marched": a
/// counted group right before its verb.
fn counted_group(ctx: &Ctx, start: usize, end: usize) -> Option<Speaker> {
    let mut k = start;
    if matches!(
        ctx.w(k).to_lowercase().as_str(),
        "about" | "some" | "nearly" | "roughly" | "around" | "almost"
    ) {
        k += 1;
    }
    if k >= end || ctx.quoted[k] || !is_count(ctx.w(k)) {
        return None;
    }
    // "of" after "dozens", then up to two describing words and the plural.
    let mut j = k + 1;
    if j < end && ctx.w(j) == "of" {
        j += 1;
    }
    for noun in j..end.min(j + 3) {
        if ctx.quoted[noun] || !ctx.is_word(noun) {
            return None;
        }
        let t = ctx.w(noun);
        let plural = t.len() > 3 && t.ends_with('s') && t.chars().all(char::is_lowercase);
        let next = noun + 1;
        let verb_next = next < end && ctx.is_word(next) && !ctx.quoted[next] && ctx.verb_like(next);
        if plural && verb_next {
            let range = ctx.doc.words[start].range.start..ctx.doc.words[noun].range.end;
            return Some(make_speaker(ctx, range));
        }
    }
    None
}

/// The first person, name or pronoun in a sentence before word `end`.
pub(super) fn first_subject(ctx: &Ctx, start: usize, end: usize) -> Option<Speaker> {
    if let Some(np) = opening_noun_phrase(ctx, start, end)
        .or_else(|| counted_group(ctx, start, end))
        .or_else(|| after_opening_phrase(ctx, start, end))
    {
        return Some(np);
    }
    let mut fallback = None;
    // "In a radio interview that evening, Webb went further": a name in
    // the opening phrase is not the sentence's subject.
    let scan_from = opening_phrase_comma(ctx, start, end).map_or(start, |c| c + 1);
    for k in scan_from..end {
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
            if !can_be_subject(ctx, mention, start)
                || opener_not_name(ctx, mention, start)
                || describes_next(ctx, mention)
            {
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

/// A nationality before a noun describes it: "Mexican heritage", "Syrian
/// refugees". It is nobody the draft names; "Mexican officials said" finds
/// its speaker through the cue, as a noun phrase. So does a name before a
/// role and another name ("Ruiz speechwriter Pia Lund").
pub(super) fn describes_next(ctx: &Ctx, mention: &Mention) -> bool {
    let doc = ctx.doc;
    if names_a_role_of(ctx, mention) {
        return true;
    }
    if mention.kind != NameKind::Unknown
        || mention.person.is_some()
        || mention.words.len() != 1
        || mention.possessive
        || !super::super::names::demonym_shaped(doc.text(mention.range.clone()))
    {
        return false;
    }
    let next = doc.word_at_or_after(mention.range.end);
    next < doc.words.len()
        && ctx.is_word(next)
        && !ctx.quoted[next]
        && doc.words[next].range.start == mention.range.end + 1
        && {
            let t = ctx.w(next);
            t.chars().next().is_some_and(char::is_lowercase)
                && !AUXILIARIES.contains(&t)
                && !IRREGULAR_PAST.contains(&t)
                && !t.ends_with("ed")
                && !t.ends_with("ly")
                && ctx.cue_len(next).is_none()
                && !NP_STOP.contains(&t)
        }
}

/// "Ruiz speechwriter Pia Lund", "Webb campaign manager Otto
/// Brandt": a name before a role and another person's name says whose
/// role it is; the person is the one after.
fn names_a_role_of(ctx: &Ctx, mention: &Mention) -> bool {
    let doc = ctx.doc;
    if mention.possessive {
        return false;
    }
    let mut k = doc.word_at_or_after(mention.range.end);
    let mut roles = 0;
    while k < doc.words.len() && roles < 3 {
        if ctx.quoted[k] || !ctx.is_word(k) {
            return false;
        }
        let t = ctx.w(k);
        if t.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        if NP_STOP.contains(&t)
            || PREPOSITIONS.contains(&t)
            || AUXILIARIES.contains(&t)
            || t.ends_with("ed")
            || t.ends_with("ly")
            || ctx.cue_len(k).is_some()
        {
            return false;
        }
        roles += 1;
        k += 1;
    }
    if k >= doc.words.len() || ctx.quoted[k] {
        return false;
    }
    // The name after the role, or its title: "Mayoral hopeful Cllr.
    // Ana Ruiz"; with no role between, a title: "Ports Chairman Otto
    // Brandt".
    let at = doc.words[k].range.start;
    ctx.next_mention(k).is_some_and(|next| {
        let title = next.title.as_ref().filter(|t| t.start <= at);
        let from = title.map_or(next.range.start, |t| t.start);
        from <= at
            && (roles > 0 || title.is_some())
            && next.kind == NameKind::Person
            && (next.words.len() >= 2 || title.is_some())
    })
}

/// Whether a name can be the subject of its clause: not the object of a
/// preposition ("by Joe Arpaio", "for Trump") and not a possessive.
pub(super) fn can_be_subject(ctx: &Ctx, mention: &Mention, start: usize) -> bool {
    let first_word = ctx.first_word_of(mention);
    let after_preposition = first_word > start
        && (PREPOSITIONS.contains(&ctx.w(first_word - 1))
            || matches!(ctx.w(first_word - 1), "by" | "than" | "against"));
    !after_preposition && !mention.possessive
}

/// "the committee that has declared", "a retired admiral who suggested":
/// a relative pronoun at word `rel` with no comma before it stands for the
/// noun phrase just before it. Not for a place ("clinics in Oregon that
/// wrote to her"), an organisation before "who", an indefinite ("somebody
/// who admitted") or a time ("a letter from her lawyer Monday that says").
pub(super) fn restrictive_antecedent(ctx: &Ctx, rel: usize, floor: usize) -> Option<Speaker> {
    if rel <= floor || !ctx.is_word(rel - 1) || ctx.quoted[rel - 1] {
        return None;
    }
    let end = rel - 1;
    let doc = ctx.doc;
    let p = ctx.w(end);
    let lower = p.to_lowercase();
    if AUXILIARIES.contains(&p)
        || SKIP_BEFORE_VERB.contains(&lower.as_str())
        || INDEFINITES.contains(&lower.as_str())
        || TIME_NOUNS.contains(&lower.as_str())
        || crate::calendar::WEEKDAYS
            .iter()
            .any(|d| d.eq_ignore_ascii_case(p))
        || p.ends_with("ed")
        || p.ends_with("ly")
    {
        return None;
    }
    let who = ctx.w(rel) == "who";
    let mut s = if let Some(m) = ctx.names.mention_at(doc.words[end].range.start) {
        let mention = &ctx.names.mentions[m];
        let fits = match mention.kind {
            NameKind::Person | NameKind::Unknown => true,
            NameKind::Organisation => !who,
            NameKind::Place => false,
        };
        if !fits || mention.possessive || mention.range.end != doc.words[end].range.end {
            return None;
        }
        make_speaker(ctx, mention.range.clone())
    } else {
        let mut s = noun_phrase_ending_at(ctx, end, floor)?;
        // "that claim against councils who": the phrase after the
        // preposition.
        let np_start = doc.word_at_or_after(s.mention.start);
        if let Some(j) = (np_start..end).rev().find(|&j| {
            PREPOSITIONS.contains(&ctx.w(j)) || matches!(ctx.w(j), "against" | "by" | "toward")
        }) {
            s = make_speaker(ctx, doc.words[j + 1].range.start..doc.words[end].range.end);
        }
        // "Okafor, a North Dakota native who writes": the person the
        // description is set beside.
        let np_start = doc.word_at_or_after(s.mention.start);
        if np_start > floor + 1 && ctx.w(np_start - 1) == "," && !ctx.quoted[np_start - 2] {
            if let Some(m) = ctx.names.mention_at(doc.words[np_start - 2].range.start) {
                let mention = &ctx.names.mentions[m];
                if mention.kind == NameKind::Person && !mention.possessive {
                    s = make_speaker(ctx, mention.range.clone());
                }
            }
        }
        s
    };
    s.mention = doc.words[rel].range.clone();
    Some(s)
}

/// "X, who …, said": the noun phrase before the comma that opens the clause.
pub(super) fn before_clause(ctx: &Ctx, from: usize, floor: usize) -> Option<Speaker> {
    let from_comma = ctx.w(from) == ",";
    // "her senior adviser, Jake Sullivan, said": a name set off by commas
    // on its own is an apposition, and the most precise speaker.
    if from_comma && from > floor + 1 {
        if let Some(m) = ctx.names.mention_at(ctx.doc.words[from - 1].range.start) {
            let mention = &ctx.names.mentions[m];
            let first = ctx.first_word_of(mention);
            if mention.kind == NameKind::Person
                && !mention.possessive
                && mention.range.end == ctx.doc.words[from - 1].range.end
                && first > floor
                && ctx.w(first - 1) == ","
                && !ctx.quoted[first - 1]
            {
                return Some(make_speaker(ctx, mention.range.clone()));
            }
        }
    }
    // "Greta Holm from the Coastal Fisheries Association, told",
    // "a spokeswoman for the Harbour Trust, said": phrases after
    // prepositions, then the comma; the phrase they hang from speaks.
    if from_comma && from > floor + 2 {
        if let Some(head) = clause_head(ctx, from - 1, floor, from) {
            return Some(head);
        }
    }
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
                // "Dana Pike, 31, of Bend, Ore., said": a phrase after a
                // preposition is a place or an object, not the subject,
                // unless a relative clause hangs from it ("chatter about
                // Ruiz, who spoke last, saying").
                let np_start = ctx.doc.word_at_or_after(s.mention.start);
                let relative = !from_comma
                    || (k + 1..from)
                        .any(|j| matches!(ctx.w(j), "who" | "whom" | "whose" | "which"));
                // "Greta Holm from the Harbour Traders Association,
                // told": the person the phrase belongs to.
                let np_start = if np_start > floor + 1
                    && matches!(ctx.w(np_start - 1), "the" | "a" | "an")
                    && PREPOSITIONS.contains(&ctx.w(np_start - 2))
                {
                    np_start - 1
                } else {
                    np_start
                };
                if !relative && np_start > floor && PREPOSITIONS.contains(&ctx.w(np_start - 1)) {
                    if let Some(person) = person_before_preposition(ctx, np_start - 1, floor) {
                        return Some(person);
                    }
                    if commas > 3 {
                        break;
                    }
                    continue;
                }
                // "Tom Webb, 30, of Hull, Mass., who …", "Sen. Ana Ruiz of
                // Florida, who …": a place is not who; the person it
                // follows may be.
                let who = matches!(ctx.w(from), "who" | "whom" | "whose")
                    || (k + 1..from).any(|j| matches!(ctx.w(j), "who" | "whom" | "whose"));
                // Only a place that says where: "of Hull", "Raleigh, N.C."; a
                // place name alone may be a person's ("Paris, who …").
                let locative = np_start > floor + 2
                    && (PREPOSITIONS.contains(&ctx.w(np_start - 1))
                        || (ctx.w(np_start - 1) == ","
                            && PREPOSITIONS.contains(&ctx.w(np_start - 3))));
                if who && locative && names_a_place(ctx, &s, end) {
                    if np_start > floor + 1 && matches!(ctx.w(np_start - 1), "of" | "from" | "in") {
                        if let Some(one) = phrase_before_preposition(ctx, np_start - 1, floor) {
                            return Some(one);
                        }
                    }
                    if commas > 3 {
                        break;
                    }
                    continue;
                }
                // "A spokeswoman for the Harbour Trust, which runs the pier,
                // said": the clause describes the Trust; the verb is the
                // spokeswoman's.
                if from_comma && relative {
                    if let Some(head) = clause_head(ctx, end, floor, k) {
                        return Some(head);
                    }
                }
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

/// The phrase a chain of prepositional phrases ending at word `end` hangs
/// from, when that phrase opens its clause (after the sentence start, a
/// quote or a comma) and no relative pronoun stands between it and word
/// `upto`: "a spokesman at the Ministry of Harbours in Hull" → "a
/// spokesman". None when `end` is not inside such a phrase.
fn clause_head(ctx: &Ctx, end: usize, floor: usize, upto: usize) -> Option<Speaker> {
    let mut end = end;
    let mut steps = 0;
    for _ in 0..4 {
        let s = noun_phrase_ending_at(ctx, end, floor)?;
        let mut start = ctx.doc.word_at_or_after(s.mention.start);
        if let Some(m) = ctx.mention_from(start) {
            start = ctx.first_word_of(m);
        }
        if start > floor && matches!(ctx.w(start - 1), "the" | "a" | "an") {
            start -= 1;
        }
        if start > floor + 1
            && matches!(
                ctx.w(start - 1),
                "of" | "for" | "from" | "at" | "in" | "with"
            )
        {
            end = start - 2;
            // "a source familiar with the talks": the describing word
            // before the preposition is no part of who it is.
            if end > floor && describes_before_preposition(ctx.w(end)) {
                end -= 1;
            }
            steps += 1;
            continue;
        }
        let opens = start == floor || ctx.quoted[start - 1] || ctx.w(start - 1) == ",";
        let plain = !(start..upto).any(|j| matches!(ctx.w(j), "who" | "which" | "that"));
        let speaker = !is_pronoun(ctx.doc.text(s.mention.clone()))
            || matches!(
                ctx.doc.text(s.mention.clone()),
                "he" | "she" | "they" | "He" | "She" | "They"
            );
        if !(steps > 0 && opens && plain && speaker) {
            return None;
        }
        // "Brian Fallon, a spokesman for the campaign, said": a description
        // set beside a name gives way to the name.
        if start > floor + 1 && ctx.w(start - 1) == "," {
            if let Some(m) = ctx.names.mention_at(ctx.doc.words[start - 2].range.start) {
                let m = &ctx.names.mentions[m];
                if m.kind == NameKind::Person || m.kind == NameKind::Unknown {
                    return (!m.possessive).then(|| make_speaker(ctx, m.range.clone()));
                }
            }
            // otherwise a description of something before it ("…
            // (R-Tenn.), one of the bill's architects, called it")
            return None;
        }
        return Some(s);
    }
    None
}

/// The person named just before the preposition at word `prep`: "Ana
/// Ruiz" in "Ana Ruiz of Florida", "Greta Holm from the …".
fn person_before_preposition(ctx: &Ctx, prep: usize, floor: usize) -> Option<Speaker> {
    if prep <= floor + 1 || !matches!(ctx.w(prep), "of" | "from" | "in" | "at") {
        return None;
    }
    noun_phrase_ending_at(ctx, prep - 1, floor).filter(|p| {
        ctx.names.mention_at(p.mention.start).is_some_and(|m| {
            let m = &ctx.names.mentions[m];
            m.kind == NameKind::Person && !m.possessive
        })
    })
}

/// Whoever is named or described just before the preposition at word
/// `prep`: "Ana Ruiz of Florida", "a woman from Raleigh", "the owner of a
/// cafe in Concord".
fn phrase_before_preposition(ctx: &Ctx, prep: usize, floor: usize) -> Option<Speaker> {
    if let Some(person) = person_before_preposition(ctx, prep, floor) {
        return Some(person);
    }
    if prep <= floor + 1 {
        return None;
    }
    // "a source familiar with the talks", "one Republican involved in the
    // effort": the describing word before the preposition is no part of
    // who it is.
    let mut end = prep - 1;
    if end > floor + 1 && describes_before_preposition(ctx.w(end)) {
        end -= 1;
    }
    let s = noun_phrase_ending_at(ctx, end, floor)?;
    let start = ctx.doc.word_at_or_after(s.mention.start);
    // "the owner of a cafe": the phrase the "of" hangs from
    if start > floor + 1 && ctx.w(start - 1) == "of" {
        if let Some(head) = noun_phrase_ending_at(ctx, start - 2, floor) {
            if !is_pronoun(ctx.doc.text(head.mention.clone())) {
                return Some(make_speaker(ctx, head.mention.start..s.mention.end));
            }
        }
    }
    Some(s)
}

/// Whether phrase `s`, which ends at word `end`, is a place: a name the
/// place list knows, or a town before its state ("Hull, Mass.").
fn names_a_place(ctx: &Ctx, s: &Speaker, end: usize) -> bool {
    let place_at = |k: usize| {
        ctx.doc.words.get(k).is_some_and(|w| w.is_word)
            && ctx
                .names
                .mention_at(ctx.doc.words[k].range.start)
                .is_some_and(|m| ctx.names.mentions[m].kind == NameKind::Place)
    };
    place_at(ctx.doc.word_at_or_after(s.mention.start))
        || (ctx.doc.words.get(end + 1).is_some() && ctx.w(end + 1) == "," && place_at(end + 2))
}

/// The person "he" or "she" at `offset` refers to: the person who is the
/// subject earlier in the same sentence, else the nearest person mentioned
/// before it outside quotation marks.
pub(super) fn resolve_pronoun(ctx: &Ctx, offset: usize) -> Option<usize> {
    let doc = ctx.doc;
    // "she" never stands for a man the draft shows to be one, nor "he"
    // for a woman; a person of unknown gender can be either.
    let wanted = doc
        .words
        .get(doc.word_at_or_after(offset))
        .and_then(|w| Gender::of_pronoun(&doc.prose[w.range.clone()]));
    // Once a person of the other gender has been passed over, a person of
    // unknown gender must at least look like someone: "Instantly Has
    // Everyone" from a headline is nobody's name.
    let passed_over = std::cell::Cell::new(false);
    let agrees = |p: usize| {
        let Some(g) = wanted else { return true };
        let person = &ctx.names.people[p];
        match person.gender {
            Some(pg) if pg == g => true,
            Some(_) => {
                passed_over.set(true);
                false
            }
            None => !passed_over.get() || looks_like_person(ctx, p),
        }
    };
    // A bare surname the names model gave to one of two namesakes ("Frank
    // Fiorina" and "Carly Fiorina"): "she" means the one who is not shown
    // to be a man.
    let person_of = |m: &Mention| -> Option<usize> {
        let p = m.person?;
        let people = &ctx.names.people;
        let (Some(g), Some(pg)) = (wanted, people[p].gender) else {
            return Some(p);
        };
        if pg == g || m.words.len() != 1 {
            return Some(p);
        }
        // looked up by surname, not by a scan of everyone in the draft
        let by_surname = ctx.by_surname.get_or_init(|| {
            let mut index = rustc_hash::FxHashMap::<&str, Vec<usize>>::default();
            for (q, o) in people.iter().enumerate() {
                index.entry(o.surname_key.as_str()).or_default().push(q);
            }
            index
        });
        let namesake = by_surname
            .get(people[p].surname_key.as_str())
            .into_iter()
            .flatten()
            .rev()
            .copied()
            .find(|&q| {
                let o = &people[q];
                q != p
                    && o.gender != Some(pg)
                    && o.mentions
                        .first()
                        .is_some_and(|&f| ctx.names.mentions[f].range.start < offset)
            });
        Some(namesake.unwrap_or(p))
    };
    if let Some(si) = doc.sentence_at(offset) {
        let start = doc.word_at_or_after(doc.sentences[si].start);
        let end = doc.word_at_or_after(offset);
        // a run-on "sentence" (a list, a line of text with no stops) is read
        // only near the pronoun
        for k in start.max(end.saturating_sub(LOOK_BACK_WORDS))..end {
            if ctx.quoted[k] {
                continue;
            }
            if let Some(m) = ctx.names.mention_at(doc.words[k].range.start) {
                let mention = &ctx.names.mentions[m];
                if let Some(p) =
                    person_of(mention).filter(|&p| agrees(p) && can_be_subject(ctx, mention, start))
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
    let outside_quotes = |m: &&Mention| {
        let w = doc.word_at_or_after(m.range.start);
        w >= ctx.quoted.len() || !ctx.quoted[w]
    };
    // Sentence by sentence, nearest first: in each, the sentence's
    // subject, then a clause's, before anyone else. "Karger, who liked Mike
    // Leigh's film, stayed upbeat. “…,” he said." is Karger's, not
    // Leigh's; "Adelson said he met Donald Trump." makes the next "he"
    // Adelson.
    let mentions = &ctx.names.mentions;
    let ranks = ctx.subject_ranks.get_or_init(|| subject_ranks(ctx));
    let floor = look_back_floor(ctx, i, offset);
    let mut k = i;
    while k > floor {
        let si = doc.sentence_at(mentions[k - 1].range.start);
        let from = mentions[floor..k]
            .iter()
            .rposition(|m| doc.sentence_at(m.range.start) != si)
            .map_or(floor, |j| floor + j + 1);
        let group = &mentions[from..k];
        // The sentence's own subject, then a subject inside it, nearest first.
        // A full name that is the sentence's own subject is someone even
        // with a given name no list knows ("Zelvyn Hart is listed as
        // …").
        let ranks = &ranks[from..k];
        let subject_of = |rank: u8| {
            group
                .iter()
                .zip(ranks)
                .rev()
                .filter(|(m, r)| outside_quotes(m) && **r == Some(rank))
                .find_map(|(m, _)| {
                    let full_subject = rank == 0 && m.words.len() >= 2;
                    person_of(m).filter(|&p| {
                        let unknown = ctx.names.people[p].gender.is_none();
                        let fits = agrees(p);
                        (fits && (full_subject || looks_like_person(ctx, p)))
                            || (full_subject && unknown)
                    })
                })
        };
        let subject = subject_of(0).or_else(|| subject_of(1));
        let found = subject.or_else(|| {
            group
                .iter()
                .rev()
                .filter(outside_quotes)
                .find_map(|m| person_of(m).filter(|&p| agrees(p)))
        });
        if found.is_some() {
            return found;
        }
        k = from;
    }
    None
}

/// How far back a pronoun looks for whom it stands for: its own paragraph
/// and this many before it, as a reader would ...
const LOOK_BACK_PARAGRAPHS: usize = 4;
/// ... but never more than this many sentences ...
const LOOK_BACK_SENTENCES: usize = 40;
/// ... nor more than this many words (and tokens), in a run-on sentence too.
const LOOK_BACK_WORDS: usize = 400;

/// The first name mention (an index into the mentions) a pronoun at prose
/// `offset`, with `before` mentions before it, may stand for: none before
/// the look-back above, so that a long interview of "“…,” he said." costs
/// the same for each pronoun however long the draft.
fn look_back_floor(ctx: &Ctx, before: usize, offset: usize) -> usize {
    let doc = ctx.doc;
    let mentions = &ctx.names.mentions;
    let paragraph = doc
        .paragraphs
        .partition_point(|p| p.range.start <= offset)
        .saturating_sub(1);
    let para_floor = doc
        .paragraphs
        .get(paragraph.saturating_sub(LOOK_BACK_PARAGRAPHS))
        .map_or(0, |p| p.range.start);
    let sentence = doc.sentence_at(offset).unwrap_or(0);
    let sentence_floor = doc
        .sentences
        .get(sentence.saturating_sub(LOOK_BACK_SENTENCES))
        .map_or(0, |s| s.start);
    let words = doc.word_at_or_after(offset);
    let word_floor = doc
        .words
        .get(words.saturating_sub(LOOK_BACK_WORDS))
        .map_or(0, |w| w.range.start);
    let floor = para_floor.max(sentence_floor).max(word_floor);
    mentions[..before].partition_point(|m| m.range.start < floor)
}

/// The clause-subject rank of every name mention, in mention order.
fn subject_ranks(ctx: &Ctx) -> Vec<Option<u8>> {
    ctx.names
        .mentions
        .iter()
        .map(|m| clause_subject_rank(ctx, m))
        .collect()
}

/// Whether a person of the names model is likely someone, not a run of
/// capitals ("Silver Bear", "Sha La La"): the draft shows their gender,
/// gives them a title, names them more than once, or their first name is
/// a known given name.
fn looks_like_person(ctx: &Ctx, p: usize) -> bool {
    let person = &ctx.names.people[p];
    person.gender.is_some()
        || person.mentions.len() > 1
        || person
            .mentions
            .iter()
            .any(|&m| ctx.names.mentions[m].title.is_some())
        || person
            .full_name
            .split_once(' ')
            .is_some_and(|(first, _)| is_given_name(first))
}

/// Whether a mention is the subject of a clause, and of which: 0 for the
/// sentence's own ("Ferre said", "“…,” Kunin said", "…, said Sunshine"),
/// 1 for a clause inside it ("… and that Obama is to blame"). An object
/// ("met Donald Trump") or a possessive is neither.
fn clause_subject_rank(ctx: &Ctx, m: &Mention) -> Option<u8> {
    let doc = ctx.doc;
    if m.possessive {
        return None;
    }
    let first = ctx.first_word_of(m);
    let sentence_start = doc
        .sentence_at(doc.words[first].range.start)
        .map_or(0, |si| doc.word_at_or_after(doc.sentences[si].start));
    // "…, said Marlow, who …": a name after an inverted verb of saying;
    // "“…,” said coach Tom Bale", "said flood survivor Ana Reyes": a
    // description of up to three lowercase words between them.
    let inverted_verb = |v: usize| {
        v > sentence_start
            && matches!(
                ctx.w(v),
                "said" | "says" | "added" | "recalled" | "noted" | "explained" | "asked"
            )
            && (ctx.w(v - 1) == "," || ctx.quoted[v - 1])
    };
    let mut v = first.saturating_sub(1);
    while v > sentence_start
        && first - v <= 3
        && !inverted_verb(v)
        && ctx.is_word(v)
        && !ctx.quoted[v]
        && ctx.w(v).chars().all(|c| c.is_lowercase() || c == '-')
        && !NP_STOP.contains(&ctx.w(v))
    {
        v -= 1;
    }
    if first > sentence_start + 1 && inverted_verb(v) {
        return Some(0);
    }
    // "Even Mike Pence can’t …", "Maybe Trump is …": a sentence adverb
    // before the subject.
    let adverb_first = first == sentence_start + 1
        && matches!(
            ctx.w(sentence_start),
            "But"
                | "And"
                | "Even"
                | "Then"
                | "Now"
                | "Still"
                | "So"
                | "Yet"
                | "Only"
                | "Maybe"
                | "Perhaps"
                | "Surely"
                | "Certainly"
                | "Indeed"
        );
    // "“…,” Kunin said": right after a quote, the name before its verb.
    let after_quote = first > sentence_start && ctx.quoted[first - 1];
    // "Green MP Dame Olwen Price, who …": a name that says whose title
    // it is, opening the sentence.
    let described_first = first > sentence_start
        && ctx.is_word(first - 1)
        && ctx
            .names
            .mention_at(doc.words[first - 1].range.start)
            .is_some_and(|d| {
                let d = &ctx.names.mentions[d];
                d.kind != NameKind::Person
                    && !d.possessive
                    && ctx.first_word_of(d) == sentence_start
                    && d.range.end == doc.words[first - 1].range.end
            });
    // After an opening phrase, or a clause set off by commas, too.
    let rank = if first == sentence_start
        || adverb_first
        || after_quote
        || described_first
        || ctx.w(first - 1) == ","
    {
        0
    } else if matches!(
        ctx.w(first - 1),
        "and" | "but" | "that" | "when" | "while" | "because" | "as" | "—" | "–"
    ) {
        1
    } else {
        return None;
    };
    let after = doc.word_at_or_after(m.range.end);
    (after < doc.words.len()
        && !ctx.quoted[after]
        && (ctx.w(after) == "," || ctx.verb_like(after) || ends_in_s_verb(ctx.w(after))))
    .then_some(rank)
}

/// A present tense in -s after a name: "Ruiz says", "Lee thinks".
fn ends_in_s_verb(w: &str) -> bool {
    s_plural_shaped(w) && w.chars().all(|c| c.is_lowercase())
}

pub(super) fn make_speaker(ctx: &Ctx, range: Range<usize>) -> Speaker {
    let doc = ctx.doc;
    let text = doc.text(range.clone());
    let head = text.split_whitespace().last().unwrap_or("");
    // Unnamed sources in lower case, an article that opens the sentence
    // aside ("A source close to …").
    let vague = VAGUE.contains(&head.to_lowercase().as_str())
        && text.split_whitespace().enumerate().all(|(i, w)| {
            w.chars().next().is_some_and(char::is_lowercase)
                || (i == 0 && matches!(w, "A" | "An" | "The" | "Some" | "Two" | "Three"))
        });
    // "he", "she", the possessives "his", "her" and the object "him"
    // ("Reuters quoted him as saying") stand for a person.
    let personal = matches!(
        text,
        "he" | "she" | "He" | "She" | "his" | "her" | "His" | "Her" | "him"
    );
    let name = if personal {
        resolve_pronoun(ctx, range.start)
            .map(|p| ctx.names.people[p].full_name.clone())
            .unwrap_or_else(|| text.to_string())
    } else if matches!(text, "it" | "It") {
        resolve_it(ctx, range.start).unwrap_or_else(|| text.to_string())
    } else if is_pronoun(text) {
        text.to_string()
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

/// Whether a phrase's head word names an organisation: "agency".
pub(super) fn is_organisation_head(head: &str) -> bool {
    ORGANISATION_HEADS.contains(&head)
}

/// Heads of phrases that name an organisation: "the agency", "the
/// company".
const ORGANISATION_HEADS: &[&str] = &[
    "agency",
    "company",
    "firm",
    "ministry",
    "department",
    "council",
    "government",
    "board",
    "party",
    "campaign",
    "group",
    "committee",
    "court",
    "union",
    "bank",
    "school",
    "university",
    "hospital",
    "police",
    "army",
    "office",
    "commission",
    "authority",
    "organisation",
    "organization",
    "club",
    "team",
    "network",
    "newspaper",
    "paper",
    "magazine",
    "station",
    "charity",
    "airline",
    "regulator",
    "utility",
    "district",
    "administration",
    "embassy",
];

/// The organisation "it" stands for when "it" speaks ("In a statement,
/// it said …"): the subject of the sentence before, in the same
/// paragraph or the one before, when that is an organisation's name or a
/// phrase such as "The agency". Anything else leaves "it" as it is.
fn resolve_it(ctx: &Ctx, offset: usize) -> Option<String> {
    let doc = ctx.doc;
    let si = doc.sentence_at(offset)?;
    // "The council condemned the test, which it called “…”": the
    // organisation opening the pronoun's own sentence, with no other name
    // nor organisation between them.
    let own = word_window(doc, si..si + 1);
    let at = doc.word_at_or_after(offset);
    // not in a run-on "sentence" whose opening is out of reach
    if own.start < at && at - own.start <= REACH {
        if let Some((org, end)) = organisation_opening(ctx, own.start..at) {
            let between = ctx.names.mentions.partition_point(|m| m.range.start < end);
            let named_between = ctx.names.mentions[between..]
                .iter()
                .take_while(|m| m.range.start < offset)
                .any(Mention::is_agent);
            let org_between = (doc.word_at_or_after(end)..at)
                .any(|k| is_organisation_head(&ctx.w(k).to_lowercase()));
            if !named_between && !org_between {
                return Some(org);
            }
        }
    }
    let before = si.checked_sub(1)?;
    organisation_opening(ctx, word_window(doc, before..before + 1)).map(|(org, _)| org)
}

/// The organisation whose name or description opens words `words` ("The
/// agency", "The Rivertown Council"), and where that phrase ends.
fn organisation_opening(ctx: &Ctx, words: Range<usize>) -> Option<(String, usize)> {
    let doc = ctx.doc;
    if words.is_empty() || ctx.quoted[words.start] {
        return None;
    }
    let name_at = words.start + usize::from(matches!(ctx.w(words.start), "The" | "the"));
    if let Some(m) = doc
        .words
        .get(name_at)
        .and_then(|w| ctx.names.mention_at(w.range.start))
    {
        let m = &ctx.names.mentions[m];
        let from = doc.words[words.start].range.start;
        return (m.kind == NameKind::Organisation && !m.possessive)
            .then(|| (doc.text(from..m.range.end).to_string(), m.range.end));
    }
    let np = opening_noun_phrase(ctx, words.start, words.end)?;
    let text = doc.text(np.mention.clone());
    let head = text.split_whitespace().last()?.to_lowercase();
    ORGANISATION_HEADS
        .contains(&head.as_str())
        .then(|| (text.to_string(), np.mention.end))
}

/// A speaker phrase whose last word is word `end`.
pub(super) fn noun_phrase_ending_at(ctx: &Ctx, end: usize, floor: usize) -> Option<Speaker> {
    let doc = ctx.doc;
    if let Some(s) = lettered_person(ctx, end, floor) {
        return Some(s);
    }
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
    // A speaker does not end in a verb: "Webb posted after …".
    // Numbers are not speakers, but "the 23-year-old" is.
    if NP_STOP.contains(&lower.as_str())
        || (t.chars().any(|c| c.is_ascii_digit()) && !t.ends_with("-old"))
        || ctx.cue_len(end).is_some()
    {
        return None;
    }
    // "the files that were hacked suggested": a participle after an
    // auxiliary is a passive verb, not the head of a noun phrase.
    if end > floor
        && (lower.ends_with("ed") || lower.ends_with("en"))
        && matches!(
            ctx.w(end - 1),
            "was" | "were" | "been" | "being" | "be" | "is" | "are"
        )
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
        // "The governor rebuked critics who …": before a relative "who",
        // a past tense after a word that is no determiner is the verb
        // before its object ("a retired admiral who" keeps its
        // participle).
        let before_who = doc.words.get(end + 1).is_some() && ctx.w(end + 1) == "who";
        let past = before_who
            && p.chars().all(char::is_lowercase)
            && ((p.len() > 4 && p.ends_with("ed")) || IRREGULAR_PAST.contains(&p));
        if past
            && prev > floor
            && ctx.is_word(prev - 1)
            && !DETERMINERS.contains(&ctx.w(prev - 1))
            && !strip_possessive(ctx.w(prev - 1)).1
            // "fired off tweets": a particle goes with the verb.
            && !PREPOSITIONS.contains(&ctx.w(k))
            && !matches!(ctx.w(k), "off" | "up" | "out" | "down" | "back" | "away")
        {
            break;
        }
        start = prev;
        k = prev;
        if DETERMINERS.contains(&p) {
            break;
        }
    }
    // "as Ruiz noted last week, …": a time phrase says when, not who.
    if time_phrase_len(ctx, start, end + 1) == end + 1 - start {
        return None;
    }
    let range = doc.words[start].range.start..doc.words[end].range.end;
    Some(make_speaker(ctx, range))
}

/// "detainee 'A' said", "witness “B” told the court": a person the court
/// or the paper keeps anonymous, a noun and a capital letter in quote
/// marks, ending at word `end` (the closing mark).
fn lettered_person(ctx: &Ctx, end: usize, floor: usize) -> Option<Speaker> {
    let doc = ctx.doc;
    if end < floor + 3 {
        return None;
    }
    let letter = ctx.w(end - 1);
    let marks = matches!(ctx.w(end), "'" | "’" | "\"" | "”")
        && matches!(ctx.w(end - 2), "'" | "‘" | "\"" | "“");
    let noun = ctx.w(end - 3);
    let is_letter = letter.len() == 1 && letter.chars().all(|c| c.is_ascii_uppercase());
    (marks
        && is_letter
        && ctx.is_word(end - 3)
        && !ctx.quoted[end - 3]
        && noun.chars().all(char::is_lowercase)
        && !NP_STOP.contains(&noun))
    .then(|| {
        make_speaker(
            ctx,
            doc.words[end - 3].range.start..doc.words[end].range.end,
        )
    })
}

/// How many words of a time phrase start at word `start`: "yesterday",
/// "last week", "on Monday", "earlier this month"; zero if none.
pub(super) fn time_phrase_len(ctx: &Ctx, start: usize, limit: usize) -> usize {
    let w = |k: usize| if k < limit { ctx.w(k) } else { "" };
    let time_word = |t: &str| TIME_NOUNS.contains(&t) || crate::calendar::WEEKDAYS.contains(&t);
    let mut k = start;
    if matches!(w(k), "earlier" | "later") && matches!(w(k + 1), "this" | "that" | "last") {
        k += 1;
    }
    if matches!(
        w(k),
        "last" | "this" | "that" | "next" | "on" | "all" | "every" | "each"
    ) && time_word(w(k + 1))
    {
        return k + 2 - start;
    }
    if matches!(w(start), "yesterday" | "today" | "tonight" | "recently") {
        return 1;
    }
    0
}

/// A speaker phrase starting at word `start`: "Ana Ruiz", "the mayor", "he".
pub(super) fn noun_phrase_after(ctx: &Ctx, start: usize, limit: usize) -> Option<Speaker> {
    let doc = ctx.doc;
    if start >= limit || ctx.quoted[start] || !ctx.is_word(start) {
        return None;
    }
    // "said last week a spokesman", "said on Monday the mayor": when the
    // speech happened is no speaker; the phrase after it is.
    let when = time_phrase_len(ctx, start, limit);
    if when > 0 {
        let next = start + when + usize::from(start + when < limit && ctx.w(start + when) == ",");
        return noun_phrase_after(ctx, next, limit);
    }
    let t = ctx.w(start);
    if is_pronoun(t) {
        let r = doc.words[start].range.clone();
        return Some(make_speaker(ctx, r.start..r.start + pronoun_stem(t).len()));
    }
    // "said Bank of Norway chief Ingrid Dahl", "said Harbour Board
    // Chair Tomas Vell": the organisation says whose the role is; the
    // person after it speaks. A name is taken whole ("the Bank of Japan").
    if let Some(m) = ctx.names.mention_at(doc.words[start].range.start) {
        let mention = &ctx.names.mentions[m];
        if mention.kind != NameKind::Person && names_a_role_of(ctx, mention) {
            let after = doc.word_at_or_after(mention.range.end);
            let at = (after..limit.min(after + 4))
                .find_map(|k| ctx.next_mention(k).filter(|n| n.kind == NameKind::Person));
            if let Some(person) = at {
                return Some(make_speaker(ctx, person.range.clone()));
            }
        }
    }
    let mut end = start;
    let mut k = start;
    // "the House of Commons Speaker": a name after the article, too.
    let name_at = |k: usize| {
        ctx.mention_from(k)
            .map(|m| doc.word_at_or_after(m.range.end).saturating_sub(1))
    };
    let name_end = name_at(start).or_else(|| {
        (start + 1 < limit && matches!(t, "the" | "The" | "a" | "A" | "an" | "An"))
            .then(|| name_at(start + 1))
            .flatten()
    });
    while k < limit && k - start < 8 {
        if ctx.quoted[k] || !ctx.is_word(k) {
            break;
        }
        if name_end.is_some_and(|e| k <= e) {
            end = k;
            k += 1;
            continue;
        }
        let w = ctx.w(k);
        let lower = w.to_lowercase();
        if k > start && (NP_STOP.contains(&lower.as_str()) || ctx.cue_len(k).is_some()) {
            break;
        }
        // "the Fieldline report the shift marked …": a second article
        // after a noun starts another phrase.
        if k > start + 1
            && matches!(w, "the" | "a" | "an")
            && !NP_STOP.contains(&ctx.w(k - 1).to_lowercase().as_str())
        {
            break;
        }
        // "a civil complaint filed by the SEC", "a sign taped to a
        // lamppost": the participle and its phrase describe.
        // "a source familiar with the talks", "a person close to the
        // family": so does an adjective with its preposition.
        if k > start
            && (w.ends_with("ed") || describes_before_preposition(w))
            && k + 1 < limit
            && (ctx.w(k + 1) == "by" || PREPOSITIONS.contains(&ctx.w(k + 1)))
        {
            break;
        }
        if k == start && NP_STOP.contains(&lower.as_str()) {
            return None;
        }
        end = k;
        k += 1;
    }
    // "according to the “Fares for all” document": an article alone,
    // cut off by a quote, names nobody.
    if end == start
        && matches!(
            t.to_lowercase().as_str(),
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "this"
                | "these"
                | "those"
        )
    {
        return None;
    }
    // "expected to rise by 7%": a number alone is nobody.
    if end == start && t.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    // "said the House of Commons Speaker, Tom Webb.": the name set beside
    // the description, closing the sentence or set off by commas; the
    // description may end in a short phrase of its own ("said the lawyer
    // for the family, Dana Holt.").
    let comma = if end + 1 < limit && ctx.w(end + 1) == "," {
        Some(end + 1)
    } else if end + 1 < limit && matches!(ctx.w(end + 1), "for" | "of" | "at" | "to") {
        // "said the chairman of the town harbour safety committee, …": a
        // phrase of up to seven words.
        (end + 2..limit.min(end + 9))
            .find(|&k| ctx.w(k) == ",")
            .filter(|&c| {
                (end + 2..c).all(|k| {
                    ctx.is_word(k)
                        && !ctx.quoted[k]
                        && ctx.cue_len(k).is_none()
                        && ctx
                            .names
                            .mention_at(doc.words[k].range.start)
                            .is_none_or(|m| ctx.names.mentions[m].kind != NameKind::Person)
                })
            })
    } else {
        None
    };
    if let Some(c) = comma.filter(|&c| c + 1 < limit && !ctx.quoted[c + 1]) {
        // "…, Labour MP Barry Sheerman.", "…, Councillor Omar Haddad.": a
        // party or a title in capitals may stand before the name.
        let person = (c + 1..limit.min(c + 4))
            .take_while(|&k| ctx.is_word(k) && !ctx.quoted[k] && is_cap(ctx.w(k)))
            .find_map(|k| ctx.mention_from(k).filter(|m| m.kind == NameKind::Person))
            .or_else(|| ctx.mention_from(c + 1));
        if let Some(m) = person {
            let after = doc.word_at_or_after(m.range.end);
            let closes = after >= limit || matches!(ctx.w(after), "," | ".");
            if m.kind == NameKind::Person && !m.possessive && closes && !is_cap(t) {
                return Some(make_speaker(ctx, m.range.clone()));
            }
        }
    }
    // "said longtime council member and former teacher Omar Haddad": a
    // description of two roles joined by "and", in lower case, ends in the
    // name it describes.
    if end + 2 < limit && ctx.w(end + 1) == "and" && !is_cap(t) {
        let name = (end + 2..limit.min(end + 8))
            .take_while(|&k| !ctx.quoted[k] && ctx.is_word(k))
            .find_map(|k| ctx.mention_from(k))
            .filter(|m| m.kind == NameKind::Person && !m.possessive);
        let described = name.is_some_and(|m| {
            let first = ctx.first_word_of(m);
            // "and mother of three Marta Kowalczyk": a role's own "of".
            (end + 2..first).all(|k| {
                (!NP_STOP.contains(&ctx.w(k)) || (ctx.w(k) == "of" && k > end + 2))
                    && !is_cap(ctx.w(k))
            })
        });
        if let Some(m) = name.filter(|_| described) {
            return Some(make_speaker(ctx, m.range.clone()));
        }
    }
    let range = doc.words[start].range.start..doc.words[end].range.end;
    Some(make_speaker(ctx, range))
}

/// "Fitch's opening remark — “…”": a possessive and a speech noun before the quote.
pub(super) fn possessive(ctx: &Ctx, q: &Quote) -> Option<(Speaker, Cue)> {
    let doc = ctx.doc;
    // The quote must stand in apposition, set off by a dash or a colon:
    // in "X said Trump's remarks “…”" the words are X's, not Trump's.
    let lead = doc.prose[..q.range.start].trim_end();
    // "Ruiz's advice to recruits was, “…”": "was" and a comma introduce
    // the words as a colon does.
    let was_comma = lead
        .strip_suffix(',')
        .is_some_and(|l| l.ends_with(" was") || l.ends_with(" is"));
    if !lead.ends_with(['—', '–', ':']) && !lead.ends_with("--") && !was_comma {
        return None;
    }
    let lead = if was_comma {
        &lead[..lead.len() - 1]
    } else {
        lead
    };
    let first = doc.word_at_or_after(q.range.start);
    let sentence = doc.sentence_at(q.range.start)?;
    let floor = doc.word_at_or_after(doc.sentences[sentence].start);
    let mut k = first;
    let mut looked = 0;
    while k > floor && looked < 9 {
        k -= 1;
        looked += 1;
        if ctx.quoted[k] {
            return None;
        }
        // "Ruiz's advice (passed on to me many times) was, “…”": an
        // aside in parentheses is read past.
        if ctx.w(k) == ")" {
            let open = (floor..k).rev().take(12).find(|&j| ctx.w(j) == "(");
            match open {
                Some(open) => {
                    k = open;
                    continue;
                }
                None => return None,
            }
        }
        if was_comma && ctx.w(k) == "," && (k + 1..first).all(|j| !ctx.is_word(j)) {
            // the comma of "was,"
            continue;
        }
        let w = ctx.w(k);
        // "Responding to Trump's remarks, Clinton wrote: “…”": a clause
        // with its own verb of saying stands between the noun and the quote.
        if w == "," || ctx.cue_len(k).is_some() {
            return None;
        }
        if SPEECH_NOUNS.contains(&w) {
            // "Her answer: “…”": the pronoun stands for its person, when
            // the noun is the last word before the mark ("the mayor ended
            // her speech by quoting a poet:" is no answer).
            let mark_at = lead.trim_end_matches([':', '—', '–', '-']).len();
            let tail = &doc.prose[doc.words[k].range.end.min(mark_at)..mark_at];
            // "Her message to residents was simple:": a plain description
            // of the words still introduces them.
            let described = {
                let words: Vec<&str> = tail.split_whitespace().collect();
                let (verb, rest) = match words.iter().position(|w| matches!(*w, "was" | "is")) {
                    Some(v) => (v, &words[v + 1..]),
                    None => (usize::MAX, &words[..0]),
                };
                let addressee =
                    verb == 0 || (verb <= 4 && matches!(words.first(), Some(&"to" | &"for")));
                addressee
                    && rest.len() == 1
                    && rest[0].chars().all(|c| c.is_lowercase())
                    && !rest[0].ends_with("ed")
                    && !NP_STOP.contains(&rest[0])
            };
            let noun_ends_lead = tail.trim().is_empty() || described;
            // look back for the possessive
            let mut j = k;
            while j > floor && k - j < 4 {
                j -= 1;
                let pw = ctx.w(j);
                // "backed her in a statement:": an article or a preposition
                // between them makes "her" no owner of the noun.
                if matches!(pw, "a" | "an" | "the") || PREPOSITIONS.contains(&pw) {
                    break;
                }
                let stem_len = match possessive_owner(pw) {
                    Some((len, pronoun)) if !pronoun || noun_ends_lead => len,
                    _ => continue,
                };
                let r = doc.words[j].range.clone();
                // "The engineer's conclusion:": the article goes with a
                // described owner.
                let start = if j > floor
                    && !is_cap(pw)
                    && matches!(ctx.w(j - 1), "The" | "the" | "A" | "a")
                {
                    doc.words[j - 1].range.start
                } else {
                    r.start
                };
                let speaker = make_speaker(ctx, start..r.start + stem_len);
                return Some((speaker, cue_at(doc, k, 1)));
            }
        }
    }
    None
}

/// "her claim that she “never sent …”": a possessive and a speech noun
/// whose "that" clause holds the quote.
pub(super) fn possessive_clause(ctx: &Ctx, q: &Quote) -> Option<(Speaker, Cue)> {
    let doc = ctx.doc;
    let first = doc.word_at_or_after(q.range.start);
    let sentence = doc.sentence_at(q.range.start)?;
    let floor = doc.word_at_or_after(doc.sentences[sentence].start);
    let mut k = first;
    while k > floor + 2 && first - k < 20 {
        k -= 1;
        if ctx.quoted[k] {
            return None;
        }
        if ctx.w(k) != "that" {
            continue;
        }
        // "her remark before the committee that …": a short phrase after a
        // preposition may stand between the noun and "that".
        let claim = |j: usize| {
            let w = ctx.w(j);
            CLAIM_NOUNS.contains(&w) || CLAIM_NOUNS.contains(&w.strip_suffix('s').unwrap_or(w))
        };
        let noun =
            if claim(k - 1) {
                k - 1
            } else {
                let Some(prep) = (floor + 1..k - 1).rev().take(7).find(|&j| {
                    PREPOSITIONS.contains(&ctx.w(j)) && ctx.w(j) != "of" && claim(j - 1)
                }) else {
                    continue;
                };
                let plain = (prep + 1..k).all(|j| {
                    ctx.is_word(j) && !ctx.quoted[j] && !ctx.verb_like(j) && !is_pronoun(ctx.w(j))
                });
                if !plain {
                    continue;
                }
                prep - 1
            };
        // "Trump's recent, evidence-free assertion that": describing words
        // between the owner and the noun.
        let owner = skip_describing_words(ctx, noun - 1, floor);
        let speaker = possessive_owner_speaker(ctx, owner)?;
        // A speech verb elsewhere in the sentence says whose words they are
        // better than a noun: "Frazier said that Rubio's claim that … is
        // “not true”". The noun itself ("claim") may read as a verb too.
        if near_words(doc, q, first, first).any(|i| i != noun && ctx.cue_len(i).is_some()) {
            return None;
        }
        return Some((speaker, cue_at(doc, noun, 1)));
    }
    None
}

/// "Romney’s “47 percent” comment", "his “no new tolls” pledge": a
/// possessive before the quote and a noun for words right after it. The
/// marks give the owner's words, used as the name of the remark.
pub(super) fn possessive_label(ctx: &Ctx, q: &Quote) -> Option<(Speaker, Cue)> {
    let doc = ctx.doc;
    let noun = doc.word_at_or_after(q.range.end);
    if noun >= doc.words.len() || ctx.quoted[noun] || !LABEL_NOUNS.contains(&ctx.w(noun)) {
        return None;
    }
    // Only a space between the closing mark and the noun.
    if !doc.prose[q.range.end..doc.words[noun].range.start]
        .trim()
        .is_empty()
    {
        return None;
    }
    let sentence = doc.sentence_at(q.range.start)?;
    let floor = doc.word_at_or_after(doc.sentences[sentence].start);
    let first = doc.word_at_or_after(q.range.start);
    if first <= floor {
        return None;
    }
    // "Trump's now-infamous “…” remark"
    let owner = skip_describing_words(ctx, first - 1, floor);
    let speaker = possessive_owner_speaker(ctx, owner)?;
    // A speech verb elsewhere in the sentence gives the words to its own
    // subject: "Kennedy says it is Labour's “authoritarian” line". After the
    // noun, the remark's own clause runs to the next comma: "the remark drew
    // laughs" is no one speaking.
    let clause_end = (noun + 1..doc.words.len())
        .take_while(|&i| doc.words[i].range.start < doc.sentences[sentence].end)
        .find(|&i| ctx.w(i) == ",")
        .unwrap_or(usize::MAX);
    if near_words(doc, q, first, first)
        .any(|i| i != noun && !(noun < i && i < clause_end) && ctx.cue_len(i).is_some())
    {
        return None;
    }
    Some((speaker, cue_at(doc, noun, 1)))
}

/// From word `k` back over up to three lowercase describing words
/// ("latest fact-free"); returns the word before them.
fn skip_describing_words(ctx: &Ctx, mut k: usize, floor: usize) -> usize {
    // A plural in -s is a noun ("his habits, warning that"); "baseless"
    // and "famous" are describing words.
    let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous");
    let describing = |j: usize| {
        let w = ctx.w(j);
        !ctx.quoted[j]
            && ctx.is_word(j)
            && w.chars().all(|c| c.is_lowercase() || c == '-')
            && !plural(w)
            && !is_pronoun(w)
            && !is_possessive_pronoun(w)
            && !NP_STOP.contains(&w)
            && !AUXILIARIES.contains(&w)
            && !PREPOSITIONS.contains(&w)
    };
    let mut skipped = 0;
    while skipped < 3 && k > floor && describing(k) {
        k -= 1;
        skipped += 1;
    }
    k
}

/// The speaker a possessive word stands for: "Webb's" gives "Webb", "his"
/// gives "his" (resolved like any pronoun). None when the word is no
/// possessive.
pub(super) fn possessive_owner_speaker(ctx: &Ctx, owner: usize) -> Option<Speaker> {
    let w = ctx.w(owner);
    if ctx.quoted[owner] {
        return None;
    }
    let (stem, is_possessive) = strip_possessive(w);
    let stem_len = if matches!(w, "his" | "her" | "His" | "Her" | "their" | "Their") {
        w.len()
    } else if is_possessive && !stem.is_empty() {
        stem.len()
    } else {
        return None;
    };
    let r = ctx.doc.words[owner].range.clone();
    Some(make_speaker(ctx, r.start..r.start + stem_len))
}

#[cfg(test)]
mod look_back_tests {
    use super::super::test_support::speakers;

    #[test]
    fn a_pronoun_finds_a_person_named_a_few_paragraphs_before() {
        let filler = [
            "The crowd cheered.",
            "Rain fell on the town.",
            "Boats came in.",
        ];
        for n in 0..=filler.len() {
            let body = format!(
                "Mayor Jane Ortiz opened the pier on Monday.\n\n{}“It is ours,” she said.",
                filler[..n]
                    .iter()
                    .map(|p| format!("{p}\n\n"))
                    .collect::<String>()
            );
            assert_eq!(
                speakers(&body),
                vec![Some("Jane Ortiz".to_string())],
                "{body}"
            );
        }
    }

    #[test]
    fn a_pronoun_does_not_reach_past_its_look_back() {
        let filler = "The crowd cheered.\n\n".repeat(super::LOOK_BACK_PARAGRAPHS + 1);
        let body = format!("Mayor Jane Ortiz opened the pier.\n\n{filler}“It is ours,” she said.");
        assert_eq!(speakers(&body), vec![Some("she".to_string())]);
    }

    #[test]
    fn a_long_interview_keeps_each_answer_with_the_pronoun_that_gives_it() {
        let mut body = String::from("Mayor Ana Ruiz met reporters.\n\n");
        for i in 0..2_000 {
            body.push_str(&format!(
                "“We will fix it, part {i},” he said. Ruiz nodded.\n\n"
            ));
        }
        let found = speakers(&body);
        assert_eq!(found.len(), 2_000);
        assert!(found.iter().all(|s| s.as_deref() == Some("he")));
    }
}
