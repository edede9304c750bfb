"""WL401 markup-residue: wiki or HTML markup left in the text.

## What it does
Finds markup that a mirror failed to render: templates ("{{DEFAULTSORT:...", "{{cite ...}}", a
lone "}}"), wiki links ("[[India]]", "[[United States|USA]]"), external links in wiki syntax
("[http://example.org Lake Champlain]"), wiki headings ("==History=="), reference tags
("<ref name=...>"), template names ("Template:...", "Шаблон:..."), template parameters
("links=no", "italics=no", "group=pron"), wiki quote marks ("''unfair''", a lone "''"), broken or
bare tags ("br>", "<br>"), entities ("&nbsp;"), a language code left from a language template
("( fa, بخش ...)"), a piped link rendered as "target, text" ("Aisne (river), Aisne"), links
kept as single brackets around their words ("in the [Caucasus] region of [Eurasia]", three
different ones or more on a line), runs of table pipes, a wiki table's frame lines ("{|", "|-",
"|}"), behaviour switches ("__NOTOC__"), image file names glued into the text, on a line of their
own ("File:Planet collage.jpg") or after a caption that the next line repeats, and an image's size
left before its caption ("150px The logo of ...", "thumb|250px|").

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
Single braces in templates for people ("{ACQUIRER_NAME}"), a template language's placeholders
("{{ user.name }}", "{{ items|length }}": spaced inside the braces, no parameters; "{{
articles_filter_1561" cut off before its braces close), apostrophes and quotation marks in prose,
a program's empty string ("name = '' resets it": a lone pair with a space on either side, inside
a line), "=" in formulas and code-like text that is not a known template parameter
("group=admin": a footnote group is "pron", "note", "lower-alpha", ...), and a file name alone
on its line on a page with no sign of a wiki's copy (a news site's "TOWN HALL SITE.jpg").

## Fix (safe)
Strips the markup and keeps the words it wrapped ("''unfair''" becomes "unfair", "Aisne (river),
Aisne" becomes "Aisne", "[[United States|USA]]" becomes "USA"); removes template calls,
parameters, tags, entities, and category, image and other-language links.
"""
from __future__ import annotations

import re

from wikilint.document import Document
from wikilint.model import UNSAFE, Detection, Edit, Fix

from ._text import SpanSet, lazy_re, shows_wiki_copy, span_removal

CODE = "WL401"
NAME = "markup-residue"
SUMMARY = "Wiki or HTML markup left in the text"
SEVERITY = "warning"
CONTAINS = True
OPTIONS = {}

_TEMPLATE = lazy_re(r"\{\{[^{}\n]{0,2000}(?:\}\}|$)", re.M)
# a template language's placeholder, spaced inside its braces: "{{ user.name }}", "{{ items|length }}"
_PLACEHOLDER = lazy_re(r"\{\{\s+[A-Za-z_][\w.]*(?:\s*\|\s*\w+(?:\([^(){}=\n]*\))?)*\s+\}\}")
# the same, cut off before its closing braces: "{{ articles_filter_1561" (a wiki's template names
# hold no underscore)
_OPEN_PLACEHOLDER = lazy_re(r"\{\{\s+[a-z]\w*_\w*")
_REF = lazy_re(r"<ref\b[^>\n]{0,300}?(?:/>|>[^\n]{0,3000}?(?:</ref>|$))", re.M | re.I)
# an external link in wiki syntax with its words: "[http://x.org Lake Champlain]" (a bare
# "[https://x.org]" is also how people cite an address)
_EXTERNAL_LINK = lazy_re(r"\[https?://[^\s\[\]]{1,300}[ \t]+([^\[\]\n]{1,200})\]")
_WIKILINK = lazy_re(r"\[\[[^\[\]\n]{1,200}\]\]")
_HEADING = lazy_re(r"^(={2,6})[^=\n]{1,200}\1", re.M)
# each kind of stray markup, with a literal that must be in the text for it to be worth a scan
_TEMPLATE_NAMES = ("Template", "Шаблон", "Vorlage", "Modèle", "Plantilla", "Predefinição", "Sjabloon",
                   "Szablon", "Şablon", "Πρότυπο", "תבנית", "قالب", "模板", "テンプレート")
