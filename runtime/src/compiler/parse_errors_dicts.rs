//! A dict display whose later element has no `:` (`{a: 1, b}`, `{a: 1, b=1}`,
//! `{**d, 'k' 2}`), translated into CPython 3.11's "':' expected after dictionary key".
//! CPython's rule for dicts reads the pairs before it and then any expression not followed
//! by `:`, and points at the last character of that expression (with no end); ruff reports
//! whatever token it found instead of the colon (`=`, `,`, `}`, a name...).

use ruff_python_ast::token::{Token, TokenKind as K};
use ruff_python_ast::Mod;
use ruff_python_parser::{ParseError, ParseErrorType, Parsed};
use ruff_text_size::Ranged;

use super::errors::range;
use super::lines::LineIndex;
use super::parse_errors::error_at;
use super::parse_errors_tokens::{expr_at, tokens_before};
use super::{CompileError, CompileErrorKind};

/// CPython's error when `e` is one of the dict display errors above; `None` otherwise.
pub fn dict_error(
    e: &ParseError,
    parsed: &Parsed<Mod>,
    source: &str,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    match e.error {
        ParseErrorType::ExpectedToken {
            expected: K::Colon, ..
        } => missing_key_colon(e, parsed, source, lines, filename),
        ParseErrorType::InvalidStarredExpressionUsage => {
            starred_in_dict(e, parsed, lines, filename)
        }
        _ => None,
    }
}

/// The dict display open at `at`: its top-level commas before `at` (first, last), when
/// the innermost open bracket there is a `{` whose first element makes it a dict (a `**`
/// or a top-level `:`).
fn open_dict(before: &[Token]) -> Option<(Option<usize>, Option<usize>)> {
    // (Walking back to the innermost open bracket, noting its top-level commas.)
    let mut depth = 0usize;
    let mut last_comma: Option<usize> = None;
    let mut first_comma: Option<usize> = None;
    let mut open: Option<usize> = None;
    for (i, t) in before.iter().enumerate().rev() {
        match t.kind() {
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth == 0 => {
                open = Some(i);
                break;
            }
            K::Lpar | K::Lsqb | K::Lbrace => depth -= 1,
            K::Comma if depth == 0 => {
                last_comma.get_or_insert(i);
                first_comma = Some(i);
            }
            // A lambda's own colon makes the element something else than a bare key.
            K::Lambda if depth == 0 && last_comma.is_none() => return None,
            _ => {}
        }
    }
    let open = open?;
    if before.get(open)?.kind() != K::Lbrace {
        return None;
    }
    let first = before.get(open + 1..first_comma.unwrap_or(before.len()))?;
    let mut d = 0usize;
    let is_dict = first.first().is_some_and(|t| t.kind() == K::DoubleStar)
        || first.iter().any(|t| {
            match t.kind() {
                K::Lpar | K::Lsqb | K::Lbrace => d += 1,
                K::Rpar | K::Rsqb | K::Rbrace => d = d.saturating_sub(1),
                _ => {}
            }
            d == 0 && t.kind() == K::Colon
        });
    is_dict.then_some((first_comma, last_comma))
}

/// `{a: *b}`: "cannot use a starred expression in a dictionary value", over the starred
/// expression; `{a: 1, *b}`: a key cannot start with `*`, and CPython stops at it.
fn starred_in_dict(
    e: &ParseError,
    parsed: &Parsed<Mod>,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    let (start, end): (u32, u32) = (e.location.start().into(), e.location.end().into());
    let before = tokens_before(parsed, start);
    let previous = before
        .iter()
        .rev()
        .find(|t| !t.kind().is_trivia() && t.kind() != K::NonLogicalNewline)?;
    let syntax = |msg: &str, s: u32, en: u32| {
        Some(error_at(
            CompileErrorKind::SyntaxError,
            msg,
            s,
            en,
            lines,
            filename,
        ))
    };
    match previous.kind() {
        K::Colon => {
            open_dict(before)?;
            syntax(
                "cannot use a starred expression in a dictionary value",
                start,
                end,
            )
        }
        K::Comma => {
            open_dict(before)?;
            syntax("invalid syntax", start, start + 1)
        }
        _ => None,
    }
}

/// CPython's error when `e` is a missing `:` after a key in a dict display that already
/// holds a `key: value` pair or a `**mapping`; `None` otherwise.
fn missing_key_colon(
    e: &ParseError,
    parsed: &Parsed<Mod>,
    source: &str,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    let at: u32 = e.location.start().into();
    let before = tokens_before(parsed, at);
    let (_, last_comma) = open_dict(before)?;
    let last_comma = last_comma?;
    // The key: the tokens after the last comma, up to where ruff stopped.
    let key = before
        .get(last_comma + 1..)?
        .iter()
        .filter(|t| !t.kind().is_trivia() && t.kind() != K::NonLogicalNewline);
    let (mut ks, mut ke) = (None, 0u32);
    for t in key {
        ks.get_or_insert(u32::from(t.range().start()));
        ke = t.range().end().into();
    }
    let ks = ks?;
    let ex = expr_at(source, range(ks, ke))?;
    // `expr_at` parses the text inside an added `(`: its offsets are one past the source's.
    let last_char = ks + u32::from(ex.range().end()).saturating_sub(2);
    let mut err = error_at(
        CompileErrorKind::SyntaxError,
        "':' expected after dictionary key",
        last_char,
        last_char,
        lines,
        filename,
    );
    // CPython names the key's first line with its last column.
    let first_line = lines.line_col(ks).0;
    err.lineno = first_line;
    err.end_lineno = first_line;
    err.text = lines.line_text(first_line).map(|s| s.to_string());
    err.end_offset = 0;
    Some(err)
}
