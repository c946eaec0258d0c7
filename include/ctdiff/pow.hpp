// Powers: pow<N>(u) with N an integer known at compile time, and the general pow(u, v).
#ifndef CTDIFF_POW_HPP
#define CTDIFF_POW_HPP

#include <ctdiff/functions.hpp>
#include <ctdiff/simplify.hpp>

#include <ctdiff/math/pow.hpp>

#include <concepts>

namespace ctdiff {

namespace detail {
// x^n by repeated squaring: n is a compile-time constant, so this unrolls to n's multiplications.
template <long long N, class T>
constexpr T power(T const& x) {
    if constexpr (N < 0) return static_cast<T>(1) / power<-N>(x);
    else if constexpr (N == 0) return static_cast<T>(1);
    else if constexpr (N == 1) return x;
    else if constexpr (N % 2 == 0) {
        T const half = power<N / 2>(x);
        return half * half;
    } else return x * power<N - 1>(x);
}
}  // namespace detail

/// u^N, N a compile-time integer (negative allowed).
template <long long N>
struct integer_power : detail::function_tag {
    static constexpr long long exponent = N;
    static constexpr std::string_view name = "pow";
    template <class T>
    static constexpr T value(T const& x) { return detail::power<N>(x); }
    // (u^N)' = N u^(N-1)
    template <Expression U>
    static constexpr auto derivative(U const& u) { return detail::mul(c<N>, detail::raise<N - 1>(u)); }
};

/// u^v, the general power.
struct power_fn : detail::function_tag {
    static constexpr std::string_view name = "pow";
    template <class T>
    static constexpr T value(T const& x, T const& y) {
        if constexpr (std::floating_point<T>) return math::pow(x, y); else return pow(x, y);
    }
    // (u^v)' = v u^(v-1) u' + ln(u) u^v v'
    template <Expression U, Expression V>
    static constexpr auto partials(U const& u, V const& v) {
        return hana::make_tuple(detail::mul(v, pow(u, detail::sub(v, one))),
                                detail::mul(log(u), pow(u, v)));
    }
};

/// pow<N>(u): u raised to the compile-time integer N; pow<0>(u) is 1 and pow<1>(u) is u.
template <long long N, class U>
constexpr auto pow(U const& u) {
    static_assert(Expression<U>,
                  "ctdiff::pow<N>(u): u must be a ctdiff expression such as ctdiff::var<0>; "
                  "for a number use ctdiff::constant(v) or std::pow");
    if constexpr (Expression<U>) return detail::raise<N>(u);
    else return zero;
}

/// pow(u, v): u^v with u or v (or both) a ctdiff expression, the other maybe a number. An integer
/// exponent carried in the type (pow(x, c<3>)) is the same as pow<3>(x).
template <class U, class V>
    requires(Expression<U> || Expression<V>)
constexpr auto pow(U const& u, V const& v) {
    static_assert((Expression<U> || detail::number<U>) && (Expression<V> || detail::number<V>),
                  "ctdiff::pow(u, v): u and v must be ctdiff expressions or arithmetic values");
    if constexpr (IntegerConstant<V>) return pow<integer_value<V>>(detail::as_expr(u));
    else return detail::apply(power_fn{}, detail::as_expr(u), detail::as_expr(v));
}

}  // namespace ctdiff

#endif
