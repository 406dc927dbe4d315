//! The data types that flow between the pipeline stages.
//!
//! Every stage takes these types in and returns these types out; helper types that only one
//! stage needs stay private to that stage. Spans inside the program are byte offsets into
//! [`Article::text`]; they are turned into Unicode code points only where they leave the
//! program (RDF, query results, JSON), through [`Article::char_offset`].

use std::ops::Range;
use std::path::PathBuf;

/// A byte range into an article's original text, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    /// The byte range, for slicing the text.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// Whether `other` lies entirely inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// A set of spans that answers, in logarithmic time, whether one of them contains or overlaps
/// a given span: the spans sorted by start, with the furthest end reached so far. (A pass
/// over every span per question made one long article quadratic.)
#[derive(Debug, Clone, Default)]
pub struct SpanSet {
    starts: Vec<usize>,
    furthest: Vec<usize>,
}

impl SpanSet {
    /// The set of `spans`, in any order.
    pub fn new(spans: impl IntoIterator<Item = Span>) -> SpanSet {
        let mut spans: Vec<Span> = spans.into_iter().collect();
        spans.sort_unstable();
        let mut end = 0;
        let furthest = spans
            .iter()
            .map(|span| {
                end = end.max(span.end);
                end
            })
            .collect();
        SpanSet {
            starts: spans.iter().map(|span| span.start).collect(),
            furthest,
        }
    }

    /// Whether some span of the set contains `span` ([`Span::contains`]).
    pub fn contains(&self, span: Span) -> bool {
        let before = self.starts.partition_point(|&start| start <= span.start);
        before > 0 && self.furthest[before - 1] >= span.end
    }

    /// Whether some span of the set overlaps `span` ([`Span::overlaps`]).
    pub fn overlaps(&self, span: Span) -> bool {
        let before = self.starts.partition_point(|&start| start < span.end);
        before > 0 && self.furthest[before - 1] > span.start
    }
}

/// One news article as read from the corpus, with its metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Document id: the file stem, or the `id` of a JSON Lines record.
    pub id: String,
    /// The original text, exactly as read (offsets refer to it); with `--lossy`, as decoded,
    /// each invalid UTF-8 sequence replaced by U+FFFD (see [`Article::lossy`]).
    pub text: String,
    /// Title, from the JSON record or the article header.
    pub title: Option<String>,
    /// Publication date as ISO `yyyy-mm-dd`.
    pub date: Option<String>,
    /// URL from a JSON record.
    pub url: Option<String>,
    /// Publisher or source from a JSON record.
    pub source: Option<String>,
    /// The file the article came from (`-` for standard input).
    pub path: PathBuf,
    /// Regions that hold no prose: header lines (date, news id, title) and web-page leftovers.
    /// The extractors find no facts inside them.
    pub skipped: Vec<Span>,
    /// Set when the bytes were not UTF-8 and were decoded lossily (`--lossy`): the text is
    /// not what the file holds, and the reader's caller warns about it.
    pub lossy: Option<Lossy>,
}

/// Where and how much of an article's bytes were replaced by U+FFFD in lossy decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lossy {
    /// The 1-based line of a JSON Lines file, when the article is one line of it.
    pub line: Option<usize>,
    /// The offset of the first invalid byte, from the start of the file.
    pub offset: usize,
    /// How many invalid sequences became U+FFFD.
    pub replaced: usize,
}

impl Article {
    /// The text covered by a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// The Unicode code point offset of a byte offset (which must be on a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        self.text[..byte].chars().count()
    }

    /// Whether a span falls in a region that holds no prose.
    pub fn is_skipped(&self, span: Span) -> bool {
        self.skipped.iter().any(|skip| skip.overlaps(span))
    }
}

/// A token: a word, number or punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where the token is.
    pub span: Span,
    /// What kind of token it is.
    pub kind: TokenKind,
}

/// The coarse class of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens or periods (`U.S.`, `Let's`, `al-Assad`).
    Word,
    /// Digits, possibly with separators (`100,000`, `1997`, `2.5`).
    Number,
    /// An opening quotation mark (`“`, `"` at a word start, `''` at a word start, `‘`).
    OpenQuote,
    /// A closing quotation mark.
    CloseQuote,
    /// Any other punctuation or symbol.
    Punct,
}

/// A sentence with its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence's span, without surrounding white space.
    pub span: Span,
    /// Index of the paragraph that holds the sentence.
    pub paragraph: usize,
    /// The tokens, in order.
    pub tokens: Vec<Token>,
    /// Whether the sentence capitalizes its words as headlines do ("Laurent Says Petrov
    /// ‘Lied’"), so that a capital tells less about names and cues.
    pub headline: bool,
}

