// How to_c writes a program in C: the same steps and names as the program listing
// (program_listing.hpp), each spelled so that C and C++ compute what ctdiff's run.hpp computes,
// operation for operation, in the scalar type.
#ifndef CTDIFF_DETAIL_C_SOURCE_HPP
#define CTDIFF_DETAIL_C_SOURCE_HPP

#include <ctdiff/detail/graph/node.hpp>
#include <ctdiff/detail/program_listing.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ctdiff::detail {

/// The scalar type of the emitted code. Its numbers are written as literals of that type
/// (2.5f for float, 2.5L for long double), so C rounds them as ctdiff's static_cast<T> does.
struct c_scalar {
    std::string_view type;

    template <class T>
    static std::string literal(T v, std::string_view suffix, std::string_view huge) {
        if (std::isnan(v)) return "NAN";
        if (std::isinf(v)) return v < 0 ? joined("(-", huge, ")") : std::string(huge);
        std::string s = number_text(v);
        if (s.find_first_of(".e") == std::string::npos) s += ".0";  // 3 -> 3.0: not an int
        return parenthesised_if_negative(joined(s, suffix));
    }
    template <class N>
    std::string number(N v) const {
        if (type == "float") return literal(static_cast<float>(v), "f", "HUGE_VALF");
        if (type == "long double") return literal(static_cast<long double>(v), "L", "HUGE_VALL");
        return literal(static_cast<double>(v), "", "HUGE_VAL");
    }
};

// A name that C accepts: letters, digits and _ kept, every other run of characters one _ (v[0]
// becomes v_0); a name C, C++ or <math.h> already uses, or `out`, gets a trailing _.
inline std::string c_identifier(std::string_view name) {
    std::string out;
    for (char ch : name) {
        bool const keep = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
        if (keep) out += ch;
        else if (!out.empty() && out.back() != '_') out += '_';
    }
    while (!out.empty() && out.back() == '_' && !name.empty() && name.back() != '_') out.pop_back();
    if (out.empty() || (out[0] >= '0' && out[0] <= '9')) out.insert(0, "x_");
    static constexpr std::string_view reserved[] = {
        "out", "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
        "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
        "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
        "volatile", "while", "bool", "true", "false", "class", "new", "delete", "this", "template",
        "typename", "namespace", "using", "operator", "and", "or", "not", "fabs", "pow", "sqrt", "cbrt", "exp", "log", "exp2", "expm1", "log2", "log10",
        "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "hypot", "sinh", "cosh", "tanh",
        "asinh", "acosh", "atanh", "erf", "erfc", "NAN", "HUGE_VAL", "HUGE_VALF", "HUGE_VALL"};
    if (std::find(std::begin(reserved), std::end(reserved), out) != std::end(reserved)) out += '_';
    return out;
}

/// G's program in C: the names of its values and parameters, and each step's right-hand side.
template <class G, class C, std::size_t M>
struct c_program {
    static constexpr auto const& g = G::value;
    std::array<C, M> const& constants;
    c_scalar scalar;
    std::vector<std::string> name;        // by node: the C name of a value, empty for a number
    std::vector<std::string> parameters;  // by variable position

    c_program(std::array<C, M> const& k, std::string_view type, std::size_t variables)
        : constants(k), scalar{type}, name(value_names<G>()), parameters(variables) {
        std::vector<std::string> taken;
        auto unique = [&](std::string s) {
            while (std::find(taken.begin(), taken.end(), s) != taken.end()) s += '_';
            taken.push_back(s);
            return s;
        };
        for (std::size_t i = 0; i != g.size(); ++i)
            if (!name[i].empty()) name[i] = unique(c_identifier(name[i]));
        for (std::size_t i = 0; i != g.size(); ++i)
            if (g.nodes[i].kind == graph::op::variable && static_cast<std::size_t>(g.nodes[i].k) < variables)
                parameters[static_cast<std::size_t>(g.nodes[i].k)] = name[i];
        for (std::size_t k = 0; k != variables; ++k)  // variables the program does not read
            if (parameters[k].empty()) parameters[k] = unique(c_identifier(variable_name<G>(k)));
    }

    // An integer leaf (c<2>, or a number of integral type): C may keep it an int where the other
    // operand makes the arithmetic the scalar type's.
    bool integer_leaf(int i) const {
        graph::node const& e = g.nodes[static_cast<std::size_t>(i)];
        return e.kind == graph::op::integer || (e.kind == graph::op::number && std::is_integral_v<C>);
    }
    std::string integer_text(graph::node const& e) const {
        return parenthesised_if_negative(e.kind == graph::op::integer ? std::to_string(e.k)
                                                                      : std::to_string(constants[static_cast<std::size_t>(e.k)]));
    }

