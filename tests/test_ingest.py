"""Ingest of any folder: formats, metadata, dates, language, and walking real-world folders safely."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from search.ingest import files as ingest
from search.ingest.files import Source, load, read, walk
from search.ingest.formats.dates import normalise_date
from search.ingest.formats.frontmatter import split_front_matter
from search.ingest.language import detect

DATA = Path(__file__).parent / "data" / "ingest"


@pytest.fixture(scope="module")
def by_id():
    articles, skipped = load([DATA])
    return {a.id: a for a in articles}, {s.name: s.reason for s in skipped}


# -- Markdown ------------------------------------------------------------------------------------

def test_markdown_front_matter(by_id):
    a = by_id[0]["front-matter-note.md"]
    assert a.title == "It's a Wrap: \"Harbour Lights\" Ends Its Run After Five Seasons"
    assert a.date == "2023-03-14"
    assert a.author == "Wendell Oyelaran-Frost, Pia Drummond"
    assert a.url == "https://ledgerlines.example/tv/harbour-lights-finale"
    assert a.language == "en"


def test_markdown_reads_as_plain_text_without_repeating_the_heading(by_id):
    text = by_id[0]["front-matter-note.md"].text
    assert text.count("Ends Its Run") == 1  # the heading repeats the front-matter title
    assert "The coastal drama signed off on Sunday with a finale that nobody saw coming." in text
    assert '"We cried, then we ate cake, then we cried again," said creator Rufus Adeyemi-Clarke.' in text
    assert "Read the full interview and see the set photo gallery." in text
    for markup in ("**", "_nobody_", "](", "> ", "# ", "tags:"):
        assert markup not in text


def test_markdown_language_and_spanish_date_from_front_matter(by_id):
    a = by_id[0]["nota-lanzamiento.md"]
    assert (a.language, a.date) == ("es", "2024-03-14")
    assert a.title == "Estreno de 'La Casa del Faro' reúne a su elenco en Valencia"


def test_front_matter_reader():
    fields, body = split_front_matter(
        "---\ntitle: \"Say \\\"hi\\\"\"\ntags:\n  - a\n  - b\nempty:\nsub: plain # note\n---\nBody\n")
    assert fields == {"title": 'Say "hi"', "tags": ["a", "b"], "empty": None, "sub": "plain"}
    assert body == "Body\n"
    assert split_front_matter("--- not front matter\n") == ({}, "--- not front matter\n")
    assert split_front_matter("---\ntitle: never closed\n") == ({}, "---\ntitle: never closed\n")


# -- HTML ----------------------------------------------------------------------------------------

def test_html_metadata(by_id):
    a = by_id[0]["trade-page.html"]
    assert a.title == "Cobalt Pictures Sets Winter Date for ‘Lanternfish’"  # the <h1>, entities decoded
    assert a.date == "2023-11-02"  # article:published_time, not the JSON-LD of another object
    assert a.author == "Priya Castellane-Doyle"
    assert a.url == "https://reeldispatch.example/film/lanternfish-date"
    assert a.language == "en"


def test_html_body_is_the_article_in_paragraphs(by_id):
    text = by_id[0]["trade-page.html"].text
    assert text.split("\n\n") == [
        "Cobalt Pictures Sets Winter Date for ‘Lanternfish’",
        "The studio moves its deep-sea thriller into the holiday corridor.",  # the story's own header stays
        "Photo: Cobalt Pictures",  # captions and photo credits name people; they stay
        ("Cobalt Pictures will open the deep-sea thriller Lanternfish on December 8, "
        "the studio said on Thursday."),
        ("“It is a film about being lost in the dark,” director Benedek Sorensen-Achebe said, "
        "“so winter felt right.”"),
        "A crowded month",
        "Three other thrillers open the same week.",
        "Two of them are sequels.",
        "Line one of a poem\nline two of a poem",
    ]


def test_html_without_article_or_h1_uses_page_metadata(by_id):
    a = by_id[0]["fan-blog.htm"]
    assert a.title == "Ten Things We Spotted in the 'Moonrakers' Trailer"  # og:title
    assert a.date == "2024-02-29"  # JSON-LD BlogPosting in an @graph
    assert a.author == "Juniper Okafor-Lind"
    assert "Archive" not in a.text
    assert a.text.endswith("First, the moon is back, and it looks angrier than ever.\n\n"
                           "Second, the lighthouse keeper has a new coat. We have theories.")


def test_html_title_falls_back_to_title_tag_without_site_name(tmp_path):
    (tmp_path / "bare.html").write_text(
        "<html><head><title>Quiet Return for 'Marrow' – Slate Notes</title></head>"
        "<body><p>Words here.</p><script>alert(1)</script></body></html>", encoding="utf-8")
    [a], _ = load([tmp_path])
    assert a.title == "Quiet Return for 'Marrow'"
    assert a.text == "Quiet Return for 'Marrow'\n\nWords here."


def test_html_entities_cannot_smuggle_control_characters(tmp_path):
    (tmp_path / "evil.html").write_text(
        "<article><h1>Hi&#27;[2J</h1><p>Bell&#7; and &#x9b;31m</p></article>", encoding="utf-8")
    [a], _ = load([tmp_path])
    assert a.title == "Hi␛[2J"
    assert "␇" in a.text and "\x07" not in a.text and "\x9b" not in a.text


# -- JSON and JSON Lines --------------------------------------------------------------------------

def test_json_list_records(by_id):
    articles, skipped = by_id
    one, four = articles["export.json#1"], articles["export.json#4"]
    assert (one.title, one.date, one.author, one.url) == (
        "Arden Cole Joins 'Salt Road' Revival", "2024-03-01", "Tomasz Ibekwe", "https://wirehouse.example/salt-road")
    assert one.text == ("Arden Cole Joins 'Salt Road' Revival\n\n"
                        "Arden Cole has signed on for the revival of Salt Road.\n\nProduction starts in May.")
    assert four.text == "Second Record\n\nFirst paragraph of the second record.\n\nIts second paragraph."
    assert four.date == "2024-03-03"
    assert skipped["export.json record 2"] == "not a JSON object"
    assert skipped["export.json record 3"].startswith("no text")


def test_json_single_object_is_one_article_whose_body_already_has_the_title(by_id):
    a = by_id[0]["single.json"]
    assert a.text == "One Object, One Article\n\nA file that holds a single record is a single article."
    assert (a.date, a.author) == ("2024-01-05", "Ines Varga, Dele Moreau")


def test_json_wrapper_object_and_broken_file(tmp_path):
    (tmp_path / "wrapped.json").write_text('{"articles": [{"title": "T", "text": "Words."}]}',
                                            encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"title": "cut off', encoding="utf-8")
    articles, skipped = load([tmp_path])
    assert [a.id for a in articles] == ["wrapped.json#1"]
    assert [str(s) for s in skipped] == [("Skipped broken.json: invalid JSON (unterminated string starting "
                                         "at column 11)")]


def test_jsonl_blank_lines_and_non_objects(tmp_path):
    (tmp_path / "feed.jsonl").write_text('\n{"title": "A", "content": "Alpha."}\n\n[1, 2]\n',
                                          encoding="utf-8")
    articles, skipped = load([tmp_path])
    assert [a.id for a in articles] == ["feed.jsonl#2"]
    assert [str(s) for s in skipped] == ["Skipped feed.jsonl line 4: not a JSON object"]


# -- plain text: byline dates and authors ---------------------------------------------------------

def test_txt_byline_block_gives_author_and_date(by_id):
    a = by_id[0]["byline-dated.txt"]
    assert (a.author, a.date) == ("Hollis Vandermeer", "2024-03-03")
    assert "By Hollis Vandermeer | The Daily Marquee" in a.text  # .txt text is the file as written


def test_a_date_inside_prose_is_not_the_articles_date(by_id):
    assert by_id[0]["prose-date.txt"].date is None


def test_header_date_wins_over_byline(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2021-01-01\nHeadline\n\nBy Ana Ruiz\nMay 5, 2020\n\nBody.",
                                    encoding="utf-8")
    [a], _ = load([tmp_path])
    assert (a.date, a.author) == ("2021-01-01", "Ana Ruiz")


@pytest.mark.parametrize("value, expected", [
    ("2024-07-20T19:42:00-07:00", "2024-07-20"), ("July 2, 2024 10:14am PT", "2024-07-02"),
    ("Sept. 9, 2024", "2024-09-09"), ("3 March 2024", "2024-03-03"), ("21 de julio de 2024", "2024-07-21"),
    ("2024/02/29", "2024-02-29"), (1709251200, "2024-03-01"), (1709251200000, "2024-03-01"),
    ("2023-02-30", None), ("yesterday", None), (None, None), (True, None),
])
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


# -- language -------------------------------------------------------------------------------------

def test_language_by_stopwords(by_id):
    assert by_id[0]["resena-es.txt"].language == "es"
    assert by_id[0]["trade-page.html"].language == "en"
    assert detect("Hola") == "en"  # too short to tell: the default
    french = "Le film est sorti dans les salles et il a été salué par la critique pour son audace."
    assert detect(french) == "fr"


# -- walking folders -------------------------------------------------------------------------------

def _tree(root: Path) -> None:
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".git" / "objects").mkdir(parents=True)
    (root / ".hidden-dir").mkdir()
    (root / "node_modules").mkdir()
    for p in ("a.txt", "sub/b.md", "sub/deeper/c.jsonl", ".git/objects/x.txt", ".hidden-dir/y.txt",
              ".secret.txt", "node_modules/z.txt", "notes.docx", "image.png"):
        body = '{"title": "T", "text": "Words."}' if p.endswith("jsonl") else "Headline\n\nWords."
        (root / p).write_text(body, encoding="utf-8")


def test_walk_is_recursive_and_leaves_out_hidden_and_vcs(tmp_path):
    _tree(tmp_path)
    assert [s.rel for s in walk([tmp_path])] == ["a.txt", "sub/b.md", "sub/deeper/c.jsonl"]
    [src] = walk([tmp_path / "sub" / "b.md"])
    assert (src.rel, src.size) == ("b.md", len("Headline\n\nWords."))


def test_symlink_loops_are_safe(tmp_path):
    _tree(tmp_path)
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    os.symlink(tmp_path / "sub", tmp_path / "sub" / "deeper" / "back")
    rels = [s.rel for s in walk([tmp_path])]
    assert sorted(rels) == ["a.txt", "sub/b.md", "sub/deeper/c.jsonl"]


def test_a_named_file_is_read_whatever_its_suffix(tmp_path):
    (tmp_path / "README").write_text("Plain Headline\n\nSome words.", encoding="utf-8")
    [a], _ = load([tmp_path / "README"])
    assert a.title == "Plain Headline"


def test_missing_path_is_a_skip_not_an_exception(tmp_path):
    articles, [skip] = load([tmp_path / "nope"])
    assert articles == [] and str(skip) == "Skipped nope: no such file or folder"


def test_file_that_vanishes_after_listing(tmp_path):
    (tmp_path / "gone.txt").write_text("Headline\n\nWords.", encoding="utf-8")
    [src] = walk([tmp_path])
    (tmp_path / "gone.txt").unlink()
    assert read(src) == ([], [ingest.Skipped("gone.txt", "disappeared before it could be read")])


def test_unreadable_file(tmp_path, monkeypatch):
    (tmp_path / "locked.txt").write_text("Headline\n\nWords.", encoding="utf-8")
    [src] = walk([tmp_path])
    real_open = os.open

    def deny(path, *args, **kwargs):
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("os.open", deny)
    assert read(src)[1] == [ingest.Skipped("locked.txt", "cannot be read (permission denied)")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_folder_and_file_by_mode(tmp_path):
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "x.txt").write_text("Headline\n\nWords.", encoding="utf-8")
    (tmp_path / "locked.txt").write_text("Headline\n\nWords.", encoding="utf-8")
    (tmp_path / "locked.txt").chmod(0)
    (tmp_path / "closed").chmod(0)
    try:
        articles, skipped = load([tmp_path])
    finally:
        (tmp_path / "closed").chmod(0o700)
    assert articles == []
    assert {s.name for s in skipped} == {"closed", "locked.txt"}


def test_source_keeps_size_and_mtime_for_incremental_indexing(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Headline\n\nWords.", encoding="utf-8")
    [src] = walk([tmp_path])
    assert isinstance(src, Source)
    assert (src.size, src.mtime_ns) == (p.stat().st_size, p.stat().st_mtime_ns)


def test_unreadable_folder_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "x.txt").write_text("Headline\n\nWords.", encoding="utf-8")
    (tmp_path / "open.txt").write_text("Headline\n\nWords.", encoding="utf-8")
    real_scandir = os.scandir

    def deny(path="."):
        if Path(path).name == "closed":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", deny)
    articles, skipped = load([tmp_path])
    assert [a.id for a in articles] == ["open.txt"]
    assert [str(s) for s in skipped] == ["Skipped closed: folder cannot be read (permission denied)"]


def test_messy_page_without_article_element():
    [a], _ = load([DATA / "messy-trade.html"])
    assert a.title == "Wren Atherton Boards ‘Night Orchard’ Limited Series"  # the printed <h1>, not og:title
    assert a.date == "2023-06-21"  # the printed dateline: the page has no date metadata
    paragraphs = a.text.split("\n\n")
    assert paragraphs[1].startswith("Wren Atherton has joined the cast of Night Orchard")
    assert "“I read the first script on a train and missed my stop,” Atherton said in a statement. “Twice.”" \
        in paragraphs
    assert "Hester is the role I have been waiting for. See you in the orchard." in paragraphs  # a post
    assert paragraphs[-1] == "Atherton is represented by Ledger Talent and Quayle & Moss."
    for furniture in ("Advertisement", "RELATED", "Share on X", "Tags:", "Another Story", "Great news",
                      "All rights reserved", "Film", "Stage & Screen Daily"):
        assert furniture not in a.text


def test_h1_holding_the_site_name_is_not_the_headline():
    [a], _ = load([DATA / "blog-sitename-h1.html"])
    assert a.title == "Why the 'Harrowgate' Finale Needed One More Episode"
    assert a.date == "2022-10-04"
    assert a.text.split("\n\n")[1].startswith("Harrowgate ended on Sunday")
    assert "2021" not in a.text


def test_h1_holding_a_photo_caption_is_not_the_headline():
    [a], _ = load([DATA / "caption-h1.html"])
    assert a.title == "Lighthouse Drama 'Beacon Row' Renewed for a Third Season"


def test_jsonl_export_larger_than_the_cap_is_read_record_by_record(tmp_path):
    record = {"title": "Record", "body": "word " * 60}
    lines = [json.dumps({**record, "title": f"Record {n}"}) for n in range(1, 41)]
    lines[6] = json.dumps({"title": "Too long", "body": "x" * 5000})
    (tmp_path / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert (tmp_path / "export.jsonl").stat().st_size > 4096
    articles, skipped = load([tmp_path], max_bytes=4096)
    assert len(articles) == 39 and articles[-1].id == "export.jsonl#40"
    assert [str(s) for s in skipped] == ["Skipped export.jsonl line 7: longer than the 4 KiB limit"]


def test_jsonl_line_in_windows_1252_gets_the_notice(tmp_path):
    good = json.dumps({"title": "Plain", "body": "Plain words."}).encode()
    cp = '{"title": "\u201cCurly\u201d", "body": "Caf\u00e9 words."}'.encode("cp1252")
    (tmp_path / "mixed.jsonl").write_bytes(good + b"\n" + cp + b"\n")
    a, b = load([tmp_path])[0]
    assert (a.notice, b.notice) == (None, "decoded as Windows-1252")
    assert b.title == "“Curly”" and "Café" in b.text


def test_utf16_jsonl_and_binary_jsonl(tmp_path):
    (tmp_path / "wide.jsonl").write_bytes('{"title": "Wide", "text": "Words."}\n'.encode("utf-16"))
    (tmp_path / "noise.jsonl").write_bytes(b'{"title": "x"}\n\x00\x01\x02' * 10)
    articles, skipped = load([tmp_path])
    assert [a.id for a in articles] == ["wide.jsonl#1"]
    assert [str(s) for s in skipped] == ["Skipped noise.jsonl: not a text file (binary data)"]


def test_json_file_may_exceed_the_per_article_cap(tmp_path):
    records = [{"title": f"R{n}", "text": "word " * 100} for n in range(20)]
    (tmp_path / "many.json").write_text(json.dumps(records), encoding="utf-8")
    articles, skipped = load([tmp_path], max_bytes=4096)
    assert len(articles) == 20 and skipped == []


def test_page_language_comes_from_its_words_not_the_site_template(tmp_path):
    (tmp_path / "es.html").write_text(
        '<html lang="en"><body><article><h1>El reparto vuelve</h1><p>La serie vuelve en enero con una '
        "segunda temporada, según dijo la plataforma, y el reparto habló de los nuevos episodios para "
        "los fans que esperaban la noticia.</p></article></body></html>", encoding="utf-8")
    short = '<html lang="es"><title>Noticias</title><body><p>Hola</p></body></html>'
    (tmp_path / "short.html").write_text(short, encoding="utf-8")
    languages = {a.id: a.language for a in load([tmp_path])[0]}
    assert languages == {"es.html": "es", "short.html": "es"}  # too short to judge: the page's word stands


def test_web_page_in_a_declared_legacy_encoding(tmp_path):
    latin = ('<meta charset="iso-8859-1"><article><h1>Caf\u00e9 Society</h1>'
             "<p>\u201cOui,\u201d she said.</p></article>")
    (tmp_path / "latin.html").write_bytes(latin.encode("cp1252"))
    cyrillic = ('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
                "<article><h1>Новости кино</h1><p>Премьера состоится в марте.</p></article>")
    (tmp_path / "koi8.html").write_bytes(cyrillic.encode("koi8_r"))
    by = {a.id: a for a in load([tmp_path])[0]}
    assert by["latin.html"].title == "Café Society" and "“Oui,” she said." in by["latin.html"].text
    assert by["latin.html"].notice == "decoded as Windows-1252"
    assert by["koi8.html"].title == "Новости кино"
    assert by["koi8.html"].notice == "decoded as koi8-r (declared by the page)"


def test_impossible_header_date_is_no_date(tmp_path):
    (tmp_path / "a.txt").write_text(" date 2024-13-40\nHeadline\n\nBody.", encoding="utf-8")
    [a], _ = load([tmp_path])
    assert a.date is None and a.title == "Headline"


@pytest.mark.parametrize("line, author, date", [
    ("By Hollis Vandermeer Published Jul 5, 2022", "Hollis Vandermeer", "2022-07-05"),
    ("By Hollis Vandermeer Updated: July 5, 2022", "Hollis Vandermeer", "2022-07-05"),
    ("By Hollis Vandermeer | The Daily Marquee · July 20, 2024", "Hollis Vandermeer", "2024-07-20"),
    ("By HOLLIS VANDERMEER and ANA RUIZ", "HOLLIS VANDERMEER and ANA RUIZ", None),
    ("Por Ana María Ruiz de la Vega", "Ana María Ruiz de la Vega", None),
    ("By Ana Ruiz, Senior Film Editor", "Ana Ruiz", None),
    ("Published: 05 Jul 2022, 14:30 BST", None, "2022-07-05"),
    ("July 5, 2022 / 4:30 PM / Reel Notes", None, "2022-07-05"),
    ("Publicado el 21 de julio de 2024", None, "2024-07-21"),
    ("The film opens July 4, 2025.", None, None),
    ("By the end of July 4, 2025 everyone had seen it twice.", None, None),
])
def test_byline_and_dateline_lines(line, author, date):
    from search.ingest.formats.bylines import BYLINE, dateline_date

    m = BYLINE.match(line)
    assert (m["name"] if m else None, dateline_date(line)) == (author, date)


def test_json_body_stored_as_html(tmp_path):
    record = {"title": "Marrow &amp; Me",
              "content": "<p>First <em>paragraph</em>.</p>\n<p>Second&nbsp;one.</p><script>track()</script>"}
    (tmp_path / "cms.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    [a], _ = load([tmp_path])
    assert a.title == "Marrow & Me"
    assert a.text == "Marrow & Me\n\nFirst paragraph.\n\nSecond one."


def test_file_names_are_shown_inert(tmp_path):
    (tmp_path / "evil\x1b[2J.txt").write_text("Headline\n\nWords.", encoding="utf-8")
    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text("", encoding="utf-8")
    articles, skipped = load([tmp_path])
    assert [a.id for a in articles] == ["evil␛[2J.txt"]
    # The source stays the real path, for scripts to open; it is made inert wherever it is shown.
    assert Path(articles[0].source) == tmp_path / "evil\x1b[2J.txt"
    assert [str(s) for s in skipped] == ["Skipped caf\ufffd.txt: file is empty"]
    str(skipped[0]).encode("utf-8")  # printable: no lone surrogates


def test_links_to_one_file_give_one_article_and_a_broken_link_is_named(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nWords.", encoding="utf-8")
    os.link(tmp_path / "a.txt", tmp_path / "b.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "c.txt")
    os.symlink(tmp_path / "missing.txt", tmp_path / "d.txt")
    articles, skipped = load([tmp_path])
    assert [a.id for a in articles] == ["a.txt"]
    assert [str(s) for s in skipped] == ["Skipped d.txt: is a link to a file that does not exist"]


def test_page_or_note_without_article_text_is_a_skip(tmp_path):
    shell = ('<html><head><title>Loading…</title></head><body><div id="root"></div>'
             "<script>render()</script></body></html>")
    (tmp_path / "shell.html").write_text(shell, encoding="utf-8")
    (tmp_path / "stub.md").write_text("---\ntitle: Only a Title\n---\n", encoding="utf-8")
    (tmp_path / "one-line.txt").write_text("A note of one line", encoding="utf-8")
    articles, skipped = load([tmp_path])
    assert [a.id for a in articles] == ["one-line.txt"]
    assert {s.name: s.reason for s in skipped} == {
        "shell.html": "no article text in the page (it may be filled in by a script when viewed)",
        "stub.md": "no article text"}


def test_page_without_metadata_takes_byline_and_date_from_its_text():
    [a], _ = load([DATA / "plain-page.html"])
    assert a.title == "Tidewater Festival Adds a Midnight Section"
    assert (a.author, a.date) == ("Solveig Ardent-Mbeki", "2023-03-03")
    assert "March 3, 2023" not in a.text  # a bare dateline is metadata on a web page
    assert '"We kept turning away films that only work at midnight," programmer Idris' in a.text
