//! A string literal with an escape CPython 3.11 rejects (`"\N{nope}"`, a truncated `\x`):
//! the message its decoder gives, at the place its parser reports it.

use ruff_python_ast::Mod;
use ruff_python_parser::Parsed;
use ruff_text_size::Ranged;

use super::lines::LineIndex;
use super::parse_errors::error_at;
use super::{CompileError, CompileErrorKind};

/// CPython's message for the bad escape in the string literal around `at`, and its place.
/// CPython finds the error once the parser has read the token after the literal, and
/// points there; at the end of the input, at the literal's closing quote, with no end.
pub fn bad_escape(
    parsed: &Parsed<Mod>,
    source: &str,
    lines: &LineIndex<'_>,
    filename: &str,
    at: u32,
) -> Option<CompileError> {
    use super::string_escapes::{bytes_error, decode_str, literal_body};
    use ruff_python_ast::token::TokenKind as K;
    let tokens = parsed.tokens();
    let index = tokens.iter().position(|t| {
        matches!(t.kind(), K::String | K::FStringMiddle) && t.range().contains_inclusive(at.into())
    })?;
    let token = &tokens[index];
    let text = source.get(token.range().to_std_range())?;
    let (bytes, body) = match token.kind() {
        K::FStringMiddle => (false, text),
        _ => {
            let (prefix, body) = literal_body(text)?;
            (prefix.contains(['b', 'B']), body)
        }
    };
    let msg = if bytes {
        bytes_error(body)?
    } else {
        decode_str(body).err()?.str_message()
    };
    let string_part = |k: K| {
        matches!(
            k,
            K::String | K::FStringStart | K::FStringMiddle | K::FStringEnd
        )
    };
    let next = tokens[index..]
        .iter()
        .find(|t| !string_part(t.kind()) && !t.kind().is_trivia());
    let syntax = |s: u32, e: u32| {
        error_at(
            CompileErrorKind::SyntaxError,
            msg.clone(),
            s,
            e,
            lines,
            filename,
        )
    };
    let eval_mode = matches!(parsed.syntax(), Mod::Expression(_));
    let at_quote = || {
        let end = u32::from(token.range().end());
        let quote = if token.kind() == K::FStringMiddle {
            end
        } else {
            end.saturating_sub(1)
        };
        let mut err = syntax(quote, quote);
        err.end_offset = -1;
        err
    };
    Some(match next.map(|t| (t.kind(), t.range())) {
        // The implicit newline at the end of input has no text.
        Some((K::EndOfFile, _)) | None => at_quote(),
        Some((K::Newline, r)) if r.is_empty() && eval_mode => at_quote(),
        Some((K::Newline, r)) => syntax(r.start().into(), r.start().into()),
        Some((_, r)) => syntax(r.start().into(), r.end().into()),
    })
}
