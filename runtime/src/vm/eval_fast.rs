//! The inline fast paths of the dispatch loop: cached global lookup, value clone and drop
//! without the out-of-line derived code, and small-int / float arithmetic that needs no
//! overflow or error handling. Everything here is `#[inline]` and used only by `eval.rs`.

use crate::bytecode::{BinOp, Instr};
use crate::objects::function::{GlobalCache, PyCode};
use crate::objects::iter::IterKind;
use crate::objects::{PyDict, PyResult, Value};

use super::Vm;

/// `LoadGlobal` of `code.names[i]`: globals, then builtins, through the instruction's
/// inline cache (`GlobalCache`); None when the name is defined in neither.
#[inline]
pub(super) fn load_global(
    builtins: &PyDict,
    code: &PyCode,
    i: usize,
    globals: &PyDict,
) -> Option<Value> {
    let name = code.names.get(i)?;
    let slot = code.global_cache.get(i)?;
    let c = slot.get();
    match c.kind {
        GlobalCache::GLOBALS => {
            if let Some(v) = globals.value_at_if_name(c.idx as usize, name) {
                return Some(v);
            }
        }
        GlobalCache::BUILTINS => {
            if globals.key_stamp() == Some(c.stamp) {
                if let Some(v) = builtins.value_at_if_name(c.idx as usize, name) {
                    return Some(v);
                }
            }
        }
        _ => {}
    }
    if let Some(idx) = globals.find_name_index(name) {
        slot.set(GlobalCache {
            kind: GlobalCache::GLOBALS,
            idx: idx as u32,
            stamp: 0,
        });
        return globals.value_at_if_name(idx, name);
    }
    let idx = builtins.find_name_index(name)?;
    if let Some(stamp) = globals.key_stamp() {
        slot.set(GlobalCache {
            kind: GlobalCache::BUILTINS,
            idx: idx as u32,
            stamp,
        });
    }
    builtins.value_at_if_name(idx, name)
}

/// `Value::clone` with the values that own nothing copied inline (the derived clone is an
/// out-of-line call).
#[inline(always)]
pub(super) fn clone_value(v: &Value) -> Value {
    match v {
        Value::Int(i) => Value::Int(*i),
        Value::Float(f) => Value::Float(*f),
        Value::Bool(b) => Value::Bool(*b),
        Value::None => Value::None,
        Value::List(l) => Value::List(l.clone()),
        Value::Tuple(t) => Value::Tuple(t.clone()),
        Value::Str(t) => Value::Str(t.clone()),
        Value::Instance(t) => Value::Instance(t.clone()),
        Value::Function(t) => Value::Function(t.clone()),
        other => other.clone(),
    }
}

/// Drops `v` with the values that own nothing, and the reference counts of the common
/// containers, handled inline (the derived drop is an out-of-line call).
#[inline(always)]
pub(super) fn drop_value(v: Value) {
    match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None | Value::Null => {
            std::mem::forget(v)
        }
        Value::List(l) => drop(l),
        Value::Tuple(t) => drop(t),
        Value::Str(t) => drop(t),
        other => drop(other),
    }
}

impl Vm {
    /// `ForIter`: the next item of the iterator on top of frame `fi`'s stack, or None when
    /// it is exhausted. Range and list iterators step inline.
    #[inline(always)]
    pub(super) fn for_iter_next(&mut self, fi: usize) -> PyResult<Option<Value>> {
        let Some(it) = self.frames.get(fi).and_then(|f| f.values.last()) else {
            return Ok(None);
        };
        if let Value::Iter(i) = it {
            let mut kind = i.kind.borrow_mut();
            if let Some(item) = kind.step_range() {
                return Ok(item);
            }
            if let IterKind::Seq {
                seq: Value::List(l),
                idx,
            } = &mut *kind
            {
                // The end goes the slow way, which marks the iterator finished.
                if let Some(v) = l.items.borrow().get(*idx) {
                    *idx += 1;
                    return Ok(Some(clone_value(v)));
                }
            }
        }
        let it = it.clone();
        self.iter_next(&it)
    }

