//! What a quote is: someone's words, a title, or a term.

use super::*;

/// "has been called “…”", "known online as “Guccifer”", "what is being
/// attacked as a “spend it or lose it” rule": a passive naming verb a
/// few words before the quote, with no "by" to say who did the naming.
pub(super) fn passive_naming(ctx: &Ctx, first: usize) -> bool {
    let mut k = first;
    let mut looked = 0;
    while k > 1 && looked < 5 {
        k -= 1;
        looked += 1;
        if ctx.quoted[k] {
            return false;
        }
        let w = ctx.w(k);
        if w == "by" {
            return false;
        }
        if NAMING_VERBS.contains(&w) {
            // "is today typically called", "what’s called": up to two
            // adverbs between the auxiliary and the naming verb.
            let mut j = k - 1;
            let mut adverbs = 0;
            while j > 0 && adverbs < 2 && is_time_or_manner_adverb(ctx.w(j)) {
                j -= 1;
                adverbs += 1;
            }
            // "known as" names with or without "is": "Lazar, known online as".
            return w == "known"
                || PASSIVE.contains(&ctx.w(j))
                || matches!(ctx.w(j), "what’s" | "what's" | "that’s" | "that's");
        }
        if !(matches!(w, "the" | "a" | "an" | "as" | "online" | "here" | "there")
            || (ctx.is_word(k) && w.ends_with("ly")))
        {
            return false;
        }
    }
    false
}

/// "typically", "today", "now": an adverb that may stand between an
/// auxiliary and its verb.
fn is_time_or_manner_adverb(w: &str) -> bool {
    (w.ends_with("ly") && w.len() > 3)
        || matches!(
            w,
            "today" | "now" | "often" | "sometimes" | "also" | "still" | "since" | "once"
        )
}

/// A quote cited with its year, like a work or a poster: `“Jaws” (1975)`,
/// `“No to Schengen” (2005)`.
pub(super) fn dated(doc: &Document, q: &Quote) -> bool {
    let rest = doc.prose[q.range.end..].trim_start();
    let Some(inside) = rest.strip_prefix('(') else {
        return false;
    };
    let year: String = inside.chars().take_while(char::is_ascii_digit).collect();
    year.len() == 4
        && inside[4..].starts_with(')')
        && matches!(year.parse::<u16>(), Ok(1000..=2199))
}

/// A headline cited in parentheses with its source and date, as letters
/// to the editor do: `(“Romney blasts Trump as a ‘fraud’,” USATODAY.com,
/// Thursday)`. The words are the article's title, not a quote.
pub(super) fn cited(doc: &Document, q: &Quote) -> bool {
    if !doc.prose[..q.range.start].trim_end().ends_with('(') {
        return false;
    }
    // The comma before the source, after the marks or (US style) inside them.
    let after = doc.prose[q.range.end..].trim_start();
    let rest = match after.strip_prefix(',') {
        Some(rest) => rest,
        None if doc.text(q.inner()).trim_end().ends_with(',') => after,
        None => return false,
    };
    let Some(close) = rest.find(')') else {
        return false;
    };
    let source = rest[..close].trim();
    let words: Vec<&str> = source.split_whitespace().collect();
    // A source and a date, "Harbourtimes.net, Monday": not "Ruiz said".
    (2..=6).contains(&words.len())
        && starts_upper(source)
        && source.contains(',')
        && !source.contains(['“', '"', '('])
}

