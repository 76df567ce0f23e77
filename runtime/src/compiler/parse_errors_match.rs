//! The parser's errors in `case` patterns, translated into the messages and positions
//! CPython 3.11 reports. ruff's pattern grammar stops at other tokens than CPython's (it
//! reads `-x` or `{**rest, 'a': 1}` as far as it can), so most of these move the error to
//! the token CPython's parser gave up on. One error ruff does not report at all: two
//! patterns without a comma between them (`case [a b]:`).

use ruff_python_ast::token::TokenKind as K;
use ruff_python_ast::Mod;
use ruff_python_parser::{ParseError, ParseErrorType, Parsed};
use ruff_text_size::Ranged;

use super::lines::LineIndex;
use super::parse_errors::error_at;
use super::parse_errors_tokens::{
    brackets_open_at, closing_paren_after, next_token_after, previous_token_start,
};
use super::prescan::{scan_brackets, Brackets};
use super::{CompileError, CompileErrorKind};

/// CPython's error for `e` when it is about a pattern; `None` for other errors.
pub fn pattern_error(
    e: &ParseError,
    parsed: &Parsed<Mod>,
    source: &str,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    let start: u32 = e.location.start().into();
    let end: u32 = e.location.end().into();
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
    // CPython's "invalid syntax" at the token its parser could not use.
    let invalid_at = |pos: u32| {
        let (s, e) = token_at(parsed, pos);
        syntax("invalid syntax", s, e)
    };
    match &e.error {
        // `case [a, b c]:`: no "Perhaps you forgot a comma?" in a pattern, which is no
        // expression to CPython.
        // (An f-string is a key no pattern may have: a later rule's error.)
        ParseErrorType::ExpectedToken {
            expected: K::Comma | K::Rpar | K::Rsqb | K::Rbrace,
            found,
        } if *found != K::FStringStart && in_case_pattern(parsed, start) => invalid_at(start),
        ParseErrorType::InvalidMatchPatternTarget => {
            let before = source.get(..start as usize).unwrap_or("").trim_end();
            if before.ends_with("**") {
                // `{**_}`: CPython's grammar has no rule for it.
                syntax("invalid syntax", start, end)
            } else {
                syntax("cannot use '_' as a target", start, end)
            }
        }
        ParseErrorType::InvalidStarPatternUsage => {
            let p = next_token_after(source, end);
            syntax("invalid syntax", p, p + 1)
        }
        ParseErrorType::OtherError(m) if m == "Invalid mapping pattern key" => {
            let p = next_token_after(source, end);
            syntax("invalid syntax", p, p + 1)
        }
        // `case 5(x):`, `case [1](x):`: only a dotted name can be called in a pattern;
        // CPython's parser stops at the `(` after the pattern (and its parentheses).
        ParseErrorType::OtherError(m) if m == "Invalid value for a class pattern" => {
            let open = parsed
                .tokens()
                .iter()
                .find(|t| t.kind() == K::Lpar && u32::from(t.range().start()) >= end)?;
            invalid_at(open.range().start().into())
        }
        ParseErrorType::OtherError(m)
            if m == "Positional patterns cannot follow keyword patterns" =>
        {
            syntax("positional patterns follow keyword patterns", start, end)
        }
        // `{**rest, 'a': 1}`, `{**a, **b}`: CPython stops at the first token after the
        // double-star pattern.
        ParseErrorType::OtherError(m)
            if m == "Pattern cannot follow a double star pattern"
                || m == "Only one double star pattern is allowed" =>
        {
            invalid_at(start)
        }
        // `case -x:`: a minus sign must be followed by a number; CPython reports the token
        // after the sign.
        ParseErrorType::OtherError(m)
            if m == "Expected a pattern"
                && source.as_bytes().get(start as usize) == Some(&b'-') =>
        {
            invalid_at(next_token_after(source, start + 1))
        }
        // `case 1 + 2j + 3:`: CPython's complex literal ends at `2j`; the second operator is
        // the unusable token.
        ParseErrorType::ExpectedRealNumber if follows_complex_operator(parsed, start) => {
            invalid_at(next_token_after(source, end))
        }
        // `case -1j + 2:`: CPython names the number without its sign.
        ParseErrorType::ExpectedRealNumber
            if source.as_bytes().get(start as usize) == Some(&b'-') =>
        {
            let number = next_token_after(source, start + 1);
            syntax("real number required in complex literal", number, end)
        }
        // `case a.b(1)():`, `case x y:`, `case a = 1:`: only a line that ends after the pattern (and guard)
        // is CPython's "expected ':'"; any other token is invalid syntax there.
        ParseErrorType::ExpectedToken {
            expected: K::Colon,
            found,
        } if in_case_header(parsed, source, start)
            && !matches!(found, K::Newline | K::EndOfFile)
            && !brackets_open_at(source, start) =>
        {
            syntax("invalid syntax", start, end)
        }
        // `case {f'x': 1}:`: the f-string key parses in CPython, whose compiler then refuses
        // it, naming the whole mapping pattern.
        ParseErrorType::ExpectedToken {
            expected: K::Rbrace,
            found: K::FStringStart,
        } if in_case_header(parsed, source, start) => {
            let open = innermost_open_bracket(source, start)?;
            if open.1 != '{' {
                return None;
            }
            let close = closing_paren_after(source, open.0 + 1);
            syntax(
                "mapping pattern keys may only match literals and attribute lookups",
                open.0,
                close + 1,
            )
        }
        _ => None,
    }
}

