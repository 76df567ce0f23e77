//! The `match` statement (PEP 634): code generation for its patterns, and the compile-time
//! errors CPython 3.11 reports for them.
//!
//! The scheme is CPython's. The subject is on top of the stack when a pattern starts and
//! the pattern consumes it. Values a pattern captures are not stored while matching: each
//! is rotated down the stack, below everything the pattern still needs, and only once the
//! whole pattern has matched are they stored into their names (so a failed pattern binds
//! nothing). A failing check jumps to a "fail-pop" label that pops exactly the items the
//! pattern had pushed so far (captures included): `fail_pop[n]` pops n items and falls
//! through to `fail_pop[n - 1]`, down to `fail_pop[0]`, the next case.
//!
//! `PatternContext::on_top` counts the items above the captures that must survive the
//! sub-pattern being compiled (an outer subject, a tuple of keys, the values still to
//! match); `stores` names the captures, `stores[0]` nearest the top.
//!
//! Errors point at the pattern being compiled when they are found, and, as in CPython, that
//! position is not restored when a sub-pattern ends: a duplicate name found after a
//! sub-pattern points into that sub-pattern.

use ruff_python_ast as ast;
use ruff_python_ast::{Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};

use super::codegen::{Compiler, Ctx, Label};
use super::errors::{CErr, CResult};
use crate::bytecode::{CmpOp, Constant, Op};

/// The bookkeeping of one pattern being compiled.
struct PatternContext {
    /// Names captured so far, in the order they will be stored.
    stores: Vec<String>,
    /// May this pattern be irrefutable (a bare capture or wildcard)?
    allow_irrefutable: bool,
    /// `fail_pop[n]`: where a failure with n items to pop goes.
    fail_pop: Vec<Label>,
    /// Items above the captures that must be kept (see the file header).
    on_top: usize,
    /// The pattern errors are reported at.
    range: TextRange,
}

/// `case _` (a wildcard: no sub-pattern, no name).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_` inside a sequence pattern.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

/// Python's `==` between two literal keys of a mapping pattern (`1`, `1.0` and `True` are
/// the same key).
fn keys_equal(a: &Constant, b: &Constant) -> bool {
    fn number(c: &Constant) -> Option<(f64, f64)> {
        match c {
            Constant::Bool(b) => Some((*b as i64 as f64, 0.0)),
            Constant::Int(i) => Some((*i as f64, 0.0)),
            Constant::BigInt(s) => s.parse::<f64>().ok().map(|f| (f, 0.0)),
            Constant::Float(f) => Some((*f, 0.0)),
            Constant::Complex(r, i) => Some((*r, *i)),
            _ => None,
        }
    }
    fn exact_int(c: &Constant) -> Option<i64> {
        match c {
            Constant::Bool(b) => Some(*b as i64),
            Constant::Int(i) => Some(*i),
            _ => None,
        }
    }
    match (a, b) {
        (Constant::None, Constant::None) => true,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        (Constant::BigInt(x), Constant::BigInt(y)) => x == y,
        _ => {
            if let (Some(x), Some(y)) = (exact_int(a), exact_int(b)) {
                return x == y;
            }
            match (number(a), number(b)) {
                (Some(x), Some(y)) => x == y,
                _ => false,
            }
        }
    }
}

