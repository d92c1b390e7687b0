"""The copy store writes bucket members and sentence counts at its commit, in key order; until
then it answers from them and from its tables alike, as if each had been written at once."""

from __future__ import annotations

from search.copies.index import prepare
from search.copies.store import CopyStore
from search.model import Article

KEY, OTHER = 1 << 40 | 7, 2 << 40 | 9


def _doc(n: int, text: str = ""):
    body = text or f"Orchard keeper number {n} spoke to the town council about the harvest. It went well."
    return prepare(Article(id=f"a{n}.txt", title=f"Story {n}", text=body))


def _row(store: CopyStore, doc_id: str) -> int:
    return store._db.execute("SELECT n FROM docs WHERE id=?", (doc_id,)).fetchone()[0]


def test_members_added_since_the_commit_are_read_with_the_written_ones(tmp_path):
    store = CopyStore(tmp_path / "copies.sqlite")
    first = _doc(1)
    store.put(first, [KEY])
    store.commit()
    second = _doc(2)
    store.put(second, [KEY, OTHER])
    want = sorted([_row(store, "a1.txt"), _row(store, "a2.txt")])
    assert sorted(store.buckets([[KEY]], cap=10)[0]) == want
    assert store.buckets([[OTHER]], cap=10)[0] == [_row(store, "a2.txt")]
    assert store.buckets([[KEY], [OTHER]], cap=10) == [store.buckets([[KEY]], cap=10)[0], [_row(store, "a2.txt")]]
    store.close()
    reopened = CopyStore(tmp_path / "copies.sqlite")
    assert sorted(reopened.buckets([[KEY]], cap=10)[0]) == want


def test_a_bucket_filled_before_the_commit_is_full(tmp_path):
    store = CopyStore(tmp_path / "copies.sqlite")
    for n in range(3):
        store.put(_doc(n), [KEY])
    assert store.buckets([[KEY]], cap=2)[0] == []
    store.put(_doc(3), [KEY])  # a full bucket takes no one
    store.commit()
    assert store.buckets([[KEY]], cap=10)[0] == []
    assert store._db.execute("SELECT COUNT(*) FROM buckets").fetchone()[0] == 0


def test_an_article_removed_before_the_commit_leaves_its_buckets_and_counts(tmp_path):
    store = CopyStore(tmp_path / "copies.sqlite")
    keep, gone = _doc(1), _doc(2)
    store.put(keep, [KEY])
    store.put(gone, [KEY, OTHER])
    store.delete(gone.id, [KEY, OTHER], gone.keys)
    assert store.buckets([[KEY, OTHER]], cap=10)[0] == [_row(store, "a1.txt")]
    assert store.common_lines(keep.keys, at_least=1) == set(keep.keys)
    assert store.common_lines(gone.keys, at_least=1) == set(gone.keys) & set(keep.keys)


def test_sentence_counts_add_up_across_the_commit(tmp_path):
    store = CopyStore(tmp_path / "copies.sqlite")
    docs = [_doc(n, "The council met at noon. Every farmer came to hear the verdict on the orchard.")
            for n in range(3)]
    keys = set(docs[0].keys)
    assert keys
    store.put(docs[0], [])
    store.commit()
    store.put(docs[1], [])
    assert store.common_lines(list(keys), at_least=2) == keys
    assert store.common_lines(list(keys), at_least=3) == set()
    store.put(docs[2], [])
    assert store.common_lines(list(keys), at_least=3) == keys
    store.commit()
    assert store.common_lines(list(keys), at_least=3) == keys


def test_edges_read_again_follow_every_change_to_them(tmp_path):
    from search.copies.judge import Verdict

    store = CopyStore(tmp_path / "copies.sqlite")
    docs = [_doc(n) for n in range(4)]
    for d in docs:
        store.put(d, [])
    assert store.copies_of("a0.txt") == {} and store.stories_of("a0.txt") == set()
    store.add_copy("a0.txt", "a1.txt", Verdict(copy=True, original="a1.txt", evidence=["same words"]))
    assert list(store.copies_of("a0.txt")) == ["a1.txt"]
    store.add_story("a0.txt", "a2.txt")
    assert store.stories_of("a0.txt") == {"a2.txt"}
    # What one asker does with its answer is not the next one's answer.
    store.copies_of("a0.txt").clear()
    store.stories_of("a0.txt").add("a9.txt")
    assert list(store.copies_of("a0.txt")) == ["a1.txt"] and store.stories_of("a0.txt") == {"a2.txt"}
    assert list(store.copies_of("a1.txt")) == ["a0.txt"]
    store.add_copy("a0.txt", "a3.txt", Verdict(copy=True, original="a0.txt"))
    store.add_story("a0.txt", "a3.txt")
    assert sorted(store.copies_of("a0.txt")) == ["a1.txt", "a3.txt"]
    assert store.stories_of("a0.txt") == {"a2.txt", "a3.txt"}
    store.delete("a1.txt", [])
    store.delete("a2.txt", [])
    assert list(store.copies_of("a0.txt")) == ["a3.txt"] and store.stories_of("a0.txt") == {"a3.txt"}
    assert store.copies_of("a0.txt")["a3.txt"].original == "a0.txt"
