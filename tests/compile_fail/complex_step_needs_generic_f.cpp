// The complex-step scheme evaluates f on ctdiff::complex: an f fixed to double is refused with a
// sentence saying so, not an error from inside the library.
#include <ctdiff/finite_difference.hpp>

#include <array>

#ifdef CTDIFF_MISUSE
constexpr auto f = [](double x1, double x2) { return x1 * x2; };
#else
constexpr auto f = [](auto x1, auto x2) { return x1 * x2; };
#endif
static_assert(ctdiff::finite_difference(f, std::array{2.0, 3.0}, 0, ctdiff::scheme::complex_step) == 3.0);

int main() {}
