// Every way ctdiff prints an expression, in one include:
//   to_string(e)   plain text, constexpr (to_string.hpp)
//   os << e        to_string(e) on any output stream (stream.hpp)
//   to_latex(e), to_latex_equation("f", d(f, x), x)   LaTeX math, constexpr (to_latex.hpp)
// Each format is also its own header, so a TU that prints only plain text does not pay for the
// others. docs/printing.md shows them all.
#ifndef CTDIFF_PRINT_HPP
#define CTDIFF_PRINT_HPP

#include <ctdiff/stream.hpp>
#include <ctdiff/to_latex.hpp>
#include <ctdiff/to_string.hpp>
// Source code and graphs (to_c, to_dot; docs/code_generation.md) go here, one line each:

#endif
