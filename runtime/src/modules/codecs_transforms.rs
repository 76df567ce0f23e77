//! The codecs of CPython's registry that are not text encodings, run by `codecs.encode`,
//! `codecs.decode` and their `CodecInfo`: `hex` and `base64` (bytes to bytes, through
//! `binascii.rs`) and `rot13` (str to str). Like CPython's, hex and base64 take only the
//! `strict` error handler, and none keeps state between chunks, so their incremental
//! coders are the same functions.

use crate::objects::bytes::bytes_value;
use crate::objects::{codecs, types, PyErr, PyResult, Value};

use super::binascii;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Transform {
    Hex,
    Base64,
    Rot13,
}

impl Transform {
    /// The transform codec named `encoding` (any alias CPython accepts).
    pub fn named(encoding: &str) -> Option<Transform> {
        Some(match codecs::transform_codec_name(encoding)? {
            "hex" => Transform::Hex,
            "base64" => Transform::Base64,
            _ => Transform::Rot13,
        })
    }

    /// The registry's name (`CodecInfo.name`).
    pub fn name(self) -> &'static str {
        match self {
            Transform::Hex => "hex",
            Transform::Base64 => "base64",
            Transform::Rot13 => "rot-13",
        }
    }

    /// The module of `encodings` CPython defines it in.
    pub fn module(self) -> &'static str {
        match self {
            Transform::Hex => "hex_codec",
            Transform::Base64 => "base64_codec",
            Transform::Rot13 => "rot_13",
        }
    }

    /// Encodes `input`; failures are worded as the codec's own functions word them.
    pub fn encode(self, input: &Value, errors: &str) -> PyResult<Value> {
        self.check_errors(errors)?;
        match self {
            Transform::Hex => Ok(bytes_value(binascii::hex_encode(&binascii::bytes_like(
                input,
            )?))),
            Transform::Base64 => Ok(bytes_value(binascii::base64_encode_lines(&base64_input(
                input,
            )?))),
            Transform::Rot13 => rot13(input),
        }
    }

    /// Decodes `input`.
    pub fn decode(self, input: &Value, errors: &str) -> PyResult<Value> {
        self.check_errors(errors)?;
        match self {
            Transform::Hex => Ok(bytes_value(binascii::hex_decode(&binascii::ascii_data(
                input,
            )?)?)),
            Transform::Base64 => Ok(bytes_value(binascii::base64_decode(
                &base64_input(input)?,
                false,
            )?)),
            Transform::Rot13 => rot13(input),
        }
    }
}

impl Transform {
    /// The hex and base64 codecs assert that `errors` is "strict" (an empty
    /// `AssertionError` otherwise); rot13 ignores it.
    fn check_errors(self, errors: &str) -> PyResult<()> {
        if errors == "strict" || self == Transform::Rot13 {
            Ok(())
        } else {
            Err(PyErr::new(&types().exc.assertion_error, ""))
        }
    }
}

/// The bytes `base64.encodebytes`/`decodebytes` accept ("expected bytes-like object, not
/// str").
fn base64_input(input: &Value) -> PyResult<Vec<u8>> {
    binascii::bytes_like(input).map_err(|_| {
        PyErr::type_error(format!(
            "expected bytes-like object, not {}",
            input.type_name()
        ))
    })
}

/// ROT13 of the ASCII letters of a str (the codec is `str.translate` with a table).
fn rot13(input: &Value) -> PyResult<Value> {
    let Value::Str(text) = input else {
        return Err(PyErr::type_error(format!(
            "descriptor 'translate' for 'str' objects doesn't apply to a '{}' object",
            input.type_name()
        )));
    };
    let rotate = |c: char, base: u8| (((c as u8 - base + 13) % 26) + base) as char;
    let out: String = text
        .as_str()
        .chars()
        .map(|c| match c {
            'a'..='z' => rotate(c, b'a'),
            'A'..='Z' => rotate(c, b'A'),
            other => other,
        })
        .collect();
    Ok(Value::string(out))
}
