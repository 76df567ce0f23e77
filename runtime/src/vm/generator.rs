//! Generators, coroutines and async generators: each owns its suspended frame. Resuming
//! pushes the frame back onto the VM's frame stack and runs it until it yields (the frame is
//! taken back) or returns. `send`, `throw` and `close` follow CPython, including forwarding
//! to a sub-iterator that a `yield from` / `await` is delegating to, and PEP 479
//! (StopIteration inside becomes RuntimeError). The three kinds share this machinery and
//! differ in their type, their messages, and what may drive them (`vm/coroutine.rs`,
//! `vm/async_gen.rs`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::{code_flags, Op};
use crate::objects::function::PyCode;
use crate::objects::OrNone;
use crate::objects::{types, PyErr, PyFunction, PyResult, PyType, Value};

use super::eval::Exit;
use super::{Frame, Vm};

/// What a resumable frame object is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The type's name, as in messages and reprs.
    pub fn name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }

    /// The name of its Python type (`async_generator`).
    pub fn type_name(self) -> &'static str {
        match self {
            GenKind::AsyncGenerator => "async_generator",
            other => other.name(),
        }
    }
}

/// The receiver of a method of the generator, coroutine or async generator type, or the
/// error CPython's method descriptor gives for anything else (another of the three too).
pub fn receiver_of_kind(
    a: &crate::objects::function::Args,
    kind: GenKind,
    method: &str,
) -> PyResult<Rc<PyGenerator>> {
    let me = crate::objects::methods::receiver_to_check(a);
    match &me {
        Value::Generator(g) if g.kind == kind => Ok(g.clone()),
        _ => Err(crate::objects::methods::wrong_receiver(
            method,
            kind.type_name(),
            &me,
        )),
    }
}

pub struct PyGenerator {
    pub frame: RefCell<Option<Frame>>,
    /// `__name__` and `__qualname__`, which may be reassigned.
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub running: Cell<bool>,
    pub started: Cell<bool>,
    pub kind: GenKind,
    pub code: Rc<PyCode>,
    /// Async generators: an `asend`/`athrow` awaitable is driving it (CPython's
    /// `ag_running_async`).
    pub running_async: Cell<bool>,
    /// The exception its suspended frame was handling (it was in an `except` block), made
    /// the VM's handled exception again when it resumes.
    pub exc_state: RefCell<Option<Value>>,
    /// Its finalizer ran (it was closed after being dropped): like CPython's, it runs at
    /// most once, so a generator that ignored that close is simply discarded.
    pub finalized: Cell<bool>,
    /// A weak reference was made to this generator: its death is reported to
    /// `vm/finalize.rs`.
    pub weakly_referenced: Cell<bool>,
    /// Async generators: the `sys.set_asyncgen_hooks` hooks were applied at its first
    /// iteration (`modules/sys_asyncgen_hooks.rs`).
    pub hooks_inited: Cell<bool>,
    /// Async generators: the finalizer hook in effect then, called with it instead of
    /// closing it when it is dropped unfinished.
    pub async_finalizer: RefCell<Option<Value>>,
}

/// What one resumption produced.
pub enum GenResult {
    Yielded(Value),
    Returned(Value),
}

impl PyGenerator {
    pub fn new_value(frame: Frame, func: &PyFunction) -> Value {
        let flags = func.code.borrow().code.flags;
        let kind = if flags & code_flags::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else if flags & code_flags::COROUTINE != 0 {
            GenKind::Coroutine
        } else {
            GenKind::Generator
        };
        let generator = Value::Generator(Rc::new(PyGenerator {
            frame: RefCell::new(Some(frame)),
            name: RefCell::new(func.name.borrow().clone()),
            qualname: RefCell::new(func.qualname.borrow().clone()),
            running: Cell::new(false),
            started: Cell::new(false),
            kind,
            code: func.code.borrow().clone(),
            running_async: Cell::new(false),
            exc_state: RefCell::new(None),
            finalized: Cell::new(false),
            weakly_referenced: Cell::new(false),
            hooks_inited: Cell::new(false),
            async_finalizer: RefCell::new(None),
        }));
        crate::gc::track(&generator);
        crate::gc::note_finalizer();
        generator
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(Some(f)) = self.frame.try_borrow().as_deref() {
            f.trace(visit);
        }
        if let Ok(Some(e)) = self.exc_state.try_borrow().as_deref() {
            visit(e);
        }
        if let Ok(Some(f)) = self.async_finalizer.try_borrow().as_deref() {
            visit(f);
        }
    }

