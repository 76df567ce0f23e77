//! `tote build`: resolve the project, compile every module (through the bytecode cache), and
//! write the archive onto a copy of the runtime binary — atomically, mode 755.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use tote_runtime::archive::{self, ArchiveBuilder, ModuleKind};
use tote_runtime::bytecode::CodeObject;
use tote_runtime::cache::{Cache, CacheOutcome};
use tote_runtime::compiler::{self, CompileError, Mode};

use crate::cli::BuildArgs;
use crate::failure::Failure;
use crate::graph::{resolve_graph, Graph, MAIN_MODULE};
use crate::syntax::reported_for_file;

/// The file name of the runtime binary looked for beside `tote`.
const RUNTIME_NAME: &str = "tote-runtime";

/// A compiler: `tote_runtime::compiler::compile`, or a stand-in in tests.
pub type CompileFn<'c> = &'c dyn Fn(&str, &str, Mode) -> Result<CodeObject, CompileError>;

/// What a build did, for the summary line.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct BuildReport {
    pub modules: usize,
    pub runtime_modules: usize,
    pub compiled: usize,
    pub from_cache: usize,
    pub bundle_bytes: u64,
    pub total_bytes: u64,
}

/// Runs `tote build` with tote's compiler and the environment's cache.
pub fn build(args: &BuildArgs, quiet: bool) -> Result<(), Failure> {
    let runtime = find_runtime(args.runtime.as_deref())?;
    let report = build_with(
        args,
        &runtime,
        &Cache::from_env(),
        &compiler::compile,
        quiet,
    )?;
    if !quiet {
        eprintln!(
            "tote: built {}: {} modules{}, {} bundle, {} executable ({} compiled, {} from cache)",
            args.output.display(),
            report.modules,
            match report.runtime_modules {
                0 => String::new(),
                n => format!(" (+{n} from the runtime's standard library)"),
            },
            human_bytes(report.bundle_bytes),
            human_bytes(report.total_bytes),
            report.compiled,
            report.from_cache,
        );
    }
    Ok(())
}

/// The build itself, with the runtime binary, cache and compiler given.
pub fn build_with(
    args: &BuildArgs,
    runtime: &Path,
    cache: &Cache,
    compile: CompileFn,
    quiet: bool,
) -> Result<BuildReport, Failure> {
    let graph = resolve_graph(&args.project.entry, &args.project.resolve_options(true))?;
    if !quiet {
        for warning in &graph.warnings {
            eprintln!("tote: warning: {warning}");
        }
    }
    check_output(&args.output, &graph)?;
    let runtime_bytes = fs::read(runtime).map_err(|e| {
        Failure::msg(format!(
            "cannot read the runtime binary '{}': {e}",
            runtime.display()
        ))
    })?;
    // A runtime that already carries a bundle (a built program given as --runtime) is
    // stripped back to the runtime.
    let runtime_len = archive::runtime_len(&runtime_bytes)
        .map_err(|e| Failure::msg(format!("runtime binary '{}': {e}", runtime.display())))?;

    let mut report = BuildReport {
        modules: graph.modules.len(),
        runtime_modules: graph.runtime_modules.len(),
        ..BuildReport::default()
    };
    let builder = compile_modules(&graph, cache, compile, !args.no_source, &mut report)?;
    let appendix = builder
        .encode_appendix(runtime_len as u64)
        .map_err(|e| Failure::msg(e.to_string()))?;
    write_executable(&args.output, &[&runtime_bytes[..runtime_len], &appendix])?;
    report.bundle_bytes = appendix.len() as u64;
    report.total_bytes = (runtime_len + appendix.len()) as u64;
    Ok(report)
}

/// Compiles every module of the graph into an archive builder. File names in code objects are
/// the modules' paths relative to their root (`pkg/mod.py`): what tracebacks show.
fn compile_modules(
    graph: &Graph,
    cache: &Cache,
    compile: CompileFn,
    keep_source: bool,
    report: &mut BuildReport,
) -> Result<ArchiveBuilder, Failure> {
    let mut builder = ArchiveBuilder::new(MAIN_MODULE);
    for node in graph.modules.values() {
        let Some(source) = node.source.as_deref() else {
            builder.add_namespace_package(&node.name, &node.rel_path);
            continue;
        };
        let (code, outcome) = cache
            .compile_with(source, &node.rel_path, Mode::Exec, compile)
            .map_err(|err| reported_for_file(err, source))?;
        match outcome {
            CacheOutcome::Hit => report.from_cache += 1,
            CacheOutcome::Miss | CacheOutcome::Disabled => report.compiled += 1,
        }
        let kind = match node.kind {
            ModuleKind::Package => ModuleKind::Package,
            _ => ModuleKind::Module,
        };
        let source = keep_source.then_some(source);
        builder.add_module(&node.name, kind, &node.rel_path, &code, source);
    }
    Ok(builder)
}

