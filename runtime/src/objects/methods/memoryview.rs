//! Methods and attributes of `memoryview` (one-dimensional, format `'B'`): `tobytes`,
//! `tolist`, `hex`, `release`, `toreadonly`, `cast('B')`, the context-manager protocol,
//! the read-only attributes (`readonly`, `nbytes`, `format`, `itemsize`, `obj`, `ndim`,
//! `shape`, `strides`, the `contiguous` flags), and indexing, slicing and item
//! assignment through the view.

use std::rc::Rc;

use super::add_methods;
use super::bytes::hex_method;
use super::method_args::is_index;
use crate::objects::bytes::{bytes_value, expect_buffer};
use crate::objects::function::{Args, Descriptor};
use crate::objects::memoryview::PyMemoryView;
use crate::objects::{types, PyBuiltin, PyErr, PyResult, Value};
use crate::vm::ops::seq_index;
use crate::vm::Vm;

fn this(a: &Args, method: &str) -> PyResult<Rc<PyMemoryView>> {
    match a.pos.first() {
        Some(Value::MemoryView(m)) => Ok(m.clone()),
        Some(other) => Err(super::wrong_receiver(method, "memoryview", other)),
        None => Err(super::wrong_receiver(method, "memoryview", &Value::Null)),
    }
}

/// `this`, refusing a released view.
fn live(a: &Args, method: &str) -> PyResult<Rc<PyMemoryView>> {
    let m = this(a, method)?;
    m.check()?;
    Ok(m)
}

fn no_args(a: &Args, method: &str) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "memoryview.{}() takes no keyword arguments",
            method
        )));
    }
    let n = a.pos.len().saturating_sub(1);
    if n != 0 {
        return Err(PyErr::type_error(format!(
            "memoryview.{}() takes no arguments ({} given)",
            method, n
        )));
    }
    Ok(())
}

fn view_value(m: PyMemoryView) -> Value {
    Value::MemoryView(Rc::new(m))
}

fn tobytes(_: &mut Vm, mut a: Args) -> PyResult<Value> {
    let m = live(&a, "tobytes")?;
    let order = a.take_kw("order").or_else(|| a.pos.get(1).cloned());
    match order {
        None | Some(Value::None) => {}
        Some(Value::Str(s)) if matches!(s.as_str(), "C" | "F" | "A") => {}
        Some(Value::Str(_)) => {
            return Err(PyErr::value_error("order must be 'C', 'F' or 'A'"));
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "tobytes() argument 'order' must be str or None, not {}",
                other.type_name()
            )))
        }
    }
    Ok(bytes_value(m.to_vec()?))
}

fn cast(_: &mut Vm, a: Args) -> PyResult<Value> {
    let m = live(&a, "cast")?;
    match a.pos.get(1) {
        Some(Value::Str(f)) if matches!(f.as_str(), "B" | "@B") => {
            Ok(view_value(m.slice(0, 1, m.len())?))
        }
        Some(Value::Str(_)) => Err(PyErr::not_implemented(
            "memoryview: only the format 'B' is supported",
        )),
        Some(other) => Err(PyErr::type_error(format!(
            "cast() argument 'format' must be str, not {}",
            other.type_name()
        ))),
        None => Err(PyErr::type_error(
            "cast() missing required argument 'format' (pos 1)",
        )),
    }
}

