"""Articles related to one: the same story first, then those sharing its distinctive words."""

from __future__ import annotations

import json
import math
import re
from collections import Counter

from search.backends.sphinx.docs import ARTICLE
from search.backends.sphinx.sphinxql import story_token
from search.model import Hit

_WORDS = re.compile(r"\w{4,}")


def related(b, article_id: str, limit: int = 10) -> list[Hit]:
    """Same story first, then articles sharing the most of this one's distinctive words."""
    row = b._article_row(article_id)
    if row is None:
        return []
    _, _, _, body, _, data = row
    story = json.loads(data).get("story") or article_id
    cols = f"SELECT id, aid, title_s, date, copy_of, body_s, WEIGHT() AS w FROM {b.topology.dist}"
    rows, _, _ = b._query(f"{cols} WHERE MATCH(%s) AND doc_type = %s ORDER BY id ASC LIMIT %s",
                             (f"@story {story_token(story)}", ARTICLE, limit + 1))
    none = (set(), [], [])
    out = [b._hit(r[1], r[2], r[3], r[4], r[5], 1.0, none) for r in rows if r[1] != article_id]
    seen = {article_id, *(h.id for h in out)}
    words = _distinctive(b, body)
    if words and len(out) < limit:
        # Quorum 1: any of the words, as more-like-this ORs them; the ranker puts articles sharing
        # more of them first.
        match = '@body "' + " ".join(words) + '"/1'
        rows, _, _ = b._query(f"{cols} WHERE MATCH(%s) AND doc_type = %s ORDER BY w DESC, id ASC "
                                 f"LIMIT %s OPTION ranker=bm25", (match, ARTICLE, limit + len(seen)))
        for r in rows:
            if r[1] not in seen:
                out.append(b._hit(r[1], r[2], r[3], r[4], r[5], float(r[6]), none))
                seen.add(r[1])
    return out[:limit]

def _distinctive(b, body: str, top: int = 10) -> list[str]:
    """The body's words that weigh most by tf-idf over the whole corpus, leaving out the words
    no other article has (they cannot lead anywhere)."""
    counts = Counter(w.lower() for w in _WORDS.findall(body) if not w.isdigit())
    candidates = [w for w, _ in counts.most_common(80)]
    docs, total = _frequencies(b, candidates)

    def weight(w: str) -> float:
        return counts[w] * math.log(1 + total / (1 + docs.get(w, 0)))

    shared = [w for w in candidates if docs.get(w, 2) > 1]
    return sorted(shared, key=weight, reverse=True)[:top]

def _frequencies(b, words: list[str]) -> tuple[dict[str, int], int]:
    """Per-word article counts (near enough: quote documents rarely hold the same words) and the
    article total, summed over every shard from one holder of each."""
    import pymysql

    docs: Counter = Counter()
    total = 0
    if not words:
        return {}, 1
    for shard in b.topology.shards:
        for n in shard["holders"]:
            if n in b._health.recent():
                continue
            try:
                conn = b.connect(b.node_address(n))
            except pymysql.Error:
                continue
            try:
                with conn.cursor() as cur:
                    cur.execute("CALL KEYWORDS(%s, %s, 1)", (" ".join(words), shard["index"]))
                    # Rows: position, word as typed, its stem, documents, hits.
                    docs.update({r[1]: int(r[3]) for r in cur.fetchall() if len(r) > 3})
                    cur.execute(f"SELECT id FROM {shard['index']} WHERE doc_type = %s LIMIT 1",
                                (ARTICLE,))
                    cur.fetchall()
                    cur.execute("SHOW META")
                    total += int(dict(cur.fetchall()).get("total_found", 0))
            except pymysql.Error:
                continue
            finally:
                conn.close()
            break
    return dict(docs), max(total, 1)

