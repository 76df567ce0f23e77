//! The `sys` module: argv, path, modules, the standard streams, exit, recursion limit,
//! version information and the exception being handled.

use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::typeobj::Layout;
use crate::objects::{types, PyBuiltin, PyErr, PyInstance, PyResult, PyType, Value};
use crate::vm::Vm;

thread_local! {
    static STREAM_TYPE: Rc<PyType> = {
        let t = PyType::new_builtin("TextIOWrapper", vec![types().object.clone()], Layout::Object);
        t.dict.set_str("__module__", Value::str("_io"));
        t.dict.set_str("write", PyBuiltin::value("write", stream_write));
        t.dict.set_str("flush", PyBuiltin::value("flush", stream_flush));
        t.dict.set_str("fileno", PyBuiltin::value("fileno", stream_fileno));
        t.dict.set_str("isatty", PyBuiltin::value("isatty", stream_isatty));
        t.dict.set_str("readline", PyBuiltin::value("readline", stream_readline));
        t.dict.set_str("read", PyBuiltin::value("read", stream_read));
        t
    };
}

thread_local! {
    static NAMESPACE_TYPE: Rc<PyType> = {
        let t = PyType::new_builtin("SimpleNamespace", vec![types().object.clone()], Layout::Object);
        t.dict.set_str("__module__", Value::str("types"));
        t
    };
}

/// The class of simple attribute bags like `sys.implementation`.
pub fn namespace_type() -> Rc<PyType> {
    NAMESPACE_TYPE.with(|t| t.clone())
}

/// The file descriptor of one of the standard stream objects, or None for anything else.
pub fn std_stream_fd(v: &Value) -> Option<i64> {
    let Value::Instance(i) = v else { return None };
    let is_stream = STREAM_TYPE.with(|t| Rc::ptr_eq(&i.class(), t));
    if !is_stream {
        return None;
    }
    match i.dict.get_str("_fd") {
        Some(Value::Int(fd)) => Some(fd),
        _ => None,
    }
}

fn new_stream(fd: i64, name: &str, mode: &str) -> Value {
    let inst = PyInstance::new(STREAM_TYPE.with(|t| t.clone()));
    inst.dict.set_str("_fd", Value::Int(fd));
    inst.dict.set_str("name", Value::str(name));
    inst.dict.set_str("mode", Value::str(mode));
    inst.dict.set_str("encoding", Value::str("utf-8"));
    Value::Instance(inst)
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("write", 2, 2)?;
    let s = match &args.pos[1] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(PyErr::type_error(format!(
                "write() argument must be str, not {}",
                other.type_name()
            )))
        }
    };
    vm.write_to(&args.pos[0], s.as_str())?;
    Ok(Value::Int(s.char_len() as i64))
}

fn stream_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if std_stream_fd(&args.pos[0]) == Some(1) {
        vm.flush_stdout();
    }
    Ok(Value::None)
}

fn stream_fileno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(std_stream_fd(&args.pos[0]).unwrap_or(-1)))
}

fn stream_isatty(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let tty = match std_stream_fd(&args.pos[0]) {
        Some(0) => std::io::stdin().is_terminal(),
        Some(1) => std::io::stdout().is_terminal(),
        Some(2) => std::io::stderr().is_terminal(),
        _ => false,
    };
    Ok(Value::Bool(tty))
}

fn stream_read(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    use std::io::Read;
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| PyErr::os_error(e.to_string()))?;
    Ok(Value::string(text))
}

fn stream_readline(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| PyErr::os_error(e.to_string()))?;
    Ok(Value::string(line))
}

pub fn init(vm: &mut Vm, argv: Vec<String>) {
    let sys = vm.sys.clone();
    let set = |n: &str, v: Value| sys.set(n, v);
    set(
        "argv",
        Value::list(argv.iter().map(|a| Value::str(a)).collect()),
    );
    set(
        "orig_argv",
        Value::list(argv.iter().map(|a| Value::str(a)).collect()),
    );
    set("path", Value::list(Vec::new()));
    set("modules", Value::Dict(vm.modules.clone()));
    let (stdin, stdout, stderr) = (
        new_stream(0, "<stdin>", "r"),
        new_stream(1, "<stdout>", "w"),
        new_stream(2, "<stderr>", "w"),
    );
    set("stdin", stdin.clone());
    set("stdout", stdout.clone());
    set("stderr", stderr.clone());
    set("__stdin__", stdin);
    set("__stdout__", stdout);
    set("__stderr__", stderr);
    set("version", Value::str("3.11.7 (tote 0.1.0)"));
    set(
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    set("hexversion", Value::Int(0x030b07f0));
    set(
        "platform",
        Value::str(if cfg!(target_os = "macos") {
            "darwin"
        } else {
            "linux"
        }),
    );
    set(
        "byteorder",
        Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set("maxsize", Value::Int(i64::MAX));
    set("maxunicode", Value::Int(0x10ffff));
    set(
        "executable",
        Value::str(
            &std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
    );
    set("frozen", Value::Bool(false));
    set("dont_write_bytecode", Value::Bool(true));
    let implementation = PyInstance::new(namespace_type());
    implementation.dict.set_str("name", Value::str("tote"));
    implementation.dict.set_str("cache_tag", Value::None);
    implementation.dict.set_str(
        "version",
        Value::tuple(vec![
            Value::Int(0),
            Value::Int(1),
            Value::Int(0),
            Value::str("alpha"),
            Value::Int(0),
        ]),
    );
    set("implementation", Value::Instance(implementation));
    let f =
        |n: &'static str, f: crate::objects::function::NativeFn| sys.set(n, PyBuiltin::value(n, f));
    f("exit", sys_exit);
    f("getrecursionlimit", |vm, _| {
        Ok(Value::Int(vm.recursion_limit as i64))
    });
    f("setrecursionlimit", sys_setrecursionlimit);
    f("exc_info", sys_exc_info);
    f("exception", |vm, _| Ok(vm.handled_exc.clone()));
    f("intern", |_, a| {
        Ok(a.pos.first().cloned().unwrap_or(Value::None))
    });
    f("_getframe", crate::vm::frame_objects::sys_getframe);
    f("getdefaultencoding", |_, _| Ok(Value::str("utf-8")));
    f("getfilesystemencoding", |_, _| Ok(Value::str("utf-8")));
}

fn sys_exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("exit", 0, 1)?;
    Err(PyErr::with_args(&types().exc.system_exit, args.pos))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("setrecursionlimit", 1, 1)?;
    match &args.pos[0] {
        Value::Int(n) if *n >= 1 => {
            if (*n as usize) <= vm.frames.len() {
                return Err(PyErr::recursion_error(format!(
                    "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                    n,
                    vm.frames.len()
                )));
            }
            // The frame stack is on the heap, so deep limits are safe; cap absurd values.
            vm.recursion_limit = (*n as usize).min(1_000_000);
            Ok(Value::None)
        }
        Value::Int(_) => Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        )),
        other => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

fn sys_exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(match &vm.handled_exc {
        Value::None => Value::tuple(vec![Value::None, Value::None, Value::None]),
        e => Value::tuple(vec![
            Value::Type(e.type_of()),
            e.clone(),
            vm.traceback_value(e),
        ]),
    })
}
