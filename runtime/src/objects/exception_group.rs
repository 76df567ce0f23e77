//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): an exception carrying a message and
//! a tuple of sub-exceptions, with CPython 3.11's constructor rules and messages and its
//! `split`, `subgroup` and `derive` methods. A group's message and exceptions are fixed when
//! it is made; they live in the instance's native slot (`GroupState`), its `args` in the
//! exception state as for any exception.
//!
//! `split` is also what `except*` runs (`vm/except_star.rs`), and the projection of a group
//! onto some of its leaves (`project`) is how `except*` rebuilds what it re-raises.

use super::OrNone;
use std::collections::HashSet;
use std::rc::Rc;

use super::function::Args;
use super::methods::{add_classmethods, add_methods, receiver};
use super::{types, PyErr, PyInstance, PyResult, PyStr, PyTuple, PyType, Value};
use crate::vm::Vm;

/// What a group holds besides the ordinary exception state.
pub struct GroupState {
    pub message: Rc<PyStr>,
    pub exceptions: Rc<PyTuple>,
}

/// The message and sub-exceptions of `v`, if it is an exception group.
pub fn group_parts(v: &Value) -> Option<(Rc<PyStr>, Rc<PyTuple>)> {
    let Value::Instance(i) = v else { return None };
    let s = i.native::<GroupState>()?;
    Some((s.message.clone(), s.exceptions.clone()))
}

pub fn is_group(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.native::<GroupState>().is_some())
}

pub fn register() {
    let beg = &types().exc.base_exception_group;
    beg.ctor.set(Some(group_new));
    add_methods(
        beg,
        &[
            ("__new__", group_new),
            ("__init__", group_init),
            ("__str__", group_str),
            ("derive", group_derive),
            ("split", group_split),
            ("subgroup", group_subgroup),
        ],
    );
    add_classmethods(
        beg,
        &[(
            "__class_getitem__",
            crate::objects::methods::protocols::proto_class_getitem,
        )],
    );
    // Read-only members, as CPython's (`<member 'message' of 'BaseExceptionGroup' objects>`).
    crate::vm::native_attrs::add_getters(
        &beg,
        true,
        &[
            ("message", |_, a| {
                Ok(state_of(&a, "message")?.0.map_or(Value::None, Value::Str))
            }),
            ("exceptions", |_, a| {
                Ok(Value::Tuple(state_of(&a, "exceptions")?.1))
            }),
        ],
    );
}

