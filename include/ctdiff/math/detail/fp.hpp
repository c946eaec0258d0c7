// Constexpr bit-level helpers for float, double and long double (x87 80-bit).
//
// Everything here is usable in constant expressions on g++ 12 and clang++ 14/16. Rules that
// shaped the code (all checked on those compilers):
// - clang rejects constant evaluation of any arithmetic whose result is NaN (even NaN + 1),
//   g++ rejects arithmetic that overflows to infinity or divides by zero. So NaNs are returned,
//   never computed, and infinities come from numeric_limits.
// - clang cannot std::bit_cast a long double in a constant expression, so long double is handled
//   by exact arithmetic (scaling by powers of two); its sign is read through a conversion to double.
#ifndef CTDIFF_MATH_DETAIL_FP_HPP
#define CTDIFF_MATH_DETAIL_FP_HPP

#include <bit>
#include <concepts>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace ctdiff::math::detail {

// Precision and exponent range, in std::numeric_limits conventions:
// normal numbers are m * 2^e with m in [0.5, 1) and min_exponent <= e <= max_exponent.
template <std::floating_point T>
struct fp_traits {
    static constexpr int digits = std::numeric_limits<T>::digits;
    static constexpr int min_exponent = std::numeric_limits<T>::min_exponent;
    static constexpr int max_exponent = std::numeric_limits<T>::max_exponent;
    static constexpr T infinity = std::numeric_limits<T>::infinity();
    static constexpr T quiet_nan = std::numeric_limits<T>::quiet_NaN();
    static constexpr T max = std::numeric_limits<T>::max();
    static constexpr T min_normal = std::numeric_limits<T>::min();
    static constexpr T denorm_min = std::numeric_limits<T>::denorm_min();
};

// The floating-point type <cmath> computes a mixed call in: integers count as double.
template <class... A>
using promoted_t = std::common_type_t<std::conditional_t<std::is_integral_v<A>, double, A>...>;

template <std::floating_point T>
constexpr bool isnan(T x) noexcept { return x != x; }

template <std::floating_point T>
constexpr bool isinf(T x) noexcept
{
    return x == fp_traits<T>::infinity || x == -fp_traits<T>::infinity;
}

template <std::floating_point T>
constexpr bool isfinite(T x) noexcept
{
    return -fp_traits<T>::max <= x && x <= fp_traits<T>::max;
}

template <std::floating_point T>
constexpr bool signbit(T x) noexcept
{
    if constexpr (sizeof(T) == sizeof(std::uint32_t) && fp_traits<T>::digits == 24) {
        return (std::bit_cast<std::uint32_t>(x) >> 31) != 0;
    } else if constexpr (sizeof(T) == sizeof(std::uint64_t) && fp_traits<T>::digits == 53) {
        return (std::bit_cast<std::uint64_t>(x) >> 63) != 0;
    } else {
        // Conversion to double keeps the sign of zeros, infinities and NaNs.
        return signbit(static_cast<double>(x));
    }
}

template <std::floating_point T>
constexpr T fabs(T x) noexcept { return signbit(x) ? -x : x; }

template <std::floating_point T>
constexpr T copysign(T magnitude, T sign) noexcept
{
    return signbit(magnitude) == signbit(sign) ? magnitude : -magnitude;
}

// A NaN with the given sign (x86 turns invalid operations into the negative "default NaN").
template <std::floating_point T>
constexpr T nan_with_sign(bool negative) noexcept
{
    return negative ? -fp_traits<T>::quiet_nan : fp_traits<T>::quiet_nan;
}

