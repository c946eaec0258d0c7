// A tour for students of template metaprogramming: what the compiler builds from the lecture's
//
//     f = ctdiff::pow<2>(2 * x1 + 3 * x2) + 3
//
// 1. The expression is an object whose TYPE is the tree (Boost.YAP's expression templates): each
//    operator returns a node type holding its operands, so `2 * x1` has type
//    expr<multiplies, tuple<terminal<int>, terminal<variable<0, "x1">>>>. The walk below reads the
//    tree with `if constexpr` over ctdiff's concepts, one branch per kind of node, the way every
//    ctdiff algorithm (evaluate, to_string, lowering) is written.
// 2. Facts about the tree are functions of the type alone: node count, depth, the variables used,
//    computed by recursion over types at compile time (here by hand, and by ctdiff's shape.hpp).
// 3. explain(f, x1) shows the derivation rule by rule, as the lecture writes it; the result
//    prints as text, in constant expressions too, and as LaTeX.
// 4. d(f, x1) does not build a bigger tree: in constant evaluation f is lowered to a graph of
//    distinct subexpressions (hash-consed, so shared), the derivative's nodes are added to it, and
//    the result is frozen into a static constexpr member of a type. The derivative object holds
//    only f's run-time numbers.
// 5. The gradient is one program on that graph: a forward sweep and a backward sweep.
// The dot texts render with Graphviz: `./metaprogramming_tour > tour.txt`, cut out a digraph,
// `dot -Tsvg`; docs/pictures/ has the lecture's, drawn the same way.
#include <ctdiff/derivative.hpp>
#include <ctdiff/explain.hpp>
#include <ctdiff/gradient.hpp>
#include <ctdiff/integer_pow.hpp>
#include <ctdiff/operators.hpp>
#include <ctdiff/program.hpp>
#include <ctdiff/shape.hpp>
#include <ctdiff/to_dot.hpp>
#include <ctdiff/to_latex.hpp>
#include <ctdiff/to_string.hpp>
#include <ctdiff/var.hpp>

#include <boost/hana/for_each.hpp>
#include <boost/hana/unpack.hpp>

#include <cstddef>
#include <cstdio>
#include <string>
#include <type_traits>

constexpr auto x1 = ctdiff::var<0, "x1">;
constexpr auto x2 = ctdiff::var<1, "x2">;
constexpr auto f = ctdiff::pow<2>(2 * x1 + 3 * x2) + 3;
using F = std::remove_cvref_t<decltype(f)>;

// An expression is a literal type: it lives in a constexpr variable and evaluates while compiling.
static_assert(f(1.0, 3.0) == 124.0);
static_assert(ctdiff::Expression<F> && F::kind == ctdiff::expr_kind::plus);

// ---- 1. the tree, read from the type ----------------------------------------------------------

constexpr char const* kind_name(ctdiff::expr_kind k) {
    using K = ctdiff::expr_kind;
    switch (k) {
    case K::terminal: return "terminal";
    case K::negate: return "negate";
    case K::plus: return "plus";
    case K::minus: return "minus";
    case K::multiplies: return "multiplies";
    case K::divides: return "divides";
    case K::call: return "call";
    default: return "other";
    }
}

template <class T>
constexpr char const* number_type() {
    if constexpr (std::is_same_v<T, int>) return "int";
    else if constexpr (std::is_same_v<T, double>) return "double";
    else return "arithmetic";
}

// One line per node: its kind and what it holds, then, at the right, to_string of its subtree.
// (The line is built by append only: g++ 12 -O2 warns falsely, -Wrestrict, on "literal" + string.)
template <class E>
void print_tree(E const& e, int depth) {
    std::string line(static_cast<std::size_t>(2 * depth), ' ');
    if constexpr (ctdiff::Variable<E>) {
        using V = ctdiff::leaf_t<E>;
        line.append("terminal<variable<").append(std::to_string(V::index)).append(", \"").append(V::name()).append("\">>");
    } else if constexpr (ctdiff::IntegerConstant<E>) {
        line += "terminal<llong<K>>: an integer in the type";
    } else if constexpr (ctdiff::Constant<E>) {
        line.append("terminal<").append(number_type<ctdiff::leaf_t<E>>()).append(">: a number held at run time");
    } else if constexpr (ctdiff::GraphTerminal<E>) {
        line += "terminal<graph leaf>: a derivative";
    } else if constexpr (ctdiff::node_of_kind<E, ctdiff::expr_kind::call>) {
        // A call's first child is the function's tag (pow<2> is integer_power<2>); the rest are
        // its arguments.
        boost::hana::unpack(e.elements, [&](auto const& tag, auto const&...) {
            using Tag = ctdiff::leaf_t<std::remove_cvref_t<decltype(tag)>>;
            line.append("call ").append(Tag::name);
            if constexpr (requires { Tag::exponent; }) line.append("<").append(std::to_string(Tag::exponent)).append(">");
        });
    } else {
        line += kind_name(E::kind);
    }
    if (line.size() < 60) line.resize(60, ' ');
    std::printf("%s %s\n", line.c_str(), ctdiff::to_string(e).c_str());

    if constexpr (ctdiff::node_of_kind<E, ctdiff::expr_kind::call>) {
        boost::hana::unpack(e.elements, [&](auto const&, auto const&... arguments) {
            (print_tree(arguments, depth + 1), ...);
        });
    } else if constexpr (!ctdiff::Terminal<E>) {
        boost::hana::for_each(e.elements, [&](auto const& child) { print_tree(child, depth + 1); });
    }
}

// ---- 2. facts computed from the type alone ----------------------------------------------------

