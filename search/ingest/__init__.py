"""Files to ``Article``: formats, decoding, sanitising, titles and language."""
