//! `math.Expm1`, `math.Log1p` and `math.Pow` by Go's portable algorithms (FreeBSD's msun
//! for the first two; Pow by repeated squaring of Frexp's fraction), so results agree with
//! real Go on amd64 to the last bit.

#![allow(clippy::excessive_precision, clippy::approx_constant)] // Go's constants, as Go writes them

use super::expo::{exp, ldexp};
use super::gomath::{frexp, log};

const LN2_HI: f64 = 6.93147180369123816490e-01;
const LN2_LO: f64 = 1.90821492927058770002e-10;

fn nan() -> f64 {
    f64::from_bits(0x7ff8_0000_0000_0001)
}

/// `math.Expm1`: `e**x - 1`, accurate near 0.
pub(crate) fn expm1(x: f64) -> f64 {
    const OTHRESHOLD: f64 = 7.09782712893383973096e+02;
    const LN2X56: f64 = 3.88162421113569373274e+01;
    const LN2_HALF_X3: f64 = 1.03972077083991796413e+00;
    const LN2_HALF: f64 = 3.46573590279972654709e-01;
    const INV_LN2: f64 = 1.44269504088896338700e+00;
    const Q: [f64; 5] = [
        -3.33333333333331316428e-02,
        1.58730158725481460165e-03,
        -7.93650757867487942473e-05,
        4.00821782732936239552e-06,
        -2.01099218183624371326e-07,
    ];
    if x == f64::INFINITY || x.is_nan() {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return -1.0;
    }
    let (absx, sign) = (x.abs(), x < 0.0);
    if absx >= LN2X56 {
        if sign {
            return -1.0;
        }
        if absx >= OTHRESHOLD {
            return f64::INFINITY;
        }
    }
    let (mut x, mut c, mut k) = (x, 0.0, 0i64);
    if absx > LN2_HALF {
        let (hi, lo);
        if absx < LN2_HALF_X3 {
            (hi, lo, k) = if sign { (x + LN2_HI, -LN2_LO, -1) } else { (x - LN2_HI, LN2_LO, 1) };
        } else {
            k = if sign { (INV_LN2 * x - 0.5) as i64 } else { (INV_LN2 * x + 0.5) as i64 };
            let t = k as f64;
            hi = x - t * LN2_HI;
            lo = t * LN2_LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if absx < 1.0 / (1u64 << 54) as f64 {
        return x;
    }
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let r1 = 1.0 + hxs * (Q[0] + hxs * (Q[1] + hxs * (Q[2] + hxs * (Q[3] + hxs * Q[4]))));
    let t = 3.0 - r1 * hfx;
    let mut e = hxs * ((r1 - t) / (6.0 - x * t));
    if k == 0 {
        return x - (x * e - hxs);
    }
    e = x * (e - c) - c;
    e -= hxs;
    expm1_scale(x, e, k)
}

/// Expm1's last step: `2**k * (1 + x - e) - 1` without losing bits.
fn expm1_scale(x: f64, e: f64, k: i64) -> f64 {
    let shift = |y: f64| f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52));
    match k {
        -1 => 0.5 * (x - e) - 0.5,
        1 if x < -0.25 => -2.0 * (e - (x + 0.5)),
        1 => 1.0 + 2.0 * (x - e),
        k if k <= -2 || k > 56 => shift(1.0 - (e - x)) - 1.0,
        k if k < 20 => {
            let t = f64::from_bits(0x3ff0_0000_0000_0000 - (0x20_0000_0000_0000 >> k));
            shift(t - (e - x))
        }
        k => {
            let t = f64::from_bits(((0x3ff - k) as u64) << 52);
            shift(x - (e + t) + 1.0)
        }
    }
}

