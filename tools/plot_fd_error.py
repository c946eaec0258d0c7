#!/usr/bin/env python3
"""Draws docs/fd_error.svg (error of df/dx against h) from `fd_error_csv steps` output.

Usage: tools/plot_fd_error.py <csv from fd_error_csv steps> <csv from fd_error_csv defaults> <out.svg>
Standard library only. One panel per function, log-log axes, one line per scheme, a marker at
each scheme's default step.
"""
import csv
import math
import sys

COLOURS = {"forward": "#d62728", "central": "#1f77b4", "central4": "#2ca02c", "complex_step": "#9467bd"}
W, H, MARGIN = 460, 340, 60
X_RANGE = (-16.0, -1.0)  # log10 h
Y_RANGE = (-17.0, 1.0)  # log10 relative error (0 error drawn at the bottom)


def read(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def log10_or_floor(v):
    v = float(v)
    return Y_RANGE[0] if v <= 0 else max(Y_RANGE[0], min(Y_RANGE[1], math.log10(v)))


def panel(out, x0, title, rows, defaults):
    def px(lh):
        return x0 + MARGIN + (lh - X_RANGE[0]) / (X_RANGE[1] - X_RANGE[0]) * (W - MARGIN - 10)

    def py(le):
        return 30 + (Y_RANGE[1] - le) / (Y_RANGE[1] - Y_RANGE[0]) * (H - 30 - MARGIN)

    out.append(f'<text x="{x0 + W / 2}" y="18" text-anchor="middle" font-size="13">{title}</text>')
    out.append(f'<rect x="{px(X_RANGE[0])}" y="{py(Y_RANGE[1])}" width="{px(X_RANGE[1]) - px(X_RANGE[0])}" '
               f'height="{py(Y_RANGE[0]) - py(Y_RANGE[1])}" fill="none" stroke="#888"/>')
    for e in range(int(X_RANGE[0]), int(X_RANGE[1]) + 1, 3):
        out.append(f'<text x="{px(e)}" y="{py(Y_RANGE[0]) + 14}" text-anchor="middle" font-size="10">1e{e}</text>')
    for e in range(int(Y_RANGE[0]) + 1, int(Y_RANGE[1]) + 1, 4):
        out.append(f'<text x="{px(X_RANGE[0]) - 4}" y="{py(e) + 3}" text-anchor="end" font-size="10">1e{e}</text>')
        out.append(f'<line x1="{px(X_RANGE[0])}" x2="{px(X_RANGE[1])}" y1="{py(e)}" y2="{py(e)}" stroke="#eee"/>')
    out.append(f'<text x="{x0 + W / 2 + 20}" y="{H - 18}" text-anchor="middle" font-size="11">step h</text>')
    out.append(f'<text x="{x0 + 14}" y="{H / 2}" font-size="11" transform="rotate(-90 {x0 + 14} {H / 2})" '
               f'text-anchor="middle">relative error</text>')
    for scheme, colour in COLOURS.items():
        pts = [(math.log10(float(r["h"])), log10_or_floor(r["error"])) for r in rows if r["scheme"] == scheme]
        path = " ".join(f"{px(a):.1f},{py(b):.1f}" for a, b in pts)
        out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="1.5"/>')
        for d in defaults:
            if d["scheme"] == scheme:
                cx, cy = px(math.log10(float(d["default_h"]))), py(log10_or_floor(d["error"]))
                out.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="4.5" fill="white" stroke="{colour}" stroke-width="2"/>')


def main():
    steps, defaults, target = read(sys.argv[1]), read(sys.argv[2]), sys.argv[3]
    functions = list(dict.fromkeys(r["function"] for r in steps))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W * len(functions)}" height="{H + 20}" '
           f'font-family="sans-serif">', '<rect width="100%" height="100%" fill="white"/>']
    for k, name in enumerate(functions):
        panel(out, k * W, name, [r for r in steps if r["function"] == name],
              [d for d in defaults if d["function"] == name])
    for k, (scheme, colour) in enumerate(COLOURS.items()):
        out.append(f'<line x1="{70 + k * 130}" x2="{95 + k * 130}" y1="{H + 8}" y2="{H + 8}" stroke="{colour}" stroke-width="2"/>')
        out.append(f'<text x="{100 + k * 130}" y="{H + 12}" font-size="11">{scheme}</text>')
    out.append(f'<text x="{W * len(functions) - 10}" y="{H + 12}" font-size="11" text-anchor="end">'
               f'circles: default steps; 0 error drawn at 1e{int(Y_RANGE[0])}</text>')
    out.append("</svg>")
    with open(target, "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
