"""byline's headless core: ingest, extraction, index and the library facade.

Nothing in this package imports Textual or Rich, so scripts and the CLI start fast.
"""
