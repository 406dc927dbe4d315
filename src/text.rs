//! Splits an article into paragraphs, sentences and tokens.
//!
//! Input: an [`Article`] (its text and the regions `corpus` marked as skipped). Output:
//! [`Segmented`], whose spans are byte offsets into the original text, on char boundaries,
//! ordered and non-overlapping: tokens lie inside their sentence and sentences inside their
//! paragraph.
//!
//! A paragraph is a block between blank lines. A line break always ends a sentence, because
//! news text is not wrapped: a break inside a paragraph separates a headline from its
//! subheading, or the lines of a list. Inside a line a sentence ends after `.`, `!`, `?`, `…`
//! (with the closing quotes and brackets that follow) when white space and a capital, a digit
//! or an opening quote come next, unless the period belongs to an abbreviation (`Mr.`,
//! `Feb.`, `J.`). Skipped regions are hard boundaries: no sentence or token overlaps them,
//! and a paragraph with no prose left is dropped, so every paragraph has a sentence.
//!
//! Quotation marks become [`TokenKind::OpenQuote`] and [`TokenKind::CloseQuote`] tokens, from
//! the mark itself (`“`, `”`) or, for the ambiguous straight and single marks, from what
//! stands on either side. Pairing quotation marks across sentences is left to the quotation
//! extractor, as are parts of speech, lemmas and names.

use crate::model::{Article, Segmented, Sentence, Span, Token, TokenKind};

/// Splits an article into paragraphs, sentences and tokens. Never fails: any text, with any
/// `skipped` spans (even ones off char boundaries), gives a valid segmentation.
pub fn segment(article: &Article) -> Segmented {
    let text = article.text.as_str();
    let skipped = clean(text, &article.skipped);
    let mut segmented = Segmented::default();
    for block in paragraphs(text) {
        let mut sentences = Vec::new();
        for line in lines(text, block) {
            for piece in prose(text, line, &skipped) {
                sentences.extend(split(text, tokenize(text, piece)));
            }
        }
        // A lone `.` left after a skipped `(see video below)` is no sentence.
        sentences.retain(|tokens: &Vec<Token>| {
            tokens
                .iter()
                .any(|token| matches!(token.kind, TokenKind::Word | TokenKind::Number))
        });
        if sentences.is_empty() {
            continue;
        }
        let paragraph = segmented.paragraphs.len();
        segmented.paragraphs.push(block);
        for tokens in sentences {
            let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
                continue;
            };
            let span = Span::new(first.span.start, last.span.end);
            segmented.sentences.push(Sentence {
                span,
                paragraph,
                headline: headline_case(text, &tokens),
                tokens,
            });
        }
    }
    segmented
}

/// Whether a sentence is written in headline case: at least four words of four letters or more,
/// nearly all capitalized, and no short word lowercase but those headlines keep so ("to", "of",
/// "the"). A sentence dense with names and titles has as many capitals ("On Tuesday, U.S.
/// Secretary of State Mark Dunn was due to speak to …"), but writes "was" and "due" lowercase.
fn headline_case(text: &str, tokens: &[Token]) -> bool {
    let (mut long, mut capitalized) = (0, 0);
    for token in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let word = &text[token.span.start..token.span.end];
        if !word.chars().all(char::is_alphabetic) {
            continue;
        }
        if word.chars().count() >= 4 {
            long += 1;
            capitalized += usize::from(word.starts_with(char::is_uppercase));
        } else if word.starts_with(char::is_lowercase) && !HEADLINE_LOWERCASE.contains(&word) {
            return false;
        }
    }
    long >= 4 && capitalized * 10 >= long * 9
}

/// Short words a headline in title case leaves lowercase: articles, conjunctions, short
/// prepositions and the particles of names ("Ana de la Vega").
const HEADLINE_LOWERCASE: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "at", "by", "in", "of", "on",
    "to", "up", "as", "vs", "via", "per", "off", "out", "de", "la", "le", "du", "da", "di", "von",
    "van", "der", "den", "al", "bin", "el",
];