# a template's parameters, each with the values it takes (a footnote group is one of the wiki's:
# "group=admin" is a program's setting)
_ANY_VALUE = r"[\w-]+"
_PARAMETERS = {
    "links": _ANY_VALUE, "italics": _ANY_VALUE, "label": _ANY_VALUE, "translit": _ANY_VALUE,
    "lit": _ANY_VALUE, "nocat": _ANY_VALUE, "paren": _ANY_VALUE, "nolink": _ANY_VALUE,
    "sortname": _ANY_VALUE, "df": _ANY_VALUE, "mf": _ANY_VALUE,
    "group": r"(?:pron|notes?|Notes?|nb|NB|n|lower-alpha|upper-alpha|lower-roman|upper-roman|"
             r"lower-greek|[a-z]{1,3})\b",
}


class _NamedValue:
    """Finds "name=value" for names and the values each takes, as the pattern
    `(?:name=value|...)` would, but from each "=" (a pattern opening with a choice of twelve names
    is tried at every character)."""

    def __init__(self, values: dict[str, str]):
        self._full = lazy_re("|".join(f"{name}={value}" for name, value in values.items()))
        self._name_before = lazy_re(rf"(?:{'|'.join(values)})\Z")  # \Z: at the search's end
        self._longest = max(map(len, values))

    def finditer(self, text: str):
        at, floor = text.find("="), 0  # floor: the end of the last match (matches never overlap)
        while at >= 0:
            name = self._name_before.search(text, max(floor, at - self._longest), at)
            m = self._full.match(text, name.start()) if name else None
            if m:
                yield m
                floor = m.end()
            at = text.find("=", m.end() if m else at + 1)


# each kind of stray markup, with the literals one of which must be in the text for it to be worth
# a scan (finding a literal is a hundred times cheaper than a pattern that starts with a choice)
# an image file's extensions: the literals to look for, the pattern's
_FILE_EXTENSIONS = (((".png",), "png"), ((".jpg", ".jpeg"), "jpe?g"), ((".svg",), "svg"),
                    ((".gif",), "gif"))
