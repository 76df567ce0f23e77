//! The codec functions `_codecs` exports by name for the escape codecs:
//! `unicode_escape_encode(str, errors=None)` and `unicode_escape_decode(data, errors=None,
//! final=True)`, the `raw_unicode_escape_` pair, and the bytes-literal escapes
//! `escape_encode`/`escape_decode`. The encoders return `(bytes, characters consumed)`, the
//! decoders `(str, bytes consumed)`; with `final=False` a decoder stops before an escape cut
//! by the end of the data. They are also the `encode`/`decode` of these codecs' `CodecInfo`.

use crate::modules::params::clinic_positional;
use crate::objects::methods::method_args::bad_argument;
use std::rc::Rc;

use crate::objects::bytes::{buffer_of, bytes_value};
use crate::objects::function::Args;
use crate::objects::{codecs, escape_codecs, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

/// The exported functions, by name.
pub const FUNCTIONS: [(&str, crate::objects::function::NativeFn); 6] = [
    ("unicode_escape_encode", unicode_escape_encode),
    ("unicode_escape_decode", unicode_escape_decode),
    ("raw_unicode_escape_encode", raw_unicode_escape_encode),
    ("raw_unicode_escape_decode", raw_unicode_escape_decode),
    ("escape_encode", escape_encode),
    ("escape_decode", escape_decode),
];

/// The exported function `name` (one of `FUNCTIONS`).
pub fn function(name: &str) -> Option<Value> {
    FUNCTIONS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(n, f)| crate::objects::PyBuiltin::value(n, f))
}

/// The `errors` argument (at `index`): a str, or None for "strict".
fn errors_arg(func: &str, args: &Args, index: usize) -> PyResult<Rc<PyStr>> {
    match args.pos.get(index) {
        None | Some(Value::None) => Ok(PyStr::intern("strict")),
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => Err(PyErr::type_error(format!(
            "{func}() argument {} must be str or None, not {}",
            index + 1,
            other.type_name()
        ))),
    }
}

/// `<codec>_encode(str, errors=None)`.
fn encode_with(func: &str, encoding: &str, args: Args) -> PyResult<Value> {
    clinic_positional(&args, "_codecs", func, 1, 2)?;
    let Value::Str(text) = &args.pos[0] else {
        return Err(bad_argument(func, "argument 1", "str", &args.pos[0]));
    };
    let errors = errors_arg(func, &args, 1)?;
    let out = codecs::encode(text.as_str(), encoding, errors.as_str())?;
    let length = text.as_str().chars().count();
    Ok(Value::tuple(vec![bytes_value(out), Value::from(length)]))
}

/// The bytes an escape decoder reads: a bytes-like object, or a str as UTF-8.
pub fn escaped_input(input: &Value) -> PyResult<Vec<u8>> {
    match input {
        Value::Str(s) => Ok(s.as_str().as_bytes().to_vec()),
        other => match buffer_of(other)? {
            Some(data) => Ok(data.into_owned()),
            None => Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                other.type_name()
            ))),
        },
    }
}

/// `<codec>_decode(data, errors=None, final=True)`.
fn decode_with(vm: &mut Vm, func: &str, encoding: &str, args: Args) -> PyResult<Value> {
    clinic_positional(&args, "_codecs", func, 1, 3)?;
    let data = escaped_input(&args.pos[0])?;
    let errors = errors_arg(func, &args, 1)?;
    // `final` is read as a C int, so it must be an integer (a bool is one).
    let last = match args.pos.get(2) {
        Some(v) => crate::objects::methods::method_args::c_int_arg(vm, v)? != 0,
        None => true,
    };
    let mode = codecs::DecodeMode::Function(!last);
    let out = codecs::decode_text(&data, encoding, errors.as_str(), mode)?;
    escape_codecs::warn_decoded(vm, out.warning)?;
    Ok(Value::tuple(vec![
        Value::string(out.text),
        Value::from(out.consumed),
    ]))
}

fn unicode_escape_encode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    encode_with("unicode_escape_encode", "unicode-escape", args)
}

fn unicode_escape_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    decode_with(vm, "unicode_escape_decode", "unicode-escape", args)
}

fn raw_unicode_escape_encode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    encode_with("raw_unicode_escape_encode", "raw-unicode-escape", args)
}

fn raw_unicode_escape_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    decode_with(vm, "raw_unicode_escape_decode", "raw-unicode-escape", args)
}

/// `escape_encode(bytes, errors=None)`: the bytes as the body of their repr.
fn escape_encode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    clinic_positional(&args, "_codecs", "escape_encode", 1, 2)?;
    let Value::Bytes(_) = &args.pos[0] else {
        return Err(bad_argument(
            "escape_encode",
            "argument 1",
            "bytes",
            &args.pos[0],
        ));
    };
    errors_arg("escape_encode", &args, 1)?;
    let data = buffer_of(&args.pos[0])?.unwrap_or_default();
    let mut out = Vec::with_capacity(data.len());
    for &b in data.iter() {
        match b {
            b'\\' | b'\'' => out.extend_from_slice(&[b'\\', b]),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7E => out.push(b),
            _ => out.extend_from_slice(format!("\\x{b:02x}").as_bytes()),
        }
    }
    Ok(Value::tuple(vec![
        bytes_value(out),
        Value::from(data.len()),
    ]))
}

/// `escape_decode(data, errors=None)`: the bytes a bytes literal's body stands for.
fn escape_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    clinic_positional(&args, "_codecs", "escape_decode", 1, 2)?;
    let data = escaped_input(&args.pos[0])?;
    errors_arg("escape_decode", &args, 1)?;
    let mut out = Vec::with_capacity(data.len());
    let mut warning = None;
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        i += 1;
        if b != b'\\' {
            out.push(b);
            continue;
        }
        let Some(&e) = data.get(i) else {
            return Err(PyErr::value_error("Trailing \\ in string"));
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(0x0b),
            b'a' => out.push(0x07),
            b'0'..=b'7' => {
                let start = i - 1;
                let mut n = (e - b'0') as u32;
                while i < data.len() && i < start + 3 && (b'0'..=b'7').contains(&data[i]) {
                    n = n * 8 + (data[i] - b'0') as u32;
                    i += 1;
                }
                if n > 0o377 && warning.is_none() {
                    let written = String::from_utf8_lossy(&data[start..i]).into_owned();
                    warning = Some(format!("invalid octal escape sequence '\\{written}'"));
                }
                out.push(n as u8);
            }
            b'x' => {
                let digits = data.get(i..i + 2).unwrap_or(&[]);
                if digits.len() < 2 || !digits.iter().all(u8::is_ascii_hexdigit) {
                    return Err(PyErr::value_error(format!(
                        "invalid \\x escape at position {}",
                        i - 2
                    )));
                }
                let text = std::str::from_utf8(digits).unwrap_or("0");
                out.push(u8::from_str_radix(text, 16).unwrap_or(0));
                i += 2;
            }
            other => {
                if warning.is_none() {
                    warning = Some(format!("invalid escape sequence '\\{}'", other as char));
                }
                out.extend_from_slice(&[b'\\', other]);
            }
        }
    }
    escape_codecs::warn_decoded(vm, warning)?;
    Ok(Value::tuple(vec![
        bytes_value(out),
        Value::from(data.len()),
    ]))
}
