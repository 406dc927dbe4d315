//! `newsgraph dot` focused and grouped (`--entity/--depth`, `--since/--until`,
//! `--min-weight`, `--cluster`), rendered by Graphviz (`--render`), and written as GraphML
//! that networkx reads back as the same graph.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};

use crate::common::{python_module, root, run_ok, tool};

/// The seeds built into a store on disk once; RocksDB lets one process open it at a time,
/// so the tests take turns.
fn store() -> &'static Path {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = STORE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("db");
        newsgraph_at(&path).arg("build").assert().success();
        (dir, path)
    });
    path
}

static TURN: Mutex<()> = Mutex::new(());

fn newsgraph_at(store: &Path) -> assert_cmd::Command {
    let mut command = assert_cmd::Command::cargo_bin("newsgraph").expect("the binary is built");
    command.current_dir(root()).arg("--store").arg(store);
    command
}

/// Runs `newsgraph dot ARGS` on the seeds and returns its standard output.
fn dot(args: &[&str]) -> String {
    let output = run(args);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8")
}

fn run(args: &[&str]) -> std::process::Output {
    let store = store();
    let _turn = TURN.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    newsgraph_at(store)
        .arg("dot")
        .args(args)
        .output()
        .expect("runs")
}

/// The (from, to, label) of the drawn edges, the legend's left out.
fn edges(dot: &str) -> Vec<(String, String, String)> {
    dot.lines()
        .filter(|line| line.contains(" -> ") && !line.trim_start().starts_with("\"legend "))
        .map(|line| {
            let parts: Vec<&str> = line.split('"').collect();
            (
                parts[1].to_owned(),
                parts[3].to_owned(),
                parts[5].to_owned(),
            )
        })
        .collect()
}

fn nodes(edges: &[(String, String, String)]) -> BTreeSet<String> {
    edges
        .iter()
        .flat_map(|(from, to, _)| [from.clone(), to.clone()])
        .collect()
}

const MACRON: &str = "https://example.org/newsgraph/person/emmanuel-macron";

