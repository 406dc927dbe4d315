//! A SPARQL 1.1 Protocol endpoint over the store, with a small query page for people.
//!
//! In: a [`Store`], a [`Config`] and HTTP requests. Out: HTTP responses, from [`handle`] (one
//! request, for tests and embedding) or a server from [`spawn`].
//!
//! - `GET /query?query=…`, `POST /query` with a form (`query=…`) or an
//!   `application/sparql-query` body. Results are negotiated with `Accept`: SPARQL results
//!   JSON (the default), XML, CSV or TSV for `SELECT` and `ASK`; Turtle (the default),
//!   N-Triples or RDF/XML for `CONSTRUCT` and `DESCRIBE`. The default graph is the union of
//!   all graphs, as for `newsgraph query`, unless `default-graph-uri` or `named-graph-uri`
//!   give the dataset.
//! - `POST /update` with a form (`update=…`) or an `application/sparql-update` body, only when
//!   [`Config::writable`]; otherwise 403. `using-graph-uri` and `using-named-graph-uri` are
//!   refused (400) rather than ignored.
//! - `GET /`: an HTML page with a query box, the bundled queries one click away, and results
//!   as a table.
//! - Every response allows any origin (CORS), so browser SPARQL editors can use the
//!   endpoint; preflight `OPTIONS` requests are answered.
//!
//! One heavy query cannot take the server down: evaluation is cancelled after
//! [`Config::timeout`] (503), and at most [`Config::max_rows`] solutions or triples are sent
//! (the response then carries `X-Newsgraph-Truncated: N`). Responses are built in memory,
//! which the row cap bounds.

use std::io::Read;
use std::net::SocketAddr;
use std::sync::mpsc;
use std::time::Duration;

use oxhttp::model::header::{ACCEPT, CONTENT_TYPE};
use oxhttp::model::{Body, HeaderValue, Method, Request, Response, StatusCode};
use oxhttp::{ListeningServer, Server};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryEvaluationError, QueryResults, SparqlEvaluator};

use crate::query::{self, Query, QueryError};
use crate::rdf::store::Store;
use crate::rdf::{StoreError, PREFIXES};

/// How the endpoint behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    /// Whether `/update` accepts SPARQL updates.
    pub writable: bool,
    /// How long one query may run before it is cancelled.
    pub timeout: Duration,
    /// The most solutions (or triples) one response carries.
    pub max_rows: usize,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            writable: false,
            timeout: Duration::from_secs(30),
            max_rows: 10_000,
        }
    }
}

/// Starts a server on `address` that answers every request with [`handle`]. It runs in
/// background threads until the process ends; [`ListeningServer::join`] waits for it.
pub fn spawn(
    store: Store,
    config: Config,
    address: SocketAddr,
) -> std::io::Result<ListeningServer> {
    Server::new(move |request| handle(&store, &config, request))
        .bind(address)
        .with_global_timeout(Duration::from_secs(60))
        .with_max_concurrent_connections(64)
        .spawn()
}

/// Answers one request.
pub fn handle(store: &Store, config: &Config, request: &mut Request<Body>) -> Response<Body> {
    let mut response = route(store, config, request);
    let headers = response.headers_mut();
    headers.insert("access-control-allow-origin", HeaderValue::from_static("*"));
    headers.insert(
        "access-control-expose-headers",
        HeaderValue::from_static("x-newsgraph-truncated"),
    );
    response
}

/// Media types per kind of result, the default first.
const SOLUTION_TYPES: &[(&str, QueryResultsFormat)] = &[
    ("application/sparql-results+json", QueryResultsFormat::Json),
    ("application/json", QueryResultsFormat::Json),
    ("application/sparql-results+xml", QueryResultsFormat::Xml),
    ("application/xml", QueryResultsFormat::Xml),
    ("text/csv", QueryResultsFormat::Csv),
    ("text/tab-separated-values", QueryResultsFormat::Tsv),
];
const GRAPH_TYPES: &[(&str, RdfFormat)] = &[
    ("text/turtle", RdfFormat::Turtle),
    ("application/n-triples", RdfFormat::NTriples),
    ("text/plain", RdfFormat::NTriples),
    ("application/rdf+xml", RdfFormat::RdfXml),
];