/// The runtime binary: `--runtime`, else `$TOTE_RUNTIME`, else `tote-runtime` beside `tote`.
pub fn find_runtime(explicit: Option<&Path>) -> Result<PathBuf, Failure> {
    let (path, origin) = if let Some(path) = explicit {
        (path.to_path_buf(), "--runtime")
    } else if let Some(path) = std::env::var_os("TOTE_RUNTIME").filter(|v| !v.is_empty()) {
        (PathBuf::from(path), "TOTE_RUNTIME")
    } else {
        let exe = std::env::current_exe()
            .map_err(|e| Failure::msg(format!("cannot locate the tote executable: {e}")))?;
        let beside = exe.with_file_name(format!("{RUNTIME_NAME}{}", std::env::consts::EXE_SUFFIX));
        (beside, "beside tote")
    };
    if path.is_file() {
        Ok(path)
    } else {
        Err(Failure::msg(format!(
            "runtime binary not found: '{}' ({origin}); build it with `cargo build -p \
             tote-runtime`, or name one with --runtime PATH or TOTE_RUNTIME",
            path.display()
        )))
    }
}

/// Refuses an output path that is a folder or one of the project's own source files.
fn check_output(output: &Path, graph: &Graph) -> Result<(), Failure> {
    let shown = output.display();
    if output.is_dir() {
        return Err(Failure::msg(format!(
            "cannot write '{shown}': it is a directory"
        )));
    }
    if let Ok(target) = output.canonicalize() {
        for node in graph.modules.values() {
            if node.file.canonicalize().is_ok_and(|file| file == target) {
                return Err(Failure::msg(format!(
                    "refusing to overwrite the project's source '{}' with the executable",
                    node.rel_path
                )));
            }
        }
    }
    Ok(())
}

