// A hand-written Jacobian wrong at row 1, column 0: the failing static_assert names (1, 0).
#include <ctdiff/check.hpp>

#include <array>

constexpr auto f = [](auto a, auto b) { return std::array{a * b, a * a + b}; };
constexpr auto jacobian = [](double a, double b) {
#ifdef CTDIFF_MISUSE
    return std::array{std::array{b, a}, std::array{a, 1.0}}; // bug: d(a^2 + b)/da is 2a
#else
    return std::array{std::array{b, a}, std::array{2 * a, 1.0}};
#endif
};
static_assert(ctdiff::check_jacobian(f, jacobian, std::array{2.0, 5.0}));

int main() {}
