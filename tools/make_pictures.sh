#!/bin/sh
# Draws the lecture's pictures for docs/design.md and docs/code_generation.md:
#   docs/pictures/lecture_tree.svg              the expression tree of f = (2 x1 + 3 x2)^2 + 3
#   docs/pictures/lecture_derivative.svg        the shared graph of d(f, x1)
#   docs/pictures/lecture_derivative_tree.svg   d(f, x1) as a tree
#   docs/pictures/lecture_gradient_program.svg  the program of value_and_gradient(f)
# It builds tools/lecture_pictures.cpp, writes each picture's dot beside its SVG and renders it
# with Graphviz (dot). Both are committed: CI has no Graphviz, and the ctest pictures_current
# fails when the dot ctdiff writes today differs from the committed one. Run from anywhere:
#   tools/make_pictures.sh            (CXX=clang++-16 tools/make_pictures.sh for another compiler)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/pictures"
out="$root/docs/pictures"
mkdir -p "$build" "$out"
"${CXX:-g++}" -std=c++20 -O1 -I "$root/include" "$root/tools/lecture_pictures.cpp" -o "$build/lecture_pictures"
for picture in tree derivative derivative_tree gradient_program; do
    "$build/lecture_pictures" "$picture" > "$out/lecture_$picture.dot"
    dot -Tsvg "$out/lecture_$picture.dot" > "$out/lecture_$picture.svg"
    echo "wrote docs/pictures/lecture_$picture.svg"
done
