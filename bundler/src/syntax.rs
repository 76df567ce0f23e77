//! Parsing a module with ruff's parser, and reporting a syntax error the way tote's compiler
//! reports it (the compiler owns the CPython wording of messages).

use ruff_python_ast::ModModule;
use ruff_python_parser::{ParseError, Parsed};
use tote_runtime::compiler::{self, CompileError, CompileErrorKind, Mode};

use crate::source::LineIndex;

/// Parses `source` (the file `filename`) as a module.
pub fn parse_module(source: &str, filename: &str) -> Result<Parsed<ModModule>, CompileError> {
    ruff_python_parser::parse_module(source).or_else(|err| {
        // f-string fields 3.11 accepts and ruff's parser does not: read without them.
        let masked = compiler::without_generator_fields(source)
            .filter(|_| compiler::compile(source, filename, Mode::Exec).is_ok())
            .and_then(|masked| ruff_python_parser::parse_module(&masked).ok());
        masked.ok_or_else(|| syntax_error(source, filename, &err))
    })
}

/// The compile error for a source the parser rejected: the compiler's own error when it
/// agrees the source is invalid, else one made from the parser's error.
pub fn syntax_error(source: &str, filename: &str, err: &ParseError) -> CompileError {
    let error = match compiler::compile(source, filename, Mode::Exec) {
        Err(error) => error,
        Ok(_) => from_parse_error(source, filename, err),
    };
    reported_for_file(error, source)
}

/// A compile error of a file's source as CPython reports it: in byte columns unless the
/// file declares its encoding (`columns_in_bytes`; a byte order mark, gone from `source`,
/// is not seen), and with the source line filled in when it lacks one.
pub fn reported_for_file(error: CompileError, source: &str) -> CompileError {
    let mut error = match compiler::source_encoding::columns_in_bytes(source.as_bytes()) {
        true => error.in_byte_columns(source),
        false => error,
    };
    if error.text.is_none() {
        error.text = Some(
            LineIndex::new(source)
                .line_text(error.lineno as usize)
                .to_string(),
        );
    }
    error
}

/// A `SyntaxError` at the parser error's location, with the parser's message.
pub fn from_parse_error(source: &str, filename: &str, err: &ParseError) -> CompileError {
    let index = LineIndex::new(source);
    let (start, end) = index.span(err.location);
    let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    CompileError {
        kind: CompileErrorKind::SyntaxError,
        msg: err.error.to_string(),
        filename: filename.to_string(),
        lineno: to_u32(start.line),
        offset: to_u32(start.col + 1),
        end_lineno: to_u32(end.line),
        end_offset: to_u32(end.col + 1).into(),
        text: Some(index.line_text(start.line).to_string()),
        location_in_args: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parser_errors_carry_their_position() {
        let source = "x = 1\nif x\n    pass\n";
        let Err(err) = ruff_python_parser::parse_module(source) else {
            panic!("expected a syntax error");
        };
        let error = from_parse_error(source, "m.py", &err);
        assert_eq!((error.filename.as_str(), error.lineno), ("m.py", 2));
        assert_eq!(error.text.as_deref(), Some("if x"));
        assert!(!error.msg.is_empty());
    }

    #[test]
    fn a_syntax_error_always_shows_its_line() {
        let err = parse_module("a = (\n", "bad.py").unwrap_err();
        assert_eq!(err.filename, "bad.py");
        assert!(err.text.is_some());
    }
}
