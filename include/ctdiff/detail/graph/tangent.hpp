// The forward sweep: d(f, x_j) as new nodes of f's graph. Each node's tangent is built from its
// children's tangents by the rule of its kind (the table of derivative.hpp's tree rules, now over
// shared nodes): every node of f is visited once, and a derivative of a derivative adds nodes to
// the same graph instead of copying subtrees. Structurally zero tangents are the node 0 and
// vanish through the builder's rules.
#ifndef CTDIFF_DETAIL_GRAPH_TANGENT_HPP
#define CTDIFF_DETAIL_GRAPH_TANGENT_HPP

#include <ctdiff/detail/graph/freeze.hpp>
#include <ctdiff/detail/graph/rules.hpp>

#include <cstddef>
#include <vector>

namespace ctdiff::detail::graph {

/// Adds the tangents by x_j of b's first n nodes; returns them by node id.
constexpr std::vector<int> tangents(builder& b, std::size_t j, int n) {
    std::vector<int> t(static_cast<std::size_t>(n), -1);
    auto tan = [&t](int id) { return t[static_cast<std::size_t>(id)]; };
    for (int i = 0; i != n; ++i) {
        node const e = b[i];
        int& out = t[static_cast<std::size_t>(i)];
        switch (e.kind) {
        case op::variable:                                             // x_i' = 1 if i = j, else 0
            out = static_cast<std::size_t>(e.k) == j ? b.one() : b.zero();
            break;
        case op::negate: out = b.neg(tan(e.a)); break;                 // (-u)' = -u'
        case op::plus: out = b.add(tan(e.a), tan(e.b)); break;         // (u + v)' = u' + v'
        case op::minus: out = b.sub(tan(e.a), tan(e.b)); break;        // (u - v)' = u' - v'
        case op::multiplies:                                           // (u v)' = u' v + u v'
            out = b.add(b.mul(tan(e.a), e.b), b.mul(e.a, tan(e.b)));
            break;
        case op::divides:                                              // (u / v)' = u'/v - u v'/v^2
            out = b.sub(b.div(tan(e.a), e.b), b.div(b.mul(e.a, tan(e.b)), b.raise(2, e.b)));
            break;
        case op::power:                                                // (u^N)' = N u^(N-1) u'
            out = b.is_zero(tan(e.a)) ? b.zero()
                                      : b.mul(b.mul(b.integer(e.k), b.raise(e.k - 1, e.a)), tan(e.a));
            break;
        case op::call: {                                               // f(u, v)' = f_u u' + f_v v'
            bool const moves = !b.is_zero(tan(e.a)) || (e.b >= 0 && !b.is_zero(tan(e.b)));
            if (!moves) { out = b.zero(); break; }
            auto const p = call_partials(b, e.k, e.a, e.b);
            out = b.mul(p[0], tan(e.a));
            if (e.b >= 0) out = b.add(out, b.mul(p[1], tan(e.b)));
            break;
        }
        default: out = b.zero(); break;                                // c' = 0
        }
    }
    return t;
}

/// d(G, x_j): G's nodes, then its tangent nodes; root 0 is the tangent of G's root 0.
template <class G, std::size_t J>
struct tangent_of {
    static constexpr built build() {
        builder b(4 * G::value.size());
        int const root = import<G>(b, 0);
        b.forward = static_cast<std::size_t>(b.size());
        b.slots = G::value.slots;
        std::vector<int> const t = tangents(b, J, b.size());
        b.roots = {t[static_cast<std::size_t>(root)]};
        return compact(b);
    }
};
template <class G, std::size_t J>
using tangent = freeze<tangent_of<G, J>>;

}  // namespace ctdiff::detail::graph

#endif
