//! SHACL validation of the store: every constraint of [`Shapes`] becomes one SPARQL `SELECT`
//! that finds the nodes breaking it.
//!
//! In: a [`Store`] and [`Shapes`]. Out: a [`Report`] of [`Violation`]s (focus node, path,
//! value, constraint component, severity, shape, message), sorted, and [`write()`] to show it
//! as lines for people or as TSV or JSON for programs.
//!
//! The queries are made at run time from the shapes, not written per shape, so a changed
//! `ontology/shapes.ttl` is validated as it stands. Each query selects the focus nodes of its
//! shape (targets joined by `UNION`; class targets follow `rdfs:subClassOf*`, which the
//! ontology graph in the store provides, as SHACL asks) and then either counts values
//! (`sh:minCount`, `sh:maxCount`, qualified counts), looks for a missing value
//! (`sh:hasValue`), compares two predicates (`sh:lessThan`), or filters values that fail a
//! value test. A value test is one SPARQL expression; nested shapes (`sh:node`, `sh:or`,
//! ...) become nested expressions, and an expression that raises an error (comparing a
//! string with a number) counts as failed, as SHACL says. Data are the union of all graphs,
//! the ontology's included, which is what pySHACL sees in an export (a test checks that both
//! find the same violations).
//!
//! No Rust SHACL crate is used: the maintained one (rudof's `shacl_validation`) brings a
//! second RDF stack and its own command-line dependencies, while the subset our shapes use
//! compiles to SPARQL in a few hundred lines over the store we already have.

use std::fmt::Write as _;
use std::io::Write;

use oxigraph::model::{NamedNode, Term};
use oxigraph::sparql::{QueryResults, QuerySolution, SparqlEvaluator};

use super::shapes::{Check, Constraint, NodeKind, Severity, Shape, Shapes, Target, ValueTest};
use super::store::Store;
use super::{StoreError, PREFIXES};

/// What validation found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report {
    /// Every result, sorted by focus node, path, component and value.
    pub violations: Vec<Violation>,
    /// How many shapes with targets were checked.
    pub shapes: usize,
    /// How many constraints were checked.
    pub constraints: usize,
}

/// One SHACL validation result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The node that fails.
    pub focus: Term,
    /// The predicate of the property shape, if the constraint is on a property.
    pub path: Option<NamedNode>,
    /// The SHACL constraint component, such as `sh:MinCountConstraintComponent`.
    pub component: &'static str,
    /// The offending value, when there is one.
    pub value: Option<Term>,
    /// How serious it is.
    pub severity: Severity,
    /// The node shape the constraint belongs to.
    pub shape: String,
    /// What is wrong, for people.
    pub message: String,
}

/// How a report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// One line per result: `severity: focus path: message (value)`; with `color`, the
    /// severity is coloured with ANSI escapes (red for violations, yellow for warnings).
    Text {
        /// Whether to colour (the caller decides: a terminal, no `NO_COLOR`).
        color: bool,
    },
    /// Tab-separated `severity, focus, path, component, value, shape, message` with a
    /// header; terms in N-Triples syntax.
    Tsv,
    /// A JSON array of objects with the TSV's fields; terms in N-Triples syntax.
    Json,
}

