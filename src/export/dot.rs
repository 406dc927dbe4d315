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
//! [`Options`] focus the drawing: contacts and quotations dated within `since..=until` (a
//! quotation without its own date takes its article's), edges reported at least
//! `min_weight` times, the ego network of one entity up to `depth` edges away (edges
//! followed in both directions), and clusters of nodes by article (the one that mentions the
//! entity most) or by country (a country itself, or the country of a person's first role).
//!
//! Nodes and edges are written sorted by IRI, so the same store gives the same bytes. Only
//! entities that take part in an edge are drawn. Layout is left to Graphviz. The same graph
//! is written as GraphML by [`super::graphml`].

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

/// What to draw and how to group it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Which edges.
    pub graph: Graph,
    /// Only this entity (a name, case-insensitive, or an IRI) and its neighbourhood.
    pub entity: Option<String>,
    /// How many edges away from `entity` to go.
    pub depth: usize,
    /// Only contacts and quotations on or after this ISO date (`2022`, `2022-02`, `2022-02-01`).
    pub since: Option<String>,
    /// Only contacts and quotations on or before this ISO date.
    pub until: Option<String>,
    /// Only edges reported at least this many times.
    pub min_weight: usize,
    /// Group nodes into clusters.
    pub cluster: Option<Cluster>,
}

/// How nodes are grouped into Graphviz clusters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cluster {
    /// By the article that mentions the entity most.
    Article,
    /// By country.
    Country,
}

impl Options {
    /// Everything of `graph`, unfocused and unclustered.
    pub fn new(graph: Graph) -> Options {
        Options {
            graph,
            entity: None,
            depth: 1,
            since: None,
            until: None,
            min_weight: 1,
            cluster: None,
        }
    }
}

/// Writes the chosen graph, read from the store, as DOT.
pub fn write(
    store: &Store,
    options: &Options,
    out: &mut (impl Write + ?Sized),
) -> Result<(), ExportError> {
    let drawing = drawing(store, options)?;
    render(&drawing, options.graph.title(), out)
}

