//! The `unicode_escape` and `raw_unicode_escape` codecs: text written as Python string
//! literal escapes over Latin-1 bytes. Encoding never fails (every character has an escape);
//! decoding reports bad escapes through the error handlers of `codecs.rs` with CPython's
//! reasons and extents, and, when partial (incremental decoders), stops before an escape
//! cut by the end of the data instead of failing on it.
//!
//! `unicode_escape` decoding keeps an unknown escape (`\q`) as written and remembers the
//! first one, for the DeprecationWarning CPython issues once the decoding succeeded.

use super::codecs::Decoded;
use super::surrogates::{char_for_code_point, code_point};
use super::PyResult;
use crate::vm::Vm;

/// `warn_decoded` for a decoding the registry ran (`bytes.decode`, `codecs.decode`): a
/// warning an error filter raises is reworded as the codec's other failures are.
pub fn warn_decoded_in_registry(
    vm: &mut Vm,
    warning: Option<String>,
    encoding: &str,
) -> PyResult<()> {
    warn_decoded(vm, warning)
        .map_err(|e| super::codecs::reword_any_failure("decoding", encoding, e))
}

/// Issues the DeprecationWarning a successful decoding owes, if any (an error filter makes
/// it the exception).
pub fn warn_decoded(vm: &mut Vm, warning: Option<String>) -> PyResult<()> {
    match warning {
        Some(message) => vm.warn_deprecated(&message),
        None => Ok(()),
    }
}

/// Appends `c` as `unicode_escape` writes it: printable ASCII as itself (but `\\`),
/// `\t` `\n` `\r`, other code points below 256 as `\xhh`, the rest as `\uhhhh`/`\Uhhhhhhhh`.
pub fn push_unicode_escape(c: char, out: &mut Vec<u8>) {
    let n = code_point(c);
    match n {
        0x5C => out.extend_from_slice(b"\\\\"),
        0x09 => out.extend_from_slice(b"\\t"),
        0x0A => out.extend_from_slice(b"\\n"),
        0x0D => out.extend_from_slice(b"\\r"),
        0x20..=0x7E => out.push(n as u8),
        _ => out.extend_from_slice(super::codecs::backslash_escape(n).as_bytes()),
    }
}

/// Appends `c` as `raw_unicode_escape` writes it: code points below 256 as their byte (a
/// backslash too), the rest as `\uhhhh`/`\Uhhhhhhhh`.
pub fn push_raw_unicode_escape(c: char, out: &mut Vec<u8>) {
    let n = code_point(c);
    if n < 0x100 {
        out.push(n as u8);
    } else {
        out.extend_from_slice(super::codecs::backslash_escape(n).as_bytes());
    }
}

/// The value of `digits`, which are hex digits.
fn hex_value(digits: &[u8]) -> u32 {
    digits.iter().fold(0u32, |n, &d| {
        let v = (d as char).to_digit(16).unwrap_or(0);
        n.wrapping_shl(4) | v
    })
}

/// How many of the (at most `max`) bytes at `data[at..]` are hex digits, in a row.
fn hex_run(data: &[u8], at: usize, max: usize) -> usize {
    data.get(at..)
        .unwrap_or(&[])
        .iter()
        .take(max)
        .take_while(|b| b.is_ascii_hexdigit())
        .count()
}

/// Whether an escape that is bad up to `end` was cut by the end of a partial decoding's
/// data: it may complete with the next chunk.
fn cut_by_end(out: &Decoded, end: usize) -> bool {
    out.partial && end >= out.data.len()
}

