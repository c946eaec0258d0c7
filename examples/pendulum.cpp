// From a Lagrangian to equations of motion, by differentiation. For a pendulum (mass m on a rod of
// length l, angle q from the downward vertical, angular velocity qdot) the Lagrangian is
// L = T - V, kinetic minus potential energy. The Euler-Lagrange equation
//
//     d/dt dL/dqdot = dL/dq
//
// is the equation of motion. Its left side is a time derivative, which the chain rule turns into
// derivatives by q and qdot: d/dt p(q, qdot) = dp/dq qdot + dp/dqdot qddot, with p = dL/dqdot.
// So everything is d(..., q) and d(..., qdot): ctdiff derives the acceleration qddot from L, and
// the program integrates the motion with it, while compiling, so static_assert can check physics:
// the small-angle period 2 pi sqrt(l/g) and the conservation of energy.
#include <ctdiff/derivative.hpp>
#include <ctdiff/functions.hpp>
#include <ctdiff/integer_pow.hpp>
#include <ctdiff/operators.hpp>
#include <ctdiff/to_string.hpp>
#include <ctdiff/var.hpp>

#include <array>
#include <cstddef>
#include <cstdio>

// The coordinates, the parameters (variables too, so the derivation prints with their names) and
// the acceleration, which appears only in the Euler-Lagrange equation.
constexpr auto q = ctdiff::var<0, "q">;
constexpr auto qdot = ctdiff::var<1, "qdot">;
constexpr auto m = ctdiff::var<2, "m">;
constexpr auto l = ctdiff::var<3, "l">;
constexpr auto g = ctdiff::var<4, "g">;
constexpr auto qddot = ctdiff::var<5, "qddot">;

constexpr auto kinetic = m * ctdiff::pow<2>(l) * ctdiff::pow<2>(qdot) / 2;  // T = m (l qdot)^2 / 2
constexpr auto potential = -m * g * l * ctdiff::cos(q);                    // V = -m g l cos q
constexpr auto lagrangian = kinetic - potential;

// The pieces of the Euler-Lagrange equation.
constexpr auto momentum = ctdiff::d(lagrangian, qdot);                       // p = dL/dqdot
constexpr auto force = ctdiff::d(lagrangian, q);                             // dL/dq
constexpr auto dp_dt = ctdiff::d(momentum, q) * qdot + ctdiff::d(momentum, qdot) * qddot;  // chain rule
constexpr auto euler_lagrange = dp_dt - force;                               // = 0 along a motion
// The equation is linear in qddot; solved for it:
constexpr auto acceleration = (force - ctdiff::d(momentum, q) * qdot) / ctdiff::d(momentum, qdot);
// And the conserved energy, by the Legendre transform E = p qdot - L (= T + V).
constexpr auto energy = momentum * qdot - lagrangian;

// The pendulum of the printout: 1 kg on 1 m, in g = 9.81 m/s^2.
constexpr double mass = 1, length = 1, gravity = 9.81;
constexpr double accel(double q_, double qdot_) { return acceleration(q_, qdot_, mass, length, gravity); }
constexpr double energy_at(double q_, double qdot_) { return energy(q_, qdot_, mass, length, gravity); }

static_assert(accel(0.0, 0.0) == 0);          // hanging straight down: at rest
static_assert(euler_lagrange(0.5, 1.0, mass, length, gravity, accel(0.5, 1.0)) == 0);
static_assert(energy_at(0.0, 0.0) == -9.81);  // E = V = -m g l at the bottom, at rest

// Velocity Verlet (leapfrog): half a kick of the velocity, a drift of the angle, half a kick
// with the new acceleration. It is symplectic and time-symmetric, so the energy stays within a
// band of width O(dt^2) for ever, where explicit Euler would let it grow. (It assumes, as here,
// an acceleration that depends on q alone.)
struct state {
    double t, q, qdot, qddot;
};
template <std::size_t Steps>
constexpr std::array<state, Steps + 1> simulate(double q0, double qdot0, double dt) {
    std::array<state, Steps + 1> path{};
    path[0] = {0, q0, qdot0, accel(q0, qdot0)};
    for (std::size_t k = 0; k != Steps; ++k) {
        state s = path[k];
        double const half = s.qdot + dt / 2 * s.qddot;
        s.q += dt * half;
        s.qddot = accel(s.q, half);
        s.qdot = half + dt / 2 * s.qddot;
        s.t = static_cast<double>(k + 1) * dt;
        path[k + 1] = s;
    }
    return path;
}

