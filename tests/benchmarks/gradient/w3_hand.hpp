// W3, one logistic neuron, by hand: z = w.x + b, s = -y*z, f = log(1 + e) with e = exp(s).
// df/ds = e/(1 + e) reuses e, so the backward pass needs no second exp; df/dw_k = df/dz * x_k
// and df/db = df/dz. Shared by w3_hand.cpp and the Hessian benchmark.
#ifndef CTDIFF_BENCH_GRADIENT_W3_HAND_HPP
#define CTDIFF_BENCH_GRADIENT_W3_HAND_HPP

#include "workloads.hpp"

#include <cmath>

namespace ctdiff_bench::hand {

// z = w.x + b
inline double neuron_weighted_sum(double const* x) {
    double z = x[neuron_inputs];
    for (int k = 0; k < neuron_inputs; ++k) z += neuron_x[k] * x[k];
    return z;
}

inline double neuron(double const* x) { return std::log(1 + std::exp(-neuron_y * neuron_weighted_sum(x))); }

inline double neuron(double const* x, double* g) {
    double const e = std::exp(-neuron_y * neuron_weighted_sum(x));
    double const p = 1 + e;
    double const dz = -neuron_y * (e / p);  // df/dz = df/ds * ds/dz
    for (int k = 0; k < neuron_inputs; ++k) g[k] = dz * neuron_x[k];
    g[neuron_inputs] = dz;
    return std::log(p);
}

}  // namespace ctdiff_bench::hand

#endif
