//! Model -> RDF: turns one article's [`Document`] into quads in the article's named graph.
//!
//! In: a [`Document`] and the [`Base`] IRI. Out: a `Vec<`[`Quad`]`>`, all in the graph
//! `{base}doc/{id}`, ready for [`store::Store::replace_document`]. The ontology's own quads
//! come from [`ontology`], in the graph [`ONTOLOGY_GRAPH`].
//!
//! This is the only module that knows IRIs. It follows the RDF model contract shared with
//! `ontology/` and `queries/`. `{B}` is the base IRI (default
//! `https://example.org/newsgraph/`), `{doc}` the percent-encoded document id, `{slug}` an
//! entity's [`Entity::key`] (percent-encoded where it holds anything but unreserved
//! characters) and `{n}` a 1-based position in the extraction's list. Each model type
//! becomes these triples (optional ones only when the model has the value):
//!
//! ```text
//! Article     <{B}doc/{doc}> a schema:NewsArticle ; schema:identifier "{id}" ;
//!                 schema:headline "title" ; schema:datePublished "2022-02-01"^^xsd:date ;
//!                 schema:url "..." ; schema:publisher "source" ;
//!                 ng:sourceFile "corpus/x.txt" ; schema:text "the whole text" .
//! Span        <{B}doc/{doc}/span/{start}-{end}> a oa:SpecificResource ;
//!                 oa:hasSource <{B}doc/{doc}> ;
//!                 oa:hasSelector <.../position> , <.../quote> .
//!             <.../position> a oa:TextPositionSelector ;
//!                 oa:start "12"^^xsd:nonNegativeInteger ; oa:end "40"^^xsd:nonNegativeInteger .
//!             <.../quote> a oa:TextQuoteSelector ; oa:exact "the words" .
//! Entity      <{B}{type}/{slug}> a schema:Person|Organization|Country|City|Place ;
//!                 (a ng:GovernmentBody|PoliticalParty|NewsOrganization|
//!                    InternationalOrganization|Company) ;
//!                 schema:name "Vladimir Petrov" ; schema:alternateName "Petrov" ;
//!                 ng:metonymFor <{B}country/{slug}> ; ng:demonym "Russian" .
//! Mention     <span> a ng:Mention ; ng:refersTo <entity> ;
//!                 ng:mentionType "name"|"title"|"pronoun"|"demonym" .
//! Role        <{B}role/{holder slug}/{title slug}[/{of slug}]> a ng:Role ;
//!                 ng:holder <person> ; ng:title "President" ; ng:roleOf <entity> ;
//!                 ng:current true|false ; ng:evidence <span> .
//!             <person> ng:hasRole <role> ; schema:jobTitle "President" (current roles only) .
//! Quotation   <{B}quotation/{doc}/{n}> a ng:Quotation ; schema:creator <entity> ;
//!                 ng:speakerMention <span> ; ng:unresolvedSpeaker "a spokesman" ;
//!                 schema:text "the words" ; ng:quoteSpan <span> ; ng:quotePart <span> … (when in parts) ; ng:direct true|false ;
//!                 ng:cue "said" ; ng:cueSpan <span> ; ng:addressee <entity> ;
//!                 ng:reportedBy <entity> ; ng:date <date> ;
//!                 ng:saidAt <{B}occasion/{doc}/{n}> ; ng:evidence <span> ;
//!                 prov:wasDerivedFrom <{B}doc/{doc}> .
//! Event       <{B}event/{doc}/{n}> a ng:PhoneCall|Meeting|Talks|Told|Letter|Interview|
//!                                    Debate|Communication ;
//!                 ng:kind "call" ; ng:participant <entity> , <entity> ;
//!                 schema:agent <entity> ; schema:recipient <entity> ;
//!                 ng:status ng:Happened|Planned|Possible|Negated ; ng:date <date> ;
//!                 schema:location <place> ; ng:cue "spoke" ; ng:evidence <span> ;
//!                 prov:wasDerivedFrom <{B}doc/{doc}> .
//!             <a> ng:spokeWith <b> . <b> ng:spokeWith <a> .   (happened events only)
//! Occasion    <{B}occasion/{doc}/{n}> a ng:NewsConference|Statement|Interview ;
//!                 schema:agent <entity> ; ng:date <date> ; ng:evidence <span> ;
//!                 prov:wasDerivedFrom <{B}doc/{doc}> .
//! ```
//!
//! Statements reported by several articles (`ng:ReportedStatement`) are not in an article's
//! graph but in one graph per speaker, written by [`statements`] after the articles.
//!
//! A `<date>` is `"2022-02-01"^^xsd:date`, `"2022-02"^^xsd:gYearMonth` or `"2022"^^xsd:gYear`
//! after the shape of the model's ISO string. Offsets are Unicode code points, end
//! exclusive, as Web Annotation selectors count them; one span node exists per distinct
//! (start, end) in the article.
//!
//! Some model values have no place in the contract and are deliberately left out:
//! `Mention::phrase`, the `*_mention` spans of
//! addressees, intermediaries, places and participants (they are mentions already), gender
//! and [`Article::skipped`]. Dates that are not ISO dates, empty spans and entity indexes
//! out of range produce no triple rather than an invalid one. There are no blank nodes:
//! every node has an IRI built from the document id and positions, so that building twice
//! gives the same triples.
//!
//! [`Article::skipped`]: crate::model::Article::skipped
//! [`Entity::key`]: crate::model::Entity::key

pub mod names;
pub mod occasions;
pub mod shapes;
pub mod statements;
pub mod store;
pub mod validate;
mod vocab;

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashSet;
use std::fmt::Write as _;
use std::path::{Component, Path};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use oxigraph::sparql::QueryEvaluationError;
use oxigraph::store::StorageError;

use crate::model::{
    Document, EntityId, EntityType, EventKind, EventStatus, MentionKind, OccasionKind, OrgKind,
    Span,
};
use crate::ontology::Lexicon;

/// The named graph that holds the ontology (`ontology/newsgraph.ttl`).
pub const ONTOLOGY_GRAPH: &str = "https://example.org/newsgraph/ontology";

