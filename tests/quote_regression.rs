//! The quotation regression set: real sentences from PolNeAR train, a few for each
//! construction that reports speech ("“…,” X said", "according to X", a pronoun speaker, a
//! scare quote that is no quotation, …), run through `pipeline::document` and checked with the
//! PolNeAR scorer's strict matching rule. Cases, their provenance and how they were chosen are
//! in `tests/data/quote-regression/` (README.md there).
//!
//! The extractor does not get every case right. `known-failures.txt` lists the cases that fail
//! today: a failing case not on the list is a regression and fails the test; a listed case
//! that passes is reported so that it can come off the list. `UPDATE_KNOWN_FAILURES=1` rewrites
//! the list from the current results. The per-construction table goes to stderr on every run
//! and into the failure message.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use newsgraph::{corpus, pipeline};
use serde::Deserialize;

/// One excerpt and what the gold says about it.
#[derive(Debug, Deserialize)]
struct Case {
    id: String,
    construction: u32,
    construction_name: String,
    text: String,
    /// The gold attributions the case is about; empty for a negative case.
    expected: Vec<Attribution>,
    /// For a negative case: a scare quote or title that no quotation may overlap.
    not_quotation: Option<Marked>,
}

/// A gold attribution, offsets in code points into the case text.
#[derive(Debug, Deserialize)]
struct Attribution {
    speaker: String,
    speaker_spans: Vec<(usize, usize)>,
    content: String,
    content_spans: Vec<(usize, usize)>,
    direct: bool,
}

#[derive(Debug, Deserialize)]
struct Marked {
    text: String,
    span: (usize, usize),
}

/// One extracted quotation, as the `quotations` query would print it (code points).
#[derive(Debug)]
struct Row {
    quote: (usize, usize),
    speaker: Option<(usize, usize)>,
    direct: bool,
}

fn dir() -> PathBuf {
    crate::common::root().join("tests/data/quote-regression")
}

#[test]
fn regression_set_cases_pass_unless_known_to_fail() {
    let cases = read_cases(&dir().join("cases.jsonl"));
    let known_path = dir().join("known-failures.txt");
    let known = read_known_failures(&known_path);
    let mut failures: BTreeMap<&str, String> = BTreeMap::new();
    for case in &cases {
        let text: Vec<char> = case.text.chars().collect();
        let rows = extract(case);
        if let Err(reason) = check(case, &text, &rows) {
            failures.insert(&case.id, reason);
        }
    }
    let table = table(&cases, &failures);
    report(&table);

    if std::env::var_os("UPDATE_KNOWN_FAILURES").is_some() {
        let mut list = String::from(KNOWN_FAILURES_HEADER);
        for (id, reason) in &failures {
            writeln!(list, "{id}  # {reason}").expect("write to string");
        }
        fs::write(&known_path, list).expect("write known-failures.txt");
        return;
    }

    let mut problems = String::new();
    for (id, reason) in &failures {
        if !known.contains_key(*id) {
            writeln!(problems, "regression: {id} fails: {reason}").expect("write to string");
        }
    }
    for id in known.keys() {
        if !cases.iter().any(|case| &case.id == id) {
            writeln!(problems, "known-failures.txt lists {id}, which is no case")
                .expect("write to string");
        }
    }
    let fixed: Vec<&str> = known
        .keys()
        .map(String::as_str)
        .filter(|id| cases.iter().any(|case| case.id == *id) && !failures.contains_key(id))
        .collect();
    if !fixed.is_empty() {
        report(&format!(
            "now passing, remove from known-failures.txt (or rerun with UPDATE_KNOWN_FAILURES=1): {}\n",
            fixed.join(" ")
        ));
    }
    assert!(
        problems.is_empty(),
        "{problems}\n{table}\nFix the extractor, or, if the change is intended, rerun with \
         UPDATE_KNOWN_FAILURES=1 and commit the new known-failures.txt."
    );
}

const KNOWN_FAILURES_HEADER: &str = "\
# Cases of cases.jsonl that the extractor fails today, one id per line with the reason.
# The quote_regression test fails when a case not listed here fails; it reports listed
# cases that pass. Regenerate from the current build with
#   UPDATE_KNOWN_FAILURES=1 cargo test --test tests quote_regression
";

fn read_cases(path: &Path) -> Vec<Case> {
    let data = fs::read_to_string(path).expect("cases.jsonl is readable");
    let cases: Vec<Case> = data
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str(line).expect("a case is a JSON object"))
        .collect();
    for construction in 1..=18 {
        assert!(
            cases.iter().any(|case| case.construction == construction),
            "construction {construction} has no case"
        );
    }
    for case in &cases {
        check_offsets(case);
    }
    cases
}

