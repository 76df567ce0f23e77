//! `tote dis`: a listing of a code object in the layout of CPython's `dis.dis`: source line
//! at line starts, `>>` on jump targets, instruction index, opcode name, argument and the
//! resolved value in parentheses; the exception table; then every nested code object.

use crate::bytecode::{
    format_flags, make_function_flags as mf, BinOp, CmpOp, CodeObject, Constant, Op,
};

/// The `repr()` of a float, as Python writes it (`1.0`, `1e+16`, `1.5e-05`, `inf`).
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // Shortest round-trip digits from Rust, re-laid-out with Python's rules.
    let sci = format!("{:e}", f.abs());
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if f < 0.0 { "-" } else { "" };
    let n = digits.len() as i32;
    let body = if (-4..16).contains(&exp) {
        if exp >= 0 {
            if n > exp + 1 {
                format!(
                    "{}.{}",
                    &digits[..(exp + 1) as usize],
                    &digits[(exp + 1) as usize..]
                )
            } else {
                format!("{}{}.0", digits, "0".repeat((exp + 1 - n) as usize))
            }
        } else {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        }
    } else {
        let m = if n > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits.clone()
        };
        let es = if exp < 0 { "-" } else { "+" };
        format!("{m}e{es}{:02}", exp.abs())
    };
    format!("{sign}{body}")
}

fn complex_part(f: f64) -> String {
    let s = float_repr(f);
    s.strip_suffix(".0").map(|x| x.to_string()).unwrap_or(s)
}

/// The `repr()` of a bytes object.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// A constant as Python's `repr()` shows it (code objects as `<code object NAME>`).
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(s) => s.clone(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex(r, i) => {
            if *r == 0.0 && r.is_sign_positive() {
                format!("{}j", complex_part(*i))
            } else {
                let im = complex_part(*i);
                let sign = if im.starts_with('-') { "" } else { "+" };
                format!("({}{}{}j)", complex_part(*r), sign, im)
            }
        }
        Constant::Str(s) => crate::objects::str::repr_str(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            if items.is_empty() {
                "frozenset()".into()
            } else {
                let parts: Vec<String> = items.iter().map(constant_repr).collect();
                format!("frozenset({{{}}})", parts.join(", "))
            }
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Code(code) => format!("<code object {}>", code.name),
    }
}

/// Does the listing show an argument for this opcode?
fn has_arg(op: Op) -> bool {
    !matches!(
        op,
        Op::Nop
            | Op::PopTop
            | Op::UnaryNegative
            | Op::UnaryPositive
            | Op::UnaryNot
            | Op::UnaryInvert
            | Op::BinarySubscr
            | Op::StoreSubscr
            | Op::DeleteSubscr
            | Op::ListToTuple
            | Op::ReturnValue
            | Op::LoadBuildClass
            | Op::SetupAnnotations
            | Op::LoadAssertionError
            | Op::GetIter
            | Op::YieldValue
            | Op::GetYieldFromIter
            | Op::YieldFrom
            | Op::PushExcInfo
            | Op::PopExcept
            | Op::PrintExpr
            | Op::CheckExcMatch
            | Op::CheckEgMatch
            | Op::PrepReraiseStar
            | Op::BeforeWith
            | Op::WithExceptStart
            | Op::ImportStar
            | Op::GetLen
            | Op::MatchMapping
            | Op::MatchSequence
            | Op::MatchKeys
            | Op::CopyDictWithoutKeys
            | Op::GetAiter
            | Op::GetAnext
            | Op::EndAsyncFor
            | Op::BeforeAsyncWith
    )
}

fn deref_name(code: &CodeObject, arg: u32) -> String {
    let i = arg as usize;
    code.cellvars
        .get(i)
        .or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len())))
        .cloned()
        .unwrap_or_default()
}

