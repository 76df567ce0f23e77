//! A compound statement's header with no indented block after it, translated into
//! CPython 3.11's "expected an indented block after 'X' statement on line N": N is the
//! line the header starts on (the one its `:` ends, which may be a later line), and the
//! place is the token that stands where the block should: right after the header's line
//! when the input ends there, at column 0 with no end when the next line dedents (CPython's
//! DEDENT token has no place of its own).

use ruff_python_ast::token::{Token, TokenKind as K};
use ruff_python_ast::Mod;
use ruff_python_parser::Parsed;
use ruff_text_size::Ranged;

use super::lines::LineIndex;
use super::parse_errors::error_at;
use super::parse_errors_tokens::{last_line, tokens_before};
use super::{CompileError, CompileErrorKind};

/// CPython's wording of ruff's clause name (from "Expected an indented block after …").
fn clause_name(ruff: &str) -> &'static str {
    match ruff {
        "`if` statement" => "'if' statement",
        "`else` clause" => "'else' statement",
        "`elif` clause" => "'elif' statement",
        "`for` statement" => "'for' statement",
        "`with` statement" => "'with' statement",
        "`class` definition" => "class definition",
        "`while` statement" => "'while' statement",
        "function definition" => "function definition",
        "`case` block" => "'case' statement",
        "`try` statement" => "'try' statement",
        "`except` clause" => "'except' statement",
        "`finally` clause" => "'finally' statement",
        "`match` statement" => "'match' statement",
        _ => "statement",
    }
}

fn is_layout(k: K) -> bool {
    matches!(k, K::NonLogicalNewline | K::Comment)
}

/// The line the header before `at` starts on: that of the first token of the logical
/// line whose `:` is the last one before `at`.
fn header_line(parsed: &Parsed<Mod>, at: u32, lines: &LineIndex<'_>) -> Option<u32> {
    let before = tokens_before(parsed, at);
    let colon = before.iter().rposition(|t| t.kind() == K::Colon)?;
    let head = before.get(..colon)?;
    let first = match head
        .iter()
        .rposition(|t| matches!(t.kind(), K::Newline | K::Indent | K::Dedent))
    {
        Some(i) => head.get(i + 1..)?,
        None => head,
    };
    let t = first.iter().find(|t| !is_layout(t.kind()))?;
    Some(lines.line_col(t.range().start().into()).0)
}

/// The error for ruff's "Expected an indented block after {clause}" at `start..end`.
pub fn missing_block(
    clause: &str,
    parsed: &Parsed<Mod>,
    source: &str,
    start: u32,
    end: u32,
    lines: &LineIndex<'_>,
    filename: &str,
) -> CompileError {
    let what = clause_name(clause);
    let (here, _) = lines.line_col(start);
    let header = header_line(parsed, start, lines).unwrap_or(here.saturating_sub(1).max(1));
    let msg = format!("expected an indented block after {what} on line {header}");
    let mut err = error_at(
        CompileErrorKind::IndentationError,
        msg,
        start,
        end,
        lines,
        filename,
    );
    let rest = source.get(start as usize..).unwrap_or("");
    let blank_to_end = rest.lines().all(|l| {
        let l = l.trim_start();
        l.is_empty() || l.starts_with('#')
    });
    if blank_to_end {
        // At the end of the file CPython points after the last line: just after the
        // header's colon, or past a blank or comment line that follows it.
        let last = last_line(source, lines).max(header);
        let text = lines.line_text(last).unwrap_or("");
        let len = match last == header {
            true => text.trim_end().chars().count(),
            false => text.chars().count(),
        };
        err.lineno = last;
        err.end_lineno = last;
        err.offset = len as u32 + 1;
        err.end_offset = -1;
        err.text = Some(text.to_string());
        return err;
    }
    // ruff stops at the header's line break; after it, a dedent is where CPython stops.
    let tokens: &[Token] = parsed.tokens();
    let from = tokens.partition_point(|t| u32::from(t.range().start()) < start);
    let mut after = tokens
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .filter(|t| !is_layout(t.kind()));
    if after.next().is_some_and(|t| t.kind() == K::Newline)
        && after.next().is_some_and(|t| t.kind() == K::Dedent)
    {
        if let Some(next) = after.find(|t| t.kind() != K::Dedent) {
            let line = lines.line_col(next.range().start().into()).0;
            err.lineno = line;
            err.end_lineno = line;
            err.offset = 0;
            err.end_offset = -1;
            err.text = lines.line_text(line).map(|s| s.to_string());
        }
    }
    err
}
