//! SHACL shapes read from Turtle into a small model that [`validate`](super::validate) turns
//! into SPARQL.
//!
//! In: the Turtle text of a shapes graph (the bundled `ontology/shapes.ttl`, or a user's file
//! read by the caller). Out: [`Shapes`], the node shapes that have targets, each with the
//! constraints on its focus nodes and its property shapes; shapes used only through
//! `sh:node`, `sh:or`, `sh:and`, `sh:not` or `sh:qualifiedValueShape` are inlined as
//! [`ValueTest`]s.
//!
//! The SHACL Core subset read here is what a graph of ours needs: class, subjects-of,
//! objects-of and node targets; property shapes whose `sh:path` is one predicate; and the
//! constraints `sh:minCount`, `sh:maxCount`, `sh:datatype`, `sh:nodeKind`, `sh:class`,
//! `sh:in`, `sh:hasValue`, `sh:minLength`, `sh:maxLength`, `sh:pattern` (with `sh:flags`),
//! `sh:minInclusive`, `sh:maxInclusive`, `sh:minExclusive`, `sh:maxExclusive`,
//! `sh:lessThan`, `sh:node`, `sh:or`, `sh:and`, `sh:not` and qualified value shapes.
//! Anything else of the SHACL namespace (path expressions, `sh:closed`, `sh:sparql`, ...) is
//! an error naming the shape and the feature, never silently ignored: a constraint that was
//! not checked must not look like one that passed.

use std::collections::BTreeMap;

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::vocab::rdf;
use oxigraph::model::{Graph, Literal, NamedNode, NamedOrBlankNode, Term, TermRef, Triple};

/// The shapes that come with newsgraph (`ontology/shapes.ttl`).
pub const BUNDLED: &str = include_str!("../../ontology/shapes.ttl");

/// The name errors and reports give the bundled shapes.
pub const BUNDLED_NAME: &str = "ontology/shapes.ttl";

const SH: &str = "http://www.w3.org/ns/shacl#";

/// A shapes graph: the node shapes validation starts from.
#[derive(Debug, Clone, PartialEq)]
pub struct Shapes {
    /// Where the shapes came from (a file name), for messages.
    pub source: String,
    /// Node shapes with at least one target, sorted by their IRI.
    pub shapes: Vec<Shape>,
}

/// A node shape with targets.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// The shape's name: its IRI, or `_:…` for a blank node.
    pub name: String,
    /// Which nodes of the data are its focus nodes.
    pub targets: Vec<Target>,
    /// Constraints on each focus node itself.
    pub constraints: Vec<Constraint>,
    /// Constraints on the values of a predicate of each focus node.
    pub properties: Vec<PropertyShape>,
    /// How serious a failure is.
    pub severity: Severity,
    /// The shape's `sh:message`, reported instead of the generated one.
    pub message: Option<String>,
}

/// A property shape: the values of one predicate of a focus node, checked together.
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyShape {
    /// The predicate (`sh:path`).
    pub path: NamedNode,
    /// The constraints on its values.
    pub constraints: Vec<Constraint>,
    /// How serious a failure is.
    pub severity: Severity,
    /// The shape's `sh:message`, reported instead of the generated one.
    pub message: Option<String>,
}

/// How focus nodes are selected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Instances of the class, through `rdfs:subClassOf` (`sh:targetClass`).
    Class(NamedNode),
    /// Subjects of triples with this predicate (`sh:targetSubjectsOf`).
    SubjectsOf(NamedNode),
    /// Objects of triples with this predicate (`sh:targetObjectsOf`).
    ObjectsOf(NamedNode),
    /// This node (`sh:targetNode`).
    Node(Term),
}

/// The severity of a shape's results (`sh:severity`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// `sh:Violation`, the default: the data does not conform.
    Violation,
    /// `sh:Warning`.
    Warning,
    /// `sh:Info`.
    Info,
}

/// The kinds of node `sh:nodeKind` allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// `sh:IRI`.
    Iri,
    /// `sh:Literal`.
    Literal,
    /// `sh:BlankNode`.
    BlankNode,
    /// `sh:BlankNodeOrIRI`.
    BlankNodeOrIri,
    /// `sh:BlankNodeOrLiteral`.
    BlankNodeOrLiteral,
    /// `sh:IRIOrLiteral`.
    IriOrLiteral,
}

