//! The import graph of a project: every module the entry script can import, found by
//! following its imports (see `imports.rs`) through the file system.
//!
//! A module `a.b` is looked up the way CPython's path finder does it: `a` in the project root
//! (the entry script's folder) and then each `--path` folder, as `a/__init__.py` (a package),
//! `a.py` (a module) or a folder `a/` without `__init__.py` (a namespace package, whose portions
//! may lie in several roots); `b` then inside `a`'s folder(s). A top-level name found nowhere
//! that is part of CPython 3.11's standard library is left to the runtime, which brings its
//! own. Anything else is missing: an error naming the chain of imports that led to it, or a
//! warning when the import is optional (inside a `try:` that catches `ImportError`, …).
//!
//! Everything is kept in sorted maps and visited breadth-first in source order, so the result
//! (and the chains in messages) never depends on how the file system lists folders.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::{Path, PathBuf};

use tote_runtime::archive::ModuleKind;
use tote_runtime::import::frozen;

use crate::failure::Failure;
use crate::imports::{collect_imports, declared_all, Import};
use crate::source::read_source;
use crate::syntax::parse_module;

/// The name the entry script runs under.
pub const MAIN_MODULE: &str = "__main__";
/// Stands for the command line in import chains of `--include`d modules.
const INCLUDE_ROOT: &str = "--include";

/// CPython 3.11's `sys.stdlib_module_names`: the top-level modules of the standard library.
#[rustfmt::skip]
pub const STDLIB_MODULES: &[&str] = &[
    "__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2",
    "_bootsubprocess", "_bz2", "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022",
    "_codecs_jp", "_codecs_kr", "_codecs_tw", "_collections", "_collections_abc", "_compat_pickle",
    "_compression", "_contextvars", "_crypt", "_csv", "_ctypes", "_curses", "_curses_panel",
    "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib",
    "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_io",
    "_json", "_locale", "_lsprof", "_lzma", "_markupbase", "_md5", "_msi", "_multibytecodec",
    "_multiprocessing", "_opcode", "_operator", "_osx_support", "_overlapped", "_pickle",
    "_posixshmem", "_posixsubprocess", "_py_abc", "_pydecimal", "_pyio", "_queue", "_random",
    "_scproxy", "_sha1", "_sha256", "_sha3", "_sha512", "_signal", "_sitebuiltins", "_socket",
    "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string", "_strptime", "_struct",
    "_symtable", "_thread", "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing",
    "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc",
    "antigravity", "argparse", "array", "ast", "asynchat", "asyncio", "asyncore", "atexit",
    "audioop", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar",
    "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys",
    "compileall", "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg",
    "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib",
    "dis", "distutils", "doctest", "email", "encodings", "ensurepip", "enum", "errno",
    "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools",
    "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip",
    "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib",
    "inspect", "io", "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale",
    "logging", "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap",
    "modulefinder", "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt",
    "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev",
    "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib",
    "poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile",
    "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline",
    "reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors",
    "shelve", "shlex", "shutil", "signal", "site", "smtpd", "smtplib", "sndhdr", "socket",
    "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl", "stat",
    "statistics", "string", "stringprep", "struct", "subprocess", "sunau", "symtable", "sys",
    "sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile", "termios", "textwrap",
    "this", "threading", "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace",
    "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata",
    "unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser",
    "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport",
    "zlib", "zoneinfo",
];

/// Is `top` (a top-level module name) part of the standard library?
pub fn is_stdlib(top: &str) -> bool {
    STDLIB_MODULES.binary_search(&top).is_ok()
}

/// What the user adds to the search: `--include`, `--exclude`, `--path`.
#[derive(Clone, Debug, Default)]
pub struct ResolveOptions {
    pub includes: Vec<String>,
    pub excludes: Vec<String>,
    pub extra_paths: Vec<PathBuf>,
    /// Add the frozen modules the VM imports by itself (`frozen::IMPLICIT`), as a build
    /// must; off where only the user's own import graph is wanted.
    pub runtime_implicit: bool,
}

/// A folder searched for modules, with its path relative to the root it belongs to.
#[derive(Clone, Debug)]
struct SearchDir {
    dir: PathBuf,
    /// `/`-separated, empty for a root.
    rel: String,
}

