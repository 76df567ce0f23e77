//! Syntax errors in the argument list of a call or a class's bases, translated into CPython
//! 3.11's: a keyword argument whose value runs into a comprehension (`f(a=x for x in y)`,
//! which CPython's rule for keyword arguments reports at `a=` with "Maybe you meant '==' or
//! ':='…"), and an unparenthesized generator after keyword arguments (`f(a=1, x for x in
//! y)`, "Generator expression must be parenthesized", where ruff says a positional argument
//! follows a keyword one). ruff stops at the `for` or reports the argument order; CPython's
//! argument rules look at every argument first.

use ruff_python_ast::token::{Token, TokenKind as K};
use ruff_python_ast::{Expr, Mod};
use ruff_python_parser::{ParseError, ParseErrorType, Parsed};
use ruff_text_size::Ranged;

use super::errors::range;
use super::expr::expr_kind_name;
use super::lines::LineIndex;
use super::parse_errors::error_at;
use super::parse_errors_tokens::{expr_at, starts_expression};
use super::{CompileError, CompileErrorKind};

fn is_trivia(k: K) -> bool {
    matches!(k, K::NonLogicalNewline | K::Comment)
}

fn start_of(t: &Token) -> u32 {
    t.range().start().into()
}

fn end_of(t: &Token) -> u32 {
    t.range().end().into()
}

/// CPython's error for `e` when it is inside an argument list and one of the rules above
/// applies; `None` otherwise.
pub fn argument_error(
    e: &ParseError,
    parsed: &Parsed<Mod>,
    source: &str,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    let tokens: &[Token] = parsed.tokens();
    let at: u32 = e.location.start().into();
    let here = tokens.partition_point(|t| start_of(t) < at);
    let syntax = |msg: &str, s: u32, en: u32| {
        error_at(CompileErrorKind::SyntaxError, msg, s, en, lines, filename)
    };
    let token_here = tokens.get(here).filter(|t| start_of(t) == at);
    match (&e.error, token_here) {
        // `lambda a=x for x in y: 1`: a lambda's `:` is no token CPython insists on; its
        // parser stops at the `for`.
        (
            ParseErrorType::ExpectedToken {
                expected: K::Colon,
                found: K::For | K::Async,
            },
            Some(t),
        ) if in_lambda_parameters(tokens, here) => {
            return Some(syntax("invalid syntax", start_of(t), end_of(t)));
        }
        _ => {}
    }
    let relevant = match &e.error {
        // (ruff ends a line in brackets before a line that starts with a keyword.)
        ParseErrorType::ExpectedToken { found, .. } => {
            matches!(found, K::For | K::Async | K::Newline)
        }
        ParseErrorType::PositionalAfterKeywordArgument
        | ParseErrorType::PositionalAfterKeywordUnpacking
        | ParseErrorType::UnparenthesizedGeneratorExpression => true,
        _ => false,
    };
    if !relevant {
        return None;
    }
    let open = call_open_paren(tokens, here)?;
    let args = arguments(tokens, open);
    // CPython's rule for a keyword argument runs on each one its argument rules reach.
    for &(s, en) in &args {
        match keyword_before_comprehension(tokens, source, s, en) {
            Some(KeywordComprehension::Hint(name_start, eq_end)) => {
                return Some(syntax(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    name_start,
                    eq_end,
                ))
            }
            Some(KeywordComprehension::BadTarget(ts, te, kind)) => {
                return Some(syntax(&format!("cannot assign to {kind}"), ts, te))
            }
            None => {}
        }
    }
    if !matches!(
        e.error,
        ParseErrorType::PositionalAfterKeywordArgument
            | ParseErrorType::PositionalAfterKeywordUnpacking
    ) {
        return None;
    }
    // The first plain argument after the keyword arguments (and `*x`, `**x` among them).
    let is_keyword_like = |&(s, _): &(usize, usize)| {
        let k = tokens.get(s).map(|t| t.kind());
        let next = tokens.get(s + 1).map(|t| t.kind());
        matches!(k, Some(K::Star | K::DoubleStar)) || (is_name(k) && next == Some(K::Equal))
    };
    let first_keyword = args.iter().position(|a| {
        let k = tokens.get(a.0).map(|t| t.kind());
        k == Some(K::DoubleStar)
            || (is_name(k) && tokens.get(a.0 + 1).map(|t| t.kind()) == Some(K::Equal))
    })?;
    let rest = args.get(first_keyword..)?;
    let positional = rest.iter().position(|a| !is_keyword_like(a))?;
    let &(ps, pe) = rest.get(positional)?;
    if let Some(f) = comprehension_start(tokens, ps, pe) {
        if f > ps {
            let last = tokens
                .get(ps..pe)?
                .iter()
                .rev()
                .find(|t| !is_trivia(t.kind()))?;
            return Some(syntax(
                "Generator expression must be parenthesized",
                start_of(tokens.get(ps)?),
                end_of(last),
            ));
        }
    }
    // Otherwise CPython's parser read the arguments after it as far as a comprehension's
    // `for` (or the closing parenthesis, which the general translation finds).
    let msg = match e.error {
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            "positional argument follows keyword argument unpacking"
        }
        _ => "positional argument follows keyword argument",
    };
    rest.get(positional + 1..)?.iter().find_map(|&(s, en)| {
        let f = comprehension_start(tokens, s, en)?;
        let t = tokens.get(f)?;
        Some(syntax(msg, start_of(t), end_of(t)))
    })
}

