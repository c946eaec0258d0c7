// to_c(sparse_hessian(f)) of a loop_sum: its program is a loop over the term's Hessian, which to_c
// does not write (it writes the gradient's loop only).
#include <ctdiff/ctdiff.hpp>
#include <ctdiff/to_c.hpp>

using ctdiff::var;

int main() {
#ifdef CTDIFF_MISUSE
    constexpr auto f = ctdiff::loop_sum<0, 3>([](auto i) { return var<i> * var<i + 1>; });
#else
    constexpr auto f = ctdiff::sum<0, 3>([](auto i) { return var<i> * var<i + 1>; });
#endif
    return ctdiff::to_c(ctdiff::sparse_hessian(f)).empty() ? 1 : 0;
}
