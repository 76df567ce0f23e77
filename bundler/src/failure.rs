//! How a `tote` command fails: one or more `tote: error: …` lines, or a Python syntax error
//! printed the way CPython prints it. Either way the process exits with status 1.

use std::fmt;

use tote_runtime::compiler::{CompileError, CompileErrorKind};

#[derive(Debug)]
pub enum Failure {
    /// Each message becomes one `tote: error: …` line.
    Errors(Vec<String>),
    /// A module does not compile.
    Syntax(Box<CompileError>),
}

impl Failure {
    pub fn msg(message: impl Into<String>) -> Failure {
        Failure::Errors(vec![message.into()])
    }
}

impl From<CompileError> for Failure {
    fn from(err: CompileError) -> Failure {
        Failure::Syntax(Box::new(err))
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Errors(messages) => {
                for message in messages {
                    writeln!(f, "tote: error: {message}")?;
                }
                Ok(())
            }
            Failure::Syntax(err) => f.write_str(&render_compile_error(err)),
        }
    }
}

/// The Python exception class name of a compile error.
pub fn kind_name(kind: CompileErrorKind) -> &'static str {
    match kind {
        CompileErrorKind::SyntaxError => "SyntaxError",
        CompileErrorKind::IndentationError => "IndentationError",
        CompileErrorKind::TabError => "TabError",
        CompileErrorKind::RecursionError => "RecursionError",
    }
}

/// A compile error as CPython 3.11 prints an uncaught `SyntaxError`:
///
/// ```text
///   File "pkg/mod.py", line 3
///     x = (1 +
///             ^
/// SyntaxError: '(' was never closed
/// ```
///
/// The source line is shown without its indentation, and the caret run covers `offset` up to
/// `end_offset` (see `syntax_error_lines`).
pub fn render_compile_error(err: &CompileError) -> String {
    use tote_runtime::compiler::CompileErrorKind;
    use tote_runtime::vm::traceback::{syntax_error_lines, SyntaxErrorSite};
    let mut out = syntax_error_lines(&SyntaxErrorSite {
        filename: &err.filename,
        lineno: err.lineno as i64,
        text: err.text.as_deref(),
        offset: err.offset as i64,
        end_lineno: err.end_lineno as i64,
        end_offset: err.end_offset,
        ranged: err.kind == CompileErrorKind::SyntaxError,
    });
    out.push_str(&format!("{}: {}\n", kind_name(err.kind), err.msg));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: Option<&str>, offset: u32, end_offset: u32) -> CompileError {
        CompileError {
            kind: CompileErrorKind::SyntaxError,
            msg: "invalid syntax".into(),
            filename: "pkg/mod.py".into(),
            lineno: 3,
            offset,
            end_lineno: 3,
            end_offset: end_offset.into(),
            text: text.map(str::to_string),
            location_in_args: true,
        }
    }

    #[test]
    fn renders_like_cpython() {
        let shown = render_compile_error(&error(Some("    x = = 1\n"), 9, 10));
        assert_eq!(
            shown,
            "  File \"pkg/mod.py\", line 3\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"
        );
        let shown = render_compile_error(&error(Some("print 'a'"), 1, 10));
        assert_eq!(shown.lines().nth(2), Some("    ^^^^^^^^^"));
        let shown = render_compile_error(&error(None, 1, 1));
        assert_eq!(
            shown,
            "  File \"pkg/mod.py\", line 3\nSyntaxError: invalid syntax\n"
        );
    }

    #[test]
    fn odd_offsets_do_not_panic() {
        for (offset, end) in [(0, 0), (1, 0), (50, 60), (3, 2), (u32::MAX, u32::MAX)] {
            let shown = render_compile_error(&error(Some("  ab"), offset, end));
            assert!(shown.ends_with("SyntaxError: invalid syntax\n"));
        }
    }
}
