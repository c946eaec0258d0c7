// detail/to_chars.hpp: the constexpr path (shortest_chars) writes what std::to_chars writes.
#include <ctdiff/detail/to_chars.hpp>

#include <catch2/catch.hpp>

#include <bit>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <string_view>

using ctdiff::detail::max_chars;
using ctdiff::detail::shortest_chars;

namespace {

template <class T>
std::string library(T v) {
    char buffer[64];
    return std::string(buffer, std::to_chars(buffer, buffer + sizeof buffer, v).ptr);
}
template <class T>
std::string ours(T v) {
    char buffer[max_chars<T>()];
    return std::string(buffer, shortest_chars(buffer, v));
}
template <class T, class Bits>
T from_bits(Bits b) {
    static_assert(sizeof(T) == sizeof(Bits));
    T v;
    std::memcpy(&v, &b, sizeof v);
    return v;
}

// In a constant expression, as text (a std::string cannot leave one on clang).
struct chars {
    char c[40] = {};
    std::size_t n = 0;
    constexpr bool operator==(std::string_view s) const { return std::string_view(c, n) == s; }
};
template <class T>
constexpr chars constexpr_chars(T v) {
    chars out;
    out.n = static_cast<std::size_t>(shortest_chars(out.c, v) - out.c);
    return out;
}

}  // namespace

TEST_CASE("shortest_chars in constant expressions", "[to_chars]") {
    STATIC_REQUIRE(constexpr_chars(0.1) == "0.1");
    STATIC_REQUIRE(constexpr_chars(2.5) == "2.5");
    STATIC_REQUIRE(constexpr_chars(1e21) == "1e+21");
    STATIC_REQUIRE(constexpr_chars(1e-7) == "1e-07");
    STATIC_REQUIRE(constexpr_chars(-0.0) == "-0");
    STATIC_REQUIRE(constexpr_chars(0.0) == "0");
    STATIC_REQUIRE(constexpr_chars(10000.0) == "10000");   // fixed wins the tie with 1e+04
    STATIC_REQUIRE(constexpr_chars(100000.0) == "1e+05");
    STATIC_REQUIRE(constexpr_chars(0.001) == "0.001");
    STATIC_REQUIRE(constexpr_chars(0.0001) == "1e-04");
    STATIC_REQUIRE(constexpr_chars(9223372036854775808.0) == "9223372036854775808");  // exact digits
    STATIC_REQUIRE(constexpr_chars(5e-324) == "5e-324");
    STATIC_REQUIRE(constexpr_chars(2.2250738585072014e-308) == "2.2250738585072014e-308");
    STATIC_REQUIRE(constexpr_chars(1.7976931348623157e308) == "1.7976931348623157e+308");
    STATIC_REQUIRE(constexpr_chars(std::numeric_limits<double>::infinity()) == "inf");
    STATIC_REQUIRE(constexpr_chars(-std::numeric_limits<double>::infinity()) == "-inf");
    STATIC_REQUIRE(constexpr_chars(std::numeric_limits<double>::quiet_NaN()) == "nan");
    STATIC_REQUIRE(constexpr_chars(0.1f) == "0.1");
    STATIC_REQUIRE(constexpr_chars(16777216.0f) == "16777216");
    STATIC_REQUIRE(constexpr_chars(2.5L) == "2.5");
    STATIC_REQUIRE(constexpr_chars(0.1L) == "0.1");
    if constexpr (std::numeric_limits<long double>::max_exponent10 == 4932) {  // x87, within clang's step limit
        STATIC_REQUIRE(constexpr_chars(1e4000L) == "1e+4000");
        STATIC_REQUIRE(constexpr_chars(1e-4000L) == "1e-4000");
    }
    STATIC_REQUIRE(constexpr_chars(-42) == "-42");
    STATIC_REQUIRE(constexpr_chars(std::numeric_limits<long long>::min()) == "-9223372036854775808");
    STATIC_REQUIRE(constexpr_chars(18446744073709551615ull) == "18446744073709551615");
}