/// White space, including no-break spaces and the BOM.
fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// The skipped spans clipped to the text, widened to char boundaries, sorted and merged.
/// `corpus` already gives them so; this keeps `segment` total on hand-made articles.
fn clean(text: &str, skipped: &[Span]) -> Vec<Span> {
    let mut spans: Vec<Span> = skipped
        .iter()
        .filter(|span| span.start < span.end && span.start < text.len())
        .map(|span| {
            let start = (0..=span.start)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0);
            let end = (span.end.min(text.len())..=text.len())
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(text.len());
            Span::new(start, end)
        })
        .collect();
    spans.sort();
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => merged.push(span),
        }
    }
    merged
}

/// The lines of a span, without their `\n`.
fn lines(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let mut start = span.start;
    text[span.range()].split('\n').map(move |line| {
        let line_span = Span::new(start, start + line.len());
        start += line.len() + 1;
        line_span
    })
}

/// A span without surrounding white space; `None` when nothing is left.
fn trim(text: &str, span: Span) -> Option<Span> {
    let slice = &text[span.range()];
    let start = span.start + slice.len() - slice.trim_start_matches(is_space).len();
    let end = span.start + slice.trim_end_matches(is_space).len();
    (start < end).then(|| Span::new(start, end))
}

/// Paragraph spans, trimmed. A text with no blank line at all but several lines (JSON
/// records often join paragraphs with a single `\n`) has one paragraph per line.
fn paragraphs(text: &str) -> Vec<Span> {
    let mut blocks = Vec::new();
    let mut current: Option<Span> = None;
    for line in lines(text, Span::new(0, text.len())) {
        match trim(text, line) {
            Some(line) => current = Some(current.map_or(line, |block| block.cover(line))),
            None => blocks.extend(current.take()),
        }
    }
    blocks.extend(current);
    if let [block] = blocks[..] {
        let lines: Vec<Span> = lines(text, block)
            .filter_map(|line| trim(text, line))
            .collect();
        if lines.len() > 1 {
            return lines;
        }
    }
    blocks
}

/// The parts of a line outside the skipped regions, trimmed.
fn prose(text: &str, line: Span, skipped: &[Span]) -> Vec<Span> {
    let mut pieces = Vec::new();
    let mut start = line.start;
    for skip in skipped.iter().filter(|skip| skip.overlaps(line)) {
        if skip.start > start {
            pieces.push(Span::new(start, skip.start));
        }
        start = start.max(skip.end);
    }
    if start < line.end {
        pieces.push(Span::new(start, line.end));
    }
    pieces
        .into_iter()
        .filter_map(|piece| trim(text, piece))
        .collect()
}

/// Titles, months and other abbreviations whose period never ends a sentence here.
/// A capital after `Gen.` or `Feb.` starts a name or a number, not a sentence.
#[rustfmt::skip]
const ABBREVIATIONS: [&str; 38] = [
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Gov", "Sen", "Rep", "Sgt", "Lt", "Col", "Capt", "Prof", "Rev",
    "St", "Jr", "Sr", "Adm", "Maj", "Brig", "Cpl", "Pvt", "Mt", "Ft", "Sens", "Reps", "Govs", "Gens",
    "Messrs", "Jan", "Feb", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Abbreviations that end a sentence when a capital follows (`… Apple Inc. The company`),
/// and not before lowercase or a comma.
const WEAK_ABBREVIATIONS: [&str; 5] = ["etc", "Inc", "Corp", "Co", "Ltd"];

/// Words that start sentences and seldom follow `U.S.` inside one: `… in the U.S. The
/// president …` ends a sentence, `… the U.S. Secretary of State …` does not.
#[rustfmt::skip]
const SENTENCE_STARTS: [&str; 40] = [
    "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their",
    "Our", "This", "That", "These", "Those", "There", "But", "And", "Or", "So", "Yet", "In", "On",
    "At", "As", "If", "When", "While", "After", "Before", "Since", "For", "However", "Meanwhile",
    "Still", "What",
];

/// Splits the tokens of one line piece into sentences.
fn split(text: &str, tokens: Vec<Token>) -> Vec<Vec<Token>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut index = 0;
    while index < tokens.len() {
        let Some(ending) = ending(text, tokens[index]) else {
            index += 1;
            continue;
        };
        // Closing quotes and brackets, and more marks (`?!`), stay with the sentence.
        let mut next = index + 1;
        let mut closed = false;
        while let Some(&token) = tokens
            .get(next)
            .filter(|token| token.span.start == tokens[next - 1].span.end)
        {
            let is_closer = token.kind == TokenKind::CloseQuote
                || matches!(&text[token.span.range()], ")" | "]");
            if !is_closer && ending_mark(text, token).is_none() {
                break;
            }
            closed |= is_closer;
            next += 1;
        }
        let Some(&following) = tokens.get(next) else {
            break;
        };
        let spaced = following.span.start > tokens[next - 1].span.end;
        if spaced && starts_sentence(text, following, ending, closed) {
            sentences.push(tokens[start..next].to_vec());
            start = next;
        }
        index = next;
    }
    if start < tokens.len() {
        sentences.push(tokens[start..].to_vec());
    }
    sentences
}

