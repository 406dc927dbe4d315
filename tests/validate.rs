//! `newsgraph validate` end to end: the seeds conform, a store with broken facts
//! (`tests/data/shacl/broken.nq`) is reported with exit code 1, and pySHACL finds exactly the
//! same results on the exported TriG.

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::io::BufWriter;
use std::path::Path;
use std::process::Command;

use assert_cmd::Command as Cli;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, NamedNode, Quad};
use predicates::prelude::*;

use newsgraph::pipeline::{self, Config};
use newsgraph::rdf::store::{DumpFormat, Store};

use crate::common::{python_module, root, run_ok};

fn newsgraph(store: &Path) -> Cli {
    let mut command = Cli::cargo_bin("newsgraph").expect("the binary is built");
    command.current_dir(root()).arg("--store").arg(store);
    command
}

/// Builds the seeds into a store on disk, adds the quads of `extra` (an N-Quads file) if
/// given, and exports the store as TriG next to it. The store is closed on return.
fn build(dir: &Path, extra: Option<&str>) {
    let store = Store::open(&dir.join("db")).expect("store opens");
    let config = Config::new(vec![root().join("corpus")]);
    pipeline::build(&config, &store, &mut |_| {}).expect("the seeds build");
    if let Some(extra) = extra {
        let text = fs::read_to_string(root().join(extra)).expect("readable N-Quads");
        let quads: Vec<Quad> = RdfParser::from_format(RdfFormat::NQuads)
            .for_slice(&text)
            .collect::<Result<_, _>>()
            .expect("valid N-Quads");
        let GraphName::NamedNode(graph) = quads[0].graph_name.clone() else {
            panic!("{extra} puts its quads in a named graph");
        };
        let graph: NamedNode = graph;
        store
            .replace_document(graph.as_ref(), &quads)
            .expect("inserted");
    }
    let file = File::create(dir.join("graph.trig")).expect("export file");
    store
        .dump(DumpFormat::TriG, &mut BufWriter::new(file))
        .expect("export");
}

/// `newsgraph validate --format tsv` as (focus, path, component) lines, with its exit code.
fn ours(dir: &Path) -> (i32, BTreeSet<String>) {
    let output = newsgraph(&dir.join("db"))
        .args(["validate", "--format", "tsv"])
        .output()
        .expect("runs");
    let text = String::from_utf8(output.stdout).expect("utf-8");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("severity\tfocus\tpath\tcomponent\tvalue\tshape\tmessage")
    );
    let results = lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            fields[1..4].join("\t")
        })
        .collect();
    (output.status.code().expect("exit code"), results)
}

/// pySHACL's results on the exported TriG, in the same form.
fn pyshacl(dir: &Path) -> BTreeSet<String> {
    run_ok(
        Command::new("python3")
            .arg(root().join("tests/rdflib_check.py"))
            .arg("shacl-results")
            .arg(dir.join("graph.trig"))
            .arg("trig")
            .arg(root().join("ontology/shapes.ttl")),
    )
    .lines()
    .map(str::to_owned)
    .collect()
}

#[test]
fn the_seeds_conform_for_newsgraph_and_pyshacl() {
    let dir = tempfile::tempdir().expect("temp dir");
    build(dir.path(), None);
    newsgraph(&dir.path().join("db"))
        .arg("validate")
        .assert()
        .success()
        .stdout("")
        .stderr(
            predicate::str::is_match(
                r"^conforms: checked \d{3,} constraints of \d{2,} shapes in ontology/shapes.ttl\n$",
            )
            .expect("a valid pattern"),
        );
    if !python_module("pyshacl") {
        return;
    }
    assert_eq!(pyshacl(dir.path()), BTreeSet::new());
}

#[test]
fn broken_facts_are_reported_as_pyshacl_reports_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    build(dir.path(), Some("tests/data/shacl/broken.nq"));
    let (code, results) = ours(dir.path());
    assert_eq!(code, 1);
    let quotation = "<https://example.org/newsgraph/quotation/broken/1>";
    for expected in [
        format!("{quotation}\t<http://schema.org/text>\tsh:MinCountConstraintComponent"),
        format!("{quotation}\t<https://example.org/newsgraph/ontology#direct>\tsh:MaxCountConstraintComponent"),
        format!("{quotation}\t<https://example.org/newsgraph/ontology#direct>\tsh:DatatypeConstraintComponent"),
        format!("{quotation}\t<http://schema.org/creator>\tsh:NodeConstraintComponent"),
        "<https://example.org/newsgraph/event/broken/1>\t<https://example.org/newsgraph/ontology#status>\tsh:InConstraintComponent".to_owned(),
        "<https://example.org/newsgraph/doc/broken/span/5-3/position>\t<http://www.w3.org/ns/oa#start>\tsh:LessThanConstraintComponent".to_owned(),
    ] {
        assert!(results.contains(&expected), "missing {expected} in {results:#?}");
    }
    if !python_module("pyshacl") {
        return;
    }
    assert_eq!(results, pyshacl(dir.path()));
}

#[test]
fn the_text_report_names_focus_path_and_problem() {
    let dir = tempfile::tempdir().expect("temp dir");
    build(dir.path(), Some("tests/data/shacl/broken.nq"));
    newsgraph(&dir.path().join("db"))
        .arg("validate")
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "violation: https://example.org/newsgraph/quotation/broken/1 schema:creator: \
             expected a value conforming to https://example.org/newsgraph/shapes#EntityReference",
        ))
        .stderr(predicate::str::contains("does not conform: "));
}

#[test]
fn a_shapes_file_with_a_mistake_is_named_with_its_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    build(dir.path(), None);
    let shapes = dir.path().join("shapes.ttl");
    fs::write(
        &shapes,
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<urn:s> sh:targetNode <urn:x> ;\n  sh:minCount .\n",
    )
    .expect("write");
    newsgraph(&dir.path().join("db"))
        .arg("validate")
        .arg("--shapes")
        .arg(&shapes)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("shapes.ttl: "))
        .stderr(predicate::str::contains("line 3"));
}