/// Decodes `out.data` as `unicode_escape` onto `out.text`.
pub fn decode_unicode_escape(out: &mut Decoded) -> PyResult<()> {
    let data = out.data;
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.text.push(b as char);
            i += 1;
            continue;
        }
        let start = i;
        let Some(&e) = data.get(i + 1) else {
            if out.partial {
                out.consumed = start;
                break;
            }
            i = out.error(start, data.len(), "\\ at end of string")?;
            continue;
        };
        i += 2;
        let plain = match e {
            b'\n' => continue,
            b'\\' | b'\'' | b'"' => e as char,
            b'b' => '\x08',
            b'f' => '\x0c',
            b't' => '\t',
            b'n' => '\n',
            b'r' => '\r',
            b'v' => '\x0b',
            b'a' => '\x07',
            b'0'..=b'7' => {
                let digits = 1 + data[i..]
                    .iter()
                    .take(2)
                    .take_while(|d| (b'0'..=b'7').contains(d))
                    .count();
                let written = &data[start + 1..start + 1 + digits];
                i = start + 1 + digits;
                let n = written.iter().fold(0u32, |n, &d| n * 8 + (d - b'0') as u32);
                if n > 0o377 && out.invalid_escape.is_none() {
                    let written: String = written.iter().map(|&d| d as char).collect();
                    out.invalid_escape =
                        Some(format!("invalid octal escape sequence '\\{written}'"));
                }
                char::from_u32(n).unwrap_or('\u{fffd}')
            }
            b'x' | b'u' | b'U' | b'N' => {
                let escape = match e {
                    b'x' => hex_escape(out, start, 2, "illegal Unicode character"),
                    b'u' => hex_escape(out, start, 4, "illegal Unicode character"),
                    b'U' => hex_escape(out, start, 8, "illegal Unicode character"),
                    _ => named_escape(out, start),
                };
                match escape {
                    Escape::Char(c, end) => {
                        i = end;
                        c
                    }
                    Escape::Cut => {
                        out.consumed = start;
                        break;
                    }
                    Escape::Bad(end, reason) => {
                        i = out.error(start, end, reason)?;
                        continue;
                    }
                }
            }
            other => {
                if out.invalid_escape.is_none() {
                    out.invalid_escape =
                        Some(format!("invalid escape sequence '\\{}'", other as char));
                }
                out.text.push('\\');
                other as char
            }
        };
        out.text.push(plain);
    }
    Ok(())
}

