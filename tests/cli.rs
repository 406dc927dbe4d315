//! The `newsgraph` binary end to end: flags, exit codes, error text, and a build into a real
//! on-disk store.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

use crate::common::{export_nquads, parse_csv, root};

fn newsgraph(store: &Path) -> Command {
    let mut command = Command::cargo_bin("newsgraph").expect("the binary is built");
    command.current_dir(root()).arg("--store").arg(store);
    command
}

#[test]
fn build_then_who_said_what_prints_the_seed_quotations() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("db");
    newsgraph(&store)
        .arg("build")
        .assert()
        .success()
        .stderr(predicate::str::contains("read 5 articles (0 skipped)"));
    newsgraph(&store)
        .args(["query", "who-said-what"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Vladimir Putin"))
        .stdout(predicate::str::contains(
            "It is now clear that the main Russian concerns have been ignored",
        ));
}

#[test]
fn contract_queries_have_their_columns() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("db");
    newsgraph(&store).arg("build").assert().success();
    for (query, header) in [
        ("quotations", "doc,speaker,speakerMention,speakerStart,speakerEnd,quote,quoteStart,quoteEnd,direct,cue"),
        ("contacts", "doc,kind,a,b,date,status,evidenceStart,evidenceEnd"),
        ("entities", "doc,entity,name,type,mention,start,end"),
    ] {
        let output = newsgraph(&store).args(["query", query, "--format", "csv"]).output().expect("runs");
        assert!(output.status.success());
        let text = String::from_utf8(output.stdout).expect("utf-8");
        assert_eq!(text.lines().next(), Some(header), "{query}");
        assert!(text.lines().count() > 5, "{query} returned too few rows");
    }
}

#[test]
fn building_twice_gives_the_same_triples() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("db");
    let export = |store: &Path| {
        newsgraph(store).arg("build").assert().success();
        let output = newsgraph(store)
            .args(["export", "--format", "nquads"])
            .output()
            .expect("runs");
        assert!(output.status.success());
        let mut lines: Vec<String> = String::from_utf8(output.stdout)
            .expect("utf-8")
            .lines()
            .map(str::to_string)
            .collect();
        lines.sort();
        lines
    };
    let first = export(&store);
    let second = export(&store);
    assert!(first.len() > 500);
    assert_eq!(first, second);
}

#[test]
fn bad_files_are_reported_and_skipped_and_the_rest_is_built() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("in");
    fs::create_dir(&input).expect("mkdir");
    fs::write(
        input.join("good.txt"),
        "Vladimir Putin said on Tuesday that talks would go on.\n",
    )
    .expect("write");
    fs::write(input.join("empty.txt"), "").expect("write");
    fs::write(input.join("latin1.txt"), b"Caf\xe9 au lait said nothing.\n").expect("write");
    fs::write(
        input.join("feed.jsonl"),
        "{\"id\": \"j1\", \"text\": \"Emmanuel Macron said that the talks went well.\"}\nnot json\n",
    )
    .expect("write");
    let store = dir.path().join("db");
    newsgraph(&store)
        .arg("build")
        .arg(&input)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("empty.txt"))
        .stderr(predicate::str::contains("latin1.txt"))
        .stderr(predicate::str::contains("feed.jsonl:2"))
        .stderr(predicate::str::contains("read 2 articles (3 skipped)"));
    let output = newsgraph(&store)
        .args(["query", "quotations", "--format", "csv"])
        .output()
        .expect("runs");
    let rows = parse_csv(&String::from_utf8(output.stdout).expect("utf-8"));
    let docs: Vec<&str> = rows
        .iter()
        .map(|row| crate::common::get(row, "doc"))
        .collect();
    assert!(docs.contains(&"good") && docs.contains(&"j1"), "{docs:?}");
}

#[test]
fn query_list_names_every_bundled_query() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = newsgraph(&dir.path().join("db"))
        .args(["query", "--list"])
        .output()
        .expect("runs");
    let text = String::from_utf8(output.stdout).expect("utf-8");
    for entry in fs::read_dir(root().join("queries")).expect("queries/") {
        let path = entry.expect("entry").path();
        let name = path.file_stem().and_then(|s| s.to_str()).expect("name");
        assert!(
            text.lines().any(|line| line.starts_with(name)),
            "{name} not listed"
        );
    }
}

