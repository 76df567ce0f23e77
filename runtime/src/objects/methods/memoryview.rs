//! Methods and attributes of `memoryview`: `tobytes`, `tolist`, `hex`, `release`,
//! `toreadonly`, `cast` (to any native format and shape), the context-manager protocol,
//! the read-only attributes (`readonly`, `nbytes`, `format`, `itemsize`, `obj`, `ndim`,
//! `shape`, `strides`, `suboffsets`, the `contiguous` flags), and indexing, slicing and
//! item assignment through the view, with CPython's errors for the n-dimensional cases it
//! does not support (sub-views, multi-dimensional slicing).

use crate::objects::OrNone;
use std::rc::Rc;

use super::add_methods;
use super::bytes::hex_method;
use super::method_args::is_index;
use crate::objects::bytes::bytes_value;
use crate::objects::function::Args;
use crate::objects::memoryview::PyMemoryView;
use crate::objects::{types, PyErr, PyResult, Value};
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
        Some(Value::Str(s)) if s.as_str() == "F" && m.ndim() > 1 => {
            return Ok(bytes_value(fortran_order(
                &m.to_vec()?,
                m.shape(),
                m.itemsize(),
            )));
        }
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

/// The items of a C-ordered (row-major) array of `shape` re-laid in Fortran (column-major)
/// order: the first index varies fastest.
fn fortran_order(c_bytes: &[u8], shape: &[usize], itemsize: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(c_bytes.len());
    let count: usize = shape.iter().product();
    let mut index = vec![0usize; shape.len()];
    for _ in 0..count {
        let flat = index
            .iter()
            .zip(shape)
            .fold(0usize, |acc, (&i, &n)| acc * n + i);
        if let Some(item) = c_bytes.get(flat * itemsize..(flat + 1) * itemsize) {
            out.extend_from_slice(item);
        }
        // Next index, first dimension fastest.
        for (i, &n) in index.iter_mut().zip(shape) {
            *i += 1;
            if *i < n {
                break;
            }
            *i = 0;
        }
    }
    out
}

