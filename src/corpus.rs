//! Reads the corpus: turns files, directories and standard input into [`Article`]s.
//!
//! Input: the paths the user named. A `.txt` file is one article whose id is the file stem; a
//! `.jsonl` file holds one article per line (`id` and `text` required; `title`, `date`, `url`
//! and `source` optional); a directory is walked recursively in sorted order for both kinds;
//! `-` is standard input, read as JSON Lines when it starts with `{` and as one text article
//! with id `stdin` otherwise.
//!
//! Output: a lazy stream of `Result<Article, ReadError>`, one item per article or per problem,
//! so one bad file or line is reported and the rest of the corpus still goes through. Only one
//! article (or one JSON line) is in memory at a time.
//!
//! [`parse`] also reads the article header: the publication date (` date 2022-02-01 …`,
//! `Published: 0334 GMT January 28, 2022`, a dateline `February 3, 2022: -…`, a date line),
//! `News ID:` lines, the title, and web-page leftovers (sign-up boxes, captchas, share
//! buttons, copyright lines). They land in [`Article::skipped`]; the text itself is never
//! changed, so every offset downstream refers to the bytes as read (or, with
//! [`Decoding::Lossy`], to the text as decoded, each invalid UTF-8 sequence one U+FFFD).
//!
//! Deliberately left out: encodings other than UTF-8 (bytes that are not UTF-8 are an error,
//! or U+FFFD when decoding lossily), HTML stripping, language detection,
//! bylines, and dates in the prose (the date of an event is the extractors' business).

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;

use crate::model::{Article, Lossy, Span};

pub mod synthetic;

/// Why an article, or one line of a JSON Lines file, could not be turned into an [`Article`].
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file or directory could not be read at all.
    #[error("{}: could not read", .path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: io::Error,
    },
    /// The file was read, but what it holds is not an article.
    #[error("{}: {problem}", location(.path, *.line))]
    Malformed {
        /// The file (`-` for standard input).
        path: PathBuf,
        /// The 1-based line of a JSON Lines file, when the problem is on one line.
        line: Option<usize>,
        /// What is wrong.
        problem: Problem,
    },
}

/// What is wrong with input that could be read.
#[derive(Debug, thiserror::Error)]
pub enum Problem {
    /// The bytes are not UTF-8; the offset counts from the start of the file.
    #[error("not valid UTF-8 at byte {0} (convert the file to UTF-8)")]
    NotUtf8(usize),
    /// The text holds nothing but white space.
    #[error("empty article")]
    Empty,
    /// The text holds NUL bytes or many control characters.
    #[error("binary data, not text")]
    Binary,
    /// A JSON Lines line that is not a JSON object of the expected shape; serde's message.
    #[error("invalid JSON line: {0}")]
    Json(serde_json::Error),
    /// A JSON Lines record without a required field.
    #[error("JSON record has no `{0}`")]
    Missing(&'static str),
    /// The article is longer than the run allows (its size and the limit, in bytes).
    #[error(
        "article of {} MB is over the limit of {} MB: split it into articles, or raise the limit \
         with --max-article-mb (extraction needs a few hundred bytes of memory per byte)",
        .0 / 1_000_000,
        .1 / 1_000_000
    )]
    TooLarge(usize, usize),
}

impl ReadError {
    fn io(path: &Path, source: io::Error) -> ReadError {
        ReadError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// An article over the size limit of a run.
    pub fn too_large(path: &Path, bytes: usize, limit: usize) -> ReadError {
        ReadError::malformed(path, None, Problem::TooLarge(bytes, limit))
    }

    fn malformed(path: &Path, line: Option<usize>, problem: Problem) -> ReadError {
        ReadError::Malformed {
            path: path.to_path_buf(),
            line,
            problem,
        }
    }
}

/// Reads articles from files, directories and `-` (standard input), lazily and in order.
///
/// Directories are walked depth-first with entries sorted by name; inside them only `.txt`
/// and `.jsonl` files are read and everything else is skipped silently. A file named
/// explicitly is read as JSON Lines if it ends in `.jsonl` and as text otherwise. A
/// directory reached twice (through a symlink, or named twice) is walked once.
pub fn read(paths: &[PathBuf]) -> impl Iterator<Item = Result<Article, ReadError>> {
    read_with(paths, Decoding::Strict)
}

/// [`read`], with bytes that are not UTF-8 read as `decoding` says.
pub fn read_with(
    paths: &[PathBuf],
    decoding: Decoding,
) -> impl Iterator<Item = Result<Article, ReadError>> {
    let mut reader = Reader::new(paths, None);
    reader.decoding = decoding;
    reader
}

/// What to do with an article whose bytes are not UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Decoding {
    /// Report it ([`Problem::NotUtf8`]) and skip it.
    #[default]
    Strict,
    /// Replace each invalid sequence with U+FFFD and keep the article, marked with
    /// [`Article::lossy`] so that the caller can warn (`--lossy`).
    Lossy,
}

/// The text of `bytes`, with what lossy decoding replaced (the offset of the first invalid
/// byte and the number of invalid sequences); `Err` holds that offset when decoding is strict.
fn decode(bytes: Vec<u8>, decoding: Decoding) -> Result<(String, Option<(usize, usize)>), usize> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, None)),
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            if decoding == Decoding::Strict {
                return Err(offset);
            }
            let bytes = error.into_bytes();
            let replaced = bytes
                .utf8_chunks()
                .filter(|chunk| !chunk.invalid().is_empty())
                .count();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            Ok((text, Some((offset, replaced))))
        }
    }
}

