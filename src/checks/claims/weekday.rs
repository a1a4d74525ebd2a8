//! A weekday beside a date it does not fall on.

use super::*;

fn month_index(s: &str) -> Option<u32> {
    let s = s.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|m| {
            *m == s || (s.len() >= 3 && m.starts_with(s) && (s.len() == 3 || s == "Sept"))
        })
        .map(|i| i as u32 + 1)
}

pub(super) fn weekdays(ctx: &Ctx, reference: Reference, out: &mut Vec<Finding>) {
    let text = &ctx.doc.prose;
    // Both claim patterns begin with a weekday's name, spelt as here, and
    // need a date after it; "on Tuesday to" spares compiling them.
    let beside = weekdays_beside_dates(text);
    if beside.is_empty() && !may_hold_weekday_date(text) && !may_hold_short_weekday_date(ctx.doc) {
        return;
    }
    // A year from another full date in the draft, looked for only when a
    // weekday's date has no year of its own.
    let find_draft_year = || full_date_year(text);
    let mut draft_year: Option<Option<(i32, usize)>> = None;
    let mut seen = Vec::new();
    // Claims no year could be given: (range, weekday, month, day).
    let mut yearless: Vec<(Range<usize>, String, u32, u32)> = Vec::new();
    let claims = super::scan::weekday_month_day(text)
        .filter_map(|c| {
            Some((
                c.get(0)?.range(),
                full_weekday(&c[1]).to_string(),
                month_index(&c[2])?,
                c[3].parse::<u32>().ok()?,
                c.get(4).and_then(|y| y.as_str().parse::<i32>().ok()),
            ))
        })
        .chain(super::scan::weekday_day_month(text).filter_map(|c| {
            Some((
                c.get(0)?.range(),
                full_weekday(&c[1]).to_string(),
                month_index(&c[3])?,
                c[2].parse::<u32>().ok()?,
                c.get(4).and_then(|y| y.as_str().parse::<i32>().ok()),
            ))
        }))
        .chain(beside);
    for (range, weekday, month, day, year) in claims {
        if seen.contains(&range.start) {
            continue;
        }
        seen.push(range.start);
        // "Sunday, 27 February 1500 GMT": a time, not a year.
        let year = year.filter(|y| (1800..=2200).contains(y) && !is_clock_time(&text[range.end..]));
        let (year, source) = match year {
            Some(y) => (y, String::new()),
            // No year in the draft and none configured: no year is assumed.
            // Today's year is wrong for any draft about another year (an
            // archive, a story filed in December about "Friday, 3 January"),
            // and a weekday beside a date without a year is then no claim
            // the draft makes checkable.
            None => match (
                *draft_year.get_or_insert_with(find_draft_year),
                reference.configured,
            ) {
                (Some((y, at)), _) => (
                    y,
                    format!(
                        " (taking the year {y} from the date at line {})",
                        ctx.line(at)
                    ),
                ),
                (None, Some(d)) => {
                    let y = nearest_year(d, month, day);
                    (y, format!(" (taking the year {y} as the nearest to the date given by --date or copydesk.toml)"))
                }
                // The years its own paragraph names ("in 2005", "in March
                // 2004"): the date may fall in any of them, so the weekday
                // is wrong only where it is wrong in every one. Not the
                // draft's other paragraphs: a plan "in early 2005" says
                // nothing of the year of a launch three paragraphs on.
                (None, None) => {
                    let Some(para) = ctx.doc.paragraph_at(range.start) else {
                        continue;
                    };
                    let span = ctx.doc.paragraphs[para].range.clone();
                    let years = stated_years_of(&text[span.clone()]);
                    let Some(&(first, at)) = years.first() else {
                        // No year in its paragraph: the years around those
                        // the draft names anywhere, and the draft's other
                        // weekdays, are read after every claim.
                        yearless.push((range, weekday, month, day));
                        continue;
                    };
                    let at = span.start + at;
                    let wrong_in_every = years.iter().all(|&(y, _)| {
                        Date::new(y, month, day).is_some_and(|d| d.weekday_name() != weekday)
                    });
                    if !wrong_in_every {
                        continue;
                    }
                    if years.len() > 1 {
                        let names: Vec<String> = years.iter().map(|(y, _)| y.to_string()).collect();
                        out.push(Finding::new(
                            "conflicting-weekday",
                            ctx.doc.to_source(range.clone()),
                            format!(
                                "{} {day} is not a {weekday} in {}, the years its paragraph names: check the day and the date",
                                MONTHS[(month - 1) as usize],
                                join_or(&names)
                            ),
                        ));
                        continue;
                    }
                    (
                        first,
                        format!(
                            " (taking the year {first} its paragraph names at line {})",
                            ctx.line(at)
                        ),
                    )
                }
            },
        };
        let Some(date) = Date::new(year, month, day) else {
            out.push(Finding::new(
                "conflicting-weekday",
                ctx.doc.to_source(range.clone()),
                format!(
                    "{} {day}, {year} does not exist{source}: check the date",
                    MONTHS[(month - 1) as usize]
                ),
            ));
            continue;
        };
        let actual = date.weekday_name();
        if actual != weekday {
            out.push(Finding::new(
                "conflicting-weekday",
                ctx.doc.to_source(range.clone()),
                format!(
                    "{date} is a {actual}, not a {weekday}{source}: check the day and the date"
                ),
            ));
        }
    }
    if !yearless.is_empty() {
        yearless_claims(ctx, &yearless, out);
    }
}

