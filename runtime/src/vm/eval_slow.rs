//! Instructions the dispatch loop runs out of line: ones that are rare in hot code and large
//! once their callees are inlined. Kept out of `execute`, they leave the loop a smaller
//! function whose frame state stays in registers.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::{format_flags, make_function_flags as mf};
use crate::objects::function::Args;
use crate::objects::{types, OrNone, PyDict, PyErr, PyFunction, PyResult, PyStr, Value};

use super::eval::{bad_bytecode, Raised};
use super::Vm;

impl Vm {
    fn pop_value(&mut self, fi: usize) -> Value {
        self.frames
            .get_mut(fi)
            .and_then(|f| f.values.pop())
            .or_none()
    }

    /// `FORMAT_VALUE`: `[value spec?] -> [str]`, an f-string replacement field.
    #[inline(never)]
    pub(super) fn op_format_value(&mut self, fi: usize, arg: u32) -> PyResult<Value> {
        let spec = if arg & format_flags::HAS_SPEC != 0 {
            Some(self.pop_value(fi))
        } else {
            None
        };
        let v = self.pop_value(fi);
        let v = match arg & format_flags::CONV_MASK {
            format_flags::CONV_STR => Value::Str(self.to_str(&v)?),
            format_flags::CONV_REPR => Value::string(self.repr(&v)?),
            format_flags::CONV_ASCII => {
                Value::string(crate::objects::str::escape_non_ascii(&self.repr(&v)?))
            }
            _ => v,
        };
        Ok(match (&v, &spec) {
            (Value::Str(_), None) => v,
            _ => {
                let spec_str = match &spec {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    _ => String::new(),
                };
                self.format_object(&v, &spec_str)?
            }
        })
    }

