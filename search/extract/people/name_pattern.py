"""The regular expression for a written name (``NAME``), shared by every cast form."""

from __future__ import annotations

from search.extract.names.lexicon import COMPOUND_TAILS

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒ" + "ŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"


_ABBREVIATIONS = "Dr Mr Mrs Ms Mx St Jr Sr Capt Prof Rev Sgt Lt Det Gen Col".split()


_TAILS = "|".join(sorted(COMPOUND_TAILS))


# "Ji-woon", "Hyun-oh": a lower-case given-name syllable after a hyphen, never "-born" or "-winning"
SYLLABLE = rf"-(?!(?:{_TAILS})(?![\w]))[a-zà-ÿ]{{1,5}}(?<!ed)(?<!ing)(?<!er)(?<!ly)"


# An initial or abbreviation (``J.``, ``Dr.``) written with its first letter taken out front: every
# name then opens with one character class, so the regex engine skips straight to capital letters.
_ABBR_REST = "|".join([r"(?<=[A-Z])\."] + [rf"(?<={a[0]}){a[1:]}\." for a in _ABBREVIATIONS])


def _cap(not_after: str = "") -> str:
    """A capitalised name word; ``not_after``: a character class the word may not follow, checked
    once its first letter is read (``(?<![x].)``) so the pattern still opens with that letter."""
    guard = rf"(?<![{not_after}].)" if not_after else ""
    rest = rf"[^\W_]*(?:-[{UPPER}][^\W\d_]*|{SYLLABLE}|['’](?!s\b)[^\W\d_]+)*(?![\w-])"
    return rf"(?:[{UPPER}]{guard}(?:{_ABBR_REST}|{rest}))"


CAP = _cap()


_INNER = r"(?:the|of|de|del|van|von|der|da|di|le|la)"


_NICK = r"(?: [\"“‘][A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?[\"”’](?= [A-Z]))?"  # Theo "Moss" Abernathy


NAME = rf"{CAP}{_NICK}(?: (?:{_INNER} ){{0,2}}{CAP})*"  # "Anouk de la Roche", "Hendrik van der Wal"


def name_not_after(not_after: str) -> str:
    """``NAME`` not preceded by a character of the class ``not_after``."""
    return rf"{_cap(not_after)}{_NICK}(?: (?:{_INNER} ){{0,2}}{CAP})*"


SLASH = rf"{NAME}(?: ?/ ?{NAME})*"
