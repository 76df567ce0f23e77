//! The `binascii` module, as far as the `hex` and `base64` codecs need it plus `crc32`:
//! `hexlify`/`b2a_hex`, `unhexlify`/`a2b_hex`, `b2a_base64`, `a2b_base64` (lenient and
//! `strict_mode`), `crc32`, and the `Error` (a `ValueError`) and `Incomplete` exceptions.
//!
//! The conversions are also plain Rust functions, which `codecs_module.rs` calls for the
//! bytes-to-bytes codecs; their failures are `binascii.Error` whether or not the module was
//! imported, so the class is made once per thread.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::params::Params;
use crate::objects::bytes::{buffer_of, bytes_value};
use crate::objects::function::Args;
use crate::objects::methods::bytes::hex_method;
use crate::objects::typeobj::Layout;
use crate::objects::{int, types, PyBuiltin, PyDict, PyErr, PyModule, PyResult, PyType, Value};
use crate::vm::Vm;

thread_local! {
    /// `binascii.Error`, raised for malformed data.
    static ERROR: Rc<PyType> = exception_class("Error", types().exc.value_error.clone());
    /// `binascii.Incomplete`, which only the (absent) uu and hqx functions raise.
    static INCOMPLETE: Rc<PyType> = exception_class("Incomplete", types().exc.exception.clone());
}

fn exception_class(name: &str, base: Rc<PyType>) -> Rc<PyType> {
    let dict = PyDict::new_tracked();
    dict.set_str("__module__", Value::str("binascii"));
    dict.set_str("__doc__", Value::None);
    match PyType::new_class(name, name, vec![base.clone()], dict, None) {
        Ok(t) => t,
        // A single exception base is always acceptable; this keeps the call infallible.
        Err(_) => PyType::new_builtin(name, vec![base], Layout::Object),
    }
}

/// `binascii.Error: msg`.
pub fn error(msg: &str) -> PyErr {
    ERROR.with(|t| PyErr::new(t, msg))
}

pub fn init(_vm: &mut Vm, m: &Rc<PyModule>) -> PyResult<()> {
    m.set("Error", Value::Type(ERROR.with(|t| t.clone())));
    m.set("Incomplete", Value::Type(INCOMPLETE.with(|t| t.clone())));
    m.set(
        "hexlify",
        PyBuiltin::value("hexlify", |vm, a| hexlify(vm, a, "hexlify")),
    );
    m.set(
        "b2a_hex",
        PyBuiltin::value("b2a_hex", |vm, a| hexlify(vm, a, "b2a_hex")),
    );
    m.set(
        "unhexlify",
        PyBuiltin::value("unhexlify", |_, a| unhexlify(a, "unhexlify")),
    );
    m.set(
        "a2b_hex",
        PyBuiltin::value("a2b_hex", |_, a| unhexlify(a, "a2b_hex")),
    );
    m.set("b2a_base64", PyBuiltin::value("b2a_base64", b2a_base64));
    m.set("a2b_base64", PyBuiltin::value("a2b_base64", a2b_base64));
    m.set("crc32", PyBuiltin::value("crc32", crc32));
    Ok(())
}

/// The bytes of a bytes-like argument ("a bytes-like object is required, not 'str'").
pub fn bytes_like(v: &Value) -> PyResult<Vec<u8>> {
    match buffer_of(v)? {
        Some(data) => Ok(data.into_owned()),
        None => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))),
    }
}

/// The bytes of an argument the `a2b_*` functions read: bytes-like, or a str of ASCII
/// characters.
pub fn ascii_data(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Str(s) if s.as_str().is_ascii() => Ok(s.as_str().as_bytes().to_vec()),
        Value::Str(_) => Err(PyErr::value_error(
            "string argument should contain only ASCII characters",
        )),
        other => match buffer_of(other)? {
            Some(data) => Ok(data.into_owned()),
            None => Err(PyErr::type_error(format!(
                "argument should be bytes, buffer or ASCII string, not '{}'",
                other.type_name()
            ))),
        },
    }
}

/// `hexlify(data, sep=None, bytes_per_sep=1)`: `bytes.hex` as bytes.
fn hexlify(vm: &mut Vm, args: Args, func: &str) -> PyResult<Value> {
    let mut slots = Params {
        func,
        names: &["data", "sep", "bytes_per_sep"],
        required: 1,
        positional: 3,
    }
    .bind(args)?
    .into_iter();
    let data = bytes_like(&slots.next().flatten().unwrap_or(Value::None))?;
    // `bytes.hex` reads the options after its receiver.
    let mut hex_args = Args::new(vec![Value::None]);
    for (name, slot) in ["sep", "bytes_per_sep"].into_iter().zip(slots) {
        if let Some(v) = slot {
            hex_args.kw.push((crate::objects::PyStr::intern(name), v));
        }
    }
    match hex_method(vm, hex_args, &data)? {
        Value::Str(s) => Ok(bytes_value(s.as_str().as_bytes().to_vec())),
        other => Ok(other),
    }
}

/// `unhexlify(hexstr)`.
fn unhexlify(args: Args, func: &str) -> PyResult<Value> {
    args.expect(&format!("binascii.{func}"), 1, 1)?;
    Ok(bytes_value(hex_decode(&ascii_data(&args.pos[0])?)?))
}

