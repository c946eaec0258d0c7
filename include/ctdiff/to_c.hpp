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
/// ("double", "float", "long double"). A derivative d(f, x) is written from the graph its evaluation
/// runs the same way.
template <Expression E>
std::string to_c(E const& e, std::string_view name = "f", std::string_view scalar = "double") {
    using G = detail::graph::program_graph<detail::graph::graph_of<E>>;  // (what evaluating e runs)
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

/// The program of gradient(f) or value_and_gradient(f) of a loop_sum as a C function
/// `void name(T const x[n], T out[S])` (the point as an array: a loop_sum may have thousands of
/// variables): the loop over i, its body the term's program with x[i + k] for its variables, and
/// the window of running partials run_loop.hpp keeps, added and stored in the same order, so the
/// numbers agree with ctdiff's.
template <bool WithValue, class Loop, class Body, class C, std::size_t M>
std::string to_c(detail::loop_program<WithValue, Loop, Body, C, M> const& p, std::string_view name = {},
                 std::string_view scalar = "double") {
    using detail::joined;
    using program = detail::loop_program<WithValue, Loop, Body, C, M>;
    constexpr auto const& g = Body::value;
    constexpr std::size_t n = program::variables, width = Loop::width;
    constexpr long long shift = Loop::shift, first_out = WithValue ? 1 : 0;
    auto text = [](auto v) { return std::to_string(v); };
    auto x_at = [&](long long k) { return joined("x[", detail::offset_text("i_", shift + k), "]"); };  // body variable k
    detail::c_program<Body, C, M> c(p.constants, scalar, width);
    for (std::size_t i = 0; i != g.size(); ++i)
        if (g.nodes[i].kind == detail::graph::op::variable) c.name[i] = x_at(g.nodes[i].k);
    for (std::size_t k = 0; k != width; ++k) c.parameters[k] = x_at(static_cast<long long>(k));
    std::string const zero = c.scalar.number(0);
    std::string const results =
        program::scalars == 0 ? joined(scalar, "* out") : joined(scalar, " out[", text(program::scalars), "]");
    std::string const point = n == 0 ? joined(scalar, " const* x") : joined(scalar, " const x[", text(n), "]");
    std::string const function = name.empty() ? (WithValue ? "f_value_and_gradient" : "f_gradient") : std::string(name);
    std::string out = joined("void ", function, "(", point, ", ", results, ") {\n", n == 0 ? "    (void)x;\n" : "");
    if (Loop::first_position > 0)  // positions no term reads
        out += joined("    for (long p_ = 0; p_ < ", text(Loop::first_position), "; ++p_) out[", detail::offset_text("p_", first_out), "] = ", zero, ";\n");
    if (WithValue) out += joined("    ", scalar, " total_ = ", zero, ";\n");
    if (width != 0)
        out += joined("    ", scalar, " window_[", text(width + 1), "] = {", zero, "};  /* the partials of ", x_at(0), " .. so far */\n");
    out += joined("    for (long i_ = ", text(Loop::first), "; i_ < ", text(Loop::last), "; ++i_) {\n");
    out += detail::indented(c.statements(true, true), "    ");
    if (WithValue) out += joined("        total_ += ", c.operand(g.roots[0]), ";\n");
    else out += joined("        (void)", c.operand(g.roots[0]), ";  /* the term: gradient(f) does not return f */\n");
    for (std::size_t k = 0; k != width; ++k) out += joined("        window_[", text(k), "] += ", c.operand(g.roots[k + 1]), ";\n");
    if (width != 0) {
        out += joined("        out[", detail::offset_text("i_", shift + first_out), "] = window_[0];\n");
        for (std::size_t k = 0; k != width; ++k) out += joined("        window_[", text(k), "] = window_[", text(k + 1), "];\n");
    }
    out += "    }\n";
    for (std::size_t k = 0; k + 1 < width; ++k)  // the last variables, complete when the loop ends
        out += joined("    out[", text(static_cast<long long>(Loop::last) + shift + static_cast<long long>(k) + first_out),
                      "] = window_[", text(k), "];\n");
    if (WithValue) out += "    out[0] = total_;\n";
    return out + "}\n";
}

/// The Hessian and H v programs of a loop_sum: to_c writes the loops of gradients only.
template <class P>
    requires detail::is_loop_second_order<P>
std::string to_c(P const&, std::string_view = {}, std::string_view = {}) {
    static_assert(detail::straight_line_only<!detail::is_loop_second_order<P>>,
                  "ctdiff::to_c(program): the second derivatives of a loop_sum are a loop, which to_c does not "
                  "write; print a Hessian's with to_string(program), or write f with ctdiff::sum for a "
                  "straight-line C function");
    return {};
}

}  // namespace ctdiff

#endif
