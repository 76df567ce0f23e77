//! The format-spec mini-language of `format()`, f-strings and `str.format` for the builtin
//! types: parsing `[[fill]align][sign][z][#][0][width][,|_][.precision][type]` with
//! CPython's validation and messages, and rendering ints, floats, complex numbers and
//! strings (signs, prefixes, digit grouping, zero padding that groups its zeros, and
//! alignment). Floats are written the way CPython's `PyOS_double_to_string` writes them.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::objects::float::shortest_digits;
use crate::objects::{PyErr, PyResult};

/// A parsed format spec.
#[derive(Default, Debug)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    /// `z`: a negative zero (after rounding) loses its sign.
    pub no_neg_0: bool,
    pub alternate: bool,
    /// A `0` before the width with no fill given: zero fill, and `=` alignment for numbers.
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// The widest width or precision a spec may ask for before the padding alone would
/// exhaust memory.
const MAX_WIDTH: usize = 1 << 31;

/// "Unknown format code 'q' for object of type 'int'", with CPython's `\x..` spelling for
/// codes outside printable ASCII.
pub fn unknown_code(code: char, type_name: &str) -> PyErr {
    let shown = if (code as u32) > 32 && (code as u32) < 128 {
        code.to_string()
    } else {
        format!("\\x{:x}", code as u32)
    };
    PyErr::value_error(format!(
        "Unknown format code '{}' for object of type '{}'",
        shown, type_name
    ))
}

/// Parses `spec` for a value of type `type_name` whose default presentation type is
/// `default_ty` (`d` for ints, `s` for strings, none for floats and complex numbers).
pub fn parse_spec(spec: &str, type_name: &str, default_ty: Option<char>) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.no_neg_0 = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if s.fill.is_none() && i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    s.width = read_integer(&chars, &mut i)?;
    if i < chars.len() && chars[i] == ',' {
        s.grouping = Some(',');
        i += 1;
    }
    if i < chars.len() && chars[i] == '_' {
        if s.grouping.is_some() {
            return Err(both_separators());
        }
        s.grouping = Some('_');
        i += 1;
    }
    if i < chars.len() && chars[i] == ',' && s.grouping == Some('_') {
        return Err(both_separators());
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        s.precision = read_integer(&chars, &mut i)?;
        if s.precision.is_none() {
            return Err(PyErr::value_error("Format specifier missing precision"));
        }
    }
    if chars.len() - i > 1 {
        return Err(PyErr::value_error(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    s.ty = chars.get(i).copied();
    if let Some(sep) = s.grouping {
        match s.ty.or(default_ty) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(t) => {
                let shown = if (t as u32) > 32 && (t as u32) < 128 {
                    t.to_string()
                } else {
                    format!("\\x{:x}", t as u32)
                };
                return Err(PyErr::value_error(format!(
                    "Cannot specify '{}' with '{}'.",
                    sep, shown
                )));
            }
        }
    }
    Ok(s)
}

fn both_separators() -> PyErr {
    PyErr::value_error("Cannot specify both ',' and '_'.")
}

/// A run of decimal digits at `i` (None if there is none), refusing values past isize.
fn read_integer(chars: &[char], i: &mut usize) -> PyResult<Option<usize>> {
    let start = *i;
    let mut v: usize = 0;
    while *i < chars.len() && chars[*i].is_ascii_digit() {
        let d = chars[*i] as usize - '0' as usize;
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(d))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| PyErr::value_error("Too many decimal digits in format string"))?;
        *i += 1;
    }
    Ok((*i > start).then_some(v))
}

impl Spec {
    fn fill_char(&self) -> char {
        self.fill.unwrap_or(if self.zero { '0' } else { ' ' })
    }

    /// The alignment in effect: the given one, else `=` for a zero-filled number, else
    /// the type's default.
    fn alignment(&self, default_align: char) -> char {
        match self.align {
            Some(a) => a,
            None if self.zero && default_align == '>' => '=',
            None => default_align,
        }
    }

    fn width(&self) -> PyResult<usize> {
        match self.width {
            Some(w) if w > MAX_WIDTH => Err(PyErr::memory_error()),
            Some(w) => Ok(w),
            None => Ok(0),
        }
    }
}

