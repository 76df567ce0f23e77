//! Which of the errors in a source CPython 3.11 reports. ruff parses everything and lists
//! every error; CPython stops at its first, but its tokenizer and parser meet them in
//! their own order: a call's `=` before ruff's argument-order check, a malformed number
//! when the parser reads it, and after a parser error the rest of the source tokenized,
//! so that a string left open further on (or a bad number, a stray character) wins.

use ruff_python_ast::Mod;
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType, Parsed,
};
use ruff_text_size::Ranged;

use super::lines::LineIndex;
use super::parse_errors::error_at;
use super::{CompileError, CompileErrorKind};

/// The error of `errors` CPython meets first: ruff checks a call's argument order after
/// reading all of it, CPython an argument's `=` as it reads it.
pub fn first_reported(errors: &[ParseError]) -> Option<&ParseError> {
    let first = errors.first()?;
    let keyword_order = matches!(
        first.error,
        ParseErrorType::PositionalAfterKeywordArgument
            | ParseErrorType::PositionalAfterKeywordUnpacking
    );
    let earlier_name = errors.iter().find(|e| {
        matches!(&e.error, ParseErrorType::OtherError(m) if m == "Expected a parameter name")
            && e.location.start() < first.location.start()
    });
    if let Some(e) = earlier_name.filter(|_| keyword_order) {
        return Some(e);
    }
    // `a is not not`: ruff reports the missing operand of the second `not` before the `not`
    // that may not stand there; CPython stops at that `not`.
    let misplaced_not = errors.iter().find(|e| {
        matches!(&e.error, ParseErrorType::OtherError(m) if m == "Boolean 'not' expression cannot be used here")
            && e.location.start() < first.location.start()
    });
    Some(misplaced_not.unwrap_or(first))
}

/// After a parser error, CPython tokenizes the rest of the source, and a tokenizer error
/// it meets there (a string left open, a character that starts no token) is the one
/// reported: `print('it's')` is an unterminated string, not a missing comma. Some stop
/// that tokenizing without a report of their own (see `stops_silently`).
pub fn later_tokenizer_error<'a>(
    errors: &'a [ParseError],
    first: &ParseError,
) -> Option<&'a ParseError> {
    // (An unexpected indent is reported before the tokenizer reads on.)
    if matches!(
        first.error,
        ParseErrorType::Lexical(_) | ParseErrorType::UnexpectedIndentation
    ) {
        return None;
    }
    errors.iter().find(|e| {
        let raises = match &e.error {
            _ if unterminated_string(e) => true,
            ParseErrorType::Lexical(LexicalErrorType::LineContinuationError) => true,
            ParseErrorType::Lexical(LexicalErrorType::OtherError(m)) => {
                &**m == "Invalid decimal integer literal"
            }
            ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
                !matches!(tok, '$' | '?' | '`')
            }
            _ => false,
        };
        raises && e.location.start() >= first.location.start()
    })
}

/// CPython's tokenizer rejects a malformed number (`1_`, `0b2`) when its parser reads it,
/// so a number token from `from` up to `error_start` (ruff's error, or how far CPython's
/// tokenizer reads on after a parser error) decides the message.
pub fn malformed_number_in(
    parsed: &Parsed<Mod>,
    source: &str,
    from: u32,
    error_start: u32,
    lines: &LineIndex<'_>,
    filename: &str,
) -> Option<CompileError> {
    // ruff may drop a broken number from its tokens, so the word around the error is a
    // candidate too.
    let b = source.as_bytes();
    let mut word_start = (error_start as usize).min(b.len());
    while word_start > 0
        && (b[word_start - 1].is_ascii_alphanumeric() || b"_.".contains(&b[word_start - 1]))
    {
        word_start -= 1;
    }
    // CPython 3.11's tokenizer reads an f-string as one token: a format spec such as
    // `.2f` inside it is no number.
    let mut fstring_depth = 0u32;
    let token_starts = parsed.tokens().iter().filter_map(|t| {
        use ruff_python_ast::token::TokenKind as K;
        match t.kind() {
            K::FStringStart => fstring_depth += 1,
            K::FStringEnd => fstring_depth = fstring_depth.saturating_sub(1),
            // (An f-string ruff found unterminated ends with its logical line.)
            K::Newline => fstring_depth = 0,
            _ if fstring_depth == 0 => return Some(u32::from(t.range().start())),
            _ => {}
        }
        None
    });
    let starts = token_starts
        .take_while(|&s| s <= error_start)
        .chain([word_start as u32])
        .filter(|&s| s >= from);
    for s in starts {
        let text = source.get(s as usize..).unwrap_or("").as_bytes();
        let number = match text {
            [d, ..] if d.is_ascii_digit() => true,
            [b'.', d, ..] => d.is_ascii_digit(),
            _ => false,
        };
        if !number {
            continue;
        }
        if let Some((msg, at)) = super::numeric_literals::literal_error(source, s as usize) {
            // CPython's caret is on the last character of the number, except for a bad digit.
            let at = if msg.starts_with("invalid digit") {
                at
            } else {
                at.saturating_sub(1)
            } as u32;
            return Some(error_at(
                CompileErrorKind::SyntaxError,
                msg,
                at,
                at,
                lines,
                filename,
            ));
        }
    }
    None
}

