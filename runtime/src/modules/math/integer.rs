//! The integer functions of `math`, exact on integers of any size: `factorial`, `gcd`,
//! `lcm`, `isqrt`, `comb`, `perm`, and `prod` (which multiplies any objects).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::bytecode::BinOp;
use crate::objects::function::Args;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

use super::index;

/// The product of the integers in `lo..=hi`, split in halves so the multiplications stay
/// balanced (much faster than a running product for large ranges).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::from(lo);
        for k in lo + 1..=hi {
            acc *= k;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

pub fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("math.factorial", 1, 1)?;
    let n = index(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let Some(n) = n.to_u64().filter(|&n| n <= i64::MAX as u64) else {
        return Err(PyErr::overflow_error(
            "factorial() argument should not exceed 9223372036854775807",
        ));
    };
    Ok(Value::from_bigint(range_product(1, n.max(1))))
}

pub fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("math.gcd() takes no keyword arguments"));
    }
    let mut acc = BigInt::zero();
    for v in &args.pos {
        let x = index(vm, v)?;
        acc = acc.gcd(&x);
    }
    Ok(Value::from_bigint(acc))
}

pub fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("math.lcm() takes no keyword arguments"));
    }
    let mut acc = BigInt::one();
    for v in &args.pos {
        let x = index(vm, v)?;
        if x.is_zero() || acc.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        acc = acc.lcm(&x);
    }
    Ok(Value::from_bigint(acc.abs()))
}

pub fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("math.isqrt", 1, 1)?;
    let n = index(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

/// `n` and `k` of `comb`/`perm`, checked non-negative with CPython's messages.
fn n_and_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index(vm, n)?;
    let k = index(vm, k)?;
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn k_too_large() -> PyErr {
    PyErr::overflow_error("k must not exceed 9223372036854775807")
}

pub fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::modules::params::clinic_positional(&args, "math", "comb", 2, 2)?;
    let (n, k) = n_and_k(vm, &args.pos[0], &args.pos[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let other = &n - &k;
    let k = if other < k { other } else { k };
    let k = k
        .to_u64()
        .filter(|&k| k <= i64::MAX as u64)
        .ok_or_else(k_too_large)?;
    // C(n, k) = prod (n - k + i) / i for i in 1..=k, exact at every step.
    let mut acc = BigInt::one();
    let base = &n - BigInt::from(k);
    for i in 1..=k {
        acc = acc * (&base + BigInt::from(i)) / BigInt::from(i);
    }
    Ok(Value::from_bigint(acc))
}

pub fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::modules::params::clinic_positional(&args, "math", "perm", 1, 2)?;
    let k_value = match args.pos.get(1) {
        None | Some(Value::None) => {
            return factorial(vm, Args::new(vec![args.pos[0].clone()]));
        }
        Some(k) => k.clone(),
    };
    let (n, k) = n_and_k(vm, &args.pos[0], &k_value)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k
        .to_u64()
        .filter(|&k| k <= i64::MAX as u64)
        .ok_or_else(k_too_large)?;
    if let Some(n) = n.to_u64() {
        return Ok(Value::from_bigint(range_product(n - k + 1, n)));
    }
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - BigInt::from(i);
    }
    Ok(Value::from_bigint(acc))
}

/// `prod(iterable, /, *, start=1)`: `start` times every item, with the objects' own `*`.
pub fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [iterable, start]: [Option<Value>; 2] = crate::modules::params::Params {
        func: "prod",
        names: &["iterable", "start"],
        required: 1,
        positional: 1,
    }
    .bind_posonly(args, 1)?
    .try_into()
    .unwrap_or_default();
    let mut acc = start.unwrap_or(Value::Int(1));
    let it = vm.get_iter(&iterable.unwrap_or(Value::None))?;
    while let Some(v) = vm.iter_next(&it)? {
        acc = vm.binary_op(acc, v, BinOp::Multiply)?;
    }
    Ok(acc)
}
