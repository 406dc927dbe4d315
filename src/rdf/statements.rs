//! Statements reported by several articles, in RDF: reads speakers' quotations back from the
//! store as [`Version`]s and turns [`ReportedStatement`]s into quads.
//!
//! In: a [`Store`] whose article graphs were just written or removed, and the statements
//! [`link`](crate::link) found. Out: the speakers to relink, their versions, and the quads of
//! one speaker's statements, all in that speaker's graph `{B}statements/{type}/{slug}` (the
//! entity IRI's path under the base). `{doc}/{n}` is the first version's article and
//! position, `{k}` a 1-based position among the statement's matches:
//!
//! ```text
//! <{B}statement/{doc}/{n}> a ng:ReportedStatement ; schema:creator <entity> ;
//!     ng:version <{B}quotation/{doc}/{n}> , <{B}quotation/{doc2}/{n2}> … ;
//!     prov:wasDerivedFrom <{B}doc/{doc}> , <{B}doc/{doc2}> … .
//! <{B}statement/{doc}/{n}/match/{k}> a ng:VersionMatch ;
//!     ng:matchedVersion <quotation> , <quotation> ; ng:similarity "0.812"^^xsd:decimal .
//! <quotation> ng:sameStatementAs <quotation> .   (the two versions of each match, both ways)
//! ```
//!
//! A speaker's graph holds all of that speaker's statements and is only ever rebuilt whole,
//! so that adding, replacing or removing an article can be followed by relinking just the
//! speakers it touches ([`speakers`]): those quoted in it now, and those whose statements
//! were derived from it before.

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use rustc_hash::FxHashMap;

use super::store::Store;
use super::vocab::{ng, prov, schema};
use super::{decode_segment, encode_segment, Base, StoreError, PREFIXES};
use crate::model::{ReportedStatement, Version};

/// How many IRIs one query lists in its `VALUES`: few queries, each still quick.
const IRIS_PER_QUERY: usize = 256;

/// The speakers whose statements may change now that these article graphs were written or
/// removed: those with a quotation in one of them, and those with a statement derived from
/// one of them. Sorted.
///
/// The class of a statement is tested in `FILTER EXISTS`: as a pattern, Oxigraph's planner
/// started from it (a constant object) and read every statement of the store.
pub fn speakers(store: &Store, documents: &[NamedNode]) -> Result<Vec<NamedNode>, StoreError> {
    select_iris(store, documents, |articles| {
        format!(
            "SELECT DISTINCT ?speaker WHERE {{
               VALUES ?article {{ {articles} }}
               {{ GRAPH ?article {{ ?quotation a ng:Quotation ; schema:creator ?speaker . }} }}
               UNION
               {{ ?statement prov:wasDerivedFrom ?article ; schema:creator ?speaker .
                  FILTER EXISTS {{ ?statement a ng:ReportedStatement . }} }}
             }}"
        )
    })
}

/// The IRIs the one-variable SELECT `query` finds for `iris`, asked a chunk at a time (the
/// chunk given as the terms of a `VALUES` list), without repeats and sorted.
pub(super) fn select_iris(
    store: &Store,
    iris: &[NamedNode],
    query: impl Fn(&str) -> String,
) -> Result<Vec<NamedNode>, StoreError> {
    let mut found = BTreeSet::new();
    for chunk in iris.chunks(IRIS_PER_QUERY) {
        for row in select(store, &query(&values(chunk)))? {
            if let [Some(Term::NamedNode(iri))] = &row[..] {
                found.insert(iri.clone());
            }
        }
    }
    Ok(found.into_iter().collect())
}

/// Every quotation the store attributes to each of `speakers`, from any article, by speaker.
///
/// Read with two patterns per quotation (its speaker and its words; only quotations have
/// both): the article and the position come from the quotation's IRI
/// (`{B}quotation/{doc}/{n}`), not from lookups of the article and its id, which made this
/// read the largest part of adding one article to a large store. Quotations whose IRI is
/// not one this base gives (a store built with another `--base`) are left out.
pub fn versions(
    store: &Store,
    base: &Base,
    speakers: &[NamedNode],
) -> Result<BTreeMap<NamedNode, Vec<Version>>, StoreError> {
    let mut versions: BTreeMap<NamedNode, Vec<Version>> = BTreeMap::new();
    let prefix = base.iri(format_args!("quotation/"));
    for chunk in speakers.chunks(IRIS_PER_QUERY) {
        let sparql = format!(
            "SELECT ?speaker ?quotation ?text WHERE {{
               VALUES ?speaker {{ {} }}
               ?quotation schema:creator ?speaker ; schema:text ?text .
             }}",
            values(chunk)
        );
        for row in select(store, &sparql)? {
            let [Some(Term::NamedNode(speaker)), Some(Term::NamedNode(quotation)), Some(Term::Literal(text))] =
                &row[..]
            else {
                continue;
            };
            if let Some((doc, position)) = place(&prefix, quotation) {
                versions.entry(speaker.clone()).or_default().push(Version {
                    doc,
                    position,
                    text: text.value().to_owned(),
                });
            }
        }
    }
    for list in versions.values_mut() {
        list.sort();
        list.dedup();
    }
    Ok(versions)
}

