#!/usr/bin/env python3
"""The docs code-block convention, on a page written for it: which programs tools/docs_snippets.py
makes of which blocks. Run by ctest as docs_snippets_convention; no compiler needed."""
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools"))
import docs_snippets  # noqa: E402

PAGE = '''# A page

```cpp
#include <cstdio>
constexpr int k = 2;
```
Prose between blocks does not end a unit.
```cpp
int main() { std::printf("%d\\n", k); }
```
```text
2
```

```cpp
int twice(int v) { return k * v; }
```

The same unit again, now without a text block after its last cpp block: it still runs.

```text
not compared: prose comes before it
```

<!-- compile-fail: no matching function|cannot convert -->
```cpp
#include <string>
int n = std::string("1");
```

<!-- no-compile -->
```cpp
this is not C++
```

```cpp
#include <cstdio>
int helper() { return 3; }
```

```sh
echo not compiled
```
'''


def main():
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        (root / "docs").mkdir()
        page = root / "docs" / "page.md"
        page.write_text(PAGE, encoding="utf-8")
        programs = docs_snippets.programs_of(root, page)
        kinds = [(name, kind) for name, kind, _, _ in programs]
        expected = [("page_1_2", "compare"), ("page_1", "run"), ("page_2", "compile_fail"), ("page_3", "compile")]
        assert kinds == expected, kinds
        by_name = {name: (code, payload) for name, _, code, payload in programs}
        prefix, output = by_name["page_1_2"]
        assert "int main" in prefix and "twice" not in prefix and output == "2\n", by_name["page_1_2"]
        assert "twice" in by_name["page_1"][0]
        assert by_name["page_2"][1] == "no matching function|cannot convert"
        assert "not C++" not in "".join(code for code, _ in by_name.values())
        assert by_name["page_1"][0].startswith(f'#line 4 "{page}"\n#include <cstdio>')

        # a text block right after a cpp block is output: the program up to it needs a main
        page.write_text("```cpp\n#include <cstdio>\n```\n```text\n1\n```\n", encoding="utf-8")
        try:
            docs_snippets.programs_of(root, page)
        except SystemExit as e:
            assert "has no int main" in str(e), e
        else:
            raise AssertionError("a text block after a program without main was accepted")

        # a page's first cpp block starts a unit, so it must begin with #include
        page.write_text("```cpp\nint x = 1;\n```\n", encoding="utf-8")
        try:
            docs_snippets.programs_of(root, page)
        except SystemExit as e:
            assert "must begin with #include" in str(e), e
        else:
            raise AssertionError("a first block without #include was accepted")
    print("the docs convention holds")


if __name__ == "__main__":
    main()