/// Where the furthest token CPython's parser read starts, for an error at `start`: the
/// error's own token, except where one of its rules for a better message parses on past
/// it and reads the token after what it parsed:
/// - an operand right after another (`f(a b`, `x{(`): the rule for a missing comma
///   parses the second operand whole (stopping where ruff found it broken);
/// - a lone `=` (`{p.y = 1`): the rule suggesting `==` parses the operand after it;
/// - an empty subscript (`x[]`): the rule for a missing comma reads `[]` as a list.
///
/// CPython's report of a bracket never closed depends on the line that token is on.
pub fn furthest_token_read(parsed: &Parsed<Mod>, source: &str, start: u32) -> u32 {
    use super::parse_errors_shapes::expression_end;
    use super::parse_errors_tokens::{ends_operand, starts_expression};
    use ruff_python_ast::token::{Token, TokenKind as K};
    let tokens = parsed.tokens();
    let solid = |t: &&Token| !matches!(t.kind(), K::NonLogicalNewline | K::Comment);
    let n = tokens.partition_point(|t| u32::from(t.range().start()) < start);
    let found = tokens
        .get(n)
        .filter(|t| u32::from(t.range().start()) == start);
    let previous = tokens.get(..n).and_then(|b| b.iter().rev().find(solid));
    let next_solid = |from: usize, at: u32| {
        tokens.get(from..).and_then(|rest| {
            rest.iter()
                .filter(solid)
                .find(|t| u32::from(t.range().start()) >= at)
        })
    };
    // The tokens before the error back to the bracket or comma that starts its element.
    let element = tokens.get(..n).map_or(&[][..], |before| {
        let mut depth = 0i32;
        let from = before.iter().rposition(|t| {
            match t.kind() {
                K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
                K::Lpar | K::Lsqb | K::Lbrace if depth > 0 => depth -= 1,
                K::Lpar | K::Lsqb | K::Lbrace | K::Comma | K::Newline => return true,
                _ => {}
            }
            false
        });
        &before[from.map_or(0, |i| i + 1)..]
    });
    let in_element = |k: K| element.iter().any(|t| t.kind() == k);
    // (A name after `def` or `class` is no operand.)
    let header_name = element
        .iter()
        .any(|t| matches!(t.kind(), K::Def | K::Class));
    let juxtaposed = found.is_some_and(|t| starts_expression(t.kind()))
        && previous.is_some_and(|t| ends_operand(t.kind()))
        && !header_name;
    let operand_start = match found.map(|t| t.kind()) {
        _ if juxtaposed => start,
        // (That rule needs an operand before the `=`, and no slice's `:` before it.)
        Some(K::Equal)
            if previous.is_some_and(|t| ends_operand(t.kind())) && !in_element(K::Colon) =>
        {
            match next_solid(n + 1, start + 1) {
                Some(t) if starts_expression(t.kind()) => t.range().start().into(),
                _ => return start,
            }
        }
        Some(K::Rsqb) if previous.is_some_and(|t| t.kind() == K::Lsqb) => {
            return next_solid(n + 1, start + 1).map_or(start, |t| t.range().start().into());
        }
        _ => return start,
    };
    let end = expression_end(parsed, operand_start);
    let after = next_solid(n, end).map_or(end, |t| t.range().start().into());
    // (ruff ends a line inside brackets before a keyword that starts the next one; CPython
    // reads no line break there.)
    let broken_at = parsed
        .errors()
        .iter()
        .map(|e| u32::from(e.location.start()))
        .filter(|&s| !matches!(source.as_bytes().get(s as usize), Some(b'\n' | b'\r')))
        .filter(|&s| s > operand_start && s < after)
        .min();
    broken_at.unwrap_or(after)
}

/// A tokenizer error that, met after a parser error, ends CPython's tokenizing of the rest
/// without replacing the parser's error (its tokenizer only flags it, for the parser to
/// word): a backslash not ending its line. Only a bracket still open there can be
/// reported instead, as never closed.
pub fn stops_silently(e: &ParseError) -> bool {
    matches!(
        e.error,
        ParseErrorType::Lexical(LexicalErrorType::LineContinuationError)
    )
}

/// A string literal left open, as ruff lexes it: a plain one, or one after a `t` (a
/// t-string to ruff; to CPython 3.11 a name, then a string from the quote on).
pub fn unterminated_string(e: &ParseError) -> bool {
    use InterpolatedStringErrorType as I;
    matches!(
        e.error,
        ParseErrorType::Lexical(
            LexicalErrorType::UnclosedStringError
                | LexicalErrorType::TStringError(
                    I::UnterminatedString | I::UnterminatedTripleQuotedString
                )
        )
    )
}
