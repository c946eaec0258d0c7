// Graphviz pictures: to_dot(f) is f's expression tree (one node per node of the tree, labelled
// "+", "^2", "sin", "x1", "3"), to_dot_graph(f) is the shared graph ctdiff builds from it, and
// to_dot(gradient(f)) (or any derivative program) is the program it runs, forward sweep and
// backward sweep in two clusters, each node labelled with its step ("dx1 = v4*v2"). In the tree a
// subexpression written twice is drawn twice; in the graph it is one node with two edges out.
// Render with `dot -Tsvg f.dot > f.svg`; tools/make_pictures.sh draws the lecture's.
#ifndef CTDIFF_TO_DOT_HPP
#define CTDIFF_TO_DOT_HPP

#include <ctdiff/detail/dot_text.hpp>
#include <ctdiff/detail/graph/lower.hpp>
#include <ctdiff/detail/program_listing.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/gradient.hpp>
#include <ctdiff/hessian.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace ctdiff {

/// The expression tree of e as a dot digraph, root at the top, operands left to right. A
/// derivative d(f, x) is drawn as the tree to_string writes.
template <Expression E>
std::string to_dot(E const& e) {
    detail::dot_tree t;
    detail::dot_tree_node(t, e);
    return detail::joined("digraph tree {\n  ordering=out;\n  node [fontname=\"Helvetica\"];\n  edge [dir=none];\n",
                          t.nodes, t.edges, "}\n");
}

/// The shared graph of e as a dot digraph, data flowing left to right: one node per distinct
/// subexpression. For a derivative d(f, x) the nodes of f it reads form the cluster "nodes of f"
/// and its own the cluster "derivative nodes"; the result is labelled `name`.
template <Expression E>
std::string to_dot_graph(E const& e, std::string_view name = "f") {
    using G = detail::graph::graph_of<E>;
    return detail::dot_program<G>("graph", detail::graph::numbers_array(e), {std::string(name)}, "nodes of f", "derivative nodes");
}

/// The program of gradient(f), value_and_gradient(f), jacobian(...) or a Hessian callable as a
/// dot digraph: its forward sweep and backward sweep in two clusters, named as
/// to_string(program) names them, and one box per output (f, df/dx1, ...).
template <class Shape, class G, class C, std::size_t M>
std::string to_dot(detail::derivative_program<Shape, G, C, M> const& p) {
    return detail::dot_program<G>("program", p.constants, detail::output_names<Shape, G>(), "forward sweep",
                                  "backward sweep");
}
template <class Program, std::size_t N>
std::string to_dot(detail::hessian_vector_product_program<Program, N> const& p) {
    return to_dot(p.program);
}

/// A loop_sum's gradient program is a loop over its body's program: to_dot draws straight-line
/// programs only. to_string(program) and to_c(program) print the loop; to_dot of the same f
/// written with ctdiff::sum draws the unrolled program.
template <bool WithValue, class Loop, class Body, class C, std::size_t M>
std::string to_dot(detail::loop_program<WithValue, Loop, Body, C, M> const&) {
    static_assert(detail::straight_line_only<WithValue>, "ctdiff::to_dot(program): the program of a loop_sum is a loop, which to_dot does not "
                                 "draw; print it with to_string(program) or to_c(program), or write f with ctdiff::sum");
    return {};
}

/// The same for the Hessian and H v programs of a loop_sum.
template <class P>
    requires detail::is_loop_second_order<P>
std::string to_dot(P const&) {
    static_assert(detail::straight_line_only<!detail::is_loop_second_order<P>>,
                  "ctdiff::to_dot(program): the second derivatives of a loop_sum are a loop, which to_dot does "
                  "not draw; print a Hessian's with to_string(program), or write f with ctdiff::sum");
    return {};
}

}  // namespace ctdiff

#endif