constexpr double pi = 3.141592653589793;
constexpr double abs(double v) { return v < 0 ? -v : v; }
constexpr double sqrt_newton(double v) {  // (std::sqrt is not constexpr in C++20)
    double r = v;
    for (int i = 0; i != 60; ++i) r = (r + v / r) / 2;
    return r;
}

// The period from two successive zero crossings of q (half a period apart), linearly interpolated.
template <std::size_t N>
constexpr double period(std::array<state, N> const& path) {
    double crossing[2] = {0, 0};
    int found = 0;
    for (std::size_t k = 0; k + 1 != N && found != 2; ++k)
        if ((path[k].q < 0) != (path[k + 1].q < 0))
            crossing[found++] = path[k].t + (path[k + 1].t - path[k].t) * path[k].q / (path[k].q - path[k + 1].q);
    return 2 * (crossing[1] - crossing[0]);
}

// A small swing (0.01 rad) has the period of the harmonic oscillator, 2 pi sqrt(l/g) = 2.006 s.
constexpr auto small_swing = simulate<80>(0.01, 0, 0.02);
constexpr double small_angle_period = 2 * pi * sqrt_newton(length / gravity);
static_assert(abs(period(small_swing) - small_angle_period) < 1e-3 * small_angle_period);

// A large swing (from 1 rad, 57 degrees) is slower, and its energy stays within 0.1%: it wobbles
// by O(dt^2) and does not drift.
constexpr auto large_swing = simulate<125>(1.0, 0, 0.02);
constexpr double max_energy_drift = [] {
    double const e0 = energy_at(large_swing[0].q, large_swing[0].qdot);
    double drift = 0;
    for (state const& s : large_swing) {
        double const e = abs(energy_at(s.q, s.qdot) - e0);
        drift = e > drift ? e : drift;
    }
    return drift / abs(e0);
}();
static_assert(max_energy_drift < 0.001);
// The exact period at amplitude a is 2 K(sin(a/2))/pi times the small-angle one, K the complete
// elliptic integral of the first kind: 1.0663342 at 1 rad.
static_assert(abs(period(large_swing) / small_angle_period - 1.0663342) < 1e-3);

#define SHOW(name, e) std::printf("  %-26s = %s\n", name, ctdiff::to_string(e).c_str())

int main() {
    std::printf("The derivation:\n");
    SHOW("L = T - V", lagrangian);
    SHOW("p = dL/dqdot", momentum);
    SHOW("dL/dq", force);
    SHOW("dp/dq", ctdiff::d(momentum, q));
    SHOW("dp/dqdot", ctdiff::d(momentum, qdot));
    SHOW("d/dt p = dp/dq qdot + dp/dqdot qddot", dp_dt);
    SHOW("Euler-Lagrange, = 0", euler_lagrange);
    SHOW("qddot", acceleration);
    SHOW("E = p qdot - L", energy);
    std::printf("(ctdiff's rules simplify as they go, 0*u -> 0, 1*u -> u, but they do not cancel the\n"
                "2/2 of a power's derivative against the 1/2 of T: the expressions are right, not minimal.)\n\n");

    std::printf("m = %g kg, l = %g m, g = %g m/s^2, velocity Verlet with dt = 0.02 s, from q = 1 rad at rest:\n",
                mass, length, gravity);
    for (std::size_t k = 0; k < large_swing.size(); k += 10) {
        state const s = large_swing[k];
        std::printf("  t = %4.2f s: q = %9.6f, qdot = %9.6f, qddot = %10.6f, E = %9.6f J\n", s.t, s.q, s.qdot,
                    s.qddot, energy_at(s.q, s.qdot));
    }
    std::printf("largest change of the energy over %g s: %.3f%% of |E|\n", large_swing.back().t, 100 * max_energy_drift);
    std::printf("period: %.4f s at 0.01 rad (2 pi sqrt(l/g) = %.4f s), %.4f s at 1 rad\n", period(small_swing),
                small_angle_period, period(large_swing));
}
