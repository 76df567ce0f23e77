//! The dispatch loop: executes the frames on the frame stack from the innermost down to a
//! base frame. A Python function calling a Python function pushes a frame and continues in
//! this same loop; only native code that calls back into Python (a sort key, `__eq__` from a
//! dict) enters the loop again. Exceptions are routed through each code object's exception
//! table by `unwind` (`unwind.rs`). The loop's inline fast paths are in `eval_fast.rs`, its
//! rare instructions in `eval_slow.rs`.

use std::rc::Rc;

use crate::bytecode::{CmpOp, Instr, Op};
use crate::objects::function::Args;
use crate::objects::{types, PyCell, PyDict, PyErr, PyResult, Value};

use super::compare::{cmp_f64, cmp_ord};
use super::eval_fast::{clone_value, drop_value, load_global};
use super::frame_builtins::{build_class_function, code_builtins};
use super::generator::GenResult;
use super::unbound_names::{cell_name, cell_value, name_not_defined, unbound_deref, unbound_local};
use super::Vm;

/// How the base frame of a `run_frames` call left the loop.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// An exception leaving an instruction; `reraise` skips adding a traceback entry (the
/// exception already has one for this frame).
pub struct Raised {
    pub err: PyErr,
    pub reraise: bool,
}

impl From<PyErr> for Raised {
    fn from(err: PyErr) -> Raised {
        Raised {
            err,
            reraise: false,
        }
    }
}

// In this file defaults are `unwrap_or_else(|| Value::None)`, never `unwrap_or(Value::None)`,
// which drops its unused default out of line (see `objects::OrNone`, which the rest of the VM
// uses; here the closure form measured a few per cent fewer instructions).
macro_rules! pop {
    ($frame:expr) => {
        $frame.values.pop().unwrap_or_else(|| Value::None)
    };
}

macro_rules! top {
    ($frame:expr) => {
        $frame.values.last().cloned().unwrap_or_else(|| Value::None)
    };
}

// The bodies of the instructions that superinstructions combine (`Op::fuse`), shared by
// the plain and the fused forms.

/// The value of the fast local `arg`, or UnboundLocalError.
macro_rules! read_local {
    ($frame:expr, $arg:expr) => {
        match $frame.values.get($arg as usize) {
            Some(Value::Null) | None => return Err(unbound_fast($frame, $arg).into()),
            Some(v) => clone_value(v),
        }
    };
}

macro_rules! load_fast {
    ($frame:expr, $arg:expr) => {{
        let v = read_local!($frame, $arg);
        $frame.values.push(v);
    }};
}

/// The constant `arg` of `code`.
macro_rules! const_value {
    ($code:expr, $arg:expr) => {
        $code
            .consts
            .get($arg as usize)
            .map(clone_value)
            .unwrap_or_else(|| Value::None)
    };
}

macro_rules! load_const {
    ($frame:expr, $code:expr, $arg:expr) => {{
        let v = const_value!($code, $arg);
        $frame.values.push(v);
    }};
}

/// Stores `v` in the fast local `arg`, releasing what it held.
macro_rules! store_local {
    ($vm:expr, $frame:expr, $arg:expr, $v:expr) => {{
        let v = $v;
        if let Some(slot) = $frame.values.get_mut($arg as usize) {
            let old = std::mem::replace(slot, v);
            $vm.release(old);
        }
    }};
}

macro_rules! store_fast {
    ($vm:expr, $frame:expr, $arg:expr) => {{
        let v = pop!($frame);
        store_local!($vm, $frame, $arg, v)
    }};
}

/// Steps over a superinstruction's second half, the instruction at `pc`, giving its
/// argument; its position is stored first, for the errors it may raise and the code it may
/// run.
macro_rules! second_half {
    ($instrs:expr, $pc:ident, $frame:expr) => {{
        let arg2 = second_arg($instrs, $pc);
        $pc += 1;
        $frame.pc = $pc;
        arg2
    }};
}

/// The object and name index of an attribute or method instruction: the object popped, or
/// for its superinstruction (`fused`) read in place from the local `arg`, the name index
/// then being the second half's argument.
macro_rules! attr_receiver {
    ($frame:expr, $fused:expr, $arg:expr, $instrs:expr, $pc:ident) => {
        if $fused {
            let obj = read_local!($frame, $arg);
            (obj, second_half!($instrs, $pc, $frame))
        } else {
            (pop!($frame), $arg)
        }
    };
}

/// The argument of a superinstruction's second half, the instruction at `pc`.
#[inline(always)]
fn second_arg(instrs: &[Instr], pc: usize) -> u32 {
    instrs.get(pc).map_or(0, |i| i.arg)
}

