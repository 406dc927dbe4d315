#!/usr/bin/env python3
"""Scores newsgraph's `quotations` and `contacts` CSV output against the seed gold.

Usage:
  python3 tests/score_seeds.py --gold tests/data/gold-seeds \
      --quotations quotations.csv --contacts contacts.csv \
      --entities entities.csv --roles roles.csv [--json] [--verbose]

Quotations: a system row matches a gold quote of the same article when their content spans
overlap by at least half of the shorter one (code points, after trimming quote marks and
punctuation); each row and each gold quote is used once, largest overlap first. A matched
pair is correct "with speaker" when the system speaker names the gold speaker: equal names,
or one name's last word equals the other's last word (the gold uses canonical names).
Precision = correct rows / rows, recall = correct gold / gold.

Contacts: every gold event expands to its unordered participant pairs (pairs across `sides`
when given; pairs with an `optional` name are neutral); a system row (doc, a, b) matches a gold
pair of the same article when the names match as above. Reported with and without the status.

Entities (`entities` query CSV): per article and per entity. A system entity (one IRI in one
article) stands for a gold entity of that article when one of its mention texts, or its name,
is one of the gold entity's surface forms or its name (case-folded, without a leading "the" or
a possessive ending). Precision = system entities standing for a gold entity / system
entities, recall = gold entities some system entity stands for / gold entities; typed scores
also need the type groups to agree (Person; Organization; Place = Country, City, Place; the
gold's Other has no group and counts only untyped). Pronoun mentions are left out. Aliases:
of the surface forms of the gold entities found, the share the system gives the one entity.

Roles (`roles` query CSV): a system row (person, title, of, doc) matches a gold role of the same
article when the person names the role's holder (as for quotations) and the titles are equal
(case-folded); "with of" also needs the organization or country to name the gold one, or both
to be empty. Each row and each gold role is used once.
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


PRONOUNS = {"he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its", "i", "we", "us", "me"}


def bare(text):
    text = norm(text)
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    return text


def group(entity_type):
    entity_type = (entity_type or "").lower()
    if "person" in entity_type:
        return "Person"
    if "organization" in entity_type or "organisation" in entity_type:
        return "Organization"
    if entity_type in ("country", "city", "place", "location", "region", "continent", "state", "province", "landmark"):
        return "Place"
    return "Other"


def score_entities(gold, rows):
    system = {}
    for row in rows:
        if row["doc"] not in gold or norm(row["mention"]) in PRONOUNS:
            continue
        entity = system.setdefault((row["doc"], row["entity"]), {"names": set(), "group": group(row["type"])})
        entity["names"].update({bare(row["mention"]), bare(row["name"])})
    gold_entities = [
        (doc, entity, {bare(f) for f in entity.get("surface_forms", [])} | {bare(entity["name"])})
        for doc, data in gold.items() for entity in data["entities"]
    ]
    stands = {}  # (doc, IRI) -> [(gold index, same group)]
    for (doc, iri), entity in system.items():
        for gi, (gdoc, gent, forms) in enumerate(gold_entities):
            if gdoc == doc and entity["names"] & forms:
                stands.setdefault((doc, iri), []).append((gi, group(gent["type"]) == entity["group"]))
    results = {}
    for typed in (False, True):
        groups = ["Person", "Organization", "Place"] if typed else ["all"]
        for g in groups:
            in_group = lambda t: not typed or t == g
            sys_keys = [k for k, e in system.items() if in_group(e["group"])]
            gold_idx = [i for i, (_, e, _) in enumerate(gold_entities) if in_group(group(e["type"]))]
            right = sum(1 for k in sys_keys if any(ok or not typed for _, ok in stands.get(k, [])))
            found = {gi for k in sys_keys for gi, ok in stands.get(k, []) if ok or not typed}
            result = prf(right, len(sys_keys), len(gold_idx))
            result["correct"] = f"{right}/{len(sys_keys)} system right, {len(found & set(gold_idx))}/{len(gold_idx)} gold found"
            result["R"] = round(len(found & set(gold_idx)) / len(gold_idx), 3) if gold_idx else 0.0
            p, r = result["P"], result["R"]
            result["F1"] = round(2 * p * r / (p + r), 3) if p + r else 0.0
            results[g if typed else "untyped"] = result
            if VERBOSE and not typed:
                for gi in sorted(set(gold_idx) - found):
                    print(f"MISSED entity {gold_entities[gi][0][:3]} {gold_entities[gi][1]['name']}")
                for k in sys_keys:
                    if k not in stands:
                        print(f"EXTRA  entity {k[0][:3]} {sorted(system[k]['names'])}")
    # Aliases: the surface forms of each found gold entity that its best system entity holds.
    held = total = 0
    for gi, (doc, gent, forms) in enumerate(gold_entities):
        candidates = [system[k]["names"] for k, hits in stands.items() if any(h == gi for h, _ in hits)]
        if not candidates:
            continue
        best = max(candidates, key=lambda names: len(names & forms))
        total += len(forms)
        held += len(best & forms)
    results["aliases"] = {"held": held, "forms": total, "R": round(held / total, 3) if total else 0.0}
    return results


def score_roles(gold, rows):
    gold_roles = [
        (doc, entity["name"], role)
        for doc, data in gold.items() for entity in data["entities"] for role in entity.get("roles", [])
    ]
    rows = [r for r in rows if r["doc"] in gold]
    results = {}
    for with_of in (False, True):
        used, correct = set(), 0
        for row in rows:
            for gi, (doc, holder, role) in enumerate(gold_roles):
                if gi in used or doc != row["doc"] or not same_name(row["person"], holder):
                    continue
                if norm(row["title"]) != norm(role["role"]):
                    continue
                if with_of and not (same_name(row["of"], role.get("of")) or not row["of"] and not role.get("of")):
                    continue
                used.add(gi)
                correct += 1
                break
        if VERBOSE and with_of:
            for gi, (doc, holder, role) in enumerate(gold_roles):
                if gi not in used:
                    print(f"MISSED role {doc[:3]} {holder}: {role['role']} of {role.get('of')}")
        results["with_of" if with_of else "title"] = prf(correct, len(rows), len(gold_roles))
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
    parser.add_argument("--entities", help="the `entities` query's CSV")
    parser.add_argument("--roles", help="the `roles` query's CSV")
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
    if args.entities:
        out["entities"] = score_entities(gold, read_csv(args.entities))
    if args.roles:
        out["roles"] = score_roles(gold, read_csv(args.roles))
    if args.json:
        print(json.dumps(out))
        return
    for name, result in out.items():
        if name == "quotations":
            print(f"quotations: P={result['P']} R={result['R']} F1={result['F1']} | with speaker: P={result['speaker_P']} R={result['speaker_R']} F1={result['speaker_F1']} ({result['speaker_correct']}/{result['system']} rows, {result['gold']} gold)")
        elif name == "entities":
            for key, r in result.items():
                if key == "aliases":
                    print(f"entities aliases: R={r['R']} ({r['held']}/{r['forms']} surface forms on one entity)")
                else:
                    print(f"entities ({key}): P={r['P']} R={r['R']} F1={r['F1']} ({r['correct']})")
        elif name == "roles":
            for key, r in result.items():
                print(f"roles ({key}): P={r['P']} R={r['R']} F1={r['F1']} ({r['correct']}/{r['system']} rows, {r['gold']} gold)")
        else:
            for key, r in result.items():
                print(f"contacts ({key}): P={r['P']} R={r['R']} F1={r['F1']} ({r['correct']}/{r['system']} rows, {r['gold']} gold pairs)")


if __name__ == "__main__":
    sys.exit(main())
