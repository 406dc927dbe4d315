//! Communication events: who spoke with whom, how, when, and whether it happened.
//!
//! Input: the article `View` and the regions inside quotation marks. Output: one [`Event`]
//! per report of an occasion, with the participants given by mention span; `resolve` merges the
//! reports of one occasion within an article once the participants are entities.
//!
//! A trigger word opens each pattern: a verb with its subject ("Petrov and Laurent spoke by
//! phone", "Brooks called Sokolov", "Petrov told Laurent", "X wrote to Y"), a noun with "with"
//! ("a meeting in the Kremlin with Horvath", "talks with", "in an interview with CNN"), or a visit
//! ("after receiving Horvath"). Words between the subject and the trigger set the status ("was due
//! to speak" is planned, "may also talk" possible, "did not speak" negated), and the sentence's
//! date words, read against the publication date, the date. Words inside quotation marks are
//! the speaker's, not the article's report, and are left out.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use super::dates::{self, Possessive, Tense};
use super::quotations::QuoteRegion;
use super::View;
use crate::model::{
    EntityType, Event, EventKind, EventStatus, Mention, MentionKind, OrgKind, Quotation, Span,
};

/// Finds the communication events of an article.
pub(crate) fn find(view: &View, regions: &[QuoteRegion]) -> Vec<Event> {
    let mut events = Vec::new();
    // Tokens inside quotation marks, marked once (a scan of the regions per token made a
    // long paragraph of quotes quadratic).
    let mut inside_quote = vec![false; view.tokens.len()];
    for region in regions {
        for inside in inside_quote
            .iter_mut()
            .take(region.close)
            .skip(region.open + 1)
        {
            *inside = true;
        }
    }
    for (idx, _) in inside_quote
        .iter()
        .enumerate()
        .filter(|(_, inside)| !**inside)
    {
        if let Some(event) = event_at(view, idx) {
            let second = with_both(view, idx, &event);
            events.push(event);
            events.extend(second);
        }
    }
    events.extend(attendance(view, &inside_quote));
    let again = debates_again(view, &inside_quote, &events);
    events.extend(again);
    events.extend(exchanges(view));
    events
}

/// "was arranging calls with both Brooks and Dunn": the event found at the cue `idx` with the
/// first of the two; the same with the second, a separate event (two calls, two meetings), so
/// that the two named after "both" are not paired with each other.
fn with_both(view: &View, idx: usize, event: &Event) -> Option<Event> {
    let with =
        (idx + 1..idx + 4).find(|&i| view.lower(i) == "with" && view.lower(i + 1) == "both")?;
    let first = party_at(view, with + 2)?;
    let and = view.after(first);
    if view.lower(and) != "and" {
        return None;
    }
    let second = party_at(view, and + 1).filter(|m| is_party(m))?;
    let at = event
        .participant_mentions
        .iter()
        .position(|&span| span == first.span)?;
    if event.participant_mentions.contains(&second.span) {
        return None;
    }
    let mut other = event.clone();
    other.participant_mentions[at] = second.span;
    Some(other)
}

/// "BERG: Let's start … / DUNN: Well, …": the speakers of two turns of a transcript in
/// paragraphs one after the other spoke with each other, an interview. (The entity stage
/// only names transcript speakers in an exchange; see `entities::transcript_speakers`.)
fn exchanges(view: &View) -> Vec<Event> {
    // (paragraph, the speaker's mention, the token of the name)
    let mut turns: Vec<(usize, &Mention, usize)> = Vec::new();
    let mut last_paragraph = None;
    for (sentence_idx, sentence) in view.segmented.sentences.iter().enumerate() {
        if last_paragraph == Some(sentence.paragraph) {
            continue;
        }
        last_paragraph = Some(sentence.paragraph);
        let (start, end) = view.sentence_tokens[sentence_idx];
        let first = if view.kind(start) == Some(crate::model::TokenKind::OpenQuote) {
            start + 1
        } else {
            start
        };
        let Some(speaker) = view.mention_starting(first).filter(|m| {
            m.entity_type == EntityType::Person
                && m.kind == MentionKind::Name
                && view.after(m) < end
                && view.text(view.after(m)) == ":"
                && !view.text(first).chars().any(char::is_lowercase)
        }) else {
            continue;
        };
        turns.push((sentence.paragraph, speaker, first));
    }
    turns
        .windows(2)
        .filter(|w| w[1].0 == w[0].0 + 1 && w[0].1.name != w[1].1.name)
        .filter_map(|w| finish_event(view, EventKind::Interview, w[1].2, &[w[0].1, w[1].1]))
        .collect()
}

/// "… more than three debates with Berg … the three upcoming faceoffs … Monday's debate in
/// New York will be Dunn's first": a specific debate the article names without its rivals
/// ("the first debate", "Monday's debate", "the upcoming faceoffs", not debates in general)
/// is one between the rivals of the debates it reports between two people: the pair it
/// reports most often, and of those the one reported nearest.
fn debates_again(view: &View, inside_quote: &[bool], events: &[Event]) -> Vec<Event> {
    let mention = |span: Span| view.mentions.iter().find(|m| m.span == span);
    let mut pairs: Vec<(usize, [&Mention; 2])> = Vec::new();
    let mut reported: Vec<usize> = Vec::new();
    for event in events.iter().filter(|e| e.kind == EventKind::Debate) {
        for span in &event.evidence {
            reported.extend(
                view.segmented
                    .sentences
                    .iter()
                    .position(|sentence| sentence.span == *span),
            );
        }
        let [a, b] = event.participant_mentions[..] else {
            continue;
        };
        let (Some(a), Some(b)) = (mention(a), mention(b)) else {
            continue;
        };
        let named =
            |m: &Mention| m.entity_type == EntityType::Person && m.kind == MentionKind::Name;
        if named(a) && named(b) {
            pairs.push((a.sentence, [a, b]));
        }
    }
    if pairs.is_empty() {
        return Vec::new();
    }
    // The same two people, however named.
    let same = |x: &[&Mention; 2], y: &[&Mention; 2]| {
        let last = |m: &Mention| m.name.split_whitespace().last().unwrap_or("").to_string();
        let mut x = [last(x[0]), last(x[1])];
        let mut y = [last(y[0]), last(y[1])];
        x.sort();
        y.sort();
        x == y
    };
    let mut found = Vec::new();
    for (idx, &quoted) in inside_quote.iter().enumerate().skip(1) {
        let word = view.lower(idx);
        if quoted
            || !matches!(
                word,
                "debate" | "debates" | "faceoff" | "faceoffs" | "face-off" | "face-offs"
            )
        {
            continue;
        }
        let here = view.sentence_of[idx];
        if reported.contains(&here) {
            continue;
        }
        let (sentence_start, _) = view.sentence_bounds(idx);
        let specific = (idx.saturating_sub(3).max(sentence_start)..idx).any(|i| {
            let before = view.lower(i);
            matches!(
                before,
                "first" | "second" | "third" | "final" | "next" | "upcoming" | "tonight's"
            ) || dates::is_weekday(before.trim_end_matches("'s"))
                || before == "night's" && i > 0 && dates::is_weekday(view.lower(i - 1))
        });
        if !specific {
            continue;
        }
        let Some((_, rivals)) = pairs.iter().max_by_key(|(sentence, pair)| {
            let count = pairs.iter().filter(|(_, other)| same(pair, other)).count();
            (count, std::cmp::Reverse(sentence.abs_diff(here)))
        }) else {
            continue;
        };
        if let Some(event) = finish_event(view, EventKind::Debate, idx, &rivals[..]) {
            reported.push(here);
            found.push(event);
        }
    }
    found
}

/// "Leaders gathered Friday … “…,” Petrov said as he entered the talks. … Laurent told
/// reporters after the day-long meeting. … Brooks said after the meeting broke up": a summit
/// the article reports by who spoke at it, before or after it. The persons said to be at the
/// meeting (or entering or leaving it) met there: one meeting of all of them, with every
/// sentence that places one there as its evidence. Only "the meeting" (or "Friday's
/// summit"), which the article has introduced; "a meeting with X" is an event of its own.
fn attendance(view: &View, inside_quote: &[bool]) -> Option<Event> {
    let mut attendees: Vec<&Mention> = Vec::new();
    let mut evidence = Vec::new();
    let mut first = None;
    for idx in 1..view.tokens.len() {
        // (Compared in place: this runs on every token of every article, and `lower`
        // allocates.)
        let word = view.text(idx);
        if inside_quote[idx]
            || !["summit", "meeting", "talks"]
                .iter()
                .any(|noun| word.eq_ignore_ascii_case(noun))
            || matches!(
                view.lower(idx + 1),
                "with" | "between" | "of" | "among" | "on" | "about"
            )
        {
            continue;
        }
        // The determiner: "the meeting", "the day-long meeting", "Friday's summit".
        let determiner = (idx.saturating_sub(3)..idx).rev().find(|&i| {
            view.lower(i) == "the" || dates::is_weekday(view.lower(i).trim_end_matches("'s"))
        });
        let Some(determiner) = determiner.filter(|&d| {
            (d + 1..idx).all(|i| {
                view.kind(i) == Some(crate::model::TokenKind::Word)
                    && view.text(i).starts_with(char::is_lowercase)
            })
        }) else {
            continue;
        };
        let Some(place) = determiner.checked_sub(1).filter(|&i| {
            matches!(
                view.lower(i),
                "at" | "after"
                    | "during"
                    | "following"
                    | "entered"
                    | "entering"
                    | "into"
                    | "leaving"
                    | "left"
            )
        }) else {
            continue;
        };
        let (sentence_start, _) = view.sentence_bounds(idx);
        // The person who was there: the last one named before (a pronoun too: "as he
        // entered the talks"), outside quotation marks.
        let from = view.tokens[sentence_start].span.start;
        let at = view.tokens[place].span.start;
        let Some(attendee) = view
            .mentions_within(from, at)
            .into_iter()
            .filter(|m| m.entity_type == EntityType::Person && is_party(m))
            .filter(|m| !inside_quote[view.start_of(m)])
            .max_by_key(|m| m.span.start)
        else {
            continue;
        };
        first.get_or_insert(idx);
        if !attendees.iter().any(|m| m.span == attendee.span) {
            attendees.push(attendee);
        }
        evidence.push(view.segmented.sentences[view.sentence_of[idx]].span);
    }
    let event = finish_event(view, EventKind::Meeting, first?, &attendees)?;
    evidence.dedup();
    Some(Event { evidence, ..event })
}

/// "Petrov told Laurent that …", "“…,” Petrov told CNN": a statement made to a named party is
/// also an occasion on which the two spoke, a `told` event (an interview when the party is a
/// news outlet). Generic audiences ("told reporters") are no mentions and give none.
pub(crate) fn from_quotations(view: &View, quotations: &[Quotation]) -> Vec<Event> {
    // The first mention at each span, looked up rather than searched for per quotation.
    let mut first_at: FxHashMap<Span, &Mention> = FxHashMap::default();
    for mention in view.mentions {
        first_at.entry(mention.span).or_insert(mention);
    }
    let mention_at = |span: Span| first_at.get(&span).copied();
    let mut events = Vec::new();
    for quotation in quotations {
        let (Some(speaker), Some(cue)) = (
            quotation.speaker.mention.and_then(mention_at),
            quotation.cue_span,
        ) else {
            continue;
        };
        let cue_idx = view.token_at(cue.start).min(view.tokens.len() - 1);
        let Some(addressee) = quotation
            .addressee_mention
            .and_then(mention_at)
            // ("told the Ledger's “Morning Desk”": the programme, as for the `told` trigger;
            // but "addressed Dunn's concerns" was not said to Dunn.)
            .and_then(|m| {
                if view.is_possessive(m) {
                    party_at(view, view.start_of(m))
                        .or_else(|| (m.entity_type != EntityType::Person).then_some(m))
                } else {
                    Some(m)
                }
            })
            .or_else(|| outlet_spoken_on(view, cue_idx))
            .or_else(|| outlet_opening(view, cue_idx, speaker))
            .or_else(|| interviewed_by(view, cue_idx))
            .or_else(|| spoken_to(view, cue_idx))
            .or_else(|| body_addressed_at(view, cue_idx))
        else {
            continue;
        };
        let named =
            |m: &Mention| m.kind != MentionKind::Pronoun || m.entity_type == EntityType::Person;
        if !is_party(speaker)
            || !is_party(addressee)
            || !named(addressee)
            || generic_audience(view, addressee)
            || speaker.span == addressee.span
        {
            continue;
        }
        // "thanked Petrov on Twitter": a post for all to read, not words to him.
        if posted(view, cue_idx) {
            continue;
        }
        // "at least a dozen members of Congress told the Ledger": unnamed members of a body
        // speaking to the press are its sources, not the body.
        if unnamed_members(view, speaker) && addressee.org_kind == Some(OrgKind::News) {
            continue;
        }
        let kind = if addressee.org_kind == Some(OrgKind::News) {
            EventKind::Interview
        } else {
            EventKind::Told
        };
        events.extend(finish_event(view, kind, cue_idx, &[speaker, addressee]));
    }
    events
}

/// Whether the words around the cue at `idx` say it was posted on a social network ("on
/// Twitter", "in a tweet") or made in a petition or an ad: public posts and appeals are
/// statements, not contacts.
fn posted(view: &View, idx: usize) -> bool {
    let (start, end) = view.sentence_bounds(idx);
    // "launched a petition campaign with Ledger Action on Wednesday asking Berg to …", "in an
    // ad urging Laurent": an appeal made in public.
    let appeal = |i: usize| {
        matches!(
            view.lower(i),
            "petition" | "petitions" | "ad" | "ads" | "advertisement" | "billboard"
        ) && matches!(
            view.lower(i - 1),
            "a" | "an" | "the" | "her" | "his" | "their" | "its" | "new" | "online" | "television"
        )
    };
    let social = |i: usize| {
        let word = view.lower(i);
        let network = matches!(
            word,
            "twitter" | "facebook" | "instagram" | "tweet" | "tweets" | "x.com"
        ) && matches!(view.lower(i - 1), "on" | "via" | "a" | "in");
        // "In her post, she reminded Petrov …" (lowercase: not the Post, a newspaper).
        let post = matches!(view.text(i), "post" | "posts" | "blog")
            && matches!(
                view.lower(i - 1),
                "a" | "her" | "his" | "their" | "its" | "the" | "in"
            );
        network || post || appeal(i)
    };
    // ("lashed out at Laurent on Facebook, telling Petrov that …": before the cue too.)
    (start.max(idx.saturating_sub(6)) + 1..end.min(idx + 10)).any(social)
        || (start.max(idx.saturating_sub(12)) + 1..idx).any(appeal)
        // "With a tweet featuring the old flag, Laurent told the president …": a phrase
        // opening the sentence says how all of it was said.
        || matches!(view.lower(start), "with" | "in" | "via" | "on")
            && (start + 1..idx.min(start + 5)).any(social)
}

/// "said Thursday on the Ledger’s “Morning Desk”", "said on CNN": the outlet or programme a
/// statement was made on, a few words after its cue.
fn outlet_spoken_on<'a>(view: &View<'a>, cue_idx: usize) -> Option<&'a Mention> {
    // ("writing on the Ledger's site": an author of the outlet, not its guest.)
    if view.lower(cue_idx).starts_with("writ") || view.lower(cue_idx) == "wrote" {
        return None;
    }
    let (_, end) = view.sentence_bounds(cue_idx);
    // (Not past a clause the cue opens: "proposed they debate on the Ledger's “Morning
    // Desk”", "offered to appear on Ledger News" name where something else would happen.)
    (cue_idx + 1..end.min(cue_idx + 6))
        .take_while(|&i| {
            view.kind(i) == Some(crate::model::TokenKind::Word)
                && !matches!(
                    view.lower(i),
                    "he" | "she" | "they" | "we" | "i" | "it" | "to" | "that"
                )
        })
        .find(|&i| view.lower(i) == "on")
        // ("points out in a column on the Ledger's site": what one writes there, no guest.)
        .filter(|&on| {
            !(cue_idx + 1..on).any(|i| {
                matches!(
                    view.lower(i),
                    "column"
                        | "op-ed"
                        | "editorial"
                        | "article"
                        | "piece"
                        | "essay"
                        | "blog"
                        | "post"
                )
            })
        })
        .and_then(|on| party_at(view, on + 1))
        .filter(|m| m.org_kind == Some(OrgKind::News))
}

/// "Sunday on Ledger News's “Morning Desk,” Rep. Ann Brooks said …", "On Ledger TV, Dunn
/// argued …": a news outlet or programme in the phrase opening the sentence of a statement
/// is where it was made, when the phrase ends before the statement's cue and its speaker
/// comes right after the phrase (not "…, Rep. Brooks discussed a bill, which is what Dunn
/// described": Dunn did not speak there).
fn outlet_opening<'a>(view: &View<'a>, cue_idx: usize, speaker: &Mention) -> Option<&'a Mention> {
    let (start, _) = view.sentence_bounds(cue_idx);
    let mut on = start;
    if dates::is_weekday(view.lower(on)) {
        on += 1;
        if matches!(
            view.lower(on),
            "night" | "morning" | "afternoon" | "evening"
        ) {
            on += 1;
        }
    }
    if view.lower(on) != "on" {
        return None;
    }
    let comma = (on + 1..cue_idx.min(on + 16)).find(|&i| view.text(i) == ",")?;
    // ("Tuesday on Ledger Radio's “Midday,” while discussing a tweet from Laurent, Speaker
    // Paul Dunn said": past a participle clause set off by commas.)
    let clause = if view.kind(comma + 1) == Some(crate::model::TokenKind::CloseQuote) {
        comma + 2
    } else {
        comma + 1
    };
    let subject_comma = if matches!(view.lower(clause), "while" | "when" | "after")
        && view.lower(clause + 1).ends_with("ing")
    {
        // (The clause may hold commas of its own: the last one before the speaker.)
        (clause + 2..view.start_of(speaker).min(cue_idx))
            .rev()
            .find(|&i| view.text(i) == ",")?
    } else {
        comma
    };
    if !(subject_comma + 1..subject_comma + 4).contains(&view.start_of(speaker)) {
        return None;
    }
    let from = view.tokens[on + 1].span.start;
    let to = view.tokens[comma].span.start;
    view.mentions_within(from, to)
        .into_iter()
        .filter(|m| m.org_kind == Some(OrgKind::News))
        .max_by_key(|m| m.span.start)
}

/// "Laurent said on Sunday, speaking to the Ledger, that …", "“…,” added her adviser Tom
/// Dunn, speaking to the Ledger after the vote", "Dunn, talking with Laurent on Friday, said
/// …": a participle set off by a comma near the cue of a statement names whom its speaker
/// spoke to.
fn spoken_to<'a>(view: &View<'a>, cue_idx: usize) -> Option<&'a Mention> {
    let (start, end) = view.sentence_bounds(cue_idx);
    // The party after "speaking to", "talking with" or "sitting down with" at `i`.
    let participle = |i: usize| match (view.lower(i), view.lower(i + 1)) {
        ("speaking" | "talking", "to" | "with") => Some(i + 2),
        ("sitting", "down") if view.lower(i + 2) == "with" => Some(i + 3),
        _ => None,
    };
    // ("Speaking to the Ledger on Thursday, Laurent said …": the phrase opening the
    // sentence, before its subject; not "…, Laurent spared his rivals, Berg and Dunn, who
    // say …", whose speakers are not that subject.)
    let subject = (start + 2..cue_idx).any(|i| view.text(i) == ",")
        && !(cue_idx.saturating_sub(3)..cue_idx).any(|i| view.lower(i) == "who");
    if let Some(party) = participle(start)
        .filter(|_| subject)
        .and_then(|at| party_at(view, at))
    {
        return Some(party);
    }
    (start.max(cue_idx.saturating_sub(12))..end.min(cue_idx + 12))
        .filter(|&i| view.text(i) == ",")
        .find_map(|comma| participle(comma + 1))
        .and_then(|at| party_at(view, at))
}

/// "warned in a statement at the UN Security Council meeting": words delivered at a named
/// body's own meeting are addressed to that body (the guideline's speech to a named
/// organisation), not a rally's or a news outlet's.
fn body_addressed_at<'a>(view: &View<'a>, cue_idx: usize) -> Option<&'a Mention> {
    // (Words said or addressed, not "denying him a victory at the party's convention".)
    let cue = view.lower(cue_idx);
    let spoken = [
        "said", "say", "warn", "told", "tell", "spoke", "speak", "address", "declar",
    ]
    .iter()
    .any(|stem| cue.starts_with(stem));
    if !spoken {
        return None;
    }
    let (_, end) = view.sentence_bounds(cue_idx);
    let at = (cue_idx + 1..end.min(cue_idx + 8))
        .take_while(|&i| view.kind(i) == Some(crate::model::TokenKind::Word))
        .find(|&i| view.lower(i) == "at")?;
    let first = if matches!(view.lower(at + 1), "the" | "a" | "an") {
        at + 2
    } else {
        at + 1
    };
    let body = view.mention_starting(first).filter(|m| {
        m.entity_type == EntityType::Organization
            && !matches!(m.org_kind, Some(OrgKind::News | OrgKind::Party))
    })?;
    let after = view.after(body);
    matches!(
        view.lower(after),
        "meeting" | "session" | "summit" | "hearing"
    )
    .then_some(body)
}

/// "he said in an interview with the Daily Ledger", "said Friday in a telephone interview
/// with Laurent": who interviewed the speaker of a statement, named after its cue. (The
/// `interview` trigger finds the same event when the speaker is named in the sentence; a
/// pronoun before the noun is left to the quotation's speaker, resolved with more care.)
fn interviewed_by<'a>(view: &View<'a>, cue_idx: usize) -> Option<&'a Mention> {
    let (_, end) = view.sentence_bounds(cue_idx);
    let words: Vec<usize> = (cue_idx + 1..end.min(cue_idx + 9))
        .take_while(|&i| view.kind(i) == Some(crate::model::TokenKind::Word))
        .collect();
    let opens = words
        .iter()
        .position(|&i| matches!(view.lower(i), "in" | "during"))?;
    let noun = words[opens..]
        .iter()
        .copied()
        .find(|&i| matches!(view.lower(i), "interview" | "interviews" | "appearance"))?;
    // "said during an appearance on Ledger News": an outlet that had the speaker on.
    if view.lower(noun) == "appearance" {
        return (view.lower(noun + 1) == "on")
            .then(|| party_at(view, noun + 2))
            .flatten()
            .filter(|m| m.org_kind == Some(OrgKind::News));
    }
    if view.lower(noun + 1) != "with" {
        return None;
    }
    party_at(view, noun + 2)
}

/// How a trigger word finds its participants.
#[derive(Clone, Copy)]
enum Pattern {
    /// The subject, and a party after "with"/"to" ("spoke with Y", "wrote to Y").
    Preposition(&'static [&'static str]),
    /// The subject, and the object right after the verb ("called Y", "told Y", "met Y").
    Object,
    /// A noun: a party after "with", and the nearest other party of the sentence ("a meeting
    /// with Y, Petrov said").
    Noun,
    /// A reply to a party, which may be named by its demonym ("NATO members responded to a
    /// series of Russian demands", "gave written responses to Moscow").
    Reply,
    /// Demands of a party (its name or demonym right before the noun) made to another: named
    /// after "to" ("Russia's demands to NATO"), or the party that answers or rejects them
    /// ("NATO responded to Russian demands").
    Demand,
    /// An offer of talks or a meeting to the party right after the verb ("offering Moscow
    /// talks"), made by the subject of the sentence.
    Offer,
}

