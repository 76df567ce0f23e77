//! Making byte sequences from other values: the constructors `bytes(...)`,
//! `bytearray(...)` and `memoryview(...)` with CPython's order of cases and messages,
//! `bytes(x)`'s use of `__bytes__`, and the pieces `%s`/`%b`, `%r`/`%a` and `%c` of
//! printf-style bytes formatting.

use std::rc::Rc;

use crate::objects::bytearray::bytearray_value;
use crate::objects::bytes::{buffer_of, bytes_value, expect_buffer};
use crate::objects::codecs;
use crate::objects::function::Args;
use crate::objects::memoryview::PyMemoryView;
use crate::objects::{int, PyErr, PyResult, Value};
use crate::vm::subclass::is_str_instance;
use crate::vm::Vm;

/// The `source`, `encoding` and `errors` arguments of `bytes()`/`bytearray()`.
fn ctor_args(mut a: Args, name: &str) -> PyResult<[Option<Value>; 3]> {
    // pos[0] is the class.
    let n = a.pos.len().saturating_sub(1);
    if n > 3 {
        return Err(PyErr::type_error(format!(
            "{}() takes at most 3 arguments ({} given)",
            name, n
        )));
    }
    let mut out: [Option<Value>; 3] = [None, None, None];
    for (i, v) in a.pos.iter().skip(1).enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in std::mem::take(&mut a.kw) {
        let i = match k.as_str() {
            "source" => 0,
            "encoding" => 1,
            "errors" => 2,
            other => {
                return Err(PyErr::type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    other, name
                )))
            }
        };
        if out[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for {}() given by name ('{}') and position ({})",
                name,
                k.as_str(),
                i + 1
            )));
        }
        out[i] = Some(v);
    }
    // The codec arguments are checked as they are parsed, before anything else.
    for (i, which) in [(1, "argument 'encoding'"), (2, "argument 'errors'")] {
        if let Some(v) = &out[i] {
            if !is_str_instance(v) {
                return Err(super::method_args::bad_argument(name, which, "str", v));
            }
        }
    }
    Ok(out)
}

/// A size given as an int (or `__index__`), if `v` is one.
fn size_of(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    if !super::method_args::is_index(v) {
        return Ok(None);
    }
    if let Value::BigInt(_) = v {
        return Err(PyErr::overflow_error(
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    // An `__index__` that fails with a TypeError leaves the other conversions to try.
    let n = match vm.index_sized(v, |m| PyErr::overflow_error(m)) {
        Ok(n) => n,
        Err(e) if e.is_instance(&crate::objects::types().exc.type_error) => return Ok(None),
        Err(e) => return Err(e),
    };
    if n < 0 {
        return Err(PyErr::value_error("negative count"));
    }
    super::bytes::check_size(n as u128)?;
    Ok(Some(n as usize))
}

/// The bytes of an iterable of ints in range(256); `what` names the type for the messages
/// ("bytes must be in range(0, 256)" for bytes, "byte must be …" for bytearray).
pub fn bytes_from_iterable(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    // Any TypeError from asking for the iterator (an `__iter__` returning a non-iterator
    // too) becomes "cannot convert", as in CPython.
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if e.is_instance(&crate::objects::types().exc.type_error) => {
            return Err(PyErr::type_error(format!(
                "cannot convert '{}' object to {}",
                v.type_name(),
                what
            )))
        }
        Err(e) => return Err(e),
    };
    let range_msg = if what == "bytes" {
        "bytes must be in range(0, 256)"
    } else {
        "byte must be in range(0, 256)"
    };
    let mut out = Vec::new();
    while let Some(item) = vm.iter_next(&it)? {
        out.push(super::bytes::byte_value(vm, &item, range_msg)?);
    }
    Ok(out)
}

/// `obj.__bytes__()` if the object's class defines it, checked to return bytes.
fn call_dunder_bytes(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let ty = v.type_of();
    if ty.builtin {
        return Ok(None);
    }
    let Some(f) = ty.lookup("__bytes__") else {
        return Ok(None);
    };
    match vm.call_special(&f, vec![v.clone()])? {
        b @ Value::Bytes(_) => Ok(Some(b)),
        other => Err(PyErr::type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            other.type_name()
        ))),
    }
}

/// The text and codec arguments when `source` is a str with an encoding.
fn encode_source(
    func: &str,
    source: &Value,
    encoding: Value,
    errors: Option<Value>,
) -> PyResult<Vec<u8>> {
    let text = crate::vm::subclass::base_value(source);
    let ((Value::Str(s), _) | (_, Some(Value::Str(s)))) = (source, text.as_ref()) else {
        return Err(PyErr::type_error("encoding without a string argument"));
    };
    let (enc, errs) = codecs::codec_args(func, Some(encoding), errors)?;
    codecs::encode(s.as_str(), enc.as_str(), errs.as_str())
}

