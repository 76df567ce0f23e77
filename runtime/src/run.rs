//! Running a program end to end: a script file, `-c` code, or the main module of a bundle;
//! then reporting an uncaught exception or `SystemExit` as CPython does and choosing how the
//! process ends (an exit status, or death by SIGINT after an uncaught KeyboardInterrupt).

use crate::objects::OrNone;
use std::rc::Rc;

use crate::import::{compile_source, exec_module, FoundModule, Importer};
use crate::objects::{types, PyErr, PyResult, Value};
use crate::vm::Vm;

/// What to run.
pub enum Program {
    /// A script path as given on the command line.
    Script(String),
    /// `-c CODE`.
    Code(String),
    /// The main module of the bundle the importer carries.
    Bundled,
}

/// How the process is to end once the program has finished.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// Exit with this status.
    Status(i32),
    /// The program ended with an uncaught KeyboardInterrupt (exactly that class): like
    /// CPython, the process kills itself with SIGINT, so that a shell or a parent process
    /// sees it interrupted (status 130 in a shell, -2 from Python's subprocess).
    Interrupted,
}

impl Ending {
    /// Ends the process this way.
    pub fn exit_process(self) -> ! {
        match self {
            Ending::Status(status) => std::process::exit(status),
            Ending::Interrupted => die_by_sigint(),
        }
    }
}

/// Kills the process with SIGINT under its default action; 130 (128 + SIGINT) should that
/// fail, as CPython does.
fn die_by_sigint() -> ! {
    // SAFETY: restoring the default disposition of SIGINT and raising it on the calling
    // thread; no Rust state is touched, and the output streams were flushed already.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
    std::process::exit(128 + libc::SIGINT)
}

/// Runs the program and says how the process is to end. `warn_options` become
/// `sys.warnoptions`.
pub fn run_program(
    program: Program,
    argv: Vec<String>,
    warn_options: Vec<String>,
    importer: Importer,
) -> Ending {
    let mut vm = Vm::new(argv, importer);
    crate::gc::threshold_from_env();
    let result = execute(&mut vm, program, warn_options);
    let ending = match result {
        Ok(()) => Ending::Status(0),
        Err(e) => {
            // CPython checks the exact class: a subclass exits with status 1.
            let interrupted = Rc::ptr_eq(&e.class(), &types().exc.keyboard_interrupt);
            let status = report_uncaught(&mut vm, e);
            // The frames the traceback kept are gone: their objects' finalizers run now.
            vm.finalize_dropped();
            if interrupted {
                Ending::Interrupted
            } else {
                Ending::Status(status)
            }
        }
    };
    crate::modules::atexit::run_exitfuncs(&mut vm);
    close_main_generators(&mut vm);
    // Cyclic garbage is finalized before the globals go, and what the globals held in
    // cycles after (CPython collects at both points of its shutdown, enabled or not).
    let observable = crate::gc::finalizers_possible() || vm.modules.get_str("gc").is_some();
    if observable {
        vm.collect_at_exit(true);
    }
    crate::vm::finalize::begin_teardown();
    release_main_objects(&mut vm);
    if observable {
        // `__main__` leaves the module table: what only its functions and classes still
        // hold (their attributes, defaults, class attributes) is garbage now, finalized
        // while the remaining globals exist, as CPython's last collection does.
        match vm.modules.del_str("__main__") {
            Some(Value::Module(main)) => {
                let globals = main.dict.clone();
                drop(main);
                vm.collect_main_at_exit(globals);
            }
            _ => vm.collect_at_exit(false),
        }
    }
    crate::modules::io::flush_at_exit(&mut vm);
    ending
}

/// At exit, suspended generators held by `__main__`'s globals are released (first, while
/// the other globals are still there), so their `finally` blocks run, as at CPython's exit.
fn close_main_generators(vm: &mut Vm) {
    let Some(Value::Module(main)) = vm.modules.get_str("__main__") else {
        return;
    };
    for (k, v) in main.dict.items() {
        if let (Value::Generator(_), Value::Str(name)) = (&v, &k) {
            drop(v);
            main.dict.del_str(name.as_str());
            vm.finalize_dropped();
        }
    }
}

/// Then the objects `__main__`'s globals hold are released, in the order the names were
/// bound, so that their `__del__` methods and weak-reference callbacks run as at CPython's
/// exit. Functions, classes and modules stay: those finalizers may still call them.
fn release_main_objects(vm: &mut Vm) {
    let Some(Value::Module(main)) = vm.modules.get_str("__main__") else {
        return;
    };
    for (k, v) in main.dict.items() {
        let data = matches!(
            v,
            Value::Instance(_)
                | Value::List(_)
                | Value::Dict(_)
                | Value::Tuple(_)
                | Value::Set(_)
                | Value::FrozenSet(_)
                | Value::BoundMethod(_)
        );
        if let (true, Value::Str(name)) = (data, &k) {
            drop(v);
            main.dict.del_str(name.as_str());
            vm.finalize_dropped();
        }
    }
}