/// Whether word `i`, just before "called", ends an indefinite noun phrase
/// that is being named ("an account called …", "a cosy boardroom culture
/// called …") rather than somebody who calls ("the president called …",
/// "what he called …").
pub(super) fn names_a_thing(ctx: &Ctx, i: usize) -> bool {
    let plain = |j: usize| {
        let w = ctx.w(j);
        ctx.is_word(j)
            && !ctx.quoted[j]
            && w.chars().all(|c| c.is_lowercase() || c == '-')
            && !is_pronoun(w)
            && !NP_STOP.contains(&w)
            && !AUXILIARIES.contains(&w)
            && !w.ends_with("ly")
    };
    if !plain(i) {
        return false;
    }
    // "attacked the zoning rule called …": a phrase with "the" names a
    // thing only as the object of the word before it; opening the
    // sentence ("The mayor called …") it is whoever does the calling.
    let object_the = |j: usize| {
        ctx.w(j) == "the"
            && j > 0
            && ctx.is_word(j - 1)
            && !ctx.quoted[j - 1]
            && ctx.w(j - 1).chars().all(|c| c.is_lowercase())
            // "what the mayor called": the subject of a clause
            && !CLAUSE_OPENERS.contains(&ctx.w(j - 1))
            && !matches!(ctx.w(j - 1), "what" | "that" | "which" | "who" | "whom" | "where")
    };
    (1..=3)
        .take_while(|&back| back <= i)
        .map(|back| i - back)
        .find(|&j| !plain(j) || matches!(ctx.w(j), "a" | "an" | "the"))
        .is_some_and(|j| matches!(ctx.w(j), "a" | "an" | "A" | "An") || object_the(j))
}

/// Titles and terms named by the words just before the opening mark:
/// "the film “Oppenheimer”", "a report titled “…”", "the so-called “…”".
pub(super) fn marked_kind(ctx: &Ctx, q: &Quote) -> Option<QuoteKind> {
    let first = ctx.doc.word_at_or_after(q.range.start);
    if is_a_letter(ctx.doc, q) {
        return Some(QuoteKind::Term);
    }
    if names_a_work_by_its_people(ctx, q) {
        return Some(QuoteKind::Title);
    }
    if passive_naming(ctx, first) && !sentence_like(ctx.doc, q) {
        // "… was branded “in homage to” Webb, Ruiz wrote": a cue after the
        // quote makes the whole sentence somebody's words.
        let last = ctx.doc.word_at_or_after(q.range.end);
        // "…, saying the change burdened voters": a participle reports the
        // words after it, not the name before.
        // "…, but they say it comes too late": a cue with a clause of its
        // own after it reports that clause.
        let end = near_words(ctx.doc, q, last, last).end;
        let reported = (last..end).any(|i| {
            ctx.cue_len(i).is_some_and(|n| {
                let next = i + n;
                !ctx.w(i).ends_with("ing")
                    && !(next < end
                        && (is_nominative(ctx.w(next))
                            || matches!(ctx.w(next), "it" | "there" | "that" | "the" | "a")))
            })
        });
        if !reported {
            return Some(QuoteKind::Term);
        }
    }
    if labelled_or_charged(ctx, q, first) {
        return Some(QuoteKind::Term);
    }
    let mut k = first;
    // "a column, entitled, “…”": the comma after the naming word.
    if k > 1 && ctx.w(k - 1) == "," && matches!(ctx.w(k - 2), "entitled" | "titled" | "headlined") {
        k -= 1;
    }
    // "The festival's motto, “Films for everyone,” will stay", "its new
    // album, “Salt and Iron,” is out": a name in apposition to a title
    // noun, set off by commas. Not in a sentence with a speech cue, where
    // it may be the words of the column or the sign ("In his column, “We
    // lost,” he wrote").
    if k > 1
        && ctx.w(k - 1) == ","
        && !ctx.quoted[k - 2]
        && TITLE_NOUNS.contains(&ctx.w(k - 2))
        && starts_upper(ctx.doc.text(q.inner()))
        && ctx.doc.text(q.inner()).split_whitespace().count() <= 6
        && !near_words(ctx.doc, q, first, ctx.doc.word_at_or_after(q.range.end))
            .any(|i| ctx.cue_len(i).is_some())
    {
        return Some(QuoteKind::Title);
    }
    let mut looked = 0;
    while k > 0 && looked < 4 {
        k -= 1;
        looked += 1;
        if ctx.quoted[k] || !ctx.is_word(k) {
            return None;
        }
        let w = ctx.w(k);
        // "who she dubbed “the tiny mayor”": a nickname somebody gives
        // is that person's words; "volunteers, dubbed “Harbourhands”" is a term.
        let given_by_subject = matches!(w, "dubbed" | "nicknamed")
            && k > 0
            && (is_nominative(ctx.w(k - 1))
                || ctx
                    .names
                    .mention_at(ctx.doc.words[k - 1].range.start)
                    .is_some_and(|m| {
                        !ctx.names.mentions[m].possessive
                            && ctx.names.mentions[m].kind == NameKind::Person
                    }));
        if given_by_subject {
            return None;
        }
        if (TERM_MARKERS.contains(&w) && !owned_wording(ctx, k))
            || (w == "as" && k > 0 && ctx.w(k - 1) == "known")
        {
            return Some(QuoteKind::Term);
        }
        // "an account called “Hypo-Cruz”", "a culture called “The HP Way”":
        // a thing named by "called", not somebody calling it that.
        if matches!(w, "called" | "named") && k > 0 && names_a_thing(ctx, k - 1) {
            return Some(if starts_upper(ctx.doc.text(q.inner())) {
                QuoteKind::Title
            } else {
                QuoteKind::Term
            });
        }
        // Titles are capitalised: "the law “was going to go wrong”" and
        // "called the program “worse than amnesty”" quote somebody.
        if TITLE_NOUNS.contains(&w) && starts_upper(ctx.doc.text(q.inner())) {
            return Some(QuoteKind::Title);
        }
        if !matches!(
            w,
            "the"
                | "a"
                | "an"
                | "as"
                | "called"
                | "titled"
                | "named"
                | "entitled"
                | "new"
                | "latest"
        ) {
            return None;
        }
    }
    None
}

