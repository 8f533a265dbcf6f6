//! `math.Sin`, `math.Cos` and `math.Tan` as Go computes them (Cephes-style: reduce by Pi/4
//! in three parts, then a polynomial per octant), so results agree with real Go to the last
//! bit. Arguments of 2^29 and above (where Go switches to Payne-Hanek reduction) fall back
//! to Rust's functions.

use std::f64::consts::FRAC_2_PI;

const SIN: [f64; 6] = [
    1.589_623_015_765_465_7e-10,
    -2.505_074_776_285_780_7e-8,
    2.755_731_362_138_572_5e-6,
    -1.984_126_982_958_953_9e-4,
    8.333_333_333_322_118_6e-3,
    -1.666_666_666_666_663_1e-1,
];

const COS: [f64; 6] = [
    -1.135_853_652_138_768_2e-11,
    2.087_570_084_197_473_2e-9,
    -2.755_731_417_929_673_9e-7,
    2.480_158_728_885_170_5e-5,
    -1.388_888_888_887_305_6e-3,
    4.166_666_666_666_659_3e-2,
];

const TAN_P: [f64; 3] = [-1.309_369_391_813_837_8e4, 1.153_516_648_385_874_2e6, -1.795_652_519_764_848_8e7];
const TAN_Q: [f64; 4] =
    [1.368_129_634_706_929_5e4, -1.320_892_344_402_109_7e6, 2.500_838_018_233_579_2e7, -5.386_957_559_294_546_3e7];

/// Below this, reducing by Pi/4 in three parts is exact enough (Go's `reduceThreshold`).
const REDUCE_LIMIT: f64 = (1u64 << 29) as f64;

/// `x` (non-negative, below the limit) as an octant `j` (rounded up to even) and the
/// remainder `z` in [-Pi/4, Pi/4].
fn reduce(x: f64) -> (u64, f64) {
    const PI4A: f64 = 7.853_981_256_484_985_4e-1;
    const PI4B: f64 = 3.774_894_707_930_798_2e-8;
    const PI4C: f64 = 2.695_151_429_079_059_5e-15;
    let mut j = (x * (2.0 * FRAC_2_PI)) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    (j, ((x - y * PI4A) - y * PI4B) - y * PI4C)
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
        return f64::NAN;
    }
    let (mut sign, ax) = (x < 0.0, x.abs());
    if ax >= REDUCE_LIMIT {
        return x.sin();
    }
    let (mut j, z) = reduce(ax);
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
        return f64::NAN;
    }
    let ax = x.abs();
    if ax >= REDUCE_LIMIT {
        return x.cos();
    }
    let (mut j, z) = reduce(ax);
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
        return f64::NAN;
    }
    let (sign, ax) = (x < 0.0, x.abs());
    if ax >= REDUCE_LIMIT {
        return x.tan();
    }
    let (j, z) = reduce(ax);
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
