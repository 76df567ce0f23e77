//! What `compile(source, filename, "single")` accepts: one statement, as an interactive
//! prompt reads it. CPython adds no line break to such a source, and its parser turns the
//! first end of input into a NEWLINE token (closing the open blocks, with one more NEWLINE
//! after their DEDENTs); what follows comes from that:
//! - a compound statement needs an indented last line or a final line break: `for x in y:
//!   pass` without one ends too early, at an end-of-input token whose column is -1
//!   (`offset` 0);
//! - a comment or blank last line without a break after an indented block is that early
//!   end too;
//! - a last line of only spaces and tabs after a compound statement is read as the
//!   indentation of one more line: deeper than the block is "unexpected indent", between
//!   two levels "unindent does not match…", tabs and spaces that disagree a TabError;
//! - nothing but blank lines and comments is the end of input itself;
//! - a second logical line is "multiple statements…" at the NEWLINE token after the first
//!   (a comment before the line break belongs to that token), or, after a compound
//!   statement, "invalid syntax" at its first token.

use ruff_python_ast::Stmt;
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::errors::{CErr, CResult, Columns};
use super::lines::LineIndex;
use super::prescan::indentation_columns;
use super::CompileErrorKind;

/// Checks that `body` is one interactive statement.
pub fn check(body: &[Stmt], lines: &LineIndex<'_>) -> CResult<()> {
    let source = lines.source();
    let ends_with_break = source.ends_with(['\n', '\r']);
    let Some(first) = body.first() else {
        return Err(end_of_input(lines, ends_with_break));
    };
    let compound = is_compound(first);
    if let [_, second, ..] = body {
        if compound {
            return Err(CErr::parser(
                "invalid syntax",
                first_token(source, second.range().start()),
            ));
        }
        // The simple statements of the first logical line: each starts on the line the
        // one before it ends on.
        let line_of = |at: TextSize| lines.line_col(at.into()).0;
        let mut group_end = 1;
        while let Some(next) = body.get(group_end) {
            if line_of(next.range().start()) != line_of(body[group_end - 1].range().end()) {
                break;
            }
            group_end += 1;
        }
        if group_end < body.len() {
            return Err(CErr::parser(
                "multiple statements found while compiling a single statement",
                newline_token(source, body[group_end - 1].range().end()),
            ));
        }
    }
    if compound && !ends_with_break {
        if let Some(err) = indented_last_line(first, lines) {
            return Err(err);
        }
    }
    if compound && !ends_with_break && ends_too_early(first, lines) {
        return Err(end_of_input(lines, false));
    }
    Ok(())
}

fn is_compound(s: &Stmt) -> bool {
    !matches!(
        s,
        Stmt::Expr(_)
            | Stmt::Assign(_)
            | Stmt::AugAssign(_)
            | Stmt::AnnAssign(_)
            | Stmt::Pass(_)
            | Stmt::Break(_)
            | Stmt::Continue(_)
            | Stmt::Return(_)
            | Stmt::Raise(_)
            | Stmt::Global(_)
            | Stmt::Nonlocal(_)
            | Stmt::Import(_)
            | Stmt::ImportFrom(_)
            | Stmt::Assert(_)
            | Stmt::Delete(_)
            | Stmt::TypeAlias(_)
    )
}

/// "invalid syntax" at the end-of-input token: on the last line (the one after a final
/// line break counts only when there is one), with offset 0.
fn end_of_input(lines: &LineIndex<'_>, ends_with_break: bool) -> CErr {
    let last = lines.line_count();
    let line = if ends_with_break { last - 1 } else { last };
    let at = TextSize::new(lines.line_start(line));
    CErr {
        columns: Columns::EndOfInput,
        ..CErr::parser("invalid syntax", TextRange::empty(at))
    }
}

/// Without a final line break, does the compound statement `s` end before the parser's
/// NEWLINE? It does when its last line of code is not indented (its last clause is on the
/// clause's line: `for x in y: pass`, `else: pass`), and when a comment or blank last line
/// follows an indented block.
fn ends_too_early(s: &Stmt, lines: &LineIndex<'_>) -> bool {
    let last_text = lines.line_text(lines.line_count()).unwrap_or("");
    let code = last_text.trim_start_matches([' ', '\t', '\x0c']);
    let blank = code.is_empty() || code.starts_with('#');
    let (line, _) = lines.line_col(last_simple_statement(s).into());
    let text = lines.line_text(line).unwrap_or("");
    let indented = text.starts_with([' ', '\t', '\x0c']);
    if blank {
        indented
    } else {
        !indented
    }
}

/// Where the statement that ends `s` starts (the last statement of its last clause, at
/// any depth).
fn last_simple_statement(s: &Stmt) -> TextSize {
    let last_of = |body: &[Stmt]| body.last().map(last_simple_statement);
    let found = match s {
        Stmt::If(i) => match i.elif_else_clauses.last() {
            Some(clause) => last_of(&clause.body),
            None => last_of(&i.body),
        },
        Stmt::While(w) => last_of(&w.orelse).or_else(|| last_of(&w.body)),
        Stmt::For(f) => last_of(&f.orelse).or_else(|| last_of(&f.body)),
        Stmt::With(w) => last_of(&w.body),
        Stmt::FunctionDef(f) => last_of(&f.body),
        Stmt::ClassDef(c) => last_of(&c.body),
        Stmt::Try(t) => last_of(&t.finalbody)
            .or_else(|| last_of(&t.orelse))
            .or_else(|| {
                t.handlers.last().and_then(|h| match h {
                    ruff_python_ast::ExceptHandler::ExceptHandler(h) => last_of(&h.body),
                })
            })
            .or_else(|| last_of(&t.body)),
        Stmt::Match(m) => m.cases.last().and_then(|c| last_of(&c.body)),
        _ => None,
    };
    found.unwrap_or_else(|| s.range().start())
}