/// "files marked “top secret”", "a drug classified as “high risk”", "charged
/// with “gross negligence”", "convicted of “reckless endangerment”": a
/// label a document, a rule or a court puts on something, right after the
/// verb that applies it (an article or "as" between). It is the label's
/// wording, not anybody's words, whatever verb of saying the sentence has.
/// Only a short fragment: "charged with “stealing from the people who
/// trusted him most”" is a longer passage and may be quoted speech.
fn labelled_or_charged(ctx: &Ctx, q: &Quote, first: usize) -> bool {
    if sentence_like(ctx.doc, q) || ctx.doc.text(q.inner()).split_whitespace().count() > 4 {
        return false;
    }
    let mut k = first;
    while k > 0 && !ctx.quoted[k - 1] && matches!(ctx.w(k - 1), "a" | "an" | "the" | "as") {
        k -= 1;
    }
    if k == 0 || ctx.quoted[k - 1] || !ctx.is_word(k - 1) {
        return false;
    }
    let verb = ctx.w(k - 1);
    let labels = matches!(
        verb,
        "marked"
            | "stamped"
            | "labelled"
            | "labeled"
            | "classified"
            | "designated"
            | "rated"
            | "graded"
            | "categorised"
            | "categorized"
    );
    let charged = k >= 2
        && match verb {
            "with" => matches!(ctx.w(k - 2), "charged" | "charge" | "charges" | "charging"),
            "of" => matches!(
                ctx.w(k - 2),
                "convicted" | "guilty" | "acquitted" | "cleared" | "counts" | "count"
            ),
            _ => false,
        };
    labels || charged
}

/// A letter in marks is the letter itself: a vote for “R”, a grade of
/// “B”, Plan “C”. "“I,” she said" is a word, and stays speech.
fn is_a_letter(doc: &Document, q: &Quote) -> bool {
    let mut letters = doc
        .text(q.inner())
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.'))
        .chars();
    matches!((letters.next(), letters.next()), (Some(c), None) if c.is_alphabetic() && c != 'I')
}

/// "the “Avatar” star posted", "the “Meet the Press” host": a capitalised
/// quote right before a noun for someone who made or appears in it names the
/// work.
fn names_a_work_by_its_people(ctx: &Ctx, q: &Quote) -> bool {
    let doc = ctx.doc;
    let noun = doc.word_at_or_after(q.range.end);
    noun < doc.words.len()
        && !ctx.quoted[noun]
        && WORK_ROLE_NOUNS.contains(&ctx.w(noun))
        && doc.prose[q.range.end..doc.words[noun].range.start]
            .trim()
            .is_empty()
        && starts_upper(doc.text(q.inner()))
        && !sentence_like(doc, q)
}

