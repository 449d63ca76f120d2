"""Every command, given bad arguments, answers one line ``Error: [Ennn] …``: never a traceback (issue 13)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.ledger import Ledger
from newsledger.ledger.synthetic import synthetic_records

ERROR_LINE = re.compile(r"^Error: \[E(?!001)\d{3}\] \S")
HUGE = "99999999999999999999"


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("cli")
    db = root / "l.db"
    with Ledger(db) as ledger:
        ledger.ingest(synthetic_records(5, words=60))
    garbage = root / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    bad_toml = root / "bad.toml"
    bad_toml.write_text("max_input_bytes = [", encoding="utf-8")
    bad_value = root / "value.toml"
    bad_value.write_text('min_body_words = "many"\n', encoding="utf-8")
    return {
        "db": str(db),
        "garbage": str(garbage),
        "dir": str(root),
        "missing_dir": str(root / "no" / "such" / "x"),
        "bad_toml": str(bad_toml),
        "bad_value": str(bad_value),
    }


def _commands(group: click.Group, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    for name, command in group.commands.items():
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*path, name))


def _good_value(param: click.Parameter, places: dict[str, str]) -> str:
    if param.name == "db_path":
        return places["db"]
    if isinstance(param.type, click.Choice):
        return str(param.type.choices[0])
    if isinstance(param.type, click.types.IntParamType):
        return "1"
    return "Kessa"


def _bad_values(param: click.Parameter, places: dict[str, str]) -> list[str]:
    if isinstance(param.type, click.Choice):
        return ["nope"]
    if param.name == "port":  # any port in range would start a server (`serve`) that runs until stopped
        return ["abc", HUGE, "-1", "65536"]
    if isinstance(param.type, click.types.IntParamType):
        return ["abc", HUGE, "-" + HUGE, "-1", "0"]
    if param.name == "db_path":
        return [places["dir"], places["missing_dir"], places["garbage"]]
    if param.name in ("output",):
        return [places["dir"], places["missing_dir"], "/dev/full"]
    if param.name == "reference_date":
        return ["2025-13-45", "0001-01-01", "9999-12-31", "yesterday"]
    return [HUGE, "", "\x7f\x01'\"*(", "x" * 5000, "/dev/zero", places["missing_dir"]]


def _parse_errors_only(path: tuple[str, ...]) -> bool:
    """``spark`` starts a Spark session (when pyspark is installed) for anything that parses: only bad syntax."""
    return path[0] == "spark"


def _invocations(places: dict[str, str]) -> Iterator[list[str]]:
    for path, command in _commands(cli):
        if isinstance(command, click.Group) and not command.invoke_without_command:
            continue
        args = [p for p in command.params if isinstance(p, click.Argument)]
        base = [*path, *(_good_value(a, places) for a in args)]
        if any(isinstance(p, click.Option) and p.name == "db_path" for p in command.params):
            base += ["--db", places["db"]]
        yield [*path, "--no-such-option"]
        yield [*path, *(["x"] * (len(args) + 3))]  # too many arguments
        if args:
            yield list(path)  # missing arguments
        for param in command.params:
            if param.name in ("help", "progress") or getattr(param, "is_flag", False):
                continue
            for bad in _bad_values(param, places):
                if _parse_errors_only(path) and not isinstance(param.type, click.types.IntParamType):
                    continue
                if isinstance(param, click.Argument):
                    i = args.index(param)
                    yield [
                        *path,
                        *(_good_value(a, places) if a is not param else bad for a in args[: i + 1]),
                        *base[len(path) + i + 1 :],
                    ]
                else:
                    yield [*base, param.opts[0], bad]


def test_cli_walk_every_command_with_bad_arguments(
    places: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSLEDGER_MAX_INPUT_BYTES", "200000")  # /dev/zero as an input is read this far
    runner = CliRunner()
    invocations = list(_invocations(places))
    commands = {tuple(i[:2]) if i[0] == "speakers" else (i[0],) for i in invocations}
    assert len(commands) >= 10 and len(invocations) > 150  # every command, each parameter bad in several ways
    failures = []
    for args in invocations:
        with runner.isolated_filesystem(temp_dir=tmp_path):  # what a command writes (batch parts) lands here
            result = runner.invoke(cli, args)
        shutil.rmtree(Path(places["missing_dir"]).parents[1], ignore_errors=True)  # batch --out makes its folder
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            failures.append((args, f"raised {type(result.exception).__name__}: {result.exception}"))
            continue
        if "Traceback" in result.output:
            failures.append((args, "printed a traceback"))
            continue
        if result.exit_code not in (0, 1, 2):
            failures.append((args, f"exit status {result.exit_code}"))
            continue
        errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
        if (result.exit_code == 2 or errors) and (len(errors) != 1 or not ERROR_LINE.match(errors[0])):
            failures.append((args, f"not one error line with a code: {result.stderr[-300:]!r}"))
    assert not failures, "\n".join(f"{' '.join(a)[:120]}: {why}" for a, why in failures[:20])


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--config", "{missing_dir}", "stats"], "E063"),
        (["--config", "{bad_toml}", "stats"], "E064"),
        (["--config", "{bad_value}", "stats"], "E062"),
        (["article", HUGE, "--db", "{db}"], "E003"),
        (["quotes", "--speaker", "x", "--limit", HUGE, "--db", "{db}"], "E002"),
        (["export", "-o", "{missing_dir}", "--db", "{db}"], "E080"),
        (["export", "-o", "/dev/full", "--db", "{db}"], "E080"),
        (["stats", "--db", "{garbage}"], "E051"),
        (["analyze", "--model", "no_such_model", "/dev/zero", "-"], "E041"),
    ],
)
def test_cli_error_is_one_line_with_its_code(places: dict[str, str], args: list[str], code: str) -> None:
    args = [a.format(**places) for a in args]
    story = "The council of the fictional town of Kessa said on Monday that the bridge would reopen in May. " * 4
    result = CliRunner().invoke(cli, args, input=story)
    assert result.exit_code in (1, 2) and "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and errors[0].startswith(f"Error: [{code}] "), result.stderr


def test_cli_environment_with_a_bad_setting_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLEDGER_MAX_INPUT_BYTES", "lots")
    result = CliRunner().invoke(cli, ["analyze", "-"], input="x")
    assert result.exit_code == 1 and result.stderr.startswith("Error: [E062] setting 'max_input_bytes'")


def test_cli_as_a_process_prints_no_traceback(places: dict[str, str]) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for args in (
        ["article", HUGE, "--db", places["db"]],
        ["export", "-o", places["missing_dir"], "--db", places["db"]],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "newsledger", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert ERROR_LINE.match(result.stderr.strip()), result.stderr


def test_cli_internal_error_is_one_line_unless_debugging(
    monkeypatch: pytest.MonkeyPatch, places: dict[str, str]
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(Ledger, "stats", broken)
    result = CliRunner().invoke(cli, ["stats", "--db", places["db"]])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: [E001] internal error: ZeroDivisionError: a bug")
    monkeypatch.setenv("NEWSLEDGER_DEBUG", "1")
    result = CliRunner().invoke(cli, ["stats", "--db", places["db"]])
    assert isinstance(result.exception, ZeroDivisionError)


def test_cli_paths_that_do_not_exist_are_rejections_not_errors(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["analyze", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1 and "Traceback" not in result.output and "not_found" in result.stdout
