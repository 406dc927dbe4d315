//! Awkward and broken input through the binary: odd quotation marks, right-to-left text,
//! emoji and combining characters, Windows line ends, a BOM and HTML give facts whose offsets
//! are right in code points; symlink loops, unreadable files and directories are reported by
//! name and skipped while the rest is built; a document id read twice keeps the later article,
//! with a warning; many tiny files go through.
//!
//! `NEWSGRAPH_LONG_TESTS=1` runs the many-files case with a million files instead of two
//! thousand.

use std::fs;
use std::path::Path;
use std::process::Command;

use assert_cmd::cargo::cargo_bin;

use crate::common::{get, parse_csv, root, Row};

fn newsgraph() -> Command {
    let mut command = Command::new(cargo_bin("newsgraph"));
    command.current_dir(root());
    command
}

/// Builds `dir` in memory and runs a bundled query; returns the exit code, stderr and rows.
fn build_and_query(dir: &Path, query: &str) -> (Option<i32>, String, Vec<Row>) {
    let output = newsgraph()
        .args(["build", "--memory", "--query", query, "--format", "csv"])
        .arg(dir)
        .output()
        .expect("newsgraph runs");
    let rows = parse_csv(&String::from_utf8(output.stdout).expect("utf-8 csv"));
    let stderr = String::from_utf8(output.stderr).expect("utf-8 stderr");
    (output.status.code(), stderr, rows)
}

/// The code points `start..end` of a text.
fn code_points(text: &str, start: &str, end: &str) -> String {
    let start: usize = start.parse().expect("start offset");
    let end: usize = end.parse().expect("end offset");
    text.chars().skip(start).take(end - start).collect()
}

/// Checks that the build named both `names` in `dir` as unreadable and built the one other
/// article.
fn assert_unreadable(stderr: &str, dir: &Path, names: [&str; 2]) {
    for name in names {
        let line = format!("skipped {}: could not read", dir.join(name).display());
        assert!(stderr.contains(&line), "{stderr}");
    }
    assert!(stderr.contains("read 1 article (2 skipped)"), "{stderr}");
}

fn write_files(dir: &Path, files: &[(&str, &str)]) {
    for (name, text) in files {
        fs::write(dir.join(name), text).expect("write article");
    }
}

#[test]
fn odd_text_gives_facts_with_offsets_in_code_points() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_files(
        dir.path(),
        &[
            ("quotes.txt", "Petrov said: \"We will “never” accept this,\" and left.\n\nLaurent said \"the talks ‘failed’ badly\".\n\n“This quote never closes, Ivanova said.\n\nBrooks said: \"mixed quotes” end here.\n\n\"\"\"\n\n”backwards“ he said.\n\n“Outer ‘inner “deepest” inner’ outer,” Petrov said.\n"),
            ("rtl.txt", "Ivanova said: “مرحبا بالعالم” on Friday.\n\nשלום עליכם said Brooks. Petrov told reporters “السلام عليكم هو ما قلته” in Cairo.\n"),
            ("emoji.txt", "😀😀 Petrov 👍🏽 said on Tuesday: “We ❤️ talks 🇫🇷 with Laurent,” he said.\n\n👨‍👩‍👧 Zoe\u{301} Ivanova said “cafe\u{301} nai\u{308}ve is fine.”\n\n“We will meet again,” Laurent said.\n"),
            ("crlf.txt", "Petrov said on Tuesday that the talks would go on.\r\n\r\n“We will win,” Laurent said.\r\n\r\nIvanova met Brooks in Paris on Friday.\r\n"),
            ("bom.txt", "\u{feff}“We will win,” Laurent said.\n\nPetrov said the talks would go on.\n"),
            ("html.txt", "<html><head><title>x</title><script>var a=\"b\";</script></head><body><p>Petrov said &ldquo;we will win&rdquo;.</p><div class=\"q\">“Talks are over,” Laurent said.</div></body></html>\n"),
        ],
    );
    let text = |doc: &str| fs::read_to_string(dir.path().join(format!("{doc}.txt"))).expect("read");

    let (code, stderr, quotations) = build_and_query(dir.path(), "quotations");
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("read 6 articles (0 skipped)"), "{stderr}");
    let docs: std::collections::BTreeSet<&str> =
        quotations.iter().map(|row| get(row, "doc")).collect();
    assert_eq!(
        docs.into_iter().collect::<Vec<_>>(),
        ["bom", "crlf", "emoji", "html", "quotes", "rtl"]
    );
    for row in &quotations {
        let text = text(get(row, "doc"));
        let mention = code_points(&text, get(row, "speakerStart"), get(row, "speakerEnd"));
        assert_eq!(mention, get(row, "speakerMention"), "{row:?}");
        // A quotation in parts ("A," X said. "B.") has its parts' words; its span covers
        // them all, so it starts and ends as the words do.
        let span = code_points(&text, get(row, "quoteStart"), get(row, "quoteEnd"));
        let quote: Vec<char> = get(row, "quote").chars().collect();
        let head: String = quote.iter().take(8).collect();
        let tail: String = quote[quote.len().saturating_sub(8)..].iter().collect();
        assert!(
            span.starts_with(&head) && span.ends_with(&tail),
            "{row:?} covers {span:?}"
        );
    }
    // The speaker after an emoji-laden quotation, a combining accent, a CRLF and a BOM all
    // land where the words are.
    let speaker_at = |doc: &str, mention: &str| {
        quotations
            .iter()
            .any(|row| get(row, "doc") == doc && get(row, "speakerMention") == mention)
    };
    assert!(speaker_at("emoji", "Zoe\u{301} Ivanova"), "{quotations:?}");
    assert!(speaker_at("crlf", "Laurent") && speaker_at("bom", "Laurent"));
    assert!(speaker_at("rtl", "Ivanova") && speaker_at("html", "Laurent"));

    let (code, _, entities) = build_and_query(dir.path(), "entities");
    assert_eq!(code, Some(0));
    assert!(entities.len() >= 15, "{entities:?}");
    for row in &entities {
        let text = text(get(row, "doc"));
        let mention = code_points(&text, get(row, "start"), get(row, "end"));
        assert_eq!(mention, get(row, "mention"), "{row:?}");
    }
}

