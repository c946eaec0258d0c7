// Second derivatives, forward over reverse: the reverse sweep gives the gradient nodes g_i of f
// (adjoint.hpp), and a forward sweep by x_j over f's nodes and theirs gives dg_i/dx_j, column j of
// the Hessian (tangent.hpp). Only the upper triangle i <= j is kept as roots, so each distinct
// entry is one root; H[j][i] reads the same one. An entry the rules build as the node 0 is a
// structural zero: that is where the sparsity patterns come from, and it costs nothing to run.
#ifndef CTDIFF_DETAIL_GRAPH_HESSIAN_HPP
#define CTDIFF_DETAIL_GRAPH_HESSIAN_HPP

#include <ctdiff/detail/graph/adjoint.hpp>
#include <ctdiff/detail/graph/freeze.hpp>
#include <ctdiff/detail/graph/tangent.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ctdiff::detail::graph {

/// The position of H[i][j], i <= j < n, among the upper triangle's n(n+1)/2 entries, row by row.
constexpr std::size_t upper_index(std::size_t i, std::size_t j, std::size_t n) {
    return i * n - i * (i + 1) / 2 + j;
}

/// The same for any i, j < n: H[j][i] is H[i][j], one entry of the upper triangle.
constexpr std::size_t symmetric_index(std::size_t i, std::size_t j, std::size_t n) {
    return i <= j ? upper_index(i, j, n) : upper_index(j, i, n);
}

// The Hessian's forward sweeps start from the gradient's graph G2 (roots f, g_0, ..., g_(n-1)),
// made first. Each frozen graph is one constant evaluation and clang++ bounds the steps of each
// (1,048,576 by default), so the sweeps are split into stages of about `budget` node tangents:
// stage s imports stage s - 1 and adds the columns [bounds[s], bounds[s + 1]). The first
// G2::value.size() nodes of every stage are G2's, in order, so one list of moving nodes serves all.
template <class G2, std::size_t N>
struct hessian_plan {
    // about 0.6M steps of clang++ 16 and 0.7M of clang++ 14 for Rosenbrock-50, in one stage (each
    // stage loads the last, so fewer stages compile faster: 500 took g++ 5.9 s, 1,500 5.2 s)
    static constexpr std::size_t budget = 1500;
    struct plan {
        std::array<std::size_t, N + 1> bounds{};
        std::size_t stages = 0;
    };
    static constexpr plan value = [] {
        constexpr auto const& g2 = G2::value;
        std::vector<int> const wanted(g2.roots.begin() + 1, g2.roots.end());
        auto const moving = moving_with(g2.nodes, static_cast<int>(g2.size()), N, wanted);
        plan p;
        std::size_t work = 0;
        for (std::size_t j = 0; j != N; ++j) {
            if (j != 0 && work + moving[j].size() > budget) {
                p.bounds[++p.stages] = j;
                work = 0;
            }
            work += moving[j].size();
        }
        p.bounds[++p.stages] = N;
        return p;
    }();
};

/// Stage S of the Hessian sweeps: roots f, g_0, ..., g_(n-1) and the upper triangle's entries of
/// the columns before bounds[S + 1], column by column. sweep() leaves them in a builder: hessian_of
/// takes the last stage's, the earlier ones are frozen for the next stage.
template <class G2, std::size_t N, std::size_t S>
struct hessian_stage_of {
    using previous = std::conditional_t<S == 0, G2, freeze<hessian_stage_of<G2, N, S - 1>>>;
    static constexpr std::size_t capacity = 4 * previous::value.size() + 8 * N + 8;  // capacities: freeze.hpp
    static constexpr std::size_t root_capacity = 1 + N + N * (N + 1) / 2;
    static constexpr std::size_t name_capacity = G2::value.names.size();
    static constexpr builder sweep();
    static constexpr built build() { return compact(sweep()); }
};
template <class G2, std::size_t N, std::size_t S>
using hessian_stage = freeze<hessian_stage_of<G2, N, S>>;

template <class G2, std::size_t N, std::size_t S>
constexpr builder hessian_stage_of<G2, N, S>::sweep() {
    constexpr auto const& g2 = G2::value;
    constexpr auto const& plan = hessian_plan<G2, N>::value;
    builder b(2 * previous::value.size());
    b.roots = load<previous>(b);
    int const count = static_cast<int>(g2.size());
    std::vector<int> const g(b.roots.begin() + 1, b.roots.begin() + 1 + N);
    std::vector<std::vector<int>> const moving = moving_with(b.nodes, count, N, g);
    buffer<int> t(static_cast<std::size_t>(count), b.zero());
    for (std::size_t j = plan.bounds[S]; j != plan.bounds[S + 1]; ++j) {  // column j: d g_i / dx_j, i <= j
        tangents_of_moving(b, j, moving[j], t);
        for (std::size_t i = 0; i <= j; ++i) b.roots.push_back(t[static_cast<std::size_t>(g[i])]);
        reset_tangents(b, moving[j], t);
    }
    return b;
}

