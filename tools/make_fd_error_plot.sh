#!/usr/bin/env bash
# Regenerates docs/fd_error.svg from ctdiff's own finite differences.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"${CXX:-g++}" -std=c++20 -O2 -I"$top/include" "$top/tools/fd_error_csv.cpp" -o "$work/fd_error_csv"
"$work/fd_error_csv" steps > "$work/steps.csv"
"$work/fd_error_csv" defaults > "$work/defaults.csv"
python3 "$top/tools/plot_fd_error.py" "$work/steps.csv" "$work/defaults.csv" "$top/docs/fd_error.svg"