/// (The word before the article's first token reads as empty: `idx.wrapping_sub(1)` is past
/// every token, and `View` reads a missing token as "".)
fn trigger(view: &View, idx: usize) -> Option<(EventKind, Pattern)> {
    let word = view.lower(idx);
    let next = view.lower(idx + 1);
    Some(match word {
        // (Not "talked past each other for years": no occasion, a relationship; nor "may
        // speak the language of partnership", "speak the same language": a figure.)
        "spoke" | "speak" | "speaks" | "spoken" | "speaking" | "talked" | "talk" | "chatted"
            if next != "past"
                && !(matches!(next, "the" | "a")
                    && (idx + 2..idx + 4).any(|i| view.lower(i) == "language")) =>
        {
            (EventKind::Other, Pattern::Preposition(&["with", "to"]))
        }
        "phoned" | "telephoned" => (EventKind::Call, Pattern::Object),
        // "in a phone call with Laurent", "their call": the noun (not "a call to arms", "calls
        // for").
        "call" | "calls"
            if !matches!(next, "to" | "for")
                // ("was arranging calls with Brooks and Dunn": a verb takes no "with".)
                && (next == "with"
                    || matches!(
                    view.lower(idx.wrapping_sub(1)),
                    "a" | "the"
                        | "phone"
                        | "telephone"
                        | "his"
                        | "her"
                        | "their"
                        | "video"
                        | "conference"
                )) =>
        {
            (EventKind::Call, Pattern::Noun)
        }
        "called" | "calls" | "call"
            if !matches!(
                next,
                "on" | "for"
                    | "it"
                    | "him"
                    | "her"
                    | "them"
                    | "the"
                    | "a"
                    | "an"
                    | "this"
                    | "that"
                    | "out"
                    | "upon"
                    | "again"
                    | "into"
                    | "in"
                    | "off"
                    | "to"
            ) =>
        {
            (EventKind::Call, Pattern::Object)
        }
        "met" | "meet" | "meets" | "meeting"
            if next == "with" || view.mention_starting(idx + 1).is_some() =>
        {
            if word == "meeting" && next == "with" {
                (EventKind::Meeting, Pattern::Noun)
            } else if next == "with" {
                (EventKind::Meeting, Pattern::Preposition(&["with"]))
            } else {
                (EventKind::Meeting, Pattern::Object)
            }
        }
        // "Petrov met in the afternoon with Laurent": "with" after a few words, before any
        // punctuation.
        "met" | "meet" | "meets"
            if (idx + 2..idx + 7)
                .take_while(|&i| view.kind(i) == Some(crate::model::TokenKind::Word))
                .any(|i| view.lower(i) == "with") =>
        {
            (EventKind::Meeting, Pattern::Preposition(&["with"]))
        }
        // "Petrov and Laurent met on Friday": no object, the subject is both parties.
        "met" | "meet" | "meets" => (EventKind::Meeting, Pattern::Object),
        "meeting" | "summit" | "conversation" => (EventKind::Meeting, Pattern::Noun),
        "call" if !matches!(next, "to" | "for") => (EventKind::Meeting, Pattern::Noun),
        // "Petrov and Laurent held a joint news conference", "a press conference with Laurent".
        "conference" if matches!(view.lower(idx.wrapping_sub(1)), "news" | "press") => {
            (EventKind::Meeting, Pattern::Noun)
        }
        "dinner" | "lunch" | "breakfast" | "supper" | "dinners" | "lunches" | "breakfasts"
        | "suppers"
            if next == "with" =>
        {
            (EventKind::Meeting, Pattern::Noun)
        }
        "sat" if next == "down" => (EventKind::Meeting, Pattern::Preposition(&["with"])),
        // "has been in touch with Laurent", "got in touch with".
        "touch" if next == "with" && view.lower(idx.wrapping_sub(1)) == "in" => {
            (EventKind::Other, Pattern::Preposition(&["with"]))
        }
        "negotiated" | "negotiate" | "negotiates" | "negotiating" | "consulted" | "conferred" => {
            (EventKind::Talks, Pattern::Preposition(&["with"]))
        }
        // "discussed the crisis with Laurent", "Petrov and Laurent discussed it by phone",
        // "the two exchanged barbs".
        "discussed" | "discuss" | "discusses" | "discussing" | "exchanged" => {
            (EventKind::Other, Pattern::Preposition(&["with"]))
        }
        "emailed" | "e-mailed" | "messaged" if view.mention_starting(idx + 1).is_some() => {
            (EventKind::Letter, Pattern::Object)
        }
        "talks" | "negotiations" | "dialogue" | "dialog" => (EventKind::Talks, Pattern::Noun),
        // "the document Russia received from NATO and the U.S.".
        "received" | "receives" if next == "from" => {
            (EventKind::Letter, Pattern::Preposition(&["from"]))
        }
        hosting if HOSTING.contains(&hosting) => (EventKind::Meeting, Pattern::Object),
        "summoned" => (EventKind::Meeting, Pattern::Object),
        // "invited Laurent to a meeting in Paris" (an invitation to anything else is none).
        "invited" | "invites" | "invite" | "inviting" => (EventKind::Meeting, Pattern::Object),
        // "Ruritania accepted the Petrov administration's request", "rejected Ledger News's
        // offer of an interview": what a party offered or asked of the subject, answered.
        "accepted" | "accepts" | "accept" | "accepting" | "rejected" | "rejects" | "reject"
        | "rejecting" | "declined" | "declines" | "decline" | "declining" | "refused"
        | "refuses" | "refuse" | "refusing"
            // (Not "joined 89 other senators to reject the president's request": a vote.)
            if offer_of_party(view, idx + 1).is_some()
                && view.lower(idx.wrapping_sub(1)) != "to" =>
        {
            (EventKind::Other, Pattern::Object)
        }
        "conveyed" | "explained" | "explains" => (EventKind::Told, Pattern::Preposition(&["to"])),
        // "reported it to the FBI", "reported the posting to police": what was reported, then
        // to whom (not "reports daily to the president", a line of command, nor "reported to
        // be").
        "reported" | "reports"
            if matches!(
                next,
                "it" | "them" | "this" | "that" | "the" | "a" | "an" | "his" | "her" | "their"
            ) && view.lower(idx.wrapping_sub(1)) != "was" =>
        {
            (EventKind::Told, Pattern::Preposition(&["to"]))
        }
        // "Brooks had a question for the senator": asked of the one it is for.
        // (Not "shut down such questions for her": a question someone had or put.)
        "question" | "questions"
            if next == "for"
                && matches!(
                    view.lower(idx.wrapping_sub(1)),
                    "a" | "one" | "another" | "his" | "her" | "their" | "several" | "two" | "three"
                ) =>
        {
            (EventKind::Other, Pattern::Noun)
        }
        "statement" if next == "to" => (EventKind::Told, Pattern::Noun),
        "told" | "tells" | "tell" | "informed" | "briefed" | "assured" | "warned" | "warns" => {
            (EventKind::Told, Pattern::Object)
        }
        // Words addressed to a party directly: "urged Laurent to", "pressed Petrov on",
        // "thanked Brooks for", "asked Berg whether".
        directed if DIRECTED.contains(&directed) => (EventKind::Other, Pattern::Object),
        "greeted" | "greets" => (EventKind::Meeting, Pattern::Object),
        "testified" | "testifies" | "testify" => {
            (EventKind::Other, Pattern::Preposition(&["before"]))
        }
        "reached" | "reaches" if next == "out" => (EventKind::Other, Pattern::Preposition(&["to"])),
        "wrote" | "write" | "writes" | "sent" | "send" | "emailed" | "letter" => {
            (EventKind::Letter, Pattern::Preposition(&["to"]))
        }
        "responded" | "replied" | "response" | "responses" | "reply" => {
            (EventKind::Letter, Pattern::Reply)
        }
        "demands" | "demand" => (EventKind::Other, Pattern::Demand),
        "demanded" | "demanding" => (EventKind::Other, Pattern::Preposition(&["from"])),
        // "offering Moscow talks on missile placements".
        "offering" | "offered" | "offers" | "offer" => (EventKind::Talks, Pattern::Offer),
        // "Brooks interviewed Laurent": the one interviewed named after the verb (not "was
        // interviewed by", nor "interviewed on Monday").
        "interviewed"
            if view
                .mention_starting(idx + 1)
                .is_some_and(|m| m.entity_type == EntityType::Person)
                && !matches!(
                    view.lower(idx.wrapping_sub(1)),
                    "was" | "were" | "been" | "being" | "be" | "is" | "are" | "when" | "and"
                ) =>
        {
            (EventKind::Interview, Pattern::Object)
        }
        "interview" | "interviewed" => (EventKind::Interview, Pattern::Noun),
        "appeared" | "appearing" | "appears" | "appear" if next == "on" => {
            (EventKind::Interview, Pattern::Preposition(&["on"]))
        }
        // "went on the Ledger Network to declare …": an appearance on a news outlet (not
        // "went on to say", "went on Twitter").
        "went" | "goes" | "go" | "going"
            if next == "on"
                && party_at(view, idx + 2).is_some_and(|m| m.org_kind == Some(OrgKind::News)) =>
        {
            (EventKind::Interview, Pattern::Preposition(&["on"]))
        }
        // "she contacted Laurent" (not "contacted by", left to the sentence's other cues).
        "contacted" | "contacting" if next != "by" => (EventKind::Other, Pattern::Object),
        // "NBC's commander-in-chief forum", "a CNN town hall": a forum an outlet held, where
        // it questioned the one named in the sentence.
        "forum" | "hall"
            if (word == "forum" || view.lower(idx.wrapping_sub(1)) == "town")
                && (idx.saturating_sub(6)..idx).any(|i| {
                    view.mention_starting(i)
                        .is_some_and(|m| m.org_kind == Some(OrgKind::News) && view.after(m) <= idx)
                }) =>
        {
            (EventKind::Interview, Pattern::Noun)
        }
        "debate" | "debates" if matches!(next, "with" | "between" | "against") => {
            (EventKind::Debate, Pattern::Noun)
        }
        "faceoff" | "faceoffs" | "face-off" | "face-offs" => (EventKind::Debate, Pattern::Noun),
        // "her paid speeches to Harbor Bank", "gave a speech to the Ledger Club": a speech
        // delivered to a named body (the guideline's; a rally or a convention is left out
        // with the other gatherings).
        "speech" | "speeches" if next == "to" => (EventKind::Other, Pattern::Preposition(&["to"])),
        // "challenged him to a debate": the one challenged, asked to debate (a possible one).
        "challenged" | "challenges" | "challenging" | "challenge" | "dared"
            if (idx + 2..idx + 7).any(|i| {
                view.lower(i) == "to"
                    && matches!(view.lower(i + 1), "a" | "an" | "another" | "more")
                    && view.lower(i + 2).starts_with("debate")
            }) =>
        {
            (EventKind::Debate, Pattern::Object)
        }
        // "Laurent went up against Brooks five times", "the two squared off with": rivals
        // facing each other, a debate when the sentence speaks of debates (not of a race).
        "faced" | "face" | "faces" | "facing" | "squared" | "square" | "squares" | "squaring"
        | "went" | "go" | "goes" | "going"
            if matches!(next, "off" | "up")
                && matches!(view.lower(idx + 2), "against" | "with")
                && {
                    let (start, end) = view.sentence_tokens[view.sentence_of[idx]];
                    (start..end).any(|i| view.lower(i).starts_with("debate"))
                } =>
        {
            (
                EventKind::Debate,
                Pattern::Preposition(&["against", "with"]),
            )
        }
        // "their first debate", "Monday's debate": the noun, whose parties are named around it.
        "debate" | "debates"
            if {
                let prev = view.text(idx.wrapping_sub(1));
                matches!(
                    prev.to_lowercase().as_str(),
                    "their" | "first" | "second" | "third" | "final" | "last" | "next"
                ) || super::entities::strip_possessive(prev).1 > 0
            } =>
        {
            (EventKind::Debate, Pattern::Noun)
        }
        "debated" | "debate" | "debates" => (EventKind::Debate, Pattern::Object),
        _ => return None,
    })
}

