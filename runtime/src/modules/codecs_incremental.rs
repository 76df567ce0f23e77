//! The incremental encoder and decoder classes of `codecs.lookup(...)` (and
//! `codecs.getincrementalencoder`/`getincrementaldecoder`): one pair of classes per codec,
//! named as CPython names them (`encodings.utf_8.IncrementalDecoder`).
//!
//! A decoder keeps the bytes that end its input in the middle of a character (a cut UTF-8
//! sequence, an odd UTF-16 byte, the high half of a surrogate pair) until the next chunk
//! or `final=True`; a `utf-16`/`utf-32` decoder reads the byte order mark once, and the
//! encoder writes it once. The decoding itself is the one-shot codecs' (`objects/codecs.rs`).
//! The transform codecs (`hex`, `base64`, `rot13`) keep no state.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::objects::bytes::{buffer_of, bytes_value};
use crate::objects::codec_stream::{StreamDecoder, StreamEncoder};
use crate::objects::function::Args;
use crate::objects::{PyErr, PyInstance, PyResult, PyStr, PyType, Value};
use crate::vm::Vm;

use super::codecs_module::RegistryCodec;
use super::native_class::native_class;
use super::params::Params;

/// The class attribute naming the codec a class codes with (by its registry name).
const CODEC_ATTR: &str = "_codec_name";

thread_local! {
    /// The (encoder, decoder) classes made so far, by registry name.
    static CLASSES: RefCell<HashMap<&'static str, (Rc<PyType>, Rc<PyType>)>> =
        RefCell::new(HashMap::new());
}

/// The (IncrementalEncoder, IncrementalDecoder) classes of `codec`.
pub fn classes(codec: RegistryCodec) -> (Value, Value) {
    let name = codec.registry_name();
    let (encoder, decoder) = CLASSES.with(|cache| {
        cache
            .borrow_mut()
            .entry(name)
            .or_insert_with(|| {
                let module = format!("encodings.{}", codec.module_name());
                let encoder = native_class(
                    &module,
                    "IncrementalEncoder",
                    &[
                        ("__new__", coder_new),
                        ("__init__", coder_init),
                        ("encode", encode),
                        ("reset", reset),
                        ("getstate", encoder_getstate),
                        ("setstate", encoder_setstate),
                    ],
                );
                let decoder = native_class(
                    &module,
                    "IncrementalDecoder",
                    &[
                        ("__new__", coder_new),
                        ("__init__", coder_init),
                        ("decode", decode),
                        ("reset", reset),
                        ("getstate", getstate),
                        ("setstate", setstate),
                    ],
                );
                for class in [&encoder, &decoder] {
                    class.dict.set_str(CODEC_ATTR, Value::str(name));
                }
                (encoder, decoder)
            })
            .clone()
    });
    (Value::Type(encoder), Value::Type(decoder))
}

/// What an incremental coder remembers between calls.
struct CoderState {
    codec: RegistryCodec,
    /// Undecoded bytes that end the input so far.
    pending: Vec<u8>,
    /// The byte order mark and byte order state of a text codec (`codec_stream.rs`).
    decoder: Option<StreamDecoder>,
    encoder: Option<StreamEncoder>,
}

type CoderCell = RefCell<CoderState>;

