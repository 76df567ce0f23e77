//! Code objects inside code objects: `def`, `lambda`, `class` and comprehensions. Builds the
//! nested unit, then emits what makes the function at run time: defaults tuple, keyword
//! defaults dict, annotations dict, closure tuple, code constant, MAKE_FUNCTION (in that push
//! order), then decorators and the class-building call.

use ruff_python_ast as ast;
use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::codegen::{internal, Compiler, Ctx};
use super::errors::CResult;
use super::stmt::docstring;
use super::symtable::{node_key, NameScope, ScopeId, ScopeKind};
use crate::bytecode::{code_flags, make_function_flags as mf, CodeObject, Constant, Op};

impl<'a> Compiler<'a> {
    fn child_scope(&self, key: usize) -> CResult<ScopeId> {
        self.table
            .scope_for(key)
            .ok_or_else(|| internal("scope missing from the symbol table"))
    }

    /// CPython's `__qualname__` for a new scope named `name` inside the current unit.
    fn qualname_for(&self, name: &str) -> String {
        let Some(parent) = self.ur() else {
            return name.to_string();
        };
        if parent.kind == ScopeKind::Module {
            return name.to_string();
        }
        let mangled = self.mangle(name);
        let pscope = self.table.scope(parent.scope);
        if pscope.lookup(&mangled) == NameScope::GlobalExplicit {
            return name.to_string();
        }
        if parent.kind.is_function_like() {
            format!("{}.<locals>.{}", parent.qualname, name)
        } else {
            format!("{}.{}", parent.qualname, name)
        }
    }

