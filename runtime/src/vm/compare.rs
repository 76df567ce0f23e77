//! Rich comparison (`<`, `<=`, `==`, `!=`, `>`, `>=`) of any two values: the builtin types
//! compared natively, then the comparison dunders with CPython's reflection rules, plus the
//! helpers that turn an ordering into an operator's result.

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::bytecode::CmpOp;
use crate::objects::int::{self, to_bigint};
use crate::objects::{complex, set_algebra, PyErr, PyResult, Value};

use super::ops::{is_number, is_set_view};
use super::Vm;

impl Vm {
    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = crate::objects::dict::fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        match r {
            Value::Bool(b) => Ok(b.get()),
            other => self.truthy(&other),
        }
    }

    /// Rich comparison `a <op> b`.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if let Some(o) = self.native_compare(a, b, op)? {
            return Ok(o);
        }
        self.nested(" in comparison", |vm| vm.compare_by_dunders(a, b, op))
    }

    /// `a <op> b` by the operands' comparison methods (out of line: user classes).
    #[inline(never)]
    fn compare_by_dunders(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let ta = a.type_of();
        let tb = b.type_of();
        let name = cmp_dunder(op);
        let rname = cmp_dunder(op.swapped());
        let same = Rc::ptr_eq(&ta, &tb);
        let b_first = !same && tb.is_subtype(&ta) && !tb.builtin && tb.lookup(rname).is_some();
        if b_first {
            if let Some(r) = self.try_dunder(b, rname, a)? {
                return Ok(r);
            }
        }
        if super::subclass::number_operand_for_builtin(a, b).is_some() {
            if let Some(r) = self.compare_on_bases(a, b, op)? {
                return Ok(r);
            }
        }
        if !ta.builtin {
            if let Some(r) = self.try_dunder(a, name, b)? {
                return Ok(r);
            }
        }
        if !b_first && !tb.builtin {
            if let Some(r) = self.try_dunder(b, rname, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.compare_on_bases(a, b, op)? {
            return Ok(r);
        }
        match op {
            CmpOp::Eq => Ok(Value::bool(a.is(b))),
            CmpOp::Ne => Ok(Value::bool(!a.is(b))),
            _ => Err(PyErr::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                ta.tp_name(),
                tb.tp_name()
            ))),
        }
    }

    fn native_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
        use Value::*;
        if crate::objects::bytes::is_bytes_like(a) || crate::objects::bytes::is_bytes_like(b) {
            if let Some(r) = self.bytes_compare(a, b, op)? {
                return Ok(Some(r));
            }
        }
        let ord: Option<Ordering> = match (a, b) {
            _ if is_number(a) && is_number(b) => {
                if let (Float(x), Float(y)) = (a, b) {
                    return Ok(Some(Value::bool(super::compare::cmp_f64(
                        op,
                        x.get(),
                        y.get(),
                    ))));
                }
                match (a, b) {
                    (Float(f), i) => {
                        match int::int_float_cmp(&to_bigint(i).unwrap_or_default(), f.get()) {
                            Some(o) => Some(o.reverse()),
                            Option::None => return Ok(Some(Value::bool(op == CmpOp::Ne))),
                        }
                    }
                    (i, Float(f)) => {
                        match int::int_float_cmp(&to_bigint(i).unwrap_or_default(), f.get()) {
                            Some(o) => Some(o),
                            Option::None => return Ok(Some(Value::bool(op == CmpOp::Ne))),
                        }
                    }
                    _ => Some(cmp_ints(a, b)),
                }
            }
            (Str(x), Str(y)) => Some(crate::objects::surrogates::cmp_code_points(
                x.as_str(),
                y.as_str(),
            )),
            (Tuple(x), Tuple(y)) => return self.compare_seqs(&x.items, &y.items, op).map(Some),
            (List(x), List(y)) => {
                let (xs, ys) = (x.snapshot(), y.snapshot());
                return self.compare_seqs(&xs, &ys, op).map(Some);
            }
            (None, None) if matches!(op, CmpOp::Eq | CmpOp::Ne) => Some(Ordering::Equal),
            (BoundMethod(x), BoundMethod(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = x.func.is(&y.func) && x.receiver.is(&y.receiver);
                return Ok(Some(Value::bool(eq == (op == CmpOp::Eq))));
            }
            (Builtin(x), Builtin(y))
                if matches!(op, CmpOp::Eq | CmpOp::Ne)
                    && x.bound_self.is_some()
                    && y.bound_self.is_some() =>
            {
                let eq = x.name == y.name
                    && match (&x.bound_self, &y.bound_self) {
                        (Some(p), Some(q)) => p.is(q),
                        _ => false,
                    };
                return Ok(Some(Value::bool(eq == (op == CmpOp::Eq))));
            }
            (Slice(x), Slice(y)) => {
                let xs = [x.start.clone(), x.stop.clone(), x.step.clone()];
                let ys = [y.start.clone(), y.stop.clone(), y.step.clone()];
                return self.compare_seqs(&xs, &ys, op).map(Some);
            }
            (Complex(c), other) | (other, Complex(c)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                return Ok(complex::complex_eq(c.re, c.im, other)
                    .map(|eq| Value::bool(eq == (op == CmpOp::Eq))));
            }
            (Range(x), Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = x.len() == y.len()
                    && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
                return Ok(Some(Value::bool(eq == (op == CmpOp::Eq))));
            }
            (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => {
                return self.compare_sets(a, b, op).map(Some)
            }
            (Dict(x), Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let mut eq = x.len() == y.len();
                if eq {
                    for (k, v) in x.items() {
                        match y.get(self, &k)? {
                            Some(w) if self.eq(&v, &w)? => {}
                            _ => {
                                eq = false;
                                break;
                            }
                        }
                    }
                }
                return Ok(Some(Value::bool(eq == (op == CmpOp::Eq))));
            }
            (Iter(_), _) | (_, Iter(_)) if is_set_view(a) || is_set_view(b) => {
                return crate::objects::methods::dict_views::compare(self, a, b, op);
            }
            _ => return Ok(Option::None),
        };
        Ok(ord.map(|o| Value::bool(super::compare::cmp_ord(op, o))))
    }

    fn compare_seqs(&mut self, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult<Value> {
        self.enter_native(" in comparison")?;
        let r = self.compare_seqs_inner(xs, ys, op);
        self.leave_native();
        r
    }

    fn compare_seqs_inner(&mut self, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult<Value> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && xs.len() != ys.len() {
            return Ok(Value::bool(op == CmpOp::Ne));
        }
        for (x, y) in xs.iter().zip(ys.iter()) {
            if !self.eq(x, y)? {
                return match op {
                    CmpOp::Eq => Ok(Value::bool(false)),
                    CmpOp::Ne => Ok(Value::bool(true)),
                    _ => self.compare(x, y, op),
                };
            }
        }
        Ok(Value::bool(super::compare::cmp_ord(
            op,
            xs.len().cmp(&ys.len()),
        )))
    }

    fn compare_sets(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let (Some(x), Some(y)) = (set_algebra::as_set(a), set_algebra::as_set(b)) else {
            return Ok(Value::NotImplemented);
        };
        Ok(Value::bool(set_algebra::compare(self, x, y, op)?))
    }
}

fn cmp_dunder(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "__lt__",
        CmpOp::Le => "__le__",
        CmpOp::Eq => "__eq__",
        CmpOp::Ne => "__ne__",
        CmpOp::Gt => "__gt__",
        CmpOp::Ge => "__ge__",
    }
}

fn cmp_ints(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        _ => {
            let x: BigInt = to_bigint(a).unwrap_or_default();
            let y: BigInt = to_bigint(b).unwrap_or_default();
            x.cmp(&y)
        }
    }
}

pub(super) fn cmp_ord(op: CmpOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}

pub(super) fn cmp_f64(op: CmpOp, x: f64, y: f64) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}
