"""WL502 glued-words: words run together where a link boundary lost its space.

## What it does
Finds two words joined where a link began or a footnote was removed: a small word glued to a
capitalised one ("theAzerbaijan", "andIraq", "callRepublic") or "had" glued to the next word
("haddiplomatic"), a title glued to a name
("PresidentWoodrow"), a sentence glued to the next ("producer.His", "2004.The"), a comma glued
to the next word (",Afghanistan", "northwest,Armenia"), and an infobox label glued to its value
("CapitalJabrayil", "Total54,430", "code(+994)", "StyleMister Secretary", "Formation18 June 1798"
at the start of a line, beside other fields of the infobox).

## Why it matters
Glued words are not words: search, spelling and tokenisation all miss them.

## Example
```
The United States andAzerbaijan have haddiplomatic relations since 1919.
```
Use instead:
```
The United States and Azerbaijan have had diplomatic relations since 1919.
```

## Not flagged
Names and brands written in camel case ("iPhone", "McDonald", "JavaScript", "YouTube"), domain
names ("News.Az"), initials and abbreviations ("U.S.A."), decimals, formulas ("f(x)"), a program's
identifiers ("andThen", "isReady": no name follows the small word), handles and hashtags
("@theGuardian", "#TheBest"), file names and paths ("theAtlas.pdf", "ofMaps/"), a name that starts
like an infobox field ("LanguageTool", "TypeScript") where no other field is near, sentences glued
in a text whose writer leaves out the space after most full stops (a forum post: "the republic.The
capital is Baku.The currency is the manat."), and a list of names with no spaces after its commas
("Argentina,Armenia,Angola").

## Fix (safe)
Puts the space back.
"""
from __future__ import annotations

import re

from wikilint.document import Document
from wikilint.model import Detection, Edit, Fix

from ._text import lazy_re, word_char

CODE = "WL502"
NAME = "glued-words"
SUMMARY = "Words run together where a link boundary dropped a space"
SEVERITY = "warning"
OPTIONS = {}

_SMALL = frozenset((
    "the and of in on at to by for from with into as or but call called named "
    "between about against among after before during through under over across within "
    "including than toward towards upon his her its their "
    "President King Queen Senator Governor Emperor Minister General").split())
# (an infobox's field names ("Capital", "Language") are glued only at a line's start, beside other
# fields: in prose "LanguageTool" and "CountryLink" are names)
# the words a sentence glued to the next one starts with ("producer.His", "States.On")
_OPENERS = ("The|A|An|On|In|At|It|He|She|We|They|His|Her|Its|This|These|Their|"
            "But|However|After|During|Following|When|While|Since")
_OPENER = lazy_re(rf"(?:{_OPENERS})\b")
_NAME = lazy_re(r"[A-Z][a-z]{2,}")  # a capitalised word after the joint: "Azerbaijan"
# a link's words are a name, not one of these: "andThen", "isReady" are a program's identifiers
_NOT_NAMES = frozenset("""The This That These Those Then There Their They When What Where Which
While Who Why How And But For With Without From Into Onto Only Also All Any Some Not Else Each
Every Ready Done Next Last First Value Type Item List Data Text Name Count Index Error Async""".split())
# what a token holding a gluing must not hold: a handle, a hashtag, a path, a file name, code
_CODE_LIKE = lazy_re(r"[@#/\\_=<>{}]|\.[a-z]{2,4}$")
_NAME_ANY = lazy_re(r"[A-Z][a-z]+\b")
_DOMAIN = lazy_re(r"^(?:com|org|net|gov|edu|info|az|uk|de|ru|fr|io|co|us)\b", re.I)