/// Two hexadecimal digits per byte, either case.
pub fn hex_decode(data: &[u8]) -> PyResult<Vec<u8>> {
    if data.len() % 2 != 0 {
        return Err(error("Odd-length string"));
    }
    let digit = |b: u8| (b as char).to_digit(16);
    data.chunks(2)
        .map(|pair| match (digit(pair[0]), digit(pair[1])) {
            (Some(hi), Some(lo)) => Ok((hi * 16 + lo) as u8),
            _ => Err(error("Non-hexadecimal digit found")),
        })
        .collect()
}

/// Lower-case hexadecimal, two digits per byte.
pub fn hex_encode(data: &[u8]) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    data.iter()
        .flat_map(|&b| [DIGITS[(b >> 4) as usize], DIGITS[(b & 15) as usize]])
        .collect()
}

const BASE64_ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with `=` padding, and a final newline when `newline`.
pub fn base64_encode(data: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &b)| acc | (b as u32) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(BASE64_ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    out
}

/// What `base64.encodebytes` (the `base64` codec) writes: lines of at most 76 characters,
/// each ending in a newline.
pub fn base64_encode_lines(data: &[u8]) -> Vec<u8> {
    data.chunks(57)
        .flat_map(|line| base64_encode(line, true))
        .collect()
}

fn base64_value(b: u8) -> Option<u32> {
    BASE64_ALPHABET
        .iter()
        .position(|&c| c == b)
        .map(|v| v as u32)
}

/// Decodes base64. Leniently, characters outside the alphabet are skipped and the first
/// complete padding ends the data; `strict` refuses anything but one well-padded run.
pub fn base64_decode(data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    // Position in the current group of four characters, the bits not yet written, the
    // padding seen in this group, and the data characters read.
    let (mut quad, mut bits, mut nbits) = (0usize, 0u32, 0u32);
    let (mut pads, mut padding_seen, mut count) = (0usize, false, 0usize);
    for (i, &b) in data.iter().enumerate() {
        if b == b'=' {
            if strict && i == 0 {
                return Err(error("Leading padding not allowed"));
            }
            padding_seen = true;
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error("Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = base64_value(b) else {
            if strict {
                return Err(error("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_seen {
            return Err(error("Discontinuous padding not allowed"));
        }
        count += 1;
        quad = (quad + 1) % 4;
        bits = (bits << 6) | v;
        nbits += 6;
        if nbits >= 8 {
            nbits -= 8;
            out.push((bits >> nbits) as u8);
            bits &= (1 << nbits) - 1;
        }
    }
    match quad {
        0 => Ok(out),
        1 => Err(error(&format!(
            "Invalid base64-encoded string: number of data characters ({count}) cannot be 1 \
             more than a multiple of 4"
        ))),
        _ => Err(error("Incorrect padding")),
    }
}

/// `b2a_base64(data, *, newline=True)`.
fn b2a_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let options = Params {
        func: "b2a_base64",
        names: &["data", "newline"],
        required: 1,
        positional: 1,
    }
    .bind_posonly(args, 1)?;
    let newline = match &options[1] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let data = bytes_like(options[0].as_ref().unwrap_or(&Value::None))?;
    Ok(bytes_value(base64_encode(&data, newline)))
}

/// `a2b_base64(data, *, strict_mode=False)`.
fn a2b_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let options = Params {
        func: "a2b_base64",
        names: &["data", "strict_mode"],
        required: 1,
        positional: 1,
    }
    .bind_posonly(args, 1)?;
    let strict = match &options[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let data = ascii_data(options[0].as_ref().unwrap_or(&Value::None))?;
    Ok(bytes_value(base64_decode(&data, strict)?))
}

/// The CRC-32 of zlib and PNG (reflected polynomial 0xEDB88320), continuing from `crc`.
pub fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    for &b in data {
        c ^= b as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                (c >> 1) ^ 0xEDB8_8320
            } else {
                c >> 1
            };
        }
    }
    !c
}

/// `crc32(data, crc=0)`: the start value wraps to 32 bits, as CPython's does.
fn crc32(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::modules::params::clinic_positional(&args, "binascii", "crc32", 1, 2)?;
    let data = bytes_like(&args.pos[0])?;
    let start = match args.pos.get(1) {
        None => 0,
        Some(v) => {
            let Some(n) = int::to_bigint(v) else {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_name()
                )));
            };
            let wrapped: BigInt = n & BigInt::from(u32::MAX);
            wrapped.to_u32().unwrap_or(0)
        }
    };
    Ok(Value::Int(crc32_update(start, &data) as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips() {
        for data in [
            &b""[..],
            b"h",
            b"he",
            b"hel",
            b"hello world",
            &[0, 255, 128, 7],
        ] {
            let encoded = base64_encode(data, false);
            assert_eq!(base64_decode(&encoded, true).ok().as_deref(), Some(data));
        }
        assert_eq!(base64_encode(b"hello", true), b"aGVsbG8=\n");
    }

    #[test]
    fn crc32_matches_zlib() {
        assert_eq!(crc32_update(0, b"hello"), 907060870);
        assert_eq!(
            crc32_update(crc32_update(0, b"hello "), b"world"),
            222957957
        );
    }
}