/// `cast(format[, shape])`.
fn cast(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = live(&a, "cast")?;
    let mut slots = crate::modules::params::Params {
        func: "cast",
        names: &["format", "shape"],
        required: 1,
        positional: 2,
    }
    .bind_method(&a)?
    .into_iter();
    let format = slots.next().flatten();
    let shape = slots.next().flatten();
    let format = match format {
        Some(Value::Str(f)) => f,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "cast() argument 'format' must be str, not {}",
                other.type_name()
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "cast() missing required argument 'format' (pos 1)",
            ))
        }
    };
    let dims = match shape {
        None => None,
        Some(v @ (Value::List(_) | Value::Tuple(_))) => {
            let mut dims = Vec::new();
            for d in vm.collect_iterable(&v)? {
                match d {
                    Value::Int(n) if n > 0 => dims.push(n as usize),
                    _ => {
                        return Err(PyErr::value_error(
                            "memoryview.cast(): elements of shape must be integers > 0",
                        ))
                    }
                }
            }
            Some(dims)
        }
        Some(_) => return Err(PyErr::type_error("shape must be a list or a tuple")),
    };
    Ok(view_value(m.cast(format.as_str(), dims)?))
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
                m.to_list()
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
            ("__eq__", |vm, a| view_eq(vm, &a, "__eq__")),
            ("__ne__", |vm, a| {
                let eq = view_eq(vm, &a, "__ne__")?;
                Ok(match eq {
                    Value::Bool(b) => Value::bool(!b.get()),
                    other => other,
                })
            }),
            ("__len__", |_, a| {
                let m = live(&a, "__len__")?;
                super::method_args::slot_wrapper(&a, "__len__", 0)?;
                Ok(Value::from(m.len()))
            }),
            ("__getitem__", |vm, a| {
                let m = this(&a, "__getitem__")?;
                super::method_args::slot_wrapper(&a, "__getitem__", 1)?;
                let key = a.pos.get(1).cloned().or_none();
                get_item(vm, &m, &key)
            }),
            ("__setitem__", |vm, a| {
                let m = this(&a, "__setitem__")?;
                super::method_args::slot_wrapper_pair(&a, "__setitem__")?;
                let key = a.pos.get(1).cloned().or_none();
                let value = a.pos.get(2).cloned().or_none();
                set_item(vm, &m, &key, Some(&value))?;
                Ok(Value::None)
            }),
            ("__delitem__", |vm, a| {
                let m = this(&a, "__delitem__")?;
                super::method_args::slot_wrapper(&a, "__delitem__", 1)?;
                let key = a.pos.get(1).cloned().or_none();
                set_item(vm, &m, &key, None)?;
                Ok(Value::None)
            }),
        ],
    );
    // Read-only attributes whose getter refuses a released view.
    let attrs: [(&'static str, crate::objects::function::NativeFn); 12] = [
        ("readonly", |_, a| {
            Ok(Value::bool(live(&a, "readonly")?.readonly))
        }),
        ("nbytes", |_, a| {
            Ok(Value::from(live(&a, "nbytes")?.nbytes()))
        }),
        ("format", |_, a| {
            Ok(Value::string(live(&a, "format")?.format.text()))
        }),
        ("itemsize", |_, a| {
            Ok(Value::from(live(&a, "itemsize")?.itemsize()))
        }),
        ("obj", |_, a| Ok(live(&a, "obj")?.source.clone())),
        ("ndim", |_, a| Ok(Value::from(live(&a, "ndim")?.ndim()))),
        ("shape", |_, a| {
            let m = live(&a, "shape")?;
            Ok(Value::tuple(
                m.shape().iter().map(|&n| Value::from(n)).collect(),
            ))
        }),
        ("strides", |_, a| {
            let m = live(&a, "strides")?;
            Ok(Value::tuple(
                m.strides().iter().map(|&n| Value::Int(n)).collect(),
            ))
        }),
        ("suboffsets", |_, a| {
            live(&a, "suboffsets")?;
            Ok(Value::tuple(Vec::new()))
        }),
        ("contiguous", |_, a| {
            let m = live(&a, "contiguous")?;
            Ok(Value::bool(m.is_c_contiguous() || m.is_f_contiguous()))
        }),
        ("c_contiguous", |_, a| {
            Ok(Value::bool(live(&a, "c_contiguous")?.is_c_contiguous()))
        }),
        ("f_contiguous", |_, a| {
            Ok(Value::bool(live(&a, "f_contiguous")?.is_f_contiguous()))
        }),
    ];
    crate::vm::native_attrs::add_getters(ty, false, &attrs);
}

/// How a subscript selects from a view.
enum Selection {
    /// One item, by its index along every dimension.
    Item(Vec<usize>),
    /// A slice along the first dimension: (start, step, count).
    Slice(i64, i64, usize),
    /// `view[...]`.
    Whole,
}

