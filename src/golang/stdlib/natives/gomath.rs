//! `math.Log` (and Log10, Log2), `math.Atan`, `Asin`, `Acos` and `Atan2` as Go computes
//! them on amd64 (FreeBSD's log as Go's assembly runs it, Cephes' atan), so results agree
//! with real Go to the last bit.

#![allow(clippy::excessive_precision)]

use std::f64::consts::{FRAC_1_SQRT_2, FRAC_PI_2, FRAC_PI_4, LOG10_E, LOG2_E, PI};

/// `math.Frexp`: `x = frac * 2^exp` with `frac` in [0.5, 1).
pub(crate) fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return (x, 0);
    }
    let (mut x, mut exp) = (x, 0i64);
    if x.abs() < f64::MIN_POSITIVE {
        x *= (1u64 << 52) as f64;
        exp = -52;
    }
    let bits = x.to_bits();
    exp += ((bits >> 52) & 0x7ff) as i64 - 1022;
    let frac = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (frac, exp)
}

pub(crate) fn log(x: f64) -> f64 {
    const LN2_HI: f64 = 6.93147180369123816490e-01;
    const LN2_LO: f64 = 1.90821492927058770002e-10;
    const L: [f64; 7] = [
        6.666666666666735130e-01,
        3.999999999940941908e-01,
        2.857142874366239149e-01,
        2.222219843214978396e-01,
        1.818357216161805012e-01,
        1.531383769920937332e-01,
        1.479819860511658591e-01,
    ];
    // The assembly tests the bits: ±0, then the sign bit (a negative NaN too), then +Inf
    // and the positive NaNs, which it returns as they are.
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_sign_negative() {
        return super::expo::nan();
    }
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    // Go's amd64 assembly takes the exponent bits as they are (a subnormal is not
    // normalized first) and halves the range at f1 <= Sqrt2/2.
    let bits = x.to_bits();
    let mut f1 = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3fe0_0000_0000_0000);
    let mut ki = ((bits >> 52) & 0x7ff) as i64 - 0x3fe;
    if f1 <= FRAC_1_SQRT_2 {
        f1 *= 2.0;
        ki -= 1;
    }
    let f = f1 - 1.0;
    let k = ki as f64;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (L[0] + s4 * (L[2] + s4 * (L[4] + s4 * L[6])));
    let t2 = s4 * (L[1] + s4 * (L[3] + s4 * L[5]));
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f)
}

pub(crate) fn log10(x: f64) -> f64 {
    log(x) * LOG10_E
}

pub(crate) fn log2(x: f64) -> f64 {
    let (frac, exp) = frexp(x);
    if frac == 0.5 {
        return (exp - 1) as f64;
    }
    log(frac) * LOG2_E + exp as f64
}

/// atan on [0, 0.66].
fn xatan(x: f64) -> f64 {
    const P: [f64; 5] = [
        -8.750608600031904122785e-01,
        -1.615753718733365076637e+01,
        -7.500855792314704667340e+01,
        -1.228866684490136173410e+02,
        -6.485021904942025371773e+01,
    ];
    const Q: [f64; 5] = [
        2.485846490142306297962e+01,
        1.650270098316988542046e+02,
        4.328810604912902668951e+02,
        4.853903996359136964868e+02,
        1.945506571482613964425e+02,
    ];
    let z = x * x;
    let z = z * ((((P[0] * z + P[1]) * z + P[2]) * z + P[3]) * z + P[4])
        / (((((z + Q[0]) * z + Q[1]) * z + Q[2]) * z + Q[3]) * z + Q[4]);
    x * z + x
}

/// atan of a non-negative argument, reduced to [0, 0.66].
fn satan(x: f64) -> f64 {
    const MOREBITS: f64 = 6.123233995736765886130e-17;
    const TAN_3PI_8: f64 = 2.41421356237309504880;
    if x <= 0.66 {
        return xatan(x);
    }
    if x > TAN_3PI_8 {
        return FRAC_PI_2 - xatan(1.0 / x) + MOREBITS;
    }
    FRAC_PI_4 + xatan((x - 1.0) / (x + 1.0)) + 0.5 * MOREBITS
}

pub(crate) fn atan(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else if x > 0.0 {
        satan(x)
    } else {
        -satan(-x)
    }
}

pub(crate) fn asin(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    let (sign, x) = if x < 0.0 { (true, -x) } else { (false, x) }; // a NaN keeps its sign
    if x > 1.0 {
        return super::expo::nan();
    }
    let t = (1.0 - x * x).sqrt();
    let t = if x > 0.7 { FRAC_PI_2 - satan(t / x) } else { satan(x / t) };
    if sign {
        -t
    } else {
        t
    }
}

pub(crate) fn acos(x: f64) -> f64 {
    FRAC_PI_2 - asin(x)
}

pub(crate) fn atan2(y: f64, x: f64) -> f64 {
    const PI3_4: f64 = 2.356_194_490_192_345;
    if y.is_nan() || x.is_nan() {
        return super::expo::nan();
    }
    if y == 0.0 {
        return if x >= 0.0 && !x.is_sign_negative() { 0f64.copysign(y) } else { PI.copysign(y) };
    }
    if x == 0.0 {
        return FRAC_PI_2.copysign(y);
    }
    if x.is_infinite() {
        return match (x > 0.0, y.is_infinite()) {
            (true, true) => FRAC_PI_4.copysign(y),
            (true, false) => 0f64.copysign(y),
            (false, true) => PI3_4.copysign(y),
            (false, false) => PI.copysign(y),
        };
    }
    if y.is_infinite() {
        return FRAC_PI_2.copysign(y);
    }
    let q = atan(y / x);
    if x < 0.0 {
        if q <= 0.0 {
            q + PI
        } else {
            q - PI
        }
    } else {
        q
    }
}
