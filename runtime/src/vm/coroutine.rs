//! Coroutines (`async def`): the `coroutine` type and its methods (`send`, `throw`, `close`,
//! `__await__` and the `coroutine_wrapper` iterator it returns), the run time of `await`,
//! `async for` and `async with` (GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR,
//! BEFORE_ASYNC_WITH), and CPython's "coroutine '…' was never awaited" RuntimeWarning.
//!
//! A coroutine is a `PyGenerator` of kind `Coroutine` (`vm/generator.rs` runs it); async
//! generators are in `vm/async_gen.rs`. The helper objects (`coroutine_wrapper` and the
//! async generator awaitables) are instances of classes defined here, with their state in
//! their instance dict, as the `sys` streams keep theirs.

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;

use crate::bytecode::code_flags;
use crate::objects::function::Args;
use crate::objects::methods::{add_methods, receiver};
use crate::objects::typeobj::Layout;
use crate::objects::OrNone;
use crate::objects::{types, PyDict, PyErr, PyInstance, PyResult, PyType, Value};

use super::eval::Raised;
use super::generator::{receiver_of_kind, GenKind, PyGenerator};
use super::Vm;
use crate::objects::methods::method_args;

/// The types of this file and of `async_gen.rs`, made once per thread.
pub struct AsyncTypes {
    pub coroutine: Rc<PyType>,
    pub async_generator: Rc<PyType>,
    pub coroutine_wrapper: Rc<PyType>,
    pub asend: Rc<PyType>,
    pub athrow: Rc<PyType>,
    pub anext_awaitable: Rc<PyType>,
    pub stop_async_iteration: Rc<PyType>,
}

/// A builtin type whose values are `Value::Generator`s (methods only).
fn generator_like_type(name: &str) -> Rc<PyType> {
    PyType::new_builtin(name, vec![types().object.clone()], Layout::Builtin)
}

/// A class for helper objects that are `PyInstance`s: not marked builtin, so iteration and
/// attribute look-up treat them like any object with `__next__` and friends.
fn helper_class(name: &str) -> Rc<PyType> {
    let dict = PyDict::new_tracked();
    dict.set_str("__module__", Value::str("builtins"));
    let t = PyType::new_class(name, name, vec![types().object.clone()], dict, None)
        .unwrap_or_else(|_| generator_like_type(name));
    // Only the runtime makes these.
    t.ctor.set(Some(|_, a| {
        let name = match a.pos.first() {
            Some(Value::Type(t)) => t.name(),
            _ => "object".into(),
        };
        Err(PyErr::type_error(format!(
            "cannot create '{}' instances",
            name
        )))
    }));
    t
}

impl AsyncTypes {
    fn new() -> AsyncTypes {
        let stop_async_iteration = types()
            .exc
            .all
            .iter()
            .find(|t| t.name() == "StopAsyncIteration")
            .cloned()
            .unwrap_or_else(|| types().exc.exception.clone());
        let t = AsyncTypes {
            coroutine: generator_like_type("coroutine"),
            async_generator: generator_like_type("async_generator"),
            coroutine_wrapper: helper_class("coroutine_wrapper"),
            asend: helper_class("async_generator_asend"),
            athrow: helper_class("async_generator_athrow"),
            anext_awaitable: helper_class("anext_awaitable"),
            stop_async_iteration,
        };
        add_methods(
            &t.coroutine,
            &[
                ("send", coro_send),
                ("throw", |vm, a| {
                    crate::objects::methods::object::gen_throw(vm, a, GenKind::Coroutine)
                }),
                ("close", coro_close),
                ("__await__", coro_await),
            ],
        );
        add_methods(
            &t.coroutine_wrapper,
            &[
                ("__next__", wrapper_next),
                ("send", wrapper_send),
                ("throw", wrapper_throw),
                ("close", wrapper_close),
                ("__iter__", |_, a| Ok(receiver(&a))),
            ],
        );
        super::async_gen::register(&t);
        t
    }
}

thread_local! {
    static ASYNC_TYPES: &'static AsyncTypes = Box::leak(Box::new(AsyncTypes::new()));
}

pub fn async_types() -> &'static AsyncTypes {
    ASYNC_TYPES.with(|t| *t)
}

