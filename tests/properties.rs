//! Properties of the per-article stages on generated input (proptest): reading, segmenting
//! and extracting never panic, every span lies inside the text on char boundaries and in
//! order, and the same article gives the same quads. The checks are `newsgraph::fuzz`'s, which
//! the fuzz targets under `tests/fuzz/` run too.

use newsgraph::fuzz::{check_corpus, check_extract, check_segment};
use proptest::prelude::*;

/// Text made of pieces that stress the segmenter and the extractors: quotation marks of every
/// kind (balanced or not), names and cues, abbreviations, line ends, a BOM, right-to-left
/// letters, emoji, combining marks and control characters.
fn article_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Petrov",
        "Laurent",
        "Ivanova said",
        " said",
        " told Brooks",
        "Mr.",
        "U.S.",
        "Jan. 5,",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        ".",
        ",",
        ":",
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "(",
        ")",
        "—",
        "\u{feff}",
        "\u{200f}",
        "مرحبا",
        "שלום",
        "😀",
        "👨\u{200d}👩\u{200d}👧",
        "e\u{301}",
        "\u{308}",
        "\t",
        "\x1b",
        "<p>",
        "&ldquo;",
        "2022-01-05",
        "News ID: 1",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn reading_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_corpus(&bytes);
    }

    #[test]
    fn segment_spans_are_ordered_inside_and_on_char_boundaries(text in article_text()) {
        check_segment(&text);
    }

    #[test]
    fn extraction_spans_are_inside_and_the_quads_are_the_same_twice(text in article_text()) {
        check_extract(text.as_bytes());
    }

    #[test]
    fn extraction_of_any_text_never_panics(text in "\\PC{0,300}") {
        check_extract(text.as_bytes());
    }
}
