//! The block function of Go's ChaCha8 generator (math/rand/v2's `ChaCha8`): four ChaCha
//! blocks of 8 rounds, keyed by the 256-bit seed, with counters `c..c+3`, whose 16-word
//! states are interleaved into 32 uint64s as Go lays them out on a little-endian machine.

use super::int;
use crate::golang::vm::native::{NativeCx, NativeResult};
use crate::golang::vm::value::Value;

/// `chachaBlock(s0, s1, s2, s3 uint64, counter uint32, k int) uint64`: word `k` of the block.
pub(crate) fn chacha_block(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let seed = [int(a, 0) as u64, int(a, 1) as u64, int(a, 2) as u64, int(a, 3) as u64];
    let words = block(seed, int(a, 4) as u32);
    NativeResult::one(Value::Int(words.get(int(a, 5) as usize).copied().unwrap_or(0) as i64))
}

/// The 32 words made from `seed` and `counter`.
pub(crate) fn block(seed: [u64; 4], counter: u32) -> [u64; 32] {
    // rows[r][col]: row r of the state of the block with counter `counter + col`.
    let mut rows = [[0u32; 4]; 16];
    let constants = [0x6170_7865, 0x3320_646e, 0x7962_2d32, 0x6b20_6574];
    for col in 0..4 {
        for (r, c) in constants.iter().enumerate() {
            rows[r][col] = *c;
        }
        for (w, s) in seed.iter().enumerate() {
            rows[4 + 2 * w][col] = *s as u32;
            rows[5 + 2 * w][col] = (*s >> 32) as u32;
        }
        rows[12][col] = counter.wrapping_add(col as u32);
    }
    for col in 0..4 {
        let mut b: [u32; 16] = std::array::from_fn(|r| rows[r][col]);
        for _ in 0..4 {
            quarter(&mut b, 0, 4, 8, 12);
            quarter(&mut b, 1, 5, 9, 13);
            quarter(&mut b, 2, 6, 10, 14);
            quarter(&mut b, 3, 7, 11, 15);
            quarter(&mut b, 0, 5, 10, 15);
            quarter(&mut b, 1, 6, 11, 12);
            quarter(&mut b, 2, 7, 8, 13);
            quarter(&mut b, 3, 4, 9, 14);
        }
        // The key rows are added back; the others are the final state.
        for r in 0..16 {
            rows[r][col] = if (4..12).contains(&r) { rows[r][col].wrapping_add(b[r]) } else { b[r] };
        }
    }
    let flat: Vec<u32> = rows.iter().flatten().copied().collect();
    std::array::from_fn(|k| flat[2 * k] as u64 | (flat[2 * k + 1] as u64) << 32)
}

fn quarter(s: &mut [u32; 16], a: usize, b: usize, c: usize, d: usize) {
    s[a] = s[a].wrapping_add(s[b]);
    s[d] = (s[d] ^ s[a]).rotate_left(16);
    s[c] = s[c].wrapping_add(s[d]);
    s[b] = (s[b] ^ s[c]).rotate_left(12);
    s[a] = s[a].wrapping_add(s[b]);
    s[d] = (s[d] ^ s[a]).rotate_left(8);
    s[c] = s[c].wrapping_add(s[d]);
    s[b] = (s[b] ^ s[c]).rotate_left(7);
}
