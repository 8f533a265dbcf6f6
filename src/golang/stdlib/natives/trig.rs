//! `math.Sin`, `math.Cos` and `math.Tan` as Go computes them (Cephes-style: reduce by Pi/4
//! in three parts, then a polynomial per octant), so results agree with real Go to the last
//! bit. Arguments of 2^29 and above (where Go switches to Payne-Hanek reduction) fall back
//! to Rust's functions.

#![allow(clippy::excessive_precision)]

use std::f64::consts::FRAC_2_PI;

const SIN: [f64; 6] = [
    1.58962301576546568060e-10,
    -2.50507477628578072866e-8,
    2.75573136213857245213e-6,
    -1.98412698295895385996e-4,
    8.33333333332211858878e-3,
    -1.66666666666666307295e-1,
];

const COS: [f64; 6] = [
    -1.13585365213876817300e-11,
    2.08757008419747316778e-9,
    -2.75573141792967388112e-7,
    2.48015872888517045348e-5,
    -1.38888888888730564116e-3,
    4.16666666666665929218e-2,
];

const TAN_P: [f64; 3] = [-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7];
const TAN_Q: [f64; 4] =
    [1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7, -5.38695755929454629881e7];

/// Below this, reducing by Pi/4 in three parts is exact enough (Go's `reduceThreshold`).
const REDUCE_LIMIT: f64 = (1u64 << 29) as f64;

/// `x` (non-negative, below the limit) as an octant `j` (rounded up to even) and the
/// remainder `z` in [-Pi/4, Pi/4].
fn reduce(x: f64) -> (u64, f64) {
    const PI4A: f64 = 7.85398125648498535156e-1;
    const PI4B: f64 = 3.77489470793079817668e-8;
    const PI4C: f64 = 2.69515142907905952645e-15;
    let mut j = (x * (2.0 * FRAC_2_PI)) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    (j, ((x - y * PI4A) - y * PI4B) - y * PI4C)
}

/// [`reduce`] below the limit, Payne–Hanek at or above it.
fn reduce_any(x: f64) -> (u64, f64) {
    if x >= REDUCE_LIMIT {
        super::trigreduce::trig_reduce(x)
    } else {
        reduce(x)
    }
}

fn sin_poly(z: f64) -> f64 {
    let zz = z * z;
    z + z * zz * (((((SIN[0] * zz + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5])
}

fn cos_poly(z: f64) -> f64 {
    let zz = z * z;
    1.0 - 0.5 * zz + zz * zz * (((((COS[0] * zz + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5])
}

pub(crate) fn sin(x: f64) -> f64 {
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return f64::from_bits(0x7ff8_0000_0000_0001); // Go's NaN()
    }
    let (mut sign, ax) = (x < 0.0, x.abs());
    let (mut j, z) = reduce_any(ax);
    j &= 7;
    if j > 3 {
        sign = !sign;
        j -= 4;
    }
    let y = if j == 1 || j == 2 { cos_poly(z) } else { sin_poly(z) };
    if sign {
        -y
    } else {
        y
    }
}

pub(crate) fn cos(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return f64::from_bits(0x7ff8_0000_0000_0001); // Go's NaN()
    }
    let ax = x.abs();
    let (mut j, z) = reduce_any(ax);
    j &= 7;
    let mut sign = false;
    if j > 3 {
        j -= 4;
        sign = !sign;
    }
    if j > 1 {
        sign = !sign;
    }
    let y = if j == 1 || j == 2 { sin_poly(z) } else { cos_poly(z) };
    if sign {
        -y
    } else {
        y
    }
}

pub(crate) fn tan(x: f64) -> f64 {
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return f64::from_bits(0x7ff8_0000_0000_0001); // Go's NaN()
    }
    let (sign, ax) = (x < 0.0, x.abs());
    let (j, z) = reduce_any(ax);
    let zz = z * z;
    let mut y = if zz > 1e-14 {
        z + z
            * (zz * ((TAN_P[0] * zz + TAN_P[1]) * zz + TAN_P[2])
                / ((((zz + TAN_Q[0]) * zz + TAN_Q[1]) * zz + TAN_Q[2]) * zz + TAN_Q[3]))
    } else {
        z
    };
    if j & 2 == 2 {
        y = -1.0 / y;
    }
    if sign {
        -y
    } else {
        y
    }
}
