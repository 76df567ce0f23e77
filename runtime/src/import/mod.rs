//! The import system: `sys.modules` first, then the finders in order — native modules, the
//! bundle archive (when the executable carries one), the file system along `sys.path` —
//! executing a module's code once with the module inserted into `sys.modules` first, so
//! circular imports see the partial module. Also relative-import resolution, `from m import
//! x` (including submodules) and `from m import *`.

use crate::objects::exception_members::set_field;
use crate::objects::OrNone;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::compiler::{CompileError, CompileErrorKind};
use crate::objects::{types, PyCode, PyDict, PyErr, PyModule, PyResult, PyStr, Value};
use crate::vm::{Frame, Vm};

pub mod bundle;
pub mod frozen;
pub mod importtime;

/// A module found by a finder, ready to execute.
pub struct FoundModule {
    pub code: CodeObject,
    /// `__file__` (the original relative path for bundled modules).
    pub file: String,
    pub is_package: bool,
    /// A namespace package (no `__init__.py`): `file` is its folder, and it has no
    /// `__file__` of its own.
    pub is_namespace: bool,
    /// Source text for traceback lines, if known.
    pub source: Option<String>,
}

/// Where bundled modules come from (the archive appended to the executable).
pub trait BundleSource {
    /// Looks a module up by its full dotted name; Err(message) for a damaged bundle.
    fn find(&self, name: &str) -> Result<Option<FoundModule>, String>;
    /// The name under which the main module is stored.
    fn main_module(&self) -> String;
}

#[derive(Default)]
pub struct Importer {
    pub bundle: Option<Box<dyn BundleSource + Send>>,
}

/// `SyntaxError` (or a subclass) carrying everything CPython's has.
pub fn compile_error_to_exc(vm: &mut Vm, e: &CompileError) -> PyErr {
    // An error of CPython's compiler stage shows the line of the file it names, if any.
    let text = match &e.text {
        Some(t) => Some(t.clone()),
        None if e.lineno > 0 => vm.source_line(&e.filename, e.lineno),
        None => None,
    };
    // The tokenizer's own errors show the line without its break.
    let text = match text {
        Some(t) if e.text.is_some() && crate::compiler::is_tokenizer_error(&e.msg) => {
            Value::string(t)
        }
        Some(t) => Value::string(t + "\n"),
        None => Value::None,
    };
    syntax_error_exc(e, text)
}

/// The SyntaxError of source bytes that cannot be read as text (`BytesSourceError::
/// Encoding`): located nowhere, as `(filename, 0, -1, None)`.
pub fn encoding_error_exc(msg: &str, filename: &str) -> PyErr {
    let details = vec![
        Value::str(filename),
        Value::Int(0),
        Value::Int(-1),
        Value::None,
    ];
    let err = PyErr::with_args(
        &types().exc.syntax_error,
        vec![Value::str(msg), Value::tuple(details)],
    );
    let i = &err.exc;
    set_field(i, "msg", Value::str(msg));
    set_field(i, "filename", Value::str(filename));
    set_field(i, "lineno", Value::Int(0));
    set_field(i, "offset", Value::Int(-1));
    for none in ["text", "end_lineno", "end_offset", "print_file_and_line"] {
        set_field(i, none, Value::None);
    }
    err
}

/// The exception of a compile error whose `text` attribute is `text`; RecursionError for
/// nesting too deep.
pub fn syntax_error_exc(e: &CompileError, text: Value) -> PyErr {
    let ex = &types().exc;
    let ty = match e.kind {
        CompileErrorKind::SyntaxError => &ex.syntax_error,
        CompileErrorKind::IndentationError => &ex.indentation_error,
        CompileErrorKind::TabError => &ex.tab_error,
        CompileErrorKind::RecursionError => return PyErr::recursion_error(e.msg.clone()),
    };
    let end_offset = match e.end_offset {
        CompileError::NO_END_OFFSET => Value::None,
        n => Value::Int(n),
    };
    let details = Value::tuple(vec![
        Value::str(&e.filename),
        Value::Int(e.lineno as i64),
        Value::Int(e.offset as i64),
        text.clone(),
        Value::Int(e.end_lineno as i64),
        end_offset.clone(),
    ]);
    let args = if e.location_in_args {
        vec![Value::str(&e.msg), details]
    } else {
        vec![Value::str(&e.msg)]
    };
    let err = PyErr::with_args(ty, args);
    let i = &err.exc;
    set_field(i, "msg", Value::str(&e.msg));
    set_field(i, "filename", Value::str(&e.filename));
    set_field(i, "lineno", Value::Int(e.lineno as i64));
    set_field(i, "offset", Value::Int(e.offset as i64));
    set_field(i, "text", text);
    set_field(i, "end_lineno", Value::Int(e.end_lineno as i64));
    set_field(i, "end_offset", end_offset);
    set_field(i, "print_file_and_line", Value::None);
    err
}

