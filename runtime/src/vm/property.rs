//! `property`: making one (`property(fget, fset, fdel, doc)`, `__init__` run again by a
//! subclass), the copies `.getter()`/`.setter()`/`.deleter()` make, `__set_name__`, calling
//! its functions on attribute access with CPython 3.11's messages ("property 'x' of 'C'
//! object has no setter"), and its attributes (`fget`, `fset`, `fdel`, `__doc__`,
//! `__isabstractmethod__`). An instance of a subclass of property carries a property as
//! its base value (`PyInstance::base`), so every method here accepts either.

use std::rc::Rc;

use crate::modules::params::Params;
use crate::objects::function::{Args, Descriptor, Property};
use crate::objects::methods::{add_methods, method_args, receiver};
use crate::objects::OrNone;
use crate::objects::{types, PyErr, PyResult, PyStr, Value};

use super::Vm;

/// The property a value is or extends (a subclass instance's base).
fn property_of(v: &Value) -> Option<Rc<Descriptor>> {
    let d = match v {
        Value::Descriptor(d) => d.clone(),
        Value::Instance(i) => match i.base() {
            Some(Value::Descriptor(d)) => d.clone(),
            _ => return None,
        },
        _ => return None,
    };
    matches!(*d, Descriptor::Property(_)).then_some(d)
}

