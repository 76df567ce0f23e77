//! `time.strptime`: parses a string by a format in the "C" locale, as CPython's `_strptime`
//! does — the directives `%a %A %b %B %c %d %f %G %H %I %j %m %M %p %S %u %U %V %w %W %x %X
//! %y %Y %z %Z %%`, case-insensitive matching, a run of whitespace in the format matching
//! one or more whitespace characters, and CPython's messages ("time data 'x' does not match
//! format '%Y'", "unconverted data remains: …", "'Q' is a bad directive in format '%Q'").
//!
//! Each directive accepts the alternatives CPython's regular expression for it lists, tried
//! in the same order with backtracking, so the same input splits the same way.

use super::time_format::{abbrev, month_name, weekday_name};

/// The fields `strptime` produces (struct_time order), plus the fractions of a second.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    /// Monday = 0.
    pub weekday: i64,
    pub julian: i64,
    pub isdst: i64,
    /// The text `%Z` matched.
    pub zone: Option<String>,
    pub gmtoff: Option<i64>,
    pub fraction: i64,
    pub gmtoff_fraction: i64,
}

/// The local zone description `%Z` matches against.
pub struct ZoneInfo {
    pub tzname: (String, String),
    pub daylight: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Dir {
    Day,
    Fraction,
    Hour24,
    Hour12,
    IsoYear,
    YearDay,
    Month,
    Minute,
    Second,
    WeekSun,
    WeekMon,
    Weekday0,
    Weekday1,
    IsoWeek,
    Year2,
    Year4,
    Offset,
    DayFull,
    DayAbbr,
    MonthFull,
    MonthAbbr,
    AmPm,
    Zone,
}

enum Token {
    Literal(char),
    Space,
    Directive(Dir),
}

/// Regex metacharacters CPython escapes in the format before reading directives; a `%`
/// followed by one of them (or by whitespace) reports `%` as the bad directive.
fn is_regex_special(c: char) -> bool {
    matches!(
        c,
        '\\' | '.' | '^' | '$' | '*' | '+' | '?' | '(' | ')' | '{' | '}' | '[' | ']' | '|'
    )
}

fn directive(c: char) -> Option<Vec<Token>> {
    let d = |d| Some(vec![Token::Directive(d)]);
    match c {
        'd' => d(Dir::Day),
        'f' => d(Dir::Fraction),
        'H' => d(Dir::Hour24),
        'I' => d(Dir::Hour12),
        'G' => d(Dir::IsoYear),
        'j' => d(Dir::YearDay),
        'm' => d(Dir::Month),
        'M' => d(Dir::Minute),
        'S' => d(Dir::Second),
        'U' => d(Dir::WeekSun),
        'W' => d(Dir::WeekMon),
        'w' => d(Dir::Weekday0),
        'u' => d(Dir::Weekday1),
        'V' => d(Dir::IsoWeek),
        'y' => d(Dir::Year2),
        'Y' => d(Dir::Year4),
        'z' => d(Dir::Offset),
        'A' => d(Dir::DayFull),
        'a' => d(Dir::DayAbbr),
        'B' => d(Dir::MonthFull),
        'b' => d(Dir::MonthAbbr),
        'p' => d(Dir::AmPm),
        'Z' => d(Dir::Zone),
        '%' => Some(vec![Token::Literal('%')]),
        // The "C" locale's date and time representations.
        'c' => tokenize_plain("%a %b %d %H:%M:%S %Y"),
        'x' => tokenize_plain("%m/%d/%y"),
        'X' => tokenize_plain("%H:%M:%S"),
        _ => None,
    }
}

/// Tokenizes a built-in format known to be valid.
fn tokenize_plain(fmt: &str) -> Option<Vec<Token>> {
    tokenize(fmt).ok()
}

/// The format as tokens, or the error message.
fn tokenize(fmt: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            out.push(Token::Space);
            continue;
        }
        if c != '%' {
            out.push(Token::Literal(c));
            i += 1;
            continue;
        }
        let Some(&d) = chars.get(i + 1) else {
            return Err(format!("stray % in format '{}'", fmt));
        };
        if d.is_whitespace() || is_regex_special(d) {
            return Err(format!("'%' is a bad directive in format '{}'", fmt));
        }
        match directive(d) {
            Some(tokens) => out.extend(tokens),
            None => return Err(format!("'{}' is a bad directive in format '{}'", d, fmt)),
        }
        i += 2;
    }
    Ok(out)
}

