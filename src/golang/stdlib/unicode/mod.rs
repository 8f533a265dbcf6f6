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

/// `unicode.ToUpper` (simple mapping: runes whose upper case is several runes stay).
pub fn to_upper(r: i32) -> i32 {
    map_one(r, |c| single(c.to_uppercase()))
}
/// `unicode.ToLower`.
pub fn to_lower(r: i32) -> i32 {
    map_one(r, |c| single(c.to_lowercase()))
}
/// `unicode.ToTitle` (as upper case).
pub fn to_title(r: i32) -> i32 {
    to_upper(r)
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
    }
}