/// One SHACL constraint.
#[derive(Debug, Clone, PartialEq)]
pub enum Constraint {
    /// `sh:minCount`: at least this many values.
    MinCount(u64),
    /// `sh:maxCount`: at most this many values.
    MaxCount(u64),
    /// `sh:hasValue`: this term is among the values.
    HasValue(Term),
    /// `sh:lessThan`: every value is less than every value of this predicate.
    LessThan(NamedNode),
    /// `sh:qualifiedValueShape` with its counts.
    Qualified {
        /// The shape counted values conform to.
        shape: ValueTest,
        /// `sh:qualifiedMinCount`.
        min: Option<u64>,
        /// `sh:qualifiedMaxCount`.
        max: Option<u64>,
    },
    /// A test each value must pass on its own.
    Value(Check),
}

/// A condition on one value node.
#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    /// `sh:datatype`.
    Datatype(NamedNode),
    /// `sh:nodeKind`.
    NodeKind(NodeKind),
    /// `sh:class`, through `rdfs:subClassOf`.
    Class(NamedNode),
    /// `sh:in`.
    In(Vec<Term>),
    /// `sh:hasValue` inside a shape used as a value test: the value is this term.
    Is(Term),
    /// `sh:minLength`.
    MinLength(u64),
    /// `sh:maxLength`.
    MaxLength(u64),
    /// `sh:pattern` with its `sh:flags`.
    Pattern {
        /// The regular expression (XPath syntax, as SPARQL's `REGEX`).
        pattern: String,
        /// The flags, empty when none.
        flags: String,
    },
    /// `sh:minInclusive`.
    MinInclusive(Literal),
    /// `sh:maxInclusive`.
    MaxInclusive(Literal),
    /// `sh:minExclusive`.
    MinExclusive(Literal),
    /// `sh:maxExclusive`.
    MaxExclusive(Literal),
    /// `sh:node`: the value conforms to the shape.
    Node(ValueTest),
    /// `sh:or`: the value conforms to at least one of the shapes.
    Or(Vec<ValueTest>),
    /// `sh:and`: the value conforms to all of the shapes.
    And(Vec<ValueTest>),
    /// `sh:not`: the value does not conform to the shape.
    Not(ValueTest),
}

/// A shape used to test one value node: its name and its value checks, all of which must
/// pass.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueTest {
    /// The shape's IRI, or a description of an anonymous one.
    pub name: String,
    /// The checks.
    pub checks: Vec<Check>,
    /// The shape's `sh:message`.
    pub message: Option<String>,
}

/// What is wrong with a shapes graph.
#[derive(Debug, thiserror::Error)]
pub enum ShapesError {
    /// The text is not Turtle; every syntax error is listed with its line and column.
    #[error("{file}: {}", problems.join("; "))]
    Syntax {
        /// The file.
        file: String,
        /// The parser's messages.
        problems: Vec<String>,
    },
    /// A shape is not SHACL Core as this reader knows it.
    #[error("{file}: shape {shape}: {problem}")]
    Shape {
        /// The file.
        file: String,
        /// The shape's name.
        shape: String,
        /// What is wrong or not supported.
        problem: String,
    },
}

impl Shapes {
    /// The bundled shapes.
    pub fn bundled() -> Result<Shapes, ShapesError> {
        Shapes::parse(BUNDLED, BUNDLED_NAME)
    }

    /// Reads a shapes graph from Turtle; `source` names it in errors.
    pub fn parse(turtle: &str, source: &str) -> Result<Shapes, ShapesError> {
        let mut graph = Graph::new();
        let mut problems = Vec::new();
        for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(turtle) {
            match quad {
                Ok(quad) => {
                    graph.insert(&Triple::from(quad));
                }
                Err(error) => problems.push(error.to_string()),
            }
        }
        if !problems.is_empty() {
            return Err(ShapesError::Syntax {
                file: source.to_owned(),
                problems,
            });
        }
        let reader = Reader {
            graph: &graph,
            source,
        };
        // Keyed by name, so that shapes are checked and reported in a stable order.
        let mut focus_shapes = BTreeMap::new();
        for target in [
            "targetClass",
            "targetSubjectsOf",
            "targetObjectsOf",
            "targetNode",
        ] {
            for triple in graph.triples_for_predicate(&sh(target)) {
                let shape = triple.subject.into_owned();
                focus_shapes.insert(shape.to_string(), shape);
            }
        }
        let shapes = focus_shapes
            .values()
            .filter(|shape| !reader.is_deactivated(shape))
            .map(|shape| reader.shape(shape))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Shapes {
            source: source.to_owned(),
            shapes,
        })
    }

    /// The number of constraints, counting each property shape's.
    pub fn constraint_count(&self) -> usize {
        self.shapes
            .iter()
            .map(|shape| {
                shape.constraints.len()
                    + shape
                        .properties
                        .iter()
                        .map(|property| property.constraints.len())
                        .sum::<usize>()
            })
            .sum()
    }
}

