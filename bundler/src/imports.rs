//! The imports a module makes, found anywhere in its syntax tree: at top level and inside
//! functions, classes, `if`, `with`, loops and `try:` blocks.
//!
//! An import inside the body of a `try:` whose handlers catch `ImportError` (or
//! `ModuleNotFoundError`, `Exception`, `BaseException`, or everything) is *optional*: the
//! program copes when it fails, so a missing module there is only a warning. So are imports
//! under `if TYPE_CHECKING:`, which never run, and `importlib.import_module("name")` /
//! `__import__("name")` calls with a literal name, which are a guess at what runs.

use ruff_python_ast::visitor::source_order::{walk_expr, walk_stmt, SourceOrderVisitor};
use ruff_python_ast::{ExceptHandler, Expr, ModModule, Stmt, StmtTry};

/// One import statement (or one module of `import a, b`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    /// The dotted module after `import` or `from` (empty for `from . import x`).
    pub module: String,
    /// Number of leading dots of a relative import; 0 for an absolute one.
    pub level: u32,
    /// The names after `from … import` (`*` included as is); `None` for `import module`.
    pub names: Option<Vec<String>>,
    /// The program copes with this import failing.
    pub optional: bool,
}

/// All imports of a module, in source order.
pub fn collect_imports(module: &ModModule) -> Vec<Import> {
    let mut collector = Collector {
        imports: Vec::new(),
        optional: false,
    };
    collector.visit_body(&module.body);
    collector.imports
}

struct Collector {
    imports: Vec<Import>,
    /// Inside a block whose import failures are handled (or never happen).
    optional: bool,
}

impl Collector {
    fn with_optional(&mut self, optional: bool, visit: impl FnOnce(&mut Collector)) {
        let saved = self.optional;
        self.optional = optional;
        visit(self);
        self.optional = saved;
    }

    fn visit_try(&mut self, stmt: &StmtTry) {
        let guarded = self.optional || stmt.handlers.iter().any(catches_import_error);
        self.with_optional(guarded, |c| c.visit_body(&stmt.body));
        for handler in &stmt.handlers {
            self.visit_except_handler(handler);
        }
        self.visit_body(&stmt.orelse);
        self.visit_body(&stmt.finalbody);
    }
}

impl<'a> SourceOrderVisitor<'a> for Collector {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Import(import) => {
                for alias in &import.names {
                    self.imports.push(Import {
                        module: alias.name.id.to_string(),
                        level: 0,
                        names: None,
                        optional: self.optional,
                    });
                }
            }
            Stmt::ImportFrom(import) => self.imports.push(Import {
                module: import
                    .module
                    .as_ref()
                    .map(|m| m.id.to_string())
                    .unwrap_or_default(),
                level: import.level,
                names: Some(import.names.iter().map(|a| a.name.id.to_string()).collect()),
                optional: self.optional,
            }),
            Stmt::Try(stmt) => self.visit_try(stmt),
            // A function body runs later, outside any `try:` around the definition.
            Stmt::FunctionDef(_) => self.with_optional(false, |c| walk_stmt(c, stmt)),
            Stmt::If(stmt_if) if is_type_checking(&stmt_if.test) => {
                self.with_optional(true, |c| c.visit_body(&stmt_if.body));
                for clause in &stmt_if.elif_else_clauses {
                    if let Some(test) = &clause.test {
                        self.visit_expr(test);
                    }
                    self.visit_body(&clause.body);
                }
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Call(call) => {
                if let Some(module) = dynamic_import(call) {
                    self.imports.push(Import {
                        module,
                        level: 0,
                        names: None,
                        optional: true,
                    });
                }
                walk_expr(self, expr);
            }
            Expr::Lambda(_) => self.with_optional(false, |c| walk_expr(c, expr)),
            _ => walk_expr(self, expr),
        }
    }
}

/// The names a module's top level assigns to `__all__` as a literal list or tuple of strings
/// (`__all__ = [...]`, `__all__ += [...]`), in order.
pub fn declared_all(source: &str) -> Vec<String> {
    let Ok(parsed) = ruff_python_parser::parse_module(source) else {
        return Vec::new();
    };
    let mut names = Vec::new();
    for stmt in &parsed.syntax().body {
        let (target, value) = match stmt {
            Stmt::Assign(assign) if assign.targets.len() == 1 => {
                (&assign.targets[0], &*assign.value)
            }
            Stmt::AugAssign(assign) => (&*assign.target, &*assign.value),
            _ => continue,
        };
        if dotted(target).as_deref() != Some("__all__") {
            continue;
        }
        let elements = match value {
            Expr::List(list) => &list.elts,
            Expr::Tuple(tuple) => &tuple.elts,
            _ => continue,
        };
        for element in elements {
            if let Expr::StringLiteral(literal) = element {
                names.push(literal.value.to_str().to_string());
            }
        }
    }
    names
}

/// `name` or `a.b.name` as a dotted string, for names and attribute chains.
fn dotted(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Name(name) => Some(name.id.to_string()),
        Expr::Attribute(attr) => Some(format!("{}.{}", dotted(&attr.value)?, attr.attr.id)),
        _ => None,
    }
}

