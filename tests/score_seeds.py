#!/usr/bin/env python3
"""Scores newsgraph's `quotations` and `contacts` CSV output against the seed gold.

Usage:
  python3 tests/score_seeds.py --gold tests/data/gold-seeds \
      --quotations quotations.csv --contacts contacts.csv [--json]

Quotations: a system row matches a gold quote of the same article when their content spans
overlap by at least half of the shorter one (code points, after trimming quote marks and
punctuation); each row and each gold quote is used once, largest overlap first. A matched
pair is correct "with speaker" when the system speaker names the gold speaker: equal names,
or one name's last word equals the other's last word (the gold uses canonical names).
Precision = correct rows / rows, recall = correct gold / gold.

Contacts: every gold event expands to its unordered participant pairs (pairs across `sides`
when given; pairs with an `optional` name are neutral); a system row (doc, a, b) matches a gold
pair of the same article when the names match as above. Reported with and without the status.
Standard library only.
"""
import argparse
import csv
import json
import pathlib
import sys

VERBOSE = False
TRIM = " \t\n\r\u00a0“”\"'‘’.,;:…—–-"


def norm(name):
    return " ".join((name or "").replace("’", "'").split()).lower()


def same_name(a, b):
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    return wa[-1] == wb[-1] or a in b or b in a


def trimmed(text, start, end):
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def load_gold(gold_dir):
    gold = {}
    for path in sorted(pathlib.Path(gold_dir).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        gold[data["doc"]] = data
    return gold


def score_quotes(gold, rows):
    n_gold = sum(len(d["quotes"]) for d in gold.values())
    rows = [r for r in rows if r["doc"] in gold]
    pairs = []
    for ri, row in enumerate(rows):
        try:
            rs, re_ = int(row["quoteStart"]), int(row["quoteEnd"])
        except ValueError:
            continue
        for gi, q in enumerate(gold[row["doc"]]["quotes"]):
            overlap = min(re_, q["end"]) - max(rs, q["start"])
            shorter = min(re_ - rs, q["end"] - q["start"])
            if shorter > 0 and overlap >= 0.5 * shorter:
                right = same_name(row.get("speaker"), q["speaker"])
                pairs.append((overlap, right, ri, (row["doc"], gi)))
    pairs.sort(key=lambda p: (-p[0], not p[1]))
    used_r, used_g, matched = set(), set(), []
    for _, _, ri, g in pairs:
        if ri in used_r or g in used_g:
            continue
        used_r.add(ri)
        used_g.add(g)
        matched.append((ri, g))
    if VERBOSE:
        for gi_doc, data in gold.items():
            for gi, q in enumerate(data["quotes"]):
                if (gi_doc, gi) not in used_g:
                    print(f"MISSED {gi_doc[:3]} {q['speaker']} | {q['text'][:90]}")
        for ri, row in enumerate(rows):
            if ri not in used_r:
                print(f"EXTRA  {row['doc'][:3]} {row.get('speaker')} | {row['quote'][:90]}")
        for ri, (doc, gi) in matched:
            if not same_name(rows[ri].get("speaker"), gold[doc]["quotes"][gi]["speaker"]):
                print(f"WRONG  {doc[:3]} {rows[ri].get('speaker')!r} for {gold[doc]['quotes'][gi]['speaker']} | {rows[ri]['quote'][:80]}")
    with_speaker = sum(
        1 for ri, (doc, gi) in matched
        if same_name(rows[ri].get("speaker"), gold[doc]["quotes"][gi]["speaker"])
    )
    return prf(len(matched), len(rows), n_gold) | {"speaker_" + k: v for k, v in prf(with_speaker, len(rows), n_gold).items()}


def gold_pairs(event):
    optional = set(event.get("optional") or [])
    parts = [p for p in event["participants"] if p not in optional]
    if event.get("sides"):
        sides = event["sides"]
        pairs = set()
        for i, side in enumerate(sides):
            for other in sides[i + 1:]:
                for a in side:
                    for b in other:
                        if a not in optional and b not in optional:
                            pairs.add(frozenset((a, b)))
        return pairs, optional
    pairs = {frozenset((a, b)) for i, a in enumerate(parts) for b in parts[i + 1:] if a != b}
    return pairs, optional


def score_contacts(gold, rows):
    gold_list = []  # (doc, pair, status, optional)
    for doc, data in gold.items():
        for event in data["contacts"]:
            pairs, optional = gold_pairs(event)
            for pair in pairs:
                gold_list.append((doc, tuple(sorted(pair)), event["status"], optional))
    rows = [r for r in rows if r["doc"] in gold]
    results = {}
    for with_status in (False, True):
        used = set()
        correct = 0
        neutral = 0
        for row in rows:
            hit = None
            for gi, (doc, (a, b), status, optional) in enumerate(gold_list):
                if gi in used or doc != row["doc"]:
                    continue
                if with_status and status != row.get("status"):
                    continue
                if (same_name(row["a"], a) and same_name(row["b"], b)) or (same_name(row["a"], b) and same_name(row["b"], a)):
                    hit = gi
                    break
            if hit is not None:
                used.add(hit)
                correct += 1
            elif any(doc == row["doc"] and (any(same_name(row["a"], o) or same_name(row["b"], o) for o in optional))
                     for doc, _, _, optional in gold_list):
                neutral += 1
        key = "with_status" if with_status else "pairs"
        results[key] = prf(correct, len(rows) - neutral, len(gold_list))
    return results


def prf(correct, n_sys, n_gold):
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"correct": correct, "system": n_sys, "gold": n_gold, "P": round(p, 3), "R": round(r, 3), "F1": round(f, 3)}


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", required=True)
    parser.add_argument("--quotations")
    parser.add_argument("--contacts")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="list missed, extra and wrongly attributed quotations")
    args = parser.parse_args()
    global VERBOSE
    VERBOSE = args.verbose
    gold = load_gold(args.gold)
    out = {}
    if args.quotations:
        out["quotations"] = score_quotes(gold, read_csv(args.quotations))
    if args.contacts:
        out["contacts"] = score_contacts(gold, read_csv(args.contacts))
    if args.json:
        print(json.dumps(out))
        return
    for name, result in out.items():
        if name == "quotations":
            print(f"quotations: P={result['P']} R={result['R']} F1={result['F1']} | with speaker: P={result['speaker_P']} R={result['speaker_R']} F1={result['speaker_F1']} ({result['speaker_correct']}/{result['system']} rows, {result['gold']} gold)")
        else:
            for key, r in result.items():
                print(f"contacts ({key}): P={r['P']} R={r['R']} F1={r['F1']} ({r['correct']}/{r['system']} rows, {r['gold']} gold pairs)")


if __name__ == "__main__":
    sys.exit(main())
