"""Score ``byline extract --json`` records against hand labels, the way the shared reference scorer
does (so the two agree): quotes, speakers, kinds, cast, people, copies, stories, language, drift."""

from __future__ import annotations

from collections import Counter

from search.tools.evaluate.matching import (
    IN_SHOW,
    NON_SPEECH,
    SPEECH,
    basename,
    char_key,
    labelled_quotes,
    match_with_optional,
    name_is,
    norm_name,
    predicted_quotes,
    tokens,
)


def prf(tp: int, fp: int, fn: int) -> dict:
    if tp + fp + fn == 0:
        p = r = f = 1.0
    else:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def _ratio(ok: int, n: int) -> float | None:
    return ok / n if n else None


def _cast_labels(entry: dict) -> tuple[list[dict], list[dict]]:
    out: tuple[list[dict], list[dict]] = ([], [])
    for pairs, dest in ((entry.get("cast") or [], out[0]), (entry.get("cast_implicit") or [], out[1])):
        for c in pairs:
            actors = {norm_name(c.get("actor"))}
            written = c.get("actor_as_written")
            if isinstance(written, str) and len(written.split()) >= 2:  # a misspelt full name, not a surname
                actors.add(norm_name(written))
            chars = {char_key(c.get("character"))}
            chars |= {char_key(c[k]) for k in ("character_as_written", "as_written") if isinstance(c.get(k), str)}
            chars |= {char_key(a) for a in c.get("aliases") or []}
            dest.append({"actors": actors - {None}, "chars": chars - {None}})
    return out


def _score_cast(entry: dict, rec: dict, m: Counter) -> None:
    required, implied = _cast_labels(entry)
    seen, matched = set(), set()
    for c in rec.get("cast") or []:
        if not isinstance(c, dict) or not isinstance(c.get("actor"), str) or not isinstance(c.get("character"), str):
            continue
        key = (norm_name(c["actor"]), char_key(c["character"]))
        if key in seen:
            continue
        seen.add(key)
        hit = [k for k, lc in enumerate(required) if key[0] in lc["actors"] and key[1] in lc["chars"]]
        free = [k for k in hit if k not in matched]
        if free:
            matched.add(free[0])
            m["cast_tp"] += 1
        elif not hit and not any(key[0] in lc["actors"] and key[1] in lc["chars"] for lc in implied):
            m["cast_fp"] += 1
    m["cast_fn"] += len(required) - len(matched)


def _score_people(entry: dict, rec: dict, m: Counter) -> None:
    gold = {norm_name(p) for p in entry.get("people") or []} - {None}
    spelt = {}  # a misspelt full name as the text writes it counts as the person
    for c in (entry.get("cast") or []) + (entry.get("cast_implicit") or []):
        written = c.get("actor_as_written")
        if isinstance(written, str) and len(written.split()) >= 2:
            spelt[norm_name(written)] = norm_name(c.get("actor"))
    got = {spelt.get(norm_name(p), norm_name(p)) for p in rec.get("people") or [] if isinstance(p, str)}
    got.discard(None)
    m["people_tp"] += len(gold & got)
    m["people_fp"] += len(got - gold)
    m["people_fn"] += len(gold - got)


def _score_quotes(entry: dict, rec: dict, m: Counter) -> None:
    labels, preds = labelled_quotes(entry), predicted_quotes(rec)
    req, pairs, absorbed = match_with_optional(labels, preds)
    m["span_tp"] += len(pairs)
    m["span_fn"] += len(req) - len(pairs)
    m["span_fp"] += len(preds) - len(pairs) - absorbed
    said = [q for q in req if q.kind == SPEECH]
    pred_said = [p for p in preds if p.kind == SPEECH]
    _, said_pairs, said_absorbed = match_with_optional(
        said + [q for q in labels if q.optional and q.kind == SPEECH], pred_said)
    m["speech_tp"] += len(said_pairs)
    m["speech_fn"] += len(said) - len(said_pairs)
    m["speech_fp"] += len(pred_said) - len(said_pairs) - said_absorbed
    m["pred_speech"] += len(pred_said)
    m["unattributed"] += sum(1 for p in pred_said if not p.speaker)
    for i, lq in enumerate(req):
        if lq.kind == SPEECH and lq.speaker is not None:
            m["named_speech"] += 1
        if i not in pairs:
            continue
        pq = preds[pairs[i]]
        if lq.kind == SPEECH and lq.speaker is not None:
            m["spk_n"] += 1
            m["spk_ok"] += name_is(pq.speaker, lq.speaker, lq.alts)
        if lq.kind in NON_SPEECH:
            m["kind_n"] += 1
            m["kind_ok"] += pq.kind == lq.kind
        if lq.kind == IN_SHOW and lq.speaker is not None:
            m["inshow_n"] += 1
            m["inshow_ok"] += char_key(pq.speaker) == char_key(lq.speaker)
        if lq.speaker is None:
            m["null_n"] += 1
            m["null_ok"] += pq.speaker is None


