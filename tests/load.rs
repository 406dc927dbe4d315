//! `newsgraph serve` under load: 50 clients on loopback send queries whose answers are known
//! for a few seconds (30 with `NEWSGRAPH_LONG_TESTS=1`), while heavy queries are sent that the
//! `--timeout` must cut off. Every answer must be right, every heavy query must end in 503
//! within the timeout plus a margin, and the run prints requests per second and latency
//! percentiles.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use crate::common::{rows, seed_store};
use crate::serve::Endpoint;

const CLIENTS: usize = 50;

const COUNT_QUOTATIONS: &str = "PREFIX ng: <https://example.org/newsgraph/ontology#> \
     SELECT (COUNT(?q) AS ?n) WHERE { ?q a ng:Quotation }";

/// Cheap to write, long to run: a count over the square of the store.
const HEAVY: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }";

/// Sends one SPARQL query by POST on a fresh connection; returns the status and the body.
fn post(address: &str, query: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(address).expect("connect to the endpoint");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .expect("read timeout");
    let request = format!(
        "POST /query HTTP/1.1\r\nHost: {address}\r\nAccept: text/csv\r\n\
         Content-Type: application/sparql-query\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{query}",
        query.len()
    );
    stream.write_all(request.as_bytes()).expect("send");
    let mut response = Vec::new();
    stream
        .read_to_end(&mut response)
        .expect("read the response");
    let response = String::from_utf8(response).expect("utf-8 response");
    let (head, body) = response.split_once("\r\n\r\n").expect("head and body");
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .expect("a status code");
    (status, body.to_owned())
}

/// The value of a one-row result in a column `n`, whether or not the body is chunked (the
/// chunk framing lines come before the header and after the value).
fn single_value(body: &str) -> Option<u64> {
    let mut lines = body.lines().map(str::trim);
    lines.find(|line| *line == "n")?;
    lines.next()?.parse().ok()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

#[allow(clippy::print_stderr)] // the measured numbers are the test's report
#[test]
fn the_endpoint_keeps_answering_right_under_load_and_cuts_off_heavy_queries() {
    let long = std::env::var_os("NEWSGRAPH_LONG_TESTS").is_some();
    let duration = Duration::from_secs(if long { 30 } else { 3 });
    let timeout = Duration::from_secs(1);
    let endpoint = Endpoint::start(&["--timeout", "1"]);
    let address = endpoint.url.trim_start_matches("http://").to_owned();
    // The known answer, from the library's own build of the same seeds.
    let expected = rows(seed_store(), "quotations", &[]).len() as u64;
    assert!(expected > 50);

    let latencies = Arc::new(Mutex::new(Vec::new()));
    let heavy = Arc::new(Mutex::new(Vec::new()));
    let started = Instant::now();
    let clients: Vec<_> = (0..CLIENTS)
        .map(|client| {
            let address = address.clone();
            let latencies = Arc::clone(&latencies);
            let heavy = Arc::clone(&heavy);
            thread::spawn(move || {
                let mut n = 0;
                while started.elapsed() < duration {
                    let sent = Instant::now();
                    // One client in ten sends a heavy query every tenth time.
                    if client % 10 == 0 && n % 10 == 0 {
                        let (status, body) = post(&address, HEAVY);
                        assert_eq!(status, 503, "a heavy query was not cut off: {body}");
                        heavy.lock().expect("lock").push(sent.elapsed());
                    } else {
                        let (status, body) = post(&address, COUNT_QUOTATIONS);
                        assert_eq!(status, 200, "{body}");
                        assert_eq!(single_value(&body), Some(expected), "wrong answer: {body}");
                        latencies.lock().expect("lock").push(sent.elapsed());
                    }
                    n += 1;
                }
            })
        })
        .collect();
    for client in clients {
        client.join().expect("a client failed");
    }
    let elapsed = started.elapsed();
    let mut latencies = latencies.lock().expect("lock").clone();
    let heavy = heavy.lock().expect("lock").clone();
    latencies.sort();
    assert!(
        latencies.len() > CLIENTS,
        "too few answers: {}",
        latencies.len()
    );
    assert!(!heavy.is_empty());
    let slowest_cut = heavy.iter().max().expect("heavy queries");
    assert!(
        *slowest_cut < timeout + Duration::from_secs(5),
        "a heavy query took {slowest_cut:?} with --timeout 1"
    );
    eprintln!(
        "serve under load: {CLIENTS} clients, {:.1} s: {} right answers ({:.0} requests/s), \
         latency p50 {:?} p90 {:?} p99 {:?} max {:?}; {} heavy queries cut off with 503, slowest after {:?}",
        elapsed.as_secs_f64(),
        latencies.len(),
        latencies.len() as f64 / elapsed.as_secs_f64(),
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.9),
        percentile(&latencies, 0.99),
        latencies.last().expect("latencies"),
        heavy.len(),
        slowest_cut
    );
}