impl SearchDir {
    fn child(&self, name: &str) -> SearchDir {
        SearchDir {
            dir: self.dir.join(name),
            rel: join_rel(&self.rel, name),
        }
    }
}

fn join_rel(rel: &str, name: &str) -> String {
    if rel.is_empty() {
        name.to_string()
    } else {
        format!("{rel}/{name}")
    }
}

/// One module of the project.
#[derive(Clone, Debug)]
pub struct ModuleNode {
    pub name: String,
    pub kind: ModuleKind,
    /// Path relative to the root it was found in, `/`-separated: `app.py`, `pkg/__init__.py`,
    /// `pkg/mod.py`, or the folder (`ns`) of a namespace package. Tracebacks show it.
    pub rel_path: String,
    /// Where it was read from (the folder of a namespace package).
    pub file: PathBuf,
    /// Source text (`None` for namespace packages).
    pub source: Option<String>,
    /// Folders holding its submodules (packages only).
    search_dirs: Vec<SearchDir>,
    /// Part of the runtime's frozen standard library (`stdlib/`), not of the project.
    pub frozen: bool,
}

/// The resolved project.
#[derive(Debug, Default)]
pub struct Graph {
    /// The project's modules by name; the entry script is `__main__`.
    pub modules: BTreeMap<String, ModuleNode>,
    /// Standard-library modules imported, left to the runtime (as imported: `os.path`).
    pub runtime_modules: BTreeSet<String>,
    /// Who imports whom (`importer`, `imported`), project and runtime modules alike.
    pub edges: BTreeSet<(String, String)>,
    /// Optional imports that were not found.
    pub warnings: Vec<String>,
    /// What the entry script is called in messages (its file stem: `app`).
    pub entry_label: String,
}

impl Graph {
    /// The `tote graph` listing.
    pub fn render(&self) -> String {
        let width = self.modules.keys().map(String::len).max().unwrap_or(0);
        let mut out = String::from("modules:\n");
        for node in self.modules.values() {
            let note = match node.kind {
                ModuleKind::NamespacePackage => "  (namespace package)",
                ModuleKind::Package => "  (package)",
                ModuleKind::Module => "",
            };
            out.push_str(&format!(
                "  {:<width$}  {}{note}\n",
                node.name, node.rel_path
            ));
        }
        if !self.runtime_modules.is_empty() {
            out.push_str("runtime (standard library):\n");
            for name in &self.runtime_modules {
                out.push_str(&format!("  {name}\n"));
            }
        }
        out.push_str("imports:\n");
        for (importer, imported) in &self.edges {
            out.push_str(&format!("  {importer} -> {imported}\n"));
        }
        out
    }
}

/// Where the entry script and the project root are, from what the user named: a script, or a
/// folder holding `__main__.py`.
pub fn locate_entry(entry: &Path) -> Result<(PathBuf, PathBuf), Failure> {
    let shown = entry.display();
    let script = if entry.is_dir() {
        let main = entry.join("__main__.py");
        if !main.is_file() {
            return Err(Failure::msg(format!(
                "'{shown}' is a directory without a __main__.py; name the entry script"
            )));
        }
        main
    } else if entry.exists() {
        entry.to_path_buf()
    } else {
        return Err(Failure::msg(format!("cannot read '{shown}': no such file")));
    };
    let root = match script.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok((script, root))
}

/// How a module name resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Resolution {
    /// A module of the project (in `Graph::modules`).
    Project,
    /// Left to the runtime's standard library.
    Runtime,
    /// Not found; the text explains why when there is more to say than "not found".
    Missing(Option<String>),
    /// Dropped by `--exclude`.
    Excluded,
}

/// Something wrong with one import.
struct Problem {
    message: String,
    optional: bool,
}

struct Resolver<'o> {
    options: &'o ResolveOptions,
    roots: Vec<SearchDir>,
    resolved: BTreeMap<String, Resolution>,
    graph: Graph,
    /// Project modules still to be scanned for imports.
    to_scan: VecDeque<String>,
    /// The module that first imported each module: the chains in messages.
    imported_by: BTreeMap<String, String>,
    /// By subject (a module name, or an importer for bad relative imports).
    problems: BTreeMap<String, Problem>,
}

