//! Sharding: a corpus extracted in pieces (`newsgraph extract` per shard, N-Quads) merges into
//! the same graph as the corpus extracted whole, because IRIs are deterministic and resolution
//! is per article; and `newsgraph load` of the shards gives the store one build gives, the
//! statements reported by several articles included.

use std::collections::BTreeSet;

use std::path::Path;

use assert_cmd::Command;

use crate::common::{export_nquads, root};

/// The N-Quads `newsgraph extract` writes for `paths`.
fn extract_nquads(paths: &[&str]) -> String {
    let mut command = Command::cargo_bin("newsgraph").expect("the binary is built");
    let output = command
        .current_dir(root())
        .arg("extract")
        .args(paths)
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8")
}

fn extract(paths: &[&str]) -> BTreeSet<String> {
    extract_nquads(paths).lines().map(str::to_string).collect()
}

fn newsgraph(store: &Path) -> Command {
    let mut command = Command::cargo_bin("newsgraph").expect("the binary is built");
    command.current_dir(root()).arg("--store").arg(store);
    command
}

#[test]
fn two_shards_merge_into_the_graph_of_the_whole_corpus() {
    let whole = extract(&["corpus"]);
    let mut merged = extract(&[
        "corpus/000_30f74fd36e1936db.txt",
        "corpus/001_6f55596e71a25cd4.txt",
    ]);
    merged.extend(extract(&[
        "corpus/002_39befcdf5728bb66.txt",
        "corpus/003_750f19587e149a29.txt",
        "corpus/004_1169ee211c9f22f9.txt",
    ]));
    assert!(whole.len() > 500);
    assert_eq!(whole, merged);
}

#[test]
fn extraction_is_deterministic_and_has_no_blank_nodes() {
    let first = extract(&["corpus"]);
    assert_eq!(first, extract(&["corpus"]));
    assert!(
        first.iter().all(|line| !line.contains("_:")),
        "a blank node was written"
    );
}

#[test]
fn shards_loaded_into_a_store_give_the_store_of_one_build() {
    let dir = tempfile::tempdir().expect("temp dir");
    let shards = [
        vec![
            "corpus/000_30f74fd36e1936db.txt",
            "corpus/003_750f19587e149a29.txt",
        ],
        vec!["corpus/001_6f55596e71a25cd4.txt"],
        vec![
            "corpus/002_39befcdf5728bb66.txt",
            "corpus/004_1169ee211c9f22f9.txt",
        ],
    ];
    let mut files = Vec::new();
    for (idx, shard) in shards.iter().enumerate() {
        let file = dir.path().join(format!("shard{idx}.nq"));
        std::fs::write(&file, extract_nquads(shard)).expect("shard written");
        files.push(file);
    }
    let merged = dir.path().join("merged.db");
    newsgraph(&merged)
        .arg("load")
        .args(&files)
        .assert()
        .success();
    let built = dir.path().join("built.db");
    newsgraph(&built).arg("build").assert().success();
    let expected = export_nquads(&built);
    // The seeds hold one statement reported by three articles, in three shards.
    assert!(expected.contains("ReportedStatement"));
    assert_eq!(export_nquads(&merged), expected);
}
