//! The virtual machine: its state (frames, builtins, modules, the exception being handled),
//! frame creation with argument binding, and calling any callable. The dispatch loop itself
//! is in `eval.rs`; operators in `ops.rs`; attribute access in `attr.rs`.

pub mod async_gen;
pub mod attr;
pub mod attr_cache;
mod attr_set;
mod attr_str_subclass_name;
pub mod builtin_names;
pub mod builtin_new;
mod bytes_ops;
mod class_bases;
pub mod class_namespace;
pub mod classes;
pub mod code_attrs;
pub mod code_replace;
mod compare;
pub mod coroutine;
mod dict_merge;
pub mod dir;
pub mod eval;
mod eval_fast;
mod eval_protocols;
mod eval_slow;
mod exc_report;
mod except_star;
pub mod finalize;
pub mod format;
pub mod format_spec;
pub mod frame_builtins;
pub mod frame_objects;
pub mod function_new;
mod function_setattr;
pub mod generator;
pub mod instance_getsets;
pub mod iterate;
mod length_hint;
pub mod mappingproxy;
mod method_call_errors;
pub mod method_wrappers;
pub mod native_attrs;
pub mod native_trace;
mod native_warnings;
pub mod numeric;
pub mod ops;
pub mod pattern;
pub mod property;
pub mod repr;
pub mod slots;
mod special_call;
pub mod special_getsets;
pub mod stack_guard;
pub mod subclass;
mod subscript;
mod suggestions;
mod syntax_warnings;
pub mod tb_objects;
pub mod traceback;
pub mod type_getsets;
mod unbound_names;
mod unwind;
mod value_protocols;
mod wrapper_dict;

use std::collections::HashMap;
use std::rc::Rc;

use crate::objects::function::{Args, PyCode};
use crate::objects::OrNone;
use crate::objects::{
    types, PyBoundMethod, PyCell, PyDict, PyErr, PyFunction, PyModule, PyResult, PyStr, Value,
};

pub use crate::objects::function::NativeFn;

/// Default of `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// One activation of a code object.
pub struct Frame {
    pub code: Rc<PyCode>,
    /// Index of the next instruction.
    pub pc: usize,
    /// The fast locals (`code.nlocals` slots) followed by the value stack, in one vector as
    /// CPython's `localsplus`: a call takes one pooled vector, not two, and a plain call's
    /// argument vector becomes it without a copy.
    pub values: Vec<Value>,
    /// `cellvars` then `freevars`.
    pub cells: crate::objects::function::Cells,
    pub globals: Rc<PyDict>,
    /// The namespace of a module or class body (LoadName/StoreName); None in functions.
    pub namespace: Option<Rc<PyDict>>,
    /// A class body's namespace when `__prepare__` returned something other than an exact
    /// dict (a dict subclass with its own `__setitem__`, any mapping): name operations go
    /// through its item protocol (`class_namespace.rs`).
    pub namespace_object: Option<Value>,
    /// The exception being handled when this frame was entered (restored when it leaves).
    pub saved_exc: Value,
    /// Its frame object, once one was asked for (`vm/frame_objects.rs`).
    pub obj: Option<Rc<crate::objects::PyInstance>>,
    /// A function frame's `locals()` dict, made on the first call and refreshed from the
    /// fast locals on each (CPython 3.11's `f_locals`): names `exec` adds stay in it.
    pub locals_dict: Option<Rc<PyDict>>,
}

impl Frame {
    pub fn new(code: Rc<PyCode>, globals: Rc<PyDict>, namespace: Option<Rc<PyDict>>) -> Frame {
        let mut values = Vec::with_capacity(code.nlocals + code.code.max_stack as usize + 1);
        values.resize(code.nlocals, Value::Null);
        let cells = (0..code.code.cellvars.len())
            .map(|_| PyCell::new(Value::Null))
            .collect::<Vec<_>>()
            .into();
        Frame {
            code,
            pc: 0,
            values,
            cells,
            globals,
            namespace,
            namespace_object: None,
            saved_exc: Value::None,
            obj: None,
            locals_dict: None,
        }
    }

    /// The fast locals (the first `code.nlocals` values).
    pub fn locals(&self) -> &[Value] {
        let n = self.code.nlocals.min(self.values.len());
        self.values.get(..n).unwrap_or(&[])
    }

