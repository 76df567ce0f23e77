//! Statements: module and class bodies, assignments of every kind, `if`/`while`/`for`,
//! imports, `raise`, `assert`, `del`, and the dispatch to `try`/`with` (blocks.rs),
//! `match` (pattern.rs) and `def`/`class` (func.rs).

use ruff_python_ast as ast;
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

use super::annotation_text::annotation_text;
use super::blocks::FBlockKind;
use super::codegen::{Compiler, Ctx};
use super::errors::{CErr, CResult};
use super::symtable::ScopeKind;
use crate::bytecode::{BinOp, Constant, Op};

/// The docstring of a body: its first statement when that is a plain string literal.
pub fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// Does a body (not counting nested functions and classes) contain an annotated assignment?
pub fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

pub fn binop_of(op: ast::Operator, inplace: bool) -> BinOp {
    let b = match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Subtract,
        ast::Operator::Mult => BinOp::Multiply,
        ast::Operator::MatMult => BinOp::MatrixMultiply,
        ast::Operator::Div => BinOp::TrueDivide,
        ast::Operator::Mod => BinOp::Remainder,
        ast::Operator::Pow => BinOp::Power,
        ast::Operator::LShift => BinOp::Lshift,
        ast::Operator::RShift => BinOp::Rshift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDivide,
    };
    if inplace {
        BinOp::ALL[b as usize + 13]
    } else {
        b
    }
}

