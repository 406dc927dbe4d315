//! `newsgraph serve` over real HTTP: curl for the protocol (methods, content negotiation,
//! CORS, updates, the timeout and the row cap), rdflib's SPARQLStore running every bundled
//! query against the endpoint, and the query page.

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use crate::common::{assert_same_rows, python_module, root, rows, run_ok, seed_store, tool};

/// A `newsgraph serve` process on a free loopback port, stopped when dropped.
pub(crate) struct Endpoint {
    child: Child,
    pub(crate) url: String,
    _dir: tempfile::TempDir,
}

impl Endpoint {
    /// Builds the seeds into a fresh store and serves it with `flags`.
    pub(crate) fn start(flags: &[&str]) -> Endpoint {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = dir.path().join("db");
        newsgraph(&store).arg("build").assert().success();
        // Ask the system for a free port, then let the server take it.
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let address = format!("127.0.0.1:{port}");
        let child = Command::new(assert_cmd::cargo::cargo_bin("newsgraph"))
            .current_dir(root())
            .arg("--store")
            .arg(&store)
            .args(["serve", "--bind", &address])
            .args(flags)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server starts");
        let started = Instant::now();
        while TcpStream::connect(&address).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "the server did not listen on {address}"
            );
            sleep(Duration::from_millis(50));
        }
        Endpoint {
            child,
            url: format!("http://{address}"),
            _dir: dir,
        }
    }

    /// Runs curl with `args` on `path`; returns the status line's code, headers and body.
    fn curl(&self, path: &str, args: &[&str]) -> (u16, String, String) {
        let output = run_ok(
            Command::new("curl")
                .args(["--silent", "--show-error", "--include", "--max-time", "30"])
                .args(args)
                .arg(format!("{}{path}", self.url)),
        );
        let (head, body) = output
            .split_once("\r\n\r\n")
            .expect("a response head and body");
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|code| code.parse().ok())
            .expect("a status code");
        (status, head.to_ascii_lowercase(), body.to_owned())
    }
}