    /// Cuts the value stack back to `depth` items above the locals.
    pub fn truncate_stack(&mut self, depth: usize) {
        self.values.truncate(self.code.nlocals + depth);
    }

    /// The line being executed (for tracebacks and `f_lineno`).
    pub fn line(&self) -> u32 {
        self.code.code.line_of(self.pc.saturating_sub(1))
    }
}

/// Output streams: stdout is buffered (line-buffered on a terminal), flushed at exit.
pub struct Stdio {
    pub out: std::io::BufWriter<std::io::Stdout>,
    pub out_is_tty: bool,
}

pub struct Vm {
    pub frames: Vec<Frame>,
    pub builtins: Rc<PyDict>,
    pub builtins_module: Rc<PyModule>,
    pub sys: Rc<PyModule>,
    pub modules: Rc<PyDict>,
    pub recursion_limit: usize,
    /// The exception currently being handled (`sys.exc_info()`), None if none.
    pub handled_exc: Value,
    /// Source text by file name, for the lines tracebacks print.
    pub sources: HashMap<String, Rc<str>>,
    pub stdio: Stdio,
    pub importer: crate::import::Importer,
    /// Depth of native code re-entering the VM or recursing (repr of nested lists…).
    pub native_depth: usize,
    /// Containers whose repr is being built (to print `[...]` for a cycle).
    pub repr_active: Vec<usize>,
    /// Emptied value vectors of finished frames, reused for new frames' stacks and locals
    /// so that a call allocates nothing in the steady state.
    pub(crate) vec_pool: Vec<Vec<Value>>,
    /// Functions registered with `atexit.register`, oldest first.
    pub atexit: Vec<(Value, crate::objects::function::Args)>,
}

impl Vm {
    pub fn new(argv: Vec<String>, importer: crate::import::Importer) -> Vm {
        crate::modules::register_type_methods();
        let builtins_module = Rc::new(PyModule::new("builtins"));
        let sys = Rc::new(PyModule::new("sys"));
        let modules = PyDict::new_tracked();
        let stdout = std::io::stdout();
        let out_is_tty = std::io::IsTerminal::is_terminal(&stdout);
        let mut vm = Vm {
            frames: Vec::new(),
            builtins: builtins_module.dict.clone(),
            builtins_module: builtins_module.clone(),
            sys: sys.clone(),
            modules: modules.clone(),
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            handled_exc: Value::None,
            sources: HashMap::new(),
            stdio: Stdio {
                out: std::io::BufWriter::with_capacity(1 << 16, stdout),
                out_is_tty,
            },
            importer,
            native_depth: 0,
            repr_active: Vec::new(),
            vec_pool: Vec::new(),
            atexit: Vec::new(),
        };
        crate::modules::builtins::init(&mut vm);
        crate::modules::sys::init(&mut vm, argv);
        crate::modules::builtins_order::order_like_cpython(&vm.builtins);
        builtin_names::record_module_functions("builtins", &vm.builtins);
        builtin_names::record_module_functions("sys", &vm.sys.dict);
        modules.set_str("builtins", Value::Module(builtins_module));
        modules.set_str("sys", Value::Module(sys));
        vm
    }

    // ----- calling -----

    /// Calls any callable with positional arguments.
    pub fn call(&mut self, callable: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_args(callable, Args::new(args))
    }

