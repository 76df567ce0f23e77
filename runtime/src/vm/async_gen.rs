//! Async generators (`async def` with `yield`) and the awaitables that drive them:
//! `__anext__()`/`asend(v)` return an `async_generator_asend`, `athrow(...)`/`aclose()` an
//! `async_generator_athrow`; the builtins `aiter` and `anext` (with the `anext_awaitable`
//! of `anext(it, default)`).
//!
//! An async generator is a `PyGenerator` of kind `AsyncGenerator`. When resuming it
//! suspends, it either reached a `yield` (the awaitable then finishes with that value as
//! its StopIteration) or an `await` inside passed a value out to whoever drives the
//! coroutine (the awaitable yields it on). The two are told apart by where the frame
//! stopped: an `await` leaves it on its YIELD_FROM (`PyGenerator::delegate`).
//!
//! The awaitables are instances with their state in their dict: `_agen`, `_state`
//! (0 not started, 1 running, 2 done) and what they send or throw.

use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::methods::{add_methods, receiver};
use crate::objects::OrNone;
use crate::objects::{types, PyErr, PyInstance, PyResult, Value};

use super::coroutine::{async_types, stop_async_iteration_type, AsyncTypes};
use super::generator::{receiver_of_kind, stop_iteration_with, GenKind, GenResult, PyGenerator};
use super::Vm;
use crate::modules::sys_asyncgen_hooks::first_iteration;
use crate::objects::methods::method_args;

const INIT: i64 = 0;
const ITER: i64 = 1;
const CLOSED: i64 = 2;

pub fn register(t: &AsyncTypes) {
    add_methods(
        &t.async_generator,
        &[
            ("__aiter__", |_, a| Ok(receiver(&a))),
            ("__anext__", agen_anext),
            ("asend", agen_asend),
            ("athrow", agen_athrow),
            ("aclose", agen_aclose),
        ],
    );
    add_methods(
        &t.asend,
        &[
            ("__await__", |_, a| Ok(receiver(&a))),
            ("__iter__", |_, a| Ok(receiver(&a))),
            ("__next__", |vm, a| {
                asend_send(vm, &receiver(&a), Value::None)
            }),
            ("send", |vm, a| {
                method_args::one_arg(&a, "async_generator_asend", "send")?;
                asend_send(vm, &a.pos[0], a.pos[1].clone())
            }),
            ("throw", asend_throw),
            ("close", awaitable_close),
        ],
    );
    add_methods(
        &t.athrow,
        &[
            ("__await__", |_, a| Ok(receiver(&a))),
            ("__iter__", |_, a| Ok(receiver(&a))),
            ("__next__", |vm, a| {
                athrow_send(vm, &receiver(&a), Value::None)
            }),
            ("send", |vm, a| {
                method_args::one_arg(&a, "async_generator_athrow", "send")?;
                athrow_send(vm, &a.pos[0], a.pos[1].clone())
            }),
            ("throw", athrow_throw),
            ("close", awaitable_close),
        ],
    );
    add_methods(
        &t.anext_awaitable,
        &[
            ("__await__", |_, a| Ok(receiver(&a))),
            ("__iter__", |_, a| Ok(receiver(&a))),
            ("__next__", |vm, a| {
                anext_step(vm, &receiver(&a), Step::Send(Value::None))
            }),
            ("send", |vm, a| {
                method_args::one_arg(&a, "anext_awaitable", "send")?;
                anext_step(vm, &a.pos[0], Step::Send(a.pos[1].clone()))
            }),
            ("throw", |vm, a| {
                let exc = exception_from_args(vm, &a, "throw")?;
                anext_step(vm, &a.pos[0], Step::Throw(exc))
            }),
            ("close", awaitable_close),
        ],
    );
}

fn agen_of(v: &Value) -> PyResult<Rc<PyGenerator>> {
    match v {
        Value::Generator(g) if g.kind == GenKind::AsyncGenerator => Ok(g.clone()),
        other => Err(PyErr::type_error(format!(
            "descriptor for 'async_generator' objects doesn't apply to a '{}' object",
            other.type_name()
        ))),
    }
}

