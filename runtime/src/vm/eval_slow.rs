//! Instructions the dispatch loop runs out of line: ones that are rare in hot code and large
//! once their callees are inlined. Kept out of `execute`, they leave the loop a smaller
//! function whose frame state stays in registers.

use std::rc::Rc;

use crate::bytecode::format_flags;
use crate::objects::function::Args;
use crate::objects::{types, OrNone, PyDict, PyErr, PyResult, Value};

use super::eval::Raised;
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
                Value::string(self.format(&v, &spec_str)?)
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
            other => self.collect_iterable(&other).map_err(|e| {
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
        let mut kw = Vec::new();
        match &kwargs {
            None => {}
            Some(Value::Dict(d)) => {
                for (k, v) in d.items() {
                    match k {
                        Value::Str(s) => kw.push((s, v)),
                        _ => return Err(PyErr::type_error("keywords must be strings")),
                    }
                }
            }
            Some(other) => {
                let d = Rc::new(PyDict::new());
                self.dict_merge(&d, other, Some(&callable))?;
                for (k, v) in d.items() {
                    if let Value::Str(s) = k {
                        kw.push((s, v));
                    }
                }
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
}
