// A loop_sum's gradient (and H v) as a loop: each index runs the body's program (run.hpp) on its
// own variables, read in place, and adds its partials to a window of running sums, one a body
// variable. Variable i + Shift is touched by no later index, so its partial is complete and
// stored when index i is done; the window moves on. So the loop writes every partial once, keeps
// the window in registers, and compiles once, whatever the number of terms: what a careful
// hand-written gradient of a sum does.
#ifndef CTDIFF_DETAIL_GRAPH_RUN_LOOP_HPP
#define CTDIFF_DETAIL_GRAPH_RUN_LOOP_HPP

#include <ctdiff/detail/always_inline.hpp>
#include <ctdiff/detail/graph/run.hpp>

#include <array>
#include <cstddef>
#include <utility>

namespace ctdiff::detail::graph {

/// The loop of the loop_sum Loop: term(i, at) runs index i's body at x + at and returns its
/// outputs, the body's partials at First, First + 1, ...; they are summed into g, Loop::end_position
/// numbers (0 where no term reaches).
template <class Loop, std::size_t First, class T, class Term>
CTDIFF_ALWAYS_INLINE constexpr void run_window(Term const& term, T* g) {
    constexpr std::size_t width = Loop::width;
    for (std::size_t p = 0; p != Loop::first_position; ++p) g[p] = T{};  // positions no term reads
    std::array<T, width + 1> window{};  // partials of x_(i + shift) .. so far (one spare: width may be 0)
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 4
#endif
    for (std::size_t i = Loop::first; i != Loop::last; ++i) {
        std::size_t const at = Loop::origin(i);
        auto const r = term(i, at);
        [&]<std::size_t... J>(std::index_sequence<J...>) CTDIFF_ALWAYS_INLINE {
            ((window[J] += r[First + J]), ...);
        }(std::make_index_sequence<width>{});
        if constexpr (width != 0) {
            g[at] = window[0];
            [&]<std::size_t... J>(std::index_sequence<J...>) CTDIFF_ALWAYS_INLINE {
                ((window[J] = window[J + 1]), ...);
            }(std::make_index_sequence<width>{});  // (window[width] stays 0)
        }
    }
    if constexpr (width > 1) {
        for (std::size_t j = 0; j + 1 < width; ++j) g[Loop::origin(Loop::last) + j] = window[j];
    }
}

/// The loop_sum Loop at x: returns its value and writes its gradient, Loop::end_position
/// partials, to g. Body is the value+gradient graph of Loop's body in its Loop::width variables.
template <class Loop, class Body, class T, class C, std::size_t M>
CTDIFF_ALWAYS_INLINE constexpr T run_loop(T const* x, std::array<C, M> const& k, T* g) {
    T total{};
    run_window<Loop, 1>(
        [&](std::size_t, std::size_t at) CTDIFF_ALWAYS_INLINE {
            auto const r = run<Body, true>(Loop::width == 0 ? x : x + at, k);  // (no variable: x may be null)
            total += r[0];
            return r;
        },
        g);
    return total;
}

/// H v of the loop_sum Loop at x along v, written to hv (Loop::end_position numbers). Body is the
/// H v graph of Loop's body: its variables are the body's x, then its v (hessian.hpp).
template <class Loop, class Body, class T, class C, std::size_t M>
CTDIFF_ALWAYS_INLINE constexpr void run_loop_hessian_vector_product(T const* x, T const* v, std::array<C, M> const& k,
                                                                    T* hv) {
    constexpr std::size_t width = Loop::width;
    run_window<Loop, 0>(
        [&](std::size_t, std::size_t at) CTDIFF_ALWAYS_INLINE {
            std::array<T, 2 * width + 1> xv{};  // (one spare: width may be 0)
            for (std::size_t j = 0; j != width; ++j) {
                xv[j] = x[at + j];
                xv[width + j] = v[at + j];
            }
            return run<Body>(xv.data(), k);
        },
        hv);
}

}  // namespace ctdiff::detail::graph

#endif
