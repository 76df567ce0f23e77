//! Constant folding: literals become constants, and operators applied to constants are
//! computed at compile time when the result is small and cannot raise (CPython's limits:
//! ints of at most 128 bits from `*`, `**` and `<<`, strings/bytes of at most 4096 items
//! from `*`, tuples of at most 256). Anything that would raise (`1/0`) stays a run-time
//! operation so the exception happens where CPython raises it.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use ruff_python_ast as ast;
use ruff_python_ast::Expr;

use super::codegen::Compiler;
use super::errors::MAX_DEPTH;
use crate::bytecode::Constant;

const MAX_INT_BITS: u64 = 128;
const MAX_STR_SIZE: usize = 4096;
const MAX_COLLECTION_SIZE: usize = 256;

/// Truth value of a constant, when known.
pub fn truthy(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(s) => s != "0",
        Constant::Float(f) => *f != 0.0,
        Constant::Complex(r, i) => *r != 0.0 || *i != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
        Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Ellipsis => true,
        Constant::Code(_) => return None,
    })
}

/// Parses an integer literal's text (`0x_ff`, `1_000`, …) into a big integer.
pub fn parse_int_literal(text: &str) -> Option<BigInt> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

pub fn int_const(b: BigInt) -> Constant {
    match b.to_i64() {
        Some(i) => Constant::Int(i),
        None => Constant::BigInt(b.to_string()),
    }
}

/// The constant of a literal expression.
pub fn literal(e: &Expr) -> Option<Constant> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => Constant::Int(v),
                None => int_const(parse_int_literal(&i.to_string())?),
            },
            ast::Number::Float(f) => Constant::Float(*f),
            ast::Number::Complex { real, imag } => Constant::Complex(*real, *imag),
        },
        Expr::StringLiteral(s) => Constant::Str(s.value.to_str().to_string()),
        Expr::BytesLiteral(b) => {
            let mut v = Vec::new();
            for part in b.value.iter() {
                v.extend_from_slice(part.as_slice());
            }
            Constant::Bytes(v)
        }
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::NoneLiteral(_) => Constant::None,
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        Expr::Name(n) if n.id.as_str() == "__debug__" => Constant::Bool(true),
        _ => return None,
    })
}

enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn num(c: &Constant) -> Option<Num> {
    Some(match c {
        Constant::Bool(b) => Num::Int(BigInt::from(*b as i64)),
        Constant::Int(i) => Num::Int(BigInt::from(*i)),
        Constant::BigInt(s) => Num::Int(s.parse().ok()?),
        Constant::Float(f) => Num::Float(*f),
        Constant::Complex(r, i) => Num::Complex(*r, *i),
        _ => return None,
    })
}

fn to_f64(n: &Num) -> Option<f64> {
    match n {
        Num::Int(i) => {
            let f = i.to_f64()?;
            if f.is_finite() {
                Some(f)
            } else {
                None
            }
        }
        Num::Float(f) => Some(*f),
        Num::Complex(..) => None,
    }
}

fn to_complex(n: &Num) -> Option<(f64, f64)> {
    match n {
        Num::Complex(r, i) => Some((*r, *i)),
        other => Some((to_f64(other)?, 0.0)),
    }
}

fn exact_in_f64(i: &BigInt) -> bool {
    i.bits() <= 53
}

