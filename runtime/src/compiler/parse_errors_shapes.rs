//! Syntax errors where ruff and CPython 3.11 agree that the code is wrong but not on what
//! to say or where: a star import among other names, a generator as a class's only base,
//! an annotated tuple or list (or other target) with no annotation, `**x: v` in a dict, a
//! comprehension over an unparenthesized tuple, a trailing comma in `with a as b, :`,
//! decorators with nothing (or an indented line) after them, an empty subscript inside
//! brackets (read as a missing comma), and where a missing comma's
//! element starts (after `as` in `with (a as b c)`) and whether CPython's rule for it
//! applies at all. ruff marks the construct; CPython names the token its parser stopped
//! at, or the part its specific rule reports.

use ruff_python_ast::token::{Token, TokenKind as K};
use ruff_python_ast::{Expr, Mod};
use ruff_python_parser::{ParseError, ParseErrorType, Parsed};
use ruff_text_size::Ranged;

use super::errors::range;
use super::lines::LineIndex;
use super::parse_errors::error_at;
use super::parse_errors_tokens::{
    ends_operand, expr_at, following_token, last_line, starts_expression,
};
use super::{CompileError, CompileErrorKind};

/// CPython's error for `e` when it is one of the shapes above; `None` for other errors.
pub fn shape_error(
    e: &ParseError,
    parsed: &Parsed<Mod>,
    source: &str,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    let start: u32 = e.location.start().into();
    let end: u32 = e.location.end().into();
    let tokens: &[Token] = parsed.tokens();
    let syntax = |msg: &str, s: u32, en: u32| {
        error_at(CompileErrorKind::SyntaxError, msg, s, en, lines, filename)
    };
    if matches!(e.error, ParseErrorType::EmptySlice) {
        return empty_subscript_in_brackets(parsed, source, start)
            .map(|(s, en)| syntax("invalid syntax. Perhaps you forgot a comma?", s, en));
    }
    let invalid_at = |t: &Token| {
        syntax(
            "invalid syntax",
            t.range().start().into(),
            t.range().end().into(),
        )
    };
    if let Some(err) = starred_error(e, tokens, lines, filename) {
        return Some(err);
    }
    let bad_annotation_target = match &e.error {
        ParseErrorType::InvalidAnnotatedAssignmentTarget => true,
        ParseErrorType::OtherError(m) => m.starts_with("Only single target (not "),
        _ => false,
    };
    if bad_annotation_target {
        // `f():` with no annotation: CPython's rules for annotation targets need the
        // annotation; without one its parser stops at the ':'.
        let colon = tokens
            .iter()
            .position(|t| u32::from(t.range().start()) >= end && !is_trivia(t.kind()))?;
        let annotation = tokens
            .get(colon + 1..)?
            .iter()
            .find(|t| !is_trivia(t.kind()))
            .map(|t| t.kind());
        let colon = tokens.get(colon)?;
        let starts = |k: K| starts_expression(k) || matches!(k, K::Minus | K::Plus);
        if colon.kind() == K::Colon && !annotation.is_some_and(starts) {
            return Some(invalid_at(colon));
        }
    }
    match &e.error {
        ParseErrorType::OtherError(m) if m == "Star import must be the only import" => {
            let star = tokens
                .iter()
                .position(|t| t.kind() == K::Star && u32::from(t.range().start()) >= start)?;
            let after_import = star
                .checked_sub(1)
                .and_then(|i| tokens.get(i))
                .is_some_and(|t| t.kind() == K::Import);
            // `import *, a`: the star is a whole import list, the comma cannot follow it.
            let at = if after_import {
                tokens
                    .get(star + 1..)?
                    .iter()
                    .find(|t| !is_trivia(t.kind()))?
            } else {
                tokens.get(star)?
            };
            Some(invalid_at(at))
        }
        ParseErrorType::OtherError(m)
            if m.starts_with("Expected class, function definition")
                && tokens
                    .iter()
                    .any(|t| t.kind() == K::Indent && u32::from(t.range().start()) == start) =>
        {
            // An indented line after a decorator: the tokenizer's INDENT comes first, and
            // CPython reports it as it does any other, after the indentation.
            let mut err = error_at(
                CompileErrorKind::IndentationError,
                "unexpected indent",
                end,
                end,
                lines,
                filename,
            );
            err.offset = err.offset.saturating_sub(1);
            err.end_offset = -1;
            Some(err)
        }
        ParseErrorType::OtherError(m)
            if m.starts_with("Expected class, function definition")
                && dedented_after_decorator(parsed, start, lines)
                && !source.get(start as usize..).is_some_and(only_blank_lines) =>
        {
            // A line less indented than the decorator: the tokenizer's DEDENT comes first,
            // placed where the tokenizer stands, after the line's indentation.
            let (line, col) = lines.line_col(start);
            let mut err = error_at(
                CompileErrorKind::IndentationError,
                "unexpected unindent",
                start,
                start,
                lines,
                filename,
            );
            err.offset = lines.char_offset(line, col) - 1;
            err.end_offset = -1;
            Some(err)
        }
        ParseErrorType::OtherError(m)
            if m.starts_with("Expected class, function definition")
                && source.get(start as usize..).is_some_and(only_blank_lines) =>
        {
            // Decorators at the end of the input: CPython's parser fails at the end marker
            // (column 0 of the last line), or, in a block, at the dedent before it.
            let last = last_line(source, lines);
            let decorator_end = tokens
                .iter()
                .rev()
                .find(|t| {
                    u32::from(t.range().end()) <= start
                        && !is_trivia(t.kind())
                        && !matches!(t.kind(), K::Newline | K::Dedent | K::Indent)
                })
                .map_or(0, |t| u32::from(t.range().end()));
            let decorator_line = lines
                .line_text(lines.line_col(decorator_end).0)
                .unwrap_or("");
            let mut err = syntax("invalid syntax", start, start);
            err.lineno = last;
            err.end_lineno = last;
            err.text = lines.line_text(last).map(str::to_string);
            if decorator_line.starts_with([' ', '\t', '\x0c']) {
                err.kind = CompileErrorKind::IndentationError;
                err.msg = "unexpected unindent".into();
                err.offset = lines.line_text(last).map_or(0, |t| t.chars().count()) as u32 + 1;
                err.end_offset = -1;
            } else {
                err.offset = 0;
                err.end_offset = 0;
            }
            Some(err)
        }
        ParseErrorType::OtherError(m) if m == "Trailing comma not allowed" => {
            // `from x import a,`: CPython's rule for it reports the end of the line.
            let line_start = tokens
                .iter()
                .rposition(|t| {
                    matches!(t.kind(), K::Newline | K::Indent | K::Dedent)
                        && u32::from(t.range().end()) <= start
                })
                .map_or(0, |i| i + 1);
            let mut keyword = tokens.get(line_start)?.kind();
            if keyword == K::Async {
                keyword = tokens.get(line_start + 1)?.kind();
            }
            let msg = match keyword {
                K::From => "trailing comma not allowed without surrounding parentheses",
                // `with a as b, :`: no item follows the comma; the token after it is wrong.
                K::Import | K::With => "invalid syntax",
                _ => return None,
            };
            let (s0, e0) = following_token(parsed, end);
            Some(syntax(msg, s0, e0))
        }
        ParseErrorType::ExpectedExpression | ParseErrorType::ExpectedToken { .. }
            if dict_value_missing(tokens, start) =>
        {
            // `{1:}`: CPython names the ':' with nothing after it.
            let colon = tokens
                .iter()
                .rev()
                .find(|t| u32::from(t.range().end()) <= start && !is_trivia(t.kind()))?;
            Some(syntax(
                "expression expected after dictionary key and ':'",
                colon.range().start().into(),
                colon.range().end().into(),
            ))
        }
        ParseErrorType::UnparenthesizedTupleExpression => {
            // `raise E, v` (Python 2's form): CPython stops at the first comma.
            let first = tokens
                .iter()
                .position(|t| u32::from(t.range().start()) >= start)?;
            let raise = tokens[..first]
                .iter()
                .rev()
                .find(|t| !is_trivia(t.kind()))?;
            let after_from = raise.kind() == K::From
                && tokens[..first].iter().rev().any(|t| t.kind() == K::Raise);
            if raise.kind() != K::Raise && !after_from {
                return None;
            }
            let mut depth = 0i32;
            let comma = tokens.get(first..)?.iter().find(|t| {
                match t.kind() {
                    K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
                    K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
                    _ => {}
                }
                depth == 0 && t.kind() == K::Comma
            })?;
            Some(invalid_at(comma))
        }
        ParseErrorType::ExpectedExpression => {
            // `a <> b`: one token for CPython's tokenizer (Barry's operator), two for ruff.
            let here = tokens
                .iter()
                .find(|t| u32::from(t.range().start()) == start)?;
            let previous = tokens
                .iter()
                .rev()
                .find(|t| u32::from(t.range().end()) == start)?;
            (here.kind() == K::Greater && previous.kind() == K::Less).then(|| {
                syntax(
                    "invalid syntax",
                    previous.range().start().into(),
                    here.range().end().into(),
                )
            })
        }
        ParseErrorType::OtherError(m) if m == "Star import cannot be parenthesized" => {
            let star = tokens
                .iter()
                .find(|t| t.kind() == K::Star && u32::from(t.range().start()) >= start)?;
            Some(invalid_at(star))
        }
        ParseErrorType::UnparenthesizedNamedExpression => {
            // `{x := 1: 2}`: a set display so far, which a ':' cannot continue.
            let next = tokens
                .iter()
                .find(|t| u32::from(t.range().start()) >= end && !is_trivia(t.kind()))?;
            let opener = innermost_opener(tokens, start)?;
            (next.kind() == K::Colon && opener.kind() == K::Lbrace).then(|| invalid_at(next))
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            // `class C(x for x in y)`: a class's bases are no call's arguments.
            let open = tokens
                .iter()
                .rposition(|t| t.kind() == K::Lpar && u32::from(t.range().end()) <= start)?;
            let is_class = open >= 2
                && tokens.get(open - 1)?.kind() == K::Name
                && tokens.get(open - 2)?.kind() == K::Class;
            // (Only as the sole base: beside others it is the generic message.)
            let sole = tokens
                .get(open + 1)
                .is_some_and(|t| u32::from(t.range().start()) == start)
                && tokens
                    .iter()
                    .find(|t| u32::from(t.range().start()) >= end && !is_trivia(t.kind()))
                    .is_some_and(|t| t.kind() == K::Rpar);
            if !is_class || !sole {
                return None;
            }
            let mut depth = 0i32;
            let word = tokens.get(open + 1..)?.iter().find(|t| {
                match t.kind() {
                    K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
                    K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
                    _ => {}
                }
                depth == 0 && matches!(t.kind(), K::For | K::Async)
            })?;
            Some(invalid_at(word))
        }
        ParseErrorType::OtherError(m) if m.starts_with("Only single target (not ") => {
            let what = if m.contains("(not list)") {
                "list"
            } else {
                "tuple"
            };
            let msg = format!("only single target (not {what}) can be annotated");
            // An unparenthesized tuple (`expr_at`'s own parentheses hold it, from 0):
            // CPython's rule reports its first element.
            let target = expr_at(source, range(start, end))?;
            let t = match &target {
                Expr::Tuple(t) if u32::from(t.range().start()) == 0 => t,
                _ => return Some(syntax(&msg, start, end)),
            };
            let first = t.elts.first()?;
            // (`expr_at` parsed the text as `(text)`.)
            let s0 = start + u32::from(first.range().start()) - 1;
            let e0 = start + u32::from(first.range().end()) - 1;
            Some(syntax(&msg, s0, e0))
        }
        ParseErrorType::InvalidStarredExpressionUsage => {
            // `{**a: 1}`: the parser stops at the ':' after the unpacking.
            let next = tokens
                .iter()
                .find(|t| u32::from(t.range().start()) >= end && !is_trivia(t.kind()))?;
            let in_braces = innermost_opener(tokens, start).is_some_and(|t| t.kind() == K::Lbrace);
            if next.kind() == K::Colon && in_braces {
                return Some(invalid_at(next));
            }
            // `a + *b`: an operand cannot start with '*'; CPython stops at it.
            // (Or at the very start of an eval() input.)
            let previous = tokens
                .iter()
                .rev()
                .find(|t| u32::from(t.range().end()) <= start && !is_trivia(t.kind()));
            let star = tokens
                .iter()
                .find(|t| u32::from(t.range().start()) == start)?;
            let eval_start = previous.is_none() && matches!(parsed.syntax(), Mod::Expression(_));
            let after_operator = previous.is_some_and(|t| is_operator(t.kind()));
            (star.kind() == K::Star && (after_operator || eval_start)).then(|| invalid_at(star))
        }
        ParseErrorType::ExpectedToken {
            expected: K::Rsqb | K::Rbrace | K::Comma,
            found: K::For | K::Async,
        } => {
            // `[a, b for a in c]`: a tuple as a list or set comprehension's element.
            let word = tokens
                .iter()
                .position(|t| u32::from(t.range().start()) == start)?;
            let opener_at = opener_index(tokens, word)?;
            if !matches!(tokens.get(opener_at)?.kind(), K::Lsqb | K::Lbrace) {
                return None;
            }
            let inside = tokens.get(opener_at + 1..word)?;
            let mut depth = 0i32;
            let mut comma = false;
            for t in inside {
                match t.kind() {
                    K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
                    K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
                    K::Comma if depth == 0 => comma = true,
                    K::Colon if depth == 0 => return None,
                    _ => {}
                }
            }
            let first = inside.iter().find(|t| !is_trivia(t.kind()))?;
            let last = inside.iter().rev().find(|t| !is_trivia(t.kind()))?;
            if !comma || last.kind() == K::Comma {
                return None;
            }
            Some(syntax(
                "did you forget parentheses around the comprehension target?",
                first.range().start().into(),
                last.range().end().into(),
            ))
        }
        _ => None,
    }
}

