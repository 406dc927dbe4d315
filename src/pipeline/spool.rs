//! What the link pass needs of the articles a build writes into a store that held none,
//! gathered as they are written and spilled to temporary files, so that linking reads it back
//! in sequence instead of asking the store.
//!
//! The link pass of a 100,000-article build took 871 s against 1,357 s for writing the
//! articles (a profile of a relink put 83% of such a pass in SPARQL reads of the speakers'
//! quotations, the participants' events and the entities' names); with the spool it took
//! 23.55 s. Into a store that held no article, those reads can only find what the build
//! wrote, so the build keeps it
//! instead: each record goes to one of [`BUCKETS`] files per kind by a hash of its key (the
//! speaker, the event's least participant, the entity), and the link pass reads one file at a
//! time, holding a bucket's records, not the corpus's. The files live in a temporary directory
//! (`TMPDIR`) removed when the spool is dropped.

use std::collections::BTreeMap;
use std::fs::File;
use std::hash::{Hash, Hasher};
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use oxigraph::model::{NamedNode, Quad};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::model::{EventReport, Version};
use crate::rdf::{self, Base, StoreError};

/// How many files each kind of record is spread over: at 100,000 articles a bucket holds a
/// few megabytes of quotations.
pub(super) const BUCKETS: usize = 64;

/// The kinds of records, one set of bucket files each.
#[derive(Clone, Copy)]
enum Kind {
    Versions,
    Reports,
    Names,
}

impl Kind {
    const ALL: [Kind; 3] = [Kind::Versions, Kind::Reports, Kind::Names];

    fn name(self) -> &'static str {
        match self {
            Kind::Versions => "versions",
            Kind::Reports => "reports",
            Kind::Names => "names",
        }
    }
}

/// The spool of one build.
pub(super) struct Spool {
    dir: tempfile::TempDir,
    /// `BUCKETS` writers per kind, in the order of [`Kind::ALL`].
    writers: Vec<BufWriter<File>>,
}

impl Spool {
    /// A new spool in the system's temporary directory.
    pub(super) fn new() -> Result<Spool, StoreError> {
        let dir = tempfile::Builder::new()
            .prefix("newsgraph-link-")
            .tempdir()
            .map_err(|source| spool_error(&std::env::temp_dir(), source))?;
        let mut writers = Vec::with_capacity(Kind::ALL.len() * BUCKETS);
        for kind in Kind::ALL {
            for bucket in 0..BUCKETS {
                let path = file(dir.path(), kind, bucket);
                let created = File::create(&path).map_err(|source| spool_error(&path, source))?;
                writers.push(BufWriter::new(created));
            }
        }
        Ok(Spool { dir, writers })
    }

    /// Adds what the link pass needs of one article, from the quads written for it.
    pub(super) fn add(&mut self, base: &Base, quads: &[Quad]) -> Result<(), StoreError> {
        for (speaker, version) in rdf::statements::versions_in(base, quads) {
            self.write(
                Kind::Versions,
                speaker.as_str(),
                &(speaker.as_str(), version),
            )?;
        }
        for (anchor, report) in rdf::occasions::reports_in(base, quads) {
            self.write(Kind::Reports, anchor.as_str(), &(anchor.as_str(), report))?;
        }
        for (entity, name) in rdf::names::names_in(quads) {
            self.write(Kind::Names, entity.as_str(), &(entity.as_str(), name))?;
        }
        Ok(())
    }

    fn write(&mut self, kind: Kind, key: &str, record: &impl Serialize) -> Result<(), StoreError> {
        let bucket = bucket(key);
        let path = file(self.dir.path(), kind, bucket);
        let writer = &mut self.writers[kind as usize * BUCKETS + bucket];
        serde_json::to_writer(&mut *writer, record)
            .map_err(std::io::Error::from)
            .and_then(|()| writer.write_all(b"\n"))
            .map_err(|source| spool_error(&path, source))
    }

    /// Writes out what is buffered; the spool is read from then on.
    pub(super) fn finish(&mut self) -> Result<(), StoreError> {
        for (n, writer) in self.writers.iter_mut().enumerate() {
            writer.flush().map_err(|source| {
                let kind = Kind::ALL[n / BUCKETS];
                spool_error(&file(self.dir.path(), kind, n % BUCKETS), source)
            })?;
        }
        Ok(())
    }