pub fn coroutine_type() -> Rc<PyType> {
    async_types().coroutine.clone()
}

pub fn async_generator_type() -> Rc<PyType> {
    async_types().async_generator.clone()
}

pub fn stop_async_iteration_type() -> Rc<PyType> {
    async_types().stop_async_iteration.clone()
}

/// The receiver of a coroutine method.
fn coro_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = receiver_of_kind(&a, GenKind::Coroutine, "send")?;
    method_args::one_arg(&a, "coroutine", "send")?;
    vm.generator_send(&g, a.pos[1].clone())
}

fn coro_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = receiver_of_kind(&a, GenKind::Coroutine, "close")?;
    method_args::no_args(&a, "coroutine", "close")?;
    vm.generator_close(&g)
}

/// `coro.__await__()`: an iterator over the coroutine.
fn coro_await(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let coro = Value::Generator(receiver_of_kind(&a, GenKind::Coroutine, "__await__")?);
    method_args::slot_wrapper(&a, "__await__", 0)?;
    let inst = PyInstance::new(async_types().coroutine_wrapper.clone());
    inst.set_attr("_coro", coro);
    Ok(Value::Instance(inst))
}

/// The coroutine behind a `coroutine_wrapper`.
fn wrapped(a: &Args) -> PyResult<Rc<PyGenerator>> {
    match receiver(a) {
        Value::Instance(i) => match i.attr("_coro") {
            Some(Value::Generator(g)) => Ok(g),
            _ => Err(PyErr::type_error("not a coroutine_wrapper")),
        },
        _ => Err(PyErr::type_error("not a coroutine_wrapper")),
    }
}

fn wrapper_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = wrapped(&a)?;
    vm.generator_send(&g, Value::None)
}

fn wrapper_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = wrapped(&a)?;
    method_args::one_arg(&a, "coroutine_wrapper", "send")?;
    vm.generator_send(&g, a.pos[1].clone())
}

fn wrapper_throw(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let g = wrapped(&a)?;
    if let Some(first) = a.pos.first_mut() {
        *first = Value::Generator(g);
    }
    crate::objects::methods::object::gen_throw(vm, a, GenKind::Coroutine)
}

fn wrapper_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = wrapped(&a)?;
    vm.generator_close(&g)
}

/// Is this a coroutine, or a generator usable as one (`types.coroutine`)?
fn is_coroutine_like(v: &Value) -> bool {
    match v {
        Value::Generator(g) => {
            g.kind == GenKind::Coroutine
                || (g.kind == GenKind::Generator
                    && g.code.code.flags & code_flags::ITERABLE_COROUTINE != 0)
        }
        _ => false,
    }
}

