//! Traceback objects (`exc.__traceback__`, `sys.exc_info()[2]`, the `tb` of `__exit__`):
//! one per entry an exception collected while it unwound, each with `tb_frame`,
//! `tb_lineno`, `tb_lasti` and `tb_next`, the outermost first. An entry's object is made
//! the first time it is asked for and kept on the entry, so every access gives the same
//! objects, and an entry added later (the exception unwinding further, or raised again)
//! gets an object whose `tb_next` is the one made before — CPython's chain.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::exception::TbEntry;
use crate::objects::function::{Args, NativeFn, PyCode};
use crate::objects::typeobj::Layout;
use crate::objects::OrNone;
use crate::objects::{types, PyErr, PyInstance, PyResult, PyType, Value};

use super::Vm;

thread_local! {
    static TRACEBACK_TYPE: Rc<PyType> = make_traceback_type();
}

/// The class of traceback objects (`types.TracebackType`).
pub fn traceback_type() -> Rc<PyType> {
    TRACEBACK_TYPE.with(|t| t.clone())
}

/// The Rust state of a traceback object.
struct TbObject {
    code: Rc<PyCode>,
    pc: usize,
    frame: Value,
    next: RefCell<Value>,
    /// The line given to `TracebackType(...)`; None to take the line of `pc`.
    line: Option<u32>,
}

impl TbObject {
    fn lineno(&self) -> u32 {
        self.line.unwrap_or_else(|| self.code.code.line_of(self.pc))
    }
}

/// Visits what a traceback object's state refers to; false if `native` is not one.
pub(super) fn trace_state(native: &dyn std::any::Any, visit: &mut dyn FnMut(&Value)) -> bool {
    let Some(tb) = native.downcast_ref::<TbObject>() else {
        return false;
    };
    visit(&tb.frame);
    if let Ok(next) = tb.next.try_borrow() {
        visit(&next);
    }
    true
}

fn make_traceback_type() -> Rc<PyType> {
    let ty = PyType::new_builtin("traceback", vec![types().object.clone()], Layout::Object);
    ty.ctor.set(Some(new_traceback));
    let getters: &[(&'static str, NativeFn)] = &[
        ("tb_frame", |_, a| with_tb(&a, |tb| tb.frame.clone())),
        ("tb_lineno", |_, a| {
            with_tb(&a, |tb| Value::Int(tb.lineno() as i64))
        }),
        ("tb_lasti", |_, a| {
            with_tb(&a, |tb| Value::Int(tb.pc as i64 * 2))
        }),
        ("tb_next", |_, a| with_tb(&a, |tb| tb.next.borrow().clone())),
    ];
    // `getters` is tb_frame, tb_lineno, tb_lasti, tb_next: `tb_frame` and `tb_lasti` are
    // CPython member slots, the others computed attributes.
    crate::vm::native_attrs::add_getters(&ty, true, &[getters[0], getters[2]]);
    crate::vm::native_attrs::add_getters(&ty, false, &getters[1..2]);
    // `tb_next` may be replaced, not deleted.
    crate::vm::native_attrs::add_writable(
        &ty,
        false,
        &[("tb_next", getters[3].1, |vm, tb, v| match v {
            Some(v) => set_tb_next(vm, Args::new(vec![tb.clone(), v])).map(drop),
            None => Err(PyErr::type_error("can't delete tb_next attribute")),
        })],
    );
    ty
}

/// `TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`: a traceback entry for the
/// frame object `tb_frame` at instruction offset `tb_lasti`, shown at line `tb_lineno`.
fn new_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = crate::modules::params::Params {
        func: "TracebackType",
        names: &["tb_next", "tb_frame", "tb_lasti", "tb_lineno"],
        required: 4,
        positional: 4,
    }
    .bind(Args {
        pos: args.pos.get(1..).unwrap_or_default().to_vec(),
        kw: args.kw,
    })?;
    let [next, frame, lasti, lineno] = &slots[..] else {
        return Err(PyErr::type_error("TracebackType() takes 4 arguments"));
    };
    let (next, frame) = (next.clone().or_none(), frame.clone().or_none());
    if !next.is_none() && tb_state(&next).is_none() {
        return Err(PyErr::type_error(format!(
            "expected traceback object or None, got '{}'",
            next.type_name()
        )));
    }
    let Some(code) = super::frame_objects::frame_code(&frame) else {
        return Err(PyErr::type_error(format!(
            "TracebackType() argument 'tb_frame' must be frame, not {}",
            frame.type_name()
        )));
    };
    let lasti = crate::modules::params::index_int(vm, &lasti.clone().or_none())?;
    let lineno = crate::modules::params::index_int(vm, &lineno.clone().or_none())?;
    let state = TbObject {
        code,
        pc: usize::try_from(lasti / 2).unwrap_or(0),
        frame,
        next: RefCell::new(next),
        line: Some(u32::try_from(lineno).unwrap_or(0)),
    };
    Ok(Value::Instance(PyInstance::with_native(
        traceback_type(),
        Box::new(state),
    )))
}

