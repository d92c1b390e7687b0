"""Every ingest line of ``devcorpus/bad/expected.md``: hostile and awkward files, and what users get."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from search.ingest.files import load, read, walk
from search.model import Article

BAD = Path(__file__).parent / "data" / "devcorpus" / "bad"
CASES = ["empty.txt", "binary-noise.txt", "cp1252-curly-quotes.txt", "malformed-line.jsonl",
         "markup-and-escapes.txt", "crlf-line-endings.txt", "utf8-bom.txt"]

# The same construction as tools/make_bad.py: a header, a headline, one paragraph repeated to 6 MiB.
HUGE_HEAD = " date 2024-06-06\nStress Test: The Same Paragraph, Over and Over Again\n\n"
HUGE_PARA = (
    "The archive team at Lumen+ says it keeps every press release the streamer has ever sent, and this "
    "one has been sent far too many times. \u201cWe\u2019re going to need a bigger index,\u201d "
    "said archivist "
    "Nadia Okonkwo-Bell, who plays no one on television. The paragraph repeats \u2014 and repeats\u2026 "
    "until the file is six mebibytes long.\n\n"
)


def make_huge(folder: Path) -> Path:
    head, para = HUGE_HEAD.encode(), HUGE_PARA.encode()
    reps = -(-(6 * 1024 * 1024 - len(head)) // len(para))
    path = folder / "huge-6mb.txt"
    path.write_bytes(head + para * reps)
    return path


def _fields(a: Article) -> list[str]:
    return [v for v in (a.id, a.title, a.text, a.date, a.language, a.author, a.url, a.source, a.notice) if v]


def _controls(text: str) -> list[str]:
    return [ch for ch in text if (ord(ch) < 0x20 and ch not in "\n\t") or 0x7F <= ord(ch) < 0xA0]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The bad folder as a user would point byline at it, with the 6 MB file built in place."""
    folder = tmp_path_factory.mktemp("bad")
    for name in CASES:
        shutil.copy(BAD / name, folder / name)
    make_huge(folder)
    articles, skipped = load([folder])
    return {a.id: a for a in articles}, [str(s) for s in skipped]


def test_one_bad_file_never_stops_the_others(corpus):
    articles, skipped = corpus
    assert sorted(articles) == sorted([
        "cp1252-curly-quotes.txt", "crlf-line-endings.txt", "markup-and-escapes.txt", "utf8-bom.txt",
        *(f"malformed-line.jsonl#{n}" for n in (1, 2, 4, 5)),
    ])
    assert len(skipped) == 4


def test_each_skip_is_reported_once_with_name_and_reason(corpus):
    _, skipped = corpus
    assert "Skipped empty.txt: file is empty" in skipped
    assert "Skipped binary-noise.txt: not a text file (binary data)" in skipped
    assert "Skipped huge-6mb.txt: 6.0 MiB exceeds the 5 MiB limit" in skipped
    [bad_line] = [s for s in skipped if "malformed-line.jsonl" in s]
    assert bad_line.startswith("Skipped malformed-line.jsonl line 3: invalid JSON (unterminated string")
    assert len(set(skipped)) == len(skipped)
    for message in skipped:
        assert "Traceback" not in message and "Error" not in message


def test_no_control_character_in_any_article_field(corpus):
    articles, _ = corpus
    for a in articles.values():
        for value in _fields(a):
            assert _controls(value) == [], (a.id, value[:80])


# -- empty.txt and binary-noise.txt ---------------------------------------------------------------

def test_whitespace_only_file_is_empty_too(tmp_path):
    (tmp_path / "blank.txt").write_bytes(b" \r\n\t\n")
    (tmp_path / "bom-only.md").write_bytes(b"\xef\xbb\xbf")
    _, skipped = load([tmp_path])
    assert sorted(map(str, skipped)) == [
        "Skipped blank.txt: file is empty", "Skipped bom-only.md: file is empty"]


def test_binary_is_found_by_content_not_by_name(tmp_path):
    noise = (BAD / "binary-noise.txt").read_bytes()
    assert b"\x00" in noise
    for name in ("noise.md", "noise.html", "noise.jsonl"):
        (tmp_path / name).write_bytes(noise)
    (tmp_path / "controls.txt").write_bytes(bytes(range(1, 9)) * 200 + b"some words")
    (tmp_path / "garbled.txt").write_bytes(bytes([0x81, 0x8D, 0x41, 0x0E]) * 300)
    articles, skipped = load([tmp_path])
    assert articles == []
    reasons = {s.name: s.reason for s in skipped}
    assert set(reasons) == {"noise.md", "noise.html", "noise.jsonl", "controls.txt", "garbled.txt"}
    assert all(r == "not a text file (binary data)" for r in reasons.values())


# -- cp1252-curly-quotes.txt ----------------------------------------------------------------------

