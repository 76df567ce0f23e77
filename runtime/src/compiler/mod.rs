//! The compiler: source text → AST (ruff_python_parser) → symbol table → `CodeObject`.
//!
//! This is the public surface the rest of tote uses; everything else in this folder is
//! private to it:
//! - `lines.rs`: byte offsets → lines and columns;
//! - `parse_errors.rs`: the pre-scan (NUL bytes, bracket depth) and parser errors → CPython's
//!   `SyntaxError` messages;
//! - `errors.rs`: the internal error type;
//! - `symtable.rs`: scopes and name resolution;
//! - `codegen.rs`, `stmt.rs`, `expr.rs`, `func.rs`, `blocks.rs`: code generation;
//! - `fold.rs`: constant folding;
//! - `assemble.rs`: jump resolution, exception table, stack depth.

mod assemble;
mod blocks;
mod codegen;
mod errors;
mod expr;
mod fold;
mod func;
mod lines;
mod parse_errors;
mod stmt;
mod symtable;
#[cfg(test)]
mod tests;

use ruff_python_ast::{Mod, PythonVersion};
use ruff_python_parser::{parse_unchecked, ParseOptions};
use ruff_text_size::Ranged;

use crate::bytecode::{CodeObject, Constant, Op};
use codegen::Compiler;
use errors::CErr;
use lines::LineIndex;

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

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}, line {})", self.msg, self.filename, self.lineno)
    }
}

/// Compiles `source` (the file `filename`) into a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    // A UTF-8 byte-order mark is not part of the program.
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let lines = LineIndex::new(source);
    if let Some(err) = parse_errors::prescan(source, &lines, filename) {
        return Err(err);
    }
    let py_mode = match mode {
        Mode::Exec => ruff_python_parser::Mode::Module,
        Mode::Eval => ruff_python_parser::Mode::Expression,
    };
    let options = ParseOptions::from(py_mode).with_target_version(PythonVersion::PY311);
    let brackets = parse_errors::scan_brackets(source, &lines, filename)?;
    let parsed = parse_unchecked(source, options);
    if let Some(err) = parse_errors::first_error(&parsed, source, &lines, filename, &brackets) {
        return Err(err);
    }
    let result = match parsed.syntax() {
        Mod::Module(m) => compile_module(&m.body, &lines, filename),
        Mod::Expression(e) => compile_eval(&e.body, &lines, filename),
    };
    result.map_err(|e| e.into_public(&lines, filename))
}

fn compile_module(
    body: &[ruff_python_ast::Stmt],
    lines: &LineIndex<'_>,
    filename: &str,
) -> Result<CodeObject, CErr> {
    check_future_imports(body)?;
    let table = symtable::build_module(body)?;
    let mut c = Compiler::new(&table, lines, filename);
    c.push_unit(0, "<module>", "<module>", 1);
    c.u().docstring = stmt::docstring(body);
    c.compile_scope_body(body)?;
    c.set_loc_to_last_instruction();
    c.load_const(Constant::None);
    c.emit0(Op::ReturnValue);
    c.pop_unit()
}

fn compile_eval(
    expr: &ruff_python_ast::Expr,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Result<CodeObject, CErr> {
    let table = symtable::build_expression(expr)?;
    let mut c = Compiler::new(&table, lines, filename);
    c.push_unit(0, "<module>", "<module>", 1);
    c.compile_expr(expr)?;
    c.set_loc(expr.range());
    c.emit0(Op::ReturnValue);
    c.pop_unit()
}

/// `from __future__ import …` may only follow the docstring and other future imports.
fn check_future_imports(body: &[ruff_python_ast::Stmt]) -> Result<(), CErr> {
    use ruff_python_ast::Stmt;
    let mut prefix = true;
    for (i, s) in body.iter().enumerate() {
        let is_future = matches!(s, Stmt::ImportFrom(f)
            if f.level == 0 && f.module.as_ref().map(|m| m.as_str()) == Some("__future__"));
        let is_doc = i == 0 && stmt::docstring(body).is_some();
        if is_future && !prefix {
            return Err(CErr::syntax(
                "from __future__ imports must occur at the beginning of the file",
                s.range(),
            ));
        }
        if !is_future && !is_doc {
            prefix = false;
        }
    }
    Ok(())
}