/// Pads `body` (after its sign prefix, which `=` alignment keeps in front of the fill) to
/// the spec's width.
pub fn pad(spec: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let fill = spec.fill_char();
    let align = spec.alignment(default_align);
    let len = sign.chars().count() + body.chars().count();
    let width = spec.width().unwrap_or(0);
    if len >= width {
        return format!("{}{}", sign, body);
    }
    let n = width - len;
    let f = |k: usize| std::iter::repeat(fill).take(k).collect::<String>();
    match align {
        '<' => format!("{}{}{}", sign, body, f(n)),
        '^' => format!("{}{}{}{}", f(n / 2), sign, body, f(n - n / 2)),
        '=' => format!("{}{}{}", sign, f(n), body),
        _ => format!("{}{}{}", f(n), sign, body),
    }
}

/// Groups `digits` from the right in runs of `every` with `sep` (no separator when `sep`
/// is None), adding leading zeros until the result is at least `min_width` wide. A
/// separator never comes first: the zeros stop on a group boundary or just past one.
fn group_digits(digits: &str, sep: Option<char>, every: usize, min_width: isize) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let mut chunks: Vec<String> = Vec::new();
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width;
    let mut end = digits.len();
    let mut take = |len: isize, remaining: isize, end: &mut usize| {
        let zeros = (len - remaining).max(0) as usize;
        let count = remaining.min(len).max(0) as usize;
        let mut chunk: String = "0".repeat(zeros);
        chunk.extend(&digits[*end - count..*end]);
        *end -= count;
        chunks.push(chunk);
        count as isize
    };
    let mut finished = false;
    if sep.is_some() {
        loop {
            let len = (every as isize).min(remaining.max(min_width).max(1));
            remaining -= take(len, remaining, &mut end);
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        take(len, remaining, &mut end);
    }
    chunks.reverse();
    match sep {
        Some(c) => chunks.join(&c.to_string()),
        None => chunks.concat(),
    }
}

/// A written float split into its integer digits and the rest (point, fraction,
/// exponent, `%`).
fn split_digits(body: &str) -> (&str, &str) {
    let end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    body.split_at(end)
}

/// Lays out a number: `sign`, `prefix` (`0x`), the `digits` grouped as the spec asks, then
/// `rest`; zero padding with `=` alignment becomes grouped leading zeros, any other
/// padding goes around the whole.
fn render_number(
    spec: &Spec,
    sign: &str,
    prefix: &str,
    (digits, rest): (&str, &str),
    every: usize,
) -> String {
    let width = spec.width().unwrap_or(0) as isize;
    let zero_padded = spec.fill_char() == '0' && spec.alignment('>') == '=';
    let fixed = (sign.len() + prefix.len() + rest.chars().count()) as isize;
    let min_width = if zero_padded { width - fixed } else { 0 };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, spec.grouping, every, min_width)
    };
    let head = format!("{}{}", sign, prefix);
    pad(spec, &head, &format!("{}{}", grouped, rest), '>')
}

fn sign_text(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// The sign prefix of a number: `-`, or `+`/space as the spec's sign option asks.
pub fn sign_prefix(neg: bool, sign: Option<char>) -> &'static str {
    sign_text(neg, sign)
}

