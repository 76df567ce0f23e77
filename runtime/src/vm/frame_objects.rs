//! Frame objects as Python sees them (`sys._getframe()`, `gen.gi_frame`, `tb.tb_frame`).
//!
//! A frame object is made on first demand for one activation (`Frame::obj` keeps it, so
//! asking twice gives the same object) and follows that activation while it lives: while
//! the frame is on the VM's stack or suspended in a generator, `f_lineno`, `f_locals` and
//! `f_back` are read from it at the moment they are asked for. When the frame ends, the
//! frame object (if anyone besides the frame still holds it — a traceback, a variable) takes
//! over what it had: its last position, its locals and its caller's frame object, as
//! CPython's frame objects do. So a traceback keeps the locals of the frames it passed
//! through alive, and they are released with it.
//!
//! Making a frame object costs nothing to a frame that never asks for one: the only work on
//! the call path is the check for `Frame::obj` when a frame ends (`Vm::pop_frame`).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::objects::function::{Args, PyCode};
use crate::objects::methods::add_methods;
use crate::objects::typeobj::Layout;
use crate::objects::{types, PyCell, PyDict, PyErr, PyInstance, PyResult, PyType, Value};

use super::generator::PyGenerator;
use super::{Frame, Vm};
use crate::modules::builtins_exec::{locals_dict_of, sync_locals_dict};

thread_local! {
    static FRAME_TYPE: Rc<PyType> = make_frame_type();
}

/// The class of frame objects (`types.FrameType`).
pub fn frame_type() -> Rc<PyType> {
    FRAME_TYPE.with(|t| t.clone())
}

fn make_frame_type() -> Rc<PyType> {
    let ty = PyType::new_builtin("frame", vec![types().object.clone()], Layout::Object);
    let getters: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("f_code", |vm, a| {
            with_frame(vm, &a, |_, _, st| Value::Code(st.code.clone()))
        }),
        ("f_globals", |vm, a| {
            with_frame(vm, &a, |_, _, st| Value::Dict(st.globals.clone()))
        }),
        ("f_builtins", |vm, a| {
            with_frame(vm, &a, |vm, _, st| {
                Value::Dict(
                    st.code
                        .builtins
                        .clone()
                        .unwrap_or_else(|| vm.builtins.clone()),
                )
            })
        }),
        ("f_lineno", |vm, a| {
            with_frame(vm, &a, |vm, me, st| {
                Value::Int(line_at(&st.code, vm.frame_position(me, st)) as i64)
            })
        }),
        ("f_lasti", |vm, a| {
            with_frame(vm, &a, |vm, me, st| {
                Value::Int(vm.frame_position(me, st).saturating_sub(1) as i64 * 2)
            })
        }),
        ("f_locals", |vm, a| {
            with_frame(vm, &a, |vm, me, st| vm.frame_object_locals(me, st))
        }),
        ("f_back", |vm, a| {
            with_frame(vm, &a, |vm, me, st| vm.frame_back(me, st))
        }),
        ("f_trace", |vm, a| with_frame(vm, &a, |_, _, _| Value::None)),
        ("f_trace_lines", |vm, a| {
            with_frame(vm, &a, |_, _, _| Value::bool(true))
        }),
        ("f_trace_opcodes", |vm, a| {
            with_frame(vm, &a, |_, _, _| Value::bool(false))
        }),
    ];
    // `f_trace_lines` and `f_trace_opcodes` are CPython member slots.
    let (getsets, members) = getters.split_at(getters.len() - 2);
    super::native_attrs::add_getters(&ty, false, getsets);
    super::native_attrs::add_getters(&ty, true, members);
    add_methods(&ty, &[("clear", frame_clear)]);
    ty
}

/// The Rust state of a frame object.
pub struct FrameObject {
    /// What the frame runs, and its globals: fixed for an activation.
    code: Rc<PyCode>,
    globals: Rc<PyDict>,
    life: RefCell<Life>,
}

enum Life {
    /// The frame is running on the VM's stack (found there by its `obj`), or suspended in
    /// the generator named here.
    Live { gen: Option<Weak<PyGenerator>> },
    /// The frame has ended: what it had then.
    Ended(Box<Ended>),
}

