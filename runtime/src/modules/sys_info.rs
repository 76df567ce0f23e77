//! The descriptive and hook parts of `sys`: `version_info`, `float_info`, `int_info`,
//! `hash_info` and `flags` as struct sequences, `float_repr_style`;
//! `meta_path`/`path_hooks`/`path_importer_cache` (present, but the import system does not
//! consult them); `getsizeof`; `displayhook`/`excepthook`; `settrace`/`setprofile`, which
//! tote does not support.

use crate::objects::OrNone;
use num_traits::Signed;

use super::struct_seq;
use crate::objects::function::Args;
use crate::objects::{PyBuiltin, PyDict, PyErr, PyModule, PyResult, Value};
use crate::vm::Vm;

pub fn install(sys: &PyModule) {
    let version_info = struct_seq::new_type(
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        5,
    );
    sys.set(
        "version_info",
        struct_seq::new_instance(
            &version_info,
            vec![
                Value::Int(3),
                Value::Int(11),
                Value::Int(7),
                Value::str("final"),
                Value::Int(0),
            ],
        ),
    );
    let float_fields = [
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ];
    let float_info = struct_seq::new_type("sys", "float_info", &float_fields, 11);
    sys.set(
        "float_info",
        struct_seq::new_instance(
            &float_info,
            vec![
                Value::float(f64::MAX),
                Value::Int(f64::MAX_EXP as i64),
                Value::Int(f64::MAX_10_EXP as i64),
                Value::float(f64::MIN_POSITIVE),
                Value::Int(f64::MIN_EXP as i64),
                Value::Int(f64::MIN_10_EXP as i64),
                Value::Int(f64::DIGITS as i64),
                Value::Int(f64::MANTISSA_DIGITS as i64),
                Value::float(f64::EPSILON),
                Value::Int(f64::RADIX as i64),
                Value::Int(1),
            ],
        ),
    );
    let int_fields = [
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold",
    ];
    let int_info = struct_seq::new_type("sys", "int_info", &int_fields, 4);
    sys.set(
        "int_info",
        struct_seq::new_instance(
            &int_info,
            vec![
                Value::Int(30),
                Value::Int(4),
                Value::Int(crate::objects::int_str_limit::DEFAULT_MAX_STR_DIGITS as i64),
                Value::Int(crate::objects::int_str_limit::CHECK_THRESHOLD as i64),
            ],
        ),
    );
    let hash_fields = [
        "width",
        "modulus",
        "inf",
        "nan",
        "imag",
        "algorithm",
        "hash_bits",
        "seed_bits",
        "cutoff",
    ];
    let hash_info = struct_seq::new_type("sys", "hash_info", &hash_fields, 9);
    sys.set(
        "hash_info",
        struct_seq::new_instance(
            &hash_info,
            vec![
                Value::Int(64),
                Value::Int(crate::objects::int::HASH_MODULUS),
                Value::Int(crate::objects::int::HASH_INF),
                Value::Int(0),
                Value::Int(crate::objects::complex::HASH_IMAG),
                Value::str("siphash13"),
                Value::Int(64),
                Value::Int(128),
                Value::Int(0),
            ],
        ),
    );
    sys.set("float_repr_style", Value::str("short"));
    let flag_fields = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let flags = struct_seq::new_type("sys", "flags", &flag_fields, flag_fields.len());
    let mut values: Vec<Value> = flag_fields.iter().map(|_| Value::Int(0)).collect();
    values[4] = Value::Int(1); // dont_write_bytecode: tote never writes .pyc files
    values[13] = Value::bool(false);
    values[16] = Value::bool(false);
    values[17] = Value::Int(-1);
    sys.set("flags", struct_seq::new_instance(&flags, values));

    sys.set("meta_path", Value::list(Vec::new()));
    sys.set("path_hooks", Value::list(Vec::new()));
    sys.set("path_importer_cache", Value::dict(PyDict::new()));
    sys.set("getsizeof", PyBuiltin::value("getsizeof", getsizeof));
    let displayhook = PyBuiltin::value("displayhook", displayhook);
    sys.set("displayhook", displayhook.clone());
    sys.set("__displayhook__", displayhook);
    let excepthook = PyBuiltin::value("excepthook", excepthook);
    sys.set("excepthook", excepthook.clone());
    sys.set("__excepthook__", excepthook);
    let breakpointhook = PyBuiltin::value("breakpointhook", breakpointhook);
    sys.set("breakpointhook", breakpointhook.clone());
    sys.set("__breakpointhook__", breakpointhook);
    sys.set(
        "settrace",
        PyBuiltin::value("settrace", |vm, a| {
            a.expect("sys.settrace", 1, 1)?;
            settrace(vm, a)
        }),
    );
    sys.set(
        "setprofile",
        PyBuiltin::value("setprofile", |vm, a| {
            a.expect("sys.setprofile", 1, 1)?;
            settrace(vm, a)
        }),
    );
    sys.set(
        "gettrace",
        PyBuiltin::value("gettrace", |_, a| {
            a.expect("sys.gettrace", 0, 0)?;
            Ok(Value::None)
        }),
    );
    sys.set(
        "getprofile",
        PyBuiltin::value("getprofile", |_, a| {
            a.expect("sys.getprofile", 0, 0)?;
            Ok(Value::None)
        }),
    );
}

