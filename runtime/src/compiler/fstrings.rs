//! f-strings as CPython 3.11 reads them, for its syntax errors. Its tokenizer sees an
//! f-string as one string token that ends at the first matching quote (so `f"{"a"}"` is
//! three tokens), and a separate f-string parser then splits the token into literal text
//! and `{expr!conv:spec}` fields, raising its own errors ("f-string: empty expression not
//! allowed", "f-string expression part cannot include a backslash", …) and compiling each
//! expression on its own as `(expr)` ("f-string: invalid syntax", shown on that text).
//! ruff's parser follows 3.12 instead (PEP 701), which accepts some of these and words the
//! others differently, so this module repeats 3.11's reading over the source.
//!
//! Where CPython puts the error: the f-string parser runs when the parser has read the
//! group of adjacent string tokens and the token after it, and reports its errors at that
//! next token (a NEWLINE token spans a comment before the line break). Errors inside an
//! expression are positioned in the `(expr)` text, on the line the expression starts on.

use super::lines::LineIndex;
use super::CompileError;

/// One string token in CPython 3.11's view: byte offsets in the source.
struct StrToken {
    start: u32,
    body_start: u32,
    body_end: u32,
    end: u32,
    is_f: bool,
    raw: bool,
    /// Ends with its closing quote (an unterminated string is the tokenizer's error).
    terminated: bool,
    triple: bool,
}

/// An error of the f-string parser.
enum FError {
    /// Reported at the token after the string group.
    AtNextToken(&'static str),
    /// "f-string: unmatched '('" and the other messages with a character in them.
    AtNextTokenOwned(String),
    /// The expression (without the braces) starting at this byte offset of the source
    /// did not compile.
    Expression { text: String, at: u32 },
}

/// Compiles `(expr)` on its own; the error its parse reports, if any.
pub type Reparse<'r> = &'r dyn Fn(&str) -> Option<CompileError>;

/// The first f-string error CPython 3.11 would report before reaching the parser error at
/// byte `parse_error_at` (if any).
pub fn first_error(
    source: &str,
    lines: &LineIndex<'_>,
    filename: &str,
    parse_error_at: Option<u32>,
    reparse: Reparse<'_>,
) -> Option<CompileError> {
    for (group, depth) in string_groups(source) {
        let group_start = group.first().map(|t| t.start).unwrap_or(0);
        if parse_error_at.is_some_and(|at| group_start > at) {
            return None;
        }
        let group_end = group.last().map(|t| t.end).unwrap_or(0);
        // A string token of the group left open is the tokenizer's error, met before the
        // f-string parser runs (ruff reads f-strings as 3.12 does, where a replacement
        // field may run over a line break).
        let has_f = group.iter().any(|t| t.is_f);
        if let Some(t) = group.iter().find(|t| !t.terminated).filter(|_| has_f) {
            let (lineno, offset) = lines.char_pos(t.start);
            let msg = if t.triple {
                format!(
                    "unterminated triple-quoted string literal (detected at line {})",
                    super::parse_errors_tokens::last_line(source, lines)
                )
            } else {
                format!("unterminated string literal (detected at line {lineno})")
            };
            return Some(CompileError {
                kind: super::CompileErrorKind::SyntaxError,
                msg,
                filename: filename.into(),
                lineno,
                offset,
                end_lineno: lineno,
                end_offset: offset.into(),
                text: lines.line_text(lineno).map(str::to_string),
                location_in_args: true,
            });
        }
        if has_f {
            // Compiling each expression again is only needed when something is wrong in
            // the group: then the first error in source order wins.
            let parse_error_inside = parse_error_at.is_some_and(|at| at < group_end);
            if parse_error_inside || check_group(source, &group, None).is_some() {
                if let Some(e) = check_group(source, &group, Some(reparse)) {
                    return Some(report(e, source, lines, filename, &group, depth, reparse));
                }
            }
        }
    }
    None
}

/// A replacement field of an f-string as CPython 3.11 reads it: byte offsets of its `{`,
/// of its expression (without the blanks around it), and of the character that ends the
/// expression (`}`, `!`, `:` or `=`).
pub struct Field {
    pub open: u32,
    pub expr_start: u32,
    pub expr_end: u32,
    pub stop: u32,
}

/// The replacement fields of every well-formed f-string in `source` (those of a format
/// spec too), in source order.
pub fn fields(source: &str) -> Vec<Field> {
    let mut out = Vec::new();
    for (group, _) in string_groups(source) {
        for t in group.iter().filter(|t| t.is_f && t.terminated) {
            let Some(body) = source.get(t.body_start as usize..t.body_end as usize) else {
                continue;
            };
            let mut p = FParser {
                body,
                base: t.body_start,
                raw: t.raw,
                reparse: None,
                fields: Some(&mut out),
            };
            let mut pos = 0;
            // (A malformed f-string is an error reported elsewhere.)
            let _ = p.parse(&mut pos, 0);
        }
    }
    out
}

/// The groups of adjacent string tokens in `source`, with the bracket depth at each.
fn string_groups(source: &str) -> Vec<(Vec<StrToken>, usize)> {
    let b = source.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut i = 0usize;
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b'\'' | b'"' => {
                let group = string_group(b, i, depth);
                let group_end = group.last().map(|t| t.end).unwrap_or(i as u32 + 1);
                // (Always past the opening quote, so the scan moves on.)
                i = (group_end as usize).max(i + 1);
                out.push((group, depth));
            }
            _ => i += 1,
        }
    }
    out
}

