// Numbers as text in constant expressions: detail::to_chars(first, last, v) writes what
// std::to_chars(first, last, v) writes (no format argument: the shortest text that reads back as
// v, fixed or scientific, whichever is shorter, fixed on a tie), but is constexpr, for integers
// and for float, double and long double. At run time it calls std::to_chars; in a constant
// expression it runs shortest_chars, an exact method: the free-format digit generation of Steele
// & White as Burger & Dybvig state it, on a small fixed-size bignum, so no table and no rounding
// error can make a digit wrong. tests/detail/to_chars_test.cpp checks both paths agree.
#ifndef CTDIFF_DETAIL_TO_CHARS_HPP
#define CTDIFF_DETAIL_TO_CHARS_HPP

#include <bit>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <type_traits>

namespace ctdiff::detail {

// Longest text to_chars writes for T: sign, digits, point, "e-308" (fixed is chosen only when it is
// no longer than scientific, so the scientific bound covers both).
template <class T>
constexpr std::size_t max_chars() noexcept {
    using limits = std::numeric_limits<T>;
    if constexpr (std::is_integral_v<T>) return static_cast<std::size_t>(limits::digits10) + 2;
    else {
        int const e = limits::max_exponent10 > -limits::min_exponent10 ? limits::max_exponent10
                                                                        : -limits::min_exponent10;
        std::size_t const exponent_digits = e >= 1000 ? 4 : e >= 100 ? 3 : 2;
        return 1 + static_cast<std::size_t>(limits::max_digits10) + 1 + 2 + exponent_digits;
    }
}

// Whether v prints with a leading minus: negative, -0.0 or a NaN with its sign bit set.
template <class T>
constexpr bool sign_bit(T v) noexcept {
    if constexpr (std::is_integral_v<T>) return v < 0;
    else if constexpr (std::is_same_v<T, float>) return (std::bit_cast<std::uint32_t>(v) >> 31) != 0;
    else if constexpr (std::is_same_v<T, double>) return (std::bit_cast<std::uint64_t>(v) >> 63) != 0;
    else return v < 0 || (!(v > 0) && sign_bit(static_cast<double>(v)));  // clang cannot bit_cast long double
}

namespace to_chars_detail {

// Unsigned integer with up to Words 32-bit words, least significant first; just the operations
// digit generation needs.
template <std::size_t Words>
struct bignum {
    std::uint32_t w[Words] = {};
    std::size_t n = 0;  // words in use; w[n - 1] != 0 unless n == 0

