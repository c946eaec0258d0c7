// Evaluation of a frozen graph: one assignment per node, children before parents, each node
// computed once. The node's kind and payload are template arguments of its step and its operands are constant
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
#include <type_traits>
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

/// Whether G's derivative nodes are made in the order they should run, which the pass that made
/// them says (taylor_of: each node's Taylor coefficients together).
template <class G>
concept runs_as_made = requires { requires G::made_by::runs_as_made; };

/// The order G's nodes run in, children before parents: depth first from each root in turn, so
/// each output's nodes run just before it is stored and few values wait in registers for later
/// outputs (Rosenbrock-50's sparse Hessian: 1,046 -> 742 instructions on g++, 841 -> 691 on
/// clang++ 16; the graph order, forward sweep then backward, is what the printers show). With
/// ValueLast, root 0 (f, when a result starts with f) comes last: its last operations, such as the
/// log of a logistic loss, run after the derivative's, as a hand-written gradient would, and
/// nothing stays alive across their libm call.
/// When G runs_as_made, its derivative nodes run in the order they were made, each after the
/// nodes of f it needs that have not run yet: f's values are computed when first needed, not all
/// at first, so few of them wait across the libm calls (taylor.md, "Stack").
template <class G, bool ValueLast>
struct schedule {
    static constexpr std::array<int, G::value.size()> order = [] {
        constexpr auto const& g = G::value;
        std::array<int, G::value.size()> out{};
        std::array<bool, G::value.size()> done{};
        std::array<int, G::value.size()> stack{};
        std::size_t next = 0;
        auto visit = [&](int root) {
            std::size_t top = 0;
            if (!done[static_cast<std::size_t>(root)]) stack[top++] = root;
            while (top != 0) {
                int const i = stack[top - 1];
                node const& e = g.nodes[static_cast<std::size_t>(i)];
                if (e.a >= 0 && !done[static_cast<std::size_t>(e.a)]) { stack[top++] = e.a; continue; }
                if (e.b >= 0 && !done[static_cast<std::size_t>(e.b)]) { stack[top++] = e.b; continue; }
                --top;
                if (!done[static_cast<std::size_t>(i)]) {
                    done[static_cast<std::size_t>(i)] = true;
                    out[next++] = i;
                }
            }
        };
        if constexpr (runs_as_made<G>)
            for (std::size_t i = g.forward; i < g.size(); ++i) visit(static_cast<int>(i));
        for (std::size_t r = ValueLast ? 1 : 0; r < g.root_count(); ++r) visit(g.roots[r]);
        if (ValueLast && g.root_count() != 0) visit(g.roots[0]);
        for (std::size_t i = 0; i != g.size(); ++i)
            if (!done[i]) out[next++] = static_cast<int>(i);  // unreachable nodes: compact() leaves none
        return out;
    }();
};

// Whether G's program keeps each value where the schedule computes it (computed_here): g++ 12
// expands a value used once at its use (TER, when leaving SSA form), past any libm call between,
// and so undid the order of programs that runs_as_made. clang++ has no such pass; there the asm
// below cost up to 8% more instructions (taylor.md, "Stack"). float and double only: with long
// double's x87 registers the asm stops g++ 12 with an internal compiler error (reg-stack.cc).
// run_nodes and run_nodes_into branch on it around their whole fold, so every other program
// compiles without a call per node (one more per node cost Rosenbrock-50's gradient TU ~5%).
template <class G, class T>
constexpr bool keeps_in_place =
#if defined(__GNUC__) && !defined(__clang__)
    runs_as_made<G> && (std::is_same_v<T, double> || std::is_same_v<T, float>);
#else
    false;
#endif

// An empty asm that reads the value: a second use, so g++ computes it here, and no instruction.
// The 6th derivative of the depth-8 expression: 1,834 -> 1,698 instructions and 496 -> 176 bytes
// of frames on g++ 12.
template <class T>
CTDIFF_ALWAYS_INLINE constexpr int computed_here([[maybe_unused]] T const& value) {
#if defined(__GNUC__)
    if (!std::is_constant_evaluated()) asm("" : : "X"(value));
#endif
    return 0;
}

