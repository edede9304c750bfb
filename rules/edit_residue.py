"""WL305 edit-residue: a wiki's "[edit]" link glued to a heading or to a section's first word.

## What it does
Finds the "edit" link of a wiki section copied as text: "History[edit]", "History [ edit ]",
"History[edit | edit source]", or the mobile skin's "edit" glued to the first word of the section
("editI've taken the plunge", "edit- The term") or left after the heading ("Instructions edit",
when two headings or more end so, or a section's usual title in a wiki farm's "History Edit") or on
a line of its own under it (the mobile skin's "Edit", under two headings or more) or glued to its
end ("External linksEdit", "HistoryEdit": a wiki farm's, on a closing section or on two section
titles), and the same link of other languages' wikis ("[Bearbeiten | Quelltext bearbeiten]",
"[modifier | modifier le code]", "[editar]", "[編集]", "BearbeitenKoordinaten:", Simple English's
"[change | change source]").

## Why it matters
The word is the wiki's button, not the article's; glued to the first word it also breaks that
word for search and spelling.

## Example
```
Extensive revision of article
editI've taken the plunge and rewritten the article.
```
Use instead:
```
Extensive revision of article
I've taken the plunge and rewritten the article.
```

## Not flagged
"edit", "edited", "editor" as words: only the bracketed link, or "edit" glued to a capital letter
or a dash at the start of a line.

## Fix (safe)
Removes the residue. Where the heading and its section's first sentence were run into one line
("History[edit] Counties were ..."), the link gives way to a blank line between them.
"""
from __future__ import annotations

import re

from wikilint.document import Document, looks_like_heading
from wikilint.model import Detection, Edit, Fix

from ._text import END_SECTIONS, lazy_re, line_removal, text_span

CODE = "WL305"
NAME = "edit-residue"
SUMMARY = "Wiki edit link glued to a heading or to a section's first word"
SEVERITY = "warning"
OPTIONS = {}

# the link's word in the wikis' languages: edit (and "edit source" beside it), Bearbeiten (de),
# modifier / modifier le code (fr), editar (es, pt), modifica (it), bewerken (nl), править (ru),
# edytuj (pl), 編集 (ja), 编辑 / 編輯 (zh), 편집 (ko)
_LINK_WORDS = ("edit source", "edit", "Bearbeiten", "Quelltext bearbeiten", "modifier",
               "modifier le code", "editar", "modifica", "bewerken", "править", "edytuj", "編集",
               "ソースを編集", "编辑", "編輯", "편집")
_WORDS = "|".join(_LINK_WORDS)
# (and Simple English's "[change | change source]")
_BRACKETED = lazy_re(rf"[ \t]*\[ ?(?:(?:{_WORDS})(?: \| (?:{_WORDS}))?"
                     r"|change(?: source)? \| change source|change source) ?\]", re.I)
# glued to the first word of the section, on the mobile skin: "editI've", "BearbeitenKoordinaten:"
_GLUED = lazy_re(r"^([ \t]*)(edit|Bearbeiten)(?=[A-Z“\"‘]|- )")
# one of these must be on the line
_LITERALS = tuple({w.split()[0].lower() for w in _LINK_WORDS} | {"change source"})


def _candidate_lines(doc: Document):
    """The lines that hold one of the link's words (looked for in the whole text at once)."""
    low = doc.text.lower()
    if len(low) != len(doc.text):  # lower case changed an offset ("İ"): look line by line
        for line in doc.lines:
            low = line.text.lower()
            if any(w in low for w in _LITERALS):
                yield line
        return
    found = set()
    for word in _LITERALS:
        at = low.find(word)
        while at >= 0:
            found.add(doc.line_index(at))
            at = low.find(word, at + 1)
    for index in sorted(found):
        yield doc.lines[index]


# the mobile skin's link after a heading, on the heading's own line: "Instructions edit" (a wiki
# farm's: "History Edit")
_TRAILING = lazy_re(r"[ \t][Ee]dit[ \t]*$")
# words after which "edit" is the heading's own verb ("How to edit", "What you can edit")
_VERB_BEFORE = frozenset("to and or can cannot not you we they will may must should please".split())


# one-word titles of a wiki's sections (a one-word heading glued to "Edit" is otherwise taken for
# a program's name: "TextEdit", "PhotoEdit")
_SECTION_WORDS = frozenset("""history biography background appearance personality trivia gallery
plot synopsis overview career abilities powers relationships etymology geography demographics
economy culture description reception production legacy development gameplay characters""".split())
_USUAL_TITLES = _SECTION_WORDS | END_SECTIONS


