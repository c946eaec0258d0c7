// A sweep where only the third point (index 2) fails: the diagnostic names point 2, then the component.
#include <ctdiff/check.hpp>

#include <array>

constexpr auto f = [](auto x, auto y) { return x * x * x + y; };
constexpr auto gradient = [](double x, double) {
#ifdef CTDIFF_MISUSE
    return std::array{x < 2 ? 3 * x * x : x, 1.0}; // bug only from x = 2 on
#else
    return std::array{3 * x * x, 1.0};
#endif
};
static_assert(ctdiff::check_gradient(f, gradient, std::array{std::array{0.0, 0.0}, std::array{1.0, 0.0}, std::array{4.0, 0.0}}));

int main() {}
