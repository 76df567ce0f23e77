//! Generators: a generator owns its suspended frame. Resuming pushes the frame back onto
//! the VM's frame stack and runs it until it yields (the frame is taken back) or returns.
//! `send`, `throw` and `close` follow CPython, including forwarding to a sub-iterator that a
//! `yield from` is delegating to, and PEP 479 (StopIteration inside becomes RuntimeError).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::Op;
use crate::objects::{types, PyErr, PyFunction, PyResult, Value};

use super::eval::Exit;
use super::{Frame, Vm};

pub struct PyGenerator {
    pub frame: RefCell<Option<Frame>>,
    pub name: String,
    pub qualname: String,
    pub running: Cell<bool>,
    pub started: Cell<bool>,
    /// Already queued for closing once: dropping it again just frees the frame.
    finalizing: bool,
}

thread_local! {
    /// Generators dropped while suspended inside a `try`, waiting for the VM to close them
    /// (their `finally`/`except GeneratorExit` must run, as CPython runs them on release).
    static PENDING_CLOSE: RefCell<Vec<PyGenerator>> = const { RefCell::new(Vec::new()) };
    static HAS_PENDING_CLOSE: Cell<bool> = const { Cell::new(false) };
}

/// Are there dropped generators the VM should close now?
#[inline]
pub fn has_pending_close() -> bool {
    HAS_PENDING_CLOSE.with(|p| p.get())
}

impl Drop for PyGenerator {
    fn drop(&mut self) {
        if self.finalizing || !self.started.get() {
            return;
        }
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        if !suspended_in_try(&frame) {
            return;
        }
        let orphan = PyGenerator {
            frame: RefCell::new(Some(frame)),
            name: std::mem::take(&mut self.name),
            qualname: std::mem::take(&mut self.qualname),
            running: Cell::new(false),
            started: Cell::new(true),
            finalizing: true,
        };
        let _ = PENDING_CLOSE.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                p.push(orphan);
                HAS_PENDING_CLOSE.with(|f| f.set(true));
            }
        });
    }
}

/// Is the frame suspended at a point some exception handler covers?
fn suspended_in_try(frame: &Frame) -> bool {
    let at = frame.pc.saturating_sub(1) as u32;
    frame
        .code
        .code
        .exception_table
        .iter()
        .any(|e| e.start <= at && at < e.end)
}

/// What one resumption produced.
pub enum GenResult {
    Yielded(Value),
    Returned(Value),
}

impl PyGenerator {
    pub fn new_value(frame: Frame, func: &PyFunction) -> Value {
        Value::Generator(Rc::new(PyGenerator {
            frame: RefCell::new(Some(frame)),
            name: func.name.borrow().clone(),
            qualname: func.qualname.borrow().clone(),
            running: Cell::new(false),
            started: Cell::new(false),
            finalizing: false,
        }))
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(f) = &*self.frame.borrow() {
            f.stack.iter().chain(f.locals.iter()).for_each(|v| visit(v));
            visit(&Value::Dict(f.globals.clone()));
        }
    }