/// What can go wrong validating.
#[derive(Debug, thiserror::Error)]
pub enum ValidateError {
    /// The SPARQL made from a shape does not parse (a term the translation cannot write).
    #[error("{source_file}: shape {shape}: the SPARQL made from it does not parse: {message}")]
    Translation {
        /// The shapes file.
        source_file: String,
        /// The shape.
        shape: String,
        /// The parser's message.
        message: String,
    },
    /// Reading the store failed.
    #[error("validating with {source_file}: {source}")]
    Store {
        /// The shapes file.
        source_file: String,
        /// What failed.
        source: StoreError,
    },
    /// Writing the report failed.
    #[error("writing the report: {0}")]
    Write(#[from] std::io::Error),
}

impl Report {
    /// Whether no result has severity violation.
    pub fn conforms(&self) -> bool {
        self.violations
            .iter()
            .all(|violation| violation.severity != Severity::Violation)
    }
}

/// Checks the store against the shapes.
pub fn check(store: &Store, shapes: &Shapes) -> Result<Report, ValidateError> {
    let mut report = Report {
        shapes: shapes.shapes.len(),
        constraints: shapes.constraint_count(),
        ..Report::default()
    };
    for shape in &shapes.shapes {
        let focus = focus_pattern(&shape.targets);
        let base = Rule {
            shape,
            path: None,
            severity: shape.severity,
            message: shape.message.as_deref(),
        };
        for constraint in &shape.constraints {
            let Constraint::Value(check) = constraint else {
                continue;
            };
            let query = format!(
                "SELECT DISTINCT ?focus WHERE {{ {focus} FILTER(!COALESCE({}, false)) }}",
                expression(check, "?focus")
            );
            for row in run(store, shapes, shape, &query)? {
                let focus = row.get("focus").cloned();
                report.violations.push(base.violation(
                    &row,
                    check_component(check),
                    focus,
                    check_message(check),
                ));
            }
        }
        for property in &shape.properties {
            let rule = Rule {
                shape,
                path: Some(&property.path),
                severity: property.severity,
                message: property.message.as_deref(),
            };
            for constraint in &property.constraints {
                let (query, component) = property_query(&focus, &property.path, constraint);
                for row in run(store, shapes, shape, &query)? {
                    let value = row.get("value").cloned();
                    let message = constraint_message(constraint, &row);
                    report
                        .violations
                        .push(rule.violation(&row, component, value, message));
                }
            }
        }
    }
    report.violations.sort_by_cached_key(|violation| {
        (
            violation.focus.to_string(),
            violation.path.as_ref().map(NamedNode::to_string),
            violation.component,
            violation.value.as_ref().map(Term::to_string),
            violation.message.clone(),
        )
    });
    report.violations.dedup();
    Ok(report)
}

/// Writes the report in `format`.
pub fn write(
    report: &Report,
    format: ReportFormat,
    out: &mut (impl Write + ?Sized),
) -> Result<(), ValidateError> {
    let term = |term: &Option<Term>| term.as_ref().map(Term::to_string).unwrap_or_default();
    let path =
        |path: &Option<NamedNode>| path.as_ref().map(NamedNode::to_string).unwrap_or_default();
    match format {
        ReportFormat::Text { color } => {
            for violation in &report.violations {
                let severity = violation.severity.name();
                let severity = match (color, violation.severity) {
                    (false, _) | (true, Severity::Info) => severity.to_owned(),
                    (true, Severity::Violation) => format!("\x1b[31m{severity}\x1b[0m"),
                    (true, Severity::Warning) => format!("\x1b[33m{severity}\x1b[0m"),
                };
                let mut line = format!("{severity}: {}", compact(&violation.focus.to_string()));
                if let Some(path) = &violation.path {
                    line.push(' ');
                    line.push_str(&compact(&path.to_string()));
                }
                write!(line, ": {}", violation.message).expect("writing to a String");
                if let Some(value) = &violation.value {
                    if *value != violation.focus {
                        write!(line, " (value {})", compact(&value.to_string()))
                            .expect("writing to a String");
                    }
                }
                write!(
                    line,
                    " [{} of {}]",
                    violation.component,
                    compact(&violation.shape)
                )
                .expect("writing to a String");
                writeln!(out, "{line}")?;
            }
        }
        ReportFormat::Tsv => {
            writeln!(
                out,
                "severity\tfocus\tpath\tcomponent\tvalue\tshape\tmessage"
            )?;
            for violation in &report.violations {
                let fields = [
                    violation.severity.name().to_owned(),
                    violation.focus.to_string(),
                    path(&violation.path),
                    violation.component.to_owned(),
                    term(&violation.value),
                    violation.shape.clone(),
                    violation.message.clone(),
                ];
                let fields: Vec<String> = fields
                    .iter()
                    .map(|field| field.replace(['\t', '\n', '\r'], " "))
                    .collect();
                writeln!(out, "{}", fields.join("\t"))?;
            }
        }
        ReportFormat::Json => {
            let results: Vec<serde_json::Value> = report
                .violations
                .iter()
                .map(|violation| {
                    serde_json::json!({
                        "severity": violation.severity.name(),
                        "focus": violation.focus.to_string(),
                        "path": path(&violation.path),
                        "component": violation.component,
                        "value": term(&violation.value),
                        "shape": violation.shape,
                        "message": violation.message,
                    })
                })
                .collect();
            let json = serde_json::json!({
                "conforms": report.conforms(),
                "shapes": report.shapes,
                "constraints": report.constraints,
                "results": results,
            });
            serde_json::to_writer_pretty(&mut *out, &json).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// Where a result comes from: what every result of one shape or property shape shares.
struct Rule<'a> {
    shape: &'a Shape,
    path: Option<&'a NamedNode>,
    severity: Severity,
    message: Option<&'a str>,
}

impl Rule<'_> {
    fn violation(
        &self,
        row: &QuerySolution,
        component: &'static str,
        value: Option<Term>,
        generated: String,
    ) -> Violation {
        Violation {
            focus: row
                .get("focus")
                .cloned()
                .expect("every validation query selects ?focus"),
            path: self.path.cloned(),
            component,
            value,
            severity: self.severity,
            shape: self.shape.name.clone(),
            message: self.message.map_or(generated, str::to_owned),
        }
    }
}

fn run(
    store: &Store,
    shapes: &Shapes,
    shape: &Shape,
    body: &str,
) -> Result<Vec<QuerySolution>, ValidateError> {
    let sparql = format!(
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n\
         PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n{body}"
    );
    let query = SparqlEvaluator::new()
        .parse_query(&sparql)
        .map_err(|error| ValidateError::Translation {
            source_file: shapes.source.clone(),
            shape: shape.name.clone(),
            message: format!("{error} in {sparql}"),
        })?;
    let store_error = |source: StoreError| ValidateError::Store {
        source_file: shapes.source.clone(),
        source,
    };
    let QueryResults::Solutions(solutions) = store.query(query).map_err(store_error)? else {
        unreachable!("validation queries are SELECT queries");
    };
    solutions
        .collect::<Result<Vec<_>, _>>()
        .map_err(|error| store_error(error.into()))
}

/// A group pattern binding `?focus` to each focus node once.
fn focus_pattern(targets: &[Target]) -> String {
    let alternatives: Vec<String> = targets
        .iter()
        .map(|target| match target {
            Target::Class(class) => format!("{{ ?focus rdf:type/rdfs:subClassOf* {class} }}"),
            Target::SubjectsOf(predicate) => format!("{{ ?focus {predicate} ?any }}"),
            Target::ObjectsOf(predicate) => format!("{{ ?any {predicate} ?focus }}"),
            Target::Node(node) => format!("{{ VALUES ?focus {{ {node} }} }}"),
        })
        .collect();
    format!(
        "{{ SELECT DISTINCT ?focus WHERE {{ {} }} }}",
        alternatives.join(" UNION ")
    )
}

/// The query finding the focus nodes (and values) that break a constraint of a property
/// shape, with the constraint's component.
fn property_query(
    focus: &str,
    path: &NamedNode,
    constraint: &Constraint,
) -> (String, &'static str) {
    let count = |having: String, filter: &str| {
        format!(
            "SELECT ?focus (COUNT(DISTINCT ?value) AS ?count) WHERE {{ {focus} \
             OPTIONAL {{ ?focus {path} ?value {filter} }} }} GROUP BY ?focus HAVING ({having})"
        )
    };
    match constraint {
        Constraint::MinCount(min) => (
            count(format!("COUNT(DISTINCT ?value) < {min}"), ""),
            "sh:MinCountConstraintComponent",
        ),
        Constraint::MaxCount(max) => (
            count(format!("COUNT(DISTINCT ?value) > {max}"), ""),
            "sh:MaxCountConstraintComponent",
        ),
        Constraint::Qualified { shape, min, max } => {
            let filter = format!(
                "FILTER(COALESCE({}, false))",
                test_expression(shape, "?value")
            );
            let having = match (min, max) {
                (Some(min), Some(max)) => {
                    format!("COUNT(DISTINCT ?value) < {min} || COUNT(DISTINCT ?value) > {max}")
                }
                (Some(min), None) => format!("COUNT(DISTINCT ?value) < {min}"),
                (None, Some(max)) => format!("COUNT(DISTINCT ?value) > {max}"),
                (None, None) => "false".to_owned(),
            };
            // One component for both bounds keeps one query per constraint; the message says
            // which bound was broken.
            let component = if min.is_some() {
                "sh:QualifiedMinCountConstraintComponent"
            } else {
                "sh:QualifiedMaxCountConstraintComponent"
            };
            (count(having, &filter), component)
        }
        Constraint::HasValue(value) => (
            format!(
                "SELECT ?focus WHERE {{ {focus} FILTER NOT EXISTS {{ ?focus {path} {value} }} }}"
            ),
            "sh:HasValueConstraintComponent",
        ),
        Constraint::LessThan(other) => (
            format!(
                "SELECT DISTINCT ?focus ?value WHERE {{ {focus} ?focus {path} ?value . \
                 ?focus {other} ?other . FILTER(!COALESCE(?value < ?other, false)) }}"
            ),
            "sh:LessThanConstraintComponent",
        ),
        Constraint::Value(check) => (
            format!(
                "SELECT DISTINCT ?focus ?value WHERE {{ {focus} ?focus {path} ?value . \
                 FILTER(!COALESCE({}, false)) }}",
                expression(check, "?value")
            ),
            check_component(check),
        ),
    }
}

/// A SPARQL expression that is true when `var` passes the check.
fn expression(check: &Check, var: &str) -> String {
    match check {
        Check::Datatype(datatype) => {
            format!("(isLiteral({var}) && sameTerm(DATATYPE({var}), {datatype}))")
        }
        Check::NodeKind(kind) => match kind {
            NodeKind::Iri => format!("isIRI({var})"),
            NodeKind::Literal => format!("isLiteral({var})"),
            NodeKind::BlankNode => format!("isBlank({var})"),
            NodeKind::BlankNodeOrIri => format!("(isBlank({var}) || isIRI({var}))"),
            NodeKind::BlankNodeOrLiteral => format!("(isBlank({var}) || isLiteral({var}))"),
            NodeKind::IriOrLiteral => format!("(isIRI({var}) || isLiteral({var}))"),
        },
        Check::Class(class) => format!("EXISTS {{ {var} rdf:type/rdfs:subClassOf* {class} }}"),
        Check::In(terms) if terms.is_empty() => "false".to_owned(),
        Check::In(terms) => {
            let alternatives: Vec<String> = terms
                .iter()
                .map(|term| format!("sameTerm({var}, {term})"))
                .collect();
            format!("({})", alternatives.join(" || "))
        }
        Check::Is(term) => format!("sameTerm({var}, {term})"),
        Check::MinLength(length) => format!("(!isBlank({var}) && STRLEN(STR({var})) >= {length})"),
        Check::MaxLength(length) => format!("(!isBlank({var}) && STRLEN(STR({var})) <= {length})"),
        Check::Pattern { pattern, flags } => format!(
            "(!isBlank({var}) && REGEX(STR({var}), {}, {}))",
            string_literal(pattern),
            string_literal(flags)
        ),
        Check::MinInclusive(bound) => format!("({var} >= {bound})"),
        Check::MaxInclusive(bound) => format!("({var} <= {bound})"),
        Check::MinExclusive(bound) => format!("({var} > {bound})"),
        Check::MaxExclusive(bound) => format!("({var} < {bound})"),
        Check::Node(test) => test_expression(test, var),
        Check::Or(tests) => join(tests, var, " || ", "false"),
        Check::And(tests) => join(tests, var, " && ", "true"),
        Check::Not(test) => format!("!{}", test_expression(test, var)),
    }
}

fn test_expression(test: &ValueTest, var: &str) -> String {
    if test.checks.is_empty() {
        return "true".to_owned();
    }
    let parts: Vec<String> = test
        .checks
        .iter()
        .map(|check| format!("COALESCE({}, false)", expression(check, var)))
        .collect();
    format!("({})", parts.join(" && "))
}

fn join(tests: &[ValueTest], var: &str, operator: &str, empty: &str) -> String {
    if tests.is_empty() {
        return empty.to_owned();
    }
    let parts: Vec<String> = tests
        .iter()
        .map(|test| test_expression(test, var))
        .collect();
    format!("({})", parts.join(operator))
}

/// A SPARQL string literal holding `text` exactly.
fn string_literal(text: &str) -> String {
    Term::from(oxigraph::model::Literal::new_simple_literal(text)).to_string()
}

fn check_component(check: &Check) -> &'static str {
    match check {
        Check::Datatype(_) => "sh:DatatypeConstraintComponent",
        Check::NodeKind(_) => "sh:NodeKindConstraintComponent",
        Check::Class(_) => "sh:ClassConstraintComponent",
        Check::In(_) => "sh:InConstraintComponent",
        Check::Is(_) => "sh:HasValueConstraintComponent",
        Check::MinLength(_) => "sh:MinLengthConstraintComponent",
        Check::MaxLength(_) => "sh:MaxLengthConstraintComponent",
        Check::Pattern { .. } => "sh:PatternConstraintComponent",
        Check::MinInclusive(_) => "sh:MinInclusiveConstraintComponent",
        Check::MaxInclusive(_) => "sh:MaxInclusiveConstraintComponent",
        Check::MinExclusive(_) => "sh:MinExclusiveConstraintComponent",
        Check::MaxExclusive(_) => "sh:MaxExclusiveConstraintComponent",
        Check::Node(_) => "sh:NodeConstraintComponent",
        Check::Or(_) => "sh:OrConstraintComponent",
        Check::And(_) => "sh:AndConstraintComponent",
        Check::Not(_) => "sh:NotConstraintComponent",
    }
}

fn constraint_message(constraint: &Constraint, row: &QuerySolution) -> String {
    let found = row
        .get("count")
        .map(crate::query::plain)
        .unwrap_or_default();
    match constraint {
        Constraint::MinCount(min) => format!("expected at least {min} value(s), found {found}"),
        Constraint::MaxCount(max) => format!("expected at most {max} value(s), found {found}"),
        Constraint::Qualified { shape, min, max } => {
            let bounds = match (min, max) {
                (Some(min), Some(max)) => format!("between {min} and {max}"),
                (Some(min), None) => format!("at least {min}"),
                (None, Some(max)) => format!("at most {max}"),
                (None, None) => "any number of".to_owned(),
            };
            format!(
                "expected {bounds} value(s) conforming to {}, found {found}",
                describe(shape)
            )
        }
        Constraint::HasValue(value) => {
            format!("expected the value {}", compact(&value.to_string()))
        }
        Constraint::LessThan(other) => format!(
            "expected a value less than every value of {}",
            compact(&other.to_string())
        ),
        Constraint::Value(check) => check_message(check),
    }
}

fn check_message(check: &Check) -> String {
    let list = |terms: &[Term]| {
        let terms: Vec<String> = terms.iter().map(|t| compact(&t.to_string())).collect();
        terms.join(", ")
    };
    match check {
        Check::Datatype(datatype) => {
            format!(
                "expected a literal of datatype {}",
                compact(&datatype.to_string())
            )
        }
        Check::NodeKind(kind) => format!(
            "expected {}",
            match kind {
                NodeKind::Iri => "an IRI",
                NodeKind::Literal => "a literal",
                NodeKind::BlankNode => "a blank node",
                NodeKind::BlankNodeOrIri => "a blank node or an IRI",
                NodeKind::BlankNodeOrLiteral => "a blank node or a literal",
                NodeKind::IriOrLiteral => "an IRI or a literal",
            }
        ),
        Check::Class(class) => format!("expected an instance of {}", compact(&class.to_string())),
        Check::In(terms) => format!("expected one of {}", list(terms)),
        Check::Is(term) => format!("expected {}", compact(&term.to_string())),
        Check::MinLength(length) => format!("expected at least {length} character(s)"),
        Check::MaxLength(length) => format!("expected at most {length} character(s)"),
        Check::Pattern { pattern, .. } => format!("expected a match of /{pattern}/"),
        Check::MinInclusive(bound) => format!("expected a value >= {}", bound.value()),
        Check::MaxInclusive(bound) => format!("expected a value <= {}", bound.value()),
        Check::MinExclusive(bound) => format!("expected a value > {}", bound.value()),
        Check::MaxExclusive(bound) => format!("expected a value < {}", bound.value()),
        Check::Node(test) => format!("expected a value conforming to {}", describe(test)),
        Check::Or(tests) => format!(
            "expected a value conforming to one of {}",
            tests.iter().map(describe).collect::<Vec<_>>().join(", ")
        ),
        Check::And(tests) => format!(
            "expected a value conforming to all of {}",
            tests.iter().map(describe).collect::<Vec<_>>().join(", ")
        ),
        Check::Not(test) => format!("expected a value not conforming to {}", describe(test)),
    }
}

/// A referenced shape for a message: its name when it has an IRI, else its checks.
fn describe(test: &ValueTest) -> String {
    if let Some(message) = &test.message {
        return format!("{} ({message})", compact(&test.name));
    }
    if !test.name.starts_with("_:") {
        return compact(&test.name);
    }
    let checks: Vec<String> = test.checks.iter().map(check_message).collect();
    format!("[{}]", checks.join("; "))
}

/// `<http://schema.org/name>` -> `schema:name`; other terms unchanged.
fn compact(term: &str) -> String {
    let Some(iri) = term.strip_prefix('<').and_then(|t| t.strip_suffix('>')) else {
        return term.to_owned();
    };
    for (prefix, namespace) in PREFIXES {
        if let Some(local) = iri.strip_prefix(namespace) {
            return format!("{prefix}:{local}");
        }
    }
    iri.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNodeRef, Quad};