impl Vm {
    /// What `await obj` iterates: the coroutine itself, or the iterator `obj.__await__()`
    /// returns. `arg` as GET_AWAITABLE's (it only changes the message of the TypeError).
    pub fn get_awaitable(&mut self, obj: &Value, arg: u32) -> PyResult<Value> {
        if is_coroutine_like(obj) {
            if let Value::Generator(g) = obj {
                if g.kind == GenKind::Coroutine && g.delegate().is_some() {
                    return Err(PyErr::runtime_error("coroutine is being awaited already"));
                }
            }
            return Ok(obj.clone());
        }
        let ty = obj.type_of();
        let Some(method) = ty.lookup("__await__") else {
            let tp = ty.name();
            return Err(PyErr::type_error(match arg {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {tp}"
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {tp}"
                ),
                _ => format!("object {tp} can't be used in 'await' expression"),
            }));
        };
        let it = self.call_special(&method, vec![obj.clone()])?;
        if is_coroutine_like(&it) {
            return Err(PyErr::type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator_value(&it) {
            return Err(PyErr::type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                it.type_name()
            )));
        }
        Ok(it)
    }

    /// What `yield from v` iterates: a generator itself, else `iter(v)`. A coroutine only
    /// in a generator usable as one (`types.coroutine`).
    pub fn yield_from_iter(&mut self, fi: usize, v: Value) -> PyResult<Value> {
        match &v {
            Value::Generator(g) if g.is_plain_generator() => Ok(v),
            Value::Generator(g) if g.kind == GenKind::Coroutine => {
                let flags = self.frames.get(fi).map_or(0, |f| f.code.code.flags);
                if flags & (code_flags::COROUTINE | code_flags::ITERABLE_COROUTINE) == 0 {
                    return Err(PyErr::type_error(
                        "cannot 'yield from' a coroutine object in a non-coroutine generator",
                    ));
                }
                Ok(v)
            }
            _ => self.get_iter(&v),
        }
    }

    /// GET_AWAITABLE: `[obj] -> [iter]`.
    pub fn op_get_awaitable(&mut self, fi: usize, arg: u32) -> PyResult<()> {
        let obj = pop(self, fi);
        let it = self.get_awaitable(&obj, arg)?;
        push(self, fi, it);
        Ok(())
    }

    /// GET_AITER: `[obj] -> [obj.__aiter__()]`.
    pub fn op_get_aiter(&mut self, fi: usize) -> PyResult<()> {
        let obj = pop(self, fi);
        let ty = obj.type_of();
        let Some(method) = ty.lookup("__aiter__") else {
            return Err(PyErr::type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                ty.name()
            )));
        };
        let it = self.call_special(&method, vec![obj])?;
        if it.type_of().lookup("__anext__").is_none() {
            return Err(PyErr::type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                it.type_name()
            )));
        }
        push(self, fi, it);
        Ok(())
    }

    /// GET_ANEXT: `[aiter] -> [aiter awaitable]`.
    pub fn op_get_anext(&mut self, fi: usize) -> PyResult<()> {
        let aiter = top(self, fi);
        let ty = aiter.type_of();
        let Some(method) = ty.lookup("__anext__") else {
            return Err(PyErr::type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                ty.name()
            )));
        };
        let next = self.call_special(&method, vec![aiter])?;
        let awaitable = match self.get_awaitable(&next, 0) {
            Ok(a) => a,
            Err(e) if e.is_instance(&types().exc.type_error) => {
                return Err(PyErr::type_error(format!(
                    "'async for' received an invalid object from __anext__: {}",
                    next.type_name()
                )))
            }
            Err(e) => return Err(e),
        };
        push(self, fi, awaitable);
        Ok(())
    }

    /// END_ASYNC_FOR: `[aiter exc] -> []` for StopAsyncIteration; anything else is raised
    /// again (it already has its traceback entry for this frame).
    pub fn op_end_async_for(&mut self, fi: usize) -> Result<(), Raised> {
        let exc = pop(self, fi);
        let _aiter = pop(self, fi);
        match exc {
            Value::Instance(i) if i.exc.is_some() => {
                let err = PyErr::from_instance(i);
                if err.is_instance(&stop_async_iteration_type()) {
                    return Ok(());
                }
                Err(Raised { err, reraise: true })
            }
            _ => Err(PyErr::new(
                &types().exc.system_error,
                "bad bytecode: END_ASYNC_FOR without an exception",
            )
            .into()),
        }
    }

    /// BEFORE_ASYNC_WITH: `[mgr] -> [bound_aexit mgr.__aenter__()]`.
    pub fn op_before_async_with(&mut self, fi: usize) -> PyResult<()> {
        let mgr = pop(self, fi);
        let ty = mgr.type_of();
        let Some(enter) = ty.lookup("__aenter__") else {
            return Err(PyErr::type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol",
                ty.name()
            )));
        };
        let Some(exit) = ty.lookup("__aexit__") else {
            return Err(PyErr::type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                ty.name()
            )));
        };
        let exit = self.bind_descriptor(exit, mgr.clone(), &ty)?;
        let enter = self.bind_descriptor(enter, mgr, &ty)?;
        let entered = self.call(&enter, vec![])?;
        push(self, fi, exit);
        push(self, fi, entered);
        Ok(())
    }

    /// Runs the finalizers queued since the last call (`vm/finalize.rs`: `__del__`, weak
    /// reference callbacks), closes the suspended generators dropped, and prints the "never
    /// awaited" warnings of the coroutines dropped unstarted, at the current position of the
    /// running frame (where CPython's finalizer would warn).
    #[inline]
    pub fn finalize_dropped(&mut self) {
        if PENDING.try_with(|p| p.get()).unwrap_or(false) {
            self.run_finalizers();
        }
    }

    #[cold]
    fn run_finalizers(&mut self) {
        let _ = PENDING.try_with(|p| p.set(false));
        let names = UNAWAITED
            .try_with(|u| std::mem::take(&mut *u.borrow_mut()))
            .unwrap_or_default();
        let dropped = FINALIZE
            .try_with(|u| std::mem::take(&mut *u.borrow_mut()))
            .unwrap_or_default();
        // `__del__` and weak-reference callbacks first: a dying generator's callbacks
        // run before its close, as CPython clears its weak references first.
        self.run_object_finalizers();
        for g in dropped {
            let finalizer = g.async_finalizer.borrow_mut().take();
            if let Some(f) = finalizer {
                let agen = Value::Generator(g.clone());
                if let Err(e) = self.call(&f, vec![agen.clone()]) {
                    self.report_unraisable(&agen, e);
                }
                continue;
            }
            if let Err(e) = self.generator_close(&g) {
                self.report_unraisable(&Value::Generator(g.clone()), e);
            }
        }
        for qualname in names {
            let message = format!("coroutine '{qualname}' was never awaited");
            let text = match self.frames.last() {
                Some(f) => {
                    let filename = f.code.code.filename.clone();
                    let line = f.code.code.line_of(f.pc.saturating_sub(1));
                    let key = (filename.clone(), line, message.clone());
                    let first = WARNED
                        .try_with(|w| w.borrow_mut().insert(key))
                        .unwrap_or(false);
                    if !first {
                        continue;
                    }
                    let mut text = format!("{filename}:{line}: RuntimeWarning: {message}\n");
                    if let Some(src) = self.source_line(&filename, line) {
                        text.push_str(&format!("  {}\n", src.trim()));
                    }
                    text.push_str(
                        "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
                    );
                    text
                }
                None => format!("sys:1: RuntimeWarning: {message}\n"),
            };
            self.flush_stdout();
            let stderr = self.sys.get("stderr").or_none();
            let _ = self.write_to(&stderr, &text);
        }
        self.collect_if_due();
    }
}

