//! Cross-article linking: the same statement reported by several articles, in other words or
//! another translation, found by a measured similarity of one speaker's quotations.
//!
//! In: the [`Version`]s of one speaker, that is every stored quotation attributed to one
//! entity, from any article. Out: [`ReportedStatement`]s, each with two or more versions
//! and the [`VersionMatch`]es that joined them.
//!
//! How alike two versions are ([`similarity`]): each becomes the set of its content words
//! ([`words`]): ASCII-folded, lowercased, possessive `'s` and inflections (`-s`, `-es`,
//! `-ed`, `-ing`, final `-e`, `-y`/`-ies`) stripped, so that "ignored", "ignoring" and
//! "ignore" are one word. The hundred most frequent English words and contractions ("it's",
//! "didn't") are dropped. A kept word weighs by its rank in the frequency list of the
//! lexicon: `ln(rank) / ln(10000)`, from 0.5 for the 101st word to 1 for a word outside the
//! 5000 listed, so that "fundamental" counts for more than "clear". The similarity is the mean
//! of the weighted Dice coefficient (shared weight over the weight of both) and the weighted
//! overlap coefficient (shared weight over the weight of the smaller), so that an article
//! quoting a shorter stretch of the same words still scores high; fewer than
//! [`MIN_SHARED`] shared words score 0, as one or two words alike say nothing.
//!
//! Two versions from different articles at or above [`THRESHOLD`] match, and a statement is
//! a connected group of matches. The threshold was measured on the seed articles and on the
//! 924 articles of the PolNeAr train and dev sets (ARCHITECTURE.md has the numbers). On the
//! seeds, one translation of a statement scores 0.78 and 0.79 with the two others (which
//! join through it), while the closest pair the seed gold calls two statements scores 0.62
//! and the next pair it calls one statement 0.67. On the larger set, all 25 sampled of the 90 pairs at or above 0.9 and 29 of
//! the 32 pairs between 0.7 and 0.9 were judged by eye to be one statement, but only 9 of
//! the 21 between 0.65 and 0.7.
//!
//! Work grows with each speaker's quotations, not with the corpus: only one speaker's
//! versions are compared, and only pairs that share one of their rarer words. As a pair
//! needs [`MIN_SHARED`] shared words, it shares one among each version's words but its
//! `MIN_SHARED - 1` most frequent ones (the speaker's frequency); and as it must reach
//! [`THRESHOLD`], the lighter of the two shares one among its words but its most frequent
//! ones weighing less than [`MIN_LIGHTER_SHARE`] of it. The others are never looked at
//! (prefix filtering), so a speaker's favourite words do not pair all their quotations.
//!
//! Deliberately absent: versions of one article are never compared with each other (the
//! linking is across articles; a group may still hold two of one article through others),
//! quotations without a resolved speaker are not linked, and this module names nothing:
//! [`rdf`](crate::rdf) gives statements their IRIs.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{EventReport, ReportedEvent, ReportedStatement, Version, VersionMatch};
use crate::ontology::Lexicon;

/// Two versions from different articles whose [`similarity`] is at least this are one
/// statement.
pub const THRESHOLD: f64 = 0.70;

/// The fewest content words two versions must share to be compared at all.
pub const MIN_SHARED: usize = 3;

/// The content words of a quotation, each with its weight, for [`similarity`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Words {
    /// Word stems with their weights, sorted by stem.
    stems: Vec<(String, f64)>,
    /// The sum of the weights.
    total: f64,
}

impl Words {
    /// How many content words there are.
    pub fn len(&self) -> usize {
        self.stems.len()
    }

    /// Whether there is no content word.
    pub fn is_empty(&self) -> bool {
        self.stems.is_empty()
    }
}

/// Groups one speaker's versions into the statements reported by several articles.
///
/// The result depends on the set of versions only, not on their order: statements come out
/// ordered by their first version, versions by document id and position.
pub fn statements(versions: &[Version]) -> Vec<ReportedStatement> {
    let (versions, words) = prepare(versions);
    let classes = Classes::of(&versions, &words);
    let mut matches = Vec::new();
    for class in classes.alike() {
        matches.extend(classes.within(&words, class));
    }
    for (p, q) in candidates(&classes.words(&words), |p, q| classes.one_doc_each(p, q)) {
        let similarity = similarity(&words[classes.members[p][0]], &words[classes.members[q][0]]);
        if similarity >= THRESHOLD {
            matches.extend(classes.between(p, q, similarity));
        }
    }
    group(&versions, &matches)
}

