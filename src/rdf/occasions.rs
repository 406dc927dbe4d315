//! Occasions reported by several articles, in RDF: reads the events back from the store as
//! [`EventReport`]s and turns [`ReportedEvent`]s into quads.
//!
//! In: a [`Store`] whose article graphs were just written or removed, and the occasions
//! [`link::occasions`](crate::link::occasions) found. Out: the entities to relink, their
//! reports, and the quads of the occasions whose least participant (by IRI) is one entity, all
//! in that entity's graph `{B}occasions/{type}/{slug}`. `{doc}/{n}` is the first report:
//!
//! ```text
//! <{B}reported-event/{doc}/{n}> a ng:ReportedEvent ;
//!     ng:report <{B}event/{doc}/{n}> , <{B}event/{doc2}/{n2}> … ;
//!     prov:wasDerivedFrom <{B}doc/{doc}> , <{B}doc/{doc2}> … ;
//!     ng:statusesAgree false .
//! ```
//!
//! The node joins the reports; their evidence, cue, date and status stay on each report, so
//! that no query over events counts an occasion twice. An entity's graph is only ever rebuilt
//! whole, so adding, replacing or removing an article is followed by relinking just the
//! entities it touches ([`anchors`]).

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use rustc_hash::FxHashMap;

use super::statements::{entity_graph, select, select_iris, values};
use super::store::Store;
use super::vocab::{ng, prov, schema};
use super::{encode_segment, Base, StoreError};
use crate::model::{EventReport, ReportedEvent};

/// How many IRIs one query lists in its `VALUES`.
const IRIS_PER_QUERY: usize = 256;

/// The entities whose occasions may change now that these article graphs were written or
/// removed: the participants of their events, and of the events an occasion derived from one
/// of them reports. Sorted.
pub fn anchors(store: &Store, documents: &[NamedNode]) -> Result<Vec<NamedNode>, StoreError> {
    select_iris(store, documents, |articles| {
        format!(
            "SELECT DISTINCT ?participant WHERE {{
               VALUES ?article {{ {articles} }}
               {{ GRAPH ?article {{ ?event ng:participant ?participant ; ng:kind ?kind . }} }}
               UNION
               {{ ?occasion prov:wasDerivedFrom ?article ; ng:report ?event .
                  FILTER EXISTS {{ ?occasion a ng:ReportedEvent . }}
                  ?event ng:participant ?participant . }}
             }}"
        )
    })
}

/// The reports of every event whose least participant is one of `anchors`, by anchor.
///
/// Events whose IRI is not one this base gives (a store built with another `--base`) are left
/// out.
pub fn reports(
    store: &Store,
    base: &Base,
    anchors: &[NamedNode],
) -> Result<BTreeMap<NamedNode, Vec<EventReport>>, StoreError> {
    // (anchor, event) -> (doc, kind, status, date, participants)
    type Row = (String, String, String, Option<String>, BTreeSet<String>);
    let mut events: BTreeMap<(NamedNode, NamedNode), Row> = BTreeMap::new();
    for chunk in anchors.chunks(IRIS_PER_QUERY) {
        let sparql = format!(
            "SELECT ?anchor ?event ?doc ?kind ?status ?date ?participant WHERE {{
               VALUES ?anchor {{ {} }}
               ?event ng:participant ?anchor ; ng:kind ?kind ; ng:status ?status ;
                   prov:wasDerivedFrom ?article ; ng:participant ?participant .
               ?article schema:identifier ?doc .
               OPTIONAL {{ ?event ng:date ?date . }}
             }}",
            values(chunk)
        );
        for row in select(store, &sparql)? {
            let [Some(Term::NamedNode(anchor)), Some(Term::NamedNode(event)), Some(Term::Literal(doc)), Some(Term::Literal(kind)), Some(Term::NamedNode(status)), date, Some(Term::NamedNode(participant))] =
                &row[..]
            else {
                continue;
            };
            let date = match date {
                Some(Term::Literal(date)) => Some(date.value().to_owned()),
                _ => None,
            };
            let status = local_name(status);
            let entry = events
                .entry((anchor.clone(), event.clone()))
                .or_insert_with(|| {
                    (
                        doc.value().to_owned(),
                        kind.value().to_owned(),
                        status,
                        date,
                        BTreeSet::new(),
                    )
                });
            entry.4.insert(participant.as_str().to_owned());
        }
    }
    let mut reports: BTreeMap<NamedNode, Vec<EventReport>> = BTreeMap::new();
    for ((anchor, event), (doc, kind, status, date, participants)) in events {
        // Each occasion belongs to its least participant only, so it is written once.
        if participants.iter().next().map(String::as_str) != Some(anchor.as_str()) {
            continue;
        }
        let Some(position) = position(base, &doc, &event) else {
            continue;
        };
        reports.entry(anchor).or_default().push(EventReport {
            doc,
            position,
            participants: participants.into_iter().collect(),
            kind,
            status,
            date,
        });
    }
    Ok(reports)
}

