# features: [realworld, benchmark, classes]
# stages: [run]
import collections
class Task:
    def __init__(self, name, prio, work):
        self.name, self.prio, self.work, self.done = name, prio, work, 0
    def step(self):
        self.done += 1
        return self.done >= self.work
    def __repr__(self):
        return f"Task({self.name}, p={self.prio}, {self.done}/{self.work})"
class Scheduler:
    def __init__(self):
        self.queues = collections.defaultdict(collections.deque); self.trace = []; self.ticks = 0
    def add(self, t): self.queues[t.prio].append(t)
    def run(self):
        while any(self.queues.values()):
            prio = max(p for p, q in self.queues.items() if q)
            t = self.queues[prio].popleft(); self.ticks += 1
            if t.step():
                self.trace.append((self.ticks, t.name))
            else:
                self.queues[prio].append(t)
                if self.ticks % 7 == 0 and prio > 0:
                    self.queues[prio].remove(t); t.prio -= 1; self.queues[t.prio].append(t)
s = Scheduler()
for i in range(30):
    s.add(Task(f"t{i}", i % 4, (i * 37) % 50 + 1))
s.run()
print(s.ticks, s.trace[:5], s.trace[-3:])
def sieve(n):
    is_p = bytearray([1]) * (n + 1); is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]: is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]
pr = sieve(100000); print(len(pr), pr[-3:], sum(pr) % 1000007)
def collatz_longest(n):
    cache = {1: 1}
    def length(x):
        stack = []
        while x not in cache:
            stack.append(x); x = x // 2 if x % 2 == 0 else 3 * x + 1
        l = cache[x]
        while stack:
            l += 1; cache[stack.pop()] = l
        return l
    return max(range(1, n), key=length)
print(collatz_longest(30000))
words = ["".join(chr(97 + (i * j) % 26) for j in range(5)) for i in range(2000)]
print(len(set(words)), sorted(words)[:3], max(collections.Counter(w[0] for w in words).items(), key=lambda kv: kv[1]))
