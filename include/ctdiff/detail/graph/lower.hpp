// Lowering: a YAP tree becomes graph nodes, the first stage after the syntax. The walk is over
// the tree's type, so it needs no object: every run-time number becomes a slot, numbered in the
// order the walk meets them, and collect_numbers() copies the numbers out of an object in that
// same order. Derivative rules (functions.hpp) are lowered the same way from their own objects,
// with their placeholder arguments replaced by the nodes they are applied to and their numbers
// (2/sqrt(pi)) kept as literals. A derivative already held as a graph leaf is imported node by
// node, so composing derivatives shares their nodes instead of copying them.
#ifndef CTDIFF_DETAIL_GRAPH_LOWER_HPP
#define CTDIFF_DETAIL_GRAPH_LOWER_HPP

#include <ctdiff/constant.hpp>
#include <ctdiff/detail/always_inline.hpp>
#include <ctdiff/detail/graph/builder.hpp>
#include <ctdiff/detail/graph/freeze.hpp>
#include <ctdiff/detail/graph/function_list.hpp>
#include <ctdiff/detail/graph/rules.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/simplify.hpp>

#include <boost/hana/length.hpp>

#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace ctdiff::detail::graph {

// The largest of some sizes.
template <class... Sizes>
constexpr std::size_t largest(std::size_t first, Sizes... rest) {
    ((first = rest > first ? rest : first), ...);
    return first;
}

template <class Leaf> struct graph_of_leaf;
template <class G, class C, std::size_t M> struct graph_of_leaf<leaf<G, C, M>> { using type = G; };

template <class E> struct numbers;

template <bool FromObject, class E>
constexpr int lower(builder& b, E const* e, lowering_state& s);

// A loop_sum, expanded: its term lowered once an index, at the index's variables, added in index
// order (as the loop evaluates it). Every term reads the same slots, the body's numbers: they are
// the same numbers for every i. Constant evaluation, not an instantiation a term.
template <class Loop>
constexpr int lower_loop(builder& b, lowering_state& s) {
    using body = typename Loop::body_type;
    std::size_t const first_slot = s.slot;
    int total = -1;
    for (std::size_t i = Loop::first; i != Loop::last; ++i) {
        s.slot = first_slot;
        s.in_loop = true;
        s.at = Loop::origin(i);
        int const term = lower<false>(b, static_cast<body const*>(nullptr), s);
        s.in_loop = false;
        total = total < 0 ? term : b.add(total, term);
    }
    s.slot = first_slot + numbers<body>::count;
    return total;
}

// FromObject: e points to the object and its numbers are read (a rule); else e is a null pointer
// and only its type is used (a user's f). Decided at compile time: g++ 12 with -fsanitize=undefined
// does not allow comparing the address of a constexpr object with null in a constant expression.
// One instantiation a node and nothing else: a child is reached as &e->elements.m0, not through a
// lambda or get<I>, and the kind is compared, not asked of a concept (a helper function or closure
// a node is another function for the compiler to instantiate and, for g++, to prepare for constant
// evaluation: Rosenbrock-50 has 490 nodes).
template <bool FromObject, class E>
constexpr int lower(builder& b, E const* e, lowering_state& s) {
    using K = expr_kind;
    constexpr K kind = E::kind;
    if constexpr (kind == K::terminal) {
        using V = decltype(E::elements.m0);
        if constexpr (is_variable_leaf<V>::value)
            return s.in_loop ? b.variable(s.at + V::index, {}) : b.variable(V::index, V::name());
        else if constexpr (is_integer_leaf<V>::value) return b.integer(V::value);
        else if constexpr (is_argument<V>::value) return s.arguments[V::index];
        else if constexpr (number<V>) {
            if constexpr (FromObject) return b.literal(static_cast<double>(e->elements.m0));  // a rule's number
            else return b.number(s.slot++, std::is_integral_v<V>);                           // a user's number
        } else if constexpr (is_graph_leaf<V>::value) {
            std::size_t const offset = s.slot;
            s.slot += numbers<E>::count;
            return import<typename graph_of_leaf<V>::type>(b, offset);
        } else if constexpr (is_loop_leaf<V>::value) {
            static_assert(!FromObject, "ctdiff: internal error: a loop in a derivative rule");
            return lower_loop<V>(b, s);
        } else {
            static_assert(!sizeof(E), "ctdiff: internal error: no lowering rule for this leaf");
            return -1;
        }
    } else if constexpr (kind == K::negate) return b.neg(lower<FromObject>(b, FromObject ? &e->elements.m0 : nullptr, s));
    else if constexpr (kind == K::call) {
        using F = decltype(E::elements.m0.elements.m0);  // the function tag
        int const u = lower<FromObject>(b, FromObject ? &e->elements.m1 : nullptr, s);
        if constexpr (power_of<E>::value) return b.raise(power_of<E>::exponent, u);
        else {
            constexpr long long f = function_index<F>;
            static_assert(f >= 0, "ctdiff: internal error: a function tag missing from function_list");
            if constexpr (decltype(E::elements)::size == 2) return b.call(f, &partials_of<F>, u);
            else return b.call(f, &partials_of<F>, u, lower<FromObject>(b, FromObject ? &e->elements.m2 : nullptr, s));
        }
    } else {
        int const u = lower<FromObject>(b, FromObject ? &e->elements.m0 : nullptr, s);
        int const v = lower<FromObject>(b, FromObject ? &e->elements.m1 : nullptr, s);
        if constexpr (kind == K::plus) return b.add(u, v);
        else if constexpr (kind == K::minus) return b.sub(u, v);
        else if constexpr (kind == K::multiplies) return b.mul(u, v);
        else if constexpr (kind == K::divides) return b.div(u, v);
        else {
            static_assert(!sizeof(E), "ctdiff: internal error: no lowering rule for this node kind");
            return -1;
        }
    }
}

