// The shape of an expression, as compile-time facts about its type: how many nodes its tree has,
// how deep it is, which variables it uses, and how many nodes it has on the shared graph. For
// teaching (how big is d(f, x)?) and for tests that pin the size of derivatives.
//
// What counts, precisely:
//   node_count_v<E>   every node of the tree to_string prints: each leaf (variable, constant) and
//                     each operator or call; the function tag of a call (sin, pow<N>) is part of
//                     its call node, not a node of its own. A derivative held as a graph leaf
//                     (what d returns) counts as the tree it prints as, a shared node once for
//                     every place it is used: the size of the derivative written out by hand.
//   depth_v<E>        nodes on the longest path from the root to a leaf; a leaf has depth 1.
//   variables_v<E>    the positions of the variables E uses, ascending, each once.
//   graph_size_v<E>   the nodes of E's computational graph (detail/graph/): every distinct
//                     subexpression once, as hash-consing leaves it, so a derivative that reuses
//                     f's subexpressions adds nodes instead of copying trees. Each run-time
//                     number is a node of its own (2*x + 2*y has two). For a derivative: the
//                     nodes its value needs, f's and the new ones.
// All are computed from the type alone, so a function's tree of 2^40 nodes costs a compiler one
// instantiation per distinct subexpression type, not per node.
#ifndef CTDIFF_SHAPE_HPP
#define CTDIFF_SHAPE_HPP

#include <ctdiff/detail/graph/lower.hpp>
#include <ctdiff/detail/graph/raise.hpp>
#include <ctdiff/expr.hpp>

#include <array>
#include <cstddef>
#include <type_traits>

namespace ctdiff {

namespace detail::shape {

// A graph leaf's tree, as to_string raises it.
template <class Leaf>
using raised_t = std::remove_cvref_t<decltype(graph::raise_leaf(std::declval<Leaf const&>()))>;

template <class E> struct of;  // count, depth

template <class V>
struct of<terminal<V>> {
    static constexpr std::size_t count = 1;
    static constexpr std::size_t depth = 1;
    static constexpr std::size_t leaves = 1;
};
template <class G, class C, std::size_t M>
struct of<terminal<graph::leaf<G, C, M>>> : of<raised_t<graph::leaf<G, C, M>>> {};

template <class... Children>
struct children_of {
    static constexpr std::size_t count = (std::size_t{0} + ... + of<Children>::count);
    static constexpr std::size_t leaves = (std::size_t{0} + ... + of<Children>::leaves);
    static constexpr std::size_t depth = [] {
        std::size_t d = 0;
        ((d = of<Children>::depth > d ? of<Children>::depth : d), ...);
        return d;
    }();
};

template <expr_kind K, class... Children>
    requires(K != expr_kind::terminal && K != expr_kind::call)
struct of<expr<K, children<Children...>>> {
    using below = children_of<Children...>;
    static constexpr std::size_t count = 1 + below::count;
    static constexpr std::size_t depth = 1 + below::depth;
    static constexpr std::size_t leaves = below::leaves;
};
// A call: the node and its arguments; the function tag (the first child) is not a node.
template <class Function, class... Arguments>
struct of<expr<expr_kind::call, children<terminal<Function>, Arguments...>>> {
    using below = children_of<Arguments...>;
    static constexpr std::size_t count = 1 + below::count;
    static constexpr std::size_t depth = 1 + below::depth;
    static constexpr std::size_t leaves = below::leaves;
};

// Which variable positions E uses, as bits; positions past 63 do not fit and are an error.
inline constexpr std::size_t max_position = 64;

template <class E> struct mask;
template <class V>
struct mask<terminal<V>> {
    static constexpr unsigned long long value = [] {
        if constexpr (is_variable_leaf<V>::value) {
            static_assert(V::index < max_position, "ctdiff::variables_v<E>: variable positions must be below 64");
            return 1ull << (V::index % max_position);
        } else if constexpr (is_graph_leaf<V>::value) {
            unsigned long long bits = 0;  // a derivative: the variable nodes of its graph
            for (auto const& n : V::graph_type::value.nodes)
                if (n.kind == graph::op::variable) bits |= 1ull << (static_cast<std::size_t>(n.k) % max_position);
            return bits;
        } else if constexpr (is_loop_leaf<V>::value) {
            static_assert(V::end_position <= max_position, "ctdiff::variables_v<E>: variable positions must be below 64");
            unsigned long long bits = 0;  // a loop_sum: every position its terms read
            for (std::size_t p = V::first_position; p < V::end_position; ++p) bits |= 1ull << (p % max_position);
            return bits;
        } else return 0ull;
    }();
};
template <expr_kind K, class... Children>
    requires(K != expr_kind::terminal)
struct mask<expr<K, children<Children...>>> {
    static constexpr unsigned long long value = (0ull | ... | mask<Children>::value);
};

consteval std::size_t popcount(unsigned long long bits) {
    std::size_t n = 0;
    for (; bits != 0; bits &= bits - 1) ++n;
    return n;
}

template <unsigned long long Bits>
consteval std::array<std::size_t, popcount(Bits)> positions() {
    std::array<std::size_t, popcount(Bits)> out{};
    std::size_t k = 0;
    for (std::size_t i = 0; i != max_position; ++i)
        if (Bits >> i & 1ull) out[k++] = i;
    return out;
}

}  // namespace detail::shape

/// The number of nodes of E's tree, leaves included (see the top of this header).
template <Expression E>
inline constexpr std::size_t node_count_v = detail::shape::of<std::remove_cvref_t<E>>::count;

/// The number of nodes on E's longest root-to-leaf path; a leaf has depth 1.
template <Expression E>
inline constexpr std::size_t depth_v = detail::shape::of<std::remove_cvref_t<E>>::depth;

/// The positions of the variables E uses, ascending: variables_v<decltype(x2 * x1)> is {0, 1}.
template <Expression E>
inline constexpr auto variables_v = detail::shape::positions<detail::shape::mask<std::remove_cvref_t<E>>::value>();

/// Whether E uses the variable at position I.
template <Expression E, std::size_t I>
inline constexpr bool uses_v =
    I < detail::shape::max_position && (detail::shape::mask<std::remove_cvref_t<E>>::value >> (I % 64) & 1ull) != 0;

/// The number of distinct nodes of E on the shared computational graph (see the top of this header).
template <Expression E>
inline constexpr std::size_t graph_size_v = detail::graph::graph_of<E>::value.size();

}  // namespace ctdiff

#endif
