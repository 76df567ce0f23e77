//! Binding a native function's arguments to its named parameters, positionally or by
//! keyword, with the messages CPython's argument parser gives ("stat() missing required
//! argument 'path' (pos 1)", "'x' is an invalid keyword argument for stat()", …).
//!
//! Module functions whose CPython counterpart is written in Python (`posixpath`,
//! `linecache`, parts of `os` and `codecs`) bind through `DefParams` instead, which words
//! a wrong call as the interpreter words any `def`; positional-only C functions that
//! name their module when refusing keywords use `clinic_positional`. The "takes no
//! arguments" / "takes exactly one argument" forms are `Args::expect` with the qualified
//! name ("sys.getrecursionlimit").

use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::{PyErr, PyResult, PyStr, Value};

/// The parameters of `func`: `names` in order, the first `required` of them mandatory, the
/// first `positional` of them accepted by position (the rest are keyword-only).
pub struct Params<'a> {
    pub func: &'a str,
    pub names: &'a [&'a str],
    pub required: usize,
    pub positional: usize,
}

impl Params<'_> {
    /// One slot per name: the value given, or None.
    pub fn bind(&self, args: Args) -> PyResult<Vec<Option<Value>>> {
        self.bind_values(&args.pos, &args.kw, 0)
    }

    /// `bind` for keyword-only options (`key=`, `default=`) given beside positional
    /// arguments handled by the caller.
    pub fn bind_keywords(&self, kw: &[(Rc<PyStr>, Value)]) -> PyResult<Vec<Option<Value>>> {
        self.bind_values(&[], kw, 0)
    }

    /// `bind` where the first `posonly` parameters are positional-only (see
    /// `bind_method_posonly`).
    pub fn bind_posonly(&self, args: Args, posonly: usize) -> PyResult<Vec<Option<Value>>> {
        self.bind_values(&args.pos, &args.kw, posonly)
    }

    /// `bind` for a method: the receiver (`pos[0]`) is not one of the parameters and
    /// does not count in the messages.
    pub fn bind_method(&self, args: &Args) -> PyResult<Vec<Option<Value>>> {
        self.bind_method_posonly(args, 0)
    }

    /// `bind_method` where the first `posonly` parameters are positional-only (`int(x, /,
    /// base=10)`): their names are not keywords, and missing required ones are reported as
    /// "translate() takes at least 1 positional argument (0 given)".
    pub fn bind_method_posonly(&self, args: &Args, posonly: usize) -> PyResult<Vec<Option<Value>>> {
        self.bind_values(args.pos.get(1..).unwrap_or(&[]), &args.kw, posonly)
    }

    fn bind_values(
        &self,
        pos: &[Value],
        kw: &[(Rc<PyStr>, Value)],
        posonly: usize,
    ) -> PyResult<Vec<Option<Value>>> {
        let n = pos.len();
        let given = n + kw.len();
        let total = self.names.len();
        if given > total {
            return Err(PyErr::type_error(format!(
                "{}() takes at most {} {}argument{} ({} given)",
                self.func,
                total,
                if n == 0 { "keyword " } else { "" },
                if total == 1 { "" } else { "s" },
                given
            )));
        }
        if n > self.positional {
            if self.positional == 0 {
                return Err(PyErr::type_error(format!(
                    "{}() takes no positional arguments",
                    self.func
                )));
            }
            return Err(PyErr::type_error(format!(
                "{}() takes {} {} positional argument{} ({} given)",
                self.func,
                if self.required < self.positional {
                    "at most"
                } else {
                    "exactly"
                },
                self.positional,
                if self.positional == 1 { "" } else { "s" },
                n
            )));
        }
        let min_positional = posonly.min(self.required);
        if n < min_positional {
            return Err(PyErr::type_error(format!(
                "{}() takes {} {} positional argument{} ({} given)",
                self.func,
                if min_positional < self.positional {
                    "at least"
                } else {
                    "exactly"
                },
                min_positional,
                if min_positional == 1 { "" } else { "s" },
                n
            )));
        }
        let mut slots: Vec<Option<Value>> = vec![None; self.names.len()];
        for (slot, v) in slots.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        // As in CPython, a keyword that names no free parameter is reported only after the
        // missing required arguments.
        let mut stray: Option<(&Rc<PyStr>, Option<usize>)> = None;
        for (k, v) in kw {
            match self
                .names
                .iter()
                .skip(posonly)
                .position(|p| *p == k.as_str())
            {
                Some(i) if slots[i + posonly].is_none() => slots[i + posonly] = Some(v.clone()),
                found => {
                    stray.get_or_insert((k, found.map(|i| i + posonly)));
                }
            }
        }
        for (i, slot) in slots.iter().enumerate().take(self.required) {
            if slot.is_none() {
                return Err(PyErr::type_error(format!(
                    "{}() missing required argument '{}' (pos {})",
                    self.func,
                    self.names[i],
                    i + 1
                )));
            }
        }
        match stray {
            None => {}
            Some((k, Some(i))) => {
                return Err(PyErr::type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    self.func,
                    k.as_str(),
                    i + 1
                )))
            }
            Some((k, None)) => {
                return Err(PyErr::type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k.as_str(),
                    self.func
                )))
            }
        }
        Ok(slots)
    }
}