struct Ended {
    pc: usize,
    /// Its fast locals and cells, or its namespace (module and class bodies); None once
    /// `clear()`ed, or when it returned normally.
    slots: Option<(Vec<Value>, Vec<Rc<PyCell>>)>,
    namespace: Option<Rc<PyDict>>,
    /// Its `locals()` dict (`f_locals`), kept up to date with `slots`.
    locals_dict: Rc<PyDict>,
    back: Value,
}

/// Visits what a frame object's state refers to; false if `native` is not one.
pub(super) fn trace_state(native: &dyn std::any::Any, visit: &mut dyn FnMut(&Value)) -> bool {
    let Some(fo) = native.downcast_ref::<FrameObject>() else {
        return false;
    };
    visit(&Value::Dict(fo.globals.clone()));
    if let Ok(life) = fo.life.try_borrow() {
        if let Life::Ended(ended) = &*life {
            if let Some((values, cells)) = &ended.slots {
                values.iter().for_each(|v| visit(v));
                cells.iter().for_each(|c| visit(&Value::Cell(c.clone())));
            }
            if let Some(ns) = &ended.namespace {
                visit(&Value::Dict(ns.clone()));
            }
            visit(&Value::Dict(ended.locals_dict.clone()));
            visit(&ended.back);
        }
    }
    true
}

/// Where a live frame is now.
enum Place {
    Stack(usize),
    Suspended(Rc<PyGenerator>),
    /// Discarded without ending (an unstarted generator closed or dropped).
    Gone,
}

/// Runs `f` on the receiver of a frame getter and its state.
/// The code a frame object runs, if `v` is one.
pub fn frame_code(v: &Value) -> Option<Rc<PyCode>> {
    match v {
        Value::Instance(i) => i.native::<FrameObject>().map(|f| f.code.clone()),
        _ => None,
    }
}

fn with_frame(
    vm: &mut Vm,
    a: &Args,
    f: impl FnOnce(&mut Vm, &Rc<PyInstance>, &FrameObject) -> Value,
) -> PyResult<Value> {
    let me = match a.pos.first() {
        Some(Value::Instance(i)) => i.clone(),
        Some(other) => return Err(not_a_frame(other)),
        None => return Err(PyErr::type_error("descriptor needs a frame object")),
    };
    match me.native::<FrameObject>() {
        Some(state) => Ok(f(vm, &me, state)),
        None => Err(not_a_frame(&Value::Instance(me.clone()))),
    }
}

fn not_a_frame(v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "descriptor for 'frame' objects doesn't apply to a '{}' object",
        v.type_name()
    ))
}

/// The line of instruction `pc - 1`; the first line for a frame that has not started.
fn line_at(code: &PyCode, pc: usize) -> u32 {
    if pc == 0 {
        code.code.first_line
    } else {
        code.code.line_of(pc - 1)
    }
}

impl Vm {
    /// The frame object of `self.frames[index]`, made if it has none yet.
    pub fn frame_object_at(&mut self, index: usize) -> Value {
        match self.frames.get_mut(index) {
            Some(frame) => Value::Instance(frame_object_of(frame, None)),
            None => Value::None,
        }
    }

    /// Where the live frame of `me` is now, if it is live.
    fn frame_place(&self, me: &Rc<PyInstance>, state: &FrameObject) -> Option<Place> {
        let gen = match &*state.life.borrow() {
            Life::Ended(_) => return None,
            Life::Live { gen } => gen.clone(),
        };
        let held = |f: &Frame| f.obj.as_ref().is_some_and(|o| Rc::ptr_eq(o, me));
        if let Some(i) = self.frames.iter().rposition(held) {
            return Some(Place::Stack(i));
        }
        match gen.and_then(|g| g.upgrade()) {
            Some(g) if g.frame.borrow().as_ref().is_some_and(held) => Some(Place::Suspended(g)),
            _ => Some(Place::Gone),
        }
    }