    /// The sample document with the ontology beside it, as `validate` sees a built store.
    fn sample_store() -> Store {
        let store = crate::rdf::tests::sample_store();
        store.load_ontology().unwrap();
        store
    }

    /// Adds `triples` (N-Triples lines) to the sample store in a graph of their own.
    fn with(triples: &str) -> Store {
        let store = sample_store();
        let graph = NamedNodeRef::new_unchecked("https://example.org/newsgraph/doc/broken");
        let quads: Vec<Quad> =
            oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NTriples)
                .for_slice(triples)
                .map(|quad| {
                    let quad = quad.unwrap();
                    Quad::new(quad.subject, quad.predicate, quad.object, graph)
                })
                .collect();
        store.replace_document(graph, &quads).unwrap();
        store
    }

    /// Validates with the bundled shapes and returns the report as text lines.
    fn check_text(store: &Store) -> String {
        let report = check(store, &Shapes::bundled().unwrap()).unwrap();
        let mut out = Vec::new();
        write(&report, ReportFormat::Text { color: false }, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_sample_conforms() {
        let report = check(&sample_store(), &Shapes::bundled().unwrap()).unwrap();
        assert!(report.conforms(), "{:#?}", report.violations);
        assert!(report.shapes > 20);
    }

    #[test]
    fn a_quotation_without_words_and_with_two_directs_is_reported() {
        let text = check_text(&with(
            "<https://example.org/newsgraph/quotation/broken/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://example.org/newsgraph/ontology#Quotation> .\n\
             <https://example.org/newsgraph/quotation/broken/1> <https://example.org/newsgraph/ontology#direct> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n\
             <https://example.org/newsgraph/quotation/broken/1> <https://example.org/newsgraph/ontology#direct> \"maybe\" .\n",
        ));
        let expected = [
            "violation: https://example.org/newsgraph/quotation/broken/1 schema:text: expected at least 1 value(s), found 0 [sh:MinCountConstraintComponent of https://example.org/newsgraph/shapes#QuotationShape]",
            "violation: https://example.org/newsgraph/quotation/broken/1 ng:direct: expected at most 1 value(s), found 2 [sh:MaxCountConstraintComponent of https://example.org/newsgraph/shapes#QuotationShape]",
            "violation: https://example.org/newsgraph/quotation/broken/1 ng:direct: expected a literal of datatype xsd:boolean (value \"maybe\") [sh:DatatypeConstraintComponent of https://example.org/newsgraph/shapes#QuotationShape]",
        ];
        for line in expected {
            assert!(
                text.lines().any(|l| l == line),
                "missing\n{line}\nin\n{text}"
            );
        }
    }

    #[test]
    fn nested_shapes_and_value_lists_are_checked() {
        // An event whose participant is a literal and whose status is not one of the four.
        let text = check_text(&with(
            "<https://example.org/newsgraph/event/broken/1> <https://example.org/newsgraph/ontology#participant> \"Somebody\" .\n\
             <https://example.org/newsgraph/event/broken/1> <https://example.org/newsgraph/ontology#status> <https://example.org/newsgraph/ontology#Rumoured> .\n",
        ));
        for expected in [
            "ng:participant: expected a value conforming to https://example.org/newsgraph/shapes#EntityReference (Expected the IRI of a schema:Person",
            "ng:status: expected one of ng:Happened, ng:Planned, ng:Possible, ng:Negated (value ng:Rumoured)",
            "ng:kind: expected at least 1 value(s), found 0",
            "expected a value conforming to one of [expected an instance of ng:PhoneCall]",
        ] {
            assert!(text.contains(expected), "missing\n{expected}\nin\n{text}");
        }
    }

    #[test]
    fn offsets_are_compared_and_bounded() {
        let store = with(
            "<https://example.org/newsgraph/doc/x/span/5-3/position> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/oa#TextPositionSelector> .\n\
             <https://example.org/newsgraph/doc/x/span/5-3/position> <http://www.w3.org/ns/oa#start> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n\
             <https://example.org/newsgraph/doc/x/span/5-3/position> <http://www.w3.org/ns/oa#end> \"-3\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n",
        );
        let report = check(&store, &Shapes::bundled().unwrap()).unwrap();
        let components: Vec<(&str, String)> = report
            .violations
            .iter()
            .map(|v| (v.component, compact(&v.path.as_ref().unwrap().to_string())))
            .collect();
        assert_eq!(
            components,
            [
                ("sh:NodeConstraintComponent", "oa:end".to_owned()),
                ("sh:LessThanConstraintComponent", "oa:start".to_owned()),
            ]
        );
        assert_eq!(
            report.violations[1].value,
            Some(Term::from(Literal::from(5)))
        );
    }

    #[test]
    fn custom_shapes_with_targets_nodes_patterns_and_severities() {
        let shapes = Shapes::parse(
            "@prefix sh: <http://www.w3.org/ns/shacl#> .
             @prefix schema: <http://schema.org/> .
             <urn:shape:names> sh:targetNode <https://example.org/newsgraph/person/vladimir-petrov> ;
                 sh:property [ sh:path schema:name ; sh:pattern \"^v\" ; sh:flags \"i\" ] ,
                             [ sh:path schema:name ; sh:pattern \"^Petrov\" ; sh:message \"surname first\" ;
                               sh:severity sh:Warning ] .",
            "custom.ttl",
        )
        .unwrap();
        let report = check(&sample_store(), &shapes).unwrap();
        assert!(report.conforms(), "warnings do not break conformance");
        let mut out = Vec::new();
        write(&report, ReportFormat::Text { color: true }, &mut out).unwrap();
        assert!(
            String::from_utf8(out)
                .unwrap()
                .starts_with("\x1b[33mwarning\x1b[0m: "),
            "warnings are yellow"
        );
        let messages: Vec<&str> = report
            .violations
            .iter()
            .map(|v| v.message.as_str())
            .collect();
        assert_eq!(messages, ["surname first"]);
        let mut out = Vec::new();
        write(&report, ReportFormat::Tsv, &mut out).unwrap();
        let expect = "severity\tfocus\tpath\tcomponent\tvalue\tshape\tmessage\n\
                      warning\t<https://example.org/newsgraph/person/vladimir-petrov>\t<http://schema.org/name>\tsh:PatternConstraintComponent\t\"Vladimir Petrov\"\t<urn:shape:names>\tsurname first\n";
        assert_eq!(String::from_utf8(out).unwrap(), expect);
    }
}