/// UnboundLocalError for reading the empty fast local `arg`.
#[cold]
#[inline(never)]
fn unbound_fast(frame: &super::Frame, arg: u32) -> PyErr {
    let name = frame.code.code.varnames.get(arg as usize);
    unbound_local(name.map_or("", |n| n.as_str()))
}

pub(super) fn bad_bytecode(what: &str) -> PyErr {
    PyErr::new(&types().exc.system_error, format!("bad bytecode: {}", what))
}

impl Vm {
    /// Runs until the frame at index `base` returns or yields.
    pub fn run_frames(&mut self, base: usize) -> PyResult<Exit> {
        // The new frame is already pushed: the error leaves it through the exception table.
        if let Err(err) = super::stack_guard::check() {
            self.unwind(err, false, base)?;
        }
        loop {
            match self.execute(base) {
                Ok(exit) => return Ok(exit),
                Err(Raised { err, reraise }) => self.unwind(err, reraise, base)?,
            }
        }
    }

    fn execute(&mut self, base: usize) -> Result<Exit, Raised> {
        let mut fi = self.frames.len() - 1;
        'frames: loop {
            // The running frame's code and instruction pointer live in locals: fetching an
            // instruction is one load, not a chain through the frame and its code object.
            // `frame.pc` is still stored before every instruction runs, so anything that
            // reads it (tracebacks, handler search, generators) sees the exact position.
            let Some(cur) = self.frames.get(fi) else {
                return Err(bad_bytecode("no frame to run").into());
            };
            let code = cur.code.clone();
            let instrs: &[Instr] = &code.code.instructions;
            let mut pc = cur.pc;
            loop {
                let Some(instr) = instrs.get(pc).copied() else {
                    return Err(bad_bytecode("ran off the end of the code").into());
                };
                pc += 1;
                let frame = &mut self.frames[fi];
                frame.pc = pc;
                let arg = instr.arg;
                match instr.op {
                    Op::Nop => {}
                    Op::PopTop => {
                        if let Some(v) = frame.values.pop() {
                            self.release(v);
                        }
                    }
                    Op::Copy => {
                        let n = frame.values.len();
                        let v = frame
                            .values
                            .get(n.wrapping_sub(arg as usize))
                            .cloned()
                            .unwrap_or_else(|| Value::None);
                        frame.values.push(v);
                    }
                    Op::Swap => {
                        let n = frame.values.len();
                        if arg as usize <= n && arg >= 1 {
                            frame.values.swap(n - 1, n - arg as usize);
                        }
                    }
                    Op::LoadConst => load_const!(frame, code, arg),
                    Op::LoadFast => load_fast!(frame, arg),
                    Op::StoreFast => store_fast!(self, frame, arg),
                    Op::LoadFastLoadFast => {
                        load_fast!(frame, arg);
                        let arg2 = second_half!(instrs, pc, frame);
                        load_fast!(frame, arg2);
                    }
                    Op::LoadFastLoadConst => {
                        load_fast!(frame, arg);
                        let arg2 = second_half!(instrs, pc, frame);
                        load_const!(frame, code, arg2);
                    }
                    Op::LoadConstLoadFast => {
                        load_const!(frame, code, arg);
                        let arg2 = second_half!(instrs, pc, frame);
                        load_fast!(frame, arg2);
                    }
                    Op::StoreFastLoadFast => {
                        store_fast!(self, frame, arg);
                        let frame = &mut self.frames[fi];
                        let arg2 = second_half!(instrs, pc, frame);
                        load_fast!(frame, arg2);
                    }
                    Op::StoreFastStoreFast => {
                        store_fast!(self, frame, arg);
                        let frame = &mut self.frames[fi];
                        let arg2 = second_half!(instrs, pc, frame);
                        store_fast!(self, frame, arg2);
                    }
                    Op::DeleteFast => match frame.values.get_mut(arg as usize) {
                        Some(slot) if !slot.is_null() => {
                            let old = std::mem::replace(slot, Value::Null);
                            drop(old);
                            self.finalize_dropped();
                        }
                        _ => {
                            let name = frame
                                .code
                                .code
                                .varnames
                                .get(arg as usize)
                                .cloned()
                                .unwrap_or_default();
                            return Err(unbound_local(&name).into());
                        }
                    },
                    Op::LoadDeref => {
                        let v = cell_value(frame, arg as usize)?;
                        frame.values.push(v);
                    }
                    Op::StoreDeref => {
                        let v = pop!(frame);
                        if let Some(c) = frame.cells.get(arg as usize) {
                            c.set(v);
                        }
                        self.finalize_dropped();
                    }
                    Op::DeleteDeref => {
                        let c = frame.cells.get(arg as usize).cloned();
                        match c {
                            Some(c) if !c.get().is_null() => c.set(Value::Null),
                            _ => return Err(unbound_deref(frame, arg as usize).into()),
                        }
                        self.finalize_dropped();
                    }
                    Op::LoadClosure => {
                        let c = frame
                            .cells
                            .get(arg as usize)
                            .cloned()
                            .unwrap_or_else(|| PyCell::new(Value::Null));
                        frame.values.push(Value::Cell(c));
                    }
                    Op::LoadClassDeref => {
                        let name = cell_name(frame, arg as usize);
                        if frame.namespace_object.is_some() {
                            let v = self.load_class_deref_mapped(fi, arg as usize, &name)?;
                            self.frames[fi].values.push(v);
                            continue;
                        }
                        let from_ns = frame.namespace.as_ref().and_then(|ns| ns.get_str(&name));
                        let v = match from_ns {
                            Some(v) => v,
                            None => cell_value(frame, arg as usize)?,
                        };
                        frame.values.push(v);
                    }
                    Op::LoadGlobal => {
                        let i = arg as usize;
                        let builtins = code_builtins(&code, &self.builtins);
                        let v = match load_global(builtins, &code, i, &frame.globals) {
                            Some(v) => v,
                            None => self.builtin_from_mapping(fi, code.names.get(i))?,
                        };
                        self.frames[fi].values.push(v);
                    }
                    Op::StoreGlobal => {
                        let v = pop!(frame);
                        let name = code.names[arg as usize].clone();
                        frame.globals.set_str_key(name, v);
                        self.finalize_dropped();
                    }
                    Op::DeleteGlobal => {
                        let name = code.names[arg as usize].clone();
                        if frame.globals.del_str(name.as_str()).is_none() {
                            return Err(name_not_defined(name.as_str()).into());
                        }
                        self.finalize_dropped();
                    }
                    Op::LoadName => {
                        let name = code.names[arg as usize].clone();
                        if frame.namespace_object.is_some() {
                            let v = self.load_name_mapped(fi, &name)?;
                            self.frames[fi].values.push(v);
                            continue;
                        }
                        let found = match &frame.namespace {
                            Some(ns) => ns.get_name(&name),
                            None => None,
                        };
                        let v = match found.or_else(|| frame.globals.get_name(&name)) {
                            Some(v) => v,
                            None => self.load_builtin_name(fi, &code, &name)?,
                        };
                        self.frames[fi].values.push(v);
                    }
                    Op::StoreName => {
                        let v = pop!(frame);
                        let name = code.names[arg as usize].clone();
                        if let Some(ns) = frame.namespace_object.clone() {
                            self.set_item(&ns, Value::Str(name), v)?;
                            continue;
                        }
                        match &frame.namespace {
                            Some(ns) => ns.set_str_key(name, v),
                            None => frame.globals.set_str_key(name, v),
                        }
                        self.finalize_dropped();
                    }
                    Op::DeleteName => {
                        let name = code.names[arg as usize].clone();
                        if let Some(ns) = frame.namespace_object.clone() {
                            self.delete_name_mapped(&ns, &name)?;
                            continue;
                        }
                        let ns = frame
                            .namespace
                            .clone()
                            .unwrap_or_else(|| frame.globals.clone());
                        if ns.del_str(name.as_str()).is_none() {
                            return Err(name_not_defined(name.as_str()).into());
                        }
                        self.finalize_dropped();
                    }
                    // Each instruction shares its arm with its superinstruction, so that the
                    // attribute look-up is inlined once in the loop's code. From a local, the
                    // object is read in place, never pushed and popped.
                    Op::LoadAttr | Op::LoadFastLoadAttr => {
                        let fused = instr.op == Op::LoadFastLoadAttr;
                        let (obj, name_arg) = attr_receiver!(frame, fused, arg, instrs, pc);
                        let v = self.load_attr_op(&code, name_arg as usize, &obj)?;
                        self.frames[fi].values.push(v);
                        if let Value::Instance(i) = &obj {
                            if Rc::strong_count(i) == 1 {
                                // `A().x`: the temporary instance dies here.
                                drop(obj);
                                self.finalize_dropped();
                            }
                        }
                    }
                    Op::StoreAttr => {
                        let obj = pop!(frame);
                        let v = pop!(frame);
                        self.store_attr_op(&code, arg as usize, &obj, v)?;
                        drop_value(obj);
                        self.finalize_dropped();
                    }
                    Op::DeleteAttr => {
                        let obj = pop!(frame);
                        let name = code.names[arg as usize].clone();
                        self.del_attr(&obj, &name)?;
                        drop_value(obj);
                        self.finalize_dropped();
                    }
                    Op::LoadMethod | Op::LoadFastLoadMethod => {
                        let fused = instr.op == Op::LoadFastLoadMethod;
                        let (obj, name_arg) = attr_receiver!(frame, fused, arg, instrs, pc);
                        let Some(name) = code.names.get(name_arg as usize) else {
                            return Err(bad_bytecode("name index out of range").into());
                        };
                        let (m, receiver) = self.load_method(obj, name)?;
                        let frame = &mut self.frames[fi];
                        frame.values.push(m);
                        frame.values.push(receiver);
                    }
                    Op::BinaryOp => {
                        let b = pop!(frame);
                        let a = pop!(frame);
                        let r = self.binary_value(fi, a, b, arg, instrs.get(pc))?;
                        self.frames[fi].values.push(r);
                    }
                    // (Separate arms, each with the inline int and float paths: merged into the
                    // operator's arm they measured 3–6% slower on arithmetic.)
                    Op::LoadConstBinaryOp => {
                        let b = const_value!(code, arg);
                        let a = pop!(frame);
                        let arg2 = second_half!(instrs, pc, frame);
                        let r = self.binary_value(fi, a, b, arg2, instrs.get(pc))?;
                        self.frames[fi].values.push(r);
                    }
                    Op::BinaryOpStoreFast => {
                        let b = pop!(frame);
                        let a = pop!(frame);
                        let r = self.binary_value(fi, a, b, arg, instrs.get(pc))?;
                        let frame = &mut self.frames[fi];
                        let arg2 = second_half!(instrs, pc, frame);
                        store_local!(self, frame, arg2, r);
                    }
                    Op::UnaryNegative => {
                        let a = pop!(frame);
                        let r = match a {
                            Value::Int(i) if i != i64::MIN => Value::Int(-i),
                            Value::Float(f) => Value::float(-f.get()),
                            other => self.unary_op(other, "__neg__")?,
                        };
                        self.frames[fi].values.push(r);
                    }
                    Op::UnaryPositive => {
                        let a = pop!(frame);
                        let r = self.unary_op(a, "__pos__")?;
                        self.frames[fi].values.push(r);
                    }
                    Op::UnaryInvert => {
                        let a = pop!(frame);
                        let r = self.unary_op(a, "__invert__")?;
                        self.frames[fi].values.push(r);
                    }
                    Op::UnaryNot => {
                        let a = pop!(frame);
                        let t = match a {
                            Value::Bool(b) => b.get(),
                            other => self.truthy(&other)?,
                        };
                        self.frames[fi].values.push(Value::bool(!t));
                    }
                    Op::CompareOp => {
                        let b = pop!(frame);
                        let a = pop!(frame);
                        let op = CmpOp::from_arg(arg).ok_or_else(|| bad_bytecode("comparison"))?;
                        let r = match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => Some(cmp_ord(op, x.cmp(y))),
                            (Value::Float(x), Value::Float(y)) => {
                                Some(cmp_f64(op, x.get(), y.get()))
                            }
                            _ => None,
                        };
                        let r = match r {
                            Some(t) => {
                                // Ints and floats own nothing: skip their destructors.
                                std::mem::forget(a);
                                std::mem::forget(b);
                                // A conditional jump right after the comparison consumes
                                // the bool at once: take it here without pushing it.
                                match instrs.get(pc) {
                                    Some(next)
                                        if (next.op == Op::PopJumpIfFalse && !t)
                                            || (next.op == Op::PopJumpIfTrue && t) =>
                                    {
                                        pc = next.arg as usize;
                                        continue;
                                    }
                                    Some(next)
                                        if next.op == Op::PopJumpIfFalse
                                            || next.op == Op::PopJumpIfTrue =>
                                    {
                                        pc += 1;
                                        continue;
                                    }
                                    _ => Value::bool(t),
                                }
                            }
                            None => self.compare(&a, &b, op)?,
                        };
                        self.frames[fi].values.push(r);
                    }
                    Op::IsOp => {
                        let b = pop!(frame);
                        let a = pop!(frame);
                        frame.values.push(Value::bool(a.is(&b) != (arg == 1)));
                    }
                    Op::ContainsOp => {
                        let container = pop!(frame);
                        let item = pop!(frame);
                        let r = self.contains(&container, &item)?;
                        self.frames[fi].values.push(Value::bool(r != (arg == 1)));
                    }
                    Op::BinarySubscr => {
                        let key = pop!(frame);
                        let container = pop!(frame);
                        let fast = match (&container, &key) {
                            (Value::List(l), Value::Int(i)) => {
                                let items = l.items.borrow();
                                let n = items.len() as i64;
                                let idx = if *i < 0 { *i + n } else { *i };
                                if idx >= 0 && idx < n {
                                    Some(clone_value(&items[idx as usize]))
                                } else {
                                    None
                                }
                            }
                            (Value::Tuple(t), Value::Int(i)) => {
                                let n = t.items.len() as i64;
                                let idx = if *i < 0 { *i + n } else { *i };
                                if idx >= 0 && idx < n {
                                    Some(clone_value(&t.items[idx as usize]))
                                } else {
                                    None
                                }
                            }
                            _ => None,
                        };
                        let v = match fast {
                            Some(v) => v,
                            None => self.get_item(&container, &key)?,
                        };
                        drop_value(key);
                        drop_value(container);
                        self.frames[fi].values.push(v);
                    }
                    Op::StoreSubscr => {
                        let key = pop!(frame);
                        let container = pop!(frame);
                        let v = pop!(frame);
                        if let (Value::List(l), Value::Int(i)) = (&container, &key) {
                            let mut items = l.items.borrow_mut();
                            let n = items.len() as i64;
                            let idx = if *i < 0 { *i + n } else { *i };
                            if idx >= 0 && idx < n {
                                let old = std::mem::replace(&mut items[idx as usize], v);
                                drop(items);
                                drop_value(old);
                                drop_value(key);
                                drop_value(container);
                                self.finalize_dropped();
                                continue;
                            }
                        }
                        self.set_item(&container, key, v)?;
                        drop_value(container);
                        self.finalize_dropped();
                    }
                    Op::DeleteSubscr => {
                        let key = pop!(frame);
                        let container = pop!(frame);
                        self.del_item(&container, &key)?;
                        drop_value(key);
                        drop_value(container);
                        self.finalize_dropped();
                    }
                    Op::BuildSlice => {
                        let step = if arg == 3 { pop!(frame) } else { Value::None };
                        let stop = pop!(frame);
                        let start = pop!(frame);
                        frame
                            .values
                            .push(Value::Slice(Rc::new(crate::objects::PySlice {
                                start,
                                stop,
                                step,
                            })));
                    }
                    Op::BuildTuple => {
                        let items = split_top(&mut frame.values, arg as usize);
                        frame.values.push(Value::tuple(items));
                    }
                    Op::BuildList => {
                        let items = split_top(&mut frame.values, arg as usize);
                        frame.values.push(Value::list(items));
                    }
                    Op::BuildSet => {
                        let items = split_top(&mut frame.values, arg as usize);
                        let set = crate::objects::PySet::from_values(self, items)?;
                        self.frames[fi].values.push(Value::set(set));
                    }
                    Op::BuildMap => {
                        let items = split_top(&mut frame.values, 2 * arg as usize);
                        let d = PyDict::with_capacity(items.len() / 2);
                        let mut it = items.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            d.set(self, k, v)?;
                        }
                        self.frames[fi].values.push(Value::dict(d));
                    }
                    Op::BuildString => {
                        let items = split_top(&mut frame.values, arg as usize);
                        let mut s = String::new();
                        for it in &items {
                            match it {
                                Value::Str(p) => s.push_str(p.as_str()),
                                // A replacement field may give a str subclass's instance.
                                Value::Instance(i) => {
                                    if let Some(Value::Str(p)) = i.base() {
                                        s.push_str(p.as_str());
                                    }
                                }
                                _ => {}
                            }
                        }
                        frame.values.push(Value::string(s));
                    }
                    Op::ListAppend => {
                        let v = pop!(frame);
                        let n = frame.values.len();
                        if let Some(Value::List(l)) = frame.values.get(n.wrapping_sub(arg as usize))
                        {
                            l.items.borrow_mut().push(v);
                        }
                    }
                    Op::SetAdd => {
                        let v = pop!(frame);
                        let n = frame.values.len();
                        if let Some(Value::Set(s)) =
                            frame.values.get(n.wrapping_sub(arg as usize)).cloned()
                        {
                            s.add(self, v)?;
                        }
                    }
                    Op::MapAdd => {
                        let v = pop!(frame);
                        let k = pop!(frame);
                        let n = frame.values.len();
                        if let Some(Value::Dict(d)) =
                            frame.values.get(n.wrapping_sub(arg as usize)).cloned()
                        {
                            d.set(self, k, v)?;
                        }
                    }
                    Op::ListExtend => self.op_list_extend(fi, arg)?,
                    Op::SetUpdate => {
                        let v = pop!(frame);
                        let n = frame.values.len();
                        let target = frame.values.get(n.wrapping_sub(arg as usize)).cloned();
                        if let Some(Value::Set(s)) = target {
                            s.update(self, &v)?;
                        }
                    }
                    Op::DictUpdate | Op::DictMerge => {
                        self.op_dict_update(fi, arg, instr.op == Op::DictMerge)?
                    }
                    Op::ListToTuple => {
                        let v = pop!(frame);
                        let t = match v {
                            Value::List(l) => Value::tuple(l.snapshot()),
                            other => other,
                        };
                        frame.values.push(t);
                    }
                    Op::FormatValue => {
                        let s = self.op_format_value(fi, arg)?;
                        self.frames[fi].values.push(s);
                    }
                    Op::UnpackSequence => {
                        let seq = pop!(frame);
                        // A tuple's or list's items are pushed straight from it, without
                        // a vector of their own.
                        match &seq {
                            Value::Tuple(t) if t.items.len() == arg as usize => {
                                frame.values.extend(t.items.iter().rev().map(clone_value));
                            }
                            Value::List(l) if l.len() == arg as usize => {
                                let items = l.items.borrow();
                                frame.values.extend(items.iter().rev().map(clone_value));
                            }
                            _ => {
                                let items = self.unpack_iterable(&seq, arg as usize, None)?;
                                let frame = &mut self.frames[fi];
                                frame.values.extend(items.into_iter().rev());
                            }
                        }
                        self.release(seq);
                    }
                    Op::UnpackEx => {
                        let seq = pop!(frame);
                        let before = (arg & 0xff) as usize;
                        let after = (arg >> 8) as usize;
                        let items = self.unpack_iterable(&seq, before, Some(after))?;
                        let frame = &mut self.frames[fi];
                        frame.values.extend(items.into_iter().rev());
                    }
                    Op::Call | Op::CallMethod => {
                        let n = arg as usize;
                        let mut args = match self.vec_pool.pop() {
                            Some(v) => v,
                            None => Vec::with_capacity(n + 1),
                        };
                        let frame = &mut self.frames[fi];
                        let len = frame.values.len();
                        let at = len.saturating_sub(n);
                        // Plain Python function with exactly its positional parameters: the
                        // arguments move from this stack straight into the callee's locals.
                        let is_method = instr.op == Op::CallMethod;
                        let (callee_at, first_arg) = if is_method {
                            let has_self = matches!(
                                frame.values.get(at.wrapping_sub(1)),
                                Some(v) if !v.is_null()
                            );
                            (at.wrapping_sub(2), if has_self { at - 1 } else { at })
                        } else {
                            (at.wrapping_sub(1), at)
                        };
                        if let Some(Value::Function(f)) = frame.values.get(callee_at) {
                            let code = f.code.borrow();
                            let argcount = code.code.argcount as usize;
                            let nargs = len.wrapping_sub(first_arg);
                            // (A call leaving parameters to their defaults takes
                            // `push_function_frame`: checked here, it slowed every call.)
                            if code.fast_call && n <= len && nargs == argcount {
                                let nlocals = code.nlocals;
                                args.clear();
                                args.reserve(nlocals + code.code.max_stack as usize + 1);
                                // The frame takes the code read under this one borrow.
                                let callee_code = Rc::clone(&code);
                                drop(code);
                                for _ in 0..nlocals {
                                    args.push(Value::Null);
                                }
                                for k in (0..nargs).rev() {
                                    let v = pop!(frame);
                                    if let Some(slot) = args.get_mut(k) {
                                        // The slot holds Null, which owns nothing.
                                        std::mem::forget(std::mem::replace(slot, v));
                                    }
                                }
                                if first_arg != callee_at + 1 {
                                    // CallMethod without a receiver: the NULL slot.
                                    frame.values.pop();
                                }
                                if let Some(Value::Function(f)) = frame.values.pop() {
                                    self.push_fast_frame(f, callee_code, args)?;
                                    fi += 1;
                                    continue 'frames;
                                }
                            }
                        }
                        let callable;
                        if instr.op == Op::CallMethod {
                            // [meth, self_or_null, args...]
                            let receiver = frame
                                .values
                                .get(at.wrapping_sub(1))
                                .cloned()
                                .unwrap_or_else(|| Value::Null);
                            if !receiver.is_null() {
                                args.push(receiver);
                            }
                            move_top(&mut frame.values, at, &mut args);
                            frame.values.pop();
                            callable = pop!(frame);
                        } else {
                            move_top(&mut frame.values, at, &mut args);
                            callable = pop!(frame);
                        }
                        if let Value::Function(f) = &callable {
                            if !f.code.borrow().code.is_generator() {
                                self.push_function_frame(f, Args::new(std::mem::take(&mut args)))?;
                                fi += 1;
                                continue 'frames;
                            }
                        }
                        let r = self.call_popped(&callable, args)?;
                        self.frames[fi].values.push(r);
                        // The arguments are released: one may have been the last reference.
                        self.finalize_dropped();
                    }
                    Op::CallKw | Op::CallMethodKw => {
                        let method = instr.op == Op::CallMethodKw;
                        let (callable, args) = self.op_call_kw_args(fi, arg, method);
                        if let Value::Function(f) = &callable {
                            if !f.code.borrow().code.is_generator() {
                                self.push_function_frame(f, args)?;
                                fi += 1;
                                continue 'frames;
                            }
                        }
                        let r = self.call_args(&callable, args)?;
                        self.frames[fi].values.push(r);
                        self.finalize_dropped();
                    }
                    Op::CallFunctionEx => {
                        let r = self.op_call_function_ex(fi, arg)?;
                        self.frames[fi].values.push(r);
                    }
                    Op::MakeFunction => {
                        let f = self.op_make_function(fi, arg)?;
                        self.frames[fi].values.push(f);
                    }
                    Op::ReturnValue => {
                        let v = pop!(frame);
                        self.pop_frame();
                        if fi <= base {
                            return Ok(Exit::Return(v));
                        }
                        fi -= 1;
                        self.frames[fi].values.push(v);
                        continue 'frames;
                    }
                    Op::LoadBuildClass => {
                        let v = build_class_function(&code, &self.builtins)?;
                        frame.values.push(v);
                    }
                    Op::SetupAnnotations => {
                        if frame.namespace_object.is_some() {
                            self.setup_annotations_mapped(fi)?;
                            continue;
                        }
                        let ns = frame
                            .namespace
                            .clone()
                            .unwrap_or_else(|| frame.globals.clone());
                        if ns.get_str("__annotations__").is_none() {
                            ns.set_str("__annotations__", Value::dict(PyDict::new()));
                        }
                    }
                    Op::LoadAssertionError => {
                        frame
                            .values
                            .push(Value::Type(types().exc.assertion_error.clone()));
                    }
                    Op::Jump => pc = arg as usize,
                    Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                        let v = pop!(frame);
                        let t = match v {
                            Value::Bool(b) => b.get(),
                            other => {
                                let t = self.truthy(&other)?;
                                self.release(other);
                                t
                            }
                        };
                        if t == (instr.op == Op::PopJumpIfTrue) {
                            pc = arg as usize;
                        }
                    }
                    Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                        let v = top!(frame);
                        let t = match v {
                            Value::Bool(b) => b.get(),
                            other => self.truthy(&other)?,
                        };
                        let frame = &mut self.frames[fi];
                        if t == (instr.op == Op::JumpIfTrueOrPop) {
                            pc = arg as usize;
                        } else {
                            frame.values.pop();
                            self.finalize_dropped();
                        }
                    }
                    Op::PopJumpIfNone => {
                        if pop!(frame).is_none() {
                            pc = arg as usize;
                        }
                    }
                    Op::PopJumpIfNotNone => {
                        if !pop!(frame).is_none() {
                            pc = arg as usize;
                        }
                    }
                    Op::GetIter => {
                        let v = pop!(frame);
                        let it = self.get_iter(&v)?;
                        self.frames[fi].values.push(it);
                    }
                    // The loop step and its superinstruction share one arm (and one copy
                    // of the inline range and list steps).
                    Op::ForIter | Op::ForIterStoreFast => match self.for_iter_next(fi)? {
                        Some(v) if instr.op == Op::ForIterStoreFast => {
                            let frame = &mut self.frames[fi];
                            let arg2 = second_half!(instrs, pc, frame);
                            store_local!(self, frame, arg2, v);
                        }
                        Some(v) => self.frames[fi].values.push(v),
                        None => {
                            if let Some(it) = self.frames[fi].values.pop() {
                                self.release(it);
                            }
                            pc = arg as usize;
                        }
                    },
                    Op::YieldValue => {
                        let v = pop!(frame);
                        return Ok(Exit::Yield(v));
                    }
                    Op::GetYieldFromIter => {
                        let v = pop!(frame);
                        let it = self.yield_from_iter(fi, v)?;
                        self.frames[fi].values.push(it);
                    }
                    Op::YieldFrom => {
                        let sent = pop!(frame);
                        let it = top!(frame);
                        match self.send_to(&it, sent)? {
                            GenResult::Yielded(v) => {
                                self.frames[fi].pc -= 1;
                                return Ok(Exit::Yield(v));
                            }
                            GenResult::Returned(r) => {
                                let frame = &mut self.frames[fi];
                                frame.values.pop();
                                frame.values.push(r);
                            }
                        }
                    }
                    Op::RaiseVarargs => return Err(self.op_raise_varargs(fi, arg)),
                    Op::Reraise => {
                        let exc = pop!(frame);
                        if arg != 0 {
                            // The saved `lasti` only matters for the reported line, and the
                            // exception already carries its traceback entry for this frame; the
                            // handler search must start from this instruction, not the old one.
                            frame.values.pop();
                        }
                        return match exc {
                            Value::Instance(i) if i.exc.is_some() => Err(Raised {
                                err: PyErr::from_instance(i),
                                reraise: true,
                            }),
                            _ => Err(bad_bytecode("RERAISE of a non-exception").into()),
                        };
                    }
                    Op::PushExcInfo => {
                        let exc = pop!(frame);
                        let prev = std::mem::replace(&mut self.handled_exc, exc.clone());
                        let frame = &mut self.frames[fi];
                        frame.values.push(prev);
                        frame.values.push(exc);
                    }
                    Op::PopExcept => {
                        let prev = pop!(frame);
                        // Releasing the handled exception releases its traceback, and the
                        // frames' locals it kept: CPython finalizes those generators here.
                        self.handled_exc = prev;
                        self.finalize_dropped();
                    }
                    Op::CheckExcMatch => {
                        let ty = pop!(frame);
                        let exc = top!(frame);
                        let m = self.exception_matches(&exc, &ty)?;
                        self.frames[fi].values.push(Value::bool(m));
                    }
                    Op::CheckEgMatch => self.op_check_eg_match(fi)?,
                    Op::PrintExpr => {
                        let v = pop!(frame);
                        self.print_expr(v)?;
                    }
                    Op::PrepReraiseStar => self.op_prep_reraise_star(fi)?,
                    Op::BeforeWith => {
                        let mgr = pop!(frame);
                        let (exit, entered) = self.enter_context(&mgr)?;
                        let frame = &mut self.frames[fi];
                        frame.values.push(exit);
                        frame.values.push(entered);
                    }
                    Op::WithExceptStart => {
                        let r = self.op_with_except_start(fi)?;
                        self.frames[fi].values.push(r);
                    }
                    Op::ImportName => {
                        let m = self.op_import_name(fi, &code.names, arg)?;
                        self.frames[fi].values.push(m);
                    }
                    Op::ImportFrom => {
                        let module = top!(frame);
                        let name = code.names[arg as usize].clone();
                        let v = crate::import::import_from(self, &module, &name)?;
                        self.frames[fi].values.push(v);
                    }
                    Op::ImportStar => {
                        let module = pop!(frame);
                        let ns = frame
                            .namespace
                            .clone()
                            .unwrap_or_else(|| frame.globals.clone());
                        crate::import::import_star(self, &module, &ns)?;
                    }
                    Op::GetLen => self.op_get_len(fi)?,
                    Op::MatchMapping => self.op_match_mapping(fi),
                    Op::MatchSequence => self.op_match_sequence(fi),
                    Op::MatchKeys => self.op_match_keys(fi)?,
                    Op::MatchClass => self.op_match_class(fi, arg)?,
                    Op::CopyDictWithoutKeys => self.op_copy_dict_without_keys(fi)?,
                    Op::GetAwaitable => self.op_get_awaitable(fi, arg)?,
                    Op::GetAiter => self.op_get_aiter(fi)?,
                    Op::GetAnext => self.op_get_anext(fi)?,
                    Op::EndAsyncFor => self.op_end_async_for(fi)?,
                    Op::BeforeAsyncWith => self.op_before_async_with(fi)?,
                }
            }
        }
    }
}