fn is_trivia(k: K) -> bool {
    matches!(k, K::NonLogicalNewline | K::Comment)
}

/// The unclosed bracket token before `pos`.
fn innermost_opener(tokens: &[Token], pos: u32) -> Option<&Token> {
    let n = tokens.partition_point(|t| u32::from(t.range().end()) <= pos);
    tokens.get(opener_index(tokens, n)?)
}

/// The index of the unclosed bracket token before token index `before`.
fn opener_index(tokens: &[Token], before: usize) -> Option<usize> {
    let mut depth = 0i32;
    for i in (0..before).rev() {
        match tokens.get(i)?.kind() {
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth == 0 => return Some(i),
            K::Lpar | K::Lsqb | K::Lbrace => depth -= 1,
            _ => {}
        }
    }
    None
}

/// A binary or unary operator, after which an operand must follow.
fn is_operator(k: K) -> bool {
    matches!(
        k,
        K::Plus
            | K::Minus
            | K::Star
            | K::DoubleStar
            | K::Slash
            | K::DoubleSlash
            | K::Percent
            | K::At
            | K::Vbar
            | K::Amper
            | K::CircumFlex
            | K::LeftShift
            | K::RightShift
            | K::Tilde
            | K::EqEqual
            | K::NotEqual
            | K::Less
            | K::Greater
            | K::LessEqual
            | K::GreaterEqual
            | K::Not
            | K::And
            | K::Or
    )
}