/// Builds an article from the bytes of one text: checks that it is UTF-8 text with some
/// content, then reads the header (date, title, skipped regions). `url` and `source` stay
/// empty; they only come from JSON Lines records.
pub fn parse(id: &str, bytes: impl Into<Vec<u8>>, path: &Path) -> Result<Article, ReadError> {
    parse_with(id, bytes.into(), path, Decoding::Strict)
}

/// [`parse`], with bytes that are not UTF-8 read as `decoding` says.
pub fn parse_with(
    id: &str,
    bytes: Vec<u8>,
    path: &Path,
    decoding: Decoding,
) -> Result<Article, ReadError> {
    let malformed = |problem| ReadError::malformed(path, None, problem);
    // NUL is valid UTF-8 but never appears in an article; checking it first also catches
    // UTF-16 files, which would otherwise be reported as bad UTF-8 at byte 1.
    if bytes.contains(&0) {
        return Err(malformed(Problem::Binary));
    }
    let (text, replaced) =
        decode(bytes, decoding).map_err(|offset| malformed(Problem::NotUtf8(offset)))?;
    if text.chars().all(is_space) {
        return Err(malformed(Problem::Empty));
    }
    if is_binary(&text) {
        return Err(malformed(Problem::Binary));
    }
    let header = header(&text);
    Ok(Article {
        id: id.to_string(),
        title: header.title,
        // A text that gives no date may be named after it ("ledger_2016-09-08_some-title"),
        // as news archives often name their files.
        date: header.date.or_else(|| date_in_name(id)),
        url: None,
        source: None,
        path: path.to_path_buf(),
        skipped: header.skipped,
        text,
        lossy: replaced.map(|(offset, replaced)| Lossy {
            line: None,
            offset,
            replaced,
        }),
    })
}

/// One JSON Lines record. Unknown fields are ignored, so richer exports read as they are.
#[derive(Deserialize)]
struct Record {
    id: Option<RecordId>,
    text: Option<String>,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    source: Option<String>,
}

/// Exports from databases often carry numeric ids; both forms name the article.
#[derive(Deserialize)]
#[serde(untagged)]
enum RecordId {
    Text(String),
    Number(serde_json::Number),
}

/// The state of one walk over the corpus: what is still to visit, and the JSON Lines file
/// being read, if any.
struct Reader {
    /// Paths still to visit, the next one last.
    pending: Vec<PathBuf>,
    lines: Option<JsonLines>,
    /// Canonical paths of the directories walked so far; a symlink loop ends here.
    visited: HashSet<PathBuf>,
    /// What `-` reads; `None` means the process's standard input (tests put text here).
    stdin: Option<Box<dyn BufRead + Send>>,
    decoding: Decoding,
}

/// A JSON Lines file being read one line at a time.
struct JsonLines {
    path: PathBuf,
    input: Box<dyn BufRead + Send>,
    /// 1-based number of the last line read.
    line: usize,
    /// Byte offset of the next line, for UTF-8 errors.
    offset: usize,
    done: bool,
    decoding: Decoding,
}

impl Reader {
    fn new(paths: &[PathBuf], stdin: Option<Box<dyn BufRead + Send>>) -> Reader {
        Reader {
            pending: paths.iter().rev().cloned().collect(),
            lines: None,
            visited: HashSet::new(),
            stdin,
            decoding: Decoding::Strict,
        }
    }

    /// Starts on one path: returns the article or error it yields at once, or queues what it
    /// holds (directory entries, JSON lines) and returns `None`.
    fn open(&mut self, path: PathBuf) -> Option<Result<Article, ReadError>> {
        if path.as_os_str() == "-" {
            return self.open_stdin(path);
        }
        let metadata = match fs::metadata(&path) {
            Ok(metadata) => metadata,
            Err(source) => return Some(Err(ReadError::io(&path, source))),
        };
        if metadata.is_dir() {
            return self.queue_dir(path).err().map(Err);
        }
        if has_extension(&path, "jsonl") {
            return match File::open(&path) {
                Ok(file) => {
                    let input = Box::new(BufReader::new(file));
                    self.lines = Some(JsonLines::new(path, input, self.decoding));
                    None
                }
                Err(source) => Some(Err(ReadError::io(&path, source))),
            };
        }
        let id = path
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default();
        Some(match fs::read(&path) {
            Ok(bytes) => parse_with(&id, bytes, &path, self.decoding),
            Err(source) => Err(ReadError::io(&path, source)),
        })
    }

    /// Reads standard input: JSON Lines, streamed, when the first byte that is not white space
    /// (or a BOM) is `{`; otherwise one text article, read whole.
    fn open_stdin(&mut self, path: PathBuf) -> Option<Result<Article, ReadError>> {
        let mut input: Box<dyn BufRead + Send> = self
            .stdin
            .take()
            .unwrap_or_else(|| Box::new(BufReader::new(io::stdin())));
        let mut prefix = Vec::new();
        loop {
            let buffer = match input.fill_buf() {
                Ok(buffer) => buffer,
                Err(source) => return Some(Err(ReadError::io(&path, source))),
            };
            if buffer.is_empty() {
                break;
            }
            // Skipping the BOM's three bytes one by one misjudges only text that is not UTF-8:
            // in UTF-8, no `{` follows any of them.
            let found = buffer
                .iter()
                .position(|byte| !byte.is_ascii_whitespace() && ![0xEF, 0xBB, 0xBF].contains(byte));
            let taken = found.map_or(buffer.len(), |index| index + 1);
            prefix.extend_from_slice(&buffer[..taken]);
            input.consume(taken);
            if found.is_some() {
                break;
            }
        }
        if prefix.last() == Some(&b'{') {
            self.lines = Some(JsonLines::new(
                path,
                Box::new(Cursor::new(prefix).chain(input)),
                self.decoding,
            ));
            return None;
        }
        if let Err(source) = input.read_to_end(&mut prefix) {
            return Some(Err(ReadError::io(&path, source)));
        }
        Some(parse_with("stdin", prefix, &path, self.decoding))
    }

