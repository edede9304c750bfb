"""Rules: what a rule module declares, how rules are found, and how a selection picks them.

A rule is a module registered in the entry-point group ``wikilint.rules`` (the built-ins too) that
declares CODE, NAME, SUMMARY, SEVERITY, OPTIONS (name -> default), optionally PREVIEW and CONTAINS,
and a ``check(doc, options)`` generator of Detections. Its docstring is its documentation.
"""
from __future__ import annotations

import functools
import importlib
import os
import re
import sys
from types import ModuleType
from typing import Callable, Iterable, NamedTuple

from .model import SEVERITIES, ne_by_eq, no_order
from .patterns import lazy_re

ENTRY_POINT_GROUP = "wikilint.rules"
_CODE = lazy_re(r"^[A-Z]{1,4}\d{3,4}$")


class RuleError(Exception):
    """A rule could not be loaded, or a selection names no rule."""


class Rule(NamedTuple):
    """A loaded rule. A tuple rather than a dataclass, which costs start-up time to build."""

    code: str
    name: str
    summary: str
    severity: str
    options: dict
    check: Callable
    doc: str
    preview: bool = False
    # a CONTAINS rule's finding explains everything inside its span (an inline gloss holds
    # markup and parentheses of the linked article): other rules stay silent there
    contains: bool = False
    module: str = ""

    # Rules are equal when they declare the same; the function and the docs are not compared,
    # and the options (a dict) are left out of the hash.
    def __eq__(self, other):
        if not isinstance(other, Rule):
            return NotImplemented
        return (self[:5], self[7:]) == (other[:5], other[7:])

    def __hash__(self) -> int:
        return hash((self[:4], self[7:]))

    __ne__ = ne_by_eq
    __lt__ = __le__ = __gt__ = __ge__ = no_order

    @classmethod
    def from_module(cls, module: ModuleType) -> "Rule":
        missing = [a for a in ("CODE", "NAME", "SUMMARY", "check") if not hasattr(module, a)]
        if missing:
            raise RuleError(f"rule module {module.__name__} lacks {', '.join(missing)}")
        severity = getattr(module, "SEVERITY", "error")
        if severity not in SEVERITIES or not _CODE.match(module.CODE):
            raise RuleError(f"rule module {module.__name__} declares a bad CODE or SEVERITY")
        return cls(
            code=module.CODE,
            name=module.NAME,
            summary=module.SUMMARY,
            severity=severity,
            options=dict(getattr(module, "OPTIONS", {})),
            check=module.check,
            doc=(module.__doc__ or "").strip(),
            preview=bool(getattr(module, "PREVIEW", False)),
            contains=bool(getattr(module, "CONTAINS", False)),
            module=module.__name__,
        )


def _entry_point_modules() -> list[str]:
    """The targets registered under the entry-point group, read straight from the installed
    distributions' entry_points.txt files in sys.path order (the first distribution of a name
    wins, as in importlib.metadata, which costs tens of milliseconds to import at start-up)."""
    targets, seen = [], set()
    for folder in sys.path:
        try:
            names = sorted(os.listdir(folder or "."))
        except OSError:
            continue
        for name in names:
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            dist = name.rsplit(".", 1)[0].split("-")[0].lower().replace("_", "-")
            if dist in seen:
                continue
            seen.add(dist)
            try:
                with open(os.path.join(folder or ".", name, "entry_points.txt"), encoding="utf-8") as fh:
                    content = fh.read()
            except OSError:
                continue
            targets += _group_targets(content)
    return targets


def _group_targets(content: str) -> list[str]:
    """The values of the `wikilint.rules` section of an entry_points.txt."""
    out, inside = [], False
    for raw in content.splitlines():
        line = raw.strip()
        if line.startswith("["):
            inside = line == f"[{ENTRY_POINT_GROUP}]"
        elif inside and "=" in line and not line.startswith(("#", ";")):
            out.append(line.split("=", 1)[1].strip())
    return out


def _builtin_modules() -> list[str]:
    """Fallback when the package metadata is missing (running from a bare source tree)."""
    import pkgutil

    from . import rules as package

    return [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)
            if not m.name.startswith("_")]


def load_rules(module_names: Iterable[str] | None = None) -> list[Rule]:
    """Every registered rule, sorted by code. A duplicate code or name is an error. The
    installed rules are found once per process (and per sys.path): a worker linting hundreds
    of files would otherwise read every distribution's entry points for each one."""
    if module_names is None:
        return list(_installed_rules(tuple(sys.path)))
    return _load(list(module_names), builtins_fallback=False)


@functools.lru_cache(maxsize=4)
def _installed_rules(search_path: tuple) -> tuple:
    return tuple(_load(_entry_point_modules(), builtins_fallback=True))


def _load(names: list[str], builtins_fallback: bool) -> list[Rule]:
    if builtins_fallback and not any(n.startswith("wikilint.rules.") for n in names):
        names += _builtin_modules()
    rules: dict[str, Rule] = {}
    seen_names: dict[str, str] = {}
    for name in dict.fromkeys(names):
        module_name, _, attr = name.partition(":")
        try:
            module = importlib.import_module(module_name.strip())
            if attr:
                module = getattr(module, attr.strip())
        except Exception as exc:  # a broken plugin is reported, not a traceback
            raise RuleError(f"cannot load rule module {name}: {exc}") from exc
        rule = Rule.from_module(module)
        if rule.code in rules or rule.name in seen_names:
            raise RuleError(f"rule {rule.code} {rule.name} is registered twice ({name})")
        rules[rule.code] = rule
        seen_names[rule.name] = rule.code
    return sorted(rules.values(), key=lambda r: r.code)


def find_rule(rules: list[Rule], key: str) -> Rule | None:
    for rule in rules:
        if key in (rule.code, rule.name) or key.upper() == rule.code:
            return rule
    return None


def _matches(rule: Rule, selector: str) -> bool:
    if selector.upper() == "ALL":
        return True
    if selector == rule.name:
        return True
    sel = selector.upper()
    return rule.code.startswith(sel) and bool(re.match(r"^[A-Z]+\d*$", sel))


def resolve_selectors(rules: list[Rule], selectors: Iterable[str], what: str = "--select") -> list[str]:
    """Check that every selector names at least one rule; returns them stripped."""
    out = []
    for sel in selectors:
        sel = sel.strip()
        if not sel:
            continue
        if not any(_matches(r, sel) for r in rules):
            known = ", ".join(r.code for r in rules)
            raise RuleError(f"{what}: unknown rule or prefix {sel!r} (known: ALL, {known}, or their names)")
        out.append(sel)
    return out


def select_rules(
    rules: list[Rule],
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    extend_select: list[str] | None = None,
    preview: bool = False,
) -> list[Rule]:
    """The rules a run uses. Without --select: every stable rule (and preview ones with
    `preview`). A rule named explicitly, by code, name, prefix or ALL, runs even in preview."""
    select = resolve_selectors(rules, select or [], "select")
    ignore = resolve_selectors(rules, ignore or [], "ignore")
    extend = resolve_selectors(rules, extend_select or [], "extend-select")
    if select:
        chosen = [r for r in rules if any(_matches(r, s) for s in select)]
    else:
        chosen = [r for r in rules if preview or not r.preview]
    chosen += [r for r in rules if r not in chosen and any(_matches(r, s) for s in extend)]
    return [r for r in rules if r in chosen and not any(_matches(r, s) for s in ignore)]
