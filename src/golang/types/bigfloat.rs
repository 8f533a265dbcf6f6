//! Untyped float constants beyond `float64`'s range (`1e400`, `1e300 * 1e300`, `1e-400`):
//! a 4096-bit mantissa times a power of two. Go keeps such constants exactly (rationals, or
//! 512-bit `big.Float`s beyond), so that `1e400 / 1e399` is `10`; an `f64` mantissa is not
//! (its rounding shows in the last digit). Only what constant arithmetic needs: `+ - * /`, comparison, and
//! rounding to `f64`.

use super::bigint::BigInt;
use std::cmp::Ordering;

/// Mantissa bits kept after each operation: integers up to about `1e1233` stay exact, as
/// in Go (`(1e400 + 1) - 1e400` is `1`).
const PREC: usize = 4096;

/// `(-1)^neg × m × 2^e`, `m` of exactly [`PREC`] bits (or zero).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct BigFloat {
    neg: bool,
    m: BigInt,
    e: i64,
}

impl BigFloat {
    fn new(neg: bool, m: BigInt, e: i64) -> BigFloat {
        let bits = m.bits();
        if bits == 0 {
            return BigFloat { neg: false, m, e: 0 };
        }
        let (m, e) = match bits.cmp(&PREC) {
            Ordering::Greater => (m.shr(bits - PREC), e + (bits - PREC) as i64),
            Ordering::Less => (m.shl(PREC - bits), e - (PREC - bits) as i64),
            Ordering::Equal => (m, e),
        };
        BigFloat { neg, m, e }
    }

    pub fn is_zero(&self) -> bool {
        self.m.bits() == 0
    }

    /// An exact integer.
    pub fn from_int(i: &BigInt) -> BigFloat {
        let neg = i.cmp(&BigInt::from_i128(0)) == Ordering::Less;
        BigFloat::new(neg, if neg { i.neg() } else { i.clone() }, 0)
    }