/// The most years apart the years a draft names may be for them to say
/// which year the draft is in ("2004" and "2005" may; "1990" and "2004"
/// leave the story's year open).
const NAMED_YEARS_SPAN: i32 = 2;

/// Weekdays beside dates with no year in their paragraph, no full date in
/// the draft and no writing date configured. Each is read two ways:
///
/// - against the years around those the draft names anywhere, when they
///   lie within two years of each other: a story is written in or next to
///   the years it names ("analysts expect a launch in early 2005" in a
///   story of 2004), so a weekday wrong in each of those years, the year
///   before and the year after, is wrong in the story's year. A draft
///   naming years further apart ("founded in 1990 … in 2004") may be of
///   any of them or of none, and says nothing here;
/// - against each other: "Monday 3 June" and "Thursday 14 June" cannot
///   both hold in any year, nor "Friday 27 December" and "Friday 3
///   January" in two years that follow each other. Only dates within three
///   months of each other are compared: further apart, they may fall in
///   years the draft does not say are one.
fn yearless_claims(ctx: &Ctx, claims: &[(Range<usize>, String, u32, u32)], out: &mut Vec<Finding>) {
    let mut reported: Vec<usize> = Vec::new();
    if let Some((stated, around)) = years_around_stated(&ctx.doc.prose) {
        for (n, (range, weekday, month, day)) in claims.iter().enumerate() {
            let wrong_in_every = around
                .iter()
                .all(|&y| Date::new(y, *month, *day).is_none_or(|d| d.weekday_name() != weekday));
            if !wrong_in_every {
                continue;
            }
            reported.push(n);
            let names: Vec<String> = stated.iter().map(i32::to_string).collect();
            let years = if names.len() == 1 {
                format!(
                    "the year the draft names, {}, or the years either side",
                    names[0]
                )
            } else {
                format!(
                    "the years the draft names, {}, or the years either side of them",
                    join_or(&names).replace(" or ", " and ")
                )
            };
            out.push(Finding::new(
                "conflicting-weekday",
                ctx.doc.to_source(range.clone()),
                format!(
                    "{} {day} is not a {weekday} in {years}: check the day and the date",
                    MONTHS[(month - 1) as usize],
                ),
            ));
        }
    }
    // "The last election was on Thursday 5 May; the next is on Thursday 7
    // May": a sentence that speaks of another occasion or another year
    // may date it in a year of its own.
    let other_occasion = |at: usize| {
        ctx.doc
            .sentence_at(at)
            .map(|si| ctx.doc.text(ctx.doc.sentences[si].clone()))
            .is_none_or(|sentence| {
                sentence.split(|c: char| !c.is_alphabetic()).any(|w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "last"
                            | "next"
                            | "previous"
                            | "prior"
                            | "following"
                            | "ago"
                            | "anniversary"
                            | "annual"
                            | "annually"
                            | "year"
                            | "years"
                            | "again"
                            | "earlier"
                            | "later"
                            | "since"
                            | "every"
                    )
                })
            })
    };
    for (n, (range, weekday, month, day)) in claims.iter().enumerate() {
        if reported.contains(&n) || other_occasion(range.start) {
            continue;
        }
        let clash = claims[..n]
            .iter()
            .enumerate()
            .filter(|(e, (at, ..))| !reported.contains(e) && !other_occasion(at.start))
            .find(|(_, (_, w, m, d))| {
                (*m, *d) != (*month, *day)
                    && !crate::calendar::weekdays_can_hold(
                        (weekday_index(w), *m, *d),
                        (weekday_index(weekday), *month, *day),
                    )
            });
        let Some((_, (at, w, m, d))) = clash else {
            continue;
        };
        reported.push(n);
        out.push(ctx.conflict(
            "conflicting-weekday",
            range.clone(),
            at.clone(),
            format!(
                "{weekday} {} {day} and {w} {} {d} (line {}) cannot both be right in one year or two years running: check the days and the dates",
                MONTHS[(month - 1) as usize],
                MONTHS[(m - 1) as usize],
                ctx.line(at.start),
            ),
        ));
    }
}

fn weekday_index(name: &str) -> usize {
    WEEKDAYS.iter().position(|w| *w == name).unwrap_or(0)
}

