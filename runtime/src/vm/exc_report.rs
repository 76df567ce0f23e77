//! The layout of an uncaught exception's report, as CPython 3.11 prints it: the chain of
//! causes and contexts (`The above exception was the direct cause…`, `During handling…`),
//! each exception's traceback, message and notes, and exception groups drawn as nested
//! boxes:
//!
//! ```text
//!   + Exception Group Traceback (most recent call last):
//!   |   File "x.py", line 1, in <module>
//!   | ExceptionGroup: msg (2 sub-exceptions)
//!   +-+---------------- 1 ----------------
//!     | ValueError: 1
//!     +---------------- 2 ----------------
//!     | TypeError: 2
//!     +------------------------------------
//! ```
//!
//! Inside a group every line gets the margin of its nesting depth (two spaces per level
//! and `| `). At most 15 sub-exceptions and 10 levels of groups are shown. The pieces
//! themselves (traceback lines, message line) come from `traceback.rs`.

use std::rc::Rc;

use crate::objects::exception_group::group_parts;
use crate::objects::methods::str::split_lines;
use crate::objects::{PyInstance, Value};

use super::Vm;

/// Sub-exceptions shown per group; the rest are counted.
const MAX_GROUP_WIDTH: usize = 15;
/// Nesting of groups shown; deeper ones are elided.
const MAX_GROUP_DEPTH: usize = 10;

const CAUSE_MESSAGE: &str =
    "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str =
    "During handling of the above exception, another exception occurred:\n";

/// A report being written.
#[derive(Default)]
struct Report {
    out: String,
    /// Exceptions already printed (by address), so a cycle of contexts ends.
    seen: Vec<usize>,
    /// Nesting depth inside exception groups (0 outside any).
    depth: usize,
    /// The last sub-exception of a group is being printed: whoever ends it draws the
    /// closing line.
    need_close: bool,
}

impl Report {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn margin(&self) -> String {
        if self.depth > 0 {
            self.indent() + "| "
        } else {
            String::new()
        }
    }

    /// Writes text (which carries its own newline, if any) after the margin.
    fn line(&mut self, text: &str) {
        let m = self.margin();
        self.out.push_str(&m);
        self.out.push_str(text);
    }
}

fn address(e: &Rc<PyInstance>) -> usize {
    Rc::as_ptr(e) as *const u8 as usize
}

fn as_exception(v: &Option<Value>) -> Option<Rc<PyInstance>> {
    match v {
        Some(Value::Instance(i)) if i.exc.is_some() => Some(i.clone()),
        _ => None,
    }
}

impl Vm {
    /// `sys.tracebacklimit` when it is set to an int: how many frames (innermost) each
    /// traceback shows, none when it is not positive. Any other value is ignored.
    fn traceback_limit(&mut self) -> Option<usize> {
        let Some(Value::Module(sys)) = self.modules.get_str("sys") else {
            return None;
        };
        let limit = match sys.dict.get_str("tracebacklimit")? {
            Value::Bool(b) => Value::Int(b as i64),
            v => crate::vm::subclass::base_value(&v).unwrap_or(v),
        };
        match limit {
            Value::Int(n) => Some(n.max(0) as usize),
            Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => Some(0),
            Value::BigInt(_) => None,
            _ => None,
        }
    }

    /// The full report for an uncaught exception.
    pub fn format_exception(&mut self, exc: &Rc<PyInstance>) -> String {
        let mut r = Report::default();
        self.report_exception(&mut r, exc);
        r.out
    }

