//! Expressions: operators, comparison chains, boolean short-circuits, conditional jumps,
//! attribute and subscript access, calls (plain, keyword, star-args, method calls),
//! displays with star-unpacking, f-strings, `yield`/`yield from`, and the walrus.

use ruff_python_ast as ast;
use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::codegen::{Compiler, Ctx, Label};
use super::errors::{CErr, CResult};
use super::stmt::binop_of;
use crate::bytecode::{format_flags, CmpOp, Constant, Op};

/// What CPython calls an expression in messages ("cannot assign to function call").
pub fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    List,
    Set,
    Tuple,
}

enum Piece<'a> {
    Lit(String),
    Interp(&'a ast::InterpolatedElement),
}

fn push_lit(pieces: &mut Vec<Piece<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Piece::Lit(prev)) = pieces.last_mut() {
        prev.push_str(s);
        return;
    }
    pieces.push(Piece::Lit(s.to_string()));
}

fn push_elements<'a>(pieces: &mut Vec<Piece<'a>>, elements: &'a ast::InterpolatedStringElements) {
    for el in elements.iter() {
        match el {
            ast::InterpolatedStringElement::Literal(l) => push_lit(pieces, &l.value),
            ast::InterpolatedStringElement::Interpolation(i) => {
                if let Some(d) = &i.debug_text {
                    push_lit(pieces, d.leading());
                    push_lit(pieces, d.expression());
                    push_lit(pieces, d.trailing());
                }
                pieces.push(Piece::Interp(i));
            }
        }
    }
}

