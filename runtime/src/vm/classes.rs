//! Classes at run time: calling a class (`__new__` then `__init__`, or a builtin type's
//! constructor), the `class` statement (`__build_class__`: metaclass, `__prepare__`, running
//! the body, `__classcell__`, `__set_name__`, `__init_subclass__`), `type(...)`, and `super()`.

use std::rc::Rc;

use crate::objects::function::{Args, Descriptor};
use crate::objects::typeobj::Layout;
use crate::objects::OrNone;
use crate::objects::{types, PyDict, PyErr, PyInstance, PyResult, PyStr, PyType, Value};

use super::{Frame, Vm};

/// Calls the class `t` with `args` (instantiation, or `type(x)`).
pub fn call_type(vm: &mut Vm, t: &Rc<PyType>, args: Args) -> PyResult<Value> {
    let meta = t.metatype();
    if !meta.builtin {
        if let Some(call) = meta.lookup("__call__") {
            if !super::special_call::is_builtin_method(&call) {
                let mut args = args;
                args.pos.insert(0, Value::Type(t.clone()));
                return vm.call_special_args(&call, args);
            }
        }
    }
    instantiate(vm, t, args)
}

/// `type.__call__(cls, *args, **kwargs)`: `__new__`, then `__init__` if the result is an
/// instance of cls.
pub fn instantiate(vm: &mut Vm, t: &Rc<PyType>, args: Args) -> PyResult<Value> {
    if Rc::ptr_eq(t, &types().type_) {
        return type_call(vm, args);
    }
    // A builtin type (or a subclass of one that keeps the builtin layout): its constructor.
    let found_ctor = t
        .mro
        .borrow()
        .iter()
        .find_map(|c| c.ctor.get().map(|f| (Rc::ptr_eq(c, &types().object), f)));
    if let Some((_, ctor)) = found_ctor {
        if t.layout == Layout::Builtin || Rc::ptr_eq(t, &types().object) {
            let mut args = args;
            args.pos.insert(0, Value::Type(t.clone()));
            return ctor(vm, args);
        }
    }
    let user_new = t.lookup_override("__new__");
    let user_init = t
        .lookup("__init__")
        .filter(|n| !super::special_call::is_builtin_method(n));
    // A native class whose instances carry Rust state (`io.StringIO`, an exception group),
    // or a user subclass of one: its constructor makes the instance, then a user `__init__`
    // runs as usual.
    let native_ctor = match found_ctor {
        Some((false, ctor))
            if user_new.is_none() && matches!(t.layout, Layout::Object | Layout::Exception) =>
        {
            Some(ctor)
        }
        _ => None,
    };
    let obj = match (&user_new, native_ctor) {
        // A subclass of a builtin value type: an instance carrying a value of that type.
        (None, _) if t.layout == Layout::Value => {
            let new_args = Args {
                pos: args.pos.clone(),
                kw: args.kw.clone(),
            };
            super::subclass::new_value_instance(vm, t, new_args)?
        }
        (_, Some(ctor)) => {
            let mut pos = vec![Value::Type(t.clone())];
            pos.extend(args.pos.iter().cloned());
            let kw = args
                .kw
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            ctor(vm, Args { pos, kw })?
        }
        // A metaclass without its own `__new__`: `type.__new__(t, name, bases, ns)`.
        (None, None) if t.is_subtype(&types().type_) => {
            let mut new_args = Args {
                pos: args.pos.clone(),
                kw: args.kw.clone(),
            };
            new_args.pos.insert(0, Value::Type(t.clone()));
            type_new(vm, new_args)?
        }
        (Some(new), None) => {
            let new = match new {
                Value::Descriptor(d) => match &**d {
                    Descriptor::StaticMethod(f, _) => f.clone(),
                    // Another descriptor (a classmethod): what `cls.__new__` gives, still
                    // called with cls first, as CPython's slot does.
                    _ => vm.get_attr(&Value::Type(t.clone()), &PyStr::intern("__new__"))?,
                },
                _ => new.clone(),
            };
            let mut pos = vec![Value::Type(t.clone())];
            pos.extend(args.pos.iter().cloned());
            let kw = args
                .kw
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            vm.call_args(&new, Args { pos, kw })?
        }
        (None, None) => {
            if user_init.is_none()
                && t.layout == Layout::Object
                && (!args.pos.is_empty() || !args.kw.is_empty())
            {
                return Err(PyErr::type_error(format!(
                    "{}() takes no arguments",
                    t.name()
                )));
            }
            check_not_abstract(vm, t)?;
            let class = os_error_subclass(t, &args.pos);
            let inst = PyInstance::new(class);
            if inst.exc.is_some() {
                // Without an `__init__` of its own the class's builtin one runs now.
                match user_init {
                    None => crate::objects::exception_attrs::init_exception(
                        vm, &inst, &args.pos, &args.kw,
                    )?,
                    Some(_) => crate::objects::exception_attrs::new_exception(&inst, &args.pos),
                }
            }
            Value::Instance(inst)
        }
    };
    let obj_type = obj.type_of();
    if !obj_type.is_subtype(t) {
        return Ok(obj);
    }
    // `__new__` may hand back an instance of a subclass: the `__init__` to run is its.
    let user_init = if Rc::ptr_eq(&obj_type, t) {
        user_init
    } else {
        obj_type
            .lookup("__init__")
            .filter(|n| !super::special_call::is_builtin_method(n))
    };
    if let Some(init) = user_init {
        let mut args = args;
        args.pos.insert(0, obj.clone());
        let r = vm.call_special_args(&init, args)?;
        if !r.is_none() {
            return Err(PyErr::type_error(format!(
                "__init__() should return None, not '{}'",
                r.type_name()
            )));
        }
    } else if t.layout == Layout::Value {
        super::subclass::init_value_base(vm, &obj, args)?;
    } else if user_new.is_some() {
        // An exception class with its own `__new__` still runs BaseException.__init__,
        // which sets `args` from the call's arguments.
        if let Value::Instance(i) = &obj {
            if i.exc.is_some() {
                crate::objects::exception_attrs::init_exception(vm, i, &args.pos, &args.kw)?;
            }
        }
    }
    Ok(obj)
}

