#!/usr/bin/env python3
"""Validate tests/data/contacts-dev/gold.jsonl (Python 3 standard library only).

Checks, per the format read by ../shared/eval/score_contacts.py and the rules
of ../shared/gold/CONTACTS-GUIDELINE.md:

  * every line is a JSON object with exactly the keys "doc" and "events";
    docs are unique and each has a text file NAME.txt in the dev text dir;
  * every event has the required keys participants, kind, status, date,
    trigger, start, end, also, and no keys other than those plus the
    optional keys "optional" and "sides";
  * participants: 2 or more distinct non-empty strings; optional: a list of
    non-empty strings that are not participants; sides: 2 or more disjoint
    non-empty lists whose members are participants;
  * kind in call|meeting|told|letter|interview|debate|other; status in
    happened|planned|possible|negated; date null or yyyy / yyyy-mm /
    yyyy-mm-dd (a real calendar date);
  * start/end and every "also" span are integers with 0 <= s < e <= len(text)
    (Unicode code points, end exclusive), do not cut a word in two, and the
    trigger occurs inside text[start:end] as a whole word.

Usage:
  python3 tests/data/contacts-dev/check_gold.py [--gold FILE] [--text-dir DIR]
                                                [--expect-docs N] [--self-test]
Defaults are resolved relative to this file (gold.jsonl beside it, text dir
../../../../shared/eval/polnear-dev/text, i.e. /work/shared/... from the repo).
--self-test also runs the scorer's own --self-test on the gold.
Exit status 0 when every check passes, 1 otherwise.
"""
import argparse
import datetime
import json
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
SHARED = os.path.normpath(os.path.join(REPO, '..', 'shared'))

KINDS = {'call', 'meeting', 'told', 'letter', 'interview', 'debate', 'other'}
STATUSES = {'happened', 'planned', 'possible', 'negated'}
REQUIRED = {'participants', 'kind', 'status', 'date', 'trigger', 'start', 'end', 'also'}
OPTIONAL = {'optional', 'sides'}
DATE_RE = re.compile(r'^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$')


def valid_date(d):
    m = DATE_RE.match(d)
    if not m:
        return False
    y, mo, da = m.groups()
    try:
        datetime.date(int(y), int(mo or 1), int(da or 1))
    except ValueError:
        return False
    return True


def is_word(c):
    return c.isalnum()


def check_span(text, s, e, where, errors):
    if not (isinstance(s, int) and isinstance(e, int) and not isinstance(s, bool)
            and not isinstance(e, bool)):
        errors.append('%s: span %r is not a pair of integers' % (where, (s, e)))
        return False
    if not (0 <= s < e <= len(text)):
        errors.append('%s: span %r outside text (len %d)' % (where, (s, e), len(text)))
        return False
    if s > 0 and is_word(text[s - 1]) and is_word(text[s]):
        errors.append('%s: span %r starts inside a word: %r' % (where, (s, e), text[max(0, s - 10):s + 10]))
    if e < len(text) and is_word(text[e - 1]) and is_word(text[e]):
        errors.append('%s: span %r ends inside a word: %r' % (where, (s, e), text[max(0, e - 10):e + 10]))
    if not text[s:e].strip():
        errors.append('%s: span %r is blank' % (where, (s, e)))
    return True


def nonempty_str(x):
    return isinstance(x, str) and x.strip() != ''


