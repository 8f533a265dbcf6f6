//! Payne–Hanek argument reduction for huge trigonometric arguments (Go's `trigReduce`):
//! `x` times 4/Pi in 192-bit fixed point from the bits of 4/Pi, so Sin, Cos and Tan of
//! arguments at or above 2**29 agree with real Go.

/// The bits of 4/Pi, most significant first (Go's `mPi4`).
const M_PI4: [u64; 20] = [
    0x0000000000000001,
    0x45f306dc9c882a53,
    0xf84eafa3ea69bb81,
    0xb6c52b3278872083,
    0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0,
    0x0c925dd413a32439,
    0xfc3bd63962534e7d,
    0xd1046bea5d768909,
    0xd338e04d68befc82,
    0x7323ac7306a673e9,
    0x3908bf177bf25076,
    0x3ff12fffbc0b301f,
    0xde5e2316b414da3e,
    0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6,
    0x7a0e73ef14a525d4,
    0xd7f6bf623f1aba10,
    0xac06608df8f6d757,
];

/// `x` (at least Pi/4) as an octant `j` (rounded up to even) and the remainder `z`
/// in [-Pi/4, Pi/4].
pub(crate) fn trig_reduce(x: f64) -> (u64, f64) {
    const PI4: f64 = std::f64::consts::FRAC_PI_4;
    if x < PI4 {
        return (0, x);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1023 - 52;
    let ix = (bits & !(0x7ff << 52)) | 1 << 52;
    let (digit, shift) = (((exp + 61) / 64) as usize, ((exp + 61) % 64) as u32);
    let word = |i: usize| (M_PI4[digit + i] << shift) | M_PI4[digit + i + 1].checked_shr(64 - shift).unwrap_or(0);
    let (z0, z1, z2) = (word(0), word(1), word(2));
    let z2hi = ((z2 as u128 * ix as u128) >> 64) as u64;
    let z1full = z1 as u128 * ix as u128;
    let (z1hi, z1lo) = ((z1full >> 64) as u64, z1full as u64);
    let z0lo = z0.wrapping_mul(ix);
    let (lo, carry) = z1lo.overflowing_add(z2hi);
    let hi = z0lo.wrapping_add(z1hi).wrapping_add(carry as u64);
    let mut j = hi >> 61;
    let hi = hi << 3 | lo >> 61;
    let lz = hi.leading_zeros();
    let e = 1023 - (lz as u64 + 1);
    let mut hi = (hi << (lz + 1)) | lo.checked_shr(64 - (lz + 1)).unwrap_or(0);
    hi >>= 64 - 52;
    hi |= e << 52;
    let mut z = f64::from_bits(hi);
    if j & 1 == 1 {
        j += 1;
        j &= 7;
        z -= 1.0;
    }
    (j, z * PI4)
}
