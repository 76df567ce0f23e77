//! An `=` where CPython's grammar wanted an expression, translated into the hints CPython
//! 3.11 gives: a condition, decorator or bracketed element written `target = value`
//! ("Maybe you meant '==' or ':='…"), and a keyword argument whose name is an expression
//! (`f(a.b=1)`: "expression cannot contain assignment…"), and an assignment statement
//! whose first element CPython's parser reads as such a named expression when a later
//! target fails (`a = 1 if b else c = 2`). ruff reports these as an unexpected token, a
//! missing parameter name or an invalid target; the checks here find CPython's rule from
//! the tokens around the `=`.

use ruff_python_ast::token::{Token, TokenKind as K};
use ruff_python_ast::{Expr, Mod};
use ruff_python_parser::{ParseError, Parsed};
use ruff_text_size::{Ranged, TextRange};

use super::errors::range;
use super::expr::expr_kind_name;
use super::lines::LineIndex;
use super::parse_errors::error_at;
use super::parse_errors_tokens::expr_at;
use super::{CompileError, CompileErrorKind};

fn syntax(msg: String, s: u32, e: u32, lines: &LineIndex<'_>, filename: &str) -> CompileError {
    error_at(CompileErrorKind::SyntaxError, msg, s, e, lines, filename)
}

fn is_trivia(k: K) -> bool {
    matches!(k, K::NonLogicalNewline | K::Comment)
}

/// The error for the `=` at `eq` (a single `=` token) when it follows what CPython parses
/// as a named expression: the condition of `if`/`elif`/`while`, a decorator, a `match`
/// subject, or an element in non-call parentheses or square brackets. `None` elsewhere.
pub fn misused_equals(
    parsed: &Parsed<Mod>,
    source: &str,
    eq: u32,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    let tokens: &[Token] = parsed.tokens();
    let eq_index = tokens
        .iter()
        .position(|t| u32::from(t.range().start()) == eq)?;
    if tokens.get(eq_index)?.kind() != K::Equal {
        return None;
    }
    // Back to the token that opens the expression before the `=` (or to the comma before
    // it, in a tuple, list or set display, whose every element is a named expression).
    let mut depth = 0i32;
    let mut i = eq_index;
    let mut element_start = None;
    let opener = loop {
        i = i.checked_sub(1)?;
        let t = tokens.get(i)?;
        match t.kind() {
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth > 0 => depth -= 1,
            k if depth > 0 || is_trivia(k) => {}
            K::Lpar => {
                // A call's parentheses hold arguments: a different rule.
                let callee_end = tokens[..i].iter().rev().find(|t| !is_trivia(t.kind()));
                let call = callee_end.is_some_and(|t| {
                    matches!(
                        t.kind(),
                        K::Name | K::Rpar | K::Rsqb | K::String | K::FStringEnd
                    )
                });
                if call {
                    return None;
                }
                break t;
            }
            K::Lsqb => break t,
            K::Lbrace if element_start.is_some() => break t,
            K::Comma => {
                element_start = element_start.or(Some(t.range().end()));
            }
            K::If | K::Elif | K::While | K::Match if starts_statement(&tokens[..i]) => break t,
            K::If => return None,
            K::At if line_starts_with_at(source, t) => break t,
            K::Lbrace
            | K::Newline
            | K::Indent
            | K::Dedent
            | K::Colon
            | K::Semi
            | K::Equal
            | K::Else
            | K::For
            | K::In
            | K::Return
            | K::Lambda => return None,
            _ => {}
        }
    };
    if element_start.is_some() && !matches!(opener.kind(), K::Lpar | K::Lsqb | K::Lbrace) {
        return None;
    }
    let target_start = u32::from(element_start.unwrap_or(opener.range().end()));
    let target_text = source.get(target_start as usize..eq as usize)?;
    let lead = (target_text.len() - target_text.trim_start().len()) as u32;
    let target_start = target_start + lead;
    let target_end = target_start + target_text.trim().len() as u32;
    let target = expr_at(source, range(target_start, target_end))?;
    let parenthesized = source.as_bytes().get(target_start as usize) == Some(&b'(');
    // CPython's rule wants `bitwise_or '=' bitwise_or`, not followed by `=` or `:=`.
    let not_bitwise_or = |ex: &Expr| match ex {
        Expr::Compare(_)
        | Expr::BoolOp(_)
        | Expr::Lambda(_)
        | Expr::If(_)
        | Expr::Named(_)
        | Expr::Starred(_)
        | Expr::Yield(_)
        | Expr::YieldFrom(_) => !parenthesized,
        Expr::Tuple(t) => !t.parenthesized,
        Expr::UnaryOp(u) => u.op == ruff_python_ast::UnaryOp::Not && !parenthesized,
        _ => false,
    };
    if not_bitwise_or(&target) {
        return None;
    }
    let (value_end, stop) = bitwise_or_end(tokens, eq_index + 1)?;
    if matches!(stop, K::Equal | K::ColonEqual) {
        return Some(syntax("invalid syntax".into(), eq, eq + 1, lines, filename));
    }
    if matches!(target, Expr::Name(_)) && !parenthesized {
        return Some(syntax(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into(),
            target_start,
            value_end,
            lines,
            filename,
        ));
    }
    let excluded = matches!(
        target,
        Expr::List(_)
            | Expr::Tuple(_)
            | Expr::Generator(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
    );
    if excluded {
        return None;
    }
    Some(cannot_assign_here(&target, target_start, lines, filename))
}

/// "cannot assign to X here. Maybe you meant '==' instead of '='?" over `target`, an
/// expression `expr_at` parsed from the source at `target_start`.
fn cannot_assign_here(
    target: &Expr,
    target_start: u32,
    lines: &LineIndex<'_>,
    filename: &str,
) -> CompileError {
    // The expression's own range, inside its parentheses (`expr_at` parsed it as `(text)`).
    let inner_start = target_start + u32::from(target.range().start()) - 1;
    let inner_end = target_start + u32::from(target.range().end()) - 1;
    syntax(
        format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            expr_kind_name(target)
        ),
        inner_start,
        inner_end,
        lines,
        filename,
    )
}

