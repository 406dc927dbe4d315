//! Fuzzes the segmenter on arbitrary UTF-8 (`newsgraph::fuzz::check_segment`).
#![no_main]

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes) {
        newsgraph::fuzz::check_segment(text);
    }
});
