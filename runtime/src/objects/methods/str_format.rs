//! `str.format` and `str.format_map`: replacement fields `{name.attr[key]!conv:spec}`,
//! automatic and manual numbering, and fields nested in a spec (`{:{width}}`).

use std::rc::Rc;

use super::str::this;
use crate::objects::function::Args;
use crate::objects::{PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

pub fn str_format(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let me = this(&a, "format")?;
    let pos: Vec<Value> = a.pos.drain(1..).collect();
    let kw = std::mem::take(&mut a.kw);
    Ok(Value::string(format_fields(
        vm,
        me.as_str(),
        &pos,
        &kw,
        None,
    )?))
}

/// Expands `{field!conv:spec}` replacement fields (str.format / format_map).
pub fn format_fields(
    vm: &mut Vm,
    fmt: &str,
    pos: &[Value],
    kw: &[(Rc<PyStr>, Value)],
    mapping: Option<&Value>,
) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut auto = 0usize;
    let mut manual = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(PyErr::value_error(
                "Single '}' encountered in format string",
            ));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching close brace, allowing one level of nested fields in the spec.
        let mut depth = 1;
        let mut j = i + 1;
        while j < chars.len() && depth > 0 {
            match chars[j] {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            j += 1;
        }
        if depth > 0 {
            return Err(PyErr::value_error("expected '}' before end of string"));
        }
        let field: String = chars[i + 1..j - 1].iter().collect();
        i = j;
        let (head, spec) = match field.find(':') {
            Some(k) => (&field[..k], field[k + 1..].to_string()),
            None => (field.as_str(), String::new()),
        };
        let (name, conv) = match head.find('!') {
            Some(k) => (&head[..k], Some(&head[k + 1..])),
            None => (head, None),
        };
        // The first part of the name selects the argument; `.attr` and `[key]` follow.
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut value = if first.is_empty() {
            if manual {
                return Err(PyErr::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            let v = pos.get(auto).cloned().ok_or_else(|| {
                PyErr::index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    auto
                ))
            })?;
            auto += 1;
            v
        } else if let Ok(n) = first.parse::<usize>() {
            if auto > 0 {
                return Err(PyErr::value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            manual = true;
            pos.get(n).cloned().ok_or_else(|| {
                PyErr::index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    n
                ))
            })?
        } else {
            match mapping {
                Some(m) => vm.get_item(m, &Value::str(first))?,
                None => kw
                    .iter()
                    .find(|(k, _)| k.as_str() == first)
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| PyErr::key_error(Value::str(first)))?,
            }
        };
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                value = vm.get_attr(&value, &PyStr::intern(&r[..end]))?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let end = r
                    .find(']')
                    .ok_or_else(|| PyErr::value_error("Missing ']' in format string"))?;
                let key = &r[..end];
                let k = match key.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => Value::str(key),
                };
                value = vm.get_item(&value, &k)?;
                rest = &r[end + 1..];
            } else {
                break;
            }
        }
        let value = match conv {
            None => value,
            Some("r") => Value::string(vm.repr(&value)?),
            Some("s") => Value::Str(vm.to_str(&value)?),
            Some("a") => Value::string(crate::objects::str::escape_non_ascii(&vm.repr(&value)?)),
            Some(other) => {
                return Err(PyErr::value_error(format!(
                    "Unknown conversion specifier {}",
                    other.chars().next().unwrap_or(' ')
                )))
            }
        };
        let spec = if spec.contains('{') {
            format_fields_spec(vm, &spec, pos, kw, mapping, &mut auto)?
        } else {
            spec
        };
        out.push_str(&vm.format(&value, &spec)?);
    }
    Ok(out)
}

/// Expands nested fields inside a spec (`{:{width}}`), sharing automatic numbering.
fn format_fields_spec(
    vm: &mut Vm,
    spec: &str,
    pos: &[Value],
    kw: &[(Rc<PyStr>, Value)],
    mapping: Option<&Value>,
    auto: &mut usize,
) -> PyResult<String> {
    let mut out = String::new();
    let mut rest = spec;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..]
            .find('}')
            .ok_or_else(|| PyErr::value_error("unmatched '{' in format spec"))?
            + open;
        let name = &rest[open + 1..close];
        let v = if name.is_empty() {
            let v = pos.get(*auto).cloned().ok_or_else(|| {
                PyErr::index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    auto
                ))
            })?;
            *auto += 1;
            v
        } else if let Ok(n) = name.parse::<usize>() {
            pos.get(n).cloned().ok_or_else(|| {
                PyErr::index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    n
                ))
            })?
        } else {
            match mapping {
                Some(m) => vm.get_item(m, &Value::str(name))?,
                None => kw
                    .iter()
                    .find(|(k, _)| k.as_str() == name)
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| PyErr::key_error(Value::str(name)))?,
            }
        };
        out.push_str(vm.to_str(&v)?.as_str());
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}