def _score_drift(entry: dict, rec: dict, m: Counter) -> None:
    gold = {" ".join(tokens(d["b"])) for d in entry.get("quote_drift", [])}
    pred = {" ".join(tokens(d.get("text"))) for d in rec.get("drift") or [] if isinstance(d, dict)}
    m["drift_labelled"] += len(gold)
    m["drift_found"] += len(gold & pred)
    if not entry.get("duplicate_of"):
        m["drift_invented"] += len(pred)


def score(records: list[dict], labels: list[dict]) -> dict:
    by_file: dict[str, dict] = {}
    for r in records:
        by_file.setdefault(basename(r.get("path")) or "", r)
    m: Counter = Counter()
    label_story: dict[str, object] = {}
    pred_story: dict[str, str] = {}
    for entry in labels:
        f = basename(entry["file"]) or entry["file"]
        rec = by_file.get(f, {})
        _score_quotes(entry, rec, m)
        _score_cast(entry, rec, m)
        _score_people(entry, rec, m)
        _score_drift(entry, rec, m)
        gold_dup, pred_dup = entry.get("duplicate_of"), basename(rec.get("duplicate_of"))
        if pred_dup is not None and pred_dup == gold_dup:
            m["dup_tp"] += 1
        else:
            m["dup_fp"] += pred_dup is not None
            m["dup_fn"] += gold_dup is not None
        label_story[f] = entry.get("story")
        story = rec.get("story")
        pred_story[f] = f"s:{story}" if isinstance(story, (str, int)) and str(story) else f"singleton:{f}"
        language = rec.get("language")
        m["lang_ok"] += isinstance(language, str) and language.lower() == str(entry.get("language")).lower()
    files = list(label_story)
    for i, a in enumerate(files):
        for b in files[i + 1:]:
            g = label_story[a] is not None and label_story[a] == label_story[b]
            p = pred_story[a] == pred_story[b]
            m["story_tp"] += g and p
            m["story_fp"] += p and not g
            m["story_fn"] += g and not p
    speaker = _ratio(m["spk_ok"], m["spk_n"])
    kind = _ratio(m["kind_ok"], m["kind_n"])
    return {
        "articles": len(labels),
        "speech": prf(m["speech_tp"], m["speech_fp"], m["speech_fn"]),
        "all_spans": prf(m["span_tp"], m["span_fp"], m["span_fn"]),
        "speaker_accuracy": 1.0 if speaker is None else speaker,
        "speaker_counts": [m["spk_ok"], m["spk_n"]],
        "speaker_end_to_end": _ratio(m["spk_ok"], m["named_speech"]),
        "kind_accuracy": 1.0 if kind is None else kind,
        "kind_counts": [m["kind_ok"], m["kind_n"]],
        "inshow_speaker": [m["inshow_ok"], m["inshow_n"]],
        "null_speaker_kept": [m["null_ok"], m["null_n"]],
        "unattributed_rate": _ratio(m["unattributed"], m["pred_speech"]) or 0.0,
        "people": prf(m["people_tp"], m["people_fp"], m["people_fn"]),
        "cast": prf(m["cast_tp"], m["cast_fp"], m["cast_fn"]),
        "copies": prf(m["dup_tp"], m["dup_fp"], m["dup_fn"]),
        "stories": prf(m["story_tp"], m["story_fp"], m["story_fn"]),
        "language": [m["lang_ok"], len(labels)],
        "drift": {"found": m["drift_found"], "labelled": m["drift_labelled"], "invented": m["drift_invented"]},
    }
