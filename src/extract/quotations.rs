//! Quotations: direct quotes in quotation marks and reported speech, with speaker and cue.
//!
//! Input: the article `View` (tokens and mentions). Output: [`Quotation`]s whose speaker is a
//! mention span (resolution to an entity comes later) and [`Occasion`]s (news conferences and
//! statements at which something was said).
//!
//! Reported speech is read first, a sentence at a time: a speech verb with its subject
//! ("Petrov said (that) …", "The Kremlin has accused the West of …"), a sentence-final cue
//! ("…, he said."), or "according to X". Its content may hold quoted words ("called the
//! sanctions “a grave mistake”"): such a partial quote is part of the statement, not a quotation
//! of its own. Direct quotes are then paired from the quotation marks of each paragraph, and
//! attributed from the words after the closing mark ("…,” Petrov said), before the opening mark
//! (Petrov said: “…”), or from the previous quotation of the same passage. A short quote in the
//! middle of a sentence with no cue is a scare quote or a title and is not a statement.
//! A quotation with no confident speaker keeps no speaker: a wrong guess is worse than none.

use super::View;
use crate::model::{
    EntityType, Mention, MentionKind, Occasion, OccasionKind, OrgKind, Quotation, Span, Speaker,
    TokenKind,
};
use crate::ontology::VerbClass;

/// A pair of quotation marks, as found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct QuoteRegion {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark, or one past the paragraph's last token when unclosed.
    pub close: usize,
    /// The words inside the marks.
    pub inner: Span,
}

/// Pairs the double quotation marks of each paragraph. A quote left open at the end of a
/// paragraph ends there: news prose opens each paragraph of a long quotation again and closes
/// only the last, and an odd mark must not swallow the rest of the article.
pub(crate) fn quote_regions(view: &View) -> Vec<QuoteRegion> {
    let mut regions = Vec::new();
    let mut open: Option<usize> = None;
    for idx in 0..view.tokens.len() {
        let last_of_paragraph = idx + 1 == view.tokens.len()
            || view.segmented.sentences[view.sentence_of[idx + 1]].paragraph
                != view.segmented.sentences[view.sentence_of[idx]].paragraph;
        let double = is_double_mark(view.text(idx));
        match view.kind(idx) {
            Some(TokenKind::OpenQuote) if double => {
                if let Some(start) = open {
                    push_region(view, &mut regions, start, idx);
                }
                open = Some(idx);
            }
            Some(TokenKind::CloseQuote) if double => {
                if let Some(start) = open.take() {
                    push_region(view, &mut regions, start, idx);
                }
            }
            _ => {}
        }
        if last_of_paragraph {
            if let Some(start) = open.take() {
                push_region(view, &mut regions, start, idx + 1);
            }
        }
    }
    regions
}

fn is_double_mark(mark: &str) -> bool {
    matches!(mark, "“" | "”" | "\"" | "''" | "„" | "«" | "»" | "‟")
}

fn push_region(view: &View, regions: &mut Vec<QuoteRegion>, open: usize, close: usize) {
    if close <= open + 1 {
        return;
    }
    let mut inner = view.span(open + 1, close);
    // A trailing comma stands for the end of the quoted sentence.
    let text = view.article.slice(inner);
    if text.ends_with(',') {
        inner.end -= 1;
    }
    regions.push(QuoteRegion { open, close, inner });
}

/// Finds the quotations and the occasions they were made at.
pub(crate) fn find(view: &View, regions: &[QuoteRegion]) -> (Vec<Quotation>, Vec<Occasion>) {
    let mut quotations = Vec::new();
    let mut occasions = Vec::new();
    for sentence_idx in 0..view.sentence_tokens.len() {
        reported_speech(view, sentence_idx, regions, &mut quotations, &mut occasions);
    }
    let covered: Vec<Span> = quotations.iter().map(|q: &Quotation| q.span).collect();
    // The last attributed quotation: its paragraph, speaker and occasion.
    let mut previous: Option<(usize, Speaker, Option<usize>)> = None;
    for region in regions {
        if covered.iter().any(|span| span.contains(region.inner)) {
            continue;
        }
        let paragraph = view.segmented.sentences[view.sentence_of[region.open]].paragraph;
        let attribution = after_close(view, region).or_else(|| before_open(view, region));
        let quotation = match attribution {
            Some(attribution) => {
                let mut quotation = direct(view, region, attribution.speaker.clone());
                quotation.cue = Some(attribution.cue);
                quotation.cue_span = Some(attribution.cue_span);
                quotation.addressee_mention = attribution.addressee;
                quotation.reported_by_mention = attribution.reported_by;
                if attribution.speaker.mention.is_none() {
                    // "…,” The Hill reported: the outlet passes on the previous speaker's words.
                    if let Some((prev_paragraph, speaker, _)) = &previous {
                        if paragraph.abs_diff(*prev_paragraph) <= 1 {
                            quotation.speaker = speaker.clone();
                        }
                    }
                }
                let found = attribution.occasion.zip(attribution.occasion_span);
                add_occasion(view, &mut quotation, found, &mut occasions);
                quotation
            }
            None if previous_sentence_cue(view, region).is_some() => {
                // "Sam Lau, the party's director, said in a statement. “There are …”"
                let (subject, cue, cue_span) =
                    previous_sentence_cue(view, region).expect("checked");
                let mut quotation = direct(view, region, speaker_of(subject));
                quotation.cue = Some(cue);
                quotation.cue_span = Some(cue_span);
                quotation
            }
            None => {
                if is_scare_quote(view, region) {
                    continue;
                }
                // A quotation with no cue continues the previous speaker's words when it
                // follows them in the same or the next paragraph.
                match &previous {
                    Some((prev_paragraph, speaker, occasion))
                        if paragraph.abs_diff(*prev_paragraph) <= 1 =>
                    {
                        let mut quotation = direct(view, region, speaker.clone());
                        quotation.occasion = *occasion;
                        quotation
                    }
                    _ => direct(view, region, Speaker::default()),
                }
            }
        };
        if quotation.speaker.mention.is_some() {
            previous = Some((paragraph, quotation.speaker.clone(), quotation.occasion));
        }
        quotations.push(quotation);
    }
    quotations.sort_by_key(|q| (q.span.start, q.span.end));
    (merge_runs(view, quotations), occasions)
}

