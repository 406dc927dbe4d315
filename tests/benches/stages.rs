//! Criterion benchmarks of each stage (segment, extract, resolve, RDF serialization, store
//! load, cross-article linking) and of the whole build, with byte throughput.
//!
//! Input: the PolNeAR dev articles when `../shared/eval/polnear-dev/text` is beside the
//! repository (84 articles, 68k words), else the seed articles in `corpus/`. Each bench
//! checks a count against one computed before timing, so none can win by doing nothing.
//! Run with `cargo bench --bench stages` (`-- extract` for one group); the whole-corpus
//! measurements (words/s, threads, 10k and 100k articles, peak memory) are
//! `tests/benches/corpus.sh`'s.
#![allow(missing_docs)]

use std::hint::black_box;
use std::io::Write;
use std::path::PathBuf;

use criterion::measurement::WallTime;
use criterion::{
    criterion_group, criterion_main, BatchSize, BenchmarkGroup, Criterion, Throughput,
};

use newsgraph::model::{Article, Document};
use newsgraph::ontology::Lexicon;
use newsgraph::pipeline::{self, Config};
use newsgraph::rdf::store::Store;
use newsgraph::rdf::{self, Base};
use newsgraph::{corpus, extract, resolve, text};

/// The articles benchmarked, and their size in bytes.
fn input() -> (PathBuf, Vec<Article>, u64) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let eval = root.join("../shared/eval/polnear-dev/text");
    let dir = if eval.is_dir() {
        eval
    } else {
        root.join("corpus")
    };
    let articles: Vec<Article> = corpus::read(std::slice::from_ref(&dir))
        .map(|article| article.expect("a readable bench article"))
        .collect();
    let bytes = articles.iter().map(|a| a.text.len() as u64).sum();
    (dir, articles, bytes)
}

fn stages(c: &mut Criterion) {
    let (dir, articles, bytes) = input();
    let lexicon = Lexicon::builtin();
    let base = Base::default();
    let segmented: Vec<_> = articles.iter().map(text::segment).collect();
    let found: Vec<_> = articles
        .iter()
        .zip(&segmented)
        .map(|(article, segmented)| extract::extract(article, segmented, lexicon))
        .collect();
    let documents: Vec<Document> = articles.iter().cloned().map(pipeline::document).collect();
    let graphs: Vec<_> = documents
        .iter()
        .map(|document| {
            (
                base.document(&document.article.id),
                rdf::to_quads(document, &base),
            )
        })
        .collect();
    let n_sentences: usize = segmented.iter().map(|s| s.sentences.len()).sum();
    let n_quotations: usize = found.iter().map(|f| f.quotations.len()).sum();
    let n_entities: usize = documents.iter().map(|d| d.extraction.entities.len()).sum();
    let n_quads: usize = graphs.iter().map(|(_, quads)| quads.len()).sum();
    assert!(n_sentences > 0 && n_quotations > 0 && n_entities > 0 && n_quads > 0);

    let mut group = bench_group(c, "segment", bytes, 20);
    group.bench_function("articles", |b| {
        b.iter(|| {
            let n: usize = articles
                .iter()
                .map(|article| text::segment(black_box(article)).sentences.len())
                .sum();
            assert_eq!(n, n_sentences);
        })
    });
    group.finish();

    let mut group = bench_group(c, "extract", bytes, 10);
    group.bench_function("articles", |b| {
        b.iter(|| {
            let n: usize = articles
                .iter()
                .zip(&segmented)
                .map(|(article, segmented)| {
                    extract::extract(black_box(article), segmented, lexicon)
                        .quotations
                        .len()
                })
                .sum();
            assert_eq!(n, n_quotations);
        })
    });
    group.finish();

    let mut group = bench_group(c, "resolve", bytes, 20);
    group.bench_function("articles", |b| {
        b.iter_batched(
            || found.clone(),
            |found| {
                let n: usize = articles
                    .iter()
                    .zip(&segmented)
                    .zip(found)
                    .map(|((article, segmented), found)| {
                        resolve::within(article, segmented, found).entities.len()
                    })
                    .sum();
                assert_eq!(n, n_entities);
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();

    let mut group = bench_group(c, "rdf", bytes, 20);
    group.bench_function("to_quads", |b| {
        b.iter(|| {
            let n: usize = documents
                .iter()
                .map(|document| rdf::to_quads(black_box(document), &base).len())
                .sum();
            assert_eq!(n, n_quads);
        })
    });
    group.bench_function("nquads", |b| {
        let mut out = Vec::with_capacity(64 << 20);
        b.iter(|| {
            out.clear();
            for (_, quads) in &graphs {
                for quad in quads {
                    writeln!(out, "{quad} .").expect("writing to memory");
                }
            }
            assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), n_quads);
        })
    });
    group.finish();

    let mut group = bench_group(c, "store", bytes, 10);
    group.bench_function("bulk_load_rocksdb", |b| {
        b.iter_batched(
            || (tempdir(), graphs.clone()),
            |(dir, graphs)| {
                let store = Store::open(dir.path()).expect("a new store");
                let report = store.bulk_load(graphs).expect("loaded");
                assert_eq!(report.loaded, documents.len());
                assert_eq!(store.len().expect("counted"), n_quads);
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("replace_document_rocksdb", |b| {
        b.iter_batched(
            || (tempdir(), graphs.clone()),
            |(dir, graphs)| {
                let store = Store::open(dir.path()).expect("a new store");
                for (graph, quads) in &graphs {
                    store.replace_document(graph, quads).expect("written");
                }
                assert_eq!(store.len().expect("counted"), n_quads);
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();

    let built = Store::in_memory().expect("in-memory store");
    let config = Config::new(vec![dir.clone()]);
    let summary = pipeline::build(&config, &built, &mut |_| {}).expect("built");
    let graph_names: Vec<_> = graphs.iter().map(|(graph, _)| graph.clone()).collect();
    let mut group = bench_group(c, "link", bytes, 10);
    group.bench_function("all_speakers", |b| {
        b.iter(|| {
            let n = pipeline::link(
                &built,
                &base,
                &graph_names,
                &Default::default(),
                &Default::default(),
            )
            .expect("linked");
            assert_eq!(n, summary.statements);
        })
    });
    group.finish();

    let mut group = bench_group(c, "end_to_end", bytes, 10);
    group.bench_function("build_rocksdb", |b| {
        b.iter_batched(
            tempdir,
            |store_dir| {
                let store = Store::open(store_dir.path()).expect("a new store");
                let again = pipeline::build(&config, &store, &mut |_| {}).expect("built");
                assert_eq!(again.triples, summary.triples);
                assert_eq!(again.statements, summary.statements);
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// A group of benches over `bytes` of articles, timed `samples` times.
fn bench_group<'a>(
    c: &'a mut Criterion,
    name: &str,
    bytes: u64,
    samples: usize,
) -> BenchmarkGroup<'a, WallTime> {
    let mut group = c.benchmark_group(name);
    group
        .throughput(Throughput::Bytes(bytes))
        .sample_size(samples);
    group
}

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary directory")
}

criterion_group!(benches, stages);
criterion_main!(benches);
