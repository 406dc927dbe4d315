"""The peer of newsgraph's store loading: Oxigraph's own bulk loader (pyoxigraph, the same
Rust code as the `oxigraph` crate) loading an N-Quads file into a new RocksDB store.

Usage: python3 oxigraph_load.py FILE.nq STORE_DIR   (tests/benches/corpus.sh runs it).
Prints the quads loaded, the seconds spent loading, and the seconds of the flush that
follows (RocksDB writing out its buffers, as newsgraph's build does at its end).
"""

import sys
import time

import pyoxigraph


def main():
    path, store_dir = sys.argv[1], sys.argv[2]
    store = pyoxigraph.Store(store_dir)
    started = time.perf_counter()
    store.bulk_load(path=path, format=pyoxigraph.RdfFormat.N_QUADS)
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    store.flush()
    flushing = time.perf_counter() - started
    quads = len(store)
    assert quads > 0, "nothing was loaded"
    print(f"{quads} quads, {seconds:.2f} s, {quads / seconds:,.0f} quads/s, pyoxigraph {pyoxigraph.__version__}, flush {flushing:.2f} s")


main()
