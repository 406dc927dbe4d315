//! The binary as people use it at a terminal: `--limit`, colour and `NO_COLOR` (under a real
//! pseudo-terminal made by `script`), shell completions, and SPARQL syntax errors that point
//! at the line.

use std::process::Command;

use assert_cmd::Command as Cli;
use predicates::prelude::*;

use crate::common::{root, run_ok, tool};

fn newsgraph() -> Cli {
    let mut command = Cli::cargo_bin("newsgraph").expect("the binary is built");
    command.current_dir(root()).arg("--memory");
    command
}

#[test]
fn limit_caps_the_rows_of_a_query() {
    let output = newsgraph()
        .args([
            "build", "--query", "speakers", "--format", "csv", "--limit", "2",
        ])
        .output()
        .expect("runs");
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).expect("utf-8");
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(text.starts_with("speaker,"), "{text}");
}

/// Runs newsgraph in a pseudo-terminal, so that it sees a terminal on standard output.
fn in_terminal(args: &str, no_color: bool) -> String {
    let binary = assert_cmd::cargo::cargo_bin("newsgraph");
    let mut command = Command::new("script");
    command
        .current_dir(root())
        .args([
            "-qec",
            // Standard error (the progress spinner) stays out of the screen read here.
            &format!("{} --memory {args} 2>/dev/null", binary.display()),
            "/dev/null",
        ])
        .env_remove("NO_COLOR");
    if no_color {
        command.env("NO_COLOR", "1");
    }
    run_ok(&mut command)
}

#[test]
fn a_terminal_gets_a_bold_header_unless_no_color_is_set() {
    if !tool("script") {
        return;
    }
    let args = "build --query speakers --limit 1";
    let coloured = in_terminal(args, false);
    assert!(coloured.contains("\x1b[1mspeaker"), "{coloured:?}");
    let plain = in_terminal(args, true);
    assert!(plain.contains("speaker"), "{plain:?}");
    assert!(!plain.contains('\x1b'), "{plain:?}");
    // A pipe is not a terminal: no colour there either, and --color always overrides.
    let piped = newsgraph()
        .args(["build", "--query", "speakers", "--limit", "1"])
        .output()
        .expect("runs");
    assert!(!String::from_utf8_lossy(&piped.stdout).contains('\x1b'));
    newsgraph()
        .args([
            "--color", "always", "build", "--query", "speakers", "--limit", "1",
        ])
        .env("NO_COLOR", "1")
        .assert()
        .success()
        .stdout(predicate::str::contains("\x1b[1m"));
}

#[test]
fn bash_completion_registers_every_command() {
    let output = newsgraph()
        .args(["completions", "bash"])
        .output()
        .expect("runs");
    assert!(output.status.success());
    let dir = tempfile::tempdir().expect("temp dir");
    let script = dir.path().join("newsgraph.bash");
    std::fs::write(&script, &output.stdout).expect("write");
    // Source the script in a real bash and ask what it completes after `newsgraph `.
    let words = run_ok(Command::new("bash").arg("-c").arg(format!(
        "source {} && COMP_WORDS=(newsgraph '') COMP_CWORD=1 COMP_LINE='newsgraph ' COMP_POINT=10 \
         && _newsgraph newsgraph '' newsgraph && printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display()
    )));
    for command in ["build", "query", "validate", "completions", "dot"] {
        assert!(
            words.lines().any(|word| word == command),
            "{command} missing from {words}"
        );
    }
}

#[test]
fn zsh_and_fish_completions_name_the_commands() {
    for (shell, marker) in [
        ("zsh", "#compdef newsgraph"),
        ("fish", "complete -c newsgraph"),
    ] {
        newsgraph()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains(marker))
            .stdout(predicate::str::contains("validate"));
    }
}

#[test]
fn a_syntax_error_names_the_file_line_and_column_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let query = dir.path().join("broken.rq");
    std::fs::write(&query, "SELECT ?x\nWHERE { ?x foo:bar ?z }\n").expect("write");
    let output = newsgraph()
        .args(["build", "--query"])
        .arg(&query)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).expect("utf-8");
    assert!(
        stderr.contains(&format!(
            "newsgraph: query {}: syntax error at line 2, column 19: ",
            query.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("   2 | WHERE { ?x foo:bar ?z }"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("syntax error").count(), 1, "{stderr}");
}

#[test]
fn help_shows_examples_for_each_command() {
    for command in ["build", "query", "validate", "export", "dot", "completions"] {
        newsgraph()
            .args(["help", command])
            .assert()
            .success()
            .stdout(predicate::str::contains("Example"));
    }
}
