import csv
import io
import json
import subprocess
import sys

import pytest

from search.export import export_hits, export_quotes, export_quotes_many, write_export
from search.ingest.sanitize import is_inert
from search.model import Article, Hit, Quote

HOSTILE = "[bold red]WIN[/] \x1b]52;c;cHduZWQ=\x07 now\x1b[2J\rgone | *x* `y`"


def hits():
    return [
        Hit("reviews/orchard.txt", "The Orchard Keeps Its Secrets", "2023-05-02", 7.25,
            "…a quiet, \"unhurried\" drama…", [(9, 18)], [(120, 129)]),
        Hit("spins/orchard-copy.txt", HOSTILE, None, 3.5, "=HYPERLINK(\"http://x\")", [], [(4, 9)],
            copy_of="reviews/orchard.txt", note="as Eddie"),
    ]


def article():
    return Article("interviews/tamsin.txt", "Tamsin Vale on \"Harbour Lights\"", "body", "2024-02-09",
                   url="https://example.org/tamsin")


def quotes():
    return [
        Quote("I wanted her to be wrong, loudly,", 10, 44, "Tamsin Vale"),
        Quote("-- and then " + HOSTILE, 60, 90, None, kind="in-show line"),
    ]


@pytest.mark.parametrize("fmt", ["md", "csv", "jsonl"])
def test_every_export_is_inert(fmt):
    for text in (export_hits(hits(), fmt, query="orchard"), export_quotes(article(), quotes(), fmt)):
        assert is_inert(text.replace("\r\n", "\n").replace("\t", " ")), fmt
        assert "\x1b" not in text and "\x07" not in text
        assert "␛" in text  # made visible, not dropped


def test_hits_jsonl_round_trips():
    lines = export_hits(hits(), "jsonl").splitlines()
    recs = [json.loads(line) for line in lines]
    assert [r["path"] for r in recs] == ["reviews/orchard.txt", "spins/orchard-copy.txt"]
    assert recs[0] == {"path": "reviews/orchard.txt", "title": "The Orchard Keeps Its Secrets",
                       "date": "2023-05-02", "score": 7.25, "snippet": "…a quiet, \"unhurried\" drama…",
                       "copy_of": None, "note": None}
    assert recs[1]["title"].startswith("[bold red]WIN[/] ␛]52")
    assert recs[1]["copy_of"] == "reviews/orchard.txt"


def test_hits_csv_parses_back_and_defuses_formulas():
    rows = list(csv.DictReader(io.StringIO(export_hits(hits(), "csv"))))
    assert len(rows) == 2
    assert rows[0]["title"] == "The Orchard Keeps Its Secrets" and rows[0]["score"] == "7.25"
    assert rows[0]["snippet"] == "…a quiet, \"unhurried\" drama…"
    assert rows[1]["snippet"] == "'=HYPERLINK(\"http://x\")"
    assert rows[1]["date"] == ""


def test_hits_markdown_lists_each_hit_with_escaped_text():
    md = export_hits(hits(), "md", query="orchard")
    assert md.startswith("# Search results for orchard\n")
    assert "2 articles" in md
    assert "1. **The Orchard Keeps Its Secrets** — 2023-05-02 · `reviews/orchard.txt`" in md
    assert "\\[bold red\\]WIN\\[/\\]" in md and "\\| \\*x\\* \\`y\\`" in md
    assert "_as Eddie_" in md
    # a hostile title stays on its own list item: no raw newline or CR from the text
    assert len(md.splitlines()) == 9 and "␍gone" in md.splitlines()[6]


def test_quotes_in_all_formats():
    md = export_quotes(article(), quotes(), "md")
    assert md.startswith("# Quotes from Tamsin Vale on \"Harbour Lights\"\n")
    assert "2024-02-09 · https://example.org/tamsin · `interviews/tamsin.txt`" in md
    assert "> “I wanted her to be wrong, loudly,”\n> — Tamsin Vale\n" in md
    assert "> — unattributed (in-show line)" in md
    rows = list(csv.DictReader(io.StringIO(export_quotes(article(), quotes(), "csv"))))
    assert rows[0]["speaker"] == "Tamsin Vale" and rows[0]["start"] == "10" and rows[0]["end"] == "44"
    assert rows[1]["text"].startswith("'-- and then")
    recs = [json.loads(x) for x in export_quotes(article(), quotes(), "jsonl").splitlines()]
    assert recs[0]["path"] == "interviews/tamsin.txt" and recs[0]["url"] == "https://example.org/tamsin"
    assert recs[1]["speaker"] is None and recs[1]["kind"] == "in-show line"
    assert "No quotes found." in export_quotes(article(), [], "md")


def test_unknown_format_is_a_clear_error():
    with pytest.raises(ValueError, match="md, csv, jsonl"):
        export_hits(hits(), "xlsx")
    assert export_hits(hits(), "json") == export_hits(hits(), "jsonl")


def test_write_export_never_overwrites(tmp_path):
    text = export_hits(hits(), "csv")
    a = write_export(text, "csv", tmp_path / "out")
    b = write_export(text, "csv", tmp_path / "out")
    assert a != b and a.suffix == b.suffix == ".csv"
    assert a.read_bytes() == b.read_bytes() == text.encode()  # CSV keeps its \r\n untranslated
    assert a.name.startswith("byline-export-")


def test_export_module_is_headless():
    code = "import sys, search.export; sys.exit(any(m.startswith(('textual', 'rich')) for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_quotes_of_several_articles_share_one_header():
    other = Article("b.txt", "Second", "text", None)
    two = [(article(), quotes()), (other, [Quote("Yes.", 0, 4, "Ana Ruiz")])]
    rows = list(csv.DictReader(io.StringIO(export_quotes_many(two, "csv"))))
    assert [r["path"] for r in rows] == ["interviews/tamsin.txt", "interviews/tamsin.txt", "b.txt"]
    assert len(export_quotes_many(two, "jsonl").splitlines()) == 3
    md = export_quotes_many(two, "md")
    assert md.count("# Quotes from") == 2 and "> — Ana Ruiz" in md