/// A name token (soft keywords are names to CPython).
fn is_name(k: Option<K>) -> bool {
    matches!(k, Some(K::Name | K::Match | K::Case | K::Type))
}

/// The index of the `(` of the call or class bases whose argument list holds token `here`
/// (directly, not in brackets within an argument).
pub(super) fn call_open_paren(tokens: &[Token], here: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut i = here.min(tokens.len());
    while i > 0 {
        i -= 1;
        match tokens.get(i)?.kind() {
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth > 0 => depth -= 1,
            K::Lpar => {
                let callee = tokens
                    .get(..i)?
                    .iter()
                    .rev()
                    .find(|t| !is_trivia(t.kind()))?;
                let call = matches!(
                    callee.kind(),
                    K::Name | K::Rpar | K::Rsqb | K::String | K::FStringEnd
                ) || is_name(Some(callee.kind()));
                // A `def`'s parameters are no arguments.
                let before_callee = tokens
                    .get(..i)?
                    .iter()
                    .rev()
                    .filter(|t| !is_trivia(t.kind()))
                    .nth(1)
                    .map(|t| t.kind());
                return (call && before_callee != Some(K::Def)).then_some(i);
            }
            K::Lsqb | K::Lbrace | K::Newline => return None,
            _ => {}
        }
    }
    None
}