    /// An exception as the default unraisable hook prints it (after "Exception ignored
    /// in: ..."): its traceback and `Type: str` only, with no chain and no notes, and the
    /// colon even when the message is empty.
    pub fn format_unraisable(&mut self, exc: &Rc<PyInstance>) -> String {
        let mut out = String::new();
        let entries = exc
            .exc
            .as_ref()
            .map(|d| d.borrow().traceback.clone())
            .unwrap_or_default();
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for l in self.traceback_lines(&entries) {
                out.push_str(&l);
            }
        }
        let message = match self.to_str(&Value::Instance(exc.clone())) {
            Ok(s) => s.as_str().to_string(),
            Err(_) => "<exception str() failed>".to_string(),
        };
        let name = super::traceback::exception_name(&exc.class());
        out.push_str(&format!("{name}: {message}\n"));
        out
    }

    /// An exception preceded by what it was chained from.
    fn report_exception(&mut self, r: &mut Report, exc: &Rc<PyInstance>) {
        self.report_chain(r, exc);
        if group_parts(&Value::Instance(exc.clone())).is_some() {
            self.report_group(r, exc);
        } else {
            self.report_single(r, exc);
        }
    }

    /// The cause, else (unless suppressed) the context, when not printed already.
    fn report_chain(&mut self, r: &mut Report, exc: &Rc<PyInstance>) {
        r.seen.push(address(exc));
        let Some(d) = &exc.exc else { return };
        let (cause, context, suppress) = {
            let d = d.borrow();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        let (chained, message) = match (as_exception(&cause), as_exception(&context)) {
            (Some(c), _) => (c, CAUSE_MESSAGE),
            (None, Some(c)) if !suppress => (c, CONTEXT_MESSAGE),
            _ => return,
        };
        if r.seen.contains(&address(&chained)) {
            return;
        }
        let need_close = r.need_close;
        self.report_exception(r, &chained);
        r.need_close = need_close;
        r.line("\n");
        r.line(message);
        r.line("\n");
    }

    /// Traceback, message and notes of one exception.
    fn report_single(&mut self, r: &mut Report, exc: &Rc<PyInstance>) {
        let mut entries = exc
            .exc
            .as_ref()
            .map(|d| d.borrow().traceback.clone())
            .unwrap_or_default();
        // Entries are innermost first: the limit keeps the innermost ones.
        if let Some(limit) = self.traceback_limit() {
            entries.truncate(limit);
        }
        if !entries.is_empty() {
            let is_group = group_parts(&Value::Instance(exc.clone())).is_some();
            let header = if is_group {
                "Exception Group Traceback (most recent call last):\n"
            } else {
                "Traceback (most recent call last):\n"
            };
            // The outermost group's header sits on the corner of its box.
            if is_group && r.depth == 1 {
                let corner = r.indent() + "+ ";
                r.out.push_str(&corner);
                r.out.push_str(header);
            } else {
                r.line(header);
            }
            for l in self.traceback_lines(&entries) {
                // CPython 3.11 writes the repeat count without the group's margin.
                if super::traceback::is_repeat_line(&l) {
                    r.out.push_str(&l);
                } else {
                    r.line(&l);
                }
            }
        }
        for l in self.syntax_error_block_lines(exc) {
            r.line(&l);
        }
        let message = self.exception_line(exc);
        r.line(&message);
        r.out.push('\n');
        self.report_notes(r, exc);
    }

    /// Each note, line by line behind the margin.
    fn report_notes(&mut self, r: &mut Report, exc: &Rc<PyInstance>) {
        use crate::objects::exception_attrs::{notes_of, Notes};
        match notes_of(self, &Value::Instance(exc.clone())) {
            Notes::Absent => {}
            Notes::Repr(text) => r.line(&text),
            Notes::Items(items) => {
                for note in items {
                    match note {
                        Some(s) => {
                            for piece in split_lines(&s, true) {
                                r.line(piece);
                            }
                        }
                        None => r.out.push_str("<note str() failed>"),
                    }
                    r.out.push('\n');
                }
            }
        }
    }

    /// A group: its own traceback and message, then each sub-exception in its box.
    fn report_group(&mut self, r: &mut Report, exc: &Rc<PyInstance>) {
        if r.depth > MAX_GROUP_DEPTH {
            r.line(&format!("... (max_group_depth is {})\n", MAX_GROUP_DEPTH));
            return;
        }
        let outermost = r.depth == 0;
        if outermost {
            r.depth = 1;
        }
        self.report_single(r, exc);
        let members = group_parts(&Value::Instance(exc.clone()))
            .map(|(_, t)| t.items.clone())
            .unwrap_or_default();
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        r.need_close = false;
        for i in 0..shown {
            let last = i + 1 == shown;
            if last {
                r.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let corner = if i == 0 { "+-" } else { "  " };
            let label = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let rule = format!(
                "{}{}+---------------- {} ----------------\n",
                r.indent(),
                corner,
                label
            );
            r.out.push_str(&rule);
            r.depth += 1;
            if truncated {
                let more = members.len() - MAX_GROUP_WIDTH;
                r.line(&format!(
                    "and {} more exception{}\n",
                    more,
                    if more > 1 { "s" } else { "" }
                ));
            } else if let Some(Value::Instance(sub)) = members.get(i) {
                self.report_exception(r, sub);
            }
            if last && r.need_close {
                let close = format!("{}+------------------------------------\n", r.indent());
                r.out.push_str(&close);
                r.need_close = false;
            }
            r.depth -= 1;
        }
        if outermost {
            r.depth = 0;
        }
    }
}
