//! Exports of the store's graph for other tools and people: Graphviz DOT ([`dot`]), the same
//! graph as GraphML for Gephi and Cytoscape ([`graphml`]), and a summary of counts
//! ([`write_stats`]).
//!
//! In: a [`Store`](crate::rdf::store::Store), read with SPARQL, so that an export works on
//! an existing store without the corpus. Out: text written to a `&mut impl Write` that the
//! caller passes in.
//!
//! Only this module knows DOT and GraphML syntax. It holds no state and never reads files; RDF dumps
//! are not here but in [`Store::dump`](crate::rdf::store::Store::dump), because they are the
//! store's own formats.

pub mod dot;
pub mod graphml;
pub mod json;

use std::io::Write;

use crate::query::QueryError;
use crate::rdf::store::Stats;
use crate::rdf::StoreError;

/// What can go wrong producing an export.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Reading the graph from the store failed.
    #[error("reading the graph from the store: {0}")]
    Store(#[from] StoreError),
    /// The user's query failed or gives no triples.
    #[error(transparent)]
    Query(#[from] QueryError),
    /// `--entity` names no entity of the drawing.
    #[error("no entity '{name}' in the graph: give a name as `newsgraph query entities` shows it (any case), or an IRI")]
    UnknownEntity {
        /// The name given.
        name: String,
    },
    /// Writing the export failed (a closed pipe included).
    #[error("writing the export: {0}")]
    Write(#[from] std::io::Error),
}

/// Writes the counts of a store as aligned `name  count` lines, entities broken down by type.
pub fn write_stats(stats: &Stats, out: &mut (impl Write + ?Sized)) -> Result<(), ExportError> {
    let rows = [
        ("articles", stats.articles),
        ("entities", stats.entities),
        ("  people", stats.people),
        ("  organizations", stats.organizations),
        ("  countries", stats.countries),
        ("  cities", stats.cities),
        ("  places", stats.places),
        ("mentions", stats.mentions),
        ("roles", stats.roles),
        ("quotations", stats.quotations),
        ("events", stats.events),
        ("graphs", stats.graphs),
        ("quads", stats.quads),
    ];
    let width = rows.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
    let digits = rows
        .iter()
        .map(|(_, count)| count.to_string().len())
        .max()
        .unwrap_or(0);
    for (name, count) in rows {
        writeln!(out, "{name:<width$}  {count:>digits$}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(stats: Stats, expected: &str) {
        let mut out = Vec::new();
        write_stats(&stats, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }

    #[test]
    fn stats_are_aligned_with_entities_by_type() {
        let stats = Stats {
            quads: 1234,
            graphs: 3,
            articles: 2,
            entities: 5,
            people: 3,
            countries: 2,
            ..Stats::default()
        };
        check(
            stats,
            "articles            2\n\
             entities            5\n\
            \x20 people            3\n\
            \x20 organizations     0\n\
            \x20 countries         2\n\
            \x20 cities            0\n\
            \x20 places            0\n\
             mentions            0\n\
             roles               0\n\
             quotations          0\n\
             events              0\n\
             graphs              3\n\
             quads            1234\n",
        );
    }

    #[test]
    fn errors_can_cross_threads() {
        fn is_send_sync<T: Send + Sync + 'static>() {}
        is_send_sync::<ExportError>();
        is_send_sync::<QueryError>();
        is_send_sync::<StoreError>();
    }
}
