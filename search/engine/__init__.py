"""The Whoosh engine: schema, build and update, top-N scoring, highlights, suggestions, corpus tables.

The only package that touches Whoosh."""
