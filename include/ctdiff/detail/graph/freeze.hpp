// From a builder to a frozen graph, and back: compact() keeps only the nodes the roots reach (in
// their order, so the graph stays topologically sorted), freeze<Make> runs Make::build() in
// constant evaluation and stores the result in a right-sized frozen<N, R, A>, and import<G>()
// copies a frozen graph's nodes into a builder to extend it.
#ifndef CTDIFF_DETAIL_GRAPH_FREEZE_HPP
#define CTDIFF_DETAIL_GRAPH_FREEZE_HPP

#include <ctdiff/detail/graph/builder.hpp>
#include <ctdiff/detail/graph/node.hpp>

#include <cstddef>
#include <vector>

namespace ctdiff::detail::graph {

/// The nodes that the roots reach, renumbered in order; dead nodes of a pass disappear here.
/// Renumbering keeps equal nodes distinct, so nothing is hashed again.
constexpr built compact(built const& b) {
    // Raw pointers, not operator[]: every call is a step of clang++'s constant-evaluation budget.
    std::size_t const n = b.nodes.size();
    node const* const from = b.nodes.data();
    buffer<int> id(n, 0);  // first 1 for a live node, then its new id (-1: dead)
    int* const to = id.data();
    for (int r : b.roots) to[r] = 1;
    std::size_t count = 0;
    for (std::size_t i = n; i-- != 0;) {
        if (!to[i]) continue;
        ++count;
        if (from[i].a >= 0) to[from[i].a] = 1;
        if (from[i].b >= 0) to[from[i].b] = 1;
    }
    built out;
    out.nodes.resize(count);
    out.adjoint_of.assign(count, -1);
    node* const kept = out.nodes.data();
    std::size_t arity = 0, next = 0;
    for (std::size_t i = 0; i != n; ++i) {
        if (!to[i]) {
            to[i] = -1;
            continue;
        }
        node& e = kept[next] = from[i];
        if (e.a >= 0) e.a = to[e.a];
        if (e.b >= 0) e.b = to[e.b];
        if (e.kind == op::variable && static_cast<std::size_t>(e.k) + 1 > arity) arity = static_cast<std::size_t>(e.k) + 1;
        to[i] = static_cast<int>(next++);
        if (i < b.forward) out.forward = next;
    }
    int const* const adjoint = b.adjoint_of.data();
    int* const marked = out.adjoint_of.data();
    for (std::size_t i = 0, end = b.adjoint_of.size() < n ? b.adjoint_of.size() : n; i != end; ++i)
        if (adjoint[i] >= 0 && to[i] >= 0 && to[adjoint[i]] >= 0) marked[to[i]] = to[adjoint[i]];
    out.roots.reserve(b.roots.size());
    for (int r : b.roots) out.roots.push_back(to[r]);
    out.names = b.names;
    out.variables = arity;
    out.rules = b.rules;
    out.slots = b.slots;
    return out;
}

// A built graph's nodes, roots and names copied into a frozen one of at least their sizes.
template <class Frozen, class Source>
constexpr void fill(Frozen& g, Source const& b, std::size_t nodes, std::size_t roots, std::size_t names) {
    node const* const from = b.nodes.data();
    int const* const adjoint = b.adjoint_of.data();
    node* const to = g.nodes.data();
    int* const marked = g.adjoint_of.data();
    for (std::size_t i = 0; i != nodes; ++i) {
        to[i] = from[i];
        marked[i] = adjoint[i];
    }
    for (std::size_t i = 0; i != roots; ++i) g.roots.data()[i] = b.roots.data()[i];
    for (std::size_t i = 0; i != names; ++i) g.names.data()[i] = b.names.data()[i];
    g.forward = b.forward;
    g.slots = b.slots;
    g.variables = b.variables;
    g.rules = b.rules;
}

// How large Make's graph can be: Make::capacity nodes, Make::root_capacity roots and
// Make::name_capacity names when it says (an estimate: a larger graph is built twice), else none.
template <class Make>
struct capacity_of {
    static constexpr std::size_t nodes = 0, roots = 0, names = 0;
};
template <class Make>
    requires requires { Make::capacity; }
struct capacity_of<Make> {
    static constexpr std::size_t nodes = Make::capacity, roots = Make::root_capacity, names = Make::name_capacity;
};

/// Make::build() frozen: `value` is a frozen<N, R, A> of exactly the size built. A frozen graph's
/// size is part of its type, so it is known only after a build: the build goes into arrays of
/// Make's capacity, and `value` copies it from there (a constant evaluation cannot keep its
/// vectors for the next one); only a graph larger than its capacity is built a second time.
template <class Make>
struct freeze {
    using made_by = Make;
    struct shape {
        std::size_t nodes, roots, names;
    };

