//! `math.J0`, `Y0`, `J1` and `Y1` by Go's algorithm (fdlibm's): below 2 a rational
//! approximation in x², from 2 up the asymptotic form sqrt(2/(πx))·(P·cos − Q·sin) with the
//! phase terms rebuilt from cos(2x) to keep their precision, evaluated in Go's order so the
//! results agree with real Go bit for bit.

#![allow(clippy::excessive_precision)] // Go's constants, as Go writes them

use super::bessel_tables::{P0, P1, Q0, Q1};
use super::expo::nan;
use super::gomath::log;
use super::trig::{cos, sin};
use std::f64::consts::{FRAC_2_PI, FRAC_2_SQRT_PI};

/// Go's `1 / SqrtPi`, rounded once.
const INV_SQRT_PI: f64 = FRAC_2_SQRT_PI * 0.5;
/// Above this the P and Q corrections no longer change the result.
const TWO_129: f64 = (1u128 << 127) as f64 * 4.0;

/// `c[0] + z*(c[1] + z*(... + z*c[n-1]))`, innermost product first as Go writes it.
fn nested(z: f64, c: &[f64]) -> f64 {
    let (last, rest) = c.split_last().expect("coefficients");
    rest.iter().rev().fold(*last, |t, k| k + z * t)
}

/// The band of x (at least 2) whose coefficients the asymptotic form uses.
fn band(x: f64) -> usize {
    if x >= 8.0 {
        0
    } else if x >= 4.5454 {
        1
    } else if x >= 2.8571 {
        2
    } else {
        3
    }
}

/// `1 + R(z)/S(z)` with z = 1/x², for the P terms.
fn p_term<const M: usize>(x: f64, table: &[([f64; 6], [f64; M]); 4]) -> f64 {
    let (p, q) = &table[band(x)];
    let z = 1.0 / (x * x);
    let r = nested(z, p);
    let s = 1.0 + z * nested(z, q);
    1.0 + r / s
}

/// `(lead + R(z)/S(z)) / x` with z = 1/x², for the Q terms.
fn q_term(x: f64, lead: f64, table: &[([f64; 6], [f64; 6]); 4]) -> f64 {
    let (p, q) = &table[band(x)];
    let z = 1.0 / (x * x);
    let r = nested(z, p);
    let s = 1.0 + z * nested(z, q);
    (lead + r / s) / x
}

/// The phase terms (ss, cc) of order 0 or 1 at x >= 2: sin ∓ cos and its partner, the
/// smaller of the two recomputed from cos(2x) to avoid cancellation.
fn phases(x: f64, order1: bool) -> (f64, f64) {
    let (s, c) = (sin(x), cos(x));
    let (mut ss, mut cc) = if order1 { (-s - c, s - c) } else { (s - c, s + c) };
    if x < f64::MAX / 2.0 {
        let z = if order1 { cos(x + x) } else { -cos(x + x) };
        let cc_first = if order1 { s * c > 0.0 } else { s * c < 0.0 };
        if cc_first {
            cc = z / ss;
        } else {
            ss = z / cc;
        }
    }
    (ss, cc)
}

/// The asymptotic form at x >= 2: the first kind (J) or the second (Y) of order 0 or 1.
fn asymptotic(x: f64, order1: bool, first_kind: bool) -> f64 {
    let (ss, cc) = phases(x, order1);
    if x > TWO_129 {
        let t = if first_kind { cc } else { ss };
        return INV_SQRT_PI * t / x.sqrt();
    }
    let (u, v) =
        if order1 { (p_term(x, &P1), q_term(x, 0.375, &Q1)) } else { (p_term(x, &P0), q_term(x, -0.125, &Q0)) };
    let t = if first_kind { u * cc - v * ss } else { u * ss + v * cc };
    INV_SQRT_PI * t / x.sqrt()
}

