//! `time.strftime`'s formatting, written here rather than delegated to the C library so the
//! output is the same on every platform. It follows the GNU C library in the "C" locale —
//! what CPython prints on Linux: every conversion (`%a` … `%Z`, `%G`/`%V`, `%s`, `%n`, `%t`),
//! the flags `_` `-` `0` `^` `#`, a field width, the `E`/`O` modifiers where glibc accepts
//! them, and an unknown conversion copied through literally.

/// A broken-down time as C's `struct tm` holds it (month 0–11, weekday 0 = Sunday, year day
/// 0–365), plus the full year and the zone.
#[derive(Clone, Debug, Default)]
pub struct Tm {
    pub year: i64,
    pub mon: i32,
    pub mday: i32,
    pub hour: i32,
    pub min: i32,
    pub sec: i32,
    pub wday: i32,
    pub yday: i32,
    pub isdst: i32,
    pub gmtoff: i64,
    /// `tm_zone`; None falls back to the local zone names (as glibc does).
    pub zone: Option<String>,
}

/// What formatting needs from the rest of the time module.
pub trait Clock {
    /// `mktime` of `tm` read as local time (for `%s`), or None when out of range.
    fn mktime(&self, tm: &Tm) -> Option<i64>;
    /// The local zone names (standard, daylight saving).
    fn tzname(&self) -> (String, String);
}

const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
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

/// Full English weekday name for a C weekday (0 = Sunday), "?" when out of range.
pub fn weekday_name(wday: i32) -> &'static str {
    usize::try_from(wday)
        .ok()
        .and_then(|i| WEEKDAYS.get(i))
        .copied()
        .unwrap_or("?")
}

/// Full English month name for a C month (0 = January), "?" when out of range.
pub fn month_name(mon: i32) -> &'static str {
    usize::try_from(mon)
        .ok()
        .and_then(|i| MONTHS.get(i))
        .copied()
        .unwrap_or("?")
}

/// The first three letters of a name ("?" stays "?").
pub fn abbrev(name: &str) -> &str {
    name.get(..3).unwrap_or(name)
}

/// Formats `tm` by `fmt`, as CPython's `time.strftime` returns it: CPython gives the C
/// library a buffer of 1024 characters, doubled until it holds 256 per format character,
/// and returns "" when the result does not fit.
pub fn strftime(fmt: &str, tm: &Tm, clock: &dyn Clock) -> String {
    let fmt_len = fmt.chars().count();
    let mut buffer = 1024usize;
    while buffer < fmt_len.saturating_mul(256) {
        buffer = buffer.saturating_mul(2);
    }
    let out = format(fmt, tm, clock, buffer);
    if out.chars().count() >= buffer {
        return String::new();
    }
    out
}

/// The formatting itself; `limit` bounds field widths (a longer result is discarded).
fn format(fmt: &str, tm: &Tm, clock: &dyn Clock, limit: usize) -> String {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut spec = Spec::default();
        while let Some(&f) = chars.get(i) {
            match f {
                '_' | '-' | '0' => spec.pad = Some(f),
                '^' => spec.upcase = true,
                '#' => spec.swapcase = true,
                _ => break,
            }
            i += 1;
        }
        while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
            let w = spec.width.unwrap_or(0);
            spec.width = Some(w.saturating_mul(10).saturating_add(d as usize).min(limit));
            i += 1;
        }
        let modifier = match chars.get(i) {
            Some(&m @ ('E' | 'O')) => {
                i += 1;
                Some(m)
            }
            _ => None,
        };
        let conv = chars.get(i).copied();
        let ok = match conv {
            Some(c) => convert(&mut out, c, modifier, &spec, tm, clock, limit),
            None => false,
        };
        if !ok {
            // Unknown or malformed: the whole sequence is copied as it stands.
            let end = if conv.is_some() { i + 1 } else { i };
            let text: String = chars[start..end].iter().collect();
            push_padded(&mut out, &text, &spec);
        }
        i += 1;
        if out.len() > limit.saturating_mul(4) {
            // More characters than the limit already (a char is at most 4 bytes): the
            // result will be discarded, so stop building it.
            break;
        }
    }
    out
}

