//! Classes that native modules define (`os.stat_result`, `os.DirEntry`, `time.struct_time`,
//! …): ordinary (non-builtin) classes whose methods, special methods included, are native
//! functions. Being ordinary classes, the VM dispatches `__getitem__`, `__len__`, `__repr__`,
//! `__eq__`, `__hash__`, `__new__` and the rest to them as it does for a `class` statement.

use std::rc::Rc;

use crate::objects::function::NativeFn;
use crate::objects::typeobj::Layout;
use crate::objects::{types, PyBuiltin, PyDict, PyType, Value};

/// A class `module.name` deriving from `object`, with these native methods.
pub fn native_class(module: &str, name: &str, methods: &[(&'static str, NativeFn)]) -> Rc<PyType> {
    native_class_with_base(module, name, &types().object, methods)
}

/// A class `module.name` deriving from the builtin type `base` (`tuple` for a struct
/// sequence), with these native methods.
pub fn native_class_with_base(
    module: &str,
    name: &str,
    base: &Rc<PyType>,
    methods: &[(&'static str, NativeFn)],
) -> Rc<PyType> {
    let dict = PyDict::new_tracked();
    dict.set_str("__module__", Value::str(module));
    dict.set_str("__doc__", Value::None);
    for (n, f) in methods {
        dict.set_str(n, PyBuiltin::value(n, *f));
    }
    match PyType::new_class(name, name, vec![base.clone()], dict, None) {
        Ok(t) => t,
        // A builtin type is always an acceptable single base; this arm only keeps the
        // signature infallible.
        Err(_) => PyType::new_builtin(name, vec![types().object.clone()], Layout::Object),
    }
}

/// Adds native methods called on the class rather than an instance.
pub fn add_classmethods(ty: &PyType, methods: &[(&'static str, NativeFn)]) {
    for (n, f) in methods {
        let mut b = PyBuiltin::new(n, *f);
        b.is_classmethod = true;
        ty.dict.set_str(n, Value::Builtin(Rc::new(b)));
    }
    ty.refresh_hooks();
}