    /// The versions of the speakers of one bucket, sorted, without repeats.
    pub(super) fn versions(
        &self,
        bucket: usize,
    ) -> Result<BTreeMap<NamedNode, Vec<Version>>, StoreError> {
        let mut versions: BTreeMap<NamedNode, Vec<Version>> = self.read(Kind::Versions, bucket)?;
        for list in versions.values_mut() {
            list.sort();
            list.dedup();
        }
        Ok(versions)
    }

    /// The reports of the events whose least participant falls in one bucket.
    pub(super) fn reports(
        &self,
        bucket: usize,
    ) -> Result<BTreeMap<NamedNode, Vec<EventReport>>, StoreError> {
        self.read(Kind::Reports, bucket)
    }

    /// The first name in display order of each entity of one bucket.
    pub(super) fn names(&self, bucket: usize) -> Result<BTreeMap<NamedNode, String>, StoreError> {
        let names: BTreeMap<NamedNode, Vec<String>> = self.read(Kind::Names, bucket)?;
        Ok(names
            .into_iter()
            .filter_map(|(entity, names)| {
                let first =
                    names.into_iter().reduce(
                        |a, b| {
                            if rdf::names::precedes(&b, &a) {
                                b
                            } else {
                                a
                            }
                        },
                    )?;
                Some((entity, first))
            })
            .collect())
    }

    /// The records of one bucket file, by key.
    fn read<T: DeserializeOwned>(
        &self,
        kind: Kind,
        bucket: usize,
    ) -> Result<BTreeMap<NamedNode, Vec<T>>, StoreError> {
        let path = file(self.dir.path(), kind, bucket);
        let reader = File::open(&path).map_err(|source| spool_error(&path, source))?;
        let mut records: BTreeMap<NamedNode, Vec<T>> = BTreeMap::new();
        for line in BufReader::new(reader).lines() {
            let line = line.map_err(|source| spool_error(&path, source))?;
            let (key, record): (String, T) =
                serde_json::from_str(&line).map_err(|source| spool_error(&path, source.into()))?;
            records
                .entry(NamedNode::new_unchecked(key))
                .or_default()
                .push(record);
        }
        Ok(records)
    }
}

/// The bucket of a key: a fixed hash, so that one key's records all land in one file.
fn bucket(key: &str) -> usize {
    let mut hasher = rustc_hash::FxHasher::default();
    key.hash(&mut hasher);
    (hasher.finish() % BUCKETS as u64) as usize
}

fn file(dir: &Path, kind: Kind, bucket: usize) -> PathBuf {
    dir.join(format!("{}-{bucket:02}.jsonl", kind.name()))
}

fn spool_error(path: &Path, source: std::io::Error) -> StoreError {
    StoreError::Spool {
        path: path.to_owned(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{GraphName, Literal};

    fn schema(property: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("http://schema.org/{property}"))
    }

    #[test]
    fn records_come_back_by_key_whatever_the_bucket() {
        let base = Base::default();
        let graph = GraphName::from(base.document("d"));
        let speaker = NamedNode::new_unchecked(format!("{}person/ann-brooks", Base::DEFAULT));
        let quotation = NamedNode::new_unchecked(format!("{}quotation/d/1", Base::DEFAULT));
        let quads = vec![
            Quad::new(
                quotation.clone(),
                schema("creator"),
                speaker.clone(),
                graph.clone(),
            ),
            Quad::new(
                quotation,
                schema("text"),
                Literal::new_simple_literal("We will\nnot wait."),
                graph.clone(),
            ),
            Quad::new(
                speaker.clone(),
                schema("name"),
                Literal::new_simple_literal("Brooks"),
                graph.clone(),
            ),
            Quad::new(
                speaker.clone(),
                schema("name"),
                Literal::new_simple_literal("Ann Brooks"),
                graph,
            ),
        ];
        let mut spool = Spool::new().unwrap();
        spool.add(&base, &quads).unwrap();
        spool.add(&base, &quads).unwrap();
        spool.finish().unwrap();
        let b = bucket(speaker.as_str());
        let versions = spool.versions(b).unwrap();
        assert_eq!(
            versions[&speaker],
            vec![Version {
                doc: "d".to_owned(),
                position: 1,
                text: "We will\nnot wait.".to_owned(),
            }]
        );
        assert_eq!(spool.names(b).unwrap()[&speaker], "Ann Brooks");
        let elsewhere = (b + 1) % BUCKETS;
        assert!(spool.versions(elsewhere).unwrap().is_empty());
    }
}
