//! `dot --render`: runs Graphviz's `dot` on the DOT newsgraph wrote and returns the picture.
//! It lives in the binary because it starts another program found on `PATH`; the library
//! only writes DOT.

use std::io::{self, Write};
use std::process::{Command, Stdio};

use anyhow::{Context, Result};

use crate::cli::Picture;

/// Runs Graphviz's `dot` on the DOT text and returns the picture.
pub fn picture(dot_text: &[u8], picture: Picture) -> Result<Vec<u8>> {
    let format = match picture {
        Picture::Svg => "-Tsvg",
        Picture::Png => "-Tpng",
    };
    let child = Command::new("dot")
        .arg(format)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(error) if error.kind() == io::ErrorKind::NotFound => anyhow::bail!(
            "--render needs Graphviz's `dot`, which is not installed: install Graphviz \
             (`apt-get install graphviz`, `brew install graphviz`, or https://graphviz.org/download/), \
             or write DOT without --render and render it elsewhere"
        ),
        Err(error) => return Err(error).context("starting Graphviz's `dot`"),
    };
    let mut stdin = child.stdin.take().expect("stdin is piped");
    // Write from another thread: `dot` may fill its output pipe before it has read all input.
    let input = dot_text.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child
        .wait_with_output()
        .context("running Graphviz's `dot`")?;
    writer
        .join()
        .expect("the writer thread does not panic")
        .context("writing to Graphviz's `dot`")?;
    if !output.status.success() {
        anyhow::bail!(
            "Graphviz's `dot {format}` failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(output.stdout)
}
