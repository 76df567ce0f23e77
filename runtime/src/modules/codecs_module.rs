//! The native `_codecs` module, which `stdlib/codecs.py` re-exports: `encode`, `decode`,
//! `lookup` and the `get*` helpers over the text codecs of `objects/codecs.rs` (the same
//! ones `str.encode` and `bytes.decode` know) and the transform codecs of
//! `codecs_transforms.rs` (`hex`, `base64`, `rot13`), the `CodecInfo` tuples `lookup`
//! returns, the escape codecs' functions (`codecs_functions.rs`) and the BOM constants.
//!
//! Called through this module, a codec's failures that are not about the data (wrong
//! argument type, unknown error handler) read "encoding with 'utf-8' codec failed
//! (TypeError: …)", as CPython's registry words them.

use crate::objects::OrNone;
use std::rc::Rc;

use crate::objects::bytes::{buffer_of, bytes_value};
use crate::objects::function::Args;
use crate::objects::{
    charmap_codecs, codecs, escape_codecs, types, PyBuiltin, PyDict, PyErr, PyInstance, PyModule,
    PyResult, PyStr, PyType, Value,
};
use crate::vm::Vm;

use super::codecs_transforms::Transform;
use super::params::Params;
use super::{codecs_functions, codecs_incremental};

thread_local! {
    /// The `CodecInfo` of each name looked up (lower-cased, spaces as hyphens), which
    /// CPython's registry also keeps: the same name gives the same object.
    static LOOKED_UP: std::cell::RefCell<std::collections::HashMap<String, Value>> =
        Default::default();
    /// What `lookup` returns: a tuple `(encode, decode, streamreader, streamwriter)` with
    /// those and the codec's other parts as attributes.
    static CODEC_INFO: Rc<PyType> = codec_info_class();
}

/// The fields of a `CodecInfo`, in `CodecInfo(...)`'s parameter order; the first four are
/// its tuple.
const CODEC_INFO_FIELDS: [&str; 7] = [
    "encode",
    "decode",
    "streamreader",
    "streamwriter",
    "incrementalencoder",
    "incrementaldecoder",
    "name",
];

fn codec_info_class() -> Rc<PyType> {
    let dict = PyDict::new_tracked();
    dict.set_str("__module__", Value::str("codecs"));
    dict.set_str("__doc__", Value::None);
    dict.set_str("_is_text_encoding", Value::bool(true));
    dict.set_str("__new__", PyBuiltin::value("__new__", codec_info_new));
    dict.set_str("__repr__", PyBuiltin::value("__repr__", codec_info_repr));
    let tuple = types().tuple.clone();
    match PyType::new_class("CodecInfo", "CodecInfo", vec![tuple.clone()], dict, None) {
        Ok(t) => t,
        // `tuple` is always an acceptable single base; this keeps the call infallible.
        Err(_) => PyType::new_builtin(
            "CodecInfo",
            vec![tuple],
            crate::objects::typeobj::Layout::Object,
        ),
    }
}

/// A `CodecInfo` of class `cls` from its seven fields (missing ones are None).
fn new_codec_info(cls: Rc<PyType>, fields: Vec<Value>, is_text: Option<bool>) -> Value {
    let items = fields.iter().take(4).cloned().collect();
    let info = PyInstance::with_base(cls, Value::tuple(items));
    for (name, value) in CODEC_INFO_FIELDS.iter().zip(fields) {
        info.set_attr(name, value);
    }
    if let Some(is_text) = is_text {
        info.set_attr("_is_text_encoding", Value::bool(is_text));
    }
    Value::Instance(info)
}

/// `CodecInfo(encode, decode, streamreader=None, streamwriter=None,
/// incrementalencoder=None, incrementaldecoder=None, name=None, *, _is_text_encoding=None)`.
fn codec_info_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(PyErr::type_error("CodecInfo.__new__(X): X is not a type"));
    };
    args.pos.remove(0);
    let is_text = args.take_kw("_is_text_encoding");
    let slots = Params {
        func: "CodecInfo.__new__",
        names: &CODEC_INFO_FIELDS,
        required: 0,
        positional: 7,
    }
    .bind(args)?;
    // CPython's `__new__` is a Python function, and words a missing argument as one does.
    let missing: Vec<String> = CODEC_INFO_FIELDS[..2]
        .iter()
        .zip(&slots)
        .filter(|(_, slot)| slot.is_none())
        .map(|(name, _)| format!("'{name}'"))
        .collect();
    if !missing.is_empty() {
        return Err(PyErr::type_error(format!(
            "CodecInfo.__new__() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            missing.join(" and ")
        )));
    }
    let fields = slots
        .into_iter()
        .map(|v| v.unwrap_or(Value::None))
        .collect();
    let is_text = match is_text {
        Some(Value::None) | None => None,
        Some(v) => Some(vm.truthy(&v)?),
    };
    Ok(new_codec_info(cls, fields, is_text))
}