fn event_at(view: &View, idx: usize) -> Option<Event> {
    let (kind, pattern) = trigger(view, idx)?;
    if view.in_name(idx) {
        return None;
    }
    // "Morning Desk hosts Ann Brooks and Tom Laurent": the noun, the programme's presenters
    // (after the programme, a news outlet or capitalized words that name no party).
    if view.lower(idx) == "hosts" {
        let before = idx.wrapping_sub(1);
        let programme = match view.mention_ending(before) {
            Some(m) => m.org_kind == Some(OrgKind::News),
            None => view.text(before).starts_with(char::is_uppercase),
        };
        if programme {
            return None;
        }
    }
    // "top Democrats interviewed by …": members of a party acted, no one named.
    if view
        .mention_ending(idx.wrapping_sub(1))
        .is_some_and(|m| party_members(view, m))
    {
        return None;
    }
    let (sentence_start, sentence_end) = view.sentence_bounds(idx);
    // "if he would have told Laurent", "she would have met him had she known": a
    // counterfactual, no event at all.
    if idx >= sentence_start + 2
        && view.lower(idx - 1) == "have"
        && matches!(view.lower(idx - 2), "would" | "wouldn't")
    {
        return None;
    }
    // "it would have been cool had Berg congratulated him", "if Petrov had asked him": a past
    // that did not happen.
    if idx > sentence_start {
        let inverted = view.mention_ending(idx - 1).is_some_and(|m| {
            let before = view.start_of(m);
            before > sentence_start && view.lower(before - 1) == "had"
        });
        // (Not a question: "would not say if she had met him".)
        let unreal = view.lower(idx - 1) == "had"
            && (idx.saturating_sub(5).max(sentence_start)..idx).any(|i| {
                view.lower(i) == "if"
                    && !(i > sentence_start
                        && matches!(
                            view.lower(i - 1),
                            "say"
                                | "said"
                                | "says"
                                | "know"
                                | "knew"
                                | "ask"
                                | "asked"
                                | "tell"
                                | "told"
                                | "clear"
                                | "unclear"
                                | "sure"
                                | "wonder"
                                | "wondered"
                                | "confirm"
                                | "recall"
                                | "remember"
                        ))
            });
        if inverted || unreal {
            return None;
        }
    }
    let mut participants: Vec<&Mention> = Vec::new();
    let mut subject = subject_group(view, idx, sentence_start, matches!(pattern, Pattern::Noun));
    // ("came to hear Brooks and Dunn speak at the rally": speakers heard by a crowd, not
    // speaking with each other.)
    let heard = subject.len() >= 2
        && subject
            .iter()
            .map(|m| view.start_of(m))
            .min()
            .and_then(|first| first.checked_sub(1))
            .is_some_and(|i| {
                matches!(
                    view.lower(i),
                    "hear"
                        | "heard"
                        | "hearing"
                        | "see"
                        | "saw"
                        | "seeing"
                        | "watch"
                        | "watched"
                        | "watching"
                )
            });
    if heard {
        return None;
    }
    if subject.is_empty()
        && matches!(pattern, Pattern::Object | Pattern::Preposition(_))
        // "reluctance to send troops to Iraq": sending is a letter only when a letter is named.
        && kind != EventKind::Letter
        && idx > sentence_start
        && view.lower(idx - 1) == "to"
    {
        // "Petrov will travel to Paris next week to meet Laurent", "refused to meet": the one
        // who is to meet is the last person or body named before.
        subject.extend(infinitive_subject(view, idx - 1, sentence_start));
    }
    if subject.is_empty()
        && matches!(pattern, Pattern::Object | Pattern::Preposition(_))
        && idx > sentence_start
        && matches!(view.lower(idx - 1), "and" | "," | "but")
    {
        // "Laurent went up against Brooks five times and debated Petrov four times", "…, met
        // Berg", "endorsed Berg, but told CNN": a later verb of a series shares the subject of
        // the first.
        subject.extend(series_subject(view, idx - 1, sentence_start));
    }
    // "Speaking to “Morning Desk” Monday, Berg refrained from …": a participle opening the
    // sentence is its subject's, whatever the main verb.
    if subject.is_empty()
        && matches!(pattern, Pattern::Preposition(_))
        && idx == sentence_start
        && matches!(view.lower(idx), "speaking" | "talking" | "sitting")
    {
        subject.extend(fronted_subject(view, idx, sentence_start, sentence_end));
    }
    if subject.is_empty()
        && matches!(pattern, Pattern::Object | Pattern::Preposition(_))
        && idx > sentence_start
        && view.lower(idx).ends_with("ing")
        && matches!(
            view.lower(idx - 1),
            "after" | "before" | "while" | "since" | "upon" | "when"
        )
    {
        // "Petrov spoke to reporters after meeting Laurent": the subject of the clause the
        // participle hangs on; "After meeting Laurent, Petrov said": the one after the comma.
        // (Only a subject opening the sentence: in "the plan of Petrov, who was persuaded
        // after meeting Laurent", the first name is not the one who met.)
        if idx - 1 == sentence_start {
            subject.extend(fronted_subject(view, idx, sentence_start, sentence_end));
        } else {
            subject.extend(
                view.mention_starting(sentence_start)
                    .filter(|m| is_party(m) && m.kind != MentionKind::Pronoun)
                    .filter(|m| !view.is_possessive(m)),
            );
        }
    }
    // "the committee interviewed Brooks and Dunn": the interviewer unnamed, the two
    // interviewed did not speak with each other.
    if kind == EventKind::Interview && matches!(pattern, Pattern::Object) && subject.is_empty() {
        return None;
    }
    match pattern {
        Pattern::Preposition(preps) => {
            participants.extend(subject.iter().copied());
            let mut recipient = None;
            let mut cursor = idx + 1;
            while cursor < sentence_end && cursor < idx + 8 {
                // "writes in his book, according to the Ledger": a source, not the one written
                // to (nor "due to", "thanks to", "close to").
                let phrase_to = view.lower(cursor) == "to"
                    && matches!(
                        view.lower(cursor - 1),
                        "according" | "due" | "thanks" | "close" | "prior" | "owing" | "next"
                    );
                // "has spoken at the conference, going back to Tom Dunn in 2000": a participle
                // after a comma opens a clause of its own, whose "to" is not the verb's.
                let participle = view.text(cursor) == ","
                    && view.lower(cursor + 1).ends_with("ing")
                    && view.text(cursor + 1).starts_with(char::is_lowercase);
                if phrase_to || participle {
                    break;
                }
                if preps.contains(&view.lower(cursor)) {
                    // "is to speak on Thursday, along with Senator Brooks": another speaker
                    // beside the subject, not the one spoken with.
                    if !matches!(view.lower(cursor - 1), "along" | "together") {
                        recipient = party_at(view, cursor + 1);
                    }
                    // "is speaking Thursday to the Ledger Network conference": a speech at a
                    // public gathering the body held, not to the body.
                    if recipient.is_some_and(|m| {
                        m.entity_type != EntityType::Person
                            && matches!(
                                view.lower(view.after(m)),
                                "conference" | "convention" | "rally" | "gala" | "festival"
                            )
                    }) {
                        return None;
                    }
                    break;
                }
                // "spoke briefly of his friendship with Petrov": what was spoken of, not
                // with whom.
                if matches!(view.lower(cursor), "of" | "about") {
                    break;
                }
                cursor += 1;
            }
            // "met with top Senate Democrats, including Ann Brooks and Tom Dunn": a group no
            // one names, then those of it who are named, who were there together.
            if recipient.is_none()
                && !subject.is_empty()
                && matches!(
                    kind,
                    EventKind::Meeting | EventKind::Talks | EventKind::Call | EventKind::Other
                )
                && preps.contains(&view.lower(cursor))
            {
                let including = (cursor + 2..sentence_end.min(cursor + 10))
                    .take_while(|&i| {
                        view.kind(i) == Some(crate::model::TokenKind::Word) || view.text(i) == ","
                    })
                    .find(|&i| view.lower(i) == "including" && view.text(i - 1) == ",");
                let included = including
                    .map(|i| party_list(view, i + 1, sentence_end))
                    .unwrap_or_default();
                if !included.is_empty() {
                    let mut parties = subject.clone();
                    parties.extend(included);
                    return finish_event(view, kind, idx, &parties).map(|event| Event {
                        agent_mentions: subject.len(),
                        ..event
                    });
                }
            }
            // "appeared on Ledger News", "appearing on “Morning Desk”": a named outlet or
            // programme had the subject on (not "appeared on stage", "on the ballot").
            if kind == EventKind::Interview
                && recipient.is_none_or(|m| m.org_kind != Some(OrgKind::News))
            {
                return None;
            }
            let word = view.lower(idx);
            // "sat down for a podcast", "the FBI and the department would not discuss the
            // inquiry": no one met or talked unless a party is named after "with" (or, for a
            // discussion, a phone names the call).
            let phone = || {
                (sentence_start..sentence_end)
                    .any(|i| matches!(view.lower(i), "phone" | "telephone"))
            };
            if recipient.is_none() && (word == "sat" || word.starts_with("discuss") && !phone()) {
                return None;
            }
            // "Laurent and Petrov will speak there as well", "spoke at the convention": each
            // gave a speech (not "spoke at length").
            let speeches = (idx + 1..sentence_end.min(idx + 4)).any(|i| {
                view.lower(i) == "there" || view.lower(i) == "at" && view.lower(i + 1) != "length"
            });
            if recipient.is_none()
                && word.starts_with("speak") | word.starts_with("spoke")
                && speeches
            {
                return None;
            }
            if preps == ["from"] && kind == EventKind::Letter {
                // "the document Russia received from NATO", not "the welcome he received
                // from the Ruritanians".
                let letter_named = (sentence_start.max(idx.saturating_sub(4))..idx + 4)
                    .any(|i| is_letter_word(view, i));
                if !letter_named {
                    return None;
                }
                // "received from NATO and the U.S.": the senders are one side, the subject
                // received.
                let senders = party_list(view, cursor + 1, sentence_end);
                let receiver = *subject.first()?;
                let mut parties = senders.clone();
                parties.push(receiver);
                return finish_event(view, kind, idx, &parties).map(|event| Event {
                    agent_mentions: senders.len().max(1),
                    ..event
                });
            }
            if subject.is_empty() && kind == EventKind::Other && preps.contains(&"from") {
                // "Russia denies any plans but has demanded guarantees from the West": the
                // subject of the sentence demanded.
                participants.extend(first_party(view, sentence_start, idx));
            }
            // "send contributions to the fund", "sent troops to": sending is a letter only when
            // a letter, message or the like is named.
            let sends = matches!(word, "send" | "sent" | "sends" | "sending");
            let letter_named =
                (idx + 1..sentence_end.min(idx + 6)).any(|i| is_letter_word(view, i));
            if sends && !letter_named {
                return None;
            }
            if kind == EventKind::Letter {
                // "sent Petrov a letter": the recipient before the thing sent. Several
                // subjects of a letter signed it together, so without a recipient there is no
                // event.
                recipient = recipient.or_else(|| double_object(view, idx));
                let recipient = recipient?;
                if subject.is_empty() {
                    // "In a letter to Laurent, Petrov demanded …": the subject after the
                    // opening phrase wrote it.
                    let writer = fronted_subject(view, idx, sentence_start, sentence_end)?;
                    return finish_event(view, kind, idx, &[writer, recipient]);
                }
                return one_side(view, kind, idx, &subject, recipient);
            }
            if subject.is_empty() && word.starts_with("speech") {
                // "Berg's paid speeches to Harbor Bank": the owner before the describing words;
                // "Berg gave a speech to": the one who gave it.
                let owner = (idx.saturating_sub(3).max(sentence_start)..idx)
                    .rev()
                    .take_while(|&i| {
                        i + 1 == idx || view.text(i + 1).starts_with(char::is_lowercase)
                    })
                    .find_map(|i| possessive_owner(view, i, sentence_start));
                let giver = || {
                    (idx.saturating_sub(4).max(sentence_start + 1)..idx)
                        .find(|&i| {
                            matches!(
                                view.lower(i),
                                "gave"
                                    | "give"
                                    | "gives"
                                    | "giving"
                                    | "delivered"
                                    | "delivers"
                                    | "delivering"
                                    | "deliver"
                            )
                        })
                        .and_then(|verb| view.mention_ending(verb - 1))
                        .filter(|m| is_party(m) && m.entity_type == EntityType::Person)
                };
                subject.extend(owner.or_else(giver));
            }
            if let (Some(recipient), false) = (recipient, subject.is_empty()) {
                // "Petrov and Laurent spoke with Brooks": the subjects are one side. (Not
                // "Petrov met with Laurent and Berg": the two may have been met apart, as in
                // "met with Brooks and Laurent last week", and an event pairs all it holds.)
                return one_side(view, kind, idx, &subject, recipient);
            }
            participants.extend(recipient);
        }
        Pattern::Reply => {
            let cursor = idx + 1;
            if view.lower(cursor) != "to" {
                return None;
            }
            // "responded to Moscow", "replied to a series of Russian demands", not "responded
            // to that tweet by calling Petrov" (the one replied to is in the phrase after
            // "to", before any verb or preposition) nor a reply posted on a social network.
            if posted(view, idx) {
                return None;
            }
            // ("responded to Laurent's rant", "responses to attacks that Laurent lodged": a
            // reply to what a party did or said in public, not to the party.)
            let recipient = (cursor + 1..sentence_end.min(cursor + 6))
                .take_while(|&i| {
                    i == cursor + 1
                        || !matches!(
                            view.lower(i),
                            "by" | "with"
                                | "in"
                                | "for"
                                | "on"
                                | "that"
                                | "which"
                                | "who"
                                | "when"
                                | "as"
                        )
                })
                .find_map(|i| {
                    view.mention_starting(i)
                        .filter(|m| is_party(m) || state_demonym(m))
                })
                .filter(|m| {
                    // (But "responded to Moscow's demands", "to Laurent's questions": what was
                    // addressed to the one who replies.)
                    !view.is_possessive(m)
                        || matches!(
                            view.lower(view.after(m)),
                            "demands"
                                | "demand"
                                | "request"
                                | "requests"
                                | "question"
                                | "questions"
                                | "letter"
                                | "proposal"
                                | "proposals"
                                | "offer"
                                | "invitation"
                                | "message"
                                | "inquiry"
                                | "ultimatum"
                        )
                })?;
            // ("However, they gave written responses to Moscow": "they" opens the sentence.)
            if subject.is_empty() {
                if let Some(they) = view
                    .mention_starting(sentence_start)
                    .or_else(|| view.mention_starting(sentence_start + 2))
                    .filter(|m| opening_they(view, m, sentence_start))
                {
                    subject = party_group(view, they, sentence_start);
                }
            }
            let sender = match subject.as_slice() {
                [] => nearest_party_before(view, idx, sentence_start)?,
                [first] => *first,
                // "Washington and NATO … They gave written responses to Moscow": both sent.
                several => return one_side(view, kind, idx, several, recipient),
            };
            // "Petrov's response to Laurent", "Laurent responded to Petrov": between two
            // people, a reply is made in public unless it answers something addressed to the
            // one replying ("responded to Petrov's questions"); states and bodies reply in notes.
            let addressed = view.is_possessive(recipient);
            if sender.entity_type == EntityType::Person
                && recipient.entity_type == EntityType::Person
                && !addressed
            {
                return None;
            }
            participants.push(sender);
            participants.push(recipient);
        }
        Pattern::Demand => {
            // ("Moscow’s demands": a possessive ends inside its token.)
            let owner = match view
                .mention_ending(idx.checked_sub(1)?)
                .or_else(|| {
                    view.mention_starting(idx - 1)
                        .filter(|m| view.is_possessive(m))
                })
                .filter(|m| is_party(m) || state_demonym(m))
            {
                Some(owner) => owner,
                None => {
                    // "The demands issued by the Kremlin in December": the owner after "by".
                    if !matches!(
                        view.lower(idx + 1),
                        "issued" | "made" | "sent" | "presented" | "submitted" | "delivered"
                    ) || view.lower(idx + 2) != "by"
                    {
                        return None;
                    }
                    party_at(view, idx + 3)?
                }
            };
            // "… were rejected by Washington and NATO as nonstarters": those who answered, in
            // the passive, are one side.
            let passive = (view.after(owner)..sentence_end).find(|&i| {
                matches!(
                    view.lower(i),
                    "rejected" | "ignored" | "dismissed" | "accepted" | "answered"
                ) && view.lower(i + 1) == "by"
            });
            if let Some(verb) = passive {
                let answering = party_list(view, verb + 2, sentence_end);
                if !answering.is_empty() {
                    return one_side(view, kind, idx, &answering, owner);
                }
            }
            let addressed = matches!(view.lower(idx + 1), "to" | "on")
                .then(|| party_at(view, idx + 2))
                .flatten();
            let answered_by = || {
                let start = view.start_of(owner);
                let verb = (start.saturating_sub(6).max(sentence_start)..start).find(|&i| {
                    matches!(
                        view.lower(i),
                        "responded"
                            | "replied"
                            | "rejected"
                            | "rejecting"
                            | "rejection"
                            | "ignored"
                            | "ignore"
                            | "answered"
                            | "dismissed"
                            | "accepted"
                            | "refused"
                            | "refusal"
                            | "concede"
                    )
                })?;
                // The one who answers is named right before the answer ("NATO members
                // formally responded", "the U.S. refusal"), not in another clause ("Petrov
                // said that the rejection of …", "… that the West has ignored …").
                nearest_party_before(view, verb, sentence_start)
                    .filter(|m| m.entity_type != owner.entity_type || m.name != owner.name)
                    .filter(|m| {
                        let after = view.after(m);
                        after + 3 >= verb
                            && (after..verb).all(|i| {
                                view.kind(i) == Some(crate::model::TokenKind::Word)
                                    && !CLAUSE_WORDS.contains(&view.lower(i))
                                    || matches!(view.text(i), "′" | "'" | "’")
                            })
                    })
            };
            let other = addressed.or_else(answered_by)?;
            // "refused to concede Portugal's demands": the refusal answers demands that were
            // made, so it does not negate them.
            let event = finish_event(view, kind, idx, &[owner, other])?;
            let refused = event.status == EventStatus::Negated
                && !(sentence_start..idx)
                    .any(|i| matches!(view.lower(i), "not" | "n't" | "never" | "no"));
            return Some(if refused {
                Event {
                    status: EventStatus::Happened,
                    ..event
                }
            } else {
                event
            });
        }
        Pattern::Offer => {
            let recipient = party_at(view, idx + 1)?;
            let after = view.after(recipient);
            let offered = (after..after + 2).find_map(|i| match view.lower(i) {
                "talks" | "negotiations" | "dialogue" => Some(EventKind::Talks),
                "meeting" | "summit" => Some(EventKind::Meeting),
                "call" => Some(EventKind::Call),
                _ => None,
            })?;
            let offerer = match subject.as_slice() {
                [first, ..] => *first,
                [] => first_party(view, sentence_start, idx)?,
            };
            let event = finish_event(view, offered, idx, &[offerer, recipient])?;
            return Some(Event {
                status: EventStatus::Possible,
                date: None,
                ..event
            });
        }
        Pattern::Object => {
            participants.extend(subject.iter().copied());
            let mut object = idx + 1;
            if view.lower(object) == "with" {
                object += 1;
            }
            // "Laurent was asked by host Ann Brooks whether …", "When asked by the Ledger,
            // Petrov said": the one after "by" asked, the subject (or the person named after)
            // was asked.
            let passive = directed(view, idx) && view.lower(object) == "by";
            if passive {
                object += 1;
            }
            // "rejected Ledger News's offer": the owner of the offer (which `party_at` takes
            // for what was met, after a possessive).
            let Some(other) = offer_of_party(view, object).or_else(|| party_at(view, object))
            else {
                // "Ready for Laurent vs. Petrov? … the three upcoming faceoffs": a debate
                // names its two rivals in the sentence.
                // ("debate stage", "debate tricks": a noun before a noun names no debate.)
                let next = view.lower(idx + 1);
                let compound = view.text(idx + 1).starts_with(char::is_lowercase)
                    && !matches!(
                        next,
                        "in" | "on"
                            | "at"
                            | "this"
                            | "next"
                            | "last"
                            | "tonight"
                            | "was"
                            | "is"
                            | "will"
                            | "would"
                            | "has"
                            | "had"
                            | "were"
                            | "are"
                            | "that"
                            | "and"
                            | "or"
                            | "between"
                            | "with"
                            | "against"
                            | "to"
                            | "for"
                            | "of"
                    );
                if kind == EventKind::Debate && subject.len() < 2 && !compound {
                    let rivals = rivals(view, sentence_start, sentence_end);
                    return finish_event(view, kind, idx, &rivals);
                }
                // "Petrov and Laurent met on Friday": the two parties are the subject (not
                // of a verb one party addresses to another: "Petrov and Laurent urged the rest
                // of the party").
                if subject.len() < 2
                    || kind == EventKind::Told
                    || directed(view, idx)
                    || kind == EventKind::Call && naming(view, idx, sentence_start)
                {
                    return None;
                }
                return finish_event(view, kind, idx, &participants);
            };
            // "at least a dozen members of Congress told the Ledger": unnamed members of a
            // body speaking to the press are its sources, not the body.
            if kind == EventKind::Told
                && other.org_kind == Some(OrgKind::News)
                && subject.iter().any(|m| unnamed_members(view, m))
            {
                return None;
            }
            if view.lower(idx).starts_with("invit") && !invited_to_meet(view, view.after(other)) {
                return None;
            }
            // "hosted the tournament", "received his Ph.D.", "visited Ruritania": one hosts,
            // receives or visits a person to meet them, not an event, a thing or a country.
            if HOSTING.contains(&view.lower(idx)) && other.entity_type != EntityType::Person {
                return None;
            }
            // "asked the Supreme Court to intervene": a court is petitioned in a filing.
            if other.entity_type == EntityType::Organization
                && other.name.split_whitespace().last() == Some("Court")
            {
                return None;
            }
            // "told the Biblical story of …", "told the Ledger anecdote": what was told, a
            // name used as an adjective.
            if kind == EventKind::Told
                && matches!(
                    view.lower(view.after(other)),
                    "story" | "stories" | "tale" | "tales" | "anecdote" | "joke" | "jokes"
                )
            {
                return None;
            }
            // "When told Laurent was in the cabinet": the name is the subject of what was
            // told, not the one told.
            if kind == EventKind::Told
                && matches!(
                    view.lower(view.after(other)),
                    "was"
                        | "were"
                        | "is"
                        | "are"
                        | "had"
                        | "has"
                        | "have"
                        | "would"
                        | "will"
                        | "could"
                        | "did"
                        | "does"
                        | "should"
                )
            {
                return None;
            }
            // "a newly formed super PAC called Ledger 45", "is called Ledger 45": naming.
            // (One is called by someone: "was called by Petrov" stays a call.)
            if kind == EventKind::Call && naming(view, idx, sentence_start) {
                return None;
            }
            // "a warm-up band called Brooks": a noun before "called" names what follows.
            if kind == EventKind::Call
                && subject.is_empty()
                && idx > sentence_start
                && view.kind(idx - 1) == Some(crate::model::TokenKind::Word)
                && view.text(idx - 1).starts_with(char::is_lowercase)
                && !view.lower(idx - 1).ends_with("ly")
                && !super::is_auxiliary(view.lower(idx - 1))
                && !matches!(
                    view.lower(idx - 1),
                    "and"
                        | "then"
                        | "also"
                        | "later"
                        | "again"
                        | "first"
                        | "never"
                        | "once"
                        | "who"
                        | "often"
                        | "sometimes"
                        | "still"
                        | "already"
                        | "just"
                )
            {
                return None;
            }
            // One receives, hosts or visits a person; "receiving the U.S. response" is no visit.
            if kind == EventKind::Meeting && other.entity_type != EntityType::Person {
                return None;
            }
            // "called Laurent “a liar”", "what he called Laurent's “sex tape”", "called
            // Laurent's remarks childish": naming, not a call (one calls a person, not a
            // possession).
            let after = view.after(other);
            // The word after the name and any apposition set off by commas after it.
            let next = if view.text(after) == "," {
                (after + 1..sentence_end.min(after + 24))
                    .find(|&i| view.text(i) == ",")
                    .map_or(after, |comma| comma + 1)
            } else {
                after
            };
            // "called Laurent a liar", "called Laurent, a former trucker, an outstanding
            // leader": what follows the name (and an apposition) is what he was called.
            // (A headline drops the article: "Berg calls Dunn risk to U.S. safety".)
            let sentence = &view.segmented.sentences[view.sentence_of[idx]];
            let headline_noun = (sentence.headline || sentence.paragraph == 0)
                && view.kind(next) == Some(crate::model::TokenKind::Word)
                && (view.text(next).starts_with(char::is_lowercase)
                    || sentence.headline && view.mention_starting(next).is_none())
                && !view.lower(next).ends_with("ly")
                && !CLAUSE_WORDS.contains(&view.lower(next))
                && !super::is_auxiliary(view.lower(next))
                && !matches!(
                    view.lower(next),
                    "on" | "in"
                        | "at"
                        | "to"
                        | "from"
                        | "about"
                        | "over"
                        | "after"
                        | "before"
                        | "amid"
                        | "with"
                        | "for"
                        | "and"
                        | "but"
                        | "or"
                        | "as"
                        | "again"
                        | "back"
                        | "twice"
                        | "during"
                        | "ahead"
                        | "last"
                        | "this"
                        | "today"
                        | "yesterday"
                        | "tonight"
                        | "out"
                        | "off"
                        | "up"
                        | "into"
                        | "by"
                );
            let named_as = matches!(view.lower(next), "a" | "an") || headline_noun;
            // "called Brooks, a former county chairman, onto the stage": summoned up there.
            let summoned = matches!(view.lower(next), "onto" | "forward")
                || matches!(view.lower(next), "up" | "to")
                    && (next + 1..next + 3)
                        .any(|i| matches!(view.lower(i), "stage" | "podium" | "microphone"));
            if kind == EventKind::Call
                && ((after..after + 3)
                    .any(|i| matches!(view.text(i), "“" | "\"" | "‘" | "''" | "'"))
                    || view.is_possessive(other)
                    || named_as
                    || summoned)
            {
                return None;
            }
            // "“Why not?” asked Laurent": a question's speaker, not its addressee. "thanked
            // Petrov on Twitter": a post for all to read.
            if directed(view, idx)
                && idx > sentence_start
                && matches!(view.text(idx - 1), "”" | "\"" | "''" | "?")
                || (directed(view, idx) || kind == EventKind::Told) && posted(view, idx)
            {
                return None;
            }
            // "Laurent and Dunn pressed the envoys", "Laurent and Dunn told Brooks": the
            // subjects of a verb one party addresses to another are one side, which need not
            // have addressed each other. ("Laurent and Dunn met Brooks" is one meeting of the
            // three.)
            if !passive
                && subject.len() >= 2
                && (directed(view, idx) || matches!(kind, EventKind::Told | EventKind::Letter))
            {
                return one_side(view, kind, idx, &subject, other);
            }
            participants.push(other);
            // A verb addressed to a party takes no agent from after it ("asked the court to
            // decide whether Petrov …" names the one spoken of, not the one who asked).
            if participants.len() == 1 && passive {
                // "Asked by Brooks if Laurent “gets” it, Petrov avoided an answer": the one
                // asked opens the clause after the comma.
                let after = view.after(other);
                let comma = (after..sentence_end).find(|&i| view.text(i) == ",");
                participants.extend(
                    comma
                        .and_then(|comma| view.mention_starting(comma + 1))
                        .filter(|m| m.entity_type == EntityType::Person && is_party(m)),
                );
            } else if passive {
                // The one who asked acts: first.
                participants.rotate_right(1);
            } else if participants.len() == 1 && !directed(view, idx) {
                // "after receiving Horvath, Petrov said": the agent is named later in the
                // sentence. A person named before a verb without its subject is more often
                // the object of an earlier verb ("went up against Laurent five times, debated
                // Petrov") than its subject.
                let at = view.tokens[idx].span.start;
                // "emailed Abedin and Mills": a second object is no agent.
                let after = view.after(other);
                let coordinated = |m: &Mention| {
                    matches!(kind, EventKind::Letter | EventKind::Told)
                        && view.lower(after) == "and"
                        && view.start_of(m) <= after + 2
                };
                participants.extend(
                    nearest_person(view, idx, sentence_start, sentence_end, other)
                        .filter(|m| m.span.start > at && !coordinated(m)),
                );
            }
        }
        Pattern::Noun => {
            // "a meeting between Petrov and Laurent", "talks between Washington and Moscow".
            // "a meeting of the leaders of Brazil, China and India", "talks among …": the
            // parties listed after the noun, two at least.
            if matches!(view.lower(idx + 1), "between" | "among" | "of") {
                let mut first = idx + 2;
                if view.lower(idx + 1) == "of" {
                    // "of the leaders of", "of foreign ministers from": a few lowercase words
                    // naming who represented the parties.
                    first = (idx + 2..idx + 6)
                        .take_while(|&i| view.text(i).starts_with(|c: char| c.is_lowercase()))
                        .find(|&i| matches!(view.lower(i), "of" | "from"))
                        .map_or(idx + 2, |i| i + 1);
                }
                let parties = party_list(view, first, sentence_end);
                if parties.len() < 2 {
                    return None;
                }
                return finish_event(view, kind, idx, &parties);
            }
            let mut cursor = idx + 1;
            let mut other = None;
            while cursor < sentence_end && cursor < idx + 6 {
                let to = kind == EventKind::Told && view.lower(cursor) == "to";
                // "was interviewed by the Daily Ledger".
                let by = kind == EventKind::Interview && view.lower(cursor) == "by";
                // "an interview on Ledger TV's Market Hour".
                let on = kind == EventKind::Interview && view.lower(cursor) == "on";
                // "a question for the senator".
                let asked = cursor == idx + 1
                    && matches!(view.lower(idx), "question" | "questions")
                    && view.lower(cursor) == "for";
                // "received a call from Laurent" (not "a readout of the call from the
                // Kremlin").
                let from = kind == EventKind::Call
                    && view.lower(cursor) == "from"
                    && (idx.saturating_sub(3)..idx).any(|i| {
                        matches!(
                            view.lower(i),
                            "received"
                                | "receives"
                                | "receiving"
                                | "got"
                                | "gets"
                                | "took"
                                | "takes"
                                | "taking"
                                | "returned"
                                | "returns"
                                | "returning"
                        )
                    });
                if to
                    || on
                    || by
                    || asked
                    || from
                    || matches!(view.lower(cursor), "with" | "against")
                {
                    // ("an interview with “Morning Desk”": a programme in quotation marks;
                    // "calls with both Brooks and Dunn".)
                    let next = match view.kind(cursor + 1) {
                        Some(crate::model::TokenKind::OpenQuote) => cursor + 2,
                        _ if view.lower(cursor + 1) == "both" => cursor + 2,
                        _ => cursor + 1,
                    };
                    other = party_at(view, next).or_else(|| part_of(view, next));
                    // ("interviewed on the subject Thursday by the Ledger": "on" named no
                    // programme; look further.)
                    if on && other.is_none() {
                        cursor += 1;
                        continue;
                    }
                    // "an interview on Ledger TV's Market Hour with Ann Brooks": the journalist
                    // named after the programme interviewed (the programme only names where).
                    if on {
                        if let Some(programme) = other {
                            let after = view.after(programme);
                            let journalist = (after..after + 3)
                                .find(|&i| view.lower(i) == "with")
                                .and_then(|with| party_at(view, with + 1))
                                .filter(|m| m.entity_type == EntityType::Person);
                            other = journalist.or(other);
                        }
                    }
                    break;
                }
                // "in a CNN interview that the onus is on Petrov": a clause after the noun is
                // no longer about it.
                // ("an excerpt of the interview, which will be on the Ledger network": a
                // relative clause still speaks of it.)
                if opens_clause(view, cursor) {
                    break;
                }
                cursor += 1;
            }
            // "In a Bloomberg interview, Petrov declared": the outlet before the noun is the
            // interviewer, and the interviewee is named elsewhere in the sentence.
            let mut subject = subject.clone();
            // "during NBC's commander in chief forum": the outlet that held the forum (named
            // a few words before it, as the trigger found) questioned the one named nearby.
            // (The outlet right before the forum's name: not "NBC's Brooks after the forum".)
            if other.is_none() && matches!(view.lower(idx), "forum" | "hall") {
                let mut i = idx;
                while i > idx.saturating_sub(6) && other.is_none() {
                    i -= 1;
                    if let Some(m) = view.mention_starting(i).filter(|m| view.after(m) <= idx) {
                        // (A title on the way, "commander in chief", names no party.)
                        if m.org_kind == Some(OrgKind::News) {
                            other = Some(m);
                        } else if is_party(m) {
                            break;
                        }
                    }
                }
                if other.is_some() {
                    subject.retain(|m| m.org_kind != Some(OrgKind::News));
                    // "During a Ledger News town hall, Brooks had a question for the senator":
                    // the forum questioned the one the questions were for, not who asked.
                    let asked = (idx + 1..sentence_end.saturating_sub(2))
                        .find(|&i| {
                            matches!(view.lower(i), "question" | "questions")
                                && view.lower(i + 1) == "for"
                        })
                        .and_then(|i| party_at(view, i + 2));
                    if let Some(asked) = asked {
                        subject = vec![asked];
                    }
                }
            }
            if other.is_none() && kind == EventKind::Interview {
                if let [outlet] = subject.as_slice() {
                    if outlet.org_kind == Some(OrgKind::News) {
                        other = Some(*outlet);
                        subject.clear();
                    }
                }
            }
            if subject.is_empty() && other.is_none() {
                // "During their phone call Tuesday, Petrov and Laurent reaffirmed …": the two
                // the possessive stands for are the subject after the phrase.
                subject = their_pair(view, idx, sentence_end);
            }
            if subject.is_empty() && other.is_none() {
                // "Petrov and Laurent are tied heading into their first debate": or the two
                // opening the sentence before it.
                subject = their_subjects(view, idx, sentence_start);
            }
            if kind == EventKind::Debate && other.is_none() && subject.len() < 2 {
                return finish_event(view, kind, idx, &rivals(view, sentence_start, sentence_end));
            }
            if subject.len() >= 2 && other.is_none() {
                // "Petrov and Laurent held talks" (not "Petrov and Laurent did not respond to
                // interview requests": one is interviewed or told by another).
                if matches!(kind, EventKind::Interview | EventKind::Told) {
                    return None;
                }
                participants.extend(subject.iter().copied());
            } else {
                let other = other?;
                // ("Two hours after that interview aired on Ledger News, the governor acted":
                // an event told before, whose parties are not the ones named around it now.)
                let told_before = idx > sentence_start
                    && matches!(view.lower(idx - 1), "that" | "this" | "those" | "these");
                if subject.is_empty() && told_before {
                    return None;
                }
                if subject.is_empty() {
                    if let Some(fronted) = fronted_subject(view, idx, sentence_start, sentence_end)
                    {
                        // "During an interview with Brooks that aired Monday, Petrov said".
                        return finish_event(view, kind, idx, &[fronted, other]);
                    }
                    // "I did that over breakfast with Berg and Dunn": the writer was the other
                    // side, and the two named were guests together.
                    if matches!(view.text(sentence_start), "I" | "We") {
                        return None;
                    }
                    // "Petrov met with Brooks in May and declared in an interview with the
                    // Ledger that …": the subject of the verbs "and" joins, not the one met.
                    let joint = (sentence_start.max(idx.saturating_sub(6))..idx)
                        .rev()
                        .find(|&i| view.lower(i) == "and")
                        .filter(|&and| {
                            (and + 1..idx).all(|i| {
                                view.kind(i) == Some(crate::model::TokenKind::Word)
                                    && view.text(i).starts_with(char::is_lowercase)
                            })
                        });
                    if let Some(first) = joint
                        .and_then(|and| series_subject(view, and, sentence_start))
                        .filter(|m| m.span != other.span)
                    {
                        return finish_event(view, kind, idx, &[first, other]);
                    }
                    // "In a statement to Laurent, Petrov said": the person named nearby acted.
                    participants.extend(nearest_person(
                        view,
                        idx,
                        sentence_start,
                        sentence_end,
                        other,
                    ));
                    participants.push(other);
                } else {
                    // "Petrov and Laurent began talks with Brooks": the subjects are one side.
                    return one_side(view, kind, idx, &subject, other);
                }
            }
        }
    }
    finish_event(view, kind, idx, &participants)
}

/// Whether "called" at `idx` gives a name rather than reports a call: after a form of "be"
/// with a name next ("is called Ledger 45", not "was called on Monday by Petrov"), or after an
/// indefinite noun phrase ("a newly formed super PAC called Ledger 45").
fn naming(view: &View, idx: usize, sentence_start: usize) -> bool {
    // "the relationship between Petrov and Laurent, as they call each other", "as he calls
    // her": what one calls another.
    if idx >= sentence_start + 2
        && view.lower(idx - 2) == "as"
        && matches!(view.lower(idx), "call" | "calls" | "called")
    {
        return true;
    }
    if view.lower(idx) != "called" || idx == sentence_start {
        return false;
    }
    let named = view.text(idx + 1).starts_with(char::is_uppercase)
        && !super::dates::is_calendar_word(view.lower(idx + 1));
    let prev = view.lower(idx - 1);
    if named
        && matches!(
            prev,
            "is" | "was" | "are" | "were" | "be" | "been" | "being"
        )
    {
        return true;
    }
    // An indefinite noun phrase right before: "a", then up to five words of a noun phrase
    // (lowercase, or an acronym such as "PAC"), none a word that opens a clause.
    (idx.saturating_sub(6).max(sentence_start)..idx)
        .rev()
        .take_while(|&i| {
            let word = view.text(i);
            let lower = view.lower(i);
            view.kind(i) == Some(crate::model::TokenKind::Word)
                && (word.starts_with(char::is_lowercase)
                    || word.len() <= 4 && word.chars().all(|c| c.is_ascii_uppercase()))
                && !CLAUSE_WORDS.contains(&lower)
                && !super::is_auxiliary(lower)
                && !matches!(lower, "and" | "or" | "but" | "who" | "then" | "also")
        })
        .any(|i| matches!(view.lower(i), "a" | "an") && i + 1 < idx)
}

/// The party whose offer, request or invitation the words from `idx` name: "the Petrov
/// administration's request", "Ledger News's offer".
fn offer_of_party<'a>(view: &View<'a>, idx: usize) -> Option<&'a Mention> {
    let at = if view.lower(idx) == "the" {
        idx + 1
    } else {
        idx
    };
    view.mention_starting(at).filter(|m| {
        // "the Petrov administration's request": the offer of the one whose administration,
        // government or campaign made it.
        let after = view.after(m);
        let (owned, what) = if matches!(
            view.lower(after),
            "administration's" | "government's" | "campaign's" | "office's"
        ) {
            (true, after + 1)
        } else {
            (view.is_possessive(m), after)
        };
        is_party(m)
            && owned
            && matches!(
                view.lower(what),
                "offer"
                    | "offers"
                    | "request"
                    | "requests"
                    | "invitation"
                    | "invitations"
                    | "proposal"
                    | "proposals"
            )
    })
}

/// Whether the trigger at `idx` is a verb one party addresses to another ("urged", "asked"):
/// its subject acts alone, and its object is the one addressed.
fn directed(view: &View, idx: usize) -> bool {
    DIRECTED.contains(&view.lower(idx))
}

/// Nouns for one person of a party or body ("the GOP front-runner", "a White House
/// spokesman"): after the party's name, the phrase names that person.
const PARTY_MEMBER: &[&str] = &[
    "front-runner",
    "frontrunner",
    "nominee",
    "candidate",
    "hopeful",
    "chairman",
    "chairwoman",
    "chair",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "senator",
    "congressman",
    "congresswoman",
    "lawmaker",
    "official",
    "aide",
    "adviser",
    "advisor",
    "strategist",
    "operative",
    "donor",
    "bomber",
];

/// Verbs of receiving a visitor: a meeting with the person received, hosted or visited.
const HOSTING: &[&str] = &[
    "receiving",
    "received",
    "receives",
    "hosted",
    "hosting",
    "hosts",
    "welcomed",
    "visited",
];

/// The verbs of [`directed`] ("warned" and "warns" are `told` triggers, the others `other`).
const DIRECTED: &[&str] = &[
    "urged",
    "urges",
    "pressed",
    "presses",
    "lobbied",
    "thanked",
    "congratulated",
    "congratulates",
    "asked",
    "asks",
    "confronted",
    "warned",
    "warns",
];

/// "During their call Tuesday, Petrov and Laurent …": after "their" and the noun at `idx`, the
/// two parties joined by "and" that open the clause after the next comma.
fn their_pair<'a>(view: &View<'a>, idx: usize, end: usize) -> Vec<&'a Mention> {
    let Some(before) = idx.checked_sub(1) else {
        return Vec::new();
    };
    let their = (before.saturating_sub(2)..=before).any(|i| view.lower(i) == "their");
    let comma = (idx + 1..end.min(idx + 6)).find(|&i| view.text(i) == ",");
    let (true, Some(comma)) = (their, comma) else {
        return Vec::new();
    };
    let Some(first) = view.mention_starting(comma + 1).filter(|m| is_party(m)) else {
        return Vec::new();
    };
    let and = view.after(first);
    match view.mention_starting(and + 1) {
        Some(second) if view.lower(and) == "and" && is_party(second) => vec![first, second],
        _ => Vec::new(),
    }
}

/// "Petrov and Laurent are tied heading into their first debate", "Petrov and Laurent said
/// their talks went well": after "their" (and an adjective) before the noun at `idx`, the two
/// parties joined by "and" that open the sentence (after one word at most).
fn their_subjects<'a>(view: &View<'a>, idx: usize, start: usize) -> Vec<&'a Mention> {
    let their = (idx.saturating_sub(2).max(start)..idx).find(|&i| view.lower(i) == "their");
    // ("Both Petrov and Laurent": a word may come first.)
    let first = (start..(start + 2).min(idx)).find_map(|i| view.mention_starting(i));
    let (Some(their), Some(first)) = (their, first) else {
        return Vec::new();
    };
    let and = view.after(first);
    let second = view
        .mention_starting(and + 1)
        .filter(|m| view.lower(and) == "and" && view.after(m) < their);
    match second {
        Some(second) if is_party(first) && is_party(second) && !view.is_possessive(second) => {
            vec![first, second]
        }
        _ => Vec::new(),
    }
}

