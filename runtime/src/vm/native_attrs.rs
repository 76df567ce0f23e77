//! Read-only attributes of builtin types computed by a native getter (`int.real`,
//! `float.imag`, `complex.real`): what CPython calls a `getset_descriptor` (or, for the
//! fields a C struct exposes directly, a `member_descriptor`), repr
//! `<attribute 'real' of 'int' objects>`. Reading checks the receiver's type; writing and
//! deleting go to the attribute's native setter when it has one (`type.__name__`), else
//! fail with CPython's messages. The `getset_descriptor` and `member_descriptor`
//! methods (`__get__`, `__name__`, ...) come here first (`method`) for such a descriptor.

use std::rc::Rc;

use crate::objects::function::{Args, Descriptor, NativeFn};
use crate::objects::{PyErr, PyResult, PyType, Value};

use super::Vm;

/// A native read-only attribute of the instances of `owner`.
pub struct NativeAttr {
    pub name: &'static str,
    pub owner: Rc<PyType>,
    /// Called with the instance as its only argument.
    pub get: NativeFn,
    /// Shown as a `member_descriptor` (a struct field in CPython) rather than a
    /// `getset_descriptor`; writing it says "readonly attribute".
    pub member: bool,
    pub doc: Option<&'static str>,
    /// Assigns (`Some(value)`) or deletes (None) the attribute of the (checked) instance;
    /// None for a read-only attribute.
    pub set: Option<NativeSetter>,
}

/// A native attribute's setter: the instance, then the new value or None to delete.
pub type NativeSetter = fn(&mut Vm, &Value, Option<Value>) -> PyResult<()>;

/// Puts read-only native attributes `(name, getter, doc)` in the dict of `owner`.
pub fn add(
    owner: &Rc<PyType>,
    member: bool,
    attrs: &[(&'static str, NativeFn, Option<&'static str>)],
) {
    for &(name, get, doc) in attrs {
        let attr = NativeAttr {
            name,
            owner: owner.clone(),
            get,
            member,
            doc,
            set: None,
        };
        owner.dict.set_str(
            name,
            Value::Descriptor(Rc::new(Descriptor::NativeAttr(attr))),
        );
    }
}

/// Puts read-only native attributes `(name, getter)`, without docstrings, in the dict of
/// `owner`.
pub fn add_getters(owner: &Rc<PyType>, member: bool, attrs: &[(&'static str, NativeFn)]) {
    for &(name, get) in attrs {
        add(owner, member, &[(name, get, None)]);
    }
}

/// Puts writable native attributes `(name, getter, setter)` in the dict of `owner`.
pub fn add_writable(
    owner: &Rc<PyType>,
    member: bool,
    attrs: &[(&'static str, NativeFn, NativeSetter)],
) {
    for &(name, get, set) in attrs {
        let attr = NativeAttr {
            name,
            owner: owner.clone(),
            get,
            member,
            doc: None,
            set: Some(set),
        };
        owner
            .dict
            .set_str(name, Value::descriptor(Descriptor::NativeAttr(attr)));
    }
}

impl NativeAttr {
    /// "descriptor 'real' for 'int' objects doesn't apply to a 'str' object"
    fn check_receiver(&self, obj: &Value) -> PyResult<()> {
        if obj.type_of().is_subtype(&self.owner) {
            return Ok(());
        }
        Err(PyErr::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            self.name,
            self.owner.name(),
            obj.type_name()
        )))
    }

    /// `obj.name` through the descriptor.
    pub fn get(&self, vm: &mut Vm, obj: Value) -> PyResult<Value> {
        self.check_receiver(&obj)?;
        (self.get)(vm, Args::new(vec![obj]))
    }

    /// `obj.name = v` (`Some(v)`) or `del obj.name` (None): the setter's business, refused
    /// when the attribute is read-only.
    pub fn set(&self, vm: &mut Vm, obj: &Value, v: Option<Value>) -> PyResult<()> {
        self.check_receiver(obj)?;
        if let Some(set) = self.set {
            return set(vm, obj, v);
        }
        Err(PyErr::attribute_error(if self.member {
            "readonly attribute".to_string()
        } else {
            format!(
                "attribute '{}' of '{}' objects is not writable",
                self.name,
                self.owner.name()
            )
        }))
    }

    /// `<attribute 'real' of 'int' objects>` / `<member 'real' of 'complex' objects>`
    pub fn repr(&self) -> String {
        let kind = if self.member { "member" } else { "attribute" };
        format!(
            "<{} '{}' of '{}' objects>",
            kind,
            self.name,
            self.owner.name()
        )
    }
}

/// The native attribute descriptor `v` is, if it is one.
fn native_of(v: Option<&Value>) -> Option<&NativeAttr> {
    match v {
        Some(Value::Descriptor(d)) => match &**d {
            Descriptor::NativeAttr(n) => Some(n),
            _ => None,
        },
        _ => None,
    }
}

/// A method or attribute of `getset_descriptor`/`member_descriptor` (`name`) called on a
/// native attribute descriptor: its answer, or None when the receiver is another kind of
/// descriptor (a class's `__dict__`, a `__slots__` member), which the caller handles.
pub fn method(vm: &mut Vm, a: &Args, name: &str) -> Option<PyResult<Value>> {
    let n = native_of(a.pos.first())?;
    Some(match name {
        "__get__" => a.expect("__get__", 2, 3).and_then(|_| match &a.pos[1] {
            Value::None => Ok(a.pos[0].clone()),
            obj => n.get(vm, obj.clone()),
        }),
        "__set__" => a
            .expect("__set__", 3, 3)
            .and_then(|_| n.set(vm, &a.pos[1], Some(a.pos[2].clone())))
            .map(|_| Value::None),
        "__delete__" => a
            .expect("__delete__", 2, 2)
            .and_then(|_| n.set(vm, &a.pos[1], None))
            .map(|_| Value::None),
        "__name__" => Ok(Value::str(n.name)),
        "__qualname__" => Ok(Value::string(format!(
            "{}.{}",
            n.owner.qualname.borrow(),
            n.name
        ))),
        "__objclass__" => Ok(Value::Type(n.owner.clone())),
        "__doc__" => Ok(n.doc.map_or(Value::None, Value::str)),
        _ => return None,
    })
}