fn route(store: &Store, config: &Config, request: &mut Request<Body>) -> Response<Body> {
    let path = request.uri().path().to_owned();
    let method = request.method().clone();
    match (path.as_str(), method) {
        (_, Method::OPTIONS) => preflight(),
        ("/", Method::GET) => page(),
        ("/query", Method::GET) => {
            let form = request.uri().query().unwrap_or_default().to_owned();
            match form_value(&form, "query") {
                Some(query) => run_query(store, config, request, &Operation { text: query, form }),
                None => text(StatusCode::BAD_REQUEST, "no `query` parameter in the URL"),
            }
        }
        ("/query", Method::POST) => {
            match operation(request, "query", "application/sparql-query") {
                Ok(operation) => run_query(store, config, request, &operation),
                Err((status, message)) => text(status, &message),
            }
        }
        ("/update", _) if !config.writable => text(
            StatusCode::FORBIDDEN,
            "this endpoint is read-only; start it with `newsgraph serve --writable` to allow updates",
        ),
        ("/update", Method::POST) => {
            match operation(request, "update", "application/sparql-update") {
                Ok(operation) => run_update(store, &operation),
                Err((status, message)) => text(status, &message),
            }
        }
        ("/query" | "/update", _) => {
            let mut response = text(StatusCode::METHOD_NOT_ALLOWED, "use GET or POST");
            response
                .headers_mut()
                .insert("allow", HeaderValue::from_static("GET, POST, OPTIONS"));
            response
        }
        _ => text(
            StatusCode::NOT_FOUND,
            "not found: the endpoint is /query (and /update when writable); / has a query page",
        ),
    }
}

/// The answer to a CORS preflight. GET and POST are safelisted methods, so what matters is
/// allowing the `Content-Type` of `application/sparql-query` bodies and `Accept`.
/// (`Access-Control-Allow-Methods` is set too, but oxhttp 0.3 drops that header on output.)
fn preflight() -> Response<Body> {
    Response::builder()
        .status(StatusCode::NO_CONTENT)
        .header("access-control-allow-methods", "GET, POST, OPTIONS")
        .header("access-control-allow-headers", "Accept, Content-Type")
        .header("access-control-max-age", "86400")
        .body(Body::empty())
        .expect("a valid response")
}

fn page() -> Response<Body> {
    let queries: Vec<serde_json::Value> = query::bundled()
        .iter()
        .map(|bundled| {
            serde_json::json!({
                "name": bundled.name,
                "description": bundled.description,
                "text": bundled.text,
            })
        })
        .collect();
    // Inside <script>, "</" would end the element; JSON allows "\/" for "/".
    let queries = serde_json::Value::from(queries)
        .to_string()
        .replace("</", "<\\/");
    let html = include_str!("page.html").replace("{{QUERIES}}", &queries);
    respond(
        StatusCode::OK,
        "text/html; charset=utf-8",
        html.into_bytes(),
    )
}

fn text(status: StatusCode, message: &str) -> Response<Body> {
    respond(
        status,
        "text/plain; charset=utf-8",
        format!("{message}\n").into_bytes(),
    )
}

fn respond(status: StatusCode, content_type: &str, body: Vec<u8>) -> Response<Body> {
    Response::builder()
        .status(status)
        .header(CONTENT_TYPE, content_type)
        .body(Body::from(body))
        .expect("a valid response")
}

/// A query or update with the protocol's other parameters.
struct Operation {
    /// The SPARQL text.
    text: String,
    /// Every `name=value` parameter of the URL and of a form body, for the dataset
    /// parameters (`default-graph-uri`, `named-graph-uri`, `using-graph-uri`, ...).
    form: String,
}

