//! Awkward and broken input through the binary: odd quotation marks, right-to-left text,
//! emoji and combining characters, Windows line ends, a BOM and HTML give facts whose offsets
//! are right in code points; symlink loops, unreadable files and directories are reported by
//! name and skipped while the rest is built; a document id read twice keeps the later article,
//! with a warning; text that is not UTF-8 is skipped, or decoded lossily with a warning under
//! `--lossy`; many tiny files, one long line and a huge article go through.
//!
//! `NEWSGRAPH_LONG_TESTS=1` runs the long versions: a million tiny files instead of two
//! thousand, a line of 10 MB instead of 1 MB, and an article of 200 MB.

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
    build_and_query_with(&[], dir, query)
}

/// [`build_and_query`] with more flags for `build`.
fn build_and_query_with(
    flags: &[&str],
    dir: &Path,
    query: &str,
) -> (Option<i32>, String, Vec<Row>) {
    let output = newsgraph()
        .args(["build", "--memory", "--query", query, "--format", "csv"])
        .args(flags)
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

#[test]
fn text_that_is_not_utf8_is_skipped_or_decoded_lossily_with_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text: &[u8] = b"Petrov said: \xe2\x80\x9cWe will \xff win the talks,\xe2\x80\x9d and left.\n\nLaurent said that the talks \xc3 had failed in Paris.\n";
    fs::write(dir.path().join("bad.txt"), text).expect("write");
    let record: &[u8] =
        b"{\"id\": \"good\", \"text\": \"Ivanova said that the talks went on.\"}\n{\"id\": \"line\", \"text\": \"Brooks said: \xe2\x80\x9cNo \xfe deal,\xe2\x80\x9d on Friday.\"}\n";
    fs::write(dir.path().join("feed.jsonl"), record).expect("write");
    let bad = dir.path().join("bad.txt");
    let feed = dir.path().join("feed.jsonl");

    // Without --lossy: both are reported by file (and line) and skipped, the rest is built.
    let (code, stderr, rows) = build_and_query(dir.path(), "quotations");
    assert_eq!(code, Some(1), "{stderr}");
    let skipped = format!(
        "skipped {}: not valid UTF-8 at byte 24 (convert the file to UTF-8)",
        bad.display()
    );
    assert!(stderr.contains(&skipped), "{stderr}");
    let skipped = format!("skipped {}:2: not valid UTF-8 at byte", feed.display());
    assert!(stderr.contains(&skipped), "{stderr}");
    assert!(stderr.contains("read 1 article (2 skipped)"), "{stderr}");
    let docs: Vec<&str> = rows.iter().map(|row| get(row, "doc")).collect();
    assert_eq!(docs, ["good"]);

    // With --lossy: processed, with a warning naming the file (and line), and exit code 1.
    let (code, stderr, rows) = build_and_query_with(&["--lossy"], dir.path(), "quotations");
    assert_eq!(code, Some(1), "{stderr}");
    let warning = format!(
        "warning: {}: not valid UTF-8 at byte 24; 2 invalid sequences replaced with U+FFFD (--lossy)",
        bad.display()
    );
    assert!(stderr.contains(&warning), "{stderr}");
    let warning = format!(
        "warning: {}:2: not valid UTF-8 at byte 106; 1 invalid sequence replaced with U+FFFD (--lossy)",
        feed.display()
    );
    assert!(stderr.contains(&warning), "{stderr}");
    assert!(
        stderr.contains("read 3 articles (0 skipped, 2 decoded lossily)"),
        "{stderr}"
    );
    // The replacement character is in the stored words, and offsets count code points of the
    // decoded text.
    let decoded = String::from_utf8_lossy(text).into_owned();
    let quote = |doc: &str, speaker: &str| {
        rows.iter()
            .find(|row| get(row, "doc") == doc && get(row, "speaker") == speaker)
            .unwrap_or_else(|| panic!("{doc}: {speaker} in {rows:?}"))
    };
    let petrov = quote("bad", "Petrov");
    assert_eq!(get(petrov, "quote"), "We will \u{fffd} win the talks");
    let laurent = quote("bad", "Laurent");
    assert!(
        get(laurent, "quote").contains("talks \u{fffd} had"),
        "{laurent:?}"
    );
    for row in [petrov, laurent] {
        let words = code_points(&decoded, get(row, "quoteStart"), get(row, "quoteEnd"));
        assert_eq!(words, get(row, "quote"), "{row:?}");
        let speaker = code_points(&decoded, get(row, "speakerStart"), get(row, "speakerEnd"));
        assert_eq!(speaker, get(row, "speakerMention"), "{row:?}");
    }
    assert_eq!(get(quote("line", "Brooks"), "quote"), "No \u{fffd} deal");

    // `extract` reads the same way.
    let output = newsgraph()
        .args(["extract", "--lossy", "--format", "jsonl"])
        .arg(&bad)
        .output()
        .expect("newsgraph runs");
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    assert!(
        stdout.contains("We will \u{fffd} win the talks"),
        "{stdout}"
    );
}