/// Where the element before the token at `pos` starts, for "Perhaps you forgot a comma?",
/// which CPython reports from the start of the whole expression before the missing comma.
pub enum ElementStart {
    At(u32),
    /// A conditional expression is no operand of that rule: plain "invalid syntax".
    Conditional,
    /// Something this scan does not follow (a lambda, a comprehension clause).
    Unknown,
    /// No rule of CPython's applies (`import (a as b c)`): plain "invalid syntax".
    Invalid,
}

pub fn element_start(parsed: &Parsed<Mod>, pos: u32) -> ElementStart {
    let tokens: &[Token] = parsed.tokens();
    let n = tokens.partition_point(|t| u32::from(t.range().start()) < pos);
    let found = tokens.get(n).map(|t| t.kind());
    if found == Some(K::Lambda) && lambda_incomplete(tokens, n) {
        return ElementStart::Invalid;
    }
    let opener_index = opener_index(tokens, n);
    let opener = opener_index.and_then(|i| tokens.get(i)).map(|t| t.kind());
    let after_import = opener_index
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| t.kind() == K::Import);
    if after_import {
        // `from m import (a b)`: names, not expressions.
        return ElementStart::Invalid;
    }
    let mut depth = 0i32;
    let mut first = None;
    let mut first_index = n;
    for (i, t) in tokens.get(..n).unwrap_or(&[]).iter().enumerate().rev() {
        let k = t.kind();
        if is_trivia(k) {
            continue;
        }
        match k {
            K::As if depth == 0 => {
                return match first {
                    Some(p) if with_items_all_named(tokens, i) => ElementStart::At(p),
                    _ => ElementStart::Invalid,
                }
            }
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            K::Comma if earlier_with_item_named(tokens, i) => return ElementStart::Invalid,
            K::Lpar | K::Lsqb | K::Lbrace | K::Comma | K::Colon | K::Equal | K::ColonEqual => break,
            K::If | K::Else => return ElementStart::Conditional,
            // A dict's `**` takes a plain operand, not an expression with this rule.
            K::DoubleStar if opener == Some(K::Lbrace) => return ElementStart::Invalid,
            // So does a display's `*` after its first element (a call's takes any).
            K::Star if starred_after_first(tokens, i, opener_index) => {
                return ElementStart::Invalid
            }
            // A comprehension's iterable is a plain operand too.
            K::In if comprehension_in(tokens, i) => return ElementStart::Invalid,
            K::Lambda | K::For | K::Async | K::Yield | K::Star | K::DoubleStar => {
                return ElementStart::Unknown
            }
            _ => {}
        }
        first = Some(u32::from(t.range().start()));
        first_index = i;
    }
    // `(a "s")`: a name right before a string is no case for the hint.
    let name_then_string = tokens.get(first_index).map(|t| t.kind()) == Some(K::Name)
        && first_index + 1 == n
        && matches!(found, Some(K::String | K::FStringStart));
    if name_then_string {
        return ElementStart::Invalid;
    }
    first.map_or(ElementStart::Unknown, ElementStart::At)
}

