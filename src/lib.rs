//! newsgraph builds a knowledge graph of who said what and who spoke with whom from news
//! articles.
//!
//! The pipeline reads articles ([`corpus`]), splits them into paragraphs, sentences and tokens
//! ([`text`]), finds entity mentions, quotations and communication events ([`extract`]), links
//! mentions to entities ([`resolve`]), turns each article's facts into RDF in its own named graph
//! ([`rdf`]) and stores them in Oxigraph ([`rdf::store`]), where bundled SPARQL queries
//! ([`query`]) answer questions, [`serve`] answers them over the SPARQL 1.1 Protocol, and
//! [`export`] writes RDF files, Graphviz DOT and GraphML. The types that
//! flow between the stages live in [`model`]: an [`model::Article`] becomes a
//! [`model::Document`] holding an [`model::Extraction`] of [`model::Entity`],
//! [`model::Quotation`] and [`model::Event`] values, all pointing at [`model::Span`]s of the
//! original text. [`pipeline`] calls the stages in order.
//!
//! ```
//! use newsgraph::{corpus, pipeline};
//! use std::path::Path;
//!
//! let text = "Vladimir Petrov spoke with Emmanuel Laurent by phone on Friday.\n\n\
//!             “We will not start a war,” Petrov said.";
//! let article = corpus::parse("example", text.to_string(), Path::new("example.txt")).unwrap();
//! let document = pipeline::document(article);
//! let quotation = &document.extraction.quotations[0];
//! let speaker = quotation.speaker.entity.unwrap();
//! assert_eq!(document.extraction.entities[speaker].name, "Vladimir Petrov");
//! assert_eq!(document.extraction.events.len(), 1);
//! ```
#![warn(missing_docs)]

pub mod model;

pub mod corpus;
pub mod export;
pub mod extract;
pub mod fuzz;
pub mod link;
pub mod ontology;
pub mod pipeline;
pub mod query;
pub mod rdf;
pub mod resolve;
pub mod serve;
pub mod text;
