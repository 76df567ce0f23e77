//! Struct sequences: the named tuples of native modules (`os.stat_result`,
//! `os.terminal_size`, `time.struct_time`). An instance is a read-only sequence of its first
//! `n_sequence_fields` values — indexable, sliceable, iterable, comparable and hashable as
//! that tuple — whose named fields (and any extra, non-sequence fields such as
//! `st_atime_ns` or `tm_zone`) are attributes. `repr` reads `time.struct_time(tm_year=…)`.
//!
//! The class keeps its layout in two attributes: `__structseq_fields__`, every field name
//! in order (an empty name marks an unnamed sequence slot, as `stat_result` has for its
//! integer times), and `n_sequence_fields`. The class derives from `tuple`, as in CPython
//! (`isinstance(sys.version_info, tuple)`, sequence patterns in `match`): an instance's
//! sequence part is the tuple it extends (`PyInstance::base`).

use crate::objects::OrNone;
use std::rc::Rc;

use super::native_class::native_class_with_base;
use crate::bytecode::CmpOp;
use crate::objects::function::{str_tuple, Args};
use crate::objects::methods::method_args;
use crate::objects::{PyErr, PyInstance, PyResult, PyType, Value};
use crate::vm::Vm;

const FIELDS: &str = "__structseq_fields__";

/// A struct-sequence class `module.name`. `fields` lists every field in order, the first
/// `n_sequence` of them forming the sequence; an empty name is an unnamed sequence slot.
pub fn new_type(module: &str, name: &str, fields: &[&str], n_sequence: usize) -> Rc<PyType> {
    let t = native_class_with_base(
        module,
        name,
        &crate::objects::types().tuple,
        &[
            ("__new__", seq_new),
            ("__repr__", seq_repr),
            ("__getitem__", seq_getitem),
            ("__len__", seq_len),
            ("__iter__", seq_iter),
            ("__contains__", seq_contains),
            ("__hash__", seq_hash),
            ("__eq__", |vm, a| seq_compare(vm, a, CmpOp::Eq)),
            ("__ne__", |vm, a| seq_compare(vm, a, CmpOp::Ne)),
            ("__lt__", |vm, a| seq_compare(vm, a, CmpOp::Lt)),
            ("__le__", |vm, a| seq_compare(vm, a, CmpOp::Le)),
            ("__gt__", |vm, a| seq_compare(vm, a, CmpOp::Gt)),
            ("__ge__", |vm, a| seq_compare(vm, a, CmpOp::Ge)),
            ("__setattr__", seq_setattr),
            ("__delattr__", seq_delattr),
            ("__reduce__", seq_reduce),
            ("count", |vm, a| tuple_method(vm, a, "count")),
            ("index", |vm, a| tuple_method(vm, a, "index")),
        ],
    );
    // As in CPython, a struct sequence is final.
    t.subclassable.set(false);
    let d = &t.dict;
    d.set_str(FIELDS, str_tuple(fields));
    let n_unnamed = fields.iter().filter(|f| f.is_empty()).count();
    d.set_str("n_sequence_fields", Value::Int(n_sequence as i64));
    d.set_str("n_fields", Value::Int(fields.len() as i64));
    d.set_str("n_unnamed_fields", Value::Int(n_unnamed as i64));
    let match_args: Vec<&str> = fields[..n_sequence.min(fields.len())]
        .iter()
        .copied()
        .filter(|f| !f.is_empty())
        .collect();
    d.set_str("__match_args__", str_tuple(&match_args));
    t
}

/// A new instance of the struct-sequence class `ty`; `values` holds every field (missing
/// trailing ones are None).
pub fn new_instance(ty: &Rc<PyType>, mut values: Vec<Value>) -> Value {
    let fields = field_names(ty);
    let n_seq = n_sequence(ty);
    values.resize(fields.len().max(n_seq), Value::None);
    let items: Vec<Value> = values.iter().take(n_seq).cloned().collect();
    let inst = PyInstance::with_base(ty.clone(), Value::tuple(items));
    for (name, v) in fields.iter().zip(values.iter()) {
        if !name.is_empty() {
            inst.set_attr(name, v.clone());
        }
    }
    Value::Instance(inst)
}

