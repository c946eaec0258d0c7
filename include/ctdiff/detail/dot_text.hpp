// How to_dot writes Graphviz: the tree walk of an expression (one dot node per tree node, so a
// repeated subexpression appears as often as it is written), and a frozen graph's program (one
// dot node per graph node, so a shared subexpression is one node with several edges out).
#ifndef CTDIFF_DETAIL_DOT_TEXT_HPP
#define CTDIFF_DETAIL_DOT_TEXT_HPP

#include <ctdiff/constant.hpp>
#include <ctdiff/detail/graph/node.hpp>
#include <ctdiff/detail/graph/raise.hpp>
#include <ctdiff/detail/program_listing.hpp>
#include <ctdiff/expr.hpp>


#include <array>
#include <cstddef>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

namespace ctdiff::detail {

// The colours of the pictures: inputs blue, the forward sweep light blue, the backward sweep light
// orange, as lecture slides tend to draw them.
inline constexpr std::string_view dot_input_colour = "#cfe2f3";
inline constexpr std::string_view dot_forward_colour = "#eef5fb";
inline constexpr std::string_view dot_backward_colour = "#fdf1e3";

/// s as a dot string: quoted, with " and \ escaped.
inline std::string dot_quoted(std::string_view s) {
    std::string out = "\"";
    for (char ch : s) {
        if (ch == '"' || ch == '\\') out += '\\';
        out += ch;
    }
    return out + '"';
}

// --- the tree ---------------------------------------------------------------------------------

// the nodes in preorder, then the edges parent -> child
struct dot_tree {
    std::string nodes, edges;
    int count = 0;

    int add(std::string_view label, std::string_view attributes = {}) {
        int const id = count++;
        nodes += joined("  n", std::to_string(id), " [label=", dot_quoted(label), attributes, "];\n");
        return id;
    }
    void edge(int parent, int child) { edges += joined("  n", std::to_string(parent), " -> n", std::to_string(child), ";\n"); }
};

template <Expression E> int dot_tree_node(dot_tree& t, E const& e);

template <Expression E>
int dot_operator(dot_tree& t, std::string_view label, E const& e) {
    int const id = t.add(label);
    auto operand = [&](auto const& u) {
        t.edge(id, t.count);  // u's id: the next one
        dot_tree_node(t, u);
    };
    constexpr std::size_t first = node_of_kind<E, expr_kind::call> ? 1 : 0;  // not a call's tag
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (operand(child<first + I>(e)), ...);
    }(std::make_index_sequence<decltype(e.elements)::size - first>{});
    return id;
}

/// The dot node of e and its subtree, in preorder; returns its id.
template <Expression E>
int dot_tree_node(dot_tree& t, E const& e) {
    using K = expr_kind;
    if constexpr (GraphTerminal<E>) return dot_tree_node(t, graph::raise_leaf(value(e)));  // a derivative, as a tree
    else if constexpr (LoopTerminal<E>) return dot_tree_node(t, raise_leaf(value(e)));      // a loop_sum, its terms
    else if constexpr (Constant<E>) return t.add(number_text(number_of(e)), ", shape=box");
    else if constexpr (Variable<E>)
        return t.add(leaf_t<E>::name(), joined(", shape=box, style=filled, fillcolor=", dot_quoted(dot_input_colour)));
    else if constexpr (node_of_kind<E, K::negate>) return dot_operator(t, "neg", e);
    else if constexpr (node_of_kind<E, K::plus>) return dot_operator(t, "+", e);
    else if constexpr (node_of_kind<E, K::minus>) return dot_operator(t, "-", e);
    else if constexpr (node_of_kind<E, K::multiplies>) return dot_operator(t, "*", e);
    else if constexpr (node_of_kind<E, K::divides>) return dot_operator(t, "/", e);
    else if constexpr (node_of_kind<E, K::call>) {
        using function = leaf_t<decltype(child<0>(e))>;
        if constexpr (requires { function::exponent; })  // pow<N>(u): u^N
            return dot_operator(t, joined("^", number_text(function::exponent)), e);
        else if constexpr (function::name == std::string_view("pow")) return dot_operator(t, "^", e);  // u^v
        else return dot_operator(t, function::name, e);
    } else {
        static_assert(!sizeof(E), "ctdiff: internal error: no dot rule for this node kind");
        return -1;
    }
}

