"""WL001 site-chrome: the mirror site's own text, or wiki boilerplate, copied with the article.

## What it does
Finds the words of the copying site rather than of the article: navigation ("HOME", "Main Page |
See live article | Alphabetical index", "Jump to content"), the site's name ("TheInfoList",
"World Library", "The Full Wiki"), its buttons ("Flag as Inappropriate", "Email this Article",
"[...More Info...]"), licence footers ("This article is issued from Wikipedia ...", "Community
content is available under CC-BY-SA"), a Fandom page's title bar ("... | Rivers Wiki | Fandom"), wiki
taglines ("From Wikipedia, the free encyclopedia"), banners ("This article has multiple
issues"), "Retrieved from ..." and "This page was last edited ..." lines, share counters and
share buttons, a protected page's notice ("Page semi-protected"), a category page's listing
sentences ("Pages in category ...", "(previous 200) (next 200)"), the header of a web proxy the
page was read through ("Location via proxy:", "[Report a bug] [Manage cookies]"), and the whole
skin of a MediaWiki page (its menus, tabs and tools, as one block or one item per line; at the
top, or at the end after "Retrieved from" with the category box, the language names and the
footer's links), and the mobile skin ("Open main menu", "Download PDF", "Last edited 3 months ago
by ...", "Content is available under CC BY-SA ..." and the links under it). Also an old revision's
or a diff page's header ("Revision as of 19:59, 25 July 2022 by ...", "(diff) ← Older revision |
...", "Content deleted Content added"), a failed module's "Lua error in ...", and the lines
other mirrors add: Wikiwand's ("... / From Wikipedia, the free encyclopedia", its questions for its
assistant) and LiquiSearch's ("Read more about this topic: ...", "Famous quotes containing the
words ...:"), and the wiki's boxes at an article's end: its sister projects' ("Wikimedia Commons
has media related to ..."), a navigation box's "v t e" links, a stub's notice, a spoken article's
notice ("Listen to this article (4 minutes)"), "Authority control", and the category lines
("Categories: ..." over "Hidden categories: ...").

## Why it matters
Chrome is not the article. In a corpus it repeats across thousands of documents and teaches a
model, or a reader, that "OR:" and "Email this Article" belong in prose.

## Example
```
Azerbaijan–United States relations
   HOME

TheInfoList

OR:

According to the 2012 U.S. Global Leadership Report, ...
```
Use instead:
```
Azerbaijan–United States relations

According to the 2012 U.S. Global Leadership Report, ...
```

## Not flagged
The same words inside a sentence ("the home of", "or"): a chrome line is matched whole, or by a
phrase that only boilerplate uses. A site's own page text that is not boilerplate (an archive's
permission notice, a podcast's subscribe line, a blog's "Categories: Travel" line, a news site's
"Listen to this article") is left alone, and so is the web chrome any site has (share buttons and
counters, "Share this article", "Skip to main content", a viewer's "You are on page 1 of 5") on a
page that shows no sign of being a copy (no other chrome, no wiki's name or markers).

## Fix (safe)
Removes the chrome line, or the chrome phrase and the space beside it. A line of the page's
header (only chrome above it) goes with the blank lines after it, so that the text starts with
the article.
"""
from __future__ import annotations

import re

from wikilint.document import Document
from wikilint.model import Detection, Edit, Fix

from ._text import has_wiki_signs, lazy_re, line_removal, span_removal, text_span

CODE = "WL001"
NAME = "site-chrome"
SUMMARY = "Text of the mirror site or of wiki boilerplate, not of the article"
SEVERITY = "error"
CONTAINS = True
OPTIONS = {"extra_lines": []}

# whole lines (compared without surrounding spaces; case matters for the short ones)
_LINES = frozenset("""
HOME
TheInfoList
OR:
World Library
Flag as Inappropriate
Email this Article
Skip to main content
Jump to content
Search results
picture info
[...More Info...]
The Full Wiki
Main Page | See live article | Alphabetical index
Ad spacer
>>>PUT SHARE BUTTONS HERE<<<
↓ Menu
↑ Return to Menu
""".strip().split("\n"))