/// How many pairs of versions [`statements`] scores for these versions: the work of linking
/// one speaker, which tests hold to grow with the matches, not with the square of the
/// versions. (Versions of the same words score once, however many articles reprint them.)
pub fn comparisons(versions: &[Version]) -> usize {
    let (versions, words) = prepare(versions);
    let classes = Classes::of(&versions, &words);
    classes.alike().count()
        + candidates(&classes.words(&words), |p, q| classes.one_doc_each(p, q)).len()
}

/// The versions sorted without duplicates, and the words of each.
fn prepare(versions: &[Version]) -> (Vec<Version>, Vec<Words>) {
    let mut versions = versions.to_vec();
    versions.sort();
    versions.dedup();
    let words = versions
        .iter()
        .map(|version| self::words(&version.text))
        .collect();
    (versions, words)
}

/// Versions grouped by their words: a quotation reprinted word for word by a hundred
/// articles is one class of a hundred versions, scored once against each other class,
/// where scoring every pair of versions made the work and the matches held in memory grow
/// with the square of the reprints (a generated corpus of 100,000 articles, about a hundred
/// copies of each source article, took 3.9 GB to link).
struct Classes<'a> {
    versions: &'a [Version],
    /// The versions of each class, in version order; classes ordered by their first version.
    members: Vec<Vec<usize>>,
    /// Whether all the versions of a class come from one article.
    one_doc: Vec<bool>,
}

impl<'a> Classes<'a> {
    fn of(versions: &'a [Version], words: &[Words]) -> Self {
        let mut by_words: BTreeMap<Vec<&str>, usize> = BTreeMap::new();
        let mut members: Vec<Vec<usize>> = Vec::new();
        for (idx, version_words) in words.iter().enumerate() {
            let key: Vec<&str> = version_words
                .stems
                .iter()
                .map(|(s, _)| s.as_str())
                .collect();
            let class = *by_words.entry(key).or_insert_with(|| {
                members.push(Vec::new());
                members.len() - 1
            });
            members[class].push(idx);
        }
        let one_doc = members
            .iter()
            .map(|class| {
                class
                    .iter()
                    .all(|&v| versions[v].doc == versions[class[0]].doc)
            })
            .collect();
        Classes {
            versions,
            members,
            one_doc,
        }
    }

    /// The words of each class (those of its first version).
    fn words(&self, words: &[Words]) -> Vec<Words> {
        self.members
            .iter()
            .map(|class| words[class[0]].clone())
            .collect()
    }

    /// Whether classes `p` and `q` hold versions of one and the same article only.
    fn one_doc_each(&self, p: usize, q: usize) -> bool {
        self.one_doc[p]
            && self.one_doc[q]
            && self.versions[self.members[p][0]].doc == self.versions[self.members[q][0]].doc
    }

    /// The classes whose versions, from two articles or more, may match each other.
    fn alike(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.members.len()).filter(|&class| !self.one_doc[class])
    }

    /// The matches that join the versions of one class: each to the first version from
    /// another article, at the similarity of their (equal) words.
    fn within(&self, words: &[Words], class: usize) -> Vec<VersionMatch> {
        let members = &self.members[class];
        let similarity = similarity(&words[members[0]], &words[members[0]]);
        if similarity < THRESHOLD {
            return Vec::new();
        }
        let pairs: BTreeSet<(usize, usize)> = members
            .iter()
            .filter_map(|&v| {
                let other = self.partner(v, members)?;
                Some((v.min(other), v.max(other)))
            })
            .collect();
        matches_of(pairs, similarity)
    }

    /// The matches that join two matching classes: from each version of a class of one
    /// article (or the first version of one of several) to the first version of the other
    /// class from another article, both ways, so that every version keeps its best match.
    fn between(&self, p: usize, q: usize, similarity: f64) -> Vec<VersionMatch> {
        let mut found = BTreeSet::new();
        for (from, to) in [(p, q), (q, p)] {
            let starts = if self.one_doc[from] {
                &self.members[from][..]
            } else {
                &self.members[from][..1]
            };
            for &a in starts {
                if let Some(b) = self.partner(a, &self.members[to]) {
                    found.insert((a.min(b), a.max(b)));
                }
            }
        }
        matches_of(found, similarity)
    }

    /// The first of `members` from another article than version `v`.
    fn partner(&self, v: usize, members: &[usize]) -> Option<usize> {
        members
            .iter()
            .copied()
            .find(|&m| self.versions[m].doc != self.versions[v].doc)
    }
}

