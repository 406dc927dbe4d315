//! SPARQL queries over the store: the bundled `queries/*.rq` and any `.rq` file.
//!
//! In: a [`Query`] (from [`resolve`]), [`Param`]s and an [`OutputFormat`]. Out: the results
//! written to a `&mut impl Write` as an aligned table, the W3C SPARQL 1.1 CSV, TSV or JSON
//! results formats, or, for `CONSTRUCT` and `DESCRIBE`, Turtle or N-Triples. `ASK` gives
//! `true` or `false`.
//!
//! Queries run with the union of all named graphs as their default graph (see
//! [`Store::query`]). A parameter is bound to a variable as an RDF term with SPARQL's
//! variable substitution, never spliced into the query text, so no value can change what
//! the query does. [`Output::limit`] caps the solutions (or triples) written, in every
//! format. Evaluation only: updates are not parsed, and there is no timeout.
//!
//! A syntax error names the query (the bundled name or the file) and the line and column the
//! parser stopped at, and shows that line with a caret under the column.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::OnceLock;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Literal, NamedNode, Term, Triple};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{
    PreparedSparqlQuery, QueryEvaluationError, QueryResults, QuerySolutionIter, QueryTripleIter,
    SparqlEvaluator, SparqlSyntaxError, Variable,
};

use crate::rdf::store::Store;
use crate::rdf::{StoreError, PREFIXES};

/// A query compiled into the binary from `queries/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BundledQuery {
    /// The file stem, used to run it (`quotations`).
    pub name: &'static str,
    /// The text of the file's first `# ` comment line, which says what the query answers.
    pub description: &'static str,
    /// The SPARQL text.
    pub text: &'static str,
}

/// A query ready to run: a bundled one or one read from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// How errors name it: the bundled name or the file path.
    pub name: String,
    /// The SPARQL text.
    pub text: String,
}

/// A value bound to a query variable, from `VAR=VALUE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    /// The variable, without `?`.
    pub variable: Variable,
    /// A plain literal, or an IRI when the value was written `<...>`.
    pub value: Term,
}

/// How results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OutputFormat {
    /// Aligned columns under a header row, terms as plain values; Turtle for triples.
    Table,
    /// SPARQL 1.1 query results CSV.
    Csv,
    /// SPARQL 1.1 query results TSV.
    Tsv,
    /// SPARQL 1.1 query results JSON (`{"boolean": ...}` for `ASK`).
    Json,
    /// Turtle, for `CONSTRUCT` and `DESCRIBE`.
    Turtle,
    /// N-Triples, for `CONSTRUCT` and `DESCRIBE`.
    NTriples,
}

/// How results are written: the format and what is done to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Output {
    /// The format.
    pub format: OutputFormat,
    /// Write at most this many solutions (or triples).
    pub limit: Option<usize>,
    /// Emphasize the table's header with ANSI escapes (the caller decides: a terminal, no
    /// `NO_COLOR`). Other formats are never coloured.
    pub color: bool,
}

impl From<OutputFormat> for Output {
    fn from(format: OutputFormat) -> Output {
        Output {
            format,
            limit: None,
            color: false,
        }
    }
}

