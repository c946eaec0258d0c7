// Building a graph by constant evaluation: hash-consing, so every distinct subexpression is one
// node, and the same simplification rules as the tree builders of simplify.hpp, one line each in
// the same order, so a derivative built here prints exactly as the tree rules would have built it.
// Two nodes are the same subexpression when their kind, children and payload are equal; children
// are compared by node id, so equality is decided in O(1) once, here.
#ifndef CTDIFF_DETAIL_GRAPH_BUILDER_HPP
#define CTDIFF_DETAIL_GRAPH_BUILDER_HPP

#include <ctdiff/detail/graph/buffer.hpp>
#include <ctdiff/detail/graph/node.hpp>

#include <bit>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ctdiff::detail::graph {

// What the rules ask of a node (the tree's concepts, simplify.hpp), as bits decided once when the
// node is made: clang counts every statement of a constant evaluation against a fixed budget, so
// the rules test bits instead of calling predicates.
namespace is {
inline constexpr unsigned integer = 1u << 0;      // c<k>
inline constexpr unsigned zero = 1u << 1;         // c<0>
inline constexpr unsigned one = 1u << 2;          // c<1>
inline constexpr unsigned minus_one = 1u << 3;    // c<-1>
inline constexpr unsigned negative = 1u << 4;     // c<k>, k < 0
inline constexpr unsigned constant = 1u << 5;     // any number: c<k>, a slot, a literal, or folded arithmetic of them
inline constexpr unsigned negation = 1u << 6;     // -w
inline constexpr unsigned scaled = 1u << 7;       // k*w, a constant on the left
inline constexpr unsigned reciprocal = 1u << 8;   // 1/w
inline constexpr unsigned power = 1u << 9;        // w^n
inline constexpr unsigned integral = 1u << 10;    // a constant of integer type
}  // namespace is

/// What a pass leaves behind, ready to freeze: nodes in order, roots, and the rest by node or
/// variable. It has no hash table: nothing is added to it any more.
struct built {
    buffer<node> nodes;
    buffer<int> roots;
    std::vector<std::string_view> names;  // by variable position; empty: the default name
    buffer<int> adjoint_of;               // by node; -1 (or missing): not an adjoint
    rule_table rules{};                   // by function: the rules of the functions called
    std::size_t slots = 0;
    std::size_t forward = 0;
    std::size_t variables = 0;            // set by compact: one more than the largest position used
};

struct builder : built {
  private:
    buffer<int> table_;  // open addressing over node ids; -1 is empty

    constexpr unsigned f(int u) const { return nodes[static_cast<std::size_t>(u)].flags; }

    static constexpr std::size_t hash(node const& n) {
        return static_cast<std::size_t>(
            ((static_cast<std::uint64_t>(n.kind) * 0x9e3779b97f4a7c15ull ^ static_cast<std::uint64_t>(n.a + 1) * 0xc2b2ae3d27d4eb4full ^
              static_cast<std::uint64_t>(n.b + 1) * 0x165667b19e3779f9ull ^ static_cast<std::uint64_t>(n.k) * 0x27d4eb2f165667c5ull ^
              std::bit_cast<std::uint64_t>(n.x) ^ (static_cast<std::uint64_t>(n.integral) << 1) ^ static_cast<std::uint64_t>(n.folded)) *
             0xff51afd7ed558ccdull) >> 17);
    }
    constexpr void rehash(std::size_t capacity) {
        table_ = buffer<int>(capacity, -1);
        index();
    }
    // Every node into the table, which is all -1.
    constexpr void index() {
        std::size_t const mask = table_.size() - 1;
        int* const table = table_.data();
        node const* const all = nodes.data();
        for (std::size_t id = 0, n = nodes.size(); id != n; ++id) {
            std::size_t i = hash(all[id]) & mask;
            while (table[i] != -1) i = (i + 1) & mask;
            table[i] = static_cast<int>(id);
        }
    }
    constexpr unsigned flags_of(node const& n) const {
        switch (n.kind) {
        case op::integer:
            return is::integer | is::constant | is::integral | (n.k == 0 ? is::zero : 0u) | (n.k == 1 ? is::one : 0u) |
                   (n.k == -1 ? is::minus_one : 0u) | (n.k < 0 ? is::negative : 0u);
        case op::number: return is::constant | (n.integral ? is::integral : 0u);
        case op::literal: return is::constant;
        case op::negate: return n.folded ? is::constant | (n.integral ? is::integral : 0u) : is::negation;
        case op::multiplies:
            return n.folded ? is::constant | (n.integral ? is::integral : 0u)
                            : (f(n.a) & is::constant) ? is::scaled : 0u;
        case op::divides:
            return n.folded ? is::constant | (n.integral ? is::integral : 0u) : (f(n.a) & is::one) ? is::reciprocal : 0u;
        case op::power: return is::power;
        default: return n.folded ? is::constant | (n.integral ? is::integral : 0u) : 0u;  // a number, not an operation
        }
    }