// The nodes in the schedule's order, then the roots, in a function that owns the values: in a
// lambda, v is reached through the closure, and g++ 12's early passes walked every store for every
// load (0.3 s).
template <class G, bool ValueLast, class T, class C, std::size_t... I, std::size_t... R>
CTDIFF_ALWAYS_INLINE constexpr auto run_nodes(T const* xs, C const* ks, std::index_sequence<I...>, std::index_sequence<R...>) {
    constexpr auto const& g = G::value;
    constexpr auto const& order = schedule<G, ValueLast>::order;
    T v[g.size()];  // every value is written before it is read
    // an initializer list, not a fold: clang limits fold expressions to 256 operands
    if constexpr (keeps_in_place<G, T>) {
        int const in_order[] = {0, ((void)(v[order[I]] = CTDIFF_GRAPH_STEP(g, order[I])), computed_here(v[order[I]]), 0)...};
        (void)in_order;
    } else {
        int const in_order[] = {0, ((void)(v[order[I]] = CTDIFF_GRAPH_STEP(g, order[I])), 0)...};
        (void)in_order;
    }
    // constant indices only: one read of v at a run-time index keeps all of v in memory (g++ 12 -O2)
    return std::array<T, g.root_count()>{v[static_cast<std::size_t>(g.roots[R])]...};
}

/// The values of G's roots at the point x (as many coordinates as G has variables, at least),
/// with the run-time numbers k; with ValueLast, root 0 is computed last (schedule).
template <class G, bool ValueLast = false, class T, class C, std::size_t M>
CTDIFF_ALWAYS_INLINE constexpr auto run(T const* xs, std::array<C, M> const& k) {
    return run_nodes<G, ValueLast>(xs, k.data(), std::make_index_sequence<G::value.size()>{},
                                   std::make_index_sequence<G::value.root_count()>{});
}