    /// `BinaryOp arg` on `a` and `b`, run by frame `fi`; `next` is the instruction after it
    /// (a `str +=` into the local it came from appends in place). Small ints and floats
    /// stay inline; everything else goes out of line.
    #[inline(always)]
    pub(super) fn binary_value(
        &mut self,
        fi: usize,
        a: Value,
        b: Value,
        arg: u32,
        next: Option<&Instr>,
    ) -> PyResult<Value> {
        let fast = match (&a, &b) {
            (Value::Int(x), Value::Int(y)) => int_fast(*x, *y, arg),
            (Value::Float(x), Value::Float(y)) => float_fast(x.get(), y.get(), arg),
            _ => None,
        };
        match fast {
            Some(v) => {
                // Only ints and floats get here; they own nothing.
                std::mem::forget(a);
                std::mem::forget(b);
                Ok(v)
            }
            None => self.binary_value_slow(fi, a, b, arg, next),
        }
    }

    #[inline(never)]
    fn binary_value_slow(
        &mut self,
        fi: usize,
        a: Value,
        b: Value,
        arg: u32,
        next: Option<&Instr>,
    ) -> PyResult<Value> {
        let Some(op) = BinOp::from_arg(arg) else {
            return Err(super::eval::bad_bytecode("binary operator"));
        };
        if let (Value::Str(_), BinOp::Add | BinOp::InplaceAdd) = (&a, op) {
            let Some(frame) = self.frames.get_mut(fi) else {
                return self.binary_op(a, b, op);
            };
            return match frame.append_str_in_place(next, a, &b) {
                Ok(joined) => Ok(joined),
                Err(a) => self.binary_op(a, b, op),
            };
        }
        self.binary_op(a, b, op)
    }

    /// Drops a value the frame let go of, running the finalizers it may have freed; the
    /// scalars and strings skip the finalizer check.
    #[inline(always)]
    pub(super) fn release(&mut self, v: Value) {
        let check = may_finalize(&v);
        drop_value(v);
        if check {
            self.finalize_dropped();
        }
    }
}

/// Can dropping `v` free an object with a finalizer (an instance, a generator, or a
/// container holding one)? The scalars and strings cannot.
#[inline(always)]
fn may_finalize(v: &Value) -> bool {
    !matches!(
        v,
        Value::Int(_)
            | Value::Float(_)
            | Value::Bool(_)
            | Value::None
            | Value::Null
            | Value::Str(_)
    )
}

/// Int operations that stay inline; None means "take the general path" (overflow, errors,
/// operators with float or big results).
#[inline]
fn int_fast(x: i64, y: i64, op: u32) -> Option<Value> {
    const ADD: u32 = BinOp::Add as u32;
    const IADD: u32 = BinOp::InplaceAdd as u32;
    const SUB: u32 = BinOp::Subtract as u32;
    const ISUB: u32 = BinOp::InplaceSubtract as u32;
    const MUL: u32 = BinOp::Multiply as u32;
    const IMUL: u32 = BinOp::InplaceMultiply as u32;
    const MOD: u32 = BinOp::Remainder as u32;
    const IMOD: u32 = BinOp::InplaceRemainder as u32;
    const FDIV: u32 = BinOp::FloorDivide as u32;
    const IFDIV: u32 = BinOp::InplaceFloorDivide as u32;
    const AND: u32 = BinOp::And as u32;
    const OR: u32 = BinOp::Or as u32;
    const XOR: u32 = BinOp::Xor as u32;
    match op {
        ADD | IADD => x.checked_add(y).map(Value::Int),
        SUB | ISUB => x.checked_sub(y).map(Value::Int),
        MUL | IMUL => x.checked_mul(y).map(Value::Int),
        MOD | IMOD if y > 0 && x >= 0 => Some(Value::Int(x % y)),
        FDIV | IFDIV if y > 0 && x >= 0 => Some(Value::Int(x / y)),
        AND => Some(Value::Int(x & y)),
        OR => Some(Value::Int(x | y)),
        XOR => Some(Value::Int(x ^ y)),
        _ => None,
    }
}

#[inline]
fn float_fast(x: f64, y: f64, op: u32) -> Option<Value> {
    const ADD: u32 = BinOp::Add as u32;
    const IADD: u32 = BinOp::InplaceAdd as u32;
    const SUB: u32 = BinOp::Subtract as u32;
    const ISUB: u32 = BinOp::InplaceSubtract as u32;
    const MUL: u32 = BinOp::Multiply as u32;
    const IMUL: u32 = BinOp::InplaceMultiply as u32;
    const DIV: u32 = BinOp::TrueDivide as u32;
    const IDIV: u32 = BinOp::InplaceTrueDivide as u32;
    match op {
        ADD | IADD => Some(Value::float(x + y)),
        SUB | ISUB => Some(Value::float(x - y)),
        MUL | IMUL => Some(Value::float(x * y)),
        DIV | IDIV if y != 0.0 => Some(Value::float(x / y)),
        _ => None,
    }
}
