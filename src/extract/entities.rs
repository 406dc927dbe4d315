//! Entity mentions: names, titles with names, title-only references, demonyms and pronouns.
//!
//! Input: a segmented [`Article`] and the [`Lexicon`]. Output: [`Mention`]s in text order, typed
//! Person, Organization, Country, City or Place, with the role a title states
//! ("Russian President Vladimir Petrov" gives a mention "Vladimir Petrov" with the role President
//! of Russia). Nothing here links mentions to each other: that is `resolve`'s job.
//!
//! The scanner reads a phrase at a time: an optional determiner, an "of" part (a demonym or a
//! known name: "Russian", "US", "Kremlin", "Russia’s"), modifiers ("former", "top"), a title
//! ("President", "spokesman", "Secretary of State") and a capitalized name. What it found decides
//! the mention: a name with a title is a person; a title without a name after "the" or a
//! possessive is a title mention; a known name is typed by the lexicon; an unknown capitalized
//! name is kept only when something says what it is (a given name, an organization word, a
//! following speech verb), so that sentence-initial common words are not taken for names.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::model::{
    Article, EntityType, Gender, Mention, MentionKind, RoleMention, Segmented, Span, SpanSet,
    Token, TokenKind,
};
use crate::ontology::{Known, Lexicon, VerbClass};

/// Finds the entity mentions of an article.
pub fn mentions(article: &Article, segmented: &Segmented, lexicon: &Lexicon) -> Vec<Mention> {
    let mut found = Vec::new();
    let scanners = || {
        segmented
            .sentences
            .iter()
            .enumerate()
            .map(|(sentence_idx, sentence)| Scanner {
                article,
                lexicon,
                tokens: &sentence.tokens,
                sentence: sentence_idx,
                headline: sentence.headline,
            })
    };
    for scanner in scanners() {
        scanner.scan(&mut found);
    }
    // A surname seen in a full name is a person wherever it stands alone, even when it is also
    // a common word ("Fisher", "Baker") or opens a sentence. So is a lone name found inside a
    // sentence ("said Baker"), when another sentence opens with it ("Baker said").
    let sentence_start = |m: &Mention| {
        let first = segmented.sentences[m.sentence].tokens.first();
        first.is_some_and(|token| token.span.start == m.phrase.start)
    };
    let mut surnames: FxHashSet<String> = found
        .iter()
        .filter(|m| m.entity_type == EntityType::Person && m.kind == MentionKind::Name)
        .filter(|m| m.name.contains(' ') || !sentence_start(m))
        .filter_map(|m| m.name.rsplit(' ').next().map(str::to_string))
        // (A party label ending a description taken for a name, "Carolina Republican", makes
        // no surname of "Republican".)
        .filter(|surname| !group_word(surname))
        .collect();
    surnames.extend(capitalized_only(article, segmented, lexicon, &found));
    if !surnames.is_empty() {
        // "Anna German … German said": a demonym that is the surname of a person named in the
        // article is that person next to a speech verb.
        let speech = |token: Option<&Token>| {
            token.is_some_and(|t| {
                lexicon
                    .verbs
                    .get(&article.slice(t.span).to_lowercase())
                    .is_some_and(|v| v.class == VerbClass::Speech)
            })
        };
        found.retain(|m| {
            if m.kind != MentionKind::Demonym || !surnames.contains(&m.name) {
                return true;
            }
            let tokens = &segmented.sentences[m.sentence].tokens;
            let at = tokens.partition_point(|t| t.span.start < m.span.start);
            let before = at.checked_sub(1).and_then(|i| tokens.get(i));
            !(speech(tokens.get(at + 1)) || speech(before))
        });
        let covered = SpanSet::new(found.iter().map(|m| m.phrase));
        for scanner in scanners() {
            scanner.surnames(&surnames, &covered, &mut found);
        }
        found.sort_by_key(|m| (m.phrase.start, m.phrase.end, m.span.start));
    }
    // "the newspaper", "the company": descriptions of a body the article named before, for
    // `resolve` to link to it.
    let covered = SpanSet::new(found.iter().map(|m| m.phrase));
    let descriptions: Vec<Mention> = scanners()
        .flat_map(|scanner| scanner.org_descriptions(&covered))
        .collect();
    if !descriptions.is_empty() {
        found.extend(descriptions);
        found.sort_by_key(|m| (m.phrase.start, m.phrase.end, m.span.start));
    }
    // "the Texas delegation", "Senate leaders": a body of people named by where or what they
    // lead, a party to events as a whole.
    for mention in &mut found {
        group(&article.text, mention);
    }
    // Programmes after an outlet's possessive: few outlets, so only their sentences are read.
    let outlets: Vec<(usize, Span)> = found
        .iter()
        .filter(|m| m.org_kind == Some(crate::model::OrgKind::News))
        .map(|m| (m.sentence, m.span))
        .collect();
    if !outlets.is_empty() {
        let scanners: Vec<Scanner> = scanners().collect();
        for (sentence, outlet) in outlets {
            scanners[sentence].programme_after(outlet, &mut found);
        }
        found.sort_by_key(|m| (m.phrase.start, m.phrase.end, m.span.start));
    }
    // Quoted programmes with no outlet before them: only sentences with a quotation mark.
    let before = found.len();
    for scanner in scanners().filter(|s| s.tokens.iter().any(|t| t.kind == TokenKind::OpenQuote)) {
        scanner.programmes_quoted(&mut found);
    }
    if found.len() != before {
        found.sort_by_key(|m| (m.phrase.start, m.phrase.end, m.span.start));
    }
    confirm_headline_names(article, segmented, lexicon, &mut found);
    let speakers = transcript_speakers(article, segmented, lexicon);
    if !speakers.is_empty() {
        // The name in capitals may already be a mention: it becomes the person's name as the
        // article writes it elsewhere ("DUNN" is "Dunn").
        let mut added = Vec::new();
        for speaker in speakers {
            match found.iter_mut().find(|m| m.span == speaker.span) {
                Some(mention) => *mention = speaker,
                None => added.push(speaker),
            }
        }
        let covered = SpanSet::new(found.iter().map(|m| m.phrase));
        found.extend(added.into_iter().filter(|m| !covered.overlaps(m.phrase)));
        found.sort_by_key(|m| (m.phrase.start, m.phrase.end, m.span.start));
    }
    found
}

/// The speakers of a transcript: paragraphs that open with a name in capitals and a colon
/// ("BERG: Let's start …", "“DUNN: Well, …"), the name being a person's, as in
/// "Anna Berg". Only in an exchange: two names at least that are not common words (not
/// "UPDATE:", "VIDEO:"), three turns at least, and two turns of different speakers in
/// paragraphs one after the other.
fn transcript_speakers(
    article: &Article,
    segmented: &Segmented,
    lexicon: &Lexicon,
) -> Vec<Mention> {
    // (paragraph, span of the name, the name in title case, sentence)
    let mut turns: Vec<(usize, Span, String, usize)> = Vec::new();
    let mut last_paragraph = None;
    for (sentence_idx, sentence) in segmented.sentences.iter().enumerate() {
        if last_paragraph == Some(sentence.paragraph) {
            continue;
        }
        last_paragraph = Some(sentence.paragraph);
        let tokens = &sentence.tokens;
        let first = usize::from(
            tokens
                .first()
                .is_some_and(|t| t.kind == TokenKind::OpenQuote),
        );
        let words = tokens[first.min(tokens.len())..]
            .iter()
            .take(3)
            .take_while(|t| {
                let word = article.slice(t.span);
                t.kind == TokenKind::Word
                    && word.chars().count() >= 2
                    && word
                        .chars()
                        .all(|c| c.is_uppercase() || c == '-' || c == '\'')
            })
            .count();
        let colon = tokens.get(first + words).map(|t| article.slice(t.span));
        if words == 0 || colon != Some(":") {
            continue;
        }
        let span = Span::new(tokens[first].span.start, tokens[first + words - 1].span.end);
        let label = article.slice(span);
        let last = label.rsplit(' ').next().unwrap_or(label);
        if lexicon.is_common_word(last) || matches!(last, "Q" | "A") {
            continue;
        }
        let name = title_case(&label.to_lowercase());
        // A place or a body in capitals ("NEW YORK:") is no speaker.
        if lexicon
            .known
            .get(&name)
            .is_some_and(|k| k.entity_type != EntityType::Person)
        {
            continue;
        }
        turns.push((sentence.paragraph, span, name, sentence_idx));
    }
    let last_word = |name: &str| name.rsplit(' ').next().unwrap_or(name).to_string();
    let mut speakers: Vec<String> = turns
        .iter()
        .map(|(_, _, name, _)| last_word(name))
        .collect();
    speakers.sort();
    speakers.dedup();
    let exchange = turns
        .windows(2)
        .any(|w| w[1].0 == w[0].0 + 1 && last_word(&w[0].2) != last_word(&w[1].2));
    if speakers.len() < 2 || turns.len() < 3 || !exchange {
        return Vec::new();
    }
    turns
        .into_iter()
        .map(|(_, span, name, sentence)| Mention {
            span,
            phrase: span,
            entity_type: EntityType::Person,
            kind: MentionKind::Name,
            name,
            canonical: None,
            org_kind: None,
            metonym_for: None,
            gender: Gender::Unknown,
            role: None,
            sentence,
        })
        .collect()
}

/// Headline case capitalizes every word, so its runs of capitals say little ("… Prompts VP
/// Speculation", "Hollywood Actor Who Endorsed Mark Dunn Just Called …"): a name there that
/// the lexicon does not know stays only when the article's other sentences write its last
/// word capitalized after their first word, as they write the names of the people and bodies
/// the headline is about. An article with no other sentence keeps its headline names.
fn confirm_headline_names(
    article: &Article,
    segmented: &Segmented,
    lexicon: &Lexicon,
    found: &mut Vec<Mention>,
) {
    let headline = |m: &Mention| segmented.sentences[m.sentence].headline;
    let doubtful = |m: &Mention| {
        headline(m)
            && m.kind == MentionKind::Name
            && matches!(m.entity_type, EntityType::Person | EntityType::Organization)
            && m.canonical.is_none()
            && !lexicon.known.contains_key(&m.name)
    };
    if !found.iter().any(doubtful) || segmented.sentences.iter().all(|s| s.headline) {
        return;
    }
    let mut written: FxHashSet<&str> = FxHashSet::default();
    for sentence in segmented.sentences.iter().filter(|s| !s.headline) {
        for pair in sentence.tokens.windows(2) {
            let word = strip_possessive(article.slice(pair[1].span)).0;
            if pair[1].kind == TokenKind::Word
                && pair[0].kind != TokenKind::OpenQuote
                && word.starts_with(char::is_uppercase)
            {
                written.insert(word);
            }
        }
    }
    found.retain(|m| {
        !doubtful(m)
            || m.name
                .split_whitespace()
                .last()
                .is_some_and(|last| written.contains(last))
    });
}

/// Turns a place's or a body's name followed by "delegation" or "leaders" into the group it
/// names ("the Texas delegation", "Senate leaders", "Pacific Island leaders"), an
/// organization of its own. A person, a country or a party ("U.S. leaders", "GOP leaders":
/// the state, the party's members) is left as it is, and so is a country's adjective
/// ("Chinese leaders").
fn group(text: &str, mention: &mut Mention) {
    // ("GOP leaders", "U.S. leaders": the party's members, the state itself.)
    let named = match mention.kind {
        MentionKind::Name => {
            !matches!(
                mention.entity_type,
                EntityType::Person | EntityType::Country
            ) && mention.org_kind != Some(crate::model::OrgKind::Party)
        }
        MentionKind::Demonym => mention.entity_type == EntityType::Place,
        _ => false,
    };
    if !named || mention.role.is_some() {
        return;
    }
    // ("the Senate Democratic caucus", "House Republican leaders": a party's part of it.)
    let mut rest = &text[mention.phrase.end..];
    let mut noun_at = mention.phrase.end;
    if let Some(party) = ["Democratic", "Republican", "GOP"]
        .into_iter()
        .find(|party| rest.strip_prefix(' ').is_some_and(|r| r.starts_with(party)))
    {
        noun_at += 1 + party.len();
        rest = &text[noun_at..];
    }
    let Some(noun) = ["delegation", "leaders", "caucus"]
        .into_iter()
        .find(|noun| rest.strip_prefix(' ').is_some_and(|r| r.starts_with(noun)))
    else {
        return;
    };
    let end = noun_at + 1 + noun.len();
    if text[end..].starts_with(|c: char| c.is_alphanumeric()) {
        return;
    }
    let surface = text[mention.span.start..mention.span.end].to_string();
    let party = &text[mention.phrase.end..noun_at];
    mention.name = format!("{surface}{party} {noun}");
    mention.span = Span::new(mention.span.start, end);
    mention.phrase = Span::new(mention.phrase.start, end);
    mention.entity_type = EntityType::Organization;
    mention.kind = MentionKind::Name;
    mention.canonical = None;
    mention.org_kind = None;
    mention.metonym_for = None;
}

