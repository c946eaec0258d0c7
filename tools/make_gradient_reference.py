#!/usr/bin/env python3
"""Reference values for tests/gradient_test.cpp and tests/derivative_scale_test.cpp (Debian
python3-mpmath): derivatives of the issue's depth-8 expression and of W4, to 40 digits."""
import mpmath as mp

mp.mp.dps = 40


def deep(x, y):
    return mp.cosh(mp.atan(mp.cos(mp.sqrt(mp.tanh(mp.log1p(mp.exp(mp.sin(x + y) * y) + y) * y) + y) * y) + y) * y)


def w4(x, y):
    return mp.sin(x * y) + mp.exp(x / y) - mp.log(1 + x * x) + mp.sqrt(x * x + y * y) + mp.tanh(x - y)


p = (mp.mpf("0.3"), mp.mpf("0.2"))
print("deep d(f, x, x, y, x) at (0.3, 0.2):", mp.nstr(mp.diff(deep, p, (3, 1)), 25))
print("deep d(f, x) at (0.3, 0.2):", mp.nstr(mp.diff(deep, p, (1, 0)), 25))
print("deep d(f, y) at (0.3, 0.2):", mp.nstr(mp.diff(deep, p, (0, 1)), 25))
q = (mp.mpf("1.5"), mp.mpf("0.75"))
print("w4 at (1.5, 0.75):", mp.nstr(w4(*q), 25))
print("w4 gradient at (1.5, 0.75):", mp.nstr(mp.diff(w4, q, (1, 0)), 25), mp.nstr(mp.diff(w4, q, (0, 1)), 25))