/// Writes `parts` to `output` through a temporary file in the same folder, made executable,
/// then renamed into place: a reader never sees half an executable.
fn write_executable(output: &Path, parts: &[&[u8]]) -> Result<(), Failure> {
    let fail =
        |e: std::io::Error| Failure::msg(format!("cannot write '{}': {e}", output.display()));
    let Some(name) = output.file_name() else {
        return Err(Failure::msg(format!(
            "cannot write '{}': not a file name",
            output.display()
        )));
    };
    let folder = match output.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let temp = folder.join(format!(
        ".{}.tote-{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let written = (|| {
        let mut file = fs::File::create(&temp)?;
        for part in parts {
            file.write_all(part)?;
        }
        file.sync_all()?;
        set_executable(&file)?;
        drop(file);
        fs::rename(&temp, output)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written.map_err(fail)
}

#[cfg(unix)]
fn set_executable(file: &fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(fs::Permissions::from_mode(0o755))
}

#[cfg(not(unix))]
fn set_executable(_file: &fs::File) -> std::io::Result<()> {
    Ok(())
}

/// `512 B`, `12.3 KiB`, `5.6 MiB`.
pub fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::ProjectArgs;
    use crate::testing::TempProject;
    use tote_runtime::archive::Archive;
    use tote_runtime::bytecode::Constant;
    use tote_runtime::compiler::CompileErrorKind;

    /// A stand-in for the compiler: a module whose only constant is its source.
    fn fake_compile(source: &str, filename: &str, _mode: Mode) -> Result<CodeObject, CompileError> {
        if let Some(line) = source.lines().position(|l| l.contains("syntax error")) {
            return Err(CompileError {
                kind: CompileErrorKind::SyntaxError,
                msg: "invalid syntax".into(),
                filename: filename.into(),
                lineno: line as u32 + 1,
                offset: 1,
                end_lineno: line as u32 + 1,
                end_offset: 2,
                text: None,
                location_in_args: true,
            });
        }
        Ok(CodeObject::returning(
            filename,
            0,
            Constant::Str(source.into()),
        ))
    }

    const FILES: &[(&str, &str)] = &[
        ("app.py", "import pkg.mod\nimport json\nprint(pkg.mod.X)\n"),
        ("pkg/__init__.py", ""),
        ("pkg/mod.py", "from . import data\nX = 1\n"),
        ("pkg/data/extra.py", ""),
        ("runtime.bin", "#!fake runtime executable\n"),
    ];

    fn args(project: &TempProject, output: &str) -> BuildArgs {
        BuildArgs {
            project: ProjectArgs {
                entry: project.path("app.py"),
                includes: vec![],
                excludes: vec![],
                paths: vec![],
            },
            output: project.path(output),
            runtime: None,
            no_source: false,
        }
    }

    fn run(args: &BuildArgs, runtime: &Path) -> Result<BuildReport, Failure> {
        build_with(args, runtime, &Cache::disabled(), &fake_compile, true)
    }

    #[test]
    fn builds_a_bundle_the_runtime_can_read() {
        let project = TempProject::new(FILES);
        let args = args(&project, "out/app");
        project.write("out/", "");
        let report = run(&args, &project.path("runtime.bin")).unwrap();
        // The project's four modules and the runtime's implicit `_tote_generic`.
        assert_eq!(
            (report.modules, report.runtime_modules, report.compiled),
            (5, 1, 4)
        );

        let exe = std::fs::read(&args.output).unwrap();
        assert!(exe.starts_with(b"#!fake runtime executable\n"));
        assert_eq!(report.total_bytes, exe.len() as u64);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&args.output)
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o755);
        }
        let leftovers: Vec<_> = std::fs::read_dir(project.path("out")).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file left behind");

        let archive = Archive::open_path(&args.output).unwrap().unwrap();
        assert_eq!(archive.main_module(), "__main__");
        let names: Vec<&str> = archive.module_names().collect();
        assert_eq!(
            names,
            ["__main__", "_tote_generic", "pkg", "pkg.data", "pkg.mod"]
        );
        let main = archive.load_code("__main__").unwrap().unwrap();
        assert_eq!(main.filename, "app.py");
        assert_eq!(archive.module("__main__").unwrap().path, "app.py");
        let module = archive.load_code("pkg.mod").unwrap().unwrap();
        assert_eq!(module.filename, "pkg/mod.py");
        assert_eq!(
            module.constants,
            [Constant::Str("from . import data\nX = 1\n".into())]
        );
        assert!(archive.module("pkg").unwrap().is_package);
        assert!(archive.module("pkg.data").unwrap().is_namespace);
        let source = archive.load_source("__main__").unwrap();
        assert_eq!(
            source.as_deref(),
            Some("import pkg.mod\nimport json\nprint(pkg.mod.X)\n")
        );
    }

    #[test]
    fn no_source_leaves_sources_out() {
        let project = TempProject::new(FILES);
        let args = BuildArgs {
            no_source: true,
            ..args(&project, "app")
        };
        run(&args, &project.path("runtime.bin")).unwrap();
        let archive = Archive::open_path(&args.output).unwrap().unwrap();
        assert_eq!(archive.load_source("__main__").unwrap(), None);
        assert!(archive.load_code("__main__").unwrap().is_some());
    }

    #[test]
    fn builds_are_reproducible_across_runs_and_folders() {
        let first = TempProject::new(FILES);
        let second = TempProject::new(FILES);
        assert_ne!(first.root(), second.root());
        run(&args(&first, "a"), &first.path("runtime.bin")).unwrap();
        run(&args(&first, "b"), &first.path("runtime.bin")).unwrap();
        run(&args(&second, "a"), &second.path("runtime.bin")).unwrap();
        let a = std::fs::read(first.path("a")).unwrap();
        assert_eq!(a, std::fs::read(first.path("b")).unwrap());
        assert_eq!(a, std::fs::read(second.path("a")).unwrap());
    }

    #[test]
    fn a_bundled_runtime_is_stripped_first() {
        let project = TempProject::new(FILES);
        run(&args(&project, "plain"), &project.path("runtime.bin")).unwrap();
        run(&args(&project, "again"), &project.path("plain")).unwrap();
        let plain = std::fs::read(project.path("plain")).unwrap();
        assert_eq!(plain, std::fs::read(project.path("again")).unwrap());
    }

    #[test]
    fn refuses_bad_outputs_and_missing_runtimes() {
        let project = TempProject::new(FILES);
        project.write("dir/", "");
        let message = |result: Result<BuildReport, Failure>| match result {
            Err(Failure::Errors(lines)) => lines.join("\n"),
            other => panic!("expected an error, got {other:?}"),
        };
        let runtime = project.path("runtime.bin");
        let text = message(run(&args(&project, "dir"), &runtime));
        assert!(text.ends_with("dir': it is a directory"), "{text}");
        let text = message(run(&args(&project, "app.py"), &runtime));
        assert_eq!(
            text,
            "refusing to overwrite the project's source 'app.py' with the executable"
        );
        let text = message(run(&args(&project, "missing/dir/app"), &runtime));
        assert!(text.starts_with("cannot write '"), "{text}");
        let text = message(run(&args(&project, "x"), &project.path("no-runtime")));
        assert!(
            text.starts_with("cannot read the runtime binary '"),
            "{text}"
        );
        let text = message(
            find_runtime(Some(&project.path("no-runtime"))).map(|_| BuildReport::default()),
        );
        assert!(
            text.starts_with("runtime binary not found: '") && text.contains("(--runtime)"),
            "{text}"
        );
    }

    #[test]
    fn compile_errors_carry_the_source_line() {
        let project = TempProject::new(FILES);
        // Valid for the parser, refused by the (stand-in) compiler.
        project.write("pkg/mod.py", "X = 1\nY = 'syntax error'\n");
        match run(&args(&project, "app"), &project.path("runtime.bin")) {
            Err(Failure::Syntax(err)) => {
                assert_eq!((err.filename.as_str(), err.lineno), ("pkg/mod.py", 2));
                assert_eq!(err.text.as_deref(), Some("Y = 'syntax error'"));
            }
            other => panic!("expected a syntax error, got {other:?}"),
        }
        assert!(!project.path("app").exists());
    }

    #[test]
    fn sizes_read_well() {
        assert_eq!(human_bytes(0), "0 B");
        assert_eq!(human_bytes(1023), "1023 B");
        assert_eq!(human_bytes(1536), "1.5 KiB");
        assert_eq!(human_bytes(5 << 20), "5.0 MiB");
    }
}
