// W3, one logistic neuron, by hand (w3_hand.hpp).
#include "bench.hpp"
#include "w3_hand.hpp"

static_assert(CTDIFF_BENCH_N == ctdiff_bench::neuron_inputs + 1);

#ifdef CTDIFF_BENCH_VALUE_ONLY
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x) { return ctdiff_bench::hand::neuron(x); }
#else
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x, double* g) { return ctdiff_bench::hand::neuron(x, g); }
#endif
CTDIFF_BENCH_REGISTER;