impl<'a> Compiler<'a> {
    pub fn compile_expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.enter_nested()?;
        let saved = self.set_loc(e.range());
        let r = self.compile_expr_inner(e);
        self.restore_loc(saved);
        self.leave_nested();
        r
    }

    fn compile_expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        if let Some(c) = self.fold(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = match b.op {
                    ast::BoolOp::And => Op::JumpIfFalseOrPop,
                    ast::BoolOp::Or => Op::JumpIfTrueOrPop,
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.compile_expr(v)?;
                    if i + 1 < n {
                        self.jump(op, end);
                    }
                }
                self.place(end);
            }
            Expr::Named(n) => {
                self.compile_expr(&n.value)?;
                self.emit(Op::Copy, 1);
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.emit(Op::BinaryOp, binop_of(b.op, false) as u32);
            }
            Expr::UnaryOp(u) => {
                self.compile_expr(&u.operand)?;
                self.emit0(match u.op {
                    ast::UnaryOp::Invert => Op::UnaryInvert,
                    ast::UnaryOp::Not => Op::UnaryNot,
                    ast::UnaryOp::UAdd => Op::UnaryPositive,
                    ast::UnaryOp::USub => Op::UnaryNegative,
                });
            }
            Expr::Lambda(l) => self.compile_lambda(l)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.compile_expr(&i.body)?;
                self.jump(Op::Jump, end);
                self.place(orelse);
                self.compile_expr(&i.orelse)?;
                self.place(end);
            }
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Set(s) => self.starunpack(&s.elts, Seq::Set, 0)?,
            Expr::ListComp(c) => {
                self.compile_comprehension(e, "<listcomp>", &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.compile_comprehension(e, "<setcomp>", &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => self.compile_comprehension(
                e,
                "<dictcomp>",
                &c.generators,
                &c.value,
                c.key.as_deref(),
            )?,
            Expr::Generator(c) => {
                self.compile_comprehension(e, "<genexpr>", &c.generators, &c.elt, None)?
            }
            Expr::Await(a) => {
                self.compile_await(a)?;
                self.compile_expr(&a.value)?;
                self.emit_await(0);
            }
            Expr::Yield(y) => {
                self.check_yield_allowed(e)?;
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit0(Op::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.check_yield_allowed(e)?;
                self.check_yield_from_allowed(y)?;
                self.compile_expr(&y.value)?;
                self.emit0(Op::GetYieldFromIter);
                self.load_const(Constant::None);
                self.emit0(Op::YieldFrom);
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::Call(c) => self.compile_call(c)?,
            Expr::FString(f) => self.compile_fstring(f)?,
            Expr::TString(_) => return Err(self.error("t-strings are not supported", e)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                return Err(self.error("invalid literal", e));
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                self.attr_loc(a);
                let name = self.mangle(a.attr.as_str());
                self.emit_name(Op::LoadAttr, &name);
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_slice(&s.slice)?;
                self.emit0(Op::BinarySubscr);
            }
            Expr::Starred(_) => return Err(self.error("can't use starred expression here", e)),
            Expr::Name(n) => self.name_op(n.id.as_str(), Ctx::Load)?,
            Expr::List(l) => self.starunpack(&l.elts, Seq::List, 0)?,
            Expr::Tuple(t) => self.starunpack(&t.elts, Seq::Tuple, 0)?,
            Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(x) => self.compile_expr(x)?,
                    None => self.load_const(Constant::None),
                }
                match &s.upper {
                    Some(x) => self.compile_expr(x)?,
                    None => self.load_const(Constant::None),
                }
                if let Some(x) = &s.step {
                    self.compile_expr(x)?;
                    n = 3;
                }
                self.emit(Op::BuildSlice, n);
            }
            Expr::IpyEscapeCommand(_) => return Err(self.error("invalid syntax", e)),
        }
        Ok(())
    }

    /// CPython 3.11 moves the start of an attribute access on a later line to the name.
    pub fn attr_loc(&mut self, a: &ast::ExprAttribute) {
        let name_loc = self.location_of(a.attr.range);
        let u = self.u();
        if u.loc.line != name_loc.end_line {
            u.loc.line = name_loc.line;
            u.loc.col = name_loc.col;
        }
    }

    /// The index of a subscript (slices build a slice object).
    pub fn compile_slice(&mut self, e: &'a Expr) -> CResult<()> {
        if let Expr::Starred(_) = e {
            // `x[*a]` (PEP 646) indexes with the tuple `(*a,)`.
            let saved = self.set_loc(e.range());
            let r = self.starunpack(std::slice::from_ref(e), Seq::Tuple, 0);
            self.restore_loc(saved);
            return r;
        }
        self.compile_expr(e)
    }

    /// A `for` loop's (or comprehension's) iterable: a list display of constants becomes a
    /// constant tuple, a set display of constants a constant frozenset.
    pub fn compile_iterable(&mut self, e: &'a Expr) -> CResult<()> {
        // As CPython: the loop then iterates the frozenset, in that frozenset's order.
        let folded = match e {
            Expr::List(l) => self.fold_all(&l.elts).map(Constant::Tuple),
            Expr::Set(st) => self.fold_all(&st.elts).map(Constant::FrozenSet),
            _ => None,
        };
        if let Some(c) = folded {
            let saved = self.set_loc(e.range());
            self.load_const(c);
            self.restore_loc(saved);
            return Ok(());
        }
        self.compile_expr(e)
    }

    /// Jumps to `label` when `bool(e) == cond`, else falls through.
    ///
    /// As in CPython 3.11, the jumps (where `__bool__` runs) keep the location of what
    /// encloses the test (the statement, the conditional expression, the comprehension),
    /// except that a comparison moves the location to itself and leaves it there for the
    /// rest of the test and what follows it (a failed `assert` is reported there).
    pub fn jump_if(&mut self, e: &'a Expr, cond: bool, label: Label) -> CResult<()> {
        self.enter_nested()?;
        if matches!(e, Expr::Compare(_)) {
            self.set_loc(e.range());
        }
        let r = self.jump_if_inner(e, cond, label);
        self.leave_nested();
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, cond: bool, label: Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, !cond, label)
            }
            Expr::BoolOp(b) => {
                let is_or = b.op == ast::BoolOp::Or;
                let n = b.values.len();
                if is_or == cond {
                    for v in &b.values {
                        self.jump_if(v, cond, label)?;
                    }
                } else {
                    let next = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !cond, next)?;
                        } else {
                            self.jump_if(v, cond, label)?;
                        }
                    }
                    self.place(next);
                }
                return Ok(());
            }
            Expr::If(i) => {
                let next = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, next)?;
                self.jump_if(&i.body, cond, label)?;
                self.jump(Op::Jump, end);
                self.place(next);
                self.jump_if(&i.orelse, cond, label)?;
                self.place(end);
                return Ok(());
            }
            Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
                    && (matches!(c.comparators[0], Expr::NoneLiteral(_))
                        || matches!(*c.left, Expr::NoneLiteral(_))) =>
            {
                // `x is None` jumps with POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE.
                let other = if matches!(c.comparators[0], Expr::NoneLiteral(_)) {
                    &*c.left
                } else {
                    &c.comparators[0]
                };
                self.compile_expr(other)?;
                let is = c.ops[0] == ast::CmpOp::Is;
                let op = if is == cond {
                    Op::PopJumpIfNone
                } else {
                    Op::PopJumpIfNotNone
                };
                self.jump(op, label);
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                let cleanup = self.new_label();
                let end = self.new_label();
                self.compile_expr(&c.left)?;
                let n = c.ops.len();
                for i in 0..n - 1 {
                    self.compile_comparator(c.ops[i], &c.comparators[i])?;
                    self.emit(Op::Swap, 2);
                    self.emit(Op::Copy, 2);
                    self.cmp_op(c.ops[i]);
                    self.jump(Op::PopJumpIfFalse, cleanup);
                }
                self.compile_comparator(c.ops[n - 1], &c.comparators[n - 1])?;
                self.cmp_op(c.ops[n - 1]);
                self.jump(
                    if cond {
                        Op::PopJumpIfTrue
                    } else {
                        Op::PopJumpIfFalse
                    },
                    label,
                );
                self.jump(Op::Jump, end);
                self.place(cleanup);
                self.emit0(Op::PopTop);
                if !cond {
                    self.jump(Op::Jump, label);
                }
                self.place(end);
                return Ok(());
            }
            _ => {}
        }
        if let Some(c) = self.fold(e) {
            if super::fold::truthy(&c) == Some(cond) {
                self.jump(Op::Jump, label);
            }
            if super::fold::truthy(&c).is_some() {
                return Ok(());
            }
        }
        self.compile_expr(e)?;
        self.jump(
            if cond {
                Op::PopJumpIfTrue
            } else {
                Op::PopJumpIfFalse
            },
            label,
        );
        Ok(())
    }

    fn cmp_op(&mut self, op: ast::CmpOp) {
        match op {
            ast::CmpOp::Eq => self.emit(Op::CompareOp, CmpOp::Eq as u32),
            ast::CmpOp::NotEq => self.emit(Op::CompareOp, CmpOp::Ne as u32),
            ast::CmpOp::Lt => self.emit(Op::CompareOp, CmpOp::Lt as u32),
            ast::CmpOp::LtE => self.emit(Op::CompareOp, CmpOp::Le as u32),
            ast::CmpOp::Gt => self.emit(Op::CompareOp, CmpOp::Gt as u32),
            ast::CmpOp::GtE => self.emit(Op::CompareOp, CmpOp::Ge as u32),
            ast::CmpOp::Is => self.emit(Op::IsOp, 0),
            ast::CmpOp::IsNot => self.emit(Op::IsOp, 1),
            ast::CmpOp::In => self.emit(Op::ContainsOp, 0),
            ast::CmpOp::NotIn => self.emit(Op::ContainsOp, 1),
        }
    }

    /// The last right operand of a comparison: `x in [1, 2]` uses a constant tuple,
    /// `x in {1, 2}` a constant frozenset (as CPython folds only the last comparator).
    fn compile_comparator(&mut self, op: ast::CmpOp, e: &'a Expr) -> CResult<()> {
        if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
            let folded = match e {
                Expr::List(l) => self.fold_all(&l.elts).map(Constant::Tuple),
                Expr::Set(s) => self.fold_all(&s.elts).map(Constant::FrozenSet),
                _ => None,
            };
            if let Some(c) = folded {
                let saved = self.set_loc(e.range());
                self.load_const(c);
                self.restore_loc(saved);
                return Ok(());
            }
        }
        self.compile_expr(e)
    }

    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.compile_comparator(c.ops[0], &c.comparators[0])?;
            self.cmp_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            if i + 1 < n {
                // A middle operand is also the next comparison's left side: never folded.
                self.compile_expr(&c.comparators[i])?;
                self.emit(Op::Swap, 2);
                self.emit(Op::Copy, 2);
                self.cmp_op(c.ops[i]);
                self.jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.compile_comparator(c.ops[i], &c.comparators[i])?;
                self.cmp_op(c.ops[i]);
            }
        }
        self.jump(Op::Jump, end);
        self.place(cleanup);
        self.emit(Op::Swap, 2);
        self.emit0(Op::PopTop);
        self.place(end);
        Ok(())
    }

    /// Builds a list/set/tuple from elements that may contain `*x`. `pushed` items are
    /// already on the stack and become the first elements.
    fn starunpack(&mut self, elts: &'a [Expr], kind: Seq, pushed: u32) -> CResult<()> {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star && kind == Seq::Set && pushed == 0 && elts.len() > 2 {
            if let Some(items) = self.fold_all(elts) {
                // As CPython: a set display of constants updates an empty set from a
                // constant frozenset, which decides the new set's table size and order.
                self.emit(Op::BuildSet, 0);
                self.load_const(Constant::FrozenSet(items));
                self.emit(Op::SetUpdate, 1);
                return Ok(());
            }
        }
        if !has_star {
            for e in elts {
                self.compile_expr(e)?;
            }
            let n = pushed + elts.len() as u32;
            self.emit(
                match kind {
                    Seq::List => Op::BuildList,
                    Seq::Set => Op::BuildSet,
                    Seq::Tuple => Op::BuildTuple,
                },
                n,
            );
            return Ok(());
        }
        let (build, append, extend) = match kind {
            Seq::Set => (Op::BuildSet, Op::SetAdd, Op::SetUpdate),
            _ => (Op::BuildList, Op::ListAppend, Op::ListExtend),
        };
        let mut seen = false;
        for (i, e) in elts.iter().enumerate() {
            match e {
                Expr::Starred(s) => {
                    if !seen {
                        self.emit(build, pushed + i as u32);
                        seen = true;
                    }
                    self.compile_expr(&s.value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.compile_expr(e)?;
                    if seen {
                        self.emit(append, 1);
                    }
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit0(Op::ListToTuple);
        }
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> CResult<()> {
        let mut pending = 0u32;
        let mut have = false;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(&item.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 {
                        self.emit(Op::BuildMap, pending);
                        if have {
                            self.emit(Op::DictUpdate, 1);
                        }
                        have = true;
                        pending = 0;
                    }
                    if !have {
                        self.emit(Op::BuildMap, 0);
                        have = true;
                    }
                    self.compile_expr(&item.value)?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        if pending > 0 || !have {
            self.emit(Op::BuildMap, pending);
            if have {
                self.emit(Op::DictUpdate, 1);
            }
        }
        Ok(())
    }

    fn compile_call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        let args = &c.arguments.args;
        let keywords = &c.arguments.keywords;
        let starred = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        if let Expr::Attribute(a) = &*c.func {
            // CPython 3.11 does not use LOAD_METHOD on names imported at module level.
            let imported = match &*a.value {
                Expr::Name(n) => {
                    self.table.scope(0).flags(n.id.as_str()) & super::symtable::sym::DEF_IMPORT != 0
                }
                _ => false,
            };
            let double = keywords.iter().any(|k| k.arg.is_none());
            if !starred && !double && !imported {
                self.compile_expr(&a.value)?;
                self.check_keywords(keywords)?;
                let saved = self.set_loc(a.range);
                self.attr_loc(a);
                let name = self.mangle(a.attr.as_str());
                self.emit_name(Op::LoadMethod, &name);
                self.restore_loc(saved);
                for arg in args.iter() {
                    self.compile_expr(arg)?;
                }
                let kwnames = self.compile_keyword_values(keywords)?;
                let saved = self.u().loc;
                self.attr_loc(a);
                let n = args.len() as u32;
                match kwnames {
                    None => self.emit(Op::CallMethod, n),
                    Some((nk, names)) => {
                        self.load_const(names);
                        self.emit(Op::CallMethodKw, n + nk)
                    }
                }
                self.restore_loc(saved);
                return Ok(());
            }
        }
        self.compile_expr(&c.func)?;
        self.call_helper(0, args, keywords)
    }

    /// Emits the arguments and the call, for a callable (and `pushed` first positional
    /// arguments) already on the stack.
    pub fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
    ) -> CResult<()> {
        self.check_keywords(keywords)?;
        let starred = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let double = keywords.iter().any(|k| k.arg.is_none());
        if starred || double {
            match args {
                // `f(*x)`: the iterable goes to CALL_FUNCTION_EX as it is, which then names
                // the function when x is not iterable (as CPython does).
                [Expr::Starred(s)] if pushed == 0 => self.compile_expr(&s.value)?,
                _ => self.starunpack(args, Seq::Tuple, pushed)?,
            }
            if keywords.is_empty() {
                self.emit(Op::CallFunctionEx, 0);
                return Ok(());
            }
            let mut pending = 0u32;
            let mut have = false;
            for k in keywords.iter() {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Constant::Str(name.to_string()));
                        self.compile_expr(&k.value)?;
                        pending += 1;
                    }
                    None => {
                        if pending > 0 {
                            self.emit(Op::BuildMap, pending);
                            if have {
                                self.emit(Op::DictMerge, 1);
                            }
                            have = true;
                            pending = 0;
                        }
                        if !have {
                            self.emit(Op::BuildMap, 0);
                            have = true;
                        }
                        self.compile_expr(&k.value)?;
                        self.emit(Op::DictMerge, 1);
                    }
                }
            }
            if pending > 0 {
                self.emit(Op::BuildMap, pending);
                if have {
                    self.emit(Op::DictMerge, 1);
                }
            }
            self.emit(Op::CallFunctionEx, 1);
            return Ok(());
        }
        for a in args {
            self.compile_expr(a)?;
        }
        let n = pushed + args.len() as u32;
        match self.compile_keyword_values(keywords)? {
            None => self.emit(Op::Call, n),
            Some((nk, names)) => {
                self.load_const(names);
                self.emit(Op::CallKw, n + nk)
            }
        }
        Ok(())
    }

    /// Checks keyword names in order: `__debug__` (at the call), then a later repetition
    /// of the same name (at that repetition).
    fn check_keywords(&mut self, keywords: &'a [ast::Keyword]) -> CResult<()> {
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                self.check_forbidden(name.as_str(), Ctx::Store)?;
                let same = |o: &&ast::Keyword| o.arg.as_ref().map(|a| a.as_str()) == Some(name);
                if let Some(again) = keywords[i + 1..].iter().find(same) {
                    return Err(CErr::syntax(
                        format!("keyword argument repeated: {}", name.as_str()),
                        again.range,
                    ));
                }
            }
        }
        Ok(())
    }

    /// Emits the values of named keyword arguments (none of them `**`) and gives their
    /// count and the constant tuple of their names, or None when there are none.
    fn compile_keyword_values(
        &mut self,
        keywords: &'a [ast::Keyword],
    ) -> CResult<Option<(u32, Constant)>> {
        if keywords.is_empty() {
            return Ok(None);
        }
        let mut names = Vec::new();
        for k in keywords.iter() {
            self.compile_expr(&k.value)?;
            if let Some(name) = &k.arg {
                names.push(Constant::Str(name.to_string()));
            }
        }
        Ok(Some((names.len() as u32, Constant::Tuple(names))))
    }

    fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> CResult<()> {
        let mut pieces = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => push_lit(&mut pieces, &l.value),
                ast::FStringPart::FString(fs) => push_elements(&mut pieces, &fs.elements),
            }
        }
        self.emit_pieces(pieces)
    }

    fn emit_pieces(&mut self, pieces: Vec<Piece<'a>>) -> CResult<()> {
        let n = pieces.len() as u32;
        if n == 0 {
            self.load_const(Constant::Str(String::new()));
            return Ok(());
        }
        for p in pieces {
            match p {
                Piece::Lit(s) => self.load_const(Constant::Str(s)),
                Piece::Interp(i) => self.compile_formatted(i)?,
            }
        }
        if n > 1 {
            self.emit(Op::BuildString, n);
        }
        Ok(())
    }

    fn compile_formatted(&mut self, i: &'a ast::InterpolatedElement) -> CResult<()> {
        self.compile_expr(&i.expression)?;
        let mut flags = match i.conversion {
            ast::ConversionFlag::None => {
                if i.debug_text.is_some() && i.format_spec.is_none() {
                    format_flags::CONV_REPR
                } else {
                    format_flags::CONV_NONE
                }
            }
            ast::ConversionFlag::Str => format_flags::CONV_STR,
            ast::ConversionFlag::Repr => format_flags::CONV_REPR,
            ast::ConversionFlag::Ascii => format_flags::CONV_ASCII,
        };
        if let Some(spec) = &i.format_spec {
            let mut pieces = Vec::new();
            push_elements(&mut pieces, &spec.elements);
            self.emit_pieces(pieces)?;
            flags |= format_flags::HAS_SPEC;
        }
        self.emit(Op::FormatValue, flags);
        Ok(())
    }
}
