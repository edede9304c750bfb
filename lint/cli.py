"""The `wikilint` command: check, fix, rules, rule.

Exit codes: 0 no findings (at the fail level), 1 findings, 2 a usage, configuration, input or
internal error. Every error is one line on stderr naming the file; the other files go on.
"""
from __future__ import annotations

import fnmatch
import os
import stat
import sys

import click

from . import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FORMAT_NAMES = ("text", "json", "github", "sarif", "junit", "checkstyle", "gitlab", "rdjson")
_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


class UsageFailure(click.ClickException):
    exit_code = EXIT_ERROR

    def show(self, file=None):
        click.echo(f"wikilint: error: {self.message}", err=True)


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


class Run:
    """What one invocation lints with: the chosen rules, their options, the configuration.
    (Plain classes here and in the engine, not dataclasses: each dataclass costs a cold start
    about a millisecond to build.)"""

    __slots__ = ("rules", "all_rules", "options", "severities", "per_file_ignores", "exclude",
                 "include", "fail_level")

    def __init__(self, rules: list, all_rules: list, options: dict, severities: dict,
                 per_file_ignores: dict, exclude: tuple = (), include: tuple = (),
                 fail_level: str = "warning"):
        self.rules, self.all_rules, self.options, self.severities = rules, all_rules, options, severities
        self.per_file_ignores, self.exclude, self.include = per_file_ignores, exclude, include
        self.fail_level = fail_level

    def rules_for(self, path: str) -> list:
        ignored = set()
        for glob, selectors in self.per_file_ignores.items():
            if fnmatch.fnmatch(path, glob) or fnmatch.fnmatch(os.path.basename(path), glob):
                from .registry import select_rules

                ignored.update(r.code for r in select_rules(self.all_rules, selectors, preview=True))
        return [r for r in self.rules if r.code not in ignored]


def _prepare(select, ignore, extend_select, preview, config_path, isolated, fail_level) -> Run:
    from .config import Config, ConfigError, find_config, load_config
    from .reader import DEFAULT_EXCLUDES
    from .registry import RuleError, load_rules, select_rules

    try:
        all_rules = load_rules()
    except RuleError as exc:
        raise UsageFailure(str(exc)) from None
    cfg = Config()
    try:
        if config_path:
            cfg = load_config(config_path, all_rules)
        elif not isolated:
            found = find_config(".")
            if found:
                cfg = load_config(found, all_rules)
        chosen = select_rules(
            all_rules,
            _split(select) or cfg.select,
            cfg.ignore + _split(ignore),
            cfg.extend_select + _split(extend_select),
            preview or cfg.preview,
        )
    except (ConfigError, RuleError) as exc:
        raise UsageFailure(str(exc)) from None
    return Run(chosen, all_rules, cfg.rule_options, cfg.severity, cfg.per_file_ignores,
               DEFAULT_EXCLUDES + tuple(cfg.exclude), tuple(cfg.include),
               fail_level or cfg.fail_level or "warning")


