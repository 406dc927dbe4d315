//! The Oxigraph store that keeps the graph between runs: one named graph per article (and one
//! per speaker for the statements several articles report).
//!
//! In: quads from [`to_quads`](super::to_quads), one article (one graph) at a time, and the
//! [`ontology`](super::ontology()). Out: counts, graph lists, SPARQL results and dumps in the
//! usual RDF formats.
//!
//! An article's graph is only ever written whole: [`Store::replace_document`] clears it and
//! inserts the new quads in one transaction, so building twice gives the same triples and a
//! failure leaves all or none of an article's facts. [`Store::bulk_load`] and
//! [`BulkWriter`] (one bulk load across the batches of a build) are the fast path for new
//! articles. Queries see the union of all named graphs as their default graph.
//!
//! SPARQL updates exist only for `newsgraph serve --writable` ([`Store::update`]): the graph
//! is otherwise rebuilt from the corpus, never edited. Deliberately absent: read-only opening (RocksDB gives no guarantee while a writer is active), and any
//! knowledge of IRIs beyond the graph names it is handed.

use std::io::{Read, Write};
#[cfg(feature = "rocksdb")]
use std::path::Path;
use std::str::FromStr;

use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{
    GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef, Term, Triple,
};
use oxigraph::sparql::{PreparedSparqlQuery, PreparedSparqlUpdate, QueryResults, SparqlEvaluator};
#[cfg(feature = "rocksdb")]
use oxigraph::store::StorageError;

use super::{ontology, StoreError, ONTOLOGY_GRAPH, PREFIXES};

/// A persistent (RocksDB) or in-memory RDF store holding one named graph per article.
#[derive(Clone)]
pub struct Store {
    inner: oxigraph::store::Store,
}

/// The RDF formats a store can be dumped in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DumpFormat {
    /// Turtle: the union of all graphs, with prefixes.
    Turtle,
    /// N-Triples: the union of all graphs, one triple per line.
    NTriples,
    /// N-Quads: every quad with its graph.
    NQuads,
    /// TriG: the graphs kept, with prefixes.
    TriG,
    /// RDF/XML: the union of all graphs.
    RdfXml,
    /// JSON-LD: the graphs kept.
    JsonLd,
}

/// Counts describing what a store holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stats {
    /// Quads in all graphs, the ontology's included.
    pub quads: usize,
    /// Named graphs, the ontology's included.
    pub graphs: usize,
    /// Articles (`schema:NewsArticle`).
    pub articles: usize,
    /// Distinct people, organizations, countries, cities and places.
    pub entities: usize,
    /// Distinct people (`schema:Person`).
    pub people: usize,
    /// Distinct organizations (`schema:Organization`).
    pub organizations: usize,
    /// Distinct countries (`schema:Country`).
    pub countries: usize,
    /// Distinct cities (`schema:City`).
    pub cities: usize,
    /// Distinct other places (`schema:Place`).
    pub places: usize,
    /// Mentions of entities.
    pub mentions: usize,
    /// Quotations.
    pub quotations: usize,
    /// Communication events, whatever their status.
    pub events: usize,
    /// Roles.
    pub roles: usize,
}

/// How [`Store::bulk_load`] wrote the documents it was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BulkLoad {
    /// Documents whose graph was new, written by the bulk loader.
    pub loaded: usize,
    /// Documents whose graph existed (or came twice), replaced transactionally.
    pub replaced: usize,
}

/// Documents written through one bulk load that spans many calls to [`BulkWriter::write`].
///
/// Each call hands its quads to Oxigraph's bulk loader, which sorts them into files in the
/// background while the caller goes on (extracting the next batch of a build), and
/// [`BulkWriter::commit`] adds all the files to the store at once. A build that committed
/// every batch of 256 articles waited for each batch's files and added a few hundred sets of
/// them to an ever larger RocksDB store, whose compaction rewrote the store over and over.
/// Until the commit, reads do not see the documents written; a writer dropped without a
/// commit stores none of them.
pub struct BulkWriter<'a> {
    store: &'a Store,
    loader: Option<oxigraph::store::BulkLoader<'a>>,
    /// The graphs waiting for the commit: a document that comes again must replace its
    /// earlier version, which the store cannot see yet.
    pending: rustc_hash::FxHashSet<NamedNode>,
    /// Waiting graphs without quads: the bulk loader records a graph only through its quads.
    empty: Vec<NamedNode>,
    quads: usize,
}