#[derive(Default)]
struct Spec {
    pad: Option<char>,
    upcase: bool,
    swapcase: bool,
    width: Option<usize>,
}

impl Spec {
    fn pad_char(&self) -> char {
        if self.pad == Some('0') {
            '0'
        } else {
            ' '
        }
    }
}

/// Appends `s` right-aligned in the field width (zeros with the `0` flag, else spaces).
fn push_padded(out: &mut String, s: &str, spec: &Spec) {
    let n = s.chars().count();
    if let Some(w) = spec.width {
        for _ in n..w {
            out.push(spec.pad_char());
        }
    }
    out.push_str(s);
}

/// Appends a number padded to at least `digits` (zeros by default, spaces for `%e`-like
/// conversions or the `_` flag, none for `-`), then to the field width.
fn push_number(out: &mut String, value: i64, digits: usize, spec: &Spec, space_default: bool) {
    let pad = spec.pad.unwrap_or(if space_default { '_' } else { '0' });
    let abs = value.unsigned_abs().to_string();
    let signed = if value < 0 {
        format!("-{}", abs)
    } else {
        abs.clone()
    };
    let width = spec.width.unwrap_or(0).max(digits);
    match pad {
        '-' => {
            let field = spec.width.unwrap_or(0);
            for _ in signed.len()..field {
                out.push(' ');
            }
            out.push_str(&signed);
        }
        '_' => {
            for _ in signed.len()..width {
                out.push(' ');
            }
            out.push_str(&signed);
        }
        _ => {
            let mut used = 0;
            if value < 0 {
                out.push('-');
                used = 1;
            }
            for _ in (abs.len() + used)..width {
                out.push('0');
            }
            out.push_str(&abs);
        }
    }
}

/// Is the `E` or `O` modifier acceptable before this conversion (as glibc decides)?
fn modifier_allowed(modifier: Option<char>, conv: char) -> bool {
    match modifier {
        None => true,
        Some('E') => matches!(
            conv,
            'c' | 'C'
                | 'x'
                | 'X'
                | 'y'
                | 'Y'
                | 'p'
                | 'P'
                | 'z'
                | 'Z'
                | 's'
                | 'u'
                | 'n'
                | 't'
                | 'T'
                | 'R'
                | 'r'
                | '%'
        ),
        Some(_) => !matches!(conv, 'a' | 'A' | 'c' | 'x' | 'X' | 'Y' | 'F' | 'D'),
    }
}

