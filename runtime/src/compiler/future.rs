//! `from __future__ import …` statements. CPython reads the ones that open a module (after
//! its docstring) before it builds the symbol table: they name the features turned on, and
//! an unknown feature (or `braces`) is reported then, before any other compile error, with
//! the statement's line and byte column and no end. A future import after other statements
//! is reported by the code generator instead ("must occur at the beginning"), in source
//! order with its other errors; this pass only catches the one that shares the line of the
//! opening block, after a plain statement (`from __future__ import a; import b; from
//! __future__ import c`), which the code generator's line comparison cannot see.

use ruff_python_ast::Stmt;
use ruff_text_size::Ranged;

use super::errors::{CErr, CResult};
use super::lines::LineIndex;
use super::stmt::docstring;

/// The features every Python 3.11 accepts; all but `annotations` are on anyway. The
/// `__future__` module lists the same names (`all_feature_names`); a test keeps them equal.
const KNOWN: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

pub const LATE: &str = "from __future__ imports must occur at the beginning of the file";

/// What the opening future statements turn on.
#[derive(Clone, Copy, Debug, Default)]
pub struct Features {
    /// `from __future__ import annotations`: annotations are kept as strings.
    pub annotations: bool,
    /// The line of the last opening future statement (0 when there is none): a future
    /// import on a later line is out of place.
    pub last_line: u32,
}

/// Is `s` a future import? (CPython compares the module name only, so a relative
/// `from .__future__ import x` counts too.)
pub fn is_future_import(s: &Stmt) -> bool {
    matches!(s, Stmt::ImportFrom(f) if f.module.as_ref().map(|m| m.as_str()) == Some("__future__"))
}

/// Reads the future statements that open `body` (a module or interactive statement).
pub fn scan(body: &[Stmt], lines: &LineIndex<'_>) -> CResult<Features> {
    let mut features = Features::default();
    let skip = usize::from(docstring(body).is_some());
    let mut done = false;
    let mut prev_line = 0;
    for s in body.iter().skip(skip) {
        let start = s.range().start();
        let line = lines.line_col(start.into()).0;
        if done && line > prev_line {
            break;
        }
        prev_line = line;
        let Stmt::ImportFrom(f) = s else {
            done = true;
            continue;
        };
        if !is_future_import(s) {
            done = true;
            continue;
        }
        if done {
            return Err(CErr::future(LATE, start, 0));
        }
        for alias in &f.names {
            let name = alias.name.as_str();
            if name == "annotations" {
                features.annotations = true;
            } else if name == "braces" {
                return Err(CErr::future("not a chance", start, 1));
            } else if !KNOWN.contains(&name) {
                let msg = format!("future feature {name} is not defined");
                return Err(CErr::future(msg, start, 1));
            }
        }
        features.last_line = line;
    }
    Ok(features)
}

#[cfg(test)]
mod tests {
    /// The compiler's feature names and `stdlib/__future__.py`'s `all_feature_names` are
    /// the same list, in the same order.
    #[test]
    fn known_features_match_the_future_module() {
        let module = include_str!("../../../stdlib/__future__.py");
        let start = module.find("all_feature_names = [").expect("the list") + 21;
        let end = start + module[start..].find(']').expect("its end");
        let names: Vec<&str> = module[start..end]
            .split(',')
            .map(|n| n.trim().trim_matches('"'))
            .filter(|n| !n.is_empty())
            .collect();
        assert_eq!(names, super::KNOWN);
    }
}
