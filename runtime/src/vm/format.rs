//! `format()` on any value (the builtin types' specs are parsed and rendered by
//! `format_spec.rs`; other objects go through `__format__`), and printf-style `%`
//! formatting of str and bytes.

use num_bigint::BigInt;
use num_traits::Signed;

use super::format_spec::{
    format_complex, format_float, format_int, format_str, pad, parse_spec, sign_prefix, Spec,
};
use crate::objects::{int, PyErr, PyResult, PyStr, Value};
use std::rc::Rc;

use super::Vm;

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) if !spec.is_empty() => {
                let name = if matches!(v, Value::Bool(_)) {
                    "bool"
                } else {
                    "int"
                };
                let n = int::to_bigint(v).unwrap_or_default();
                format_int(&n, &parse_spec(spec, name, Some('d'))?, name)
            }
            Value::Float(f) if !spec.is_empty() => {
                format_float(f.get(), &parse_spec(spec, "float", None)?, "float")
            }
            Value::Complex(c) if !spec.is_empty() => {
                format_complex(c.re, c.im, &parse_spec(spec, "complex", None)?)
            }
            Value::Str(s) => format_str(s.as_str(), &parse_spec(spec, "str", Some('s'))?),
            // A class's metaclass may define `__format__`.
            Value::Instance(_) | Value::Type(_) => {
                let ty = v.type_of();
                if let Some(m) = ty.lookup("__format__") {
                    if !super::special_call::is_builtin_method(&m) {
                        let r = self.format_by_method(&m, v, spec)?;
                        return Ok(super::repr::str_result(r)
                            .map(|s| s.as_str().to_string())
                            .unwrap_or_default());
                    }
                }
                // A subclass of a builtin type with its own `__format__` (the numbers, str)
                // formats its value with a spec, and as `str(v)` without one; the others
                // inherit `object.__format__`, whose refusal names the subclass.
                if let (Some(b), false) = (super::subclass::base_value(v), spec.is_empty()) {
                    if matches!(
                        b,
                        Value::Int(_)
                            | Value::BigInt(_)
                            | Value::Bool(_)
                            | Value::Float(_)
                            | Value::Complex(..)
                            | Value::Str(_)
                    ) {
                        return self.format(&b, spec);
                    }
                }
                self.default_format(v, spec)
            }
            _ => self.default_format(v, spec),
        }
    }

    /// The builtin `format(v, spec)` as an object: what a class's own `__format__`
    /// returned, kept as it is when it is an instance of a str subclass (as CPython does).
    pub fn format_object(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        if let Value::Instance(_) | Value::Type(_) = v {
            if let Some(m) = v.type_of().lookup("__format__") {
                if !super::special_call::is_builtin_method(&m) {
                    return self.format_by_method(&m, v, spec);
                }
            }
            // `object.__format__` with no spec is `str(v)`, a str subclass's instance
            // included (a builtin value's subclass formats its value instead).
            if spec.is_empty() && super::subclass::base_value(v).is_none() {
                return self.str_object(v);
            }
        }
        match v {
            Value::Str(s) => return Ok(Value::Str(self.format_text(s, spec)?)),
            // With a spec, a str subclass's instance comes back itself where its text
            // would; without one it gives `str(v)`, an exact copy (`format` below).
            Value::Instance(_) if !spec.is_empty() => {
                if let Some(Value::Str(base)) = super::subclass::base_value(v) {
                    let out = self.format_text(&base, spec)?;
                    return Ok(if Rc::ptr_eq(&out, &base) {
                        v.clone()
                    } else {
                        Value::Str(out)
                    });
                }
            }
            _ => {}
        }
        Ok(Value::string(self.format(v, spec)?))
    }

    /// `format(s, spec)` of the str `s`: `s` itself when the spec neither pads nor
    /// truncates, as CPython's writer hands back the str it was given.
    pub fn format_text(&mut self, s: &Rc<PyStr>, spec: &str) -> PyResult<Rc<PyStr>> {
        if spec.is_empty() {
            return Ok(s.clone());
        }
        let out = format_str(s.as_str(), &parse_spec(spec, "str", Some('s'))?)?;
        Ok(if out.len() == s.as_str().len() {
            s.clone()
        } else {
            Rc::new(PyStr::from_string(out))
        })
    }

    /// Calls a class's `__format__`, checking that it returned a str (or an instance of a
    /// str subclass).
    fn format_by_method(&mut self, m: &Value, v: &Value, spec: &str) -> PyResult<Value> {
        let r = self.call_special(m, vec![v.clone(), Value::str(spec)])?;
        match super::repr::str_result(r.clone()) {
            Ok(_) => Ok(r),
            Err(other) => Err(PyErr::type_error(format!(
                "__format__ must return a str, not {}",
                other.type_name()
            ))),
        }
    }

    fn default_format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if !spec.is_empty() {
            return Err(PyErr::type_error(format!(
                "unsupported format string passed to {}.__format__",
                v.type_name()
            )));
        }
        Ok(self.to_str(v)?.as_str().to_string())
    }

    /// `fmt % args` for str.
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        self.percent_format_as(fmt, args, false)
    }

    /// `fmt % args` for str as an object. A format that is one bare `%s` or `%r` applied
    /// to a single (non-tuple) value gives what `str()`/`repr()` gives, a str subclass's
    /// instance included, as CPython's does.
    /// A format without conversions gives itself back (a str subclass's instance too:
    /// see `binop_on_bases`).
    pub fn percent_format_value(&mut self, fmt: &Rc<PyStr>, args: &Value) -> PyResult<Value> {
        match (fmt.as_str(), args) {
            (_, Value::Tuple(_)) => {}
            ("%s", _) => return self.str_object(args),
            ("%r", _) => return self.repr_object(args),
            // `ascii()` of a repr that is all ASCII is that repr itself.
            ("%a", _) => {
                let r = self.repr_object(args)?;
                let plain = super::subclass::base_value(&r).unwrap_or_else(|| r.clone());
                return Ok(match &plain {
                    Value::Str(s) if s.as_str().is_ascii() => r,
                    Value::Str(s) => {
                        Value::string(crate::objects::str::escape_non_ascii(s.as_str()))
                    }
                    // repr_object has refused anything else already.
                    _ => r,
                });
            }
            _ => {}
        }
        let out = self.percent_format(fmt.as_str(), args)?;
        if !fmt.as_str().contains('%') {
            return Ok(Value::Str(fmt.clone()));
        }
        Ok(Value::string(out))
    }

    /// `fmt % args` for bytes and bytearray. The format is read as Latin-1 text, so each
    /// byte is one character; `%s`/`%b`, `%r`/`%a` and `%c` take their bytes meanings
    /// (`bytes_mode`), and the result is encoded back, one byte per character.
    pub fn percent_format_bytes(&mut self, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
        let text: String = fmt.iter().map(|&b| b as char).collect();
        let out = self.percent_format_as(&text, args, true)?;
        Ok(out.chars().map(|c| c as u32 as u8).collect())
    }

    fn percent_format_as(&mut self, fmt: &str, args: &Value, bytes_mode: bool) -> PyResult<String> {
        // A tuple subclass supplies its items, as a tuple does (never as a mapping).
        let tuple = match super::subclass::base_value(args) {
            Some(Value::Tuple(t)) => Some(t),
            _ => match args {
                Value::Tuple(t) => Some(t.clone()),
                _ => None,
            },
        };
        // Anything subscriptable but a tuple or a string of the format's own kind is taken as
        // a mapping (so `'x' % []` converts nothing and is no error).
        let own_kind = if bytes_mode {
            matches!(args, Value::Bytes(_) | Value::ByteArray(_) | Value::Str(_))
        } else {
            matches!(args, Value::Str(_))
        };
        let mapping = match args {
            Value::Dict(_) => Some(args.clone()),
            _ if tuple.is_none() && !own_kind && args.type_of().lookup("__getitem__").is_some() => {
                Some(args.clone())
            }
            _ => None,
        };
        let items: Vec<Value> = match &tuple {
            Some(t) => t.items.clone(),
            None => vec![args.clone()],
        };
        let mut next = 0usize;
        let mut out = String::with_capacity(fmt.len() + 16);
        let chars: Vec<char> = fmt.chars().collect();
        let mut i = 0;
        let take = |vm: &mut Vm, next: &mut usize| -> PyResult<Value> {
            let _ = vm;
            let v = items
                .get(*next)
                .cloned()
                .ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
            *next += 1;
            Ok(v)
        };
        while i < chars.len() {
            let c = chars[i];
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            if i >= chars.len() {
                return Err(PyErr::value_error("incomplete format"));
            }
            // Only `%%` is a literal percent; `%5%` takes an argument and then fails.
            if chars[i] == '%' {
                out.push('%');
                i += 1;
                continue;
            }
            let mut key_value = None;
            if chars[i] == '(' {
                // CPython asks for the mapping before it reads the key.
                let Some(m) = &mapping else {
                    return Err(PyErr::type_error("format requires a mapping"));
                };
                let start = i + 1;
                let mut depth = 1;
                i += 1;
                while i < chars.len() && depth > 0 {
                    if chars[i] == '(' {
                        depth += 1;
                    } else if chars[i] == ')' {
                        depth -= 1;
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(PyErr::value_error("incomplete format key"));
                }
                let key: String = chars[start..i - 1].iter().collect();
                let key = if bytes_mode {
                    crate::objects::bytes::bytes_value(
                        key.chars().map(|c| c as u32 as u8).collect(),
                    )
                } else {
                    Value::string(key)
                };
                key_value = Some(self.get_item(m, &key)?);
                // Once a key is used, the mapping is no longer one positional argument.
                next = items.len();
            }
            let mut spec = Spec::default();
            while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
                match chars[i] {
                    '-' => spec.align = Some('<'),
                    '+' => spec.sign = Some('+'),
                    ' ' => {
                        if spec.sign.is_none() {
                            spec.sign = Some(' ')
                        }
                    }
                    '#' => spec.alternate = true,
                    _ => spec.zero = true,
                }
                i += 1;
            }
            if i < chars.len() && chars[i] == '*' {
                let w = star_arg(&take(self, &mut next)?, "ssize_t")?;
                if w < 0 {
                    spec.align = Some('<');
                }
                spec.width = Some(w.unsigned_abs() as usize);
                i += 1;
            } else {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                if i > start {
                    spec.width = chars[start..i].iter().collect::<String>().parse().ok();
                }
            }
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                if i < chars.len() && chars[i] == '*' {
                    let p = star_arg(&take(self, &mut next)?, "int")?;
                    spec.precision = Some(p.max(0) as usize);
                    i += 1;
                } else {
                    let start = i;
                    while i < chars.len() && chars[i].is_ascii_digit() {
                        i += 1;
                    }
                    spec.precision = Some(
                        chars[start..i]
                            .iter()
                            .collect::<String>()
                            .parse()
                            .unwrap_or(0),
                    );
                }
            }
            while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
                i += 1;
            }
            let Some(&conv) = chars.get(i) else {
                return Err(PyErr::value_error("incomplete format"));
            };
            i += 1;
            if spec.zero && spec.align == Some('<') {
                spec.zero = false;
            }
            let v = match key_value.take() {
                Some(v) => v,
                None => take(self, &mut next)?,
            };
            // The numeric conversions read an int or float subclass instance's value.
            let v = match super::subclass::base_value(&v) {
                Some(b @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_)))
                    if !matches!(conv, 's' | 'r' | 'a') =>
                {
                    b
                }
                _ => v,
            };
            let piece = match conv {
                's' | 'b' | 'r' | 'a' | 'c' if bytes_mode => {
                    let body = crate::objects::methods::bytes_new::percent_piece(self, conv, &v)?;
                    let mut body: String = body.iter().map(|&b| b as char).collect();
                    if let (Some(p), true) = (spec.precision, matches!(conv, 's' | 'b' | 'r' | 'a'))
                    {
                        body = body.chars().take(p).collect();
                    }
                    spec.zero = false;
                    pad(&spec, "", &body, '>')
                }
                's' | 'r' | 'a' => {
                    let s = match conv {
                        's' => self.to_str(&v)?.as_str().to_string(),
                        'r' => self.repr(&v)?,
                        _ => crate::objects::str::escape_non_ascii(&self.repr(&v)?),
                    };
                    spec.zero = false;
                    let body: String = match spec.precision {
                        Some(p) => s.chars().take(p).collect(),
                        None => s,
                    };
                    pad(&spec, "", &body, '>')
                }
                'd' | 'i' | 'u' => {
                    // bytes formatting names `%i` as `%d` in its errors.
                    let named = if bytes_mode && conv == 'i' { 'd' } else { conv };
                    let n = self.percent_int(&v, named)?;
                    crate::objects::int_str_limit::check_int_to_str(&n)?;
                    let prec = spec.precision.take();
                    spec.ty = Some('d');
                    let s = zero_extend(n.abs().to_string(), prec);
                    pad(&spec, sign_prefix(n.is_negative(), spec.sign), &s, '>')
                }
                'x' | 'X' | 'o' => {
                    let n = self.percent_int(&v, conv)?;
                    spec.ty = Some(conv);
                    let radix = if conv == 'o' { 8 } else { 16 };
                    let mut digits =
                        zero_extend(n.abs().to_str_radix(radix), spec.precision.take());
                    if conv == 'X' {
                        digits = digits.to_uppercase();
                    }
                    let mut sign = sign_prefix(n.is_negative(), spec.sign).to_string();
                    if spec.alternate {
                        sign.push_str(match conv {
                            'x' => "0x",
                            'X' => "0X",
                            _ => "0o",
                        });
                    }
                    pad(&spec, &sign, &digits, '>')
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let f = match &v {
                        Value::Float(f) => f.get(),
                        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => int::int_to_f64(&v)?,
                        Value::Instance(_)
                            if v.type_of().lookup("__float__").is_some()
                                || v.type_of().lookup("__index__").is_some() =>
                        {
                            crate::modules::builtins_numbers::to_float(self, &v)?
                        }
                        other if bytes_mode => {
                            return Err(PyErr::type_error(format!(
                                "float argument required, not {}",
                                other.type_name()
                            )))
                        }
                        other => {
                            return Err(PyErr::type_error(format!(
                                "must be real number, not {}",
                                other.type_name()
                            )))
                        }
                    };
                    spec.ty = Some(conv);
                    if spec.precision.is_none() {
                        spec.precision = Some(6);
                    }
                    format_float(f, &spec, "float")?
                }
                'c' => {
                    let s = match &v {
                        Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                        Value::Str(_) | Value::Float(_) => {
                            return Err(PyErr::type_error("%c requires int or char"))
                        }
                        // A TypeError (no `__index__`, a wrong result) is the format's
                        // own; other errors of `__index__` pass through, as in CPython.
                        _ => {
                            let n = self.index_value(&v).map_err(|e| {
                                if e.is_instance(&crate::objects::types().exc.type_error) {
                                    PyErr::type_error("%c requires int or char")
                                } else {
                                    e
                                }
                            })?;
                            int::to_bigint(&n)
                                .and_then(|n| u32::try_from(n).ok())
                                .and_then(crate::objects::surrogates::char_for_code_point)
                                .map(|c| c.to_string())
                                .ok_or_else(|| {
                                    PyErr::overflow_error("%c arg not in range(0x110000)")
                                })?
                        }
                    };
                    // `0` pads numbers only.
                    spec.zero = false;
                    pad(&spec, "", &s, '>')
                }
                other => {
                    return Err(PyErr::value_error(format!(
                        "unsupported format character '{}' ({:#x}) at index {}",
                        other,
                        other as u32,
                        i - 1
                    )))
                }
            };
            out.push_str(&piece);
        }
        if mapping.is_none() && next < items.len() && !matches!(args, Value::Dict(_)) {
            return Err(PyErr::type_error(if bytes_mode {
                "not all arguments converted during bytes formatting"
            } else {
                "not all arguments converted during string formatting"
            }));
        }
        Ok(out)
    }

    fn percent_int(&mut self, v: &Value, conv: char) -> PyResult<BigInt> {
        let decimal = matches!(conv, 'd' | 'i' | 'u');
        let wrong_type = |v: &Value| {
            PyErr::type_error(format!(
                "%{} format: {} is required, not {}",
                conv,
                if decimal {
                    "a real number"
                } else {
                    "an integer"
                },
                v.type_name()
            ))
        };
        // A conversion method that fails with a TypeError (a wrong result type, a method
        // set to None) reports the format's own error, as CPython's does.
        let converted = |r: PyResult<Value>| match r {
            Ok(n) => Ok(int::to_bigint(&n).unwrap_or_default()),
            Err(e) if e.is_instance(&crate::objects::types().exc.type_error) => Err(wrong_type(v)),
            Err(e) => Err(e),
        };
        match v {
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                Ok(int::to_bigint(v).unwrap_or_default())
            }
            // `%d` converts as `int()` does; `%x` and `%o` take what `__index__` gives.
            Value::Instance(_)
                if decimal
                    && (v.type_of().lookup("__int__").is_some()
                        || v.type_of().lookup("__index__").is_some()) =>
            {
                converted(crate::modules::builtins_numbers::ctor_int(
                    self,
                    crate::objects::function::Args::new(vec![
                        Value::Type(crate::objects::types().int.clone()),
                        v.clone(),
                    ]),
                ))
            }
            Value::Instance(_) if v.type_of().lookup("__index__").is_some() => {
                converted(self.index_value(v))
            }
            Value::Float(f) if decimal => {
                let f = f.get();
                if f.is_nan() {
                    return Err(PyErr::value_error("cannot convert float NaN to integer"));
                }
                Ok(int::float_to_bigint(f.trunc()).ok_or_else(|| {
                    PyErr::overflow_error("cannot convert float infinity to integer")
                })?)
            }
            other => Err(wrong_type(other)),
        }
    }
}

/// The value a `*` width or precision takes from the arguments: any int, bool and int
/// subclasses included; `c_type` names the C type a too-large one overflows.
fn star_arg(v: &Value, c_type: &str) -> PyResult<i64> {
    match super::subclass::base_value(v).as_ref().unwrap_or(v) {
        Value::Int(n) if c_type != "int" || i32::try_from(*n).is_ok() => Ok(*n),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::Int(_) | Value::BigInt(_) => Err(PyErr::overflow_error(format!(
            "Python int too large to convert to C {}",
            c_type
        ))),
        _ => Err(PyErr::type_error("* wants int")),
    }
}

/// `digits` with leading zeros up to `precision` digits (`%.3d`, `%.3x`).
fn zero_extend(digits: String, precision: Option<usize>) -> String {
    match precision {
        Some(p) if digits.len() < p => "0".repeat(p - digits.len()) + &digits,
        _ => digits,
    }
}