/// How a token can end a sentence.
#[derive(Clone, Copy, PartialEq)]
enum Ending {
    /// `.`, `!`, `?`, `…`, `...`
    Mark,
    /// An initialism with periods (`U.S.`, `p.m.`).
    Initialism,
    /// `etc.`, `Inc.` and the like.
    Weak,
}

fn ending_mark(text: &str, token: Token) -> Option<Ending> {
    let mark = &text[token.span.range()];
    let is_mark = token.kind == TokenKind::Punct
        && (mark.starts_with('.') || matches!(mark, "!" | "?" | "…"));
    is_mark.then_some(Ending::Mark)
}

fn ending(text: &str, token: Token) -> Option<Ending> {
    let word = text[token.span.range()]
        .strip_suffix('.')
        .filter(|_| token.kind == TokenKind::Word);
    match word {
        None => ending_mark(text, token),
        Some(word) if WEAK_ABBREVIATIONS.contains(&word) => Some(Ending::Weak),
        Some(word) if word.contains('.') => Some(Ending::Initialism),
        Some(_) => None,
    }
}

/// Whether `token`, after white space, starts a new sentence.
fn starts_sentence(text: &str, token: Token, ending: Ending, closed: bool) -> bool {
    let word = &text[token.span.range()];
    let opens = token.kind == TokenKind::OpenQuote || matches!(word, "(" | "[");
    // `’90s` starts with its digits.
    let capital = token.kind != TokenKind::Punct
        && word
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    match ending {
        Ending::Initialism if !closed => SENTENCE_STARTS.contains(&word),
        Ending::Mark | Ending::Initialism => opens || capital,
        Ending::Weak => capital,
    }
}

/// Tokens of one line piece, with abbreviation periods joined to their words.
fn tokenize(text: &str, piece: Span) -> Vec<Token> {
    let chars = text[piece.range()]
        .char_indices()
        .map(|(offset, c)| (piece.start + offset, c))
        .collect();
    let mut tokenizer = Tokenizer {
        chars,
        end: piece.end,
        tokens: Vec::new(),
        single_open: false,
    };
    let mut index = 0;
    while index < tokenizer.chars.len() {
        index = tokenizer.token(index);
    }
    join_abbreviations(text, tokenizer.tokens)
}

/// Splits one line piece into tokens, character by character.
struct Tokenizer {
    /// The piece's characters with their byte offsets in the text.
    chars: Vec<(usize, char)>,
    /// The byte offset where the piece ends.
    end: usize,
    tokens: Vec<Token>,
    /// Whether a single quotation mark is open, so that `s’` closes it instead of being a
    /// plural possessive.
    single_open: bool,
}

impl Tokenizer {
    fn char(&self, index: usize) -> Option<char> {
        self.chars.get(index).map(|&(_, c)| c)
    }

    fn offset(&self, index: usize) -> usize {
        self.chars
            .get(index)
            .map_or(self.end, |&(offset, _)| offset)
    }

