//! The value model. A `Value` is a small enum: the immediates (`None`, `bool`, small `int`,
//! `float`) live inline; everything else is a reference-counted heap object of one of the
//! types in this folder (one file per type, as CPython's `Objects/`).
//!
//! Heap objects are shared with `Rc` and mutated through `RefCell`. A borrow is never held
//! across a call back into Python code: that is what keeps re-entrant programs (an `__eq__`
//! that mutates the dict being searched) from aborting.

pub mod bytearray;
pub mod bytes;
pub mod charmap_codecs;
mod charmap_tables;
pub mod codec_stream;
pub mod codecs;
pub mod complex;
pub mod dict;
pub mod dict_reversed;
pub mod escape_codecs;
pub mod exception;
pub mod exception_attrs;
pub mod exception_group;
pub mod exception_members;
pub mod float;
pub mod float_hex;
pub mod function;
pub mod instance;
pub mod instance_attrs;
pub mod int;
pub mod int_str_limit;
pub mod iter;
pub mod list;
pub mod memory_format;
pub mod memoryview;
pub mod methods;
pub mod module;
pub mod range;
pub mod set;
pub mod set_algebra;
pub mod set_table;
pub mod sort;
pub mod str;
pub mod surrogates;
pub mod tuple;
pub mod typeobj;
pub mod unicode;
pub mod unicode_tables;
pub mod value_words;
pub mod weak;

use std::rc::Rc;

use num_bigint::BigInt;

pub use bytearray::PyByteArray;
pub use bytes::PyBytes;
pub use dict::PyDict;
pub use exception::PyErr;
pub use function::{PyBoundMethod, PyBuiltin, PyCell, PyCode, PyFunction};
pub use instance::PyInstance;
pub use iter::PyIter;
pub use list::PyList;
pub use memoryview::PyMemoryView;
pub use module::PyModule;
pub use range::{PyRange, PySlice};
pub use set::PySet;
pub use str::PyStr;
pub use tuple::PyTuple;
pub use typeobj::{types, PyType};
pub use value_words::{FloatBits, WideBool};

use crate::vm::generator::PyGenerator;

/// Result of anything that can raise a Python exception.
pub type PyResult<T> = Result<T, PyErr>;

// Two words: every stack slot, list item and dict entry is a `Value`, so a wider variant
// would cost memory and copying everywhere (a payload needing more goes behind an `Rc`).
const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// A Python value.
#[derive(Clone)]
pub enum Value {
    /// Internal marker, never visible to Python code: an unbound local, or the "no self"
    /// slot of `LoadMethod`.
    Null,
    None,
    NotImplemented,
    Ellipsis,
    /// Construct with `Value::bool`; see `value_words.rs` for why the payload is a word.
    Bool(WideBool),
    Int(i64),
    /// Construct with `Value::float`.
    Float(FloatBits),
    BigInt(Rc<BigInt>),
    /// Boxed so that the rare complex values do not make every `Value` three words wide.
    Complex(Rc<complex::ComplexParts>),
    Str(Rc<PyStr>),
    Bytes(Rc<PyBytes>),
    ByteArray(Rc<PyByteArray>),
    MemoryView(Rc<PyMemoryView>),
    Tuple(Rc<PyTuple>),
    List(Rc<PyList>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<PyFunction>),
    Builtin(Rc<PyBuiltin>),
    BoundMethod(Rc<PyBoundMethod>),
    Type(Rc<PyType>),
    Instance(Rc<PyInstance>),
    Module(Rc<PyModule>),
    Cell(Rc<PyCell>),
    Code(Rc<PyCode>),
    Iter(Rc<PyIter>),
    Generator(Rc<PyGenerator>),
    /// `property`, `classmethod`, `staticmethod` and `super` objects.
    Descriptor(Rc<function::Descriptor>),
}

/// `unwrap_or(Value::None)` without its cost: `Option::unwrap_or` builds the default and
/// drops it through `Value`'s out-of-line drop glue whenever the option is `Some`, which in
/// the dispatch loop (every stack pop) was a tenth of the running time.
pub trait OrNone {
    fn or_none(self) -> Value;
    fn or_null(self) -> Value;
}

impl OrNone for Option<Value> {
    #[inline(always)]
    fn or_none(self) -> Value {
        match self {
            Some(v) => v,
            None => Value::None,
        }
    }

    #[inline(always)]
    fn or_null(self) -> Value {
        match self {
            Some(v) => v,
            None => Value::Null,
        }
    }
}

