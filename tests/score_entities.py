#!/usr/bin/env python3
"""Scores newsgraph's `entities` CSV output against the mention-level entity gold.

Usage:
  newsgraph build --memory DIR --query entities --format csv > e.csv
  python3 tests/score_entities.py --gold tests/data/entities-dev/gold.jsonl \
      --text-dir ../shared/eval/polnear-dev/text --system e.csv [--verbose] [--with-demonyms]
  python3 tests/score_entities.py --self-test

Gold: JSON lines {"doc": NAME, "mentions": [{"start", "end", "text", "type", "entity"}]},
offsets in Unicode code points (Python str indices), end exclusive. Gold types: Person,
Organization, Country, City, OtherPlace, Demonym (see tests/data/entities-dev/README.md).

System: CSV with header doc,entity,name,type,mention,start,end (start/end code points of the
mention in the article). Only rows whose doc is in the gold are considered. Rows whose
mention is a pronoun are dropped; duplicate rows (same doc, span and type group) count once.

Type groups: Person; Organization; Place = Country + City + OtherPlace (+ Demonym with
--with-demonyms). System types are mapped by name: anything containing "Person" -> Person;
"Organization"/"Org" or a known organisation subtype -> Organization; Country, City,
Place, Region, Location, State, GPE ... -> Place; anything else -> Other (never matches a
typed gold mention, so it counts as a false positive in the typed scores). Without
--with-demonyms, gold Demonym mentions are not scored, and system mentions overlapping one
are ignored (neither right nor wrong).

A system mention matches a gold mention of the same doc when the spans overlap and the type
groups are equal; pairs are made one-to-one, greedily by largest overlap. Also reported:
exact-span matches (same start and end, same group) and a type-agnostic detection score
(overlap, any type). Precision = matched system mentions / system mentions, recall =
matched gold mentions / gold mentions. The last line of the output is
`entities Person F1=X Organization F1=Y Place F1=Z overall F1=W` (overlap matching).
Standard library only.
"""
import argparse
import collections
import csv
import json
import os
import pathlib
import sys
import tempfile

GROUPS = ("Person", "Organization", "Place")
GOLD_GROUP = {
    "Person": "Person",
    "Organization": "Organization",
    "Country": "Place",
    "City": "Place",
    "OtherPlace": "Place",
    "Demonym": "Place",
}
PRONOUNS = set("""
i me my mine myself you your yours yourself yourselves he him his himself she her hers herself
it its itself we us our ours ourselves they them their theirs themselves one who whom whose
this that these those
""".split())
ORG_WORDS = ("organization", "organisation", "org", "company", "corporation", "agency",
             "party", "government", "institution", "university", "school", "committee",
             "newspaper", "media", "outlet", "news", "broadcaster", "network", "union",
             "court", "department", "ministry", "army", "military", "team", "club",
             "church", "association", "council", "commission", "congress", "legislature",
             "bank", "business", "ngo", "group")
PLACE_WORDS = ("place", "country", "city", "region", "location", "state", "province",
               "gpe", "town", "village", "county", "continent", "territory", "area",
               "nation", "facility", "landmark", "address")


def sys_group(raw):
    """Maps a system type (plain name or IRI) to Person / Organization / Place / Other."""
    t = raw.strip()
    for sep in ("#", "/", ":"):
        if sep in t:
            t = t.rsplit(sep, 1)[1]
    low = t.lower()
    if "person" in low or low in ("per", "people", "human"):
        return "Person"
    # CamelCase split so that "GovernmentOrganization" or "NewsOrg" are found word-wise.
    words = []
    cur = ""
    for ch in t:
        if ch.isupper() and cur and not cur[-1].isupper():
            words.append(cur)
            cur = ch
        elif ch in "_- ":
            if cur:
                words.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        words.append(cur)
    words = [w.lower() for w in words]
    if any(w in ORG_WORDS for w in words) or "organization" in low or "organisation" in low:
        return "Organization"
    if any(w in PLACE_WORDS for w in words) or "place" in low or "region" in low:
        return "Place"
    return "Other"


