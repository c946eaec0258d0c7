// The computational graph: every distinct subexpression is one node, stored in topological order
// (a node's children come before it), so evaluating the nodes in order is a straight-line program
// in SSA form. Graphs are built by constant evaluation (builder.hpp) and then frozen into a
// `graph<N, R, A>`, the static constexpr `value` of a type that names how it was made (lowered<E>,
// tangent<G, J>, adjoints<G, n>, ...). Templates take that type, never the graph itself, so no
// compiler needs class-type or floating-point template arguments.
#ifndef CTDIFF_DETAIL_GRAPH_NODE_HPP
#define CTDIFF_DETAIL_GRAPH_NODE_HPP

#include <array>
#include <cstddef>
#include <string_view>

namespace ctdiff::detail::graph {

enum class op : unsigned char {
    variable,    // x_k
    integer,     // the integer k (c<k>)
    number,      // a run-time number: slot k of the expression's constants
    literal,     // a number a derivative rule states (2/sqrt(pi)), value x
    argument,    // the k-th argument of a derivative rule, replaced when the rule is applied
    negate,      // -a
    plus,        // a + b
    minus,       // a - b
    multiplies,  // a * b
    divides,     // a / b
    power,       // a^k, k an integer
    call,        // function k of function_list (function_list.hpp) at a, or at (a, b)
};

struct node {
    op kind{};
    int a = -1;
    int b = -1;
    long long k = 0;
    double x = 0;
    // A number, or arithmetic of numbers only, whose C++ type is integral (constant(2)), so that
    // dividing two of them is not folded into one number, as in the tree (simplify.hpp).
    bool integral = false;
    // Arithmetic of numbers only, which the tree rules fold into one number: it counts as a constant.
    bool folded = false;
    // What the simplification rules ask of the node (builder.hpp's `is` bits), decided from the
    // fields above and the children when the node is made, so equal nodes have equal flags.
    unsigned flags = 0;

    friend constexpr bool operator==(node const&, node const&) = default;
};

constexpr bool is_leaf(op k) { return k <= op::argument; }

/// A frozen graph of N nodes with R roots (the outputs), reading `slots` run-time constants, whose
/// nodes use variables at positions below `variables`. names[i] is the name of the variable at
/// position i < A (empty: its default name), for every variable the graph was made from, so a
/// derivative that no longer uses x still prints its name.
/// `forward` nodes come first: those of the function itself; the rest are derivative nodes, and
/// adjoint_of[i] names the node whose adjoint node i is (-1 for none), for printing.
template <std::size_t N, std::size_t R, std::size_t A>
struct frozen {
    std::array<node, N> nodes{};
    std::array<int, R> roots{};
    std::array<std::string_view, A> names{};
    std::array<int, N> adjoint_of{};
    std::size_t forward = 0;
    std::size_t slots = 0;
    std::size_t variables = 0;

    static constexpr std::size_t size() { return N; }
    static constexpr std::size_t root_count() { return R; }
};

}  // namespace ctdiff::detail::graph

#endif
