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
            ranged: Rc::ptr_eq(&exc.class(), &types().exc.syntax_error),
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
    /// 1-based columns, as `SyntaxError.offset` / `end_offset` (characters or bytes: they
    /// are drawn as they are, one column each).
    pub offset: i64,
    pub end_lineno: i64,
    pub end_offset: i64,
    /// Whether the end position is drawn: CPython 3.11 reads `end_lineno` and `end_offset`
    /// of an exact SyntaxError only, and marks one column for its subclasses.
    pub ranged: bool,
}

/// The `  File "x.py", line N` / source line / caret lines of a SyntaxError report, as
/// CPython 3.11 prints them. The text is measured in UTF-8 bytes but the offsets are used
/// as they are: the line is shown without its indentation (from the line holding the
/// offset, for a text of several lines), the caret run from `offset` to `end_offset`
/// (to the end of the text when the error goes on past this line), and no carets when
/// the offset is left of the text.
pub fn syntax_error_lines(site: &SyntaxErrorSite) -> String {
    let mut out = format!("  File \"{}\", line {}\n", site.filename, site.lineno);
    let Some(text) = site.text else { return out };
    let size = text.len() as i64;
    let (end_lineno, mut end) = match site.ranged {
        true => (site.end_lineno, site.end_offset),
        false => (site.lineno, -1),
    };
    if end_lineno > site.lineno {
        end = size;
    }
    end = end.min(size + 1);
    let carets = match end > 0 && end > site.offset {
        true => end.saturating_sub(site.offset),
        false => 1,
    };
    let indent = text.len() - text.trim_start_matches(INDENTATION).len();
    let mut shown = &text[indent..];
    let mut offset = site.offset.saturating_sub(1 + indent as i64);
    let mut len = shown.len() - shown.ends_with('\n') as usize;
    offset = offset.min(len as i64);
    while let Some(nl) = shown.find('\n') {
        if nl as i64 >= offset {
            break;
        }
        shown = &shown[nl + 1..];
        len -= nl + 1;
        offset -= nl as i64 + 1;
    }
    out.push_str("    ");
    out.push_str(shown);
    if shown.as_bytes().get(len) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return out;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(offset as usize));
    out.push_str(&"^".repeat(carets as usize));
    out.push('\n');
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

/// `ValueError`, or `pkg.mod.MyError` for classes outside `__main__` and builtins, or
/// `<unknown>.MyError` for a class whose `__module__` is not a string.
pub fn exception_name(class: &crate::objects::PyType) -> String {
    let qual = class.qualname.borrow().clone();
    if class.builtin {
        return qual;
    }
    match class.dict.get_str("__module__") {
        Some(Value::Str(m)) if m.as_str() == "__main__" || m.as_str() == "builtins" => qual,
        Some(Value::Str(m)) => format!("{}.{}", m.as_str(), qual),
        _ => format!("<unknown>.{}", qual),
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
            // The operator is the first character between the operands that is neither
            // blank nor a closing parenthesis; it takes two marks when the next character
            // (still before the right operand) is not blank: `//`, `**`, or `+(`.
            let lo = to_char(b.left.range().end().to_usize());
            let hi = to_char(b.right.range().start().to_usize()).min(chars.len());
            let blank = |c: char| matches!(c, ' ' | '\t' | '\x0c');
            let mut anchors = None;
            for i in lo..hi {
                if blank(chars[i]) {
                    continue;
                }
                let two = i + 1 < hi && !blank(chars[i + 1]);
                anchors = Some((i, i + 1 + two as usize));
                if !(chars[i] == ')' && i + 1 < hi) {
                    break;
                }
            }
            anchors
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
