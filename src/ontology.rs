//! Loads the lexicons the extractor reads from `ontology/lexicon/`.
//!
//! The lexicons are plain tab-separated data files (documented in `ontology/lexicon/README.md`).
//! They are compiled into the binary with `include_str!`, so newsgraph works from any directory;
//! [`Lexicon::builtin`] parses them once. Every bad line of a file is reported, not just the
//! first. This module knows nothing of articles: it turns text files into lookup tables.

// Lexicon lookups are the extractor's hottest path: a fast non-cryptographic hash (nothing here
// is keyed by untrusted input an attacker could choose to collide, and no output depends on
// the iteration order).
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

use crate::model::{EntityType, Gender, OrgKind};

/// A malformed lexicon line.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
#[error("ontology/lexicon/{file}:{line}: {message}")]
pub struct LexiconError {
    /// The file name inside `ontology/lexicon/`.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// What a speech verb does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerbClass {
    /// Says something (say, tell, add, warn).
    Speech,
    /// Holds a belief (believe, fear, hope).
    Belief,
    /// Accuses or criticizes (accuse, blame).
    Accusation,
}

/// A speech verb form with its lemma.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeechVerb {
    /// The base form ("say").
    pub lemma: String,
    /// What the verb does.
    pub class: VerbClass,
    /// Whether the person addressed is the verb's object ("told Laurent").
    pub takes_addressee: bool,
}

/// A title that can precede or stand for a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    /// Category ("head", "minister", "honorific", ...).
    pub category: String,
    /// Gender the title implies.
    pub gender: Gender,
}

/// A known name: country, city, place or organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// Canonical name ("United States").
    pub canonical: String,
    /// The entity type.
    pub entity_type: EntityType,
    /// Organization subtype.
    pub org_kind: Option<OrgKind>,
    /// The country it belongs to, when known.
    pub country: Option<String>,
    /// The state it stands for in news prose (the Kremlin -> Russia).
    pub metonym_for: Option<String>,
    /// Whether it is a country's capital (a metonym for the country when used as a subject).
    pub is_capital: bool,
}

/// All lexicons, as lookup tables.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Speech verb forms (lowercase), multi-word forms included ("pointed out").
    pub verbs: FxHashMap<String, SpeechVerb>,
    /// Multi-word cue phrases (lowercase) with their type ("according to" -> "source").
    pub cue_phrases: FxHashMap<String, String>,
    /// Titles (lowercase phrases).
    pub titles: FxHashMap<String, Title>,
    /// The longest title in words.
    pub max_title_words: usize,
    /// The first word of every title, so that a word no title starts with is passed over
    /// without building longer keys.
    pub title_first_words: FxHashSet<String>,
    /// The first word of every speech verb form of several words ("pointed" of "pointed out").
    pub verb_first_words: FxHashSet<String>,
    /// Known names by exact surface form ("U.S.", "United States", "Kremlin").
    pub known: FxHashMap<String, Known>,
    /// The longest known name in words.
    pub max_known_words: usize,
    /// Demonyms ("Russian", "Russians") -> country.
    pub demonyms: FxHashMap<String, String>,
    /// Adjectives and nouns of regions, of one word or more ("Eastern European", "Soviet")
    /// -> the place's canonical name.
    pub region_demonyms: FxHashMap<String, String>,
    /// The longest region demonym in words.
    pub max_region_demonym_words: usize,
    /// Head words of organization names ("Party", "Ministry").
    pub org_words: FxHashMap<String, Option<OrgKind>>,
    /// Given names -> gender.
    pub given_names: FxHashMap<String, Gender>,
    /// Given names that are also common words ("Will", "Mark").
    pub ambiguous_names: FxHashSet<String>,
    /// Frequent English words (lowercase).
    pub common_words: FxHashSet<String>,
    /// The frequency rank of each frequent word (1 for the most frequent): how little a
    /// word says about what a statement is about.
    pub word_ranks: FxHashMap<String, usize>,
    /// Nouns that head a description of a speaker ("spokesman", "officials", "report").
    pub speaker_nouns: FxHashSet<String>,
    /// Spelling variants of whole names (lowercase ASCII) -> canonical form.
    pub variants: FxHashMap<String, String>,
    /// Word-final rewrites for transliteration variants of person names (lowercase ASCII):
    /// `ey$ -> ei` makes "Sergey" and "Sergei" one.
    pub suffix_rules: Vec<(String, String)>,
    /// Word-initial rewrites for transliteration variants of person names.
    pub prefix_rules: Vec<(String, String)>,
    /// The Wikidata item ("Q159") of gazetteer entries, by type and canonical name.
    pub wikidata: FxHashMap<(EntityType, String), String>,
}