# Every kind of gluing has a place where the space is missing (the joint). A cheap pattern finds
# the places that could be one (they start with a literal or are two characters long: patterns
# that start with look-behinds or alternations scan slowly); each place is then checked alone.
# (the capital first: capitals are rarer than small letters, so the scan jumps further)
_JOINT = lazy_re(r"[A-Z](?<=[a-z.,)][A-Z])")               # theAzerbaijan, producer.His, ,Armenia
_HAD = lazy_re(r"had[a-z]{6}")                              # haddiplomatic
_PHONE = lazy_re(r"\(\+\d")                                 # code(+994)
# an infobox's field name at the start of a line, glued to its value ("StyleMister Secretary",
# "Formation18 June 1798", "Inaugural holderBenjamin Stoddert")
_FIELDS = frozenset("""
Style|Appointer|Formation|Succession|Deputy|Salary|Residence|Term length|Inaugural holder|
Reports to|Born|Died|Resting place|Nationality|Occupation|Spouse|Spouses|Children|Parents|
Alma mater|Preceded by|Succeeded by|Political party|Religion|Motto|Anthem|Demonym|
Largest city|Official languages|Government|Currency|Time zone|Calling code|Capital|Population|
Area|Website|Founded|Founder|Headquarters|Key people|Industry|Products|Revenue|Genre|Released|
Location|Coordinates|Elevation|Established|Density|Country|Language|Languages|Official language|
Owner|Owners|Launched|Type of site|Country of origin|Current status|Written in|Available in|
Created by|Directed by|Written by|Produced by|Starring|Music by|Label|Labels|Years active|Members|
Origin|Employees|Parent|Subsidiaries|Services|Region|Province|District|County|State|Mayor|
Postal code|Area code|Seat|Named for|Leader|Leaders|Chairman|President|Purpose|Region served|
Successor|Predecessor|Defunct|Fate|Publisher|Editor|Authors|Author|Genres|Registration|Area served|
Known for|Awards|Education|Height|Relatives|Incorporated|Settled|Commercial|Web address|Alexa rank|
Traded as|Number of employees|Type|Status|Legislature|Ethnic groups|Minority languages|
Ethnic minority languages|Recognised regional languages|ISO 3166 code|Internet TLD|Demonym(s)|
Capital and largest city|Water (%)|Common languages|Historical era|Today part of|Head of state|
Head of government|Monarch|Vice President|Speaker|Upper house|Lower house|Native name|Other names|
Citizenship|Cause of death|Notable work|Notable works|Allegiance|Service years|Years of service|
Battles/wars|Commands|Constituency|Municipality|Operating income|Net income|Total assets|
Founders|Sovereign state|Party|Rank|Unit|Branch|Term""".replace("\n", "").split("|"))
# a line that opens with a field name and its value, spaced or glued ("Country Azerbaijan")
# (the value starts with a capital, a digit or a parenthesis: "Languages we use" is a title)
_FIELD_LINE = lazy_re(rf"[ \t]*(?:{'|'.join(map(re.escape, sorted(_FIELDS, key=len, reverse=True)))})"
                      r"(?=[ \t]*[(A-Z0-9])")
# ("Type" and "Status" glue only beside another field: "TypeScript" and "StatusNet" are names,
# and two such names are no infobox)
_NAME_PREFIXES = frozenset(("Type", "Status", "Language", "Country", "Label", "Parent", "State",
                            "Origin", "Seat", "Height", "Editor", "Leader", "Purpose", "Party", "Rank",
                            "Unit", "Branch", "Term", "Speaker", "Commands"))
# before a number, "Total" is a field too ("Total54,430"); before a capital it is a name
# (after a line break, not "^" in multi-line mode: "^" is tried at every character)
_FIELD_DIGIT = lazy_re(r"\n[ \t]*([A-Z][a-z]+(?: [a-z]+)?)(?=\d)")
_DIGIT_FIELDS = _FIELDS | {"Total"}
# a country's economic fields, their years or kinds in brackets ("GDP (PPP)2019 estimate",
# "Gini (2005)26.6"): no prose writes these
_MEASURE_DIGIT = lazy_re(r"\n[ \t]*(?:GDP \((?:PPP|nominal)\)|Gini \(\d{4}\)|HDI \(\d{4}\))(?=\d)")
# fields whose values start with a small letter
_LOWER_VALUE = lazy_re(r"\n[ \t]*(?:Driving side(?=right\b|left\b)|Website(?=www\.|https?://))")
# the field whose value is an address (which the check for code takes for a file name or a path)
_ADDRESS_FIELD = "Website"


