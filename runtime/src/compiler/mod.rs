//! The compiler: source text → AST (ruff_python_parser) → symbol table → `CodeObject`.
//!
//! This is the public surface the rest of tote uses; everything else in this folder is
//! private to it:
//! - `lines.rs`: byte offsets → lines and columns;
//! - `prescan.rs`: the checks before parsing (NUL bytes, bracket depth, TabError);
//!   `parse_errors.rs`: parser errors → CPython's
//!   `SyntaxError` messages; `parse_errors_match.rs` those of `case` patterns;
//!   `parse_errors_order.rs` which error is reported first; `parse_errors_assign.rs`,
//!   `parse_errors_headers.rs`, `parse_errors_shapes.rs`, `parse_errors_calls.rs`, `parse_errors_dicts.rs`,
//!   `parse_errors_blocks.rs` families
//!   of specific messages;
//!   `parse_errors_tokens.rs` the source and token scanning they share;
//! - `fstrings.rs`: f-strings as 3.11 reads them, for its errors; `fstring_genexp.rs` the
//!   generator fields 3.11 accepts and ruff does not (`f'{x for x in y}'`);
//! - `errors.rs`: the internal error type; `error_text.rs`: the `text` (and end-of-input
//!   positions) of errors in source given as a string;
//! - `future.rs`: the opening `from __future__ import` statements; `annotation_text.rs` the
//!   text of an annotation they turn into a string;
//! - `single.rs`: what `compile(..., "single")` accepts as one interactive statement;
//! - `source_encoding.rs`: source bytes to text (PEP 263), for scripts and for `compile()`;
//! - `symtable.rs`, `resolve.rs`: scopes, and name resolution within them;
//! - `codegen.rs`, `stmt.rs`, `expr.rs`, `func.rs`, `blocks.rs`, `except_star.rs`,
//!   `pattern.rs`, `async_code.rs`: code generation;
//! - `fold.rs`: constant folding;
//! - `warnings.rs`: the SyntaxWarnings of code that compiles (`x is 1`, …);
//!   `number_warnings.rs`: the tokenizer's for a number against a keyword (`1if`);
//! - `assemble.rs`: jump resolution, exception table, stack depth.
//!
//! # Layout conventions the VM relies on
//!
//! - **Functions**: pushed in this order, then `MAKE_FUNCTION flags`: defaults tuple
//!   (DEFAULTS), keyword-defaults dict `{name: value}` (KWDEFAULTS), annotations dict
//!   `{name: value, …, 'return': value}` (ANNOTATIONS), closure tuple of cells made with
//!   `LOAD_CLOSURE` in the order of the inner code's `freevars` (CLOSURE), the code constant.
//!   Decorators are evaluated before all of that and applied after with `CALL 1` each,
//!   innermost first. Locals: `varnames` starts with the parameters (positional, keyword-only,
//!   `*args`, `**kwargs`); an argument that is also a cell is in `cell2arg`.
//!   `cellvars` and `freevars` are sorted by name.
//! - **Comprehensions**: `MAKE_FUNCTION` of the `<listcomp>`/`<setcomp>`/`<dictcomp>`/
//!   `<genexpr>` code, then the outermost iterable, `GET_ITER`, `CALL 1`. The code has
//!   `argcount == 1` and `varnames[0] == ".0"` (the iterator); list/set/dict comprehensions
//!   start with an empty `BUILD_*` and return it; genexprs have the GENERATOR flag, yield each
//!   element (`YIELD_VALUE; POP_TOP`) and return None.
//! - **Classes**: `LOAD_BUILD_CLASS`, `MAKE_FUNCTION` of the body (CLOSURE when the body has
//!   free variables), `LOAD_CONST 'Name'`, the bases, then `CALL 2+n` / `CALL_KW` (keywords
//!   such as `metaclass=`) / `CALL_FUNCTION_EX` (a `*`/`**` argument; the positional tuple
//!   then holds body function and name first). The body code (MODULE_OR_CLASS, no arguments)
//!   runs with the class namespace as its locals: `LOAD_NAME __name__; STORE_NAME
//!   __module__; LOAD_CONST 'Qual.Name'; STORE_NAME __qualname__`, then `SETUP_ANNOTATIONS`
//!   if it has annotations, `STORE_NAME __doc__` for a docstring, the body, and — when a
//!   method uses `super()`/`__class__` — `LOAD_CLOSURE __class__; STORE_NAME __classcell__`
//!   (the class body's only cellvar), then `LOAD_CONST None; RETURN_VALUE`. The VM's
//!   `__build_class__` must set that cell to the new class. Free variables of a class body
//!   are read with `LOAD_CLASSDEREF`.
//! - **Generators**: a code object with GENERATOR has no prologue: the first `send(None)` /
//!   `next()` starts at instruction 0 with an empty stack. Converting a `StopIteration`
//!   that escapes the body into `RuntimeError` (PEP 479) is the VM's job.
//! - **Coroutines**: `async def` code has COROUTINE (ASYNC_GENERATOR when it also yields)
//!   and, like a generator, no prologue. `await x` is `<x>; GET_AWAITABLE 0; LOAD_CONST
//!   None; YIELD_FROM`. `async for`: `<iter>; GET_AITER`, then each turn `GET_ANEXT;
//!   LOAD_CONST None; YIELD_FROM` protected by `-> END_ASYNC_FOR [d+1]` (the loop's exit,
//!   then the else body). `async with` is `with` with BEFORE_ASYNC_WITH and each
//!   `__aenter__`/`__aexit__` result awaited (GET_AWAITABLE 1 / 2). A list/set/dict
//!   comprehension that awaits is a COROUTINE code object awaited after its CALL; an async
//!   genexpr is an ASYNC_GENERATOR.
//! - **try/except** (`d` = stack depth at the `try`): body protected by a row `-> handler
//!   [d]` without lasti. Handler: `PUSH_EXC_INFO` (`[prev exc]`), for each clause
//!   `<type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next`, then `STORE e` (or `POP_TOP`), the
//!   body, `POP_EXCEPT`, (`e = None; del e`), `JUMP end`. No clause matched: `RERAISE 0`.
//!   The handler area is protected by `-> cleanup [d+1] lasti` where cleanup is `COPY 3;
//!   POP_EXCEPT; RERAISE 1`; an `as e` body by `[d+1] lasti` to `e = None; del e; RERAISE 1`.
//! - **try/finally**: body protected by `-> handler [d]` without lasti; the normal path runs
//!   the finally body inline and jumps over the handler. Handler: `PUSH_EXC_INFO`, finally
//!   body, `RERAISE 0`, protected by `-> cleanup [d+1] lasti`.
//! - **with**: `<mgr>; BEFORE_WITH` (`[exit value]`), body protected by `-> handler [d+1]
//!   lasti`; normal exit `LOAD_CONST None` ×3, `CALL 3`, `POP_TOP`. Handler (`[exit lasti
//!   exc]`): `PUSH_EXC_INFO; WITH_EXCEPT_START; POP_JUMP_IF_TRUE suppress; RERAISE 0`
//!   (protected by `-> cleanup [d+3] lasti`); suppress: `POP_TOP; POP_EXCEPT; POP_TOP;
//!   POP_TOP`.
//! - **Leaving blocks early** (`return`, `break`, `continue`): the code that leaving needs is
//!   emitted inline, outside the left blocks' rows: a `for` loop's iterator is popped, a
//!   finally body is run, `__exit__(None, None, None)` is called, an except handler does
//!   `POP_EXCEPT` (and clears its name). A non-constant return value is computed first and
//!   kept on top with `SWAP 2` around each of those.
//! - Exception-table rows never overlap: each instruction belongs to at most one row, its
//!   innermost handler.

