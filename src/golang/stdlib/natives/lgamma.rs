//! `math.Lgamma` by Go's algorithm (FreeBSD's msun): log|Γ(x)| and the sign of Γ(x), from
//! polynomials around the minimum of Γ on (0, 2), a rational function on [2, 8), Stirling's
//! series beyond, and the reflection formula for negative x. Go's evaluation order is kept
//! (and its constant sums written out as the exactly rounded literals Go's compiler makes),
//! so results agree with real Go bit for bit.

#![allow(clippy::excessive_precision, clippy::approx_constant)] // Go's constants, as Go writes them

use super::gomath::log;
use super::trig::{cos, sin};
use std::f64::consts::PI;

const A: [f64; 12] = [
    7.72156649015328655494e-02,
    3.22467033424113591611e-01,
    6.73523010531292681824e-02,
    2.05808084325167332806e-02,
    7.38555086081402883957e-03,
    2.89051383673415629091e-03,
    1.19270763183362067845e-03,
    5.10069792153511336608e-04,
    2.20862790713908385557e-04,
    1.08011567247583939954e-04,
    2.52144565451257326939e-05,
    4.48640949618915160150e-05,
];
const R: [f64; 7] = [
    1.0,
    1.39200533467621045958e+00,
    7.21935547567138069525e-01,
    1.71933865632803078993e-01,
    1.86459191715652901344e-02,
    7.77942496381893596434e-04,
    7.32668430744625636189e-06,
];
const S: [f64; 7] = [
    -7.72156649015328655494e-02,
    2.14982415960608852501e-01,
    3.25778796408930981787e-01,
    1.46350472652464452805e-01,
    2.66422703033638609560e-02,
    1.84028451407337715652e-03,
    3.19475326584100867617e-05,
];
const T: [f64; 15] = [
    4.83836122723810047042e-01,
    -1.47587722994593911752e-01,
    6.46249402391333854778e-02,
    -3.27885410759859649565e-02,
    1.79706750811820387126e-02,
    -1.03142241298341437450e-02,
    6.10053870246291332635e-03,
    -3.68452016781138256760e-03,
    2.25964780900612472250e-03,
    -1.40346469989232843813e-03,
    8.81081882437654011382e-04,
    -5.38595305356740546715e-04,
    3.15632070903625950361e-04,
    -3.12754168375120860518e-04,
    3.35529192635519073543e-04,
];
const U: [f64; 6] = [
    -7.72156649015328655494e-02,
    6.32827064025093366517e-01,
    1.45492250137234768737e+00,
    9.77717527963372745603e-01,
    2.28963728064692451092e-01,
    1.33810918536787660377e-02,
];
const V: [f64; 6] = [
    1.0,
    2.45597793713041134822e+00,
    2.12848976379893395361e+00,
    7.69285150456672783825e-01,
    1.04222645593369134254e-01,
    3.21709242282423911810e-03,
];
const W: [f64; 7] = [
    4.18938533204672725052e-01,
    8.33333333333329678849e-02,
    -2.77777777728775536470e-03,
    7.93650558643019558500e-04,
    -5.95187557450339963135e-04,
    8.36339918996282139126e-04,
    -1.63092934096575273989e-03,
];
const TC: f64 = 1.46163214496836224576e+00;
const TF: f64 = -1.21486290535849611461e-01;
const TT: f64 = -3.63867699703950536541e-18;

/// `c[k0] + x*(c[k0+step] + x*(...))` over the listed indices, innermost last index.
fn nest(x: f64, c: &[f64], idx: &[usize]) -> f64 {
    let mut t = c[idx[idx.len() - 1]];
    for &i in idx[..idx.len() - 1].iter().rev() {
        t = c[i] + x * t;
    }
    t
}