    /// A plain generator (an iterator), not a coroutine or an async generator.
    pub fn is_plain_generator(&self) -> bool {
        self.kind == GenKind::Generator
    }

    /// `type(gen)`.
    pub fn type_object(&self) -> Rc<PyType> {
        match self.kind {
            GenKind::Generator => types().generator.clone(),
            GenKind::Coroutine => super::coroutine::coroutine_type(),
            GenKind::AsyncGenerator => super::coroutine::async_generator_type(),
        }
    }

    /// The sub-iterator a suspended `yield from` (or `await`) is delegating to.
    pub fn delegate(&self) -> Option<Value> {
        let f = self.frame.borrow();
        let f = f.as_ref()?;
        let instr = f.code.code.instructions.get(f.pc)?;
        if instr.op == Op::YieldFrom && self.started.get() {
            f.values.last().cloned()
        } else {
            None
        }
    }

    /// The `gi_*` / `cr_*` / `ag_*` attributes and the names.
    pub fn special_attr(self: &Rc<Self>, vm: &mut Vm, name: &str) -> Option<Value> {
        let prefix = match self.kind {
            GenKind::Generator => "gi_",
            GenKind::Coroutine => "cr_",
            GenKind::AsyncGenerator => "ag_",
        };
        if name == "__name__" {
            return Some(Value::string(self.name.borrow().clone()));
        }
        if name == "__qualname__" {
            return Some(Value::string(self.qualname.borrow().clone()));
        }
        let suspended = || self.started.get() && self.frame.borrow().is_some();
        Some(match (self.kind, name.strip_prefix(prefix)?) {
            (GenKind::AsyncGenerator, "running") => Value::bool(self.running_async.get()),
            (_, "running") => Value::bool(self.running.get()),
            (_, "code") => Value::Code(self.code.clone()),
            (_, "frame") => self.frame_object(vm),
            (GenKind::Generator, "yieldfrom")
            | (GenKind::Coroutine | GenKind::AsyncGenerator, "await") => self.delegate().or_none(),
            (GenKind::Generator | GenKind::Coroutine, "suspended") => Value::bool(suspended()),
            (GenKind::Coroutine, "origin") => Value::None,
            _ => return None,
        })
    }

    /// `gi_frame`: the frame object of its frame while it has one (None once finished).
    pub fn frame_object(self: &Rc<Self>, vm: &mut Vm) -> Value {
        if let Some(f) = self.frame.borrow_mut().as_mut() {
            return Value::Instance(super::frame_objects::frame_object_of(f, Some(self)));
        }
        if self.running.get() {
            // Running: its frame is the innermost one on the VM's stack that runs its code.
            let mine = |f: &Frame| Rc::ptr_eq(&f.code, &self.code);
            if let Some(i) = vm.frames.iter().rposition(mine) {
                let obj = super::frame_objects::frame_object_of(&mut vm.frames[i], Some(self));
                return Value::Instance(obj);
            }
        }
        Value::None
    }
}

impl Drop for PyGenerator {
    fn drop(&mut self) {
        // CPython clears a generator's weak references (and queues their callbacks)
        // before it closes the generator.
        super::finalize::note_weak_death_of(self, self.weakly_referenced.get());
        self.close_on_drop();
    }
}

impl PyGenerator {
    fn close_on_drop(&mut self) {
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        if self.finalized.get() {
            return;
        }
        // An async generator whose first iteration saw a finalizer hook is handed to it,
        // started or not, instead of being closed here.
        let finalizer = self.async_finalizer.get_mut().take();
        if !self.started.get() && finalizer.is_none() {
            // CPython warns about a coroutine that was created and never run.
            if self.kind == GenKind::Coroutine {
                super::coroutine::note_unawaited(&self.qualname.borrow());
            }
            return;
        }
        // Suspended: CPython closes it (GeneratorExit inside, so `finally` blocks run). That
        // needs the VM, so it is queued; a frame no handler covers where it stopped has
        // nothing to run and is simply dropped.
        let at = frame.pc.saturating_sub(1);
        let covered = frame
            .code
            .code
            .exception_table
            .iter()
            .any(|e| (e.start as usize) <= at && at < e.end as usize);
        if covered || finalizer.is_some() {
            super::coroutine::note_finalize(Rc::new(PyGenerator {
                frame: RefCell::new(Some(frame)),
                name: RefCell::new(std::mem::take(self.name.get_mut())),
                qualname: RefCell::new(std::mem::take(self.qualname.get_mut())),
                running: Cell::new(false),
                started: Cell::new(self.started.get()),
                kind: self.kind,
                code: self.code.clone(),
                running_async: Cell::new(false),
                exc_state: RefCell::new(self.exc_state.get_mut().take()),
                finalized: Cell::new(true),
                weakly_referenced: Cell::new(false),
                hooks_inited: Cell::new(true),
                async_finalizer: RefCell::new(finalizer),
            }));
        }
    }
}