/// Frequent words that this article writes only capitalized, twice or more inside a sentence
/// and never after "the" or "a": surnames of people it never names in full ("Hunter", "Baker"),
/// which the frequent-word list would otherwise keep from being names. Words already inside a
/// mention, titles, verbs, calendar words and headline-case sentences do not count.
fn capitalized_only(
    article: &Article,
    segmented: &Segmented,
    lexicon: &Lexicon,
    found: &[Mention],
) -> Vec<String> {
    let mut lower_seen: FxHashSet<String> = FxHashSet::default();
    let mut excluded: FxHashSet<String> = FxHashSet::default();
    let mut inside: FxHashMap<String, usize> = FxHashMap::default();
    // The mentions' phrases merged into sorted, disjoint spans, so that whether a token is
    // inside one is a binary search, not a pass over every mention.
    let mut phrases: Vec<Span> = found.iter().map(|m| m.phrase).collect();
    phrases.sort_by_key(|span| span.start);
    let mut covered: Vec<Span> = Vec::with_capacity(phrases.len());
    for span in phrases {
        match covered.last_mut() {
            Some(last) if span.start < last.end => last.end = last.end.max(span.end),
            _ => covered.push(span),
        }
    }
    let is_covered = |span: Span| {
        let at = covered.partition_point(|c| c.end <= span.start);
        covered.get(at).is_some_and(|c| c.start < span.end)
    };
    for sentence in &segmented.sentences {
        for (i, token) in sentence.tokens.iter().enumerate() {
            if token.kind != TokenKind::Word {
                continue;
            }
            let (word, _) = strip_possessive(article.slice(token.span));
            if !word.starts_with(char::is_uppercase) {
                lower_seen.insert(word.to_string());
                continue;
            }
            let prev = i
                .checked_sub(1)
                .map(|p| article.slice(sentence.tokens[p].span));
            if prev.is_some_and(|p| matches!(p.to_lowercase().as_str(), "the" | "a" | "an")) {
                excluded.insert(word.to_lowercase());
            }
            // "the Fifth Amendment", "Big Daddy": a word next to another capitalized word
            // (other than a title) belongs to a longer name.
            let capital_at = |j: usize| {
                sentence.tokens.get(j).is_some_and(|t| {
                    let w = article.slice(t.span);
                    t.kind == TokenKind::Word
                        && w.starts_with(char::is_uppercase)
                        && !lexicon.titles.contains_key(&w.to_lowercase())
                })
            };
            if (i > 0 && capital_at(i - 1)) || capital_at(i + 1) {
                excluded.insert(word.to_lowercase());
            }
            let opens = i == 0 || sentence.tokens[i - 1].kind == TokenKind::OpenQuote;
            if !sentence.headline && !opens && !is_covered(token.span) {
                *inside.entry(word.to_string()).or_default() += 1;
            }
        }
    }
    inside
        .into_iter()
        .filter(|(word, count)| {
            let lower = word.to_lowercase();
            *count >= 2
                && word.chars().count() >= 3
                && word.chars().all(char::is_alphabetic)
                && word.chars().skip(1).any(char::is_lowercase)
                && lexicon.is_common_word(word)
                && !lower_seen.contains(&lower)
                && !excluded.contains(&lower)
                && !FUNCTION_WORDS.contains(&lower.as_str())
                && !AUXILIARIES.contains(&lower.as_str())
                && !group_word(&lower)
                && !ORG_HEADS.contains(&word.as_str())
                && !super::dates::is_calendar_word(&lower)
                && !COMPASS_ADJECTIVES.contains(&lower.as_str())
                && !lexicon.titles.contains_key(&lower)
                && !lexicon.verbs.contains_key(&lower)
                && !lexicon.org_words.contains_key(word.as_str())
        })
        .map(|(word, _)| word)
        .collect()
}

/// Regions by the compass, capitalized as names are ("primaries in Southern states", "Western
/// leaders") and never surnames on their own.
const COMPASS_ADJECTIVES: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "midwestern",
];

/// Words that may join the capitalized words of one name ("Bank of America", "Ana de la Vega",
/// "Karl von der Heide", "Omar al-Rashid" when written with a space).
const NAME_PARTICLES: &[&str] = &[
    "of", "de", "del", "della", "der", "den", "van", "von", "da", "das", "do", "dos", "du", "la",
    "le", "al", "el", "bin", "ibn",
];

/// Modifiers between an "of" part and a title ("Russia’s top diplomat", "former president").
const TITLE_MODIFIERS: &[&str] = &[
    "former", "then", "then-", "ex", "ex-", "top", "deputy", "acting", "outgoing", "incoming",
    "chief", "senior", "current", "newly", "elected", "late",
];

/// Party adjectives that may stand between a determiner and a title ("the Republican nominee").
const PARTY_ADJECTIVES: &[&str] = &[
    "republican",
    "democratic",
    "democrat",
    "libertarian",
    "independent",
    "conservative",
    "liberal",
    "progressive",
    "green",
    "labour",
];

/// Determiners and possessives that open a title-only reference ("the Russian leader").
const TITLE_OPENERS: &[&str] = &["the", "his", "her", "their", "its"];

/// Words that start sentences but never names.
const FUNCTION_WORDS: &[&str] = &[
    "when",
    "as",
    "after",
    "before",
    "if",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "while",
    "since",
    "because",
    "although",
    "though",
    "then",
    "in",
    "on",
    "at",
    "for",
    "with",
    "from",
    "by",
    "this",
    "that",
    "these",
    "those",
    "it",
    "we",
    "our",
    "they",
    "i",
    "you",
    "what",
    "who",
    "how",
    "why",
    "where",
    "there",
    "here",
    "now",
    "still",
    "even",
    "also",
    "once",
    "until",
    "both",
    "either",
    "neither",
    "unless",
    "despite",
    "during",
    "like",
    "unlike",
    "without",
    "about",
    "over",
    "under",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "meanwhile",
    "instead",
    "however",
    "earlier",
    "later",
    "last",
    "next",
    "recently",
    // Sentence adverbs and prepositions that open a sentence ("Nonetheless, …", "Amid …").
    "amid",
    "amidst",
    "among",
    "amongst",
    "nonetheless",
    "nevertheless",
    "moreover",
    "furthermore",
    "thus",
    "hence",
    "indeed",
    "likewise",
    "notwithstanding",
    "regardless",
    "accordingly",
    "consequently",
    "additionally",
    "whereas",
    "throughout",
    "toward",
    "towards",
    "upon",
    "within",
    "beyond",
    "against",
    "between",
    "across",
];

/// The kind of body a noun after "the" describes ("newspaper" a news organization).
fn description_kind(word: &str) -> Option<crate::model::OrgKind> {
    use crate::model::OrgKind;
    Some(match word {
        "newspaper" | "paper" | "magazine" | "network" | "broadcaster" | "channel" | "outlet"
        | "publication" | "tabloid" | "daily" => OrgKind::News,
        "company" | "firm" | "automaker" | "bank" | "retailer" | "insurer" => OrgKind::Company,
        "ministry" | "department" | "agency" | "bureau" => OrgKind::Government,
        "alliance" | "bloc" => OrgKind::International,
        _ => return None,
    })
}

/// Whether a word has a capital after a lowercase letter past a surname prefix: "FactWire",
/// not "McAllister", "MacLeod", "DeSoto", "LaRue", "DiMarco", "VanDyke".
fn camel_case(word: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von",
    ];
    let chars: Vec<char> = word.chars().collect();
    let Some(inner) =
        (1..chars.len()).find(|&i| chars[i].is_uppercase() && chars[i - 1].is_lowercase())
    else {
        return false;
    };
    let prefix: String = chars[..inner].iter().collect();
    chars.iter().all(|c| c.is_alphabetic()) && !PREFIXES.contains(&prefix.as_str())
}

/// Head words of organization names that may come first ("Center for …", "Bank of …").
const ORG_HEADS: &[&str] = &[
    "Center",
    "Centre",
    "Commission",
    "Council",
    "Committee",
    "Department",
    "Ministry",
    "Institute",
    "Institution",
    "Endowment",
    "Foundation",
    "Fund",
    "Association",
    "Conference",
    "Coalition",
    "Board",
    "Bureau",
    "Agency",
    "Office",
    "Society",
    "Academy",
    "University",
    "College",
    "School",
    "Bank",
    "Court",
    "Union",
    "League",
    "Alliance",
    "Federation",
    "Organization",
    "Organisation",
    "Corporation",
    "Administration",
    "Authority",
    "Network",
    "Party",
    "Program",
    "Programme",
    "Project",
    "Services",
    "Service",
    "Museum",
    "Club",
    "Church",
];

/// Whether a word, singular or plural, is one of [`GROUP_WORDS`].
fn group_word(word: &str) -> bool {
    GROUP_WORDS.contains(&word.to_lowercase().trim_end_matches('s'))
}

/// Words for groups of people (singular, lowercase) that are capitalized but name no one.
const GROUP_WORDS: &[&str] = &[
    "african-american",
    "asian-american",
    "mexican-american",
    "arab-american",
    "native-american",
    "latino",
    "latina",
    "latinx",
    "hispanic",
    "evangelical",
    "catholic",
    "protestant",
    "muslim",
    "christian",
    "jew",
    "jewish",
    "mormon",
    "republican",
    "democrat",
    "democratic",
    "libertarian",
    "independent",
    "conservative",
    "liberal",
    "progressive",
];

/// Verbs that never stand inside a name.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "does", "did", "do", "be", "been", "not", "to", "the", "a", "an",
];

const PRONOUNS: &[(&str, Gender)] = &[
    ("he", Gender::Male),
    ("him", Gender::Male),
    ("she", Gender::Female),
    ("her", Gender::Female),
    // Kept as the words a statement rests on ("…,” it said), never resolved to a person.
    ("it", Gender::Neuter),
    ("they", Gender::Neuter),
];

/// The pronoun of a contraction ("she'd", "He’ll", "they're") and its gender.
fn contracted_pronoun(word: &str) -> Option<(&str, Gender)> {
    let (pronoun, rest) = word.split_once(['\'', '’'])?;
    if !matches!(rest, "d" | "s" | "ll" | "re" | "ve") {
        return None;
    }
    PRONOUNS
        .iter()
        .find(|(p, _)| *p != "it" && pronoun.eq_ignore_ascii_case(p))
        .map(|&(_, gender)| (pronoun, gender))
}

struct Scanner<'a> {
    article: &'a Article,
    lexicon: &'a Lexicon,
    tokens: &'a [Token],
    sentence: usize,
    /// The sentence capitalizes its words as headlines do.
    headline: bool,
}

/// The "of" part of a phrase: what a title is of, or a known name standing alone.
struct OfPart {
    span: Span,
    canonical: String,
    entity_type: EntityType,
    known: Option<Known>,
    demonym: bool,
    end: usize,
}