// --- the run-time numbers of a tree, in the order lower() numbers their slots ----------------------

template <class T, class U>
struct common_number { using type = std::common_type_t<T, U>; };
template <class U> struct common_number<void, U> { using type = U; };
template <class T> struct common_number<T, void> { using type = T; };
template <> struct common_number<void, void> { using type = void; };

// numbers<E>::count slots, of common type numbers<E>::type (void when there are none)
template <class E>
struct numbers {
    using type = void;
    static constexpr std::size_t count = 0;
};
template <class V>
    requires number<V>
struct numbers<terminal<V>> {
    using type = V;
    static constexpr std::size_t count = 1;
};
template <class G, class C, std::size_t M>
struct numbers<terminal<leaf<G, C, M>>> {
    using type = std::conditional_t<M == 0, void, C>;
    static constexpr std::size_t count = M;
};
template <std::size_t F, std::size_t L, long long S, std::size_t W, class Body>
struct numbers<terminal<loop<F, L, S, W, Body>>> : numbers<Body> {};
// the common type of number types, void standing for none
template <class... Ts> struct common_numbers { using type = void; };
template <class T, class... Ts> struct common_numbers<T, Ts...> {
    using type = typename common_number<T, typename common_numbers<Ts...>::type>::type;
};
template <expr_kind K, class... Children>
    requires(K != expr_kind::terminal)
struct numbers<expr<K, children<Children...>>> {
    using type = typename common_numbers<typename numbers<Children>::type...>::type;
    static constexpr std::size_t count = (std::size_t{0} + ... + numbers<Children>::count);
};

template <class... Es>
struct numbers_of_all {
    using common = typename common_numbers<typename numbers<std::remove_cvref_t<Es>>::type...>::type;
    using type = std::conditional_t<std::is_void_v<common>, double, common>;
    static constexpr std::size_t count = (std::size_t{0} + ... + numbers<std::remove_cvref_t<Es>>::count);
};

// A leaf holding a run-time number.
template <class E> inline constexpr bool is_number_leaf = false;
template <class V>
    requires number<V>
inline constexpr bool is_number_leaf<terminal<V>> = true;

// Every number is stored at an index known while compiling, and the copy is always inlined: then
// the numbers of a constexpr f are constants where the program reads them, and the optimiser
// folds them (with a running index, clang++ 16 kept Rosenbrock-50's 98 numbers in memory and
// the call cost 2.9x the instructions). One instantiation a node above a number, no helper: the
// children are named, not unpacked; a number leaf is stored by its parent, not by an instantiation
// of its own (which would be one a number: their offsets differ); a subtree without numbers is not
// walked, so most of a large f instantiates nothing here. The numbers go through a raw pointer:
// std::array's operator[] would be one more function a number for the inliner.
template <std::size_t Offset, class E, class C>
CTDIFF_ALWAYS_INLINE constexpr void collect_numbers(E const& e, C* out) {
    if constexpr (E::kind == expr_kind::terminal) {  // f itself a number, or a derivative
        if constexpr (is_number_leaf<E>) out[Offset] = static_cast<C>(e.elements.m0);
        else if constexpr (is_graph_leaf<decltype(E::elements.m0)>::value)
            for (std::size_t j = 0; j != numbers<E>::count; ++j) out[Offset + j] = static_cast<C>(e.elements.m0.constants[j]);
        else if constexpr (is_loop_leaf<decltype(E::elements.m0)>::value && numbers<E>::count != 0)
            collect_numbers<Offset>(e.elements.m0.body, out);
    } else {
        using A = decltype(E::elements.m0);
        if constexpr (is_number_leaf<A>) out[Offset] = static_cast<C>(e.elements.m0.elements.m0);
        else if constexpr (numbers<A>::count != 0) collect_numbers<Offset>(e.elements.m0, out);
        if constexpr (decltype(e.elements)::size >= 2) {
            using B = decltype(E::elements.m1);
            constexpr std::size_t at = Offset + numbers<A>::count;
            if constexpr (is_number_leaf<B>) out[at] = static_cast<C>(e.elements.m1.elements.m0);
            else if constexpr (numbers<B>::count != 0) collect_numbers<at>(e.elements.m1, out);
            if constexpr (decltype(e.elements)::size == 3) {
                using D = decltype(E::elements.m2);
                constexpr std::size_t after = at + numbers<B>::count;
                if constexpr (is_number_leaf<D>) out[after] = static_cast<C>(e.elements.m2.elements.m0);
                else if constexpr (numbers<D>::count != 0) collect_numbers<after>(e.elements.m2, out);
            }
        }
    }
}

