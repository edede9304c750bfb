"""WL101 inline-gloss: a summary of the linked article injected after a link's words.

## What it does
Finds hover-card summaries that mirror sites (TheInfoList and others) copy into the text after
every link: the link's own words, then the lead of the linked article restated from its title and
cut off with "...". Older pages keep the summary on the link's line; newer ones put it on the next
line, sometimes over several lines (broken mid-sentence, or ending in a line that is only "..."),
and other mirrors put the linked article's title on a line of its own above the summary. A site's
list of related articles (each title above its summary, closed by "[...More Info...]" on the
summary's line or the next) is a run of such cards. The finding covers the injected summary, not
the link's words, and its message names those words.

## Why it matters
Every gloss puts a paragraph of another article into the middle of a sentence. A page with dozens
of them is mostly not the article any more, and the glosses carry markup residue and truncated
sentences into whatever consumes the text.

## Example
```
According to the report, 53% of
Azerbaijanis Azerbaijanis (; az, Azərbaycanlılar, ) are a Turkic people living mainly in ...
approve of U.S. leadership.
```
Use instead:
```
According to the report, 53% of Azerbaijanis approve of U.S. leadership.
```

## Not flagged
Glossary and dictionary lines, a bulleted teaser list that the site itself cuts with "…", a
blog's or a search engine's list of titles and cut-off teasers, a news listing's headlines over
their teasers and a block of search results (titles and snippets only, between finished
sentences), and sentences that really end in "...": a gloss must interrupt a sentence and
restate a linked title.

## Fix (safe)
Removes the summary (and a card's title line) and rejoins the sentence around the link's words,
with no space before `,` `.` `;` `:` `)` `'s` or a `-` that continues a compound.

## Options
- `min_summary_chars` (60): the shortest summary line taken for a gloss.
"""
from __future__ import annotations

import functools

from wikilint.document import Document, Line, ends_sentence, is_bullet_line, looks_like_heading
from wikilint.model import Detection, Edit, Fix

from ._text import lazy_re, norm, words_with_offsets

CODE = "WL101"
NAME = "inline-gloss"
SUMMARY = "Summary of a linked article injected after the link's words"
SEVERITY = "error"
CONTAINS = True
OPTIONS = {"min_summary_chars": 60}

_ARTICLES = {"The", "A", "An"}
_CONTINUES = tuple(",.;:)]'’-–”")
_MORE_INFO = "[...More Info...]"
_ALNUM = lazy_re(r"[^\W_]")  # a letter or digit, as str.isalnum() counts them
_CARD_LINE_ENDS = frozenset(".…]|")  # or white space


# A line's trailing ellipsis is found from its end, not by a pattern scanning the whole line:
# glossed lines are long, and these tests run on every one of them.

def _ellipsis_at(text: str) -> int:
    """Where the ellipsis that ends a line starts ("..." anywhere, "…" after a space), or -1."""
    t = text.rstrip(" \t")
    if t.endswith("..."):
        return len(t) - 3
    if t.endswith("…") and (len(t) == 1 or t[-2].isspace()):
        return len(t) - 1
    return -1


def _spaced_ellipsis(text: str) -> bool:
    """The line ends in an ellipsis set off by a space: "... the company ..."."""
    at = _ellipsis_at(text)
    return at > 0 and text[at - 1].isspace()


def _lone_ellipsis(text: str) -> bool:
    return text.strip(" \t") in ("...", "…")


def _ends_clause(word: str) -> bool:
    """A word that ends a sentence or clause ("1992.", "said:"), but not an initial ("U.S.")."""
    return word[-1:] in (".", "!", "?", ";", ":") and not "A" <= word[-2:-1] <= "Z"


def _page_title(doc: Document) -> str:
    first = next((line.text.strip() for line in doc.lines if line.text.strip()), "")
    return first.lower()