    /// A finite `f64`, exactly.
    pub fn from_f64(f: f64) -> BigFloat {
        if f == 0.0 || !f.is_finite() {
            return BigFloat::new(false, BigInt::from_i128(0), 0);
        }
        let bits = f.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = (bits & ((1 << 52) - 1)) as i128;
        let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | 1 << 52, exp - 1075) };
        BigFloat::new(f < 0.0, BigInt::from_i128(m), e)
    }

    /// `digits × 10^exp10` (decimal digits only).
    pub fn from_decimal(digits: &str, exp10: i64) -> Option<BigFloat> {
        let mut m = BigInt::from_i128(0);
        for c in digits.chars() {
            let d = c.to_digit(10)? as i128;
            m = m.mul(&BigInt::from_i128(10)).add(&BigInt::from_i128(d));
        }
        let m = BigFloat::from_int(&m);
        let p = BigFloat::pow10(exp10.unsigned_abs());
        Some(if exp10 >= 0 { m.mul(&p) } else { m.div(&p)? })
    }

    /// `10^n` by squaring.
    fn pow10(mut n: u64) -> BigFloat {
        let mut base = BigFloat::from_int(&BigInt::from_i128(10));
        let mut acc = BigFloat::from_int(&BigInt::from_i128(1));
        while n > 0 {
            if n & 1 == 1 {
                acc = acc.mul(&base);
            }
            base = base.mul(&base);
            n >>= 1;
        }
        acc
    }

    /// `self × 2^k`.
    pub fn ldexp(&self, k: i64) -> BigFloat {
        BigFloat { e: self.e + k, ..self.clone() }
    }

    pub fn neg(&self) -> BigFloat {
        BigFloat { neg: !self.neg && !self.is_zero(), ..self.clone() }
    }

    pub fn mul(&self, o: &BigFloat) -> BigFloat {
        BigFloat::new(self.neg != o.neg, self.m.mul(&o.m), self.e + o.e)
    }

    /// `None` dividing by zero.
    pub fn div(&self, o: &BigFloat) -> Option<BigFloat> {
        let (q, _) = self.m.shl(PREC + 2).divmod(&o.m)?;
        Some(BigFloat::new(self.neg != o.neg, q, self.e - o.e - PREC as i64 - 2))
    }

    pub fn add(&self, o: &BigFloat) -> BigFloat {
        if self.is_zero() {
            return o.clone();
        }
        if o.is_zero() {
            return self.clone();
        }
        let (hi, lo) = if self.e >= o.e { (self, o) } else { (o, self) };
        let shift = (hi.e - lo.e) as usize;
        if shift > 2 * PREC + 2 {
            return hi.clone();
        }
        let signed = |x: &BigFloat, m: BigInt| if x.neg { m.neg() } else { m };
        let sum = signed(hi, hi.m.shl(shift)).add(&signed(lo, lo.m.clone()));
        let neg = sum.cmp(&BigInt::from_i128(0)) == Ordering::Less;
        BigFloat::new(neg, if neg { sum.neg() } else { sum }, lo.e)
    }

    pub fn cmp(&self, o: &BigFloat) -> Ordering {
        let d = self.add(&o.neg());
        match (d.is_zero(), d.neg) {
            (true, _) => Ordering::Equal,
            (false, true) => Ordering::Less,
            (false, false) => Ordering::Greater,
        }
    }

    /// `(m, e)` with the value `≈ m × 2^e` and `0.5 <= |m| < 1` (`(0, 0)` for zero).
    pub fn frexp(&self) -> (f64, i64) {
        if self.is_zero() {
            return (0.0, 0);
        }
        // The top 64 bits, as a fraction of 2^64.
        let top = self.m.shr(PREC - 64).to_i128().unwrap_or(0) as u64;
        let mut m = top as f64 / 18446744073709551616.0;
        let mut e = self.e + PREC as i64;
        if m >= 1.0 {
            m /= 2.0;
            e += 1;
        }
        (if self.neg { -m } else { m }, e)
    }

    /// The nearest `f64` (infinite beyond its range, zero below it).
    pub fn to_f64(&self) -> f64 {
        let (mut f, mut e) = self.frexp();
        while e > 1000 && f.is_finite() {
            f *= 2f64.powi(1000);
            e -= 1000;
        }
        while e < -1000 && f != 0.0 {
            f *= 2f64.powi(-1000);
            e += 1000;
        }
        if !f.is_finite() || f == 0.0 {
            return f;
        }
        f * 2f64.powi(e as i32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_decimal_ratios_are_exact_after_rounding() {
        for e in 300..420 {
            let a = BigFloat::from_decimal("1", e).unwrap();
            let b = BigFloat::from_decimal("1", e - 1).unwrap();
            assert_eq!(a.div(&b).unwrap().to_f64(), 10.0, "1e{e} / 1e{}", e - 1);
        }
    }

    #[test]
    fn rounds_to_the_nearest_f64() {
        for s in ["1", "5", "123456789", "17976931348623157"] {
            for e in [-320, -300, -20, 0, 20, 290] {
                let want: f64 = format!("{s}e{e}").parse().unwrap();
                assert_eq!(BigFloat::from_decimal(s, e).unwrap().to_f64(), want, "{s}e{e}");
            }
        }
        assert_eq!(BigFloat::from_decimal("1", 400).unwrap().to_f64(), f64::INFINITY);
        assert_eq!(BigFloat::from_decimal("1", -400).unwrap().to_f64(), 0.0);
    }

    #[test]
    fn arithmetic_and_order() {
        let x = BigFloat::from_decimal("1", 400).unwrap();
        let y = BigFloat::from_decimal("3", 399).unwrap();
        assert_eq!(x.cmp(&y), Ordering::Greater);
        assert_eq!(y.neg().cmp(&x), Ordering::Less);
        assert!(x.add(&x.neg()).is_zero());
        let tiny = BigFloat::from_decimal("1", -400).unwrap();
        assert_eq!(x.mul(&tiny).to_f64(), 1.0);
        assert_eq!(BigFloat::from_f64(0.1).to_f64(), 0.1);
        assert!(x.div(&BigFloat::from_f64(0.0)).is_none());
        // Far beyond any f64, either way: infinite or zero, never NaN.
        let far = BigFloat::from_decimal("1", 2_000_000_000).unwrap();
        assert_eq!(far.mul(&far).to_f64(), f64::INFINITY);
        assert_eq!(far.neg().to_f64(), f64::NEG_INFINITY);
        assert_eq!(BigFloat::from_f64(1.0).div(&far.mul(&far)).unwrap().to_f64(), 0.0);
    }
}