mod annotation_text;
mod assemble;
mod async_code;
mod blocks;
mod codegen;
mod error_text;
mod errors;
mod escape_warnings;
mod except_star;
mod expr;
mod fold;
mod fstring_genexp;
mod fstrings;
mod func;
mod future;
mod lines;
mod number_warnings;
mod numeric_literals;
mod parse_errors;
mod parse_errors_assign;
mod parse_errors_blocks;
mod parse_errors_calls;
mod parse_errors_dicts;
mod parse_errors_escapes;
mod parse_errors_headers;
mod parse_errors_match;
mod parse_errors_order;
mod parse_errors_shapes;
mod parse_errors_tokens;
mod pattern;
mod prescan;
mod resolve;
mod single;
pub mod source_encoding;
mod stmt;
mod string_escapes;
mod symtable;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_aids;
#[cfg(test)]
mod tests_errors;
#[cfg(test)]
mod tests_syntax_forms;
mod warnings;

use ruff_python_ast::{Mod, PythonVersion};
use ruff_python_parser::{parse_unchecked, ParseOptions, Parsed};
use ruff_text_size::Ranged;

use crate::bytecode::{CodeObject, Constant, Op};
use codegen::Compiler;
pub use error_text::{is_tokenizer_error, place_for_script, string_error_text};
use errors::CErr;
use lines::LineIndex;
/// Private-name mangling, which `__slots__` applies too.
pub use symtable::mangle;