/// Is `v` an instance of a struct-sequence class?
pub fn is_struct_seq(v: &Value) -> bool {
    items_of(v).is_some()
}

/// The sequence part of a struct-sequence instance.
pub fn items_of(v: &Value) -> Option<Rc<crate::objects::PyTuple>> {
    let Value::Instance(inst) = v else {
        return None;
    };
    if !is_struct_seq_class(&inst.class()) {
        return None;
    }
    match inst.base() {
        Some(Value::Tuple(t)) => Some(t.clone()),
        _ => None,
    }
}

/// A named field of a struct-sequence instance (None when absent).
pub fn field(v: &Value, name: &str) -> Value {
    match v {
        Value::Instance(inst) => inst.attr(name).or_none(),
        _ => Value::None,
    }
}

/// Does `ty` (or a class it derives from) carry a struct-sequence layout?
fn is_struct_seq_class(ty: &PyType) -> bool {
    ty.lookup(FIELDS).is_some()
}

fn field_names(ty: &PyType) -> Vec<String> {
    match ty.lookup(FIELDS) {
        Some(Value::Tuple(t)) => t
            .items
            .iter()
            .map(|v| match v {
                Value::Str(s) => s.as_str().to_string(),
                _ => String::new(),
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn n_sequence(ty: &PyType) -> usize {
    match ty.lookup("n_sequence_fields") {
        Some(Value::Int(n)) if n >= 0 => n as usize,
        _ => 0,
    }
}

fn receiver_items(a: &Args, method: &str) -> PyResult<Rc<crate::objects::PyTuple>> {
    let v = a.pos.first().cloned().or_none();
    items_of(&v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' requires a struct sequence object but received a '{}'",
            method,
            v.type_name()
        ))
    })
}

/// `cls(sequence, dict=None)`.
pub fn seq_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    // The parser counts every argument first, then looks for `sequence`, and only then
    // for unknown keywords.
    let given = args.pos.len().saturating_sub(1) + args.kw.len();
    if given > 2 {
        return Err(PyErr::type_error(format!(
            "structseq() takes at most 2 arguments ({} given)",
            given
        )));
    }
    let dict = args.take_kw("dict");
    let seq_kw = args.take_kw("sequence");
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(PyErr::type_error("structseq.__new__(X): X is not a type"));
    };
    let qual = cls.tp_name();
    // The argument parser is named `structseq` (CPython's); later checks name the class.
    let seq = match (args.pos.get(1).cloned(), seq_kw) {
        (Some(s), None) | (None, Some(s)) => s,
        (None, None) => {
            return Err(PyErr::type_error(
                "structseq() missing required argument 'sequence' (pos 1)",
            ))
        }
        (Some(_), Some(_)) => {
            return Err(PyErr::type_error(
                "argument for structseq() given by name ('sequence') and position (1)",
            ))
        }
    };
    args.no_more_kw("structseq")?;
    let dict = dict.or_else(|| args.pos.get(2).cloned());
    if !matches!(dict, None | Some(Value::None) | Some(Value::Dict(_))) {
        return Err(PyErr::type_error(format!(
            "{}() takes a dict as second arg, if any",
            qual
        )));
    }
    if !vm.is_iterable(&seq) {
        return Err(PyErr::type_error("constructor requires a sequence"));
    }
    let mut values = vm.collect_iterable(&seq)?;
    let fields = field_names(&cls);
    let (min, max) = (n_sequence(&cls), fields.len());
    let given = values.len();
    if given < min || given > max {
        let msg = if min == max {
            format!(
                "{}() takes a {}-sequence ({}-sequence given)",
                qual, min, given
            )
        } else if given < min {
            format!(
                "{}() takes an at least {}-sequence ({}-sequence given)",
                qual, min, given
            )
        } else {
            format!(
                "{}() takes an at most {}-sequence ({}-sequence given)",
                qual, max, given
            )
        };
        return Err(PyErr::type_error(msg));
    }
    // Fields past the given ones come from `dict` by name, else None.
    for name in &fields[given..] {
        let v = match &dict {
            Some(Value::Dict(d)) if !name.is_empty() => d.get_str(name).or_none(),
            _ => Value::None,
        };
        values.push(v);
    }
    Ok(new_instance(&cls, values))
}

