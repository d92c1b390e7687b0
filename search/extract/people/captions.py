"""People named in a photo caption written all in lower case: ``greta lindholm and oskar berg arrive``."""

from __future__ import annotations

import re

from search.extract.names.lexicon import FIRST_NAMES, NON_PERSON, STOP

# a given name the lexicon knows, then a surname (maybe after a particle), ending an item of the
# caption's list; zero-width, so a rejected word does not swallow the name after it
_ITEM = re.compile(r"(?<![\w'’-])(?=(?P<given>[a-zà-ÿ]{2,})(?P<rest> (?:de |van |von |da |del )?[a-zà-ÿ'’-]{2,})"
                   r"(?:\s*(?:[,;.|/]|$)|\s+(?:and|as|in|at|on|with|arrives?|pose[sd]?|attends?)\b))", re.MULTILINE)


def caption_people(text: str) -> set[str]:
    """Full names in lines with no capital letter at all, the way some pages keep their captions."""
    out = set()
    for line in text.split("\n"):
        if not line.strip() or any(c.isupper() for c in line) or len(line) > 300:
            continue
        for m in _ITEM.finditer(line):
            words = [m.group("given"), *m.group("rest").split()]
            core = [w for w in words if w not in ("de", "van", "von", "da", "del")]
            if m.group("given") not in FIRST_NAMES or any(w in STOP or w in NON_PERSON for w in core[1:]):
                continue
            out.add(" ".join(w if w in ("de", "van", "von", "da", "del") else w[:1].upper() + w[1:] for w in words))
    return out
