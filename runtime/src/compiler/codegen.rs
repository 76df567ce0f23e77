//! The code generator's core: the compiler state (a stack of units, one per code object
//! being built), instruction emission with source locations and exception-handler tags,
//! labels, constants and name tables, name resolution into LOAD_FAST / LOAD_DEREF /
//! LOAD_GLOBAL / LOAD_NAME, and the finished `CodeObject`. Statements are in `stmt.rs`,
//! expressions in `expr.rs`, functions/classes/comprehensions in `func.rs`, the
//! try/with/loop bookkeeping in `blocks.rs`, and label resolution, the exception table and the
//! stack-depth analysis in `assemble.rs`.

use hashbrown::HashMap;

use ruff_text_size::{Ranged, TextRange};

use super::blocks::FBlock;
use super::errors::{CErr, CResult, MAX_DEPTH};
use super::lines::LineIndex;
use super::symtable::{mangle, NameScope, ScopeId, ScopeKind, SymbolTable};
use crate::bytecode::{code_flags, CodeObject, Constant, Instr, Location, Op};

/// A jump target inside the unit being built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

/// An exception handler: where to go, the stack depth to unwind to, and whether the index of
/// the raising instruction is pushed.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    pub label: Label,
    pub depth: u32,
    pub lasti: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

/// One code object under construction.
pub struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub docstring: Option<String>,
    pub private: Option<String>,
    pub instrs: Vec<Instr>,
    pub locs: Vec<Location>,
    /// The innermost active handler of each instruction.
    pub instr_handler: Vec<Option<u32>>,
    pub consts: Vec<Constant>,
    const_index: HashMap<String, u32>,
    pub names: Vec<String>,
    name_index: HashMap<String, u32>,
    pub varnames: Vec<String>,
    var_index: HashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub labels: Vec<Option<u32>>,
    pub handlers: Vec<Handler>,
    pub handler_stack: Vec<u32>,
    pub fblocks: Vec<FBlock<'a>>,
    pub loc: Location,
}

pub struct Compiler<'a> {
    pub table: &'a SymbolTable,
    pub lines: &'a LineIndex<'a>,
    pub filename: String,
    pub units: Vec<Unit<'a>>,
    pub depth: u32,
    /// `from __future__ import annotations` is in effect.
    pub future_annotations: bool,
    /// The line of the module's last opening future statement (`future::Features`).
    pub future_last_line: u32,
    /// The statement being compiled (for errors found while emitting it).
    pub stmt_range: TextRange,
    /// The member order of the first frozenset constant compiled with each set of members.
    /// CPython merges equal constants across a whole module, so every later constant with
    /// the same members is that first frozenset, and iterates in its order.
    frozenset_orders: HashMap<String, Vec<Constant>>,
    /// Compiling for `compile(..., "single")`: top-level expression statements display
    /// their values.
    pub interactive: bool,
}

/// A key that identifies a constant for de-duplication (None: never shared).
fn const_key(c: &Constant) -> Option<String> {
    Some(match c {
        Constant::None => "N".into(),
        Constant::Bool(b) => format!("B{b}"),
        Constant::Int(i) => format!("I{i}"),
        Constant::BigInt(s) => format!("I{s}"),
        Constant::Float(f) => format!("F{}", f.to_bits()),
        Constant::Complex(r, i) => format!("C{},{}", r.to_bits(), i.to_bits()),
        Constant::Str(s) => format!("S{s}"),
        Constant::Bytes(b) => format!("Y{b:?}"),
        Constant::Tuple(items) => {
            let mut k = String::from("T(");
            for it in items {
                k.push_str(&const_key(it)?);
                k.push('\u{0}');
            }
            k.push(')');
            k
        }
        Constant::FrozenSet(items) => {
            let mut k = String::from("Z(");
            for it in items {
                k.push_str(&const_key(it)?);
                k.push('\u{0}');
            }
            k.push(')');
            k
        }
        Constant::Ellipsis => "E".into(),
        Constant::Code(_) => return None,
    })
}