impl<'a> Compiler<'a> {
    /// `match subject: case …` — CPython's layout: every case but the last non-default one
    /// matches against a copy of the subject; a trailing `case _` needs no subject at all.
    pub fn compile_match(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.compile_expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        let has_default = cases > 1 && m.cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let matched = cases - has_default as usize;
        for (i, case) in m.cases.iter().take(matched).enumerate() {
            self.set_loc(case.pattern.range());
            let keep_subject = i + 1 != matched;
            if keep_subject {
                self.emit(Op::Copy, 1);
            }
            let mut pc = PatternContext {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == cases,
                fail_pop: Vec::new(),
                on_top: 0,
                range: case.pattern.range(),
            };
            self.compile_pattern(&case.pattern, &mut pc)?;
            let stores = std::mem::take(&mut pc.stores);
            for name in &stores {
                self.name_op(name, Ctx::Store)?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.jump_if(guard, false, fail)?;
            }
            if keep_subject {
                self.emit0(Op::PopTop);
            }
            self.compile_body(&case.body)?;
            self.jump(Op::Jump, end);
            self.set_loc(case.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            if let Some(case) = m.cases.last() {
                self.set_loc(case.pattern.range());
                self.emit0(Op::Nop);
                if let Some(guard) = &case.guard {
                    self.jump_if(guard, false, end)?;
                }
                self.compile_body(&case.body)?;
            }
        }
        self.place(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Jumps (with `op`) to the fail-pop label that pops everything pushed so far.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let target = pc.fail_pop[pops];
        self.jump(op, target);
    }

    /// Places the fail-pop labels: `fail_pop[n]: POP_TOP` falling through down to
    /// `fail_pop[0]`.
    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        let labels = std::mem::take(&mut pc.fail_pop);
        let Some((first, rest)) = labels.split_first() else {
            return;
        };
        for &l in rest.iter().rev() {
            self.place(l);
            self.emit0(Op::PopTop);
        }
        self.place(*first);
    }

    /// Moves the top of the stack `count - 1` places down (below the next `count - 1` items).
    fn rotate(&mut self, count: usize) {
        let mut k = count;
        while k > 1 {
            self.emit(Op::Swap, k as u32);
            k -= 1;
        }
    }

    /// Captures the value on top of the stack into `name` (or drops it for `_`).
    fn store_capture(
        &mut self,
        name: Option<&'a ast::Identifier>,
        pc: &mut PatternContext,
    ) -> CResult<()> {
        let Some(name) = name else {
            self.emit0(Op::PopTop);
            return Ok(());
        };
        let name = name.as_str();
        if name == "__debug__" {
            return Err(CErr::syntax("cannot assign to __debug__", pc.range));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(CErr::syntax(
                format!("multiple assignments to name '{name}' in pattern"),
                pc.range,
            ));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn compile_pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult<()> {
        self.enter_nested()?;
        self.set_loc(p.range());
        pc.range = p.range();
        let r = match p {
            Pattern::MatchValue(v) => self.pattern_value(&v.value, pc),
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                });
                self.emit(Op::IsOp, 0);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
                Ok(())
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(p, &s.patterns, pc),
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc),
            Pattern::MatchClass(c) => self.pattern_class(c, pc),
            Pattern::MatchStar(s) => self.store_capture(s.name.as_ref(), pc),
            Pattern::MatchAs(a) => self.pattern_as(a, pc),
            Pattern::MatchOr(o) => self.pattern_or(o, pc),
        };
        self.leave_nested();
        r
    }

