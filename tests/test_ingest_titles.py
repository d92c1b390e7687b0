"""Titles a person would accept, for texts with and without a headline line."""

from __future__ import annotations

import pytest

from search.ingest.titles import MAX_TITLE, derive_title


@pytest.mark.parametrize("text, title", [
    ("Harbour Lights Wins Big\n\nThe drama took four awards.", "Harbour Lights Wins Big"),
    # Title Case headline running straight into the first paragraph, as scraped text often does.
    (("Quinn Brennan Lands Lead Role in 'Saltfield' Revival\n"
     "Quinn Brennan will lead the revival of Saltfield, its network said on Monday."),
     "Quinn Brennan Lands Lead Role in 'Saltfield' Revival"),
    # Headline followed by a byline or dateline rather than a blank line.
    ("Why the Finale Worked\nBy Dara Okonkwo-Lisle | Reel Notes\n\nIt worked.", "Why the Finale Worked"),
    ("Why the Finale Worked\nUpdated Oct. 4, 2022 9:10 a.m. ET\n\nIt worked.", "Why the Finale Worked"),
    # A dateline above the headline is not the headline.
    ("October 4, 2022\n\nWhy the Finale Worked\n\nIt worked.", "Why the Finale Worked"),
    ("'Marrow' vuelve en marzo: el reparto adelanta una temporada más corta\n\nEl reparto habló el sábado.",
     "'Marrow' vuelve en marzo: el reparto adelanta una temporada más corta"),
    ('"I Was Terrified": Ines Varga on Her First Lead\n\nInes Varga admits it.',
     '"I Was Terrified": Ines Varga on Her First Lead'),
    # Scraped pages with one paragraph per line: a sentence-case headline, then a long paragraph.
    (("A quieter, stranger 'Marrow': the cast on growing up with the show\n"
      "Three seasons in, the young cast of Marrow say the set feels like a school they never left, "
      "and the new episodes, which arrive in March, lean into that feeling."),
     "A quieter, stranger 'Marrow': the cast on growing up with the show"),
    # A section kicker above the headline.
    ("Marrow Season 3\n\n'This is our scariest year yet': the Marrow cast on the final season\n\nYes.",
     "'This is our scariest year yet': the Marrow cast on the final season"),
    ("EXCLUSIVE\n\nLumen+ Orders a Fourth Season of 'Marrow'\n\nThe streamer confirmed it.",
     "Lumen+ Orders a Fourth Season of 'Marrow'"),
    ("Marrow Wins Again\n\nThe drama took four awards on Sunday night, more than any other show.",
     "Marrow Wins Again"),
])
def test_headline_line(text, title):
    assert derive_title(text) == title


@pytest.mark.parametrize("text, title", [
    # A one-sentence first paragraph is not a headline, closing quote or not.
    ('Asked about the ending, the director said, "We shot three of them."\n\nShe would not say which.',
     'Asked about the ending, the director said, "We shot three of them."'),
    ("EDITORS NOTE: This piece discusses the finale. The finale of Marrow aired on Sunday. It was long.",
     "The finale of Marrow aired on Sunday"),
    # Sentence case wrapped prose is not mistaken for a headline.
    ("the film opens next week\nand critics are already praising it.",
     "the film opens next week and critics are already praising it"),
    ("Dr. Ines Varga and the U.S. cast met on Monday. They talked.",
     "Dr. Ines Varga and the U.S. cast met on Monday"),
])
def test_sentence_title(text, title):
    assert derive_title(text) == title


def test_long_opening_sentence_is_cut_at_a_meaningful_word():
    text = ("Every television series is the product of writers, directors and performers working together "
            "for months in rooms that most viewers never get to see.")
    title = derive_title(text)
    assert len(title) <= MAX_TITLE and title.endswith("…")
    assert text.startswith(title.removesuffix("…"))
    assert title.removesuffix("…").split()[-1] not in {"the", "of", "and", "for", "in", "with"}
