// ctdiff: differentiate C++ expressions at compile time. This header only includes the others.
#ifndef CTDIFF_CTDIFF_HPP
#define CTDIFF_CTDIFF_HPP

#include <ctdiff/constant.hpp>
#include <ctdiff/derivative.hpp>
#include <ctdiff/evaluate.hpp>
#include <ctdiff/expr.hpp>
#include <ctdiff/functions.hpp>
#include <ctdiff/operators.hpp>
#include <ctdiff/pow.hpp>
#include <ctdiff/simplify.hpp>
#include <ctdiff/to_string.hpp>
#include <ctdiff/var.hpp>

#endif