/// Every distinct number a draft may mean as a year, in order: four digits
/// from 1900 to 2100 standing alone ("in 2004", "the 2004 final", "Fifa
/// 2005"), not part of a longer number, money or a time of day. Read
/// generously on purpose: a year too many only widens the years a weekday
/// may be right in.
fn named_years(text: &str) -> Vec<i32> {
    let bytes = text.as_bytes();
    let mut years: Vec<i32> = Vec::new();
    let mut at = 0;
    while let Some(found) = text[at..].find(|c: char| c.is_ascii_digit()) {
        let start = at + found;
        let end = start
            + bytes[start..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        at = end;
        if end - start != 4
            || start > 0 && matches!(bytes[start - 1], b'.' | b',' | b'$' | b'#')
            || text[..start].ends_with('£')
            || text[..start].ends_with('€')
            || bytes
                .get(end)
                .is_some_and(|b| b.is_ascii_alphanumeric() && *b != b's' || *b == b'_')
            || matches!(bytes.get(end..end + 2), Some([b',' | b'.', b'0'..=b'9']))
            || is_clock_time(&text[end..])
        {
            continue;
        }
        let Ok(year) = text[start..end].parse::<i32>() else {
            continue;
        };
        if (1900..=2100).contains(&year) && !years.contains(&year) {
            years.push(year);
        }
    }
    years
}

/// The year of the draft's first full date ("March 3, 2004") and where
/// that date stands.
fn full_date_year(text: &str) -> Option<(i32, usize)> {
    super::scan::full_dates(text).find_map(|c| {
        let (month, year) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
            (Some(m), Some(y), _, _) => (m.as_str(), y.as_str()),
            (_, _, Some(m), Some(y)) => (m.as_str(), y.as_str()),
            _ => return None,
        };
        month_index(month)?;
        let end = c.get(0).map_or(0, |m| m.end());
        let y = year
            .parse::<i32>()
            .ok()
            .filter(|y| (1800..=2200).contains(y))?;
        (!is_clock_time(&text[end..])).then_some((y, c.get(0).map_or(0, |m| m.start())))
    })
}

/// The years a date without one may fall in, read from the draft alone:
/// the year of a full date it gives, or else the years around those it
/// dates things in when they lie close together (see [`yearless_claims`]).
/// Empty when the draft does not say.
pub(super) fn story_years(text: &str) -> Vec<i32> {
    if let Some((y, _)) = full_date_year(text) {
        return vec![y];
    }
    years_around_stated(text).map_or_else(Vec::new, |(_, around)| around)
}

/// The years the draft dates things in, and those years with the year
/// before and after, when every number in the draft that may be a year
/// lies within [`NAMED_YEARS_SPAN`] of the others.
fn years_around_stated(text: &str) -> Option<(Vec<i32>, Vec<i32>)> {
    // The years the draft dates things in ("in 2004", "March 2004"): the
    // story's year is near one of them. Every other number that may be a
    // year ("by 2010", "the 1990 final") can only show the draft spans too
    // long a time to say.
    let stated: Vec<i32> = stated_years_of(text).into_iter().map(|(y, _)| y).collect();
    let named = named_years(text);
    let all = named.iter().chain(&stated);
    let spread = all.clone().max().zip(all.min()).map_or(0, |(a, b)| a - b);
    let (&first, &last) = stated.iter().min().zip(stated.iter().max())?;
    (spread <= NAMED_YEARS_SPAN).then(|| (stated.clone(), (first - 1..=last + 1).collect()))
}

/// "2004 or 2005", "2003, 2004 or 2005".
fn join_or(names: &[String]) -> String {
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => names.concat(),
    }
}

