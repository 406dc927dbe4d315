//! Fuzzes the corpus reader: any bytes as an article file (`newsgraph::fuzz::check_corpus`).
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    newsgraph::fuzz::check_corpus(bytes);
});