/// The arguments after the `(` at `open`: token index ranges, split at the commas of the
/// list, up to its `)` (or the end of the logical line when it is not closed).
fn arguments(tokens: &[Token], open: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = open + 1;
    let mut i = open + 1;
    while let Some(t) = tokens.get(i) {
        match t.kind() {
            K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
            K::Rpar | K::Rsqb | K::Rbrace if depth > 0 => depth -= 1,
            K::Rpar | K::Rsqb | K::Rbrace | K::Newline | K::EndOfFile => break,
            K::Comma if depth == 0 => {
                out.push((start, i));
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if i > start {
        out.push((start, i));
    }
    out
}

/// The index of the first `for` (or `async` of `async for`) outside brackets in the
/// argument `s..e`.
fn comprehension_start(tokens: &[Token], s: usize, e: usize) -> Option<usize> {
    let mut depth = 0i32;
    for i in s..e {
        let k = tokens.get(i)?.kind();
        match k {
            K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
            K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
            K::For if depth == 0 => return Some(i),
            K::Async if depth == 0 && tokens.get(i + 1).map(|t| t.kind()) == Some(K::For) => {
                return Some(i)
            }
            _ => {}
        }
    }
    None
}

/// `name=value for target in ...` in the argument `s..e`: the range of `name=`, when the
/// value is an expression and the comprehension clause has a target and an iterable (all
/// CPython's rule wants; whatever follows does not matter to it).
/// What CPython's rules make of `name=value for target in ...` in an argument list.
enum KeywordComprehension {
    /// The keyword rule's hint, over `name=`.
    Hint(u32, u32),
    /// A target that cannot be assigned to: the comprehension's own rule reports the
    /// part that cannot (its range and what CPython calls it) before the keyword rule.
    BadTarget(u32, u32, &'static str),
}

fn keyword_before_comprehension(
    tokens: &[Token],
    source: &str,
    s: usize,
    e: usize,
) -> Option<KeywordComprehension> {
    let name = tokens.get(s)?;
    let eq = tokens.get(s + 1)?;
    if !is_name(Some(name.kind())) || eq.kind() != K::Equal {
        return None;
    }
    let f = comprehension_start(tokens, s + 2, e)?;
    let value = tokens.get(s + 2..f)?;
    let first = value.iter().find(|t| !is_trivia(t.kind()))?;
    if matches!(first.kind(), K::Star | K::DoubleStar | K::Yield) {
        return None;
    }
    let mut depth = 0i32;
    for t in value {
        match t.kind() {
            K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
            K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
            K::Equal | K::ColonEqual if depth == 0 => return None,
            _ => {}
        }
    }
    let last = value.iter().rev().find(|t| !is_trivia(t.kind()))?;
    expr_at(source, range(start_of(first), end_of(last)))?;
    // `for target in iterable`
    let for_index = if tokens.get(f)?.kind() == K::Async {
        f + 1
    } else {
        f
    };
    let mut depth = 0i32;
    let in_index = (for_index + 1..e).find(|&i| {
        match tokens.get(i).map(|t| t.kind()) {
            Some(K::Lpar | K::Lsqb | K::Lbrace) => depth += 1,
            Some(K::Rpar | K::Rsqb | K::Rbrace) => depth -= 1,
            _ => {}
        }
        depth == 0 && tokens.get(i).map(|t| t.kind()) == Some(K::In)
    })?;
    let target_first = tokens.get(for_index + 1)?;
    let target_last = tokens.get(in_index.checked_sub(1)?)?;
    if in_index == for_index + 1 {
        return None;
    }
    let target = expr_at(source, range(start_of(target_first), end_of(target_last)))?;
    if let Some(bad) = invalid_target_part(&target) {
        // (`expr_at` parses inside an added `(`: its offsets are one past the source's.)
        let base = start_of(target_first).saturating_sub(1);
        return Some(KeywordComprehension::BadTarget(
            base + u32::from(bad.range().start()),
            base + u32::from(bad.range().end()),
            expr_kind_name(bad),
        ));
    }
    let iterable = tokens
        .get(in_index + 1..e)?
        .iter()
        .find(|t| !is_trivia(t.kind()))?;
    let k = iterable.kind();
    if !(starts_expression(k) || matches!(k, K::Minus | K::Plus)) || k == K::Lambda {
        return None;
    }
    Some(KeywordComprehension::Hint(start_of(name), end_of(eq)))
}

/// The first part of `ex` (a comprehension's target) that cannot be assigned to.
fn invalid_target_part(ex: &Expr) -> Option<&Expr> {
    match ex {
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => None,
        Expr::Starred(s) => invalid_target_part(&s.value),
        Expr::Tuple(t) => t.elts.iter().find_map(invalid_target_part),
        Expr::List(l) => l.elts.iter().find_map(invalid_target_part),
        _ => Some(ex),
    }
}

/// Is token `here` among the parameters of a lambda (after `lambda`, before its `:`)?
fn in_lambda_parameters(tokens: &[Token], here: usize) -> bool {
    let mut depth = 0i32;
    for t in tokens.get(..here).unwrap_or(&[]).iter().rev() {
        match t.kind() {
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth > 0 => depth -= 1,
            K::Lpar | K::Lsqb | K::Lbrace | K::Colon | K::Newline => return false,
            K::Lambda if depth == 0 => return true,
            _ => {}
        }
    }
    false
}