impl<'a> Unit<'a> {
    pub fn new(
        scope: ScopeId,
        kind: ScopeKind,
        name: &str,
        qualname: &str,
        first_line: u32,
    ) -> Unit<'a> {
        Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname: qualname.to_string(),
            first_line,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            docstring: None,
            private: None,
            instrs: Vec::new(),
            locs: Vec::new(),
            instr_handler: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            var_index: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            labels: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            fblocks: Vec::new(),
            loc: Location {
                line: first_line,
                col: 0,
                end_line: first_line,
                end_col: 0,
            },
        }
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        match const_key(&c) {
            Some(k) => {
                if let Some(&i) = self.const_index.get(&k) {
                    return i;
                }
                let i = self.consts.len() as u32;
                self.consts.push(c);
                self.const_index.insert(k, i);
                i
            }
            None => {
                self.consts.push(c);
                self.consts.len() as u32 - 1
            }
        }
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_string());
        self.name_index.insert(name.to_string(), i);
        i
    }

    pub fn add_varname(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.var_index.get(name) {
            return i;
        }
        let i = self.varnames.len() as u32;
        self.varnames.push(name.to_string());
        self.var_index.insert(name.to_string(), i);
        i
    }

    /// Index of a cell or free variable in the `cellvars ++ freevars` space.
    pub fn deref_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        self.freevars
            .iter()
            .position(|n| n == name)
            .map(|i| (i + self.cellvars.len()) as u32)
    }

    fn into_code(self, filename: &str) -> CResult<CodeObject> {
        let asm = super::assemble::assemble(&self)?;
        let cell2arg = self
            .cellvars
            .iter()
            .map(|c| {
                let nargs = total_args(&self);
                self.varnames
                    .iter()
                    .take(nargs)
                    .position(|v| v == c)
                    .map(|i| i as u32)
            })
            .collect();
        Ok(CodeObject {
            name: self.name,
            qualname: self.qualname,
            filename: filename.to_string(),
            first_line: self.first_line,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags: self.flags,
            instructions: asm.instructions,
            locations: self.locs,
            constants: self.consts,
            names: self.names,
            varnames: self.varnames,
            cellvars: self.cellvars,
            freevars: self.freevars,
            cell2arg,
            exception_table: asm.exception_table,
            max_stack: asm.max_stack,
            docstring: self.docstring,
            syntax_warnings: Vec::new(),
        })
    }
}

fn total_args(u: &Unit<'_>) -> usize {
    let mut n = (u.argcount + u.kwonlyargcount) as usize;
    if u.flags & code_flags::VARARGS != 0 {
        n += 1;
    }
    if u.flags & code_flags::VARKEYWORDS != 0 {
        n += 1;
    }
    n
}

impl<'a> Compiler<'a> {
    pub fn new(table: &'a SymbolTable, lines: &'a LineIndex<'a>, filename: &str) -> Self {
        Compiler {
            table,
            lines,
            filename: filename.to_string(),
            units: Vec::new(),
            depth: 0,
            future_annotations: false,
            future_last_line: 0,
            stmt_range: TextRange::default(),
            frozenset_orders: HashMap::new(),
            interactive: false,
        }
    }