/// The first token of the statement at `start` (for the error that points at it).
fn first_token(source: &str, start: TextSize) -> TextRange {
    let rest = source.get(usize::from(start)..).unwrap_or("");
    let word = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .map(char::len_utf8)
        .sum::<usize>();
    let quoted = rest[word..].starts_with(['\'', '"']);
    // A name or keyword; a string with a prefix or a number is longer, and rare here.
    let len = if word > 0 && !quoted {
        word
    } else {
        rest.chars().next().map_or(0, char::len_utf8)
    };
    TextRange::at(start, TextSize::new(len as u32))
}

/// The NEWLINE token that ends the logical line whose last statement ends at `end`: the
/// line break, or the comment before it through its end.
fn newline_token(source: &str, end: TextSize) -> TextRange {
    let from = usize::from(end);
    let rest = source.get(from..).unwrap_or("");
    let to_break = rest.find(['\n', '\r']).unwrap_or(rest.len());
    let line_rest = &rest[..to_break];
    let start = line_rest.find('#').unwrap_or(to_break);
    let at = |n: usize| TextSize::new((from + n) as u32);
    TextRange::new(at(start), at(to_break))
}

/// The tokenizer's indentation error for a last line of only blanks (no line break after
/// it) that follows the compound statement `s`; `None` when that line is at the level of
/// the last block or of one that encloses it (the early end `ends_too_early` reports).
fn indented_last_line(s: &Stmt, lines: &LineIndex<'_>) -> Option<CErr> {
    let last = lines.line_count();
    let text = lines.line_text(last)?;
    if text.is_empty() || !text.chars().all(|c| matches!(c, ' ' | '\t' | '\x0c')) {
        return None;
    }
    let mut levels = vec![(0, 0)];
    open_blocks(s, lines, &mut levels);
    let here = indentation_columns(text);
    let len = text.chars().count() as u32;
    let at = TextRange::empty(TextSize::new(lines.line_start(last)));
    let error = |kind: CompileErrorKind, msg: &str, offset: u32, end: i64| CErr {
        kind,
        columns: Columns::Fixed(offset, end),
        ..CErr::parser(msg, at)
    };
    let tab_error = || {
        error(
            CompileErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            1,
            0,
        )
    };
    let &(top, top_alt) = levels.last()?;
    if here.0 > top {
        if here.1 <= top_alt {
            return Some(tab_error());
        }
        return Some(error(
            CompileErrorKind::IndentationError,
            "unexpected indent",
            len,
            -1,
        ));
    }
    // At or below the block's level: the level it returns to.
    let Some(&(level, level_alt)) = levels.iter().rev().find(|l| l.0 <= here.0) else {
        return None;
    };
    if level != here.0 {
        return Some(error(
            CompileErrorKind::IndentationError,
            "unindent does not match any outer indentation level",
            len,
            -1,
        ));
    }
    if level_alt != here.1 {
        return Some(tab_error());
    }
    None
}

/// The indentation levels of the blocks open after the compound statement `s` (each as
/// the tokenizer's two columns: tabs to multiples of 8, and tabs as one).
fn open_blocks(s: &Stmt, lines: &LineIndex<'_>, levels: &mut Vec<(u32, u32)>) {
    let body: &[Stmt] = match s {
        Stmt::If(i) => match i.elif_else_clauses.last() {
            Some(clause) => &clause.body,
            None => &i.body,
        },
        Stmt::While(w) if !w.orelse.is_empty() => &w.orelse,
        Stmt::While(w) => &w.body,
        Stmt::For(f) if !f.orelse.is_empty() => &f.orelse,
        Stmt::For(f) => &f.body,
        Stmt::With(w) => &w.body,
        Stmt::FunctionDef(f) => &f.body,
        Stmt::ClassDef(c) => &c.body,
        Stmt::Try(t) if !t.finalbody.is_empty() => &t.finalbody,
        Stmt::Try(t) if !t.orelse.is_empty() => &t.orelse,
        Stmt::Try(t) => match t.handlers.last() {
            Some(ruff_python_ast::ExceptHandler::ExceptHandler(h)) => &h.body,
            None => &t.body,
        },
        Stmt::Match(m) => match m.cases.last() {
            Some(c) => &c.body,
            None => return,
        },
        _ => return,
    };
    let Some(first) = body.first() else {
        return;
    };
    // A block on its header's line opens no level.
    let (line, col) = lines.line_col(first.range().start().into());
    let text = lines.line_text(line).unwrap_or("");
    let Some(prefix) = text.get(..col as usize) else {
        return;
    };
    if !prefix.chars().all(|c| matches!(c, ' ' | '\t' | '\x0c')) {
        return;
    }
    levels.push(indentation_columns(prefix));
    if let Some(last) = body.last() {
        open_blocks(last, lines, levels);
    }
}
