//! Instances of subclasses of the builtin value types (`class L(list)`, `class S(str)`):
//! making them (`__new__` builds the builtin value the instance carries, `__init__` fills a
//! mutable one), calling the base type's methods on them, and finding the builtin value a
//! VM operation falls back to when the subclass does not override it.

use std::rc::Rc;

use crate::objects::function::{Args, NativeFn};
use crate::objects::{types, OrNone, PyErr, PyInstance, PyResult, PyType, Value};

use super::Vm;

/// Is `v` a builtin value a subclass instance shares (mutations show through it)?
fn is_mutable(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_)
    )
}

/// Does the type's `__new__` ignore its arguments, leaving `__init__` to fill the value?
/// (The mutable containers, and `property`.)
pub fn is_mutable_type(t: &Rc<PyType>) -> bool {
    let ty = types();
    [&ty.list, &ty.dict, &ty.set, &ty.bytearray, &ty.property]
        .iter()
        .any(|b| Rc::ptr_eq(b, t))
}

/// Is `v` a str or an instance of a str subclass (CPython's `PyUnicode_Check`)?
pub fn is_str_instance(v: &Value) -> bool {
    match v {
        Value::Str(_) => true,
        Value::Instance(i) => matches!(i.base(), Some(Value::Str(_))),
        _ => false,
    }
}

/// The builtin value `v` carries, if it is an instance of a subclass of a value type.
pub fn base_value(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => i.base().cloned(),
        _ => None,
    }
}

/// The builtin value `v` carries when its class does not override `dunder` itself: the
/// value a builtin operation then works on.
pub fn inherited_base(v: &Value, dunder: &str) -> Option<Value> {
    let Value::Instance(i) = v else {
        return None;
    };
    let base = i.base()?;
    if i.class().lookup_override(dunder).is_some() || base.type_of().lookup(dunder).is_none() {
        return None;
    }
    Some(base.clone())
}

/// The builtin value `v` carries when its class overrides none of the conversion
/// `hooks` (`int(x)` reads an `int`, `float` or `str` subclass instance's value).
pub fn converted_base(v: &Value, hooks: &[&str]) -> Option<Value> {
    let Value::Instance(i) = v else {
        return None;
    };
    let base = i.base()?;
    let class = i.class();
    if hooks.iter().any(|h| class.lookup_override(h).is_some()) {
        return None;
    }
    Some(base.clone())
}

/// Whether `call_on_base` does more than call the method: only for an instance (of a
/// subclass of a builtin) among the arguments.
pub fn needs_base_call(args: &[Value]) -> bool {
    args.iter().any(|v| matches!(v, Value::Instance(_)))
}

/// Calls a method of a builtin value type. With an instance of a subclass as receiver it
/// runs on the value the instance carries; a method that returns its receiver (`__iadd__`)
/// then returns the instance.
pub fn call_on_base(vm: &mut Vm, name: &str, f: NativeFn, mut args: Args) -> PyResult<Value> {
    if !needs_base_call(&args.pos) {
        return f(vm, args);
    }
    // A str or bytes method reads its str and bytes arguments' text, whatever their class
    // (`"a-b".split(Sep("-"))`); `format` keeps its arguments, which it formats as objects.
    let text_method = matches!(args.pos.first(), Some(Value::Str(_) | Value::Bytes(_)))
        || matches!(
            args.pos.first(),
            Some(Value::Instance(i)) if matches!(i.base(), Some(Value::Str(_) | Value::Bytes(_)))
        );
    if text_method && !matches!(name, "format" | "format_map") {
        for arg in args.pos.iter_mut().skip(1) {
            if let Value::Instance(i) = arg {
                if let Some(b @ (Value::Str(_) | Value::Bytes(_))) = i.base() {
                    *arg = b.clone();
                }
            }
        }
    }
    // A reduction names the receiver's own class and keeps its attributes.
    if matches!(name, "__reduce__" | "__reduce_ex__") {
        return f(vm, args);
    }
    let inst = match args.pos.first() {
        Some(Value::Instance(i)) if i.base().is_some() => i.clone(),
        _ => return f(vm, args),
    };
    let Some(base) = inst.base().cloned() else {
        return f(vm, args);
    };
    if let Some(first) = args.pos.first_mut() {
        *first = base.clone();
    }
    let r = f(vm, args)?;
    // The str methods that give their unchanged string back give the instance itself, as
    // in CPython, whose code returns the object it was given.
    let gives_self = is_mutable(&base)
        || matches!(
            name,
            "format" | "__format__" | "__mod__" | "partition" | "rpartition"
        );
    if !gives_self {
        return Ok(r);
    }
    if let Value::Tuple(parts) = &r {
        if parts.items.iter().any(|p| p.is(&base)) {
            let parts = parts.items.iter().map(|p| {
                if p.is(&base) {
                    Value::Instance(inst.clone())
                } else {
                    p.clone()
                }
            });
            return Ok(Value::tuple(parts.collect()));
        }
    }
    Ok(if r.is(&base) {
        Value::Instance(inst)
    } else {
        r
    })
}

