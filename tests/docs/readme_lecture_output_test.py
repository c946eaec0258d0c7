"""The README quotes what examples/lecture prints; this fails when the two differ."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
readme = (root / "README.md").read_text()
marker = "It prints:\n\n```\n"
start = readme.index(marker) + len(marker)
quoted = readme[start:readme.index("```", start)]
expected = (root / "examples" / "lecture.expected").read_text()
if quoted != expected:
    sys.exit("README.md's lecture output differs from examples/lecture.expected: copy the file in")
