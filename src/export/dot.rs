//! Graphviz DOT export of who spoke with whom and who spoke about whom.
//!
//! In: the [`Store`] and a [`Graph`] choice, or a `CONSTRUCT` [`Query`]. Out: one `digraph`
//! written to a `&mut impl Write`.
//!
//! - Nodes are people, organizations, countries, cities and places, labelled with their
//!   `schema:name` and styled by type (shape and colour; see the legend in the output).
//! - Contact edges come from communication events: from the agent to the others when the
//!   article says who acted, else undirected between every two participants. The label is
//!   the kind and date; the line is solid for happened events, dashed for planned or possible
//!   ones and dotted for negated ones. The same contact reported by several articles is one
//!   edge with a count (`×3`).
//! - Quotation edges go from a quotation's speaker to every entity mentioned inside the
//!   quoted words, labelled `spoke of` with the number of such quotations when above one.
//! - [`write_construct`] draws any `CONSTRUCT` result: IRIs and literals become nodes and each
//!   triple an edge labelled with the predicate's local name.
//!
//! Nodes and edges are written sorted by IRI, so the same store gives the same bytes. Only
//! entities that take part in an edge are drawn. Layout is left to Graphviz.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::Write;
use std::str::FromStr;

use oxigraph::model::{Term, Triple};
use oxigraph::sparql::{QueryResults, QuerySolution, SparqlEvaluator};
use petgraph::graph::DiGraph;

use super::ExportError;
use crate::query::{self, Param, Query};
use crate::rdf::store::Store;
use crate::rdf::{Base, PREFIXES};

/// Which edges to draw: the choice of graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Graph {
    /// Who spoke with whom (communication events).
    Contacts,
    /// Who spoke about whom (quotations and the entities they mention).
    Quotes,
    /// Both.
    All,
}

/// Writes the chosen graph, read from the store, as DOT.
pub fn write(
    store: &Store,
    graph: Graph,
    out: &mut (impl Write + ?Sized),
) -> Result<(), ExportError> {
    let mut drawing = Drawing::default();
    if matches!(graph, Graph::Contacts | Graph::All) {
        contact_edges(store, &mut drawing)?;
    }
    if matches!(graph, Graph::Quotes | Graph::All) {
        quotation_edges(store, &mut drawing)?;
    }
    entity_nodes(store, &mut drawing)?;
    render(&drawing, graph.title(), out)
}

/// Writes the triples of a `CONSTRUCT` (or `DESCRIBE`) query as DOT. IRIs under `base` or a
/// known namespace are shown shortened (`person/vladimir-petrov`, `schema:Person`).
pub fn write_construct(
    store: &Store,
    query: &Query,
    params: &[Param],
    base: &Base,
    out: &mut (impl Write + ?Sized),
) -> Result<(), ExportError> {
    let triples = query::triples(store, query, params)?;
    let mut drawing = Drawing::default();
    for triple in &triples {
        let Triple {
            subject,
            predicate,
            object,
        } = triple;
        let subject = Term::from(subject.clone());
        let from = drawing.term_node(&subject, base);
        let to = drawing.term_node(object, base);
        drawing.add_edge(
            from,
            to,
            local_name(predicate.as_str()),
            EdgeStyle::Plain,
            1,
        );
    }
    render(&drawing, &query.name, out)
}

impl Graph {
    /// Every choice, in the order help texts list them.
    pub const ALL: [Graph; 3] = [Graph::Contacts, Graph::Quotes, Graph::All];

    /// The choice's name as accepted by [`Graph::from_str`].
    pub fn name(self) -> &'static str {
        match self {
            Graph::Contacts => "contacts",
            Graph::Quotes => "quotes",
            Graph::All => "all",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Graph::Contacts => "who spoke with whom",
            Graph::Quotes => "who spoke about whom",
            Graph::All => "who spoke with and about whom",
        }
    }
}

impl fmt::Display for Graph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Graph {
    type Err = String;