def _anchor_like(line: Line | None) -> bool:
    """A link's words alone on a line: short, not a sentence end, not a bullet."""
    if line is None:
        return False
    text = line.text.strip()
    return (0 < len(text) <= 60 and len(text.split()) <= 8 and not text.endswith(tuple(".!?:;,"))
            and not is_bullet_line(text) and _ellipsis_at(text) < 0)


def _restates(anchor: str, summary: str) -> bool:
    """Does a summary open by restating the linked title? ("Indiana" / "Indiana ( ) is ...")"""
    a = [n for n in map(norm, anchor.split()) if n]
    s = [n for n in map(norm, summary.split()[:8]) if n]
    if not a or not s:
        return False
    if s[0] == a[0] or summary.lower().startswith(anchor.lower()):
        return True
    content = {w for w in a if len(w) >= 3}
    return summary.split()[0] in _ARTICLES | {"In"} and bool(content & set(s[1:7]))


@functools.lru_cache(maxsize=4)  # the same line is often split twice: strictly, then by context
def _split(text: str) -> tuple[int, float]:
    """Where the link's words end and the summary starts on a one-line gloss: (words, level).
    Level 3: the summary repeats the link's words; 2.8: it spells out an acronym; 2.7: it holds
    the link's words right after its first word; 2.5: it opens with an article or the link's first
    word; 1: a name whose surname it repeats; 0: a guess."""
    words = text.split(None, 24)[:24]  # the split is always near the start
    normed = list(map(norm, words))
    first_low = words[0].lower() if words else ""
    first_norm = normed[0] if normed else ""
    best = (0, 0)
    # (the summary's words are normed[k:], read by offsets rather than copied for every k)
    for k in range(1, min(10, len(words) - 2) + 1):
        last = words[k - 1]
        if not (last.isalnum() or _ALNUM.search(last)) or _ends_clause(last):
            break  # a link's words hold no bullets and end no sentence
        if last[-1] == ",":
            continue  # nor end with a comma, which belongs to the sentence after the summary
        raw = words[k]
        # past two words, every level needs one of these; most tries end here
        if k > 2 and first_norm not in normed[k:k + 4] and normed[k] != normed[1] \
                and (best[1] >= 2.5 or raw not in _ARTICLES) and not raw.lower().startswith(first_low):
            continue
        anchor = normed[:k]
        level = 0
        # (the words repeated as written: the joined test only where their first word repeats)
        if normed[k:2 * k] == anchor or (raw.lower().startswith(first_low) and " ".join(
                words[k:2 * k + 1]).lower().startswith(" ".join(words[:k]).lower())):
            level = 3
        elif raw in _ARTICLES and normed[k + 1:2 * k + 1] == anchor:
            level = 3
        elif k == 1 and words[0].isupper() and "(" + words[0] + ")" in words[k:k + 8]:
            level = 2.8  # an acronym explained: "UPI United Press International (UPI)"
        elif k >= 2 and (normed[k + 1:2 * k + 1] == anchor or normed[k + 2:2 * k + 2] == anchor
                         or normed[k + 3:2 * k + 3] == anchor):
            level = 2.7  # the full name around the link's words: "Thomas Woodrow Wilson"
        elif k >= 3 and normed[k:2 * k - 1] == anchor[1:]:
            level = 2.6  # the name without its title: "Queen Maria II Maria II (4 April 1819"
        elif raw in _ARTICLES or (k >= 2 and normed[k] == first_norm and len(first_norm) >= 3
                                  and words[0][:1].isupper() and not raw[:1].islower()):
            level = 2.5
        elif k == 2 and len(normed[1]) >= 3 and words[1][:1].isupper() and normed[1] in normed[2:6]:
            level = 1  # a first and last name, the summary giving the full name
        elif k == 1 and raw[:1].isupper() and words[0].isalpha() and len(first_norm) >= 5 \
                and len(normed[1]) >= 5 and first_norm[:5] == normed[1][:5]:
            level = 2.5  # the title in another form of the word: "fisheries Fishery can mean ..."
        if level > best[1]:
            best = (k, level)
        if level == 3:
            break
    if best[1]:
        return best
    if words and words[0][:1].islower():
        # the link's words in small letters, the summary's first in a capital ("crude oil
        # Petroleum, ...")
        for k in range(1, min(5, len(words))):
            if words[k][:1].isupper():
                if all(w[:1].islower() for w in words[:k]) and not _ends_clause(words[k - 1]):
                    return k, 0
                break
    lowered = [w.lower() for w in words[:12]]
    for verb in ("is", "was", "are", "were"):
        if verb in lowered[2:]:
            return lowered.index(verb, 2) - 1, 0
    run = 0
    while run < len(words) and (words[run][:1].isupper() or words[run][:1].isdigit()):
        run += 1
    return max(1, min(run - 1, 4)), 0


