#!/usr/bin/env python3
"""README.md and docs/index.md open with the same paragraph (what ctdiff is), so they cannot drift."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2])
intros = [(root / page).read_text(encoding="utf-8").split("\n\n")[1] for page in ("README.md", "docs/index.md")]
if intros[0] != intros[1]:
    sys.exit("README.md's first paragraph differs from docs/index.md's:\n\n" + intros[0] + "\n\n" + intros[1])
print("README.md and docs/index.md open alike")