/// Does the token after `before` start a statement?
fn starts_statement(before: &[Token]) -> bool {
    let previous = before.iter().rev().find(|t| !is_trivia(t.kind()));
    previous.map_or(true, |t| {
        matches!(
            t.kind(),
            K::Newline | K::Indent | K::Dedent | K::Semi | K::Colon
        )
    })
}

/// Is the `@` token `t` the first thing on its line (a decorator, not matrix product)?
fn line_starts_with_at(source: &str, t: &Token) -> bool {
    let at = usize::from(t.range().start());
    let line_start = source
        .get(..at)
        .map_or(0, |s| s.rfind('\n').map_or(0, |n| n + 1));
    source
        .get(line_start..at)
        .is_some_and(|s| s.trim().is_empty())
}

/// Where the `bitwise_or` expression starting at token `from` ends, and the kind of the
/// token that stops it. `None` when no such expression starts there.
pub(super) fn bitwise_or_end(tokens: &[Token], from: usize) -> Option<(u32, K)> {
    let first = tokens.get(from..)?.iter().find(|t| !is_trivia(t.kind()))?;
    if matches!(
        first.kind(),
        K::Lambda | K::Not | K::Yield | K::Newline | K::EndOfFile | K::Colon | K::Star
    ) {
        return None;
    }
    let mut depth = 0i32;
    let mut end = u32::from(first.range().start());
    for t in tokens.get(from..)? {
        let k = t.kind();
        if depth == 0 {
            let stops = matches!(
                k,
                K::Colon
                    | K::Newline
                    | K::EndOfFile
                    | K::Equal
                    | K::ColonEqual
                    | K::EqEqual
                    | K::NotEqual
                    | K::Less
                    | K::Greater
                    | K::LessEqual
                    | K::GreaterEqual
                    | K::And
                    | K::Or
                    | K::Not
                    | K::In
                    | K::Is
                    | K::If
                    | K::Else
                    | K::For
                    | K::Async
                    | K::Comma
                    | K::Semi
                    | K::Rarrow
                    | K::Rpar
                    | K::Rsqb
                    | K::Rbrace
            ) || k.as_augmented_assign_operator().is_some();
            if stops {
                return Some((end, k));
            }
        }
        match k {
            K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
            K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
            _ => {}
        }
        if !is_trivia(k) {
            end = t.range().end().into();
        }
    }
    Some((end, K::EndOfFile))
}