_STRAY = [
    (("}}",), lazy_re(r"\}\}")),
    (("[[",), lazy_re(r"\[\[")),
    (("]]",), lazy_re(r"\]\]")),
    (tuple(n + ":" for n in _TEMPLATE_NAMES),
     lazy_re(rf"(?:{'|'.join(_TEMPLATE_NAMES)}):[^\s,.;()\[\]]{{1,80}}")),
    (tuple(p + "=" for p in _PARAMETERS), _NamedValue(_PARAMETERS)),
    (("&",), lazy_re(r"&(?:nbsp|amp|quot|lt|gt|ndash|mdash|thinsp|#\d{1,6}|#x[0-9a-fA-F]{1,5});")),
    (("<",), lazy_re(r"</?(?:br|div|span|small|sup|sub|ref|references|center|font|p|nowiki)\b[^<>\n]{0,200}>")),
    (("br>",), lazy_re(r"br>(?<=[\w.]br>)")),  # the literal first, what stands before it after
    (("div>",), lazy_re(r"(?<=[\w.])/?div>")), (("span>",), lazy_re(r"(?<=[\w.])/?span>")),
    (("small>",), lazy_re(r"(?<=[\w.])/?small>")),
    (("|",), lazy_re(r"^[| \t]*\|{3,}[| \t]*$|^[ \t]*\|[ \t]*$|(?<=\s)\|{3,}[| \t]*$", re.M)),
    # a wiki table's frame and row lines ("{| class=wikitable", "|-", "|}"); a Markdown table's
    # "|---|---|" is not one of them
    (("{|", "|-", "|}"), lazy_re(r"^[ \t]*(?:\{\|(?:[ \t][^\n]*)?|\|-(?:[ \t][^|\n]*)?|\|\})[ \t]*$", re.M)),
    # behaviour switches: "__NOTOC__"
    (("__",), lazy_re(r"__(?:NOTOC|TOC|FORCETOC|NOEDITSECTION|NEWSECTIONLINK|NOINDEX|INDEX|"
                      r"NOGALLERY|DISAMBIG|STATICREDIRECT|HIDDENCAT)__")),
    # an image's size and frame from [[File:...|thumb|150px|caption]]: "150px The logo of ..."
    (("px",), lazy_re(r"^[ \t]*\d{2,4}px(?=[ \t]+[A-Z])|"
                      r"\b(?:thumb|thumbnail|frameless|upright)(?:\|\d{2,4}px)?\||\|\d{2,4}px\|", re.M)),
    # an image's file page name on a line of its own, above its caption
    (("File:", "Image:", "Datei:", "Fichier:"),
     lazy_re(r"^(?:File|Image|Datei|Fichier):[^\s|\]][^\n|\]]{0,120}?\.(?:jpe?g|png|svg|gif|tiff?|webp)"
             r"(?=[ \t]*$)", re.M)),
] + [
    # an image's file name: glued before its caption ("Flag-of-x.png The flag ..."), or a whole
    # line, spaces and all ("Children in the square.jpg"); a wiki's file names start with a
    # capital (a blog's "image-asset.jpeg" is its own)
    (literals, lazy_re(rf"^(?:[A-Z0-9][\w-]{{0,59}}\.{ext}(?=\s)|[A-Z0-9][\w ,()'’-]{{0,80}}\.{ext}[ \t]*$)",
                       re.M))
    for literals, ext in _FILE_EXTENSIONS
]
_FILE_NAME_KINDS = frozenset(literals for literals, _ in _FILE_EXTENSIONS)
# a mark every literal of a kind holds ("=" in "links=", "group=", ...): most texts lack most of
# these marks, and one look for the mark saves a look for each of a dozen literals
_MARK_OF = {literals: next((c for c in "{}[]|<>&=_:" if all(c in lit for lit in literals)), None)
            for literals, _ in _STRAY}
# exactly two or three marks: longer runs of apostrophes are not wiki markup
_QUOTE_PAIR = lazy_re(r"''(?<!''')'?(?=[^'\s])([^'\n]{1,300}?)(?<=[^'\s])'{2,3}(?!')")
# a lone pair between words or at a line's edge; not in code ("('', 'x')")
_QUOTE_LONE = lazy_re(r"''(?<!''')(?<![^\s\w]'')'?(?!')(?![^\s\w])", re.M)
# (after a line break, scanned over "\n" + text: "^" in multi-line mode is tried at every character)
_QUOTE_CLOSER = lazy_re(r"\n[ \t]*('{2,3})(?=[,.;:)!?])")
# (both open with the literal '' and look behind it afterwards: a pattern that opens with a
# look-behind is tried at every character, one that opens with a literal jumps between them)
_LANG_CODE = lazy_re(r"\(\s?([a-z]{2,3}(?:-[A-Za-z]{2,4})?),(?=\s+[^\x00-\x7f(])")
# a piped link rendered as "target, text": "Aisne (river), Aisne", "departments of France, department",
# "Hainaut Province, Hainaut"; each pattern finds the ", " and the repeat is checked after it
_PIPED_PAREN = lazy_re(r" \([^()\n]{2,40}\), (?=[A-Z])")
_PIPED_OF = lazy_re(r"s of [A-Z][\w-]+(?: [A-Z][\w-]+){0,2}, (?=[a-z])")
_PIPED_KIND = lazy_re(r" (?:Province|County|Department|River|Region|District|State), (?=[A-Z])")
_WORD_BEFORE = lazy_re(r"((?:[\w'’-]+ ){0,2}[\w'’-]+)$")


