"""A small reader for the YAML front matter of Markdown notes (flat keys, scalars, lists, one nesting level).

Full YAML is not needed for the fields byline uses (title, date, author, url, tags, lang); a
value it cannot read is kept as the plain string, never an error.
"""

from __future__ import annotations

import re

_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:(?:\s+(?P<value>.*))?$")
_ITEM = re.compile(r"^\s*-\s+(?P<value>.*)$")
_OPEN = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\n")


def split_front_matter(text: str) -> tuple[dict, str]:
    """(fields, body); fields is empty when the text has no front matter."""
    m = _OPEN.match(text)
    if not m:
        return {}, text
    fence = m.group(1)
    closing = re.compile(rf"^(?:{re.escape(fence)}|\.\.\.)[ \t]*$", re.MULTILINE)
    end = closing.search(text, m.end())
    if not end:
        return {}, text
    block = text[m.end(): end.start()]
    fields = parse_toml_like(block) if fence == "+++" else parse_yaml_like(block)
    return fields, text[end.end():].lstrip("\n")


def parse_yaml_like(block: str) -> dict:
    fields: dict = {}
    key = None
    for raw in block.split("\n"):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        indented = raw[:1] in " \t"
        item = _ITEM.match(raw)
        if key and item:
            current = fields.get(key)
            fields[key] = (current if isinstance(current, list) else []) + [scalar(item["value"])]
            continue
        m = _KEY.match(raw.strip())
        if not m:
            continue
        if indented and key and isinstance(fields.get(key), dict | type(None)):
            nested = fields.get(key) or {}
            nested[m["key"].lower()] = scalar(m["value"] or "")
            fields[key] = nested
            continue
        key = m["key"].lower()
        value = (m["value"] or "").strip()
        fields[key] = scalar(value) if value else None
    return fields


def parse_toml_like(block: str) -> dict:
    fields: dict = {}
    for raw in block.split("\n"):
        key, sep, value = raw.partition("=")
        if sep and key.strip():
            fields[key.strip().lower()] = scalar(value.strip())
    return fields


def scalar(value: str) -> object:
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        return [scalar(v) for v in _split_flow(value[1:-1]) if v.strip()]
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return _unescape_double(value[1:-1])
    value = re.sub(r"\s+#.*$", "", value)  # a trailing comment on a plain scalar
    if value in ("~", "null", "Null", "NULL"):
        return None
    return value


def _unescape_double(value: str) -> str:
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}
    return re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(0)), value)


def _split_flow(inner: str) -> list[str]:
    parts, buf, quote = [], [], None
    for ch in inner:
        if quote:
            quote = None if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == ",":
            parts.append("".join(buf))
            buf = []
            continue
        buf.append(ch)
    parts.append("".join(buf))
    return parts
