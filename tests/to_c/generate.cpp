// Writes the C source of every case of cases.hpp, and of its derivative programs, to the file
// named by argv[1]: to_c_compiled_test compiles that file (as C++, and as C when CMake has a C
// compiler) and compares each function with ctdiff's own evaluation.
#include "cases.hpp"

#include <ctdiff/to_c.hpp>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: to_c_generate <output file>\n");
        return 2;
    }
    using namespace to_c_cases;
    std::string const source[] = {
        to_c(lecture, "lecture"),
        to_c(d(lecture, x1), "lecture_dx1"),
        to_c(gradient(lecture), "lecture_gradient"),
        to_c(value_and_gradient(lecture), "lecture_value_and_gradient"),
        to_c(hessian(lecture), "lecture_hessian"),
        to_c(lecture, "lecture_float", "float"),
        to_c(gradient(lecture), "lecture_gradient_float", "float"),
        to_c(w3, "w3"),
        to_c(d(w3, x), "w3_dx"),
        to_c(d(w3, x, y), "w3_dxdy"),
        to_c(d(w3, x, x, x, x), "w3_dx4"),
        to_c(value_and_gradient(w3), "w3_value_and_gradient"),
        to_c(jacobian(w3, x * y + exp(y)), "w3_jacobian"),
        to_c(hessian(w3), "w3_hessian"),
        to_c(value_gradient_hessian(w3), "w3_value_gradient_hessian"),
        to_c(sparse_hessian(w3), "w3_sparse_hessian"),
        to_c(hessian_vector_product(w3), "w3_hessian_vector_product"),
        to_c(every_function, "every_function"),
        to_c(gradient(every_function), "every_function_gradient"),
        to_c(numbers, "numbers"),
        to_c(gradient(numbers), "numbers_gradient"),
        to_c(value_and_gradient(rosenbrock), "rosenbrock_value_and_gradient"),
        to_c(gradient(rosenbrock), "rosenbrock_gradient"),
        to_c(value_and_gradient(reaching_back), "reaching_back_value_and_gradient"),
    };
    std::FILE* out = std::fopen(argv[1], "w");
    if (!out) {
        std::perror(argv[1]);
        return 1;
    }
    std::fputs("/* Written by to_c_generate from tests/to_c/cases.hpp: do not edit. */\n", out);
    for (std::string const& s : source) std::fprintf(out, "\n%s", s.c_str());
    return std::fclose(out) == 0 ? 0 : 1;
}
