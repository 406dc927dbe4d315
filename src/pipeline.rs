//! The pipeline: corpus -> text -> extract -> resolve -> rdf -> store -> link, one function per
//! job.
//!
//! [`document`] runs the per-article stages on one article; [`build`] streams a corpus through
//! them in batches (articles of a batch in parallel, in a stable order) into a store, then
//! relinks the statements of the speakers its articles quote ([`link`]); [`remove`] takes an
//! article out and relinks the same way; [`extract`] does the per-article stages without a
//! store, writing N-Quads or JSON Lines for pipelines and shards (so without cross-article
//! links), and [`merge`] loads such shards into a store and links them. The caller learns about progress and skipped files through a callback; nothing here
//! prints.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use oxigraph::model::NamedNode;
use rayon::prelude::*;

use crate::corpus::{self, Decoding, ReadError};
use crate::model::{Article, Document, Lossy};
use crate::ontology::Lexicon;
use crate::rdf::store::{BulkWriter, Store};
use crate::rdf::StoreError;
use crate::rdf::{self, Base};
use crate::{export, extract as extractor, link as linker, resolve, text};

mod spool;
use spool::Spool;

/// What a build or extraction is asked to do.
#[derive(Debug, Clone)]
pub struct Config {
    /// Files and directories to read (`-` for standard input).
    pub inputs: Vec<PathBuf>,
    /// The base IRI of everything the graph names.
    pub base: Base,
    /// How many articles are extracted together (bounds memory).
    pub batch_size: usize,
    /// How many quads a build hands to the bulk loader before it commits them to the store
    /// (bounds what an interrupted build loses, and the loader's files waiting on disk).
    pub commit_quads: usize,
    /// What to do with articles that are not UTF-8: skip them, or decode them lossily.
    pub decoding: Decoding,
    /// Longer articles are reported and skipped: extracting one holds it whole, at a few
    /// hundred bytes of memory per byte of text.
    pub max_article_bytes: usize,
}

/// The default of [`Config::max_article_bytes`]: 32 MB, about 11 GB of memory to extract and
/// store (measured: 4 MB on one line took 1.4 GB through `build`).
pub const MAX_ARTICLE_BYTES: usize = 32_000_000;

impl Config {
    /// A configuration reading `inputs` with the default base IRI and batch size.
    pub fn new(inputs: Vec<PathBuf>) -> Config {
        Config {
            inputs,
            base: Base::default(),
            batch_size: 256,
            commit_quads: DEFAULT_COMMIT_QUADS,
            decoding: Decoding::Strict,
            max_article_bytes: MAX_ARTICLE_BYTES,
        }
    }
}

/// What happened during a run, reported as it happens.
#[derive(Debug)]
pub enum Progress<'a> {
    /// A file or record could not be read and was skipped.
    Skipped(&'a ReadError),
    /// An article has the id of one read earlier in this run; the later one replaces it.
    Replaced {
        /// The document id.
        id: &'a str,
        /// Where the earlier article came from.
        earlier: &'a Path,
        /// Where the later one comes from.
        later: &'a Path,
    },
    /// An article was not UTF-8 and was decoded lossily: its text is not the file's bytes.
    Lossy {
        /// Where the article came from.
        path: &'a Path,
        /// Where its bytes were replaced, and how many sequences.
        lossy: Lossy,
    },
    /// An article went into the store (or the output).
    Done(&'a Document),
}

/// The counts a run ends with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Articles read and processed.
    pub articles: usize,
    /// Files or records skipped.
    pub skipped: usize,
    /// Articles replaced by a later one with the same id in the same run.
    pub replaced: usize,
    /// Articles that were not UTF-8 and were decoded lossily.
    pub lossy: usize,
    /// Quotations extracted.
    pub quotations: usize,
    /// Communication events extracted.
    pub events: usize,
    /// Entities (per article; the same entity in two articles counts twice).
    pub entities: usize,
    /// Triples written (quads, counting each article's graph; none for JSON Lines output).
    pub triples: usize,
    /// Statements reported by several articles, among those of the speakers the run quoted
    /// (each once, however many versions it has).
    pub statements: usize,
    /// Wall-clock time of the run.
    pub elapsed: Duration,
    /// The part of `elapsed` spent linking across articles after they were stored (statements,
    /// occasions, display names): on a large corpus the two passes grow differently.
    pub linking: Duration,
    /// The part of `elapsed` spent in the final flush of the store's buffers to its files
    /// (RocksDB). Right after a bulk load it takes long: 31 s of the 33 s a build of 10,000
    /// generated articles spent once they were written, the link pass taking 2.
    pub flushing: Duration,
}