impl Scanner<'_> {
    fn scan(&self, found: &mut Vec<Mention>) {
        let mut idx = 0;
        while idx < self.tokens.len() {
            idx = match self.phrase_at(idx, found) {
                Some(next) => next,
                None => idx + 1,
            };
        }
    }

    fn surnames(&self, surnames: &FxHashSet<String>, covered: &SpanSet, found: &mut Vec<Mention>) {
        for (idx, token) in self.tokens.iter().enumerate() {
            let (word, suffix) = strip_possessive(self.word(idx));
            if !surnames.contains(word) || covered.overlaps(token.span) {
                continue;
            }
            // "Will Ivanova spoke." opening a sentence, in an article that also names Maria
            // Ivanova: the given name before the surname belongs to the name (and tells the two
            // people apart).
            // ("In August Dunn met …": a month is no given name.)
            let given = idx.checked_sub(1).filter(|&prev| {
                self.is_capitalized(prev)
                    && self.lexicon.given_names.contains_key(self.word(prev))
                    && !super::dates::is_calendar_word(&self.word(prev).to_lowercase())
                    && !covered.overlaps(self.tokens[prev].span)
            });
            let start = given.map_or(token.span.start, |prev| self.tokens[prev].span.start);
            let span = Span::new(start, token.span.end - suffix);
            let gender = given.map_or(Gender::Unknown, |prev| self.given_name_gender(prev));
            found.push(self.mention(span, span, EntityType::Person, MentionKind::Name, gender));
        }
    }

    fn word(&self, idx: usize) -> &str {
        match self.tokens.get(idx) {
            Some(token) if token.kind == TokenKind::Word => self.article.slice(token.span),
            _ => "",
        }
    }

    fn is_capitalized(&self, idx: usize) -> bool {
        self.word(idx)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.tokens[from].span.start, self.tokens[to - 1].span.end)
    }

    /// Reads the phrase starting at token `idx`, pushes its mentions and returns where the next
    /// phrase starts, or `None` when no mention starts here.
    fn phrase_at(&self, idx: usize, found: &mut Vec<Mention>) -> Option<usize> {
        let word = self.word(idx);
        if word.is_empty() {
            return None;
        }
        if let Some(&(_, gender)) = PRONOUNS.iter().find(|(p, _)| word.eq_ignore_ascii_case(p)) {
            let span = self.tokens[idx].span;
            found.push(self.mention(span, span, EntityType::Person, MentionKind::Pronoun, gender));
            return Some(idx + 1);
        }
        // "she'd", "he’ll", "they're": the pronoun is the word before the apostrophe, and
        // the phrase the whole token. ("it's" stays a word: "it" is kept for statements.)
        if let Some((pronoun, gender)) = contracted_pronoun(word) {
            let phrase = self.tokens[idx].span;
            let span = Span::new(phrase.start, phrase.start + pronoun.len());
            found.push(self.mention(
                span,
                phrase,
                EntityType::Person,
                MentionKind::Pronoun,
                gender,
            ));
            return Some(idx + 1);
        }
        // "WASHINGTON ―", "LAKEVILLE, Ohio,": a dateline's place in capitals opening a
        // sentence, before a dash or a comma.
        if idx == 0 {
            if let Some(dateline) = self.dateline(found) {
                return Some(dateline);
            }
        }
        // "(D-Mo.)", "(R)": a US party label after a name is no mention of its own.
        let label = matches!(word, "D" | "R" | "I")
            || ["D-", "R-", "I-"].iter().any(|p| word.starts_with(p));
        if label && idx > 0 && self.article.slice(self.tokens[idx - 1].span) == "(" {
            let close = (idx + 1..(idx + 6).min(self.tokens.len()))
                .find(|&i| self.article.slice(self.tokens[i].span) == ")")?;
            // The state after the party's letter ("D-N.C.", "R-Fla.") is a mention of the
            // state.
            let start = self.tokens[idx].span.start + 2;
            let end = self.tokens[close].span.start;
            if let Some(known) = self
                .article
                .text
                .get(start..end)
                .and_then(|state| self.lexicon.known.get(state))
                .filter(|k| k.entity_type != EntityType::Organization)
            {
                found.push(self.of_mention(&OfPart {
                    span: Span::new(start, end),
                    canonical: known.canonical.clone(),
                    entity_type: known.entity_type,
                    known: Some(known.clone()),
                    demonym: false,
                    end: close,
                }));
            }
            return Some(close + 1);
        }
        // "When Ms. Fennick …", "As Teddy …": a capitalized function word opens no name.
        if FUNCTION_WORDS.contains(&word.to_lowercase().as_str()) {
            return None;
        }
        let opener = TITLE_OPENERS.contains(&word.to_lowercase().as_str());
        let mut cursor = if opener { idx + 1 } else { idx };
        // "former Freedonia governor Joe Dunmore": modifiers may open the phrase.
        let leading_modifiers = cursor;
        while TITLE_MODIFIERS.contains(&self.word(cursor).to_lowercase().as_str()) {
            cursor += 1;
        }
        let former_first = (leading_modifiers..cursor).any(|i| {
            matches!(
                self.word(i).to_lowercase().as_str(),
                "former" | "ex" | "ex-" | "late"
            )
        });
        let of_part = self.of_part(cursor);
        if let Some(of) = &of_part {
            cursor = of.end;
        }
        let modifiers_start = cursor;
        while TITLE_MODIFIERS.contains(&self.word(cursor).to_lowercase().as_str()) {
            cursor += 1;
        }
        // "the Republican presidential candidate", "the presumptive Democratic nominee": the
        // party and "presumptive" describe the title a reference opens with.
        if opener {
            let mut past = cursor;
            while matches!(
                self.word(past).to_lowercase().as_str(),
                "presumptive" | "likely" | "putative" | "eventual"
            ) || self.is_capitalized(past)
                && PARTY_ADJECTIVES.contains(&self.word(past).to_lowercase().as_str())
            {
                past += 1;
            }
            if past > cursor && self.title_at(past, true).is_some() {
                cursor = past;
            }
        }
        let current = !former_first
            && !(modifiers_start..cursor).any(|i| {
                matches!(
                    self.word(i).to_lowercase().as_str(),
                    "former" | "ex" | "ex-" | "late"
                )
            });
        let modified = cursor > leading_modifiers;
        // "columnist Ai Lin", "attorney Mark Dunn": a lowercase title right before a name.
        let names_follow = |title_end: usize| {
            self.is_capitalized(title_end) && self.name_end(title_end) > title_end
        };
        let lowercase_ok = of_part.is_some()
            || opener
            || modified
            || self
                .title_at(cursor, true)
                .is_some_and(|(_, end)| names_follow(end));
        let title = self.title_at(cursor, lowercase_ok);
        if title.is_none() && modified && of_part.is_none() {
            return None;
        }
        let (title_text, title_end) = match &title {
            Some((text, end)) => (Some(text.clone()), *end),
            None => (None, cursor),
        };
        // "vice presidential candidate Gov. Anna Berg": the title next to the name makes the
        // mention (and is not taken for part of the name); the phrase starts at the first.
        // ("Gov. Earl Dunn": a given name that is also a title opens the name.)
        if title.is_some()
            && !self.lexicon.given_names.contains_key(self.word(title_end))
            && self
                .title_at(title_end, false)
                .is_some_and(|(_, end)| names_follow(end))
        {
            let pushed = found.len();
            let end = self.phrase_at(title_end, found)?;
            let start = self.tokens[if opener { idx + 1 } else { idx }].span.start;
            for mention in &mut found[pushed..] {
                if mention.entity_type == EntityType::Person {
                    mention.phrase.start = start;
                }
            }
            return Some(end);
        }
        // "the president's aides": a title in the possessive names its holder, and no name
        // follows it.
        let possessive = title_text
            .as_ref()
            .map_or(0, |_| strip_possessive(self.word(title_end - 1)).1);
        let name_end = if possessive > 0 {
            title_end
        } else {
            self.name_end(title_end)
        };
        let phrase_start = if opener { idx + 1 } else { idx };
        // "President Wang Jun of China", "Governor Anna Berg of Ohio": after a title, a known
        // place joined to the name by "of" ends it and says what the title is of.
        let place_after = title_text
            .as_ref()
            .and_then(|_| (title_end + 1..name_end).find(|&i| self.word(i) == "of"))
            .and_then(|of_idx| {
                let place = self.of_part(of_idx + 1)?;
                let is_place = !place.demonym
                    && matches!(
                        place.entity_type,
                        EntityType::Country | EntityType::City | EntityType::Place
                    );
                (is_place && place.end == name_end).then_some((of_idx, place))
            });
        // (The place itself is scanned as a mention of its own after the name.)
        let (name_end, place_after) = match place_after {
            Some((of_idx, place)) => (of_idx, Some(place)),
            None => (name_end, None),
        };

        if let Some(title_text) = title_text {
            let honorific = self
                .lexicon
                .titles
                .get(&title_text)
                .is_some_and(|t| t.category == "honorific");
            let mut role_span = self.span(phrase_start, title_end);
            role_span.end -= possessive;
            // ("Deputy Attorney General Ann Brooks" holds another office than the attorney
            // general: the modifier stays in the role's title.)
            let deputy =
                (leading_modifiers..cursor).any(|i| self.word(i).eq_ignore_ascii_case("deputy"));
            let role = RoleMention {
                title: title_case(&if deputy {
                    format!("deputy {title_text}")
                } else {
                    title_text.clone()
                }),
                of: of_part
                    .as_ref()
                    .or(place_after.as_ref())
                    .map(|of| (of.canonical.clone(), of.entity_type)),
                current,
                span: role_span,
            };
            if let Some(of) = &of_part {
                found.push(self.of_mention(of));
            }
            let gender = self
                .lexicon
                .titles
                .get(&title_text)
                .map(|t| t.gender)
                .unwrap_or_default();
            // "Miss Universe", "Miss USA", "Mr. Olympia": an honorific before the world, or
            // "Miss" before a place, names a contest or its winner, no one of that name ("Mr.
            // Jordan" and "Ms. Houston" are surnames).
            if honorific && name_end == title_end + 1 {
                let word = strip_possessive(self.word(title_end)).0;
                let place = title_text == "miss"
                    && self.of_part(title_end).is_some_and(|place| {
                        !place.demonym
                            && place.end == name_end
                            && matches!(
                                place.entity_type,
                                EntityType::Country | EntityType::City | EntityType::Place
                            )
                    });
                if place || matches!(word, "Universe" | "World" | "Earth" | "Olympia") {
                    return Some(name_end);
                }
            }
            if name_end > title_end {
                // "Mr. Laurent's show": the name without its possessive ending.
                let mut span = self.span(title_end, name_end);
                span.end -= strip_possessive(self.word(name_end - 1)).1;
                // The phrase takes in "of Ohio", so that what follows the phrase follows
                // the person ("Gov. Anna Berg of Ohio said").
                let phrase_end = place_after.as_ref().map_or(name_end, |place| place.end);
                let phrase = self.span(phrase_start, phrase_end);
                let gender = match gender {
                    // ("Sen. Grant": a lone word after a title is a surname, whatever
                    // given name it is too.)
                    Gender::Unknown if name_end - title_end > 1 => {
                        self.given_name_gender(title_end)
                    }
                    known => known,
                };
                let mut mention =
                    self.mention(span, phrase, EntityType::Person, MentionKind::Name, gender);
                // "Ms. Ripert": an honorific says who, not what office.
                mention.role = (!honorific).then_some(role);
                found.push(mention);
                return Some(name_end);
            }
            // "Russia’s official response": a title word used as an adjective before a noun.
            let next = self.word(title_end);
            let past_tense = next.len() > 4 && next.ends_with("ed");
            let before_noun = next.chars().next().is_some_and(char::is_lowercase)
                && !self.lexicon.verbs.contains_key(next)
                && !matches!(
                    next,
                    "has"
                        | "had"
                        | "have"
                        | "was"
                        | "is"
                        | "will"
                        | "would"
                        | "also"
                        | "and"
                        | "who"
                        | "of"
                        // ("met the French president at the palace": a preposition.)
                        | "at"
                        | "in"
                        | "on"
                        | "to"
                        | "for"
                        | "with"
                        | "from"
                        | "by"
                        | "after"
                        | "before"
                        | "during"
                        | "that"
                        | "but"
                        | "or"
                        // ("the president met with Laurent", "the senator later called":
                        // a verb or an adverb, no noun.)
                        | "met"
                        | "meets"
                        | "spoke"
                        | "speaks"
                        | "tells"
                        | "wrote"
                        | "writes"
                        | "sent"
                        | "sends"
                        | "hosts"
                        | "visits"
                        | "calls"
                        | "held"
                        | "holds"
                        | "sat"
                        | "took"
                        | "gave"
                        | "made"
                        | "went"
                        | "came"
                        | "began"
                        | "can"
                        | "could"
                        | "did"
                        | "does"
                        | "should"
                        | "may"
                        | "might"
                        | "must"
                        | "then"
                        | "later"
                        | "again"
                        | "still"
                        | "never"
                        | "often"
                        | "himself"
                        | "herself"
                        | "just"
                        | "already"
                        | "even"
                )
                && !next.ends_with("ly")
                // ("the president visited", "the minister welcomed": a verb in the past.)
                && !past_tense
                && possessive == 0;
            // ("his rival": a relation both sides hold, so the one named before with it may
            // be the owner himself; "his head": a body part. Left unresolved.)
            let relation = opener
                && matches!(
                    self.word(idx).to_lowercase().as_str(),
                    "his" | "her" | "their" | "its"
                )
                && matches!(
                    title_text.as_str(),
                    "rival" | "opponent" | "friend" | "ally" | "colleague" | "head"
                );
            if (opener || of_part.is_some()) && !honorific && !before_noun && !relation {
                let mut span = self.span(phrase_start, title_end);
                span.end -= possessive;
                let mut mention =
                    self.mention(span, span, EntityType::Person, MentionKind::Title, gender);
                mention.name = self.article.slice(span).to_string();
                mention.role = Some(role);
                found.push(mention);
                return Some(title_end);
            }
            return Some(title_end);
        }
        if let Some(of) = &of_part {
            if let Some(org_end) = self.organization_after(of, opener) {
                // "the Russian Embassy", "the US State Department", "the Russian embassy".
                found.push(self.of_mention(of));
                let span = self.span(phrase_start, org_end);
                let mut mention = self.organization(span);
                mention.org_kind = self
                    .lexicon
                    .org_words
                    .get(&title_case(strip_possessive(self.word(org_end - 1)).0))
                    .copied()
                    .flatten();
                found.push(mention);
                return Some(org_end);
            }
        }
        if let Some(of) = of_part {
            let mut mention = self.of_mention(&of);
            // A capital used as a subject stands for its state ("Moscow has deployed…"); after
            // a preposition it is the city ("a press conference in Moscow").
            if let Some(known) = of.known.as_ref().filter(|k| k.is_capital) {
                if !self.after_preposition(idx) {
                    if let Some(country) = &known.metonym_for {
                        mention.entity_type = EntityType::Country;
                        mention.canonical = Some(country.clone());
                    }
                }
            }
            found.push(mention);
            return Some(of.end);
        }
        if name_end > idx && !opener {
            if let Some(end) = self.head_first_organization(idx, name_end) {
                let mut mention = self.organization(self.span(idx, end));
                mention.org_kind = (idx..end)
                    .find_map(|i| self.lexicon.org_words.get(self.word(i)).copied())
                    .flatten();
                found.push(mention);
                return Some(end);
            }
            return self.bare_name(idx, name_end, found);
        }
        None
    }

    /// "Center for American Progress", "Commission on Presidential Debates", "University of
    /// Michigan": a capitalized run holding the head word of an organization goes on across
    /// "for", "on", "of", "and" and "at" to the next capitalized words. Returns the end of the
    /// name when it has at least two words.
    fn head_first_organization(&self, idx: usize, run_end: usize) -> Option<usize> {
        let mut end = run_end;
        while matches!(self.word(end), "for" | "on" | "of" | "and" | "at" | "&")
            && self.is_capitalized(end + 1)
            && !FUNCTION_WORDS.contains(&self.word(end + 1).to_lowercase().as_str())
        {
            // "for Strategic and International Studies": after "and", a name of two words or
            // more goes on; one word is a second name ("the Center and FactWire").
            // ("the Economic Club of Washington on Monday": a date after "on" names nothing.)
            // ("Dunn and Budget Committee Chairman Ann Brooks": a title and a name after it
            // end the body's name.)
            let run = self.name_end(end + 1);
            let next = (end + 2..run)
                .find(|&i| {
                    self.lexicon
                        .titles
                        .contains_key(&self.word(i).to_lowercase())
                        && self.is_capitalized(i + 1)
                })
                .unwrap_or(run);
            if next == end + 1 || self.word(end) == "and" && next - (end + 1) < 2 {
                break;
            }
            end = next;
        }
        let head = (idx..end).any(|i| ORG_HEADS.contains(&strip_possessive(self.word(i)).0));
        let words = (idx..end).filter(|&i| !self.word(i).is_empty()).count();
        (head && words >= 2).then_some(end)
    }

    fn of_mention(&self, of: &OfPart) -> Mention {
        let kind = if of.demonym {
            MentionKind::Demonym
        } else {
            MentionKind::Name
        };
        let mut mention = self.mention(of.span, of.span, of.entity_type, kind, Gender::Neuter);
        mention.canonical = Some(of.canonical.clone());
        if let Some(known) = &of.known {
            mention.org_kind = known.org_kind;
            mention.metonym_for = known.metonym_for.clone();
        }
        mention
    }

    /// A programme of the news outlet `outlet`: "the Ledger’s “Morning Desk”", "on Ledger TV's
    /// Market Hour". A quoted title, or (after "on") capitalized words that name no person,
    /// right after the outlet's possessive name a programme, itself a news organization (the
    /// party a guest speaks to).
    fn programme_after(&self, outlet: Span, found: &mut Vec<Mention>) {
        let text = |i: usize| {
            self.tokens
                .get(i)
                .map_or("", |t| self.article.slice(t.span))
        };
        let Some(outlet_first) = self.tokens.iter().position(|t| t.span.end > outlet.start) else {
            return;
        };
        let Some(last) = self.tokens.iter().position(|t| t.span.end >= outlet.end) else {
            return;
        };
        let possessive =
            self.tokens[last].span.end > outlet.end && strip_possessive(text(last)).1 > 0;
        if !possessive {
            return;
        }
        let Some((quoted, first, end)) = self.programme_title_at(last + 1) else {
            return;
        };
        let span = Span::new(self.tokens[first].span.start, self.tokens[end - 1].span.end);
        // Unquoted, a programme is what one appears "on" ("on Ledger TV's Market Hour"), and not a
        // person's name ("Fox News' Ann Brooks confronted him").
        // The word before the outlet ("on", "told"), past a "the".
        let before_outlet = outlet_first
            .checked_sub(1)
            .and_then(|i| {
                if text(i).eq_ignore_ascii_case("the") {
                    i.checked_sub(1)
                } else {
                    Some(i)
                }
            })
            .map_or("", text)
            .to_lowercase();
        let on = before_outlet == "on";
        // ("told Ledger TV's Market Hour": what one tells; but "told Ledger TV's Ann Brooks".)
        let told = matches!(
            before_outlet.as_str(),
            "told" | "tells" | "telling" | "tell"
        );
        if !quoted && (end - first < 2 || !(on || told)) {
            return;
        }
        // A pass over every mention, so only for what may still be a programme: one per outlet
        // made an article that names outlets throughout quadratic. After "on" a person is
        // taken only with a given name or a title; after "told", any person.
        let given = self.lexicon.given_names.contains_key(text(first));
        let taken_by_person = found.iter().any(|m| {
            m.entity_type == EntityType::Person
                && m.span.start < span.end
                && span.start < m.span.end
                && (quoted || given || m.role.is_some() || !on)
        });
        if taken_by_person {
            return;
        }
        self.push_programme(span, found);
    }

    fn push_programme(&self, span: Span, found: &mut Vec<Mention>) {
        found.retain(|m| !(span.start <= m.span.start && m.span.end <= span.end));
        let mut programme = self.organization(span);
        programme.org_kind = Some(crate::model::OrgKind::News);
        found.push(programme);
    }

    /// The capitalized words of a title starting at token `start`, maybe in quotation marks:
    /// whether quoted, and its first and past-the-end tokens. Up to six words; a quoted title
    /// must close right after them.
    fn programme_title_at(&self, start: usize) -> Option<(bool, usize, usize)> {
        let text = |i: usize| {
            self.tokens
                .get(i)
                .map_or("", |t| self.article.slice(t.span))
        };
        let quoted = matches!(text(start), "“" | "\"" | "''");
        let first = start + usize::from(quoted);
        let mut end = first;
        // ("Meet the Press", "Face the Nation", "Fox and Friends": small words inside; and in
        // quotation marks, which say where the title ends, "Midday with Ann Brooks".)
        let small = |i: usize| {
            matches!(text(i), "and" | "the" | "of" | "&")
                || quoted && matches!(text(i), "with" | "in" | "for" | "at" | "on" | "a")
        };
        while end < self.tokens.len()
            && end < first + 6
            && (self.is_capitalized(end) || (end > first && small(end)))
        {
            end += 1;
        }
        // A title ends at its last capitalized word: "Market Hour and".
        while end > first && small(end - 1) {
            end -= 1;
        }
        if end == first {
            return None;
        }
        let closed = matches!(text(end), "”" | "\"" | "''")
            || matches!(text(end), "." | "," | "?") && matches!(text(end + 1), "”" | "\"" | "''");
        (!quoted || closed).then_some((quoted, first, end))
    }

    /// A programme named in quotation marks with no outlet before it: "told “Fox and
    /// Friends”", "said on “Morning Desk”". Two capitalized words at least (a one-word quote
    /// after "told" is more likely words said).
    fn programmes_quoted(&self, found: &mut Vec<Mention>) {
        for idx in 0..self.tokens.len() {
            let lower = self.word(idx).to_lowercase();
            let told = matches!(lower.as_str(), "told" | "tells" | "telling" | "tell");
            // ("voted on “The Marriage Act”": only on, to or with what is spoken or appeared
            // on: "speaking to “Morning Desk”", "an interview with “Sunday Hour”".)
            let on = matches!(lower.as_str(), "on" | "to" | "with")
                && (idx.saturating_sub(3)..idx).any(|i| {
                    matches!(
                        self.word(i).to_lowercase().as_str(),
                        "said"
                            | "says"
                            | "saying"
                            | "spoke"
                            | "speaking"
                            | "talking"
                            | "appeared"
                            | "appearing"
                            | "appearance"
                            | "interview"
                            | "remarks"
                    )
                });
            // "Tuesday on Ledger Radio's “Midday”": a quoted title owned by a name after "on"
            // is a programme of that name, an outlet (one word: the station's letters).
            let owner = (lower == "on"
                && self.is_capitalized(idx + 1)
                && strip_possessive(self.word(idx + 1)).1 > 0)
                .then_some(idx + 1);
            if !(told || on || owner.is_some()) {
                continue;
            }
            let Some((true, first, end)) = self.programme_title_at(owner.unwrap_or(idx) + 1) else {
                continue;
            };
            if let Some(owner) = owner {
                let at = self.tokens[owner].span.start;
                if let Some(outlet) = found.iter_mut().find(|m| {
                    m.span.start == at
                        && m.entity_type == EntityType::Organization
                        && m.org_kind.is_none()
                }) {
                    outlet.org_kind = Some(crate::model::OrgKind::News);
                }
            }
            if end - first < 2 {
                continue;
            }
            let span = Span::new(self.tokens[first].span.start, self.tokens[end - 1].span.end);
            // (Not a person's name alone in quotation marks, with a given name; but "The Anna
            // Berg Show" and capitalized words taken for a name are the programme.)
            let given = self.lexicon.given_names.contains_key(self.word(first));
            if given
                && found
                    .iter()
                    .any(|m| m.entity_type == EntityType::Person && m.span == span)
            {
                continue;
            }
            self.push_programme(span, found);
        }
    }

    /// "The newspaper said", "told the network": "the" and a noun that describes a kind of
    /// body, a title-only mention of the latest body of that kind (`resolve` finds it, or
    /// drops the mention); "The Post", the latest outlet whose name ends so. Not when a name
    /// or a noun follows ("the newspaper's editor" is kept, "the company town" is not), nor
    /// inside another mention.
    fn org_descriptions(&self, covered: &SpanSet) -> Vec<Mention> {
        let mut descriptions = Vec::new();
        for idx in 1..self.tokens.len() {
            let (word, suffix) = strip_possessive(self.word(idx));
            // "told The Post", "the Times reported": the head word of a news outlet's name
            // alone is a short name of the outlet named before (`resolve` keeps it only then).
            let short_name = word.starts_with(char::is_uppercase)
                && self.lexicon.org_words.get(word) == Some(&Some(crate::model::OrgKind::News))
                && !self.is_capitalized(idx + 1)
                // ("The Post and Ledger": one name.)
                && !(matches!(self.word(idx + 1), "and" | "&") && self.is_capitalized(idx + 2));
            let Some(kind) =
                description_kind(word).or(short_name.then_some(crate::model::OrgKind::News))
            else {
                continue;
            };
            if !self.word(idx - 1).eq_ignore_ascii_case("the") {
                continue;
            }
            let next = self.word(idx + 1);
            let noun_follows = suffix == 0
                && next.starts_with(char::is_lowercase)
                && !self.lexicon.verbs.contains_key(next)
                && !super::is_auxiliary(next)
                && !matches!(
                    next,
                    "that"
                        | "which"
                        | "who"
                        | "and"
                        | "or"
                        | "in"
                        | "on"
                        | "of"
                        | "to"
                        | "for"
                        | "with"
                        | "by"
                        | "at"
                        | "last"
                        | "this"
                        | "said"
                        | "says"
                        // ("told the newspaper he would run": a clause follows.)
                        | "he"
                        | "she"
                        | "they"
                        | "it"
                        | "we"
                        | "i"
                );
            let mut span = self.span(idx - 1, idx + 1);
            span.end -= suffix;
            if noun_follows || covered.overlaps(span) {
                continue;
            }
            let mut mention = self.mention(
                span,
                span,
                EntityType::Organization,
                MentionKind::Title,
                Gender::Neuter,
            );
            mention.name = self.article.slice(span).to_string();
            mention.org_kind = Some(kind);
            descriptions.push(mention);
        }
        descriptions
    }

    fn organization(&self, span: Span) -> Mention {
        self.mention(
            span,
            span,
            EntityType::Organization,
            MentionKind::Name,
            Gender::Neuter,
        )
    }

    fn mention(
        &self,
        span: Span,
        phrase: Span,
        entity_type: EntityType,
        kind: MentionKind,
        gender: Gender,
    ) -> Mention {
        Mention {
            span,
            phrase,
            entity_type,
            kind,
            name: normalize_name(self.article.slice(span)),
            canonical: None,
            org_kind: None,
            metonym_for: None,
            gender,
            role: None,
            sentence: self.sentence,
        }
    }

    /// The place of a dateline opening the sentence: up to three words in capitals that the
    /// lexicon knows as a place once written in title case, before a dash or a comma. Pushes
    /// its mention and returns where the next phrase starts.
    fn dateline(&self, found: &mut Vec<Mention>) -> Option<usize> {
        let capitals = |i: usize| {
            let word = self.word(i);
            word.chars().count() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
        };
        let words = (0..3).take_while(|&i| capitals(i)).count();
        let next = self.tokens.get(words)?;
        if words == 0 || !matches!(self.article.slice(next.span), "―" | "—" | "–" | "-" | ",")
        {
            return None;
        }
        let name = (0..words)
            .map(|i| title_case(&self.word(i).to_lowercase()))
            .collect::<Vec<_>>()
            .join(" ");
        let Some(known) = self
            .lexicon
            .known
            .get(&name)
            .filter(|k| k.entity_type != EntityType::Organization)
        else {
            // "LAKEVILLE, Ohio,": a town the lexicon does not know, before its state.
            let state = self
                .lexicon
                .known
                .get(self.word(words + 1))
                .is_some_and(|k| k.entity_type == EntityType::Place);
            if self.article.slice(next.span) != "," || !state {
                return None;
            }
            let mut mention = self.mention(
                self.span(0, words),
                self.span(0, words),
                EntityType::City,
                MentionKind::Name,
                Gender::Neuter,
            );
            mention.canonical = Some(name);
            found.push(mention);
            return Some(words);
        };
        found.push(self.of_mention(&OfPart {
            span: self.span(0, words),
            canonical: known.canonical.clone(),
            entity_type: known.entity_type,
            known: Some(known.clone()),
            demonym: false,
            end: words,
        }));
        Some(words)
    }

    /// A demonym ("Russian"), or the longest known name ("United States", "Kremlin", "Russia’s").
    fn of_part(&self, idx: usize) -> Option<OfPart> {
        if !self.is_capitalized(idx) {
            return None;
        }
        let longest = self.lexicon.max_known_words.max(1);
        for len in (1..=longest).rev() {
            let end = idx + len;
            if end > self.tokens.len()
                || !(idx..end).all(|i| self.tokens[i].kind == TokenKind::Word)
            {
                continue;
            }
            let words: Vec<&str> = (idx..end).map(|i| self.word(i)).collect();
            let (last, suffix_len) = strip_possessive(words[len - 1]);
            let mut key = words[..len - 1].join(" ");
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(last);
            if len == 1 && !self.lexicon.known.contains_key(&key) {
                if let Some(country) = self.lexicon.demonyms.get(&key) {
                    return Some(OfPart {
                        span: self.tokens[idx].span,
                        canonical: country.clone(),
                        entity_type: EntityType::Country,
                        known: None,
                        demonym: true,
                        end,
                    });
                }
            }
            // "Eastern European", "Soviet": a region's adjective or people, never a name.
            if len <= self.lexicon.max_region_demonym_words
                && !self.lexicon.known.contains_key(&key)
            {
                if let Some(place) = self.lexicon.region_demonyms.get(&key) {
                    let mut span = self.span(idx, end);
                    span.end -= suffix_len;
                    return Some(OfPart {
                        span,
                        canonical: place.clone(),
                        entity_type: EntityType::Place,
                        known: None,
                        demonym: true,
                        end,
                    });
                }
            }
            if let Some(known) = self.lexicon.known.get(&key) {
                // A known name that is only the start of a longer name ("Washington Post" is not
                // Washington) is left to the name scanner; so is a known body's, when the longer
                // name has a head word of its own ("the National Association of Realtors" is
                // not the newspaper The National).
                if len == 1
                    && self.continues_name(end)
                    && (known.entity_type != EntityType::Organization
                        || (end..self.name_end(idx)).any(|i| {
                            let word = strip_possessive(self.word(i)).0;
                            self.lexicon.org_words.contains_key(word)
                        }))
                {
                    return None;
                }
                let mut span = self.span(idx, end);
                span.end -= suffix_len;
                return Some(OfPart {
                    span,
                    canonical: known.canonical.clone(),
                    entity_type: known.entity_type,
                    known: Some(known.clone()),
                    demonym: false,
                    end,
                });
            }
        }
        None
    }

    /// The end of an organization name made of a state and a head word ("Russian Embassy",
    /// "US State Department"); after "the" the head word may be lowercase ("the Russian
    /// embassy").
    fn organization_after(&self, of: &OfPart, opener: bool) -> Option<usize> {
        if of.entity_type != EntityType::Country {
            return None;
        }
        let head = |idx: usize| {
            let word = strip_possessive(self.word(idx)).0;
            self.lexicon.org_words.contains_key(word)
                || (opener && self.lexicon.org_words.contains_key(&title_case(word)))
        };
        let end = self.name_end(of.end);
        if end > of.end && head(end - 1) {
            return Some(end);
        }
        (opener && !self.is_capitalized(of.end) && head(of.end)).then_some(of.end + 1)
    }

    /// Whether a capitalized word that is neither a title nor a known name follows.
    fn continues_name(&self, idx: usize) -> bool {
        self.is_capitalized(idx)
            && self.title_at(idx, false).is_none()
            && !self
                .lexicon
                .verbs
                .contains_key(&self.word(idx).to_lowercase())
            && !self.lexicon.demonyms.contains_key(self.word(idx))
    }

    /// The longest title at `idx`; lowercase titles count only after an "of" part or opener.
    fn title_at(&self, idx: usize, allow_lowercase: bool) -> Option<(String, usize)> {
        if !allow_lowercase && !self.is_capitalized(idx) {
            return None;
        }
        // The lowercased words from `idx` on, joined once, with the end of each prefix: the
        // longest title wins, and a title is words only. (This is the extractor's hottest
        // loop, so no string is built per length tried.)
        let mut joined = String::new();
        let mut ends = Vec::with_capacity(self.lexicon.max_title_words);
        for i in idx..(idx + self.lexicon.max_title_words.max(1)).min(self.tokens.len()) {
            if self.tokens[i].kind != TokenKind::Word {
                break;
            }
            if i > idx {
                joined.push(' ');
            }
            // "the president's": a possessive ends the title, and is no part of it.
            let (word, possessive) = strip_possessive(self.word(i));
            joined.push_str(&word.to_lowercase());
            ends.push(joined.len());
            // Most words start no title (an abbreviation stands for one as it is).
            if i == idx
                && !self.lexicon.title_first_words.contains(&joined)
                && expand_title(&joined) == joined
            {
                return None;
            }
            if possessive > 0 {
                break;
            }
        }
        for (len, &key_end) in ends.iter().enumerate().rev() {
            let key = expand_title(&joined[..key_end]);
            if self.lexicon.titles.contains_key(key) {
                return Some((key.to_owned(), idx + len + 1));
            }
        }
        None
    }

    /// The end of a run of capitalized name words starting at `idx` (== idx when there is none).
    fn name_end(&self, idx: usize) -> usize {
        let mut end = idx;
        let mut cursor = idx;
        while cursor < self.tokens.len() {
            let word = self.word(cursor);
            let calendar = super::dates::is_calendar_word(&word.to_lowercase());
            let lower = word.to_lowercase();
            // "Donald Laurent Is Now Calling …", "Petrov In Reno": in headline case a function
            // word or an auxiliary is capitalized too, and ends the name. A function word opens
            // none either ("Expert On Anna Berg's Past": a title, then no name); an auxiliary
            // may ("Will", "May" are given names).
            let function = FUNCTION_WORDS.contains(&lower.as_str())
                || cursor > idx && AUXILIARIES.contains(&lower.as_str());
            if self.is_capitalized(cursor)
                && !calendar
                && !function
                && !self.lexicon.verbs.contains_key(&lower)
            {
                cursor += 1;
                end = cursor;
                if strip_possessive(word).1 > 0 {
                    break;
                }
            } else if end > idx && NAME_PARTICLES.contains(&word) && self.is_capitalized(cursor + 1)
            {
                cursor += 1;
            } else {
                break;
            }
        }
        end
    }

    /// A capitalized name with no title and no lexicon entry: typed from its words and context.
    fn bare_name(&self, idx: usize, end: usize, found: &mut Vec<Mention>) -> Option<usize> {
        // Words that are no name whatever their capital: a pronoun with a contraction ("I’m",
        // "We’ve"), a code with a digit ("EB-5"), letters spelled out ("U-S-A"), an adjective
        // of place ("Texas-based"), a number word ("Forty-three"), and, opening a sentence,
        // a lone participle or adverb ("Enraged", "Examining", "Conversely").
        let no_name = |w: &str| {
            let lower = w.to_lowercase().replace('’', "'");
            let contraction = ["i'", "we'", "you'", "they'", "he'", "she'", "it'", "that'"]
                .iter()
                .any(|p| lower.starts_with(p));
            let spelled = w.contains('-') && w.split('-').all(|part| part.chars().count() == 1);
            let number = lower.split('-').all(|part| {
                matches!(
                    part,
                    "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "twenty"
                        | "thirty"
                        | "forty"
                        | "fifty"
                        | "sixty"
                        | "seventy"
                        | "eighty"
                        | "ninety"
                        | "hundred"
                        | "thousand"
                )
            });
            // "Ph.D.", "M.Sc.": an abbreviation with inner periods and small letters.
            let degree = w.trim_end_matches('.').contains('.') && w.chars().any(char::is_lowercase);
            contraction
                || spelled
                || degree
                || number
                || w.chars().any(|c| c.is_ascii_digit())
                || lower.ends_with("-based")
        };
        let participle = |w: &str| {
            let lower = w.to_lowercase();
            lower.len() > 4
                && (lower.ends_with("ing") || lower.ends_with("ed") || lower.ends_with("ly"))
        };
        // "Bill Brooks of Ledger News", "Anna Berg of the Daily Ledger": a person and the body
        // they work for, joined by "of" into one run of capitals.
        if self.lexicon.given_names.contains_key(self.word(idx)) {
            if let Some(of) = (idx + 2..end).find(|&i| self.word(i) == "of") {
                let body = self
                    .of_part(of + 1)
                    .is_some_and(|part| part.entity_type == EntityType::Organization)
                    || (of + 1..end).any(|i| {
                        self.lexicon
                            .org_words
                            .contains_key(strip_possessive(self.word(i)).0)
                    });
                if body {
                    return self.bare_name(idx, of, found);
                }
            }
        }
        let words: Vec<&str> = (idx..end)
            .map(|i| strip_possessive(self.word(i)).0)
            .collect();
        let sentence_initial = idx == 0 || self.tokens[idx - 1].kind == TokenKind::OpenQuote;
        // "an interview with Latina magazine", "told Ledger newspaper": a name before the
        // noun for its kind of outlet is the outlet's.
        // (Not "An Israeli newspaper": a nationality says what kind.)
        let nationality = words.iter().any(|w| {
            self.lexicon.demonyms.contains_key(*w) || self.lexicon.region_demonyms.contains_key(*w)
        });
        if matches!(self.word(end), "magazine" | "newspaper" | "tabloid")
            && !nationality
            && !matches!(words[0], "A" | "An" | "The")
        {
            let mut outlet = self.organization(self.span(idx, end));
            outlet.org_kind = Some(crate::model::OrgKind::News);
            found.push(outlet);
            return Some(end);
        }
        // Names of groups of people by origin, faith or politics ("African-Americans",
        // "Latino voters", "Republican") standing alone: adjectives and plural nouns, not
        // persons ("the Iowa Democratic Party" is a name).
        let group = |w: &&str| group_word(w);
        // "Democrat Maria Ivanova", "Libertarian Gary Brooks": a group word before a name is
        // a label of the person, not part of the name.
        // ("Democrat of California": the label, then the state, scanned afresh.)
        // "a Tennessee Republican", "the Ohio Democrat", "an American Republican": a place or
        // nationality and a party label describe a person named elsewhere; they name no one.
        let place = |w: &str| {
            self.lexicon.demonyms.contains_key(w)
                || self.lexicon.region_demonyms.contains_key(w)
                || self.lexicon.known.get(w).is_some_and(|k| {
                    matches!(
                        k.entity_type,
                        EntityType::Place | EntityType::City | EntityType::Country
                    )
                })
        };
        if words.len() >= 2
            && group(&words[words.len() - 1])
            && place(&words[..words.len() - 1].join(" "))
        {
            return Some(end);
        }
        if words.len() >= 3 && group(&words[0]) && words[1] == "of" {
            return Some(idx + 2);
        }
        if words.len() >= 2 && group(&words[0]) && !words[1..].iter().any(group) {
            return self.bare_name(idx + 1, end, found);
        }
        // "Celebrities Julia Dunn and …", "Actors Tom Brooks": a common noun before a given
        // name and a surname describes the person; it is no part of the name.
        let given_name = |w: &str| self.lexicon.given_names.contains_key(w);
        let common_noun = |w: &str| {
            let lower = w.to_lowercase();
            let singular = lower
                .strip_suffix("ies")
                .map(|stem| format!("{stem}y"))
                .or_else(|| lower.strip_suffix('s').map(str::to_string));
            self.lexicon.is_common_word(&lower)
                || singular.is_some_and(|one| self.lexicon.is_common_word(&one))
        };
        if words.len() >= 3
            && !given_name(words[0])
            && given_name(words[1])
            && common_noun(words[0])
            // ("Time Warner Cable": a body, whose last word is a common word.)
            && !self.lexicon.is_common_word(words[words.len() - 1])
            && !self.lexicon.titles.contains_key(&words[0].to_lowercase())
        {
            return self.bare_name(idx + 1, end, found);
        }
        // ("… paying the fees. I.": an initial alone names no one.)
        let initial = |w: &str| w.trim_end_matches('.').chars().count() == 1;
        if words.iter().any(|w| no_name(w))
            || words.len() == 1 && initial(words[0])
            || words.iter().all(group)
            || words.len() == 1 && sentence_initial && participle(words[0])
            // ("primaries in Southern states": a region, no one's name.)
            || words.len() == 1 && COMPASS_ADJECTIVES.contains(&words[0].to_lowercase().as_str())
        {
            return Some(end);
        }
        // "Muslim-Americans", "Mexican-Americans": a plural demonym after a hyphen names a
        // group of people, no person.
        let last = words[words.len() - 1];
        let demonym_part = last.rsplit_once('-').map(|(_, part)| part);
        if demonym_part
            .is_some_and(|part| part.ends_with('s') && self.lexicon.demonyms.contains_key(part))
        {
            return Some(end);
        }
        // "New Yorkers", "Londoners": the people of a known place, no person.
        let joined = words.join(" ");
        if joined.strip_suffix("ers").is_some_and(|stem| {
            self.lexicon
                .known
                .get(stem)
                .is_some_and(|k| k.entity_type != EntityType::Organization)
        }) {
            return Some(end);
        }
        // "Nevadans", "Iowans", "Ohioans", "Texans": the people of a known place, no person.
        if words.len() == 1 && words[0].ends_with("ns") {
            let place = |stem: &str| {
                self.lexicon
                    .known
                    .get(stem)
                    .is_some_and(|k| k.entity_type != EntityType::Organization)
            };
            let stems = [
                words[0].strip_suffix("ns").map(str::to_string),
                words[0].strip_suffix("ns").map(|s| format!("{s}s")),
                words[0].strip_suffix("ans").map(str::to_string),
                words[0].strip_suffix("ians").map(|s| format!("{s}a")),
                words[0].strip_suffix("ans").map(|s| format!("{s}s")),
            ];
            if stems.iter().flatten().any(|stem| place(stem)) {
                return Some(end);
            }
        }
        // "Laurent campaign manager Jeff Wexler": a name, a lowercase title, a name.
        if let Some((title, title_end)) = self.title_at(end, true) {
            let name_end = self.name_end(title_end);
            let honorific = self
                .lexicon
                .titles
                .get(&title)
                .is_some_and(|t| t.category == "honorific");
            if name_end > title_end && !honorific && !self.is_capitalized(end) {
                let span = self.span(title_end, name_end);
                let phrase = self.span(idx, name_end);
                let gender = self.given_name_gender(title_end);
                let mut mention =
                    self.mention(span, phrase, EntityType::Person, MentionKind::Name, gender);
                mention.role = Some(RoleMention {
                    title: title_case(&title),
                    of: None,
                    current: true,
                    span: self.span(idx, title_end),
                });
                found.push(mention);
                return Some(name_end);
            }
        }
        // "Marlow County Sheriff Helen Pardee": a capitalized title inside the run; the
        // name after it is the person's.
        let inner_title = (idx + 1..end).rev().find_map(|k| {
            let (title, title_end) = self.title_at(k, false)?;
            let honorific = self
                .lexicon
                .titles
                .get(&title)
                .is_some_and(|t| t.category == "honorific");
            (title_end < end && end - title_end <= 3 && !honorific).then_some((title, title_end))
        });
        if let Some((title, title_end)) = inner_title {
            let span = span_of(self, title_end, end);
            let gender = self.given_name_gender(title_end);
            let mut mention = self.mention(
                span,
                self.span(idx, end),
                EntityType::Person,
                MentionKind::Name,
                gender,
            );
            let role_span = self.span(idx, title_end);
            mention.role = Some(RoleMention {
                title: title_case(&title),
                of: None,
                current: true,
                span: role_span,
            });
            found.push(mention);
            return Some(end);
        }
        let words: Vec<&str> = (idx..end)
            .map(|i| strip_possessive(self.word(i)).0)
            .collect();
        let sentence_initial = idx == 0 || self.tokens[idx - 1].kind == TokenKind::OpenQuote;
        // "said Baker", "Baker declared": a capitalized word beside a speech verb is a name even
        // when it is also a common word.
        let beside_verb = |i: Option<usize>| {
            i.is_some_and(|i| {
                self.lexicon
                    .verbs
                    .get(&self.word(i).to_lowercase())
                    .is_some_and(|v| v.class == VerbClass::Speech)
            })
        };
        // (Not a party label: "…, the Republican said".)
        if words.len() == 1
            && !sentence_initial
            && !group_word(words[0])
            && (beside_verb(idx.checked_sub(1)) || beside_verb(Some(end)))
        {
            found.push(self.mention(
                span_of(self, idx, end),
                span_of(self, idx, end),
                EntityType::Person,
                MentionKind::Name,
                Gender::Unknown,
            ));
            return Some(end);
        }
        // "FactWire", "PollDesk": a capital inside a word is a brand, not a person, unless it
        // follows a surname prefix ("McAllister", "DeSoto", "LaRue").
        if words.len() == 1 && camel_case(words[0]) {
            found.push(self.organization(span_of(self, idx, end)));
            return Some(end);
        }
        // "I.R.S.", "S.E.C.": an initialism the lexicon does not know is an organization.
        let only = words[words.len() - 1];
        if words.len() == 1 && only.len() >= 4 && only.contains('.') {
            let letters = only.split('.').filter(|p| !p.is_empty());
            if letters
                .clone()
                .all(|p| p.chars().count() == 1 && p.chars().all(|c| c.is_uppercase()))
                && letters.count() >= 2
            {
                found.push(self.organization(span_of(self, idx, end)));
                return Some(end);
            }
        }
        let all_common = words
            .iter()
            .all(|w| self.lexicon.is_common_word(w) || w.len() <= 1);
        let span = {
            let mut span = self.span(idx, end);
            span.end -= strip_possessive(self.word(end - 1)).1;
            span
        };
        let last = words[words.len() - 1];
        // "the Great Recession", "the Cold War", "the Affordable Care Act": an event or a law,
        // which names no party.
        if words.len() > 1
            && matches!(
                last,
                "War"
                    | "Wars"
                    | "Recession"
                    | "Depression"
                    | "Revolution"
                    | "Crisis"
                    | "Pandemic"
                    | "Act"
                    | "Amendment"
            )
        {
            return Some(end);
        }
        if let Some(kind) = self.lexicon.org_words.get(last) {
            if words.len() > 1 {
                let mut mention = self.organization(span);
                mention.org_kind = *kind;
                found.push(mention);
                return Some(end);
            }
        }
        let acronym =
            words.len() == 1 && last.len() >= 2 && last.chars().all(|c| c.is_ascii_uppercase());
        if acronym && !self.lexicon.is_common_word(last) {
            found.push(self.mention(
                span,
                span,
                EntityType::Organization,
                MentionKind::Name,
                Gender::Neuter,
            ));
            return Some(end);
        }
        let given = self.lexicon.given_names.get(words[0]).copied();
        let first_is_given = given.is_some() && !self.lexicon.ambiguous_names.contains(words[0]);
        // "said Harry Bond": inside a sentence, a given name (even one that is also a word)
        // and a capitalized word are a name.
        let place_head = matches!(
            last.to_lowercase().as_str(),
            "park"
                | "garden"
                | "street"
                | "avenue"
                | "square"
                | "hall"
                | "house"
                | "center"
                | "centre"
                | "day"
                | "island"
                | "river"
                | "lake"
                | "mountain"
                | "valley"
                | "county"
                | "city"
                | "road"
                | "bridge"
                | "school"
                | "church"
                | "hotel"
        );
        // "Mark Brooks said …" opening a sentence: a given name that is also a word, a
        // capitalized word and a speech verb.
        let given_speaks = words.len() == 2
            && given.is_some()
            && !place_head
            && beside_verb(Some(end))
            && !last.ends_with('s');
        let given_inside = words.len() == 2
            && (!sentence_initial || given_speaks)
            && given.is_some()
            && !place_head;
        // In headline case every word is capitalized: a run of several words is a name only
        // when it opens with a given name ("Laurent Sums Up …" is no person).
        let person = (words.len() >= 2
            && (first_is_given || !all_common && !self.headline)
            && words.len() <= 4)
            || (words.len() == 1 && !self.lexicon.is_common_word(last))
            || given_inside
            // "Do you think Maria’s health …": a given name alone inside a sentence.
            || words.len() == 1 && first_is_given && !sentence_initial;
        // "Maria Ivanova spoke.": a given name and another capitalized word make a name even
        // when both are frequent words and the sentence opens with them.
        let opens_with_name = first_is_given && words.len() >= 2 || given_speaks;
        if !person || (sentence_initial && all_common && !opens_with_name) {
            return Some(end);
        }
        // "the Russia-NATO act", "US-China talks": known names joined by hyphens name a
        // relation between them, not a person.
        let known_part = |part: &str| {
            self.lexicon.known.contains_key(part) || self.lexicon.demonyms.contains_key(part)
        };
        if words.len() == 1 && last.contains('-') && last.split('-').all(known_part) {
            return Some(end);
        }
        // "Outright victory is vital", "Widespread anger followed": an adjective opening a
        // sentence before its noun. A name opening a sentence is followed by its verb, an
        // adverb or punctuation; a frequent word that is none of these (nor a past form) is
        // the noun the adjective goes with. (A surname met again elsewhere in the article is
        // found by the surname pass all the same.)
        if words.len() == 1 && sentence_initial && given.is_none() && strip_possessive(last).1 == 0
        {
            let next = self.word(end);
            let lower = next.to_lowercase();
            let noun_like = next.starts_with(char::is_lowercase)
                && self.lexicon.is_common_word(next)
                && !self.lexicon.verbs.contains_key(&lower)
                && !AUXILIARIES.contains(&lower.as_str())
                && !FUNCTION_WORDS.contains(&lower.as_str())
                && !lower.ends_with("ly")
                && !lower.ends_with("ed")
                && !lower.ends_with('s')
                && !matches!(
                    lower.as_str(),
                    "also"
                        | "never"
                        | "still"
                        | "then"
                        | "now"
                        | "later"
                        | "too"
                        | "once"
                        | "often"
                        | "just"
                        | "again"
                        | "already"
                        | "even"
                        | "only"
                        | "soon"
                        | "won"
                        | "met"
                        | "went"
                        | "made"
                        | "took"
                        | "left"
                        | "ran"
                        | "told"
                        | "got"
                        | "gave"
                        | "came"
                        | "saw"
                        | "sent"
                        | "wrote"
                        | "spoke"
                        | "led"
                        | "lost"
                        | "won't"
                        | "can't"
                        | "didn't"
                        | "doesn't"
                        | "isn't"
                        | "wasn't"
                        | "hasn't"
                        | "had"
                        | "has"
                        | "was"
                        | "is"
                );
            if noun_like {
                return Some(end);
            }
        }
        // "Proponents, including the mayors, have urged …": a plural noun opening a sentence,
        // not a surname, as its verb agrees with a plural (a person takes "has", not "have").
        if words.len() == 1 && sentence_initial && last.ends_with('s') && self.plural_subject(end) {
            return Some(end);
        }
        // "a debate in Boulder": one unknown word after a preposition of place is more often a
        // place than a person, and no mention is better than a wrong type. (A surname of the
        // article, as in "confidence in Brooks", is found by the surname pass after the scan.)
        if words.len() == 1
            && given.is_none()
            && matches!(
                idx.checked_sub(1).map(|i| self.word(i)),
                Some("in" | "near" | "outside")
            )
        {
            return Some(end);
        }
        // "the Star-Ledger", "the Gay Games": a person's name takes no article; a name that
        // does is more often a body's.
        // ("the Anna Berg Classic": a given name inside, but a common word ends it.)
        if (given.is_none() || words.len() >= 3 && self.lexicon.is_common_word(last))
            && idx
                .checked_sub(1)
                .is_some_and(|i| self.word(i).eq_ignore_ascii_case("the"))
        {
            found.push(self.organization(span));
            return Some(end);
        }
        // "the investment company Harlan Brooks Dunmore, …", "the network Ledger One.": a
        // name set right after a noun for a kind of body is that body's, when the phrase ends
        // with it (not "the company Brooks founded").
        let kind_before = idx
            .checked_sub(1)
            .and_then(|i| description_kind(self.word(i)));
        let phrase_ends = self.tokens.get(end).is_none_or(|token| {
            token.kind != TokenKind::Word
                && matches!(self.article.slice(token.span), "," | "." | ";" | ":" | ")")
        });
        if let Some(kind) = kind_before.filter(|_| phrase_ends) {
            let mut body = self.organization(span);
            body.org_kind = Some(kind);
            found.push(body);
            return Some(end);
        }
        let gender = self.given_name_gender(idx);
        found.push(self.mention(span, span, EntityType::Person, MentionKind::Name, gender));
        Some(end)
    }

    /// Whether the words from `idx` on go on as those after a plural subject: an aside that
    /// names members ("…, including …,") or a plural verb ("have", "are", "say").
    fn plural_subject(&self, idx: usize) -> bool {
        let text = |i: usize| {
            self.tokens
                .get(i)
                .map_or(String::new(), |t| self.article.slice(t.span).to_lowercase())
        };
        let mut verb = idx;
        if text(idx) == "," {
            if matches!(text(idx + 1).as_str(), "including" | "such" | "among") {
                return true;
            }
            match (idx + 2..idx + 12).find(|&i| text(i) == ",") {
                Some(close) => verb = close + 1,
                None => return false,
            }
        }
        matches!(
            text(verb).as_str(),
            "have"
                | "are"
                | "were"
                | "say"
                | "argue"
                | "contend"
                | "haven't"
                | "aren't"
                | "weren't"
        )
    }

    fn given_name_gender(&self, idx: usize) -> Gender {
        self.lexicon
            .given_names
            .get(self.word(idx))
            .copied()
            .unwrap_or_default()
    }

    fn after_preposition(&self, idx: usize) -> bool {
        let Some(prev) = idx.checked_sub(1) else {
            return false;
        };
        matches!(
            self.word(prev).to_lowercase().as_str(),
            "in" | "to"
                | "from"
                | "at"
                | "near"
                | "outside"
                | "into"
                | "via"
                | "around"
                | "across"
                | "toward"
                | "towards"
        )
    }
}

