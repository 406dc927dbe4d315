//! A synthetic corpus for measuring speed and scale: real articles replicated under new ids,
//! with the people in them renamed in each replica, so that the number of entities grows with
//! the corpus as it does in real news.
//!
//! In: source articles (any input [`read`] takes) and a [`Replication`] (how many
//! articles, which seed). Out: JSON Lines records (`id`, `text`, and `title`, `date`, `url`,
//! `source` when the source has them) written to the caller's writer, one article at a time:
//! the sources are read again for each replica, so memory holds one article and the name
//! tables, never the corpus.
//!
//! Who gets renamed: a first pass over the sources collects the people named "Given Surname"
//! (or "Given X. Surname"), where the given name is in the lexicon's public list of given
//! names and the surname is a capitalized word that is not among the most frequent English
//! words. Replica `r` then replaces every occurrence of each collected given name and surname,
//! whole words and case-sensitive, by one chosen from `(seed, r, word)`: a given name of the
//! same gender from the same public list (so pronouns still agree), and a surname built from
//! syllables (about nine thousand of them, none taken from any article). A word that starts a
//! name the lexicon knows ("White House") is left alone. The same person is so renamed
//! alike in all articles of one replica, and differently in another replica, which keeps each
//! replica's cross-article structure (speakers quoted by several articles) while the replicas
//! add new people.
//!
//! Deliberately absent: any use of the extractor (the corpus must not change when extraction
//! rules do), and any claim that the result reads well: a capitalized common word after a
//! given name may be renamed as a surname. The corpus is for measuring, not for scoring.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;

use serde::Serialize;

use super::{read, ReadError};
use crate::model::{Article, Gender};
use crate::ontology::Lexicon;

/// What corpus to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Replication {
    /// How many articles to write (the sources are replicated as often as it takes).
    pub articles: usize,
    /// The seed of every choice of name: the same sources and seed give the same bytes.
    pub seed: u64,
}

/// Why no corpus could be generated.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    /// A source file or record could not be read (a synthetic corpus is only useful when it
    /// replicates all of its sources).
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The sources hold no article.
    #[error("no source article to replicate")]
    NoArticles,
    /// The output could not be written.
    #[error("could not write the generated corpus")]
    Write(#[from] io::Error),
}

/// Writes `replication.articles` articles replicated from the articles at `sources` to `out`
/// as JSON Lines; returns how many source articles there were. Replica `r` of article `ID`
/// has the id `ID-rR`.
pub fn replicate(
    sources: &[PathBuf],
    replication: &Replication,
    out: &mut dyn Write,
) -> Result<usize, GenerateError> {
    let lexicon = Lexicon::builtin();
    let mut names = Names::default();
    let mut n_sources = 0;
    for article in read(sources) {
        names.collect(&article?, lexicon);
        n_sources += 1;
    }
    if n_sources == 0 {
        return Err(GenerateError::NoArticles);
    }
    let choices = Choices::new(lexicon);
    let mut written = 0;
    for replica in 0.. {
        for article in read(sources) {
            if written == replication.articles {
                return Ok(n_sources);
            }
            let article = article?;
            let rename = |text: &str| {
                names.rename(text, lexicon, |word, kind| {
                    choices.pick(kind, mix(&[replication.seed, replica, hash(word)]))
                })
            };
            let title = article.title.as_deref().map(rename);
            let record = Record {
                id: &format!("{}-r{replica}", article.id),
                text: &rename(&article.text),
                title: title.as_deref(),
                date: article.date.as_deref(),
                url: article.url.as_deref(),
                source: article.source.as_deref(),
            };
            serde_json::to_writer(&mut *out, &record).map_err(io::Error::from)?;
            writeln!(out)?;
            written += 1;
        }
    }
    unreachable!("the loop over replicas ends when enough articles are written")
}

/// One line of the generated corpus, in the JSON Lines form [`read`] takes.
#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
}

/// What a word to rename is, and so what it becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Given(Gender),
    Surname,
}

/// The given names and surnames of the people the sources name in full.
#[derive(Debug, Default)]
struct Names {
    words: BTreeMap<String, Kind>,
}

/// Words at or above this frequency rank are too common to rename when they follow a given
/// name ("White", "Long", "Young").
const COMMON_RANK: usize = 300;