/// Runs the per-article stages: segment, extract, resolve.
pub fn document(article: Article) -> Document {
    let lexicon = Lexicon::builtin();
    let segmented = text::segment(&article);
    let found = extractor::extract(&article, &segmented, lexicon);
    let extraction = resolve::within(&article, &segmented, found);
    Document {
        article,
        extraction,
    }
}

/// Builds the graph of a corpus into a store: each article replaces its own named graph, so
/// building twice gives the same triples and an interrupted build keeps whole articles only.
pub fn build(
    config: &Config,
    store: &Store,
    progress: &mut dyn FnMut(Progress),
) -> Result<Summary, StoreError> {
    let started = Instant::now();
    // Into a store that holds no article, the link pass reads only what this build writes:
    // the build keeps it as it goes in a spool on disk, unless an article comes twice (the
    // later one replaces the earlier, whose records the spool would still hold). It keeps
    // nothing else per article: without a spool (no temporary directory, a full disk) every
    // article in the store is one this build wrote, and the link pass asks the store for all
    // of them. (The sets of graphs, speakers and participants written grew with the corpus
    // through the article pass.) Into a store that held articles, the build keeps those sets,
    // so that the link pass asks the store only about the articles it replaced.
    let fresh = !store.has_graphs_besides_ontology()?;
    let mut spool = if fresh { Spool::new().ok() } else { None };
    store.load_ontology()?;
    let mut summary = Summary::default();
    let mut written = Vec::new();
    let mut named_before = BTreeSet::new();
    let mut known = Written::default();
    let mut writer = store.bulk_writer();
    run_batches(config, &mut summary, progress, |documents| {
        let graphs: Vec<_> = documents
            .iter()
            .map(|document| {
                (
                    config.base.document(&document.article.id),
                    rdf::to_quads(document, &config.base),
                )
            })
            .collect();
        let triples = graphs.iter().map(|(_, quads)| quads.len()).sum();
        if !fresh {
            let iris: Vec<NamedNode> = graphs.iter().map(|(graph, _)| graph.clone()).collect();
            // An article built again may no longer name some entity: its display name is
            // recomputed too.
            named_before.extend(rdf::names::entities(store, &iris)?);
            for (graph, quads) in &graphs {
                if !store.contains_graph(graph.as_ref())? {
                    known.new.insert(graph.clone());
                }
                rdf::speakers_and_participants(quads, &mut known.speakers, &mut known.participants);
            }
            written.extend(iris);
        }
        for (_, quads) in &graphs {
            if spool
                .as_mut()
                .is_some_and(|spool| spool.add(&config.base, quads).is_err())
            {
                spool = None;
            }
        }
        // Many new articles at once go through Oxigraph's bulk loader, committed every
        // `commit_quads` quads (all of them or none is stored).
        writer.write_batch(graphs)?;
        if writer.pending_quads() >= config.commit_quads {
            writer.commit()?;
        }
        Ok::<_, StoreError>(triples)
    })?;
    writer.commit()?;
    // An id read twice: the spool holds both articles' records (run_batches counted it).
    if summary.replaced > 0 {
        spool = None;
    }
    let linking = Instant::now();
    let spooled = spool.map(|mut spool| link_spooled(store, &config.base, &mut spool));
    summary.statements = match spooled {
        Some(Ok(statements)) => statements,
        // (What the spooled pass wrote before it failed is written again, the same.)
        Some(Err(StoreError::Spool { .. })) | None if fresh => link_all(store, &config.base)?,
        Some(Err(StoreError::Spool { .. })) | None => {
            link(store, &config.base, &written, &named_before, &known)?
        }
        Some(Err(error)) => return Err(error),
    };
    summary.linking = linking.elapsed();
    let flushing = Instant::now();
    store.flush()?;
    summary.flushing = flushing.elapsed();
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// Merges N-Quads written by [`extract`] (one stream per shard of a corpus extracted on
/// several machines) into a store, then links the statements reported by several articles
/// over every article in the store, as [`build`] does. Into a new store, the result is the
/// graph one build of the whole corpus gives. Returns how many statements the store's
/// speakers have.
pub fn merge<R: std::io::Read>(
    store: &Store,
    base: &Base,
    shards: impl IntoIterator<Item = R>,
) -> Result<usize, StoreError> {
    store.load_ontology()?;
    for shard in shards {
        store.load_nquads(shard)?;
    }
    link_all(store, base)
}

/// [`link`] over every article graph in the store, asking the store for all of them.
fn link_all(store: &Store, base: &Base) -> Result<usize, StoreError> {
    let articles = base.document("");
    let documents: Vec<NamedNode> = store
        .named_graphs()?
        .into_iter()
        .filter(|graph| graph.as_str().starts_with(articles.as_str()))
        .collect();
    link(
        store,
        base,
        &documents,
        &BTreeSet::new(),
        &Written::default(),
    )
}

/// Recomputes the statements, occasions and display names of every article in the store, as
/// [`merge`] does after loading (for a store built by an older version, or loaded by another
/// tool), and flushes the store. Returns how many statements the store's speakers have.
pub fn relink(store: &Store, base: &Base) -> Result<usize, StoreError> {
    let statements = merge(store, base, std::iter::empty::<std::io::Empty>())?;
    store.flush()?;
    Ok(statements)
}

/// Removes an article and everything in its graph, then relinks the statements that were
/// derived from it; returns whether the article was there.
pub fn remove(store: &Store, base: &Base, id: &str) -> Result<bool, StoreError> {
    let graph = base.document(id);
    let named_before = rdf::names::entities(store, std::slice::from_ref(&graph))?;
    if !store.remove_document(graph.as_ref())? {
        return Ok(false);
    }
    link(
        store,
        base,
        &[graph],
        &named_before.into_iter().collect(),
        &Written::default(),
    )?;
    store.flush()?;
    Ok(true)
}

/// Rebuilds the statements of every speaker quoted in the article graphs `documents`, or
/// holding a statement derived from them, the occasions (events reported by several
/// articles) of every participant of their events, and the display names of the entities
/// they name or, before they were written or removed, named (`named_before`), after those
/// graphs were written or removed.
/// Returns how many statements those speakers now have.
///
/// Each speaker's statements are computed from all their quotations in the store, and each
/// entity's name from all its names, so the result does not depend on the order in which
/// articles came in.
///
/// `written` is what the caller knows of the graphs it wrote: the speakers and participants
/// of those new to the store are taken from it, and only the other graphs (replaced or
/// removed, which may have given statements and occasions to others) are asked of the store.
/// A profile of the link pass of a 10,000-article build put a quarter of its time in asking
/// the store for the speakers and participants of the articles it had just been given.
pub fn link(
    store: &Store,
    base: &Base,
    documents: &[NamedNode],
    named_before: &BTreeSet<NamedNode>,
    written: &Written,
) -> Result<usize, StoreError> {
    let mut statements = 0;
    let mut writes = LinkWrites::new(store);
    let asked: Vec<NamedNode> = documents
        .iter()
        .filter(|graph| !written.new.contains(*graph))
        .cloned()
        .collect();
    let mut speakers: BTreeSet<NamedNode> = written.speakers.clone();
    speakers.extend(rdf::statements::speakers(store, &asked)?);
    let speakers: Vec<NamedNode> = speakers.into_iter().collect();
    // Speakers go in batches, so that memory holds a batch's quotations, not the corpus's.
    // (Two batches read and linked in parallel made the link pass of a 10,000-article build
    // slower: 44.80 and 48.37 s against 40.74 and 43.39 s.)
    for batch in speakers.chunks(LINK_BATCH_SIZE) {
        let mut versions = rdf::statements::versions(store, base, batch)?;
        for speaker in batch {
            let found = linker::statements(&versions.remove(speaker).unwrap_or_default());
            let graph = rdf::statements::graph(base, speaker.as_ref());
            let quads = rdf::statements::to_quads(base, speaker.as_ref(), &found);
            writes.push(graph, quads)?;
            statements += found.len();
        }
    }
    // The occasions several articles report, relinked the same way, per least participant.
    let mut anchors: BTreeSet<NamedNode> = written.participants.clone();
    anchors.extend(rdf::occasions::anchors(store, &asked)?);
    let anchors: Vec<NamedNode> = anchors.into_iter().collect();
    for batch in anchors.chunks(LINK_BATCH_SIZE) {
        let mut reports = rdf::occasions::reports(store, base, batch)?;
        for anchor in batch {
            let found = linker::occasions(&reports.remove(anchor).unwrap_or_default());
            let graph = rdf::occasions::graph(base, anchor.as_ref());
            let quads = rdf::occasions::to_quads(base, anchor.as_ref(), &found);
            writes.push(graph, quads)?;
        }
    }
    writes.finish(store)?;
    rdf::names::update(store, base, documents, named_before)?;
    Ok(statements)
}

/// Links what a build wrote into a store that held no article, from the build's spool: the
/// same statements, occasions and display names [`link`] gives, read back in sequence, a
/// bucket of speakers at a time, instead of asked of the store. Returns how many statements
/// the speakers have.
fn link_spooled(store: &Store, base: &Base, spool: &mut Spool) -> Result<usize, StoreError> {
    spool.finish()?;
    let mut statements = 0;
    let mut writes = LinkWrites::new(store);
    // The store held no article, so it holds no statement or occasion yet: a speaker or an
    // anchor with none has no graph to write or remove.
    for bucket in 0..spool::BUCKETS {
        for (speaker, versions) in spool.versions(bucket)? {
            let found = linker::statements(&versions);
            if !found.is_empty() {
                let graph = rdf::statements::graph(base, speaker.as_ref());
                writes.push(
                    graph,
                    rdf::statements::to_quads(base, speaker.as_ref(), &found),
                )?;
                statements += found.len();
            }
        }
        for (anchor, reports) in spool.reports(bucket)? {
            let found = linker::occasions(&reports);
            if !found.is_empty() {
                let graph = rdf::occasions::graph(base, anchor.as_ref());
                writes.push(
                    graph,
                    rdf::occasions::to_quads(base, anchor.as_ref(), &found),
                )?;
            }
        }
    }
    writes.finish(store)?;
    // Every entity is named for the first time.
    let mut names = BTreeMap::new();
    for bucket in 0..spool::BUCKETS {
        names.extend(spool.names(bucket)?);
        if names.len() >= rdf::names::NEW_NAMES_PER_LOAD {
            rdf::names::insert(store, base, &mut names)?;
        }
    }
    rdf::names::insert(store, base, &mut names)?;
    Ok(statements)
}

/// What a build knows of the article graphs it wrote, for [`link`].
#[derive(Debug, Default)]
pub struct Written {
    /// The graphs the store did not hold before.
    pub new: BTreeSet<NamedNode>,
    /// The speakers quoted in the graphs written.
    pub speakers: BTreeSet<NamedNode>,
    /// The participants of the events in the graphs written.
    pub participants: BTreeSet<NamedNode>,
}

/// The linking graphs waiting to be written. A build links every speaker of the corpus, and
/// one transaction per speaker's graph spent its time in RocksDB's memtable (a profile of
/// the link pass of a 100,000-article build): new graphs go through one bulk load, handed
/// over a few hundred thousand quads at a time and committed at the end of the pass; graphs
/// already in the store are replaced, and empty ones removed, as before
/// ([`BulkWriter::write`] sorts them out).
struct LinkWrites<'a> {
    writer: BulkWriter<'a>,
    graphs: Vec<(NamedNode, Vec<oxigraph::model::Quad>)>,
    quads: usize,
    /// Graphs left empty, removed after the commit (no write may come between an in-memory
    /// store's bulk loader and its commit).
    emptied: Vec<NamedNode>,
}