/// The position of H[i][j], i <= j, among the entries the stages add: column by column.
constexpr std::size_t column_index(std::size_t i, std::size_t j) { return j * (j + 1) / 2 + i; }

/// Roots, in order: f and df/dx_0 .. df/dx_(n-1) when WithGradient, then the upper triangle of
/// the Hessian of G's root 0 in n variables, row by row (upper_index). The last stage's sweeps run
/// here: freezing its graph only to load and re-root it cost a constant evaluation and a stored
/// graph (compact keeps the nodes' order, so the graph is the same).
template <class G, std::size_t N, bool WithGradient>
struct hessian_of {
    using gradient_graph = adjoint<G, N, true>;
    using last = hessian_stage_of<gradient_graph, N, hessian_plan<gradient_graph, N>::value.stages - 1>;
    static constexpr std::size_t capacity = last::capacity;
    static constexpr std::size_t root_capacity = 1 + N + N * (N + 1) / 2;
    static constexpr std::size_t name_capacity = last::name_capacity;
    static constexpr built build() {
        builder b = last::sweep();
        buffer<int> roots;
        roots.swap(b.roots);
        if (WithGradient) b.roots.assign(roots.begin(), roots.begin() + 1 + N);
        for (std::size_t i = 0; i != N; ++i)
            for (std::size_t j = i; j != N; ++j) b.roots.push_back(roots[1 + N + column_index(i, j)]);
        return compact(b);
    }
};
template <class G, std::size_t N, bool WithGradient = false>
using hessian = freeze<hessian_of<G, N, WithGradient>>;

/// The Hessian's structural non-zeros, both triangles, row by row, as the only roots: what a
/// sparse program runs, so no zero and no unused entry stays among its outputs.
template <class G, std::size_t N>
struct sparse_hessian_of {
    using upper = hessian<G, N>;
    static constexpr std::size_t capacity = upper::value.size();
    static constexpr std::size_t root_capacity = N * N;
    static constexpr std::size_t name_capacity = upper::value.names.size();
    static constexpr built build() {
        builder b(2 * upper::value.size());
        buffer<int> const entries = load<upper>(b);
        for (std::size_t i = 0; i != N; ++i)
            for (std::size_t j = 0; j != N; ++j) {
                int const r = entries[symmetric_index(i, j, N)];
                if (!(b[r].kind == op::integer && b[r].k == 0)) b.roots.push_back(r);
            }
        return compact(b);
    }
};
template <class G, std::size_t N>
using sparse_hessian = freeze<sparse_hessian_of<G, N>>;

// The names of the direction's components, v[0], v[1], ... (v0, v1 name a program's nodes), in
// static storage for string_views.
template <std::size_t N>
struct direction_names {
    static constexpr std::size_t width = 10;  // "v[", up to 6 digits, "]"
    static constexpr std::array<char, N * width> text = [] {
        std::array<char, N * width> t{};
        for (std::size_t k = 0; k != N; ++k) {
            char digits[7]{};
            std::size_t count = 0;
            for (std::size_t rest = k; count == 0 || rest != 0; rest /= 10) digits[count++] = static_cast<char>('0' + rest % 10);
            t[k * width] = 'v';
            t[k * width + 1] = '[';
            for (std::size_t i = 0; i != count; ++i) t[k * width + 2 + i] = digits[count - 1 - i];
            t[k * width + 2 + count] = ']';
        }
        return t;
    }();
    static constexpr std::string_view name(std::size_t k) { return std::string_view(text.data() + k * width); }
};

/// H v without H: one forward sweep over f's and its gradient's nodes along the direction v,
/// whose components are the variables n .. 2n-1. Roots: the n components of H v.
template <class G, std::size_t N>
struct hessian_vector_product_of {
    using gradient_graph = adjoint<G, N, false>;
    static constexpr std::size_t capacity = 4 * gradient_graph::value.size() + 2 * N + 8;
    static constexpr std::size_t root_capacity = N;
    static constexpr std::size_t name_capacity = 2 * N;
    static constexpr built build() {
        builder b(4 * gradient_graph::value.size());
        buffer<int> const g = load<gradient_graph>(b);
        int const count = b.size();
        std::vector<int> direction(N, -1);
        for (std::size_t k = 0; k != N; ++k) direction[k] = b.variable(N + k, direction_names<N>::name(k));
        buffer<int> const t = tangents_along(b, direction, count);
        for (int r : g) b.roots.push_back(t[static_cast<std::size_t>(r)]);
        return compact(b);
    }
};
template <class G, std::size_t N>
using hessian_vector_product = freeze<hessian_vector_product_of<G, N>>;

/// Whether root r of the frozen graph G is the node 0, a structural zero.
template <class G>
constexpr bool is_zero_root(std::size_t r) {
    node const& n = G::value.nodes[static_cast<std::size_t>(G::value.roots[r])];
    return n.kind == op::integer && n.k == 0;
}

}  // namespace ctdiff::detail::graph

#endif
