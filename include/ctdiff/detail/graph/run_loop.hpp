// A loop_sum's value and gradient as a loop: each index runs the body's value+gradient program
// (run.hpp) on its own variables, read in place, and adds its partials to a window of running
// sums, one a body variable. Variable i + Shift is touched by no later index, so its partial is
// complete and stored when index i is done; the window moves on. So the loop writes every
// partial once, keeps the window in registers, and compiles once, whatever the number of terms:
// what a careful hand-written gradient of a sum does.
#ifndef CTDIFF_DETAIL_GRAPH_RUN_LOOP_HPP
#define CTDIFF_DETAIL_GRAPH_RUN_LOOP_HPP

#include <ctdiff/detail/always_inline.hpp>
#include <ctdiff/detail/graph/run.hpp>

#include <array>
#include <cstddef>
#include <utility>

namespace ctdiff::detail::graph {

/// The loop_sum Loop at x: returns its value and writes its gradient, Loop::end_position
/// partials, to g. Body is the value+gradient graph of Loop's body in its Loop::width variables.
template <class Loop, class Body, class T, class C, std::size_t M>
CTDIFF_ALWAYS_INLINE constexpr T run_loop(T const* x, std::array<C, M> const& k, T* g) {
    constexpr std::size_t width = Loop::width;
    constexpr long long shift = Loop::shift;
    for (std::size_t p = 0; p != Loop::first_position; ++p) g[p] = T{};  // positions no term reads
    T total{};
    std::array<T, width + 1> window{};  // partials of x_(i + shift) .. so far (one spare: width may be 0)
    for (std::size_t i = Loop::first; i != Loop::last; ++i) {
        std::size_t const at = static_cast<std::size_t>(static_cast<long long>(i) + shift);
        auto const r = run<Body, true>(width == 0 ? x : x + at, k);  // (no variable: x may be null)
        total += r[0];
        [&]<std::size_t... J>(std::index_sequence<J...>) CTDIFF_ALWAYS_INLINE {
            ((window[J] += r[1 + J]), ...);
        }(std::make_index_sequence<width>{});
        if constexpr (width != 0) {
            g[at] = window[0];
            [&]<std::size_t... J>(std::index_sequence<J...>) CTDIFF_ALWAYS_INLINE {
                ((window[J] = window[J + 1]), ...);
            }(std::make_index_sequence<width>{});  // (window[width] stays 0)
        }
    }
    if constexpr (width > 1) {
        std::size_t const end = static_cast<std::size_t>(static_cast<long long>(Loop::last) + shift);
        for (std::size_t j = 0; j + 1 < width; ++j) g[end + j] = window[j];
    }
    return total;
}

}  // namespace ctdiff::detail::graph

#endif
