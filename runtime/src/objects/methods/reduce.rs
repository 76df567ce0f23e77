//! The pickling-protocol methods every object has: `object.__reduce_ex__` /
//! `object.__reduce__` (the protocol-2 reduction `(copyreg.__newobj__, (cls,),
//! obj.__getstate__(), None, None)`), `object.__getstate__`, `object.__sizeof__`, and `__getnewargs__` of `str`, `bytes` and
//! `tuple` (int's, float's and complex's live with their number methods).

use std::rc::Rc;

use super::add_methods;
use crate::objects::function::{Args, BuiltinHome};
use crate::objects::{types, PyBuiltin, PyErr, PyResult, Value};
use crate::vm::Vm;

/// `copyreg.__newobj__(cls, *args)`: `cls.__new__(cls, *args)`.
fn newobj(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(cls) = a.pos.first().cloned() else {
        return Err(PyErr::type_error(
            "__newobj__() missing 1 required positional argument: 'cls'",
        ));
    };
    let new = vm.get_attr(&cls, &crate::objects::PyStr::intern("__new__"))?;
    vm.call_args(&new, a)
}

/// `object.__getstate__()`: the instance dict (None when empty), paired with a dict of
/// the `__slots__` that hold a value when there are any.
fn object_getstate(a: &Args) -> PyResult<Value> {
    let Some(obj) = a.pos.first() else {
        return Err(super::wrong_receiver(
            "__getstate__",
            "object",
            &Value::Null,
        ));
    };
    let Value::Instance(i) = obj else {
        return Ok(Value::None);
    };
    let class = i.class();
    let dict_state = if class.instance_dict.get() && !i.has_no_attrs() {
        Value::Dict(i.dict())
    } else {
        Value::None
    };
    // Slots are listed class by class along the MRO, the subclass's own first; each class's
    // slot names extend its base's, so its own are the part beyond the next class's.
    let names = class.slot_names.borrow();
    let values = i.slots.borrow();
    let lens: Vec<usize> = class
        .mro
        .borrow()
        .iter()
        .map(|c| c.slot_names.borrow().len())
        .collect();
    let slots = crate::objects::PyDict::new();
    for (k, &len) in lens.iter().enumerate() {
        let from = lens.get(k + 1).copied().unwrap_or(0).min(len);
        for idx in from..len {
            if let (Some(name), Some(v)) = (names.get(idx), values.get(idx)) {
                if !v.is_null() {
                    slots.set_str_key(name.clone(), v.clone());
                }
            }
        }
    }
    Ok(if slots.len() == 0 {
        dict_state
    } else {
        Value::tuple(vec![dict_state, Value::dict(slots)])
    })
}

/// The reduction of an object without its own `__reduce__`: its class, called through
/// `__newobj__`, and what its `__getstate__` (the class's own, if it has one) returns as
/// the state.
fn object_reduce(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let obj = super::receiver(a);
    // The class, then what `__getnewargs__` gives (a bytes or tuple subclass's value).
    let mut args = vec![Value::Type(obj.type_of())];
    if obj.type_of().lookup("__getnewargs__").is_some() {
        match vm.call_method(&obj, "__getnewargs__", Vec::new())? {
            Value::Tuple(t) => args.extend(t.items.iter().cloned()),
            other => {
                return Err(PyErr::type_error(format!(
                    "__getnewargs__ should return a tuple, not '{}'",
                    other.type_name()
                )))
            }
        }
    }
    let state = vm.call_method(&obj, "__getstate__", Vec::new())?;
    let func = PyBuiltin::new("__newobj__", newobj);
    let _ = func.home.set(BuiltinHome::Module(Rc::from("copyreg")));
    Ok(Value::tuple(vec![
        Value::Builtin(Rc::new(func)),
        Value::tuple(args),
        state,
        Value::None,
        Value::None,
    ]))
}

/// `(value,)` when the receiver is a `want`, for `__getnewargs__`.
fn getnewargs(a: &Args, want: &str, ok: bool) -> PyResult<Value> {
    let me = super::receiver_to_check(a);
    if !ok {
        return Err(super::wrong_receiver("__getnewargs__", want, &me));
    }
    super::method_args::no_args(a, want, "__getnewargs__")?;
    Ok(Value::tuple(vec![me]))
}

pub fn register() {
    let t = types();
    add_methods(
        &t.object,
        &[
            ("__reduce_ex__", |vm, a| {
                if a.pos.len() != 2 || !a.kw.is_empty() {
                    super::method_args::one_arg(&a, "object", "__reduce_ex__")?;
                }
                // The protocol is an int (only its being one is checked here).
                super::method_args::int_arg(vm, &a.pos[1])?;
                // A class's own `__reduce__` is what `__reduce_ex__` defers to.
                let obj = super::receiver(&a);
                if let Some(own) = obj.type_of().lookup("__reduce__") {
                    let inherited = match (&own, types().object.dict.get_str("__reduce__")) {
                        (Value::Builtin(a), Some(Value::Builtin(b))) => Rc::ptr_eq(a, &b),
                        _ => false,
                    };
                    if !inherited {
                        return vm.call_special(&own, vec![obj]);
                    }
                }
                object_reduce(vm, &a)
            }),
            ("__reduce__", |vm, a| {
                super::method_args::no_args(&a, "object", "__reduce__")?;
                object_reduce(vm, &a)
            }),
            ("__getstate__", |_, a| {
                super::method_args::no_args(&a, "object", "__getstate__")?;
                object_getstate(&a)
            }),
            ("__sizeof__", |_, a| {
                super::method_args::no_args(&a, "object", "__sizeof__")?;
                let words = match super::receiver(&a) {
                    Value::Instance(i) => 2 + i.slots.borrow().len(),
                    _ => 2,
                };
                Ok(Value::Int(8 * words as i64))
            }),
        ],
    );
    add_methods(
        &t.str,
        &[("__getnewargs__", |_, a| {
            let ok = matches!(super::receiver_to_check(&a), Value::Str(_));
            getnewargs(&a, "str", ok)
        })],
    );
    add_methods(
        &t.bytes,
        &[("__getnewargs__", |_, a| {
            let ok = matches!(super::receiver_to_check(&a), Value::Bytes(_));
            getnewargs(&a, "bytes", ok)
        })],
    );
    add_methods(
        &t.tuple,
        &[("__getnewargs__", |_, a| {
            let ok = matches!(super::receiver_to_check(&a), Value::Tuple(_));
            getnewargs(&a, "tuple", ok)
        })],
    );
}
