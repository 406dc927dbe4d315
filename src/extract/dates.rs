//! Dates in prose resolved against the publication date: "on Friday", "Tuesday", "Jan. 27",
//! "yesterday", "last month", "in December".
//!
//! Input: the tokens of one sentence and the article's date. Output: an ISO date (`yyyy-mm-dd`,
//! `yyyy-mm` when only a month is known, `yyyy` when only a year is: "in 1990", "last year").
//! A bare weekday in a past-tense report is the latest such day on or before the publication
//! date; in a future report, the next one. "Last week",
//! "recently" and other vague times give no date, and so does a text that contradicts itself
//! ("Monday (30)" when that Monday was the 31st). Without a publication date nothing relative
//! can be resolved.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::View;
use crate::model::TokenKind;

/// Whether the text looks forward or back from the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Reported as having happened, or planned in the past ("was due to").
    Past,
    /// Planned ahead ("will meet", "is due to").
    Future,
}

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Whether a lowercase word is a weekday name.
pub fn is_weekday(word: &str) -> bool {
    WEEKDAYS.iter().any(|(name, _)| *name == word)
}

/// Whether a lowercase word names a weekday or a month (never part of a person's name).
pub fn is_calendar_word(word: &str) -> bool {
    is_weekday(word) || (word != "may" && month(word).is_some())
}

fn month(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    MONTHS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, m)| *m)
}

/// What a possessive day ("Monday's debate") may date: it dates the noun it owns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Possessive {
    /// Whatever the sentence reports (a statement made at "Monday's debate").
    Counts,
    /// Only the event whose cue is at this token, right after the day.
    Owns(usize),
    /// Nothing: the day is another sentence's.
    Ignored,
}

/// The date a sentence's words fix, resolved against `published` (ISO `yyyy-mm-dd`).
pub(crate) fn in_tokens(
    view: &View,
    from: usize,
    to: usize,
    published: Option<&str>,
    tense: Tense,
    possessive: Possessive,
) -> Option<String> {
    let published = NaiveDate::parse_from_str(published?, "%Y-%m-%d").ok()?;
    // "“I'll decide tomorrow,” Dunn told Ledger News": a day in the quoted words is the
    // speaker's, not the date of what the sentence reports. (A sentence that opens inside a
    // quotation has a closing mark first.)
    let mut quoted = (from..to)
        .find_map(|i| match view.tokens[i].kind {
            TokenKind::OpenQuote => Some(false),
            TokenKind::CloseQuote => Some(true),
            _ => None,
        })
        .unwrap_or(false);
    let mut year = None;
    for idx in from..to {
        match view.tokens[idx].kind {
            TokenKind::OpenQuote => quoted = true,
            TokenKind::CloseQuote => quoted = false,
            _ => {}
        }
        if quoted {
            continue;
        }
        let lower = view.lower(idx);
        // ("Monday's debate": the day of a possessive, which dates the noun it owns: not
        // "while Monday's debate will be Dunn's first, Berg debated Laurent four times".)
        let owner = lower.strip_suffix("'s");
        let dates_it = match possessive {
            Possessive::Counts => true,
            Possessive::Owns(cue) => (idx + 1..idx + 4).contains(&cue),
            Possessive::Ignored => false,
        };
        if owner.is_some() && !dates_it {
            continue;
        }
        let day = owner.unwrap_or(lower);
        if let Some(&(_, weekday)) = WEEKDAYS.iter().find(|(name, _)| *name == day) {
            let date = weekday_date(published, weekday, tense);
            // "Monday (30)": keep the date only when the day of the month agrees.
            if view.text(idx + 1) == "(" {
                if let Ok(day) = view.text(idx + 2).parse::<u32>() {
                    if day != date.day() {
                        return None;
                    }
                }
            }
            return Some(date.to_string());
        }
        match lower {
            "yesterday" => return Some((published - Duration::days(1)).to_string()),
            "today" | "tonight" => return Some(published.to_string()),
            "tomorrow" => return Some((published + Duration::days(1)).to_string()),
            _ => {}
        }
        // Capitalized month names only: "may" is also a verb.
        let capitalized = view.text(idx).starts_with(char::is_uppercase);
        if let Some(month) = month(lower).filter(|_| capitalized) {
            let day = view
                .text(idx + 1)
                .trim_end_matches(',')
                .parse::<u32>()
                .ok()
                .filter(|d| (1..=31).contains(d));
            // ("May 10, 2013", "May 10 2013"; "May 2013" without a day.)
            let year_token = if day.is_none() {
                idx + 1
            } else if view.text(idx + 2) == "," {
                idx + 3
            } else {
                idx + 2
            };
            let year = view
                .text(year_token)
                .parse::<i32>()
                .ok()
                .filter(|y| (1900..=2100).contains(y));
            let year = year.unwrap_or_else(|| year_for_month(published, month, tense));
            return match day {
                Some(day) => NaiveDate::from_ymd_opt(year, month, day).map(|d| d.to_string()),
                None if matches!(
                    view.lower(idx.saturating_sub(1)),
                    "in" | "since" | "last" | "early" | "late"
                ) =>
                {
                    Some(format!("{year:04}-{month:02}"))
                }
                None => None,
            };
        }
        if lower == "last" && view.lower(idx + 1) == "month" {
            let previous = published.with_day(1)? - Duration::days(1);
            return Some(format!("{:04}-{:02}", previous.year(), previous.month()));
        }
        // "in 1990", "last year": a year, kept in case no day or month is named; only for an
        // event, and a few words from its cue ("told the Times in 2012", not "a firm founded
        // in 2014, is advising"); not "the last year", a span of time.
        let near_cue = match possessive {
            Possessive::Owns(cue) => idx.abs_diff(cue) <= 6,
            _ => false,
        };
        if year.is_none() && near_cue && !(idx > from && view.lower(idx - 1) == "the") {
            if lower == "in" {
                year = view
                    .text(idx + 1)
                    .parse::<i32>()
                    .ok()
                    .filter(|y| (1900..=2100).contains(y) && view.text(idx + 1).len() == 4)
                    .filter(|_| !view.text(idx + 2).starts_with(|c: char| c.is_ascii_digit()))
                    .map(|y| format!("{y:04}"));
            } else if lower == "last" && view.lower(idx + 1) == "year" {
                year = Some(format!("{:04}", published.year() - 1));
            }
        }
    }
    year
}