def is_pronoun(mention):
    m = mention.strip().strip("\"'“”‘’.,;:").lower()
    if m.endswith("'s") or m.endswith("’s"):
        m = m[:-2]
    return m in PRONOUNS


def load_gold(path):
    gold = collections.OrderedDict()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            d = json.loads(line)
            ms = []
            for m in d["mentions"]:
                if m["type"] not in GOLD_GROUP:
                    sys.exit("%s:%d: unknown gold type %r" % (path, n, m["type"]))
                ms.append(dict(m))
            gold[d["doc"]] = ms
    return gold


def load_texts(text_dir, docs):
    texts = {}
    if not text_dir:
        return texts
    for doc in docs:
        p = pathlib.Path(text_dir) / (doc + ".txt")
        if p.exists():
            texts[doc] = p.read_text(encoding="utf-8")
    return texts


def load_system(path, docs):
    """Returns {doc: [mention dicts]}, and counters of what was dropped."""
    out = collections.defaultdict(list)
    seen = set()
    stats = collections.Counter()
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        need = {"doc", "type", "mention", "start", "end"}
        if not rd.fieldnames or not need <= set(rd.fieldnames):
            sys.exit("system CSV %s lacks columns %s (has %s)" % (path, sorted(need), rd.fieldnames))
        for row in rd:
            doc = row["doc"]
            if doc.endswith(".txt"):
                doc = doc[:-4]
            if doc not in docs:
                stats["rows outside gold docs"] += 1
                continue
            if is_pronoun(row["mention"]):
                stats["pronoun rows dropped"] += 1
                continue
            try:
                s, e = int(row["start"]), int(row["end"])
            except ValueError:
                stats["rows without offsets"] += 1
                continue
            g = sys_group(row["type"])
            key = (doc, s, e, g)
            if key in seen:
                stats["duplicate rows"] += 1
                continue
            seen.add(key)
            out[doc].append({"start": s, "end": e, "text": row["mention"], "type": row["type"],
                             "group": g, "name": row.get("name", "")})
    return out, stats


def overlap(a, b):
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def match(golds, syss, typed=True, exact=False):
    """Greedy one-to-one matching; returns list of (gold index, system index)."""
    cands = []
    for i, g in enumerate(golds):
        for j, s in enumerate(syss):
            if typed and g["group"] != s["group"]:
                continue
            if exact:
                if g["start"] == s["start"] and g["end"] == s["end"]:
                    cands.append((g["end"] - g["start"], 1, i, j))
                continue
            ov = overlap(g, s)
            if ov > 0:
                same = int(g["start"] == s["start"] and g["end"] == s["end"])
                cands.append((ov, same, i, j))
    cands.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    ug, us, pairs = set(), set(), []
    for _, _, i, j in cands:
        if i in ug or j in us:
            continue
        ug.add(i)
        us.add(j)
        pairs.append((i, j))
    return pairs