/// How the source is compiled, as the `mode` argument of Python's `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: a sequence of statements; the code returns None.
    Exec,
    /// One expression; the code returns its value.
    Eval,
    /// One interactive statement (`compile(src, name, "single")`): the value of each
    /// expression statement at its top level goes to `sys.displayhook`.
    Single,
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
    /// 1-based column, as `SyntaxError.offset`: in characters, or UTF-8 bytes for the
    /// compiler stage's errors and for sources read as bytes (`in_byte_columns`).
    pub offset: u32,
    pub end_lineno: u32,
    /// -1 where CPython gives no end (indentation and escape errors); `NO_END_OFFSET`
    /// where it leaves the attribute None.
    pub end_offset: i64,
    /// The source line the error is on, without its line break; `None` for the errors of
    /// CPython's symbol table and code generator, which read it from the file
    /// (`errors.rs`).
    pub text: Option<String>,
    /// Whether the location is also in the exception's `args` (`(msg, (filename, lineno,
    /// ...))`): CPython's symbol table sets it as attributes only, `args` is `(msg,)`.
    pub location_in_args: bool,
}

impl CompileError {
    /// `end_offset` for an error whose `end_offset` attribute is None (the
    /// future-statement checks).
    pub const NO_END_OFFSET: i64 = i64::MIN;

    /// The columns CPython reports when it parsed `source` from bytes (a module or script
    /// file, `compile(b"...")`): its tokenizer then counts UTF-8 bytes, not characters. The
    /// errors of the compiler stage (those without `text`) count bytes already.
    pub fn in_byte_columns(mut self, source: &str) -> CompileError {
        let Some(text) = self.text.as_deref() else {
            return self;
        };
        let end_line = match self.end_lineno == self.lineno {
            true => Some(text),
            false => source
                .lines()
                .nth((self.end_lineno as usize).wrapping_sub(1)),
        };
        let offset = byte_column(Some(text), i64::from(self.offset));
        self.offset = u32::try_from(offset).unwrap_or(self.offset);
        if self.end_offset != Self::NO_END_OFFSET {
            self.end_offset = byte_column(end_line, self.end_offset);
        }
        self
    }
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}, line {})", self.msg, self.filename, self.lineno)
    }
}

/// `source` as ruff's parser reads it when it holds f-string fields that 3.11 accepts and
/// ruff does not (generators without parentheses, `fstring_genexp.rs`): those fields
/// blanked out, every offset kept. `None` when it has none.
pub fn without_generator_fields(source: &str) -> Option<String> {
    fstring_genexp::mask(source).map(|(masked, _)| masked)
}

/// Compiles `source` (the file `filename`) into a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    // A UTF-8 byte-order mark is not part of the program.
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let lines = LineIndex::new(source);
    let (parsed, generator_fields) =
        parse_checked(source, &lines, filename, mode).map_err(|mut e| {
            error_text::adjust_for_missing_break(&mut e, source, mode);
            e
        })?;
    let number_warnings = number_warnings::find(parsed.tokens(), &lines);
    let mut module = parsed.into_syntax();
    if let Some(fields) = generator_fields {
        fstring_genexp::restore(&mut module, fields);
    }
    if string_escapes::may_hold_surrogate_escape(source) {
        string_escapes::restore_surrogates(&mut module, source);
    }
    let result = match &module {
        Mod::Module(m) if mode == Mode::Single => compile_single(&m.body, &lines, filename),
        Mod::Module(m) => compile_module(&m.body, &lines, filename),
        Mod::Expression(e) => compile_eval(&e.body, &lines, filename),
    };
    let mut code = result.map_err(|e| e.into_public(&lines, filename))?;
    // The tokenizer's warnings come first, as CPython issues them while parsing.
    let mut found = escape_warnings::find(&module, &lines);
    found.extend(number_warnings);
    found.sort_by_key(|w| (w.line, w.offset));
    found.extend(match &module {
        Mod::Module(m) => warnings::find(&m.body, &lines),
        Mod::Expression(e) => warnings::find_in_expr(&e.body, &lines),
    });
    code.syntax_warnings = found;
    Ok(code)
}