fn new_awaitable(kind: &Rc<crate::objects::PyType>, agen: Value) -> Rc<PyInstance> {
    let inst = PyInstance::new(kind.clone());
    inst.set_attr("_agen", agen);
    inst.set_attr("_state", Value::Int(INIT));
    inst
}

fn agen_anext(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let agen = receiver_of_kind(&a, GenKind::AsyncGenerator, "__anext__")?;
    method_args::slot_wrapper(&a, "__anext__", 0)?;
    first_iteration(vm, &agen)?;
    let inst = new_awaitable(&async_types().asend, a.pos[0].clone());
    inst.set_attr("_value", Value::None);
    Ok(Value::Instance(inst))
}

fn agen_asend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let agen = receiver_of_kind(&a, GenKind::AsyncGenerator, "asend")?;
    method_args::one_arg(&a, "async_generator", "asend")?;
    first_iteration(vm, &agen)?;
    let inst = new_awaitable(&async_types().asend, a.pos[0].clone());
    inst.set_attr("_value", a.pos[1].clone());
    Ok(Value::Instance(inst))
}

fn agen_athrow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let agen = receiver_of_kind(&a, GenKind::AsyncGenerator, "athrow")?;
    method_args::varargs(&a, "async_generator", "athrow", 0, usize::MAX)?;
    first_iteration(vm, &agen)?;
    let inst = new_awaitable(&async_types().athrow, a.pos[0].clone());
    inst.set_attr("_args", Value::tuple(a.pos[1..].to_vec()));
    Ok(Value::Instance(inst))
}

fn agen_aclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let agen = receiver_of_kind(&a, GenKind::AsyncGenerator, "aclose")?;
    method_args::no_args(&a, "async_generator", "aclose")?;
    first_iteration(vm, &agen)?;
    let inst = new_awaitable(&async_types().athrow, a.pos[0].clone());
    inst.set_attr("_args", Value::None);
    Ok(Value::Instance(inst))
}

/// The instance behind an awaitable method's receiver.
fn instance(v: &Value) -> PyResult<Rc<PyInstance>> {
    match v {
        Value::Instance(i) => Ok(i.clone()),
        other => Err(PyErr::type_error(format!(
            "expected an async generator awaitable, got '{}'",
            other.type_name()
        ))),
    }
}

fn state(inst: &PyInstance) -> i64 {
    match inst.attr("_state") {
        Some(Value::Int(s)) => s,
        _ => CLOSED,
    }
}

fn set_state(inst: &PyInstance, s: i64) {
    inst.set_attr("_state", Value::Int(s));
}

fn agen_field(inst: &PyInstance) -> PyResult<Rc<PyGenerator>> {
    agen_of(&inst.attr("_agen").or_none())
}

fn stop_async_iteration() -> PyErr {
    PyErr::with_args(&stop_async_iteration_type(), vec![])
}

/// The exception `throw(typ[, val[, tb]])` raises, from a method's arguments.
fn exception_from_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<PyErr> {
    a.expect(name, 2, 4)?;
    build_exception(vm, &a.pos[1..])
}

fn build_exception(vm: &mut Vm, args: &[Value]) -> PyResult<PyErr> {
    if args.is_empty() {
        return Err(PyErr::type_error(
            "throw expected at least 1 argument, got 0",
        ));
    }
    crate::objects::methods::object::throw_exception(vm, args)
}

/// What a resumption of the async generator means for the awaitable driving it.
fn unwrap(agen: &PyGenerator, r: PyResult<GenResult>) -> PyResult<Value> {
    match r {
        Ok(GenResult::Yielded(v)) => {
            if agen.delegate().is_some() {
                // An `await` inside passes a value out to the event loop.
                Ok(v)
            } else {
                agen.running_async.set(false);
                Err(stop_iteration_with(v))
            }
        }
        Ok(GenResult::Returned(_)) => {
            agen.running_async.set(false);
            Err(stop_async_iteration())
        }
        Err(e) => {
            agen.running_async.set(false);
            Err(e)
        }
    }
}

