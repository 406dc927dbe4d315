#!/usr/bin/env python3
"""Scores cross-article entity merges on the seeds against the gold `cross_document` groups.

Usage:
  newsgraph extract corpus/*.txt > seeds.nq
  python3 tests/score_merges.py --gold ../shared/gold/seeds --nquads seeds.nq [--json]

Python 3 standard library only. Each gold entity in each seed lists its surface forms. A
mention of the system (`ng:refersTo` with the `oa:exact` text of its span) is mapped to the
gold entity of its article whose surface forms hold its text (case-folded, without a leading
"the" or a possessive ending on either side); mentions that
map to no gold entity, or to several, are left out.

- Recall: for every gold `cross_document` entity group, every pair of its members (two
  articles) counts; a pair is found when the system gives the two members one IRI (the IRI
  most of the member's mentions refer to, in each article).
- Precision: every pair of (article, gold entity) members that the system gives one IRI, in
  two different articles, counts; it is right when the two are one gold entity (same id, as
  the gold uses the same id for the same entity in all five files).
"""
import argparse
import collections
import itertools
import json
import os
import re
import sys

NQ = re.compile(r'^(<[^>]*>) (<[^>]*>) (<[^>]*>|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?) (<[^>]*>) \.$')
REFERS = '<https://example.org/newsgraph/ontology#refersTo>'
EXACT = '<http://www.w3.org/ns/oa#exact>'


def bare(text):
    """A surface form without case, a leading article or a possessive ending: the gold writes
    "The Kremlin" and "West’s" where a mention's span is "Kremlin" and "West", and the span
    convention is not what this score measures."""
    text = text.casefold().strip()
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"['’]s?$", "", text)


def unquote(literal):
    body = literal[1:literal.rindex('"')]
    return json.loads('"' + body + '"')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--gold', required=True)
    parser.add_argument('--nquads', required=True)
    parser.add_argument('--json', action='store_true')
    args = parser.parse_args()

    gold = {}
    for name in sorted(os.listdir(args.gold)):
        if name.endswith('.json'):
            data = json.load(open(os.path.join(args.gold, name), encoding='utf-8'))
            gold[data['doc']] = data

    refers, exact = {}, {}
    for line in open(args.nquads, encoding='utf-8'):
        match = NQ.match(line.strip())
        if not match:
            continue
        s, p, o, _ = match.groups()
        if p == REFERS:
            refers[s] = o
        elif p == EXACT and s.endswith('/quote>'):
            exact[s[:-len('/quote>')] + '>'] = unquote(o)

    # (doc, gold id) -> Counter of system IRIs
    iris = collections.defaultdict(collections.Counter)
    for mention, iri in refers.items():
        doc = mention.split('/doc/')[1].split('/')[0]
        text = exact.get(mention)
        if doc not in gold or text is None:
            continue
        ids = [e['id'] for e in gold[doc]['entities']
               if bare(text) in {bare(f) for f in e.get('surface_forms', [])}]
        if len(ids) == 1:
            iris[(doc, ids[0])][iri] += 1
    chosen = {member: counter.most_common(1)[0][0] for member, counter in iris.items()}

    groups = []
    for data in gold.values():
        for group in data.get('cross_document', []):
            if group.get('type') == 'entity':
                members = tuple(sorted((m['doc'], m['id']) for m in group['members']))
                groups.append((group['name'], members))
    groups = sorted(set(groups))
    found = total = 0
    missed = []
    for name, members in groups:
        for a, b in itertools.combinations(members, 2):
            total += 1
            if chosen.get(a) is not None and chosen.get(a) == chosen.get(b):
                found += 1
            else:
                missed.append((name, a, b, chosen.get(a), chosen.get(b)))
    by_iri = collections.defaultdict(list)
    for member, iri in chosen.items():
        by_iri[iri].append(member)
    right = merged = 0
    wrong = []
    for iri, members in by_iri.items():
        for a, b in itertools.combinations(sorted(members), 2):
            if a[0] == b[0]:
                continue
            merged += 1
            if a[1] == b[1]:
                right += 1
            else:
                wrong.append((iri, a, b))
    scores = {
        'recall': found / total if total else 0.0, 'gold_pairs': total, 'found': found,
        'precision': right / merged if merged else 0.0, 'merged_pairs': merged, 'right': right,
    }
    if args.json:
        print(json.dumps(scores, indent=1, sort_keys=True))
    else:
        for name, a, b, x, y in missed:
            print(f'missed  {name}: {a} -> {x} | {b} -> {y}')
        for iri, a, b in wrong:
            print(f'wrong   {iri}: {a} + {b}')
        print(f"cross-article merges: P={scores['precision']:.3f} ({right}/{merged}) "
              f"R={scores['recall']:.3f} ({found}/{total})")


if __name__ == '__main__':
    sys.exit(main())
