//! Integers beyond `i128` for untyped constants (`1 << 100 * 1 << 100 >> 190`): Go computes
//! them exactly up to 512 bits. Sign and magnitude in 32-bit limbs, little-endian; only what
//! constant arithmetic needs.

use std::cmp::Ordering;

/// Go's limit: an untyped integer constant has at most this many bits.
pub(crate) const MAX_BITS: usize = 512;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct BigInt {
    neg: bool,
    /// Little-endian limbs, no trailing zeros (zero is empty).
    mag: Vec<u32>,
}

fn trim(mut m: Vec<u32>) -> Vec<u32> {
    while m.last() == Some(&0) {
        m.pop();
    }
    m
}

fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
    a.len().cmp(&b.len()).then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

fn add_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len().max(b.len()) + 1);
    let mut carry = 0u64;
    for i in 0..a.len().max(b.len()) {
        let s = *a.get(i).unwrap_or(&0) as u64 + *b.get(i).unwrap_or(&0) as u64 + carry;
        out.push(s as u32);
        carry = s >> 32;
    }
    if carry > 0 {
        out.push(carry as u32);
    }
    out
}

/// `a - b` for `a >= b`.
fn sub_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0i64;
    for (i, &ai) in a.iter().enumerate() {
        let mut d = ai as i64 - *b.get(i).unwrap_or(&0) as i64 - borrow;
        borrow = 0;
        if d < 0 {
            d += 1 << 32;
            borrow = 1;
        }
        out.push(d as u32);
    }
    trim(out)
}

fn mul_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = out[i + j] as u64 + x as u64 * y as u64 + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        out[i + b.len()] = carry as u32;
    }
    trim(out)
}

fn bits_mag(a: &[u32]) -> usize {
    match a.last() {
        None => 0,
        Some(&top) => (a.len() - 1) * 32 + (32 - top.leading_zeros() as usize),
    }
}

fn bit(a: &[u32], i: usize) -> bool {
    a.get(i / 32).is_some_and(|l| l >> (i % 32) & 1 == 1)
}

fn shl_mag(a: &[u32], n: usize) -> Vec<u32> {
    let (limbs, bits) = (n / 32, n % 32);
    let mut out = vec![0u32; limbs];
    let mut carry = 0u32;
    for &x in a {
        out.push(if bits == 0 { x } else { x << bits | carry });
        carry = if bits == 0 { 0 } else { x >> (32 - bits) };
    }
    if carry > 0 {
        out.push(carry);
    }
    trim(out)
}

fn shr_mag(a: &[u32], n: usize) -> Vec<u32> {
    let (limbs, bits) = (n / 32, n % 32);
    if limbs >= a.len() {
        return vec![];
    }
    let src = &a[limbs..];
    let mut out = Vec::with_capacity(src.len());
    for i in 0..src.len() {
        let lo = src[i] >> bits;
        let hi = if bits == 0 { 0 } else { src.get(i + 1).map_or(0, |h| h << (32 - bits)) };
        out.push(lo | hi);
    }
    trim(out)
}

/// Quotient and remainder of magnitudes, bit by bit in place (no allocation per bit: big float
/// constants divide 8,000-bit numbers).
fn divmod_mag(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let mut q = vec![0u32; a.len()];
    let mut r: Vec<u32> = Vec::with_capacity(b.len() + 1);
    for i in (0..bits_mag(a)).rev() {
        // r = r << 1 | bit i of a
        let mut carry = bit(a, i) as u32;
        for limb in r.iter_mut() {
            let out = *limb >> 31;
            *limb = *limb << 1 | carry;
            carry = out;
        }
        if carry != 0 {
            r.push(carry);
        }
        if cmp_mag(&r, b) != Ordering::Less {
            sub_in_place(&mut r, b);
            q[i / 32] |= 1 << (i % 32);
        }
    }
    (trim(q), r)
}

/// `a -= b` for `a >= b`, trimmed.
fn sub_in_place(a: &mut Vec<u32>, b: &[u32]) {
    let mut borrow = 0u64;
    for (i, x) in a.iter_mut().enumerate() {
        let y = *b.get(i).unwrap_or(&0) as u64 + borrow;
        borrow = (y > *x as u64) as u64;
        *x = (*x as u64 + (borrow << 32) - y) as u32;
    }
    while a.last() == Some(&0) {
        a.pop();
    }
}