/// `f(a.b=1)`: ruff's "Expected a parameter name" at `r`, an argument followed by `=`.
pub fn expression_as_keyword(
    parsed: &Parsed<Mod>,
    source: &str,
    start: u32,
    end: u32,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    let tokens: &[Token] = parsed.tokens();
    // ruff's range may leave out the parentheses around the expression: skip their `)`s.
    let before = source.get(..start as usize)?;
    let open_parens = before.len() - before.trim_end_matches(['(', ' ', '\t']).len();
    let closers = source
        .get(start as usize - open_parens..start as usize)?
        .matches('(')
        .count();
    let mut after = tokens
        .iter()
        .filter(|t| u32::from(t.range().start()) >= end && !is_trivia(t.kind()))
        .skip_while(|t| t.kind() == K::Rpar)
        .peekable();
    let skipped = tokens
        .iter()
        .filter(|t| u32::from(t.range().start()) >= end && !is_trivia(t.kind()))
        .take_while(|t| t.kind() == K::Rpar)
        .count();
    if skipped > closers {
        return None;
    }
    let eq = after.next().filter(|t| t.kind() == K::Equal)?;
    let eq_start = u32::from(eq.range().start());
    let eq_end = u32::from(eq.range().end());
    let text = source.get(start as usize..end as usize)?;
    if text.starts_with('*') {
        return Some(syntax(
            "invalid syntax".into(),
            eq_start,
            eq_end,
            lines,
            filename,
        ));
    }
    let ex = expr_at(source, range(start, end))?;
    let parenthesized = text.starts_with('(');
    let msg = match &ex {
        Expr::Generator(_) if !(text.starts_with('(') && text.ends_with(')')) => {
            return Some(syntax(
                "invalid syntax".into(),
                eq_start,
                eq_end,
                lines,
                filename,
            ));
        }
        Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) if !parenthesized => {
            format!("cannot assign to {}", expr_kind_name(&ex))
        }
        _ => "expression cannot contain assignment, perhaps you meant \"==\"?".to_string(),
    };
    // From the expression inside any parentheses (`expr_at` parsed it as `(text)`).
    let inner_start = start + u32::from(ex.range().start()) - 1;
    Some(syntax(msg, inner_start, eq_end, lines, filename))
}

/// `f((a)=1)`: ruff accepts a parenthesized keyword name and reports it apart, as syntax
/// newer than 3.11; CPython rejects it as an expression with an `=`. The error, when it
/// comes before ruff's first parse error `first`.
pub fn parenthesized_keyword(
    parsed: &Parsed<Mod>,
    source: &str,
    first: Option<&ParseError>,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    use ruff_python_parser::UnsupportedSyntaxErrorKind as U;
    let u = parsed
        .unsupported_syntax_errors()
        .iter()
        .find(|u| matches!(u.kind, U::ParenthesizedKeywordArgumentName))?;
    if first.is_some_and(|e| e.location.start() < u.range.start()) {
        return None;
    }
    expression_as_keyword(
        parsed,
        source,
        u.range.start().into(),
        u.range.end().into(),
        lines,
        filename,
    )
}