/// A class whose own `__abstractmethods__` is non-empty (as `abc.ABCMeta` sets it) can not
/// be instantiated: CPython's `object.__new__` refuses it with the sorted method names.
pub fn check_not_abstract(vm: &mut Vm, t: &Rc<PyType>) -> PyResult<()> {
    let Some(abstract_names) = t.dict.get_str("__abstractmethods__") else {
        return Ok(());
    };
    if !vm.truthy(&abstract_names)? {
        return Ok(());
    }
    let mut names = Vec::new();
    for name in vm.collect_iterable(&abstract_names)? {
        names.push(vm.to_str(&name)?.as_str().to_string());
    }
    names.sort();
    Err(PyErr::type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        t.name(),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    )))
}

/// `OSError(errno, strerror)` builds the subclass CPython picks for that errno.
pub fn os_error_subclass(t: &Rc<PyType>, args: &[Value]) -> Rc<PyType> {
    if !Rc::ptr_eq(t, &types().exc.os_error) || !(2..=5).contains(&args.len()) {
        return t.clone();
    }
    let Value::Int(errno) = args[0] else {
        return t.clone();
    };
    let name = match errno {
        2 => "FileNotFoundError",
        13 | 1 => "PermissionError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return t.clone(),
    };
    types()
        .exc
        .all
        .iter()
        .find(|c| c.name() == name)
        .cloned()
        .unwrap_or_else(|| t.clone())
}

/// The error for a class name that is not a string.
fn type_name_not_str(v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "type.__new__() argument 1 must be str, not {}",
        v.type_name()
    ))
}

/// `type(obj)` or `type(name, bases, dict)`.
fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.len() {
        1 if args.kw.is_empty() => Ok(Value::Type(args.pos[0].type_of())),
        3 => {
            let Value::Str(name) = &args.pos[0] else {
                return Err(type_name_not_str(&args.pos[0]));
            };
            let bases = match &args.pos[1] {
                Value::Tuple(t) => t.items.clone(),
                other => {
                    return Err(PyErr::type_error(format!(
                        "type.__new__() argument 2 must be tuple, not {}",
                        other.type_name()
                    )))
                }
            };
            let Value::Dict(ns) = &args.pos[2] else {
                return Err(PyErr::type_error(format!(
                    "type.__new__() argument 3 must be dict, not {}",
                    args.pos[2].type_name()
                )));
            };
            let ns = Rc::new(ns.copy());
            if ns.get_str("__module__").is_none() {
                if let Some(m) = vm.current_globals().get_str("__name__") {
                    ns.set_str("__module__", m);
                }
            }
            // Keywords go to the new class's `__init_subclass__`.
            let cls = new_class(vm, name.as_str(), &bases, ns, None, args.kw.clone())?;
            Ok(Value::Type(cls))
        }
        1 => Err(PyErr::type_error("type() takes no keyword arguments")),
        _ => Err(PyErr::type_error("type() takes 1 or 3 arguments")),
    }
}