def _ascii_lower(s: str) -> bool:
    return s.isascii() and s.isalpha() and s.islower()


def _joint_start(text: str, j: int) -> int:
    """For a capital at j glued to what is before it: where the gluing starts (the small word,
    the "'s", the full stop or comma), or -1 when this is no gluing."""
    c = text[j - 1]
    if c == ")":
        return _field_start(text, j)  # Demonym(s)Azerbaijani
    if c in ".,":
        if c == "," and j >= 2 and text[j - 2] == " ":
            return j - 1 if _NAME.match(text, j) else -1  # " ,Afghanistan"
        if _ascii_lower(text[max(0, j - 4):j - 1]) and j >= 4:
            if c == "," and _NAME.match(text, j) and not _capitalised_before(text, j - 1):
                return j - 1  # northwest,Armenia (not "Argentina,Armenia,Angola": a list of names)
            if c == "." and _OPENER.match(text, j):
                return j - 1  # producer.His
        if c == "." and j >= 5 and text[j - 5:j - 1].isdecimal() and _NAME_ANY.match(text, j):
            return j - 1  # 2004.The
        return -1
    if not _NAME.match(text, j):
        # a field's value may be a code in capitals ("Time zoneUTC+4", "ISO 3166 codeAZ")
        return _field_start(text, j) if text[j + 1:j + 2].isupper() else -1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if text[k:j] in _SMALL and (k == 0 or not (word_char(text[k - 1]) or text[k - 1] in "'’")):
        name = _NAME_ANY.match(text, j)
        return -1 if name and name.group() in _NOT_NAMES else k  # theAzerbaijan, PresidentWoodrow
    if c == "s" and j >= 3 and text[j - 2] in "'’" and word_char(text[j - 3]):
        return j - 2  # NATO'sPartnership
    return _field_start(text, j)


def _capitalised_before(text: str, end: int) -> bool:
    """Does the word that ends at `end` start with a capital? (looked for within 40 characters)"""
    k = end
    while k > max(0, end - 40) and text[k - 1].isalpha():
        k -= 1
    return text[k:k + 1].isupper()


def _field_start(text: str, j: int) -> int:
    """Where an infobox field name that opens the line and is glued to its value at j starts."""
    # (the line break looked for only as far back as a field name reaches: a search back to the
    # start of a long line, for each capital in it, would take time quadratic in its length)
    window = max(0, j - 33)
    line_start = text.rfind("\n", window, j) + 1
    if (line_start == 0 and window > 0) or j - line_start > 32:
        return -1
    name = text[line_start:j].lstrip(" \t")
    if name not in _FIELDS or not _fields_beside(text, line_start, name):
        return -1
    return j - len(name)


def _fields_beside(text: str, line_start: int, name: str) -> bool:
    """Does one of the three lines above or below a line open with another infobox field?
    ("LanguageTool checks grammar." is prose; "CapitalJabrayil" under "Country Azerbaijan" is
    an infobox, which names each field once.)"""
    starts = []
    at = line_start
    for _ in range(3):  # the starts of the three lines above (a value may take a few lines)
        if at == 0:
            break
        at = text.rfind("\n", 0, at - 1) + 1
        starts.append(at)
    at = line_start
    for _ in range(3):  # and of the three below
        at = text.find("\n", at) + 1
        if at == 0 or at >= len(text):
            break
        starts.append(at)
    for start in starts:
        end = text.find("\n", start, start + 40)
        if end > 0 and text[start:end].strip() in _DIGIT_FIELDS - {name}:
            return True  # a field whose value is on the next line ("Capital", "Area", "Total")
        field = _FIELD_LINE.match(text, start)
        if not field or field.group().strip() == name:
            continue
        glued = text[field.end():field.end() + 1].isupper()
        if not (glued and field.group().strip() in _NAME_PREFIXES):
            return True
    return False