    fn push(&mut self, start: usize, end: usize, kind: TokenKind) -> usize {
        self.tokens.push(Token {
            span: Span::new(self.offset(start), self.offset(end)),
            kind,
        });
        end
    }

    /// Whether a quotation mark at `index` stands where a word starts: after nothing, white
    /// space, an opening bracket or quote, or a dash, and before something that is not space.
    fn at_word_start(&self, index: usize, len: usize) -> bool {
        let before = index.checked_sub(1).and_then(|before| self.char(before));
        let after = self.char(index + len);
        before.is_none_or(|c| is_space(c) || "([{“‘„«‹‚—–-/".contains(c))
            && after.is_some_and(|c| !is_space(c))
    }

    /// Reads the token at `index`; returns the index after it.
    fn token(&mut self, index: usize) -> usize {
        let Some(c) = self.char(index) else {
            return index + 1;
        };
        let next = self.char(index + 1);
        match c {
            _ if is_space(c) => index + 1,
            _ if c.is_alphanumeric() => self.word(index),
            _ if is_mark(c) => self.mark(index),
            '\'' | '’' | '‘' if self.is_elision(index) => self.word(index),
            // `''makes me smart,''`: two apostrophes as one quotation mark.
            '\'' if next == Some('\'') => {
                let kind = if self.at_word_start(index, 2) {
                    TokenKind::OpenQuote
                } else {
                    TokenKind::CloseQuote
                };
                self.push(index, index + 2, kind)
            }
            '`' if next == Some('`') => self.push(index, index + 2, TokenKind::OpenQuote),
            '"' | '\'' | '’' | '‘' => {
                let opens = self.at_word_start(index, 1);
                if c != '"' {
                    self.single_open = opens;
                }
                self.push(
                    index,
                    index + 1,
                    if opens {
                        TokenKind::OpenQuote
                    } else {
                        TokenKind::CloseQuote
                    },
                )
            }
            // German closes `„Ja“` with the mark English opens with; it then follows a word.
            '“' if self.after_word(index) => self.push(index, index + 1, TokenKind::CloseQuote),
            '“' | '„' | '«' | '‹' | '‚' => {
                self.push(index, index + 1, TokenKind::OpenQuote)
            }
            '”' | '»' | '›' => self.push(index, index + 1, TokenKind::CloseQuote),
            // `...` and `--` are one token each.
            '.' | '-' => {
                let len = self.chars[index..]
                    .iter()
                    .take_while(|&&(_, other)| other == c)
                    .count();
                self.push(index, index + len, TokenKind::Punct)
            }
            _ => self.push(index, index + 1, TokenKind::Punct),
        }
    }

    /// Whether the mark at `index` directly follows a word or a sentence mark and does not
    /// touch a word after it.
    fn after_word(&self, index: usize) -> bool {
        let before = index.checked_sub(1).and_then(|before| self.char(before));
        let after = self.char(index + 1);
        before.is_some_and(|c| c.is_alphanumeric() || ".,!?".contains(c))
            && !after.is_some_and(char::is_alphanumeric)
    }

    /// `’90s`, `'22`: an apostrophe for left-out digits starts a word, it opens no quote.
    fn is_elision(&self, index: usize) -> bool {
        let before = index.checked_sub(1).and_then(|before| self.char(before));
        let digit = |offset| {
            self.char(index + offset)
                .is_some_and(|c: char| c.is_ascii_digit())
        };
        !before.is_some_and(char::is_alphanumeric) && digit(1) && digit(2) && !digit(3)
    }

    /// A combining mark with nothing to combine with joins the token before it, if it
    /// touches it, so that no token starts with a mark.
    fn mark(&mut self, index: usize) -> usize {
        let (offset, end) = (self.offset(index), self.offset(index + 1));
        match self.tokens.last_mut() {
            Some(last) if last.span.end == offset => {
                last.span.end = end;
                index + 1
            }
            _ => self.push(index, index + 1, TokenKind::Punct),
        }
    }