    /// `CALL_FUNCTION_EX`: `[callable args kwargs?] -> [result]`, a call with `*args` and
    /// `**kwargs`.
    #[inline(never)]
    pub(super) fn op_call_function_ex(&mut self, fi: usize, arg: u32) -> PyResult<Value> {
        let kwargs = if arg & 1 != 0 {
            Some(self.pop_value(fi))
        } else {
            None
        };
        let posargs = self.pop_value(fi);
        let callable = self.pop_value(fi);
        let pos = match posargs {
            Value::Tuple(t) => t.items.clone(),
            Value::List(l) => l.snapshot(),
            other => self.collect_iterable_hinted(&other).map_err(|e| {
                if e.is_instance(&types().exc.type_error) && !self.is_iterable(&other) {
                    PyErr::type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        self.callable_name(&callable),
                        other.type_name()
                    ))
                } else {
                    e
                }
            })?,
        };
        let merged;
        let d = match &kwargs {
            None => None,
            Some(Value::Dict(d)) => Some(d),
            Some(other) => {
                merged = PyDict::new_tracked();
                self.dict_merge(&merged, other, Some(&callable))?;
                Some(&merged)
            }
        };
        let mut kw = Vec::new();
        for (k, v) in d.map(|d| d.items()).unwrap_or_default() {
            match k {
                Value::Str(s) => kw.push((s, v)),
                _ if super::method_call_errors::ignores_non_str_keywords(&callable) => {}
                _ => return Err(PyErr::type_error("keywords must be strings")),
            }
        }
        self.call_args(&callable, Args { pos, kw })
    }

    /// `RAISE_VARARGS`: a bare `raise` (0), `raise exc` (1) or `raise exc from cause` (2);
    /// what leaves the instruction.
    #[inline(never)]
    pub(super) fn op_raise_varargs(&mut self, fi: usize, arg: u32) -> Raised {
        let err = match arg {
            0 => {
                return match &self.handled_exc {
                    Value::Instance(i) if i.exc.is_some() => Raised {
                        err: PyErr::from_instance(i.clone()),
                        reraise: true,
                    },
                    _ => PyErr::runtime_error("No active exception to reraise").into(),
                }
            }
            1 => {
                let exc = self.pop_value(fi);
                self.make_exception(exc)
            }
            _ => {
                let cause = self.pop_value(fi);
                let exc = self.pop_value(fi);
                self.make_exception(exc).and_then(|err| {
                    let cause = match cause {
                        Value::None => None,
                        c => Some(
                            self.make_exception(c)
                                .map_err(|_| {
                                    PyErr::type_error(
                                        "exception causes must derive from BaseException",
                                    )
                                })?
                                .value(),
                        ),
                    };
                    if let Some(d) = &err.exc.exc {
                        let mut d = d.borrow_mut();
                        d.cause = cause;
                        d.suppress_context = true;
                    }
                    Ok(err)
                })
            }
        };
        match err {
            Ok(err) | Err(err) => err.into(),
        }
    }

    /// `MAKE_FUNCTION`: `[defaults? kwdefaults? annotations? closure? code] -> [function]`,
    /// the parts present as `arg`'s flags say.
    #[inline(never)]
    pub(super) fn op_make_function(&mut self, fi: usize, arg: u32) -> PyResult<Value> {
        let code = self.pop_value(fi);
        let mut part = |flag: u32| (arg & flag != 0).then(|| self.pop_value(fi));
        let closure = part(mf::CLOSURE);
        let annotations = part(mf::ANNOTATIONS);
        let kwdefaults = part(mf::KWDEFAULTS);
        let defaults = part(mf::DEFAULTS);
        let Value::Code(code) = code else {
            return Err(bad_bytecode("MAKE_FUNCTION without a code object"));
        };
        let Some(frame) = self.frames.get(fi) else {
            return Err(bad_bytecode("no frame"));
        };
        let code = super::frame_builtins::function_code(&self.builtins, frame, code);
        let closure = match closure {
            Some(Value::Tuple(t)) => t
                .items
                .iter()
                .filter_map(|c| match c {
                    Value::Cell(c) => Some(c.clone()),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .into(),
            _ => Default::default(),
        };
        let doc = code.code.docstring.clone().map(Value::string).or_none();
        let module = frame.globals.get_str("__name__").or_none();
        let f = PyFunction {
            name: RefCell::new(code.code.name.clone()),
            qualname: RefCell::new(code.code.qualname.clone()),
            globals: frame.globals.clone(),
            defaults: RefCell::new(match defaults {
                Some(Value::Tuple(t)) => Some(t),
                _ => None,
            }),
            kwdefaults: RefCell::new(match kwdefaults {
                Some(Value::Dict(d)) => Some(d),
                _ => None,
            }),
            closure,
            annotations: RefCell::new(match annotations {
                Some(Value::Dict(d)) => Some(d),
                _ => None,
            }),
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            dict: RefCell::new(None),
            weakly_referenced: std::cell::Cell::new(false),
            code: RefCell::new(code),
        };
        Ok(Value::function(f))
    }

    /// `IMPORT_NAME names[arg]`: `[level fromlist] -> [module]`.
    #[inline(never)]
    pub(super) fn op_import_name(
        &mut self,
        fi: usize,
        names: &[Rc<PyStr>],
        arg: u32,
    ) -> PyResult<Value> {
        let fromlist = self.pop_value(fi);
        let level = match self.pop_value(fi) {
            Value::Int(l) => usize::try_from(l).unwrap_or(0),
            _ => 0,
        };
        let (Some(name), Some(frame)) = (names.get(arg as usize), self.frames.get(fi)) else {
            return Err(bad_bytecode("IMPORT_NAME"));
        };
        let globals = frame.globals.clone();
        crate::import::import_statement(self, name.as_str(), &fromlist, level, &globals)
    }

    /// `WITH_EXCEPT_START`: calls the `__exit__` four below the top with the exception on
    /// top, pushing its result.
    #[inline(never)]
    pub(super) fn op_with_except_start(&mut self, fi: usize) -> PyResult<Value> {
        let (exit, exc) = match self.frames.get(fi) {
            Some(f) => {
                let n = f.values.len();
                let at = |d: usize| n.checked_sub(d).and_then(|i| f.values.get(i)).cloned();
                (at(4).or_none(), at(1).or_none())
            }
            None => (Value::None, Value::None),
        };
        let ty = Value::Type(exc.type_of());
        let tb = self.traceback_value(&exc);
        self.call(&exit, vec![ty, exc, tb])
    }

    /// `DICT_UPDATE`/`DICT_MERGE arg`: merges the popped mapping into the dict `arg` below
    /// the top; a merge (`f(**a, **b)`) refuses repeated keys, naming the function two
    /// further down.
    #[inline(never)]
    pub(super) fn op_dict_update(&mut self, fi: usize, arg: u32, merge: bool) -> PyResult<()> {
        let v = self.pop_value(fi);
        let Some(frame) = self.frames.get(fi) else {
            return Ok(());
        };
        let n = frame.values.len();
        let at = |d: usize| n.checked_sub(d).and_then(|i| frame.values.get(i)).cloned();
        let target = at(arg as usize);
        let func = if merge { at(arg as usize + 2) } else { None };
        if let Some(Value::Dict(d)) = target {
            self.dict_merge(&d, &v, func.as_ref())?;
        }
        Ok(())
    }

    /// `LIST_EXTEND arg`: extends the list `arg` below the top with the popped iterable
    /// (`[*a, *b]`).
    #[inline(never)]
    pub(super) fn op_list_extend(&mut self, fi: usize, arg: u32) -> PyResult<()> {
        let v = self.pop_value(fi);
        let target = self.frames.get(fi).and_then(|f| {
            let n = f.values.len();
            n.checked_sub(arg as usize)
                .and_then(|i| f.values.get(i))
                .cloned()
        });
        if let Some(Value::List(l)) = target {
            let items = self.collect_iterable_hinted(&v).map_err(|e| {
                if e.is_instance(&types().exc.type_error) && !self.is_iterable(&v) {
                    PyErr::type_error(format!(
                        "Value after * must be an iterable, not {}",
                        v.type_name()
                    ))
                } else {
                    e
                }
            })?;
            l.items.borrow_mut().extend(items);
        }
        Ok(())
    }

    /// The callable and arguments of `CALL_KW arg`: `[callable args... kwnames]`, the last
    /// `len(kwnames)` of the `arg` arguments being keyword values; with `method`, of
    /// `CALL_METHOD_KW arg`: `[meth self_or_null args... kwnames]`.
    #[inline(never)]
    pub(super) fn op_call_kw_args(&mut self, fi: usize, arg: u32, method: bool) -> (Value, Args) {
        let kwnames = self.pop_value(fi);
        let names: &[Value] = match &kwnames {
            Value::Tuple(t) => &t.items,
            _ => &[],
        };
        let mut pos = self.take_vec(arg as usize + 1);
        let mut kw = Vec::with_capacity(names.len());
        let Some(f) = self.frames.get_mut(fi) else {
            return (Value::None, Args { pos, kw });
        };
        let len = f.values.len();
        let pos_at = len.saturating_sub(arg as usize);
        let kw_at = len.saturating_sub(names.len()).max(pos_at);
        // `[callable self_or_null? args… kwargs…]`: the receiver, when LOAD_METHOD left
        // one, is the first argument.
        if method {
            if let Some(slot) = pos_at.checked_sub(1).and_then(|i| f.values.get_mut(i)) {
                let receiver = std::mem::replace(slot, Value::Null);
                if !receiver.is_null() {
                    pos.push(receiver);
                }
            }
        }
        for (name, v) in names.iter().zip(f.values.drain(kw_at..)) {
            if let Value::Str(name) = name {
                kw.push((name.clone(), v));
            }
        }
        pos.extend(f.values.drain(pos_at..));
        if method {
            f.values.pop();
        }
        let callable = f.values.pop().or_none();
        (callable, Args { pos, kw })
    }
}

impl super::Frame {
    /// `s += t` (or `s = s + t`) on strs, when the next instruction stores the result back
    /// into the local `s` came from and nothing else refers to that string: the local lets
    /// go of it and `t` is appended in place, as CPython does, so that a loop building a
    /// string costs linear time rather than quadratic. Gives `a` back when that is not
    /// the case.
    #[inline(never)]
    pub(super) fn append_str_in_place(
        &mut self,
        next: Option<&crate::bytecode::Instr>,
        a: Value,
        b: &Value,
    ) -> Result<Value, Value> {
        let (Value::Str(x), Value::Str(y)) = (&a, b) else {
            return Err(a);
        };
        // The store may have been fused with the instruction after it.
        let Some(crate::bytecode::Instr { op, arg }) = next else {
            return Err(a);
        };
        if op.base() != crate::bytecode::Op::StoreFast {
            return Err(a);
        }
        let Some(slot) = self.values.get_mut(*arg as usize) else {
            return Err(a);
        };
        // The local and `a` itself must be the only references.
        let owned = matches!(&*slot, Value::Str(held) if Rc::ptr_eq(held, x))
            && Rc::strong_count(x) == 2
            && Rc::weak_count(x) == 0;
        if !owned {
            return Err(a);
        }
        *slot = Value::Null;
        let Value::Str(mut x) = a else {
            return Err(a);
        };
        match Rc::get_mut(&mut x) {
            Some(s) => {
                s.append(y);
                Ok(Value::Str(x))
            }
            None => {
                *slot = Value::Str(x.clone());
                Err(Value::Str(x))
            }
        }
    }
}