/// "the earlier “warm-up” forum", "a “unity” lunch": a short quote in a
/// noun phrase an article opens, right before the noun it describes. With
/// no speech cue in its sentence it is a label on that noun (a scare
/// quote), not words anyone is reported to have said.
pub(super) fn labels_the_noun_after(ctx: &Ctx, q: &Quote) -> bool {
    let doc = ctx.doc;
    let inner = doc.text(q.inner()).trim();
    // "split “for private reasons” last year" opens with a preposition: a
    // phrase of its own, not a describing word.
    let opens_phrase = inner
        .split_whitespace()
        .next()
        .is_some_and(|w| PREPOSITIONS.contains(&w) || SMALL_WORDS.contains(&w));
    if inner.split_whitespace().count() > 4
        || opens_phrase
        || inner.ends_with([',', '.', '!', '?', ';', ':'])
        || sentence_like(doc, q)
    {
        return false;
    }
    let noun = doc.word_at_or_after(q.range.end);
    if noun >= doc.words.len()
        || ctx.quoted[noun]
        || !doc.prose[q.range.end..doc.words[noun].range.start]
            .trim()
            .is_empty()
    {
        return false;
    }
    // "cast her as a “career politician” all week": a time phrase after
    // the quote is no noun it describes.
    if time_phrase_len(ctx, noun, doc.words.len()) > 0 {
        return false;
    }
    let w = ctx.w(noun);
    // A lowercase content word; "-ed" and "-ly" words are verbs and
    // adverbs more often than nouns ("as the “autopsy” recommended").
    let content = w.len() > 2
        && w.chars().all(|c| c.is_lowercase() || c == '-')
        && !w.ends_with("ly")
        && !w.ends_with("ed")
        && !is_pronoun(w)
        && !matches!(
            w,
            "ever"
                | "yet"
                | "again"
                | "too"
                | "also"
                | "now"
                | "then"
                | "here"
                | "there"
                | "still"
                | "even"
                | "once"
                | "since"
                | "later"
                | "soon"
                | "instead"
                | "anyway"
                | "together"
                | "alone"
                | "enough"
                | "indeed"
                | "either"
        )
        && ![NP_STOP, PREPOSITIONS, AUXILIARIES, SMALL_WORDS, DETERMINERS]
            .iter()
            .any(|list| list.contains(&w));
    if !content {
        return false;
    }
    let Some(sentence) = doc.sentence_at(q.range.start) else {
        return false;
    };
    let floor = doc.word_at_or_after(doc.sentences[sentence].start);
    let first = doc.word_at_or_after(q.range.start);
    (first.saturating_sub(3).max(floor)..first)
        .rev()
        .take_while(|&j| !ctx.quoted[j] && ctx.is_word(j))
        .any(|j| {
            matches!(
                ctx.w(j),
                "the" | "a" | "an" | "The" | "A" | "An" | "this" | "its" | "these" | "those"
            )
        })
}

/// A title-case quote that is a name the sentence's subject gives someone:
/// "Trump called the winner “Miss Piggy” and “Miss Housekeeping”",
/// "repeatedly referring to Warren as “Pocahontas”". The marks reproduce
/// the subject's words, so the quote is speech. A passive ("was called",
/// "known as") names nobody's words and is left alone.
pub(super) fn nickname_given(ctx: &Ctx, q: &Quote) -> bool {
    let doc = ctx.doc;
    let mut k = doc.word_at_or_after(q.range.start);
    // "“Miss Piggy” and “Miss Housekeeping”": a second name in a list.
    while k >= 2 && matches!(ctx.w(k - 1), "and" | "or" | ",") && ctx.quoted[k - 2] {
        k -= 2;
        while k > 0 && ctx.quoted[k - 1] {
            k -= 1;
        }
    }
    if k == 0 || ctx.quoted[k - 1] {
        return false;
    }
    let active = |v: usize| {
        !(v > 0 && (PASSIVE.contains(&ctx.w(v - 1)) || ctx.w(v - 1) == "be"))
            && !(v > 1 && PASSIVE.contains(&ctx.w(v - 2)) && ctx.w(v - 1).ends_with("ly"))
    };
    if matches!(ctx.w(k - 1), "the" | "a" | "an") {
        k -= 1;
    }
    if k > 1 && ctx.w(k - 1) == "as" {
        // "referring to the city as the", within a few words of the verb
        let from = k.saturating_sub(10);
        return (from..k - 1)
            .rev()
            .take_while(|&j| !ctx.quoted[j])
            .any(|j| {
                CASTING_VERBS.contains(&ctx.w(j))
                    && active(j)
                    && !(j + 1 < k && matches!(ctx.w(j + 1), "as"))
            });
    }
    // "called the 2003 marathon champion “…”": a calling verb, then the one
    // named (one to four words), then the name; "has called a referendum —
    // “…”" calls nobody anything.
    let from = k.saturating_sub(6);
    (from..k)
        .rev()
        .take_while(|&j| !ctx.quoted[j] && ctx.is_word(j))
        .find(|&j| CALLING_VERBS.contains(&ctx.w(j)))
        .is_some_and(|j| active(j) && !(j > 0 && names_a_thing(ctx, j - 1)) && j + 1 < k)
}