pub fn register() {
    let ty = &types().memoryview;
    add_methods(
        ty,
        &[
            ("tobytes", tobytes),
            ("tolist", |_, a| {
                let m = live(&a, "tolist")?;
                no_args(&a, "tolist")?;
                Ok(Value::list(
                    m.to_vec()?
                        .into_iter()
                        .map(|b| Value::Int(b as i64))
                        .collect(),
                ))
            }),
            ("hex", |vm, a| {
                let m = live(&a, "hex")?;
                let d = m.to_vec()?;
                hex_method(vm, a, &d)
            }),
            ("release", |_, a| {
                let m = this(&a, "release")?;
                no_args(&a, "release")?;
                m.release();
                Ok(Value::None)
            }),
            ("toreadonly", |_, a| {
                let m = live(&a, "toreadonly")?;
                no_args(&a, "toreadonly")?;
                Ok(view_value(m.to_readonly()?))
            }),
            ("cast", cast),
            ("__enter__", |_, a| {
                live(&a, "__enter__")?;
                Ok(a.pos[0].clone())
            }),
            ("__exit__", |_, a| {
                this(&a, "__exit__")?.release();
                Ok(Value::None)
            }),
            ("__len__", |_, a| {
                Ok(Value::from(live(&a, "__len__")?.len()))
            }),
            ("__getitem__", |vm, a| {
                let m = this(&a, "__getitem__")?;
                let key = a.pos.get(1).cloned().unwrap_or(Value::None);
                get_item(vm, &m, &key)
            }),
            ("__setitem__", |vm, a| {
                let m = this(&a, "__setitem__")?;
                let key = a.pos.get(1).cloned().unwrap_or(Value::None);
                let value = a.pos.get(2).cloned().unwrap_or(Value::None);
                set_item(vm, &m, &key, Some(&value))?;
                Ok(Value::None)
            }),
        ],
    );
    // Read-only attributes are properties whose getter refuses a released view.
    let attrs: [(&'static str, crate::objects::function::NativeFn); 11] = [
        ("readonly", |_, a| {
            Ok(Value::Bool(live(&a, "readonly")?.readonly))
        }),
        ("nbytes", |_, a| Ok(Value::from(live(&a, "nbytes")?.len()))),
        ("format", |_, a| {
            live(&a, "format")?;
            Ok(Value::str("B"))
        }),
        ("itemsize", |_, a| {
            live(&a, "itemsize")?;
            Ok(Value::Int(1))
        }),
        ("obj", |_, a| Ok(live(&a, "obj")?.source.clone())),
        ("ndim", |_, a| {
            live(&a, "ndim")?;
            Ok(Value::Int(1))
        }),
        ("shape", |_, a| {
            Ok(Value::tuple(vec![Value::from(live(&a, "shape")?.len())]))
        }),
        ("strides", |_, a| {
            live(&a, "strides")?;
            Ok(Value::tuple(vec![Value::Int(1)]))
        }),
        ("contiguous", |_, a| {
            live(&a, "contiguous")?;
            Ok(Value::Bool(true))
        }),
        ("c_contiguous", |_, a| {
            live(&a, "c_contiguous")?;
            Ok(Value::Bool(true))
        }),
        ("f_contiguous", |_, a| {
            live(&a, "f_contiguous")?;
            Ok(Value::Bool(true))
        }),
    ];
    for (name, getter) in attrs {
        ty.dict
            .set_str(name, Descriptor::getter(PyBuiltin::value(name, getter)));
    }
}

/// Position of item `key` of the view, or CPython's IndexError.
fn item_position(vm: &mut Vm, m: &PyMemoryView, key: &Value) -> PyResult<usize> {
    let i = vm.index_of(key, "memoryview")?;
    seq_index(i, m.len()).ok_or_else(|| PyErr::index_error("index out of bounds on dimension 1"))
}

/// `view[key]`: an int for an index, a new view for a slice.
pub fn get_item(vm: &mut Vm, m: &PyMemoryView, key: &Value) -> PyResult<Value> {
    m.check()?;
    match key {
        Value::Slice(sl) => {
            let (start, _, step, n) = vm.slice_range(sl, m.len())?;
            Ok(view_value(m.slice(start, step, n)?))
        }
        k if is_index(k) => {
            let at = item_position(vm, m, k)?;
            Ok(Value::Int(m.get(at).unwrap_or(0) as i64))
        }
        _ => Err(PyErr::type_error("memoryview: invalid slice key")),
    }
}

/// `view[key] = value` (`value` None: `del view[key]`, which is never allowed).
pub fn set_item(vm: &mut Vm, m: &PyMemoryView, key: &Value, value: Option<&Value>) -> PyResult<()> {
    m.check()?;
    if m.readonly {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    }
    let Some(value) = value else {
        return Err(PyErr::type_error("cannot delete memory"));
    };
    match key {
        Value::Slice(sl) => {
            let (start, _, step, n) = vm.slice_range(sl, m.len())?;
            let data = expect_buffer(value)?.into_owned();
            if data.len() != n {
                return Err(PyErr::value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            let target = m.slice(start, step, n)?;
            for (i, b) in data.into_iter().enumerate() {
                target.set(i, b);
            }
            target.release();
            Ok(())
        }
        k if is_index(k) => {
            let at = item_position(vm, m, k)?;
            if !crate::objects::int::is_int(value) {
                return Err(PyErr::type_error("memoryview: invalid type for format 'B'"));
            }
            let n = crate::objects::int::to_bigint(value).unwrap_or_default();
            let Some(byte) = num_traits::ToPrimitive::to_u8(&n) else {
                return Err(PyErr::value_error(
                    "memoryview: invalid value for format 'B'",
                ));
            };
            m.set(at, byte);
            Ok(())
        }
        _ => Err(PyErr::type_error("memoryview: invalid slice key")),
    }
}
