// loop_sum<0, 3>(term): i names variables only; 2.0 * i would be a number, which i is not while
// the term is built.
#include <ctdiff/ctdiff.hpp>

using ctdiff::var;

int main() {
#ifdef CTDIFF_MISUSE
    constexpr auto f = ctdiff::loop_sum<0, 3>([](auto i) { return (2.0 * i) * var<i>; });
#else
    constexpr auto f = ctdiff::loop_sum<0, 3>([](auto i) { return 2.0 * var<i>; });
#endif
    return static_cast<int>(f(1.0, 1.0, 1.0)) - 6;
}
