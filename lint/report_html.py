"""An HTML page summarising a corpus scan, for putting in front of people: totals, documents
affected per rule, the distribution of artifact share, the shards with the most damage, and
examples. One self-contained file (inline CSS and SVG), no scripts."""
from __future__ import annotations

import html
import json
import os
from collections import Counter, defaultdict

BINS = [0.0, 0.01, 0.05, 0.1, 0.2, 0.4, 0.6, 1.01]


def load_rows(paths: list[str]) -> list[dict]:
    rows = []
    for path in paths:
        files = [os.path.join(path, f) for f in sorted(os.listdir(path)) if f.endswith(".scan.jsonl")] \
            if os.path.isdir(path) else [path]
        for f in files:
            with open(f, encoding="utf-8") as fh:
                rows += [json.loads(line) for line in fh if line.strip()]
    return rows


def _bars(items: list[tuple[str, int]], total: int, color: str) -> str:
    """A horizontal bar chart as inline SVG."""
    width, row = 480, 26  # room after the longest bar for its label
    peak = max((n for _, n in items), default=1) or 1
    parts = [f'<svg width="{width + 320}" height="{row * len(items) + 8}" role="img">']
    for i, (label, n) in enumerate(items):
        y = i * row + 4
        w = int(width * n / peak)
        share = f"{n / total:.1%}" if total else ""
        parts.append(f'<text x="0" y="{y + 17}" class="l">{html.escape(label)}</text>'
                     f'<rect x="200" y="{y}" width="{max(w, 1)}" height="{row - 8}" fill="{color}" rx="3"/>'
                     f'<text x="{208 + w}" y="{y + 15}" class="v">{n:,} ({share})</text>')
    parts.append("</svg>")
    return "".join(parts)


def render(rows: list[dict], title: str = "wikilint corpus scan") -> str:
    total = len(rows)
    verdicts = Counter(r["verdict"] for r in rows)
    per_rule = Counter(rule for r in rows for rule in r["counts"])
    findings = Counter()
    for r in rows:
        findings.update(r["counts"])
    hist = Counter()
    for r in rows:
        share = r["artifact_share"]
        for lo, hi in zip(BINS, BINS[1:]):
            if lo <= share < hi:
                hist[f"{lo:.0%} – {min(hi, 1):.0%}"] += 1
                break
    shards = defaultdict(list)
    for r in rows:
        shards[r.get("shard", "?")].append(r["artifact_share"])
    worst_shards = sorted(((s, sum(v) / len(v), len(v)) for s, v in shards.items()), key=lambda x: -x[1])[:10]
    examples = sorted((r for r in rows if r["verdict"] != "clean"), key=lambda r: -r["artifact_share"])[:10]
    mean = sum(r["artifact_share"] for r in rows) / total if total else 0
    css = """
      body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 980px; color: #1d2330; }
      h1 { font-size: 1.7rem; margin-bottom: .2rem } h2 { margin-top: 2.2rem; font-size: 1.2rem }
      .cards { display: flex; gap: 1rem; margin: 1.2rem 0 } .card { flex: 1; padding: .9rem 1rem;
      border-radius: 10px; background: #f3f5f9 } .card b { display: block; font-size: 1.6rem }
      .clean b { color: #2a7a3b } .repairable b { color: #b7791f } .damaged b { color: #b3261e }
      table { border-collapse: collapse; width: 100% } td, th { padding: .35rem .6rem; border-bottom:
      1px solid #e3e6ee; text-align: left } th { background: #f3f5f9 } .num { text-align: right }
      svg text.l { font-size: 13px } svg text.v { font-size: 12px; fill: #444 } .muted { color: #667 }
    """
    cards = "".join(
        f'<div class="card {v}"><b>{verdicts[v]:,}</b>{v} ({verdicts[v] / total:.0%})</div>' if total else ""
        for v in ("clean", "repairable", "damaged"))
    rule_rows = "".join(f"<tr><td>{html.escape(rule)}</td><td class=num>{n:,}</td>"
                        f"<td class=num>{findings[rule]:,}</td></tr>" for rule, n in per_rule.most_common())
    shard_rows = "".join(f"<tr><td>{html.escape(s)}</td><td class=num>{m:.1%}</td><td class=num>{n:,}</td></tr>"
                         for s, m, n in worst_shards)
    example_rows = "".join(
        f"<tr><td>{html.escape(str(r.get('id')))}</td><td>{html.escape(r.get('shard', ''))}</td>"
        f"<td>{r['verdict']}</td><td class=num>{r['artifact_share']:.1%}</td>"
        f"<td>{html.escape(', '.join(f'{k} {v}' for k, v in r['counts'].items()))}</td></tr>"
        for r in examples)
    hist_items = [(label, hist[label]) for label in
                  [f"{lo:.0%} – {min(hi, 1):.0%}" for lo, hi in zip(BINS, BINS[1:])]]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title><style>{css}</style></head>
<body>
<h1>{html.escape(title)}</h1>
<p class="muted">{total:,} documents; on average {mean:.1%} of a document's characters lie inside
mirror damage.</p>
<div class="cards">{cards}</div>
<h2>Documents affected per rule</h2>
{_bars(per_rule.most_common(), total, "#4a6fd1")}
<table><tr><th>rule</th><th class=num>documents</th><th class=num>findings</th></tr>{rule_rows}</table>
<h2>Share of each document's characters inside damage</h2>
{_bars(hist_items, total, "#d1894a")}
<h2>Shards with the most damage</h2>
<table><tr><th>shard</th><th class=num>mean artifact share</th><th class=num>documents</th></tr>{shard_rows}</table>
<h2>The most damaged documents</h2>
<table><tr><th>id</th><th>shard</th><th>verdict</th><th class=num>share</th><th>findings</th></tr>{example_rows}</table>
</body></html>
"""