/// An estimate of the object's size in bytes, following CPython's 64-bit layouts for the
/// common types (the exact figure is implementation-specific, as CPython documents).
fn getsizeof(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut slots = crate::modules::params::Params {
        func: "getsizeof",
        names: &["object", "default"],
        required: 1,
        positional: 2,
    }
    .bind(args)?;
    let default = slots[1].take();
    let obj = slots[0].take().or_none();
    let size = match &obj {
        Value::None => 16,
        Value::Bool(_) => 28,
        Value::Int(0) => 24,
        Value::Int(i) => 24 + 4 * ((64 - i.unsigned_abs().leading_zeros() as i64 + 29) / 30),
        Value::BigInt(b) => 24 + 4 * ((b.abs().bits() as i64 + 29) / 30),
        Value::Float(_) => 24,
        Value::Str(s) => {
            let text = s.as_str();
            if text.is_ascii() {
                49 + text.len() as i64
            } else {
                let widest = text.chars().map(|c| c as u32).max().unwrap_or(0);
                let (head, unit) = match widest {
                    0..=0xff => (73, 1),
                    0x100..=0xffff => (74, 2),
                    _ => (76, 4),
                };
                head + unit * text.chars().count() as i64
            }
        }
        Value::Bytes(b) => 33 + b.data.len() as i64,
        Value::Tuple(t) => 40 + 8 * t.items.len() as i64,
        Value::List(l) => 56 + 8 * l.len() as i64,
        Value::Dict(d) => 64 + 8 * d.len() as i64 * 3,
        _ => match default {
            Some(d) => return Ok(d),
            None => 56,
        },
    };
    Ok(Value::Int(size))
}

/// `sys.displayhook(value)`: prints `repr(value)` unless it is None, and keeps it as `_`.
fn displayhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("sys.displayhook", 1, 1)?;
    let v = &args.pos[0];
    if v.is_none() {
        return Ok(Value::None);
    }
    vm.builtins.set_str("_", Value::None);
    let text = vm.repr(v)?;
    vm.write_stdout(&(text + "\n"))?;
    vm.builtins.set_str("_", v.clone());
    Ok(Value::None)
}

/// `sys.excepthook(type, value, traceback)`: prints the exception as an uncaught one is.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::modules::params::clinic_positional(&args, "sys", "excepthook", 3, 3)?;
    match &args.pos[1] {
        Value::Instance(inst) if inst.exc.is_some() => {
            // Written to `sys.stderr` as it is now (a program may have replaced it).
            let text = vm.format_exception(inst);
            vm.flush_stdout();
            let stderr = vm.sys.get("stderr").or_none();
            vm.write_to(&stderr, &text)?;
            Ok(Value::None)
        }
        // CPython reports a value that is no exception on stderr rather than raising.
        other => {
            let text = format!(
                "TypeError: print_exception(): Exception expected for value, {} found\n",
                other.type_name()
            );
            vm.flush_stdout();
            let stderr = vm.sys.get("stderr").or_none();
            vm.write_to(&stderr, &text)?;
            Ok(Value::None)
        }
    }
}

/// `sys.breakpointhook(*args, **kws)`: what `$PYTHONBREAKPOINT` names — nothing for `0`,
/// else the callable `module.name` it spells (a warning and nothing if it cannot be
/// imported). The default debugger, pdb, is not part of tote.
fn breakpointhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let setting = std::env::var("PYTHONBREAKPOINT").unwrap_or_default();
    if setting == "0" {
        return Ok(Value::None);
    }
    if setting.is_empty() || setting == "pdb.set_trace" {
        return Err(PyErr::runtime_error(
            "breakpoint(): no debugger is available in tote",
        ));
    }
    let (module, name) = setting.rsplit_once('.').unwrap_or(("builtins", &setting));
    let found = match vm.import(module) {
        Ok(m) => vm.get_attr_opt(&m, name).ok().flatten(),
        Err(_) => None,
    };
    let Some(hook) = found else {
        let message = format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{setting}\"");
        vm.warn("RuntimeWarning", &message)?;
        return Ok(Value::None);
    };
    vm.call_args(&hook, args)
}

fn settrace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.first().is_some_and(|f| !f.is_none()) {
        return Err(PyErr::new(
            &crate::objects::types().exc.not_implemented_error,
            "tote does not support tracing or profiling hooks (sys.settrace/sys.setprofile)",
        ));
    }
    Ok(Value::None)
}

impl Vm {
    /// PRINT_EXPR (an expression statement of "single" mode code): `sys.displayhook(v)`.
    #[cold]
    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        match self.sys.get("displayhook") {
            Some(hook) => self.call(&hook, vec![v]).map(|_| ()),
            None => Err(PyErr::runtime_error("lost sys.displayhook")),
        }
    }
}