/// Joins a quotation that continues the previous one of the same paragraph, with no cue of
/// its own, into one statement with parts: "“A,” he said. “B.”" is one statement (PolNeAR
/// counts such runs as one attribution), and its span runs from the first part to the last.
fn merge_runs(view: &View, quotations: Vec<Quotation>) -> Vec<Quotation> {
    let paragraph = |span: Span| {
        let token = view.token_at(span.start).min(view.tokens.len() - 1);
        view.segmented.sentences[view.sentence_of[token]].paragraph
    };
    let mut merged: Vec<Quotation> = Vec::with_capacity(quotations.len());
    for quotation in quotations {
        if let Some(last) = merged.last_mut() {
            let continues = last.direct
                && quotation.direct
                && quotation.cue.is_none()
                && quotation.speaker.mention.is_some()
                && last.speaker.mention == quotation.speaker.mention
                && paragraph(quotation.span) == paragraph(last.span);
            if continues {
                if last.parts.is_empty() {
                    last.parts.push(last.span);
                }
                last.parts.push(quotation.span);
                last.span = last.span.cover(quotation.span);
                last.evidence.extend(
                    quotation
                        .evidence
                        .into_iter()
                        .filter(|s| !last.evidence.contains(s))
                        .collect::<Vec<_>>(),
                );
                continue;
            }
        }
        merged.push(quotation);
    }
    merged
}

fn direct(view: &View, region: &QuoteRegion, speaker: Speaker) -> Quotation {
    Quotation::new(
        speaker,
        region.inner,
        true,
        sentence_span(view, region.open),
    )
}

fn sentence_span(view: &View, idx: usize) -> Span {
    view.segmented.sentences[view.sentence_of[idx.min(view.tokens.len() - 1)]].span
}

/// An attribution found next to a quote.
struct Attribution {
    speaker: Speaker,
    cue: String,
    cue_span: Span,
    addressee: Option<Span>,
    reported_by: Option<Span>,
    occasion: Option<OccasionKind>,
    occasion_span: Option<Span>,
}

/// "…,” Petrov said", "…,” said Petrov", "…,” the embassy said in a statement".
fn after_close(view: &View, region: &QuoteRegion) -> Option<Attribution> {
    if view.kind(region.close) != Some(TokenKind::CloseQuote) {
        return None;
    }
    let mut idx = region.close + 1;
    if view.text(idx) == "," {
        idx += 1;
    }
    // The attribution stands in the closing mark's sentence, or in a short sentence of its own
    // right after it ("…guarantees.” The Hill reported").
    let close_sentence = view.sentence_of[region.close];
    let next_sentence = *view.sentence_of.get(idx)?;
    let (next_start, next_end) = view.sentence_tokens[next_sentence];
    let same_paragraph = view.segmented.sentences[next_sentence].paragraph
        == view.segmented.sentences[close_sentence].paragraph;
    if next_sentence != close_sentence
        && !(next_sentence == close_sentence + 1 && same_paragraph && next_end - next_start <= 10)
    {
        return None;
    }
    // Verb first: "said Petrov".
    if let Some((verb, len)) = view.verb(idx) {
        if verb.class == VerbClass::Belief {
            return None;
        }
        let cue_span = view.span(idx, idx + len);
        let subject = view.mention_starting(idx + len).or_else(|| {
            // "said the Russian Embassy": skip a determiner.
            view.mention_starting(idx + len + 1)
                .filter(|_| view.lower(idx + len) == "the")
        })?;
        let after = view.after(subject);
        return Some(finish(view, subject, verb.lemma.clone(), cue_span, after));
    }
    // Subject first: "Petrov said", "the Russian Embassy in the US said", "a White House
    // statement said".
    let mut start = idx;
    if matches!(view.lower(start).as_str(), "the" | "a" | "an") {
        start += 1;
    }
    let Some(subject) = view.mention_starting(start) else {
        // "…,” a campaign spokesman said.
        let verb_idx =
            (idx + 1..(idx + 7).min(view.tokens.len())).find(|&i| view.verb(i).is_some())?;
        let description = description_before(view, verb_idx, idx)?;
        let (verb, len) = view.verb(verb_idx)?;
        if verb.class == VerbClass::Belief {
            return None;
        }
        let cue_span = view.span(verb_idx, verb_idx + len);
        return Some(Attribution {
            speaker: Speaker {
                entity: None,
                mention: Some(description),
                unresolved: None,
            },
            cue: verb.lemma.clone(),
            cue_span,
            addressee: None,
            reported_by: None,
            occasion: None,
            occasion_span: None,
        });
    };
    let mut cursor = view.after(subject);
    // "…,” Gene Sperling, a top outside adviser, said: skip the apposition.
    if view.text(cursor) == "," {
        if let Some(closing) =
            (cursor + 1..(cursor + 15).min(view.tokens.len())).find(|&i| view.text(i) == ",")
        {
            if view.verb(closing + 1).is_some()
                && !(cursor + 1..closing).any(|i| view.verb(i).is_some())
            {
                cursor = closing + 1;
            }
        }
    }
    let mut steps = 0;
    while view.verb(cursor).is_none() && steps < 4 {
        let word = view.lower(cursor);
        let filler = matches!(
            word.as_str(),
            "in" | "of"
                | "the"
                | "at"
                | "for"
                | "to"
                | "statement"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "readout"
                | "official"
                | "also"
                | "then"
                | "later"
                | "has"
                | "had"
        ) || view.text(cursor).starts_with(char::is_uppercase);
        if !filler {
            return None;
        }
        cursor += 1;
        steps += 1;
    }
    let (verb, len) = view.verb(cursor)?;
    if verb.class == VerbClass::Belief || !View::can_speak(subject) {
        return None;
    }
    let cue_span = view.span(cursor, cursor + len);
    let mut attribution = finish(view, subject, verb.lemma.clone(), cue_span, cursor + len);
    if verb.lemma == "report" && subject.org_kind == Some(OrgKind::News) {
        attribution.reported_by = Some(subject.span);
        attribution.speaker = Speaker::default();
    }
    Some(attribution)
}

