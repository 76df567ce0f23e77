//! `bytes` values (immutable, hash computed once), their `repr`, and the buffer protocol
//! as tote models it: `bytes`, `bytearray` and `memoryview` are the bytes-like objects, and
//! `buffer_of` reads any of them as a byte slice.

use std::borrow::Cow;
use std::cell::Cell;
use std::rc::Rc;

use super::dict::str_hash;
use super::{PyErr, PyResult, Value};

pub struct PyBytes {
    pub data: Vec<u8>,
    hash: Cell<Option<i64>>,
}

impl PyBytes {
    pub fn new(data: Vec<u8>) -> PyBytes {
        PyBytes {
            data,
            hash: Cell::new(None),
        }
    }

    pub fn hash_value(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = bytes_hash(&self.data);
        self.hash.set(Some(h));
        h
    }
}

/// A new `bytes` value.
pub fn bytes_value(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes::new(data)))
}

/// The hash of a byte string: the same as the str with the same UTF-8 text, as in CPython
/// where `hash(b"abc") == hash("abc")`.
pub fn bytes_hash(data: &[u8]) -> i64 {
    match std::str::from_utf8(data) {
        Ok(s) => str_hash(s),
        Err(_) => {
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for b in data {
                h ^= *b as u64;
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            match h as i64 {
                -1 => -2,
                r => r,
            }
        }
    }
}

/// `repr()` of bytes: `b'...'` with CPython's choice of quotes and escapes.
pub fn repr_bytes(data: &[u8]) -> String {
    quoted_bytes(data, false)
}

/// The `b'...'` inside a bytearray's repr: CPython picks the quote the same way but always
/// escapes a single quote (`bytearray(b"it\'s")`).
pub fn repr_bytearray_body(data: &[u8]) -> String {
    quoted_bytes(data, true)
}

fn quoted_bytes(data: &[u8], escape_single: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b == quote || (escape_single && b == b'\'') => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{:02x}", b)),
        }
    }
    out.push(quote as char);
    out
}

/// The bytes of a bytes-like object (`bytes`, `bytearray`, `memoryview`); `Ok(None)` for
/// anything else. A bytearray or memoryview is copied, so no borrow outlives the call.
pub fn buffer_of(v: &Value) -> PyResult<Option<Cow<'_, [u8]>>> {
    Ok(match v {
        Value::Bytes(b) => Some(Cow::Borrowed(&b.data[..])),
        Value::ByteArray(b) => Some(Cow::Owned(b.to_vec())),
        Value::MemoryView(m) => Some(Cow::Owned(m.to_vec()?)),
        // An instance of a bytes or bytearray subclass exports its value's buffer.
        Value::Instance(i) => match i.base() {
            Some(base @ (Value::Bytes(_) | Value::ByteArray(_))) => buffer_of(base)?,
            _ => None,
        },
        _ => None,
    })
}

/// `buffer_of`, or CPython's "a bytes-like object is required, not 'str'".
pub fn expect_buffer(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    match buffer_of(v)? {
        Some(b) => Ok(b),
        None => Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))),
    }
}

/// Is `v` one of the bytes-like types?
pub fn is_bytes_like(v: &Value) -> bool {
    matches!(
        v,
        Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_picks_quotes_like_cpython() {
        assert_eq!(repr_bytes(b"a\x00'"), "b\"a\\x00'\"");
        assert_eq!(repr_bytes(b"a'\""), "b'a\\'\"'");
        assert_eq!(repr_bytes(b"\x7f\x80"), "b'\\x7f\\x80'");
    }

    #[test]
    fn hash_matches_str_for_text() {
        assert_eq!(bytes_hash(b"abc"), str_hash("abc"));
        assert_eq!(bytes_hash(b"\xff"), bytes_hash(b"\xff"));
    }
}
