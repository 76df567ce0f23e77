//! Syntax errors found before parsing, as CPython's tokenizer finds them: NUL bytes, more
//! than 200 nested brackets (which also keeps the recursive parser off deep inputs), and
//! unmatched or unclosed brackets, which `parse_errors.rs` uses to choose its message; and
//! indentation that mixes tabs and spaces inconsistently (TabError).

use ruff_python_ast::Mod;
use ruff_python_parser::Parsed;
use ruff_text_size::Ranged;

use super::lines::LineIndex;
use super::parse_errors::error_at;
use super::{CompileError, CompileErrorKind};

/// CPython's tokenizer limit on nested brackets.
const MAX_PAREN_DEPTH: usize = 200;

/// What the bracket scan found.
#[derive(Default)]
pub struct Brackets {
    /// A closing bracket that does not match: (byte offset, message).
    pub bad_closer: Option<(u32, String)>,
    /// The innermost bracket still open at the end: (byte offset, char).
    pub unclosed: Option<(u32, char)>,
}

/// Scans brackets outside strings and comments, like CPython 3.11's tokenizer (which sees an
/// f-string as one token). Returns an error for more than 200 open brackets.
pub fn scan_brackets(
    source: &str,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Result<Brackets, CompileError> {
    let b = source.as_bytes();
    let mut stack: Vec<(u32, u8)> = Vec::new();
    let mut out = Brackets::default();
    let mut indents: Vec<u32> = vec![0];
    let mut line_start = true;
    let mut i = 0;
    while i < b.len() {
        if line_start && stack.is_empty() {
            // Indentation of a new logical line (CPython allows 99 nested levels).
            line_start = false;
            let mut col = 0u32;
            let mut j = i;
            while j < b.len() {
                match b[j] {
                    b' ' => col += 1,
                    b'\t' => col = (col / 8 + 1) * 8,
                    b'\x0c' => col = 0,
                    _ => break,
                }
                j += 1;
            }
            let blank = matches!(b.get(j), None | Some(b'\n' | b'\r' | b'#'));
            if !blank {
                if col > *indents.last().unwrap_or(&0) {
                    indents.push(col);
                    if indents.len() > 100 {
                        let mut err = error_at(
                            CompileErrorKind::IndentationError,
                            "too many levels of indentation",
                            i as u32,
                            i as u32,
                            lines,
                            filename,
                        );
                        err.end_offset = 0;
                        return Err(err);
                    }
                } else {
                    while indents.len() > 1 && col < *indents.last().unwrap_or(&0) {
                        indents.pop();
                    }
                }
            }
            i = j;
            continue;
        }
        let c = b[i];
        if c == b'\n' || c == b'\r' {
            let continued = i > 0 && b[i - 1] == b'\\';
            if !continued {
                line_start = true;
            }
            i += 1;
            continue;
        }
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    let d = b[i];
                    if d == b'\\' {
                        i += 2;
                        continue;
                    }
                    if triple {
                        if d == c && i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c {
                            i += 3;
                            break;
                        }
                    } else if d == c {
                        i += 1;
                        break;
                    } else if d == b'\n' || d == b'\r' {
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                stack.push((i as u32, c));
                if stack.len() > MAX_PAREN_DEPTH {
                    return Err(error_at(
                        CompileErrorKind::SyntaxError,
                        "too many nested parentheses",
                        i as u32,
                        i as u32,
                        lines,
                        filename,
                    ));
                }
            }
            b')' | b']' | b'}' => {
                let want = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match stack.pop() {
                    None => {
                        if out.bad_closer.is_none() {
                            out.bad_closer = Some((i as u32, format!("unmatched '{}'", c as char)));
                        }
                    }
                    Some((at, open)) if open != want => {
                        if out.bad_closer.is_none() {
                            let l1 = lines.line_col(at).0;
                            let l2 = lines.line_col(i as u32).0;
                            let mut msg = format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, open as char
                            );
                            if l1 != l2 {
                                msg.push_str(&format!(" on line {l1}"));
                            }
                            out.bad_closer = Some((i as u32, msg));
                        }
                    }
                    Some(_) => {}
                }
            }
            _ => {}
        }
        i += 1;
    }
    out.unclosed = stack.last().map(|&(at, c)| (at, c as char));
    Ok(out)
}