/// The receiver's group state; a group made without `BaseExceptionGroup.__new__` (through
/// `BaseException.__new__`) has none and reads as an empty one.
fn state_of(a: &Args, method: &str) -> PyResult<(Option<Rc<PyStr>>, Rc<PyTuple>)> {
    let v = receiver(a);
    if let Some((m, e)) = group_parts(&v) {
        return Ok((Some(m), e));
    }
    match &v {
        Value::Instance(i) if i.class().is_subtype(&types().exc.base_exception_group) => {
            Ok((None, Rc::new(PyTuple::new(Vec::new()))))
        }
        other => Err(super::methods::wrong_receiver(
            method,
            "BaseExceptionGroup",
            other,
        )),
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`, also the constructor of every
/// group class.
fn group_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let beg = &types().exc.base_exception_group;
    let cls = match receiver(&a) {
        Value::Type(t) if t.is_subtype(beg) => t,
        Value::Type(t) => {
            return Err(PyErr::type_error(format!(
                "BaseExceptionGroup.__new__({0}): {0} is not a subtype of BaseExceptionGroup",
                t.name()
            )))
        }
        other => {
            return Err(PyErr::type_error(format!(
                "BaseExceptionGroup.__new__(X): X is not a type object ({})",
                other.type_name()
            )))
        }
    };
    let given = a.pos.len().saturating_sub(1);
    if given != 2 {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            given
        )));
    }
    // CPython refuses keywords in `BaseExceptionGroup.__init__`, which runs unless the
    // class has its own `__init__`.
    if !a.kw.is_empty() && matches!(cls.lookup("__init__"), Some(Value::Builtin(_))) {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            cls.name()
        )));
    }
    let Value::Str(message) = &a.pos[1] else {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            a.pos[1].type_name()
        )));
    };
    let excs_arg = &a.pos[2];
    if !is_sequence(excs_arg) {
        return Err(PyErr::type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let excs = vm.collect_iterable(excs_arg)?;
    if excs.is_empty() {
        return Err(PyErr::value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut only_exceptions = true;
    for (i, e) in excs.iter().enumerate() {
        match e {
            Value::Instance(inst) if inst.exc.is_some() => {
                if !inst.class().is_subtype(&types().exc.exception) {
                    only_exceptions = false;
                }
            }
            _ => {
                return Err(PyErr::value_error(format!(
                    "Item {} of second argument (exceptions) is not an exception",
                    i
                )))
            }
        }
    }
    let cls = group_class(cls, only_exceptions)?;
    let inst = PyInstance::with_native(
        cls,
        Box::new(GroupState {
            message: message.clone(),
            exceptions: Rc::new(PyTuple::new(excs)),
        }),
    );
    if let Some(d) = &inst.exc {
        d.borrow_mut().args = vec![a.pos[1].clone(), excs_arg.clone()];
    }
    Ok(Value::Instance(inst))
}

/// The class a group of these exceptions gets: `BaseExceptionGroup` becomes
/// `ExceptionGroup` when it holds only `Exception`s; an `Exception` group class cannot hold
/// anything else.
fn group_class(cls: Rc<PyType>, only_exceptions: bool) -> PyResult<Rc<PyType>> {
    let ex = &types().exc;
    if Rc::ptr_eq(&cls, &ex.base_exception_group) {
        return Ok(if only_exceptions {
            ex.exception_group.clone()
        } else {
            cls
        });
    }
    if only_exceptions || !cls.is_subtype(&ex.exception) {
        return Ok(cls);
    }
    Err(PyErr::type_error(
        if Rc::ptr_eq(&cls, &ex.exception_group) {
            "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
        } else {
            format!("Cannot nest BaseExceptions in '{}'", cls.name())
        },
    ))
}

/// What CPython's sequence check accepts: the builtin sequences and any class with
/// `__getitem__` that is not a mapping.
fn is_sequence(v: &Value) -> bool {
    match v {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::Range(_)
        | Value::MemoryView(_) => true,
        Value::Instance(i) => {
            let cls = i.class();
            if cls.is_subtype(&types().dict) {
                return false;
            }
            i.base().is_some_and(is_sequence) || cls.lookup("__getitem__").is_some()
        }
        _ => false,
    }
}

/// `BaseExceptionGroup.__init__(self, *args)`: sets `args`, refuses keywords.
fn group_init(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = receiver(&a);
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            this.type_name()
        )));
    }
    if let Value::Instance(i) = &this {
        if let Some(d) = &i.exc {
            d.borrow_mut().args = a.pos[1..].to_vec();
        }
    }
    Ok(Value::None)
}

/// `'message (2 sub-exceptions)'`
fn group_str(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (message, excs) = state_of(&a, "__str__")?;
    Ok(Value::string(group_text(message.as_deref(), &excs)))
}

/// `str()` of a group (`vm.to_str` answers exceptions without calling their `__str__`).
pub fn group_str_of(v: &Value) -> Option<String> {
    let (message, excs) = group_parts(v)?;
    Some(group_text(Some(&message), &excs))
}

fn group_text(message: Option<&PyStr>, excs: &PyTuple) -> String {
    let n = excs.items.len();
    format!(
        "{} ({} sub-exception{})",
        message.map_or("", |m| m.as_str()),
        n,
        if n == 1 { "" } else { "s" }
    )
}

/// `eg.derive(excs)`: a plain group with the same message.
fn group_derive(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(
            "BaseExceptionGroup.derive() takes no keyword arguments",
        ));
    }
    if a.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "function takes exactly 1 argument ({} given)",
            a.pos.len().saturating_sub(1)
        )));
    }
    let (message, _) = state_of(&a, "derive")?;
    let message = message.map_or(Value::None, Value::Str);
    new_group(vm, message, a.pos[1].clone())
}

/// `BaseExceptionGroup(message, excs)`.
pub fn new_group(vm: &mut Vm, message: Value, excs: Value) -> PyResult<Value> {
    let cls = Value::Type(types().exc.base_exception_group.clone());
    group_new(vm, Args::new(vec![cls, message, excs]))
}

/// The single argument of `split`/`subgroup`, with CPython's messages.
fn condition_arg(a: &Args, method: &str) -> PyResult<Matcher> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.{}() takes no keyword arguments",
            method
        )));
    }
    let n = a.pos.len().saturating_sub(1);
    if n != 1 {
        return Err(PyErr::type_error(format!(
            "{} expected 1 argument, got {}",
            method, n
        )));
    }
    Matcher::of(&a.pos[1])
}

fn group_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let matcher = condition_arg(&a, "split")?;
    state_of(&a, "split")?;
    let (m, r) = split(vm, &receiver(&a), &matcher, true)?;
    Ok(Value::tuple(vec![m.or_none(), r.or_none()]))
}

fn group_subgroup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let matcher = condition_arg(&a, "subgroup")?;
    state_of(&a, "subgroup")?;
    let (m, _) = split(vm, &receiver(&a), &matcher, false)?;
    Ok(m.or_none())
}

/// What `split` selects by.
pub enum Matcher {
    /// An exception class or a tuple of them: `isinstance`.
    Types(Value),
    /// A callable other than a class: its truth on each exception.
    Predicate(Value),
    /// These exact leaf exceptions (by address), for `project`.
    Leaves(HashSet<usize>),
}

impl Matcher {
    pub fn of(cond: &Value) -> PyResult<Matcher> {
        let is_exc_class =
            |v: &Value| matches!(v, Value::Type(t) if t.is_subtype(&types().exc.base_exception));
        let callable = crate::modules::builtins_introspect::is_callable(cond);
        match cond {
            Value::Type(_) if is_exc_class(cond) => Ok(Matcher::Types(cond.clone())),
            Value::Tuple(t) if t.items.iter().all(is_exc_class) => Ok(Matcher::Types(cond.clone())),
            Value::Type(_) => Err(bad_condition()),
            _ if callable => Ok(Matcher::Predicate(cond.clone())),
            _ => Err(bad_condition()),
        }
    }

    fn matches(&self, vm: &mut Vm, exc: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(t) => vm.exception_matches(exc, t),
            Matcher::Predicate(f) => {
                let r = vm.call(f, vec![exc.clone()])?;
                vm.truthy(&r)
            }
            Matcher::Leaves(ids) => Ok(exc.heap_ptr().is_some_and(|p| ids.contains(&p))),
        }
    }
}

fn bad_condition() -> PyErr {
    PyErr::type_error("expected a function, exception type or tuple of exception types")
}

/// Splits `exc` into the part that matches and (with `want_rest`) the part that does not.
/// An exception that matches as a whole is its own match; a group is otherwise rebuilt
/// around the matching parts of its sub-exceptions (through its `derive`), keeping its
/// structure, traceback, cause, context and notes.
pub fn split(
    vm: &mut Vm,
    exc: &Value,
    matcher: &Matcher,
    want_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matcher.matches(vm, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some((_, excs)) = group_parts(exc) else {
        return Ok((None, want_rest.then(|| exc.clone())));
    };
    vm.enter_native(" in exception group split")?;
    let parts = split_members(vm, &excs, matcher, want_rest);
    vm.leave_native();
    let (matched, rest) = parts?;
    let matched = match matched.is_empty() {
        true => None,
        false => Some(derive_like(vm, exc, matched)?),
    };
    let rest = match rest.is_empty() {
        true => None,
        false => Some(derive_like(vm, exc, rest)?),
    };
    Ok((matched, rest))
}

type Parts = (Vec<Value>, Vec<Value>);

fn split_members(
    vm: &mut Vm,
    excs: &PyTuple,
    matcher: &Matcher,
    want_rest: bool,
) -> PyResult<Parts> {
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for e in excs.items.iter() {
        let (m, r) = split(vm, e, matcher, want_rest)?;
        matched.extend(m);
        rest.extend(r);
    }
    Ok((matched, rest))
}

/// `orig.derive(excs)` carrying orig's traceback, cause, context and notes.
fn derive_like(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let derived = vm.call_method(orig, "derive", vec![Value::list(excs)])?;
    let (Value::Instance(new), Value::Instance(old), true) = (&derived, orig, is_group(&derived))
    else {
        return Err(PyErr::type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    };
    if let (Some(nd), Some(od)) = (&new.exc, &old.exc) {
        if !Rc::ptr_eq(new, old) {
            let od = od.borrow();
            let mut nd = nd.borrow_mut();
            nd.traceback = od.traceback.clone();
            nd.cause = od.cause.clone();
            nd.suppress_context = true;
            nd.context = od.context.clone();
            super::exception_attrs::copy_notes(old, new);
        }
    }
    Ok(derived)
}

/// The part of group `orig` made of the leaves of `keep` (exceptions or groups): None when
/// there is none.
pub fn project(vm: &mut Vm, orig: &Value, keep: &[Value]) -> PyResult<Option<Value>> {
    let mut ids = HashSet::new();
    for e in keep {
        collect_leaves(e, &mut ids);
    }
    if ids.is_empty() {
        return Ok(None);
    }
    Ok(split(vm, orig, &Matcher::Leaves(ids), false)?.0)
}

fn collect_leaves(e: &Value, ids: &mut HashSet<usize>) {
    // A work list, not recursion: groups may be nested arbitrarily deep.
    let mut todo = vec![e.clone()];
    while let Some(e) = todo.pop() {
        match group_parts(&e) {
            Some((_, excs)) => todo.extend(excs.items.iter().cloned()),
            None => ids.extend(e.heap_ptr()),
        }
    }
}
