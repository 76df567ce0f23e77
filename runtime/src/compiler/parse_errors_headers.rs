//! Syntax errors in the headers of compound statements and in parameter lists, translated
//! into CPython 3.11's messages and places. CPython's grammar insists on the `:` of `def`,
//! `try`, `else` and `finally` ("expected ':'" at whatever token stands there), while after
//! `if`, `while`, `for`, `with`, `class`, `except` and `match` it says "expected ':'" only
//! at the end of the line and "invalid syntax" at a stray token; a `def` needs its `(`;
//! parameters are names, never parenthesized; a default value or annotation followed by
//! another expression is a missing comma.

use ruff_python_ast::token::{Token, TokenKind as K};
use ruff_python_ast::Mod;
use ruff_python_parser::{ParseError, ParseErrorType, Parsed};
use ruff_text_size::Ranged;

use super::lines::LineIndex;
use super::parse_errors::error_at;
use super::parse_errors_shapes::expression_end;
use super::parse_errors_tokens::starts_expression;
use super::{CompileError, CompileErrorKind};

/// CPython's error for `e` when it is about a statement header or a parameter list.
pub fn header_error(
    e: &ParseError,
    parsed: &Parsed<Mod>,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    let start: u32 = e.location.start().into();
    let tokens: &[Token] = parsed.tokens();
    let index = tokens.partition_point(|t| u32::from(t.range().start()) < start);
    let found = tokens
        .get(index)
        .filter(|t| u32::from(t.range().start()) == start)?;
    let syntax = |msg: &str, t: &Token| {
        let s: u32 = t.range().start().into();
        // CPython's NEWLINE token is empty.
        let en = match t.kind() {
            K::Newline | K::EndOfFile => s,
            _ => t.range().end().into(),
        };
        error_at(CompileErrorKind::SyntaxError, msg, s, en, lines, filename)
    };
    let before = tokens.get(..index)?;
    if let Some(params) = parameter_list(before) {
        if found.kind() == K::Lpar {
            let close = matching_close(tokens, index)?;
            let close_index = tokens.partition_point(|t| t.range().start() < close.range().start());
            let inside = tokens.get(index + 1..close_index)?;
            if !plain_names(parameters_so_far(before)?, params, true)
                || !plain_names(inside, params, false)
            {
                // Only plain names, before and within, make CPython's rule for this apply.
                return Some(syntax("invalid syntax", found));
            }
            let msg = match params {
                Params::Def => "Function parameters cannot be parenthesized",
                Params::Lambda => "Lambda expression parameters cannot be parenthesized",
            };
            let s: u32 = found.range().start().into();
            let en: u32 = close.range().end().into();
            return Some(error_at(
                CompileErrorKind::SyntaxError,
                msg,
                s,
                en,
                lines,
                filename,
            ));
        }
        // `def f(x=, y)`: the `=` with nothing after it.
        let previous = before.iter().rev().find(|t| !is_trivia(t.kind()));
        if let Some(eq) = previous.filter(|t| t.kind() == K::Equal) {
            if matches!(found.kind(), K::Comma | K::Rpar) {
                return Some(syntax("expected default value expression", eq));
            }
        }
        let plain_error = matches!(e.error, ParseErrorType::ExpectedToken { .. });
        if plain_error && starts_expression(found.kind()) {
            if let Some(value) = default_or_annotation_start(before, params) {
                // `def f(a=1 b)`, `(lambda a=1 b: 1)`: the value is an expression, and
                // within brackets CPython's rule for two expressions in a row applies.
                let found_start: u32 = found.range().start().into();
                let en = expression_end(parsed, found_start);
                return Some(error_at(
                    CompileErrorKind::SyntaxError,
                    "invalid syntax. Perhaps you forgot a comma?",
                    value,
                    en,
                    lines,
                    filename,
                ));
            }
        }
        let stray = !matches!(found.kind(), K::Comma | K::Rpar | K::Colon | K::Newline);
        let constant = matches!(found.kind(), K::None | K::True | K::False);
        // A lambda's parameters end at any token that is not one (a keyword, a `)`);
        // CPython's parser stops there rather than asking for the ':'.
        let ends_lambda = matches!(params, Params::Lambda)
            && !matches!(
                found.kind(),
                K::Comma | K::Colon | K::Newline | K::EndOfFile | K::Equal
            );
        if plain_error && (ends_lambda || (stray && (constant || !found.kind().is_keyword()))) {
            return Some(syntax("invalid syntax", found));
        }
        return None;
    }
    let header = header_keyword(before);
    match &e.error {
        ParseErrorType::ExpectedToken {
            expected: K::Colon,
            found: kind,
        } => {
            let forced = matches!(header?, K::Def | K::Try | K::Else | K::Finally);
            let after_lambda = line_tokens(before).iter().any(|t| t.kind() == K::Lambda);
            if after_lambda {
                return None;
            }
            if forced {
                return Some(syntax("expected ':'", found));
            }
            if *kind != K::Newline {
                return Some(syntax("invalid syntax", found));
            }
            None
        }
        ParseErrorType::ExpectedToken {
            expected: K::Lpar, ..
        } if header == Some(K::Def) => Some(syntax("expected '('", found)),
        ParseErrorType::ExpectedExpression if header == Some(K::Def) => {
            // `def f() -> :`: the return annotation is optional, the ':' is not.
            let arrow = before.iter().rev().find(|t| !is_trivia(t.kind()))?;
            (arrow.kind() == K::Rarrow).then(|| syntax("expected ':'", arrow))
        }
        _ => None,
    }
}