_LINES_FOLDED = frozenset(s.lower() for s in """
From Wikipedia, the free encyclopedia
From Wikipedia, the free encyclopaedia
Wikipedia, the free encyclopedia
aus Wikipedia, der freien Enzyklopädie
Un article de Wikipédia, l'encyclopédie libre.
Un article de Wikipédia, l'encyclopédie libre
De Wikipedia, la enciclopedia libre
Da Wikipedia, l'enciclopedia libera.
Da Wikipedia, l'enciclopedia libera
Origem: Wikipédia, a enciclopédia livre.
Uit Wikipedia, de vrije encyclopedie
Z Wikipedii, wolnej encyklopedii
Материал из Википедии — свободной энциклопедии
出典: フリー百科事典『ウィキペディア（Wikipedia）』
维基百科，自由的百科全书
コンテンツにスキップ
移動先: 案内検索
跳转到内容
From Wikimedia Commons, the free media repository
From Wiktionary, the free dictionary
From Wikiquote, the free quote compendium
From Wikisource
From Wikivoyage
Jump to: navigation, search
Personal tools
Open main menu
Read in another language
Share this article
Print this article
Cite this article
Page contents not supported in other languages.
This page needs to be proofread.
This page has been proofread.
This page has been validated.
This page has not been proofread.
Page semi-protected
Page extended-protected
Page template-protected
Page move-protected
Page protected
Semi-protected article
Extended-protected article
Template-protected article
Move-protected article
Pending changes protected article
Authority control
Authority control databases
v t e
v · t · e
v • t • e
""".strip().split("\n")) | frozenset(
    # the skin's two jump links in the wikis' languages, each alone, or both on one line, spaced
    # or run together ("Перейти к навигацииПерейти к поиску")
    line.lower() for nav, search in (
        ("Jump to navigation", "Jump to search"), ("Zur Navigation springen", "Zur Suche springen"),
        ("Aller à la navigation", "Aller à la recherche"), ("Ir a la navegación", "Ir a la búsqueda"),
        ("Vai alla navigazione", "Vai alla ricerca"), ("Saltar para a navegação", "Saltar para a pesquisa"),
        ("Ir para navegação", "Ir para pesquisa"), ("Naar navigatie springen", "Naar zoeken springen"),
        ("Przejdź do nawigacji", "Przejdź do wyszukiwania"), ("Перейти к навигации", "Перейти к поиску"),
        ("Siirry navigointiin", "Siirry hakuun"), ("Hoppa till navigering", "Hoppa till sök"),
        ("Gezinti kısmına atla", "Arama kısmına atla"))
    for line in (nav, search, f"{nav} {search}", nav + search))

# phrases that only boilerplate uses: the match runs to the end of its sentence or line
_PHRASES = lazy_re(
    r"(?:This article is issued from Wikipedia\b"
    r"|This page is copied from Wikipedia\b"
    r"|Article snapshot taken from Wikipedia\b"
    r"|This (?:page|article) contains (?:text|material) from Wikipedia\b"
    r"|This article has multiple issues\b"
    r"|This page was last (?:edited|modified) on\b"
    r"|This is an old revision of this page, as edited by\b"
    r"|Dies ist die aktuelle Version dieser Seite, zuletzt bearbeitet am\b"
    r"|Diese Seite wurde zuletzt am \d"
    # (a wiki's, with its quoted address: a reference list's "Retrieved from https://..." is not)
    r"|Retrieved from [\"“]https?://"
    r"|Retrieved from https?://[^\s\"”]{1,80}/(?:w/index\.php\?title=|wiki/)"
    r"|This article is rated [A-Z][\w-]*-class\b"
    r"|Many of our articles have direct quotes from sources\b"
    r"|Results from the [\w. ]{1,40} Content Network\b"
    r"|Text is available under the Creative Commons\b"
    r"|Community content is available under CC[ -]BY-SA\b"
    r"|Content is available under CC BY-SA\b"
    r"|The text is licensed under Creative Commons\b"
    r"|(?:\[\.\.\.More Info\.\.\.\][ \t]+)?\[\.\.\.Related Items\.\.\.\]"
    r"|Warning: \w+\([^)\n]{0,200}\): failed to open stream: [^\n]{0,120}?(?= in /|$)"
    # a stub's notice and a spoken article's
    r"|This [\w ,()'’-]{1,80} is a stub\. You can help Wikipedia by expanding it\b"
    r"|This audio file was created from a revision of\b"
    # the topicon of a rated article
    r"|This is an? (?:good|featured) (?:article|list)\. Click here for more information\."
    # a wiki's failed module, printed where the infobox should be
    r"|Lua error in [\w./:-]{1,80} at line \d+:"
    # Wikiwand's: the short description, then " / From Wikipedia, the free encyclopedia"
    r"|(?<= )/ From Wikipedia, the free encyclopedia"
    r")[^\n|]*", re.M)