// --- the graph of a program -------------------------------------------------------------------

/// G's program as a dot digraph: variables as inputs, the first G::value.forward nodes in one
/// cluster (`forward`) and the rest in another (`backward`, labelled below: the edges from the
/// forward sweep come in from above), each node labelled with its step
/// ("v2 = v0 + v1"), edges from operand to result, and one box per output (outputs[r] for root
/// r) fed by its node. Numbers are written into the labels, not drawn.
template <class G, class C, std::size_t M>
std::string dot_program(std::string_view title, std::array<C, M> const& constants, std::vector<std::string> const& outputs,
                        std::string_view forward, std::string_view backward) {
    constexpr auto const& g = G::value;
    std::vector<std::string> const text = plain_operands<G>(constants);
    auto id = [](std::size_t i) { return joined("n", std::to_string(i)); };
    auto drawn = [&](std::size_t i) { return g.nodes[i].kind == graph::op::variable || !graph::is_leaf(g.nodes[i].kind); };
    std::string out = joined("digraph ", dot_quoted(title), " {\n  rankdir=LR;\n  fontname=\"Helvetica\";\n  node [fontname=\"Helvetica\", shape=box, style=\"rounded,filled\", fillcolor=white];\n");
    for (std::size_t i = 0; i != g.size(); ++i)
        if (g.nodes[i].kind == graph::op::variable)
            out += joined("  ", id(i), " [label=", dot_quoted(text[i]), ", shape=ellipse, fillcolor=", dot_quoted(dot_input_colour), "];\n");
    bool const clusters = g.forward < g.size();  // a function alone needs no cluster
    auto part = [&](std::size_t from, std::size_t to, std::string_view cluster, std::string_view label, std::string_view colour) {
        std::string steps;
        for (std::size_t i = from; i < to; ++i) {
            graph::node const& e = g.nodes[i];
            if (graph::is_leaf(e.kind)) continue;
            std::string const a = text[static_cast<std::size_t>(e.a)];
            std::string const b = e.b >= 0 ? text[static_cast<std::size_t>(e.b)] : std::string();
            steps += joined(clusters ? "    " : "  ", id(i), " [label=", dot_quoted(joined(text[i], " = ", plain_step<G>(e, a, b))), "];\n");
        }
        if (steps.empty() || !clusters) return steps;
        return joined("  subgraph cluster_", cluster, " {\n    label=", dot_quoted(label),
                      ";\n", cluster == "backward" ? "    labelloc=b;\n" : "", "    style=filled;\n    color=", dot_quoted(colour), ";\n", steps, "  }\n");
    };
    out += part(0, g.forward, "forward", forward, dot_forward_colour);
    out += part(g.forward, g.size(), "backward", backward, dot_backward_colour);
    for (std::size_t r = 0; r != g.root_count(); ++r) {
        auto const root = static_cast<std::size_t>(g.roots[r]);
        std::string const label = drawn(root) ? outputs[r] : joined(outputs[r], " = ", text[root]);
        out += joined("  r", std::to_string(r), " [label=", dot_quoted(label), ", shape=plaintext, style=\"\"];\n");
    }
    for (std::size_t i = 0; i != g.size(); ++i) {
        graph::node const& e = g.nodes[i];
        if (graph::is_leaf(e.kind)) continue;
        if (drawn(static_cast<std::size_t>(e.a))) out += joined("  ", id(static_cast<std::size_t>(e.a)), " -> ", id(i), ";\n");
        if (e.b >= 0 && e.b != e.a && drawn(static_cast<std::size_t>(e.b)))
            out += joined("  ", id(static_cast<std::size_t>(e.b)), " -> ", id(i), ";\n");
    }
    for (std::size_t r = 0; r != g.root_count(); ++r) {
        auto const root = static_cast<std::size_t>(g.roots[r]);
        if (drawn(root)) out += joined("  ", id(root), " -> r", std::to_string(r), ";\n");
    }
    return out + "}\n";
}

}  // namespace ctdiff::detail

#endif
