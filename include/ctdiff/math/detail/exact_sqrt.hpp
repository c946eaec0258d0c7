#ifndef CTDIFF_MATH_DETAIL_EXACT_SQRT_HPP
#define CTDIFF_MATH_DETAIL_EXACT_SQRT_HPP

// Correctly rounded square roots by exact integer arithmetic, for sqrt and for hypot of
// subnormal arguments. A p-bit significand squared needs 2p <= 128 bits, hence __int128.

#include <cstdint>
#include <limits>

#include <ctdiff/math/detail/fp.hpp>

namespace ctdiff::math::detail {

__extension__ typedef unsigned __int128 uint128;

// Positive finite x as M * 2^E with M a p-bit integer (2^(p-1) <= M < 2^p), p = digits of T.
struct integer_significand {
    std::uint64_t m;
    int e;
};

template <class T>
constexpr integer_significand decompose(T x) noexcept
{
    constexpr int p = std::numeric_limits<T>::digits;
    int e = 0;
    const T m = detail::frexp(x, &e); // x = m * 2^e, m in [0.5, 1)
    return {static_cast<std::uint64_t>(m * pow2<T>(p)), e - p};
}

// floor(sqrt(n)) and the remainder n - floor(sqrt(n))^2 for n < 2^(2 * half_bits), digit by digit.
struct integer_root {
    uint128 root;
    uint128 rem;
};

constexpr integer_root isqrt(uint128 n, int half_bits) noexcept
{
    uint128 root = 0;
    uint128 rem = 0;
    for (int i = 2 * half_bits - 2; i >= 0; i -= 2) {
        rem = (rem << 2) | ((n >> i) & 3u);
        const uint128 trial = (root << 2) | 1u;
        root <<= 1;
        if (rem >= trial) {
            rem -= trial;
            root |= 1u;
        }
    }
    return {root, rem};
}

// Nearest integer to sqrt(n): round up when n > (r + 1/2)^2 = r^2 + r + 1/4, i.e. rem > r.
// sqrt(n) is never exactly halfway, so there are no ties.
constexpr uint128 isqrt_nearest(uint128 n, int half_bits) noexcept
{
    const integer_root r = isqrt(n, half_bits);
    return r.root + (r.rem > r.root ? 1u : 0u);
}

// sqrt of a positive finite x, correctly rounded: with x = M * 2^E, take N = M * 2^j,
// j in {p - 1, p} of E's parity, so 2^(2p-2) <= N < 2^(2p) and sqrt(N) has p bits.
template <class T>
constexpr T sqrt_positive(T x) noexcept
{
    constexpr int p = std::numeric_limits<T>::digits;
    static_assert(p <= 64, "exact sqrt handles significands of at most 64 bits");
    const integer_significand s = decompose(x);
    const int j = ((s.e - (p - 1)) % 2 == 0) ? p - 1 : p;
    const uint128 y = isqrt_nearest(static_cast<uint128>(s.m) << j, p);
    return detail::ldexp(static_cast<T>(y), (s.e - j) / 2);
}

} // namespace ctdiff::math::detail

#endif
