//! `int.to_bytes(length=1, byteorder='big', *, signed=False)` and the class method
//! `int.from_bytes(bytes, byteorder='big', *, signed=False)`, with CPython 3.11's defaults,
//! argument parsing and errors ("int too big to convert", "can't convert negative int to
//! unsigned", "byteorder must be either 'little' or 'big'").

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use super::method_args::{bad_argument, ssize_arg};
use super::{receiver_to_check, wrong_receiver};
use crate::modules::params::Params;
use crate::objects::function::Args;
use crate::objects::{int, types, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Is the byte order little-endian? Anything but 'little' and 'big' is refused.
fn little_endian(func: &str, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(PyErr::value_error(
                "byteorder must be either 'little' or 'big'",
            )),
        },
        Some(other) => Err(bad_argument(func, "argument 'byteorder'", "str", other)),
    }
}

fn signed_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(false),
    }
}

pub fn to_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = match receiver_to_check(&a) {
        v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => {
            int::to_bigint(&v).unwrap_or_default()
        }
        other => return Err(wrong_receiver("to_bytes", "int", &other)),
    };
    let args = Params {
        func: "to_bytes",
        names: &["length", "byteorder", "signed"],
        required: 0,
        positional: 2,
    }
    .bind_method(&a)?;
    let length = match &args[0] {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    let little = little_endian("to_bytes", args[1].as_ref())?;
    let signed = signed_arg(vm, args[2].as_ref())?;
    let Ok(length) = usize::try_from(length) else {
        return Err(PyErr::value_error("length argument must be non-negative"));
    };
    if n.is_negative() && !signed {
        return Err(PyErr::overflow_error(
            "can't convert negative int to unsigned",
        ));
    }
    // The shortest little-endian form: two's complement when signed, magnitude otherwise.
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    // Zero needs no bytes; so does -1 when signed (CPython's sign extension fills them).
    if n.is_zero() || (signed && n == BigInt::from(-1)) {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(PyErr::overflow_error("int too big to convert"));
    }
    // A length past what can be allocated is a MemoryError, not an abort.
    if bytes.try_reserve_exact(length - bytes.len()).is_err() {
        return Err(PyErr::memory_error());
    }
    bytes.resize(length, if n.is_negative() { 0xff } else { 0 });
    if !little {
        bytes.reverse();
    }
    Ok(crate::objects::bytes::bytes_value(bytes))
}

/// The bytes `from_bytes` reads: a bytes-like object or an iterable of ints in range(256).
fn source_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = crate::objects::bytes::buffer_of(v)? {
        return Ok(d.into_owned());
    }
    if let Value::Str(_) = v {
        return Err(PyErr::type_error("cannot convert 'str' object to bytes"));
    }
    super::bytes_new::bytes_from_iterable(vm, v, "bytes")
}

/// `int.from_bytes`; called on a subclass (`bool`, a user class) it returns `cls(n)`.
pub fn from_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let args = Params {
        func: "from_bytes",
        names: &["bytes", "byteorder", "signed"],
        required: 1,
        positional: 2,
    }
    .bind_method(&a)?;
    // The byte order is checked as the arguments are parsed, before the bytes are read.
    let little = little_endian("from_bytes", args[1].as_ref())?;
    let data = match &args[0] {
        Some(v) => source_bytes(vm, v)?,
        None => Vec::new(),
    };
    let signed = signed_arg(vm, args[2].as_ref())?;
    let mut le = data;
    if !little {
        le.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &le)
    };
    let n = Value::from_bigint(n);
    match a.pos.first() {
        Some(Value::Type(cls)) if !std::rc::Rc::ptr_eq(cls, &types().int) => {
            vm.call(&Value::Type(cls.clone()), vec![n])
        }
        _ => Ok(n),
    }
}