/// The status's local name ("Happened" for `ng:Happened`).
fn local_name(status: &NamedNode) -> String {
    status
        .as_str()
        .rsplit(['#', '/'])
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// An event's position in its article from its IRI (`{B}event/{doc}/{n}`), if it is one this
/// base gives.
fn position(base: &Base, doc: &str, event: &NamedNode) -> Option<usize> {
    let prefix = base.iri(format_args!("event/{}/", encode_segment(doc)));
    event.as_str().strip_prefix(prefix.as_str())?.parse().ok()
}

/// Every event of one article's quads with its least participant, as [`reports`] would read
/// them back from the store once the article is in it: a subject with a kind, a status, an
/// article (`prov:wasDerivedFrom`, whose `schema:identifier` the quads give) and participants.
pub fn reports_in(base: &Base, quads: &[Quad]) -> Vec<(NamedNode, EventReport)> {
    #[derive(Default)]
    struct Parts<'a> {
        kind: Option<&'a str>,
        status: Option<&'a NamedNode>,
        date: Option<&'a str>,
        article: Option<&'a NamedNode>,
        participants: BTreeSet<&'a str>,
    }
    let mut events: FxHashMap<&NamedNode, Parts<'_>> = FxHashMap::default();
    let mut identifiers: FxHashMap<&NamedNode, &str> = FxHashMap::default();
    for quad in quads {
        let NamedOrBlankNode::NamedNode(subject) = &quad.subject else {
            continue;
        };
        let predicate = quad.predicate.as_ref();
        if predicate == schema::IDENTIFIER {
            if let Term::Literal(value) = &quad.object {
                identifiers.insert(subject, value.value());
            }
            continue;
        }
        let event_property = [
            ng::KIND,
            ng::DATE,
            ng::STATUS,
            prov::WAS_DERIVED_FROM,
            ng::PARTICIPANT,
        ]
        .contains(&predicate);
        if !event_property {
            continue;
        }
        let parts = events.entry(subject).or_default();
        match &quad.object {
            Term::Literal(kind) if predicate == ng::KIND => {
                parts.kind.get_or_insert(kind.value());
            }
            Term::Literal(date) if predicate == ng::DATE => {
                parts.date.get_or_insert(date.value());
            }
            Term::NamedNode(status) if predicate == ng::STATUS => {
                parts.status.get_or_insert(status);
            }
            Term::NamedNode(article) if predicate == prov::WAS_DERIVED_FROM => {
                parts.article.get_or_insert(article);
            }
            Term::NamedNode(participant) if predicate == ng::PARTICIPANT => {
                parts.participants.insert(participant.as_str());
            }
            _ => {}
        }
    }
    let mut reports = Vec::new();
    for (event, parts) in events {
        let (Some(kind), Some(status), Some(article), Some(anchor)) = (
            parts.kind,
            parts.status,
            parts.article,
            parts.participants.first(),
        ) else {
            continue;
        };
        let Some(doc) = identifiers.get(article) else {
            continue;
        };
        let Some(position) = position(base, doc, event) else {
            continue;
        };
        reports.push((
            NamedNode::new_unchecked(*anchor),
            EventReport {
                doc: (*doc).to_owned(),
                position,
                participants: parts.participants.iter().map(|p| (*p).to_owned()).collect(),
                kind: kind.to_owned(),
                status: local_name(status),
                date: parts.date.map(str::to_owned),
            },
        ));
    }
    reports
}

