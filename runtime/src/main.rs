//! `tote-runtime`: runs a Python script like `python3 script.py`, `-c CODE`, or — when the
//! executable carries a bundle — the bundled program.

mod allocator;

use tote_runtime::archive::Archive;
use tote_runtime::import::bundle::ArchiveSource;
use tote_runtime::import::Importer;
use tote_runtime::run::{run_program, Ending, Program};

const USAGE: &str = "usage: tote-runtime [option] ... [-c cmd | file] [arg] ...";

const HELP: &str = "usage: tote-runtime [option] ... [-c cmd | file] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the Python version number and exit (also --version)
-W arg : warning control; arg is action:message:category:module:lineno
         (also PYTHONWARNINGS=arg,...)
-B, -E, -I, -O, -s, -S, -u : accepted for compatibility with python3; no effect
file   : program read from script file
arg ...: arguments passed to program in sys.argv[1:]
";

/// Parses the command line of the plain runtime; Err(exit status) when done already. `-W`
/// options are added to `warn_options`.
fn parse(args: &[String], warn_options: &mut Vec<String>) -> Result<(Program, Vec<String>), i32> {
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option\n{}\nTry `tote-runtime -h' for more information.", USAGE);
                    return Err(2);
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                return Ok((Program::Code(code.clone()), argv));
            }
            "-h" | "--help" | "-?" => {
                print!("{}", HELP);
                return Err(0);
            }
            "-V" | "--version" => {
                println!("Python 3.11.7 (tote {})", env!("CARGO_PKG_VERSION"));
                return Err(0);
            }
            "-B" | "-E" | "-I" | "-O" | "-s" | "-S" | "-u" | "-q" => {}
            "-X" => {
                i += 1;
                if args.get(i).map(String::as_str) == Some("importtime") {
                    tote_runtime::import::importtime::enable();
                }
            }
            "-Ximporttime" => tote_runtime::import::importtime::enable(),
            "-W" => {
                i += 1;
                if let Some(option) = args.get(i) {
                    warn_options.push(option.clone());
                }
            }
            s if s.starts_with("-W") => warn_options.push(s[2..].to_string()),
            "-" => {
                eprintln!(
                    "tote-runtime: reading a program from standard input is not supported yet"
                );
                return Err(2);
            }
            s if s.starts_with('-') => {
                eprintln!(
                    "Unknown option: {}\n{}\nTry `tote-runtime -h' for more information.",
                    s, USAGE
                );
                return Err(2);
            }
            _ => {
                let argv = args[i..].to_vec();
                return Ok((Program::Script(a.clone()), argv));
            }
        }
        i += 1;
    }
    eprintln!(
        "tote-runtime: no script given (an interactive prompt is not supported)\n{}",
        USAGE
    );
    Err(2)
}

fn main() {
    allocator::configure();
    let args: Vec<String> = std::env::args_os()
        .map(|a| tote_runtime::modules::os_fspath::fs_decode(a.as_encoded_bytes()))
        .collect();
    // A bundled executable runs its program; every argument belongs to the program.
    let mut importer = Importer::default();
    // `sys.warnoptions`: $PYTHONWARNINGS, then the `-W` options; a bundled program takes
    // neither (its environment does not configure it, as PYTHONPATH does not).
    let mut warn_options = Vec::new();
    if let Ok(env) = std::env::var("PYTHONWARNINGS") {
        // Empty entries are dropped; the others are kept as written (spaces included).
        let given = env.split(',').filter(|o| !o.is_empty());
        warn_options.extend(given.map(String::from));
    }
    let (program, argv) = match Archive::open_current_exe() {
        Ok(Some(archive)) => {
            importer.bundle = Some(Box::new(ArchiveSource { archive }));
            warn_options.clear();
            (Program::Bundled, args.clone())
        }
        Ok(None) => match parse(&args, &mut warn_options) {
            Ok(p) => p,
            Err(code) => std::process::exit(code),
        },
        Err(e) => {
            let exe = args.first().cloned().unwrap_or_else(|| "tote".into());
            eprintln!("{}: {}", exe, e);
            std::process::exit(70);
        }
    };
    if let Program::Script(path) = &program {
        let p = std::path::Path::new(path);
        if p.is_dir() {
            eprintln!("tote-runtime: can't find '__main__' module in '{}'", path);
            std::process::exit(1);
        }
        if !p.exists() {
            eprintln!(
                "tote-runtime: can't open file '{}': [Errno 2] No such file or directory",
                std::fs::canonicalize(".")
                    .map(|d| d.join(p).display().to_string())
                    .unwrap_or(path.clone())
            );
            std::process::exit(2);
        }
    }
    // The interpreter runs on a thread with a large stack: Python-to-Python calls do not use
    // it, but the parser, the compiler and native code that re-enters the VM do.
    let handle = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || {
            tote_runtime::vm::stack_guard::mark_thread_start();
            run_program(program, argv, warn_options, importer)
        });
    let ending = match handle {
        Ok(h) => h.join().unwrap_or(Ending::Status(70)),
        Err(e) => {
            eprintln!("tote-runtime: cannot start the interpreter thread: {}", e);
            Ending::Status(70)
        }
    };
    ending.exit_process();
}