/// Is the `*` at token `star` in a display (not a call) after a comma at its level?
fn starred_after_first(tokens: &[Token], star: usize, opener: Option<usize>) -> bool {
    let Some(open) = opener else { return false };
    let call = open
        .checked_sub(1)
        .and_then(|i| tokens.get(i))
        .is_some_and(|t| ends_operand(t.kind()))
        && tokens.get(open).is_some_and(|t| t.kind() == K::Lpar);
    let mut depth = 0i32;
    let comma_before = tokens.get(open + 1..star).unwrap_or(&[]).iter().any(|t| {
        match t.kind() {
            K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
            K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
            _ => {}
        }
        depth == 0 && t.kind() == K::Comma
    });
    !call && comma_before
}

/// Is the `in` at token `at` a comprehension's (a `for` before it at its level)?
fn comprehension_in(tokens: &[Token], at: usize) -> bool {
    let mut depth = 0i32;
    for t in tokens.get(..at).unwrap_or(&[]).iter().rev() {
        match t.kind() {
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth == 0 => return false,
            K::Lpar | K::Lsqb | K::Lbrace => depth -= 1,
            K::For if depth == 0 => return true,
            K::Comma if depth == 0 => return false,
            _ => {}
        }
    }
    false
}

/// For the `as` at token `as_index`: is it in the parentheses of `with (...)`, where every
/// item up to it names its target? Only then does CPython read the name after `as` as an
/// expression (and find the missing comma); once an item without `as` came first, its
/// parser had taken the parentheses for a tuple and fails plainly.
fn with_items_all_named(tokens: &[Token], as_index: usize) -> bool {
    let mut has_as = true;
    let mut all_named = true;
    let in_with = walk_back_to_with_paren(tokens, as_index, |k| match k {
        K::Comma => {
            all_named &= has_as;
            has_as = false;
        }
        K::As => has_as = true,
        _ => {}
    });
    in_with && all_named && has_as
}

