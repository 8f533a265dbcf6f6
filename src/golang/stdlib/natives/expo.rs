//! `math.Exp` and the functions built on it (Exp2, Expm1, Log1p, Pow, Ldexp, Cbrt, Hypot,
//! the hyperbolic functions and their inverses, Remainder) computed the way Go 1.27 computes
//! them on amd64, so the last digit printed agrees with real Go: Exp and Hypot follow Go's
//! amd64 assembly (Exp's FMA variant, which Go picks on CPUs with AVX and FMA), the rest
//! Go's portable algorithms (FreeBSD's msun and Cephes), with no fused multiply-adds (Go
//! does not fuse on amd64).

#![allow(clippy::excessive_precision, clippy::approx_constant)] // Go's constants, as Go writes them

use super::gomath::log;
use super::powlog::log1p;

/// Go's `math.NaN()`.
pub(crate) fn nan() -> f64 {
    f64::from_bits(0x7ff8_0000_0000_0001)
}

/// `(|x|, x < 0)`, keeping -0 as it is (Go negates only when `x < 0`).
fn unsign(x: f64) -> (f64, bool) {
    if x < 0.0 {
        (-x, true)
    } else {
        (x, false)
    }
}

/// `math.Exp` as Go's amd64 assembly computes it (FMA variant): a reduced argument, a
/// Taylor polynomial, four squarings, then the exponent.
pub(crate) fn exp(x: f64) -> f64 {
    const LOG2E: f64 = 1.4426950408889634073599246810018920;
    const LN2U: f64 = 0.69314718055966295651160180568695068359375;
    const LN2L: f64 = 0.28235290563031577122588448175013436025525412068e-12;
    const OVERFLOW: f64 = 7.09782712893384e+02;
    const TAYLOR: [f64; 8] = [
        2.4801587301587301587e-5,
        1.9841269841269841270e-4,
        1.3888888888888888889e-3,
        8.3333333333333333333e-3,
        4.1666666666666666667e-2,
        1.6666666666666666667e-1,
        0.5,
        1.0,
    ];
    if !x.is_finite() {
        return if x == f64::NEG_INFINITY { 0.0 } else { x };
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    // CVTSD2SL: round to nearest even; out of range (or NaN) gives i32::MIN.
    let t = (LOG2E * x).round_ties_even();
    let k = if (-2147483648.0..2147483648.0).contains(&t) { t as i32 } else { i32::MIN };
    let kf = k as f64;
    let mut r = (-kf).mul_add(LN2U, x);
    r = (-kf).mul_add(LN2L, r);
    r *= 0.0625;
    let mut p = TAYLOR[0];
    for c in &TAYLOR[1..] {
        p = p.mul_add(r, *c);
    }
    r *= p;
    for _ in 0..3 {
        r *= r + 2.0;
    }
    r = r.mul_add(r + 2.0, 1.0);
    scale_asm(r, k)
}

/// The assembly's `ldexp` tail: `r * 2**k` in at most two exact-power multiplications.
fn scale_asm(r: f64, k: i32) -> f64 {
    let e = k.wrapping_add(0x3ff);
    if e <= 0 {
        if e < -52 {
            return 0.0;
        }
        let r = r * f64::from_bits(((e + 0x3fe) as u32 as u64) << 52);
        return r * f64::from_bits(1u64 << 52);
    }
    if e >= 0x7ff {
        return f64::INFINITY;
    }
    r * f64::from_bits((e as u64) << 52)
}

/// `math.Ldexp`: `frac * 2**exp`, rounding once for subnormal results.
pub(crate) fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || !frac.is_finite() {
        return frac;
    }
    let (frac, e) = if frac.abs() < f64::MIN_POSITIVE { (frac * (1u64 << 52) as f64, -52) } else { (frac, 0) };
    let mut exp = exp.wrapping_add(e);
    let mut x = frac.to_bits();
    exp = exp.wrapping_add(((x >> 52) & 0x7ff) as i64 - 1023);
    if exp < -1075 {
        return 0f64.copysign(frac);
    }
    if exp > 1023 {
        return if frac < 0.0 { f64::NEG_INFINITY } else { f64::INFINITY };
    }
    let mut m = 1.0;
    if exp < -1022 {
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    x &= !(0x7ff << 52);
    x |= ((exp + 1023) as u64) << 52;
    m * f64::from_bits(x)
}

/// `math.Exp2` (Go's portable algorithm).
pub(crate) fn exp2(x: f64) -> f64 {
    const LN2_HI: f64 = 6.93147180369123816490e-01;
    const LN2_LO: f64 = 1.90821492927058770002e-10;
    if x.is_nan() {
        return x;
    }
    if x > 1.0239999999999999e+03 {
        return f64::INFINITY;
    }
    if x < -1.0740e+03 {
        return 0.0;
    }
    let k = if x > 0.0 {
        (x + 0.5) as i64
    } else if x < 0.0 {
        (x - 0.5) as i64
    } else {
        0
    };
    let t = x - k as f64;
    expmulti(t * LN2_HI, -t * LN2_LO, k)
}

/// `exp(hi - lo) * 2**k` for a reduced argument.
fn expmulti(hi: f64, lo: f64, k: i64) -> f64 {
    const P: [f64; 5] = [
        1.66666666666666657415e-01,
        -2.77777777770155933842e-03,
        6.61375632143793436117e-05,
        -1.65339022054652515390e-06,
        4.13813679705723846039e-08,
    ];
    let r = hi - lo;
    let t = r * r;
    let c = r - t * (P[0] + t * (P[1] + t * (P[2] + t * (P[3] + t * P[4]))));
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    ldexp(y, k)
}

/// `math.Cbrt`: a first guess from the exponent bits, a polynomial step, one Newton step.
pub(crate) fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715094163;
    const B2: u64 = 696219795;
    const C: f64 = 5.42857142857142815906e-01;
    const D: f64 = -7.05306122448979611050e-01;
    const E: f64 = 1.41428571428571436819e+00;
    const F: f64 = 1.60714285714285720630e+00;
    const G: f64 = 3.57142857142857150787e-01;
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let sign = x < 0.0;
    let x = x.abs();
    let mut t = f64::from_bits(x.to_bits() / 3 + (B1 << 32));
    if x < f64::MIN_POSITIVE {
        t = (1u64 << 54) as f64 * x;
        t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
    }
    let r = t * t / x;
    let s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = f64::from_bits((t.to_bits() & (0xF_FFFF_FFFC << 28)) + (1 << 30));
    let s = t * t;
    let r = x / s;
    let w = t + t;
    let r = (r - t) / (w + r);
    t += t * r;
    if sign {
        -t
    } else {
        t
    }
}

