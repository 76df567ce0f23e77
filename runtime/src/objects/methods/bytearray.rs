//! The methods only `bytearray` has: the mutating ones (`append`, `extend`, `insert`,
//! `pop`, `remove`, `reverse`, `clear`, `copy`), and item and slice assignment and
//! deletion (`ba[i] = x`, `ba[a:b:c] = data`, `del ba[i]`), its reduction for copying
//! and pickling (`__reduce__`, `__reduce_ex__`) and `__alloc__`. Every change of length is
//! refused while a memoryview exports the buffer. The methods bytearray shares with
//! bytes are in `methods/bytes.rs`.

use std::rc::Rc;

use super::add_methods;
use super::bytes::{byte_arg, no_args, one_arg, positional};
use super::bytes_new::bytes_from_iterable;
use super::method_args::int_arg;
use crate::objects::bytearray::{bytearray_value, PyByteArray};
use crate::objects::bytes::buffer_of;
use crate::objects::function::Args;
use crate::objects::range::slice_indices;
use crate::objects::{types, PyErr, PyResult, Value};
use crate::vm::ops::seq_index;
use crate::vm::Vm;

fn this(a: &Args, method: &str) -> PyResult<Rc<PyByteArray>> {
    match a.pos.first() {
        Some(Value::ByteArray(b)) => Ok(b.clone()),
        Some(other) => Err(super::wrong_receiver(method, "bytearray", other)),
        None => Err(super::wrong_receiver(method, "bytearray", &Value::Null)),
    }
}

/// Replaces the contents, checking exports when the length changes.
fn store(ba: &PyByteArray, data: Vec<u8>) -> PyResult<()> {
    if data.len() != ba.len() {
        ba.check_resizable()?;
    }
    ba.set(data);
    Ok(())
}

/// The bytes appended by `extend` or `+=`-like operations from any iterable of ints.
fn extension(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_of(v)? {
        return Ok(b.into_owned());
    }
    if !vm.is_iterable(v) {
        return Err(PyErr::type_error(format!(
            "can't extend bytearray with {}",
            v.type_name()
        )));
    }
    bytes_from_iterable(vm, v, "bytearray")
}

/// `ba += data` for a bytes-like `data` (the caller has checked it is one).
pub fn extend_in_place(ba: &PyByteArray, data: &[u8]) -> PyResult<()> {
    if !data.is_empty() {
        ba.check_resizable()?;
        ba.data.borrow_mut().extend_from_slice(data);
    }
    Ok(())
}

/// `ba *= n` (n already clamped to a repeat count).
pub fn repeat_in_place(ba: &PyByteArray, n: usize) -> PyResult<()> {
    let data = ba.to_vec().repeat(n);
    store(ba, data)
}

fn append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ba = this(&a, "append")?;
    let item = one_arg(&a, "append")?;
    let byte = byte_arg(vm, &item)?;
    ba.check_resizable()?;
    ba.data.borrow_mut().push(byte);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ba = this(&a, "extend")?;
    let items = one_arg(&a, "extend")?;
    let extra = extension(vm, &items)?;
    extend_in_place(&ba, &extra)?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ba = this(&a, "insert")?;
    positional(&a, "insert", 2, 2)?;
    let index = int_arg(vm, &a.pos[1])?;
    let byte = byte_arg(vm, &a.pos[2])?;
    ba.check_resizable()?;
    let mut data = ba.data.borrow_mut();
    let n = data.len() as i64;
    let at = if index < 0 {
        (index + n).max(0)
    } else {
        index.min(n)
    };
    data.insert(at as usize, byte);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ba = this(&a, "pop")?;
    positional(&a, "pop", 0, 1)?;
    let index = match a.pos.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    if ba.is_empty() {
        return Err(PyErr::index_error("pop from empty bytearray"));
    }
    let Some(at) = seq_index(index, ba.len()) else {
        return Err(PyErr::index_error("pop index out of range"));
    };
    ba.check_resizable()?;
    let byte = ba.data.borrow_mut().remove(at);
    Ok(Value::Int(byte as i64))
}

fn remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ba = this(&a, "remove")?;
    let item = one_arg(&a, "remove")?;
    let byte = byte_arg(vm, &item)?;
    let Some(at) = ba.data.borrow().iter().position(|&b| b == byte) else {
        return Err(PyErr::value_error("value not found in bytearray"));
    };
    ba.check_resizable()?;
    ba.data.borrow_mut().remove(at);
    Ok(Value::None)
}

pub fn register() {
    add_methods(
        &types().bytearray,
        &[
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("reverse", |_, a| {
                let ba = this(&a, "reverse")?;
                no_args(&a, "reverse")?;
                ba.data.borrow_mut().reverse();
                Ok(Value::None)
            }),
            ("clear", |_, a| {
                let ba = this(&a, "clear")?;
                no_args(&a, "clear")?;
                store(&ba, Vec::new())?;
                Ok(Value::None)
            }),
            ("copy", |_, a| {
                let ba = this(&a, "copy")?;
                no_args(&a, "copy")?;
                Ok(bytearray_value(ba.to_vec()))
            }),
            ("__setitem__", |vm, a| {
                let ba = this(&a, "__setitem__")?;
                super::method_args::slot_wrapper_pair(&a, "__setitem__")?;
                set_item(vm, &ba, &a.pos[1], &a.pos[2])?;
                Ok(Value::None)
            }),
            ("__delitem__", |vm, a| {
                let ba = this(&a, "__delitem__")?;
                super::method_args::slot_wrapper(&a, "__delitem__", 1)?;
                let key = a.pos[1].clone();
                del_item(vm, &ba, &key)?;
                Ok(Value::None)
            }),
            ("__alloc__", |_, a| {
                let ba = this(&a, "__alloc__")?;
                no_args(&a, "__alloc__")?;
                // The storage holds a trailing NUL once anything is stored.
                let n = ba.len();
                Ok(Value::from(if n == 0 { 0 } else { n + 1 }))
            }),
            // A reduction keeps a subclass's instance as it is (`call_on_base`), so the
            // class is named here.
            ("__reduce__", |vm, a| {
                super::method_args::no_args(&a, "bytearray", "__reduce__")?;
                reduce(vm, &a, 0)
            }),
            ("__reduce_ex__", |vm, a| {
                super::method_args::positional(&a, "bytearray", "__reduce_ex__", 0, 1)?;
                let proto = match a.pos.get(1) {
                    Some(p) => int_arg(vm, p)?,
                    None => 0,
                };
                reduce(vm, &a, proto)
            }),
        ],
    );
}