// Counted like the printout: every leaf and every operator or call; a call's tag is part of it.
template <class E>
constexpr std::size_t node_count() {
    if constexpr (ctdiff::Terminal<E>) return 1;
    else
        return boost::hana::unpack(decltype(std::declval<E>().elements){}, [](auto const& first, auto const&... rest) {
            using First = std::remove_cvref_t<decltype(first)>;
            std::size_t const below = (std::size_t{0} + ... + node_count<std::remove_cvref_t<decltype(rest)>>());
            return 1 + below + (E::kind == ctdiff::expr_kind::call ? 0 : node_count<First>());
        });
}
template <class E>
constexpr std::size_t depth() {
    if constexpr (ctdiff::Terminal<E>) return 1;
    else
        return boost::hana::unpack(decltype(std::declval<E>().elements){}, [](auto const& first, auto const&... rest) {
            using First = std::remove_cvref_t<decltype(first)>;
            std::size_t deepest = E::kind == ctdiff::expr_kind::call ? 0 : depth<First>();
            ((deepest = depth<std::remove_cvref_t<decltype(rest)>>() > deepest ? depth<std::remove_cvref_t<decltype(rest)>>()
                                                                                : deepest),
             ...);
            return 1 + deepest;
        });
}
// The positions of the variables used, as bits.
template <class E>
constexpr unsigned long long variables_used() {
    if constexpr (ctdiff::Variable<E>) return 1ull << ctdiff::leaf_t<E>::index;
    else if constexpr (ctdiff::Terminal<E>) return 0;
    else {
        unsigned long long bits = 0;
        boost::hana::for_each(decltype(std::declval<E>().elements){},
                              [&](auto const& child) { bits |= variables_used<std::remove_cvref_t<decltype(child)>>(); });
        return bits;
    }
}

static_assert(node_count<F>() == 10);  // +, pow, +, *, 2, x1, *, 3, x2, 3
static_assert(depth<F>() == 5);       // + -> pow -> + -> * -> x1
static_assert(variables_used<F>() == 0b11);
// ctdiff's shape.hpp computes the same facts (and counts the same way):
static_assert(ctdiff::node_count_v<F> == node_count<F>() && ctdiff::depth_v<F> == depth<F>());
static_assert(ctdiff::uses_v<F, 0> && ctdiff::uses_v<F, 1> && !ctdiff::uses_v<F, 2>);

// ---- 3. and 4. the derivative: its derivation, and its graph ----------------------------------

constexpr auto df_dx1 = ctdiff::d(f, x1);
using D = std::remove_cvref_t<decltype(df_dx1)>;
static_assert(df_dx1(1.0, 3.0) == 44.0);
static_assert(ctdiff::to_string(df_dx1) == "4*(2*x1 + 3*x2)");  // printing works while compiling too
static_assert(ctdiff::GraphTerminal<D>);  // not a tree of operators: one leaf, holding a graph
// Written out as a tree, 4*(2*x1 + 3*x2) has 9 nodes; its graph has 10, of which 7 are f's
// 2*x1 + 3*x2 (its numbers, variables and three operations), shared, not copied. For a product
// of n factors the derivative as a tree has n^2 factors; on the graph it grows linearly.
static_assert(ctdiff::node_count_v<D> == 9 && ctdiff::graph_size_v<D> == 10);

int main() {
    std::printf("1. f = %s is an object; its type is the tree:\n\n", ctdiff::to_string(f).c_str());
    print_tree(f, 1);
    std::printf("\n   sizeof(f) = %zu bytes: the shape is in the type, the object holds only the numbers\n"
                "   2, 3 and 3 (and padding).\n\n",
                sizeof(f));

    std::printf("   The same tree for Graphviz, ctdiff::to_dot(f):\n%s\n", ctdiff::to_dot(f).c_str());

    std::printf("2. Facts computed from the type alone, by recursion over types:\n");
    std::printf("   nodes %zu, depth %zu, variables used (bits) %llu\n", node_count<F>(), depth<F>(), variables_used<F>());
    std::printf("   ctdiff::node_count_v<F> = %zu, depth_v<F> = %zu, variables_v<F> = {", ctdiff::node_count_v<F>,
                ctdiff::depth_v<F>);
    for (std::size_t i = 0; i != ctdiff::variables_v<F>.size(); ++i)
        std::printf(i == 0 ? "%zu" : ", %zu", static_cast<std::size_t>(ctdiff::variables_v<F>[i]));
    std::printf("}, graph_size_v<F> = %zu\n\n", ctdiff::graph_size_v<F>);

    std::printf("3. The derivation, ctdiff::explain(f, x1):\n%s", ctdiff::to_string(ctdiff::explain(f, x1)).c_str());
    std::printf("   as LaTeX, ctdiff::to_latex_equation(\"f\", d(f, x1), x1):\n   %s\n\n",
                ctdiff::to_latex_equation("f", df_dx1, x1).c_str());

    std::printf("4. d(f, x1) = %s is one leaf holding a graph; sizeof(d(f, x1)) = %zu bytes, f's three numbers.\n",
                ctdiff::to_string(df_dx1).c_str(), sizeof(df_dx1));
    std::printf("   As a tree it has %zu nodes, on its graph %zu: 2*x1 + 3*x2 (v2) is one node that f and\n"
                "   its derivative share. ctdiff::to_dot_graph(d(f, x1), \"df/dx1\"):\n%s\n",
                ctdiff::node_count_v<D>, ctdiff::graph_size_v<D>, ctdiff::to_dot_graph(df_dx1, "df/dx1").c_str());

    std::printf("5. The gradient, one forward and one backward sweep over f's graph (to_dot draws it too):\n%s",
                ctdiff::to_string(ctdiff::value_and_gradient(f)).c_str());
}