/// The prefixes declared in Turtle and TriG output and used to shorten IRIs in exports.
pub const PREFIXES: &[(&str, &str)] = &[
    ("ng", "https://example.org/newsgraph/ontology#"),
    ("schema", "http://schema.org/"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("oa", "http://www.w3.org/ns/oa#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
];

/// The base IRI under which articles, entities and everything extracted get their IRIs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base {
    iri: String,
}

impl Base {
    /// The base used when none is configured.
    pub const DEFAULT: &'static str = "https://example.org/newsgraph/";

    /// Checks that `iri` is an absolute IRI ending in `/` or `#`, so that appending
    /// `doc/{id}` gives a path under it rather than a sibling.
    pub fn new(iri: &str) -> Result<Base, StoreError> {
        let invalid = |reason: String| StoreError::InvalidBase {
            base: iri.to_owned(),
            reason,
        };
        NamedNode::new(iri).map_err(|error| invalid(error.to_string().to_lowercase()))?;
        if !iri.ends_with('/') && !iri.ends_with('#') {
            return Err(invalid(format!("it must end with '/', as in '{iri}/'")));
        }
        Ok(Base {
            iri: iri.to_owned(),
        })
    }

    /// The base IRI as a string.
    pub fn as_str(&self) -> &str {
        &self.iri
    }

    /// The IRI of an article, which is also the name of the graph holding its facts.
    pub fn document(&self, id: &str) -> NamedNode {
        self.iri(format_args!("doc/{}", encode_segment(id)))
    }

    fn iri(&self, path: std::fmt::Arguments<'_>) -> NamedNode {
        let mut iri = self.iri.clone();
        iri.write_fmt(path)
            .expect("writing to a String cannot fail");
        // The base is a valid IRI and every appended segment is percent-encoded.
        NamedNode::new_unchecked(iri)
    }
}

impl Default for Base {
    fn default() -> Base {
        Base::new(Base::DEFAULT).expect("the default base IRI is valid")
    }
}

/// What can go wrong turning the model into RDF and keeping it in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The configured base IRI cannot prefix our IRIs.
    #[error("invalid base IRI '{base}': {reason}")]
    InvalidBase {
        /// The IRI as given.
        base: String,
        /// Why it was refused.
        reason: String,
    },
    /// Another process holds the store's lock.
    #[error("store is in use: {} is locked by another process; wait for it to finish or use another store directory", path.display())]
    InUse {
        /// The store directory.
        path: std::path::PathBuf,
    },
    /// The store directory could not be opened or created.
    #[error("cannot open store {}: {source}", path.display())]
    Open {
        /// The store directory.
        path: std::path::PathBuf,
        /// What RocksDB reported.
        source: StorageError,
    },
    /// A temporary file of the link pass could not be written or read back.
    #[error("cannot use the link pass's temporary file {}: {source}", path.display())]
    Spool {
        /// The file (or the directory it was to be made in).
        path: std::path::PathBuf,
        /// What the system reported.
        source: std::io::Error,
    },
    /// Reading or writing the store failed.
    #[error("store: {0}")]
    Storage(#[from] StorageError),
    /// The compiled-in ontology is not valid Turtle; every problem is listed.
    #[error("{}", problems.join("\n"))]
    Ontology {
        /// One `ontology/newsgraph.ttl: ...` message per syntax error.
        problems: Vec<String>,
    },
    /// A quad given for one article's graph names another graph.
    #[error("quad {quad} is not in the graph {graph} being replaced")]
    ForeignGraph {
        /// The graph being written.
        graph: String,
        /// The offending quad.
        quad: String,
    },
    /// A dump format name that is not one of [`store::DumpFormat::ALL`].
    #[error(
        "unknown RDF format '{name}'; use one of turtle, ntriples, nquads, trig, rdfxml, jsonld"
    )]
    UnknownFormat {
        /// The name given.
        name: String,
    },
    /// Evaluating a SPARQL query failed.
    #[error("{0}")]
    Query(#[from] QueryEvaluationError),
    /// Running a SPARQL update failed.
    #[error("{0}")]
    Update(#[from] oxigraph::sparql::UpdateEvaluationError),
    /// Writing a dump failed.
    #[error("writing the dump: {0}")]
    Write(#[source] std::io::Error),
    /// N-Quads given to [`store::Store::load_nquads`] could not be read or stored.
    #[error("loading N-Quads: {0}")]
    Load(#[source] oxigraph::store::LoaderError),
}

/// The speakers of the quotations (`schema:creator` of an `ng:Quotation`) and the
/// participants of the events (`ng:participant` of a subject with an `ng:kind`) in one
/// article's quads, as [`to_quads`] writes them: what the link pass relinks for a new article,
/// read from the quads instead of asked back of the store that was just given them.
pub fn speakers_and_participants(
    quads: &[Quad],
    speakers: &mut BTreeSet<NamedNode>,
    participants: &mut BTreeSet<NamedNode>,
) {
    let mut quotations = FxHashSet::default();
    let mut events = FxHashSet::default();
    for quad in quads {
        let quotation = matches!(&quad.object, Term::NamedNode(class) if *class == ng::QUOTATION);
        if quad.predicate == rdf::TYPE && quotation {
            quotations.insert(&quad.subject);
        } else if quad.predicate == ng::KIND {
            events.insert(&quad.subject);
        }
    }
    for quad in quads {
        let Term::NamedNode(object) = &quad.object else {
            continue;
        };
        if quad.predicate == schema::CREATOR && quotations.contains(&quad.subject) {
            speakers.insert(object.clone());
        } else if quad.predicate == ng::PARTICIPANT && events.contains(&quad.subject) {
            participants.insert(object.clone());
        }
    }
}

/// The quads for one article, all in its named graph `{base}doc/{id}`, in a deterministic
/// order and without duplicates.
pub fn to_quads(document: &Document, base: &Base) -> Vec<Quad> {
    let mut builder = Builder::new(document, base);
    builder.article();
    builder.entities();
    builder.mentions();
    builder.roles();
    builder.quotations();
    builder.events();
    builder.occasions();
    builder.span_nodes();
    builder.quads
}

/// The ontology's quads, in the graph [`ONTOLOGY_GRAPH`].
///
/// The ontology uses blank nodes for OWL lists and restrictions. As no blank node may enter
/// the store, each one becomes `{ONTOLOGY_GRAPH}/genid/{n}`, numbered in order of first
/// appearance, so loading the ontology twice gives the same triples.
pub fn ontology() -> Result<Vec<Quad>, StoreError> {
    const SOURCE: &str = include_str!("../../ontology/newsgraph.ttl");
    let graph = NamedNode::new_unchecked(ONTOLOGY_GRAPH);
    let mut skolem: BTreeMap<String, NamedNode> = BTreeMap::new();
    let mut skolemize = |label: &str| {
        let next = skolem.len() + 1;
        skolem
            .entry(label.to_owned())
            .or_insert_with(|| NamedNode::new_unchecked(format!("{ONTOLOGY_GRAPH}/genid/{next}")))
            .clone()
    };
    let mut quads = Vec::new();
    let mut problems = Vec::new();
    for result in RdfParser::from_format(RdfFormat::Turtle).for_slice(SOURCE) {
        let quad = match result {
            Ok(quad) => quad,
            Err(error) => {
                problems.push(format!("ontology/newsgraph.ttl: {error}"));
                continue;
            }
        };
        let subject: NamedOrBlankNode = match quad.subject {
            NamedOrBlankNode::BlankNode(node) => skolemize(node.as_str()).into(),
            other => other,
        };
        let object: Term = match quad.object {
            Term::BlankNode(node) => skolemize(node.as_str()).into(),
            other => other,
        };
        quads.push(Quad::new(subject, quad.predicate, object, graph.clone()));
    }
    if !problems.is_empty() {
        return Err(StoreError::Ontology { problems });
    }
    Ok(quads)
}

use vocab::{ng, oa, owl, prov, schema, WIKIDATA_ENTITY};

/// Collects the quads of one document; spans are gathered as they are referenced and
/// written once at the end.
struct Builder<'a> {
    document: &'a Document,
    base: &'a Base,
    doc_iri: NamedNode,
    doc_segment: String,
    graph: GraphName,
    /// `char_offsets[byte]` is the code point offset of `byte`; see [`char_offsets`].
    char_offsets: Vec<usize>,
    /// Code point (start, end) -> the byte span, for every span referenced.
    spans: BTreeMap<(usize, usize), Span>,
    quads: Vec<Quad>,
    seen: FxHashSet<Quad>,
}

impl<'a> Builder<'a> {
    fn new(document: &'a Document, base: &'a Base) -> Builder<'a> {
        let doc_iri = base.document(&document.article.id);
        Builder {
            document,
            base,
            graph: doc_iri.clone().into(),
            doc_iri,
            doc_segment: encode_segment(&document.article.id),
            char_offsets: char_offsets(&document.article.text),
            spans: BTreeMap::new(),
            quads: Vec::new(),
            seen: FxHashSet::default(),
        }
    }

    fn add(&mut self, subject: &NamedNode, predicate: NamedNodeRef<'_>, object: impl Into<Term>) {
        let quad = Quad::new(
            subject.clone(),
            predicate.into_owned(),
            object,
            self.graph.clone(),
        );
        // Keep the first occurrence so the order stays that of the model, not of the hash.
        if self.seen.insert(quad.clone()) {
            self.quads.push(quad);
        }
    }

    fn add_string(&mut self, subject: &NamedNode, predicate: NamedNodeRef<'_>, value: &str) {
        self.add(subject, predicate, Literal::new_simple_literal(value));
    }

    fn add_date(&mut self, subject: &NamedNode, predicate: NamedNodeRef<'_>, date: Option<&str>) {
        if let Some(literal) = date.and_then(date_literal) {
            self.add(subject, predicate, literal);
        }
    }

    fn add_span(&mut self, subject: &NamedNode, predicate: NamedNodeRef<'_>, span: Span) {
        if let Some(iri) = self.span(span) {
            self.add(subject, predicate, iri);
        }
    }

    fn add_entity(&mut self, subject: &NamedNode, predicate: NamedNodeRef<'_>, id: EntityId) {
        if let Some(iri) = self.entity(id) {
            self.add(subject, predicate, iri);
        }
    }

    fn article(&mut self) {
        let document = self.document;
        let article = &document.article;
        let doc = self.doc_iri.clone();
        self.add(&doc, rdf::TYPE, schema::NEWS_ARTICLE);
        self.add_string(&doc, schema::IDENTIFIER, &article.id);
        if let Some(title) = &article.title {
            self.add_string(&doc, schema::HEADLINE, title);
        }
        // The contract types datePublished as xsd:date only; a vaguer date is left out.
        if let Some(date) = article.date.as_deref().and_then(date_literal) {
            if date.datatype() == xsd::DATE {
                self.add(&doc, schema::DATE_PUBLISHED, date);
            }
        }
        if let Some(url) = &article.url {
            self.add_string(&doc, schema::URL, url);
        }
        if let Some(source) = &article.source {
            self.add_string(&doc, schema::PUBLISHER, source);
        }
        self.add_string(&doc, ng::SOURCE_FILE, &portable_path(&article.path));
        self.add_string(&doc, schema::TEXT, &article.text);
    }

    fn entities(&mut self) {
        let document = self.document;
        let extraction = &document.extraction;
        for (id, entity) in extraction.entities.iter().enumerate() {
            let iri = self.entity(id).expect("the index comes from the list");
            self.add(&iri, rdf::TYPE, entity_class(entity.entity_type));
            if let Some(kind) = entity.org_kind {
                self.add(&iri, rdf::TYPE, org_class(kind));
            }
            self.add_string(&iri, schema::NAME, &entity.name);
            for name in &entity.alternate_names {
                if *name != entity.name {
                    self.add_string(&iri, schema::ALTERNATE_NAME, name);
                }
            }
            // An organization the lexicon names otherwise than the article ("Federal Bureau
            // of Investigation" for its "FBI", "HuffPost" for "The Huffington Post") gets,
            // in this article's graph, the fullest name the article writes as its label: a
            // reader of the article, or of a query row about it, knows it by that.
            if let Some(label) = article_label(entity, &document.article.text) {
                self.add_string(&iri, rdfs::LABEL, label);
            }
            if let Some(state) = &entity.metonym_for {
                let country = self.country(state);
                self.add(&iri, ng::METONYM_FOR, country);
            }
            if let Some(item) = wikidata_item(entity) {
                self.add(&iri, owl::SAME_AS, item);
            }
        }
        // "Russian" standing for Russia gives the country its demonym.
        for resolved in &extraction.mentions {
            let mention = &resolved.mention;
            let is_country = extraction
                .entities
                .get(resolved.entity)
                .is_some_and(|entity| entity.entity_type == EntityType::Country);
            if mention.kind == MentionKind::Demonym && is_country {
                let iri = self.entity(resolved.entity).expect("checked above");
                self.add_string(&iri, ng::DEMONYM, &mention.name);
            }
        }
    }

    fn mentions(&mut self) {
        let document = self.document;
        for resolved in &document.extraction.mentions {
            let (Some(span), Some(entity)) = (
                self.span(resolved.mention.span),
                self.entity(resolved.entity),
            ) else {
                continue;
            };
            self.add(&span, rdf::TYPE, ng::MENTION);
            self.add(&span, ng::REFERS_TO, entity);
            let kind = match resolved.mention.kind {
                MentionKind::Name => "name",
                MentionKind::Title => "title",
                MentionKind::Pronoun => "pronoun",
                MentionKind::Demonym => "demonym",
            };
            self.add_string(&span, ng::MENTION_TYPE, kind);
        }
    }

    fn roles(&mut self) {
        let document = self.document;
        let entities = &document.extraction.entities;
        for role in &document.extraction.roles {
            let Some(holder) = self.entity(role.holder) else {
                continue;
            };
            let mut path = format!(
                "role/{}/{}",
                entity_slug(&entities[role.holder]),
                encode_segment(&slug(&role.title))
            );
            if let Some(of) = role.of.and_then(|of| entities.get(of)) {
                path = format!("{path}/{}", entity_slug(of));
            }
            let iri = self.base.iri(format_args!("{path}"));
            self.add(&iri, rdf::TYPE, ng::ROLE);
            self.add(&iri, ng::HOLDER, holder.clone());
            self.add_string(&iri, ng::TITLE, &role.title);
            if let Some(of) = role.of {
                self.add_entity(&iri, ng::ROLE_OF, of);
            }
            self.add(&iri, ng::CURRENT, Literal::from(role.current));
            self.add_span(&iri, ng::EVIDENCE, role.evidence);
            self.add(&holder, ng::HAS_ROLE, iri);
            // A former president's job title is not "President".
            if role.current {
                self.add_string(&holder, schema::JOB_TITLE, &role.title);
            }
        }
    }

    fn quotations(&mut self) {
        let document = self.document;
        let extraction = &document.extraction;
        let article = &document.article;
        for (idx, quotation) in extraction.quotations.iter().enumerate() {
            let iri = self.numbered("quotation", idx);
            self.add(&iri, rdf::TYPE, ng::QUOTATION);
            if let Some(speaker) = quotation.speaker.entity {
                self.add_entity(&iri, schema::CREATOR, speaker);
            }
            if let Some(span) = quotation.speaker.relative.or(quotation.speaker.mention) {
                self.add_span(&iri, ng::SPEAKER_MENTION, span);
            }
            if let Some(description) = &quotation.speaker.unresolved {
                self.add_string(&iri, ng::UNRESOLVED_SPEAKER, description);
            }
            // A statement in parts: its text is the parts' words, its span runs from the first
            // part to the last, and each part has its own span.
            let parts = if quotation.parts.is_empty() {
                std::slice::from_ref(&quotation.span)
            } else {
                &quotation.parts[..]
            };
            let words: Vec<&str> = parts
                .iter()
                .filter_map(|span| article.text.get(span.range()))
                .collect();
            self.add_string(&iri, schema::TEXT, &words.join(" "));
            self.add_span(&iri, ng::QUOTE_SPAN, quotation.span);
            if !quotation.parts.is_empty() {
                for part in &quotation.parts {
                    self.add_span(&iri, ng::QUOTE_PART, *part);
                }
            }
            self.add(&iri, ng::DIRECT, Literal::from(quotation.direct));
            if let Some(cue) = &quotation.cue {
                self.add_string(&iri, ng::CUE, cue);
            }
            if let Some(span) = quotation.cue_span {
                self.add_span(&iri, ng::CUE_SPAN, span);
            }
            if let Some(addressee) = quotation.addressee {
                self.add_entity(&iri, ng::ADDRESSEE, addressee);
            }
            if let Some(reporter) = quotation.reported_by {
                self.add_entity(&iri, ng::REPORTED_BY, reporter);
            }
            self.add_date(&iri, ng::DATE, quotation.date.as_deref());
            if let Some(occasion) = quotation.occasion {
                if occasion < extraction.occasions.len() {
                    let occasion = self.numbered("occasion", occasion);
                    self.add(&iri, ng::SAID_AT, occasion);
                }
            }
            // Every quotation rests on some text: without sentences, on its own words.
            let evidence = if quotation.evidence.is_empty() {
                std::slice::from_ref(&quotation.span)
            } else {
                &quotation.evidence[..]
            };
            for span in evidence {
                self.add_span(&iri, ng::EVIDENCE, *span);
            }
            self.add(&iri, prov::WAS_DERIVED_FROM, self.doc_iri.clone());
        }
    }

    fn events(&mut self) {
        let document = self.document;
        for (idx, event) in document.extraction.events.iter().enumerate() {
            let iri = self.numbered("event", idx);
            self.add(&iri, rdf::TYPE, event_class(event.kind));
            self.add_string(&iri, ng::KIND, event.kind.as_str());
            let participants: Vec<NamedNode> = event
                .participants
                .iter()
                .filter_map(|id| self.entity(*id))
                .collect();
            for participant in &participants {
                self.add(&iri, ng::PARTICIPANT, participant.clone());
            }
            // "Petrov called Laurent": the one who acted is the agent and the others received.
            let agents: Vec<NamedNode> = event
                .agents
                .iter()
                .filter_map(|id| self.entity(*id))
                .collect();
            for agent in &agents {
                self.add(&iri, schema::AGENT, agent.clone());
            }
            if !agents.is_empty() {
                for participant in participants.iter().filter(|p| !agents.contains(p)) {
                    self.add(&iri, schema::RECIPIENT, participant.clone());
                }
            }
            self.add(&iri, ng::STATUS, status_individual(event.status));
            self.add_date(&iri, ng::DATE, event.date.as_deref());
            if let Some(place) = event.place {
                self.add_entity(&iri, schema::LOCATION, place);
            }
            self.add_string(&iri, ng::CUE, &event.cue);
            for span in &event.evidence {
                self.add_span(&iri, ng::EVIDENCE, *span);
            }
            self.add(&iri, prov::WAS_DERIVED_FROM, self.doc_iri.clone());
            if event.status == EventStatus::Happened {
                // Co-agents (the signers of one letter) did not communicate with each other.
                let co_agents = |a: &NamedNode, b: &NamedNode| {
                    agents.len() > 1 && agents.contains(a) && agents.contains(b)
                };
                for a in &participants {
                    for b in &participants {
                        if a != b && !co_agents(a, b) {
                            self.add(a, ng::SPOKE_WITH, b.clone());
                        }
                    }
                }
            }
        }
    }

    fn occasions(&mut self) {
        let document = self.document;
        for (idx, occasion) in document.extraction.occasions.iter().enumerate() {
            let iri = self.numbered("occasion", idx);
            let class = match occasion.kind {
                OccasionKind::NewsConference => ng::NEWS_CONFERENCE,
                OccasionKind::Statement => ng::STATEMENT,
                OccasionKind::Interview => ng::INTERVIEW,
            };
            self.add(&iri, rdf::TYPE, class);
            if let Some(speaker) = occasion.speaker {
                self.add_entity(&iri, schema::AGENT, speaker);
            }
            self.add_date(&iri, ng::DATE, occasion.date.as_deref());
            self.add_span(&iri, ng::EVIDENCE, occasion.evidence);
            self.add(&iri, prov::WAS_DERIVED_FROM, self.doc_iri.clone());
        }
    }

    /// Writes the node and selectors of every span referenced so far, in text order.
    fn span_nodes(&mut self) {
        let spans = std::mem::take(&mut self.spans);
        for ((start, end), span) in spans {
            let iri = self.span_iri(start, end);
            let position = NamedNode::new_unchecked(format!("{}/position", iri.as_str()));
            let quote = NamedNode::new_unchecked(format!("{}/quote", iri.as_str()));
            self.add(&iri, rdf::TYPE, oa::SPECIFIC_RESOURCE);
            self.add(&iri, oa::HAS_SOURCE, self.doc_iri.clone());
            self.add(&iri, oa::HAS_SELECTOR, position.clone());
            self.add(&iri, oa::HAS_SELECTOR, quote.clone());
            self.add(&position, rdf::TYPE, oa::TEXT_POSITION_SELECTOR);
            let offset = |value: usize| {
                Literal::new_typed_literal(value.to_string(), xsd::NON_NEGATIVE_INTEGER)
            };
            self.add(&position, oa::START, offset(start));
            self.add(&position, oa::END, offset(end));
            self.add(&quote, rdf::TYPE, oa::TEXT_QUOTE_SELECTOR);
            let exact = self.document.article.text[span.range()].to_owned();
            self.add_string(&quote, oa::EXACT, &exact);
        }
    }

    /// The IRI of a span, registering it for [`Builder::span_nodes`]; `None` for a span
    /// that covers no text.
    ///
    /// Spans come from our own stages and lie on char boundaries. Should one not, it is
    /// narrowed to the whole characters inside it rather than panicking on a slice.
    fn span(&mut self, span: Span) -> Option<NamedNode> {
        let text = &self.document.article.text;
        debug_assert!(
            span.end <= text.len()
                && text.is_char_boundary(span.start)
                && text.is_char_boundary(span.end),
            "span {}..{} of {} is not on char boundaries",
            span.start,
            span.end,
            self.document.article.id
        );
        let mut start = span.start.min(text.len());
        let mut end = span.end.min(text.len());
        while !text.is_char_boundary(start) {
            start += 1;
        }
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        if start >= end {
            return None;
        }
        let chars = (self.char_offsets[start], self.char_offsets[end]);
        self.spans.insert(chars, Span::new(start, end));
        Some(self.span_iri(chars.0, chars.1))
    }

    fn span_iri(&self, start: usize, end: usize) -> NamedNode {
        NamedNode::new_unchecked(format!("{}/span/{start}-{end}", self.doc_iri.as_str()))
    }

    fn entity(&self, id: EntityId) -> Option<NamedNode> {
        let entity = self.document.extraction.entities.get(id);
        debug_assert!(entity.is_some(), "entity {id} out of range");
        let entity = entity?;
        let kind = entity.entity_type.as_str().to_ascii_lowercase();
        Some(
            self.base
                .iri(format_args!("{kind}/{}", entity_slug(entity))),
        )
    }

    /// The country a metonym stands for: the article's own entity of that name when there
    /// is one (so the IRIs agree even if its key is not the plain slug), else the slug.
    fn country(&self, name: &str) -> NamedNode {
        let known = self.document.extraction.entities.iter().position(|entity| {
            entity.entity_type == EntityType::Country
                && (entity.name == name || entity.alternate_names.iter().any(|alt| alt == name))
        });
        match known {
            Some(id) => self.entity(id).expect("the index comes from the list"),
            None => self
                .base
                .iri(format_args!("country/{}", encode_segment(&slug(name)))),
        }
    }

    fn numbered(&self, kind: &str, idx: usize) -> NamedNode {
        let n = idx + 1;
        self.base
            .iri(format_args!("{kind}/{}/{n}", self.doc_segment))
    }
}

/// For each byte offset of `text` (and one past the end), the number of code points before
/// it; a byte inside a character maps to that character. Built once per article so that
/// every span costs two lookups instead of a count from the start, which
/// [`Article::char_offset`](crate::model::Article::char_offset) does.
fn char_offsets(text: &str) -> Vec<usize> {
    let mut offsets = Vec::with_capacity(text.len() + 1);
    for (char_idx, character) in text.chars().enumerate() {
        offsets.extend(std::iter::repeat_n(char_idx, character.len_utf8()));
    }
    offsets.push(text.chars().count());
    offsets
}

/// `2022-02-01` -> xsd:date, `2022-02` -> xsd:gYearMonth, `2022` -> xsd:gYear; anything
/// else is not a date we can type.
fn date_literal(date: &str) -> Option<Literal> {
    let number = |part: &str, len: usize, range: std::ops::RangeInclusive<u32>| {
        part.len() == len
            && part.bytes().all(|b| b.is_ascii_digit())
            && part.parse().is_ok_and(|n: u32| range.contains(&n))
    };
    let parts: Vec<&str> = date.split('-').collect();
    let datatype = match parts[..] {
        [year] if number(year, 4, 0..=9999) => xsd::G_YEAR,
        [year, month] if number(year, 4, 0..=9999) && number(month, 2, 1..=12) => xsd::G_YEAR_MONTH,
        [year, month, day]
            if number(year, 4, 0..=9999) && number(month, 2, 1..=12) && number(day, 2, 1..=31) =>
        {
            xsd::DATE
        }
        _ => return None,
    };
    Some(Literal::new_typed_literal(date, datatype))
}

/// The Wikidata item of an entity of the bundled gazetteer (a country or an international
/// organization listed in `wikidata.tsv`), so that users can join the graph with Wikidata;
/// other entities have none, as a name alone cannot tell which item a person or an unlisted
/// body is.
fn wikidata_item(entity: &crate::model::Entity) -> Option<NamedNode> {
    if !matches!(
        entity.entity_type,
        EntityType::Country | EntityType::Organization
    ) {
        return None;
    }
    let gazetteer = &Lexicon::builtin().wikidata;
    let item = gazetteer.get(&(entity.entity_type, entity.name.clone()))?;
    Some(NamedNode::new_unchecked(format!("{WIKIDATA_ENTITY}{item}")))
}

fn entity_class(entity_type: EntityType) -> NamedNodeRef<'static> {
    match entity_type {
        EntityType::Person => schema::PERSON,
        EntityType::Organization => schema::ORGANIZATION,
        EntityType::Country => schema::COUNTRY,
        EntityType::City => schema::CITY,
        EntityType::Place => schema::PLACE,
    }
}

