//! Operators: binary and unary arithmetic (numbers, sequences, sets and set-like views,
//! `A | B` unions of classes). Builtin types are handled natively; anything else goes through
//! the dunder protocol (`__add__`, reflected `__radd__`, in-place `__iadd__`, `NotImplemented`
//! fallback) with CPython's error messages. Rich comparison is in `compare.rs`; truth value,
//! `len`, `hash` and `in` in `value_protocols.rs`; subscripts in `subscript.rs`.

use std::rc::Rc;

use crate::bytecode::BinOp;
use crate::objects::int::{self, to_bigint};
use crate::objects::{complex, float, set_algebra, types, PyErr, PyResult, PySet, PyStr, Value};

use super::Vm;

/// The dunder names of a binary operator: (forward, reflected, in-place).
pub fn binop_dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op.base() {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Lshift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Multiply => ("__mul__", "__rmul__", "__imul__"),
        BinOp::Remainder => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Power => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::Rshift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::Subtract => ("__sub__", "__rsub__", "__isub__"),
        BinOp::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        _ => ("__xor__", "__rxor__", "__ixor__"),
    }
}

pub(super) fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

fn as_f64(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        other => int::int_to_f64(other),
    }
}

/// Repeats a sequence n times (n <= 0 gives empty), refusing absurd sizes.
pub(super) fn repeat_count(n: &Value, len: usize) -> PyResult<usize> {
    let n = match n {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(PyErr::overflow_error(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        _ => 0,
    };
    if n <= 0 || len == 0 {
        return Ok(0);
    }
    if (n as u128) * (len as u128) > (1u128 << 36) {
        return Err(PyErr::memory_error());
    }
    Ok(n as usize)
}

/// Can `v` be a side of `A | B` between classes (a class or None)?
fn is_union_member(v: &Value) -> bool {
    matches!(v, Value::Type(_) | Value::None)
}

impl Vm {
    /// `a <op> b` for any values.
    pub fn binary_op(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
        if let Some(v) = self.native_binop(&a, &b, op)? {
            return Ok(v);
        }
        let (fwd, rev, inplace) = binop_dunders(op);
        let ta = a.type_of();
        let tb = b.type_of();
        if op.is_inplace() && !ta.builtin {
            if let Some(m) = ta.lookup(inplace) {
                let r = self.call_special(&m, vec![a.clone(), b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(y) = super::subclass::number_operand_for_builtin(&a, &b) {
            if let Some(r) = self.binary_op_native(&a, &y, op)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.dispatch_dunders(&a, &b, fwd, rev)? {
            return Ok(r);
        }
        // A dict view's set operation takes any iterable, an instance's too, and fails
        // as iterating it fails (CPython's view slot never answers NotImplemented).
        if matches!(
            op.base(),
            BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor
        ) && (is_set_view(&a) || is_set_view(&b))
        {
            return self.set_view_op(&a, &b, op.base());
        }
        if let Some(r) = self.binop_on_bases(&a, &b, op)? {
            return Ok(r);
        }
        if op.base() == BinOp::Multiply {
            if let Some(r) = self.repeat_by_index(&a, &b, op)? {
                return Ok(r);
            }
        }
        if op.base() == BinOp::Rshift && matches!(&a, Value::Builtin(f) if f.name == "print") {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for >>: 'builtin_function_or_method' and '{}'. Did you mean \"print(<message>, file=<output_stream>)\"?",
                b.type_name()
            )));
        }
        if op.base() == BinOp::Or
            && is_union_member(&a)
            && is_union_member(&b)
            && (matches!(a, Value::Type(_)) || matches!(b, Value::Type(_)))
        {
            let make_union = self.generic_support("_make_union")?;
            return self.call(&make_union, vec![a, b]);
        }
        // A subclass of a sequence type fails as its base type does.
        let a_seq = super::subclass::base_value(&a).unwrap_or_else(|| a.clone());
        if let Some(e) = seq_op_error(&a_seq, &b, op) {
            return Err(e);
        }
        // CPython names the binary power operator after both of its spellings.
        let symbol = match op {
            BinOp::Power => "** or pow()",
            other => other.symbol(),
        };
        Err(PyErr::type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            symbol,
            ta.tp_name(),
            tb.tp_name()
        )))
    }

    /// The dunders of a binary operation: `b.__rop__(a)` first when b's class is a
    /// subclass of a's that defines it, else `a.__op__(b)` then `b.__rop__(a)`; builtin
    /// classes are skipped (their operations are native). None when every candidate is
    /// missing or answers NotImplemented.
    pub(super) fn dispatch_dunders(
        &mut self,
        a: &Value,
        b: &Value,
        fwd: &str,
        rev: &str,
    ) -> PyResult<Option<Value>> {
        let ta = a.type_of();
        let tb = b.type_of();
        let same = Rc::ptr_eq(&ta, &tb);
        // The right operand goes first when its class is a subclass that brings its own
        // reflected method: one it merely inherits from the left operand's class waits.
        let b_first = !same
            && tb.is_subtype(&ta)
            && !tb.builtin
            && tb
                .lookup(rev)
                .is_some_and(|m| ta.builtin || !ta.lookup(rev).is_some_and(|n| n.is(&m)));
        if b_first {
            if let Some(r) = self.try_dunder(b, rev, a)? {
                return Ok(Some(r));
            }
        }
        if !ta.builtin {
            if let Some(r) = self.try_dunder(a, fwd, b)? {
                return Ok(Some(r));
            }
        }
        if !same && !b_first && !tb.builtin {
            if let Some(r) = self.try_dunder(b, rev, a)? {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// A name from the frozen module behind `list[int]` and `int | None`.
    pub(crate) fn generic_support(&mut self, name: &str) -> PyResult<Value> {
        let module = crate::import::import_module(self, "_tote_generic")?;
        self.get_attr(&module, &PyStr::intern(name))
    }

    /// Calls `obj.name(other)` if the type defines it; None if missing or NotImplemented.
    /// A method set to None is called like any other (CPython's slot does the same, so
    /// the program sees "'NoneType' object is not callable").
    pub(crate) fn try_dunder(
        &mut self,
        obj: &Value,
        name: &str,
        other: &Value,
    ) -> PyResult<Option<Value>> {
        let ty = obj.type_of();
        match ty.lookup(name) {
            Some(m) => {
                let r = self.call_special(&m, vec![obj.clone(), other.clone()])?;
                Ok(if matches!(r, Value::NotImplemented) {
                    None
                } else {
                    Some(r)
                })
            }
            None => Ok(None),
        }
    }

    /// Builtin operand combinations; None when no builtin rule applies.
    pub(crate) fn binary_op_native(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
    ) -> PyResult<Option<Value>> {
        self.native_binop(a, b, op)
    }

    fn native_binop(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        use Value::*;
        let base = op.base();
        // Numbers.
        if let (Bool(x), Bool(y)) = (a, b) {
            match base {
                BinOp::And => return Ok(Some(Value::bool(x.get() & y.get()))),
                BinOp::Or => return Ok(Some(Value::bool(x.get() | y.get()))),
                BinOp::Xor => return Ok(Some(Value::bool(x.get() ^ y.get()))),
                _ => {}
            }
        }
        let float_op = matches!(
            base,
            BinOp::Add
                | BinOp::Subtract
                | BinOp::Multiply
                | BinOp::TrueDivide
                | BinOp::FloorDivide
                | BinOp::Remainder
                | BinOp::Power
        );
        if (matches!(a, Complex(..)) && (is_number(b) || matches!(b, Complex(..))))
            || (matches!(b, Complex(..)) && is_number(a))
        {
            if !float_op || matches!(base, BinOp::FloorDivide | BinOp::Remainder) {
                return Ok(Option::None);
            }
            return complex_binop(complex_operand(a)?, complex_operand(b)?, base);
        }
        if is_number(a) && is_number(b) {
            let any_float = matches!(a, Float(_)) || matches!(b, Float(_));
            if !any_float {
                return Ok(Some(match base {
                    BinOp::Add => int_arith(a, b, '+', |x, y| x.checked_add(y)),
                    BinOp::Subtract => int_arith(a, b, '-', |x, y| x.checked_sub(y)),
                    BinOp::Multiply => int_arith(a, b, '*', |x, y| x.checked_mul(y)),
                    BinOp::And => int_arith(a, b, '&', |x, y| Some(x & y)),
                    BinOp::Or => int_arith(a, b, '|', |x, y| Some(x | y)),
                    BinOp::Xor => int_arith(a, b, '^', |x, y| Some(x ^ y)),
                    BinOp::FloorDivide => int::floordiv(a, b)?,
                    BinOp::Remainder => int::modulo(a, b)?,
                    BinOp::TrueDivide => int::truediv(a, b)?,
                    BinOp::Power => int::pow(a, b)?,
                    BinOp::Lshift => int::shift_left(a, b)?,
                    BinOp::Rshift => int::shift_right(a, b)?,
                    _ => return Ok(Option::None),
                }));
            }
            if !float_op {
                return Ok(Option::None);
            }
            let (x, y) = (as_f64(a)?, as_f64(b)?);
            if base == BinOp::Power {
                return float::pow(x, y).map(Some);
            }
            return Ok(Some(Value::float(match base {
                BinOp::Add => x + y,
                BinOp::Subtract => x - y,
                BinOp::Multiply => x * y,
                BinOp::TrueDivide => {
                    if y == 0.0 {
                        return Err(PyErr::zero_division("float division by zero"));
                    }
                    x / y
                }
                BinOp::FloorDivide => float::floordiv(x, y)?,
                BinOp::Remainder => float::modulo(x, y)?,
                _ => return Ok(Option::None),
            })));
        }
        // `d |= x` is `d.update(x)`: any mapping or iterable of pairs (a dict view too, which
        // `d | view` would turn into a set); `d | x` needs a dict.
        if let (Dict(x), BinOp::Or, true) = (a, base, op.is_inplace()) {
            crate::modules::builtins_ctors::dict_update(self, x, Some(b), Vec::new())?;
            return Ok(Some(a.clone()));
        }
        if matches!(base, BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor)
            && (is_set_view(a) || is_set_view(b))
            && !matches!(a, Instance(_))
            && !matches!(b, Instance(_))
        {
            // Like CPython, a view's set operation with a value that cannot be iterated
            // is that value's "not iterable" TypeError, not an unsupported operand.
            return self.set_view_op(a, b, base).map(Some);
        }
        if crate::objects::bytes::is_bytes_like(a) || crate::objects::bytes::is_bytes_like(b) {
            if let Some(v) = self.bytes_binop(a, b, op)? {
                return Ok(Some(v));
            }
        }
        Ok(Some(match (a, b, base) {
            // An empty operand gives the other str itself (as CPython, for exact strs).
            (Str(_), Str(y), BinOp::Add) if y.as_str().is_empty() => a.clone(),
            (Str(x), Str(_), BinOp::Add) if x.as_str().is_empty() => b.clone(),
            (Str(x), Str(y), BinOp::Add) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Value::string(s)
            }
            (Str(x), n, BinOp::Multiply) | (n, Str(x), BinOp::Multiply) if int::is_int(n) => {
                let k = repeat_count(n, x.as_str().len())?;
                if k == 1 {
                    return Ok(Some(Value::Str(x.clone())));
                }
                Value::string(x.as_str().repeat(k))
            }
            (Str(x), _, BinOp::Remainder) if !reflects_first(a, b, "__rmod__") => {
                self.percent_format_value(x, b)?
            }
            (List(x), List(y), BinOp::Add) => {
                if op.is_inplace() {
                    let extra = y.snapshot();
                    x.items.borrow_mut().extend(extra);
                    a.clone()
                } else {
                    let mut v = x.snapshot();
                    v.extend(y.items.borrow().iter().cloned());
                    Value::list(v)
                }
            }
            (List(x), _, BinOp::Add) if op.is_inplace() => {
                let mut extra = Vec::new();
                let collected = self.collect_iterable_into(b, &mut extra);
                x.items.borrow_mut().extend(extra);
                collected?;
                a.clone()
            }
            (List(x), n, BinOp::Multiply) | (n, List(x), BinOp::Multiply) if int::is_int(n) => {
                let items = x.snapshot();
                let k = repeat_count(n, items.len())?;
                let mut out = Vec::with_capacity(items.len() * k);
                for _ in 0..k {
                    out.extend(items.iter().cloned());
                }
                if op.is_inplace() && matches!(a, List(_)) {
                    *x.items.borrow_mut() = out;
                    a.clone()
                } else {
                    Value::list(out)
                }
            }
            (Tuple(x), Tuple(y), BinOp::Add) => {
                let mut v = x.items.clone();
                v.extend(y.items.iter().cloned());
                Value::tuple(v)
            }
            (Tuple(x), n, BinOp::Multiply) | (n, Tuple(x), BinOp::Multiply) if int::is_int(n) => {
                let k = repeat_count(n, x.items.len())?;
                let mut out = Vec::with_capacity(x.items.len() * k);
                for _ in 0..k {
                    out.extend(x.items.iter().cloned());
                }
                Value::tuple(out)
            }
            (
                Set(_) | FrozenSet(_),
                Set(_) | FrozenSet(_),
                BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor,
            ) => {
                if let (Set(target), true) = (a, op.is_inplace()) {
                    match base {
                        BinOp::Or => target.update(self, b)?,
                        BinOp::And => {
                            let r = set_algebra::intersection(self, target, b)?;
                            target.replace_with(r);
                        }
                        BinOp::Subtract => set_algebra::difference_update(self, target, b)?,
                        _ => set_algebra::symmetric_difference_update(self, target, b)?,
                    }
                    return Ok(Some(a.clone()));
                }
                self.set_op(a, b, base)?
            }
            (Dict(x), Dict(y), BinOp::Or) => {
                let d = x.copy();
                for (k, v) in y.items() {
                    d.set(self, k, v)?;
                }
                Value::dict(d)
            }
            _ => return Ok(Option::None),
        }))
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` between two sets; the result has `a`'s type.
    fn set_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let Some(x) = set_algebra::as_set(a) else {
            return Ok(Value::None);
        };
        let r = match op {
            BinOp::Or => set_algebra::union(self, x, b)?,
            BinOp::And => set_algebra::intersection(self, x, b)?,
            BinOp::Subtract => set_algebra::difference(self, x, b)?,
            _ => set_algebra::symmetric_difference(self, x, b)?,
        };
        Ok(if matches!(a, Value::FrozenSet(_)) {
            Value::frozenset(r)
        } else {
            Value::set(r)
        })
    }

    /// A set operator with a dict keys or items view on either side, as CPython's views
    /// do it: the left operand made into a set (a keys view through its dict), then updated
    /// with the right one; `&` walks one operand and probes the view or set on the other.
    fn set_view_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if op == BinOp::And {
            return self.set_view_intersection(a, b);
        }
        let result = self.view_to_set(a)?;
        match op {
            BinOp::Or => result.update(self, b)?,
            BinOp::Subtract => set_algebra::difference_update(self, &result, b)?,
            _ => set_algebra::symmetric_difference_update(self, &result, b)?,
        }
        Ok(Value::set(result))
    }

    fn view_to_set(&mut self, v: &Value) -> PyResult<PySet> {
        if let Value::Iter(it) = v {
            let dict = match &*it.kind.borrow() {
                crate::objects::iter::IterKind::DictView {
                    dict,
                    part: crate::objects::iter::DictPart::Keys,
                } => Some(dict.clone()),
                _ => None,
            };
            if let Some(d) = dict {
                return PySet::from_iterable(self, &Value::Dict(d));
            }
        }
        PySet::from_iterable(self, v)
    }

    fn set_view_intersection(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        // The view is `a` from here on, whichever side it was written on.
        let (mut view, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
        let view_len = self.len(view)?;
        if let Value::Set(s) = other {
            if view_len <= s.len() {
                let r = set_algebra::intersection(self, s, view)?;
                return Ok(Value::set(r));
            }
        }
        if is_set_view(other) && self.len(other)? > view_len {
            std::mem::swap(&mut view, &mut other);
        }
        let result = PySet::new();
        let it = self.get_iter(other)?;
        while let Some(key) = self.iter_next(&it)? {
            if self.contains(view, &key)? {
                result.add(self, key)?;
            }
        }
        Ok(Value::set(result))
    }

    /// `-a`, `+a`, `~a` (dunder names `__neg__`, `__pos__`, `__invert__`).
    pub fn unary_op(&mut self, a: Value, dunder: &str) -> PyResult<Value> {
        let r = match (&a, dunder) {
            (Value::Int(i), "__neg__") => i.checked_neg().map(Value::Int),
            (Value::Int(i), "__pos__") => Some(Value::Int(*i)),
            (Value::Int(i), "__invert__") => Some(Value::Int(!i)),
            (Value::Bool(b), "__neg__") => Some(Value::Int(-(*b as i64))),
            (Value::Bool(b), "__pos__") => Some(Value::Int(*b as i64)),
            (Value::Bool(b), "__invert__") => Some(Value::Int(!(*b as i64))),
            (Value::Float(f), "__neg__") => Some(Value::float(-f.get())),
            (Value::Float(f), "__pos__") => Some(Value::Float(*f)),
            (Value::Complex(c), "__neg__") => Some(Value::complex(-c.re, -c.im)),
            (Value::Complex(c), "__pos__") => Some(Value::Complex(c.clone())),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(r);
        }
        if let Some(b) = to_bigint(&a) {
            return Ok(Value::from_bigint(match dunder {
                "__neg__" => -b,
                "__invert__" => -b - 1,
                _ => b,
            }));
        }
        let ty = a.type_of();
        if !ty.builtin {
            if let Some(m) = ty.lookup(dunder) {
                return self.call_special(&m, vec![a]);
            }
            // A builtin value's subclass: its value's operator, if that type has one (the
            // error otherwise names the subclass, not the builtin type).
            if let Some(b) = super::subclass::base_value(&a) {
                if b.type_of().lookup(dunder).is_some() {
                    return self.unary_op(b, dunder);
                }
            }
        }
        let sym = match dunder {
            "__neg__" => "unary -",
            "__pos__" => "unary +",
            _ => "unary ~",
        };
        Err(PyErr::type_error(format!(
            "bad operand type for {}: '{}'",
            sym,
            ty.tp_name()
        )))
    }
}

fn int_arith(a: &Value, b: &Value, op: char, f: impl Fn(i64, i64) -> Option<i64>) -> Value {
    let small = |v: &Value| match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    };
    if let (Some(x), Some(y)) = (small(a), small(b)) {
        if let Some(r) = f(x, y) {
            return Value::Int(r);
        }
    }
    int::big_binop(a, b, op)
}

/// A possibly negative index into a sequence of `len` items, if in range.
pub fn seq_index(i: i64, len: usize) -> Option<usize> {
    let n = len as i64;
    let i = if i < 0 { i + n } else { i };
    if i >= 0 && i < n {
        Some(i as usize)
    } else {
        None
    }
}

pub fn take_slice(items: &[Value], start: i64, step: i64, n: usize) -> Vec<Value> {
    if step == 1 {
        let s = start.max(0) as usize;
        return items[s.min(items.len())..(s + n).min(items.len())].to_vec();
    }
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        if let Some(v) = items.get(i as usize) {
            out.push(v.clone());
        }
        i += step;
    }
    out
}

pub fn type_error_not_int(v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_name()
    ))
}

pub fn exc_types() -> &'static crate::objects::typeobj::ExceptionTypes {
    &types().exc
}

/// Whether `v` is a builtin sequence that `+` concatenates and `*` repeats.
pub(super) fn is_repeatable_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_)
    )
}

/// CPython's message for a sequence operand that `+` or `*` cannot combine.
fn seq_op_error(a: &Value, b: &Value, op: BinOp) -> Option<PyErr> {
    let inplace = op.is_inplace();
    let op = op.base();
    match op {
        BinOp::Add => match a {
            Value::Str(_) | Value::List(_) | Value::Tuple(_) => {
                let n = a.type_name();
                Some(PyErr::type_error(format!(
                    "can only concatenate {} (not \"{}\") to {}",
                    n,
                    b.type_name(),
                    n
                )))
            }
            Value::Bytes(_) | Value::ByteArray(_) => Some(PyErr::type_error(format!(
                "can't concat {} to {}",
                b.type_name(),
                a.type_name()
            ))),
            _ => None,
        },
        BinOp::Multiply => {
            // `x *= seq` with x of a class of its own is not retried as a repeat of seq
            // (the class's sequence slots, even empty, are asked instead).
            let other = if is_repeatable_sequence(a) {
                b
            } else if is_repeatable_sequence(b) && !(inplace && !a.type_of().builtin) {
                a
            } else {
                return None;
            };
            Some(PyErr::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other.type_name()
            )))
        }
        _ => None,
    }
}

/// A builtin number as a complex operand; an int too large for a float is an error.
fn complex_operand(v: &Value) -> PyResult<(f64, f64)> {
    match v {
        Value::Complex(c) => Ok((c.re, c.im)),
        other => Ok((as_f64(other)?, 0.0)),
    }
}

fn complex_binop(x: (f64, f64), y: (f64, f64), op: BinOp) -> PyResult<Option<Value>> {
    let (r, i) = match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Subtract => (x.0 - y.0, x.1 - y.1),
        BinOp::Multiply => complex::complex_mul(x, y),
        BinOp::TrueDivide => complex::complex_div(x, y)?,
        BinOp::Power => complex::complex_pow(x, y)?,
        _ => return Ok(None),
    };
    Ok(Some(Value::complex(r, i)))
}

/// Does `b`'s class, a subclass of `a`'s, define the reflected method `rev` itself (so it
/// is asked before `a`'s own operation)?
fn reflects_first(a: &Value, b: &Value, rev: &str) -> bool {
    let Value::Instance(i) = b else {
        return false;
    };
    let class = i.class();
    class.is_subtype(&a.type_of()) && class.lookup_override(rev).is_some()
}

/// A dict's keys or items view (the views that behave like sets).
pub(super) fn is_set_view(v: &Value) -> bool {
    match v {
        Value::Iter(it) => matches!(
            &*it.kind.borrow(),
            crate::objects::iter::IterKind::DictView { part, .. }
                if !matches!(part, crate::objects::iter::DictPart::Values)
        ),
        _ => false,
    }
}
