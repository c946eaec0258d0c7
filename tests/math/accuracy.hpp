// Accuracy harness of the constexpr math layer.
//
// Every reference point of tests/data/math/ is evaluated in a constant expression (in
// chunks, so that each constant expression stays well under clang's default
// -fconstexpr-steps); the results are then compared at run time with the correctly
// rounded references: ulp distance, count of results that are not bitwise identical to
// the reference, worst argument. Each table prints one line
//   math-accuracy: <function> <type> points=<n> max_ulp=<u> not_cr=<c> worst=<args>
// which tools/make_math_table.py turns into the table of docs/math.md.
// Special values are compared with glibc's run-time <cmath> results: bit for bit where a
// zero, infinity or NaN is involved, within 1 ulp elsewhere.
#pragma once

#include "../data/math/reference.hpp"

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

// Long double is best effort (x87 80-bit): its accuracy and special values are
// reported, and fail the test only with CTDIFF_MATH_TEST_LONG_DOUBLE_STRICT=1.
#ifndef CTDIFF_MATH_TEST_LONG_DOUBLE
#define CTDIFF_MATH_TEST_LONG_DOUBLE 1
#endif
// Every STRIDE-th reference point is evaluated. By default that is every point (2,000 per table),
// so the suite checks all that docs/math.md reports; it costs clang++ 16 about 280 s of CPU over
// the eight tests. A larger stride (-DCTDIFF_MATH_TEST_STRIDE=8) makes quicker local builds.
#ifndef CTDIFF_MATH_TEST_STRIDE
#define CTDIFF_MATH_TEST_STRIDE 1
#endif
#ifndef CTDIFF_MATH_TEST_LONG_DOUBLE_STRICT
#define CTDIFF_MATH_TEST_LONG_DOUBLE_STRICT 0
#endif

namespace ctdiff_test {

using math_data::binary_point;
using math_data::unary_point;

// Two arguments without a reference value (special-value grids).
template <class T> struct argument_pair { T x; T y; };

// Defines NAME_fn: calls ctdiff::math::NAME in constant expressions and, through
// libm(), std::NAME at run time (glibc, never folded by the compiler).
#define CTDIFF_MATH_TEST_FUNCTION(NAME)                                                    \
  struct NAME##_fn {                                                                       \
    static constexpr const char* name = #NAME;                                             \
    template <class... T>                                                                  \
    constexpr auto operator()(T... x) const noexcept -> decltype(ctdiff::math::NAME(x...)) { \
      return ctdiff::math::NAME(x...);                                                     \
    }                                                                                      \
    template <class... T> static auto libm(T... x) noexcept {                              \
      return std::NAME(::ctdiff_test::opaque(x)...);                                       \
    }                                                                                      \
  }

// Hides a value from the optimizer so that libm, not the compiler, computes with it.
template <class T> T opaque(T x) noexcept {
  volatile T v = x;
  return v;
}

template <class T> constexpr const char* type_name() {
  if constexpr (std::is_same_v<T, float>) return "float";
  else if constexpr (std::is_same_v<T, double>) return "double";
  else return "long_double";
}

// ---------------------------------------------------------------------------------------
// Ulp distance.

__extension__ using int128 = __int128;

// Monotone integer code: neighbouring values differ by one, -0 sits just below +0.
template <std::floating_point T> int128 ordered_code(T v) {
  bool negative = std::signbit(v);
  int128 magnitude = 0;
  if constexpr (std::numeric_limits<T>::digits == 64) {
    // x87 80-bit: 64-bit significand with explicit integer bit, then sign and exponent.
    std::uint64_t significand;
    std::uint16_t sign_exponent;
    std::memcpy(&significand, &v, 8);
    std::memcpy(&sign_exponent, reinterpret_cast<const char*>(&v) + 8, 2);
    magnitude = (int128(sign_exponent & 0x7fff) << 63) + (significand & ~(std::uint64_t(1) << 63));
  } else if constexpr (sizeof(T) == 8) {
    magnitude = std::bit_cast<std::uint64_t>(v) & ~(std::uint64_t(1) << 63);
  } else {
    magnitude = std::bit_cast<std::uint32_t>(v) & 0x7fffffffu;
  }
  return negative ? -magnitude - 1 : magnitude;
}

// Distance in ulps (saturated); NaN is equal only to NaN.
template <std::floating_point T> std::uint64_t ulp_distance(T a, T b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b) ? 0 : UINT64_MAX;
  int128 d = ordered_code(a) - ordered_code(b);
  if (d < 0) d = -d;
  return d > int128(UINT64_MAX) ? UINT64_MAX : std::uint64_t(d);
}

// Same bits, except that any NaN equals any NaN (glibc's NaN sign is not specified).
template <std::floating_point T> bool same_value(T a, T b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return ordered_code(a) == ordered_code(b);
}

// ---------------------------------------------------------------------------------------
// Compile-time evaluation of a table, chunk by chunk.

