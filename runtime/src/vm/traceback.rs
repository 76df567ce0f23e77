//! The pieces of an uncaught exception's report, as CPython 3.11 prints them: one line per
//! frame with its source line and the `^`/`~` markers under the failing expression,
//! `[Previous line repeated N more times]`, the SyntaxError block, the final `Type: message`
//! line with its "Did you mean" suggestion. How the pieces are laid out (chained
//! exceptions, exception groups) is `exc_report.rs`; traceback objects are `tb_objects.rs`.

use std::rc::Rc;

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use crate::objects::exception::TbEntry;
use crate::objects::{types, unicode, PyInstance, Value};

use super::Vm;

impl Vm {
    /// The lines of a traceback, outermost entry first, each ending in a newline: `  File
    /// …` with the source line and its markers, and `[Previous line repeated N more
    /// times]` for runs of the same line.
    pub(super) fn traceback_lines(&mut self, entries: &[TbEntry]) -> Vec<String> {
        let mut out = Vec::new();
        let mut last: Option<(String, u32, String)> = None;
        let mut repeat = 0usize;
        // Entries were recorded innermost first; print outermost first.
        for e in entries.iter().rev() {
            let co = &e.code.code;
            let loc = co.locations.get(e.pc).copied().unwrap_or_default();
            let line = if loc.line > 0 {
                loc.line
            } else {
                co.first_line
            };
            // A traceback object made by Python code names its own line, whose text is
            // shown without the markers of the instruction's.
            let (line, markers) = match e.line {
                Some(l) if l != line => (l, false),
                _ => (line, true),
            };
            let key = (co.filename.clone(), line, co.name.clone());
            if last.as_ref() == Some(&key) {
                repeat += 1;
                if repeat >= 3 {
                    continue;
                }
            } else {
                flush_repeats(&mut out, repeat);
                repeat = 0;
                last = Some(key);
            }
            out.push(format!(
                "  File \"{}\", line {}, in {}\n",
                co.filename, line, co.name
            ));
            if let Some(src) = self.source_line(&co.filename, line) {
                // As CPython, only the indentation goes: trailing whitespace is printed.
                let stripped = src.trim_start_matches(INDENTATION);
                let indent = src.len() - stripped.len();
                out.push(format!("    {}\n", stripped));
                if !markers {
                    continue;
                }
                if let Some(m) = caret_line(
                    &src,
                    indent,
                    &loc,
                    self.source_line(&co.filename, loc.end_line),
                ) {
                    out.push(m);
                }
            }
        }
        flush_repeats(&mut out, repeat);
        out
    }

    /// The lines CPython prints between the traceback and the message of a SyntaxError
    /// (`  File …`, the text and its carets); none for other exceptions.
    pub(super) fn syntax_error_block_lines(&mut self, exc: &Rc<PyInstance>) -> Vec<String> {
        if !shows_syntax_block(exc) {
            return Vec::new();
        }
        let mut block = String::new();
        self.format_syntax_error_block(exc, &mut block);
        block.split_inclusive('\n').map(str::to_string).collect()
    }

    /// `Type: message` (with "Did you mean" suggestions), or just `Type` for an empty
    /// message; no newline.
    pub(super) fn exception_line(&mut self, exc: &Rc<PyInstance>) -> String {
        let class = exc.class();
        let syntax_block = shows_syntax_block(exc);
        let name = exception_name(&class);
        let value = Value::Instance(exc.clone());
        let shown = match syntax_block {
            true => crate::objects::exception_members::member_value(exc, "msg"),
            false => value,
        };
        let msg = match self.to_str(&shown) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => "<exception str() failed>".to_string(),
        };
        let msg = msg + &self.suggestion(exc);
        if msg.is_empty() {
            name
        } else {
            format!("{}: {}", name, msg)
        }
    }

    /// `  File "x.py", line 3` / source line / caret, for SyntaxError and its subclasses.
    fn format_syntax_error_block(&mut self, exc: &Rc<PyInstance>, out: &mut String) {
        let get = |n: &str| crate::objects::exception_members::field(exc, n);
        let filename = match get("filename") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "<string>".into(),
        };
        let int = |n: &str, default: i64| match get(n) {
            Some(Value::Int(i)) => i,
            _ => default,
        };
        let text = match get("text") {
            Some(Value::Str(t)) => Some(t.as_str().to_string()),
            _ => None,
        };
        let lineno = int("lineno", 1);
        let offset = int("offset", 0);
        out.push_str(&syntax_error_lines(&SyntaxErrorSite {
            filename: &filename,
            lineno,
            text: text.as_deref(),
            offset,
            end_lineno: int("end_lineno", lineno),
            end_offset: int("end_offset", offset),
            single_caret: exc.class().is_subtype(&types().exc.indentation_error),
        }));
    }

    pub(crate) fn source_line(&mut self, filename: &str, line: u32) -> Option<String> {
        if line == 0 {
            return None;
        }
        let src = self.source_text(filename)?;
        src.lines().nth(line as usize - 1).map(|l| l.to_string())
    }

    /// The source of a file a traceback names: remembered when it was compiled (bundled
    /// and frozen modules too), else read from the file system and remembered.
    pub fn source_text(&mut self, filename: &str) -> Option<Rc<str>> {
        if let Some(s) = self.sources.get(filename) {
            return Some(s.clone());
        }
        let text = std::fs::read_to_string(filename).ok()?;
        let rc: Rc<str> = Rc::from(text.as_str());
        self.sources.insert(filename.to_string(), rc.clone());
        Some(rc)
    }
}

