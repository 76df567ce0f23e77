//! The number protocol outside the binary operators: `__index__` conversions (what
//! `operator.index` answers, index-sized ints for repeat counts and subscripts, `__len__`
//! results), `divmod()` with its `__divmod__`/`__rdivmod__` dispatch, and three-argument
//! `pow()`, which tries the operands' types in CPython's order.

use num_traits::ToPrimitive;

use crate::bytecode::BinOp;
use crate::objects::{complex, float, int, PyErr, PyResult, Value};

use super::subclass::{base_value, inherited_base};
use super::Vm;

/// The plain int value of an instance of a strict subclass of int (a bool, or an instance
/// of a class deriving from int); None for anything else, exact ints included.
pub fn int_subclass_value(v: &Value) -> Option<Value> {
    match v {
        Value::Bool(b) => Some(Value::Int(*b as i64)),
        Value::Instance(_) => match base_value(v) {
            Some(n @ (Value::Int(_) | Value::BigInt(_))) => Some(n),
            _ => None,
        },
        _ => None,
    }
}

fn not_an_integer(v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_name()
    ))
}

/// The implementation of `**` with a modulus that a type provides (CPython's
/// `nb_power` slot): types sharing one are tried once.
#[derive(PartialEq, Clone, Copy)]
enum PowSlot {
    Int,
    Float,
    Complex,
    /// A class statement's `__pow__`/`__rpow__`.
    User,
}

impl Vm {
    /// `operator.index(v)`: an int (int, bool as int, or what `__index__` returns), with
    /// CPython's errors for anything else.
    pub fn index_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Instance(_) => {
                // An instance of an int subclass is an int: CPython takes its value and
                // never calls the subclass's own `__index__`.
                if let Some(n) = int_subclass_value(v) {
                    return Ok(n);
                }
                if let Some(b) = inherited_base(v, "__index__") {
                    return self.index_value(&b);
                }
                let Some(m) = v.type_of().lookup("__index__") else {
                    return Err(not_an_integer(v));
                };
                let r = self.call_special(&m, vec![v.clone()])?;
                if let Value::Int(_) | Value::BigInt(_) = r {
                    return Ok(r);
                }
                match int_subclass_value(&r) {
                    Some(n) => {
                        self.warn_strict_subclass_result("__index__", "int", &r)?;
                        Ok(n)
                    }
                    None => Err(PyErr::type_error(format!(
                        "__index__ returned non-int (type {})",
                        r.type_name()
                    ))),
                }
            }
            other => Err(not_an_integer(other)),
        }
    }

    /// `v` through `__index__` as an index-sized int; `overflow` builds the error for one
    /// that does not fit, from CPython's message naming `v`'s type.
    pub fn index_sized(&mut self, v: &Value, overflow: fn(String) -> PyErr) -> PyResult<i64> {
        let n = self.index_value(v)?;
        match n {
            Value::Int(i) => Ok(i),
            _ => Err(overflow(format!(
                "cannot fit '{}' into an index-sized integer",
                v.type_name()
            ))),
        }
    }

    /// `seq * n` / `n * seq` where n is an object with `__index__` (after its class's own
    /// `__mul__`/`__rmul__` declined): the sequence repeated.
    pub(super) fn repeat_by_index(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
    ) -> PyResult<Option<Value>> {
        let has_index = |v: &Value| {
            matches!(v, Value::Instance(_)) && v.type_of().lookup("__index__").is_some()
        };
        let n = if super::ops::is_repeatable_sequence(a) && has_index(b) {
            b
        } else if super::ops::is_repeatable_sequence(b) && has_index(a) {
            a
        } else {
            return Ok(None);
        };
        let count = Value::Int(self.index_sized(n, |m| PyErr::overflow_error(m))?);
        if n.is(b) {
            self.binary_op_native(a, &count, op)
        } else {
            self.binary_op_native(&count, b, op)
        }
    }

    /// The length a `__len__` method answered, checked as CPython checks it.
    pub(super) fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        let n = self.index_value(r)?;
        if int::to_bigint(&n).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) {
            return Err(PyErr::value_error("__len__() should return >= 0"));
        }
        int::to_bigint(&n)
            .and_then(|b| b.to_i64())
            .map(|i| i as usize)
            .ok_or_else(|| PyErr::overflow_error("cannot fit 'int' into an index-sized integer"))
    }

    /// `divmod(a, b)`.
    pub fn divmod(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = native_divmod(a, b)? {
            return Ok(r);
        }
        if let Some(r) = self.dispatch_dunders(a, b, "__divmod__", "__rdivmod__")? {
            return Ok(r);
        }
        let (ba, bb) = (base_value(a), base_value(b));
        if ba.is_some() || bb.is_some() {
            let x = ba.unwrap_or_else(|| a.clone());
            let y = bb.unwrap_or_else(|| b.clone());
            if let Some(r) = native_divmod(&x, &y)? {
                return Ok(r);
            }
        }
        Err(PyErr::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.type_name(),
            b.type_name()
        )))
    }

    /// `pow(base, exp, mod)`; a None modulus is the binary `**`.
    pub fn power(&mut self, base: &Value, exp: &Value, modulus: &Value) -> PyResult<Value> {
        if modulus.is_none() {
            return self.binary_op(base.clone(), exp.clone(), BinOp::Power);
        }
        let mut tried: Vec<PowSlot> = Vec::with_capacity(3);
        for v in [base, exp, modulus] {
            let Some(slot) = pow_slot(v) else { continue };
            if tried.contains(&slot) {
                continue;
            }
            tried.push(slot);
            if let Some(r) = self.ternary_pow(slot, base, exp, modulus)? {
                return Ok(r);
            }
        }
        Err(PyErr::type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            base.type_name(),
            exp.type_name(),
            modulus.type_name()
        )))
    }

    /// One type's three-argument power; None for NotImplemented.
    fn ternary_pow(
        &mut self,
        slot: PowSlot,
        base: &Value,
        exp: &Value,
        modulus: &Value,
    ) -> PyResult<Option<Value>> {
        let value = |v: &Value| base_value(v).unwrap_or_else(|| v.clone());
        let (b, e, m) = (value(base), value(exp), value(modulus));
        match slot {
            PowSlot::Int => {
                if int::is_int(&b) && int::is_int(&e) && int::is_int(&m) {
                    return int::pow_mod(&b, &e, &m).map(Some);
                }
                Ok(None)
            }
            PowSlot::Float => Err(PyErr::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            )),
            PowSlot::Complex => {
                if complex::as_complex(&b).is_some() && complex::as_complex(&e).is_some() {
                    return Err(PyErr::value_error("complex modulo"));
                }
                Ok(None)
            }
            // Three-argument power never uses `__rpow__`: only the base's own `__pow__`.
            PowSlot::User => {
                if pow_slot(base) != Some(PowSlot::User) {
                    return Ok(None);
                }
                let Some(m) = base.type_of().lookup("__pow__") else {
                    return Ok(None);
                };
                let r = self.call_special(&m, vec![base.clone(), exp.clone(), modulus.clone()])?;
                Ok((!matches!(r, Value::NotImplemented)).then_some(r))
            }
        }
    }
}