/// The people and organizations graph of the store as [`Options`] focus it.
pub(super) fn drawing(store: &Store, options: &Options) -> Result<Drawing, ExportError> {
    let mut drawing = Drawing::default();
    let window = DateWindow {
        since: options.since.as_deref(),
        until: options.until.as_deref(),
    };
    if matches!(options.graph, Graph::Contacts | Graph::All) {
        contact_edges(store, &window, &mut drawing)?;
    }
    if matches!(options.graph, Graph::Quotes | Graph::All) {
        quotation_edges(store, &window, &mut drawing)?;
    }
    drawing
        .edges
        .retain(|_, count| *count >= options.min_weight);
    entity_nodes(store, &mut drawing)?;
    if let Some(entity) = &options.entity {
        drawing.focus(entity, options.depth)?;
    }
    if let Some(cluster) = options.cluster {
        clusters(store, cluster, &mut drawing)?;
    }
    Ok(drawing)
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
pub(super) enum NodeStyle {
    Person,
    Organization,
    Country,
    City,
    Place,
    Resource,
    Literal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum EdgeStyle {
    Happened,
    Planned,
    Possible,
    Negated,
    Quotation,
    Plain,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Node {
    pub(super) label: String,
    pub(super) style: NodeStyle,
    /// The cluster's label, when clusters were asked for and the node has one.
    pub(super) cluster: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct EdgeKey {
    pub(super) from: String,
    pub(super) to: String,
    pub(super) style: EdgeStyle,
    pub(super) label: String,
    pub(super) directed: bool,
}

/// Nodes and edges collected from the store, keyed by DOT id so that iteration is sorted.
#[derive(Default)]
pub(super) struct Drawing {
    pub(super) nodes: BTreeMap<String, Node>,
    /// Each edge with its weight: how many events or quotations it stands for.
    pub(super) edges: BTreeMap<EdgeKey, usize>,
}

/// The petgraph graph both writers walk: nodes (id, node) and edges (key, weight), added in
/// sorted order so that output order is that order.
pub(super) type Network<'a> = DiGraph<(&'a str, &'a Node), (&'a EdgeKey, usize)>;

/// The drawing as a petgraph graph; edges whose ends are not drawn are left out.
pub(super) fn network(drawing: &Drawing) -> Network<'_> {
    let mut graph: Network<'_> = DiGraph::new();
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
    graph
}

/// Dates as the text gives them, compared as ISO strings at the precision of the shorter.
struct DateWindow<'a> {
    since: Option<&'a str>,
    until: Option<&'a str>,
}

impl DateWindow<'_> {
    /// Whether a fact of this date is drawn; an undated fact only when no window is set.
    fn contains(&self, date: Option<&str>) -> bool {
        if self.since.is_none() && self.until.is_none() {
            return true;
        }
        let Some(date) = date else {
            return false;
        };
        // "2022-01-28" is within "--until 2022-01", and "2022" within "--since 2022-02".
        let precision = |bound: &str| date.len().min(bound.len());
        self.since
            .is_none_or(|since| date[..precision(since)] >= since[..precision(since)])
            && self
                .until
                .is_none_or(|until| date[..precision(until)] <= until[..precision(until)])
    }
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

    /// Keeps the entity named `name` and what lies within `depth` edges of it.
    fn focus(&mut self, name: &str, depth: usize) -> Result<(), ExportError> {
        let wanted = name.to_lowercase();
        let mut reached: BTreeSet<String> = self
            .nodes
            .iter()
            .filter(|(id, node)| {
                node.label.to_lowercase() == wanted
                    || id.as_str() == name
                    || id.rsplit('/').next() == Some(name)
            })
            .map(|(id, _)| id.clone())
            .collect();
        if reached.is_empty() {
            return Err(ExportError::UnknownEntity {
                name: name.to_owned(),
            });
        }
        let mut frontier = reached.clone();
        for _ in 0..depth {
            let mut next = BTreeSet::new();
            for key in self.edges.keys() {
                for (here, there) in [(&key.from, &key.to), (&key.to, &key.from)] {
                    if frontier.contains(here) && !reached.contains(there) {
                        next.insert(there.clone());
                    }
                }
            }
            reached.extend(next.iter().cloned());
            frontier = next;
        }
        self.edges
            .retain(|key, _| reached.contains(&key.from) && reached.contains(&key.to));
        self.nodes.retain(|id, _| reached.contains(id));
        Ok(())
    }

    /// The DOT id of a term of a query result, registering it as a node.
    fn term_node(&mut self, term: &Term, base: &Base) -> String {
        let (id, node) = match term {
            Term::Literal(literal) => (
                term.to_string(),
                Node {
                    label: literal.value().to_owned(),
                    style: NodeStyle::Literal,
                    cluster: None,
                },
            ),
            Term::NamedNode(iri) => (
                iri.as_str().to_owned(),
                Node {
                    label: shorten(iri.as_str(), base),
                    style: NodeStyle::Resource,
                    cluster: None,
                },
            ),
            other => (
                other.to_string(),
                Node {
                    label: other.to_string(),
                    style: NodeStyle::Resource,
                    cluster: None,
                },
            ),
        };
        self.nodes.entry(id.clone()).or_insert(node);
        id
    }
}

const PREFIX_LINES: &str = "PREFIX ng: <https://example.org/newsgraph/ontology#>\n\
                            PREFIX schema: <http://schema.org/>\n\
                            PREFIX oa: <http://www.w3.org/ns/oa#>\n\
                            PREFIX prov: <http://www.w3.org/ns/prov#>\n";

