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

// The hot operations below are written out flat instead of calling each other: clang's
// constant evaluator spends about as much time per call as per floating-point operation,
// so this halves the compile time of every math function (measured on clang 14 and 16).

// Veltkamp's splitting constant 2^ceil(digits/2) + 1.
template <std::floating_point W>
inline constexpr W split_factor = pow2<W>((fp_traits<W>::digits + 1) / 2) + W(1);

// a + b = s.hi + s.lo exactly (Knuth).
template <std::floating_point W>
constexpr dd<W> two_sum(W a, W b) noexcept
{
    W s = a + b;
    W bb = s - a;
    return {s, (a - (s - bb)) + (b - bb)};
}

// a + b = s.hi + s.lo exactly, provided |a| >= |b| or a == 0 (Dekker).
template <std::floating_point W>
constexpr dd<W> fast_two_sum(W a, W b) noexcept
{
    W s = a + b;
    return {s, b - (s - a)};
}

// a = hi + lo with hi, lo fitting in half the precision (Veltkamp).
template <std::floating_point W>
constexpr dd<W> split(W a) noexcept
{
    W c = split_factor<W> * a;
    W hi = c - (c - a);
    return {hi, a - hi};
}

// a * b = p.hi + p.lo exactly (Dekker), barring underflow.
template <std::floating_point W>
constexpr dd<W> two_prod(W a, W b) noexcept
{
    W p = a * b;
    W ca = split_factor<W> * a;
    W ah = ca - (ca - a);
    W al = a - ah;
    W cb = split_factor<W> * b;
    W bh = cb - (cb - b);
    W bl = b - bh;
    return {p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
}

template <std::floating_point W>
constexpr dd<W> to_dd(W x) noexcept { return {x, W(0)}; }

template <std::floating_point W>
constexpr dd<W> operator-(dd<W> x) noexcept { return {-x.hi, -x.lo}; }

// dd + W (DWPlusFP, relative error <= 2u^2)
template <std::floating_point W>
constexpr dd<W> operator+(dd<W> x, W y) noexcept
{
    W s = x.hi + y;
    W bb = s - x.hi;
    W v = x.lo + ((x.hi - (s - bb)) + (y - bb));
    W h = s + v;
    return {h, v - (h - s)};
}

template <std::floating_point W>
constexpr dd<W> operator+(W x, dd<W> y) noexcept { return y + x; }

// dd + dd (AccurateDWPlusDW, relative error <= 3u^2)
template <std::floating_point W>
constexpr dd<W> operator+(dd<W> x, dd<W> y) noexcept
{
    W s = x.hi + y.hi;
    W sb = s - x.hi;
    W se = (x.hi - (s - sb)) + (y.hi - sb);
    W t = x.lo + y.lo;
    W tb = t - x.lo;
    W te = (x.lo - (t - tb)) + (y.lo - tb);
    W c = se + t;
    W vh = s + c;
    W vl = te + (c - (vh - s));
    W h = vh + vl;
    return {h, vl - (h - vh)};
}

template <std::floating_point W>
constexpr dd<W> operator-(dd<W> x, dd<W> y) noexcept { return x + (-y); }

template <std::floating_point W>
constexpr dd<W> operator-(dd<W> x, W y) noexcept { return x + (-y); }

template <std::floating_point W>
constexpr dd<W> operator-(W x, dd<W> y) noexcept { return (-y) + x; }

// dd * W (DWTimesFP3 without fma, relative error below 2u^2)
template <std::floating_point W>
constexpr dd<W> operator*(dd<W> x, W y) noexcept
{
    W p = x.hi * y;
    W ca = split_factor<W> * x.hi;
    W ah = ca - (ca - x.hi);
    W al = x.hi - ah;
    W cb = split_factor<W> * y;
    W bh = cb - (cb - y);
    W bl = y - bh;
    W t = (((ah * bh - p) + ah * bl + al * bh) + al * bl) + x.lo * y;
    W h = p + t;
    return {h, t - (h - p)};
}

template <std::floating_point W>
constexpr dd<W> operator*(W x, dd<W> y) noexcept { return y * x; }

// dd * dd (DWTimesDW1 without fma, relative error below 7u^2)
template <std::floating_point W>
constexpr dd<W> operator*(dd<W> x, dd<W> y) noexcept
{
    W p = x.hi * y.hi;
    W ca = split_factor<W> * x.hi;
    W ah = ca - (ca - x.hi);
    W al = x.hi - ah;
    W cb = split_factor<W> * y.hi;
    W bh = cb - (cb - y.hi);
    W bl = y.hi - bh;
    W t = (((ah * bh - p) + ah * bl + al * bh) + al * bl) + (x.hi * y.lo + x.lo * y.hi);
    W h = p + t;
    return {h, t - (h - p)};
}

// dd / dd (DWDivDW2, relative error <= 15u^2 + 56u^3): th = x.hi / y.hi, then one correction
// from the exact remainder x - th * y.
template <std::floating_point W>
constexpr dd<W> operator/(dd<W> x, dd<W> y) noexcept
{
    W th = x.hi / y.hi;
    W p = y.hi * th;
    W ca = split_factor<W> * y.hi;
    W ah = ca - (ca - y.hi);
    W al = y.hi - ah;
    W cb = split_factor<W> * th;
    W bh = cb - (cb - th);
    W bl = th - bh;
    W pe = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    W d = (x.hi - p) + (x.lo - (pe + y.lo * th)); // x.hi - p is exact (Sterbenz)
    W tl = d / y.hi;
    W h = th + tl;
    return {h, tl - (h - th)};
}

template <std::floating_point W>
constexpr dd<W> operator/(dd<W> x, W y) noexcept { return x / to_dd(y); }

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
    using tw = fp_traits<W>;
    // Fast scaling when hi and the result are comfortably normal in W (always, for exp's m).
    bool plain = k == 0 || (fabs(v.hi) >= W(0.25) && fabs(v.hi) < W(4) &&
                            k > tw::min_exponent + 2 && k < tw::max_exponent - 3);
    W hs = plain ? (k == 0 ? v.hi : v.hi * pow2<W>(k)) : ldexp(v.hi, k);
    T r = static_cast<T>(hs);
    if (isinf(r) || v.hi == 0) return r;
    if constexpr (fp_traits<T>::digits < tw::digits &&
                  fp_traits<T>::min_exponent - fp_traits<T>::digits > tw::min_exponent) {
        // T's numbers and midpoints, subnormal ones included, lie on W's normal grid: then
        // lo can change the rounding of hi only when hi is exactly a midpoint of T.
        if (plain || fabs(hs) >= tw::min_normal) {
            W e = hs - static_cast<W>(r);
            if (e == 0) return r;
            W twice = static_cast<W>(r) + 2 * e; // the other neighbour, if hs is a midpoint
            T n = static_cast<T>(twice);
            if (n == r || static_cast<W>(n) != twice) return r;
            if (v.lo == 0) return r; // a true tie: the conversion rounded to even
            return (v.lo > 0) == (n > r) ? n : r;
        }
    } else {
        if (plain || fabs(hs) >= tw::min_normal) return r; // hi is the nearest already
    }
    // Subnormal result in W itself: compare the residual with the half spacing exactly.
    W e = v.hi - ldexp(static_cast<W>(r), -k); // residual of the first rounding, exact
    W rest = e + v.lo;                         // its sign is exact
    if (rest == 0) return r;
    T next = rest > 0 ? nextup(r) : nextdown(r);
    W gap = isinf(next) ? static_cast<W>(r) - static_cast<W>(nextafter(r, T(0)))
                        : static_cast<W>(next) - static_cast<W>(r);
    W half = ldexp(gap, -k - 1);   // signed half spacing toward next; exact power of two
    W beyond = (e - half) + v.lo; // exact difference, then sign-exact sum
    if (rest > 0 ? beyond > 0 : beyond < 0) return next;
    if (beyond == 0 && r != 0) {
        // Exact tie: keep the neighbour with an even last digit.
        W q = static_cast<W>(r) / fabs(gap);
        if (!is_integer(q * W(0.5))) return next;
    }
    return r == 0 ? copysign(T(0), static_cast<T>(v.hi)) : r;
}

// The T nearest to v.hi + v.lo.
template <std::floating_point T, std::floating_point W>
constexpr T round_to(dd<W> v) noexcept { return round_scaled<T>(v, 0); }

} // namespace ctdiff::math::detail

#endif
