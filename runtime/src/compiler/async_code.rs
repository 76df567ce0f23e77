//! Code generation for coroutines: `await`, `async for` (statement and comprehension loops)
//! and the checks CPython 3.11 makes at compile time on where they may appear. `async with`
//! shares the `with` code in blocks.rs, and async comprehensions the comprehension code in
//! func.rs; both use the helpers here.
//!
//! `await x` is `<x>; GET_AWAITABLE; LOAD_CONST None; YIELD_FROM`: the awaitable's iterator
//! is driven like `yield from`, so a coroutine suspends exactly where a generator would.
//! An `async for` loop is `<iterable>; GET_AITER`, then at the top of each turn
//! `GET_ANEXT; LOAD_CONST None; YIELD_FROM` protected by a handler whose `END_ASYNC_FOR`
//! ends the loop on StopAsyncIteration (and re-raises anything else).

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::blocks::FBlockKind;
use super::codegen::{Compiler, Label};
use super::errors::{CErr, CResult};
use super::symtable::ScopeKind;
use crate::bytecode::{code_flags, Constant, Op};

impl<'a> Compiler<'a> {
    /// Is the code being generated the body of an `async def`?
    pub fn in_async_def(&self) -> bool {
        self.kind() == ScopeKind::Function && self.table.scope(self.scope_id()).is_coroutine
    }

    /// Is the code being generated an async generator (`return value` is not allowed)?
    pub fn in_async_generator(&self) -> bool {
        self.ur()
            .is_some_and(|u| u.flags & code_flags::ASYNC_GENERATOR != 0)
    }

    /// Awaits the value on top of the stack. `arg` is GET_AWAITABLE's (0 for `await`, 1 and
    /// 2 for the results of `__aenter__` and `__aexit__`).
    pub fn emit_await(&mut self, arg: u32) {
        self.emit(Op::GetAwaitable, arg);
        self.load_const(Constant::None);
        self.emit0(Op::YieldFrom);
    }

    /// `await value`.
    pub fn compile_await(&mut self, node: &ast::ExprAwait) -> CResult<()> {
        match self.kind() {
            ScopeKind::Module | ScopeKind::Class => {
                return Err(CErr::syntax("'await' outside function", node.range()))
            }
            ScopeKind::Lambda => {
                return Err(CErr::syntax("'await' outside async function", node.range()))
            }
            ScopeKind::Function if !self.in_async_def() => {
                return Err(CErr::syntax("'await' outside async function", node.range()))
            }
            _ => {}
        }
        // The value is compiled by the caller's expression visitor.
        Ok(())
    }

    /// `yield from` may not appear in an `async def`.
    pub fn check_yield_from_allowed(&self, node: &ast::ExprYieldFrom) -> CResult<()> {
        if self.in_async_def() {
            return Err(CErr::syntax(
                "'yield from' inside async function",
                node.range(),
            ));
        }
        Ok(())
    }

    /// `async for target in iter: body else: orelse`.
    pub fn compile_async_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if !self.in_async_def() {
            return Err(CErr::syntax(
                "'async for' outside async function",
                f.range(),
            ));
        }
        let start = self.new_label();
        let stop = self.new_label();
        let end = self.new_label();
        self.compile_expr(&f.iter)?;
        self.emit0(Op::GetAiter);
        self.place(start);
        let depth = self.stack_base() + 1;
        self.async_next(depth, stop);
        let level = self.handler_level();
        self.push_fblock(FBlockKind::For { start, end }, level)?;
        self.store_target(&f.target)?;
        self.compile_body(&f.body)?;
        self.pop_fblock();
        self.jump(Op::Jump, start);
        self.place(stop);
        let saved = self.set_loc(f.iter.range());
        self.emit0(Op::EndAsyncFor);
        self.restore_loc(saved);
        self.compile_body(&f.orelse)?;
        self.place(end);
        Ok(())
    }

    /// The head of an async loop turn: `[aiter] -> [aiter item]`, or, when the iterator is
    /// exhausted, a jump to `stop` (END_ASYNC_FOR) with the exception on top. `depth` is the
    /// stack depth with the async iterator on it.
    pub fn async_next(&mut self, depth: u32, stop: Label) {
        self.push_handler(stop, depth, false);
        self.emit0(Op::GetAnext);
        self.load_const(Constant::None);
        self.emit0(Op::YieldFrom);
        self.pop_handler();
    }
}
