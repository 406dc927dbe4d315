//! Reported speech, a sentence at a time: a cue with its subject ("Petrov said (that) …"), a
//! sentence-final cue ("…, he said."), coordinated and participle cues, descriptions as
//! speakers ("a campaign spokesman said …") and "according to X". Input: the article `View`
//! and the quotation-mark regions; output: `Quotation`s whose content spans the reported
//! clause, quoted words included.

use super::*;
use crate::ontology::SpeechVerb;

/// Reported speech in one sentence: "X said (that) …", "…, X said.", "according to X, …".
/// A sentence may hold several statements ("told Laurent that … but added that …"); each
/// content ends where the next cue or a contrastive clause ("while", "although") begins.
pub(super) fn reported_speech(
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
    if let Some(quotation) = name_colon(view, sentence_idx, sentence_end) {
        out.push(quotation);
        return;
    }
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
        // A statement of this cue: its speaker and the tokens of its content.
        let statement = |subject: &Mention, from: usize, to: usize| {
            reported(
                view,
                subject,
                verb.lemma.clone(),
                view.span(idx, next),
                from,
                to,
                sentence_idx,
            )
        };
        if verb.class == VerbClass::Belief || is_passive(view, idx, verb) {
            idx = next;
            continue;
        }
        // "…,” Petrov said" and "said: “…”" are attributions of direct quotes.
        // A quote that opens right after the cue and ends the sentence is a direct quotation
        // attributed there; one that the sentence goes on after ("Petrov said “it gets me mad”
        // every time …") is part of the reported clause.
        // "responded in a text message: “…”": an occasion, a colon and the quotation.
        let colon = (next..(next + 6).min(sentence_end))
            .take_while(|&i| view.kind(i) == Some(TokenKind::Word) || view.text(i) == ":")
            .find(|&i| view.text(i) == ":")
            .filter(|&c| {
                matches!(view.lower(next), "in" | "on" | "at" | "during" | "via")
                    && regions.iter().any(|r| r.open == c + 1)
            });
        let quote_follows = colon.is_some()
            || [next, next + 1].iter().any(|&open| {
                let opens = open == next || matches!(view.text(next), ":" | ",");
                opens
                    && regions.iter().any(|r| {
                        r.open == open
                            && (r.close + 2 >= sentence_end
                                || view.kind(r.close) != Some(TokenKind::CloseQuote))
                    })
            });
        // "…, said Alan Brooks, a demographer at Emory University.": the cue closes the
        // sentence with its subject after it; the content is what comes before.
        // A verb whose object is the person addressed ("…, telling Reuters") has no subject
        // after it.
        // Verbs of talking ("spoke about", "called Sokolov to discuss") and of watching
        // ("observing training") report content only with "that" ("…, he commented" may
        // close one); "On Monday at the university, Petrov spoke." reports none.
        let talking = matches!(
            verb.lemma.as_str(),
            "speak"
                | "talk"
                | "call"
                | "discuss"
                | "chat"
                | "meet"
                | "speak out"
                | "call on"
                | "call for"
                | "observe"
        );
        let inverted = !talking
            && idx > start + 2
            && view.text(idx - 1) == ","
            && !verb.takes_addressee
            && !view.lower(idx).ends_with("ing");
        if inverted && !inside_quote(idx - 1) {
            if let Some(subject) = inverted_subject(view, next, sentence_end, true) {
                out.push(statement(subject, start, idx - 1));
                last_subject = Some(subject);
                idx = view.after(subject);
                continue;
            }
        }
        // "“…,” said Bobby Brooks at the time, adding that …": the direct quotation is read
        // elsewhere; its speaker goes on speaking in the participle.
        if idx > start && view.kind(idx - 1) == Some(TokenKind::CloseQuote) && !verb.takes_addressee
        {
            if let Some(subject) = inverted_subject(view, next, sentence_end, false) {
                last_subject = Some(subject);
                idx = view.after(subject);
                continue;
            }
        }
        // "…, he said, adding that …": the participle goes on with the same speaker.
        let participle_goes_on = view.lower(idx).ends_with("ing")
            && idx > start
            && view.text(idx - 1) == ","
            && last_subject.is_some();
        // "Laurent took a shot at Petrov, saying …": a participle after a comma speaks for the
        // sentence's subject, not for the object before the comma.
        let subject = participle_goes_on
            .then_some(last_subject)
            .flatten()
            .or_else(|| participle_subject(view, idx, start))
            .or_else(|| subject_before(view, idx, start))
            .or_else(|| {
                coordinated(view, idx, start)
                    .then_some(last_subject)
                    .flatten()
            });
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
        // "“…,” said Brooks, who said there were …": a relative clause after the attribution
        // reports a statement of its own.
        let after_quote = view.start_of(subject) > start
            && !participle_goes_on
            && view.lower(idx.saturating_sub(1)) != "who"
            && regions.iter().any(|r| {
                !super::direct::is_title(view, r)
                    && r.close >= start
                    && (r.close + 1 == view.start_of(subject)
                        || r.close + 2 == view.start_of(subject))
            });
        // "which he called “a cartel for higher education”", "what former employees have
        // called a “fraudulent scheme”": the relative clause is the statement.
        if let Some((relative, close)) = relative_naming(view, verb, subject, next, regions) {
            out.push(statement(subject, relative, close + 1));
            idx = close + 1;
            continue;
        }
        if quote_follows || after_quote {
            idx = next;
            continue;
        }
        // "…, he said." at the end: the content is what comes before. "…, she said in a video
        // message." and "…, he said, adding that …" end the same way; "If the law …, Laurent
        // said, there is a simple explanation" holds the cue inside its content.
        let tail = adjunct_only(view, next, sentence_end);
        if view.start_of(subject) > start + 2 && view.text(view.start_of(subject) - 1) == "," {
            let comma = view.start_of(subject) - 1;
            let inside = view.text(next) == ","
                && next + 3 < sentence_end
                && view.kind(next + 1) == Some(TokenKind::Word)
                && !view.lower(next + 1).ends_with("ing")
                && !matches!(view.lower(next + 1), "according" | "that" | "who");
            if (tail || inside) && !talking && !inside_quote(comma) {
                let to = if inside { sentence_end } else { comma };
                out.push(statement(subject, start, to));
                if inside {
                    return;
                }
                idx = next;
                continue;
            }
        }
        let needs_that = talking || needs_that(view, verb, next);
        // "accused the United States of …": the accused belongs to the content.
        let takes_addressee = verb.takes_addressee && verb.class != VerbClass::Accusation;
        let Some((content_start, addressee)) =
            content_start(view, next, sentence_end, takes_addressee, needs_that)
        else {
            // "calling her “the champion working families need”": what a speaker calls
            // someone, in quotation marks, is a statement about them.
            if let Some(close) = naming(view, verb, next, sentence_end, regions) {
                // "calls her record a “blueprint” for how she would create jobs": the clause
                // goes on after the quoted words.
                // "called the plan “abhorrent” in a tweet Sunday": when and where stay out.
                let goes_on = clause_end(view, close, sentence_end).max(close + 1);
                let end = if matches!(view.text(close + 1), "," | "." | ";")
                    || adjunct_only(view, close + 1, goes_on)
                {
                    close + 1
                } else {
                    goes_on
                };
                let quotation = statement(subject, next, end);
                out.push(quotation);
                idx = close + 1;
                continue;
            }
            idx = next;
            continue;
        };
        let mut content_end = clause_end(view, content_start, sentence_end);
        // "Dunmore, who has endorsed Laurent, said …": a relative clause ends at its comma, and
        // the main clause's cue comes after it.
        // "Laurent, who said last week that …, issued a statement": the main verb after the
        // comma need not be a cue.
        if (view.start_of(subject)..idx).any(|i| view.lower(i) == "who") {
            let main_verb = |i: usize| {
                view.verb(i).is_some()
                    || view.text(i).starts_with(char::is_lowercase)
                        && view.lower(i).ends_with("ed")
                        && !inside_quote(i)
            };
            if let Some(comma) =
                (content_start..content_end).find(|&i| view.text(i) == "," && main_verb(i + 1))
            {
                content_end = comma;
            }
        }
        // "When Petrov said the talks “failed,” the markets fell": a clause opened by a
        // subordinating word ends at its comma.
        let subordinate = view.start_of(subject) == start + 1
            && matches!(
                view.lower(start),
                "when"
                    | "as"
                    | "after"
                    | "before"
                    | "while"
                    | "if"
                    | "although"
                    | "because"
                    | "since"
                    | "once"
                    | "though"
            );
        if subordinate {
            if let Some(comma) = (content_start..content_end)
                .find(|&i| view.text(i) == "," && !inside_quote(i) && i > content_start + 1)
            {
                content_end = comma;
            }
        }
        // "Dunmore added that he was the only one “fighting for the Constitution. I’ll tell you
        // this, …”": quoted words that open in the clause and go on past its sentence belong to
        // it to their closing mark.
        if let Some(region) = regions.iter().find(|r| {
            r.open >= content_start
                && r.open < content_end
                && r.close >= content_end
                && view.kind(r.close) == Some(TokenKind::CloseQuote)
        }) {
            content_end = region.close + 1;
        }
        // "said at a recent event in New York.": when, where and how is no content.
        let occasion_only = matches!(view.lower(content_start), "at" | "during")
            && adjunct_only(view, content_start, content_end);
        if content_end > content_start + 1
            && !occasion_only
            && !inside_quote(content_start)
            && !vague(view, content_start)
        {
            let mut quotation = statement(subject, content_start, content_end);
            quotation.addressee_mention = addressee.or_else(|| said_to(view, idx, verb, next));
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

/// "called the plan “a disaster”", "described him as “a bright leader”": a verb of naming,
/// its object and a quotation closing the clause. Returns the closing mark's token.
/// A naming verb in a relative clause whose object is the relative pronoun and whose
/// complement is quoted: returns the pronoun's token and the closing mark's.
pub(super) fn relative_naming(
    view: &View,
    verb: &SpeechVerb,
    subject: &Mention,
    next: usize,
    regions: &[QuoteRegion],
) -> Option<(usize, usize)> {
    if !matches!(
        verb.lemma.as_str(),
        "call" | "describe" | "dub" | "term" | "label"
    ) {
        return None;
    }
    let mut before = view.start_of(subject).checked_sub(1)?;
    if view.text(before) == "," {
        // "a country that the previous nominee, Mitt Brooks, called …"
        before = (before.saturating_sub(8)..before)
            .rev()
            .find(|&i| matches!(view.lower(i), "that" | "which" | "what" | "whom"))?;
    }
    if !matches!(view.lower(before), "that" | "which" | "what" | "whom") {
        return None;
    }
    let region = regions.iter().find(|r| {
        r.open >= next
            && r.open <= next + 2
            && view.kind(r.close) == Some(TokenKind::CloseQuote)
            && (next..r.open).all(|i| matches!(view.lower(i), "a" | "an" | "as" | "the"))
    })?;
    Some((before, region.close))
}

pub(super) fn naming(
    view: &View,
    verb: &SpeechVerb,
    from: usize,
    end: usize,
    regions: &[QuoteRegion],
) -> Option<usize> {
    if !matches!(
        verb.lemma.as_str(),
        "call" | "describe" | "dub" | "term" | "brand" | "label" | "refer to"
    ) {
        return None;
    }
    let region = regions
        .iter()
        .find(|r| r.open > from && r.open <= from + 10 && r.close < end)?;
    // The object runs up to the quotation with no clause break or other cue in between.
    // A word after a determiner or a possessive is a noun ("Laurent's remarks").
    let noun = |i: usize| {
        i > from
            && matches!(
                view.lower(i - 1),
                "'s" | "’s" | "the" | "a" | "an" | "his" | "her" | "their" | "its"
            )
    };
    let clean = (from..region.open).all(|i| {
        !matches!(view.text(i), "." | ";" | ":" | "—")
            && view.lower(i) != "that"
            && (view.verb(i).is_none() || noun(i))
    });
    (clean && region.open > from).then_some(region.close)
}

/// Whether the tokens `from..end` after a cue only say when, where or how it was said ("",
/// ".", "in a statement", "on Monday", ", adding …"), so the cue closes its sentence.
pub(super) fn adjunct_only(view: &View, from: usize, end: usize) -> bool {
    if from >= end || matches!(view.text(from), "." | ",") {
        return true;
    }
    let opens = matches!(
        view.lower(from),
        "in" | "on"
            | "at"
            | "during"
            | "after"
            | "before"
            | "last"
            | "this"
            | "earlier"
            | "later"
            | "recently"
            | "today"
            | "yesterday"
            | "to"
            | "while"
            | "when"
            | "of"
    ) || crate::extract::dates::is_weekday(view.lower(from));
    opens
        && (from..end).all(|i| {
            view.lower(i) != "that"
                && view.kind(i) != Some(TokenKind::OpenQuote)
                && view.text(i) != ":"
        })
}

/// The subject after an inverted cue that closes its sentence: "said Alan Brooks, a
/// demographer", "said the bureau's director, Olaf Berg, on Monday". With `closing`, only
/// when nothing but an apposition or an adjunct follows the subject.
pub(super) fn inverted_subject<'a>(
    view: &View<'a>,
    after_verb: usize,
    end: usize,
    closing: bool,
) -> Option<&'a Mention> {
    let subject = (0..=3).find_map(|skip| {
        let words = (after_verb..after_verb + skip).all(|i| {
            view.kind(i) == Some(TokenKind::Word)
                && view.text(i).starts_with(char::is_lowercase)
                && view.verb(i).is_none()
        });
        view.mention_starting(after_verb + skip)
            .filter(|m| words && View::can_speak(m) && m.kind != MentionKind::Pronoun)
    })?;
    let after = view.after(subject);
    let closes = after >= end
        || matches!(view.text(after), "," | "." | ";")
        || adjunct_only(view, after, end);
    (closes || !closing).then_some(subject)
}

