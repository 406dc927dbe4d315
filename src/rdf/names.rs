//! The name each entity is shown by, kept in the store so that queries do not compute it.
//!
//! In: a [`Store`] whose article graphs were just written or removed, and the entities they
//! name or named. Out: in the graph `{B}names`, one triple per entity,
//!
//! ```text
//! <entity> ng:displayName "the first of its schema:name values in display order" .
//! ```
//!
//! An entity is named in every article that mentions it, possibly spelled differently, so
//! its least name was an aggregate over one name triple per article: computed in each query,
//! it read the names of the whole store, or of every article naming the entities shown
//! (thousands for a head of state), to show one name per entity. Only the entities of the
//! articles written or removed are brought up to date ([`update`]), so that the result is the
//! least of all the entity's names in the store, whatever the order articles came in.

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::{Literal, NamedNode, NamedOrBlankNode, Quad, Term};

use super::statements::{select, select_iris, values};
use super::store::Store;
use super::vocab::{ng, schema};
use super::{Base, StoreError};

/// Whether `a` comes before `b` in display order: the order of their lowercase forms, then
/// the one with fewer capitals ("Anna Berg" before a typed "ANna Berg", which
/// code point order put first, and before a transcript's "ANNA BERG"), then code point
/// order. A total order on names, so the first of an entity's names does not depend on the
/// order in which articles came in.
pub fn precedes(a: &str, b: &str) -> bool {
    let capitals = |name: &str| name.chars().filter(|c| c.is_uppercase()).count();
    (a.to_lowercase(), capitals(a), a) < (b.to_lowercase(), capitals(b), b)
}

/// The first of two names in display order.
fn first<'a>(a: &'a str, b: &'a str) -> &'a str {
    if precedes(b, a) {
        b
    } else {
        a
    }
}

/// How many entities one query and one transaction take: few round trips, each small.
const ENTITIES_PER_UPDATE: usize = 256;

/// The graph holding every entity's display name.
pub fn graph(base: &Base) -> NamedNode {
    base.iri(format_args!("names"))
}

/// The entities with a name in the article graphs `documents`. Sorted.
pub fn entities(store: &Store, documents: &[NamedNode]) -> Result<Vec<NamedNode>, StoreError> {
    select_iris(store, documents, |articles| {
        format!(
            "SELECT DISTINCT ?entity WHERE {{
               VALUES ?article {{ {articles} }}
               GRAPH ?article {{ ?entity schema:name ?name . }}
             }}"
        )
    })
}

/// Brings the display names up to date after the article graphs `documents` were written or
/// removed; `named_before` are the entities those graphs named before (an article replaced or
/// removed may have been the only one to spell a name that way). Returns how many entities
/// got a new display name or lost theirs.
///
/// The entities of `named_before` are recomputed from all their names in the store. Any
/// other entity of `documents` lost no name, so its least name is the lesser of the one kept
/// and the least one these articles give it: only their names are read, and a build reads
/// each name triple once, where recomputing each entity from the store would read a
/// country's name once per article naming it, for every batch.
pub fn update(
    store: &Store,
    base: &Base,
    documents: &[NamedNode],
    named_before: &BTreeSet<NamedNode>,
) -> Result<usize, StoreError> {
    let graph = graph(base);
    let mut changed = 0;
    let recompute: Vec<NamedNode> = named_before.iter().cloned().collect();
    for chunk in recompute.chunks(ENTITIES_PER_UPDATE) {
        let least = least_names(
            store,
            &format!(
                "VALUES ?entity {{ {} }}
                 ?entity schema:name ?name .",
                values(chunk)
            ),
        )?;
        let kept = display_names(store, &graph, chunk)?;
        let values: Vec<(NamedNode, Option<Term>)> = chunk
            .iter()
            .filter(|entity| least.get(*entity) != kept.get(*entity))
            .map(|entity| (entity.clone(), least.get(entity).map(literal)))
            .collect();
        changed += values.len();
        store.set_values(graph.as_ref(), ng::DISPLAY_NAME, &values)?;
    }
    // Names of entities that had none, written by the bulk loader a batch at a time (and
    // looked up here until then).
    let mut new_names: BTreeMap<NamedNode, String> = BTreeMap::new();
    for chunk in documents.chunks(ENTITIES_PER_UPDATE) {
        let mut least = least_names(
            store,
            &format!(
                "VALUES ?article {{ {} }}
                 GRAPH ?article {{ ?entity schema:name ?name . }}",
                values(chunk)
            ),
        )?;
        least.retain(|entity, _| !named_before.contains(entity));
        let mut entities = Vec::new();
        for (entity, name) in &least {
            match new_names.get_mut(entity) {
                // Named for the first time in an earlier chunk, not written yet.
                Some(pending) => {
                    if precedes(name, pending) {
                        *pending = name.clone();
                    }
                }
                None => entities.push(entity.clone()),
            }
        }
        let mut values = Vec::new();
        for entities in entities.chunks(ENTITIES_PER_UPDATE) {
            let kept = display_names(store, &graph, entities)?;
            for entity in entities {
                let name = &least[entity];
                match kept.get(entity) {
                    None => {
                        new_names.insert(entity.clone(), name.clone());
                        changed += 1;
                    }
                    Some(kept) if precedes(name, kept) => {
                        values.push((entity.clone(), Some(literal(name))));
                    }
                    Some(_) => {}
                }
            }
        }
        changed += values.len();
        store.set_values(graph.as_ref(), ng::DISPLAY_NAME, &values)?;
        if new_names.len() >= NEW_NAMES_PER_LOAD {
            insert_new(store, &graph, &mut new_names, NEW_NAMES_IN_A_TRANSACTION)?;
        }
    }
    insert_new(store, &graph, &mut new_names, NEW_NAMES_IN_A_TRANSACTION)?;
    Ok(changed)
}

