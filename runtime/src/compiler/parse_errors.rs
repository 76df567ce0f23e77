//! Syntax errors from the parser: the translation of ruff's parse errors into the messages,
//! kinds and positions CPython 3.11 reports (the checks made before parsing are in
//! `prescan.rs`; the `match` statement's in `parse_errors_match.rs`).

use ruff_python_ast::{Expr, Mod};
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType, Parsed};
use ruff_text_size::Ranged;

use super::errors::range;
use super::expr::expr_kind_name;
use super::lines::LineIndex;
use super::parse_errors_assign::{self, assignment_hint_applies};
use super::parse_errors_blocks;
use super::parse_errors_calls;
use super::parse_errors_dicts;
use super::parse_errors_escapes;
use super::parse_errors_headers;
use super::parse_errors_match;
use super::parse_errors_order;
use super::parse_errors_shapes;
use super::parse_errors_tokens::{
    back_over_blanks, brackets_open_at, closing_paren_after, expr_at, following_token,
    is_parenthesized_double_star, last_line, next_token_after, previous_token_start,
    starts_expression, tokens_before,
};
use super::prescan::{inconsistent_tabs, scan_brackets, Brackets, IndentProblem};
use super::{CompileError, CompileErrorKind};

pub(super) fn error_at(
    kind: CompileErrorKind,
    msg: impl Into<String>,
    start: u32,
    end: u32,
    lines: &LineIndex<'_>,
    filename: &str,
) -> CompileError {
    let (lineno, offset) = lines.char_pos(start);
    let (end_lineno, end_offset) = lines.char_pos(end);
    CompileError {
        kind,
        msg: msg.into(),
        filename: filename.into(),
        lineno,
        offset,
        end_lineno,
        end_offset: end_offset.into(),
        text: lines.line_text(lineno).map(|s| s.to_string()),
        location_in_args: true,
    }
}