impl Vm {
    /// Calls `callable` with the arguments the CALL arm popped into `args`; out of line,
    /// so that the loop's own code stays the same whatever is added here.
    ///
    /// A builtin called with its receiver or arguments, the common case (`len(x)`,
    /// `xs.append(x)`), is called directly: through `call_args`, its arguments were copied
    /// on the way in 16-byte pieces just after being written in 8-byte ones, a
    /// store-forwarding stall that was a fifth of `len(x)`'s time. A builtin with a
    /// positional entry (`FastFn`) reads the vector, which goes back to the pool.
    #[inline(never)]
    fn call_popped(&mut self, callable: &Value, args: Vec<Value>) -> PyResult<Value> {
        match callable {
            // What `call_args` would do for these is exactly this call: no receiver to add,
            // none missing, no error to reword, and `call_on_base` a plain call.
            Value::Builtin(b)
                if b.bound_self.is_none()
                    && !args.is_empty()
                    && !(b.on_base_value && super::subclass::needs_base_call(&args)) =>
            {
                match b.fast {
                    Some(fast) => {
                        let r = fast(self, &args);
                        self.recycle_vec(args);
                        r
                    }
                    None => (b.func)(self, Args::new(args)),
                }
            }
            _ => self.call_args(callable, Args::new(args)),
        }
    }
}

/// Moves the values from index `at` to the top of `stack` onto the end of `out`, in order.
/// (`out.extend(stack.drain(at..))` runs only a few instructions more, but measured 10%
/// slower on a `len(x)` loop and 5% on `xs.append(x)`, farm-bench A/B.)
#[inline]
fn move_top(stack: &mut Vec<Value>, at: usize, out: &mut Vec<Value>) {
    let n = stack.len().saturating_sub(at);
    let base = out.len();
    out.resize_with(base + n, || Value::Null);
    for k in (0..n).rev() {
        if let (Some(v), Some(slot)) = (stack.pop(), out.get_mut(base + k)) {
            // The slot holds Null, which owns nothing.
            std::mem::forget(std::mem::replace(slot, v));
        }
    }
}

fn split_top(stack: &mut Vec<Value>, n: usize) -> Vec<Value> {
    let at = stack.len().saturating_sub(n);
    stack.split_off(at)
}