thread_local! {
    /// Qualified names of coroutines dropped without ever running, not yet reported.
    static UNAWAITED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// Suspended generators dropped, to be closed.
    static FINALIZE: RefCell<Vec<Rc<PyGenerator>>> = const { RefCell::new(Vec::new()) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
    /// (file, line, message) already reported: a warning is printed once per place.
    static WARNED: RefCell<HashSet<(String, u32, String)>> = RefCell::new(HashSet::new());
}

/// Called when a suspended generator, coroutine or async generator is dropped: the VM
/// closes it at its next check.
pub fn note_finalize(gen: Rc<PyGenerator>) {
    let mut slot = Some(gen);
    let _ = FINALIZE.try_with(|u| {
        if let (Ok(mut queue), Some(g)) = (u.try_borrow_mut(), slot.take()) {
            queue.push(g);
        }
    });
    if let Some(g) = slot {
        // The queue is gone (the thread is exiting): nothing could run the generator any
        // more, and dropping it here would queue it again, forever.
        std::mem::forget(g);
        return;
    }
    let _ = PENDING.try_with(|p| p.set(true));
}

/// Asks the VM to run its finalizers at its next check (`vm/finalize.rs` queues its own).
pub fn mark_pending() {
    let _ = PENDING.try_with(|p| p.set(true));
}

/// Called when a coroutine that never ran is dropped; the VM reports it at its next check.
pub fn note_unawaited(qualname: &str) {
    let _ = UNAWAITED.try_with(|u| u.borrow_mut().push(qualname.to_string()));
    let _ = PENDING.try_with(|p| p.set(true));
}

fn pop(vm: &mut Vm, fi: usize) -> Value {
    vm.frames.get_mut(fi).and_then(|f| f.values.pop()).or_none()
}

fn top(vm: &Vm, fi: usize) -> Value {
    vm.frames
        .get(fi)
        .and_then(|f| f.values.last())
        .cloned()
        .or_none()
}

fn push(vm: &mut Vm, fi: usize, v: Value) {
    if let Some(f) = vm.frames.get_mut(fi) {
        f.values.push(v);
    }
}
