//! Extraction: a segmented article in, mentions, quotations and communication events out.
//!
//! [`extract`] runs the three extractors of this directory over one article: `entities` finds the
//! mentions, `quotations` finds who said what and `events` who spoke with whom, both pointing at
//! mentions by span. Nothing here links mentions to entities: quotations and events carry the
//! spans of the mentions they rest on, and `resolve` turns those into entities. Extraction never
//! fails on awkward prose: an odd quotation mark or an unknown word only means less is found.

pub mod dates;
pub mod entities;
pub mod events;
pub mod quotations;

use crate::model::{
    Article, Event, Mention, MentionKind, Occasion, Quotation, Segmented, Span, Token, TokenKind,
};
use crate::ontology::{Lexicon, SpeechVerb};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::collections::HashMap;

/// What the extractors found in one article, before resolution.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// Entity mentions in text order (pronouns included; `resolve` keeps those that are used).
    pub mentions: Vec<Mention>,
    /// Quotations, speakers given by mention span.
    pub quotations: Vec<Quotation>,
    /// Communication events, participants given by mention span.
    pub events: Vec<Event>,
    /// News conferences and statements, speakers given by mention span.
    pub occasions: Vec<Occasion>,
    /// Spans of direct quotations (inside the marks): pronouns there do not refer to speakers.
    pub quoted: Vec<Span>,
}

/// Runs every extractor over one article.
pub fn extract(article: &Article, segmented: &Segmented, lexicon: &Lexicon) -> Found {
    let mentions = entities::mentions(article, segmented, lexicon);
    let view = View::new(article, segmented, lexicon, &mentions);
    let quoted = quotations::quote_regions(&view);
    let (quotations, occasions) = quotations::find(&view, &quoted);
    let mut events = events::find(&view, &quoted);
    events.extend(events::from_quotations(&view, &quotations));
    Found {
        mentions,
        quotations,
        events,
        occasions,
        quoted: quoted.iter().map(|region| region.inner).collect(),
    }
}

/// The article's tokens in one sequence, with the mentions indexed by token, shared by the
/// quotation and event extractors.
pub(crate) struct View<'a> {
    pub article: &'a Article,
    pub lexicon: &'a Lexicon,
    pub segmented: &'a Segmented,
    pub mentions: &'a [Mention],
    /// All tokens of all sentences, in order.
    pub tokens: Vec<Token>,
    /// For each token, the index of its sentence.
    pub sentence_of: Vec<usize>,
    /// For each sentence, its first token and one past its last.
    pub sentence_tokens: Vec<(usize, usize)>,
    /// Every token lowercased once, end to end, and where each token's text lies in it: the
    /// extractors ask for lowercase words hundreds of times per sentence, and lowering on
    /// each ask (an allocation every time) was a tenth of the extraction time.
    lowered: String,
    lowered_ends: Vec<usize>,
    /// The longest mention whose phrase starts at a byte offset, and the longest whose phrase
    /// ends at one: token lookups are constant time, not a scan of every mention (which made
    /// a long paragraph quadratic).
    starting: HashMap<usize, &'a Mention>,
    ending: HashMap<usize, &'a Mention>,
    /// The indices of the mentions ordered by the start of their span, for
    /// [`View::mentions_within`].
    by_span_start: Vec<usize>,
    /// For a sentence, the latest full date named before it in its paragraph, and anywhere
    /// before it, as the event extractor found them (see `events::latest_day`).
    pub paragraph_days: RefCell<FxHashMap<usize, Option<String>>>,
    pub earlier_days: RefCell<FxHashMap<usize, Option<String>>>,
}

