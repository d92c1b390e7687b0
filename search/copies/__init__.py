"""Which articles copy which, which tell the same story, and where a copy changed a quote.

    text.py        folding, words, names and figures, prose without quotes
    provenance.py  outlets, credits, wire agencies, garbled text, dates printed on the page
    features.py    what is remembered of one article (serialisable)
    judge.py       copy, same story or neither, and the kind of copy; site furniture left out
    translation.py whether two articles in two languages are one text translated
    shared_origin.py one credited outlet, one site's pages, one press sitting, bucket keys
    sayings.py     quotes two articles share, nearly or a passage exactly
    direction.py   which of two copies came first, from evidence
    rarity.py      the words two spins trade: which swapped in longer, rarer ones
    drift.py       quotes a copy changed
    minhash.py     signatures and LSH buckets
    prepared.py    one article made ready for the index in a worker: packed, signed, bucketed
    store.py       the SQLite store of articles, buckets, verdicts and recurring sentences
    stories.py     stories as groups of linked articles
    index.py       CopyIndex: add, remove, links
    bench.py       timings of adding to a growing index
"""
