//! Checks a reviewer would otherwise make by hand: module docs, test modules declared,
//! bundled queries tested, and no lexicon or rule tuned to the people of particular articles.

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::root;

fn files(dir: &Path, extension: &str, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable directory") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files(&path, extension, out);
        } else if path.extension().is_some_and(|e| e == extension) {
            out.push(path);
        }
    }
}

#[test]
fn every_source_file_opens_with_a_module_doc() {
    let mut sources = Vec::new();
    files(&root().join("src"), "rs", &mut sources);
    for path in sources {
        let text = fs::read_to_string(&path).expect("readable");
        assert!(
            text.starts_with("//!"),
            "{} does not open with a `//!` module doc",
            path.display()
        );
    }
}

#[test]
fn every_test_file_is_declared_in_tests_rs() {
    let declared = fs::read_to_string(root().join("tests/tests.rs")).expect("tests.rs");
    for entry in fs::read_dir(root().join("tests")).expect("tests/") {
        let path = entry.expect("entry").path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.extension().is_some_and(|e| e == "rs") && stem != "tests" {
            assert!(
                declared.contains(&format!("mod {stem};")),
                "tests/{stem}.rs is not declared in tests/tests.rs"
            );
        }
    }
}

#[test]
fn every_query_file_is_bundled() {
    let bundled: Vec<&str> = newsgraph::query::bundled().iter().map(|q| q.name).collect();
    let mut queries = Vec::new();
    files(&root().join("queries"), "rq", &mut queries);
    assert!(!queries.is_empty());
    for path in queries {
        let name = path.file_stem().and_then(|s| s.to_str()).expect("name");
        assert!(
            bundled.contains(&name),
            "queries/{name}.rq is not compiled into the binary"
        );
    }
}

#[test]
fn no_names_of_article_people_in_rules_lexicons_or_queries() {
    // The extractor must generalise: people of the sample and evaluation articles belong in
    // tests/ and corpus/ only. (Given-name lists are a public resource and are not checked.)
    let names = [
        "Putin", "Lavrov", "Macron", "Orban", "Orbán", "Peskov", "Blinken", "Zelensky", "Clinton",
        "Trump", "Obama", "Biden", "Sanders", "Cruz", "Rubio", "Kasich", "Pence", "Hollande",
        "Merkel", "Renzi", "Grassley", "Leahy", "Podesta", "Hannity",
    ];
    let mut paths = Vec::new();
    files(&root().join("src"), "rs", &mut paths);
    files(&root().join("queries"), "rq", &mut paths);
    files(&root().join("ontology"), "ttl", &mut paths);
    for lexicon in [
        "speech-verbs.tsv",
        "titles.tsv",
        "organizations.tsv",
        "cue-phrases.tsv",
        "transliterations.tsv",
    ] {
        paths.push(root().join("ontology/lexicon").join(lexicon));
    }
    for path in paths {
        let text = fs::read_to_string(&path).expect("readable");
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            assert!(!names.contains(&word), "{} names {word}", path.display());
        }
    }
}
