// Compiled at -O2 and disassembled by check-codegen.cmake: the seed's derivative must inline to
// the same arithmetic as the formula written by hand, 4*(2a + 3b), with no call.
#include <ctdiff/ctdiff.hpp>

namespace {
constexpr auto x1 = ctdiff::var<0, "x1">;
constexpr auto x2 = ctdiff::var<1, "x2">;
constexpr auto f = ctdiff::pow<2>(2 * x1 + 3 * x2) + 3;
}  // namespace

extern "C" double ctdiff_seed_derivative(double a, double b) { return ctdiff::d(f, x1)(a, b); }
extern "C" double hand_written_derivative(double a, double b) { return 4 * (2 * a + 3 * b); }