/// Title case throughout and no sentence punctuation: "Meet the Press".
pub(super) fn looks_like_title(doc: &Document, q: &Quote) -> bool {
    let text = q.text(doc);
    let mut t = text.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    // US style puts a comma or period inside the marks: "Meet the Press,"
    if words.len() >= 2 {
        t = t.trim_end_matches([',', '.']);
    }
    if t.is_empty() || t.ends_with(['.', ',', '!', ';', ':', '…']) || q.parts.len() > 1 {
        return false;
    }
    if words.len() > 12 {
        return false;
    }
    words.first().is_some_and(|w| starts_upper(w))
        && words.iter().all(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            bare.is_empty()
                || SMALL_WORDS.contains(&bare)
                || bare
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        && !(words.len() == 1 && t.ends_with('?'))
}

/// One capitalised word where a programme goes: "on Harbour Radio’s
/// “Tidewatch,”". Elsewhere a one-word quote with its comma is more often
/// speech (“Absolutely,” she said), so only the position makes it a title.
pub(super) fn one_word_title(ctx: &Ctx, q: &Quote) -> bool {
    let text = q.text(ctx.doc);
    let word = text.trim().trim_end_matches([',', '.']);
    !word.is_empty()
        && !word.contains(char::is_whitespace)
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '’' || c == '\'')
        && starts_upper(word)
        && q.parts.len() == 1
        && in_title_position(ctx, q)
}

/// Whether the word before the opening mark puts a title-case quote where
/// a programme or publication goes: after a possessive ("MSNBC’s “Morning
/// Joe”"), "on" or "in", or "told" (the listener, not the words).
pub(super) fn in_title_position(ctx: &Ctx, q: &Quote) -> bool {
    let mut first = ctx.doc.word_at_or_after(q.range.start);
    // "starred in “Harbour Lights” and “The Quiet Coast,”":
    // the second of a list stands where the first does.
    while first >= 2 && matches!(ctx.w(first - 1), "and" | "or") && ctx.quoted[first - 2] {
        first -= 2;
        while first > 0 && ctx.quoted[first - 1] {
            first -= 1;
        }
    }
    if first == 0 || ctx.quoted[first - 1] || !ctx.is_word(first - 1) {
        return false;
    }
    let w = ctx.w(first - 1);
    matches!(w, "on" | "in" | "with" | "told" | "tells") || strip_possessive(w).1 && is_cap(w)
}