impl<'a> View<'a> {
    fn new(
        article: &'a Article,
        segmented: &'a Segmented,
        lexicon: &'a Lexicon,
        mentions: &'a [Mention],
    ) -> View<'a> {
        let mut tokens = Vec::new();
        let mut sentence_of = Vec::new();
        let mut sentence_tokens = Vec::new();
        for (sentence_idx, sentence) in segmented.sentences.iter().enumerate() {
            let first = tokens.len();
            tokens.extend_from_slice(&sentence.tokens);
            sentence_of.extend(std::iter::repeat_n(sentence_idx, sentence.tokens.len()));
            sentence_tokens.push((first, tokens.len()));
        }
        let mut lowered = String::with_capacity(article.text.len());
        let mut lowered_ends = Vec::with_capacity(tokens.len());
        for token in &tokens {
            let text = article.slice(token.span);
            if text.is_ascii() {
                lowered.extend(text.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                // "didn’t" is "didn't": the word lists are written with the straight
                // apostrophe, news sites print either.
                lowered.extend(
                    text.to_lowercase()
                        .chars()
                        .map(|c| if c == '’' { '\'' } else { c }),
                );
            }
            lowered_ends.push(lowered.len());
        }
        let mut starting: HashMap<usize, &'a Mention> = HashMap::new();
        let mut ending: HashMap<usize, &'a Mention> = HashMap::new();
        for mention in mentions {
            // Ties go as `max_by_key` (the last) and `min_by_key` (the first) over the list.
            let start = starting.entry(mention.phrase.start).or_insert(mention);
            if mention.phrase.end >= start.phrase.end {
                *start = mention;
            }
            let end = ending.entry(mention.phrase.end).or_insert(mention);
            if mention.phrase.start < end.phrase.start {
                *end = mention;
            }
        }
        let mut by_span_start: Vec<usize> = (0..mentions.len()).collect();
        by_span_start.sort_by_key(|&i| (mentions[i].span.start, i));
        View {
            article,
            lexicon,
            segmented,
            mentions,
            tokens,
            sentence_of,
            sentence_tokens,
            lowered,
            lowered_ends,
            starting,
            ending,
            by_span_start,
            paragraph_days: RefCell::default(),
            earlier_days: RefCell::default(),
        }
    }

