//! The looking-glass commands: `tote tokens`, `tote ast` and `tote dis` show a file at each
//! stage of the pipeline (tokens → syntax tree → bytecode).

use std::fmt::Write as _;
use std::path::Path;
use tote_runtime::objects::str::repr_str;

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::visitor::source_order::{walk_node, SourceOrderVisitor, TraversalSignal};
use ruff_python_ast::{AnyNodeRef, BoolOp, CmpOp, Number, Operator, Singleton, UnaryOp};
use ruff_python_parser::{Mode, ParseErrorType, ParseOptions};
use ruff_text_size::Ranged;
use tote_runtime::cache::compile_cached;
use tote_runtime::compiler;

use crate::failure::Failure;
use crate::source::{read_source, LineIndex, Position};
use crate::syntax::{parse_module, reported_for_file, syntax_error};

/// `tote tokens FILE`: one token a line, `line:col-line:col  KIND  'text'`, in the spirit of
/// `python3 -m tokenize`. A lexical error is reported after the tokens before it.
pub fn tokens(path: &Path, out: &mut String) -> Result<(), Failure> {
    let shown = path.display().to_string();
    let source = read_source(path, &shown)?;
    let parsed = ruff_python_parser::parse_unchecked(&source, ParseOptions::from(Mode::Module));
    let index = LineIndex::new(&source);
    let lexical_error = parsed
        .errors()
        .iter()
        .find(|e| matches!(e.error, ParseErrorType::Lexical(_)));
    for token in parsed.tokens().iter() {
        if lexical_error.is_some_and(|err| token.start() > err.location.start()) {
            break;
        }
        let range = token.start().to_usize()..token.end().to_usize();
        let text = source.get(range).unwrap_or("");
        let (start, mut end) = index.span(token.range());
        if matches!(
            token.kind(),
            TokenKind::Newline | TokenKind::NonLogicalNewline
        ) {
            // As in tokenize, a line break ends on its own line.
            end = Position {
                line: start.line,
                col: start.col + text.chars().count(),
            };
        }
        let kind = token_kind_name(token.kind());
        let _ = writeln!(
            out,
            "{:<20} {kind:<14} {}",
            span(start, end),
            repr_str(text)
        );
    }
    let last_kind = parsed.tokens().last().map(Token::kind);
    if lexical_error.is_none() && last_kind != Some(TokenKind::EndOfFile) {
        let end = index.position(source.len());
        let end = if end.col > 0 {
            Position {
                line: end.line + 1,
                col: 0,
            }
        } else {
            end
        };
        let _ = writeln!(out, "{:<20} {:<14} ''", span(end, end), "ENDMARKER");
    }
    match lexical_error {
        Some(err) => Err(syntax_error(&source, &shown, err).into()),
        None => Ok(()),
    }
}

fn span(start: Position, end: Position) -> String {
    format!("{}:{}-{}:{}", start.line, start.col, end.line, end.col)
}

/// The name Python's `token` module gives this kind of token.
fn token_kind_name(kind: TokenKind) -> &'static str {
    if kind.is_keyword() || kind.is_soft_keyword() {
        return "NAME";
    }
    match kind {
        TokenKind::Name => "NAME",
        TokenKind::Int | TokenKind::Float | TokenKind::Complex => "NUMBER",
        TokenKind::String => "STRING",
        TokenKind::FStringStart => "FSTRING_START",
        TokenKind::FStringMiddle => "FSTRING_MIDDLE",
        TokenKind::FStringEnd => "FSTRING_END",
        TokenKind::TStringStart => "TSTRING_START",
        TokenKind::TStringMiddle => "TSTRING_MIDDLE",
        TokenKind::TStringEnd => "TSTRING_END",
        TokenKind::Comment => "COMMENT",
        TokenKind::Newline => "NEWLINE",
        TokenKind::NonLogicalNewline => "NL",
        TokenKind::Indent => "INDENT",
        TokenKind::Dedent => "DEDENT",
        TokenKind::EndOfFile => "ENDMARKER",
        TokenKind::Unknown => "ERRORTOKEN",
        _ => "OP",
    }
}

/// A bytes value as Python's `repr()` shows it: `b'...'`.
fn py_bytes_repr(bytes: &[u8]) -> String {
    let mut out = String::from("b'");
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x20..=0x7e => out.push(b as char),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push('\'');
    out
}

/// `tote ast FILE`: the syntax tree, one node a line, children indented under their parent,
/// each with its span (`line:col-line:col`). Node names are ruff's (`StmtImport`, `ExprName`).
pub fn ast(path: &Path, out: &mut String) -> Result<(), Failure> {
    let shown = path.display().to_string();
    let source = read_source(path, &shown)?;
    let parsed = parse_module(&source, &shown)?;
    let mut dumper = TreeDumper {
        out,
        index: LineIndex::new(&source),
        depth: 0,
    };
    walk_node(&mut dumper, AnyNodeRef::from(parsed.syntax()));
    Ok(())
}

