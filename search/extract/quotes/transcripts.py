"""Q&A transcripts: which paragraphs are questions and which are answers, and whose.

Recognised forms: ``Q:``/``A:`` blocks, speaker labels (``INTERVIEWER:``,
``LUCIA FENWRIGHT:``, ``**Fenwright:**``), and interviews whose questions are marked
(``Q:`` or a bold paragraph) while the answers carry no label at all.  A label only
counts when the labels take turns through the article, so a metadata block
(``Director: …``) or a one-off ``RELATED:`` line is never read as a transcript.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from search.extract.quotes.sentences import Lazy
from search.extract.quotes.spans import Block
from search.extract.quotes.verbs import VERB

_LABEL = re.compile(
    r"[ \t]*(?:\*\*|__)?"
    r"(?P<label>Q|A|P|R|[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,40}[A-ZÀ-Þ]|[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2})"
    r"(?:\*\*|__)?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*"  # "Vera Lindt (laughs):"
)
# "Q. Why candlelight?" / "A. Because …" — print style, a full stop instead of a colon
# or a dash: "Q – Why Berlin?" / "A – The light."
_QA_DOT = re.compile(r"[ \t]*(?:\*\*|__)?(?P<label>Q|A|P|R)(?:\.|[ \t]*[–—-])(?:\*\*|__)?[ \t]+(?=\S)")
_DASH_LABEL = re.compile(r"[ \t]*(?P<label>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2}"
                         r"|[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,40}[A-ZÀ-Þ])[ \t]+[–—][ \t]+")
_BOLD_QUESTION = re.compile(r"[ \t]*(?:\*\*|__)(?P<q>.+?)(?:\*\*|__)[ \t]*$", re.S)
# a paragraph that is one short question and nothing else (bold already stripped by the format reader)
_BARE_QUESTION = re.compile(r"[ \t]*(?:[—–-][ \t]*)?(?P<q>['‘\"“]?[A-ZÀ-Þ¿¡][^\n.!?]{5,200}\?)[ \t]*$")
# "You and Felix have a strange chemistry. How did you find that?" — a question with a lead-in
_LONG_QUESTION = re.compile(r"[ \t]*(?:[—–-][ \t]*)?(?P<q>[A-ZÀ-Þ¿¡][^\n]{5,300}\?)[ \t]*$")
# a paragraph opening with a dash, Spanish style: "-¿Y el final?" or "—Hoy te reconocen por …"
_DASHED = re.compile(r"[ \t]*[—–-][ \t]*[A-ZÀ-Þ¿¡]")
_INTERVIEW_CUE = re.compile(r"\b(?:spoke (?:to|with)|talked (?:to|with)|sat down with|caught up with|interview(?:ed)?|"
                            r"asked (?:him|her|them)|habló con|a parlé|hat mit|entrevista|intervista)\b", re.I)
# a prompt instead of a question: "Tell us how you found out." / "Talk us through the last scene."
_PROMPT = re.compile(r"[ \t]*(?:Tell|Talk|Walk|Describe|Explain)\s+(?:me|us)?\b[^\n]{5,200}[.!]?[ \t]*$")
_ADDRESSED = re.compile(r"\b(?:you|your|You|Your|usted|Usted|le|te|tu|tú)\b")
# words an answer is spoken in; a trailing paragraph without any is the article talking again
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|me|my|My|mine|we|We|we['’]re|our|Our|us|"
                           r"yo|Yo|me|mi|mis|nosotros|nuestro|nuestra)\b")
# the article describing the interviewee again: "The actress also recalled …", "«…», confesó."
_NARRATION = Lazy(
    r"\s*(?:The|El|La|Los|Las)\s+(?:[\w-]+\s+)?(?:actor|actress|actriz|star|director|directora|creator|"
    rf"creador|creadora|showrunner|singer|cantante)\b|.*[”\"»]\s*,?\s*(?:{VERB})\b", re.S)
_EDITORS_NOTE = re.compile(r"\s*(?:This|The)\s+(?:interview|conversation|Q&A|transcript)\s+"
                           r"(?:has\s+been|was)\b"
                           r"|.*\b(?:edited|condensed)\s+for\s+(?:length|clarity)", re.I)
_CAPS_NAME = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]+){1,2}")
_OPENING_MARKS = "\"“„«»"
_PERSON_LABEL = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,2}|[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,30}[A-ZÀ-Þ]")
_INTERVIEWER = re.compile(r"^(?:Q|INTERVIEWER|INTERVIEW|QUESTION|PREGUNTA|P)$", re.I)
_ANSWER = re.compile(r"^(?:A|ANSWER|RESPUESTA|R)$", re.I)
_NOT_TURN = re.compile(r"^(?:Rating|Grade|Director|Writers?|Cast|Runtime|Release date|Photo|Source|Related|"
                       r"Editor'?s note|Note|Update|Credit|Credits|Genre|Score|Verdict|Watch|Read more)$",
                       re.I)


@dataclass(slots=True)
class Turn:
    block: int
    start: int  # first character of what was said (after the label)
    end: int
    question: bool
    label: str | None  # as written, or None for an unlabelled answer paragraph


def _labels(text: str, blocks: list[Block]) -> list[tuple[int, str, int] | None]:
    out: list[tuple[int, str, int] | None] = []
    for b in blocks:
        m = _LABEL.match(text, b.start, b.end) or _QA_DOT.match(text, b.start, b.end)
        if m and not _NOT_TURN.match(m.group("label")) and m.end() < b.end:
            out.append((b.start, m.group("label"), m.end()))
        else:
            out.append(None)
    # "Vera Lindt – My grandfather kept one." where other turns read "Vera Lindt:": the same label
    colon = {lab[1] for lab in out if lab}
    for i, b in enumerate(blocks):
        m = None if out[i] else _DASH_LABEL.match(text, b.start, b.end)
        if m and m.group("label") in colon and m.end() < b.end:
            out[i] = (b.start, m.group("label"), m.end())
    return out


def find_turns(text: str, blocks: list[Block]) -> list[Turn]:
    """Every question and answer paragraph of a transcript; empty when the article is not one."""
    labels = _labels(text, blocks)
    # "TOMASZ WREN:" once, then "WREN:" (or "CALDER:") — one speaker, named in full the first time
    names = [lab[1] for lab in labels if lab]
    recurring = {n for n in names if sum(1 for o in names if set(o.split()) & set(n.split())) >= 2}
    questions = {name for name in recurring if _INTERVIEWER.match(name)}
    pair = _opening_pair(text, blocks, labels)
    # labels only on the first question and answer ("The Advocate: …?" / "Mara Quill: …"), then the
    # turns take their order from there
    alternate = pair is not None and not (set(pair) & recurring)
    if pair is not None:
        recurring |= set(pair)
        if not questions:
            questions = {pair[0]}
    if not questions and recurring:
        # the label whose paragraphs mostly end in a question mark asks the questions
        def asks(name: str) -> float:
            own = [blocks[i] for i, lab in enumerate(labels) if lab and lab[1] == name]
            return sum(text[b.start:b.end].rstrip().endswith("?") for b in own) / len(own)
        best = max(recurring, key=asks)
        if asks(best) >= 0.5:
            questions = {best}
    # "Kim Lee:" asks first, then "Lee:"; "Film Weekly:" then "FW:" — the same voice asking
    questions |= {n for n in names if any(_same_voice(n, q) for q in questions)}
    bold_questions = [i for i, b in enumerate(blocks)
                      if (m := _BOLD_QUESTION.match(text, b.start, b.end))
                      and m.group("q").rstrip("*_ ").endswith("?")]
    bare = [i for i, b in enumerate(blocks) if _BARE_QUESTION.match(text, b.start, b.end)]
    # a press junket: "ALI VANCE:" and "TOM REY:" once each, every one right after a question
    caps = [i for i, lab in enumerate(labels) if i > 0 and lab and _CAPS_NAME.fullmatch(lab[1])
            and text[blocks[i - 1].start:blocks[i - 1].end].rstrip().endswith("?")]
    if not questions and not recurring and len({labels[i][1] for i in caps}) >= 2:
        recurring = {labels[i][1] for i in caps}
        bold_questions = [i - 1 for i in caps]
    answerers = {lab[1] for lab in labels if lab and lab[1] in recurring and not _INTERVIEWER.match(lab[1])}
    # the headline may open with the name too ("Valeria Montes: «…»")
    labelled = [i for i, lab in enumerate(labels) if lab and lab[1] in answerers and i > 0]
    if not questions and len(answerers) == 1 and labelled and all(i - 1 in bare for i in labelled):
        # "—¿Le preocupa…?" then "Valeria Montes: …": the questions carry no label, the answers do
        bold_questions = bare
    dashed = [i for i, b in enumerate(blocks) if _DASHED.match(text, b.start, b.end)]
    asked = sum("?" in text[blocks[i].start:blocks[i].end] for i in dashed)
    if not questions and len(bold_questions) < 2 and asked >= 2 and all(
            0 < i < len(blocks) - 1 and i + 1 not in dashed for i in dashed):
        # "-¿Cómo llegó el papel?" then the answer with no dash: the dash marks every question
        bold_questions = dashed
    if not questions and len(bold_questions) < 2:
        # three or more, each followed by a paragraph that is not a question: an interview
        answered = [i for i in bare if i + 1 < len(blocks) and i + 1 not in bare and i > 0]
        # two will do when the article says it talked to someone ("We spoke to her before the finale.")
        enough = 2 if bare and _INTERVIEW_CUE.search(text, 0, blocks[bare[0]].start) else 3
        if len(answered) < enough or len(answered) != len(bare):
            return []
        bold_questions = bare + [i for i, b in enumerate(blocks)
                                 if i not in bare and i - 1 not in bare and i > 0 and i + 1 < len(blocks)
                                 and i + 1 not in bare and ((m := _LONG_QUESTION.match(text, b.start, b.end))
                                                            and _ADDRESSED.search(m.group("q"))
                                                            or _PROMPT.match(text, b.start, b.end))]
    # "Ludwig Hahn: „Absolut.“" every time: answers in quotation marks, so an unlabelled paragraph
    # between them ("Und warum?") is the interviewer asking, never more of the answer
    answered = [text[lab[2]:lab[2] + 1] for lab in labels if lab and lab[1] in answerers - questions]
    wrapped = len(answered) >= 2 and all(c in _OPENING_MARKS for c in answered)
    turns: list[Turn] = []
    continued: set[int] = set()
    in_answer: str | None = None
    started = False
    for i, (b, lab) in enumerate(zip(blocks, labels, strict=False)):
        # once the transcript runs, a name heard once is one more speaker at a press conference
        name = lab[1] if lab and (lab[1] in recurring or _ANSWER.match(lab[1]) or (
            started and _PERSON_LABEL.fullmatch(lab[1]) and not _NOT_TURN.match(lab[1]))) else None
        if name in questions or (not questions and i in bold_questions):
            started = True
            turns.append(Turn(i, lab[2] if lab else b.start, b.end, True, name))
            in_answer = ""
        elif name is not None and started:
            turns.append(Turn(i, lab[2], b.end, False, name))
            in_answer = name
        elif in_answer is not None and started:
            if turns and not turns[-1].question and (_EDITORS_NOTE.match(text, b.start, b.end)
                                                      or _NARRATION.match(text, b.start, b.end)):
                in_answer = None  # "This interview has been edited for length and clarity."
                continue
            para = text[b.start:b.end].strip()
            if wrapped and para[:1] not in _OPENING_MARKS:
                turns.append(Turn(i, b.start, b.end, True, None))
                in_answer = ""
                continue
            if alternate and re.search(rf"\b{re.escape(pair[1].split()[-1].title())}\b", para.title()):
                break  # the one answering named in the third person: the article is telling again
            # after an answer: a question ends in "?", or is short and speaks to "you"
            if alternate and turns and (para.endswith("?") or (
                    not turns[-1].question and len(para) <= 220 and _ADDRESSED.search(para))):
                turns.append(Turn(i, b.start, b.end, True, None))
                continue
            if alternate and turns and turns[-1].question and turns[-1].label is None:
                in_answer = pair[1]
            # an unlabelled paragraph continues the answer (or is the answer, when answers carry no label)
            if not turns[-1].question:
                continued.add(i)
            turns.append(Turn(i, b.start, b.end, False, in_answer or None))
    # after the last question, a paragraph that says nothing in the first person ("The film is
    # streaming now on …") is the article signing off, not the interviewee
    while turns and turns[-1].block in continued and not _FIRST_PERSON.search(
            text, turns[-1].start, turns[-1].end):
        turns.pop()
    return turns


def _same_voice(label: str, other: str) -> bool:
    """A shorter label for ``other``: one of its words, or its initials."""
    words = other.split()
    if len(words) < 2 or label == other:
        return False
    return label.lower() in (w.lower() for w in words) or label == "".join(w[0] for w in words).upper()


def _opening_pair(text: str, blocks: list[Block], labels) -> tuple[str, str] | None:
    """A labelled question followed at once by an answer labelled with someone's name."""
    for i in range(len(labels) - 1):
        q, a = labels[i], labels[i + 1]
        if not q or not a or q[1] == a[1] or _NOT_TURN.match(a[1]) or _INTERVIEWER.match(a[1]):
            continue
        if "?" in text[q[2]:blocks[i].end] and not _ANSWER.match(a[1]) and 1 <= len(a[1].split()) <= 4:
            return q[1], a[1]
    return None