/// Concatenates the PolNeAR train articles (or, without them, the seed corpus) into one line
/// of at least `bytes` bytes, cut at a char boundary.
fn one_line(bytes: usize) -> String {
    let eval = root().join("../shared/eval/polnear-train/text");
    let dir = if eval.is_dir() {
        eval
    } else {
        root().join("corpus")
    };
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .expect("source articles")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    paths.sort();
    let mut text = String::new();
    for path in paths.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        let article = fs::read_to_string(path).expect("article");
        text.push_str(&article.replace(['\n', '\r'], " "));
        text.push(' ');
    }
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

/// Builds one article of a single line in memory and checks that it gave facts: quotations
/// of many speakers, with offsets within the text.
fn assert_one_article_built(text: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("long.txt"), text).expect("write");
    let (code, stderr, rows) = build_and_query(dir.path(), "quotations");
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("read 1 article (0 skipped)"), "{stderr}");
    let speakers: std::collections::BTreeSet<&str> =
        rows.iter().map(|row| get(row, "speaker")).collect();
    // PolNeAR train gives about one quotation per 500 bytes.
    assert!(rows.len() * 2000 > text.len(), "{} quotations", rows.len());
    assert!(speakers.len() > 10, "{speakers:?}");
    let chars = text.chars().count();
    for row in &rows {
        let end: usize = get(row, "quoteEnd").parse().expect("offset");
        assert!(end <= chars, "{row:?}");
    }
    // Spot checks: the first and the last quotation's words are where the offsets say.
    for row in [&rows[0], &rows[rows.len() - 1]] {
        let words = code_points(text, get(row, "quoteStart"), get(row, "quoteEnd"));
        let quote: Vec<char> = get(row, "quote").chars().collect();
        let head: String = quote.iter().take(8).collect();
        assert!(words.starts_with(&head), "{row:?}");
    }
}

#[test]
fn an_article_over_the_size_limit_is_named_and_skipped_and_the_others_built() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("big.txt"), one_line(1_500_000)).expect("write");
    fs::write(
        dir.path().join("small.txt"),
        "Petrov said the talks had failed.\n",
    )
    .expect("write");
    let output = newsgraph()
        .args([
            "build",
            "--memory",
            "--max-article-mb",
            "1",
            "--query",
            "entities",
        ])
        .args(["--format", "csv"])
        .arg(dir.path())
        .output()
        .expect("newsgraph runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    let big = dir.path().join("big.txt");
    let message = format!(
        "skipped {}: article of 1 MB is over the limit of 1 MB: split it into articles",
        big.display()
    );
    assert!(stderr.contains(&message), "{stderr}");
    assert!(stderr.contains("read 1 article (1 skipped)"), "{stderr}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("small,") && stdout.contains("Petrov"),
        "{stdout}"
    );
    assert!(!stdout.contains("big,"), "{stdout}");
}

#[test]
fn one_long_line_is_built() {
    let long = std::env::var_os("NEWSGRAPH_LONG_TESTS").is_some();
    let bytes = if long { 10_000_000 } else { 1_000_000 };
    assert_one_article_built(&one_line(bytes));
}

/// A 200 MB article in paragraphs of about 2 KB (the PolNeAR articles one after another,
/// again and again) with `NEWSGRAPH_LONG_TESTS=1`, 2 MB otherwise. `extract` writes its JSON
/// Lines to a file: the article's N-Quads would be some 70 times its size, and a store of it
/// many gigabytes.
#[test]
fn a_huge_article_is_extracted() {
    let long = std::env::var_os("NEWSGRAPH_LONG_TESTS").is_some();
    let bytes = if long { 200_000_000 } else { 2_000_000 };
    let line = one_line(bytes.min(4_000_000));
    let mut text = String::with_capacity(bytes + 4000);
    'fill: loop {
        let mut start = 0;
        while start < line.len() {
            let mut end = (start + 2000).min(line.len());
            while !line.is_char_boundary(end) {
                end += 1;
            }
            end = line[end..]
                .find(' ')
                .map_or(line.len(), |space| end + space);
            text.push_str(line[start..end].trim());
            text.push_str("\n\n");
            start = end;
            if text.len() >= bytes {
                break 'fill;
            }
        }
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("huge.txt");
    fs::write(&input, &text).expect("write");
    drop(text);
    let output = dir.path().join("huge.jsonl");
    // JSON Lines need some 45 bytes of memory per byte: over the default limit of 32 MB,
    // raised here on purpose.
    let status = newsgraph()
        .args(["extract", "--format", "jsonl", "--max-article-mb", "256"])
        .arg(&input)
        .stdout(fs::File::create(&output).expect("output file"))
        .status()
        .expect("newsgraph runs");
    assert_eq!(status.code(), Some(0));
    let json = fs::read(&output).expect("read output");
    let count = |needle: &[u8]| json.windows(needle.len()).filter(|w| *w == needle).count();
    // One article, and about one quotation per 500 bytes, as PolNeAR train gives.
    assert_eq!(count(b"\n"), 1);
    assert!(json.starts_with(b"{") && json.ends_with(b"}\n"));
    assert_eq!(count(b"\"id\":\"huge\""), 1);
    let quotations = count(b"\"speakerMention\":");
    assert!(quotations * 2000 > bytes, "{quotations} quotations");
}