struct TreeDumper<'o, 's> {
    out: &'o mut String,
    index: LineIndex<'s>,
    depth: usize,
}

impl TreeDumper<'_, '_> {
    /// Deeper than this, lines are not indented further but marked with their depth, so a
    /// pathologically nested file does not give quadratic output.
    const MAX_INDENT: usize = 100;

    fn line(&mut self, text: &str) {
        let levels = self.depth.min(Self::MAX_INDENT);
        self.out.extend(std::iter::repeat_n("  ", levels));
        if self.depth > Self::MAX_INDENT {
            let _ = write!(self.out, "[depth {}] ", self.depth);
        }
        self.out.push_str(text);
        self.out.push('\n');
    }
}

/// What a node says beyond its kind and children: names, literal values, operators' contexts.
fn node_details(node: AnyNodeRef) -> String {
    match node {
        AnyNodeRef::Identifier(identifier) => format!(" {}", repr_str(identifier.id.as_str())),
        AnyNodeRef::ExprName(name) => format!(" {} {:?}", repr_str(name.id.as_str()), name.ctx),
        AnyNodeRef::StringLiteral(literal) => format!(" {}", repr_str(&literal.value)),
        AnyNodeRef::BytesLiteral(literal) => format!(" {}", py_bytes_repr(&literal.value)),
        AnyNodeRef::InterpolatedStringLiteralElement(literal) => {
            format!(" {}", repr_str(&literal.value))
        }
        AnyNodeRef::InterpolatedElement(element) => format!(" conversion={:?}", element.conversion),
        AnyNodeRef::ExprNumberLiteral(number) => match &number.value {
            Number::Int(int) => format!(" {int}"),
            Number::Float(float) => format!(" {float:?}"),
            Number::Complex { real, imag } => format!(" complex({real:?}, {imag:?})"),
        },
        AnyNodeRef::ExprBooleanLiteral(boolean) => {
            if boolean.value { " True" } else { " False" }.to_string()
        }
        AnyNodeRef::ExprAttribute(attribute) => format!(" {:?}", attribute.ctx),
        AnyNodeRef::ExprSubscript(subscript) => format!(" {:?}", subscript.ctx),
        AnyNodeRef::ExprStarred(starred) => format!(" {:?}", starred.ctx),
        AnyNodeRef::ExprList(list) => format!(" {:?}", list.ctx),
        AnyNodeRef::ExprTuple(tuple) => format!(" {:?}", tuple.ctx),
        AnyNodeRef::StmtImportFrom(import) if import.level > 0 => {
            format!(" level={}", import.level)
        }
        AnyNodeRef::StmtFunctionDef(def) if def.is_async => " async".to_string(),
        AnyNodeRef::StmtFor(stmt) if stmt.is_async => " async".to_string(),
        AnyNodeRef::StmtWith(stmt) if stmt.is_async => " async".to_string(),
        AnyNodeRef::StmtTry(stmt) if stmt.is_star => " star".to_string(),
        _ => String::new(),
    }
}

impl<'a> SourceOrderVisitor<'a> for TreeDumper<'_, '_> {
    fn enter_node(&mut self, node: AnyNodeRef<'a>) -> TraversalSignal {
        let (start, end) = self.index.span(node.range());
        let text = format!(
            "{:?}{}  {}",
            node.kind(),
            node_details(node),
            span(start, end)
        );
        self.line(&text);
        self.depth += 1;
        TraversalSignal::Traverse
    }

    fn leave_node(&mut self, _node: AnyNodeRef<'a>) {
        self.depth = self.depth.saturating_sub(1);
    }

    fn visit_singleton(&mut self, singleton: &'a Singleton) {
        self.line(&format!("{singleton:?}"));
    }

    fn visit_bool_op(&mut self, op: &'a BoolOp) {
        self.line(&format!("{op:?}"));
    }

    fn visit_operator(&mut self, op: &'a Operator) {
        self.line(&format!("{op:?}"));
    }

    fn visit_unary_op(&mut self, op: &'a UnaryOp) {
        self.line(&format!("{op:?}"));
    }

    fn visit_cmp_op(&mut self, op: &'a CmpOp) {
        self.line(&format!("{op:?}"));
    }
}

/// `tote dis FILE`: compiles the file (through the cache) and disassembles it.
pub fn dis(path: &Path, out: &mut String) -> Result<(), Failure> {
    let shown = path.display().to_string();
    let source = read_source(path, &shown)?;
    let (code, _) = compile_cached(&source, &shown, compiler::Mode::Exec)
        .map_err(|err| reported_for_file(err, &source))?;
    out.push_str(&tote_runtime::dis::disassemble(&code));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs_like_python() {
        assert_eq!(repr_str("abc"), "'abc'");
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("'\""), "'\\'\"'");
        assert_eq!(repr_str("a\nb\\\x01"), "'a\\nb\\\\\\x01'");
        assert_eq!(py_bytes_repr(b"a'\xff\n"), "b'a\\'\\xff\\n'");
    }
}