/// Whether a verb is coordinated with an earlier one of the same subject ("spoke … and said",
/// "but added that").
pub(super) fn coordinated(view: &View, verb_idx: usize, sentence_start: usize) -> bool {
    let mut idx = verb_idx;
    for _ in 0..2 {
        let Some(prev) = idx.checked_sub(1).filter(|&p| p >= sentence_start) else {
            return false;
        };
        match view.lower(prev) {
            "and" | "but" | "adding" => return true,
            "also" | "then" | "later" | "further" => idx = prev,
            _ => return false,
        }
    }
    false
}

/// "Washington delivered a reply, saying …", "Petrov issued a statement saying …": a
/// participle after a comma, or after a statement that someone issued, reports the words of
/// the sentence's subject.
pub(super) fn participle_subject<'a>(
    view: &View<'a>,
    verb_idx: usize,
    sentence_start: usize,
) -> Option<&'a Mention> {
    let prev = verb_idx.checked_sub(1)?;
    let after_document = matches!(
        view.lower(prev),
        "statement"
            | "letter"
            | "post"
            | "tweet"
            | "email"
            | "e-mail"
            | "message"
            | "video"
            | "release"
            | "memo"
            | "note"
            | "ad"
            | "report"
    );
    if !view.lower(verb_idx).ends_with("ing") || !(view.text(prev) == "," || after_document) {
        return None;
    }
    main_subject(view, sentence_start, verb_idx)
}