fn arg_repr(code: &CodeObject, op: Op, arg: u32) -> String {
    let name = |v: &Vec<String>| v.get(arg as usize).cloned().unwrap_or_default();
    match op {
        Op::LoadConst => code
            .constants
            .get(arg as usize)
            .map(constant_repr)
            .unwrap_or_default(),
        Op::LoadFast | Op::StoreFast | Op::DeleteFast => name(&code.varnames),
        Op::LoadDeref | Op::StoreDeref | Op::DeleteDeref | Op::LoadClosure | Op::LoadClassDeref => {
            deref_name(code, arg)
        }
        Op::LoadGlobal
        | Op::StoreGlobal
        | Op::DeleteGlobal
        | Op::LoadName
        | Op::StoreName
        | Op::DeleteName
        | Op::LoadAttr
        | Op::StoreAttr
        | Op::DeleteAttr
        | Op::LoadMethod
        | Op::ImportName
        | Op::ImportFrom => name(&code.names),
        Op::BinaryOp => BinOp::from_arg(arg)
            .map(|b| b.symbol().to_string())
            .unwrap_or_default(),
        Op::CompareOp => CmpOp::from_arg(arg)
            .map(|c| c.symbol().to_string())
            .unwrap_or_default(),
        Op::IsOp => if arg == 0 { "is" } else { "is not" }.into(),
        Op::ContainsOp => if arg == 0 { "in" } else { "not in" }.into(),
        Op::FormatValue => {
            let conv = match arg & format_flags::CONV_MASK {
                format_flags::CONV_STR => "str",
                format_flags::CONV_REPR => "repr",
                format_flags::CONV_ASCII => "ascii",
                _ => "",
            };
            let spec = arg & format_flags::HAS_SPEC != 0;
            match (conv.is_empty(), spec) {
                (true, true) => "with format".into(),
                (false, true) => format!("{conv}, with format"),
                _ => conv.into(),
            }
        }
        Op::MakeFunction => {
            let mut parts = Vec::new();
            for (bit, n) in [
                (mf::DEFAULTS, "defaults"),
                (mf::KWDEFAULTS, "kwdefaults"),
                (mf::ANNOTATIONS, "annotations"),
                (mf::CLOSURE, "closure"),
            ] {
                if arg & bit != 0 {
                    parts.push(n);
                }
            }
            parts.join(", ")
        }
        op if op.is_jump() => format!("to {arg}"),
        _ => String::new(),
    }
}

fn disassemble_one(code: &CodeObject, out: &mut String) {
    let n = code.instructions.len();
    let mut targets = vec![false; n + 1];
    for ins in &code.instructions {
        if ins.op.is_jump() {
            if let Some(t) = targets.get_mut(ins.arg as usize) {
                *t = true;
            }
        }
    }
    for e in &code.exception_table {
        if let Some(t) = targets.get_mut(e.handler as usize) {
            *t = true;
        }
    }
    let max_line = code.locations.iter().map(|l| l.line).max().unwrap_or(0);
    let line_width = max_line.to_string().len().max(3);
    let offset_width = n.to_string().len().max(4);
    let mut last_line = 0;
    for (i, ins) in code.instructions.iter().enumerate() {
        let line = code.locations.get(i).map(|l| l.line).unwrap_or(0);
        let starts = line != 0 && line != last_line;
        if starts {
            if i > 0 {
                out.push('\n');
            }
            last_line = line;
        }
        let mut fields = Vec::new();
        fields.push(if starts {
            format!("{line:>line_width$}")
        } else {
            " ".repeat(line_width)
        });
        fields.push("   ".to_string());
        fields.push(if targets[i] { ">>" } else { "  " }.to_string());
        fields.push(format!("{i:>offset_width$}"));
        fields.push(format!("{:<20}", ins.op.name()));
        if has_arg(ins.op.base()) {
            fields.push(format!("{:>5}", ins.arg));
            let r = arg_repr(code, ins.op.base(), ins.arg);
            if !r.is_empty() {
                fields.push(format!("({r})"));
            }
        }
        out.push_str(fields.join(" ").trim_end());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            out.push_str(&format!(
                "  {} to {} -> {} [{}]{}\n",
                e.start,
                e.end.saturating_sub(1),
                e.handler,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            ));
        }
    }
}

/// The listing of `code` and, after it, of every code object nested in it.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_one(code, &mut out);
    // Depth-first over nested code objects, in constant order, without recursion.
    let mut pending: Vec<&CodeObject> = code
        .constants
        .iter()
        .rev()
        .filter_map(|c| match c {
            Constant::Code(k) => Some(&**k),
            _ => None,
        })
        .collect();
    while let Some(c) = pending.pop() {
        out.push_str(&format!(
            "\nDisassembly of <code object {} at {}:{}>:\n",
            c.name, c.filename, c.first_line
        ));
        disassemble_one(c, &mut out);
        for k in c.constants.iter().rev() {
            if let Constant::Code(k) = k {
                pending.push(k);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs_match_python() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(1.5), "1.5");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-2.5), "-2.5");
        assert_eq!(float_repr(123456789012345678.0), "1.2345678901234568e+17");
        assert_eq!(float_repr(f64::INFINITY), "inf");
    }

    #[test]
    fn constant_reprs() {
        assert_eq!(constant_repr(&Constant::Str("abc".into())), "'abc'");
        assert_eq!(constant_repr(&Constant::Str("it's".into())), "\"it's\"");
        assert_eq!(
            constant_repr(&Constant::Tuple(vec![Constant::Int(1), Constant::Int(2)])),
            "(1, 2)"
        );
        assert_eq!(
            constant_repr(&Constant::Tuple(vec![Constant::Int(1)])),
            "(1,)"
        );
        assert_eq!(constant_repr(&Constant::Complex(0.0, 2.0)), "2j");
        assert_eq!(constant_repr(&Constant::Complex(1.0, -2.0)), "(1-2j)");
        assert_eq!(
            constant_repr(&Constant::Bytes(b"a\x00".to_vec())),
            "b'a\\x00'"
        );
        assert_eq!(constant_repr(&Constant::None), "None");
    }
}
