//! Fuzzes the whole per-article extraction on arbitrary bytes
//! (`newsgraph::fuzz::check_extract`).
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    newsgraph::fuzz::check_extract(bytes);
});