/// The subject of a sentence's main clause: the mention at its start, or the first one after an
/// opening phrase ("Speaking at a town hall in Salem, Petrov went after Laurent"), followed by a
/// word of the verb phrase.
pub(super) fn main_subject<'a>(
    view: &View<'a>,
    sentence_start: usize,
    before: usize,
) -> Option<&'a Mention> {
    let openers = std::iter::once(sentence_start).chain(
        (sentence_start..before)
            .filter(|&i| view.text(i) == ",")
            .map(|comma| comma + 1),
    );
    for opener in openers {
        // "At Laurent's direction, the party issued a statement …": an opening prepositional
        // phrase holds no subject.
        if matches!(
            view.lower(opener),
            "at" | "in"
                | "on"
                | "after"
                | "before"
                | "during"
                | "with"
                | "for"
                | "from"
                | "by"
                | "as"
                | "while"
                | "when"
                | "since"
                | "under"
                | "over"
                | "despite"
                | "amid"
        ) {
            continue;
        }
        // "Then he cut into Laurent, calling …", "The senator …".
        let opener = if matches!(
            view.lower(opener),
            "the" | "then" | "and" | "but" | "so" | "later" | "still" | "now" | "yet"
        ) {
            opener + 1
        } else {
            opener
        };
        // "American Bridge President Jessica Brooks issued …": the name may follow words of
        // its title in the same capitalized run.
        let found = (opener..(opener + 5).min(before))
            .take_while(|&i| i == opener || view.text(i).starts_with(char::is_uppercase))
            .filter_map(|i| view.mention_starting(i))
            .find(|mention| {
                let next = view.after(mention);
                // "Appearing before supporters, …": a participle opening the sentence.
                let words = view.article.slice(mention.span);
                let participle =
                    !words.contains(' ') && (words.ends_with("ing") || words.ends_with("ed"));
                // "…, Maria Ivanova, 70, said": a person's apposition may follow the name.
                let apposition = view.text(next) == ","
                    && mention.entity_type == EntityType::Person
                    && mention.kind == MentionKind::Name;
                // "Petrov and Laurent issued a statement saying …": the first of joint speakers.
                let joint = view.lower(next) == "and"
                    && view.mention_starting(next + 1).is_some_and(|other| {
                        view.text(view.after(other)).starts_with(char::is_lowercase)
                    });
                next < before
                    && !participle
                    && View::can_speak(mention)
                    && (view.text(next).starts_with(char::is_lowercase) || apposition)
                    && (view.lower(next) != "and" || joint)
            });
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The other speaker of "X and Y said": the party before "and".
pub(super) fn joint_subject<'a>(
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
pub(super) fn vague(view: &View, content_start: usize) -> bool {
    matches!(
        view.lower(content_start),
        "very" | "little" | "nothing" | "so" | "it" | "this" | "more" | "much"
    ) && matches!(
        view.lower(content_start + 1),
        "little" | "much" | "" | "." | "publicly" | "about" | "on"
    )
}

/// Whether the sentence ends at `idx` with `, SOURCE VERB` ("…, AP reported.").
pub(super) fn trailing_attribution(view: &View, idx: usize, end: usize) -> bool {
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
pub(super) fn clause_end(view: &View, from: usize, end: usize) -> usize {
    for idx in from + 1..end {
        // "…, AP reported." closes the clause with a trailing attribution.
        if trailing_attribution(view, idx, end) {
            return idx;
        }
        let lower = view.lower(idx);
        let after_comma = view.text(idx - 1) == ",";
        // "While Sokolov said there was evidence, he said there is no precedent": a comma and a
        // new subject with its cue.
        if view.text(idx) == "," {
            // "…, which he called “a cartel”": a relative clause with a cue of its own.
            let relative = usize::from(matches!(view.lower(idx + 1), "which" | "whom" | "what"));
            if let Some(subject) = view.mention_starting(idx + 1 + relative) {
                let mut verb = view.after(subject);
                while crate::extract::is_auxiliary(view.lower(verb)) {
                    verb += 1;
                }
                if view.verb(verb).is_some() && verb < end {
                    return idx;
                }
            }
        }
        // "stressed that “the way to proceed is to work together,” suggesting that …": a comma
        // inside the closing mark ends the quoted words, and a participle of speech after a
        // comma starts another statement.
        if view.kind(idx) == Some(TokenKind::CloseQuote)
            && view.text(idx - 1) == ","
            && idx + 1 < end
            && view.kind(idx + 1) != Some(TokenKind::OpenQuote)
        {
            return idx + 1;
        }
        if after_comma && lower.ends_with("ing") && view.verb(idx).is_some() {
            return idx - 1;
        }
        let stop = match lower {
            // "declared the need for strong will: “Change the world”": a quotation after a
            // colon is attributed on its own.
            ":" => view.kind(idx + 1) == Some(TokenKind::OpenQuote),
            "while" | "although" | "though" | "whereas" | "as" | "following" | "amid" => {
                after_comma
            }
            "according" => view.lower(idx + 1) == "to",
            "adding" => true,
            "but" | "and" => {
                let mut next = idx + 1;
                while matches!(
                    view.lower(next),
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

pub(super) fn reported(
    view: &View,
    subject: &Mention,
    cue: String,
    cue_span: Span,
    from: usize,
    to: usize,
    sentence_idx: usize,
) -> Quotation {
    let span = view.span(from, to);
    let direct = contains_quote_mark(view, from, to);
    let evidence = view.segmented.sentences[sentence_idx].span;
    let mut speaker = speaker_of(subject);
    // "Horváth, who noted that …": the cue's own subject is the relative pronoun.
    let cue_token = view.token_at(cue_span.start);
    speaker.relative = (view.after(subject)..cue_token)
        .rev()
        .take(4)
        .find(|&i| view.lower(i) == "who")
        .map(|i| view.tokens[i].span);
    let mut quotation = Quotation::new(speaker, span, direct, evidence);
    quotation.cue = Some(cue);
    quotation.cue_span = Some(cue_span);
    quotation
}

/// Where the reported clause starts after the cue: past a day, an occasion ("in a statement"),
/// an addressee ("told Laurent") and "that". `None` when no clause follows.
pub(super) fn content_start(
    view: &View,
    mut idx: usize,
    end: usize,
    takes_addressee: bool,
    mut needs_that: bool,
) -> Option<(usize, Option<Span>)> {
    let mut addressee = None;
    if takes_addressee {
        // ("the Ledger's weekly series": the owner after "the".)
        let owner = || {
            (view.lower(idx) == "the")
                .then(|| view.mention_starting(idx + 1))
                .flatten()
                .filter(|m| view.is_possessive(m))
        };
        if let Some(mention) = view.mention_starting(idx).or_else(owner) {
            addressee = Some(mention.span);
            idx = view.after(mention);
            // "told the Ledger's editorial board it was …", "told ABC's “Morning Desk” on
            // Monday the tone was …": the owner stands for what it owns, and the clause
            // starts after the owned words; when a preposition or a conjunction follows them,
            // the phrase goes on and only "that" can open a clause ("who advised Laurent's
            // 2008 campaign and is a strategist" reports nothing).
            if view.is_possessive(mention) {
                let title = view.kind(idx) == Some(TokenKind::OpenQuote);
                idx = past_owned(view, idx, end);
                let lower = view.lower(idx);
                if !title && (JOINERS.contains(&lower) || lower == ",") {
                    needs_that = true;
                }
            }
        } else if matches!(
            view.lower(idx),
            "reporters" | "journalists" | "lawmakers" | "supporters"
        ) {
            idx += 1;
        }
    }
    // "said during the conference that …": a "that" a few words on opens the clause, unless a
    // clause has begun before it ("said there was clear evidence that …").
    let mut ahead = idx;
    while ahead < (idx + 15).min(end) {
        // "said on NBC's “Meet the Press” on Sunday that …": a quoted title is no clause.
        if view.kind(ahead) == Some(TokenKind::OpenQuote) {
            let close = (ahead + 1..(ahead + 7).min(end))
                .find(|&i| view.kind(i) == Some(TokenKind::CloseQuote));
            let title = close.is_some_and(|close| {
                close > ahead + 1
                    && (ahead + 1..close).all(|i| {
                        view.kind(i) != Some(TokenKind::Word)
                            || view.text(i).starts_with(char::is_uppercase)
                            || view.text(i).len() <= 3
                    })
            });
            if let (true, Some(close)) = (title, close) {
                ahead = close + 1;
                continue;
            }
        }
        if view.lower(ahead) == "that" {
            return Some((ahead + 1, addressee));
        }
        if matches!(
            view.lower(ahead),
            "was"
                | "were"
                | "is"
                | "are"
                | "would"
                | "will"
                | "could"
                | "can"
                | "should"
                | "may"
                | "might"
                | "must"
                | "had"
                | "has"
                | "have"
                | "did"
                | "does"
        ) {
            break;
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
        ahead += 1;
    }
    if needs_that {
        return None;
    }
    // "said in a statement, …" / "said in an interview": the occasion is not the content.
    if view.lower(idx) == "in" {
        if let Some(occasion) = (idx + 1..(idx + 5).min(end)).find(|&i| {
            matches!(
                view.lower(i),
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
        let skippable = crate::extract::dates::is_weekday(lower)
            || matches!(
                lower,
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
    // A clause does not open with a conjunction ("former Soviet states and stop …"), nor with
    // one that subordinates what follows ("asks as an aide walks in").
    if idx >= end
        || matches!(view.kind(idx), Some(TokenKind::Punct))
        || matches!(
            view.lower(idx),
            "and" | "or" | "but" | "nor" | "as" | "while" | "when" | "before" | "after" | "until"
        )
    {
        return None;
    }
    Some((idx, addressee))
}

/// Prepositions and conjunctions that carry a noun phrase on ("Laurent's campaign and …",
/// "… of the party"): no clause starts with them.
const JOINERS: &[&str] = &[
    "and", "or", "with", "of", "in", "on", "for", "to", "about", "from", "at", "by",
];

/// Past what a possessive owns, from `idx`: a quoted title ("ABC's “Morning Desk”") or a few
/// lowercase words ("the Ledger's weekly video series"), up to a word that opens a clause.
fn past_owned(view: &View, idx: usize, end: usize) -> usize {
    if view.kind(idx) == Some(TokenKind::OpenQuote) {
        return (idx + 1..(idx + 8).min(end))
            .find(|&i| view.kind(i) == Some(TokenKind::CloseQuote))
            .map_or(idx, |close| close + 1);
    }
    let mut at = idx;
    while at < end.min(idx + 5) {
        let lower = view.lower(at);
        let owned = (view.kind(at) == Some(TokenKind::Number)
            || view.kind(at) == Some(TokenKind::Word)
                && view.text(at).starts_with(char::is_lowercase))
            && !crate::extract::is_auxiliary(lower)
            && !matches!(
                lower,
                "it" | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
                    | "there"
                    | "the"
                    | "a"
                    | "an"
                    | "this"
                    | "that"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
            )
            && !JOINERS.contains(&lower);
        if !owned {
            break;
        }
        at += 1;
    }
    at
}

/// Whether a cue reports content only through "that": "commented" alone, and what is answered
/// ("responded to those demands") is no content.
fn needs_that(view: &View, verb: &SpeechVerb, next: usize) -> bool {
    verb.lemma == "comment"
        || matches!(verb.lemma.as_str(), "respond" | "reply" | "react") && view.lower(next) == "to"
}

/// "Laurent was asked about the vote", "she was told": the subject of a passive verb that
/// takes the person addressed is that person, not the speaker.
pub(super) fn is_passive(view: &View, idx: usize, verb: &SpeechVerb) -> bool {
    verb.takes_addressee
        && idx > 0
        && matches!(
            view.lower(idx - 1),
            "was" | "were" | "been" | "being" | "is" | "are" | "be" | "get" | "got"
        )
        && !view.lower(idx).ends_with("ing")
}

/// "Maria Ivanova: Laurent Is a ‘Proven Failure’ in Business.", "RAMOS: Secretary Petrov, on
/// the night of …": a paragraph that opens with a name and a colon gives that speaker's words,
/// as headlines, transcripts and digests write them. Up to three capitalized words of a title
/// may come before the name ("Senate Candidate Maria Ivanova:").
fn name_colon(view: &View, sentence_idx: usize, sentence_end: usize) -> Option<Quotation> {
    let (start, _) = view.sentence_tokens[sentence_idx];
    let paragraph = view.segmented.sentences[sentence_idx].paragraph;
    let opens_paragraph =
        sentence_idx == 0 || view.segmented.sentences[sentence_idx - 1].paragraph != paragraph;
    if !opens_paragraph {
        return None;
    }
    let colon = (start + 1..(start + 8).min(sentence_end)).find(|&i| view.text(i) == ":")?;
    let subject = view.mention_ending(colon - 1).filter(|m| {
        m.kind == MentionKind::Name
            && matches!(m.entity_type, EntityType::Person | EntityType::Organization)
    })?;
    let first = view.start_of(subject);
    let title_words = first >= start
        && first - start <= 3
        && (start..first).all(|i| {
            view.kind(i) == Some(TokenKind::Word) && view.text(i).starts_with(char::is_uppercase)
        });
    // The words after the colon make a clause of their own, not a list or a time.
    let words = (colon + 1..sentence_end)
        .filter(|&i| view.kind(i) == Some(TokenKind::Word))
        .count();
    if !title_words || words < 3 {
        return None;
    }
    let cue_span = view.span(colon, colon + 1);
    Some(reported(
        view,
        subject,
        ":".to_owned(),
        cue_span,
        colon + 1,
        sentence_end,
        sentence_idx,
    ))
}

/// "according to" a description: the words up to the next comma (or the end) are the source.
fn according_to_description(
    view: &View,
    idx: usize,
    start: usize,
    content_end: usize,
) -> Option<Quotation> {
    let from = idx + 2;
    let to = (from..content_end.min(from + 12))
        .find(|&i| matches!(view.text(i), "," | "." | ";"))
        .unwrap_or(content_end.min(from + 12));
    let words = (from..to).all(|i| view.kind(i) == Some(TokenKind::Word));
    let noun = (from..to).any(|i| {
        view.text(i).starts_with(char::is_lowercase)
            && !matches!(view.lower(i), "the" | "a" | "an" | "this" | "that")
    });
    if to <= from || !words || !noun || (to >= content_end && idx == start) {
        return None;
    }
    let speaker = speaker_at(view.span(from, to));
    let (content_from, content_to) = if idx == start {
        (to + 1, content_end)
    } else if view.text(idx - 1) == "," && idx - 1 > start + 2 {
        // "…, according to officials, adopted a new strategy": the sentence on both sides.
        let goes_on = to + 3 < content_end && view.text(to) == ",";
        (start, if goes_on { content_end } else { idx - 1 })
    } else {
        return None;
    };
    if content_to <= content_from + 1 {
        return None;
    }
    let evidence = view.segmented.sentences[view.sentence_of[idx]].span;
    let span = view.span(content_from, content_to);
    let direct = contains_quote_mark(view, content_from, content_to);
    let mut quotation = Quotation::new(speaker, span, direct, evidence);
    quotation.cue = Some("according to".into());
    quotation.cue_span = Some(view.span(idx, idx + 2));
    Some(quotation)
}

/// "According to X, …" and "…, according to X."
pub(super) fn according_to(
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
    let Some(source) = view
        .mention_starting(target)
        .or_else(|| view.mention_starting(idx + 2))
    else {
        // "According to the officer in charge of the base, …", "…, according to officials,
        // …": a description that names no one is kept as the source's words.
        return according_to_description(view, idx, start, content_end);
    };
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

/// A statement whose speaker is a description ending just before the cue at `verb_idx`.
pub(super) fn described(
    view: &View,
    verb_idx: usize,
    next: usize,
    sentence_idx: usize,
    inside_quote: &dyn Fn(usize) -> bool,
) -> Option<Quotation> {
    let (start, end) = view.sentence_tokens[sentence_idx];
    let sentence_end = trim_end(view, start, end);
    let description = description_before(view, verb_idx, start)?;
    let (verb, _) = view.verb(verb_idx)?;
    let talking = matches!(verb.lemma.as_str(), "speak" | "talk" | "chat" | "meet");
    let needs_that = talking || needs_that(view, verb, next);
    let (content_start, _) = content_start(view, next, sentence_end, false, needs_that)?;
    let content_end = clause_end(view, content_start, sentence_end);
    if content_end <= content_start + 1 || inside_quote(content_start) || vague(view, content_start)
    {
        return None;
    }
    let speaker = speaker_at(description);
    let evidence = view.segmented.sentences[sentence_idx].span;
    let direct = contains_quote_mark(view, content_start, content_end);
    let mut quotation = Quotation::new(
        speaker,
        view.span(content_start, content_end),
        direct,
        evidence,
    );
    quotation.cue = Some(verb.lemma.clone());
    quotation.cue_span = Some(view.span(verb_idx, next));
    Some(quotation)
}

/// A description ending just before the verb and headed by a speaker noun ("a campaign
/// spokesman", "Republican legislators", "the report"), as a span from its determiner (or
/// the sentence start) to its head.
pub(super) fn description_before(
    view: &View,
    verb_idx: usize,
    sentence_start: usize,
) -> Option<Span> {
    let mut head = verb_idx.checked_sub(1)?;
    while head > sentence_start
        && matches!(
            view.lower(head),
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
    // "The senator from Vermont said": the head stands before a place it is from.
    if head > sentence_start + 1 && !view.lexicon.speaker_nouns.contains(view.lower(head)) {
        if let Some(of) = (head.saturating_sub(4).max(sentence_start)..head)
            .rev()
            .find(|&i| matches!(view.lower(i), "from" | "of"))
        {
            if of > sentence_start && view.lexicon.speaker_nouns.contains(view.lower(of - 1)) {
                let end = head;
                head = of - 1;
                let span = description_before_head(view, head, sentence_start)?;
                return Some(Span::new(span.start, view.tokens[end].span.end));
            }
        }
    }
    if head < sentence_start || !view.lexicon.speaker_nouns.contains(view.lower(head)) {
        // Only when no other cue follows in the sentence: "The promise appeals to voters,
        // said Alan Brooks" is Brooks's statement.
        let (_, sentence_end) = view.sentence_bounds(verb_idx);
        let (_, len) = view.verb(verb_idx)?;
        let later_cue = (verb_idx + len..sentence_end)
            .take_while(|&i| view.kind(i) != Some(TokenKind::OpenQuote))
            .any(|i| view.text(i - 1) == "," && view.verb(i).is_some());
        if later_cue {
            return None;
        }
        return opening_description(view, head, sentence_start);
    }
    description_before_head(view, head, sentence_start)
}

/// "The ad says …", "Another source familiar with his thinking said …": a noun phrase opened
/// by a determiner that opens the sentence (or follows an opening phrase and its comma) and runs
/// to the cue is its subject, whatever its head noun.
fn opening_description(view: &View, head: usize, sentence_start: usize) -> Option<Span> {
    let determiner = |i: usize| matches!(view.lower(i), "the" | "a" | "an" | "another" | "one");
    // "In the hours after the attack, a familiar voice …": past an opening phrase.
    let first = if determiner(sentence_start) {
        sentence_start
    } else {
        (sentence_start..head.min(sentence_start + 10))
            .find(|&i| view.text(i) == ",")
            .filter(|&comma| comma < head)
            .map_or(sentence_start, |comma| comma + 1)
    };
    let opens = determiner(first);
    // "An official, speaking on the condition of anonymity, said": the phrase ends at the comma
    // that opens the apposition.
    let head = if view.text(head) == "," {
        (first..head)
            .find(|&i| view.text(i) == ",")?
            .checked_sub(1)?
    } else {
        head
    };
    let phrase = (first..=head).all(|i| {
        view.kind(i) == Some(TokenKind::Word)
            && (i == head || view.verb(i).is_none())
            && !matches!(view.lower(i), "that" | "which" | "who" | "when" | "if")
    });
    (opens && phrase && head > first && head - first < 8).then(|| view.span(first, head + 1))
}

/// The description ending at a speaker noun `head`: back to its determiner.
fn description_before_head(view: &View, head: usize, sentence_start: usize) -> Option<Span> {
    const DETERMINERS: &[&str] = &[
        "a", "an", "the", "his", "her", "their", "its", "some", "many", "several", "two", "three",
        "other", "one",
    ];
    let mut first = head;
    while first > sentence_start && head - first < 5 {
        let prev = first - 1;
        let lower = view.lower(prev);
        if DETERMINERS.contains(&lower) {
            return Some(view.span(prev, head + 1));
        }
        let joins = matches!(
            lower,
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
