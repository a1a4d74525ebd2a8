// The hash of the word tables `build.rs` writes into the binary. Shared
// by the build script (which places each key by it) and the library
// (which looks a word up by it), so the two always agree. FNV-1a: the
// keys are short words, and a byte at a time is cheaper for them than a
// general hasher's set-up.
pub const fn table_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}