fn org_class(kind: OrgKind) -> NamedNodeRef<'static> {
    match kind {
        OrgKind::Government => ng::GOVERNMENT_BODY,
        OrgKind::Party => ng::POLITICAL_PARTY,
        OrgKind::News => ng::NEWS_ORGANIZATION,
        OrgKind::International => ng::INTERNATIONAL_ORGANIZATION,
        OrgKind::Company => ng::COMPANY,
    }
}

fn event_class(kind: EventKind) -> NamedNodeRef<'static> {
    match kind {
        EventKind::Call => ng::PHONE_CALL,
        EventKind::Meeting => ng::MEETING,
        EventKind::Talks => ng::TALKS,
        EventKind::Told => ng::TOLD,
        EventKind::Letter => ng::LETTER,
        EventKind::Interview => ng::INTERVIEW,
        EventKind::Debate => ng::DEBATE,
        EventKind::Other => ng::COMMUNICATION,
    }
}

fn status_individual(status: EventStatus) -> NamedNodeRef<'static> {
    match status {
        EventStatus::Happened => ng::HAPPENED,
        EventStatus::Planned => ng::PLANNED,
        EventStatus::Possible => ng::POSSIBLE,
        EventStatus::Negated => ng::NEGATED,
    }
}

/// The entity's key as an IRI segment. Keys are already lowercase ASCII words joined by
/// '-'; an empty key (a resolver bug) falls back to the slug of the name so that distinct
/// entities do not all collapse into `{B}person/`.
/// The name an article writes for an organization that the entity's name (the lexicon's) is
/// not written in: the longest of its other names, when there is one.
fn article_label<'a>(entity: &'a crate::model::Entity, text: &str) -> Option<&'a str> {
    if entity.entity_type != EntityType::Organization || text.contains(entity.name.as_str()) {
        return None;
    }
    entity
        .alternate_names
        .iter()
        .filter(|name| text.contains(name.as_str()))
        .max_by_key(|name| (name.chars().count(), std::cmp::Reverse(name.as_str())))
        .map(String::as_str)
}