/// The metaclass that derives from `start` and from the class of every base, or CPython's
/// "metaclass conflict" when there is none.
fn most_derived_metaclass(start: Rc<PyType>, bases: &[Value]) -> PyResult<Rc<PyType>> {
    let mut winner = start;
    for b in bases {
        let m = b.type_of();
        if m.is_subtype(&winner) {
            winner = m;
        } else if !winner.is_subtype(&m) {
            return Err(PyErr::type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
    }
    Ok(winner)
}

/// Creates a class object from a finished namespace.
pub fn new_class(
    vm: &mut Vm,
    name: &str,
    bases: &[Value],
    ns: Rc<PyDict>,
    meta: Option<Rc<PyType>>,
    kwds: Vec<(Rc<PyStr>, Value)>,
) -> PyResult<Rc<PyType>> {
    // A base that would resolve itself through `__mro_entries__` is only resolved by a
    // class statement: `type()` refuses it first, as CPython does.
    for b in bases {
        if !matches!(b, Value::Type(_)) && vm.get_attr_opt(b, "__mro_entries__")?.is_some() {
            return Err(PyErr::type_error(
                "type() doesn't support MRO entry resolution; use types.new_class()",
            ));
        }
    }
    // The metaclass must derive from every base's class, which is checked before the
    // bases are (`type("X", (1,), {})` is a metaclass conflict between type and int).
    most_derived_metaclass(meta.clone().unwrap_or_else(|| types().type_.clone()), bases)?;
    let mut base_types = Vec::new();
    for b in bases {
        match b {
            Value::Type(t) => {
                if base_types.iter().any(|x: &Rc<PyType>| Rc::ptr_eq(x, t)) {
                    return Err(PyErr::type_error(format!(
                        "duplicate base class {}",
                        t.name()
                    )));
                }
                base_types.push(t.clone())
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "bases must be types, not {}",
                    other.type_name()
                )))
            }
        }
    }
    // Implicit conversions CPython applies to a class body's special methods.
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f @ Value::Function(_)) = ns.get_str(special) {
            ns.set_str(special, Value::descriptor(Descriptor::classmethod(f)));
        }
    }
    if let Some(f @ Value::Function(_)) = ns.get_str("__new__") {
        ns.set_str("__new__", Value::descriptor(Descriptor::staticmethod(f)));
    }
    if ns.get_str("__eq__").is_some() && ns.get_str("__hash__").is_none() {
        ns.set_str("__hash__", Value::None);
    }
    if name.contains('\0') {
        return Err(PyErr::value_error(
            "type name must not contain null characters",
        ));
    }
    let qualname = match ns.del_str("__qualname__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        None => name.to_string(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "type __qualname__ must be a str, not {}",
                other.type_name()
            )))
        }
    };
    if let Some(cell) = ns.del_str("__classcell__") {
        if !matches!(cell, Value::Cell(_)) {
            return Err(PyErr::type_error(format!(
                "__classcell__ must be a nonlocal cell, not <class '{}'>",
                cell.type_of().tp_name()
            )));
        }
    }
    let slots = super::slots::declare(vm, name, &ns, &base_types)?;
    let listed = slots.as_ref().map(|d| d.lists_dict_weakref());
    let getsets = super::instance_getsets::reserve(&ns, &base_types, listed);
    if ns.get_str("__doc__").is_none() {
        ns.set_str("__doc__", Value::None);
    }
    let meta = meta.filter(|m| !Rc::ptr_eq(m, &types().type_));
    let cls = PyType::new_class(name, &qualname, base_types.clone(), ns.clone(), meta)?;
    if let Some(decl) = slots {
        super::slots::install(&cls, decl);
    }
    super::instance_getsets::install(&cls, getsets);
    super::class_bases::apply_metaclass_mro(vm, &cls)?;
    // __set_name__ on attributes that want to know their owner and name.
    for (k, v) in ns.items() {
        if matches!(v, Value::Instance(_) | Value::Descriptor(_)) {
            if let Some(set_name) = v.type_of().lookup("__set_name__") {
                let attr_name = match &k {
                    Value::Str(s) => s.as_str().to_string(),
                    _ => String::new(),
                };
                if let Err(e) =
                    vm.call_special(&set_name, vec![v.clone(), Value::Type(cls.clone()), k])
                {
                    // CPython 3.11 reports the failure as a RuntimeError caused by it.
                    let wrapped = PyErr::runtime_error(format!(
                        "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                        v.type_name(),
                        attr_name,
                        name
                    ));
                    if let Some(d) = &wrapped.exc.exc {
                        let mut d = d.borrow_mut();
                        d.cause = Some(Value::Instance(e.exc.clone()));
                        d.context = Some(Value::Instance(e.exc.clone()));
                        d.suppress_context = true;
                    }
                    return Err(wrapped);
                }
            }
        }
    }
    // `super(cls, cls).__init_subclass__(**kwds)`: the nearest base's (object's refuses
    // keywords it was not given a use for).
    let mro = cls.mro.borrow().clone();
    for base in mro.iter().skip(1) {
        if let Some(init_sub) = base.dict.get_str("__init_subclass__") {
            let f = vm.bind_descriptor(init_sub, Value::Type(cls.clone()), &cls)?;
            vm.call_args(
                &f,
                Args {
                    pos: vec![],
                    kw: kwds,
                },
            )?;
            break;
        }
    }
    Ok(cls)
}

