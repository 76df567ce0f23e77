//! Unicode character properties and case mappings as CPython 3.11 sees them: the
//! classification behind `str.isalpha`, `isdecimal`, `isdigit`, `isnumeric`, `isspace`,
//! `isprintable` (and `repr`), `isidentifier`, character names, `isupper`/`islower`/`istitle`, and the
//! mappings of `upper`, `lower`, `title`, `capitalize`, `swapcase` and `casefold`.
//!
//! The classes CPython reads from its own Unicode 14 database and Rust's `char` methods do
//! not give (letters without the alphabetic marks, printable, numeric) come from the
//! generated `unicode_tables.rs`. Simple and full upper/lower case mappings are Rust's,
//! which agree with CPython's; title case and case folding differ from them only for the
//! characters handled explicitly below.

use super::unicode_tables as tables;

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let n = c as u32;
    table
        .binary_search_by(|&(first, last)| {
            if last < n {
                std::cmp::Ordering::Less
            } else if first > n {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The columns `c` takes on a terminal as CPython's tracebacks count them: two for the
/// East Asian Wide and Fullwidth characters, one for every other.
pub fn display_width(c: char) -> usize {
    if c.is_ascii() || !in_ranges(tables::WIDE, c) {
        1
    } else {
        2
    }
}

/// The value of a Unicode decimal digit (what `int()` and `str.isdecimal` accept).
pub fn decimal_value(c: char) -> Option<u32> {
    let n = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    // The last run starting at or before `n`, if `n` is among its ten digits.
    let i = tables::DECIMAL_RUNS.partition_point(|&start| start <= n);
    let start = *tables::DECIMAL_RUNS.get(i.checked_sub(1)?)?;
    (n - start < 10).then_some(n - start)
}

/// `str.isdigit` for one character: decimals plus the other digits (superscripts, circled…).
pub fn is_digit(c: char) -> bool {
    decimal_value(c).is_some() || in_ranges(tables::DIGIT_NOT_DECIMAL, c)
}

/// `str.isnumeric` for one character (also CJK numerals such as '三').
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(tables::NUMERIC, c)
}

/// `str.isalpha` for one character: letters only (not letter numbers like 'Ⅻ' nor the
/// alphabetic combining marks).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(tables::ALPHA, c)
}

/// `str.isalnum` for one character.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// `str.isspace` for one character: White_Space plus the ASCII information separators
/// U+001C..U+001F, which CPython counts as whitespace (bidirectional class B or S).
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Printable for `str.isprintable` and `repr`: not a control, format, surrogate,
/// private-use or unassigned character, nor a separator other than the space.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !in_ranges(tables::NOT_PRINTABLE, c)
}

/// The character's name as CPython 3.11's `unicodedata.name` gives it ("LATIN SMALL LETTER
/// E WITH ACUTE", "CJK UNIFIED IDEOGRAPH-6771"). The names come from `unicode_names2`,
/// whose newer database also names characters assigned after Unicode 14: the generated
/// `NAMED` table keeps those (and the unnamed controls) unnamed, as CPython 3.11 has them.
pub fn name(c: char) -> Option<String> {
    if !in_ranges(tables::NAMED, c) {
        return None;
    }
    unicode_names2::name(c).map(|name| name.to_string())
}

/// `str.isidentifier`: XID_Start or '_' first, XID_Continue after.
pub fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => {
            (first == '_' || unicode_ident::is_xid_start(first)) && chars.all(is_xid_continue)
        }
        None => false,
    }
}

/// XID_Continue as of Unicode 14, which CPython 3.11 uses: later versions added the
/// zero-width joiners.
fn is_xid_continue(c: char) -> bool {
    unicode_ident::is_xid_continue(c) && !matches!(c, '\u{200C}' | '\u{200D}')
}

