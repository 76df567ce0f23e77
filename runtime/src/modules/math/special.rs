//! Numeric kernels of `math` that need more than one libm call: `gamma` and `lgamma` by the
//! Lanczos approximation (the method and coefficient set CPython uses, so results agree),
//! exactly rounded summation for `fsum`, the scaled and corrected Euclidean norm of
//! `hypot`/`dist`, IEEE `remainder`, `ldexp` without double rounding, `nextafter`, and
//! the C library's `erf`, `erfc`, `asinh`, `acosh`, `atanh` and `cbrt` (which CPython also
//! uses).

use crate::objects::{PyErr, PyResult};

mod libm {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
    }
}

// SAFETY (all five): pure C library functions of one double, defined for every input
// (NaN and infinities included), with no pointers and no state.
pub fn erf(x: f64) -> f64 {
    unsafe { libm::erf(x) }
}

pub fn erfc(x: f64) -> f64 {
    unsafe { libm::erfc(x) }
}

pub fn asinh(x: f64) -> f64 {
    unsafe { libm::asinh(x) }
}

pub fn acosh(x: f64) -> f64 {
    unsafe { libm::acosh(x) }
}

pub fn atanh(x: f64) -> f64 {
    unsafe { libm::atanh(x) }
}

/// The C library's `cbrt`, found at run time. Rust's runtime links its own `cbrt` into the
/// executable, which rounds differently from glibc's (`cbrt(27.0)` is 3.0 there,
/// 3.0000000000000004 in glibc and so in CPython); the dynamic linker's `cbrt` is the
/// shared libm's. Without one (a static build), the built-in one is used.
pub fn cbrt(x: f64) -> f64 {
    static LIBM_CBRT: std::sync::OnceLock<Option<extern "C" fn(f64) -> f64>> =
        std::sync::OnceLock::new();
    let found = LIBM_CBRT.get_or_init(|| {
        // SAFETY: dlsym with a NUL-terminated name only reads the loaded objects' symbol
        // tables; a non-null result for "cbrt" is libm's `double cbrt(double)`.
        unsafe {
            let symbol = libc::dlsym(libc::RTLD_DEFAULT, c"cbrt".as_ptr());
            if symbol.is_null() {
                None
            } else {
                Some(std::mem::transmute::<
                    *mut libc::c_void,
                    extern "C" fn(f64) -> f64,
                >(symbol))
            }
        }
    });
    match found {
        Some(libm_cbrt) => libm_cbrt(x),
        None => x.cbrt(),
    }
}

fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range_error() -> PyErr {
    PyErr::overflow_error("math range error")
}

// ----- gamma and lgamma -----

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;

/// Numerator coefficients of the Lanczos rational function (N = 13).
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];

/// Denominator coefficients: the expansion of x(x+1)…(x+11).
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// Γ(n) for the integers 1..=23, exactly representable.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// The Lanczos rational function, evaluated so that it neither overflows for large x nor
/// loses accuracy for small x.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), accurate near the integers.
fn sin_pi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i64;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

pub fn gamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(domain_error());
    }
    if x == 0.0 {
        return Err(domain_error());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain_error());
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        if r.is_infinite() {
            return Err(range_error());
        }
        return Ok(r);
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sin_pi(x));
        }
        return Err(range_error());
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The error of computing y, to correct for below.
    let q = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = q * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -std::f64::consts::PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
        r
    };
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

pub fn lgamma(x: f64) -> PyResult<f64> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(domain_error());
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = std::f64::consts::PI.ln() - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

// ----- fsum -----

/// Exactly rounded summation: the running sum is kept as non-overlapping partials
/// (Shewchuk's method); infinities and NaNs are summed apart.
#[derive(Default)]
pub struct ExactSum {
    partials: Vec<f64>,
    special: f64,
    inf_sum: f64,
}

impl ExactSum {
    pub fn add(&mut self, mut x: f64) -> PyResult<()> {
        let xsave = x;
        let mut kept = 0;
        for k in 0..self.partials.len() {
            let mut y = self.partials[k];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // An infinity or NaN: from the input, or an intermediate overflow.
                if xsave.is_finite() {
                    return Err(PyErr::overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    self.inf_sum += xsave;
                }
                self.special += xsave;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    pub fn result(&self) -> PyResult<f64> {
        if self.special != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(PyErr::value_error("-inf + inf in fsum"));
            }
            return Ok(self.special);
        }
        let p = &self.partials;
        let mut n = p.len();
        let mut hi = 0.0;
        if n == 0 {
            return Ok(hi);
        }
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        // Add from the largest partial down, stopping once the sum is no longer exact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half to even correctly when the rest would tip a half-way case.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
        Ok(hi)
    }
}

// ----- hypot and dist -----

/// `x * y` as an exact sum `hi + lo`.
fn mul_exact(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    (hi, x.mul_add(y, -hi))
}

/// `a + b` as an exact sum `hi + lo`, for |a| >= |b|.
fn add_exact(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

/// The Euclidean norm of non-negative coordinates: scaled by a power of two so squares
/// neither overflow nor underflow, squared and summed with the rounding errors carried
/// separately, then one correction step on the square root.
pub fn vector_norm(v: &mut [f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in v.iter() {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = crate::objects::int::frexp(max);
    if max_e < -1023 {
        // Subnormal coordinates: make them normal first.
        for x in v.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(v);
    }
    let scale = ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0, 0.0, 0.0);
    for &x in v.iter() {
        let x = x * scale;
        let (sq_hi, sq_lo) = mul_exact(x, x);
        let (s_hi, s_lo) = add_exact(csum, sq_hi);
        csum = s_hi;
        frac1 += sq_lo;
        frac2 += s_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (p_hi, p_lo) = mul_exact(-h, h);
    let (s_hi, s_lo) = add_exact(csum, p_hi);
    csum = s_hi;
    frac1 += p_lo;
    frac2 += s_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

// ----- remainder, ldexp, nextafter -----

/// IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even).
pub fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Half way: pick the even multiple.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// 2**e as a float, for e in the normal range.
fn pow2(e: i32) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// x * 2**e with a single rounding (subnormal results included).
pub fn ldexp(x: f64, e: i32) -> f64 {
    let mut y = x;
    let mut n = e;
    if n > 1023 {
        y *= pow2(1023);
        n -= 1023;
        if n > 1023 {
            y *= pow2(1023);
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        // Scale by 2**-969 (= 2**-1022 * 2**53) so the final step rounds only once.
        let step = pow2(-1022) * pow2(53);
        y *= step;
        n += 1022 - 53;
        if n < -1022 {
            y *= step;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * pow2(n)
}

/// The next float after x in the direction of y.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}