/// Is `c` part of an identifier (so a quote after it does not start a prefixed string)?
fn is_name_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// The string token whose quote is at `q` (its prefix letters are just before it).
fn string_token(b: &[u8], q: usize) -> StrToken {
    let mut p = q;
    while p > 0 && b[p - 1].is_ascii_alphabetic() && q - (p - 1) <= 3 {
        p -= 1;
    }
    // The letters are a prefix only if they start a token and form a valid prefix.
    let prefix = &b[p..q];
    let valid = (p == 0 || !is_name_byte(b[p - 1]))
        && prefix.iter().all(|c| b"rRbBuUfF".contains(c))
        && prefix.len() <= 2;
    let (start, prefix) = if valid { (p, prefix) } else { (q, &b[q..q]) };
    let lower: Vec<u8> = prefix.iter().map(|c| c.to_ascii_lowercase()).collect();
    let quote = b[q];
    let triple = q + 2 < b.len() && b[q + 1] == quote && b[q + 2] == quote;
    let body_start = q + if triple { 3 } else { 1 };
    let mut i = body_start;
    let (mut body_end, mut end) = (b.len(), b.len());
    while i < b.len() {
        let c = b[i];
        if c == b'\\' {
            // An escaped character, or a line continuation (CR LF counts as one).
            i += if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                3
            } else {
                2
            };
            continue;
        }
        if triple {
            if c == quote && i + 2 < b.len() && b[i + 1] == quote && b[i + 2] == quote {
                (body_end, end) = (i, i + 3);
                break;
            }
        } else if c == quote {
            (body_end, end) = (i, i + 1);
            break;
        } else if c == b'\n' || c == b'\r' {
            // Unterminated: the tokenizer's error, not ours.
            (body_end, end) = (i, i);
            break;
        }
        i += 1;
    }
    StrToken {
        start: start as u32,
        body_start: body_start.min(b.len()) as u32,
        body_end: body_end.min(b.len()) as u32,
        end: end.min(b.len()) as u32,
        is_f: lower.contains(&b'f'),
        raw: lower.contains(&b'r'),
        terminated: end > body_end && end <= b.len(),
        triple,
    }
}

/// The offset of the next significant character after `from`: spaces, tabs, form feeds
/// and backslash continuations are skipped, and inside brackets line breaks and comments
/// too.
fn skip_blank(b: &[u8], mut i: usize, depth: usize) -> usize {
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\x0c' => i += 1,
            b'\\' if matches!(b.get(i + 1), Some(b'\n' | b'\r')) => {
                i += 2;
                if b.get(i - 1) == Some(&b'\r') && b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\n' | b'\r' if depth > 0 => i += 1,
            b'#' if depth > 0 => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
            }
            _ => break,
        }
    }
    i
}

/// The quote at `i` or after a string prefix starting at `i`, if a string token starts
/// there.
fn string_start(b: &[u8], i: usize) -> Option<usize> {
    if i > 0 && is_name_byte(b[i - 1]) {
        return None;
    }
    let mut q = i;
    while q < b.len() && q - i < 3 && b"rRbBuUfF".contains(&b[q]) {
        q += 1;
    }
    matches!(b.get(q), Some(b'\'' | b'"')).then_some(q)
}