/// The years a draft names as years, each once, in order of first
/// mention with where it stands: four digits from 1900 to 2100 after a
/// word that dates ("in 2005", "since 2004", "early 2003", "March 2004",
/// "the year 2001"). Not after "by", "until" or "to", which name
/// deadlines and targets more often than the story's own year, and not
/// a count ("2005 people") or money ("£2005").
fn stated_years_of(text: &str) -> Vec<(i32, usize)> {
    const DATING: [&str; 9] = [
        "in", "of", "during", "early", "late", "mid", "end", "year", "season",
    ];
    let bytes = text.as_bytes();
    let mut years: Vec<(i32, usize)> = Vec::new();
    let mut last_end: Option<usize> = None;
    let mut at = 0;
    while let Some(found) = text[at..].find(|c: char| c.is_ascii_digit()) {
        let start = at + found;
        let end = start
            + bytes[start..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        at = end;
        if end - start != 4
            || (start > 0 && matches!(bytes[start - 1], b'.' | b',' | b'_' | b'-' | b'/'))
            || bytes
                .get(end)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
            || is_clock_time(&text[end..])
        {
            continue;
        }
        let Ok(year) = text[start..end].parse::<i32>() else {
            continue;
        };
        if !(1900..=2100).contains(&year) {
            continue;
        }
        let before = text[..start].trim_end_matches([' ', '\u{a0}']);
        if before.len() == text[..start].len() {
            // "mid-2004": a hyphen was turned away above; no space, no word.
            continue;
        }
        let word = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let dating = DATING.iter().any(|d| word.eq_ignore_ascii_case(d))
            || month_index(word).is_some() && word.starts_with(char::is_uppercase)
            // "in 2004 and 2005": a year joined to a year just named.
            || matches!(word, "and" | "or")
                && last_end.is_some_and(|e| {
                    before[..before.len() - word.len()].trim_end().len() == e
                });
        last_end = None;
        if dating {
            if !years.iter().any(|&(y, _)| y == year) {
                years.push((year, start));
            }
            last_end = Some(end);
        }
    }
    years
}

/// Whether a weekday's name stands before what either claim pattern needs
/// next: after an optional comma, one or more spaces (`\s+`), then a
/// capital (the month of "Tuesday, March 3") or "the" or a digit of any
/// script (the day of "Tuesday 3 March", "Tuesday the 3rd of March").
/// Wider than the patterns, never narrower, so a draft it turns away has
/// no weekday claim.
fn may_hold_weekday_date(text: &str) -> bool {
    // Every weekday's name ends in "day": the text is searched once for
    // that, not once a name.
    text.match_indices("day").any(|(d, _)| {
        WEEKDAYS.iter().any(|day| {
            let Some(at) = (d + 3).checked_sub(day.len()) else {
                return false;
            };
            if text.get(at..d + 3) != Some(day) {
                return false;
            }
            date_may_follow(&text[at + day.len()..])
        })
    })
}

/// Whether a short weekday name ("Tues", "Thu.") stands before what a
/// date needs next. Read from the draft's words, which are already split,
/// rather than by a search of every character of the text.
fn may_hold_short_weekday_date(doc: &Document) -> bool {
    let text = &doc.prose;
    let bytes = text.as_bytes();
    doc.words.iter().filter(|w| w.is_word).any(|w| {
        // Where a short name can start inside the word: its start, or
        // after a joiner ("Jan.Thu."), as a word boundary would allow.
        (w.range.start..w.range.end.saturating_sub(2)).any(|at| {
            matches!(bytes[at], b'M' | b'T' | b'W' | b'F' | b'S')
                && (at == w.range.start || !bytes[at - 1].is_ascii_alphanumeric())
                && super::scan::WEEKDAY_ABBREVIATIONS.iter().any(|short| {
                    text[at..].starts_with(short) && {
                        let after = &text[at + short.len()..];
                        date_may_follow(after.strip_prefix('.').unwrap_or(after))
                    }
                })
        })
    })
}

/// A weekday said of a date: where, the weekday, the month, the day and
/// the year if one is given.
type WeekdayClaim = (Range<usize>, String, u32, u32, Option<i32>);

/// A weekday and a date joined by punctuation rather than standing side by
/// side: the date in brackets after the weekday ("Saturday (17 April
/// 2005)", "Sunday (May 3)"), or the weekday in apposition after the date
/// ("11 January 2005, a Monday", "on March 3 (a Sunday)", "on 4 June,
/// which was a Friday", "9 May 2021 (Sunday)"). Each as (range, weekday,
/// month, day, year).
///
/// The apposition needs the weekday to end its phrase (a comma, a stop, a
/// bracket, a dash or the text's end next): "on 3 March, a Sunday
/// newspaper reported" names no day.
fn weekdays_beside_dates(text: &str) -> Vec<WeekdayClaim> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for (d, _) in text.match_indices("day") {
        let end = d + 3;
        let Some(name) = WEEKDAYS.iter().find(|w| {
            (end)
                .checked_sub(w.len())
                .is_some_and(|at| text.get(at..end) == Some(**w))
        }) else {
            continue;
        };
        let at = end - name.len();
        if at > 0 && bytes[at - 1].is_ascii_alphanumeric()
            || bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric())
        {
            continue;
        }
        // "Saturday (17 April 2005)"
        let after = &text[end..];
        let spaced = after.strip_prefix(',').unwrap_or(after);
        let open = spaced.trim_start_matches([' ', '\u{a0}']);
        if open.len() < spaced.len() {
            if let Some(inside) = open.strip_prefix('(') {
                if let Some((len, month, day, year)) = date_at(inside) {
                    if inside[len..].starts_with([')', ',']) {
                        let stop = text.len() - inside.len() + len;
                        found.push((at..stop, name.to_string(), month, day, year));
                        continue;
                    }
                }
            }
        }
        // "11 January 2005, a Monday"
        let ends_phrase = after.is_empty()
            || after.starts_with([',', '.', ';', ':', ')'])
            || after
                .trim_start_matches([' ', '\u{a0}'])
                .starts_with(['\u{2013}', '\u{2014}'])
            || after.starts_with(" when ");
        // "11 January 2005 (Monday)": the weekday alone in brackets.
        if after.starts_with(')') && text[..at].ends_with('(') {
            let head = text[..at - 1].trim_end_matches([' ', '\u{a0}']);
            if let Some((start, month, day, year)) = date_ending_at(head) {
                found.push((start..end + 1, name.to_string(), month, day, year));
            }
            continue;
        }
        let Some(head) = text[..at].strip_suffix("a ") else {
            continue;
        };
        if !ends_phrase || head.ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let mut head = head.trim_end_matches([' ', '\u{a0}']);
        for link in [
            "which was",
            "which is",
            "which falls on",
            "which fell on",
            "that is",
        ] {
            if let Some(h) = head.strip_suffix(link) {
                head = h.trim_end_matches([' ', '\u{a0}']);
                break;
            }
        }
        let Some(head) = head.strip_suffix([',', '(', '\u{2013}', '\u{2014}']) else {
            continue;
        };
        let head = head.trim_end_matches([' ', '\u{a0}']);
        if let Some((start, month, day, year)) = date_ending_at(head) {
            found.push((start..end, name.to_string(), month, day, year));
        }
    }
    found
}