/// The Bessel function of the first kind of order 0.
pub(crate) fn j0(x: f64) -> f64 {
    const R: [f64; 4] = [
        1.56249999999999947958e-02,
        -1.89979294238854721751e-04,
        1.82954049532700665670e-06,
        -4.61832688532103189199e-09,
    ];
    const S: [f64; 4] = [
        1.56191029464890010492e-02,
        1.16926784663337450260e-04,
        5.13546550207318111446e-07,
        1.16614003333790000205e-09,
    ];
    if x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return 0.0;
    }
    if x == 0.0 {
        return 1.0;
    }
    let x = x.abs();
    if x >= 2.0 {
        return asymptotic(x, false, true);
    }
    if x < 1.0 / 8192.0 {
        if x < 1.0 / 134217728.0 {
            return 1.0;
        }
        return 1.0 - 0.25 * x * x;
    }
    let z = x * x;
    let r = z * nested(z, &R);
    let s = 1.0 + z * nested(z, &S);
    if x < 1.0 {
        return 1.0 + z * (-0.25 + (r / s));
    }
    let u = 0.5 * x;
    (1.0 + u) * (1.0 - u) + z * (r / s)
}

/// The Bessel function of the second kind of order 0.
pub(crate) fn y0(x: f64) -> f64 {
    const U00: f64 = -7.38042951086872317523e-02;
    const U: [f64; 6] = [
        1.76666452509181115538e-01,
        -1.38185671945596898896e-02,
        3.47453432093683650238e-04,
        -3.81407053724364161125e-06,
        1.95590137035022920206e-08,
        -3.98205194132103398453e-11,
    ];
    const V: [f64; 4] = [
        1.27304834834123699328e-02,
        7.60068627350353253702e-05,
        2.59150851840457805467e-07,
        4.41110311332675467403e-10,
    ];
    if x < 0.0 || x.is_nan() {
        return nan();
    }
    if x == f64::INFINITY {
        return 0.0;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x >= 2.0 {
        return asymptotic(x, false, false);
    }
    if x <= 1.0 / 134217728.0 {
        return U00 + FRAC_2_PI * log(x);
    }
    let z = x * x;
    let u = U00 + z * nested(z, &U);
    let v = 1.0 + z * nested(z, &V);
    u / v + FRAC_2_PI * j0(x) * log(x)
}

/// The Bessel function of the first kind of order 1.
pub(crate) fn j1(x: f64) -> f64 {
    const R: [f64; 4] = [
        -6.25000000000000000000e-02,
        1.40705666955189706048e-03,
        -1.59955631084035597520e-05,
        4.96727999609584448412e-08,
    ];
    const S: [f64; 5] = [
        1.91537599538363460805e-02,
        1.85946785588630915560e-04,
        1.17718464042623683263e-06,
        5.04636257076217042715e-09,
        1.23542274426137913908e-11,
    ];
    if x.is_nan() {
        return x;
    }
    if x.is_infinite() || x == 0.0 {
        return 0.0;
    }
    let (sign, x) = (x < 0.0, x.abs());
    if x < 1.0 / 134217728.0 {
        return 0.5 * x; // as Go does: without the sign of a negative x
    }
    let z = if x >= 2.0 {
        asymptotic(x, true, true)
    } else {
        let z = x * x;
        let r = z * nested(z, &R) * x;
        let s = 1.0 + z * nested(z, &S);
        0.5 * x + r / s
    };
    if sign {
        -z
    } else {
        z
    }
}

/// The Bessel function of the second kind of order 1.
pub(crate) fn y1(x: f64) -> f64 {
    const U00: f64 = -1.96057090646238940668e-01;
    const U: [f64; 4] = [
        5.04438716639811282616e-02,
        -1.91256895875763547298e-03,
        2.35252600561610495928e-05,
        -9.19099158039878874504e-08,
    ];
    const V: [f64; 5] = [
        1.99167318236649903973e-02,
        2.02552581025135171496e-04,
        1.35608801097516229404e-06,
        6.22741452364621501295e-09,
        1.66559246207992079114e-11,
    ];
    if x < 0.0 || x.is_nan() {
        return nan();
    }
    if x == f64::INFINITY {
        return 0.0;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x >= 2.0 {
        return asymptotic(x, true, false);
    }
    if x <= 1.0 / 18014398509481984.0 {
        return -FRAC_2_PI / x;
    }
    let z = x * x;
    let u = U00 + z * nested(z, &U);
    let v = 1.0 + z * nested(z, &V);
    x * (u / v) + FRAC_2_PI * (j1(x) * log(x) - 1.0 / x)
}