/// `__new__(cls, errors='strict')`: a coder for the codec its class names. (It takes the
/// `errors` of `__init__` too: a native class's `__init__` is not called on creation; a
/// subclass's Python `__init__` is, and receives the arguments.)
fn coder_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.pos.first() else {
        return Err(PyErr::type_error(
            "IncrementalDecoder.__new__(X): X is not a type",
        ));
    };
    let codec = match cls.lookup(CODEC_ATTR) {
        Some(Value::Str(name)) => RegistryCodec::find(name.as_str())?,
        _ => return Err(PyErr::type_error("not an incremental coder class")),
    };
    let (decoder, encoder) = match codec {
        RegistryCodec::Text { canonical, .. } => (
            Some(StreamDecoder::new(canonical)),
            Some(StreamEncoder::new(canonical)),
        ),
        RegistryCodec::Transform(_) => (None, None),
    };
    let state = CoderState {
        codec,
        pending: Vec::new(),
        decoder,
        encoder,
    };
    let inst = Value::Instance(PyInstance::with_native(
        cls.clone(),
        Box::new(RefCell::new(state)),
    ));
    // A subclass's own `__init__` (a Python function) gets the arguments instead.
    if !matches!(cls.lookup("__init__"), Some(Value::Function(_))) {
        let mut init_args = args;
        init_args.pos[0] = inst.clone();
        coder_init(vm, init_args)?;
    } else if let Value::Instance(me) = &inst {
        me.set_attr("errors", Value::str("strict"));
    }
    Ok(inst)
}

/// `__init__(self, errors='strict')`.
fn coder_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = Params {
        func: "__init__",
        names: &["errors"],
        required: 0,
        positional: 1,
    }
    .bind_method(&args)?;
    let errors = slots[0].clone().unwrap_or_else(|| Value::str("strict"));
    if let Some(Value::Instance(me)) = args.pos.first() {
        me.set_attr("errors", errors);
    }
    Ok(Value::None)
}

/// The receiver and its state.
fn receiver<'a>(args: &'a Args, method: &str) -> PyResult<(&'a Rc<PyInstance>, &'a CoderCell)> {
    match args.pos.first() {
        Some(Value::Instance(me)) => match me.native::<CoderCell>() {
            Some(cell) => Ok((me, cell)),
            None => Err(PyErr::type_error(format!(
                "descriptor '{method}' requires an incremental coder"
            ))),
        },
        _ => Err(PyErr::type_error(format!(
            "descriptor '{method}' requires an incremental coder"
        ))),
    }
}

/// The `errors` attribute (which callers may change between calls, as in CPython).
fn errors_of(me: &PyInstance) -> PyResult<Rc<PyStr>> {
    match me.attr("errors") {
        Some(Value::Str(s)) => Ok(s),
        None => Ok(PyStr::intern("strict")),
        Some(other) => Err(PyErr::type_error(format!(
            "argument 'errors' must be str, not {}",
            other.type_name()
        ))),
    }
}

/// The `(input, final=False)` of `encode`/`decode`.
fn input_and_final(vm: &mut Vm, args: &Args, method: &str) -> PyResult<(Value, bool)> {
    let slots = Params {
        func: method,
        names: &["input", "final"],
        required: 1,
        positional: 2,
    }
    .bind_method(args)?;
    let input = slots[0].clone().unwrap_or(Value::None);
    let last = match &slots[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok((input, last))
}

/// `encode(input, final=False)`.
fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (input, _) = input_and_final(vm, &args, "encode")?;
    let (me, cell) = receiver(&args, "encode")?;
    let errors = errors_of(me)?;
    let codec = cell.borrow().codec;
    let encoding = match codec {
        RegistryCodec::Transform(t) => return t.encode(&input, errors.as_str()),
        RegistryCodec::Text { canonical, .. } => canonical,
    };
    let Value::Str(text) = &input else {
        return Err(codecs_not_str(encoding, &input));
    };
    let mut encoder = cell
        .borrow()
        .encoder
        .unwrap_or(StreamEncoder::new(encoding));
    let out = encoder.encode(text.as_str(), errors.as_str());
    // (Kept even when the encoding failed: `utf-8-sig`'s encoder forgets its BOM then.)
    cell.borrow_mut().encoder = Some(encoder);
    Ok(bytes_value(out?))
}

fn codecs_not_str(encoding: &str, input: &Value) -> PyErr {
    PyErr::type_error(format!(
        "{}_encode() argument 1 must be str, not {}",
        encoding.replace('-', "_"),
        crate::objects::methods::method_args::arg_type_name(input)
    ))
}

