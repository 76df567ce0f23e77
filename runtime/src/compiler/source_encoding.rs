//! Python source bytes to text, as PEP 263 has CPython read them: a UTF-8 byte order mark,
//! or a `coding[:=]name` declaration in a comment on the first line (or the second, when
//! the first holds only a comment or nothing), names the encoding; otherwise the source is
//! UTF-8. Scripts, imported files, `compile()` of bytes and the bundler all read sources here.

use super::CompileError;

/// The source as text, or the message of CPython's SyntaxError (`filename` names the file in
/// the message about undeclared non-UTF-8 bytes).
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, String> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    match declared_encoding(body) {
        Some(name) => {
            let name = normal_name(&name);
            if name == "utf-8" {
                return utf8(body, filename);
            }
            if bom {
                return Err(format!("encoding problem: {name} with BOM"));
            }
            // An unknown codec and undecodable bytes are both "encoding problem" in 3.11.
            crate::objects::codecs::decode(body, &name, "strict")
                .map_err(|_| format!("encoding problem: {name}"))
        }
        None => utf8(body, filename),
    }
}

/// Why `compile()` of bytes (and so an import, which compiles the file's bytes) cannot
/// read them. The messages are not those of a script run directly (`decode_source`).
#[derive(Debug)]
pub enum BytesSourceError {
    /// The declaration names no text codec, conflicts with a byte order mark, or its codec
    /// cannot decode the bytes: a SyntaxError whose location is `(filename, 0, -1, None)`.
    Encoding(String),
    /// Undeclared bytes that are not UTF-8. CPython's tokenizer reads them as they come: a
    /// bad byte in a comment passes, one in a string or a name is an error where it is
    /// met, after any error earlier in the source. `text` is the source with each bad
    /// sequence replaced by U+FFFD; compile it, and report `error` unless compiling stops
    /// first (`first_error`).
    NotUtf8 {
        text: String,
        error: Option<Box<BadUtf8>>,
    },
}

/// Bytes given to `compile()`, `exec()` or `eval()` (or an imported file) as text.
pub fn decode_compiled_bytes(bytes: &[u8], filename: &str) -> Result<String, BytesSourceError> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let declared = declared_encoding(body).map(|n| normal_name(&n));
    match declared.as_deref() {
        None | Some("utf-8") => match std::str::from_utf8(body) {
            Ok(text) => Ok(text.to_string()),
            Err(_) => Err(BytesSourceError::NotUtf8 {
                text: String::from_utf8_lossy(body).into_owned(),
                error: first_bad_utf8(body, filename).map(Box::new),
            }),
        },
        Some(name) if bom => Err(BytesSourceError::Encoding(format!(
            "encoding problem: {name} with BOM"
        ))),
        Some(name) => crate::objects::codecs::decode(body, name, "strict").map_err(|err| {
            let msg = crate::objects::exception_attrs::unicode_error_str(&err.exc)
                .ok()
                .flatten()
                .unwrap_or_else(|| err.message());
            BytesSourceError::Encoding(msg)
        }),
    }
}

/// The earlier of the error compiling the replaced text and the bad-byte error: the
/// compiler's comes first only when it lies before the token holding the bad byte (on an
/// earlier line, or before the token's start on its line) and is not one found only at the
/// end of the source.
pub fn first_error(compiled: Option<CompileError>, bad: Option<&BadUtf8>) -> Option<CompileError> {
    let Some(bad) = bad else { return compiled };
    let Some(c) = compiled else {
        return Some(bad.error.clone());
    };
    let at_end = c.msg.ends_with("was never closed")
        || c.msg.starts_with("unterminated triple-quoted")
        || c.msg.starts_with("unexpected EOF");
    if !at_end && (c.lineno, c.offset) < bad.token_start {
        Some(c)
    } else {
        Some(bad.error.clone())
    }
}

/// The error at a bad UTF-8 sequence, and where the token holding it starts (line,
/// 1-based character offset in the replaced text).
#[derive(Clone, Debug)]
pub struct BadUtf8 {
    pub error: CompileError,
    pub token_start: (u32, u32),
}