/// Does this handler catch a failed import?
fn catches_import_error(handler: &ExceptHandler) -> bool {
    let ExceptHandler::ExceptHandler(handler) = handler;
    let Some(caught) = &handler.type_ else {
        return true;
    };
    let catches = |expr: &Expr| {
        dotted(expr).is_some_and(|name| {
            let last = name.rsplit('.').next().unwrap_or(&name);
            matches!(
                last,
                "ImportError" | "ModuleNotFoundError" | "Exception" | "BaseException"
            )
        })
    };
    match caught.as_ref() {
        Expr::Tuple(tuple) => tuple.elts.iter().any(catches),
        other => catches(other),
    }
}

/// `TYPE_CHECKING` or `typing.TYPE_CHECKING` (or any `x.TYPE_CHECKING`).
fn is_type_checking(test: &Expr) -> bool {
    dotted(test).is_some_and(|name| name == "TYPE_CHECKING" || name.ends_with(".TYPE_CHECKING"))
}

/// The module of `importlib.import_module("a.b")`, `import_module("a.b")` or
/// `__import__("a.b")` when the name is a literal and absolute.
fn dynamic_import(call: &ruff_python_ast::ExprCall) -> Option<String> {
    let func = dotted(&call.func)?;
    if !matches!(
        func.as_str(),
        "importlib.import_module" | "import_module" | "__import__"
    ) {
        return None;
    }
    let Some(Expr::StringLiteral(literal)) = call.arguments.args.first() else {
        return None;
    };
    let name = literal.value.to_str();
    let valid = !name.is_empty() && name.split('.').all(is_identifier);
    valid.then(|| name.to_string())
}

/// A Python identifier (ASCII letters, digits and `_`, or any non-ASCII letter).
pub fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    (first == '_' || first.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn imports(source: &str) -> Vec<(String, u32, Option<Vec<String>>, bool)> {
        let parsed = ruff_python_parser::parse_module(source).unwrap();
        collect_imports(parsed.syntax())
            .into_iter()
            .map(|i| (i.module, i.level, i.names, i.optional))
            .collect()
    }

    fn names(list: &[&str]) -> Option<Vec<String>> {
        Some(list.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn finds_every_form() {
        let found = imports(
            "import a.b.c, d as e\nfrom f import g, h as i\nfrom . import j\nfrom ..k.l import *\n",
        );
        assert_eq!(
            found,
            vec![
                ("a.b.c".into(), 0, None, false),
                ("d".into(), 0, None, false),
                ("f".into(), 0, names(&["g", "h"]), false),
                ("".into(), 1, names(&["j"]), false),
                ("k.l".into(), 2, names(&["*"]), false),
            ]
        );
    }

    #[test]
    fn finds_nested_imports() {
        let source = "\
def f():
    import in_function
class C:
    import in_class
    def m(self):
        from in_method import x
if cond:
    import in_if
else:
    import in_else
with ctx():
    for _ in range(3):
        while True:
            import in_loop
";
        let found: Vec<String> = imports(source).into_iter().map(|i| i.0).collect();
        assert_eq!(
            found,
            [
                "in_function",
                "in_class",
                "in_method",
                "in_if",
                "in_else",
                "in_loop"
            ]
        );
    }

    #[test]
    fn try_blocks_that_catch_import_errors_make_imports_optional() {
        let source = "\
try:
    import a
except ImportError:
    import b
try:
    import c
except (ValueError, ModuleNotFoundError):
    pass
try:
    import d
except ValueError:
    pass
try:
    import e
except:
    pass
finally:
    import f
try:
    def g():
        import h
except Exception:
    pass
try:
    try:
        import i
    except KeyError:
        pass
except builtins.BaseException:
    pass
";
        let found: Vec<(String, bool)> = imports(source).into_iter().map(|i| (i.0, i.3)).collect();
        let expected = [
            ("a", true),
            ("b", false),
            ("c", true),
            ("d", false),
            ("e", true),
            ("f", false),
            ("h", false),
            ("i", true),
        ];
        let expected: Vec<(String, bool)> =
            expected.iter().map(|(n, o)| (n.to_string(), *o)).collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn type_checking_imports_and_literal_dynamic_imports_are_optional() {
        let source = "\
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    import only_for_types
else:
    import at_run_time
import importlib
importlib.import_module('plugins.x')
__import__('other')
importlib.import_module(name)
importlib.import_module('.relative', 'pkg')
";
        let found: Vec<(String, bool)> = imports(source).into_iter().map(|i| (i.0, i.3)).collect();
        let expected = [
            ("typing", false),
            ("only_for_types", true),
            ("at_run_time", false),
            ("importlib", false),
            ("plugins.x", true),
            ("other", true),
        ];
        let expected: Vec<(String, bool)> =
            expected.iter().map(|(n, o)| (n.to_string(), *o)).collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn reads_literal_dunder_all() {
        let source = "__all__ = ['a', 'b']\n__all__ += ('c',)\nother = ['x']\n__all__ = f()\n";
        assert_eq!(declared_all(source), ["a", "b", "c"]);
        assert!(declared_all("this is not python").is_empty());
    }

    #[test]
    fn identifiers() {
        assert!(is_identifier("abc_1") && is_identifier("_x") && is_identifier("\u{e9}t\u{e9}"));
        assert!(!is_identifier("") && !is_identifier("1a") && !is_identifier("a-b"));
    }
}