/// `T.__new__(cls, *args)` for a subclass `cls` of the value type `T`: an instance carrying
/// a new `T` value (built from args for the immutable types, empty for the mutable ones,
/// which `__init__` fills).
pub fn new_value_instance(vm: &mut Vm, cls: &Rc<PyType>, args: Args) -> PyResult<Value> {
    let Some(base_ty) = cls.value_base() else {
        return Err(PyErr::type_error(format!(
            "{}.__new__ needs a builtin base type",
            cls.name()
        )));
    };
    let Some(ctor) = base_ty.ctor.get() else {
        return Err(PyErr::type_error(format!(
            "cannot create '{}' instances",
            base_ty.name()
        )));
    };
    let mut ctor_args = Args::new(vec![Value::Type(base_ty.clone())]);
    if !is_mutable_type(&base_ty) {
        ctor_args.pos.extend(args.pos);
        ctor_args.kw = args.kw;
        // `tuple`, `frozenset` and `float` refuse keywords only for a class whose own
        // `__init__` does not take them.
        let t = types();
        let lenient = [&t.tuple, &t.frozenset, &t.float]
            .iter()
            .any(|b| Rc::ptr_eq(b, &base_ty));
        if lenient && matches!(cls.lookup("__init__"), Some(Value::Function(_))) {
            ctor_args.kw.clear();
        }
    }
    let value = match ctor(vm, ctor_args)? {
        // `str(x)` may hand back the str subclass instance `x.__str__` returned: the new
        // instance takes its text.
        Value::Instance(i) if matches!(i.base(), Some(Value::Str(_))) => {
            i.base().cloned().or_none()
        }
        value => value,
    };
    Ok(Value::Instance(PyInstance::with_base(cls.clone(), value)))
}

/// The default `__init__` of a subclass instance that has none of its own: the base type's
/// (which fills a list or dict from the arguments; the immutable types have nothing to do).
pub fn init_value_base(vm: &mut Vm, obj: &Value, args: Args) -> PyResult<()> {
    let Value::Instance(i) = obj else {
        return Ok(());
    };
    let Some(base_ty) = i.class().value_base() else {
        return Ok(());
    };
    if !is_mutable_type(&base_ty) {
        return Ok(());
    }
    if let Some(init) = base_ty.dict.get_str("__init__") {
        let mut args = args;
        // `list.__init__` leaves keywords to a class's own `__new__` (`set.__init__` does not).
        if Rc::ptr_eq(&base_ty, &types().list) && i.class().lookup_override("__new__").is_some() {
            args.kw.clear();
        }
        args.pos.insert(0, obj.clone());
        vm.call_args(&init, args)?;
    }
    Ok(())
}