/// The article and position of a quotation from its IRI (`{B}quotation/{doc}/{n}`, `prefix`
/// being `{B}quotation/`), if it is one this base gives.
fn place(prefix: &NamedNode, quotation: &NamedNode) -> Option<(String, usize)> {
    let (doc, n) = quotation
        .as_str()
        .strip_prefix(prefix.as_str())?
        .rsplit_once('/')?;
    Some((decode_segment(doc)?, n.parse().ok()?))
}

/// Every quotation of one article's quads with its speaker, as [`versions`] would read them
/// back from the store once the article is in it: a subject with a speaker
/// (`schema:creator`) and words (`schema:text`) whose IRI is a quotation's.
pub fn versions_in(base: &Base, quads: &[Quad]) -> Vec<(NamedNode, Version)> {
    let prefix = base.iri(format_args!("quotation/"));
    let mut speakers: FxHashMap<&NamedNode, Vec<&NamedNode>> = FxHashMap::default();
    let mut texts: FxHashMap<&NamedNode, Vec<&str>> = FxHashMap::default();
    for quad in quads {
        let NamedOrBlankNode::NamedNode(subject) = &quad.subject else {
            continue;
        };
        match &quad.object {
            Term::NamedNode(speaker) if quad.predicate == schema::CREATOR => {
                speakers.entry(subject).or_default().push(speaker);
            }
            Term::Literal(text) if quad.predicate == schema::TEXT => {
                texts.entry(subject).or_default().push(text.value());
            }
            _ => {}
        }
    }
    let mut versions = Vec::new();
    for (quotation, speakers) in speakers {
        let (Some(texts), Some((doc, position))) =
            (texts.get(quotation), place(&prefix, quotation))
        else {
            continue;
        };
        for speaker in speakers {
            for text in texts {
                versions.push((
                    speaker.clone(),
                    Version {
                        doc: doc.clone(),
                        position,
                        text: (*text).to_owned(),
                    },
                ));
            }
        }
    }
    versions
}

/// The graph that holds the statements of `speaker`.
pub fn graph(base: &Base, speaker: NamedNodeRef<'_>) -> NamedNode {
    entity_graph(base, "statements", speaker)
}

/// The graph `{B}{kind}/{path}` of what is linked across articles for one entity, `path`
/// being the entity IRI's path under the base.
pub(super) fn entity_graph(base: &Base, kind: &str, entity: NamedNodeRef<'_>) -> NamedNode {
    match entity.as_str().strip_prefix(base.as_str()) {
        // The entity's path is already encoded ("person/vladimir-petrov").
        Some(path) => base.iri(format_args!("{kind}/{path}")),
        None => base.iri(format_args!("{kind}/{}", encode_segment(entity.as_str()))),
    }
}

/// The quads of one speaker's statements, all in [`graph`]`(speaker)`.
pub fn to_quads(
    base: &Base,
    speaker: NamedNodeRef<'_>,
    statements: &[ReportedStatement],
) -> Vec<Quad> {
    let graph = GraphName::from(graph(base, speaker));
    let mut quads = Vec::new();
    let mut add = |subject: &NamedNode, predicate: NamedNodeRef<'_>, object: Term| {
        quads.push(Quad::new(subject.clone(), predicate, object, graph.clone()));
    };
    for statement in statements {
        let quotations: Vec<NamedNode> = statement
            .versions
            .iter()
            .map(|version| quotation(base, version))
            .collect();
        let Some(first) = statement.versions.first() else {
            continue;
        };
        let iri = base.iri(format_args!(
            "statement/{}/{}",
            encode_segment(&first.doc),
            first.position
        ));
        add(&iri, rdf::TYPE, ng::REPORTED_STATEMENT.into());
        add(&iri, schema::CREATOR, speaker.into_owned().into());
        for quotation in &quotations {
            add(&iri, ng::VERSION, quotation.clone().into());
        }
        let docs: BTreeSet<&str> = statement.versions.iter().map(|v| v.doc.as_str()).collect();
        for doc in docs {
            add(&iri, prov::WAS_DERIVED_FROM, base.document(doc).into());
        }
        for (k, found) in statement.matches.iter().enumerate() {
            let node = NamedNode::new_unchecked(format!("{}/match/{}", iri.as_str(), k + 1));
            add(&node, rdf::TYPE, ng::VERSION_MATCH.into());
            add(
                &node,
                ng::MATCHED_VERSION,
                quotations[found.a].clone().into(),
            );
            add(
                &node,
                ng::MATCHED_VERSION,
                quotations[found.b].clone().into(),
            );
            let similarity = format!("{:.3}", found.similarity);
            add(
                &node,
                ng::SIMILARITY,
                Literal::new_typed_literal(similarity, xsd::DECIMAL).into(),
            );
        }
        // Along the kept matches, both ways: the property is symmetric and transitive, so
        // every two versions are entailed without a quad for each pair.
        for found in &statement.matches {
            let (a, b) = (&quotations[found.a], &quotations[found.b]);
            add(a, ng::SAME_STATEMENT_AS, b.clone().into());
            add(b, ng::SAME_STATEMENT_AS, a.clone().into());
        }
    }
    quads
}