fn module_not_found(name: &str) -> PyErr {
    let err = PyErr::new(
        &types().exc.module_not_found_error,
        format!("No module named '{}'", name),
    );
    set_field(&err.exc, "name", Value::str(name));
    err
}

/// Compiles source for a module, remembering the text for tracebacks.
/// (Only once it compiled: an error of the compiler stage shows the line of the file itself,
/// none for `-c` code.) `byte_columns`: the source was read from bytes that report their
/// SyntaxError columns in bytes (`source_encoding::columns_in_bytes`).
pub fn compile_source(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    byte_columns: bool,
) -> PyResult<CodeObject> {
    compile_module_text(vm, source, filename, false, byte_columns)
}

/// `compile_source` for the script run as the main program, which CPython reads from the
/// file itself: its tokenizer places an error at the end of the file differently.
pub fn compile_script(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    byte_columns: bool,
) -> PyResult<CodeObject> {
    compile_module_text(vm, source, filename, true, byte_columns)
}

fn compile_module_text(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    script: bool,
    byte_columns: bool,
) -> PyResult<CodeObject> {
    match crate::cache::compile_cached(source, filename, crate::compiler::Mode::Exec) {
        Ok((code, outcome)) => {
            vm.sources.insert(filename.to_string(), Rc::from(source));
            importtime::note_cache_hit(outcome == crate::cache::CacheOutcome::Hit);
            Ok(code)
        }
        Err(mut e) => {
            if byte_columns {
                e = e.in_byte_columns(source);
            }
            if script {
                crate::compiler::place_for_script(&mut e);
            }
            Err(compile_error_to_exc(vm, &e))
        }
    }
}

/// Runs a module's code in a fresh module object registered as `name`.
pub fn exec_module(vm: &mut Vm, name: &str, found: FoundModule) -> PyResult<Value> {
    let module = Rc::new(PyModule::with_dict(name, vm.new_module_dict(name)));
    let d = &module.dict;
    let origin = if found.is_namespace {
        Value::None
    } else {
        Value::str(&found.file)
    };
    d.set_str("__file__", origin.clone());
    d.set_str("__doc__", Value::None);
    d.set_str("__spec__", Value::None);
    d.set_str("__loader__", Value::None);
    let package = if found.is_package {
        let dir = if found.is_namespace {
            found.file.clone()
        } else {
            Path::new(&found.file)
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        };
        d.set_str("__path__", Value::list(vec![Value::string(dir)]));
        name.to_string()
    } else {
        name.rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default()
    };
    // The script run as __main__ has no package (None), as CPython's does.
    let package = if name == "__main__" {
        Value::None
    } else {
        Value::string(package)
    };
    if name != "__main__" {
        let parent = match &package {
            Value::Str(p) => p.as_str().to_string(),
            _ => String::new(),
        };
        let locations = d.get_str("__path__");
        d.set_str("__spec__", module_spec(name, origin, &parent, locations));
    }
    d.set_str("__package__", package);
    if let Some(src) = &found.source {
        vm.sources
            .insert(found.code.filename.clone(), Rc::from(src.as_str()));
    }
    // CPython issues them while compiling, before the module exists.
    vm.emit_syntax_warnings(&found.code)?;
    let mv = Value::Module(module.clone());
    vm.modules.set_str(name, mv.clone());
    let frame = Frame::new(
        PyCode::new(found.code),
        module.dict.clone(),
        Some(module.dict.clone()),
    );
    if let Err(e) = vm.run_frame(frame) {
        // A failed import is forgotten; the failed script stays as __main__ (its globals
        // feed "Did you mean" suggestions in the traceback).
        if name != "__main__" {
            vm.modules.del_str(name);
        }
        return Err(e);
    }
    // A module may replace itself in sys.modules while running.
    Ok(vm.modules.get_str(name).unwrap_or(mv))
}