// The roots f1, f2, ... one after another.
template <std::size_t Offset, class C, class First, class... Rest>
CTDIFF_ALWAYS_INLINE constexpr void collect_children(C* out, First const& first, Rest const&... rest) {
    if constexpr (numbers<First>::count != 0) collect_numbers<Offset>(first, out);
    if constexpr (sizeof...(Rest) != 0) collect_children<Offset + numbers<First>::count>(out, rest...);
}

/// The run-time numbers of f1, f2, ... in slot order, as one array.
template <class... Es>
CTDIFF_ALWAYS_INLINE constexpr auto numbers_array(Es const&... es) {
    using info = numbers_of_all<Es...>;
    std::array<typename info::type, info::count> out{};
    if constexpr (info::count != 0) collect_children<0>(out.data(), es...);
    return out;
}

// At most how many nodes lowering E makes (every tree node one, a derivative leaf its graph), and
// how many variable names it meets (one more than the largest position).
template <class E>
struct lowering_bound {
    static constexpr std::size_t nodes = 1, names = 0;
};
template <std::size_t I, fixed_string Name>
struct lowering_bound<terminal<variable<I, Name>>> {
    static constexpr std::size_t nodes = 1, names = I + 1;
};
template <class G, class C, std::size_t M>
struct lowering_bound<terminal<leaf<G, C, M>>> {
    static constexpr std::size_t nodes = G::value.size(), names = G::value.names.size();
};
template <std::size_t F, std::size_t L, long long S, std::size_t W, class Body>
struct lowering_bound<terminal<loop<F, L, S, W, Body>>> {
    static constexpr std::size_t nodes = (L - F) * (lowering_bound<Body>::nodes + 1);
    static constexpr std::size_t names = loop<F, L, S, W, Body>::end_position;
};
template <expr_kind K, class... Children>
    requires(K != expr_kind::terminal)
struct lowering_bound<expr<K, children<Children...>>> {
    static constexpr std::size_t nodes = (std::size_t{1} + ... + lowering_bound<Children>::nodes);
    static constexpr std::size_t names = largest(std::size_t{0}, lowering_bound<Children>::names...);
};

/// The graph of the trees Es (one root each, in order), their numbers in slots in that order.
template <class... Es>
struct lowering {
    static constexpr std::size_t capacity = (std::size_t{0} + ... + lowering_bound<Es>::nodes);
    static constexpr std::size_t root_capacity = sizeof...(Es);
    static constexpr std::size_t name_capacity = largest(std::size_t{0}, lowering_bound<Es>::names...);
    static constexpr built build() {
        builder b(256);
        lowering_state s;
        (b.roots.push_back(lower<false>(b, static_cast<Es const*>(nullptr), s)), ...);
        b.slots = s.slot;
        b.forward = static_cast<std::size_t>(b.size());
        return compact(b);
    }
};
template <class... Es>
using lowered = freeze<lowering<std::remove_cvref_t<Es>...>>;

/// The graph of an expression: its own when it is a derivative already, else its lowering.
template <class E>
struct graph_of_expression {
    using type = lowered<E>;
};
template <class G, class C, std::size_t M>
struct graph_of_expression<terminal<leaf<G, C, M>>> {
    using type = G;
};
template <class E>
using graph_of = typename graph_of_expression<std::remove_cvref_t<E>>::type;

/// The graph of the functions f1, f2, ...: one function that is a derivative already is its own
/// graph (lowering it again would only copy it). Every pass and pattern of fs starts from it.
template <class... Es>
struct graph_of_functions {
    using type = lowered<Es...>;
};
template <class E>
struct graph_of_functions<E> {
    using type = graph_of<E>;
};
template <class... Es>
using graph_of_all = typename graph_of_functions<Es...>::type;

}  // namespace ctdiff::detail::graph

#endif