TEST_CASE("shortest_chars agrees with std::to_chars: named values", "[to_chars]") {
    double const inf = std::numeric_limits<double>::infinity();
    double const nan = std::numeric_limits<double>::quiet_NaN();
    for (double v : {0.1, 0.2, 0.3, 1.0 / 3, 2.5, 1e21, 1e22, 1e23, 1e-7, 1e-5, 123456.0, 1e15, 1e16,
                     0.0, -0.0, inf, -inf, nan, -nan, 5e-324, 1e-323, 2.2250738585072009e-308,
                     2.2250738585072014e-308, 1.7976931348623157e308, 12300000000000001048576.0,
                     123456789012345683968.0, 9007199254740993.0, 4.35, 0.3e-5})
        REQUIRE(ours(v) == library(v));
    for (int e = -325; e <= 309; ++e) {  // powers of ten and their neighbours
        double const p = std::strtod(("1e" + std::to_string(e)).c_str(), nullptr);
        auto const bits = std::bit_cast<std::uint64_t>(p);
        for (std::uint64_t b : {bits - 1, bits, bits + 1})
            if (b < 0x7ff0000000000000) REQUIRE(ours(from_bits<double>(b)) == library(from_bits<double>(b)));
    }
    for (std::uint64_t e = 0; e != 2047; ++e)  // every binary exponent, the ends of its mantissas
        for (std::uint64_t m : {0ull, 1ull, 2ull, (1ull << 51), (1ull << 52) - 1}) {
            double const v = from_bits<double>((e << 52) | m);
            REQUIRE(ours(v) == library(v));
        }
    for (float v : {0.1f, 1.5f, 1e-7f, 3.4028235e38f, 1e-45f, 1.17549435e-38f, 16777216.0f, 1e10f, -0.0f})
        REQUIRE(ours(v) == library(v));
    for (long double v : {0.1L, 2.5L, 1e4000L, 1e-4940L, 0.0L, -0.0L, 1e21L, 123456789012345678901.0L,
                          std::numeric_limits<long double>::max(), std::numeric_limits<long double>::denorm_min()})
        REQUIRE(ours(v) == library(v));
}

TEST_CASE("shortest_chars agrees with std::to_chars: random bit patterns", "[to_chars]") {
    std::mt19937_64 random(20261201);
    std::size_t mismatches = 0;
    for (int i = 0; i != 30000; ++i) {
        double const v = from_bits<double>(random());
        if (ours(v) != library(v)) { ++mismatches; UNSCOPED_INFO(library(v) + " as " + ours(v)); }
        float const f = from_bits<float>(static_cast<std::uint32_t>(random()));
        if (ours(f) != library(f)) { ++mismatches; UNSCOPED_INFO(library(f) + " as " + ours(f)); }
    }
    for (int i = 0; i != 10000; ++i) {  // subnormal doubles
        double const v = from_bits<double>(random() & ((1ull << 52) - 1));
        if (ours(v) != library(v)) { ++mismatches; UNSCOPED_INFO(library(v) + " as " + ours(v)); }
    }
    if constexpr (std::numeric_limits<long double>::digits == 64) {  // x87: 64-bit mantissa, explicit leading bit
        for (int i = 0; i != 600; ++i) {
            unsigned char raw[sizeof(long double)] = {};
            std::uint64_t const mantissa = random() | (1ull << 63);
            auto const exponent = static_cast<std::uint16_t>(i % 2 ? random() % 32767 : 16383 + random() % 200 - 100);
            std::memcpy(raw, &mantissa, 8);
            std::memcpy(raw + 8, &exponent, 2);
            long double v;
            std::memcpy(&v, raw, sizeof v);
            if (exponent == 0) continue;
            if (ours(v) != library(v)) { ++mismatches; UNSCOPED_INFO(library(v) + " as " + ours(v)); }
        }
    }
    REQUIRE(mismatches == 0);
}

TEST_CASE("max_chars bounds the text", "[to_chars]") {
    STATIC_REQUIRE(max_chars<double>() == 24);  // -2.2250738585072014e-308
    STATIC_REQUIRE(max_chars<float>() == 15);   // -1.17549435e-38
    STATIC_REQUIRE(max_chars<long long>() == 20);
    REQUIRE(ours(-2.2250738585072014e-308).size() == 24);
}