/// "During an interview with Brooks that aired Monday, Petrov discussed …": when the noun at
/// `idx` is in a phrase opening the sentence, the party right after the comma closing that
/// phrase, the subject of the sentence.
fn fronted_subject<'a>(
    view: &View<'a>,
    idx: usize,
    start: usize,
    end: usize,
) -> Option<&'a Mention> {
    let opens = matches!(
        view.lower(start),
        "in" | "during"
            | "at"
            | "after"
            | "before"
            | "following"
            | "speaking"
            | "talking"
            | "sitting"
    );
    if !opens || idx > start + 4 {
        return None;
    }
    let mut comma = (idx + 1..end.min(idx + 16)).find(|&i| view.text(i) == ",")?;
    // "about his project, “Latin History for Dummies,” the actor discussed": past a quoted
    // title in apposition.
    if view.kind(comma + 1) == Some(crate::model::TokenKind::OpenQuote) {
        let close = (comma + 2..end.min(comma + 16))
            .find(|&i| view.kind(i) == Some(crate::model::TokenKind::CloseQuote))?;
        comma = if view.text(close + 1) == "," {
            close + 1
        } else if view.text(close - 1) == "," {
            close
        } else {
            return None;
        };
    }
    let named = view
        .mention_starting(comma + 1)
        .filter(|m| is_party(m) && m.kind != MentionKind::Pronoun && !view.is_possessive(m));
    // "In a statement to the Ledger, her senior policy adviser, Tom Dunn, said": a title
    // owned by a pronoun, then the name in apposition.
    let titled = || {
        if !matches!(view.lower(comma + 1), "her" | "his" | "their" | "its") {
            return None;
        }
        let second = (comma + 2..end.min(comma + 8))
            .take_while(|&i| {
                view.kind(i) == Some(crate::model::TokenKind::Word) || view.text(i) == ","
            })
            .find(|&i| view.text(i) == ",")?;
        view.mention_starting(second + 1).filter(|m| {
            m.entity_type == EntityType::Person
                && m.kind == MentionKind::Name
                && view.text(view.after(m)) == ","
        })
    };
    named.or_else(titled)
}

/// An event between the parties of `side`, acting together, and `other`.
fn one_side(
    view: &View,
    kind: EventKind,
    idx: usize,
    side: &[&Mention],
    other: &Mention,
) -> Option<Event> {
    let mut participants = side.to_vec();
    participants.push(other);
    finish_event(view, kind, idx, &participants).map(|event| Event {
        agent_mentions: side.len().max(1),
        ..event
    })
}

/// Parties listed from `idx`: "Brazil, China, India and South Africa", "Petrov and Laurent".
fn party_list<'a>(view: &View<'a>, mut idx: usize, end: usize) -> Vec<&'a Mention> {
    let mut parties = Vec::new();
    while idx < end {
        let Some(party) = party_at(view, idx) else {
            break;
        };
        parties.push(party);
        let after = view.after(party);
        idx = match (view.text(after), view.lower(after + 1)) {
            (",", "and") => after + 2,
            (",", _) => after + 1,
            (word, _) if word.eq_ignore_ascii_case("and") => after + 1,
            _ => break,
        };
    }
    parties
}

/// An event of the trigger at `idx` between `participants`, with its status, date and
/// evidence read from the sentence; `None` unless there are two distinct parties.
fn finish_event(
    view: &View,
    kind: EventKind,
    idx: usize,
    participants: &[&Mention],
) -> Option<Event> {
    let (sentence_start, sentence_end) = view.sentence_bounds(idx);
    // "an interview with NBC News correspondent Anna Berg", "CNN's Tom Dunn": a person and
    // the organization named as hers are one side, never a pair.
    let employer = |org: &Mention| {
        org.entity_type == EntityType::Organization
            && participants.iter().any(|person| {
                person.entity_type == EntityType::Person && names_as_hers(view, org, person)
            })
    };
    let mut spans: Vec<_> = participants
        .iter()
        // ("Republicans ask DOJ to investigate": members of a party, no one named, are not
        // the party.)
        .filter(|m| {
            !employer(m) && !is_gathering(view, m) && !is_byline(view, m) && !party_members(view, m)
        })
        .map(|m| m.span)
        .collect();
    spans.dedup();
    if spans.len() < 2 {
        return None;
    }
    let (kind, status, tense) = qualify(view, kind, idx, sentence_start, sentence_end);
    let published = view.article.date.as_deref();
    let same_day = (sentence_start..sentence_end)
        .any(|i| view.lower(i) == "same" && view.lower(i + 1) == "day");
    let in_words = |from: usize| {
        dates::in_tokens(
            view,
            from,
            sentence_end,
            published,
            tense,
            Possessive::Owns(idx),
        )
    };
    // "It began Jan. 30, when Berg challenged Dunn to debate him on April 14": what is to come
    // takes a day named after its cue first.
    let ahead = (tense == Tense::Future).then(|| in_words(idx)).flatten();
    let date = ahead
        .or_else(|| in_words(sentence_start))
        .or_else(|| {
            same_day
                .then(|| earlier_day(view, sentence_start, published))
                .flatten()
        })
        .or_else(|| paragraph_date(view, sentence_start, published, status));
    Some(Event {
        kind,
        participants: Vec::new(),
        participant_mentions: spans,
        agent_mentions: 1,
        agents: Vec::new(),
        status,
        date,
        place: None,
        place_mention: None,
        cue: view.text(idx).to_string(),
        evidence: vec![view.segmented.sentences[view.sentence_of[idx]].span],
    })
}

/// Whether a mention is the agency of a dateline, "WASHINGTON, Dec. 8 (UPI) —": the
/// article's source, no party.
fn is_byline(view: &View, m: &Mention) -> bool {
    let text = &view.article.text;
    text[..m.span.start].trim_end().ends_with('(')
        && text[m.span.end..]
            .trim_start()
            .strip_prefix(')')
            .is_some_and(|rest| rest.trim_start().starts_with(['—', '–', '-']))
}

/// Whether a named body is a public gathering, which one speaks at, not with: "the Vesna
/// Dialogue, a regional security forum", "the Ledger Network conference".
fn is_gathering(view: &View, m: &Mention) -> bool {
    const GATHERINGS: &[&str] = &[
        "conference",
        "convention",
        "rally",
        "gala",
        "festival",
        "forum",
        "summit",
        "symposium",
        "gathering",
    ];
    if m.entity_type == EntityType::Person {
        return false;
    }
    let after = view.after(m);
    if GATHERINGS.contains(&view.lower(after)) {
        return true;
    }
    // An apposition: ", a regional security forum", ", an annual conference of".
    view.text(after) == ","
        && matches!(view.lower(after + 1), "a" | "an" | "the")
        && (after + 2..after + 6)
            .take_while(|&i| view.kind(i) == Some(crate::model::TokenKind::Word))
            .any(|i| GATHERINGS.contains(&view.lower(i)))
}

/// Whether the organization `org` is named as the person's own, right before her name and
/// title: "NBC News Senior Correspondent Anna Berg", "CNN's Tom Dunn", "the Ledger reporter
/// Tom Dunn", or her role is stated as of it.
fn names_as_hers(view: &View, org: &Mention, person: &Mention) -> bool {
    let of_it = person
        .role
        .as_ref()
        .and_then(|role| role.of.as_ref())
        .is_some_and(|(name, _)| *name == org.canonical.as_deref().unwrap_or(&org.name));
    let start = person.phrase.start.min(person.span.start);
    let Some(between) = (org.span.end <= start)
        .then(|| view.article.text.get(org.span.end..start))
        .flatten()
    else {
        return of_it;
    };
    // "CNN's Tom Dunn", "Ledger Live's Tom Dunn" (not "CNN, Dunn" or "In a CNN interview
    // Dunn said").
    let possessive = ["'s ", "’s ", "' ", "’ "].iter().any(|mark| {
        between.strip_suffix(mark).is_some_and(|words| {
            words.split_whitespace().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(char::is_alphanumeric)
            })
        })
    });
    // "NBC News Senior Correspondent Anna Berg": her title, and capitalized words before it.
    let titled = person.role.is_some()
        && between.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        });
    of_it || person.kind != MentionKind::Pronoun && (possessive || titled)
}

/// "invited Laurent to a meeting", "to talks in Geneva": what the invitation is to, from `idx`.
fn invited_to_meet(view: &View, idx: usize) -> bool {
    view.lower(idx) == "to"
        && (idx + 1..idx + 4).any(|i| {
            matches!(
                view.lower(i),
                "meeting"
                    | "talks"
                    | "summit"
                    | "dinner"
                    | "lunch"
                    | "breakfast"
                    | "meet"
                    | "discuss"
            )
        })
}

/// "sent Petrov a letter", "wrote Laurent a note": the party right after the verb, followed by
/// what was sent.
fn double_object<'a>(view: &View<'a>, idx: usize) -> Option<&'a Mention> {
    let recipient = party_at(view, idx + 1)?;
    let after = view.after(recipient);
    let article = matches!(
        view.lower(after),
        "a" | "an" | "the" | "his" | "her" | "their"
    );
    let thing = (after + 1..after + 3).any(|i| is_letter_word(view, i));
    (article && thing).then_some(recipient)
}

/// Whether the word at `i` names a written message ("letter", "email", "memo").
fn is_letter_word(view: &View, i: usize) -> bool {
    matches!(
        view.lower(i),
        "letter"
            | "letters"
            | "message"
            | "messages"
            | "note"
            | "email"
            | "emails"
            | "e-mail"
            | "memo"
            | "text"
            | "cable"
            | "response"
            | "reply"
            | "proposal"
            | "invitation"
            | "document"
            | "documents"
            | "responses"
            | "replies"
    )
}

/// A party: a person, an organization acting as one, or a state.
fn party_at<'a>(view: &View<'a>, idx: usize) -> Option<&'a Mention> {
    // "told “Morning Desk”": a programme in quotation marks.
    if view.kind(idx) == Some(crate::model::TokenKind::OpenQuote) {
        return view
            .mention_starting(idx + 1)
            .filter(|m| m.org_kind == Some(OrgKind::News));
    }
    // "told a meeting of Pacific Island leaders", "spoke to a gathering of the delegation":
    // those gathered.
    if matches!(view.lower(idx), "a" | "an" | "the")
        && matches!(
            view.lower(idx + 1),
            "meeting" | "gathering" | "session" | "group"
        )
        && view.lower(idx + 2) == "of"
    {
        return party_at(view, idx + 3);
    }
    // "met with the rest of the caucus": the group still.
    if view.lower(idx) == "the" && view.lower(idx + 1) == "rest" && view.lower(idx + 2) == "of" {
        return party_at(view, idx + 3);
    }
    let determiner = matches!(
        view.lower(idx),
        "the" | "his" | "her" | "their" | "its" | "my" | "our" | "your"
    );
    // "with conservative host Ann Brooks", "told radio host Brooks": a word or two describing
    // the title of a name need no determiner ("told reporters Petrov had lied" names no party
    // of "told", nor "called again for President Petrov to resign" a call).
    let describing = |i: usize| {
        let lower = view.lower(i);
        view.kind(i) == Some(crate::model::TokenKind::Word)
            && view.text(i).starts_with(|c: char| c.is_lowercase())
            && !CLAUSE_WORDS.contains(&lower)
            && !super::is_auxiliary(lower)
            && !matches!(
                lower,
                "without" | "against" | "upon" | "into" | "through" | "over" | "under" | "again"
            )
    };
    let described = !determiner && describing(idx);
    // "met her Republican opponents", "told her husband": "her" before a noun is a
    // determiner, not the one met.
    let her_determiner = view.lower(idx) == "her" && noun_follows(view, idx + 1);
    let mut mention = view
        .mention_starting(idx)
        .filter(|_| !her_determiner)
        .or_else(|| {
            // "the Daily Ledger", "his senior adviser Laurent", "my colleague Ann Brooks": a
            // determiner, maybe a description, then the name.
            // ("visited the grave of Berg": what comes after "of" is not the one visited.)
            let words = (idx + 1..idx + 5).take_while(|&i| {
                (determiner || described)
                    && view.kind(i) == Some(crate::model::TokenKind::Word)
                    && view.lower(i) != "of"
            });
            // ("presumptive Republican presidential nominee Ann Brooks": a party, country or
            // body used as an adjective among the describing words.)
            let adjective = |m: &Mention| {
                m.entity_type != EntityType::Person
                    && m.kind != MentionKind::Title
                    && describing(view.after(m))
            };
            let modifier = |w: usize| {
                let text = view.text(w);
                let party_adjective = || {
                    view.lexicon.demonyms.contains_key(text)
                        || view.lexicon.region_demonyms.contains_key(text)
                        || view
                            .lexicon
                            .known
                            .get(&format!("{text}s"))
                            .is_some_and(|k| k.org_kind == Some(OrgKind::Party))
                };
                describing(w)
                    || text.starts_with(char::is_uppercase)
                        && describing(w + 1)
                        && party_adjective()
                    || (w.saturating_sub(2)..=w).any(|start| {
                        view.mention_starting(start)
                            .is_some_and(|m| adjective(m) && start <= w && w < view.after(m))
                    })
            };
            let mut last = idx;
            for i in words {
                if let Some(mention) = view.mention_starting(i) {
                    if adjective(mention) && described {
                        last = i;
                        continue;
                    }
                    // "told the Paris daily Ledger": the place says where the outlet is.
                    let place = matches!(
                        mention.entity_type,
                        EntityType::City | EntityType::Country | EntityType::Place
                    );
                    if place
                        && matches!(
                            view.lower(view.after(mention)),
                            "daily"
                                | "newspaper"
                                | "paper"
                                | "weekly"
                                | "magazine"
                                | "broadcaster"
                                | "network"
                                | "channel"
                                | "station"
                                | "tabloid"
                        )
                    {
                        last = i;
                        continue;
                    }
                    // "asked the GOP front-runner a question": a party used as an adjective
                    // before one of its people names that person, not the party.
                    // ("the Ledger Party nominee Tom Dunn": the name that follows.)
                    let after = view.after(mention);
                    if mention.entity_type != EntityType::Person
                        && PARTY_MEMBER.contains(&view.lower(after))
                    {
                        return view.mention_starting(after + 1).filter(|m| {
                            m.entity_type == EntityType::Person && m.kind == MentionKind::Name
                        });
                    }
                    // The title opens the mention's phrase, right after the describing words.
                    let titled = (mention.kind == MentionKind::Title || mention.role.is_some())
                        && i <= idx + 4
                        && (idx..i)
                            .take_while(|&w| view.tokens[w].span.end <= mention.phrase.start)
                            .all(modifier);
                    // "told television channel Ledger TV": a news outlet after the words saying
                    // what kind it is.
                    let outlet =
                        mention.org_kind == Some(OrgKind::News) && (idx..i).all(&describing);
                    return (determiner || titled || outlet).then_some(mention);
                }
                last = i;
            }
            // "his senior climate adviser, Ann Brooks, to …": the description, then the name set
            // off by commas (a name after one comma only may be the next clause's subject).
            (determiner && last > idx && view.text(last + 1) == ",")
                .then(|| view.mention_starting(last + 2))
                .flatten()
                .filter(|m| m.entity_type == EntityType::Person && m.kind == MentionKind::Name)
                .filter(|m| view.text(view.after(m)) == ",")
        })?;
    // "told French television channel Ledger TV", "the German newspaper Ledger": a nationality
    // and the words saying what kind of outlet, then the outlet.
    if mention.kind == MentionKind::Demonym {
        let after = view.after(mention);
        let outlet = (after..after + 3)
            .take_while(|&i| describing(i))
            .last()
            .and_then(|last| view.mention_starting(last + 1))
            .filter(|m| m.org_kind == Some(OrgKind::News));
        if let Some(outlet) = outlet {
            return Some(outlet);
        }
    }
    // "Hungarian Prime Minister Viktor Horvath", "his adviser, Ann Brooks,": a nationality or a
    // title, then the name.
    if matches!(mention.kind, MentionKind::Demonym | MentionKind::Title) {
        let after = view.after(mention);
        let next = if view.text(after) == "," {
            after + 1
        } else {
            after
        };
        if let Some(name) = view
            .mention_starting(next)
            .filter(|m| m.kind == MentionKind::Name && m.entity_type == EntityType::Person)
        {
            mention = name;
        }
    }
    // "Ledger News host Ann Brooks", "Berg campaign chairman Tom Dunn": a name used as an
    // adjective before a lowercase title and the person's name.
    if !view.is_possessive(mention) {
        let after = view.after(mention);
        let title_words = (after..after + 3)
            .take_while(|&i| {
                describing(i)
                    // (Not "told host Brooks a Dunn loss is likely": the next clause.)
                    && !matches!(
                        view.lower(i),
                        "a" | "an"
                            | "the"
                            | "this"
                            | "his"
                            | "her"
                            | "its"
                            | "their"
                            | "our"
                            | "my"
                            | "your"
                            | "to"
                            | "of"
                            | "in"
                            | "on"
                            | "at"
                            | "for"
                            | "by"
                            | "from"
                            | "as"
                            | "than"
                            | "about"
                    )
            })
            .count();
        // (The last word a title or a noun for a speaker: not "Berg disavowed Dunn's".)
        let title = |i: usize| {
            let word = view.lower(i);
            view.lexicon.titles.contains_key(word) || view.lexicon.speaker_nouns.contains(word)
        };
        if title_words > 0 && title(after + title_words - 1) {
            // (The name's mention may open with the words before it, as its title.)
            let at = view.tokens.get(after + title_words).map(|t| t.span.start);
            if let Some(name) = view.mentions.iter().find(|m| {
                Some(m.span.start) == at
                    && m.span != mention.span
                    && m.kind == MentionKind::Name
                    && m.entity_type == EntityType::Person
            }) {
                mention = name;
            }
        }
    }
    // "told Dunn backers that …", "Berg supporters": a generic audience named after whom it
    // backs.
    if !view.is_possessive(mention) && BACKERS.contains(&view.lower(view.after(mention))) {
        return None;
    }
    // "HuffPost Live's Anna Berg": a programme named after its network, then its host.
    if mention.entity_type != EntityType::Person && !view.is_possessive(mention) {
        let after = view.after(mention);
        let owner_end = (after..after + 3)
            .take_while(|&i| {
                view.kind(i) == Some(crate::model::TokenKind::Word)
                    && view.text(i).starts_with(char::is_uppercase)
            })
            .find(|&i| view.lower(i).ends_with("'s"));
        if let Some(host) = owner_end
            .and_then(|end| view.mention_starting(end + 1))
            .filter(|m| m.entity_type == EntityType::Person && m.kind == MentionKind::Name)
        {
            mention = host;
        }
    }
    let after = view.after(mention);
    if view.is_possessive(mention) {
        // "Ruritania's state network RTV", "Laurent's chief of staff, Ivanova": the party is the
        // one named after the possessive; the possessor alone when nothing is named.
        // ("told the Ledger's editorial board that he …": the clause after is no owner's.)
        let owned = (after..after + 4)
            .take_while(|&i| {
                view.mention_starting(i).is_some()
                    || view.text(i).starts_with(|c: char| c.is_lowercase())
                        && !CLAUSE_WORDS.contains(&view.lower(i))
                    || matches!(view.text(i), "," | "“" | "\"" | "''")
            })
            .find_map(|i| {
                view.mention_starting(i)
                    .filter(|m| is_party(m) && m.kind != MentionKind::Pronoun)
            });
        if let Some(owned) = owned {
            // ("wrote to Laurent's Senate office": the office acts for its owner, not for
            // the body that names it.)
            if owned.entity_type != EntityType::Person
                && matches!(
                    view.lower(view.after(owned)),
                    "office" | "offices" | "staff"
                )
            {
                return Some(mention);
            }
            return Some(owned);
        }
        // "met Laurent's wife", "received Laurent's endorsement": what follows the possessive
        // is the one met or the thing received, not its owner; but "hosted Laurent's
        // delegation", "told the Ledger's editorial board": those acting for the owner.
        // ("Laurent's Brooklyn headquarters": past capitalized words that name no party.)
        let noun_at = (after..after + 3)
            .find(|&i| {
                !view.text(i).starts_with(char::is_uppercase)
                    || view.mention_starting(i).is_some_and(is_party)
            })
            .unwrap_or(after);
        let next = view.lower(noun_at);
        let owned_noun = view.text(noun_at).starts_with(|c: char| c.is_lowercase())
            && !CLAUSE_WORDS.contains(&next)
            && !super::is_auxiliary(next);
        let acting_for = matches!(
            next,
            "campaign"
                | "administration"
                | "government"
                | "office"
                | "team"
                | "staff"
                | "delegation"
                | "editorial"
                | "editors"
                | "board"
                | "representatives"
                | "negotiators"
                | "officials"
                | "leadership"
                | "ministry"
                // ("an interview on Mr. Laurent's show": the host's; "with the Ledger's Los
                // Angeles affiliate": the outlet's.)
                | "affiliate"
                | "station"
                | "bureau"
                | "newsroom"
                | "show"
                | "program"
                | "programme"
                | "podcast"
        );
        // ("the State Department's acting legal adviser", "HP's nine directors": an
        // unnamed official or officials of the owner, who stands for them.)
        let official = (noun_at..noun_at + 4)
            .take_while(|&i| view.text(i).starts_with(|c: char| c.is_lowercase()))
            .any(|i| {
                let word = view.lower(i);
                // (An office, not "wife" or "father".)
                let office = |title: &str| {
                    view.lexicon.titles.get(title).is_some_and(|t| {
                        !matches!(t.category.as_str(), "other" | "religious" | "honorific")
                    })
                };
                // ("Dunn's general concerns", "his chief worry": a word that is a title
                // alone is an adjective before a noun, which must be the office itself.)
                let next = view.lower(i + 1);
                let adjective = matches!(word, "general" | "chief" | "senior" | "principal")
                    && view.text(i + 1).starts_with(|c: char| c.is_lowercase())
                    && !CLAUSE_WORDS.contains(&next)
                    && !super::is_auxiliary(next);
                !adjective && (office(word) || word.strip_suffix('s').is_some_and(office))
            });
        if owned_noun && !acting_for && !official {
            return None;
        }
    }
    (is_party(mention) && !generic_audience(view, mention)).then_some(mention)
}

/// "told the Daily Ledger audience", "urged Republicans": a generic audience, not a party.
fn generic_audience(view: &View, mention: &Mention) -> bool {
    let after = view.after(mention);
    let audience = (after..after + 2).any(|i| {
        BACKERS.contains(&view.lower(i))
            || matches!(
                view.lower(i),
                "audience"
                    | "audiences"
                    | "viewers"
                    | "readers"
                    | "listeners"
                    | "crowd"
                    | "members"
                    | "subscribers"
            )
    });
    audience || party_members(view, mention)
}

/// Whether a body is named as the one unnamed members belong to: "members of Congress",
/// "officials of the ministry".
fn unnamed_members(view: &View, m: &Mention) -> bool {
    let first = view.start_of(m);
    first >= 2
        && view.lower(first - 1) == "of"
        && matches!(
            view.lower(first - 2),
            "members" | "officials" | "staffers" | "aides" | "lawmakers"
        )
}

/// Those who back a party, a generic audience named after it ("Dunn backers").
const BACKERS: &[&str] = &[
    "supporters",
    "voters",
    "fans",
    "backers",
    "donors",
    "followers",
    "loyalists",
];

/// "urged Republicans", "Democrats interviewed by": the members of a party, named by one
/// plural word.
fn party_members(view: &View, mention: &Mention) -> bool {
    let after = view.after(mention);
    mention.org_kind == Some(OrgKind::Party)
        && mention.kind == MentionKind::Name
        && after == view.start_of(mention) + 1
        && view.text(after - 1).ends_with('s')
}

/// Whether a mention is followed by a possessive ending ("Laurent's", "the Ledger’s").
/// Whether the word at `idx` can be the noun (or an adjective before it) after a determiner:
/// a word that is no preposition, conjunction, adverb of time or manner, date, pronoun or
/// determiner ("her husband", "her Republican opponents", not "her on Friday", "her twice",
/// "her that", "her he had").
fn noun_follows(view: &View, idx: usize) -> bool {
    let lower = view.lower(idx);
    view.kind(idx) == Some(crate::model::TokenKind::Word)
        && !CLAUSE_WORDS.contains(&lower)
        && !super::is_auxiliary(lower)
        && !dates::is_weekday(lower)
        && !lower.ends_with("ly")
        && !matches!(
            lower,
            "again"
                | "twice"
                | "once"
                | "yesterday"
                | "today"
                | "tonight"
                | "last"
                | "this"
                | "next"
                | "earlier"
                | "later"
                | "not"
                | "up"
                | "down"
                | "back"
                | "over"
                | "afterward"
                | "afterwards"
                | "about"
                | "what"
                | "how"
                | "whether"
                | "why"
                | "where"
                | "he"
                | "she"
                | "it"
                | "they"
                | "we"
                | "i"
                | "you"
                | "the"
                | "a"
                | "an"
                | "there"
        )
}

/// "with the editorial board of the Daily Ledger": a party named after "of" in a short phrase
/// that names a body of it.
fn part_of<'a>(view: &View<'a>, idx: usize) -> Option<&'a Mention> {
    let of = (idx..idx + 5).find(|&i| view.lower(i) == "of")?;
    let words = (idx..of).all(|i| view.kind(i) == Some(crate::model::TokenKind::Word));
    if !words || of == idx {
        return None;
    }
    party_at(view, of + 1).filter(|m| m.entity_type == EntityType::Organization)
}

/// "Russian demands": a state named by its demonym (a region's, "Western", is no party).
fn state_demonym(mention: &Mention) -> bool {
    mention.kind == MentionKind::Demonym && mention.entity_type == EntityType::Country
}

fn is_party(mention: &Mention) -> bool {
    match mention.entity_type {
        EntityType::Person => true,
        EntityType::Organization | EntityType::Country => mention.kind != MentionKind::Demonym,
        // "Moscow" for Russia, "Washington" for the United States.
        EntityType::City | EntityType::Place => mention.metonym_for.is_some(),
    }
}