/// The adjacent string tokens starting with the one whose quote is at `q`.
fn string_group(b: &[u8], q: usize, depth: usize) -> Vec<StrToken> {
    let mut group = vec![string_token(b, q)];
    loop {
        let end = group.last().map(|t| t.end as usize).unwrap_or(b.len());
        let next = skip_blank(b, end, depth);
        match string_start(b, next) {
            Some(nq) if nq > end || group.last().is_some_and(|t| t.end > t.body_end) => {
                let t = string_token(b, nq);
                if t.start as usize != next {
                    break;
                }
                group.push(t);
            }
            _ => break,
        }
    }
    group
}

/// Runs CPython's f-string parser over each f-string of the group; the first error.
/// Without `reparse`, expressions are not compiled (so only the parser's own errors are
/// found).
fn check_group(source: &str, group: &[StrToken], reparse: Option<Reparse<'_>>) -> Option<FError> {
    for t in group.iter().filter(|t| t.is_f && t.terminated) {
        let body = source.get(t.body_start as usize..t.body_end as usize)?;
        let mut p = FParser {
            body,
            base: t.body_start,
            raw: t.raw,
            reparse,
            fields: None,
        };
        let mut pos = 0;
        if let Err(e) = p.parse(&mut pos, 0) {
            return Some(e);
        }
    }
    None
}

/// CPython 3.11's f-string parser over one token's body (byte positions in `body`).
struct FParser<'a, 'r> {
    body: &'a str,
    /// Source offset of the body.
    base: u32,
    raw: bool,
    reparse: Option<Reparse<'r>>,
    /// Where to list the fields read, when wanted.
    fields: Option<&'r mut Vec<Field>>,
}

impl FParser<'_, '_> {
    fn at(&self, i: usize) -> Option<u8> {
        self.body.as_bytes().get(i).copied()
    }

    /// Literal text and fields up to the end of the body (level 0) or up to the `}` that
    /// closes a format spec (level 1).
    fn parse(&mut self, pos: &mut usize, level: u32) -> Result<(), FError> {
        loop {
            self.literal(pos, level)?;
            match self.at(*pos) {
                None | Some(b'}') => break,
                Some(_) => self.field(pos, level)?,
            }
        }
        if level > 0 && self.at(*pos) != Some(b'}') {
            return Err(FError::AtNextToken("f-string: expecting '}'"));
        }
        Ok(())
    }

    /// Skips literal text, stopping at a `{` that starts a field or a `}` that ends a
    /// spec; doubled braces at level 0 are text.
    fn literal(&mut self, pos: &mut usize, level: u32) -> Result<(), FError> {
        while let Some(mut c) = self.at(*pos) {
            if !self.raw && c == b'\\' {
                *pos += 1;
                let Some(escaped) = self.at(*pos) else { break };
                c = escaped;
                if c == b'N' {
                    // `\N{NAME}`: its braces are not a field.
                    *pos += 1;
                    if self.at(*pos) == Some(b'{') {
                        *pos += 1;
                        while let Some(d) = self.at(*pos) {
                            *pos += 1;
                            if d == b'}' {
                                break;
                            }
                        }
                    }
                    continue;
                }
            }
            if c == b'{' || c == b'}' {
                if level == 0 {
                    if self.at(*pos + 1) == Some(c) {
                        *pos += 2;
                        continue;
                    }
                    if c == b'}' {
                        return Err(FError::AtNextToken("f-string: single '}' is not allowed"));
                    }
                }
                return Ok(());
            }
            *pos += 1;
        }
        Ok(())
    }

