//! `try` … `except*` (PEP 654), laid out as CPython 3.11 lays it out. The handlers area
//! keeps `[prev orig list rest]` on the stack: the exception handled before, the one that
//! was raised, the list of what the clauses raise, and the part no clause has taken yet.
//! Each clause splits `rest` with CHECK_EG_MATCH and runs at most once, on its match; an
//! exception leaving its body is appended to the list. At the end the rest is appended too
//! and PREP_RERAISE_STAR computes what to re-raise (`vm/except_star.rs`).

use ruff_python_ast as ast;

use super::blocks::FBlockKind;
use super::codegen::{Compiler, Ctx};
use super::errors::CResult;
use crate::bytecode::{Constant, Op};

impl<'a> Compiler<'a> {
    pub fn compile_try_star(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        // [exc] -> [prev orig list rest]
        let (d, _, end, cleanup) = self.compile_try_prologue(t, FBlockKind::ExceptStarHandler)?;
        let mut saved = None;
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let loc = self.set_loc(h.range);
            saved.get_or_insert(loc);
            if i == 0 {
                self.emit(Op::Copy, 1);
                self.emit(Op::BuildList, 0);
                self.emit(Op::Swap, 2);
            }
            let Some(ty) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h));
            };
            let no_match = self.new_label();
            let next = self.new_label();
            self.compile_expr(ty)?;
            // [.. rest type] -> [.. rest match]
            self.emit0(Op::CheckEgMatch);
            self.emit(Op::Copy, 1);
            self.jump(Op::PopJumpIfNone, no_match);
            let name = h.name.as_ref().map(|n| n.as_str());
            match name {
                Some(n) => self.name_op(n, Ctx::Store)?,
                None => self.emit0(Op::PopTop),
            }
            // An exception leaving the body: [prev orig list rest lasti exc]
            let raised = self.new_label();
            self.push_handler(raised, d + 4, true);
            self.compile_body(&h.body)?;
            self.pop_handler();
            self.clear_handler_name(name)?;
            self.jump(Op::Jump, next);
            self.place(raised);
            self.clear_handler_name(name)?;
            self.emit(Op::ListAppend, 3);
            self.emit0(Op::PopTop);
            self.jump(Op::Jump, next);
            // [.. rest None]
            self.place(no_match);
            self.emit0(Op::PopTop);
            self.place(next);
        }
        self.pop_fblock();
        // [prev orig list rest] -> [prev result]
        self.emit(Op::ListAppend, 1);
        self.emit0(Op::PrepReraiseStar);
        self.emit(Op::Copy, 1);
        let reraise = self.new_label();
        self.jump(Op::PopJumpIfNotNone, reraise);
        self.emit0(Op::PopTop);
        // [prev] or [prev result]: no longer under the cleanup handler.
        self.pop_handler();
        self.emit0(Op::PopExcept);
        self.jump(Op::Jump, end);
        self.place(reraise);
        self.emit(Op::Swap, 2);
        self.emit0(Op::PopExcept);
        self.emit(Op::Reraise, 0);
        self.place(cleanup);
        self.pop_except_and_reraise();
        if let Some(loc) = saved {
            self.restore_loc(loc);
        }
        self.place(end);
        Ok(())
    }

    /// `name = None; del name` after an `except* T as name` body.
    fn clear_handler_name(&mut self, name: Option<&str>) -> CResult<()> {
        if let Some(n) = name {
            self.load_const(Constant::None);
            self.name_op(n, Ctx::Store)?;
            self.name_op(n, Ctx::Del)?;
        }
        Ok(())
    }
}
