"""A pattern anchored at the end of the text before a name is searched only over its last words."""

from search.extract.people.context_score import _PHOTO_CREDIT, _PLAY_BEFORE, _last_words


def test_the_longest_phrases_still_match_from_the_last_words():
    texts = [
        "Earlier in the week, viewers saw that she da vida a young quiet brave old tall kind ",
        "Earlier in the week, viewers saw that she da\u00a0vida\tal young quiet brave old tall kind,  ",
        "Earlier in the week, viewers saw that she plays young quiet brave old tall kind ",
        "Earlier in the week, viewers saw that she plays young quiet brave old tall kind seventh ",
        "A long caption line before the credit, then Courtesy of Bright Lane/",
        "A long caption line before the credit, then (Photos by ",
        "short plays ",
        "",
    ]
    for text in texts:
        for pattern, words in ((_PLAY_BEFORE, 9), (_PHOTO_CREDIT, 4)):
            assert bool(pattern.search(text, _last_words(text, words))) == bool(pattern.search(text)), text
    assert _PLAY_BEFORE.search(texts[0], _last_words(texts[0], 9))
    assert not _PLAY_BEFORE.search(texts[3])