fn weekday_date(published: NaiveDate, weekday: Weekday, tense: Tense) -> NaiveDate {
    let today = published.weekday().num_days_from_monday() as i64;
    let target = weekday.num_days_from_monday() as i64;
    match tense {
        Tense::Past => published - Duration::days((today - target).rem_euclid(7)),
        Tense::Future => published + Duration::days((target - today).rem_euclid(7)),
    }
}

/// The year of a month named without one: the latest such month not after the publication
/// (or the next one for plans).
fn year_for_month(published: NaiveDate, month: u32, tense: Tense) -> i32 {
    match tense {
        Tense::Past if month > published.month() => published.year() - 1,
        Tense::Future if month < published.month() => published.year() + 1,
        _ => published.year(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(published: &str, weekday: Weekday, tense: Tense, expected: &str) {
        let published = NaiveDate::parse_from_str(published, "%Y-%m-%d").expect("test date");
        assert_eq!(
            weekday_date(published, weekday, tense).to_string(),
            expected
        );
    }

    #[test]
    fn past_weekdays_resolve_to_the_latest_on_or_before() {
        check("2022-02-01", Weekday::Tue, Tense::Past, "2022-02-01");
        check("2022-01-28", Weekday::Thu, Tense::Past, "2022-01-27");
        check("2022-02-03", Weekday::Tue, Tense::Past, "2022-02-01");
    }

    #[test]
    fn future_weekdays_resolve_to_the_next() {
        check("2022-02-01", Weekday::Fri, Tense::Future, "2022-02-04");
    }

    #[test]
    fn months_without_year() {
        let published = NaiveDate::from_ymd_opt(2022, 1, 28).expect("date");
        assert_eq!(year_for_month(published, 12, Tense::Past), 2021);
        assert_eq!(year_for_month(published, 1, Tense::Past), 2022);
    }
}