/// `importlib.reload(module)`: finds the module's code again and runs it in the same module
/// object (names it no longer defines stay, as in CPython).
pub fn reload_module(vm: &mut Vm, module: &Value) -> PyResult<Value> {
    let Value::Module(m) = module else {
        return Err(PyErr::type_error("reload() argument must be a module"));
    };
    let name = match m.dict.get_str("__name__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return Err(PyErr::type_error("reload() argument must be a module")),
    };
    if vm.modules.get_str(&name).is_none() {
        let err = PyErr::import_error(format!("module {} not in sys.modules", name));
        set_field(&err.exc, "name", Value::string(name));
        return Err(err);
    }
    if crate::modules::is_native(&name) {
        return Ok(module.clone());
    }
    let parent_path = match name.rsplit_once('.') {
        Some((parent, _)) => {
            let parent_mod = vm.modules.get_str(parent).ok_or_else(|| {
                let err = PyErr::import_error(format!("parent '{}' not in sys.modules", parent));
                set_field(&err.exc, "name", Value::str(parent));
                err
            })?;
            let path = vm.get_attr_opt(&parent_mod, "__path__")?.or_none();
            Some(str_items(vm.collect_iterable(&path)?))
        }
        None => None,
    };
    let Some(found) = find_module(vm, &name, parent_path)? else {
        return Err(module_not_found(&name));
    };
    if let Some(src) = &found.source {
        vm.sources
            .insert(found.code.filename.clone(), Rc::from(src.as_str()));
    }
    m.dict.set_str("__file__", Value::str(&found.file));
    let frame = Frame::new(
        PyCode::new(found.code),
        m.dict.clone(),
        Some(m.dict.clone()),
    );
    vm.run_frame(frame)?;
    Ok(vm.modules.get_str(&name).unwrap_or_else(|| module.clone()))
}

/// Finds a module by full name with the finders, without executing it.
fn find_module(
    vm: &mut Vm,
    name: &str,
    parent_path: Option<Vec<String>>,
) -> PyResult<Option<FoundModule>> {
    if let Some(b) = &vm.importer.bundle {
        match b.find(name) {
            Ok(Some(m)) => return Ok(Some(m)),
            Ok(None) => {}
            Err(msg) => return Err(PyErr::import_error(msg)),
        }
    }
    if let Some((is_package, source)) = frozen::lookup(name) {
        let file = frozen::file_name(name, is_package);
        let code = compile_source(vm, source, &file, false)?;
        return Ok(Some(FoundModule {
            code,
            file,
            is_package,
            is_namespace: false,
            source: None,
        }));
    }
    let dirs = search_dirs(vm, parent_path);
    let last = name.rsplit('.').next().unwrap_or(name);
    for dir in dirs {
        let base = if dir.is_empty() {
            PathBuf::from(".")
        } else {
            PathBuf::from(&dir)
        };
        let pkg_init = base.join(last).join("__init__.py");
        let module_file = base.join(format!("{}.py", last));
        for (path, is_package) in [(pkg_init, true), (module_file, false)] {
            if path.is_file() {
                let source = std::fs::read(&path).map_err(|e| {
                    PyErr::import_error(format!("cannot read {}: {}", path.display(), e))
                })?;
                let file = path.display().to_string();
                let byte_columns = crate::compiler::source_encoding::columns_in_bytes(&source);
                let source = decode_module_bytes(vm, &source, &file)?;
                let code = compile_source(vm, &source, &file, byte_columns)?;
                return Ok(Some(FoundModule {
                    code,
                    file,
                    is_package,
                    is_namespace: false,
                    source: None,
                }));
            }
        }
    }
    Ok(None)
}

