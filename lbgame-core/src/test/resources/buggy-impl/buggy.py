#!/usr/bin/env python3
"""A deliberately buggy implementation of the lbgame protocol (schema/query.schema.json -> result.schema.json).

It handles discrete queries on tabulated games (the harness's games). THE BUG: the just-overtake effort
uses '>=' where the definition requires '>' (a tie is not an overtake), so a model that only ties is
believed to overtake. Everything else is done the textbook way: every jump condition at all-zero.
(It also trusts the textbook shortcut that rank = capability order at all-zero, a second bug the harness
finds when scores tie or cross at tau.) Set BUGGY_IMPL_CORRECT=1 for the fixed version: '>' and the
definition (every model, every effort against all-zero); the harness then finds no disagreement.
"""
import json
import os
import sys

STRICT = os.environ.get("BUGGY_IMPL_CORRECT") == "1"


def table(game, width):
    rows = []
    for m in game["models"]:
        y = m["score"]["y"]
        rows.append([y[min(x, len(y) - 1)] for x in range(width)])
    return rows


def cost_of(game, e):
    c = game["cost"]["cost"]
    if e < len(c):
        return c[e]
    return c[-1] + (c[-1] - c[-2]) * (e - len(c) + 1)


def overtakes(a, b):
    return a > b if STRICT else a >= b  # the bug: '>=' instead of '>'


def just_overtake(s, tau, steps, k, j):
    for e in range(steps + 1):
        if overtakes(s[k][tau + e], s[j][tau]):
            return e
    return None


def jumps(s, tau, steps):
    out = []
    for k in range(1, len(s)):
        for j in range(k):
            out.append({"overtaker": k, "overtaken": j, "delta": just_overtake(s, tau, steps, k, j)})
    return out


def first_failing(game, s, tau, steps):
    if STRICT:  # the fixed version: the definition, every model and every effort against all-zero
        zero = [0] * len(s)
        for i in range(len(s)):
            for e in range(1, steps + 1):
                dev = zero[:i] + [e] + zero[i + 1:]
                gain = utility(game, s, tau, dev, i) + cost_of(game, e) - utility(game, s, tau, zero, i) - cost_of(game, 0)
                if utility(game, s, tau, dev, i) > utility(game, s, tau, zero, i):
                    return {"kind": "profitable-deviation", "model": i, "effort": e, "gain": gain,
                            "cost": cost_of(game, e) - cost_of(game, 0)}
        return None
    r = game["rewards"]["values"]
    for jump in jumps(s, tau, steps):
        k, j, d = jump["overtaker"], jump["overtaken"], jump["delta"]
        if d is not None and cost_of(game, d) - cost_of(game, 0) < r[j] - r[k]:
            return {"kind": "profitable-deviation", "model": k, "effort": d, "gain": r[j] - r[k],
                    "cost": cost_of(game, d) - cost_of(game, 0)}
    return None


def rank(scores, i):
    return sum(1 for j, sj in enumerate(scores) if j != i and (sj > scores[i] or (sj == scores[i] and j < i)))


def utility(game, s, tau, profile, i):
    scores = [s[m][tau + profile[m]] for m in range(len(s))]
    return game["rewards"]["values"][rank(scores, i)] - cost_of(game, profile[i])


def answer(q):
    game, steps = q["game"], q["steps"]
    kind = q["query"]
    head = {"schema": "lbgame/1", "query": kind, "mode": "discrete"}
    if kind == "threshold":
        s = table(game, q["maxTau"] + steps + 1)
        head.update({"steps": steps, "maxTau": q["maxTau"]})
        for tau in range(q["maxTau"] + 1):
            if first_failing(game, s, tau, steps) is None:
                below = None if tau == 0 else first_failing(game, s, tau - 1, steps)
                head.update({"tauStar": tau, "certificate": {"kind": "threshold",
                             "jumpsAtStar": jumps(s, tau, steps), "below": below}})
                return head
        head.update({"tauStar": None, "certificate": {"kind": "no-threshold",
                     "atMaxTau": first_failing(game, s, q["maxTau"], steps)}})
        return head
    tau = q["tau"]
    s = table(game, tau + steps + 1)
    head.update({"tau": tau, "steps": steps})
    if kind == "enumerate":
        n = len(s)
        eq = []
        for idx in range((steps + 1) ** n):
            p = [(idx // (steps + 1) ** i) % (steps + 1) for i in range(n)]
            ok = all(utility(game, s, tau, p, i) >= utility(game, s, tau, p[:i] + [e] + p[i + 1:], i)
                     for i in range(n) for e in range(steps + 1))
            if ok:
                eq.append(p)
        head["equilibria"] = eq
        return head
    dev = first_failing(game, s, tau, steps)
    head.update({"verdict": "all-zero-pne" if dev is None else "all-zero-not-pne", "jumps": jumps(s, tau, steps),
                 "certificate": dev if dev is not None else {"kind": "all-zero-pne"}})
    return head


if __name__ == "__main__":
    json.dump(answer(json.load(sys.stdin)), sys.stdout)
    sys.stdout.write("\n")
