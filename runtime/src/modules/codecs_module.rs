//! The `codecs` module: `encode`, `decode` and `lookup` over the text codecs of
//! `objects/codecs.rs` (the same ones `str.encode` and `bytes.decode` know), and the BOM
//! constants.
//!
//! Called through this module, a codec's failures that are not about the data (wrong
//! argument type, unknown error handler) read "encoding with 'utf-8' codec failed
//! (TypeError: …)", as CPython's registry words them.

use crate::objects::OrNone;
use std::rc::Rc;

use crate::objects::bytes::{buffer_of, bytes_value};
use crate::objects::function::Args;
use crate::objects::{charmap_codecs, codecs, PyBuiltin, PyErr, PyModule, PyResult, PyType, Value};
use crate::vm::Vm;

use super::native_class::native_class;
use super::params::Params;

thread_local! {
    /// What `lookup` returns: an object naming the codec.
    static CODEC_INFO: Rc<PyType> = native_class("codecs", "CodecInfo", &[]);
}

/// The byte order marks. The unsuffixed ones are the native byte order's: tote runs on
/// little-endian machines.
const BOMS: [(&str, &[u8]); 14] = [
    ("BOM_UTF8", b"\xef\xbb\xbf"),
    ("BOM_UTF16_LE", b"\xff\xfe"),
    ("BOM_UTF16_BE", b"\xfe\xff"),
    ("BOM_UTF32_LE", b"\xff\xfe\x00\x00"),
    ("BOM_UTF32_BE", b"\x00\x00\xfe\xff"),
    ("BOM_UTF16", b"\xff\xfe"),
    ("BOM_UTF32", b"\xff\xfe\x00\x00"),
    ("BOM", b"\xff\xfe"),
    ("BOM_LE", b"\xff\xfe"),
    ("BOM_BE", b"\xfe\xff"),
    ("BOM32_LE", b"\xff\xfe"),
    ("BOM32_BE", b"\xfe\xff"),
    ("BOM64_LE", b"\xff\xfe\x00\x00"),
    ("BOM64_BE", b"\x00\x00\xfe\xff"),
];

pub fn init(_vm: &mut Vm, m: &Rc<PyModule>) -> PyResult<()> {
    m.set("encode", PyBuiltin::value("encode", encode));
    m.set("decode", PyBuiltin::value("decode", decode));
    m.set("lookup", PyBuiltin::value("lookup", lookup));
    m.set("CodecInfo", Value::Type(CODEC_INFO.with(|t| t.clone())));
    for (name, bom) in BOMS {
        m.set(name, bytes_value(bom.to_vec()));
    }
    Ok(())
}

/// The `(obj, encoding, errors)` of `encode`/`decode`, the codec looked up (an unknown
/// encoding is a plain `LookupError`).
fn codec_call(
    func: &str,
    args: Args,
) -> PyResult<(Value, Rc<crate::objects::PyStr>, Rc<crate::objects::PyStr>)> {
    let mut slots = Params {
        func,
        names: &["obj", "encoding", "errors"],
        required: 1,
        positional: 3,
    }
    .bind(args)?
    .into_iter();
    let obj = slots.next().flatten().or_none();
    let (encoding, errors) =
        codecs::codec_args(func, slots.next().flatten(), slots.next().flatten())?;
    codecs::canonical_name(encoding.as_str())?;
    Ok((obj, encoding, errors))
}

/// `codecs.encode(obj, encoding='utf-8', errors='strict')`.
fn encode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, encoding, errors) = codec_call("encode", args)?;
    let Value::Str(text) = &obj else {
        // CPython's message names the codec's own encode function: utf_8_encode(),
        // charmap_encode()…
        let canonical = codecs::canonical_name(encoding.as_str())?;
        let function = if charmap_codecs::named(canonical).is_some() {
            "charmap".to_string()
        } else {
            canonical.replace('-', "_")
        };
        let err = PyErr::type_error(format!(
            "{}_encode() argument 1 must be str, not {}",
            function,
            obj.type_name()
        ));
        return Err(codecs::reword_failure("encoding", encoding.as_str(), err));
    };
    let data = codecs::registry_encode(text.as_str(), encoding.as_str(), errors.as_str())?;
    Ok(bytes_value(data))
}

/// `codecs.decode(obj, encoding='utf-8', errors='strict')`.
fn decode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, encoding, errors) = codec_call("decode", args)?;
    let Some(data) = buffer_of(&obj)? else {
        let err = PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            obj.type_name()
        ));
        return Err(codecs::reword_failure("decoding", encoding.as_str(), err));
    };
    let text = codecs::registry_decode(&data, encoding.as_str(), errors.as_str())?;
    Ok(Value::string(text))
}

/// `codecs.lookup(encoding)`: a `CodecInfo` whose `name` is CPython's canonical name.
fn lookup(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    // The function lives in `_codecs`, and its messages say so.
    args.expect("_codecs.lookup", 1, 1)?;
    let encoding = match args.pos.first() {
        Some(Value::Str(s)) => s.clone(),
        other => {
            let got = other.map(|v| v.type_name()).unwrap_or_default();
            return Err(PyErr::type_error(format!(
                "lookup() argument must be str, not {}",
                got
            )));
        }
    };
    let name = match codecs::canonical_name(encoding.as_str())? {
        // Latin-1's errors say "latin-1", but its CodecInfo is named after ISO 8859-1.
        "latin-1" => "iso8859-1",
        other => other,
    };
    let info = crate::objects::PyInstance::new(CODEC_INFO.with(|t| t.clone()));
    info.set_attr("name", Value::str(name));
    Ok(Value::Instance(info))
}
