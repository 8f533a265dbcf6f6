//! A lesson part parsed on first use: the site loads every lesson at start for navigation and
//! the home page, but a lesson's quiz and its examples' golden runs are only read when a page
//! shows them, so their JSON is kept as text until then. Reads go through `Deref`, so callers
//! use the field like the value itself (`&l.quiz`, `ex.golden.iter()`).

use std::ops::Deref;
use std::sync::OnceLock;

/// A value that is either ready or parsed from static text on first read. Parse errors give
/// the default value: loads that must report them (`Course::load_from`, `chanlab check`)
/// parse eagerly.
pub struct Lazy<T> {
    cell: OnceLock<T>,
    src: Option<Source<T>>,
}

/// The text a value is parsed from, and its parser.
type Source<T> = (&'static str, fn(&'static str) -> T);

impl<T> Lazy<T> {
    /// A value already parsed.
    pub fn ready(value: T) -> Self {
        let cell = OnceLock::new();
        let _ = cell.set(value);
        Lazy { cell, src: None }
    }

    /// A value `parse(text)` computes on first read.
    pub fn deferred(text: &'static str, parse: fn(&'static str) -> T) -> Self {
        Lazy { cell: OnceLock::new(), src: Some((text, parse)) }
    }

    /// Whether the value has been computed (for tests of the laziness).
    pub fn is_parsed(&self) -> bool {
        self.cell.get().is_some()
    }
}

impl<T> Lazy<Vec<T>> {
    /// Whether the list is empty, without parsing it when it is still JSON text (a JSON array
    /// is empty when `]` follows `[`).
    pub fn is_empty(&self) -> bool {
        match (self.cell.get(), self.src) {
            (Some(v), _) => v.is_empty(),
            (None, Some((text, _))) => {
                text.trim_start().strip_prefix('[').is_none_or(|rest| rest.trim_start().starts_with(']'))
            }
            (None, None) => true,
        }
    }
}

impl<T: Default> Deref for Lazy<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.cell.get_or_init(|| match self.src {
            Some((text, parse)) => parse(text),
            None => T::default(),
        })
    }
}

impl<'a, T> IntoIterator for &'a Lazy<Vec<T>> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.deref().iter()
    }
}

impl<T: Clone> Clone for Lazy<T> {
    fn clone(&self) -> Self {
        Lazy { cell: self.cell.clone(), src: self.src }
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Lazy<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.cell.get() {
            Some(v) => v.fmt(f),
            None => f.write_str("<not parsed yet>"),
        }
    }
}

impl<T: PartialEq + Default> PartialEq<T> for Lazy<T> {
    fn eq(&self, other: &T) -> bool {
        **self == *other
    }
}

impl<T: Default> From<T> for Lazy<T> {
    fn from(value: T) -> Self {
        Lazy::ready(value)
    }
}

impl<T: Default> Default for Lazy<T> {
    fn default() -> Self {
        Lazy::ready(T::default())
    }
}

#[cfg(test)]
mod tests {
    use super::Lazy;

    fn parse(text: &'static str) -> Vec<u32> {
        serde_json::from_str(text).unwrap_or_default()
    }

    #[test]
    fn parses_on_first_read() {
        let l = Lazy::deferred("[1, 2, 3]", parse);
        assert!(!l.is_parsed(), "parsed before any read");
        assert!(!l.is_empty());
        assert!(!l.is_parsed(), "is_empty parsed the text");
        assert_eq!(l.len(), 3);
        assert!(l.is_parsed());
        assert_eq!((&l).into_iter().sum::<u32>(), 6);
    }

    #[test]
    fn empty_without_parsing() {
        for (text, want) in [("[]", true), (" [ \n ] ", true), ("[0]", false), ("", true)] {
            let l = Lazy::deferred(text, parse);
            assert_eq!(l.is_empty(), want, "{text:?}");
            assert!(!l.is_parsed(), "{text:?}");
            assert_eq!(l.iter().next().is_none(), want, "parsed: {text:?}");
        }
    }
}
