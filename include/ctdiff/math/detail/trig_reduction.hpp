#ifndef CTDIFF_MATH_DETAIL_TRIG_REDUCTION_HPP
#define CTDIFF_MATH_DETAIL_TRIG_REDUCTION_HPP

// Argument reduction for sin, cos and tan: x = q * pi/2 + r with |r| <= pi/4 (a hair more after
// rounding), r as a double-word number. Moderate |x| use Cody-Waite with pi/2 in four pieces and
// exact products; large |x| use Payne-Hanek on integers with the bits of 2/pi, so every finite
// argument is reduced with ~2^-100 relative accuracy (x87 long double: ~2^-125).

#include <cstdint>

#include <ctdiff/math/detail/double_double.hpp>
#include <ctdiff/math/detail/exact_sqrt.hpp>
#include <ctdiff/math/detail/fp.hpp>
#include <ctdiff/math/detail/trig_tables.hpp>
#include <ctdiff/math/detail/two_over_pi_bits.hpp>

namespace ctdiff::math::detail {

template <class W>
struct reduced_angle {
    unsigned quadrant; // q mod 4
    dd<W> r;
};

// Below this |x| Cody-Waite is used: n < 2^20 keeps its cancellation error near 2^-130 |x|.
template <class W>
inline constexpr W cody_waite_limit = W(1 << 20);

// x - n pi/2 for |x| < cody_waite_limit. n * piece is exact (two_prod), x - n * pio2_parts[0] is
// exact (Sterbenz: both within a factor 2 once n >= 1), the rest is summed in double-word.
template <class W>
constexpr reduced_angle<W> reduce_cody_waite(W x) noexcept
{
    using tab = trig_tables<W>;
    const W n = round_even(x * tab::two_over_pi);
    if (n == 0) {
        return {0u, to_dd(x)};
    }
    const dd<W> p1 = two_prod(n, tab::pio2_parts[0]);
    const dd<W> p2 = two_prod(n, tab::pio2_parts[1]);
    const dd<W> p3 = two_prod(n, tab::pio2_parts[2]);
    dd<W> r = two_sum(x - p1.hi, -p2.hi);
    r = r - p1.lo;
    r = r - p2.lo;
    r = r - p3.hi;
    r = r - (p3.lo + n * tab::pio2_parts[3]);
    // n is an integer below 2^20, so its low bits convert exactly.
    const auto q = static_cast<std::int64_t>(n);
    return {static_cast<unsigned>(q & 3), r};
}

// Payne-Hanek: |x| = M 2^E with M < 2^64. Only the bits of 2/pi from 2^(2-E) on matter modulo 4;
// ten 32-bit words of them give the product M * (2/pi) with >= 280 bits after the binary point,
// more than the ~62 bits of cancellation of the closest double (x87: ~70) plus 2^-130 accuracy.
template <class W>
constexpr reduced_angle<W> reduce_payne_hanek(W ax) noexcept
{
    constexpr int words = 10;
    constexpr int limbs = words + 2;
    const integer_significand s = decompose(ax);
    const int first = s.e >= 2 ? (s.e - 2) / 32 : 0;

    // prod = M * W as little-endian 32-bit limbs, W = two_over_pi_bits[first .. first + words).
    std::uint32_t prod[limbs]{};
    const std::uint64_t m_lo = s.m & 0xffffffffu;
    const std::uint64_t m_hi = s.m >> 32;
    for (int i = 0; i < words; ++i) {
        const std::uint64_t w = two_over_pi_bits[first + words - 1 - i];
        std::uint64_t carry = 0;
        const std::uint64_t part[2] = {w * m_lo, w * m_hi};
        for (int k = 0; k < 2; ++k) {
            const std::uint64_t sum = std::uint64_t{prod[i + k]} + (part[k] & 0xffffffffu) + carry;
            prod[i + k] = static_cast<std::uint32_t>(sum);
            carry = (sum >> 32) + (part[k] >> 32);
        }
        for (int k = i + 2; carry != 0 && k < limbs; ++k) {
            const std::uint64_t sum = std::uint64_t{prod[k]} + carry;
            prod[k] = static_cast<std::uint32_t>(sum);
            carry = sum >> 32;
        }
    }

    // x 2/pi = prod * 2^-point: bits at and above `point` are the integer part.
    const int point = 32 * (first + words) - s.e;
    const auto bit = [&](int i) { return (prod[i / 32] >> (i % 32)) & 1u; };
    unsigned q = bit(point) | (bit(point + 1) << 1);

    // Fraction f = prod mod 2^point; if f >= 1/2 use f - 1 (negated in two's complement, exactly).
    const bool upper_half = bit(point - 1) != 0;
    const int top_limb = point / 32;
    prod[top_limb] &= (std::uint32_t{1} << (point % 32)) - 1u; // clears the integer bits
    for (int k = top_limb + 1; k < limbs; ++k) {
        prod[k] = 0;
    }
    if (upper_half) {
        q += 1;
        std::uint64_t carry = 1;
        for (int k = 0; k <= top_limb; ++k) {
            const std::uint64_t v = std::uint64_t{static_cast<std::uint32_t>(~prod[k])} + carry;
            prod[k] = static_cast<std::uint32_t>(v);
            carry = v >> 32;
        }
        prod[top_limb] &= (std::uint32_t{1} << (point % 32)) - 1u;
    }

    // The 32-bit groups of |f| below the binary point: group g holds bits [point-32(g+1), point-32g).
    const auto group = [&](int g) -> std::uint32_t {
        const int low = point - 32 * (g + 1);
        const int li = low / 32;
        const int sh = low % 32;
        const std::uint64_t two = std::uint64_t{prod[li]} | (li + 1 < limbs ? std::uint64_t{prod[li + 1]} << 32 : 0u);
        return static_cast<std::uint32_t>(two >> sh);
    };
    int g0 = 0;
    while (group(g0) == 0 && g0 < 3) {
        ++g0;
    }
    dd<W> f = to_dd(W(0));
    for (int g = g0 + 4; g >= g0; --g) {
        f = f + static_cast<W>(group(g)) * pow2<W>(-32 * (g + 1));
    }
    const dd<W> pio2{trig_tables<W>::pi_2[0], trig_tables<W>::pi_2[1]};
    dd<W> r = f * pio2;
    if (upper_half) {
        r = -r;
    }
    return {q & 3u, r};
}

// sign(x) handled here: reduction of -x is the negated remainder in the opposite quadrant.
template <class W>
constexpr reduced_angle<W> reduce_pio2(W x) noexcept
{
    const W ax = fabs(x);
    if (ax < cody_waite_limit<W>) {
        return reduce_cody_waite(x);
    }
    reduced_angle<W> a = reduce_payne_hanek(ax);
    if (x < 0) {
        a.quadrant = (4u - a.quadrant) & 3u;
        a.r = -a.r;
    }
    return a;
}

} // namespace ctdiff::math::detail

#endif
