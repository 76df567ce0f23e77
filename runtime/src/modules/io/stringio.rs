//! `io.StringIO`: an in-memory text stream. Positions count characters; writing past the
//! end pads with NULs; `newline` translates as in CPython (the default `'\n'` keeps text
//! as it is).

use crate::objects::methods::method_args;
use crate::objects::OrNone;
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::{types, PyErr, PyInstance, PyResult, Value};
use crate::vm::Vm;

use super::errors::uninitialized;
use super::open::bind_args;
use super::text::{line_end, Newline};
use super::{
    borrow_state, collect_text_lines, ctor_class, has_user_init, methods, properties, seek_args,
    size_arg, this, truncate_arg, IoTypes,
};

pub struct StringState {
    text: String,
    /// Characters in `text`.
    chars: usize,
    /// Position in characters (may be past the end).
    pos: usize,
    closed: bool,
    newline: Newline,
    /// Line endings met by a universal-newline stream (bits: 1 `\r`, 2 `\n`, 4 `\r\n`).
    seen: u8,
}

type StringCell = RefCell<StringState>;

impl StringState {
    fn new() -> StringState {
        StringState {
            text: String::new(),
            chars: 0,
            pos: 0,
            closed: false,
            newline: Newline::Lf,
            seen: 0,
        }
    }

    fn check_open(&self) -> PyResult<()> {
        if self.closed {
            Err(PyErr::value_error("I/O operation on closed file"))
        } else {
            Ok(())
        }
    }

    /// Byte offset of character `i` (the end when past it).
    fn byte_at(&self, i: usize) -> usize {
        if self.text.len() == self.chars {
            return i.min(self.text.len());
        }
        self.text
            .char_indices()
            .nth(i)
            .map_or(self.text.len(), |(b, _)| b)
    }

    /// Applies the `newline` translation of written text.
    fn translate<'a>(&mut self, s: &'a str) -> Cow<'a, str> {
        if matches!(self.newline, Newline::Universal | Newline::Untranslated) {
            let b = s.as_bytes();
            for (i, &c) in b.iter().enumerate() {
                match c {
                    b'\r' if b.get(i + 1) == Some(&b'\n') => self.seen |= 4,
                    b'\r' => self.seen |= 1,
                    b'\n' if i > 0 && b[i - 1] == b'\r' => {}
                    b'\n' => self.seen |= 2,
                    _ => {}
                }
            }
        }
        match self.newline {
            Newline::Universal => {
                if s.contains('\r') {
                    Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
                } else {
                    Cow::Borrowed(s)
                }
            }
            Newline::Cr if s.contains('\n') => Cow::Owned(s.replace('\n', "\r")),
            Newline::CrLf if s.contains('\n') => Cow::Owned(s.replace('\n', "\r\n")),
            _ => Cow::Borrowed(s),
        }
    }

    fn write(&mut self, s: &str) -> PyResult<()> {
        let s = self.translate(s);
        let n = s.chars().count();
        if self.pos > self.chars {
            let pad = self.pos - self.chars;
            if pad > super::MAX_PAD || self.text.try_reserve(pad + s.len()).is_err() {
                return Err(PyErr::memory_error());
            }
            self.text.extend(std::iter::repeat('\0').take(pad));
            self.chars += pad;
        }
        if self.pos == self.chars {
            self.text.push_str(&s);
            self.chars += n;
        } else {
            let start = self.byte_at(self.pos);
            let end_char = (self.pos + n).min(self.chars);
            let end = self.byte_at(end_char);
            self.text.replace_range(start..end, &s);
            self.chars = self.chars - (end_char - self.pos) + n;
        }
        self.pos += n;
        Ok(())
    }

    fn read(&mut self, n: Option<usize>) -> String {
        if self.pos >= self.chars {
            return String::new();
        }
        let start = self.byte_at(self.pos);
        let take = n.unwrap_or(usize::MAX).min(self.chars - self.pos);
        let end = self.byte_at(self.pos + take);
        self.pos += take;
        self.text[start..end].to_string()
    }

    fn readline(&mut self, limit: Option<usize>) -> String {
        if self.pos >= self.chars {
            return String::new();
        }
        let start = self.byte_at(self.pos);
        let rest = &self.text[start..];
        let mut end = line_end(self.newline, rest, 0, true).unwrap_or(rest.len());
        if let Some(limit) = limit {
            if let Some((idx, _)) = rest[..end].char_indices().nth(limit) {
                end = idx;
            }
        }
        let line = rest[..end].to_string();
        self.pos += line.chars().count();
        line
    }
}

pub fn register(t: &IoTypes) {
    let ty = &t.string_io;
    ty.ctor.set(Some(ctor));
    methods(
        ty,
        &[
            ("__init__", init),
            ("__next__", next),
            ("getvalue", getvalue),
            ("read", read),
            ("readline", readline),
            ("readlines", readlines),
            ("write", write),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("close", close),
            ("flush", |_, _| Ok(Value::None)),
            ("readable", readable),
            ("writable", readable),
            ("seekable", readable),
        ],
    );
    properties(
        ty,
        &[
            ("closed", closed),
            ("newlines", newlines),
            ("line_buffering", line_buffering),
        ],
    );
}

fn ctor(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = ctor_class(&mut args)?;
    let user_init = has_user_init(&cls);
    let inst = PyInstance::with_native(cls, Box::new(RefCell::new(StringState::new())));
    let value = Value::Instance(inst);
    if !user_init {
        args.pos.insert(0, value.clone());
        init(vm, args)?;
    }
    Ok(value)
}