/// For the `,` at token `comma`: is it in the parentheses of `with (...)` after an item that
/// names its target (`with (a as b, c d)`)? CPython's parser then fails plainly on the
/// later item.
fn earlier_with_item_named(tokens: &[Token], comma: usize) -> bool {
    let mut named = false;
    let in_with = walk_back_to_with_paren(tokens, comma, |k| named |= k == K::As);
    in_with && named
}

/// Walks back from token `from` over the tokens at its bracket depth, handing each kind to
/// `visit`, up to the `(` that encloses it: true if that is the `(` of `with (...)`.
fn walk_back_to_with_paren(tokens: &[Token], from: usize, mut visit: impl FnMut(K)) -> bool {
    let mut depth = 0i32;
    for i in (0..from).rev() {
        let Some(t) = tokens.get(i) else { return false };
        match t.kind() {
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth > 0 => depth -= 1,
            K::Lpar => {
                let keyword = tokens
                    .get(..i)
                    .and_then(|b| b.iter().rev().find(|t| !is_trivia(t.kind())));
                return keyword.is_some_and(|t| t.kind() == K::With);
            }
            K::Lsqb | K::Lbrace => return false,
            k if depth == 0 => visit(k),
            _ => {}
        }
    }
    false
}

/// Where the expression that starts with the token at `pos` ends: CPython's "Perhaps you
/// forgot a comma?" covers it whole (`[-1 2 ** 65]`), up to a token no expression goes on
/// with, or a second operand right after one (a further missing comma).
pub fn expression_end(parsed: &Parsed<Mod>, pos: u32) -> u32 {
    let tokens: &[Token] = parsed.tokens();
    let from = tokens.partition_point(|t| u32::from(t.range().start()) < pos);
    let operand_start = |k: K| {
        matches!(
            k,
            K::Name
                | K::Int
                | K::Float
                | K::Complex
                | K::String
                | K::FStringStart
                | K::Lbrace
                | K::Lambda
                | K::None
                | K::True
                | K::False
                | K::Ellipsis
                | K::Await
                | K::Tilde
        )
    };
    let (mut depth, mut end, mut after_operand) = (0i32, pos, None::<K>);
    // A lambda's `:` goes on to its body.
    let mut lambdas = 0;
    for (i, t) in tokens.get(from..).unwrap_or(&[]).iter().enumerate() {
        let k = t.kind();
        if is_trivia(k) {
            continue;
        }
        // `b if c` with no `else` is no conditional expression: it ends before the `if`.
        if depth == 0 && k == K::If && !else_follows(tokens.get(from + i + 1..).unwrap_or(&[])) {
            break;
        }
        if depth == 0 && k == K::Lambda && after_operand.is_none() {
            lambdas += 1;
        } else if depth == 0 && k == K::Colon && lambdas > 0 {
            lambdas -= 1;
            end = t.range().end().into();
            continue;
        } else if depth == 0 {
            let stops = matches!(
                k,
                K::Comma
                    | K::Rpar
                    | K::Rsqb
                    | K::Rbrace
                    | K::Colon
                    | K::Equal
                    | K::ColonEqual
                    | K::Newline
                    | K::Semi
                    | K::For
                    | K::Async
                    | K::As
                    | K::EndOfFile
            ) || k.as_augmented_assign_operator().is_some();
            // (Adjacent strings are one literal.)
            let joined = matches!(after_operand, Some(K::String | K::FStringEnd))
                && matches!(k, K::String | K::FStringStart);
            if stops || (after_operand.is_some() && operand_start(k) && !joined) {
                break;
            }
        }
        match k {
            K::Lpar | K::Lsqb | K::Lbrace | K::FStringStart => depth += 1,
            K::Rpar | K::Rsqb | K::Rbrace | K::FStringEnd => depth -= 1,
            _ => {}
        }
        end = t.range().end().into();
        after_operand = (depth == 0 && ends_operand(k)).then_some(k);
    }
    end
}