/// What can go wrong finding, parsing or running a query, or writing its results.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// Neither a bundled query nor an existing file.
    #[error(
        "unknown query '{name}': not a bundled query ({}) and no such .rq file",
        bundled_names()
    )]
    Unknown {
        /// The name or path given.
        name: String,
    },
    /// The query file could not be read.
    #[error("reading query {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why it failed.
        source: std::io::Error,
    },
    /// The query is not valid SPARQL.
    #[error("query {query}: {}", syntax_message(.line, .column, .message, .excerpt))]
    Syntax {
        /// The query's name.
        query: String,
        /// The 1-based line the parser stopped at, when it says.
        line: Option<usize>,
        /// The 1-based column the parser stopped at, when it says.
        column: Option<usize>,
        /// What the parser expected.
        message: String,
        /// The line of the query with a caret under the column (empty when unknown).
        excerpt: String,
    },
    /// A parameter is not of the form `VAR=VALUE`, or its value is not a valid IRI.
    #[error("invalid parameter '{param}': {reason}")]
    Param {
        /// The parameter as given.
        param: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A parameter names a variable that the query does not select.
    #[error("query {query} does not select ?{variable}, so it cannot be bound; parameters bind variables of the SELECT clause")]
    UnboundVariable {
        /// The query's name.
        query: String,
        /// The variable.
        variable: String,
    },
    /// Evaluation failed.
    #[error("query {query}: {cause}")]
    Evaluation {
        /// The query's name.
        query: String,
        /// What failed (shown in the message, so not also a `source`).
        cause: StoreError,
    },
    /// The format cannot show this kind of result.
    #[error("query {query} gives {results}, which format {format} cannot show; use {instead}")]
    Format {
        /// The query's name.
        query: String,
        /// The kind of results.
        results: &'static str,
        /// The format asked for.
        format: OutputFormat,
        /// The formats that fit.
        instead: &'static str,
    },
    /// Triples were needed (for a drawing) but the query is a `SELECT` or `ASK`.
    #[error("query {query} gives no triples; use a CONSTRUCT or DESCRIBE query")]
    NoTriples {
        /// The query's name.
        query: String,
    },
    /// Writing the results failed (a closed pipe included).
    #[error("writing the results: {0}")]
    Write(#[source] std::io::Error),
}

/// Every bundled query, in the order help texts list them.
pub fn bundled() -> &'static [BundledQuery] {
    macro_rules! sources {
        ($($name:literal),* $(,)?) => {
            [$(($name, include_str!(concat!("../queries/", $name, ".rq")))),*]
        };
    }
    const SOURCES: [(&str, &str); 12] = sources!(
        "quotations",
        "contacts",
        "entities",
        "who-said-what",
        "same-statement",
        "who-spoke-with-whom",
        "events-by-sources",
        "speakers",
        "roles",
        "timeline",
        "article",
        "entity-profile",
    );
    static BUNDLED: OnceLock<Vec<BundledQuery>> = OnceLock::new();
    BUNDLED.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(name, text)| BundledQuery {
                name,
                description: text
                    .lines()
                    .find_map(|line| line.trim_start().strip_prefix("# "))
                    .map(str::trim)
                    .unwrap_or(""),
                text,
            })
            .collect()
    })
}

/// The bundled query of that name, or else the query in that file.
pub fn resolve(name_or_path: &str) -> Result<Query, QueryError> {
    if let Some(bundled) = bundled().iter().find(|query| query.name == name_or_path) {
        return Ok(Query {
            name: bundled.name.to_owned(),
            text: bundled.text.to_owned(),
        });
    }
    let path = Path::new(name_or_path);
    if !path.exists() && !name_or_path.ends_with(".rq") {
        return Err(QueryError::Unknown {
            name: name_or_path.to_owned(),
        });
    }
    let text = std::fs::read_to_string(path).map_err(|source| QueryError::Read {
        path: path.to_owned(),
        source,
    })?;
    Ok(Query {
        name: name_or_path.to_owned(),
        text,
    })
}

/// Parses and evaluates a query with its parameters bound.
pub fn evaluate(
    store: &Store,
    query: &Query,
    params: &[Param],
) -> Result<QueryResults<'static>, QueryError> {
    let prepared = prepare(query, params, SparqlEvaluator::new())?;
    store
        .query(prepared)
        .map_err(|error| evaluation_error(query, error))
}

/// Evaluates a query with its parameters bound to its end and writes Oxigraph's plan, with
/// the rows and time of each step, as JSON to `out` (`newsgraph query --explain`).
pub fn explain(
    store: &Store,
    query: &Query,
    params: &[Param],
    out: &mut (impl Write + ?Sized),
) -> Result<(), QueryError> {
    let prepared = prepare(query, params, SparqlEvaluator::new())?;
    store
        .explain(prepared, out)
        .map_err(|error| evaluation_error(query, error))
}

