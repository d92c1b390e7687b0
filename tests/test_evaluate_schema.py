"""``byline eval`` reads the real-article label schema and scores it as the reference scorer does."""

from __future__ import annotations

from search.tools.evaluate import score

TEXT = "Ada said: I was never going to stay on that boat forever. Glasswater ended. Glasswater is back."
LABELS = [{
    "file": "a.txt", "language": "en", "story": "s1", "duplicate_of": None,
    "quotes": [
        {"start": "I was never going to stay", "char_offset": 10, "kind": "speech", "speaker": "Ada Brook",
         "alt_speakers": ["Felix Stroud"]},
        {"start": "Glasswater", "char_offset": 58, "kind": "scare/title", "speaker": None},
        {"start": "Glasswater is back.", "char_offset": 77, "kind": "scare/title", "speaker": None},
    ],
    "cast": [{"character": "Dr. Mara Quill", "actor": "Ada Brook", "actor_as_written": "Ada Brooke"}],
    "cast_implicit": [{"character": "Tom", "actor": "Felix Stroud"}],
    "people": ["Ada Brook", "Felix Stroud"],
}]


def record(quotes):
    return {"path": "corpus/a.txt", "language": "en", "story": "x", "duplicate_of": None, "quotes": quotes,
            "people": ["Ada Brooke", "Felix Stroud"],
            "cast": [{"character": "Mara Quill", "actor": "Ada Brooke"}, {"character": "Tom", "actor": "Felix Stroud"}]}


def test_alt_speakers_offsets_whole_short_labels_implied_cast_and_names_as_written():
    result = score([record([
        # an alternative speaker is right; the start lies within 40 code points of the label's offset
        {"text": "I was never going to stay on that boat forever.", "start": 12, "speaker": "Felix Stroud",
         "kind": "speech"},
        # a one-word label is the whole quote: a longer span that opens with the word is not it
        {"text": "Glasswater ended", "start": 58, "speaker": None, "kind": "scare/title"},
        {"text": "Glasswater is back.", "start": 77, "speaker": None, "kind": "speech"},
    ])], LABELS)
    assert (result["speech"]["tp"], result["speech"]["fp"], result["speech"]["fn"]) == (1, 1, 0)
    assert result["speaker_counts"] == [1, 1]
    assert result["kind_counts"] == [0, 1]  # the matched title was called speech; the unmatched one is a miss
    assert (result["all_spans"]["tp"], result["all_spans"]["fp"], result["all_spans"]["fn"]) == (2, 1, 1)
    assert (result["cast"]["tp"], result["cast"]["fp"], result["cast"]["fn"]) == (1, 0, 0)
    assert (result["people"]["tp"], result["people"]["fp"], result["people"]["fn"]) == (2, 0, 0)
    assert result["null_speaker_kept"] == [1, 1]


def test_a_start_far_from_the_labelled_offset_does_not_match():
    result = score([record([{"text": "I was never going to stay", "start": 60, "speaker": "Ada Brook",
                             "kind": "speech"}])], LABELS)
    assert (result["speech"]["tp"], result["speech"]["fp"], result["speech"]["fn"]) == (0, 1, 1)
