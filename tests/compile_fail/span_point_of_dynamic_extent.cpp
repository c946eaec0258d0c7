// gradient(f)(std::span<double const>(x, 2)): a point's size must be known while compiling.
#include <ctdiff/ctdiff.hpp>

#include <span>

constexpr auto x1 = ctdiff::var<0, "x1">;
constexpr auto x2 = ctdiff::var<1, "x2">;
constexpr auto f = ctdiff::pow<2>(2 * x1 + 3 * x2) + 3;

int main() {
    double const point[] = {1.0, 3.0};
#ifdef CTDIFF_MISUSE
    return static_cast<int>(ctdiff::gradient(f)(std::span<double const>(point, 2))[0]);
#else
    return static_cast<int>(ctdiff::gradient(f)(std::span<double const, 2>(point, 2))[0]) - 44;
#endif
}