def _link_after_heading(doc: Document, line, pattern) -> tuple[re.Match, str] | None:
    """(match, heading) when a line is a paragraph of its own that holds a heading and then the
    link that `pattern` finds at the line's end."""
    m = pattern.search(line.text)
    n = doc.block_of_line[line.index]
    if not m or n < 0 or doc.blocks[n].first != doc.blocks[n].last:
        return None
    heading = line.text[:m.start()].strip()
    return (m, heading) if looks_like_heading(heading) else None


def _trailing_links(doc: Document, lines: list) -> list:
    """(line, match) of each heading that ends in the mobile skin's "edit", when two headings
    or more do (one could end in the verb of its own words) or a section's usual title ends in the
    wiki farm's "Edit"."""
    found = []  # (line, match, heading)
    for line in lines:
        link = _link_after_heading(doc, line, _TRAILING)
        if link and link[1].split()[-1].lower() not in _VERB_BEFORE:
            found.append((line, *link))
    # one is enough after a section's usual title in the wiki farm's form ("History Edit"; a help
    # page's "History edit" is its own heading)
    return [(line, m) for line, m, heading in found if len(found) >= 2 or
            m.group().strip() == "Edit" and heading.lower() in _USUAL_TITLES]


# a wiki farm's link glued to the end of the heading: "External linksEdit", "HistoryEdit"
_GLUED_AFTER = lazy_re(r"(?<=[a-z)])Edit[ \t]*$")


def _glued_after_headings(doc: Document, lines: list) -> list:
    """(line, match) of each heading with "Edit" glued to its end: an article's closing section
    ("External linksEdit"), or other section titles when two or more are so."""
    closing, titles = [], []
    for line in lines:
        link = _link_after_heading(doc, line, _GLUED_AFTER)
        if not link:
            continue
        m, heading = link
        if heading.lower() in END_SECTIONS:
            closing.append((line, m))
        elif " " in heading or heading.lower() in _SECTION_WORDS:
            titles.append((line, m))
    found = closing + titles if len(closing) + len(titles) >= 2 else closing
    return sorted(found, key=lambda lm: lm[0].index)


def _lone_links(doc: Document, lines: list) -> list:
    """Lines that are only the mobile skin's "Edit", each right under a heading, when two or more
    are (a single "Edit" line can be a menu's or a form's)."""
    found = []
    for line in lines:
        if line.text.strip() not in ("Edit", "edit"):
            continue
        above = next((doc.lines[k] for k in range(line.index - 1, max(-1, line.index - 3), -1)
                      if not doc.lines[k].is_blank), None)
        if above is not None and above.text.strip() not in ("Edit", "edit") and \
                looks_like_heading(above.text.strip()):
            found.append(line)
    return found if len(found) >= 2 else []


def check(doc: Document, options: dict):
    lines = list(_candidate_lines(doc))
    for line in _lone_links(doc, lines):
        yield Detection(*text_span(line), "the wiki's “edit” link left under the heading",
                        line_removal(doc, line))
    for line, m in _glued_after_headings(doc, lines):
        a, b = line.start + m.start(), line.start + m.end()
        yield Detection(a, line.start + len(line.text.rstrip()),
                        "the wiki's “Edit” link glued to the heading", Fix((Edit(a, b, ""),)))
    for line, m in _trailing_links(doc, lines):
        a, b = line.start + m.start(), line.start + m.end()
        yield Detection(a + 1, line.start + len(line.text.rstrip()),
                        f"the wiki's “{m.group().strip()}” link left after the heading",
                        Fix((Edit(a, b, ""),)))
    for line in lines:
        m = _GLUED.match(line.text)
        if m:
            a, b = line.start + m.start(2), line.start + m.end(2)
            yield Detection(a, b, f"the wiki's “{m.group(2)}” link glued to the section's first word",
                            Fix((Edit(a, b, ""),)))
        for m in _BRACKETED.finditer(line.text):
            a, b = line.start + m.start(), line.start + m.end()
            fix = Fix((Edit(a, b, ""),))
            rest = line.text[m.end():m.end() + 80]  # (a window: a long line holds many links)
            if rest[:1].isspace() and rest.lstrip()[:1].isupper() and m.start() <= 120 and \
                    looks_like_heading(line.text[:m.start()]):
                # "History[edit] Counties were ...": the heading and its section's text were run
                # into one line; the link's place is where the section starts
                fix = Fix((Edit(a, b + len(rest) - len(rest.lstrip()), "\n\n"),))
            yield Detection(a + (len(m.group()) - len(m.group().lstrip())), b,
                            f"the wiki's “{m.group().strip()}” link left in the text", fix)