/// Runs `f` on the property of the receiver, or fails as CPython does for another object.
fn with_property<R>(
    v: &Value,
    method: &str,
    f: impl FnOnce(&Property) -> PyResult<R>,
) -> PyResult<R> {
    match property_of(v).as_deref() {
        Some(Descriptor::Property(p)) => f(p),
        _ => Err(crate::objects::methods::wrong_receiver(
            method, "property", v,
        )),
    }
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`: `pos[0]` is the class. A
/// subclass's instance gets an empty property here; `__init__` fills it.
pub fn ctor_property(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = args.pos.remove(0);
    let prop = Value::descriptor(Descriptor::Property(Property::new(
        Value::None,
        Value::None,
        Value::None,
        Value::None,
    )));
    if matches!(&cls, Value::Type(t) if Rc::ptr_eq(t, &types().property)) {
        args.pos.insert(0, prop.clone());
        property_init(vm, args)?;
    }
    Ok(prop)
}

/// `property.__init__(self, fget=None, fset=None, fdel=None, doc=None)`. Without a `doc`,
/// the getter's docstring is the property's. A subclass instance keeps it in its own
/// `__dict__`, as in CPython.
fn property_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let me = args.pos.remove(0);
    let [fget, fset, fdel, doc] = Params {
        func: "property",
        names: &["fget", "fset", "fdel", "doc"],
        required: 0,
        positional: 4,
    }
    .bind(args)?
    .try_into()
    .map_err(|_| PyErr::type_error("property() takes at most 4 arguments"))?;
    let none = |v: Option<Value>| v.or_none();
    let (fget, fset, fdel, doc) = (none(fget), none(fset), none(fdel), none(doc));
    // Without a `doc`, the getter's docstring (None included) is the property's.
    let getter_doc = if doc.is_none() && !fget.is_none() {
        vm.get_attr_opt(&fget, "__doc__")?
    } else {
        None
    };
    with_property(&me, "__init__", |p| {
        *p.fget.borrow_mut() = fget;
        *p.fset.borrow_mut() = fset;
        *p.fdel.borrow_mut() = fdel;
        *p.doc.borrow_mut() = getter_doc.clone().unwrap_or(doc);
        p.getter_doc
            .set(matches!(&getter_doc, Some(d) if !d.is_none()));
        Ok(())
    })?;
    // A subclass's class dict has a `__doc__` of its own, which would hide the property's:
    // the getter's docstring goes to the instance's `__dict__` (an explicit `doc` is kept
    // where CPython 3.11 keeps it, out of sight).
    if let (Value::Instance(_), Some(d)) = (&me, getter_doc) {
        vm.set_attr(&me, &PyStr::intern("__doc__"), d)?;
    }
    Ok(Value::None)
}

/// "property 'x' of 'C' object has no getter" (without the name before `__set_name__`).
fn missing(p: &Property, obj: &Value, what: &str) -> PyErr {
    // A builtin type's read-only attribute (a native getter), worded as CPython words
    // those, naming the class that defines it.
    if let (Value::Builtin(getter), true) = (&*p.fget.borrow(), what != "getter") {
        let ty = obj.type_of();
        let defines = |c: &&Rc<crate::objects::PyType>| {
            matches!(c.dict.get_str(getter.name),
                Some(Value::Descriptor(d)) if matches!(&*d, Descriptor::Property(q) if std::ptr::eq(q, p)))
        };
        let owner = ty.mro.borrow().iter().find(defines).map(|c| c.name());
        return PyErr::attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            getter.name,
            owner.unwrap_or_else(|| ty.name())
        ));
    }
    let name = match &*p.name.borrow() {
        Value::Str(s) => format!(" '{}'", s.as_str()),
        _ => String::new(),
    };
    PyErr::attribute_error(format!(
        "property{} of '{}' object has no {}",
        name,
        obj.type_name(),
        what
    ))
}

impl Vm {
    /// `obj.attr` through the property `p`.
    pub fn property_get(&mut self, p: &Property, obj: Value) -> PyResult<Value> {
        let fget = p.fget.borrow().clone();
        if fget.is_none() {
            return Err(missing(p, &obj, "getter"));
        }
        self.call(&fget, vec![obj])
    }

    /// `obj.attr = v` (`Some(v)`) or `del obj.attr` (None) through the property `p`.
    pub fn property_set(&mut self, p: &Property, obj: &Value, v: Option<Value>) -> PyResult<()> {
        let (f, what) = match v {
            Some(_) => (p.fset.borrow().clone(), "setter"),
            None => (p.fdel.borrow().clone(), "deleter"),
        };
        if f.is_none() {
            return Err(missing(p, obj, what));
        }
        let mut args = vec![obj.clone()];
        args.extend(v);
        self.call(&f, args)?;
        Ok(())
    }
}

/// `prop.getter(f)` (which = 0), `.setter(f)` (1), `.deleter(f)` (2): a copy of the
/// property, of the same class, with one function replaced.
fn property_copy(vm: &mut Vm, a: Args, which: usize, method: &str) -> PyResult<Value> {
    let f = method_args::one_arg(&a, "property", method)?;
    let me = a.pos[0].clone();
    let (mut parts, doc, name) = with_property(&me, method, |p| {
        let parts = [
            p.fget.borrow().clone(),
            p.fset.borrow().clone(),
            p.fdel.borrow().clone(),
        ];
        // A docstring that came from the old getter is not carried over: the copy
        // takes its own getter's.
        let doc = if p.getter_doc.get() && !parts[0].is_none() {
            Value::None
        } else {
            p.doc.borrow().clone()
        };
        Ok((parts, doc, p.name.borrow().clone()))
    })?;
    if let Some(slot) = parts.get_mut(which) {
        if !f.is_none() {
            *slot = f;
        }
    }
    let [fget, fset, fdel] = parts;
    let cls = Value::Type(me.type_of());
    let copy = vm.call(&cls, vec![fget, fset, fdel, doc])?;
    if let Some(Descriptor::Property(p)) = property_of(&copy).as_deref() {
        *p.name.borrow_mut() = name;
    }
    Ok(copy)
}

/// Is any of the property's functions abstract (`@property` over `@abstractmethod`)?
fn property_isabstract(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = receiver(&a);
    let parts = with_property(&me, "__isabstractmethod__", |p| {
        Ok([
            p.fget.borrow().clone(),
            p.fset.borrow().clone(),
            p.fdel.borrow().clone(),
        ])
    })?;
    for f in parts.iter().filter(|f| !f.is_none()) {
        if let Some(flag) = vm.get_attr_opt(f, "__isabstractmethod__")? {
            if vm.truthy(&flag)? {
                return Ok(Value::bool(true));
            }
        }
    }
    Ok(Value::bool(false))
}

/// `prop.__set_name__(owner, name)` parses its arguments as a plain tuple: "property.
/// __set_name__() takes no keyword arguments" (through a bound method object, without
/// "property."), "__set_name__() takes 2 positional arguments but 3 were given".
fn set_name_args(a: &Args) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(
            "property.__set_name__() takes no keyword arguments",
        ));
    }
    match method_args::nargs(a) {
        2 => Ok(()),
        n => Err(PyErr::type_error(format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            n
        ))),
    }
}

pub fn register() {
    let t = &types().property;
    add_methods(
        t,
        &[
            ("__init__", property_init),
            ("getter", |vm, a| property_copy(vm, a, 0, "getter")),
            ("setter", |vm, a| property_copy(vm, a, 1, "setter")),
            ("deleter", |vm, a| property_copy(vm, a, 2, "deleter")),
            ("__get__", |vm, a| {
                method_args::slot_wrapper_range(&a, "__get__", 1, 2)?;
                let (me, obj) = (a.pos[0].clone(), a.pos[1].clone());
                if obj.is_none() {
                    return Ok(me);
                }
                let d = property_of(&me);
                match d.as_deref() {
                    Some(Descriptor::Property(p)) => vm.property_get(p, obj),
                    _ => Err(crate::objects::methods::wrong_receiver(
                        "__get__", "property", &me,
                    )),
                }
            }),
            ("__set__", |vm, a| {
                method_args::slot_wrapper_pair(&a, "__set__")?;
                let d = property_of(&a.pos[0]);
                match d.as_deref() {
                    Some(Descriptor::Property(p)) => {
                        vm.property_set(p, &a.pos[1], Some(a.pos[2].clone()))?
                    }
                    _ => {
                        return Err(crate::objects::methods::wrong_receiver(
                            "__set__", "property", &a.pos[0],
                        ))
                    }
                }
                Ok(Value::None)
            }),
            ("__delete__", |vm, a| {
                method_args::slot_wrapper(&a, "__delete__", 1)?;
                let d = property_of(&a.pos[0]);
                match d.as_deref() {
                    Some(Descriptor::Property(p)) => vm.property_set(p, &a.pos[1], None)?,
                    _ => {
                        return Err(crate::objects::methods::wrong_receiver(
                            "__delete__",
                            "property",
                            &a.pos[0],
                        ))
                    }
                }
                Ok(Value::None)
            }),
            ("__set_name__", |_, a| {
                set_name_args(&a)?;
                with_property(&a.pos[0], "__set_name__", |p| {
                    *p.name.borrow_mut() = a.pos[2].clone();
                    Ok(Value::None)
                })
            }),
        ],
    );
    // Fields of CPython's property struct: read-only member descriptors.
    super::native_attrs::add(
        t,
        true,
        &[
            (
                "fget",
                |_, a| with_property(&receiver(&a), "fget", |p| Ok(p.fget.borrow().clone())),
                None,
            ),
            (
                "fset",
                |_, a| with_property(&receiver(&a), "fset", |p| Ok(p.fset.borrow().clone())),
                None,
            ),
            (
                "fdel",
                |_, a| with_property(&receiver(&a), "fdel", |p| Ok(p.fdel.borrow().clone())),
                None,
            ),
        ],
    );
    super::native_attrs::add(
        t,
        false,
        &[("__isabstractmethod__", property_isabstract, None)],
    );
    // `__doc__` is a writable field; `del p.__doc__` leaves None.
    super::native_attrs::add_writable(
        t,
        true,
        &[(
            "__doc__",
            |_, a| with_property(&receiver(&a), "__doc__", |p| Ok(p.doc.borrow().clone())),
            |_, obj, v| {
                with_property(obj, "__doc__", |p| {
                    *p.doc.borrow_mut() = v.unwrap_or(Value::None);
                    Ok(Value::None)
                })
                .map(drop)
            },
        )],
    );
}