/// A module file's bytes as text, read as importlib reads them (it compiles the bytes, so
/// the errors are those of `compile()` of bytes, not of a script run directly).
fn decode_module_bytes(vm: &mut Vm, bytes: &[u8], file: &str) -> PyResult<String> {
    use crate::compiler::source_encoding::{decode_compiled_bytes, first_error, BytesSourceError};
    match decode_compiled_bytes(bytes, file) {
        Ok(text) => Ok(text),
        Err(BytesSourceError::Encoding(msg)) => Err(encoding_error_exc(&msg, file)),
        Err(BytesSourceError::NotUtf8 { text, error }) => {
            let compiled = crate::compiler::compile(&text, file, crate::compiler::Mode::Exec);
            match first_error(compiled.err(), error.as_deref()) {
                Some(e) => Err(compile_error_to_exc(vm, &e)),
                None => Ok(text),
            }
        }
    }
}

/// Imports the module `name` (fully qualified), its parents first.
pub fn import_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.modules.get_str(name) {
        if m.is_none() {
            // `sys.modules[name] = None` blocks the import, as CPython's does.
            let err = PyErr::new(
                &types().exc.module_not_found_error,
                format!("import of {} halted; None in sys.modules", name),
            );
            set_field(&err.exc, "name", Value::str(name));
            return Err(err);
        }
        return Ok(m);
    }
    if !importtime::enabled() {
        return load_module(vm, name);
    }
    let started = importtime::begin();
    let r = load_module(vm, name);
    importtime::end(name, started);
    r
}

/// Finds and executes a module not yet in `sys.modules`.
fn load_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if name.is_empty() {
        return Err(PyErr::value_error("Empty module name"));
    }
    if let Some(init) = crate::modules::native_module(name) {
        return init_native_module(vm, name, init);
    }
    if let Some((parent, child)) = name.rsplit_once('.') {
        // A parent already in sys.modules is used as it is, even a blocking None (which
        // then is "not a package"), as CPython does.
        let parent_mod = match vm.modules.get_str(parent) {
            Some(m) => m,
            None => import_module(vm, parent)?,
        };
        if let Some(m) = vm.modules.get_str(name) {
            return Ok(m);
        }
        let dirs: Vec<String> = match vm.get_attr_opt(&parent_mod, "__path__")? {
            Some(p) => str_items(vm.collect_iterable(&p)?),
            None => {
                let err = PyErr::new(
                    &types().exc.module_not_found_error,
                    format!("No module named '{}'; '{}' is not a package", name, parent),
                );
                set_field(&err.exc, "name", Value::str(name));
                return Err(err);
            }
        };
        let m = match find_module(vm, name, Some(dirs.clone()))? {
            Some(found) => exec_module(vm, name, found)?,
            None => namespace_package(vm, name, Some(dirs))?,
        };
        vm.set_attr(&parent_mod, &PyStr::intern(child), m.clone())?;
        return Ok(m);
    }
    match find_module(vm, name, None)? {
        Some(f) => exec_module(vm, name, f),
        None => namespace_package(vm, name, None),
    }
}

/// The str items of a path list (`sys.path`, `__path__`); others are skipped, as CPython's
/// path finder skips them.
fn str_items(items: Vec<Value>) -> Vec<String> {
    items
        .into_iter()
        .filter_map(|v| match v {
            Value::Str(s) => Some(s.as_str().to_string()),
            _ => None,
        })
        .collect()
}

/// The folders along `sys.path` (or the parent package's `__path__`).
fn search_dirs(vm: &Vm, parent_path: Option<Vec<String>>) -> Vec<String> {
    match parent_path {
        Some(p) => p,
        None => match vm.sys.get("path") {
            Some(Value::List(l)) => str_items(l.snapshot()),
            _ => Vec::new(),
        },
    }
}