impl Vm {
    /// Resumes `gen` with a sent value, or by raising `throw` inside it.
    pub fn resume_generator(
        &mut self,
        gen: &Rc<PyGenerator>,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<GenResult> {
        if gen.running.get() {
            return Err(PyErr::value_error(format!(
                "{} already executing",
                gen.kind.name()
            )));
        }
        let Some(mut frame) = gen.frame.borrow_mut().take() else {
            if gen.kind == GenKind::Coroutine {
                return Err(PyErr::runtime_error(
                    "cannot reuse already awaited coroutine",
                ));
            }
            return match throw {
                Some(e) => Err(e),
                None => Ok(GenResult::Returned(Value::None)),
            };
        };
        let first = !gen.started.get();
        if first && throw.is_none() && !sent.is_none() {
            *gen.frame.borrow_mut() = Some(frame);
            return Err(PyErr::type_error(format!(
                "can't send non-None value to a just-started {}",
                gen.kind.name()
            )));
        }
        if first {
            if let Some(err) = throw {
                // Thrown in before the body ran: nothing in the body can catch it, and the
                // generator is finished. The traceback shows the `def` line, as CPython's.
                gen.started.set(true);
                self.attach_context(&err);
                let obj = super::frame_objects::frame_object_of(&mut frame, Some(gen));
                let end = frame.code.code.instructions.len();
                err.add_traceback(&frame.code, end, Some(Value::Instance(obj)));
                self.discard_frame(frame);
                return Err(leaked_stop(gen, err));
            }
        }
        gen.started.set(true);
        self.push_frame(frame)?;
        if !first && throw.is_none() {
            // Pushed in place, after the frame's move (see `push_frame`).
            if let Some(frame) = self.frames.last_mut() {
                frame.values.push(sent);
            }
        }
        self.restore_exc_state(gen);
        gen.running.set(true);
        let base = self.frames.len() - 1;
        let outcome = match throw {
            Some(err) => match self.unwind(err, false, base) {
                Ok(()) => self.run_frames(base),
                Err(e) => Err(e),
            },
            None => self.run_frames(base),
        };
        gen.running.set(false);
        match outcome {
            Ok(Exit::Yield(v)) => {
                // The suspended frame keeps its vectors; only the exception state returns.
                self.suspend_frame(gen);
                Ok(GenResult::Yielded(v))
            }
            Ok(Exit::Return(v)) => Ok(GenResult::Returned(v)),
            Err(e) => Err(leaked_stop(gen, e)),
        }
    }
}

/// PEP 479: a StopIteration (or an async generator's StopAsyncIteration) leaving a
/// generator's frame becomes a RuntimeError caused by it.
fn leaked_stop(gen: &PyGenerator, e: PyErr) -> PyErr {
    let what = if e.is_instance(&types().exc.stop_iteration) {
        "StopIteration"
    } else if gen.kind == GenKind::AsyncGenerator
        && e.is_instance(&super::coroutine::stop_async_iteration_type())
    {
        "StopAsyncIteration"
    } else {
        return e;
    };
    let re = PyErr::runtime_error(format!("{} raised {}", gen.kind.name(), what));
    if let Some(d) = &re.exc.exc {
        let mut d = d.borrow_mut();
        d.cause = Some(e.value());
        d.context = Some(e.value());
        d.suppress_context = true;
    }
    re
}

impl Vm {
    /// Takes the yielding frame back into `gen`, keeping the exception it was handling and
    /// giving the caller its own back.
    fn suspend_frame(&mut self, gen: &Rc<PyGenerator>) {
        // The frame is changed where it lies and then moved once: changed after the pop,
        // its move into the generator re-read the just-written words in wider pieces (a
        // store-forwarding stall).
        let Some(f) = self.frames.last_mut() else {
            return;
        };
        if f.obj.is_some() {
            super::frame_objects::note_generator(f, gen);
        }
        let caller = std::mem::replace(&mut f.saved_exc, Value::None);
        let own = std::mem::replace(&mut self.handled_exc, caller.clone());
        *gen.exc_state.borrow_mut() = if own.is_none() || own.is(&caller) {
            None
        } else {
            Some(own)
        };
        *gen.frame.borrow_mut() = self.frames.pop();
    }