class _Card:
    """One injected hover card: the summary's offsets and the link's words."""

    def __init__(self, start: int, end: int, anchor: str, first: int, last: int,
                 anchor_line: int, remove_from: int | None = None, join_before: bool = True):
        self.start, self.end, self.anchor = start, end, anchor
        self.first, self.last = first, last  # line indexes the card covers
        self.anchor_line = anchor_line  # the line holding the link's words
        self.remove_from = start if remove_from is None else remove_from
        self.join_before = join_before  # rejoin the link's line to the sentence piece above it
        self.weak = False
        self.alone = False  # the summary is removed alone (the site's buttons follow on its line)


def _continuation(line: Line | None) -> bool:
    text = line.text.lstrip() if line else ""
    return bool(text) and (text[0].islower() or text.startswith(_CONTINUES))


def _ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip("\"”’)").endswith((".", "!", "?")) and _ellipsis_at(text) < 0


def _context(doc: Document, index: int) -> bool:
    """A gloss interrupts a sentence: the line before it does not end one, or the line after it
    continues one."""
    prev, nxt = doc.prev_line(index), doc.next_line(index)
    if prev and doc.same_block(index - 1, index):
        if not _ends_sentence(prev.text) or is_bullet_line(prev.text):
            return True
    return bool(nxt and doc.same_block(index, index + 1) and _continuation(nxt))


def _same_line_card(doc: Document, line: Line, end: int, min_chars: int,
                    min_level: int) -> _Card | None:
    body = doc.text[line.start:end]
    k, level = _split(body)
    if level < min_level or (level == 0 and not _context(doc, line.index)):
        return None
    words = words_with_offsets(body, line.start, limit=k + 1)
    if k >= len(words):
        return None
    anchor = doc.text[words[0][1]:words[k - 1][2]]
    if _ends_clause(anchor):
        return None  # the link's words do not end a sentence ("in February 1992.")
    start = words[k][1]
    if end - start < min_chars:
        return None
    card = _Card(start, end, anchor, line.index, line.index, line.index, remove_from=words[k - 1][2])
    card.weak = level == 0  # no restated title: kept only on a page with other glosses
    return card


def _card_start(doc: Document, last: int, min_level: float = 3) -> _Card | None:
    """Walk up from a card's last line to where the card starts (a multi-line card)."""
    for j in range(last, max(-1, last - 30), -1):
        line = doc.lines[j]
        if j < last and (not doc.same_block(j, last) or _ellipsis_at(line.text) >= 0):
            return None
        card = _same_line_card(doc, line, line.end, 0, min_level=min_level)
        if card:
            return card
        prev = doc.prev_line(j)
        if j > 0 and doc.same_block(j - 1, j) and _anchor_like(prev) and \
                _restates(prev.text.strip(), line.text.strip()) and len(line.text.strip()) >= 40:
            return _Card(line.start, line.end, prev.text.strip(), j, j, j - 1, remove_from=prev.end)
    return None


