//! `strconv.FormatFloat`: Go's float formats (`'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X'`), shortest
//! round-trip digits for precision -1, `bitSize` 32 or 64. The decimal digits come from Rust's
//! exact float formatting (shortest and correctly rounded, ties to even as Go's); the layout
//! of the digits follows Go's rules.

/// A float's decimal digits: `0.d1d2d3... × 10^dp`, no trailing zeros; empty for zero.
struct Digits {
    d: Vec<u8>,
    dp: i32,
}

/// Parse Rust's `{:e}` output (`1.2345e-7`, `0e0`) into digits.
fn from_sci(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut d: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return Digits { d, dp: 0 };
    }
    Digits { d, dp: exp + 1 }
}

/// Shortest digits that read back as the same float of `bits` size.
fn shortest(x: f64, bits: u32) -> Digits {
    if bits == 32 {
        from_sci(&format!("{:e}", (x as f32).abs()))
    } else {
        from_sci(&format!("{:e}", x.abs()))
    }
}

/// An f64's exact decimal expansion has at most 767 significant digits and 1074 after the
/// point: asking for more only adds zeros, which `Digits` drops (and Rust's formatting takes
/// at most 65535 digits).
const MAX_SIGNIFICANT: usize = 800;
const MAX_FRACTION: usize = 1100;

/// `n` significant digits, correctly rounded (`n >= 1`).
fn significant(x: f64, bits: u32, n: usize) -> Digits {
    let n = n.min(MAX_SIGNIFICANT);
    if bits == 32 {
        from_sci(&format!("{:.*e}", n - 1, (x as f32).abs()))
    } else {
        from_sci(&format!("{:.*e}", n - 1, x.abs()))
    }
}

/// Digits rounded to `prec` places after the decimal point.
fn fixed(x: f64, bits: u32, prec: usize) -> Digits {
    let prec = prec.min(MAX_FRACTION);
    let s = if bits == 32 { format!("{:.*}", prec, (x as f32).abs()) } else { format!("{:.*}", prec, x.abs()) };
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut d: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let mut dp = int.len() as i32;
    let lead = d.iter().take_while(|&&c| c == b'0').count();
    d.drain(..lead);
    dp -= lead as i32;
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        dp = 0;
    }
    Digits { d, dp }
}

/// `strconv.FormatFloat(x, fmt, prec, bits)`.
pub fn format_float(x: f64, fmt: u8, prec: i32, bits: u32) -> String {
    let x = if bits == 32 { x as f32 as f64 } else { x };
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    let neg = x.is_sign_negative();
    match fmt {
        b'b' => return fmt_b(x, bits),
        b'x' | b'X' => return fmt_x(x, bits, prec, fmt),
        b'e' | b'E' | b'f' | b'g' | b'G' => {}
        _ => return format!("%{}", fmt as char),
    }
    let short = prec < 0;
    let (digs, prec) = if short {
        let digs = shortest(x, bits);
        let nd = digs.d.len() as i32;
        let p = match fmt {
            b'e' | b'E' => nd - 1,
            b'f' => (nd - digs.dp).max(0),
            _ => nd,
        };
        (digs, p)
    } else {
        let digs = match fmt {
            b'f' => fixed(x, bits, prec as usize),
            b'e' | b'E' => significant(x, bits, prec as usize + 1),
            _ => significant(x, bits, prec.max(1) as usize),
        };
        (digs, if matches!(fmt, b'g' | b'G') { prec.max(1) } else { prec })
    };
    let mut out = String::new();
    fmt_efg(&mut out, neg, &digs, prec, fmt, short);
    out
}

/// Lay out `digs` as `%e`, `%f` or `%g` (Go's rules for choosing between them).
fn fmt_efg(out: &mut String, neg: bool, digs: &Digits, mut prec: i32, mut fmt: u8, short: bool) {
    let (nd, dp) = (digs.d.len() as i32, digs.dp);
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        if short {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            prec = prec.min(nd) - 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    if neg {
        out.push('-');
    }
    if fmt == b'f' {
        fmt_f(out, digs, prec);
    } else {
        fmt_e(out, digs, prec, fmt);
    }
}

fn digit(digs: &Digits, i: i32) -> char {
    if i >= 0 && (i as usize) < digs.d.len() {
        digs.d[i as usize] as char
    } else {
        '0'
    }
}

/// `d.ddddde±dd`.
fn fmt_e(out: &mut String, digs: &Digits, prec: i32, fmt: u8) {
    out.push(digit(digs, 0));
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            out.push(digit(digs, i));
        }
    }
    out.push(fmt as char);
    let exp = if digs.d.is_empty() { 0 } else { digs.dp - 1 };
    out.push(if exp < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", exp.abs()));
}

/// `ddddd.ddddd`.
fn fmt_f(out: &mut String, digs: &Digits, prec: i32) {
    if digs.dp > 0 {
        for i in 0..digs.dp {
            out.push(digit(digs, i));
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 0..prec {
            out.push(digit(digs, digs.dp + i));
        }
    }
}

/// The mantissa and binary exponent of a finite float (`x = mant × 2^exp` for `'b'`).
fn mant_exp(x: f64, bits: u32) -> (u64, i32, u32) {
    if bits == 32 {
        let b = (x as f32).to_bits();
        let (mut mant, mut exp) = ((b & 0x7f_ffff) as u64, ((b >> 23) & 0xff) as i32);
        if exp == 0 {
            exp += 1;
        } else {
            mant |= 1 << 23;
        }
        (mant, exp - 127 - 23, 23)
    } else {
        let b = x.to_bits();
        let (mut mant, mut exp) = (b & ((1 << 52) - 1), ((b >> 52) & 0x7ff) as i32);
        if exp == 0 {
            exp += 1;
        } else {
            mant |= 1 << 52;
        }
        (mant, exp - 1023 - 52, 52)
    }
}

/// `%b`: `-ddddp±ddd`, a decimal mantissa and a binary exponent.
fn fmt_b(x: f64, bits: u32) -> String {
    let (mant, exp, _) = mant_exp(x, bits);
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let esign = if exp >= 0 { "+" } else { "" };
    format!("{sign}{mant}p{esign}{exp}")
}

/// `%x`: `-0x1.hhhhp±dd`, hexadecimal mantissa rounded to `prec` hex digits.
fn fmt_x(x: f64, bits: u32, prec: i32, fmt: u8) -> String {
    let (mut mant, exp, mbits) = mant_exp(x, bits);
    let mut exp = exp + mbits as i32;
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8] = if fmt == b'X' { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    out.push('0');
    out.push(fmt as char);
    out.push((b'0' + ((mant >> 60) & 1) as u8) as char);
    mant <<= 4;
    let ndig = if prec < 0 {
        if mant != 0 {
            i32::MAX
        } else {
            0
        }
    } else {
        prec
    };
    if ndig > 0 {
        out.push('.');
        let mut i = 0;
        while i < ndig && (prec >= 0 || mant != 0) {
            out.push(hex[((mant >> 60) & 15) as usize] as char);
            mant <<= 4;
            i += 1;
        }
    }
    out.push(if fmt == b'X' { 'P' } else { 'p' });
    out.push(if exp < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", exp.abs()));
    out
}
