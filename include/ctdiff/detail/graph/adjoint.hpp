// The reverse sweep: every partial derivative of f at once, as new nodes of f's graph. Adjoints
// (df/dnode) start at 1 on the root and flow from each node to its children, in reverse
// topological order, by the rule of the node's kind: one sweep over f's nodes however many
// variables there are. Everything is decided while compiling: there is no tape, only nodes; a
// node that does not depend on a variable receives no adjoint, and a structurally zero adjoint
// is never propagated, so neither costs anything.
#ifndef CTDIFF_DETAIL_GRAPH_ADJOINT_HPP
#define CTDIFF_DETAIL_GRAPH_ADJOINT_HPP

#include <ctdiff/detail/graph/freeze.hpp>
#include <ctdiff/detail/graph/rules.hpp>
#include <ctdiff/detail/graph/tangent.hpp>

#include <cstddef>
#include <vector>

namespace ctdiff::detail::graph {

/// Which nodes depend on some variable (the others are constants and need no adjoint).
constexpr buffer<char> varying(builder const& b) {
    buffer<char> out(b.nodes.size(), false);
    char* const v = out.data();
    node const* const all = b.nodes.data();
    for (std::size_t i = 0, size = b.nodes.size(); i != size; ++i) {
        node const& n = all[i];
        v[i] = n.kind == op::variable || (n.a >= 0 && v[n.a]) || (n.b >= 0 && v[n.b]);
    }
    return out;
}

/// Adds the adjoints of root among b's first `count` nodes; returns df/dx_j for j < n (the node 0
/// where f has no x_j).
constexpr std::vector<int> adjoints(builder& b, int root, std::size_t n, int count) {
    buffer<char> const moves = varying(b);
    buffer<int> adj(static_cast<std::size_t>(count), -1);
    // bar(u) += contribution, for a child that depends on a variable
    auto accumulate = [&](int u, int contribution) {
        if (!moves[static_cast<std::size_t>(u)]) return;
        int& a = adj[static_cast<std::size_t>(u)];
        a = a < 0 ? contribution : b.add(a, contribution);
    };
    adj[static_cast<std::size_t>(root)] = b.one();                                  // df/df = 1
    for (int i = count; i-- != 0;) {
        int const g = adj[static_cast<std::size_t>(i)];
        if (g < 0 || b.is_zero(g)) continue;
        if (g >= static_cast<int>(b.forward)) {  // for printing: node g is df/d(node i)
            if (b.adjoint_of.size() <= static_cast<std::size_t>(g)) b.adjoint_of.resize(static_cast<std::size_t>(g) + 1, -1);
            if (b.adjoint_of[static_cast<std::size_t>(g)] < 0) b.adjoint_of[static_cast<std::size_t>(g)] = i;
        }
        node const e = b[i];
        switch (e.kind) {
        case op::negate: accumulate(e.a, b.neg(g)); break;                          // w = -u: bar u -= bar w
        case op::plus: accumulate(e.a, g); accumulate(e.b, g); break;               // w = u + v
        case op::minus: accumulate(e.a, g); accumulate(e.b, b.neg(g)); break;       // w = u - v
        case op::multiplies:                                                        // w = u v: bar u += bar w v
            accumulate(e.a, b.mul(g, e.b));
            accumulate(e.b, b.mul(g, e.a));
            break;
        case op::divides: {                                                         // w = u / v: t = bar w / v,
            int const t = b.div(g, e.b);                                            //   bar u += t, bar v -= t w
            accumulate(e.a, t);
            if (moves[static_cast<std::size_t>(e.b)]) accumulate(e.b, b.neg(b.mul(t, i)));
            break;
        }
        case op::power:                                                             // w = u^N: bar u += bar w N u^(N-1)
            accumulate(e.a, b.mul(g, b.mul(b.integer(e.k), b.raise(e.k - 1, e.a))));
            break;
        case op::call: {                                                            // w = f(u, v): bar u += bar w f_u
            bool const first = moves[static_cast<std::size_t>(e.a)];
            bool const second = e.b >= 0 && moves[static_cast<std::size_t>(e.b)];
            if (!first && !second) break;
            auto const p = call_partials(b, e.k, e.a, e.b);
            if (first) accumulate(e.a, b.mul(g, p[0]));
            if (second) accumulate(e.b, b.mul(g, p[1]));
            break;
        }
        default: break;                                                             // leaves
        }
    }
    std::vector<int> out(n, -1);
    for (int i = 0; i != count; ++i)
        if (b[i].kind == op::variable && static_cast<std::size_t>(b[i].k) < n) {
            int const g = adj[static_cast<std::size_t>(i)];
            out[static_cast<std::size_t>(b[i].k)] = g < 0 ? b.zero() : g;
        }
    for (int& g : out)
        if (g < 0) g = b.zero();
    return out;
}

/// Value and gradient of G's root 0 in n variables: roots f, df/dx_0, ..., df/dx_(n-1).
template <class G, std::size_t N, bool WithValue>
struct adjoints_of {
    static constexpr std::size_t capacity = 4 * G::value.size() + 2 * N + 8;  // capacities: freeze.hpp
    static constexpr std::size_t root_capacity = N + 1;
    static constexpr std::size_t name_capacity = G::value.names.size();
    static constexpr built build() {
        builder b(4 * G::value.size());
        int const root = load<G>(b)[0];
        b.forward = static_cast<std::size_t>(b.size());
        std::vector<int> const g = adjoints(b, root, N, b.size());
        if (WithValue) b.roots.push_back(root);
        for (int r : g) b.roots.push_back(r);
        return compact(b);
    }
};
template <class G, std::size_t N, bool WithValue = true>
using adjoint = freeze<adjoints_of<G, N, WithValue>>;

/// The Jacobian of G's roots in n variables, row by row: by one reverse sweep per output when
/// there are no more outputs than variables, else by one forward sweep per variable.
template <class G, std::size_t N>
struct jacobian_of {
    static constexpr std::size_t capacity = 4 * G::value.size() * G::value.root_count() + 2 * N + 8;
    static constexpr std::size_t root_capacity = G::value.root_count() * N;
    static constexpr std::size_t name_capacity = G::value.names.size();
    static constexpr built build() {
        builder b(4 * G::value.size());
        buffer<int> const outputs = load<G>(b);
        int const count = b.size();
        b.forward = static_cast<std::size_t>(count);
        std::size_t const m = outputs.size();
        std::vector<int> entries(m * N, -1);
        if (m <= N) {
            for (std::size_t i = 0; i != m; ++i) {
                std::vector<int> const row = adjoints(b, outputs[i], N, count);
                for (std::size_t j = 0; j != N; ++j) entries[i * N + j] = row[j];
            }
        } else {
            for (std::size_t j = 0; j != N; ++j) {
                buffer<int> const t = tangents(b, j, count);
                for (std::size_t i = 0; i != m; ++i) entries[i * N + j] = t[static_cast<std::size_t>(outputs[i])];
            }
        }
        b.roots = entries;
        return compact(b);
    }
};
template <class G, std::size_t N>
using jacobian = freeze<jacobian_of<G, N>>;

}  // namespace ctdiff::detail::graph

#endif
