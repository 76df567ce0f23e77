//! Run time of the `match` statement: the instructions the pattern compiler
//! (`compiler/pattern.rs`) emits — GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS,
//! MATCH_CLASS and COPY_DICT_WITHOUT_KEYS — with CPython 3.11's semantics and messages.
//! Each works on the value stack of frame `fi`; the dispatch loop only forwards to them.

use std::rc::Rc;

use crate::objects::OrNone;
use crate::objects::{types, PyDict, PyErr, PyInstance, PyResult, PyStr, PyType, Value};

use super::Vm;

/// `collections.abc`-style classes mark themselves as sequences or mappings (CPython's
/// `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING` bits, `PyType::collection_flags`);
/// subclasses inherit the mark.
const FLAG_SEQUENCE: u8 = 1 << 5;
const FLAG_MAPPING: u8 = 1 << 6;

/// The builtin types whose class pattern matches the subject itself (`int(x)`, `str(s)`).
fn matches_self(t: &PyType) -> bool {
    let ty = types();
    let own = [
        &ty.bool,
        &ty.bytes,
        &ty.dict,
        &ty.float,
        &ty.frozenset,
        &ty.int,
        &ty.list,
        &ty.set,
        &ty.str,
        &ty.tuple,
    ];
    t.mro.borrow().iter().any(|c| {
        own.iter().any(|o| Rc::ptr_eq(c, o))
            || (c.builtin && c.name.borrow().as_str() == "bytearray")
    })
}

/// Does a class on the MRO of `t` carry the sequence/mapping mark `flag`?
fn has_abc_flag(t: &PyType, flag: u8) -> bool {
    t.collection_flags() & flag != 0
}

fn is_sequence(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
        Value::Instance(i) => {
            let t = i.class();
            let ty = types();
            let builtin_base = t.mro.borrow().iter().any(|c| {
                Rc::ptr_eq(c, &ty.list) || Rc::ptr_eq(c, &ty.tuple) || Rc::ptr_eq(c, &ty.range)
            });
            let text = t.mro.borrow().iter().any(|c| {
                Rc::ptr_eq(c, &ty.str)
                    || Rc::ptr_eq(c, &ty.bytes)
                    || (c.builtin && c.name.borrow().as_str() == "bytearray")
            });
            !text && (builtin_base || has_abc_flag(&t, FLAG_SEQUENCE))
        }
        _ => false,
    }
}

fn is_mapping(v: &Value) -> bool {
    match v {
        Value::Dict(_) => true,
        Value::Instance(i) => {
            let t = i.class();
            let dict = &types().dict;
            t.mro.borrow().iter().any(|c| Rc::ptr_eq(c, dict)) || has_abc_flag(&t, FLAG_MAPPING)
        }
        _ => false,
    }
}

fn stack_item(vm: &Vm, fi: usize, depth: usize) -> Value {
    vm.frames
        .get(fi)
        .and_then(|f| {
            f.values
                .len()
                .checked_sub(depth)
                .and_then(|i| f.values.get(i))
        })
        .cloned()
        .or_none()
}

fn push(vm: &mut Vm, fi: usize, v: Value) {
    if let Some(f) = vm.frames.get_mut(fi) {
        f.values.push(v);
    }
}

fn pop(vm: &mut Vm, fi: usize) -> Value {
    vm.frames.get_mut(fi).and_then(|f| f.values.pop()).or_none()
}

fn tuple_items(v: &Value) -> Vec<Value> {
    match v {
        Value::Tuple(t) => t.items.clone(),
        _ => Vec::new(),
    }
}

impl Vm {
    /// GET_LEN: `[obj] -> [obj len(obj)]`.
    pub fn op_get_len(&mut self, fi: usize) -> PyResult<()> {
        let obj = stack_item(self, fi, 1);
        let n = self.len(&obj)?;
        push(self, fi, Value::Int(n as i64));
        Ok(())
    }

    /// MATCH_MAPPING: `[subject] -> [subject bool]`.
    pub fn op_match_mapping(&mut self, fi: usize) {
        let m = is_mapping(&stack_item(self, fi, 1));
        push(self, fi, Value::bool(m));
    }

    /// MATCH_SEQUENCE: `[subject] -> [subject bool]`.
    pub fn op_match_sequence(&mut self, fi: usize) {
        let s = is_sequence(&stack_item(self, fi, 1));
        push(self, fi, Value::bool(s));
    }