// Which outputs each node of G gives, as runs of consecutive positions: Outputs::root_of(p) is the
// root of output p of Outputs::scalars; runs[run_start[i] .. run_start[i + 1]) are node i's.
template <class G, class Outputs>
struct output_positions {
    static constexpr std::size_t count = Outputs::scalars;
    struct run {
        std::size_t first, length;
    };
    struct table {
        std::array<std::size_t, G::value.size() + 1> run_start{};
        std::array<run, count> runs{};
    };
    static constexpr table value = [] {
        table t;
        constexpr auto const& g = G::value;
        // positions[start[i] .. start[i + 1]) are node i's outputs, in increasing order
        std::array<std::size_t, G::value.size() + 1> start{};
        std::array<std::size_t, count> positions{};
        for (std::size_t p = 0; p != count; ++p) ++start[static_cast<std::size_t>(g.roots[Outputs::root_of(p)]) + 1];
        for (std::size_t i = 0; i != g.size(); ++i) start[i + 1] += start[i];
        std::array<std::size_t, G::value.size() + 1> next = start;
        for (std::size_t p = 0; p != count; ++p) positions[next[static_cast<std::size_t>(g.roots[Outputs::root_of(p)])]++] = p;
        std::size_t r = 0;
        for (std::size_t i = 0; i != g.size(); ++i) {
            t.run_start[i] = r;
            for (std::size_t q = start[i]; q != start[i + 1]; ++q)
                if (q != start[i] && positions[q] == t.runs[r - 1].first + t.runs[r - 1].length) ++t.runs[r - 1].length;
                else t.runs[r++] = {positions[q], 1};
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

// Where outputs go, as a type keyed by numbers alone: run_list<r...> stores a value to each run r
// = first * 2^32 + length of consecutive outputs, so a node's store is the same function in every
// graph, and no symbol carries a graph's (long) type. (Keyed by the graph, the stores took g++ 12
// from 2.6 to 5.4 s over Rosenbrock-50's gradient; with a loop in a lambda per node, 10 s.)
template <std::uint64_t... Runs>
struct run_list {
    template <class V, class T>
    CTDIFF_ALWAYS_INLINE static constexpr void put([[maybe_unused]] V* out, [[maybe_unused]] T const value) {
        (fill_run<static_cast<std::size_t>(Runs >> 32), static_cast<std::size_t>(Runs & 0xffffffffu)>(out, static_cast<V>(value)), ...);
    }
};

// The outputs node N of Where (an output_positions) gives, as a run_list.
template <class Where, std::size_t N,
          class = std::make_index_sequence<Where::value.run_start[N + 1] - Where::value.run_start[N]>>
struct outputs_of;
template <class Where, std::size_t N, std::size_t... R>
struct outputs_of<Where, N, std::index_sequence<R...>> {
    using type = run_list<(static_cast<std::uint64_t>(Where::value.runs[Where::value.run_start[N] + R].first) << 32 |
                           Where::value.runs[Where::value.run_start[N] + R].length)...>;
};

// run_nodes, storing each output as its node is computed; with ReturnFirstRoot, returning root 0.
template <class G, class Outputs, bool ReturnFirstRoot, bool ValueLast, class T, class C, class V, std::size_t... I>
CTDIFF_ALWAYS_INLINE constexpr auto run_nodes_into(T const* xs, C const* ks, V* out, std::index_sequence<I...>) {
    constexpr auto const& g = G::value;
    constexpr auto const& order = schedule<G, ValueLast>::order;
    T v[g.size()];  // every value is written before it is read
    if constexpr (keeps_in_place<G, T>) {
        int const in_order[] = {
            0, ((void)(v[order[I]] = CTDIFF_GRAPH_STEP(g, order[I])), computed_here(v[order[I]]),
                outputs_of<output_positions<G, Outputs>, static_cast<std::size_t>(order[I])>::type::put(out, v[order[I]]), 0)...};
        (void)in_order;
    } else {
        int const in_order[] = {
            0, ((void)(v[order[I]] = CTDIFF_GRAPH_STEP(g, order[I])),
                outputs_of<output_positions<G, Outputs>, static_cast<std::size_t>(order[I])>::type::put(out, v[order[I]]), 0)...};
        (void)in_order;
    }
    if constexpr (ReturnFirstRoot) return v[static_cast<std::size_t>(g.roots[0])];
}

/// The same program, storing each output to out[p] as soon as its node is computed (Outputs as
/// in output_positions), so no value waits in a register or on the stack for the end; with
/// ReturnFirstRoot, it also returns the value of G's root 0 (f, for a caller that keeps it apart).
template <class G, class Outputs, bool ReturnFirstRoot = false, bool ValueLast = false, class T, class C, std::size_t M, class V>
CTDIFF_ALWAYS_INLINE constexpr auto run_into(T const* xs, std::array<C, M> const& k, V* out) {
    return run_nodes_into<G, Outputs, ReturnFirstRoot, ValueLast>(xs, k.data(), out, std::make_index_sequence<G::value.size()>{});
}

// The graph whose program evaluates a derivative's graph G: G itself, or the smaller one G names
// (evaluated_by, derivative.hpp).
template <class G>
struct program_graph_of {
    using type = G;
};
template <class G>
    requires requires { typename G::program; }
struct program_graph_of<G> {
    using type = typename G::program;
};
template <class G>
using program_graph = typename program_graph_of<G>::type;

// A derivative held as a graph leaf, evaluated inside a tree (found by evaluate.hpp through ADL).
template <class G, class C, std::size_t M, class X>
CTDIFF_ALWAYS_INLINE constexpr typename X::value_type evaluate_leaf(leaf<G, C, M> const& l, X const& x) {
    return run<program_graph<G>>(x.data(), l.constants)[0];
}

}  // namespace ctdiff::detail::graph

#undef CTDIFF_GRAPH_STEP

#endif
