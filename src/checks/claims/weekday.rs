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
    if !may_hold_weekday_date(text) {
        return;
    }
    // A year from another full date in the draft, looked for only when a
    // weekday's date has no year of its own.
    let find_draft_year = || {
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
    };
    let mut draft_year: Option<Option<(i32, usize)>> = None;
    let mut seen = Vec::new();
    let claims = super::scan::weekday_month_day(text)
        .filter_map(|c| {
            Some((
                c.get(0)?.range(),
                c[1].to_string(),
                month_index(&c[2])?,
                c[3].parse::<u32>().ok()?,
                c.get(4).and_then(|y| y.as_str().parse::<i32>().ok()),
            ))
        })
        .chain(super::scan::weekday_day_month(text).filter_map(|c| {
            Some((
                c.get(0)?.range(),
                c[1].to_string(),
                month_index(&c[3])?,
                c[2].parse::<u32>().ok()?,
                c.get(4).and_then(|y| y.as_str().parse::<i32>().ok()),
            ))
        }));
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
                (None, None) => continue,
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
    use super::{date_may_follow, may_hold_weekday_date};

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
            "\u{a0}", "the", "the ", "March", "3", "٣", "x", "é", "Friday",
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
        let month_first = regex::Regex::new(r"(?-u:\b)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(\d{4})(?-u:\b))?").unwrap();
        let day_first = regex::Regex::new(r"(?-u:\b)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]{2,8}\.?)(?-u:\b)(?:,?\s+(\d{4})(?-u:\b))?").unwrap();
        let pieces = [
            "Monday", "Sunday", "Friday, ", "Monday ", "the ", ",", " ", "\u{a0}", "\n", "the",
            "of", "March", "Jan.", "x", "3", "\u{0663}", "16", "th", "2025", "May", "to", "T",
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
                assert!(may_hold_weekday_date(&s), "{s:?}");
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

    #[test]
    fn a_date_without_a_year_takes_the_draft_s_year_or_none() {
        use crate::{analyze, calendar::Date, Config, Format};
        let weekday = |src: &str, today: Option<Date>, configured: Option<Date>| {
            let config = Config {
                today,
                date: configured,
                ..Config::default()
            };
            analyze(&format!("Headline\n\n{src}"), Format::Plain, &config)
                .findings
                .iter()
                .filter(|f| f.code == "conflicting-weekday")
                .count()
        };
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
}