impl Names {
    /// Adds the people `article` names as "Given Surname" or "Given X. Surname".
    fn collect(&mut self, article: &Article, lexicon: &Lexicon) {
        let text = &article.text;
        let words = words(text);
        for (idx, &(start, end)) in words.iter().enumerate() {
            let given = &text[start..end];
            let Some(&gender) = lexicon.given_names.get(given) else {
                continue;
            };
            // "Carolina" in "North Carolina Republican" is no given name.
            let in_known_name = idx > 0 && lexicon.known.contains_key(&text[words[idx - 1].0..end]);
            if lexicon.ambiguous_names.contains(given)
                || lexicon.known.contains_key(given)
                || in_known_name
            {
                continue;
            }
            let Some(surname) = surname_after(text, &words[idx + 1..], end) else {
                continue;
            };
            let is_common = lexicon
                .word_rank(&surname.to_lowercase())
                .is_some_and(|rank| rank <= COMMON_RANK);
            if is_common || lexicon.known.contains_key(surname) {
                continue;
            }
            // A word seen both ways (a surname that is also a given name) is a surname.
            self.words.insert(surname.to_owned(), Kind::Surname);
            self.words
                .entry(given.to_owned())
                .or_insert(Kind::Given(gender));
        }
    }

    /// `text` with every collected word replaced by `choose(word, kind)`, except words that
    /// start a name the lexicon knows.
    fn rename(
        &self,
        text: &str,
        lexicon: &Lexicon,
        choose: impl Fn(&str, Kind) -> String,
    ) -> String {
        let words = words(text);
        let mut renamed = String::with_capacity(text.len() + text.len() / 8);
        let mut copied = 0;
        for (idx, &(start, end)) in words.iter().enumerate() {
            let word = &text[start..end];
            let Some(&kind) = self.words.get(word) else {
                continue;
            };
            if starts_known_name(text, &words[idx..], lexicon) {
                continue;
            }
            renamed.push_str(&text[copied..start]);
            renamed.push_str(&choose(word, kind));
            copied = end;
        }
        renamed.push_str(&text[copied..]);
        renamed
    }
}

/// The byte ranges of the words of `text`: maximal runs of letters.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut start = None;
    for (idx, c) in text.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(idx),
            (false, Some(from)) => {
                words.push((from, idx));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        words.push((from, text.len()));
    }
    words
}

/// The surname after a given name ending at `end`: the next word after one space, past a
/// middle initial ("W. "), if it is capitalized with lowercase letters after.
fn surname_after<'a>(text: &'a str, next: &[(usize, usize)], end: usize) -> Option<&'a str> {
    let &(start, word_end) = next.first()?;
    if &text[end..start] != " " {
        return None;
    }
    let word = &text[start..word_end];
    let is_initial = word.len() == 1 && word.starts_with(|c: char| c.is_ascii_uppercase());
    if is_initial && text[word_end..].starts_with(". ") {
        let &(after, after_end) = next.get(1)?;
        return (after == word_end + 2)
            .then(|| &text[after..after_end])
            .filter(|word| is_capitalized(word));
    }
    Some(word).filter(|word| is_capitalized(word))
}

fn is_capitalized(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 2
        && chars.all(char::is_lowercase)
}

/// Whether the words starting at `words[0]` spell a name the lexicon knows ("White House").
fn starts_known_name(text: &str, words: &[(usize, usize)], lexicon: &Lexicon) -> bool {
    let start = words[0].0;
    (2..=lexicon.max_known_words.min(words.len()))
        .any(|n| lexicon.known.contains_key(&text[start..words[n - 1].1]))
}

/// The names a replica chooses from.
struct Choices {
    male: Vec<&'static str>,
    female: Vec<&'static str>,
    any: Vec<&'static str>,
}

/// Surname syllables: 30 openings, 15 middles, 20 endings.
const OPENINGS: [&str; 30] = [
    "Al", "Bar", "Cal", "Dar", "El", "Fen", "Gar", "Hal", "Is", "Jor", "Kal", "Lor", "Mar", "Nor",
    "Or", "Pel", "Quin", "Ros", "Sal", "Tor", "Ul", "Val", "Wen", "Yar", "Zel", "Bren", "Cor",
    "Dun", "Fal", "Gil",
];
const MIDDLES: [&str; 15] = [
    "a", "e", "i", "o", "u", "an", "en", "in", "on", "ar", "er", "ir", "or", "el", "il",
];
const ENDINGS: [&str; 20] = [
    "son", "ley", "ton", "ova", "ski", "man", "ez", "berg", "ini", "ard", "ow", "ek", "is", "ano",
    "ford", "wick", "dale", "ric", "mont", "vik",
];

