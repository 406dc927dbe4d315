//! Direct quotations: attributing a pair of quotation marks to a speaker from the words after
//! the closing mark ("…,” Petrov said), before the opening mark (Petrov said: “…”), or in the
//! sentence before, and reading what follows the cue (addressee, intermediary, occasion).
//! Input: the article `View` and one `QuoteRegion`; output: an `Attribution`. Which
//! quotations exist and how they join is `quotations`' business.

use super::reported::description_before;
use super::*;

/// An attribution found next to a quote.
pub(super) struct Attribution {
    pub(super) speaker: Speaker,
    pub(super) cue: String,
    pub(super) cue_span: Span,
    pub(super) addressee: Option<Span>,
    pub(super) reported_by: Option<Span>,
    pub(super) occasion: Option<OccasionKind>,
    pub(super) occasion_span: Option<Span>,
}

impl Attribution {
    /// An attribution by a speaker, with nothing read after the cue yet.
    fn new(speaker: Speaker, cue: String, cue_span: Span) -> Attribution {
        Attribution {
            speaker,
            cue,
            cue_span,
            addressee: None,
            reported_by: None,
            occasion: None,
            occasion_span: None,
        }
    }

    /// An attribution to a description that names no entity ("a campaign spokesman").
    fn described(description: Span, cue: String, cue_span: Span) -> Attribution {
        Attribution::new(speaker_at(description), cue, cue_span)
    }
}