/// A date at the start of `s`: "17 April 2005", "17th of April", "April
/// 17, 2005", "Jan. 12": its length, month, day and year if one is given.
fn date_at(s: &str) -> Option<(usize, u32, u32, Option<i32>)> {
    let b = s.as_bytes();
    let spaces = |from: usize| {
        let rest = &s[from..];
        from + rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len()
    };
    let day = |from: usize| -> Option<(usize, u32)> {
        let n = b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=2).contains(&n) {
            return None;
        }
        let value = s[from..from + n]
            .parse()
            .ok()
            .filter(|d| (1..=31).contains(d))?;
        let mut e = from + n;
        if let Some(suffix) = ["st", "nd", "rd", "th"]
            .iter()
            .find(|x| s[e..].starts_with(*x))
        {
            e += suffix.len();
        }
        (!b.get(e).is_some_and(|c| c.is_ascii_alphanumeric())).then_some((e, value))
    };
    let month = |from: usize| -> Option<(usize, u32)> {
        let n = s[from..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(s.len() - from);
        let word = &s[from..from + n];
        if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let index = month_index(word)?;
        let short = !MONTHS.contains(&word);
        Some((
            from + n + usize::from(short && s[from + n..].starts_with('.')),
            index,
        ))
    };
    let year = |from: usize| -> Option<(usize, i32)> {
        let comma = from + usize::from(s[from..].starts_with(','));
        let y = spaces(comma);
        if y == comma || b.len() < y + 4 || !b[y..y + 4].iter().all(u8::is_ascii_digit) {
            return None;
        }
        if b.get(y + 4).is_some_and(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        let value = s[y..y + 4]
            .parse()
            .ok()
            .filter(|v| (1800..=2200).contains(v))?;
        Some((y + 4, value))
    };
    let (end, month, day) = if let Some((e, d)) = day(0) {
        let m = spaces(e);
        if m == e {
            return None;
        }
        let m = s[m..]
            .strip_prefix("of ")
            .map_or(m, |r| spaces(s.len() - r.len()));
        let (e, month) = month(m)?;
        (e, month, d)
    } else {
        let (e, month) = month(0)?;
        let d = spaces(e);
        if d == e {
            return None;
        }
        let (e, d) = day(d)?;
        (e, month, d)
    };
    match year(end) {
        Some((e, y)) => Some((e, month, day, Some(y))),
        None => Some((end, month, day, None)),
    }
}

/// The date that ends `head` exactly, read by [`date_at`] from the start
/// of one of its last words: where it starts, its month, day and year.
fn date_ending_at(head: &str) -> Option<(usize, u32, u32, Option<i32>)> {
    let bytes = head.as_bytes();
    let mut from = head.len().saturating_sub(32);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    (from..head.len())
        .filter(|&i| {
            (bytes[i].is_ascii_digit() || bytes[i].is_ascii_uppercase())
                && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric() && bytes[i - 1] != b'.')
        })
        .find_map(|i| {
            let (len, month, day, year) = date_at(&head[i..])?;
            (i + len == head.len()).then_some((i, month, day, year))
        })
}

/// The weekday a full or short name stands for ("Tues." is "Tuesday").
fn full_weekday(name: &str) -> &'static str {
    WEEKDAYS
        .iter()
        .find(|w| w.get(..2) == name.get(..2))
        .copied()
        .unwrap_or("")
}

/// Whether the text after a weekday's name can open a date: a space (after
/// an optional comma), then a capital, a digit or "the ".
fn date_may_follow(after: &str) -> bool {
    let after = after.strip_prefix(',').unwrap_or(after);
    let next = after.trim_start_matches(char::is_whitespace);
    next.len() < after.len()
        && (next
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_uppercase() || c.is_numeric())
            || next
                .strip_prefix("the")
                .is_some_and(|t| t.starts_with(char::is_whitespace)))
}

/// Whether the text after a four-digit number makes it a time of day.
fn is_clock_time(rest: &str) -> bool {
    let rest = rest.trim_start();
    [
        "GMT", "BST", "UTC", "CET", "EST", "ET", "PT", "hours", "hrs", "local",
    ]
    .iter()
    .any(|z| rest.starts_with(z))
}