/// Resolves the project whose entry is `entry` (a script, or a folder with `__main__.py`).
pub fn resolve_graph(entry: &Path, options: &ResolveOptions) -> Result<Graph, Failure> {
    let (script, root) = locate_entry(entry)?;
    let file_name = script.file_name().map(|n| n.to_string_lossy().into_owned());
    let file_name = file_name.unwrap_or_else(|| "__main__.py".to_string());
    let mut roots = vec![SearchDir {
        dir: root,
        rel: String::new(),
    }];
    for path in &options.extra_paths {
        if !path.is_dir() {
            return Err(Failure::msg(format!(
                "--path '{}' is not a folder",
                path.display()
            )));
        }
        roots.push(SearchDir {
            dir: path.clone(),
            rel: String::new(),
        });
    }
    let source = read_source(&script, &file_name)?;
    let entry_label = script.file_stem().map(|s| s.to_string_lossy().into_owned());

    let mut resolver = Resolver {
        options,
        roots,
        resolved: BTreeMap::new(),
        graph: Graph {
            entry_label: entry_label.unwrap_or_default(),
            ..Graph::default()
        },
        to_scan: VecDeque::new(),
        imported_by: BTreeMap::new(),
        problems: BTreeMap::new(),
    };
    let main = (script, file_name);
    resolver.add_node(
        MAIN_MODULE,
        ModuleKind::Module,
        main,
        Some(source),
        Vec::new(),
    );
    resolver
        .resolved
        .insert(MAIN_MODULE.to_string(), Resolution::Project);
    for name in &options.includes {
        resolver.require(INCLUDE_ROOT, name, false)?;
    }
    // Modules the VM itself imports on demand (no import statement shows them).
    if options.runtime_implicit {
        for name in frozen::IMPLICIT {
            resolver.require(INCLUDE_ROOT, name, true)?;
        }
    }
    while let Some(name) = resolver.to_scan.pop_front() {
        resolver.scan(&name)?;
    }
    resolver.finish()
}