def test_cp1252_is_decoded_with_a_notice(corpus):
    a = corpus[0]["cp1252-curly-quotes.txt"]
    assert a.notice == "decoded as Windows-1252"
    assert a.title == ("‘Lowfield’ Director Calls Linnea Hart’s Sheriff "
                       "“the Least Heroic Hero I’ve Ever Written”")
    assert a.date == "2024-04-04"
    for quote in ("“Josie is a sheriff who’s terrified of her own badge,”",
                  ("“Linnea played her like a woman who keeps waiting to be found out… "
                  "and nobody ever finds her out.”"),
                  "“a holiday from nuns.”", "roadside café"):
        assert quote in a.text
    for mojibake in ("â€", "Ã©", "\ufffd"):
        assert mojibake not in a.text and mojibake not in a.title


def test_utf8_files_get_no_encoding_notice(corpus):
    assert corpus[0]["utf8-bom.txt"].notice is None and corpus[0]["crlf-line-endings.txt"].notice is None


def test_undecodable_8bit_text_is_skipped_with_the_byte(tmp_path):
    # Mostly high bytes that are not letters in Windows-1252: not prose in any encoding byline knows.
    (tmp_path / "odd.txt").write_bytes(b"Plain start " + bytes([0xA4, 0xA6, 0xB1, 0xD7]) * 40)
    _, [skip] = load([tmp_path])
    assert skip.reason == "not valid UTF-8 (byte 0xa4 at offset 12)"


# -- malformed-line.jsonl -------------------------------------------------------------------------

def test_jsonl_keeps_line_numbers_as_ids(corpus):
    articles, _ = corpus
    titles = {k: a.title for k, a in articles.items() if k.startswith("malformed-line.jsonl")}
    assert titles == {
        "malformed-line.jsonl#1": "Halcyon Orders Second Season of 'Bramblewood' Spinoff 'Ashby Hall'",
        "malformed-line.jsonl#2": "'Pocket Comets' Rounds Out Voice Cast",
        "malformed-line.jsonl#4": "Kestrel TV Dates 'Cinderfall' Premiere",
        "malformed-line.jsonl#5": "'The Quiet Orchard' Crosses $50 Million Domestic",
    }
    dates = [articles[f"malformed-line.jsonl#{n}"].date for n in (1, 2, 4, 5)]
    assert dates == ["2024-03-01", "2024-04-18", "2024-10-09", "2024-10-01"]
    assert '"We owe this to Ottoline,"' in articles["malformed-line.jsonl#1"].text
    assert not any("Tidewater Film Festival" in a.title for a in articles.values())


# -- markup-and-escapes.txt -----------------------------------------------------------------------

def test_markup_title_and_text_are_kept_literally(corpus):
    a = corpus[0]["markup-and-escapes.txt"]
    assert a.title == ("[bold red]WIN[/] a Walk-On Role in 'Glasswater' Season 3? "
                       "Lumen+ Says the Viral Contest Is Fake")
    assert a.date == "2024-12-01"
    for literal in ("[link=file:///etc/passwd]click[/link]", ":warning:", ":money_bag:",
                    '"We are not running any contest, and please do not click that,"',
                    '"If a message says [blink]URGENT[/blink] or ends in [/link], it did not come from us."'):
        assert literal in a.text


def test_control_sequences_are_made_visible_not_removed(corpus):
    text = corpus[0]["markup-and-escapes.txt"].text
    assert "␛[2J" in text
    assert "␛]52;c;ZWNobyBwd25lZA==␇" in text
    assert "␛]0;pwned␇" in text
    assert "␛]8;;https://phish.example/claim␛\\claim your prize␛]8;;␛\\" in text
    assert "␛[31mthis text was meant to turn red␛[0m" in text
    assert "renewed␍Glasswater has been CANCELLED" in text  # a stray CR in an LF file is not a line break
    assert text.count("␇") == 3


def test_inert_text_keeps_offsets_of_the_source(corpus):
    raw = (BAD / "markup-and-escapes.txt").read_text(encoding="utf-8").removeprefix(" date 2024-12-01\n")
    text = corpus[0]["markup-and-escapes.txt"].text
    assert len(text) == len(raw.strip("\n"))
    i = raw.index("Dana Whitlock-Ferro")
    assert text[i:i + len("Dana Whitlock-Ferro")] == "Dana Whitlock-Ferro"


# -- huge-6mb.txt ---------------------------------------------------------------------------------

def test_huge_file_is_accepted_under_a_larger_cap(tmp_path):
    path = make_huge(tmp_path)
    assert path.stat().st_size == 6_291_551
    [src] = walk([path])
    [a], skipped = read(src, max_bytes=8 * 1024 * 1024)
    assert skipped == []
    assert a.title == "Stress Test: The Same Paragraph, Over and Over Again"
    assert a.date == "2024-06-06"
    assert a.text.count("bigger index") == 19_240