/// `math.Hypot` as Go's amd64 assembly computes it: `max * sqrt(1 + (min/max)**2)`.
pub(crate) fn hypot(p: f64, q: f64) -> f64 {
    let (p, q) = (p.abs(), q.abs());
    if !p.is_finite() || !q.is_finite() {
        return if p.is_infinite() || q.is_infinite() { f64::INFINITY } else { nan() };
    }
    if p == 0.0 && q == 0.0 {
        return 0.0;
    }
    let (big, small) = if p >= q { (p, q) } else { (q, p) };
    let r = small / big;
    big * (r * r + 1.0).sqrt()
}

/// `math.Sinh`: a rational approximation near 0, exponentials further out.
pub(crate) fn sinh(x: f64) -> f64 {
    const P: [f64; 4] = [
        -0.6307673640497716991184787251e+6,
        -0.8991272022039509355398013511e+5,
        -0.2894211355989563807284660366e+4,
        -0.2630563213397497062819489e+2,
    ];
    const Q: [f64; 3] =
        [-0.6307673640497716991212077277e+6, 0.1521517378790019070696485176e+5, -0.173678953558233699533450911e+3];
    let (a, sign) = unsign(x);
    let t = if a > 21.0 {
        exp(a) * 0.5
    } else if a > 0.5 {
        let ex = exp(a);
        (ex - 1.0 / ex) * 0.5
    } else {
        let sq = a * a;
        let num = (((P[3] * sq + P[2]) * sq + P[1]) * sq + P[0]) * a;
        num / (((sq + Q[2]) * sq + Q[1]) * sq + Q[0])
    };
    if sign {
        -t
    } else {
        t
    }
}

