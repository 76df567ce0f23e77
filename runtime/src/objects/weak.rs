//! `WeakValue`: a weak handle on a heap object, which does not keep it alive and gives it
//! back as a `Value` while it lives. The cycle collector registers the objects it watches
//! with one (`crate::gc`), and a weak reference object holds its referent with one
//! (`modules/weakref.rs`); each decides which kinds of object it accepts.

use std::rc::{Rc, Weak};

use super::function::Descriptor;
use super::{
    PyBoundMethod, PyBuiltin, PyCell, PyCode, PyDict, PyFunction, PyInstance, PyList, PyModule,
    PySet, PyTuple, PyType, Value,
};
use crate::vm::generator::PyGenerator;

pub enum WeakValue {
    List(Weak<PyList>),
    Tuple(Weak<PyTuple>),
    Dict(Weak<PyDict>),
    Set(Weak<PySet>),
    FrozenSet(Weak<PySet>),
    Instance(Weak<PyInstance>),
    Function(Weak<PyFunction>),
    Cell(Weak<PyCell>),
    Type(Weak<PyType>),
    Generator(Weak<PyGenerator>),
    BoundMethod(Weak<PyBoundMethod>),
    Descriptor(Weak<Descriptor>),
    Builtin(Weak<PyBuiltin>),
    Module(Weak<PyModule>),
    Code(Weak<PyCode>),
    MemoryView(Weak<super::memoryview::PyMemoryView>),
}

impl WeakValue {
    /// A weak handle on `v`'s object; None for immediates and the immutable scalars
    /// (str, bytes, int, …), which neither caller takes.
    pub fn of(v: &Value) -> Option<WeakValue> {
        Some(match v {
            Value::List(x) => WeakValue::List(Rc::downgrade(x)),
            Value::Tuple(x) => WeakValue::Tuple(Rc::downgrade(x)),
            Value::Dict(x) => WeakValue::Dict(Rc::downgrade(x)),
            Value::Set(x) => WeakValue::Set(Rc::downgrade(x)),
            Value::FrozenSet(x) => WeakValue::FrozenSet(Rc::downgrade(x)),
            Value::Instance(x) => WeakValue::Instance(Rc::downgrade(x)),
            Value::Function(x) => WeakValue::Function(Rc::downgrade(x)),
            Value::Cell(x) => WeakValue::Cell(Rc::downgrade(x)),
            Value::Type(x) => WeakValue::Type(Rc::downgrade(x)),
            Value::Generator(x) => WeakValue::Generator(Rc::downgrade(x)),
            Value::BoundMethod(x) => WeakValue::BoundMethod(Rc::downgrade(x)),
            Value::Descriptor(x) => WeakValue::Descriptor(Rc::downgrade(x)),
            Value::Builtin(x) => WeakValue::Builtin(Rc::downgrade(x)),
            Value::Module(x) => WeakValue::Module(Rc::downgrade(x)),
            Value::Code(x) => WeakValue::Code(Rc::downgrade(x)),
            Value::MemoryView(x) => WeakValue::MemoryView(Rc::downgrade(x)),
            _ => return None,
        })
    }

    /// The object, if it is still alive.
    pub fn upgrade(&self) -> Option<Value> {
        Some(match self {
            WeakValue::List(w) => Value::List(w.upgrade()?),
            WeakValue::Tuple(w) => Value::Tuple(w.upgrade()?),
            WeakValue::Dict(w) => Value::Dict(w.upgrade()?),
            WeakValue::Set(w) => Value::Set(w.upgrade()?),
            WeakValue::FrozenSet(w) => Value::FrozenSet(w.upgrade()?),
            WeakValue::Instance(w) => Value::Instance(w.upgrade()?),
            WeakValue::Function(w) => Value::Function(w.upgrade()?),
            WeakValue::Cell(w) => Value::Cell(w.upgrade()?),
            WeakValue::Type(w) => Value::Type(w.upgrade()?),
            WeakValue::Generator(w) => Value::Generator(w.upgrade()?),
            WeakValue::BoundMethod(w) => Value::BoundMethod(w.upgrade()?),
            WeakValue::Descriptor(w) => Value::Descriptor(w.upgrade()?),
            WeakValue::Builtin(w) => Value::Builtin(w.upgrade()?),
            WeakValue::Module(w) => Value::Module(w.upgrade()?),
            WeakValue::Code(w) => Value::Code(w.upgrade()?),
            WeakValue::MemoryView(w) => Value::MemoryView(w.upgrade()?),
        })
    }

    /// Is the object still alive? (Without making a strong reference.)
    pub fn is_alive(&self) -> bool {
        let strong = match self {
            WeakValue::List(w) => w.strong_count(),
            WeakValue::Tuple(w) => w.strong_count(),
            WeakValue::Dict(w) => w.strong_count(),
            WeakValue::Set(w) | WeakValue::FrozenSet(w) => w.strong_count(),
            WeakValue::Instance(w) => w.strong_count(),
            WeakValue::Function(w) => w.strong_count(),
            WeakValue::Cell(w) => w.strong_count(),
            WeakValue::Type(w) => w.strong_count(),
            WeakValue::Generator(w) => w.strong_count(),
            WeakValue::BoundMethod(w) => w.strong_count(),
            WeakValue::Descriptor(w) => w.strong_count(),
            WeakValue::Builtin(w) => w.strong_count(),
            WeakValue::Module(w) => w.strong_count(),
            WeakValue::Code(w) => w.strong_count(),
            WeakValue::MemoryView(w) => w.strong_count(),
        };
        strong > 0
    }
}