/// A quotation that opens its paragraph's next sentence after a sentence ending in a cue
/// ("… said in a statement.", "He added:"): the speaker is that cue's subject.
fn previous_sentence_cue<'a>(
    view: &View<'a>,
    region: &QuoteRegion,
) -> Option<(&'a Mention, String, Span)> {
    let (start, _) = view.sentence_bounds(region.open);
    if start != region.open || start == 0 {
        return None;
    }
    let previous = view.sentence_of[start - 1];
    if view.segmented.sentences[previous].paragraph
        != view.segmented.sentences[view.sentence_of[start]].paragraph
    {
        return None;
    }
    let (from, to) = view.sentence_tokens[previous];
    // "“A,” he said. “B.”": B continues A, whose attribution that sentence is.
    if (from..to).any(|i| view.kind(i) == Some(TokenKind::CloseQuote)) {
        return None;
    }
    let end = trim_end(view, from, to);
    // The cue is among the sentence's last words ("said in a statement").
    let verb_idx = (from..end)
        .rev()
        .take(5)
        .find(|&i| view.verb(i).is_some())?;
    let (verb, len) = view.verb(verb_idx)?;
    if verb.class == VerbClass::Belief
        || (verb_idx + len..end).any(|i| view.text(i) == "," || view.lower(i) == "that")
    {
        return None;
    }
    let subject = subject_before(view, verb_idx, from)?;
    Some((
        subject,
        verb.lemma.clone(),
        view.span(verb_idx, verb_idx + len),
    ))
}

/// "Petrov said: “…”", "He added, “…”".
fn before_open(view: &View, region: &QuoteRegion) -> Option<Attribution> {
    let (sentence_start, _) = view.sentence_bounds(region.open);
    let mut idx = region.open.checked_sub(1)?;
    if matches!(view.text(idx), ":" | ",") {
        idx = idx.checked_sub(1)?;
    } else {
        return None;
    }
    if idx < sentence_start {
        return None;
    }
    // Find the verb ending at idx (allowing "said on Tuesday:").
    let mut verb_idx = idx;
    while verb_idx > sentence_start && view.verb(verb_idx).is_none() && idx - verb_idx < 4 {
        verb_idx -= 1;
    }
    let (verb, len) = view.verb(verb_idx)?;
    if verb.class == VerbClass::Belief {
        return None;
    }
    let subject = subject_before(view, verb_idx, sentence_start)?;
    let cue_span = view.span(verb_idx, verb_idx + len);
    Some(finish(
        view,
        subject,
        verb.lemma.clone(),
        cue_span,
        verb_idx + len,
    ))
}

/// Builds an attribution and reads what follows the cue: an addressee ("told Laurent"), an
/// intermediary ("as quoted by CNN", "according to AFP") and an occasion ("in a statement",
/// "at a news conference").
fn finish(
    view: &View,
    subject: &Mention,
    cue: String,
    cue_span: Span,
    after: usize,
) -> Attribution {
    let (_, sentence_end) = view.sentence_bounds(after.saturating_sub(1));
    let mut attribution = Attribution {
        speaker: speaker_of(subject),
        cue,
        cue_span,
        addressee: None,
        reported_by: None,
        occasion: None,
        occasion_span: None,
    };
    if let Some(addressee) = view.mention_starting(after) {
        if addressee.entity_type != EntityType::Place && addressee.kind != MentionKind::Demonym {
            attribution.addressee = Some(addressee.span);
        }
    }
    for idx in after..sentence_end {
        let lower = view.lower(idx);
        let next = view.lower(idx + 1);
        if (lower == "by" && view.lower(idx.saturating_sub(1)) == "quoted")
            || (lower == "according" && next == "to")
        {
            let target = if lower == "by" { idx + 1 } else { idx + 2 };
            if let Some(source) = view
                .mention_starting(target)
                .or_else(|| view.mention_starting(target + 1))
            {
                attribution.reported_by = Some(source.span);
            }
        }
    }
    if let Some((kind, span)) = occasion_in(view, after, sentence_end) {
        attribution.occasion = Some(kind);
        attribution.occasion_span = Some(span);
    }
    attribution
}