def prf(tp_sys, n_sys, tp_gold, n_gold):
    p = tp_sys / n_sys if n_sys else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold, system, with_demonyms=False):
    """Returns a dict of results; gold/system as loaded. Does not print."""
    res = {"counts": collections.Counter(), "fp": [], "fn": [], "confusions": collections.Counter(),
           "ignored_demonym_overlaps": 0}
    cnt = res["counts"]
    for doc, gms in gold.items():
        golds, neutral = [], []
        for m in gms:
            m = dict(m, group=GOLD_GROUP[m["type"]])
            if m["type"] == "Demonym" and not with_demonyms:
                neutral.append(m)
            else:
                golds.append(m)
        syss = []
        for s in system.get(doc, []):
            if neutral and any(overlap(s, n) > 0 for n in neutral) \
                    and not any(overlap(s, g) > 0 for g in golds):
                res["ignored_demonym_overlaps"] += 1
                continue
            syss.append(s)
        for kind, typed, exact in (("overlap", True, False), ("exact", True, True),
                                   ("agnostic", False, False)):
            pairs = match(golds, syss, typed=typed, exact=exact)
            mg = {i for i, _ in pairs}
            ms = {j for _, j in pairs}
            for grp in GROUPS + ("Other",):
                cnt[(kind, grp, "gold")] += sum(1 for g in golds if g["group"] == grp)
                cnt[(kind, grp, "sys")] += sum(1 for s in syss if s["group"] == grp)
                if typed:
                    cnt[(kind, grp, "tp_gold")] += sum(1 for i in mg if golds[i]["group"] == grp)
                    cnt[(kind, grp, "tp_sys")] += sum(1 for j in ms if syss[j]["group"] == grp)
            cnt[(kind, "all", "gold")] += len(golds)
            cnt[(kind, "all", "sys")] += len(syss)
            cnt[(kind, "all", "tp_gold")] += len(mg)
            cnt[(kind, "all", "tp_sys")] += len(ms)
            if kind == "overlap":
                res["fn"] += [(doc, golds[i]) for i in range(len(golds)) if i not in mg]
                res["fp"] += [(doc, syss[j]) for j in range(len(syss)) if j not in ms]
            if kind == "agnostic":
                for i, j in pairs:
                    if golds[i]["group"] != syss[j]["group"]:
                        res["confusions"][(golds[i]["group"], syss[j]["group"])] += 1
    res["scores"] = {}
    for kind in ("overlap", "exact", "agnostic"):
        for grp in GROUPS + ("all",):
            c = lambda k: cnt[(kind, grp, k)]
            res["scores"][(kind, grp)] = (c("gold"), c("sys"), c("tp_gold"), c("tp_sys"),
                                          prf(c("tp_sys"), c("sys"), c("tp_gold"), c("gold")))
    return res


def context(texts, doc, m, width=40):
    t = texts.get(doc)
    if t is None:
        return ""
    a, b = m["start"], m["end"]
    return (t[max(0, a - width):a] + "[" + t[a:b] + "]" + t[b:b + width]).replace("\n", " ")


def report(res, texts, verbose=False, out=sys.stdout):
    sc = res["scores"]
    w = out.write
    w("%-13s %6s %6s | %-20s | %-20s | %s\n" % ("type", "gold", "system", "overlap P / R / F1",
                                                 "exact P / R / F1", "matched g/s"))
    w("-" * 86 + "\n")
    for grp in GROUPS + ("all",):
        g, s, tg, ts, (p, r, f) = sc[("overlap", grp)]
        _, _, _, _, (pe, re_, fe) = sc[("exact", grp)]
        label = "overall" if grp == "all" else grp
        w("%-13s %6d %6d | %.3f / %.3f / %.3f | %.3f / %.3f / %.3f | %d/%d\n"
          % (label, g, s, p, r, f, pe, re_, fe, tg, ts))
    g, s, tg, ts, (p, r, f) = sc[("agnostic", "all")]
    w("%-13s %6d %6d | %.3f / %.3f / %.3f | (type-agnostic detection, overlap)\n"
      % ("detection", g, s, p, r, f))
    other = res["counts"][("overlap", "Other", "sys")]
    if other:
        w("system mentions with an unmapped type (counted as false positives): %d\n" % other)
    if res["ignored_demonym_overlaps"]:
        w("system mentions ignored because they overlap a gold Demonym: %d\n"
          % res["ignored_demonym_overlaps"])
    if res["confusions"]:
        w("type confusions (gold -> system, among type-agnostic matches): "
          + ", ".join("%s->%s %d" % (a, b, n) for (a, b), n in sorted(res["confusions"].items()))
          + "\n")
    if verbose:
        w("\nFALSE NEGATIVES (gold mentions not matched, overlap+type):\n")
        for doc, m in res["fn"]:
            w("  FN %-12s %-44s %s\n" % (m["type"], doc[:44], context(texts, doc, m)))
        w("\nFALSE POSITIVES (system mentions not matched, overlap+type):\n")
        for doc, m in res["fp"]:
            w("  FP %-12s %-44s %s\n" % (m["type"][:12], doc[:44], context(texts, doc, m)))
    f = {grp: sc[("overlap", grp)][4][2] for grp in GROUPS + ("all",)}
    w("entities Person F1=%.3f Organization F1=%.3f Place F1=%.3f overall F1=%.3f\n"
      % (f["Person"], f["Organization"], f["Place"], f["all"]))