    /// The sub-iterator a suspended `yield from` is delegating to.
    fn delegate(&self) -> Option<Value> {
        let f = self.frame.borrow();
        let f = f.as_ref()?;
        let instr = f.code.code.instructions.get(f.pc)?;
        if instr.op == Op::YieldFrom && self.started.get() {
            f.stack.last().cloned()
        } else {
            None
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
            return Err(PyErr::value_error("generator already executing"));
        }
        let Some(mut frame) = gen.frame.borrow_mut().take() else {
            return match throw {
                Some(e) => Err(e),
                None => Ok(GenResult::Returned(Value::None)),
            };
        };
        let first = !gen.started.get();
        if first && throw.is_none() && !sent.is_none() {
            *gen.frame.borrow_mut() = Some(frame);
            return Err(PyErr::type_error(
                "can't send non-None value to a just-started generator",
            ));
        }
        if !first && throw.is_none() {
            frame.stack.push(sent);
        }
        gen.started.set(true);
        if let Err(e) = self.push_frame(frame) {
            return Err(e);
        }
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
                if let Some(mut f) = self.frames.pop() {
                    self.handled_exc = std::mem::replace(&mut f.saved_exc, Value::None);
                    *gen.frame.borrow_mut() = Some(f);
                }
                Ok(GenResult::Yielded(v))
            }
            Ok(Exit::Return(v)) => Ok(GenResult::Returned(v)),
            Err(e) => {
                if e.is_instance(&types().exc.stop_iteration) {
                    let re = PyErr::runtime_error("generator raised StopIteration");
                    if let Some(d) = &re.exc.exc {
                        let mut d = d.borrow_mut();
                        d.cause = Some(e.value());
                        d.context = Some(e.value());
                        d.suppress_context = true;
                    }
                    return Err(re);
                }
                Err(e)
            }
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
        if let Some(sub) = gen.delegate() {
            // Forward into the delegate; its outcome decides how the outer generator resumes.
            let r = match &sub {
                Value::Generator(g) => self.generator_throw(g, exc),
                other => match self.get_attr_opt(other, "throw")? {
                    Some(t) => self.call(&t, vec![exc.value()]),
                    None => Err(exc),
                },
            };
            return match r {
                Ok(v) => Ok(v),
                Err(e) if e.is_instance(&types().exc.stop_iteration) => {
                    // The delegate finished: resume the outer generator with its value.
                    let value = stop_iteration_value(&e);
                    if let Some(f) = gen.frame.borrow_mut().as_mut() {
                        f.stack.pop();
                        f.pc += 1;
                        f.stack.push(value);
                    }
                    let r = self.resume_generator_raw(gen);
                    self.finish_send(r)
                }
                Err(e) => {
                    let r = self.resume_generator(gen, Value::None, Some(e))?;
                    self.finish_send(Ok(r))
                }
            };
        }
        let r = self.resume_generator(gen, Value::None, Some(exc));
        self.finish_send(r)
    }

    fn resume_generator_raw(&mut self, gen: &Rc<PyGenerator>) -> PyResult<GenResult> {
        // The frame already has the value on its stack: resume without pushing a sent value.
        let Some(frame) = gen.frame.borrow_mut().take() else {
            return Ok(GenResult::Returned(Value::None));
        };
        self.push_frame(frame)?;
        gen.running.set(true);
        let base = self.frames.len() - 1;
        let outcome = self.run_frames(base);
        gen.running.set(false);
        match outcome? {
            Exit::Yield(v) => {
                // The suspended frame keeps its vectors; only the exception state returns.
                if let Some(mut f) = self.frames.pop() {
                    self.handled_exc = std::mem::replace(&mut f.saved_exc, Value::None);
                    *gen.frame.borrow_mut() = Some(f);
                }
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

    /// Closes any generator dropped since the last check while suspended in a `try`.
    #[inline]
    pub fn close_dropped_generators(&mut self) {
        if has_pending_close() {
            self.close_pending_generators();
        }
    }

    /// Closes the generators dropped while suspended in a `try`; an exception escaping one is
    /// reported as CPython reports it ("Exception ignored in: …") and the program goes on.
    #[cold]
    fn close_pending_generators(&mut self) {
        loop {
            let pending = PENDING_CLOSE.with(|p| std::mem::take(&mut *p.borrow_mut()));
            HAS_PENDING_CLOSE.with(|f| f.set(false));
            if pending.is_empty() {
                return;
            }
            for gen in pending {
                let gen = Rc::new(gen);
                if let Err(e) = self.generator_close(&gen) {
                    let what = self
                        .repr(&Value::Generator(gen.clone()))
                        .unwrap_or_default();
                    let text = self.format_exception(&e.exc);
                    self.flush_stdout();
                    eprint!("Exception ignored in: {}\n{}", what, text);
                }
            }
        }
    }

    /// `gen.close()`.
    pub fn generator_close(&mut self, gen: &Rc<PyGenerator>) -> PyResult<Value> {
        if gen.frame.borrow().is_none() {
            return Ok(Value::None);
        }
        if !gen.started.get() {
            gen.frame.borrow_mut().take();
            return Ok(Value::None);
        }
        let exit = PyErr::with_args(&types().exc.generator_exit, vec![]);
        match self.generator_throw(gen, exit) {
            Ok(_) => Err(PyErr::runtime_error("generator ignored GeneratorExit")),
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
                let r = if v.is_none() {
                    self.iter_next(other)
                } else {
                    self.call_method(other, "send", vec![v]).map(Some)
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
        .unwrap_or(Value::None)
}
