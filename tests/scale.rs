//! Work counts, not timings, that guard against algorithms turning quadratic as the corpus
//! grows (the timings are the benchmarks' business: `tests/benches/`).
//!
//! Cross-article linking compares only one speaker's quotations, and only pairs that share
//! one of their rarer words (`link`'s prefix filtering). A speaker quoted by ever more
//! articles on ever more topics must so cost about one comparison per statement reported
//! twice, not one per pair of quotations.

use newsgraph::link;
use newsgraph::model::Version;

/// `n` quotations of one speaker in `n` articles: two articles report each statement, every
/// statement has its own three rare words, and all share the speaker's two favourite words.
fn quotations(n: usize) -> Vec<Version> {
    (0..n)
        .map(|idx| {
            let topic = idx / 2;
            Version {
                doc: format!("article{idx:05}"),
                position: 1,
                text: format!("tremendous and wonderful: q{topic}x, with z{topic}w and k{topic}v"),
            }
        })
        .collect()
}

#[test]
fn linking_work_grows_with_the_statements_not_with_pairs_of_quotations() {
    let mut previous = 0;
    for n in [250, 500, 1000, 2000, 4000] {
        let versions = quotations(n);
        let comparisons = link::comparisons(&versions);
        // Only the two reports of each statement are compared: n / 2 comparisons, where
        // comparing all pairs would be n (n - 1) / 2.
        assert_eq!(comparisons, n / 2, "{n} quotations");
        assert!(comparisons < n * (n - 1) / 2 / 100);
        if previous > 0 {
            assert_eq!(
                comparisons,
                2 * previous,
                "doubling the input doubles the work"
            );
        }
        previous = comparisons;
        // And the work done is the work needed: every statement is found.
        if n <= 1000 {
            assert_eq!(link::statements(&versions).len(), n / 2);
        }
    }
}

#[test]
fn quotations_of_one_article_are_never_compared() {
    let versions: Vec<Version> = quotations(1000)
        .into_iter()
        .map(|version| Version {
            doc: "one-article".to_owned(),
            ..version
        })
        .collect();
    assert_eq!(link::comparisons(&versions), 0);
}

/// A speaker's favourite words do not make every pair of their quotations a candidate: the
/// lighter of two wordings must share most of its weight, so its rare words must be shared.
/// (With only the three-shared-words filter, four favourite words made this case quadratic:
/// 100 * 99 / 2 comparisons for 100 wordings.)
#[test]
fn quotations_sharing_favourite_words_are_compared_through_their_rare_words_only() {
    for n in [200, 400, 800] {
        let versions: Vec<Version> = quotations(n)
            .into_iter()
            .map(|version| Version {
                text: format!("{} and a great plan", version.text),
                ..version
            })
            .collect();
        // Each wording is printed by two articles: scored once against itself, and against
        // no other wording.
        assert_eq!(link::comparisons(&versions), n / 2, "{n} quotations");
        if n <= 400 {
            assert_eq!(link::statements(&versions).len(), n / 2);
        }
    }
}

#[test]
fn a_quotation_reprinted_word_for_word_is_scored_once_however_many_articles_reprint_it() {
    for n in [10, 100, 1000] {
        let versions: Vec<Version> = (0..n)
            .map(|idx| Version {
                doc: format!("article{idx:05}"),
                position: 1,
                text: "We will never accept the annexation of the northern provinces".to_owned(),
            })
            .collect();
        assert_eq!(link::comparisons(&versions), 1, "{n} reprints");
        let found = link::statements(&versions);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].versions.len(), n);
        // One match per version but the first: the matches held grow with the reprints,
        // not with their pairs.
        assert_eq!(found[0].matches.len(), n - 1);
    }
}