/// Where a SyntaxError points: what its `  File …` block is printed from.
pub struct SyntaxErrorSite<'a> {
    pub filename: &'a str,
    pub lineno: i64,
    pub text: Option<&'a str>,
    /// 1-based character columns, as `SyntaxError.offset` / `end_offset`.
    pub offset: i64,
    pub end_lineno: i64,
    pub end_offset: i64,
    /// IndentationError: CPython marks only the first column.
    pub single_caret: bool,
}

/// The `  File "x.py", line N` / source line / caret lines of a SyntaxError report, as
/// CPython 3.11 prints them: the line without its indentation, carets from `offset` to
/// `end_offset` when both are on that line, none when the offset is left of the text.
pub fn syntax_error_lines(site: &SyntaxErrorSite) -> String {
    let mut out = format!("  File \"{}\", line {}\n", site.filename, site.lineno);
    let Some(text) = site.text else { return out };
    let line = text.trim_end_matches(['\n', '\r']);
    let mut stripped = line.trim_start_matches(INDENTATION);
    let mut indent = line.chars().count() - stripped.chars().count();
    // A text of several lines (a multi-line string's) is shown from the line holding the
    // offset, counted from the start of the text.
    let offset = site.offset.max(0) as usize;
    while let Some(nl) = stripped.find('\n') {
        let before = stripped[..nl].chars().count();
        if offset < indent + before + 2 {
            break;
        }
        stripped = &stripped[nl + 1..];
        indent += before + 1;
    }
    out.push_str(&format!("    {}\n", stripped));
    if site.offset < 1 || ((site.offset - 1) as usize) < indent {
        return out;
    }
    let start = (site.offset - 1) as usize;
    // Columns within the stripped line; the caret run may reach one past its end.
    let limit = stripped.chars().count() + 1;
    let col = (start - indent).min(limit - 1);
    let same_line = site.end_lineno == site.lineno && site.end_offset > site.offset;
    // A range that goes on past this line is marked to the line's end.
    let end_col = if site.single_caret {
        col + 1
    } else if same_line {
        (site.end_offset - 1) as usize - indent
    } else if site.end_lineno > site.lineno {
        limit - 1
    } else {
        col + 1
    };
    let end_col = end_col.min(limit).max(col + 1);
    // CPython 3.11 turns the character offsets into UTF-8 byte columns before it draws
    // them, so a non-ASCII character before or under the carets counts as its byte length.
    let mut pad = String::new();
    for c in stripped.chars().chain(std::iter::repeat(' ')).take(col) {
        if c.is_whitespace() && c.is_ascii() {
            pad.push(c);
        } else {
            pad.extend(std::iter::repeat(' ').take(c.len_utf8()));
        }
    }
    let width: usize = stripped
        .chars()
        .chain(std::iter::repeat(' '))
        .skip(col)
        .take(end_col - col)
        .map(char::len_utf8)
        .sum();
    out.push_str(&format!("    {}{}\n", pad, "^".repeat(width)));
    out
}

const REPEAT_PREFIX: &str = "  [Previous line repeated ";

/// Whether a line of `traceback_lines` is the `[Previous line repeated N more times]` count.
pub(super) fn is_repeat_line(line: &str) -> bool {
    line.starts_with(REPEAT_PREFIX)
}

