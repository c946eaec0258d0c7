// Powers: pow<N>(u) with N an integer known at compile time (integer_pow.hpp), and the general
// pow(u, v), whose value is ctdiff::math::pow and whose derivative calls log.
#ifndef CTDIFF_POW_HPP
#define CTDIFF_POW_HPP

#include <ctdiff/functions.hpp>
#include <ctdiff/integer_pow.hpp>
#include <ctdiff/simplify.hpp>

#include <ctdiff/math/pow.hpp>

#include <concepts>

namespace ctdiff {

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