    /// Queues the `.txt` and `.jsonl` files and the subdirectories of a directory, sorted by
    /// name so that the output does not depend on the file system's order.
    fn queue_dir(&mut self, dir: PathBuf) -> Result<(), ReadError> {
        let io_error = |source| ReadError::io(&dir, source);
        let canonical = fs::canonicalize(&dir).map_err(io_error)?;
        if !self.visited.insert(canonical) {
            return Ok(());
        }
        let mut children = Vec::new();
        for entry in fs::read_dir(&dir).map_err(io_error)? {
            let path = entry.map_err(io_error)?.path();
            // `fs::metadata` follows symlinks; a dangling one is neither and is skipped.
            let is_dir = fs::metadata(&path).is_ok_and(|metadata| metadata.is_dir());
            if is_dir || has_extension(&path, "txt") || has_extension(&path, "jsonl") {
                children.push(path);
            }
        }
        children.sort();
        self.pending.extend(children.into_iter().rev());
        Ok(())
    }
}

impl Iterator for Reader {
    type Item = Result<Article, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(lines) = &mut self.lines {
                match lines.next_article() {
                    Some(item) => return Some(item),
                    None => self.lines = None,
                }
            }
            let path = self.pending.pop()?;
            if let Some(item) = self.open(path) {
                return Some(item);
            }
        }
    }
}

impl JsonLines {
    fn new(path: PathBuf, input: Box<dyn BufRead + Send>, decoding: Decoding) -> JsonLines {
        JsonLines {
            path,
            input,
            line: 0,
            offset: 0,
            done: false,
            decoding,
        }
    }

    /// The next article or error; blank lines yield nothing, and a bad line does not stop the
    /// file (only an I/O error does).
    fn next_article(&mut self) -> Option<Result<Article, ReadError>> {
        while !self.done {
            let mut bytes = Vec::new();
            let start = self.offset;
            match self.input.read_until(b'\n', &mut bytes) {
                Ok(0) => self.done = true,
                Ok(n) => {
                    self.offset += n;
                    self.line += 1;
                    if let Some(item) = self.article(bytes, start) {
                        return Some(item);
                    }
                }
                Err(source) => {
                    self.done = true;
                    return Some(Err(ReadError::io(&self.path, source)));
                }
            }
        }
        None
    }

    fn article(&self, bytes: Vec<u8>, start: usize) -> Option<Result<Article, ReadError>> {
        let malformed = |problem| ReadError::malformed(&self.path, Some(self.line), problem);
        let (line, replaced) = match decode(bytes, self.decoding) {
            Ok(decoded) => decoded,
            Err(offset) => return Some(Err(malformed(Problem::NotUtf8(start + offset)))),
        };
        let json = line.trim_start_matches('\u{feff}').trim();
        if json.is_empty() {
            return None;
        }
        // Through a map first: serde would also take `[id, text]` for the record.
        let object = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(json);
        let record = match object.and_then(|object| {
            Record::deserialize(object.into_iter().collect::<serde_json::Value>())
        }) {
            Ok(record) => record,
            Err(error) => return Some(Err(malformed(Problem::Json(error)))),
        };
        let id = match record.id {
            Some(RecordId::Text(id)) if !id.trim().is_empty() => id,
            Some(RecordId::Number(number)) => number.to_string(),
            _ => return Some(Err(malformed(Problem::Missing("id")))),
        };
        let Some(text) = record.text else {
            return Some(Err(malformed(Problem::Missing("text"))));
        };
        let mut article = match parse(&id, text, &self.path) {
            Ok(article) => article,
            Err(ReadError::Malformed { problem, .. }) => return Some(Err(malformed(problem))),
            Err(error) => return Some(Err(error)),
        };
        if record.title.is_some() {
            article.title = record.title;
        }
        if let Some(date) = record.date {
            article.date = normalize_date(&date);
        }
        article.url = record.url;
        article.source = record.source;
        article.lossy = replaced.map(|(offset, replaced)| Lossy {
            line: Some(self.line),
            offset: start + offset,
            replaced,
        });
        Some(Ok(article))
    }
}

/// `path` or `path:line`, as compilers print locations.
fn location(path: &Path, line: Option<usize>) -> String {
    match line {
        Some(line) => format!("{}:{line}", path.display()),
        None => path.display().to_string(),
    }
}

fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension()
        .is_some_and(|found| found.eq_ignore_ascii_case(extension))
}

/// White space including no-break spaces (`char::is_whitespace`) and the BOM.
fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// More than one character in ten being a control character other than a line break or tab
/// means the file is not prose; a stray escape in a scraped page is still allowed.
fn is_binary(text: &str) -> bool {
    let total = text.chars().count();
    let control = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'))
        .count();
    control >= 3 && control * 10 > total
}

/// What the first lines of an article say about it.
#[derive(Default)]
struct Header {
    title: Option<String>,
    date: Option<String>,
    skipped: Vec<Span>,
}

/// How a line at the top of an article is read.
#[derive(Debug, PartialEq)]
enum HeaderLine {
    /// A whole line of metadata (`News ID: 319716`, `Published: …`), with the date it gives.
    Skip(Option<NaiveDate>),
    /// A date before prose on the same line; the prose starts after the byte offset given
    /// (relative to the line).
    Prefix(NaiveDate, usize),
    /// Prose (or a title).
    Prose,
}

/// Only this many non-blank lines are looked at for header lines: deep in the article a
/// `Date:` line or a dated paragraph is content, not metadata.
const HEADER_LINES: usize = 8;