/// The subject of a trigger: one party or two joined by "and", ending just before it (allowing
/// auxiliaries, modals, adverbs and a day: "Sokolov and Brooks spoke Tuesday", "was due to
/// speak").
fn subject_group<'a>(
    view: &View<'a>,
    idx: usize,
    sentence_start: usize,
    noun_trigger: bool,
) -> Vec<&'a Mention> {
    let mut cursor = idx;
    let mut steps = 0;
    while cursor > sentence_start && steps < 6 {
        let prev = cursor - 1;
        if let Some(pair) = the_two(view, prev, sentence_start) {
            return pair;
        }
        // "Petrov's meeting with Laurent", "the minister's Dec. 28 one-on-one meeting with":
        // the owner of an event noun is its subject.
        if noun_trigger {
            if let Some(owner) = possessive_owner(view, prev, sentence_start) {
                return vec![owner];
            }
        }
        if let Some(mention) = view.mention_ending(prev) {
            // "When an NBC reporter later asked Dunn": an outlet's unnamed journalist stands for
            // the outlet.
            let journalist = mention.kind == MentionKind::Title
                && matches!(
                    view.lower(prev),
                    "reporter" | "reporters" | "correspondent" | "journalist" | "interviewer"
                );
            if journalist {
                return view
                    .mentions_within(mention.phrase.start, mention.phrase.end)
                    .into_iter()
                    .find(|m| m.org_kind == Some(OrgKind::News) && view.after(m) == prev)
                    .map(|m| vec![m])
                    .unwrap_or_default();
            }
            // "went to Paris to meet": a name after a preposition is no subject.
            let start = view.start_of(mention);
            let governed = start > sentence_start
                && matches!(
                    view.lower(start - 1),
                    "to" | "in" | "at" | "from" | "into" | "for" | "on" | "of"
                );
            if governed && steps > 0 {
                return Vec::new();
            }
            return party_group(view, mention, sentence_start);
        }
        let lower = view.lower(prev);
        // "Sen. Ann Brooks (R-Ohio) told …": a short aside in parentheses between the subject
        // and its verb.
        // "Joyce — who is listed as an attorney — told …": so is one between dashes.
        // (Or a hyphen standing alone, as some papers write a dash: "Berg - his co-host -
        // told …".)
        let dash = matches!(view.text(prev), "—" | "–" | "-");
        if lower == ")" || dash {
            let opening = |i: usize| {
                if dash {
                    view.text(i) == view.text(prev)
                } else {
                    view.text(i) == "("
                }
            };
            let open = (prev.saturating_sub(16).max(sentence_start)..prev)
                .rev()
                .find(|&i| opening(i));
            match open {
                Some(open) => {
                    cursor = open;
                    steps += 1;
                    continue;
                }
                None => return Vec::new(),
            }
        }
        // "Laurent, who wrote to Petrov": the relative pronoun stands for the name before it;
        // "Laurent, a co-chairman of the Budget Caucus, who sent a letter": for the person the
        // description after the name describes, not the body named in it.
        // "Brooks, a Tennessee Republican who has met privately with Petrov": the relative
        // pronoun after a description set off by a comma stands for the person it describes.
        if lower == "who" && prev > sentence_start && view.text(prev - 1) != "," {
            let comma = (prev.saturating_sub(8).max(sentence_start + 1)..prev)
                .rev()
                .find(|&i| view.text(i) == ",");
            let described = comma.filter(|&comma| {
                matches!(view.lower(comma + 1), "a" | "an" | "the")
                    && (comma + 2..prev)
                        .all(|i| view.kind(i) == Some(crate::model::TokenKind::Word))
            });
            if let Some(person) = described
                .and_then(|comma| view.mention_ending(comma - 1))
                .filter(|m| m.entity_type == EntityType::Person && m.kind == MentionKind::Name)
            {
                return party_group(view, person, sentence_start);
            }
        }
        if lower == "who" && prev >= sentence_start + 2 && view.text(prev - 1) == "," {
            let Some(before) = view.mention_ending(prev - 2) else {
                return Vec::new();
            };
            let start = view.start_of(before);
            let described = before.entity_type != EntityType::Person
                && start > sentence_start
                && matches!(view.lower(start - 1), "of" | "for" | "at" | "in" | "the");
            if described {
                let from = view.tokens[sentence_start].span.start;
                return view
                    .mentions_within(from, before.span.start)
                    .into_iter()
                    .filter(|m| {
                        m.entity_type == EntityType::Person
                            && m.kind == MentionKind::Name
                            && view.text(view.after(m)) == ","
                    })
                    .max_by_key(|m| m.span.start)
                    .map(|m| party_group(view, m, sentence_start))
                    .unwrap_or_default();
            }
            return party_group(view, before, sentence_start);
        }
        // "Laurent, speaking to the Ledger on Tuesday, said …": a participle set off by a
        // comma right after the party opening the sentence is said of that party. After
        // anything else ("Laurent, an adviser to Petrov, said on Sunday, speaking to …") its
        // subject is the clause's, which the statement's speaker gives (`spoken_to`).
        // ("Laurent, recalling weekly breakfasts with Petrov, …" too.)
        let participle = view.lower(prev + 1);
        if lower == ","
            && participle.ends_with("ing")
            && !matches!(
                participle,
                "including" | "during" | "according" | "following" | "regarding" | "concerning"
            )
        {
            return view
                .mention_ending(prev.saturating_sub(1))
                .filter(|m| first_party(view, sentence_start, prev).map(|f| f.span) == Some(m.span))
                .map(|m| party_group(view, m, sentence_start))
                .unwrap_or_default();
        }
        // "Petrov and Laurent, the ministers of trade, began talks": the subject comes before
        // an apposition set off by commas (a short one, that names no other person).
        if lower == "," {
            let open = (prev.saturating_sub(16).max(sentence_start + 1)..prev)
                .rev()
                .find(|&i| view.text(i) == ",");
            let Some(open) = open else {
                return Vec::new();
            };
            // "Petrov, which …," or "Petrov, who …,": a relative clause, not an apposition;
            // what it holds may be the verb of which Petrov is the object.
            if matches!(view.lower(open + 1), "which" | "who" | "where" | "when") {
                // "Laurent, who led the fund, emailed Brooks": a relative clause on the first
                // party of the sentence leaves it the subject.
                let before = view.mention_ending(open - 1).filter(|m| {
                    view.lower(open + 1) == "who"
                        && first_party(view, sentence_start, open).map(|f| f.span) == Some(m.span)
                });
                return before
                    .map(|m| party_group(view, m, sentence_start))
                    .unwrap_or_default();
            }
            let person_name = |i: usize| {
                view.mention_starting(i)
                    .filter(|m| m.entity_type == EntityType::Person && m.kind == MentionKind::Name)
            };
            // "the network's editor in chief, Ann Brooks, conveyed …": the name set off by
            // the commas is the subject, and what comes before describes it.
            if let Some(name) = person_name(open + 1).filter(|m| view.after(m) == prev) {
                return party_group(view, name, sentence_start);
            }
            // "Anna Berg, Petrov's spokeswoman, told …": the one the title after the
            // possessive describes is the name before the commas, not the title's owner.
            let owners_title = view.mention_starting(open + 1).is_some_and(|owner| {
                view.is_possessive(owner)
                    && view.after(owner) < prev
                    && (view.after(owner)..prev).all(|i| {
                        view.kind(i) == Some(crate::model::TokenKind::Word)
                            && view.text(i).starts_with(char::is_lowercase)
                    })
            });
            if owners_title {
                if let Some(mention) = view
                    .mention_ending(open - 1)
                    .filter(|m| m.entity_type == EntityType::Person)
                {
                    return party_group(view, mention, sentence_start);
                }
            }
            let holds_person = (open + 1..prev).any(|i| person_name(i).is_some());
            return match view.mention_ending(open - 1) {
                Some(mention) if !holds_person => party_group(view, mention, sentence_start),
                _ => Vec::new(),
            };
        }
        // "X is pointing to a recent interview": "to" before a determiner is a preposition,
        // and the name before it is not the subject of the noun (unlike "due to hold talks").
        if lower == "to"
            && matches!(
                view.lower(prev + 1),
                "a" | "an" | "the" | "his" | "her" | "their" | "its"
            )
        {
            return Vec::new();
        }
        let skippable = super::is_auxiliary(lower)
            || matches!(
                lower,
                "may"
                    | "might"
                    | "could"
                    | "can"
                    | "should"
                    | "due"
                    | "to"
                    | "did"
                    | "didn't"
                    | "expected"
                    | "scheduled"
                    | "set"
                    | "plans"
                    | "planned"
                    | "hopes"
                    | "been"
                    | "by"
                    | "phone"
                    | "telephone"
            )
            || dates::is_weekday(lower)
            // ("even went on", "privately met", "personally called", "would often meet": an
            // adverb)
            || matches!(
                lower,
                "even" | "often" | "sometimes" | "also" | "still" | "already" | "later" | "then"
            )
            || lower.len() > 4
                && lower.ends_with("ly")
                && view.text(prev).starts_with(|c: char| c.is_lowercase())
            // ("has been in touch with", "got in touch with")
            || lower == "in" && view.lower(prev + 1) == "touch"
            || matches!(
                lower,
                "got" | "get" | "gets" | "stayed" | "stay" | "kept" | "keep" | "remained"
            ) && view.lower(prev + 1) == "in"
                && view.lower(prev + 2) == "touch"
            // ("the minister's Dec. 28 meeting")
            || noun_trigger
                && (dates::is_calendar_word(lower)
                    || lower == "."
                    || lower.chars().all(|c| c.is_ascii_digit()));
        // A verb and its modifiers between the subject and a trigger noun ("began arduous
        // talks with"), lowercase words only.
        let lowercase_word = view.kind(prev) == Some(crate::model::TokenKind::Word)
            && view.text(prev).starts_with(|c: char| c.is_lowercase())
            && !CLAUSE_WORDS.contains(&lower);
        if !(skippable || noun_trigger && lowercase_word) {
            return Vec::new();
        }
        cursor = prev;
        steps += 1;
    }
    Vec::new()
}

/// The party owning what follows token `idx`: a name or title in the possessive ending there
/// ("Petrov's", "the minister's"). ("His meeting with Laurent" is left to the rest of the
/// sentence: "his" resolved as a pronoun was wrong more often than right on PolNeAR train,
/// as in "Following his meeting with Brooks, Petrov met …".)
fn possessive_owner<'a>(view: &View<'a>, idx: usize, sentence_start: usize) -> Option<&'a Mention> {
    let token = view.tokens.get(idx)?;
    let from = view.tokens[idx.saturating_sub(6).max(sentence_start)]
        .span
        .start;
    view.mentions_within(from, token.span.end)
        .into_iter()
        .filter(|m| is_party(m) && view.after(m) == idx + 1 && view.is_possessive(m))
        .min_by_key(|m| m.span.start)
}

/// Words that end the walk from a trigger noun back to its subject: they open another clause,
/// join another phrase, or make the name before them an object ("likened X to Y in an
/// interview with Z").
const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whom", "because", "when", "while", "if", "and", "or", "but", "said",
    "says", "say", "told", "of", "with", "to", "in", "at", "on", "during", "after", "before",
    "for", "from", "by", "about", "into", "like", "than", "as",
];

/// The party `mention`, with the party joined to it by "and" just before ("Petrov and Laurent").
fn party_group<'a>(
    view: &View<'a>,
    mention: &'a Mention,
    sentence_start: usize,
) -> Vec<&'a Mention> {
    // "They gave written responses": the two parties the sentence before joined by "and".
    if opening_they(view, mention, sentence_start) {
        return they_pair(view, sentence_start);
    }
    // "Petrov and Laurent flew to Paris, where they met Brooks": a "they" further on in the
    // sentence stands for the two it joined by "and" before it.
    if mention.kind == MentionKind::Pronoun && view.lower(view.start_of(mention)) == "they" {
        return pair_within(view, sentence_start, view.start_of(mention));
    }
    // "top Democrats interviewed by …": members of a party, not the party.
    if !is_party(mention) || party_members(view, mention) {
        return Vec::new();
    }
    let mut group = vec![mention];
    let before = view.start_of(mention);
    if before >= sentence_start + 2 && view.lower(before - 1) == "and" {
        if let Some(first) = view.mention_ending(before - 2).filter(|m| is_party(m)) {
            group.insert(0, first);
        }
    }
    group
}

/// "Petrov flew to Paris to see Laurent. The two men met again …": a sentence opening with
/// "the two" or "both" and a plural noun for people, ending at token `end`, stands for the
/// two parties the sentence before joins by "and", or else for the only two people it names.
fn the_two<'a>(view: &View<'a>, end: usize, sentence_start: usize) -> Option<Vec<&'a Mention>> {
    // ("On Monday, the countries exchanged barbs": after an opening phrase and its comma.)
    let from = (sentence_start..end)
        .rev()
        .find(|&i| view.text(i) == ",")
        .map_or(sentence_start, |comma| comma + 1);
    // (Read at every step back from a trigger to its subject: only a phrase of two or three
    // words is worth lowering.)
    if !(2..=3).contains(&(end + 1 - from)) {
        return None;
    }
    let words: Vec<String> = (from..=end).map(|i| view.lower(i).to_string()).collect();
    let noun = match words.as_slice() {
        [the, two, noun] if the == "the" && two == "two" => noun,
        [both, noun] if both == "both" => noun,
        // "the countries", "the two sides" named just before: only when the sentence before
        // names exactly two.
        [the, noun]
            if the == "the" && matches!(noun.as_str(), "countries" | "governments" | "sides") =>
        {
            noun
        }
        _ => return None,
    };
    if !matches!(
        noun.as_str(),
        "men"
            | "women"
            | "leaders"
            | "presidents"
            | "ministers"
            | "officials"
            | "candidates"
            | "senators"
            | "rivals"
            | "politicians"
            | "diplomats"
            | "sides"
            | "governments"
            | "countries"
    ) {
        return None;
    }
    let pair = they_pair(view, sentence_start);
    if !pair.is_empty() {
        return Some(pair);
    }
    let before = sentence_start.checked_sub(1)?;
    let (start, _) = view.sentence_bounds(before);
    let from = view.tokens[start].span.start;
    let to = view.tokens[before].span.end;
    // (One party named twice counts once: by its canonical name, or a person's surname.)
    let key = |m: &Mention| {
        m.canonical
            .clone()
            .unwrap_or_else(|| m.name.rsplit(' ').next().unwrap_or("").to_string())
    };
    let mut people: Vec<&Mention> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for mention in view.mentions_within(from, to) {
        let fits = match noun.as_str() {
            "sides" => is_party(mention) && mention.kind == MentionKind::Name,
            // ("US Secretary of State Brooks called Russian Minister Petrov": a demonym names
            // a country too.)
            "governments" | "countries" => {
                mention.entity_type == EntityType::Country
                    && matches!(mention.kind, MentionKind::Name | MentionKind::Demonym)
            }
            _ => mention.entity_type == EntityType::Person && mention.kind == MentionKind::Name,
        };
        if fits && !keys.contains(&key(mention)) {
            keys.push(key(mention));
            people.push(mention);
        }
    }
    (people.len() == 2).then_some(people)
}

/// Whether `mention` is "they" opening its sentence ("They …", "However, they …").
fn opening_they(view: &View, mention: &Mention, sentence_start: usize) -> bool {
    let at = view.start_of(mention);
    mention.kind == MentionKind::Pronoun
        && view.lower(at) == "they"
        && (at == sentence_start
            || at == sentence_start + 2 && view.text(sentence_start + 1) == ",")
}

/// "The demands … were rejected by Washington and NATO. However, they gave …": the last two
/// parties joined by "and" in the sentence before the one starting at `sentence_start`, for
/// a "they" that opens a sentence; none when that sentence names no such pair.
fn they_pair<'a>(view: &View<'a>, sentence_start: usize) -> Vec<&'a Mention> {
    let Some(before) = sentence_start.checked_sub(1) else {
        return Vec::new();
    };
    let (start, _) = view.sentence_bounds(before);
    pair_within(view, start, sentence_start)
}

/// The last two parties joined by "and" in tokens `start..end`, if any.
fn pair_within<'a>(view: &View<'a>, start: usize, end: usize) -> Vec<&'a Mention> {
    let Some(before) = end.checked_sub(1).filter(|&before| before >= start) else {
        return Vec::new();
    };
    let from = view.tokens[start].span.start;
    let to = view.tokens[before].span.end;
    view.mentions_within(from, to)
        .into_iter()
        .rev()
        .find_map(|second| {
            let and = view.start_of(second).checked_sub(1)?;
            if view.lower(and) != "and" || !is_party(second) || second.kind == MentionKind::Pronoun
            {
                return None;
            }
            let first = view
                .mention_ending(and.checked_sub(1)?)
                .filter(|m| is_party(m) && m.kind != MentionKind::Pronoun)
                .or_else(|| {
                    // "Senators A, Republican of Iowa, and B, Democrat of Vermont": the
                    // first name before its apposition.
                    if view.text(and - 1) != "," {
                        return None;
                    }
                    let near = view.tokens[and.saturating_sub(10).max(start)].span.start;
                    view.mentions_within(near, view.tokens[and - 1].span.start)
                        .into_iter()
                        .filter(|m| {
                            m.entity_type == second.entity_type
                                && m.kind == MentionKind::Name
                                && view.text(view.after(m)) == ","
                        })
                        .max_by_key(|m| m.span.start)
                })?;
            Some(vec![first, second])
        })
        .unwrap_or_default()
}

/// The first party named in `start..end`: the subject of a sentence that goes on with a
/// participle ("Washington delivered a reply, … offering Moscow talks").
fn first_party<'a>(view: &View<'a>, start: usize, end: usize) -> Option<&'a Mention> {
    (start..end).find_map(|i| {
        view.mention_starting(i)
            .filter(|m| is_party(m) && m.kind != MentionKind::Pronoun)
    })
}

/// The mentions from token `start` of a sentence to token `idx`, in order.
fn mentions_before<'a>(view: &View<'a>, idx: usize, start: usize) -> Vec<&'a Mention> {
    view.mentions_within(view.tokens[start].span.start, view.tokens[idx].span.start)
}

/// The last party named before `idx` in the sentence ("Washington … delivered a reply").
fn nearest_party_before<'a>(view: &View<'a>, idx: usize, start: usize) -> Option<&'a Mention> {
    mentions_before(view, idx, start)
        .into_iter()
        .filter(|m| is_party(m) && m.kind != MentionKind::Pronoun)
        .max_by_key(|m| m.span.start)
}

/// Two persons named in `start..end` one right after the other, joined by "vs." or "versus":
/// the rivals of a debate the sentence speaks of. ("and" joins too many others: "Strategists
/// for Petrov and Laurent", "the debate that included Brooks and Berg", which Ivanova refused.)
fn rivals<'a>(view: &View<'a>, start: usize, end: usize) -> Vec<&'a Mention> {
    (start..end)
        .filter_map(|i| view.mention_starting(i))
        .filter(|m| m.entity_type == EntityType::Person && m.kind == MentionKind::Name)
        .find_map(|first| {
            let joint = view.after(first);
            if !matches!(view.lower(joint), "vs." | "vs" | "versus") {
                return None;
            }
            let next = if view.text(joint + 1) == "." {
                joint + 2
            } else {
                joint + 1
            };
            let second = view
                .mention_starting(next)
                .filter(|m| m.entity_type == EntityType::Person && m.kind == MentionKind::Name)?;
            Some(vec![first, second])
        })
        .unwrap_or_default()
}

/// The subject of a series of verbs that `joint` (a comma or "and") continues: the last party
/// before it that opens a clause (at the start of the sentence, after a comma or after "while"
/// or "but") and is followed by a lowercase word, its verb ("While …, Laurent went up against
/// Brooks five times, debated Petrov …"). A party after a preposition is an object.
fn series_subject<'a>(view: &View<'a>, joint: usize, start: usize) -> Option<&'a Mention> {
    mentions_before(view, joint, start)
        .into_iter()
        .filter(|m| is_party(m) && m.kind != MentionKind::Demonym)
        .filter(|m| {
            let first = view.start_of(m);
            let opens = first == start || matches!(view.lower(first - 1), "," | "while" | "but");
            let verb = view.after(m);
            opens
                && verb < joint
                && view.kind(verb) == Some(crate::model::TokenKind::Word)
                && view.text(verb).starts_with(char::is_lowercase)
                && !CLAUSE_WORDS.contains(&view.lower(verb))
        })
        .max_by_key(|m| m.span.start)
}

/// The one an infinitive ("to meet") belongs to: the last person, organization or state named
/// before `to` in the sentence (a city there is more often where one goes than who acts).
fn infinitive_subject<'a>(view: &View<'a>, to: usize, start: usize) -> Option<&'a Mention> {
    mentions_before(view, to, start)
        .into_iter()
        .filter(|m| {
            is_party(m)
                && m.kind != MentionKind::Demonym
                && matches!(
                    m.entity_type,
                    EntityType::Person | EntityType::Organization | EntityType::Country
                )
        })
        // ("The chief judge of the Ninth Circuit flew in to meet": a body after "of" or
        // "for" only says whose the one described is.)
        .filter(|m| {
            let mut at = view.start_of(m);
            if at > start && view.lower(at - 1) == "the" {
                at -= 1;
            }
            at == start || !matches!(view.lower(at - 1), "of" | "for")
        })
        .max_by_key(|m| m.span.start)
}

/// The person nearest to `idx` in the sentence, other than `other`.
fn nearest_person<'a>(
    view: &View<'a>,
    idx: usize,
    start: usize,
    end: usize,
    other: &Mention,
) -> Option<&'a Mention> {
    let from = view.tokens[start].span.start;
    let to = view.tokens[end - 1].span.end;
    let at = view.tokens[idx].span.start;
    view.mentions_within(from, to)
        .into_iter()
        .filter(|m| {
            m.entity_type == EntityType::Person && m.kind != MentionKind::Pronoun
                || m.kind == MentionKind::Pronoun && m.span.start > at
        })
        .filter(|m| m.span != other.span && !other.phrase.contains(m.span))
        // ("his project, “Latin History for Dummies,” the actor discussed": a name in a quoted
        // title acts in nothing.)
        .filter(|m| {
            let start = view.start_of(m);
            !(start.saturating_sub(4)..start).any(|i| {
                view.kind(i) == Some(crate::model::TokenKind::OpenQuote)
                    && (i + 1..start).all(|j| view.kind(j) == Some(crate::model::TokenKind::Word))
            })
        })
        // ("at Laurent's estate": an owner is seldom the one who acts, unless what is owned
        // is something said: "Laurent's remarks, which came during the forum".)
        .filter(|m| !view.is_possessive(m) || said_thing(view, view.after(m)))
        // ("said in an interview that the onus is on Petrov": who is spoken of in the clause
        // after "that" did not act.)
        .filter(|m| m.span.start < at || !(idx..view.start_of(m)).any(|i| opens_clause(view, i)))
        // ("The meeting with Brooks is part of a push for voters, who have favored Laurent":
        // nor did one named in a relative clause about something else, unless the clause
        // closed before the name: "the interview, which airs Tuesday, Laurent says".)
        .filter(|m| {
            let start = view.start_of(m);
            m.span.start < at
                || !(idx + 1..start).any(|i| {
                    matches!(view.lower(i), "who" | "which")
                        && view.text(i - 1) == ","
                        && !(i + 1..start).any(|j| view.text(j) == ",")
                })
        })
        .min_by_key(|m| m.span.start.abs_diff(at))
        // ("Petrov blasted Brooks and defended Dunn in an interview with Ledger News": the one
        // a verb in the past acted on, right before the phrase of the noun, did not act; the
        // verb's subject did, which the verb's own cue finds.)
        .filter(|m| m.span.start > at || !object_before_phrase(view, m, idx))
}

/// Whether `m` is the object of a verb in the past ("defended Dunn") and the noun at `idx`
/// comes in a phrase right after it ("in a recent interview").
fn object_before_phrase(view: &View, m: &Mention, idx: usize) -> bool {
    let before = view.start_of(m).checked_sub(1);
    let verb = before.is_some_and(|i| {
        let word = view.text(i);
        word.len() > 4 && word.ends_with("ed") && word.starts_with(char::is_lowercase)
    });
    // ("picked Dunn to win in an interview": a few lowercase words may come between, and
    // the phrase may go on before the noun: "in an interview on last Sunday's interview".)
    let after = view.after(m);
    let phrase = (after..idx.min(after + 4)).find(|&i| matches!(view.lower(i), "in" | "during"));
    verb && phrase.is_some_and(|phrase| {
        (after..phrase).all(|i| {
            view.kind(i) == Some(crate::model::TokenKind::Word)
                && view.text(i).starts_with(char::is_lowercase)
        })
    })
}

/// Whether the word at `i` names something said: "remarks", "comments", "answer".
fn said_thing(view: &View, i: usize) -> bool {
    matches!(
        view.lower(i),
        "remarks"
            | "remark"
            | "comments"
            | "comment"
            | "answer"
            | "answers"
            | "words"
            | "testimony"
    )
}

/// Whether the word at `i` opens a clause: "because", or "that" other than before a time
/// ("later that day").
fn opens_clause(view: &View, i: usize) -> bool {
    match view.lower(i) {
        "because" => true,
        "that" => !matches!(
            view.lower(i + 1),
            "day"
                | "week"
                | "month"
                | "year"
                | "night"
                | "morning"
                | "afternoon"
                | "evening"
                | "time"
                | "weekend"
        ),
        _ => false,
    }
}

