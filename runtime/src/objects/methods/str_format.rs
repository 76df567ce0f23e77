//! `str.format` and `str.format_map`: replacement fields `{name.attr[key]!conv:spec}`,
//! automatic and manual numbering, and fields nested in a spec (`{:{width}}`).

use std::rc::Rc;

use super::str::this;
use crate::objects::function::Args;
use crate::objects::{PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

pub fn str_format(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let me = this(&a, "format")?;
    // Without fields the string itself comes back (a str subclass's instance too: see
    // `call_on_base`).
    if !me.as_str().contains(['{', '}']) {
        return Ok(Value::Str(me));
    }
    let pos: Vec<Value> = a.pos.drain(1..).collect();
    let kw = std::mem::take(&mut a.kw);
    if let Some((v, spec)) = whole_field(me.as_str(), &pos, &kw) {
        return vm.format_object(&v, spec);
    }
    Ok(Value::string(format_fields(
        vm,
        me.as_str(),
        &pos,
        &kw,
        None,
    )?))
}

/// `fmt.format_map(mapping)`. A format that is one plain named field gives what
/// `format(mapping[name], spec)` gives, a str subclass's instance included, as with
/// `str.format`.
pub fn format_map_value(vm: &mut Vm, fmt: &Rc<PyStr>, mapping: &Value) -> PyResult<Value> {
    if let Some((name, spec)) = whole_field_parts(fmt.as_str()) {
        if !name.is_empty() && !name.bytes().all(|b| b.is_ascii_digit()) {
            let v = vm.get_item(mapping, &Value::str(name))?;
            return vm.format_object(&v, spec);
        }
    }
    Ok(Value::string(format_fields(
        vm,
        fmt.as_str(),
        &[],
        &[],
        Some(mapping),
    )?))
}

/// The name and spec of a format that is one plain field (no conversion, attribute,
/// index or nested field) and nothing else.
fn whole_field_parts(fmt: &str) -> Option<(&str, &str)> {
    let inner = fmt.strip_prefix('{')?.strip_suffix('}')?;
    let (name, spec) = inner.split_once(':').unwrap_or((inner, ""));
    let plain = |t: &str| !t.contains(['{', '}', '!', '.', '[']);
    if !plain(name) || spec.contains(['{', '}']) {
        return None;
    }
    Some((name, spec))
}

/// A format that is one plain field and nothing else (`{}`, `{0:x}`, `{name}`; no
/// conversion, attribute, index or nested field) naming an argument that is there: the
/// argument and the spec. Such a format gives what `format(arg, spec)` gives, a str
/// subclass's instance included, as CPython's does.
fn whole_field<'a>(
    fmt: &'a str,
    pos: &[Value],
    kw: &[(Rc<PyStr>, Value)],
) -> Option<(Value, &'a str)> {
    let (name, spec) = whole_field_parts(fmt)?;
    let value = if name.is_empty() {
        pos.first()
    } else if name.bytes().all(|b| b.is_ascii_digit()) {
        pos.get(name.parse::<usize>().ok()?)
    } else {
        kw.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v)
    };
    value.map(|v| (v.clone(), spec))
}

/// Expands `{field!conv:spec}` replacement fields (str.format / format_map).
pub fn format_fields(
    vm: &mut Vm,
    fmt: &str,
    pos: &[Value],
    kw: &[(Rc<PyStr>, Value)],
    mapping: Option<&Value>,
) -> PyResult<String> {
    let args = FormatArgs { pos, kw, mapping };
    let mut numbering = Numbering::default();
    let chars: Vec<char> = fmt.chars().collect();
    render(vm, &chars, &args, &mut numbering, 2)
}

/// The arguments fields refer to.
struct FormatArgs<'a> {
    pos: &'a [Value],
    kw: &'a [(Rc<PyStr>, Value)],
    mapping: Option<&'a Value>,
}

/// Automatic (`{}`) and manual (`{0}`) numbering may not be mixed, nested specs included.
#[derive(Default)]
struct Numbering {
    next: usize,
    manual: bool,
}

/// One replacement field as the scanner splits it.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
    /// The spec holds nested fields (`{:{width}}`).
    spec_has_fields: bool,
}

/// Renders `chars`; `depth` is how many more levels of nested specs may be expanded.
fn render(
    vm: &mut Vm,
    chars: &[char],
    args: &FormatArgs<'_>,
    numbering: &mut Numbering,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '{' && c != '}' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&c) {
            out.push(c);
            i += 2;
            continue;
        }
        if c == '}' {
            return Err(PyErr::value_error(
                "Single '}' encountered in format string",
            ));
        }
        if i + 1 == chars.len() {
            return Err(PyErr::value_error(
                "Single '{' encountered in format string",
            ));
        }
        let (field, next) = scan_field(chars, i + 1)?;
        i = next;
        let value = resolve_name(vm, &field.name, args, numbering)?;
        let value = match field.conversion {
            None => value,
            Some('r') => Value::string(vm.repr(&value)?),
            Some('s') => Value::Str(vm.to_str(&value)?),
            Some('a') => Value::string(crate::objects::str::escape_non_ascii(&vm.repr(&value)?)),
            Some(other) => {
                return Err(PyErr::value_error(format!(
                    "Unknown conversion specifier {other}"
                )))
            }
        };
        let spec = if field.spec_has_fields {
            let spec_chars: Vec<char> = field.spec.chars().collect();
            render(vm, &spec_chars, args, numbering, depth - 1)?
        } else {
            field.spec
        };
        out.push_str(&vm.format(&value, &spec)?);
    }
    Ok(out)
}