/// The range of the token starting at or after `pos` (`pos` itself when there is none).
fn token_at(parsed: &Parsed<Mod>, pos: u32) -> (u32, u32) {
    parsed
        .tokens()
        .iter()
        .find(|t| u32::from(t.range().start()) >= pos)
        .map(|t| (u32::from(t.range().start()), u32::from(t.range().end())))
        .unwrap_or((pos, pos))
}

/// Whether the token at `pos` follows `<number> +` or `<number> -` (the real part and
/// sign of a complex literal).
fn follows_complex_operator(parsed: &Parsed<Mod>, pos: u32) -> bool {
    let before: Vec<K> = parsed
        .tokens()
        .iter()
        .take_while(|t| u32::from(t.range().end()) <= pos)
        .map(|t| t.kind())
        .collect();
    matches!(
        before.as_slice(),
        [.., K::Int | K::Float, K::Plus | K::Minus]
    )
}

/// Whether `pos` is in a statement (a logical line, which brackets may continue over
/// several lines) that starts with the soft keyword `case`.
fn in_case_header(parsed: &Parsed<Mod>, source: &str, pos: u32) -> bool {
    let statement_start = parsed
        .tokens()
        .iter()
        .take_while(|t| u32::from(t.range().end()) <= pos)
        .filter(|t| matches!(t.kind(), K::Newline | K::Indent | K::Dedent))
        .last()
        .map_or(0, |t| u32::from(t.range().end()));
    let mut statement = source
        .get(statement_start as usize..)
        .unwrap_or("")
        .trim_start();
    // Comment lines between the previous statement and this one.
    while statement.starts_with('#') {
        let next_line = statement.find('\n').map_or(statement.len(), |i| i + 1);
        statement = statement[next_line..].trim_start();
    }
    statement.starts_with("case")
        && !statement[4..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
}

/// The innermost bracket open at `pos`: (byte offset, bracket).
fn innermost_open_bracket(source: &str, pos: u32) -> Option<(u32, char)> {
    let prefix = source.get(..pos as usize)?;
    let index = LineIndex::new(prefix);
    match scan_brackets(prefix, &index, "") {
        Ok(Brackets { unclosed, .. }) => unclosed,
        Err(_) => None,
    }
}

/// `case 1 as 2:`: in a case clause, something other than a name after a pattern's `as`
/// (checked after every other translation has had its chance).
pub fn is_bad_case_as_target(parsed: &Parsed<Mod>, source: &str, pos: u32) -> bool {
    let after_as = previous_token_start(parsed, pos).is_some_and(|p| {
        let rest = source.get(p as usize..).unwrap_or("");
        rest.starts_with("as") && rest[2..].starts_with(|c: char| c.is_whitespace())
    });
    let at_name = source
        .get(pos as usize..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_alphabetic() || c == '_');
    after_as && !at_name && in_case_header(parsed, source, pos)
}

/// `case [a b]:`: two patterns side by side with no comma between them, which ruff's
/// parser lets pass without an error. CPython's parser stops at the second. The error for
/// the first, in a source ruff parsed without errors.
pub fn adjacent_patterns(
    parsed: &Parsed<Mod>,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    use ruff_python_ast::token::Token;
    let tokens: &[Token] = parsed.tokens();
    let significant = |t: &&Token| !matches!(t.kind(), K::NonLogicalNewline | K::Comment);
    // An ellipsis is no pattern: only the atoms patterns are made of count.
    let ends = |k: K| k != K::Ellipsis && super::parse_errors_tokens::ends_operand(k);
    let starts = |k: K| k != K::Ellipsis && super::parse_errors_tokens::starts_atom(k);
    let mut i = 0;
    while i < tokens.len() {
        if tokens.get(i)?.kind() != K::Case {
            i += 1;
            continue;
        }
        let at_statement_start = tokens
            .get(..i)
            .and_then(|b| b.iter().rev().find(significant))
            .is_none_or(|t| matches!(t.kind(), K::Newline | K::Indent | K::Dedent));
        if !at_statement_start {
            i += 1;
            continue;
        }
        // The pattern: up to the `:` (or `if` of a guard) outside brackets.
        let mut depth = 0i32;
        let mut previous: Option<&Token> = None;
        for t in tokens.get(i + 1..)?.iter().filter(significant) {
            let k = t.kind();
            if depth == 0 && matches!(k, K::Colon | K::If | K::Newline) {
                break;
            }
            if let Some(p) = previous {
                // (Adjacent strings are one literal; `Name(` is a class pattern.)
                let joined = matches!(p.kind(), K::String | K::FStringEnd)
                    && matches!(k, K::String | K::FStringStart);
                let class = k == K::Lpar && matches!(p.kind(), K::Name);
                if ends(p.kind()) && starts(k) && !joined && !class {
                    return Some(error_at(
                        CompileErrorKind::SyntaxError,
                        "invalid syntax",
                        t.range().start().into(),
                        t.range().end().into(),
                        lines,
                        filename,
                    ));
                }
            }
            match k {
                K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
                K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
                _ => {}
            }
            previous = Some(t);
        }
        i += 1;
    }
    None
}

/// Is byte `pos` in the pattern of a `case` clause (after `case`, before its `:` or guard)?
fn in_case_pattern(parsed: &Parsed<Mod>, pos: u32) -> bool {
    let before = super::parse_errors_tokens::tokens_before(parsed, pos);
    // `depth`: groups closed again before `pos`; `level`: brackets open around it. The
    // clause's own `:` is outside all brackets (a mapping pattern's are in braces).
    let (mut depth, mut level) = (0i32, 0i32);
    let mut colon_level = None;
    for t in before.iter().rev() {
        match t.kind() {
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth > 0 => depth -= 1,
            K::Lpar | K::Lsqb | K::Lbrace => level += 1,
            // A guard's `if`.
            K::If if depth == 0 => return false,
            K::Colon if depth == 0 => colon_level = colon_level.max(Some(level)),
            K::Newline | K::Indent | K::Dedent => return false,
            K::Case => return colon_level != Some(level),
            _ => {}
        }
    }
    false
}