# one of these is in a text that holds a phrase (finding them is cheaper than the pattern)
_PHRASE_LITERALS = ("This article", "This page", "This is a", "Article snapshot", "Dies",
                    "Retrieved from", "Many of our articles", "Results from the", "Text is available",
                    "Community content", "Content is available", "The text is licensed",
                    "[...Related Items...]", "Warning: ", "Lua error in ", " is a stub.",
                    "This audio file", "/ From Wikipedia")

# web chrome that any site has (share counters and buttons, a document viewer's pager): the
# copying site's only on a page that shows it is a copy (see check)
_GENERIC_PATTERNS = (r"\d[\d,.]*[kKmM]? (?:[Ss]hares?|[Ll]ikes?|[Tt]weets?|[Cc]omments?)",
                     r"(?:Share|Tweet|Pin it) \d+",
                     r"You are on page \d+ ?of \d+")

_LINE_PATTERNS = lazy_re(
    r"^(?:\(Redirected (?:to|from) [^()\n]{1,80}\)"
    r"|[\w ]{1,40}: Wikis"
    r"|Explore [\w ]{1,40} Alphabetically"
    r"|Related subjects\b[^\n]{0,80}"
    r"|To-do list for [^\n]{1,80}:"
    r"|from www\.[\w.-]+"
    r"|From (?:the )?\w*[Ww]iki\w*(?:, the free encyclop(?:a|æ)?edia)?\.?"
    # the tagline under a word a mirror's rewriter mangled ("fro' Wikipedia, the free ...")
    r"|\S{1,8} Wikipedia, the free encyclop(?:a|æ)?edia\.?"
    # a sister project's or another wiki's tagline: "From Wikibooks, open books for an open world",
    # "From Wikinews, the free news source", "From EverybodyWiki Bios & Wiki"
    r"|From (?!Wikipedia\b)\w*[Ww]iki\w*, (?:the|a|an|open|your)(?: [\w'’-]+){1,5}"  # (no full stop)
    r"|From EverybodyWiki Bios & Wiki"
    # a Russian wiki's tagline, its own or a mirror's ("Материал из Онлайн справочника")
    r"|Материал из [^\n.!?]{1,60}"
    # a wiki's own tagline: "From Niidae Wiki", "From Meta, a Wikimedia project coordination wiki"
    r"|From (?:the )?(?:[A-Z][\w-]{1,30} ){1,4}Wiki"
    # an encyclopedia's tagline: "From Simple English Wikipedia, the free encyclopedia", "From
    # Infogalactic: the planetary knowledge core", "From New World Encyclopedia", "From Citizendium"
    r"|From (?:the )?(?:[A-Z][\w-]{1,30} ){0,3}[\w-]*(?:pedia|Encyclopedia|dium|galactic)"
    r"(?:[,:] (?:the|a|an)(?: [\w-]+){1,3})?\.?"
    r"|From [A-Z][\w-]{1,30}, a Wikimedia project coordination wiki"
    rf"|{'|'.join(_GENERIC_PATTERNS)}"
    # a category page's listing sentences
    r"|(?:Pages|Media) in category [\"“][^\n]{1,120}[\"”]"
    r"|This category (?:has|contains) (?:only )?the following [\d,]+ (?:subcategor(?:y|ies)|pages?|files?)"
    r"(?:, out of [\d,]+ total)?\."
    r"|There (?:are|is) [\d,]+ (?:subcategor(?:y|ies) to this category shown below|pages? in this "
    r"section of this category)[^\n]{0,60}"
    r"|The following [\d,]+ (?:pages|files) (?:are|is) in this category, out of [\d,]+ total\."
    r"(?: Updates to this list can occasionally be delayed for a few days\.)?"
    r"|\((?:previous|next) (?:\d+|page)\)(?: \((?:previous|next) (?:\d+|page)\))?"
    # the header of a web proxy the page was read through (CGIProxy and its kind)
    r"|Location via proxy:[^\n]{0,300}"
    r"|\[Report a bug\][ \t]+\[Manage cookies\]"
    r"|[^\n]{0,60}\[go: [^\[\]\n]{1,40}\]"  # (in the proxy's language: "[go: nahoru, domu]")
    # a diff page's title and column heads
    r"|[^\n]{1,120}: Difference between revisions"
    r"|Content deleted Content added"
    # the boxes that point to the sister projects, a spoken article's player, hidden categories
    r"|(?:Wikimedia Commons|Wikiquote|Wikisource|Wikinews|Wikiversity|Wikibooks|Wikivoyage|"
    r"Wikispecies|Wikidata) has (?:media|quotations|original (?:text|works)|news|learning resources|"
    r"a travel guide|a book|data|information)\b[^\n]{0,160}"
    r"|Look up [^\n]{1,60} in Wiktionary, the free dictionary\.?"
    r"|Listen to this article \(\d+ minutes?\)"
    r"|Hidden categor(?:y|ies):[^\n]*"
    # Wikiwand's questions for its assistant
    r"|Dear Wikiwand AI, [^\n]{0,200}"
    r"|Can you list the top facts and stats about [^\n]{1,120}\?"
    r"|Summarize this article for a 10 years? old"
    # LiquiSearch's links under each section
    r"|Read more about this topic:[ \t]+[^\n]{1,120}"
    r"|Read more about [^\n:]{1,80}:[ \t]+[A-Z][^\n,]{0,80}(?:, [A-Z][^\n,]{0,80})+"  # its sections
    r"|Famous quotes containing the words? [^\n]{1,120}:"
    # the mobile skin's note of the last edit
    r"|Last edited (?:on \d{1,2} \w+ \d{4}|\d+ (?:second|minute|hour|day|week|month|year)s? ago)"
    r"(?: by [^\n]{1,80})?"
    # an old revision's header: "Revision as of 19:59, 25 July 2022 by Mapper", and its links
    # "(diff) ← Older revision | Latest revision (diff) | Newer revision → (diff)" (any language)
    r"|Revision as of \d{1,2}:\d{2}, \d{1,2} \w+ \d{4}(?: by [^\n]{1,300})?"
    r"|\(diff\) ← [^|\n]{1,40}\|[^|\n]{1,40}\|[^|\n]{1,40} → \(diff\)"
    # a Fandom page's title bar: "Otter Creek | Rivers Wiki | Fandom"
    r"|[^\n|]{1,120} \| [^\n|]{1,60} \| Fandom"
    # a wiki's footer links on one line
    r"|Privacy policy(?: About [\w ]{1,40})? Disclaimers\b[^\n]{0,200}"
    r")\s*$")