def check_gold(gold, texts):
    bad = 0
    for doc, ms in gold.items():
        t = texts.get(doc)
        if t is None:
            continue
        for m in ms:
            if t[m["start"]:m["end"]] != m["text"]:
                bad += 1
                sys.stderr.write("gold offset mismatch in %s: %r != %r\n"
                                 % (doc, t[m["start"]:m["end"]], m["text"]))
    return bad


def self_test():
    text = "Sen. Ted Cruz met Russian officials in Moscow. He told the FBI and Mr. Cruz's aides."
    def span(s, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = text.index(s, i + 1)
        return i, i + len(s)
    gold_ms = []
    for s, t, e, n in (("Ted Cruz", "Person", "cruz", 0), ("Russian", "Demonym", "russia", 0),
                       ("Moscow", "Country", "russia", 0), ("FBI", "Organization", "fbi", 0),
                       ("Cruz", "Person", "cruz", 1)):
        a, b = span(s, n)
        gold_ms.append({"start": a, "end": b, "text": s, "type": t, "entity": e})
    tmp = tempfile.mkdtemp()
    gpath = os.path.join(tmp, "gold.jsonl")
    with open(gpath, "w", encoding="utf-8") as f:
        f.write(json.dumps({"doc": "d1", "mentions": gold_ms}) + "\n")
    pathlib.Path(tmp, "d1.txt").write_text(text, encoding="utf-8")
    rows = [
        ("d1", "Sen. Ted Cruz", "Person") + span("Sen. Ted Cruz"),   # overlap match, not exact
        ("d1", "Moscow", "City") + span("Moscow"),                  # Place group match, exact
        ("d1", "FBI", "GovernmentOrganization") + span("FBI"),      # org subtype, exact
        ("d1", "He", "Person") + span("He"),                        # pronoun: dropped
        ("d1", "Russian", "Country") + span("Russian"),             # overlaps Demonym: ignored
        ("d1", "Cruz", "Organization") + span("Cruz", 1),           # wrong type: FP + FN
        ("d1", "Cruz", "Organization") + span("Cruz", 1),           # duplicate: dropped
        ("d2", "Elsewhere", "Person", 0, 9),                        # doc not in gold: ignored
    ]
    spath = os.path.join(tmp, "sys.csv")
    with open(spath, "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["doc", "entity", "name", "type", "mention", "start", "end"])
        for doc, m, t, a, b in rows:
            wr.writerow([doc, "x", m, t, m, a, b])
    gold = load_gold(gpath)
    texts = load_texts(tmp, gold)
    ok = True
    def expect(cond, what):
        nonlocal ok
        print(("ok   " if cond else "FAIL ") + what)
        ok = ok and cond
    expect(check_gold(gold, texts) == 0, "gold offsets verified")
    system, stats = load_system(spath, set(gold))
    expect(stats["pronoun rows dropped"] == 1, "pronoun row dropped")
    expect(stats["duplicate rows"] == 1, "duplicate row dropped")
    expect(stats["rows outside gold docs"] == 1, "row outside the gold ignored")
    expect(sys_group("GovernmentOrganization") == "Organization", "org subtype mapped")
    expect(sys_group("https://example.org/ns#Region") == "Place", "IRI type mapped to Place")
    expect(sys_group("Event") == "Other", "unknown type mapped to Other")
    res = score(gold, system)
    sc = res["scores"]
    # gold without demonyms: Ted Cruz, Moscow, FBI, Cruz = 4; system: 4 (Russian ignored)
    g, s, tg, ts, (p, r, f) = sc[("overlap", "all")]
    expect((g, s, tg, ts) == (4, 4, 3, 3), "overlap counts %r" % ((g, s, tg, ts),))
    expect(abs(f - 0.75) < 1e-9, "overall overlap F1 0.75")
    g, s, tg, ts, _ = sc[("exact", "all")]
    expect(tg == 2, "exact matches: Moscow and FBI")
    expect(sc[("agnostic", "all")][2] == 4, "type-agnostic detection finds all 4")
    expect(res["ignored_demonym_overlaps"] == 1, "demonym overlap ignored")
    p_g, p_s, p_tg, p_ts, (pp, pr, pf) = sc[("overlap", "Person")]
    expect((p_g, p_s, p_tg) == (2, 1, 1) and abs(pf - 2 / 3) < 1e-9, "Person P=1 R=0.5")
    res2 = score(gold, system, with_demonyms=True)
    g, s, tg, ts, _ = res2["scores"][("overlap", "all")]
    expect((g, s, tg, ts) == (5, 5, 4, 4), "with demonyms: Russian matched as Place")
    report(res, texts, verbose=True)
    print("self-test", "passed" if ok else "FAILED")
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser(
        description="Score newsgraph entity mentions (entities CSV) against the mention gold.",
        epilog="Example: newsgraph build --memory DIR --query entities --format csv > e.csv; "
               "python3 tests/score_entities.py --gold tests/data/entities-dev/gold.jsonl "
               "--text-dir ../shared/eval/polnear-dev/text --system e.csv")
    ap.add_argument("--gold", help="gold JSON lines file")
    ap.add_argument("--text-dir", help="directory of the article .txt files (offset check, context)")
    ap.add_argument("--system", help="system CSV (doc,entity,name,type,mention,start,end)")
    ap.add_argument("--with-demonyms", action="store_true",
                    help="score gold Demonym mentions (as Place) instead of ignoring them")
    ap.add_argument("--verbose", "-v", action="store_true", help="list false positives and negatives")
    ap.add_argument("--json", action="store_true", help="also print the scores as one JSON line")
    ap.add_argument("--self-test", action="store_true", help="run built-in tests and exit")
    a = ap.parse_args()
    if a.self_test:
        return self_test()
    if not a.gold or not a.system:
        ap.error("--gold and --system are required (or --self-test)")
    gold = load_gold(a.gold)
    texts = load_texts(a.text_dir, gold)
    if a.text_dir:
        missing = [d for d in gold if d not in texts]
        if missing:
            sys.stderr.write("warning: %d gold docs have no text in %s\n" % (len(missing), a.text_dir))
        if check_gold(gold, texts):
            sys.stderr.write("warning: gold offsets do not match the texts\n")
    system, stats = load_system(a.system, set(gold))
    bad = 0
    for doc, ms in system.items():
        t = texts.get(doc)
        if t is not None:
            bad += sum(1 for m in ms if t[m["start"]:m["end"]] != m["text"])
    absent = [d for d in gold if d not in system]
    print("gold: %d docs, %d mentions; system: %d mentions in gold docs%s"
          % (len(gold), sum(len(v) for v in gold.values()), sum(len(v) for v in system.values()),
             "".join("; %s: %d" % (k, v) for k, v in sorted(stats.items()))))
    if absent:
        print("gold docs without any system mention: %d" % len(absent))
    if bad:
        print("warning: %d system mentions whose text differs from the article at their offsets" % bad)
    print("demonyms: %s" % ("scored as Place" if a.with_demonyms else "not scored (overlapping system mentions ignored)"))
    res = score(gold, system, with_demonyms=a.with_demonyms)
    if a.json:
        print(json.dumps({"%s/%s" % k: {"gold": v[0], "system": v[1], "matched_gold": v[2],
                                        "matched_system": v[3], "P": round(v[4][0], 4),
                                        "R": round(v[4][1], 4), "F1": round(v[4][2], 4)}
                          for k, v in res["scores"].items()}))
    report(res, texts, verbose=a.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