#[derive(Clone, Copy)]
enum Params {
    Def,
    Lambda,
}

fn is_trivia(k: K) -> bool {
    matches!(k, K::NonLogicalNewline | K::Comment)
}

/// The tokens of the logical line that `before` ends in.
fn line_tokens(before: &[Token]) -> &[Token] {
    let from = before
        .iter()
        .rposition(|t| matches!(t.kind(), K::Newline | K::Indent | K::Dedent))
        .map_or(0, |i| i + 1);
    before.get(from..).unwrap_or(&[])
}

/// The keyword that starts the logical line `before` ends in (after `async`).
fn header_keyword(before: &[Token]) -> Option<K> {
    let mut line = line_tokens(before).iter().filter(|t| !is_trivia(t.kind()));
    match line.next()?.kind() {
        K::Async => line.next().map(Token::kind),
        k => Some(k),
    }
}

/// Are `before`'s last tokens inside a parameter list: a `def`'s parentheses, or between
/// `lambda` and its `:`?
fn parameter_list(before: &[Token]) -> Option<Params> {
    let mut depth = 0i32;
    // A lambda's parameters end at its ':'.
    let mut colon = false;
    for (i, t) in before.iter().enumerate().rev() {
        match t.kind() {
            K::Colon if depth == 0 => colon = true,
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth > 0 => depth -= 1,
            K::Lpar => {
                let is_def = i >= 2
                    && before.get(i - 1).is_some_and(|t| t.kind() == K::Name)
                    && before.get(i - 2).is_some_and(|t| t.kind() == K::Def);
                return is_def.then_some(Params::Def);
            }
            K::Lambda if depth == 0 && !colon => return Some(Params::Lambda),
            K::Lsqb | K::Lbrace | K::Newline | K::Indent | K::Dedent => return None,
            _ => {}
        }
    }
    None
}

/// Where the default value (or a `def`'s annotation) that `before` ends in starts, when
/// it stands inside brackets: a lambda's own parameters are not, unless the lambda is.
fn default_or_annotation_start(before: &[Token], params: Params) -> Option<u32> {
    let mut depth = 0i32;
    let mut value = None;
    let mut iter = before.iter().enumerate().rev();
    for (_, t) in iter.by_ref() {
        match t.kind() {
            k if is_trivia(k) => continue,
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            K::Equal => break,
            K::Colon if matches!(params, Params::Def) => break,
            K::Comma | K::Lpar | K::Lambda | K::Star | K::DoubleStar => return None,
            _ => {}
        }
        value = Some(u32::from(t.range().start()));
    }
    let value = value?;
    if matches!(params, Params::Def) {
        return Some(value);
    }
    // The lambda's enclosing bracket, if any, before the logical line began.
    let mut depth = 0i32;
    let mut seen_lambda = false;
    for (_, t) in iter {
        match t.kind() {
            K::Lambda if depth == 0 => seen_lambda = true,
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth > 0 => depth -= 1,
            K::Lpar | K::Lsqb | K::Lbrace => return seen_lambda.then_some(value),
            K::Newline | K::Indent | K::Dedent => return None,
            _ => {}
        }
    }
    None
}

/// The tokens of the parameter list that `before` ends in, after its `(` or `lambda`.
fn parameters_so_far(before: &[Token]) -> Option<&[Token]> {
    let mut depth = 0i32;
    for (i, t) in before.iter().enumerate().rev() {
        match t.kind() {
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth > 0 => depth -= 1,
            K::Lpar | K::Lambda if depth == 0 => return before.get(i + 1..),
            _ => {}
        }
    }
    None
}

/// Are `tokens` comma-separated plain parameter names (a `def`'s may be annotated)? With
/// `before_paren`, each one is followed by its comma and there may be none; otherwise
/// there is at least one and a trailing comma is optional.
fn plain_names(tokens: &[Token], params: Params, before_paren: bool) -> bool {
    let tokens: Vec<&Token> = tokens.iter().filter(|t| !is_trivia(t.kind())).collect();
    let mut count = 0usize;
    let mut i = 0usize;
    while i < tokens.len() {
        if tokens.get(i).map(|t| t.kind()) != Some(K::Name) {
            return false;
        }
        i += 1;
        count += 1;
        let mut depth = 0i32;
        // An annotation runs to the next comma at this depth.
        if tokens.get(i).map(|t| t.kind()) == Some(K::Colon) {
            if !matches!(params, Params::Def) {
                return false;
            }
            i += 1;
            while let Some(t) = tokens.get(i) {
                match t.kind() {
                    K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
                    K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
                    K::Comma if depth == 0 => break,
                    K::Equal if depth == 0 => return false,
                    _ => {}
                }
                i += 1;
            }
        }
        match tokens.get(i).map(|t| t.kind()) {
            Some(K::Comma) => i += 1,
            None if !before_paren => {}
            _ => return false,
        }
    }
    before_paren || count > 0
}

/// The bracket token that closes the one at `open`.
fn matching_close(tokens: &[Token], open: usize) -> Option<&Token> {
    let mut depth = 0i32;
    for t in tokens.get(open..)? {
        match t.kind() {
            K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
            K::Rpar | K::Rsqb | K::Rbrace => {
                depth -= 1;
                if depth == 0 {
                    return Some(t);
                }
            }
            _ => {}
        }
    }
    None
}
