"""WL302 run-in-heading: a section heading merged into the running text.

## What it does
Finds a heading that lost the line breaks around it and now sits inside a paragraph: after a
sentence ends, a short title-case phrase runs straight into the next sentence ("... democratic
reform. U.S. Federal Grand Jury Probe On Jan 21, 2022, ABC News reported ..."), a heading in a
wiki's sentence case does so before a capital no sentence has in its middle ("... in 1990.
Products and services The company makes ..."), or a heading is glued to the end of a line
without a space ("... p. 150]ecurity relations").

## Why it matters
The heading becomes nonsense at the start of a sentence, and the section structure is lost.

## Example
```
... and democratic reform. U.S. Federal Grand Jury Probe On Jan 21, 2022, ABC News reported ...
```
Use instead:
```
... and democratic reform.

U.S. Federal Grand Jury Probe

On Jan 21, 2022, ABC News reported ...
```

## Not flagged
A sentence whose subject is a name ("... reform. Prime Minister Smith said ..."), titles in running
text, an adverb whose comma was left out ("Later The council voted"), and memo paragraphs with
run-in labels ending in a full stop ("1. Purpose. This memorandum ...").

## Fix (unsafe)
Puts the heading on its own line between blank lines; whether the words were a heading is a
judgement.
"""
from __future__ import annotations


from wikilint.document import Document
from wikilint.model import UNSAFE, Detection, Edit, Fix

from ._text import SENTENCE_STARTERS, lazy_re

CODE = "WL302"
NAME = "run-in-heading"
SUMMARY = "Section heading merged into the running text"
SEVERITY = "warning"
OPTIONS = {}

_SMALL = {"of", "and", "the", "in", "on", "for", "to", "with", "a", "an", "de", "du", "la", "&"}
_TITLE_WORD = lazy_re(r"^(?:[A-Z][\w'’-]*|[A-Z]\.(?:[A-Z]\.)+|\d{4}s?)$")
# a sentence end followed by two capitalised words: where a run-in heading can start
_CANDIDATE = lazy_re(r"[.!?][\"”’)]?[ \t]+([A-Z][\w.'’-]*)[ \t]+[A-Z]")
_LIST_NUMBER = lazy_re(r"[ \t]*(?:\d{1,3}|[a-z])")  # what stands before the "." of "  2. Item"
_INITIAL = lazy_re(r"(?:^|[\s.])[A-Z]$")  # "U.S." or "H. W.": an abbreviation, not a sentence end
_GLUED_END = lazy_re(r"(?:(?<=[a-z\]])\]|(?<= )\.|(?<=\])\.?)([A-Za-z][a-z]+(?: [a-z]+){0,4})[ \t]*$")


# adverbs that open a sentence with a comma left out ("Later The council ..."): no one-word heading
_ADVERBS = frozenset("""Later Then Now Today Yesterday Tomorrow Meanwhile Also Instead Still Yet Soon
Finally Afterwards Afterward Here There Thus Hence Indeed However Moreover Again Once Next""".split())


# a heading in a wiki's sentence case ("Early life", "Human rights issues") run into a sentence
# that opens with a capital word no sentence has in its middle: "... 1990. Foreign relations The
# country ..."; no heading holds a sentence's verbs
_SENTENCE_CASE = lazy_re(r"[.!?][\"”’)]?[ \t]+([A-Z][a-z]+(?:[ \t]+[a-z]+){1,3})[ \t]+"
                         r"(?:The|In|On|During|After|Following|Since|According)[ \t]+[a-z0-9]")
_VERBS = frozenset("""is was are were be been has have had will would can could may might must
shall should do does did said says made became""".split())


def _run_in(words: list[str]) -> int:
    """How many leading words form a heading run into the next sentence (0: none)."""
    run = 0
    while run < min(len(words), 7):
        w = words[run]
        if _TITLE_WORD.match(w) and (run == 0 or w not in SENTENCE_STARTERS):
            run += 1
        elif run and w in _SMALL and run + 1 < len(words) and _TITLE_WORD.match(words[run + 1]):
            run += 1
        else:
            break
    if words and words[0] in SENTENCE_STARTERS:
        return 0  # "The ..." starts a sentence, not a heading
    for n in range(min(run, len(words) - 2), 0, -1):
        nxt, after = words[n], words[n + 1]
        if nxt in SENTENCE_STARTERS and words[n - 1] not in _SMALL:
            if n == 1 and (not after[:1].islower() and nxt not in ("On", "In") or words[0] in _ADVERBS):
                continue
            return n
        # the section's first sentence repeats a heading word ("Where Baboons Live Baboons are")
        heading = {w.lower().rstrip("s") for w in words[:n] if len(w) > 3}
        if n >= 2 and nxt.lower().rstrip("s") in heading and after[:1].islower():
            return n
    return 0


def _run_in_detection(text: str, a: int, b: int) -> Detection:
    """The heading text[a:b], whose fix puts it on its own line between blank lines."""
    return Detection(a, b, f"heading “{text[a:b]}” run into the text",
                     Fix((Edit(a - 1, a, "\n\n"), Edit(b, b + 1, "\n\n")), UNSAFE))


def check(doc: Document, options: dict):
    text = doc.text
    for m in _CANDIDATE.finditer(text):
        if text[m.end(1)] == " " and m.group(1) in SENTENCE_STARTERS:
            continue  # most sentences: "The ..." starts one, not a heading (as _run_in says)
        if _INITIAL.search(text, max(0, m.start() - 2), m.start()):
            continue
        line = doc.lines[doc.line_index(m.start())]  # (by position: a long line is not re-read)
        if _LIST_NUMBER.fullmatch(text, line.start, m.start()):
            continue  # "  2. What Does It Mean?, in which ...": a numbered item, not a sentence end
        a = m.start(1)
        rest = text[a:min(a + 200, line.end)]
        words = rest.split(" ")
        n = _run_in(words)
        if not n:
            continue
        yield _run_in_detection(text, a, a + len(" ".join(words[:n])))
    for m in _SENTENCE_CASE.finditer(text):
        words = m.group(1).split()
        if words[0] in SENTENCE_STARTERS or words[0] in _ADVERBS or _VERBS.intersection(words) \
                or _INITIAL.search(text, max(0, m.start() - 2), m.start()):
            continue
        yield _run_in_detection(text, *m.span(1))
    for line in doc.lines:
        body = line.text
        if len(body) <= 80:
            continue
        tail_start = max(0, len(body) - 60)
        if "]" not in body[tail_start:] and "." not in body[tail_start:]:
            continue
        nxt = doc.next_line(line.index)
        if nxt is None or not nxt.text[:1].isupper():
            continue
        g = _GLUED_END.search(body, tail_start)
        if g:
            a, b = line.start + g.start(1), line.start + g.end(1)
            yield Detection(a, b, f"heading “{g.group(1)}” glued to the end of the text",
                            Fix((Edit(a, a, "\n\n"),), UNSAFE))