/// Whether the quote's cue sits right against it (`,” Ruiz said` or
/// `said: “…”`), which makes even a title-case quote somebody's words.
pub(super) fn cue_attached(doc: &Document, q: &Quote) -> bool {
    let Some(cue) = &q.cue else {
        return false;
    };
    // A comma introduction ("the new book, “Salt Road.”") leaves a title
    // a title.
    if cue.text == "," {
        return false;
    }
    // "talked about “Oppenheimer”": what someone talked about is the
    // topic, not their words.
    if cue.text.ends_with(" about") || cue.text.ends_with(" of") {
        return false;
    }
    if cue.range.start >= q.range.end {
        // "… equivalent of “The Harbour Hour.” She says …": a cue in the next
        // sentence is not attached, whatever the marks enclose.
        let same_sentence =
            doc.sentence_at(cue.range.start) == doc.sentence_at(q.range.end.saturating_sub(1));
        let between = &doc.prose[q.range.end..cue.range.start];
        // Only the speaker stands between: "“Meet the Press,” Ana Ruiz said"
        // is hers, "“Ana Ruiz” campaign pins, said" is not.
        let only_speaker = q.speaker.as_ref().is_none_or(|s| {
            between.split_whitespace().all(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                w.is_empty()
                    || doc
                        .text(s.mention.clone())
                        .split_whitespace()
                        .any(|m| m == w)
                    || is_title_word(w)
            })
        });
        same_sentence
            && only_speaker
            && between.split_whitespace().count() <= 3
            && !between.contains(['.', ';'])
    } else {
        let between = doc.prose[cue.range.end..q.range.start].trim();
        // "she had read “Salt Road” twice": a work read, not words read
        // out ("the sign read: “…”" keeps its colon).
        if matches!(cue.text.as_str(), "read" | "reads") && between.is_empty() {
            return false;
        }
        // "The mayor said simply: “No Comment.”", "Brandt told them:
        // “Welcome Home.”": a few words and a colon between the cue and a
        // whole sentence in marks still hand it the floor.
        let whole_sentence = doc
            .text(q.inner())
            .trim_end()
            .ends_with(['.', '!', '?', '…']);
        let colon_after_few = between.ends_with(':')
            && between.split_whitespace().count() <= 3
            && !between.contains(['.', ';', ',']);
        // "Ruiz told reporters, “Enough Is Enough.”", "she said in a
        // statement, “…”": a listener or a short phrase and a comma do
        // too, unless the phrase names a work ("praised the new book,
        // “Salt Road.”").
        let comma_after_few = between.strip_suffix(',').is_some_and(|b| {
            let words: Vec<&str> = b.split_whitespace().collect();
            (1..=3).contains(&words.len())
                && !b.contains(['.', ';', ',', ':'])
                && !words.iter().any(|w| {
                    let w = w.to_lowercase();
                    TITLE_NOUNS.contains(&w.as_str()) || WORK_ROLE_NOUNS.contains(&w.as_str())
                })
        });
        between.is_empty()
            || between == ":"
            || between == ","
            || ((colon_after_few || comma_after_few) && whole_sentence)
    }
}

