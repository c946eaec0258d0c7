#ifndef CTDIFF_MATH_HPP
#define CTDIFF_MATH_HPP

// ctdiff::math: <cmath> functions usable in constant expressions (correctly rounded there,
// libm at run time). See docs/math.md.

#include <ctdiff/math/erf.hpp>
#include <ctdiff/math/exp.hpp>
#include <ctdiff/math/hyperbolic.hpp>
#include <ctdiff/math/inverse_trig.hpp>
#include <ctdiff/math/log.hpp>
#include <ctdiff/math/pow.hpp>
#include <ctdiff/math/sqrt.hpp>
#include <ctdiff/math/trig.hpp>

#endif
