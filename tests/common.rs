//! Shared helpers: the seed corpus built once into an in-memory store, bundled queries run to
//! CSV rows, and external tools that must exist in CI.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use newsgraph::pipeline::{self, Config};
use newsgraph::query::{self, OutputFormat};
use newsgraph::rdf::store::Store;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The whole store at `store` as `newsgraph export --format nquads` writes it (sorted).
pub fn export_nquads(store: &Path) -> String {
    run_ok(
        Command::new(assert_cmd::cargo::cargo_bin("newsgraph"))
            .current_dir(root())
            .arg("--store")
            .arg(store)
            .args(["export", "--format", "nquads"]),
    )
}

/// The seed articles built into an in-memory store (once per test binary).
pub fn seed_store() -> &'static Store {
    static STORE: OnceLock<Store> = OnceLock::new();
    STORE.get_or_init(|| {
        let store = Store::in_memory().expect("in-memory store");
        let config = Config::new(vec![root().join("corpus")]);
        let summary = pipeline::build(&config, &store, &mut |_| {}).expect("building the seeds");
        assert_eq!(summary.articles, 5);
        assert_eq!(summary.skipped, 0);
        store
    })
}

/// A query's result as rows of named values (CSV as the W3C results format writes it).
pub fn rows(store: &Store, name: &str, params: &[&str]) -> Vec<Row> {
    let query = query::resolve(name).expect("bundled query");
    let params: Vec<query::Param> = params
        .iter()
        .map(|p| query::Param::parse(p).expect("param"))
        .collect();
    let mut out = Vec::new();
    query::run(store, &query, &params, OutputFormat::Csv, &mut out).expect("query runs");
    parse_csv(&String::from_utf8(out).expect("utf-8 csv"))
}

/// One result row: (column, value) pairs.
pub type Row = Vec<(String, String)>;

/// Reads the value of a column.
pub fn get<'a>(row: &'a Row, column: &str) -> &'a str {
    row.iter()
        .find(|(name, _)| name == column)
        .map(|(_, value)| value.as_str())
        .unwrap_or_else(|| panic!("no column {column}"))
}

/// A small RFC 4180 reader (quoted fields, doubled quotes, CRLF).
pub fn parse_csv(text: &str) -> Vec<Row> {
    let mut records: Vec<Vec<String>> = Vec::new();
    let mut field = String::new();
    let mut record = Vec::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    let mut records = records.into_iter();
    let header = records.next().unwrap_or_default();
    records
        .map(|record| header.iter().cloned().zip(record).collect())
        .collect()
}

/// Checks a bundled query's rows against the CSV another tool wrote for it in `dir`
/// (`NAME.csv`), in any order; `through` names the other side in the failure message.
pub fn assert_same_rows(name: &str, mut ours: Vec<Row>, dir: &Path, through: &str) {
    let theirs = std::fs::read_to_string(dir.join(format!("{name}.csv"))).expect("other csv");
    let mut theirs = parse_csv(&theirs);
    ours.sort();
    theirs.sort();
    assert!(!ours.is_empty(), "{name} returned no rows");
    assert_eq!(ours, theirs, "{name} differs {through}");
}

/// Whether an external tool can be run. Outside CI a missing tool skips the check with a
/// message; in CI (`CI` set) it fails the test, because a check that did not run proves nothing.
pub fn tool(name: &str) -> bool {
    available(
        Command::new("sh").args(["-c", &format!("command -v {name}")]),
        &format!("`{name}`"),
    )
}

/// Whether a Python module can be imported (same policy as [`tool`]).
pub fn python_module(module: &str) -> bool {
    available(
        Command::new("python3").args(["-c", &format!("import {module}")]),
        &format!("python module `{module}`"),
    )
}

fn available(probe: &mut Command, what: &str) -> bool {
    let found = probe
        .output()
        .map(|out| out.status.success())
        .unwrap_or(false);
    required(found, what, " (.ci/setup installs it)")
}

/// Whether something a check needs was `found` (same policy as [`tool`]): in CI its absence
/// fails the test, with `remedy` in the message; outside CI the check is skipped with a note.
// A skipped check says so on stderr: a silent skip would look like a pass.
#[allow(clippy::print_stderr)]
pub fn required(found: bool, what: &str, remedy: &str) -> bool {
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "{what} is required in CI but is missing{remedy}"
        );
        eprintln!("note: {what} is missing; this check is skipped outside CI");
    }
    found
}

/// Runs a command and returns its stdout, failing the test with its stderr otherwise.
pub fn run_ok(command: &mut Command) -> String {
    let out = command.output().expect("command starts");
    assert!(
        out.status.success(),
        "{command:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}