    /// Calls any callable.
    pub fn call_args(&mut self, callable: &Value, args: Args) -> PyResult<Value> {
        match callable {
            Value::Function(f) => {
                let frame = self.function_frame(f, args)?;
                if f.code.borrow().code.is_generator() {
                    return Ok(generator::PyGenerator::new_value(frame, f));
                }
                self.run_frame(frame)
            }
            Value::Builtin(b) => {
                let mut args = args;
                match &b.bound_self {
                    Some(receiver) => args.pos.insert(0, receiver.clone()),
                    None if args.pos.is_empty() => {
                        if let Some(e) = method_call_errors::missing_receiver(b) {
                            return Err(e);
                        }
                    }
                    None => {}
                }
                let result = if b.on_base_value {
                    subclass::call_on_base(self, b.name, b.func, args)
                } else {
                    (b.func)(self, args)
                };
                match result {
                    Err(e) if b.bound_self.is_some() => Err(method_call_errors::reword(b, e)),
                    result => result,
                }
            }
            Value::BoundMethod(m) => {
                let mut args = args;
                args.pos.insert(0, m.receiver.clone());
                let f = m.func.clone();
                self.call_args(&f, args)
            }
            // A class of Python's is called through a native slot, one recursion level of
            // its own in CPython 3.11 (so `__init__` recursion ends at half the depth).
            Value::Type(t) if !t.builtin => self.nested(" while calling a Python object", |vm| {
                classes::call_type(vm, t, args)
            }),
            Value::Type(t) => classes::call_type(self, t, args),
            _ => {
                // A staticmethod object is callable (3.10+): it calls what it wraps.
                if let Value::Descriptor(d) = callable {
                    if let crate::objects::function::Descriptor::StaticMethod(f, _) = &**d {
                        return self.call_args(&f.clone(), args);
                    }
                }
                let ty = callable.type_of();
                match ty.lookup("__call__") {
                    Some(call) if !ty.builtin => {
                        let mut args = args;
                        args.pos.insert(0, callable.clone());
                        self.nested(" while calling a Python object", |vm| {
                            vm.call_special_args(&call, args)
                        })
                    }
                    _ => Err(PyErr::type_error(format!(
                        "'{}' object is not callable",
                        ty.tp_name()
                    ))),
                }
            }
        }
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let m = self.get_attr(obj, &PyStr::intern(name))?;
        self.call(&m, args)
    }

    /// Runs a frame to completion on the frame stack and returns its result.
    pub fn run_frame(&mut self, frame: Frame) -> PyResult<Value> {
        self.push_frame(frame)?;
        let base = self.frames.len() - 1;
        match self.run_frames(base)? {
            eval::Exit::Return(v) => Ok(v),
            eval::Exit::Yield(_) => Err(PyErr::runtime_error("yield outside a generator frame")),
        }
    }

    /// Python frames and native levels share one depth count, as in CPython 3.11.
    #[inline]
    fn at_recursion_limit(&self) -> bool {
        self.frames.len() + self.native_depth >= self.recursion_limit
    }

    pub fn push_frame(&mut self, frame: Frame) -> PyResult<()> {
        if self.at_recursion_limit() {
            return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
        }
        self.frames.push(frame);
        // Set in place after the push: set before it, the frame's copy into the vector
        // re-read the just-written words in wider pieces (a store-forwarding stall, most of
        // this function's time on bench/generators.py).
        let saved = self.handled_exc.clone();
        if let Some(frame) = self.frames.last_mut() {
            frame.saved_exc = saved;
        }
        Ok(())
    }

    /// Appends `frame` to the frame stack, built in place.
    ///
    /// `Vec::push` builds the frame on the machine stack and copies it into the vector,
    /// because growing the vector may run between the two. The copy reads in 16-byte pieces
    /// what was written in 8-byte ones, and that store-to-load forwarding stall was a tenth
    /// of a recursive call's time (perf on bench/fib.py). Reserving first lets the fields be
    /// written straight into the vector.
    #[inline(always)]
    fn push_frame_in_place(&mut self, build: impl FnOnce() -> Frame) {
        self.frames.reserve(1);
        let spare = self.frames.spare_capacity_mut();
        if let Some(slot) = spare.first_mut() {
            slot.write(build());
            let len = self.frames.len() + 1;
            // SAFETY: the slot just written is the first one past the length, and
            // `reserve(1)` made it part of the allocation.
            unsafe { self.frames.set_len(len) };
        }
    }

    /// Pushes the frame of a call to a function of `globals`, with its locals (and stack
    /// room) `values` and its `cells`, written in place (see `push_frame_in_place`).
    #[inline(always)]
    fn push_call_frame(
        &mut self,
        code: Rc<PyCode>,
        values: Vec<Value>,
        cells: crate::objects::function::Cells,
        globals: Rc<PyDict>,
    ) {
        let saved_exc = match &self.handled_exc {
            Value::None => Value::None,
            other => other.clone(),
        };
        self.push_frame_in_place(|| Frame {
            code,
            pc: 0,
            values: Vec::new(),
            cells,
            globals,
            namespace: None,
            namespace_object: None,
            saved_exc,
            obj: None,
            locals_dict: None,
        });
        // Moved in after the frame is written: moved in with the rest, the vector's three
        // words were copied through the machine stack in pieces of another size, a stall.
        if let Some(frame) = self.frames.last_mut() {
            frame.values = values;
        }
    }

