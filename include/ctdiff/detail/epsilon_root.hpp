#ifndef CTDIFF_DETAIL_EPSILON_ROOT_HPP
#define CTDIFF_DETAIL_EPSILON_ROOT_HPP

#include <concepts>
#include <limits>

namespace ctdiff::detail {

// eps^(1/k) by Newton's method on y^k = eps, so default steps need no <cmath> at compile time.
template <std::floating_point T>
consteval T epsilon_root(int k) {
    T const eps = std::numeric_limits<T>::epsilon();
    T y = T(1);
    for (int iteration = 0; iteration < 500; ++iteration) {
        T power = T(1); // y^(k-1)
        for (int j = 1; j < k; ++j) power *= y;
        T const next = y - (power * y - eps) / (T(k) * power);
        if (next == y) break;
        y = next;
    }
    return y;
}

} // namespace ctdiff::detail

#endif
