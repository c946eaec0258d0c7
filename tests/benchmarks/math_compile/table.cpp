// A 1,000-entry constexpr table of one ctdiff::math function in one type, for the compile-time
// benchmark (run.py): the arguments are every other row of the function's reference table
// (tests/data/math/), so they span its whole domain. Each chunk of CTDIFF_BENCH_CHUNK calls is
// one constant expression, as in the accuracy tests.
//
// Macros (run.py sets them): CTDIFF_BENCH_HEADER <ctdiff/math/x.hpp>, CTDIFF_BENCH_DATA
// "path/to/tests/data/math/f.hpp", CTDIFF_BENCH_FUNCTION f, CTDIFF_BENCH_TABLE f_double;
// CTDIFF_BENCH_CALLS (default 1000; 0 gives the baseline: same includes, no evaluation).
// With CTDIFF_BENCH_STEPS_OF="i,j,..." each listed call is its own constant expression instead,
// so that clang's -fconstexpr-steps=N names every call that needs more than N steps.
#include CTDIFF_BENCH_HEADER
#include CTDIFF_BENCH_DATA

#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

#ifndef CTDIFF_BENCH_CALLS
#define CTDIFF_BENCH_CALLS 1000
#endif
#ifndef CTDIFF_BENCH_CHUNK
#define CTDIFF_BENCH_CHUNK 16
#endif

#if CTDIFF_BENCH_CALLS == 0 && !defined(CTDIFF_BENCH_STEPS_OF)
// Baseline: the same includes, nothing evaluated.
const void* ctdiff_bench_table() { return &ctdiff_test::math_data::CTDIFF_BENCH_TABLE; }
#else
namespace {

constexpr const auto& rows = ctdiff_test::math_data::CTDIFF_BENCH_TABLE;
using T = std::remove_cvref_t<decltype(rows[0].x)>;

template <class Row>
constexpr T call_row(const Row& row)
{
    if constexpr (requires { row.r; }) {
        return ctdiff::math::CTDIFF_BENCH_FUNCTION(row.x, row.y);
    } else {
        return ctdiff::math::CTDIFF_BENCH_FUNCTION(row.x);
    }
}

// f at the i-th benchmark argument (every other reference row).
constexpr T call(std::size_t i) { return call_row(rows[2 * i]); }

#ifdef CTDIFF_BENCH_STEPS_OF
template <std::size_t I>
constexpr T single = call(I);

constexpr auto table = [] {
    // Only the listed calls are instantiated.
    return []<std::size_t... I>(std::index_sequence<I...>) {
        return std::array<const T*, sizeof...(I)>{&single<I>...};
    }(std::index_sequence<CTDIFF_BENCH_STEPS_OF>{});
}();
#else
constexpr std::size_t calls = CTDIFF_BENCH_CALLS;
constexpr std::size_t chunk = CTDIFF_BENCH_CHUNK;

template <std::size_t Begin, std::size_t Length>
constexpr std::array<T, Length> evaluate_chunk()
{
    std::array<T, Length> out{};
    for (std::size_t i = 0; i < Length; ++i) out[i] = call(Begin + i);
    return out;
}

template <std::size_t C>
constexpr auto chunk_values =
    evaluate_chunk<C * chunk, (C * chunk + chunk <= calls ? chunk : calls - C * chunk)>();

constexpr auto table = []<std::size_t... C>(std::index_sequence<C...>) {
    return std::array<const T*, sizeof...(C)>{chunk_values<C>.data()...};
}(std::make_index_sequence<(calls + chunk - 1) / chunk>{});
#endif

} // namespace

// Keeps the table alive so that nothing is discarded unevaluated.
const void* ctdiff_bench_table() { return &table; }
#endif