  public:
    /// A builder expecting about `expected` nodes (it grows past that as needed).
    constexpr explicit builder(std::size_t expected = 64) {
        std::size_t capacity = 64;
        while (capacity < 2 * expected) capacity *= 2;
        nodes.reserve(capacity / 2);
        table_ = buffer<int>(capacity, -1);
    }

    constexpr node const& operator[](int id) const { return nodes[static_cast<std::size_t>(id)]; }
    constexpr int size() const { return static_cast<int>(nodes.size()); }
    constexpr bool is_zero(int u) const { return f(u) & is::zero; }

    /// Makes the nodes [first, first + count) of a compact graph the builder's, ids unchanged;
    /// the builder must be empty. They are distinct and carry their flags, so they are hashed
    /// once and never compared: a pass that starts from a frozen graph pays a few steps a node.
    constexpr void load(node const* first, std::size_t count) {
        nodes.assign(first, first + count);
        std::size_t capacity = table_.size();
        while (4 * count > 3 * capacity) capacity *= 2;
        // an empty builder's table is all -1 already: not filled twice (4,096 entries for the
        // reverse pass of Rosenbrock-50)
        if (capacity != table_.size()) table_ = buffer<int>(capacity, -1);
        index();
    }

    /// The id of node n, added if no equal node exists yet (no simplification: see below).
    constexpr int intern(node n) {
        n.flags = flags_of(n);
        std::size_t const mask = table_.size() - 1;
        std::size_t i = hash(n) & mask;
        int* const table = table_.data();
        node const* const all = nodes.data();
        for (int id; (id = table[i]) != -1; i = (i + 1) & mask)
            if (all[id] == n) return id;
        nodes.push_back(n);
        int const id = static_cast<int>(nodes.size() - 1);
        if (4 * nodes.size() > 3 * table_.size()) rehash(2 * table_.size());
        else table[i] = id;
        return id;
    }

    // --- leaves -----------------------------------------------------------------------------
    constexpr int variable(std::size_t index, std::string_view name) {
        if (names.size() <= index) names.resize(index + 1);
        if (names[index].empty()) names[index] = name;
        return intern({.kind = op::variable, .k = static_cast<long long>(index)});
    }
    constexpr int integer(long long k) { return intern({.kind = op::integer, .k = k, .integral = true}); }
    constexpr int number(std::size_t slot, bool integral) {
        return intern({.kind = op::number, .k = static_cast<long long>(slot), .integral = integral});
    }
    constexpr int literal(double x) { return intern({.kind = op::literal, .x = x}); }
    constexpr int zero() { return integer(0); }
    constexpr int one() { return integer(1); }

  private:
    constexpr long long k(int u) const { return nodes[static_cast<std::size_t>(u)].k; }
    constexpr int a(int u) const { return nodes[static_cast<std::size_t>(u)].a; }
    constexpr int b(int u) const { return nodes[static_cast<std::size_t>(u)].b; }
    constexpr int node_of(op kind, int u, int v = -1, long long n = 0) {
        return intern({.kind = kind, .a = u, .b = v, .k = n});
    }
    // A constant written -k: c<-k>, or a number negated while differentiating (a folded -k, whose
    // sign the tree's single number no longer shows); and that k.
    constexpr bool negated(int u) const {
        return (f(u) & is::negative) || (nodes[static_cast<std::size_t>(u)].kind == op::negate && (f(u) & is::constant));
    }
    constexpr int unnegated(int u) { return (f(u) & is::integer) ? integer(-k(u)) : a(u); }
    // Arithmetic of two constants (or one, for -k) that the tree folds into one number.
    constexpr int folded_of(op kind, int u, int v = -1) {
        bool const integral = (f(u) & is::integral) && (v < 0 || (f(v) & is::integral));
        return intern({.kind = kind, .a = u, .b = v, .integral = integral, .folded = true});
    }

  public:
    // --- -u ---------------------------------------------------------------------------------
    constexpr int neg(int u) {
        unsigned const fu = f(u);
        if (fu & is::integer) return integer(-k(u));                        // -c<k> -> c<-k>
        if (fu & is::constant) return folded_of(op::negate, u);              // -k -> (-k)
        if (fu & is::negation) return a(u);                                  // -(-w) -> w
        if (fu & is::scaled) return mul(neg(a(u)), b(u));                    // -(k*w) -> (-k)*w
        return node_of(op::negate, u);
    }

    // --- u + v ------------------------------------------------------------------------------
    constexpr int add(int u, int v) {
        unsigned const fu = f(u), fv = f(v);
        if (fu & is::zero) return v;                                         // 0 + v -> v
        if (fv & is::zero) return u;                                         // u + 0 -> u
        if (fu & fv & is::integer) return integer(k(u) + k(v));              // c<a> + c<b> -> c<a+b>
        if (fu & fv & is::constant) return folded_of(op::plus, u, v);        // a + b -> (a+b)
        if (fv & is::negation) return sub(u, a(v));                          // u + (-w) -> u - w
        if (fv & is::negative) return sub(u, neg(v));                        // u + c<-k> -> u - c<k>
        if ((fv & is::scaled) && negated(a(v))) return sub(u, mul(unnegated(a(v)), b(v)));  // u + (-k)*w -> u - k*w
        if (fu & is::negation) return sub(v, a(u));                          // (-w) + v -> v - w
        if (u == v) return mul(integer(2), u);                               // u + u -> 2*u
        return node_of(op::plus, u, v);
    }