/// The stored texts of the spans must be the words at their offsets: a hand edit of a case
/// text that moved them would otherwise score against the wrong words.
fn check_offsets(case: &Case) {
    let text: Vec<char> = case.text.chars().collect();
    let words = |spans: &[(usize, usize)]| -> String {
        let parts: Vec<String> = spans
            .iter()
            .map(|&(start, end)| text[start..end].iter().collect())
            .collect();
        parts.join(" | ")
    };
    for attribution in &case.expected {
        assert_eq!(
            words(&attribution.content_spans),
            attribution.content,
            "{}",
            case.id
        );
        assert_eq!(
            words(&attribution.speaker_spans),
            attribution.speaker,
            "{}",
            case.id
        );
    }
    if let Some(marked) = &case.not_quotation {
        assert_eq!(words(&[marked.span]), marked.text, "{}", case.id);
    }
    assert!(
        case.expected.is_empty() != case.not_quotation.is_none(),
        "{}: a case has either expected attributions or a span that is no quotation",
        case.id
    );
}

fn read_known_failures(path: &Path) -> BTreeMap<String, String> {
    let data = fs::read_to_string(path).unwrap_or_default();
    data.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (id, reason) = line.split_once('#').unwrap_or((line, ""));
            (id.trim().to_string(), reason.trim().to_string())
        })
        .collect()
}

/// Runs the per-article stages on the excerpt. An excerpt has no header, so whatever the
/// header reader would take for a title or date line (a short first paragraph) stays prose.
fn extract(case: &Case) -> Vec<Row> {
    let path = PathBuf::from(format!("{}.txt", case.id));
    let mut article =
        corpus::parse(&case.id, case.text.clone(), &path).expect("a case text is an article");
    article.skipped.clear();
    article.title = None;
    article.date = None;
    let document = pipeline::document(article);
    let article = &document.article;
    let code_points = |span: newsgraph::model::Span| {
        (
            article.char_offset(span.start),
            article.char_offset(span.end),
        )
    };
    document
        .extraction
        .quotations
        .iter()
        .map(|quotation| Row {
            quote: code_points(quotation.span),
            speaker: quotation.speaker.mention.map(code_points),
            direct: quotation.direct,
        })
        .collect()
}

/// The scorer's verdict on one case: every expected attribution matched one-to-one by a row
/// with the right speaker, or (negative case) no row on the marked span.
fn check(case: &Case, text: &[char], rows: &[Row]) -> Result<(), String> {
    if let Some(marked) = &case.not_quotation {
        let marked_span = trim(text, marked.span);
        for row in rows {
            if overlap(&[trim(text, row.quote)], marked_span) > 0 {
                return Err(format!(
                    "a quotation overlaps {}: {}",
                    marked.text,
                    quoted(text, row.quote)
                ));
            }
        }
        return Ok(());
    }
    let golds: Vec<Gold> = case
        .expected
        .iter()
        .map(|attribution| Gold::new(text, attribution))
        .collect();
    let trimmed: Vec<(usize, usize)> = rows.iter().map(|row| trim(text, row.quote)).collect();
    // Candidate pairs by the 50%/50% rule, then the scorer's greedy one-to-one assignment:
    // largest overlap first, then largest overlap relative to the union.
    let mut pairs = Vec::new();
    for (gold_idx, gold) in golds.iter().enumerate() {
        for (row_idx, row) in rows.iter().enumerate() {
            if gold.attribution.direct && !row.direct {
                continue; // the direct set scores only rows marked direct
            }
            if let Some((shared, union)) = gold.matches(trimmed[row_idx]) {
                pairs.push((shared, shared as f64 / union as f64, gold_idx, row_idx));
            }
        }
    }
    pairs.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(b.1.total_cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    let mut matched: Vec<Option<usize>> = vec![None; golds.len()];
    let mut used_rows = vec![false; rows.len()];
    for &(_, _, gold_idx, row_idx) in &pairs {
        if matched[gold_idx].is_none() && !used_rows[row_idx] {
            matched[gold_idx] = Some(row_idx);
            used_rows[row_idx] = true;
        }
    }
    for (gold, row_idx) in golds.iter().zip(matched) {
        let Some(row_idx) = row_idx else {
            return Err(gold.why_unmatched(text, rows, &trimmed));
        };
        if !gold.speaker_ok(&rows[row_idx]) {
            let got = match rows[row_idx].speaker {
                Some(span) => format!("{} at {}", quoted(text, span), span.0),
                None => "none".to_string(),
            };
            let want = match gold.attribution.speaker_spans.first() {
                None => "none".to_string(),
                Some(&(start, _)) => format!("«{}» at {start}", gold.attribution.speaker),
            };
            return Err(format!("speaker: {got}, gold {want}"));
        }
    }
    Ok(())
}

/// A gold attribution with its content trimmed as the scorer trims it.
struct Gold<'a> {
    attribution: &'a Attribution,
    /// Trimmed, merged content parts.
    parts: Vec<(usize, usize)>,
    /// The stretches between the parts (", he said, "): neither for nor against a row.
    gaps: Vec<(usize, usize)>,
}