/// Refines the kind (a call when a phone is named) and reads status and tense from the clause.
fn qualify(
    view: &View,
    kind: EventKind,
    idx: usize,
    start: usize,
    end: usize,
) -> (EventKind, EventStatus, Tense) {
    let window: Vec<&str> = (start..end).map(|i| view.lower(i)).collect();
    let phone = window
        .iter()
        .any(|w| matches!(*w, "phone" | "telephone" | "phoned" | "call"));
    let kind = match kind {
        // (Not "asked her to call Petrov": the call is what was asked for.)
        EventKind::Other | EventKind::Meeting
            if phone
                && !directed(view, idx)
                && !matches!(
                    view.lower(idx),
                    "met" | "meet" | "meeting" | "receiving" | "received" | "hosted"
                ) =>
        {
            EventKind::Call
        }
        other => other,
    };
    // "he'd sit him down": would, unless a participle follows ("she'd met him": had).
    let participle = {
        let trigger = view.lower(idx);
        trigger.ends_with("ed")
            || matches!(
                trigger,
                "met" | "spoken" | "spoke" | "told" | "written" | "sent" | "held" | "had"
            )
    };
    // "May" inside a sentence is the month, not the modal; a "planning director" plans
    // nothing (only "planning to" does).
    let word = |i: usize| match view.text(i) {
        "May" if i > start => "(month)",
        _ if view.lower(i) == "planning"
            && view.lower(i + 1) != "to"
            && !(i > 0 && super::is_auxiliary(view.lower(i - 1))) =>
        {
            "(noun)"
        }
        _ if view.lower(i).len() > 2 && view.lower(i).ends_with("'d") && !participle => "would",
        _ if view.lower(i).len() > 3 && view.lower(i).ends_with("'ll") => "will",
        _ if view.lower(i).len() > 3 && view.lower(i).ends_with("'re") => "are",
        _ => view.lower(i),
    };
    // "will travel to Paris next week to meet": an infinitive takes its status from the verb
    // it hangs on, further back.
    let reach = if idx > start && view.lower(idx - 1) == "to" {
        12
    } else {
        6
    };
    // "“Could be higher,” he told Brooks": the quoted words are the speaker's, not what
    // the article says of the event; the window starts after the last quotation mark.
    let from = start.max(idx.saturating_sub(reach));
    let from = (from..idx)
        .rev()
        .find(|&i| {
            matches!(
                view.kind(i),
                Some(crate::model::TokenKind::OpenQuote | crate::model::TokenKind::CloseQuote)
            )
        })
        .map_or(from, |mark| mark + 1);
    // "While Monday's vote will be close, Berg debated Dunn": a past verb right after its
    // subject is a clause of its own; what comes before the subject is another's.
    let from = match view.mention_ending(idx.saturating_sub(1)) {
        Some(subject) if idx > start && participle && view.lower(idx).ends_with("ed") => {
            from.max(view.start_of(subject))
        }
        _ => from,
    };
    let before: Vec<&str> = (from..idx).map(word).collect();
    let has = |words: &[&str]| before.iter().any(|w| words.contains(w));
    // Whether one of `words` stands between token `from` and the trigger in the same stretch
    // of words (no punctuation between).
    let in_stretch = |from: usize, words: &[&str]| {
        (from..idx)
            .rev()
            .take_while(|&i| view.kind(i) == Some(crate::model::TokenKind::Word))
            .any(|i| words.contains(&word(i)))
    };
    let further_back = start.max(idx.saturating_sub(10));
    // "it would be a good idea to have more debates with": a modal further back.
    // ("how he would fight them during NBC's forum": not a modal before "during", whose
    // event is told as the time of something else.)
    let during = (further_back..idx)
        .rev()
        .find(|&i| view.lower(i) == "during");
    // "at times Berg would meet directly with Dunn", "would often call": a habit in the past,
    // which took place.
    let habitual = before.iter().any(|w| {
        matches!(
            *w,
            "often" | "sometimes" | "occasionally" | "regularly" | "frequently" | "usually"
        )
    }) || before.windows(2).any(|w| w == ["at", "times"]);
    let modals: &[&str] = if habitual {
        &["could", "might", "may"]
    } else {
        &["would", "could", "might", "may"]
    };
    let far_modal = in_stretch(during.map_or(further_back, |i| i + 1), modals);
    // "if Brooks asks him about it": a condition, not a report (not "hedged on whether he
    // would run, telling Brooks").
    let conditional = in_stretch(from, &["if", "unless", "whether"]);
    // "will travel to Paris next week for talks with": a future further back.
    let far_future = in_stretch(further_back, &["will", "shall"]);
    // "has no plans to meet", "there was no telephone call".
    let no_plans = before
        .windows(2)
        .any(|w| w[0] == "no" && matches!(w[1], "plans" | "plan" | "intention"))
        || before.iter().rev().take(2).any(|w| *w == "no");
    // "the three upcoming faceoffs", "heading into the first debate": still to come, whatever
    // the clause around it says.
    let close: Vec<&str> = before.iter().rev().take(4).copied().collect();
    let upcoming = close.contains(&"upcoming")
        || close
            .windows(2)
            .any(|w| w[0] == "into" && w[1] == "heading");
    let negation = before.iter().rposition(|w| {
        matches!(
            *w,
            "not"
                | "n't"
                | "never"
                | "refused"
                | "declined"
                | "didn't"
                | "hasn't"
                | "haven't"
                | "won't"
                | "wouldn't"
                // ("abruptly canceled a scheduled interview")
                | "canceled"
                | "cancelled"
                | "cancels"
                | "scrapped"
        )
    });
    // "refused to say in an interview on Ledger News", "did not comment during the call":
    // what was not said, in an interview or a call that took place.
    let negation = negation.filter(|&at| {
        !before.iter().skip(at + 1).take(2).any(|w| {
            matches!(
                *w,
                "say"
                    | "said"
                    | "comment"
                    | "commented"
                    | "answer"
                    | "answered"
                    | "elaborate"
                    | "specify"
                    | "disclose"
                    | "reveal"
                    | "confirm"
                    | "name"
            )
        })
    });
    // "didn't need to meet with Laurent", "did not have to call": what was not needed, not
    // what did not happen.
    let negation = negation.filter(|&at| {
        !(matches!(
            before.get(at + 1).copied(),
            Some("need" | "needed" | "have" | "had")
        ) && before.get(at + 2).copied() == Some("to"))
    });
    // "would not say if Brooks has been interviewed": the negation is of the saying, and
    // whether the event happened is left open.
    let open_question =
        negation.is_some_and(|at| before[at..].iter().any(|w| matches!(*w, "if" | "whether")));
    // "announcing on Wednesday he would meet with Laurent", "said that she would call him":
    // the future of what was said, a plan reported (not "would meet him if elected").
    let reported_future = {
        let would = (from..idx)
            .rev()
            .find(|&i| !view.lower(i).ends_with("ly") && !matches!(view.lower(i), "also" | "soon"))
            .filter(|&i| word(i) == "would");
        would.is_some_and(|would| {
            (start..would).any(|i| {
                matches!(
                    view.lower(i),
                    "said"
                        | "says"
                        | "announced"
                        | "announcing"
                        | "announces"
                        | "told"
                        | "added"
                        | "confirmed"
                        | "stated"
                        | "promised"
                        | "pledged"
                        | "vowed"
                        | "indicated"
                )
            }) && !(start..end).any(|i| matches!(view.lower(i), "if" | "unless" | "whether"))
        })
    };
    let (status, tense) = if upcoming || reported_future && negation.is_none() && !no_plans {
        (EventStatus::Planned, Tense::Future)
    } else if open_question {
        (EventStatus::Possible, Tense::Future)
    } else if no_plans || negation.is_some() {
        (EventStatus::Negated, Tense::Past)
    } else if far_modal
        // "challenged him to a debate": the debate asked for.
        || kind == EventKind::Debate
            && matches!(
                view.lower(idx),
                "challenged" | "challenges" | "challenging" | "challenge" | "dared"
            )
        // "encouraged Laurent to testify", "asked him to call Petrov", "challenged Berg to
        // debate him": asked for, not done.
        || idx > start
            && view.lower(idx - 1) == "to"
            && has(&[
                "encouraged",
                "urged",
                "asked",
                "pressed",
                "invited",
                "told",
                "challenged",
                "challenging",
                "challenges",
                "dared",
            ])
        || has(&["would"]) && !habitual
        || has(&[
            "may",
            "might",
            "could",
            "hope",
            "hopes",
            "hoped",
            "open",
            "willing",
            "offered",
            "possible",
            "possibility",
            "requested",
            "proposed",
            "want",
            "wants",
            "wanted",
            "seeks",
            "sought",
            "able",
            "should",
            "can",
        ])
        || conditional
    {
        (EventStatus::Possible, Tense::Future)
    } else if far_future
        || has(&[
            "will",
            "shall",
            "plans",
            "planning",
            "arranging",
            "scheduled",
            "expected",
            "expect",
            "expects",
            "set",
        ])
    {
        (EventStatus::Planned, Tense::Future)
    } else if has(&["due"]) || (has(&["to"]) && has(&["was", "were"])) {
        (EventStatus::Planned, Tense::Past)
    } else if has(&["is", "are"]) && (has(&["due"]) || idx > start && view.lower(idx - 1) == "to") {
        // "is due to meet", "is to meet" (not "is pointing to an interview").
        (EventStatus::Planned, Tense::Future)
    } else if planned_after(view, idx, end) {
        // "A meeting between X and Y is planned for Friday".
        (EventStatus::Planned, Tense::Future)
    } else if scheduled_present(view, idx, start, end) {
        // "as Berg speaks to the Ledger Club on Wednesday".
        (EventStatus::Planned, Tense::Future)
    } else {
        (EventStatus::Happened, Tense::Past)
    };
    (kind, status, tense)
}

/// Whether the trigger at `idx` is a verb in the simple present with a day named in its
/// sentence ("Brooks meets Petrov on Friday", "as Berg speaks to the club on Wednesday"): in
/// prose, a schedule. (Headlines tell the past in the present, "Petrov meets Laurent", so not
/// in a headline or the title paragraph.)
fn scheduled_present(view: &View, idx: usize, start: usize, end: usize) -> bool {
    let sentence = &view.segmented.sentences[view.sentence_of[idx]];
    if sentence.headline || sentence.paragraph == 0 {
        return false;
    }
    // (Not "talks", "visits", "debates": nouns as often, "as he entered the talks Friday".)
    // "Petrov is meeting with Laurent on Thursday": the progressive, too.
    let progressive = view.lower(idx).ends_with("ing")
        && idx > start
        && matches!(view.lower(idx - 1), "is" | "are" | "am");
    let present = matches!(view.lower(idx), "meets" | "speaks" | "hosts") || progressive;
    present
        && (start..end).any(|i| {
            let word = view.lower(i);
            dates::is_weekday(word) || word == "tomorrow" || progressive && word == "tonight"
        })
}

/// Whether the words right after a trigger noun say it is yet to come.
fn planned_after(view: &View, idx: usize, end: usize) -> bool {
    let passive_plan = (idx + 1..end.min(idx + 10)).any(|i| {
        matches!(view.lower(i), "planned" | "scheduled")
            && matches!(view.lower(i - 1), "is" | "are" | "was" | "were" | "been")
    });
    // "her first face-off with Petrov later this month", "talks with Laurent next week": a
    // time still to come in the same stretch of words (not after a comma or "and", which
    // may begin another event: "met Brooks on Friday and will meet Dunn next week").
    let stretch: Vec<&str> = (idx + 1..end.min(idx + 10))
        .take_while(|&i| {
            view.kind(i) == Some(crate::model::TokenKind::Word)
                && !matches!(view.lower(i), "and" | "but" | "or")
        })
        .map(|i| view.lower(i))
        .collect();
    let coming =
        stretch.windows(3).any(|w| {
            w[0] == "later" && w[1] == "this" && matches!(w[2], "week" | "month" | "year")
        }) || stretch.windows(2).any(|w| {
            w[0] == "next" && (matches!(w[1], "week" | "month" | "year") || dates::is_weekday(w[1]))
        }) || stretch.contains(&"tomorrow");
    // "Monday's debate in New York will be his first": the noun's own verb is to come.
    let noun = matches!(
        view.lower(idx),
        "debate"
            | "debates"
            | "meeting"
            | "meetings"
            | "talks"
            | "summit"
            | "faceoff"
            | "faceoffs"
            | "face-off"
            | "face-offs"
            | "interview"
            | "conversation"
            | "session"
    );
    let will = noun && stretch.iter().take(5).any(|w| *w == "will");
    passive_plan || coming || will
}

/// A happened event with no date word of its own takes the date of an earlier sentence of its
/// paragraph: news leads date the occasion once ("Petrov on Tuesday stated … following a
/// meeting with Horvath").
fn paragraph_date(
    view: &View,
    sentence_start: usize,
    published: Option<&str>,
    status: EventStatus,
) -> Option<String> {
    if status != EventStatus::Happened {
        return None;
    }
    let sentence_idx = view.sentence_of[sentence_start];
    let paragraph = view.segmented.sentences[sentence_idx].paragraph;
    latest_day(
        view,
        &view.paragraph_days,
        sentence_idx,
        |s| view.segmented.sentences[s].paragraph == paragraph,
        published,
    )
}

/// The full date of the latest sentence before `sentence_idx` that names one, going back
/// while `within` holds. `cache` remembers the answer for every sentence a walk passed, so
/// that the events of one long paragraph do not each walk back over it.
fn latest_day(
    view: &View,
    cache: &RefCell<FxHashMap<usize, Option<String>>>,
    sentence_idx: usize,
    within: impl Fn(usize) -> bool,
    published: Option<&str>,
) -> Option<String> {
    let mut passed = Vec::new();
    let mut found = None;
    for s in (0..sentence_idx).rev().take_while(|&s| within(s)) {
        if let Some(known) = cache.borrow().get(&(s + 1)) {
            found = known.clone();
            break;
        }
        passed.push(s + 1);
        if let Some(day) = day_in_sentence(view, s, published) {
            found = Some(day);
            break;
        }
    }
    let mut cache = cache.borrow_mut();
    for s in passed {
        cache.insert(s, found.clone());
    }
    found
}

/// "On the same day": the latest day named before, anywhere earlier in the article.
fn earlier_day(view: &View, sentence_start: usize, published: Option<&str>) -> Option<String> {
    let sentence_idx = view.sentence_of[sentence_start];
    latest_day(view, &view.earlier_days, sentence_idx, |_| true, published)
}

/// A full date (`yyyy-mm-dd`) named in a sentence: a month alone does not date an occasion.
/// (Not a sentence telling what is to come, "Petrov is meeting Laurent on Monday", whose day
/// is ahead and dates nothing that happened.)
fn day_in_sentence(view: &View, sentence_idx: usize, published: Option<&str>) -> Option<String> {
    let (from, to) = view.sentence_tokens[sentence_idx];
    let weekday = (from..to).any(|i| dates::is_weekday(view.lower(i)));
    let ahead = (from..to).any(|i| {
        let lower = view.lower(i);
        matches!(
            lower,
            "will" | "scheduled" | "tomorrow" | "next" | "upcoming" | "plans" | "planned"
        ) || lower.ends_with("'ll")
            || weekday
                && lower.ends_with("ing")
                && i > from
                && matches!(view.lower(i - 1), "is" | "are")
    });
    if ahead {
        return None;
    }
    // (Not "Friday's announcement": that day dates the announcement alone.)
    dates::in_tokens(view, from, to, published, Tense::Past, Possessive::Ignored)
        .filter(|date| date.len() == 10)
}

#[cfg(test)]
mod tests {
    use crate::{corpus, pipeline};
    use std::path::Path;

    /// Renders events as `kind status date | participants`, or `… | agents → recipients`.
    fn check(input: &str, expected: &[&str]) {
        let article =
            corpus::parse("t", input.to_string(), Path::new("t.txt")).expect("test article");
        let extraction = pipeline::document(article).extraction;
        let got: Vec<String> = extraction
            .events
            .iter()
            .map(|event| {
                let names: Vec<&str> = event
                    .participants
                    .iter()
                    .map(|&id| extraction.entities[id].name.as_str())
                    .collect();
                // Two sides ("A, B → C") when several parties acted together.
                let parties = match event.agents.len() {
                    0 | 1 => names.join(", "),
                    n => format!("{} → {}", names[..n].join(", "), names[n..].join(", ")),
                };
                format!(
                    "{} {} {} | {parties}",
                    event.kind.as_str(),
                    event.status.as_str(),
                    event.date.as_deref().unwrap_or("-"),
                )
            })
            .collect();
        assert_eq!(got, expected, "\n{}", got.join("\n"));
    }

    #[test]
    fn an_outlets_forum_questioned_the_one_whose_remarks_came_during_it() {
        // The remarks' owner spoke; the modal belongs to the answer, not the forum; the
        // outlet is the one right before the forum, not one that employs the person named.
        check(
            "Tom Brooks spoke on Monday. Brooks's remarks, which came during an answer about \
             how he would cut taxes during Ledger News's commander in chief forum, drew \
             scrutiny. The criticism of Ledger News's Anna Berg after the Veterans Forum grew.",
            &["interview happened - | Tom Brooks, Ledger News"],
        );
    }

    #[test]
    fn the_owner_of_a_topic_is_not_addressed() {
        // "general" before a noun is no office; the possessor alone is no addressee.
        check(
            "Anna Berg also addressed Tom Dunn's general concerns last Thursday, stating \
             that local authorities are in charge of the election. Sam Laurent told Tom \
             Dunn's chief of staff that the vote was fair.",
            &["told happened - | Sam Laurent, Tom Dunn"],
        );
    }

    #[test]
    fn a_participle_after_a_comma_opens_its_own_clause() {
        check(
            "Anna Berg has spoken at the conference, going back to Tom Dunn in 2000. Sam \
             Laurent spoke on Monday, in private, to Olaf Brooks.",
            &["other happened - | Sam Laurent, Olaf Brooks"],
        );
    }

    #[test]
    fn a_challenge_to_debate_asks_for_it_and_its_day_is_the_one_after_the_cue() {
        check(
            "Date: 2016-04-05\n\nIt began Jan. 30, when Anna Berg challenged Tom Dunn to \
             debate her in Boston on April 14.",
            &["debate possible 2016-04-14 | Tom Dunn, Anna Berg"],
        );
        check(
            "In a video, Olaf Brooks criticized Tom Dunn and challenged him to a debate.",
            &["debate possible - | Olaf Brooks, Tom Dunn"],
        );
        check(
            "Date: 2016-05-06\n\nSam Laurent's office announced Friday that Laurent will meet \
             with Olaf Brooks on Thursday.",
            &["meeting planned 2016-05-12 | Sam Laurent, Olaf Brooks"],
        );
    }

    #[test]
    fn what_was_reported_or_explained_to_a_party() {
        check(
            "Harbor Labs found the posting, reported it to the F.B.I., and removed it. Tom \
             Dunn reported daily to Anna Berg. Sam Laurent explained to Ledger News why the \
             plan failed.",
            &[
                "told happened - | Harbor Labs, Federal Bureau of Investigation",
                "interview happened - | Sam Laurent, Ledger News",
            ],
        );
    }

    #[test]
    fn a_quoted_programme_with_no_outlet_before_it() {
        check(
            "\"We must act,\" Anna Berg told \"Harbor Morning Desk,\" adding that the plan was \
             late. Tom Dunn said on “Ledger Sunday Hour” that he agreed. Sam Laurent told \
             “Enough.”",
            &[
                "told happened - | Anna Berg, Harbor Morning Desk",
                "interview happened - | Tom Dunn, Ledger Sunday Hour",
            ],
        );
    }

    #[test]
    fn a_participle_opening_the_sentence_is_its_subjects() {
        // Whatever the main verb; but not the statement of those named in a relative clause.
        check(
            "Anna Berg spoke in Ohio. Speaking to “Harbor Morning Desk” Monday, Berg refrained \
             from attacking her rivals, particularly Tom Dunn and Sam Laurent, who say she is \
             weak.",
            &["other happened - | Anna Berg, Harbor Morning Desk"],
        );
        // The article's first word too.
        check(
            "Speaking to Ledger News Monday, Anna Berg refrained from attacking her rivals.",
            &["other happened - | Anna Berg, Ledger News"],
        );
    }

    #[test]
    fn said_to_a_party() {
        // Not "is said to be", nor a pronoun after "to".
        check(
            "\"Go there,\" Anna Berg says to Tom Dunn on camera. Sam Laurent said to the \
             Ledger that the plan was dead. Olaf Brooks is said to be angry. Berg confided to \
             her that it was late.",
            &[
                "told happened - | Anna Berg, Tom Dunn",
                "told happened - | Sam Laurent, Ledger",
            ],
        );
    }

    #[test]
    fn a_hyphen_standing_alone_sets_off_an_aside() {
        check(
            "Anna Berg - Tom Dunn's co-host on his channel - told The Ledger that it changed.",
            &["told happened - | Anna Berg, Ledger"],
        );
    }

    #[test]
    fn a_speech_to_a_named_body() {
        check(
            "Tom Dunn assailed Anna Berg's paid speeches to Harbor Bank. Sam Laurent gave a \
             speech to the Ledger Club on Monday. Olaf Brooks gave a speech to supporters.",
            &[
                "other happened - | Anna Berg, Harbor Bank",
                "other happened - | Sam Laurent, Ledger Club",
            ],
        );
    }

    #[test]
    fn an_event_or_a_law_is_no_party() {
        check(
            "Anna Berg spoke. Tom Dunn says the obvious example is her response to the Great \
             Recession. Berg wrote to the Clean Harbor Act on Monday.",
            &[],
        );
    }

    #[test]
    fn members_of_a_party_are_not_the_party() {
        check(
            "Republicans ask Harbor Bank to investigate Anna Berg. House Republicans met with \
             Tom Dunn on Monday.",
            &["meeting happened - | House Republicans, Tom Dunn"],
        );
    }

    #[test]
    fn an_appeal_in_a_petition_or_an_ad_is_public() {
        check(
            "Harbor Action launched a petition campaign with Ledger Fund on Wednesday asking \
             Anna Berg to drop the plan. In a new ad, Tom Dunn urged Sam Laurent to resign. \
             Olaf Brooks urged Laurent to stay.",
            &["told happened - | Olaf Brooks, Sam Laurent"],
        );
    }

    #[test]
    fn an_outlets_unnamed_journalist_stands_for_the_outlet() {
        check(
            "It rained. When an NBC reporter later asked Anna Berg if she agreed, Berg \
             deflected.",
            &["other happened - | NBC News, Anna Berg"],
        );
    }

    #[test]
    fn a_word_of_a_name_is_no_cue() {
        // "Debates" names the commission; alone at the head of a sentence it is the noun.
        check(
            "The Harbor Commission on Presidential Debates chose Ledger News's Anna Berg and \
             Tom Dunn. Debates between Berg and Sam Laurent have rarely focused on schools.",
            &["debate happened - | Anna Berg, Sam Laurent"],
        );
    }

    #[test]
    fn a_party_adjective_among_the_words_describing_a_title() {
        check(
            "Anna Berg will meet with presumptive Republican presidential nominee Tom Dunn on \
             Thursday.",
            &["meeting planned - | Anna Berg, Tom Dunn"],
        );
    }

    #[test]
    fn the_named_members_of_a_group_met_together() {
        // Not the body whose judge is described: the one who met is not named.
        check(
            "Anna Berg met with top Senate Democrats, including Tom Dunn and Sam Laurent. The \
             chief judge of the Ninth Circuit flew in on Friday to meet with Olaf Brooks.",
            &["meeting happened - | Anna Berg, Tom Dunn, Sam Laurent"],
        );
        // Without the one who met them, those named did not meet each other.
        check(
            "The chief judge of the U.S. Court of Appeals for the D.C. Circuit visited the \
             Capitol on Thursday to meet with top Senate Democrats, including Tom Dunn and Sam \
             Laurent.",
            &[],
        );
    }

    #[test]
    fn the_one_interviewed_after_the_verb_or_by_after_other_words() {
        // An unnamed interviewer: the two interviewed did not speak with each other.
        check(
            "On Tuesday, anchor Anna Berg interviewed Tom Dunn. Sam Laurent was less serious \
             when interviewed on the subject Thursday by the Daily Ledger. The committee \
             interviewed Olaf Brooks and Emile Petrov.",
            &[
                "interview happened - | Anna Berg, Tom Dunn",
                "interview happened - | Sam Laurent, Daily Ledger",
            ],
        );
    }

    #[test]
    fn a_name_before_a_title_stands_for_the_person_named_after_it() {
        check(
            "Sam Laurent lamented in an interview with the Reuters politics editor Anna Berg \
             that the plan was dead.",
            &["interview happened - | Sam Laurent, Anna Berg"],
        );
    }

    #[test]
    fn being_in_touch_is_a_contact() {
        check(
            "Anna Berg has been in touch with Tom Laurent. Sam Dunn got in touch with Olaf Berg \
             on Monday. He put a donor in touch with Emile Petrov.",
            &[
                "other happened - | Anna Berg, Tom Laurent",
                "other happened - | Sam Dunn, Olaf Berg",
            ],
        );
    }

    #[test]
    fn a_phone_call_dated_by_its_weekday() {
        check(
            " date 2022-01-28 Joe Dunmore spoke Thursday by telephone with Olaf Berg.",
            &["call happened 2022-01-27 | Joe Dunmore, Olaf Berg"],
        );
    }

    #[test]
    fn a_day_in_quoted_words_does_not_date_the_event() {
        check(
            " date 2022-01-28 “I will decide tomorrow,” Joe Dunmore told Olaf Berg. “We met \
             on Monday,” Anna Brooks told Sam Laurent on Wednesday.",
            &[
                "told happened - | Joe Dunmore, Olaf Berg",
                "told happened 2022-01-26 | Anna Brooks, Sam Laurent",
            ],
        );
    }

    #[test]
    fn an_object_pronoun_is_not_the_subject_of_its_verb() {
        check(
            "Tom Brooks spoke first. Then Anna Berg confronted him with his remarks.",
            &["other happened - | Anna Berg, Tom Brooks"],
        );
        check(
            "Tom Brooks spoke first. It ended with a clash with Sam Laurent, who had pressed him on \
             taxes.",
            &["other happened - | Sam Laurent, Tom Brooks"],
        );
    }

    #[test]
    fn a_letter_or_call_named_in_an_opening_phrase_or_received() {
        check(
            "In a letter to Emile Laurent, Vladimir Petrov demanded an apology. Anna Berg \
             received a call from Tom Brooks. The readout of the call from Ruritania was short.",
            &[
                "letter happened - | Vladimir Petrov, Emile Laurent",
                "call happened - | Anna Berg, Tom Brooks",
            ],
        );
    }