def _common(func):
    options = [
        click.argument("paths", nargs=-1, type=click.Path()),
        click.option("--select", multiple=True, help="Rules to run: codes, names, prefixes or ALL (comma-separated)."),
        click.option("--ignore", multiple=True, help="Rules to leave out (comma-separated)."),
        click.option("--extend-select", multiple=True, help="Rules to add to the selection."),
        click.option("--preview", is_flag=True, help="Also run preview (less precise) rules."),
        click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Configuration file to use."),
        click.option("--isolated", is_flag=True, help="Ignore every configuration file."),
        click.option("--encoding", default="utf-8", show_default=True, help="Encoding of the input files."),
        click.option("--stdin-filename", default=None, help="The name to report for text read from stdin."),
        click.option("--quiet", "-q", is_flag=True, help="Print findings only, no summary."),
        click.option("--text-field", default="text", show_default=True, help="JSONL: the field holding the text."),
        click.option("--id-field", default="id", show_default=True,
                     help="JSONL: the field naming a record (else its line number)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _read_all(paths, run: Run, encoding, stdin_filename, text_field="text", id_field="id"):
    """Yield (path, Document or None, error or None) for every document, in path order (a JSONL
    file yields one per record)."""
    from .reader import discover, display_path, read_documents

    files, missing = discover(list(paths), run.exclude, includes=run.include)
    for path, message in missing:
        yield display_path(path), None, f"{display_path(path)}: {message}"
    stdin_bytes = sys.stdin.buffer.read() if "-" in files else None
    shown_files = sorted(((stdin_filename or "-") if p == "-" else display_path(p), p) for p in files)
    for shown, path in shown_files:
        for doc, error in read_documents(path, encoding, stdin_bytes, shown, text_field, id_field):
            yield shown, doc, error


def _emit(report, output_format, quiet, statistics):
    from .formats import render
    from .formats.text import statistics as stats_text
    from .formats.text import summary

    out = render(output_format, report)
    if out:
        click.echo(out, nl=False)
    if statistics:
        click.echo(stats_text(report), nl=False, err=output_format != "text")
    if output_format == "text" and not quiet:
        click.echo(summary(report))
    if output_format == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
        from .formats.github import step_summary

        try:
            with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as fh:
                fh.write(step_summary(report))
        except OSError as exc:
            click.echo(f"wikilint: cannot write the step summary: {exc}", err=True)


def _exit_code(report, fail_level: str, exit_zero: bool) -> int:
    if report.errors:
        return EXIT_ERROR
    if exit_zero or fail_level == "never":
        return EXIT_CLEAN
    floor = _SEVERITY_RANK[fail_level]
    severities = report.tally.severities if report.tally else {f.severity for f in report.findings}
    return EXIT_FINDINGS if any(_SEVERITY_RANK[s] >= floor for s in severities) else EXIT_CLEAN


class Tally:
    """What the summary and the exit code need of findings that were printed and let go."""

    def __init__(self):
        self.count = 0
        self.fixable = 0
        self.paths: set[str] = set()
        self.severities: set[str] = set()

    def add(self, findings) -> None:
        for f in findings:
            self.count += 1
            self.fixable += f.fix is not None and f.fix.applicability == "safe"
            self.paths.add(f.path)
            self.severities.add(f.severity)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="wikilint")
def main():
    """Find and repair the damage Wikipedia mirror sites leave in copied text."""


@main.command()
@_common
@click.option("--output-format", "output_format", type=click.Choice(FORMAT_NAMES), default="text",
              show_default=True, help="How to print findings.")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False), help="Write the report to a file.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--fail-level", type=click.Choice(("error", "warning", "never")), default=None,
              help="The lowest severity that makes the exit code 1 (default: warning).")