/// `<codecs.CodecInfo object for encoding utf-8 at 0x…>`.
fn codec_info_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("__repr__", 1, 1)?;
    let me = &args.pos[0];
    let class = me.type_of();
    let module = match class.lookup("__module__") {
        Some(Value::Str(m)) => m.as_str().to_string(),
        _ => "builtins".to_string(),
    };
    let name = match me {
        Value::Instance(i) => i.attr("name").unwrap_or(Value::None),
        _ => Value::None,
    };
    let name = vm.to_str(&name)?;
    Ok(Value::string(format!(
        "<{}.{} object for encoding {} at {:#x}>",
        module,
        class.qualname.borrow(),
        name.as_str(),
        me.id()
    )))
}

/// A codec as the registry finds it by name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RegistryCodec {
    /// A text encoding: the name its errors use (`latin-1`) and its registry name
    /// (`iso8859-1`).
    Text {
        canonical: &'static str,
        registry: &'static str,
    },
    Transform(Transform),
}

impl RegistryCodec {
    /// The codec named `encoding`, or "LookupError: unknown encoding: x".
    pub fn find(encoding: &str) -> PyResult<RegistryCodec> {
        if let Some(t) = Transform::named(encoding) {
            return Ok(RegistryCodec::Transform(t));
        }
        let canonical = codecs::canonical_name(encoding)?;
        let registry = match canonical {
            // Latin-1's errors say "latin-1", but its CodecInfo is named after ISO 8859-1.
            "latin-1" => "iso8859-1",
            other => other,
        };
        Ok(RegistryCodec::Text {
            canonical,
            registry,
        })
    }

    /// `CodecInfo.name`.
    pub fn registry_name(self) -> &'static str {
        match self {
            RegistryCodec::Text { registry, .. } => registry,
            RegistryCodec::Transform(t) => t.name(),
        }
    }

    /// The `__name__`s of CPython's encode and decode functions for the codec: `_codecs`
    /// functions for some, methods or Python functions (`decode`) for others.
    fn function_names(self) -> (&'static str, &'static str) {
        match self {
            RegistryCodec::Text { canonical, .. } => match canonical {
                "utf-8" => ("utf_8_encode", "decode"),
                "ascii" => ("ascii_encode", "ascii_decode"),
                "latin-1" => ("latin_1_encode", "latin_1_decode"),
                "utf-16" => ("utf_16_encode", "decode"),
                "utf-16-le" => ("utf_16_le_encode", "decode"),
                "utf-16-be" => ("utf_16_be_encode", "decode"),
                "utf-32" => ("utf_32_encode", "decode"),
                "utf-32-le" => ("utf_32_le_encode", "decode"),
                "utf-32-be" => ("utf_32_be_encode", "decode"),
                "unicode-escape" => ("unicode_escape_encode", "unicode_escape_decode"),
                "raw-unicode-escape" => ("raw_unicode_escape_encode", "raw_unicode_escape_decode"),
                _ => ("encode", "decode"),
            },
            RegistryCodec::Transform(Transform::Hex) => ("hex_encode", "hex_decode"),
            RegistryCodec::Transform(Transform::Base64) => ("base64_encode", "base64_decode"),
            RegistryCodec::Transform(Transform::Rot13) => ("encode", "decode"),
        }
    }

    /// The module of `encodings` that defines the codec in CPython (`utf_8`, `latin_1`).
    pub fn module_name(self) -> String {
        match self {
            RegistryCodec::Text {
                canonical: "latin-1",
                ..
            } => "latin_1".to_string(),
            RegistryCodec::Text { canonical, .. } => canonical.replace('-', "_"),
            RegistryCodec::Transform(t) => t.module().to_string(),
        }
    }
}

/// The byte order marks. The unsuffixed ones are the native byte order's: tote runs on
/// little-endian machines.
const BOMS: [(&str, &[u8]); 14] = [
    ("BOM_UTF8", codecs::UTF8_BOM),
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
    m.set(
        "getencoder",
        PyBuiltin::value("getencoder", |vm, a| {
            codec_info_part(vm, a, "getencoder", "encode")
        }),
    );
    m.set(
        "getdecoder",
        PyBuiltin::value("getdecoder", |vm, a| {
            codec_info_part(vm, a, "getdecoder", "decode")
        }),
    );
    m.set(
        "getincrementalencoder",
        PyBuiltin::value("getincrementalencoder", |vm, a| {
            codec_info_part(vm, a, "getincrementalencoder", "incrementalencoder")
        }),
    );
    m.set(
        "getincrementaldecoder",
        PyBuiltin::value("getincrementaldecoder", |vm, a| {
            codec_info_part(vm, a, "getincrementaldecoder", "incrementaldecoder")
        }),
    );
    m.set("CodecInfo", Value::Type(CODEC_INFO.with(|t| t.clone())));
    for (name, func) in codecs_functions::FUNCTIONS {
        m.set(name, PyBuiltin::value(name, func));
    }
    for (name, bom) in BOMS {
        m.set(name, bytes_value(bom.to_vec()));
    }
    Ok(())
}