    /// A word or number from `start`: letters, digits and combining marks, joined by inner
    /// apostrophes (`Let’s`), hyphens (`al-Assad`), periods (`U.S`, `2.5`) and thousands
    /// separators (`100,000`).
    fn word(&mut self, start: usize) -> usize {
        let mut index = start + 1;
        while let Some(c) = self.char(index) {
            let next = self.char(index + 1);
            let joins = match c {
                _ if c.is_alphanumeric() || is_mark(c) => true,
                '\'' | '’' | '‘' => next.is_some_and(char::is_alphabetic),
                '-' | '\u{2010}' | '\u{2011}' | '.' => next.is_some_and(char::is_alphanumeric),
                ',' => self.is_thousands(index),
                _ => false,
            };
            if joins {
                index += 1;
                continue;
            }
            // `voters’ concerns`: after an `s`, an apostrophe before space or punctuation is a
            // plural possessive, unless it closes a single quotation mark opened before.
            // `''building bridges''`: two apostrophes are a quotation mark, not a possessive.
            let plural = matches!(self.char(index - 1), Some('s' | 'S'))
                && !next.is_some_and(char::is_alphanumeric)
                && !(c == '\'' && next == Some('\''));
            if matches!(c, '\'' | '’') && plural && !self.single_open {
                index += 1;
            }
            break;
        }
        let word: String = self.chars[start..index].iter().map(|&(_, c)| c).collect();
        // `U.S.`: an initialism keeps its final period.
        let initialism = word.contains('.')
            && word.split('.').all(|part| {
                (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
            });
        if initialism && self.char(index) == Some('.') && self.char(index + 1) != Some('.') {
            index += 1;
        }
        let numeric = word.starts_with(|c: char| c.is_ascii_digit())
            && !word.chars().any(char::is_alphabetic);
        self.push(
            start,
            index,
            if numeric {
                TokenKind::Number
            } else {
                TokenKind::Word
            },
        )
    }

    /// A comma between a digit and exactly three digits: `100,000`, not `1,2`.
    fn is_thousands(&self, index: usize) -> bool {
        let digit = |at: usize| self.char(at).is_some_and(|c| c.is_ascii_digit());
        index > 0
            && digit(index - 1)
            && digit(index + 1)
            && digit(index + 2)
            && digit(index + 3)
            && !digit(index + 4)
    }
}

/// Combining marks in the common blocks; std has no Unicode category table, and these cover
/// the accents of Latin, Greek and Cyrillic names written in decomposed form.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}' | '\u{fe00}'..='\u{fe0f}' | '\u{200d}')
}

