//! `math.Gamma` by Go's algorithm (Cephes): Stirling's formula above 33 (with the
//! reflection formula for negative arguments), else a shift into [2, 3) and a rational
//! approximation there, evaluated in Go's order so the results agree bit for bit.

#![allow(clippy::excessive_precision, clippy::approx_constant)] // Go's constants, as Go writes them

use super::expo::exp;
use super::powlog::pow;

const GAM_P: [f64; 7] = [
    1.60119522476751861407e-04,
    1.19135147006586384913e-03,
    1.04213797561761569935e-02,
    4.76367800457137231464e-02,
    2.07448227648435975150e-01,
    4.94214826801497100753e-01,
    9.99999999999999996796e-01,
];
const GAM_Q: [f64; 8] = [
    -2.31581873324120129819e-05,
    5.39605580493303397842e-04,
    -4.45641913851797240494e-03,
    1.18139785222060435552e-02,
    3.58236398605498653373e-02,
    -2.34591795718243348568e-01,
    7.14304917030273074085e-02,
    1.00000000000000000320e+00,
];
const GAM_S: [f64; 5] = [
    7.87311395793093628397e-04,
    -2.29549961613378126380e-04,
    -2.68132617805781232825e-03,
    3.47222221605458667310e-03,
    8.33333333333482257126e-02,
];

/// `((c[0]*x + c[1])*x + c[2])...`.
fn horner(x: f64, c: &[f64]) -> f64 {
    c[1..].iter().fold(c[0], |t, k| t * x + k)
}

/// Stirling's formula as two factors (their product overflows sooner than each).
fn stirling(x: f64) -> (f64, f64) {
    if x > 200.0 {
        return (f64::INFINITY, 1.0);
    }
    const SQRT_TWO_PI: f64 = 2.506628274631000502417;
    let w = 1.0 / x;
    let w = 1.0 + w * horner(w, &GAM_S);
    let mut y1 = exp(x);
    let mut y2 = 1.0;
    if x > 143.01608 {
        let v = pow(x, 0.5 * x - 0.25);
        (y1, y2) = (v, v / y1);
    } else {
        y1 = pow(x, x - 0.5) / y1;
    }
    (y1, SQRT_TWO_PI * w * y2)
}

/// `math.Gamma`.
pub(crate) fn gamma(x: f64) -> f64 {
    const EULER: f64 = 0.57721566490153286060651209008240243104215933593992;
    if (x < 0.0 && x.fract() == 0.0) || x == f64::NEG_INFINITY || x.is_nan() {
        return f64::from_bits(0x7ff8_0000_0000_0001);
    }
    if x == f64::INFINITY {
        return x;
    }
    if x == 0.0 {
        return f64::INFINITY.copysign(x);
    }
    let q = x.abs();
    if q > 33.0 {
        return gamma_large(x, q);
    }
    let (mut x, mut z) = (x, 1.0);
    while x >= 3.0 {
        x -= 1.0;
        z *= x;
    }
    while x < 0.0 {
        if x > -1e-09 {
            return gamma_small(x, z, EULER);
        }
        z /= x;
        x += 1.0;
    }
    while x < 2.0 {
        if x < 1e-09 {
            return gamma_small(x, z, EULER);
        }
        z /= x;
        x += 1.0;
    }
    if x == 2.0 {
        return z;
    }
    let x = x - 2.0;
    z * horner(x, &GAM_P) / horner(x, &GAM_Q)
}

fn gamma_small(x: f64, z: f64, euler: f64) -> f64 {
    if x == 0.0 {
        return f64::INFINITY;
    }
    z / ((1.0 + euler * x) * x)
}

/// |x| > 33: Stirling, reflected for negative x.
fn gamma_large(x: f64, q: f64) -> f64 {
    if x >= 0.0 {
        let (y1, y2) = stirling(x);
        return y1 * y2;
    }
    let mut p = q.floor();
    let sign = if (p as i64) & 1 == 0 { -1.0 } else { 1.0 };
    let mut z = q - p;
    if z > 0.5 {
        p += 1.0;
        z = q - p;
    }
    z = q * super::trig::sin(std::f64::consts::PI * z);
    if z == 0.0 {
        return f64::INFINITY * sign;
    }
    let (sq1, sq2) = stirling(q);
    let absz = z.abs();
    let d = absz * sq1 * sq2;
    let z = if d.is_infinite() { std::f64::consts::PI / absz / sq1 / sq2 } else { std::f64::consts::PI / d };
    sign * z
}