/// Parses `source`, or returns the syntax error CPython 3.11 reports first for it. With
/// the tree, the f-string fields ruff could not read (`fstring_genexp.rs`), if any.
fn parse_checked(
    source: &str,
    lines: &LineIndex<'_>,
    filename: &str,
    mode: Mode,
) -> Result<(Parsed<Mod>, Option<Vec<fstring_genexp::GeneratorField>>), CompileError> {
    if let Some(err) = prescan::prescan(source, lines, filename) {
        return Err(err);
    }
    let py_mode = match mode {
        Mode::Exec | Mode::Single => ruff_python_parser::Mode::Module,
        Mode::Eval => ruff_python_parser::Mode::Expression,
    };
    let options = ParseOptions::from(py_mode).with_target_version(PythonVersion::PY311);
    let brackets = prescan::scan_brackets(source, lines, filename)?;
    let mut parsed = parse_unchecked(source, options.clone());
    let mut generator_fields = None;
    if !parsed.errors().is_empty() {
        if let Some((masked, fields)) = fstring_genexp::mask(source) {
            parsed = parse_unchecked(&masked, options);
            generator_fields = Some(fields);
        }
    }
    let parse_error_at = parsed.errors().first().map(|e| e.location.start().into());
    // An f-string field is compiled on its own, as `(expr)`, by the same rules.
    let reparse = |sub: &str| {
        let sub_lines = LineIndex::new(sub);
        parse_checked(sub, &sub_lines, filename, Mode::Eval).err()
    };
    if let Some(err) = fstrings::first_error(source, lines, filename, parse_error_at, &reparse) {
        return Err(err);
    }
    if let Some(err) = parse_errors::first_error(&parsed, source, lines, filename, &brackets) {
        return Err(err);
    }
    // Shapes ruff's parser accepts and CPython's grammar does not.
    if parsed.errors().is_empty() && source.contains("yield") {
        if let Some(err) = parse_errors_shapes::yield_as_generator_element(&parsed, lines, filename)
        {
            return Err(err);
        }
    }
    if parsed.errors().is_empty() && source.contains("case") {
        if let Some(err) = parse_errors_match::adjacent_patterns(&parsed, lines, filename) {
            return Err(err);
        }
    }
    Ok((parsed, generator_fields))
}

fn compile_module(
    body: &[ruff_python_ast::Stmt],
    lines: &LineIndex<'_>,
    filename: &str,
) -> Result<CodeObject, CErr> {
    let features = future::scan(body, lines)?;
    let table = symtable::build_module(body)?;
    let mut c = Compiler::new(&table, lines, filename);
    c.set_future(features);
    c.push_unit(0, "<module>", "<module>", 1);
    c.u().docstring = stmt::docstring(body);
    c.compile_scope_body(body)?;
    c.set_loc_to_last_instruction();
    c.load_const(Constant::None);
    c.emit0(Op::ReturnValue);
    c.pop_unit()
}

/// `compile(src, name, "single")`: one statement (simple statements may share its line),
/// compiled as a module whose expression statements display their values.
fn compile_single(
    body: &[ruff_python_ast::Stmt],
    lines: &LineIndex<'_>,
    filename: &str,
) -> Result<CodeObject, CErr> {
    single::check(body, lines)?;
    let features = future::scan(body, lines)?;
    let table = symtable::build_module(body)?;
    let mut c = Compiler::new(&table, lines, filename);
    c.set_future(features);
    c.interactive = true;
    c.push_unit(0, "<module>", "<module>", 1);
    c.compile_body(body)?;
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

/// The 1-based UTF-8 byte column of the 1-based character column `col` on `line`; past the
/// line's end each column counts one byte. Columns below 1 stay as they are.
fn byte_column(line: Option<&str>, col: i64) -> i64 {
    let Some(line) = line else { return col };
    if col < 1 {
        return col;
    }
    let chars = (col - 1) as usize;
    let bytes: usize = line.chars().take(chars).map(char::len_utf8).sum();
    let beyond = chars.saturating_sub(line.chars().count());
    (bytes + beyond) as i64 + 1
}