/// The occasion named in tokens `from..to`: "in a statement", "at a news conference",
/// "during the conference", "in an interview".
fn occasion_in(view: &View, from: usize, to: usize) -> Option<(OccasionKind, Span)> {
    (from..to).find_map(|idx| {
        let (kind, len) = match (view.lower(idx).as_str(), view.lower(idx + 1).as_str()) {
            ("statement", _) => (OccasionKind::Statement, 1),
            ("news" | "press", "conference") => (OccasionKind::NewsConference, 2),
            ("conference", _) => (OccasionKind::NewsConference, 1),
            ("interview", _) => (OccasionKind::Interview, 1),
            _ => return None,
        };
        Some((kind, view.span(idx, (idx + len).min(view.tokens.len()))))
    })
}

/// Records the occasion of a quotation with a speaker mention, dated by the sentence's words.
fn add_occasion(
    view: &View,
    quotation: &mut Quotation,
    found: Option<(OccasionKind, Span)>,
    occasions: &mut Vec<Occasion>,
) {
    let (Some((kind, evidence)), Some(mention)) = (found, quotation.speaker.mention) else {
        return;
    };
    let (start, end) = view.sentence_bounds(view.token_at(evidence.start));
    quotation.occasion = Some(occasions.len());
    occasions.push(Occasion {
        kind,
        speaker: None,
        speaker_mention: Some(mention),
        date: super::dates::in_tokens(
            view,
            start,
            end,
            view.article.date.as_deref(),
            super::dates::Tense::Past,
        ),
        evidence,
    });
}

fn speaker_of(subject: &Mention) -> Speaker {
    Speaker {
        entity: None,
        mention: Some(subject.span),
        unresolved: None,
    }
}

/// The mention that is the subject of the verb at `verb_idx`: the one ending just before it,
/// allowing auxiliaries, adverbs and a day ("Petrov has previously insisted", "Petrov on Tuesday
/// stated").
fn subject_before<'a>(
    view: &View<'a>,
    verb_idx: usize,
    sentence_start: usize,
) -> Option<&'a Mention> {
    let mut idx = verb_idx.checked_sub(1)?;
    let mut steps = 0;
    loop {
        if idx < sentence_start {
            return None;
        }
        // "Sanders, whose coalition includes …, said", "Mr. Ashford, who said last week that":
        // the subject stands before a relative clause or an apposition.
        if view.lower(idx) == "who" || (view.text(idx) == "," && steps == 0) {
            if let Some(mention) = before_apposition(view, idx, sentence_start) {
                return Some(mention);
            }
        }
        if let Some(mention) = view.mention_ending(idx) {
            // "former Soviet states": an adjective before a plural noun is no subject.
            let words = view.article.slice(mention.span);
            let adjective = view.lexicon.demonyms.contains_key(words) && !words.ends_with('s');
            return (View::can_speak(mention) && !adjective).then_some(mention);
        }
        let lower = view.lower(idx);
        let skippable = matches!(
            lower.as_str(),
            "has"
                | "have"
                | "had"
                | "also"
                | "again"
                | "repeatedly"
                | "previously"
                | "further"
                | "already"
                | "publicly"
                | "once"
                | "then"
                | "later"
                | "recently"
                | "on"
                | "last"
                | "earlier"
                | "is"
                | "was"
                | "were"
                | "are"
                | "would"
                | "will"
                | "often"
                | "reportedly"
                | "privately"
                | "openly"
                | "allegedly"
                | "just"
                | "never"
                | "not"
        ) || super::dates::is_calendar_word(lower.trim_end_matches('.'))
            || view.kind(idx) == Some(TokenKind::Number)
            || (view.kind(idx) == Some(TokenKind::Punct) && view.text(idx) == ",");
        if !skippable || steps >= 5 {
            return None;
        }
        idx = idx.checked_sub(1)?;
        steps += 1;
    }
}

/// A statement whose speaker is a description ending just before the cue at `verb_idx`.
fn described(
    view: &View,
    verb_idx: usize,
    next: usize,
    sentence_idx: usize,
    inside_quote: &dyn Fn(usize) -> bool,
) -> Option<Quotation> {
    let (start, end) = view.sentence_tokens[sentence_idx];
    let sentence_end = trim_end(view, start, end);
    let description = description_before(view, verb_idx, start)?;
    let (content_start, _) = content_start(view, next, sentence_end, false, false)?;
    let content_end = clause_end(view, content_start, sentence_end);
    if content_end <= content_start + 1 || inside_quote(content_start) || vague(view, content_start)
    {
        return None;
    }
    let speaker = Speaker {
        entity: None,
        mention: Some(description),
        unresolved: None,
    };
    let evidence = view.segmented.sentences[sentence_idx].span;
    let direct = contains_quote_mark(view, content_start, content_end);
    let mut quotation = Quotation::new(
        speaker,
        view.span(content_start, content_end),
        direct,
        evidence,
    );
    let (verb, _) = view.verb(verb_idx)?;
    quotation.cue = Some(verb.lemma.clone());
    quotation.cue_span = Some(view.span(verb_idx, next));
    Some(quotation)
}

