#include <ctdiff/complex.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <complex>

using ctdiff::complex;

TEST_CASE("complex arithmetic is constexpr and exact on dyadic values", "[complex]") {
    constexpr complex<double> a{1.5, -2.0}, b{0.5, 0.25};
    STATIC_REQUIRE(a + b == complex<double>{2.0, -1.75});
    STATIC_REQUIRE(a - b == complex<double>{1.0, -2.25});
    STATIC_REQUIRE(a * b == complex<double>{1.25, -0.625});
    STATIC_REQUIRE((a * b) / b == a);
    STATIC_REQUIRE(2 * a == complex<double>{3.0, -4.0});
    STATIC_REQUIRE(a / 2 == complex<double>{0.75, -1.0});
    STATIC_REQUIRE(1 - a == complex<double>{-0.5, 2.0});
    STATIC_REQUIRE(pow(a, 2) == a * a);
    STATIC_REQUIRE(pow(a, -1) == 1.0 / a);
    STATIC_REQUIRE(-a == complex<double>{-1.5, 2.0});
    STATIC_REQUIRE(real(conj(a)) == 1.5);
    STATIC_REQUIRE(imag(conj(a)) == 2.0);
    STATIC_REQUIRE(static_cast<complex<double>>(3) == complex<double>{3.0, 0.0});
}

namespace {
template <class F, class G>
void same_as_std(F ours, G theirs, std::complex<double> z, double tolerance = 4e-16) {
    auto const got = ours(complex<double>{z.real(), z.imag()});
    auto const want = theirs(z);
    INFO("z = " << z.real() << " + " << z.imag() << "i");
    CHECK(std::abs(std::complex<double>(real(got), imag(got)) - want) <= tolerance * (1 + std::abs(want)) * 8);
}
} // namespace

TEST_CASE("elementary functions agree with std::complex", "[complex]") {
    for (auto z : {std::complex<double>(0.3, 0.2), std::complex<double>(-0.7, 0.4), std::complex<double>(0.5, -1.5),
                   std::complex<double>(2.0, 0.1)}) {
        same_as_std([](auto w) { return exp(w); }, [](auto w) { return std::exp(w); }, z);
        same_as_std([](auto w) { return log(w); }, [](auto w) { return std::log(w); }, z);
        same_as_std([](auto w) { return sqrt(w); }, [](auto w) { return std::sqrt(w); }, z);
        same_as_std([](auto w) { return sin(w); }, [](auto w) { return std::sin(w); }, z);
        same_as_std([](auto w) { return cos(w); }, [](auto w) { return std::cos(w); }, z);
        same_as_std([](auto w) { return tan(w); }, [](auto w) { return std::tan(w); }, z);
        same_as_std([](auto w) { return sinh(w); }, [](auto w) { return std::sinh(w); }, z);
        same_as_std([](auto w) { return cosh(w); }, [](auto w) { return std::cosh(w); }, z);
        same_as_std([](auto w) { return tanh(w); }, [](auto w) { return std::tanh(w); }, z);
        same_as_std([](auto w) { return atan(w); }, [](auto w) { return std::atan(w); }, z);
        same_as_std([](auto w) { return pow(w, 2.5); }, [](auto w) { return std::pow(w, 2.5); }, z);
        same_as_std([](auto w) { return pow(w, w); }, [](auto w) { return std::pow(w, w); }, z);
    }
    // asin/acos: the principal branch is guaranteed for |Re z| < 1
    for (auto z : {std::complex<double>(0.3, 0.2), std::complex<double>(-0.7, 0.4), std::complex<double>(0.5, -1.5)}) {
        same_as_std([](auto w) { return asin(w); }, [](auto w) { return std::asin(w); }, z);
        same_as_std([](auto w) { return acos(w); }, [](auto w) { return std::acos(w); }, z);
    }
}

TEST_CASE("complex step: Im f(x + ih)/h is f'(x) to round-off for every function", "[complex]") {
    double const h = 1e-20;
    auto const step = [h](auto f, double x) { return imag(f(complex<double>{x, h})) / h; };
    auto const near = [](double got, double want) { return std::abs(got - want) <= 1e-15 * std::abs(want); }; // a few ulp
    double const x = 0.6;
    CHECK(near(step([](auto w) { return exp(w); }, x), std::exp(x)));
    CHECK(near(step([](auto w) { return log(w); }, x), 1 / x));
    CHECK(near(step([](auto w) { return sqrt(w); }, x), 0.5 / std::sqrt(x)));
    CHECK(near(step([](auto w) { return sin(w); }, x), std::cos(x)));
    CHECK(near(step([](auto w) { return cos(w); }, x), -std::sin(x)));
    CHECK(near(step([](auto w) { return tan(w); }, x), 1 / (std::cos(x) * std::cos(x))));
    CHECK(near(step([](auto w) { return sinh(w); }, x), std::cosh(x)));
    CHECK(near(step([](auto w) { return cosh(w); }, x), std::sinh(x)));
    CHECK(near(step([](auto w) { return tanh(w); }, x), 1 / (std::cosh(x) * std::cosh(x))));
    CHECK(near(step([](auto w) { return asin(w); }, x), 1 / std::sqrt(1 - x * x)));
    CHECK(near(step([](auto w) { return acos(w); }, x), -1 / std::sqrt(1 - x * x)));
    CHECK(near(step([](auto w) { return atan(w); }, x), 1 / (1 + x * x)));
    CHECK(near(step([](auto w) { return pow(w, 2.5); }, x), 2.5 * std::pow(x, 1.5)));
    CHECK(near(step([](auto w) { return pow(2.0, w); }, x), std::log(2.0) * std::pow(2.0, x)));
    CHECK(near(step([](auto w) { return pow(w, w); }, x), std::pow(x, x) * (std::log(x) + 1)));
    // negative arguments where the real function is defined
    CHECK(near(step([](auto w) { return atan(w); }, -3.0), 0.1));
    CHECK(near(step([](auto w) { return asin(w); }, -0.5), 1 / std::sqrt(0.75)));
    CHECK(near(step([](auto w) { return pow(w, 3); }, -2.0), 12.0));
}