    pub fn u(&mut self) -> &mut Unit<'a> {
        // The unit stack is never empty while code is generated (compile_* push one first).
        if self.units.is_empty() {
            self.units
                .push(Unit::new(0, ScopeKind::Module, "<module>", "<module>", 1));
        }
        let n = self.units.len() - 1;
        &mut self.units[n]
    }

    pub fn ur(&self) -> Option<&Unit<'a>> {
        self.units.last()
    }

    pub fn kind(&self) -> ScopeKind {
        self.ur().map(|u| u.kind).unwrap_or(ScopeKind::Module)
    }

    pub fn scope_id(&self) -> ScopeId {
        self.ur().map(|u| u.scope).unwrap_or(0)
    }

    /// Starts a new code object for `scope`; names/cells come from the symbol table.
    pub fn push_unit(&mut self, scope: ScopeId, name: &str, qualname: &str, first_line: u32) {
        let s = self.table.scope(scope);
        let mut u = Unit::new(scope, s.kind, name, qualname, first_line);
        u.private = s.private.clone();
        for p in &s.params {
            u.add_varname(p);
        }
        u.cellvars = s.cellvars();
        u.freevars = s.freevars();
        if s.kind.is_function_like() {
            u.flags |= match (s.is_generator, s.is_coroutine) {
                (true, true) => code_flags::ASYNC_GENERATOR,
                (false, true) => code_flags::COROUTINE,
                (true, false) => code_flags::GENERATOR,
                (false, false) => 0,
            };
            if s.nested {
                u.flags |= code_flags::NESTED;
            }
        } else {
            u.flags |= code_flags::MODULE_OR_CLASS;
        }
        self.units.push(u);
    }

    /// Finishes the innermost unit into a code object.
    pub fn pop_unit(&mut self) -> CResult<CodeObject> {
        let u = self
            .units
            .pop()
            .ok_or_else(|| internal("no unit to finish"))?;
        u.into_code(&self.filename)
    }

    // ----- locations -----

    pub fn location_of(&self, range: TextRange) -> Location {
        let (line, col) = self.lines.line_col(range.start().into());
        let (end_line, end_col) = self.lines.line_col(range.end().into());
        Location {
            line,
            col,
            end_line,
            end_col,
        }
    }

    pub fn set_loc(&mut self, range: TextRange) -> Location {
        let new = self.location_of(range);
        std::mem::replace(&mut self.u().loc, new)
    }

    /// CPython gives the implicit `return None` at the end of a body the location of the
    /// last instruction before it.
    pub fn set_loc_to_last_instruction(&mut self) {
        let u = self.u();
        if let Some(l) = u.locs.last().copied() {
            u.loc = l;
        }
    }

    pub fn restore_loc(&mut self, loc: Location) {
        self.u().loc = loc;
    }

    // ----- emission -----

    pub fn emit(&mut self, op: Op, arg: u32) {
        let u = self.u();
        let loc = u.loc;
        let h = u.handler_stack.last().copied();
        u.instrs.push(Instr { op, arg });
        u.locs.push(loc);
        u.instr_handler.push(h);
    }

    pub fn emit0(&mut self, op: Op) {
        self.emit(op, 0);
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    pub fn place(&mut self, l: Label) {
        let u = self.u();
        let here = u.instrs.len() as u32;
        if let Some(slot) = u.labels.get_mut(l.0 as usize) {
            *slot = Some(here);
        }
    }

    pub fn jump(&mut self, op: Op, l: Label) {
        self.emit(op, l.0);
    }

    pub fn load_const(&mut self, c: Constant) {
        let c = match c {
            Constant::FrozenSet(items) => Constant::FrozenSet(self.frozenset_order(items)),
            other => other,
        };
        let i = self.u().add_const(c);
        self.emit(Op::LoadConst, i);
    }

    /// The members of a frozenset constant in the order of the first constant compiled
    /// with the same members (see `frozenset_orders`).
    fn frozenset_order(&mut self, items: Vec<Constant>) -> Vec<Constant> {
        let mut keys = Vec::with_capacity(items.len());
        for it in &items {
            match const_key(it) {
                Some(k) => keys.push(k),
                None => return items,
            }
        }
        keys.sort();
        keys.dedup();
        self.frozenset_orders
            .entry(keys.join("\u{0}"))
            .or_insert(items)
            .clone()
    }

    pub fn emit_name(&mut self, op: Op, name: &str) {
        let i = self.u().add_name(name);
        self.emit(op, i);
    }

    // ----- handlers -----

    pub fn push_handler(&mut self, label: Label, depth: u32, lasti: bool) {
        let u = self.u();
        u.handlers.push(Handler {
            label,
            depth,
            lasti,
        });
        let id = u.handlers.len() as u32 - 1;
        u.handler_stack.push(id);
    }

    pub fn pop_handler(&mut self) {
        self.u().handler_stack.pop();
    }

    pub fn handler_level(&mut self) -> usize {
        self.u().handler_stack.len()
    }

    // ----- recursion guard -----

    pub fn enter_nested(&mut self) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CErr::recursion());
        }
        Ok(())
    }

    pub fn leave_nested(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    // ----- names -----

    pub fn mangle(&self, name: &str) -> String {
        mangle(self.ur().and_then(|u| u.private.as_deref()), name)
    }

    /// Emits the load/store/delete of a plain name, resolved through the symbol table.
    pub fn name_op(&mut self, name: &str, ctx: Ctx) -> CResult<()> {
        self.check_forbidden(name, ctx)?;
        let mangled = self.mangle(name);
        let scope_id = self.scope_id();
        let scope = self.table.scope(scope_id);
        let kind = scope.kind;
        let resolved = scope.lookup(&mangled);
        let function_like = kind.is_function_like();
        enum How {
            Fast,
            Deref,
            Global,
            Name,
        }
        let how = match resolved {
            NameScope::Free | NameScope::Cell => How::Deref,
            NameScope::Local => {
                if function_like {
                    How::Fast
                } else {
                    How::Name
                }
            }
            NameScope::GlobalImplicit => {
                if function_like {
                    How::Global
                } else {
                    How::Name
                }
            }
            NameScope::GlobalExplicit => How::Global,
        };
        match how {
            How::Fast => {
                let i = self.u().add_varname(&mangled);
                let op = match ctx {
                    Ctx::Load => Op::LoadFast,
                    Ctx::Store => Op::StoreFast,
                    Ctx::Del => Op::DeleteFast,
                };
                self.emit(op, i);
            }
            How::Deref => {
                let Some(i) = self.u().deref_index(&mangled) else {
                    // Not a known cell (should not happen): fall back to a name look-up.
                    let op = match ctx {
                        Ctx::Load => Op::LoadName,
                        Ctx::Store => Op::StoreName,
                        Ctx::Del => Op::DeleteName,
                    };
                    self.emit_name(op, &mangled);
                    return Ok(());
                };
                let op = match ctx {
                    Ctx::Load if kind == ScopeKind::Class => Op::LoadClassDeref,
                    Ctx::Load => Op::LoadDeref,
                    Ctx::Store => Op::StoreDeref,
                    Ctx::Del => Op::DeleteDeref,
                };
                self.emit(op, i);
            }
            How::Global => {
                let op = match ctx {
                    Ctx::Load => Op::LoadGlobal,
                    Ctx::Store => Op::StoreGlobal,
                    Ctx::Del => Op::DeleteGlobal,
                };
                self.emit_name(op, &mangled);
            }
            How::Name => {
                let op = match ctx {
                    Ctx::Load => Op::LoadName,
                    Ctx::Store => Op::StoreName,
                    Ctx::Del => Op::DeleteName,
                };
                self.emit_name(op, &mangled);
            }
        }
        Ok(())
    }

    pub fn error(&self, msg: impl Into<String>, node: &impl Ranged) -> CErr {
        CErr::syntax(msg, node.range())
    }

    /// Applies what the module's opening future statements turn on.
    pub fn set_future(&mut self, features: super::future::Features) {
        self.future_annotations = features.annotations;
        self.future_last_line = features.last_line;
    }

    /// An error at the node being compiled, as CPython's code generator reports the checks
    /// it makes while emitting (the statement, call or target whose location is current).
    pub fn error_here(&self, msg: impl Into<String>) -> CErr {
        let loc = self.ur().map(|u| u.loc).unwrap_or_default();
        let start = self.lines.line_start(loc.line) + loc.col;
        let end = self.lines.line_start(loc.end_line) + loc.end_col;
        CErr::syntax(msg, super::errors::range(start, end))
    }

    /// `__debug__` is a constant: binding or deleting that name (a variable, parameter,
    /// keyword argument, attribute or import) is an error at the current location.
    pub fn check_forbidden(&self, name: &str, ctx: Ctx) -> CResult<()> {
        if name != "__debug__" {
            return Ok(());
        }
        match ctx {
            Ctx::Load => Ok(()),
            Ctx::Store => Err(self.error_here("cannot assign to __debug__")),
            Ctx::Del => Err(self.error_here("cannot delete __debug__")),
        }
    }
}

pub fn internal(msg: &str) -> CErr {
    CErr {
        kind: super::CompileErrorKind::SyntaxError,
        msg: format!("internal compiler error: {msg}"),
        range: None,
        location_in_args: true,
        text_from_source: false,
        columns: super::errors::Columns::Range,
    }
}
