#ifndef CTDIFF_COMPLEX_HPP
#define CTDIFF_COMPLEX_HPP

// ctdiff::complex<T>: a constexpr complex number, the scalar of the complex-step derivative
// (f'(x) = Im f(x + ih) / h). std::complex is not usable in constant expressions in C++20, so
// ctdiff has its own. Arithmetic and elementary functions are hidden friends, found by ADL, which
// is how ctdiff expressions and generic user callables (`[](auto x) { return sin(x) * x; }`)
// evaluate on it.
//
// Accuracy goal: the imaginary part stays accurate when it is tiny next to the real part (the
// complex-step regime), so every formula below avoids cancellation in Im. The inverse trigonometric
// functions follow the principal branches for |Re z| < 1 (where their real versions are defined).

#include <concepts>
#include <numbers>
#include <type_traits>

#include <ctdiff/detail/real_functions.hpp>

namespace ctdiff {

/// Arithmetic (non-complex) scalars that mix with ctdiff::complex<T> in + - * / and pow.
template <class S>
concept Arithmetic = std::is_arithmetic_v<S>;

template <std::floating_point T>
struct complex {
    T re{};
    T im{};

    constexpr complex() noexcept = default;
    // Implicit from a real, like std::complex: `static_cast<complex<T>>(2)` for expression constants.
    constexpr complex(T real, T imag = T(0)) noexcept : re(real), im(imag) {}

    friend constexpr T real(complex z) noexcept { return z.re; }
    friend constexpr T imag(complex z) noexcept { return z.im; }
    friend constexpr complex conj(complex z) noexcept { return {z.re, -z.im}; }

    friend constexpr bool operator==(complex const&, complex const&) noexcept = default;

    friend constexpr complex operator+(complex z) noexcept { return z; }
    friend constexpr complex operator-(complex z) noexcept { return {-z.re, -z.im}; }

    friend constexpr complex operator+(complex a, complex b) noexcept { return {a.re + b.re, a.im + b.im}; }
    friend constexpr complex operator-(complex a, complex b) noexcept { return {a.re - b.re, a.im - b.im}; }
    friend constexpr complex operator*(complex a, complex b) noexcept {
        return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
    }
    // Smith's algorithm: scales by the larger part of b so |b|^2 cannot overflow.
    friend constexpr complex operator/(complex a, complex b) noexcept {
        if (detail::real::abs(b.re) >= detail::real::abs(b.im)) {
            T const r = b.im / b.re;
            T const den = b.re + b.im * r;
            return {(a.re + a.im * r) / den, (a.im - a.re * r) / den};
        }
        T const r = b.re / b.im;
        T const den = b.re * r + b.im;
        return {(a.re * r + a.im) / den, (a.im * r - a.re) / den};
    }

    // Mixed with a real scalar: exact on the real part, no spurious 0*inf terms.
    template <Arithmetic S> friend constexpr complex operator+(complex a, S s) noexcept { return {a.re + T(s), a.im}; }
    template <Arithmetic S> friend constexpr complex operator+(S s, complex a) noexcept { return {T(s) + a.re, a.im}; }
    template <Arithmetic S> friend constexpr complex operator-(complex a, S s) noexcept { return {a.re - T(s), a.im}; }
    template <Arithmetic S> friend constexpr complex operator-(S s, complex a) noexcept { return {T(s) - a.re, -a.im}; }
    template <Arithmetic S> friend constexpr complex operator*(complex a, S s) noexcept { return {a.re * T(s), a.im * T(s)}; }
    template <Arithmetic S> friend constexpr complex operator*(S s, complex a) noexcept { return {T(s) * a.re, T(s) * a.im}; }
    template <Arithmetic S> friend constexpr complex operator/(complex a, S s) noexcept { return {a.re / T(s), a.im / T(s)}; }
    template <Arithmetic S> friend constexpr complex operator/(S s, complex a) noexcept { return complex(T(s)) / a; }

    constexpr complex& operator+=(complex b) noexcept { return *this = *this + b; }
    constexpr complex& operator-=(complex b) noexcept { return *this = *this - b; }
    constexpr complex& operator*=(complex b) noexcept { return *this = *this * b; }
    constexpr complex& operator/=(complex b) noexcept { return *this = *this / b; }