impl BigInt {
    pub fn from_i128(v: i128) -> BigInt {
        let u = v.unsigned_abs();
        let mag = trim((0..4).map(|i| (u >> (32 * i)) as u32).collect());
        BigInt { neg: v < 0, mag }
    }

    /// The value as an `i128` when it fits.
    pub fn to_i128(&self) -> Option<i128> {
        if self.mag.len() > 4 {
            return None;
        }
        let u = self.mag.iter().enumerate().fold(0u128, |acc, (i, &l)| acc | (l as u128) << (32 * i));
        if self.neg {
            if u <= 1u128 << 127 {
                return Some((u as i128).wrapping_neg());
            }
            None
        } else {
            i128::try_from(u).ok()
        }
    }

    pub fn bits(&self) -> usize {
        bits_mag(&self.mag)
    }

    fn new(neg: bool, mag: Vec<u32>) -> BigInt {
        let mag = trim(mag);
        BigInt { neg: neg && !mag.is_empty(), mag }
    }

    pub fn add(&self, o: &BigInt) -> BigInt {
        if self.neg == o.neg {
            return BigInt::new(self.neg, add_mag(&self.mag, &o.mag));
        }
        match cmp_mag(&self.mag, &o.mag) {
            Ordering::Less => BigInt::new(o.neg, sub_mag(&o.mag, &self.mag)),
            _ => BigInt::new(self.neg, sub_mag(&self.mag, &o.mag)),
        }
    }

    pub fn neg(&self) -> BigInt {
        BigInt::new(!self.neg, self.mag.clone())
    }

    pub fn mul(&self, o: &BigInt) -> BigInt {
        BigInt::new(self.neg != o.neg, mul_mag(&self.mag, &o.mag))
    }

    /// Truncated quotient and remainder (Go's `/` and `%`); `None` dividing by zero.
    pub fn divmod(&self, o: &BigInt) -> Option<(BigInt, BigInt)> {
        if o.mag.is_empty() {
            return None;
        }
        let (q, r) = divmod_mag(&self.mag, &o.mag);
        Some((BigInt::new(self.neg != o.neg, q), BigInt::new(self.neg, r)))
    }

    pub fn shl(&self, n: usize) -> BigInt {
        BigInt::new(self.neg, shl_mag(&self.mag, n))
    }

    /// Arithmetic shift right (rounds toward minus infinity, as Go's constants do).
    pub fn shr(&self, n: usize) -> BigInt {
        if !self.neg {
            return BigInt::new(false, shr_mag(&self.mag, n));
        }
        // -((|x| - 1) >> n) - 1
        let one = BigInt::from_i128(1);
        let m = BigInt::new(false, self.mag.clone()).add(&one.neg());
        BigInt::new(false, shr_mag(&m.mag, n)).add(&one).neg()
    }

    pub fn cmp(&self, o: &BigInt) -> Ordering {
        match (self.neg, o.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(&self.mag, &o.mag),
            (true, true) => cmp_mag(&o.mag, &self.mag),
        }
    }

    pub fn to_f64(&self) -> f64 {
        let m = self.mag.iter().rev().fold(0f64, |acc, &l| acc * 4294967296.0 + l as f64);
        if self.neg {
            -m
        } else {
            m
        }
    }

    /// Decimal digits.
    pub fn to_decimal(&self) -> String {
        if self.mag.is_empty() {
            return "0".into();
        }
        let mut parts = Vec::new();
        let mut m = self.mag.clone();
        let billion = [1_000_000_000u32];
        while !m.is_empty() {
            let (q, r) = divmod_mag(&m, &billion);
            parts.push(r.first().copied().unwrap_or(0));
            m = q;
        }
        let mut s = if self.neg { "-".to_string() } else { String::new() };
        s.push_str(&parts.last().copied().unwrap_or(0).to_string());
        for p in parts.iter().rev().skip(1) {
            s.push_str(&format!("{p:09}"));
        }
        s
    }
}