/// CPython adds "Maybe you meant '==' …" when a single plain target is followed by one `=`.
pub(super) fn assignment_hint_applies(
    ex: &Expr,
    source: &str,
    lines: &LineIndex<'_>,
    r: TextRange,
) -> bool {
    // In parentheses, any expression is the operand the hint's rule wants.
    let parenthesized = source
        .get(..usize::from(r.start()))
        .is_some_and(|t| t.trim_end().ends_with('('))
        && source
            .get(usize::from(r.end())..)
            .is_some_and(|t| t.trim_start().starts_with(')'));
    let excluded = match ex {
        Expr::Tuple(_) | Expr::List(_) | Expr::Generator(_) => true,
        _ if parenthesized => false,
        Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::BoolOp(_)
        | Expr::Compare(_)
        | Expr::Lambda(_)
        | Expr::If(_)
        | Expr::Named(_)
        | Expr::Starred(_) => true,
        Expr::UnaryOp(u) => u.op == ruff_python_ast::UnaryOp::Not,
        _ => false,
    };
    if excluded {
        return false;
    }
    let start: u32 = r.start().into();
    let (line, col) = lines.line_col(start);
    let text = lines.line_text(line).unwrap_or("");
    // Only the target's own opening parentheses may come before it on the line.
    let before = text.get(..col as usize).unwrap_or("x");
    if !before.chars().all(|c| c == '(' || c.is_whitespace()) {
        return false;
    }
    let rest = source.get(usize::from(r.end())..).unwrap_or("");
    let rest = rest.lines().next().unwrap_or("");
    let b = rest.as_bytes();
    let mut eq = 0;
    for i in 0..b.len() {
        if b[i] == b'=' {
            let prev = if i > 0 { b[i - 1] } else { b' ' };
            let next = b.get(i + 1).copied().unwrap_or(b' ');
            if next != b'=' && !b"=!<>:+-*/%&|^@".contains(&prev) {
                eq += 1;
            }
        }
    }
    eq == 1
}

/// `a = 1 if b else c = 2`: the hint CPython gives for an assignment statement whose
/// target `err_start..err_end` (one followed by `=`) cannot be assigned to. Its parser
/// then tries the statement's first elements as named expressions: `name = value` there is
/// "Maybe you meant '==' or ':='…" (from the name to the end of a `bitwise_or` value not
/// followed by `=` or `:=`), and `target = value` "cannot assign to … here". `None` when
/// neither applies.
pub fn statement_hint(
    parsed: &Parsed<Mod>,
    source: &str,
    err_start: u32,
    err_end: u32,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    let tokens: &[Token] = parsed.tokens();
    let here = tokens.partition_point(|t| u32::from(t.range().start()) < err_start);
    // The target is (in) what stands before an `=` of the statement.
    let after = tokens.partition_point(|t| u32::from(t.range().start()) < err_end);
    let mut end = element_end(tokens, after)?;
    while tokens.get(end)?.kind() == K::Comma {
        end = element_end(tokens, end + 1)?;
    }
    if tokens.get(end)?.kind() != K::Equal {
        return None;
    }
    let start = statement_start(tokens, here)?;
    let mut p = start;
    loop {
        let first = tokens.get(p)?;
        if first.kind() == K::Star {
            p = element_end(tokens, p + 1)?;
        } else {
            if let Some(err) = element_hint(tokens, source, p, lines, filename) {
                return Some(err);
            }
            p = element_end(tokens, p)?;
        }
        // Only a comma leads on to another element.
        if tokens.get(p)?.kind() != K::Comma {
            return None;
        }
        p += 1;
        if p >= here {
            return None;
        }
    }
}

