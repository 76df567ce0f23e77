//! The operator dunders of the builtin sequence, set, dict, dict view and object types
//! (`str.__add__`, `list.__iadd__`, `tuple.__lt__`, `set.__and__`, `dict.__or__`,
//! `dict_keys.__xor__`, `object.__lt__`, …). The VM runs these operators on builtin values
//! directly; the entries exist so that Python code can see and call them
//! (`type(x).__add__(x, y)`, `hasattr(str, '__mul__')`, a subclass calling
//! `super().__lt__(other)`). Each answers what the operator would for the builtin operands
//! it accepts, and NotImplemented for the others, as CPython's slots do. The numbers'
//! dunders live in `numbers.rs`.

use crate::objects::OrNone;
use std::rc::Rc;

use super::add_missing;
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::function::{Args, NativeFn};
use crate::objects::typeobj::Types;
use crate::objects::{types, PyErr, PyResult, PyType, Value};
use crate::vm::subclass::base_value;
use crate::vm::Vm;

/// The receiver and the one operand of an operator dunder, checked to be what CPython's
/// wrappers accept.
fn operands(a: &Args, owner: &Rc<PyType>, name: &str) -> PyResult<(Value, Value)> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "wrapper {}() takes no keyword arguments",
            name
        )));
    }
    let Some(me) = a.pos.first() else {
        return Err(PyErr::type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            name,
            owner.name()
        )));
    };
    if !me.type_of().is_subtype(owner) {
        return Err(PyErr::type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            name,
            owner.name(),
            me.type_name()
        )));
    }
    if a.pos.len() != 2 {
        // A sequence's repetition is a size-taking slot, whose wrapper's parser is
        // unnamed: " expected 1 argument, got 0".
        let repeat = matches!(name, "__mul__" | "__rmul__" | "__imul__") && !is_set_type(owner);
        return Err(PyErr::type_error(format!(
            "{}expected 1 argument, got {}",
            if repeat { " " } else { "" },
            a.pos.len() - 1
        )));
    }
    Ok((me.clone(), a.pos[1].clone()))
}

/// `T.__op__(self, other)` (or `__rop__` with the operands swapped).
fn binop(
    vm: &mut Vm,
    a: &Args,
    owner: &Rc<PyType>,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let (me, other) = operands(a, owner, name)?;
    // A set's operators take only sets (`set.__or__(s, d.keys())` is NotImplemented, and
    // the dict view's reflected operator answers instead).
    if is_set_type(owner) && !is_set_value(&other) {
        return Ok(Value::NotImplemented);
    }
    // A sequence's `__mul__` takes its count through `__index__`, whatever the other
    // operand could do (`'a'.__mul__('b')` is not retried as `'b'.__rmul__`).
    if op.base() == BinOp::Multiply {
        vm.index_value(&other)?;
    }
    // `%`'s reflected form formats only an operand of the receiver's own type
    // (`b'x'.__rmod__('a')` is NotImplemented, though `'a' % b'x'` is not).
    if reflected && op.base() == BinOp::Remainder && !other.type_of().is_subtype(owner) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if reflected { (other, me) } else { (me, other) };
    if let Some(r) = vm.binary_op_native(&x, &y, op)? {
        return Ok(r);
    }
    if let Some(r) = vm.binop_on_bases(&x, &y, op)? {
        return Ok(r);
    }
    // A sequence's concatenation and repetition raise for an operand they cannot take
    // (CPython's sq_concat and sq_repeat); the operator's own error says why.
    if matches!(op.base(), BinOp::Add | BinOp::Multiply) {
        return vm.binary_op(x, y, op);
    }
    Ok(Value::NotImplemented)
}

fn is_set_type(t: &Rc<PyType>) -> bool {
    Rc::ptr_eq(t, &types().set) || Rc::ptr_eq(t, &types().frozenset)
}

/// A dict's keys or items view (set-like: its operators take any iterable).
fn is_set_view(v: &Value) -> bool {
    let t = v.type_of();
    Rc::ptr_eq(&t, &types().dict_keys) || Rc::ptr_eq(&t, &types().dict_items)
}

