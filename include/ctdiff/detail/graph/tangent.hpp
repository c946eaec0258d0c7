// The forward sweep: d(f, x_j) as new nodes of f's graph. Each node's tangent is built from its
// children's tangents by the rule of its kind (the table of derivative.hpp's tree rules, now over
// shared nodes): every node of f is visited once, and a derivative of a derivative adds nodes to
// the same graph instead of copying subtrees. Structurally zero tangents are the node 0 and
// vanish through the builder's rules.
#ifndef CTDIFF_DETAIL_GRAPH_TANGENT_HPP
#define CTDIFF_DETAIL_GRAPH_TANGENT_HPP

#include <ctdiff/detail/graph/freeze.hpp>
#include <ctdiff/detail/graph/rules.hpp>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace ctdiff::detail::graph {

/// The tangent of node e from its children's tangents (tan(id)), by the rule of its kind; a
/// variable's tangent is `seed`, its component of the direction.
template <class Tangent>
constexpr int tangent_rule(builder& b, node const& e, Tangent const& tan, int seed) {
    switch (e.kind) {
    case op::variable: return seed;                                      // x_k' = seed_k
    case op::negate: return b.neg(tan(e.a));                             // (-u)' = -u'
    case op::plus: return b.add(tan(e.a), tan(e.b));                     // (u + v)' = u' + v'
    case op::minus: return b.sub(tan(e.a), tan(e.b));                    // (u - v)' = u' - v'
    case op::multiplies: return b.add(b.mul(tan(e.a), e.b), b.mul(e.a, tan(e.b)));  // (u v)' = u' v + u v'
    case op::divides:                                                    // (u / v)' = u'/v - u v'/v^2
        return b.sub(b.div(tan(e.a), e.b), b.div(b.mul(e.a, tan(e.b)), b.raise(2, e.b)));
    case op::power:                                                      // (u^N)' = N u^(N-1) u'
        return b.mul(b.mul(b.integer(e.k), b.raise(e.k - 1, e.a)), tan(e.a));
    case op::call: {                                                     // f(u, v)' = f_u u' + f_v v'
        auto const p = call_partials(b, e.k, e.a, e.b);
        int const out = b.mul(p[0], tan(e.a));
        return e.b >= 0 ? b.add(out, b.mul(p[1], tan(e.b))) : out;
    }
    default: return b.zero();                                            // c' = 0
    }
}

/// Adds the tangents of b's first n nodes along the direction whose component k is the node
/// seed[k] (0 past its end). Returns them by node id.
constexpr buffer<int> tangents_along(builder& b, std::vector<int> const& seed, int n) {
    int const zero = b.zero();
    buffer<int> t(static_cast<std::size_t>(n), zero);
    auto tan = [&t](int id) { return t[static_cast<std::size_t>(id)]; };
    for (int i = 0; i != n; ++i) {
        node const& e = b[i];
        // most nodes of a sparse function do not move along the direction: decide those in a few steps
        if (!is_leaf(e.kind) && tan(e.a) == zero && (e.b < 0 || tan(e.b) == zero)) continue;
        int const k = static_cast<int>(e.k);
        int const s = e.kind == op::variable && static_cast<std::size_t>(k) < seed.size() ? seed[static_cast<std::size_t>(k)] : zero;
        int const out = tangent_rule(b, node(e), tan, s);  // a copy: the rule may add nodes to b
        t[static_cast<std::size_t>(i)] = out;
    }
    return t;
}

/// Adds the tangents by x_j of b's first n nodes (the direction e_j); returns them by node id.
constexpr buffer<int> tangents(builder& b, std::size_t j, int n) {
    std::vector<int> seed(j + 1, b.zero());
    seed[j] = b.one();
    return tangents_along(b, seed, n);
}

/// Which of the first n nodes move with each variable x_j, j < variables, among those the nodes
/// `wanted` reach: moving[j] lists them in order. For a sparse function the lists are short, so
/// sweeping every variable costs about the nodes that depend on it, not n times the graph.
/// `nodes` is a builder or a frozen graph's nodes.
template <class Nodes>
constexpr std::vector<std::vector<int>> moving_with(Nodes const& nodes, int n, std::size_t variables,
                                                    std::vector<int> const& wanted) {
    auto at = [&nodes](int i) -> node const& { return nodes[static_cast<std::size_t>(i)]; };
    buffer<char> reached(static_cast<std::size_t>(n), 0);
    for (int w : wanted) reached[static_cast<std::size_t>(w)] = 1;
    for (int i = n; i-- != 0;)
        if (reached[static_cast<std::size_t>(i)]) {
            if (at(i).a >= 0) reached[static_cast<std::size_t>(at(i).a)] = 1;
            if (at(i).b >= 0) reached[static_cast<std::size_t>(at(i).b)] = 1;
        }
    std::size_t const words = (variables + 63) / 64;
    buffer<std::uint64_t> depends(static_cast<std::size_t>(n) * words, 0);  // bit j of node i's words
    std::vector<std::vector<int>> moving(variables);
    for (int i = 0; i != n; ++i) {
        node const& e = at(i);
        std::uint64_t* const d = depends.data() + static_cast<std::size_t>(i) * words;
        if (e.kind == op::variable && static_cast<std::size_t>(e.k) < variables)
            d[static_cast<std::size_t>(e.k) / 64] |= std::uint64_t{1} << (e.k % 64);
        for (int child : {e.a, e.b})
            if (child >= 0)
                for (std::size_t w = 0; w != words; ++w) d[w] |= depends[static_cast<std::size_t>(child) * words + w];
        if (!reached[static_cast<std::size_t>(i)]) continue;
        for (std::size_t w = 0; w != words; ++w)
            for (std::uint64_t bits = d[w]; bits != 0; bits &= bits - 1)
                moving[w * 64 + static_cast<std::size_t>(std::countr_zero(bits))].push_back(i);
    }
    return moving;
}

/// The tangents by x_j of the nodes `moving` lists (moving_with()[j]), written into t, whose other
/// entries must be the node 0; the caller reads them, then calls reset_tangents.
constexpr void tangents_of_moving(builder& b, std::size_t j, std::vector<int> const& moving, buffer<int>& t) {
    int const one = b.one();
    auto tan = [&t](int id) { return t[static_cast<std::size_t>(id)]; };
    for (int i : moving) {
        int const out = tangent_rule(b, node(b[i]), tan, static_cast<std::size_t>(b[i].k) == j ? one : b.zero());
        t[static_cast<std::size_t>(i)] = out;
    }
}
constexpr void reset_tangents(builder& b, std::vector<int> const& moving, buffer<int>& t) {
    for (int i : moving) t[static_cast<std::size_t>(i)] = b.zero();
}

/// d(G, x_j): G's nodes, then its tangent nodes; root 0 is the tangent of G's root 0.
template <class G, std::size_t J>
struct tangent_of {
    static constexpr std::size_t capacity = 4 * G::value.size() + 8;  // capacities: freeze.hpp
    static constexpr std::size_t root_capacity = 1;
    static constexpr std::size_t name_capacity = G::value.names.size();
    static constexpr built build() {
        builder b(4 * G::value.size());
        int const root = load<G>(b)[0];
        b.forward = static_cast<std::size_t>(b.size());
        buffer<int> const t = tangents(b, J, b.size());
        b.roots = {t[static_cast<std::size_t>(root)]};
        return compact(b);
    }
};
template <class G, std::size_t J>
using tangent = freeze<tangent_of<G, J>>;

}  // namespace ctdiff::detail::graph

#endif