/// An article split into paragraphs, sentences and tokens.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Segmented {
    /// Paragraph spans (separated by blank lines, or by line breaks in short-line text).
    pub paragraphs: Vec<Span>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
}

/// The type of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityType {
    /// A person.
    Person,
    /// An organization: government body, party, news outlet, company, international body.
    Organization,
    /// A sovereign state.
    Country,
    /// A city or town.
    City,
    /// Any other place: region, landmark, continent.
    Place,
}

impl EntityType {
    /// The type's name as used in the ontology and in query results.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "Person",
            EntityType::Organization => "Organization",
            EntityType::Country => "Country",
            EntityType::City => "City",
            EntityType::Place => "Place",
        }
    }
}

/// A finer class of organization, when known from the lexicon or the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OrgKind {
    /// Ministries, agencies, legislatures, presidencies (the Kremlin, the White House).
    Government,
    /// Political parties.
    Party,
    /// Newspapers, agencies, broadcasters.
    News,
    /// NATO, the UN, the EU.
    International,
    /// Companies and banks.
    Company,
}

/// How a mention refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MentionKind {
    /// A proper name ("Vladimir Petrov", "Petrov", "NATO").
    Name,
    /// A title or description without a name ("the Russian leader", "the Prime Minister").
    Title,
    /// A personal pronoun ("he", "she", "they").
    Pronoun,
    /// A nationality adjective standing for its country ("Russian").
    Demonym,
}

/// Grammatical gender known for a mention or entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Gender {
    /// Male.
    Male,
    /// Female.
    Female,
    /// Not a person, or a group ("it", "they").
    Neuter,
    /// Not known.
    #[default]
    Unknown,
}

/// A role title attached to a mention ("Russian President", "Kremlin spokesman").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleMention {
    /// The title, normalized to title case ("President", "Secretary of State").
    pub title: String,
    /// Canonical name and type of what the role is of ("Russia"), when stated.
    pub of: Option<(String, EntityType)>,
    /// False for "former president".
    pub current: bool,
    /// The words stating the role.
    pub span: Span,
}

/// A span of text that refers to an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The words of the mention (for a titled name, only the name: "Vladimir Petrov").
    pub span: Span,
    /// The whole phrase including a title ("Russian President Vladimir Petrov").
    pub phrase: Span,
    /// The entity type.
    pub entity_type: EntityType,
    /// How it refers.
    pub kind: MentionKind,
    /// The name as written, normalized for white space and possessives ("Petrov").
    pub name: String,
    /// A canonical name known from the lexicon ("United States" for "U.S."), if any.
    pub canonical: Option<String>,
    /// Organization subtype when known.
    pub org_kind: Option<OrgKind>,
    /// For an organization or city that stands for a state (the Kremlin, Washington): that state.
    pub metonym_for: Option<String>,
    /// Gender, from an honorific, a given name or a pronoun.
    pub gender: Gender,
    /// The role stated with the mention.
    pub role: Option<RoleMention>,
    /// Index of the sentence holding the mention.
    pub sentence: usize,
}

/// A resolved entity: one real-world person, organization or place within one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Canonical name ("Vladimir Petrov").
    pub name: String,
    /// The entity type.
    pub entity_type: EntityType,
    /// The normalized key the IRI is built from; equal keys are the same entity across articles.
    pub key: String,
    /// Other names seen ("Petrov", "Sergey Sokolov").
    pub alternate_names: Vec<String>,
    /// Organization subtype when known.
    pub org_kind: Option<OrgKind>,
    /// The state this entity stands for, when it is a metonym (the Kremlin -> Russia).
    pub metonym_for: Option<String>,
    /// Gender for persons.
    pub gender: Gender,
}

/// An index into [`Extraction::entities`].
pub type EntityId = usize;

/// A role held by a person, with the words that state it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The person.
    pub holder: EntityId,
    /// The title ("President").
    pub title: String,
    /// What the role is of (a country or organization), when stated.
    pub of: Option<EntityId>,
    /// False for former roles.
    pub current: bool,
    /// The words stating the role.
    pub evidence: Span,
}

/// Who a quotation is attributed to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Speaker {
    /// The resolved entity, when the attribution is confident.
    pub entity: Option<EntityId>,
    /// The words the attribution rests on ("Petrov", "he", "the Kremlin leader").
    pub mention: Option<Span>,
    /// A description that names no entity ("a White House spokesman", "political analysts").
    pub unresolved: Option<String>,
    /// The relative pronoun the cue follows ("Laurent, who said …"), when the speaker is named
    /// by its antecedent (`mention`): the words the attribution rests on in its sentence.
    pub relative: Option<Span>,
}