/// `math.Lgamma`: (log|Γ(x)|, sign of Γ(x)).
pub(crate) fn lgamma(x: f64) -> (f64, i64) {
    if x.is_nan() || x.is_infinite() {
        return (x, 1);
    }
    if x == 0.0 {
        return (f64::INFINITY, 1);
    }
    let (x, neg) = if x < 0.0 { (-x, true) } else { (x, false) };
    if x < 1.0 / (1u128 << 70) as f64 {
        return (-log(x), if neg { -1 } else { 1 });
    }
    let (mut nadj, mut sign) = (0.0, 1);
    if neg {
        if x >= (1u64 << 52) as f64 {
            return (f64::INFINITY, 1);
        }
        let t = sin_pi(x);
        if t == 0.0 {
            return (f64::INFINITY, 1);
        }
        nadj = log(PI / (t * x).abs());
        if t < 0.0 {
            sign = -1;
        }
    }
    let lg = if x == 1.0 || x == 2.0 {
        return (0.0, sign);
    } else if x < 2.0 {
        below_two(x)
    } else if x < 8.0 {
        two_to_eight(x)
    } else if x < (1u64 << 58) as f64 {
        let t = log(x);
        let z = 1.0 / x;
        let y = z * z;
        let w = W[0] + z * nest(y, &W, &[1, 2, 3, 4, 5, 6]);
        (x - 0.5) * (t - 1.0) + w
    } else {
        x * (log(x) - 1.0)
    };
    (if neg { nadj - lg } else { lg }, sign)
}

/// 0 < x < 2 (not 1): expansions around 1 or 2, around Γ's minimum, or near 0.
fn below_two(x: f64) -> f64 {
    let (mut lg, y, i) = if x <= 0.9 {
        let (y, i) = if x >= 0.731632144968362245 {
            (1.0 - x, 0)
        } else if x >= 0.191632144968362245 {
            (x - 0.46163214496836224576, 1)
        } else {
            (x, 2)
        };
        (-log(x), y, i)
    } else {
        let (y, i) = if x >= 1.731632144968362245 {
            (2.0 - x, 0)
        } else if x >= 1.191632144968362245 {
            (x - TC, 1)
        } else {
            (x - 1.0, 2)
        };
        (0.0, y, i)
    };
    match i {
        0 => {
            let z = y * y;
            let p1 = nest(z, &A, &[0, 2, 4, 6, 8, 10]);
            let p2 = z * nest(z, &A, &[1, 3, 5, 7, 9, 11]);
            let p = y * p1 + p2;
            lg += p - 0.5 * y;
        }
        1 => {
            let z = y * y;
            let w = z * y;
            let p1 = nest(w, &T, &[0, 3, 6, 9, 12]);
            let p2 = nest(w, &T, &[1, 4, 7, 10, 13]);
            let p3 = nest(w, &T, &[2, 5, 8, 11, 14]);
            let p = z * p1 - (TT - w * (p2 + y * p3));
            lg += TF + p;
        }
        _ => {
            let p1 = y * nest(y, &U, &[0, 1, 2, 3, 4, 5]);
            let p2 = 1.0 + y * nest(y, &V, &[1, 2, 3, 4, 5]);
            lg += -0.5 * y + p1 / p2;
        }
    }
    lg
}

/// 2 < x < 8: a rational function of the fraction, times the integer steps down to 2.
fn two_to_eight(x: f64) -> f64 {
    let i = x as i64;
    let y = x - i as f64;
    let p = y * nest(y, &S, &[0, 1, 2, 3, 4, 5, 6]);
    let q = 1.0 + y * nest(y, &R, &[1, 2, 3, 4, 5, 6]);
    let mut lg = 0.5 * y + p / q;
    let mut z = 1.0;
    for k in (2..i).rev() {
        z *= y + k as f64;
    }
    if i >= 3 {
        lg += log(z);
    }
    lg
}

/// sin(πx) for x > 0, with the argument reduced exactly first.
fn sin_pi(x: f64) -> f64 {
    const TWO52: f64 = (1u64 << 52) as f64;
    const TWO53: f64 = (1u64 << 53) as f64;
    if x < 0.25 {
        return -sin(PI * x);
    }
    let mut x = x;
    let mut z = x.floor();
    let n;
    if z != x {
        x %= 2.0;
        n = (x * 4.0) as i64;
    } else if x >= TWO53 {
        x = 0.0;
        n = 0;
    } else {
        if x < TWO52 {
            z = x + TWO52;
        }
        let bit = (z.to_bits() & 1) as i64;
        x = bit as f64;
        n = bit << 2;
    }
    let v = match n {
        0 => sin(PI * x),
        1 | 2 => cos(PI * (0.5 - x)),
        3 | 4 => sin(PI * (1.0 - x)),
        5 | 6 => -cos(PI * (x - 1.5)),
        _ => sin(PI * (x - 2.0)),
    };
    -v
}