def _find_card(doc: Document, line: Line, min_chars: int) -> _Card | None:
    text = line.text
    at = _ellipsis_at(text)
    end = line.end
    lone = _lone_ellipsis(text)
    if lone or (at >= 0 and len(text[:at].strip()) < min_chars):
        card = _card_start(doc, line.index - (1 if lone else 0))
        if card and card.first == line.index and not lone:
            return None  # a short line is no summary on its own ("Ride on, ride on...")
        if card:
            card.last, card.end = line.index, end
        return card
    prev = doc.prev_line(line.index)
    in_block = prev is not None and doc.same_block(line.index - 1, line.index)
    spaced = _spaced_ellipsis(text)
    # the linked article's title on its own line above the summary, the text going on after a
    # blank line (AbsoluteAstronomy-style cards): the title line is injected too
    before = doc.prev_line(line.index - 1) if in_block else None
    nxt = doc.next_line(line.index)
    if in_block and _anchor_like(prev) and before and doc.same_block(line.index - 2, line.index) \
            and not ends_sentence(before.text) and (nxt is None or nxt.is_blank) and not spaced:
        if _ends_open(before.text):
            # the sentence stops at "of" or "the": the line above the summary is the link's own
            # words, not a title the site added; they stay, only the summary goes
            return _Card(line.start, end, prev.text.strip(), line.index, line.index,
                         line.index - 1, remove_from=prev.end)
        return _Card(prev.start, end, prev.text.strip(), line.index - 1, line.index,
                     line.index - 2, remove_from=before.end, join_before=False)
    if not spaced:
        return None
    card = _same_line_card(doc, line, end, min_chars, min_level=3)
    if card:
        return card
    if in_block and not _ends_sentence(prev.text) and _ellipsis_at(prev.text) < 0 \
            and _split(text[:at].strip())[1] < 2.5:
        # the summary goes on from the line above, and this line opens no card of its own ("...
        # between the United States and" / "their allies ... which began following ..."): the
        # card starts on a line above this one
        card = _card_start(doc, line.index - 1, min_level=2.5)
        # (the card's first line a long one: a short title-like line over a teaser is no card)
        if card and len(doc.lines[card.first].text.strip()) >= min_chars:
            card.last, card.end = line.index, end
            return card
    if in_block and _anchor_like(prev) and _restates(prev.text.strip(), text.strip()):
        if not _not_own_article(doc, prev) or _teaser(doc, prev.index, line.index):
            return None
        return _Card(line.start, end, prev.text.strip(), line.index, line.index, line.index - 1,
                     remove_from=prev.end)
    if _context(doc, line.index):
        return _same_line_card(doc, line, end, min_chars, min_level=0)
    return None


# words a sentence cannot stop at: a line ending in one goes on with the link's words
_OPEN_WORDS = frozenset("""the a an of in on at to by for from with into and or as than that
his her its their our your this these those""".split())


def _ends_open(text: str) -> bool:
    words = text.split()
    return bool(words) and words[-1].lower() in _OPEN_WORDS


def _teaser(doc: Document, title: int, summary: int) -> bool:
    """A list of titles, each with its teaser cut off ("Atoms and Matter" / "The tiniest bit ...",
    then the next title): the title follows a finished sentence or teaser, not a piece of one,
    and what follows the teaser starts afresh instead of going on with a sentence."""
    before = doc.prev_line(title)
    if before is None or not doc.same_block(title - 1, title) or not (
            ends_sentence(before.text) or looks_like_heading(before.text)):
        return False
    after = doc.next_line(summary)
    return after is None or not doc.same_block(summary, summary + 1) or not _continuation(after)


def _not_own_article(doc: Document, title: Line) -> bool:
    """A card under the page's own title (a mirror's "l" page) is the article itself."""
    return title.index == 0 or title.text.strip().lower() != _page_title(doc)


