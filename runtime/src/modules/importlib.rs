//! The `importlib` module: `import_module` (absolute or relative to a package), `reload`
//! and `invalidate_caches` over the runtime's import system.

use crate::objects::OrNone;
use std::rc::Rc;

use super::params::{def_one, DefParams};
use crate::import;
use crate::objects::function::Args;
use crate::objects::{PyBuiltin, PyErr, PyModule, PyResult, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm, m: &Rc<PyModule>) -> PyResult<()> {
    m.set(
        "import_module",
        PyBuiltin::value("import_module", import_module),
    );
    m.set("reload", PyBuiltin::value("reload", reload));
    m.set(
        "invalidate_caches",
        PyBuiltin::value("invalidate_caches", invalidate_caches),
    );
    Ok(())
}

fn str_arg(v: &Value, what: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(PyErr::type_error(format!(
            "{} must be str, not {}",
            what,
            other.type_name()
        ))),
    }
}

/// `import_module(name, package=None)`: the module itself (not the top-level package).
fn import_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = DefParams {
        func: "import_module",
        names: &["name", "package"],
        positional: 2,
        required: 1,
    }
    .bind(&args)?;
    let name = p[0].clone().or_none();
    let package = p[1].clone().or_none();
    if !matches!(name, Value::Str(_)) {
        // CPython's first use of the name is `name.startswith('.')`, whose error a
        // name of another type gets.
        vm.call_method(&name, "startswith", vec![Value::str(".")])?;
    }
    let name = str_arg(&name, "module name")?;
    let level = name.len() - name.trim_start_matches('.').len();
    let absolute = if level == 0 {
        name
    } else {
        let Value::Str(package) = package else {
            return Err(PyErr::type_error(format!(
                "the 'package' argument is required to perform a relative import for '{}'",
                name
            )));
        };
        let bits: Vec<&str> = package.as_str().rsplitn(level, '.').collect();
        if bits.len() < level {
            return Err(PyErr::import_error(
                "attempted relative import beyond top-level package",
            ));
        }
        let base = bits.last().copied().unwrap_or_default();
        let rest = &name[level..];
        if rest.is_empty() {
            base.to_string()
        } else {
            format!("{}.{}", base, rest)
        }
    };
    import::import_module(vm, &absolute)
}

fn reload(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let module = def_one(&args, "reload", "module")?;
    import::reload_module(vm, &module)
}

fn invalidate_caches(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    DefParams {
        func: "invalidate_caches",
        names: &[],
        positional: 0,
        required: 0,
    }
    .bind(&args)?;
    Ok(Value::None)
}