    /// Pushes the frame of a call to `func`, whose code `code` (read by the caller) has
    /// `fast_call` set, with `locals` already holding exactly its `argcount` positional
    /// arguments (the caller checked).
    #[inline]
    pub(crate) fn push_fast_frame(
        &mut self,
        func: Rc<PyFunction>,
        code: Rc<PyCode>,
        mut locals: Vec<Value>,
    ) -> PyResult<()> {
        if self.at_recursion_limit() {
            self.recycle_vec(locals);
            return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
        }
        while locals.len() < code.nlocals {
            locals.push(Value::Null);
        }
        // `fast_call` code has no cell variables: the cells are the free variables.
        self.push_call_frame(code, locals, func.closure.clone(), func.globals.clone());
        Ok(())
    }

    /// An empty vector for a frame's stack or locals, from the pool when possible.
    #[inline]
    pub fn take_vec(&mut self, capacity: usize) -> Vec<Value> {
        match self.vec_pool.pop() {
            Some(mut v) => {
                v.reserve(capacity);
                v
            }
            None => Vec::with_capacity(capacity.max(4)),
        }
    }

    /// Pops the innermost frame, restoring the exception state it saved and returning its
    /// vectors to the pool.
    pub fn pop_frame(&mut self) {
        self.pop_frame_ending(None)
    }

    /// `pop_frame` for a frame that `raising` leaves.
    pub(crate) fn pop_frame_raising(&mut self, raising: &PyErr) {
        self.pop_frame_ending(Some(raising))
    }

    /// Runs on every return: the frame is dropped where it lies, not moved out of the frame
    /// stack first, unless a frame object must take its final state from it.
    #[inline(always)]
    fn pop_frame_ending(&mut self, raising: Option<&PyErr>) {
        // Coroutines dropped while this frame ran are reported at its position; those its
        // locals held, at the caller's.
        self.finalize_dropped();
        let Some(f) = self.frames.last_mut() else {
            return;
        };
        self.handled_exc = std::mem::replace(&mut f.saved_exc, Value::None);
        let values = if f.obj.is_none() {
            let values = std::mem::take(&mut f.values);
            self.frames.truncate(self.frames.len() - 1);
            values
        } else {
            let Some(mut f) = self.frames.pop() else {
                return;
            };
            if let Some(obj) = f.obj.take() {
                self.end_frame_object(obj, &mut f, raising);
            }
            std::mem::take(&mut f.values)
        };
        self.recycle_vec(values);
        self.finalize_dropped();
    }

    #[inline]
    pub fn recycle_vec(&mut self, mut v: Vec<Value>) {
        if self.vec_pool.len() < 256 && v.capacity() <= 256 {
            v.clear();
            self.vec_pool.push(v);
        }
    }

    /// Guards native recursion (repr of nested containers, deep comparisons). Python frames
    /// and native levels share one count, as in CPython 3.11, so a recursion through both
    /// (a `__repr__` calling `repr(self)`) ends at the level that reaches the limit first,
    /// with that level's words: " while getting the repr of an object", " in comparison",
    /// " while calling a Python object" (a builtin such as `repr` or `hash`, or an object's
    /// `__call__`), or none for a Python frame.
    pub fn enter_native(&mut self, what: &str) -> PyResult<()> {
        stack_guard::check()?;
        if self.at_recursion_limit() {
            return Err(PyErr::recursion_error(format!(
                "maximum recursion depth exceeded{}",
                what
            )));
        }
        self.native_depth += 1;
        Ok(())
    }

    pub fn leave_native(&mut self) {
        self.native_depth = self.native_depth.saturating_sub(1);
    }

    /// Runs `f` one native level deeper (`enter_native(what)`).
    pub fn nested<T>(&mut self, what: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        self.enter_native(what)?;
        let r = f(self);
        self.leave_native();
        r
    }

