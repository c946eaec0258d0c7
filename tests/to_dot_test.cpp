// to_dot: Graphviz text of expression trees, shared graphs and derivative programs, as exact
// strings (raw literals, so each reads as the dot file it is).
#include <ctdiff/ctdiff.hpp>
#include <ctdiff/to_dot.hpp>

#include <catch2/catch.hpp>

#include <string>

using namespace ctdiff;

namespace {
constexpr auto x1 = var<0, "x1">;
constexpr auto x2 = var<1, "x2">;
constexpr auto lecture = pow<2>(2 * x1 + 3 * x2) + 3;
constexpr auto x = var<0, "x">;
constexpr auto y = var<1, "y">;
}  // namespace

TEST_CASE("to_dot: the lecture's tree, one dot node per tree node", "[to_dot]") {
    REQUIRE(to_dot(lecture) == R"dot(digraph tree {
  ordering=out;
  node [fontname="Helvetica"];
  edge [dir=none];
  n0 [label="+"];
  n1 [label="^2"];
  n2 [label="+"];
  n3 [label="*"];
  n4 [label="2", shape=box];
  n5 [label="x1", shape=box, style=filled, fillcolor="#cfe2f3"];
  n6 [label="*"];
  n7 [label="3", shape=box];
  n8 [label="x2", shape=box, style=filled, fillcolor="#cfe2f3"];
  n9 [label="3", shape=box];
  n0 -> n1;
  n1 -> n2;
  n2 -> n3;
  n3 -> n4;
  n3 -> n5;
  n2 -> n6;
  n6 -> n7;
  n6 -> n8;
  n0 -> n9;
}
)dot");
}

TEST_CASE("to_dot: a derivative is drawn as the tree to_string writes", "[to_dot]") {
    REQUIRE(to_dot(d(lecture, x1)) == R"dot(digraph tree {
  ordering=out;
  node [fontname="Helvetica"];
  edge [dir=none];
  n0 [label="*"];
  n1 [label="4", shape=box];
  n2 [label="+"];
  n3 [label="*"];
  n4 [label="2", shape=box];
  n5 [label="x1", shape=box, style=filled, fillcolor="#cfe2f3"];
  n6 [label="*"];
  n7 [label="3", shape=box];
  n8 [label="x2", shape=box, style=filled, fillcolor="#cfe2f3"];
  n0 -> n1;
  n0 -> n2;
  n2 -> n3;
  n3 -> n4;
  n3 -> n5;
  n2 -> n6;
  n6 -> n7;
  n6 -> n8;
}
)dot");
}

TEST_CASE("to_dot_graph: the derivative's graph reads f's nodes", "[to_dot]") {
    REQUIRE(to_dot_graph(d(lecture, x1), "df/dx1") == R"dot(digraph "graph" {
  rankdir=LR;
  fontname="Helvetica";
  node [fontname="Helvetica", shape=box, style="rounded,filled", fillcolor=white];
  n1 [label="x1", shape=ellipse, fillcolor="#cfe2f3"];
  n4 [label="x2", shape=ellipse, fillcolor="#cfe2f3"];
  subgraph cluster_forward {
    label="nodes of f";
    style=filled;
    color="#eef5fb";
    n2 [label="v0 = 2*x1"];
    n5 [label="v1 = 3*x2"];
    n6 [label="v2 = v0 + v1"];
  }
  subgraph cluster_backward {
    label="derivative nodes";
    labelloc=b;
    style=filled;
    color="#fdf1e3";
    n8 [label="v3 = 2*2"];
    n9 [label="v4 = v3*v2"];
  }
  r0 [label="df/dx1", shape=plaintext, style=""];
  n1 -> n2;
  n4 -> n5;
  n2 -> n6;
  n5 -> n6;
  n8 -> n9;
  n6 -> n9;
  n9 -> r0;
}
)dot");
}

TEST_CASE("to_dot: the lecture's gradient program, forward and backward sweep", "[to_dot]") {
    REQUIRE(to_dot(value_and_gradient(lecture)) == R"dot(digraph "program" {
  rankdir=LR;
  fontname="Helvetica";
  node [fontname="Helvetica", shape=box, style="rounded,filled", fillcolor=white];
  n1 [label="x1", shape=ellipse, fillcolor="#cfe2f3"];
  n4 [label="x2", shape=ellipse, fillcolor="#cfe2f3"];
  subgraph cluster_forward {
    label="forward sweep";
    style=filled;
    color="#eef5fb";
    n2 [label="v0 = 2*x1"];
    n5 [label="v1 = 3*x2"];
    n6 [label="v2 = v0 + v1"];
    n7 [label="v3 = v2^2"];
    n9 [label="v4 = v3 + 3"];
  }
  subgraph cluster_backward {
    label="backward sweep";
    labelloc=b;
    style=filled;
    color="#fdf1e3";
    n11 [label="v5 = 3*2"];
    n12 [label="dx2 = v5*v2"];
    n13 [label="v6 = 2*2"];
    n14 [label="dx1 = v6*v2"];
  }
  r0 [label="f", shape=plaintext, style=""];
  r1 [label="df/dx1", shape=plaintext, style=""];
  r2 [label="df/dx2", shape=plaintext, style=""];
  n1 -> n2;
  n4 -> n5;
  n2 -> n6;
  n5 -> n6;
  n6 -> n7;
  n7 -> n9;
  n11 -> n12;
  n6 -> n12;
  n13 -> n14;
  n6 -> n14;
  n9 -> r0;
  n14 -> r1;
  n12 -> r2;
}
)dot");
}