def _cut_card(doc: Document) -> _Card | None:
    """A card cut off by the end of an excerpt: the last line opens a gloss with no '...'."""
    last = doc.lines[-1]
    if last.is_blank or last.index == 0:
        return None
    card = _same_line_card(doc, last, last.end, 0, min_level=2)
    prev = doc.prev_line(last.index)
    if card is None and _anchor_like(prev) and _restates(prev.text.strip(), last.text.strip()) \
            and _not_own_article(doc, prev):
        card = _Card(last.start, last.end, prev.text.strip(), last.index, last.index,
                     last.index - 1, remove_from=prev.end)
    return card


def _related_items(doc: Document, chrome: Line) -> _Card | None:
    """A related-article card closed by the site's '[...More Info...]' line: the block's first
    line is the card's title, the lines after it its summary."""
    n = doc.block_of_line[chrome.index]
    block = doc.blocks[n]
    if chrome.index - block.first < 2 or not _not_own_article(doc, doc.lines[block.first]):
        return None
    first, last = doc.lines[block.first + 1], doc.lines[chrome.index - 1]
    return _Card(first.start, last.end, doc.lines[block.first].text.strip(), first.index,
                 last.index, block.first, remove_from=first.start)


def _related_item_on_one_line(doc: Document, line: Line, at: int) -> _Card | None:
    """A related-article card whose summary and the site's buttons share a line ("Azerbaijan is
    divided into ... th ... [...More Info...] [...Related Items...] OR: ..."), under its title."""
    title = doc.prev_line(line.index)
    summary = line.text[:at].rstrip()
    if title is None or title.index == 0 or not doc.same_block(title.index, line.index) or \
            not _anchor_like(title) or not _not_own_article(doc, title) or _ellipsis_at(summary) < 0:
        return None
    start = line.start + len(line.text) - len(line.text.lstrip())
    card = _Card(start, line.start + len(summary), title.text.strip(), line.index, line.index,
                 title.index, remove_from=start)
    card.alone = True
    return card


def _joiner(doc: Document, card: _Card) -> tuple[int, str]:
    """Where the removal ends and what rejoins the sentence after it."""
    nxt = doc.next_line(card.last)
    if nxt is None or not doc.same_block(card.last, card.last + 1):
        # a blank line then text going on with a leading space or lower case (title cards)
        following = nxt.index + 1 if nxt is not None and nxt.is_blank else None
        if following is not None and following < len(doc.lines) and card.first != card.anchor_line \
                and (doc.lines[following].text[:1] in (" ", '"')
                     or doc.lines[following].text.startswith(_CONTINUES)) \
                and card.remove_from < card.start:
            after = doc.lines[following]
            text = after.text.lstrip()
            stop = after.start + len(after.text) - len(text)
            return stop, ("" if text.startswith(_CONTINUES) or text.startswith(("'s", "’s")) else " ")
        return card.end, ""
    if is_bullet_line(nxt.text):
        return card.end, ""
    text = nxt.text.lstrip()
    stop = nxt.start + len(nxt.text) - len(text)
    glue = "" if (text.startswith(_CONTINUES) or text.startswith(("'s", "’s"))) else " "
    return stop, glue


def check(doc: Document, options: dict):
    min_chars = int(options.get("min_summary_chars", 60))
    cards: list[_Card] = []
    taken: set[int] = set()
    text = doc.text
    if "..." not in text and "…" not in text:
        return
    for line in doc.lines:
        # a card's last line ends in an ellipsis (or is the site's "[...More Info...]" line): one
        # look at the line's last character leaves out most lines
        last = line.text[-1:]
        if (last not in _CARD_LINE_ENDS and not last.isspace()) or line.index in taken:
            continue
        card = None
        if line.text.strip() == _MORE_INFO and line.text.startswith("["):
            card = _related_items(doc, line)
        elif _MORE_INFO in line.text and line.text.find(_MORE_INFO) > 0:
            card = _related_item_on_one_line(doc, line, line.text.find(_MORE_INFO))
        elif _ellipsis_at(line.text) >= 0:
            card = _find_card(doc, line, min_chars)
        if card and not taken.intersection(range(card.first, card.last + 1)):
            cards.append(card)
            taken.update(range(card.first, card.last + 1))
    cards = _drop_teaser_lists(doc, cards)
    # a gloss found by context alone (no restated title) counts only where others are certain
    if sum(1 for c in cards if not c.weak) < 2:
        cards = [c for c in cards if not c.weak]
    if cards and (len(doc.lines) - 1) not in taken and not doc.text.endswith("\n"):
        cut = _cut_card(doc)
        if cut:
            cards.append(cut)
    card_ends = {c.last for c in cards}
    for card in sorted(cards, key=lambda c: c.start):
        yield Detection(card.start, card.end,
                        f"summary of a linked article injected after “{card.anchor}”",
                        _fix(doc, card, card_ends))