/// The first name (`schema:name`, in display order: [`precedes`]) of each entity one
/// article's quads name, as [`update`] reads an article's names back from the store.
pub fn names_in(quads: &[Quad]) -> BTreeMap<NamedNode, String> {
    let mut least: BTreeMap<&NamedNode, &str> = BTreeMap::new();
    for quad in quads {
        if let (NamedOrBlankNode::NamedNode(entity), Term::Literal(name)) =
            (&quad.subject, &quad.object)
        {
            if quad.predicate == schema::NAME {
                let kept = least.entry(entity).or_insert(name.value());
                *kept = first(kept, name.value());
            }
        }
    }
    least
        .into_iter()
        .map(|(entity, name)| (entity.clone(), name.to_owned()))
        .collect()
}

/// Writes the display names of entities that have none in the store yet (a build into a
/// store that held no article), and empties `names`.
pub fn insert(
    store: &Store,
    base: &Base,
    names: &mut BTreeMap<NamedNode, String>,
) -> Result<(), StoreError> {
    insert_new(store, &graph(base), names, NEW_NAMES_IN_A_TRANSACTION)
}

/// How many new display names [`update`] gathers before bulk-loading them.
pub const NEW_NAMES_PER_LOAD: usize = 250_000;

/// Writes the gathered names of entities that had none. Fewer than `in_a_transaction` (adding
/// an article) go through one transaction, so that small updates do not pile up tiny RocksDB
/// files.
fn insert_new(
    store: &Store,
    graph: &NamedNode,
    names: &mut BTreeMap<NamedNode, String>,
    in_a_transaction: usize,
) -> Result<(), StoreError> {
    let names = std::mem::take(names);
    if names.len() < in_a_transaction {
        let values: Vec<(NamedNode, Option<Term>)> = names
            .iter()
            .map(|(entity, name)| (entity.clone(), Some(literal(name))))
            .collect();
        return store.set_values(graph.as_ref(), ng::DISPLAY_NAME, &values);
    }
    let quads = names
        .into_iter()
        .map(|(entity, name)| {
            Quad::new(
                entity,
                ng::DISPLAY_NAME,
                Literal::new_simple_literal(name),
                graph.clone(),
            )
        })
        .collect();
    store.bulk_insert(quads)
}

/// Below this many new names, [`insert_new`] writes them in a transaction.
const NEW_NAMES_IN_A_TRANSACTION: usize = 10_000;

/// The first name in display order ([`precedes`]) of each entity the graph pattern
/// `pattern` binds with `?entity ?name`. (Read without repeats and ordered here: SPARQL's
/// `MIN` knows code point order only.)
fn least_names(store: &Store, pattern: &str) -> Result<BTreeMap<NamedNode, String>, StoreError> {
    let sparql = format!("SELECT DISTINCT ?entity ?name WHERE {{ {pattern} }}");
    let mut least: BTreeMap<NamedNode, String> = BTreeMap::new();
    for row in select(store, &sparql)? {
        if let [Some(Term::NamedNode(entity)), Some(Term::Literal(name))] = &row[..] {
            match least.get_mut(entity) {
                Some(kept) if precedes(name.value(), kept) => *kept = name.value().to_owned(),
                Some(_) => {}
                None => {
                    least.insert(entity.clone(), name.value().to_owned());
                }
            }
        }
    }
    Ok(least)
}

/// The display names `graph` holds for `entities`.
fn display_names(
    store: &Store,
    graph: &NamedNode,
    entities: &[NamedNode],
) -> Result<BTreeMap<NamedNode, String>, StoreError> {
    let sparql = format!(
        "SELECT ?entity ?name WHERE {{
           VALUES ?entity {{ {} }}
           GRAPH {graph} {{ ?entity ng:displayName ?name . }}
         }}",
        values(entities)
    );
    let mut names = BTreeMap::new();
    for row in select(store, &sparql)? {
        if let [Some(Term::NamedNode(entity)), Some(Term::Literal(name))] = &row[..] {
            names.insert(entity.clone(), name.value().to_owned());
        }
    }
    Ok(names)
}

fn literal(name: &String) -> Term {
    Literal::new_simple_literal(name).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_order_puts_the_plain_spelling_first() {
        // A typed capital or a transcript's capitals lose to the plain spelling.
        assert!(precedes("Anna Berg", "ANna Berg"));
        assert!(precedes("Ann Brooks", "ANN BROOKS"));
        // Otherwise the order of the words: not the capitals first.
        assert!(precedes("de Vries", "Tom Dunn"));
        assert!(precedes("Emile Laurent", "Émile Laurent"));
        assert!(!precedes("Ann Brooks", "Ann Brooks"));
    }

    #[test]
    fn new_names_are_the_same_written_in_a_transaction_or_bulk_loaded() {
        let base = Base::default();
        let graph = graph(&base);
        let names: BTreeMap<NamedNode, String> = (0..50)
            .map(|i| (base.iri(format_args!("person/p{i}")), format!("Person {i}")))
            .collect();
        let mut dumps = Vec::new();
        for in_a_transaction in [usize::MAX, 0] {
            let store = Store::in_memory().expect("store");
            insert_new(&store, &graph, &mut names.clone(), in_a_transaction).expect("names");
            assert!(store.contains_graph(graph.as_ref()).expect("graph"));
            let mut out = Vec::new();
            store
                .dump(super::super::store::DumpFormat::NQuads, &mut out)
                .expect("dump");
            dumps.push(String::from_utf8(out).expect("utf-8"));
        }
        assert_eq!(dumps[0].lines().count(), 50);
        assert_eq!(dumps[0], dumps[1]);
        assert!(dumps[1].contains("\"Person 7\""));
    }
}