/// The error CPython would report for a source ruff could not parse cleanly.
pub fn first_error(
    parsed: &Parsed<Mod>,
    source: &str,
    lines: &LineIndex<'_>,
    filename: &str,
    brackets: &Brackets,
) -> Option<CompileError> {
    let first = parse_errors_order::first_reported(parsed.errors());
    let tab_error = inconsistent_tabs(parsed, source, lines);
    if let Some((line, problem)) = tab_error {
        let before = first
            .map(|e| lines.line_col(e.location.start().into()).0 >= line)
            .unwrap_or(true);
        if before && problem == IndentProblem::Unindent {
            // After the line's last character, with no end, as CPython's tokenizer says.
            let text = lines.line_text(line).unwrap_or("");
            let mut err = error_at(
                CompileErrorKind::IndentationError,
                "unindent does not match any outer indentation level",
                lines.line_start(line),
                lines.line_start(line),
                lines,
                filename,
            );
            err.offset = text.chars().count() as u32 + 1;
            err.end_offset = -1;
            return Some(err);
        }
        if before {
            let mut err = error_at(
                CompileErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                lines.line_start(line),
                lines.line_start(line),
                lines,
                filename,
            );
            err.end_offset = 0;
            return Some(err);
        }
    }
    if let Some(err) =
        parse_errors_assign::parenthesized_keyword(parsed, source, first, lines, filename)
    {
        return Some(err);
    }
    let Some(e) = first else {
        if let Some(u) = parsed.unsupported_syntax_errors().first() {
            use ruff_python_parser::UnsupportedSyntaxErrorKind as U;
            let mut start: u32 = u.range.start().into();
            let mut end: u32 = u.range.end().into();
            let msg = match u.kind {
                U::UnparenthesizedExceptionTypes => {
                    "multiple exception types must be parenthesized"
                }
                // (The parser does not export the kind's type, only its Debug name.)
                U::UnpackingInComprehension(kind) if format!("{kind:?}") == "DictInDict" => {
                    // CPython marks the `**` alone.
                    end = end.min(u32::from(u.range.start()) + 2);
                    "dict unpacking cannot be used in dict comprehension"
                }
                U::UnpackingInComprehension(_) => {
                    "iterable unpacking cannot be used in comprehension"
                }
                // `t"x"` is a name, then a string, to CPython 3.11: it stops at the string.
                U::TemplateStrings => {
                    let text = source.get(start as usize..).unwrap_or("");
                    let letters = text.len()
                        - text
                            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                            .len();
                    start += letters as u32;
                    "invalid syntax"
                }
                // 3.12's `type X = …`: to 3.11 `type` is a name, and the name after it is
                // the error.
                U::TypeAliasStatement => {
                    let (s, e) = name_after_keyword(source, start);
                    (start, end) = (s, e);
                    "invalid syntax"
                }
                // 3.12's `def f[T]`, `class C[T]`: CPython stops at the `[` alone.
                U::TypeParameterList => {
                    end = start + 1;
                    if follows_def_name(source, start) {
                        "expected '('"
                    } else {
                        "invalid syntax"
                    }
                }
                _ => "invalid syntax",
            };
            return Some(error_at(
                CompileErrorKind::SyntaxError,
                msg,
                start,
                end,
                lines,
                filename,
            ));
        }
        return None;
    };
    // How far CPython's tokenizer reads: to a tokenizer error ruff reported first; after a
    // parser error, on to its own next error, or to the end.
    let parser_error = !matches!(e.error, ParseErrorType::Lexical(_));
    let later = parse_errors_order::later_tokenizer_error(parsed.errors(), e);
    let silent_error = later.filter(|l| parse_errors_order::stops_silently(l));
    let silent_stop = silent_error.map(|l| u32::from(l.location.start()));
    let later = later.filter(|l| !parse_errors_order::stops_silently(l));
    let read_to: u32 = match (parser_error, later) {
        (false, _) => e.location.start().into(),
        // CPython reports an unexpected indent without tokenizing on.
        (true, _) if matches!(e.error, ParseErrorType::UnexpectedIndentation) => {
            e.location.end().into()
        }
        (true, Some(l)) => l.location.start().into(),
        (true, None) => silent_stop.unwrap_or(source.len() as u32),
    };
    if parser_error {
        let after: u32 = u32::from(e.location.start()) + 1;
        if let Some(err) =
            parse_errors_order::malformed_number_in(parsed, source, after, read_to, lines, filename)
        {
            let closer_first = brackets.bad_closer.as_ref().is_some_and(|(at, _)| {
                lines.char_pos(*at) < (err.lineno, err.offset.saturating_sub(1))
            });
            if !closer_first {
                return Some(err);
            }
        }
    }
    let e = later.unwrap_or(e);
    let start: u32 = e.location.start().into();
    if let Some((at, msg)) = &brackets.bad_closer {
        if *at <= read_to {
            return Some(error_at(
                CompileErrorKind::SyntaxError,
                msg.clone(),
                *at,
                *at,
                lines,
                filename,
            ));
        }
    }
    let is_string_error = parse_errors_order::unterminated_string(e);
    // CPython reports an unclosed bracket when its parser had to read on to the end of the
    // file: the error is at the end, or on a later line than the bracket.
    let last_token_end = parsed
        .tokens()
        .iter()
        .rev()
        .find(|t| {
            use ruff_python_ast::token::TokenKind as K;
            !matches!(
                t.kind(),
                K::Newline
                    | K::NonLogicalNewline
                    | K::Indent
                    | K::Dedent
                    | K::Comment
                    | K::EndOfFile
            ) && !t.range().is_empty()
        })
        .map(|t| u32::from(t.range().end()))
        .unwrap_or(0);
    // ruff may end a line inside brackets when the next one starts with a keyword
    // (`[1, 2\nfor i in x:`); CPython's tokenizer reads on, and fails further down.
    let line_break_in_brackets =
        matches!(source.as_bytes().get(start as usize), Some(b'\n' | b'\r'))
            && brackets_open_at(source, start);
    // (An error whose range reaches the last token made CPython's parser look past it.)
    let error_end: u32 = e.location.end().into();
    let furthest_read = if parser_error {
        parse_errors_order::furthest_token_read(parsed, source, start)
    } else {
        start
    };
    // A tokenizer error the parser itself read up to is reported as it is.
    if let Some(silent) = silent_error.filter(|l| u32::from(l.location.start()) <= furthest_read) {
        return Some(convert(silent, parsed, source, lines, filename));
    }
    // A backslash not ending its line, met while parsing, is reported as it is (one that
    // ends the input is the end of input, inside brackets never closed).
    let continuation_mid_input = matches!(
        e.error,
        ParseErrorType::Lexical(LexicalErrorType::LineContinuationError)
    ) && source
        .get(start as usize..)
        .and_then(|t| t.find('\\'))
        .is_some_and(|i| start as usize + i + 1 < source.len());
    let reads_to_end = |at: u32| {
        if continuation_mid_input {
            return false;
        }
        if silent_stop.is_some() {
            // The tokenizer stopped before the end: only a line read past the
            // bracket's own makes CPython report it.
            return lines.line_col(furthest_read.max(start)).0 > lines.line_col(at).0;
        }
        start >= last_token_end
            || lines.line_col(furthest_read).0 > lines.line_col(at).0
            || (parser_error && error_end >= last_token_end)
            || lines.line_col(start).0 > lines.line_col(at).0
            || line_break_in_brackets
            || matches!(e.error, ParseErrorType::Lexical(LexicalErrorType::Eof))
    };
    // The bracket innermost where CPython's tokenizer stopped.
    let unclosed = match silent_stop {
        Some(stop) => {
            let prefix = source.get(..stop as usize).unwrap_or("");
            scan_brackets(prefix, &LineIndex::new(prefix), filename)
                .ok()
                .and_then(|b| b.unclosed)
        }
        None => brackets.unclosed,
    };
    if !is_string_error {
        if let Some((at, c)) = unclosed.filter(|&(at, _)| reads_to_end(at)) {
            let mut err = error_at(
                CompileErrorKind::SyntaxError,
                format!("'{c}' was never closed"),
                at,
                at,
                lines,
                filename,
            );
            err.end_offset = 0;
            return Some(err);
        }
    }
    if let Some(err) =
        parse_errors_order::malformed_number_in(parsed, source, 0, start, lines, filename)
    {
        return Some(err);
    }
    let err = convert(e, parsed, source, lines, filename);
    // (So is one inside the range the parser's error covers: it read that far.)
    if let Some(silent) = silent_error {
        let (line, offset) = lines.char_pos(silent.location.start().into());
        if (err.end_lineno, err.end_offset) > (line, i64::from(offset)) {
            return Some(convert(silent, parsed, source, lines, filename));
        }
    }
    Some(err)
}