    /// The text of token `idx`, whatever its kind.
    pub fn text(&self, idx: usize) -> &'a str {
        self.tokens
            .get(idx)
            .map(|token| self.article.slice(token.span))
            .unwrap_or("")
    }

    /// Lowercase text of token `idx`, with the typographic apostrophe (’) written `'`.
    pub fn lower(&self, idx: usize) -> &str {
        match self.lowered_ends.get(idx) {
            Some(&end) => {
                let start = if idx == 0 {
                    0
                } else {
                    self.lowered_ends[idx - 1]
                };
                &self.lowered[start..end]
            }
            None => "",
        }
    }

    /// The kind of token `idx`.
    pub fn kind(&self, idx: usize) -> Option<TokenKind> {
        self.tokens.get(idx).map(|token| token.kind)
    }

    /// The speech verb at token `idx`, with the number of tokens it spans.
    pub fn verb(&self, idx: usize) -> Option<(&'a SpeechVerb, usize)> {
        if self.kind(idx) != Some(TokenKind::Word) {
            return None;
        }
        let one = self.lower(idx);
        // Only a word that starts a verb of two words is worth the longer key.
        if one.contains(' ') || self.lexicon.verb_first_words.contains(one) {
            let two = format!("{one} {}", self.lower(idx + 1));
            if let Some(verb) = self.lexicon.verbs.get(&two) {
                return Some((verb, 2));
            }
        }
        // A capitalized verb form mid-sentence is a name ("Said", "Rice"), not a verb, unless
        // the sentence capitalizes its words as headlines do.
        let capitalized = self.text(idx).starts_with(char::is_uppercase);
        let sentence = self.sentence_of[idx];
        let sentence_start = self.sentence_tokens[sentence].0 == idx;
        if capitalized && !sentence_start && !self.segmented.sentences[sentence].headline {
            return None;
        }
        self.lexicon.verbs.get(one).map(|verb| (verb, 1))
    }

    /// The token index where a byte offset falls (the first token starting at or after it).
    pub fn token_at(&self, byte: usize) -> usize {
        self.tokens.partition_point(|token| token.span.start < byte)
    }

    /// The mentions whose span lies within bytes `from..to`, in the order of `mentions`: a
    /// filter over every mention, by binary search (a pass per event made a long paragraph
    /// quadratic).
    pub fn mentions_within(&self, from: usize, to: usize) -> Vec<&'a Mention> {
        let mentions = self.mentions;
        let first = self
            .by_span_start
            .partition_point(|&i| mentions[i].span.start < from);
        let end = self
            .by_span_start
            .partition_point(|&i| mentions[i].span.start <= to);
        let mut inside: Vec<usize> = self.by_span_start[first..end.max(first)]
            .iter()
            .copied()
            .filter(|&i| mentions[i].span.end <= to)
            .collect();
        inside.sort_unstable();
        inside.into_iter().map(|i| &mentions[i]).collect()
    }

    /// Whether token `idx` is one of the words of a name ("Debates" in "the Commission on
    /// Presidential Debates", "Meet" in "Meet the Press"): such a word names, it does not tell.
    pub fn in_name(&self, idx: usize) -> bool {
        let Some(token) = self.tokens.get(idx) else {
            return false;
        };
        // Names are short: the ones that could hold the token start a few words before it.
        let from = self.tokens[idx.saturating_sub(8)].span.start;
        self.mentions_within(
            from,
            self.tokens[(idx + 8).min(self.tokens.len() - 1)].span.end,
        )
        .iter()
        // (A name of this word alone is more likely a capital at the head of a sentence:
        // "Debates between Berg and Dunn".)
        .any(|m| {
            m.span.start <= token.span.start
                && token.span.end <= m.span.end
                && (m.span.start, m.span.end) != (token.span.start, token.span.end)
        })
    }

    /// The mention whose phrase starts at token `idx` (the longest one).
    pub fn mention_starting(&self, idx: usize) -> Option<&'a Mention> {
        let token = self.tokens.get(idx)?;
        self.starting.get(&token.span.start).copied()
    }

    /// The mention whose phrase ends at the end of token `idx` (the longest one).
    pub fn mention_ending(&self, idx: usize) -> Option<&'a Mention> {
        let token = self.tokens.get(idx)?;
        self.ending.get(&token.span.end).copied()
    }

    /// The token index just after a mention's phrase.
    /// A party label after a name ("Sen. Claire Dunmore (D-Mo.)", "Jason Brooks (R)") belongs to
    /// the name: the index is past it.
    pub fn after(&self, mention: &Mention) -> usize {
        let next = self
            .tokens
            .partition_point(|token| token.span.start < mention.phrase.end);
        self.past_label(next).unwrap_or(next)
    }

    /// The token after a short parenthetical label opening at `idx` ("(D)", "(R-Ohio)").
    fn past_label(&self, idx: usize) -> Option<usize> {
        if self.text(idx) != "(" || !self.text(idx + 1).starts_with(char::is_uppercase) {
            return None;
        }
        (idx + 2..(idx + 7).min(self.tokens.len()))
            .find(|&i| self.text(i) == ")")
            .map(|close| close + 1)
    }

    /// The token before a parenthetical label that ends at `idx` (")"), if it is one.
    pub fn before_label(&self, idx: usize) -> Option<usize> {
        if self.text(idx) != ")" {
            return None;
        }
        let open = (idx.saturating_sub(6)..idx)
            .rev()
            .find(|&i| self.text(i) == "(")?;
        (self.past_label(open) == Some(idx + 1))
            .then(|| open.checked_sub(1))
            .flatten()
    }

    /// Whether a mention is written in the possessive ("Laurent's", "the Ledger’s").
    pub fn is_possessive(&self, mention: &Mention) -> bool {
        let last = self.after(mention) - 1;
        mention.span.end < self.tokens[last].span.end
            && entities::strip_possessive(self.text(last)).1 > 0
    }

    /// The token index where a mention's phrase starts.
    pub fn start_of(&self, mention: &Mention) -> usize {
        self.token_at(mention.phrase.start)
    }

    /// The first and one-past-last token of the sentence holding token `idx`.
    pub fn sentence_bounds(&self, idx: usize) -> (usize, usize) {
        self.sentence_tokens[self.sentence_of[idx]]
    }

    /// The span of a run of tokens `from..to` (which must not be empty).
    pub fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.tokens[from].span.start, self.tokens[to - 1].span.end)
    }

    /// Whether the mention names something a statement can come from.
    pub fn can_speak(mention: &Mention) -> bool {
        mention.kind != MentionKind::Demonym
            || mention.name.ends_with('s')
            || mention.name.ends_with("ese")
    }
}

/// Words that may stand between a subject and its verb in both quotation cues and event
/// triggers ("Petrov has also said", "Laurent was then due to speak"). Each extractor adds the
/// words only it allows.
pub(crate) fn is_auxiliary(lower: &str) -> bool {
    matches!(
        lower,
        "has"
            | "have"
            | "had"
            | "also"
            | "again"
            | "was"
            | "were"
            | "is"
            | "are"
            | "will"
            | "would"
            | "not"
            | "never"
            | "then"
            | "later"
            | "reportedly"
            | "on"
            | "last"
            | "already"
            | "recently"
            | "once"
            | "previously"
    )
}