/// Parses a query with `evaluator` (which may carry a cancellation token) and binds its
/// parameters, ready for [`Store::query`].
pub fn prepare(
    query: &Query,
    params: &[Param],
    evaluator: SparqlEvaluator,
) -> Result<PreparedSparqlQuery, QueryError> {
    let mut prepared = evaluator
        .parse_query(&query.text)
        .map_err(|error| syntax_error(query, &error))?;
    for param in params {
        prepared = prepared.substitute_variable(param.variable.clone(), param.value.clone());
    }
    Ok(prepared)
}

/// Runs a query and writes its results to `out` as `output` says (an [`OutputFormat`] alone
/// writes every result, uncoloured).
pub fn run(
    store: &Store,
    query: &Query,
    params: &[Param],
    output: impl Into<Output>,
    out: &mut (impl Write + ?Sized),
) -> Result<(), QueryError> {
    let output = output.into();
    let format = output.format;
    let limit = output.limit.unwrap_or(usize::MAX);
    let mismatch = |results, instead| QueryError::Format {
        query: query.name.clone(),
        results,
        format,
        instead,
    };
    match evaluate(store, query, params)? {
        QueryResults::Solutions(solutions) => match format {
            OutputFormat::Table => write_table(query, solutions, &output, out),
            OutputFormat::Csv | OutputFormat::Tsv | OutputFormat::Json => {
                let results_format = match format {
                    OutputFormat::Csv => QueryResultsFormat::Csv,
                    OutputFormat::Tsv => QueryResultsFormat::Tsv,
                    _ => QueryResultsFormat::Json,
                };
                write_solutions(query, solutions, results_format, limit, out)
            }
            OutputFormat::Turtle | OutputFormat::NTriples => {
                Err(mismatch("solutions", "table, csv, tsv or json"))
            }
        },
        QueryResults::Boolean(value) => {
            let results_format = match format {
                OutputFormat::Table => return writeln!(out, "{value}").map_err(QueryError::Write),
                OutputFormat::Csv => QueryResultsFormat::Csv,
                OutputFormat::Tsv => QueryResultsFormat::Tsv,
                OutputFormat::Json => QueryResultsFormat::Json,
                OutputFormat::Turtle | OutputFormat::NTriples => {
                    return Err(mismatch("a boolean", "table, csv, tsv or json"))
                }
            };
            QueryResultsSerializer::from_format(results_format)
                .serialize_boolean_to_writer(&mut *out, value)
                .map_err(QueryError::Write)?;
            Ok(())
        }
        QueryResults::Graph(triples) => match format {
            OutputFormat::Table | OutputFormat::Turtle => {
                write_triples(query, triples, RdfFormat::Turtle, limit, out)
            }
            OutputFormat::NTriples => {
                write_triples(query, triples, RdfFormat::NTriples, limit, out)
            }
            OutputFormat::Csv | OutputFormat::Tsv | OutputFormat::Json => {
                Err(mismatch("triples", "table, turtle or ntriples"))
            }
        },
    }
}

/// The triples of a `CONSTRUCT` or `DESCRIBE` result, sorted so that output is stable.
pub fn triples(store: &Store, query: &Query, params: &[Param]) -> Result<Vec<Triple>, QueryError> {
    match evaluate(store, query, params)? {
        QueryResults::Graph(triples) => sorted_triples(query, triples),
        _ => Err(QueryError::NoTriples {
            query: query.name.clone(),
        }),
    }
}

/// A term as a person reads it: a literal's lexical form, an IRI as is.
pub fn plain(term: &Term) -> String {
    match term {
        Term::NamedNode(node) => node.as_str().to_owned(),
        Term::Literal(literal) => literal.value().to_owned(),
        other => other.to_string(),
    }
}

