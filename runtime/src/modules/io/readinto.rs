//! `readinto(b)` and `readinto1(b)`: reading straight into a caller's writable buffer
//! (a bytearray or a writable memoryview), and `RawIOBase.read`, which CPython writes in
//! terms of `readinto` so that a user raw stream need only define that.
//!
//! As CPython's generic versions, they go through the object's own `read`/`read1`/
//! `readinto`, so subclasses that override those are honoured.

use crate::objects::function::Args;
use crate::objects::memoryview::PyMemoryView;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

use crate::objects::bytearray::bytearray_value;

use super::{bytes_value, int_arg, methods, size_arg, IoTypes};

pub fn register(t: &IoTypes) {
    for ty in [
        &t.buffered_iobase,
        &t.buffered_reader,
        &t.buffered_random,
        &t.bytes_io,
    ] {
        methods(ty, &[("readinto", readinto), ("readinto1", readinto1)]);
    }
    methods(&t.fileio, &[("readinto", readinto)]);
    methods(
        &t.raw_iobase,
        &[
            ("read", raw_read),
            ("readinto", |_, _| {
                Err(PyErr::with_args(
                    &crate::objects::types().exc.not_implemented_error,
                    vec![],
                ))
            }),
        ],
    );
}

/// The receiver and the buffer argument of `readinto(b)`.
fn receiver_and_target(args: &Args, method: &str) -> PyResult<(Value, Value)> {
    match args.pos.as_slice() {
        [me, target] => Ok((me.clone(), target.clone())),
        [] => Err(PyErr::type_error(format!(
            "descriptor '{}' needs an argument",
            method
        ))),
        [me, rest @ ..] => Err(PyErr::type_error(format!(
            "{}.{}() takes exactly one argument ({} given)",
            defining_class(me, method),
            method,
            rest.len()
        ))),
    }
}

/// The name of the io class whose `method` a receiver runs, for CPython's argument
/// errors (`BytesIO.readinto()`, `BufferedIOBase.readinto1()`).
fn defining_class(me: &Value, method: &str) -> String {
    let cls = me.type_of();
    let mro = cls.mro.borrow();
    mro.iter()
        .find(|c| {
            matches!(c.module_name().as_deref(), Some("_io" | "io"))
                && c.dict.get_str(method).is_some()
        })
        .map(|c| c.name().trim_start_matches('_').to_string())
        .unwrap_or_else(|| cls.name())
}

/// The view `readinto` fills: writable and contiguous, or CPython's TypeError.
fn writable_view(method: &str, target: &Value) -> PyResult<PyMemoryView> {
    match PyMemoryView::of(target)? {
        Some(view) if !view.readonly && view.is_c_contiguous() => Ok(view),
        _ => Err(PyErr::type_error(format!(
            "{}() argument must be read-write bytes-like object, not {}",
            method,
            target.type_name()
        ))),
    }
}

fn readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fill_from(vm, args, "readinto", "read")
}

fn readinto1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fill_from(vm, args, "readinto1", "read1")
}

/// Reads as many bytes as the buffer holds with `self.<reader>(n)` and copies them to its
/// start; the count copied.
fn fill_from(vm: &mut Vm, args: Args, method: &str, reader: &str) -> PyResult<Value> {
    let (me, target) = receiver_and_target(&args, method)?;
    // The view is dropped while `read` runs, so that it does not hold the bytearray as
    // exported meanwhile.
    let room = writable_view(method, &target)?.nbytes();
    let data = vm.call_method(&me, reader, vec![Value::from(room)])?;
    let Value::Bytes(data) = data else {
        return Err(PyErr::type_error(format!(
            "{}() should return bytes",
            reader
        )));
    };
    if data.data.len() > room {
        return Err(PyErr::value_error(format!(
            "{}() returned too much data: {} bytes requested, {} returned",
            reader,
            room,
            data.data.len()
        )));
    }
    if !data.data.is_empty() {
        let view = writable_view(method, &target)?;
        view.write_at(&vec![0; view.ndim()], &data.data);
    }
    Ok(Value::from(data.data.len()))
}

/// `RawIOBase.read(size=-1)`: `readall()` without a size, else `readinto` a new
/// bytearray of that size; None when `readinto` says no data is available yet.
fn raw_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args
        .pos
        .first()
        .cloned()
        .ok_or_else(|| PyErr::type_error("descriptor 'read' needs an argument"))?;
    let Some(n) = size_arg(vm, args.pos.get(1))? else {
        return vm.call_method(&me, "readall", vec![]);
    };
    let buffer = bytearray_value(vec![0; n]);
    let got = vm.call_method(&me, "readinto", vec![buffer.clone()])?;
    if matches!(got, Value::None) {
        return Ok(Value::None);
    }
    let got = int_arg(vm, &got)?.max(0) as usize;
    let Value::ByteArray(b) = &buffer else {
        return Ok(bytes_value(Vec::new()));
    };
    let data = b.to_vec();
    Ok(bytes_value(data[..got.min(data.len())].to_vec()))
}