impl Severity {
    /// The lowercase name reports use.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Violation => "violation",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// The IRI of a term of the SHACL namespace.
fn sh(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SH}{local}"))
}

/// Predicates that describe a shape for people and change nothing in validation.
const ANNOTATIONS: &[&str] = &["name", "description", "order", "group", "defaultValue"];

/// Walks the shapes graph. Shapes referenced from other shapes are read again at each use;
/// `depth` stops a shape that refers to itself.
struct Reader<'a> {
    graph: &'a Graph,
    source: &'a str,
}

impl Reader<'_> {
    fn error(&self, shape: &NamedOrBlankNode, problem: String) -> ShapesError {
        ShapesError::Shape {
            file: self.source.to_owned(),
            shape: shape.to_string(),
            problem,
        }
    }

    fn objects(&self, subject: &NamedOrBlankNode, local: &str) -> Vec<Term> {
        let mut objects: Vec<Term> = self
            .graph
            .objects_for_subject_predicate(subject, &sh(local))
            .map(TermRef::into_owned)
            .collect();
        objects.sort_by_cached_key(Term::to_string);
        objects
    }

    fn one(&self, subject: &NamedOrBlankNode, local: &str) -> Result<Option<Term>, ShapesError> {
        let mut objects = self.objects(subject, local);
        if objects.len() > 1 {
            return Err(self.error(subject, format!("more than one sh:{local}")));
        }
        Ok(objects.pop())
    }

    fn iri(
        &self,
        subject: &NamedOrBlankNode,
        local: &str,
        term: Term,
    ) -> Result<NamedNode, ShapesError> {
        match term {
            Term::NamedNode(iri) => Ok(iri),
            other => Err(self.error(subject, format!("sh:{local} {other} is not an IRI"))),
        }
    }

    fn count(&self, subject: &NamedOrBlankNode, local: &str) -> Result<Option<u64>, ShapesError> {
        let Some(term) = self.one(subject, local)? else {
            return Ok(None);
        };
        match &term {
            Term::Literal(literal) => literal.value().parse().map(Some).map_err(|_| {
                self.error(
                    subject,
                    format!("sh:{local} {term} is not a non-negative integer"),
                )
            }),
            _ => Err(self.error(subject, format!("sh:{local} {term} is not a literal"))),
        }
    }

    fn literal(
        &self,
        subject: &NamedOrBlankNode,
        local: &str,
        term: Term,
    ) -> Result<Literal, ShapesError> {
        match term {
            Term::Literal(literal) => Ok(literal),
            other => Err(self.error(subject, format!("sh:{local} {other} is not a literal"))),
        }
    }

    fn message(&self, subject: &NamedOrBlankNode) -> Option<String> {
        // Several messages (one per language) are allowed; the first in sort order is shown.
        self.objects(subject, "message")
            .into_iter()
            .find_map(|term| match term {
                Term::Literal(literal) => Some(literal.value().to_owned()),
                _ => None,
            })
    }

    fn severity(&self, subject: &NamedOrBlankNode) -> Result<Severity, ShapesError> {
        match self.one(subject, "severity")? {
            None => Ok(Severity::Violation),
            Some(Term::NamedNode(iri)) if iri == sh("Violation") => Ok(Severity::Violation),
            Some(Term::NamedNode(iri)) if iri == sh("Warning") => Ok(Severity::Warning),
            Some(Term::NamedNode(iri)) if iri == sh("Info") => Ok(Severity::Info),
            Some(other) => Err(self.error(subject, format!("unknown sh:severity {other}"))),
        }
    }

    fn is_deactivated(&self, subject: &NamedOrBlankNode) -> bool {
        self.objects(subject, "deactivated")
            .iter()
            .any(|term| matches!(term, Term::Literal(literal) if literal.value() == "true"))
    }

    fn subject(
        &self,
        subject: &NamedOrBlankNode,
        term: Term,
    ) -> Result<NamedOrBlankNode, ShapesError> {
        match term {
            Term::NamedNode(node) => Ok(node.into()),
            Term::BlankNode(node) => Ok(node.into()),
            other => Err(self.error(subject, format!("{other} is not a shape"))),
        }
    }

    /// The members of an RDF list.
    fn list(&self, shape: &NamedOrBlankNode, head: Term) -> Result<Vec<Term>, ShapesError> {
        let mut members = Vec::new();
        let mut node = head;
        while node != Term::from(rdf::NIL) {
            let cell = self.subject(shape, node)?;
            let first = self.graph.object_for_subject_predicate(&cell, rdf::FIRST);
            let rest = self.graph.object_for_subject_predicate(&cell, rdf::REST);
            let (Some(first), Some(rest)) = (first, rest) else {
                return Err(self.error(shape, format!("{cell} is not a well-formed RDF list")));
            };
            members.push(first.into_owned());
            node = rest.into_owned();
            if members.len() > 10_000 {
                return Err(self.error(shape, "an RDF list does not end".to_owned()));
            }
        }
        Ok(members)
    }

    /// Fails on a predicate of the SHACL namespace that is not in `known`.
    fn only(&self, subject: &NamedOrBlankNode, known: &[&str]) -> Result<(), ShapesError> {
        for triple in self.graph.triples_for_subject(subject) {
            let Some(local) = triple.predicate.as_str().strip_prefix(SH) else {
                continue;
            };
            if !known.contains(&local) && !ANNOTATIONS.contains(&local) {
                return Err(self.error(
                    subject,
                    format!("sh:{local} is not supported here (newsgraph validates a subset of SHACL Core; see `rdf::shapes`)"),
                ));
            }
        }
        Ok(())
    }

    fn shape(&self, subject: &NamedOrBlankNode) -> Result<Shape, ShapesError> {
        let mut known = vec![
            "targetClass",
            "targetSubjectsOf",
            "targetObjectsOf",
            "targetNode",
            "property",
            "message",
            "severity",
            "deactivated",
        ];
        known.extend(VALUE_CHECKS);
        self.only(subject, &known)?;
        let mut targets = Vec::new();
        for (local, make) in [
            ("targetClass", Target::Class as fn(NamedNode) -> Target),
            ("targetSubjectsOf", Target::SubjectsOf),
            ("targetObjectsOf", Target::ObjectsOf),
        ] {
            for term in self.objects(subject, local) {
                targets.push(make(self.iri(subject, local, term)?));
            }
        }
        targets.extend(
            self.objects(subject, "targetNode")
                .into_iter()
                .map(Target::Node),
        );
        let constraints = self
            .checks(subject, 0)?
            .into_iter()
            .map(Constraint::Value)
            .collect();
        let mut properties = Vec::new();
        for property in self.objects(subject, "property") {
            let property = self.subject(subject, property)?;
            if !self.is_deactivated(&property) {
                properties.push(self.property(&property)?);
            }
        }
        Ok(Shape {
            name: subject.to_string(),
            targets,
            constraints,
            properties,
            severity: self.severity(subject)?,
            message: self.message(subject),
        })
    }

    fn property(&self, subject: &NamedOrBlankNode) -> Result<PropertyShape, ShapesError> {
        let mut known = vec![
            "path",
            "minCount",
            "maxCount",
            "lessThan",
            "qualifiedValueShape",
            "qualifiedMinCount",
            "qualifiedMaxCount",
            "message",
            "severity",
            "deactivated",
        ];
        known.extend(VALUE_CHECKS);
        self.only(subject, &known)?;
        let path = match self.one(subject, "path")? {
            Some(Term::NamedNode(path)) => path,
            Some(_) => {
                return Err(self.error(
                    subject,
                    "only a predicate IRI is supported as sh:path, not a path expression"
                        .to_owned(),
                ))
            }
            None => return Err(self.error(subject, "a property shape without sh:path".to_owned())),
        };
        let mut constraints = Vec::new();
        if let Some(min) = self.count(subject, "minCount")? {
            constraints.push(Constraint::MinCount(min));
        }
        if let Some(max) = self.count(subject, "maxCount")? {
            constraints.push(Constraint::MaxCount(max));
        }
        for term in self.objects(subject, "lessThan") {
            constraints.push(Constraint::LessThan(self.iri(subject, "lessThan", term)?));
        }
        if let Some(shape) = self.one(subject, "qualifiedValueShape")? {
            let shape = self.subject(subject, shape)?;
            constraints.push(Constraint::Qualified {
                shape: self.value_test(&shape, 1)?,
                min: self.count(subject, "qualifiedMinCount")?,
                max: self.count(subject, "qualifiedMaxCount")?,
            });
        }
        // hasValue on a property shape asks for a value among the values, not a test on each.
        for term in self.objects(subject, "hasValue") {
            constraints.push(Constraint::HasValue(term));
        }
        let checks = self.checks(subject, 0)?;
        constraints.extend(
            checks
                .into_iter()
                .filter(|check| !matches!(check, Check::Is(_)))
                .map(Constraint::Value),
        );
        Ok(PropertyShape {
            path,
            constraints,
            severity: self.severity(subject)?,
            message: self.message(subject),
        })
    }

    /// A shape referenced by `sh:node` and the like, as a test on one value.
    fn value_test(
        &self,
        subject: &NamedOrBlankNode,
        depth: usize,
    ) -> Result<ValueTest, ShapesError> {
        if depth > 16 {
            return Err(self.error(subject, "shapes refer to each other in a cycle".to_owned()));
        }
        // A shape may be targeted and used as a test too; its targets play no part here.
        let mut known = vec![
            "message",
            "severity",
            "deactivated",
            "targetClass",
            "targetSubjectsOf",
            "targetObjectsOf",
            "targetNode",
        ];
        known.extend(VALUE_CHECKS);
        self.only(subject, &known)?;
        Ok(ValueTest {
            name: subject.to_string(),
            checks: self.checks(subject, depth)?,
            message: self.message(subject),
        })
    }

    /// The value checks of a shape, in a fixed order.
    fn checks(&self, subject: &NamedOrBlankNode, depth: usize) -> Result<Vec<Check>, ShapesError> {
        let mut checks = Vec::new();
        for term in self.objects(subject, "datatype") {
            checks.push(Check::Datatype(self.iri(subject, "datatype", term)?));
        }
        for term in self.objects(subject, "nodeKind") {
            let kind = self.iri(subject, "nodeKind", term)?;
            let kind = match kind.as_str().strip_prefix(SH) {
                Some("IRI") => NodeKind::Iri,
                Some("Literal") => NodeKind::Literal,
                Some("BlankNode") => NodeKind::BlankNode,
                Some("BlankNodeOrIRI") => NodeKind::BlankNodeOrIri,
                Some("BlankNodeOrLiteral") => NodeKind::BlankNodeOrLiteral,
                Some("IRIOrLiteral") => NodeKind::IriOrLiteral,
                _ => return Err(self.error(subject, format!("unknown sh:nodeKind {kind}"))),
            };
            checks.push(Check::NodeKind(kind));
        }
        for term in self.objects(subject, "class") {
            checks.push(Check::Class(self.iri(subject, "class", term)?));
        }
        for term in self.objects(subject, "in") {
            checks.push(Check::In(self.list(subject, term)?));
        }
        for term in self.objects(subject, "hasValue") {
            checks.push(Check::Is(term));
        }
        for (local, make) in [
            ("minLength", Check::MinLength as fn(u64) -> Check),
            ("maxLength", Check::MaxLength),
        ] {
            if let Some(length) = self.count(subject, local)? {
                checks.push(make(length));
            }
        }
        if let Some(term) = self.one(subject, "pattern")? {
            let flags = match self.one(subject, "flags")? {
                Some(flags) => self.literal(subject, "flags", flags)?.value().to_owned(),
                None => String::new(),
            };
            checks.push(Check::Pattern {
                pattern: self.literal(subject, "pattern", term)?.value().to_owned(),
                flags,
            });
        }
        for (local, make) in [
            ("minInclusive", Check::MinInclusive as fn(Literal) -> Check),
            ("maxInclusive", Check::MaxInclusive),
            ("minExclusive", Check::MinExclusive),
            ("maxExclusive", Check::MaxExclusive),
        ] {
            for term in self.objects(subject, local) {
                checks.push(make(self.literal(subject, local, term)?));
            }
        }
        for term in self.objects(subject, "node") {
            let shape = self.subject(subject, term)?;
            checks.push(Check::Node(self.value_test(&shape, depth + 1)?));
        }
        for (local, make) in [
            ("or", Check::Or as fn(Vec<ValueTest>) -> Check),
            ("and", Check::And),
        ] {
            for term in self.objects(subject, local) {
                let mut tests = Vec::new();
                for member in self.list(subject, term)? {
                    let member = self.subject(subject, member)?;
                    tests.push(self.value_test(&member, depth + 1)?);
                }
                checks.push(make(tests));
            }
        }
        for term in self.objects(subject, "not") {
            let shape = self.subject(subject, term)?;
            checks.push(Check::Not(self.value_test(&shape, depth + 1)?));
        }
        Ok(checks)
    }
}