/// The first bad UTF-8 sequence that CPython's tokenizer stops at (one in a comment or a
/// bytes literal does not count: the first passes, the second is the parser's error).
fn first_bad_utf8(body: &[u8], filename: &str) -> Option<BadUtf8> {
    let mut scan = Scanner { b: body, i: 0 };
    while scan.i < body.len() {
        let c = body[scan.i];
        if c == b'#' {
            scan.skip_line();
        } else if c == b'\'' || c == b'"' {
            let prefix = scan.prefix_before(scan.i);
            let (body_start, end) = scan.string_at(scan.i);
            let is_bytes = prefix.iter().any(|p| p.eq_ignore_ascii_case(&b'b'));
            let inner_end = end.saturating_sub(quote_len(body, scan.i)).max(body_start);
            if let (false, Err(e)) = (is_bytes, std::str::from_utf8(&body[body_start..inner_end])) {
                // Reported by the parser at the end of the string token.
                let msg = utf8_message(&body[body_start..inner_end], e);
                return Some(located(body, filename, msg, (scan.i, end), false));
            }
            scan.i = end;
        } else if c >= 0x80 || c == b'_' || c.is_ascii_alphabetic() {
            let start = scan.i;
            while scan.i < body.len() && is_name_byte(body[scan.i]) {
                scan.i += 1;
            }
            // A string prefix: the quote follows.
            if matches!(body.get(scan.i), Some(b'\'' | b'"')) && scan.i - start <= 3 {
                continue;
            }
            if let Err(e) = std::str::from_utf8(&body[start..scan.i]) {
                // The tokenizer's error, at the end of the name, without an end.
                let msg = utf8_message(&body[start..scan.i], e);
                return Some(located(body, filename, msg, (start, scan.i), true));
            }
        } else if c.is_ascii_digit() {
            while scan.i < body.len() && is_name_byte(body[scan.i]) && body[scan.i] < 0x80 {
                scan.i += 1;
            }
        } else {
            scan.i += 1;
        }
    }
    None
}

fn is_name_byte(b: u8) -> bool {
    b >= 0x80 || b == b'_' || b.is_ascii_alphanumeric()
}

fn quote_len(b: &[u8], at: usize) -> usize {
    let q = b[at];
    if b.get(at + 1) == Some(&q) && b.get(at + 2) == Some(&q) {
        3
    } else {
        1
    }
}

/// Walks source bytes the way the tokenizer does for strings and comments.
struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
}

impl Scanner<'_> {
    fn skip_line(&mut self) {
        while self.i < self.b.len() && self.b[self.i] != b'\n' {
            self.i += 1;
        }
    }

    /// The letters right before the quote at `at`.
    fn prefix_before(&self, at: usize) -> &[u8] {
        let mut s = at;
        while s > 0 && self.b[s - 1].is_ascii_alphabetic() && at - s < 3 {
            s -= 1;
        }
        &self.b[s..at]
    }

    /// Where the body of the string whose quote is at `at` starts, and where the string
    /// ends (after its closing quote, or at the end of the line/source when unterminated).
    fn string_at(&self, at: usize) -> (usize, usize) {
        let q = self.b[at];
        let n = quote_len(self.b, at);
        let start = at + n;
        let mut i = start;
        while i < self.b.len() {
            let c = self.b[i];
            if c == b'\\' {
                i += 2;
                continue;
            }
            if n == 1 && c == b'\n' {
                return (start, i);
            }
            if c == q && (n == 1 || self.b[i..].starts_with(&[q, q, q])) {
                return (start, i + n);
            }
            i += 1;
        }
        (start, self.b.len())
    }
}

/// `(unicode error) 'utf-8' codec can't decode …` for `bytes`, which fail at `e`.
fn utf8_message(bytes: &[u8], e: std::str::Utf8Error) -> String {
    let at = e.valid_up_to();
    let (len, reason) = match e.error_len() {
        None => (bytes.len() - at, "unexpected end of data"),
        Some(n) if matches!(bytes[at], 0xc2..=0xf4) => (n, "invalid continuation byte"),
        Some(n) => (n, "invalid start byte"),
    };
    let what = if len == 1 {
        format!("byte 0x{:02x} in position {at}", bytes[at])
    } else {
        format!("bytes in position {at}-{}", at + len - 1)
    };
    format!("(unicode error) 'utf-8' codec can't decode {what}: {reason}")
}