/// The IRI [`to_quads`](super::to_quads) gave a version's quotation.
fn quotation(base: &Base, version: &Version) -> NamedNode {
    base.iri(format_args!(
        "quotation/{}/{}",
        encode_segment(&version.doc),
        version.position
    ))
}

/// The IRIs as the terms of a SPARQL `VALUES` list. They are IRIs the store gave us, valid
/// and written in full, so nothing of the query text can come from them.
pub(super) fn values(iris: &[NamedNode]) -> String {
    let terms: Vec<String> = iris.iter().map(NamedNode::to_string).collect();
    terms.join(" ")
}

/// Runs a SELECT written with the usual prefixes and returns each solution's values in the
/// order of its variables.
pub(super) fn select(store: &Store, sparql: &str) -> Result<Vec<Vec<Option<Term>>>, StoreError> {
    let mut text = String::new();
    for (prefix, namespace) in PREFIXES {
        text.push_str(&format!("PREFIX {prefix}: <{namespace}>\n"));
    }
    text.push_str(sparql);
    let query = SparqlEvaluator::new()
        .parse_query(&text)
        .expect("the linking queries are valid SPARQL");
    let QueryResults::Solutions(solutions) = store.query(query)? else {
        unreachable!("a SELECT query gives solutions");
    };
    let mut rows = Vec::new();
    for solution in solutions {
        let solution = solution?;
        rows.push(solution.values().to_vec());
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::VersionMatch;

    fn version(doc: &str, position: usize) -> Version {
        Version {
            doc: doc.to_owned(),
            position,
            text: String::new(),
        }
    }

    #[test]
    fn a_statement_names_its_versions_articles_and_match() {
        let base = Base::default();
        let speaker = NamedNode::new_unchecked(format!("{}person/rodrigo-vance", Base::DEFAULT));
        let statement = ReportedStatement {
            versions: vec![version("a b", 2), version("c", 1)],
            matches: vec![VersionMatch {
                a: 0,
                b: 1,
                similarity: 0.8125,
            }],
        };
        let quads = to_quads(&base, speaker.as_ref(), &[statement]);
        let lines = crate::rdf::graph_lines(&quads, "statements/person/rodrigo-vance");
        expect_test::expect![[r#"
            <quotation/a%20b/2> <ng:sameStatementAs> <quotation/c/1>
            <quotation/c/1> <ng:sameStatementAs> <quotation/a%20b/2>
            <statement/a%20b/2/match/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <ng:VersionMatch>
            <statement/a%20b/2/match/1> <ng:matchedVersion> <quotation/a%20b/2>
            <statement/a%20b/2/match/1> <ng:matchedVersion> <quotation/c/1>
            <statement/a%20b/2/match/1> <ng:similarity> "0.812"^^<http://www.w3.org/2001/XMLSchema#decimal>
            <statement/a%20b/2> <http://schema.org/creator> <person/rodrigo-vance>
            <statement/a%20b/2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <ng:ReportedStatement>
            <statement/a%20b/2> <http://www.w3.org/ns/prov#wasDerivedFrom> <doc/a%20b>
            <statement/a%20b/2> <http://www.w3.org/ns/prov#wasDerivedFrom> <doc/c>
            <statement/a%20b/2> <ng:version> <quotation/a%20b/2>
            <statement/a%20b/2> <ng:version> <quotation/c/1>
        "#]]
        .assert_eq(&(lines.join("\n") + "\n"));
    }

    #[test]
    fn every_term_written_is_in_the_ontology_with_a_label_and_a_comment() {
        let ontology = crate::rdf::ontology().expect("the ontology parses");
        let described = |term: NamedNodeRef<'_>, property: &str| {
            ontology
                .iter()
                .any(|quad| quad.subject == term.into() && quad.predicate.as_str() == property)
        };
        for term in [
            ng::REPORTED_STATEMENT,
            ng::VERSION,
            ng::SAME_STATEMENT_AS,
            ng::VERSION_MATCH,
            ng::MATCHED_VERSION,
            ng::SIMILARITY,
            // Written by `occasions`, the same way.
            ng::REPORTED_EVENT,
            ng::REPORT,
            ng::STATUSES_AGREE,
        ] {
            for property in [
                "http://www.w3.org/2000/01/rdf-schema#label",
                "http://www.w3.org/2000/01/rdf-schema#comment",
            ] {
                assert!(described(term, property), "{term} has no {property}");
            }
        }
    }
}