    /// Node i where it is used; `as_int` allows an integer leaf to stay an int (2*x, not 2.0*x).
    std::string operand(int i, bool as_int = false) const {
        graph::node const& e = g.nodes[static_cast<std::size_t>(i)];
        if (!name[static_cast<std::size_t>(i)].empty()) return name[static_cast<std::size_t>(i)];
        if (as_int && integer_leaf(i)) return integer_text(e);
        if (e.kind == graph::op::integer) return scalar.number(e.k);
        if (e.kind == graph::op::number) return scalar.number(constants[static_cast<std::size_t>(e.k)]);
        return scalar.number(e.x);  // op::literal
    }

    // u^n as detail::power<n> computes it (u*(u*u), (u*u)*(u*u), 1/(...)); pow(u, n) past n = 4
    static std::string power(long long n, std::string const& u) {
        auto parenthesised = [](std::string const& s) { return s.find('*') == std::string::npos ? s : joined("(", s, ")"); };
        if (n < -4 || n > 4) return joined("pow(", u, ", ", std::to_string(n), ")");
        if (n < 0) return joined("1/", parenthesised(power(-n, u)));
        if (n == 0) return "1";
        if (n == 1) return u;
        if (n % 2 == 0) {
            std::string const half = parenthesised(power(n / 2, u));
            return joined(half, "*", half);
        }
        return joined(u, "*", parenthesised(power(n - 1, u)));
    }

    // f(u) or f(u, v); the functions <math.h> lacks are written out as functions.hpp computes them
    std::string call(graph::node const& e, std::string const& u, std::string const& v) const {
        std::string_view const f = function_name<G>(e.k);
        std::string const zero = scalar.number(0), one = scalar.number(1);
        if (f == "abs") return joined("fabs(", u, ")");
        if (f == "sign") return joined(u, " > 0 ? ", one, " : ", u, " < 0 ? -", one, " : ", zero);
        if (f == "sigmoid") return joined(u, " >= 0 ? 1/(1 + exp(-", u, ")) : exp(", u, ")/(1 + exp(", u, "))");
        if (f == "softplus") return joined("(", u, " > 0 ? ", u, " : 0) + log1p(exp(", u, " > 0 ? -", u, " : ", u, "))");
        return joined(f, "(", u, e.b >= 0 ? joined(", ", v) : std::string(), ")");
    }

    /// The right-hand side of the non-leaf node i.
    std::string step(std::size_t i) const {
        using graph::op;
        graph::node const& e = g.nodes[i];
        // an int operand only beside a value of the scalar type: C's int arithmetic would differ
        bool const mixed = e.b >= 0 && !(integer_leaf(e.a) && integer_leaf(e.b));
        std::string const a = operand(e.a, mixed);
        std::string const b = e.b >= 0 ? operand(e.b, mixed) : std::string();
        switch (e.kind) {
        case op::power: return power(e.k, a);
        case op::call: return call(e, a, b);
        default: return plain_step<G>(e, a, b);  // -a, a + b, a - b, a*b, a/b: C spells them alike
        }
    }

    /// "double x1, double x2, last": the parameters of the point, then `last` if not empty;
    /// (void) for none, as C wants.
    std::string parameter_list(std::string const& last = {}) const {
        std::string out;
        for (std::size_t k = 0; k != parameters.size(); ++k)
            out += joined(k == 0 ? "" : ", ", scalar.type, " ", parameters[k]);
        if (!last.empty()) out += joined(out.empty() ? "" : ", ", last);
        return out.empty() ? "void" : out;
    }

    /// The body's statements up to the results: `(void)x;` for a parameter not read (unless
    /// `all_read`: a loop's x[i + k] needs none), then one `T const v = ...;` per node, under a
    /// comment naming the sweep when `sweeps`.
    std::string statements(bool sweeps, bool all_read = false) const {
        std::string out;
        for (std::size_t k = 0; k != (all_read ? 0 : parameters.size()); ++k) {
            bool const read = std::any_of(g.nodes.begin(), g.nodes.end(), [k](graph::node const& e) {
                return e.kind == graph::op::variable && static_cast<std::size_t>(e.k) == k;
            });
            if (!read) out += joined("    (void)", parameters[k], ";\n");
        }
        bool in_forward = false, in_backward = false;
        for (std::size_t i = 0; i != g.size(); ++i) {
            if (graph::is_leaf(g.nodes[i].kind)) continue;
            if (sweeps && i < g.forward && !in_forward) out += "    /* forward sweep */\n";
            if (sweeps && i >= g.forward && !in_backward) out += "    /* backward sweep */\n";
            (i < g.forward ? in_forward : in_backward) = true;
            out += joined("    ", scalar.type, " const ", name[i], " = ", step(i), ";\n");
        }
        return out;
    }
};

}  // namespace ctdiff::detail

#endif
