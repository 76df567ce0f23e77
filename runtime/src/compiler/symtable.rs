//! The symbol table: one scope per module, class, function, lambda and comprehension, and for
//! every name in a scope whether it is local, global (declared or implicit), free (from an
//! enclosing function) or a cell (local here and used by a nested function). The rules are
//! CPython's: class scopes do not give their names to nested functions, comprehensions are
//! function scopes whose outermost iterable belongs to the enclosing scope, a walrus inside a
//! comprehension binds in the enclosing function, and a function inside a class that uses
//! `super` or `__class__` gets `__class__` as a free variable (the class body's cell).
//! This file has the table's types and the builder's walk over statements; its walk over
//! expressions is in `symtable/exprs.rs`, and the resolution of free and cell variables
//! once every scope is known in `resolve.rs`.

use hashbrown::{HashMap, HashSet};

use ruff_python_ast as ast;
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::errors::{CErr, CResult, MAX_DEPTH};

mod exprs;

pub type ScopeId = usize;

/// Symbol flags: how a name is used in its own scope.
pub mod sym {
    pub const DEF_GLOBAL: u32 = 1;
    pub const DEF_LOCAL: u32 = 2;
    pub const DEF_PARAM: u32 = 4;
    pub const DEF_NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    /// A class-local name that a method also uses as a free variable.
    pub const DEF_FREE_CLASS: u32 = 32;
    pub const DEF_IMPORT: u32 = 64;
    pub const DEF_ANNOT: u32 = 128;
    /// A comprehension's iteration variable.
    pub const DEF_COMP_ITER: u32 = 256;
    pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// Where a name lives, as the code generator needs to know it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: NameScope,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// The function/class name ("top", "lambda", "listcomp"… otherwise), for debugging.
    #[allow(dead_code)]
    pub name: String,
    pub children: Vec<ScopeId>,
    pub symbols: HashMap<String, Symbol>,
    /// Names in the order they were first seen.
    pub order: Vec<String>,
    /// Parameters in frame order (positional, keyword-only, *args, **kwargs).
    pub params: Vec<String>,
    pub is_generator: bool,
    /// An `async def`, or a comprehension that awaits (`await`, `async for`, or an inner
    /// async comprehension): calling it makes a coroutine (an async generator when it is
    /// also a generator).
    pub is_coroutine: bool,
    /// Defined inside a function (CPython's CO_NESTED).
    pub nested: bool,
    /// A class body whose methods use `__class__` / `super`.
    pub needs_class_closure: bool,
    /// The class name used for private-name mangling, if inside a class.
    pub private: Option<String>,
    /// "list comprehension", "generator expression"…, for messages.
    pub comp_desc: &'static str,
    /// Where each global/nonlocal directive of a name was (first one).
    pub directives: HashMap<String, TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            children: Vec::new(),
            symbols: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            nested: false,
            needs_class_closure: false,
            private: None,
            comp_desc: "",
            directives: HashMap::new(),
        }
    }

    /// The resolved scope of a name used in this scope.
    pub fn lookup(&self, name: &str) -> NameScope {
        self.symbols
            .get(name)
            .map(|s| s.scope)
            .unwrap_or(NameScope::GlobalImplicit)
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map(|s| s.flags).unwrap_or(0)
    }

    /// Cell variables, sorted (CPython's order), `__class__` for a class that needs it.
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == NameScope::Cell)
            .map(|(n, _)| n.clone())
            .collect();
        if self.needs_class_closure && !v.iter().any(|n| n == "__class__") {
            v.push("__class__".into());
        }
        v.sort();
        v
    }

    /// Free variables, sorted; includes class locals that methods need (DEF_FREE_CLASS).
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == NameScope::Free || s.flags & sym::DEF_FREE_CLASS != 0)
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

/// All scopes of one compilation unit; scopes are found by the address of their AST node.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id]
    }

    /// The scope created for the AST node at `addr` (see `node_key`).
    pub fn scope_for(&self, addr: usize) -> Option<ScopeId> {
        self.by_node.get(&addr).copied()
    }
}

/// The key of a scope-creating AST node: its address (the AST does not move while compiling).
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Applies private-name mangling (`__x` inside class `C` becomes `_C__x`).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Builds the symbol table of a module (or of an expression for `eval`).
pub fn build_module(body: &[Stmt]) -> CResult<SymbolTable> {
    let mut b = Builder::new();
    for s in body {
        b.visit_stmt(s)?;
    }
    b.finish()
}