fn fold_num(op: ast::Operator, a: Num, b: Num) -> Option<Constant> {
    use ast::Operator as O;
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => {
            let r = match op {
                O::Add => x + y,
                O::Sub => x - y,
                O::Mult => {
                    if !x.is_zero() && !y.is_zero() && x.bits() + y.bits() > MAX_INT_BITS {
                        return None;
                    }
                    x * y
                }
                O::Div => {
                    if y.is_zero() || !exact_in_f64(x) || !exact_in_f64(y) {
                        return None;
                    }
                    return Some(Constant::Float(x.to_f64()? / y.to_f64()?));
                }
                O::FloorDiv => {
                    if y.is_zero() {
                        return None;
                    }
                    x.div_floor(y)
                }
                O::Mod => {
                    if y.is_zero() {
                        return None;
                    }
                    x.mod_floor(y)
                }
                O::Pow => {
                    if y.is_negative() {
                        if x.is_zero() || !exact_in_f64(x) || !exact_in_f64(y) {
                            return None;
                        }
                        let f = x.to_f64()?.powf(y.to_f64()?);
                        return if f.is_finite() {
                            Some(Constant::Float(f))
                        } else {
                            None
                        };
                    }
                    let e = y.to_u64()?;
                    let trivial = x.is_zero() || x.abs().is_one();
                    if !trivial && x.bits().saturating_mul(e) > MAX_INT_BITS {
                        return None;
                    }
                    let e = u32::try_from(e).ok().or(if trivial {
                        Some(if e % 2 == 0 { 2 } else { 1 })
                    } else {
                        None
                    })?;
                    num_traits::pow::Pow::pow(x, e)
                }
                O::LShift => {
                    if y.is_negative() {
                        return None;
                    }
                    let s = y.to_u64()?;
                    if x.is_zero() {
                        BigInt::zero()
                    } else {
                        if x.bits() + s > MAX_INT_BITS {
                            return None;
                        }
                        x << s as usize
                    }
                }
                O::RShift => {
                    if y.is_negative() {
                        return None;
                    }
                    match y.to_u64() {
                        Some(s) if s < 1 << 20 => x >> s as usize,
                        _ => {
                            if x.is_negative() {
                                BigInt::from(-1)
                            } else {
                                BigInt::zero()
                            }
                        }
                    }
                }
                O::BitAnd => x & y,
                O::BitOr => x | y,
                O::BitXor => x ^ y,
                O::MatMult => return None,
            };
            Some(int_const(r))
        }
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (ar, ai) = to_complex(&a)?;
            let (br, bi) = to_complex(&b)?;
            let (r, i) = match op {
                O::Add => (ar + br, ai + bi),
                O::Sub => (ar - br, ai - bi),
                O::Mult => (ar * br - ai * bi, ar * bi + ai * br),
                _ => return None,
            };
            if r.is_finite() && i.is_finite() {
                Some(Constant::Complex(r, i))
            } else {
                None
            }
        }
        _ => {
            let x = to_f64(&a)?;
            let y = to_f64(&b)?;
            let r = match op {
                O::Add => x + y,
                O::Sub => x - y,
                O::Mult => x * y,
                O::Div => {
                    if y == 0.0 {
                        return None;
                    }
                    x / y
                }
                O::Pow => {
                    if (x == 0.0 && y < 0.0) || (x < 0.0 && y.fract() != 0.0) {
                        return None;
                    }
                    x.powf(y)
                }
                _ => return None,
            };
            if r.is_finite() || !(x.is_finite() && y.is_finite()) {
                Some(Constant::Float(r))
            } else {
                None
            }
        }
    }
}

fn repeat_count(c: &Constant) -> Option<i64> {
    match c {
        Constant::Int(i) => Some(*i),
        Constant::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

fn fold_binop(op: ast::Operator, a: Constant, b: Constant) -> Option<Constant> {
    use ast::Operator as O;
    match (op, &a, &b) {
        (O::BitAnd | O::BitOr | O::BitXor, Constant::Bool(_), Constant::Bool(_)) => None,
        (O::Add, Constant::Str(x), Constant::Str(y)) => Some(Constant::Str(format!("{x}{y}"))),
        (O::Add, Constant::Bytes(x), Constant::Bytes(y)) => {
            let mut v = x.clone();
            v.extend_from_slice(y);
            Some(Constant::Bytes(v))
        }
        (O::Add, Constant::Tuple(x), Constant::Tuple(y)) => {
            let mut v = x.clone();
            v.extend(y.iter().cloned());
            Some(Constant::Tuple(v))
        }
        (O::Mult, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_), _) => {
            repeat(&a, repeat_count(&b)?)
        }
        (O::Mult, _, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)) => {
            repeat(&b, repeat_count(&a)?)
        }
        _ => fold_num(op, num(&a)?, num(&b)?),
    }
}

fn repeat(seq: &Constant, n: i64) -> Option<Constant> {
    let n = n.max(0) as usize;
    match seq {
        Constant::Str(s) => {
            if s.chars().count().saturating_mul(n) > MAX_STR_SIZE {
                return None;
            }
            Some(Constant::Str(s.repeat(n)))
        }
        Constant::Bytes(b) => {
            if b.len().saturating_mul(n) > MAX_STR_SIZE {
                return None;
            }
            Some(Constant::Bytes(b.repeat(n)))
        }
        Constant::Tuple(t) => {
            if t.len().saturating_mul(n) > MAX_COLLECTION_SIZE {
                return None;
            }
            let mut v = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                v.extend(t.iter().cloned());
            }
            Some(Constant::Tuple(v))
        }
        _ => None,
    }
}