/// The SHACL predicates [`Reader::checks`] reads.
const VALUE_CHECKS: &[&str] = &[
    "datatype",
    "nodeKind",
    "class",
    "in",
    "hasValue",
    "minLength",
    "maxLength",
    "pattern",
    "flags",
    "minInclusive",
    "maxInclusive",
    "minExclusive",
    "maxExclusive",
    "node",
    "or",
    "and",
    "not",
];

#[cfg(test)]
mod tests {
    use super::*;

    const PREFIXES: &str = "@prefix sh: <http://www.w3.org/ns/shacl#> .\n\
                            @prefix ex: <http://example.org/> .\n\
                            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";

    fn parse(turtle: &str) -> Result<Shapes, ShapesError> {
        Shapes::parse(&format!("{PREFIXES}{turtle}"), "test.ttl")
    }

    #[test]
    fn the_bundled_shapes_are_read_whole() {
        let shapes = Shapes::bundled().unwrap();
        let names: Vec<&str> = shapes.shapes.iter().map(|s| s.name.as_str()).collect();
        assert!(names.contains(&"<https://example.org/newsgraph/shapes#QuotationShape>"));
        // Reusable shapes without targets are not validated on their own.
        assert!(!names.contains(&"<https://example.org/newsgraph/shapes#EntityReference>"));
        assert!(
            shapes.constraint_count() > 100,
            "{}",
            shapes.constraint_count()
        );
        let article = &shapes.shapes[names
            .iter()
            .position(|n| n.ends_with("#ArticleShape>"))
            .unwrap()];
        assert_eq!(
            article.targets,
            [Target::Class(NamedNode::new_unchecked(
                "http://schema.org/NewsArticle"
            ))]
        );
        assert_eq!(
            article.constraints,
            [Constraint::Value(Check::NodeKind(NodeKind::Iri))]
        );
    }