#[test]
fn symlink_loops_are_reported_and_the_rest_is_built() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path();
    write_files(
        input,
        &[(
            "good.txt",
            "Vladimir Petrov said that the talks would go on.\n",
        )],
    );
    fs::create_dir(input.join("sub")).expect("mkdir");
    std::os::unix::fs::symlink("..", input.join("sub/up")).expect("directory loop");
    std::os::unix::fs::symlink("b.txt", input.join("a.txt")).expect("file loop");
    std::os::unix::fs::symlink("a.txt", input.join("b.txt")).expect("file loop");
    let (code, stderr, rows) = build_and_query(input, "quotations");
    assert_eq!(code, Some(1), "{stderr}");
    assert_unreadable(&stderr, input, ["a.txt", "b.txt"]);
    assert_eq!(rows.len(), 1);
}

#[test]
fn unreadable_files_and_directories_are_reported_and_the_rest_is_built() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("in");
    fs::create_dir(&input).expect("mkdir");
    write_files(
        &input,
        &[
            (
                "good.txt",
                "Vladimir Petrov said that the talks would go on.\n",
            ),
            ("locked.txt", "Laurent said that the talks had failed.\n"),
        ],
    );
    fs::create_dir(input.join("closed")).expect("mkdir");
    write_files(
        &input.join("closed"),
        &[("inner.txt", "Ivanova said no.\n")],
    );
    let mode = |path: &Path, mode| {
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("chmod")
    };
    mode(&input.join("locked.txt"), 0o000);
    mode(&input.join("closed"), 0o000);
    // Root reads anything, so the build runs as nobody then, from a copy of the binary it
    // can reach (the build directory may sit under a private home).
    let mut command = if fs::read(input.join("locked.txt")).is_ok() {
        assert!(
            Path::new("/usr/bin/setpriv").exists() || std::env::var_os("CI").is_none(),
            "setpriv (util-linux) is needed to drop root's rights"
        );
        let binary = dir.path().join("newsgraph");
        fs::copy(cargo_bin("newsgraph"), &binary).expect("copy the binary");
        mode(dir.path(), 0o755);
        mode(&input, 0o755);
        mode(&input.join("good.txt"), 0o644);
        let mut command = Command::new("setpriv");
        command
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(binary);
        command
    } else {
        newsgraph()
    };
    let output = command
        .current_dir(dir.path())
        .args([
            "build",
            "--memory",
            "--query",
            "quotations",
            "--format",
            "csv",
        ])
        .arg(&input)
        .output()
        .expect("newsgraph runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_unreadable(&stderr, &input, ["locked.txt", "closed"]);
    let rows = parse_csv(&String::from_utf8_lossy(&output.stdout));
    assert_eq!(rows.len(), 1);
    assert_eq!(get(&rows[0], "doc"), "good");
}

#[test]
fn a_document_id_read_twice_keeps_the_later_article_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (sub, speaker) in [("a", "Petrov"), ("b", "Laurent")] {
        fs::create_dir(dir.path().join(sub)).expect("mkdir");
        write_files(
            &dir.path().join(sub),
            &[(
                "same.txt",
                &format!("{speaker} said that the talks would go on.\n"),
            )],
        );
    }
    // The same id in one batch, and in two batches of one article each.
    for batch in ["256", "1"] {
        let output = newsgraph()
            .args(["build", "--memory", "--batch-size", batch])
            .args(["--query", "quotations", "--format", "csv"])
            .arg(dir.path())
            .output()
            .expect("newsgraph runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        let warning = format!(
            "warning: {}: document id `same` was already read from {}; this article replaces it",
            dir.path().join("b/same.txt").display(),
            dir.path().join("a/same.txt").display()
        );
        assert!(stderr.contains(&warning), "{stderr}");
        let rows = parse_csv(&String::from_utf8_lossy(&output.stdout));
        let speakers: Vec<&str> = rows.iter().map(|row| get(row, "speaker")).collect();
        assert_eq!(speakers, ["Laurent"], "batch size {batch}");
    }
}

#[test]
fn many_tiny_files_go_through() {
    let long = std::env::var_os("NEWSGRAPH_LONG_TESTS").is_some();
    let files = if long { 1_000_000 } else { 2_000 };
    let dir = tempfile::tempdir().expect("temp dir");
    // Spread over subdirectories, as a crawler would, so no directory is huge.
    for n in 0..files {
        let sub = dir.path().join(format!("{:04}", n / 1000));
        if n % 1000 == 0 {
            fs::create_dir(&sub).expect("mkdir");
        }
        fs::write(sub.join(format!("{n}.txt")), format!("Petrov said {n}.\n")).expect("write");
    }
    let output = newsgraph()
        .args(["extract", "--format", "jsonl"])
        .arg(dir.path())
        .output()
        .expect("newsgraph runs");
    assert!(output.status.success());
    let lines = output.stdout.split(|&byte| byte == b'\n');
    assert_eq!(lines.filter(|line| !line.is_empty()).count(), files);
}
