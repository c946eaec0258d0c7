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
//    computed by recursion over types at compile time.
// 3. d(f, x1) does not build a bigger tree: in constant evaluation f is lowered to a graph of
//    distinct subexpressions (hash-consed, so shared), the derivative's nodes are added to it, and
//    the result is frozen into a static constexpr member of a type. The derivative object holds
//    only f's run-time numbers.
// 4. The gradient is one program on that graph: a forward sweep and a backward sweep.
#include <ctdiff/ctdiff.hpp>

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
template <class E>
void print_tree(E const& e, int depth) {
    std::string line(static_cast<std::size_t>(2 * depth), ' ');
    if constexpr (ctdiff::Variable<E>) {
        using V = ctdiff::leaf_t<E>;
        line += "terminal<variable<" + std::to_string(V::index) + ", \"" + std::string(V::name()) + "\">>";
    } else if constexpr (ctdiff::IntegerConstant<E>) {
        line += "terminal<llong<K>>: an integer in the type";
    } else if constexpr (ctdiff::Constant<E>) {
        line += std::string("terminal<") + number_type<ctdiff::leaf_t<E>>() + ">: a number held at run time";
    } else if constexpr (ctdiff::GraphTerminal<E>) {
        line += "terminal<graph leaf>: a derivative";
    } else if constexpr (ctdiff::node_of_kind<E, ctdiff::expr_kind::call>) {
        // A call's first child is the function's tag (pow<2> is integer_power<2>); the rest are
        // its arguments.
        boost::hana::unpack(e.elements, [&](auto const& tag, auto const&...) {
            using Tag = ctdiff::leaf_t<std::remove_cvref_t<decltype(tag)>>;
            line += std::string("call ") + std::string(Tag::name);
            if constexpr (requires { Tag::exponent; }) line += "<" + std::to_string(Tag::exponent) + ">";
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
// TODO(coordinator): once shape.hpp (helper h2) is merged, the library's own facts agree:
//   static_assert(ctdiff::node_count_v<F> == node_count<F>() && ctdiff::depth_v<F> == depth<F>());

// ---- 3. the derivative lives on a graph -------------------------------------------------------

constexpr auto df_dx1 = ctdiff::d(f, x1);
using D = std::remove_cvref_t<decltype(df_dx1)>;
static_assert(ctdiff::GraphTerminal<D>);  // not a tree of operators: one leaf, holding a graph
using G = ctdiff::leaf_t<D>::graph_type;  // the frozen graph is G::value, a static constexpr member
static_assert(df_dx1(1.0, 3.0) == 44.0);

// The graph's nodes as SSA assignments: n_i = ..., children before parents. (This reads
// ctdiff::detail, the library's internals, which a user never needs.)
std::string node_text(ctdiff::detail::graph::node const& n) {
    auto const& numbers = ctdiff::value(df_dx1).constants;  // the run-time numbers the object holds
    using ctdiff::detail::graph::op;
    auto const a = "n" + std::to_string(n.a), b = "n" + std::to_string(n.b);
    switch (n.kind) {
    case op::variable: return std::string(G::value.names[static_cast<std::size_t>(n.k)]) + "  (variable " + std::to_string(n.k) + ")";
    case op::integer: return std::to_string(n.k) + "  (an integer in the graph's type)";
    case op::number:
        return "numbers[" + std::to_string(n.k) + "] = " + std::to_string(numbers[static_cast<std::size_t>(n.k)]) +
               "  (a number the object holds)";
    case op::negate: return "-" + a;
    case op::plus: return a + " + " + b;
    case op::minus: return a + " - " + b;
    case op::multiplies: return a + "*" + b;
    case op::divides: return a + "/" + b;
    case op::power: return a + "^" + std::to_string(n.k);
    case op::call: return "call of function " + std::to_string(n.k);
    default: return "?";
    }
}

int main() {
    std::printf("1. f = %s is an object; its type is the tree:\n\n", ctdiff::to_string(f).c_str());
    print_tree(f, 1);
    std::printf("\n   sizeof(f) = %zu bytes: the shape is in the type, the object holds only the numbers\n"
                "   2, 3 and 3 (and padding).\n\n",
                sizeof(f));

    std::printf("2. Facts computed from the type alone, by recursion over types:\n");
    std::printf("   nodes %zu, depth %zu, variables used (bits) %llu\n", node_count<F>(), depth<F>(), variables_used<F>());
    // TODO(coordinator): print ctdiff::node_count_v<F>, depth_v<F>, variables_v<F> and
    // graph_size_v<F> (shape.hpp, helper h2) here instead of, or beside, the example's own.
    std::printf("\n");

    std::printf("3. d(f, x1) = %s, its value at (1, 3) = %g\n", ctdiff::to_string(df_dx1).c_str(), df_dx1(1.0, 3.0));
    std::printf("   sizeof(d(f, x1)) = %zu bytes: f's three numbers. Its structure is the graph G::value of\n"
                "   %zu nodes, built while compiling, f's distinct subexpressions and the derivative's:\n",
                sizeof(df_dx1), G::value.size());
    for (std::size_t i = 0; i != G::value.size(); ++i)
        std::printf("     n%zu = %s%s\n", i, node_text(G::value.nodes[i]).c_str(),
                    static_cast<int>(i) == G::value.roots[0] ? "   <- the root: d(f, x1)" : "");
    std::printf("   2*x1 + 3*x2 is n6, one node that f and its derivative share; n8 = 2*2 is arithmetic of\n"
                "   numbers only, printed as the 4 of 4*(2*x1 + 3*x2). f's square and + 3 are not needed by\n"
                "   the derivative, so its graph dropped them.\n");
    // TODO(coordinator): ctdiff::explain(f, x1) (helper h2) prints the rules applied, node by node:
    //   std::printf("%s", ctdiff::to_string(ctdiff::explain(f, x1)).c_str());
    // TODO(coordinator): ctdiff::to_dot(f) and to_dot(gradient program) (helper h3), for Graphviz,
    // and ctdiff::to_latex(df_dx1) (helper h1).
    std::printf("\n");

    std::printf("4. The gradient, one forward and one backward sweep over f's graph:\n%s",
                ctdiff::to_string(ctdiff::value_and_gradient(f)).c_str());
}
