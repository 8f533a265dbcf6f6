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
    // Each of the four blocks (counters counter..counter+3) as 16 words.
    let constants = [0x6170_7865, 0x3320_646e, 0x7962_2d32, 0x6b20_6574];
    let mut cols = [[0u32; 16]; 4];
    for (c, init) in cols.iter_mut().enumerate() {
        init[..4].copy_from_slice(&constants);
        for (w, s) in seed.iter().enumerate() {
            init[4 + 2 * w] = *s as u32;
            init[5 + 2 * w] = (*s >> 32) as u32;
        }
        init[12] = counter.wrapping_add(c as u32);
        let mut b = *init;
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
        for (r, x) in init.iter_mut().enumerate() {
            *x = if (4..12).contains(&r) { x.wrapping_add(b[r]) } else { b[r] };
        }
    }
    // Word r of block c sits at index 4r + c of Go's buffer, read as little-endian uint64s.
    let word = |i: usize| cols[i % 4][i / 4] as u64;
    std::array::from_fn(|k| word(2 * k) | word(2 * k + 1) << 32)
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
