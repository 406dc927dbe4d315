//! The store under faults: a build killed (`SIGKILL`) at pseudo-random moments leaves a store
//! that opens, holds each article's facts whole or not at all, and is completed by building
//! again; a second build on a store in use is refused with a clear message.
//!
//! The kill loop runs a few times in every test run. `NEWSGRAPH_LONG_TESTS=1` runs it 40
//! times, and `NEWSGRAPH_FAULT_SECS=N` runs it for N seconds (what `tests/check` uses).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use oxigraph::io::{RdfFormat, RdfParser};

use crate::common::root;

/// Each named graph's quads, as sorted N-Quads lines without the graph name.
type Graphs = BTreeMap<String, BTreeSet<String>>;

fn newsgraph(store: &Path) -> Command {
    let mut command = Command::new(assert_cmd::cargo::cargo_bin("newsgraph"));
    command.current_dir(root()).arg("--store").arg(store);
    command
}

/// A corpus of `copies` × the five seed articles, each copy under its own ids, so a build
/// takes long enough to be killed in the middle.
fn corpus(dir: &Path, copies: usize) -> std::path::PathBuf {
    let corpus = dir.join("corpus");
    fs::create_dir_all(&corpus).expect("corpus dir");
    for entry in fs::read_dir(root().join("corpus")).expect("seed corpus") {
        let path = entry.expect("entry").path();
        let stem = path.file_stem().and_then(|s| s.to_str()).expect("stem");
        let text = fs::read(&path).expect("seed article");
        for copy in 0..copies {
            fs::write(corpus.join(format!("{stem}_{copy}.txt")), &text).expect("copy");
        }
    }
    corpus
}

/// Builds `corpus` into `store` to the end; the build must succeed.
fn build_whole(store: &Path, corpus: &Path) {
    let status = newsgraph(store)
        .arg("build")
        .arg(corpus)
        .stderr(Stdio::null())
        .status()
        .expect("build runs");
    assert!(status.success(), "the build of {} failed", corpus.display());
}

/// Parses N-Quads into graphs (the default graph under the empty name).
fn graphs(nquads: &[u8]) -> Graphs {
    let mut graphs = Graphs::new();
    for quad in RdfParser::from_format(RdfFormat::NQuads).for_slice(nquads) {
        let quad = quad.expect("valid N-Quads");
        let triple = format!("{} {} {}", quad.subject, quad.predicate, quad.object);
        graphs
            .entry(quad.graph_name.to_string())
            .or_default()
            .insert(triple);
    }
    graphs
}

fn export(store: &Path) -> Graphs {
    let output = newsgraph(store)
        .args(["export", "--format", "nquads"])
        .output()
        .expect("export runs");
    assert!(
        output.status.success(),
        "the store does not open after the kill: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    graphs(&output.stdout)
}

/// Whether a graph is one article's (not the ontology's or a speaker's statements).
fn is_article(graph: &str) -> bool {
    graph.starts_with("<https://example.org/newsgraph/doc/")
}

/// Whether some process holds a lock on `file`, by `/proc/locks` (whose lines name the file
/// as `major:minor:inode`).
fn is_locked(file: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(metadata) = fs::metadata(file) else {
        return false;
    };
    let inode = format!(":{} ", metadata.ino());
    fs::read_to_string("/proc/locks")
        .expect("/proc/locks")
        .lines()
        .any(|line| line.contains(&inode))
}

/// How many times the kill loop runs, or for how long.
fn fault_budget() -> (usize, Duration) {
    if let Some(secs) = std::env::var("NEWSGRAPH_FAULT_SECS")
        .ok()
        .and_then(|secs| secs.parse().ok())
    {
        return (usize::MAX, Duration::from_secs(secs));
    }
    let long = std::env::var_os("NEWSGRAPH_LONG_TESTS").is_some();
    (if long { 40 } else { 3 }, Duration::MAX)
}

#[allow(clippy::print_stderr)] // the loop's outcomes are the evidence; they go to the log
#[test]
fn a_build_killed_at_any_moment_leaves_whole_articles_and_a_rerun_completes_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (iterations, budget) = fault_budget();
    // Batches of 64 articles or more go through the bulk loader, so only the long loop,
    // with 65 articles, reaches it; the short one has 20 and stays quick.
    let copies = if iterations > 3 { 13 } else { 4 };
    let corpus = corpus(dir.path(), copies);
    // The reference: an uninterrupted build, whose article graphs are what a build stores.
    let reference_store = dir.path().join("reference");
    let started = Instant::now();
    build_whole(&reference_store, &corpus);
    let full_build = started.elapsed();
    let reference = export(&reference_store);
    assert_eq!(
        reference.keys().filter(|graph| is_article(graph)).count(),
        5 * copies
    );

    let loop_started = Instant::now();
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut iteration = 0;
    while iteration < iterations && loop_started.elapsed() < budget {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        // Kill anywhere from before the store opens to near the end of the build (the last
        // quarter of the reference time is often past the end).
        let delay = full_build.mul_f64((state % 1000) as f64 / 1333.0);
        // Batches of 8 go in one transaction per article; a batch of 256 holding 64 articles
        // or more goes through the bulk loader, committed at the end of the article pass (all
        // of its articles or none of them), or, with `--commit-every 0`, after each batch.
        let (batch, commit_every) = match iteration % 3 {
            0 => ("8", None),
            1 => ("256", None),
            _ => ("64", Some("0")),
        };
        let store = dir.path().join(format!("db{iteration}"));
        let mut build = newsgraph(&store);
        build.args(["build", "--batch-size", batch]);
        if let Some(millions) = commit_every {
            build.args(["--commit-every", millions]);
        }
        let mut child = build
            .arg(&corpus)
            .stderr(Stdio::null())
            .spawn()
            .expect("build starts");
        sleep(delay);
        // The child is the build this test started.
        let _ = child.kill();
        let finished = child.wait().expect("build ends").success();

        let found = if store.exists() {
            export(&store)
        } else {
            Graphs::new()
        };
        let articles: Vec<&String> = found.keys().filter(|graph| is_article(graph)).collect();
        for graph in &articles {
            let empty = BTreeSet::new();
            let want = reference.get(*graph).unwrap_or(&empty);
            let have = &found[*graph];
            assert!(
                have == want,
                "iteration {iteration}: {graph} is not whole: missing {:?}, extra {:?}",
                want.difference(have).collect::<Vec<_>>(),
                have.difference(want).collect::<Vec<_>>()
            );
        }
        let status = newsgraph(&store)
            .arg("build")
            .arg(&corpus)
            .stderr(Stdio::null())
            .status()
            .expect("rebuild runs");
        assert!(
            status.success(),
            "iteration {iteration}: the rebuild failed"
        );
        assert!(
            export(&store) == reference,
            "iteration {iteration}: the rebuild differs from an uninterrupted build"
        );
        // The bulk loader's files of the killed build are gone once the store is opened.
        let leftovers: Vec<_> = fs::read_dir(&store)
            .expect("store directory")
            .flatten()
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .filter(|name| name.starts_with("bulk-"))
            .collect();
        assert!(
            leftovers.is_empty(),
            "iteration {iteration}: the killed build's files are left: {leftovers:?}"
        );
        eprintln!(
            "fault loop {iteration}: batch {batch}, commit every {commit_every:?}, killed after {} ms{}, {} of {} articles whole, rebuilt equal",
            delay.as_millis(),
            if finished { " (had already finished)" } else { "" },
            articles.len(),
            5 * copies
        );
        fs::remove_dir_all(&store).expect("remove store");
        iteration += 1;
    }
    assert!(iteration > 0);
}

