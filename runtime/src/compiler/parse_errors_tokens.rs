//! Scanning the source and ruff's tokens around a parse error's position: where the
//! token before or after it starts, whether brackets are open there, the expression
//! written in a range. Shared by the parse-error rules (`parse_errors*.rs`).

use ruff_python_ast::{Expr, Mod};
use ruff_python_parser::Parsed;
use ruff_text_size::{Ranged, TextRange};

use super::lines::LineIndex;
use super::prescan::{scan_brackets, Brackets};

/// The last non-blank byte offset before `pos` (skipping spaces and tabs).
pub(super) fn back_over_blanks(source: &str, pos: u32) -> u32 {
    let b = source.as_bytes();
    let mut p = pos as usize;
    while p > 0 && matches!(b.get(p - 1), Some(b' ' | b'\t' | b'\x0c')) {
        p -= 1;
    }
    p as u32
}

/// The expression written at `r` in the source, re-parsed on its own.
pub(super) fn expr_at(source: &str, r: TextRange) -> Option<Expr> {
    let text = source.get(usize::from(r.start())..usize::from(r.end()))?;
    let parsed = ruff_python_parser::parse_expression(&format!("({text})")).ok()?;
    Some(*parsed.into_syntax().body)
}

/// The tokens that end at or before `pos`. (ruff's `Tokens::before` panics when `pos` falls
/// inside a token, which an error position can: `b'ä'` is reported inside its literal.)
pub(super) fn tokens_before(parsed: &Parsed<Mod>, pos: u32) -> &[ruff_python_ast::token::Token] {
    let tokens: &[ruff_python_ast::token::Token] = parsed.tokens();
    let n = tokens.partition_point(|t| u32::from(t.range().end()) <= pos);
    tokens.get(..n).unwrap_or(&[])
}

/// The start of the token before `pos` (a rough token boundary scan on the source).
pub(super) fn previous_token_start(parsed: &Parsed<Mod>, pos: u32) -> Option<u32> {
    tokens_before(parsed, pos)
        .iter()
        .rev()
        .find(|t| {
            use ruff_python_ast::token::TokenKind as K;
            !matches!(
                t.kind(),
                K::Newline | K::NonLogicalNewline | K::Indent | K::Dedent | K::Comment
            )
        })
        .map(|t| u32::from(t.range().start()))
}

/// `(**x)`: a `**` right after an opening parenthesis, alone up to its closing one.
pub(super) fn is_parenthesized_double_star(source: &str, start: u32) -> bool {
    let after = source.get(start as usize..).unwrap_or("");
    if !after.starts_with("**")
        || !source
            .get(..start as usize)
            .unwrap_or("")
            .trim_end()
            .ends_with('(')
    {
        return false;
    }
    let close = closing_paren_after(source, start) as usize;
    let inner = source.get(start as usize..close).unwrap_or(",");
    let mut depth = 0i32;
    !inner.bytes().any(|c| {
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            _ => {}
        }
        c == b',' && depth == 0
    })
}

/// The range CPython gives the token that starts at or after `pos`, comments and line
/// breaks inside brackets skipped: a line's end is an empty range after its last token, or
/// the range of a comment that ends the line.
pub(super) fn following_token(parsed: &Parsed<Mod>, pos: u32) -> (u32, u32) {
    use ruff_python_ast::token::TokenKind as K;
    let mut comment = None;
    // Not `Tokens::after`, which panics on an offset inside a token.
    let tokens = parsed.tokens().iter();
    for t in tokens.filter(|t| u32::from(t.range().start()) >= pos) {
        let (s, e) = (u32::from(t.range().start()), u32::from(t.range().end()));
        match t.kind() {
            K::Comment => comment = Some((s, e)),
            K::NonLogicalNewline => comment = None,
            K::Newline | K::EndOfFile | K::Dedent | K::Indent => return comment.unwrap_or((s, s)),
            _ => return (s, e),
        }
    }
    (pos, pos)
}

/// The number of the source's last line (a final line break ends it, it does not start
/// another): where the tokenizer detects a string left open to the end.
pub(super) fn last_line(source: &str, lines: &LineIndex<'_>) -> u32 {
    let end = source.len() - usize::from(source.ends_with('\n'));
    lines.line_col(end as u32).0
}

/// The offset of the first character at or after `pos` that is not a space or a tab (where
/// CPython's parser reports a token it could not use).
pub(super) fn next_token_after(source: &str, pos: u32) -> u32 {
    let rest = source.get(pos as usize..).unwrap_or("");
    let skipped = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    pos + skipped as u32
}

/// Is `pos` inside brackets (counting brackets outside strings/comments before it)?
pub(super) fn brackets_open_at(source: &str, pos: u32) -> bool {
    let prefix = source.get(..pos as usize).unwrap_or("");
    let idx = LineIndex::new(prefix);
    matches!(
        scan_brackets(prefix, &idx, ""),
        Ok(Brackets {
            unclosed: Some(_),
            ..
        })
    )
}

/// Does a token of kind `k` begin an atom: a name, a literal, an opening bracket?
pub(super) fn starts_atom(k: ruff_python_ast::token::TokenKind) -> bool {
    use ruff_python_ast::token::TokenKind as K;
    matches!(
        k,
        K::Name
            | K::Int
            | K::Float
            | K::Complex
            | K::String
            | K::FStringStart
            | K::Lpar
            | K::Lsqb
            | K::Lbrace
            | K::None
            | K::True
            | K::False
            | K::Ellipsis
    )
}

/// Can a token of kind `k` end an operand: a name, a literal, a closing bracket? Another
/// operand right after one is where CPython looks for a missing comma.
pub(super) fn ends_operand(k: ruff_python_ast::token::TokenKind) -> bool {
    use ruff_python_ast::token::TokenKind as K;
    matches!(
        k,
        K::Name
            | K::Int
            | K::Float
            | K::Complex
            | K::String
            | K::FStringEnd
            | K::Rpar
            | K::Rsqb
            | K::Rbrace
            | K::None
            | K::True
            | K::False
            | K::Ellipsis
    )
}

pub(super) fn starts_expression(k: ruff_python_ast::token::TokenKind) -> bool {
    use ruff_python_ast::token::TokenKind as K;
    starts_atom(k) || matches!(k, K::Lambda | K::Await | K::Not | K::Tilde)
}

/// The byte offset of the `)` that closes the argument list containing `pos`.
pub(super) fn closing_paren_after(source: &str, pos: u32) -> u32 {
    let b = source.as_bytes();
    let mut depth = 0i32;
    let mut i = pos as usize;
    while i < b.len() {
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                if depth == 0 {
                    return i as u32;
                }
                depth -= 1;
            }
            _ => {}
        }
        i += 1;
    }
    pos
}