    /// A new frame for calling `func`, with the arguments bound to its parameters.
    pub fn function_frame(&mut self, func: &Rc<PyFunction>, args: Args) -> PyResult<Frame> {
        let (code, values, cells) = self.bind_call(func, args)?;
        let mut frame = Frame {
            code,
            pc: 0,
            values,
            cells,
            globals: func.globals.clone(),
            namespace: None,
            namespace_object: None,
            saved_exc: Value::None,
            obj: None,
            locals_dict: None,
        };
        fill_argument_cells(&mut frame);
        Ok(frame)
    }

    /// `function_frame` then `push_frame`, with the frame written where it will live: moved
    /// out of `function_frame`, the frame's copy stalled on store forwarding (see
    /// `push_frame_in_place`).
    pub fn push_function_frame(&mut self, func: &Rc<PyFunction>, args: Args) -> PyResult<()> {
        let (code, values, cells) = self.bind_call(func, args)?;
        if self.at_recursion_limit() {
            self.recycle_vec(values);
            return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
        }
        self.push_call_frame(code, values, cells, func.globals.clone());
        if let Some(frame) = self.frames.last_mut() {
            fill_argument_cells(frame);
        }
        Ok(())
    }

    /// The code, the locals (arguments bound to parameters, stack room reserved) and the
    /// cells of a call to `func`.
    fn bind_call(
        &mut self,
        func: &Rc<PyFunction>,
        args: Args,
    ) -> PyResult<(Rc<PyCode>, Vec<Value>, crate::objects::function::Cells)> {
        let code = func.code.borrow().clone();
        let co = &code.code;
        let argcount = co.argcount as usize;
        let simple = args.kw.is_empty()
            && co.kwonlyargcount == 0
            && co.flags
                & (crate::bytecode::code_flags::VARARGS | crate::bytecode::code_flags::VARKEYWORDS)
                == 0;
        // Parameters no argument fills take their defaults; the defaults are read only
        // when some are needed.
        let missing = argcount.saturating_sub(args.pos.len());
        let defaults = match missing {
            0 => None,
            _ => func
                .defaults
                .borrow()
                .clone()
                .filter(|d| missing <= d.items.len()),
        };
        let locals = if simple && args.pos.len() <= argcount && (missing == 0 || defaults.is_some())
        {
            // The argument vector becomes the locals: no copy, no allocation.
            let mut locals = args.pos;
            if let Some(d) = defaults {
                locals.extend(d.items[d.items.len() - missing..].iter().cloned());
            }
            locals.resize(code.nlocals, Value::Null);
            locals
        } else {
            let mut locals = self.take_vec(code.nlocals);
            locals.resize(code.nlocals, Value::Null);
            bind_arguments(func, &mut locals, args)?;
            locals
        };
        let mut values = locals;
        values.reserve(co.max_stack as usize + 1);
        let cells = if co.cellvars.is_empty() {
            // Only free variables: the function's own cells.
            func.closure.clone()
        } else {
            let own = (0..co.cellvars.len()).map(|_| PyCell::new(Value::Null));
            own.chain(func.closure.iter().cloned())
                .collect::<Vec<_>>()
                .into()
        };
        Ok((code, values, cells))
    }

    // ----- errors -----

    /// Sets `__context__` of a newly raised exception to the one being handled, as CPython
    /// does when an exception is raised inside an except or finally block.
    pub fn attach_context(&self, err: &PyErr) {
        if let Value::Instance(handled) = &self.handled_exc {
            if Rc::ptr_eq(handled, &err.exc) {
                return;
            }
            if let Some(d) = &err.exc.exc {
                let mut d = d.borrow_mut();
                if d.context.is_none() {
                    // Avoid a context cycle (raising the handled exception's own context).
                    d.context = Some(self.handled_exc.clone());
                }
            }
        }
    }

    pub fn type_error<T>(&self, msg: impl Into<String>) -> PyResult<T> {
        Err(PyErr::type_error(msg))
    }

    /// Loads a module by name (see `import/`).
    pub fn import(&mut self, name: &str) -> PyResult<Value> {
        crate::import::import_module(self, name)
    }

