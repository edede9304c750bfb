"""Input formats: turn a file's bytes into Documents whose positions point into the file itself.

- Plain text (.txt and anything else): as is.
- Markdown (.md, .markdown): code blocks, inline code, link URLs and HTML comments are blanked
  out (same length, so offsets do not move); ATX and Setext headings give headings with levels;
  blockquote markers are blanked so a quotation reads as an indented one.
- HTML (.html, .htm): parsed with lxml (no network, no entity expansion, bounded trees); block
  elements and <br> break lines; script, style, nav, footer and comments are dropped; each piece
  of text is mapped back to its place in the HTML source.
- JSONL (.jsonl, .jsonl.gz): one Document per record, named by its id field.
- Parquet (.parquet, with the optional pyarrow): one Document per row, read a batch at a time.
"""
from __future__ import annotations

import bisect
import gzip
import json
import re
from dataclasses import dataclass

from .document import Document, Heading

MAX_HTML_BYTES = 50_000_000


class SourceError(Exception):
    """A file (or a record in it) that cannot become a Document: one line naming it."""


# -- Markdown -----------------------------------------------------------------------------------

_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^[ ]{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^[ ]{0,3}(=+|-+)[ \t]*$")
_INLINE_CODE = re.compile(r"(`+)[^`\n]+?\1")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\(([^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:[ \t]+\"[^\"\n]*\")?\)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_QUOTE_MARK = re.compile(r"^([ ]{0,3}>[ ]?)+", re.M)


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def markdown_document(source: str, path: str) -> Document:
    plain = Document.from_source(source, path)
    text = plain.text
    chars = list(text)
    headings = []
    lines = plain.lines
    fence = None
    prev_blank = True
    for line in lines:
        if fence:
            _blank(chars, line.start, line.end)
            if _FENCE.match(line.text) and line.text.strip().startswith(fence):
                fence = None
            continue
        m = _FENCE.match(line.text)
        if m:
            fence = m.group(1)[0] * 3
            _blank(chars, line.start, line.end)
            continue
        if prev_blank and (line.text.startswith("    ") or line.text.startswith("\t")) and line.text.strip():
            _blank(chars, line.start, line.end)  # an indented code block
            continue
        m = _ATX.match(line.text)
        if m:
            _blank(chars, line.start, line.start + m.start(2))
            _blank(chars, line.start + m.end(2), line.end)
            headings.append(Heading(line.index, len(m.group(1)), m.group(2).strip()))
        elif line.index > 0 and _SETEXT.match(line.text) and not lines[line.index - 1].is_blank \
                and line.text.strip()[0] in "=-" and headings_ok(lines[line.index - 1].text):
            level = 1 if line.text.strip()[0] == "=" else 2
            headings.append(Heading(line.index - 1, level, lines[line.index - 1].text.strip()))
            _blank(chars, line.start, line.end)
        prev_blank = line.is_blank
    masked = "".join(chars)
    for pattern in (_COMMENT, _INLINE_CODE):
        for m in pattern.finditer(masked):
            _blank(chars, *m.span())
        masked = "".join(chars)
    for m in _LINK.finditer(masked):
        _blank(chars, m.start(), m.start() + 1)  # "["
        _blank(chars, m.end(1), m.end())  # "](url)"
    for m in _QUOTE_MARK.finditer("".join(chars)):
        _blank(chars, *m.span())
    doc = Document("".join(chars), path, plain.newline, plain.bom)
    doc.source_text = text
    doc.set_headings(headings)
    return doc


def headings_ok(text: str) -> bool:
    return bool(text.strip()) and not text.lstrip().startswith(("-", "*", ">", "#"))


# -- HTML -----------------------------------------------------------------------------------------

_BLOCK = {"p", "div", "section", "article", "main", "header", "aside", "li", "ul", "ol", "dl", "dt",
          "dd", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
          "figure", "figcaption", "body", "html", "center", "address", "hr"}
_SKIP = {"script", "style", "nav", "footer", "noscript", "template", "head", "iframe", "svg"}
_HEADING = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_QUOTE = {"blockquote", "q"}


@dataclass
class _Piece:
    doc_start: int
    src_start: int  # -1 when the piece was not found in the source
    length: int
    offsets: list | None = None  # the source offset of each character, when entities intervene


class _Builder:
    def __init__(self, source: str):
        self.source = source
        self.cursor = 0
        self.parts: list[str] = []
        self.size = 0
        self.pieces: list[_Piece] = []
        self.headings: list[tuple[int, int, str]] = []  # (doc offset, level, text)
        self.quotes: list[tuple[int, int]] = []

    def newline(self, blank: bool = False) -> None:
        want = "\n\n" if blank else "\n"
        tail = "".join(self.parts[-2:])[-2:] if self.parts else "\n\n"
        while not tail.endswith(want) and self.size:
            self.parts.append("\n")
            self.size += 1
            tail = (tail + "\n")[-2:]

    def text(self, chunk: str) -> None:
        if not chunk:
            return
        # line breaks in the source are spaces in the text: same length, so offsets map 1:1
        chunk = chunk.replace("\r", " ").replace("\n", " ").replace("\t", " ")
        if not chunk.strip():
            if self.parts and not "".join(self.parts[-1:]).endswith((" ", "\n")):
                self.parts.append(" ")
                self.size += 1
            return
        if self.parts and self.parts[-1].endswith("\n"):
            chunk = chunk.lstrip()
        at, offsets = self._find(chunk.strip())
        lead = len(chunk) - len(chunk.lstrip())
        self.pieces.append(_Piece(self.size + lead, at, len(chunk.strip()), offsets))
        self.parts.append(chunk)
        self.size += len(chunk)

    def _find(self, chunk: str) -> tuple[int, list | None]:
        """Where the chunk stands in the source, searched from the last piece onwards: verbatim,
        or written with entities (then each character's own offset), or by its first word."""
        at = self.source.find(chunk, self.cursor)
        if at >= 0:
            self.cursor = at + len(chunk)
            return at, None
        escaped = _escape(chunk)
        at = self.source.find(escaped, self.cursor)
        if at >= 0:
            offsets, pos = [], at
            for c in chunk:
                offsets.append(pos)
                pos += len(_escape(c))
            self.cursor = pos
            return at, offsets
        first = chunk.split(" ", 1)[0]
        at = self.source.find(first, self.cursor) if len(first) > 2 else -1
        if at >= 0:
            self.cursor = at + len(first)
        return at, None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00a0", "&nbsp;")


def html_document(source: str, path: str) -> Document:
    try:
        from lxml import etree, html
    except ImportError:  # pragma: no cover - lxml is a dependency
        raise SourceError(f"{path}: HTML needs lxml") from None
    if len(source) > MAX_HTML_BYTES:
        raise SourceError(f"{path}: HTML file too large ({len(source)} characters)")
    parser = html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True,
                             huge_tree=False, recover=True)
    try:
        root = html.document_fromstring(source.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise SourceError(f"{path}: cannot parse HTML ({exc})") from None
    builder = _Builder(source)
    depth_limit = 1000

    def walk(el, depth):
        if depth > depth_limit:
            raise SourceError(f"{path}: HTML nested deeper than {depth_limit} elements")
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP:
            return
        block = tag in _BLOCK
        if block:
            builder.newline(blank=tag in _HEADING or tag in ("p", "blockquote", "table", "ul", "ol"))
        start = builder.size
        if tag == "br":
            builder.newline()
        builder.text(el.text or "")
        for child in el:
            walk(child, depth + 1)
            builder.text(child.tail or "")
        if tag in _HEADING:
            builder.headings.append((start, _HEADING[tag], (el.text_content() or "").strip()))
        # <blockquote>, <q>, and quotation templates rendered as boxes (class "quotebox", "cquote")
        if tag in _QUOTE or "quote" in (el.get("class") or "").lower():
            builder.quotes.append((start, builder.size))
        if tag == "li" and not (el.text or "").strip() and len(el) == 0:
            builder.text("*")
        if block:
            builder.newline(blank=tag in _HEADING or tag in ("p", "blockquote", "table", "ul", "ol"))

    walk(root, 0)
    text = "".join(builder.parts).strip("\n")
    shift = len("".join(builder.parts)) - len("".join(builder.parts).lstrip("\n"))
    doc = Document(text, path)
    doc.set_headings([Heading(doc.line_index(max(0, off - shift)), level, t)
                      for off, level, t in builder.headings if t])
    doc.set_source_map(source, [(p.doc_start - shift, p.src_start, p.length, p.offsets)
                                 for p in builder.pieces])
    doc.quotes = [(max(0, a - shift), max(0, b - shift)) for a, b in builder.quotes]
    doc.fixable = False
    return doc


# -- JSONL ----------------------------------------------------------------------------------------

def open_lines(source_path: str, shown: str):
    """The lines of a JSONL file (gunzipped on the fly), read one at a time: a corpus never
    has to fit in memory, only its largest record."""
    if shown.lower().endswith(".gz"):
        return gzip.open(source_path, "rb")
    return open(source_path, "rb")


def jsonl_records(lines, path: str, text_field: str = "text", id_field: str = "id"):
    """Yield (Document or None, error or None) for each record of a JSONL (or .jsonl.gz) file;
    `lines` is the file's bytes or an iterable of its lines."""
    if isinstance(lines, (bytes, bytearray)):
        if path.lower().endswith(".gz"):
            try:
                lines = gzip.decompress(lines)
            except (OSError, EOFError) as exc:
                yield None, f"{path}: not a gzip file ({exc})"
                return
        lines = lines.split(b"\n")
    numbered = enumerate(lines, 1)
    while True:
        try:
            number, line = next(numbered)
        except StopIteration:
            return
        except (OSError, EOFError) as exc:  # a broken gzip stream
            yield None, f"{path}: cannot read further ({exc})"
            return
        if line.strip():
            yield jsonl_record(line, number, path, text_field, id_field)


def jsonl_record(line: bytes | str, number: int, path: str, text_field: str = "text",
                 id_field: str = "id"):
    """(Document, None) or (None, error) for one non-blank line of a JSONL file. A record without
    an id is named by its line number. Both scan engines parse records here."""
    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise TypeError("not a JSON object")
        text = record[text_field]
        if not isinstance(text, str):
            raise TypeError(f"field {text_field!r} is not a string")
    except (ValueError, KeyError, TypeError) as exc:
        reason = f"no field {text_field!r}" if isinstance(exc, KeyError) else str(exc)
        return None, f"{path}: record on line {number}: {reason}"
    return record_document(text, record.get(id_field, number), number, path), None


def record_document(text: str, rid, number: int, path: str) -> Document:
    """The Document of one corpus record: positions are in its text, findings carry its id."""
    doc = Document.from_source(text, path)
    doc.record = str(rid)
    doc.record_line = number
    doc.fixable = False
    return doc


# -- Parquet --------------------------------------------------------------------------------------

PARQUET_BATCH_ROWS = 256  # rows held at once: a corpus never has to fit in memory


def parquet_columns(path: str, text_field: str, id_field: str) -> list[str]:
    """The columns to read: the text, and the id when the file has one. pyarrow is optional
    (`pip install 'wikilint[parquet]'`); without it, a Parquet file is one clear error."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise SourceError(f"{path}: reading Parquet needs pyarrow "
                          "(pip install 'wikilint[parquet]')") from None
    try:
        names = pq.read_schema(path).names
    except Exception as exc:  # pyarrow raises its own errors for a damaged file
        raise SourceError(f"{path}: not a Parquet file ({first_line(exc)})") from None
    if text_field not in names:
        raise SourceError(f"{path}: no column {text_field!r}")
    return [text_field] + ([id_field] if id_field in names and id_field != text_field else [])


def parquet_records(source_path: str, path: str, text_field: str = "text", id_field: str = "id"):
    """Yield (Document or None, error or None) for each row of a Parquet file, a batch at a
    time. A row without an id is named by its row number (from 1)."""
    columns = parquet_columns(source_path, text_field, id_field)  # first: pyarrow may be missing
    import pyarrow.parquet as pq

    number = 0
    try:
        batches = pq.ParquetFile(source_path).iter_batches(batch_size=PARQUET_BATCH_ROWS,
                                                           columns=columns)
        for batch in batches:
            data = batch.to_pydict()
            ids = data.get(id_field) if id_field in columns[1:] else None
            for k, text in enumerate(data[text_field]):
                number += 1
                yield parquet_row(text, ids[k] if ids else None, number, path, text_field)
    except Exception as exc:  # a damaged file stops its own reading, not the run
        yield None, f"{path}: cannot read further ({first_line(exc)})"


def parquet_row(text, rid, number: int, path: str, text_field: str = "text"):
    """(Document, None) or (None, error) for one Parquet row."""
    if not isinstance(text, str):
        return None, f"{path}: record in row {number}: field {text_field!r} is not a string"
    return record_document(text, number if rid is None else rid, number, path), None


def first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


class SourceMap:
    """Offsets in a Document's text mapped back to (line, column) in the file it came from."""

    def __init__(self, source: str, pieces: list[tuple[int, int, int]]):
        self.pieces = sorted((p for p in pieces if p[0] >= 0), key=lambda p: p[0])
        self.starts = [p[0] for p in self.pieces]
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]

    def position(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            src = 0
        else:
            doc_start, src_start, length, offsets = self.pieces[i]
            if offsets and offset - doc_start < length:
                src = offsets[offset - doc_start]
            elif offsets:
                src = offsets[-1] + 1
            elif src_start < 0:
                # not found verbatim: the nearest piece before it that was
                j = i
                while j >= 0 and self.pieces[j][1] < 0:
                    j -= 1
                src = self.pieces[j][1] if j >= 0 else 0
            else:
                src = src_start + min(offset - doc_start, length)
        line = bisect.bisect_right(self.line_starts, src) - 1
        return line + 1, src - self.line_starts[line] + 1
