// ctdiff: differentiate C++ expressions at compile time. This header only includes the others, all
// but eigen.hpp, which needs Eigen 3 (include it yourself).
#ifndef CTDIFF_CTDIFF_HPP
#define CTDIFF_CTDIFF_HPP

#include <ctdiff/check.hpp>
#include <ctdiff/complex.hpp>
#include <ctdiff/constant.hpp>
#include <ctdiff/derivative.hpp>
#include <ctdiff/evaluate.hpp>
#include <ctdiff/explain.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/finite_difference.hpp>
#include <ctdiff/functions.hpp>
#include <ctdiff/gradient.hpp>
#include <ctdiff/hessian.hpp>
#include <ctdiff/integer_pow.hpp>
#include <ctdiff/loop_sum.hpp>
#include <ctdiff/math.hpp>
#include <ctdiff/operators.hpp>
#include <ctdiff/pow.hpp>
#include <ctdiff/print.hpp>
#include <ctdiff/program.hpp>
#include <ctdiff/shape.hpp>
#include <ctdiff/simplify.hpp>
#include <ctdiff/sparsity.hpp>
#include <ctdiff/sum.hpp>
#include <ctdiff/taylor.hpp>
#include <ctdiff/to_string.hpp>
#include <ctdiff/var.hpp>

#endif
