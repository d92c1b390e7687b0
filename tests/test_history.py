import json
import os
import stat

import pytest

from tui.history import HistoryCursor, SavedSearches, SearchHistory, data_dir


def test_data_dir_honours_xdg(tmp_path):
    assert data_dir({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path / "byline"


def test_history_persists_dedupes_newest_last(tmp_path):
    p = tmp_path / "d" / "history.json"
    h = SearchHistory(p)
    for q in ["eddie", "  quinn ", "", "eddie", "date:2022"]:
        h.add(q)
    assert h.entries == ["quinn", "eddie", "date:2022"]
    again = SearchHistory(p)
    assert again.entries == ["quinn", "eddie", "date:2022"]
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o600


def test_history_is_capped(tmp_path):
    h = SearchHistory(tmp_path / "h.json", cap=3)
    for n in range(10):
        h.add(f"q{n}")
    assert h.entries == ["q7", "q8", "q9"]
    assert SearchHistory(tmp_path / "h.json", cap=3).entries == ["q7", "q8", "q9"]


def test_two_apps_do_not_clobber_each_other(tmp_path):
    p = tmp_path / "h.json"
    a, b = SearchHistory(p), SearchHistory(p)
    a.add("from a")
    b.add("from b")
    assert SearchHistory(p).entries == ["from a", "from b"]


@pytest.mark.parametrize("content", ["{not json", '{"queries": 5}', "[1, 2]", '{"queries": [3, "ok", ""]}'])
def test_damaged_history_is_read_as_empty(tmp_path, content):
    p = tmp_path / "h.json"
    p.write_text(content)
    h = SearchHistory(p)
    assert h.entries in ([], ["ok"])
    h.add("new")
    assert json.loads(p.read_text())["queries"][-1] == "new"


def test_cursor_up_down_and_draft():
    c = HistoryCursor(["a", "b", "c"], draft="typed")
    assert c.at_draft
    assert c.down() is None
    assert [c.up(), c.up(), c.up(), c.up()] == ["c", "b", "a", None]
    assert [c.down(), c.down(), c.down(), c.down()] == ["b", "c", "typed", None]
    assert c.at_draft


def test_cursor_prefix_and_empty():
    c = HistoryCursor(["eddie", "quinn", "eddie munson"], draft="ed", prefix=True)
    assert [c.up(), c.up(), c.up()] == ["eddie munson", "eddie", None]
    empty = HistoryCursor([], draft="x")
    assert empty.up() is None and empty.down() is None


def test_history_cursor_from_history(tmp_path):
    h = SearchHistory(tmp_path / "h.json")
    h.add("one")
    h.add("two")
    c = h.cursor("")
    assert c.up() == "two" and c.up() == "one"


def test_saved_searches_persist_and_count_new(tmp_path):
    p = tmp_path / "saved.json"
    s = SavedSearches(p)
    s.save("quinn", 'actor:"Joseph Quinn"', total=3, ids=["a", "b", "c"])
    s.save("eddie", "Eddie")
    again = SavedSearches(p)
    assert [x.name for x in again.items()] == ["eddie", "quinn"]
    assert again.get("quinn").query == 'actor:"Joseph Quinn"'
    # after a re-index: one removed, two added -> two new, although the count grew by one
    assert again.new_since("quinn", 4, ids=["a", "b", "d", "e"]) == 2
    assert again.new_since("quinn", 5) == 2  # counts only
    assert again.new_since("quinn", 1) == 0
    assert again.new_since("eddie", 9) == 0  # never looked: nothing to compare with
    again.record_counts("eddie", 9)
    assert SavedSearches(p).new_since("eddie", 12) == 3
    assert again.remove("eddie") and not SavedSearches(p).get("eddie")
    assert not again.remove("eddie")


def test_saved_search_needs_name_and_query(tmp_path):
    s = SavedSearches(tmp_path / "s.json")
    with pytest.raises(ValueError):
        s.save("  ", "x")
    with pytest.raises(KeyError):
        s.record_counts("missing", 1)


def test_damaged_saved_file(tmp_path):
    p = tmp_path / "s.json"
    p.write_text('{"saved": [{"name": "x"}, {"name": "ok", "query": "q", "saved": "t"}, 7]}')
    s = SavedSearches(p)
    assert [x.name for x in s.items()] == ["ok"]
