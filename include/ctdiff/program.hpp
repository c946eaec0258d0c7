// The program behind a derivative, as text: to_string(gradient(f)) (or value_and_gradient(f),
// jacobian(...)) lists the straight-line program ctdiff evaluates, one numbered assignment per
// node, the forward sweep first and then the backward sweep, where each adjoint is named after
// the node it belongs to (dv2 is df/dv2, dx1 is df/dx1). It is how to check the pass by eye, and
// it reads like a lecture's backward pass.
#ifndef CTDIFF_PROGRAM_HPP
#define CTDIFF_PROGRAM_HPP

#include <ctdiff/detail/graph/node.hpp>
#include <ctdiff/detail/program_listing.hpp>
#include <ctdiff/gradient.hpp>
#include <ctdiff/hessian.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace ctdiff {

namespace detail {

template <class G, class C, std::size_t M>
std::string program_text(std::array<C, M> const& constants, std::vector<std::string> const& outputs) {
    constexpr auto const& g = G::value;
    std::vector<std::string> const text = plain_operands<G>(constants);
    auto operand = [&](int i) { return i >= 0 ? text[static_cast<std::size_t>(i)] : std::string(); };
    std::string out = "forward sweep\n";
    bool backward = false;
    for (std::size_t i = 0; i != g.size(); ++i) {
        graph::node const& e = g.nodes[i];
        if (graph::is_leaf(e.kind)) continue;
        if (i >= g.forward && !backward) {
            out += "backward sweep\n";
            backward = true;
        }
        out += joined("  ", text[i], " = ", plain_step<G>(e, operand(e.a), operand(e.b)), ";\n");
    }
    out += "result\n";
    for (std::size_t r = 0; r != g.root_count(); ++r)
        out += joined("  ", outputs[r], " = ", text[static_cast<std::size_t>(g.roots[r])], ";\n");
    return out;
}

}  // namespace detail

/// The program a gradient, value_and_gradient, jacobian or hessian callable runs, as numbered
/// assignments.
template <class Shape, class G, class C, std::size_t M>
std::string to_string(detail::derivative_program<Shape, G, C, M> const& p) {
    return detail::program_text<G>(p.constants, detail::output_names<Shape, G>());
}

/// A loop_sum's gradient program: the loop, its body's program (on the body's own variables,
/// which stand for x[i + k]) and how each index adds its term to f and to the gradient.
template <bool WithValue, class Loop, class Body, class C, std::size_t M>
std::string to_string(detail::loop_program<WithValue, Loop, Body, C, M> const& p) {
    using detail::joined;
    auto at = [](std::size_t k) {  // x[i + shift + k]
        return joined("x[", detail::offset_text("i", Loop::shift + static_cast<long long>(k)), "]");
    };
    std::string names;
    std::vector<std::string> outputs{"term"};
    for (std::size_t k = 0; k != Loop::width; ++k) {
        std::string const x = detail::variable_name<Body>(k);
        names += joined(k == 0 ? "" : ", ", x, " = ", at(k));
        outputs.push_back(joined("dterm/d", x));
    }
    std::string out = joined("for i = ", std::to_string(Loop::first), " .. ", std::to_string(Loop::last - 1),
                             Loop::width == 0 ? std::string() : joined(", with ", names), "\n");
    out += detail::indented(detail::program_text<Body>(p.constants, outputs), "  ");
    if (WithValue) out += "  f += term;\n";
    for (std::size_t k = 0; k != Loop::width; ++k)
        out += joined("  df/d", at(k), " += dterm/d", detail::variable_name<Body>(k), ";\n");
    return out;
}

namespace detail {

// A loop_sum's Hessian program: the loop, its body's Hessian program (the upper triangle, on the
// body's own variables, which stand for x[i + k]; WithValueGradient: after the term and its
// gradient) and what each index adds to f, the gradient and the entries of H.
template <class Loop, class body, bool WithValueGradient, class C, std::size_t M>
std::string loop_hessian_text(std::array<C, M> const& constants) {
    constexpr std::size_t width = Loop::width;
    std::string const range = joined("for i = ", std::to_string(Loop::first), " .. ", std::to_string(Loop::last - 1));
    if constexpr (width == 0) {
        return range + (WithValueGradient ? ": no variable; f += term, a number\n" : ": no variable, no entry\n");
    } else {
        auto at = [](std::size_t k) { return detail::offset_text("i", Loop::shift + static_cast<long long>(k)); };
        std::string names, adds;
        std::vector<std::string> outputs;
        if (WithValueGradient) {
            outputs.push_back("term");
            adds += "  f += term;\n";
            for (std::size_t a = 0; a != width; ++a) {
                outputs.push_back(joined("dterm/d", detail::variable_name<body>(a)));
                adds += joined("  df/dx[", at(a), "] += dterm/d", detail::variable_name<body>(a), ";\n");
            }
        }
        for (std::size_t a = 0; a != width; ++a) {
            std::string const xa = detail::variable_name<body>(a);
            names += joined(a == 0 ? "" : ", ", xa, " = x[", at(a), "]");
            for (std::size_t b = a; b != width; ++b) {
                std::string const entry = joined("d2term/d", xa, "d", detail::variable_name<body>(b));
                outputs.push_back(entry);
                std::size_t const first = WithValueGradient ? 1 + width : 0;
                if (detail::graph::is_zero_root<body>(first + detail::graph::upper_index(a, b, width))) continue;
                adds += joined("  H[", at(a), "][", at(b), "] += ", entry, ";\n");
                if (a != b) adds += joined("  H[", at(b), "][", at(a), "] += ", entry, ";\n");
            }
        }
        return joined(range, ", with ", names, "\n",
                      detail::indented(detail::program_text<body>(constants, outputs), "  "), adds);
    }
}

}  // namespace detail

/// A loop_sum's sparse Hessian program: the loop over the term's Hessian program and the entries
/// of H each index adds to; each line's entry and its mirror are one value, computed once.
template <class Loop, class C, std::size_t M>
std::string to_string(detail::loop_sparse_hessian_program<Loop, C, M> const& p) {
    return detail::loop_hessian_text<Loop, typename detail::loop_sparse_hessian_program<Loop, C, M>::body_hessian, false>(p.constants);
}

/// The same loop for hessian(f) of a loop_sum, which writes the zeros of H first.
template <class Loop, class C, std::size_t M>
std::string to_string(detail::loop_hessian_program<Loop, C, M> const& p) {
    return detail::loop_hessian_text<Loop, typename detail::loop_hessian_program<Loop, C, M>::body_hessian, false>(p.constants);
}

/// The same loop for value_gradient_hessian(f) of a loop_sum, its body's program giving the term
/// and its gradient too.
template <class Loop, class C, std::size_t M>
std::string to_string(detail::loop_value_gradient_hessian_program<Loop, C, M> const& p) {
    return detail::loop_hessian_text<Loop, typename detail::loop_value_gradient_hessian_program<Loop, C, M>::body, true>(p.constants);
}

}  // namespace ctdiff

#endif
