#!/usr/bin/env python3
"""Builds cases.jsonl, the quotation regression set, from selection.tsv and the PolNeAR train gold.

Usage (from the repository root, with ../shared beside it):
  python3 tests/data/quote-regression/make_cases.py [--gold ../shared/eval/polnear-train]

selection.tsv names, per case, a train article, the gold attributions (BRAT event ids of the
annotation file the scorer chooses) and how many paragraphs before them to keep as context.
A negative case names instead the span of a scare quote or title (`neg:START-END`, code points
into the article) that no quotation may overlap. Each case's text is the article from the start
of the first kept paragraph (a non-blank line) to the end of the last paragraph that holds a
content or source span; the gold offsets are moved into it. The gold is read with the
scorer's own parser (../shared/eval/score_quotes.py), so "direct" and the content parts are
what the scorer uses. Only train is read: dev stays unseen. Standard library only.
"""
import argparse
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
MAX_CHARS = 1500

CONSTRUCTIONS = {
    1: 'direct quote, speaker after',
    2: 'direct quote, speaker before with colon or comma',
    3: 'split quote, cue inside',
    4: 'consecutive quotes of one speaker',
    5: 'multi-paragraph quote',
    6: 'partial quote inside reported speech',
    7: 'indirect speech "X said (that)"',
    8: '"told reporters" / "told Y that"',
    9: 'warned / insisted / denied / accused',
    10: '"according to X"',
    11: 'spokesmen and descriptions as speakers',
    12: 'statements and organizations as speakers',
    13: 'speaker in another sentence',
    14: 'pronoun speaker',
    15: 'intermediaries',
    16: 'scare quotes and titles (no quotation)',
    17: 'text oddities',
    18: 'questions as statements',
}


def paragraphs(text):
    """(start, end) of every non-blank line, in code points."""
    out, pos = [], 0
    for line in text.split('\n'):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def paragraph_of(paras, offset):
    for index, (start, end) in enumerate(paras):
        if start <= offset <= end:
            return index
    raise ValueError('offset %d is in no paragraph' % offset)


def excerpt(text, spans, before):
    paras = paragraphs(text)
    first = paragraph_of(paras, min(s for s, _ in spans))
    last = paragraph_of(paras, max(e for _, e in spans) - 1)
    first = max(0, first - before)
    return paras[first][0], paras[last][1]


def shifted(spans, base):
    return [[s - base, e - base] for s, e in spans]


def build(row, docs):
    case_id, construction, name, what, before = row
    construction = int(construction)
    doc = docs[name]
    text = doc.text
    case = {'id': case_id, 'construction': construction,
            'construction_name': CONSTRUCTIONS[construction], 'doc': name}
    if what.startswith('neg:'):
        start, end = (int(x) for x in what[4:].split('-'))
        begin, finish = excerpt(text, [(start, end)], int(before))
        case['text'] = text[begin:finish]
        case['expected'] = []
        case['not_quotation'] = {'text': text[start:end], 'span': [start - begin, end - begin]}
        return case
    by_id = {a.id: a for a in doc.attributions}
    attributions = [by_id[eid] for eid in what.split(',')]
    spans = [span for a in attributions for span in a.content + a.source]
    begin, finish = excerpt(text, spans, int(before))
    case['text'] = text[begin:finish]
    case['expected'] = [{
        'gold': '%s %s' % (doc.ann_file, a.id),
        'speaker': ' | '.join(text[s:e] for s, e in a.source),
        'speaker_spans': shifted(a.source, begin),
        'content': ' | '.join(text[s:e] for s, e in a.content),
        'content_spans': shifted(a.content, begin),
        'cue': a.cue_text,
        'direct': a.direct,
    } for a in attributions]
    return case


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--gold', default=str(ROOT.parent / 'shared/eval/polnear-train'))
    parser.add_argument('--out', default=str(HERE / 'cases.jsonl'))
    args = parser.parse_args()
    gold = pathlib.Path(args.gold)
    if gold.name != 'polnear-train':
        sys.exit('error: the regression set is drawn from polnear-train only')
    sys.path.insert(0, str(gold.parent))
    import score_quotes
    docs = score_quotes.load_gold(str(gold), quiet=True)
    rows = []
    for line in (HERE / 'selection.tsv').read_text(encoding='utf-8').splitlines():
        if line.strip() and not line.startswith('#'):
            rows.append(line.split('\t'))
    cases = [build(row, docs) for row in rows]
    ids = [case['id'] for case in cases]
    if len(set(ids)) != len(ids):
        sys.exit('error: duplicate case ids')
    for case in cases:
        if len(case['text']) > MAX_CHARS:
            print('warning: %s is %d characters long' % (case['id'], len(case['text'])),
                  file=sys.stderr)
    with open(args.out, 'w', encoding='utf-8') as out:
        for case in cases:
            out.write(json.dumps(case, ensure_ascii=False) + '\n')
    print('%d cases written to %s' % (len(cases), args.out))


if __name__ == '__main__':
    main()
