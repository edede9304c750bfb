"""A progress bar for long corpus scans: documents done, documents per second, time left.

Drawn with rich (the optional `progress` extra) on stderr, and only when asked or when stderr is
a terminal, so logs and CI output never fill with redraws. Without rich, there is no bar.
"""
from __future__ import annotations

import contextlib
import sys


def _columns():
    from rich.progress import (BarColumn, MofNCompleteColumn, ProgressColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)
    from rich.text import Text

    class DocsPerSecond(ProgressColumn):
        def render(self, task):
            speed = task.finished_speed or task.speed
            return Text("?? docs/s" if speed is None else f"{speed:,.0f} docs/s")

    return (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), DocsPerSecond(),
            TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn())


@contextlib.contextmanager
def progress_bar(count_total, description: str, enabled: bool | None = None, stream=None):
    """Yield `advance(n)`. `enabled` None means: when the stream (stderr) is a terminal.
    `count_total()` gives the number of steps; it is called only when a bar is drawn, since
    counting may mean reading the input once more."""
    stream = stream or sys.stderr
    if enabled is None:
        enabled = stream.isatty()
    if not enabled:
        yield lambda n: None
        return
    try:
        from rich.console import Console
        from rich.progress import Progress
    except ImportError:  # the bar is a nicety: no rich, no bar
        yield lambda n: None
        return
    console = Console(file=stream, force_terminal=True)
    total = count_total()
    with Progress(*_columns(), console=console, transient=False, refresh_per_second=4) as bar:
        task = bar.add_task(description, total=total or None)
        yield lambda n: bar.advance(task, n)