/// Joins a period to the word before it when the word is an abbreviation: a title, a month,
/// `etc.`, `Inc.`, a single capital (`John F. Kennedy`), `vs.`, or `No.` before a number.
fn join_abbreviations(text: &str, tokens: Vec<Token>) -> Vec<Token> {
    let mut joined: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut index = 0;
    while let Some(&token) = tokens.get(index) {
        let period = tokens.get(index + 1).filter(|period| {
            period.span.start == token.span.end && &text[period.span.range()] == "."
        });
        let word = &text[token.span.range()];
        let next = tokens.get(index + 2);
        let before_number = next.is_some_and(|next| next.kind == TokenKind::Number);
        // `Neither do I. This debate …`: the pronoun, not an initial.
        let pronoun = word == "I"
            && next.is_some_and(|next| SENTENCE_STARTS.contains(&&text[next.span.range()]));
        let is_abbreviation = token.kind == TokenKind::Word
            && (ABBREVIATIONS.contains(&word)
                || WEAK_ABBREVIATIONS.contains(&word)
                || word == "vs"
                || (matches!(word, "No" | "no") && before_number)
                || (word.chars().count() == 1 && word.chars().all(char::is_uppercase) && !pronoun));
        match period {
            Some(period) if is_abbreviation => {
                joined.push(Token {
                    span: token.span.cover(period.span),
                    kind: TokenKind::Word,
                });
                index += 2;
            }
            _ => {
                joined.push(token);
                index += 1;
            }
        }
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    /// Segments `input` and compares it with `expected`: paragraphs joined by ` || `,
    /// sentences by ` | `, tokens by spaces; an opening quotation mark prints as `[“`, a
    /// closing one as `”]`, a number as `#1997`. Text between `⟦` and `⟧` in the input is
    /// marked skipped, as `corpus` marks header lines and leftovers.
    fn check(input: &str, expected: &str) {
        let mut text = String::new();
        let mut skipped = Vec::new();
        for (index, part) in input.split(['⟦', '⟧']).enumerate() {
            if index % 2 == 1 {
                skipped.push(Span::new(text.len(), text.len() + part.len()));
            }
            text.push_str(part);
        }
        let article = article(text, skipped);
        let segmented = segment(&article);
        assert_spans(&article, &segmented);
        let mut rendered = String::new();
        for (index, sentence) in segmented.sentences.iter().enumerate() {
            if index > 0 {
                let same = segmented.sentences[index - 1].paragraph == sentence.paragraph;
                rendered.push_str(if same { " | " } else { " || " });
            }
            let tokens: Vec<String> = sentence
                .tokens
                .iter()
                .map(|token| {
                    let word = article.slice(token.span);
                    match token.kind {
                        TokenKind::OpenQuote => format!("[{word}"),
                        TokenKind::CloseQuote => format!("{word}]"),
                        TokenKind::Number => format!("#{word}"),
                        TokenKind::Word | TokenKind::Punct => word.to_string(),
                    }
                })
                .collect();
            rendered.push_str(&tokens.join(" "));
        }
        assert_eq!(rendered, expected);
    }

    fn article(text: String, skipped: Vec<Span>) -> Article {
        Article {
            id: "t".into(),
            text,
            title: None,
            date: None,
            url: None,
            source: None,
            path: PathBuf::from("t.txt"),
            skipped,
            lossy: None,
        }
    }

    /// The invariants every segmentation keeps, whatever the input.
    fn assert_spans(article: &Article, segmented: &Segmented) {
        let text = &article.text;
        let well_formed = |span: Span| {
            span.start < span.end
                && span.end <= text.len()
                && text.is_char_boundary(span.start)
                && text.is_char_boundary(span.end)
                && text[span.range()].trim_matches(is_space).len() == span.end - span.start
        };
        let mut end = 0;
        for &paragraph in &segmented.paragraphs {
            assert!(
                well_formed(paragraph) && end <= paragraph.start,
                "paragraph {paragraph:?} in {text:?}"
            );
            end = paragraph.end;
        }
        let mut end = 0;
        for sentence in &segmented.sentences {
            let span = sentence.span;
            assert!(
                well_formed(span) && end <= span.start,
                "sentence {span:?} in {text:?}"
            );
            assert!(
                segmented.paragraphs[sentence.paragraph].contains(span),
                "{text:?}"
            );
            assert!(
                !article.is_skipped(span),
                "sentence {span:?} is skipped in {text:?}"
            );
            assert_eq!(
                sentence.tokens.first().map(|token| token.span.start),
                Some(span.start)
            );
            assert_eq!(
                sentence.tokens.last().map(|token| token.span.end),
                Some(span.end)
            );
            end = span.end;
            let mut token_end = span.start;
            for token in &sentence.tokens {
                assert!(
                    well_formed(token.span) && token_end <= token.span.start,
                    "token {token:?} in {text:?}"
                );
                token_end = token.span.end;
            }
        }
        let mut last = 0;
        for sentence in &segmented.sentences {
            assert!(sentence.paragraph >= last && sentence.paragraph < segmented.paragraphs.len());
            last = sentence.paragraph;
        }
    }

    #[test]
    fn headline_case_is_title_case_not_a_sentence_full_of_names() {
        let headlines = |text: &str| -> Vec<bool> {
            let article = article(text.to_string(), Vec::new());
            segment(&article)
                .sentences
                .iter()
                .map(|s| s.headline)
                .collect()
        };
        assert_eq!(
            headlines("Laurent Meets With Expert On Anna Berg's Past Again"),
            [true]
        );
        assert_eq!(
            headlines("If I Would Have Told Anna a Story About the Server"),
            [true]
        );
        // As many capitals, but "was" and "due" are lowercase: a sentence of prose.
        assert_eq!(
            headlines(
                "On Tuesday, U.S. Secretary of State Mark Dunn was due to speak to Ruritania's \
                 Foreign Minister Ivan Sokolov."
            ),
            [false]
        );
        assert_eq!(
            headlines("Mark Dunn met Ivan Sokolov in Geneva on Monday."),
            [false]
        );
    }

    #[test]
    fn sentence_ends() {
        check(
            "Petrov spoke. He left! Did he? Yes… Then... 1997 came.",
            "Petrov spoke . | He left ! | Did he ? | Yes … | Then ... | #1997 came .",
        );
        check(
            "It was 2.5 percent. (It rose.) Next.",
            "It was #2.5 percent . | ( It rose . ) | Next .",
        );
        check(
            "He went to e.g. the store. ok. fine",
            "He went to e.g. the store . ok . fine",
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        check(
            "Mr. Smith met Gen. Milley on Feb. 1 in St. Petersburg.",
            "Mr. Smith met Gen. Milley on Feb. #1 in St. Petersburg .",
        );
        check(
            "Dr. J. K. Rowling met John F. Kennedy Jr. Sens. Smith and I. Mann came. So did I. The end.",
            "Dr. J. K. Rowling met John F. Kennedy Jr. Sens. Smith and I. Mann came . | So did I . | The end .",
        );
        check(
            "He was No. 1 vs. them, etc. and more. No. She left.",
            "He was No. #1 vs. them , etc. and more . | No . | She left .",
        );
    }

    #[test]
    fn initialism_before_a_sentence_start() {
        check(
            "Petrov lashed out at the U.S. and NATO.",
            "Petrov lashed out at the U.S. and NATO .",
        );
        check(
            "He blamed the U.S. The president replied.",
            "He blamed the U.S. | The president replied .",
        );
        check(
            "Then U.S. Secretary of State Antony Brooks called.",
            "Then U.S. Secretary of State Antony Brooks called .",
        );
        check(
            "He arrived at 5 p.m. It rained.",
            "He arrived at #5 p.m. | It rained .",
        );
        check("the U.S.′ refusal", "the U.S. ′ refusal");
    }

    #[test]
    fn company_abbreviations_end_before_capitals() {
        check(
            "Apple Inc. makes phones, Co. said. He bought Apple Inc. Then it fell.",
            "Apple Inc. makes phones , Co. said . | He bought Apple Inc. | Then it fell .",
        );
        check(
            "Shares of Acme Corp., a maker, fell.",
            "Shares of Acme Corp. , a maker , fell .",
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        check(
            "“It is now clear,” Petrov said. “We failed.” The Hill reported",
            "[“ It is now clear , ”] Petrov said . | [“ We failed . ”] | The Hill reported",
        );
        check(
            "“Should we go to war?” he asked. “No!” “Yes.”",
            "[“ Should we go to war ? ”] he asked . | [“ No ! ”] | [“ Yes . ”]",
        );
        check(
            "He said “Not.” 2014 was hard.",
            "He said [“ Not . ”] | #2014 was hard .",
        );
    }

    #[test]
    fn dashes_and_ellipses_are_punctuation() {
        check(
            "They do not intend to invade – again – Ukraine — ever -- he said… and left.",
            "They do not intend to invade – again – Ukraine — ever -- he said … and left .",
        );
    }

    #[test]
    fn line_breaks_end_sentences_and_blank_lines_end_paragraphs() {
        check(
            "Headline over\ntwo lines\n\nBody one. Body two.\n \u{a0}\nLast",
            "Headline over | two lines || Body one . | Body two . || Last",
        );
        check(
            "One line\nAnother line.\r\nThird",
            "One line || Another line . || Third",
        );
    }

    #[test]
    fn skipped_regions_produce_no_sentences() {
        check(
            "⟦ date 2022-02-01⟧ Russian President spoke.\n\n⟦News ID: 1⟧\n\nOn Monday, they met at the UN. ⟦(see video below)⟧.\n\n⟦Sign up to receive our latest news!⟧",
            "Russian President spoke . || On Monday , they met at the UN .",
        );
        check(
            "Petrov said ⟦(see video below)⟧ that it was clear.",
            "Petrov said | that it was clear .",
        );
    }

    #[test]
    fn curly_quote_kinds() {
        check(
            "“Let’s go,” he said of the voters’ concerns and ‘hopes’.",
            "[“ Let’s go , ”] he said of the voters’ concerns and [‘ hopes ’] .",
        );
        check(
            "In the ’90s voters’ views changed, „Ja“ «oui» ‹non›.",
            "In the ’90s voters’ views changed , [„ Ja “] [« oui »] [‹ non ›] .",
        );
        check(
            "It’s ‘in Their Heads.’ Ashby was ‘Mocking’ Hartley.",
            "It’s [‘ in Their Heads . ’] | Ashby was [‘ Mocking ’] Hartley .",
        );
    }

    #[test]
    fn straight_quote_kinds() {
        check(
            r#"He said "adequate" and ("we" -"no")."#,
            r#"He said [" adequate "] and ( [" we "] - [" no "] ) ."#,
        );
        check("Not paying ''makes me smart,'' Ashby said of 'the bus' in '22 and the voters' cars.", "Not paying ['' makes me smart , ''] Ashby said of [' the bus '] in '22 and the voters' cars .");
        check(
            "She began ''building bridges'' to the voters.",
            "She began ['' building bridges ''] to the voters .",
        );
        check(
            "``Yes,'' he said. Don't.",
            "[`` Yes , ''] he said . | Don't .",
        );
    }

    #[test]
    fn words_and_numbers() {
        check(
            "al-Assad, Peña, Horváth and Kovalenko\u{301} don't pay $650 million for 100,000 troops in 2022-02-01, 1,2 or #3.",
            "al-Assad , Peña , Horváth and Kovalenko\u{301} don't pay $ #650 million for #100,000 troops in #2022-02-01 , #1 , #2 or # #3 .",
        );
        check(
            "Russia-NATO’s pro-Western build-up; U.S.-made N.Y. \u{301}x",
            "Russia-NATO’s pro-Western build-up ; U.S. - made N.Y. \u{301} x",
        );
    }

    #[test]
    fn seed_articles_keep_span_invariants() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut counts = Vec::new();
        for item in crate::corpus::read(&[dir]) {
            let article = item.expect("seed articles are well-formed");
            let segmented = segment(&article);
            assert_spans(&article, &segmented);
            counts.push((segmented.paragraphs.len(), segmented.sentences.len()));
        }
        assert_eq!(counts, [(19, 23), (12, 21), (12, 19), (19, 20), (8, 21)]);
    }

    /// Fixed-seed arbitrary texts and non-empty skipped spans (some off char boundaries or
    /// past the end): segmenting
    /// never panics and keeps every span invariant.
    #[test]
    fn arbitrary_text_keeps_span_invariants() {
        let pieces = [
            "U.S.",
            " ",
            "\n",
            "\n\n",
            "“",
            "”",
            "\"",
            "'",
            "''",
            "’",
            "‘",
            "é",
            "e\u{301}",
            "\u{301}",
            "…",
            "...",
            "--",
            "—",
            "$",
            "100,000",
            "2.5",
            "Mr.",
            "\u{a0}",
            "\r\n",
            "a",
            "Z",
            "?",
            "!",
            "(",
            ")",
            ".",
            ",",
            "s",
            "9",
            "\u{1f600}",
            "\u{feff}",
            "-",
            "No.",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut random = move |below: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % below as u64) as usize
        };
        for _ in 0..500 {
            let mut text = String::new();
            for _ in 0..random(40) {
                text.push_str(pieces[random(pieces.len())]);
            }
            let skipped = (0..random(3))
                .map(|_| {
                    let start = random(text.len() + 2);
                    Span::new(start, start + 1 + random(8))
                })
                .collect();
            let article = article(text, skipped);
            let segmented = segment(&article);
            assert_spans(&article, &segmented);
        }
    }
}