    // exp(a+ib) = e^a (cos b + i sin b)
    friend constexpr complex exp(complex z) noexcept {
        T const m = detail::real::exp(z.re);
        return {m * detail::real::cos(z.im), m * detail::real::sin(z.im)};
    }
    // log z = log|z| + i arg z (principal branch)
    friend constexpr complex log(complex z) noexcept {
        return {detail::real::log(detail::real::hypot(z.re, z.im)), detail::real::atan2(z.im, z.re)};
    }
    // Principal root; the division gives the small part without cancellation.
    friend constexpr complex sqrt(complex z) noexcept {
        if (z.re == T(0) && z.im == T(0)) return {T(0), z.im};
        T const t = detail::real::sqrt((detail::real::abs(z.re) + detail::real::hypot(z.re, z.im)) / T(2));
        if (z.re >= T(0)) return {t, z.im / (T(2) * t)};
        return {detail::real::abs(z.im) / (T(2) * t), z.im < T(0) ? -t : t};
    }
    // z^w = exp(w log z); 0^w = 0 for the exponents that matter here (Re w > 0).
    friend constexpr complex pow(complex z, complex w) noexcept {
        if (z.re == T(0) && z.im == T(0)) return {};
        return exp(w * log(z));
    }
    // Integer exponents by repeated squaring: exact structure, no branch cut for negative bases.
    template <Arithmetic S> friend constexpr complex pow(complex z, S s) noexcept {
        if constexpr (std::is_integral_v<S>) {
            bool const invert = s < S(0);
            auto n = invert ? -static_cast<long long>(s) : static_cast<long long>(s);
            complex result(T(1)), base = z;
            for (; n != 0; n /= 2, base = base * base)
                if (n % 2 != 0) result = result * base;
            return invert ? T(1) / result : result;
        } else {
            return pow(z, complex(T(s)));
        }
    }
    template <Arithmetic S> friend constexpr complex pow(S s, complex w) noexcept { return pow(complex(T(s)), w); }

    // sin(a+ib) = sin a cosh b + i cos a sinh b
    friend constexpr complex sin(complex z) noexcept {
        return {detail::real::sin(z.re) * detail::real::cosh(z.im), detail::real::cos(z.re) * detail::real::sinh(z.im)};
    }
    // cos(a+ib) = cos a cosh b - i sin a sinh b
    friend constexpr complex cos(complex z) noexcept {
        return {detail::real::cos(z.re) * detail::real::cosh(z.im), -detail::real::sin(z.re) * detail::real::sinh(z.im)};
    }
    friend constexpr complex tan(complex z) noexcept { return sin(z) / cos(z); }
    // sinh(a+ib) = sinh a cos b + i cosh a sin b
    friend constexpr complex sinh(complex z) noexcept {
        return {detail::real::sinh(z.re) * detail::real::cos(z.im), detail::real::cosh(z.re) * detail::real::sin(z.im)};
    }
    // cosh(a+ib) = cosh a cos b + i sinh a sin b
    friend constexpr complex cosh(complex z) noexcept {
        return {detail::real::cosh(z.re) * detail::real::cos(z.im), detail::real::sinh(z.re) * detail::real::sin(z.im)};
    }
    friend constexpr complex tanh(complex z) noexcept { return sinh(z) / cosh(z); }
    // atan(a+ib) = 1/2 atan2(2a, 1 - a^2 - b^2) + i/4 log1p(4b / (a^2 + (1-b)^2));
    // log1p keeps Im accurate when b is tiny (a plain log of the ratio would round it away).
    friend constexpr complex atan(complex z) noexcept {
        T const a = z.re, b = z.im;
        T const re = detail::real::atan2(T(2) * a, (T(1) - a) * (T(1) + a) - b * b) / T(2);
        T const im = detail::real::log1p(T(4) * b / (a * a + (T(1) - b) * (T(1) - b))) / T(4);
        return {re, im};
    }
    // asin z = atan(z / sqrt(1 - z^2)), with 1 - z^2 formed without cancellation.
    friend constexpr complex asin(complex z) noexcept {
        complex const one_minus_z2{(T(1) - z.re) * (T(1) + z.re) + z.im * z.im, T(-2) * z.re * z.im};
        return atan(z / sqrt(one_minus_z2));
    }
    // acos z = pi/2 - asin z
    friend constexpr complex acos(complex z) noexcept { return std::numbers::pi_v<T> / T(2) - asin(z); }
};

} // namespace ctdiff

#endif
