//! The single integration-test binary: every file of `tests/` is a module here.

mod bad_input;
mod cli;
mod common;
mod contacts_dev;
mod faults;
mod load;
mod occasions;
mod pictures;
mod properties;
mod quote_regression;
mod rdf_tools;
mod scale;
mod seeds;
mod serve;
mod shards;
mod statements;
mod terminal;
mod tidy;
mod validate;