/// Resolves `key` against the view's shape, with CPython's errors for what memoryviews do
/// not support; `writing` picks the messages item assignment uses.
fn select(vm: &mut Vm, m: &PyMemoryView, key: &Value, writing: bool) -> PyResult<Selection> {
    let ndim = m.ndim();
    let sub_views = || {
        PyErr::not_implemented(if writing {
            "sub-views are not implemented"
        } else {
            "multi-dimensional sub-views are not implemented"
        })
    };
    if ndim == 0 {
        return match key {
            Value::Ellipsis if !writing => Ok(Selection::Whole),
            Value::Ellipsis => Ok(Selection::Item(Vec::new())),
            Value::Tuple(t) if t.items.is_empty() => Ok(Selection::Item(Vec::new())),
            _ => Err(PyErr::type_error("invalid indexing of 0-dim memory")),
        };
    }
    if is_index(key) {
        if ndim != 1 {
            return Err(sub_views());
        }
        return Ok(Selection::Item(vec![index_on(vm, m, key, 0)?]));
    }
    match key {
        Value::Slice(sl) => {
            if writing && ndim != 1 {
                return Err(PyErr::not_implemented(
                    "memoryview slice assignments are currently restricted to ndim = 1",
                ));
            }
            let (start, _, step, n) = vm.slice_range(sl, m.len())?;
            Ok(Selection::Slice(start, step, n))
        }
        // An empty tuple is an index of every dimension (`all` holds), too short for these.
        Value::Tuple(t) if t.items.iter().all(is_index) => {
            if t.items.len() < ndim {
                return Err(PyErr::not_implemented("sub-views are not implemented"));
            }
            if t.items.len() > ndim {
                return Err(PyErr::type_error(format!(
                    "cannot index {}-dimension view with {}-element tuple",
                    ndim,
                    t.items.len()
                )));
            }
            let mut index = Vec::with_capacity(ndim);
            for (dim, k) in t.items.iter().enumerate() {
                index.push(index_on(vm, m, k, dim)?);
            }
            Ok(Selection::Item(index))
        }
        Value::Tuple(t)
            if !t.items.is_empty() && t.items.iter().all(|k| matches!(k, Value::Slice(_))) =>
        {
            Err(PyErr::not_implemented(if writing {
                "memoryview slice assignments are currently restricted to ndim = 1"
            } else {
                "multi-dimensional slicing is not implemented"
            }))
        }
        _ => Err(PyErr::type_error("memoryview: invalid slice key")),
    }
}

/// Index `key` along dimension `dim`, negative ones from the end, or CPython's IndexError.
fn index_on(vm: &mut Vm, m: &PyMemoryView, key: &Value, dim: usize) -> PyResult<usize> {
    let i = vm.index_of(key, "memoryview")?;
    let n = m.shape().get(dim).copied().unwrap_or(0);
    seq_index(i, n)
        .ok_or_else(|| PyErr::index_error(format!("index out of bounds on dimension {}", dim + 1)))
}

/// `view[key]`: an item for an index, a new view for a slice.
pub fn get_item(vm: &mut Vm, m: &Rc<PyMemoryView>, key: &Value) -> PyResult<Value> {
    m.check()?;
    Ok(match select(vm, m, key, false)? {
        Selection::Item(index) => m.item_at(&index),
        Selection::Slice(start, step, n) => view_value(m.slice(start, step, n)?),
        Selection::Whole => Value::MemoryView(m.clone()),
    })
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
    match select(vm, m, key, true)? {
        Selection::Item(index) => {
            let raw = m.format.pack(vm, value)?;
            m.write_at(&index, &raw);
            Ok(())
        }
        Selection::Slice(start, step, n) => {
            let target = m.slice(start, step, n)?;
            let source = match value {
                Value::MemoryView(v) => PyMemoryView::of(&Value::MemoryView(v.clone()))?,
                other => PyMemoryView::of(other)?,
            };
            let Some(source) = source else {
                return Err(PyErr::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    value.type_name()
                )));
            };
            let same = source.format.same_items(target.format) && source.shape() == target.shape();
            if !same {
                source.release();
                target.release();
                return Err(PyErr::value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            // Copied first: the two views may overlap.
            let data = source.to_vec()?;
            source.release();
            let size = target.itemsize();
            for (i, raw) in data.chunks(size).enumerate() {
                target.write_at(&[i], raw);
            }
            target.release();
            Ok(())
        }
        Selection::Whole => Err(PyErr::type_error("memoryview: invalid slice key")),
    }
}

/// `view.__eq__(other)`: equal contents for any buffer, NotImplemented for anything else.
fn view_eq(vm: &mut Vm, a: &Args, method: &str) -> PyResult<Value> {
    let me = this(a, method)?;
    super::method_args::slot_wrapper(a, method, 1)?;
    let other = &a.pos[1];
    if !crate::objects::bytes::is_bytes_like(other) {
        return Ok(Value::NotImplemented);
    }
    let me = Value::MemoryView(me);
    Ok(Value::bool(vm.eq(&me, other)?))
}
