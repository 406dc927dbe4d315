//! Invariant checks on arbitrary input, shared by the property tests (`tests/properties.rs`)
//! and fuzzing: each `check_*` function takes any bytes or text, runs a stage on it and
//! panics when an invariant breaks, so that a failure found by one is replayed by the other.
//!
//! The invariants: reading never panics and returns an article or a `ReadError`; every span a
//! stage returns lies inside the article's text, on char boundaries; sentences are ordered and
//! do not overlap, and each token lies inside its sentence, in order; and extracting the same
//! article twice gives the same quads. Deliberately absent: any judgement of what was found.

use std::path::Path;

use crate::model::{Article, Span};
use crate::{corpus, pipeline, rdf, text};

/// Reads `bytes` as an article file; checks the header regions it skips.
pub fn check_corpus(bytes: &[u8]) {
    let Ok(article) = corpus::parse("fuzz", bytes, Path::new("fuzz.txt")) else {
        return;
    };
    check_ordered(&article, &article.skipped, "skipped region");
}

/// Segments `text` (when it reads as an article); checks paragraphs, sentences and tokens.
pub fn check_segment(text: &str) {
    let Ok(article) = corpus::parse("fuzz", text, Path::new("fuzz.txt")) else {
        return;
    };
    let segmented = text::segment(&article);
    check_ordered(&article, &segmented.paragraphs, "paragraph");
    let sentences: Vec<Span> = segmented.sentences.iter().map(|s| s.span).collect();
    check_ordered(&article, &sentences, "sentence");
    for sentence in &segmented.sentences {
        let tokens: Vec<Span> = sentence.tokens.iter().map(|token| token.span).collect();
        check_ordered(&article, &tokens, "token");
        for token in &tokens {
            assert!(
                sentence.span.contains(*token),
                "token {token:?} outside its sentence {:?}",
                sentence.span
            );
        }
    }
}

/// Runs the whole per-article extraction on `bytes` (when they read as an article); checks
/// that every span of the result is inside the text and that a second run gives the same
/// quads.
pub fn check_extract(bytes: &[u8]) {
    let Ok(article) = corpus::parse("fuzz", bytes, Path::new("fuzz.txt")) else {
        return;
    };
    let document = pipeline::document(article.clone());
    let extraction = &document.extraction;
    let mut spans: Vec<Span> = Vec::new();
    spans.extend(extraction.mentions.iter().map(|m| m.mention.span));
    for quotation in &extraction.quotations {
        spans.push(quotation.span);
        spans.extend(&quotation.parts);
        spans.extend(&quotation.evidence);
        spans.extend(quotation.cue_span);
    }
    for event in &extraction.events {
        spans.extend(&event.participant_mentions);
        spans.extend(&event.evidence);
    }
    for span in &spans {
        check_inside(&article, *span, "extracted span");
    }
    let base = rdf::Base::default();
    let again = pipeline::document(article);
    assert_eq!(
        rdf::to_quads(&document, &base),
        rdf::to_quads(&again, &base),
        "the same article gave different quads"
    );
}

/// Spans in order, not overlapping, each inside the text on char boundaries.
fn check_ordered(article: &Article, spans: &[Span], what: &str) {
    let mut end = 0;
    for span in spans {
        check_inside(article, *span, what);
        assert!(end <= span.start, "{what} {span:?} overlaps the one before");
        end = span.end;
    }
}

fn check_inside(article: &Article, span: Span, what: &str) {
    let text = &article.text;
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries"
    );
}
