// W4 by hand (w4_hand.hpp).
#include "bench.hpp"
#include "w4_hand.hpp"

#ifdef CTDIFF_BENCH_VALUE_ONLY
extern "C" double CTDIFF_BENCH_SYMBOL(double const* p) { return ctdiff_bench::hand::elementary(p); }
#else
extern "C" double CTDIFF_BENCH_SYMBOL(double const* p, double* g) { return ctdiff_bench::hand::elementary(p, g); }
#endif
CTDIFF_BENCH_REGISTER;
