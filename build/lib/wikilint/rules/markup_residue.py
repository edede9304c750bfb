"""WL401 markup-residue: wiki or HTML markup left in the text.

## What it does
Finds markup that a mirror failed to render: templates ("{{DEFAULTSORT:...", "{{cite ...}}", a
lone "}}"), wiki links ("[[India]]"), wiki headings ("==History=="), reference tags
("<ref name=...>"), template names ("Template:...", "Шаблон:..."), template parameters
("links=no", "italics=no", "group=pron"), wiki quote marks ("''unfair''", a lone "''"), broken or
bare tags ("br>", "<br>"), entities ("&nbsp;"), a language code left from a language template
("( fa, بخش ...)"), a piped link rendered as "target, text" ("Aisne (river), Aisne"), runs of table
pipes, and image file names glued into the text.

## Why it matters
Markup residue is noise to a reader and to any tool that consumes the text; a link rendered as
"target, text" even says a word twice.

## Example
```
Azerbaijanis consider this legislation to be ''unfair'' as ...
It is named after the river Aisne (river), Aisne.
```
Use instead:
```
Azerbaijanis consider this legislation to be unfair as ...
It is named after the river Aisne.
```

## Not flagged
Single braces in templates for people ("{ACQUIRER_NAME}"), apostrophes and quotation marks in
prose, "=" in formulas and code-like text that is not a known template parameter.

## Fix (safe)
Strips the markup and keeps the words it wrapped ("''unfair''" becomes "unfair", "Aisne (river),
Aisne" becomes "Aisne"); removes template calls, parameters, tags and entities.
"""
from __future__ import annotations

import re

from wikilint.document import Document
from wikilint.model import UNSAFE, Detection, Edit, Fix

from ._text import span_removal

CODE = "WL401"
NAME = "markup-residue"
SUMMARY = "Wiki or HTML markup left in the text"
SEVERITY = "warning"
CONTAINS = True
OPTIONS = {}

_TEMPLATE = re.compile(r"\{\{[^{}\n]{0,2000}(?:\}\}|$)", re.M)
_REF = re.compile(r"<ref\b[^>\n]{0,300}?(?:/>|>[^\n]{0,3000}?(?:</ref>|$))", re.M | re.I)
_WIKILINK = re.compile(r"\[\[[^\[\]\n]{1,200}\]\]")
_HEADING = re.compile(r"^(={2,6})[^=\n]{1,200}\1", re.M)
_STRAY = re.compile(
    r"\}\}|\[\[|\]\]"
    r"|(?<![\w:/])(?:Template|Шаблон|Vorlage|Modèle|Plantilla|Predefinição|Sjabloon|Szablon|"
    r"Şablon|Πρότυπο|תבנית|قالب|模板|テンプレート):[^\s,.;]{1,80}"
    r"|\b(?:links|italics|group|label|translit|lit|nocat|paren|nolink|sortname|df|mf)=[\w-]+"
    r"|&(?:nbsp|amp|quot|lt|gt|ndash|mdash|thinsp|#\d{1,6}|#x[0-9a-fA-F]{1,5});"
    r"|</?(?:br|div|span|small|sup|sub|ref|references|center|font|p|nowiki)\b[^<>\n]{0,200}>"
    r"|(?<=[\w.])(?:br|/?div|/?span|/?small)>"
    r"|^[|\s]*\|{3,}[|\s]*$|^\s*\|\s*$|(?<=\s)\|{3,}[|\s]*$"
    r"|^[\w-]{1,60}\.(?:png|jpe?g|gif|svg)(?=\s)",
    re.M)
_QUOTE_PAIR = re.compile(r"'{2,3}(?=[^'\s])([^'\n]{1,300}?)(?<=[^'\s])'{2,3}")
_QUOTE_LONE = re.compile(r"(?<!')'{2,3}(?!')")
_LANG_CODE = re.compile(r"(?<=\()\s?([a-z]{2,3}(?:-[A-Za-z]{2,4})?),(?=\s+[^\x00-\x7f(])")
# a piped link rendered as "target, text": "Aisne (river), Aisne", "departments of France, department"
_PIPED = re.compile(
    r"\b([A-Z][\w'’-]{2,}(?: [\w'’-]+){0,2}) \([^()\n]{2,40}\), \1\b"
    r"|\b([a-z]{4,})s of [A-Z][\w-]+(?: [A-Z][\w-]+){0,2}, \2\b"
    r"|\b([A-Z][\w'’-]{2,}) (?:Province|County|Department|River|Region|District|State), \3\b")


def _strip_pair(doc: Document, m: re.Match, base: int) -> Fix:
    """Keep the words between the quote marks."""
    start, end = base + m.start(), base + m.end()
    inner_start, inner_end = base + m.start(1), base + m.end(1)
    return Fix((Edit(start, inner_start, ""), Edit(inner_end, end, "")))


def check(doc: Document, options: dict):
    text = doc.text
    covered: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(x <= a and b <= y for x, y in covered)

    for pattern in (_TEMPLATE, _REF, _WIKILINK, _HEADING):
        if pattern is _TEMPLATE and "{{" not in text or pattern is _REF and "<ref" not in text:
            continue
        for m in pattern.finditer(text):
            if not free(*m.span()):
                continue
            covered.append(m.span())
            if pattern is _WIKILINK:  # keep the link's words
                fix = Fix((Edit(m.start(), m.start() + 2, ""), Edit(m.end() - 2, m.end(), "")))
            else:  # a closed call or tag goes whole; an unclosed one may run into real text
                closed = m.group().endswith(("}}", "</ref>", "/>"))
                fix = span_removal(doc, *m.span(), "safe" if closed else UNSAFE)
            if pattern is _HEADING:
                marks = len(m.group(1))
                fix = Fix((Edit(m.start(), m.start() + marks, ""), Edit(m.end() - marks, m.end(), "")))
            yield Detection(m.start(), m.end(), f"wiki markup “{_short(m.group())}” left in the text", fix)
    for line in doc.lines:
        body = line.text
        if not body.strip():
            continue
        base = line.start
        for m in _QUOTE_PAIR.finditer(body):
            if free(base + m.start(), base + m.end()):
                covered.append((base + m.start(), base + m.end()))
                yield Detection(base + m.start(), base + m.end(),
                                "wiki quote marks left around the text", _strip_pair(doc, m, base))
        for m in _QUOTE_LONE.finditer(body):
            if free(base + m.start(), base + m.end()):
                yield Detection(base + m.start(), base + m.end(), "a wiki quote mark left in the text",
                                Fix((Edit(base + m.start(), base + m.end(), ""),)))
        for m in _STRAY.finditer(body):
            a, b = base + m.start(), base + m.end()
            if free(a, b) and m.group().strip():
                covered.append((a, b))
                yield Detection(a, b, f"markup “{_short(m.group().strip())}” left in the text",
                                span_removal(doc, a, b))
        for m in _LANG_CODE.finditer(body):
            a, b = base + m.start(1), base + m.end()
            if free(a, b):
                yield Detection(a, b, "language code of a language template left in the text",
                                span_removal(doc, a, b))
        for m in _PIPED.finditer(body):
            a, b = base + m.start(), base + m.end()
            if free(a, b):
                keep = next(g for g in m.groups() if g)
                yield Detection(a, b, f"link target and text both left: “{_short(m.group())}”",
                                Fix((Edit(a, b, _piped_text(m.group(), keep)),)))


def _piped_text(found: str, word: str) -> str:
    """The link's shown text: what follows the last ', '."""
    return found.rsplit(", ", 1)[1] if ", " in found else word


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 50 else text[:47] + "..."