/// Title-case letters (category Lt): the digraphs 'ǅ', 'ǈ', 'ǋ', 'ǲ' and the Greek capitals
/// with prosgegrammeni.
pub fn is_titlecase(c: char) -> bool {
    matches!(
        c as u32,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF
            | 0x1FBC | 0x1FCC | 0x1FFC
    )
}

/// Cased: has case (uppercase, lowercase or title case).
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// `str.isupper`: some cased character, none lowercase or title case.
pub fn is_upper(text: &str) -> bool {
    let mut cased = false;
    for c in text.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

/// `str.islower`: some cased character, none uppercase or title case.
pub fn is_lower(text: &str) -> bool {
    let mut cased = false;
    for c in text.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
}

/// `str.istitle`: uppercase and title-case characters only after uncased ones, lowercase
/// ones only after cased ones, and at least one cased character.
pub fn is_title(text: &str) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in text.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

/// The full title-case mapping of `c` where it differs from the uppercase one.
fn special_title(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "Ss",
        '\u{587}' => "\u{535}\u{582}",
        '\u{FB00}' => "Ff",
        '\u{FB01}' => "Fi",
        '\u{FB02}' => "Fl",
        '\u{FB03}' => "Ffi",
        '\u{FB04}' => "Ffl",
        '\u{FB05}' | '\u{FB06}' => "St",
        '\u{FB13}' => "\u{544}\u{576}",
        '\u{FB14}' => "\u{544}\u{565}",
        '\u{FB15}' => "\u{544}\u{56B}",
        '\u{FB16}' => "\u{54E}\u{576}",
        '\u{FB17}' => "\u{544}\u{56D}",
        // Greek with ypogegrammeni: the title case keeps the iota as a combining mark.
        '\u{1FB2}' => "\u{1FBA}\u{345}",
        '\u{1FB4}' => "\u{386}\u{345}",
        '\u{1FB7}' => "\u{391}\u{342}\u{345}",
        '\u{1FC2}' => "\u{1FCA}\u{345}",
        '\u{1FC4}' => "\u{389}\u{345}",
        '\u{1FC7}' => "\u{397}\u{342}\u{345}",
        '\u{1FF2}' => "\u{1FFA}\u{345}",
        '\u{1FF4}' => "\u{38F}\u{345}",
        '\u{1FF7}' => "\u{3A9}\u{342}\u{345}",
        _ => return None,
    })
}

/// The single-character title case of `c` where it differs from the uppercase mapping.
fn simple_title(c: char) -> Option<char> {
    let n = c as u32;
    let t = match n {
        0x1C4..=0x1C6 => 0x1C5,
        0x1C7..=0x1C9 => 0x1C8,
        0x1CA..=0x1CC => 0x1CB,
        0x1F1..=0x1F3 => 0x1F2,
        // Georgian Mkhedruli letters are their own title case (their uppercase is Mtavruli).
        0x10D0..=0x10FA | 0x10FD..=0x10FF => n,
        // Greek with ypogegrammeni or prosgegrammeni: the Lt form of each row.
        0x1F80..=0x1FAF => (n & !0xF) | 0x8 | (n & 0x7),
        0x1FB3 | 0x1FBC => 0x1FBC,
        0x1FC3 | 0x1FCC => 0x1FCC,
        0x1FF3 | 0x1FFC => 0x1FFC,
        _ => return None,
    };
    char::from_u32(t)
}

