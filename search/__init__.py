"""byline's headless core. Nothing in this package imports Textual or Rich.

    model.py    plain data classes every layer shares
    library.py  the facade the app and the CLI talk to
    ingest/     files → Article: formats, decoding, sanitising, titles, language
    extract/    names → people and cast → quotes and speakers; the per-corpus pipeline
    copies/     copy and story detection, quote drift, the copy store
    query/      user text → parsed query
    engine/     Whoosh: schema, build/update, scoring, highlights, suggestions, tables
    backends/   engines behind the facade besides Whoosh (sphinx/)
    tools/      bench, synthetic corpus, evaluation
"""