# what a line must start or end with for one of the patterns above to match it whole (a look at
# its ends is cheaper than the pattern, which is also compiled only when some line passes); a
# pattern added above needs its start or end here, or it never runs
_LINE_STARTS = ("(Redirected", "Explore ", "Related subjects", "To-do list for ", "from www.",
                "From ", "Share ", "Tweet ", "Pin it ", "You are on page ",
                "Pages in category ", "Media in category ", "This category ", "There are ",
                "There is ", "The following ", "(previous ", "(next ", "Location via proxy:",
                "[Report a bug]", "Privacy policy", "Last edited ", "Revision as of ", "(diff) ",
                "Content deleted", "Dear Wikiwand AI", "Can you list the top facts",
                "Summarize this article", "Read more about ", "Famous quotes containing",
                "Wiki", "Look up ", "Listen to this article", "Hidden categor", "Материал из ")
_LINE_ENDS = (": Wikis", "]", "| Fandom", ": Difference between revisions", "free encyclopedia",
              "free encyclopaedia", "free encyclopedia.", "free encyclopaedia.")


def _chrome_line(text: str) -> bool:
    """Does a whole (stripped) line match one of the chrome line patterns?"""
    return (text.startswith(_LINE_STARTS) or text[:1].isdigit() or text.endswith(_LINE_ENDS)) \
        and bool(_LINE_PATTERNS.match(text))