/// Is there an `else` among `tokens` before the element they are in ends?
fn else_follows(tokens: &[Token]) -> bool {
    let mut depth = 0i32;
    for t in tokens {
        match t.kind() {
            K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
            K::Rpar | K::Rsqb | K::Rbrace if depth == 0 => return false,
            K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
            K::Else if depth == 0 => return true,
            K::Comma | K::Newline | K::For if depth == 0 => return false,
            _ => {}
        }
    }
    false
}

/// A lambda at token `at` with no `:` of its own before its element ends (`x lambda, y`):
/// CPython's rule for a missing comma needs a whole expression after the first one.
fn lambda_incomplete(tokens: &[Token], at: usize) -> bool {
    let mut depth = 0i32;
    for t in tokens.get(at + 1..).unwrap_or(&[]) {
        match t.kind() {
            K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
            K::Rpar | K::Rsqb | K::Rbrace if depth == 0 => return true,
            K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
            K::Colon if depth == 0 => return false,
            K::Comma | K::Newline | K::For | K::EndOfFile if depth == 0 => return true,
            _ => {}
        }
    }
    true
}

/// Is the token at `pos` a `}` or `,` right after a dict key's `:`?
fn dict_value_missing(tokens: &[Token], pos: u32) -> bool {
    let Some(here) = tokens.iter().find(|t| u32::from(t.range().start()) == pos) else {
        return false;
    };
    let previous = tokens
        .iter()
        .rev()
        .find(|t| u32::from(t.range().end()) <= pos && !is_trivia(t.kind()));
    matches!(here.kind(), K::Rbrace | K::Comma)
        && previous.is_some_and(|t| t.kind() == K::Colon)
        && innermost_opener(tokens, pos).is_some_and(|t| t.kind() == K::Lbrace)
}

