"""Settings: layering, coercion, and documentation that cannot drift from the code."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from newsledger.errors import ConfigError
from newsledger.settings import SETTINGS, Settings, load_settings

DOCS = Path(__file__).resolve().parents[1] / "docs" / "settings.md"


def test_every_setting_is_documented() -> None:
    documented = set(re.findall(r"^\| `(\w+)` \|", DOCS.read_text(encoding="utf-8"), flags=re.M))
    assert documented == {s.name for s in SETTINGS}


def test_table_and_dataclass_agree() -> None:
    fields = {f.name: f.default for f in dataclasses.fields(Settings)}
    assert fields == {s.name: s.default for s in SETTINGS}


def test_layering_file_then_env_then_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "nl.toml"
    config.write_text('[newsledger]\nmin_body_words = 5\ndb_path = "file.db"\nper_host_delay = 3\n')
    monkeypatch.setenv("NEWSLEDGER_DB_PATH", "env.db")
    monkeypatch.setenv("NEWSLEDGER_RESPECT_ROBOTS", "no")
    settings = load_settings(config, per_host_delay=0.5)
    assert settings.min_body_words == 5
    assert settings.db_path == "env.db"
    assert settings.respect_robots is False
    assert settings.per_host_delay == 0.5


@pytest.mark.parametrize(("name", "value", "code"), [("nope", 1, "E061"), ("min_body_words", "x", "E062")])
def test_bad_settings_raise_config_error(name: str, value: object, code: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(**{name: value})
    assert info.value.code == code


def test_bad_toml_is_a_config_error(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("= nope")
    with pytest.raises(ConfigError, match="E064"):
        load_settings(config)