/// The `(obj, encoding, errors)` of `encode`/`decode` and the codec they name (an unknown
/// encoding is a plain `LookupError`).
fn codec_call(func: &str, args: Args) -> PyResult<(Value, Rc<PyStr>, Rc<PyStr>, RegistryCodec)> {
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
    let codec = RegistryCodec::find(encoding.as_str())?;
    Ok((obj, encoding, errors, codec))
}

/// "utf_8_encode() argument 1 must be str, not bytes": CPython's message names the codec's
/// own encode function (utf_8_encode(), charmap_encode()…).
fn not_str_error(canonical: &str, obj: &Value) -> PyErr {
    let function = if charmap_codecs::named(canonical).is_some() {
        "charmap".to_string()
    } else {
        canonical.replace('-', "_")
    };
    PyErr::type_error(format!(
        "{}_encode() argument 1 must be str, not {}",
        function,
        crate::objects::methods::method_args::arg_type_name(obj)
    ))
}

fn not_bytes_error(obj: &Value) -> PyErr {
    PyErr::type_error(format!(
        "a bytes-like object is required, not '{}'",
        obj.type_name()
    ))
}

/// `codecs.encode(obj, encoding='utf-8', errors='strict')`.
fn encode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, encoding, errors, codec) = codec_call("encode", args)?;
    let canonical = match codec {
        RegistryCodec::Transform(t) => {
            return t
                .encode(&obj, errors.as_str())
                .map_err(|e| codecs::reword_any_failure("encoding", encoding.as_str(), e))
        }
        RegistryCodec::Text { canonical, .. } => canonical,
    };
    let Value::Str(text) = &obj else {
        let err = not_str_error(canonical, &obj);
        return Err(codecs::reword_failure("encoding", encoding.as_str(), err));
    };
    let data = codecs::registry_encode(text.as_str(), encoding.as_str(), errors.as_str())?;
    Ok(bytes_value(data))
}

/// `codecs.decode(obj, encoding='utf-8', errors='strict')`.
fn decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (obj, encoding, errors, codec) = codec_call("decode", args)?;
    if let RegistryCodec::Transform(t) = codec {
        return t
            .decode(&obj, errors.as_str())
            .map_err(|e| codecs::reword_any_failure("decoding", encoding.as_str(), e));
    }
    let data = match (&obj, codec.registry_name()) {
        // The escape codecs decode a str as its UTF-8 bytes.
        (Value::Str(_), "unicode-escape" | "raw-unicode-escape") => {
            std::borrow::Cow::Owned(codecs_functions::escaped_input(&obj)?)
        }
        _ => match buffer_of(&obj)? {
            Some(data) => data,
            None => {
                let err = not_bytes_error(&obj);
                return Err(codecs::reword_failure("decoding", encoding.as_str(), err));
            }
        },
    };
    let mode = codecs::DecodeMode::Registry;
    let out = codecs::decode_text(&data, encoding.as_str(), errors.as_str(), mode)?;
    escape_codecs::warn_decoded_in_registry(vm, out.warning, encoding.as_str())?;
    Ok(Value::string(out.text))
}

/// The `CodecInfo` of the codec named by the one argument of `lookup` and the `get*`
/// functions.
fn looked_up(args: &Args) -> PyResult<Value> {
    // The function lives in `_codecs`, and its messages say so.
    args.expect("_codecs.lookup", 1, 1)?;
    match args.pos.first() {
        Some(Value::Str(s)) => {
            let key = s.as_str().to_lowercase().replace(' ', "-");
            if let Some(info) = LOOKED_UP.with(|cache| cache.borrow().get(&key).cloned()) {
                return Ok(info);
            }
            let info = codec_info(RegistryCodec::find(s.as_str())?);
            LOOKED_UP.with(|cache| cache.borrow_mut().insert(key, info.clone()));
            Ok(info)
        }
        other => {
            let got = other
                .map(crate::objects::methods::method_args::arg_type_name)
                .unwrap_or_default();
            Err(PyErr::type_error(format!(
                "lookup() argument must be str, not {}",
                got
            )))
        }
    }
}

