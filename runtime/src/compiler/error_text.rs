//! The `text` of a parser's SyntaxError for source given as a string (`compile()`,
//! `exec()`, `eval()` of text, where no file holds the line). CPython takes it from its
//! tokenizer's buffer, which keeps every line since the start of a token that goes on
//! over line breaks (a triple-quoted string or f-string, a backslash continuation): an
//! error on the line such a token ends on shows all of them. Exec mode gives the source a
//! final line break; the other modes do not, so there the last line's text has none.
//! Also where the errors at the end of input are for a script read from its file.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_parser::{parse_unchecked, ParseOptions};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::lines::LineIndex;
use super::{CompileError, Mode};

/// CPython's `text` for the parser error `err` of `source` compiled in `mode` (line breaks
/// included), or None when its line is not a line of the source.
pub fn string_error_text(source: &str, mode: Mode, err: &CompileError) -> Option<String> {
    let lineno = err.lineno;
    let lines = LineIndex::new(source);
    let count = lines.line_count();
    let ends_with_break = source.ends_with(['\n', '\r']);
    // An empty source has line 0; a final line break starts no line of its own.
    if lineno == 0 || source.is_empty() {
        return Some(String::new());
    }
    let last = if ends_with_break { count - 1 } else { count };
    if lineno > last {
        return None;
    }
    if is_tokenizer_error(&err.msg) {
        return lines.line_text(lineno).map(str::to_string);
    }
    let parsed = parse_unchecked(source, ParseOptions::from(parser_mode(mode)));
    let spans = multi_line_spans(parsed.tokens());
    // When the tokenizer has read on past the error's line, CPython shows that line alone
    // and without its line break.
    // (ruff reads f-strings as 3.12 does, so its tokens after a broken one say nothing of
    // 3.11's tokenizer, which had read the whole f-string as one token.)
    let fstring_error = err.msg.starts_with("f-string");
    if !fstring_error && tokenizer_line(err, parsed.tokens(), &lines, last) > lineno {
        return lines.line_text(lineno).map(str::to_string);
    }
    let joined = |line: u32| {
        // The break after `line` is inside a token, or ends a backslash continuation.
        let brk = lines.line_start(line + 1).saturating_sub(1);
        let text = lines.line_text(line).unwrap_or("");
        let inside = spans
            .iter()
            .any(|s| s.start() < TextSize::new(brk) && s.end() > TextSize::new(brk));
        inside || (text.ends_with('\\') && !in_comment(text))
    };
    // An error inside a token that goes on is shown from the buffer of a later line:
    // CPython reads that one line again.
    let mut first = lineno;
    if lineno >= last || !joined(lineno) {
        while first > 1 && joined(first - 1) {
            first -= 1;
        }
    }
    let mut text = String::new();
    for line in first..=lineno {
        text.push_str(lines.line_text(line).unwrap_or(""));
        if line < last || ends_with_break || mode == Mode::Exec {
            text.push('\n');
        }
    }
    Some(text)
}

/// Is `msg` one of the errors CPython's tokenizer raises itself (a bad number, an unmatched
/// bracket, an unterminated string, a stray character)? Their `text` is the error's line
/// without its line break, whatever the source.
pub fn is_tokenizer_error(msg: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "unmatched '",
        "closing parenthesis '",
        "unterminated string literal",
        "unterminated triple-quoted string literal",
        "invalid decimal literal",
        "invalid hexadecimal literal",
        "invalid octal literal",
        "invalid binary literal",
        "invalid imaginary literal",
        "invalid digit '",
        "leading zeros in decimal integer literals",
        "invalid character '",
        "invalid non-printable character",
        "too many nested parentheses",
    ];
    PREFIXES.iter().any(|p| msg.starts_with(p))
}

fn parser_mode(mode: Mode) -> ruff_python_parser::Mode {
    match mode {
        Mode::Eval => ruff_python_parser::Mode::Expression,
        Mode::Exec | Mode::Single => ruff_python_parser::Mode::Module,
    }
}