def _joints(text: str):
    """(start, joint) of each gluing, in the order of the text."""
    found = []
    for m in _JOINT.finditer(text):
        j = m.start()
        start = _joint_start(text, j)
        if start >= 0:
            found.append((start, j))
    if "had" in text:
        for m in _HAD.finditer(text):
            a, run = m.start(), m.end()
            while run < len(text) and "a" <= text[run] <= "z":
                run += 1
            before = text[a - 1] if a else " "
            if not (word_char(before) or before in "'’") and not text.startswith(("rosaur", "dock"), a + 3) \
                    and not (run < len(text) and word_char(text[run])):
                found.append((a, a + 3))
    if "(+" in text:
        for m in _PHONE.finditer(text):
            if m.start() >= 4 and _ascii_lower(text[m.start() - 4:m.start()]):
                found.append((m.start(), m.start()))
    # the patterns of fields at a line's start run over the text after a line break (offsets in
    # it are one past the text's: m.start() is the line's start in the text, m.end() - 1 the joint)
    lined = "\n" + text
    if "Driving side" in text or "Websitewww." in text or "Websitehttp" in text:
        for m in _LOWER_VALUE.finditer(lined):  # "Driving sideright", "Websitewww.example.org"
            if _fields_beside(text, m.start(), m.group().strip()):
                found.append((m.start(), m.end() - 1))
    if "GDP (" in text or "Gini (" in text or "HDI (" in text:
        for m in _MEASURE_DIGIT.finditer(lined):
            found.append((m.start(), m.end() - 1))
    for m in _FIELD_DIGIT.finditer(lined):  # "Total54,430", "Formation18 June 1798"
        if m.group(1) in _DIGIT_FIELDS:
            found.append((m.start(), m.end() - 1))
    return sorted(set(found), key=lambda sj: (sj[1], sj[0]))


# sentences that end and the next that starts, glued ("republic.The") and spaced ("republic. The")
_SENTENCE_GLUED = lazy_re(r"\.(?<=[a-z0-9]{2}\.)[A-Z][a-z]")
_SENTENCE_SPACED = lazy_re(r"\.(?<=[a-z0-9]{2}\.)[ \t]+[A-Z]")


def _typed_without_spaces(text: str) -> bool:
    """Does the author leave out the space after a full stop as a habit? A copy that lost its
    footnotes glues only the sentences that had one; a hasty writer (a forum post) glues most."""
    glued = sum(1 for _ in _SENTENCE_GLUED.finditer(text))
    return glued >= 4 and 2 * glued >= sum(1 for _ in _SENTENCE_SPACED.finditer(text))


def check(doc: Document, options: dict):
    text = doc.text
    habit = None  # (asked only when a sentence is glued to the next)
    for start, joint in _joints(text):
        if text[joint - 1] == ".":
            if habit is None:
                habit = _typed_without_spaces(text)
            if habit:
                continue
        yield from _glued(text, start, joint, doc.lines[doc.line_index(joint)].start)


def _glued(text: str, match_start: int, joint: int, line_start: int):
    if text[joint - 1] == "." and _DOMAIN.match(text[joint:joint + 4]):  # News.Az
        return
    start = max(text.rfind(" ", 0, match_start) + 1, line_start)
    while start < joint and text[start] in " \t":
        start += 1  # (a field's line may be indented)
    end = joint
    while end < len(text) and not text[end].isspace() and text[end] != "[":  # (a marker after it)
        end += 1
    word = text[start:end].rstrip(".,;:")
    end = start + len(word)
    if _CODE_LIKE.search(word) and text[start:joint] != _ADDRESS_FIELD:
        return  # (an address field's value: "Websitewww.example.org")
    if end > joint:
        yield Detection(start, end, f"words run together in “{word}”", Fix((Edit(joint, joint, " "),)))