impl Param {
    /// Parses `VAR=VALUE` (`?VAR` and `$VAR` are accepted too); `VALUE` is an IRI when
    /// written `<...>`, else a plain literal taken verbatim.
    pub fn parse(param: &str) -> Result<Param, QueryError> {
        let invalid = |reason: String| QueryError::Param {
            param: param.to_owned(),
            reason,
        };
        let Some((name, value)) = param.split_once('=') else {
            return Err(invalid(
                "expected VAR=VALUE, as in speaker=Petrov".to_owned(),
            ));
        };
        let name = name.trim().trim_start_matches(['?', '$']);
        let variable = Variable::new(name)
            .map_err(|_| invalid(format!("'{name}' is not a SPARQL variable name")))?;
        let value = match value.strip_prefix('<').and_then(|v| v.strip_suffix('>')) {
            Some(iri) => NamedNode::new(iri)
                .map_err(|error| invalid(format!("<{iri}> is not a valid IRI: {error}")))?
                .into(),
            None => Literal::new_simple_literal(value).into(),
        };
        Ok(Param { variable, value })
    }
}

impl FromStr for Param {
    type Err = QueryError;

    fn from_str(param: &str) -> Result<Param, QueryError> {
        Param::parse(param)
    }
}

impl OutputFormat {
    /// Every format, in the order help texts list them.
    pub const ALL: [OutputFormat; 6] = [
        OutputFormat::Table,
        OutputFormat::Csv,
        OutputFormat::Tsv,
        OutputFormat::Json,
        OutputFormat::Turtle,
        OutputFormat::NTriples,
    ];

    /// The format's name as accepted by [`OutputFormat::from_str`].
    pub fn name(self) -> &'static str {
        match self {
            OutputFormat::Table => "table",
            OutputFormat::Csv => "csv",
            OutputFormat::Tsv => "tsv",
            OutputFormat::Json => "json",
            OutputFormat::Turtle => "turtle",
            OutputFormat::NTriples => "ntriples",
        }
    }
}

impl fmt::Display for OutputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for OutputFormat {
    type Err = String;

    fn from_str(name: &str) -> Result<OutputFormat, String> {
        OutputFormat::ALL
            .into_iter()
            .find(|format| format.name() == name)
            .ok_or_else(|| {
                format!(
                    "unknown output format '{name}'; use table, csv, tsv, json, turtle or ntriples"
                )
            })
    }
}

fn bundled_names() -> String {
    let names: Vec<&str> = bundled().iter().map(|query| query.name).collect();
    names.join(", ")
}

/// The parser's message split into its position and what it expected, with the line of the
/// query (or update) shown. Oxigraph writes positions as `error at LINE:COLUMN: message`.
pub fn syntax_error(query: &Query, error: &SparqlSyntaxError) -> QueryError {
    let text = error.to_string();
    let position = text.strip_prefix("error at ").and_then(|rest| {
        let (position, message) = rest.split_once(": ")?;
        let (line, column) = position.split_once(':')?;
        Some((
            line.parse::<usize>().ok()?,
            column.parse::<usize>().ok()?,
            message.to_owned(),
        ))
    });
    // The parser lists every character class it would have taken; the first line and a few
    // alternatives are enough to see the mistake.
    let position = position.map(|(line, column, message): (usize, usize, String)| {
        let first_line = message.lines().next().unwrap_or_default();
        let message = if first_line.chars().count() > 120 || message.contains('\n') {
            let cut: String = first_line.chars().take(120).collect();
            format!("{cut}…")
        } else {
            message
        };
        (line, column, message)
    });
    let Some((line, column, message)) = position else {
        return QueryError::Syntax {
            query: query.name.clone(),
            line: None,
            column: None,
            message: text,
            excerpt: String::new(),
        };
    };
    let source_line = query.text.lines().nth(line - 1).unwrap_or("");
    let excerpt = format!(
        "{line:>4} | {source_line}\n     | {}^",
        " ".repeat(column.saturating_sub(1))
    );
    QueryError::Syntax {
        query: query.name.clone(),
        line: Some(line),
        column: Some(column),
        message,
        excerpt,
    }
}

