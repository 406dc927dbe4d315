//! The command-line flags of `newsgraph`, as clap derive types; their doc comments are the
//! `--help` text. Only `main.rs` turns them into library calls.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;

use newsgraph::rdf::Base;

/// Builds a knowledge graph of who said what and who spoke with whom from news articles.
///
/// Examples:
///   newsgraph build                        # corpus/ into ./newsgraph.db
///   newsgraph query who-said-what
///   newsgraph query quotations --format csv > quotations.csv
///   newsgraph query article --param doc=000_30f74fd36e1936db
///   newsgraph build --memory articles/ --query contacts --format csv
///   newsgraph export --format turtle -o graph.ttl
///   newsgraph dot --graph contacts -o contacts.dot && dot -Tsvg contacts.dot > contacts.svg
///
/// Exit codes: 0 ok; 1 some articles or files were skipped, an article replaced one read
/// earlier with the same id, or an article was decoded lossily (--lossy) (for `validate`:
/// the store does not conform to the shapes); 2 could not run.
#[derive(Parser)]
#[command(name = "newsgraph", version, verbatim_doc_comment)]
pub struct Cli {
    /// The store directory (Oxigraph on RocksDB).
    #[arg(long, global = true, default_value = "newsgraph.db")]
    pub store: PathBuf,
    /// Use a throw-away in-memory store instead (useful with `build --query`).
    #[arg(long, global = true)]
    pub memory: bool,
    /// Files of the store RocksDB keeps open at once. Each open file holds its index in
    /// memory, so a limit bounds memory on a large store, at some cost to reads. Default:
    /// 256 for `build` and `load`, as many as the system allows for the rest (README,
    /// Performance).
    #[arg(long, global = true, value_name = "N")]
    pub max_open_files: Option<u32>,
    /// The base IRI of everything newsgraph names.
    #[arg(long, global = true, default_value = Base::DEFAULT)]
    pub base: String,
    /// When to colour output: auto means when writing to a terminal and NO_COLOR is unset.
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Reads articles and stores their graph (each article replaces its earlier facts).
    ///
    /// Examples:
    ///   newsgraph build                                  # corpus/ into ./newsgraph.db
    ///   newsgraph --store news.db build articles/ feed.jsonl
    ///   cat feed.jsonl | newsgraph build -
    ///   newsgraph build --memory articles/ --query contacts --format csv
    #[command(verbatim_doc_comment)]
    Build {
        /// Files (.txt, .jsonl), directories, or `-` for standard input.
        #[arg(default_value = "corpus")]
        paths: Vec<PathBuf>,
        /// Articles extracted together (bounds memory).
        #[arg(long, default_value_t = 256)]
        batch_size: usize,
        /// Commit the new articles to the store every this many million triples (an
        /// interrupted build keeps what was committed). Until its commit, what was loaded waits
        /// in files in the store's directory, and RocksDB copies them in: more triples between
        /// commits take more disk for a moment, fewer take more time and, once committed files
        /// are in the store, more memory for the rest of the build (README, Memory).
        #[arg(long, value_name = "MILLIONS",
            default_value_t = newsgraph::pipeline::DEFAULT_COMMIT_QUADS / 1_000_000)]
        commit_every: usize,
        /// Read text that is not UTF-8 anyway, each invalid sequence replaced by U+FFFD, with a
        /// warning naming the file (and line) and exit code 1; without it such an article is
        /// skipped.
        #[arg(long)]
        lossy: bool,
        /// Longer articles are reported and skipped (extraction holds an article whole, a
        /// few hundred bytes of memory per byte).
        #[arg(long, default_value_t = 32)]
        max_article_mb: usize,
        /// After building, run this query (a bundled name or a .rq file).
        #[arg(long)]
        query: Option<String>,
        #[command(flatten)]
        output: QueryOutput,
    },
    /// Extracts without a store and writes N-Quads or JSON Lines to standard output.
    ///
    /// Examples:
    ///   newsgraph extract articles/ > articles.nq
    ///   newsgraph extract --format jsonl corpus/000_30f74fd36e1936db.txt
    #[command(verbatim_doc_comment)]
    Extract {
        /// Files (.txt, .jsonl), directories, or `-` for standard input.
        #[arg(default_value = "corpus")]
        paths: Vec<PathBuf>,
        /// What to write.
        #[arg(long, value_enum, default_value_t = ExtractOutput::Nquads)]
        format: ExtractOutput,
        /// Read text that is not UTF-8 anyway, each invalid sequence replaced by U+FFFD, with a
        /// warning naming the file (and line) and exit code 1; without it such an article is
        /// skipped.
        #[arg(long)]
        lossy: bool,
        /// Longer articles are reported and skipped (extraction holds an article whole, a
        /// few hundred bytes of memory per byte).
        #[arg(long, default_value_t = 32)]
        max_article_mb: usize,
    },
    /// Runs a bundled query by name, or a query file.
    ///
    /// A table in a terminal cuts long values (quotations) to 80 characters; csv, tsv and
    /// json keep every character.
    ///
    /// Examples:
    ///   newsgraph query --list
    ///   newsgraph query who-said-what --limit 10
    ///   newsgraph query quotations --format csv > quotations.csv
    ///   newsgraph query article --param doc=000_30f74fd36e1936db
    ///   newsgraph query same-statement --param "speaker=NAME" --format json
    ///   newsgraph query my-query.rq
    #[command(verbatim_doc_comment)]
    Query {
        /// A bundled query name (see --list) or a path to a .rq file.
        #[arg(required_unless_present = "list")]
        query: Option<String>,
        /// Lists the bundled queries.
        #[arg(long)]
        list: bool,
        #[command(flatten)]
        output: QueryOutput,
    },
    /// Writes the whole graph in an RDF format.
    ///
    /// N-Quads, TriG and JSON-LD keep one named graph per article; the others write the union.
    ///
    /// Examples:
    ///   newsgraph export --format turtle -o graph.ttl
    ///   newsgraph export --format trig | riot --validate --syntax=trig -
    #[command(verbatim_doc_comment)]
    Export {
        /// The format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Turtle)]
        format: ExportFormat,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Writes a Graphviz DOT (or GraphML) graph of who spoke with whom and who quoted whom.
    ///
    /// Examples:
    ///   newsgraph dot --graph contacts -o contacts.dot && dot -Tsvg contacts.dot > contacts.svg
    ///   newsgraph dot --render svg -o graph.svg
    ///   newsgraph dot --entity NATO --depth 2 --render png -o nato.png
    ///   newsgraph dot --since 2022-02 --until 2022-02-28 --min-weight 2 --cluster country
    ///   newsgraph dot --format graphml -o graph.graphml    # for Gephi, Cytoscape, networkx
    ///   newsgraph dot --query queries/my-construct.rq
    #[command(verbatim_doc_comment)]
    Dot {
        /// Which edges to draw.
        #[arg(long, value_enum, default_value_t = DotGraph::All)]
        graph: DotGraph,
        /// Only this entity and its neighbours: a name as `query entities` shows it (any case),
        /// or an IRI.
        #[arg(long, value_name = "NAME")]
        entity: Option<String>,
        /// How many edges away from --entity to go.
        #[arg(long, value_name = "N", default_value_t = 1, requires = "entity")]
        depth: usize,
        /// Only contacts and quotations on or after this date (YYYY, YYYY-MM or YYYY-MM-DD);
        /// undated ones are left out.
        #[arg(long, value_name = "DATE", value_parser = iso_date)]
        since: Option<String>,
        /// Only contacts and quotations on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
        #[arg(long, value_name = "DATE", value_parser = iso_date)]
        until: Option<String>,
        /// Only edges that stand for at least N events or quotations.
        #[arg(long, value_name = "N", default_value_t = 1)]
        min_weight: usize,
        /// Groups nodes: by the article that mentions them most, or by country.
        #[arg(long, value_enum)]
        cluster: Option<DotCluster>,
        /// Output format: Graphviz DOT, or GraphML for Gephi and Cytoscape.
        #[arg(long, value_enum, default_value_t = DotFormat::Dot)]
        format: DotFormat,
        /// Renders the DOT with Graphviz's `dot` into an SVG or PNG picture.
        #[arg(long, value_enum, conflicts_with = "format")]
        render: Option<Picture>,
        /// Draw the result of a CONSTRUCT query instead (as DOT; no focus options).
        #[arg(long, conflicts_with_all = ["entity", "since", "until", "cluster", "format"])]
        query: Option<PathBuf>,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Checks the store against the SHACL shapes and lists every violation.
    ///
    /// Each result gives the focus node, the property path, what was expected and the value
    /// found. Exit code 1 when the store does not conform.
    ///
    /// Examples:
    ///   newsgraph validate
    ///   newsgraph validate --format tsv > violations.tsv
    ///   newsgraph validate --shapes my-shapes.ttl
    #[command(verbatim_doc_comment)]
    Validate {
        /// A SHACL shapes file in Turtle (default: the bundled ontology/shapes.ttl).
        #[arg(long, value_name = "FILE")]
        shapes: Option<PathBuf>,
        /// How to write the results.
        #[arg(long, value_enum, default_value_t = ValidateFormat::Text)]
        format: ValidateFormat,
    },
    /// Serves the store over the SPARQL 1.1 Protocol, with a query page at /.
    ///
    /// GET or POST queries to /query; results as SPARQL JSON, XML, CSV or TSV (Accept header),
    /// CONSTRUCT results as Turtle, N-Triples or RDF/XML. /update only with --writable.
    /// Stop it with Ctrl-C.
    ///
    /// Examples:
    ///   newsgraph serve                                   # http://127.0.0.1:7878/
    ///   curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' \
    ///        http://127.0.0.1:7878/query
    ///   newsgraph serve --bind 127.0.0.1:8080 --timeout 10 --max-rows 1000
    ///   newsgraph serve --writable                        # also accepts SPARQL updates at /update
    #[command(verbatim_doc_comment)]
    Serve {
        /// The address and port to listen on (loopback only by default).
        #[arg(long, value_name = "ADDRESS:PORT", default_value = "127.0.0.1:7878")]
        bind: std::net::SocketAddr,
        /// Accept SPARQL updates at /update.
        #[arg(long)]
        writable: bool,
        /// Cancel a query after this many seconds.
        #[arg(long, value_name = "SECS", default_value_t = 30)]
        timeout: u64,
        /// Send at most N solutions (or triples) per response.
        #[arg(long, value_name = "N", default_value_t = 10_000)]
        max_rows: usize,
    },
    /// Counts documents, entities by type, quotations, events and triples.
    ///
    /// Example:
    ///   newsgraph --store news.db stats
    #[command(verbatim_doc_comment)]
    Stats,
    /// Removes an article and exactly its facts.
    ///
    /// Example:
    ///   newsgraph remove 000_30f74fd36e1936db
    #[command(verbatim_doc_comment)]
    Remove {
        /// The document id.
        doc: String,
    },
    /// Recomputes what is derived across articles, for every article in the store: the
    /// statements and occasions several articles report, and the name each entity is shown
    /// by. A store built by an older newsgraph (whose queries then show no names) gets them
    /// this way. It takes as long as the linking at the end of a build of the whole store.
    ///
    /// Example:
    ///   newsgraph --store news.db relink
    #[command(verbatim_doc_comment)]
    Relink,
    /// Merges N-Quads written by `newsgraph extract` (one file per shard of a corpus
    /// extracted on several machines) into the store with Oxigraph's bulk loader, then links
    /// the statements reported by several articles across the whole store. Into a new store
    /// this gives the graph one build of the whole corpus gives; an article already in the
    /// store is not replaced (its quads are added to the old ones), so load new articles only.
    ///
    /// Example:
    ///   newsgraph extract shard1/ > shard1.nq    # on one machine
    ///   newsgraph extract shard2/ > shard2.nq    # on another
    ///   newsgraph --store merged.db load shard1.nq shard2.nq
    #[command(verbatim_doc_comment)]
    Load {
        /// N-Quads files (`-` for standard input).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Writes a synthetic corpus for benchmarks: the source articles replicated under new
    /// ids, people renamed in each replica, as JSON Lines (hidden: a tool for measuring).
    ///
    /// Example:
    ///   newsgraph generate --articles 10000 --seed 1 ../shared/eval/polnear-train/text -o big.jsonl
    #[command(verbatim_doc_comment, hide = true)]
    Generate {
        /// Source files (.txt, .jsonl) or directories.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// How many articles to write.
        #[arg(long)]
        articles: usize,
        /// The seed of the names chosen: the same seed gives the same corpus.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Write to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Writes a shell completion script to standard output.
    ///
    /// Examples:
    ///   newsgraph completions bash > ~/.local/share/bash-completion/completions/newsgraph
    ///   newsgraph completions zsh > "${fpath[1]}/_newsgraph"
    ///   newsgraph completions fish > ~/.config/fish/completions/newsgraph.fish
    #[command(verbatim_doc_comment)]
    Completions {
        /// The shell.
        shell: Shell,
    },
}

#[derive(Args)]
pub struct QueryOutput {
    /// Result format.
    #[arg(long, value_enum, default_value_t = ResultFormat::Table)]
    pub format: ResultFormat,
    /// Binds a query variable to a value: VAR=VALUE (a literal, or <IRI>). Repeatable.
    #[arg(long = "param", value_name = "VAR=VALUE")]
    pub params: Vec<String>,
    /// Writes at most N results (rows, or triples of a CONSTRUCT).
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Instead of the results, writes the plan Oxigraph evaluated, with the rows and time
    /// of each step, as JSON (the query runs to its end): to see why a query is slow.
    #[arg(long, conflicts_with_all = ["format", "limit"])]
    pub explain: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ResultFormat {
    Table,
    Csv,
    Tsv,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ValidateFormat {
    /// One line per result.
    Text,
    /// Tab-separated values with a header.
    Tsv,
    /// A JSON object with `conforms` and `results`.
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ExtractOutput {
    Nquads,
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Rdfxml,
    Jsonld,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum DotCluster {
    Article,
    Country,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum DotFormat {
    Dot,
    Graphml,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Picture {
    Svg,
    Png,
}

/// Accepts the ISO dates the graph holds: a year, a month or a day.
fn iso_date(text: &str) -> Result<String, String> {
    let digits = |part: &str, n: usize| part.len() == n && part.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = text.split('-').collect();
    let valid = match parts.as_slice() {
        [year] => digits(year, 4),
        [year, month] => digits(year, 4) && digits(month, 2),
        [year, month, day] => digits(year, 4) && digits(month, 2) && digits(day, 2),
        _ => false,
    };
    if valid {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "'{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"
        ))
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum DotGraph {
    Contacts,
    Quotes,
    All,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn every_command_and_option_is_documented_with_an_example() {
        let command = Cli::command();
        command.clone().debug_assert();
        let documented =
            |arg: &clap::Arg| arg.get_help().is_some() || arg.get_long_help().is_some();
        for arg in command.get_arguments() {
            assert!(documented(arg), "--{} has no help", arg.get_id());
        }
        for subcommand in command.get_subcommands() {
            let about = subcommand
                .get_long_about()
                .map(ToString::to_string)
                .unwrap_or_default();
            assert!(
                about.contains("Example"),
                "`newsgraph {}` has no example in its help",
                subcommand.get_name()
            );
            for arg in subcommand.get_arguments() {
                assert!(
                    documented(arg),
                    "`newsgraph {}` option {} has no help",
                    subcommand.get_name(),
                    arg.get_id()
                );
            }
        }
    }
}