/// `StringIO.__init__(initial_value='', newline='\n')`.
fn init(_vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let me = args.pos.first().cloned().or_none();
    if !args.pos.is_empty() {
        args.pos.remove(0);
    }
    let a = bind_args(args, "StringIO", &["initial_value", "newline"], 0)?;
    let initial = match &a[0] {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.clone()),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "initial_value must be str or None, not {}",
                other.type_name()
            )))
        }
    };
    let newline = match &a[1] {
        None => Newline::Lf,
        Some(Value::None) => Newline::Universal,
        Some(Value::Str(s)) => Newline::parse(Some(s.as_str())).ok_or_else(|| {
            PyErr::value_error(format!(
                "illegal newline value: {}",
                crate::objects::str::repr_str(s.as_str())
            ))
        })?,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "newline must be str or None, not {}",
                other.type_name()
            )))
        }
    };
    with_state(&Args::new(vec![me]), "__init__", |st| {
        *st = StringState::new();
        st.newline = newline;
        if let Some(s) = initial {
            st.write(s.as_str())?;
            st.pos = 0;
        }
        Ok(Value::None)
    })
}

fn with_state<R>(
    args: &Args,
    method: &str,
    f: impl FnOnce(&mut StringState) -> PyResult<R>,
) -> PyResult<R> {
    let inst = this(args, method, "_io.StringIO")?;
    let cell = inst.native::<StringCell>().ok_or_else(uninitialized)?;
    let mut st = borrow_state(&inst, cell)?;
    f(&mut st)
}

fn with_open<R>(
    args: &Args,
    method: &str,
    f: impl FnOnce(&mut StringState) -> PyResult<R>,
) -> PyResult<R> {
    with_state(args, method, |st| {
        st.check_open()?;
        f(st)
    })
}

fn getvalue(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_open(&args, "getvalue", |st| Ok(Value::str(&st.text)))
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = size_arg(vm, args.pos.get(1))?;
    with_open(&args, "read", |st| Ok(Value::string(st.read(n))))
}

fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = size_arg(vm, args.pos.get(1))?;
    with_open(&args, "readline", |st| Ok(Value::string(st.readline(n))))
}

fn next(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let line = with_open(&args, "__next__", |st| Ok(st.readline(None)))?;
    if line.is_empty() {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(Value::string(line))
}

fn readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let hint = size_arg(vm, args.pos.get(1))?.filter(|&h| h > 0);
    with_open(&args, "readlines", |st| {
        collect_text_lines(hint, || Ok(st.readline(None)))
    })
}

fn write(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::one_arg(&args, "StringIO", "write")?;
    let Value::Str(s) = &args.pos[1] else {
        return Err(PyErr::type_error(format!(
            "string argument expected, got '{}'",
            args.pos[1].type_name()
        )));
    };
    let s = s.clone();
    with_open(&args, "write", |st| {
        st.write(s.as_str())?;
        Ok(Value::from(s.char_len()))
    })
}

/// Writes to a StringIO from the VM's `print` path; None when `file` is not one.
pub fn write_native(file: &Value, text: &str) -> Option<PyResult<()>> {
    let Value::Instance(inst) = file else {
        return None;
    };
    if !Rc::ptr_eq(&inst.class(), &super::io_types().string_io) {
        return None;
    }
    let cell = inst.native::<StringCell>()?;
    Some(borrow_state(inst, cell).and_then(|mut st| {
        st.check_open()?;
        st.write(text)
    }))
}

fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (pos, whence) = seek_args(vm, &args)?;
    with_open(&args, "seek", |st| {
        match whence {
            0 if pos < 0 => {
                return Err(PyErr::value_error(format!(
                    "Negative seek position {}",
                    pos
                )))
            }
            0 => st.pos = pos.min(isize::MAX as i64) as usize,
            1 | 2 if pos != 0 => {
                return Err(PyErr::new(
                    &types().exc.os_error,
                    "Can't do nonzero cur-relative seeks",
                ))
            }
            1 => {}
            2 => st.pos = st.chars,
            _ => {
                return Err(PyErr::value_error(format!(
                    "Invalid whence ({}, should be 0, 1 or 2)",
                    whence
                )))
            }
        }
        Ok(Value::from(st.pos))
    })
}

fn tell(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_open(&args, "tell", |st| Ok(Value::from(st.pos)))
}

fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let size = truncate_arg(vm, &args)?;
    with_open(&args, "truncate", |st| {
        let size = size.unwrap_or(st.pos as i64);
        if size < 0 {
            return Err(PyErr::value_error(format!("Negative size value {}", size)));
        }
        let size = size as usize;
        if size < st.chars {
            let b = st.byte_at(size);
            st.text.truncate(b);
            st.chars = size;
        }
        Ok(Value::from(size))
    })
}

fn close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_state(&args, "close", |st| {
        st.closed = true;
        st.text = String::new();
        Ok(Value::None)
    })
}

fn readable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_open(&args, "readable", |_| Ok(Value::bool(true)))
}

fn closed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_state(&args, "closed", |st| Ok(Value::bool(st.closed)))
}

fn line_buffering(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_open(&args, "line_buffering", |_| Ok(Value::bool(false)))
}

fn newlines(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_open(&args, "newlines", |st| {
        let seen: Vec<&str> = [(1, "\r"), (2, "\n"), (4, "\r\n")]
            .iter()
            .filter(|(bit, _)| st.seen & bit != 0)
            .map(|(_, s)| *s)
            .collect();
        Ok(match seen.len() {
            0 => Value::None,
            1 => Value::str(seen[0]),
            _ => Value::tuple(seen.into_iter().map(Value::str).collect()),
        })
    })
}