/// Batches of at least this many documents go through the bulk loader in
/// [`BulkWriter::write_batch`].
pub const BULK_LOAD_MIN: usize = 64;

impl BulkWriter<'_> {
    /// Writes documents (graph name and quads): a graph that is neither in the store nor
    /// waiting goes to the bulk loader; any other is replaced with
    /// [`Store::replace_document`] after what waits is committed (the last one wins; and an
    /// in-memory store's loader holds its one write transaction until the commit).
    pub fn write(
        &mut self,
        documents: impl IntoIterator<Item = (NamedNode, Vec<Quad>)>,
    ) -> Result<BulkLoad, StoreError> {
        let mut report = BulkLoad::default();
        let mut bulk_quads = Vec::new();
        let mut later = Vec::new();
        for (graph, quads) in documents {
            check_graph(graph.as_ref(), &quads)?;
            if self.pending.contains(&graph)
                || self.store.inner.contains_named_graph(graph.as_ref())?
            {
                later.push((graph, quads));
                continue;
            }
            if quads.is_empty() {
                self.empty.push(graph.clone());
            }
            self.pending.insert(graph);
            self.quads += quads.len();
            bulk_quads.push(quads);
            report.loaded += 1;
        }
        if !bulk_quads.is_empty() {
            // One call for all documents: each call to the loader writes its own set of files
            // (one per index), and thousands of small files stall RocksDB's compaction (a
            // build of 2,000 articles left 8,000 of them).
            let store = self.store;
            let loader = self.loader.get_or_insert_with(|| store.inner.bulk_loader());
            loader.load_quads(bulk_quads.into_iter().flatten())?;
        }
        if !later.is_empty() {
            self.commit()?;
        }
        for (graph, quads) in later {
            self.store.replace_document(graph.as_ref(), &quads)?;
            report.replaced += 1;
        }
        Ok(report)
    }

    /// Writes a batch of documents the way a build does: many at once (at least
    /// [`BULK_LOAD_MIN`]), or any while others wait for the commit (only the writer knows
    /// which wait, and a document that comes again must replace them), through
    /// [`BulkWriter::write`]; a few through one transaction each, which keeps small
    /// incremental builds from piling up tiny RocksDB files.
    pub fn write_batch(
        &mut self,
        documents: Vec<(NamedNode, Vec<Quad>)>,
    ) -> Result<(), StoreError> {
        if documents.len() >= BULK_LOAD_MIN || self.is_pending() {
            self.write(documents)?;
        } else {
            for (graph, quads) in &documents {
                self.store.replace_document(graph.as_ref(), quads)?;
            }
        }
        Ok(())
    }

    /// Quads written and not committed yet.
    pub fn pending_quads(&self) -> usize {
        self.quads
    }

    /// Whether documents wait for the commit (while they do, write to the store through the
    /// writer only).
    pub fn is_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Adds everything written so far to the store, all of it or (on failure) none.
    pub fn commit(&mut self) -> Result<(), StoreError> {
        if let Some(loader) = self.loader.take() {
            loader.commit()?;
        }
        for graph in self.empty.drain(..) {
            if !self.store.inner.contains_named_graph(graph.as_ref())? {
                self.store.inner.insert_named_graph(graph.as_ref())?;
            }
        }
        self.pending.clear();
        self.quads = 0;
        Ok(())
    }
}