fn is_digit(c: Option<&char>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit())
}

/// Alternatives of fixed-length digit patterns: each a list of allowed-character classes.
/// Returns the lengths of the alternatives that match at `pos`, in order.
fn alternatives(s: &[char], pos: usize, alts: &[&[&str]]) -> Vec<usize> {
    let mut out = Vec::new();
    for alt in alts {
        let ok = alt
            .iter()
            .enumerate()
            .all(|(k, class)| match s.get(pos + k) {
                Some(c) => match *class {
                    "d" => c.is_ascii_digit(),
                    " " => *c == ' ',
                    set => {
                        // "0-5" style ranges or a list of single characters.
                        let b: Vec<char> = set.chars().collect();
                        if b.len() == 3 && b[1] == '-' {
                            *c >= b[0] && *c <= b[2]
                        } else {
                            b.contains(c)
                        }
                    }
                },
                None => false,
            });
        if ok {
            out.push(alt.len());
        }
    }
    out
}

fn names_at(s: &[char], pos: usize, names: &[String]) -> Vec<usize> {
    // Longest names first, as CPython builds the alternation.
    let mut sorted: Vec<&String> = names.iter().collect();
    sorted.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    let mut out = Vec::new();
    for n in sorted {
        let len = n.chars().count();
        if len == 0 || pos + len > s.len() {
            continue;
        }
        let matches = n
            .chars()
            .zip(&s[pos..pos + len])
            .all(|(a, b)| chars_eq_ignore_case(a, *b));
        if matches {
            out.push(len);
        }
    }
    out
}

