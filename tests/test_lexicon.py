"""Word lists are data files read by one loader."""

from __future__ import annotations

from importlib.resources import files

from newsledger.nlp import lexicon


def test_every_list_file_loads_and_is_lower_case() -> None:
    names = [p.name[:-4] for p in files("newsledger.nlp").joinpath("lexicons").iterdir() if p.name.endswith(".txt")]
    assert names
    for name in names:
        text = files("newsledger.nlp").joinpath(f"lexicons/{name}.txt").read_text(encoding="utf-8")
        if any(":" in line.split("#", 1)[0] for line in text.splitlines()):
            assert lexicon.table(name), name
        else:
            entries = lexicon.words(name)
            assert entries and all(e == e.lower() for e in entries), name


def test_list_comments_words_and_phrases() -> None:
    lexicon.words.cache_clear()
    assert "x" in lexicon.words("platforms") and "#" not in "".join(lexicon.words("platforms"))
