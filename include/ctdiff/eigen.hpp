// Optional: ctdiff's results as Eigen matrices, for Eigen's solvers (SimplicialLDLT, ConjugateGradient,
// ...). Needs Eigen 3 (Debian libeigen3-dev); <ctdiff/ctdiff.hpp> does not include this header.
//
//     auto const h = ctdiff::sparse_hessian(f)(x);
//     Eigen::SparseMatrix<double, Eigen::RowMajor> H = ctdiff::to_eigen(h);   // once: the pattern
//     ctdiff::assign_values(H, ctdiff::sparse_hessian(f)(y));                  // then: values only
//
// The layout is row-major CSR, so a row-major Eigen::SparseMatrix takes the values as they are.
#ifndef CTDIFF_EIGEN_HPP
#define CTDIFF_EIGEN_HPP

#include <ctdiff/hessian.hpp>

#include <Eigen/Core>
#include <Eigen/SparseCore>

#include <algorithm>
#include <array>
#include <cstddef>
#include <vector>

namespace ctdiff {

/// A sparse Hessian (or any sparse_matrix) as an Eigen::SparseMatrix with its pattern.
template <int Options = Eigen::RowMajor, class T, class Layout>
Eigen::SparseMatrix<T, Options, int> to_eigen(sparse_matrix<T, Layout> const& h) {
    constexpr auto n = static_cast<Eigen::Index>(Layout::size);
    std::vector<Eigen::Triplet<T, int>> entries;
    entries.reserve(Layout::nonzeros);
    for (std::size_t k = 0; k != Layout::nonzeros; ++k)
        entries.emplace_back(static_cast<int>(Layout::rows[k]), static_cast<int>(Layout::columns[k]), h.values[k]);
    Eigen::SparseMatrix<T, Options, int> m(n, n);
    m.setFromTriplets(entries.begin(), entries.end());
    return m;
}

/// New values for a row-major matrix made by to_eigen from the same layout: copied in place, no
/// allocation. (An entry that is zero at the first point is still stored: setFromTriplets keeps it.)
template <class T, class Layout>
void assign_values(Eigen::SparseMatrix<T, Eigen::RowMajor, int>& m, sparse_matrix<T, Layout> const& h) {
    eigen_assert(m.isCompressed() && static_cast<std::size_t>(m.nonZeros()) == Layout::nonzeros);
    std::copy(h.values.begin(), h.values.end(), m.valuePtr());
}

/// A dense result (hessian, jacobian) as a fixed-size Eigen matrix.
template <class T, std::size_t R, std::size_t C>
Eigen::Matrix<T, static_cast<int>(R), static_cast<int>(C)> to_eigen(std::array<std::array<T, C>, R> const& a) {
    Eigen::Matrix<T, static_cast<int>(R), static_cast<int>(C)> m;
    for (std::size_t i = 0; i != R; ++i)
        for (std::size_t j = 0; j != C; ++j) m(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = a[i][j];
    return m;
}

/// A gradient as a fixed-size Eigen column vector.
template <class T, std::size_t N>
Eigen::Matrix<T, static_cast<int>(N), 1> to_eigen(std::array<T, N> const& a) {
    return Eigen::Map<Eigen::Matrix<T, static_cast<int>(N), 1> const>(a.data());
}

}  // namespace ctdiff

#endif