# links that are no words of the text: a category, an image, an interlanguage link ("[[de:Holm]]")
_NON_TEXT_LINK = lazy_re(r"\[\[(?:Category|Kategorie|Catégorie|Categoría|File|Image|Datei|Fichier|"
                         r"[a-z]{2,3}(?:-[a-z]{2,8})?):", re.I)


def _link_fix(doc: Document, m: re.Match) -> Fix:
    """Keep a link's words: "[[Vermont]]" -> "Vermont", "[[United States|USA]]" -> "USA"; a
    category, image or other-language link holds none and goes whole."""
    if _NON_TEXT_LINK.match(m.group()):
        return span_removal(doc, *m.span())
    bar = m.group().rfind("|")
    if bar > 2 and bar < len(m.group()) - 3:  # "[[target|words]]": the words
        return Fix((Edit(m.start(), m.start() + bar + 1, ""), Edit(m.end() - 2, m.end(), "")))
    return Fix((Edit(m.start(), m.start() + 2, ""), Edit(m.end() - 2, m.end(), "")))


def _empty_string(text: str, a: int, b: int) -> bool:
    """A lone pair with a space on either side, inside a line: a program's empty string ("name =
    '' resets it"), not italics that lost their words (those stand at a line's edge, where the
    mirror broke it at a link, or against a word)."""
    if text[a - 1:a] not in (" ", "\t") or text[b:b + 1] not in (" ", "\t"):
        return False
    before, after = a - 1, b  # (past the spaces only: the rest of the line is not read)
    while before >= 0 and text[before] in " \t":
        before -= 1
    while after < len(text) and text[after] in " \t":
        after += 1
    return before >= 0 and text[before] != "\n" and after < len(text) and text[after] != "\n"


def _strip_pair(doc: Document, m: re.Match) -> Fix:
    """Keep the words between the quote marks."""
    return Fix((Edit(m.start(), m.start(1), ""), Edit(m.end(1), m.end(), "")))


def _piped(text: str):
    """(start, end, shown text) of each link rendered as "target, text"."""
    if "), " in text:
        for m in _PIPED_PAREN.finditer(text):
            if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'’"):
                continue
            before = _WORD_BEFORE.search(text, max(0, m.start() - 80), m.start())
            if not before:
                continue
            words = before.group(1).split(" ")
            for n in range(len(words), 0, -1):  # the longest repeated phrase
                phrase = " ".join(words[-n:])
                after = text[m.end():m.end() + len(phrase) + 1]
                if phrase[:1].isupper() and after[:len(phrase)] == phrase and \
                        not after[len(phrase):len(phrase) + 1].isalnum():
                    yield m.start() - len(phrase), m.end() + len(phrase), phrase
                    break
    for pattern in (_PIPED_OF, _PIPED_KIND):
        if pattern is _PIPED_OF and "s of " not in text:
            continue
        for m in pattern.finditer(text):
            # the word before the match, repeated right after it
            before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start() + (pattern is _PIPED_OF))
            if not before:
                continue
            word = before.group(1).split(" ")[-1]
            if pattern is _PIPED_OF and not (word.islower() and len(word) >= 5):
                continue
            word = word[:-1] if pattern is _PIPED_OF else word  # "departments" -> "department"
            after = text[m.end():m.end() + len(word) + 1]
            if after[:len(word)] == word and not after[len(word):].isalnum():
                yield m.start() - len(before.group(1).split(" ")[-1]) + (pattern is _PIPED_OF), \
                    m.end() + len(word), word