/// A description ending just before the verb and headed by a speaker noun ("a campaign
/// spokesman", "Republican legislators", "the report"), as a span from its determiner (or
/// the sentence start) to its head.
fn description_before(view: &View, verb_idx: usize, sentence_start: usize) -> Option<Span> {
    const DETERMINERS: &[&str] = &[
        "a", "an", "the", "his", "her", "their", "its", "some", "many", "several", "two", "three",
        "other", "one",
    ];
    let mut head = verb_idx.checked_sub(1)?;
    while head > sentence_start
        && matches!(
            view.lower(head).as_str(),
            "has"
                | "have"
                | "had"
                | "also"
                | "repeatedly"
                | "previously"
                | "publicly"
                | "privately"
        )
    {
        head -= 1;
    }
    if head < sentence_start || !view.lexicon.speaker_nouns.contains(&view.lower(head)) {
        return None;
    }
    let mut first = head;
    while first > sentence_start && head - first < 5 {
        let prev = first - 1;
        let lower = view.lower(prev);
        if DETERMINERS.contains(&lower.as_str()) {
            return Some(view.span(prev, head + 1));
        }
        let joins = matches!(
            lower.as_str(),
            "that"
                | "which"
                | "who"
                | "and"
                | "or"
                | "but"
                | "of"
                | "in"
                | "on"
                | "at"
                | "for"
                | "to"
                | "with"
                | "by"
        );
        if view.kind(prev) != Some(TokenKind::Word) || view.verb(prev).is_some() || joins {
            return None;
        }
        first = prev;
    }
    (first == sentence_start).then(|| view.span(first, head + 1))
}

fn contains_quote_mark(view: &View, from: usize, to: usize) -> bool {
    (from..to).any(|i| {
        matches!(
            view.kind(i),
            Some(TokenKind::OpenQuote | TokenKind::CloseQuote)
        ) && is_double_mark(view.text(i))
    })
}

/// The speaking mention before ", who …" or an apposition ("X, 45, said"): `idx` is the comma closing
/// the apposition (or "who" itself).
fn before_apposition<'a>(
    view: &View<'a>,
    idx: usize,
    sentence_start: usize,
) -> Option<&'a Mention> {
    let from = if view.lower(idx) == "who" {
        idx
    } else {
        idx.checked_sub(1)?
    };
    let lowest = sentence_start.max(from.saturating_sub(30));
    let comma = (lowest..=from).rev().find(|&i| view.text(i) == ",")?;
    if (comma..idx).any(|i| {
        matches!(
            view.kind(i),
            Some(TokenKind::OpenQuote | TokenKind::CloseQuote)
        )
    }) {
        return None;
    }
    let mention = view.mention_ending(comma.checked_sub(1)?)?;
    (View::can_speak(mention) && mention.entity_type != EntityType::Place).then_some(mention)
}

/// Reported speech in one sentence: "X said (that) …", "…, X said.", "according to X, …".
/// A sentence may hold several statements ("told Laurent that … but added that …"); each
/// content ends where the next cue or a contrastive clause ("while", "although") begins.
fn reported_speech(
    view: &View,
    sentence_idx: usize,
    regions: &[QuoteRegion],
    out: &mut Vec<Quotation>,
    occasions: &mut Vec<Occasion>,
) {
    let (start, end) = view.sentence_tokens[sentence_idx];
    if start == end {
        return;
    }
    let inside_quote = |idx: usize| regions.iter().any(|r| r.open < idx && idx < r.close);
    let sentence_end = trim_end(view, start, end);
    let mut idx = start;
    let mut last_subject: Option<&Mention> = None;
    while idx < end {
        if inside_quote(idx) {
            idx += 1;
            continue;
        }
        if view.lower(idx) == "according" && view.lower(idx + 1) == "to" {
            if let Some(quotation) = according_to(view, idx, start, sentence_end, out) {
                out.push(quotation);
                return;
            }
        }
        let Some((verb, len)) = view.verb(idx) else {
            idx += 1;
            continue;
        };
        let next = idx + len;
        if verb.class == VerbClass::Belief {
            idx = next;
            continue;
        }
        // "…,” Petrov said" and "said: “…”" are attributions of direct quotes.
        // A quote that opens right after the cue and ends the sentence is a direct quotation
        // attributed there; one that the sentence goes on after ("Obama said “it gets me mad”
        // every time …") is part of the reported clause.
        let quote_follows = [next, next + 1].iter().any(|&open| {
            let opens = open == next || matches!(view.text(next), ":" | ",");
            opens
                && regions.iter().any(|r| {
                    r.open == open
                        && (r.close + 2 >= sentence_end
                            || view.kind(r.close) != Some(TokenKind::CloseQuote))
                })
        });
        let subject = subject_before(view, idx, start)
            .or_else(|| {
                coordinated(view, idx, start)
                    .then_some(last_subject)
                    .flatten()
            })
            .or_else(|| participle_subject(view, idx, start));
        let Some(subject) = subject else {
            // "Republican legislators have questioned …", "a campaign spokesman said": a
            // description that names no entity is kept as the speaker's words.
            idx = match described(view, idx, next, sentence_idx, &inside_quote) {
                Some(quotation) => {
                    let content_end = view.token_at(quotation.span.end);
                    out.push(quotation);
                    content_end.max(next)
                }
                None => next,
            };
            continue;
        };
        last_subject = Some(subject);
        let after_quote = view.start_of(subject) > start
            && regions.iter().any(|r| {
                r.close + 1 == view.start_of(subject) || r.close + 2 == view.start_of(subject)
            });
        if quote_follows || after_quote {
            idx = next;
            continue;
        }
        let cue_span = view.span(idx, next);
        // "…, he said." at the end: the content is what comes before.
        let tail = next >= sentence_end || view.text(next) == ".";
        if tail && view.start_of(subject) > start {
            let comma = view.start_of(subject).saturating_sub(1);
            if view.text(comma) == "," && comma > start + 2 {
                out.push(reported(
                    view,
                    subject,
                    verb.lemma.clone(),
                    cue_span,
                    start,
                    comma,
                    sentence_idx,
                ));
                return;
            }
        }
        // Verbs of talking ("spoke about", "called Sokolov to discuss") report content only
        // with "that".
        let needs_that = matches!(
            verb.lemma.as_str(),
            "speak"
                | "talk"
                | "call"
                | "discuss"
                | "chat"
                | "meet"
                | "comment"
                | "speak out"
                | "call on"
                | "call for"
        );
        // "accused the United States of …": the accused belongs to the content.
        let takes_addressee = verb.takes_addressee && verb.class != VerbClass::Accusation;
        let Some((content_start, addressee)) =
            content_start(view, next, sentence_end, takes_addressee, needs_that)
        else {
            idx = next;
            continue;
        };
        let content_end = clause_end(view, content_start, sentence_end);
        if content_end > content_start + 1
            && !inside_quote(content_start)
            && !vague(view, content_start)
        {
            let mut quotation = reported(
                view,
                subject,
                verb.lemma.clone(),
                cue_span,
                content_start,
                content_end,
                sentence_idx,
            );
            quotation.addressee_mention = addressee;
            // "said at his first news conference that …", "stated during the conference".
            add_occasion(
                view,
                &mut quotation,
                occasion_in(view, next, content_start),
                occasions,
            );
            out.push(quotation);
            if let Some(joint) = joint_subject(view, subject, start) {
                // "The US and NATO have said that …": one statement per speaker.
                let mut quotation = out[out.len() - 1].clone();
                quotation.speaker = speaker_of(joint);
                out.push(quotation);
            }
            // After a trailing attribution ("…, AP reported") nothing is left to read.
            idx = if trailing_attribution(view, content_end, sentence_end) {
                end
            } else {
                content_end.max(next)
            };
            continue;
        }
        idx = next;
    }
}

