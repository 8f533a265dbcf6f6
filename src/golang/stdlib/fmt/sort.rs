//! The order fmt prints map entries in (Go's `internal/fmtsort`): numbers numerically,
//! strings bytewise, `false < true`, NaN first, pointers and chans by address, structs and
//! arrays element by element, interfaces by dynamic type then value, nil first.

use super::{Kind, Value};
use std::cmp::Ordering;

/// Sort map entries by key.
pub fn sort_entries<V: Value>(entries: &mut [(V, V)]) {
    entries.sort_by(|a, b| compare(&a.0, &b.0));
}

fn compare_f64(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

/// Compare two keys of the same map.
pub fn compare<V: Value>(a: &V, b: &V) -> Ordering {
    let (ka, kb) = (a.kind(), b.kind());
    if ka != kb {
        return (ka as u8).cmp(&(kb as u8));
    }
    match ka {
        Kind::Int => (a.int() as i64).cmp(&(b.int() as i64)),
        Kind::Uint => a.int().cmp(&b.int()),
        Kind::String => a.string().cmp(&b.string()),
        Kind::Float32 | Kind::Float64 => compare_f64(a.float(), b.float()),
        Kind::Complex64 | Kind::Complex128 => {
            let ((ar, ai), (br, bi)) = (a.complex(), b.complex());
            compare_f64(ar, br).then(compare_f64(ai, bi))
        }
        Kind::Bool => a.bool().cmp(&b.bool()),
        Kind::Pointer | Kind::Chan | Kind::UnsafePointer | Kind::Func => a.pointer().cmp(&b.pointer()),
        Kind::Struct => {
            (0..a.len()).map(|i| compare(&a.field(i).2, &b.field(i).2)).find(|o| o.is_ne()).unwrap_or(Ordering::Equal)
        }
        Kind::Array => {
            (0..a.len()).map(|i| compare(&a.index(i), &b.index(i))).find(|o| o.is_ne()).unwrap_or(Ordering::Equal)
        }
        Kind::Interface => match (a.elem(), b.elem()) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some(x), Some(y)) => x.type_string().cmp(&y.type_string()).then_with(|| compare(&x, &y)),
        },
        _ => Ordering::Equal,
    }
}
