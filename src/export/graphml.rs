//! GraphML export of the same people-and-organizations graph [`dot`] draws, for
//! Gephi, Cytoscape, yEd and networkx.
//!
//! In: the [`Store`] and dot's [`Options`] (the same focus, dates, weights and clusters).
//! Out: one GraphML document written to a `&mut impl Write`.
//!
//! Nodes carry `label` (the name), `type` (person, organization, country, city, place) and
//! `cluster` when clusters were asked for; edges carry `label` (kind and date, or
//! `spoke of`), `kind` (happened, planned, possible, negated, spoke of), `weight` (how many
//! events or quotations the edge stands for) and `directed` (false for a contact where no
//! side is said to have acted). Node ids are the entities' IRIs. Order is dot's: sorted.

use std::io::Write;

use super::dot::{self, edge_style_name, node_style_name, Options};
use super::ExportError;
use crate::rdf::store::Store;

/// Writes the graph that `options` select as GraphML.
pub fn write(
    store: &Store,
    options: &Options,
    out: &mut (impl Write + ?Sized),
) -> Result<(), ExportError> {
    let drawing = dot::drawing(store, options)?;
    let graph = dot::network(&drawing);
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (id, domain, name, kind) in [
        ("label", "node", "label", "string"),
        ("type", "node", "type", "string"),
        ("cluster", "node", "cluster", "string"),
        ("edge_label", "edge", "label", "string"),
        ("kind", "edge", "kind", "string"),
        ("weight", "edge", "weight", "int"),
    ] {
        writeln!(
            out,
            r#"  <key id="{id}" for="{domain}" attr.name="{name}" attr.type="{kind}"/>"#
        )?;
    }
    writeln!(out, r#"  <graph id="newsgraph" edgedefault="directed">"#)?;
    for (id, node) in graph.node_weights() {
        writeln!(out, r#"    <node id="{}">"#, escaped(id))?;
        writeln!(
            out,
            r#"      <data key="label">{}</data>"#,
            escaped(&node.label)
        )?;
        writeln!(
            out,
            r#"      <data key="type">{}</data>"#,
            node_style_name(node.style)
        )?;
        if let Some(cluster) = &node.cluster {
            writeln!(
                out,
                r#"      <data key="cluster">{}</data>"#,
                escaped(cluster)
            )?;
        }
        writeln!(out, "    </node>")?;
    }
    for (edge_idx, edge) in graph.raw_edges().iter().enumerate() {
        let (key, weight) = edge.weight;
        let (from, _) = graph[edge.source()];
        let (to, _) = graph[edge.target()];
        writeln!(
            out,
            r#"    <edge id="e{edge_idx}" source="{}" target="{}" directed="{}">"#,
            escaped(from),
            escaped(to),
            key.directed
        )?;
        writeln!(
            out,
            r#"      <data key="edge_label">{}</data>"#,
            escaped(&key.label)
        )?;
        writeln!(
            out,
            r#"      <data key="kind">{}</data>"#,
            escaped(edge_style_name(key.style))
        )?;
        writeln!(out, r#"      <data key="weight">{weight}</data>"#)?;
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")?;
    Ok(())
}

/// Text and attribute values with XML's five special characters escaped; control
/// characters, which XML 1.0 forbids, become spaces.
fn escaped(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            '\t' | '\n' => escaped.push(character),
            c if c.is_control() => escaped.push(' '),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::dot::Graph;
    use crate::rdf::tests::sample_store;

    #[test]
    fn the_sample_contacts_become_nodes_and_a_weighted_edge() {
        let store = sample_store();
        let mut out = Vec::new();
        write(&store, &Options::new(Graph::Contacts), &mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        for expected in [
            r#"    <node id="https://example.org/newsgraph/person/vladimir-petrov">"#,
            r#"      <data key="label">Vladimir Petrov</data>"#,
            r#"      <data key="type">person</data>"#,
            r#"    <edge id="e0" source="https://example.org/newsgraph/person/vladimir-petrov" target="https://example.org/newsgraph/person/emmanuel-laurent" directed="true">"#,
            r#"      <data key="weight">1</data>"#,
        ] {
            assert!(
                xml.lines().any(|line| line == expected),
                "missing {expected} in\n{xml}"
            );
        }
    }

    #[test]
    fn special_characters_are_escaped() {
        assert_eq!(
            escaped("AT&T <\"Q\"> it's\u{7}"),
            "AT&amp;T &lt;&quot;Q&quot;&gt; it&apos;s "
        );
    }
}
