//! The `getset_descriptor`/`member_descriptor` entries of builtin types' dicts for the
//! attributes the VM computes natively (`Vm::special_attr`): `function.__name__`,
//! `code.co_name`, `slice.start`, `BaseException.args`, ... CPython lists them in
//! `vars(T)` (`<attribute '__name__' of 'function' objects>`, `<member 'start' of 'slice'
//! objects>`), so `T.__dict__[name].__get__(obj)` and `dir(obj)` work; reading through the
//! entry gives what `obj.name` gives, writing goes to the type's own setter where the
//! attribute is writable.

use std::rc::Rc;

use crate::objects::function::{Args, NativeFn};
use crate::objects::methods::receiver;
use crate::objects::{types, PyErr, PyResult, PyStr, PyType, Value};

use super::attr::no_attribute;
use super::native_attrs::{self, NativeSetter};
use super::Vm;

/// `obj.name` as the VM's special-attribute path answers it.
fn special_get(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    let obj = receiver(a);
    match vm.special_attr(&obj, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(&obj, name)),
    }
}

/// Read-only entries whose getter is the special-attribute path for their name.
macro_rules! read_only {
    ($($name:literal),* $(,)?) => {
        [$(
            (
                $name,
                (|vm: &mut Vm, a: Args| special_get(vm, &a, $name)) as NativeFn,
                None,
            )
        ),*]
    };
}

/// Writable entries: the special-attribute path to read, `setter` (given the name) to write.
macro_rules! writable {
    ($setter:ident: $($name:literal),* $(,)?) => {
        [$(
            (
                $name,
                (|vm: &mut Vm, a: Args| special_get(vm, &a, $name)) as NativeFn,
                (|vm: &mut Vm, o: &Value, v: Option<Value>| $setter(vm, o, v, $name))
                    as NativeSetter,
            )
        ),*]
    };
}

/// A function's writable attribute: the function's own `setattr`/`delattr`, which never
/// consult the type's dict.
fn function_set(vm: &mut Vm, obj: &Value, v: Option<Value>, name: &str) -> PyResult<()> {
    let key = PyStr::intern(name);
    match v {
        Some(v) => vm.set_attr(obj, &key, v),
        None => vm.del_attr(obj, &key),
    }
}

/// `e.args = ...` and the other attributes every exception has; deleting is refused with
/// CPython's words.
fn exception_set(vm: &mut Vm, obj: &Value, v: Option<Value>, name: &str) -> PyResult<()> {
    let Value::Instance(inst) = obj else {
        return Ok(());
    };
    let Some(v) = v else {
        return Err(PyErr::type_error(match name {
            "__suppress_context__" => "can't delete numeric/char attribute".to_string(),
            "__dict__" => "cannot delete __dict__".to_string(),
            _ => format!("{} may not be deleted", name),
        }));
    };
    if name == "__dict__" {
        return super::instance_getsets::assign_dict(inst, &v);
    }
    crate::objects::exception_attrs::set_common_attr(vm, inst, name, &v).map(|_| ())
}

/// `cell.cell_contents = v` / `del cell.cell_contents` (which empties the cell).
fn cell_set(_vm: &mut Vm, obj: &Value, v: Option<Value>, _name: &str) -> PyResult<()> {
    if let Value::Cell(c) = obj {
        c.set(v.unwrap_or(Value::Null));
    }
    Ok(())
}

/// `classmethod.__dict__` and `staticmethod.__dict__` take a new dict, never a deletion.
fn wrapper_dict_set(vm: &mut Vm, obj: &Value, v: Option<Value>, name: &str) -> PyResult<()> {
    match obj {
        Value::Descriptor(d) => vm.wrapper_dict_set(d, obj, &PyStr::intern(name), v),
        _ => Ok(()),
    }
}

/// `obj.__class__ = cls`: only an instance of a class statement's class may change class,
/// to a class with the same layout (`vm/slots.rs`); deleting is refused.
pub(super) fn class_set(obj: &Value, v: Option<Value>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(PyErr::type_error("can't delete __class__ attribute"));
    };
    let Value::Type(new) = v else {
        return Err(PyErr::type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            v.type_name()
        )));
    };
    let Value::Instance(inst) = obj else {
        return Err(PyErr::type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    };
    super::slots::check_class_assignment(&inst.class(), &new)?;
    *inst.class.borrow_mut() = new;
    Ok(())
}

/// `gen.__name__ = s` / `gen.__qualname__ = s` (generators, coroutines, async generators).
fn generator_name_set(_vm: &mut Vm, obj: &Value, v: Option<Value>, name: &str) -> PyResult<()> {
    let (Value::Generator(g), Some(Value::Str(s))) = (obj, &v) else {
        return Err(PyErr::type_error(format!(
            "{} must be set to a string object",
            name
        )));
    };
    let field = if name == "__name__" {
        &g.name
    } else {
        &g.qualname
    };
    *field.borrow_mut() = s.as_str().to_string();
    Ok(())
}