    // --- u - v ------------------------------------------------------------------------------
    constexpr int sub(int u, int v) {
        unsigned const fu = f(u), fv = f(v);
        if (fv & is::zero) return u;                                         // u - 0 -> u
        if (fu & is::zero) return neg(v);                                    // 0 - v -> -v
        if (fu & fv & is::integer) return integer(k(u) - k(v));              // c<a> - c<b> -> c<a-b>
        if (fu & fv & is::constant) return folded_of(op::minus, u, v);       // a - b -> (a-b)
        if (fv & is::negation) return add(u, a(v));                          // u - (-w) -> u + w
        if (fv & is::negative) return add(u, neg(v));                        // u - c<-k> -> u + c<k>
        if ((fv & is::scaled) && negated(a(v))) return add(u, mul(unnegated(a(v)), b(v)));  // u - (-k)*w -> u + k*w
        if (u == v) return zero();                                           // u - u -> 0
        if ((fu & fv & is::scaled) && a(u) == a(v))                          // k*w - k*z -> k*(w - z)
            return mul(a(u), sub(b(u), b(v)));
        return node_of(op::minus, u, v);
    }

    // --- u * v ------------------------------------------------------------------------------
    constexpr int mul(int u, int v) {
        unsigned const fu = f(u), fv = f(v);
        if ((fu | fv) & is::zero) return zero();                             // 0*v -> 0, u*0 -> 0
        if (fu & is::one) return v;                                          // 1*v -> v
        if (fv & is::one) return u;                                          // u*1 -> u
        if (fu & fv & is::integer) return integer(k(u) * k(v));              // c<a>*c<b> -> c<a*b>
        if (fu & fv & is::constant) return folded_of(op::multiplies, u, v);  // a*b -> (a*b)
        if (fv & is::constant) return mul(v, u);                             // u*k -> k*u
        if (fu & is::minus_one) return neg(v);                               // -1*v -> -v
        if ((fu & is::constant) && (fv & is::scaled)) return mul(mul(u, a(v)), b(v));  // a*(b*w) -> (a*b)*w
        if (fu & is::scaled) return mul(a(u), mul(b(u), v));                 // (k*w)*v -> k*(w*v)
        if (fv & is::scaled) return mul(a(v), mul(u, b(v)));                 // u*(k*w) -> k*(u*w)
        if (fu & is::negation) return neg(mul(a(u), v));                     // (-w)*v -> -(w*v)
        if (fv & is::negation) return neg(mul(u, a(v)));                     // u*(-w) -> -(u*w)
        if (fu & is::reciprocal) return div(v, b(u));                        // (1/w)*v -> v/w
        if (fv & is::reciprocal) return div(u, b(v));                        // u*(1/w) -> u/w
        if (u == v) return raise(2, u);                                      // u*u -> u^2
        return node_of(op::multiplies, u, v);
    }

    // --- u / v ------------------------------------------------------------------------------
    constexpr int div(int u, int v) {
        unsigned const fu = f(u), fv = f(v);
        if (fv & is::one) return u;                                          // u/1 -> u
        if (fu & is::zero) return zero();                                    // 0/v -> 0
        if ((fu & fv & is::integer) && !(fv & is::zero)) {
            if (k(u) % k(v) == 0) return integer(k(u) / k(v));               // c<a>/c<b> -> c<a/b> when b divides a
            return node_of(op::divides, u, v);
        }
        if ((fu & fv & is::constant) && !(fu & fv & is::integral))
            return folded_of(op::divides, u, v);                             // a/b -> (a/b) unless that truncates
        if (fu & is::negation) return neg(div(a(u), v));                     // (-w)/v -> -(w/v)
        if (fu & is::scaled) return mul(a(u), div(b(u), v));                 // (k*w)/v -> k*(w/v)
        return node_of(op::divides, u, v);
    }

    // --- u^n ----------------------------------------------------------------------------------
    constexpr int raise(long long n, int u) {
        unsigned const fu = f(u);
        if (n == 0) return one();                                            // u^0 -> 1
        if (n == 1) return u;                                                // u^1 -> u
        if (fu & is::one) return one();                                      // 1^n -> 1
        if ((fu & is::integer) && n > 0) {                                   // c<k>^n -> c<k^n>
            long long r = 1;
            for (long long i = 0; i < n; ++i) r *= k(u);
            return integer(r);
        }
        if (fu & is::power) return raise(k(u) * n, a(u));                    // (w^m)^n -> w^(m*n)
        return node_of(op::power, u, -1, n);
    }

    // --- f(u), f(u, v): no algebra; the function's rule is kept for the derivative passes -----
    constexpr int call(long long function, rule r, int u, int v = -1) {
        rules[static_cast<std::size_t>(function)] = r;
        return node_of(op::call, u, v, function);
    }
};

}  // namespace ctdiff::detail::graph

#endif
