// f(std::span<double const>(x, 2)): evaluating f at a point read in place needs the point's size
// while compiling, as the derivative programs do.
#include <ctdiff/ctdiff.hpp>

#include <span>

int main() {
    auto const [x, y] = ctdiff::vars<2>;
    constexpr double at[] = {2.0, 5.0};
#ifdef CTDIFF_MISUSE
    return static_cast<int>((x * y)(std::span<double const>(at, 2)));
#else
    return static_cast<int>((x * y)(std::span<double const, 2>(at, 2))) - 10;
#endif
}