/// A set or frozenset, or an instance of a subclass of one.
fn is_set_value(v: &Value) -> bool {
    let v = base_value(v).unwrap_or_else(|| v.clone());
    matches!(v, Value::Set(_) | Value::FrozenSet(_))
}

/// Do two builtin values (or the values subclass instances carry) compare by their type's
/// own rule? (Dicts and ranges only for equality: their tables have no orderings.)
fn comparable(x: &Value, y: &Value) -> bool {
    use Value::*;
    // The set-like dict views compare with sets and with each other.
    if (is_set_view(x) || is_set_view(y))
        && [x, y].iter().all(|v| is_set_view(v) || is_set_value(v))
    {
        return true;
    }
    let unwrap = |v: &Value| base_value(v).unwrap_or_else(|| v.clone());
    matches!(
        (unwrap(x), unwrap(y)),
        (Str(_), Str(_))
            | (List(_), List(_))
            | (Tuple(_), Tuple(_))
            | (Bytes(_), Bytes(_))
            | (ByteArray(_), Bytes(_) | ByteArray(_))
            | (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_))
            | (Dict(_), Dict(_))
            | (Range(_), Range(_))
    )
}

/// `T.__eq__(self, other)`, `T.__lt__(self, other)` and the other comparisons.
fn cmp(vm: &mut Vm, a: &Args, owner: &Rc<PyType>, name: &str, op: CmpOp) -> PyResult<Value> {
    let (me, other) = operands(a, owner, name)?;
    if !comparable(&me, &other) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&me, &other, op)
}

/// `object.__lt__` and the other orderings: the default answers NotImplemented.
fn object_cmp(a: &Args, name: &str) -> PyResult<Value> {
    operands(a, &types().object, name)?;
    Ok(Value::NotImplemented)
}

/// Generates the table entries for one type: each entry a non-capturing closure naming its
/// type through a field of `Types`.
macro_rules! entries {
    ($field:ident; binops: [$($name:literal => $op:expr, $refl:expr);* $(;)?]; cmps: $cmps:expr) => {{
        fn owner() -> &'static Rc<PyType> {
            &types().$field
        }
        let mut v: Vec<(&'static str, NativeFn)> = vec![
            $(($name, |vm, a| binop(vm, &a, owner(), $name, $op, $refl))),*
        ];
        v.extend_from_slice(&[
            ("__eq__", (|vm, a| cmp(vm, &a, owner(), "__eq__", CmpOp::Eq)) as NativeFn),
            ("__ne__", |vm, a| cmp(vm, &a, owner(), "__ne__", CmpOp::Ne)),
        ]);
        if $cmps {
            v.extend_from_slice(&[
                ("__lt__", (|vm, a| cmp(vm, &a, owner(), "__lt__", CmpOp::Lt)) as NativeFn),
                ("__le__", |vm, a| cmp(vm, &a, owner(), "__le__", CmpOp::Le)),
                ("__gt__", |vm, a| cmp(vm, &a, owner(), "__gt__", CmpOp::Gt)),
                ("__ge__", |vm, a| cmp(vm, &a, owner(), "__ge__", CmpOp::Ge)),
            ]);
        }
        (owner(), v)
    }};
}