fn syntax_message(
    line: &Option<usize>,
    column: &Option<usize>,
    message: &str,
    excerpt: &str,
) -> String {
    match (line, column) {
        (Some(line), Some(column)) => {
            format!("syntax error at line {line}, column {column}: {message}\n{excerpt}")
        }
        _ => format!("syntax error: {message}"),
    }
}

fn evaluation_error(query: &Query, error: StoreError) -> QueryError {
    match error {
        StoreError::Query(QueryEvaluationError::NotExistingSubstitutedVariable(variable)) => {
            QueryError::UnboundVariable {
                query: query.name.clone(),
                variable: variable.as_str().to_owned(),
            }
        }
        cause => QueryError::Evaluation {
            query: query.name.clone(),
            cause,
        },
    }
}

/// Aligned columns separated by two spaces, with a header row and a rule. Line breaks and
/// tabs inside values are shown escaped so that each solution stays on one line.
/// The widest a table cell gets: a terminal table is for reading, and a full quotation would
/// push every other column off the screen. CSV, TSV and JSON keep every character.
const TABLE_CELL_WIDTH: usize = 80;

fn truncate(value: String, width: usize) -> String {
    if value.chars().count() <= width {
        return value;
    }
    let mut cut: String = value.chars().take(width - 1).collect();
    cut.push('…');
    cut
}

fn write_table(
    query: &Query,
    solutions: QuerySolutionIter<'static>,
    output: &Output,
    out: &mut (impl Write + ?Sized),
) -> Result<(), QueryError> {
    let header: Vec<String> = solutions
        .variables()
        .iter()
        .map(|variable| variable.as_str().to_owned())
        .collect();
    let mut rows = vec![header.clone()];
    for solution in solutions.take(output.limit.unwrap_or(usize::MAX)) {
        let solution = solution.map_err(|error| evaluation_error(query, error.into()))?;
        let row = header
            .iter()
            .map(|variable| {
                let value = solution
                    .get(variable.as_str())
                    .map(plain)
                    .unwrap_or_default();
                let value = value
                    .replace('\\', "\\\\")
                    .replace('\n', "\\n")
                    .replace('\r', "\\r")
                    .replace('\t', "\\t");
                truncate(value, TABLE_CELL_WIDTH)
            })
            .collect();
        rows.push(row);
    }
    let mut widths = vec![0; header.len()];
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let rule: Vec<String> = widths.iter().map(|width| "-".repeat(*width)).collect();
    rows.insert(1, rule);
    for (row_idx, row) in rows.iter().enumerate() {
        let mut line = String::new();
        for (cell, width) in row.iter().zip(&widths) {
            line.push_str(cell);
            line.extend(std::iter::repeat_n(' ', width - cell.chars().count() + 2));
        }
        let line = line.trim_end();
        if output.color && row_idx == 0 {
            writeln!(out, "\x1b[1m{line}\x1b[0m").map_err(QueryError::Write)?;
        } else {
            writeln!(out, "{line}").map_err(QueryError::Write)?;
        }
    }
    Ok(())
}

fn write_solutions(
    query: &Query,
    solutions: QuerySolutionIter<'static>,
    format: QueryResultsFormat,
    limit: usize,
    out: &mut (impl Write + ?Sized),
) -> Result<(), QueryError> {
    let mut serializer = QueryResultsSerializer::from_format(format)
        .serialize_solutions_to_writer(&mut *out, solutions.variables().to_vec())
        .map_err(QueryError::Write)?;
    for solution in solutions.take(limit) {
        let solution = solution.map_err(|error| evaluation_error(query, error.into()))?;
        serializer.serialize(&solution).map_err(QueryError::Write)?;
    }
    serializer.finish().map_err(QueryError::Write)?;
    Ok(())
}