pub fn prescan(source: &str, lines: &LineIndex<'_>, filename: &str) -> Option<CompileError> {
    let at = source.bytes().position(|b| b == 0)?;
    // As CPython reports it for a file: the line, shown up to the NUL, without a caret.
    let (lineno, _) = lines.line_col(at as u32);
    let text = lines
        .line_text(lineno)
        .map(|t| t.split('\0').next().unwrap_or("").to_string());
    Some(CompileError {
        kind: CompileErrorKind::SyntaxError,
        msg: "source code cannot contain null bytes".into(),
        filename: filename.into(),
        lineno,
        offset: 0,
        end_lineno: lineno,
        end_offset: 0,
        text,
        location_in_args: true,
    })
}

/// What CPython's tokenizer finds wrong with a line's indentation when tabs are involved
/// (ruff counts a tab as one column boundary, CPython as up to 8 columns).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum IndentProblem {
    /// Deeper or level with tabs as 8 columns but not with tabs as 1: TabError.
    InconsistentTabs,
    /// Back to no level of an enclosing block: IndentationError.
    Unindent,
}

/// CPython's indentation checks on a source with tabs: the first line (1-based) whose
/// indentation compares differently with tabs as 8 columns and as 1 column, or that
/// returns to no enclosing level.
pub(super) fn inconsistent_tabs(
    parsed: &Parsed<Mod>,
    source: &str,
    lines: &LineIndex<'_>,
) -> Option<(u32, IndentProblem)> {
    use ruff_python_ast::token::TokenKind as K;
    if !source.contains('\t') {
        return None;
    }
    let mut stack: Vec<(u32, u32)> = vec![(0, 0)];
    let mut at_line_start = true;
    for t in parsed.tokens().iter() {
        let k = t.kind();
        if matches!(k, K::Newline) {
            at_line_start = true;
            continue;
        }
        if matches!(
            k,
            K::NonLogicalNewline | K::Indent | K::Dedent | K::Comment | K::EndOfFile
        ) {
            continue;
        }
        if !at_line_start {
            continue;
        }
        at_line_start = false;
        let (line, _) = lines.line_col(t.range().start().into());
        let text = lines.line_text(line).unwrap_or("");
        let (col, alt) = indentation_columns(text);
        let tabs = Some((line, IndentProblem::InconsistentTabs));
        let (tc, ta) = stack.last().copied().unwrap_or((0, 0));
        if col == tc {
            if alt != ta {
                return tabs;
            }
        } else if col > tc {
            if alt <= ta {
                return tabs;
            }
            stack.push((col, alt));
        } else {
            while stack.len() > 1 && stack.last().map(|s| col < s.0).unwrap_or(false) {
                stack.pop();
            }
            let (tc, ta) = stack.last().copied().unwrap_or((0, 0));
            if col != tc {
                return Some((line, IndentProblem::Unindent));
            }
            if alt != ta {
                return tabs;
            }
        }
    }
    None
}

/// The two columns CPython's tokenizer measures the blanks `text` starts with in: tabs to
/// the next multiple of 8, and tabs as 1 (a form feed starts both again).
pub(super) fn indentation_columns(text: &str) -> (u32, u32) {
    let (mut col, mut alt) = (0u32, 0u32);
    for ch in text.chars() {
        match ch {
            ' ' => {
                col += 1;
                alt += 1;
            }
            '\t' => {
                col = (col / 8 + 1) * 8;
                alt += 1;
            }
            '\x0c' => {
                col = 0;
                alt = 0;
            }
            _ => break,
        }
    }
    (col, alt)
}