def check(doc: Document, options: dict):
    text = doc.text
    covered = SpanSet()
    for pattern in (_REF, _TEMPLATE, _WIKILINK, _HEADING):  # a ref first: it holds its template
        literal = {_TEMPLATE: "{{", _REF: "<ref", _WIKILINK: "[[", _HEADING: "=="}[pattern]
        if literal not in text:
            continue
        for m in pattern.finditer(text):
            if covered.holds(*m.span()):
                continue
            covered.add(*m.span())
            if pattern is _TEMPLATE and (_PLACEHOLDER.fullmatch(m.group())
                                         or _OPEN_PLACEHOLDER.match(m.group())):
                continue  # Jinja, Liquid, Mustache: a wiki template has no space after its braces
            if pattern is _WIKILINK:
                fix = _link_fix(doc, m)
            elif pattern is _HEADING:  # keep the title, without the marks and the spaces inside
                marks = len(m.group(1))
                title = m.group()[marks:-marks]
                inner_start = m.start() + marks + len(title) - len(title.lstrip(" \t"))
                inner_end = m.end() - marks - (len(title) - len(title.rstrip(" \t")))
                fix = Fix((Edit(m.start(), inner_start, ""), Edit(inner_end, m.end(), "")))
            else:  # a closed call or tag goes whole; an unclosed one may run into real text
                closed = m.group().endswith(("}}", "</ref>", "/>"))
                fix = span_removal(doc, *m.span(), "safe" if closed else UNSAFE)
            yield Detection(m.start(), m.end(), f"wiki markup “{_short(m.group())}” left in the text", fix)
    if "''" in text:
        for m in _QUOTE_PAIR.finditer(text):
            if not covered.holds(*m.span()):
                covered.add(*m.span())
                yield Detection(m.start(), m.end(), "wiki quote marks left around the text",
                                _strip_pair(doc, m))
        for m in _QUOTE_LONE.finditer(text):
            if _empty_string(text, m.start(), m.end()):
                continue
            if not covered.holds(*m.span()):
                yield Detection(m.start(), m.end(), "a wiki quote mark left in the text",
                                Fix((Edit(m.start(), m.end(), ""),)))
        for m in _QUOTE_CLOSER.finditer("\n" + text):
            # italics closed on a line of their own ("'', described"): the mirror broke the line
            # at a linked title; an odd number of marks on the line says this one has no partner
            a, b = m.start(1) - 1, m.end(1) - 1
            line = doc.lines[doc.line_index(a)]
            if line.text.count("''") % 2 == 1 and not covered.holds(a, b):
                yield Detection(a, b, "a wiki quote mark left in the text", Fix((Edit(a, b, ""),)))
    marks: dict[str, bool] = {}  # whether the text holds a mark, looked for once
    copied = None  # whether the page shows it is a wiki's copy (asked of a lone file name)
    for literals, pattern in _STRAY:
        mark = _MARK_OF[literals]
        if mark is not None:
            if mark not in marks:
                marks[mark] = mark in text
            if not marks[mark]:
                continue
        if not any(literal in text for literal in literals):
            continue
        named = literals[0].endswith((":", "="))  # "Template:..." or "links=no"
        for m in pattern.finditer(text):
            a, b = m.span()
            if named and a and (text[a - 1].isalnum() or text[a - 1] in ":/_"):
                continue  # inside a longer word ("modules=", "https://")
            if literals in _FILE_NAME_KINDS and \
                    text[a:b].strip() == doc.lines[doc.line_index(a)].text.strip():
                # a file name alone on its line is a wiki's only on a page that shows it is a
                # copy: a news site prints its own photo's name ("CAPITOL.jpg")
                if copied is None:
                    copied = shows_wiki_copy(doc)
                if not copied:
                    continue
            if m.group().strip() and not covered.holds(a, b):
                covered.add(a, b)
                yield Detection(a, b, f"markup “{_short(m.group().strip())}” left in the text",
                                span_removal(doc, a, b))
    if "[http" in text:
        for m in _EXTERNAL_LINK.finditer(text):
            a, b = m.span()
            if covered.holds(a, b):
                continue
            covered.add(a, b)
            fix = Fix((Edit(a, m.start(1), ""), Edit(b - 1, b, "")))  # keep the link's words
            yield Detection(a, b, f"wiki markup “{_short(m.group())}” left in the text", fix)
    if "[" in text:
        for a, b in _bracket_links(doc):
            if not covered.holds(a, b):
                covered.add(a, b)
                yield Detection(a, b, f"link brackets left around “{text[a + 1:b - 1]}”",
                                Fix((Edit(a, a + 1, ""), Edit(b - 1, b, ""))))
    if "(" in text:
        for m in _LANG_CODE.finditer(text):
            a, b = m.start(1), m.end()
            if not covered.holds(a, b):
                yield Detection(a, b, "language code of a language template left in the text",
                                span_removal(doc, a, b))
    for a, b in _captioned_file_names(doc):
        if not covered.holds(a, b):
            covered.add(a, b)
            yield Detection(a, b, f"image file name “{text[a:b].strip()}” left after its caption",
                            span_removal(doc, a, b))
    if ", " in text:
        for a, b, shown in _piped(text):
            if not covered.holds(a, b):
                yield Detection(a, b, f"link target and text both left: “{_short(text[a:b])}”",
                                Fix((Edit(a, b, shown),)))