/// The content words of `text`, weighted by their rarity in English.
pub fn words(text: &str) -> Words {
    let lexicon = Lexicon::builtin();
    let folded = deunicode::deunicode(text).to_lowercase();
    let mut stems: BTreeMap<String, f64> = BTreeMap::new();
    let tokens = folded
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
        .map(|token| token.trim_matches('\''));
    for token in tokens {
        let Some((word, weight)) = content_word(token, lexicon) else {
            continue;
        };
        let entry = stems.entry(stem(word)).or_insert(0.0);
        *entry = entry.max(weight);
    }
    let total = stems.values().sum();
    Words {
        stems: stems.into_iter().collect(),
        total,
    }
}

/// How alike two quotations' words are, from 0 (nothing in common, or fewer than
/// [`MIN_SHARED`] words) to 1 (the same words, or one's words all in the other).
pub fn similarity(a: &Words, b: &Words) -> f64 {
    let mut shared = 0;
    let mut both = 0.0;
    let mut smaller = 0.0;
    let (mut i, mut j) = (0, 0);
    while i < a.stems.len() && j < b.stems.len() {
        let ((stem_a, weight_a), (stem_b, weight_b)) = (&a.stems[i], &b.stems[j]);
        match stem_a.cmp(stem_b) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                both += weight_a + weight_b;
                smaller += weight_a.min(*weight_b);
                i += 1;
                j += 1;
            }
        }
    }
    if shared < MIN_SHARED {
        return 0.0;
    }
    let dice = both / (a.total + b.total);
    let overlap = smaller / a.total.min(b.total);
    (dice + overlap) / 2.0
}

/// Words at or above this frequency rank are function words, and say nothing of a topic.
const STOP_RANK: usize = 100;

/// The rank given to words missing from the frequency list (which lists 5000): rarer than
/// any listed word, so they weigh 1.
const UNLISTED_RANK: usize = 10_000;

/// A token that is a content word, as the word to stem and its weight; `None` for function
/// words, contractions, single characters and empty tokens.
fn content_word<'a>(token: &'a str, lexicon: &Lexicon) -> Option<(&'a str, f64)> {
    let is_stop = |word: &str| {
        lexicon
            .word_rank(word)
            .is_some_and(|rank| rank <= STOP_RANK)
    };
    if is_stop(token) {
        return None;
    }
    // "Russia's" is Russia; "didn't" or "we're" is a function word the list may not hold.
    let word = token.strip_suffix("'s").unwrap_or(token);
    if word.contains('\'') || word.len() < 2 || is_stop(word) {
        return None;
    }
    let rank = lexicon.word_rank(word).unwrap_or(UNLISTED_RANK);
    let weight = (rank as f64).ln() / (UNLISTED_RANK as f64).ln();
    Some((word, weight.min(1.0)))
}