// 2^k exactly, for every k whose power is representable (subnormal powers included).
template <std::floating_point T>
constexpr T pow2(int k) noexcept
{
    using tr = fp_traits<T>;
    if constexpr (tr::digits == 53 && sizeof(T) == sizeof(std::uint64_t)) {
        if (k >= tr::min_exponent - 1 && k <= tr::max_exponent - 1)
            return std::bit_cast<T>(static_cast<std::uint64_t>(k + 1023) << 52);
    } else if constexpr (tr::digits == 24 && sizeof(T) == sizeof(std::uint32_t)) {
        if (k >= tr::min_exponent - 1 && k <= tr::max_exponent - 1)
            return std::bit_cast<T>(static_cast<std::uint32_t>(k + 127) << 23);
    } else if (k >= -1022 && k <= 1023) {
        // Wider formats (x87) hold double's normal powers of two exactly; the conversion is cheap.
        return static_cast<T>(pow2<double>(k));
    }
    // Binary powering: every partial product is a power of two in range, hence exact.
    T result = 1;
    T base = k >= 0 ? T(2) : T(0.5);
    unsigned n = k >= 0 ? static_cast<unsigned>(k) : 0u - static_cast<unsigned>(k);
    while (true) {
        if (n & 1u) result *= base;
        n >>= 1;
        if (n == 0) break;
        base *= base;
    }
    return result;
}

// Exponent e with |x| = m * 2^e, m in [1, 2), for finite nonzero x (subnormals included).
template <std::floating_point T>
constexpr int ilogb_finite(T x) noexcept
{
    using tr = fp_traits<T>;
    T a = fabs(x);
    int e = 0;
    if (a < tr::min_normal) {
        a *= pow2<T>(tr::digits);
        e = -tr::digits;
    }
    if constexpr (tr::digits == 53 && sizeof(T) == sizeof(std::uint64_t)) {
        return e + static_cast<int>((std::bit_cast<std::uint64_t>(a) >> 52) & 0x7ff) - 1023;
    } else if constexpr (tr::digits == 24 && sizeof(T) == sizeof(std::uint32_t)) {
        return e + static_cast<int>((std::bit_cast<std::uint32_t>(a) >> 23) & 0xff) - 127;
    } else {
        if (a >= T(0x1p-1000) && a < T(0x1p1000)) {
            // Read the exponent through double; rounding up to the next power of two is undone.
            int d = ilogb_finite(static_cast<double>(a));
            return e + (pow2<T>(d) > a ? d - 1 : d);
        }
        // Binary search with exact power-of-two scalings 2^(2^i) (about 2 * 14 steps for x87).
        constexpr int levels = std::bit_width(static_cast<unsigned>(tr::max_exponent)) - 1;
        T up[levels]{};
        T down[levels]{};
        up[0] = 2;
        down[0] = T(0.5);
        for (int i = 1; i < levels; ++i) {
            up[i] = up[i - 1] * up[i - 1];
            down[i] = down[i - 1] * down[i - 1];
        }
        for (int i = levels - 1; i >= 0; --i) {
            if (a >= up[i]) {
                a *= down[i];
                e += 1 << i;
            } else if (a < down[i]) {
                a *= up[i];
                e -= 1 << i;
            }
        }
        // Now a is in [0.5, 2) or close to it; finish exactly.
        while (a >= T(2)) { a *= T(0.5); ++e; }
        while (a < T(1)) { a *= T(2); --e; }
        return e;
    }
}

// Like std::frexp: x = m * 2^e, |m| in [0.5, 1); zeros, infinities and NaNs are returned with e = 0.
template <std::floating_point T>
constexpr T frexp(T x, int* e) noexcept
{
    if (x == 0 || !isfinite(x)) {
        *e = 0;
        return x;
    }
    int k = ilogb_finite(x) + 1;
    *e = k;
    // Split the scaling so that no step leaves the normal range.
    if (k > fp_traits<T>::max_exponent - 1) return (x * pow2<T>(-1)) * pow2<T>(1 - k);
    if (k < fp_traits<T>::min_exponent + 1) return (x * pow2<T>(fp_traits<T>::digits)) * pow2<T>(-k - fp_traits<T>::digits);
    return x * pow2<T>(-k);
}

