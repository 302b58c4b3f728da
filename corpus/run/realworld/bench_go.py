# features: [benchmark, classes, random, realworld]
# stages: [run]
# flags: [needs-stdlib]
# A tiny Go board with random playouts (in the spirit of pyperformance bm_go, much smaller).
import random

SIZE = 7
EMPTY, WHITE, BLACK = 0, 1, 2
SHOW = {EMPTY: '.', WHITE: 'o', BLACK: 'x'}


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.color = BLACK
        self.captured = {WHITE: 0, BLACK: 0}
        self.history = []

    def neighbours(self, pos):
        x, y = pos % SIZE, pos // SIZE
        if x > 0: yield pos - 1
        if x < SIZE - 1: yield pos + 1
        if y > 0: yield pos - SIZE
        if y < SIZE - 1: yield pos + SIZE

    def group(self, pos):
        color = self.cells[pos]
        seen, stack, libs = {pos}, [pos], set()
        while stack:
            p = stack.pop()
            for n in self.neighbours(p):
                c = self.cells[n]
                if c == EMPTY:
                    libs.add(n)
                elif c == color and n not in seen:
                    seen.add(n)
                    stack.append(n)
        return seen, libs

    def legal(self, pos):
        if self.cells[pos] != EMPTY:
            return False
        self.cells[pos] = self.color
        try:
            _, libs = self.group(pos)
            if libs:
                return True
            other = WHITE if self.color == BLACK else BLACK
            for n in self.neighbours(pos):
                if self.cells[n] == other and not self.group(n)[1]:
                    return True
            return False
        finally:
            self.cells[pos] = EMPTY

    def play(self, pos):
        other = WHITE if self.color == BLACK else BLACK
        self.cells[pos] = self.color
        for n in self.neighbours(pos):
            if self.cells[n] == other:
                stones, libs = self.group(n)
                if not libs:
                    for s in stones:
                        self.cells[s] = EMPTY
                    self.captured[self.color] += len(stones)
        self.history.append(pos)
        self.color = other

    def random_move(self, rng):
        empties = [i for i, c in enumerate(self.cells) if c == EMPTY]
        rng.shuffle(empties)
        for pos in empties:
            if self.legal(pos) and not self.is_eye(pos):
                return pos
        return None

    def is_eye(self, pos):
        return all(self.cells[n] == self.color for n in self.neighbours(pos))

    def score(self):
        s = {WHITE: 0, BLACK: 0}
        for i, c in enumerate(self.cells):
            if c != EMPTY:
                s[c] += 1
            else:
                ns = {self.cells[n] for n in self.neighbours(i)}
                if len(ns) == 1 and EMPTY not in ns:
                    s[ns.pop()] += 1
        return s

    def __str__(self):
        rows = []
        for y in range(SIZE):
            rows.append(" ".join(SHOW[self.cells[y * SIZE + x]] for x in range(SIZE)))
        return "\n".join(rows)


def playout(seed):
    rng = random.Random(seed)
    b = Board()
    passes = 0
    for _ in range(200):
        mv = b.random_move(rng)
        if mv is None:
            passes += 1
            b.color = WHITE if b.color == BLACK else BLACK
            if passes == 2:
                break
        else:
            passes = 0
            b.play(mv)
    return b


wins = {WHITE: 0, BLACK: 0}
for seed in range(12):
    b = playout(seed)
    sc = b.score()
    winner = BLACK if sc[BLACK] > sc[WHITE] + 2 else WHITE
    wins[winner] += 1
    if seed < 2:
        print(b)
        print(sc, b.captured, len(b.history))
print("wins", wins)