impl<'a> Compiler<'a> {
    /// A module or class body: docstring, annotations set-up, statements.
    pub fn compile_scope_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        if has_annotations(body) {
            self.emit0(Op::SetupAnnotations);
        }
        let mut rest = body;
        if let (Some(doc), Some(first)) = (docstring(body), body.first()) {
            let saved = self.set_loc(first.range());
            self.load_const(Constant::Str(doc));
            self.name_op("__doc__", Ctx::Store)?;
            self.restore_loc(saved);
            rest = &body[1..];
        }
        self.compile_body(rest)
    }

    pub fn compile_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    pub fn compile_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.enter_nested()?;
        let r = match s {
            // CPython's def/class statement starts at the keyword, after the decorators.
            Stmt::FunctionDef(f) if !f.decorator_list.is_empty() => {
                self.keyword_range(f.name.range, s)
            }
            Stmt::ClassDef(c) if !c.decorator_list.is_empty() => {
                self.keyword_range(c.name.range, s)
            }
            _ => s.range(),
        };
        let saved = self.set_loc(r);
        let saved_range = std::mem::replace(&mut self.stmt_range, s.range());
        let r = self.compile_stmt_inner(s);
        self.stmt_range = saved_range;
        self.restore_loc(saved);
        self.leave_nested();
        r
    }

    /// From the first non-blank character of the line holding `name` to the end of `s`.
    fn keyword_range(
        &self,
        name: ruff_text_size::TextRange,
        s: &Stmt,
    ) -> ruff_text_size::TextRange {
        let (line, _) = self.lines.line_col(name.start().into());
        let text = self.lines.line_text(line).unwrap_or("");
        let indent = (text.len() - text.trim_start().len()) as u32;
        let start = self.lines.line_start(line) + indent;
        super::errors::range(start, s.range().end().into())
    }

    fn compile_stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => self.compile_function_def(f),
            Stmt::ClassDef(c) => self.compile_class_def(c),
            Stmt::Return(r) => self.compile_return(r),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.compile_delete(t)?;
                }
                Ok(())
            }
            Stmt::TypeAlias(_) => Err(self.error("'type' statement is not supported", s)),
            Stmt::Assign(a) => {
                if let Some((targets, values)) = swap_assign_parts(a) {
                    return self.compile_swap_assign(targets, values);
                }
                self.compile_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::Copy, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.compile_aug_assign(a),
            Stmt::AnnAssign(a) => self.compile_ann_assign(a),
            Stmt::For(f) => self.compile_for(f),
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::With(w) => self.compile_with(w, 0),
            Stmt::Match(m) => self.compile_match(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::RaiseVarargs, n);
                Ok(())
            }
            Stmt::Try(t) => self.compile_try(t),
            Stmt::Assert(a) => {
                let end = self.new_label();
                // The AssertionError is raised where the test left the location: the
                // statement, or the last comparison it branched on (see `jump_if`).
                self.jump_if(&a.test, true, end)?;
                self.emit0(Op::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.compile_expr(m)?;
                    self.emit(Op::Call, 1);
                }
                self.emit(Op::RaiseVarargs, 1);
                self.place(end);
                Ok(())
            }
            Stmt::Import(i) => self.compile_import(i),
            Stmt::ImportFrom(i) => self.compile_import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) if self.interactive && self.units.len() == 1 => {
                // `sys.displayhook(value)` (PRINT_EXPR).
                self.compile_expr(&e.value)?;
                self.emit0(Op::PrintExpr);
                Ok(())
            }
            Stmt::Expr(e) => {
                if self.fold(&e.value).is_some() {
                    // A constant expression statement does nothing (docstrings, `...`).
                    return Ok(());
                }
                self.compile_expr(&e.value)?;
                self.emit0(Op::PopTop);
                Ok(())
            }
            Stmt::Break(_) => self.compile_break_continue(s, true),
            Stmt::Continue(_) => self.compile_break_continue(s, false),
            Stmt::IpyEscapeCommand(_) => Err(self.error("invalid syntax", s)),
        }
    }

    fn compile_if(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.compile_body(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.jump(Op::Jump, end);
            self.place(next);
            next = self.new_label();
            let saved = self.set_loc(clause.range);
            if let Some(t) = &clause.test {
                self.jump_if(t, false, next)?;
            }
            self.restore_loc(saved);
            self.compile_body(&clause.body)?;
        }
        self.place(next);
        self.place(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let start = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.place(start);
        let always = matches!(self.fold(&w.test), Some(c) if super::fold::truthy(&c) == Some(true));
        if !always {
            self.jump_if(&w.test, false, orelse)?;
        }
        let level = self.handler_level();
        self.push_fblock(FBlockKind::While { start, end }, level)?;
        self.compile_body(&w.body)?;
        self.pop_fblock();
        self.jump(Op::Jump, start);
        self.place(orelse);
        self.compile_body(&w.orelse)?;
        self.place(end);
        Ok(())
    }

    fn compile_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if f.is_async {
            return self.compile_async_for(f);
        }
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.compile_iterable(&f.iter)?;
        self.emit0(Op::GetIter);
        self.place(start);
        self.jump(Op::ForIter, cleanup);
        let level = self.handler_level();
        self.push_fblock(FBlockKind::For { start, end }, level)?;
        self.store_target(&f.target)?;
        self.compile_body(&f.body)?;
        self.pop_fblock();
        self.jump(Op::Jump, start);
        self.place(cleanup);
        self.compile_body(&f.orelse)?;
        self.place(end);
        Ok(())
    }

    /// Stores the value on top of the stack into an assignment target.
    pub fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        let saved = self.set_loc(t.range());
        let r = self.store_target_inner(t);
        self.restore_loc(saved);
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), Ctx::Store),
            Expr::Attribute(a) => {
                self.check_forbidden(a.attr.as_str(), Ctx::Store)?;
                self.compile_expr(&a.value)?;
                let saved = self.set_loc(a.range);
                self.attr_loc(a);
                let name = self.mangle(a.attr.as_str());
                self.emit_name(Op::StoreAttr, &name);
                self.restore_loc(saved);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_slice(&s.slice)?;
                self.emit0(Op::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(tu) => self.unpack_into(&tu.elts, t),
            Expr::List(l) => self.unpack_into(&l.elts, t),
            Expr::Starred(_) => {
                Err(self.error("starred assignment target must be in a list or tuple", t))
            }
            _ => Err(self.error("cannot assign to expression", t)),
        }
    }

    /// `a, b = x, y` (see `swap_assign_parts`) as CPython 3.11's optimizer leaves it: the
    /// values are loaded and swapped into unpacking order, and no tuple is built and
    /// unpacked.
    fn compile_swap_assign(&mut self, targets: &'a [Expr], values: &'a [Expr]) -> CResult<()> {
        for v in values {
            self.compile_expr(v)?;
        }
        self.emit(Op::Swap, values.len() as u32);
        for t in targets {
            self.store_target(t)?;
        }
        Ok(())
    }

    fn unpack_into(&mut self, elts: &'a [Expr], node: &Expr) -> CResult<()> {
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(_) = e {
                if star.is_some() {
                    // At the whole target, as CPython's code generator reports it.
                    return Err(self.error("multiple starred expressions in assignment", node));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return Err(
                        self.error("too many expressions in star-unpacking assignment", node)
                    );
                }
                self.emit(Op::UnpackEx, i as u32 | ((after as u32) << 8));
            }
            None => self.emit(Op::UnpackSequence, elts.len() as u32),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    fn compile_delete(&mut self, t: &'a Expr) -> CResult<()> {
        let saved = self.set_loc(t.range());
        let r = match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), Ctx::Del),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.attr_loc(a);
                let name = self.mangle(a.attr.as_str());
                self.emit_name(Op::DeleteAttr, &name);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_slice(&s.slice)?;
                self.emit0(Op::DeleteSubscr);
                Ok(())
            }
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.compile_delete(e)?;
                }
                Ok(())
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.compile_delete(e)?;
                }
                Ok(())
            }
            _ => Err(self.error("cannot delete expression", t)),
        };
        self.restore_loc(saved);
        r
    }

    fn compile_aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = binop_of(a.op, true) as u32;
        let stmt_loc = self.location_of(a.range);
        match &*a.target {
            Expr::Name(n) => {
                let saved = self.set_loc(n.range);
                self.name_op(n.id.as_str(), Ctx::Load)?;
                self.restore_loc(saved);
                self.compile_expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                let saved = self.set_loc(n.range);
                self.name_op(n.id.as_str(), Ctx::Store)?;
                self.restore_loc(saved);
            }
            Expr::Attribute(at) => {
                let saved = self.set_loc(at.range);
                self.compile_expr(&at.value)?;
                self.emit(Op::Copy, 1);
                self.attr_loc(at);
                let name = self.mangle(at.attr.as_str());
                self.emit_name(Op::LoadAttr, &name);
                self.restore_loc(saved);
                self.compile_expr(&a.value)?;
                self.u().loc = stmt_loc;
                self.emit(Op::BinaryOp, op);
                let saved = self.set_loc(at.range);
                self.attr_loc(at);
                self.emit(Op::Swap, 2);
                self.emit_name(Op::StoreAttr, &name);
                self.restore_loc(saved);
            }
            Expr::Subscript(s) => {
                let saved = self.set_loc(s.range);
                self.compile_expr(&s.value)?;
                self.compile_slice(&s.slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.emit0(Op::BinarySubscr);
                self.restore_loc(saved);
                self.compile_expr(&a.value)?;
                self.u().loc = stmt_loc;
                self.emit(Op::BinaryOp, op);
                let saved = self.set_loc(s.range);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit0(Op::StoreSubscr);
                self.restore_loc(saved);
            }
            other => {
                return Err(self.error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        super::expr::expr_kind_name(other)
                    ),
                    other,
                ))
            }
        }
        Ok(())
    }

    fn compile_ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.compile_expr(v)?;
            self.store_target(&a.target)?;
        }
        // Without a value nothing was stored: the check is made at the statement.
        match &*a.target {
            Expr::Name(n) => self.check_forbidden(n.id.as_str(), Ctx::Store)?,
            Expr::Attribute(at) => self.check_forbidden(at.attr.as_str(), Ctx::Store)?,
            _ => {}
        }
        let module_or_class = matches!(self.kind(), ScopeKind::Module | ScopeKind::Class);
        match &*a.target {
            Expr::Name(n) if a.simple => {
                if module_or_class {
                    self.compile_annotation(&a.annotation)?;
                    self.emit_name(Op::LoadName, "__annotations__");
                    let name = self.mangle(n.id.as_str());
                    self.load_const(Constant::Str(name));
                    self.emit0(Op::StoreSubscr);
                }
            }
            target => {
                if a.value.is_none() {
                    match target {
                        Expr::Attribute(at) => {
                            self.compile_expr(&at.value)?;
                            self.emit0(Op::PopTop);
                        }
                        Expr::Subscript(s) => {
                            self.compile_expr(&s.value)?;
                            self.emit0(Op::PopTop);
                            self.compile_slice(&s.slice)?;
                            self.emit0(Op::PopTop);
                        }
                        _ => {}
                    }
                }
                if module_or_class && !self.future_annotations {
                    self.compile_expr(&a.annotation)?;
                    self.emit0(Op::PopTop);
                }
            }
        }
        Ok(())
    }

    /// An annotation value: the expression, or its text rebuilt from the AST under
    /// `from __future__ import annotations`.
    pub fn compile_annotation(&mut self, e: &'a Expr) -> CResult<()> {
        if self.future_annotations {
            let text = annotation_text(e, self.lines.source());
            self.load_const(Constant::Str(text));
            Ok(())
        } else {
            self.compile_expr(e)
        }
    }

    fn compile_import(&mut self, i: &'a ast::StmtImport) -> CResult<()> {
        for alias in &i.names {
            let full = alias.name.as_str();
            self.load_const(Constant::Int(0));
            self.load_const(Constant::None);
            self.emit_name(Op::ImportName, full);
            match &alias.asname {
                Some(asname) => {
                    let parts: Vec<&str> = full.split('.').collect();
                    if parts.len() > 1 {
                        for (k, part) in parts.iter().enumerate().skip(1) {
                            self.emit_name(Op::ImportFrom, part);
                            if k + 1 < parts.len() {
                                self.emit(Op::Swap, 2);
                                self.emit0(Op::PopTop);
                            }
                        }
                        self.name_op(asname.as_str(), Ctx::Store)?;
                        self.emit0(Op::PopTop);
                    } else {
                        self.name_op(asname.as_str(), Ctx::Store)?;
                    }
                }
                None => {
                    let top = full.split('.').next().unwrap_or(full);
                    self.name_op(top, Ctx::Store)?;
                }
            }
        }
        Ok(())
    }

    fn compile_import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult<()> {
        let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
        // The opening future statements were read before compiling (`future.rs`).
        let line = self.lines.line_col(i.range.start().into()).0;
        if module == "__future__" && line > self.future_last_line {
            return Err(self.error_here(super::future::LATE));
        }
        self.load_const(Constant::Int(i.level as i64));
        let names: Vec<Constant> = i
            .names
            .iter()
            .map(|a| Constant::Str(a.name.to_string()))
            .collect();
        self.load_const(Constant::Tuple(names));
        self.emit_name(Op::ImportName, module);
        if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
            self.emit0(Op::ImportStar);
            return Ok(());
        }
        for alias in &i.names {
            self.emit_name(Op::ImportFrom, alias.name.as_str());
            let store = alias.asname.as_ref().unwrap_or(&alias.name);
            self.name_op(store.as_str(), Ctx::Store)?;
        }
        self.emit0(Op::PopTop);
        Ok(())
    }

    /// "'yield' outside function" and friends for module/class level.
    pub fn check_yield_allowed(&self, e: &Expr) -> CResult<()> {
        if self.kind().is_function_like() {
            Ok(())
        } else {
            Err(CErr::syntax("'yield' outside function", e.range()))
        }
    }
}

/// The targets and values of an assignment of two or three values to as many targets, none
/// starred (`a, b = b, a`), which CPython 3.11 compiles without a tuple.
fn swap_assign_parts(a: &ast::StmtAssign) -> Option<(&[Expr], &[Expr])> {
    let [target] = a.targets.as_slice() else {
        return None;
    };
    let targets = match target {
        Expr::Tuple(t) => &t.elts,
        Expr::List(l) => &l.elts,
        _ => return None,
    };
    let Expr::Tuple(values) = &*a.value else {
        return None;
    };
    let starred = |e: &Expr| matches!(e, Expr::Starred(_));
    let n = values.elts.len();
    let fits = (2..=3).contains(&n)
        && targets.len() == n
        && !targets.iter().any(starred)
        && !values.elts.iter().any(starred);
    fits.then_some((targets.as_slice(), values.elts.as_slice()))
}