/// Whether the first letter or digit of a text is a capital or a digit.
pub(super) fn starts_upper(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whole sentences in quotation marks, as opposed to a fragment.
pub(super) fn sentence_like(doc: &Document, q: &Quote) -> bool {
    let text = q.text(doc);
    let t = text.trim();
    let words = t.split_whitespace().count();
    let ends = t
        .trim_end_matches(['’', '\'', '”', '"'])
        .ends_with(['.', '!', '?', ',', '…', '—', '-']);
    // "“… they simply carry on with their bluffing”": an excerpt that opens
    // with an ellipsis starts mid-sentence.
    let elided = t
        .trim_start_matches(['“', '"', '‘', '\'', ' '])
        .starts_with(['…', '.']);
    (starts_upper(t) || elided)
        && (words >= 3 && (ends || words >= 7 || q.parts.len() > 1) || stands_alone(doc, q))
}

/// A quote that is a sentence of its own, closed inside the marks:
/// `“Bodies everywhere.”` after `“There was carnage,” he said.` Nobody
/// writes a title or a scare quote as a sentence by itself.
pub(super) fn stands_alone(doc: &Document, q: &Quote) -> bool {
    if !doc
        .text(q.inner())
        .trim_end()
        .ends_with(['.', '!', '?', '…'])
    {
        return false;
    }
    doc.sentence_at(q.range.start)
        .is_some_and(|si| doc.sentences[si] == q.range)
}

/// "a loud chant of “Save our ferry!”", "the chant “Lock her up!”", "an
/// note with the subject line “Tide tables inside!”": the word for a
/// crowd's cry, or for a line somebody wrote, right before the quote. The
/// words are the sentence subject's; returns the noun's index.
pub(super) fn subject_words_before(ctx: &Ctx, q: &Quote) -> Option<usize> {
    let mut k = ctx.doc.word_at_or_after(q.range.start);
    if k > 0 && matches!(ctx.w(k - 1), "of" | ",") {
        k -= 1;
    }
    let noun = k.checked_sub(1)?;
    let line =
        ctx.w(noun) == "line" && noun > 0 && matches!(ctx.w(noun - 1), "subject" | "the" | "a");
    (!ctx.quoted[noun]
        && (line
            || matches!(
                ctx.w(noun),
                "chant" | "chants" | "chorus" | "cries" | "cry" | "shouts" | "refrain"
            )))
    .then_some(noun)
}

/// "the crowd loudly reprised the chant", "fans broke into the familiar
/// chant", "supporters took up the cry": the people right before the verb
/// whose object is the chant noun at word `noun`.
pub(super) fn chanters_before(ctx: &Ctx, noun: usize) -> Option<Speaker> {
    let floor = noun.saturating_sub(10);
    let mut k = noun;
    // the chant's article and describing words
    while k > floor + 1 {
        let t = ctx.w(k - 1);
        if ctx.quoted[k - 1]
            || !ctx.is_word(k - 1)
            || !t.chars().all(|c| c.is_lowercase() || c == '-')
            || ctx.verb_like(k - 1)
            || PREPOSITIONS.contains(&t)
        {
            break;
        }
        k -= 1;
    }
    // a particle, then the verb
    if k > floor + 1 && matches!(ctx.w(k - 1), "into" | "up") {
        k -= 1;
    }
    if k <= floor + 1 || !ctx.verb_like(k - 1) {
        return None;
    }
    k -= 1;
    // adverbs between subject and verb
    while k > floor + 1 {
        let t = ctx.w(k - 1);
        if (t.len() > 4 && t.ends_with("ly")) || matches!(t, "then" | "again" | "also" | "soon") {
            k -= 1;
        } else {
            break;
        }
    }
    let s = noun_phrase_ending_at(ctx, k - 1, floor)?;
    let head = ctx
        .doc
        .text(s.mention.clone())
        .split_whitespace()
        .last()?
        .to_lowercase();
    (s_plural_shaped(&head) || matches!(head.as_str(), "crowd" | "audience" | "fans" | "people"))
        .then_some(s)
}

/// Who leads the chant or wrote the line whose noun is word `noun`: the
/// sentence's subject, unless it only heard the words ("The team was met
/// with chants of …").
pub(super) fn chant_leader(ctx: &Ctx, q: &Quote, noun: usize) -> Option<Speaker> {
    let first = ctx.doc.word_at_or_after(q.range.start);
    let words = near_words(ctx.doc, q, first, first);
    let passive = (words.start..noun).any(|k| {
        PASSIVE.contains(&ctx.w(k))
            && k + 1 < noun
            && (ctx.w(k + 1).ends_with("ed") || IRREGULAR_PAST.contains(&ctx.w(k + 1)))
    });
    if passive {
        return None;
    }
    // "their chants of “…”", "Webb's line": the owner leads it.
    if let Some(owner) = noun
        .checked_sub(1)
        .and_then(|k| possessive_owner_speaker(ctx, k))
    {
        return Some(owner);
    }
    sentence_subject(ctx, words.start, noun).filter(|s| !s.vague)
}

/// "Romney’s phrase “self-deportation”", "his use of the term “Palestine”",
/// "using the term “reset”", "a star bearing the words “…”": a word or a
/// phrase someone owns or uses is that person's words, not a term nobody
/// said. Word `k` is the noun ("phrase", "term", "words").
fn owned_wording(ctx: &Ctx, k: usize) -> bool {
    if !matches!(
        ctx.w(k),
        "word" | "words" | "term" | "terms" | "phrase" | "expression" | "catchphrase"
    ) {
        return false;
    }
    (k.saturating_sub(3)..k).rev().any(|j| {
        let t = ctx.w(j);
        !ctx.quoted[j]
            && (matches!(t, "his" | "her" | "their" | "my" | "our")
                || (strip_possessive(t).1 && is_cap(t))
                || matches!(
                    t,
                    "using"
                        | "used"
                        | "uses"
                        | "use"
                        | "coined"
                        | "coins"
                        | "bearing"
                        | "invoked"
                        | "repeated"
                        | "whose"
                ))
    })
}