fn write_triples(
    query: &Query,
    triples: QueryTripleIter<'static>,
    format: RdfFormat,
    limit: usize,
    out: &mut (impl Write + ?Sized),
) -> Result<(), QueryError> {
    let mut triples = sorted_triples(query, triples)?;
    triples.truncate(limit);
    let mut serializer = RdfSerializer::from_format(format);
    for (prefix, namespace) in PREFIXES {
        serializer = serializer
            .with_prefix(*prefix, *namespace)
            .expect("the prefix IRIs are valid");
    }
    let mut writer = serializer.for_writer(&mut *out);
    for triple in &triples {
        writer.serialize_triple(triple).map_err(QueryError::Write)?;
    }
    writer.finish().map_err(QueryError::Write)?;
    Ok(())
}

/// Evaluation order depends on the storage; sorting (and dropping the repeats that the
/// union default graph produces) makes the output the same for the same graph.
fn sorted_triples(
    query: &Query,
    triples: QueryTripleIter<'static>,
) -> Result<Vec<Triple>, QueryError> {
    let mut triples = triples
        .collect::<Result<Vec<_>, _>>()
        .map_err(|error| evaluation_error(query, error.into()))?;
    triples.sort_by_cached_key(|triple| {
        (
            triple.subject.to_string(),
            triple.predicate.to_string(),
            triple.object.to_string(),
        )
    });
    triples.dedup();
    Ok(triples)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdf::tests::sample_store;

    const PREFIX: &str = "PREFIX schema: <http://schema.org/>\n\
                          PREFIX ng: <https://example.org/newsgraph/ontology#>\n";

    /// Runs `sparql` on the sample store with `params` and compares the output.
    fn check(sparql: &str, params: &[&str], format: OutputFormat, expected: &str) {
        let store = sample_store();
        let query = Query {
            name: "test".to_owned(),
            text: format!("{PREFIX}{sparql}"),
        };
        let params: Vec<Param> = params.iter().map(|p| p.parse().unwrap()).collect();
        let mut out = Vec::new();
        run(&store, &query, &params, format, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }

    const NAMES: &str = "SELECT ?name ?person WHERE { ?person schema:name ?name } ORDER BY ?name";

    #[test]
    fn table_aligns_plain_values() {
        check(
            NAMES,
            &[],
            OutputFormat::Table,
            "name              person\n\
             ----------------  -----------------------------------------------------\n\
             Emmanuel Laurent  https://example.org/newsgraph/person/emmanuel-laurent\n\
             Vladimir Petrov   https://example.org/newsgraph/person/vladimir-petrov\n",
        );
    }

    #[test]
    fn csv_has_one_column_per_variable() {
        check(
            NAMES,
            &[],
            OutputFormat::Csv,
            "name,person\r\n\
             Emmanuel Laurent,https://example.org/newsgraph/person/emmanuel-laurent\r\n\
             Vladimir Petrov,https://example.org/newsgraph/person/vladimir-petrov\r\n",
        );
        check(
            NAMES,
            &["name=Vladimir Petrov"],
            OutputFormat::Tsv,
            "?name\t?person\n\"Vladimir Petrov\"\t<https://example.org/newsgraph/person/vladimir-petrov>\n",
        );
    }

    #[test]
    fn params_bind_literals_and_iris() {
        check(
            "SELECT ?person ?name WHERE { ?person schema:name ?name }",
            &["person=<https://example.org/newsgraph/person/emmanuel-laurent>"],
            OutputFormat::Json,
            r#"{"head":{"vars":["person","name"]},"results":{"bindings":[{"person":{"type":"uri","value":"https://example.org/newsgraph/person/emmanuel-laurent"},"name":{"type":"literal","value":"Emmanuel Laurent"}}]}}"#,
        );
    }

    #[test]
    fn a_param_cannot_inject_sparql() {
        let store = sample_store();
        let before = store.len().unwrap();
        let query = Query {
            name: "names".to_owned(),
            text: format!("{PREFIX}{NAMES}"),
        };
        let evil: Param = "name=x\" } ; DROP ALL #".parse().unwrap();
        assert_eq!(
            evil.value,
            Term::from(Literal::new_simple_literal("x\" } ; DROP ALL #"))
        );
        let mut out = Vec::new();
        run(&store, &query, &[evil], OutputFormat::Csv, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "name,person\r\n");
        assert_eq!(store.len().unwrap(), before);
        // The same text written as an IRI is refused before anything runs.
        let error = "person=<x\" } ; DROP ALL #>".parse::<Param>().unwrap_err();
        assert!(
            error.to_string().starts_with("invalid parameter"),
            "{error}"
        );
    }

    #[test]
    fn ask_and_construct_results() {
        check(
            "ASK { ?x ng:spokeWith ?y }",
            &[],
            OutputFormat::Table,
            "true\n",
        );
        check(
            "CONSTRUCT { ?a ng:spokeWith ?b } WHERE { ?a ng:spokeWith ?b }",
            &[],
            OutputFormat::NTriples,
            "<https://example.org/newsgraph/person/emmanuel-laurent> <https://example.org/newsgraph/ontology#spokeWith> <https://example.org/newsgraph/person/vladimir-petrov> .\n\
             <https://example.org/newsgraph/person/vladimir-petrov> <https://example.org/newsgraph/ontology#spokeWith> <https://example.org/newsgraph/person/emmanuel-laurent> .\n",
        );
    }

    #[test]
    fn errors_name_the_query() {
        let store = sample_store();
        let broken = Query {
            name: "queries/broken.rq".to_owned(),
            text: "SELECT ?x WHERE { ?x".to_owned(),
        };
        let Err(error) = evaluate(&store, &broken, &[]) else {
            panic!("a broken query ran");
        };
        let error = error.to_string();
        assert!(error.starts_with("query queries/broken.rq: "), "{error}");
        let names = Query {
            name: "names".to_owned(),
            text: format!("{PREFIX}{NAMES}"),
        };
        let param: Param = "speaker=Petrov".parse().unwrap();
        let Err(error) = evaluate(&store, &names, &[param]) else {
            panic!("an unselected variable was bound");
        };
        let error = error.to_string();
        assert!(
            error.starts_with("query names does not select ?speaker"),
            "{error}"
        );
        let mut out = Vec::new();
        let error = run(&store, &names, &[], OutputFormat::Turtle, &mut out).unwrap_err();
        assert!(
            error.to_string().contains("use table, csv, tsv or json"),
            "{error}"
        );
    }

    #[test]
    fn bundled_queries_resolve_parse_and_describe_themselves() {
        let store = sample_store();
        assert_eq!(bundled().len(), 12);
        for bundled in bundled() {
            let query = resolve(bundled.name).unwrap();
            assert_eq!(query.text, bundled.text);
            assert!(
                !bundled.description.is_empty(),
                "{} has no description",
                bundled.name
            );
            evaluate(&store, &query, &[]).unwrap();
        }
        let error = resolve("nonsense").unwrap_err().to_string();
        assert!(error.contains("quotations, contacts"), "{error}");
        let error = resolve("missing.rq").unwrap_err().to_string();
        assert!(error.starts_with("reading query missing.rq"), "{error}");
    }

    #[test]
    fn a_bundled_query_takes_a_param() {
        let store = sample_store();
        let query = resolve("article").unwrap();
        let rows = |doc: &str| {
            let param: Param = format!("doc={doc}").parse().unwrap();
            let mut out = Vec::new();
            run(&store, &query, &[param], OutputFormat::Tsv, &mut out).unwrap();
            String::from_utf8(out).unwrap().lines().count() - 1
        };
        assert!(rows("000_sample") > 0);
        assert_eq!(rows("000_other"), 0);
    }

    #[test]
    fn limit_caps_rows_in_every_format() {
        let store = sample_store();
        let query = Query {
            name: "names".to_owned(),
            text: format!("{PREFIX}{NAMES}"),
        };
        for format in [OutputFormat::Table, OutputFormat::Csv, OutputFormat::Tsv] {
            let mut out = Vec::new();
            let output = Output {
                limit: Some(1),
                ..Output::from(format)
            };
            run(&store, &query, &[], output, &mut out).unwrap();
            let text = String::from_utf8(out).unwrap();
            assert!(text.contains("Emmanuel Laurent"), "{text}");
            assert!(!text.contains("Vladimir Petrov"), "{format}: {text}");
        }
        let construct = Query {
            name: "spoke".to_owned(),
            text: format!(
                "{PREFIX}CONSTRUCT {{ ?a ng:spokeWith ?b }} WHERE {{ ?a ng:spokeWith ?b }}"
            ),
        };
        let mut out = Vec::new();
        let output = Output {
            limit: Some(1),
            ..Output::from(OutputFormat::NTriples)
        };
        run(&store, &construct, &[], output, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap().lines().count(), 1);
    }

    #[test]
    fn long_values_are_cut_in_tables_only() {
        let long = "word ".repeat(40);
        let sparql = format!("SELECT ?long WHERE {{ BIND(\"{long}\" AS ?long) }}");
        let cut: String = long.chars().take(TABLE_CELL_WIDTH - 1).collect();
        check(
            &sparql,
            &[],
            OutputFormat::Table,
            &format!("long\n{}\n{cut}…\n", "-".repeat(TABLE_CELL_WIDTH)),
        );
        check(
            &sparql,
            &[],
            OutputFormat::Csv,
            &format!("long\r\n{long}\r\n"),
        );
    }

    #[test]
    fn color_emphasizes_the_table_header_only() {
        let store = sample_store();
        let query = Query {
            name: "names".to_owned(),
            text: format!("{PREFIX}{NAMES}"),
        };
        let mut out = Vec::new();
        let output = Output {
            color: true,
            ..Output::from(OutputFormat::Table)
        };
        run(&store, &query, &[], output, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with("\x1b[1mname              person\x1b[0m\n"),
            "{text:?}"
        );
        assert_eq!(text.matches('\x1b').count(), 2);
    }

    #[test]
    fn syntax_errors_give_the_line_and_column_and_show_the_line() {
        let store = sample_store();
        let broken = Query {
            name: "who-said-what".to_owned(),
            text: "SELECT ?x\nWHERE { ?x foo:bar ?z }\n".to_owned(),
        };
        let Err(error) = evaluate(&store, &broken, &[]) else {
            panic!("a broken query ran");
        };
        let QueryError::Syntax { line, column, .. } = &error else {
            panic!("{error:?}");
        };
        assert_eq!((*line, *column), (Some(2), Some(19)));
        expect_test::expect![[r#"
            query who-said-what: syntax error at line 2, column 19: expected one of Prefix not found, ['%'], ['-' | '0' ..= '9' | '\u{00B7}' | '\u{0300}'..='\u{036F}' |…
               2 | WHERE { ?x foo:bar ?z }
                 |                   ^"#]]
        .assert_eq(&error.to_string());
    }

    #[test]
    fn malformed_params_are_refused() {
        for bad in ["speaker", "=x", "a b=x"] {
            let error = bad.parse::<Param>().unwrap_err().to_string();
            assert!(
                error.starts_with(&format!("invalid parameter '{bad}'")),
                "{error}"
            );
        }
        let param: Param = "?speaker=a=b".parse().unwrap();
        assert_eq!(param.variable.as_str(), "speaker");
        assert_eq!(param.value, Term::from(Literal::new_simple_literal("a=b")));
    }
}
