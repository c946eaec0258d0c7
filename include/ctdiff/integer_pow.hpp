// Integer powers: pow<N>(u) with N an integer known at compile time. They need no elementary
// function, so this header does not bring the constexpr math layer in; pow.hpp adds the general
// pow(u, v).
#ifndef CTDIFF_INTEGER_POW_HPP
#define CTDIFF_INTEGER_POW_HPP

#include <ctdiff/simplify.hpp>

#include <string_view>

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

/// pow<N>(u): u raised to the compile-time integer N; pow<0>(u) is 1 and pow<1>(u) is u.
template <long long N, class U>
constexpr auto pow(U const& u) {
    static_assert(Expression<U>,
                  "ctdiff::pow<N>(u): u must be a ctdiff expression such as ctdiff::var<0>; "
                  "for a number use ctdiff::constant(v) or std::pow");
    if constexpr (Expression<U>) return detail::raise<N>(u);
    else return zero;
}

}  // namespace ctdiff

#endif