/// Is `rest` only blank and comment lines?
fn only_blank_lines(rest: &str) -> bool {
    rest.lines().all(|l| {
        let l = l.trim_start();
        l.is_empty() || l.starts_with('#')
    })
}

/// `(yield x for x in y)`: ruff reads a generator whose element is a bare `yield`; CPython's
/// grammar has no such generator (a yield in one must be parenthesized), and its parser
/// stops at the `for`. The error for the first, in a source ruff parsed without errors.
pub fn yield_as_generator_element(
    parsed: &Parsed<Mod>,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    let tokens: &[Token] = parsed.tokens();
    for (i, t) in tokens.iter().enumerate() {
        if t.kind() != K::Yield {
            continue;
        }
        let before = tokens.get(..i)?.iter().rev().find(|t| !is_trivia(t.kind()));
        if before.map(|t| t.kind()) != Some(K::Lpar) {
            continue;
        }
        let mut depth = 0i32;
        for u in tokens.get(i + 1..)? {
            match u.kind() {
                K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
                K::Rpar | K::Rsqb | K::Rbrace if depth == 0 => break,
                K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
                K::Comma | K::Newline if depth == 0 => break,
                K::For | K::Async if depth == 0 => {
                    return Some(error_at(
                        CompileErrorKind::SyntaxError,
                        "invalid syntax",
                        u.range().start().into(),
                        u.range().end().into(),
                        lines,
                        filename,
                    ))
                }
                _ => {}
            }
        }
    }
    None
}

