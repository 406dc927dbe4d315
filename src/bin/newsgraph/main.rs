//! The `newsgraph` command line: flags in, library calls, messages and an exit code out.
//!
//! Exit codes: 0 everything worked; 1 the job ran but some inputs were skipped (or replaced by
//! a later article with the same id, or decoded lossily with `--lossy`); 2 the job could
//! not run (bad flags, unusable store, bad query). A closed pipe (`| head`) ends quietly with 0.
#![allow(clippy::print_stderr, clippy::print_stdout, clippy::exit)]

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{CommandFactory, Parser};

use newsgraph::corpus::{synthetic, Decoding};
use newsgraph::export::{self, dot, graphml};
use newsgraph::pipeline::{self, Config, ExtractFormat, Progress, Summary};
use newsgraph::query::{self, Output, OutputFormat};
use newsgraph::rdf::shapes::{Severity, Shapes};
use newsgraph::rdf::store::{DumpFormat, Store};
use newsgraph::rdf::validate::{self, ReportFormat};
use newsgraph::rdf::Base;
use newsgraph::serve;

mod cli;
mod render;

/// mimalloc rather than the system allocator: glibc's malloc and free were a quarter of the
/// extraction time (`perf record` on `extract`), most of it small strings freed soon after.
/// Its `override` feature (Cargo.toml) makes it C's malloc too: Oxigraph frees RocksDB's
/// error strings through this allocator, which must then be the one that allocated them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use cli::{
    Cli, Color, Command, DotCluster, DotFormat, DotGraph, ExportFormat, ExtractOutput, QueryOutput,
    ResultFormat, ValidateFormat,
};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("newsgraph: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    let base = Base::new(&cli.base)?;
    let color = use_color(cli.color);
    match cli.command {
        Command::Build {
            paths,
            batch_size,
            commit_every,
            lossy,
            max_article_mb,
            query,
            output,
        } => {
            let files = cli.max_open_files.or(Some(BUILD_MAX_OPEN_FILES));
            let store = open_store(&cli.store, cli.memory, files)?;
            let config = Config {
                inputs: paths,
                base,
                batch_size,
                commit_quads: commit_every.saturating_mul(1_000_000),
                decoding: decoding(lossy),
                max_article_bytes: max_article_mb.saturating_mul(1_000_000),
            };
            let summary = build(&config, &store)?;
            if let Some(query) = query {
                run_query(&store, &query, &output, color)?;
            }
            Ok(exit_code(&summary))
        }
        Command::Extract {
            paths,
            format,
            lossy,
            max_article_mb,
        } => {
            let config = Config {
                inputs: paths,
                base,
                decoding: decoding(lossy),
                max_article_bytes: max_article_mb.saturating_mul(1_000_000),
                ..Config::new(Vec::new())
            };
            let format = match format {
                ExtractOutput::Nquads => ExtractFormat::NQuads,
                ExtractOutput::Jsonl => ExtractFormat::JsonLines,
            };
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            let summary = pipeline::extract(&config, format, &mut out, &mut report)?;
            out.flush()?;
            Ok(exit_code(&summary))
        }
        Command::Query { list: true, .. } => {
            let mut out = io::stdout().lock();
            for bundled in query::bundled() {
                writeln!(out, "{:<22} {}", bundled.name, bundled.description)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Query { query, output, .. } => {
            let store = open_existing(&cli.store, cli.memory, cli.max_open_files)?;
            run_query(&store, query.as_deref().unwrap_or_default(), &output, color)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { format, output } => {
            let store = open_existing(&cli.store, cli.memory, cli.max_open_files)?;
            let format = match format {
                ExportFormat::Turtle => DumpFormat::Turtle,
                ExportFormat::Ntriples => DumpFormat::NTriples,
                ExportFormat::Nquads => DumpFormat::NQuads,
                ExportFormat::Trig => DumpFormat::TriG,
                ExportFormat::Rdfxml => DumpFormat::RdfXml,
                ExportFormat::Jsonld => DumpFormat::JsonLd,
            };
            with_output(output.as_deref(), |out| Ok(store.dump(format, out)?))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Dot {
            graph,
            entity,
            depth,
            since,
            until,
            min_weight,
            cluster,
            format,
            render,
            query,
            output,
        } => {
            let store = open_existing(&cli.store, cli.memory, cli.max_open_files)?;
            let options = dot::Options {
                graph: match graph {
                    DotGraph::Contacts => dot::Graph::Contacts,
                    DotGraph::Quotes => dot::Graph::Quotes,
                    DotGraph::All => dot::Graph::All,
                },
                entity,
                depth,
                since,
                until,
                min_weight,
                cluster: cluster.map(|cluster| match cluster {
                    DotCluster::Article => dot::Cluster::Article,
                    DotCluster::Country => dot::Cluster::Country,
                }),
            };
            let mut dot_text = Vec::new();
            match (&query, format) {
                (Some(path), _) => {
                    let query = query::resolve(&path.to_string_lossy())?;
                    dot::write_construct(&store, &query, &[], &base, &mut dot_text)?;
                }
                (None, DotFormat::Dot) => dot::write(&store, &options, &mut dot_text)?,
                (None, DotFormat::Graphml) => graphml::write(&store, &options, &mut dot_text)?,
            }
            let bytes = match render {
                Some(picture) => render::picture(&dot_text, picture)?,
                None => dot_text,
            };
            with_output(output.as_deref(), |out| Ok(out.write_all(&bytes)?))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Validate { shapes, format } => {
            let store = open_existing(&cli.store, cli.memory, cli.max_open_files)?;
            validate(&store, shapes.as_deref(), format, color)
        }
        Command::Serve {
            bind,
            writable,
            timeout,
            max_rows,
        } => {
            let store = open_existing(&cli.store, cli.memory, cli.max_open_files)?;
            let config = serve::Config {
                writable,
                timeout: std::time::Duration::from_secs(timeout),
                max_rows,
            };
            let server = serve::spawn(store, config, bind)
                .with_context(|| format!("listening on {bind}"))?;
            if !bind.ip().is_loopback() {
                eprintln!("newsgraph: warning: {bind} is reachable from other machines");
            }
            let mode = if writable { "writable" } else { "read-only" };
            eprintln!("serving http://{bind}/ (SPARQL endpoint http://{bind}/query, {mode})");
            server.join().context("the server stopped")?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Completions { shell } => {
            let mut out = io::stdout().lock();
            clap_complete::generate(shell, &mut Cli::command(), "newsgraph", &mut out);
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats => {
            let store = open_existing(&cli.store, cli.memory, cli.max_open_files)?;
            let stats = store.stats()?;
            let mut out = io::stdout().lock();
            export::write_stats(&stats, &mut out)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Load { files } => {
            let open_files = cli.max_open_files.or(Some(BUILD_MAX_OPEN_FILES));
            let store = open_store(&cli.store, cli.memory, open_files)?;
            let started = std::time::Instant::now();
            let mut shards: Vec<Box<dyn io::Read>> = Vec::new();
            for path in &files {
                if path.as_os_str() == "-" {
                    shards.push(Box::new(io::stdin().lock()));
                } else {
                    let file =
                        File::open(path).with_context(|| format!("opening {}", path.display()))?;
                    shards.push(Box::new(io::BufReader::new(file)));
                }
            }
            let statements = pipeline::merge(&store, &base, shards)
                .with_context(|| format!("loading {}", display_paths(&files)))?;
            eprintln!(
                "loaded {} files ({statements} statements reported by several articles) in {:.2?}",
                files.len(),
                started.elapsed()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Relink => {
            let store = open_existing(&cli.store, cli.memory, cli.max_open_files)?;
            let started = std::time::Instant::now();
            let statements = pipeline::relink(&store, &base)
                .with_context(|| format!("relinking {}", cli.store.display()))?;
            eprintln!(
                "relinked the store ({statements} statements reported by several articles) in {:.2?}",
                started.elapsed()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Generate {
            paths,
            articles,
            seed,
            output,
        } => {
            let replication = synthetic::Replication { articles, seed };
            let mut n_sources = 0;
            with_output(output.as_deref(), |out| {
                n_sources = synthetic::replicate(&paths, &replication, out)?;
                Ok(())
            })?;
            eprintln!("wrote {articles} articles replicated from {n_sources}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Remove { doc } => {
            let store = open_existing(&cli.store, cli.memory, cli.max_open_files)?;
            if pipeline::remove(&store, &base, &doc)? {
                eprintln!("removed {doc}");
                Ok(ExitCode::SUCCESS)
            } else {
                anyhow::bail!("no article `{doc}` in the store {}", cli.store.display())
            }
        }
    }
}

fn build(config: &Config, store: &Store) -> Result<Summary> {
    let bar = progress_bar();
    let summary = pipeline::build(config, store, &mut |event| {
        if let Some(bar) = &bar {
            if let Progress::Done(document) = &event {
                bar.set_message(document.article.id.clone());
                bar.inc(1);
            }
        }
        match &bar {
            Some(bar) => bar.suspend(|| report(event)),
            None => report(event),
        }
    })?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let lossy = match summary.lossy {
        0 => String::new(),
        n => format!(", {n} decoded lossily"),
    };
    eprintln!(
        "read {} ({} skipped{lossy}): {}, {}, {}, {} in {:.2}s (linking across articles {:.2}s, flushing the store {:.2}s)",
        count(summary.articles, "article", "articles"),
        summary.skipped,
        count(summary.quotations, "quotation", "quotations"),
        count(summary.events, "event", "events"),
        count(summary.entities, "entity", "entities"),
        count(summary.triples, "triple", "triples"),
        summary.elapsed.as_secs_f64(),
        summary.linking.as_secs_f64(),
        summary.flushing.as_secs_f64()
    );
    Ok(summary)
}

fn report(event: Progress) {
    match event {
        Progress::Skipped(error) => eprintln!("newsgraph: skipped {error}"),
        Progress::Replaced { id, earlier, later } => eprintln!(
            "newsgraph: warning: {}: document id `{id}` was already read from {}; this article replaces it",
            later.display(),
            earlier.display()
        ),
        Progress::Lossy { path, lossy } => {
            let at = match lossy.line {
                Some(line) => format!("{}:{line}", path.display()),
                None => path.display().to_string(),
            };
            let plural = if lossy.replaced == 1 { "" } else { "s" };
            eprintln!(
                "newsgraph: warning: {at}: not valid UTF-8 at byte {}; {} invalid sequence{plural} replaced with U+FFFD (--lossy)",
                lossy.offset, lossy.replaced
            );
        }
        Progress::Done(_) => {}
    }
}

/// `--lossy` as the library's setting.
fn decoding(lossy: bool) -> Decoding {
    if lossy {
        Decoding::Lossy
    } else {
        Decoding::Strict
    }
}

fn progress_bar() -> Option<indicatif::ProgressBar> {
    if !io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {pos} articles {per_sec} {msg}")
            .expect("the progress template is valid"),
    );
    Some(bar)
}

/// Colour only for people: a terminal, and no `NO_COLOR` (https://no-color.org) unless
/// `--color always` asks for it.
fn use_color(choice: Color) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
        }
    }
}

fn run_query(store: &Store, name: &str, output: &QueryOutput, color: bool) -> Result<()> {
    let query = query::resolve(name)?;
    let params = output
        .params
        .iter()
        .map(|param| query::Param::parse(param))
        .collect::<Result<Vec<_>, _>>()?;
    let format = match output.format {
        ResultFormat::Table => OutputFormat::Table,
        ResultFormat::Csv => OutputFormat::Csv,
        ResultFormat::Tsv => OutputFormat::Tsv,
        ResultFormat::Json => OutputFormat::Json,
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if output.explain {
        query::explain(store, &query, &params, &mut out)?;
        out.flush()?;
        return Ok(());
    }
    let output = Output {
        format,
        limit: output.limit,
        color,
    };
    query::run(store, &query, &params, output, &mut out)?;
    out.flush()?;
    Ok(())
}

fn validate(
    store: &Store,
    shapes: Option<&Path>,
    format: ValidateFormat,
    color: bool,
) -> Result<ExitCode> {
    let shapes = match shapes {
        None => Shapes::bundled()?,
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading shapes {}", path.display()))?;
            Shapes::parse(&text, &path.display().to_string())?
        }
    };
    let report = validate::check(store, &shapes)?;
    let format = match format {
        ValidateFormat::Text => ReportFormat::Text { color },
        ValidateFormat::Tsv => ReportFormat::Tsv,
        ValidateFormat::Json => ReportFormat::Json,
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    validate::write(&report, format, &mut out)?;
    out.flush()?;
    let violations = report
        .violations
        .iter()
        .filter(|violation| violation.severity == Severity::Violation)
        .count();
    let checked = format!(
        "{} constraints of {} shapes in {}",
        report.constraints, report.shapes, shapes.source
    );
    if report.conforms() {
        eprintln!("conforms: checked {checked}");
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("does not conform: {violations} violations of {checked}");
        Ok(ExitCode::from(1))
    }
}

/// The files of the store a build or a load keeps open when `--max-open-files` is not given:
/// RocksDB holds each open file's index in memory, and without a limit a build's peak grew
/// with the store (100,000 articles: 1.23 times 10,000 without, 1.08 with 256; README,
/// Performance). Queries keep them all open, for their reads.
const BUILD_MAX_OPEN_FILES: u32 = 256;

fn open_store(path: &Path, memory: bool, max_open_files: Option<u32>) -> Result<Store> {
    if memory {
        return Ok(Store::in_memory()?);
    }
    // RocksDB creates the store's directory but not its parents ("--store out/db").
    std::fs::create_dir_all(path)
        .with_context(|| format!("creating the store directory {}", path.display()))?;
    Store::open_with(path, max_open_files)
        .with_context(|| format!("opening the store {}", path.display()))
}

/// Opens a store that must already exist: querying a directory that was never built is a
/// mistake worth saying, not an empty answer.
fn open_existing(path: &Path, memory: bool, max_open_files: Option<u32>) -> Result<Store> {
    if !memory && !path.exists() {
        anyhow::bail!(
            "no store at {}: run `newsgraph build` first, or give --store DIR",
            path.display()
        );
    }
    open_store(path, memory, max_open_files)
}

fn display_paths(paths: &[std::path::PathBuf]) -> String {
    let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    names.join(", ")
}

fn with_output(
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    match path {
        Some(path) => {
            let file =
                File::create(path).with_context(|| format!("creating {}", path.display()))?;
            let mut out = BufWriter::new(file);
            write(&mut out)?;
            out.flush()
                .with_context(|| format!("writing {}", path.display()))?;
        }
        None => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            write(&mut out)?;
            out.flush()?;
        }
    }
    Ok(())
}

fn exit_code(summary: &Summary) -> ExitCode {
    if summary.skipped > 0 || summary.replaced > 0 || summary.lossy > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}