TEST_CASE("to_dot: every node kind's label", "[to_dot]") {
    // neg, -, /, *, ^ (u^v), a function of one argument and of two; numbers as to_string writes them
    REQUIRE(to_dot(-x / y - constant(-1.5) * pow(x, y) + sin(atan2(x, y))) == R"dot(digraph tree {
  ordering=out;
  node [fontname="Helvetica"];
  edge [dir=none];
  n0 [label="+"];
  n1 [label="-"];
  n2 [label="neg"];
  n3 [label="/"];
  n4 [label="x", shape=box, style=filled, fillcolor="#cfe2f3"];
  n5 [label="y", shape=box, style=filled, fillcolor="#cfe2f3"];
  n6 [label="*"];
  n7 [label="-1.5", shape=box];
  n8 [label="^"];
  n9 [label="x", shape=box, style=filled, fillcolor="#cfe2f3"];
  n10 [label="y", shape=box, style=filled, fillcolor="#cfe2f3"];
  n11 [label="sin"];
  n12 [label="atan2"];
  n13 [label="x", shape=box, style=filled, fillcolor="#cfe2f3"];
  n14 [label="y", shape=box, style=filled, fillcolor="#cfe2f3"];
  n0 -> n1;
  n1 -> n2;
  n2 -> n3;
  n3 -> n4;
  n3 -> n5;
  n1 -> n6;
  n6 -> n7;
  n6 -> n8;
  n8 -> n9;
  n8 -> n10;
  n0 -> n11;
  n11 -> n12;
  n12 -> n13;
  n12 -> n14;
}
)dot");
    // names are quoted for dot
    REQUIRE(to_dot(var<0, "a\"b">) == R"dot(digraph tree {
  ordering=out;
  node [fontname="Helvetica"];
  edge [dir=none];
  n0 [label="a\"b", shape=box, style=filled, fillcolor="#cfe2f3"];
}
)dot");
}

TEST_CASE("to_dot: written twice in the tree, one node in the graph", "[to_dot]") {
    constexpr auto s = sigmoid(x) * (1 - sigmoid(x));  // sigmoid's derivative, by hand
    REQUIRE(to_dot(s) == R"dot(digraph tree {
  ordering=out;
  node [fontname="Helvetica"];
  edge [dir=none];
  n0 [label="*"];
  n1 [label="sigmoid"];
  n2 [label="x", shape=box, style=filled, fillcolor="#cfe2f3"];
  n3 [label="-"];
  n4 [label="1", shape=box];
  n5 [label="sigmoid"];
  n6 [label="x", shape=box, style=filled, fillcolor="#cfe2f3"];
  n0 -> n1;
  n1 -> n2;
  n0 -> n3;
  n3 -> n4;
  n3 -> n5;
  n5 -> n6;
}
)dot");
    REQUIRE(to_dot_graph(s) == R"dot(digraph "graph" {
  rankdir=LR;
  fontname="Helvetica";
  node [fontname="Helvetica", shape=box, style="rounded,filled", fillcolor=white];
  n0 [label="x", shape=ellipse, fillcolor="#cfe2f3"];
  n1 [label="v0 = sigmoid(x)"];
  n3 [label="v1 = 1 - v0"];
  n4 [label="v2 = v0*v1"];
  r0 [label="f", shape=plaintext, style=""];
  n0 -> n1;
  n1 -> n3;
  n1 -> n4;
  n3 -> n4;
  n4 -> r0;
}
)dot");
}

TEST_CASE("to_dot: a Hessian program; an output that is a number is written out", "[to_dot]") {
    REQUIRE(to_dot(hessian(x * x * y)) == R"dot(digraph "program" {
  rankdir=LR;
  fontname="Helvetica";
  node [fontname="Helvetica", shape=box, style="rounded,filled", fillcolor=white];
  n0 [label="x", shape=ellipse, fillcolor="#cfe2f3"];
  n1 [label="y", shape=ellipse, fillcolor="#cfe2f3"];
  subgraph cluster_backward {
    label="backward sweep";
    labelloc=b;
    style=filled;
    color="#fdf1e3";
    n4 [label="v0 = 2*x"];
    n5 [label="v1 = 2*y"];
  }
  r0 [label="d2f/dx^2", shape=plaintext, style=""];
  r1 [label="d2f/dxdy", shape=plaintext, style=""];
  r2 [label="d2f/dy^2 = 0", shape=plaintext, style=""];
  n0 -> n4;
  n1 -> n5;
  n5 -> r0;
  n4 -> r1;
}
)dot");
    // hessian_vector_product(f) draws its program
    REQUIRE(to_dot(hessian_vector_product(x * x * y)) == to_dot(hessian_vector_product(x * x * y).program));
}
