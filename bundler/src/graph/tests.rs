//! Tests of the import graph on small projects written to temporary folders.

use super::*;
use crate::testing::TempProject;

fn resolve(project: &TempProject, options: &ResolveOptions) -> Result<Graph, Failure> {
    resolve_graph(&project.path("app.py"), options)
}

fn error_lines(result: Result<Graph, Failure>) -> Vec<String> {
    match result {
        Err(Failure::Errors(lines)) => lines,
        Err(other) => panic!("expected errors, got {other:?}"),
        Ok(graph) => panic!("expected errors, got {}", graph.render()),
    }
}

fn modules(graph: &Graph) -> Vec<(String, String, ModuleKind)> {
    graph
        .modules
        .values()
        .map(|n| (n.name.clone(), n.rel_path.clone(), n.kind))
        .collect()
}

fn edge(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

#[test]
fn stdlib_list_is_sorted_and_complete_enough() {
    assert!(STDLIB_MODULES.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(STDLIB_MODULES.len(), 305);
    for name in [
        "os",
        "sys",
        "json",
        "collections",
        "__future__",
        "tomllib",
        "_io",
    ] {
        assert!(is_stdlib(name), "{name}");
    }
    assert!(!is_stdlib("numpy") && !is_stdlib("os.path"));
}

#[test]
fn packages_relative_imports_and_namespaces() {
    let project = TempProject::new(&[
        (
            "app.py",
            "import os.path\nfrom pkg import util, CONSTANT\nimport ns.part\n",
        ),
        ("pkg/__init__.py", "from . import helper\nCONSTANT = 1\n"),
        ("pkg/helper.py", "def help(): pass\n"),
        ("pkg/util.py", "from .sub.deep import x\n"),
        ("pkg/sub/__init__.py", ""),
        (
            "pkg/sub/deep.py",
            "from ..helper import help as x\nfrom .. import util\n",
        ),
        ("ns/part.py", "import json\n"),
        ("unused.py", "import nothing_here\n"),
    ]);
    let graph = resolve(&project, &ResolveOptions::default()).unwrap();
    use ModuleKind::*;
    let expected = [
        ("__main__", "app.py", Module),
        ("ns", "ns", NamespacePackage),
        ("ns.part", "ns/part.py", Module),
        ("pkg", "pkg/__init__.py", Package),
        ("pkg.helper", "pkg/helper.py", Module),
        ("pkg.sub", "pkg/sub/__init__.py", Package),
        ("pkg.sub.deep", "pkg/sub/deep.py", Module),
        ("pkg.util", "pkg/util.py", Module),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|(n, p, k)| (n.to_string(), p.to_string(), *k))
        .collect();
    assert_eq!(modules(&graph), expected);
    let runtime: Vec<&str> = graph.runtime_modules.iter().map(String::as_str).collect();
    assert_eq!(runtime, ["json", "os.path"]);
    for (a, b) in [
        ("__main__", "os.path"),
        ("__main__", "pkg"),
        ("__main__", "pkg.util"),
        ("__main__", "ns.part"),
        ("pkg", "pkg.helper"),
        ("pkg.util", "pkg.sub.deep"),
        ("pkg.sub.deep", "pkg.helper"),
        ("pkg.sub.deep", "pkg.util"),
        ("ns.part", "json"),
    ] {
        assert!(graph.edges.contains(&edge(a, b)), "missing edge {a} -> {b}");
    }
    assert!(!graph.edges.contains(&edge("__main__", "pkg.CONSTANT")));
    assert!(graph.warnings.is_empty());
    assert_eq!(graph.entry_label, "app");
}

#[test]
fn a_missing_module_names_the_chain_that_led_to_it() {
    let project = TempProject::new(&[
        ("app.py", "import pkg.util\n"),
        ("pkg/__init__.py", ""),
        ("pkg/util.py", "def f():\n    import foo\n"),
    ]);
    let errors = error_lines(resolve(&project, &ResolveOptions::default()));
    assert_eq!(
        errors,
        ["module 'foo' not found (imported by app -> pkg.util)"]
    );
}

#[test]
fn every_missing_module_is_reported_once_in_order() {
    let project = TempProject::new(&[
        (
            "app.py",
            "import zeta\nimport alpha.beta\nimport zeta\nfrom m import x\n",
        ),
        ("m.py", "import zeta\n"),
    ]);
    let errors = error_lines(resolve(&project, &ResolveOptions::default()));
    assert_eq!(
        errors,
        [
            "module 'alpha' not found (imported by app)",
            "module 'zeta' not found (imported by app)",
        ]
    );
}

#[test]
fn optional_imports_only_warn() {
    let project = TempProject::new(&[(
        "app.py",
        "try:\n    import fast_json\nexcept ImportError:\n    fast_json = None\n",
    )]);
    let graph = resolve(&project, &ResolveOptions::default()).unwrap();
    assert_eq!(
        graph.warnings,
        ["module 'fast_json' not found (imported by app); leaving it out (optional import)"]
    );
    // The same module needed elsewhere without a guard is an error.
    project.write(
        "app.py",
        "try:\n    import fast_json\nexcept ImportError:\n    pass\nimport b\n",
    );
    project.write("b.py", "import fast_json\n");
    let errors = error_lines(resolve(&project, &ResolveOptions::default()));
    assert_eq!(
        errors,
        ["module 'fast_json' not found (imported by app -> b)"]
    );
}

#[test]
fn submodules_of_plain_modules_do_not_exist() {
    let project = TempProject::new(&[("app.py", "import tools.extra\n"), ("tools.py", "")]);
    let errors = error_lines(resolve(&project, &ResolveOptions::default()));
    assert_eq!(
        errors,
        ["module 'tools.extra' not found; 'tools' is not a package (imported by app)"]
    );
}

#[test]
fn bad_relative_imports_are_errors() {
    let project = TempProject::new(&[("app.py", "from . import sibling\n")]);
    let errors = error_lines(resolve(&project, &ResolveOptions::default()));
    assert_eq!(
        errors,
        ["app.py: attempted relative import with no known parent package (imported by app)"]
    );
    project.write("app.py", "import pkg\n");
    project.write("pkg/__init__.py", "from ... import far\n");
    let errors = error_lines(resolve(&project, &ResolveOptions::default()));
    assert_eq!(
        errors,
        [
            "pkg/__init__.py: attempted relative import beyond top-level package \
          (imported by app -> pkg)"
        ]
    );
}

#[test]
fn include_and_exclude() {
    let project = TempProject::new(&[
        ("app.py", "import big\n"),
        ("big/__init__.py", "from . import part\n"),
        ("big/part.py", "import absent\n"),
        ("plugin.py", "import helper\n"),
        ("helper.py", ""),
    ]);
    let options = ResolveOptions {
        includes: vec!["plugin".into()],
        excludes: vec!["big.part".into()],
        extra_paths: vec![],
        runtime_implicit: false,
    };
    let graph = resolve(&project, &options).unwrap();
    let names: Vec<&str> = graph.modules.keys().map(String::as_str).collect();
    assert_eq!(names, ["__main__", "big", "helper", "plugin"]);

    let options = ResolveOptions {
        excludes: vec!["big".into()],
        ..options
    };
    let names: Vec<String> = resolve(&project, &options)
        .unwrap()
        .modules
        .into_keys()
        .collect();
    assert_eq!(names, ["__main__", "helper", "plugin"]);

    let options = ResolveOptions {
        includes: vec!["nowhere".into()],
        ..options
    };
    let errors = error_lines(resolve(&project, &options));
    assert_eq!(
        errors,
        ["module 'nowhere' not found (requested by --include)"]
    );

    let options = ResolveOptions {
        includes: vec!["big.part".into()],
        excludes: vec![],
        ..options
    };
    let errors = error_lines(resolve(&project, &options));
    assert_eq!(
        errors,
        ["module 'absent' not found (imported by --include -> big.part)"]
    );
}

#[test]
fn search_order_follows_cpython() {
    let project = TempProject::new(&[
        ("app.py", "import both, lib, shadow, spread.a, spread.b\n"),
        // A package wins over a module of the same name in the same folder.
        ("both/__init__.py", ""),
        ("both.py", ""),
        // The project root wins over --path folders.
        ("shadow.py", ""),
        ("vendor/shadow.py", ""),
        ("vendor/lib.py", ""),
        // Namespace package portions in two roots.
        ("spread/a.py", ""),
        ("vendor/spread/b.py", ""),
    ]);
    let options = ResolveOptions {
        extra_paths: vec![project.path("vendor")],
        ..Default::default()
    };
    let graph = resolve(&project, &options).unwrap();
    let found: Vec<(String, String)> = graph
        .modules
        .values()
        .map(|n| (n.name.clone(), n.rel_path.clone()))
        .collect();
    let expected = [
        ("__main__", "app.py"),
        ("both", "both/__init__.py"),
        ("lib", "lib.py"),
        ("shadow", "shadow.py"),
        ("spread", "spread"),
        ("spread.a", "spread/a.py"),
        ("spread.b", "spread/b.py"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(found, expected);
    assert_eq!(graph.modules["lib"].file, project.path("vendor/lib.py"));
    assert_eq!(
        graph.modules["spread.b"].file,
        project.path("vendor/spread/b.py")
    );

    let options = ResolveOptions {
        extra_paths: vec![project.path("nope")],
        ..options
    };
    let errors = error_lines(resolve(&project, &options));
    assert!(errors[0].starts_with("--path '") && errors[0].ends_with("nope' is not a folder"));
}

#[test]
fn star_imports_follow_dunder_all_submodules() {
    let project = TempProject::new(&[
        ("app.py", "from pkg import *\n"),
        ("pkg/__init__.py", "__all__ = ['a', 'value']\nvalue = 1\n"),
        ("pkg/a.py", ""),
        ("pkg/b.py", ""),
    ]);
    let graph = resolve(&project, &ResolveOptions::default()).unwrap();
    let names: Vec<&str> = graph.modules.keys().map(String::as_str).collect();
    assert_eq!(names, ["__main__", "pkg", "pkg.a"]);
}

#[test]
fn circular_imports_and_the_main_module_resolve() {
    let project = TempProject::new(&[
        ("app.py", "import a\nimport __main__\nimport app\n"),
        ("a.py", "import b\n"),
        ("b.py", "import a\nfrom app import x\n"),
    ]);
    let graph = resolve(&project, &ResolveOptions::default()).unwrap();
    let names: Vec<&str> = graph.modules.keys().map(String::as_str).collect();
    assert_eq!(names, ["__main__", "a", "app", "b"]);
    assert!(graph.edges.contains(&edge("a", "b")) && graph.edges.contains(&edge("b", "a")));
}

#[test]
fn syntax_errors_name_the_module_file() {
    let project = TempProject::new(&[
        ("app.py", "import pkg.bad\n"),
        ("pkg/__init__.py", ""),
        ("pkg/bad.py", "x = 1\ndef f(:\n"),
    ]);
    match resolve(&project, &ResolveOptions::default()) {
        Err(Failure::Syntax(err)) => {
            assert_eq!(err.filename, "pkg/bad.py");
            assert!(err.text.is_some());
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn entries_can_be_folders_with_a_main() {
    let project = TempProject::new(&[("tool/__main__.py", "import util\n"), ("tool/util.py", "")]);
    let graph = resolve_graph(&project.path("tool"), &ResolveOptions::default()).unwrap();
    let names: Vec<&str> = graph.modules.keys().map(String::as_str).collect();
    assert_eq!(names, ["__main__", "util"]);
    assert_eq!(graph.modules[MAIN_MODULE].rel_path, "__main__.py");

    project.write("empty/", "");
    let errors = error_lines(resolve_graph(&project.path("empty"), &Default::default()));
    assert!(errors[0].ends_with("is a directory without a __main__.py; name the entry script"));
    let errors = error_lines(resolve_graph(
        &project.path("absent.py"),
        &Default::default(),
    ));
    assert!(errors[0].ends_with("absent.py': no such file"));
}

#[test]
fn resolution_is_deterministic() {
    let project = TempProject::new(&[
        ("app.py", "import c, b, a\n"),
        ("a.py", "import b\n"),
        ("b.py", "import c\n"),
        ("c.py", "import os\n"),
    ]);
    let first = resolve(&project, &ResolveOptions::default())
        .unwrap()
        .render();
    let second = resolve(&project, &ResolveOptions::default())
        .unwrap()
        .render();
    assert_eq!(first, second);
    assert!(
        first.starts_with("modules:\n  __main__  app.py\n  a         a.py\n"),
        "{first}"
    );
}