/// Appends the full title case of `c`.
pub fn push_title(out: &mut String, c: char) {
    if let Some(t) = simple_title(c) {
        out.push(t);
    } else if let Some(t) = special_title(c) {
        out.push_str(t);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// For each 'Σ' of `text`, in order: is it word-final (so it lowers to 'ς')? Rust's
/// `str::to_lowercase` applies the same final-sigma rule as CPython, so its output is
/// read at the place each capital sigma maps to.
fn final_sigmas(text: &str) -> Vec<bool> {
    if !text.contains('Σ') {
        return Vec::new();
    }
    let lowered: Vec<char> = text.to_lowercase().chars().collect();
    let mut at = 0;
    let mut out = Vec::new();
    for c in text.chars() {
        if c == 'Σ' {
            out.push(lowered.get(at) == Some(&'ς'));
            at += 1;
        } else {
            at += c.to_lowercase().count();
        }
    }
    out
}

/// Lowers text character by character, as `title`, `capitalize` and `swapcase` need:
/// `lower(out, c)` appends the lowercase of one character, sigmas in context.
struct Lowerer {
    finals: std::vec::IntoIter<bool>,
}

impl Lowerer {
    fn new(text: &str) -> Lowerer {
        Lowerer {
            finals: final_sigmas(text).into_iter(),
        }
    }

    /// Must be called for every 'Σ' of the text, in order (it consumes one decision).
    fn lower(&mut self, out: &mut String, c: char) {
        if c == 'Σ' {
            out.push(if self.finals.next().unwrap_or(false) {
                'ς'
            } else {
                'σ'
            });
        } else {
            out.extend(c.to_lowercase());
        }
    }

    /// Skips the decision of a 'Σ' that was not lowered.
    fn skip(&mut self, c: char) {
        if c == 'Σ' {
            self.finals.next();
        }
    }
}

/// `str.title`: title case after an uncased character, lowercase after a cased one.
pub fn title(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lowerer = Lowerer::new(text);
    let mut previous_cased = false;
    for c in text.chars() {
        if previous_cased {
            lowerer.lower(&mut out, c);
        } else {
            lowerer.skip(c);
            push_title(&mut out, c);
        }
        previous_cased = is_cased(c);
    }
    out
}

/// `str.capitalize`: the first character in title case, the rest lowercase.
pub fn capitalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lowerer = Lowerer::new(text);
    let mut chars = text.chars();
    if let Some(first) = chars.next() {
        lowerer.skip(first);
        push_title(&mut out, first);
    }
    for c in chars {
        lowerer.lower(&mut out, c);
    }
    out
}

/// `str.swapcase`: uppercase characters lowered, lowercase ones raised, the rest kept.
pub fn swapcase(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lowerer = Lowerer::new(text);
    for c in text.chars() {
        if c.is_uppercase() {
            lowerer.lower(&mut out, c);
        } else {
            lowerer.skip(c);
            if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
    }
    out
}

/// `str.casefold`: the full case folding, which is the lowercase of the uppercase except
/// for Cherokee (folded to its uppercase letters), 'ı' (kept) and 'ẞ' ("ss").
pub fn casefold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c as u32 {
            0x13A0..=0x13FD | 0xAB70..=0xABBF => out.extend(c.to_uppercase()),
            0x131 => out.push(c),
            0x1E9E => out.push_str("ss"),
            _ => {
                for u in c.to_uppercase() {
                    out.extend(u.to_lowercase());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_cpython() {
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('²'), None);
        assert!(is_digit('²') && !is_digit('½'));
        assert!(is_numeric('½') && is_numeric('三') && !is_numeric('a'));
        assert!(is_alpha('é') && !is_alpha('\u{345}') && !is_alpha('Ⅻ'));
        assert!(is_space('\x1f') && !is_space('\u{200b}'));
        assert!(is_printable('é') && !is_printable('\u{378}') && !is_printable('\u{ad}'));
        assert!(is_identifier("℘x") && is_identifier("_1") && !is_identifier("1a"));
    }

    #[test]
    fn case_mappings_follow_cpython() {
        assert_eq!(title("ǆa ßx ﬁ"), "ǅa Ssx Fi");
        assert_eq!(title("ΑΣ Α"), "Ας Α");
        assert_eq!(capitalize("ǆΣΑΣ"), "ǅσας");
        assert_eq!(swapcase("ΑΣ ǅ"), "ας ǅ");
        assert_eq!(casefold("ßẞꭰΣς"), "ssssᎠσσ");
        assert!(is_title("ǅa") && !is_upper("ǅ") && !is_lower("ǲǳ"));
    }
}