#[test]
fn article_query_takes_the_document_as_a_parameter() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("db");
    newsgraph(&store).arg("build").assert().success();
    newsgraph(&store)
        .args([
            "query",
            "article",
            "--param",
            "doc=003_750f19587e149a29",
            "--format",
            "csv",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Emmanuel Macron"))
        .stdout(predicate::str::contains("000_30f74fd36e1936db").not());
}

#[test]
fn entity_profile_gathers_names_roles_quotations_contacts_and_articles() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("db");
    newsgraph(&store).arg("build").assert().success();
    let output = newsgraph(&store)
        .args([
            "query",
            "entity-profile",
            "--param",
            "name=Emmanuel Macron",
            "--format",
            "csv",
        ])
        .output()
        .expect("runs");
    assert!(output.status.success());
    let rows = parse_csv(&String::from_utf8(output.stdout).expect("utf-8"));
    let get = crate::common::get;
    let kinds: std::collections::BTreeSet<&str> = rows.iter().map(|row| get(row, "kind")).collect();
    for kind in ["type", "role", "contact", "article"] {
        assert!(kinds.contains(kind), "no {kind} row in {rows:?}");
    }
    assert!(rows.iter().all(|row| get(row, "name") == "Emmanuel Macron"));
    assert!(rows.iter().any(|row| get(row, "kind") == "contact"
        && get(row, "detail").contains("call (happened) 2022-01-28 with Vladimir Putin")
        && get(row, "doc") == "003_750f19587e149a29"));
    assert!(rows
        .iter()
        .any(|row| get(row, "kind") == "type" && get(row, "detail") == "Person"));
}

#[test]
fn entity_profile_lists_the_other_names_with_and_without_a_parameter() {
    // Two spellings of one person (equal keys after ASCII folding): each name's profile
    // shows the other name, whether the name is bound or all profiles are listed.
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("db");
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    fs::write(
        &a,
        "Emile Laurent, the mayor, spoke to reporters on Monday.\n\n\
         \"We will rebuild the bridge,\" Emile Laurent said.\n",
    )
    .expect("written");
    fs::write(
        &b,
        "Émile Laurent visited the port on Tuesday.\n\n\
         \"The harbour needs work,\" Émile Laurent said.\n",
    )
    .expect("written");
    newsgraph(&store)
        .arg("build")
        .arg(&a)
        .arg(&b)
        .assert()
        .success();
    let profile = |params: &[&str]| {
        let output = newsgraph(&store)
            .args(["query", "entity-profile", "--format", "csv"])
            .args(params)
            .output()
            .expect("runs");
        assert!(output.status.success());
        parse_csv(&String::from_utf8(output.stdout).expect("utf-8"))
    };
    let get = crate::common::get;
    let names = |rows: &[crate::common::Row], name: &str| -> Vec<String> {
        rows.iter()
            .filter(|row| get(row, "name") == name && get(row, "kind") == "name")
            .map(|row| get(row, "detail").to_owned())
            .collect()
    };
    let bound = profile(&["--param", "name=Émile Laurent"]);
    let all = profile(&[]);
    assert_eq!(names(&bound, "Émile Laurent"), ["Emile Laurent"]);
    assert_eq!(names(&all, "Émile Laurent"), ["Emile Laurent"]);
    assert_eq!(names(&all, "Emile Laurent"), ["Émile Laurent"]);
    let of_one_name = |rows: &[crate::common::Row]| {
        let mut rows: Vec<_> = rows
            .iter()
            .filter(|row| get(row, "name") == "Émile Laurent")
            .cloned()
            .collect();
        rows.sort();
        rows
    };
    assert_eq!(of_one_name(&bound), of_one_name(&all));
    assert_eq!(
        bound
            .iter()
            .filter(|row| get(row, "kind") == "quotation")
            .count(),
        2
    );
}

#[test]
fn a_parameter_is_bound_as_a_term_not_spliced_into_the_query() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("db");
    newsgraph(&store).arg("build").assert().success();
    let count = |store: &Path| {
        let output = newsgraph(store)
            .args(["export", "--format", "nquads"])
            .output()
            .expect("runs");
        String::from_utf8(output.stdout)
            .expect("utf-8")
            .lines()
            .count()
    };
    let before = count(&store);
    newsgraph(&store)
        .args([
            "query",
            "article",
            "--param",
            "doc=x\" } ; DROP ALL ; SELECT * { ?s ?p \"",
            "--format",
            "csv",
        ])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "doc,kind,subject,detail,start,end",
        ))
        .stdout(predicate::function(|out: &str| out.lines().count() == 1));
    assert_eq!(count(&store), before);
}

#[test]
fn a_store_in_a_new_directory_is_created_with_its_parents() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("out").join("db");
    newsgraph(&store)
        .args(["build", "corpus/000_30f74fd36e1936db.txt"])
        .assert()
        .success();
    assert!(store.is_dir());
}