fn with_tb(a: &Args, f: impl FnOnce(&TbObject) -> Value) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Instance(i)) => match i.native::<TbObject>() {
            Some(tb) => Ok(f(tb)),
            None => Err(not_a_traceback(&a.pos[0])),
        },
        Some(other) => Err(not_a_traceback(other)),
        None => Err(PyErr::type_error("descriptor needs a traceback object")),
    }
}

fn not_a_traceback(v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "descriptor for 'traceback' objects doesn't apply to a '{}' object",
        v.type_name()
    ))
}

/// The state of a traceback object, if `v` is one.
fn tb_state(v: &Value) -> Option<&TbObject> {
    match v {
        Value::Instance(i) => i.native::<TbObject>(),
        _ => None,
    }
}

/// `tb.tb_next = other`: None or a traceback that does not lead back to `tb`.
fn set_tb_next(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (Some(me), Some(new)) = (a.pos.first(), a.pos.get(1)) else {
        return Err(PyErr::type_error("can't delete tb_next attribute"));
    };
    let Some(state) = tb_state(me) else {
        return Err(not_a_traceback(me));
    };
    if !new.is_none() && tb_state(new).is_none() {
        return Err(PyErr::type_error(format!(
            "expected traceback object, got '{}'",
            new.type_name()
        )));
    }
    let mut cursor = new.clone();
    while let Some(tb) = tb_state(&cursor) {
        if cursor.is(me) {
            return Err(PyErr::value_error("traceback loop detected"));
        }
        let next = tb.next.borrow().clone();
        cursor = next;
    }
    *state.next.borrow_mut() = new.clone();
    Ok(Value::None)
}

impl Vm {
    /// The traceback object of an exception: its outermost entry's, None without entries.
    pub fn traceback_value(&self, exc: &Value) -> Value {
        let Value::Instance(i) = exc else {
            return Value::None;
        };
        let Some(d) = &i.exc else { return Value::None };
        let mut d = d.borrow_mut();
        let mut next = Value::None;
        for e in d.traceback.iter_mut() {
            let tb = match &e.object {
                Some(tb) => tb.clone(),
                None => {
                    let state = TbObject {
                        code: e.code.clone(),
                        pc: e.pc,
                        frame: e.frame.clone().or_none(),
                        next: RefCell::new(next),
                        line: e.line,
                    };
                    let tb =
                        Value::Instance(PyInstance::with_native(traceback_type(), Box::new(state)));
                    e.object = Some(tb.clone());
                    tb
                }
            };
            next = tb;
        }
        next
    }
}

/// The entries of the chain that starts at traceback object `tb`, innermost first, each
/// keeping its object: what an exception given this traceback (`with_traceback`,
/// `__traceback__ = tb`) carries. None if `tb` is not a traceback object.
pub fn traceback_entries(tb: &Value) -> Option<Vec<TbEntry>> {
    let mut entries = Vec::new();
    let mut cursor = tb.clone();
    while !cursor.is_none() {
        let state = tb_state(&cursor)?;
        let next = state.next.borrow().clone();
        entries.push(TbEntry {
            code: state.code.clone(),
            pc: state.pc,
            frame: Some(state.frame.clone()),
            line: state.line,
            object: Some(cursor),
        });
        cursor = next;
    }
    entries.reverse();
    Some(entries)
}