def _drop_teaser_lists(doc: Document, cards: list[_Card]) -> list[_Card]:
    """Without the cards of a block that holds only titles and their teasers, between finished
    sentences: a gloss interrupts a sentence of the page, and such a block (search results, a news
    listing: "Baku Metro The Baku Metro is ... ...") is the page's own list."""
    covered: dict[int, set[int]] = {}  # block index: the lines its cards (and titles) take
    for card in cards:
        lines = covered.setdefault(doc.block_of_line[card.first], set())
        lines.update(range(card.first, card.last + 1))
        title = doc.lines[card.anchor_line]
        if doc.same_block(title.index, card.first) and _anchor_like(title):
            lines.add(title.index)  # a title line over its teaser
    blocks = doc.blocks
    lists = {n for n, lines in covered.items()
             if len(lines) == blocks[n].last - blocks[n].first + 1 and _between_sentences(doc, n)}
    return [card for card in cards if doc.block_of_line[card.first] not in lists]


def _between_sentences(doc: Document, n: int) -> bool:
    """Does the text before block `n` end a sentence, a heading or a teaser, and the text after it
    start afresh (no piece of a sentence it would interrupt)?"""
    blocks, lines = doc.blocks, doc.lines
    if n > 0:
        before = lines[blocks[n - 1].last].text
        if not (ends_sentence(before) or _ellipsis_at(before) >= 0
                or looks_like_heading(before.strip())):
            return False
    if n + 1 == len(blocks):
        return True
    after = lines[blocks[n + 1].first]
    rest = after.text.strip()
    return (rest[0].isupper() or rest[0].isdigit()) and not _continuation(after)


def _opens(text: str) -> bool:
    """Does a line end by opening something the link's words continue: "(", "“"?"""
    return text.rstrip().endswith(("(", "“", "‘"))


def _italics_opened(text: str) -> bool:
    """Does a line end by opening wiki italics around a linked title ("a co-author of ''", the
    title on the next line, "'', described" after the summary)?"""
    text = text.rstrip()
    return text.endswith("''") and not text.endswith("'" * 3) and text.count("''") % 2 == 1


def _fix(doc: Document, card: _Card, card_ends: set[int]) -> Fix:
    if card.alone:
        return Fix((Edit(card.remove_from, card.end, ""),))
    stop, glue = _joiner(doc, card)
    edits = [Edit(card.remove_from, stop, glue)]
    # rejoin the link's words to the sentence piece before them, unless a gloss before already did
    a = card.anchor_line
    prev = doc.prev_line(a)
    if card.join_before and prev is not None and doc.same_block(a - 1, a) \
            and (a - 1) not in card_ends and not is_bullet_line(doc.lines[a].text):
        anchor_text = doc.lines[a].text.lstrip()
        anchor_start = doc.lines[a].end - len(anchor_text)
        glue = "" if anchor_text.startswith(_CONTINUES) or _opens(prev.text) else " "
        if _italics_opened(prev.text):
            glue = ""  # "of ''" + "The Book of Lists": the marks are markup-residue's to remove
        edits.insert(0, Edit(prev.end, anchor_start, glue))
    return Fix(tuple(edits))