impl Resolver<'_> {
    fn is_excluded(&self, name: &str) -> bool {
        self.options.excludes.iter().any(|ex| {
            name == ex || (name.starts_with(ex.as_str()) && name[ex.len()..].starts_with('.'))
        })
    }

    fn add_node(
        &mut self,
        name: &str,
        kind: ModuleKind,
        (file, rel_path): (PathBuf, String),
        source: Option<String>,
        search_dirs: Vec<SearchDir>,
    ) {
        let name = name.to_string();
        let node = ModuleNode {
            name: name.clone(),
            kind,
            rel_path,
            file,
            source,
            search_dirs,
            frozen: false,
        };
        self.graph.modules.insert(name.clone(), node);
        self.to_scan.push_back(name);
    }

    /// Resolves one dotted name (its parents first), adding what it finds to the graph.
    fn resolve(&mut self, name: &str) -> Result<Resolution, Failure> {
        if let Some(known) = self.resolved.get(name) {
            return Ok(known.clone());
        }
        let resolution = if self.is_excluded(name) {
            Resolution::Excluded
        } else {
            match name.rsplit_once('.') {
                None => match self.find_frozen(name) {
                    Some(found) => found,
                    None => {
                        let roots = self.roots.clone();
                        match self.find(name, name, &roots)? {
                            // The standard library, and the runtime's private native
                            // modules (`_tote_frames`), come with the runtime.
                            Resolution::Missing(_)
                                if is_stdlib(name) || tote_runtime::modules::is_native(name) =>
                            {
                                Resolution::Runtime
                            }
                            found => found,
                        }
                    }
                },
                Some((parent, last)) => match self.resolve(parent)? {
                    Resolution::Project if self.graph.modules[parent].frozen => {
                        self.find_frozen(name).unwrap_or(Resolution::Missing(None))
                    }
                    Resolution::Project => {
                        let node = &self.graph.modules[parent];
                        if node.kind == ModuleKind::Module {
                            Resolution::Missing(Some(format!("'{parent}' is not a package")))
                        } else {
                            let dirs = node.search_dirs.clone();
                            self.find(name, last, &dirs)?
                        }
                    }
                    other => other,
                },
            }
        };
        self.resolved.insert(name.to_string(), resolution.clone());
        Ok(resolution)
    }

    /// The runtime's frozen standard library comes before the project's folders, as it does
    /// when the runtime imports (so a bundle runs what `tote-runtime` runs).
    fn find_frozen(&mut self, name: &str) -> Option<Resolution> {
        let (is_package, source) = frozen::lookup(name)?;
        let kind = if is_package {
            ModuleKind::Package
        } else {
            ModuleKind::Module
        };
        let rel = frozen::file_name(name, is_package);
        let found = (PathBuf::from(&rel), rel);
        self.add_node(name, kind, found, Some(source.to_string()), Vec::new());
        if let Some(node) = self.graph.modules.get_mut(name) {
            node.frozen = true;
        }
        Some(Resolution::Project)
    }

    /// Looks for `last` (the last part of `name`) in `dirs`, in order.
    fn find(&mut self, name: &str, last: &str, dirs: &[SearchDir]) -> Result<Resolution, Failure> {
        let mut portions = Vec::new();
        for dir in dirs {
            let package = dir.child(last);
            let init = package.dir.join("__init__.py");
            if init.is_file() {
                let rel = join_rel(&package.rel, "__init__.py");
                let source = read_source(&init, &rel)?;
                let (kind, found) = (ModuleKind::Package, (init, rel));
                self.add_node(name, kind, found, Some(source), vec![package]);
                return Ok(Resolution::Project);
            }
            let module = dir.child(&format!("{last}.py"));
            if module.dir.is_file() {
                let source = read_source(&module.dir, &module.rel)?;
                let found = (module.dir, module.rel);
                self.add_node(name, ModuleKind::Module, found, Some(source), Vec::new());
                return Ok(Resolution::Project);
            }
            if package.dir.is_dir() {
                portions.push(package);
            }
        }
        let Some(first) = portions.first() else {
            return Ok(Resolution::Missing(None));
        };
        let found = (first.dir.clone(), first.rel.clone());
        self.add_node(name, ModuleKind::NamespacePackage, found, None, portions);
        Ok(Resolution::Project)
    }

    /// Records that `importer` brought `module` (and the packages above it) in.
    fn link(&mut self, importer: &str, module: &str) {
        if importer != INCLUDE_ROOT && importer != module {
            self.graph
                .edges
                .insert((importer.to_string(), module.to_string()));
        }
        let mut name = module;
        loop {
            if name != MAIN_MODULE && self.graph.modules.contains_key(name) {
                self.imported_by
                    .entry(name.to_string())
                    .or_insert_with(|| importer.to_string());
            }
            match name.rsplit_once('.') {
                Some((parent, _)) => name = parent,
                None => break,
            }
        }
    }

    /// `importer` needs `target` and the packages above it.
    fn require(&mut self, importer: &str, target: &str, optional: bool) -> Result<(), Failure> {
        let mut end = 0;
        while end < target.len() {
            end = target[end..].find('.').map_or(target.len(), |i| end + i);
            let prefix = &target[..end];
            end += 1;
            let resolution = self.resolve(prefix)?;
            if resolution != Resolution::Project {
                // The packages above it are imported before the failure (CPython does too).
                if let Some((parent, _)) = prefix.rsplit_once('.') {
                    self.link(importer, parent);
                }
            }
            match resolution {
                Resolution::Project => {}
                Resolution::Runtime => {
                    self.graph.runtime_modules.insert(target.to_string());
                    if importer != INCLUDE_ROOT {
                        self.graph
                            .edges
                            .insert((importer.to_string(), target.to_string()));
                    }
                    return Ok(());
                }
                Resolution::Excluded => return Ok(()),
                Resolution::Missing(reason) => {
                    let mut message = format!("module '{prefix}' not found");
                    if let Some(reason) = reason {
                        message = format!("{message}; {reason}");
                    }
                    self.report(importer, prefix, message, optional);
                    return Ok(());
                }
            }
        }
        self.link(importer, target);
        Ok(())
    }

    /// Notes a problem with an import made by `importer`, with the chain that led there.
    fn report(&mut self, importer: &str, subject: &str, message: String, optional: bool) {
        let message = format!("{message} ({})", self.describe_chain(importer));
        let problem = self.problems.entry(subject.to_string());
        let problem = problem.or_insert(Problem {
            message: message.clone(),
            optional,
        });
        if problem.optional && !optional {
            *problem = Problem { message, optional };
        }
    }

    /// `imported by app -> pkg.util` (the chain from the entry script down to `importer`).
    fn describe_chain(&self, importer: &str) -> String {
        if importer == INCLUDE_ROOT {
            return "requested by --include".to_string();
        }
        let mut chain = vec![importer];
        let mut current = importer;
        while let Some(parent) = self.imported_by.get(current) {
            if chain.len() > self.graph.modules.len() {
                break; // cannot happen: first importers form a tree
            }
            chain.push(parent);
            current = parent;
        }
        chain.reverse();
        let shown: Vec<&str> = chain
            .iter()
            .map(|name| {
                if *name == MAIN_MODULE {
                    self.graph.entry_label.as_str()
                } else {
                    name
                }
            })
            .collect();
        format!("imported by {}", shown.join(" -> "))
    }

    /// Parses one project module and follows its imports.
    fn scan(&mut self, name: &str) -> Result<(), Failure> {
        let node = &self.graph.modules[name];
        let Some(source) = &node.source else {
            return Ok(());
        };
        let parsed = parse_module(source, &node.rel_path).map_err(|mut err| {
            // The entry script is what CPython reads from its file, not as a string.
            if name == MAIN_MODULE {
                tote_runtime::compiler::place_for_script(&mut err);
            }
            err
        })?;
        for import in collect_imports(parsed.syntax()) {
            self.follow(name, &import)?;
        }
        Ok(())
    }

    /// The package a relative import of `level` dots in `importer` starts from.
    fn relative_base(&self, importer: &str, level: u32) -> Result<String, String> {
        let node = &self.graph.modules[importer];
        let package = match node.kind {
            _ if importer == MAIN_MODULE => "",
            ModuleKind::Module => importer.rsplit_once('.').map_or("", |(parent, _)| parent),
            ModuleKind::Package | ModuleKind::NamespacePackage => importer,
        };
        if package.is_empty() {
            return Err("attempted relative import with no known parent package".to_string());
        }
        let parts: Vec<&str> = package.split('.').collect();
        let keep = parts
            .len()
            .checked_sub(level as usize - 1)
            .filter(|&n| n > 0);
        let Some(keep) = keep else {
            return Err("attempted relative import beyond top-level package".to_string());
        };
        Ok(parts[..keep].join("."))
    }

    fn follow(&mut self, importer: &str, import: &Import) -> Result<(), Failure> {
        let target = if import.level == 0 {
            import.module.clone()
        } else {
            match self.relative_base(importer, import.level) {
                Ok(base) if import.module.is_empty() => base,
                Ok(base) => format!("{base}.{}", import.module),
                Err(message) => {
                    let path = &self.graph.modules[importer].rel_path;
                    let subject = format!("{importer}: {message}");
                    self.report(
                        importer,
                        &subject,
                        format!("{path}: {message}"),
                        import.optional,
                    );
                    return Ok(());
                }
            }
        };
        self.require(importer, &target, import.optional)?;
        let Some(names) = &import.names else {
            return Ok(());
        };
        if self.resolve(&target)? != Resolution::Project {
            return Ok(());
        }
        // `from pkg import name` imports the submodule `pkg.name` when there is one;
        // `from pkg import *` those of them that `pkg.__all__` lists.
        let mut candidates = names.clone();
        if names.iter().any(|n| n == "*") {
            candidates.extend(
                self.graph.modules[&target]
                    .source
                    .as_deref()
                    .map(declared_all)
                    .unwrap_or_default(),
            );
        }
        for name in candidates.iter().filter(|n| *n != "*") {
            let submodule = format!("{target}.{name}");
            if self.resolve(&submodule)? == Resolution::Project {
                self.link(importer, &submodule);
            }
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Graph, Failure> {
        let mut errors = Vec::new();
        for problem in self.problems.into_values() {
            if problem.optional {
                self.graph.warnings.push(format!(
                    "{}; leaving it out (optional import)",
                    problem.message
                ));
            } else {
                errors.push(problem.message);
            }
        }
        if !errors.is_empty() {
            return Err(Failure::Errors(errors));
        }
        Ok(self.graph)
    }
}

#[cfg(test)]
mod tests;
