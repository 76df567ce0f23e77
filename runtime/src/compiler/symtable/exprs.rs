//! The symbol-table builder's walk over expressions: the names an expression uses and binds,
//! the scopes that lambdas and comprehensions open (a comprehension's outermost iterable
//! visited in the enclosing scope), walrus targets, `yield`/`await` marks, patterns of
//! `match` cases and f-string replacement fields.

use ruff_python_ast as ast;
use ruff_python_ast::Expr;
use ruff_text_size::{Ranged, TextRange};

use crate::compiler::errors::{CErr, CResult, MAX_DEPTH};

use super::{node_key, sym, Builder, ScopeKind};

impl Builder {
    pub(super) fn visit_expr(&mut self, e: &Expr) -> CResult<()> {
        self.deeper()?;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> CResult<()> {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> CResult<()> {
        match e {
            Expr::BoolOp(b) => self.visit_exprs(&b.values)?,
            Expr::Named(n) => {
                if self.in_comp_iter > 0 {
                    return Err(CErr::symtable(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        n.range,
                    ));
                }
                self.visit_expr(&n.value)?;
                self.visit_named_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                // Long left-leaning chains (`1+1+…`) are walked without recursing on the left.
                let mut rights = vec![&*b.right];
                let mut left = &*b.left;
                while let Expr::BinOp(inner) = left {
                    rights.push(&*inner.right);
                    left = &*inner.left;
                    if rights.len() as u32 > MAX_DEPTH {
                        return Err(CErr::recursion());
                    }
                }
                self.visit_expr(left)?;
                for r in rights.into_iter().rev() {
                    self.visit_expr(r)?;
                }
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_params_defaults(p)?;
                }
                self.enter(ScopeKind::Lambda, "lambda", node_key(l));
                if let Some(p) = &l.parameters {
                    self.declare_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.leave();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
            }
            Expr::Set(s) => self.visit_exprs(&s.elts)?,
            Expr::ListComp(c) => self.visit_comprehension(
                node_key(c),
                "listcomp",
                "list comprehension",
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::SetComp(c) => self.visit_comprehension(
                node_key(c),
                "setcomp",
                "set comprehension",
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::DictComp(c) => self.visit_comprehension(
                node_key(c),
                "dictcomp",
                "dict comprehension",
                &c.generators,
                &c.value,
                c.key.as_deref(),
            )?,
            Expr::Generator(c) => self.visit_comprehension(
                node_key(c),
                "genexpr",
                "generator expression",
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::Await(a) => {
                self.visit_expr(&a.value)?;
                // An await makes a comprehension a coroutine; elsewhere the code generator
                // checks that it is inside an `async def`.
                let id = self.cur();
                if self.scopes[id].kind == ScopeKind::Comprehension {
                    self.scopes[id].is_coroutine = true;
                }
            }
            Expr::Yield(y) => {
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
                self.note_yield(e.range())?;
            }
            Expr::YieldFrom(y) => {
                self.visit_expr(&y.value)?;
                self.note_yield(e.range())?;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(&c.comparators)?;
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                self.visit_exprs(&c.arguments.args)?;
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for el in f.value.elements() {
                    self.visit_fstring_element(el)?;
                }
            }
            Expr::TString(_) => {}
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => {
                let flag = match n.ctx {
                    ast::ExprContext::Load | ast::ExprContext::Invalid => sym::USE,
                    ast::ExprContext::Store | ast::ExprContext::Del => sym::DEF_LOCAL,
                };
                self.add_def(n.id.as_str(), flag);
                if flag == sym::USE
                    && n.id.as_str() == "super"
                    && self.scopes[self.cur()].kind.is_function_like()
                {
                    let id = self.cur();
                    self.add_in(id, "__class__", sym::USE);
                }
            }
            Expr::List(l) => self.visit_exprs(&l.elts)?,
            Expr::Tuple(t) => self.visit_exprs(&t.elts)?,
            Expr::Slice(s) => {
                if let Some(x) = &s.lower {
                    self.visit_expr(x)?;
                }
                if let Some(x) = &s.upper {
                    self.visit_expr(x)?;
                }
                if let Some(x) = &s.step {
                    self.visit_expr(x)?;
                }
            }
        }
        Ok(())
    }

    /// A `case` pattern: captures bind local names; value patterns, class names and mapping
    /// keys are expressions.
    pub(super) fn visit_pattern(&mut self, p: &ast::Pattern) -> CResult<()> {
        self.deeper()?;
        let r = self.visit_pattern_inner(p);
        self.depth -= 1;
        r
    }

    fn visit_pattern_inner(&mut self, p: &ast::Pattern) -> CResult<()> {
        use ast::Pattern;
        match p {
            Pattern::MatchValue(v) => self.visit_expr(&v.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                for q in &s.patterns {
                    self.visit_pattern(q)?;
                }
            }
            Pattern::MatchMapping(m) => {
                self.visit_exprs(&m.keys)?;
                for q in m.patterns.iter() {
                    self.visit_pattern(q)?;
                }
                if let Some(rest) = &m.rest {
                    self.add_def(rest.as_str(), sym::DEF_LOCAL);
                }
            }
            Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for q in c.arguments.patterns.iter() {
                    self.visit_pattern(q)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(n.as_str(), sym::DEF_LOCAL);
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.visit_pattern(q)?;
                }
                if let Some(n) = &a.name {
                    self.add_def(n.as_str(), sym::DEF_LOCAL);
                }
            }
            Pattern::MatchOr(o) => {
                for q in &o.patterns {
                    self.visit_pattern(q)?;
                }
            }
        }
        Ok(())
    }

    fn visit_fstring_element(&mut self, el: &ast::InterpolatedStringElement) -> CResult<()> {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            self.visit_expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                for el in spec.elements.iter() {
                    self.visit_fstring_element(el)?;
                }
            }
        }
        Ok(())
    }

    fn note_yield(&mut self, range: TextRange) -> CResult<()> {
        let id = self.cur();
        let scope = &mut self.scopes[id];
        match scope.kind {
            ScopeKind::Comprehension => Err(CErr::symtable(
                format!("'yield' inside {}", scope.comp_desc),
                range,
            )),
            ScopeKind::Function | ScopeKind::Lambda => {
                scope.is_generator = true;
                Ok(())
            }
            // Reported by the code generator ("'yield' outside function"), in source order.
            ScopeKind::Module | ScopeKind::Class => Ok(()),
        }
    }

    fn visit_named_target(&mut self, target: &Expr) -> CResult<()> {
        let Expr::Name(n) = target else {
            return self.visit_expr(target);
        };
        let name = self.mangled(n.id.as_str());
        if self.scopes[self.cur()].kind != ScopeKind::Comprehension {
            self.add_def(n.id.as_str(), sym::DEF_LOCAL);
            return Ok(());
        }
        // Inside a comprehension: bind in the nearest enclosing non-comprehension scope.
        for &id in self.stack.iter().rev() {
            let scope = &self.scopes[id];
            if scope.kind == ScopeKind::Comprehension {
                if scope.flags(&name) & sym::DEF_COMP_ITER != 0 {
                    return Err(CErr::symtable(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        n.range,
                    ));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Class => return Err(CErr::symtable(
                    "assignment expression within a comprehension cannot be used in a class body",
                    n.range,
                )),
                ScopeKind::Module => {
                    let cur = self.cur();
                    self.add_in(cur, &name, sym::DEF_GLOBAL);
                    self.add_in(id, &name, sym::DEF_LOCAL);
                }
                _ => {
                    let cur = self.cur();
                    let flag = if scope.flags(&name) & sym::DEF_GLOBAL != 0 {
                        sym::DEF_GLOBAL
                    } else {
                        sym::DEF_NONLOCAL
                    };
                    self.add_in(cur, &name, flag);
                    self.scopes[cur]
                        .directives
                        .entry(name.clone())
                        .or_insert(n.range);
                    self.add_in(id, &name, sym::DEF_LOCAL);
                }
            }
            // Intermediate comprehensions pass the name through as a free variable.
            return Ok(());
        }
        Ok(())
    }

    fn visit_comp_iter(&mut self, iter: &Expr) -> CResult<()> {
        self.in_comp_iter += 1;
        let r = self.visit_expr(iter);
        self.in_comp_iter -= 1;
        r
    }

    fn visit_comprehension(
        &mut self,
        key: usize,
        name: &str,
        desc: &'static str,
        generators: &[ast::Comprehension],
        elt: &Expr,
        key_expr: Option<&Expr>,
    ) -> CResult<()> {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        self.visit_comp_iter(&first.iter)?;
        let id = self.enter(ScopeKind::Comprehension, name, key);
        self.scopes[id].comp_desc = desc;
        if name == "genexpr" {
            self.scopes[id].is_generator = true;
        }
        self.add_in(id, ".0", sym::DEF_PARAM);
        self.scopes[id].params.push(".0".into());
        if generators.iter().any(|g| g.is_async) {
            self.scopes[id].is_coroutine = true;
        }
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_comp_iter(&g.iter)?;
            }
            self.visit_comp_target(&g.target)?;
            self.visit_exprs(&g.ifs)?;
        }
        if let Some(k) = key_expr {
            self.visit_expr(k)?;
        }
        self.visit_expr(elt)?;
        self.leave();
        // An async list/set/dict comprehension is awaited where it is called: an enclosing
        // comprehension becomes a coroutine too.
        let parent = self.cur();
        if self.scopes[id].is_coroutine
            && name != "genexpr"
            && self.scopes[parent].kind == ScopeKind::Comprehension
        {
            self.scopes[parent].is_coroutine = true;
        }
        Ok(())
    }

    fn visit_comp_target(&mut self, t: &Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => {
                self.add_def(n.id.as_str(), sym::DEF_LOCAL | sym::DEF_COMP_ITER);
                Ok(())
            }
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.visit_comp_target(e)?;
                }
                Ok(())
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.visit_comp_target(e)?;
                }
                Ok(())
            }
            Expr::Starred(s) => self.visit_comp_target(&s.value),
            other => self.visit_expr(other),
        }
    }
}
