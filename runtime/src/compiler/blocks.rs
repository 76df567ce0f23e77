//! Frame blocks: the compile-time stack of enclosing loops, `try`, `except`, `finally` and
//! `with` blocks. It tells the code generator how deep the value stack is at a statement
//! boundary (the `depth` of exception-table entries), and what to run inline when `return`,
//! `break` or `continue` leaves a block: pop a loop's iterator, run a `finally` body, call a
//! context manager's `__exit__(None, None, None)`, or restore the handled exception — as
//! CPython 3.11 does. This file also emits `try` and `with` statements.

use ruff_python_ast as ast;
use ruff_python_ast::Stmt;
use ruff_text_size::{Ranged, TextRange};

use super::codegen::{Compiler, Ctx, Label};
use super::errors::CResult;
use crate::bytecode::{Constant, Op};

#[derive(Clone, Copy)]
pub enum FBlockKind<'a> {
    While {
        start: Label,
        end: Label,
    },
    For {
        start: Label,
        end: Label,
    },
    /// The body of a `try` that has except handlers.
    TryExcept,
    /// The body of a `try` with a `finally`: leaving it runs the finally body.
    FinallyTry {
        body: &'a [Stmt],
    },
    /// The exceptional path of a finally body: `[prev exc]` on the stack.
    FinallyEnd,
    /// The body of a `with` (or `async with`): the bound `__exit__` on the stack.
    With {
        range: TextRange,
        is_async: bool,
    },
    /// The handlers area of a `try` (the handled exception saved below).
    ExceptionHandler,
    /// The body of one except clause: `[prev]` on the stack; the name to clear, if any.
    HandlerCleanup {
        name: Option<&'a str>,
    },
    /// A value (a return value) kept on the stack while a finally body runs inline.
    PopValue,
    /// The clauses of a `try` with `except*`: `[prev orig list rest]` on the stack.
    /// `break`, `continue` and `return` may not leave it.
    ExceptStarHandler,
}

#[derive(Clone, Copy)]
pub struct FBlock<'a> {
    pub kind: FBlockKind<'a>,
    /// Handler-stack length outside this block (where its unwinding code runs).
    pub handler_level: usize,
}

impl FBlockKind<'_> {
    /// Items this block keeps on the value stack while its body runs.
    pub fn stack_items(&self) -> u32 {
        match self {
            FBlockKind::For { .. } => 1,
            FBlockKind::With { .. } => 1,
            FBlockKind::FinallyEnd => 2,
            FBlockKind::HandlerCleanup { .. } => 1,
            FBlockKind::PopValue => 1,
            FBlockKind::ExceptStarHandler => 4,
            FBlockKind::ExceptionHandler => 0,
            FBlockKind::While { .. } | FBlockKind::TryExcept | FBlockKind::FinallyTry { .. } => 0,
        }
    }
}

impl<'a> Compiler<'a> {
    /// Enters a block; CPython allows 20 nested blocks per code object.
    pub fn push_fblock(&mut self, kind: FBlockKind<'a>, handler_level: usize) -> CResult<()> {
        if self.u().fblocks.len() >= 20 {
            return Err(super::errors::CErr::syntax(
                "too many statically nested blocks",
                self.stmt_range,
            ));
        }
        self.u().fblocks.push(FBlock {
            kind,
            handler_level,
        });
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// Value-stack depth at a statement boundary: what the enclosing blocks keep there.
    pub fn stack_base(&mut self) -> u32 {
        self.u().fblocks.iter().map(|b| b.kind.stack_items()).sum()
    }

    /// Emits what leaving one block needs. `preserve_tos`: a value sits on top and stays.
    fn unwind_fblock(&mut self, b: FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        self.u().handler_stack.truncate(b.handler_level);
        match b.kind {
            FBlockKind::While { .. }
            | FBlockKind::TryExcept
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptStarHandler => {}
            FBlockKind::For { .. } => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit0(Op::PopTop);
            }
            FBlockKind::FinallyTry { body } => {
                if preserve_tos {
                    let level = self.handler_level();
                    self.push_fblock(FBlockKind::PopValue, level)?;
                }
                self.compile_body(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit0(Op::PopTop);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit0(Op::PopExcept);
            }
            FBlockKind::With { range, is_async } => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                let saved = self.set_loc(range);
                self.call_exit_with_nones();
                if is_async {
                    self.emit_await(2);
                }
                self.restore_loc(saved);
                self.emit0(Op::PopTop);
            }
            FBlockKind::HandlerCleanup { name } => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit0(Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.name_op(n, Ctx::Store)?;
                    self.name_op(n, Ctx::Del)?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit0(Op::PopTop);
            }
        }
        Ok(())
    }