/// The first token of the simple statement holding token `here`, if `here` is outside
/// brackets; `None` inside brackets or after an annotation's or lambda's `:`.
fn statement_start(tokens: &[Token], here: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut i = here;
    while i > 0 {
        let t = tokens.get(i - 1)?;
        match t.kind() {
            K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
            K::Lpar | K::Lsqb | K::Lbrace if depth > 0 => depth -= 1,
            K::Lpar | K::Lsqb | K::Lbrace => return None,
            K::Newline | K::Indent | K::Dedent | K::Semi if depth == 0 => break,
            K::Colon if depth == 0 => {
                // After a compound statement's header, its body starts.
                let line = tokens.get(..i - 1)?.iter().rposition(|t| {
                    matches!(t.kind(), K::Newline | K::Indent | K::Dedent | K::Semi)
                });
                let keyword = tokens.get(line.map_or(0, |l| l + 1))?.kind();
                let compound = matches!(
                    keyword,
                    K::If
                        | K::Elif
                        | K::Else
                        | K::While
                        | K::For
                        | K::With
                        | K::Try
                        | K::Except
                        | K::Finally
                        | K::Class
                        | K::Def
                        | K::Async
                );
                let lambda = tokens
                    .get(line.map_or(0, |l| l + 1)..i - 1)?
                    .iter()
                    .any(|t| t.kind() == K::Lambda);
                if !compound || lambda {
                    return None;
                }
                break;
            }
            _ => {}
        }
        i -= 1;
    }
    Some(i)
}

/// The index of the token that ends the expression starting at token `p`: the first
/// outside brackets that no expression holds (`,`, `=`, `:`, the line's end…).
fn element_end(tokens: &[Token], p: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut i = p;
    loop {
        let k = tokens.get(i)?.kind();
        if depth == 0
            && (matches!(
                k,
                K::Comma
                    | K::Equal
                    | K::ColonEqual
                    | K::Colon
                    | K::Newline
                    | K::Semi
                    | K::EndOfFile
            ) || k.as_augmented_assign_operator().is_some())
        {
            return Some(i);
        }
        match k {
            K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
            K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
            _ => {}
        }
        i += 1;
    }
}

/// CPython's rule for a named expression misused as `target = value`, at the element that
/// starts at token `p`.
fn element_hint(
    tokens: &[Token],
    source: &str,
    p: usize,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    let first = tokens.get(p)?;
    let name = matches!(first.kind(), K::Name | K::Match | K::Case | K::Type);
    if name && tokens.get(p + 1).map(|t| t.kind()) == Some(K::Equal) {
        if let Some((value_end, stop)) = bitwise_or_end(tokens, p + 2) {
            if !matches!(stop, K::Equal | K::ColonEqual) {
                return Some(syntax(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into(),
                    first.range().start().into(),
                    value_end,
                    lines,
                    filename,
                ));
            }
        }
    }
    // `target = value` where the target is no list, tuple, generator or True/False/None.
    match first.kind() {
        K::Lsqb | K::True | K::False | K::None => return None,
        K::Lpar => {
            let group_end = matching_close(tokens, p)?;
            let group = expr_at(
                source,
                range(
                    first.range().start().into(),
                    tokens.get(group_end)?.range().end().into(),
                ),
            )?;
            // (A tuple or generator keeps its own parentheses inside those `expr_at` adds.)
            if matches!(group, Expr::Tuple(_) | Expr::Generator(_)) {
                return None;
            }
        }
        _ => {}
    }
    let (target_end, stop) = bitwise_or_end(tokens, p)?;
    if stop != K::Equal {
        return None;
    }
    let eq = tokens
        .get(p..)?
        .iter()
        .position(|t| u32::from(t.range().start()) >= target_end && t.kind() == K::Equal)?;
    let (_, value_stop) = bitwise_or_end(tokens, p + eq + 1)?;
    if matches!(value_stop, K::Equal | K::ColonEqual) {
        return None;
    }
    let target_start: u32 = first.range().start().into();
    let target = expr_at(source, range(target_start, target_end))?;
    Some(cannot_assign_here(&target, target_start, lines, filename))
}

/// The index of the bracket that closes the one at token `open`.
fn matching_close(tokens: &[Token], open: usize) -> Option<usize> {
    let mut depth = 0i32;
    for (i, t) in tokens.iter().enumerate().skip(open) {
        match t.kind() {
            K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
            K::Rpar | K::Rsqb | K::Rbrace => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}