/// `bytes(source=b'', encoding=…, errors=…)`.
pub fn ctor_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [source, encoding, errors] = ctor_args(a, "bytes")?;
    let Some(x) = source else {
        if encoding.is_some() {
            return Err(PyErr::type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(PyErr::type_error("errors without a string argument"));
        }
        return Ok(bytes_value(Vec::new()));
    };
    if let Some(enc) = encoding {
        return Ok(bytes_value(encode_source("bytes", &x, enc, errors)?));
    }
    if errors.is_some() {
        return Err(PyErr::type_error(if is_str_instance(&x) {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        }));
    }
    if let Some(b) = call_dunder_bytes(vm, &x)? {
        return Ok(b);
    }
    if let Value::Bytes(_) = &x {
        return Ok(x.clone());
    }
    if is_str_instance(&x) {
        return Err(PyErr::type_error("string argument without an encoding"));
    }
    if let Some(n) = size_of(vm, &x)? {
        return Ok(bytes_value(vec![0; n]));
    }
    if let Some(b) = buffer_of(&x)? {
        return Ok(bytes_value(b.into_owned()));
    }
    Ok(bytes_value(bytes_from_iterable(vm, &x, "bytes")?))
}

/// `bytearray(source=b'', encoding=…, errors=…)`.
pub fn ctor_bytearray(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let parsed = ctor_args(a, "bytearray")?;
    Ok(bytearray_value(bytearray_contents(vm, parsed)?))
}

/// `bytearray.__init__(self, source=b'', encoding=…, errors=…)` (`pos[0]` is the
/// bytearray, checked by the caller): once the arguments are parsed, the receiver is
/// emptied, then given the bytes `bytearray(...)` would hold.
pub fn reinit_bytearray(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = super::receiver(&a);
    let parsed = ctor_args(a, "bytearray")?;
    vm.call_method(&me, "clear", Vec::new())?;
    let contents = bytearray_contents(vm, parsed)?;
    vm.call_method(&me, "extend", vec![bytes_value(contents)])?;
    Ok(Value::None)
}

/// The bytes of `bytearray(source, encoding, errors)`.
fn bytearray_contents(vm: &mut Vm, parsed: [Option<Value>; 3]) -> PyResult<Vec<u8>> {
    let [source, encoding, errors] = parsed;
    let Some(x) = source else {
        if encoding.is_some() {
            return Err(PyErr::type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(PyErr::type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if is_str_instance(&x) {
        let Some(enc) = encoding else {
            return Err(PyErr::type_error("string argument without an encoding"));
        };
        return encode_source("bytearray", &x, enc, errors);
    }
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    if let Some(n) = size_of(vm, &x)? {
        return Ok(vec![0; n]);
    }
    if let Some(b) = buffer_of(&x)? {
        return Ok(b.into_owned());
    }
    bytes_from_iterable(vm, &x, "bytearray")
}

/// `memoryview(object)`.
pub fn ctor_memoryview(_: &mut Vm, a: Args) -> PyResult<Value> {
    let slots = crate::modules::params::Params {
        func: "memoryview",
        names: &["object"],
        required: 1,
        positional: 1,
    }
    .bind_method(&a)?;
    let Some(obj) = slots.into_iter().next().flatten() else {
        return Ok(Value::None);
    };
    match PyMemoryView::of(&obj)? {
        Some(m) => Ok(Value::MemoryView(Rc::new(m))),
        None => Err(PyErr::type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            obj.type_name()
        ))),
    }
}

/// The bytes one `%s`/`%b`, `%r`/`%a` or `%c` conversion of bytes formatting produces,
/// before width and precision.
pub fn percent_piece(vm: &mut Vm, conv: char, v: &Value) -> PyResult<Vec<u8>> {
    match conv {
        's' | 'b' => {
            if let Some(b) = buffer_of(v)? {
                return Ok(b.into_owned());
            }
            if let Some(b) = call_dunder_bytes(vm, v)? {
                return Ok(expect_buffer(&b)?.into_owned());
            }
            Err(PyErr::type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                v.type_name()
            )))
        }
        'r' | 'a' => {
            let r = crate::objects::str::escape_non_ascii(&vm.repr(v)?);
            Ok(r.into_bytes())
        }
        _ => {
            if int::is_int(v) {
                let n = int::to_bigint(v).unwrap_or_default();
                return match num_traits::ToPrimitive::to_u8(&n) {
                    Some(b) => Ok(vec![b]),
                    None => Err(PyErr::overflow_error("%c arg not in range(256)")),
                };
            }
            match v {
                Value::Bytes(b) if b.data.len() == 1 => Ok(b.data.clone()),
                Value::ByteArray(b) if b.len() == 1 => Ok(b.to_vec()),
                _ => Err(PyErr::type_error(
                    "%c requires an integer in range(256) or a single byte",
                )),
            }
        }
    }
}
