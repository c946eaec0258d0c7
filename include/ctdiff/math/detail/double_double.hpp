// Constexpr double-word ("double-double") arithmetic, templated on the base type W.
//
// A dd<W> is an unevaluated sum hi + lo with |lo| <= ulp(hi) / 2, carrying about twice the
// precision of W (106 bits for double, 128 for x87 long double). Exact products use Veltkamp/Dekker
// splitting because std::fma is not constexpr. The algorithms and their error bounds
// (a few u^2, u = 2^-digits) are those of Joldes, Muller and Popescu, "Tight and rigorous error
// bounds for basic building blocks of double-word arithmetic" (ACM TOMS 44, 2017).
//
// Preconditions (not checked, to keep constant evaluation cheap): finite operands, magnitudes
// well inside the exponent range (no overflow in the splitting, |x| < 2^(max_exponent - digits/2 - 2),
// and no underflow in the error terms if full precision is wanted).
#ifndef CTDIFF_MATH_DETAIL_DOUBLE_DOUBLE_HPP
#define CTDIFF_MATH_DETAIL_DOUBLE_DOUBLE_HPP

#include <concepts>
#include <type_traits>

#include <ctdiff/math/detail/fp.hpp>

namespace ctdiff::math::detail {

template <std::floating_point W>
struct dd {
    W hi{};
    W lo{};
};

// The base type used to compute results of type T: float and double both work on dd<double>
// (float then gets ~2^-100 relative accuracy before its final rounding), long double on
// dd<long double>.
template <std::floating_point T>
using working_t = std::conditional_t<(fp_traits<T>::digits > 53), long double, double>;

// a + b = s.hi + s.lo exactly (Knuth).
template <std::floating_point W>
constexpr dd<W> two_sum(W a, W b) noexcept
{
    W s = a + b;
    W bb = s - a;
    W err = (a - (s - bb)) + (b - bb);
    return {s, err};
}

// a + b = s.hi + s.lo exactly, provided |a| >= |b| or a == 0 (Dekker).
template <std::floating_point W>
constexpr dd<W> fast_two_sum(W a, W b) noexcept
{
    W s = a + b;
    W z = s - a;
    return {s, b - z};
}

// a = hi + lo with hi, lo fitting in half the precision (Veltkamp).
template <std::floating_point W>
constexpr dd<W> split(W a) noexcept
{
    constexpr W factor = pow2<W>((fp_traits<W>::digits + 1) / 2) + W(1);
    W c = factor * a;
    W hi = c - (c - a);
    return {hi, a - hi};
}

// a * b = p.hi + p.lo exactly (Dekker), barring underflow.
template <std::floating_point W>
constexpr dd<W> two_prod(W a, W b) noexcept
{
    W p = a * b;
    dd<W> as = split(a);
    dd<W> bs = split(b);
    W err = ((as.hi * bs.hi - p) + as.hi * bs.lo + as.lo * bs.hi) + as.lo * bs.lo;
    return {p, err};
}

template <std::floating_point W>
constexpr dd<W> to_dd(W x) noexcept { return {x, W(0)}; }

template <std::floating_point W>
constexpr dd<W> operator-(dd<W> x) noexcept { return {-x.hi, -x.lo}; }

// dd + W (DWPlusFP, relative error <= 2u^2)
template <std::floating_point W>
constexpr dd<W> operator+(dd<W> x, W y) noexcept
{
    dd<W> s = two_sum(x.hi, y);
    return fast_two_sum(s.hi, x.lo + s.lo);
}

template <std::floating_point W>
constexpr dd<W> operator+(W x, dd<W> y) noexcept { return y + x; }

// dd + dd (AccurateDWPlusDW, relative error <= 3u^2)
template <std::floating_point W>
constexpr dd<W> operator+(dd<W> x, dd<W> y) noexcept
{
    dd<W> s = two_sum(x.hi, y.hi);
    dd<W> t = two_sum(x.lo, y.lo);
    dd<W> v = fast_two_sum(s.hi, s.lo + t.hi);
    return fast_two_sum(v.hi, v.lo + t.lo);
}

template <std::floating_point W>
constexpr dd<W> operator-(dd<W> x, dd<W> y) noexcept { return x + (-y); }

template <std::floating_point W>
constexpr dd<W> operator-(dd<W> x, W y) noexcept { return x + (-y); }

template <std::floating_point W>
constexpr dd<W> operator-(W x, dd<W> y) noexcept { return (-y) + x; }

// dd * W (DWTimesFP1, relative error <= 1.5u^2 + 4u^3)
template <std::floating_point W>
constexpr dd<W> operator*(dd<W> x, W y) noexcept
{
    dd<W> c = two_prod(x.hi, y);
    dd<W> t = fast_two_sum(c.hi, x.lo * y);
    return fast_two_sum(t.hi, t.lo + c.lo);
}

template <std::floating_point W>
constexpr dd<W> operator*(W x, dd<W> y) noexcept { return y * x; }

// dd * dd (DWTimesDW1 without fma, relative error below 7u^2)
template <std::floating_point W>
constexpr dd<W> operator*(dd<W> x, dd<W> y) noexcept
{
    dd<W> c = two_prod(x.hi, y.hi);
    W cross = x.hi * y.lo + x.lo * y.hi;
    return fast_two_sum(c.hi, c.lo + cross);
}

// dd / W (DWDivFP2, relative error <= 3.5u^2)
template <std::floating_point W>
constexpr dd<W> operator/(dd<W> x, W y) noexcept
{
    W th = x.hi / y;
    dd<W> p = two_prod(th, y);
    W dh = x.hi - p.hi;
    W dt = dh - p.lo;
    W d = dt + x.lo;
    return fast_two_sum(th, d / y);
}

// dd / dd (DWDivDW2, relative error <= 15u^2 + 56u^3)
template <std::floating_point W>
constexpr dd<W> operator/(dd<W> x, dd<W> y) noexcept
{
    W th = x.hi / y.hi;
    dd<W> r = y * th;
    W ph = x.hi - r.hi; // exact (Sterbenz)
    W dl = x.lo - r.lo;
    W d = ph + dl;
    return fast_two_sum(th, d / y.hi);
}

template <std::floating_point W>
constexpr dd<W> operator/(W x, dd<W> y) noexcept { return to_dd(x) / y; }

// x * 2^k, exact while hi and lo stay normal.
template <std::floating_point W>
constexpr dd<W> ldexp(dd<W> x, int k) noexcept
{
    return {ldexp(x.hi, k), ldexp(x.lo, k)};
}

// Square root of a positive finite W, within an ulp or two (Newton from a linear guess);
// only used as the seed of dd sqrt.
template <std::floating_point W>
constexpr W sqrt_seed(W a) noexcept
{
    int e = ilogb_finite(a);
    int k = e >= 0 ? e / 2 : -((1 - e) / 2); // floor(e / 2)
    W m = a * pow2<W>(-2 * k) ;              // m in [1, 4)
    W y = W(0.7083) + m / W(3);              // relative error < 3% on [1, 4)
    constexpr int iterations = fp_traits<W>::digits > 53 ? 5 : 4;
    for (int i = 0; i < iterations; ++i) y = W(0.5) * (y + m / y);
    return y * pow2<W>(k);
}

// sqrt of a dd (x.hi > 0 finite): one Newton correction of the seed in double-word arithmetic.
template <std::floating_point W>
constexpr dd<W> sqrt(dd<W> x) noexcept
{
    if (x.hi == 0) return x;
    // Scale by an even power of two into [1, 4) so that the square below neither over- nor underflows.
    int e = ilogb_finite(x.hi);
    int k = e >= 0 ? e / 2 : -((1 - e) / 2);
    dd<W> m = ldexp(x, -2 * k);
    W s = sqrt_seed(m.hi);
    dd<W> r = m - two_prod(s, s);
    dd<W> root = fast_two_sum(s, r.hi / (W(2) * s));
    return ldexp(root, k);
}

// The T nearest to (v.hi + v.lo) * 2^k, ties to even, with a single rounding even when the result
// is subnormal in T (where rounding hi alone could round twice). v must be normalized
// (|lo| <= ulp(hi)/2, which every operation above guarantees) and hi finite.
template <std::floating_point T, std::floating_point W>
constexpr T round_scaled(dd<W> v, int k) noexcept
{
    if (v.hi == 0) return static_cast<T>(ldexp(v.hi, k));
    W hs = ldexp(v.hi, k);
    T r = static_cast<T>(hs);
    if (isinf(r)) return r;
    if constexpr (std::is_same_v<T, W>) {
        if (fabs(r) >= fp_traits<T>::min_normal) return r; // hi is the nearest already
    }
    // Residual of the first rounding, in the unscaled frame (both terms exact).
    W e = v.hi - ldexp(static_cast<W>(r), -k);
    W rest = e + v.lo; // its sign is exact
    if (rest == 0) return r;
    T next = rest > 0 ? nextup(r) : nextdown(r);
    W gap = isinf(next) ? static_cast<W>(r) - static_cast<W>(nextafter(r, T(0)))
                        : static_cast<W>(next) - static_cast<W>(r);
    W half = ldexp(gap, -k - 1); // signed half spacing toward next; exact power of two
    W beyond = (e - half) + v.lo; // exact difference, then sign-exact sum
    if (rest > 0 ? beyond > 0 : beyond < 0) return next;
    if (beyond == 0 && r != 0) {
        // Exact tie: keep the neighbour with an even last digit.
        W q = static_cast<W>(r) / static_cast<W>(fabs(isinf(next) ? r - nextafter(r, T(0)) : next - r));
        if (!is_integer(q * W(0.5))) return next;
    }
    return r == 0 ? copysign(T(0), static_cast<T>(v.hi)) : r;
}

// The T nearest to v.hi + v.lo.
template <std::floating_point T, std::floating_point W>
constexpr T round_to(dd<W> v) noexcept { return round_scaled<T>(v, 0); }

} // namespace ctdiff::math::detail

#endif