/// `math.Cosh`.
pub(crate) fn cosh(x: f64) -> f64 {
    let x = x.abs();
    if x > 21.0 {
        return exp(x) * 0.5;
    }
    let ex = exp(x);
    (ex + 1.0 / ex) * 0.5
}

/// `math.Tanh` (Cephes).
pub(crate) fn tanh(x: f64) -> f64 {
    const P: [f64; 3] = [-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3];
    const Q: [f64; 3] = [1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3];
    const MAXLOG: f64 = 8.8029691931113054295988e+01;
    let z = x.abs();
    if z > 0.5 * MAXLOG {
        return if x < 0.0 { -1.0 } else { 1.0 };
    }
    if z >= 0.625 {
        let s = exp(2.0 * z);
        let z = 1.0 - 2.0 / (s + 1.0);
        return if x < 0.0 { -z } else { z };
    }
    if x == 0.0 {
        return x;
    }
    let s = x * x;
    x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2])
}

/// `math.Asinh`.
pub(crate) fn asinh(x: f64) -> f64 {
    const LN2: f64 = 6.93147180559945286227e-01;
    if !x.is_finite() {
        return x;
    }
    let (a, sign) = unsign(x);
    let t = if a > (1u64 << 28) as f64 {
        log(a) + LN2
    } else if a > 2.0 {
        log(2.0 * a + 1.0 / ((a * a + 1.0).sqrt() + a))
    } else if a < 1.0 / (1u64 << 28) as f64 {
        a
    } else {
        log1p(a + a * a / (1.0 + (1.0 + a * a).sqrt()))
    };
    if sign {
        -t
    } else {
        t
    }
}

/// `math.Acosh`.
pub(crate) fn acosh(x: f64) -> f64 {
    if x < 1.0 || x.is_nan() {
        return nan();
    }
    if x == 1.0 {
        return 0.0;
    }
    if x >= (1u64 << 28) as f64 {
        return log(x) + std::f64::consts::LN_2;
    }
    if x > 2.0 {
        return log(2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt()));
    }
    let t = x - 1.0;
    log1p(t + (2.0 * t + t * t).sqrt())
}

/// `math.Atanh`.
pub(crate) fn atanh(x: f64) -> f64 {
    if !(-1.0..=1.0).contains(&x) {
        return nan();
    }
    if x == 1.0 || x == -1.0 {
        return f64::INFINITY.copysign(x);
    }
    let (a, sign) = unsign(x);
    let t = if a < 1.0 / (1u64 << 28) as f64 {
        a
    } else if a < 0.5 {
        let t = a + a;
        0.5 * log1p(t + t * a / (1.0 - a))
    } else {
        0.5 * log1p((a + a) / (1.0 - a))
    };
    if sign {
        -t
    } else {
        t
    }
}

/// `math.Remainder`: IEEE 754 remainder, exactly.
pub(crate) fn remainder(x: f64, y: f64) -> f64 {
    const TINY: f64 = 4.45014771701440276618e-308;
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return nan();
    }
    if y.is_infinite() {
        return x;
    }
    let ((mut x, sign), y) = (unsign(x), y.abs());
    if x == y {
        return if sign { -0.0 } else { 0.0 };
    }
    if y <= f64::MAX / 2.0 {
        x %= y + y;
    }
    if y < TINY {
        if x + x > y {
            x -= y;
            if x + x >= y {
                x -= y;
            }
        }
    } else {
        let half = 0.5 * y;
        if x > half {
            x -= y;
            if x >= half {
                x -= y;
            }
        }
    }
    if sign {
        -x
    } else {
        x
    }
}

/// `math.Mod`: the exact remainder (as fmod), with Go's NaN for its special cases.
pub(crate) fn modulo(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return nan();
    }
    x % y
}

/// `math.Pow10`: `10**n` as the product (or quotient) of two exactly rounded powers of ten,
/// as Go's tables compute it; `+Inf` above 308 and 0 below -323.
pub(crate) fn pow10(n: i64) -> f64 {
    let p = |k: i64| format!("1e{k}").parse::<f64>().unwrap_or(f64::NAN);
    match n {
        0..=308 => p(n / 32 * 32) * p(n % 32),
        -323..=-1 => p(n / 32 * 32) / p(-n % 32),
        n if n > 0 => f64::INFINITY,
        _ => 0.0,
    }
}
