"""Regular expressions compiled on first use.

A cold start compiles nothing it does not run: most of the rules' patterns never run on a given
page (their literal is not in it), and a cached run runs none at all.
"""
from __future__ import annotations

import re


class lazy_re:  # noqa: N801 - used like re.compile
    """A pattern compiled on first use; otherwise used like the compiled pattern."""

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)

    def __getattr__(self, name):
        # first use: compile, and keep the pattern's methods on the instance so later calls
        # find them directly instead of coming through here
        compiled = re.compile(*self._args)
        for method in ("finditer", "search", "match", "fullmatch", "sub", "findall", "split"):
            setattr(self, method, getattr(compiled, method))
        self.pattern, self.flags = compiled.pattern, compiled.flags
        return getattr(compiled, name)
