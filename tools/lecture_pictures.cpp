// Prints the Graphviz dot of one picture of the lecture, for tools/make_pictures.sh:
//   lecture_pictures tree              the expression tree of f
//   lecture_pictures derivative        the shared graph of d(f, x1): f's nodes and its own
//   lecture_pictures derivative_tree   d(f, x1) as the tree to_string writes
//   lecture_pictures gradient_program  the program of value_and_gradient(f)
#include <ctdiff/ctdiff.hpp>
#include <ctdiff/to_dot.hpp>

#include <cstdio>
#include <string_view>

constexpr auto x1 = ctdiff::var<0, "x1">;
constexpr auto x2 = ctdiff::var<1, "x2">;
constexpr auto f = ctdiff::pow<2>(2 * x1 + 3 * x2) + 3;

int main(int argc, char** argv) {
    std::string_view const which = argc == 2 ? argv[1] : "";
    if (which == "tree") std::fputs(ctdiff::to_dot(f).c_str(), stdout);
    else if (which == "derivative") std::fputs(ctdiff::to_dot_graph(ctdiff::d(f, x1), "df/dx1").c_str(), stdout);
    else if (which == "derivative_tree") std::fputs(ctdiff::to_dot(ctdiff::d(f, x1)).c_str(), stdout);
    else if (which == "gradient_program") std::fputs(ctdiff::to_dot(ctdiff::value_and_gradient(f)).c_str(), stdout);
    else {
        std::fprintf(stderr, "usage: lecture_pictures tree|derivative|derivative_tree|gradient_program\n");
        return 2;
    }
}