template <class Fn, std::floating_point T> constexpr T call(T x) { return Fn{}(x); }
template <class Fn, class T> constexpr T call(const unary_point<T>& p) { return Fn{}(p.x); }
template <class Fn, class T> constexpr T call(const binary_point<T>& p) { return Fn{}(p.x, p.y); }
template <class Fn, class T> constexpr T call(const argument_pair<T>& p) { return Fn{}(p.x, p.y); }

template <class Row> struct row_traits { using type = Row; };
template <template <class> class Row, class T> struct row_traits<Row<T>> { using type = T; };
template <class Row> using value_type_of = typename row_traits<Row>::type;

template <class Fn, const auto& Table, std::size_t Stride, std::size_t Begin, std::size_t Length>
consteval auto evaluate_chunk() {
  using T = value_type_of<std::remove_cvref_t<decltype(Table[0])>>;
  std::array<T, Length> out{};
  for (std::size_t i = 0; i < Length; ++i) out[i] = call<Fn>(Table[(Begin + i) * Stride]);
  return out;
}

template <class Fn, const auto& Table, std::size_t Stride, std::size_t Begin, std::size_t Length>
inline constexpr auto chunk_values = evaluate_chunk<Fn, Table, Stride, Begin, Length>();

template <std::size_t N, std::size_t Chunk, std::size_t C>
inline constexpr std::size_t chunk_length = C * Chunk + Chunk <= N ? Chunk : N - C * Chunk;

// Compile-time results of Fn over Table[0], Table[Stride], ..., in a run-time array.
template <class Fn, const auto& Table, std::size_t Chunk, std::size_t Stride = 1>
auto compile_time_results() {
  constexpr std::size_t n = (std::size(Table) + Stride - 1) / Stride;
  using T = value_type_of<std::remove_cvref_t<decltype(Table[0])>>;
  // A pack expansion into an initializer, not a fold: clang limits folds to 256 terms.
  const auto chunks = []<std::size_t... C>(std::index_sequence<C...>) {
    return std::array<const T*, sizeof...(C)>{
        chunk_values<Fn, Table, Stride, C * Chunk, chunk_length<n, Chunk, C>>.data()...};
  }(std::make_index_sequence<(n + Chunk - 1) / Chunk>{});
  std::array<T, n> out{};
  for (std::size_t i = 0; i < n; ++i) out[i] = chunks[i / Chunk][i % Chunk];
  return out;
}

// ---------------------------------------------------------------------------------------
// Accuracy against the reference tables.

struct accuracy {
  std::size_t points = 0;
  std::uint64_t max_ulp = 0;
  std::size_t not_correctly_rounded = 0;
  std::string worst;
};

template <class T> std::string hex(T v) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%La", static_cast<long double>(v));
  return buffer;
}

template <class T> const T& reference_of(const unary_point<T>& p) { return p.y; }
template <class T> const T& reference_of(const binary_point<T>& p) { return p.r; }
template <class T> std::string arguments_of(const unary_point<T>& p) { return hex(p.x); }
template <class T> std::string arguments_of(const binary_point<T>& p) {
  return hex(p.x) + "," + hex(p.y);
}

template <class Fn, const auto& Table, std::size_t Chunk = 16>
accuracy measure_accuracy() {
  using T = value_type_of<std::remove_cvref_t<decltype(Table[0])>>;
  constexpr std::size_t stride = CTDIFF_MATH_TEST_STRIDE;
  const auto computed = compile_time_results<Fn, Table, Chunk, stride>();
  accuracy a;
  a.points = computed.size();
  for (std::size_t i = 0; i < computed.size(); ++i) {
    const auto& row = Table[i * stride];
    const T expected = reference_of(row);
    const std::uint64_t d = ulp_distance(computed[i], expected);
    if (!same_value(computed[i], expected)) ++a.not_correctly_rounded;
    if (d > a.max_ulp || (a.worst.empty() && d > 0)) {
      a.max_ulp = d;
      a.worst = arguments_of(row) + " -> " + hex(computed[i]) + " (want " + hex(expected) + ")";
    }
  }
  std::printf("math-accuracy: %s %s points=%zu max_ulp=%llu not_cr=%zu%s%s\n", Fn::name,
              type_name<T>(), a.points, static_cast<unsigned long long>(a.max_ulp),
              a.not_correctly_rounded, a.worst.empty() ? "" : " worst=", a.worst.c_str());
  return a;
}

// Runs the tables of one function: float and double must be within 1 ulp; long double
// is reported (best effort). Chunk: points per constant expression.
template <class Fn, const auto& Float, const auto& Double, const auto& LongDouble,
          std::size_t Chunk = 16>