    /// A pattern nested in another: it may always be irrefutable.
    fn compile_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult<()> {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.compile_pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    /// A literal or dotted name, compared with `==`.
    fn pattern_value(&mut self, value: &'a Expr, pc: &mut PatternContext) -> CResult<()> {
        let ok = match value {
            Expr::Attribute(_) => true,
            Expr::FString(_) | Expr::TString(_) => false,
            other => self.fold(other).is_some(),
        };
        if !ok {
            return Err(CErr::syntax(
                "patterns may only match literals and attribute lookups",
                pc.range,
            ));
        }
        self.compile_expr(value)?;
        self.emit(Op::CompareOp, CmpOp::Eq as u32);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        Ok(())
    }

    fn pattern_as(&mut self, a: &'a ast::PatternMatchAs, pc: &mut PatternContext) -> CResult<()> {
        let Some(sub) = &a.pattern else {
            if !pc.allow_irrefutable {
                let msg = match &a.name {
                    Some(n) => format!("name capture '{}' makes remaining patterns unreachable", n),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(CErr::syntax(msg, pc.range));
            }
            return self.store_capture(a.name.as_ref(), pc);
        };
        // Keep a copy of the subject to capture once the sub-pattern matched.
        pc.on_top += 1;
        self.emit(Op::Copy, 1);
        self.compile_pattern(sub, pc)?;
        pc.on_top -= 1;
        self.store_capture(a.name.as_ref(), pc)
    }

    fn pattern_sequence(
        &mut self,
        node: &'a Pattern,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult<()> {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(CErr::syntax(
                        "multiple starred names in sequence pattern",
                        node.range(),
                    ));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // The subject stays on top through the type and length checks.
        pc.on_top += 1;
        self.emit0(Op::MatchSequence);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        match star {
            None => {
                self.emit0(Op::GetLen);
                self.load_const(Constant::Int(size as i64));
                self.emit(Op::CompareOp, CmpOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit0(Op::GetLen);
                self.load_const(Constant::Int(size as i64 - 1));
                self.emit(Op::CompareOp, CmpOp::Ge as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit0(Op::PopTop);
            return Ok(());
        }
        match star {
            Some(star) if star_wildcard => self.sequence_by_index(patterns, star, pc),
            _ => self.sequence_by_unpacking(node, patterns, star, pc),
        }
    }

    /// `[a, *rest, b]`: unpack, then match each item.
    fn sequence_by_unpacking(
        &mut self,
        node: &'a Pattern,
        patterns: &'a [Pattern],
        star: Option<usize>,
        pc: &mut PatternContext,
    ) -> CResult<()> {
        let size = patterns.len();
        match star {
            Some(i) => {
                let after = size - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return Err(CErr::syntax(
                        "too many expressions in star-unpacking sequence pattern",
                        node.range(),
                    ));
                }
                self.emit(Op::UnpackEx, i as u32 | ((after as u32) << 8));
            }
            None => self.emit(Op::UnpackSequence, size as u32),
        }
        pc.on_top += size;
        for p in patterns {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `[a, *_, b]`: index the subject instead of copying it (`*_` may be long). Items after
    /// the star are found from the length, as the subject may not take negative indices.
    fn sequence_by_index(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> CResult<()> {
        let size = patterns.len();
        pc.on_top += 1;
        for (i, p) in patterns.iter().enumerate() {
            if i == star || is_wildcard(p) {
                continue;
            }
            self.emit(Op::Copy, 1);
            if i < star {
                self.load_const(Constant::Int(i as i64));
            } else {
                self.emit0(Op::GetLen);
                self.load_const(Constant::Int((size - i) as i64));
                self.emit(Op::BinaryOp, crate::bytecode::BinOp::Subtract as u32);
            }
            self.emit0(Op::BinarySubscr);
            self.compile_subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit0(Op::PopTop);
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        pc: &mut PatternContext,
    ) -> CResult<()> {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return Err(CErr::syntax(
                format!(
                    "keys ({}) / patterns ({}) length mismatch in mapping pattern",
                    size,
                    m.patterns.len()
                ),
                m.range,
            ));
        }
        pc.on_top += 1;
        self.emit0(Op::MatchMapping);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit0(Op::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit0(Op::GetLen);
            self.load_const(Constant::Int(size as i64));
            self.emit(Op::CompareOp, CmpOp::Ge as u32);
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        }
        // Literal keys are checked for duplicates here; dotted names at run time.
        let mut seen: Vec<Constant> = Vec::new();
        for key in m.keys.iter() {
            match key {
                Expr::Attribute(_) => {}
                Expr::FString(_) | Expr::TString(_) => {
                    return Err(CErr::syntax(
                        "mapping pattern keys may only match literals and attribute lookups",
                        pc.range,
                    ))
                }
                other => {
                    match self.fold(other) {
                        Some(c) => {
                            if seen.iter().any(|s| keys_equal(s, &c)) {
                                return Err(CErr::syntax(
                                    format!(
                                        "mapping pattern checks duplicate key ({})",
                                        crate::dis::constant_repr(&c)
                                    ),
                                    pc.range,
                                ));
                            }
                            seen.push(c);
                        }
                        None => return Err(CErr::syntax(
                            "mapping pattern keys may only match literals and attribute lookups",
                            pc.range,
                        )),
                    }
                }
            }
            self.compile_expr(key)?;
        }
        self.emit(Op::BuildTuple, size as u32);
        self.emit0(Op::MatchKeys);
        // The subject, the keys and the values (or None) are on top now.
        pc.on_top += 2;
        self.emit(Op::Copy, 1);
        self.load_const(Constant::None);
        self.emit(Op::IsOp, 1);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence, size as u32);
        pc.on_top -= 1;
        pc.on_top += size;
        for p in m.patterns.iter() {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        // Matched: what is left is the subject and the keys.
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                self.emit0(Op::CopyDictWithoutKeys);
                self.emit(Op::Swap, 2);
                self.emit0(Op::PopTop);
                self.store_capture(Some(rest), pc)
            }
            None => {
                self.emit0(Op::PopTop);
                self.emit0(Op::PopTop);
                Ok(())
            }
        }
    }

    fn pattern_class(
        &mut self,
        c: &'a ast::PatternMatchClass,
        pc: &mut PatternContext,
    ) -> CResult<()> {
        let args = &c.arguments;
        let nargs = args.patterns.len();
        let nattrs = args.keywords.len();
        for (i, kw) in args.keywords.iter().enumerate() {
            let name = kw.attr.as_str();
            // Each name in order: `__debug__`, then a later repetition (both located at
            // the sub-pattern, as CPython does).
            if name == "__debug__" {
                return Err(CErr::syntax(
                    "cannot assign to __debug__",
                    kw.pattern.range(),
                ));
            }
            if let Some(again) = args.keywords[i + 1..]
                .iter()
                .find(|k| k.attr.as_str() == name)
            {
                return Err(CErr::syntax(
                    format!("attribute name repeated in class pattern: {name}"),
                    again.pattern.range(),
                ));
            }
        }
        self.compile_expr(&c.cls)?;
        let names = args
            .keywords
            .iter()
            .map(|k| Constant::Str(k.attr.to_string()))
            .collect();
        self.load_const(Constant::Tuple(names));
        self.emit(Op::MatchClass, nargs as u32);
        self.emit(Op::Copy, 1);
        self.load_const(Constant::None);
        self.emit(Op::IsOp, 1);
        // The tuple of attributes (or None) is on top.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence, (nargs + nattrs) as u32);
        pc.on_top -= 1;
        pc.on_top += nargs + nattrs;
        let all = args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern));
        for p in all {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit0(Op::PopTop);
                continue;
            }
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `p1 | p2 | …`: each alternative matches a copy of the subject with its own fail-pop
    /// labels; every alternative must capture the same names, and their values are brought
    /// into the first alternative's order before joining.
    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternContext) -> CResult<()> {
        let end = self.new_label();
        let n = o.patterns.len();
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_fail_pop = std::mem::take(&mut pc.fail_pop);
        let outer_on_top = pc.on_top;
        let outer_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_loc(alt.range());
            pc.range = alt.range();
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == n && outer_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Op::Copy, 1);
            self.compile_pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(names) => {
                    if names.len() != pc.stores.len()
                        || names.iter().any(|nm| !pc.stores.contains(nm))
                    {
                        return Err(CErr::syntax(
                            "alternative patterns bind different names",
                            pc.range,
                        ));
                    }
                    self.reorder_captures(&mut pc.stores, names);
                }
            }
            self.jump(Op::Jump, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail_pop;
        pc.on_top = outer_on_top;
        pc.allow_irrefutable = outer_allow;
        // No alternative matched: drop the subject and fail.
        self.emit0(Op::PopTop);
        self.jump_to_fail_pop(pc, Op::Jump);
        self.place(end);
        let control = control.unwrap_or_default();
        // The captures sit above the subject, which sits above the outer items and captures:
        // move each below all of them, in order.
        let rotations = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(rotations);
            if pc.stores.contains(&name) {
                return Err(CErr::syntax(
                    format!("multiple assignments to name '{name}' in pattern"),
                    pc.range,
                ));
            }
            pc.stores.push(name);
        }
        self.emit0(Op::PopTop);
        Ok(())
    }

    /// Permutes the captures on top of the stack (`stores[0]` on top) into the order of
    /// `wanted` with swaps, updating `stores` alike.
    fn reorder_captures(&mut self, stores: &mut [String], wanted: &[String]) {
        for (j, name) in wanted.iter().enumerate() {
            let Some(k) = stores.iter().position(|s| s == name) else {
                continue;
            };
            if k == j {
                continue;
            }
            // Swap depths j and k (k > j: the shallower ones are already in place).
            if j == 0 {
                self.emit(Op::Swap, k as u32 + 1);
            } else {
                self.emit(Op::Swap, j as u32 + 1);
                self.emit(Op::Swap, k as u32 + 1);
                self.emit(Op::Swap, j as u32 + 1);
            }
            stores.swap(j, k);
        }
    }
}