impl<'a> LinkWrites<'a> {
    fn new(store: &'a Store) -> LinkWrites<'a> {
        LinkWrites {
            writer: store.bulk_writer(),
            graphs: Vec::new(),
            quads: 0,
            emptied: Vec::new(),
        }
    }

    fn push(
        &mut self,
        graph: NamedNode,
        quads: Vec<oxigraph::model::Quad>,
    ) -> Result<(), StoreError> {
        if quads.is_empty() {
            self.emptied.push(graph);
            return Ok(());
        }
        self.quads += quads.len();
        self.graphs.push((graph, quads));
        if self.quads >= LINK_WRITE_QUADS {
            self.hand_over()?;
        }
        Ok(())
    }

    fn hand_over(&mut self) -> Result<(), StoreError> {
        // A few graphs (adding an article) go through one transaction each, as articles do.
        self.writer.write_batch(std::mem::take(&mut self.graphs))?;
        self.quads = 0;
        Ok(())
    }

    fn finish(mut self, store: &Store) -> Result<(), StoreError> {
        self.hand_over()?;
        self.writer.commit()?;
        for graph in &self.emptied {
            store.remove_document(graph.as_ref())?;
        }
        Ok(())
    }
}

/// How many quads of linking graphs [`link`] gathers before writing them.
const LINK_WRITE_QUADS: usize = 250_000;

/// Output of [`extract`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtractFormat {
    /// N-Quads, one named graph per article: mergeable into any store.
    NQuads,
    /// One JSON object per article with its quotations, events and entities.
    JsonLines,
}