/// `format(int, spec)` for a parsed spec; `type_name` names the value's type in errors.
pub fn format_int(v: &BigInt, spec: &Spec, type_name: &str) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = v
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| PyErr::overflow_error("int too large to convert to float"))?;
        return format_float(f, spec, type_name);
    }
    if !matches!(ty, 'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') {
        return Err(unknown_code(ty, type_name));
    }
    if spec.precision.is_some() {
        return Err(PyErr::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(PyErr::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if matches!(ty, 'd' | 'n') {
        crate::objects::int_str_limit::check_int_to_str(v)?;
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(PyErr::value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(PyErr::value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = v
            .to_i64()
            .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C long"))?;
        let c = u32::try_from(code)
            .ok()
            .and_then(crate::objects::surrogates::char_for_code_point)
            .ok_or_else(|| PyErr::overflow_error("%c arg not in range(0x110000)"))?;
        return Ok(pad(spec, "", &c.to_string(), '>'));
    }
    spec.width()?;
    let mag = v.abs();
    let (digits, prefix) = match ty {
        'b' => (mag.to_str_radix(2), "0b"),
        'o' => (mag.to_str_radix(8), "0o"),
        'x' => (mag.to_str_radix(16), "0x"),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
        _ => (mag.to_string(), ""),
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let every = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
    Ok(render_number(
        spec,
        sign_text(v.is_negative(), spec.sign),
        prefix,
        (&digits, ""),
        every,
    ))
}

/// CPython's float presentation types: how `x` (finite or not, sign ignored) is written.
#[derive(Clone, Copy)]
struct FloatStyle {
    /// `r` (shortest repr digits), `e`, `f` or `g`; upper case for `E`, `F`, `G`.
    ty: char,
    precision: usize,
    /// `#`: always a decimal point, and `g` keeps its trailing zeros.
    alternate: bool,
    /// `.0` after an integral value written without exponent (repr and the no-type spec).
    add_dot_0: bool,
}

/// Writes |x| in the given style: digits, point, exponent; `inf`/`nan` for the others.
fn float_text(x: f64, style: FloatStyle) -> String {
    let upper = style.ty.is_ascii_uppercase();
    let a = x.abs();
    let text = if !a.is_finite() {
        if a.is_nan() { "nan" } else { "inf" }.to_string()
    } else {
        match style.ty.to_ascii_lowercase() {
            'f' => {
                let mut s = format!("{:.*}", style.precision, a);
                if style.alternate && style.precision == 0 {
                    s.push('.');
                }
                s
            }
            'e' => exponent_form(a, style.precision, style.alternate),
            'g' => general_form(a, style),
            _ => repr_form(a, style),
        }
    };
    if upper {
        text.to_uppercase()
    } else {
        text
    }
}

/// `d.ddde+XX` with `precision` fraction digits, correctly rounded.
fn exponent_form(a: f64, precision: usize, alternate: bool) -> String {
    let s = format!("{:.*e}", precision, a);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let point = if alternate && precision == 0 { "." } else { "" };
    format!(
        "{}{}e{}{:02}",
        mant,
        point,
        if exp < 0 { '-' } else { '+' },
        exp.abs()
    )
}

/// `g`: `precision` significant digits, exponent form below 1e-4 or from 10**precision
/// on; trailing zeros dropped unless alternate.
fn general_form(a: f64, style: FloatStyle) -> String {
    let p = style.precision.max(1);
    let probe = format!("{:.*e}", p - 1, a);
    let exp: i32 = probe
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    // With `.0` added to integral values (no type given), the exponent form starts one
    // digit earlier, so that the result never looks longer than the precision asked.
    let limit = if style.add_dot_0 {
        p as i32 - 1
    } else {
        p as i32
    };
    let use_exp = exp < -4 || exp >= limit;
    let mut s = if use_exp {
        exponent_form(a, p - 1, false)
    } else {
        format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, a)
    };
    let (mant, exp_part) = match s.find('e') {
        Some(i) => (s[..i].to_string(), s[i..].to_string()),
        None => (s.clone(), String::new()),
    };
    let mant = if style.alternate {
        if mant.contains('.') {
            mant
        } else {
            format!("{}.", mant)
        }
    } else if mant.contains('.') {
        mant.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        mant
    };
    s = format!("{}{}", mant, exp_part);
    if style.add_dot_0 && !use_exp && !s.contains('.') {
        s.push_str(".0");
    }
    s
}

/// `r`: the shortest digits that round-trip, exponent form below 1e-4 or from 1e16.
fn repr_form(a: f64, style: FloatStyle) -> String {
    let (digits, decpt) = if a == 0.0 {
        ("0".to_string(), 1)
    } else {
        shortest_digits(a)
    };
    let point_always = style.alternate;
    if decpt <= -4 || decpt > 16 {
        let mut s = digits[..1].to_string();
        if digits.len() > 1 || point_always {
            s.push('.');
            s.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        return format!("{}e{}{:02}", s, if e < 0 { '-' } else { '+' }, e.abs());
    }
    if decpt <= 0 {
        return format!("0.{}{}", "0".repeat((-decpt) as usize), digits);
    }
    let decpt = decpt as usize;
    if decpt >= digits.len() {
        let mut s = format!("{}{}", digits, "0".repeat(decpt - digits.len()));
        if style.add_dot_0 {
            s.push_str(".0");
        } else if point_always {
            s.push('.');
        }
        return s;
    }
    format!("{}.{}", &digits[..decpt], &digits[decpt..])
}

/// Does a written float (no sign) round to zero? (`z` then drops a minus sign.)
fn is_zero_text(text: &str) -> bool {
    let mant = text.split(['e', 'E']).next().unwrap_or(text);
    mant.chars().all(|c| !c.is_ascii_digit() || c == '0') && mant.contains('0')
}

/// The style a float spec asks for, and whether a `%` follows (the value then scaled).
fn float_style(spec: &Spec, default_repr: bool) -> PyResult<(FloatStyle, bool)> {
    let precision = spec.precision;
    if precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(PyErr::value_error("precision too big"));
    }
    let (mut ty, add_dot_0, default_precision, percent) = match spec.ty {
        None => ('r', default_repr, 0, false),
        Some('n') => ('g', false, 6, false),
        Some('%') => ('f', false, 6, true),
        Some(t) => (t, false, 6, false),
    };
    if precision.is_some() && ty == 'r' {
        ty = 'g';
    }
    Ok((
        FloatStyle {
            ty,
            precision: precision.unwrap_or(default_precision),
            alternate: spec.alternate,
            add_dot_0,
        },
        percent,
    ))
}

/// One part of a number as text: its sign (after `z`) and its digits.
fn float_part(x: f64, style: FloatStyle, no_neg_0: bool, percent: bool) -> (bool, String) {
    let x = if percent { x * 100.0 } else { x };
    let mut body = float_text(x, style);
    let negative = x.is_sign_negative() && !x.is_nan() && !(no_neg_0 && is_zero_text(&body));
    if percent {
        body.push('%');
    }
    (negative, body)
}

/// `format(float, spec)` for a parsed spec.
pub fn format_float(x: f64, spec: &Spec, type_name: &str) -> PyResult<String> {
    if let Some(t) = spec.ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_code(t, type_name));
        }
    }
    spec.width()?;
    let (style, percent) = float_style(spec, true)?;
    let (negative, body) = float_part(x, style, spec.no_neg_0, percent);
    Ok(render_number(
        spec,
        sign_text(negative, spec.sign),
        "",
        split_digits(&body),
        3,
    ))
}

/// `format(complex, spec)`: both parts in the float style, the imaginary one always
/// signed; with no type, `str()`'s layout (parentheses unless the real part is +0).
pub fn format_complex(re: f64, im: f64, spec: &Spec) -> PyResult<String> {
    if let Some(t) = spec.ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
            return Err(unknown_code(t, "complex"));
        }
    }
    if spec.fill_char() == '0' {
        return Err(PyErr::value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(PyErr::value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    spec.width()?;
    let (style, _) = float_style(spec, false)?;
    let (skip_re, parens) = if spec.ty.is_none() {
        let skip = re == 0.0 && re.is_sign_positive();
        (skip, !skip)
    } else {
        (false, false)
    };
    // Each part grouped as a number of its own, unpadded.
    let part = |x: f64, sign: Option<char>| {
        let (negative, body) = float_part(x, style, spec.no_neg_0, false);
        let unpadded = Spec {
            grouping: spec.grouping,
            ..Spec::default()
        };
        render_number(
            &unpadded,
            sign_text(negative, sign),
            "",
            split_digits(&body),
            3,
        )
    };
    let mut out = String::new();
    if parens {
        out.push('(');
    }
    if !skip_re {
        out.push_str(&part(re, spec.sign));
    }
    out.push_str(&part(im, if skip_re { spec.sign } else { Some('+') }));
    out.push('j');
    if parens {
        out.push(')');
    }
    Ok(pad(spec, "", &out, '>'))
}

/// `format(str, spec)` for a parsed spec.
pub fn format_str(s: &str, spec: &Spec) -> PyResult<String> {
    if let Some(t) = spec.ty {
        if t != 's' {
            return Err(unknown_code(t, "str"));
        }
    }
    match spec.sign {
        Some(' ') => {
            return Err(PyErr::value_error(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(PyErr::value_error(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_0 {
        return Err(PyErr::value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(PyErr::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(PyErr::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    spec.width()?;
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(spec, "", &body, '<'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, s: &str) -> String {
        format_float(x, &parse_spec(s, "float", None).unwrap(), "float").unwrap()
    }

    fn i(x: i64, s: &str) -> String {
        format_int(
            &BigInt::from(x),
            &parse_spec(s, "int", Some('d')).unwrap(),
            "int",
        )
        .unwrap()
    }

    fn c(re: f64, im: f64, s: &str) -> String {
        format_complex(re, im, &parse_spec(s, "complex", None).unwrap()).unwrap()
    }

    #[test]
    fn float_specs_match_cpython() {
        assert_eq!(f(3.14159, ".2f"), "3.14");
        assert_eq!(f(3.14159, "8.3f"), "   3.142");
        assert_eq!(f(1234567.891, ",.2f"), "1,234,567.89");
        assert_eq!(f(0.000123, "g"), "0.000123");
        assert_eq!(f(1234567.0, "g"), "1.23457e+06");
        assert_eq!(f(0.5, ".1%"), "50.0%");
        assert_eq!(f(1.0, ".3"), "1.0");
        assert_eq!(f(1234.5, ".2"), "1.2e+03");
        assert_eq!(f(-2.5, "+010.2f"), "-000002.50");
        assert_eq!(f(12.0, "e"), "1.200000e+01");
        assert_eq!(f(2.0, ""), "2.0");
        assert_eq!(f(f64::INFINITY, "%"), "inf%");
        assert_eq!(f(-0.001, "z.1f"), "0.0");
        assert_eq!(f(-1234.5, "011,.1f"), "-0,001,234.5");
        assert_eq!(f(0.0, "#g"), "0.00000");
        assert_eq!(f(1e-5, "#.0g"), "1.e-05");
        assert_eq!(f(f64::INFINITY, "010"), "0000000inf");
    }

    #[test]
    fn int_specs_match_cpython() {
        assert_eq!(i(255, "x"), "ff");
        assert_eq!(i(255, "#x"), "0xff");
        assert_eq!(i(255, "08b"), "11111111");
        assert_eq!(i(1234567, ","), "1,234,567");
        assert_eq!(i(-42, "=+8"), "-     42");
        assert_eq!(i(42, "^8"), "   42   ");
        assert_eq!(i(42, "*<6"), "42****");
        assert_eq!(i(-5, "05"), "-0005");
        assert_eq!(i(65, "c"), "A");
        assert_eq!(i(1234, "08,"), "0,001,234");
        assert_eq!(i(255, "#09_x"), "0x00_00ff");
        assert_eq!(i(1, "<05"), "10000");
    }

    #[test]
    fn complex_specs_match_cpython() {
        assert_eq!(c(1.0, 2.0, ""), "(1+2j)");
        assert_eq!(c(0.0, 1e20, ""), "1e+20j");
        assert_eq!(c(1.0, 2.0, "+"), "(+1+2j)");
        assert_eq!(c(1.0, 2.0, ".2f"), "1.00+2.00j");
        assert_eq!(c(-0.0, 0.0, "#"), "(-0.+0.j)");
        assert_eq!(c(0.0, 1.0, "n"), "0+1j");
        assert_eq!(c(1.0, 2.0, "^12"), "   (1+2j)   ");
        assert!(format_complex(1.0, 2.0, &parse_spec("010", "complex", None).unwrap()).is_err());
    }

    #[test]
    fn spec_errors_match_cpython() {
        let err = |s: &str, ty: Option<char>| parse_spec(s, "int", ty).is_err();
        assert!(err(",x", Some('d')));
        assert!(!err("_x", Some('d')));
        assert!(err(",_", Some('d')));
        assert!(err("xx", Some('d')));
        assert!(err(".", Some('d')));
        assert!(err("99999999999999999999", Some('d')));
    }
}