/// The error for the token at `token` (byte range) of `body`, at the token's end: 1-based
/// byte columns (CPython counts these in bytes), the line decoded with replacements as its
/// text; `open`: no end column, and the offset is the end's column itself (the
/// tokenizer's error) rather than one past it (the parser's).
fn located(body: &[u8], filename: &str, msg: String, token: (usize, usize), open: bool) -> BadUtf8 {
    let (start, end) = token;
    let line_of = |at: usize| body[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
    let line_start_of = |at: usize| {
        body[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1)
    };
    let line_start = line_start_of(end);
    let lineno = line_of(end);
    let line_end = body[line_start..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(body.len(), |p| line_start + p);
    let text = String::from_utf8_lossy(&body[line_start..line_end]);
    let column = (end - line_start) as u32;
    let token_line_start = line_start_of(start);
    let token_column = String::from_utf8_lossy(&body[token_line_start..start])
        .chars()
        .count() as u32;
    BadUtf8 {
        error: CompileError {
            kind: super::CompileErrorKind::SyntaxError,
            msg,
            filename: filename.into(),
            lineno,
            offset: if open { column } else { column + 1 },
            end_lineno: lineno,
            end_offset: if open { -1 } else { i64::from(column) + 1 },
            text: Some(text.trim_end_matches('\r').to_string()),
            location_in_args: true,
        },
        token_start: (line_of(start), token_column + 1),
    }
}

fn utf8(bytes: &[u8], filename: &str) -> Result<String, String> {
    std::str::from_utf8(bytes).map(str::to_string).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!(
            "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding \
                 declared; see https://peps.python.org/pep-0263/ for details",
            bytes.get(at).copied().unwrap_or(0),
            filename,
            line
        )
    })
}

/// Whether CPython reports the SyntaxError columns of these source bytes in UTF-8 bytes:
/// its tokenizer turns them into characters only when it was told the encoding, by a byte
/// order mark or a declaration (a `str` source is always in characters). Bytes that are
/// not UTF-8 are left in the columns of their decoded text, where each bad byte is one
/// character, as the errors about them already count.
pub fn columns_in_bytes(source: &[u8]) -> bool {
    !source.starts_with(b"\xef\xbb\xbf")
        && declared_encoding(source).is_none()
        && std::str::from_utf8(source).is_ok()
}

/// The encoding a declaration on the first two lines names, as written.
fn declared_encoding(source: &[u8]) -> Option<String> {
    let mut lines = source.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = coding_spec(first) {
        return Some(name);
    }
    // The second line counts only after a first line that is blank or a comment.
    let first_rest = skip_blanks(first);
    if !(first_rest.is_empty() || first_rest.starts_with(b"#") || first_rest == b"\r") {
        return None;
    }
    coding_spec(lines.next()?)
}

fn skip_blanks(line: &[u8]) -> &[u8] {
    let n = line
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\x0c'))
        .count();
    &line[n..]
}

/// `name` from a comment line holding `coding:name` or `coding=name`.
fn coding_spec(line: &[u8]) -> Option<String> {
    let comment = skip_blanks(line).strip_prefix(b"#")?;
    let mut rest = comment;
    while let Some(i) = find(rest, b"coding") {
        let after = &rest[i + b"coding".len()..];
        if let Some(value) = after
            .strip_prefix(b":")
            .or_else(|| after.strip_prefix(b"="))
        {
            let value = skip_blanks(value);
            let n = value
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
                .count();
            if n > 0 {
                return Some(String::from_utf8_lossy(&value[..n]).into_owned());
            }
        }
        rest = after;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// CPython's tokenizer spells the UTF-8 and Latin-1 families one way (`get_normal_name`).
fn normal_name(name: &str) -> String {
    let lower: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let family = |base: &str| lower == base || lower.starts_with(&format!("{base}-"));
    if family("utf-8") {
        "utf-8".into()
    } else if family("latin-1") || family("iso-8859-1") || family("iso-latin-1") {
        "iso-8859-1".into()
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::decode_source;

    #[test]
    fn declarations_choose_the_codec() {
        let latin = b"# -*- coding: latin-1 -*-\nx = '\xe9'\n";
        assert_eq!(
            decode_source(latin, "f.py").as_deref(),
            Ok("# -*- coding: latin-1 -*-\nx = '\u{e9}'\n")
        );
        let second = b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\n'\xa4'";
        assert!(decode_source(second, "f.py").is_ok_and(|s| s.ends_with("'\u{20ac}'")));
        // A declaration after a line of code does not count.
        let late = b"x = 1\n# coding: latin-1\n'\xe9'";
        assert!(decode_source(late, "f.py").is_err_and(|m| m.contains("on line 3")));
        assert_eq!(
            decode_source(b"# coding: nonsense\n", "f.py"),
            Err("encoding problem: nonsense".to_string())
        );
        assert_eq!(
            decode_source(b"\xef\xbb\xbf# coding: latin-1\n", "f.py"),
            Err("encoding problem: iso-8859-1 with BOM".to_string())
        );
        assert_eq!(
            decode_source(b"\xef\xbb\xbfprint(1)\n", "f.py").as_deref(),
            Ok("print(1)\n")
        );
    }
}