/// Whether a verb is coordinated with an earlier one of the same subject ("spoke … and said",
/// "but added that").
fn coordinated(view: &View, verb_idx: usize, sentence_start: usize) -> bool {
    let mut idx = verb_idx;
    for _ in 0..2 {
        let Some(prev) = idx.checked_sub(1).filter(|&p| p >= sentence_start) else {
            return false;
        };
        match view.lower(prev).as_str() {
            "and" | "but" | "adding" => return true,
            "also" | "then" | "later" | "further" => idx = prev,
            _ => return false,
        }
    }
    false
}

/// "Washington delivered a reply, saying …": a participle after a comma reports the words of
/// the sentence's subject.
fn participle_subject<'a>(
    view: &View<'a>,
    verb_idx: usize,
    sentence_start: usize,
) -> Option<&'a Mention> {
    if !view.lower(verb_idx).ends_with("ing") || view.text(verb_idx.checked_sub(1)?) != "," {
        return None;
    }
    let first = if view.lower(sentence_start) == "the" {
        sentence_start + 1
    } else {
        sentence_start
    };
    view.mention_starting(first).filter(|m| View::can_speak(m))
}

/// The other speaker of "X and Y said": the party before "and".
fn joint_subject<'a>(
    view: &View<'a>,
    subject: &Mention,
    sentence_start: usize,
) -> Option<&'a Mention> {
    let before = view.start_of(subject);
    let first = before.checked_sub(2).filter(|&i| i >= sentence_start)?;
    if view.lower(before - 1) != "and" {
        return None;
    }
    view.mention_ending(first)
        .filter(|m| View::can_speak(m) && m.kind != MentionKind::Pronoun)
}

/// Content that says nothing ("said very little", "said nothing") is not a statement.
fn vague(view: &View, content_start: usize) -> bool {
    matches!(
        view.lower(content_start).as_str(),
        "very" | "little" | "nothing" | "so" | "it" | "this" | "more" | "much"
    ) && matches!(
        view.lower(content_start + 1).as_str(),
        "little" | "much" | "" | "." | "publicly" | "about" | "on"
    )
}

/// Whether the sentence ends at `idx` with `, SOURCE VERB` ("…, AP reported.").
fn trailing_attribution(view: &View, idx: usize, end: usize) -> bool {
    if view.text(idx) != "," {
        return false;
    }
    let Some(source) = view.mention_starting(idx + 1) else {
        return false;
    };
    let after = view.after(source);
    view.verb(after).is_some_and(|(_, len)| after + len >= end)
}

