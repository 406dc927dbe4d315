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

mod direct;
mod reported;

use direct::{
    after_close, before_open, is_scare_quote, is_title, previous_sentence_cue, unknown_cue,
};
use reported::reported_speech;

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

/// Pairs the quotation marks of each paragraph. A double quote left open at the end of a
/// paragraph ends there: news prose opens each paragraph of a long quotation again and closes
/// only the last, and an odd mark must not swallow the rest of the article.
/// Single marks quote too, in headlines and in British usage ("Petrov: ‘We were ignored’"),
/// when both marks are in one paragraph and no double quotation is open: inside one they nest
/// a quotation in the quotation, and the closing mark doubles as the apostrophe, so an
/// unclosed one is dropped.
pub(crate) fn quote_regions(view: &View) -> Vec<QuoteRegion> {
    let mut regions = Vec::new();
    let mut open: Option<usize> = None;
    let mut single_open: Option<usize> = None;
    for idx in 0..view.tokens.len() {
        let last_of_paragraph = idx + 1 == view.tokens.len()
            || view.segmented.sentences[view.sentence_of[idx + 1]].paragraph
                != view.segmented.sentences[view.sentence_of[idx]].paragraph;
        let double = is_double_mark(view.text(idx));
        let single = is_single_mark(view.text(idx));
        match view.kind(idx) {
            Some(TokenKind::OpenQuote) if double => {
                if let Some(start) = open {
                    push_region(view, &mut regions, start, idx);
                }
                open = Some(idx);
                single_open = None;
            }
            Some(TokenKind::CloseQuote) if double => {
                if let Some(start) = open.take() {
                    push_region(view, &mut regions, start, idx);
                }
            }
            Some(TokenKind::OpenQuote) if single && open.is_none() => single_open = Some(idx),
            Some(TokenKind::CloseQuote) if single && open.is_none() => {
                if let Some(start) = single_open.take() {
                    push_region(view, &mut regions, start, idx);
                }
            }
            _ => {}
        }
        if last_of_paragraph {
            if let Some(start) = open.take() {
                push_region(view, &mut regions, start, idx + 1);
            }
            single_open = None;
        }
    }
    regions
}

pub(super) fn is_single_mark(mark: &str) -> bool {
    matches!(mark, "‘" | "’" | "'" | "‚" | "‹" | "›")
}

pub(super) fn is_double_mark(mark: &str) -> bool {
    matches!(mark, "“" | "”" | "\"" | "''" | "„" | "«" | "»" | "‟")
}

