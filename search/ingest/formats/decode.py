"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, Windows-1252 by rule; binary refused.

Line endings become ``\\n``: CRLF always, and a lone CR too when the file uses CR alone
(classic Mac). A lone CR inside a file that has LF line endings is not a line break but a
stray control character; it is left for ``sanitize.inert`` to make visible.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

CP1252_NOTICE = "decoded as Windows-1252"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Control codes that text files do not hold (tab, line breaks, form feed, BEL and ESC do occur).
_BINARY_CONTROL = re.compile("[\x00-\x06\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_C1 = re.compile("[\x80-\x9f]")
MAX_CONTROL_SHARE = 0.02
MIN_BINARY_CONTROLS = 8  # a short article with a few stray controls is still an article
# A file that is UTF-8 (or Windows-1252) but for a few stray bytes is read, the bytes shown as
# U+FFFD and counted in the notice; more than this many, it is some other encoding.
FEW_BAD_BYTES = 8
FEW_BAD_SHARE = 0.01
MAX_HIGH_BYTE_SHARE = 0.3
# What 0x80–0xFF decode to in real Windows-1252 prose: letters and typographic punctuation.
_CP1252_PUNCT = set("‘’‚“”„…–—•€™†‡‰‹›ˆ˜ «»¡¿©®°·§¶½¼¾±×÷¢£¥¤¦¨¯´¸¹²³ªº¬µ\xa0\xad")


class NotText(Exception):
    """The bytes are not an article's text; ``str(e)`` says why in plain words."""


def decode(data: bytes, markup: bool = False) -> tuple[str, str | None]:
    """(text with LF line endings, notice or None); raises ``NotText`` with the reason to show.

    With ``markup`` (a web page), a charset the page declares is tried when UTF-8 fails.
    """
    if not data.strip():
        raise NotText("file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, notice = _decode_utf16(data), None
    elif b"\x00" in data:
        raise NotText("not a text file (binary data)")
    else:
        text, notice = _decode_8bit(data, declared_charset(data) if markup else None)
    if _binary(text):
        raise NotText("not a text file (binary data)")
    text = newlines(text)
    if not text.strip():
        raise NotText("file is empty")
    if c1 := len(_C1.findall(text)):
        # Shown as U+FFFD by sanitize.inert: they have no visible symbol of their own.
        replaced = f"{_count(c1, 'control character')} shown as \ufffd"
        notice = f"{notice}; {replaced}" if notice else replaced
    return text, notice


def is_binary(data: bytes) -> bool:
    """Whether raw bytes look like binary data rather than text in some encoding."""
    return b"\x00" in data or _binary(data.decode("latin-1"))


def _binary(text: str) -> bool:
    sample = text[:65536]
    controls = len(_BINARY_CONTROL.findall(sample))
    return controls > MIN_BINARY_CONTROLS and controls > MAX_CONTROL_SHARE * len(sample)


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


def _few(bad: int, size: int) -> bool:
    return bad <= max(FEW_BAD_BYTES, FEW_BAD_SHARE * size)


def newlines(text: str) -> str:
    text = text.replace("\r\n", "\n")
    return text if "\n" in text else text.replace("\r", "\n")


def _decode_utf16(data: bytes) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as e:
        raise NotText(f"not valid UTF-16 (bad bytes at offset {e.start})") from None


def declared_charset(data: bytes) -> str | None:
    """The Python codec for a page's ``<meta charset>`` (or http-equiv content type), if it names one."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    # Browsers read pages labelled Latin-1 or ASCII as Windows-1252 (WHATWG Encoding), and so does byline.
    return "cp1252" if name in ("iso8859-1", "ascii", "latin-1") else name


def _decode_8bit(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        first_bad = e.start
    if declared and declared not in ("utf-8", "cp1252"):
        try:
            return data.decode(declared), f"decoded as {declared} (declared by the page)"
        except UnicodeDecodeError:
            pass
    utf8 = data.decode("utf-8-sig", "replace")
    bad = utf8.count("\ufffd") - data.count("\ufffd".encode())
    wide = sum(ch > "\x7f" for ch in utf8) - utf8.count("\ufffd")  # characters UTF-8 did encode
    stray = f"{_count(bad, 'byte')} not UTF-8, shown as \ufffd"
    if wide >= bad and _few(bad, len(data)):  # UTF-8 text, a few bytes damaged
        return utf8, stray
    if _looks_like_cp1252(data) or (declared == "cp1252" and _decodes(data, "cp1252")):
        text = data.decode("cp1252", "replace")
        # 0x81, 0x8D, 0x8F, 0x90 and 0x9D mean nothing in Windows-1252.
        undefined = text.count("\ufffd") - data.count("\ufffd".encode("cp1252", "replace"))
        return text, CP1252_NOTICE + (f"; {_count(undefined, 'byte')} not in it shown as \ufffd" if undefined else "")
    if is_binary(data):
        raise NotText("not a text file (binary data)")
    if _few(bad, len(data)):
        return utf8, stray
    raise NotText(f"not valid UTF-8 (byte 0x{data[first_bad]:02x} at offset {first_bad})")


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _looks_like_cp1252(data: bytes) -> bool:
    """Windows-1252 prose: few high bytes, each one a letter or typographic punctuation."""
    high = [b for b in data if b >= 0x80]
    if len(high) > MAX_HIGH_BYTE_SHARE * len(data):
        return False
    # 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned in Windows-1252: a few may be stray bytes.
    decoded = bytes(high).decode("cp1252", "replace")
    if not _few(decoded.count("\ufffd"), len(data)) or decoded.count("\ufffd") == len(decoded):
        return False
    return all(ch in _CP1252_PUNCT or ch == "\ufffd" or unicodedata.category(ch).startswith("L") for ch in decoded)