/// Where a reported clause ends: before a contrastive clause, a second cue of the same
/// speaker, or the sourcing "according to".
fn clause_end(view: &View, from: usize, end: usize) -> usize {
    for idx in from + 1..end {
        // "…, AP reported." closes the clause with a trailing attribution.
        if trailing_attribution(view, idx, end) {
            return idx;
        }
        let lower = view.lower(idx);
        let after_comma = view.text(idx - 1) == ",";
        let stop = match lower.as_str() {
            "while" | "although" | "though" | "whereas" | "as" | "following" | "amid" => {
                after_comma
            }
            "according" => view.lower(idx + 1) == "to",
            "adding" => true,
            "but" | "and" => {
                let mut next = idx + 1;
                while matches!(
                    view.lower(next).as_str(),
                    "also"
                        | "then"
                        | "later"
                        | "further"
                        | "has"
                        | "have"
                        | "had"
                        | "he"
                        | "she"
                        | "they"
                ) {
                    next += 1;
                }
                view.verb(next)
                    .is_some_and(|(verb, _)| verb.class != VerbClass::Belief)
            }
            _ => false,
        };
        if stop {
            let mut cut = idx;
            while cut > from + 1 && matches!(view.text(cut - 1), "," | ";" | "—" | "–") {
                cut -= 1;
            }
            return cut;
        }
    }
    end
}

fn reported(
    view: &View,
    subject: &Mention,
    cue: String,
    cue_span: Span,
    from: usize,
    to: usize,
    sentence_idx: usize,
) -> Quotation {
    let span = view.span(from, to);
    let direct = (from..to).any(|i| {
        matches!(
            view.kind(i),
            Some(TokenKind::OpenQuote | TokenKind::CloseQuote)
        ) && is_double_mark(view.text(i))
    });
    let evidence = view.segmented.sentences[sentence_idx].span;
    let mut quotation = Quotation::new(speaker_of(subject), span, direct, evidence);
    quotation.cue = Some(cue);
    quotation.cue_span = Some(cue_span);
    quotation
}

/// Where the reported clause starts after the cue: past a day, an occasion ("in a statement"),
/// an addressee ("told Laurent") and "that". `None` when no clause follows.
fn content_start(
    view: &View,
    mut idx: usize,
    end: usize,
    takes_addressee: bool,
    needs_that: bool,
) -> Option<(usize, Option<Span>)> {
    let mut addressee = None;
    if takes_addressee {
        if let Some(mention) = view.mention_starting(idx) {
            addressee = Some(mention.span);
            idx = view.after(mention);
        } else if matches!(
            view.lower(idx).as_str(),
            "reporters" | "journalists" | "lawmakers" | "supporters"
        ) {
            idx += 1;
        }
    }
    // "said during the conference that …": a "that" a few words on opens the clause.
    for ahead in idx..(idx + 15).min(end) {
        if view.lower(ahead) == "that" {
            return Some((ahead + 1, addressee));
        }
        let says = view
            .verb(ahead)
            .is_some_and(|(verb, _)| !matches!(verb.lemma.as_str(), "meet" | "speak" | "talk"));
        if says
            || matches!(view.kind(ahead), Some(TokenKind::OpenQuote))
            || matches!(view.text(ahead), "." | ";" | ":")
        {
            break;
        }
    }
    if needs_that {
        return None;
    }
    // "said in a statement, …" / "said in an interview": the occasion is not the content.
    if view.lower(idx) == "in" {
        if let Some(occasion) = (idx + 1..(idx + 5).min(end)).find(|&i| {
            matches!(
                view.lower(i).as_str(),
                "statement"
                    | "interview"
                    | "letter"
                    | "speech"
                    | "post"
                    | "tweet"
                    | "email"
                    | "readout"
            )
        }) {
            idx = occasion + 1;
        }
    }
    let mut steps = 0;
    while idx < end && steps < 8 {
        let lower = view.lower(idx);
        let skippable = super::dates::is_weekday(&lower)
            || matches!(
                lower.as_str(),
                "on" | "also"
                    | "again"
                    | "late"
                    | "earlier"
                    | "repeatedly"
                    | "publicly"
                    | "yesterday"
                    | "today"
            )
            || view.text(idx) == ",";
        if !skippable {
            break;
        }
        idx += 1;
        steps += 1;
    }
    // A clause does not open with a conjunction ("former Soviet states and stop …").
    if idx >= end
        || matches!(view.kind(idx), Some(TokenKind::Punct))
        || matches!(view.lower(idx).as_str(), "and" | "or" | "but" | "nor")
    {
        return None;
    }
    Some((idx, addressee))
}

/// "According to X, …" and "…, according to X."
fn according_to(
    view: &View,
    idx: usize,
    start: usize,
    content_end: usize,
    found: &mut [Quotation],
) -> Option<Quotation> {
    let mut target = idx + 2;
    if view.lower(target) == "the" {
        target += 1;
    }
    let source = view
        .mention_starting(target)
        .or_else(|| view.mention_starting(idx + 2))?;
    // "…, X said, according to AFP": the outlet passes the statement on; it is not the speaker.
    // So it is when the sentence has a cue of its own ("Western countries fear …").
    let sentence = view.sentence_of[idx];
    let has_cue = (start..idx).any(|i| view.verb(i).is_some());
    if source.org_kind == Some(OrgKind::News) && has_cue {
        if let Some(last) = found
            .last_mut()
            .filter(|q| q.evidence.first() == Some(&view.segmented.sentences[sentence].span))
        {
            last.reported_by_mention = Some(source.span);
        }
        return None;
    }
    let cue_span = view.span(idx, idx + 2);
    if idx == start {
        let mut cursor = view.after(source);
        while cursor < content_end && view.text(cursor) != "," {
            cursor += 1;
        }
        if cursor + 1 >= content_end {
            return None;
        }
        let mut quotation = reported(
            view,
            source,
            "according to".into(),
            cue_span,
            cursor + 1,
            content_end,
            view.sentence_of[idx],
        );
        quotation.cue = Some("according to".into());
        return Some(quotation);
    }
    if view.text(idx - 1) == "," && idx - 1 > start + 2 {
        return Some(reported(
            view,
            source,
            "according to".into(),
            cue_span,
            start,
            idx - 1,
            view.sentence_of[idx],
        ));
    }
    None
}