fn asend_send(vm: &mut Vm, this: &Value, mut v: Value) -> PyResult<Value> {
    let inst = instance(this)?;
    let agen = agen_field(&inst)?;
    match state(&inst) {
        CLOSED => {
            return Err(PyErr::runtime_error(
                "cannot reuse already awaited __anext__()/asend()",
            ))
        }
        INIT => {
            if agen.running_async.get() {
                return Err(PyErr::runtime_error(
                    "anext(): asynchronous generator is already running",
                ));
            }
            if v.is_none() {
                v = inst.attr("_value").or_none();
            }
            set_state(&inst, ITER);
        }
        _ => {}
    }
    agen.running_async.set(true);
    let r = vm.resume_generator(&agen, v, None);
    let r = unwrap(&agen, r);
    if r.is_err() {
        set_state(&inst, CLOSED);
    }
    r
}

fn asend_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let inst = instance(&receiver(&a))?;
    if state(&inst) == CLOSED {
        return Err(PyErr::runtime_error(
            "cannot reuse already awaited __anext__()/asend()",
        ));
    }
    let exc = exception_from_args(vm, &a, "throw")?;
    let agen = agen_field(&inst)?;
    let r = vm.throw_into(&agen, exc);
    let r = unwrap(&agen, r);
    if r.is_err() {
        set_state(&inst, CLOSED);
    }
    r
}

fn awaitable_close(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let inst = instance(&receiver(&a))?;
    set_state(&inst, CLOSED);
    Ok(Value::None)
}

/// `aclose()` mode when the awaitable has no `_args`.
fn is_aclose(inst: &PyInstance) -> bool {
    matches!(inst.attr("_args"), Some(Value::None) | None)
}

/// The result of resuming the generator for an athrow/aclose awaitable.
fn athrow_result(inst: &PyInstance, agen: &PyGenerator, r: PyResult<GenResult>) -> PyResult<Value> {
    let aclose = is_aclose(inst);
    let r = if aclose {
        match r {
            Ok(GenResult::Yielded(v)) if agen.delegate().is_some() => Ok(v),
            Ok(GenResult::Yielded(_)) => {
                agen.running_async.set(false);
                set_state(inst, CLOSED);
                return Err(PyErr::runtime_error(
                    "async generator ignored GeneratorExit",
                ));
            }
            Ok(GenResult::Returned(_)) => Err(stop_async_iteration()),
            Err(e) => Err(e),
        }
    } else {
        unwrap(agen, r)
    };
    match r {
        Ok(v) => Ok(v),
        Err(e) => {
            agen.running_async.set(false);
            set_state(inst, CLOSED);
            let finished = e.is_instance(&stop_async_iteration_type())
                || e.is_instance(&types().exc.generator_exit);
            if aclose && finished {
                // aclose() is done: its await ends normally.
                return Err(PyErr::stop_iteration(None));
            }
            Err(e)
        }
    }
}