def check_event(ev, text, where, errors):
    if not isinstance(ev, dict):
        errors.append('%s: event is not an object' % where)
        return
    keys = set(ev)
    missing = REQUIRED - keys
    extra = keys - REQUIRED - OPTIONAL
    if missing:
        errors.append('%s: missing keys %s' % (where, sorted(missing)))
    if extra:
        errors.append('%s: unknown keys %s' % (where, sorted(extra)))
    parts = ev.get('participants')
    if not (isinstance(parts, list) and all(nonempty_str(p) for p in parts)):
        errors.append('%s: participants must be a list of non-empty strings' % where)
        parts = []
    elif len(set(parts)) < 2 or len(set(parts)) != len(parts):
        errors.append('%s: participants must be 2 or more distinct names: %r' % (where, parts))
    if 'optional' in ev:
        opt = ev['optional']
        if not (isinstance(opt, list) and opt and all(nonempty_str(o) for o in opt)):
            errors.append('%s: optional must be a non-empty list of non-empty strings' % where)
        else:
            for o in opt:
                if o in parts:
                    errors.append('%s: optional name %r is also a participant' % (where, o))
    if 'sides' in ev:
        sides = ev['sides']
        if not (isinstance(sides, list) and len(sides) >= 2 and
                all(isinstance(sd, list) and sd and all(nonempty_str(n) for n in sd) for sd in sides)):
            errors.append('%s: sides must be 2 or more non-empty lists of names' % where)
        else:
            seen = Counter(n for sd in sides for n in sd)
            for n, c in seen.items():
                if c > 1:
                    errors.append('%s: %r is on more than one side' % (where, n))
                if n not in parts:
                    errors.append('%s: side member %r is not a participant' % (where, n))
    if ev.get('kind') not in KINDS:
        errors.append('%s: kind %r not in %s' % (where, ev.get('kind'), sorted(KINDS)))
    if ev.get('status') not in STATUSES:
        errors.append('%s: status %r not in %s' % (where, ev.get('status'), sorted(STATUSES)))
    date = ev.get('date')
    if date is not None and not (isinstance(date, str) and valid_date(date)):
        errors.append('%s: date %r is not null / yyyy / yyyy-mm / yyyy-mm-dd' % (where, date))
    s, e = ev.get('start'), ev.get('end')
    if check_span(text, s, e, where + ' start/end', errors):
        trig = ev.get('trigger')
        if not nonempty_str(trig) or ' ' in trig.strip():
            errors.append('%s: trigger must be one word: %r' % (where, trig))
        else:
            if not re.search(r'(?<!\w)' + re.escape(trig) + r'(?!\w)', text[s:e]):
                errors.append('%s: trigger %r not found as a word in text[%d:%d] = %r'
                              % (where, trig, s, e, text[s:e][:120]))
    also = ev.get('also')
    if not isinstance(also, list):
        errors.append('%s: also must be a list of [start, end] pairs' % where)
    else:
        for k, sp in enumerate(also):
            if not (isinstance(sp, list) and len(sp) == 2):
                errors.append('%s: also[%d] is not a [start, end] pair: %r' % (where, k, sp))
                continue
            check_span(text, sp[0], sp[1], '%s also[%d]' % (where, k), errors)
            if [s, e] == sp:
                errors.append('%s: also[%d] repeats start/end' % (where, k))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--gold', default=os.path.join(HERE, 'gold.jsonl'))
    ap.add_argument('--text-dir', default=os.path.join(SHARED, 'eval', 'polnear-dev', 'text'))
    ap.add_argument('--expect-docs', type=int, default=22)
    ap.add_argument('--self-test', action='store_true', help="also run the scorer's --self-test")
    args = ap.parse_args(argv)

    errors = []
    docs = []
    n_events = 0
    kinds, statuses = Counter(), Counter()
    with open(args.gold, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = '%s:%d' % (os.path.basename(args.gold), ln)
        try:
            obj = json.loads(line)
        except ValueError as ex:
            errors.append('%s: invalid JSON: %s' % (where, ex))
            continue
        if not isinstance(obj, dict) or set(obj) != {'doc', 'events'}:
            errors.append('%s: a line must be an object with exactly the keys doc and events' % where)
            continue
        doc = obj['doc']
        if not nonempty_str(doc):
            errors.append('%s: doc must be a non-empty string' % where)
            continue
        if doc in docs:
            errors.append('%s: doc %r appears twice' % (where, doc))
        docs.append(doc)
        path = os.path.join(args.text_dir, doc + '.txt')
        if not os.path.exists(path):
            errors.append('%s: no text file %s' % (where, path))
            continue
        with open(path, encoding='utf-8') as tf:
            text = tf.read()
        evs = obj['events']
        if not isinstance(evs, list):
            errors.append('%s: events must be a list' % where)
            continue
        for i, ev in enumerate(evs):
            check_event(ev, text, '%s %s event %d' % (where, doc, i), errors)
            n_events += 1
            if isinstance(ev, dict):
                kinds[ev.get('kind')] += 1
                statuses[ev.get('status')] += 1
    if args.expect_docs and len(docs) != args.expect_docs:
        errors.append('expected %d docs, found %d' % (args.expect_docs, len(docs)))

    print('%d docs, %d events' % (len(docs), n_events))
    print('kinds:    ' + ', '.join('%s %d' % kv for kv in sorted(kinds.items())))
    print('statuses: ' + ', '.join('%s %d' % kv for kv in sorted(statuses.items())))

    if args.self_test:
        scorer = os.path.join(SHARED, 'eval', 'score_contacts.py')
        r = subprocess.run([sys.executable, scorer, '--gold', args.gold, '--text-dir', args.text_dir,
                            '--self-test'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           universal_newlines=True)
        print(r.stdout.strip().splitlines()[-1] if r.stdout.strip() else '(no scorer output)')
        if r.returncode != 0:
            errors.append('scorer self-test failed:\n' + r.stdout)

    for e in errors:
        print('ERROR ' + e, file=sys.stderr)
    print('check_gold: %s' % ('OK' if not errors else '%d error(s)' % len(errors)))
    return 0 if not errors else 1


if __name__ == '__main__':
    sys.exit(main())