    #[test]
    fn a_participle_after_after_takes_the_subject_of_its_clause() {
        check(
            "Vladimir Petrov spoke to reporters after meeting Emile Laurent. After meeting Anna \
             Berg, Tom Brooks left.",
            &[
                "meeting happened - | Vladimir Petrov, Emile Laurent",
                "meeting happened - | Tom Brooks, Anna Berg",
            ],
        );
    }

    #[test]
    fn a_future_further_back_plans_the_event() {
        check(
            "Emile Laurent will travel to Paris next week for talks with Vladimir Petrov.",
            &["talks planned - | Emile Laurent, Vladimir Petrov"],
        );
    }

    #[test]
    fn what_follows_a_possessive_is_met_unless_it_acts_for_the_owner() {
        check(
            "Vladimir Petrov met Emile Laurent's wife. Anna Berg received Tom Brooks's \
             endorsement. Olaf Dunn hosted Sam Ivanova's delegation.",
            &["meeting happened - | Olaf Dunn, Sam Ivanova"],
        );
    }

    #[test]
    fn hosting_or_receiving_a_thing_and_petitioning_a_court_are_no_contacts() {
        check(
            "Ruritania hosted the Lumen Cup. Tom Brooks received his Ph.D. from Lumen \
             University. Anna Berg has asked the Supreme Court to intervene. Olaf Dunn, \
             writing on Ledger News, agreed. Morning Desk hosts Sam Ivanova and Tom Brooks \
             spoke to Emile Laurent.",
            &["other happened - | Sam Ivanova, Tom Brooks → Emile Laurent"],
        );
    }

    #[test]
    fn a_subject_pronoun_is_not_an_owner_named_after_the_subject() {
        check(
            "Tom Brooks, who covered casinos, drew Vladimir Petrov's ire after he told Ledger \
             News that the casino would fail.",
            &["interview happened - | Tom Brooks, Ledger News"],
        );
    }

    #[test]
    fn a_reply_between_two_people_is_public_unless_it_answers_them() {
        check(
            "Anna Berg responded to Tom Brooks on Sunday. Sam Ivanova's response to Olaf Dunn \
             was sharp. Ruritania responded to France on Monday.",
            &["letter happened - | Ruritania, France"],
        );
    }

    #[test]
    fn mr_is_not_a_woman_of_the_same_surname() {
        check(
            "Ivan Petrov spoke. Maria Petrov hosted a party. Anna Berg told Mr. Petrov that she \
             would stay.",
            &["told happened - | Anna Berg, Ivan Petrov"],
        );
    }

    #[test]
    fn the_people_of_a_place_and_the_programme_s_journalist() {
        check(
            "Tom Brooks is thanking Nevadans for their support. Anna Berg said so in an \
             interview on Ledger News' Morning Desk with Sam Ivanova.",
            &[
                "interview happened - | Anna Berg, Sam Ivanova",
                "interview happened - | Anna Berg, Morning Desk",
            ],
        );
    }

    #[test]
    fn words_said_at_a_named_body_s_meeting_are_addressed_to_it() {
        check(
            "Anna Berg warned in a statement at the UN Security Council meeting on Monday that \
             sanctions would follow. Tom Brooks said at the Republican Party convention that he \
             would win.",
            &["told happened - | Anna Berg, UN Security Council"],
        );
    }

    #[test]
    fn capitalized_words_between_a_possessive_and_its_noun() {
        check(
            "Tom Brooks visited Emile Laurent's Brooklyn headquarters for a sit-down with an \
             aide. Anna Berg said so in an interview with Ledger News' Los Angeles affiliate.",
            &["interview happened - | Anna Berg, Ledger News"],
        );
    }

    #[test]
    fn the_countries_stand_for_the_two_named_before() {
        check(
            "French Minister Anna Berg called Russian Minister Ivan Petrov. On Monday, the \
             countries exchanged barbs at the summit.",
            &[
                "call happened - | Anna Berg, Ivan Petrov",
                "other happened - | France, Russia",
            ],
        );
    }

    #[test]
    fn the_two_stands_for_the_two_people_named_before() {
        check(
            "Vladimir Petrov flew to Paris to see Emile Laurent. The two men met again on Friday.",
            &["meeting happened - | Vladimir Petrov, Emile Laurent"],
        );
    }

    #[test]
    fn an_appearance_on_an_outlet_is_an_interview() {
        check(
            "Tom Brooks appeared on Ledger News on Sunday. Anna Berg appeared on stage with him.",
            &["interview happened - | Tom Brooks, Ledger News"],
        );
        check(
            "“It is over,” Tom Brooks said during a recent appearance on Ledger News.",
            &["interview happened - | Tom Brooks, Ledger News"],
        );
    }

    #[test]
    fn a_condition_makes_an_event_possible() {
        check(
            "Tom Brooks will answer if Anna Berg asks him about taxes.",
            &["other possible - | Anna Berg, Tom Brooks"],
        );
        check(
            "Tom Brooks hedged on whether he would back the bill if it passed, telling Anna Berg \
             that he was tired.",
            &["told happened - | Tom Brooks, Anna Berg"],
        );
    }

    #[test]
    fn a_titled_subject_of_a_place_is_the_party() {
        check(
            "Gov. Anna Berg of Ohio met Vladimir Petrov on the border.",
            &["meeting happened - | Anna Berg, Vladimir Petrov"],
        );
    }

    #[test]
    fn two_subjects_meet_without_an_object() {
        check(
            "Vladimir Petrov and Emmanuel Laurent met in Paris.",
            &["meeting happened - | Vladimir Petrov, Emmanuel Laurent"],
        );
    }

    #[test]
    fn a_meeting_between_two_parties_that_is_planned() {
        check(
            "A meeting between Joe Dunmore and Olaf Berg is planned.",
            &["meeting planned - | Joe Dunmore, Olaf Berg"],
        );
    }

    #[test]
    fn status_from_the_words_before_the_trigger() {
        check(
            "Joe Dunmore and Olaf Berg may also talk next week. Maria Ivanova did not meet Olaf Berg.",
            &["other possible - | Joe Dunmore, Olaf Berg", "meeting negated - | Maria Ivanova, Olaf Berg"],
        );
        // A counterfactual is no event.
        check(
            "Joe Dunmore said he would have told Olaf Berg had he known.",
            &[],
        );
        check(
            "It would have been kind had Maria Ivanova thanked Olaf Berg. He would have come if \
             Joe Dunmore had asked him. Joe Dunmore had asked Maria Ivanova to stay.",
            &["told happened - | Joe Dunmore, Maria Ivanova"],
        );
        // Not saying whether it happened leaves it open.
        check(
            "Maria Ivanova would not say if she had met Olaf Berg.",
            &["meeting possible - | Maria Ivanova, Olaf Berg"],
        );
    }

    #[test]
    fn a_statement_told_to_a_named_party_or_outlet() {
        check(
            "Joe Dunmore told Olaf Berg that the deal was off. “We are ready,” Dunmore told CNN.",
            &[
                "told happened - | Joe Dunmore, Olaf Berg",
                "interview happened - | Joe Dunmore, CNN",
            ],
        );
    }

    #[test]
    fn a_meeting_with_a_body_of_an_organization_and_an_outlet_before_interview() {
        check(
            "In a meeting with the editorial board of the Daily Ledger, Joe Dunmore said NATO was obsolete. In a Reuters interview, Olaf Berg declared victory.",
            &[
                "meeting happened - | Joe Dunmore, Daily Ledger",
                "interview happened - | Olaf Berg, Reuters",
            ],
        );
    }

    #[test]
    fn subjects_before_an_apposition_are_one_side_of_talks() {
        check(
            "Joe Dunmore and Olaf Berg, the trade envoys of the State Department, began arduous negotiations with China.",
            &["talks happened - | Joe Dunmore, Olaf Berg → China"],
        );
    }

    #[test]
    fn a_letter_sent_to_a_party_named_before_it() {
        check(
            "Maria Ivanova and Joe Dunmore, who sent Olaf Berg a letter, said nothing.",
            &["letter happened - | Maria Ivanova, Joe Dunmore → Olaf Berg"],
        );
    }

    #[test]
    fn a_meeting_of_the_leaders_of_listed_countries() {
        check(
            "They learned of a meeting of the leaders of Brazil, China, India and South Africa.",
            &["meeting happened - | Brazil, China, India, South Africa"],
        );
    }

    #[test]
    fn the_party_after_a_possessive_and_no_generic_audience() {
        check(
            "In an interview with Russia’s state network RT, Joe Dunmore blasted the media. Olaf Berg told the RT audience that he quit.",
            &["interview happened - | Joe Dunmore, RT"],
        );
    }

    #[test]
    fn an_offer_or_request_of_a_party_answered() {
        check(
            "Anna Berg rejected Ledger News's offer of an interview.",
            &["other happened - | Anna Berg, Ledger News"],
        );
        check(
            "Anna Berg declined Tom Dunn's invitation to dinner on Friday.",
            &["other happened - | Anna Berg, Tom Dunn"],
        );
        // A vote on a request is no answer to the one who made it.
        check(
            "Anna Berg joined 89 other senators to reject Tom Dunn's request to close the prison.",
            &[],
        );
        // Nor is rejecting what a party did.
        check("Anna Berg rejected Tom Dunn's plan.", &[]);
    }

    #[test]
    fn no_party_from_a_relative_clause_or_a_region_or_a_title_s_owner() {
        // The one met with is not the one a relative clause after it speaks of, and a region
        // by the compass is no one.
        check(
            "The meeting with Tom Dunn is part of a push for voters in Southern states, who \
             have favored Anna Berg in polls.",
            &[],
        );
        // A party's part of a body met as a whole, "the rest of" it too.
        check(
            "Anna Berg met with the rest of the Senate Democratic caucus on Tuesday.",
            &["meeting happened - | Anna Berg, Senate Democratic caucus"],
        );
        // The name before an apposition of an owner's title told, not the owner.
        check(
            "Anna Berg, Petrov's spokeswoman, told the Ledger that he would not run.",
            &["told happened - | Anna Berg, Ledger"],
        );
    }

    #[test]
    fn an_event_noun_followed_by_a_time_to_come_is_planned() {
        check(
            "Anna Berg has expressed frustration about her first face-off with Tom Dunn later \
             this month.",
            &["debate planned - | Anna Berg, Tom Dunn"],
        );
        check(
            "Anna Berg met Tom Dunn on Friday and will travel to Rome next week.",
            &["meeting happened - | Anna Berg, Tom Dunn"],
        );
    }

    #[test]
    fn summons_speeches_at_gatherings_offices_and_what_was_not_needed() {
        check(
            "At a rally, Tom Dunn called Anna Berg, a former county chairman, onto the stage.",
            &[],
        );
        check(
            "Tom Dunn is speaking Thursday to the National Action Network conference.",
            &[],
        );
        // The office of a person acts for that person.
        check(
            "The Ledger wrote to Dunn's Senate office that it would sue.",
            &["letter happened - | Ledger, Dunn"],
        );
        // Talking past each other is no occasion.
        check(
            "The leaders of Ruritania and Freedonia talked past each other for years.",
            &[],
        );
        // Not needing to meet is no refusal to.
        check(
            "Anna Berg didn't need to meet with Tom Dunn.",
            &["meeting happened - | Anna Berg, Tom Dunn"],
        );
        // The typographic apostrophe is an apostrophe.
        check(
            "Anna Berg didn’t meet with Tom Dunn on Friday.",
            &["meeting negated - | Anna Berg, Tom Dunn"],
        );
        // "he'd sit Dunn down": would, not had ("she'd met Dunn").
        check(
            "Anna Berg says she’d sit Tom Dunn down and tell him “no more nonsense.”",
            &["told possible - | Anna Berg, Tom Dunn"],
        );
        check(
            "Anna Berg said she'd met Tom Dunn twice.",
            &["meeting happened - | Anna Berg, Tom Dunn"],
        );
        check(
            "Anna Berg says she’ll meet Tom Dunn on Friday.",
            &["meeting planned - | Anna Berg, Tom Dunn"],
        );
        // A journalist and her own outlet are one side.
        check(
            "During an interview with NBC News Senior Correspondent Anna Berg, broadcast on \
             Wednesday, Tom Dunn said he had access to the server.",
            &["interview happened - | Tom Dunn, Anna Berg"],
        );
        check(
            "Ivan Petrov told CNN's Anna Berg that he won. In a Bloomberg interview Petrov \
             declared victory.",
            &[
                "told happened - | Ivan Petrov, Anna Berg",
                "interview happened - | Ivan Petrov, Bloomberg News",
            ],
        );
        // A forum is where one speaks, not whom one speaks with.
        check(
            "Ivan Petrov told the Vesna Dialogue, a regional security forum in Singapore, that \
             war was near.",
            &[],
        );
        // "her adviser, Tom Dunn, said": the adviser acted.
        check(
            "Anna Berg spoke in Paris. In a statement to the Ledger, her senior policy \
             adviser, Tom Dunn, said: “Berg believes that cooperation is essential.”",
            &["told happened - | Tom Dunn, Ledger"],
        );
        // The administration's request is its head's.
        check(
            "In 2007, Ruritania accepted the Ivan Petrov administration's request to cooperate \
             in a pilot program.",
            &["other happened - | Ruritania, Ivan Petrov"],
        );
        // A dateline's agency is no party; a host's show is hers.
        check(
            "WASHINGTON, Dec. 8 (UPI) — In response to Ivan Petrov's proposal to bar \
             visitors, Anna Berg's aide rallied supporters.",
            &[],
        );
        check(
            "In a conversation with HuffPost Live's Anna Berg about his comedy project, Tom \
             Dunn discussed history.",
            &["meeting happened - | Tom Dunn, Anna Berg"],
        );
        check(
            "In a conversation with HuffPost Live's Anna Berg about his project, “History for \
             Dummies,” Tom Dunn discussed history.",
            &["meeting happened - | Tom Dunn, Anna Berg"],
        );
        check(
            "In a conversation with HuffPost Live's Anna Berg about his project, “History for \
             Tom Dunn,” the actor discussed history.",
            &[],
        );
        // A specific debate named without its rivals is between those the article reports
        // debating.
        check(
            "Ready for the three upcoming faceoffs? Ivan Petrov said it would be a good idea \
             to have more debates with Anna Berg. Monday's debate in Boston will be his first \
             against a single opponent.",
            &[
                "debate possible - | Ivan Petrov, Anna Berg",
                "debate planned - | Ivan Petrov, Anna Berg",
            ],
        );
        // One expected to win a debate has not had it yet.
        check(
            "Voters expect Petrov to win his first debate against Anna Berg.",
            &["debate planned - | Petrov, Anna Berg"],
        );
        // The speakers of a transcript's turns spoke with each other; "UPDATE:" is no one.
        check(
            "Ivan Petrov spoke on Sunday.\n\nUPDATE: This story was updated.\n\nBERG: Let's \
             start.\n\nPETROV: Well, I think so.\n\nBERG: And the race?",
            &["interview happened - | Berg, Ivan Petrov"],
        );
        check(
            "Ivan Petrov spoke on Sunday.\n\nBERG: Let's start.\n\nPetrov said he thinks \
             so.\n\nBERG: And the race?",
            &[],
        );
        // A headline calls a person something without an article.
        check(
            "Ivan Petrov calls Tom Laurent risk to national safety;\n\nIvan Petrov spoke of \
             Tom Laurent.",
            &[],
        );
        // From a fresh sample: figures of speech, audiences and requests nobody answered.
        check(
            "Ruritania and Freedonia may speak the language of partnership.",
            &[],
        );
        check(
            "Ivan Petrov told Laurent backers on Saturday that Laurent had won.",
            &[],
        );
        check(
            "Tom Dunn and Ivan Petrov did not respond to interview requests.",
            &[],
        );
        check(
            "Anna Berg Calls Ivan Petrov Violence Against Voters 'Genocide'\n\nAnna Berg \
             spoke of Ivan Petrov.",
            &[],
        );
        // The simple present with a day is a schedule in prose, the past in a headline.
        check(
            "Markets wait.\n\nThe new age will begin this week, as Anna Berg speaks to Tom \
             Dunn on Wednesday.",
            &["other planned - | Anna Berg, Tom Dunn"],
        );
        check(
            "Markets wait.\n\n“We are ready,” Anna Berg said Friday as she entered the talks \
             with Tom Dunn.",
            &["talks happened - | Anna Berg, Tom Dunn"],
        );
        // Unnamed members of a body talking to the press are sources.
        check(
            "At least a dozen members of Congress told The New York Times that they would vote \
             no.",
            &[],
        );
        // "according to" names a source.
        check(
            "“Toward the end of the evening, Berg asked all of them for counsel,” Tom Dunn \
             writes in his book, according to The New York Times.",
            &[],
        );
        // A planning director plans nothing.
        check(
            "Policy planning director Anna Berg wrote to Tom Dunn in a March 19 message.",
            &["letter happened - | Anna Berg, Tom Dunn"],
        );
    }

    #[test]
    fn a_subject_pronoun_goes_on_with_the_same_pronoun_not_a_name_after_a_preposition() {
        check(
            "Ivan Petrov said that he backs no one, and besides a private meeting he had with \
             Tom Dunn a year ago, he also hosted Anna Berg aboard his jet.",
            &[
                "meeting happened - | Ivan Petrov, Tom Dunn",
                "meeting happened - | Ivan Petrov, Anna Berg",
            ],
        );
    }

    #[test]
    fn what_they_call_each_other_is_no_call() {
        check(
            "The friendship between Ivan and Anna, as they call each other, has lasted.",
            &[],
        );
        check(
            "Ivan Petrov and Anna Berg flew to Paris, where they met with Tom Dunn on Friday.",
            &["meeting happened - | Ivan Petrov, Anna Berg → Tom Dunn"],
        );
    }

    #[test]
    fn calling_someone_a_name_is_no_call() {
        check(
            "Joe Dunmore called Olaf Berg “a disgrace” on Monday. Maria Ivanova called Olaf Berg on Monday.",
            &["call happened - | Maria Ivanova, Olaf Berg"],
        );
    }

    #[test]
    fn a_name_given_with_called_is_no_call() {
        check(
            "A newly formed super PAC called Ledger Fund 45 ran ads, Joe Dunmore said. The video \
             is called Ledger Nights, Maria Ivanova said. A day later Maria Ivanova called Olaf Berg.",
            &["call happened - | Maria Ivanova, Olaf Berg"],
        );
    }

    #[test]
    fn a_pronoun_follows_the_same_pronoun_before_it_in_the_sentence() {
        check(
            "Ivan Petrov spoke. It began when Dunmore confronted him on Monday and ended with \
             Olaf Berg, who had pressed him on taxes.",
            &[
                "other happened - | Dunmore, Ivan Petrov",
                "other happened - | Olaf Berg, Ivan Petrov",
            ],
        );
    }

    #[test]
    fn guests_of_the_writer_did_not_meet_each_other() {
        check(
            "I did that last week over breakfast with Olaf Berg, a co-founder of the Ledger, \
             and Maria Ivanova. Joe Dunmore had breakfast with Olaf Berg.",
            &["meeting happened - | Joe Dunmore, Olaf Berg"],
        );
    }

    #[test]
    fn a_speaker_along_with_another_is_no_party_spoken_with() {
        check(
            "Maria Ivanova is scheduled to speak next Thursday, along with Senator Olaf Berg. \
             Joe Dunmore spoke with Olaf Berg.",
            &["other happened - | Joe Dunmore, Olaf Berg"],
        );
    }

    #[test]
    fn a_statement_made_on_an_outlets_programme_is_an_interview() {
        check(
            "“We are ready,” Joe Dunmore said Thursday on Fox News’s “Morning Desk.” During a May interview on CNBC's Market Hour, Olaf Berg said he won.",
            &[
                "interview happened - | Olaf Berg, Market Hour",
                "interview happened - | Joe Dunmore, Morning Desk",
            ],
        );
        // A forum or town hall an outlet held.
        check(
            "Ivan Petrov said at a Ledger News town hall on Monday that the wall would rise.",
            &["interview happened - | Ivan Petrov, Ledger News"],
        );
        // Unquoted titles with small words, said on or told to the programme.
        check(
            "Joe Dunmore said on Ledger TV's Meet the Voters that he would run. Olaf Berg told \
             Ledger TV's Face the Week that he would not.",
            &[
                "interview happened - | Olaf Berg, Face the Week",
                "interview happened - | Joe Dunmore, Meet the Voters",
            ],
        );
        // Told to a network's programme: the programme, once.
        check(
            "“We won,” Joe Dunmore told Fox News’s “Morning Desk” on Friday.",
            &["interview happened - | Joe Dunmore, Morning Desk"],
        );
        // Not where something the cue proposes would happen.
        check(
            "Joe Dunmore proposed they debate on Fox News’s “Morning Desk” on Friday.",
            &[],
        );
    }

    #[test]
    fn an_invitation_to_a_meeting_and_a_statement_to_a_named_colleague() {
        check(
            "Joe Dunmore invited Olaf Berg to a meeting in Paris. Maria Ivanova invited Olaf Berg to the gala. Ann Brooks put it in a statement to my colleague Olaf Berg.",
            &[
                "meeting happened - | Joe Dunmore, Olaf Berg",
                "told happened - | Ann Brooks, Olaf Berg",
            ],
        );
    }

    #[test]
    fn demands_and_the_answer_to_them_are_two_occasions() {
        check(
            "Last week, NATO members formally responded to a series of Russian demands. Russia mentioned NATO.",
            &[
                "letter happened - | NATO, Russia",
                "other happened - | Russia, NATO",
            ],
        );
    }

    #[test]
    fn an_offer_of_talks_and_a_document_received_from_two_senders() {
        check(
            "Washington on Wednesday delivered a reply, offering Russia talks on missile placements. The document Russia received from NATO and the United States was not disclosed.",
            &[
                "talks possible - | United States, Russia",
                "letter happened - | NATO, United States → Russia",
            ],
        );
    }

    #[test]
    fn an_aside_in_parentheses_between_subject_and_verb() {
        check(
            "Sen. Ann Brooks (R-Ohio) told CNN on Thursday that the bill was dead.",
            &["interview happened - | Ann Brooks, CNN"],
        );
    }

    #[test]
    fn a_name_set_off_by_commas_after_a_description_is_the_subject_or_object() {
        check(
            "The network's editor in chief, Maria Ivanova, conveyed to Ms. Berg that the piece \
             was out of line.",
            &["told happened - | Maria Ivanova, Berg"],
        );
        check(
            "Later Mr. Petrov summoned his senior climate adviser, Ann Brooks, to his office.",
            &["meeting happened - | Petrov, Ann Brooks"],
        );
        // A name after one comma only opens the next clause.
        check(
            "Mr. Petrov summoned his old climate team, Ann Brooks said.",
            &[],
        );
    }

    #[test]
    fn joint_news_conferences_meals_and_talks_verbs() {
        check(
            "Petrov and Laurent held a joint news conference in Paris.",
            &["meeting happened - | Petrov, Laurent"],
        );
        check(
            "Petrov had dinner with Laurent at the embassy.",
            &["meeting happened - | Petrov, Laurent"],
        );
        check(
            "Petrov negotiated with Laurent for weeks.",
            &["talks happened - | Petrov, Laurent"],
        );
        check(
            "Petrov and Laurent discussed the crisis by phone.",
            &["call happened - | Petrov, Laurent"],
        );
        // No one named after "with", no phone: no discussion between the two.
        check(
            "Officials at the ministry and the agency would not discuss the inquiry.",
            &[],
        );
        check("Petrov and Laurent sat down for a podcast.", &[]);
        check(
            "Petrov emailed Laurent on Monday.",
            &["letter happened - | Petrov, Laurent"],
        );
        check(
            "Petrov was interviewed by CNN on Sunday.",
            &["interview happened - | Petrov, CNN"],
        );
    }

    #[test]
    fn an_infinitive_takes_its_subject_and_status_from_the_verb_before() {
        check(
            "Petrov will travel to Paris next week to meet Laurent.",
            &["meeting planned - | Petrov, Laurent"],
        );
        check(
            "Petrov refused to meet Laurent.",
            &["meeting negated - | Petrov, Laurent"],
        );
        check(
            "Petrov has no plans to meet with Laurent.",
            &["meeting negated - | Petrov, Laurent"],
        );
        check(
            "Petrov went to Paris to meet Laurent.",
            &["meeting happened - | Petrov, Laurent"],
        );
        // Sending troops is no letter.
        check("Petrov is reluctant to send troops to Ruritania.", &[]);
    }

    #[test]
    fn objects_joined_by_and_are_no_agents_and_party_members_no_party() {
        check(
            "Ann Brooks, who led the fund, emailed Ms. Ivanova and Maria Berg for help.",
            &["letter happened - | Ann Brooks, Ivanova"],
        );
        check(
            "Many top Democrats interviewed by CNN asked not to be named.",
            &[],
        );
    }

    #[test]
    fn calls_as_nouns_and_the_pair_their_stands_for() {
        check(
            "Ann Petrov is conceding the race in a phone call with Maria Laurent.",
            &["call happened - | Ann Petrov, Maria Laurent"],
        );
        check(
            "During their phone call, Petrov and Laurent reaffirmed their commitment.",
            &["call happened - | Petrov, Laurent"],
        );
        check(
            "The spokesman said there was no telephone call planned with Petrov.",
            &[],
        );
        check(
            "A spokesman for Mr. Laurent said there was no telephone call with Petrov.",
            &["call negated - | Laurent, Petrov"],
        );
    }

    #[test]
    fn naming_and_calling_for_are_no_calls_and_sending_needs_a_letter() {
        check("Petrov called Laurent's remarks a disgrace.", &[]);
        check("Petrov called out Laurent for his remarks.", &[]);
        check(
            "At the time, Petrov called Laurent, a former coal trucking director who was twice \
             convicted of assault as a young man, an outstanding leader.",
            &[],
        );
        check("Petrov called upon Laurent to resign.", &[]);
        check(
            "Gov. Ann Brooks answered with a call to arms against Laurent.",
            &[],
        );
        check("Petrov sent troops to Ruritania.", &[]);
    }