#[test]
fn an_ego_network_grows_with_its_depth() {
    let whole = edges(&dot(&[]));
    let mut neighbourhood: BTreeSet<String> = whole
        .iter()
        .filter(|(from, to, _)| from == MACRON || to == MACRON)
        .flat_map(|(from, to, _)| [from.clone(), to.clone()])
        .collect();
    neighbourhood.insert(MACRON.to_owned());
    // Depth 1 is Macron and exactly the entities one edge away, named in any case.
    let near = nodes(&edges(&dot(&["--entity", "emmanuel MACRON"])));
    assert_eq!(near, neighbourhood);
    let far = nodes(&edges(&dot(&["--entity", MACRON, "--depth", "2"])));
    assert!(
        near.is_subset(&far) && far.len() > near.len(),
        "{near:?} {far:?}"
    );
    assert!(far.len() < nodes(&whole).len());
    let unknown = run(&["--entity", "Nobody At All"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no entity 'Nobody At All'"));
}

#[test]
fn dates_and_weights_filter_edges() {
    let february = edges(&dot(&[
        "--graph",
        "contacts",
        "--since",
        "2022-02",
        "--until",
        "2022-02-28",
    ]));
    assert!(!february.is_empty());
    for (_, _, label) in &february {
        assert!(label.contains("2022-02-"), "{label}");
    }
    let january = edges(&dot(&["--graph", "contacts", "--until", "2022-01"]));
    assert!(!january.is_empty());
    // (Undated edges are dropped; "2021-12" is before the end of January 2022.)
    assert!(january
        .iter()
        .all(|(_, _, label)| label.contains("2022-01-") || label.contains("2021-")));
    let heavy = edges(&dot(&["--min-weight", "2"]));
    assert!(!heavy.is_empty());
    assert!(
        heavy.iter().all(|(_, _, label)| label.contains('×')),
        "{heavy:?}"
    );
    assert!(heavy.len() < edges(&dot(&[])).len());
}

#[test]
fn clusters_group_nodes_and_render() {
    let by_country = dot(&["--cluster", "country"]);
    assert!(by_country.contains("subgraph cluster_"), "{by_country}");
    assert!(by_country.contains("label=\"Russia\";"), "{by_country}");
    let by_article = dot(&["--cluster", "article"]);
    assert!(
        by_article.contains("label=\"article 000_30f74fd36e1936db\";"),
        "{by_article}"
    );
    if !tool("dot") {
        return;
    }
    for text in [by_country, by_article] {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("graph.dot");
        fs::write(&path, text).expect("write");
        let svg = run_ok(Command::new("dot").arg("-Tsvg").arg(&path));
        assert!(svg.contains("<svg"));
    }
}

#[test]
fn focused_output_is_the_same_bytes_on_every_run() {
    let args = [
        "--entity",
        "Vladimir Putin",
        "--depth",
        "2",
        "--since",
        "2022",
        "--cluster",
        "country",
    ];
    assert_eq!(dot(&args), dot(&args));
    assert_eq!(
        dot(&["--format", "graphml", "--cluster", "article"]),
        dot(&["--format", "graphml", "--cluster", "article"])
    );
}

#[test]
fn render_writes_svg_and_png_with_graphviz() {
    if !tool("dot") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    for (format, file) in [("svg", "graph.svg"), ("png", "graph.png")] {
        let path = dir.path().join(file);
        dot(&["--render", format, "-o", path.to_str().expect("utf-8 path")]);
        let bytes = fs::read(&path).expect("picture written");
        match format {
            "svg" => assert!(String::from_utf8_lossy(&bytes).contains("<svg")),
            _ => assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n")),
        }
    }
}

#[test]
fn render_without_graphviz_says_how_to_install_it() {
    let empty = tempfile::tempdir().expect("temp dir");
    let store = store();
    let _turn = TURN.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let output = newsgraph_at(store)
        .args(["dot", "--render", "svg"])
        .env("PATH", empty.path())
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("apt-get install graphviz"), "{stderr}");
}

#[test]
fn graphml_reads_back_in_networkx_as_the_dot_graph() {
    let dot_edges = edges(&dot(&["--cluster", "country"]));
    let graphml = dot(&["--format", "graphml", "--cluster", "country"]);
    if !python_module("networkx") {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("graph.graphml");
    fs::write(&path, graphml).expect("write");
    let script = "import sys, networkx\n\
                  g = networkx.read_graphml(sys.argv[1])\n\
                  print(g.is_multigraph(), g.number_of_nodes(), g.number_of_edges())\n\
                  print(g.nodes[sys.argv[2]]['label'], g.nodes[sys.argv[2]]['type'], g.nodes[sys.argv[2]]['cluster'])\n\
                  print(sum(w for _, _, w in g.edges(data='weight')))\n";
    let putin = "https://example.org/newsgraph/person/vladimir-putin";
    let output = run_ok(
        Command::new("python3")
            .args(["-c", script])
            .arg(&path)
            .arg(putin),
    );
    let lines: Vec<&str> = output.lines().collect();
    // Two kinds of edge between the same pair (a call and a quotation) make networkx read a
    // multigraph, which keeps every edge DOT draws.
    assert_eq!(
        lines[0],
        format!("True {} {}", nodes(&dot_edges).len(), dot_edges.len())
    );
    assert_eq!(lines[1], "Vladimir Putin person Russia");
    assert!(lines[2].parse::<usize>().expect("a weight sum") > dot_edges.len());
}

#[test]
fn the_readme_picture_is_a_rendering_of_the_seed_contacts() {
    // The picture is rendered by the command the README gives next to it; its layout
    // depends on the Graphviz version, so what is checked is that it is that drawing and that
    // it names the entities (nodes) the seeds' contacts graph has now.
    let readme = fs::read_to_string(root().join("README.md")).expect("README");
    let command = "newsgraph dot --graph contacts --cluster country --render svg -o tests/golden/seeds-contacts.svg";
    assert!(readme.contains(command) && readme.contains("](tests/golden/seeds-contacts.svg)"));
    let svg = fs::read_to_string(root().join("tests/golden/seeds-contacts.svg"))
        .expect("picture")
        .replace("&#45;", "-");
    assert!(svg.contains("<title>newsgraph</title>") && svg.contains("who spoke with whom"));
    let current = dot(&["--graph", "contacts", "--cluster", "country"]);
    let mut checked = 0;
    for line in current.lines().filter(|line| {
        line.contains("[label=") && !line.contains("legend") && !line.contains(" -> ")
    }) {
        let label = line
            .split("[label=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next());
        let Some(label) = label.filter(|label| !label.is_empty()) else {
            continue;
        };
        assert!(
            svg.contains(&format!(">{label}</text>")),
            "the README picture lacks {label}: regenerate it with `{command}`"
        );
        checked += 1;
    }
    assert!(checked > 5, "only {checked} entities checked");
}