/// Which `**` implementation `v`'s type has, if any.
fn pow_slot(v: &Value) -> Option<PowSlot> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Some(PowSlot::Int),
        Value::Float(_) => Some(PowSlot::Float),
        Value::Complex(..) => Some(PowSlot::Complex),
        Value::Instance(i) => {
            let class = i.class();
            if class.lookup_override("__pow__").is_some()
                || class.lookup_override("__rpow__").is_some()
            {
                return Some(PowSlot::User);
            }
            base_value(v).as_ref().and_then(pow_slot)
        }
        _ => None,
    }
}

/// `divmod` of two builtin numbers; None when either is something else (or complex, which
/// has no floor division).
fn native_divmod(a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let is_real = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
        )
    };
    if !is_real(a) || !is_real(b) {
        return Ok(None);
    }
    if int::is_int(a) && int::is_int(b) {
        let q = int::floordiv(a, b)?;
        let r = int::modulo(a, b)?;
        return Ok(Some(Value::tuple(vec![q, r])));
    }
    let to_f64 = |v: &Value| match v {
        Value::Float(f) => Ok(f.get()),
        other => int::int_to_f64(other),
    };
    let (x, y) = (to_f64(a)?, to_f64(b)?);
    if y == 0.0 {
        return Err(PyErr::zero_division("float divmod()"));
    }
    let (q, r) = float::divmod(x, y);
    Ok(Some(Value::tuple(vec![Value::float(q), Value::float(r)])))
}