/// Light suffix stripping: inflections only, so that the forms of one word meet
/// ("concerns"/"concern", "ignored"/"ignoring"/"ignore", "countries"/"country") without
/// the derivations a full stemmer would also merge. Stems keep three letters at least.
fn stem(word: &str) -> String {
    const SUFFIXES: [&str; 7] = ["ings", "ing", "ies", "ied", "ed", "es", "s"];
    let mut stem = word.to_owned();
    for suffix in SUFFIXES {
        let Some(rest) = word.strip_suffix(suffix) else {
            continue;
        };
        // "class" is no plural, "us" no stem.
        if rest.len() < 3 || (suffix == "s" && rest.ends_with('s')) {
            continue;
        }
        stem = rest.to_owned();
        if suffix == "ies" || suffix == "ied" {
            stem.push('i');
        }
        break;
    }
    if stem.len() > 3 {
        if stem.ends_with('e') {
            stem.pop();
        } else if stem.ends_with('y') && !stem[..stem.len() - 1].ends_with(is_vowel) {
            stem.pop();
            stem.push('i');
        }
    }
    stem
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Pairs of versions at one similarity, as matches.
fn matches_of(pairs: BTreeSet<(usize, usize)>, similarity: f64) -> Vec<VersionMatch> {
    pairs
        .into_iter()
        .map(|(a, b)| VersionMatch { a, b, similarity })
        .collect()
}

/// The least share of its own weight that the lighter of two wordings must have in common
/// with the other for them to reach [`THRESHOLD`]: 0.8 of it. With `x` that share, the
/// overlap coefficient is at most `x` and the Dice coefficient at most `1.5 x` (a word weighs
/// between 0.5 and 1, so a shared word weighs at most twice as much in the other wording),
/// and their mean at most `1.25 x`.
pub const MIN_LIGHTER_SHARE: f64 = THRESHOLD / 1.25;

/// The pairs of wordings (not both of one article only) worth scoring: those sharing a word
/// outside the `MIN_SHARED - 1` most frequent words of either, frequency counted over the
/// speaker's wordings, and, for the lighter of the two, outside its most frequent words
/// that weigh less than [`MIN_LIGHTER_SHARE`] of it (prefix filtering twice over). Any pair
/// sharing `MIN_SHARED` words and similar enough is among them: its rarest shared word is in
/// both prefixes, as each prefix takes a wording's rarest words first.
fn candidates(
    words: &[Words],
    same_article: impl Fn(usize, usize) -> bool,
) -> BTreeSet<(usize, usize)> {
    let mut frequency: BTreeMap<&str, usize> = BTreeMap::new();
    for version_words in words {
        for (stem, _) in &version_words.stems {
            *frequency.entry(stem).or_default() += 1;
        }
    }
    // Per wording, its words rarest first and how many of them each prefix keeps.
    let mut postings: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut probes: Vec<Vec<&str>> = Vec::with_capacity(words.len());
    for (idx, version_words) in words.iter().enumerate() {
        let mut rarest: Vec<(&str, f64)> = version_words
            .stems
            .iter()
            .map(|(s, w)| (s.as_str(), *w))
            .collect();
        rarest.sort_by_key(|&(stem, _)| (frequency[stem], stem));
        let shared_prefix = rarest.len().saturating_sub(MIN_SHARED - 1);
        for (stem, _) in &rarest[..shared_prefix] {
            postings.entry(stem).or_default().push(idx);
        }
        // The shortest prefix whose remaining words weigh less than the share needed.
        let needed = MIN_LIGHTER_SHARE * version_words.total;
        let mut rest = version_words.total;
        let mut weight_prefix = 0;
        while weight_prefix < rarest.len() && rest >= needed {
            rest -= rarest[weight_prefix].1;
            weight_prefix += 1;
        }
        let probe = shared_prefix.min(weight_prefix);
        probes.push(rarest[..probe].iter().map(|(s, _)| *s).collect());
    }
    // The lighter of a pair finds the other (ties go by index).
    let lighter = |a: usize, b: usize| {
        words[a]
            .total
            .total_cmp(&words[b].total)
            .then(a.cmp(&b))
            .is_lt()
    };
    let mut pairs = BTreeSet::new();
    for (a, probe) in probes.iter().enumerate() {
        for stem in probe {
            for &b in &postings[stem] {
                if b != a && lighter(a, b) && !same_article(a, b) {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
    }
    pairs
}

/// The connected groups of matched versions, each renumbered from 0 in version order.
fn group(versions: &[Version], matches: &[VersionMatch]) -> Vec<ReportedStatement> {
    // Union-find whose root is the group's smallest version, so groups come out in order.
    let mut parent: Vec<usize> = (0..versions.len()).collect();
    for found in matches {
        let (a, b) = (root(&mut parent, found.a), root(&mut parent, found.b));
        parent[a.max(b)] = a.min(b);
    }
    let mut groups: BTreeMap<usize, (Vec<usize>, Vec<&VersionMatch>)> = BTreeMap::new();
    for found in matches {
        let (members, group_matches) = groups.entry(root(&mut parent, found.a)).or_default();
        members.extend([found.a, found.b]);
        group_matches.push(found);
    }
    groups
        .into_values()
        .map(|(mut members, group_matches)| {
            members.sort_unstable();
            members.dedup();
            let local = |idx: usize| members.binary_search(&idx).expect("a member");
            let statement_matches: Vec<VersionMatch> = group_matches
                .iter()
                .map(|found| VersionMatch {
                    a: local(found.a),
                    b: local(found.b),
                    similarity: found.similarity,
                })
                .collect();
            ReportedStatement {
                matches: kept_matches(members.len(), statement_matches),
                versions: members.iter().map(|&idx| versions[idx].clone()).collect(),
            }
        })
        .collect()
}

/// The root of `idx` in a union-find forest (`parent`), halving the path on the way.
fn root(parent: &mut [usize], mut idx: usize) -> usize {
    while parent[idx] != idx {
        parent[idx] = parent[parent[idx]];
        idx = parent[idx];
    }
    idx
}

/// The matches of one statement that are kept: each version's best match (the most similar
/// other version, the first one on a tie) and the matches of a maximum spanning tree, so
/// that the kept matches still join every version and give each version's best
/// similarity. Ordered by (`a`, `b`).
///
/// Keeping them all made a statement's quads grow with the square of its versions: one
/// quotation reprinted by a hundred articles matches 4,950 pairs. On a generated corpus of
/// 100,000 articles (about a hundred copies of each source article), the linking pass
/// outgrew the memory and the disk of the article graphs; at most `2 (n - 1)` matches are
/// kept for `n` versions.
fn kept_matches(versions: usize, mut matches: Vec<VersionMatch>) -> Vec<VersionMatch> {
    // Most similar first; on a tie the first pair.
    matches.sort_by(|x, y| {
        y.similarity
            .total_cmp(&x.similarity)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    let mut keep = vec![false; matches.len()];
    let mut best: Vec<Option<usize>> = vec![None; versions];
    let mut parent: Vec<usize> = (0..versions).collect();
    for (i, found) in matches.iter().enumerate() {
        for end in [found.a, found.b] {
            if best[end].is_none() {
                best[end] = Some(i);
                keep[i] = true;
            }
        }
        let (a, b) = (root(&mut parent, found.a), root(&mut parent, found.b));
        if a != b {
            parent[a.max(b)] = a.min(b);
            keep[i] = true;
        }
    }
    let mut kept: Vec<VersionMatch> = matches
        .into_iter()
        .zip(keep)
        .filter_map(|(found, keep)| keep.then_some(found))
        .collect();
    kept.sort_by_key(|found| (found.a, found.b));
    kept
}

/// The occasions several articles report, from the reports of events that share their
/// participants: reports with the same participants go together when their dates agree (an
/// undated report joins the one dated occasion of those participants, or the undated ones when
/// none is dated) and their kinds do (a generic "other", such as "spoke", joins any kind, as
/// long as the specific kinds among the reports are one). Only occasions reported by two
/// articles or more are returned, ordered by their first report.
///
/// The grouping reads nothing but the reports, so it does not depend on the order in which
/// articles came in.
pub fn occasions(reports: &[EventReport]) -> Vec<ReportedEvent> {
    let mut reports = reports.to_vec();
    reports.sort();
    reports.dedup();
    let mut by_parties: BTreeMap<&[String], Vec<&EventReport>> = BTreeMap::new();
    for report in &reports {
        if report.participants.len() >= 2 {
            by_parties
                .entry(report.participants.as_slice())
                .or_default()
                .push(report);
        }
    }
    let mut found = Vec::new();
    for group in by_parties.values() {
        let dates: BTreeSet<&str> = group.iter().filter_map(|r| r.date.as_deref()).collect();
        let mut by_date: BTreeMap<Option<&str>, Vec<&EventReport>> = BTreeMap::new();
        for report in group {
            let date = match (report.date.as_deref(), dates.len()) {
                (Some(date), _) => Some(date),
                // The one dated occasion of these participants.
                (None, 1) => dates.iter().next().copied(),
                (None, _) => None,
            };
            by_date.entry(date).or_default().push(report);
        }
        for same_date in by_date.into_values() {
            let kinds: BTreeSet<&str> = same_date
                .iter()
                .map(|r| r.kind.as_str())
                .filter(|kind| *kind != "other")
                .collect();
            if kinds.len() <= 1 {
                push_reported(&mut found, same_date.into_iter().cloned().collect());
            } else {
                // Specific kinds that differ are different occasions; a generic report could
                // be any of them and joins none.
                for kind in kinds {
                    push_reported(&mut found, of_kind(same_date.iter().copied(), kind));
                }
            }
        }
    }
    found.sort_by(|a: &ReportedEvent, b: &ReportedEvent| a.reports[0].cmp(&b.reports[0]));
    found
}

/// The reports of one kind.
fn of_kind<'a>(reports: impl Iterator<Item = &'a EventReport>, kind: &str) -> Vec<EventReport> {
    reports.filter(|r| r.kind == kind).cloned().collect()
}

/// Keeps `reports` as an occasion when two articles or more report it. An article that
/// reports two events among them tells two occasions apart (a demand and its answer): they
/// are split by kind, and a kind still holding two of one article's events is no occasion.
fn push_reported(found: &mut Vec<ReportedEvent>, mut reports: Vec<EventReport>) {
    reports.sort();
    let articles: BTreeSet<&str> = reports.iter().map(|r| r.doc.as_str()).collect();
    if articles.len() < 2 {
        return;
    }
    if articles.len() == reports.len() {
        found.push(ReportedEvent { reports });
        return;
    }
    let kinds: BTreeSet<&str> = reports.iter().map(|r| r.kind.as_str()).collect();
    if kinds.len() < 2 {
        return;
    }
    for kind in kinds {
        let one_kind = of_kind(reports.iter(), kind);
        let articles: BTreeSet<&str> = one_kind.iter().map(|r| r.doc.as_str()).collect();
        if articles.len() >= 2 && articles.len() == one_kind.len() {
            found.push(ReportedEvent { reports: one_kind });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks the similarity of two texts, rounded to two decimals.
    fn check(a: &str, b: &str, expected: f64) {
        let score = similarity(&words(a), &words(b));
        assert_eq!((score * 100.0).round() / 100.0, expected, "{a:?} ~ {b:?}");
        assert_eq!(score, similarity(&words(b), &words(a)), "symmetric");
    }

    fn version(doc: &str, position: usize, text: &str) -> Version {
        Version {
            doc: doc.to_owned(),
            position,
            text: text.to_owned(),
        }
    }

    #[test]
    fn two_translations_of_one_statement_are_alike() {
        check(
            "It is now clear that the main Freedonian concerns have been ignored",
            "It’s already clear that fundamental Freedonian concerns were ignored",
            0.8,
        );
    }

    #[test]
    fn the_same_claim_about_another_thing_is_not() {
        check(
            "the West ignored his country’s main concerns about security in the region",
            "the West was ignoring Sylvania's security concerns over Freedonia",
            0.61,
        );
    }

    #[test]
    fn a_shorter_stretch_of_the_same_words_scores_high() {
        check(
            "Revenues are up a little bit, and so are rounds",
            "Revenues are up a little bit, and so are rounds. Things are moving in the right \
             direction, but they are by no means meteoric rises.",
            0.77,
        );
    }

    #[test]
    fn fewer_than_three_shared_words_score_nothing() {
        check("Rodrigo Vance is a great leader", "a great leader", 0.0);
        check("the winner", "of winning at least 118", 0.0);
    }

    #[test]
    fn function_words_and_inflections_do_not_count() {
        let found =
            words("It's clear that they didn't ignore the Freedonian's concerns, and it is now");
        let stems: Vec<&str> = found.stems.iter().map(|(stem, _)| stem.as_str()).collect();
        assert_eq!(stems, ["clear", "concern", "freedonian", "ignor"]);
        assert_eq!(stem("countries"), stem("country"));
        assert_eq!(stem("denied"), stem("deny"));
        assert_eq!(stem("classes"), stem("class"));
    }

    #[test]
    fn rarer_words_weigh_more() {
        let found = words("fundamental concerns were clear");
        let weight = |stem: &str| found.stems.iter().find(|(s, _)| s == stem).unwrap().1;
        assert!(weight("fundamental") > weight("clear"));
        assert_eq!(words("Freedonia").stems[0].1, 1.0);
    }

    #[test]
    fn versions_of_three_articles_make_one_statement() {
        let found = statements(&[
            version(
                "c",
                3,
                "It is already clear -- I informed the Prime Minister about this -- \
                             that the fundamental Freedonian concerns were ignored",
            ),
            version(
                "a",
                2,
                "It is now clear that the main Freedonian concerns have been ignored",
            ),
            version(
                "b",
                2,
                "It’s already clear that fundamental Freedonian concerns were ignored",
            ),
            version(
                "b",
                1,
                "Rodrigo Vance accused Western nations of ignoring key security concerns",
            ),
        ]);
        assert_eq!(found.len(), 1);
        let docs: Vec<(&str, usize)> = found[0]
            .versions
            .iter()
            .map(|version| (version.doc.as_str(), version.position))
            .collect();
        assert_eq!(docs, [("a", 2), ("b", 2), ("c", 3)]);
        // All three pairs match; the two kept are each version's best match and join all
        // three (a to c, the weakest, is left out).
        let pairs: Vec<(usize, usize)> = found[0].matches.iter().map(|m| (m.a, m.b)).collect();
        assert_eq!(pairs, [(0, 1), (1, 2)]);
    }

    #[test]
    fn a_quotation_many_articles_reprint_keeps_a_linear_number_of_matches() {
        // One statement reprinted word for word by 60 articles: 1,770 pairs match, and the
        // kept matches are one per version but the first (a spanning tree whose every
        // version has its best match), not one per pair.
        let text = "We will never accept the annexation of the northern provinces";
        let versions: Vec<Version> = (0..60)
            .map(|i| version(&format!("doc{i:02}"), 1, text))
            .collect();
        let found = statements(&versions);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].versions.len(), 60);
        assert_eq!(found[0].matches.len(), 59);
        let mut joined = [false; 60];
        joined[0] = true;
        for m in &found[0].matches {
            assert!(joined[m.a], "a tree in order from the first version");
            joined[m.b] = true;
            assert_eq!(m.similarity, 1.0);
        }
        assert!(joined.iter().all(|&j| j));
    }

    #[test]
    fn every_version_keeps_its_best_match() {
        let versions = [
            version(
                "a",
                1,
                "The sanctions will hurt the farmers of the southern valley most",
            ),
            version(
                "b",
                1,
                "The sanctions will hurt the farmers of the southern valley",
            ),
            version(
                "c",
                1,
                "Sanctions hurt the farmers of the southern valley most of all",
            ),
            version(
                "d",
                1,
                "The sanctions will hurt the southern valley farmers most",
            ),
        ];
        let prepared: Vec<Words> = versions.iter().map(|v| words(&v.text)).collect();
        let found = statements(&versions);
        assert_eq!(found.len(), 1);
        let statement = &found[0];
        for (i, own) in prepared.iter().enumerate() {
            let best = (0..prepared.len())
                .filter(|&j| j != i)
                .map(|j| similarity(own, &prepared[j]))
                .fold(0.0, f64::max);
            let kept = statement
                .matches
                .iter()
                .filter(|m| m.a == i || m.b == i)
                .map(|m| m.similarity)
                .fold(0.0, f64::max);
            assert_eq!(kept, best, "version {i}");
        }
        assert!(statement.matches.len() <= 2 * (versions.len() - 1));
    }

    #[test]
    fn versions_of_one_article_are_not_linked() {
        let text = "We will not let our vital interests be trampled on";
        assert!(statements(&[version("a", 1, text), version("a", 2, text)]).is_empty());
        assert_eq!(
            statements(&[version("a", 1, text), version("b", 1, text)]).len(),
            1
        );
    }

    #[test]
    fn the_order_of_versions_does_not_matter() {
        let versions = [
            version(
                "b",
                1,
                "the talks in Freedonia went well and will continue next week",
            ),
            version(
                "a",
                4,
                "talks in Freedonia went well, they will continue next week",
            ),
            version(
                "c",
                2,
                "the talks went well and continue next week in Freedonia",
            ),
        ];
        let mut reversed = versions.clone();
        reversed.reverse();
        assert_eq!(statements(&versions), statements(&reversed));
        assert_eq!(statements(&versions)[0].versions.len(), 3);
    }

    #[test]
    fn only_versions_sharing_rare_words_are_compared() {
        // A hundred quotations about a hundred different things, all with the speaker's
        // two favourite words: no pair shares three words, and none is compared.
        let versions: Vec<Version> = (0..100)
            .map(|n| {
                version(
                    &format!("doc{n}"),
                    1,
                    &format!("wonderful tremendous topic{n}x"),
                )
            })
            .collect();
        let profiles: Vec<Words> = versions.iter().map(|v| words(&v.text)).collect();
        assert_eq!(
            candidates(&profiles, |a, b| versions[a].doc == versions[b].doc).len(),
            0
        );
        // Adding a shared third word makes every pair a candidate, as it must.
        let versions: Vec<Version> = (0..10)
            .map(|n| {
                version(
                    &format!("doc{n}"),
                    1,
                    &format!("wonderful tremendous walls topic{n}x"),
                )
            })
            .collect();
        let profiles: Vec<Words> = versions.iter().map(|v| words(&v.text)).collect();
        assert_eq!(
            candidates(&profiles, |a, b| versions[a].doc == versions[b].doc).len(),
            45
        );
    }

    #[test]
    fn no_pair_similar_enough_is_left_out_of_the_candidates() {
        // Wordings drawn from a small vocabulary of frequent and rare words, so that many
        // pairs are near the threshold: every pair that reaches it must be a candidate.
        let vocabulary = [
            "security",
            "guarantees",
            "ignored",
            "demands",
            "alliance",
            "tremendous",
            "wonderful",
            "plan",
            "great",
            "people",
            "country",
            "zelnik",
            "quorvath",
            "missile",
            "dialogue",
            "response",
            "written",
            "concerns",
            "expansion",
            "eastward",
        ];
        let mut seed: u64 = 7;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((seed >> 33) as usize) % n
        };
        let versions: Vec<Version> = (0..300)
            .map(|n| {
                let len = 3 + next(6);
                let text: Vec<&str> = (0..len)
                    .map(|_| vocabulary[next(vocabulary.len())])
                    .collect();
                version(&format!("doc{}", n % 150), 1, &text.join(" "))
            })
            .collect();
        let profiles: Vec<Words> = versions.iter().map(|v| words(&v.text)).collect();
        let found = candidates(&profiles, |a, b| versions[a].doc == versions[b].doc);
        let mut similar = 0;
        for a in 0..profiles.len() {
            for b in a + 1..profiles.len() {
                if versions[a].doc != versions[b].doc
                    && similarity(&profiles[a], &profiles[b]) >= THRESHOLD
                {
                    similar += 1;
                    assert!(
                        found.contains(&(a, b)),
                        "{} / {}",
                        versions[a].text,
                        versions[b].text
                    );
                }
            }
        }
        assert!(similar > 100, "{similar} similar pairs");
        // And the filter leaves out pairs: fewer candidates than pairs of articles.
        assert!(found.len() < profiles.len() * (profiles.len() - 1) / 2 / 2);
    }

    fn report(
        doc: &str,
        position: usize,
        kind: &str,
        status: &str,
        date: Option<&str>,
    ) -> EventReport {
        EventReport {
            doc: doc.to_owned(),
            position,
            participants: vec!["a".to_owned(), "b".to_owned()],
            kind: kind.to_owned(),
            status: status.to_owned(),
            date: date.map(str::to_owned),
        }
    }

    fn grouped(reports: &[EventReport]) -> Vec<Vec<String>> {
        occasions(reports)
            .iter()
            .map(|o| {
                o.reports
                    .iter()
                    .map(|r| format!("{}/{}", r.doc, r.position))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn reports_of_one_call_in_two_articles_are_one_occasion_whatever_their_order() {
        let reports = [
            report("b", 1, "other", "Planned", Some("2022-02-01")),
            report("a", 4, "call", "Happened", Some("2022-02-01")),
            report("c", 2, "call", "Happened", Some("2022-02-03")),
            report("d", 1, "call", "Happened", None),
        ];
        let found = occasions(&reports);
        assert_eq!(grouped(&reports), [vec!["a/4", "b/1"]]);
        assert!(!found[0].statuses_agree());
        let mut reversed = reports.to_vec();
        reversed.reverse();
        assert_eq!(occasions(&reversed), found);
    }

    #[test]
    fn an_undated_report_joins_the_one_dated_occasion_and_kinds_must_agree() {
        assert_eq!(
            grouped(&[
                report("a", 1, "meeting", "Happened", None),
                report("b", 1, "meeting", "Happened", Some("2022-02-01")),
            ]),
            [vec!["a/1", "b/1"]]
        );
        assert!(grouped(&[
            report("a", 1, "meeting", "Happened", None),
            report("b", 1, "letter", "Happened", None),
        ])
        .is_empty());
    }

    #[test]
    fn two_events_of_one_article_stay_two_occasions() {
        assert_eq!(
            grouped(&[
                report("a", 1, "letter", "Happened", None),
                report("a", 2, "other", "Happened", None),
                report("b", 1, "other", "Happened", None),
            ]),
            [vec!["a/2", "b/1"]]
        );
    }
}