pub(super) fn push_region(view: &View, regions: &mut Vec<QuoteRegion>, open: usize, close: usize) {
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
    debug_assert!(regions
        .windows(2)
        .all(|pair| pair[0].open < pair[1].open && pair[0].close <= pair[1].open));
    let mut quotations = Vec::new();
    let mut occasions = Vec::new();
    for (sentence_idx, &(start, end)) in view.sentence_tokens.iter().enumerate() {
        // The rules look at marks in the sentence and a few tokens around it, never further.
        let near = around(regions, start.saturating_sub(2), end + NEAR);
        reported_speech(view, sentence_idx, near, &mut quotations, &mut occasions);
    }
    let reported = Reported::new(view, &quotations);
    let paragraph_at = |byte: usize| {
        view.segmented.sentences[view.sentence_of[view.token_at(byte).min(view.tokens.len() - 1)]]
            .paragraph
    };
    // The last attributed quotation: its paragraph, speaker and occasion.
    let mut previous: Option<(usize, Speaker, Option<usize>)> = None;
    let mut previous_end = 0;
    for region in regions {
        let paragraph = view.segmented.sentences[view.sentence_of[region.open]].paragraph;
        // "He said Laurent “has courage.” “He is not afraid.”", "And then he promised that he
        // is staying. “We are in till the last ballot!”": reported speech before a quotation
        // names who goes on speaking.
        // Only reported speech in the quotation's sentence or the one just before it.
        let region_sentence = view.sentence_of[region.open];
        if let Some(before) = reported
            .before(
                &quotations,
                region.inner.start,
                previous_end,
                region_sentence,
            )
            .map(|i| &quotations[i])
        {
            previous = Some((
                paragraph_at(before.span.start),
                before.speaker.clone(),
                before.occasion,
            ));
            previous_end = before.span.end;
        }
        if let Some(holder) = reported
            .holding(&quotations, region.inner)
            .map(|i| &quotations[i])
        {
            // "Dunmore said he was “meticulous” about it. “If we were to …”": a quotation after
            // reported speech with quoted words continues that speaker's words.
            if holder.speaker.mention.is_some() {
                previous = Some((paragraph, holder.speaker.clone(), holder.occasion));
                previous_end = holder.span.end;
            }
            continue;
        }
        // "an appearance on “CBS This Morning,” Laurent said …": a title is no statement.
        if is_title(view, region) {
            continue;
        }
        let attribution = after_close(view, region)
            .or_else(|| before_open(view, region))
            .or_else(|| unknown_cue(view, region));
        let quotation = match attribution {
            Some(attribution) => {
                let mut quotation = direct(view, region, attribution.speaker.clone());
                let (start, _) = view.sentence_bounds(region.open);
                let near = around(regions, start, region.open);
                if let Some(span) = paraphrase_around(view, region, attribution.cue_span, near) {
                    quotation.span = span;
                }
                quotation.cue = Some(attribution.cue);
                quotation.cue_span = Some(attribution.cue_span);
                quotation.addressee_mention = attribution.addressee;
                quotation.reported_by_mention = attribution.reported_by;
                if attribution.speaker.mention.is_none() {
                    // "…,” The Hill reported: the outlet passes on the previous speaker's words;
                    // with no one quoted just before, the words are the outlet's own report.
                    match &previous {
                        Some((prev_paragraph, speaker, _))
                            if paragraph.abs_diff(*prev_paragraph) <= 1 =>
                        {
                            quotation.speaker = speaker.clone();
                        }
                        _ => {
                            if let Some(outlet) = attribution.reported_by {
                                quotation.speaker.mention = Some(outlet);
                                quotation.reported_by_mention = None;
                            }
                        }
                    }
                }
                let found = attribution.occasion.zip(attribution.occasion_span);
                add_occasion(view, &mut quotation, found, &mut occasions);
                quotation
            }
            None if previous_sentence_cue(view, region).is_some() => {
                // "Sam Laine, the party's director, said in a statement. “There are …”"
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
            previous_end = quotation.span.end;
        }
        quotations.push(quotation);
    }
    embedded_posts(view, &mut quotations);
    quotations.sort_by_key(|q| (q.span.start, q.span.end));
    (merge_runs(view, quotations), occasions)
}

/// How many tokens past a sentence the rules of reported speech look for quotation marks (a
/// cue's next word or two, "in a statement:").
const NEAR: usize = 16;

/// The regions that close at or after token `from` and open at or before token `to`, in order.
/// Regions are sorted and do not overlap (`quote_regions` closes one before it opens the
/// next), so they are a slice found by two binary searches.
fn around(regions: &[QuoteRegion], from: usize, to: usize) -> &[QuoteRegion] {
    let first = regions.partition_point(|r| r.close < from);
    let end = regions.partition_point(|r| r.open <= to).max(first);
    &regions[first..end]
}

/// The reported speech of an article (the statements found first, which later ones are
/// pushed after), indexed for the pass over quotation marks: by end (for
/// the statement just before a quotation) and by start (for the one holding it). A search of
/// every statement per quotation made one long article quadratic.
struct Reported {
    /// Indices by (end, index), with the sentence each ends in.
    by_end: Vec<(usize, usize, usize)>,
    /// Indices by (start, index), with the furthest end reached so far.
    by_start: Vec<(usize, usize)>,
    furthest: Vec<usize>,
}

impl Reported {
    fn new(view: &View, quotations: &[Quotation]) -> Reported {
        let last_sentence = |q: &Quotation| {
            view.sentence_of[view
                .token_at(q.span.end.saturating_sub(1))
                .min(view.tokens.len() - 1)]
        };
        let mut by_end: Vec<(usize, usize, usize)> = quotations
            .iter()
            .enumerate()
            .map(|(i, q)| (q.span.end, i, last_sentence(q)))
            .collect();
        by_end.sort_unstable();
        let mut by_start: Vec<(usize, usize)> = quotations
            .iter()
            .enumerate()
            .map(|(i, q)| (q.span.start, i))
            .collect();
        by_start.sort_unstable();
        let mut end = 0;
        let furthest = by_start
            .iter()
            .map(|&(_, i)| {
                end = end.max(quotations[i].span.end);
                end
            })
            .collect();
        Reported {
            by_end,
            by_start,
            furthest,
        }
    }

    /// The statement with a speaker that ends last at or before byte `before` and after byte
    /// `after`, in the sentence of a quotation opening in sentence `sentence` or the one before
    /// it (of two ending together, the later one).
    fn before(
        &self,
        quotations: &[Quotation],
        before: usize,
        after: usize,
        sentence: usize,
    ) -> Option<usize> {
        let until = self.by_end.partition_point(|&(end, ..)| end <= before);
        self.by_end[..until]
            .iter()
            .rev()
            // Ends and their sentences only decrease from here on.
            .take_while(|&&(end, _, last)| end > after && last + 1 >= sentence)
            .map(|&(_, i, _)| i)
            .find(|&i| quotations[i].speaker.mention.is_some())
    }

    /// The first statement (in the order found) whose span contains `inner`.
    fn holding(&self, quotations: &[Quotation], inner: Span) -> Option<usize> {
        let until = self
            .by_start
            .partition_point(|&(start, _)| start <= inner.start);
        (0..until)
            .rev()
            // Past this point no statement reaches the end of `inner`.
            .take_while(|&k| self.furthest[k] >= inner.end)
            .map(|k| self.by_start[k].1)
            .filter(|&i| quotations[i].span.end >= inner.end)
            .min()
    }
}

/// An embedded post: its words, then a signature, "… ― Maria Ivanova (@ivanova) July 5, 2016",
/// within one paragraph (after the markup that opens it, "<tweet …>", if any). A post whose
/// words were quoted and attributed already is left alone.
fn embedded_posts(view: &View, quotations: &mut Vec<Quotation>) {
    for dash in 0..view.tokens.len() {
        if !matches!(view.text(dash), "―" | "—") || view.text(dash + 1).is_empty() {
            continue;
        }
        let Some(author) = view.mention_starting(dash + 1).filter(|m| {
            matches!(m.entity_type, EntityType::Person | EntityType::Organization)
                && m.kind == MentionKind::Name
        }) else {
            continue;
        };
        let after = view.after(author);
        if view.text(after) != "(" || !view.text(after + 1).starts_with('@') {
            continue;
        }
        let paragraph = view.segmented.sentences[view.sentence_of[dash]].paragraph;
        let mut start = dash;
        while start > 0
            && view.segmented.sentences[view.sentence_of[start - 1]].paragraph == paragraph
            && view.text(start - 1) != ">"
        {
            start -= 1;
        }
        if start + 1 >= dash {
            continue;
        }
        let span = view.span(start, dash);
        if quotations.iter().any(|q| q.span.overlaps(span)) {
            continue;
        }
        let direct = contains_quote_mark(view, start, dash);
        let mut quotation = Quotation::new(speaker_of(author), span, direct, span);
        quotation.cue = Some(view.text(dash).to_string());
        quotation.cue_span = Some(view.span(dash, dash + 1));
        quotations.push(quotation);
    }
}

/// A quotation attributed after its closing mark inside a sentence of paraphrase: "The race
/// has turned and that will take time to “cool off,” Dunmore said." The statement runs from
/// the sentence's start. (Running on past the cue, "…,” Laurent said, a job that …", was
/// measured on PolNeAR train and lost more than it gained.)
fn paraphrase_around(
    view: &View,
    region: &QuoteRegion,
    cue: Span,
    regions: &[QuoteRegion],
) -> Option<Span> {
    let (start, _) = view.sentence_bounds(region.open);
    let cue_token = view.token_at(cue.start);
    if cue_token <= region.close || view.sentence_of[cue_token] != view.sentence_of[region.open] {
        return None;
    }
    // Words of the article's own before the opening mark, not inside other quotation marks,
    // and the quotation opening inside their clause (not after "fundraising: “…").
    let before = region.open > start + 2
        && view.kind(region.open - 1) == Some(TokenKind::Word)
        && !regions
            .iter()
            .any(|r| r.open < region.open && r.close > start && r.open >= start);
    before.then(|| view.span(start, region.close + 1))
}

/// Joins a quotation that continues the previous one of the same paragraph, with no cue of
/// its own, into one statement with parts: "“A,” he said. “B.”" is one statement (PolNeAR
/// counts such runs as one attribution), and its span runs from the first part to the last.
pub(super) fn merge_runs(view: &View, quotations: Vec<Quotation>) -> Vec<Quotation> {
    const GAP: usize = 100;
    let sentence = |byte: usize| view.sentence_of[view.token_at(byte).min(view.tokens.len() - 1)];
    let paragraph = |span: Span| view.segmented.sentences[sentence(span.start)].paragraph;
    let mut merged: Vec<Quotation> = Vec::with_capacity(quotations.len());
    for quotation in quotations {
        if let Some(last) = merged.last_mut() {
            // Reported speech may be followed by the speaker's own words ("He said Laurent
            // “has courage.” “He is not afraid.”"): one statement too.
            let continues = quotation.direct
                && quotation.cue.is_none()
                && quotation.speaker.mention.is_some()
                && last.speaker.mention == quotation.speaker.mention
                && paragraph(quotation.span) == paragraph(last.span)
                // "“A,” she said. “B.”": B opens in the sentence after A's attribution at the
                // latest; a sentence of the article's own words between them ends the run.
                && sentence(quotation.span.start) <= sentence(last.span.end.saturating_sub(1)) + 1
                // A long aside between them ("…,” he said of the plan to accept 800,000
                // refugees. “…”) makes two statements.
                && quotation.span.start.saturating_sub(last.span.end) <= GAP;
            if continues {
                last.direct = true;
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

pub(super) fn direct(view: &View, region: &QuoteRegion, speaker: Speaker) -> Quotation {
    Quotation::new(
        speaker,
        region.inner,
        true,
        sentence_span(view, region.open),
    )
}

pub(super) fn sentence_span(view: &View, idx: usize) -> Span {
    view.segmented.sentences[view.sentence_of[idx.min(view.tokens.len() - 1)]].span
}

/// The occasion named in tokens `from..to`: "in a statement", "at a news conference",
/// "during the conference", "in an interview".
pub(super) fn occasion_in(view: &View, from: usize, to: usize) -> Option<(OccasionKind, Span)> {
    (from..to).find_map(|idx| {
        let (kind, len) = match (view.lower(idx), view.lower(idx + 1)) {
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
pub(super) fn add_occasion(
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
        date: crate::extract::dates::in_tokens(
            view,
            start,
            end,
            view.article.date.as_deref(),
            crate::extract::dates::Tense::Past,
            crate::extract::dates::Possessive::Counts,
        ),
        evidence,
    });
}

/// "says to Laurent", "complained to the Ledger": the party after "to" that a verb of saying
/// takes, at token `after`, just past the cue at `cue_idx` (not "was said to be", nor "said
/// to reporters", a generic audience `events` leaves out; nor a pronoun, "confided to her",
/// which an earlier place or body could take).
pub(super) fn said_to(
    view: &View,
    cue_idx: usize,
    verb: &crate::ontology::SpeechVerb,
    after: usize,
) -> Option<Span> {
    let says = matches!(
        verb.lemma.as_str(),
        "say" | "explain" | "complain" | "confide" | "whisper" | "shout" | "yell" | "write"
    );
    let passive = cue_idx > 0
        && matches!(
            view.lower(cue_idx - 1),
            "was" | "were" | "is" | "are" | "be" | "been" | "being"
        );
    if !says || passive || view.lower(after) != "to" {
        return None;
    }
    let at = if view.lower(after + 1) == "the" {
        after + 2
    } else {
        after + 1
    };
    view.mention_starting(at)
        .filter(|m| {
            matches!(m.entity_type, EntityType::Person | EntityType::Organization)
                && !matches!(m.kind, MentionKind::Demonym | MentionKind::Pronoun)
                && (at == after + 1 || m.entity_type == EntityType::Organization)
                && !view.is_possessive(m)
        })
        .map(|m| m.span)
}

pub(super) fn speaker_of(subject: &Mention) -> Speaker {
    speaker_at(subject.span)
}

/// A speaker known so far only by the words the statement rests on (a mention, or a
/// description that names no entity); `resolve` finds the entity, if any.
pub(super) fn speaker_at(words: Span) -> Speaker {
    Speaker {
        entity: None,
        mention: Some(words),
        unresolved: None,
        relative: None,
    }
}

/// Whether tokens `from..to` hold a double quotation mark or an opening single one: the
/// statement quotes words verbatim. A closing single mark alone may be an apostrophe.
pub(super) fn contains_quote_mark(view: &View, from: usize, to: usize) -> bool {
    (from..to).any(|i| match view.kind(i) {
        Some(TokenKind::OpenQuote) => true,
        Some(TokenKind::CloseQuote) => is_double_mark(view.text(i)),
        _ => false,
    })
}

/// The mention that is the subject of the verb at `verb_idx`: the one ending just before it,
/// allowing auxiliaries, adverbs and a day ("Petrov has previously insisted", "Petrov on Tuesday
/// stated").
pub(super) fn subject_before<'a>(
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
        // "Sandler, whose coalition includes …, said", "Mr. Ashby, who said last week that":
        // the subject stands before a relative clause or an apposition.
        if view.lower(idx) == "who" || view.text(idx) == "," {
            if let Some(mention) = before_apposition(view, idx, sentence_start) {
                return Some(mention);
            }
        }
        // "Jason Brooks — a teacher from Dayton — says": an apposition between dashes.
        if is_dash(view.text(idx)) {
            let open = (sentence_start.max(idx.saturating_sub(15))..idx)
                .rev()
                .find(|&i| is_dash(view.text(i)));
            if let Some(mention) = open
                .and_then(|open| open.checked_sub(1))
                .and_then(|last| view.mention_ending(last))
                .filter(|m| m.entity_type == EntityType::Person && View::can_speak(m))
            {
                return Some(mention);
            }
        }
        // "Sen. Claire Dunmore (D-Mo.) said": the party label belongs to the name.
        if let Some(before) = view.before_label(idx) {
            idx = before;
        }
        if let Some(mention) = view.mention_ending(idx) {
            // "former Soviet states": an adjective before a plural noun is no subject.
            let words = view.article.slice(mention.span);
            let adjective = view.lexicon.demonyms.contains_key(words) && !words.ends_with('s');
            // "organizations that have endorsed him say": an object pronoun is no subject.
            let object = mention.kind == MentionKind::Pronoun
                && matches!(words.to_lowercase().as_str(), "him" | "her")
                // "when contacted by Reuters, said": the agent of a passive; "The senator
                // from Vermont said": where the speaker is from.
                || view.start_of(mention) > sentence_start
                    && (view.lower(view.start_of(mention) - 1) == "by"
                        || matches!(view.lower(view.start_of(mention) - 1), "from" | "of")
                            && mention.entity_type != EntityType::Person);
            return (View::can_speak(mention) && !adjective && !object).then_some(mention);
        }
        let lower = view.lower(idx);
        // "Ms. Shelby smiled and said": a verb coordinated before the cue.
        if lower == "and"
            && idx > sentence_start
            && view.text(idx - 1).starts_with(char::is_lowercase)
            && (view.lower(idx - 1).ends_with("ed") || view.verb(idx - 1).is_some())
            && steps < 4
        {
            idx = idx.checked_sub(2)?;
            steps += 2;
            continue;
        }
        let time_word = |i: usize| {
            matches!(
                view.lower(i),
                "week" | "month" | "year" | "night" | "morning" | "evening" | "time"
            )
        };
        let skippable = crate::extract::is_auxiliary(lower)
            // "Laurent at the time said".
            || matches!(lower, "the" | "that" | "this") && time_word(idx + 1)
            || lower == "at" && view.lower(idx + 1) == "the" && time_word(idx + 2)
            || matches!(
                lower,
                "repeatedly" | "further" | "publicly" | "since" | "earlier" | "often" | "privately" | "openly" | "allegedly" | "just" | "however" | "too" | "instead"
            ) || crate::extract::dates::is_calendar_word(lower.trim_end_matches('.'))
            // "Dunmore last week said".
            || matches!(lower, "week" | "month" | "year" | "night" | "morning" | "evening" | "time")
                && idx > sentence_start
                && matches!(view.lower(idx - 1), "last" | "this" | "that" | "the")
            // "she angrily said": an adverb between subject and cue.
            || (lower.len() > 4 && lower.ends_with("ly") && view.text(idx).starts_with(char::is_lowercase))
            || view.kind(idx) == Some(TokenKind::Number)
            || (view.kind(idx) == Some(TokenKind::Punct) && view.text(idx) == ",");
        if !skippable || steps >= 5 {
            return None;
        }
        idx = idx.checked_sub(1)?;
        steps += 1;
    }
}

/// Whether a token is a dash that sets off an apposition (" - " in some wires).
fn is_dash(text: &str) -> bool {
    matches!(text, "—" | "–" | "--" | "-")
}

/// The speaking mention before ", who …" or an apposition ("X, 45, said"): `idx` is the comma closing
/// the apposition (or "who" itself).
pub(super) fn before_apposition<'a>(
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
    // An apposition may hold commas of its own ("Vance, the editor of the
    // Freedonia Gazette, Il Corriere, said"): the speaker is before the first of them.
    let commas: Vec<usize> = (lowest..=from)
        .rev()
        .filter(|&i| view.text(i) == ",")
        .take(3)
        .collect();
    // "Mr. Lau, whose latest start-up, Paradox, sells data, said": a relative clause marks
    // where the apposition opens.
    let relative = commas
        .iter()
        .copied()
        .filter(|&comma| matches!(view.lower(comma + 1), "who" | "whose"));
    relative.chain(commas.iter().copied()).find_map(|comma| {
        let quoted = (comma..idx).any(|i| {
            matches!(
                view.kind(i),
                Some(TokenKind::OpenQuote | TokenKind::CloseQuote)
            )
        });
        if quoted {
            return None;
        }
        let last = comma.checked_sub(1)?;
        let mention = view.mention_ending(view.before_label(last).unwrap_or(last))?;
        // "Laurent's office, when contacted by Reuters, said": the agent of a passive is no
        // subject.
        let first = view.start_of(mention);
        if first > sentence_start && view.lower(first - 1) == "by" {
            return None;
        }
        let speaks = View::can_speak(mention) && mention.entity_type != EntityType::Place;
        let person_first = mention.entity_type == EntityType::Person || comma == lowest;
        (speaks && person_first).then_some(mention)
    })
}

/// One past the last token of the sentence's content: without the final full stop.
pub(super) fn trim_end(view: &View, start: usize, end: usize) -> usize {
    let mut end = end;
    while end > start && matches!(view.text(end - 1), "." | "!" | ";" | ":") {
        end -= 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use crate::model::Document;
    use crate::{corpus, pipeline};
    use std::path::Path;

    /// Renders quotations as `speaker | cue | direct | "text"`.
    fn check(input: &str, expected: &[&str]) {
        let article =
            corpus::parse("t", input.to_string(), Path::new("t.txt")).expect("test article");
        let Document {
            article,
            extraction,
        } = pipeline::document(article);
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
    fn what_a_possessive_owns_is_no_content() {
        check(
            "Ivan Petrov told the Daily Ledger's weekly video series it is clear the inquiry \
             goes on. Maria Laurent told Ledger TV's “Morning Desk” on Monday the tone was \
             cordial. Ann Brooks, a pollster who advised Maria Laurent's 2008 campaign and is \
             a strategist, spoke.",
            &[
                "Ivan Petrov | tell | false | it is clear the inquiry goes on",
                "Maria Laurent | tell | false | the tone was cordial",
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
            "Samuel Laine, the party director, said in a statement. “There are no ballots to recount.”",
            &["Samuel Laine | say | true | There are no ballots to recount."],
        );
    }

    #[test]
    fn descriptions_after_the_cue_and_adverbs_before_it() {
        check(
            "“We are in,” said one district party leader.",
            &["- | say | true | We are in"],
        );
        check(
            "Maria Ivanova arrived. She angrily said, “I am so tired of this.”",
            &["Maria Ivanova | say | true | I am so tired of this."],
        );
    }

    #[test]
    fn sentence_final_cue() {
        check(
            "Joe Dunmore spoke. Russia would face consequences, he said.",
            &["Joe Dunmore | say | false | Russia would face consequences"],
        );
    }

    #[test]
    fn naming_a_thing_in_quotation_marks_is_a_statement() {
        check(
            "Maria Ivanova called the plan “a disaster for farmers.”",
            &["Maria Ivanova | call | true | the plan “a disaster for farmers.”"],
        );
        check(
            "Ivan Sokolov backed bodies, which he called “a cartel for schools.”",
            &["Ivan Sokolov | call | true | which he called “a cartel for schools.”"],
        );
    }

    #[test]
    fn a_cue_that_closes_the_sentence_after_its_content() {
        check(
            "The promise appeals to voters, said Alan Brooks, a demographer at Ruritania University.",
            &["Alan Brooks | say | false | The promise appeals to voters"],
        );
        check(
            "Maria Ivanova arrived. Russia would face consequences, she said in a video message.",
            &["Maria Ivanova | say | false | Russia would face consequences"],
        );
    }

    #[test]
    fn a_participle_speaks_for_the_subject_of_its_sentence() {
        check(
            "Peter Laurent returned the compliment to Ivan Sokolov, telling reporters, “He is a friend.”",
            &["Peter Laurent | tell | true | “He is a friend.”"],
        );
    }

    #[test]
    fn a_signature_after_an_embedded_post_names_its_author() {
        check(
            "“No one should be above the law.” ― Peter Laurent (@plaurent) July 5, 2016",
            &["Peter Laurent | ― | true | No one should be above the law."],
        );
    }

    #[test]
    fn a_quote_after_reported_speech_continues_it() {
        check(
            "Peter Laurent said he and his partners were careful. “We did not touch the deal.”",
            &["Peter Laurent | say | true | he and his partners were careful. “We did not touch the deal."],
        );
    }

    #[test]
    fn according_to_a_description_keeps_it_as_the_source() {
        check(
            "According to the officer in charge of the base, the scene in the film is untrue.",
            &["- | according to | false | the scene in the film is untrue"],
        );
    }

    #[test]
    fn a_place_the_speaker_is_from_is_not_the_speaker() {
        check(
            "Peter Laurent spoke. The senator from Ohio said the system was rigged.",
            &["- | say | false | the system was rigged"],
        );
    }

    #[test]
    fn the_place_a_titled_speaker_is_of_is_not_the_speaker() {
        check(
            "Sen. Anna Berg of Ohio said the plan had failed.",
            &["Anna Berg | say | false | the plan had failed"],
        );
    }

    #[test]
    fn a_relative_clause_between_speaker_and_cue_may_hold_verbs() {
        check(
            "“We will win,” Elena Brooks, who has not endorsed a candidate, told reporters.",
            &["Elena Brooks | tell | true | We will win"],
        );
    }

    #[test]
    fn according_to_after_a_quotation_names_its_source() {
        check(
            "“The new material shows the dossiers,” according to the Liberty Foundation.",
            &["Liberty Foundation | according to | true | The new material shows the dossiers"],
        );
        check(
            "“The new material shows the dossiers,” according to a statement from the campaign.",
            &["- | according to | true | The new material shows the dossiers"],
        );
    }

    #[test]
    fn an_unknown_verb_before_a_name_after_a_quotation_is_a_cue() {
        check(
            "“What sport is he talking about?” said one fan. “Nobody knows,” reacted Peter Laurent.",
            &[
                "- | say | true | What sport is he talking about?",
                "Peter Laurent | reacted | true | Nobody knows",
            ],
        );
    }

    #[test]
    fn a_participle_goes_on_with_the_nearest_cue() {
        check(
            "Mr. Sokolov left early, Maria Ivanova said, adding, “He was not very religious.”",
            &[
                "Maria Ivanova | say | false | Mr. Sokolov left early",
                "Maria Ivanova | add | true | He was not very religious.",
            ],
        );
    }

    #[test]
    fn talking_verbs_close_no_statement() {
        check("On Monday at the university, Peter Laurent spoke.", &[]);
    }

    #[test]
    fn single_quotation_marks_quote_in_headlines() {
        check(
            "Petrov: ‘I’m the Worst Thing That Ever Happened to the Establishment.’\n\nVladimir Petrov spoke on Monday.",
            &["Vladimir Petrov | : | true | ‘I’m the Worst Thing That Ever Happened to the Establishment.’"],
        );
    }

    #[test]
    fn a_name_and_a_colon_open_a_statement() {
        check(
            "Maria Ivanova: Laurent Is a ‘Proven Failure’ in Business.\n\nMaria Ivanova spoke.",
            &["Maria Ivanova | : | true | Laurent Is a ‘Proven Failure’ in Business"],
        );
    }

    #[test]
    fn headline_case_capitalizes_the_cue() {
        check(
            "Francois Laurent Says Peter Sokolov ‘Makes You Want To Retch.’\n\nFrancois Laurent spoke.",
            &["Francois Laurent | say | true | Peter Sokolov ‘Makes You Want To Retch.’"],
        );
    }

    #[test]
    fn an_apposition_between_dashes_before_the_cue() {
        check(
            "Jason Brooks — a teacher from Dayton — says he made a last-minute decision.",
            &["Jason Brooks | say | false | he made a last-minute decision"],
        );
    }

    #[test]
    fn a_time_phrase_between_subject_and_cue() {
        check(
            "Peter Laurent at the time said he would pay the fees.",
            &["Peter Laurent | say | false | he would pay the fees"],
        );
    }

    #[test]
    fn what_a_speaker_calls_something_goes_on_after_the_quoted_words() {
        check(
            "Her chief policy aide, Jake Brooks, calls her record a “blueprint” for how she would create jobs.",
            &["Jake Brooks | call | true | her record a “blueprint” for how she would create jobs"],
        );
    }

    #[test]
    fn an_occasion_and_a_colon_before_the_quotation() {
        check(
            "Mel Brooks spoke. Asked why, Brooks responded in a text message: “He will be the nominee.”",
            &["Mel Brooks | respond | true | He will be the nominee."],
        );
    }

    #[test]
    fn said_first_then_the_name_and_a_comma() {
        check(
            "Peter Laurent spoke. Said Laurent, “The thought is very painful to us.”",
            &["Peter Laurent | say | true | The thought is very painful to us."],
        );
    }

    #[test]
    fn a_kind_of_work_before_a_quoted_title() {
        check(
            "Peter Laurent spoke. Earlier, during an appearance on CBS's “Face the Nation,” Laurent was asked about the vote.",
            &[],
        );
    }

    #[test]
    fn a_determiner_phrase_opening_the_sentence_is_a_described_speaker() {
        check(
            "The ad says “nothing will change until we elect new people.”",
            &["- | say | true | “nothing will change until we elect new people.”"],
        );
        check(
            "An official, speaking on the condition of anonymity, said that Petrov “will meet any candidate.”",
            &["- | say | true | Petrov “will meet any candidate.”"],
        );
    }

    #[test]
    fn a_cue_opens_the_sentence_after_a_question() {
        check(
            "Maria Ivanova spoke. “Who can remember? Is it two? Three?” Ivanova asks as an aide walks in front of her.",
            &["Maria Ivanova | ask | true | Who can remember? Is it two? Three?"],
        );
    }

    #[test]
    fn a_clause_and_a_colon_introduce_the_next_paragraph() {
        check(
            "Peter Laurent issued the following statement:\n\n“Our prayers are with all those affected.”",
            &["Peter Laurent | : | true | Our prayers are with all those affected."],
        );
    }

    #[test]
    fn a_subordinate_clause_ends_the_statement_at_its_comma() {
        check(
            "When Peter Laurent said the talks had “failed,” the markets fell sharply.",
            &["Peter Laurent | say | true | the talks had “failed,”"],
        );
    }

    #[test]
    fn a_relative_clause_ends_before_the_main_verb() {
        check(
            "Peter Laurent, who said last week that the judge was biased, issued a statement on Tuesday.",
            &["Peter Laurent | say | false | the judge was biased"],
        );
    }
}