    /// One `{expr=!conv:spec}` field; `pos` is at its `{`.
    fn field(&mut self, pos: &mut usize, level: u32) -> Result<(), FError> {
        if level >= 2 {
            return Err(FError::AtNextToken(
                "f-string: expressions nested too deeply",
            ));
        }
        let open = *pos;
        *pos += 1;
        let expr_start = *pos;
        let mut quote: Option<(u8, bool)> = None;
        let mut parens: Vec<u8> = Vec::new();
        while let Some(c) = self.at(*pos) {
            if c == b'\\' {
                return Err(FError::AtNextToken(
                    "f-string expression part cannot include a backslash",
                ));
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if self.at(*pos + 1) == Some(q) && self.at(*pos + 2) == Some(q) {
                        *pos += 2;
                        quote = None;
                    }
                }
                *pos += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = self.at(*pos + 1) == Some(c) && self.at(*pos + 2) == Some(c);
                    if triple {
                        *pos += 2;
                    }
                    quote = Some((c, triple));
                }
                b'[' | b'(' | b'{' => {
                    if parens.len() >= 200 {
                        return Err(FError::AtNextToken("f-string: too many nested parenthesis"));
                    }
                    parens.push(c);
                }
                b'#' => {
                    return Err(FError::AtNextToken(
                        "f-string expression part cannot include '#'",
                    ))
                }
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if parens.is_empty() => {
                    // Two-character operators do not end the expression, nor do `<`, `>`.
                    if self.at(*pos + 1) == Some(b'=') && matches!(c, b'!' | b'=' | b'<' | b'>') {
                        *pos += 2;
                        continue;
                    }
                    if c != b'<' && c != b'>' {
                        break;
                    }
                }
                b']' | b')' | b'}' => {
                    let Some(opening) = parens.pop() else {
                        return Err(FError::AtNextTokenOwned(format!(
                            "f-string: unmatched '{}'",
                            c as char
                        )));
                    };
                    let expected = match opening {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        return Err(FError::AtNextTokenOwned(format!(
                            "f-string: closing parenthesis '{}' does not match opening \
                             parenthesis '{}'",
                            c as char, opening as char
                        )));
                    }
                }
                _ => {}
            }
            *pos += 1;
        }
        if quote.is_some() {
            return Err(FError::AtNextToken("f-string: unterminated string"));
        }
        if let Some(&opening) = parens.last() {
            return Err(FError::AtNextTokenOwned(format!(
                "f-string: unmatched '{}'",
                opening as char
            )));
        }
        let Some(stop) = self.at(*pos) else {
            return Err(FError::AtNextToken("f-string: expecting '}'"));
        };
        let expr = self.body.get(expr_start..*pos).unwrap_or("");
        if expr
            .bytes()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r'))
        {
            return Err(match stop {
                b'!' => FError::AtNextToken("f-string: expression required before '!'"),
                b':' => FError::AtNextToken("f-string: expression required before ':'"),
                b'=' => FError::AtNextToken("f-string: expression required before '='"),
                _ => FError::AtNextToken("f-string: empty expression not allowed"),
            });
        }
        if let Some(fields) = self.fields.as_deref_mut() {
            let lead = expr.len() - expr.trim_start().len();
            let base = self.base + expr_start as u32;
            fields.push(Field {
                open: self.base + open as u32,
                expr_start: base + lead as u32,
                expr_end: base + expr.trim_end().len() as u32,
                stop: self.base + *pos as u32,
            });
        }
        // CPython compiles the expression before looking at what follows it. ruff parses
        // a starred field, which 3.11's `(*x)` refuses: have such a group checked fully.
        if self.reparse.is_none() && expr.trim_start().starts_with('*') {
            return Err(FError::Expression {
                text: expr.to_string(),
                at: self.base + open as u32,
            });
        }
        if let Some(reparse) = self.reparse {
            if reparse(&format!("({})", expr)).is_some() {
                return Err(FError::Expression {
                    text: expr.to_string(),
                    at: self.base + open as u32,
                });
            }
        }
        self.after_expression(pos, level)
    }

    /// The `=`, `!conv`, `:spec` and closing `}` after a field's expression.
    fn after_expression(&mut self, pos: &mut usize, level: u32) -> Result<(), FError> {
        let expecting = || FError::AtNextToken("f-string: expecting '}'");
        if self.at(*pos) == Some(b'=') {
            *pos += 1;
            while self.at(*pos).is_some_and(|c| c.is_ascii_whitespace()) {
                *pos += 1;
            }
            if self.at(*pos).is_none() {
                return Err(expecting());
            }
        }
        if self.at(*pos) == Some(b'!') {
            *pos += 1;
            let Some(conv) = self.at(*pos) else {
                return Err(expecting());
            };
            *pos += 1;
            if !matches!(conv, b's' | b'r' | b'a') {
                return Err(FError::AtNextToken(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                ));
            }
        }
        if self.at(*pos) == Some(b':') {
            *pos += 1;
            if self.at(*pos).is_none() {
                return Err(expecting());
            }
            self.parse(pos, level + 1)?;
        }
        if self.at(*pos) != Some(b'}') {
            return Err(expecting());
        }
        *pos += 1;
        Ok(())
    }
}

/// Three- and two-character operators (the longest match is one token).
const LONG_OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "!=", "==", "<=", ">=", "<<", ">>", "**", "//", "->", ":=",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
];