/// The query or update of a POST: a form field, or the whole body of the given media type.
/// The error is the status and message to answer with.
fn operation(
    request: &mut Request<Body>,
    field: &str,
    direct_type: &str,
) -> Result<Operation, (StatusCode, String)> {
    let url_form = request.uri().query().unwrap_or_default().to_owned();
    let content_type = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .map(|value| value.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let mut body = String::new();
    // The connection's global timeout bounds how long a slow client can hold the read.
    if request.body_mut().read_to_string(&mut body).is_err() {
        return Err((
            StatusCode::BAD_REQUEST,
            "the body is not UTF-8 text".to_owned(),
        ));
    }
    match content_type.as_str() {
        "application/x-www-form-urlencoded" => match form_value(&body, field) {
            Some(text) => Ok(Operation {
                text,
                form: format!("{url_form}&{body}"),
            }),
            None => Err((
                StatusCode::BAD_REQUEST,
                format!("no `{field}` field in the form"),
            )),
        },
        direct if direct == direct_type => Ok(Operation {
            text: body,
            form: url_form,
        }),
        other => Err((
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!(
                "unsupported content type '{other}': send application/x-www-form-urlencoded or {direct_type}"
            ),
        )),
    }
}

/// The first value of `name` in an `application/x-www-form-urlencoded` string.
fn form_value(form: &str, name: &str) -> Option<String> {
    form_values(form, name).into_iter().next()
}

/// Every value of `name`, in order; pairs that do not decode are left out.
fn form_values(form: &str, name: &str) -> Vec<String> {
    form.split('&')
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decoded(key)? == name).then(|| percent_decoded(value))?
        })
        .collect()
}

/// The IRIs given for a dataset parameter.
fn graph_iris(form: &str, name: &str) -> Result<Vec<NamedNode>, String> {
    form_values(form, name)
        .into_iter()
        .map(|iri| {
            NamedNode::new(iri.as_str())
                .map_err(|error| format!("{name} <{iri}> is not an IRI: {error}"))
        })
        .collect()
}

/// `+` as space and `%XX` as a byte; `None` when the result is not UTF-8 or an escape is
/// broken.
fn percent_decoded(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut input = text.bytes();
    while let Some(byte) = input.next() {
        match byte {
            b'+' => bytes.push(b' '),
            b'%' => {
                let high = char::from(input.next()?).to_digit(16)?;
                let low = char::from(input.next()?).to_digit(16)?;
                bytes.push(u8::try_from(high * 16 + low).expect("two hex digits fit a byte"));
            }
            other => bytes.push(other),
        }
    }
    String::from_utf8(bytes).ok()
}

