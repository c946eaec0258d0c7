// Evaluation of a frozen graph: one assignment per node, in order, each node computed once. The
// node's kind and payload are template arguments of its step and its operands are constant
// offsets, so after inlining every step is the bare arithmetic or the single libm call it names:
// a straight-line program without an interpreter, a tape, a heap or an indirect call, and it runs
// in constant expressions too.
#ifndef CTDIFF_DETAIL_GRAPH_RUN_HPP
#define CTDIFF_DETAIL_GRAPH_RUN_HPP

#include <ctdiff/detail/always_inline.hpp>
#include <ctdiff/detail/graph/function_list.hpp>
#include <ctdiff/detail/graph/node.hpp>
#include <ctdiff/integer_pow.hpp>

#include <array>
#include <bit>
#include <cstdint>
#include <cstddef>
#include <utility>

namespace ctdiff::detail::graph {

// One node's value, from its operands' values at a and b, its variable at x or its number at k.
// Keyed by the kind and by Code, the payload where the code depends on it (code() below), never
// by the operands: the caller passes their addresses, so all a + b share one instantiation
// (keyed by the node's fields, Rosenbrock-50's gradient instantiated 981 steps, now 9).
template <op Kind, long long Code, class T, class C>
CTDIFF_ALWAYS_INLINE constexpr T step(T const* a, T const* b, T const* x, C const* k) {
    if constexpr (Kind == op::variable) return *x;
    else if constexpr (Kind == op::integer) return static_cast<T>(Code);
    else if constexpr (Kind == op::number) return static_cast<T>(*k);
    else if constexpr (Kind == op::literal) return static_cast<T>(std::bit_cast<double>(Code));
    else if constexpr (Kind == op::negate) return -*a;
    else if constexpr (Kind == op::plus) return *a + *b;
    else if constexpr (Kind == op::minus) return *a - *b;
    else if constexpr (Kind == op::multiplies) return *a * *b;
    else if constexpr (Kind == op::divides) return *a / *b;
    else if constexpr (Kind == op::power) {
        // a copy: detail::power takes a reference and is not inlined early, and the values' array
        // would stay in memory through g++ 12's early passes (a call's copies cost W4's Hessian
        // 7 instructions, so calls take the value in place)
        T const u = *a;
        return detail::power<Code>(u);
    } else if constexpr (Kind == op::call) {
        using function = function_at<Code / 2>;
        if constexpr (Code % 2 == 0) return static_cast<T>(function::value(*a));
        else return static_cast<T>(function::value(*a, *b));
    } else {
        static_assert(!sizeof(T), "ctdiff: internal error: a placeholder left in a graph");
        return T{};
    }
}

// step's Code for node n: the integer, the exponent, a literal's bits, 2f + 1 for a call of
// function f with two arguments (2f with one); else 0. One template argument, not one a field:
// each is a constant expression a node.
constexpr long long code(node const& n) {
    switch (n.kind) {
    case op::integer:
    case op::power: return n.k;
    case op::call: return 2 * n.k + (n.b >= 0 ? 1 : 0);
    case op::literal: return std::bit_cast<long long>(n.x);
    default: return 0;
    }
}
// The offset of operand id (0 for none), and of node n's position among the variables or numbers.
constexpr std::size_t offset(int id) { return id < 0 ? 0 : static_cast<std::size_t>(id); }
constexpr std::size_t position(node const& n, op kind) { return n.kind == kind ? static_cast<std::size_t>(n.k) : 0; }

// Node I of g, with the values at v, the point at xs and the numbers at ks.
#define CTDIFF_GRAPH_STEP(g, I)                                                                                      \
    step<g.nodes[I].kind, code(g.nodes[I])>(v + offset(g.nodes[I].a), v + offset(g.nodes[I].b),                     \
                                            xs + position(g.nodes[I], op::variable), ks + position(g.nodes[I], op::number))

// The nodes in order, then the roots, in a function that owns the values: in a lambda, v is reached
// through the closure, and g++ 12's early passes walked every store for every load (0.3 s).
template <class G, class T, class C, std::size_t... I, std::size_t... R>
CTDIFF_ALWAYS_INLINE constexpr auto run_nodes(T const* xs, C const* ks, std::index_sequence<I...>, std::index_sequence<R...>) {
    constexpr auto const& g = G::value;
    T v[g.size()];  // every value is written before it is read
    // an initializer list, not a fold: clang limits fold expressions to 256 operands
    int const in_order[] = {0, ((void)(v[I] = CTDIFF_GRAPH_STEP(g, I)), 0)...};
    (void)in_order;
    // constant indices only: one read of v at a run-time index keeps all of v in memory (g++ 12 -O2)
    return std::array<T, g.root_count()>{v[static_cast<std::size_t>(g.roots[R])]...};
}

/// The values of G's roots at the point x (as many coordinates as G has variables, at least),
/// with the run-time numbers k.
template <class G, class T, class C, std::size_t M>
CTDIFF_ALWAYS_INLINE constexpr auto run(T const* xs, std::array<C, M> const& k) {
    return run_nodes<G>(xs, k.data(), std::make_index_sequence<G::value.size()>{},
                        std::make_index_sequence<G::value.root_count()>{});
}

// Which outputs each node of G gives: Outputs::root_of(p) is the root of output p of
// Outputs::scalars; positions[start[i] .. start[i + 1]) are those of node i.
template <class G, class Outputs>
struct output_positions {
    static constexpr std::size_t count = Outputs::scalars;
    struct run {
        std::size_t first, length;
    };
    struct table {
        std::array<std::size_t, G::value.size() + 1> start{};
        std::array<std::size_t, count> positions{};
        // the same positions as runs of consecutive ones: runs[run_start[i] .. run_start[i + 1])
        std::array<std::size_t, G::value.size() + 1> run_start{};
        std::array<run, count> runs{};
    };
    static constexpr table value = [] {
        table t;
        constexpr auto const& g = G::value;
        for (std::size_t p = 0; p != count; ++p) ++t.start[static_cast<std::size_t>(g.roots[Outputs::root_of(p)]) + 1];
        for (std::size_t i = 0; i != g.size(); ++i) t.start[i + 1] += t.start[i];
        std::array<std::size_t, G::value.size() + 1> next = t.start;
        for (std::size_t p = 0; p != count; ++p) t.positions[next[static_cast<std::size_t>(g.roots[Outputs::root_of(p)])]++] = p;
        std::size_t r = 0;
        for (std::size_t i = 0; i != g.size(); ++i) {
            t.run_start[i] = r;
            for (std::size_t q = t.start[i]; q != t.start[i + 1]; ++q)
                if (q != t.start[i] && t.positions[q] == t.runs[r - 1].first + t.runs[r - 1].length) ++t.runs[r - 1].length;
                else t.runs[r++] = {t.positions[q], 1};
        }
        t.run_start[g.size()] = r;
        return t;
    }();
};

// out[First .. First + Length) = value, as unrolled stores the compilers merge into vector stores
// (a structural zero of a dense Hessian fills most of each row).
template <std::size_t First, std::size_t Length, class V>
CTDIFF_ALWAYS_INLINE constexpr void fill_run(V* out, V const value) {
#pragma GCC unroll 65534
    for (std::size_t k = 0; k != Length; ++k) out[First + k] = value;
}

// No output at this node: the one instantiation of store that every such node shares.
inline constexpr std::size_t no_outputs = static_cast<std::size_t>(-1);

// Node N's value, at value, stored to each of its outputs (Outputs as in output_positions).
template <class G, class Outputs, std::size_t N, class T, class V>
CTDIFF_ALWAYS_INLINE constexpr void store(T const* value, V* out) {
    if constexpr (N != no_outputs) {
        constexpr auto const& where = output_positions<G, Outputs>::value;
        if constexpr (where.start[N + 1] - where.start[N] == 1) {  // the usual: one output
            out[where.positions[where.start[N]]] = static_cast<V>(*value);
        } else {  // a value many outputs share: stored run by run, not through a table of positions
            V const x = static_cast<V>(*value);
            [&]<std::size_t... R>(std::index_sequence<R...>) CTDIFF_ALWAYS_INLINE {
                (fill_run<where.runs[where.run_start[N] + R].first, where.runs[where.run_start[N] + R].length>(out, x), ...);
            }(std::make_index_sequence<where.run_start[N + 1] - where.run_start[N]>{});
        }
    }
}

// run_nodes, storing each output as its node is computed.
template <class G, class Outputs, class T, class C, class V, std::size_t... I>
CTDIFF_ALWAYS_INLINE constexpr void run_nodes_into(T const* xs, C const* ks, V* out, std::index_sequence<I...>) {
    constexpr auto const& g = G::value;
    constexpr auto const& where = output_positions<G, Outputs>::value;
    T v[g.size()];  // every value is written before it is read
    int const in_order[] = {0, ((void)(v[I] = CTDIFF_GRAPH_STEP(g, I)),
                                (void)store<G, Outputs, where.start[I + 1] == where.start[I] ? no_outputs : I>(v + I, out), 0)...};
    (void)in_order;
}

/// The same program, storing each output to out[p] as soon as its node is computed (Outputs as
/// in output_positions), so no value waits in a register or on the stack for the end.
template <class G, class Outputs, class T, class C, std::size_t M, class V>
CTDIFF_ALWAYS_INLINE constexpr void run_into(T const* xs, std::array<C, M> const& k, V* out) {
    run_nodes_into<G, Outputs>(xs, k.data(), out, std::make_index_sequence<G::value.size()>{});
}

// A derivative held as a graph leaf, evaluated inside a tree (found by evaluate.hpp through ADL).
template <class G, class C, std::size_t M, class T, std::size_t X>
CTDIFF_ALWAYS_INLINE constexpr T evaluate_leaf(leaf<G, C, M> const& l, std::array<T, X> const& x) {
    return run<G>(x.data(), l.constants)[0];
}

}  // namespace ctdiff::detail::graph

#undef CTDIFF_GRAPH_STEP

#endif