/// A namespace package (PEP 420): folders named like the package, without `__init__.py`,
/// found when no regular module or package is. ModuleNotFoundError when there are none.
fn namespace_package(vm: &mut Vm, name: &str, parent_path: Option<Vec<String>>) -> PyResult<Value> {
    let last = name.rsplit('.').next().unwrap_or(name);
    let portions: Vec<Value> = search_dirs(vm, parent_path)
        .into_iter()
        .map(|dir| if dir.is_empty() { ".".to_string() } else { dir })
        .map(|dir| Path::new(&dir).join(last))
        .filter(|p| p.is_dir())
        .map(|p| Value::string(p.display().to_string()))
        .collect();
    if portions.is_empty() {
        return Err(module_not_found(name));
    }
    let module = Rc::new(PyModule::with_dict(name, vm.new_module_dict(name)));
    let d = &module.dict;
    d.set_str("__file__", Value::None);
    d.set_str("__path__", Value::list(portions.clone()));
    d.set_str("__package__", Value::str(name));
    d.set_str(
        "__spec__",
        module_spec(name, Value::None, name, Some(Value::list(portions))),
    );
    let mv = Value::Module(module);
    vm.modules.set_str(name, mv.clone());
    Ok(mv)
}

/// `module.__spec__`: name, origin, parent, submodule_search_locations (a plain attribute
/// object standing in for importlib's ModuleSpec).
fn module_spec(name: &str, origin: Value, parent: &str, locations: Option<Value>) -> Value {
    let spec = crate::objects::PyInstance::new(crate::modules::sys::namespace_type());
    spec.set_attr("name", Value::str(name));
    spec.set_attr("has_location", Value::bool(!origin.is_none()));
    spec.set_attr("origin", origin);
    spec.set_attr("parent", Value::str(parent));
    spec.set_attr("loader", Value::None);
    spec.set_attr("cached", Value::None);
    spec.set_attr("submodule_search_locations", locations.or_none());
    Value::Instance(spec)
}

/// Creates a native module, registers it in `sys.modules` and fills it.
fn init_native_module(
    vm: &mut Vm,
    name: &str,
    init: crate::modules::ModuleInit,
) -> PyResult<Value> {
    let module = Rc::new(PyModule::new(name));
    let mv = Value::Module(module.clone());
    vm.modules.set_str(name, mv.clone());
    if let Err(e) = init(vm, &module) {
        vm.modules.del_str(name);
        return Err(e);
    }
    crate::vm::builtin_names::record_module_functions(name, &module.dict);
    Ok(mv)
}