    /// The position of the frame: its next instruction.
    fn frame_position(&self, me: &Rc<PyInstance>, state: &FrameObject) -> usize {
        match self.frame_place(me, state) {
            Some(Place::Stack(i)) => self.frames[i].pc,
            Some(Place::Suspended(g)) => g.frame.borrow().as_ref().map_or(0, |f| f.pc),
            Some(Place::Gone) => 0,
            None => match &*state.life.borrow() {
                Life::Ended(e) => e.pc,
                Life::Live { .. } => 0,
            },
        }
    }

    /// `f_locals`: the frame's `locals()` dict (or namespace), up to date.
    fn frame_object_locals(&mut self, me: &Rc<PyInstance>, state: &FrameObject) -> Value {
        let dict = match self.frame_place(me, state) {
            Some(Place::Stack(i)) => self.frame_locals(i),
            Some(Place::Suspended(g)) => g.frame.borrow_mut().as_mut().map(locals_dict_of),
            Some(Place::Gone) => None,
            None => match &*state.life.borrow() {
                Life::Ended(e) => Some(match (&e.namespace, &e.slots) {
                    (Some(ns), _) => ns.clone(),
                    (None, Some((locals, cells))) => {
                        sync_locals_dict(&e.locals_dict, &state.code, locals, cells);
                        e.locals_dict.clone()
                    }
                    (None, None) => e.locals_dict.clone(),
                }),
                Life::Live { .. } => None,
            },
        };
        Value::Dict(dict.unwrap_or_else(|| PyDict::new_tracked()))
    }

    fn frame_back(&mut self, me: &Rc<PyInstance>, state: &FrameObject) -> Value {
        match self.frame_place(me, state) {
            Some(Place::Stack(0)) | Some(Place::Suspended(_)) | Some(Place::Gone) => Value::None,
            Some(Place::Stack(i)) => self.frame_object_at(i - 1),
            None => match &*state.life.borrow() {
                Life::Ended(e) => e.back.clone(),
                Life::Live { .. } => Value::None,
            },
        }
    }

    /// A frame dropped without running to its end (an unstarted generator closed): its
    /// frame object, if any, ends where the frame stands.
    pub(crate) fn discard_frame(&mut self, mut frame: Frame) {
        if let Some(obj) = frame.obj.take() {
            self.end_frame_object(obj, &mut frame, None);
        }
    }

    /// Called as `frame` ends (it has just left `self.frames`): a frame object someone
    /// else still holds takes over its position and caller, and — when the frame ends
    /// because `raising` leaves it — its locals, which the traceback then keeps alive as
    /// CPython's does (a generator in them is finalised once the exception is released).
    ///
    /// Without a cycle collector, what the frame object keeps must not lead back to it: a
    /// frame that returns normally keeps no locals (its frame object is typically held by
    /// the traceback of an exception it caught, which a local may still hold), and the
    /// locals of a raising frame that are the exception itself, or one it was raised while
    /// handling, are left out.
    pub(crate) fn end_frame_object(
        &mut self,
        obj: Rc<PyInstance>,
        frame: &mut Frame,
        raising: Option<&PyErr>,
    ) {
        if Rc::strong_count(&obj) == 1 {
            return;
        }
        let Some(state) = obj.native::<FrameObject>() else {
            return;
        };
        // A generator's frame has no caller once it is over; any other frame keeps the
        // one it returned to.
        let back = if frame.code.code.is_generator() {
            Value::None
        } else {
            match self.frames.len() {
                0 => Value::None,
                n => self.frame_object_at(n - 1),
            }
        };
        let slots = raising.map(|err| {
            let chain = exception_chain(err);
            let in_chain = |v: &Value| chain.iter().any(|e| v.is(e));
            let nlocals = frame.code.nlocals;
            let mut locals = std::mem::take(&mut frame.values);
            locals.truncate(nlocals);
            for v in locals.iter_mut() {
                if in_chain(v) {
                    *v = Value::Null;
                }
            }
            let cells = std::mem::take(&mut frame.cells)
                .iter()
                .map(|c| {
                    if in_chain(&c.get()) {
                        PyCell::new(Value::Null)
                    } else {
                        c.clone()
                    }
                })
                .collect();
            (locals, cells)
        });
        // A raising frame keeps its `locals()` dict (brought up to date from the slots on
        // access); one that returned keeps nothing of its locals.
        let locals_dict = match (&slots, frame.locals_dict.take()) {
            (Some(_), Some(d)) => d,
            _ => PyDict::new_tracked(),
        };
        *state.life.borrow_mut() = Life::Ended(Box::new(Ended {
            pc: frame.pc,
            slots,
            namespace: frame.namespace.clone(),
            locals_dict,
            back,
        }));
    }
}