/// The media types of an `Accept` header, most wanted first (by `q`, then by order).
fn accepted(request: &Request<Body>) -> Vec<String> {
    let Some(accept) = request
        .headers()
        .get(ACCEPT)
        .and_then(|value| value.to_str().ok())
    else {
        return vec!["*/*".to_owned()];
    };
    let mut types: Vec<(u32, usize, String)> = accept
        .split(',')
        .enumerate()
        .filter_map(|(position, item)| {
            let mut parts = item.split(';');
            let media_type = parts.next()?.trim().to_ascii_lowercase();
            let quality = parts
                .filter_map(|param| param.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            // Thousandths, so that sorting needs no float comparison.
            let quality = (quality.clamp(0.0, 1.0) * 1000.0).round() as u32;
            (quality > 0 && !media_type.is_empty()).then_some((quality, position, media_type))
        })
        .collect();
    types.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    types
        .into_iter()
        .map(|(_, _, media_type)| media_type)
        .collect()
}

/// The first offered format the client accepts, with its media type.
fn negotiate<F: Copy>(
    wanted: &[String],
    offered: &[(&'static str, F)],
) -> Option<(&'static str, F)> {
    wanted.iter().find_map(|media_type| {
        if media_type == "*/*" {
            return offered.first().copied();
        }
        if let Some(family) = media_type.strip_suffix("/*") {
            return offered
                .iter()
                .find(|(offer, _)| offer.split('/').next() == Some(family))
                .copied();
        }
        offered
            .iter()
            .find(|(offer, _)| offer == media_type)
            .copied()
    })
}

fn not_acceptable(offered: &[(&str, impl Copy)]) -> Response<Body> {
    let names: Vec<&str> = offered.iter().map(|(name, _)| *name).collect();
    text(
        StatusCode::NOT_ACCEPTABLE,
        &format!(
            "no acceptable format; this result is available as {}",
            names.join(", ")
        ),
    )
}

/// Cancels `token` after `timeout` unless the returned sender is dropped first.
fn start_timer(token: CancellationToken, timeout: Duration) -> mpsc::Sender<()> {
    let (done, finished) = mpsc::channel::<()>();
    std::thread::spawn(move || {
        if finished.recv_timeout(timeout) == Err(mpsc::RecvTimeoutError::Timeout) {
            token.cancel();
        }
    });
    done
}

/// Evaluates a query. `default-graph-uri` and `named-graph-uri` replace the dataset (and
/// any `FROM` of the query), as the protocol says; without them the default graph is the
/// union of all graphs.
fn run_query(
    store: &Store,
    config: &Config,
    request: &Request<Body>,
    operation: &Operation,
) -> Response<Body> {
    let query = Query {
        name: "from the request".to_owned(),
        text: operation.text.clone(),
    };
    let token = CancellationToken::new();
    let evaluator = SparqlEvaluator::new().with_cancellation_token(token.clone());
    let mut prepared = match query::prepare(&query, &[], evaluator) {
        Ok(prepared) => prepared,
        Err(error) => return text(StatusCode::BAD_REQUEST, &error.to_string()),
    };
    let graphs = graph_iris(&operation.form, "default-graph-uri")
        .and_then(|default| Ok((default, graph_iris(&operation.form, "named-graph-uri")?)));
    match graphs {
        Err(message) => return text(StatusCode::BAD_REQUEST, &message),
        Ok((default, named)) if !default.is_empty() || !named.is_empty() => {
            let dataset = prepared.dataset_mut();
            dataset.set_default_graph(default.into_iter().map(GraphName::from).collect());
            dataset.set_available_named_graphs(named.into_iter().map(Into::into).collect());
        }
        Ok(_) => {}
    }
    let _timer = start_timer(token, config.timeout);
    let wanted = accepted(request);
    let outcome = match store.query(prepared) {
        Ok(results) => write_results(results, &wanted, config.max_rows),
        Err(error) => Err(error),
    };
    match outcome {
        Ok(Written::Done {
            content_type,
            body,
            truncated,
        }) => {
            let mut response = respond(StatusCode::OK, content_type, body);
            if truncated {
                response.headers_mut().insert(
                    "x-newsgraph-truncated",
                    HeaderValue::from(config.max_rows),
                );
            }
            response
        }
        Ok(Written::NotAcceptable(response)) => response,
        Err(StoreError::Query(QueryEvaluationError::Cancelled)) => text(
            StatusCode::SERVICE_UNAVAILABLE,
            &format!(
                "the query was cancelled after {} s (the server's --timeout); narrow it down or add a LIMIT",
                config.timeout.as_secs_f64()
            ),
        ),
        Err(error) => text(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!("evaluating the query: {error}"),
        ),
    }
}

enum Written {
    Done {
        content_type: &'static str,
        body: Vec<u8>,
        truncated: bool,
    },
    NotAcceptable(Response<Body>),
}

fn write_results(
    results: QueryResults<'static>,
    wanted: &[String],
    max_rows: usize,
) -> Result<Written, StoreError> {
    let mut body = Vec::new();
    let mut truncated = false;
    let content_type = match results {
        QueryResults::Solutions(solutions) => {
            let Some((content_type, format)) = negotiate(wanted, SOLUTION_TYPES) else {
                return Ok(Written::NotAcceptable(not_acceptable(SOLUTION_TYPES)));
            };
            let mut serializer = QueryResultsSerializer::from_format(format)
                .serialize_solutions_to_writer(&mut body, solutions.variables().to_vec())
                .map_err(StoreError::Write)?;
            for (row_idx, solution) in solutions.enumerate() {
                if row_idx == max_rows {
                    truncated = true;
                    break;
                }
                serializer
                    .serialize(&solution?)
                    .map_err(StoreError::Write)?;
            }
            serializer.finish().map_err(StoreError::Write)?;
            content_type
        }
        QueryResults::Boolean(value) => {
            let Some((content_type, format)) = negotiate(wanted, SOLUTION_TYPES) else {
                return Ok(Written::NotAcceptable(not_acceptable(SOLUTION_TYPES)));
            };
            QueryResultsSerializer::from_format(format)
                .serialize_boolean_to_writer(&mut body, value)
                .map_err(StoreError::Write)?;
            content_type
        }
        QueryResults::Graph(triples) => {
            let Some((content_type, format)) = negotiate(wanted, GRAPH_TYPES) else {
                return Ok(Written::NotAcceptable(not_acceptable(GRAPH_TYPES)));
            };
            let mut serializer = RdfSerializer::from_format(format);
            for (prefix, namespace) in PREFIXES {
                serializer = serializer
                    .with_prefix(*prefix, *namespace)
                    .expect("the prefix IRIs are valid");
            }
            let mut writer = serializer.for_writer(&mut body);
            for (triple_idx, triple) in triples.enumerate() {
                if triple_idx == max_rows {
                    truncated = true;
                    break;
                }
                writer
                    .serialize_triple(&triple?)
                    .map_err(StoreError::Write)?;
            }
            writer.finish().map_err(StoreError::Write)?;
            content_type
        }
    };
    Ok(Written::Done {
        content_type,
        body,
        truncated,
    })
}

fn run_update(store: &Store, operation: &Operation) -> Response<Body> {
    for name in ["using-graph-uri", "using-named-graph-uri"] {
        if !form_values(&operation.form, name).is_empty() {
            return text(
                StatusCode::BAD_REQUEST,
                &format!("{name} is not supported; write USING or GRAPH in the update instead"),
            );
        }
    }
    let update = operation.text.as_str();
    let name = Query {
        name: "from the request".to_owned(),
        text: update.to_owned(),
    };
    let prepared = match SparqlEvaluator::new().parse_update(update) {
        Ok(prepared) => prepared,
        Err(error) => {
            let error: QueryError = query::syntax_error(&name, &error);
            return text(
                StatusCode::BAD_REQUEST,
                &error.to_string().replacen("query", "update", 1),
            );
        }
    };
    match store.update(prepared) {
        Ok(()) => Response::builder()
            .status(StatusCode::NO_CONTENT)
            .body(Body::empty())
            .expect("a valid response"),
        Err(error) => text(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!("running the update: {error}"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rdf::tests::sample_store;

    /// Sends a request to `handle` and returns status, content type and body.
    fn check(config: &Config, request: Request<Body>) -> (u16, String, String) {
        let mut request = request;
        let response = handle(&sample_store(), config, &mut request);
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get(CONTENT_TYPE)
            .map(|value| value.to_str().unwrap().to_owned())
            .unwrap_or_default();
        assert_eq!(
            response
                .headers()
                .get("access-control-allow-origin")
                .unwrap(),
            "*"
        );
        let body = response.into_body().to_string().unwrap();
        (status, content_type, body)
    }

    fn get(uri: &str, accept: &str) -> Request<Body> {
        Request::builder()
            .uri(uri)
            .header(ACCEPT, accept)
            .body(Body::empty())
            .unwrap()
    }

    #[test]
    fn accept_headers_pick_the_format() {
        let ask = "/query?query=ASK%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D";
        let config = Config::default();
        assert_eq!(
            check(&config, get(ask, "*/*")),
            (
                200,
                "application/sparql-results+json".to_owned(),
                r#"{"head":{},"boolean":true}"#.to_owned()
            )
        );
        let (_, content_type, body) = check(
            &config,
            get(ask, "text/csv;q=0.5, application/sparql-results+xml"),
        );
        assert_eq!(content_type, "application/sparql-results+xml");
        assert!(body.contains("<boolean>true</boolean>"), "{body}");
        let (status, _, body) = check(&config, get(ask, "image/png"));
        assert_eq!(status, 406);
        assert!(body.contains("application/sparql-results+json"), "{body}");
    }

    #[test]
    fn forms_and_direct_bodies_are_read() {
        let config = Config::default();
        let form = Request::builder()
            .method(Method::POST)
            .uri("/query")
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(ACCEPT, "text/csv")
            .body(Body::from(
                "query=SELECT+%3Fname+WHERE+%7B+%3Fp+%3Chttp%3A%2F%2Fschema.org%2Fname%3E+%3Fname+%7D+ORDER+BY+%3Fname",
            ))
            .unwrap();
        assert_eq!(
            check(&config, form).2,
            "name\r\nEmmanuel Laurent\r\nVladimir Petrov\r\n"
        );
        let direct = Request::builder()
            .method(Method::POST)
            .uri("/query")
            .header(CONTENT_TYPE, "application/sparql-query")
            .header(ACCEPT, "application/n-triples")
            .body(Body::from(
                "CONSTRUCT { ?p <http://schema.org/name> ?n } WHERE { ?p <http://schema.org/name> ?n } ORDER BY ?n LIMIT 1",
            ))
            .unwrap();
        assert_eq!(
            check(&config, direct),
            (
                200,
                "application/n-triples".to_owned(),
                "<https://example.org/newsgraph/person/emmanuel-laurent> <http://schema.org/name> \"Emmanuel Laurent\" .\n".to_owned()
            )
        );
    }

    #[test]
    fn dataset_parameters_choose_the_graphs() {
        let count =
            "/query?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D";
        let csv = |uri: &str| check(&Config::default(), get(uri, "text/csv")).2;
        let union = csv(count);
        let article = "https%3A%2F%2Fexample.org%2Fnewsgraph%2Fdoc%2F000_sample";
        assert_eq!(csv(&format!("{count}&default-graph-uri={article}")), union);
        assert_eq!(
            csv(&format!("{count}&default-graph-uri=urn%3Anothing")),
            "n\r\n0\r\n"
        );
        let named = "/query?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%20GRAPH%20%3Fg%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20%7D";
        assert_eq!(
            csv(&format!("{named}&named-graph-uri=urn%3Anothing")),
            "n\r\n0\r\n"
        );
        assert_eq!(csv(&format!("{named}&named-graph-uri={article}")), union);
        let (status, _, body) = check(
            &Config::default(),
            get(&format!("{count}&default-graph-uri=not%20an%20iri"), "*/*"),
        );
        assert_eq!(status, 400);
        assert!(
            body.starts_with("default-graph-uri <not an iri> is not an IRI"),
            "{body}"
        );
    }

    #[test]
    fn rows_are_capped() {
        let config = Config {
            max_rows: 1,
            ..Config::default()
        };
        let mut request = get(
            "/query?query=SELECT%20*%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D",
            "text/tab-separated-values",
        );
        let response = handle(&sample_store(), &config, &mut request);
        assert_eq!(
            response.headers().get("x-newsgraph-truncated").unwrap(),
            "1"
        );
        assert_eq!(response.into_body().to_string().unwrap().lines().count(), 2);
    }

    #[test]
    fn updates_need_a_writable_server() {
        let update = || {
            Request::builder()
                .method(Method::POST)
                .uri("/update")
                .header(CONTENT_TYPE, "application/sparql-update")
                .body(Body::from("INSERT DATA { <urn:a> <urn:b> <urn:c> }"))
                .unwrap()
        };
        let (status, _, body) = check(&Config::default(), update());
        assert_eq!(status, 403);
        assert!(body.contains("--writable"), "{body}");
        let store = sample_store();
        let writable = Config {
            writable: true,
            ..Config::default()
        };
        let before = store.len().unwrap();
        assert_eq!(handle(&store, &writable, &mut update()).status(), 204);
        assert_eq!(store.len().unwrap(), before + 1);
    }

    #[test]
    fn mistakes_get_clear_statuses() {
        let config = Config::default();
        let (status, _, body) = check(&config, get("/query?query=SELEC%20%3Fx", "*/*"));
        assert_eq!(status, 400);
        assert!(
            body.starts_with("query from the request: syntax error at line 1"),
            "{body}"
        );
        assert_eq!(check(&config, get("/query", "*/*")).0, 400);
        assert_eq!(check(&config, get("/nothing", "*/*")).0, 404);
        let put = Request::builder()
            .method(Method::PUT)
            .uri("/query")
            .body(Body::empty())
            .unwrap();
        assert_eq!(check(&config, put).0, 405);
        let options = Request::builder()
            .method(Method::OPTIONS)
            .uri("/query")
            .body(Body::empty())
            .unwrap();
        assert_eq!(check(&config, options).0, 204);
    }

    #[test]
    fn the_page_lists_the_bundled_queries() {
        let (status, content_type, body) = check(&Config::default(), get("/", "text/html"));
        assert_eq!(
            (status, content_type.as_str()),
            (200, "text/html; charset=utf-8")
        );
        assert!(body.contains("<textarea"), "{body}");
        assert!(body.contains(r#""name":"who-said-what""#));
        assert!(!body.contains("{{QUERIES}}"));
    }

    #[test]
    fn form_values_are_percent_decoded() {
        assert_eq!(
            form_value("a=1&query=x+%3Fy%C3%A9", "query").as_deref(),
            Some("x ?yé")
        );
        assert_eq!(form_value("query=%ZZ", "query"), None);
        assert_eq!(form_value("other=1", "query"), None);
    }
}
