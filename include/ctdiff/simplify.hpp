// Simplifying node builders: every node that ctdiff creates, from the operators and from the
// derivative rules, is built here, so no tree ever multiplies by 0 or 1, adds 0 or raises to the
// power 0 or 1, and integer constants carried in types fold at compile time (c<2> * c<3> is c<6>).
//
// Each builder is a table: one line per algebraic rule, tried in order, the rule in its comment.
// Numbers known only at run time fold too, but their value is not in the type, so a run-time 0 or
// 1 is not recognised as such: only c<K> drives the structural rules.
#ifndef CTDIFF_SIMPLIFY_HPP
#define CTDIFF_SIMPLIFY_HPP

#include <ctdiff/constant.hpp>

namespace ctdiff {

// The integer-power function tag, defined with its derivative in pow.hpp.
template <long long N>
struct integer_power;

namespace detail {

/// An expression as is, or a number as a constant leaf.
template <class T>
constexpr auto as_expr(T const& t) {
    if constexpr (Expression<T>) return t;
    else return make_terminal(t);
}

template <class E>
concept negation = node_of_kind<E, expr_kind::negate>;

template <class E>
concept negative_integer = IntegerConstant<E> && (integer_value<E> < 0);

// Two constants whose quotient is not an integer division (which would truncate).
template <class U, class V>
concept real_constants =
    Constant<U> && Constant<V> &&
    std::is_floating_point_v<decltype(number_of(std::declval<U>()) / number_of(std::declval<V>()))>;

template <class E>
concept minus_one = IntegerConstant<E> && (integer_value<E> == -1);

// A product whose left factor is a constant: k*w (products keep their constant on the left).
template <class E>
concept scaled = node_of_kind<E, expr_kind::multiplies> &&
                 Constant<std::remove_cvref_t<decltype(child<0>(std::declval<E>()))>>;

// (-k)*w: a product whose constant factor is written negative, c<-k> (the graph also sees a number
// negated while differentiating, builder.hpp; the tree's number does not show its sign).
template <class E>
concept negatively_scaled =
    scaled<E> && negative_integer<std::remove_cvref_t<decltype(child<0>(std::declval<E>()))>>;

// 1/v
template <class E>
concept reciprocal = node_of_kind<E, expr_kind::divides> &&
                     is_one_v<std::remove_cvref_t<decltype(child<0>(std::declval<E>()))>>;

// An expression holding no run-time number: its type alone determines its value, so two such
// expressions of one type are the same expression (x*y and x*y, but not 2*x and 3*x).
template <class E>
constexpr bool stateless = false;
template <class V>
constexpr bool stateless<terminal<V>> = !number<V>;
template <class G, class C, std::size_t M>
constexpr bool stateless<terminal<graph::leaf<G, C, M>>> = (M == 0);  // a derivative's numbers
template <std::size_t F, std::size_t L, long long S, std::size_t W, class Body>
constexpr bool stateless<terminal<loop<F, L, S, W, Body>>> = stateless<Body>;  // a loop_sum's term's
template <expr_kind K, class... Children>
    requires(K != expr_kind::terminal)
constexpr bool stateless<expr<K, children<Children...>>> = (stateless<Children> && ...);

template <class U, class V>
concept same_expression = std::is_same_v<U, V> && stateless<U>;

// k*w and k*z: two products with the same constant factor, one whose type says it is the same
// (c<k>), so that the factor can be taken out once.
template <class U, class V>
concept common_factor = scaled<U> && scaled<V> &&
                        same_expression<std::remove_cvref_t<decltype(child<0>(std::declval<U>()))>,
                                        std::remove_cvref_t<decltype(child<0>(std::declval<V>()))>>;

template <class E>
struct power_of : std::false_type {};  // is E a node pow<N>(w)? if so, N
template <long long N, class W>
struct power_of<expr<expr_kind::call, children<terminal<integer_power<N>>, W>>>
    : std::true_type {
    static constexpr long long exponent = N;
};

consteval long long integer_pow(long long base, long long n) {
    long long r = 1;
    for (long long i = 0; i < n; ++i) r *= base;  // overflow here is a compile error
    return r;
}

template <Expression U> constexpr auto neg(U const& u);
template <Expression U, Expression V> constexpr auto add(U const& u, V const& v);
template <Expression U, Expression V> constexpr auto sub(U const& u, V const& v);
template <Expression U, Expression V> constexpr auto mul(U const& u, V const& v);
template <Expression U, Expression V> constexpr auto div(U const& u, V const& v);
template <long long N, Expression U> constexpr auto raise(U const& u);

// --- -u ---------------------------------------------------------------------------------------
template <Expression U>
constexpr auto neg(U const& u) {
    if constexpr (IntegerConstant<U>) return c<-integer_value<U>>;      // -c<k> -> c<-k>
    else if constexpr (Constant<U>) return make_terminal(-value(u));    // -k -> (-k)
    else if constexpr (negation<U>) return child<0>(u);                 // -(-w) -> w
    else if constexpr (scaled<U>)                                       // -(k*w) -> (-k)*w
        return mul(neg(child<0>(u)), child<1>(u));
    else return make_node<expr_kind::negate>(u);
}

// --- u + v ------------------------------------------------------------------------------------
template <Expression U, Expression V>
constexpr auto add(U const& u, V const& v) {
    if constexpr (is_zero_v<U>) return v;                               // 0 + v -> v
    else if constexpr (is_zero_v<V>) return u;                          // u + 0 -> u
    else if constexpr (IntegerConstant<U> && IntegerConstant<V>)        // c<a> + c<b> -> c<a+b>
        return c<integer_value<U> + integer_value<V>>;
    else if constexpr (Constant<U> && Constant<V>)                      // a + b -> (a+b)
        return make_terminal(number_of(u) + number_of(v));
    else if constexpr (negation<V>) return sub(u, child<0>(v));         // u + (-w) -> u - w
    else if constexpr (negative_integer<V>) return sub(u, neg(v));      // u + c<-k> -> u - c<k>
    else if constexpr (negatively_scaled<V>)                            // u + (-k)*w -> u - k*w
        return sub(u, mul(neg(child<0>(v)), child<1>(v)));
    else if constexpr (negation<U>) return sub(v, child<0>(u));         // (-w) + v -> v - w
    else if constexpr (same_expression<U, V>) return mul(c<2>, u);      // u + u -> 2*u
    else return make_node<expr_kind::plus>(u, v);
}

// --- u - v ------------------------------------------------------------------------------------
template <Expression U, Expression V>
constexpr auto sub(U const& u, V const& v) {
    if constexpr (is_zero_v<V>) return u;                               // u - 0 -> u
    else if constexpr (is_zero_v<U>) return neg(v);                     // 0 - v -> -v
    else if constexpr (IntegerConstant<U> && IntegerConstant<V>)        // c<a> - c<b> -> c<a-b>
        return c<integer_value<U> - integer_value<V>>;
    else if constexpr (Constant<U> && Constant<V>)                      // a - b -> (a-b)
        return make_terminal(number_of(u) - number_of(v));
    else if constexpr (negation<V>) return add(u, child<0>(v));         // u - (-w) -> u + w
    else if constexpr (negative_integer<V>) return add(u, neg(v));      // u - c<-k> -> u + c<k>
    else if constexpr (negatively_scaled<V>)                            // u - (-k)*w -> u + k*w
        return add(u, mul(neg(child<0>(v)), child<1>(v)));
    else if constexpr (same_expression<U, V>) return zero;              // u - u -> 0
    else if constexpr (common_factor<U, V>)                             // k*w - k*z -> k*(w - z)
        return mul(child<0>(u), sub(child<1>(u), child<1>(v)));
    else return make_node<expr_kind::minus>(u, v);
}

// --- u * v ------------------------------------------------------------------------------------
template <Expression U, Expression V>
constexpr auto mul(U const& u, V const& v) {
    if constexpr (is_zero_v<U> || is_zero_v<V>) return zero;            // 0*v -> 0, u*0 -> 0
    else if constexpr (is_one_v<U>) return v;                           // 1*v -> v
    else if constexpr (is_one_v<V>) return u;                           // u*1 -> u
    else if constexpr (IntegerConstant<U> && IntegerConstant<V>)        // c<a>*c<b> -> c<a*b>
        return c<integer_value<U> * integer_value<V>>;
    else if constexpr (Constant<U> && Constant<V>)                      // a*b -> (a*b)
        return make_terminal(number_of(u) * number_of(v));
    else if constexpr (Constant<V>) return mul(v, u);                   // u*k -> k*u
    else if constexpr (minus_one<U>) return neg(v);                    // -1*v -> -v
    else if constexpr (Constant<U> && scaled<V>)                        // a*(b*w) -> (a*b)*w
        return mul(mul(u, child<0>(v)), child<1>(v));
    else if constexpr (scaled<U>)                                       // (k*w)*v -> k*(w*v)
        return mul(child<0>(u), mul(child<1>(u), v));
    else if constexpr (scaled<V>)                                       // u*(k*w) -> k*(u*w)
        return mul(child<0>(v), mul(u, child<1>(v)));
    else if constexpr (negation<U>) return neg(mul(child<0>(u), v));    // (-w)*v -> -(w*v)
    else if constexpr (negation<V>) return neg(mul(u, child<0>(v)));    // u*(-w) -> -(u*w)
    else if constexpr (reciprocal<U>) return div(v, child<1>(u));       // (1/w)*v -> v/w
    else if constexpr (reciprocal<V>) return div(u, child<1>(v));       // u*(1/w) -> u/w
    else if constexpr (same_expression<U, V>) return raise<2>(u);       // u*u -> u^2
    else return make_node<expr_kind::multiplies>(u, v);
}

// --- u / v ------------------------------------------------------------------------------------
template <Expression U, Expression V>
constexpr auto div(U const& u, V const& v) {
    if constexpr (is_one_v<V>) return u;                                // u/1 -> u
    else if constexpr (is_zero_v<U>) return zero;                       // 0/v -> 0
    else if constexpr (IntegerConstant<U> && IntegerConstant<V> && !is_zero_v<V>) {
        if constexpr (integer_value<U> % integer_value<V> == 0)         // c<a>/c<b> -> c<a/b>
            return c<integer_value<U> / integer_value<V>>;              //   when b divides a
        else return make_node<expr_kind::divides>(u, v);
    } else if constexpr (real_constants<U, V>)                          // a/b -> (a/b) unless
        return make_terminal(number_of(u) / number_of(v));              //   that truncates
    else if constexpr (negation<U>) return neg(div(child<0>(u), v));    // (-w)/v -> -(w/v)
    else if constexpr (scaled<U>)                                       // (k*w)/v -> k*(w/v)
        return mul(child<0>(u), div(child<1>(u), v));
    else return make_node<expr_kind::divides>(u, v);
}

// --- u^N (N an integer known at compile time) -------------------------------------------------
template <long long N, Expression U>
constexpr auto raise(U const& u) {
    if constexpr (N == 0) return one;                                   // u^0 -> 1
    else if constexpr (N == 1) return u;                                // u^1 -> u
    else if constexpr (is_one_v<U>) return one;                         // 1^n -> 1
    else if constexpr (IntegerConstant<U> && N > 0)                     // c<k>^n -> c<k^n>
        return c<integer_pow(integer_value<U>, N)>;
    else if constexpr (power_of<U>::value)                              // (w^m)^n -> w^(m*n)
        return raise<power_of<U>::exponent * N>(child<1>(u));
    else return make_node<expr_kind::call>(make_terminal(integer_power<N>{}), u);
}

// --- f(u...) for a function tag f: no algebra, a call node ------------------------------------
template <class Function, Expression... Args>
constexpr auto apply(Function f, Args const&... args) {
    return make_node<expr_kind::call>(make_terminal(f), args...);
}

}  // namespace detail
}  // namespace ctdiff

#endif