/// The exception and those it was raised from or while handling.
fn exception_chain(err: &PyErr) -> Vec<Value> {
    let mut chain = vec![err.value()];
    let mut i = 0;
    while i < chain.len() && chain.len() < 64 {
        let linked: Vec<Value> = match &chain[i] {
            Value::Instance(inst) => match &inst.exc {
                Some(d) => {
                    let d = d.borrow();
                    [&d.cause, &d.context]
                        .into_iter()
                        .flatten()
                        .cloned()
                        .collect()
                }
                None => Vec::new(),
            },
            _ => Vec::new(),
        };
        for v in linked {
            if !chain.iter().any(|c| c.is(&v)) {
                chain.push(v);
            }
        }
        i += 1;
    }
    chain
}

/// The frame object of `frame`, made if it has none yet; `gen` is the generator that owns
/// it, when it is a generator's frame.
pub fn frame_object_of(frame: &mut Frame, gen: Option<&Rc<PyGenerator>>) -> Rc<PyInstance> {
    if let Some(obj) = &frame.obj {
        if let (Some(g), Some(state)) = (gen, obj.native::<FrameObject>()) {
            note_owner(state, g);
        }
        return obj.clone();
    }
    let state = FrameObject {
        code: frame.code.clone(),
        globals: frame.globals.clone(),
        life: RefCell::new(Life::Live {
            gen: gen.map(Rc::downgrade),
        }),
    };
    let obj = PyInstance::with_native(frame_type(), Box::new(state));
    frame.obj = Some(obj.clone());
    obj
}

/// Tells a live frame object which generator its frame is suspended in.
pub fn note_generator(frame: &Frame, gen: &Rc<PyGenerator>) {
    if let Some(state) = frame.obj.as_ref().and_then(|o| o.native::<FrameObject>()) {
        note_owner(state, gen);
    }
}

fn note_owner(state: &FrameObject, gen: &Rc<PyGenerator>) {
    if let Life::Live { gen: slot } = &mut *state.life.borrow_mut() {
        *slot = Some(Rc::downgrade(gen));
    }
}

/// `frame.clear()`: drops the locals of an ended frame; a running frame refuses, and a
/// suspended generator's frame closes its generator.
fn frame_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("clear", 1, 1)?;
    let me = match a.pos.first() {
        Some(Value::Instance(i)) => i.clone(),
        Some(other) => return Err(not_a_frame(other)),
        None => return Err(PyErr::type_error("descriptor needs a frame object")),
    };
    let Some(state) = me.native::<FrameObject>() else {
        return Err(not_a_frame(&Value::Instance(me.clone())));
    };
    match vm.frame_place(&me, state) {
        Some(Place::Stack(_)) => Err(PyErr::runtime_error("cannot clear an executing frame")),
        Some(Place::Suspended(g)) => {
            if g.running.get() {
                return Err(PyErr::runtime_error("cannot clear an executing frame"));
            }
            vm.generator_close(&g)?;
            Ok(Value::None)
        }
        Some(Place::Gone) => Ok(Value::None),
        None => {
            let slots = match &mut *state.life.borrow_mut() {
                Life::Ended(e) => e.slots.take(),
                Life::Live { .. } => None,
            };
            drop(slots);
            if let Life::Ended(e) = &*state.life.borrow() {
                e.locals_dict.clear();
            }
            Ok(Value::None)
        }
    }
}

/// `sys._getframe([depth])`: the caller's frame, or the one `depth` calls below it.
pub fn sys_getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("_getframe", 0, 1)?;
    let depth = match args.pos.first() {
        None => 0,
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    let len = vm.frames.len() as i64;
    // CPython treats a negative depth as 0.
    let depth = depth.max(0);
    if depth >= len {
        return Err(PyErr::value_error("call stack is not deep enough"));
    }
    Ok(vm.frame_object_at((len - 1 - depth) as usize))
}