    /// Makes the exception a resumed frame was handling the VM's handled exception.
    fn restore_exc_state(&mut self, gen: &PyGenerator) {
        if let Some(exc) = gen.exc_state.borrow_mut().take() {
            self.handled_exc = exc;
        }
    }

    /// `next(gen)` as an iterator step: Some(value) or None when exhausted.
    pub fn generator_next(&mut self, gen: &Rc<PyGenerator>) -> PyResult<Option<Value>> {
        match self.resume_generator(gen, Value::None, None)? {
            GenResult::Yielded(v) => Ok(Some(v)),
            GenResult::Returned(_) => Ok(None),
        }
    }

    /// `gen.send(v)`: the yielded value, or StopIteration(return value).
    pub fn generator_send(&mut self, gen: &Rc<PyGenerator>, v: Value) -> PyResult<Value> {
        match self.resume_generator(gen, v, None)? {
            GenResult::Yielded(v) => Ok(v),
            GenResult::Returned(r) => Err(stop_iteration_with(r)),
        }
    }

    /// `gen.throw(exc)`.
    pub fn generator_throw(&mut self, gen: &Rc<PyGenerator>, exc: PyErr) -> PyResult<Value> {
        self.generator_throw_given(gen, exc, None)
    }

    /// `gen.throw(...)`, with the arguments as the caller gave them: a delegate that is not
    /// a generator gets those (`throw(KeyError)` passes the class), not the exception made
    /// of them.
    pub fn generator_throw_given(
        &mut self,
        gen: &Rc<PyGenerator>,
        exc: PyErr,
        given: Option<&[Value]>,
    ) -> PyResult<Value> {
        let r = self.throw_into_given(gen, exc, given);
        self.finish_send(r)
    }

    /// Raises `exc` inside `gen` where it is suspended (inside the iterator it delegates to
    /// first, if any) and runs it to its next yield or its end.
    pub fn throw_into(&mut self, gen: &Rc<PyGenerator>, exc: PyErr) -> PyResult<GenResult> {
        self.throw_into_given(gen, exc, None)
    }

    fn throw_into_given(
        &mut self,
        gen: &Rc<PyGenerator>,
        exc: PyErr,
        given: Option<&[Value]>,
    ) -> PyResult<GenResult> {
        let Some(sub) = gen.delegate() else {
            return self.resume_generator(gen, Value::None, Some(exc));
        };
        // GeneratorExit closes the delegate rather than being thrown into it.
        if exc.is_instance(&types().exc.generator_exit) {
            let exc = match self.close_delegate(gen, &sub) {
                Ok(()) => exc,
                Err(e) => e,
            };
            return self.resume_generator(gen, Value::None, Some(exc));
        }
        // Forward into the delegate; its outcome decides how the outer generator resumes.
        let r = match &sub {
            Value::Generator(g) => self.generator_throw_given(g, exc, given),
            other => match self.get_attr_opt(other, "throw")? {
                Some(t) => {
                    let args = given.map_or_else(|| vec![exc.value()], <[Value]>::to_vec);
                    self.call(&t, args)
                }
                None => Err(exc),
            },
        };
        self.resume_after_delegate(gen, r)
    }

    /// `gen.throw(...)` with arguments that make no exception (`throw(1)`): the
    /// TypeError `invalid` is raised by the innermost generator's `throw`, which leaves that
    /// generator as it was; a generator delegating to it resumes with the error, at its
    /// `yield from`/`await`, as CPython's do.
    pub fn generator_throw_invalid(
        &mut self,
        gen: &Rc<PyGenerator>,
        invalid: PyErr,
        given: &[Value],
    ) -> PyResult<Value> {
        let r = match gen.delegate() {
            Some(Value::Generator(sub)) => self.generator_throw_invalid(&sub, invalid, given),
            Some(other) => match self.get_attr_opt(&other, "throw")? {
                Some(t) => self.call(&t, given.to_vec()),
                None => return Err(invalid),
            },
            None => return Err(invalid),
        };
        let r = self.resume_after_delegate(gen, r);
        self.finish_send(r)
    }

    /// Resumes `gen` after what it delegates to answered a `throw`: with the value it
    /// yielded, the value it returned, or the exception it raised.
    fn resume_after_delegate(
        &mut self,
        gen: &Rc<PyGenerator>,
        r: PyResult<Value>,
    ) -> PyResult<GenResult> {
        match r {
            Ok(v) => Ok(GenResult::Yielded(v)),
            Err(e) if e.is_instance(&types().exc.stop_iteration) => {
                // The delegate finished: resume the outer generator with its value.
                let value = stop_iteration_value(&e);
                if let Some(f) = gen.frame.borrow_mut().as_mut() {
                    f.values.pop();
                    f.pc += 1;
                    f.values.push(value);
                }
                self.resume_generator_raw(gen)
            }
            Err(e) => self.resume_generator(gen, Value::None, Some(e)),
        }
    }

