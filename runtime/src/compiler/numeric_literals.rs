//! Malformed numeric literals as CPython 3.11's tokenizer reports them ("invalid decimal
//! literal", "invalid digit '2' in binary literal"...). ruff splits `1_` into a number and a
//! name and reports plain "invalid syntax", so when a source fails to parse, each number token
//! before the error is rescanned here with the tokenizer's rules.

/// Keywords that may follow a number with no space (`1if x else y`): CPython only warns.
const KEYWORDS_AFTER_NUMBER: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];

/// The tokenizer's error for the literal starting at byte `start` of `source`, if malformed:
/// (message, byte offset of the offending character).
pub fn literal_error(source: &str, start: usize) -> Option<(String, usize)> {
    let b = source.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    if at(start) == b'0' {
        let (kind, is_digit): (&str, fn(u8) -> bool) = match at(start + 1) {
            b'x' | b'X' => ("hexadecimal", |c| c.is_ascii_hexdigit()),
            b'o' | b'O' => ("octal", |c| (b'0'..=b'7').contains(&c)),
            b'b' | b'B' => ("binary", |c| c == b'0' || c == b'1'),
            _ => return decimal(source, start),
        };
        let invalid = |i: usize| {
            let c = at(i);
            // A decimal digit that the base does not allow gets its own message.
            if kind != "hexadecimal" && c.is_ascii_digit() {
                Some((
                    format!("invalid digit '{}' in {kind} literal", c as char),
                    i,
                ))
            } else {
                Some((format!("invalid {kind} literal"), i))
            }
        };
        let mut i = start + 2;
        loop {
            if at(i) == b'_' {
                i += 1;
            }
            if !is_digit(at(i)) {
                return invalid(i);
            }
            while is_digit(at(i)) {
                i += 1;
            }
            if at(i) != b'_' {
                break;
            }
        }
        if at(i).is_ascii_digit() {
            return invalid(i);
        }
        return end_of_number(source, i, kind);
    }
    decimal(source, start)
}

/// Digits with single underscores between them; `i` is at the first digit. Returns the end,
/// or the error when an underscore is not followed by a digit.
fn digits(b: &[u8], mut i: usize) -> Result<usize, usize> {
    loop {
        while b.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        if b.get(i) != Some(&b'_') {
            return Ok(i);
        }
        i += 1;
        if !b.get(i).is_some_and(|c| c.is_ascii_digit()) {
            return Err(i);
        }
    }
}

fn decimal(source: &str, start: usize) -> Option<(String, usize)> {
    let b = source.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let bad = |i: usize| Some(("invalid decimal literal".to_string(), i));
    let mut i = start;
    if at(i).is_ascii_digit() {
        i = match digits(b, i) {
            Ok(end) => end,
            Err(e) => return bad(e),
        };
    }
    if at(i) == b'.' {
        i += 1;
        if at(i).is_ascii_digit() {
            i = match digits(b, i) {
                Ok(end) => end,
                Err(e) => return bad(e),
            };
        }
    }
    if matches!(at(i), b'e' | b'E') {
        let e = i;
        i += 1;
        if matches!(at(i), b'+' | b'-') {
            i += 1;
            if !at(i).is_ascii_digit() {
                return bad(i);
            }
        } else if !at(i).is_ascii_digit() {
            // `1else`: the `e` may start a keyword.
            return end_of_number(source, e, "decimal");
        }
        i = match digits(b, i) {
            Ok(end) => end,
            Err(e) => return bad(e),
        };
    }
    if matches!(at(i), b'j' | b'J') {
        return end_of_number(source, i + 1, "imaginary");
    }
    end_of_number(source, i, "decimal")
}

/// A number must not run into a name, except a keyword from `KEYWORDS_AFTER_NUMBER`.
fn end_of_number(source: &str, i: usize, kind: &str) -> Option<(String, usize)> {
    let rest = source.get(i..).unwrap_or("");
    let c = rest.chars().next()?;
    let name_char = c.is_alphanumeric() || c == '_' || !c.is_ascii();
    if !name_char || KEYWORDS_AFTER_NUMBER.iter().any(|k| rest.starts_with(k)) {
        return None;
    }
    Some((format!("invalid {kind} literal"), i))
}