# a navigation bar: many short items between pipes
_NAV_ITEM = lazy_re(r"^[\w&'’.,-]+(?: [\w&'’.,-]+){0,3}$")

# the skin of a MediaWiki page (menus, tabs, the edit form's login warning)
_SKIN = frozenset("""
Jump to content
Main menu
move to sidebar
hide
Navigation
Main page
Recent changes
Random page
Help about MediaWiki
Special pages
Search
Appearance
Create account
Log in
Personal tools
Pages for logged out editors
learn more
Contributions
Talk
Editing
(section)
Page
Discussion
Read
Edit
View history
Tools
Actions
General
What links here
Related changes
Page information
Warning:
Donate
Upload file
Permanent link
Cite this page
Download as PDF
Printable version
""".strip().split("\n"))
_SKIN_START = 4  # a skin starts within the first lines of the page
# more of the skin, and the items only a MediaWiki skin has (a page needs a few of those)
_SKIN_MORE = frozenset("""
Contents
Current events
Random article
About Wikipedia
Contact us
Contribute
Help
Learn to edit
Community portal
Pages for logged out editors learn more
Add links
Edit links
Project page
Article
View source
Edit source
Get shortened URL
Download QR code
Print/export
Wikidata item
In other projects
Languages
Move to sidebar
Toggle the table of contents
Toolbox
Views
Variants
Discussion
Edit this page
Log in / create account
Navigation menu
Sign In
Register
Explore
Main Page
Discuss
All Pages
Community
Interactive Maps
Recent Blog Posts
Fan Feed
Open main menu
Wikipedia
Language
Download PDF
Watch
Read in another language
""".strip().split("\n"))
_SKIN_ONLY = frozenset("""
Main menu
move to sidebar
Move to sidebar
Random page
Random article
Recent changes
Help about MediaWiki
Pages for logged out editors
Pages for logged out editors learn more
What links here
Related changes
Special pages
Permanent link
Page information
Cite this page
Printable version
Download as PDF
Learn to edit
Community portal
Get shortened URL
Download QR code
Print/export
Jump to content
View history
Toolbox
Log in / create account
Edit this page
Navigation menu
All Pages
Interactive Maps
Recent Blog Posts
Fan Feed
Open main menu
Download PDF
Read in another language
""".strip().split("\n"))
# the links under the mobile skin's licence line
_MOBILE_FOOTER = frozenset(("Terms of Use", "Privacy policy", "Desktop", "Developers", "Statistics",
                            "Cookie statement", "Code of Conduct"))
_SKIN_ANY = _SKIN | _SKIN_MORE
_SHARE_VERBS = frozenset(("Share", "Tweet", "Pin it"))
_BUTTONS = _SHARE_VERBS | {"Email", "Print"}
_SHARE = frozenset(("Facebook", "Twitter", "X", "LinkedIn", "Reddit", "Digg", "Pinterest", "Tumblr",
                    "WhatsApp", "Email", "Print", "StumbleUpon", "Delicious", "Google+", "Telegram"))


def _nav_bar(text: str) -> bool:
    items = [i.strip() for i in text.split("|")]
    return len(items) >= 6 and all(_NAV_ITEM.match(i) for i in items if i) and \
        sum(1 for i in items if i) >= 6


def _skin_lines(doc: Document) -> list[int]:
    """Lines of a MediaWiki skin at the top of the page, up to the article's first line."""
    blocks = [b for b in doc.blocks if b.first <= _SKIN_START]
    for block in blocks:
        lines = doc.lines[block.first:block.last + 1]
        known = [ln for ln in lines if ln.text.strip() in _SKIN]
        if len(known) < 8:
            continue
        last_known = max(ln.index for ln in known)
        out = []
        for ln in lines:
            text = ln.text.strip()
            if text.startswith(("==", "{{", "'''")) or (len(text) > 200 and ln.index > last_known):
                break
            if ln.index > last_known + 10:
                break
            out.append(ln.index)
        return out
    return []