@click.option("--statistics", is_flag=True, help="Print counts per rule, most frequent first.")
@click.option("--fix", "apply_fix", is_flag=True, help="Apply safe fixes first, then report what remains.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix, apply unsafe fixes too.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="Report only findings not recorded in this baseline file.")
@click.option("--write-baseline", "write_baseline_path", type=click.Path(dir_okay=False),
              help="Record today's findings in this file (and exit 0).")
@click.option("--diff-from", "diff_from", metavar="REF",
              help="Report only findings on lines changed since this git revision.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0,
              help="Processes to lint with (default: the number of cores; 1: no processes).")
@click.option("--cache-dir", default=None, type=click.Path(file_okay=False),
              help="Where to keep results of unchanged files (default: .wikilint_cache).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
def check(paths, select, ignore, extend_select, preview, config_path, isolated, encoding,
          stdin_filename, quiet, text_field, id_field, output_format, output_file, exit_zero,
          fail_level, statistics, apply_fix, unsafe_fixes, baseline_path, write_baseline_path,
          diff_from, jobs, cache_dir, no_cache):
    """Lint files and folders (text, Markdown, HTML, JSONL; '-' reads stdin)."""
    from .engine import lint_document
    from .formats import Report

    if not paths:
        raise UsageFailure("no paths given (use '.' for the current folder, '-' for stdin)") from None
    run = _prepare(select, ignore, extend_select, preview, config_path, isolated, fail_level)
    known = None
    if baseline_path or write_baseline_path or diff_from:
        from .baseline import BaselineError, finding_key, load_baseline, subtract, write_baseline

        try:
            known = load_baseline(baseline_path) if baseline_path else None
        except BaselineError as exc:
            raise UsageFailure(str(exc)) from None
    keyed_all = []
    report = Report(findings=[], rules=run.rules, version=__version__)
    fast = not (apply_fix or baseline_path or write_baseline_path or output_format == "rdjson")
    documents = _read_all(paths, run, encoding, stdin_filename, text_field, id_field) if not fast \
        else iter(())
    stream = fast and output_format == "text" and not output_file and not statistics
    if fast:
        emit = None
        if stream:
            from .formats.text import render as render_text

            report.tally = Tally()

            def emit(found):
                if diff_from:
                    found = _only_changed(found, diff_from)
                report.tally.add(found)
                out = render_text(type(report)(findings=found))
                if out:
                    click.echo(out, nl=False)

        _lint_many(paths, run, report, encoding, stdin_filename, text_field, id_field,
                   jobs or os.cpu_count() or 1, None if no_cache else (cache_dir or ".wikilint_cache"),
                   emit)
    for shown, doc, error in documents:
        if shown not in report.files[-1:]:
            report.files.append(shown)
        if error:
            report.errors.append((shown, error))
            continue
        rules = run.rules_for(shown)
        if output_format == "rdjson":
            report.texts[shown] = doc.text
        if apply_fix and doc.fixable:
            fixed, outcome_errors, findings = _fix_one(shown, doc, rules, run, unsafe_fixes, write=True)
            report.fixed += fixed
            report.errors += [(shown, e) for e in outcome_errors]
            report.findings += findings
            continue
        result = lint_document(doc, rules, run.options, run.severities)
        found = result.findings
        report.errors += [(shown, f"{shown}: {e}") for e in result.errors]
        if known is not None or write_baseline_path:
            keyed = [(f, finding_key(doc.text, f)) for f in found]
            keyed_all += keyed
            if known is not None:
                found = subtract(keyed, known)
        report.findings += found
    if diff_from and not stream:
        report.findings = _only_changed(report.findings, diff_from)
    if write_baseline_path:
        try:
            write_baseline(write_baseline_path, keyed_all)
        except OSError as exc:
            raise UsageFailure(f"{write_baseline_path}: cannot write the baseline ({exc.strerror or exc})") from None
        if not quiet:
            click.echo(f"Wrote {len(keyed_all)} finding{'s' * (len(keyed_all) != 1)} to the baseline "
                       f"{write_baseline_path}.", err=True)
        sys.exit(EXIT_ERROR if report.errors else EXIT_CLEAN)
    for _, message in report.errors:
        click.echo(f"wikilint: error: {message}", err=True)
    if output_file:
        from .formats import render

        try:
            with open(output_file, "w", encoding="utf-8") as fh:
                fh.write(render(output_format, report))
        except OSError as exc:
            raise UsageFailure(f"{output_file}: cannot write the report ({exc.strerror or exc})") from None
        if output_format != "text" and not quiet:
            from .formats.text import summary

            click.echo(summary(report), err=True)
    elif stream:
        if not quiet:
            from .formats.text import summary

            click.echo(summary(report))
    else:
        _emit(report, output_format, quiet, statistics)
    if apply_fix and not quiet:
        click.echo(f"Applied {report.fixed} fix{'es' * (report.fixed != 1)}; "
                   f"{len(report.findings)} finding{'s' * (len(report.findings) != 1)} remain.", err=True)
    sys.exit(_exit_code(report, run.fail_level, exit_zero))


def _lint_many(paths, run: Run, report, encoding, stdin_filename, text_field, id_field, jobs,
               cache_dir, emit=None):
    """Lint every file (in parallel processes, through the cache) into the report, or, with
    `emit`, hand each document's findings to it in order and keep none (a JSONL corpus is then
    linted here record by record, so memory stays bounded by its largest record)."""
    from .reader import InputError, discover, display_path, read_bytes
    from .reader import kind_of
    from .runner import Cache, iter_source, run_parallel, settings_key

    files, missing = discover(list(paths), run.exclude, includes=run.include)
    for path, message in missing:
        report.files.append(display_path(path))
        report.errors.append((display_path(path), f"{display_path(path)}: {message}"))
    stdin_bytes = sys.stdin.buffer.read() if "-" in files else None
    cache = Cache(cache_dir, settings_key(run.rules, run.options, run.severities, encoding,
                                          text_field, id_field)) if cache_dir else None
    tasks, slots = [], []
    entries = sorted(((stdin_filename or "-") if p == "-" else display_path(p), p) for p in files)
    results: list = [None] * len(entries)
    for n, (shown, path) in enumerate(entries):
        report.files.append(shown)
        codes = [r.code for r in run.rules_for(shown)]
        if path != "-" and kind_of(shown) in ("jsonl", "parquet"):
            # a corpus is read record by record, never whole, and not cached
            task = (None, shown, path, codes, run.options, run.severities, encoding, text_field,
                    id_field)
            if emit is not None:
                results[n] = iter_source(task)  # consumed in order below
            else:
                tasks.append(task)
                slots.append((n, None))
            continue
        try:
            raw = (stdin_bytes or b"") if path == "-" else read_bytes(path, shown)
        except InputError as exc:
            results[n] = ([], [str(exc)])
            continue
        key = cache.key(raw + "\0".join(codes).encode(), shown) if cache else None
        hit = cache.get(key, shown) if cache else None
        if hit is not None:
            results[n] = hit
            continue
        tasks.append((raw, shown, path, codes, run.options, run.severities, encoding, text_field,
                      id_field))
        slots.append((n, key))
    reported = 0  # entries reported so far, in order

    def report_ready():
        """Report the entries whose results are in, up to the first that is not."""
        nonlocal reported
        while reported < len(entries) and results[reported] is not None:
            shown, outcome = entries[reported][0], results[reported]
            results[reported] = ()  # reported: not kept (an empty tuple, not None)
            reported += 1
            for found, errors in ([outcome] if isinstance(outcome, tuple) else outcome):
                report.errors += [(shown, e) for e in errors]
                if emit is None:
                    report.findings += found
                else:
                    emit(found)

    # results come back in order while the rest are linted: report each as soon as it can be
    for (n, key), outcome in zip(slots, run_parallel(tasks, jobs)):
        results[n] = outcome
        if cache and key and not outcome[1]:
            cache.put(key, *outcome)
        report_ready()
    report_ready()


def _only_changed(findings, ref):
    from .baseline import BaselineError, changed_lines

    by_path: dict = {}
    out = []
    for f in findings:
        if f.path == "-" or f.record is not None:
            out.append(f)
            continue
        if f.path not in by_path:
            try:
                by_path[f.path] = changed_lines(ref, f.path)
            except BaselineError as exc:
                raise UsageFailure(str(exc)) from None
        changed = by_path[f.path]
        if changed is None or changed.intersection(range(f.span.line, f.span.end_line + 1)):
            out.append(f)
    return out


def _fix_one(shown, doc, rules, run: Run, unsafe: bool, write: bool):
    """Fix one document and write it back atomically (not stdin). Returns (fixes applied,
    errors, remaining findings)."""
    from .fixer import fix_document

    outcome = fix_document(doc, rules, run.options, unsafe, run.severities)
    errors = [f"{shown}: {e}" for e in outcome.errors]
    if outcome.applied and write and doc.source_path != "-":
        failure = _write_fixed(shown, doc, outcome.text)
        if failure:
            errors.append(failure)
    return outcome.applied, errors, outcome.remaining


def _write_fixed(shown, doc, text: str) -> str | None:
    """Write fixed text back over its file; the error line when that cannot be done."""
    try:
        write_atomically(doc, text)
    except ChangedOnDisk:
        return f"{shown}: changed on disk while it was being fixed; not written"
    except OSError as exc:
        return f"{shown}: cannot write ({exc.strerror or exc})"
    return None


class ChangedOnDisk(Exception):
    pass


def write_atomically(doc, fixed_text: str) -> None:
    """Write a temporary file beside the original, keep its permission bits, then rename it over
    the original, unless the original changed since it was read."""
    path = doc.source_path
    data = doc.to_source(fixed_text).encode(doc.encoding)
    st = os.stat(path)
    with open(path, "rb") as fh:
        if fh.read() != doc.raw:
            raise ChangedOnDisk(path)
    import tempfile

    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".wikilint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


@main.command()
@_common
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes that may remove real text.")
@click.option("--diff", "show_diff", is_flag=True, help="Print a unified diff; write nothing.")
def fix(paths, select, ignore, extend_select, preview, config_path, isolated, encoding,
        stdin_filename, quiet, text_field, id_field, unsafe_fixes, show_diff):
    """Apply fixes in place ('-' reads stdin and writes the fixed text to stdout)."""
    from .fixer import fix_document

    if not paths:
        raise UsageFailure("no paths given (use '.' for the current folder, '-' for stdin)") from None
    run = _prepare(select, ignore, extend_select, preview, config_path, isolated, None)
    applied_total = remaining = changed = 0
    errors = []
    skipped: set[str] = set()
    for shown, doc, error in _read_all(paths, run, encoding, stdin_filename, text_field, id_field):
        if error:
            errors.append(error)
            click.echo(f"wikilint: error: {error}", err=True)
            continue
        if not doc.fixable:
            if not quiet and shown not in skipped:
                click.echo(f"wikilint: {shown}: HTML and JSONL input is checked, not fixed", err=True)
            skipped.add(shown)
            continue
        outcome = fix_document(doc, run.rules_for(shown), run.options, unsafe_fixes, run.severities)
        for e in outcome.errors:
            errors.append(e)
            click.echo(f"wikilint: error: {shown}: {e}", err=True)
        remaining += len(outcome.remaining)
        is_stdin = doc.source_path == "-"
        if outcome.text != doc.text:
            changed += 1
        if show_diff:
            import difflib

            if outcome.text != doc.text:
                # a last line without its line break is marked as diff and patch mark it
                click.echo("".join(
                    line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                    for line in difflib.unified_diff(
                        doc.text.splitlines(True), outcome.text.splitlines(True),
                        f"a/{shown}", f"b/{shown}")), nl=False)
            applied_total += outcome.applied
            continue
        if is_stdin:
            sys.stdout.buffer.write(doc.to_source(outcome.text).encode(encoding, "surrogatepass"))
            sys.stdout.flush()
        elif outcome.applied:
            failure = _write_fixed(shown, doc, outcome.text)
            if failure:
                errors.append(failure)
                click.echo(f"wikilint: error: {failure}", err=True)
                continue
        applied_total += outcome.applied
    if not quiet:
        verb = "Would apply" if show_diff else "Applied"
        click.echo(f"{verb} {applied_total} fix{'es' * (applied_total != 1)} in {changed} "
                   f"file{'s' * (changed != 1)}; {remaining} finding{'s' * (remaining != 1)} remain.",
                   err=True)
    if errors:
        sys.exit(EXIT_ERROR)
    if show_diff:
        sys.exit(EXIT_FINDINGS if changed else EXIT_CLEAN)
    sys.exit(EXIT_CLEAN)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for the results: one <shard>.scan.jsonl per input shard.")
@click.option("--fix", "with_fix", is_flag=True, help="Add each record's repaired text (fixed_text).")
@click.option("--shard", default=None, metavar="I/N", help="Take every N-th shard, starting at the I-th.")
@click.option("--select", multiple=True, help="Rules to run (default: the stable ones).")
@click.option("--ignore", multiple=True, help="Rules to leave out.")
@click.option("--text-field", default="text", show_default=True)
@click.option("--id-field", default="id", show_default=True)
@click.option("--engine", type=click.Choice(("local", "ray")), default="local", show_default=True,
              help="local: this process; ray: Ray Data, on a local Ray or a cluster.")
@click.option("--ray-address", envvar="RAY_ADDRESS", default=None, metavar="ADDRESS",
              help="Ray cluster to join (ray://host:10001, or auto); default: start a local Ray.")
@click.option("--ray-cpus", type=click.IntRange(min=1), default=None,
              help="CPUs for a local Ray (default: all).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal; needs rich).")
def scan(paths, out_dir, with_fix, shard, select, ignore, text_field, id_field, engine, ray_address,
         ray_cpus, progress):
    """Scan corpus shards (.jsonl, .jsonl.gz, .parquet): per-document counts, artifact share and a
    verdict. Finished shards are skipped when the scan runs again."""
    from .progress import progress_bar
    from .reader import CORPUS_SUFFIXES, discover
    from .registry import RuleError, load_rules, select_rules
    from .scan import ShardResults, count_records, pick_shards, scan_shard

    try:
        rules = select_rules(load_rules(), _split(select), _split(ignore))
        shards = pick_shards(discover(list(paths), suffixes=CORPUS_SUFFIXES)[0], shard)
    except (RuleError, ValueError) as exc:
        raise UsageFailure(str(exc)) from None
    os.makedirs(out_dir, exist_ok=True)
    results = ShardResults(out_dir)
    todo = results.pending(shards)
    errors: list[str] = []
    with progress_bar(lambda: sum(count_records(s) for s in todo), "scanning", progress) as advance:
        if engine == "ray" and todo:
            from .scan_ray import RayUnavailable, scan_with_ray

            try:
                errors = scan_with_ray(todo, results, [r.code for r in rules], with_fix, text_field,
                                       id_field, ray_address, ray_cpus, advance)
            except RayUnavailable as exc:
                raise UsageFailure(str(exc)) from None
            except Exception as exc:  # a worker's failure arrives wrapped in Ray's own errors
                from .sources import first_line

                raise UsageFailure(f"the Ray scan failed ({first_line(exc)})") from None
        else:
            try:
                for path in todo:
                    errors += scan_shard(path, results, rules, with_fix, text_field, id_field,
                                         advance)
            except BaseException:
                results.abandon()
                raise
    for e in errors:
        click.echo(f"wikilint: error: {e}", err=True)
    summary, done = results.summary, len(todo)
    n = summary["documents"]
    verdicts = ", ".join(f"{summary['verdict:' + v]} {v}" for v in ("clean", "repairable", "damaged"))
    click.echo(f"Scanned {n} document{'s' * (n != 1)} in {done} shard{'s' * (done != 1)} "
               f"({len(shards) - done} already done): {verdicts}.", err=True)
    for key, count in sorted(((k, c) for k, c in summary.items() if k.startswith("rule:")),
                             key=lambda kc: -kc[1]):
        click.echo(f"  {count:8}  documents with {key[5:]}", err=True)
    sys.exit(EXIT_ERROR if errors else EXIT_CLEAN)


@main.command()
@click.argument("scans", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--html", "html_path", required=True, type=click.Path(dir_okay=False),
              help="Write the report page here.")
@click.option("--title", default="wikilint corpus scan", show_default=True)
def report(scans, html_path, title):
    """Turn scan results (folders from `wikilint scan`, or .scan.jsonl files) into an HTML page."""
    from .report_html import load_rows, render

    try:
        rows = load_rows(list(scans))
    except (OSError, ValueError, KeyError) as exc:
        raise UsageFailure(f"cannot read the scan results ({exc})") from None
    with open(html_path, "w", encoding="utf-8") as fh:
        fh.write(render(rows, title))
    click.echo(f"Wrote {html_path}: {len(rows)} documents.", err=True)


@main.command("rules")
@click.option("--output-format", type=click.Choice(("text", "json")), default="text", show_default=True)
def list_rules(output_format):
    """List every rule: code, name, summary (preview rules are marked)."""
    from .registry import RuleError, load_rules

    try:
        rules = load_rules()
    except RuleError as exc:
        raise UsageFailure(str(exc)) from None
    if output_format == "json":
        import json

        click.echo(json.dumps([{"code": r.code, "name": r.name, "summary": r.summary,
                                "severity": r.severity, "preview": r.preview,
                                "options": r.options} for r in rules], indent=2))
        return
    width = max(len(r.name) for r in rules)
    for r in rules:
        mark = " (preview)" if r.preview else ""
        click.echo(f"{r.code}  {r.name:<{width}}  {r.summary}{mark}")


@main.command("rule")
@click.argument("key")
def show_rule(key):
    """Print a rule's documentation (by code or name)."""
    from .registry import RuleError, find_rule, load_rules

    try:
        rules = load_rules()
    except RuleError as exc:
        raise UsageFailure(str(exc)) from None
    rule = find_rule(rules, key)
    if rule is None:
        raise UsageFailure(f"unknown rule {key!r} (see `wikilint rules`)") from None
    status = "preview" if rule.preview else "stable"
    options = ", ".join(f"{k} = {v!r}" for k, v in rule.options.items()) or "none"
    click.echo(f"# {rule.code} {rule.name}\n\nSeverity: {rule.severity}. Status: {status}. "
               f"Options: {options}.\n\n{rule.doc}")


if __name__ == "__main__":  # pragma: no cover
    main()