/// The operands with each subclass instance replaced by the builtin value it carries;
/// None when neither operand carries one.
fn on_bases(a: &Value, b: &Value) -> Option<(Value, Value)> {
    let (ba, bb) = (base_value(a), base_value(b));
    if ba.is_none() && bb.is_none() {
        return None;
    }
    Some((
        ba.unwrap_or_else(|| a.clone()),
        bb.unwrap_or_else(|| b.clone()),
    ))
}

/// The dict a dict subclass instance carries when merging it (`dict(d)`, `d.update()`,
/// `{**d}`, `f(**d)`) reads that dict directly, as CPython does for a class that keeps
/// dict's `__iter__`: an overridden `__getitem__` or `keys` is not asked.
pub fn merged_as_dict(v: &Value) -> Option<Rc<crate::objects::PyDict>> {
    let Value::Instance(i) = v else {
        return None;
    };
    match i.base() {
        Some(Value::Dict(d)) if i.class().lookup_override("__iter__").is_none() => Some(d.clone()),
        _ => None,
    }
}

/// The number a subclass instance `b` carries when the builtin number `a` handles it
/// before `b`'s reflected method is asked, as CPython's numeric slots do: `b`'s class is
/// not a subclass of `a`'s and `a`'s kind is at least as wide (`1.5 + MyInt(2)` is a float
/// sum; `2 * MyFloat(1)` asks `MyFloat.__rmul__`, as int does not multiply floats).
pub fn number_operand_for_builtin(a: &Value, b: &Value) -> Option<Value> {
    fn rank(v: &Value) -> Option<u8> {
        match v {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Some(0),
            Value::Float(_) => Some(1),
            Value::Complex(..) => Some(2),
            _ => None,
        }
    }
    let Value::Instance(i) = b else {
        return None;
    };
    let base = i.base()?;
    let (ra, rb) = (rank(a)?, rank(base)?);
    (ra >= rb && !i.class().is_subtype(&a.type_of())).then(|| base.clone())
}

impl Vm {
    /// A binary operation none of whose operands' dunders answered, retried on the builtin
    /// values subclass instances carry (`MyList([1]) + [2]`, `Small(3) * 2`).
    pub fn binop_on_bases(
        &mut self,
        a: &Value,
        b: &Value,
        op: crate::bytecode::BinOp,
    ) -> PyResult<Option<Value>> {
        let Some((x, y)) = on_bases(a, b) else {
            return Ok(None);
        };
        let r = self.binary_op_native(&x, &y, op)?;
        // An in-place operation on a shared list or dict answers the instance itself, as
        // does a str `%` without conversions.
        let gives_self = is_mutable(&x) || op.base() == crate::bytecode::BinOp::Remainder;
        Ok(r.map(|r| if gives_self && r.is(&x) { a.clone() } else { r }))
    }

    /// A comparison none of whose operands' dunders answered, retried on the builtin values.
    pub fn compare_on_bases(
        &mut self,
        a: &Value,
        b: &Value,
        op: crate::bytecode::CmpOp,
    ) -> PyResult<Option<Value>> {
        let Some((x, y)) = on_bases(a, b) else {
            return Ok(None);
        };
        match self.compare(&x, &y, op) {
            // The values cannot be ordered: the caller reports it with the classes' names.
            Err(e)
                if e.is_instance(&crate::objects::types().exc.type_error)
                    && e.message().starts_with(&format!(
                        "'{}' not supported between instances of",
                        op.symbol()
                    )) =>
            {
                Ok(None)
            }
            r => r.map(Some),
        }
    }

    /// `obj[key]` on a subclass instance without its own `__getitem__`: the base value's
    /// item; a dict subclass's `__missing__` answers absent keys.
    pub fn get_item_on_base(&mut self, obj: &Value, base: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Dict(d) = base {
            if let Some(v) = d.get(self, key)? {
                return Ok(v);
            }
            if let Some(missing) = obj.type_of().lookup("__missing__") {
                return self.call_special(&missing, vec![obj.clone(), key.clone()]);
            }
            return Err(PyErr::key_error(key.clone()));
        }
        self.get_item(base, key)
    }
}