/// The given value, or None when the slot is empty or holds None.
pub fn present(slot: &Option<Value>) -> Option<&Value> {
    match slot {
        Some(Value::None) | None => None,
        Some(v) => Some(v),
    }
}

/// An integer argument (bool, int, or an object with `__index__`) as i64; CPython's
/// messages for anything else and for ints too large.
pub fn index_int(vm: &mut crate::vm::Vm, v: &Value) -> PyResult<i64> {
    index_int_as(vm, v, "long")
}

/// `index_int` for an argument CPython converts to the C type `c_type` ("long",
/// "ssize_t"), which names it when the int is too large.
pub fn index_int_as(vm: &mut crate::vm::Vm, v: &Value, c_type: &str) -> PyResult<i64> {
    match vm.index_value(v)? {
        Value::Int(i) => Ok(i),
        _ => Err(PyErr::overflow_error(format!(
            "Python int too large to convert to C {}",
            c_type
        ))),
    }
}

/// A zero-filled buffer of `n` bytes, or MemoryError when it cannot be allocated.
pub fn zeroed_buffer(n: usize) -> PyResult<Vec<u8>> {
    let mut buf = Vec::new();
    buf.try_reserve_exact(n)
        .map_err(|_| PyErr::memory_error())?;
    buf.resize(n, 0);
    Ok(buf)
}

/// The parameters of a function CPython writes in Python (`posixpath.basename`,
/// `os.getenv`, `codecs.getencoder`): a wrong call is worded as the interpreter words
/// any `def` ("basename() missing 1 required positional argument: 'p'", "getenv() takes
/// from 1 to 2 positional arguments but 3 were given", "walk() got an unexpected keyword
/// argument 'k'"). `names` are the parameters in order, the first `positional` of them
/// positional-or-keyword (the rest keyword-only), the first `required` of them mandatory.
pub struct DefParams<'a> {
    pub func: &'a str,
    pub names: &'a [&'a str],
    pub positional: usize,
    pub required: usize,
}

impl DefParams<'_> {
    /// One slot per name: the value given, or None. The errors come in the order the
    /// interpreter finds them: keywords first, then surplus positionals, then missing ones.
    pub fn bind(&self, args: &Args) -> PyResult<Vec<Option<Value>>> {
        let n = args.pos.len();
        let mut slots: Vec<Option<Value>> = vec![None; self.names.len()];
        for (slot, v) in slots.iter_mut().zip(&args.pos[..n.min(self.positional)]) {
            *slot = Some(v.clone());
        }
        let mut kwonly_given = 0;
        for (k, v) in &args.kw {
            match self.names.iter().position(|p| *p == k.as_str()) {
                Some(i) if slots[i].is_some() => {
                    return Err(PyErr::type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        self.func,
                        k.as_str()
                    )))
                }
                Some(i) => {
                    kwonly_given += usize::from(i >= self.positional);
                    slots[i] = Some(v.clone());
                }
                None => {
                    return Err(PyErr::type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        self.func,
                        k.as_str()
                    )))
                }
            }
        }
        if n > self.positional {
            return Err(self.too_many_positional(n, kwonly_given));
        }
        let missing: Vec<String> = (0..self.required)
            .filter(|&i| slots[i].is_none())
            .map(|i| self.names[i].to_string())
            .collect();
        if !missing.is_empty() {
            return Err(crate::vm::missing_args_error(
                self.func,
                "positional",
                &missing,
            ));
        }
        Ok(slots)
    }

    fn too_many_positional(&self, n: usize, kwonly_given: usize) -> PyErr {
        let (least, most) = (self.required, self.positional);
        crate::vm::too_many_positional_error(self.func, least, most, n, kwonly_given)
    }
}

/// The one argument of a Python-written function of one parameter `name`, given by
/// position or keyword (see `DefParams`).
pub fn def_one(a: &Args, func: &str, name: &str) -> PyResult<Value> {
    if a.kw.is_empty() && a.pos.len() == 1 {
        return Ok(a.pos[0].clone());
    }
    let slots = DefParams {
        func,
        names: &[name],
        positional: 1,
        required: 1,
    }
    .bind(a)?;
    Ok(slots.into_iter().next().flatten().unwrap_or(Value::None))
}

/// Positional-only arguments of a module function parsed the argument-clinic way:
/// keywords are refused naming the module ("sys.excepthook() takes no keyword
/// arguments"), a wrong count is not ("excepthook expected 3 arguments, got 1").
pub fn clinic_positional(
    a: &Args,
    module: &str,
    func: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}.{}() takes no keyword arguments",
            module, func
        )));
    }
    crate::objects::methods::method_args::count_expected(func, a.pos.len(), min, max)
}

/// An integer argument of an older-style C function read with the `i` format (a C int):
/// an int beyond a C long is "Python int too large to convert to C long", one beyond a C
/// int "signed integer is greater than maximum" (or "less than minimum").
pub fn format_i_int(vm: &mut crate::vm::Vm, v: &Value) -> PyResult<i64> {
    let n = index_int(vm, v)?;
    match i32::try_from(n) {
        Ok(_) => Ok(n),
        Err(_) => Err(PyErr::overflow_error(if n > 0 {
            "signed integer is greater than maximum"
        } else {
            "signed integer is less than minimum"
        })),
    }
}