/// `super`'s own fields: its `get_attr` answers them before any look-up, so this getter
/// serves only `super.__dict__[name].__get__(s)`.
fn super_field(a: &Args, name: &str) -> PyResult<Value> {
    use crate::objects::function::Descriptor;
    use crate::objects::OrNone;
    match receiver(a) {
        Value::Descriptor(d) => match &*d {
            Descriptor::Super {
                this_class,
                obj,
                obj_type,
            } => Ok(match name {
                "__thisclass__" | "__self__" if obj.is_null() => Value::None,
                "__thisclass__" => Value::Type(this_class.clone()),
                "__self__" => obj.clone(),
                _ => obj_type.clone().map(Value::Type).or_none(),
            }),
            _ => Err(no_attribute(&Value::Descriptor(d.clone()), name)),
        },
        other => Err(no_attribute(&other, name)),
    }
}

fn add_ro(
    owner: &Rc<PyType>,
    member: bool,
    attrs: &[(&'static str, NativeFn, Option<&'static str>)],
) {
    native_attrs::add(owner, member, attrs);
}

/// Puts the entries in the builtin types' dicts.
pub fn register() {
    let t = types();
    let f = &t.function;
    add_ro(f, true, &read_only!["__closure__", "__globals__"]);
    native_attrs::add_writable(f, true, &writable![function_set: "__doc__", "__module__"]);
    native_attrs::add_writable(
        f,
        false,
        &writable![function_set: "__annotations__", "__defaults__", "__dict__",
            "__kwdefaults__", "__name__", "__qualname__"],
    );
    add_ro(&t.function, false, &read_only!["__code__"]);
    // The builtins its global names fall back to (`vm/frame_builtins.rs`).
    add_ro(
        f,
        true,
        &[(
            "__builtins__",
            |vm, a| match receiver(&a) {
                Value::Function(func) => Ok(Value::Dict(
                    func.code
                        .borrow()
                        .builtins
                        .clone()
                        .unwrap_or_else(|| vm.builtins.clone()),
                )),
                other => Err(no_attribute(&other, "__builtins__")),
            },
            None,
        )],
    );
    add_ro(
        &t.code,
        true,
        &read_only![
            "co_argcount",
            "co_consts",
            "co_filename",
            "co_firstlineno",
            "co_flags",
            "co_kwonlyargcount",
            "co_name",
            "co_names",
            "co_nlocals",
            "co_posonlyargcount",
            "co_qualname",
            "co_stacksize",
        ],
    );
    add_ro(
        &t.code,
        false,
        &read_only!["co_cellvars", "co_freevars", "co_varnames"],
    );
    for ty in [&t.slice, &t.range] {
        add_ro(ty, true, &read_only!["start", "stop", "step"]);
    }
    add_ro(&t.module, true, &read_only!["__dict__"]);
    add_ro(&t.method, true, &read_only!["__func__", "__self__"]);
    add_ro(&t.method, false, &read_only!["__doc__"]);
    native_attrs::add_writable(&t.cell, false, &writable![cell_set: "cell_contents"]);
    for ty in [&t.classmethod, &t.staticmethod] {
        add_ro(ty, true, &read_only!["__func__", "__wrapped__"]);
        add_ro(ty, false, &read_only!["__isabstractmethod__"]);
        native_attrs::add_writable(ty, true, &writable![wrapper_dict_set: "__dict__"]);
    }
    crate::objects::methods::add_methods(
        &t.super_,
        &[("__get__", |vm, a| {
            a.expect("__get__", 2, 3)?;
            let obj = a.pos[1].clone();
            super::classes::super_descr_get(vm, &a.pos[0], obj)
        })],
    );
    add_ro(
        &t.super_,
        true,
        &[
            (
                "__thisclass__",
                |_, a| super_field(&a, "__thisclass__"),
                None,
            ),
            ("__self__", |_, a| super_field(&a, "__self__"), None),
            (
                "__self_class__",
                |_, a| super_field(&a, "__self_class__"),
                None,
            ),
        ],
    );
    native_attrs::add_writable(
        &t.object,
        false,
        &[(
            "__class__",
            |_, a| Ok(Value::Type(receiver(&a).type_of())),
            |_, o, v| class_set(o, v),
        )],
    );
    let base = &t.exc.base_exception;
    native_attrs::add_writable(
        base,
        false,
        &writable![exception_set: "args", "__cause__", "__context__"],
    );
    native_attrs::add_writable(
        base,
        false,
        &[(
            "__dict__",
            crate::objects::exception_members::dict_get as NativeFn,
            (|vm: &mut Vm, o: &Value, v: Option<Value>| exception_set(vm, o, v, "__dict__"))
                as NativeSetter,
        )],
    );
    native_attrs::add_writable(base, false, &writable![exception_set: "__traceback__"]);
    native_attrs::add_writable(
        base,
        true,
        &writable![exception_set: "__suppress_context__"],
    );
    add_ro(
        &t.generator,
        false,
        &read_only!["gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom"],
    );
    add_ro(&t.generator, true, &read_only!["gi_code"]);
    let co = super::coroutine::coroutine_type();
    let agen = super::coroutine::async_types().async_generator.clone();
    for ty in [&t.generator, &co, &agen] {
        native_attrs::add_writable(
            ty,
            false,
            &writable![generator_name_set: "__name__", "__qualname__"],
        );
    }
    add_ro(
        &co,
        false,
        &read_only!["cr_await", "cr_frame", "cr_running", "cr_suspended"],
    );
    add_ro(&co, true, &read_only!["cr_code", "cr_origin"]);
}