    #[test]
    fn referenced_shapes_are_inlined_with_their_message() {
        let shapes = parse(
            "ex:S sh:targetClass ex:A ; sh:property [ sh:path ex:p ; sh:node ex:R ; sh:maxCount 1 ] .
             ex:R sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYear ] ) ; sh:message \"a date\" .",
        )
        .unwrap();
        let property = &shapes.shapes[0].properties[0];
        assert_eq!(property.path.as_str(), "http://example.org/p");
        let [Constraint::MaxCount(1), Constraint::Value(Check::Node(test))] =
            property.constraints.as_slice()
        else {
            panic!("{:?}", property.constraints);
        };
        assert_eq!(test.message.as_deref(), Some("a date"));
        let [Check::Or(members)] = test.checks.as_slice() else {
            panic!("{:?}", test.checks);
        };
        assert_eq!(members.len(), 2);
    }

    #[test]
    fn unsupported_features_are_errors_naming_the_shape() {
        let error = parse("ex:S sh:targetClass ex:A ; sh:closed true .")
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with("test.ttl: shape <http://example.org/S>: sh:closed is not supported"),
            "{error}"
        );
        let error = parse("ex:S sh:targetClass ex:A ; sh:property [ sh:path ( ex:p ex:q ) ] .")
            .unwrap_err()
            .to_string();
        assert!(error.contains("path expression"), "{error}");
        let error = parse("ex:S sh:targetClass ex:A ; sh:node ex:S .")
            .unwrap_err()
            .to_string();
        assert!(error.contains("cycle"), "{error}");
    }

    #[test]
    fn syntax_errors_give_the_file_and_position() {
        let error = Shapes::parse(
            "@prefix sh: <http://www.w3.org/ns/shacl#> .\nex:S a sh:NodeShape .",
            "bad.ttl",
        )
        .unwrap_err()
        .to_string();
        assert!(error.starts_with("bad.ttl: "), "{error}");
        assert!(error.contains("line 2"), "{error}");
    }
}
