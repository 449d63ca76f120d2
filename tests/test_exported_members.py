"""The public API is what ``newsledger.__all__`` says, no more and no less."""

from __future__ import annotations

import importlib
import pkgutil

import newsledger


def test_top_level_all_matches_public_names() -> None:
    imported_helpers = {"annotations", "logging"}
    public = {name for name in dir(newsledger) if not name.startswith("_")} - imported_helpers
    submodules = {m.name for m in pkgutil.iter_modules(newsledger.__path__)}
    assert set(newsledger.__all__) - {"__version__"} == public - submodules


def test_every_module_declares_all() -> None:
    missing = []
    for info in pkgutil.walk_packages(newsledger.__path__, "newsledger."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        if not hasattr(module, "__all__"):
            missing.append(info.name)
    assert not missing, f"modules without __all__: {missing}"