fn chars_eq_ignore_case(a: char, b: char) -> bool {
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

fn weekday_names(full: bool) -> Vec<String> {
    // Monday first, as Python numbers weekdays.
    (1..=7)
        .map(|i| {
            let n = weekday_name(i % 7);
            if full { n } else { abbrev(n) }.to_lowercase()
        })
        .collect()
}

fn month_names(full: bool) -> Vec<String> {
    (0..12)
        .map(|i| {
            let n = month_name(i);
            if full { n } else { abbrev(n) }.to_lowercase()
        })
        .collect()
}

fn zone_names(zone: &ZoneInfo) -> Vec<String> {
    let mut v = vec![
        "utc".to_string(),
        "gmt".to_string(),
        zone.tzname.0.to_lowercase(),
    ];
    if zone.daylight {
        v.push(zone.tzname.1.to_lowercase());
    }
    v.dedup();
    v
}

/// Candidate lengths of a `%z` offset at `pos`, most preferred first.
fn offset_lengths(s: &[char], pos: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let at = |k: usize| s.get(pos + k);
    let sign = matches!(at(0), Some('+') | Some('-'));
    if sign && is_digit(at(1)) && is_digit(at(2)) {
        // [+-]\d\d :? [0-5]\d ( :? [0-5]\d ( \.\d{1,6} )? )?
        for colon1 in [true, false] {
            let mut p = 3;
            if colon1 {
                if at(p) != Some(&':') {
                    continue;
                }
                p += 1;
            }
            if !(matches!(at(p), Some('0'..='5')) && is_digit(at(p + 1))) {
                continue;
            }
            p += 2;
            for colon2 in [true, false] {
                let mut q = p;
                if colon2 {
                    if at(q) != Some(&':') {
                        continue;
                    }
                    q += 1;
                }
                if !(matches!(at(q), Some('0'..='5')) && is_digit(at(q + 1))) {
                    continue;
                }
                q += 2;
                if at(q) == Some(&'.') && is_digit(at(q + 1)) {
                    let mut n = 0;
                    while n < 6 && is_digit(at(q + 1 + n)) {
                        n += 1;
                    }
                    for k in (1..=n).rev() {
                        out.push(q + 1 + k);
                    }
                }
                out.push(q);
            }
            out.push(p);
        }
    }
    // `Z` alone, matched case-sensitively.
    if at(0) == Some(&'Z') {
        out.push(1);
    }
    out
}

fn candidates(d: Dir, s: &[char], pos: usize, zone: &ZoneInfo) -> Vec<usize> {
    match d {
        Dir::Day => alternatives(
            s,
            pos,
            &[
                &["3", "01"],
                &["12", "d"],
                &["0", "1-9"],
                &["1-9"],
                &[" ", "1-9"],
            ],
        ),
        Dir::Fraction => {
            let mut n = 0;
            while n < 6 && is_digit(s.get(pos + n)) {
                n += 1;
            }
            (1..=n).rev().collect()
        }
        Dir::Hour24 => alternatives(s, pos, &[&["2", "0-3"], &["01", "d"], &["d"]]),
        Dir::Hour12 => alternatives(s, pos, &[&["1", "0-2"], &["0", "1-9"], &["1-9"]]),
        Dir::IsoYear | Dir::Year4 => alternatives(s, pos, &[&["d", "d", "d", "d"]]),
        Dir::YearDay => alternatives(
            s,
            pos,
            &[
                &["3", "6", "0-6"],
                &["3", "0-5", "d"],
                &["12", "d", "d"],
                &["0", "1-9", "d"],
                &["0", "0", "1-9"],
                &["1-9", "d"],
                &["0", "1-9"],
                &["1-9"],
            ],
        ),
        Dir::Month => alternatives(s, pos, &[&["1", "0-2"], &["0", "1-9"], &["1-9"]]),
        Dir::Minute => alternatives(s, pos, &[&["0-5", "d"], &["d"]]),
        Dir::Second => alternatives(s, pos, &[&["6", "01"], &["0-5", "d"], &["d"]]),
        Dir::WeekSun | Dir::WeekMon => {
            alternatives(s, pos, &[&["5", "0-3"], &["0-4", "d"], &["d"]])
        }
        Dir::Weekday0 => alternatives(s, pos, &[&["0-6"]]),
        Dir::Weekday1 => alternatives(s, pos, &[&["1-7"]]),
        Dir::IsoWeek => alternatives(
            s,
            pos,
            &[&["5", "0-3"], &["0", "1-9"], &["1-4", "d"], &["d"]],
        ),
        Dir::Year2 => alternatives(s, pos, &[&["d", "d"]]),
        Dir::Offset => offset_lengths(s, pos),
        Dir::DayFull => names_at(s, pos, &weekday_names(true)),
        Dir::DayAbbr => names_at(s, pos, &weekday_names(false)),
        Dir::MonthFull => names_at(s, pos, &month_names(true)),
        Dir::MonthAbbr => names_at(s, pos, &month_names(false)),
        Dir::AmPm => names_at(s, pos, &["am".to_string(), "pm".to_string()]),
        Dir::Zone => names_at(s, pos, &zone_names(zone)),
    }
}

/// Backtracking match of `tokens[t..]` at `pos`: the end position of the first match in
/// the regular expression's preference order, with each directive's matched text.
fn match_from(
    tokens: &[Token],
    t: usize,
    s: &[char],
    pos: usize,
    zone: &ZoneInfo,
    found: &mut Vec<(Dir, String)>,
) -> Option<usize> {
    let Some(tok) = tokens.get(t) else {
        return Some(pos);
    };
    match tok {
        Token::Literal(c) => {
            let next = s.get(pos)?;
            if chars_eq_ignore_case(*c, *next) {
                match_from(tokens, t + 1, s, pos + 1, zone, found)
            } else {
                None
            }
        }
        Token::Space => {
            let mut n = 0;
            while s.get(pos + n).is_some_and(|c| c.is_whitespace()) {
                n += 1;
            }
            for k in (1..=n).rev() {
                if let Some(end) = match_from(tokens, t + 1, s, pos + k, zone, found) {
                    return Some(end);
                }
            }
            None
        }
        Token::Directive(d) => {
            for len in candidates(*d, s, pos, zone) {
                let mark = found.len();
                found.push((*d, s[pos..pos + len].iter().collect()));
                if let Some(end) = match_from(tokens, t + 1, s, pos + len, zone, found) {
                    return Some(end);
                }
                found.truncate(mark);
            }
            None
        }
    }
}

/// Days before January 1 of `year` since 0001-01-01 (proleptic Gregorian).
fn days_before_year(year: i64) -> i64 {
    let y = year - 1;
    y * 365 + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `datetime.date(year, month, day).toordinal()`, with `date`'s validation messages.
fn to_ordinal(year: i64, month: i64, day: i64) -> Result<i64, String> {
    if !(1..=9999).contains(&year) {
        return Err(format!("year {} is out of range", year));
    }
    if !(1..=12).contains(&month) {
        return Err("month must be in 1..12".into());
    }
    if day < 1 || day > days_in_month(year, month) {
        return Err("day is out of range for month".into());
    }
    let mut days = days_before_year(year);
    for m in 1..month {
        days += days_in_month(year, m);
    }
    Ok(days + day)
}

/// `datetime.date.fromordinal(n)` as (year, month, day).
fn from_ordinal(n: i64) -> Result<(i64, i64, i64), String> {
    if n < 1 {
        return Err("ordinal must be >= 1".into());
    }
    // Estimate the year, then correct it.
    let mut year = (n * 400 / 146_097).max(1);
    while days_before_year(year + 1) < n {
        year += 1;
    }
    while days_before_year(year) >= n {
        year -= 1;
    }
    if year > 9999 {
        return Err(format!("year {} is out of range", year));
    }
    let mut rest = n - days_before_year(year);
    let mut month = 1;
    while rest > days_in_month(year, month) {
        rest -= days_in_month(year, month);
        month += 1;
    }
    Ok((year, month, rest))
}

/// Monday = 0 weekday of an ordinal day.
fn weekday_of_ordinal(n: i64) -> i64 {
    (n + 6).rem_euclid(7)
}

fn week_of_year_julian(
    year: i64,
    week: i64,
    weekday: i64,
    week_starts_monday: bool,
) -> Result<i64, String> {
    let mut first_weekday = weekday_of_ordinal(to_ordinal(year, 1, 1)?);
    let mut weekday = weekday;
    if !week_starts_monday {
        first_weekday = (first_weekday + 1) % 7;
        weekday = (weekday + 1) % 7;
    }
    let week_0_length = (7 - first_weekday) % 7;
    Ok(if week == 0 {
        1 + weekday - first_weekday
    } else {
        1 + week_0_length + 7 * (week - 1) + weekday
    })
}

fn iso_week_julian(iso_year: i64, iso_week: i64, iso_weekday: i64) -> Result<(i64, i64), String> {
    let jan4 = to_ordinal(iso_year, 1, 4)?;
    let correction = weekday_of_ordinal(jan4) + 1 + 3;
    let mut ordinal = iso_week * 7 + iso_weekday - correction;
    let mut year = iso_year;
    if ordinal < 1 {
        ordinal += to_ordinal(year, 1, 1)?;
        year -= 1;
        ordinal -= to_ordinal(year, 1, 1)?;
    }
    Ok((year, ordinal))
}

fn num(text: &str) -> i64 {
    text.parse().unwrap_or(0)
}

/// Parses `data` by `fmt`; Err holds the ValueError message.
pub fn strptime(data: &str, fmt: &str, zone: &ZoneInfo) -> Result<Parsed, String> {
    let tokens = tokenize(fmt)?;
    let s: Vec<char> = data.chars().collect();
    let mut found = Vec::new();
    let Some(end) = match_from(&tokens, 0, &s, 0, zone, &mut found) else {
        return Err(format!(
            "time data {} does not match format {}",
            crate::objects::str::repr_str(data),
            crate::objects::str::repr_str(fmt)
        ));
    };
    if end != s.len() {
        return Err(format!(
            "unconverted data remains: {}",
            s[end..].iter().collect::<String>()
        ));
    }
    // Later occurrences of a directive win.
    let mut year: Option<i64> = None;
    let mut iso_year: Option<i64> = None;
    let (mut month, mut day) = (1i64, 1i64);
    let (mut hour, mut minute, mut second, mut fraction) = (0i64, 0i64, 0i64, 0i64);
    let (mut gmtoff, mut gmtoff_fraction): (Option<i64>, i64) = (None, 0);
    let mut tz = -1i64;
    let (mut iso_week, mut week_of_year, mut week_starts_monday) = (None, None, false);
    let (mut weekday, mut julian): (Option<i64>, Option<i64>) = (None, None);
    let mut zone_text: Option<String> = None;
    let ampm = found
        .iter()
        .rev()
        .find(|(d, _)| *d == Dir::AmPm)
        .map(|(_, t)| t.to_lowercase())
        .unwrap_or_default();
    for (d, text) in &found {
        let lower = text.to_lowercase();
        match d {
            Dir::Year2 => {
                let y = num(text);
                year = Some(if y <= 68 { y + 2000 } else { y + 1900 });
            }
            Dir::Year4 => year = Some(num(text)),
            Dir::IsoYear => iso_year = Some(num(text)),
            Dir::Month => month = num(text),
            Dir::MonthFull => {
                month = month_names(true)
                    .iter()
                    .position(|n| *n == lower)
                    .unwrap_or(0) as i64
                    + 1
            }
            Dir::MonthAbbr => {
                month = month_names(false)
                    .iter()
                    .position(|n| *n == lower)
                    .unwrap_or(0) as i64
                    + 1
            }
            Dir::Day => day = num(text.trim_start()),
            Dir::Hour24 => hour = num(text),
            Dir::Hour12 => {
                hour = num(text);
                if ampm.is_empty() || ampm == "am" {
                    if hour == 12 {
                        hour = 0;
                    }
                } else if ampm == "pm" && hour != 12 {
                    hour += 12;
                }
            }
            Dir::Minute => minute = num(text),
            Dir::Second => second = num(text),
            Dir::Fraction => {
                let mut digits = text.clone();
                while digits.len() < 6 {
                    digits.push('0');
                }
                fraction = num(&digits);
            }
            Dir::DayFull => {
                weekday = weekday_names(true)
                    .iter()
                    .position(|n| *n == lower)
                    .map(|i| i as i64)
            }
            Dir::DayAbbr => {
                weekday = weekday_names(false)
                    .iter()
                    .position(|n| *n == lower)
                    .map(|i| i as i64)
            }
            Dir::Weekday0 => {
                let w = num(text);
                weekday = Some(if w == 0 { 6 } else { w - 1 });
            }
            Dir::Weekday1 => weekday = Some(num(text) - 1),
            Dir::YearDay => julian = Some(num(text)),
            Dir::WeekSun | Dir::WeekMon => {
                week_of_year = Some(num(text));
                week_starts_monday = *d == Dir::WeekMon;
            }
            Dir::IsoWeek => iso_week = Some(num(text)),
            Dir::Offset => {
                let (off, frac) = parse_offset(text)?;
                gmtoff = Some(off);
                gmtoff_fraction = frac;
            }
            Dir::Zone => {
                let (std, dst) = (zone.tzname.0.to_lowercase(), zone.tzname.1.to_lowercase());
                let no_saving = lower == "utc" || lower == "gmt" || lower == std;
                let saving = zone.daylight && lower == dst;
                if no_saving {
                    // An ambiguous name (both zone names equal while DST is in use) says
                    // nothing about DST, unless it is UTC or GMT.
                    if !(std == dst && zone.daylight && lower != "utc" && lower != "gmt") {
                        tz = 0;
                    }
                } else if saving {
                    tz = 1;
                }
                zone_text = Some(text.clone());
            }
            Dir::AmPm => {}
        }
    }
    const G_NEEDS: &str = "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').";
    const V_NEEDS: &str = "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').";
    if year.is_none() && iso_year.is_some() {
        if iso_week.is_none() || weekday.is_none() {
            return Err(G_NEEDS.into());
        }
        if julian.is_some() {
            return Err("Day of the year directive '%j' is not compatible with ISO year directive '%G'. Use '%Y' instead.".into());
        }
    } else if iso_week.is_some() {
        if year.is_none() || weekday.is_none() {
            return Err(V_NEEDS.into());
        }
        return Err("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead.".into());
    }
    let mut leap_year_fix = false;
    let mut year = match year {
        Some(y) => y,
        None if month == 2 && day == 29 => {
            leap_year_fix = true;
            1904
        }
        None => 1900,
    };
    if julian.is_none() {
        if let Some(wd) = weekday {
            if let Some(week) = week_of_year {
                julian = Some(week_of_year_julian(year, week, wd, week_starts_monday)?);
            } else if let (Some(iy), Some(iw)) = (iso_year, iso_week) {
                let (y, j) = iso_week_julian(iy, iw, wd + 1)?;
                year = y;
                julian = Some(j);
            }
            if let Some(j) = julian {
                if j <= 0 {
                    year -= 1;
                    julian = Some(j + if is_leap(year) { 366 } else { 365 });
                }
            }
        }
    }
    let julian = match julian {
        None => to_ordinal(year, month, day)? - to_ordinal(year, 1, 1)? + 1,
        Some(j) => {
            let (y, m, d) = from_ordinal(j - 1 + to_ordinal(year, 1, 1)?)?;
            year = y;
            month = m;
            day = d;
            j
        }
    };
    let weekday = match weekday {
        Some(w) => w,
        None => weekday_of_ordinal(to_ordinal(year, month, day)?),
    };
    if leap_year_fix {
        year = 1900;
    }
    Ok(Parsed {
        year,
        month,
        day,
        hour,
        minute,
        second,
        weekday,
        julian,
        isdst: tz,
        zone: zone_text,
        gmtoff,
        fraction,
        gmtoff_fraction,
    })
}

/// A `%z` value: (seconds east of UTC, microseconds part), or the ValueError message.
fn parse_offset(text: &str) -> Result<(i64, i64), String> {
    if text == "Z" {
        return Ok((0, 0));
    }
    let mut z: Vec<char> = text.chars().collect();
    if z.get(3) == Some(&':') {
        z.remove(3);
        if z.len() > 5 {
            if z.get(5) != Some(&':') {
                return Err(format!("Inconsistent use of : in {}", text));
            }
            z.remove(5);
        }
    }
    let part = |a: usize, b: usize| -> i64 {
        let s: String = z.iter().skip(a).take(b - a).collect();
        num(&s)
    };
    let (hours, minutes, seconds) = (part(1, 3), part(3, 5), part(5, 7));
    let mut offset = hours * 3600 + minutes * 60 + seconds;
    let mut rest: String = z.iter().skip(8).collect();
    while !rest.is_empty() && rest.len() < 6 {
        rest.push('0');
    }
    let mut frac = if rest.is_empty() { 0 } else { num(&rest) };
    if z.first() == Some(&'-') {
        offset = -offset;
        frac = -frac;
    }
    Ok((offset, frac))
}
