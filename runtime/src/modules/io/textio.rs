//! `io.TextIOWrapper`: the text file object `open()` returns in text modes (and
//! `sys.stdin`/`stdout`/`stderr`), over a buffered file, a `BytesIO`, or any binary stream.

use crate::objects::methods::method_args;
use crate::objects::OrNone;
use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::{PyErr, PyInstance, PyResult, PyType, Value};
use crate::vm::Vm;

use super::buffer::{BufKind, Buffered};
use super::buffered::{stream_query, BufCell};
use super::codec::Errors;
use super::errors::{uninitialized, unsupported};
use super::open::{bind_args, opt_str_arg};
use super::text::{Newline, TextState};
use super::text_codec::TextCodec;
use super::text_cookie::Cookie;
use super::{
    borrow_state, collect_text_lines, ctor_class, int_arg, methods, properties, repr_name,
    size_arg, this, truncate_arg, IoTypes, DEFAULT_BUFFER_SIZE,
};

pub type TextCell = RefCell<TextState>;

pub fn register(t: &IoTypes) {
    let ty = &t.text_wrapper;
    ty.ctor.set(Some(ctor));
    methods(
        ty,
        &[
            ("__init__", |_, _| Ok(Value::None)),
            ("__repr__", repr),
            ("__next__", next),
            ("read", read),
            ("readline", readline),
            ("readlines", readlines),
            ("write", write),
            ("flush", flush),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("close", close),
            ("detach", detach),
            ("fileno", |_, a| {
                with_buffer(&a, "fileno", |b| stream_query(b, "fileno"))
            }),
            ("isatty", |_, a| {
                with_buffer(&a, "isatty", |b| stream_query(b, "isatty"))
            }),
            ("readable", |_, a| {
                with_buffer(&a, "readable", |b| stream_query(b, "readable"))
            }),
            ("writable", |_, a| {
                with_buffer(&a, "writable", |b| stream_query(b, "writable"))
            }),
            ("seekable", |_, a| {
                with_buffer(&a, "seekable", |b| stream_query(b, "seekable"))
            }),
            ("reconfigure", reconfigure),
        ],
    );
    properties(
        ty,
        &[
            ("closed", closed),
            ("name", name),
            ("encoding", encoding),
            ("errors", errors),
            ("newlines", newlines),
            ("line_buffering", line_buffering),
            ("write_through", write_through),
        ],
    );
}

/// A text wrapper of class `cls` with the given state; `buffer_value` is its `.buffer`.
pub fn new_text_value(cls: &Rc<PyType>, state: TextState, buffer_value: Value) -> Value {
    let inst = PyInstance::with_native(cls.clone(), Box::new(RefCell::new(state)));
    inst.set_attr("buffer", buffer_value);
    Value::Instance(inst)
}