    /// MATCH_KEYS: `[subject keys] -> [subject keys values_or_None]`.
    pub fn op_match_keys(&mut self, fi: usize) -> PyResult<()> {
        let keys = tuple_items(&stack_item(self, fi, 1));
        let subject = stack_item(self, fi, 2);
        let values = self.match_keys(&subject, &keys)?;
        push(self, fi, values);
        Ok(())
    }

    fn match_keys(&mut self, subject: &Value, keys: &[Value]) -> PyResult<Value> {
        if keys.is_empty() {
            return Ok(Value::tuple(Vec::new()));
        }
        // `get` is looked up once, as CPython does; a unique object tells "missing" apart
        // from any value the mapping could hold.
        let get = self.get_attr(subject, &PyStr::intern("get"))?;
        let missing = Value::Instance(PyInstance::new(types().object.clone()));
        let mut seen: Vec<(i64, Value)> = Vec::with_capacity(keys.len());
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            let hash = self.hash(key)?;
            for (h, earlier) in &seen {
                if *h == hash && (earlier.is(key) || self.eq(earlier, key)?) {
                    let r = self.repr(key)?;
                    return Err(PyErr::value_error(format!(
                        "mapping pattern checks duplicate key ({r})"
                    )));
                }
            }
            seen.push((hash, key.clone()));
            let v = self.call(&get, vec![key.clone(), missing.clone()])?;
            if v.is(&missing) {
                return Ok(Value::None);
            }
            values.push(v);
        }
        Ok(Value::tuple(values))
    }

    /// COPY_DICT_WITHOUT_KEYS: `[subject keys] -> [subject rest]`.
    pub fn op_copy_dict_without_keys(&mut self, fi: usize) -> PyResult<()> {
        let keys = tuple_items(&pop(self, fi));
        let subject = stack_item(self, fi, 1);
        let rest = PyDict::new_tracked();
        self.dict_merge(&rest, &subject, None)?;
        for key in &keys {
            if rest.remove(self, key)?.is_none() {
                return Err(PyErr::new(&types().exc.key_error, self.repr(key)?));
            }
        }
        push(self, fi, Value::Dict(rest));
        Ok(())
    }

    /// MATCH_CLASS nargs: `[subject cls names] -> [attrs_or_None]`.
    pub fn op_match_class(&mut self, fi: usize, nargs: u32) -> PyResult<()> {
        let names = tuple_items(&pop(self, fi));
        let cls = pop(self, fi);
        let subject = pop(self, fi);
        let r = self.match_class(&subject, &cls, nargs as usize, &names)?;
        push(self, fi, r.map(Value::tuple).or_none());
        Ok(())
    }

    fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        nargs: usize,
        kw_names: &[Value],
    ) -> PyResult<Option<Vec<Value>>> {
        let Value::Type(ty) = cls else {
            return Err(PyErr::type_error("called match pattern must be a type"));
        };
        if !crate::modules::builtins_introspect::is_instance(self, subject, cls)? {
            return Ok(None);
        }
        let type_name = ty.name();
        let mut seen: Vec<Rc<PyStr>> = Vec::new();
        let mut attrs = Vec::with_capacity(nargs + kw_names.len());
        if nargs > 0 {
            let (match_args, match_self) = match self.get_attr_opt(cls, "__match_args__")? {
                Some(Value::Tuple(t)) => (t.items.clone(), false),
                Some(other) => {
                    return Err(PyErr::type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        type_name,
                        other.type_name()
                    )))
                }
                // Only without `__match_args__` do the builtins match themselves.
                None => (Vec::new(), matches_self(ty)),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                return Err(PyErr::type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    type_name,
                    allowed,
                    if allowed == 1 { "" } else { "s" },
                    nargs
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in match_args.iter().take(nargs) {
                    let Value::Str(name) = name else {
                        return Err(PyErr::type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            name.type_name()
                        )));
                    };
                    match self.match_class_attr(subject, &type_name, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(None),
                    }
                }
            }
        }
        for name in kw_names {
            let Value::Str(name) = name else {
                continue;
            };
            match self.match_class_attr(subject, &type_name, name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(attrs))
    }

    /// One attribute of a class pattern: None when the subject lacks it.
    fn match_class_attr(
        &mut self,
        subject: &Value,
        type_name: &str,
        name: &Rc<PyStr>,
        seen: &mut Vec<Rc<PyStr>>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s.as_str() == name.as_str()) {
            return Err(PyErr::type_error(format!(
                "{}() got multiple sub-patterns for attribute {}",
                type_name,
                crate::objects::str::repr_str(name.as_str())
            )));
        }
        seen.push(name.clone());
        match self.get_attr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(&types().exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