/// `codecs.lookup(encoding)`: the codec's `CodecInfo`, named as CPython's registry names it.
fn lookup(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    looked_up(&args)
}

fn codec_info(codec: RegistryCodec) -> Value {
    let name = codec.registry_name();
    let bound = |func_name: &'static str, func: crate::objects::function::NativeFn| {
        PyBuiltin::new(func_name, func).bind(Value::Str(PyStr::intern(name)))
    };
    let (incremental_encoder, incremental_decoder) = codecs_incremental::classes(codec);
    let (encode_name, decode_name) = codec.function_names();
    // The escape codecs' CodecInfo holds `_codecs` functions themselves.
    let exported = |func_name: &str| codecs_functions::function(func_name);
    let fields = vec![
        exported(encode_name).unwrap_or_else(|| bound(encode_name, info_encode)),
        exported(decode_name).unwrap_or_else(|| bound(decode_name, info_decode)),
        Value::None,
        Value::None,
        incremental_encoder,
        incremental_decoder,
        Value::str(name),
    ];
    let is_text = matches!(codec, RegistryCodec::Text { .. });
    new_codec_info(CODEC_INFO.with(|t| t.clone()), fields, Some(is_text))
}

/// `codecs.getencoder(encoding)` and the like: one attribute of the codec's `CodecInfo`.
fn codec_info_part(_vm: &mut Vm, args: Args, func: &str, part: &str) -> PyResult<Value> {
    // CPython writes these in Python, so a wrong call gets the def-call messages.
    let encoding = crate::modules::params::def_one(&args, func, "encoding")?;
    match looked_up(&Args::new(vec![encoding]))? {
        Value::Instance(info) => Ok(info.attr(part).unwrap_or(Value::None)),
        _ => Ok(Value::None),
    }
}

/// The `(codec name, input, errors)` of a `CodecInfo`'s bound `encode`/`decode`.
fn info_args(args: Args, func: &str) -> PyResult<(RegistryCodec, Value, Rc<PyStr>)> {
    let mut pos = args.pos.into_iter();
    let name = pos.next().unwrap_or(Value::None);
    let codec = match &name {
        Value::Str(s) => RegistryCodec::find(s.as_str())?,
        _ => return Err(PyErr::type_error(format!("{func}() has no codec"))),
    };
    let mut slots = Params {
        func,
        names: &["input", "errors"],
        required: 1,
        positional: 2,
    }
    .bind(Args {
        pos: pos.collect(),
        kw: args.kw,
    })?
    .into_iter();
    let input = slots.next().flatten().or_none();
    let errors = match slots.next().flatten() {
        None | Some(Value::None) => crate::objects::PyStr::intern("strict"),
        Some(Value::Str(s)) => s,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "{}() argument 2 must be str or None, not {}",
                func,
                other.type_name()
            )))
        }
    };
    Ok((codec, input, errors))
}

/// The length `encode`/`decode` report as consumed: the whole input.
fn input_length(input: &Value) -> PyResult<usize> {
    Ok(match input {
        Value::Str(s) => s.as_str().chars().count(),
        other => buffer_of(other)?.map(|b| b.len()).unwrap_or(0),
    })
}

/// `CodecInfo.encode(input, errors='strict')`: `(output, length consumed)`.
fn info_encode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (codec, input, errors) = info_args(args, "encode")?;
    let output = match codec {
        RegistryCodec::Transform(t) => t.encode(&input, errors.as_str())?,
        RegistryCodec::Text { canonical, .. } => {
            let Value::Str(text) = &input else {
                return Err(not_str_error(canonical, &input));
            };
            bytes_value(codecs::encode(text.as_str(), canonical, errors.as_str())?)
        }
    };
    let consumed = input_length(&input)?;
    Ok(Value::tuple(vec![output, Value::from(consumed)]))
}

/// `CodecInfo.decode(input, errors='strict')`: `(output, length consumed)`.
fn info_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (codec, input, errors) = info_args(args, "decode")?;
    let output = match codec {
        RegistryCodec::Transform(t) => t.decode(&input, errors.as_str())?,
        RegistryCodec::Text { canonical, .. } => {
            let Some(data) = buffer_of(&input)? else {
                return Err(not_bytes_error(&input));
            };
            let mode = codecs::DecodeMode::Text;
            let out = codecs::decode_text(&data, canonical, errors.as_str(), mode)?;
            escape_codecs::warn_decoded(vm, out.warning)?;
            Value::string(out.text)
        }
    };
    let consumed = input_length(&input)?;
    Ok(Value::tuple(vec![output, Value::from(consumed)]))
}