/// One row per event and participant; rows are grouped into events here.
const CONTACTS: &str = "SELECT ?event ?kind ?status ?date ?agent ?participant WHERE {
    ?event ng:kind ?kind ; ng:status ?statusIri ; ng:participant ?participant .
    BIND(STRAFTER(STR(?statusIri), \"#\") AS ?status)
    OPTIONAL { ?event ng:date ?date }
    OPTIONAL { ?event schema:agent ?agent }
}";

/// Mentions inside a quotation's words: same article, position selector within the
/// quotation's. Offsets are compared as numbers. A quotation is dated by its own date, else
/// its article's.
const QUOTATIONS: &str = "SELECT ?speaker ?entity ?date (COUNT(DISTINCT ?quotation) AS ?n) WHERE {
    ?quotation schema:creator ?speaker ; ng:quoteSpan ?quote .
    OPTIONAL { ?quotation ng:date ?quotationDate }
    OPTIONAL { ?quotation prov:wasDerivedFrom/schema:datePublished ?published }
    BIND(COALESCE(?quotationDate, ?published) AS ?date)
    ?quote oa:hasSource ?doc ; oa:hasSelector ?quotePosition .
    ?quotePosition oa:start ?quoteStart ; oa:end ?quoteEnd .
    ?mention a ng:Mention ; ng:refersTo ?entity ; oa:hasSource ?doc ;
        oa:hasSelector ?mentionPosition .
    ?mentionPosition oa:start ?mentionStart ; oa:end ?mentionEnd .
    FILTER(?entity != ?speaker && ?mentionStart >= ?quoteStart && ?mentionEnd <= ?quoteEnd)
} GROUP BY ?speaker ?entity ?date";

/// How many mentions of each entity each article has.
const ARTICLES: &str = "SELECT ?entity ?doc (COUNT(DISTINCT ?mention) AS ?n) WHERE {
    ?mention a ng:Mention ; ng:refersTo ?entity ; oa:hasSource/schema:identifier ?doc .
} GROUP BY ?entity ?doc";

/// The countries an entity belongs to: itself, the country its name stands for, or the
/// country of a role.
const COUNTRIES: &str = "SELECT ?entity ?country ?name WHERE {
    { ?entity a schema:Country . BIND(?entity AS ?country) }
    UNION { ?entity ng:metonymFor ?country . ?country a schema:Country }
    UNION { ?entity ng:hasRole/ng:roleOf ?country . ?country a schema:Country }
    ?country schema:name ?name .
}";

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
    agents: BTreeSet<String>,
    participants: BTreeSet<String>,
}

