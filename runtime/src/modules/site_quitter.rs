//! The `exit` and `quit` builtins, which CPython's `site` module adds at startup (scripts
//! call `exit(1)` as often as `sys.exit(1)`): instances of `_sitebuiltins.Quitter` that
//! raise `SystemExit` as `sys.exit` does when called, and whose repr tells an interactive
//! user how to leave.

use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::{types, PyDict, PyErr, PyInstance, PyResult, PyType, Value};
use crate::vm::Vm;

use super::native_class::native_class;

/// The instance attribute holding the builtin's name (`exit` or `quit`).
const NAME: &str = "name";

thread_local! {
    static QUITTER_TYPE: Rc<PyType> = native_class(
        "_sitebuiltins",
        "Quitter",
        &[("__repr__", quitter_repr), ("__call__", quitter_call)],
    );
}

/// Binds `exit` and `quit` in the builtins namespace `d`.
pub fn install(d: &PyDict) {
    for name in ["exit", "quit"] {
        let inst = PyInstance::new(QUITTER_TYPE.with(|t| t.clone()));
        inst.set_attr(NAME, Value::str(name));
        d.set_str(name, Value::Instance(inst));
    }
}

fn quitter_repr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.pos.first() {
        Some(Value::Instance(i)) => match i.attr(NAME) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "exit".to_string(),
        },
        _ => return Err(PyErr::type_error("descriptor requires a Quitter object")),
    };
    Ok(Value::string(format!(
        "Use {name}() or Ctrl-D (i.e. EOF) to exit"
    )))
}

/// `exit(code=None)`: raises `SystemExit(code)` (one argument, even None, unlike
/// `sys.exit()`, whose exception then has no arguments).
fn quitter_call(_vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(PyErr::type_error("descriptor requires a Quitter object"));
    }
    args.pos.remove(0);
    if let Some(i) = args.kw.iter().position(|(k, _)| k.as_str() == "code") {
        let (_, code) = args.kw.remove(i);
        if !args.pos.is_empty() {
            return Err(PyErr::type_error(
                "Quitter.__call__() got multiple values for argument 'code'",
            ));
        }
        args.pos.push(code);
    }
    if let Some((k, _)) = args.kw.first() {
        return Err(PyErr::type_error(format!(
            "Quitter.__call__() got an unexpected keyword argument '{}'",
            k.as_str()
        )));
    }
    if args.pos.len() > 1 {
        return Err(PyErr::type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            args.pos.len() + 1
        )));
    }
    let code = args.pos.pop().unwrap_or(Value::None);
    Err(PyErr::with_args(&types().exc.system_exit, vec![code]))
}