static BUILTIN: OnceLock<Lexicon> = OnceLock::new();

impl Lexicon {
    /// The lexicons compiled into the binary.
    ///
    /// They are checked by the test suite, so a parse error here is a build defect; bad lines are
    /// skipped rather than failing a user's run.
    pub fn builtin() -> &'static Lexicon {
        BUILTIN.get_or_init(|| Lexicon::parse_builtin().0)
    }

    /// Parses the compiled-in lexicons, returning every error found.
    pub fn parse_builtin() -> (Lexicon, Vec<LexiconError>) {
        let mut lexicon = Lexicon::default();
        let mut errors = Vec::new();
        for (file, text) in FILES {
            lexicon.add_file(file, text, &mut errors);
        }
        (lexicon, errors)
    }

    fn add_file(&mut self, file: &str, text: &str, errors: &mut Vec<LexiconError>) {
        for (line_idx, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            if let Err(message) = self.add_line(file, &fields) {
                errors.push(LexiconError {
                    file: file.to_string(),
                    line: line_idx + 1,
                    message,
                });
            }
        }
    }

    fn add_line(&mut self, file: &str, fields: &[&str]) -> Result<(), String> {
        let field = |idx: usize| -> Result<&str, String> {
            fields
                .get(idx)
                .copied()
                .ok_or_else(|| format!("expected at least {} tab-separated fields", idx + 1))
        };
        match file {
            "speech-verbs.tsv" => {
                let class = match field(2)? {
                    "speech" => VerbClass::Speech,
                    "belief" => VerbClass::Belief,
                    "accusation" => VerbClass::Accusation,
                    other => return Err(format!("unknown verb class `{other}`")),
                };
                let verb = SpeechVerb {
                    lemma: field(0)?.to_lowercase(),
                    class,
                    takes_addressee: field(3)? == "yes",
                };
                for form in values(field(1)?) {
                    let form = form.to_lowercase();
                    if let Some((first, _)) = form.split_once(' ') {
                        self.verb_first_words.insert(first.to_owned());
                    }
                    self.verbs.entry(form).or_insert(verb.clone());
                }
            }
            "cue-phrases.tsv" => {
                self.cue_phrases
                    .insert(field(0)?.to_lowercase(), field(1)?.to_string());
            }
            "titles.tsv" => {
                let title = field(0)?.to_lowercase();
                self.max_title_words = self.max_title_words.max(title.split(' ').count());
                let first = title.split(' ').next().unwrap_or_default();
                self.title_first_words.insert(first.to_owned());
                let gender = gender(fields.get(2).copied().unwrap_or("-"));
                let category = field(1)?.to_string();
                self.titles.insert(title, Title { category, gender });
            }
            "countries.tsv" => {
                let name = field(0)?;
                let known = Known {
                    canonical: name.to_string(),
                    entity_type: EntityType::Country,
                    org_kind: None,
                    country: Some(name.to_string()),
                    metonym_for: None,
                    is_capital: false,
                };
                self.add_known(name, values(field(1)?), &known);
                for demonym in values(field(2)?) {
                    self.demonyms
                        .entry(demonym.to_string())
                        .or_insert_with(|| name.to_string());
                }
                let capital = Known {
                    entity_type: EntityType::City,
                    is_capital: true,
                    metonym_for: Some(name.to_string()),
                    ..known
                };
                let capitals: Vec<&str> = values(fields.get(3).copied().unwrap_or("-")).collect();
                if let Some((first, rest)) = capitals.split_first() {
                    let capital = Known {
                        canonical: first.to_string(),
                        ..capital
                    };
                    self.add_known(first, rest.iter().copied(), &capital);
                }
            }
            "wikidata.tsv" => {
                let entity_type = match field(0)? {
                    "country" => EntityType::Country,
                    "organization" => EntityType::Organization,
                    other => return Err(format!("unknown gazetteer type `{other}`")),
                };
                let key = field(1)?;
                let item = field(4)?;
                let is_item = item.len() > 1
                    && item.starts_with('Q')
                    && item[1..].bytes().all(|b| b.is_ascii_digit());
                if !is_item {
                    return Err(format!("`{item}` is not a Wikidata item id"));
                }
                let listed = self.known.get(key).is_some_and(|known| {
                    known.canonical == key && known.entity_type == entity_type
                });
                if !listed {
                    let what = match entity_type {
                        EntityType::Organization => "an organization",
                        _ => "a country",
                    };
                    return Err(format!("`{key}` is not {what} of the gazetteer"));
                }
                self.wikidata
                    .insert((entity_type, key.to_string()), item.to_string());
            }
            "region-demonyms.tsv" => {
                let place = field(0)?;
                if !self.known.get(place).is_some_and(|known| {
                    known.canonical == place && known.entity_type == EntityType::Place
                }) {
                    return Err(format!("`{place}` is not a place of places.tsv"));
                }
                for demonym in values(field(1)?) {
                    let words = demonym.split(' ').count();
                    self.max_region_demonym_words = self.max_region_demonym_words.max(words);
                    self.region_demonyms
                        .insert(demonym.to_string(), place.to_string());
                }
            }
            "cities.tsv" => {
                let name = field(0)?;
                let known = Known {
                    canonical: name.to_string(),
                    entity_type: EntityType::City,
                    org_kind: None,
                    country: optional(fields.get(2).copied()),
                    metonym_for: None,
                    is_capital: false,
                };
                self.add_known(name, values(field(1)?), &known);
            }
            "places.tsv" => {
                let name = field(0)?;
                let known = Known {
                    canonical: name.to_string(),
                    entity_type: EntityType::Place,
                    org_kind: None,
                    country: optional(fields.get(3).copied()),
                    metonym_for: None,
                    is_capital: false,
                };
                self.add_known(name, values(field(1)?), &known);
            }
            "organizations.tsv" => {
                let name = field(0)?;
                let known = Known {
                    canonical: name.to_string(),
                    entity_type: EntityType::Organization,
                    org_kind: org_kind(field(2)?),
                    country: optional(fields.get(3).copied()),
                    metonym_for: optional(fields.get(4).copied()),
                    is_capital: false,
                };
                self.add_known(name, values(field(1)?), &known);
            }
            "org-words.tsv" => {
                self.org_words
                    .insert(field(0)?.to_string(), org_kind(field(1)?));
            }
            "given-names.tsv" => {
                self.given_names
                    .entry(field(0)?.to_string())
                    .or_insert(gender(field(1)?));
            }
            "ambiguous-names.txt" => {
                self.ambiguous_names.insert(field(0)?.to_string());
            }
            "speaker-nouns.txt" => {
                self.speaker_nouns.insert(field(0)?.to_lowercase());
            }
            "common-words.txt" => {
                let word = field(0)?.to_lowercase();
                let rank = self.word_ranks.len() + 1;
                self.word_ranks.entry(word.clone()).or_insert(rank);
                self.common_words.insert(word);
            }
            "transliterations.tsv" => {
                let (from, to) = (field(0)?.to_lowercase(), field(1)?.to_lowercase());
                if let Some(suffix) = from.strip_suffix('$') {
                    self.suffix_rules.push((suffix.to_string(), to));
                } else if let Some(prefix) = from.strip_prefix('^') {
                    self.prefix_rules.push((prefix.to_string(), to));
                } else {
                    self.variants.insert(from, to);
                }
            }
            _ => return Err("unknown lexicon file".to_string()),
        }
        Ok(())
    }

    fn add_known<'a>(
        &mut self,
        name: &'a str,
        aliases: impl Iterator<Item = &'a str>,
        known: &Known,
    ) {
        for surface in std::iter::once(name).chain(aliases) {
            let surface = surface.strip_prefix("the ").unwrap_or(surface);
            let surface = surface.strip_prefix("The ").unwrap_or(surface);
            self.max_known_words = self.max_known_words.max(surface.split(' ').count());
            // The first entry for a surface form wins: countries are read before cities, so
            // "Georgia" stays the country, and organizations cannot take a country's name.
            self.known
                .entry(surface.to_string())
                .or_insert_with(|| known.clone());
        }
    }

    /// Whether a word (any case) is a frequent English word.
    pub fn is_common_word(&self, word: &str) -> bool {
        self.common_words.contains(&word.to_lowercase())
    }

    /// The frequency rank of a lowercase word among the frequent English words (1 for the
    /// most frequent), or `None` for a rarer word.
    pub fn word_rank(&self, word: &str) -> Option<usize> {
        self.word_ranks.get(word).copied()
    }
}

