//! Occasions reported by several articles (`link::occasions`, `ng:ReportedEvent`): the seeds'
//! reports of one call are one node, and the nodes follow the store as articles come and go.

use std::path::PathBuf;

use newsgraph::pipeline::{self, Config};
use newsgraph::rdf::store::Store;
use newsgraph::rdf::Base;

use crate::common::{get, root, rows, seed_store, Row};

const CALL: &str = "PREFIX ng: <https://example.org/newsgraph/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?occasion ?doc ?status ?agree WHERE {
  ?occasion a ng:ReportedEvent ; ng:report ?event ; ng:statusesAgree ?agree .
  ?event ng:participant ?blinken , ?lavrov ; ng:status ?status ; prov:wasDerivedFrom ?article .
  ?article schema:identifier ?doc .
  ?blinken schema:name \"Antony Blinken\" .
  ?lavrov schema:name \"Sergei Lavrov\" .
} ORDER BY ?doc";

/// The reports of the seeds' 1 February call between the two ministers, one row per article.
fn call_reports(store: &Store) -> Vec<Row> {
    let dir = tempfile::tempdir().expect("temp dir");
    let query = dir.path().join("call.rq");
    std::fs::write(&query, CALL).expect("write query");
    rows(store, query.to_str().expect("utf-8 path"), &[])
}

#[test]
fn two_articles_reporting_one_call_give_one_node_that_says_they_disagree() {
    let reports = call_reports(seed_store());
    let docs: Vec<&str> = reports.iter().map(|row| get(row, "doc")).collect();
    assert_eq!(
        docs,
        ["000_30f74fd36e1936db", "001_6f55596e71a25cd4"],
        "{reports:?}"
    );
    assert_eq!(get(&reports[0], "occasion"), get(&reports[1], "occasion"));
    // 000 says the call happened, 001 that it was due.
    assert!(get(&reports[0], "status").ends_with("Happened"));
    assert!(get(&reports[1], "status").ends_with("Planned"));
    assert_eq!(get(&reports[0], "agree"), "false");
}

#[test]
fn the_node_goes_with_either_article_and_comes_back_with_it() {
    let seeds: Vec<PathBuf> = ["000_30f74fd36e1936db", "001_6f55596e71a25cd4"]
        .iter()
        .map(|name| root().join("corpus").join(format!("{name}.txt")))
        .collect();
    let store = Store::in_memory().expect("store");
    pipeline::build(&Config::new(seeds.clone()), &store, &mut |_| {}).expect("build");
    assert_eq!(call_reports(&store).len(), 2);
    assert!(pipeline::remove(&store, &Base::default(), "001_6f55596e71a25cd4").expect("remove"));
    assert!(call_reports(&store).is_empty());
    pipeline::build(&Config::new(vec![seeds[1].clone()]), &store, &mut |_| {}).expect("add");
    assert_eq!(call_reports(&store).len(), 2);
}
