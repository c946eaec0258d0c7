// W2, Rosenbrock, its Hessian by hand. Term i, 100*(x_{i+1} - x_i^2)^2 + (1 - x_i)^2, adds
//   1200 x_i^2 - 400 x_{i+1} + 2   to H(i, i),
//   -400 x_i                       to H(i, i+1) and H(i+1, i),
//   200                            to H(i+1, i+1),
// so H is tridiagonal. The dense kind fills all n*n entries (zeros included), as a dense Hessian
// must; the sparse kind (CTDIFF_BENCH_SPARSE) writes the 3n - 2 non-zeros row by row, the order
// ctdiff::sparse_hessian lists them in. Each off-diagonal entry is computed once, stored twice.
#include "bench.hpp"
#include "../gradient/w2_hand.hpp"

#include <array>
#include <cstddef>

namespace {
constexpr std::size_t n = CTDIFF_BENCH_N;
static_assert(n >= 2);

#ifdef CTDIFF_BENCH_SPARSE
constexpr std::size_t nonzeros = 3 * n - 2;

// (i, i-1), (i, i), (i, i+1) for each row i, those inside the matrix.
template <bool Rows>
constexpr std::array<std::size_t, nonzeros> tridiagonal() {
    std::array<std::size_t, nonzeros> a{};
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i == 0 ? 0 : i - 1; j <= i + 1 && j < n; ++j) a[k++] = Rows ? i : j;
    return a;
}
constexpr std::array<std::size_t, nonzeros> rows = tridiagonal<true>();
constexpr std::array<std::size_t, nonzeros> columns = tridiagonal<false>();
constexpr ctdiff_bench::hessian::pattern structure{nonzeros, rows.data(), columns.data()};
#endif
}  // namespace

#if defined(CTDIFF_BENCH_VALUE_ONLY)
extern "C" double CTDIFF_BENCH_SYMBOL(double const* x) { return ctdiff_bench::hand::rosenbrock<n>(x); }
CTDIFF_BENCH_REGISTER;
#elif defined(CTDIFF_BENCH_SPARSE)
extern "C" void CTDIFF_BENCH_SYMBOL(double const* x, double* h) {
    double carried = 0;  // H(i, i) from term i-1: 200 once there is a term i-1
    double above = 0;    // H(i-1, i), the entry left of the diagonal in row i
    for (std::size_t i = 0; i + 1 < n; ++i) {
        double const right = -400 * x[i];  // H(i, i+1)
        if (i > 0) *h++ = above;
        *h++ = carried + 1200 * x[i] * x[i] - 400 * x[i + 1] + 2;
        *h++ = right;
        above = right;
        carried = 200;
    }
    h[0] = above;
    h[1] = carried;
}
CTDIFF_BENCH_REGISTER_SPARSE(&structure);
#else
namespace {
inline void zero(double* row) {
#pragma GCC unroll 65534
    for (std::size_t j = 0; j < n; ++j) row[j] = 0;
}
}  // namespace

// Row by row, each row zeroed and then given its band. The zeroing loop is unrolled so that it
// stays plain vector stores: as std::fill_n or memset, g++ 12 turns it into a rep stosq per row
// (1.9 us at n = 50 against 0.5 us), and one memset of all n*n doubles is glibc's rep stosb,
// which callgrind counts byte by byte (20,000 instructions at n = 50).
extern "C" void CTDIFF_BENCH_SYMBOL(double const* x, double* h) {
    double carried = 0;
    double above = 0;
    for (std::size_t i = 0; i + 1 < n; ++i) {
        double* const row = h + i * n;
        zero(row);
        double const right = -400 * x[i];
        if (i > 0) row[i - 1] = above;
        row[i] = carried + 1200 * x[i] * x[i] - 400 * x[i + 1] + 2;
        row[i + 1] = right;
        above = right;
        carried = 200;
    }
    double* const last = h + (n - 1) * n;
    zero(last);
    last[n - 2] = above;
    last[n - 1] = carried;
}
CTDIFF_BENCH_REGISTER;
#endif