/// The lexicon files, in the order they are read (earlier files win on shared surface forms).
const FILES: &[(&str, &str)] = &[
    (
        "speech-verbs.tsv",
        include_str!("../ontology/lexicon/speech-verbs.tsv"),
    ),
    (
        "cue-phrases.tsv",
        include_str!("../ontology/lexicon/cue-phrases.tsv"),
    ),
    ("titles.tsv", include_str!("../ontology/lexicon/titles.tsv")),
    (
        "countries.tsv",
        include_str!("../ontology/lexicon/countries.tsv"),
    ),
    (
        "organizations.tsv",
        include_str!("../ontology/lexicon/organizations.tsv"),
    ),
    ("cities.tsv", include_str!("../ontology/lexicon/cities.tsv")),
    ("places.tsv", include_str!("../ontology/lexicon/places.tsv")),
    // After the gazetteers they point into, so that each key can be checked against them.
    (
        "wikidata.tsv",
        include_str!("../ontology/lexicon/wikidata.tsv"),
    ),
    (
        "region-demonyms.tsv",
        include_str!("../ontology/lexicon/region-demonyms.tsv"),
    ),
    (
        "org-words.tsv",
        include_str!("../ontology/lexicon/org-words.tsv"),
    ),
    (
        "given-names.tsv",
        include_str!("../ontology/lexicon/given-names.tsv"),
    ),
    (
        "ambiguous-names.txt",
        include_str!("../ontology/lexicon/ambiguous-names.txt"),
    ),
    (
        "common-words.txt",
        include_str!("../ontology/lexicon/common-words.txt"),
    ),
    (
        "speaker-nouns.txt",
        include_str!("../ontology/lexicon/speaker-nouns.txt"),
    ),
    (
        "transliterations.tsv",
        include_str!("../ontology/lexicon/transliterations.tsv"),
    ),
];

