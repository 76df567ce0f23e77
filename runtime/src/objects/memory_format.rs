//! The item formats of a `memoryview`: the native single-character `struct` formats
//! CPython's `memoryview.cast` accepts (`c b B ? h H i I l L q Q n N f d P`, optionally
//! prefixed with `@`), their sizes on this platform (x86-64/aarch64 Linux: `l`, `n`, `P`
//! are 8 bytes, byte order little-endian), and packing a Python value into an item or
//! unpacking one, with CPython's memoryview error messages.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::{types, PyErr, PyResult, Value};
use crate::vm::Vm;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemFormat {
    /// The struct format character.
    pub code: u8,
    /// Written with the `@` prefix (kept, as CPython keeps it in `format`).
    pub at_prefix: bool,
}

impl ItemFormat {
    /// Unsigned bytes: the format of every view of `bytes` or `bytearray`.
    pub const BYTES: ItemFormat = ItemFormat {
        code: b'B',
        at_prefix: false,
    };

    /// A format `cast()` accepts: one native format character, maybe after `@`.
    pub fn parse(text: &str) -> Option<ItemFormat> {
        let (at_prefix, rest) = match text.strip_prefix('@') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let [code] = rest.as_bytes() else {
            return None;
        };
        let f = ItemFormat {
            code: *code,
            at_prefix,
        };
        (f.size_of() > 0).then_some(f)
    }

    /// Bytes per item, 0 for a character that is no format.
    fn size_of(self) -> usize {
        match self.code {
            b'c' | b'b' | b'B' | b'?' => 1,
            b'h' | b'H' => 2,
            b'i' | b'I' | b'f' => 4,
            b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
            _ => 0,
        }
    }

    pub fn size(self) -> usize {
        self.size_of().max(1)
    }

    /// The `format` attribute.
    pub fn text(self) -> String {
        let c = self.code as char;
        if self.at_prefix {
            format!("@{c}")
        } else {
            c.to_string()
        }
    }

    /// `B`, `b` and `c`: the formats casts and hashing treat as plain bytes.
    pub fn is_byte(self) -> bool {
        matches!(self.code, b'B' | b'b' | b'c')
    }

    /// Do two formats describe the same items (`B` and `@B` do)?
    pub fn same_items(self, other: ItemFormat) -> bool {
        self.code == other.code
    }

    /// The value of one item stored in `raw` (`size()` bytes, little-endian).
    pub fn unpack(self, raw: &[u8]) -> Value {
        let mut word = [0u8; 8];
        let n = raw.len().min(8);
        word[..n].copy_from_slice(&raw[..n]);
        let unsigned = u64::from_le_bytes(word);
        let signed = |bits: u32| ((unsigned << (64 - bits)) as i64) >> (64 - bits);
        match self.code {
            b'c' => super::bytes::bytes_value(raw.get(..1).unwrap_or(&[0]).to_vec()),
            b'?' => Value::bool(unsigned & 0xff != 0),
            b'b' => Value::Int(signed(8)),
            b'h' => Value::Int(signed(16)),
            b'i' => Value::Int(signed(32)),
            b'l' | b'q' | b'n' => Value::Int(unsigned as i64),
            b'B' => Value::Int((unsigned & 0xff) as i64),
            b'H' => Value::Int((unsigned & 0xffff) as i64),
            b'I' => Value::Int((unsigned & 0xffff_ffff) as i64),
            b'f' => Value::float(f32::from_bits(unsigned as u32) as f64),
            b'd' => Value::float(f64::from_bits(unsigned)),
            // L, Q, N, P: unsigned 64-bit.
            _ => Value::from_bigint(BigInt::from(unsigned)),
        }
    }

    /// The bytes of one item holding `value`: TypeError "memoryview: invalid type for
    /// format 'X'" for a value of the wrong kind, ValueError "… invalid value …" for one
    /// out of range.
    pub fn pack(self, vm: &mut Vm, value: &Value) -> PyResult<Vec<u8>> {
        let invalid_type = || {
            PyErr::type_error(format!(
                "memoryview: invalid type for format '{}'",
                self.text()
            ))
        };
        let invalid_value = || {
            PyErr::value_error(format!(
                "memoryview: invalid value for format '{}'",
                self.text()
            ))
        };
        let size = self.size();
        match self.code {
            b'c' => match value {
                Value::Bytes(b) if b.data.len() == 1 => Ok(b.data.to_vec()),
                Value::Bytes(_) => Err(invalid_value()),
                _ => Err(invalid_type()),
            },
            b'?' => Ok(vec![vm.truthy(value)? as u8]),
            b'f' | b'd' => {
                if matches!(
                    value,
                    Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_)
                ) {
                    return Err(invalid_type());
                }
                let x = match crate::modules::builtins_numbers::to_float(vm, value) {
                    Ok(x) => x,
                    Err(e) if e.is_instance(&types().exc.type_error) => return Err(invalid_type()),
                    Err(_) => return Err(invalid_value()),
                };
                Ok(if self.code == b'f' {
                    (x as f32).to_le_bytes().to_vec()
                } else {
                    x.to_le_bytes().to_vec()
                })
            }
            _ => {
                let n = match crate::modules::math::index(vm, value) {
                    Ok(n) => n,
                    Err(e) if e.is_instance(&types().exc.type_error) => return Err(invalid_type()),
                    Err(e) => return Err(e),
                };
                let bits = size as u32 * 8;
                let signed = matches!(self.code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
                let fits = if signed {
                    let limit = BigInt::from(1) << (bits - 1);
                    n >= -limit.clone() && n < limit
                } else {
                    n >= BigInt::from(0) && n < (BigInt::from(1) << bits)
                };
                if !fits {
                    return Err(invalid_value());
                }
                // Two's complement of the value, cut to the item's size.
                let word = match n.to_i64() {
                    Some(i) => i as u64,
                    None => n.to_u64().unwrap_or(0),
                };
                Ok(word.to_le_bytes()[..size].to_vec())
            }
        }
    }
}
