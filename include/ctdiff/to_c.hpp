// C source of a function, ready to paste: to_c(f, "f") writes f's shared graph as a straight-line
// function `double f(double x1, double x2)`, and to_c(gradient(f), "grad_f") writes the program a
// derivative callable runs (value_and_gradient, jacobian, the Hessians too) as
// `void grad_f(double x1, double x2, double out[2])`, its results stored to out in the order
// program(x, std::span out) writes them. The steps and names are those of to_string(program);
// each step computes what ctdiff computes, in the same order, so the numbers agree. The code is C99
// and C++ alike and needs <math.h>.
#ifndef CTDIFF_TO_C_HPP
#define CTDIFF_TO_C_HPP

#include <ctdiff/detail/c_source.hpp>
#include <ctdiff/detail/graph/lower.hpp>
#include <ctdiff/detail/program_listing.hpp>
#include <ctdiff/evaluate.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/gradient.hpp>
#include <ctdiff/hessian.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ctdiff {

/// f as a C function `T name(T x1, T x2, ...)` returning f's value: one `T const v = ...;` per
/// node of f's shared graph (a shared subexpression is computed once), T being `scalar`
/// ("double", "float", "long double"). A derivative d(f, x) is written from its graph the same way.
template <Expression E>
std::string to_c(E const& e, std::string_view name = "f", std::string_view scalar = "double") {
    using G = detail::graph::graph_of<E>;
    auto const constants = detail::graph::numbers_array(e);
    detail::c_program<G, typename decltype(constants)::value_type, constants.size()> const c(constants, scalar, arity_v<E>);
    return detail::joined(scalar, " ", name, "(", c.parameter_list(), ") {\n", c.statements(false), "    return ",
                          c.operand(G::value.roots[0]), ";\n}\n");
}

/// The program of gradient(f), value_and_gradient(f), jacobian(f1, ...), hessian(f),
/// value_gradient_hessian(f) or sparse_hessian(f) as a C function
/// `void name(T x1, T x2, ..., T out[S])`, under comments naming its forward and backward sweeps;
/// out[p] receives the p-th number program(x, out) writes (a comment says which: df/dx1, ...).
/// An empty name is f_gradient, f_value_and_gradient, ... after the callable.
template <class Shape, class G, class C, std::size_t M>
std::string to_c(detail::derivative_program<Shape, G, C, M> const& p, std::string_view name = {},
                 std::string_view scalar = "double") {
    constexpr auto const& g = G::value;
    detail::c_program<G, C, M> const c(p.constants, scalar, Shape::variables);
    std::vector<std::string> const outputs = detail::output_names<Shape, G>();
    // (a program of no outputs, the gradient of a constant, takes a pointer: C has no empty arrays)
    std::string const results = Shape::scalars == 0 ? detail::joined(scalar, "* out")
                                                    : detail::joined(scalar, " out[", std::to_string(Shape::scalars), "]");
    std::string out = detail::joined("void ", name.empty() ? Shape::c_name : name, "(",
                                     c.parameter_list(results), ") {\n", Shape::scalars == 0 ? "    (void)out;\n" : "",
                                     c.statements(true));
    for (std::size_t q = 0; q != Shape::scalars; ++q) {
        std::size_t const r = Shape::root_of(q);
        out += detail::joined("    out[", std::to_string(q), "] = ", c.operand(g.roots[r]), ";  /* ", outputs[r], " */\n");
    }
    return out + "}\n";
}

/// hessian_vector_product(f) as `void name(T x1, ..., T v_0, ..., T out[n])`: x, then v.
template <class Program, std::size_t N>
std::string to_c(detail::hessian_vector_product_program<Program, N> const& p, std::string_view name = {},
                 std::string_view scalar = "double") {
    return to_c(p.program, name, scalar);
}

/// A loop_sum's gradient program is a loop over its body's program: to_c writes straight-line
/// programs only. to_string(program) prints the loop; to_c of the same f written with
/// ctdiff::sum gives the unrolled program.
template <bool WithValue, class Loop, class Body, class C, std::size_t M>
std::string to_c(detail::loop_program<WithValue, Loop, Body, C, M> const&, std::string_view = {}, std::string_view = "double") {
    static_assert(detail::straight_line_only<WithValue>, "ctdiff::to_c(program): the program of a loop_sum is a loop, which to_c does not "
                                 "write; print it with to_string(program), or write f with ctdiff::sum");
    return {};
}

}  // namespace ctdiff

#endif