/// `TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
/// write_through=False)`.
fn ctor(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = ctor_class(&mut args)?;
    let a = bind_args(
        args,
        "TextIOWrapper",
        &[
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        1,
    )?;
    let buffer_value = a[0].clone().or_none();
    let encoding = opt_str_arg(&a[1], "TextIOWrapper", "encoding")?;
    let errors = opt_str_arg(&a[2], "TextIOWrapper", "errors")?;
    let newline = opt_str_arg(&a[3], "TextIOWrapper", "newline")?;
    let newline_mode = Newline::parse(newline.as_deref()).ok_or_else(|| {
        PyErr::value_error(format!(
            "illegal newline value: {}",
            newline.clone().unwrap_or_default()
        ))
    })?;
    let (codec, encoding_name) = TextCodec::for_file(encoding.as_ref())?;
    let flag = |vm: &mut Vm, v: &Option<Value>| -> PyResult<bool> {
        match v {
            None => Ok(false),
            Some(v) => vm.truthy(v),
        }
    };
    let line_buffering = flag(vm, &a[4])?;
    let write_through = flag(vm, &a[5])?;
    let buffered: BufCell = match &buffer_value {
        Value::Instance(i) if i.native::<BufCell>().is_some() => {
            i.native::<BufCell>().cloned().ok_or_else(uninitialized)?
        }
        other => {
            let raw = super::buffered::raw_for_object(vm, other, true, true)?;
            Buffered::new(raw, BufKind::Random, DEFAULT_BUFFER_SIZE)
        }
    };
    let mut state = TextState::new(
        buffered,
        codec,
        encoding_name,
        Errors::from_name(errors.as_deref().unwrap_or("strict")),
        newline_mode,
    );
    state.line_buffering = line_buffering;
    state.write_through = write_through;
    state.place_encoder(vm)?;
    Ok(new_text_value(&cls, state, buffer_value))
}

fn text_of(args: &Args, method: &str) -> PyResult<Rc<PyInstance>> {
    let inst = this(args, method, "_io.TextIOWrapper")?;
    if inst.native::<TextCell>().is_none() {
        return Err(uninitialized());
    }
    Ok(inst)
}

/// Runs `f` on the text state of the receiver.
fn with_text<R>(
    args: &Args,
    method: &str,
    f: impl FnOnce(&mut TextState) -> PyResult<R>,
) -> PyResult<R> {
    let inst = text_of(args, method)?;
    let cell = inst.native::<TextCell>().ok_or_else(uninitialized)?;
    let mut st = borrow_state(&inst, cell)?;
    f(&mut st)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let inst = text_of(&args, "__repr__")?;
    let (name, encoding) = with_text(&args, "__repr__", |st| {
        let name = st
            .buffer
            .try_borrow()
            .ok()
            .and_then(|b| b.raw.try_borrow().ok().map(|r| r.name.clone()))
            .or_none();
        Ok((name, st.encoding.clone()))
    })?;
    let mut out = String::from("<_io.TextIOWrapper");
    out.push_str(&repr_name(vm, &name)?);
    if let Some(mode) = inst.attr("mode") {
        out.push_str(&format!(" mode={}", vm.repr(&mode)?));
    }
    out.push_str(&format!(
        " encoding={}>",
        crate::objects::str::repr_str(&encoding)
    ));
    Ok(Value::string(out))
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = size_arg(vm, args.pos.get(1))?;
    with_text(&args, "read", |st| Ok(Value::string(st.read(vm, n)?)))
}

fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
            let n = int_arg(vm, v)?;
            (n >= 0).then_some(n as usize)
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    with_text(&args, "readline", |st| {
        Ok(Value::string(st.readline(vm, n)?))
    })
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let line = with_text(&args, "__next__", |st| {
        st.telling_disabled = true;
        let line = st.readline(vm, None)?;
        if line.is_empty() {
            st.telling_disabled = false;
        }
        Ok(line)
    })?;
    if line.is_empty() {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(Value::string(line))
}

fn readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let hint = size_arg(vm, args.pos.get(1))?.filter(|&h| h > 0);
    with_text(&args, "readlines", |st| {
        collect_text_lines(hint, || st.readline(vm, None))
    })
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::one_arg(&args, "TextIOWrapper", "write")?;
    let Value::Str(s) = &args.pos[1] else {
        return Err(PyErr::type_error(format!(
            "write() argument must be str, not {}",
            args.pos[1].type_name()
        )));
    };
    let s = s.clone();
    with_text(&args, "write", |st| {
        Ok(Value::from(st.write(vm, s.as_str(), s.char_len())?))
    })
}

fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_text(&args, "flush", |st| st.flush(vm).map(|_| Value::None))
}

/// `seek(cookie, whence=0)`: a cookie of `tell` may carry decoder state above bit 64.
fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::positional_of_receiver(&args, "seek", 1, 2)?;
    let cookie = match &args.pos[1] {
        Value::BigInt(big) => Cookie::from_big(big)?,
        other => {
            let position = int_arg(vm, other)?;
            match u64::try_from(position) {
                Ok(p) => Ok(Cookie::at(p, 0)),
                Err(_) => Err(position.to_string()),
            }
        }
    };
    let whence = match args.pos.get(2) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    with_text(&args, "seek", |st| {
        Ok(st.seek(vm, cookie, whence)?.to_value())
    })
}

fn tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_text(&args, "tell", |st| Ok(st.tell(vm)?.to_value()))
}

fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let size = truncate_arg(vm, &args)?.map(|n| n.max(0) as u64);
    with_text(&args, "truncate", |st| {
        Ok(Value::from(st.truncate(vm, size)? as usize))
    })
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_text(&args, "close", |st| st.close(vm).map(|_| Value::None))
}

fn detach(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let inst = text_of(&args, "detach")?;
    with_text(&args, "detach", |st| {
        st.flush(vm)?;
        st.detached = true;
        st.std_fd = None;
        Ok(())
    })?;
    let buffer = inst.attr("buffer");
    Ok(buffer.or_none())
}

/// Runs `f` on the buffer under the text layer (for the questions the raw file answers).
fn with_buffer<R>(
    args: &Args,
    method: &str,
    f: impl FnOnce(&Buffered) -> PyResult<R>,
) -> PyResult<R> {
    with_text(args, method, |st| {
        let b = st
            .buffer
            .try_borrow()
            .map_err(|_| PyErr::runtime_error("reentrant call inside a text file"))?;
        f(&b)
    })
}

/// `reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
/// write_through=None)`.
fn reconfigure(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(PyErr::type_error(
            "reconfigure() takes no positional arguments",
        ));
    }
    let receiver = Args::new(args.pos.clone());
    let kw = std::mem::take(&mut args.kw);
    let a = bind_args(
        Args {
            pos: Vec::new(),
            kw,
        },
        "reconfigure",
        &[
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        0,
    )?;
    let encoding = opt_str_arg(&a[0], "reconfigure", "encoding")?;
    let errors = opt_str_arg(&a[1], "reconfigure", "errors")?;
    let newline = match &a[2] {
        None => None,
        Some(v) => Some(
            Newline::parse(opt_str_arg(&Some(v.clone()), "reconfigure", "newline")?.as_deref())
                .ok_or_else(|| PyErr::value_error("illegal newline value"))?,
        ),
    };
    let line_buffering = match &a[3] {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.truthy(v)?),
    };
    let write_through = match &a[4] {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.truthy(v)?),
    };
    with_text(&receiver, "reconfigure", |st| {
        if st.has_decoded() && (encoding.is_some() || errors.is_some() || newline.is_some()) {
            return Err(unsupported(
                "It is not possible to set the encoding or newline of stream after the first read",
            ));
        }
        st.flush(vm)?;
        if let Some(e) = &encoding {
            (st.codec, st.encoding) = TextCodec::for_file(Some(e))?;
            st.place_encoder(vm)?;
            if errors.is_none() {
                st.errors = Errors::Strict;
            }
        }
        if let Some(e) = &errors {
            st.errors = Errors::from_name(e);
        }
        if let Some(n) = newline {
            st.newline = n;
        }
        if let Some(l) = line_buffering {
            st.line_buffering = l;
        }
        if let Some(w) = write_through {
            st.write_through = w;
        }
        Ok(Value::None)
    })
}

fn closed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_text(&args, "closed", |st| {
        if st.detached {
            return Err(PyErr::value_error("underlying buffer has been detached"));
        }
        Ok(Value::bool(st.is_closed()))
    })
}

fn name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_text(&args, "name", |st| {
        Ok(st
            .buffer
            .try_borrow()
            .ok()
            .and_then(|b| b.raw.try_borrow().ok().map(|r| r.name.clone()))
            .or_none())
    })
}

fn encoding(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_text(&args, "encoding", |st| Ok(Value::str(&st.encoding)))
}

fn errors(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_text(&args, "errors", |st| Ok(Value::str(st.errors.name())))
}

fn newlines(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_text(&args, "newlines", |st| {
        let seen = st.newlines();
        Ok(match seen.len() {
            0 => Value::None,
            1 => Value::str(seen[0]),
            _ => Value::tuple(seen.into_iter().map(Value::str).collect()),
        })
    })
}

fn line_buffering(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_text(&args, "line_buffering", |st| {
        Ok(Value::bool(st.line_buffering))
    })
}

fn write_through(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_text(&args, "write_through", |st| {
        Ok(Value::bool(st.write_through))
    })
}