pub fn build_expression(expr: &Expr) -> CResult<SymbolTable> {
    let mut b = Builder::new();
    b.visit_expr(expr)?;
    b.finish()
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    depth: u32,
    /// How many comprehension iterables are being visited: no `:=` may be inside one (at
    /// any depth, lambdas and nested comprehensions included).
    in_comp_iter: u32,
}

impl Builder {
    fn new() -> Builder {
        Builder {
            scopes: vec![Scope::new(ScopeKind::Module, "top")],
            by_node: HashMap::new(),
            stack: vec![0],
            depth: 0,
            in_comp_iter: 0,
        }
    }

    fn finish(mut self) -> CResult<SymbolTable> {
        let empty = HashSet::new();
        super::resolve::analyze(&mut self.scopes, 0, &empty, &empty)?;
        Ok(SymbolTable {
            scopes: self.scopes,
            by_node: self.by_node,
        })
    }

    fn cur(&self) -> ScopeId {
        self.stack.last().copied().unwrap_or(0)
    }

    /// Where a `global`/`nonlocal` conflict is shown: at the name's earlier directive
    /// when `earlier` says the conflict is with one (CPython finds it there), else `here`.
    fn conflict_range(&mut self, name: &str, earlier: bool, here: TextRange) -> TextRange {
        if !earlier {
            return here;
        }
        self.cur_scope()
            .directives
            .get(name)
            .copied()
            .unwrap_or(here)
    }

