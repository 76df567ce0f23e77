//! The compiler: source text → AST (ruff_python_parser) → symbol table → `CodeObject`.
//!
//! This is the public surface the rest of tote uses; everything else in this folder is
//! private to it. (Stub: the real compiler lands from the compiler branch.)

use crate::bytecode::CodeObject;

/// How the source is compiled, as the `mode` argument of Python's `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: a sequence of statements; the code returns None.
    Exec,
    /// One expression; the code returns its value.
    Eval,
}

/// The Python exception class a compile error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Nesting too deep for the compiler ("maximum recursion depth exceeded during compilation").
    RecursionError,
}

/// A compile error with everything CPython's `SyntaxError` carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub lineno: u32,
    /// 1-based column in characters, as `SyntaxError.offset`.
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line the error is on, without its line break.
    pub text: Option<String>,
}

/// Compiles `source` (the file `filename`) into a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    let _ = (source, mode);
    Err(CompileError {
        kind: CompileErrorKind::SyntaxError,
        msg: "compiler not built yet".into(),
        filename: filename.into(),
        lineno: 1,
        offset: 1,
        end_lineno: 1,
        end_offset: 1,
        text: None,
    })
}