/// One past the last token of the sentence's content: without the final full stop.
fn trim_end(view: &View, start: usize, end: usize) -> usize {
    let mut end = end;
    while end > start && matches!(view.text(end - 1), "." | "!" | ";" | ":") {
        end -= 1;
    }
    end
}

/// A short quote inside a sentence, with words before it and no cue: a scare quote, a title or
/// a nickname ("the “imminent danger” of an invasion").
fn is_scare_quote(view: &View, region: &QuoteRegion) -> bool {
    let words = (region.open + 1..region.close)
        .filter(|&i| view.kind(i) == Some(TokenKind::Word))
        .count();
    let (sentence_start, _) = view.sentence_bounds(region.open);
    let mid_sentence = region.open > sentence_start;
    (mid_sentence && words < 8) || words < 3
}

#[cfg(test)]
mod tests {
    use crate::model::Extraction;
    use crate::{corpus, extract, ontology::Lexicon, resolve, text};
    use std::path::Path;

    /// Renders quotations as `speaker | cue | direct | "text"`.
    fn check(input: &str, expected: &[&str]) {
        let article =
            corpus::parse("t", input.to_string(), Path::new("t.txt")).expect("test article");
        let segmented = text::segment(&article);
        let found = extract::extract(&article, &segmented, Lexicon::builtin());
        let extraction: Extraction = resolve::within(&article, found);
        let got: Vec<String> = extraction
            .quotations
            .iter()
            .map(|q| {
                let speaker = q
                    .speaker
                    .entity
                    .map(|id| extraction.entities[id].name.clone())
                    .unwrap_or_else(|| "-".into());
                format!(
                    "{speaker} | {} | {} | {}",
                    q.cue.clone().unwrap_or_else(|| "-".into()),
                    q.direct,
                    article.slice(q.span)
                )
            })
            .collect();
        assert_eq!(got, expected, "\n{}", got.join("\n"));
    }

    #[test]
    fn quotation_attributed_after_closing_mark() {
        check(
            "Russian President Vladimir Petrov spoke.\n\n“It is now clear that the main concerns have been ignored,” Petrov said.",
            &[
                "Vladimir Petrov | say | true | It is now clear that the main concerns have been ignored",
            ],
        );
    }

    #[test]
    fn reported_speech_with_that() {
        check(
            "Vladimir Petrov said on Tuesday that the West ignored his concerns.",
            &["Vladimir Petrov | say | false | the West ignored his concerns"],
        );
    }

    #[test]
    fn pronoun_speaker_after_quote() {
        check(
            "Emmanuel Laurent arrived. “We will talk again soon, of course,” he said.",
            &["Emmanuel Laurent | say | true | We will talk again soon, of course"],
        );
    }

    #[test]
    fn scare_quotes_are_not_statements() {
        check(
            "The United States sees an “imminent danger” of an invasion.",
            &[],
        );
    }

    #[test]
    fn partial_quote_inside_reported_speech() {
        check(
            "The Kremlin has accused the West of stirring up “hysteria” over Ukraine.",
            &["Kremlin | accuse | true | the West of stirring up “hysteria” over Ukraine"],
        );
    }

    #[test]
    fn subject_before_a_relative_clause() {
        check(
            "Bernard Sandler, whose coalition includes young voters, said primaries exclude many people.",
            &["Bernard Sandler | say | false | primaries exclude many people"],
        );
    }

    #[test]
    fn a_quote_the_sentence_goes_on_after_is_part_of_the_reported_clause() {
        check(
            "Barry Oban said “it gets me mad” every time he thinks about the victims.",
            &["Barry Oban | say | true | “it gets me mad” every time he thinks about the victims"],
        );
    }

    #[test]
    fn a_description_is_an_unresolved_speaker() {
        check(
            "Republican legislators have questioned that the inquiry was fair.",
            &["- | question | false | the inquiry was fair"],
        );
        check(
            "“We will appeal,” a campaign spokesman said.",
            &["- | say | true | We will appeal"],
        );
    }

    #[test]
    fn a_quotation_interrupted_by_its_cue_is_one_statement_in_parts() {
        check(
            "“We are ready,” Maria Ivanova said. “The talks will go on.”",
            &["Maria Ivanova | say | true | We are ready,” Maria Ivanova said. “The talks will go on."],
        );
    }

    #[test]
    fn speaker_before_an_apposition_after_the_quote() {
        check(
            "“It is not perfect,” Gene Spalding, a top outside adviser, said at an event.",
            &["Gene Spalding | say | true | It is not perfect"],
        );
    }

    #[test]
    fn speaker_in_the_sentence_before_the_quote() {
        check(
            "Samuel Lau, the party director, said in a statement. “There are no ballots to recount.”",
            &["Samuel Lau | say | true | There are no ballots to recount."],
        );
    }

    #[test]
    fn sentence_final_cue() {
        check(
            "Joe Dunmore spoke. Russia would face consequences, he said.",
            &["Joe Dunmore | say | false | Russia would face consequences"],
        );
    }
}