impl Store {
    /// Opens the store in directory `path`, creating it if needed.
    ///
    /// RocksDB allows one writer per directory; when another process has it open the
    /// error is [`StoreError::InUse`].
    #[cfg(feature = "rocksdb")]
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::open_with(path, None)
    }

    /// Opens the store in directory `path` with at most `max_open_files` of its files open at
    /// once (`None`: as many as the process may open). RocksDB keeps the index of every open
    /// file in memory, which on a store of 100,000 articles (about 900 files) is a few
    /// hundred megabytes; a limit bounds it, and reads reopen files that were closed.
    #[cfg(feature = "rocksdb")]
    pub fn open_with(path: &Path, max_open_files: Option<u32>) -> Result<Store, StoreError> {
        let opened = match max_open_files {
            Some(files) => oxigraph::store::Store::open_with_options(
                path,
                oxigraph::store::StoreOptions::default().with_max_open_files(files),
            ),
            None => oxigraph::store::Store::open(path),
        };
        match opened {
            Ok(inner) => {
                remove_leftover_bulk_files(path);
                Ok(Store { inner })
            }
            Err(source) if is_lock_error(&source) => Err(StoreError::InUse {
                path: path.to_owned(),
            }),
            Err(source) => Err(StoreError::Open {
                path: path.to_owned(),
                source,
            }),
        }
    }

    /// Writes what is buffered in memory to the store's files. RocksDB otherwise keeps recent
    /// writes in its log and replays the whole log each time the store is opened: after
    /// builds and removals that did not flush, opening a 100,000-article store replayed them
    /// all (a fifth of the time of adding one article).
    pub fn flush(&self) -> Result<(), StoreError> {
        #[cfg(feature = "rocksdb")]
        self.inner.flush()?;
        Ok(())
    }

    /// A store that lives in memory only, for tests and one-shot runs.
    pub fn in_memory() -> Result<Store, StoreError> {
        Ok(Store {
            inner: oxigraph::store::Store::new()?,
        })
    }

    /// Replaces the content of one article's graph (or one speaker's statements graph) by
    /// `quads`, atomically.
    ///
    /// Every quad must be in `graph`, so that one call can never touch another article.
    pub fn replace_document<'a>(
        &self,
        graph: impl Into<NamedNodeRef<'a>>,
        quads: &[Quad],
    ) -> Result<(), StoreError> {
        let graph = graph.into();
        check_graph(graph, quads)?;
        let mut transaction = self.inner.start_transaction()?;
        // Only what changed is written: a speaker's statements graph is rewritten whenever an
        // article quoting the speaker comes in, and clearing and refilling it made the
        // transaction's write batch (and its time and memory) as large as the graph, which in
        // a store of 100,000 articles took seconds for one added article. Reading the graph
        // is a prefix scan.
        let new: rustc_hash::FxHashSet<&Quad> = quads.iter().collect();
        let mut kept: rustc_hash::FxHashSet<Quad> = rustc_hash::FxHashSet::default();
        let mut stale = Vec::new();
        for quad in transaction.quads_for_pattern(None, None, None, Some(graph.into())) {
            let quad = quad?;
            if new.contains(&quad) {
                kept.insert(quad);
            } else {
                stale.push(quad);
            }
        }
        for quad in &stale {
            transaction.remove(quad);
        }
        // An article where nothing was found still has its graph, so it counts as built.
        transaction.insert_named_graph(graph);
        transaction.extend(quads.iter().filter(|quad| !kept.contains(*quad)));
        transaction.commit()?;
        Ok(())
    }

    /// Loads many documents, each given as its graph name and quads, with Oxigraph's bulk
    /// loader: [`Store::bulk_writer`] written to once and committed.
    ///
    /// The bulk loader is much faster on large inputs but cannot clear a graph. So only
    /// documents whose graph is not in the store yet go through it; a document whose graph
    /// exists, or that comes twice, is written afterwards with [`Store::replace_document`]
    /// (the last one wins). If the load fails, none of the bulk-loaded documents is in the
    /// store.
    pub fn bulk_load(
        &self,
        documents: impl IntoIterator<Item = (NamedNode, Vec<Quad>)>,
    ) -> Result<BulkLoad, StoreError> {
        let mut writer = self.bulk_writer();
        let report = writer.write(documents)?;
        writer.commit()?;
        Ok(report)
    }

    /// A bulk load that spans many calls (the batches of a build), committed when the caller
    /// says so: see [`BulkWriter`].
    pub fn bulk_writer(&self) -> BulkWriter<'_> {
        BulkWriter {
            store: self,
            loader: None,
            pending: rustc_hash::FxHashSet::default(),
            empty: Vec::new(),
            quads: 0,
        }
    }

    /// Adds the quads of an N-Quads stream (shards written by `newsgraph extract`, say) with
    /// Oxigraph's bulk loader, as they are: unlike [`Store::bulk_load`] it cannot replace a
    /// graph, so an article already in the store gets the new quads on top of its old ones.
    /// If the load fails, nothing of the stream is stored.
    pub fn load_nquads(&self, reader: impl Read) -> Result<(), StoreError> {
        let mut loader = self.inner.bulk_loader();
        loader
            .load_from_reader(RdfFormat::NQuads, reader)
            .map_err(StoreError::Load)?;
        loader.commit()?;
        Ok(())
    }

    /// Adds quads none of which is in the store yet with Oxigraph's bulk loader: many new
    /// triples of a graph that exists (the display names of a build's new entities) without
    /// a transaction, whose writes RocksDB holds in its memtables. (Each graph gets a quad,
    /// so the loader records it.)
    pub fn bulk_insert(&self, quads: Vec<Quad>) -> Result<(), StoreError> {
        let mut loader = self.inner.bulk_loader();
        loader.load_quads(quads)?;
        loader.commit()?;
        Ok(())
    }

    /// Replaces the ontology graph by the compiled-in ontology; returns its quad count.
    pub fn load_ontology(&self) -> Result<usize, StoreError> {
        let quads = ontology()?;
        self.replace_document(NamedNodeRef::new_unchecked(ONTOLOGY_GRAPH), &quads)?;
        Ok(quads.len())
    }

    /// Removes an article's graph and everything in it; returns whether it was there.
    pub fn remove_document<'a>(
        &self,
        graph: impl Into<NamedNodeRef<'a>>,
    ) -> Result<bool, StoreError> {
        let graph = graph.into();
        if !self.inner.contains_named_graph(graph)? {
            return Ok(false);
        }
        self.inner.remove_named_graph(graph)?;
        Ok(true)
    }

    /// Whether the store has this graph (possibly empty).
    pub fn contains_graph<'a>(
        &self,
        graph: impl Into<NamedNodeRef<'a>>,
    ) -> Result<bool, StoreError> {
        Ok(self.inner.contains_named_graph(graph.into())?)
    }

    /// The number of quads in all graphs.
    pub fn len(&self) -> Result<usize, StoreError> {
        Ok(self.inner.len()?)
    }

    /// Whether the store holds no quad.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.inner.is_empty()?)
    }

    /// Whether the store has a named graph besides the ontology's (an article, or what was
    /// linked across articles): stops at the first one.
    pub fn has_graphs_besides_ontology(&self) -> Result<bool, StoreError> {
        for graph in self.inner.named_graphs() {
            if !matches!(graph?, NamedOrBlankNode::NamedNode(graph) if graph.as_str() == ONTOLOGY_GRAPH)
            {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The names of all named graphs, sorted: the articles' and the ontology's.
    pub fn named_graphs(&self) -> Result<Vec<NamedNode>, StoreError> {
        let mut graphs = Vec::new();
        for graph in self.inner.named_graphs() {
            // We never write blank graph names; one put there by another tool is skipped.
            if let NamedOrBlankNode::NamedNode(graph) = graph? {
                graphs.push(graph);
            }
        }
        graphs.sort();
        Ok(graphs)
    }

    /// Counts of what the store holds.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        Ok(Stats {
            quads: self.len()?,
            graphs: self.named_graphs()?.len(),
            articles: self.count("?x a schema:NewsArticle")?,
            entities: self.count(
                "VALUES ?class { schema:Person schema:Organization schema:Country \
                 schema:City schema:Place } ?x a ?class",
            )?,
            people: self.count("?x a schema:Person")?,
            organizations: self.count("?x a schema:Organization")?,
            countries: self.count("?x a schema:Country")?,
            cities: self.count("?x a schema:City")?,
            places: self.count("?x a schema:Place")?,
            mentions: self.count("?x a ng:Mention")?,
            quotations: self.count("?x a ng:Quotation")?,
            events: self.count("?x ng:kind ?kind")?,
            roles: self.count("?x a ng:Role")?,
        })
    }

    /// Runs a parsed SPARQL query. Unless the query names its own dataset (`FROM`), the
    /// default graph is the union of all named graphs.
    pub fn query(&self, query: PreparedSparqlQuery) -> Result<QueryResults<'static>, StoreError> {
        Ok(union_default(query).on_store(&self.inner).execute()?)
    }

    /// Sets the value of `predicate` for each subject in `graph`, in one transaction: the
    /// subject's quads with that predicate there are replaced by the one given, or removed
    /// for `None`. Quads that already hold are left alone.
    pub fn set_values(
        &self,
        graph: NamedNodeRef<'_>,
        predicate: NamedNodeRef<'_>,
        values: &[(NamedNode, Option<Term>)],
    ) -> Result<(), StoreError> {
        let mut transaction = self.inner.start_transaction()?;
        for (subject, value) in values {
            let mut present = false;
            let stale: Vec<Quad> = transaction
                .quads_for_pattern(
                    Some(subject.as_ref().into()),
                    Some(predicate),
                    None,
                    Some(graph.into()),
                )
                .filter(|quad| match quad {
                    Ok(quad) if Some(&quad.object) == value.as_ref() => {
                        present = true;
                        false
                    }
                    _ => true,
                })
                .collect::<Result<_, _>>()?;
            for quad in &stale {
                transaction.remove(quad);
            }
            if let (Some(value), false) = (value, present) {
                transaction.insert(QuadRef::new(subject, predicate, value, graph));
            }
        }
        transaction.commit()?;
        Ok(())
    }

    /// Runs a parsed SPARQL query to its end, discarding the results, and writes the plan
    /// Oxigraph evaluated, with the rows and time of every step, as JSON to `out`: to see
    /// why a query is slow on a large store. The default graph is the union, as in
    /// [`Store::query`].
    pub fn explain(
        &self,
        query: PreparedSparqlQuery,
        out: &mut (impl Write + ?Sized),
    ) -> Result<(), StoreError> {
        let (results, explanation) = union_default(query)
            .on_store(&self.inner)
            .compute_statistics()
            .explain();
        match results? {
            QueryResults::Solutions(solutions) => {
                for solution in solutions {
                    solution?;
                }
            }
            QueryResults::Graph(triples) => {
                for triple in triples {
                    triple?;
                }
            }
            QueryResults::Boolean(_) => {}
        }
        explanation
            .write_in_json(&mut *out)
            .and_then(|()| writeln!(out))
            .map_err(StoreError::Write)
    }

    /// Runs a parsed SPARQL update in one transaction. Its default graph is the store's
    /// default graph, not the union the queries see: `INSERT DATA` without `GRAPH` lands
    /// there, and queries still see it.
    pub fn update(&self, update: PreparedSparqlUpdate) -> Result<(), StoreError> {
        Ok(update.on_store(&self.inner).execute()?)
    }

    /// Writes the whole store in `format`.
    ///
    /// N-Quads, TriG and JSON-LD keep the named graphs; Turtle, N-Triples and RDF/XML get the
    /// union of all graphs, each triple once. Quads are sorted (by graph, subject, predicate,
    /// object) so the same store always gives the same bytes, whatever the storage order;
    /// the price is holding the whole dump in memory.
    pub fn dump(
        &self,
        format: DumpFormat,
        out: &mut (impl Write + ?Sized),
    ) -> Result<(), StoreError> {
        let mut serializer = RdfSerializer::from_format(format.rdf_format());
        for (prefix, namespace) in PREFIXES {
            serializer = serializer
                .with_prefix(*prefix, *namespace)
                .expect("the prefix IRIs are valid");
        }
        let mut writer = serializer.for_writer(&mut *out);
        let mut quads = self.inner.iter().collect::<Result<Vec<Quad>, _>>()?;
        if format.keeps_graphs() {
            quads.sort_by_cached_key(|quad| {
                (
                    quad.graph_name.to_string(),
                    quad.subject.to_string(),
                    quad.predicate.to_string(),
                    quad.object.to_string(),
                )
            });
            for quad in &quads {
                writer.serialize_quad(quad).map_err(StoreError::Write)?;
            }
        } else {
            let mut triples: Vec<Triple> = quads.into_iter().map(Triple::from).collect();
            triples.sort_by_cached_key(|triple| {
                (
                    triple.subject.to_string(),
                    triple.predicate.to_string(),
                    triple.object.to_string(),
                )
            });
            triples.dedup();
            for triple in &triples {
                writer.serialize_triple(triple).map_err(StoreError::Write)?;
            }
        }
        writer.finish().map_err(StoreError::Write)?;
        Ok(())
    }

    /// The number of distinct `?x` matching a graph pattern.
    fn count(&self, pattern: &str) -> Result<usize, StoreError> {
        let mut sparql = String::new();
        for (prefix, namespace) in PREFIXES {
            sparql.push_str(&format!("PREFIX {prefix}: <{namespace}>\n"));
        }
        sparql.push_str(&format!(
            "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}"
        ));
        let query = SparqlEvaluator::new()
            .parse_query(&sparql)
            .expect("the counting queries are valid SPARQL");
        let QueryResults::Solutions(mut solutions) = self.query(query)? else {
            unreachable!("a SELECT query gives solutions");
        };
        let count = match solutions.next().transpose()? {
            Some(solution) => match solution.get("n") {
                Some(Term::Literal(literal)) => literal.value().parse().unwrap_or(0),
                _ => 0,
            },
            None => 0,
        };
        Ok(count)
    }
}