def _spread_skin(doc: Document) -> list[int]:
    """A skin whose menu items stand apart, blank lines between them (a page saved as text):
    the menu lines from the top of the page until the article's text begins."""
    known, unknown_run = [], 0
    for line in doc.lines:
        text = line.text.strip()
        if not text:
            continue
        if text in _SKIN_ANY or text.lower() in _LINES_FOLDED:
            known.append(line.index)
            unknown_run = 0
            continue
        unknown_run += 1
        if unknown_run > 3 or len(text) > 80:
            break  # the article (or something else) has begun
    names = {doc.lines[i].text.strip() for i in known}
    if "Open main menu" in names and len(names) >= 5:
        return known  # the mobile skin: fewer items, one of them its own
    return known if len(names) >= 8 and len(names & _SKIN_ONLY) >= 3 else []


def _closing_skin(doc: Document) -> list[int]:
    """The skin a saved wiki page ends with: from its 'Retrieved from "https://..."' line or its
    "Navigation menu", the short lines after it (the category box, the menus, the language names)
    up to the next long line of text, when enough of them are menu items only a skin has."""
    text = doc.text
    if "Navigation menu" not in text and "Retrieved from" not in text:
        return []
    for line in doc.lines:
        first = line.text.strip()
        if first != "Navigation menu" and not first.startswith(("Retrieved from \"http",
                                                                 "Retrieved from “http")):
            continue
        lines, known = [line.index], set()
        for after in doc.lines[line.index + 1:]:
            item = after.text.strip()
            if len(item) > 80 and not (_chrome_line(item) or _PHRASES.match(item)):
                break  # text again: the skin is over
            lines.append(after.index)
            if item in _SKIN_ANY:
                known.add(item)
        if len(known) >= 5 and len(known & _SKIN_ONLY) >= 2:
            return lines
    return []


def _mobile_footer(doc: Document) -> list[int]:
    """The mobile skin's links under its licence line ("Terms of Use", "Privacy policy", ...)."""
    if "Content is available under CC BY-SA" not in doc.text:
        return []
    for line in doc.lines:
        if line.text.strip().startswith("Content is available under CC BY-SA"):
            out = []
            for after in doc.lines[line.index + 1:]:
                if after.text.strip() in _MOBILE_FOOTER:
                    out.append(after.index)
                elif not after.is_blank:
                    break
            return out
    return []


def _share_buttons(doc: Document) -> list[int]:
    """Runs of share buttons, one per line: three or more bulleted services ("• Facebook") or
    button words ("Share", "Tweet", "Email"), or two with a "Share" or "Tweet" among them, unless
    the text introduces them as a list ("popular networks include:"). One "Email" or "Print" line
    is a contact page's label or a heading."""
    out, run, verbs = [], [], 0
    for line in doc.lines + [None]:
        # a button's line is short: most lines are ruled out by their length alone
        text = line.text.strip().lstrip("•*·-– \t") if line and len(line.text) <= 40 else ""
        verb = text.rstrip("0123456789 ")  # "Share 12": the button with its counter
        if (text in _SHARE and text != line.text.strip()) or text in _BUTTONS or verb in _SHARE_VERBS:
            run.append(line.index)
            verbs += verb in _SHARE_VERBS
            continue
        if len(run) >= 3 or (len(run) == 2 and verbs):
            before = next((doc.lines[k].text.strip() for k in range(run[0] - 1, -1, -1)
                           if doc.lines[k].text.strip()), "")
            if not before.endswith(":"):
                out += run
        run, verbs = [], 0
    return out


# web chrome that any site has, as whole lines (with _GENERIC_PATTERNS and the share buttons): the
# copying site's only on a page that shows it is a copy (other chrome, a wiki's name or its
# markers); a news site's own "Share this article" is its page's text, as a site's own pager is
_GENERIC_LINES = frozenset(s.lower() for s in (
    "Skip to main content", "Search results", "Share this article", "Print this article",
    "Cite this article", "Email this Article"))
