// to_dot(gradient(f)) of a loop_sum: its program is a loop, which to_dot does not draw.
#include <ctdiff/ctdiff.hpp>
#include <ctdiff/to_dot.hpp>

using ctdiff::var;

int main() {
#ifdef CTDIFF_MISUSE
    constexpr auto f = ctdiff::loop_sum<0, 3>([](auto i) { return var<i> * var<i + 1>; });
#else
    constexpr auto f = ctdiff::sum<0, 3>([](auto i) { return var<i> * var<i + 1>; });
#endif
    return ctdiff::to_dot(ctdiff::gradient(f)).empty() ? 1 : 0;
}