/// `(type(self), args, state)`: the contents as a latin-1 str and its encoding below
/// protocol 3 (which had no bytes), as bytes from it on; the state is the instance dict
/// of a subclass instance that has attributes.
fn reduce(_vm: &mut Vm, a: &Args, proto: i64) -> PyResult<Value> {
    let receiver = super::receiver_to_check(a);
    let (class, ba, state) = match &receiver {
        Value::ByteArray(b) => (types().bytearray.clone(), b.clone(), Value::None),
        Value::Instance(i) => match i.base() {
            Some(Value::ByteArray(b)) => {
                let state = if i.has_no_attrs() {
                    Value::None
                } else {
                    Value::Dict(i.dict())
                };
                (i.class(), b.clone(), state)
            }
            _ => return Err(super::wrong_receiver("__reduce__", "bytearray", &receiver)),
        },
        other => return Err(super::wrong_receiver("__reduce__", "bytearray", other)),
    };
    let data = ba.to_vec();
    let args = if proto >= 3 {
        vec![crate::objects::bytes::bytes_value(data)]
    } else if data.is_empty() {
        Vec::new()
    } else {
        let text: String = data.iter().map(|&b| char::from(b)).collect();
        vec![Value::string(text), Value::str("latin-1")]
    };
    Ok(Value::tuple(vec![
        Value::Type(class),
        Value::tuple(args),
        state,
    ]))
}

/// The bytes a slice assignment stores: a bytes-like object or an iterable of ints.
fn assigned_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_of(v)? {
        return Ok(b.into_owned());
    }
    match v {
        Value::Int(_)
        | Value::Bool(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::Complex(..)
        | Value::Str(_) => Err(PyErr::type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        )),
        _ => bytes_from_iterable(vm, v, "bytearray"),
    }
}

/// `ba[key] = value`.
pub fn set_item(vm: &mut Vm, ba: &PyByteArray, key: &Value, value: &Value) -> PyResult<()> {
    let Value::Slice(sl) = key else {
        let i = vm.index_of(key, "bytearray")?;
        let byte = byte_arg(vm, value)?;
        let mut data = ba.data.borrow_mut();
        let Some(at) = seq_index(i, data.len()) else {
            return Err(PyErr::index_error("bytearray index out of range"));
        };
        data[at] = byte;
        return Ok(());
    };
    let new = assigned_bytes(vm, value)?;
    let (start, stop, step) = vm.slice_bounds(sl)?;
    let (start, stop, step, n) = slice_indices(start, stop, step, ba.len())?;
    let mut data = ba.to_vec();
    if step == 1 {
        let start = start.max(0) as usize;
        let stop = (stop.max(0) as usize).max(start).min(data.len());
        let start = start.min(stop);
        data.splice(start..stop, new);
        return store(ba, data);
    }
    if new.is_empty() && n > 0 {
        // CPython's quirk: assigning nothing to an extended slice deletes it.
        return delete_extended(ba, start, step, n);
    }
    if new.len() != n {
        return Err(PyErr::value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            n
        )));
    }
    let mut at = start;
    for byte in new {
        if let Some(slot) = data.get_mut(at as usize) {
            *slot = byte;
        }
        at += step;
    }
    store(ba, data)
}

/// `del ba[key]`.
pub fn del_item(vm: &mut Vm, ba: &PyByteArray, key: &Value) -> PyResult<()> {
    let Value::Slice(sl) = key else {
        let i = vm.index_of(key, "bytearray")?;
        let Some(at) = seq_index(i, ba.len()) else {
            return Err(PyErr::index_error("bytearray index out of range"));
        };
        ba.check_resizable()?;
        ba.data.borrow_mut().remove(at);
        return Ok(());
    };
    let (start, stop, step) = vm.slice_bounds(sl)?;
    let (start, _, step, n) = slice_indices(start, stop, step, ba.len())?;
    delete_extended(ba, start, step, n)
}

/// Deletes the `n` bytes at `start`, `start + step`, …
fn delete_extended(ba: &PyByteArray, start: i64, step: i64, n: usize) -> PyResult<()> {
    if n == 0 {
        return Ok(());
    }
    let mut doomed = vec![false; ba.len()];
    let mut at = start;
    for _ in 0..n {
        if let Some(d) = doomed.get_mut(at as usize) {
            *d = true;
        }
        at += step;
    }
    let kept: Vec<u8> = ba
        .to_vec()
        .into_iter()
        .zip(doomed)
        .filter(|(_, d)| !d)
        .map(|(b, _)| b)
        .collect();
    store(ba, kept)
}