# (the extensions the stray file names are looked for with, and those only a caption's has)
_IMAGE_ENDS = tuple(ext for literals, _ in _FILE_EXTENSIONS for ext in literals) + (
    ".webp", ".tif", ".tiff")
_IMAGE_ENDS_EITHER_CASE = _IMAGE_ENDS + tuple(e.upper() for e in _IMAGE_ENDS)


def _captioned_file_names(doc: Document):
    """(start, end) of an image's file name after its caption, where the caption is repeated on
    the next line (as some mirrors print a figure): "The old mill in 1900. Old mill 1900.jpg",
    then "The old mill in 1900."."""
    text = doc.text
    ending = set()  # lines that end with an image's extension (found from the extensions)
    for ext in _IMAGE_ENDS_EITHER_CASE:
        at = text.find(ext)
        while at >= 0:
            line = doc.lines[doc.line_index(at)]
            if line.text.rstrip().lower().endswith(_IMAGE_ENDS):
                ending.add(line.index)
            at = text.find(ext, line.end)  # (a line is looked at once, however many it holds)
    lines = doc.lines
    for index in sorted(ending):
        if index + 1 >= len(lines):
            continue
        line, below = lines[index], lines[index + 1]
        body = line.text.rstrip()
        caption = below.text.strip()
        rest = body[len(caption):]
        if len(caption) >= 3 and body.startswith(caption) and rest[:1] == " " and len(rest) <= 120:
            yield line.start + len(caption), line.start + len(body)


# a link kept as single brackets around its words: "in the [Caucasus] region of [Eurasia]"
_BRACKET_LINK = lazy_re(r"\[(?<![\w\]]\[)([A-Za-z][\w'’.-]*(?: [\w'’.-]+){0,4})\](?![\w\[(])")
_EDITORIAL = frozenset(("sic", "sic!", "citation needed", "edit", "update", "clarification needed"))


def _bracket_links(doc: Document):
    """(start, end) of bracketed links, on lines that hold three different ones or more, mostly
    names: an editor's insertions are few, or one word repeated ("[institution]" for every name
    an interview redacts); a line of different bracketed names is a rendered link list."""
    for line in doc.lines:
        if line.text.count("[") < 3:
            continue
        found = [m for m in _BRACKET_LINK.finditer(line.text)
                 if m.group(1).lower() not in _EDITORIAL and not m.group(1).isdigit()]
        names = {m.group(1) for m in found}
        if len(names) >= 3 and sum(1 for n in names if n[0].isupper()) >= 2:
            for m in found:
                yield line.start + m.start(), line.start + m.end()


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 50 else text[:47] + "..."