/// The graph that holds the occasions whose least participant is `anchor`.
pub fn graph(base: &Base, anchor: NamedNodeRef<'_>) -> NamedNode {
    entity_graph(base, "occasions", anchor)
}

/// The quads of one anchor's occasions, all in [`graph`]`(anchor)`.
pub fn to_quads(base: &Base, anchor: NamedNodeRef<'_>, occasions: &[ReportedEvent]) -> Vec<Quad> {
    let graph = GraphName::from(graph(base, anchor));
    let mut quads = Vec::new();
    let mut add = |subject: &NamedNode, predicate: NamedNodeRef<'_>, object: Term| {
        quads.push(Quad::new(subject.clone(), predicate, object, graph.clone()));
    };
    for occasion in occasions {
        let Some(first) = occasion.reports.first() else {
            continue;
        };
        let iri = base.iri(format_args!(
            "reported-event/{}/{}",
            encode_segment(&first.doc),
            first.position
        ));
        add(&iri, rdf::TYPE, ng::REPORTED_EVENT.into());
        for report in &occasion.reports {
            let event = base.iri(format_args!(
                "event/{}/{}",
                encode_segment(&report.doc),
                report.position
            ));
            add(&iri, ng::REPORT, event.into());
        }
        let docs: BTreeSet<&str> = occasion.reports.iter().map(|r| r.doc.as_str()).collect();
        for doc in docs {
            add(&iri, prov::WAS_DERIVED_FROM, base.document(doc).into());
        }
        let agree = if occasion.statuses_agree() {
            "true"
        } else {
            "false"
        };
        add(
            &iri,
            ng::STATUSES_AGREE,
            Literal::new_typed_literal(agree, xsd::BOOLEAN).into(),
        );
    }
    quads
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(doc: &str, position: usize, status: &str) -> EventReport {
        EventReport {
            doc: doc.to_owned(),
            position,
            participants: vec!["a".to_owned(), "b".to_owned()],
            kind: "call".to_owned(),
            status: status.to_owned(),
            date: None,
        }
    }

    #[test]
    fn an_occasion_names_its_reports_and_articles_and_whether_they_agree() {
        let base = Base::default();
        let anchor = NamedNode::new_unchecked(format!("{}person/ann-brooks", Base::DEFAULT));
        let occasion = ReportedEvent {
            reports: vec![report("a b", 2, "Happened"), report("c", 1, "Planned")],
        };
        let quads = to_quads(&base, anchor.as_ref(), &[occasion]);
        let lines = crate::rdf::graph_lines(&quads, "occasions/person/ann-brooks");
        expect_test::expect![[r#"
            <reported-event/a%20b/2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <ng:ReportedEvent>
            <reported-event/a%20b/2> <http://www.w3.org/ns/prov#wasDerivedFrom> <doc/a%20b>
            <reported-event/a%20b/2> <http://www.w3.org/ns/prov#wasDerivedFrom> <doc/c>
            <reported-event/a%20b/2> <ng:report> <event/a%20b/2>
            <reported-event/a%20b/2> <ng:report> <event/c/1>
            <reported-event/a%20b/2> <ng:statusesAgree> "false"^^<http://www.w3.org/2001/XMLSchema#boolean>
        "#]]
        .assert_eq(&(lines.join("\n") + "\n"));
    }
}
