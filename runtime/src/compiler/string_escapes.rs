//! Escape sequences of `str` and `bytes` literals, decoded by CPython's rules, for what the
//! parser does not give us:
//!
//! - lone surrogates: the parser turns `"\ud800"` into U+FFFD, so a literal (or the literal
//!   text of an f-string) that spells a surrogate escape is decoded again here, with the
//!   surrogate's stand-in (`objects/surrogates.rs`);
//! - CPython's messages for a bad escape: `(unicode error) 'unicodeescape' codec can't decode
//!   bytes in position 0-2: truncated \xXX escape` for `str`, `(value error) invalid \x escape
//!   at position 0` for `bytes`, where the parser only reports that something is wrong.
//!
//! Positions count as CPython's decoder sees the literal's body: one per ASCII character,
//! ten per other character (CPython rewrites each as `\U` plus eight hex digits first).

use ruff_python_ast::visitor::transformer::{walk_expr, walk_f_string, Transformer};
use ruff_python_ast::{
    Expr, FString, InterpolatedStringElement, InterpolatedStringElements, Mod, StringLiteral,
    StringLiteralValue,
};
use ruff_text_size::Ranged;

use crate::objects::surrogates::char_for_code_point;

/// A bad escape: its extent in the body and why it is bad.
#[derive(Debug, PartialEq)]
pub struct EscapeError {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

impl EscapeError {
    /// The `SyntaxError` message CPython gives for this error in a `str` literal.
    pub fn str_message(&self) -> String {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
            self.start,
            self.end.saturating_sub(1),
            self.reason
        )
    }
}

/// Whether `source` may spell a surrogate escape (`\ud800`, `\U0000DC80`), which the parser
/// decodes wrongly; cheap enough to run on every compiled file.
pub fn may_hold_surrogate_escape(source: &str) -> bool {
    let b = source.as_bytes();
    b.windows(3).any(|w| {
        w[0] == b'\\'
            && ((w[1] == b'u' && matches!(w[2], b'd' | b'D'))
                || (w[1] == b'U' && matches!(w[2], b'0')))
    })
}

/// Gives every `str` literal and f-string literal text of `module` that spells a surrogate
/// escape its true value (the parser made those U+FFFD).
pub fn restore_surrogates(module: &mut Mod, source: &str) {
    let pass = SurrogatePass { source };
    match module {
        Mod::Module(m) => m.body.iter_mut().for_each(|s| pass.visit_stmt(s)),
        Mod::Expression(e) => pass.visit_expr(&mut e.body),
    }
}

struct SurrogatePass<'a> {
    source: &'a str,
}

impl Transformer for SurrogatePass<'_> {
    fn visit_expr(&self, expr: &mut Expr) {
        walk_expr(self, expr);
        if let Expr::StringLiteral(s) = expr {
            if s.value.is_implicit_concatenated() && s.value.to_str().contains('\u{fffd}') {
                // The joined value is cached: build it again from the corrected parts.
                let parts = s.value.as_slice().to_vec();
                s.value = StringLiteralValue::concatenated(parts);
            }
        }
    }

    fn visit_f_string(&self, f_string: &mut FString) {
        if !f_string.flags.prefix().is_raw() {
            self.restore_literal_text(&mut f_string.elements);
        }
        walk_f_string(self, f_string);
    }

    fn visit_string_literal(&self, literal: &mut StringLiteral) {
        if !literal.value.contains('\u{fffd}') || literal.flags.prefix().is_raw() {
            return;
        }
        let token = self
            .source
            .get(literal.range().to_std_range())
            .unwrap_or("");
        if let Some(Ok(value)) = literal_body(token).map(|(_, body)| decode_str(body)) {
            literal.value = value.into_boxed_str();
        }
    }
}

impl SurrogatePass<'_> {
    /// Decodes again the literal text of a (non-raw) f-string's elements, format specs
    /// included, where the parser left U+FFFD.
    fn restore_literal_text(&self, elements: &mut InterpolatedStringElements) {
        for element in elements.iter_mut() {
            match element {
                InterpolatedStringElement::Literal(literal) => {
                    if !literal.value.contains('\u{fffd}') {
                        continue;
                    }
                    let text = self
                        .source
                        .get(literal.range().to_std_range())
                        .unwrap_or("");
                    if let Ok(value) = decode_str(&undouble_braces(text)) {
                        literal.value = value.into_boxed_str();
                    }
                }
                InterpolatedStringElement::Interpolation(field) => {
                    if let Some(spec) = &mut field.format_spec {
                        self.restore_literal_text(&mut spec.elements);
                    }
                }
            }
        }
    }
}

/// The literal text of an f-string as a plain literal's body: `{{` and `}}` stand for one
/// brace; the braces of a `\N{...}` escape are left alone.
fn undouble_braces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    out.push(next);
                    if next == 'N' && chars.peek() == Some(&'{') {
                        for named in chars.by_ref() {
                            out.push(named);
                            if named == '}' {
                                break;
                            }
                        }
                    }
                }
            }
            '{' | '}' if chars.peek() == Some(&c) => {
                chars.next();
            }
            _ => {}
        }
    }
    out
}

/// A literal token split into its prefix and its body (without the quotes).
pub fn literal_body(token: &str) -> Option<(&str, &str)> {
    let prefix_len = token.find(['\'', '"'])?;
    let (prefix, rest) = token.split_at(prefix_len);
    let quote = if rest.starts_with("\"\"\"") || rest.starts_with("'''") {
        &rest[..3]
    } else {
        &rest[..1]
    };
    let body = rest.strip_prefix(quote)?;
    let body = body.strip_suffix(quote).unwrap_or(body);
    Some((prefix, body))
}