/// Extracts a corpus without a store, writing every article's facts to `out`.
pub fn extract(
    config: &Config,
    format: ExtractFormat,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(Progress),
) -> Result<Summary, std::io::Error> {
    let started = Instant::now();
    let mut summary = Summary::default();
    run_batches(config, &mut summary, progress, |documents| {
        let mut triples = 0;
        for document in documents {
            match format {
                ExtractFormat::NQuads => {
                    let quads = rdf::to_quads(document, &config.base);
                    triples += quads.len();
                    for quad in &quads {
                        writeln!(out, "{quad} .")?;
                    }
                }
                ExtractFormat::JsonLines => {
                    serde_json::to_writer(&mut *out, &export::json::document(document))?;
                    writeln!(out)?;
                }
            }
        }
        Ok::<_, std::io::Error>(triples)
    })?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// How many speakers [`link`] reads and relinks together.
const LINK_BATCH_SIZE: usize = 256;

/// How many quads a build bulk-loads before it commits them, unless configured otherwise.
///
/// The loader's files wait in the store's directory until the commit, and RocksDB copies
/// them in, so a commit needs about twice their size on disk for a moment: 30 million
/// triples (20,000 generated articles) left 6.5 GB of files and the store peaked 4 GB above
/// them. One commit per build of 100,000 articles would have needed the whole store twice
/// over. A commit every 25 million quads keeps that to about 5 GB, and a build of up to
/// 25 million quads (15,000 or so articles) still commits once.
pub const DEFAULT_COMMIT_QUADS: usize = 25_000_000;

/// Streams the corpus in batches: read a batch, extract it in parallel, hand the documents to
/// `sink` in corpus order. Memory is bounded by the batch, not by the corpus, except for the
/// id and path of every article read, kept to report an id read twice (the store keeps the
/// later article, as it replaces graphs in corpus order).
fn run_batches<E>(
    config: &Config,
    summary: &mut Summary,
    progress: &mut dyn FnMut(Progress),
    mut sink: impl FnMut(&[Document]) -> Result<usize, E>,
) -> Result<(), E> {
    let mut articles = corpus::read_with(&config.inputs, config.decoding).peekable();
    let batch_size = config.batch_size.max(1);
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    while articles.peek().is_some() {
        let mut batch = Vec::with_capacity(batch_size);
        for item in articles.by_ref().take(batch_size) {
            match item {
                Ok(article) if article.text.len() > config.max_article_bytes => {
                    let error = ReadError::too_large(
                        &article.path,
                        article.text.len(),
                        config.max_article_bytes,
                    );
                    summary.skipped += 1;
                    progress(Progress::Skipped(&error));
                }
                Ok(article) => {
                    if let Some(lossy) = article.lossy {
                        summary.lossy += 1;
                        progress(Progress::Lossy {
                            path: &article.path,
                            lossy,
                        });
                    }
                    if let Some(earlier) = seen.insert(article.id.clone(), article.path.clone()) {
                        summary.replaced += 1;
                        progress(Progress::Replaced {
                            id: &article.id,
                            earlier: &earlier,
                            later: &article.path,
                        });
                    }
                    batch.push(article);
                }
                Err(error) => {
                    summary.skipped += 1;
                    progress(Progress::Skipped(&error));
                }
            }
        }
        let documents: Vec<Document> = batch.into_par_iter().map(document).collect();
        summary.triples += sink(&documents)?;
        for document in &documents {
            summary.articles += 1;
            summary.quotations += document.extraction.quotations.len();
            summary.events += document.extraction.events.len();
            summary.entities += document.extraction.entities.len();
            progress(Progress::Done(document));
        }
    }
    Ok(())
}