/// PEP 560: a base that is not a class but has `__mro_entries__` is replaced by what that
/// returns. Gives the bases to use and, when any was replaced, the original ones.
fn resolve_mro_entries(vm: &mut Vm, orig: &[Value]) -> PyResult<(Vec<Value>, Option<Vec<Value>>)> {
    let mut out = Vec::with_capacity(orig.len());
    let mut changed = false;
    for b in orig {
        if !matches!(b, Value::Type(_)) {
            if let Some(m) = vm.get_attr_opt(b, "__mro_entries__")? {
                let r = vm.call(&m, vec![Value::tuple(orig.to_vec())])?;
                let Value::Tuple(t) = r else {
                    return Err(PyErr::type_error("__mro_entries__ must return a tuple"));
                };
                out.extend(t.items.iter().cloned());
                changed = true;
                continue;
            }
        }
        out.push(b.clone());
    }
    Ok(if changed {
        (out, Some(orig.to_vec()))
    } else {
        (out, None)
    })
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`: the `class` statement.
pub fn build_class(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    }
    let Value::Function(body) = args.pos[0].clone() else {
        return Err(PyErr::type_error(
            "__build_class__: func must be a function",
        ));
    };
    let Value::Str(name) = args.pos[1].clone() else {
        return Err(PyErr::type_error("__build_class__: name is not a string"));
    };
    let orig_bases: Vec<Value> = args.pos[2..].to_vec();
    let (bases, replaced_bases) = resolve_mro_entries(vm, &orig_bases)?;
    let explicit_meta = args.take_kw("metaclass");
    let kwds = std::mem::take(&mut args.kw);
    // The metaclass: explicit, else the most derived metaclass of the bases.
    let mut meta: Option<Value> = explicit_meta.clone();
    if meta.is_none() {
        // CPython starts from the first base's class, whatever the base is (`class C(1)`
        // calls `int('C', (1,), ns)`).
        let first = bases
            .first()
            .map(|b| b.type_of())
            .unwrap_or_else(|| types().type_.clone());
        meta = Some(Value::Type(most_derived_metaclass(first, &bases)?));
    }
    let meta = meta.unwrap_or(Value::Type(types().type_.clone()));
    let bases_tuple = Value::tuple(bases.clone());
    // __prepare__: an exact dict is the namespace itself; another mapping is used through
    // its item protocol (`class_namespace.rs`), a dict subclass keeping its own dict.
    let mut ns_object = None;
    let ns = match &meta {
        Value::Type(m) if !m.builtin => match m.lookup("__prepare__") {
            Some(_) => {
                // Looked up as a class attribute: a plain function stays unbound.
                let p = vm.get_attr(&meta, &PyStr::intern("__prepare__"))?;
                let r = vm.call_args(
                    &p,
                    Args {
                        pos: vec![Value::Str(name.clone()), bases_tuple.clone()],
                        kw: kwds.clone(),
                    },
                )?;
                match r {
                    Value::Dict(d) => d,
                    other if other.type_of().lookup("__getitem__").is_some() => {
                        let own = match super::subclass::base_value(&other) {
                            Some(Value::Dict(d)) => d,
                            _ => PyDict::new_tracked(),
                        };
                        ns_object = Some(other);
                        own
                    }
                    other => {
                        return Err(super::class_namespace::prepare_not_mapping(
                            m.name().as_ref(),
                            &other,
                        ))
                    }
                }
            }
            None => PyDict::new_tracked(),
        },
        _ => PyDict::new_tracked(),
    };
    // Run the body with the namespace as its locals.
    let mut frame = Frame::new(
        body.code.borrow().clone(),
        body.globals.clone(),
        Some(ns.clone()),
    );
    // The body's own cells (`__class__`), then the free variables it closes over.
    let cells = frame.cells.iter().chain(body.closure.iter()).cloned();
    frame.cells = cells.collect::<Vec<_>>().into();
    frame.namespace_object = ns_object.clone();
    vm.run_frame(frame)?;
    if let Some(orig) = replaced_bases {
        ns.set_str("__orig_bases__", Value::tuple(orig));
    }
    let classcell = ns.get_str("__classcell__");
    let cls = match &meta {
        Value::Type(m)
            if ns_object.is_none() && Rc::ptr_eq(m, &types().type_)
                || (ns_object.is_none()
                    && explicit_meta.is_none()
                    && m.lookup("__new__").is_none()
                    && m.lookup("__call__").is_none()) =>
        {
            let meta_t = if Rc::ptr_eq(m, &types().type_) {
                None
            } else {
                Some(m.clone())
            };
            let cls = Value::Type(new_class(vm, name.as_str(), &bases, ns, meta_t, kwds)?);
            if let Some(Value::Cell(c)) = &classcell {
                c.set(cls.clone());
            }
            cls
        }
        _ => {
            let cls = vm.call_args(
                &meta,
                Args {
                    pos: vec![
                        Value::Str(name.clone()),
                        bases_tuple,
                        ns_object.unwrap_or(Value::Dict(ns)),
                    ],
                    kw: kwds,
                },
            )?;
            if let (Value::Type(_), Some(Value::Cell(c))) = (&cls, &classcell) {
                check_class_cell(vm, &name, &cls, &c.get())?;
            }
            cls
        }
    };
    Ok(cls)
}

/// A metaclass must hand the body's `__classcell__` on to `type.__new__`, which fills it
/// with the class: a cell left empty, or holding another class, fails as in CPython.
fn check_class_cell(vm: &mut Vm, name: &PyStr, cls: &Value, in_cell: &Value) -> PyResult<()> {
    if in_cell.is(cls) {
        return Ok(());
    }
    let name = crate::objects::str::repr_str(name.as_str());
    let cls_repr = vm.repr(cls)?;
    if in_cell.is_null() {
        return Err(PyErr::runtime_error(format!(
            "__class__ not set defining {name} as {cls_repr}. \
             Was __classcell__ propagated to type.__new__?"
        )));
    }
    let cell_repr = vm.repr(in_cell)?;
    Err(PyErr::type_error(format!(
        "__class__ set to {cell_repr} defining {name} as {cls_repr}"
    )))
}

/// `type.__new__(meta, name, bases, ns, **kwds)`, as a metaclass's `super().__new__` calls it.
pub fn type_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    super::builtin_new::checked_new_class(&types().type_, args.pos.first())?;
    // Only `type(x)` (`type.__call__`) has a one-argument form.
    if args.pos.len() != 4 {
        return Err(PyErr::type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let Value::Type(meta) = args.pos[0].clone() else {
        return Err(PyErr::type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            args.pos[0].type_name()
        )));
    };
    let Value::Str(name) = args.pos[1].clone() else {
        return Err(type_name_not_str(&args.pos[1]));
    };
    let bases = match &args.pos[2] {
        Value::Tuple(t) => t.items.clone(),
        other => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                other.type_name()
            )))
        }
    };
    // A dict subclass (a prepared namespace) is read as the dict it carries.
    let ns_arg = super::subclass::base_value(&args.pos[3]).unwrap_or(args.pos[3].clone());
    let Value::Dict(ns) = ns_arg else {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            args.pos[3].type_name()
        )));
    };
    let classcell = ns.get_str("__classcell__");
    let ns = Rc::new(ns.copy());
    let meta = if Rc::ptr_eq(&meta, &types().type_) {
        None
    } else {
        Some(meta)
    };
    let cls = Value::Type(new_class(
        vm,
        name.as_str(),
        &bases,
        ns,
        meta,
        std::mem::take(&mut args.kw),
    )?);
    if let Some(Value::Cell(c)) = classcell {
        c.set(cls.clone());
    }
    Ok(cls)
}

/// `super()` and `super(cls, obj)`.
pub fn make_super(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this_class, obj) = match args.pos.len() {
        0 => {
            let frame = vm
                .frames
                .last()
                .ok_or_else(|| PyErr::runtime_error("super(): no current frame"))?;
            let co = &frame.code.code;
            // `def m(*args)` has no first argument either (CPython 3.11 counts only the
            // positional parameters).
            if co.argcount == 0 {
                return Err(PyErr::runtime_error("super(): no arguments"));
            }
            let mut obj = frame.locals().first().cloned().or_null();
            if let Some(ci) = co.cell2arg.iter().position(|a| *a == Some(0)) {
                if let Some(c) = frame.cells.get(ci) {
                    obj = c.get();
                }
            }
            if obj.is_null() {
                return Err(PyErr::runtime_error("super(): arg[0] deleted"));
            }
            let idx = co
                .freevars
                .iter()
                .position(|n| n == "__class__")
                .map(|i| i + co.cellvars.len());
            let cls = idx.and_then(|i| frame.cells.get(i)).map(|c| c.get());
            match cls {
                Some(Value::Type(t)) => (t, obj),
                Some(Value::Null) => {
                    return Err(PyErr::runtime_error("super(): empty __class__ cell"))
                }
                _ => return Err(PyErr::runtime_error("super(): __class__ cell not found")),
            }
        }
        1 | 2 => {
            let Value::Type(t) = args.pos[0].clone() else {
                return Err(PyErr::type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    args.pos[0].type_name()
                )));
            };
            match args.pos.get(1) {
                Some(o) => (t, o.clone()),
                None => {
                    return Ok(Value::descriptor(Descriptor::Super {
                        this_class: t,
                        obj: Value::None,
                        obj_type: None,
                    }))
                }
            }
        }
        n => {
            return Err(PyErr::type_error(format!(
                "super() expected at most 2 arguments, got {}",
                n
            )))
        }
    };
    let obj_type = match &obj {
        Value::Type(t) if t.is_subtype(&this_class) => t.clone(),
        other => {
            let t = other.type_of();
            if !t.is_subtype(&this_class) {
                return Err(PyErr::type_error(
                    "super(type, obj): obj must be an instance or subtype of type",
                ));
            }
            t
        }
    };
    Ok(Value::descriptor(Descriptor::Super {
        this_class,
        obj,
        obj_type: Some(obj_type),
    }))
}

/// `super.__get__(obj, type)`: an unbound `super(C)` found as a class attribute binds to the
/// instance it is read through; a bound one, or a read through the class, gives itself.
pub fn super_descr_get(vm: &mut Vm, sup: &Value, obj: Value) -> PyResult<Value> {
    let Value::Descriptor(d) = sup else {
        return Ok(sup.clone());
    };
    match &**d {
        Descriptor::Super {
            this_class,
            obj: bound,
            ..
        } if !obj.is_none() && (bound.is_none() || bound.is_null()) => {
            let this_class = Value::Type(this_class.clone());
            make_super(vm, Args::new(vec![this_class, obj]))
        }
        _ => Ok(sup.clone()),
    }
}