impl DumpFormat {
    /// Every format, in the order they are listed in help texts.
    pub const ALL: [DumpFormat; 6] = [
        DumpFormat::Turtle,
        DumpFormat::NTriples,
        DumpFormat::NQuads,
        DumpFormat::TriG,
        DumpFormat::RdfXml,
        DumpFormat::JsonLd,
    ];

    /// The format's name as accepted by [`DumpFormat::from_str`].
    pub fn name(self) -> &'static str {
        match self {
            DumpFormat::Turtle => "turtle",
            DumpFormat::NTriples => "ntriples",
            DumpFormat::NQuads => "nquads",
            DumpFormat::TriG => "trig",
            DumpFormat::RdfXml => "rdfxml",
            DumpFormat::JsonLd => "jsonld",
        }
    }

    /// Whether the format keeps named graphs (otherwise the union of graphs is written).
    pub fn keeps_graphs(self) -> bool {
        self.rdf_format().supports_datasets()
    }

    fn rdf_format(self) -> RdfFormat {
        match self {
            DumpFormat::Turtle => RdfFormat::Turtle,
            DumpFormat::NTriples => RdfFormat::NTriples,
            DumpFormat::NQuads => RdfFormat::NQuads,
            DumpFormat::TriG => RdfFormat::TriG,
            DumpFormat::RdfXml => RdfFormat::RdfXml,
            DumpFormat::JsonLd => RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        }
    }
}