/// "…,” Petrov said", "…,” said Petrov", "…,” the embassy said in a statement".
pub(super) fn after_close(view: &View, region: &QuoteRegion) -> Option<Attribution> {
    if view.kind(region.close) != Some(TokenKind::CloseQuote) {
        return None;
    }
    let mut idx = region.close + 1;
    // "…at all,''' said": the mark closing a quotation inside the quotation may stand after.
    while matches!(view.text(idx), "'" | "’") {
        idx += 1;
    }
    if let Some(attribution) = signature(view, idx) {
        return Some(attribution);
    }
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
    // "“Is it two? Three?” Laurent asks as an aide walks in …": after a question or an
    // exclamation the cue opens a sentence of any length.
    let exclaims = matches!(view.text(region.close - 1), "?" | "!");
    let opens_with_cue = view.verb(idx).is_some()
        || view
            .mention_starting(idx)
            .is_some_and(|m| view.verb(view.after(m)).is_some());
    if next_sentence != close_sentence
        && !(next_sentence == close_sentence + 1
            && same_paragraph
            && (next_end - next_start <= 10 || exclaims && opens_with_cue))
    {
        return None;
    }
    if view.lower(idx) == "according" && view.lower(idx + 1) == "to" {
        return according_to_after(view, idx);
    }
    // Verb first: "said Petrov".
    if let Some((verb, len)) = view.verb(idx) {
        if verb.class == VerbClass::Belief {
            return None;
        }
        let cue_span = view.span(idx, idx + len);
        let subject = view.mention_starting(idx + len).or_else(|| {
            // "said the Russian Embassy", "said retired neurosurgeon Ivan Sokolov": skip a
            // determiner or lowercase words of a title before a name.
            // "wrote Post White House bureau chief Juliet Brooks": or words of a title.
            // A phrase opened by "a" or "one", or going on with "who", is a description that
            // may name someone else ("said one source who identified Petrov").
            if matches!(
                view.lower(idx + len),
                "a" | "an" | "one" | "another" | "some"
            ) {
                return None;
            }
            (1..=8).find_map(|skip| {
                let words = (idx + len..idx + len + skip).all(|i| {
                    view.kind(i) == Some(TokenKind::Word)
                        && view.verb(i).is_none()
                        && !matches!(
                            view.lower(i),
                            "who" | "which" | "that" | "to" | "for" | "with" | "about"
                        )
                });
                view.mention_starting(idx + len + skip).filter(|m| {
                    words
                        && (view.lower(idx + len) == "the" && skip == 1
                            || m.entity_type == EntityType::Person)
                })
            })
        });
        let Some(subject) = subject else {
            // "…,” said one district party leader.", "…,” says a narrator.": a phrase opened by
            // a determiner that ends the sentence or meets a comma is the speaker.
            let description = description_after(view, idx + len).or_else(|| {
                let from = idx + len;
                if !matches!(view.lower(from), "a" | "an" | "the" | "one" | "another") {
                    return None;
                }
                // "said one Democrat familiar with the discussion, who …"
                let end = (from + 1..(from + 9).min(view.tokens.len()))
                    .find(|&i| view.kind(i) != Some(TokenKind::Word))?;
                let closes = matches!(view.text(end), "." | "," | ";");
                (closes && end > from + 1 && (from + 1..end).all(|i| view.verb(i).is_none()))
                    .then(|| view.span(from, end))
            })?;
            return Some(Attribution::described(
                description,
                verb.lemma.clone(),
                cue_span,
            ));
        };
        let after = view.after(subject);
        return Some(finish(view, subject, verb.lemma.clone(), cue_span, after));
    }
    // Subject first: "Petrov said", "the Russian Embassy in the US said", "a White House
    // statement said".
    let mut start = idx;
    if matches!(view.lower(start), "the" | "a" | "an") {
        start += 1;
    }
    // "…,” state Sen. Jason Brooks said": lowercase words of a title before a name.
    let subject = view.mention_starting(start).or_else(|| {
        (1..=2).find_map(|skip| {
            let words = (start..start + skip).all(|i| {
                view.kind(i) == Some(TokenKind::Word)
                    && view.text(i).starts_with(char::is_lowercase)
                    && view.verb(i).is_none()
                    && !matches!(view.lower(i), "one" | "another" | "some")
            });
            view.mention_starting(start + skip)
                .filter(|m| words && m.entity_type == EntityType::Person)
        })
    });
    // "…,” a campaign spokesman said.", also when a name stands inside the description ("…,”
    // a Laurent campaign spokesman said").
    let describe = || -> Option<Attribution> {
        // "…,” a campaign spokesman said.
        let verb_idx =
            (idx + 1..(idx + 7).min(view.tokens.len())).find(|&i| view.verb(i).is_some())?;
        // Between a closing mark and its cue, a phrase opened by a determiner is the speaker
        // whatever its head noun ("…,” one senior Democrat said").
        let phrase = matches!(
            view.lower(idx),
            "a" | "an" | "the" | "one" | "another" | "some"
        ) && (idx + 1..verb_idx).all(|i| view.kind(i) == Some(TokenKind::Word));
        let description = description_before(view, verb_idx, idx)
            .or_else(|| phrase.then(|| view.span(idx, verb_idx)))?;
        let (verb, len) = view.verb(verb_idx)?;
        if verb.class == VerbClass::Belief {
            return None;
        }
        let cue_span = view.span(verb_idx, verb_idx + len);
        Some(Attribution::described(
            description,
            verb.lemma.clone(),
            cue_span,
        ))
    };
    // "…,” another friend, Maria Ivanova, told CNN": a name right before the cue after a
    // short description.
    let subject = subject.or_else(|| {
        let verb_idx = (idx + 1..(idx + 10).min(view.tokens.len()))
            .take_while(|&i| !matches!(view.text(i), "." | ";" | ":"))
            .find(|&i| view.verb(i).is_some())?;
        let last = verb_idx.checked_sub(1)?;
        let last = if view.text(last) == "," {
            last.checked_sub(1)?
        } else {
            last
        };
        view.mention_ending(last).filter(|m| {
            m.entity_type == EntityType::Person
                && m.kind == MentionKind::Name
                && view.start_of(m) > idx
        })
    });
    let Some(subject) = subject else {
        return describe();
    };
    // "…,” Ruritania Capital portfolio manager Anna Petrova said": the name nearest the cue
    // is the speaker when words of a title come before it.
    let subject = (view.after(subject)..(view.after(subject) + 5).min(view.tokens.len()))
        .take_while(|&i| view.kind(i) == Some(TokenKind::Word) && view.verb(i).is_none())
        .filter_map(|i| view.mention_starting(i))
        .filter(|m| m.entity_type == EntityType::Person && view.verb(view.after(m)).is_some())
        .last()
        .unwrap_or(subject);
    let mut cursor = view.after(subject);
    // "…,” Gene Spalding, a top outside adviser, said: skip the apposition, which may hold
    // commas of its own ("Harry Bond, 30, of Raleigh, N.C., who was among those polled, said").
    if view.text(cursor) == "," {
        if let Some(closing) = (cursor + 1..(cursor + 30).min(view.tokens.len()))
            .take_while(|&i| {
                // "of Allentown, Pa., said": the full stop of an abbreviation goes on.
                !(matches!(view.text(i), ";" | ":")
                    || view.text(i) == "." && view.text(i + 1) != ",")
            })
            .filter(|&i| view.text(i) == ",")
            .find(|&i| view.verb(i + 1).is_some())
        {
            // "Elena Brooks, who has not endorsed a candidate, told reporters": a relative
            // clause may hold verbs of its own; any other apposition may not, or the comma
            // would end a clause of the article's own.
            let relative = matches!(view.lower(cursor + 1), "who" | "whose");
            if relative || !(cursor + 1..closing).any(|i| view.verb(i).is_some()) {
                cursor = closing + 1;
            }
        }
    }
    let mut steps = 0;
    while view.verb(cursor).is_none() && steps < 8 {
        let word = view.lower(cursor);
        let filler = matches!(
            word,
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
                | "is"
                | "was"
                | "quoted"
                | "as"
                | "also"
                | "then"
                | "later"
                | "has"
                | "had"
                | "often"
                | "again"
                | "once"
                | "still"
                | "just"
        ) || view.text(cursor).starts_with(char::is_uppercase)
            // "…,” he often says", "…,” she quickly added".
            || (word.len() > 4 && word.ends_with("ly"));
        if !filler {
            return if matches!(view.lower(idx), "a" | "an" | "the") {
                describe()
            } else {
                None
            };
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

/// "…,” according to the campaign.": the source named after "according to" at `idx`, or the
/// description there ("according to a statement from the mayor's office").
fn according_to_after(view: &View, idx: usize) -> Option<Attribution> {
    let cue = "according to".to_string();
    let cue_span = view.span(idx, idx + 2);
    let mut target = idx + 2;
    if view.lower(target) == "the" {
        target += 1;
    }
    if let Some(source) = view
        .mention_starting(target)
        .or_else(|| view.mention_starting(idx + 2))
    {
        return View::can_speak(source)
            .then(|| finish(view, source, cue, cue_span, view.after(source)));
    }
    let from = idx + 2;
    let (_, sentence_end) = view.sentence_bounds(idx);
    let to = (from..sentence_end.min(from + 12))
        .find(|&i| view.kind(i) != Some(TokenKind::Word))
        .unwrap_or(sentence_end.min(from + 12));
    let noun = (from..to).any(|i| {
        view.text(i).starts_with(char::is_lowercase)
            && !matches!(view.lower(i), "the" | "a" | "an" | "this" | "that")
    });
    (to > from && noun).then(|| Attribution::described(view.span(from, to), cue, cue_span))
}

/// A signature after a quotation: "“…” ― Maria Ivanova (@ivanova) July 5, 2016" (an embedded
/// post), "“…” - Maria Ivanova, Philadelphia." (a line of quotes). A dash, then a name that
/// ends the line or meets a handle, a comma or a date.
fn signature(view: &View, idx: usize) -> Option<Attribution> {
    let dash = view.text(idx);
    if !matches!(dash, "―" | "—" | "–" | "-") {
        return None;
    }
    let subject = view.mention_starting(idx + 1).filter(|m| {
        matches!(m.entity_type, EntityType::Person | EntityType::Organization)
            && m.kind == MentionKind::Name
    })?;
    let after = view.after(subject);
    let ends = after >= view.tokens.len()
        || matches!(view.text(after), "(" | "," | "." | "<" | "@")
        || view.sentence_of[after] != view.sentence_of[idx + 1];
    if !ends {
        return None;
    }
    let cue_span = view.span(idx, idx + 1);
    Some(finish(view, subject, dash.to_string(), cue_span, after))
}

/// "…,” an angry Laurent retaliated.", "…,” Petrov shot back.": after a quotation that ends
/// with a comma, a short subject and a past-tense verb that close the sentence attribute it,
/// even when the verb is no known cue.
pub(super) fn unknown_cue(view: &View, region: &QuoteRegion) -> Option<Attribution> {
    let last = view.text(region.close.checked_sub(1)?);
    if view.kind(region.close) != Some(TokenKind::CloseQuote) || !matches!(last, "," | "?" | "!") {
        return None;
    }
    let from = region.close + 1;
    let (_, sentence_end) = view.sentence_bounds(from.min(view.tokens.len() - 1));
    if view.text(from).starts_with(char::is_lowercase) && view.lower(from).ends_with("ed") {
        // "…,” reacted Petrov.", "…,” recalled Anna Petrova, a former aide.": the verb first,
        // then a name that closes the sentence or meets a comma.
        if let Some(subject) = view.mention_starting(from + 1).filter(|m| {
            m.entity_type == EntityType::Person
                && m.kind == MentionKind::Name
                && (view.after(m) >= sentence_end
                    || matches!(view.text(view.after(m)), "." | "," | "!"))
        }) {
            let cue_span = view.span(from, from + 1);
            return Some(finish(
                view,
                subject,
                view.lower(from).to_string(),
                cue_span,
                view.after(subject),
            ));
        }
    }
    if last != "," {
        return None;
    }
    let verb = (from + 1..(from + 6).min(sentence_end))
        .take_while(|&i| view.kind(i) == Some(TokenKind::Word))
        .find(|&i| view.text(i).starts_with(char::is_lowercase) && view.lower(i).ends_with("ed"))?;
    let mut after = verb + 1;
    if matches!(view.lower(after), "back" | "up" | "in" | "out") {
        after += 1;
    }
    if after < sentence_end && !matches!(view.text(after), "." | "," | "!") {
        return None;
    }
    let cue = view.lower(verb).to_string();
    let cue_span = view.span(verb, verb + 1);
    if let Some(subject) = view
        .mention_ending(verb - 1)
        .filter(|m| View::can_speak(m) && view.start_of(m) >= from)
    {
        return Some(finish(view, subject, cue, cue_span, verb + 1));
    }
    matches!(view.lower(from), "a" | "an" | "the" | "one" | "another")
        .then(|| Attribution::described(view.span(from, verb), cue, cue_span))
}

/// A quotation that opens its paragraph's next sentence after a sentence ending in a cue
/// ("… said in a statement.", "He added:"): the speaker is that cue's subject.
pub(super) fn previous_sentence_cue<'a>(
    view: &View<'a>,
    region: &QuoteRegion,
) -> Option<(&'a Mention, String, Span)> {
    let (start, _) = view.sentence_bounds(region.open);
    if start != region.open || start == 0 {
        return None;
    }
    let previous = view.sentence_of[start - 1];
    // "Dunmore continued:" as a paragraph of its own before the quoted one.
    let introduces = view.text(start - 1) == ":";
    if view.segmented.sentences[previous].paragraph
        != view.segmented.sentences[view.sentence_of[start]].paragraph
        && !introduces
    {
        return None;
    }
    let (from, to) = view.sentence_tokens[previous];
    // "“A,” he said. “B.”": B continues A, whose attribution that sentence is.
    if (from..to).any(|i| view.kind(i) == Some(TokenKind::CloseQuote)) {
        return None;
    }
    let end = trim_end(view, from, to);
    // "Laurent issued the following statement:": a clause that introduces what follows with a
    // colon, with no cue of its own; its subject speaks when it is a name.
    let introduced = || {
        let subject = super::reported::main_subject(view, from, end).filter(|m| {
            introduces
                && m.kind == MentionKind::Name
                && matches!(m.entity_type, EntityType::Person | EntityType::Organization)
        })?;
        Some((subject, ":".to_owned(), view.span(start - 1, start)))
    };
    // The cue is among the sentence's last words ("said in a statement").
    let Some(verb_idx) = (from..end).rev().take(5).find(|&i| view.verb(i).is_some()) else {
        return introduced();
    };
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
pub(super) fn before_open(view: &View, region: &QuoteRegion) -> Option<Attribution> {
    let (sentence_start, _) = view.sentence_bounds(region.open);
    let mut idx = region.open.checked_sub(1)?;
    let colon = view.text(idx) == ":";
    if matches!(view.text(idx), ":" | ",") {
        idx = idx.checked_sub(1)?;
    } else if view
        .verb(idx)
        .is_none_or(|(verb, _)| verb.class == VerbClass::Belief)
    {
        // "Speaker Paul Brooks said “anti-Semitic images have no place …”": a cue right
        // before the opening mark.
        return None;
    }
    if idx < sentence_start {
        return None;
    }
    if colon {
        if let Some(attribution) = colon_after_clause(view, region, sentence_start) {
            return Some(attribution);
        }
    }
    // "Maria Ivanova: “…”", "… - Maria Ivanova: “…”": a name and a colon, as in transcripts
    // and digests.
    if view.text(idx + 1) == ":" {
        if let Some(subject) = view.mention_ending(idx).filter(|m| {
            m.kind == MentionKind::Name
                && matches!(m.entity_type, EntityType::Person | EntityType::Organization)
        }) {
            let first = view.start_of(subject);
            // "… doesn't surprise pollster Maria Ivanova: “…”": a person named last before the
            // colon speaks, wherever the name stands.
            if first == sentence_start
                || matches!(view.text(first - 1), "―" | "—" | "–" | "-")
                || subject.entity_type == EntityType::Person
            {
                let colon = view.span(idx + 1, idx + 2);
                return Some(finish(view, subject, ":".to_owned(), colon, idx + 1));
            }
        }
    }
    // Find the verb ending at idx (allowing "said on Tuesday:").
    let mut verb_idx = idx;
    // "As Peter Laurent said last week in Tel Aviv, “…”".
    // "responded in a text message:": a verb form after a determiner is a noun, and so is one
    // after another such noun ("a text message").
    let determiner = |j: usize| {
        matches!(
            view.lower(j),
            "a" | "an" | "the" | "his" | "her" | "their" | "its"
        )
    };
    let noun = |i: usize| {
        i > 0 && determiner(i - 1) || i > 1 && determiner(i - 2) && view.verb(i - 1).is_some()
    };
    while verb_idx > sentence_start
        && (view.verb(verb_idx).is_none() || noun(verb_idx))
        && idx - verb_idx < 7
    {
        if matches!(view.text(verb_idx), "," | "." | ";" | ":")
            || view.kind(verb_idx) == Some(TokenKind::CloseQuote)
        {
            return None;
        }
        verb_idx -= 1;
    }
    let (verb, len) = view.verb(verb_idx)?;
    if verb.class == VerbClass::Belief || super::reported::is_passive(view, verb_idx, verb) {
        return None;
    }
    // "Maria Ivanova said it was too early but added, “…”": a coordinated cue speaks for the
    // sentence's subject.
    // "Petrov returned the compliment to Laurent, telling Reuters, “…”": a participle after a
    // comma speaks for the sentence's subject.
    // "…, Laurent said, adding, “…”": the cue nearest the participle gives its subject first.
    let subject = earlier_cue_subject(view, verb_idx, sentence_start)
        .or_else(|| super::reported::participle_subject(view, verb_idx, sentence_start))
        .or_else(|| subject_before(view, verb_idx, sentence_start))
        .or_else(|| {
            super::reported::coordinated(view, verb_idx, sentence_start)
                .then(|| super::reported::main_subject(view, sentence_start, verb_idx))
                .flatten()
        });
    // "Said Petrov, “…”": the cue first, then the name and the comma before the mark.
    let subject = subject.or_else(|| {
        view.mention_starting(verb_idx + len)
            .filter(|m| view.after(m) == idx + 1 && View::can_speak(m))
    });
    let Some(subject) = subject else {
        // "the Laurent supporter retorted: “…”"
        let description = description_before(view, verb_idx, sentence_start)?;
        let cue_span = view.span(verb_idx, verb_idx + len);
        return Some(Attribution::described(
            description,
            verb.lemma.clone(),
            cue_span,
        ));
    };
    let cue_span = view.span(verb_idx, verb_idx + len);
    Some(finish(
        view,
        subject,
        verb.lemma.clone(),
        cue_span,
        verb_idx + len,
    ))
}

/// "In the hours after the attack, a familiar voice celebrated it on Twitter: “…”": a colon
/// after a clause with no cue next to it; the clause's subject speaks, when it is a person or
/// an organization named there (a pronoun or a description does not do).
fn colon_after_clause(
    view: &View,
    region: &QuoteRegion,
    sentence_start: usize,
) -> Option<Attribution> {
    let colon = region.open - 1;
    let near = (colon.saturating_sub(4)..colon).any(|i| view.verb(i).is_some());
    if near {
        return None;
    }
    let subject = super::reported::main_subject(view, sentence_start, colon)?;
    let named = subject.kind == MentionKind::Name
        && matches!(
            subject.entity_type,
            EntityType::Person | EntityType::Organization
        );
    named.then(|| {
        let cue_span = view.span(colon, colon + 1);
        finish(view, subject, ":".to_owned(), cue_span, colon + 1)
    })
}

/// "“…,” he said, adding: “…”": a participle after a comma goes on with the subject of the
/// cue before it in the sentence ("he said", "said Laurent").
fn earlier_cue_subject<'a>(
    view: &View<'a>,
    verb_idx: usize,
    sentence_start: usize,
) -> Option<&'a Mention> {
    if !view.lower(verb_idx).ends_with("ing") || view.text(verb_idx.checked_sub(1)?) != "," {
        return None;
    }
    let earlier = (sentence_start.max(verb_idx.saturating_sub(10))..verb_idx - 1)
        .rev()
        .find(|&i| {
            view.verb(i)
                .is_some_and(|(v, _)| v.class != VerbClass::Belief)
        })?;
    subject_before(view, earlier, sentence_start).or_else(|| {
        let (_, len) = view.verb(earlier)?;
        view.mention_starting(earlier + len)
            .filter(|m| View::can_speak(m) && view.after(m) < verb_idx)
    })
}

/// Builds an attribution and reads what follows the cue: an addressee ("told Laurent"), an
/// intermediary ("as quoted by CNN", "according to AFP") and an occasion ("in a statement",
/// "at a news conference").
pub(super) fn finish(
    view: &View,
    subject: &Mention,
    cue: String,
    cue_span: Span,
    after: usize,
) -> Attribution {
    let (_, sentence_end) = view.sentence_bounds(after.saturating_sub(1));
    let mut attribution = Attribution::new(speaker_of(subject), cue, cue_span);
    // "told Laurent", "assured CNN": only a verb whose object is the person addressed has one,
    // and only in its own sentence.
    let cue_idx = view.token_at(cue_span.start);
    let verb = view.verb(cue_idx);
    let addresses = verb.is_some_and(|(verb, _)| verb.takes_addressee);
    if let Some(addressee) = view
        .mention_starting(after)
        .filter(|_| addresses && after < sentence_end)
    {
        if addressee.entity_type != EntityType::Place && addressee.kind != MentionKind::Demonym {
            attribution.addressee = Some(addressee.span);
        }
    }
    // "“Go there,” Berg says to Dunn".
    if attribution.addressee.is_none() && after < sentence_end {
        attribution.addressee = verb.and_then(|(verb, _)| said_to(view, cue_idx, verb, after));
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

/// A short quotation that names something after a preposition or a determiner: a title
/// ("an appearance on “CBS This Morning,”", "the book “Lost Years”").
pub(super) fn is_title(view: &View, region: &QuoteRegion) -> bool {
    let (sentence_start, _) = view.sentence_bounds(region.open);
    // "his memoir, “Lost Years,” tells …": the kind of work may stand before a comma.
    let mut before = view.lower(region.open.saturating_sub(1));
    if before == "," {
        before = view.lower(region.open.saturating_sub(2));
    }
    region.open > sentence_start
        && words_inside(view, region).count() < 6
        && (matches!(
            before,
            "on" | "in"
                | "of"
                | "the"
                | "a"
                | "an"
                | "titled"
                | "entitled"
                | "named"
                | "at"
                | "from"
        )
            // "CBS's “Face the Nation”", "his podcast “The Long Talk”": a possessive or a kind
            // of work names the title.
            || before.ends_with("'s")
            || before.ends_with("’s")
            || matches!(
                before,
                "show" | "program" | "programme" | "podcast" | "book" | "film" | "movie"
                    | "column" | "article" | "essay" | "song" | "album" | "series" | "newspaper"
                    | "magazine" | "documentary" | "memoir" | "novel" | "play" | "musical"
                    | "autobiography" | "biography" | "report" | "sketch" | "slogan"
            ))
        && words_inside(view, region)
            .all(|i| view.text(i).starts_with(char::is_uppercase) || view.text(i).len() <= 3)
}

/// A short quote inside a sentence, with words before it and no cue: a scare quote, a title or
/// a nickname ("the “imminent danger” of an invasion").
pub(super) fn is_scare_quote(view: &View, region: &QuoteRegion) -> bool {
    let words = words_inside(view, region).count();
    let (sentence_start, _) = view.sentence_bounds(region.open);
    let mid_sentence = region.open > sentence_start;
    (mid_sentence && words < 8) || words < 3
}

/// The word tokens between a region's quotation marks.
fn words_inside<'a>(view: &'a View, region: &QuoteRegion) -> impl Iterator<Item = usize> + 'a {
    (region.open + 1..region.close).filter(|&i| view.kind(i) == Some(TokenKind::Word))
}

/// A description right after a cue: a determiner, up to four words and a speaker noun
/// ("one district party leader", "a senior official").
fn description_after(view: &View, from: usize) -> Option<Span> {
    if !matches!(
        view.lower(from),
        "a" | "an" | "the" | "one" | "another" | "two" | "some"
    ) {
        return None;
    }
    let head = (from + 1..(from + 6).min(view.tokens.len()))
        .take_while(|&i| view.kind(i) == Some(TokenKind::Word) && view.verb(i).is_none())
        .filter(|&i| view.lexicon.speaker_nouns.contains(view.lower(i)))
        .last()?;
    Some(view.span(from, head + 1))
}
