#!/usr/bin/env python3
"""Reads newsgraph's exports with rdflib, for the integration tests (tests/rdf_tools.rs).

  rdflib_check.py count FORMAT FILE
      prints the number of triples (or quads) rdflib reads
  rdflib_check.py queries TRIG_FILE QUERIES_DIR OUT_DIR [QUERY:VAR=VALUE ...]
      runs every .rq file over the union of the TriG's graphs and writes OUT_DIR/NAME.csv,
      binding VAR to a literal in query QUERY only
  rdflib_check.py endpoint URL QUERIES_DIR OUT_DIR [QUERY:VAR=VALUE ...]
      the same as `queries`, through rdflib's SPARQLStore talking to a SPARQL endpoint
  rdflib_check.py shacl DATA_FILE FORMAT SHAPES_FILE
      validates the union graph with pySHACL; exits 1 and prints the report on violations
  rdflib_check.py shacl-results DATA_FILE FORMAT SHAPES_FILE
      validates the same way and prints one sorted, distinct line per top-level result:
      focus<TAB>path<TAB>component (terms in N-Triples syntax, component as sh:Name)
"""
import pathlib
import sys

import rdflib


def count(fmt, path):
    if fmt in ("nquads", "trig", "json-ld"):
        graph = rdflib.Dataset()
        graph.parse(path, format=fmt)
        print(len(list(graph.quads((None, None, None, None)))))
    else:
        graph = rdflib.Graph()
        graph.parse(path, format=fmt)
        print(len(graph))


def queries(trig, queries_dir, out_dir, bindings):
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(trig, format="trig")
    run_queries(dataset, queries_dir, out_dir, bindings)


def endpoint(url, queries_dir, out_dir, bindings):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = rdflib.Graph(SPARQLStore(query_endpoint=url, returnFormat="json", method="POST"))
    run_queries(graph, queries_dir, out_dir, bindings)


def run_queries(dataset, queries_dir, out_dir, bindings):
    out = pathlib.Path(out_dir)
    for path in sorted(pathlib.Path(queries_dir).glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        wanted = {name: rdflib.Literal(value) for query, name, value in bindings if query == path.stem}
        result = dataset.query(text, initBindings=wanted)
        (out / (path.stem + ".csv")).write_bytes(result.serialize(format="csv"))


def validate(data, fmt, shapes):
    import pyshacl

    graph = rdflib.Dataset(default_union=True) if fmt == "trig" else rdflib.Graph()
    graph.parse(data, format=fmt)
    union = rdflib.Graph()
    for triple in graph.triples((None, None, None)):
        union.add(triple)
    return pyshacl.validate(union, shacl_graph=shapes, shacl_graph_format="turtle", inference="none")


def shacl(data, fmt, shapes):
    conforms, _, text = validate(data, fmt, shapes)
    if not conforms:
        print(text)
        sys.exit(1)
    print("conforms")


def shacl_results(data, fmt, shapes):
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    _, results, _ = validate(data, fmt, shapes)
    lines = set()
    for result in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        # Nested results (why a value fails sh:node or sh:or) hang off their top-level result
        # with sh:detail; only top-level results are the report.
        if (None, sh.detail, result) in results:
            continue
        focus = results.value(result, sh.focusNode)
        path = results.value(result, sh.resultPath)
        component = results.value(result, sh.sourceConstraintComponent)
        lines.add("\t".join([focus.n3(), path.n3() if path is not None else "", "sh:" + component.split("#")[-1]]))
    for line in sorted(lines):
        print(line)


def main():
    command = sys.argv[1]
    if command == "count":
        count(sys.argv[2], sys.argv[3])
    elif command in ("queries", "endpoint"):
        # QUERY:VAR=VALUE binds VAR in that query only.
        bindings = []
        for arg in sys.argv[5:]:
            query, binding = arg.split(":", 1)
            name, value = binding.split("=", 1)
            bindings.append((query, name, value))
        run = queries if command == "queries" else endpoint
        run(sys.argv[2], sys.argv[3], sys.argv[4], bindings)
    elif command == "shacl":
        shacl(sys.argv[2], sys.argv[3], sys.argv[4])
    elif command == "shacl-results":
        shacl_results(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main()