/// The characters after a backslash that stand for themselves or a control character.
fn simple_escape(c: char) -> Option<char> {
    Some(match c {
        '\\' => '\\',
        '\'' => '\'',
        '"' => '"',
        'a' => '\x07',
        'b' => '\x08',
        'f' => '\x0c',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\x0b',
        _ => return None,
    })
}

/// The width CPython's decoder gives `c` in a literal's body.
fn width(c: char) -> usize {
    if c.is_ascii() {
        1
    } else {
        10
    }
}

/// Decodes the body of a non-raw `str` literal.
pub fn decode_str(body: &str) -> Result<String, EscapeError> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    let mut pos = 0;
    while let Some(c) = chars.next() {
        if c == '\r' {
            // A line break in the source is "\n", whatever the file used.
            chars.next_if_eq(&'\n');
            out.push('\n');
            pos += 1;
            continue;
        }
        if c != '\\' {
            out.push(c);
            pos += width(c);
            continue;
        }
        let start = pos;
        let Some(e) = chars.next() else {
            return Err(EscapeError {
                start,
                end: start + 1,
                reason: "\\ at end of string",
            });
        };
        pos += if e.is_ascii() { 2 } else { 6 + width(e) };
        if let Some(plain) = simple_escape(e) {
            out.push(plain);
            continue;
        }
        match e {
            '\n' => {}
            '\r' => {
                chars.next_if_eq(&'\n');
            }
            '0'..='7' => {
                let mut n = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.next_if(|d| ('0'..='7').contains(d)) {
                        Some(d) => {
                            n = n * 8 + (d as u32 - '0' as u32);
                            pos += 1;
                        }
                        None => break,
                    }
                }
                out.extend(char::from_u32(n));
            }
            'x' | 'u' | 'U' => {
                let (digits, reason) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut n: u32 = 0;
                for _ in 0..digits {
                    match chars.next_if(char::is_ascii_hexdigit) {
                        Some(d) => {
                            n = (n << 4) | d.to_digit(16).unwrap_or(0);
                            pos += 1;
                        }
                        None => {
                            return Err(EscapeError {
                                start,
                                end: pos,
                                reason,
                            })
                        }
                    }
                }
                match char_for_code_point(n) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(EscapeError {
                            start,
                            end: pos,
                            reason: "illegal Unicode character",
                        })
                    }
                }
            }
            'N' => out.push(named_escape(&mut chars, start, &mut pos)?),
            other => {
                // An unknown escape stays as it is written.
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// `\N{NAME}`, with the `\N` read; `pos` is just past it.
fn named_escape(
    chars: &mut std::iter::Peekable<std::str::Chars<'_>>,
    start: usize,
    pos: &mut usize,
) -> Result<char, EscapeError> {
    let malformed = |end| EscapeError {
        start,
        end,
        reason: "malformed \\N character escape",
    };
    if chars.next_if_eq(&'{').is_none() {
        return Err(malformed(*pos));
    }
    *pos += 1;
    let mut name = String::new();
    loop {
        match chars.next() {
            Some('}') if name.is_empty() => return Err(malformed(*pos)),
            Some('}') => break,
            Some(c) => {
                name.push(c);
                *pos += width(c);
            }
            None => return Err(malformed(*pos)),
        }
    }
    *pos += 1;
    unicode_names2::character(&name).ok_or(EscapeError {
        start,
        end: *pos,
        reason: "unknown Unicode character name",
    })
}

/// The first bad `\x` escape in the body of a non-raw `bytes` literal, as CPython words it:
/// `invalid \x escape at position 0`.
pub fn bytes_error(body: &str) -> Option<String> {
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        if b.get(i + 1) == Some(&b'x') {
            let hex = |k: usize| b.get(k).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(i + 2) && hex(i + 3)) {
                return Some(format!("(value error) invalid \\x escape at position {i}"));
            }
        }
        i += 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(body: &str) -> Option<(usize, usize, &'static str)> {
        decode_str(body).err().map(|e| (e.start, e.end, e.reason))
    }

    #[test]
    fn decodes_like_cpython() {
        assert_eq!(
            decode_str(r"a\tb\x41\101\u00e9\N{SNOWMAN}\q").ok(),
            Some("a\tbAAé☃\\q".into())
        );
        assert_eq!(decode_str("a\\\nb").ok(), Some("ab".into()));
        let s = decode_str(r"\ud800").unwrap_or_default();
        assert_eq!(
            s.chars()
                .map(crate::objects::surrogates::code_point)
                .collect::<Vec<_>>(),
            [0xD800]
        );
    }

    #[test]
    fn bad_escapes_have_cpython_extents() {
        assert_eq!(err(r"\x4"), Some((0, 3, "truncated \\xXX escape")));
        assert_eq!(err(r"ab\x4"), Some((2, 5, "truncated \\xXX escape")));
        assert_eq!(err("é\\x4"), Some((10, 13, "truncated \\xXX escape")));
        assert_eq!(err(r"\u12g4"), Some((0, 4, "truncated \\uXXXX escape")));
        assert_eq!(
            err(r"\U00110000"),
            Some((0, 10, "illegal Unicode character"))
        );
        assert_eq!(err(r"\N"), Some((0, 2, "malformed \\N character escape")));
        assert_eq!(err(r"\N{}"), Some((0, 3, "malformed \\N character escape")));
        assert_eq!(
            err(r"\N{abc"),
            Some((0, 6, "malformed \\N character escape"))
        );
        assert_eq!(
            err(r"\N{NOT A REAL NAME}"),
            Some((0, 19, "unknown Unicode character name"))
        );
        assert_eq!(
            bytes_error(r"ab\x"),
            Some("(value error) invalid \\x escape at position 2".into())
        );
        assert_eq!(bytes_error(r"\\x"), None);
    }
}