fn convert(
    e: &ParseError,
    parsed: &Parsed<Mod>,
    source: &str,
    lines: &LineIndex<'_>,
    filename: &str,
) -> CompileError {
    use ruff_python_ast::token::TokenKind as K;
    let r = e.location;
    let start: u32 = r.start().into();
    let mut end: u32 = r.end().into();
    // CPython's NEWLINE token leaves the line break out: it ends where it starts.
    if matches!(
        source.get(start as usize..end as usize),
        Some("\n" | "\r\n" | "\r")
    ) {
        end = start;
    }
    let syntax = |msg: String, s: u32, en: u32| {
        error_at(CompileErrorKind::SyntaxError, msg, s, en, lines, filename)
    };
    let invalid = || syntax("invalid syntax".into(), start, end);
    // The families of errors other files translate, in the order CPython's rules win.
    let at_equals = source
        .get(start as usize..)
        .is_some_and(|t| t.starts_with('=') && !t.starts_with("=="));
    let keyword_name =
        matches!(&e.error, ParseErrorType::OtherError(m) if m == "Expected a parameter name");
    // A `not` where an operator, a `:` or the line's end was expected can only start
    // `not in`: CPython stops at the token after it (`a not b`, `if a not b:`).
    let unexpected_token = matches!(
        e.error,
        ParseErrorType::ExpectedToken { .. }
            | ParseErrorType::SimpleStatementsOnSameLine
            | ParseErrorType::UnexpectedExpressionToken
    );
    // (Inside brackets a comma may be missing instead: that has its own message.)
    let stray_not = source.get(start as usize..end as usize) == Some("not");
    if unexpected_token && stray_not && !brackets_open_at(source, start) {
        let (s, e) = following_token(parsed, end);
        if source.get(s as usize..e as usize) != Some("in") {
            return syntax("invalid syntax".into(), s, e);
        }
    }
    let specific = parse_errors_match::pattern_error(e, parsed, source, lines, filename)
        .or_else(|| parse_errors_dicts::dict_error(e, parsed, source, lines, filename))
        .or_else(|| parse_errors_calls::argument_error(e, parsed, source, lines, filename))
        .or_else(|| {
            at_equals
                .then(|| {
                    parse_errors_assign::misused_equals(parsed, source, start, lines, filename)
                })
                .flatten()
        })
        .or_else(|| {
            keyword_name
                .then(|| {
                    parse_errors_assign::expression_as_keyword(
                        parsed, source, start, end, lines, filename,
                    )
                })
                .flatten()
        })
        .or_else(|| {
            matches!(e.error, ParseErrorType::InvalidAssignmentTarget)
                .then(|| {
                    parse_errors_assign::statement_hint(parsed, source, start, end, lines, filename)
                })
                .flatten()
        })
        .or_else(|| parse_errors_shapes::shape_error(e, parsed, source, lines, filename))
        .or_else(|| parse_errors_headers::header_error(e, parsed, lines, filename));
    if let Some(err) = specific {
        return err;
    }
    match &e.error {
        _ if parse_errors_order::unterminated_string(e) => {
            use ruff_python_parser::InterpolatedStringErrorType as I;
            let text = source.get(start as usize..).unwrap_or("");
            let body = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            // ruff marks a t-string's text after its quotes; to CPython the `t` is a name
            // and the string starts at the quotes.
            let (start, triple) = match &e.error {
                ParseErrorType::Lexical(LexicalErrorType::TStringError(kind)) => {
                    let triple = *kind == I::UnterminatedTripleQuotedString;
                    (start.saturating_sub(if triple { 3 } else { 1 }), triple)
                }
                _ => (start, body.starts_with("\"\"\"") || body.starts_with("'''")),
            };
            let detected = if triple {
                last_line(source, lines)
            } else {
                lines.line_col(start).0
            };
            let what = if triple {
                "unterminated triple-quoted string literal"
            } else {
                "unterminated string literal"
            };
            syntax(
                format!("{what} (detected at line {detected})"),
                start,
                start,
            )
        }
        ParseErrorType::Lexical(
            LexicalErrorType::UnicodeError
            | LexicalErrorType::MissingUnicodeLbrace
            | LexicalErrorType::MissingUnicodeRbrace,
        ) => parse_errors_escapes::bad_escape(parsed, source, lines, filename, start)
            .unwrap_or_else(invalid),
        ParseErrorType::Lexical(LexicalErrorType::InvalidByteLiteral) => {
            // CPython marks the whole literal, not the offending character.
            let literal = parsed
                .tokens()
                .iter()
                .find(|t| t.range().contains(r.start()))
                .map(|t| t.range())
                .unwrap_or(r);
            let (s0, e0): (u32, u32) = (literal.start().into(), literal.end().into());
            let mut err = syntax(
                "bytes can only contain ASCII literal characters".into(),
                s0,
                e0,
            );
            // For a literal spanning lines, CPython counts the end column in bytes.
            let before_end = source.get(..e0 as usize).unwrap_or("");
            if let Some(nl) = before_end.rfind('\n').filter(|&nl| nl >= s0 as usize) {
                err.end_offset = (before_end.len() - nl) as i64;
            }
            err
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            let (line, _) = lines.line_col(start);
            let len = lines
                .line_text(line)
                .map(|t| t.chars().count())
                .unwrap_or(0) as u32;
            let mut err = error_at(
                CompileErrorKind::IndentationError,
                "unindent does not match any outer indentation level",
                start,
                start,
                lines,
                filename,
            );
            err.offset = len + 1;
            err.end_offset = -1;
            err
        }
        ParseErrorType::Lexical(LexicalErrorType::LineContinuationError) => {
            // CPython's tokenizer reports the character after the backslash, with no end.
            let backslash = source
                .get(start as usize..)
                .and_then(|t| t.find('\\'))
                .map_or(start, |i| start + i as u32);
            // A backslash that ends the input meets the end of input, as a line break does.
            let at_end = source.len() as u32 == backslash + 1;
            let msg = match at_end {
                true => "unexpected EOF while parsing",
                false => "unexpected character after line continuation character",
            };
            let mut err = syntax(msg.into(), backslash + 1, backslash + 1);
            err.end_offset = if at_end { -1 } else { 0 };
            err
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            // A backslash before the end of input: just after it, with no end.
            let backslash = source
                .get(start as usize..)
                .and_then(|t| t.find('\\'))
                .map(|i| start + i as u32);
            match backslash {
                Some(b) => {
                    let mut err = syntax("unexpected EOF while parsing".into(), b + 1, b + 1);
                    err.end_offset = -1;
                    err
                }
                None => syntax("unexpected EOF while parsing".into(), start, end),
            }
        }
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
            if *tok == '$' || *tok == '?' || *tok == '`' {
                invalid()
            } else {
                syntax(
                    format!("invalid character '{tok}' (U+{:04X})", *tok as u32),
                    start,
                    start,
                )
            }
        }
        ParseErrorType::Lexical(LexicalErrorType::OtherError(m))
            if &**m == "Invalid decimal integer literal" =>
        {
            // CPython's tokenizer stops at the first digit after the zeros.
            let zeros = source.get(start as usize..).unwrap_or("");
            let run = zeros.len() - zeros.trim_start_matches(['0', '_']).len();
            syntax("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(), start, start + run.max(1) as u32)
        }
        ParseErrorType::UnexpectedIndentation => {
            let (line, col) = lines.line_col(end);
            let offset = lines.char_offset(line, col) - 1;
            let mut err = error_at(
                CompileErrorKind::IndentationError,
                "unexpected indent",
                start,
                start,
                lines,
                filename,
            );
            err.offset = offset;
            err.end_offset = -1;
            err
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block after ") => {
            let clause = m.trim_start_matches("Expected an indented block after ");
            parse_errors_blocks::missing_block(clause, parsed, source, start, end, lines, filename)
        }
        ParseErrorType::ExpectedToken { expected, found } => {
            let in_brackets = brackets_open_at(source, start);
            if *expected == K::Colon && matches!(found, K::Rbrace | K::Comma) && in_brackets {
                let p = previous_token_start(parsed, start).unwrap_or(start);
                let mut err = syntax("':' expected after dictionary key".into(), p, p);
                err.end_offset = 0;
                return err;
            }
            if *expected == K::Colon && *found == K::Equal {
                // `x == 1 and y = 2`: no assignment expression fits; the '=' is wrong.
                return syntax("invalid syntax".into(), start, start + 1);
            }
            if *expected == K::Colon && *found == K::Newline {
                // At CPython's NEWLINE token: after the line's trailing blanks, or its comment.
                let last_end = tokens_before(parsed, start)
                    .iter()
                    .rev()
                    .find(|t| !matches!(t.kind(), K::Comment | K::NonLogicalNewline))
                    .map_or(start, |t| u32::from(t.range().end()));
                let (s0, e0) = following_token(parsed, last_end);
                return syntax("expected ':'".into(), s0, e0);
            }
            if *expected == K::Colon {
                let p = back_over_blanks(source, start);
                return syntax("expected ':'".into(), p, p);
            }
            if *expected == K::Else && *found == K::Colon {
                // `a if b:` is no conditional CPython's rule for a missing `else` reports.
                return invalid();
            }
            if *expected == K::Else {
                // From the start of the body expression (the token before `if`).
                let if_at = tokens_before(parsed, start)
                    .iter()
                    .rev()
                    .find(|t| t.kind() == K::If)
                    .map(|t| u32::from(t.range().start()));
                let s0 = if_at
                    .and_then(|p| previous_token_start(parsed, p))
                    .unwrap_or(start);
                // To the end of the condition (not to the token after it).
                let e0 = tokens_before(parsed, start)
                    .iter()
                    .rev()
                    .find(|t| !t.kind().is_trivia() && !matches!(t.kind(), K::NonLogicalNewline))
                    .map_or(start, |t| u32::from(t.range().end()));
                return syntax("expected 'else' after 'if' expression".into(), s0, e0);
            }
            if found.as_augmented_assign_operator().is_some() {
                // `a, b += 1`: the target is everything from the statement start.
                let (line, _) = lines.line_col(start);
                let ls = lines.line_start(line);
                let text = lines.line_text(line).unwrap_or("");
                let indent = (text.len() - text.trim_start().len()) as u32;
                let ts = ls + indent;
                let te = back_over_blanks(source, start);
                if let Some(ex) = expr_at(source, range(ts, te)) {
                    return syntax(
                        format!(
                            "'{}' is an illegal expression for augmented assignment",
                            expr_kind_name(&ex)
                        ),
                        ts,
                        te,
                    );
                }
            }
            if in_brackets && starts_expression(*found) {
                use parse_errors_shapes::ElementStart;
                let end = parse_errors_shapes::expression_end(parsed, start).max(end);
                // CPython's rule needs a whole expression after the first: one broken
                // further on (`f(a {:`) is plain invalid syntax at the first error.
                let second_broken = parsed.errors().iter().any(|other| {
                    let at = u32::from(other.location.start());
                    at > start && at < end
                });
                if second_broken {
                    return invalid();
                }
                match parse_errors_shapes::element_start(parsed, start) {
                    ElementStart::At(p) => {
                        return syntax("invalid syntax. Perhaps you forgot a comma?".into(), p, end)
                    }
                    ElementStart::Conditional | ElementStart::Invalid => return invalid(),
                    ElementStart::Unknown => {}
                }
                if let Some(p) = previous_token_start(parsed, start) {
                    return syntax("invalid syntax. Perhaps you forgot a comma?".into(), p, end);
                }
            }
            invalid()
        }
        ParseErrorType::SimpleStatementsOnSameLine | ParseErrorType::UnexpectedExpressionToken => {
            if let Some(p) = previous_token_start(parsed, start) {
                let prev = source.get(p as usize..start as usize).unwrap_or("").trim();
                let (line, _) = lines.line_col(p);
                let text = lines.line_text(line).unwrap_or("");
                if (prev == "print" || prev == "exec") && text.trim_start().starts_with(prev) {
                    let line_end = lines.line_start(line) + text.trim_end().len() as u32;
                    return syntax(
                        format!(
                            "Missing parentheses in call to '{prev}'. Did you mean {prev}(...)?"
                        ),
                        p,
                        line_end,
                    );
                }
            }
            invalid()
        }
        // `a < not b`: CPython stops at the `not` itself.
        ParseErrorType::OtherError(m) if m == "Boolean 'not' expression cannot be used here" => {
            syntax("invalid syntax".into(), start, start + 3)
        }
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidNamedAssignmentTarget
        | ParseErrorType::InvalidDeleteTarget
        | ParseErrorType::InvalidAugmentedAssignmentTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let starred = source
                .get(start as usize..)
                .is_some_and(|t| t.starts_with('*'));
            if matches!(e.error, ParseErrorType::InvalidDeleteTarget) && starred {
                return syntax("cannot delete starred".into(), start, end);
            }
            if matches!(e.error, ParseErrorType::InvalidAugmentedAssignmentTarget) && starred {
                return syntax(
                    "'starred' is an illegal expression for augmented assignment".into(),
                    start,
                    end,
                );
            }
            let Some(ex) = expr_at(source, r) else {
                return invalid();
            };
            let kind = expr_kind_name(&ex);
            let msg = match &e.error {
                ParseErrorType::InvalidDeleteTarget => format!("cannot delete {kind}"),
                ParseErrorType::InvalidAugmentedAssignmentTarget => {
                    format!("'{kind}' is an illegal expression for augmented assignment")
                }
                ParseErrorType::InvalidAnnotatedAssignmentTarget => match ex {
                    Expr::Tuple(_) => "only single target (not tuple) can be annotated".into(),
                    Expr::List(_) => "only single target (not list) can be annotated".into(),
                    _ => "illegal target for annotation".into(),
                },
                ParseErrorType::InvalidNamedAssignmentTarget => {
                    format!("cannot use assignment expressions with {kind}")
                }
                _ => {
                    // A bare `yield` target (`x = yield = 1`) is the one CPython words so;
                    // a parenthesized one is an expression like any other.
                    let bare = !source
                        .get(..start as usize)
                        .is_some_and(|t| t.trim_end().ends_with('('));
                    if matches!(ex, Expr::Yield(_) | Expr::YieldFrom(_)) && bare {
                        "assignment to yield expression not possible".into()
                    } else if assignment_hint_applies(&ex, source, lines, r) {
                        format!(
                            "cannot assign to {kind} here. Maybe you meant '==' instead of '='?"
                        )
                    } else {
                        format!("cannot assign to {kind}")
                    }
                }
            };
            syntax(msg, start, end)
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            let p = closing_paren_after(source, start);
            syntax(
                "positional argument follows keyword argument".into(),
                p,
                p + 1,
            )
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            let p = closing_paren_after(source, start);
            syntax(
                "positional argument follows keyword argument unpacking".into(),
                p,
                p + 1,
            )
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => syntax(
            "iterable argument unpacking follows keyword argument unpacking".into(),
            start,
            start + 1,
        ),
        ParseErrorType::NonDefaultParamAfterDefaultParam => syntax(
            "non-default argument follows default argument".into(),
            start,
            end,
        ),
        ParseErrorType::ExpectedKeywordParam => {
            // The bare `*` (the error may name the `**` after it).
            let mut star = start;
            if source
                .get(start as usize..)
                .is_some_and(|t| t.starts_with("**"))
            {
                let before = source.get(..start as usize).unwrap_or("");
                let trimmed = before.trim_end().trim_end_matches(',').trim_end();
                if trimmed.ends_with('*') {
                    star = trimmed.len() as u32 - 1;
                }
            }
            // A token that can start no parameter is where CPython's parser stops.
            let stray = parsed
                .tokens()
                .iter()
                .filter(|t| u32::from(t.range().start()) > star)
                .find(|t| t.kind() != K::Comma && !t.kind().is_trivia())
                .filter(|t| {
                    !matches!(
                        t.kind(),
                        K::Rpar | K::Colon | K::DoubleStar | K::Name | K::Newline | K::EndOfFile
                    )
                });
            if let Some(t) = stray {
                return syntax(
                    "invalid syntax".into(),
                    t.range().start().into(),
                    t.range().end().into(),
                );
            }
            // A lambda's rule reports the token after `*` (and a comma); a def's the `*`.
            let in_lambda = tokens_before(parsed, star)
                .iter()
                .rev()
                .find(|t| matches!(t.kind(), K::Lambda | K::Lpar | K::Newline))
                .is_some_and(|t| t.kind() == K::Lambda);
            if in_lambda {
                let after = parsed
                    .tokens()
                    .iter()
                    .filter(|t| u32::from(t.range().start()) > star)
                    .find(|t| t.kind() != K::Comma);
                if let Some(t) = after {
                    return syntax(
                        "named arguments must follow bare *".into(),
                        t.range().start().into(),
                        t.range().end().into(),
                    );
                }
            }
            syntax("named arguments must follow bare *".into(), star, star + 1)
        }
        ParseErrorType::InvalidYieldExpressionUsage
            if source
                .get(start as usize..)
                .is_some_and(|t| t.starts_with("yield")) =>
        {
            // `return yield x`, `eval("yield x")`: where CPython's grammar has no bare
            // yield, its parser stops at the keyword.
            syntax("invalid syntax".into(), start, start + "yield".len() as u32)
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => syntax(
            "Generator expression must be parenthesized".into(),
            start,
            end,
        ),
        ParseErrorType::OtherError(m)
            if m == "Multiple exception types must be parenthesized when using `as`" =>
        {
            // From the first type through the name after `as`.
            let line_end = {
                let (line, _) = lines.line_col(start);
                let t = lines.line_text(line).unwrap_or("");
                lines.line_start(line) + t.trim_end().trim_end_matches(':').trim_end().len() as u32
            };
            syntax(
                "multiple exception types must be parenthesized".into(),
                start,
                line_end.max(end),
            )
        }
        ParseErrorType::OtherError(m)
            if m == "Expected `except` or `finally` after `try` block" =>
        {
            // At the token after the body: the statement that follows it (its first token),
            // or the end of input, which has no end.
            let trivia = |k: K| {
                matches!(
                    k,
                    K::Dedent | K::Indent | K::Newline | K::NonLogicalNewline | K::Comment
                )
            };
            // ruff reads an `else:` clause first; CPython expects a handler in its place.
            let try_at = tokens_before(parsed, start)
                .iter()
                .rposition(|t| t.kind() == K::Try);
            let try_column =
                try_at.map(|i| lines.line_col(parsed.tokens()[i].range().start().into()).1);
            let else_clause = try_at.and_then(|i| {
                let tokens = parsed.tokens().get(i..)?;
                tokens.windows(2).find_map(|w| {
                    let starts_line = matches!(w[0].kind(), K::Newline | K::Dedent);
                    let col = lines.line_col(w[1].range().start().into()).1;
                    (starts_line && w[1].kind() == K::Else && Some(col) == try_column)
                        .then_some(&w[1])
                })
            });
            let next = else_clause.or_else(|| {
                parsed
                    .tokens()
                    .iter()
                    .find(|t| u32::from(t.range().start()) >= start && !trivia(t.kind()))
            });
            match next.map(|t| (t.kind(), t.range())) {
                Some((K::EndOfFile, _)) | None => {
                    let at = tokens_before(parsed, start)
                        .iter()
                        .rev()
                        .find(|t| !trivia(t.kind()))
                        .map_or(start, |t| t.range().end().into());
                    let mut err = syntax("expected 'except' or 'finally' block".into(), at, at);
                    err.end_offset = -1;
                    err
                }
                Some((_, r)) => {
                    let (line, col) = lines.line_col(r.start().into());
                    let mut err = syntax(
                        "expected 'except' or 'finally' block".into(),
                        r.start().into(),
                        r.end().into(),
                    );
                    // A line indented less than the `try` closes more than its body (or,
                    // after a body on the `try` line, one indented more opens a block):
                    // the token CPython's parser reads after the body is a DEDENT (an
                    // INDENT), placed where its tokenizer stands, after the indentation.
                    if try_column.is_some_and(|c| col != c) {
                        err.offset = lines.char_offset(line, col) - 1;
                        err.end_offset = -1;
                    }
                    err
                }
            }
        }
        ParseErrorType::OtherError(m)
            if m == "Cannot have both 'except' and 'except*' on the same 'try'" =>
        {
            // CPython marks `except` of a plain clause, `except *` of a star clause.
            let after = start + "except".len() as u32;
            let star = next_token_after(source, after);
            let end = match source.as_bytes().get(star as usize) {
                Some(b'*') => star + 1,
                _ => after,
            };
            syntax(
                "cannot have both 'except' and 'except*' on the same 'try'".into(),
                start,
                end,
            )
        }
        ParseErrorType::OtherError(m)
            if m == "Expected one or more exception types"
                && matches!(
                    source.as_bytes().get(start as usize),
                    None | Some(b':' | b'\n' | b'\r')
                )
                && previous_token_start(parsed, start)
                    .is_some_and(|p| source.as_bytes().get(p as usize) == Some(&b'*')) =>
        {
            // CPython's range covers a `:` (not the end of the line).
            let end = match source.as_bytes().get(start as usize) {
                Some(b':') => start + 1,
                _ => start,
            };
            syntax("expected one or more exception types".into(), start, end)
        }
        ParseErrorType::InvalidStarredExpressionUsage
            if source
                .get(..start as usize)
                .unwrap_or("")
                .trim_end()
                .ends_with('(')
                && source
                    .get(end as usize..)
                    .unwrap_or("")
                    .trim_start()
                    .starts_with(')') =>
        {
            syntax("cannot use starred expression here".into(), start, end)
        }
        ParseErrorType::ExpectedExpression if is_parenthesized_double_star(source, start) => {
            syntax(
                "cannot use double starred expression here".into(),
                start,
                end,
            )
        }
        ParseErrorType::ExpectedImaginaryNumber => syntax(
            "imaginary number required in complex literal".into(),
            start,
            end,
        ),
        ParseErrorType::ExpectedRealNumber => {
            syntax("real number required in complex literal".into(), start, end)
        }
        ParseErrorType::OtherError(m)
            if m == "Bytes literal cannot be mixed with non-bytes literals" =>
        {
            // CPython joins the literals after reading the token that follows them, and
            // reports that token.
            let (s0, e0) = following_token(parsed, end);
            syntax("cannot mix bytes and nonbytes literals".into(), s0, e0)
        }
        ParseErrorType::VarParameterWithDefault => {
            // `**name=`: the name's `*`s are before it.
            let before = source.get(..start as usize).unwrap_or("").trim_end();
            let name_start = before.trim_end_matches(|c: char| c.is_alphanumeric() || c == '_');
            let which = match name_start.trim_end().ends_with("**") {
                true => "var-keyword",
                false => "var-positional",
            };
            syntax(
                format!("{which} argument cannot have default value"),
                start,
                end,
            )
        }
        ParseErrorType::OtherError(m)
            if m == "Only one '*' parameter allowed"
                || m == "Only one '*' separator allowed"
                || m.starts_with("Keyword-only parameter separator not allowed after") =>
        {
            // A last bare `*` is no parameter list CPython's rules know at all.
            let after = source.get(start as usize + 1..).unwrap_or("").trim_start();
            if after.starts_with([')', ':']) {
                return invalid();
            }
            syntax("* argument may appear only once".into(), start, start + 1)
        }
        ParseErrorType::OtherError(m)
            if m == "Position-only parameter separator not allowed as first parameter" =>
        {
            // A lone `/` is no parameter list CPython knows; after `*`, it is misplaced.
            let star_before = tokens_before(parsed, start)
                .iter()
                .rev()
                .take_while(|t| !matches!(t.kind(), K::Lpar | K::Lambda))
                .any(|t| t.kind() == K::Star);
            if star_before {
                return syntax("/ must be ahead of *".into(), start, start + 1);
            }
            let after = next_token_after(source, start + 1);
            if matches!(source.as_bytes().get(after as usize), Some(b')' | b':')) {
                return invalid();
            }
            syntax(
                "at least one argument must precede /".into(),
                start,
                start + 1,
            )
        }
        ParseErrorType::OtherError(m) if m == "Only one '/' separator allowed" => {
            syntax("/ may appear only once".into(), start, start + 1)
        }
        ParseErrorType::OtherError(m) if m == "'/' parameter must appear before '*' parameter" => {
            syntax("/ must be ahead of *".into(), start, start + 1)
        }
        ParseErrorType::ParamAfterVarKeywordParam => syntax(
            "arguments cannot follow var-keyword argument".into(),
            start,
            end,
        ),
        ParseErrorType::FStringError(fe)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(fe)) => {
            // The parser's texts use 3.12's backquotes; 3.11 quotes the brace and lists the
            // accepted conversions.
            let text = match fe.to_string().as_str() {
                "invalid conversion character" => {
                    "invalid conversion character: expected 's', 'r', or 'a'".to_string()
                }
                other => other.replace('`', "'"),
            };
            syntax(format!("f-string: {text}"), start, end)
        }
        _ if parse_errors_match::is_bad_case_as_target(parsed, source, start) => {
            syntax("invalid pattern target".into(), start, end)
        }
        _ => invalid(),
    }
}

/// The span of the name after the keyword-like name at `start` (`type X`).
fn name_after_keyword(source: &str, start: u32) -> (u32, u32) {
    let text = source.get(start as usize..).unwrap_or("");
    let word = |t: &str| t.len() - t.trim_start_matches(is_name_char).len();
    let keyword = word(text);
    let rest = &text[keyword..];
    let gap = rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len();
    let name = word(&rest[gap..]).max(1);
    let at = start + (keyword + gap) as u32;
    (at, at + name as u32)
}

/// Is the text before `at` `def <name>` (so 3.11 expected the parameter list there)?
fn follows_def_name(source: &str, at: u32) -> bool {
    let before = source.get(..at as usize).unwrap_or("").trim_end();
    let name = before.trim_end_matches(is_name_char);
    name.len() < before.len() && name.trim_end().ends_with("def")
}

fn is_name_char(c: char) -> bool {
    c == '_' || unicode_ident::is_xid_continue(c)
}
