// Every printer that builds a std::string at run time, compiled at -O3 as users may: g++ 12
// warns falsely (-Wrestrict, an error under -Werror) on "literal" + std::string once such code is
// inlined, so the printers join strings by append (detail/joined.hpp). Compiling is passing; the
// printed text itself is tested, at the build's own flags, by explain_test, to_c_test and others.
#include <ctdiff/ctdiff.hpp>

#include <cstddef>
#include <string>

namespace {
constexpr auto x1 = ctdiff::var<0, "x1">;
constexpr auto x2 = ctdiff::var<1, "x2">;
constexpr auto f = ctdiff::pow<2>(2 * x1 + 3 * x2) + 3;
constexpr auto g = ctdiff::sin(x1 * x2) / (1.5 - x2) + ctdiff::exp(-x1);
}  // namespace

// The sum of the lengths, so that nothing is optimised away.
extern "C" std::size_t ctdiff_printed_lengths() {
    std::size_t n = 0;
    n += std::string(ctdiff::to_string(ctdiff::explain(f, x1))).size();
    n += std::string(ctdiff::to_latex(ctdiff::explain(g, x2))).size();
    n += std::string(ctdiff::to_string(ctdiff::value_and_gradient(g))).size();
    n += ctdiff::to_c(g, "g").size() + ctdiff::to_c(ctdiff::hessian(f)).size();
    n += ctdiff::to_dot(g).size() + ctdiff::to_dot_graph(g).size() + ctdiff::to_dot(ctdiff::gradient(f)).size();
    n += ctdiff::to_string(ctdiff::check(g, 0.5, 0.25)).size();
    return n;
}
