//! `mappingproxy`: the read-only view of a mapping that a class's `__dict__` is (and
//! `types.MappingProxyType(m)` makes). Reads go to the mapping; there is no item
//! assignment or deletion, so those fail with CPython's "'mappingproxy' object does not
//! support item assignment".

use std::rc::Rc;

use crate::bytecode::{BinOp, CmpOp};
use crate::modules::native_class::native_class;
use crate::objects::function::Args;
use crate::objects::OrNone;
use crate::objects::{types, PyErr, PyInstance, PyResult, PyStr, PyType, Value};

use super::Vm;

/// The Rust state of a mappingproxy instance: the mapping it shows.
struct Proxied(Value);

thread_local! {
    static MAPPINGPROXY: Rc<PyType> = {
        let t = native_class(
            "builtins",
            "mappingproxy",
            &[
                ("__getitem__", |vm, a| {
                    a.expect("__getitem__", 2, 2)?;
                    vm.get_item(&mapping_of(&a)?, &a.pos[1])
                }),
                ("__contains__", |vm, a| {
                    a.expect("__contains__", 2, 2)?;
                    Ok(Value::bool(vm.contains(&mapping_of(&a)?, &a.pos[1])?))
                }),
                ("__len__", |vm, a| Ok(Value::from(vm.len(&mapping_of(&a)?)?))),
                ("__iter__", |vm, a| vm.get_iter(&mapping_of(&a)?)),
                ("__reversed__", |vm, a| {
                    let reversed = vm.builtins.get_str("reversed").or_none();
                    vm.call(&reversed, vec![mapping_of(&a)?])
                }),
                ("get", |vm, a| forward(vm, a, "get")),
                ("keys", |vm, a| forward(vm, a, "keys")),
                ("values", |vm, a| forward(vm, a, "values")),
                ("items", |vm, a| forward(vm, a, "items")),
                ("copy", |vm, a| forward(vm, a, "copy")),
                ("__repr__", |vm, a| {
                    let m = mapping_of(&a)?;
                    Ok(Value::string(format!("mappingproxy({})", vm.repr(&m)?)))
                }),
                ("__str__", |vm, a| Ok(Value::Str(vm.to_str(&mapping_of(&a)?)?))),
                ("__eq__", |vm, a| compare(vm, a, CmpOp::Eq)),
                ("__ne__", |vm, a| compare(vm, a, CmpOp::Ne)),
                ("__lt__", |vm, a| compare(vm, a, CmpOp::Lt)),
                ("__le__", |vm, a| compare(vm, a, CmpOp::Le)),
                ("__gt__", |vm, a| compare(vm, a, CmpOp::Gt)),
                ("__ge__", |vm, a| compare(vm, a, CmpOp::Ge)),
                ("__or__", |vm, a| union(vm, a, false)),
                ("__ror__", |vm, a| union(vm, a, true)),
                ("__ior__", |_, a| {
                    Err(PyErr::type_error(format!(
                        "'|=' is not supported by {}; use '|' instead",
                        receiver_name(&a)
                    )))
                }),
            ],
        );
        t.dict.set_str("__hash__", Value::None);
        // Its instances have no attributes of their own.
        t.instance_dict.set(false);
        t.ctor.set(Some(new_proxy));
        t.refresh_hooks();
        t
    };
}

/// The `mappingproxy` class.
pub fn mappingproxy_type() -> Rc<PyType> {
    MAPPINGPROXY.with(|t| t.clone())
}

/// A read-only view of `mapping`.
pub fn proxy(mapping: Value) -> Value {
    Value::Instance(PyInstance::with_native(
        mappingproxy_type(),
        Box::new(Proxied(mapping)),
    ))
}

fn receiver_name(a: &Args) -> String {
    a.pos.first().map(|v| v.type_name()).unwrap_or_default()
}

/// The mapping behind `v`, if it is a mappingproxy.
fn unwrap(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => i.native::<Proxied>().map(|p| p.0.clone()),
        _ => None,
    }
}

fn mapping_of(a: &Args) -> PyResult<Value> {
    let me = a.pos.first().cloned().or_none();
    unwrap(&me)
        .ok_or_else(|| crate::objects::methods::wrong_receiver("__getitem__", "mappingproxy", &me))
}

/// `mappingproxy(mapping)`: anything with `__getitem__` that is not a list or a tuple.
fn new_proxy(_vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.pos.remove(0);
    let [mapping] = crate::modules::params::Params {
        func: "mappingproxy",
        names: &["mapping"],
        required: 1,
        positional: 1,
    }
    .bind(args)?
    .try_into()
    .map_err(|_| PyErr::type_error("mappingproxy() takes exactly one argument"))?;
    let mapping = mapping.or_none();
    let ty = mapping.type_of();
    let t = types();
    let sequence = ty.is_subtype(&t.list) || ty.is_subtype(&t.tuple);
    if sequence || ty.lookup("__getitem__").is_none() {
        return Err(PyErr::type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            mapping.type_name()
        )));
    }
    Ok(proxy(mapping))
}

/// `proxy.method(*args)` is `mapping.method(*args)`.
fn forward(vm: &mut Vm, mut a: Args, method: &str) -> PyResult<Value> {
    let m = mapping_of(&a)?;
    a.pos.remove(0);
    let f = vm.get_attr(&m, &PyStr::intern(method))?;
    vm.call_args(&f, a)
}

/// Comparisons compare the mapping.
fn compare(vm: &mut Vm, a: Args, op: CmpOp) -> PyResult<Value> {
    a.expect("comparison", 2, 2)?;
    let m = mapping_of(&a)?;
    vm.compare(&m, &a.pos[1], op)
}

/// `proxy | other` and `other | proxy`: the mappings' union (a proxy on either side
/// stands for its mapping).
fn union(vm: &mut Vm, a: Args, reflected: bool) -> PyResult<Value> {
    a.expect("__or__", 2, 2)?;
    let m = mapping_of(&a)?;
    let other = unwrap(&a.pos[1]).unwrap_or_else(|| a.pos[1].clone());
    if reflected {
        vm.binary_op(other, m, BinOp::Or)
    } else {
        vm.binary_op(m, other, BinOp::Or)
    }
}
