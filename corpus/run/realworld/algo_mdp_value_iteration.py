# features: [algorithms, floats, realworld]
# stages: [run]
# Markov decision process: value iteration and policy extraction on a grid world.
GRID = ["...+", ".#.-", "...."]
ACTIONS = {"N": (-1, 0), "S": (1, 0), "E": (0, 1), "W": (0, -1)}
PERP = {"N": "EW", "S": "EW", "E": "NS", "W": "NS"}
GAMMA, NOISE, LIVING = 0.9, 0.2, -0.04
states = [(r, c) for r in range(len(GRID)) for c in range(len(GRID[0])) if GRID[r][c] != "#"]
terminal = {(r, c): (1.0 if GRID[r][c] == "+" else -1.0) for r, c in states if GRID[r][c] in "+-"}


def move(s, a):
    r, c = s[0] + ACTIONS[a][0], s[1] + ACTIONS[a][1]
    if (r, c) in states:
        return (r, c)
    return s


def transitions(s, a):
    out = [(1 - NOISE, move(s, a))]
    for p in PERP[a]:
        out.append((NOISE / 2, move(s, p)))
    return out


V = {s: 0.0 for s in states}
for it in range(100):
    newV = {}
    delta = 0.0
    for s in states:
        if s in terminal:
            newV[s] = terminal[s]
            continue
        newV[s] = max(sum(p * (LIVING + GAMMA * V[s2]) for p, s2 in transitions(s, a)) for a in ACTIONS)
        delta = max(delta, abs(newV[s] - V[s]))
    V = newV
    if delta < 1e-6:
        break
print("converged after", it + 1, "iterations")
for r in range(len(GRID)):
    print(" ".join("  ####" if GRID[r][c] == "#" else "%6.3f" % V[(r, c)] for c in range(len(GRID[0]))))
policy = {}
for s in states:
    if s not in terminal:
        policy[s] = max(ACTIONS, key=lambda a: sum(p * V[s2] for p, s2 in transitions(s, a)))
for r in range(len(GRID)):
    print("".join(policy.get((r, c), GRID[r][c]) for c in range(len(GRID[0]))))