#[test]
fn a_second_build_on_a_store_in_use_is_refused_and_the_first_completes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("db");
    // The first build reads standard input, so it holds the store until the input ends.
    let mut first = newsgraph(&store)
        .args(["build", "-"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("first build starts");
    // Wait until it holds RocksDB's lock. Probing by opening the store would race with it,
    // so the probe reads the kernel's table of locks (Linux) for the LOCK file's inode.
    let started = Instant::now();
    while !is_locked(&store.join("LOCK")) {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the first build never held the store"
        );
        sleep(Duration::from_millis(50));
    }
    let second = newsgraph(&store)
        .args(["build", "corpus"])
        .output()
        .expect("second build runs");
    assert_eq!(second.status.code(), Some(2));
    let message = String::from_utf8_lossy(&second.stderr);
    assert!(
        message.contains("store is in use") && message.contains("locked by another process"),
        "{message}"
    );
    first
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"Vladimir Petrov said on Tuesday that the talks would go on.\n")
        .expect("write to the first build");
    let first = first.wait_with_output().expect("first build ends");
    assert!(first.status.success(), "{:?}", first);
    assert!(String::from_utf8_lossy(&first.stderr).contains("read 1 article (0 skipped)"));
    let graphs = export(&store);
    assert!(graphs.contains_key("<https://example.org/newsgraph/doc/stdin>"));
    assert_eq!(graphs.keys().filter(|graph| is_article(graph)).count(), 1);
}

/// A small tmpfs mounted for one test, unmounted when dropped.
struct SmallDisk {
    path: std::path::PathBuf,
}

impl SmallDisk {
    /// Mounts a tmpfs of `size` (as `mount -o size=` takes it), or says why it cannot: only
    /// root may mount, so outside CI a machine without the right skips the check.
    #[allow(clippy::print_stderr)]
    fn mount(path: &Path, size: &str) -> Option<SmallDisk> {
        fs::create_dir_all(path).expect("mount point");
        let output = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(path)
            .output()
            .expect("mount runs");
        if output.status.success() {
            return Some(SmallDisk {
                path: path.to_path_buf(),
            });
        }
        let why = String::from_utf8_lossy(&output.stderr);
        assert!(
            std::env::var_os("CI").is_none(),
            "mounting a small tmpfs is needed in CI to simulate a full disk: {why}"
        );
        eprintln!("note: cannot mount a tmpfs ({why}); the full-disk check is skipped");
        None
    }

    fn resize(&self, size: &str) {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,size={size}")])
            .arg(&self.path)
            .status()
            .expect("mount runs");
        assert!(status.success());
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.path).status();
    }
}

#[test]
fn a_full_disk_stops_the_build_with_whole_articles_and_a_rebuild_completes_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = corpus(dir.path(), 4);
    let reference_store = dir.path().join("reference");
    build_whole(&reference_store, &corpus);
    let reference = export(&reference_store);
    let Some(disk) = SmallDisk::mount(&dir.path().join("disk"), "2500k") else {
        return;
    };
    let store = disk.path.join("db");
    let output = newsgraph(&store)
        .args(["build", "--batch-size", "8"])
        .arg(&corpus)
        .output()
        .expect("build runs");
    let message = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{message}");
    assert!(message.contains("No space left on device"), "{message}");
    // With room again, the store opens and holds whole articles only.
    disk.resize("400m");
    let found = export(&store);
    let articles: Vec<&String> = found.keys().filter(|graph| is_article(graph)).collect();
    assert!(articles.len() < 20, "the disk never filled up");
    for graph in articles {
        assert!(found[graph] == reference[graph], "{graph} is not whole");
    }
    build_whole(&store, &corpus);
    assert!(export(&store) == reference, "the rebuild differs");
}
