//! The `sys` module: argv, path, modules, the standard streams, exit, recursion limit,
//! version information and the exception being handled.

use crate::objects::OrNone;
use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::methods::method_args::bad_argument;
use crate::objects::typeobj::Layout;
use crate::objects::{types, PyBuiltin, PyErr, PyInstance, PyResult, PyType, Value};
use crate::vm::Vm;

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
    let (stdin, stdout, stderr) = crate::modules::io::stdio::std_streams();
    set("stdin", stdin.clone());
    set("stdout", stdout.clone());
    set("stderr", stderr.clone());
    set("__stdin__", stdin);
    set("__stdout__", stdout);
    set("__stderr__", stderr);
    set("version", Value::str("3.11.7 (tote 0.1.0)"));
    super::sys_info::install(&sys);
    super::sys_asyncgen_hooks::install(&sys);
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
    set("frozen", Value::bool(false));
    set("dont_write_bytecode", Value::bool(true));
    let implementation = PyInstance::new(namespace_type());
    implementation.set_attr("name", Value::str("tote"));
    implementation.set_attr("cache_tag", Value::None);
    implementation.set_attr(
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
    f("getrecursionlimit", |vm, a| {
        a.expect("sys.getrecursionlimit", 0, 0)?;
        Ok(Value::Int(vm.recursion_limit as i64))
    });
    f("setrecursionlimit", sys_setrecursionlimit);
    f("get_int_max_str_digits", |_, a| {
        a.expect("sys.get_int_max_str_digits", 0, 0)?;
        Ok(Value::Int(
            crate::objects::int_str_limit::max_str_digits() as i64
        ))
    });
    f("set_int_max_str_digits", sys_set_int_max_str_digits);
    f("exc_info", sys_exc_info);
    f("exception", |vm, a| {
        a.expect("sys.exception", 0, 0)?;
        Ok(vm.handled_exc.clone())
    });
    f("intern", |_, a| {
        a.expect("sys.intern", 1, 1)?;
        match &a.pos[0] {
            Value::Str(s) => Ok(Value::Str(crate::objects::PyStr::intern_rc(s))),
            other => Err(bad_argument("intern", "argument", "str", other)),
        }
    });
    f("_getframe", crate::vm::frame_objects::sys_getframe);
    f("getdefaultencoding", |_, a| {
        a.expect("sys.getdefaultencoding", 0, 0)?;
        Ok(Value::str("utf-8"))
    });
    f("getfilesystemencoding", |_, a| {
        a.expect("sys.getfilesystemencoding", 0, 0)?;
        Ok(Value::str("utf-8"))
    });
}

fn sys_exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("exit", 0, 1)?;
    // An exit status that already is a SystemExit is raised as it is, as CPython's is.
    if let Some(Value::Instance(inst)) = args.pos.first() {
        if inst.class().is_subtype(&types().exc.system_exit) {
            return Err(PyErr::from_instance(inst.clone()));
        }
    }
    // The status becomes the exception's args as a raised value does: None is no
    // argument, a tuple is the whole argument list.
    let exc_args = match args.pos.first() {
        Some(Value::None) => Vec::new(),
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => args.pos,
    };
    Err(PyErr::with_args(&types().exc.system_exit, exc_args))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let params = crate::modules::params::Params {
        func: "set_int_max_str_digits",
        names: &["maxdigits"],
        required: 1,
        positional: 1,
    };
    let slots = params.bind(args)?;
    let given = slots.first().cloned().flatten().or_none();
    // Read as a C int, as CPython does: a larger int is an OverflowError.
    let n = crate::objects::methods::method_args::c_int_arg(vm, &given)?;
    crate::objects::int_str_limit::set_max_str_digits(&num_bigint::BigInt::from(n))?;
    Ok(Value::None)
}

fn sys_setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("sys.setrecursionlimit", 1, 1)?;
    // Read as a C int, as CPython does: a larger int is an OverflowError.
    let limit = match &args.pos[0] {
        v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
            Value::Int(crate::objects::methods::method_args::c_int_arg(vm, v)?)
        }
        other => other.clone(),
    };
    match &limit {
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

fn sys_exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("sys.exc_info", 0, 0)?;
    Ok(match &vm.handled_exc {
        Value::None => Value::tuple(vec![Value::None, Value::None, Value::None]),
        e => Value::tuple(vec![
            Value::Type(e.type_of()),
            e.clone(),
            vm.traceback_value(e),
        ]),
    })
}