impl<'a> Gold<'a> {
    fn new(text: &[char], attribution: &'a Attribution) -> Gold<'a> {
        let mut trimmed: Vec<(usize, usize)> = attribution
            .content_spans
            .iter()
            .map(|&span| trim(text, span))
            .collect();
        trimmed.sort_unstable();
        let mut parts: Vec<(usize, usize)> = Vec::new();
        for (start, end) in trimmed {
            match parts.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => parts.push((start, end)),
            }
        }
        let gaps = parts.windows(2).map(|w| (w[0].1, w[1].0)).collect();
        Gold {
            attribution,
            parts,
            gaps,
        }
    }

    fn len(&self) -> usize {
        self.parts.iter().map(|(start, end)| end - start).sum()
    }

    /// (overlap, union) when the row covers at least half of the content and the content at
    /// least half of the row (less the gaps).
    fn matches(&self, row: (usize, usize)) -> Option<(usize, usize)> {
        let shared = overlap(&self.parts, row);
        let row_len = row.1 - row.0 - overlap(&self.gaps, row);
        let ok = shared > 0 && 2 * shared >= self.len() && 2 * shared >= row_len;
        ok.then_some((shared, self.len() + row_len - shared))
    }

    fn speaker_ok(&self, row: &Row) -> bool {
        match row.speaker {
            None => self.attribution.speaker_spans.is_empty(),
            Some((start, end)) => self
                .attribution
                .speaker_spans
                .iter()
                .any(|&(gold_start, gold_end)| end.min(gold_end) > start.max(gold_start)),
        }
    }

    /// Why no row matched: none near the content, only a reported-speech row for a direct
    /// quote, or how far the closest row is from the 50%/50% rule.
    fn why_unmatched(&self, text: &[char], rows: &[Row], trimmed: &[(usize, usize)]) -> String {
        let best = rows
            .iter()
            .zip(trimmed)
            .map(|(row, &span)| (overlap(&self.parts, span), row, span))
            .filter(|(shared, _, _)| *shared > 0)
            .max_by_key(|(shared, _, _)| *shared);
        let Some((shared, row, span)) = best else {
            return "no quotation overlaps the content".to_string();
        };
        if self.attribution.direct && !row.direct && self.matches(span).is_some() {
            return "found only as reported speech (direct=false)".to_string();
        }
        let row_len = span.1 - span.0 - overlap(&self.gaps, span);
        format!(
            "closest quotation {} covers {}% of the content, which is {}% of it",
            quoted(text, row.quote),
            100 * shared / self.len().max(1),
            100 * shared / row_len.max(1)
        )
    }
}

/// The scorer's edge trimming: white space, quotation marks and `. , ; : … — – ― -`. A span
/// that would vanish stays as it was.
fn trim(text: &[char], (start, end): (usize, usize)) -> (usize, usize) {
    const EDGE: &str = "“”\"„‟«»‘’'‚‛`´‹›.,;:…—–―-";
    let is_edge = |c: char| c.is_whitespace() || EDGE.contains(c);
    let (mut s, mut e) = (start, end.min(text.len()));
    while s < e && is_edge(text[s]) {
        s += 1;
    }
    while e > s && is_edge(text[e - 1]) {
        e -= 1;
    }
    if s < e {
        (s, e)
    } else {
        (start, end)
    }
}

fn overlap(parts: &[(usize, usize)], (start, end): (usize, usize)) -> usize {
    parts
        .iter()
        .map(|&(part_start, part_end)| end.min(part_end).saturating_sub(start.max(part_start)))
        .sum()
}

/// A short quotation of the text for messages: «first words…».
fn quoted(text: &[char], (start, end): (usize, usize)) -> String {
    let words: String = text[start..end.min(text.len())].iter().collect();
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let short: String = words.chars().take(60).collect();
    let more = if short.len() < words.len() { "…" } else { "" };
    format!("«{short}{more}»")
}

/// Passed/total per construction, then the failing cases.
fn table(cases: &[Case], failures: &BTreeMap<&str, String>) -> String {
    let mut by_construction: BTreeMap<u32, (&str, usize, usize)> = BTreeMap::new();
    for case in cases {
        let entry =
            by_construction
                .entry(case.construction)
                .or_insert((&case.construction_name, 0, 0));
        entry.2 += 1;
        if !failures.contains_key(case.id.as_str()) {
            entry.1 += 1;
        }
    }
    let mut out = String::from("quotation regression set (PolNeAR train excerpts)\n");
    for (construction, (name, passed, total)) in &by_construction {
        writeln!(out, "{construction:>3}  {passed:>2}/{total:<2}  {name}").expect("write");
    }
    let passed: usize = by_construction.values().map(|entry| entry.1).sum();
    writeln!(out, "     {passed}/{} in all", cases.len()).expect("write");
    for (id, reason) in failures {
        writeln!(out, "  fail {id}: {reason}").expect("write");
    }
    out
}

/// Writes to the process's stderr, past the test harness's capture of `eprint!`: the table
/// and the cases that came off the list are worth seeing when the test passes too.
fn report(message: &str) {
    let _ = std::io::stderr().lock().write_all(message.as_bytes());
}
