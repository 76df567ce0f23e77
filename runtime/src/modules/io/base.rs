//! The abstract bases `IOBase`, `RawIOBase`, `BufferedIOBase` and `TextIOBase`: the
//! behaviour every stream shares (context manager, iteration by line, `readlines`,
//! `writelines`, `close`/`closed`, the "unsupported" defaults), written in terms of the
//! object's own methods so that user subclasses work as in CPython.

use crate::objects::function::Args;
use crate::objects::{PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

use super::errors::{closed_file, unsupported};
use super::{methods, properties, size_arg, IoTypes};
use crate::objects::methods::method_args;

pub fn register(t: &IoTypes) {
    methods(
        &t.iobase,
        &[
            ("__enter__", enter),
            ("__exit__", exit),
            ("__iter__", iter),
            ("__next__", next),
            ("close", close),
            ("flush", flush),
            ("readable", |_, _| Ok(Value::bool(false))),
            ("writable", |_, _| Ok(Value::bool(false))),
            ("seekable", |_, _| Ok(Value::bool(false))),
            ("isatty", isatty),
            ("fileno", |_, _| Err(unsupported("fileno"))),
            ("seek", |_, _| Err(unsupported("seek"))),
            ("truncate", |_, _| Err(unsupported("truncate"))),
            ("tell", tell),
            ("readline", readline),
            ("readlines", readlines),
            ("writelines", writelines),
        ],
    );
    properties(&t.iobase, &[("closed", closed)]);
    methods(
        &t.raw_iobase,
        &[
            ("read", |_, _| Err(unsupported("read"))),
            ("readall", readall),
            ("write", |_, _| {
                Err(PyErr::with_args(
                    &crate::objects::types().exc.not_implemented_error,
                    vec![],
                ))
            }),
        ],
    );
    methods(
        &t.buffered_iobase,
        &[
            ("read", |_, _| Err(unsupported("read"))),
            ("read1", |_, _| Err(unsupported("read1"))),
            ("write", |_, _| Err(unsupported("write"))),
            ("detach", |_, _| Err(unsupported("detach"))),
        ],
    );
    methods(
        &t.text_iobase,
        &[
            ("read", |_, _| Err(unsupported("read"))),
            ("write", |_, _| Err(unsupported("write"))),
            ("detach", |_, _| Err(unsupported("detach"))),
        ],
    );
    properties(
        &t.text_iobase,
        &[
            ("encoding", |_, _| Ok(Value::None)),
            ("errors", |_, _| Ok(Value::None)),
            ("newlines", |_, _| Ok(Value::None)),
        ],
    );
}

fn recv(args: &Args) -> PyResult<Value> {
    args.pos
        .first()
        .cloned()
        .ok_or_else(|| PyErr::type_error("method needs a receiver"))
}

/// `self.closed`, through whatever the object defines.
pub fn is_closed(vm: &mut Vm, obj: &Value) -> PyResult<bool> {
    let c = vm.get_attr(obj, &PyStr::intern("closed"))?;
    vm.truthy(&c)
}

fn check_not_closed(vm: &mut Vm, obj: &Value) -> PyResult<()> {
    if is_closed(vm, obj)? {
        Err(closed_file())
    } else {
        Ok(())
    }
}

const CLOSED_FLAG: &str = "__IOBase_closed";

fn closed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Instance(i)) = args.pos.first() else {
        return Ok(Value::bool(false));
    };
    Ok(Value::bool(matches!(
        i.attr(CLOSED_FLAG),
        Some(Value::Bool(crate::objects::WideBool::True))
    )))
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(&args)?;
    if is_closed(vm, &me)? {
        return Ok(Value::None);
    }
    let flushed = vm.call_method(&me, "flush", vec![]);
    if let Value::Instance(i) = &me {
        i.set_attr(CLOSED_FLAG, Value::bool(true));
    }
    flushed.map(|_| Value::None)
}

fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_not_closed(vm, &recv(&args)?)?;
    Ok(Value::None)
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_not_closed(vm, &recv(&args)?)?;
    Ok(Value::bool(false))
}

fn tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(&args)?;
    vm.call_method(&me, "seek", vec![Value::Int(0), Value::Int(1)])
}

fn enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(&args)?;
    check_not_closed(vm, &me)?;
    Ok(me)
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(&args)?;
    vm.call_method(&me, "close", vec![])?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(&args)?;
    check_not_closed(vm, &me)?;
    Ok(me)
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Str(s) => s.as_str().is_empty(),
        Value::Bytes(b) => b.data.is_empty(),
        _ => false,
    }
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(&args)?;
    let line = vm.call_method(&me, "readline", vec![])?;
    if is_empty(&line) {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(line)
}

/// `IOBase.readline`: byte by byte through `read(1)`.
fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(&args)?;
    let limit = size_arg(vm, args.pos.get(1))?;
    let mut out = Vec::new();
    while limit.map_or(true, |l| out.len() < l) {
        let b = vm.call_method(&me, "read", vec![Value::Int(1)])?;
        match &b {
            Value::Bytes(b) if !b.data.is_empty() => {
                out.extend_from_slice(&b.data);
                if b.data.ends_with(b"\n") {
                    break;
                }
            }
            Value::Bytes(_) | Value::None => break,
            other => {
                return Err(PyErr::type_error(format!(
                    "read() should have returned a bytes object, not '{}'",
                    other.type_name()
                )))
            }
        }
    }
    Ok(super::bytes_value(out))
}

fn readall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(&args)?;
    let mut out = Vec::new();
    loop {
        let chunk = vm.call_method(
            &me,
            "read",
            vec![Value::Int(super::DEFAULT_BUFFER_SIZE as i64)],
        )?;
        match &chunk {
            Value::Bytes(b) if !b.data.is_empty() => out.extend_from_slice(&b.data),
            _ => break,
        }
    }
    Ok(super::bytes_value(out))
}

/// Length of a line for the `hint` of `readlines`.
fn line_len(v: &Value) -> usize {
    match v {
        Value::Str(s) => s.char_len(),
        Value::Bytes(b) => b.data.len(),
        _ => 0,
    }
}

/// `readlines(hint=-1)`: lines until their total size exceeds `hint`.
pub fn readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(&args)?;
    let hint = size_arg(vm, args.pos.get(1))?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    let it = vm.get_iter(&me)?;
    while let Some(line) = vm.iter_next(&it)? {
        total += line_len(&line);
        lines.push(line);
        if hint.map_or(false, |h| total > h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

/// `writelines(lines)`: `write` for each item.
pub fn writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lines = method_args::one_arg(&args, "_IOBase", "writelines")?;
    let me = args.pos[0].clone();
    check_not_closed(vm, &me)?;
    let it = vm.get_iter(&lines)?;
    while let Some(line) = vm.iter_next(&it)? {
        vm.call_method(&me, "write", vec![line])?;
    }
    Ok(Value::None)
}
