"""Configuration: `[tool.wikilint]` in pyproject.toml, or `.wikilint.toml` / `wikilint.toml`.

The nearest file from the working folder upwards wins; `--config PATH` names one; `--isolated`
reads none. Every key is checked: an unknown key, rule, option or value is an error naming the
file, the key and what is allowed.
"""
from __future__ import annotations

import os
import sys

from .model import SEVERITIES
from .registry import Rule, RuleError, find_rule, resolve_selectors



def _toml():
    """tomllib (tomli before Python 3.11), imported only when a configuration file exists."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return tomllib

CONFIG_NAMES = (".wikilint.toml", "wikilint.toml", "pyproject.toml")
_LIST_KEYS = ("select", "ignore", "extend-select", "include", "exclude", "extend-exclude")
_KEYS = _LIST_KEYS + ("preview", "per-file-ignores", "severity", "rules", "fail-level")


class ConfigError(Exception):
    """A configuration problem, as one line naming the file and the key."""


class Config:
    """A configuration file's settings (all empty: no file)."""

    def __init__(self, path: str | None = None):
        self.path = path
        self.select: list[str] = []
        self.ignore: list[str] = []
        self.extend_select: list[str] = []
        self.include: list[str] = []
        self.exclude: list[str] = []
        self.preview = False
        self.per_file_ignores: dict[str, list[str]] = {}
        self.severity: dict[str, str] = {}  # rule name -> severity
        self.rule_options: dict[str, dict] = {}  # rule name -> options
        self.fail_level: str | None = None


def _folders_up(start: str | os.PathLike):
    folder = os.path.realpath(start)
    while True:
        yield folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return
        folder = parent


def _mentions_tool_table(pyproject: str) -> bool:
    """Could this pyproject.toml hold a wikilint table? ([tool.wikilint], [tool."wikilint"],
    or under [tool]: `wikilint = {...}` or `wikilint.select = ...`)"""
    if "tool.wikilint" in pyproject or 'tool."wikilint"' in pyproject:
        return True
    import re

    for m in re.finditer(r'^[ \t]*"?wikilint"?[ \t]*[.=]', pyproject, re.M):
        header = re.findall(r"^[ \t]*\[([^\]\n]*)\]", pyproject[:m.start()], re.M)
        if header and header[-1].strip() == "tool":  # not `wikilint = ...` under [project.scripts]
            return True
    return False


def find_config(start: str | os.PathLike = ".") -> str | None:
    """The nearest configuration file from `start` upwards (a pyproject.toml counts only when
    it has a [tool.wikilint] table)."""
    for folder in _folders_up(start):
        for name in CONFIG_NAMES:
            candidate = os.path.join(folder, name)
            if not os.path.isfile(candidate):
                continue
            if name != "pyproject.toml":
                return candidate
            try:
                with open(candidate, encoding="utf-8") as fh:
                    text = fh.read()
            except (OSError, UnicodeDecodeError):
                return candidate  # let load_config report it
            if not _mentions_tool_table(text):
                continue  # no [tool.wikilint] here: no need to load a TOML parser to know
            tomllib = _toml()
            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError:
                return candidate
            if "wikilint" in data.get("tool", {}):
                return candidate
    return None


def load_config(path: str | os.PathLike, rules: list[Rule]) -> Config:
    shown = os.fspath(path)
    tomllib = _toml()
    try:
        with open(path, encoding="utf-8") as fh:
            data = tomllib.loads(fh.read())
    except FileNotFoundError:
        raise ConfigError(f"{shown}: configuration file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{shown}: cannot read configuration ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{shown}: invalid TOML ({exc})") from None
    if os.path.basename(path) == "pyproject.toml":
        table = data.get("tool", {}).get("wikilint", {})
        prefix = "tool.wikilint."
    else:
        table = data
        prefix = ""
    return parse_config(table, rules, shown, prefix)


def _list_of_str(value, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
    return value


def parse_config(table: dict, rules: list[Rule], shown: str = "<config>", prefix: str = "") -> Config:
    cfg = Config(path=shown)
    for key, value in table.items():
        where = f"{shown}: {prefix}{key}"
        if key not in _KEYS:
            raise ConfigError(f"{where}: unknown key (allowed: {', '.join(_KEYS)})")
        try:
            if key in ("select", "ignore", "extend-select"):
                values = resolve_selectors(rules, _list_of_str(value, where), key)
                setattr(cfg, key.replace("-", "_"), values)
            elif key in ("include", "exclude", "extend-exclude"):
                attr = "exclude" if key != "include" else "include"
                getattr(cfg, attr).extend(_list_of_str(value, where))
            elif key == "preview":
                if not isinstance(value, bool):
                    raise ConfigError(f"{where}: expected true or false, got {value!r}")
                cfg.preview = value
            elif key == "fail-level":
                if value not in ("error", "warning", "never"):
                    raise ConfigError(f"{where}: expected error, warning or never, got {value!r}")
                cfg.fail_level = value
            elif key == "per-file-ignores":
                if not isinstance(value, dict):
                    raise ConfigError(f"{where}: expected a table of glob = [rules]")
                for glob, sel in value.items():
                    cfg.per_file_ignores[glob] = resolve_selectors(
                        rules, _list_of_str(sel, f"{where}.{glob}"), f"per-file-ignores.{glob}")
            elif key == "severity":
                if not isinstance(value, dict):
                    raise ConfigError(f"{where}: expected a table of rule = severity")
                for name, level in value.items():
                    rule = find_rule(rules, name)
                    if rule is None:
                        raise ConfigError(f"{where}.{name}: unknown rule")
                    if level not in SEVERITIES:
                        raise ConfigError(f"{where}.{name}: expected one of {', '.join(SEVERITIES)}, got {level!r}")
                    cfg.severity[rule.name] = level
            elif key == "rules":
                if not isinstance(value, dict):
                    raise ConfigError(f"{where}: expected a table of rule tables")
                for name, opts in value.items():
                    cfg.rule_options[_rule_name(rules, name, where)] = _rule_options(
                        rules, name, opts, f"{where}.{name}")
        except RuleError as exc:
            raise ConfigError(f"{where}: {exc}") from None
    return cfg


def _rule_name(rules: list[Rule], name: str, where: str) -> str:
    rule = find_rule(rules, name)
    if rule is None:
        raise ConfigError(f"{where}.{name}: unknown rule (known: {', '.join(r.name for r in rules)})")
    return rule.name


def _rule_options(rules: list[Rule], name: str, opts, where: str) -> dict:
    rule = find_rule(rules, name)
    if not isinstance(opts, dict):
        raise ConfigError(f"{where}: expected a table of options")
    out = {}
    for key, value in opts.items():
        option = key.replace("-", "_")
        if option not in rule.options:
            allowed = ", ".join(rule.options) or "none"
            raise ConfigError(f"{where}.{key}: unknown option (allowed: {allowed})")
        default = rule.options[option]
        if type(value) is not type(default) and not (isinstance(default, float) and isinstance(value, int)):
            raise ConfigError(f"{where}.{key}: expected {type(default).__name__}, got {value!r}")
        out[option] = value
    return out
