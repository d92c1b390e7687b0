"""Quote extraction floors on the labelled dev corpus (the evaluation command's own figures).

Floors sit just below what the extractor reaches; they only go up.
"""

from pathlib import Path

from search.tools.evaluate import evaluate

DEV = Path(__file__).parent / "data" / "devcorpus"
SPEECH_F1 = 0.99
SPEAKER_ACCURACY = 0.99
KIND_ACCURACY = 0.975
UNATTRIBUTED_AT_MOST = 0.03


def test_quote_extraction_floors():
    result = evaluate(DEV / "articles", DEV / "labels.json")
    assert result["speech"]["f1"] >= SPEECH_F1, result["speech"]
    assert result["speaker_accuracy"] >= SPEAKER_ACCURACY, result["speaker_counts"]
    assert result["kind_accuracy"] >= KIND_ACCURACY, result["kind_counts"]
    assert result["unattributed_rate"] <= UNATTRIBUTED_AT_MOST, result["unattributed_rate"]