    fn from_str(name: &str) -> Result<Graph, String> {
        Graph::ALL
            .into_iter()
            .find(|graph| graph.name() == name)
            .ok_or_else(|| format!("unknown graph '{name}'; use contacts, quotes or all"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum NodeStyle {
    Person,
    Organization,
    Country,
    City,
    Place,
    Resource,
    Literal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum EdgeStyle {
    Happened,
    Planned,
    Possible,
    Negated,
    Quotation,
    Plain,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Node {
    label: String,
    style: NodeStyle,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct EdgeKey {
    from: String,
    to: String,
    style: EdgeStyle,
    label: String,
    directed: bool,
}

/// Nodes and edges collected from the store, keyed by DOT id so that iteration is sorted.
#[derive(Default)]
struct Drawing {
    nodes: BTreeMap<String, Node>,
    edges: BTreeMap<EdgeKey, usize>,
}

impl Drawing {
    fn add_edge(
        &mut self,
        from: String,
        to: String,
        label: String,
        style: EdgeStyle,
        count: usize,
    ) {
        let key = EdgeKey {
            from,
            to,
            style,
            label,
            directed: true,
        };
        *self.edges.entry(key).or_default() += count;
    }

    fn add_undirected(&mut self, a: String, b: String, label: String, style: EdgeStyle) {
        // One orientation for both, so that a-b and b-a from two articles merge.
        let (from, to) = if a <= b { (a, b) } else { (b, a) };
        let key = EdgeKey {
            from,
            to,
            style,
            label,
            directed: false,
        };
        *self.edges.entry(key).or_default() += 1;
    }

    /// The DOT id of a term of a query result, registering it as a node.
    fn term_node(&mut self, term: &Term, base: &Base) -> String {
        let (id, node) = match term {
            Term::Literal(literal) => (
                term.to_string(),
                Node {
                    label: literal.value().to_owned(),
                    style: NodeStyle::Literal,
                },
            ),
            Term::NamedNode(iri) => (
                iri.as_str().to_owned(),
                Node {
                    label: shorten(iri.as_str(), base),
                    style: NodeStyle::Resource,
                },
            ),
            other => (
                other.to_string(),
                Node {
                    label: other.to_string(),
                    style: NodeStyle::Resource,
                },
            ),
        };
        self.nodes.entry(id.clone()).or_insert(node);
        id
    }
}

const PREFIX_LINES: &str = "PREFIX ng: <https://example.org/newsgraph/ontology#>\n\
                            PREFIX schema: <http://schema.org/>\n\
                            PREFIX oa: <http://www.w3.org/ns/oa#>\n";

/// One row per event and participant; rows are grouped into events here.
const CONTACTS: &str = "SELECT ?event ?kind ?status ?date ?agent ?participant WHERE {
    ?event ng:kind ?kind ; ng:status ?statusIri ; ng:participant ?participant .
    BIND(STRAFTER(STR(?statusIri), \"#\") AS ?status)
    OPTIONAL { ?event ng:date ?date }
    OPTIONAL { ?event schema:agent ?agent }
}";

/// Mentions inside a quotation's words: same article, position selector within the
/// quotation's. Offsets are compared as numbers.
const QUOTATIONS: &str = "SELECT ?speaker ?entity (COUNT(DISTINCT ?quotation) AS ?n) WHERE {
    ?quotation schema:creator ?speaker ; ng:quoteSpan ?quote .
    ?quote oa:hasSource ?doc ; oa:hasSelector ?quotePosition .
    ?quotePosition oa:start ?quoteStart ; oa:end ?quoteEnd .
    ?mention a ng:Mention ; ng:refersTo ?entity ; oa:hasSource ?doc ;
        oa:hasSelector ?mentionPosition .
    ?mentionPosition oa:start ?mentionStart ; oa:end ?mentionEnd .
    FILTER(?entity != ?speaker && ?mentionStart >= ?quoteStart && ?mentionEnd <= ?quoteEnd)
} GROUP BY ?speaker ?entity";

const ENTITIES: &str = "SELECT ?entity ?name ?type WHERE {
    VALUES ?class { schema:Person schema:Organization schema:Country schema:City schema:Place }
    ?entity a ?class .
    BIND(STRAFTER(STR(?class), STR(schema:)) AS ?type)
    OPTIONAL { ?entity schema:name ?name }
}";

fn select(store: &Store, sparql: &str) -> Result<Vec<QuerySolution>, ExportError> {
    let query = SparqlEvaluator::new()
        .parse_query(&format!("{PREFIX_LINES}{sparql}"))
        .expect("the export queries are valid SPARQL");
    let QueryResults::Solutions(solutions) = store.query(query)? else {
        unreachable!("a SELECT query gives solutions");
    };
    let rows = solutions
        .collect::<Result<Vec<_>, _>>()
        .map_err(crate::rdf::StoreError::from)?;
    Ok(rows)
}

fn value(solution: &QuerySolution, variable: &str) -> Option<String> {
    solution.get(variable).map(query::plain)
}

#[derive(Default)]
struct Contact {
    kind: String,
    status: String,
    date: Option<String>,
    agent: Option<String>,
    participants: BTreeSet<String>,
}

fn contact_edges(store: &Store, drawing: &mut Drawing) -> Result<(), ExportError> {
    let mut events: BTreeMap<String, Contact> = BTreeMap::new();
    for row in select(store, CONTACTS)? {
        let (Some(event), Some(participant)) = (value(&row, "event"), value(&row, "participant"))
        else {
            continue;
        };
        let contact = events.entry(event).or_default();
        contact.kind = value(&row, "kind").unwrap_or_default();
        contact.status = value(&row, "status").unwrap_or_default();
        contact.date = contact.date.take().or(value(&row, "date"));
        contact.agent = contact.agent.take().or(value(&row, "agent"));
        contact.participants.insert(participant);
    }
    for contact in events.into_values() {
        let style = match contact.status.as_str() {
            "Happened" => EdgeStyle::Happened,
            "Planned" => EdgeStyle::Planned,
            "Possible" => EdgeStyle::Possible,
            _ => EdgeStyle::Negated,
        };
        let label = match &contact.date {
            Some(date) => format!("{} {date}", contact.kind),
            None => contact.kind.clone(),
        };
        match &contact.agent {
            Some(agent) => {
                for participant in contact.participants.iter().filter(|p| *p != agent) {
                    drawing.add_edge(agent.clone(), participant.clone(), label.clone(), style, 1);
                }
            }
            None => {
                let participants: Vec<&String> = contact.participants.iter().collect();
                for (idx, a) in participants.iter().enumerate() {
                    for b in &participants[idx + 1..] {
                        drawing.add_undirected((*a).clone(), (*b).clone(), label.clone(), style);
                    }
                }
            }
        }
    }
    Ok(())
}

fn quotation_edges(store: &Store, drawing: &mut Drawing) -> Result<(), ExportError> {
    for row in select(store, QUOTATIONS)? {
        let (Some(speaker), Some(entity)) = (value(&row, "speaker"), value(&row, "entity")) else {
            continue;
        };
        let count = value(&row, "n").and_then(|n| n.parse().ok()).unwrap_or(1);
        drawing.add_edge(
            speaker,
            entity,
            "spoke of".to_owned(),
            EdgeStyle::Quotation,
            count,
        );
    }
    Ok(())
}

/// Names and types of the entities the edges touch; an entity with several names in
/// different articles shows the first in sort order.
fn entity_nodes(store: &Store, drawing: &mut Drawing) -> Result<(), ExportError> {
    let mut wanted: BTreeSet<String> = BTreeSet::new();
    for key in drawing.edges.keys() {
        wanted.insert(key.from.clone());
        wanted.insert(key.to.clone());
    }
    for iri in &wanted {
        drawing.nodes.insert(
            iri.clone(),
            Node {
                label: local_name(iri),
                style: NodeStyle::Resource,
            },
        );
    }
    let mut names: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in select(store, ENTITIES)? {
        let Some(entity) = value(&row, "entity").filter(|entity| wanted.contains(entity)) else {
            continue;
        };
        let style = match value(&row, "type").as_deref() {
            Some("Person") => NodeStyle::Person,
            Some("Organization") => NodeStyle::Organization,
            Some("Country") => NodeStyle::Country,
            Some("City") => NodeStyle::City,
            _ => NodeStyle::Place,
        };
        if let Some(node) = drawing.nodes.get_mut(&entity) {
            node.style = node.style.min(style);
        }
        if let Some(name) = value(&row, "name") {
            names.entry(entity).or_default().insert(name);
        }
    }
    for (entity, names) in names {
        if let (Some(node), Some(name)) = (drawing.nodes.get_mut(&entity), names.into_iter().next())
        {
            node.label = name;
        }
    }
    Ok(())
}

/// Writes the drawing through a petgraph graph whose nodes and edges were added in sorted
/// order, so that the output order is that order.
fn render(
    drawing: &Drawing,
    title: &str,
    out: &mut (impl Write + ?Sized),
) -> Result<(), ExportError> {
    let mut graph: DiGraph<(&str, &Node), (&EdgeKey, usize)> = DiGraph::new();
    let mut index = BTreeMap::new();
    for (id, node) in &drawing.nodes {
        index.insert(id.as_str(), graph.add_node((id.as_str(), node)));
    }
    for (key, count) in &drawing.edges {
        let (Some(from), Some(to)) = (index.get(key.from.as_str()), index.get(key.to.as_str()))
        else {
            continue;
        };
        graph.add_edge(*from, *to, (key, *count));
    }

    writeln!(out, "digraph newsgraph {{")?;
    writeln!(
        out,
        "  graph [label={}, labelloc=t, fontname=\"Helvetica\", rankdir=LR, overlap=false];",
        quoted(title)
    )?;
    writeln!(out, "  node [fontname=\"Helvetica\", style=filled];")?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=10];")?;
    write_legend(drawing, out)?;
    for (id, node) in graph.node_weights() {
        writeln!(
            out,
            "  {} [label={}, {}];",
            quoted(id),
            quoted(&node.label),
            node_attributes(node.style)
        )?;
    }
    for edge in graph.raw_edges() {
        let (key, count) = edge.weight;
        let (from, _) = graph[edge.source()];
        let (to, _) = graph[edge.target()];
        let label = if count > 1 {
            format!("{} ×{count}", key.label)
        } else {
            key.label.clone()
        };
        let direction = if key.directed { "" } else { ", dir=none" };
        writeln!(
            out,
            "  {} -> {} [label={}, {}{direction}];",
            quoted(from),
            quoted(to),
            quoted(&label),
            edge_attributes(key.style)
        )?;
    }
    writeln!(out, "}}")?;
    Ok(())
}

/// A cluster showing each node and edge style that occurs in the drawing.
fn write_legend(drawing: &Drawing, out: &mut (impl Write + ?Sized)) -> Result<(), ExportError> {
    let node_styles: BTreeSet<NodeStyle> = drawing.nodes.values().map(|n| n.style).collect();
    let edge_styles: BTreeSet<EdgeStyle> = drawing.edges.keys().map(|k| k.style).collect();
    if node_styles.is_empty() && edge_styles.is_empty() {
        return Ok(());
    }
    // Legend ids contain a space, which no IRI, literal or blank node id written above has.
    writeln!(out, "  subgraph cluster_legend {{")?;
    writeln!(out, "    label=\"legend\"; style=rounded; fontsize=10;")?;
    for style in node_styles {
        let name = node_style_name(style);
        writeln!(
            out,
            "    \"legend {name}\" [label=\"{name}\", {}];",
            node_attributes(style)
        )?;
    }
    for style in edge_styles {
        let name = edge_style_name(style);
        writeln!(out, "    \"legend {name} from\" [label=\"\", shape=point];")?;
        writeln!(out, "    \"legend {name} to\" [label=\"\", shape=point];")?;
        writeln!(
            out,
            "    \"legend {name} from\" -> \"legend {name} to\" [label=\"{name}\", {}];",
            edge_attributes(style)
        )?;
    }
    writeln!(out, "  }}")?;
    Ok(())
}

fn node_attributes(style: NodeStyle) -> &'static str {
    match style {
        NodeStyle::Person => "shape=ellipse, fillcolor=\"#cfe2ff\"",
        NodeStyle::Organization => "shape=box, fillcolor=\"#ffe8a8\"",
        NodeStyle::Country => "shape=hexagon, fillcolor=\"#c8f0c8\"",
        NodeStyle::City => "shape=house, fillcolor=\"#e3f4d7\"",
        NodeStyle::Place => "shape=octagon, fillcolor=\"#e6e6e6\"",
        NodeStyle::Resource => "shape=ellipse, fillcolor=\"#ffffff\"",
        NodeStyle::Literal => "shape=note, fillcolor=\"#fffbe6\"",
    }
}

fn node_style_name(style: NodeStyle) -> &'static str {
    match style {
        NodeStyle::Person => "person",
        NodeStyle::Organization => "organization",
        NodeStyle::Country => "country",
        NodeStyle::City => "city",
        NodeStyle::Place => "place",
        NodeStyle::Resource => "resource",
        NodeStyle::Literal => "literal",
    }
}

fn edge_attributes(style: EdgeStyle) -> &'static str {
    match style {
        EdgeStyle::Happened => "style=solid, color=\"#000000\"",
        EdgeStyle::Planned => "style=dashed, color=\"#1f5fbf\"",
        EdgeStyle::Possible => "style=dashed, color=\"#888888\"",
        EdgeStyle::Negated => "style=dotted, color=\"#c0392b\"",
        EdgeStyle::Quotation => "style=solid, color=\"#8e44ad\", arrowhead=vee",
        EdgeStyle::Plain => "style=solid, color=\"#555555\"",
    }
}

fn edge_style_name(style: EdgeStyle) -> &'static str {
    match style {
        EdgeStyle::Happened => "happened",
        EdgeStyle::Planned => "planned",
        EdgeStyle::Possible => "possible",
        EdgeStyle::Negated => "negated",
        EdgeStyle::Quotation => "spoke of",
        EdgeStyle::Plain => "triple",
    }
}

/// A DOT double-quoted string. Backslashes are doubled so that Graphviz's escapes (`\N`,
/// `\l`, ...) cannot be triggered by names, and line breaks become `\n`.
fn quoted(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for character in text.chars() {
        match character {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => quoted.push(' '),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// The part of an IRI after its last `#` or `/`: `ng:spokeWith` -> `spokeWith`.
fn local_name(iri: &str) -> String {
    let trimmed = iri.trim_end_matches(['/', '#']);
    trimmed
        .rfind(['#', '/'])
        .map_or(trimmed, |idx| &trimmed[idx + 1..])
        .to_owned()
}

/// `{base}person/x` -> `person/x`, a known namespace -> `prefix:local`, else the IRI.
fn shorten(iri: &str, base: &Base) -> String {
    for (prefix, namespace) in PREFIXES {
        if let Some(local) = iri.strip_prefix(namespace) {
            return format!("{prefix}:{local}");
        }
    }
    match iri.strip_prefix(base.as_str()) {
        Some(rest) if !rest.is_empty() => rest.to_owned(),
        _ => iri.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdf::tests::sample_document;
    use crate::rdf::to_quads;
    use std::process::{Command, Stdio};

    fn sample_store() -> Store {
        let base = Base::default();
        let document = sample_document();
        let store = Store::in_memory().unwrap();
        store
            .replace_document(
                base.document(&document.article.id).as_ref(),
                &to_quads(&document, &base),
            )
            .unwrap();
        store
    }

    /// Draws `graph` of the sample store, checks that Graphviz accepts it and that it holds
    /// every line of `expected`.
    fn check(graph: Graph, expected: &[&str]) {
        let mut out = Vec::new();
        write(&sample_store(), graph, &mut out).unwrap();
        let dot = String::from_utf8(out).unwrap();
        assert_renders(&dot);
        for line in expected {
            assert!(
                dot.lines().any(|l| l.trim() == *line),
                "missing {line} in\n{dot}"
            );
        }
    }

    fn assert_renders(dot: &str) {
        let mut child = Command::new("dot")
            .arg("-Tsvg")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("graphviz's dot is installed");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(dot.as_bytes())
            .unwrap();
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success() && output.stderr.is_empty(),
            "dot rejected:\n{dot}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    #[test]
    fn contacts_are_styled_by_status() {
        check(
            Graph::Contacts,
            &[
                r##""https://example.org/newsgraph/person/vladimir-petrov" [label="Vladimir Petrov", shape=ellipse, fillcolor="#cfe2ff"];"##,
                r##""https://example.org/newsgraph/person/vladimir-petrov" -> "https://example.org/newsgraph/person/emmanuel-laurent" [label="call 2022-02-04", style=solid, color="#000000"];"##,
                r##""legend person" [label="person", shape=ellipse, fillcolor="#cfe2ff"];"##,
            ],
        );
    }

    #[test]
    fn quotations_link_the_speaker_to_whom_the_words_mention() {
        check(
            Graph::Quotes,
            &[
                r##""https://example.org/newsgraph/person/vladimir-petrov" -> "https://example.org/newsgraph/person/emmanuel-laurent" [label="spoke of", style=solid, color="#8e44ad", arrowhead=vee];"##,
            ],
        );
    }

    #[test]
    fn output_is_deterministic_and_renders_for_every_graph() {
        for graph in Graph::ALL {
            let mut first = Vec::new();
            let mut second = Vec::new();
            write(&sample_store(), graph, &mut first).unwrap();
            write(&sample_store(), graph, &mut second).unwrap();
            assert_eq!(first, second);
            assert_renders(&String::from_utf8(first).unwrap());
        }
    }

    #[test]
    fn construct_results_become_nodes_and_edges() {
        let query = Query {
            name: "spoke.rq".to_owned(),
            text: "PREFIX ng: <https://example.org/newsgraph/ontology#>\n\
                   PREFIX schema: <http://schema.org/>\n\
                   CONSTRUCT { ?a ng:spokeWith ?b . ?a schema:name ?name }\n\
                   WHERE { ?a ng:spokeWith ?b ; schema:name ?name }"
                .to_owned(),
        };
        let mut out = Vec::new();
        write_construct(&sample_store(), &query, &[], &Base::default(), &mut out).unwrap();
        let dot = String::from_utf8(out).unwrap();
        assert_renders(&dot);
        assert!(
            dot.contains(r#"[label="person/vladimir-petrov", shape=ellipse"#),
            "{dot}"
        );
        assert!(
            dot.contains(r#"-> "\"Vladimir Petrov\"" [label="name""#),
            "{dot}"
        );
        assert!(dot.contains(r#"[label="spokeWith""#), "{dot}");
    }

    #[test]
    fn a_select_query_cannot_be_drawn() {
        let query = Query {
            name: "names.rq".to_owned(),
            text: "SELECT ?s WHERE { ?s ?p ?o }".to_owned(),
        };
        let mut out = Vec::new();
        let error = write_construct(&sample_store(), &query, &[], &Base::default(), &mut out)
            .unwrap_err()
            .to_string();
        assert_eq!(
            error,
            "query names.rq gives no triples; use a CONSTRUCT or DESCRIBE query"
        );
    }

    #[test]
    fn labels_escape_quotes_backslashes_and_newlines() {
        assert_eq!(quoted("say \"no\"\\n\nnow"), r#""say \"no\"\\n\nnow""#);
        let mut drawing = Drawing::default();
        drawing.nodes.insert(
            "a".to_owned(),
            Node {
                label: "C:\\ \"quoted\"\nline\\N".to_owned(),
                style: NodeStyle::Literal,
            },
        );
        let mut out = Vec::new();
        render(&drawing, "odd \"title\"", &mut out).unwrap();
        assert_renders(&String::from_utf8(out).unwrap());
    }

    #[test]
    fn names_are_shortened_for_labels() {
        let base = Base::default();
        assert_eq!(shorten("http://schema.org/Person", &base), "schema:Person");
        assert_eq!(
            shorten("https://example.org/newsgraph/person/x", &base),
            "person/x"
        );
        assert_eq!(shorten("https://other.org/x", &base), "https://other.org/x");
        assert_eq!(
            local_name("https://example.org/newsgraph/ontology#spokeWith"),
            "spokeWith"
        );
        assert_eq!(local_name("http://schema.org/name"), "name");
    }
}
