//! `unicode`'s classes and case mappings over runes (`i32`, as Go's `rune`): the classes come
//! from tables generated from Go's own (`tables.rs`), the case mappings from Rust's simple
//! one-to-one mappings.

mod tables;

fn in_table(t: &[(u32, u32)], r: i32) -> bool {
    if r < 0 {
        return false;
    }
    let r = r as u32;
    let i = t.partition_point(|&(_, hi)| hi < r);
    i < t.len() && t[i].0 <= r
}

/// `strconv.IsPrint` / `unicode.IsPrint`.
pub fn is_print(r: i32) -> bool {
    in_table(tables::PRINT, r)
}
/// `unicode.IsGraphic`: printable or a space separator.
pub fn is_graphic(r: i32) -> bool {
    is_print(r) || in_table(tables::SPACE, r) && r > 0x85 && r != 0x2028 && r != 0x2029
}
pub fn is_letter(r: i32) -> bool {
    in_table(tables::LETTER, r)
}
pub fn is_digit(r: i32) -> bool {
    in_table(tables::DIGIT, r)
}
pub fn is_number(r: i32) -> bool {
    in_table(tables::NUMBER, r)
}
pub fn is_upper(r: i32) -> bool {
    in_table(tables::UPPER, r)
}
pub fn is_lower(r: i32) -> bool {
    in_table(tables::LOWER, r)
}
pub fn is_punct(r: i32) -> bool {
    in_table(tables::PUNCT, r)
}
pub fn is_space(r: i32) -> bool {
    in_table(tables::SPACE, r)
}
pub fn is_control(r: i32) -> bool {
    (0..0x20).contains(&r) || (0x7f..0xa0).contains(&r)
}

fn map_one(r: i32, f: impl Fn(char) -> Option<char>) -> i32 {
    match char::from_u32(r as u32) {
        Some(c) => f(c).map_or(r, |m| m as i32),
        None => r,
    }
}

/// The runes whose Go mapping differs from Rust's single-rune one: (rune, upper, lower),
/// found by comparing every rune with Go 1.27.3's `unicode.ToUpper`/`ToLower`.
const CASE_OVERRIDES: &[(i32, i32, i32)] = &[
    (0x130, 0x130, 0x69),
    (0x1f80, 0x1f88, 0x1f80),
    (0x1f81, 0x1f89, 0x1f81),
    (0x1f82, 0x1f8a, 0x1f82),
    (0x1f83, 0x1f8b, 0x1f83),
    (0x1f84, 0x1f8c, 0x1f84),
    (0x1f85, 0x1f8d, 0x1f85),
    (0x1f86, 0x1f8e, 0x1f86),
    (0x1f87, 0x1f8f, 0x1f87),
    (0x1f90, 0x1f98, 0x1f90),
    (0x1f91, 0x1f99, 0x1f91),
    (0x1f92, 0x1f9a, 0x1f92),
    (0x1f93, 0x1f9b, 0x1f93),
    (0x1f94, 0x1f9c, 0x1f94),
    (0x1f95, 0x1f9d, 0x1f95),
    (0x1f96, 0x1f9e, 0x1f96),
    (0x1f97, 0x1f9f, 0x1f97),
    (0x1fa0, 0x1fa8, 0x1fa0),
    (0x1fa1, 0x1fa9, 0x1fa1),
    (0x1fa2, 0x1faa, 0x1fa2),
    (0x1fa3, 0x1fab, 0x1fa3),
    (0x1fa4, 0x1fac, 0x1fa4),
    (0x1fa5, 0x1fad, 0x1fa5),
    (0x1fa6, 0x1fae, 0x1fa6),
    (0x1fa7, 0x1faf, 0x1fa7),
    (0x1fb3, 0x1fbc, 0x1fb3),
    (0x1fc3, 0x1fcc, 0x1fc3),
    (0x1ff3, 0x1ffc, 0x1ff3),
];

fn override_of(r: i32) -> Option<(i32, i32)> {
    CASE_OVERRIDES.binary_search_by_key(&r, |o| o.0).ok().map(|i| (CASE_OVERRIDES[i].1, CASE_OVERRIDES[i].2))
}

/// `unicode.ToUpper` (Go's simple mapping: runes whose upper case is several runes stay).
pub fn to_upper(r: i32) -> i32 {
    override_of(r).map_or_else(|| map_one(r, |c| single(c.to_uppercase())), |o| o.0)
}
/// `unicode.ToLower`.
pub fn to_lower(r: i32) -> i32 {
    override_of(r).map_or_else(|| map_one(r, |c| single(c.to_lowercase())), |o| o.1)
}
/// `unicode.ToTitle`: upper case, except for the four digraph letters (DŽ, LJ, NJ, DZ, whose
/// title case is the mixed form) and Georgian Mkhedruli (its own title case).
pub fn to_title(r: i32) -> i32 {
    match r {
        0x1c4..=0x1c6 => 0x1c5,
        0x1c7..=0x1c9 => 0x1c8,
        0x1ca..=0x1cc => 0x1cb,
        0x1f1..=0x1f3 => 0x1f2,
        0x10d0..=0x10fa | 0x10fd..=0x10ff => r,
        _ => to_upper(r),
    }
}

fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
    let c = it.next()?;
    it.next().is_none().then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_letter('a' as i32) && is_letter('é' as i32) && !is_letter('1' as i32));
        assert!(is_digit('7' as i32) && !is_digit('x' as i32));
        assert!(is_space(' ' as i32) && is_space('\n' as i32) && is_space(0x85) && !is_space(0));
        assert!(is_upper('Q' as i32) && is_lower('q' as i32) && !is_upper('q' as i32));
        assert!(is_punct('!' as i32) && !is_punct('+' as i32));
        assert!(is_print(' ' as i32) && !is_print(0xad) && !is_print('\t' as i32));
        assert!(is_graphic(0x3000) && !is_print(0x3000));
        assert_eq!((to_upper('a' as i32), to_lower('Ä' as i32)), ('A' as i32, 'ä' as i32));
        assert_eq!(to_upper(-1), -1);
        // Where Rust's full mapping has several runes, Go keeps a simple one.
        assert_eq!((to_lower(0x130), to_upper(0x1F80), to_upper(0xDF)), (0x69, 0x1F88, 0xDF));
    }
}
