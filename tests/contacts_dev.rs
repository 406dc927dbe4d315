//! Who spoke with whom on real news: the 22 PolNeAR dev articles annotated in
//! `tests/data/contacts-dev/`, built from `../shared/eval/polnear-dev/text` and scored with
//! `../shared/eval/score_contacts.py`. The floor guards against regressions; the README records
//! the current numbers. The articles themselves are not copied into the repository.

use std::path::PathBuf;

use newsgraph::pipeline::{self, Config};
use newsgraph::query::{self, OutputFormat};
use newsgraph::rdf::store::Store;

use crate::common::{required, root, run_ok, tool};

/// The evaluation data beside the repository; required in CI, where `../shared` is present.
fn shared_eval() -> Option<PathBuf> {
    let eval = root().join("../shared/eval");
    let found = eval.join("score_contacts.py").is_file();
    required(found, "../shared/eval", "").then_some(eval)
}

#[test]
fn contacts_on_annotated_dev_articles_stay_above_the_floor() {
    let Some(eval) = shared_eval() else {
        return;
    };
    if !tool("python3") {
        return;
    }
    let gold = root().join("tests/data/contacts-dev/gold.jsonl");
    let text_dir = eval.join("polnear-dev/text");
    let docs: Vec<PathBuf> = std::fs::read_to_string(&gold)
        .expect("gold")
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).expect("gold line");
            let doc = value["doc"].as_str().expect("doc");
            text_dir.join(format!("{doc}.txt"))
        })
        .collect();
    assert_eq!(docs.len(), 22);

    let store = Store::in_memory().expect("in-memory store");
    let summary =
        pipeline::build(&Config::new(docs), &store, &mut |_| {}).expect("building the articles");
    assert_eq!(summary.articles, 22);
    let mut csv = Vec::new();
    let contacts = query::resolve("contacts").expect("bundled");
    query::run(&store, &contacts, &[], OutputFormat::Csv, &mut csv).expect("query");
    let dir = tempfile::tempdir().expect("temp dir");
    let system = dir.path().join("contacts.csv");
    std::fs::write(&system, csv).expect("write csv");

    let output = run_ok(
        std::process::Command::new("python3")
            .arg(eval.join("score_contacts.py"))
            .arg("--gold")
            .arg(&gold)
            .arg("--text-dir")
            .arg(&text_dir)
            .arg("--system")
            .arg(&system)
            .arg("--json"),
    );
    // The JSON object comes first, then a summary in words.
    let json = &output[..output.find("\n}").expect("json object") + 2];
    let scores: serde_json::Value = serde_json::from_str(json).expect("json scores");
    let score = |set: &str, what: &str| scores[set][what].as_f64().expect("number");
    assert!(score("happened", "precision") >= 0.85, "{json}");
    assert!(score("happened", "recall") >= 0.50, "{json}");
    assert!(score("all", "precision") >= 0.85, "{json}");
    assert!(score("all", "recall") >= 0.49, "{json}");
}
