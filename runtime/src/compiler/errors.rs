//! Compile errors inside the compiler: a message, the exception class and a byte range,
//! turned into the public `CompileError` (line, 1-based character offsets) at the end.
//! These are the errors CPython's symbol table and code generator find, and those read the
//! source line from the file named by the code, not from the compiled text: so they carry no
//! `text` here, and whoever reports them fills it from the file (`compile_error_to_exc`),
//! leaving `compile(string, '<string>', ...)` without one, as CPython does. The translation
//! of parser errors into CPython's messages lives in `parse_errors.rs`.

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
    /// False for the symbol table's errors (`CompileError::location_in_args`).
    pub location_in_args: bool,
    /// True for the few checks CPython's parser makes that are made here: their source
    /// line comes from the compiled text.
    pub text_from_source: bool,
    /// How the range becomes `offset`/`end_offset`.
    pub columns: Columns,
}

/// How `into_public` turns a range into `SyntaxError`'s columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Columns {
    /// 1-based characters of the range's start and end.
    Range,
    /// The start's 0-based UTF-8 byte column plus `add`, and no end column: the
    /// future-statement checks, which CPython locates with `PyErr_SyntaxLocationObject`.
    StartBytesPlus(u32),
    /// Offset and end offset 0 on the range's line: CPython's end-of-input token, whose
    /// column is -1 (`compile(..., "single")`, `single.rs`); line 0 for an empty source.
    EndOfInput,
    /// These `offset` and `end_offset` on the range's line: the tokenizer's indentation
    /// errors at the end of a `compile(..., "single")` source (`single.rs`).
    Fixed(u32, i64),
}

pub type CResult<T> = Result<T, CErr>;

impl CErr {
    pub fn syntax(msg: impl Into<String>, range: TextRange) -> CErr {
        CErr {
            kind: CompileErrorKind::SyntaxError,
            msg: msg.into(),
            range: Some(range),
            location_in_args: true,
            text_from_source: false,
            columns: Columns::Range,
        }
    }

    /// An error CPython's parser reports (`compile(..., 'single')`'s statement checks).
    pub fn parser(msg: impl Into<String>, range: TextRange) -> CErr {
        CErr {
            text_from_source: true,
            ..CErr::syntax(msg, range)
        }
    }

    /// An error of the symbol table (`symtable.rs`, `resolve.rs`).
    pub fn symtable(msg: impl Into<String>, range: TextRange) -> CErr {
        CErr {
            location_in_args: false,
            ..CErr::syntax(msg, range)
        }
    }

    /// An error of CPython's future-statement pass: `(msg,)` as args, the statement's line
    /// and a byte column (`column_plus`: the statement's column plus 0 or 1), no end column.
    pub fn future(msg: impl Into<String>, at: TextSize, column_plus: u32) -> CErr {
        CErr {
            location_in_args: false,
            columns: Columns::StartBytesPlus(column_plus),
            ..CErr::syntax(msg, TextRange::empty(at))
        }
    }

    pub fn recursion() -> CErr {
        CErr {
            kind: CompileErrorKind::RecursionError,
            msg: "maximum recursion depth exceeded during compilation".into(),
            range: None,
            location_in_args: true,
            text_from_source: false,
            columns: Columns::Range,
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
                location_in_args: true,
            },
            Some(r) => {
                let (mut lineno, mut offset) = lines.char_pos(r.start().into());
                let (mut end_lineno, end_offset) = lines.char_pos(r.end().into());
                let mut end_offset = i64::from(end_offset);
                match self.columns {
                    // CPython's compiler stage locates its errors by the AST's UTF-8 byte
                    // columns, whatever the source was; the parser's own checks count
                    // characters in a str source.
                    Columns::Range if !self.text_from_source => {
                        offset = lines.line_col(r.start().into()).1 + 1;
                        end_offset = i64::from(lines.line_col(r.end().into()).1) + 1;
                    }
                    Columns::Range => {}
                    Columns::StartBytesPlus(plus) => {
                        offset = lines.line_col(r.start().into()).1 + plus;
                        end_lineno = lineno;
                        end_offset = CompileError::NO_END_OFFSET;
                    }
                    Columns::Fixed(start, end) => {
                        offset = start;
                        end_lineno = lineno;
                        end_offset = end;
                    }
                    Columns::EndOfInput => {
                        if lines.source().is_empty() {
                            lineno = 0;
                        }
                        offset = 0;
                        end_lineno = lineno;
                        end_offset = 0;
                    }
                }
                CompileError {
                    kind: self.kind,
                    msg: self.msg,
                    filename: filename.into(),
                    lineno,
                    offset,
                    end_lineno,
                    end_offset,
                    text: match self.text_from_source {
                        true => lines.line_text(lineno).map(str::to_string),
                        false => None,
                    },
                    location_in_args: self.location_in_args,
                }
            }
        }
    }
}

/// A range from two byte offsets.
pub fn range(start: u32, end: u32) -> TextRange {
    TextRange::new(TextSize::new(start), TextSize::new(end.max(start)))
}