/// The year that puts month/day nearest to a reference date: a draft
/// written in late November about "Tuesday, January 6" means next January.
fn nearest_year(reference: Date, month: u32, day: u32) -> i32 {
    let base = reference.days_since_epoch();
    [reference.year - 1, reference.year, reference.year + 1]
        .into_iter()
        .filter_map(|y| Date::new(y, month, day))
        .min_by_key(|d| (d.days_since_epoch() - base).abs())
        .map_or(reference.year, |d| d.year)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::codes;
    use super::{date_may_follow, may_hold_short_weekday_date, may_hold_weekday_date};

    /// The weekday findings on a draft of `src` under a headline, checked
    /// on `today` with `configured` as the writing date.
    fn weekday_findings(
        src: &str,
        today: Option<crate::calendar::Date>,
        configured: Option<crate::calendar::Date>,
    ) -> usize {
        let config = crate::Config {
            today,
            date: configured,
            ..crate::Config::default()
        };
        crate::analyze(&format!("Headline\n\n{src}"), crate::Format::Plain, &config)
            .findings
            .iter()
            .filter(|f| f.code == "conflicting-weekday")
            .count()
    }

    /// Findings for a draft with no configured date, read on 6 December 2026.
    fn weekday(src: &str) -> usize {
        weekday_findings(src, crate::calendar::Date::new(2026, 12, 6), None)
    }

    /// Searching once for "day" answers as searching for each name did.
    #[test]
    fn the_guard_answers_as_searching_each_name_did() {
        use crate::calendar::WEEKDAYS;
        let by_name = |text: &str| {
            WEEKDAYS.iter().any(|day| {
                text.match_indices(day)
                    .any(|(at, _)| date_may_follow(&text[at + day.len()..]))
            })
        };
        const PIECES: &[&str] = &[
            "Monday", "Tuesday", "Wednes", "day", "Sun", "Satur", "days", "today", ",", " ",
            "\u{a0}", "the", "the ", "March", "3", "٣", "x", "é", "Friday", "Tues", "Thu", ".",
            "Weds", "M", "Mo", "n",
        ];
        let mut state = 5u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut yes = 0;
        for _ in 0..50_000 {
            let text: String = (0..next() % 8)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            let want = by_name(&text);
            yes += usize::from(want);
            assert_eq!(may_hold_weekday_date(&text), want, "{text:?}");
        }
        assert!(yes > 500, "{yes}");
    }

    #[test]
    fn a_weekday_without_a_date_is_passed_over_before_compiling() {
        for with_date in [
            "on Monday, July 1, 2025.",
            "Friday 16 May 2026",
            "Sunday the 3rd of May",
            "Tuesday,\u{a0}March 3",
            "Saturday \u{0967}\u{0966} May",
            "Monday\n\nJune 2",
        ] {
            assert!(may_hold_weekday_date(with_date), "{with_date}");
        }
        for without in [
            "voted on Tuesday to close the pier",
            "Tuesday's vote",
            "on Monday, officials said",
            "Friday.",
            "Sunday",
            "Mondays are slow",
        ] {
            assert!(!may_hold_weekday_date(without), "{without}");
        }
    }

    /// Every string the two patterns match passes the test first.
    #[test]
    fn the_test_is_never_narrower_than_the_patterns() {
        let month_first = regex::Regex::new(r"(?-u:\b)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\.?),?\s+([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(\d{4})(?-u:\b))?").unwrap();
        let day_first = regex::Regex::new(r"(?-u:\b)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\.?),?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]{2,8}\.?)(?-u:\b)(?:,?\s+(\d{4})(?-u:\b))?").unwrap();
        let pieces = [
            "Monday", "Sunday", "Friday, ", "Monday ", "the ", ",", " ", "\u{a0}", "\n", "the",
            "Tues", "Thu.", "Sat", "Weds", "of", "March", "Jan.", "x", "3", "\u{0663}", "16", "th",
            "2025", "May", "to", "T",
        ];
        let mut state = 5u64;
        let mut matched = 0;
        for _ in 0..100_000 {
            let mut s = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut bits = state;
            for _ in 0..8 {
                s.push_str(pieces[(bits % pieces.len() as u64) as usize]);
                bits /= pieces.len() as u64;
            }
            if month_first.is_match(&s) || day_first.is_match(&s) {
                matched += 1;
                let doc = crate::document::Document::parse(&s, crate::Format::Plain);
                let prose_matches =
                    month_first.is_match(&doc.prose) || day_first.is_match(&doc.prose);
                assert!(
                    !prose_matches
                        || may_hold_weekday_date(&doc.prose)
                        || may_hold_short_weekday_date(&doc),
                    "{s:?}"
                );
            }
        }
        assert!(matched > 100, "{matched}");
    }

    #[test]
    fn weekdays() {
        let c = codes("Headline\n\nThe law takes effect on Monday, July 1, 2025.");
        assert_eq!(c.len(), 1);
        assert!(codes("Headline\n\nThe law takes effect on Tuesday, July 1, 2025. The replay is Saturday 16 May 2026.").is_empty());
        assert_eq!(
            codes("Headline\n\nThe replay is Friday 16 May 2026.").len(),
            1
        );
    }

    /// A weekday joined to its date by a bracket or an apposition: 14
    /// March 2023 was a Tuesday, 9 September 2023 a Saturday, 10 September
    /// 2023 a Sunday, 6 June 2022 and 2 May 2022 Mondays.
    #[test]
    fn a_weekday_in_brackets_or_apposition_beside_its_date() {
        for (src, wrong) in [
            ("The hearing opened on 14 March 2023, a Monday.", 1),
            ("The hearing opened on 14 March 2023, a Tuesday.", 0),
            ("The ferry sails on Friday (9 September 2023) from the north pier.", 1),
            ("The ferry sails on Saturday (9 September 2023) from the north pier.", 0),
            ("Voting closes Monday (Sept. 10, 2023), officials said.", 1),
            ("Voting closes Sunday (Sept. 10, 2023), officials said.", 0),
            ("The mill shut on June 6, 2022 (a Tuesday) after the flood.", 1),
            ("The mill shut on June 6, 2022 (a Monday) after the flood.", 0),
            ("Talks resumed on the 2nd of May 2022, which was a Sunday.", 1),
            ("Talks resumed on the 2nd of May 2022, which was a Monday.", 0),
            ("The pier reopened on 14 March 2023 \u{2013} a Wednesday \u{2013} to crowds.", 1),
            ("Entries close on 9 September 2023 (Friday) at midnight.", 1),
            ("Entries close on 9 September 2023 (Saturday) at midnight.", 0),
            // a date without a year: the year stated elsewhere in the draft
            (
                "The market opened in March 2023. Its first auction was held on 14 March, a Thursday.",
                1,
            ),
            (
                "The market opened in March 2023. Its first auction was held on 14 March, a Tuesday.",
                0,
            ),
            // look-alikes: the weekday does not end its phrase, or no date
            ("On 3 March 2023, a Sunday newspaper ran the story.", 0),
            ("On 12 May 2023, a Monday-to-Friday timetable began.", 0),
            ("The store opens Saturday (the 9th) at noon.", 0),
            ("The store opens Saturday (and again on 9 September 2023).", 0),
            ("Between 1 and 14 March 2023, a Monday rarely passed without a protest.", 0),
        ] {
            assert_eq!(weekday(src), wrong, "{src}");
        }
    }

    #[test]
    fn a_date_without_a_year_takes_the_draft_s_year_or_none() {
        use crate::calendar::Date;
        let weekday = weekday_findings;
        let today = Date::new(2026, 12, 6);
        // 12 December is a Saturday in 2026, a Sunday in 2004: an archive
        // story checked today is not given today's year.
        assert_eq!(
            weekday("The vote is on Sunday, 12 December.", today, None),
            0
        );
        assert_eq!(
            weekday("The vote is on Saturday, 12 December.", today, None),
            0
        );
        // a year the draft states elsewhere
        assert_eq!(
            weekday(
                "On Monday, March 1, 2004, the count began. The vote is on Saturday, 12 December.",
                today,
                None
            ),
            1
        );
        assert_eq!(
            weekday(
                "On Monday, March 1, 2004, the count began. The vote is on Sunday, 12 December.",
                today,
                None
            ),
            0
        );
        // the writing date given by --date or copydesk.toml
        assert_eq!(
            weekday(
                "The vote is on Sunday, 12 December.",
                today,
                Date::new(2026, 12, 1)
            ),
            1
        );
    }

    #[test]
    fn a_short_weekday_name_is_read_as_the_full_one() {
        // 24 March 2009 was a Tuesday, 25 February 2010 a Thursday.
        for wrong in [
            "The show opens on Mon 24 March 2009 in Leeds.",
            "Tickets go on sale on Fri. 25 Feb 2010.",
            "Doors open Weds, March 24, 2009.",
            "The sale ends Sat 25th February 2010.",
            "It opens on Thurs 24 March 2009.",
        ] {
            assert_eq!(codes(&format!("Headline\n\n{wrong}")).len(), 1, "{wrong}");
        }
        for right in [
            "The show opens on Tues 24 March 2009 in Leeds.",
            "Tickets go on sale on Thu. 25 Feb 2010.",
            "Doors open Tue, March 24, 2009.",
            // a word that only begins like a short name
            "The Monarch 24 March 2009 edition sold out.",
            "The Sundance 25 February 2010 screening sold out.",
        ] {
            assert!(codes(&format!("Headline\n\n{right}")).is_empty(), "{right}");
        }
    }

    #[test]
    fn a_date_without_a_year_takes_the_years_its_paragraph_names() {
        // 20 March 2005 was a Sunday; 12 March 2004 a Friday and 12 March
        // 2005 a Saturday.
        for wrong in [
            "Profits fell in 2005, and the board meets on Friday 20 March.",
            "The board meets on Friday 20 March, its first meeting of 2005.",
            "Sales rose in 2004 and 2005. The report is due on Sunday, March 12.",
            "The race returns in March 2005, with the final on Tues 20 March.",
            "By the end of the year 2005 the hall will close; the last show is on Monday the 20th of March.",
        ] {
            assert_eq!(weekday(wrong), 1, "{wrong}");
        }
        for silent in [
            // right in the year named
            "Profits fell in 2005, and the board meets on Sunday 20 March.",
            // right in one of the years named
            "Sales rose in 2004 and 2005. The report is due on Saturday, March 12.",
            // a year in another paragraph, the weekday right in the year
            // after it (20 March 2006 was a Monday)
            "Sales rose in 2005.\n\nThe board meets on Monday 20 March.",
            // years in other paragraphs too far apart to give the story's
            "Sales rose in 2005, as they had in 2001.\n\nThe board meets on Friday 20 March.",
            // a deadline or target, not the story's year
            "The plan runs until 2005, and the board meets on Friday 20 March.",
            "The target is to be met by 2005; the board meets on Friday 20 March.",
            // a count and money, not years
            "Some 2005 people came, and the board meets on Friday 20 March.",
            "It cost £2005, and the board meets on Friday 20 March.",
        ] {
            assert_eq!(weekday(silent), 0, "{silent}");
        }
    }

    #[test]
    fn a_date_without_a_year_near_a_year_the_draft_names() {
        // 8 March was a Wednesday in 2023, a Friday in 2024 and a
        // Saturday in 2025: a Thursday in none of them.
        for wrong in [
            "Sales rose 4% in 2024.\n\nThe vote is on Thursday, 8th March.",
            "Sales rose 4% in 2024.\n\nThe vote is on Thurs 8 March.",
            "Costs rose in March 2024 and again in April.\n\nShareholders meet on Thursday, March 8.",
            "Shareholders meet on Thursday the 8th of March.\n\nThe firm was founded in 2024.",
            "Profits were flat in late 2024 and 2025.\n\nShareholders meet on Thu., March 8th, the firm said.",
        ] {
            assert_eq!(weekday(wrong), 1, "{wrong}");
        }
        for silent in [
            // right in the year before the one named: "early 2025" in a
            // story of 2024 (8 March 2023 was a Wednesday)
            "Analysts expect a launch in early 2024.\n\nThe vote is on Wednesday, 8 March.",
            // right in the year after
            "The firm was fined in 2023.\n\nThe vote is on Friday 8 March.",
            // no year anywhere
            "The vote is on Thursday, 8th March.",
            // years too far apart to say which one the story is in
            "The firm was founded in 1990 and listed in 2024.\n\nThe vote is on Thursday, 8th March.",
            // money, a time of day, a count, a deadline: no year it is in
            "It cost $2024.\n\nThe vote is on Thursday, 8th March, at 1930 GMT.",
            "Some 2024 people came.\n\nThe vote is on Thursday, 8th March.",
            "The plan runs until 2024.\n\nThe vote is on Thursday, 8th March.",
            // a year named only as a name's part, and one far from it
            "The 2024 budget was cut, as was the 2019 one, in 2024.\n\nThe vote is on Thursday, 8th March.",
        ] {
            assert_eq!(weekday(silent), 0, "{silent}");
        }
    }

    #[test]
    fn two_dates_without_a_year_that_cannot_both_hold() {
        // Monday 3 June is followed by Thursday 13 June, never 14 June.
        for wrong in [
            "The inquiry opened on Monday 3 June and will close on Thursday 14 June.",
            "The inquiry opened on Monday, June 3.\n\nIts report is due on Thurs., June 14th.",
            "Its report is due on Thursday the 14th of June.\n\nThe inquiry opened on Mon 3 June.",
            "The show closes on Friday 27 December and reopens on Monday 3 January.",
            "Polls close on Tuesday, 28 February; the count ends on Wednesday, 2 March.",
        ] {
            assert_eq!(weekday(wrong), 1, "{wrong}");
        }
        for silent in [
            "The inquiry opened on Monday 3 June and will close on Thursday 13 June.",
            "The show closes on Friday 27 December and reopens on Friday 3 January.",
            // a leap year makes these hold
            "Polls close on Tuesday, 28 February; the count ends on Thursday, 1 March.",
            // months apart: perhaps in other years
            "The old plant shut on Monday 3 March; the new one opens on Monday 3 November.",
            // one date written twice
            "The inquiry opens on Monday 3 June. From Monday, June 3, witnesses are heard.",
            // occasions in other years
            "The last election was held on Thursday 5 May.\n\nThe next is set for Thursday 7 May.",
            "The fair opened on Friday 2 June a year ago.\n\nIt opens on Friday 8 June.",
        ] {
            assert_eq!(weekday(silent), 0, "{silent}");
        }
    }
}