// x * 2^n with one correct rounding (to nearest even) when the result is subnormal,
// +-inf on overflow, +-0 on total underflow.
template <std::floating_point T>
constexpr T ldexp(T x, int n) noexcept
{
    using tr = fp_traits<T>;
    if (x == 0 || !isfinite(x) || n == 0) return x;
    // Clamp before adding so that huge n cannot overflow int.
    if (n > 4 * tr::max_exponent) return copysign(tr::infinity, x);
    if (n < -4 * tr::max_exponent) return copysign(T(0), x);
    int e = ilogb_finite(x) + 1;
    int r = e + n;
    if (r > tr::max_exponent) return copysign(tr::infinity, x);
    if (r >= tr::min_exponent && e >= tr::min_exponent && n >= tr::min_exponent - 1 &&
        n <= tr::max_exponent - 1) {
        return x * pow2<T>(n); // normal in, normal out: exact
    }
    T m = frexp(x, &e); // x = m * 2^e, |m| in [0.5, 1)
    if (r >= tr::min_exponent) return (m * T(2)) * pow2<T>(r - 1); // exact
    if (r < tr::min_exponent - tr::digits) return copysign(T(0), x);  // below half of denorm_min
    // Exact move to the smallest normal binade, then the single rounding multiplication.
    return (m * pow2<T>(tr::min_exponent)) * pow2<T>(r - tr::min_exponent);
}

template <std::floating_point T>
constexpr T scalbn(T x, int n) noexcept { return ldexp(x, n); }

// Distance from |x| to the next representable number away from zero (finite x).
template <std::floating_point T>
constexpr T ulp_up(T x) noexcept
{
    using tr = fp_traits<T>;
    if (fabs(x) < tr::min_normal) return tr::denorm_min;
    return pow2<T>(ilogb_finite(x) + 1 - tr::digits);
}

// Like std::nextafter (glibc semantics: NaN in, NaN out; x == y gives y).
template <std::floating_point T>
constexpr T nextafter(T x, T y) noexcept
{
    using tr = fp_traits<T>;
    if (isnan(x)) return x;
    if (isnan(y)) return y;
    if (x == y) return y;
    if (x == 0) return y > 0 ? tr::denorm_min : -tr::denorm_min;
    bool away = (x > 0) == (y > x);
    if (isinf(x)) return x > 0 ? tr::max : -tr::max;
    T a = fabs(x);
    T step = 0;
    if (away) {
        if (a == tr::max) return copysign(tr::infinity, x);
        step = ulp_up(a);
    } else {
        // Below a power of two the spacing halves (down to the subnormal spacing).
        int e = ilogb_finite(a);
        step = ulp_up(a);
        if (a == pow2<T>(e) && e > tr::min_exponent - 1) step = step * T(0.5);
    }
    T b = away ? a + step : a - step;
    return signbit(x) ? -b : b;
}

template <std::floating_point T>
constexpr T nextup(T x) noexcept { return nextafter(x, fp_traits<T>::infinity); }

template <std::floating_point T>
constexpr T nextdown(T x) noexcept { return nextafter(x, -fp_traits<T>::infinity); }

// Round to the nearest integer, ties to even, for finite x (any magnitude).
template <std::floating_point T>
inline constexpr T integer_threshold = pow2<T>(fp_traits<T>::digits - 1); // all larger are integers

template <std::floating_point T>
constexpr T round_even(T x) noexcept
{
    constexpr T big = integer_threshold<T>;
    // |x| + 2^(digits-1) has unit spacing, so this addition rounds |x| to an integer (ties to even).
    if (x > 0) return x < big ? (x + big) - big : x;
    if (x == 0) return x;
    if (x > -big) {
        T r = (big - x) - big;
        return r == 0 ? T(-0.0) : -r;
    }
    return x;
}

// Round toward zero, finite x.
template <std::floating_point T>
constexpr T trunc(T x) noexcept
{
    T r = round_even(x);
    if (fabs(r) > fabs(x)) r = x > 0 ? r - 1 : r + 1;
    return r == 0 ? copysign(T(0), x) : r;
}

template <std::floating_point T>
constexpr bool is_integer(T x) noexcept { return isfinite(x) && trunc(x) == x; }

template <std::floating_point T>
constexpr bool is_odd_integer(T x) noexcept
{
    // Beyond 2^digits every representable number is even.
    if (!is_integer(x) || !(fabs(x) < pow2<T>(fp_traits<T>::digits))) return false;
    return !is_integer(x * T(0.5));
}

} // namespace ctdiff::math::detail

#endif
