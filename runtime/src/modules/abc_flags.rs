//! `_abc`: the native part of tote's `abc` module (CPython's module of that name has a
//! different API, which code probing for it does not find here). A `collections.abc` class marks
//! itself as a sequence or a mapping (CPython's `Py_TPFLAGS_SEQUENCE` /
//! `Py_TPFLAGS_MAPPING`, which `match` patterns read) with an `__abc_tpflags__` class
//! attribute; `init_flags` moves it from the class dict to the class itself, as CPython's
//! `_abc._abc_init` does, and `register_flags` gives a registered class the flags of the
//! ABC it is registered with, and its subclasses too.

use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::{PyBuiltin, PyErr, PyModule, PyResult, PyType, Value};
use crate::vm::Vm;

/// The flag bits a class may carry (sequence, mapping).
const COLLECTION_FLAGS: i64 = (1 << 5) | (1 << 6);

pub fn init(_vm: &mut Vm, m: &Rc<PyModule>) -> PyResult<()> {
    m.set("init_flags", PyBuiltin::value("init_flags", init_flags));
    m.set(
        "register_flags",
        PyBuiltin::value("register_flags", register_flags),
    );
    Ok(())
}

fn class_arg(v: &Value, func: &str) -> PyResult<Rc<PyType>> {
    match v {
        Value::Type(t) => Ok(t.clone()),
        other => Err(PyErr::type_error(format!(
            "{}() argument must be a class, not {}",
            func,
            other.type_name()
        ))),
    }
}

/// `init_flags(cls)`: takes `__abc_tpflags__` out of the new ABC's dict into its flags.
fn init_flags(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("init_flags", 1, 1)?;
    let cls = class_arg(&a.pos[0], "init_flags")?;
    if let Some(flags) = cls.dict.del_str("__abc_tpflags__") {
        let Value::Int(f) = flags else {
            return Err(PyErr::type_error("__abc_tpflags__ must be an int"));
        };
        cls.collection_flags.set((f & COLLECTION_FLAGS) as u8);
    }
    Ok(Value::None)
}

/// `register_flags(abc, subclass)`: `subclass` and its subclasses take `abc`'s flags.
fn register_flags(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("register_flags", 2, 2)?;
    let abc = class_arg(&a.pos[0], "register_flags")?;
    let flags = abc.collection_flags();
    if flags != 0 {
        if let Value::Type(sub) = &a.pos[1] {
            set_flags_down(sub, flags);
        }
    }
    Ok(Value::None)
}

/// Gives `t` and its subclasses `flags`; a builtin type's never change, and a class that
/// already has them passes them on by inheritance.
fn set_flags_down(t: &Rc<PyType>, flags: u8) {
    if t.builtin || t.collection_flags() == flags {
        return;
    }
    t.collection_flags.set(flags);
    let subs = t.live_subclasses();
    for s in &subs {
        set_flags_down(s, flags);
    }
}
