//! JSON for one document: what `newsgraph extract --format jsonl` writes, one object per line.
//!
//! Input: a [`Document`]. Output: a `serde_json::Value` with the article's metadata, its
//! entities (name, type, key), mentions, roles, quotations and events; entities are referred to
//! by index into `entities`, and every span is given in Unicode code points, end exclusive, as
//! in the RDF. No IRIs: those are the `rdf` stage's.

use serde_json::{json, Value};

use crate::model::{Article, Document, EntityId, Span};

/// The JSON object for one document.
pub fn document(document: &Document) -> Value {
    let article = &document.article;
    let extraction = &document.extraction;
    let offsets = CharOffsets::new(article);
    let span = |span: Span| offsets.span(article, span);
    let name = |id: EntityId| {
        extraction
            .entities
            .get(id)
            .map(|entity| entity.name.clone())
    };
    json!({
        "id": article.id,
        "title": article.title,
        "date": article.date,
        "url": article.url,
        "source": article.source,
        "path": article.path.display().to_string(),
        "entities": extraction.entities.iter().map(|entity| json!({
            "name": entity.name,
            "type": entity.entity_type.as_str(),
            "key": entity.key,
            "alternateNames": entity.alternate_names,
        })).collect::<Vec<_>>(),
        "mentions": extraction.mentions.iter().map(|resolved| {
            let mut value = span(resolved.mention.span);
            value["entity"] = json!(resolved.entity);
            value
        }).collect::<Vec<_>>(),
        "roles": extraction.roles.iter().map(|role| json!({
            "holder": name(role.holder),
            "title": role.title,
            "of": role.of.and_then(name),
            "current": role.current,
            "evidence": span(role.evidence),
        })).collect::<Vec<_>>(),
        "quotations": extraction.quotations.iter().map(|quotation| json!({
            "speaker": quotation.speaker.entity.and_then(name).or_else(|| quotation.speaker.unresolved.clone()),
            "speakerMention": quotation.speaker.relative.or(quotation.speaker.mention).map(span),
            "quote": span(quotation.span),
            "parts": quotation.parts.iter().map(|&part| span(part)).collect::<Vec<_>>(),
            "direct": quotation.direct,
            "cue": quotation.cue,
            "addressee": quotation.addressee.and_then(name),
            "reportedBy": quotation.reported_by.and_then(name),
            "date": quotation.date,
        })).collect::<Vec<_>>(),
        "events": extraction.events.iter().map(|event| json!({
            "kind": event.kind.as_str(),
            "participants": event.participants.iter().filter_map(|&id| name(id)).collect::<Vec<_>>(),
            "status": event.status.as_str(),
            "date": event.date,
            "cue": event.cue,
            "evidence": event.evidence.iter().map(|&s| span(s)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

/// A byte -> code point table for one article, so that many spans convert in linear time.
struct CharOffsets {
    starts: Vec<usize>,
}

impl CharOffsets {
    fn new(article: &Article) -> CharOffsets {
        CharOffsets {
            starts: article.text.char_indices().map(|(byte, _)| byte).collect(),
        }
    }

    fn char_offset(&self, byte: usize) -> usize {
        self.starts.partition_point(|&start| start < byte)
    }

    fn span(&self, article: &Article, span: Span) -> Value {
        json!({
            "text": article.slice(span),
            "start": self.char_offset(span.start),
            "end": self.char_offset(span.end),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{corpus, pipeline};
    use std::path::Path;

    fn check(text: &str, pointer: &str, expected: Value) {
        let article = corpus::parse("t", text.to_string(), Path::new("t.txt")).expect("article");
        let value = super::document(&pipeline::document(article));
        assert_eq!(value.pointer(pointer), Some(&expected), "{value:#}");
    }

    #[test]
    fn spans_are_code_points() {
        check(
            "Ça va. “We will stay,” Maria Ivanova said.",
            "/quotations/0/quote",
            json!({"text": "We will stay", "start": 8, "end": 20}),
        );
    }

    #[test]
    fn speakers_are_named() {
        check(
            "Ça va. “We will stay,” Maria Ivanova said.",
            "/quotations/0/speaker",
            json!("Maria Ivanova"),
        );
    }
}