fn athrow_send(vm: &mut Vm, this: &Value, v: Value) -> PyResult<Value> {
    let inst = instance(this)?;
    let agen = agen_field(&inst)?;
    // A spent awaitable refuses before the finished generator would end it quietly.
    if state(&inst) == CLOSED {
        return Err(PyErr::runtime_error(
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    if agen.frame.borrow().is_none() && agen.started.get() {
        set_state(&inst, CLOSED);
        return Err(PyErr::stop_iteration(None));
    }
    match state(&inst) {
        INIT => {
            let aclose = is_aclose(&inst);
            if agen.running_async.get() {
                set_state(&inst, CLOSED);
                return Err(PyErr::runtime_error(if aclose {
                    "aclose(): asynchronous generator is already running"
                } else {
                    "athrow(): asynchronous generator is already running"
                }));
            }
            if agen.frame.borrow().is_none() {
                set_state(&inst, CLOSED);
                return Err(stop_async_iteration());
            }
            if !v.is_none() {
                return Err(PyErr::runtime_error(
                    "can't send non-None value to a just-started coroutine",
                ));
            }
            set_state(&inst, ITER);
            agen.running_async.set(true);
            let exc = if aclose {
                PyErr::with_args(&types().exc.generator_exit, vec![])
            } else {
                let args = match inst.attr("_args") {
                    Some(Value::Tuple(t)) => t.items.clone(),
                    _ => Vec::new(),
                };
                // `athrow(...)`'s arguments are counted when it is first sent to.
                let counted = method_args::count_expected("athrow", args.len(), 1, 3);
                match counted.and_then(|()| build_exception(vm, &args)) {
                    Ok(e) => e,
                    Err(e) => {
                        agen.running_async.set(false);
                        set_state(&inst, CLOSED);
                        return Err(e);
                    }
                }
            };
            let r = vm.throw_into(&agen, exc);
            athrow_result(&inst, &agen, r)
        }
        _ => {
            let r = vm.resume_generator(&agen, v, None);
            athrow_result(&inst, &agen, r)
        }
    }
}

fn athrow_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let inst = instance(&receiver(&a))?;
    if state(&inst) == CLOSED {
        return Err(PyErr::runtime_error(
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    let exc = exception_from_args(vm, &a, "throw")?;
    let agen = agen_field(&inst)?;
    let r = vm.throw_into(&agen, exc);
    athrow_result(&inst, &agen, r)
}

/// How `anext(it, default)`'s awaitable is resumed.
enum Step {
    Send(Value),
    Throw(PyErr),
}

/// One step of `anext(it, default)`: drives the awaitable of `it.__anext__()` and turns its
/// StopAsyncIteration into the default value.
fn anext_step(vm: &mut Vm, this: &Value, step: Step) -> PyResult<Value> {
    let inst = instance(this)?;
    if state(&inst) == CLOSED {
        return Err(PyErr::runtime_error(
            "cannot reuse already awaited __anext__()/asend()",
        ));
    }
    let it = match inst.attr("_it") {
        Some(it) => it,
        None => {
            let aiter = inst.attr("_aiter").or_none();
            let next = vm.call_method(&aiter, "__anext__", vec![])?;
            let it = vm.get_awaitable(&next, 0)?;
            inst.set_attr("_it", it.clone());
            set_state(&inst, ITER);
            it
        }
    };
    let r = match step {
        Step::Send(v) => vm.send_to(&it, v).and_then(|r| match r {
            GenResult::Yielded(v) => Ok(v),
            GenResult::Returned(v) => Err(stop_iteration_with(v)),
        }),
        Step::Throw(exc) => match vm.get_attr_opt(&it, "throw")? {
            Some(t) => vm.call(&t, vec![exc.value()]),
            None => Err(exc),
        },
    };
    match r {
        Err(e) if e.is_instance(&stop_async_iteration_type()) => {
            set_state(&inst, CLOSED);
            let default = inst.attr("_default").or_none();
            Err(stop_iteration_with(default))
        }
        Err(e) => {
            set_state(&inst, CLOSED);
            Err(e)
        }
        ok => ok,
    }
}

/// `aiter(obj)`.
pub fn builtin_aiter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("aiter", 1, 1)?;
    let obj = a.pos[0].clone();
    let ty = obj.type_of();
    let Some(method) = ty.lookup("__aiter__") else {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an async iterable",
            ty.name()
        )));
    };
    let it = vm.call_special(&method, vec![obj])?;
    if it.type_of().lookup("__anext__").is_none() {
        return Err(PyErr::type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it.type_name()
        )));
    }
    Ok(it)
}

/// `anext(it[, default])`.
pub fn builtin_anext(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("anext", 1, 2)?;
    let it = a.pos[0].clone();
    let ty = it.type_of();
    let Some(method) = ty.lookup("__anext__") else {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an async iterator",
            ty.name()
        )));
    };
    let Some(default) = a.pos.get(1).cloned() else {
        return vm.call_special(&method, vec![it]);
    };
    let inst = PyInstance::new(async_types().anext_awaitable.clone());
    inst.set_attr("_aiter", it);
    inst.set_attr("_default", default);
    inst.set_attr("_state", Value::Int(INIT));
    Ok(Value::Instance(inst))
}