/// The span of the name words `idx..end`, without a possessive ending.
fn span_of(scanner: &Scanner, idx: usize, end: usize) -> Span {
    let mut span = scanner.span(idx, end);
    span.end -= strip_possessive(scanner.word(end - 1)).1;
    span
}

/// Expands title abbreviations to the form the titles lexicon and role matching use.
pub fn expand_title(title: &str) -> &str {
    match title {
        "pm" | "p.m." => "prime minister",
        "sen." => "senator",
        "gov." => "governor",
        "rep." => "representative",
        "gen." => "general",
        "pres." => "president",
        other => other,
    }
}

/// Splits an English possessive ending off a word: ("Russia", 3) for "Russia’s".
pub fn strip_possessive(word: &str) -> (&str, usize) {
    for suffix in ["’s", "'s", "’", "'"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return (stem, suffix.len());
            }
        }
    }
    (word, 0)
}

/// Collapses white space (including no-break spaces) in a name.
pub fn normalize_name(text: &str) -> String {
    text.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn title_case(title: &str) -> String {
    title
        .split(' ')
        .map(|word| {
            if matches!(word, "of" | "the" | "for" | "and") {
                return word.to_string();
            }
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{corpus, text};
    use std::path::Path;

    /// Renders the mentions of a text as `type kind "surface" [role]` lines.
    fn check(input: &str, expected: &[&str]) {
        let article =
            corpus::parse("t", input.to_string(), Path::new("t.txt")).expect("test article");
        let segmented = text::segment(&article);
        // "it" and "they" are kept only as words a statement may rest on; the tests here are
        // about names and titles.
        let got: Vec<String> = mentions(&article, &segmented, Lexicon::builtin())
            .iter()
            .filter(|m| !(m.kind == MentionKind::Pronoun && m.gender == Gender::Neuter))
            .map(|m| {
                let role = m.role.as_ref().map(|r| {
                    let of =
                        r.of.as_ref()
                            .map(|(name, _)| format!(" of {name}"))
                            .unwrap_or_default();
                    format!(" [{}{of}]", r.title)
                });
                let canonical = m
                    .canonical
                    .as_ref()
                    .map(|c| format!(" = {c}"))
                    .unwrap_or_default();
                format!(
                    "{} {:?} \"{}\"{canonical}{}",
                    m.entity_type.as_str(),
                    m.kind,
                    article.slice(m.span),
                    role.unwrap_or_default()
                )
            })
            .collect();
        assert_eq!(got, expected, "\n{}", got.join("\n"));
    }

    #[test]
    fn a_place_and_a_party_label_name_no_one() {
        check(
            "Tom Dunn, a Tennessee Republican, spoke. Anna Berg, an American Democrat, spoke.",
            &[
                "Person Name \"Tom Dunn\"",
                "Person Name \"Anna Berg\"",
                "Country Demonym \"American\" = United States",
            ],
        );
    }

    #[test]
    fn a_name_before_magazine_is_the_outlet_s() {
        check(
            "Anna Berg spoke with Harlan Brooks Dunmore magazine. An Italian newspaper wrote.",
            &[
                "Person Name \"Anna Berg\"",
                "Organization Name \"Harlan Brooks Dunmore\"",
            ],
        );
    }

    #[test]
    fn a_name_right_after_a_noun_for_a_body_is_the_body_s() {
        check(
            "Tom Dunn worked for the investment company Harlan Brooks Dunmore. He sold the \
             company Anna Berg founded.",
            &[
                "Person Name \"Tom Dunn\"",
                "Organization Name \"Harlan Brooks Dunmore\"",
                "Person Pronoun \"He\"",
                "Organization Title \"the company\"",
                "Person Name \"Anna Berg\"",
            ],
        );
    }

    #[test]
    fn miss_before_a_place_or_the_world_is_a_contest() {
        check(
            "Anna Berg, owner of the Miss Universe and Miss Peru contests, thanked Mr. \
             Jordan.",
            &["Person Name \"Anna Berg\"", "Person Name \"Jordan\""],
        );
    }

    #[test]
    fn a_church_of_a_name_is_a_body() {
        check(
            "Anna Berg, a member of the Harbor Church of God, was traveling.",
            &[
                "Person Name \"Anna Berg\"",
                "Organization Name \"Harbor Church of God\"",
            ],
        );
    }

    #[test]
    fn titled_names_give_roles() {
        check(
            "Russian President Vladimir Petrov met US Secretary of State Antony Brooks.",
            &[
                "Country Demonym \"Russian\" = Russia",
                "Person Name \"Vladimir Petrov\" [President of Russia]",
                "Country Name \"US\" = United States",
                "Person Name \"Antony Brooks\" [Secretary of State of United States]",
            ],
        );
    }

    #[test]
    fn a_place_after_a_titled_name_says_what_the_title_is_of() {
        check(
            "President Wang Lei of China met Gov. Anna Berg of Ohio.",
            &[
                "Person Name \"Wang Lei\" [President of China]",
                "Country Name \"China\" = China",
                "Person Name \"Anna Berg\" [Governor of Ohio]",
                "Place Name \"Ohio\" = Ohio",
            ],
        );
    }

    #[test]
    fn the_title_next_to_the_name_makes_the_mention() {
        check(
            "The party's candidate Sen. Anna Berg spoke. Gov. Earl Dunn spoke.",
            &[
                "Person Name \"Anna Berg\" [Senator]",
                "Person Name \"Earl Dunn\" [Governor]",
            ],
        );
    }

    #[test]
    fn an_unknown_name_after_the_is_a_body_not_a_person() {
        check(
            "The county hosted the Lumen Games. Anna Berg spoke.",
            &[
                "Organization Name \"Lumen Games\"",
                "Person Name \"Anna Berg\"",
            ],
        );
    }

    #[test]
    fn one_unknown_word_after_in_is_no_person() {
        check(
            "The debate in Boulder went on. Confidence in Anna faded.",
            &["Person Name \"Anna\""],
        );
    }

    #[test]
    fn lowercase_titles_after_an_organization() {
        check(
            "Kremlin spokesman Dmitry Volkov spoke.",
            &[
                "Organization Name \"Kremlin\" = Kremlin",
                "Person Name \"Dmitry Volkov\" [Spokesman of Kremlin]",
            ],
        );
    }

    #[test]
    fn title_only_references() {
        check(
            "Later the Russian leader stated it.",
            &[
                "Country Demonym \"Russian\" = Russia",
                "Person Title \"Russian leader\" [Leader of Russia]",
            ],
        );
    }

    #[test]
    fn a_title_in_the_possessive_names_its_holder_and_no_name_follows() {
        check(
            "The president's Pacific roots mattered. His adviser's closest aides left.",
            &[
                "Person Title \"president\" [President]",
                "Place Name \"Pacific\" = Pacific Ocean",
                "Person Title \"adviser\" [Adviser]",
            ],
        );
    }

    #[test]
    fn a_title_before_a_preposition_names_its_holder() {
        check(
            "Anna Berg met the French president at the palace.",
            &[
                "Person Name \"Anna Berg\"",
                "Country Demonym \"French\" = France",
                "Person Title \"French president\" [President of France]",
            ],
        );
    }

    #[test]
    fn capitals_are_states_as_subjects_and_cities_after_prepositions() {
        check(
            "Moscow denied it at a meeting in Moscow.",
            &[
                "Country Name \"Moscow\" = Russia",
                "City Name \"Moscow\" = Moscow",
            ],
        );
    }

    #[test]
    fn titles_inside_a_capitalized_run_and_lowercase_titles_before_names() {
        check(
            "Later Marlow County Sheriff Helen Pardee and columnist Ai Lin spoke.",
            &[
                "Person Name \"Helen Pardee\" [Sheriff]",
                "Person Name \"Ai Lin\" [Columnist]",
            ],
        );
    }

    #[test]
    fn a_capitalized_auxiliary_in_a_headline_ends_the_name() {
        check(
            "Donald Laurent Is Now Calling Sokolov A Failure In Reno",
            &[
                "Person Name \"Donald Laurent\"",
                "Person Name \"Sokolov\"",
                "City Name \"Reno\" = Reno",
            ],
        );
    }

    #[test]
    fn a_capitalized_function_word_opens_no_name_after_a_title() {
        check(
            "Laurent met Anna Berg, an expert.\n\nLaurent Meets With Expert On Anna Berg's Past",
            &[
                "Person Name \"Laurent\"",
                "Person Name \"Anna Berg\"",
                "Person Name \"Anna Berg\"",
            ],
        );
    }

    #[test]
    fn headline_names_stand_when_the_article_writes_them_inside_a_sentence() {
        // "Speculation" after the title "VP", and "Just" after a name, are capitalized only
        // because the headline capitalizes every word.
        check(
            "Anna Berg met Senator Mark Dunn on Monday.\n\n\
             Private Talks Between Berg And Dunn Prompt VP Speculation\n\n\
             Actor Who Endorsed Mark Dunn Just Called Anna Berg A Name",
            &[
                "Person Name \"Anna Berg\"",
                "Person Name \"Mark Dunn\" [Senator]",
                "Person Name \"Berg\"",
                "Person Name \"Mark Dunn\"",
                "Person Name \"Anna Berg\"",
            ],
        );
    }

    #[test]
    fn a_dateline_in_capitals_names_its_place() {
        check(
            "Title line.\n\nGENEVA ― Anna Berg left.\n\nLAKEVILLE, Ohio, May 2 ― Tom Dunn came.",
            &[
                "City Name \"GENEVA\" = Geneva",
                "Person Name \"Anna Berg\"",
                "City Name \"LAKEVILLE\" = Lakeville",
                "Place Name \"Ohio\" = Ohio",
                "Person Name \"Tom Dunn\"",
            ],
        );
    }

    #[test]
    fn the_state_of_a_party_label_is_a_place() {
        check(
            "Rep. Tom Dunn (D-N.C.) and Ann Brooks, Republican of Iowa, agreed.",
            &[
                "Person Name \"Tom Dunn\" [Representative]",
                "Place Name \"N.C.\" = North Carolina",
                "Person Name \"Ann Brooks\"",
                "Place Name \"Iowa\" = Iowa",
            ],
        );
    }

    #[test]
    fn a_person_of_a_body_is_two_mentions() {
        check(
            "Petrov told Bill Brooks of Ledger News and Anna Berg of the Daily Ledger.",
            &[
                "Person Name \"Petrov\"",
                "Person Name \"Bill Brooks\"",
                "Organization Name \"Ledger News\"",
                "Person Name \"Anna Berg\"",
                "Organization Name \"Daily Ledger\"",
            ],
        );
    }

    #[test]
    fn a_common_noun_before_a_given_name_describes_the_person() {
        check(
            "Celebrities Julianne Brooks and Tom Dunn came.",
            &[
                "Person Name \"Julianne Brooks\"",
                "Person Name \"Tom Dunn\"",
            ],
        );
    }

    #[test]
    fn the_people_of_a_place_are_no_person() {
        check(
            "Anna Berg wrote to Muslim-Americans before New Yorkers voted.",
            &["Person Name \"Anna Berg\""],
        );
    }

    #[test]
    fn sentence_initial_common_words_are_not_names() {
        check("Tension in this territory has escalated.", &[]);
        // An adjective opening a sentence before its noun is no one.
        check("Outright victory is vital, they said.", &[]);
        check("Widespread anger followed the vote.", &[]);
    }

    #[test]
    fn a_region_adjective_names_the_region_not_a_person() {
        check(
            "Eastern Europeans fear that former Soviet states will be next, Laurent said.",
            &[
                "Place Demonym \"Eastern Europeans\" = Eastern Europe",
                "Place Demonym \"Soviet\" = Soviet Union",
                "Person Name \"Laurent\"",
            ],
        );
    }

    #[test]
    fn the_newspaper_is_a_description_of_a_body_but_not_before_a_noun() {
        check(
            "Petrov told the newspaper that the company town was quiet.",
            &[
                "Person Name \"Petrov\"",
                "Organization Title \"the newspaper\"",
            ],
        );
    }

    #[test]
    fn hyphenated_known_names_and_sentence_adverbs_are_no_persons() {
        check("The Russia-NATO council met.", &[]);
        check("Nonetheless, the talks went on.", &[]);
        check("Amid the talks, nothing moved.", &[]);
    }

    #[test]
    fn a_plural_noun_opening_a_sentence_is_no_surname() {
        check(
            "Proponents, including the mayors, have urged the council to act.",
            &[],
        );
        check("Dunmores have lived here for years.", &[]);
        check(
            "Dunmore, a former aide, has urged the council to act.",
            &["Person Name \"Dunmore\""],
        );
    }

    #[test]
    fn it_and_they_are_pronouns_without_a_gender() {
        let input = "Petrov arrived. They said it was late.";
        let article = corpus::parse("t", input.to_string(), Path::new("t.txt")).expect("article");
        let segmented = text::segment(&article);
        let neuter: Vec<&str> = mentions(&article, &segmented, Lexicon::builtin())
            .iter()
            .filter(|m| m.kind == MentionKind::Pronoun && m.gender == Gender::Neuter)
            .map(|m| article.slice(m.span))
            .collect();
        assert_eq!(neuter, ["They", "it"]);
    }

    #[test]
    fn a_given_name_that_is_also_a_word_names_a_person_inside_a_sentence() {
        check(
            "The vote was close, said Harry Bond, and the Rose Garden stayed empty.",
            &["Person Name \"Harry Bond\""],
        );
    }

    #[test]
    fn a_demonym_that_is_a_named_persons_surname_speaks_as_that_person() {
        check(
            "Anna German spoke. “It is late,” German said.",
            &["Person Name \"Anna German\"", "Person Name \"German\""],
        );
    }

    #[test]
    fn a_given_name_before_a_known_surname_keeps_two_people_apart() {
        check(
            "Maria Ivanova spoke. Will Ivanova said more.",
            &[
                "Person Name \"Maria Ivanova\"",
                "Person Name \"Will Ivanova\"",
            ],
        );
        // A month is no given name.
        check(
            "Maria Ivanova spoke. In August Ivanova met voters.",
            &["Person Name \"Maria Ivanova\"", "Person Name \"Ivanova\""],
        );
    }

    #[test]
    fn a_given_name_that_is_a_word_opens_a_sentence_before_a_speech_verb() {
        check(
            "Will Black said the vote was close.",
            &["Person Name \"Will Black\""],
        );
    }

    #[test]
    fn possessives_are_not_part_of_the_name() {
        check(
            "It was Russia’s demand.",
            &["Country Name \"Russia\" = Russia"],
        );
    }

    #[test]
    fn words_that_name_no_one() {
        check(
            "“I’m sure,” said Anna Brooks. The EB-5 program helps Latino voters and African-Americans. Enraged, Brooks left a Texas-based firm.",
            &["Person Name \"Anna Brooks\"", "Person Name \"Brooks\""],
        );
    }

    #[test]
    fn an_unknown_initialism_with_periods_is_an_organization() {
        check(
            "They wouldn't tell the I.R.S. anything.",
            &["Organization Name \"I.R.S.\""],
        );
    }

    #[test]
    fn a_known_body_that_opens_a_longer_name_with_a_head_word_of_its_own() {
        check(
            "Nina Lau told the National Association of Realtors on Monday. Lau told The National.",
            &[
                "Person Name \"Nina Lau\"",
                "Organization Name \"National Association of Realtors\"",
                "Person Name \"Lau\"",
                "Organization Name \"National\" = The National",
            ],
        );
    }

    #[test]
    fn organizations_named_head_first() {
        check(
            "Nina Lau of the Center for American Progress spoke with the Commission on Presidential Debates and the Center for Strategic and International Studies.",
            &[
                "Person Name \"Nina Lau\"",
                "Organization Name \"Center for American Progress\"",
                "Organization Name \"Commission on Presidential Debates\"",
                "Organization Name \"Center for Strategic and International Studies\"",
            ],
        );
    }

    #[test]
    fn a_party_label_before_a_name_and_a_lone_given_name() {
        check(
            "Democrat Maria Brooks won. Do you think Maria’s health matters?",
            &["Person Name \"Maria Brooks\"", "Person Name \"Maria\""],
        );
    }

    #[test]
    fn a_frequent_word_written_only_capitalized_is_a_surname() {
        check(
            "It was a hit on Hunter and his team. They met Hunter on Monday. Hunter said it was fine. The Fifth Amendment applies to the Fifth Circuit.",
            &[
                "Person Name \"Hunter\"",
                "Person Name \"Hunter\"",
                "Person Name \"Hunter\"",
            ],
        );
    }

    #[test]
    fn a_capital_inside_a_word_is_a_brand_unless_after_a_surname_prefix() {
        check(
            "FactWire rated it false, said Maria McCall and Ron DeSoto.",
            &[
                "Organization Name \"FactWire\"",
                "Person Name \"Maria McCall\"",
                "Person Name \"Ron DeSoto\"",
            ],
        );
    }
}