fn tables() -> Vec<(&'static Rc<PyType>, Vec<(&'static str, NativeFn)>)> {
    use BinOp::*;
    vec![
        entries!(str; binops: [
            "__add__" => Add, false; "__mul__" => Multiply, false; "__rmul__" => Multiply, true;
            "__mod__" => Remainder, false; "__rmod__" => Remainder, true;
        ]; cmps: true),
        entries!(bytes; binops: [
            "__add__" => Add, false; "__mul__" => Multiply, false; "__rmul__" => Multiply, true;
            "__mod__" => Remainder, false; "__rmod__" => Remainder, true;
        ]; cmps: true),
        entries!(bytearray; binops: [
            "__add__" => Add, false; "__mul__" => Multiply, false; "__rmul__" => Multiply, true;
            "__mod__" => Remainder, false; "__rmod__" => Remainder, true;
            "__iadd__" => InplaceAdd, false; "__imul__" => InplaceMultiply, false;
        ]; cmps: true),
        entries!(list; binops: [
            "__add__" => Add, false; "__mul__" => Multiply, false; "__rmul__" => Multiply, true;
            "__iadd__" => InplaceAdd, false; "__imul__" => InplaceMultiply, false;
        ]; cmps: true),
        entries!(tuple; binops: [
            "__add__" => Add, false; "__mul__" => Multiply, false; "__rmul__" => Multiply, true;
        ]; cmps: true),
        entries!(dict; binops: [
            "__or__" => Or, false; "__ror__" => Or, true; "__ior__" => InplaceOr, false;
        ]; cmps: false),
        entries!(set; binops: [
            "__or__" => Or, false; "__ror__" => Or, true;
            "__and__" => And, false; "__rand__" => And, true;
            "__sub__" => Subtract, false; "__rsub__" => Subtract, true;
            "__xor__" => Xor, false; "__rxor__" => Xor, true;
            "__ior__" => InplaceOr, false; "__iand__" => InplaceAnd, false;
            "__isub__" => InplaceSubtract, false; "__ixor__" => InplaceXor, false;
        ]; cmps: true),
        entries!(range; binops: []; cmps: false),
        entries!(dict_keys; binops: [
            "__or__" => Or, false; "__ror__" => Or, true;
            "__and__" => And, false; "__rand__" => And, true;
            "__sub__" => Subtract, false; "__rsub__" => Subtract, true;
            "__xor__" => Xor, false; "__rxor__" => Xor, true;
        ]; cmps: true),
        entries!(dict_items; binops: [
            "__or__" => Or, false; "__ror__" => Or, true;
            "__and__" => And, false; "__rand__" => And, true;
            "__sub__" => Subtract, false; "__rsub__" => Subtract, true;
            "__xor__" => Xor, false; "__rxor__" => Xor, true;
        ]; cmps: true),
        entries!(frozenset; binops: [
            "__or__" => Or, false; "__ror__" => Or, true;
            "__and__" => And, false; "__rand__" => And, true;
            "__sub__" => Subtract, false; "__rsub__" => Subtract, true;
            "__xor__" => Xor, false; "__rxor__" => Xor, true;
        ]; cmps: true),
    ]
}

pub fn register() {
    for (ty, entries) in tables() {
        for (name, f) in entries {
            add_missing(ty, name, f);
        }
    }
    let t: &Types = types();
    let object_orderings: [(&'static str, NativeFn); 4] = [
        ("__lt__", |_, a| object_cmp(&a, "__lt__")),
        ("__le__", |_, a| object_cmp(&a, "__le__")),
        ("__gt__", |_, a| object_cmp(&a, "__gt__")),
        ("__ge__", |_, a| object_cmp(&a, "__ge__")),
    ];
    for (name, f) in object_orderings {
        add_missing(&t.object, name, f);
    }
    // `bool(x)` of the builtin values with a truth rule of their own.
    for ty in [&t.int, &t.float, &t.range, &t.none_type] {
        add_missing(ty, "__bool__", |vm, a| {
            super::method_args::slot_wrapper(&a, "__bool__", 0)?;
            let me = a.pos.first().cloned().or_none();
            Ok(Value::bool(vm.truthy(&me)?))
        });
    }
    add_missing(&t.range, "__getitem__", |vm, a| {
        super::method_args::slot_wrapper(&a, "__getitem__", 1)?;
        vm.get_item(&a.pos[0], &a.pos[1])
    });
    // `int | str`: a class's `__or__` comes from `type`.
    add_missing(&t.type_, "__or__", |vm, a| type_union(vm, &a, false));
    add_missing(&t.type_, "__ror__", |vm, a| type_union(vm, &a, true));
}

/// `type.__or__` / `type.__ror__`: a union when the other side is a class or None.
fn type_union(vm: &mut Vm, a: &Args, reflected: bool) -> PyResult<Value> {
    let name = if reflected { "__ror__" } else { "__or__" };
    let (me, other) = operands(a, &types().type_, name)?;
    if !matches!(other, Value::Type(_) | Value::None) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if reflected { (other, me) } else { (me, other) };
    let make_union = vm.generic_support("_make_union")?;
    vm.call(&make_union, vec![x, y])
}