/// `decode(input, final=False)`.
fn decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (input, last) = input_and_final(vm, &args, "decode")?;
    let (me, cell) = receiver(&args, "decode")?;
    let errors = errors_of(me)?;
    let codec = cell.borrow().codec;
    let canonical = match codec {
        RegistryCodec::Transform(t) => return t.decode(&input, errors.as_str()),
        RegistryCodec::Text { canonical, .. } => canonical,
    };
    let Some(chunk) = buffer_of(&input)? else {
        // CPython's buffered decoders start by joining the pending bytes and the input.
        return Err(PyErr::type_error(format!(
            "can't concat {} to bytes",
            input.type_name()
        )));
    };
    let mut data = cell.borrow().pending.clone();
    data.extend_from_slice(&chunk);
    // A failed decoding leaves the state as it was (the input is not kept), as CPython's.
    let mut decoder = cell
        .borrow()
        .decoder
        .unwrap_or(StreamDecoder::new(canonical));
    let out = decoder.decode(&data, errors.as_str(), last)?;
    crate::objects::escape_codecs::warn_decoded(vm, out.warning)?;
    let mut state = cell.borrow_mut();
    state.decoder = Some(decoder);
    state.pending = data.get(out.consumed..).unwrap_or_default().to_vec();
    Ok(Value::string(out.text))
}

/// `reset()`: forget pending input and the byte order.
fn reset(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, cell) = receiver(&args, "reset")?;
    let mut state = cell.borrow_mut();
    state.pending.clear();
    if let Some(d) = state.decoder.as_mut() {
        d.reset();
    }
    if let Some(e) = state.encoder.as_mut() {
        e.reset();
    }
    Ok(Value::None)
}

/// `getstate()`: `(pending bytes, flag)`, the flag saying whether a BOM was read and
/// which byte order it chose (`StreamDecoder::state_flag`).
fn getstate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, cell) = receiver(&args, "getstate")?;
    let state = cell.borrow();
    let flag = state.decoder.map_or(0, |d| d.state_flag());
    Ok(Value::tuple(vec![
        bytes_value(state.pending.clone()),
        Value::Int(flag),
    ]))
}

/// `setstate((pending bytes, flag))`.
fn setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, cell) = receiver(&args, "setstate")?;
    let bad = || PyErr::type_error("setstate() argument must be (bytes, int)");
    let Some(Value::Tuple(t)) = args.pos.get(1) else {
        return Err(bad());
    };
    let pending = match t.items.first().map(buffer_of) {
        Some(Ok(Some(b))) => b.into_owned(),
        _ => return Err(bad()),
    };
    let flag = match t.items.get(1) {
        Some(Value::Int(n)) => *n,
        Some(v @ Value::Bool(_)) => i64::from(vm.truthy(v)?),
        _ => return Err(bad()),
    };
    let mut state = cell.borrow_mut();
    state.pending = pending;
    if let Some(d) = state.decoder.as_mut() {
        d.set_state_flag(flag);
    }
    Ok(Value::None)
}

/// The encoder's `getstate()`: whether a BOM is still to be written
/// (`StreamEncoder::state_flag`).
fn encoder_getstate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, cell) = receiver(&args, "getstate")?;
    let flag = cell.borrow().encoder.map_or(0, |e| e.state_flag());
    Ok(Value::Int(flag))
}

/// The encoder's `setstate(flag)`: 0 continues mid-stream, anything else writes a BOM next.
fn encoder_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, cell) = receiver(&args, "setstate")?;
    let flag = match args.pos.get(1) {
        Some(v) => vm.truthy(v)?,
        None => {
            return Err(PyErr::type_error(
                "setstate() missing required argument 'state'",
            ))
        }
    };
    if let Some(e) = cell.borrow_mut().encoder.as_mut() {
        e.set_state_flag(i64::from(flag));
    }
    Ok(Value::None)
}
