// The straight-line program of a frozen graph as the printers see it: one name per value (a
// variable by its own name, any other node v0, v1, ... in order, or d<name> when it is the
// adjoint of the node <name>), the text of each leaf, and each node's operation in ctdiff's plain
// notation. to_string(program) (program.hpp), to_c (to_c.hpp) and to_dot (to_dot.hpp) all walk a
// program through here, so the three outputs name every value alike.
#ifndef CTDIFF_DETAIL_PROGRAM_LISTING_HPP
#define CTDIFF_DETAIL_PROGRAM_LISTING_HPP

#include <ctdiff/detail/graph/function_list.hpp>
#include <ctdiff/detail/graph/node.hpp>
#include <ctdiff/detail/joined.hpp>
#include <ctdiff/detail/to_chars.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ctdiff::detail {

// The shortest text that reads back as v, e.g. "2.5", "1e-300", "3": detail::to_chars, the one
// formatter of every printer, as a std::string.
template <class T>
std::string number_text(T v) {
    return std::string(number_chars(v).view());
}

// base + k as code reads it: "i", "i + 1", "i - 1" (a loop_sum's positions).
inline std::string offset_text(std::string_view base, long long k) {
    if (k == 0) return std::string(base);
    return joined(base, k < 0 ? " - " : " + ", std::to_string(k < 0 ? -k : k));
}

// Every line of text with prefix before it (a loop's body).
inline std::string indented(std::string_view text, std::string_view prefix) {
    std::string out;
    for (std::size_t b = 0, e; b < text.size(); b = e + 1) {
        e = std::min(text.find('\n', b), text.size());
        out += joined(prefix, text.substr(b, e - b), "\n");
    }
    return out;
}

// The name of function f of G: only the functions G calls are complete types here.
template <class G, std::size_t I>
constexpr std::string_view function_name_if_called() {
    // (not by its rule's address: g++ 12 with the sanitizers cannot compare that with nullptr here)
    constexpr bool called = [] {
        for (graph::node const& n : G::value.nodes)
            if (n.kind == graph::op::call && n.k == static_cast<long long>(I)) return true;
        return false;
    }();
    if constexpr (called) return graph::function_at<I>::name;
    else return {};
}
template <class G>
std::string_view function_name(long long f) {
    std::string_view out;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (void)((f == static_cast<long long>(I) ? (out = function_name_if_called<G, I>(), true) : false) || ...);
    }(std::make_index_sequence<graph::function_count>{});
    return out;
}

/// The name of the variable at position k of G: its own, else the default x<k>.
template <class G>
std::string variable_name(std::size_t k) {
    constexpr auto const& g = G::value;
    return k < g.names.size() && !g.names[k].empty() ? std::string(g.names[k]) : joined("x", std::to_string(k));
}

/// The names of G's values by node: variables by their names, the other non-leaf nodes v0, v1,
/// ... in order, or d<name> for the adjoint of the node <name>; numbers get no name (they are
/// written where they are used). No two values share a name: a name already taken (a second
/// adjoint of one node, in a Jacobian's second sweep, or a variable called v0) falls back to the
/// next free v<k>.
template <class G>
std::vector<std::string> value_names() {
    using graph::op;
    constexpr auto const& g = G::value;
    std::vector<std::string> name(g.size());
    std::vector<std::string> taken;
    auto is_taken = [&](std::string const& s) { return std::find(taken.begin(), taken.end(), s) != taken.end(); };
    for (std::size_t i = 0; i != g.size(); ++i)  // variables first: they keep their names
        if (g.nodes[i].kind == op::variable) {
            std::size_t const k = static_cast<std::size_t>(g.nodes[i].k);
            std::string s = variable_name<G>(k);
            if (is_taken(s)) s = joined(s, "_", std::to_string(k));  // two variables of one name
            name[i] = s;
            taken.push_back(std::move(s));
        }
    std::size_t counter = 0;
    auto next_temporary = [&] {
        std::string s;
        do s = joined("v", std::to_string(counter++));
        while (is_taken(s));
        return s;
    };
    for (std::size_t i = 0; i != g.size(); ++i) {
        if (graph::is_leaf(g.nodes[i].kind)) continue;
        std::string s;
        if (i >= g.forward && g.adjoint_of[i] >= 0 && !name[static_cast<std::size_t>(g.adjoint_of[i])].empty())
            s = joined("d", name[static_cast<std::size_t>(g.adjoint_of[i])]);
        if (s.empty() || is_taken(s)) s = next_temporary();
        name[i] = s;
        taken.push_back(std::move(s));
    }
    return name;
}

/// A number leaf of G in ctdiff's plain notation: 2, (-1), 2.5.
template <class C, std::size_t M>
std::string plain_leaf(graph::node const& e, std::array<C, M> const& constants) {
    using graph::op;
    if (e.kind == op::integer) return parenthesised_if_negative(std::to_string(e.k));
    if (e.kind == op::number) return parenthesised_if_negative(number_text(constants[static_cast<std::size_t>(e.k)]));
    return parenthesised_if_negative(number_text(e.x));  // op::literal
}

/// What each node of G is called where it is used, in plain notation: its name, or for a
/// number the number itself.
template <class G, class C, std::size_t M>
std::vector<std::string> plain_operands(std::array<C, M> const& constants) {
    constexpr auto const& g = G::value;
    std::vector<std::string> text = value_names<G>();
    for (std::size_t i = 0; i != g.size(); ++i)
        if (text[i].empty()) text[i] = plain_leaf(g.nodes[i], constants);
    return text;
}

/// The operation of the non-leaf node e of G in plain notation, its operands written a and b:
/// "a + b", "a^2", "sin(a)".
template <class G>
std::string plain_step(graph::node const& e, std::string const& a, std::string const& b) {
    using graph::op;
    switch (e.kind) {
    case op::negate: return joined("-", a);
    case op::plus: return joined(a, " + ", b);
    case op::minus: return joined(a, " - ", b);
    case op::multiplies: return joined(a, "*", b);
    case op::divides: return joined(a, "/", b);
    case op::power: return joined(a, "^", parenthesised_if_negative(std::to_string(e.k)));
    case op::call: return joined(function_name<G>(e.k), "(", a, e.b >= 0 ? joined(", ", b) : std::string(), ")");
    default: return {};
    }
}

/// What each root of a derivative program stands for, by root: f, df/dx1, d2f/dx1dx2, (H v)[0].
template <class Shape, class G>
std::vector<std::string> output_names() {
    constexpr auto const& g = G::value;
    std::vector<std::string> outputs;
    for (std::size_t r = 0; r != g.root_count(); ++r) {
        auto const m = Shape::meaning(r);
        std::string const f = Shape::functions == 1 ? std::string("f") : joined("f", std::to_string(m.row + 1));
        if (m.order < 0) outputs.push_back(joined("(H v)[", std::to_string(m.i), "]"));
        else if (m.order == 0) outputs.push_back(f);
        else if (m.order == 1) outputs.push_back(joined("d", f, "/d", variable_name<G>(m.i)));
        else if (m.i == m.j) outputs.push_back(joined("d2", f, "/d", variable_name<G>(m.i), "^2"));
        else outputs.push_back(joined("d2", f, "/d", variable_name<G>(m.i), "d", variable_name<G>(m.j)));
    }
    return outputs;
}

}  // namespace ctdiff::detail

#endif
