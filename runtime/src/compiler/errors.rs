//! Compile errors inside the compiler: a message, the exception class and a byte range,
//! turned into the public `CompileError` (line, 1-based character offsets, source text) at
//! the end. The translation of parser errors into CPython's messages lives in `parse_errors.rs`.

use ruff_text_size::{TextRange, TextSize};

use super::lines::LineIndex;
use super::{CompileError, CompileErrorKind};

/// Deepest nesting of expressions/statements the compiler's recursive visitors accept.
pub const MAX_DEPTH: u32 = 3000;

/// An error found by the symbol table or the code generator.
#[derive(Clone, Debug)]
pub struct CErr {
    pub kind: CompileErrorKind,
    pub msg: String,
    /// Byte range in the source; `None` for errors without a position (RecursionError).
    pub range: Option<TextRange>,
}

pub type CResult<T> = Result<T, CErr>;

impl CErr {
    pub fn syntax(msg: impl Into<String>, range: TextRange) -> CErr {
        CErr {
            kind: CompileErrorKind::SyntaxError,
            msg: msg.into(),
            range: Some(range),
        }
    }

    pub fn recursion() -> CErr {
        CErr {
            kind: CompileErrorKind::RecursionError,
            msg: "maximum recursion depth exceeded during compilation".into(),
            range: None,
        }
    }

    pub fn into_public(self, lines: &LineIndex, filename: &str) -> CompileError {
        match self.range {
            None => CompileError {
                kind: self.kind,
                msg: self.msg,
                filename: filename.into(),
                lineno: 0,
                offset: 0,
                end_lineno: 0,
                end_offset: 0,
                text: None,
            },
            Some(r) => {
                let (lineno, offset) = lines.char_pos(r.start().into());
                let (end_lineno, end_offset) = lines.char_pos(r.end().into());
                CompileError {
                    kind: self.kind,
                    msg: self.msg,
                    filename: filename.into(),
                    lineno,
                    offset,
                    end_lineno,
                    end_offset: end_offset.into(),
                    text: lines.line_text(lineno).map(|s| s.to_string()),
                }
            }
        }
    }
}

/// A range from two byte offsets.
pub fn range(start: u32, end: u32) -> TextRange {
    TextRange::new(TextSize::new(start), TextSize::new(end.max(start)))
}