void check_accuracy() {
  const accuracy f = measure_accuracy<Fn, Float, Chunk>();
  INFO(Fn::name << " float worst: " << f.worst);
  CHECK(f.max_ulp <= 1);
  const accuracy d = measure_accuracy<Fn, Double, Chunk>();
  INFO(Fn::name << " double worst: " << d.worst);
  CHECK(d.max_ulp <= 1);
#if CTDIFF_MATH_TEST_LONG_DOUBLE
  const accuracy l = measure_accuracy<Fn, LongDouble, Chunk>();
  if constexpr (CTDIFF_MATH_TEST_LONG_DOUBLE_STRICT) {
    INFO(Fn::name << " long double worst: " << l.worst);
    CHECK(l.max_ulp <= 1);
  }
#endif
}

// ---------------------------------------------------------------------------------------
// Special values, bit for bit against glibc.

// Arguments where functions have special cases: zeros, infinities, NaN, the extremes of
// the finite range and subnormals, and small integers and halves.
template <std::floating_point T> constexpr std::array<T, 26> special_arguments() {
  using L = std::numeric_limits<T>;
  return {T(0),          -T(0),           L::infinity(),   -L::infinity(), L::quiet_NaN(),
          L::max(),      -L::max(),       L::min(),        -L::min(),      L::denorm_min(),
          -L::denorm_min(), T(1),         T(-1),           T(0.5),         T(-0.5),
          T(2),          T(-2),           T(3),            T(-3),          T(0.25),
          L::epsilon(),  T(1) - L::epsilon() / 2, T(1) + L::epsilon(), T(10), T(-10), T(1e4)};
}

template <std::floating_point T> inline constexpr auto special_unary = special_arguments<T>();

// Every pair of special arguments.
template <std::floating_point T> constexpr auto special_pairs_of() {
  // Not constexpr: clang 14 would then want it captured by the lambda that instantiates this.
  const auto s = special_arguments<T>();
  constexpr std::size_t n = std::tuple_size_v<decltype(special_arguments<T>())>;
  std::array<argument_pair<T>, n * n> out{};
  for (std::size_t i = 0; i < s.size(); ++i)
    for (std::size_t j = 0; j < s.size(); ++j) out[i * s.size() + j] = {s[i], s[j]};
  return out;
}

template <std::floating_point T> inline constexpr auto special_binary = special_pairs_of<T>();

template <std::floating_point T> bool is_special(T v) { return !std::isfinite(v) || v == 0; }

// Where glibc follows a rule (a zero, infinite or NaN argument or result: C Annex F), the
// compile-time result must have the same bits. At other arguments glibc is not always correctly
// rounded (e.g. expm1f(1)), and the reference tables judge accuracy: within 1 ulp of glibc.
template <std::floating_point T>
bool matches_glibc(bool special_argument, T computed, T libm) {
  if (special_argument || is_special(libm) || is_special(computed)) return same_value(computed, libm);
  return ulp_distance(computed, libm) <= 1;
}

template <class Fn, const auto& Arguments, std::size_t Chunk = 16> void check_specials() {
  const auto computed = compile_time_results<Fn, Arguments, Chunk>();
  using T = typename decltype(computed)::value_type;
  constexpr bool strict = !std::is_same_v<T, long double> || CTDIFF_MATH_TEST_LONG_DOUBLE_STRICT;
  for (std::size_t i = 0; i < computed.size(); ++i) {
    const auto& a = Arguments[i];
    std::string args;
    T libm;
    bool special_argument;
    if constexpr (std::is_floating_point_v<std::remove_cvref_t<decltype(a)>>) {
      libm = Fn::libm(a);
      args = hex(a);
      special_argument = is_special(a);
    } else {
      libm = Fn::libm(a.x, a.y);
      args = hex(a.x) + ", " + hex(a.y);
      special_argument = is_special(a.x) || is_special(a.y);
    }
    const std::string what = std::string(Fn::name) + "(" + args + "): compile time " +
                             hex(computed[i]) + ", glibc " + hex(libm);
    const bool ok = matches_glibc(special_argument, computed[i], libm);
    if constexpr (strict) {
      INFO(what);
      CHECK(ok);
    } else if (!ok) {
      std::printf("math-special-mismatch (long double, not enforced): %s\n", what.c_str());
    }
  }
}

// Special values of one function in all three types.
template <class Fn, std::size_t Chunk = 16> void check_special_values() {
  constexpr bool binary = requires(Fn f, double x) { f(x, x); };
  if constexpr (binary) {
    check_specials<Fn, special_binary<float>, Chunk>();
    check_specials<Fn, special_binary<double>, Chunk>();
    check_specials<Fn, special_binary<long double>, Chunk>();
  } else {
    check_specials<Fn, special_unary<float>, Chunk>();
    check_specials<Fn, special_unary<double>, Chunk>();
    check_specials<Fn, special_unary<long double>, Chunk>();
  }
}

}  // namespace ctdiff_test

namespace ctdiff_test {

// Everything about one function: its reference tables and its special values.
template <class Fn, const auto& Float, const auto& Double, const auto& LongDouble,
          std::size_t Chunk = 16>
void check_function() {
  check_accuracy<Fn, Float, Double, LongDouble, Chunk>();
  check_special_values<Fn, Chunk>();
}

}  // namespace ctdiff_test
