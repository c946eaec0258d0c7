// loop_sum<0, 3>(term): every variable of term(i) must move with i; var<0> does not.
#include <ctdiff/ctdiff.hpp>

using ctdiff::var;

int main() {
#ifdef CTDIFF_MISUSE
    constexpr auto f = ctdiff::loop_sum<0, 3>([](auto i) { return var<i + 1> * var<0>; });
#else
    constexpr auto f = ctdiff::loop_sum<0, 3>([](auto i) { return var<i + 1> * var<i>; });
#endif
    return static_cast<int>(f(1.0, 1.0, 1.0, 1.0)) - 3;
}
