// eigen.hpp (built only when Eigen 3 is found): the sparse and dense Hessians as Eigen matrices,
// and a Newton step solved by Eigen's sparse Cholesky.
#include <ctdiff/ctdiff.hpp>
#include <ctdiff/eigen.hpp>

#include <Eigen/SparseCholesky>
#include <catch2/catch.hpp>

using namespace ctdiff;

namespace {
template <std::size_t N>
constexpr auto rosenbrock = sum<0, N - 1>([](auto i) {
    return 100 * pow<2>(var<i + 1> - pow<2>(var<i>)) + pow<2>(1 - var<i>);
});
constexpr std::size_t n = 6;
}  // namespace

TEST_CASE("a sparse Hessian becomes an Eigen::SparseMatrix with the same entries", "[eigen]") {
    std::array<double, n> x{};
    for (std::size_t i = 0; i != n; ++i) x[i] = 0.5 + 0.1 * static_cast<double>(i);
    auto const s = sparse_hessian(rosenbrock<n>)(x);
    auto const dense = hessian(rosenbrock<n>)(x);
    Eigen::SparseMatrix<double, Eigen::RowMajor> h = to_eigen(s);
    REQUIRE(h.rows() == static_cast<Eigen::Index>(n));
    REQUIRE(h.nonZeros() == static_cast<Eigen::Index>(3 * n - 2));
    Eigen::Matrix<double, n, n> const full = to_eigen(dense);
    REQUIRE((Eigen::MatrixXd(h) - full).cwiseAbs().maxCoeff() == 0.0);
    // new values, same pattern, no new matrix
    for (double& xi : x) xi += 0.25;
    assign_values(h, sparse_hessian(rosenbrock<n>)(x));
    REQUIRE((Eigen::MatrixXd(h) - to_eigen(hessian(rosenbrock<n>)(x))).cwiseAbs().maxCoeff() == 0.0);
    // column-major works too
    Eigen::SparseMatrix<double> column_major = to_eigen<Eigen::ColMajor>(s);
    REQUIRE(column_major.nonZeros() == h.nonZeros());
}

TEST_CASE("a Newton step by Eigen's sparse LDLT solves H p = -g", "[eigen]") {
    std::array<double, n> x{};
    for (std::size_t i = 0; i != n; ++i) x[i] = 0.9 + 0.02 * static_cast<double>(i);
    Eigen::SparseMatrix<double> const h = to_eigen<Eigen::ColMajor>(sparse_hessian(rosenbrock<n>)(x));
    Eigen::Matrix<double, n, 1> const g = to_eigen(gradient(rosenbrock<n>)(x));
    Eigen::SimplicialLDLT<Eigen::SparseMatrix<double>> solver(h);
    REQUIRE(solver.info() == Eigen::Success);
    Eigen::VectorXd const p = solver.solve(-g);
    REQUIRE((h * p + g).norm() <= 1e-9 * g.norm());
}
