//! Methods of `int`, `bool` and `float`.

use num_bigint::BigInt;
use num_traits::Signed;

use super::{add_classmethods, add_methods, receiver};
use crate::objects::{float, int, types, PyErr, Value};

pub fn register() {
    let t = types();
    add_methods(
        &t.int,
        &[
            ("bit_length", |_, a| {
                let b = int::to_bigint(&receiver(&a)).unwrap_or_default();
                Ok(Value::from(b.abs().bits() as usize))
            }),
            ("bit_count", |_, a| {
                let b = int::to_bigint(&receiver(&a)).unwrap_or_default();
                let ones: u32 = b
                    .abs()
                    .to_u64_digits()
                    .1
                    .iter()
                    .map(|d| d.count_ones())
                    .sum();
                Ok(Value::Int(ones as i64))
            }),
            ("conjugate", |_, a| Ok(receiver(&a))),
            ("__index__", |_, a| Ok(receiver(&a))),
            ("__int__", |_, a| Ok(receiver(&a))),
            ("__float__", |_, a| {
                Ok(Value::Float(int::int_to_f64(&receiver(&a))?))
            }),
            ("is_integer", |_, _| Ok(Value::Bool(true))),
            ("__format__", |vm, a| {
                let spec = match a.pos.get(1) {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    _ => String::new(),
                };
                Ok(Value::string(vm.format(&receiver(&a), &spec)?))
            }),
            ("to_bytes", |vm, mut a| {
                let n = int::to_bigint(&receiver(&a)).unwrap_or_default();
                let length = match a.arg(1, "length") {
                    Some(v) => vm.index_of(&v, "to_bytes")?.max(0) as usize,
                    None => 1,
                };
                let big =
                    !matches!(a.arg(2, "byteorder"), Some(Value::Str(s)) if s.as_str() == "little");
                let signed = match a.take_kw("signed") {
                    Some(v) => vm.truthy(&v)?,
                    None => false,
                };
                if n.is_negative() && !signed {
                    return Err(PyErr::overflow_error(
                        "can't convert negative int to unsigned",
                    ));
                }
                let mut bytes = n.to_signed_bytes_le();
                if !n.is_negative() && !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
                    bytes.pop();
                }
                if bytes.len() > length && !(n == BigInt::from(0) && length == 0) {
                    return Err(PyErr::overflow_error("int too big to convert"));
                }
                let fill = if n.is_negative() { 0xff } else { 0 };
                bytes.resize(length, fill);
                if big {
                    bytes.reverse();
                }
                Ok(Value::Bytes(std::rc::Rc::new(
                    crate::objects::PyBytes::new(bytes),
                )))
            }),
        ],
    );
    add_classmethods(
        &t.int,
        &[("from_bytes", |vm, mut a| {
            let data = match a.arg(1, "bytes") {
                Some(Value::Bytes(b)) => b.data.clone(),
                Some(other) => vm
                    .collect_iterable(&other)?
                    .iter()
                    .map(|v| if let Value::Int(i) = v { *i as u8 } else { 0 })
                    .collect(),
                None => {
                    return Err(PyErr::type_error(
                        "from_bytes() missing required argument 'bytes' (pos 1)",
                    ))
                }
            };
            let little =
                matches!(a.arg(2, "byteorder"), Some(Value::Str(s)) if s.as_str() == "little");
            let signed = match a.take_kw("signed") {
                Some(v) => vm.truthy(&v)?,
                None => false,
            };
            let mut le = data;
            if !little {
                le.reverse();
            }
            let n = if signed {
                BigInt::from_signed_bytes_le(&le)
            } else {
                BigInt::from_bytes_le(num_bigint::Sign::Plus, &le)
            };
            Ok(Value::from_bigint(n))
        })],
    );
    add_methods(
        &t.float,
        &[
            ("is_integer", |_, a| match receiver(&a) {
                Value::Float(f) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
                _ => Ok(Value::Bool(false)),
            }),
            ("as_integer_ratio", |_, a| {
                let Value::Float(f) = receiver(&a) else {
                    return Err(PyErr::type_error("float expected"));
                };
                if !f.is_finite() {
                    return Err(if f.is_nan() {
                        PyErr::value_error("cannot convert NaN to integer ratio")
                    } else {
                        PyErr::overflow_error("cannot convert Infinity to integer ratio")
                    });
                }
                let (m, e) = int::frexp(f.abs());
                let mut num = int::float_to_bigint(m * 9_007_199_254_740_992.0).unwrap_or_default();
                let mut exp = e - 53;
                let mut den = BigInt::from(1);
                while exp < 0 && (&num % 2u32) == BigInt::from(0) && num != BigInt::from(0) {
                    num /= 2u32;
                    exp += 1;
                }
                if exp >= 0 {
                    num <<= exp as usize;
                } else {
                    den <<= (-exp) as usize;
                }
                if num == BigInt::from(0) {
                    den = BigInt::from(1);
                }
                if f < 0.0 {
                    num = -num;
                }
                Ok(Value::tuple(vec![
                    Value::from_bigint(num),
                    Value::from_bigint(den),
                ]))
            }),
            ("conjugate", |_, a| Ok(receiver(&a))),
            ("__float__", |_, a| Ok(receiver(&a))),
            ("__int__", |_, a| match receiver(&a) {
                Value::Float(f) => int::float_to_bigint(f.trunc())
                    .map(Value::from_bigint)
                    .ok_or_else(|| {
                        PyErr::overflow_error("cannot convert float infinity to integer")
                    }),
                other => Ok(other),
            }),
            ("__repr__", |_, a| match receiver(&a) {
                Value::Float(f) => Ok(Value::string(float::float_repr(f))),
                _ => Ok(Value::str("")),
            }),
            ("__format__", |vm, a| {
                let spec = match a.pos.get(1) {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    _ => String::new(),
                };
                Ok(Value::string(vm.format(&receiver(&a), &spec)?))
            }),
        ],
    );
}
