// Sparsity known while compiling. ctdiff builds every derivative as nodes of f's graph, and an
// entry the rules build as the node 0 is zero for every x: a structural zero. The patterns are
// constexpr boolean matrices of those facts, read off the same graphs the derivative programs
// run, so a pattern and a sparse evaluation can never disagree:
//
//     constexpr auto f = ctdiff::sum<0, 49>([](auto i) { ... });        // Rosenbrock
//     static_assert(ctdiff::hessian_pattern<decltype(f)>.bandwidth() == 1); // tridiagonal
//
// A pattern is conservative the way every structural pattern is: an entry marked non-zero may
// still vanish at some points (or everywhere, when no rule sees it, as in x*y - y*x).
#ifndef CTDIFF_SPARSITY_HPP
#define CTDIFF_SPARSITY_HPP

#include <ctdiff/detail/graph/adjoint.hpp>
#include <ctdiff/detail/graph/hessian.hpp>
#include <ctdiff/detail/graph/lower.hpp>
#include <ctdiff/evaluate.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/text.hpp>

#include <array>
#include <cstddef>

namespace ctdiff {

/// Which entries of an R x C matrix may be non-zero: pattern(i, j).
template <std::size_t R, std::size_t C>
struct sparsity {
    static constexpr std::size_t rows = R;
    static constexpr std::size_t columns = C;
    std::array<std::array<bool, C>, R> entries{};

    constexpr bool operator()(std::size_t i, std::size_t j) const { return entries[i][j]; }

    /// The number of entries that may be non-zero.
    constexpr std::size_t nonzeros() const {
        std::size_t count = 0;
        for (auto const& row : entries)
            for (bool e : row) count += e ? 1 : 0;
        return count;
    }
    /// The largest |i - j| of an entry that may be non-zero (0: diagonal, 1: tridiagonal).
    constexpr std::size_t bandwidth() const {
        std::size_t width = 0;
        for (std::size_t i = 0; i != R; ++i)
            for (std::size_t j = 0; j != C; ++j)
                if (entries[i][j] && (i > j ? i - j : j - i) > width) width = i > j ? i - j : j - i;
        return width;
    }
    constexpr bool symmetric() const {
        if constexpr (R != C) return false;
        else {
            for (std::size_t i = 0; i != R; ++i)
                for (std::size_t j = 0; j != i; ++j)
                    if (entries[i][j] != entries[j][i]) return false;
            return true;
        }
    }

    friend constexpr bool operator==(sparsity const&, sparsity const&) = default;
};

/// The pattern as a picture, one line per row: 'x' for an entry that may be non-zero, '.' for a
/// structural zero. A text<N>, as the expression printers return (constexpr, and no <string>).
template <std::size_t R, std::size_t C>
constexpr text<R * (2 * C + 1)> to_string(sparsity<R, C> const& pattern) {
    text<R * (2 * C + 1)> out;
    for (auto const& row : pattern.entries) {
        for (std::size_t j = 0; j != C; ++j) {
            if (j != 0) out.push_back(' ');
            out.push_back(row[j] ? 'x' : '.');
        }
        out.push_back('\n');
    }
    return out;
}

namespace detail {

// The pattern of the frozen graph G's roots First, First + 1, ..., taken R x C row by row.
template <class G, std::size_t R, std::size_t C, std::size_t First = 0>
constexpr sparsity<R, C> pattern_of_roots() {
    sparsity<R, C> p;
    for (std::size_t i = 0; i != R; ++i)
        for (std::size_t j = 0; j != C; ++j) p.entries[i][j] = !graph::is_zero_root<G>(First + i * C + j);
    return p;
}

template <class G, std::size_t N>
constexpr sparsity<N, N> symmetric_pattern_of_upper() {
    sparsity<N, N> p;
    for (std::size_t i = 0; i != N; ++i)
        for (std::size_t j = i; j != N; ++j)
            p.entries[i][j] = p.entries[j][i] = !graph::is_zero_root<G>(graph::upper_index(i, j, N));
    return p;
}

// A loop_sum's Hessian entries: its body's at every index (what run_loop_hessian.hpp stores),
// read off the body's graph alone, so that the terms are never expanded. H[p][q] is an entry when
// some index i, its body variable a at p and b at q (p = i + shift + a), has the body entry (a, b).
template <class Loop>
struct loop_hessian_entries {
    static constexpr std::size_t size = Loop::end_position, width = Loop::width;
    // the body's upper-triangle pattern, a * width + b (none when the term has no variable)
    static constexpr std::array<bool, width * width> body = [] {
        std::array<bool, width * width> e{};
        if constexpr (width != 0) {
            using upper = graph::hessian<graph::graph_of<typename Loop::body_type>, width>;
            for (std::size_t a = 0; a != width; ++a)
                for (std::size_t b = a; b != width; ++b) e[a * width + b] = !graph::is_zero_root<upper>(graph::upper_index(a, b, width));
        }
        return e;
    }();
    static constexpr bool entry(std::size_t p, std::size_t q) {
        if (p > q) return entry(q, p);
        if (width == 0 || q - p >= width) return false;
        long long const shift = Loop::shift;
        // the indices whose variables reach both: o = i + shift in [q - width + 1, p]
        for (long long o = static_cast<long long>(q) - static_cast<long long>(width) + 1; o <= static_cast<long long>(p); ++o) {
            long long const i = o - shift;
            if (i < static_cast<long long>(Loop::first) || i >= static_cast<long long>(Loop::last)) continue;
            if (body[(p - static_cast<std::size_t>(o)) * width + (q - static_cast<std::size_t>(o))]) return true;
        }
        return false;
    }
    // the columns of row i a term can reach: |i - j| < width
    static constexpr std::size_t band_first(std::size_t i) { return i + 1 > width ? i + 1 - width : 0; }
    static constexpr std::size_t band_end(std::size_t i) { return i + width < size ? i + width : size; }
};

template <class Loop>
constexpr sparsity<Loop::end_position, Loop::end_position> loop_hessian_pattern() {
    using entries = loop_hessian_entries<Loop>;
    sparsity<Loop::end_position, Loop::end_position> p;
    for (std::size_t i = 0; i != entries::size; ++i)
        for (std::size_t j = entries::band_first(i); j != entries::band_end(i); ++j) p.entries[i][j] = entries::entry(i, j);
    return p;
}

}  // namespace detail

/// The gradient's pattern of the expression type F, as a 1 x n matrix: entry (0, j) is false when
/// f does not depend on x_j.
template <Expression F>
inline constexpr auto gradient_pattern =
    detail::pattern_of_roots<detail::graph::adjoint<detail::graph::graph_of_all<F>, arity_v<F>, false>, 1, arity_v<F>>();

/// The Jacobian's pattern of the functions F1, F2, ... (expression types), m x n.
template <Expression... Fs>
inline constexpr auto jacobian_pattern = [] {
    constexpr std::size_t n = detail::largest(std::size_t{0}, arity_v<Fs>...);
    return detail::pattern_of_roots<detail::graph::jacobian<detail::graph::graph_of_all<Fs...>, n>, sizeof...(Fs), n>();
}();

/// The Hessian's pattern of the expression type F, n x n and symmetric.
template <Expression F>
inline constexpr auto hessian_pattern = [] {
    if constexpr (LoopTerminal<F>) return detail::loop_hessian_pattern<leaf_t<F>>();  // a loop_sum: its body's
    else return detail::symmetric_pattern_of_upper<detail::graph::hessian<detail::graph::graph_of_all<F>, arity_v<F>>, arity_v<F>>();
}();

}  // namespace ctdiff

#endif