#[test]
fn querying_a_store_that_was_never_built_says_what_to_do() {
    let dir = tempfile::tempdir().expect("temp dir");
    newsgraph(&dir.path().join("missing"))
        .args(["query", "quotations"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("run `newsgraph build` first"));
}

#[test]
fn an_unknown_query_is_an_error_naming_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("db");
    newsgraph(&store).arg("build").assert().success();
    newsgraph(&store)
        .args(["query", "no-such-query"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-query"));
}

#[test]
fn memory_build_answers_a_query_in_one_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    newsgraph(&dir.path().join("unused"))
        .args([
            "build", "--memory", "corpus", "--query", "speakers", "--format", "tsv",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Vladimir Putin"));
    assert!(!dir.path().join("unused").exists());
}

#[test]
fn stats_count_what_the_store_holds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("db");
    newsgraph(&store).arg("build").assert().success();
    newsgraph(&store)
        .arg("stats")
        .assert()
        .success()
        .stdout(predicate::str::contains("articles").and(predicate::str::contains("5")))
        .stdout(predicate::str::contains("quotations"));
}

#[test]
fn remove_deletes_exactly_one_article() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("db");
    newsgraph(&store).arg("build").assert().success();
    newsgraph(&store)
        .args(["remove", "003_750f19587e149a29"])
        .assert()
        .success();
    let output = newsgraph(&store)
        .args(["query", "quotations", "--format", "csv"])
        .output()
        .expect("runs");
    let text = String::from_utf8(output.stdout).expect("utf-8");
    assert!(!text.contains("003_750f19587e149a29"));
    assert!(text.contains("000_30f74fd36e1936db"));
}

#[test]
fn remove_takes_the_article_out_of_its_statements() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("db");
    newsgraph(&store).arg("build").assert().success();
    let same_statement = |store: &Path| {
        let output = newsgraph(store)
            .args(["query", "same-statement", "--format", "csv"])
            .output()
            .expect("runs");
        String::from_utf8(output.stdout).expect("utf-8")
    };
    assert!(same_statement(&store).contains("001_6f55596e71a25cd4"));
    newsgraph(&store)
        .args(["remove", "001_6f55596e71a25cd4"])
        .assert()
        .success();
    assert!(!same_statement(&store).contains("001_6f55596e71a25cd4"));
}

#[test]
fn extract_writes_json_lines_without_a_store() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = newsgraph(&dir.path().join("unused"))
        .args([
            "extract",
            "--format",
            "jsonl",
            "corpus/003_750f19587e149a29.txt",
        ])
        .output()
        .expect("runs");
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).expect("utf-8");
    let record: serde_json::Value =
        serde_json::from_str(text.lines().next().expect("a line")).expect("json");
    assert_eq!(record["id"], "003_750f19587e149a29");
    assert!(record["quotations"]
        .as_array()
        .is_some_and(|q| !q.is_empty()));
    assert!(!dir.path().join("unused").exists());
}

#[test]
fn explain_writes_the_evaluated_plan_with_its_rows() {
    // `--explain` runs the query to its end and writes Oxigraph's plan as JSON: the root's
    // row count is the number of rows the query gives, and the article's id is looked up
    // (the bound parameter reaches the plan).
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("db");
    let article = dir.path().join("harbour.txt");
    fs::write(
        &article,
        "Emile Laurent visited the port on Tuesday.\n\n\
         \"The harbour needs work,\" Emile Laurent said.\n",
    )
    .expect("written");
    newsgraph(&store)
        .arg("build")
        .arg(&article)
        .assert()
        .success();
    let query = |extra: &[&str]| {
        let output = newsgraph(&store)
            .args(["query", "article", "--param", "doc=harbour"])
            .args(extra)
            .output()
            .expect("runs");
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).expect("utf-8")
    };
    let rows = parse_csv(&query(&["--format", "csv"]));
    assert!(rows.len() >= 3, "{rows:?}");
    let plan: serde_json::Value = serde_json::from_str(&query(&["--explain"])).expect("JSON");
    assert_eq!(plan["plan"]["number of results"], rows.len());
    assert!(plan
        .to_string()
        .contains("QuadPattern(?article <http://schema.org/identifier>"));
    // An explanation is not results: it cannot be combined with a format or a limit.
    newsgraph(&store)
        .args(["query", "article", "--explain", "--format", "csv"])
        .assert()
        .failure();
}

#[test]
fn a_build_without_a_temporary_directory_links_from_the_store() {
    // A first build keeps the link pass's inputs in temporary files; where there is no
    // temporary directory it asks the store instead, and the graph is the same.
    let dir = tempfile::tempdir().expect("temp dir");
    let spooled = dir.path().join("spooled.db");
    newsgraph(&spooled).arg("build").assert().success();
    let asked = dir.path().join("asked.db");
    newsgraph(&asked)
        .env("TMPDIR", dir.path().join("no such directory"))
        .arg("build")
        .assert()
        .success();
    let expected = export_nquads(&spooled);
    assert!(expected.contains("ReportedStatement"));
    assert_eq!(export_nquads(&asked), expected);
}
