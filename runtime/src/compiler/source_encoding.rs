//! Python source bytes to text, as PEP 263 has CPython read them: a UTF-8 byte order mark,
//! or a `coding[:=]name` declaration in a comment on the first line (or the second, when
//! the first holds only a comment or nothing), names the encoding; otherwise the source is
//! UTF-8. Scripts, imported files, `compile()` of bytes and the bundler all read sources here.

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