fn seq_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = receiver_items(&a, "__repr__")?;
    let ty = a.pos[0].type_of();
    let names: Vec<String> = field_names(&ty)
        .into_iter()
        .filter(|n| !n.is_empty())
        .collect();
    let mut parts = Vec::with_capacity(items.items.len());
    // Like CPython, the i-th sequence value is shown under the i-th *named* field.
    for (name, v) in names.iter().zip(items.items.iter()) {
        parts.push(format!("{}={}", name, vm.repr(v)?));
    }
    Ok(Value::string(format!(
        "{}({})",
        ty.tp_name(),
        parts.join(", ")
    )))
}

fn seq_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    method_args::slot_wrapper(&a, "__getitem__", 1)?;
    let items = receiver_items(&a, "__getitem__")?;
    vm.get_item(&Value::Tuple(items), &a.pos[1])
}

fn seq_len(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = receiver_items(&a, "__len__")?;
    Ok(Value::Int(items.items.len() as i64))
}

fn seq_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = receiver_items(&a, "__iter__")?;
    vm.get_iter(&Value::Tuple(items))
}

fn seq_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    method_args::slot_wrapper(&a, "__contains__", 1)?;
    let items = receiver_items(&a, "__contains__")?;
    Ok(Value::bool(vm.contains(&Value::Tuple(items), &a.pos[1])?))
}

fn seq_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = receiver_items(&a, "__hash__")?;
    Ok(Value::Int(vm.hash(&Value::Tuple(items))?))
}

/// Compares as the sequence tuple against another struct sequence or a tuple.
fn seq_compare(vm: &mut Vm, a: Args, op: CmpOp) -> PyResult<Value> {
    method_args::slot_wrapper(&a, "comparison", 1)?;
    let items = receiver_items(&a, "comparison")?;
    let other = match &a.pos[1] {
        Value::Tuple(t) => Value::Tuple(t.clone()),
        v => match items_of(v) {
            Some(t) => Value::Tuple(t),
            None => return Ok(Value::NotImplemented),
        },
    };
    vm.compare(&Value::Tuple(items), &other, op)
}

fn readonly_or_missing(a: &Args) -> PyErr {
    let obj = a.pos.first().cloned().or_none();
    let name = match a.pos.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return PyErr::type_error("attribute name must be string"),
    };
    let ty = obj.type_of();
    if field_names(&ty).iter().any(|f| *f == name) {
        return PyErr::attribute_error("readonly attribute");
    }
    PyErr::attribute_error(format!(
        "'{}' object has no attribute '{}'",
        ty.tp_name(),
        name
    ))
}

fn seq_setattr(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Err(readonly_or_missing(&a))
}

fn seq_delattr(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Err(readonly_or_missing(&a))
}

/// `(cls, (sequence, {extra fields}))`, so `copy` and `pickle` can rebuild it.
fn seq_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = receiver_items(&a, "__reduce__")?;
    let obj = a.pos[0].clone();
    let ty = obj.type_of();
    let extras = crate::objects::PyDict::new();
    for name in field_names(&ty).iter().skip(n_sequence(&ty)) {
        if !name.is_empty() {
            extras.set(vm, Value::str(name), field(&obj, name))?;
        }
    }
    Ok(Value::tuple(vec![
        Value::Type(ty),
        Value::tuple(vec![Value::Tuple(items), Value::dict(extras)]),
    ]))
}

fn tuple_method(vm: &mut Vm, mut a: Args, name: &str) -> PyResult<Value> {
    let items = receiver_items(&a, name)?;
    a.pos.remove(0);
    let m = vm.get_attr(&Value::Tuple(items), &crate::objects::PyStr::intern(name))?;
    vm.call_args(&m, a)
}