fn flush_repeats(out: &mut Vec<String>, repeat: usize) {
    if repeat >= 3 {
        let n = repeat - 2;
        out.push(format!(
            "{}{} more time{}]\n",
            REPEAT_PREFIX,
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// `ValueError`, or `pkg.mod.MyError` for classes outside `__main__` and builtins.
pub fn exception_name(class: &crate::objects::PyType) -> String {
    let qual = class.qualname.borrow().clone();
    match class.module_name() {
        Some(m) if !class.builtin && m != "__main__" && m != "builtins" => {
            format!("{}.{}", m, qual)
        }
        _ => qual,
    }
}

/// A SyntaxError with a line number shows where it is (file, line, text, caret), then
/// its `msg`; without one it prints like any exception.
fn shows_syntax_block(exc: &Rc<PyInstance>) -> bool {
    exc.class().is_subtype(&types().exc.syntax_error)
        && matches!(
            crate::objects::exception_members::field(exc, "lineno"),
            Some(Value::Int(_))
        )
}

/// Byte offset → character offset within a line.
fn char_col(line: &str, byte: usize) -> usize {
    let b = byte.min(line.len());
    line.get(..b).map(|s| s.chars().count()).unwrap_or(b)
}

/// What CPython removes from the start of a source line it prints.
const INDENTATION: [char; 3] = [' ', '\t', '\x0c'];

/// The marker line under a traceback entry's source line, when the failing expression does
/// not span the whole (stripped) line, or has a BinOp/Subscript anchor.
fn caret_line(
    line: &str,
    indent: usize,
    loc: &crate::bytecode::Location,
    end_src: Option<String>,
) -> Option<String> {
    if loc.line == 0 || (loc.col == 0 && loc.end_col == 0) {
        return None;
    }
    // The printed line, trailing whitespace included: an expression that ends before
    // that whitespace does not span it.
    let stripped_len = line.trim_start_matches(INDENTATION).chars().count();
    let indent_chars = char_col(line, indent);
    let start = char_col(line, loc.col as usize);
    let (end, segment) = if loc.end_line == loc.line {
        let end = char_col(line, loc.end_col as usize);
        let seg = line
            .get(loc.col as usize..(loc.end_col as usize).min(line.len()))
            .unwrap_or("");
        (end, Some(seg.to_string()))
    } else {
        let _ = end_src;
        (indent_chars + line.trim().chars().count(), None)
    };
    if end <= start {
        return None;
    }
    let anchors = segment.as_deref().and_then(anchors_in_segment);
    let spans_line = end - start >= stripped_len;
    let has_anchor = anchors.map(|(l, r)| r > l).unwrap_or(false);
    if spans_line && !has_anchor {
        return None;
    }
    // Each character gets as many marks as the columns it takes (two for wide East Asian
    // characters), so the marks stay under their text on a terminal, as CPython places them.
    let chars: Vec<char> = line.chars().collect();
    let columns = |i: usize| chars.get(i).map_or(1, |&c| unicode::display_width(c));
    let mut m = String::from("    ");
    for i in indent_chars..start {
        m.push_str(&" ".repeat(columns(i)));
    }
    for i in 0..end - start {
        let mark = match anchors {
            Some((l, r)) if i < l || i >= r => '~',
            _ => '^',
        };
        m.extend(std::iter::repeat(mark).take(columns(start + i)));
    }
    m.push('\n');
    Some(m)
}

/// For a segment that is a binary operation or a subscript, the (start, end) character
/// range to mark with `^` (the operator, or the `[...]`); the rest gets `~`.
fn anchors_in_segment(segment: &str) -> Option<(usize, usize)> {
    let parsed = ruff_python_parser::parse_expression(segment).ok()?;
    let expr = parsed.expr();
    let chars: Vec<char> = segment.chars().collect();
    let to_char = |b: usize| char_col(segment, b);
    match expr {
        Expr::BinOp(b) => {
            let op_start = to_char(b.left.range().end().to_usize());
            let op_end = to_char(b.right.range().start().to_usize());
            let between: String = chars.get(op_start..op_end)?.iter().collect();
            let offset = between.len() - between.trim_start().len();
            let mut left = op_start + between[..offset].chars().count();
            let mut right = left + 1;
            let between_chars: Vec<char> = between.chars().collect();
            if offset + 1 < between_chars.len() && !between_chars[offset + 1].is_whitespace() {
                right += 1;
            }
            while left < chars.len()
                && (chars[left].is_whitespace() || chars[left] == ')' || chars[left] == '#')
            {
                left += 1;
                right += 1;
            }
            Some((left, right))
        }
        Expr::Subscript(s) => {
            let mut left = to_char(s.value.range().end().to_usize());
            let mut right = to_char(s.slice.range().end().to_usize()) + 1;
            while left < chars.len() && chars[left] != '[' {
                left += 1;
            }
            while right < chars.len() && chars[right] != ']' {
                right += 1;
            }
            if right < chars.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}