    /// The globals of the innermost running Python frame (the module's dict otherwise).
    pub fn current_globals(&self) -> Rc<PyDict> {
        match self.frames.last() {
            Some(f) => f.globals.clone(),
            None => self.builtins.clone(),
        }
    }

    /// Writes text to sys.stdout (the real stream fast path, or a replaced object).
    pub fn write_stdout(&mut self, text: &str) -> PyResult<()> {
        let out = self.sys.get("stdout").or_none();
        self.write_to(&out, text)
    }

    pub fn write_to(&mut self, file: &Value, text: &str) -> PyResult<()> {
        // The standard streams, files and StringIO objects are written without a call.
        if let Some(r) = crate::modules::io::write_fast(self, file, text) {
            return r;
        }
        self.call_method(file, "write", vec![Value::str(text)])?;
        Ok(())
    }

    pub fn flush_stdout(&mut self) {
        use std::io::Write;
        let _ = self.stdio.out.flush();
    }

    /// Builds a bound method object.
    pub fn bind(&self, func: Value, receiver: Value) -> Value {
        match &func {
            Value::Builtin(b) => b.bind(receiver),
            _ => {
                let method = Value::BoundMethod(Rc::new(PyBoundMethod::new(func, receiver)));
                crate::gc::track(&method);
                method
            }
        }
    }

    pub fn none_if_null(v: Value) -> Value {
        if v.is_null() {
            Value::None
        } else {
            v
        }
    }

    /// A new module-level frame's globals: `__builtins__` and the name.
    pub fn new_module_dict(&self, name: &str) -> Rc<PyDict> {
        let d = PyDict::new_tracked();
        d.set_str("__name__", Value::str(name));
        d.set_str("__builtins__", Value::Module(self.builtins_module.clone()));
        d
    }

    pub fn get_type_exc(&self) -> &'static crate::objects::typeobj::ExceptionTypes {
        &types().exc
    }
}

fn posonly_as_keywords(func: &str, names: &[&str]) -> PyErr {
    PyErr::type_error(format!(
        "{}() got some positional-only arguments passed as keyword arguments: '{}'",
        func,
        names.join(", ")
    ))
}