/// Finds the header lines, the title and the web-page leftovers of an article.
fn header(text: &str) -> Header {
    let mut header = Header::default();
    let body = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    if body > 0 {
        header.skipped.push(Span::new(0, body));
    }
    let lines = lines(text, body);
    let mut in_header = true;
    let mut seen = 0;
    let mut repeat: Option<&str> = None;
    for (index, &(start, line)) in lines.iter().enumerate() {
        let Some((span, content)) = trim(start, line) else {
            continue;
        };
        if is_leftover(content) {
            header.skipped.push(span);
            continue;
        }
        header.skipped.extend(asides(span.start, content));
        if !in_header {
            continue;
        }
        seen += 1;
        // One sample repeats its title on the next line: the repeat is header too.
        if repeat.take() == Some(content) {
            header.skipped.push(span);
            continue;
        }
        if seen > HEADER_LINES {
            in_header = false;
            continue;
        }
        match classify(line) {
            HeaderLine::Skip(date) => {
                header.skipped.push(span);
                header.date = header.date.or(date.map(iso));
            }
            HeaderLine::Prefix(date, end) => {
                header.skipped.push(Span::new(start, start + end));
                header.date = header.date.or(Some(iso(date)));
                in_header = false;
            }
            HeaderLine::Prose
                if header.title.is_none() && is_title(content) && ends_block(&lines, index) =>
            {
                header.skipped.push(span);
                header.title = Some(content.to_string());
                repeat = Some(content);
            }
            HeaderLine::Prose => in_header = false,
        }
    }
    header.skipped = normalize(header.skipped);
    header
}

/// The lines of `text` from byte `from` on, each with its start offset, without `\n`.
fn lines(text: &str, from: usize) -> Vec<(usize, &str)> {
    let mut start = from;
    let mut lines = Vec::new();
    for line in text[from..].split('\n') {
        lines.push((start, line));
        start += line.len() + 1;
    }
    lines
}

/// A line without surrounding white space, with its span; `None` for a blank line.
fn trim(start: usize, line: &str) -> Option<(Span, &str)> {
    let content = line.trim_start_matches(is_space);
    let begin = start + line.len() - content.len();
    let content = content.trim_end_matches(is_space);
    (!content.is_empty()).then(|| (Span::new(begin, begin + content.len()), content))
}

/// Whether the line at `index` stands alone as a title does: the line after it ends the
/// paragraph or is header metadata, and some text follows (a lone line is the article).
fn ends_block(lines: &[(usize, &str)], index: usize) -> bool {
    let rest = lines.get(index + 1..).unwrap_or_default();
    let has_body = rest
        .iter()
        .any(|&(start, line)| trim(start, line).is_some());
    has_body
        && rest.first().is_none_or(|&(start, line)| {
            trim(start, line).is_none() || matches!(classify(line), HeaderLine::Skip(_))
        })
}

/// A title is a short line that is not a sentence: no final `.`, `!`, `?` (also inside a
/// closing quote) and no `:` or `,` that would lead into more text. The first paragraph of
/// 002 is a long sentence ending in a period, so it stays prose.
fn is_title(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']']);
    line.chars().count() < 200
        && line.chars().any(char::is_alphabetic)
        && !core.ends_with(['.', '!', '?', '…', ':', ';', ','])
}

/// Labels of a line that gives the publication date.
const LABELS: [&str; 7] = [
    "published",
    "updated",
    "last updated",
    "posted",
    "date",
    "dated",
    "first published",
];

/// Reads one line at the top of an article.
fn classify(line: &str) -> HeaderLine {
    let content = line.trim_start_matches(is_space);
    let indent = line.len() - content.len();
    // Sample 000: ` date 2022-02-01 Russian President Vladimir Petrov said …` — a date field
    // glued to the first paragraph by the scraper.
    let label = content
        .get(..4)
        .filter(|word| word.eq_ignore_ascii_case("date"));
    if let Some(rest) = label
        .and_then(|_| content.get(4..))
        .filter(|rest| rest.starts_with(is_space))
    {
        let date_start = line.len() - rest.trim_start_matches(is_space).len();
        if let Some((date, len)) = parse_date(&line[date_start..]) {
            let end = date_start + len;
            return if is_time(&line[end..]) {
                HeaderLine::Skip(Some(date))
            } else {
                HeaderLine::Prefix(date, end)
            };
        }
    }
    // Sample 003: `Published: 0334 GMT January 28, 2022`.
    if let Some((label, value)) = content.split_once(':') {
        let label = label.trim().to_lowercase();
        let words: Vec<&str> = label.split_whitespace().collect();
        if LABELS.contains(&label.as_str()) {
            return HeaderLine::Skip(find_date(value));
        }
        // Sample 003: `News ID: 319716`; also `Article ID:`, `Story ID:`.
        if words.last() == Some(&"id") && words.len() <= 3 && value.split_whitespace().count() == 1
        {
            return HeaderLine::Skip(None);
        }
    }
    dateline(content).map_or(HeaderLine::Prose, |(date, end)| match end {
        None => HeaderLine::Skip(Some(date)),
        Some(end) => HeaderLine::Prefix(date, indent + end),
    })
}