/// The absolute name a relative import refers to.
fn resolve_relative(
    vm: &mut Vm,
    name: &str,
    level: usize,
    globals: &Rc<PyDict>,
) -> PyResult<String> {
    let package = match globals.get_str("__package__") {
        Some(Value::Str(s)) if !s.as_str().is_empty() => s.as_str().to_string(),
        _ => {
            let modname = match globals.get_str("__name__") {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => String::new(),
            };
            if globals.get_str("__path__").is_some() {
                modname
            } else {
                match modname.rsplit_once('.') {
                    Some((p, _)) => p.to_string(),
                    None => String::new(),
                }
            }
        }
    };
    let _ = vm;
    if package.is_empty() {
        return Err(PyErr::import_error(
            "attempted relative import with no known parent package",
        ));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if level - 1 >= parts.len() {
        return Err(PyErr::import_error(
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{}.{}", base, name)
    })
}

/// The IMPORT_NAME instruction: `builtins.__import__(name, globals, locals, fromlist,
/// level)`. While `__import__` is the builtin one (checked with one dict look-up), the
/// import system is used directly.
pub fn import_statement(
    vm: &mut Vm,
    name: &str,
    fromlist: &Value,
    level: usize,
    globals: &Rc<PyDict>,
) -> PyResult<Value> {
    let hook = match vm.frames.last().and_then(|f| f.code.builtins.as_ref()) {
        Some(own) => own.get_str("__import__"),
        None => vm.builtins.get_str("__import__"),
    };
    match hook {
        Some(Value::Builtin(b)) if b.name == "__import__" && b.bound_self.is_none() => {
            import_name(vm, name, fromlist, level, globals)
        }
        Some(hook) => call_import_hook(vm, &hook, name, fromlist, level, globals),
        None => Err(PyErr::import_error("__import__ not found")),
    }
}

/// `__import__(name, globals, None, fromlist, level)`: the import system.
pub fn import_name(
    vm: &mut Vm,
    name: &str,
    fromlist: &Value,
    level: usize,
    globals: &Rc<PyDict>,
) -> PyResult<Value> {
    let absname = if level > 0 {
        resolve_relative(vm, name, level, globals)?
    } else {
        name.to_string()
    };
    let module = import_module(vm, &absname)?;
    let has_fromlist = match fromlist {
        Value::None => false,
        Value::Tuple(t) => !t.items.is_empty(),
        Value::List(l) => !l.is_empty(),
        _ => true,
    };
    if has_fromlist {
        return Ok(module);
    }
    if level == 0 {
        let top = name.split('.').next().unwrap_or(name);
        return vm.modules.get_str(top).ok_or_else(|| module_not_found(top));
    }
    Ok(module)
}

/// An import statement when `builtins.__import__` was replaced: the replacement is called
/// as CPython calls it, `(name, globals, locals or None, fromlist, level)`.
#[cold]
fn call_import_hook(
    vm: &mut Vm,
    hook: &Value,
    name: &str,
    fromlist: &Value,
    level: usize,
    globals: &Rc<PyDict>,
) -> PyResult<Value> {
    let locals = match vm.frames.last().and_then(|f| f.namespace.clone()) {
        Some(ns) => Value::Dict(ns),
        None => Value::None,
    };
    let args = vec![
        Value::str(name),
        Value::Dict(globals.clone()),
        locals,
        fromlist.clone(),
        Value::Int(level as i64),
    ];
    vm.call(hook, args)
}

/// `IMPORT_FROM`: `module.name`, importing `module.name` as a submodule if needed.
pub fn import_from(vm: &mut Vm, module: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
    if let Some(v) = vm.get_attr_opt(module, name.as_str())? {
        return Ok(v);
    }
    let modname = match vm.get_attr_opt(module, "__name__")? {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "<unknown module name>".to_string(),
    };
    if vm.get_attr_opt(module, "__path__")?.is_some() {
        let full = format!("{}.{}", modname, name.as_str());
        match import_module(vm, &full) {
            Ok(m) => return Ok(m),
            Err(e) if e.is_instance(&types().exc.module_not_found_error) => {}
            Err(e) => return Err(e),
        }
    }
    let file = match vm.get_attr_opt(module, "__file__")? {
        Some(Value::Str(s)) => Some(s),
        _ => None,
    };
    let location = file.as_ref().map_or("unknown location", |f| f.as_str());
    let msg = if is_initializing(vm, &modname) {
        format!(
            "cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})",
            name.as_str(),
            modname,
            location
        )
    } else {
        format!(
            "cannot import name '{}' from '{}' ({})",
            name.as_str(),
            modname,
            location
        )
    };
    let err = PyErr::import_error(msg);
    set_field(&err.exc, "name", Value::string(modname));
    set_field(&err.exc, "path", file.map_or(Value::None, Value::Str));
    Err(err)
}

/// Is a module still executing its top level (a circular import in progress)?
pub(crate) fn is_initializing(vm: &Vm, modname: &str) -> bool {
    // The script is not imported (it has no spec), so it never counts as initializing.
    modname != "__main__" && vm.frames.iter().any(|f| {
        f.namespace.is_some()
            && matches!(f.globals.get_str("__name__"), Some(Value::Str(s)) if s.as_str() == modname)
    })
}

/// `from module import *`.
pub fn import_star(vm: &mut Vm, module: &Value, ns: &Rc<PyDict>) -> PyResult<()> {
    let Value::Module(m) = module else {
        return Err(PyErr::type_error(
            "from-import-* object has no __dict__ and no __all__",
        ));
    };
    match m.dict.get_str("__all__") {
        Some(all) => {
            for n in vm.collect_iterable(&all)? {
                let Value::Str(s) = &n else {
                    return Err(PyErr::type_error(format!(
                        "Item in {}.__all__ must be str, not {}",
                        m.name,
                        n.type_name()
                    )));
                };
                let v = vm.get_attr(module, s)?;
                ns.set_str_key(s.clone(), v);
            }
        }
        None => {
            for (k, v) in m.dict.items() {
                if let Value::Str(s) = &k {
                    if !s.as_str().starts_with('_') {
                        ns.set_str_key(s.clone(), v);
                    }
                }
            }
        }
    }
    Ok(())
}
