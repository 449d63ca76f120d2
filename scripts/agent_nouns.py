"""Derive ``nlp/lexicons/agent_nouns.txt`` from WordNet 3.0 (Debian package ``wordnet-base``).

An agent noun is one whose commonest sense can state something: a person (lexicographer file
noun.person), a group of people (noun.group under social group or people: "the jury", "the crowd"), or a
communication, which speaks for whoever made it (noun.communication: "the ad", "the ruling", "the clip").
Only single lower-case words are kept;
spaCy gives us the lemma, so plurals need no entry. Run once when the list should be rebuilt:

    python scripts/agent_nouns.py /usr/share/wordnet > src/newsledger/nlp/lexicons/agent_nouns.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

PERSON, GROUP, COMMUNICATION = "18", "14", "10"
GROUP_ROOTS = {"07950920", "07942152"}  # social_group.n.01, people.n.01


def main(folder: str) -> None:
    data = Path(folder, "data.noun").read_text(encoding="latin-1").splitlines()
    lexfile: dict[str, str] = {}
    hypernyms: dict[str, list[str]] = {}
    instances: set[str] = set()  # synsets of one named thing ("aaron", "abel"): names, not nouns
    for line in data:
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        offset, lex = fields[0], fields[1]
        n_words = int(fields[3], 16)
        k = 4 + 2 * n_words
        n_ptrs = int(fields[k])
        ptrs = fields[k + 1 : k + 1 + 4 * n_ptrs]
        lexfile[offset] = lex
        hypernyms[offset] = [ptrs[i + 1] for i in range(0, len(ptrs), 4) if ptrs[i] in ("@", "@i")]
        if "@i" in ptrs[::4]:
            instances.add(offset)

    def of_people(offset: str, seen: frozenset[str] = frozenset()) -> bool:
        if offset in GROUP_ROOTS:
            return True
        return any(of_people(h, seen | {offset}) for h in hypernyms.get(offset, ()) if h not in seen)

    agents: list[str] = []
    for line in Path(folder, "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma = fields[0]
        if not lemma.isalpha() or not lemma.islower():
            continue
        first = fields[-int(fields[2])]  # synsets are listed commonest sense first
        lex = lexfile[first]
        if first in instances:
            continue
        if lex in (PERSON, COMMUNICATION) or (lex == GROUP and of_people(first)):
            agents.append(lemma)
    print("# Nouns that can be a speaker: their commonest WordNet 3.0 sense is a person, a group of people or a")
    print("# communication (derived by scripts/agent_nouns.py; WordNet 3.0 Copyright 2006 by Princeton University,")
    print("# used under the WordNet licence). Single lower-case lemmas.")
    line = ""
    for lemma in sorted(agents):
        if len(line) + len(lemma) + 1 > 110:
            print(line)
            line = ""
        line = f"{line} {lemma}".strip()
    print(line)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
