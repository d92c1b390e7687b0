"""The Sphinx/Manticore backend: SphinxQL translation, the backend, a local cluster tool."""