/// `math.Log1p`: `log(1 + x)`, accurate near 0.
pub(crate) fn log1p(x: f64) -> f64 {
    const SQRT2_M1: f64 = 4.142135623730950488017e-01;
    const SQRT2_HALF_M1: f64 = -2.928932188134524755992e-01;
    if x < -1.0 || x.is_nan() {
        return nan();
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    if x == f64::INFINITY {
        return f64::INFINITY;
    }
    let absx = x.abs();
    let (mut f, mut iu, mut k) = (0.0, 0u64, 1i64);
    if absx < SQRT2_M1 {
        if absx < 1.0 / (1u64 << 29) as f64 {
            if absx < 1.0 / (1u64 << 54) as f64 {
                return x;
            }
            return x - x * x * 0.5;
        }
        if x > SQRT2_HALF_M1 {
            (k, f, iu) = (0, x, 1);
        }
    }
    let mut c = 0.0;
    if k != 0 {
        let mut u;
        if absx < (1u64 << 53) as f64 {
            u = 1.0 + x;
            iu = u.to_bits();
            k = (iu >> 52) as i64 - 1023;
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            iu = u.to_bits();
            k = (iu >> 52) as i64 - 1023;
        }
        iu &= 0x000f_ffff_ffff_ffff;
        if iu < 0x0006_a09e_667f_3bcd {
            u = f64::from_bits(iu | 0x3ff0_0000_0000_0000);
        } else {
            k += 1;
            u = f64::from_bits(iu | 0x3fe0_0000_0000_0000);
            iu = (0x0010_0000_0000_0000 - iu) >> 2;
        }
        f = u - 1.0;
    }
    log1p_tail(f, iu, k, c)
}

/// Log1p's polynomial on the reduced `f` plus `k*ln2` and the correction `c`.
fn log1p_tail(f: f64, iu: u64, k: i64, c: f64) -> f64 {
    const LP: [f64; 7] = [
        6.666666666666735130e-01,
        3.999999999940941908e-01,
        2.857142874366239149e-01,
        2.222219843214978396e-01,
        1.818357216161805012e-01,
        1.531383769920937332e-01,
        1.479819860511658591e-01,
    ];
    let kf = k as f64;
    let hfsq = 0.5 * f * f;
    if iu == 0 {
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            return kf * LN2_HI + (c + kf * LN2_LO);
        }
        let r = hfsq * (1.0 - 0.66666666666666666 * f);
        if k == 0 {
            return f - r;
        }
        return kf * LN2_HI - ((r - (kf * LN2_LO + c)) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * (LP[0] + z * (LP[1] + z * (LP[2] + z * (LP[3] + z * (LP[4] + z * (LP[5] + z * LP[6]))))));
    if k == 0 {
        return f - (hfsq - s * (hfsq + r));
    }
    kf * LN2_HI - ((hfsq - (s * (hfsq + r) + (kf * LN2_LO + c))) - f)
}

/// Go's `isOddInt`: an odd integer small enough to be exact.
fn is_odd_int(x: f64) -> bool {
    if x.abs() >= (1u64 << 53) as f64 {
        return false;
    }
    let xi = x.trunc();
    x - xi == 0.0 && (xi as i64) & 1 == 1
}

/// `math.Pow`: Go's special cases, then `x**yi` by squaring with `Exp(yf*Log(x))`.
pub(crate) fn pow(x: f64, y: f64) -> f64 {
    if let Some(v) = pow_special(x, y) {
        return v;
    }
    let (yi, yf) = (y.abs().trunc(), y.abs() - y.abs().trunc());
    if yf != 0.0 && x < 0.0 {
        return nan();
    }
    if yi >= 9.223372036854775808e18 {
        return if x == -1.0 {
            1.0
        } else if (x.abs() < 1.0) == (y > 0.0) {
            0.0
        } else {
            f64::INFINITY
        };
    }
    let (mut yi, mut yf) = (yi, yf);
    let (mut a1, mut ae) = (1.0, 0i64);
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = exp(yf * log(x));
    }
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

/// Pow's special cases (zeros, infinities, NaNs, halves), in Go's order.
fn pow_special(x: f64, y: f64) -> Option<f64> {
    Some(if y == 0.0 || x == 1.0 {
        1.0
    } else if y == 1.0 {
        x
    } else if x.is_nan() || y.is_nan() {
        nan()
    } else if x == 0.0 {
        let odd = x.is_sign_negative() && is_odd_int(y);
        if y < 0.0 {
            if odd {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            }
        } else if odd {
            x
        } else {
            0.0
        }
    } else if y.is_infinite() {
        if x == -1.0 {
            1.0
        } else if (x.abs() < 1.0) == (y == f64::INFINITY) {
            0.0
        } else {
            f64::INFINITY
        }
    } else if x.is_infinite() {
        if x == f64::NEG_INFINITY {
            return Some(pow(1.0 / x, -y));
        }
        if y < 0.0 {
            0.0
        } else {
            f64::INFINITY
        }
    } else if y == 0.5 {
        x.sqrt()
    } else if y == -0.5 {
        1.0 / x.sqrt()
    } else {
        return None;
    })
}