/// The byte range of the token starting at `i` (after blanks): a NEWLINE token is empty,
/// or spans the comment before the line break.
fn token_at(b: &[u8], i: usize) -> (usize, usize) {
    match b.get(i) {
        None | Some(b'\n' | b'\r') => (i, i),
        Some(b'#') => {
            let mut j = i;
            while j < b.len() && b[j] != b'\n' && b[j] != b'\r' {
                j += 1;
            }
            (i, j)
        }
        Some(&c) if is_name_byte(c) => {
            let mut j = i;
            while j < b.len() && is_name_byte(b[j]) {
                j += 1;
            }
            (i, j)
        }
        Some(_) => {
            let rest = &b[i..];
            let len = LONG_OPERATORS
                .iter()
                .find(|op| rest.starts_with(op.as_bytes()))
                .map(|op| op.len())
                .unwrap_or(1);
            (i, i + len)
        }
    }
}

/// The `SyntaxError` for an f-string error found in `group`.
fn report(
    e: FError,
    source: &str,
    lines: &LineIndex<'_>,
    filename: &str,
    group: &[StrToken],
    depth: usize,
    reparse: Reparse<'_>,
) -> CompileError {
    let b = source.as_bytes();
    let msg = match e {
        FError::AtNextToken(m) => m.to_string(),
        FError::AtNextTokenOwned(m) => m,
        FError::Expression { text, at } => {
            return expression_error(&text, at, source, lines, filename, group, reparse)
        }
    };
    let group_end = group.last().map(|t| t.end as usize).unwrap_or(0);
    let (start, end) = token_at(b, skip_blank(b, group_end, depth));
    let (lineno, offset) = lines.char_pos(start as u32);
    let (end_lineno, end_offset) = lines.char_pos(end as u32);
    CompileError {
        kind: super::CompileErrorKind::SyntaxError,
        msg,
        filename: filename.into(),
        lineno,
        offset,
        end_lineno,
        end_offset: end_offset.into(),
        text: lines.line_text(lineno).map(str::to_string),
        location_in_args: true,
    }
}

/// The error compiling `(text)` reports, moved to where the expression is: lines count
/// from the line the expression starts on, and columns on that first line are the
/// `(text)` string's own. On later lines CPython subtracts the expression's starting
/// column, which can leave no caret at all (offset 0 here).
fn expression_error(
    text: &str,
    at: u32,
    source: &str,
    lines: &LineIndex<'_>,
    filename: &str,
    group: &[StrToken],
    reparse: Reparse<'_>,
) -> CompileError {
    let sub = format!("({})", text);
    let mut e = reparse(&sub).unwrap_or_else(|| CompileError {
        kind: super::CompileErrorKind::SyntaxError,
        msg: "invalid syntax".into(),
        filename: filename.into(),
        lineno: 1,
        offset: 1,
        end_lineno: 1,
        end_offset: 1,
        text: Some(sub.clone()),
        location_in_args: true,
    });
    let token = group
        .iter()
        .find(|t| t.start <= at && at < t.end)
        .or(group.first());
    let token_start = token.map(|t| t.start).unwrap_or(at);
    let before = source.get(token_start as usize..at as usize).unwrap_or("");
    let lines_before = before.matches('\n').count() as u32;
    let after_brace = source.get(at as usize + 1..).unwrap_or("");
    let newline_after_brace = after_brace
        .chars()
        .take_while(|&c| c != '}' && c != '\n')
        .all(|c| matches!(c, ' ' | '\t' | '\x0c'))
        && after_brace
            .trim_start_matches([' ', '\t', '\x0c'])
            .starts_with('\n');
    let cols = if newline_after_brace {
        0
    } else {
        let line_part = before.rsplit('\n').next().unwrap_or("");
        line_part.chars().count() as i64
    };
    let (token_line, token_col) = lines.char_pos(token_start);
    let starting_col = if lines_before == 0 {
        token_col as i64 - 1 + cols
    } else {
        cols
    };
    let shift = |line: u32, offset: u32| -> u32 {
        if line <= 1 {
            offset
        } else {
            u32::try_from(offset as i64 - starting_col).unwrap_or(0)
        }
    };
    let base_line = token_line + lines_before;
    e.offset = shift(e.lineno, e.offset);
    if e.end_offset >= 0 {
        e.end_offset = shift(e.end_lineno, e.end_offset as u32).into();
    }
    e.lineno = base_line + e.lineno.saturating_sub(1);
    e.end_lineno = base_line + e.end_lineno.saturating_sub(1);
    e.msg = format!("f-string: {}", e.msg);
    e.filename = filename.into();
    e
}