impl Choices {
    fn new(lexicon: &'static Lexicon) -> Choices {
        let mut choices = Choices {
            male: Vec::new(),
            female: Vec::new(),
            any: Vec::new(),
        };
        for (name, gender) in &lexicon.given_names {
            let is_plain = is_capitalized(name) && name.is_ascii();
            if !is_plain
                || lexicon.ambiguous_names.contains(name)
                || lexicon.known.contains_key(name)
            {
                continue;
            }
            match gender {
                Gender::Male => choices.male.push(name),
                Gender::Female => choices.female.push(name),
                _ => {}
            }
            choices.any.push(name);
        }
        for list in [&mut choices.male, &mut choices.female, &mut choices.any] {
            list.sort_unstable();
        }
        choices
    }

    fn pick(&self, kind: Kind, hash: u64) -> String {
        let from = |list: &[&str], hash: u64| list[(hash % list.len() as u64) as usize].to_owned();
        match kind {
            Kind::Given(Gender::Male) => from(&self.male, hash),
            Kind::Given(Gender::Female) => from(&self.female, hash),
            Kind::Given(_) => from(&self.any, hash),
            Kind::Surname => {
                let opening = from(&OPENINGS, hash);
                let middle = from(&MIDDLES, hash / 30);
                let ending = from(&ENDINGS, hash / 450);
                format!("{opening}{middle}{ending}")
            }
        }
    }
}

/// FNV-1a: a stable hash of a word (std's hashers may change between Rust releases).
fn hash(word: &str) -> u64 {
    word.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Mixes numbers into one well-spread number (SplitMix64's finalizer after each).
fn mix(values: &[u64]) -> u64 {
    values.iter().fold(0, |state: u64, value| {
        let mut z = (state ^ value).wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};
    use std::path::Path;

    /// Renames `text` as replica `replica` of a corpus whose names come from `source`.
    fn check(source: &str, text: &str, replica: u64, expected: Expect) {
        let lexicon = Lexicon::builtin();
        let mut names = Names::default();
        let article = super::super::parse("a", source, Path::new("a.txt")).expect("article");
        names.collect(&article, lexicon);
        let choices = Choices::new(lexicon);
        let renamed = names.rename(text, lexicon, |word, kind| {
            choices.pick(kind, mix(&[7, replica, hash(word)]))
        });
        expected.assert_eq(&renamed);
    }

    #[test]
    fn people_named_in_full_are_renamed_everywhere_alike() {
        check(
            "Maria Delgado met George W. Hartwell.",
            "Delgado said Hartwell's aide and Maria agreed. George left.",
            0,
            expect!["Yarirson said Peloski's aide and Tyra agreed. Tariq left."],
        );
    }

    #[test]
    fn another_replica_gives_other_names() {
        check(
            "Maria Delgado spoke.",
            "Maria Delgado spoke.",
            1,
            expect!["Celinda Baranberg spoke."],
        );
    }

    #[test]
    fn common_words_and_known_names_stay() {
        check(
            "Maria White spoke. Maria Delgado spoke. A North Carolina Republican spoke.",
            "Maria White visited the White House with Delgado and a Republican.",
            0,
            expect!["Tyra White visited the White House with Yarirson and a Republican."],
        );
    }

    #[test]
    fn the_corpus_has_the_articles_asked_for_under_new_ids() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let sources = dir.path().join("sources");
        std::fs::create_dir(&sources).expect("sources");
        std::fs::write(sources.join("a.txt"), "Maria Delgado said it would rain.").expect("a");
        std::fs::write(sources.join("b.txt"), "Rain fell, Delgado said.").expect("b");
        let replication = Replication {
            articles: 5,
            seed: 7,
        };
        let mut out = Vec::new();
        let n_sources =
            replicate(std::slice::from_ref(&sources), &replication, &mut out).expect("generated");
        assert_eq!(n_sources, 2);
        let generated = dir.path().join("generated.jsonl");
        std::fs::write(&generated, &out).expect("written");
        let articles: Vec<Article> = read(&[generated])
            .map(|article| article.expect("readable"))
            .collect();
        let ids: Vec<&str> = articles.iter().map(|article| article.id.as_str()).collect();
        assert_eq!(ids, ["a-r0", "b-r0", "a-r1", "b-r1", "a-r2"]);
        assert!(articles[3].text.starts_with("Rain fell, "));
        assert!(articles
            .iter()
            .all(|article| !article.text.contains("Delgado")));
        assert_ne!(
            articles[0].text, articles[2].text,
            "replicas rename differently"
        );
        let mut again = Vec::new();
        replicate(&[sources], &replication, &mut again).expect("generated");
        assert_eq!(out, again, "the same seed gives the same bytes");
    }
}
