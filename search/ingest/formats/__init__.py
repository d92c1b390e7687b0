"""Readers for each article file format; ``registry`` maps a file suffix to its reader."""