fn fold_unary(op: ast::UnaryOp, c: Constant) -> Option<Constant> {
    match op {
        ast::UnaryOp::Not => Some(Constant::Bool(!truthy(&c)?)),
        ast::UnaryOp::USub => match num(&c)? {
            Num::Int(i) => Some(int_const(-i)),
            Num::Float(f) => Some(Constant::Float(-f)),
            Num::Complex(r, i) => Some(Constant::Complex(-r, -i)),
        },
        ast::UnaryOp::UAdd => match num(&c)? {
            Num::Int(i) => Some(int_const(i)),
            Num::Float(f) => Some(Constant::Float(f)),
            Num::Complex(r, i) => Some(Constant::Complex(r, i)),
        },
        ast::UnaryOp::Invert => match num(&c)? {
            Num::Int(i) => Some(int_const(-i - 1)),
            _ => None,
        },
    }
}

/// The constant value of an expression, if it has one.
pub fn fold_expr(e: &Expr, depth: u32) -> Option<Constant> {
    if depth > MAX_DEPTH {
        return None;
    }
    if let Some(c) = literal(e) {
        return Some(c);
    }
    match e {
        Expr::UnaryOp(u) => fold_unary(u.op, fold_expr(&u.operand, depth + 1)?),
        Expr::BinOp(b) => {
            let l = fold_expr(&b.left, depth + 1)?;
            let r = fold_expr(&b.right, depth + 1)?;
            fold_binop(b.op, l, r)
        }
        Expr::Tuple(t) => {
            let mut v = Vec::with_capacity(t.elts.len());
            for x in &t.elts {
                v.push(fold_expr(x, depth + 1)?);
            }
            Some(Constant::Tuple(v))
        }
        _ => None,
    }
}

impl Compiler<'_> {
    pub fn fold(&self, e: &Expr) -> Option<Constant> {
        fold_expr(e, self.depth)
    }

    /// All elements as constants (no starred ones), or None.
    pub fn fold_all(&self, elts: &[Expr]) -> Option<Vec<Constant>> {
        elts.iter().map(|x| self.fold(x)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold_src(src: &str) -> Option<Constant> {
        let parsed = ruff_python_parser::parse_expression(src).ok()?;
        fold_expr(&parsed.syntax().body, 0)
    }

    #[test]
    fn folds_small_arithmetic() {
        assert_eq!(fold_src("1 + 2"), Some(Constant::Int(3)));
        assert_eq!(fold_src("-5"), Some(Constant::Int(-5)));
        assert_eq!(fold_src("2 ** 10"), Some(Constant::Int(1024)));
        assert_eq!(fold_src("'a' * 3"), Some(Constant::Str("aaa".into())));
        assert_eq!(fold_src("not True"), Some(Constant::Bool(false)));
        assert_eq!(
            fold_src("(1, 2)"),
            Some(Constant::Tuple(vec![Constant::Int(1), Constant::Int(2)]))
        );
        assert_eq!(fold_src("7 // -2"), Some(Constant::Int(-4)));
        assert_eq!(fold_src("7 % -2"), Some(Constant::Int(-1)));
        assert_eq!(fold_src("1 / 4"), Some(Constant::Float(0.25)));
        assert_eq!(fold_src("2 ** -1"), Some(Constant::Float(0.5)));
        assert_eq!(fold_src("~5"), Some(Constant::Int(-6)));
        assert_eq!(fold_src("1 + 2j"), Some(Constant::Complex(1.0, 2.0)));
        assert_eq!(
            fold_src("2 ** 64"),
            Some(Constant::BigInt("18446744073709551616".into()))
        );
        assert_eq!(
            fold_src("0xffff_ffff_ffff_ffff_ff"),
            Some(Constant::BigInt("4722366482869645213695".into()))
        );
    }

    #[test]
    fn refuses_huge_or_raising() {
        assert_eq!(fold_src("2 ** 100000"), None);
        assert_eq!(fold_src("'a' * 10 ** 9"), None);
        assert_eq!(fold_src("1 / 0"), None);
        assert_eq!(fold_src("1 % 0"), None);
        assert_eq!(fold_src("0 ** -1"), None);
        assert_eq!(fold_src("1 << 1000"), None);
        assert_eq!(fold_src("(-8) ** 0.5"), None);
        assert_eq!(fold_src("x + 1"), None);
    }
}
