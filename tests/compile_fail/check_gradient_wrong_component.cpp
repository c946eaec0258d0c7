// A hand-written gradient with a wrong second component: the failing static_assert must name
// component 1 (x2 in the lecture's numbering) and its values, 55 against 66.
#include <ctdiff/check.hpp>

#include <array>

constexpr auto f = [](auto x1, auto x2) {
    auto const t = 2 * x1 + 3 * x2;
    return t * t + 3;
};
constexpr auto gradient = [](double x1, double x2) {
    double const t = 2 * x1 + 3 * x2;
#ifdef CTDIFF_MISUSE
    return std::array{4 * t, 5 * t}; // bug: d/dx2 is 6t
#else
    return std::array{4 * t, 6 * t};
#endif
};
static_assert(ctdiff::check_gradient(f, gradient, std::array{1.0, 3.0}));

int main() {}