fn entity_slug(entity: &crate::model::Entity) -> String {
    let key = if entity.key.is_empty() {
        slug(&entity.name)
    } else {
        entity.key.clone()
    };
    if key.is_empty() {
        return "_".to_owned();
    }
    encode_segment(&key)
}

/// Lowercase ASCII words joined by '-': "Secretary of State" -> "secretary-of-state".
fn slug(text: &str) -> String {
    deunicode::deunicode(text)
        .to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Percent-encodes every byte outside RFC 3986's unreserved characters, so that any id is
/// one path segment. "." and ".." are encoded too, as IRI resolution would remove them.
fn encode_segment(text: &str) -> String {
    if text == "." || text == ".." {
        return text.replace('.', "%2E");
    }
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(char::from(byte));
        } else {
            write!(encoded, "%{byte:02X}").expect("writing to a String cannot fail");
        }
    }
    encoded
}

/// The text [`encode_segment`] encoded, or `None` when `segment` is not such an encoding (a
/// `%` without two hex digits, or bytes that are not UTF-8).
fn decode_segment(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(decoded).ok()
}

/// The path with '/' separators whatever the platform, so the output is the same everywhere.
fn portable_path(path: &Path) -> String {
    let parts: Vec<String> = path
        .components()
        .map(|component| match component {
            Component::RootDir => String::new(),
            other => other.as_os_str().to_string_lossy().into_owned(),
        })
        .collect();
    if parts == [""] {
        return "/".to_owned();
    }
    parts.join("/")
}

