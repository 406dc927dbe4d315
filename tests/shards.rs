//! Sharding: a corpus extracted in pieces (`newsgraph extract` per shard, N-Quads) merges into
//! the same graph as the corpus extracted whole, because IRIs are deterministic and resolution
//! is per article.

use std::collections::BTreeSet;

use assert_cmd::Command;

use crate::common::root;

fn extract(paths: &[&str]) -> BTreeSet<String> {
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
    String::from_utf8(output.stdout)
        .expect("utf-8")
        .lines()
        .map(str::to_string)
        .collect()
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