    fn cur_scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.scopes[id]
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.scopes[self.cur()].private.as_deref(), name)
    }

    fn add_in(&mut self, id: ScopeId, name: &str, flags: u32) {
        let scope = &mut self.scopes[id];
        match scope.symbols.get_mut(name) {
            Some(s) => s.flags |= flags,
            None => {
                scope.symbols.insert(
                    name.to_string(),
                    Symbol {
                        flags,
                        scope: NameScope::GlobalImplicit,
                    },
                );
                scope.order.push(name.to_string());
            }
        }
    }

    fn add_def(&mut self, name: &str, flags: u32) {
        let name = self.mangled(name);
        let id = self.cur();
        self.add_in(id, &name, flags);
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: usize) -> ScopeId {
        let parent = self.cur();
        let id = self.scopes.len();
        let mut scope = Scope::new(kind, name);
        let p = &self.scopes[parent];
        scope.nested = p.nested || p.kind.is_function_like();
        scope.private = p.private.clone();
        self.scopes.push(scope);
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn deeper(&mut self) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CErr::recursion());
        }
        Ok(())
    }

    fn visit_body(&mut self, body: &[Stmt]) -> CResult<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.deeper()?;
        let r = self.visit_stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn visit_params_defaults(&mut self, p: &ast::Parameters) -> CResult<()> {
        for a in p.posonlyargs.iter().chain(&p.args) {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        for a in &p.kwonlyargs {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn visit_params_annotations(&mut self, p: &ast::Parameters) -> CResult<()> {
        for a in p.posonlyargs.iter().chain(&p.args) {
            if let Some(an) = &a.parameter.annotation {
                self.visit_expr(an)?;
            }
        }
        if let Some(v) = &p.vararg {
            if let Some(an) = &v.annotation {
                self.visit_expr(an)?;
            }
        }
        for a in &p.kwonlyargs {
            if let Some(an) = &a.parameter.annotation {
                self.visit_expr(an)?;
            }
        }
        if let Some(v) = &p.kwarg {
            if let Some(an) = &v.annotation {
                self.visit_expr(an)?;
            }
        }
        Ok(())
    }

    /// Declares the parameters in the current (new) scope, in frame order.
    fn declare_params(&mut self, p: &ast::Parameters) -> CResult<()> {
        let mut all: Vec<&ast::Parameter> = Vec::new();
        for a in p.posonlyargs.iter().chain(&p.args) {
            all.push(&a.parameter);
        }
        for a in &p.kwonlyargs {
            all.push(&a.parameter);
        }
        if let Some(v) = &p.vararg {
            all.push(v);
        }
        if let Some(v) = &p.kwarg {
            all.push(v);
        }
        for prm in all {
            let name = self.mangled(prm.name.as_str());
            if self.cur_scope().flags(&name) & sym::DEF_PARAM != 0 {
                return Err(CErr::symtable(
                    format!("duplicate argument '{name}' in function definition"),
                    prm.name.range,
                ));
            }
            let id = self.cur();
            self.add_in(id, &name, sym::DEF_PARAM);
            self.scopes[id].params.push(name);
        }
        Ok(())
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => {
                self.add_def(f.name.as_str(), sym::DEF_LOCAL);
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.visit_params_defaults(&f.parameters)?;
                self.visit_params_annotations(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.visit_expr(r)?;
                }
                let id = self.enter(ScopeKind::Function, f.name.as_str(), node_key(f));
                self.scopes[id].is_coroutine = f.is_async;
                self.declare_params(&f.parameters)?;
                self.visit_body(&f.body)?;
                self.leave();
            }
            Stmt::ClassDef(c) => {
                self.add_def(c.name.as_str(), sym::DEF_LOCAL);
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value)?;
                    }
                }
                let id = self.enter(ScopeKind::Class, c.name.as_str(), node_key(c));
                self.scopes[id].private = Some(c.name.to_string());
                self.visit_body(&c.body)?;
                self.leave();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::TypeAlias(_) => {}
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let (Expr::Name(n), true) = (&*a.target, a.simple) {
                    let name = self.mangled(n.id.as_str());
                    let cur = self.cur_scope().flags(&name);
                    if cur & (sym::DEF_GLOBAL | sym::DEF_NONLOCAL) != 0
                        && self.cur_scope().kind != ScopeKind::Module
                    {
                        let what = if cur & sym::DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(CErr::symtable(
                            format!("annotated name '{name}' can't be {what}"),
                            s.range(),
                        ));
                    }
                    let id = self.cur();
                    self.add_in(id, &name, sym::DEF_ANNOT | sym::DEF_LOCAL);
                } else {
                    self.visit_expr(&a.target)?;
                }
                self.visit_expr(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(e) = &r.cause {
                    self.visit_expr(e)?;
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n.as_str(), sym::DEF_LOCAL);
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.add_def(bound, sym::DEF_IMPORT);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.cur_scope().kind != ScopeKind::Module {
                            // CPython points at the `*`.
                            return Err(CErr::symtable(
                                "import * only allowed at module level",
                                a.range,
                            ));
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.add_def(bound.as_str(), sym::DEF_IMPORT);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = self.mangled(n.as_str());
                    let cur = self.cur_scope().flags(&name);
                    let problem = if cur & sym::DEF_PARAM != 0 {
                        Some(format!("name '{name}' is parameter and global"))
                    } else if cur & sym::DEF_NONLOCAL != 0 {
                        Some(format!("name '{name}' is nonlocal and global"))
                    } else if cur & sym::DEF_ANNOT != 0 {
                        Some(format!("annotated name '{name}' can't be global"))
                    } else if cur & sym::DEF_LOCAL != 0 {
                        Some(format!(
                            "name '{name}' is assigned to before global declaration"
                        ))
                    } else if cur & sym::USE != 0 {
                        Some(format!("name '{name}' is used prior to global declaration"))
                    } else {
                        None
                    };
                    if let Some(msg) = problem {
                        let range =
                            self.conflict_range(&name, cur & sym::DEF_NONLOCAL != 0, s.range());
                        return Err(CErr::symtable(msg, range));
                    }
                    let id = self.cur();
                    self.add_in(id, &name, sym::DEF_GLOBAL);
                    self.scopes[id]
                        .directives
                        .entry(name)
                        .or_insert_with(|| s.range());
                }
            }
            Stmt::Nonlocal(g) => {
                if self.cur_scope().kind == ScopeKind::Module {
                    return Err(CErr::symtable(
                        "nonlocal declaration not allowed at module level",
                        s.range(),
                    ));
                }
                for n in &g.names {
                    let name = self.mangled(n.as_str());
                    let cur = self.cur_scope().flags(&name);
                    let problem = if cur & sym::DEF_PARAM != 0 {
                        Some(format!("name '{name}' is parameter and nonlocal"))
                    } else if cur & sym::DEF_GLOBAL != 0 {
                        Some(format!("name '{name}' is nonlocal and global"))
                    } else if cur & sym::DEF_ANNOT != 0 {
                        Some(format!("annotated name '{name}' can't be nonlocal"))
                    } else if cur & sym::DEF_LOCAL != 0 {
                        Some(format!(
                            "name '{name}' is assigned to before nonlocal declaration"
                        ))
                    } else if cur & sym::USE != 0 {
                        Some(format!(
                            "name '{name}' is used prior to nonlocal declaration"
                        ))
                    } else {
                        None
                    };
                    if let Some(msg) = problem {
                        let range =
                            self.conflict_range(&name, cur & sym::DEF_GLOBAL != 0, s.range());
                        return Err(CErr::symtable(msg, range));
                    }
                    let id = self.cur();
                    self.add_in(id, &name, sym::DEF_NONLOCAL);
                    self.scopes[id]
                        .directives
                        .entry(name)
                        .or_insert_with(|| s.range());
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }
}