impl Drop for Endpoint {
    fn drop(&mut self) {
        // The server runs until stopped; this is the process the test started.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn newsgraph(store: &Path) -> assert_cmd::Command {
    let mut command = assert_cmd::Command::cargo_bin("newsgraph").expect("the binary is built");
    command.current_dir(root()).arg("--store").arg(store);
    command
}

const SPEAKERS: &str = "PREFIX schema: <http://schema.org/> PREFIX ng: <https://example.org/newsgraph/ontology#> \
                        SELECT DISTINCT ?speaker WHERE { ?q a ng:Quotation ; schema:creator ?speaker }";

#[test]
fn the_protocol_answers_get_and_post_in_every_results_format() {
    if !tool("curl") {
        return;
    }
    let endpoint = Endpoint::start(&[]);
    let (status, head, body) = endpoint.curl(
        "/query",
        &["--get", "--data-urlencode", &format!("query={SPEAKERS}")],
    );
    assert_eq!(status, 200, "{body}");
    assert!(
        head.contains("content-type: application/sparql-results+json"),
        "{head}"
    );
    assert!(head.contains("access-control-allow-origin: *"), "{head}");
    let json: serde_json::Value = serde_json::from_str(&body).expect("JSON results");
    let speakers = json["results"]["bindings"]
        .as_array()
        .expect("bindings")
        .len();
    assert!(speakers > 5, "{body}");
    for (accept, marker) in [
        (
            "application/sparql-results+xml",
            "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">",
        ),
        ("text/csv", "speaker\r\n"),
        ("text/tab-separated-values", "?speaker\n"),
    ] {
        let (status, head, body) = endpoint.curl(
            "/query",
            &[
                "-H",
                &format!("Accept: {accept}"),
                "--data-urlencode",
                &format!("query={SPEAKERS}"),
            ],
        );
        assert_eq!(status, 200, "{body}");
        assert!(head.contains(&format!("content-type: {accept}")), "{head}");
        assert!(body.contains(marker), "{accept}: {body}");
    }
    // A query as the whole body, and CONSTRUCT results in two RDF syntaxes.
    let construct = "CONSTRUCT { ?a <https://example.org/newsgraph/ontology#spokeWith> ?b } \
                     WHERE { ?a <https://example.org/newsgraph/ontology#spokeWith> ?b }";
    for (accept, marker) in [
        (
            "text/turtle",
            "@prefix ng: <https://example.org/newsgraph/ontology#> .",
        ),
        (
            "application/n-triples",
            "<https://example.org/newsgraph/ontology#spokeWith>",
        ),
    ] {
        let (status, head, body) = endpoint.curl(
            "/query",
            &[
                "-H",
                "Content-Type: application/sparql-query",
                "-H",
                &format!("Accept: {accept}"),
                "--data-binary",
                construct,
            ],
        );
        assert_eq!(status, 200, "{body}");
        assert!(head.contains(&format!("content-type: {accept}")), "{head}");
        assert!(body.contains(marker), "{accept}: {body}");
    }
    let (status, head, _) = endpoint.curl(
        "/query",
        &[
            "-X",
            "OPTIONS",
            "-H",
            "Origin: http://editor.example",
            "-H",
            "Access-Control-Request-Method: POST",
        ],
    );
    assert_eq!(status, 204);
    // GET and POST are CORS-safelisted methods; what a browser must be told is that it may
    // send Content-Type: application/sparql-query and Accept.
    assert!(
        head.contains("access-control-allow-headers: accept, content-type"),
        "{head}"
    );
    assert!(head.contains("access-control-allow-origin: *"), "{head}");
    let (status, _, body) = endpoint.curl(
        "/update",
        &[
            "--data-urlencode",
            "update=INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        ],
    );
    assert_eq!(status, 403);
    assert!(body.contains("--writable"), "{body}");
    let (status, _, body) = endpoint.curl(
        "/query",
        &["--data-urlencode", "query=SELECT ?x WHERE { ?x"],
    );
    assert_eq!(status, 400);
    assert!(body.contains("syntax error at line 1"), "{body}");
}

#[test]
fn a_writable_endpoint_takes_updates() {
    if !tool("curl") {
        return;
    }
    let endpoint = Endpoint::start(&["--writable"]);
    let ask = "query=ASK { <urn:newsgraph:test> <urn:newsgraph:says> \"hello\" }";
    let (_, _, body) = endpoint.curl("/query", &["--data-urlencode", ask]);
    assert!(body.contains("false"), "{body}");
    let (status, _, _) = endpoint.curl(
        "/update",
        &[
            "--data-urlencode",
            "update=INSERT DATA { GRAPH <urn:newsgraph:tests> { <urn:newsgraph:test> <urn:newsgraph:says> \"hello\" } }",
        ],
    );
    assert_eq!(status, 204);
    let (_, _, body) = endpoint.curl("/query", &["--data-urlencode", ask]);
    assert!(body.contains("true"), "{body}");
}

#[test]
fn heavy_queries_are_cut_off() {
    if !tool("curl") {
        return;
    }
    let endpoint = Endpoint::start(&["--timeout", "1", "--max-rows", "5"]);
    let started = Instant::now();
    let (status, _, body) = endpoint.curl(
        "/query",
        &[
            "--data-urlencode",
            "query=SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }",
        ],
    );
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("--timeout"), "{body}");
    assert!(started.elapsed() < Duration::from_secs(10));
    let (status, head, body) = endpoint.curl(
        "/query",
        &[
            "-H",
            "Accept: text/csv",
            "--data-urlencode",
            "query=SELECT * WHERE { ?s ?p ?o }",
        ],
    );
    assert_eq!(status, 200);
    assert!(head.contains("x-newsgraph-truncated: 5"), "{head}");
    assert_eq!(body.lines().count(), 6, "{body}");
}

#[test]
fn rdflib_sparqlstore_gets_the_rows_newsgraph_gives() {
    if !tool("curl") || !python_module("rdflib") {
        return;
    }
    let endpoint = Endpoint::start(&[]);
    let out = tempfile::tempdir().expect("temp dir");
    let doc = "003_750f19587e149a29";
    run_ok(
        Command::new("python3")
            .arg(root().join("tests/rdflib_check.py"))
            .arg("endpoint")
            .arg(format!("{}/query", endpoint.url))
            .arg(root().join("queries"))
            .arg(out.path())
            .arg(format!("article:doc={doc}")),
    );
    for bundled in newsgraph::query::bundled() {
        let param = format!("doc={doc}");
        let params: &[&str] = if bundled.name == "article" {
            &[&param]
        } else {
            &[]
        };
        let ours = rows(seed_store(), bundled.name, params);
        assert_same_rows(bundled.name, ours, out.path(), "through the endpoint");
    }
}

#[test]
fn the_page_offers_the_bundled_queries() {
    if !tool("curl") {
        return;
    }
    let endpoint = Endpoint::start(&[]);
    let (status, head, body) = endpoint.curl("/", &[]);
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/html"), "{head}");
    assert!(body.contains("<textarea id=\"query\""), "{body}");
    for bundled in newsgraph::query::bundled() {
        assert!(
            body.contains(&format!("\"name\":\"{}\"", bundled.name)),
            "{}",
            bundled.name
        );
    }
}

#[test]
fn the_page_runs_a_bundled_query_in_headless_chromium() {
    if !tool("chromium") {
        return;
    }
    let endpoint = Endpoint::start(&[]);
    let profile = tempfile::tempdir().expect("temp dir");
    // The page runs the query named in its URL's fragment, as a click on its button does;
    // the virtual time budget lets the fetch and the table finish before the DOM is dumped.
    let dom = run_ok(
        Command::new("timeout")
            .args([
                "120",
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .args(["--virtual-time-budget=20000", "--dump-dom"])
            .arg(format!("{}/#run=speakers", endpoint.url)),
    );
    let expected = rows(seed_store(), "speakers", &[]).len();
    assert!(dom.contains("<th>speaker</th>"), "{dom}");
    assert!(dom.contains("<td>Vladimir Putin</td>"), "{dom}");
    assert!(dom.contains(&format!("{expected} rows")), "{dom}");
    assert_eq!(dom.matches("<tr>").count(), expected + 1, "{dom}");
}
