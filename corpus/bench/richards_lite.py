# features: [bench, classes, scheduler]
# stages: [run]
# flags: [slow]
# A scheduler in the style of the Richards benchmark: tasks with states, queues of packets.
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

class Task:
    def __init__(self, ident, priority, queue):
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.count = 0
    def run(self, sched):
        if self.queue:
            p = self.queue.pop()
            p.datum = (p.datum + self.ident) % 26
            self.count += 1
            target = sched.tasks[(self.ident + p.datum) % len(sched.tasks)]
            target.queue.append(p)
            return target
        return None

class Scheduler:
    def __init__(self, n):
        self.tasks = []
        for i in range(n):
            q = [Packet(None, i, i % 3) for _ in range(3)]
            self.tasks.append(Task(i, i % 5, q))
    def schedule(self, steps):
        t = self.tasks[0]
        for _ in range(steps):
            nxt = t.run(self)
            t = nxt if nxt is not None else self.tasks[(t.ident + 1) % len(self.tasks)]
        return sum(task.count for task in self.tasks)

s = Scheduler(10)
print(s.schedule(4000000), [t.count for t in s.tasks])