    /// Unwinds blocks from the innermost out. With `to_loop`, stops at the innermost loop
    /// and returns it (without unwinding it); otherwise unwinds everything. Then `then` runs
    /// (emitting the jump or return) and the block and handler stacks are restored.
    /// Reaching the clauses of an `except*` is CPython's SyntaxError, reported at `at`.
    pub fn unwind_and<F>(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
        at: TextRange,
        then: F,
    ) -> CResult<bool>
    where
        F: FnOnce(&mut Self, Option<FBlock<'a>>) -> CResult<()>,
    {
        let saved_blocks = self.u().fblocks.clone();
        let saved_handlers = self.u().handler_stack.clone();
        let mut found = None;
        let result = (|| {
            while let Some(top) = self.u().fblocks.last().copied() {
                if to_loop && matches!(top.kind, FBlockKind::While { .. } | FBlockKind::For { .. })
                {
                    found = Some(top);
                    break;
                }
                if matches!(top.kind, FBlockKind::ExceptStarHandler) {
                    return Err(super::errors::CErr::syntax(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                        at,
                    ));
                }
                self.u().fblocks.pop();
                self.unwind_fblock(top, preserve_tos)?;
            }
            if to_loop && found.is_none() {
                return Ok(false);
            }
            then(self, found)?;
            Ok(true)
        })();
        let u = self.u();
        u.fblocks = saved_blocks;
        u.handler_stack = saved_handlers;
        result
    }

    /// `[exit] -> [exit(None, None, None)]`
    pub fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Op::Call, 3);
    }

    /// `break` / `continue`.
    pub fn compile_break_continue(&mut self, s: &'a Stmt, is_break: bool) -> CResult<()> {
        let ok = self.unwind_and(false, true, s.range(), |c, lp| {
            let Some(lp) = lp else { return Ok(()) };
            match lp.kind {
                FBlockKind::While { start, end } => {
                    c.jump(Op::Jump, if is_break { end } else { start });
                }
                FBlockKind::For { start, end } => {
                    if is_break {
                        c.u().handler_stack.truncate(lp.handler_level);
                        c.emit0(Op::PopTop);
                        c.jump(Op::Jump, end);
                    } else {
                        c.jump(Op::Jump, start);
                    }
                }
                _ => {}
            }
            Ok(())
        })?;
        if !ok {
            return Err(self.error(
                if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                },
                s,
            ));
        }
        Ok(())
    }

    /// `return [value]`.
    pub fn compile_return(&mut self, s: &'a ast::StmtReturn) -> CResult<()> {
        if !self.kind().is_function_like() {
            return Err(self.error("'return' outside function", s));
        }
        if s.value.is_some() && self.in_async_generator() {
            return Err(self.error("'return' with value in async generator", s));
        }
        let const_value = match s.value.as_deref() {
            None => Some(Constant::None),
            Some(v) => self.fold(v),
        };
        let preserve = const_value.is_none();
        if let (true, Some(v)) = (preserve, s.value.as_deref()) {
            self.compile_expr(v)?;
        }
        let range = s.range();
        // Where CPython's compiler stands when it unwinds: on a constant value that starts
        // on the statement's line, else on the statement.
        let at = match s.value.as_deref() {
            Some(v)
                if !preserve
                    && self.location_of(v.range()).line == self.location_of(range).line =>
            {
                v.range()
            }
            _ => range,
        };
        self.unwind_and(preserve, false, at, move |c, _| {
            let saved = c.set_loc(range);
            if let Some(k) = const_value {
                c.load_const(k);
            }
            c.emit0(Op::ReturnValue);
            c.restore_loc(saved);
            Ok(())
        })?;
        Ok(())
    }

    /// `try` in all its forms.
    pub fn compile_try(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        if t.finalbody.is_empty() {
            return self.compile_try_except(t);
        }
        let d = self.stack_base();
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let level = self.handler_level();
        self.push_handler(end, d, false);
        self.push_fblock(FBlockKind::FinallyTry { body: &t.finalbody }, level)?;
        self.emit0(Op::Nop);
        if t.handlers.is_empty() {
            self.compile_body(&t.body)?;
        } else {
            self.compile_try_except(t)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.compile_body(&t.finalbody)?;
        self.jump(Op::Jump, exit);
        // Exceptional path: [exc] -> [prev exc]
        self.place(end);
        let level = self.handler_level();
        self.push_handler(cleanup, d + 1, true);
        self.emit0(Op::PushExcInfo);
        self.push_fblock(FBlockKind::FinallyEnd, level)?;
        self.compile_body(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        self.place(cleanup);
        self.pop_except_and_reraise();
        self.place(exit);
        Ok(())
    }

    /// `[prev lasti exc] -> ` restore prev, re-raise exc at lasti.
    pub fn pop_except_and_reraise(&mut self) {
        self.emit(Op::Copy, 3);
        self.emit0(Op::PopExcept);
        self.emit(Op::Reraise, 1);
    }

    /// What `try`/`except` and `try`/`except*` share: the body under a handler, `else`,
    /// the jump over the handlers, and the entry of the handlers area, which runs under the
    /// `cleanup` handler in an fblock of `kind`. Returns the stack base, the handler level
    /// of that fblock and the labels `(end, cleanup)`.
    pub(super) fn compile_try_prologue(
        &mut self,
        t: &'a ast::StmtTry,
        kind: FBlockKind<'a>,
    ) -> CResult<(u32, usize, Label, Label)> {
        let d = self.stack_base();
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let level = self.handler_level();
        self.push_handler(except, d, false);
        self.push_fblock(FBlockKind::TryExcept, level)?;
        self.emit0(Op::Nop);
        self.compile_body(&t.body)?;
        self.pop_fblock();
        self.pop_handler();
        self.compile_body(&t.orelse)?;
        self.jump(Op::Jump, end);

        self.place(except);
        let level = self.handler_level();
        self.push_handler(cleanup, d + 1, true);
        self.emit0(Op::PushExcInfo);
        self.push_fblock(kind, level)?;
        Ok((d, level, end, cleanup))
    }

    fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        if t.is_star {
            return self.compile_try_star(t);
        }
        let (d, level, end, cleanup) =
            self.compile_try_prologue(t, FBlockKind::ExceptionHandler)?;
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let saved = self.set_loc(h.range);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last", h));
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.compile_expr(ty)?;
                self.emit0(Op::CheckExcMatch);
                self.jump(Op::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    let name = name.as_str();
                    self.name_op(name, Ctx::Store)?;
                    let cleanup_end = self.new_label();
                    self.push_handler(cleanup_end, d + 1, true);
                    self.push_fblock(FBlockKind::HandlerCleanup { name: Some(name) }, level)?;
                    self.compile_body(&h.body)?;
                    self.pop_fblock();
                    self.pop_handler();
                    self.pop_handler();
                    // CPython gives the handler's exit the last body line's location.
                    self.set_loc_to_last_instruction();
                    self.emit0(Op::PopExcept);
                    self.load_const(Constant::None);
                    self.name_op(name, Ctx::Store)?;
                    self.name_op(name, Ctx::Del)?;
                    self.jump(Op::Jump, end);
                    // An exception inside the handler body: [prev lasti exc]
                    self.push_handler(cleanup, d + 1, true);
                    self.place(cleanup_end);
                    self.load_const(Constant::None);
                    self.name_op(name, Ctx::Store)?;
                    self.name_op(name, Ctx::Del)?;
                    self.emit(Op::Reraise, 1);
                }
                None => {
                    self.emit0(Op::PopTop);
                    self.push_fblock(FBlockKind::HandlerCleanup { name: None }, level)?;
                    self.compile_body(&h.body)?;
                    self.pop_fblock();
                    self.pop_handler();
                    self.set_loc_to_last_instruction();
                    self.emit0(Op::PopExcept);
                    self.jump(Op::Jump, end);
                    self.push_handler(cleanup, d + 1, true);
                }
            }
            self.restore_loc(saved);
            self.place(next);
        }
        self.pop_fblock();
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        self.place(cleanup);
        self.pop_except_and_reraise();
        self.place(end);
        Ok(())
    }

    /// `with a as x, b as y: body`, and `async with`, whose `__aenter__` and `__aexit__`
    /// results are awaited.
    pub fn compile_with(&mut self, w: &'a ast::StmtWith, pos: usize) -> CResult<()> {
        let is_async = w.is_async;
        if is_async && pos == 0 && !self.in_async_def() {
            return Err(self.error("'async with' outside async function", w));
        }
        let Some(item) = w.items.get(pos) else {
            return self.compile_body(&w.body);
        };
        let d = self.stack_base();
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.compile_expr(&item.context_expr)?;
        if is_async {
            self.emit0(Op::BeforeAsyncWith);
            self.emit_await(1);
        } else {
            self.emit0(Op::BeforeWith);
        }
        let level = self.handler_level();
        self.push_handler(final_, d + 1, true);
        self.push_fblock(
            FBlockKind::With {
                range: w.range,
                is_async,
            },
            level,
        )?;
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit0(Op::PopTop),
        }
        if pos + 1 == w.items.len() {
            self.compile_body(&w.body)?;
        } else {
            self.compile_with(w, pos + 1)?;
        }
        self.pop_fblock();
        self.pop_handler();
        let saved = self.set_loc(w.range);
        self.call_exit_with_nones();
        if is_async {
            self.emit_await(2);
        }
        self.emit0(Op::PopTop);
        self.jump(Op::Jump, exit);
        // Exceptional exit: [exit lasti exc]
        self.place(final_);
        self.push_handler(cleanup, d + 3, true);
        self.emit0(Op::PushExcInfo);
        self.emit0(Op::WithExceptStart);
        if is_async {
            self.emit_await(2);
        }
        let suppress = self.new_label();
        self.jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 0);
        self.pop_handler();
        self.place(cleanup);
        self.pop_except_and_reraise();
        // Suppressed: [exit lasti prev exc]
        self.place(suppress);
        self.emit0(Op::PopTop);
        self.emit0(Op::PopExcept);
        self.emit0(Op::PopTop);
        self.emit0(Op::PopTop);
        self.restore_loc(saved);
        self.place(exit);
        Ok(())
    }
}