_GENERIC_LINE = lazy_re(rf"(?:{'|'.join(_GENERIC_PATTERNS)})\s*$")


def check(doc: Document, options: dict):
    extra = frozenset(options.get("extra_lines", []))
    buttons = set(_share_buttons(doc))
    skin = set(_skin_lines(doc)) | set(_spread_skin(doc)) | set(_closing_skin(doc)) | \
        set(_mobile_footer(doc)) | buttons | set(_wiki_boxes(doc))
    # the phrases are looked for in the whole text at once (none runs over a line break)
    phrases: dict[int, list[re.Match]] = {}
    if any(literal in doc.text for literal in _PHRASE_LITERALS):
        for m in _PHRASES.finditer(doc.text):
            phrases.setdefault(doc.line_index(m.start()), []).append(m)
    found: list[tuple[bool, Detection]] = []  # (generic, detection)
    top = True  # only chrome and blank lines so far: the page's header
    for line in doc.lines:
        text = line.text.strip().replace("\u00a0", " ").strip()
        if not text:
            continue
        if line.index in skin or text in _LINES or text in extra or text.lower() in _LINES_FOLDED \
                or _chrome_line(text) or (line.index < 5 and _site_name_line(doc, line.index, top)) \
                or ("|" in text and _nav_bar(text)):
            fix = _header_removal(doc, line) if top else line_removal(doc, line)
            generic = line.index in buttons or text.lower() in _GENERIC_LINES or \
                bool(_GENERIC_LINE.match(text))
            found.append((generic, Detection(*text_span(line), f"site chrome “{_short(text)}”", fix)))
            continue
        top = False
        for m in phrases.get(line.index, ()):
            start, end = m.start(), m.start() + len(m.group().rstrip())
            # an inline phrase at a line's start takes the whole line with it
            found.append((False, Detection(start, end, f"site chrome “{_short(m.group())}”",
                                           span_removal(doc, start, end))))
    # generic chrome counts on a page that shows it is a copy: other chrome, or a wiki's signs (a
    # news listing's teasers cut off with "..." are no such sign here)
    if found and all(generic for generic, _ in found) and not has_wiki_signs(doc.text):
        return
    for _, detection in found:
        yield detection


def _wiki_boxes(doc: Document):
    """Line indexes of a navigation box's "v", "t", "e" links, one per line, and of the category
    line above "Hidden categories:" (a blog's "Categories:" line has none under it)."""
    text = doc.text
    if "\nv\nt\ne" in text or text.startswith("v\nt\ne"):
        lines = doc.lines
        for i in range(len(lines) - 2):
            if lines[i].text.strip() == "v" and lines[i + 1].text.strip() == "t" \
                    and lines[i + 2].text.strip() == "e":
                yield from (i, i + 1, i + 2)
    if "Hidden categor" in text:
        for line in doc.lines:
            if line.text.lstrip().startswith(("Hidden categories:", "Hidden category:")):
                above = doc.prev_line(line.index)
                while above is not None and above.is_blank:
                    above = doc.prev_line(above.index)
                if above is not None and above.text.lstrip().startswith(("Categories:", "Category:")):
                    yield above.index


def _header_removal(doc: Document, line) -> Fix:
    """Remove a chrome line of the page's header with the blank lines after it, so that the
    repaired text starts with the article, not with the gaps the header leaves."""
    following = line.index + 1
    while following < len(doc.lines) and doc.lines[following].is_blank:
        following += 1
    if following == len(doc.lines):
        return line_removal(doc, line)
    return Fix((Edit(line.start, doc.lines[following].start, ""),))


def _site_name_line(doc: Document, index: int, under_chrome: bool) -> bool:
    """A page-top line naming the site: "Encyclopedia", "Aaqib Wiki", "Techsciencenews Home" (a
    home link only under other chrome: "Retirement Home" may be the page's own title)."""
    text = doc.lines[index].text.strip()
    if text.endswith(" Home"):
        return index > 0 and under_chrome and bool(re.fullmatch(r"[A-Z]\w{1,30} Home", text))
    return bool(re.fullmatch(r"Encyclopedia|[A-Z]\w{1,30} Wiki", text))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."