    #[test]
    fn a_titled_name_after_a_short_description_is_a_party() {
        check(
            "Petrov said in an interview with conservative host Ann Brooks on Sunday.",
            &["interview happened - | Petrov, Ann Brooks"],
        );
        check("Laurent told reporters Petrov had lied.", &[]);
        check(
            "Petrov told the Daily Ledger's editorial board that he supported it.",
            &["interview happened - | Petrov, Daily Ledger"],
        );
        check(
            "Ann Petrov — who is listed as an attorney in Ohio — told CNN she would appeal.",
            &["interview happened - | Ann Petrov, CNN"],
        );
    }

    #[test]
    fn met_with_a_party_a_few_words_on() {
        check(
            "Petrov met in the afternoon with Chinese President Chen Lan.",
            &["meeting happened - | Petrov, Chen Lan"],
        );
        check(
            "Petrov and Laurent met on Friday in Paris.",
            &["meeting happened - | Petrov, Laurent"],
        );
    }

    #[test]
    fn a_statement_made_in_an_interview_with_a_named_party() {
        check(
            "Ivan Petrov ran for office. “I have had no talks with any campaign,” he said in \
             the interview with Ledger News.",
            &["interview happened - | Ivan Petrov, Ledger News"],
        );
    }

    #[test]
    fn an_interview_in_a_phrase_opening_the_sentence_is_the_subjects() {
        check(
            "During an interview with Ann Brooks that aired Wednesday night, Ivan Petrov \
             discussed the wall.",
            &["interview happened - | Ivan Petrov, Ann Brooks"],
        );
        check(
            "In an interview with “Ledger News,” Ivan Petrov pointed to the north.",
            &["interview happened - | Ivan Petrov, Ledger News"],
        );
    }

    #[test]
    fn the_owner_of_an_event_noun_is_its_subject() {
        check(
            "Ivan Petrov arrived. Petrov's meeting with Maria Laurent was long.",
            &["meeting happened - | Ivan Petrov, Maria Laurent"],
        );
        check(
            "Prime Minister Ivan Petrov arrived. The prime minister's Dec. 28 one-on-one \
             meeting with Maria Laurent was long.",
            &["meeting happened - | Ivan Petrov, Maria Laurent"],
        );
        // An owner further back owns something else.
        check(
            "Ivan Petrov arrived. At Petrov's estate, a meeting with Maria Laurent began.",
            &[],
        );
    }

    #[test]
    fn a_second_verb_shares_the_subject_that_opens_the_sentence() {
        check(
            "Maria Laurent went up against Ann Brooks five times and debated Ivan Petrov twice.",
            &[
                "debate happened - | Maria Laurent, Ann Brooks",
                "debate happened - | Maria Laurent, Ivan Petrov",
            ],
        );
        // A series after an opening clause, and "her" before a noun is no one met.
        check(
            "While the first debate is on Monday, Maria Laurent went up against Ann Brooks five \
             times, debated Ivan Petrov twice, and met her Republican rivals often.",
            &[
                "debate happened - | Maria Laurent, Ann Brooks",
                "debate happened - | Maria Laurent, Ivan Petrov",
            ],
        );
        // "but" joins two verbs of one subject too; a pronoun may be that subject.
        check(
            "Ivan Petrov ran in 2008. He endorsed Ann Brooks, but told CNN on Monday that \
             Maria Laurent would win.",
            &["interview happened - | Ivan Petrov, CNN"],
        );
        // After a preposition a name is an object, not the subject of the series.
        check(
            "The votes went to Maria Laurent, called Ivan Petrov a liar.",
            &[],
        );
    }

    #[test]
    fn naming_welcomes_and_replies_to_posts_are_no_contacts() {
        check(
            "Ivan Petrov called Maria Laurent, a former trucker, an outstanding leader. Petrov \
             recalled the warm welcome he had received from Ann Brooks. Laurent responded to \
             that tweet by calling Brooks dopey.",
            &[],
        );
        // The one a description after a name calls "who" is the person named, not the body
        // in the description.
        check(
            "“We must act,” said Ivan Petrov, a co-chairman of the Budget Caucus, who sent a \
             letter to Maria Laurent.",
            &["letter happened - | Ivan Petrov, Maria Laurent"],
        );
        // "is pointing to an interview" is no interview to come.
        check(
            "Ivan Petrov is pointing to a recent interview with the Daily Ledger.",
            &["interview happened - | Ivan Petrov, Daily Ledger"],
        );
    }

    #[test]
    fn names_speeches_and_public_replies_are_no_contacts() {
        check(
            "A warm-up band called Ann Brooks played. When told Ivan Petrov was in the \
             cabinet, Maria Laurent smiled. Laurent and Petrov will speak there as well. \
             Brooks responded to Petrov's rant. Berg lashed out at Petrov on Facebook, telling \
             Laurent that words matter.",
            &[],
        );
        check(
            "Maria Laurent and Ivan Petrov spoke at length on the phone. Laurent responded to \
             Petrov's questions. In an interview with the Daily Ledger at Petrov's estate, Ann \
             Brooks said she would run.",
            &[
                "call happened - | Maria Laurent, Ivan Petrov",
                "interview happened - | Ann Brooks, Daily Ledger",
            ],
        );
    }

    #[test]
    fn demands_rejected_and_answered_by_they() {
        check(
            "The demands issued by Ruritania in December were rejected by France and Germany \
             as nonstarters. However, they gave written responses to Ruritania last week.",
            &[
                "other happened - | France, Germany → Ruritania",
                "letter happened - | France, Germany → Ruritania",
            ],
        );
        check(
            "Spain refused to concede Portugal’s demands over the border.",
            &["other happened - | Portugal, Spain"],
        );
        // The one who answers is named right before the answer, not in another clause.
        check(
            "Spokesman Ivan Petrov said that the rejection of Portugal’s demands left little \
             room. Maria Laurent said it was clear that the West has ignored Portugal’s demands.",
            &[],
        );
        // Two names with their appositions.
        check(
            "Critics, like Senators Ivan Berg, Republican of Iowa, and Ann Brooks, Democrat of \
             Vermont, see a chance. They sent a letter on Thursday to Maria Laurent.",
            &["letter happened - | Ivan Berg, Ann Brooks → Maria Laurent"],
        );
        // "they" stands for a pair only when the sentence before joins two parties.
        check(
            "Spain spoke at length. They gave written responses to Portugal.",
            &[],
        );
    }

    #[test]
    fn quoted_words_do_not_set_the_status() {
        check(
            "“It could be higher,” Ivan Petrov told Maria Laurent. “I won't,” Laurent told \
             the Daily Ledger.",
            &[
                "told happened - | Ivan Petrov, Maria Laurent",
                "told happened - | Maria Laurent, Daily Ledger",
            ],
        );
    }

    #[test]
    fn a_delegation_and_leaders_named_by_a_place_or_body_are_parties() {
        check(
            "At a tense breakfast with the Ohio delegation the next morning, Maria Laurent said \
             she would not back Petrov. Ivan Berg and Ann Brooks opposed the bill. They sent a \
             letter on Thursday to Senate leaders. Tom Berg spoke to a gathering of Pacific \
             Island leaders.",
            &[
                "meeting happened - | Maria Laurent, Ohio delegation",
                "letter happened - | Ivan Berg, Ann Brooks → Senate leaders",
                "other happened - | Tom Berg, Pacific Island leaders",
            ],
        );
        // A party's leaders are its members, and a country's leaders the country.
        check(
            "Maria Laurent met GOP leaders. Ivan Petrov met U.S. leaders on Friday.",
            &[],
        );
    }

    #[test]
    fn who_gave_an_interview() {
        check(
            "Ivan Petrov spoke on Monday. Maria Laurent is pointing to a recent interview \
             Petrov did with the editorial board of the Daily Ledger. Ann Brooks said in a \
             Ledger TV interview that the onus is on Petrov.",
            &[
                "interview happened - | Ivan Petrov, Daily Ledger",
                "interview happened - | Ann Brooks, Ledger TV",
            ],
        );
    }

    #[test]
    fn asked_by_a_party() {
        check(
            "On Sunday, Maria Laurent was asked by host Ann Brooks whether she would run. When \
             asked by the Daily Ledger, Ivan Petrov said no. Asked by Tom Berg if Laurent gets \
             it, Petrov avoided an answer.",
            &[
                "other happened - | Ann Brooks, Maria Laurent",
                "other happened - | Daily Ledger, Ivan Petrov",
                "other happened - | Tom Berg, Ivan Petrov",
            ],
        );
    }

    #[test]
    fn what_one_spoke_of_is_not_whom_one_spoke_with() {
        check(
            "Ivan Petrov spoke briefly of his friendship with Maria Laurent.",
            &[],
        );
    }

    #[test]
    fn a_summit_reported_by_who_spoke_at_it() {
        check(
            "Published: 2016-09-17\n\nLeaders gathered Friday in Vienna. “We must act,” French \
             President Ivan Petrov said Friday as he entered the talks.\n\nGerman Chancellor \
             Maria Laurent told reporters after the day-long meeting that they agreed. Ann \
             Brooks spoke after the meeting with Petrov.",
            &[
                "meeting happened - | Ann Brooks, Ivan Petrov",
                "meeting happened 2016-09-16 | Ivan Petrov, Maria Laurent",
            ],
        );
        // One person at the meeting is no meeting of several.
        check("Ivan Petrov spoke to reporters after the meeting.", &[]);
    }

    #[test]
    fn words_addressed_to_a_party() {
        check(
            "Ivan Petrov urged Maria Laurent to drop the bill. Ann Brooks warned Petrov of \
             the risk. Laurent thanked Brooks on Twitter.",
            &[
                "told happened - | Ivan Petrov, Maria Laurent",
                "told happened - | Ann Brooks, Ivan Petrov",
            ],
        );
        // The subject acts alone; no agent after the verb; a question's speaker.
        check(
            "Ivan Petrov and Maria Laurent urged the rest of the party to unite. Two committees \
             asked the court whether Ann Brooks had lied. “Why not?” asked Petrov.",
            &[],
        );
        // What one is asked or encouraged to do has not happened.
        check(
            "Ann Brooks asked Ivan Petrov to call Maria Laurent at once.",
            &[
                "told happened - | Ann Brooks, Ivan Petrov",
                "call possible - | Ivan Petrov, Maria Laurent",
            ],
        );
        check(
            "On Thursday, Ann Brooks will testify before the Senate Judiciary Committee.",
            &["other planned - | Ann Brooks, Senate Judiciary Committee"],
        );
    }

    #[test]
    fn what_follows_of_after_a_determiner_is_not_the_object() {
        check("Petrov visited the grave of Ivan Laurent in Paris.", &[]);
    }

    #[test]
    fn debates_named_by_their_rivals_and_still_to_come() {
        check(
            "Ivan Petrov vs. Maria Laurent: the first debate is on Monday.",
            &["debate happened - | Ivan Petrov, Maria Laurent"],
        );
        check(
            "Maria Laurent is heading into her first faceoff with Ivan Petrov.",
            &["debate planned - | Maria Laurent, Ivan Petrov"],
        );
        check(
            "His debate tricks won't work in the three upcoming faceoffs with Maria Laurent.",
            &[],
        );
        // Unless "their" debate says they are the rivals.
        check(
            "Both Maria Laurent and Ivan Petrov are tied heading into their first debate.",
            &["debate planned - | Maria Laurent, Ivan Petrov"],
        );
        check(
            "Ivan Petrov and Maria Laurent repeated the attacks of their last debate.",
            &["debate happened - | Ivan Petrov, Maria Laurent"],
        );
        // Rivals joined by "and" are too often something else.
        check(
            "Strategists for Ivan Petrov and Maria Laurent recalled the debate.",
            &[],
        );
    }

    #[test]
    fn rivals_facing_each_other_in_a_sentence_about_debates() {
        check(
            "Maria Laurent went up against Ivan Petrov five times in the debates of 2012.",
            &["debate happened - | Maria Laurent, Ivan Petrov"],
        );
        check(
            "Before the debate, Maria Laurent squared off with Ivan Petrov.",
            &["debate happened - | Maria Laurent, Ivan Petrov"],
        );
        // Rivals in a race, with no debate in the sentence.
        check(
            "Maria Laurent went up against Ivan Petrov in the 2012 primary.",
            &[],
        );
    }

    #[test]
    fn a_question_for_a_party_and_the_forum_that_questioned_it() {
        check(
            "Anna Berg had a question for Ivan Petrov.",
            &["other happened - | Anna Berg, Ivan Petrov"],
        );
        // At an outlet's town hall, the outlet questioned the one the question was for,
        // not the one who asked it.
        check(
            "During a Ledger News town hall, Anna Berg had a question for Ivan Petrov.",
            &[
                "interview happened - | Ivan Petrov, Ledger News",
                "other happened - | Anna Berg, Ivan Petrov",
            ],
        );
        // Not questions someone set aside for another.
        check(
            "Ivan Petrov shut down such questions for Anna Berg by rejecting an inquiry.",
            &[],
        );
    }

    #[test]
    fn a_post_on_a_social_network_is_no_contact() {
        check(
            "Ivan Petrov thanked Maria Laurent on Twitter for her support.",
            &[],
        );
        check(
            "Ivan Petrov thanked Maria Laurent in a letter for her support.",
            &["told happened - | Ivan Petrov, Maria Laurent"],
        );
        // A phrase opening the sentence says it was posted.
        check(
            "With a tweet featuring the old flag, Ivan Petrov told Maria Laurent to come.",
            &[],
        );
        check(
            "In her post, Maria Laurent reminded Ivan Petrov of his promise.",
            &[],
        );
    }

    #[test]
    fn a_participle_after_a_comma_is_said_of_the_speaker() {
        // Set off by commas after the statement's cue, before it, or fronted.
        check(
            "“We will win,” added his campaign manager Tom Dunn, speaking to Ledger News \
             after the senator spoke.",
            &["interview happened - | Tom Dunn, Ledger News"],
        );
        check(
            "Tom Dunn, an adviser to Ivan Petrov, said on Sunday, speaking to Ledger News, \
             that the race was not over.",
            &["interview happened - | Tom Dunn, Ledger News"],
        );
        check(
            "Tom Dunn, speaking with Ivan Petrov by phone on Friday, agreed to a truce.",
            &["call happened - | Tom Dunn, Ivan Petrov"],
        );
        check(
            "Meanwhile, speaking to Ledger News, Tom Dunn said the race was not over.",
            &["interview happened - | Tom Dunn, Ledger News"],
        );
        // A participle after a description: its subject is the sentence's.
        check(
            "Anna Berg, recalling weekly breakfasts with Maria Laurent, described herself as \
             her confidant.",
            &["meeting happened - | Anna Berg, Maria Laurent"],
        );
    }

    #[test]
    fn contacting_a_party_and_going_on_an_outlet_are_contacts() {
        check(
            "Tom Dunn says he contacted Maria Laurent on Friday.",
            &["other happened - | Tom Dunn, Maria Laurent"],
        );
        check(
            "Senator Anna Berg even went on Ledger News to declare Ivan Petrov the winner.",
            &["interview happened - | Anna Berg, Ledger News"],
        );
        // Not "went on to say", nor "contacted by".
        check("Anna Berg went on to say Ivan Petrov had won.", &[]);
        // An adverb between a subject and its verb.
        check(
            "Anna Berg privately met Ivan Petrov in Vienna.",
            &["meeting happened - | Anna Berg, Ivan Petrov"],
        );
    }

    #[test]
    fn two_subjects_of_a_verb_addressed_to_another_are_one_side() {
        check(
            "Tom Dunn and Anna Berg frequently lobbied Ivan Petrov for weeks.",
            // (What each of them addressed to him comes from the statement too; resolution
            // merges the events of one pair.)
            &[
                "other happened - | Tom Dunn, Anna Berg → Ivan Petrov",
                "told happened - | Anna Berg, Ivan Petrov",
                "told happened - | Tom Dunn, Ivan Petrov",
            ],
        );
        check(
            "Tom Dunn and Anna Berg emailed Ivan Petrov on Friday.",
            &["letter happened - | Tom Dunn, Anna Berg → Ivan Petrov"],
        );
        // A meeting of the three has no sides.
        check(
            "Tom Dunn and Anna Berg met Ivan Petrov in Vienna.",
            &["meeting happened - | Tom Dunn, Anna Berg, Ivan Petrov"],
        );
    }

    #[test]
    fn an_outlet_after_the_words_saying_what_kind_it_is_is_the_one_told() {
        check(
            "Ivan Petrov told French television channel Ledger TV that the driver fired.",
            &["told happened - | Ivan Petrov, Ledger TV"],
        );
        check(
            "Ivan Petrov told television channel Ledger TV that the driver fired.",
            &["told happened - | Ivan Petrov, Ledger TV"],
        );
        // A nationality before a person's title is the person's.
        check(
            "Ivan Petrov told French Prime Minister Anna Berg that the driver fired.",
            &["told happened - | Ivan Petrov, Anna Berg"],
        );
    }

    #[test]
    fn a_party_before_one_of_its_people_names_that_person() {
        check(
            "Anna Berg told the GOP nominee Tom Dunn that he lost.",
            &["told happened - | Anna Berg, Tom Dunn"],
        );
        // Unnamed, the person is no party of the event, and the party is not either.
        check("Anna Berg asked the GOP front-runner a question.", &[]);
        // People of the party: the party.
        check(
            "Anna Berg met with the GOP leaders on Friday.",
            &["meeting happened - | Anna Berg, Republican Party"],
        );
    }

    #[test]
    fn a_cancelled_event_did_not_happen_and_what_was_not_said_was_said_somewhere() {
        check(
            "Ivan Petrov abruptly canceled a scheduled interview with Ledger News.",
            &["interview negated - | Ivan Petrov, Ledger News"],
        );
        check(
            "Ivan Petrov refused to say in an interview on Ledger News whether he would pay.",
            &["interview happened - | Ivan Petrov, Ledger News"],
        );
        check(
            "Ivan Petrov refused to meet Anna Berg.",
            &["meeting negated - | Ivan Petrov, Anna Berg"],
        );
    }

    #[test]
    fn a_story_told_is_no_one_told() {
        check("Ivan Petrov told the Ledger story of the flood.", &[]);
    }

    #[test]
    fn an_interview_after_and_is_given_by_the_subject_of_the_verbs() {
        check(
            "However, Anna Berg met with Ivan Petrov in May and declared in an interview with \
             Ledger News that he was charming.",
            &[
                "meeting happened - | Anna Berg, Ivan Petrov",
                "interview happened - | Anna Berg, Ledger News",
            ],
        );
    }

    #[test]
    fn a_title_before_its_verb_an_outlet_opening_the_sentence_and_a_column() {
        check(
            "President Tom Dunn spoke. Later the president met with Anna Berg. Sunday on Ledger \
             News's “Morning Desk,” Rep. Olaf Brooks said it was bad. As Sam Laurent points out \
             in a column on Ledger News, it was bad.",
            &[
                "meeting happened - | Tom Dunn, Anna Berg",
                "interview happened - | Olaf Brooks, Morning Desk",
            ],
        );
        // Past a participle clause set off by commas (with commas of its own); a station's
        // quoted programme with a small word inside.
        check(
            "Tuesday on Ledger News's “Morning Desk,” while discussing a tweet from Tom Dunn, \
             Rep. Olaf Brooks said it was bad.",
            &["interview happened - | Olaf Brooks, Morning Desk"],
        );
        check(
            "Tuesday on WLDG’s “Midday with Sam Laurent,” while discussing an image of Anna \
             Berg, money and a star, Speaker Olaf Brooks said it was bad.",
            &["interview happened - | Olaf Brooks, Midday with Sam Laurent"],
        );
        // "That interview": told before, not the interview of the one named after it.
        check(
            "Gov. Tom Dunn spoke. Two hours after that interview aired on Ledger News, the \
             governor did just that.",
            &[],
        );
    }

    #[test]
    fn the_progressive_with_a_day_to_come_is_a_schedule() {
        check(
            " date 2022-01-28 Ledger wrap.\n\nJoe Dunmore is meeting with Olaf Berg on Monday. \
             Anna Brooks is meeting with Sam Laurent right now.",
            &[
                "meeting planned 2022-01-31 | Joe Dunmore, Olaf Berg",
                "meeting happened - | Anna Brooks, Sam Laurent",
            ],
        );
    }

    #[test]
    fn a_participle_opening_the_sentence_names_whom_its_speaker_spoke_to() {
        check(
            "Speaking to Ledger News on Thursday, Anna Berg said it was bad. Sitting down with \
             the Daily Ledger, Tom Dunn said he would run.",
            &[
                "interview happened - | Anna Berg, Ledger News",
                "interview happened - | Tom Dunn, Daily Ledger",
            ],
        );
    }

    #[test]
    fn the_bureau_is_the_bureau_named_before() {
        check(
            "The Federal Bureau of Investigation sent a report on the bureau’s interview with \
             Anna Berg last month.",
            &["interview happened - | Federal Bureau of Investigation, Anna Berg"],
        );
    }

    #[test]
    fn the_place_of_an_outlet_is_not_the_one_told() {
        check(
            "French Prime Minister Tom Dunn told the Paris daily Ledger Journal that it was bad.",
            &["told happened - | Tom Dunn, Ledger Journal"],
        );
    }

    #[test]
    fn who_after_a_description_stands_for_the_person_described() {
        check(
            "Senator Tom Dunn, a Ruritanian lawyer who has met privately with Anna Berg, said it \
             was bad.",
            &["meeting happened - | Tom Dunn, Anna Berg"],
        );
    }

    #[test]
    fn speakers_heard_by_a_crowd_did_not_speak_with_each_other() {
        check(
            "Close to 300 people stood in the rain to hear Anna Berg and Tom Dunn speak about \
             the highway. Olaf Brooks and Sam Laurent spoke at length on Monday.",
            &["other happened - | Olaf Brooks, Sam Laurent"],
        );
    }

    #[test]
    fn calls_with_a_party_being_arranged_or_planned() {
        check(
            "Tom Dunn was arranging calls with both Anna Berg and Olaf Brooks. Sam Laurent was \
             planning calls with Ann Ivanova.",
            &[
                "call planned - | Tom Dunn, Anna Berg",
                "call planned - | Tom Dunn, Olaf Brooks",
                "call planned - | Sam Laurent, Ann Ivanova",
            ],
        );
    }

    #[test]
    fn a_habit_in_the_past_took_place() {
        check(
            "At times Tom Dunn would meet directly with Anna Berg. Olaf Brooks often called \
             Sam Laurent. Ann Ivanova would meet Joe Dunmore if asked.",
            &[
                "meeting happened - | Tom Dunn, Anna Berg",
                "call happened - | Olaf Brooks, Sam Laurent",
                "meeting possible - | Ann Ivanova, Joe Dunmore",
            ],
        );
    }

    #[test]
    fn a_party_adjective_in_a_reference_by_title() {
        check(
            "Republican presidential candidate Tom Dunn spoke on Monday. Later the Republican \
             presidential candidate told Ledger News that he would win.",
            &["interview happened - | Tom Dunn, Ledger News"],
        );
    }

    #[test]
    fn what_one_said_one_would_do_is_planned_unless_on_a_condition() {
        check(
            "Tom Dunn joined the debate, announcing he would meet with Anna Berg. Olaf Brooks \
             said he would meet Ann Laurent if elected.",
            &[
                "meeting planned - | Tom Dunn, Anna Berg",
                "meeting possible - | Olaf Brooks, Ann Laurent",
            ],
        );
    }

    #[test]
    fn an_outlet_s_short_name_is_the_outlet_named_before() {
        check(
            "Anna Berg once edited the Harbor Journal. In an interview with The Journal last \
             week, Tom Dunn said he would run. Olaf Brooks told the Journal he would not.",
            &[
                "interview happened - | Tom Dunn, Harbor Journal",
                "interview happened - | Olaf Brooks, Harbor Journal",
            ],
        );
        // No outlet of that name before: no one to have told.
        check("Tom Dunn told The Journal he would run.", &[]);
    }

    #[test]
    fn one_a_verb_acted_on_before_an_interview_was_not_interviewed() {
        check(
            "Tom Dunn blasted Anna Berg and defended Olaf Brooks in a recent interview with \
             Ledger News.",
            &["interview happened - | Tom Dunn, Ledger News"],
        );
        check(
            "Sam Laurent spoke. He picked Ann Ivanova to win in an interview on last Sunday's \
             interview on Ledger News.",
            &[],
        );
    }

    #[test]
    fn a_month_with_its_year_is_that_month() {
        check(
            "Date: 2016-01-07\n\nIn May 2013, Ivan Petrov met Anna Berg.",
            &["meeting happened 2013-05 | Ivan Petrov, Anna Berg"],
        );
        // Without its year: the last such month before the publication.
        check(
            "Date: 2016-01-07\n\nIn May, Ivan Petrov met Anna Berg.",
            &["meeting happened 2015-05 | Ivan Petrov, Anna Berg"],
        );
    }

    #[test]
    fn a_year_near_the_cue_dates_the_event() {
        check(
            "Date: 2016-03-23\n\nAnna Berg told Ledger News in 2012 that schools mattered. Tom \
             Dunn told Ledger News last year that it was late. Sam Laurent has met Olaf \
             Brooks twice since the party was founded in 2014.",
            &[
                "interview happened 2012 | Anna Berg, Ledger News",
                "interview happened 2015 | Tom Dunn, Ledger News",
                "meeting happened - | Sam Laurent, Olaf Brooks",
            ],
        );
    }

    #[test]
    fn the_day_of_a_possessive_dates_the_event() {
        check(
            "Date: 2016-09-30\n\nIvan Petrov raised money on the day after Monday's debate \
             with Anna Berg.",
            &["debate happened 2016-09-26 | Ivan Petrov, Anna Berg"],
        );
        // Only that noun: not an event told further on, nor one of a later sentence, nor one
        // after a clause of its own with "will".
        check(
            "Date: 2016-09-23\n\nIvan Petrov told Ledger News that Friday's announcement was \
             late. While Monday's vote will be close, Anna Berg debated Tom Dunn twice.",
            &[
                "interview happened - | Ivan Petrov, Ledger News",
                "debate happened - | Anna Berg, Tom Dunn",
            ],
        );
    }
}
