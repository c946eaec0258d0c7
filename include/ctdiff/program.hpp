// The program behind a derivative, as text: to_string(gradient(f)) (or value_and_gradient(f),
// jacobian(...)) lists the straight-line program ctdiff evaluates, one numbered assignment per
// node, the forward sweep first and then the backward sweep, where each adjoint is named after
// the node it belongs to (dv2 is df/dv2, dx1 is df/dx1). It is how to check the pass by eye, and
// it reads like a lecture's backward pass.
#ifndef CTDIFF_PROGRAM_HPP
#define CTDIFF_PROGRAM_HPP

#include <ctdiff/detail/graph/function_list.hpp>
#include <ctdiff/detail/graph/node.hpp>
#include <ctdiff/gradient.hpp>
#include <ctdiff/hessian.hpp>

#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ctdiff {

namespace detail {

// Strings joined by append: g++ 12 -O3 warns falsely (-Wrestrict) on "literal" + std::string.
template <class... Pieces>
std::string joined(Pieces const&... pieces) {
    std::string out;
    (out.append(std::string_view(pieces)), ...);
    return out;
}

template <class T>
std::string number_text(T v) {
    char buf[64];
    auto const result = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, result.ptr);
}

inline std::string_view function_name(long long f) {
    std::string_view out;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (void)((f == static_cast<long long>(I) ? (out = graph::function_at<I>::name, true) : false) || ...);
    }(std::make_index_sequence<graph::function_list::size>{});
    return out;
}

template <class G, class C, std::size_t M>
std::string program_text(std::array<C, M> const& constants, std::vector<std::string> const& outputs) {
    using graph::op;
    constexpr auto const& g = G::value;
    std::vector<std::string> name(g.size());
    auto variable_name = [&](std::size_t k) {
        return k < g.names.size() && !g.names[k].empty() ? std::string(g.names[k]) : joined("x", std::to_string(k));
    };
    std::size_t counter = 0;
    for (std::size_t i = 0; i != g.size(); ++i) {  // leaves are written in place, nodes by name
        graph::node const& e = g.nodes[i];
        if (e.kind == op::variable) name[i] = variable_name(static_cast<std::size_t>(e.k));
        else if (e.kind == op::integer) name[i] = e.k < 0 ? joined("(", std::to_string(e.k), ")") : std::to_string(e.k);
        else if (e.kind == op::number) name[i] = number_text(constants[static_cast<std::size_t>(e.k)]);
        else if (e.kind == op::literal) name[i] = number_text(e.x);
        else if (i >= g.forward && g.adjoint_of[i] >= 0) name[i] = joined("d", name[static_cast<std::size_t>(g.adjoint_of[i])]);
        else name[i] = joined("v", std::to_string(counter++));
    }
    std::string out = "forward sweep\n";
    bool backward = false;
    for (std::size_t i = 0; i != g.size(); ++i) {
        graph::node const& e = g.nodes[i];
        if (graph::is_leaf(e.kind)) continue;
        if (i >= g.forward && !backward) {
            out += "backward sweep\n";
            backward = true;
        }
        std::string const a = e.a >= 0 ? name[static_cast<std::size_t>(e.a)] : "";
        std::string const b = e.b >= 0 ? name[static_cast<std::size_t>(e.b)] : "";
        std::string rhs;
        switch (e.kind) {
        case op::negate: rhs = joined("-", a); break;
        case op::plus: rhs = joined(a, " + ", b); break;
        case op::minus: rhs = joined(a, " - ", b); break;
        case op::multiplies: rhs = joined(a, "*", b); break;
        case op::divides: rhs = joined(a, "/", b); break;
        case op::power: rhs = joined(a, "^", e.k < 0 ? joined("(", std::to_string(e.k), ")") : std::to_string(e.k)); break;
        case op::call: rhs = joined(function_name(e.k), "(", a, e.b >= 0 ? joined(", ", b) : std::string(), ")"); break;
        default: break;
        }
        out += joined("  ", name[i], " = ", rhs, ";\n");
    }
    out += "result\n";
    for (std::size_t r = 0; r != g.root_count(); ++r)
        out += joined("  ", outputs[r], " = ", name[static_cast<std::size_t>(g.roots[r])], ";\n");
    return out;
}

}  // namespace detail

/// The program a gradient, value_and_gradient, jacobian or hessian callable runs, as numbered
/// assignments.
template <class Shape, class G, class C, std::size_t M>
std::string to_string(detail::derivative_program<Shape, G, C, M> const& p) {
    constexpr auto const& g = G::value;
    auto variable = [](std::size_t j) {
        return j < g.names.size() && !g.names[j].empty() ? std::string(g.names[j]) : detail::joined("x", std::to_string(j));
    };
    std::vector<std::string> outputs;
    for (std::size_t r = 0; r != g.root_count(); ++r) {
        detail::root_meaning const m = Shape::meaning(r);
        std::string const f = Shape::functions == 1 ? std::string("f") : detail::joined("f", std::to_string(m.row + 1));
        if (m.order < 0) outputs.push_back(detail::joined("(H v)[", std::to_string(m.i), "]"));
        else if (m.order == 0) outputs.push_back(f);
        else if (m.order == 1) outputs.push_back(detail::joined("d", f, "/d", variable(m.i)));
        else if (m.i == m.j) outputs.push_back(detail::joined("d2", f, "/d", variable(m.i), "^2"));
        else outputs.push_back(detail::joined("d2", f, "/d", variable(m.i), "d", variable(m.j)));
    }
    return detail::program_text<G>(p.constants, outputs);
}

}  // namespace ctdiff

#endif