/// Something said, with who said it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation {
    /// The speaker.
    pub speaker: Speaker,
    /// The quoted or reported words (without quotation marks); for a statement in parts, from
    /// the first part to the last.
    pub span: Span,
    /// The parts of a statement interrupted by its attribution ("“A,” he said. “B.”"), in
    /// order; empty when the statement is in one piece.
    pub parts: Vec<Span>,
    /// Verbatim (in quotation marks) or reported speech.
    pub direct: bool,
    /// The cue word or phrase ("said", "according to").
    pub cue: Option<String>,
    /// Where the cue is.
    pub cue_span: Option<Span>,
    /// Who was addressed ("Petrov told Laurent").
    pub addressee: Option<EntityId>,
    /// The mention of the addressee, as the extractor found it.
    pub addressee_mention: Option<Span>,
    /// The intermediary the article names ("as quoted by CNN", "The Hill reported").
    pub reported_by: Option<EntityId>,
    /// The mention of the intermediary, as the extractor found it.
    pub reported_by_mention: Option<Span>,
    /// ISO date the statement was made, when known.
    pub date: Option<String>,
    /// The occasion it was said at, an index into [`Extraction::occasions`].
    pub occasion: Option<usize>,
    /// The sentences the attribution rests on.
    pub evidence: Vec<Span>,
}

impl Quotation {
    /// A quotation of `span` with its speaker and evidence, and nothing else known yet.
    pub fn new(speaker: Speaker, span: Span, direct: bool, evidence: Span) -> Quotation {
        Quotation {
            speaker,
            span,
            parts: Vec::new(),
            direct,
            cue: None,
            cue_span: None,
            addressee: None,
            addressee_mention: None,
            reported_by: None,
            reported_by_mention: None,
            date: None,
            occasion: None,
            evidence: vec![evidence],
        }
    }
}

/// The kind of a communication event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventKind {
    /// A phone call.
    Call,
    /// A meeting or visit.
    Meeting,
    /// Talks or negotiations.
    Talks,
    /// "X told Y", "X informed Y".
    Told,
    /// Letters, emails, written responses.
    Letter,
    /// An interview with a named outlet or journalist.
    Interview,
    /// A debate between named participants.
    Debate,
    /// Any other communication ("spoke with", "dialogue").
    Other,
}

impl EventKind {
    /// The kind's word as used in the ontology's `ng:kind` and in query results.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Call => "call",
            EventKind::Meeting => "meeting",
            EventKind::Talks => "talks",
            EventKind::Told => "told",
            EventKind::Letter => "letter",
            EventKind::Interview => "interview",
            EventKind::Debate => "debate",
            EventKind::Other => "other",
        }
    }
}

/// Whether a communication event took place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventStatus {
    /// Reported as having taken place.
    Happened,
    /// Scheduled ("was due to speak", "will meet").
    Planned,
    /// Hedged ("may also talk", "could meet", "open to talks").
    Possible,
    /// Did not take place ("did not speak", "refused to meet").
    Negated,
}

impl EventStatus {
    /// The status word used in query results.
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Happened => "happened",
            EventStatus::Planned => "planned",
            EventStatus::Possible => "possible",
            EventStatus::Negated => "negated",
        }
    }
}

/// An occasion on which two or more parties communicated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The kind.
    pub kind: EventKind,
    /// Participants (two or more, distinct).
    pub participants: Vec<EntityId>,
    /// The mentions naming the participants, as the extractor found them; resolution turns
    /// them into `participants`.
    pub participant_mentions: Vec<Span>,
    /// How many of the first `participant_mentions` acted together ("Petrov and Laurent wrote
    /// to Brooks": two co-signers of one letter, one side of the event); the others received.
    /// Co-agents did not communicate with each other in this event.
    pub agent_mentions: usize,
    /// The parties that acted (resolved from the first `agent_mentions` mentions).
    pub agents: Vec<EntityId>,
    /// Status.
    pub status: EventStatus,
    /// ISO date (`yyyy-mm-dd`, `yyyy-mm` or `yyyy`), when the text fixes it.
    pub date: Option<String>,
    /// Where it took place, when stated.
    pub place: Option<EntityId>,
    /// The mention of the place, as the extractor found it.
    pub place_mention: Option<Span>,
    /// The cue word ("spoke", "met", "receiving").
    pub cue: String,
    /// The sentences that report it.
    pub evidence: Vec<Span>,
}

/// The kind of an occasion at which statements were made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OccasionKind {
    /// A news or press conference.
    NewsConference,
    /// A written or spoken statement.
    Statement,
    /// An interview.
    Interview,
}

/// A news conference, statement or interview with its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occasion {
    /// The kind.
    pub kind: OccasionKind,
    /// Who spoke.
    pub speaker: Option<EntityId>,
    /// The mention of the speaker, as the extractor found it.
    pub speaker_mention: Option<Span>,
    /// ISO date when known.
    pub date: Option<String>,
    /// The words naming it.
    pub evidence: Span,
}

