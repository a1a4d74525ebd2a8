//! Civil dates and weekdays (proleptic Gregorian calendar), enough to check
//! that "Tuesday, July 1, 2025" is a Tuesday.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.trim().splitn(3, '-');
        let y = parts.next()?.parse().ok()?;
        let m = parts.next()?.parse().ok()?;
        let d = parts.next()?.parse().ok()?;
        Date::new(y, m, d)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    pub fn from_days_since_epoch(z: i64) -> Date {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> usize {
        // 1970-01-01 was a Thursday (index 3).
        (self.days_since_epoch() + 3).rem_euclid(7) as usize
    }

    pub fn weekday_name(self) -> &'static str {
        WEEKDAYS[self.weekday()]
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {}, {}",
            MONTHS[(self.month - 1) as usize],
            self.day,
            self.year
        )
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days from one (month, day) to another in the same year, counted in a
/// year that is not a leap year; negative when the second comes first.
fn days_apart(a: (u32, u32), b: (u32, u32)) -> i64 {
    let at = |(m, d): (u32, u32)| Date::new(2001, m, d.min(days_in_month(2001, m)));
    match (at(a), at(b)) {
        (Some(x), Some(y)) => y.days_since_epoch() - x.days_since_epoch(),
        _ => 0,
    }
}

/// The most days apart two yearless dates may stand to be read as dates of
/// one stretch of time.
const NEAR_DAYS: i64 = 92;

/// Whether two weekdays beside dates without a year ((weekday index,
/// month, day), 0 = Monday) can both be right: in one year when the dates
/// are within three months of each other, or in two years running when
/// they are within three months across the new year ("Friday 27 December"
/// and "Friday 3 January"). Dates further apart may fall in any years, so
/// they can always both be right.
pub fn weekdays_can_hold(a: (usize, u32, u32), b: (usize, u32, u32)) -> bool {
    let apart = days_apart((a.1, a.2), (b.1, b.2));
    let (first, second, next_year) = if apart.abs() <= NEAR_DAYS {
        (a, b, false)
    } else if 365 - apart.abs() <= NEAR_DAYS {
        // Across the new year: the later date in the year comes first.
        if apart > 0 {
            (b, a, true)
        } else {
            (a, b, true)
        }
    } else {
        return true;
    };
    // 28 years hold every pattern of leap years and weekdays (the century
    // years aside, which move the pattern but add none).
    (2000..2028).any(|y| {
        let holds = |(w, m, d): (usize, u32, u32), year: i32| {
            Date::new(year, m, d).is_some_and(|date| date.weekday() == w)
        };
        holds(first, y) && holds(second, if next_year { y + 1 } else { y })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_weekdays() {
        assert_eq!(Date::new(2025, 7, 1).unwrap().weekday_name(), "Tuesday");
        assert_eq!(Date::new(2026, 3, 4).unwrap().weekday_name(), "Wednesday");
        assert_eq!(Date::new(2000, 2, 29).unwrap().weekday_name(), "Tuesday");
        assert_eq!(Date::new(1970, 1, 1).unwrap().weekday_name(), "Thursday");
        assert!(Date::new(2025, 2, 29).is_none());
    }

    #[test]
    fn epoch_days_round_trip() {
        for z in (-800_000..800_000).step_by(997) {
            assert_eq!(Date::from_days_since_epoch(z).days_since_epoch(), z);
        }
    }

    #[test]
    fn two_yearless_weekdays_either_fit_one_stretch_of_time_or_not() {
        // Monday 3 June and Thursday 13 June: ten days on is a Thursday.
        assert!(weekdays_can_hold((0, 6, 3), (3, 6, 13)));
        assert!(!weekdays_can_hold((0, 6, 3), (3, 6, 14)));
        // across a month and either way round
        assert!(weekdays_can_hold((3, 7, 4), (0, 6, 24)));
        assert!(!weekdays_can_hold((3, 7, 4), (0, 6, 25)));
        // 29 February moves the later date in a leap year only
        assert!(weekdays_can_hold((2, 2, 28), (4, 3, 1)));
        assert!(weekdays_can_hold((2, 2, 28), (3, 3, 1)));
        assert!(!weekdays_can_hold((2, 2, 28), (5, 3, 1)));
        // across the new year: 27 December and 3 January a week apart
        assert!(weekdays_can_hold((4, 12, 27), (4, 1, 3)));
        assert!(!weekdays_can_hold((4, 12, 27), (0, 1, 3)));
        assert!(!weekdays_can_hold((0, 1, 3), (4, 12, 27)));
        // months apart: they may be different years
        assert!(weekdays_can_hold((0, 3, 1), (0, 9, 1)));
    }
}