/// The line CPython's tokenizer had reached when the parser reported `err`: the end for an
/// unclosed bracket or string, the error's own line for a plain "invalid syntax" and for
/// "multiple statements" (reported at the last token read), else the line of the token after the error (the rules with
/// a specific message read one token on).
fn tokenizer_line(err: &CompileError, tokens: &[Token], lines: &LineIndex<'_>, last: u32) -> u32 {
    if err.msg.ends_with("was never closed") || err.msg.starts_with("unterminated triple") {
        return last;
    }
    let at_last_token = err.msg == "invalid syntax" || err.msg.starts_with("multiple statements");
    if at_last_token || err.end_offset < 1 || err.end_lineno < err.lineno {
        return err.lineno;
    }
    let line_text = lines.line_text(err.end_lineno).unwrap_or("");
    let column: usize = line_text
        .chars()
        .take(err.end_offset as usize - 1)
        .map(char::len_utf8)
        .sum();
    let end = TextSize::new(lines.line_start(err.end_lineno) + column as u32);
    let next = tokens.iter().find(|t| {
        t.range().start() >= end
            && !matches!(
                t.kind(),
                TokenKind::NonLogicalNewline | TokenKind::Comment | TokenKind::EndOfFile
            )
    });
    next.map_or(err.end_lineno, |t| {
        lines.line_col(t.range().start().into()).0
    })
}

/// The ranges of the string tokens (an f-string from its start to its end).
fn multi_line_spans(tokens: &[Token]) -> Vec<TextRange> {
    let mut spans = Vec::new();
    let mut fstring_starts = Vec::new();
    for t in tokens.iter() {
        match t.kind() {
            TokenKind::String => spans.push(t.range()),
            TokenKind::FStringStart => fstring_starts.push(t.range().start()),
            TokenKind::FStringEnd => {
                if let Some(start) = fstring_starts.pop() {
                    spans.push(TextRange::new(start, t.range().end()));
                }
            }
            _ => {}
        }
    }
    spans
}

/// Is the `#` of a comment before the end of `line`? (Quotes are counted roughly: a
/// backslash at the end of a comment does not continue the line.)
fn in_comment(line: &str) -> bool {
    let mut quote: Option<char> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(_), '\\') => {
                chars.next();
            }
            (Some(q), c) if c == q => quote = None,
            (None, '\'' | '"') => quote = Some(c),
            (None, '#') => return true,
            _ => {}
        }
    }
    false
}

/// Positions of a parser error where CPython's tokenizer met the end of a source without a
/// final line break (eval and single mode): the end-of-input token has column -1, an
/// inconsistent dedent on that line counts no line break, and in single mode an escape
/// error in a string that ends the source is one column left, without an end.
pub fn adjust_for_missing_break(err: &mut CompileError, source: &str, mode: Mode) {
    if mode == Mode::Exec || source.ends_with(['\n', '\r']) {
        return;
    }
    let lines = LineIndex::new(source);
    if err.lineno != lines.line_count() {
        return;
    }
    let len = lines.line_text(err.lineno).map_or(0, |t| t.chars().count()) as u32;
    if err.kind == super::CompileErrorKind::IndentationError && err.end_offset == -1 {
        err.offset = err.offset.min(len);
    } else if mode == Mode::Single
        && (err.msg.starts_with("(unicode error)") || err.msg.starts_with("(value error)"))
        && err.offset == len + 1
    {
        // A string's escape error at the very end, where single mode's NEWLINE was made.
        err.offset = len;
        err.end_offset = -1;
    } else if err.msg == "invalid syntax" && err.offset == len + 1 {
        err.offset = 0;
        err.end_lineno = err.lineno;
        err.end_offset = 0;
    }
}

/// Positions of an error in a script run as the main program (`tote-runtime file.py`),
/// which CPython's tokenizer reads from the file rather than from a string: at the end of
/// the file (the block missing at the end, a `try` without handlers, a backslash before
/// the end, decorators left open in a block) its end-of-input token has column 0, so the
/// offset is 0 and no caret is shown.
pub fn place_for_script(err: &mut CompileError) {
    // (A backslash after other tokens on its line keeps its column.)
    let lone_backslash = err.text.as_deref().is_some_and(|t| t.trim() == "\\");
    let at_end_of_input = err.msg.starts_with("expected an indented block after ")
        || (err.msg == "unexpected EOF while parsing" && lone_backslash)
        || err.msg == "expected 'except' or 'finally' block"
        || err.msg == "unexpected unindent";
    if at_end_of_input && err.end_offset == -1 {
        err.offset = 0;
    }
}