/// Binds call arguments to parameters for the general case, with CPython's messages.
fn bind_arguments(func: &PyFunction, locals: &mut [Value], args: Args) -> PyResult<()> {
    use crate::bytecode::code_flags::{VARARGS, VARKEYWORDS};
    let code = func.code.borrow().clone();
    let co = &code.code;
    // Read only for an error: a call that binds pays nothing for it.
    let name = || func.qualname.borrow().clone();
    let argcount = co.argcount as usize;
    let posonly = co.posonlyargcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let has_varargs = co.flags & VARARGS != 0;
    let has_varkw = co.flags & VARKEYWORDS != 0;
    let varargs_slot = argcount + kwonly;
    let varkw_slot = varargs_slot + has_varargs as usize;
    let npos = args.pos.len();
    // The values are moved out and the names stay, for the errors that list them.
    let mut kw = args.kw;

    let mut extra = Vec::new();
    for (i, v) in args.pos.into_iter().enumerate() {
        if i < argcount {
            locals[i] = v;
        } else {
            extra.push(v);
        }
    }
    let extra_count = extra.len();
    if has_varargs {
        locals[varargs_slot] = Value::tuple(extra);
    }
    let kwdict = if has_varkw {
        Some(PyDict::new_tracked())
    } else {
        None
    };
    let mut posonly_as_kw = Vec::new();
    for idx in 0..kw.len() {
        let v = std::mem::replace(&mut kw[idx].1, Value::Null);
        let k = &kw[idx].0;
        let key = k.as_str();
        // Keyword names and parameter names are interned alike: most matches are the
        // same string object.
        let slot = code.varnames[..argcount + kwonly]
            .iter()
            .position(|n| Rc::ptr_eq(n, k) || n.as_str() == key);
        match slot {
            Some(i) if i >= posonly => {
                if !locals[i].is_null() {
                    return Err(PyErr::type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        name(),
                        key
                    )));
                }
                locals[i] = v;
            }
            _ => match &kwdict {
                Some(d) => {
                    if d.get_str(key).is_some() {
                        return Err(PyErr::type_error(format!(
                            "{}() got multiple values for keyword argument '{}'",
                            name(),
                            key
                        )));
                    }
                    d.set_str_key(k.clone(), v)
                }
                None => {
                    if slot.is_some() {
                        posonly_as_kw.push(key.to_string());
                        continue;
                    }
                    // Positional-only names among the keywords are the error to report,
                    // wherever they stand, before an unknown one.
                    let posonly_names: Vec<&str> = co.varnames[..posonly]
                        .iter()
                        .filter(|n| kw.iter().any(|(k, _)| k.as_str() == n.as_str()))
                        .map(|n| n.as_str())
                        .collect();
                    if !posonly_names.is_empty() {
                        return Err(posonly_as_keywords(&name(), &posonly_names));
                    }
                    return Err(PyErr::type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        name(),
                        key
                    )));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        let names: Vec<&str> = posonly_as_kw.iter().map(String::as_str).collect();
        return Err(posonly_as_keywords(&name(), &names));
    }
    // Too many positional arguments is reported after the keywords are bound, as CPython
    // does: an unexpected or repeated keyword is the error a call with both gets.
    if extra_count > 0 && !has_varargs {
        let defaults = func.defaults.borrow().as_ref().map_or(0, |d| d.items.len());
        let kw_given = kw
            .iter()
            .filter(|(k, _)| {
                co.varnames[argcount..argcount + kwonly]
                    .iter()
                    .any(|n| n == k.as_str())
            })
            .count();
        let least = argcount - defaults.min(argcount);
        return Err(too_many_positional_error(
            &name(),
            least,
            argcount,
            npos,
            kw_given,
        ));
    }

    if let Some(d) = kwdict {
        locals[varkw_slot] = Value::Dict(d);
    }
    // Defaults for missing positional parameters.
    let defaults_tuple = func.defaults.borrow();
    let defaults: &[Value] = defaults_tuple.as_ref().map_or(&[], |d| &d.items);
    let first_default = argcount - defaults.len().min(argcount);
    let mut missing = Vec::new();
    for i in 0..argcount {
        if locals[i].is_null() {
            if i >= first_default {
                locals[i] = defaults[i - first_default].clone();
            } else {
                missing.push(co.varnames[i].clone());
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args_error(&name(), "positional", &missing));
    }
    let kwdefaults = func.kwdefaults.borrow();
    for i in argcount..argcount + kwonly {
        if locals[i].is_null() {
            match kwdefaults.as_ref().and_then(|d| d.get_str(&co.varnames[i])) {
                Some(v) => locals[i] = v,
                None => missing.push(co.varnames[i].clone()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args_error(&name(), "keyword-only", &missing));
    }
    Ok(())
}

/// "f() takes 2 positional arguments but 3 were given", as CPython words a call to a `def`
/// taking `least` to `most` positional arguments that was given `given` (and
/// `kwonly_given` keyword-only ones).
pub(crate) fn too_many_positional_error(
    func: &str,
    least: usize,
    most: usize,
    given: usize,
    kwonly_given: usize,
) -> PyErr {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let takes = if least < most {
        format!("from {least} to {most} positional arguments")
    } else {
        format!("{most} positional argument{}", plural(most))
    };
    let given = if kwonly_given > 0 {
        format!(
            "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
            plural(given),
            plural(kwonly_given)
        )
    } else {
        format!("{given} {} given", if given == 1 { "was" } else { "were" })
    };
    PyErr::type_error(format!("{func}() takes {takes} but {given}"))
}

pub(crate) fn missing_args_error(func: &str, kind: &str, names: &[String]) -> PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    PyErr::type_error(format!(
        "{}() missing {} required {} argument{}: {}",
        func,
        names.len(),
        kind,
        if names.len() == 1 { "" } else { "s" },
        list
    ))
}

/// Cells that start as arguments take the argument's value.
fn fill_argument_cells(frame: &mut Frame) {
    for (i, arg) in frame.code.code.cell2arg.iter().enumerate() {
        if let Some(a) = arg {
            if let (Some(cell), Some(v)) = (frame.cells.get(i), frame.values.get(*a as usize)) {
                cell.set(v.clone());
            }
        }
    }
}