  private:
    using cap = capacity_of<Make>;
    struct first_build {
        shape size;
        bool kept;
        frozen<cap::nodes, cap::roots, cap::names> graph;
    };
    static constexpr first_build once = [] {
        built const b = Make::build();
        first_build r{{b.nodes.size(), b.roots.size(), b.names.size()}, false, {}};
        r.kept = r.size.nodes <= cap::nodes && r.size.roots <= cap::roots && r.size.names <= cap::names;
        if (r.kept) fill(r.graph, b, r.size.nodes, r.size.roots, r.size.names);
        return r;
    }();

  public:
    static constexpr shape size = once.size;
    static constexpr auto value = [] {
        frozen<size.nodes, size.roots, size.names> g;
        if constexpr (once.kept) fill(g, once.graph, size.nodes, size.roots, size.names);
        else fill(g, Make::build(), size.nodes, size.roots, size.names);
        return g;
    }();
};

/// Copies G's nodes into b, its number slots moved by slot_offset; returns the ids of its roots.
template <class G>
constexpr std::vector<int> import_roots(builder& b, std::size_t slot_offset) {
    constexpr auto const& g = G::value;
    buffer<int> id(g.size(), -1);
    for (std::size_t i = 0; i != g.size(); ++i) {
        node n = g.nodes[i];
        // the rule of each function called (not every entry of the table: g++ 12 with the
        // sanitizers does not compare a function's address with nullptr in constant evaluation)
        if (n.kind == op::call) b.rules[static_cast<std::size_t>(n.k)] = g.rules[static_cast<std::size_t>(n.k)];
        if (n.a >= 0) n.a = id[static_cast<std::size_t>(n.a)];
        if (n.b >= 0) n.b = id[static_cast<std::size_t>(n.b)];
        if (n.kind == op::number) n.k += static_cast<long long>(slot_offset);
        if (n.kind == op::variable) b.variable(static_cast<std::size_t>(n.k), g.names[static_cast<std::size_t>(n.k)]);
        id[i] = b.intern(n);
    }
    for (std::size_t i = 0; i != g.size(); ++i)  // which nodes are adjoints, for printing
        if (g.adjoint_of[i] >= 0) {
            std::size_t const to = static_cast<std::size_t>(id[i]);
            if (b.adjoint_of.size() <= to) b.adjoint_of.resize(to + 1, -1);
            if (b.adjoint_of[to] < 0) b.adjoint_of[to] = id[static_cast<std::size_t>(g.adjoint_of[i])];
        }
    if (b.names.size() < g.names.size()) b.names.resize(g.names.size());
    for (std::size_t i = 0; i != g.names.size(); ++i)
        if (b.names[i].empty()) b.names[i] = g.names[i];
    std::vector<int> roots;
    for (int r : g.roots) roots.push_back(id[static_cast<std::size_t>(r)]);
    return roots;
}

/// G's nodes as the nodes of the empty builder b, ids unchanged, with G's names, slots, forward
/// nodes and adjoint marks: how a pass starts from a frozen graph. Returns the ids of its roots.
template <class G>
constexpr buffer<int> load(builder& b) {
    constexpr auto const& g = G::value;
    b.load(g.nodes.data(), g.size());
    b.names.assign(g.names.begin(), g.names.end());
    b.adjoint_of.assign(g.adjoint_of.begin(), g.adjoint_of.end());
    b.rules = g.rules;
    b.slots = g.slots;
    b.forward = g.forward;
    return buffer<int>(g.roots);
}

/// The same, returning the id of G's root 0.
template <class G>
constexpr int import(builder& b, std::size_t slot_offset) {
    return import_roots<G>(b, slot_offset)[0];
}

}  // namespace ctdiff::detail::graph

#endif