/// A date at the start of a line, after an optional place in capitals (`MOSCOW, `): the
/// whole line (`end` is `None`) when only a time follows, or a dateline before prose when a
/// separator follows, as in sample 001's `February 3, 2022: -President Vladimir Petrov …`.
fn dateline(content: &str) -> Option<(NaiveDate, Option<usize>)> {
    let place = content
        .split_once(", ")
        .filter(|(place, _)| place.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .filter(|(place, _)| {
            place
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-'))
        })
        .map_or(0, |(place, _)| place.len() + 2);
    let (date, len) = parse_date(&content[place..])?;
    let end = place + len;
    if is_time(&content[end..]) {
        return Some((date, None));
    }
    let rest = &content[end..];
    let mut separator_end = None;
    for (index, c) in rest.char_indices() {
        match c {
            ':' | '-' | '—' | '–' | '|' => separator_end = Some(end + index + c.len_utf8()),
            _ if is_space(c) => {}
            _ => break,
        }
    }
    let separator_end = separator_end?;
    (separator_end < content.len()).then_some((date, Some(separator_end)))
}

/// Whether what follows a date is only a time or a time zone (`03:34 GMT`, `| 10 a.m.`).
fn is_time(rest: &str) -> bool {
    rest.split_whitespace().all(|word| {
        !word.chars().any(char::is_lowercase)
            || matches!(
                word.trim_matches(|c: char| !c.is_alphabetic()),
                "am" | "pm" | "a.m" | "p.m"
            )
    })
}

/// The first date in a line, starting at any word.
fn find_date(line: &str) -> Option<NaiveDate> {
    let mut at_word_start = true;
    for (index, c) in line.char_indices() {
        if at_word_start {
            if let Some((date, _)) = parse_date(&line[index..]) {
                return Some(date);
            }
        }
        at_word_start = !c.is_alphanumeric();
    }
    None
}

/// A JSON Lines date as ISO `yyyy-mm-dd`, when it is one of the date styles we read, also
/// with a time after it (`2022-01-05T10:00:00Z`).
fn normalize_date(value: &str) -> Option<String> {
    let value = value.trim();
    let (date, end) = parse_date(value)?;
    let rest = &value[end..];
    (rest.starts_with('T') || is_time(rest)).then(|| iso(date))
}

/// The calendar date written `YYYY-MM-DD` in a file's name, set off from the rest of the
/// name (by `_`, `-`, `.` or a space, or at either end), when there is exactly one.
fn date_in_name(name: &str) -> Option<String> {
    let bytes = name.as_bytes();
    let mut found = None;
    for start in 0..bytes.len().saturating_sub(9) {
        let Some(candidate) = name.get(start..start + 10) else {
            continue;
        };
        let bounded = |i: Option<&u8>| i.is_none_or(|b| matches!(b, b'_' | b'-' | b'.' | b' '));
        let shaped = candidate.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
        if shaped
            && bounded(start.checked_sub(1).and_then(|i| bytes.get(i)))
            && bounded(bytes.get(start + 10))
        {
            let Ok(date) = NaiveDate::parse_from_str(candidate, "%Y-%m-%d") else {
                continue;
            };
            if found.replace(date).is_some() {
                return None;
            }
        }
    }
    found.map(iso)
}

fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// A date at the start of `text`: `2022-01-05`, `January 5, 2022`, `Jan. 5, 2022`,
/// `5 January 2022`, each with an optional weekday before it (`Tuesday, Feb. 1, 2022`).
/// Returns the date and the bytes it takes. A date without a year is not a date here.
fn parse_date(text: &str) -> Option<(NaiveDate, usize)> {
    let iso = text
        .get(..10)
        .filter(|_| !text[10..].starts_with(|c: char| c.is_ascii_digit()));
    if let Some(date) = iso.and_then(|iso| NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()) {
        return Some((date, 10));
    }
    // The words of the date with their end offsets; spaces, commas and the period of
    // `Jan.` separate them, but nothing may come before the first.
    let mut words: Vec<(&str, usize)> = Vec::new();
    let mut pos = 0;
    while words.len() < 4 {
        let rest = &text[pos..];
        let start = pos + rest.len()
            - rest
                .trim_start_matches(|c| is_space(c) || c == ',' || c == '.')
                .len();
        let len = text[start..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(text.len() - start);
        if len == 0 || (words.is_empty() && start > 0) {
            break;
        }
        pos = start + len;
        words.push((&text[start..pos], pos));
    }
    let skip = usize::from(words.first().is_some_and(|(word, _)| is_weekday(word)));
    let [(first, _), (second, _), (year, end)] = words.get(skip..skip + 3)?.try_into().ok()?;
    let (month, day) = match month_number(first) {
        Some(month) => (month, second),
        None => (month_number(second)?, first),
    };
    let day = day.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
    if year.len() != 4 || day.len() > 2 {
        return None;
    }
    let year = year
        .parse()
        .ok()
        .filter(|year| (1900..=2100).contains(year))?;
    Some((
        NaiveDate::from_ymd_opt(year, month, day.parse().ok()?)?,
        end,
    ))
}

fn month_number(word: &str) -> Option<u32> {
    #[rustfmt::skip]
    const MONTHS: [&str; 12] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ];
    let word = word.to_ascii_lowercase();
    let short = |month: &&str| (word.len() == 3 || word == "sept") && month.starts_with(&word);
    let index = MONTHS
        .iter()
        .position(|month| *month == word || short(month))?;
    u32::try_from(index + 1).ok()
}

fn is_weekday(word: &str) -> bool {
    #[rustfmt::skip]
    const DAYS: [&str; 17] = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
        "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ];
    DAYS.contains(&word.to_ascii_lowercase().as_str())
}

/// Whole lines that scraped web pages leave around an article: sign-up boxes, form and
/// captcha labels, share buttons, cross-links, copyright notices. The phrases are the first
/// words of such lines (sample 002 ends with `Sign up to receive our latest news!`, sample 003
/// with `Security Key:` / `Captcha refresh` / `Page Generated in 0/5278 sec`); a long line is
/// always prose, whatever it starts with.
fn is_leftover(line: &str) -> bool {
    #[rustfmt::skip]
    const STARTS: [&str; 22] = [
        "sign up", "subscribe", "by submitting this form", "security key", "captcha",
        "page generated in", "advertisement", "sponsored content", "click here", "tap here",
        "share this", "share on", "related:", "related articles", "related stories",
        "related coverage", "read more", "see also:", "follow us", "copyright ©", "copyright (c)",
        "©",
    ];
    if line.chars().count() > 160 {
        return false;
    }
    let lower = line.to_lowercase();
    // A phrase must end at a word boundary: "Subscribers said …" is prose.
    let starts_with = |phrase: &str| {
        lower
            .strip_prefix(phrase)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    };
    STARTS.iter().any(|phrase| starts_with(phrase)) || lower.contains("all rights reserved")
}

/// Parentheses that point at page furniture, like sample 000's `(see video below)`: only the
/// parenthesis is skipped, the sentence around it is prose.
fn asides(start: usize, line: &str) -> Vec<Span> {
    let mut asides = Vec::new();
    for (open, _) in line.match_indices('(') {
        let Some(len) = line[open..].find(')').filter(|&len| len < 40) else {
            continue;
        };
        let inner = line[open + 1..open + len].trim().to_lowercase();
        let points = ["see ", "watch ", "video", "photo", "click"]
            .iter()
            .any(|word| inner.starts_with(word));
        let at_media = ["video", "photo", "below", "above", "gallery", "here"]
            .iter()
            .any(|word| inner.contains(word));
        if points && at_media {
            asides.push(Span::new(start + open, start + open + len + 1));
        }
    }
    asides
}

/// Sorts spans and merges those that overlap or touch, so that `skipped` is ordered and
/// non-overlapping whatever order the rules found them in.
fn normalize(mut spans: Vec<Span>) -> Vec<Span> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_in_a_file_name_is_the_publication_date_of_a_text_that_gives_none() {
        assert_eq!(
            date_in_name("ledger_2016-09-08_talks-resume").as_deref(),
            Some("2016-09-08")
        );
        assert_eq!(date_in_name("2016-09-08").as_deref(), Some("2016-09-08"));
        // Not a date inside a longer number, an impossible date, or one of two dates.
        assert_eq!(date_in_name("x12016-09-08"), None);
        assert_eq!(date_in_name("ledger_2016-13-08_x"), None);
        assert_eq!(date_in_name("2016-09-08_to_2016-09-09"), None);
        assert_eq!(date_in_name("é_2016-09-08"), Some("2016-09-08".to_owned()));
        let article = parse("ledger_2016-09-08_x", "Petrov spoke.", Path::new("x.txt")).unwrap();
        assert_eq!(article.date.as_deref(), Some("2016-09-08"));
        // A date the text gives comes first.
        let dated = parse(
            "ledger_2016-09-08_x",
            "Date: 2016-09-07\n\nPetrov spoke.",
            Path::new("x.txt"),
        )
        .unwrap();
        assert_eq!(dated.date.as_deref(), Some("2016-09-07"));
    }
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Reads `files` and compares what comes out, one line per item, with `expected`.
    ///
    /// Files are written to a fresh temporary directory, which is the first argument of
    /// [`read`]. A file named `-` is standard input instead (and `-` an argument); a name
    /// starting with `!` is an argument that is not created; a name ending in `@` is a
    /// symlink to the path given as its content. Paths print relative to the directory.
    fn check<T: AsRef<[u8]>>(files: &[(&str, T)], expected: &str) {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("newsgraph-corpus-{}-{n}", std::process::id()));
        fs::create_dir_all(&dir).expect("temporary directory");
        let mut args = vec![dir.clone()];
        let mut stdin: Option<Box<dyn BufRead + Send>> = None;
        for (name, content) in files {
            let content = content.as_ref();
            if *name == "-" {
                stdin = Some(Box::new(Cursor::new(content.to_vec())));
                args.push(PathBuf::from("-"));
            } else if let Some(name) = name.strip_prefix('!') {
                args.push(dir.join(name));
            } else if let Some(name) = name.strip_suffix('@') {
                #[cfg(unix)]
                std::os::unix::fs::symlink(
                    String::from_utf8_lossy(content).as_ref(),
                    dir.join(name),
                )
                .expect("symlink");
            } else {
                let path = dir.join(name);
                fs::create_dir_all(path.parent().expect("file in the directory"))
                    .expect("subdirectory");
                fs::write(path, content).expect("test file");
            }
        }
        let prefix = format!("{}/", dir.display());
        let rendered: Vec<String> = Reader::new(&args, stdin)
            .map(|item| match item {
                Ok(article) => render(&article),
                Err(error) => format!("error {error}"),
            })
            .map(|line| line.replace(&prefix, ""))
            .collect();
        fs::remove_dir_all(&dir).expect("remove temporary directory");
        assert_eq!(rendered.join("\n"), expected.trim());
    }

    fn render(article: &Article) -> String {
        let skipped: Vec<&str> = article
            .skipped
            .iter()
            .map(|&span| article.slice(span))
            .collect();
        let mut line = format!("{} {}", article.path.display(), article.id);
        for (name, value) in [
            ("date", &article.date),
            ("title", &article.title),
            ("url", &article.url),
            ("source", &article.source),
        ] {
            if let Some(value) = value {
                line.push_str(&format!(" {name}={value:?}"));
            }
        }
        if !skipped.is_empty() {
            line.push_str(&format!(" skipped={skipped:?}"));
        }
        line
    }

    #[test]
    fn date_glued_to_first_paragraph() {
        check(
            &[("000.txt", " date 2022-02-01 Russian President Vladimir Petrov said on Tuesday that the West ignored it.\n\nMore.")],
            r#"000.txt 000 date="2022-02-01" skipped=[" date 2022-02-01"]"#,
        );
    }

    #[test]
    fn title_then_dateline() {
        check(
            &[("001.txt", "Petrov says that the West has ignored Russia's security concerns over NATO and Ukraine\n\nFebruary 3, 2022: -President Vladimir Petrov accused Western nations.\n")],
            r#"001.txt 001 date="2022-02-03" title="Petrov says that the West has ignored Russia's security concerns over NATO and Ukraine" skipped=["Petrov says that the West has ignored Russia's security concerns over NATO and Ukraine", "February 3, 2022: -"]"#,
        );
    }

    #[test]
    fn news_id_published_and_repeated_title() {
        check(
            &[("003.txt", "News ID: 319716\nPublished: 0334 GMT January 28, 2022\n\nPetrov says West ignoring Russia's security concerns\n\nPetrov says West ignoring Russia's security concerns\n\nRussian soldiers train on January 25, 2020.\n\nPetrov spoke.")],
            r#"003.txt 003 date="2022-01-28" title="Petrov says West ignoring Russia's security concerns" skipped=["News ID: 319716", "Published: 0334 GMT January 28, 2022", "Petrov says West ignoring Russia's security concerns", "Petrov says West ignoring Russia's security concerns"]"#,
        );
    }

    #[test]
    fn sentence_first_paragraph_is_prose() {
        check(
            &[("002.txt", "Russian President Vladimir Petrov on Tuesday, Feb. 1, accused the United States.\n\nShort line without period\n")],
            "002.txt 002",
        );
    }

    #[test]
    fn title_must_stand_alone_and_not_end_a_sentence() {
        check(
            &[
                ("a.txt", "Is Russia going to invade?\n\nText."),
                ("b.txt", "Petrov: \u{201c}We were ignored\u{201d}\n\nText."),
                ("c.txt", "A headline\nwith a second line.\n"),
                ("d.txt", "He said:\n\nText."),
                ("e.txt", "Only a headline\n"),
            ],
            r#"
a.txt a
b.txt b title="Petrov: “We were ignored”" skipped=["Petrov: “We were ignored”"]
c.txt c
d.txt d
e.txt e"#,
        );
    }

    #[test]
    fn date_styles_in_the_first_lines() {
        check(
            &[
                ("a.txt", "Tuesday, Jan. 5, 2022\n\nText."),
                ("b.txt", "5 January 2022 10:15 GMT\nText."),
                ("c.txt", "2022-01-05\nText."),
                ("d.txt", "MOSCOW, Sept. 21st, 2021 — Russia said."),
                ("e.txt", "Updated: Thu 6 January 2022\nText."),
                ("f.txt", "January 5, 2022 was cold.\n"),
                ("g.txt", "Text.\n\nDate: 2022-01-05\n"),
            ],
            r#"
a.txt a date="2022-01-05" skipped=["Tuesday, Jan. 5, 2022"]
b.txt b date="2022-01-05" skipped=["5 January 2022 10:15 GMT"]
c.txt c date="2022-01-05" skipped=["2022-01-05"]
d.txt d date="2021-09-21" skipped=["MOSCOW, Sept. 21st, 2021 —"]
e.txt e date="2022-01-06" skipped=["Updated: Thu 6 January 2022"]
f.txt f
g.txt g"#,
        );
    }

    #[test]
    fn impossible_dates_are_no_dates() {
        check(
            &[
                ("a.txt", "February 30, 2022\n\nText."),
                ("b.txt", "2022-13-01 Text."),
            ],
            r#"
a.txt a title="February 30, 2022" skipped=["February 30, 2022"]
b.txt b"#,
        );
    }

    #[test]
    fn web_page_leftovers() {
        check(
            &[(
                "a.txt",
                "Body text here.\n\nOn Monday (30), they met. (see video below).\n\nSign up to receive our latest news!\n\nBy submitting this form, I agree to the terms.\nSecurity Key:\nCaptcha refresh\nPage Generated in 0/5278 sec\nAdvertisement\nClick here to read\nShare this article\nRelated: Petrov\nRead more: Petrov\nFollow us on X\n© 2022 Paper\nPaper. All rights reserved.\nSubscribers said it helped.",
            )],
            r#"a.txt a skipped=["(see video below)", "Sign up to receive our latest news!", "By submitting this form, I agree to the terms.", "Security Key:", "Captcha refresh", "Page Generated in 0/5278 sec", "Advertisement", "Click here to read", "Share this article", "Related: Petrov", "Read more: Petrov", "Follow us on X", "© 2022 Paper", "Paper. All rights reserved."]"#,
        );
    }

    #[test]
    fn bom_is_skipped_but_kept() {
        check(
            &[("a.txt", "\u{feff} date 2022-02-01 Text.")],
            r#"a.txt a date="2022-02-01" skipped=["\u{feff} date 2022-02-01"]"#,
        );
    }

    #[test]
    fn bad_text_files() {
        check(
            &[
                ("a.txt", &b"ok \xe2\x80\x9c \xff more"[..]),
                ("b.txt", b" \n\t\n"),
                ("c.txt", b"PK\x03\x04\x00\x00"),
                ("d.txt", b"\x01\x02\x03 abc \x1b\x1b"),
                ("e.txt", b"Fine\x1b text."),
                ("!missing.txt", b""),
            ],
            r#"
error a.txt: not valid UTF-8 at byte 7 (convert the file to UTF-8)
error b.txt: empty article
error c.txt: binary data, not text
error d.txt: binary data, not text
e.txt e
error missing.txt: could not read"#,
        );
    }

    #[test]
    fn json_lines_good_and_bad() {
        let lines = [
            r#"{"id": "a", "text": "Petrov spoke.", "title": "T", "date": "2022-01-05T10:00:00Z", "url": "http://x", "source": "AP"}"#,
            "",
            r#"{"id": "b", "text": "Text."#,
            r#"{"text": "no id"}"#,
            r#"{"id": 7, "text": "Published: Feb. 1, 2022\nText.", "extra": true}"#,
            r#"{"id": "c", "title": "no text"}"#,
            r#"{"id": "d", "text": "  "}"#,
            r#"{"id": "e", "text": "Text.", "date": "sometime"}"#,
            r#"[1, 2]"#,
        ];
        check(
            &[("a.jsonl", lines.join("\n"))],
            r#"
a.jsonl a date="2022-01-05" title="T" url="http://x" source="AP"
error a.jsonl:3: invalid JSON line: EOF while parsing a string at line 1 column 26
error a.jsonl:4: JSON record has no `id`
a.jsonl 7 date="2022-02-01" skipped=["Published: Feb. 1, 2022"]
error a.jsonl:6: JSON record has no `text`
error a.jsonl:7: empty article
a.jsonl e
error a.jsonl:9: invalid JSON line: invalid type: sequence, expected a map at line 1 column 0"#,
        );
    }

    #[test]
    fn lossy_decoding_replaces_invalid_sequences_and_says_where() {
        let article = parse_with(
            "a",
            b"ok \xe2\x80\x9c \xff more \xc3".to_vec(),
            Path::new("a.txt"),
            Decoding::Lossy,
        )
        .expect("decoded lossily");
        assert_eq!(article.text, "ok \u{201c} \u{fffd} more \u{fffd}");
        let lossy = Lossy {
            line: None,
            offset: 7,
            replaced: 2,
        };
        assert_eq!(article.lossy, Some(lossy));
        // Valid UTF-8 is not marked, and strict decoding still refuses.
        let fine = parse_with("b", b"Fine.".to_vec(), Path::new("b.txt"), Decoding::Lossy);
        assert_eq!(fine.expect("valid").lossy, None);
        let strict = parse_with(
            "a",
            b"\xff ok".to_vec(),
            Path::new("a.txt"),
            Decoding::Strict,
        );
        assert!(matches!(
            strict,
            Err(ReadError::Malformed {
                problem: Problem::NotUtf8(0),
                ..
            })
        ));

        let dir = tempfile_dir("lossy");
        let path = dir.join("a.jsonl");
        fs::write(
            &path,
            b"{\"id\": \"a\", \"text\": \"A.\"}\n{\"id\": \"b\", \"text\": \"B \xff.\"}\n",
        )
        .expect("write");
        let read: Vec<Article> = read_with(std::slice::from_ref(&path), Decoding::Lossy)
            .map(|item| item.expect("read lossily"))
            .collect();
        fs::remove_dir_all(&dir).expect("remove temporary directory");
        assert_eq!(read[0].lossy, None);
        assert_eq!(read[1].text, "B \u{fffd}.");
        let lossy = Lossy {
            line: Some(2),
            offset: 49,
            replaced: 1,
        };
        assert_eq!(read[1].lossy, Some(lossy));
    }

    /// A fresh directory under the system's temporary directory.
    fn tempfile_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("newsgraph-corpus-{name}-{}", std::process::id()));
        fs::create_dir_all(&dir).expect("temporary directory");
        dir
    }

    #[test]
    fn json_lines_utf8_error_reports_file_offset() {
        check(
            &[(
                "a.jsonl",
                &b"{\"id\": \"a\", \"text\": \"A.\"}\n{\"id\": \"\xff\"}\n"[..],
            )],
            r#"
a.jsonl a
error a.jsonl:2: not valid UTF-8 at byte 34 (convert the file to UTF-8)"#,
        );
    }

    #[test]
    fn directories_in_sorted_order_without_loops() {
        check(
            &[
                ("b.txt", "B."),
                ("a/z.txt", "Z."),
                ("a/b/y.jsonl", r#"{"id": "y", "text": "Y."}"#),
                ("a/notes.md", "skipped"),
                ("a/c.TXT", "C."),
                ("a/loop@", "."),
                ("a.txt", "A."),
            ],
            r#"
a/b/y.jsonl y
a/c.TXT c
a/z.txt z
a.txt a
b.txt b"#,
        );
    }

    #[test]
    fn standard_input_text_or_json_lines() {
        check(&[("-", " \u{feff}Text from a pipe.")], "- stdin");
        check(
            &[(
                "-",
                "\n {\"id\": \"p\", \"text\": \"Piped.\"}\n{\"id\": \"q\", \"text\": \"Q.\"}",
            )],
            "- p\n- q",
        );
    }

    #[test]
    fn reader_can_feed_threads() {
        fn assert_send<T: Send>(_: &T) {}
        assert_send(&read(&[]));
    }

    #[test]
    fn explicit_files_of_any_extension() {
        check(
            &[("notes.md", "Text."), ("!notes.md", "")],
            "notes.md notes",
        );
    }

    /// Fixed-seed arbitrary inputs: parsing never panics and `skipped` is ordered,
    /// non-overlapping and on char boundaries.
    #[test]
    fn arbitrary_text_keeps_span_invariants() {
        let pieces = [
            "date",
            " ",
            "\n",
            "\n\n",
            "2022-01-05",
            "Jan. 5, 2022",
            ":",
            "-",
            "Title",
            "News ID: 1",
            "(see video below)",
            "Sign up",
            "\u{feff}",
            "é",
            "\u{a0}",
            "\u{1f600}",
            ".",
            "\u{201d}",
            "\u{301}",
            "\r",
            "\x1b",
        ];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..500 {
            let mut text = String::new();
            for _ in 0..(state % 24) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            let Ok(article) = parse("x", text.clone(), Path::new("x.txt")) else {
                continue;
            };
            let mut end = 0;
            for span in &article.skipped {
                assert!(
                    end <= span.start && span.start < span.end && span.end <= text.len(),
                    "{text:?}"
                );
                assert!(
                    text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                    "{text:?}"
                );
                end = span.end;
            }
        }
    }
}