/// A resolved mention: a mention with the entity it refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedMention {
    /// The mention.
    pub mention: Mention,
    /// The entity.
    pub entity: EntityId,
}

/// Everything extracted from one article, with entities resolved within it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Extraction {
    /// Entities, in order of first mention.
    pub entities: Vec<Entity>,
    /// Mentions with their entities, in text order.
    pub mentions: Vec<ResolvedMention>,
    /// Roles.
    pub roles: Vec<Role>,
    /// Quotations, in text order.
    pub quotations: Vec<Quotation>,
    /// Communication events, in text order of first evidence.
    pub events: Vec<Event>,
    /// News conferences and statements.
    pub occasions: Vec<Occasion>,
}

/// One article with everything found in it: the unit that the store writes as one named graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The article.
    pub article: Article,
    /// What was extracted.
    pub extraction: Extraction,
}

impl Extraction {
    /// The entity a mention at exactly this span refers to.
    pub fn entity_at(&self, span: Span) -> Option<EntityId> {
        self.mentions
            .iter()
            .find(|resolved| resolved.mention.span == span || resolved.mention.phrase == span)
            .map(|resolved| resolved.entity)
    }
}

/// A stored quotation as cross-article linking reads it back from the store (or, in a build
/// into a store that held no article, from the build's spool): which quotation of which
/// article, and its words.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Version {
    /// The document id of the article that reports it.
    pub doc: String,
    /// Its 1-based position among the article's quotations (as in its IRI).
    pub position: usize,
    /// The quoted or reported words.
    pub text: String,
}

/// One speaker's statement reported by several articles: the versions found alike and the
/// pairs whose similarity joined them.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportedStatement {
    /// Two or more versions, ordered by document id and position.
    pub versions: Vec<Version>,
    /// Pairs of versions at or above the similarity threshold, as indexes into `versions`
    /// (smaller first), ordered: each version's best match and a maximum spanning tree
    /// (enough to join them all), not every such pair, which grows with the square of the
    /// versions of a quotation many articles reprint.
    pub matches: Vec<VersionMatch>,
}

/// One article's report of a communication event, as read back from the store (or the
/// build's spool) for linking the reports of one occasion across articles.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct EventReport {
    /// The id of the reporting article.
    pub doc: String,
    /// The event's 1-based position in its article (its IRI is `event/{doc}/{position}`).
    pub position: usize,
    /// The participants' IRIs, sorted.
    pub participants: Vec<String>,
    /// The kind ("call", "meeting", …, "other").
    pub kind: String,
    /// The status ("Happened", "Planned", "Possible", "Negated").
    pub status: String,
    /// The date the article gives it (`2022-02-01`), if any.
    pub date: Option<String>,
}

/// One occasion reported by several articles: the same participants, a compatible date and
/// kind. Built by [`link::occasions`](crate::link::occasions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportedEvent {
    /// Two or more reports from two or more articles, ordered by article and position.
    pub reports: Vec<EventReport>,
}

impl ReportedEvent {
    /// Whether the reports give one status (all say it happened, or all that it is planned).
    pub fn statuses_agree(&self) -> bool {
        self.reports
            .windows(2)
            .all(|pair| pair[0].status == pair[1].status)
    }
}

/// Two versions of a statement and how alike their words are.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VersionMatch {
    /// Index of one version in [`ReportedStatement::versions`].
    pub a: usize,
    /// Index of the other (greater than `a`).
    pub b: usize,
    /// The similarity of their words, from 0 to 1.
    pub similarity: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `SpanSet` answers as a pass over every span would, on fixed-seed arbitrary spans
    /// (nested, overlapping, touching and empty ones included).
    #[test]
    fn span_set_agrees_with_a_pass_over_every_span() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |below: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % below) as usize
        };
        let mut checked = 0;
        for _ in 0..200 {
            let spans: Vec<Span> = (0..next(12))
                .map(|_| {
                    let start = next(40);
                    Span::new(start, start + next(10))
                })
                .collect();
            let set = SpanSet::new(spans.iter().copied());
            for _ in 0..20 {
                let start = next(45);
                let probe = Span::new(start, start + next(8));
                let contains = spans.iter().any(|span| span.contains(probe));
                let overlaps = spans.iter().any(|span| span.overlaps(probe));
                assert_eq!(set.contains(probe), contains, "{spans:?} {probe:?}");
                assert_eq!(set.overlaps(probe), overlaps, "{spans:?} {probe:?}");
                checked += usize::from(contains) + usize::from(overlaps);
            }
        }
        // The probes hit as well as miss.
        assert!(checked > 500, "{checked}");
    }
}