/// Splits the field starting at `start` (just after its `{`) into name, conversion and
/// spec; returns it with the index after its closing `}`. Braces inside `[...]` of the name
/// do not count, and the character after `!` is the conversion whatever it is.
fn scan_field(chars: &[char], start: usize) -> PyResult<(Field, usize)> {
    let unmatched = || PyErr::value_error("unmatched '{' in format spec");
    let mut j = start;
    let mut in_brackets = false;
    let mut name_end = None;
    let mut conversion = None;
    // Name part: up to `!`, `:` or the closing brace.
    while j < chars.len() {
        let c = chars[j];
        if in_brackets {
            in_brackets = c != ']';
            j += 1;
            continue;
        }
        match c {
            '[' => in_brackets = true,
            '}' => {
                let field = Field {
                    name: chars[start..j].iter().collect(),
                    conversion: None,
                    spec: String::new(),
                    spec_has_fields: false,
                };
                return Ok((field, j + 1));
            }
            '!' | ':' => {
                name_end = Some(j);
                break;
            }
            _ => {}
        }
        j += 1;
    }
    let Some(name_end) = name_end else {
        return Err(PyErr::value_error("expected '}' before end of string"));
    };
    let name: String = chars[start..name_end].iter().collect();
    j = name_end;
    if chars[j] == '!' {
        let conv = chars.get(j + 1).copied().ok_or_else(|| {
            PyErr::value_error("end of string while looking for conversion specifier")
        })?;
        conversion = Some(conv);
        j += 2;
        match chars.get(j) {
            None => return Err(unmatched()),
            Some('}') => {
                let field = Field {
                    name,
                    conversion,
                    spec: String::new(),
                    spec_has_fields: false,
                };
                return Ok((field, j + 1));
            }
            Some(':') => {}
            Some(_) => {
                return Err(PyErr::value_error(
                    "expected ':' after conversion specifier",
                ))
            }
        }
    }
    // Spec part: after `:`, with nested fields counted.
    let spec_start = j + 1;
    let mut depth = 1;
    let mut spec_has_fields = false;
    j = spec_start;
    while j < chars.len() {
        match chars[j] {
            '{' => {
                depth += 1;
                spec_has_fields = true;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    let field = Field {
                        name,
                        conversion,
                        spec: chars[spec_start..j].iter().collect(),
                        spec_has_fields,
                    };
                    return Ok((field, j + 1));
                }
            }
            _ => {}
        }
        j += 1;
    }
    Err(unmatched())
}

/// The argument a field name selects, then its `.attr` and `[key]` parts applied one by one
/// (each part is checked only when reached, as CPython does).
fn resolve_name(
    vm: &mut Vm,
    name: &str,
    args: &FormatArgs<'_>,
    numbering: &mut Numbering,
) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let index = if first.is_empty() {
        if numbering.manual {
            return Err(PyErr::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        numbering.next += 1;
        Some(numbering.next - 1)
    } else if first.bytes().all(|b| b.is_ascii_digit()) {
        if numbering.next > 0 {
            return Err(PyErr::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        numbering.manual = true;
        Some(
            first
                .parse::<usize>()
                .map_err(|_| PyErr::value_error("Too many decimal digits in format string"))?,
        )
    } else {
        None
    };
    let mut value = match (index, args.mapping) {
        (Some(_), Some(_)) => {
            return Err(PyErr::value_error(
                "Format string contains positional fields",
            ))
        }
        (Some(n), None) => args.pos.get(n).cloned().ok_or_else(|| {
            PyErr::index_error(format!(
                "Replacement index {n} out of range for positional args tuple"
            ))
        })?,
        (None, Some(m)) => vm.get_item(m, &Value::str(first))?,
        (None, None) => args
            .kw
            .iter()
            .find(|(k, _)| k.as_str() == first)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| PyErr::key_error(Value::str(first)))?,
    };
    let empty = || PyErr::value_error("Empty attribute in format string");
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return Err(empty());
            }
            value = vm.get_attr(&value, &PyStr::intern(&r[..end]))?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| PyErr::value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            if key.is_empty() {
                return Err(empty());
            }
            let k = match key.parse::<i64>() {
                Ok(n) if key.bytes().all(|b| b.is_ascii_digit()) => Value::Int(n),
                _ => Value::str(key),
            };
            value = vm.get_item(&value, &k)?;
            rest = &r[end + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(PyErr::value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        } else {
            break;
        }
    }
    Ok(value)
}
