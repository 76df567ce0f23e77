//! Frame objects as Python sees them (`sys._getframe()`): snapshots of the running frames,
//! taken when asked for. Each carries `f_code`, `f_lineno`, `f_globals`, `f_locals`,
//! `f_back` and `f_lasti`; they do not follow the frame as it goes on running, which is
//! what callers such as `warnings.warn(stacklevel=…)` need.

use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::typeobj::Layout;
use crate::objects::{types, PyErr, PyInstance, PyResult, PyType, Value};

use super::Vm;

thread_local! {
    static FRAME_TYPE: Rc<PyType> = PyType::new_builtin(
        "frame",
        vec![types().object.clone()],
        Layout::Object,
    );
}

/// The class of frame objects (`types.FrameType`).
pub fn frame_type() -> Rc<PyType> {
    FRAME_TYPE.with(|t| t.clone())
}

impl Vm {
    /// A frame object for `self.frames[index]` and, through `f_back`, every frame below it.
    fn frame_object(&mut self, index: usize) -> Value {
        let mut back = Value::None;
        for i in 0..=index {
            // The frame's own `locals()` dict, as CPython's `f_locals` is.
            let locals = self.frame_locals(i).unwrap_or_default();
            let Some(frame) = self.frames.get(i) else {
                break;
            };
            let obj = PyInstance::new(frame_type());
            let d = &obj.dict;
            d.set_str("f_code", Value::Code(frame.code.clone()));
            d.set_str("f_lineno", Value::Int(frame.line() as i64));
            d.set_str("f_lasti", Value::Int(frame.pc.saturating_sub(1) as i64 * 2));
            d.set_str("f_globals", Value::Dict(frame.globals.clone()));
            d.set_str("f_builtins", Value::Dict(self.builtins.clone()));
            d.set_str("f_locals", Value::Dict(locals));
            d.set_str("f_back", back);
            back = Value::Instance(obj);
        }
        back
    }
}

/// `sys._getframe([depth])`: the caller's frame, or the one `depth` calls below it.
pub fn sys_getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("_getframe", 0, 1)?;
    let depth = match args.pos.first() {
        None => 0,
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
    };
    let len = vm.frames.len() as i64;
    // CPython treats a negative depth as 0.
    let depth = depth.max(0);
    if depth >= len {
        return Err(PyErr::value_error("call stack is not deep enough"));
    }
    Ok(vm.frame_object((len - 1 - depth) as usize))
}