    /// Pushes the closure tuple (if the code has free variables) and the code, then
    /// MAKE_FUNCTION with `flags` (pieces for the other flags already pushed).
    fn make_closure(&mut self, code: CodeObject, mut flags: u32) -> CResult<()> {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let idx = self.u().deref_index(name).ok_or_else(|| {
                    internal(&format!(
                        "free variable '{name}' has no cell in the outer scope"
                    ))
                })?;
                self.emit(Op::LoadClosure, idx);
            }
            self.emit(Op::BuildTuple, code.freevars.len() as u32);
            flags |= mf::CLOSURE;
        }
        self.load_const(Constant::Code(Box::new(code)));
        self.emit(Op::MakeFunction, flags);
        Ok(())
    }

    /// Pushes defaults and keyword defaults; returns the MAKE_FUNCTION flags for them.
    fn compile_defaults(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&'a Expr> = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            let folded: Option<Vec<Constant>> = defaults.iter().map(|d| self.fold(d)).collect();
            match folded {
                Some(items) => self.load_const(Constant::Tuple(items)),
                None => {
                    for d in &defaults {
                        self.compile_expr(d)?;
                    }
                    self.emit(Op::BuildTuple, defaults.len() as u32);
                }
            }
            flags |= mf::DEFAULTS;
        }
        let mut n = 0;
        for a in &p.kwonlyargs {
            if let Some(d) = &a.default {
                let name = self.mangle(a.parameter.name.as_str());
                self.load_const(Constant::Str(name));
                self.compile_expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.emit(Op::BuildMap, n);
            flags |= mf::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Pushes the annotations dict if there are any; returns the flag.
    fn compile_annotations(
        &mut self,
        p: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) -> CResult<u32> {
        let mut n = 0;
        let mut one = |c: &mut Self, prm: &'a ast::Parameter| -> CResult<()> {
            if let Some(an) = &prm.annotation {
                let name = c.mangle(prm.name.as_str());
                c.load_const(Constant::Str(name));
                match &**an {
                    // `*args: *Ts` (PEP 646): the annotation is the unpacked value.
                    Expr::Starred(s) if !c.future_annotations => {
                        c.compile_expr(&s.value)?;
                        c.emit(Op::UnpackSequence, 1);
                    }
                    _ => c.compile_annotation(an)?,
                }
                n += 1;
            }
            Ok(())
        };
        for a in p.posonlyargs.iter().chain(&p.args) {
            one(self, &a.parameter)?;
        }
        if let Some(v) = &p.vararg {
            one(self, v)?;
        }
        for a in &p.kwonlyargs {
            one(self, &a.parameter)?;
        }
        if let Some(v) = &p.kwarg {
            one(self, v)?;
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str("return".into()));
            self.compile_annotation(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Op::BuildMap, n);
            Ok(mf::ANNOTATIONS)
        } else {
            Ok(0)
        }
    }

    fn set_arg_counts(&mut self, p: Option<&ast::Parameters>) {
        let Some(p) = p else { return };
        let u = self.u();
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            u.flags |= code_flags::VARARGS;
        }
        if p.kwarg.is_some() {
            u.flags |= code_flags::VARKEYWORDS;
        }
    }

    fn first_line_with_decorators(&self, range_start: u32, decorators: &[ast::Decorator]) -> u32 {
        let start = decorators
            .first()
            .map(|d| u32::from(d.range.start()))
            .unwrap_or(range_start);
        self.lines.line_col(start).0
    }

    /// A parameter named `__debug__` is an error at the `def`/`lambda`, found before its
    /// decorators and defaults are compiled.
    fn check_debug_params(&self, p: &ast::Parameters) -> CResult<()> {
        let named = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .chain(&p.kwonlyargs)
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwarg.as_deref());
        for prm in named {
            self.check_forbidden(prm.name.as_str(), Ctx::Store)?;
        }
        Ok(())
    }

    pub fn compile_function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        self.check_debug_params(&f.parameters)?;
        for d in &f.decorator_list {
            self.compile_expr(&d.expression)?;
        }
        let mut flags = self.compile_defaults(&f.parameters)?;
        flags |= self.compile_annotations(&f.parameters, f.returns.as_deref())?;
        let scope = self.child_scope(node_key(f))?;
        let name = f.name.as_str();
        let qualname = self.qualname_for(name);
        let first_line = self.first_line_with_decorators(f.range.start().into(), &f.decorator_list);
        let outer_loc = self.ur().map(|u| u.loc).unwrap_or_default();
        let future = self.future_annotations;
        self.push_unit(scope, name, &qualname, first_line);
        self.u().loc = outer_loc;
        self.set_arg_counts(Some(&f.parameters));
        let doc = docstring(&f.body);
        let body: &'a [ast::Stmt] = if doc.is_some() { &f.body[1..] } else { &f.body };
        self.u().docstring = doc;
        self.compile_body(body)?;
        self.finish_function_body();
        let code = self.pop_unit()?;
        self.future_annotations = future;
        self.make_closure(code, flags)?;
        self.apply_decorators(&f.decorator_list);
        self.name_op(name, Ctx::Store)
    }

    /// Calls the decorators, innermost (last) first, each located at its expression.
    fn apply_decorators(&mut self, decorators: &[ast::Decorator]) {
        for d in decorators.iter().rev() {
            let saved = self.set_loc(d.expression.range());
            self.emit(Op::Call, 1);
            self.restore_loc(saved);
        }
    }

    /// The implicit `return None` at the end of a function body.
    fn finish_function_body(&mut self) {
        self.set_loc_to_last_instruction();
        self.load_const(Constant::None);
        self.emit0(Op::ReturnValue);
    }

    pub fn compile_lambda(&mut self, l: &'a ast::ExprLambda) -> CResult<()> {
        let mut flags = 0;
        if let Some(p) = &l.parameters {
            self.check_debug_params(p)?;
            flags = self.compile_defaults(p)?;
        }
        let scope = self.child_scope(node_key(l))?;
        let qualname = self.qualname_for("<lambda>");
        let first_line = self.lines.line_col(l.range.start().into()).0;
        self.push_unit(scope, "<lambda>", &qualname, first_line);
        self.set_arg_counts(l.parameters.as_deref());
        self.compile_expr(&l.body)?;
        let saved = self.set_loc(l.body.range());
        self.emit0(Op::ReturnValue);
        self.restore_loc(saved);
        let code = self.pop_unit()?;
        self.make_closure(code, flags)
    }

    pub fn compile_class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        for d in &c.decorator_list {
            self.compile_expr(&d.expression)?;
        }
        let scope = self.child_scope(node_key(c))?;
        let name = c.name.as_str();
        let qualname = self.qualname_for(name);
        let first_line = self.first_line_with_decorators(c.range.start().into(), &c.decorator_list);
        let outer_loc = self.ur().map(|u| u.loc).unwrap_or_default();
        self.push_unit(scope, name, &qualname, first_line);
        // The prologue is "artificial": line only, as CPython marks it.
        let _ = outer_loc;
        self.u().loc = crate::bytecode::Location {
            line: first_line,
            col: 0,
            end_line: first_line,
            end_col: 0,
        };
        self.name_op("__name__", Ctx::Load)?;
        self.name_op("__module__", Ctx::Store)?;
        self.load_const(Constant::Str(qualname.clone()));
        self.name_op("__qualname__", Ctx::Store)?;
        self.u().docstring = docstring(&c.body);
        self.compile_scope_body(&c.body)?;
        self.set_loc_to_last_instruction();
        if self.table.scope(scope).needs_class_closure {
            let idx = self
                .u()
                .deref_index("__class__")
                .ok_or_else(|| internal("class cell missing"))?;
            self.emit(Op::LoadClosure, idx);
            self.emit_name(Op::StoreName, "__classcell__");
        }
        self.load_const(Constant::None);
        self.emit0(Op::ReturnValue);
        let code = self.pop_unit()?;
        self.emit0(Op::LoadBuildClass);
        self.make_closure(code, 0)?;
        self.load_const(Constant::Str(name.to_string()));
        match &c.arguments {
            Some(args) => self.call_helper(2, &args.args, &args.keywords)?,
            None => self.emit(Op::Call, 2),
        }
        self.apply_decorators(&c.decorator_list);
        self.name_op(name, Ctx::Store)
    }

    /// A comprehension: a nested function taking the outermost iterator as `.0`,
    /// called at once with `iter(<outermost iterable>)`.
    pub fn compile_comprehension(
        &mut self,
        node: &'a Expr,
        name: &str,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        key: Option<&'a Expr>,
    ) -> CResult<()> {
        let key_addr = match node {
            Expr::ListComp(c) => node_key(c),
            Expr::SetComp(c) => node_key(c),
            Expr::DictComp(c) => node_key(c),
            Expr::Generator(c) => node_key(c),
            _ => return Err(internal("not a comprehension")),
        };
        let Some(first) = generators.first() else {
            return Err(internal("comprehension without generators"));
        };
        let scope = self.child_scope(key_addr)?;
        let is_gen = name == "<genexpr>";
        // A list/set/dict comprehension that awaits is itself awaited where it is called,
        // which only an async function (or another comprehension) may do.
        let awaited = self.table.scope(scope).is_coroutine && !is_gen;
        if awaited && !self.in_async_def() && self.kind() != ScopeKind::Comprehension {
            return Err(self.error(
                "asynchronous comprehension outside of an asynchronous function",
                node,
            ));
        }
        let qualname = self.qualname_for(name);
        let first_line = self.lines.line_col(node.range().start().into()).0;
        // A generator expression that is a call's only argument spans the call's
        // parentheses in CPython.
        if let Expr::Generator(g) = node {
            if !g.parenthesized {
                let src = self.lines.source().as_bytes();
                let mut s0 = usize::from(g.range.start());
                while s0 > 0 && matches!(src.get(s0 - 1), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                    s0 -= 1;
                }
                let mut e0 = usize::from(g.range.end());
                while matches!(src.get(e0), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                    e0 += 1;
                }
                if s0 > 0 && src.get(s0 - 1) == Some(&b'(') && src.get(e0) == Some(&b')') {
                    self.set_loc(super::errors::range(s0 as u32 - 1, e0 as u32 + 1));
                }
            }
        }
        let outer_loc = self.ur().map(|u| u.loc).unwrap_or_default();
        self.push_unit(scope, name, &qualname, first_line);
        self.u().loc = outer_loc;
        self.u().argcount = 1;
        match name {
            "<listcomp>" => self.emit(Op::BuildList, 0),
            "<setcomp>" => self.emit(Op::BuildSet, 0),
            "<dictcomp>" => self.emit(Op::BuildMap, 0),
            _ => {}
        }
        self.comprehension_loop(generators, 0, name, elt, key)?;
        self.set_loc_to_last_instruction();
        if is_gen {
            self.load_const(Constant::None);
        }
        self.emit0(Op::ReturnValue);
        let code = self.pop_unit()?;
        self.make_closure(code, 0)?;
        self.compile_iterable(&first.iter)?;
        self.emit0(if first.is_async {
            Op::GetAiter
        } else {
            Op::GetIter
        });
        self.emit(Op::Call, 1);
        if awaited {
            self.emit_await(0);
        }
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        name: &str,
        elt: &'a Expr,
        key: Option<&'a Expr>,
    ) -> CResult<()> {
        let Some(g) = generators.get(index) else {
            return Ok(());
        };
        let start = self.new_label();
        let anchor = self.new_label();
        if index == 0 {
            self.emit(Op::LoadFast, 0);
        } else {
            self.compile_iterable(&g.iter)?;
            self.emit0(if g.is_async {
                Op::GetAiter
            } else {
                Op::GetIter
            });
        }
        self.place(start);
        if g.is_async {
            // The result being built (not for a genexpr) and one iterator per loop level.
            let below = if name == "<genexpr>" { 0 } else { 1 };
            self.async_next(below + index as u32 + 1, anchor);
        } else {
            self.jump(Op::ForIter, anchor);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_loop(generators, index + 1, name, elt, key)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match name {
                "<genexpr>" => {
                    self.compile_expr(elt)?;
                    self.emit0(Op::YieldValue);
                    self.emit0(Op::PopTop);
                }
                "<listcomp>" => {
                    self.compile_expr(elt)?;
                    self.emit(Op::ListAppend, depth);
                }
                "<setcomp>" => {
                    self.compile_expr(elt)?;
                    self.emit(Op::SetAdd, depth);
                }
                _ => {
                    if let Some(k) = key {
                        self.compile_expr(k)?;
                    }
                    self.compile_expr(elt)?;
                    self.emit(Op::MapAdd, depth);
                }
            }
        }
        self.jump(Op::Jump, start);
        self.place(anchor);
        if g.is_async {
            self.emit0(Op::EndAsyncFor);
        }
        Ok(())
    }
}