    constexpr explicit bignum(std::uint64_t v = 0) noexcept {
        while (v != 0) { w[n++] = static_cast<std::uint32_t>(v); v >>= 32; }
    }
    constexpr void trim() noexcept { while (n != 0 && w[n - 1] == 0) --n; }
    constexpr void mul_small(std::uint32_t m) noexcept {
        std::uint64_t carry = 0;
        for (std::size_t i = 0; i != n; ++i) {
            std::uint64_t const p = std::uint64_t{w[i]} * m + carry;
            w[i] = static_cast<std::uint32_t>(p);
            carry = p >> 32;
        }
        if (carry != 0) w[n++] = static_cast<std::uint32_t>(carry);
    }
    // times 10^k as 5^k (by 5^13, the largest power of five in a word) and a shift: fewer steps
    // than by tens, which matters to clang's constexpr step limit for long double's exponents
    constexpr void mul_pow10(int k) noexcept {
        for (int i = k; i > 0; i -= 13) {
            std::uint32_t m = 1;
            for (int j = 0; j != (i < 13 ? i : 13); ++j) m *= 5;
            mul_small(m);
        }
        shift_left(k);
    }
    constexpr void mul(bignum const& b) noexcept {  // schoolbook; b is a few words here
        bignum out;
        for (std::size_t i = 0; i != n; ++i) {
            std::uint64_t carry = 0;
            for (std::size_t j = 0; j != b.n; ++j) {
                std::uint64_t const p = std::uint64_t{w[i]} * b.w[j] + out.w[i + j] + carry;
                out.w[i + j] = static_cast<std::uint32_t>(p);
                carry = p >> 32;
            }
            out.w[i + b.n] = static_cast<std::uint32_t>(carry);
        }
        out.n = n + b.n;
        out.trim();
        *this = out;
    }
    constexpr void shift_left(int bits) noexcept {
        if (n == 0) return;
        std::size_t const words = static_cast<std::size_t>(bits) / 32;
        int const rest = bits % 32;
        std::size_t top = n + words + 1;
        for (std::size_t i = top; i-- != 0;) {
            std::uint64_t v = 0;
            if (i >= words && i - words < n) v = std::uint64_t{w[i - words]} << rest;
            if (rest != 0 && i >= words + 1 && i - words - 1 < n) v |= std::uint64_t{w[i - words - 1]} >> (32 - rest);
            w[i] = static_cast<std::uint32_t>(v);
        }
        n = top;
        trim();
    }
    constexpr void add(bignum const& b) noexcept {
        std::uint64_t carry = 0;
        std::size_t const m = n > b.n ? n : b.n;
        for (std::size_t i = 0; i != m; ++i) {
            std::uint64_t const s = std::uint64_t{i < n ? w[i] : 0u} + (i < b.n ? b.w[i] : 0u) + carry;
            w[i] = static_cast<std::uint32_t>(s);
            carry = s >> 32;
        }
        n = m;
        if (carry != 0) w[n++] = static_cast<std::uint32_t>(carry);
    }
    constexpr void sub(bignum const& b) noexcept {  // requires *this >= b
        std::int64_t borrow = 0;
        for (std::size_t i = 0; i != n; ++i) {
            std::int64_t d = std::int64_t{w[i]} - (i < b.n ? b.w[i] : 0u) - borrow;
            borrow = d < 0;
            if (d < 0) d += std::int64_t{1} << 32;
            w[i] = static_cast<std::uint32_t>(d);
        }
        trim();
    }
    // a <=> b as -1, 0, 1
    friend constexpr int compare(bignum const& a, bignum const& b) noexcept {
        if (a.n != b.n) return a.n < b.n ? -1 : 1;
        for (std::size_t i = a.n; i-- != 0;)
            if (a.w[i] != b.w[i]) return a.w[i] < b.w[i] ? -1 : 1;
        return 0;
    }
    // (a + b) <=> c without forming a + b in place
    friend constexpr int compare_sum(bignum const& a, bignum const& b, bignum const& c) noexcept {
        bignum s = a;
        s.add(b);
        return compare(s, c);
    }
    // Divides by 10^9 in place and returns the remainder (for printing an exact integer).
    constexpr std::uint32_t divmod_1e9() noexcept {
        std::uint64_t r = 0;
        for (std::size_t i = n; i-- != 0;) {
            std::uint64_t const cur = (r << 32) | w[i];
            w[i] = static_cast<std::uint32_t>(cur / 1000000000u);
            r = cur % 1000000000u;
        }
        trim();
        return static_cast<std::uint32_t>(r);
    }
};

// v = f * 2^e exactly, with what the rounding interval needs.
struct decomposed {
    bool negative = false, zero = false, infinite = false, nan = false;
    std::uint64_t f = 0;
    int e = 0;
    bool lower_closer = false;  // f is a power of two above the least exponent: the gap below is half
};

template <class T>
struct binary_format {
    static constexpr int digits = std::numeric_limits<T>::digits;                  // with the leading bit
    static constexpr int min_e = std::numeric_limits<T>::min_exponent - digits;     // exponent of denorm_min
    static constexpr int max_e = std::numeric_limits<T>::max_exponent - digits;
    // r, s, m+ and m- stay below 2^(digits + 8 + max(max_exponent, bits of 10^-k_min))
    static constexpr int bits = digits + 8 +
        (std::numeric_limits<T>::max_exponent > (-min_e * 30103 / 100000 + 2) * 3322 / 1000
             ? std::numeric_limits<T>::max_exponent
             : (-min_e * 30103 / 100000 + 2) * 3322 / 1000);
    static constexpr std::size_t words = static_cast<std::size_t>(bits) / 32 + 4;
};

template <class T>
constexpr decomposed decompose(T v) noexcept {
    decomposed d;
    d.negative = sign_bit(v);
    if (v != v) { d.nan = true; return d; }
    if (v == 0) { d.zero = true; return d; }
    T a = v < 0 ? -v : v;
    if (a > std::numeric_limits<T>::max()) { d.infinite = true; return d; }
    using format = binary_format<T>;
    if constexpr (std::is_same_v<T, double> || std::is_same_v<T, float>) {
        using bits_t = std::conditional_t<std::is_same_v<T, double>, std::uint64_t, std::uint32_t>;
        bits_t const bits = std::bit_cast<bits_t>(a);
        int const stored = format::digits - 1;
        std::uint64_t const fraction = bits & ((bits_t{1} << stored) - 1);
        int const biased = static_cast<int>(bits >> stored);
        if (biased == 0) { d.f = fraction; d.e = format::min_e; }
        else {
            d.f = fraction | (std::uint64_t{1} << stored);
            d.e = biased - 1 + format::min_e;
            d.lower_closer = fraction == 0 && biased > 1;
        }
    } else {
        // long double: scale by powers of two, which is exact, to a in [1, 2) times 2^k
        static_assert(format::digits <= 64, "ctdiff: long double wider than 64 bits is not supported");
        T const two64 = T(18446744073709551616.0);
        int k = 0;
        while (a >= two64) { a /= two64; k += 64; }
        while (a < 1) { a *= two64; k -= 64; }
        while (a >= 2) { a /= 2; k += 1; }
        int e = k - (format::digits - 1);
        if (e < format::min_e) e = format::min_e;
        for (int i = k - e; i > 0; --i) a *= 2;  // a * 2^(k-e), at most digits - 1 doublings
        d.f = static_cast<std::uint64_t>(a);
        d.e = e;
        d.lower_closer = d.f == (std::uint64_t{1} << (format::digits - 1)) && e > format::min_e;
    }
    return d;
}

constexpr int bit_length(std::uint64_t f) noexcept {
    int n = 0;
    while (f != 0) { f >>= 1; ++n; }
    return n;
}

// The shortest digits that read back as f * 2^e: writes them to digits, returns their count and
// sets exponent10 so that the value is 0.d1d2...dn * 10^exponent10.
template <class T>
constexpr int shortest_digits(decomposed const& v, char* digits, int& exponent10) noexcept {
    using big = bignum<binary_format<T>::words>;
    bool const even = v.f % 2 == 0;  // round-half-even reading: the interval's ends read back as v
    big r(v.f), s(1), m_plus(1), m_minus(1);
    if (v.e >= 0) {
        r.shift_left(v.e + (v.lower_closer ? 2 : 1));
        s = big(v.lower_closer ? 4 : 2);
        m_plus.shift_left(v.e + (v.lower_closer ? 1 : 0));
        m_minus.shift_left(v.e);
    } else {
        r.shift_left(v.lower_closer ? 2 : 1);
        s.shift_left(-v.e + (v.lower_closer ? 2 : 1));
        if (v.lower_closer) m_plus = big(2);
    }
    // k estimated from the binary exponent, at most one too small; then corrected
    double const log10_2 = 0.30102999566398119521;
    double const estimate = (v.e + bit_length(v.f) - 1) * log10_2 - 1e-10;
    int k = static_cast<int>(estimate);
    if (k < estimate) ++k;  // ceil
    if (k >= 0) s.mul_pow10(k);
    else {  // 10^-k once, then times each of r, m+ and m-, which are a few words
        big scale(1);
        scale.mul_pow10(-k);
        big const r_small = r, m_plus_small = m_plus;
        r = scale;
        r.mul(r_small);
        m_plus = scale;
        m_plus.mul(m_plus_small);
        m_minus = scale;  // m- is 1
    }
    auto too_high = [&] { int const c = compare_sum(r, m_plus, s); return even ? c >= 0 : c > 0; };
    while (too_high()) { s.mul_small(10); ++k; }
    exponent10 = k;
    int n = 0;
    for (;;) {
        r.mul_small(10); m_plus.mul_small(10); m_minus.mul_small(10);
        int d = 0;
        while (compare(r, s) >= 0) { r.sub(s); ++d; }
        int const low_cmp = compare(r, m_minus);
        bool const low = even ? low_cmp <= 0 : low_cmp < 0;
        int const high_cmp = compare_sum(r, m_plus, s);
        bool const high = even ? high_cmp >= 0 : high_cmp > 0;
        if (!low && !high) { digits[n++] = static_cast<char>('0' + d); continue; }
        if (low && high) {
            big twice = r;
            twice.shift_left(1);
            int const c = compare(twice, s);
            if (c > 0 || (c == 0 && d % 2 != 0)) ++d;  // nearest, ties to even
        } else if (high) ++d;
        digits[n++] = static_cast<char>('0' + d);
        return n;
    }
}

template <class U>
constexpr char* write_unsigned(char* out, U v) noexcept {
    char buf[24];
    int n = 0;
    do { buf[n++] = static_cast<char>('0' + v % 10); v /= 10; } while (v != 0);
    while (n != 0) *out++ = buf[--n];
    return out;
}

}  // namespace to_chars_detail

/// The shortest round-trip text of v as std::to_chars writes it, computed without the library:
/// usable in constant expressions. [first, last) must hold max_chars<T>() characters.
template <class T>
constexpr char* shortest_chars(char* first, T v) noexcept {
    using namespace to_chars_detail;
    if constexpr (std::is_integral_v<T>) {
        using U = std::make_unsigned_t<T>;
        if (v < 0) { *first++ = '-'; return write_unsigned(first, static_cast<U>(U(0) - static_cast<U>(v))); }
        return write_unsigned(first, static_cast<U>(v));
    } else {
        decomposed const d = decompose(v);
        if (d.negative) *first++ = '-';
        auto put = [&first](char const* s) { while (*s != 0) *first++ = *s++; return first; };
        if (d.nan) return put("nan");
        if (d.infinite) return put("inf");
        if (d.zero) return put("0");
        char digits[std::numeric_limits<T>::max_digits10 + 2] = {};
        int k = 0;
        int const n = shortest_digits<T>(d, digits, k);
        int const x = k - 1;  // scientific exponent: d1.d2...dn * 10^x
        int const ax = x < 0 ? -x : x;
        int const sci_length = n + (n > 1 ? 1 : 0) + 2 + (ax >= 1000 ? 4 : ax >= 100 ? 3 : 2);
        int const fixed_length = x < 0 ? n + 1 - x : x >= n - 1 ? x + 1 : n + 1;
        if (fixed_length <= sci_length) {
            if (x < 0) {
                *first++ = '0';
                *first++ = '.';
                for (int i = 0; i != -x - 1; ++i) *first++ = '0';
                for (int i = 0; i != n; ++i) *first++ = digits[i];
            } else if (x < n - 1) {
                for (int i = 0; i != n; ++i) {
                    *first++ = digits[i];
                    if (i == x) *first++ = '.';
                }
            } else if (x == n - 1) {
                for (int i = 0; i != n; ++i) *first++ = digits[i];
            } else {
                // a whole number printed "as if by printf": its exact digits, not the shortest
                // ones padded with zeros (2^63 is 9223372036854775808, not 9223372036854776000)
                bignum<binary_format<T>::words> value(d.e >= 0 ? d.f : d.f >> -d.e);  // exact: v is whole
                if (d.e > 0) value.shift_left(d.e);
                char rev[std::numeric_limits<T>::max_exponent10 + 2] = {};
                int m = 0;
                while (value.n != 0) {
                    std::uint32_t chunk = value.divmod_1e9();
                    for (int i = 0; i != 9 && (value.n != 0 || chunk != 0); ++i) {
                        rev[m++] = static_cast<char>('0' + chunk % 10);
                        chunk /= 10;
                    }
                }
                while (m != 0) *first++ = rev[--m];
            }
            return first;
        }
        *first++ = digits[0];
        if (n > 1) {
            *first++ = '.';
            for (int i = 1; i != n; ++i) *first++ = digits[i];
        }
        *first++ = 'e';
        *first++ = x < 0 ? '-' : '+';
        if (ax < 10) *first++ = '0';
        return write_unsigned(first, static_cast<unsigned>(ax));
    }
}

/// std::to_chars(first, last, v) in a constant expression too; [first, last) must hold
/// max_chars<T>() characters. Returns the end of the text written.
template <class T>
constexpr char* to_chars(char* first, char* last, T v) noexcept {
    if (std::is_constant_evaluated()) return shortest_chars(first, v);
    return std::to_chars(first, last, v).ptr;
}

/// The text of v as to_chars writes it, held by value, for the printers: number_chars(2.5).view()
/// is "2.5", in a constant expression too.
template <class T>
struct number_chars {
    char buffer[max_chars<T>() + 1] = {};
    std::size_t size;

    constexpr explicit number_chars(T v) noexcept
        : size(static_cast<std::size_t>(to_chars(buffer, buffer + sizeof buffer, v) - buffer)) {}
    constexpr std::string_view view() const noexcept { return {buffer, size}; }
};

}  // namespace ctdiff::detail

#endif
