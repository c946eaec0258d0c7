// W2, Rosenbrock, by hand (w2_hand.hpp).
#include "bench.hpp"
#include "w2_hand.hpp"

#ifdef CTDIFF_BENCH_VALUE_ONLY
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x) { return ctdiff_bench::hand::rosenbrock<CTDIFF_BENCH_N>(x); }
#else
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x, double* g) {
    return ctdiff_bench::hand::rosenbrock<CTDIFF_BENCH_N>(x, g);
}
#endif
CTDIFF_BENCH_REGISTER;
