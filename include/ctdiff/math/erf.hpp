#ifndef CTDIFF_MATH_ERF_HPP
#define CTDIFF_MATH_ERF_HPP

// erf, erfc: <cmath> at run time; in constant expressions double-word evaluation rounded once
// to T. Below 3.5 a series of positive terms,
//   erf a = 2/sqrt(pi) e^(-a^2) sum_n 2^n a^(2n+1) / (1*3*...*(2n+1)),
// from 3.5 on the continued fraction
//   erfc a = e^(-a^2) / sqrt(pi) / (a + (1/2) / (a + 1 / (a + (3/2) / (a + ...)))),
// so erfc keeps its full relative accuracy down to its underflow, with e^(-a^2) from the
// double-word exp kernel.

#include <cmath>
#include <concepts>
#include <type_traits>

#include <ctdiff/math/detail/double_double.hpp>
#include <ctdiff/math/detail/exp_kernel.hpp>
#include <ctdiff/math/detail/fp.hpp>

namespace ctdiff::math {
namespace detail {

// 2/sqrt(pi) and sqrt(pi) as double words (mpmath).
template <std::floating_point W>
struct erf_constants;

template <>
struct erf_constants<double> {
    static constexpr double two_over_sqrt_pi[2] = {0x1.20dd750429b6dp+0, 0x1.1ae3a914fed8p-56};
    static constexpr double sqrt_pi[2] = {0x1.c5bf891b4ef6bp+0, -0x1.618f13eb7ca89p-54};
};

template <>
struct erf_constants<long double> {
    static constexpr long double two_over_sqrt_pi[2] = {0x1.20dd750429b6d11ap+0L,
                                                        0x1.c75229fdaffb0d1p-65L};
    static constexpr long double sqrt_pi[2] = {0x1.c5bf891b4ef6aa7ap+0L, -0x1.e27d6f9512363ep-67L};
};

template <std::floating_point W>
constexpr dd<W> two_over_sqrt_pi() noexcept
{
    return {erf_constants<W>::two_over_sqrt_pi[0], erf_constants<W>::two_over_sqrt_pi[1]};
}

// Relative accuracy (bits) the series and the continued fraction aim at: about 30 bits beyond T's
// precision so that the final rounding is correct but for rare near-ties.
template <std::floating_point T>
inline constexpr int erf_bits = fp_traits<T>::digits > 53 ? 100 : fp_traits<T>::digits > 24 ? 84 : 54;

// Where the series hands over to the continued fraction.
inline constexpr double erf_series_limit = 3.5;

// From here on erf rounds to 1 and erfc(-a) to 2 (thresholds 3.92, 5.92, 6.53 from mpmath).
template <std::floating_point T>
inline constexpr T erf_saturates = fp_traits<T>::digits > 53 ? T(6.6) : fp_traits<T>::digits > 24 ? T(6) : T(4);

// From here on erfc underflows to 0 (thresholds 10.054, 27.226, 106.744 from mpmath).
template <std::floating_point T>
inline constexpr T erfc_underflows = fp_traits<T>::digits > 53 ? T(106.8) : fp_traits<T>::digits > 24 ? T(27.3) : T(10.1);

// erf a for 2^-digits(W) <= a < 3.5, relative accuracy about 2^-erf_bits<T>.
// The loop bodies are written out flat (clang's constant evaluator costs per operation). The
// term recurrence carries its error into every later term, so it runs in double words until the
// terms fall below 2^-(erf_bits - digits(W) + 12) of the sum; past that a plain-W chain, whose
// relative error grows by ~2u per step, adds less than 2^-(erf_bits + 4) in all.
template <std::floating_point T, std::floating_point W>
constexpr dd<W> erf_series(W a) noexcept
{
    constexpr W sf = split_factor<W>;
    dd<W> a2 = two_prod(a, a);
    W rh = a2.hi * W(2), rl = a2.lo * W(2); // ratio 2a^2, exactly
    W rc = sf * rh;
    W rh1 = rc - (rc - rh), rh2 = rh - rh1;
    W th = a, tl = 0; // term (unnormalized double word)
    W sh = a, sl = 0; // sum: two_sum on the heads, their tiny errors summed in plain W
    W d = 3;
    for (W head_eps = pow2<W>(fp_traits<W>::digits - erf_bits<T> - 12); th > sh * head_eps; d += 2) {
        // p = term * ratio
        W c = sf * th;
        W t1 = c - (c - th), t2 = th - t1;
        W ph = th * rh;
        W pl = (((t1 * rh1 - ph) + t1 * rh2 + t2 * rh1) + t2 * rh2) + (th * rl + tl * rh);
        // term = p / d; d is a small integer, so qh * d = q1 * d + q2 * d exactly
        W qh = ph / d;
        W cq = sf * qh;
        W q1 = cq - (cq - qh), q2 = qh - q1;
        tl = (((ph - q1 * d) - q2 * d) + pl) / d;
        th = qh;
        // sum += term
        W s = sh + th;
        W bb = s - sh;
        sl += ((sh - (s - bb)) + (th - bb)) + tl;
        sh = s;
    }
    W t = th;
    W tail = 0;
    for (W eps = pow2<W>(-erf_bits<T>); t > sh * eps; d += 2) {
        t = t * rh / d;
        tail += t;
    }
    dd<W> sum = fast_two_sum(sh, sl + tail);
    scaled_dd<W> e = exp_kernel(-a2);
    return ldexp(e.m, e.e) * (sum * two_over_sqrt_pi<W>());
}

// Levels of the continued fraction evaluated in double words; the deeper ones, plain W. An error
// at level k reaches the result damped by about prod_{j<k} (j/2) / f_j^2: with bits/5 levels the
// plain part stays below 2^-(erf_bits + 2) relative at a = 3.5 (checked against all-dd levels).
template <std::floating_point T>
inline constexpr int erfc_dd_levels = erf_bits<T> / 5;

// erfc a for 3.5 <= a < erfc_underflows<T>, as m * 2^e (the exponent of e^(-a^2) kept apart,
// so subnormal results are rounded once).
template <std::floating_point T, std::floating_point W>
constexpr scaled_dd<W> erfc_continued_fraction(W a) noexcept
{
    // Depth for erf_bits<T> correct bits, fitted to mpmath: it falls like 1/a^2.
    constexpr W bits = erf_bits<T>;
    int depth = static_cast<int>(W(0.066) * bits * bits / (a * a) + bits / 6 + 4);
    // The deep levels are damped on their way up: plain W there, double words (written out
    // flat) only for the last erfc_dd_levels.
    W fp = a;
    int k = depth;
    for (; k > erfc_dd_levels<T>; --k) {
        fp = a + (W(k) * W(0.5)) / fp;
    }
    constexpr W sf = split_factor<W>;
    W fh = fp, fl = 0;
    for (; k >= 1; --k) {
        // q = (k/2) / f with one correction from the exact remainder
        W c = W(k) * W(0.5);
        W qh = c / fh;
        W cq = sf * qh;
        W q1 = cq - (cq - qh), q2 = qh - q1;
        W cf = sf * fh;
        W f1 = cf - (cf - fh), f2 = fh - f1;
        W p = qh * fh;
        W pe = ((q1 * f1 - p) + q1 * f2 + q2 * f1) + q2 * f2;
        W ql = ((c - p) - pe - qh * fl) / fh;
        // f = a + q
        W s = a + qh;
        W bb = s - a;
        W e = ((a - (s - bb)) + (qh - bb)) + ql;
        fh = s + e;
        fl = e - (fh - s);
    }
    dd<W> f{fh, fl};
    dd<W> a2 = two_prod(a, a);
    scaled_dd<W> e = exp_kernel(-a2);
    dd<W> sqrt_pi{erf_constants<W>::sqrt_pi[0], erf_constants<W>::sqrt_pi[1]};
    return {e.m / (f * sqrt_pi), e.e};
}

template <std::floating_point T>
constexpr T erf_constexpr(T x) noexcept
{
    using W = working_t<T>;
    if (isnan(x) || x == 0) return x;
    T a = fabs(x);
    if (a >= erf_saturates<T>) return copysign(T(1), x);
    W aw = static_cast<W>(a);
    T r{};
    if (aw < pow2<W>(-fp_traits<W>::digits)) {
        // erf a = 2a/sqrt(pi) to working precision; scaled up so that subnormal a and results
        // lose nothing before the one rounding.
        constexpr int up = 2 * fp_traits<W>::digits;
        r = round_scaled<T>(two_over_sqrt_pi<W>() * ldexp(aw, up), -up);
    } else if (aw < W(erf_series_limit)) {
        r = round_to<T>(erf_series<T>(aw));
    } else {
        scaled_dd<W> c = erfc_continued_fraction<T>(aw);
        r = round_to<T>(W(1) - ldexp(c.m, c.e));
    }
    return signbit(x) ? -r : r;
}

template <std::floating_point T>
constexpr T erfc_constexpr(T x) noexcept
{
    using W = working_t<T>;
    if (isnan(x)) return x;
    if (x >= erfc_underflows<T>) return T(0); // +inf included
    if (x <= -erf_saturates<T>) return T(2);  // -inf included
    T a = fabs(x);
    // erfc x = 1 - 2x/sqrt(pi) + ... is within a quarter ulp of 1.
    if (a < pow2<T>(-fp_traits<T>::digits - 2)) return T(1);
    W aw = static_cast<W>(a);
    if (aw < W(erf_series_limit)) {
        dd<W> s = erf_series<T>(aw);
        return round_to<T>(signbit(x) ? W(1) + s : W(1) - s);
    }
    scaled_dd<W> c = erfc_continued_fraction<T>(aw);
    if (signbit(x)) return round_to<T>(W(2) - ldexp(c.m, c.e));
    return round_scaled<T>(c.m, c.e);
}

} // namespace detail

template <std::floating_point T>
constexpr T erf(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::erf_constexpr(x);
    }
    return std::erf(x);
}

template <std::integral I>
constexpr double erf(I x) noexcept
{
    return math::erf(static_cast<double>(x));
}

template <std::floating_point T>
constexpr T erfc(T x) noexcept
{
    if (std::is_constant_evaluated()) {
        return detail::erfc_constexpr(x);
    }
    return std::erfc(x);
}

template <std::integral I>
constexpr double erfc(I x) noexcept
{
    return math::erfc(static_cast<double>(x));
}

} // namespace ctdiff::math

#endif