/// The quads of one linking graph as sorted `subject predicate object` lines, with the base
/// and the ontology namespace shortened; every quad must be in the graph `{base}{graph}`.
#[cfg(test)]
fn graph_lines(quads: &[Quad], graph: &str) -> Vec<String> {
    let mut lines: Vec<String> = quads
        .iter()
        .map(|quad| {
            assert_eq!(
                quad.graph_name.to_string(),
                format!("<{}{graph}>", Base::DEFAULT)
            );
            format!("{} {} {}", quad.subject, quad.predicate, quad.object)
                .replace("https://example.org/newsgraph/ontology#", "ng:")
                .replace(Base::DEFAULT, "")
        })
        .collect();
    lines.sort();
    lines
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{
        Article, Entity, Event, Extraction, Gender, Mention, Quotation, ResolvedMention, Role,
        Speaker,
    };
    use oxigraph::io::RdfSerializer;
    use std::collections::HashSet;

    #[test]
    fn an_organization_the_article_names_otherwise_is_labelled_as_it_writes_it() {
        let organization = |name: &str, alternate: &[&str]| Entity {
            name: name.to_owned(),
            entity_type: EntityType::Organization,
            key: String::new(),
            alternate_names: alternate.iter().map(|a| a.to_string()).collect(),
            org_kind: None,
            metonym_for: None,
            gender: Gender::Unknown,
        };
        let text = "Agents of the FBI, the Federal Bureau, met the Ledger Times.";
        // The lexicon's name is not in the text: the longest name that is.
        let bureau = organization(
            "Federal Bureau of Investigation",
            &["FBI", "Federal Bureau"],
        );
        assert_eq!(article_label(&bureau, text), Some("Federal Bureau"));
        // Its own name is written: no label.
        assert_eq!(
            article_label(&organization("Ledger Times", &[]), text),
            None
        );
        // Nor for people, whose name is always one the article writes.
        let person = Entity {
            entity_type: EntityType::Person,
            ..organization("Anna Berg", &["Berg"])
        };
        assert_eq!(article_label(&person, "Berg said."), None);
    }

    /// An in-memory store holding the sample document in its article graph.
    pub(crate) fn sample_store() -> store::Store {
        let base = Base::default();
        let document = sample_document();
        let store = store::Store::in_memory().unwrap();
        store
            .replace_document(
                base.document(&document.article.id).as_ref(),
                &to_quads(&document, &base),
            )
            .unwrap();
        store
    }

    /// A two-sentence article with two persons, one quotation, one call and a role. The
    /// text starts with non-ASCII characters so that byte and code point offsets differ.
    pub(crate) fn sample_document() -> Document {
        let text =
            "Ça va: Russian President Vladimir Petrov said \"We are ready, Laurent knows it.\" \
                    Petrov spoke with Emmanuel Laurent on Friday."
                .to_owned();
        let find = |needle: &str| {
            let start = text.find(needle).expect("needle in sample text");
            Span::new(start, start + needle.len())
        };
        let second_sentence = find("Petrov spoke with Emmanuel Laurent on Friday.");
        let first_sentence = Span::new(0, second_sentence.start - 1);
        let petrov = find("Vladimir Petrov");
        let laurent = find("Emmanuel Laurent");
        let in_quote = find("Laurent knows").start;
        let petrov_again = find("Petrov spoke").start;
        let person = |name: &str, key: &str| Entity {
            name: name.to_owned(),
            entity_type: EntityType::Person,
            key: key.to_owned(),
            alternate_names: vec![],
            org_kind: None,
            metonym_for: None,
            gender: Gender::Male,
        };
        let mention = |span: Span, name: &str, sentence: usize| Mention {
            span,
            phrase: span,
            entity_type: EntityType::Person,
            kind: MentionKind::Name,
            name: name.to_owned(),
            canonical: None,
            org_kind: None,
            metonym_for: None,
            gender: Gender::Male,
            role: None,
            sentence,
        };
        let mut petrov_entity = person("Vladimir Petrov", "vladimir-petrov");
        petrov_entity.alternate_names = vec!["Petrov".to_owned()];
        let extraction = Extraction {
            entities: vec![
                petrov_entity,
                person("Emmanuel Laurent", "emmanuel-laurent"),
            ],
            mentions: vec![
                ResolvedMention {
                    mention: mention(petrov, "Vladimir Petrov", 0),
                    entity: 0,
                },
                ResolvedMention {
                    mention: mention(Span::new(in_quote, in_quote + 6), "Laurent", 0),
                    entity: 1,
                },
                ResolvedMention {
                    mention: mention(Span::new(petrov_again, petrov_again + 5), "Petrov", 1),
                    entity: 0,
                },
                ResolvedMention {
                    mention: mention(laurent, "Emmanuel Laurent", 1),
                    entity: 1,
                },
            ],
            roles: vec![Role {
                holder: 0,
                title: "President".to_owned(),
                of: None,
                current: true,
                evidence: find("Russian President"),
            }],
            quotations: vec![Quotation {
                speaker: Speaker {
                    entity: Some(0),
                    mention: Some(petrov),
                    unresolved: None,
                    relative: None,
                },
                cue: Some("said".to_owned()),
                cue_span: Some(find("said")),
                ..Quotation::new(
                    Speaker::default(),
                    find("We are ready, Laurent knows it."),
                    true,
                    first_sentence,
                )
            }],
            events: vec![Event {
                kind: EventKind::Call,
                participants: vec![0, 1],
                participant_mentions: vec![],
                agent_mentions: 1,
                agents: vec![0],
                status: EventStatus::Happened,
                date: Some("2022-02-04".to_owned()),
                place: None,
                place_mention: None,
                cue: "spoke".to_owned(),
                evidence: vec![second_sentence],
            }],
            occasions: vec![],
        };
        Document {
            article: Article {
                id: "000_sample".to_owned(),
                text,
                title: Some("Petrov and Laurent".to_owned()),
                date: Some("2022-02-06".to_owned()),
                url: None,
                source: None,
                path: "corpus/000_sample.txt".into(),
                skipped: vec![],
                lossy: None,
            },
            extraction,
        }
    }

    pub(crate) fn to_ntriples(quads: &[Quad]) -> String {
        let mut serializer = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(Vec::new());
        for quad in quads {
            serializer
                .serialize_triple(quad.as_ref())
                .expect("writing to a Vec");
        }
        String::from_utf8(serializer.finish().expect("writing to a Vec"))
            .expect("N-Triples is UTF-8")
    }

    /// Checks that the sample's triples, written as sorted N-Triples with the base and
    /// namespaces shortened, contain every line of `expected` (one triple per line).
    fn check(document: &Document, expected: &[&str]) {
        let quads = to_quads(document, &Base::default());
        let mut lines: Vec<String> = to_ntriples(&quads).lines().map(shorten).collect();
        lines.sort();
        for triple in expected {
            assert!(
                lines.iter().any(|line| line == triple),
                "missing {triple}\nin:\n{}",
                lines.join("\n")
            );
        }
    }

    fn shorten(line: &str) -> String {
        let mut line = line.to_owned();
        for (prefix, namespace) in PREFIXES {
            line = line.replace(namespace, &format!("{prefix}:"));
        }
        line.replace(Base::DEFAULT, "")
    }

    #[test]
    fn speakers_and_participants_read_from_quads_are_those_the_store_gives() {
        let base = Base::default();
        let quads = to_quads(&sample_document(), &base);
        let (mut speakers, mut participants) = (BTreeSet::new(), BTreeSet::new());
        speakers_and_participants(&quads, &mut speakers, &mut participants);
        let store = sample_store();
        let graph = [base.document("000_sample")];
        assert_eq!(
            speakers.into_iter().collect::<Vec<_>>(),
            statements::speakers(&store, &graph).unwrap()
        );
        assert_eq!(
            participants.iter().cloned().collect::<Vec<_>>(),
            occasions::anchors(&store, &graph).unwrap()
        );
        assert_eq!(participants.len(), 2, "{participants:?}");
    }

    #[test]
    fn quads_round_trip_through_ntriples() {
        let quads = to_quads(&sample_document(), &Base::default());
        let written = to_ntriples(&quads);
        let parsed: Vec<Quad> = RdfParser::from_format(RdfFormat::NTriples)
            .for_slice(&written)
            .collect::<Result<_, _>>()
            .expect("our N-Triples parse");
        let graph = GraphName::from(Base::default().document("000_sample"));
        let original: HashSet<_> = quads.iter().cloned().collect();
        let reparsed: HashSet<_> = parsed
            .into_iter()
            .map(|q| Quad::new(q.subject, q.predicate, q.object, graph.clone()))
            .collect();
        assert_eq!(original, reparsed);
        assert_eq!(quads.len(), original.len(), "no duplicate quads");
    }

    #[test]
    fn no_blank_nodes_and_one_graph() {
        let quads = to_quads(&sample_document(), &Base::default());
        let graph = GraphName::from(Base::default().document("000_sample"));
        for quad in &quads {
            assert!(quad.subject.is_named_node(), "{quad}");
            assert!(!quad.object.is_blank_node(), "{quad}");
            assert_eq!(quad.graph_name, graph, "{quad}");
        }
        for quad in ontology().expect("ontology parses") {
            assert!(quad.subject.is_named_node(), "{quad}");
            assert!(!quad.object.is_blank_node(), "{quad}");
        }
    }

    #[test]
    fn offsets_count_code_points_after_non_ascii_text() {
        let document = sample_document();
        let text = &document.article.text;
        // "Ça" takes 3 bytes for 2 code points, so every later offset shifts by one.
        let byte_start = text.find("Vladimir Petrov").unwrap();
        let start = document.article.char_offset(byte_start);
        assert_eq!(start, byte_start - 1);
        let end = start + "Vladimir Petrov".len();
        check(
            &document,
            &[
                &format!("<doc/000_sample/span/{start}-{end}/position> <oa:start> \"{start}\"^^<xsd:nonNegativeInteger> ."),
                &format!("<doc/000_sample/span/{start}-{end}/position> <oa:end> \"{end}\"^^<xsd:nonNegativeInteger> ."),
                &format!("<doc/000_sample/span/{start}-{end}/quote> <oa:exact> \"Vladimir Petrov\" ."),
                &format!("<doc/000_sample/span/{start}-{end}> <ng:refersTo> <person/vladimir-petrov> ."),
            ],
        );
        let offsets = char_offsets(text);
        for (byte, _) in text.char_indices() {
            assert_eq!(offsets[byte], document.article.char_offset(byte));
        }
        assert_eq!(offsets[text.len()], text.chars().count());
    }

    #[test]
    fn quotation_event_and_role_triples() {
        check(
            &sample_document(),
            &[
                "<quotation/000_sample/1> <rdf:type> <ng:Quotation> .",
                "<quotation/000_sample/1> <schema:creator> <person/vladimir-petrov> .",
                "<quotation/000_sample/1> <schema:text> \"We are ready, Laurent knows it.\" .",
                "<quotation/000_sample/1> <ng:direct> \"true\"^^<xsd:boolean> .",
                "<quotation/000_sample/1> <prov:wasDerivedFrom> <doc/000_sample> .",
                "<event/000_sample/1> <rdf:type> <ng:PhoneCall> .",
                "<event/000_sample/1> <ng:kind> \"call\" .",
                "<event/000_sample/1> <ng:status> <ng:Happened> .",
                "<event/000_sample/1> <schema:agent> <person/vladimir-petrov> .",
                "<event/000_sample/1> <schema:recipient> <person/emmanuel-laurent> .",
                "<event/000_sample/1> <ng:date> \"2022-02-04\"^^<xsd:date> .",
                "<person/vladimir-petrov> <ng:spokeWith> <person/emmanuel-laurent> .",
                "<person/emmanuel-laurent> <ng:spokeWith> <person/vladimir-petrov> .",
                "<person/vladimir-petrov> <schema:alternateName> \"Petrov\" .",
                "<role/vladimir-petrov/president> <ng:holder> <person/vladimir-petrov> .",
                "<role/vladimir-petrov/president> <ng:current> \"true\"^^<xsd:boolean> .",
                "<person/vladimir-petrov> <schema:jobTitle> \"President\" .",
                "<doc/000_sample> <schema:datePublished> \"2022-02-06\"^^<xsd:date> .",
                "<doc/000_sample> <ng:sourceFile> \"corpus/000_sample.txt\" .",
            ],
        );
    }

    #[test]
    fn unhappened_events_give_no_spoke_with() {
        let mut document = sample_document();
        document.extraction.events[0].status = EventStatus::Planned;
        let quads = to_quads(&document, &Base::default());
        assert!(!quads.iter().any(|quad| quad.predicate == ng::SPOKE_WITH));
    }

    #[test]
    fn co_signers_of_a_letter_are_agents_that_did_not_speak_with_each_other() {
        let mut document = sample_document();
        let mut brooks = document.extraction.entities[1].clone();
        brooks.name = "Ann Brooks".to_owned();
        brooks.key = "ann-brooks".to_owned();
        document.extraction.entities.push(brooks);
        let event = &mut document.extraction.events[0];
        event.kind = EventKind::Letter;
        event.participants = vec![0, 2, 1];
        event.agents = vec![0, 2];
        let quads = to_quads(&document, &Base::default());
        let has = |s: &str, p: NamedNodeRef<'_>, o: &str| {
            quads.iter().any(|q| {
                q.subject.to_string().ends_with(&format!("/{s}>"))
                    && q.predicate == p
                    && q.object.to_string().ends_with(&format!("/{o}>"))
            })
        };
        assert!(has("1", schema::AGENT, "vladimir-petrov"));
        assert!(has("1", schema::AGENT, "ann-brooks"));
        assert!(has("1", schema::RECIPIENT, "emmanuel-laurent"));
        assert!(has("ann-brooks", ng::SPOKE_WITH, "emmanuel-laurent"));
        assert!(has("vladimir-petrov", ng::SPOKE_WITH, "emmanuel-laurent"));
        assert!(!has("vladimir-petrov", ng::SPOKE_WITH, "ann-brooks"));
        assert!(!has("ann-brooks", ng::SPOKE_WITH, "vladimir-petrov"));
    }

    #[test]
    fn dates_are_typed_by_precision() {
        let datatype = |date: &str| date_literal(date).map(|l| l.datatype().as_str().to_owned());
        assert_eq!(datatype("2022-02-01").as_deref(), Some(xsd::DATE.as_str()));
        assert_eq!(
            datatype("2021-12").as_deref(),
            Some(xsd::G_YEAR_MONTH.as_str())
        );
        assert_eq!(datatype("2021").as_deref(), Some(xsd::G_YEAR.as_str()));
        for bad in [
            "",
            "21",
            "2021-13",
            "2021-1-01",
            "Friday",
            "2022-02-01T10:00",
        ] {
            assert_eq!(datatype(bad), None, "{bad}");
        }
    }

    #[test]
    fn decoding_a_segment_gives_back_what_was_encoded() {
        for text in [
            "000_30f74fd36e1936db",
            "a b/c%d",
            "é—ü 日本",
            ".",
            "..",
            "",
            "x.y~z",
        ] {
            assert_eq!(decode_segment(&encode_segment(text)).as_deref(), Some(text));
        }
        assert_eq!(decode_segment("%4"), None);
        assert_eq!(decode_segment("%zz"), None);
        assert_eq!(decode_segment("%FF"), None);
    }

    #[test]
    fn ids_and_keys_are_percent_encoded() {
        let base = Base::default();
        assert_eq!(
            base.document("a b/ü").as_str(),
            "https://example.org/newsgraph/doc/a%20b%2F%C3%BC"
        );
        assert_eq!(
            base.document("..").as_str(),
            "https://example.org/newsgraph/doc/%2E%2E"
        );
        assert_eq!(slug("Secretary of State"), "secretary-of-state");
        assert_eq!(slug("Horváth's party"), "horvath-s-party");
    }

    #[test]
    fn base_must_be_an_absolute_iri_ending_in_a_separator() {
        assert!(Base::new("https://example.org/kg/").is_ok());
        assert!(Base::new("https://example.org/kg#").is_ok());
        for bad in ["https://example.org/kg", "not an iri/", "kg/"] {
            let error = Base::new(bad).expect_err(bad).to_string();
            assert!(error.contains(bad), "{error}");
        }
    }
}