/// What an escape at `data[start]` reads as.
enum Escape {
    /// The character, and where the escape ends.
    Char(char, usize),
    /// Where the bad escape ends, and why it is bad.
    Bad(usize, &'static str),
    /// Cut by the end of a partial decoding's data: it may complete with the next chunk.
    Cut,
}

const MALFORMED_NAME: &str = "malformed \\N character escape";

/// `\xXX`, `\uXXXX` or `\UXXXXXXXX` (`want` hex digits) at `out.data[start]`;
/// `out_of_range` says why a code point past U+10FFFF is bad.
fn hex_escape(out: &Decoded, start: usize, want: usize, out_of_range: &'static str) -> Escape {
    let digits = start + 2;
    let end = digits + hex_run(out.data, digits, want);
    if end - digits < want {
        if cut_by_end(out, end) {
            return Escape::Cut;
        }
        return Escape::Bad(
            end,
            match want {
                2 => "truncated \\xXX escape",
                4 => "truncated \\uXXXX escape",
                _ => "truncated \\UXXXXXXXX escape",
            },
        );
    }
    match char_for_code_point(hex_value(&out.data[digits..end])) {
        Some(c) => Escape::Char(c, end),
        None => Escape::Bad(end, out_of_range),
    }
}

/// `\N{name}` at `out.data[start]`.
fn named_escape(out: &Decoded, start: usize) -> Escape {
    let (data, open) = (out.data, start + 2);
    let cut = || {
        if out.partial {
            Escape::Cut
        } else {
            Escape::Bad(data.len(), MALFORMED_NAME)
        }
    };
    match data.get(open) {
        Some(b'{') => {}
        Some(_) => return Escape::Bad(open, MALFORMED_NAME),
        None => return cut(),
    }
    let name_start = open + 1;
    let Some(len) = data[name_start..].iter().position(|&b| b == b'}') else {
        return cut();
    };
    if len == 0 {
        return Escape::Bad(name_start, MALFORMED_NAME);
    }
    let end = name_start + len + 1;
    let found = std::str::from_utf8(&data[name_start..name_start + len])
        .ok()
        .and_then(unicode_names2::character)
        // Characters assigned after Unicode 14 have no name in CPython 3.11.
        .filter(|&c| super::unicode::name(c).is_some());
    match found {
        Some(c) => Escape::Char(c, end),
        None => Escape::Bad(end, "unknown Unicode character name"),
    }
}

/// Decodes `out.data` as `raw_unicode_escape` onto `out.text`: only `\u` and `\U` after
/// an odd number of backslashes are escapes.
pub fn decode_raw_unicode_escape(out: &mut Decoded) -> PyResult<()> {
    let data = out.data;
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.text.push(b as char);
            i += 1;
            continue;
        }
        let start = i;
        let want = match data.get(i + 1) {
            None if out.partial => {
                out.consumed = start;
                break;
            }
            Some(b'u') => 4,
            Some(b'U') => 8,
            Some(b'\\') => {
                // A pair of backslashes escapes nothing.
                out.text.push_str("\\\\");
                i += 2;
                continue;
            }
            _ => {
                out.text.push('\\');
                i += 1;
                continue;
            }
        };
        match hex_escape(out, start, want, "\\Uxxxxxxxx out of range") {
            Escape::Char(c, end) => {
                out.text.push(c);
                i = end;
            }
            Escape::Cut => {
                out.consumed = start;
                break;
            }
            Escape::Bad(end, reason) => i = out.error(start, end, reason)?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(text: &str, push: fn(char, &mut Vec<u8>)) -> Vec<u8> {
        let mut out = Vec::new();
        text.chars().for_each(|c| push(c, &mut out));
        out
    }

    #[test]
    fn escapes_encode_like_cpython() {
        assert_eq!(
            encoded("a\\'\t\x7f\u{e9}\u{20ac}\u{1f600}", push_unicode_escape),
            b"a\\\\'\\t\\x7f\\xe9\\u20ac\\U0001f600"
        );
        assert_eq!(
            encoded("\\\u{e9}\u{20ac}", push_raw_unicode_escape),
            b"\\\xe9\\u20ac"
        );
    }

    fn decoded(data: &[u8], encoding: &str, partial: bool) -> (String, usize, Option<String>) {
        use super::super::codecs::{decode_text, DecodeMode};
        match decode_text(data, encoding, "strict", DecodeMode::Function(partial)) {
            Ok(out) => (out.text, out.consumed, out.warning),
            Err(_) => ("<error>".to_string(), 0, None),
        }
    }

    #[test]
    fn partial_decoding_keeps_a_cut_escape() {
        assert_eq!(
            decoded(b"a\\x4", "unicode_escape", true),
            ("a".into(), 1, None)
        );
        assert_eq!(
            decoded(b"\\N{EURO", "unicode_escape", true),
            ("".into(), 0, None)
        );
        assert_eq!(decoded(b"\\x4", "unicode_escape", false).0, "<error>");
        assert_eq!(
            decoded(b"\\\\\\", "raw_unicode_escape", true),
            ("\\\\".into(), 2, None)
        );
        assert_eq!(
            decoded(b"\\", "raw_unicode_escape", false),
            ("\\".into(), 1, None)
        );
    }

    #[test]
    fn unknown_escapes_are_kept_and_warned_once() {
        let (text, _, warning) = decoded(b"\\q\\w\\N{EN DASH}", "unicode_escape", false);
        assert_eq!(text, "\\q\\w\u{2013}");
        assert_eq!(warning.as_deref(), Some("invalid escape sequence '\\q'"));
        let (text, _, warning) = decoded(b"\\777", "unicode_escape", false);
        assert_eq!(text, "\u{1ff}");
        assert_eq!(
            warning.as_deref(),
            Some("invalid octal escape sequence '\\777'")
        );
    }

    #[test]
    fn hex_runs_stop_at_non_digits() {
        assert_eq!(hex_run(b"\\x4g", 2, 2), 1);
        assert_eq!(hex_run(b"\\u12", 2, 4), 2);
        assert_eq!(hex_value(b"20ac"), 0x20ac);
    }
}
