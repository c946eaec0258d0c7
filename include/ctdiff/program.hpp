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

namespace detail {

// A loop_sum's program as text: the loop over i, its body's program (on the body's own variables,
// which stand for x[i + k]) and what each index adds. With Gradient the body's roots start with the
// term and its gradient, which each index adds to the gradient (and, with AddsF, the term to f);
// with Hessian the upper triangle of its Hessian follows, which each index adds to H.
template <class Loop, class Body, bool Gradient, bool AddsF, bool Hessian, class C, std::size_t M>
std::string loop_program_text(std::array<C, M> const& constants) {
    constexpr std::size_t width = Loop::width;
    std::string const range = joined("for i = ", std::to_string(Loop::first), " .. ", std::to_string(Loop::last - 1));
    if constexpr (Hessian && width == 0) {  // (no body Hessian to print)
        return range + (AddsF ? ": no variable; f += term, a number\n" : ": no variable, no entry\n");
    } else {
        auto position = [](std::size_t k) { return offset_text("i", Loop::shift + static_cast<long long>(k)); };
        std::string names, adds = AddsF ? "  f += term;\n" : "";
        std::vector<std::string> outputs;
        if (Gradient) outputs.push_back("term");
        for (std::size_t a = 0; a != width; ++a) {
            std::string const xa = variable_name<Body>(a);
            names += joined(a == 0 ? "" : ", ", xa, " = x[", position(a), "]");
            if (!Gradient) continue;
            outputs.push_back(joined("dterm/d", xa));
            adds += joined("  df/dx[", position(a), "] += dterm/d", xa, ";\n");
        }
        for (std::size_t a = 0; a != (Hessian ? width : 0); ++a)
            for (std::size_t b = a; b != width; ++b) {
                std::string const entry = joined("d2term/d", variable_name<Body>(a), "d", variable_name<Body>(b));
                outputs.push_back(entry);
                std::size_t const first = Gradient ? 1 + width : 0;
                if (graph::is_zero_root<Body>(first + graph::upper_index(a, b, width))) continue;
                adds += joined("  H[", position(a), "][", position(b), "] += ", entry, ";\n");
                if (a != b) adds += joined("  H[", position(b), "][", position(a), "] += ", entry, ";\n");
            }
        return joined(range, width == 0 ? "" : joined(", with ", names), "\n",
                      indented(program_text<Body>(constants, outputs), "  "), adds);
    }
}

}  // namespace detail

/// A loop_sum's gradient program: the loop, its body's program (on the body's own variables,
/// which stand for x[i + k]) and how each index adds its term to f and to the gradient.
template <bool WithValue, class Loop, class Body, class C, std::size_t M>
std::string to_string(detail::loop_program<WithValue, Loop, Body, C, M> const& p) {
    return detail::loop_program_text<Loop, Body, true, WithValue, false>(p.constants);
}

/// A loop_sum's sparse Hessian program: the loop over the term's Hessian program and the entries
/// of H each index adds to; each line's entry and its mirror are one value, computed once.
template <class Loop, class C, std::size_t M>
std::string to_string(detail::loop_sparse_hessian_program<Loop, C, M> const& p) {
    using body = typename detail::loop_sparse_hessian_program<Loop, C, M>::body_hessian;
    return detail::loop_program_text<Loop, body, false, false, true>(p.constants);
}

/// The same loop for hessian(f) of a loop_sum, which writes the zeros of H first.
template <class Loop, class C, std::size_t M>
std::string to_string(detail::loop_hessian_program<Loop, C, M> const& p) {
    using body = typename detail::loop_hessian_program<Loop, C, M>::body_hessian;
    return detail::loop_program_text<Loop, body, false, false, true>(p.constants);
}

/// The same loop for value_gradient_hessian(f) of a loop_sum, its body's program giving the term
/// and its gradient too.
template <class Loop, class C, std::size_t M>
std::string to_string(detail::loop_value_gradient_hessian_program<Loop, C, M> const& p) {
    using body = typename detail::loop_value_gradient_hessian_program<Loop, C, M>::body;
    return detail::loop_program_text<Loop, body, true, true, true>(p.constants);
}

}  // namespace ctdiff

#endif
