//! The exports checked by the tools users load them into: Raptor's `rapper`, `serdi`,
//! rdflib (parsing, the bundled queries, pySHACL with our shapes) and Graphviz for DOT.
//! In CI a missing tool fails the test (`common::tool`).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use crate::common::{assert_same_rows, parse_csv, python_module, root, run_ok, tool};

/// The seeds built into a store on disk, exported once in every format.
struct Exports {
    _dir: tempfile::TempDir,
    store: PathBuf,
    files: BTreeMap<&'static str, PathBuf>,
    quads: usize,
    triples: usize,
}

const FORMATS: &[(&str, &str)] = &[
    ("turtle", "ttl"),
    ("ntriples", "nt"),
    ("nquads", "nq"),
    ("trig", "trig"),
    ("rdfxml", "rdf"),
    ("jsonld", "jsonld"),
];

/// RocksDB lets one process at a time open a store, and the tests of this file share one:
/// they take turns.
static STORE_TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Runs newsgraph on the shared store, holding its turn.
fn output(command: &mut assert_cmd::Command) -> std::process::Output {
    let _turn = STORE_TURN
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    command.output().expect("newsgraph runs")
}

fn newsgraph(store: &Path) -> assert_cmd::Command {
    let mut command = assert_cmd::Command::cargo_bin("newsgraph").expect("the binary is built");
    command.current_dir(root()).arg("--store").arg(store);
    command
}

fn exports() -> &'static Exports {
    static EXPORTS: OnceLock<Exports> = OnceLock::new();
    EXPORTS.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = dir.path().join("db");
        newsgraph(&store).arg("build").assert().success();
        let mut files = BTreeMap::new();
        for (format, extension) in FORMATS {
            let path = dir.path().join(format!("graph.{extension}"));
            newsgraph(&store)
                .args(["export", "--format", format, "-o"])
                .arg(&path)
                .assert()
                .success();
            files.insert(*format, path);
        }
        let lines = |format: &str| {
            fs::read_to_string(&files[format])
                .expect("export")
                .lines()
                .filter(|l| !l.trim().is_empty())
                .count()
        };
        let quads = lines("nquads");
        let triples = lines("ntriples");
        Exports {
            _dir: dir,
            store,
            files,
            quads,
            triples,
        }
    })
}

/// The count `rapper` reports for a file.
fn rapper_count(format: &str, path: &Path) -> usize {
    let output = Command::new("rapper")
        .args(["-i", format, "-c"])
        .arg(path)
        .output()
        .expect("rapper runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "rapper failed on {}: {stderr}",
        path.display()
    );
    assert!(
        !stderr.contains("Warning") && !stderr.contains("Error"),
        "rapper complained: {stderr}"
    );
    stderr
        .split("returned ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count in rapper's output: {stderr}"))
}

#[test]
fn exports_parse_in_rapper_with_the_same_counts() {
    if !tool("rapper") {
        return;
    }
    let exports = exports();
    assert!(exports.triples > 500);
    for (format, rapper_format, expected) in [
        ("turtle", "turtle", exports.triples),
        ("ntriples", "ntriples", exports.triples),
        ("rdfxml", "rdfxml", exports.triples),
        ("nquads", "nquads", exports.quads),
        ("trig", "trig", exports.quads),
    ] {
        assert_eq!(
            rapper_count(rapper_format, &exports.files[format]),
            expected,
            "{format}"
        );
    }
}

#[test]
fn exports_parse_in_serdi() {
    if !tool("serdi") {
        return;
    }
    let exports = exports();
    for (format, serdi_format, expected) in [
        ("turtle", "turtle", exports.triples),
        ("ntriples", "ntriples", exports.triples),
        ("nquads", "nquads", exports.quads),
        ("trig", "trig", exports.quads),
    ] {
        let output = run_ok(
            Command::new("serdi")
                .args(["-i", serdi_format, "-o", "nquads"])
                .arg(&exports.files[format]),
        );
        assert_eq!(output.lines().count(), expected, "{format}");
    }
}

#[test]
fn exports_parse_in_rdflib_with_the_same_counts() {
    if !python_module("rdflib") {
        return;
    }
    let exports = exports();
    for (format, rdflib_format, expected) in [
        ("turtle", "turtle", exports.triples),
        ("ntriples", "nt", exports.triples),
        ("rdfxml", "xml", exports.triples),
        ("nquads", "nquads", exports.quads),
        ("trig", "trig", exports.quads),
        ("jsonld", "json-ld", exports.quads),
    ] {
        let output = run_ok(
            Command::new("python3")
                .arg(root().join("tests/rdflib_check.py"))
                .args(["count", rdflib_format])
                .arg(&exports.files[format]),
        );
        assert_eq!(
            output.trim().parse::<usize>().expect("a count"),
            expected,
            "{format}"
        );
    }
}

#[test]
fn bundled_queries_give_the_same_rows_in_rdflib() {
    if !python_module("rdflib") {
        return;
    }
    let exports = exports();
    let out = tempfile::tempdir().expect("temp dir");
    let doc = "003_750f19587e149a29";
    run_ok(
        Command::new("python3")
            .arg(root().join("tests/rdflib_check.py"))
            .arg("queries")
            .arg(&exports.files["trig"])
            .arg(root().join("queries"))
            .arg(out.path())
            .arg(format!("article:doc={doc}")),
    );
    for bundled in newsgraph::query::bundled() {
        let mut command = newsgraph(&exports.store);
        command.args(["query", bundled.name, "--format", "csv"]);
        if bundled.name == "article" {
            command.args(["--param", &format!("doc={doc}")]);
        }
        let ours = output(&mut command);
        assert!(
            ours.status.success(),
            "{}",
            String::from_utf8_lossy(&ours.stderr)
        );
        let ours = parse_csv(&String::from_utf8(ours.stdout).expect("utf-8"));
        assert_same_rows(
            bundled.name,
            ours,
            out.path(),
            "between newsgraph and rdflib",
        );
    }
}

#[test]
fn the_export_conforms_to_the_shapes() {
    if !python_module("pyshacl") {
        return;
    }
    let exports = exports();
    let output = Command::new("python3")
        .arg(root().join("tests/rdflib_check.py"))
        .arg("shacl")
        .arg(&exports.files["trig"])
        .arg("trig")
        .arg(root().join("ontology/shapes.ttl"))
        .output()
        .expect("python runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

#[test]
fn dot_output_renders_with_graphviz() {
    if !tool("dot") {
        return;
    }
    let exports = exports();
    for graph in ["contacts", "quotes", "all"] {
        let output = output(newsgraph(&exports.store).args(["dot", "--graph", graph]));
        assert!(output.status.success());
        let dot = String::from_utf8(output.stdout).expect("utf-8");
        assert!(
            dot.starts_with("digraph") || dot.starts_with("graph") || dot.starts_with("strict"),
            "{dot}"
        );
        let path = exports._dir.path().join(format!("{graph}.dot"));
        fs::write(&path, &dot).expect("write dot");
        let svg = run_ok(Command::new("dot").arg("-Tsvg").arg(&path));
        assert!(svg.contains("<svg"));
        assert!(dot.contains("Vladimir Putin"));
    }
}

#[test]
fn dot_is_the_same_on_every_run() {
    let exports = exports();
    let run = || output(newsgraph(&exports.store).arg("dot")).stdout;
    assert_eq!(run(), run());
}