/// Sets `sys.path` and `sys.warnoptions` before the program starts. With warning options,
/// `warnings` is imported at once (as CPython does, once the path is set), so that it turns
/// them into filters and reports the invalid ones.
fn set_path(vm: &mut Vm, entries: Vec<String>, warn_options: Vec<String>) -> PyResult<()> {
    vm.sys.set(
        "path",
        Value::list(entries.into_iter().map(Value::string).collect()),
    );
    let any = !warn_options.is_empty();
    let options = Value::list(warn_options.into_iter().map(Value::string).collect());
    vm.sys.set("warnoptions", options);
    if any {
        vm.import("warnings")?;
    }
    Ok(())
}

fn python_path() -> Vec<String> {
    match std::env::var("PYTHONPATH") {
        Ok(p) if !p.is_empty() => p.split(':').map(String::from).collect(),
        _ => Vec::new(),
    }
}

fn execute(vm: &mut Vm, program: Program, warn_options: Vec<String>) -> PyResult<()> {
    match program {
        Program::Script(path) => {
            let abs = std::fs::canonicalize(&path)
                .map(|p| p.display().to_string())
                .unwrap_or(path.clone());
            let dir = std::path::Path::new(&abs)
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let mut entries = vec![dir];
            entries.extend(python_path());
            set_path(vm, entries, warn_options)?;
            let bytes = std::fs::read(&path).map_err(|e| PyErr::os_error(e.to_string()))?;
            let source = decode_source(&bytes, &abs)?;
            let byte_columns = crate::compiler::source_encoding::columns_in_bytes(&bytes);
            let code = crate::import::compile_script(vm, &source, &abs, byte_columns)?;
            exec_module(
                vm,
                "__main__",
                FoundModule {
                    code,
                    file: abs,
                    is_package: false,
                    is_namespace: false,
                    source: None,
                },
            )?;
        }
        Program::Code(code) => {
            let mut entries = vec![String::new()];
            entries.extend(python_path());
            set_path(vm, entries, warn_options)?;
            let co = compile_source(vm, &code, "<string>", false)?;
            // CPython's tracebacks show no source line for `<string>` (linecache does not
            // know it), neither for this code nor for code `exec` runs under that name.
            vm.sources.remove("<string>");
            exec_module(
                vm,
                "__main__",
                FoundModule {
                    code: co,
                    file: "<string>".into(),
                    is_package: false,
                    is_namespace: false,
                    source: None,
                },
            )?;
            if let Some(Value::Module(m)) = vm.modules.get_str("__main__") {
                m.dict.del_str("__file__");
            }
        }
        Program::Bundled => {
            set_path(vm, Vec::new(), warn_options)?;
            vm.sys.set("frozen", Value::bool(true));
            let name = vm
                .importer
                .bundle
                .as_ref()
                .map(|b| b.main_module())
                .unwrap_or_default();
            let found = match vm.importer.bundle.as_ref().map(|b| b.find(&name)) {
                Some(Ok(Some(f))) => f,
                Some(Err(msg)) => return Err(PyErr::import_error(msg)),
                _ => return Err(PyErr::import_error("the bundle has no main module")),
            };
            exec_module(vm, "__main__", found)?;
        }
    }
    Ok(())
}

/// Source bytes as text (PEP 263); CPython's SyntaxError otherwise.
fn decode_source(bytes: &[u8], filename: &str) -> PyResult<String> {
    crate::compiler::source_encoding::decode_source(bytes, filename)
        .map_err(|msg| PyErr::new(&types().exc.syntax_error, msg))
}

/// Prints an uncaught exception (or handles SystemExit) and returns the exit status.
pub fn report_uncaught(vm: &mut Vm, e: PyErr) -> i32 {
    if e.is_instance(&types().exc.system_exit) {
        let code = e
            .exc
            .exc
            .as_ref()
            .map(|d| d.borrow().args.clone())
            .unwrap_or_default();
        let code = match code.len() {
            0 => Value::None,
            1 => code[0].clone(),
            _ => Value::tuple(code),
        };
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let text = vm
                    .to_str(&other)
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                vm.flush_stdout();
                eprintln!("{}", text);
                1
            }
        };
    }
    if let Some(status) = run_excepthook(vm, &e) {
        return status;
    }
    let text = vm.format_exception(&e.exc);
    vm.flush_stdout();
    eprint!("{}", text);
    let _ = Rc::strong_count(&e.exc);
    1
}

/// Hands an uncaught exception to a `sys.excepthook` the program installed (None when the
/// default hook is in place, which `report_uncaught` stands for). A hook that fails is
/// reported with the original exception after it, as CPython does.
#[cold]
fn run_excepthook(vm: &mut Vm, e: &PyErr) -> Option<i32> {
    let hook = match vm.sys.get("excepthook") {
        Some(h) => h,
        None => {
            vm.flush_stdout();
            eprintln!("sys.excepthook is missing");
            return None;
        }
    };
    if vm.sys.get("__excepthook__").is_some_and(|d| d.is(&hook)) {
        return None;
    }
    let value = e.value();
    let tb = vm
        .get_attr_opt(&value, "__traceback__")
        .ok()
        .flatten()
        .or_none();
    let ty = Value::Type(e.class());
    if let Err(hook_err) = vm.call(&hook, vec![ty, value, tb]) {
        let failed = vm.format_exception(&hook_err.exc);
        let original = vm.format_exception(&e.exc);
        vm.flush_stdout();
        eprint!("Error in sys.excepthook:\n{failed}\nOriginal exception was:\n{original}");
    }
    vm.flush_stdout();
    Some(1)
}