/// Days since the start of the ISO week-numbering year for a year day and weekday (glibc's
/// method: negative when the day belongs to the previous ISO year).
fn iso_week_days(yday: i64, wday: i64) -> i64 {
    // A multiple of 7 large enough to keep the remainder's operand positive.
    let big = (366 / 7 + 2) * 7;
    yday - (yday - wday + 4 + big).rem_euclid(7) + 4 - 1
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// (ISO year, ISO week number) of the day.
fn iso_year_week(tm: &Tm) -> (i64, i64) {
    let (yday, wday) = (tm.yday as i64, tm.wday as i64);
    let mut year = tm.year;
    let mut days = iso_week_days(yday, wday);
    if days < 0 {
        year -= 1;
        days = iso_week_days(yday + 365 + is_leap(year) as i64, wday);
    } else {
        let d = iso_week_days(yday - (365 + is_leap(year) as i64), wday);
        if d >= 0 {
            year += 1;
            days = d;
        }
    }
    (year, days / 7 + 1)
}

fn hour12(h: i32) -> i64 {
    let h = (h % 12) as i64;
    if h == 0 {
        12
    } else {
        h
    }
}

/// One conversion; false when glibc would treat it as malformed.
fn convert(
    out: &mut String,
    conv: char,
    modifier: Option<char>,
    spec: &Spec,
    tm: &Tm,
    clock: &dyn Clock,
    limit: usize,
) -> bool {
    if !modifier_allowed(modifier, conv) {
        return false;
    }
    let name = |s: &str| {
        if spec.upcase || spec.swapcase {
            s.to_uppercase()
        } else {
            s.to_string()
        }
    };
    let composite = |out: &mut String, sub: &str| {
        let text = format(sub, tm, clock, limit);
        let text = if spec.upcase {
            text.to_uppercase()
        } else {
            text
        };
        push_padded(out, &text, spec);
    };
    match conv {
        '%' => push_padded(out, "%", spec),
        'n' => push_padded(out, "\n", spec),
        't' => push_padded(out, "\t", spec),
        'a' => push_padded(out, &name(abbrev(weekday_name(tm.wday))), spec),
        'A' => push_padded(out, &name(weekday_name(tm.wday)), spec),
        'b' | 'h' => push_padded(out, &name(abbrev(month_name(tm.mon))), spec),
        'B' => push_padded(out, &name(month_name(tm.mon)), spec),
        'p' | 'P' => {
            let s = if tm.hour >= 12 { "PM" } else { "AM" };
            let s = if conv == 'P' || spec.swapcase {
                s.to_lowercase()
            } else {
                s.to_string()
            };
            push_padded(out, &s, spec)
        }
        'Z' => {
            let zone = match &tm.zone {
                Some(z) if !z.is_empty() => z.clone(),
                _ if tm.isdst >= 0 => {
                    let (std, dst) = clock.tzname();
                    if tm.isdst != 0 {
                        dst
                    } else {
                        std
                    }
                }
                _ => String::new(),
            };
            let zone = if spec.swapcase {
                zone.to_lowercase()
            } else if spec.upcase {
                zone.to_uppercase()
            } else {
                zone
            };
            push_padded(out, &zone, spec)
        }
        'z' => {
            if tm.isdst >= 0 {
                let sign = if tm.gmtoff < 0 { "-" } else { "+" };
                push_padded(out, sign, spec);
                let minutes = tm.gmtoff.unsigned_abs() as i64 / 60;
                push_number(out, (minutes / 60) * 100 + minutes % 60, 4, spec, false);
            }
        }
        'c' => composite(out, "%a %b %e %H:%M:%S %Y"),
        'D' | 'x' => composite(out, "%m/%d/%y"),
        'F' => composite(out, "%Y-%m-%d"),
        'r' => composite(out, "%I:%M:%S %p"),
        'R' => composite(out, "%H:%M"),
        'T' | 'X' => composite(out, "%H:%M:%S"),
        'C' => push_number(out, tm.year.div_euclid(100), 1, spec, false),
        'd' => push_number(out, tm.mday as i64, 2, spec, false),
        'e' => push_number(out, tm.mday as i64, 2, spec, true),
        'H' => push_number(out, tm.hour as i64, 2, spec, false),
        'k' => push_number(out, tm.hour as i64, 2, spec, true),
        'I' => push_number(out, hour12(tm.hour), 2, spec, false),
        'l' => push_number(out, hour12(tm.hour), 2, spec, true),
        'j' => push_number(out, tm.yday as i64 + 1, 3, spec, false),
        'm' => push_number(out, tm.mon as i64 + 1, 2, spec, false),
        'M' => push_number(out, tm.min as i64, 2, spec, false),
        'S' => push_number(out, tm.sec as i64, 2, spec, false),
        'u' => push_number(out, (tm.wday as i64 + 6).rem_euclid(7) + 1, 1, spec, false),
        'w' => push_number(out, tm.wday as i64, 1, spec, false),
        'U' => push_number(
            out,
            (tm.yday as i64 - tm.wday as i64 + 7) / 7,
            2,
            spec,
            false,
        ),
        'W' => push_number(
            out,
            (tm.yday as i64 - (tm.wday as i64 + 6).rem_euclid(7) + 7) / 7,
            2,
            spec,
            false,
        ),
        'y' => push_number(out, tm.year.rem_euclid(100), 2, spec, false),
        'Y' => push_number(out, tm.year, 1, spec, false),
        'G' => push_number(out, iso_year_week(tm).0, 1, spec, false),
        'g' => push_number(out, iso_year_week(tm).0.rem_euclid(100), 2, spec, false),
        'V' => push_number(out, iso_year_week(tm).1, 2, spec, false),
        's' => match clock.mktime(tm) {
            Some(secs) => push_number(out, secs, 1, spec, false),
            None => return false,
        },
        _ => return false,
    }
    true
}
