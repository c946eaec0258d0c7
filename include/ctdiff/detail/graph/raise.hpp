// From a graph back to a tree, for printing: each node is rebuilt by the tree builders of
// simplify.hpp, so a derivative prints exactly as the tree rules write it ("4*(2*x1 + 3*x2)").
// A shared node is printed wherever it is used: printing is the one place a tree is unfolded.
#ifndef CTDIFF_DETAIL_GRAPH_RAISE_HPP
#define CTDIFF_DETAIL_GRAPH_RAISE_HPP

#include <ctdiff/detail/graph/function_list.hpp>
#include <ctdiff/detail/graph/node.hpp>
#include <ctdiff/evaluate.hpp>
#include <ctdiff/simplify.hpp>

#include <array>
#include <cstddef>

namespace ctdiff::detail::graph {

template <class G, int I, class C, std::size_t M>
constexpr auto raise_node(std::array<C, M> const& k) {
    constexpr node e = G::value.nodes[static_cast<std::size_t>(I)];
    if constexpr (e.kind == op::variable) return graph_variable<G, static_cast<std::size_t>(e.k)>();
    else if constexpr (e.kind == op::integer) return c<e.k>;
    else if constexpr (e.kind == op::number) {
        if constexpr (std::is_integral_v<C> || !e.integral) return make_terminal(k[static_cast<std::size_t>(e.k)]);
        else return make_terminal(static_cast<long long>(k[static_cast<std::size_t>(e.k)]));
    } else if constexpr (e.kind == op::literal) return make_terminal(e.x);
    else if constexpr (e.kind == op::negate) return ctdiff::detail::neg(raise_node<G, e.a>(k));
    else if constexpr (e.kind == op::plus) return ctdiff::detail::add(raise_node<G, e.a>(k), raise_node<G, e.b>(k));
    else if constexpr (e.kind == op::minus) return ctdiff::detail::sub(raise_node<G, e.a>(k), raise_node<G, e.b>(k));
    else if constexpr (e.kind == op::multiplies) return ctdiff::detail::mul(raise_node<G, e.a>(k), raise_node<G, e.b>(k));
    else if constexpr (e.kind == op::divides) return ctdiff::detail::div(raise_node<G, e.a>(k), raise_node<G, e.b>(k));
    else if constexpr (e.kind == op::power) return detail::raise<e.k>(raise_node<G, e.a>(k));
    else if constexpr (e.kind == op::call) {
        using function = function_at<e.k>;
        if constexpr (e.b < 0) return ctdiff::detail::apply(function{}, raise_node<G, e.a>(k));
        else return ctdiff::detail::apply(function{}, raise_node<G, e.a>(k), raise_node<G, e.b>(k));
    } else {
        static_assert(!sizeof(C), "ctdiff: internal error: a placeholder left in a graph");
        return zero;
    }
}

/// A graph leaf as the tree it stands for (found by to_string.hpp through ADL).
template <class G, class C, std::size_t M>
constexpr auto raise_leaf(leaf<G, C, M> const& l) {
    return raise_node<G, G::value.roots[0]>(l.constants);
}

}  // namespace ctdiff::detail::graph

#endif