def test_cap_is_configurable_and_named_in_the_message(tmp_path):
    (tmp_path / "long.txt").write_text("Headline\n\n" + "word " * 400, encoding="utf-8")
    _, [skip] = load([tmp_path], max_bytes=1024)
    assert str(skip) == "Skipped long.txt: 2 KiB exceeds the 1 KiB limit"


# -- crlf-line-endings.txt and utf8-bom.txt -------------------------------------------------------

def test_crlf_parses_exactly_like_lf(corpus, tmp_path):
    crlf = corpus[0]["crlf-line-endings.txt"]
    lf_bytes = (BAD / "crlf-line-endings.txt").read_bytes().replace(b"\r\n", b"\n")
    cr_bytes = lf_bytes.replace(b"\n", b"\r")
    (tmp_path / "lf.txt").write_bytes(lf_bytes)
    (tmp_path / "cr.txt").write_bytes(cr_bytes)
    articles, _ = load([tmp_path])
    for other in articles:
        assert (other.title, other.text, other.date) == (crlf.title, crlf.text, crlf.date)
    assert crlf.title == ("Kestrel TV Wraps 'Cinderfall' Table Read as Roderick Vane Teases "
                          "a \"Very Quiet\" Fire Chief")
    assert crlf.date == "2024-08-14"
    assert "\r" not in crlf.text and "␍" not in crlf.text
    assert ('"You sit in a room with forty people reading a fire into existence, '
            'and suddenly you can smell it,"') in crlf.text
    assert all(not line.endswith((" ", "\r")) for line in crlf.text.split("\n"))
    for quote in ('"Very Quiet"', "'Cinderfall'", '"the first time the town felt real."',
                  '"I went home and washed my hair twice."', '"Ezra is a very quiet man,"',
                  "\"I'm told I'm also a very quiet man. So it's typecasting.\"",
                  '"There was a scene that read beautifully on the page and died in the room,"',
                  "\"Now it's gone. That's what table reads are for.\""):
        assert quote in crlf.text


def test_crlf_in_every_format(tmp_path):
    (tmp_path / "note.md").write_bytes(
        b"---\r\ntitle: Windows Note\r\ndate: 2024-01-02\r\n---\r\n\r\nBody line.\r\n")
    (tmp_path / "page.html").write_bytes(
        b"<article>\r\n<h1>Windows Page</h1>\r\n<p>One\r\ntwo</p>\r\n</article>")
    (tmp_path / "feed.jsonl").write_bytes(b'{"title": "Windows Feed", "body": "A\\r\\n\\r\\nB"}\r\n')
    articles, skipped = load([tmp_path])
    assert skipped == []
    texts = {a.id: a.text for a in articles}
    assert texts == {"feed.jsonl#1": "Windows Feed\n\nA\n\nB", "note.md": "Windows Note\n\nBody line.",
                     "page.html": "Windows Page\n\nOne two"}
    assert {a.date for a in articles} == {None, "2024-01-02"}


def test_bom_is_dropped(corpus):
    a = corpus[0]["utf8-bom.txt"]
    assert a.title == "‘Pocket Comets’ Cast Remembers Ottoline Brisk at Premiere"
    assert a.date == "2024-09-02"
    assert "\ufeff" not in a.text and not a.title.startswith(" date")
    assert a.text.startswith("‘Pocket Comets’ Cast")
    for quote in ("“She did every take like it was opening night in the West End,”",
                  "“Then she’d ask for a biscuit.”", "“Louder, darling. Robots don’t mumble.”"):
        assert quote in a.text


def test_utf16_with_bom_is_read(tmp_path):
    text = " date 2024-05-05\nUTF-16 Headline\n\nSaved by an old Windows editor.\n"
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    [a], _ = load([tmp_path])
    assert (a.title, a.date) == ("UTF-16 Headline", "2024-05-05")


def test_mangled_files_never_raise_and_stay_inert(tmp_path):
    """Random byte damage to real articles of every format: a skip or an inert article, never an exception."""
    import random

    originals = [p for p in (Path(__file__).parent / "data" / "devcorpus" / "articles").iterdir()]
    originals += [p for p in (Path(__file__).parent / "data" / "ingest").iterdir()]
    rng = random.Random(20241125)
    for n in range(150):
        src = rng.choice(originals)
        data = bytearray(src.read_bytes())
        for _ in range(rng.randrange(1, 40)):
            i = rng.randrange(len(data))
            data[i:i + rng.randrange(1, 8)] = rng.randbytes(rng.randrange(0, 8))
        path = tmp_path / f"m{n}{src.suffix}"
        path.write_bytes(bytes(data))
        [source] = walk([path])
        articles, skipped = read(source)
        assert articles or skipped
        for a in articles:
            for value in _fields(a):
                assert _controls(value) == []


def test_deeply_nested_json_is_a_skip(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    (tmp_path / "deep.jsonl").write_text("[" * 100000 + "]" * 100000 + "\n", encoding="utf-8")
    articles, skipped = load([tmp_path])
    assert articles == [] and len(skipped) == 2