    /// Closes the iterator `gen` delegates to: a generator's `close()`, or the iterator's own
    /// `close` method if it has one. `gen` counts as running meanwhile.
    fn close_delegate(&mut self, gen: &Rc<PyGenerator>, sub: &Value) -> PyResult<()> {
        gen.running.set(true);
        let r = match sub {
            Value::Generator(g) => self.generator_close(g).map(drop),
            other => match self.get_attr_opt(other, "close") {
                Ok(Some(close)) => self.call(&close, vec![]).map(drop),
                Ok(None) => Ok(()),
                Err(e) => Err(e),
            },
        };
        gen.running.set(false);
        r
    }

    fn resume_generator_raw(&mut self, gen: &Rc<PyGenerator>) -> PyResult<GenResult> {
        // The frame already has the value on its stack: resume without pushing a sent value.
        let Some(frame) = gen.frame.borrow_mut().take() else {
            return Ok(GenResult::Returned(Value::None));
        };
        self.push_frame(frame)?;
        self.restore_exc_state(gen);
        gen.running.set(true);
        let base = self.frames.len() - 1;
        let outcome = self.run_frames(base);
        gen.running.set(false);
        match outcome? {
            Exit::Yield(v) => {
                // The suspended frame keeps its vectors; only the exception state returns.
                self.suspend_frame(gen);
                Ok(GenResult::Yielded(v))
            }
            Exit::Return(v) => Ok(GenResult::Returned(v)),
        }
    }

    fn finish_send(&mut self, r: PyResult<GenResult>) -> PyResult<Value> {
        match r? {
            GenResult::Yielded(v) => Ok(v),
            GenResult::Returned(v) => Err(stop_iteration_with(v)),
        }
    }

    /// `gen.close()`.
    pub fn generator_close(&mut self, gen: &Rc<PyGenerator>) -> PyResult<Value> {
        if gen.frame.borrow().is_none() {
            return Ok(Value::None);
        }
        if !gen.started.get() {
            let frame = gen.frame.borrow_mut().take();
            if let Some(f) = frame {
                self.discard_frame(f);
            }
            return Ok(Value::None);
        }
        let exit = PyErr::with_args(&types().exc.generator_exit, vec![]);
        // A delegate is closed first; the outer generator then sees GeneratorExit (or what
        // closing the delegate raised) at its `yield from`.
        match self.generator_throw(gen, exit) {
            Ok(_) => Err(PyErr::runtime_error(format!(
                "{} ignored GeneratorExit",
                gen.kind.name()
            ))),
            Err(e)
                if e.is_instance(&types().exc.generator_exit)
                    || e.is_instance(&types().exc.stop_iteration) =>
            {
                gen.frame.borrow_mut().take();
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }

    /// One step of `yield from`: send `v` into the sub-iterator.
    pub fn send_to(&mut self, it: &Value, v: Value) -> PyResult<GenResult> {
        match it {
            Value::Generator(g) => self.resume_generator(g, v, None),
            other => {
                let r = if !v.is_none() {
                    self.call_method(other, "send", vec![v]).map(Some)
                } else if let Value::Iter(_) = other {
                    self.iter_next(other)
                } else {
                    // Call `__next__` itself: the value of its StopIteration is the result.
                    match other.type_of().lookup("__next__") {
                        Some(next) => self.call_special(&next, vec![other.clone()]).map(Some),
                        None => self.iter_next(other),
                    }
                };
                match r {
                    Ok(Some(x)) => Ok(GenResult::Yielded(x)),
                    Ok(None) => Ok(GenResult::Returned(Value::None)),
                    Err(e) if e.is_instance(&types().exc.stop_iteration) => {
                        Ok(GenResult::Returned(stop_iteration_value(&e)))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }
}

pub fn stop_iteration_with(v: Value) -> PyErr {
    if v.is_none() {
        PyErr::stop_iteration(None)
    } else {
        PyErr::stop_iteration(Some(v))
    }
}

pub fn stop_iteration_value(e: &PyErr) -> Value {
    e.exc
        .exc
        .as_ref()
        .and_then(|d| d.borrow().args.first().cloned())
        .or_none()
}