impl Value {
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        Value::Bool(WideBool::from(b))
    }

    #[inline(always)]
    pub fn float(f: f64) -> Value {
        Value::Float(FloatBits::new(f))
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        let t = Rc::new(PyTuple::new(items));
        crate::gc::track_tuple(&t);
        Value::Tuple(t)
    }

    /// A new list, watched by the cycle collector (as every constructor of a container
    /// here is: `crate::gc`).
    pub fn list(items: Vec<Value>) -> Value {
        tracked(Value::List(Rc::new(PyList::new(items))))
    }

    pub fn dict(d: PyDict) -> Value {
        tracked(Value::Dict(Rc::new(d)))
    }

    pub fn function(f: PyFunction) -> Value {
        tracked(Value::Function(Rc::new(f)))
    }

    /// A descriptor object; all but `super` objects (made and dropped by every
    /// `super().m()` call, and never part of a class) are watched by the cycle collector.
    pub fn descriptor(d: function::Descriptor) -> Value {
        let watch = !matches!(d, function::Descriptor::Super { .. });
        let v = Value::Descriptor(Rc::new(d));
        if watch {
            crate::gc::track(&v);
        }
        v
    }

    pub fn set(s: PySet) -> Value {
        tracked(Value::Set(Rc::new(s)))
    }

    pub fn frozenset(s: PySet) -> Value {
        tracked(Value::FrozenSet(Rc::new(s)))
    }

    pub fn from_bigint(b: BigInt) -> Value {
        int::normalize(b)
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The type object of this value (`type(v)`).
    pub fn type_of(&self) -> Rc<PyType> {
        let t = types();
        match self {
            Value::Null | Value::None => t.none_type.clone(),
            Value::NotImplemented => t.not_implemented_type.clone(),
            Value::Ellipsis => t.ellipsis_type.clone(),
            Value::Bool(_) => t.bool.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Complex(..) => t.complex.clone(),
            Value::Str(_) => t.str.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::MemoryView(_) => t.memoryview.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(b) => {
                if crate::vm::builtin_names::is_method_wrapper(b) {
                    t.method_wrapper.clone()
                } else if b.bound_self.is_some() {
                    t.builtin_method.clone()
                } else {
                    crate::vm::builtin_names::unbound_type(b)
                }
            }
            Value::BoundMethod(_) => t.method.clone(),
            Value::Type(ty) => ty.metatype(),
            Value::Instance(i) => i.class(),
            Value::Module(_) => t.module.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Iter(it) => it.type_object(),
            Value::Generator(g) => g.type_object(),
            Value::Descriptor(d) => d.type_object(),
        }
    }

    /// The name messages give `type(v)` (CPython's `tp_name`): `type(v).__name__`, cheaply
    /// for the common cases (error messages use it a lot), module-qualified for a native
    /// module's final type (`'time.struct_time' object has no attribute 'x'`).
    pub fn type_name(&self) -> String {
        match self {
            Value::None => "NoneType".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) | Value::BigInt(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Str(_) => "str".into(),
            Value::List(_) => "list".into(),
            Value::Tuple(_) => "tuple".into(),
            Value::Dict(_) => "dict".into(),
            _ => self.type_of().tp_name(),
        }
    }

    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null)
            | (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints and floats are immutable and compare as identical when equal, which
            // is what CPython's small-int cache makes programs expect.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.get().to_bits() == b.get().to_bits(),
            (Value::Complex(a), Value::Complex(b)) => {
                a.re.to_bits() == b.re.to_bits() && a.im.to_bits() == b.im.to_bits()
            }
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Address of the heap object, if this value has one (for `id()` and `is`).
    pub fn heap_ptr(&self) -> Option<usize> {
        Some(match self {
            Value::BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::MemoryView(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Set(r) | Value::FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Type(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Descriptor(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return None,
        })
    }

    /// `id(v)`: the heap address (an instance's own number, `PyInstance::object_id`), or a
    /// stable number derived from an immediate's value.
    pub fn id(&self) -> i64 {
        if let Value::Instance(i) = self {
            return i.object_id();
        }
        if let Some(p) = self.heap_ptr() {
            return p as i64;
        }
        match self {
            Value::None => 0x1000,
            Value::NotImplemented => 0x1010,
            Value::Ellipsis => 0x1020,
            Value::Bool(b) => 0x1030 + *b as i64,
            Value::Int(i) => 0x2000_0000_0000 ^ i.wrapping_mul(16),
            Value::Float(f) => 0x3000_0000_0000 ^ (f.get().to_bits() as i64 >> 4),
            _ => 0,
        }
    }

    /// Visits every value this object holds a reference to. The cycle collector walks the
    /// object graph with this; every container type must report all its references.
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        match self {
            Value::Tuple(t) => t.items.iter().for_each(|v| visit(v)),
            Value::List(l) => {
                if let Ok(items) = l.items.try_borrow() {
                    items.iter().for_each(|v| visit(v))
                }
            }
            Value::Dict(d) => d.trace(visit),
            Value::Set(s) | Value::FrozenSet(s) => s.trace(visit),
            Value::Function(f) => f.trace(visit),
            Value::Code(c) => {
                if let Some(b) = &c.builtins {
                    visit(&Value::Dict(b.clone()))
                }
            }
            Value::BoundMethod(m) => {
                visit(&m.func);
                visit(&m.receiver);
            }
            Value::Builtin(b) => {
                if let Some(s) = &b.bound_self {
                    visit(s)
                }
            }
            Value::Type(t) => t.trace(visit),
            Value::Instance(i) => i.trace(visit),
            Value::Module(m) => visit(&Value::Dict(m.dict.clone())),
            Value::Cell(c) => {
                if let Ok(v) = c.value.try_borrow() {
                    visit(&v)
                }
            }
            Value::Iter(it) => it.trace(visit),
            Value::Generator(g) => g.trace(visit),
            Value::Descriptor(d) => d.trace(visit),
            Value::MemoryView(m) => visit(&m.source),
            Value::Slice(s) => {
                visit(&s.start);
                visit(&s.stop);
                visit(&s.step);
            }
            _ => {}
        }
    }
}

/// `v`, now watched by the cycle collector.
fn tracked(v: Value) -> Value {
    crate::gc::track(&v);
    v
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<usize> for Value {
    fn from(i: usize) -> Value {
        if i <= i64::MAX as usize {
            Value::Int(i as i64)
        } else {
            Value::from_bigint(BigInt::from(i))
        }
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::float(f)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::str(s)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::string(s)
    }
}

impl From<Rc<PyStr>> for Value {
    fn from(s: Rc<PyStr>) -> Value {
        Value::Str(s)
    }
}