fn values(field: &str) -> impl Iterator<Item = &str> {
    field
        .split('|')
        .map(str::trim)
        .filter(|value| !value.is_empty() && *value != "-")
}

fn optional(field: Option<&str>) -> Option<String> {
    field
        .map(str::trim)
        .filter(|value| !value.is_empty() && *value != "-")
        .map(str::to_string)
}

fn gender(field: &str) -> Gender {
    match field {
        "m" => Gender::Male,
        "f" => Gender::Female,
        _ => Gender::Unknown,
    }
}

fn org_kind(field: &str) -> Option<OrgKind> {
    match field {
        "government" => Some(OrgKind::Government),
        "party" => Some(OrgKind::Party),
        "news" => Some(OrgKind::News),
        "international" => Some(OrgKind::International),
        "company" => Some(OrgKind::Company),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicons_have_no_errors() {
        let (_, errors) = Lexicon::parse_builtin();
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(messages.is_empty(), "{}", messages.join("\n"));
    }

    fn check(surface: &str, canonical: &str, entity_type: EntityType) {
        let known = Lexicon::builtin()
            .known
            .get(surface)
            .unwrap_or_else(|| panic!("`{surface}` is not in the lexicon"));
        assert_eq!(
            (known.canonical.as_str(), known.entity_type),
            (canonical, entity_type)
        );
    }

    #[test]
    fn country_aliases_and_capitals() {
        check("U.S.", "United States", EntityType::Country);
        check("United States", "United States", EntityType::Country);
        check("Moscow", "Moscow", EntityType::City);
        check("NATO", "NATO", EntityType::Organization);
        let lexicon = Lexicon::builtin();
        assert_eq!(
            lexicon.demonyms.get("Russian").map(String::as_str),
            Some("Russia")
        );
        assert!(lexicon.known["Moscow"].is_capital);
    }

    #[test]
    fn every_country_has_its_wikidata_item() {
        let lexicon = Lexicon::builtin();
        let item = |name: &str| {
            lexicon
                .wikidata
                .get(&(EntityType::Country, name.to_string()))
        };
        assert_eq!(item("Russia").map(String::as_str), Some("Q159"));
        assert_eq!(item("United States").map(String::as_str), Some("Q30"));
        let countries: Vec<&Known> = lexicon
            .known
            .values()
            .filter(|known| known.entity_type == EntityType::Country)
            .collect();
        assert!(countries.len() > 190, "{}", countries.len());
        let missing: Vec<&str> = countries
            .iter()
            .filter(|known| item(&known.canonical).is_none())
            .map(|known| known.canonical.as_str())
            .collect();
        assert!(missing.is_empty(), "no Wikidata item: {missing:?}");
        let mut items: Vec<&String> = lexicon.wikidata.values().collect();
        let all = items.len();
        items.sort();
        items.dedup();
        assert_eq!(
            items.len(),
            all,
            "two gazetteer entries share a Wikidata item"
        );
    }

    #[test]
    fn international_organizations_known_to_the_source_have_their_wikidata_items() {
        let lexicon = Lexicon::builtin();
        let item = |name: &str| {
            lexicon
                .wikidata
                .get(&(EntityType::Organization, name.to_string()))
                .map(String::as_str)
        };
        assert_eq!(item("NATO"), Some("Q7184"));
        assert_eq!(item("United Nations"), Some("Q1065"));
        assert_eq!(item("European Union"), Some("Q458"));
        // The source does not know these, so they are left out rather than guessed.
        assert_eq!(item("World Health Organization"), None);
        assert_eq!(item("UN Security Council"), None);
        let organizations: Vec<&String> = lexicon
            .wikidata
            .keys()
            .filter(|(entity_type, _)| *entity_type == EntityType::Organization)
            .map(|(_, name)| name)
            .collect();
        assert!(organizations.len() >= 16, "{organizations:?}");
        for name in organizations {
            let known = &lexicon.known[name.as_str()];
            assert_eq!(
                known.org_kind,
                Some(OrgKind::International),
                "{name} is not an international organization"
            );
        }
        // Capitals have no item: no source with a licence was found for them.
        assert!(lexicon.known["Moscow"].is_capital);
        assert!(!lexicon
            .wikidata
            .contains_key(&(EntityType::City, "Moscow".to_string())));
    }

    #[test]
    fn a_wikidata_line_must_name_a_gazetteer_entry_and_an_item() {
        let mut lexicon = Lexicon::default();
        let mut errors = Vec::new();
        lexicon.add_file(
            "countries.tsv",
            "Ruritania\t-\tRuritanian\t-\n",
            &mut errors,
        );
        lexicon.add_file(
            "organizations.tsv",
            "Ruritanian League\tRL\tinternational\t-\t-\n",
            &mut errors,
        );
        lexicon.add_file(
            "wikidata.tsv",
            "country\tRuritania\tRU\tRUR\tQ42\ncountry\tGrand Fenwick\t-\t-\tQ7\ncountry\tRuritania\t-\t-\t159\n\
             organization\tRuritanian League\t-\t-\tQ43\norganization\tRuritania\t-\t-\tQ44\n\
             organization\tRL\t-\t-\tQ45\ncity\tStrelsau\t-\t-\tQ46\n",
            &mut errors,
        );
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "ontology/lexicon/wikidata.tsv:2: `Grand Fenwick` is not a country of the gazetteer",
                "ontology/lexicon/wikidata.tsv:3: `159` is not a Wikidata item id",
                "ontology/lexicon/wikidata.tsv:5: `Ruritania` is not an organization of the gazetteer",
                "ontology/lexicon/wikidata.tsv:6: `RL` is not an organization of the gazetteer",
                "ontology/lexicon/wikidata.tsv:7: unknown gazetteer type `city`",
            ]
        );
        assert_eq!(lexicon.wikidata.len(), 2);
        assert_eq!(
            lexicon
                .wikidata
                .get(&(EntityType::Organization, "Ruritanian League".to_string()))
                .map(String::as_str),
            Some("Q43")
        );
    }

    #[test]
    fn region_demonyms_point_at_places() {
        let lexicon = Lexicon::builtin();
        let place = |demonym: &str| lexicon.region_demonyms.get(demonym).map(String::as_str);
        assert_eq!(place("Eastern European"), Some("Eastern Europe"));
        assert_eq!(place("Soviet"), Some("Soviet Union"));
        assert_eq!(lexicon.max_region_demonym_words, 2);
        let mut errors = Vec::new();
        Lexicon::default().add_file("region-demonyms.tsv", "Atlantis\tAtlantean\n", &mut errors);
        assert_eq!(
            errors[0].to_string(),
            "ontology/lexicon/region-demonyms.tsv:1: `Atlantis` is not a place of places.tsv"
        );
    }

    #[test]
    fn speech_verbs_and_titles() {
        let lexicon = Lexicon::builtin();
        assert_eq!(lexicon.verbs["said"].lemma, "say");
        assert!(lexicon.verbs["told"].takes_addressee);
        assert!(lexicon.titles.contains_key("prime minister"));
        assert!(lexicon.titles.contains_key("spokesman"));
    }

    #[test]
    fn a_bad_line_names_file_and_line() {
        let mut lexicon = Lexicon::default();
        let mut errors = Vec::new();
        lexicon.add_file(
            "speech-verbs.tsv",
            "# c\nsay\tsay|said\tshouting\tno\nx\n",
            &mut errors,
        );
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "ontology/lexicon/speech-verbs.tsv:2: unknown verb class `shouting`",
                "ontology/lexicon/speech-verbs.tsv:3: expected at least 3 tab-separated fields",
            ]
        );
    }
}