impl FromStr for DumpFormat {
    type Err = StoreError;

    fn from_str(name: &str) -> Result<DumpFormat, StoreError> {
        DumpFormat::ALL
            .into_iter()
            .find(|format| format.name() == name)
            .ok_or_else(|| StoreError::UnknownFormat {
                name: name.to_owned(),
            })
    }
}

/// The query with the union of all named graphs as its default graph, unless it names its
/// own dataset (`FROM`).
fn union_default(mut query: PreparedSparqlQuery) -> PreparedSparqlQuery {
    if query.dataset().is_default_dataset() {
        query.dataset_mut().set_default_graph_as_union();
    }
    query
}

/// Removes the sorted files a bulk load left in the store's directory when its process was
/// killed before the commit (Oxigraph names them `bulk-*.sst` and deletes them on commit or
/// drop). A build commits once, at its end, so an interrupted one can leave gigabytes. The
/// store is open for writing, which RocksDB allows one process at a time, so no other load
/// can be writing them. A file that cannot be removed is only left behind.
#[cfg(feature = "rocksdb")]
fn remove_leftover_bulk_files(path: &Path) {
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("bulk-") && name.ends_with(".sst") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn check_graph(graph: NamedNodeRef<'_>, quads: &[Quad]) -> Result<(), StoreError> {
    let expected = GraphNameRef::NamedNode(graph);
    match quads
        .iter()
        .find(|quad| quad.graph_name.as_ref() != expected)
    {
        Some(quad) => Err(StoreError::ForeignGraph {
            graph: graph.to_string(),
            quad: quad.to_string(),
        }),
        None => Ok(()),
    }
}

/// RocksDB reports a held lock as "IO error: While lock file: `dir`/LOCK: Resource
/// temporarily unavailable" (another process) or "IO error: lock hold by current process"
/// (this one). There is no error kind for it, so the message is all we have.
#[cfg(feature = "rocksdb")]
fn is_lock_error(error: &StorageError) -> bool {
    let message = error.to_string();
    message.contains("While lock file") || message.contains("lock hold by current process")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdf::tests::sample_document;
    use crate::rdf::{to_quads, Base};

    fn sample_store() -> (Store, NamedNode, Vec<Quad>) {
        let base = Base::default();
        let document = sample_document();
        let graph = base.document(&document.article.id);
        let quads = to_quads(&document, &base);
        let store = Store::in_memory().expect("in-memory store");
        store
            .replace_document(graph.as_ref(), &quads)
            .expect("replace");
        (store, graph, quads)
    }

    /// `quads` moved into `graph`.
    fn retarget(graph: &NamedNode, quads: &[Quad]) -> Vec<Quad> {
        quads
            .iter()
            .map(|quad| {
                Quad::new(
                    quad.subject.clone(),
                    quad.predicate.clone(),
                    quad.object.clone(),
                    graph.clone(),
                )
            })
            .collect()
    }

    /// Checks the dump of the sample store in `format` against `check_output`.
    fn check(format: DumpFormat, check_output: impl FnOnce(&str)) {
        let (store, _, _) = sample_store();
        let mut out = Vec::new();
        store.dump(format, &mut out).expect("dump");
        check_output(&String::from_utf8(out).expect("dumps are UTF-8"));
    }

    #[test]
    fn replacing_a_document_twice_gives_the_same_quads() {
        let (store, graph, quads) = sample_store();
        let first = store.len().unwrap();
        assert_eq!(first, quads.len());
        store.replace_document(graph.as_ref(), &quads).unwrap();
        assert_eq!(store.len().unwrap(), first);
        // A smaller extraction leaves nothing of the bigger one behind.
        store.replace_document(graph.as_ref(), &quads[..3]).unwrap();
        assert_eq!(store.len().unwrap(), 3);
    }

    #[test]
    fn quads_of_another_graph_are_refused_and_nothing_is_written() {
        let (store, _, quads) = sample_store();
        let other = Base::default().document("other");
        let error = store.replace_document(other.as_ref(), &quads).unwrap_err();
        assert!(matches!(error, StoreError::ForeignGraph { .. }), "{error}");
        assert!(!store.contains_graph(other.as_ref()).unwrap());
    }

    #[test]
    fn a_bulk_writer_stores_nothing_before_its_commit_and_keeps_the_last_version() {
        let (store, existing, quads) = sample_store();
        let base = Base::default();
        let before = store.len().unwrap();
        let (first, second) = (base.document("first"), base.document("second"));
        let mut writer = store.bulk_writer();
        let report = writer
            .write([(first.clone(), retarget(&first, &quads))])
            .unwrap();
        assert_eq!(
            report,
            BulkLoad {
                loaded: 1,
                replaced: 0
            }
        );
        assert!(writer.is_pending());
        assert_eq!(writer.pending_quads(), quads.len());
        assert_eq!(
            store.len().unwrap(),
            before,
            "nothing is stored before the commit"
        );
        // `first` again (a shorter version), a new graph and the graph that was in the store:
        // what waits is committed, then the two known graphs are replaced.
        let shorter = retarget(&first, &quads[..quads.len() / 2]);
        let report = writer
            .write([
                (second.clone(), retarget(&second, &quads)),
                (first.clone(), shorter.clone()),
                (existing.clone(), quads[..1].to_vec()),
            ])
            .unwrap();
        assert_eq!(
            report,
            BulkLoad {
                loaded: 1,
                replaced: 2
            }
        );
        assert!(!writer.is_pending());
        writer.commit().unwrap();
        let graph_len = |graph: &NamedNode| {
            store
                .inner
                .quads_for_pattern(None, None, None, Some(graph.as_ref().into()))
                .count()
        };
        assert_eq!(graph_len(&first), shorter.len());
        assert_eq!(graph_len(&second), quads.len());
        assert_eq!(graph_len(&existing), 1);
    }

    #[test]
    fn a_dropped_bulk_writer_stores_nothing() {
        let (store, _, quads) = sample_store();
        let before = store.len().unwrap();
        let graph = Base::default().document("dropped");
        let mut writer = store.bulk_writer();
        writer
            .write([(graph.clone(), retarget(&graph, &quads))])
            .unwrap();
        drop(writer);
        assert_eq!(store.len().unwrap(), before);
        assert!(!store.contains_graph(graph.as_ref()).unwrap());
    }

    #[cfg(feature = "rocksdb")]
    #[test]
    fn a_store_opened_with_few_open_files_keeps_what_was_written() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_with(dir.path(), Some(16)).unwrap();
        let added = store.load_ontology().unwrap();
        store.flush().unwrap();
        drop(store);
        let store = Store::open_with(dir.path(), Some(16)).unwrap();
        assert!(added > 0);
        assert_eq!(store.len().unwrap(), added);
    }

    #[cfg(feature = "rocksdb")]
    #[test]
    fn opening_a_store_removes_the_files_of_a_bulk_load_that_was_killed() {
        let dir = tempfile::tempdir().unwrap();
        drop(Store::open(dir.path()).unwrap());
        let leftover = dir.path().join("bulk-1234.sst");
        std::fs::write(&leftover, b"half-written").unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert!(!leftover.exists());
        assert!(store.named_graphs().unwrap().is_empty());
    }

    #[test]
    fn bulk_load_writes_new_graphs_and_replaces_existing_ones() {
        let (store, graph, quads) = sample_store();
        let before = store.len().unwrap();
        let new_graph = Base::default().document("empty");
        let report = store
            .bulk_load([(graph.clone(), quads.clone()), (new_graph.clone(), vec![])])
            .unwrap();
        assert_eq!(
            report,
            BulkLoad {
                loaded: 1,
                replaced: 1
            }
        );
        assert_eq!(store.len().unwrap(), before);
        assert!(store.contains_graph(new_graph.as_ref()).unwrap());
        assert!(store.remove_document(new_graph.as_ref()).unwrap());
        assert!(!store.remove_document(new_graph.as_ref()).unwrap());
        assert_eq!(store.named_graphs().unwrap(), vec![graph]);
    }

    #[test]
    fn stats_count_the_sample() {
        let (store, _, _) = sample_store();
        let ontology_quads = store.load_ontology().unwrap();
        assert!(ontology_quads > 100);
        let stats = store.stats().unwrap();
        assert_eq!(
            (
                stats.articles,
                stats.entities,
                stats.mentions,
                stats.quotations,
                stats.events,
                stats.roles
            ),
            (1, 2, 4, 1, 1, 1)
        );
        assert_eq!((stats.people, stats.organizations, stats.places), (2, 0, 0));
        assert_eq!(stats.graphs, 2);
        // Loading the ontology again replaces it.
        store.load_ontology().unwrap();
        assert_eq!(store.stats().unwrap(), stats);
    }

    #[test]
    fn offsets_come_back_from_the_store_as_xsd_integer() {
        // FIXME: the contract types oa:start and oa:end as xsd:nonNegativeInteger and
        // to_quads writes them so, but Oxigraph stores every integer type as xsd:integer,
        // so dumps and query results show xsd:integer (same value; the shapes accept both).
        check(DumpFormat::NTriples, |dump| {
            let start = "<http://www.w3.org/ns/oa#start> ";
            let line = dump.lines().find(|line| line.contains(start)).unwrap();
            assert!(
                line.ends_with("^^<http://www.w3.org/2001/XMLSchema#integer> ."),
                "{line}"
            );
        });
    }

    #[cfg(feature = "rocksdb")]
    #[test]
    fn a_locked_store_is_reported_as_in_use() {
        let directory = tempfile::tempdir().unwrap();
        let _first = Store::open(directory.path()).unwrap();
        let Err(error) = Store::open(directory.path()) else {
            panic!("a second writer was allowed");
        };
        assert!(error.to_string().starts_with("store is in use"), "{error}");
    }

    #[test]
    fn ntriples_dump_is_sorted_and_parses_back() {
        check(DumpFormat::NTriples, |dump| {
            let lines: Vec<&str> = dump.lines().collect();
            let mut sorted = lines.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(lines, sorted);
            let parsed = oxigraph::io::RdfParser::from_format(RdfFormat::NTriples)
                .for_slice(dump)
                .count();
            assert_eq!(parsed, lines.len());
        });
    }

    #[test]
    fn turtle_and_trig_declare_prefixes() {
        for format in [DumpFormat::Turtle, DumpFormat::TriG] {
            check(format, |dump| {
                for prefix in ["ng", "schema", "prov", "oa", "xsd", "rdf", "rdfs", "owl"] {
                    assert!(
                        dump.contains(&format!("@prefix {prefix}: ")),
                        "{prefix} in {dump}"
                    );
                }
            });
        }
        check(DumpFormat::NQuads, |dump| {
            assert!(dump
                .lines()
                .all(|line| line.ends_with("<https://example.org/newsgraph/doc/000_sample> .")));
        });
    }

    #[test]
    fn every_format_can_be_named_and_dumped() {
        for format in DumpFormat::ALL {
            assert_eq!(format.name().parse::<DumpFormat>().unwrap(), format);
            check(format, |dump| assert!(!dump.is_empty(), "{format:?}"));
        }
        let error = "ttl".parse::<DumpFormat>().unwrap_err().to_string();
        assert!(error.contains("turtle, ntriples"), "{error}");
    }
}