fn contact_edges(
    store: &Store,
    window: &DateWindow<'_>,
    drawing: &mut Drawing,
) -> Result<(), ExportError> {
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
        contact.agents.extend(value(&row, "agent"));
        contact.participants.insert(participant);
    }
    for contact in events.into_values() {
        if !window.contains(contact.date.as_deref()) {
            continue;
        }
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
        // From each party that acted to each that received; co-agents (the signers of one
        // letter) get no edge between them.
        match contact.agents.is_empty() {
            false => {
                for agent in &contact.agents {
                    for participant in contact.participants.difference(&contact.agents) {
                        drawing.add_edge(
                            agent.clone(),
                            participant.clone(),
                            label.clone(),
                            style,
                            1,
                        );
                    }
                }
            }
            true => {
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

fn quotation_edges(
    store: &Store,
    window: &DateWindow<'_>,
    drawing: &mut Drawing,
) -> Result<(), ExportError> {
    for row in select(store, QUOTATIONS)? {
        let (Some(speaker), Some(entity)) = (value(&row, "speaker"), value(&row, "entity")) else {
            continue;
        };
        if !window.contains(value(&row, "date").as_deref()) {
            continue;
        }
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
                cluster: None,
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

/// Each node's cluster: the article that mentions it most (ties: the least id), or its
/// country (several: the least IRI).
fn clusters(store: &Store, cluster: Cluster, drawing: &mut Drawing) -> Result<(), ExportError> {
    let mut best: BTreeMap<String, (String, String)> = BTreeMap::new();
    match cluster {
        Cluster::Article => {
            let mut counts: BTreeMap<String, (usize, String)> = BTreeMap::new();
            for row in select(store, ARTICLES)? {
                let (Some(entity), Some(doc)) = (value(&row, "entity"), value(&row, "doc")) else {
                    continue;
                };
                let n: usize = value(&row, "n").and_then(|n| n.parse().ok()).unwrap_or(0);
                let current = counts.entry(entity).or_insert((0, doc.clone()));
                if n > current.0 || (n == current.0 && doc < current.1) {
                    *current = (n, doc);
                }
            }
            for (entity, (_, doc)) in counts {
                best.insert(entity, (doc.clone(), format!("article {doc}")));
            }
        }
        Cluster::Country => {
            for row in select(store, COUNTRIES)? {
                let (Some(entity), Some(country), Some(name)) = (
                    value(&row, "entity"),
                    value(&row, "country"),
                    value(&row, "name"),
                ) else {
                    continue;
                };
                let candidate = (country, name);
                match best.get(&entity) {
                    Some(current) if *current <= candidate => {}
                    _ => {
                        best.insert(entity, candidate);
                    }
                }
            }
        }
    }
    for (id, node) in &mut drawing.nodes {
        node.cluster = best.get(id).map(|(_, label)| label.clone());
    }
    Ok(())
}

/// Writes the drawing through its petgraph graph ([`network`]).
fn render(
    drawing: &Drawing,
    title: &str,
    out: &mut (impl Write + ?Sized),
) -> Result<(), ExportError> {
    let graph = network(drawing);

    writeln!(out, "digraph newsgraph {{")?;
    // newrank: ranks the whole graph at once rather than cluster by cluster. Graphviz's
    // older per-cluster ranking fails ("trouble in init_rank") on some graphs whose edges cross
    // the article clusters.
    writeln!(
        out,
        "  graph [label={}, labelloc=t, fontname=\"Helvetica\", rankdir=LR, overlap=false, newrank=true];",
        quoted(title)
    )?;
    writeln!(out, "  node [fontname=\"Helvetica\", style=filled];")?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=10];")?;
    write_legend(drawing, out)?;
    let mut clusters: BTreeMap<Option<&str>, Vec<(&str, &Node)>> = BTreeMap::new();
    for (id, node) in graph.node_weights() {
        clusters
            .entry(node.cluster.as_deref())
            .or_default()
            .push((id, node));
    }
    for (cluster_idx, (cluster, nodes)) in clusters.iter().enumerate() {
        let indent = match cluster {
            Some(label) => {
                writeln!(out, "  subgraph cluster_{cluster_idx} {{")?;
                writeln!(
                    out,
                    "    label={}; style=\"rounded,dashed\"; color=\"#999999\";",
                    quoted(label)
                )?;
                "    "
            }
            None => "  ",
        };
        for (id, node) in nodes {
            writeln!(
                out,
                "{indent}{} [label={}, {}];",
                quoted(id),
                quoted(&node.label),
                node_attributes(node.style)
            )?;
        }
        if cluster.is_some() {
            writeln!(out, "  }}")?;
        }
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

pub(super) fn node_style_name(style: NodeStyle) -> &'static str {
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

pub(super) fn edge_style_name(style: EdgeStyle) -> &'static str {
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
    use crate::rdf::tests::sample_store;
    use std::process::{Command, Stdio};

    /// Draws `graph` of the sample store, checks that Graphviz accepts it and that it holds
    /// every line of `expected`.
    fn check(graph: Graph, expected: &[&str]) {
        let mut out = Vec::new();
        write(&sample_store(), &Options::new(graph), &mut out).unwrap();
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
            write(&sample_store(), &Options::new(graph), &mut first).unwrap();
            write(&sample_store(), &Options::new(graph), &mut second).unwrap();
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
                cluster: None,
            },
        );
        let mut out = Vec::new();
        render(&drawing, "odd \"title\"", &mut out).unwrap();
        assert_renders(&String::from_utf8(out).unwrap());
    }

    #[test]
    fn dates_are_compared_at_the_coarser_precision() {
        let window = DateWindow {
            since: Some("2022-02"),
            until: Some("2022-02-15"),
        };
        for (date, inside) in [
            (Some("2022-02-01"), true),
            (Some("2022-02"), true),
            (Some("2022"), true),
            (Some("2022-01-31"), false),
            (Some("2022-02-16"), false),
            (None, false),
        ] {
            assert_eq!(window.contains(date), inside, "{date:?}");
        }
        let open = DateWindow {
            since: None,
            until: None,
        };
        assert!(open.contains(None));
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