/// A starred expression where none may stand: CPython's parser stops at the star after
/// `:=`, `assert`, a lambda's `:` or a keyword's `=`, and elsewhere at what follows the
/// star's operand (`*a if b else c`, `f(*a := 1)`).
fn starred_error(
    e: &ParseError,
    tokens: &[Token],
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    let start: u32 = e.location.start().into();
    let invalid_at = |t: &Token| {
        error_at(
            CompileErrorKind::SyntaxError,
            "invalid syntax",
            t.range().start().into(),
            t.range().end().into(),
            lines,
            filename,
        )
    };
    let at = tokens.partition_point(|t| u32::from(t.range().start()) < start);
    let previous = |i: usize| {
        tokens
            .get(..i)
            .and_then(|b| b.iter().rev().find(|t| !is_trivia(t.kind())))
    };
    let star = match &e.error {
        ParseErrorType::InvalidStarredExpressionUsage
        | ParseErrorType::InvalidNamedAssignmentTarget => at,
        // ruff reads `*a if b else c` as a star before a conditional expression.
        ParseErrorType::OtherError(m) if m == "Conditional expression cannot be used here" => {
            let p = previous(at)?;
            if p.kind() != K::Star {
                return None;
            }
            at.checked_sub(1)?
        }
        _ => return None,
    };
    if tokens.get(star)?.kind() != K::Star {
        return None;
    }
    let before = previous(star).map(|t| t.kind());
    // (An `=` of a keyword argument, not of an assignment statement.)
    let keyword_value = before == Some(K::Equal)
        && super::parse_errors_calls::call_open_paren(tokens, star).is_some();
    let no_star_here =
        matches!(before, Some(K::ColonEqual | K::Assert | K::Colon)) || keyword_value;
    if !matches!(e.error, ParseErrorType::InvalidNamedAssignmentTarget) && no_star_here {
        return Some(invalid_at(tokens.get(star)?));
    }
    let (operand_end, stop) = super::parse_errors_assign::bitwise_or_end(tokens, star + 1)?;
    if !matches!(stop, K::If | K::ColonEqual) {
        return None;
    }
    let stopper = tokens
        .iter()
        .find(|t| u32::from(t.range().start()) >= operand_end && !is_trivia(t.kind()))?;
    Some(invalid_at(stopper))
}

/// `f(x[])`: inside brackets CPython's rule for a missing comma reads `x` and `[]` (an
/// empty list) as two operands; the range it reports, for the empty subscript at `pos`.
fn empty_subscript_in_brackets(parsed: &Parsed<Mod>, source: &str, pos: u32) -> Option<(u32, u32)> {
    let tokens: &[Token] = parsed.tokens();
    let n = tokens.partition_point(|t| u32::from(t.range().start()) < pos);
    let open = tokens
        .get(..n)?
        .iter()
        .rev()
        .find(|t| !is_trivia(t.kind()))?;
    let open_at: u32 = open.range().start().into();
    if open.kind() != K::Lsqb || !super::parse_errors_tokens::brackets_open_at(source, open_at) {
        return None;
    }
    match element_start(parsed, open_at) {
        ElementStart::At(first) => Some((first, expression_end(parsed, open_at))),
        _ => None,
    }
}

/// Is the line at `pos` indented less than the decorator line before it?
fn dedented_after_decorator(parsed: &Parsed<Mod>, pos: u32, lines: &LineIndex<'_>) -> bool {
    let decorator_end = parsed.tokens().iter().rev().find(|t| {
        u32::from(t.range().end()) <= pos
            && !is_trivia(t.kind())
            && !matches!(t.kind(), K::Newline | K::Dedent | K::Indent)
    });
    let Some(decorator_end) = decorator_end else {
        return false;
    };
    let indent = |at: u32| {
        let text = lines.line_text(lines.line_col(at).0).unwrap_or("");
        super::prescan::indentation_columns(text).0
    };
    let here = lines.line_col(pos);
    let blank_before = lines
        .line_text(here.0)
        .and_then(|t| t.get(..here.1 as usize))
        .is_some_and(|t| t.trim().is_empty());
    blank_before && indent(pos) < indent(decorator_end.range().end().into())
}
