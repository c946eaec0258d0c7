// P with ctdiff: the polynomial as written; ctdiff_entry.hpp makes it the TU's kind of Hessian.
#include <ctdiff/ctdiff.hpp>

#include <cstddef>

namespace {
constexpr std::size_t n = CTDIFF_BENCH_N;
static_assert(n == 3);

constexpr auto x = ctdiff::var<0, "x">;
constexpr auto y = ctdiff::var<1, "y">;
constexpr auto z = ctdiff::var<2, "z">;
using ctdiff::pow;
constexpr auto f = pow<2>(x) * y + 3 * x * y * z - 2 * pow<3>(z) + x * pow<2>(y) * z + 5 * x + 7 * y * z +
                   pow<4>(x) - pow<2>(y) * pow<2>(z) + 11 * x * z + 13;
}  // namespace

#include "ctdiff_entry.hpp"
