# features: [misc]
# stages: [run]
class Light:
    transitions = {'red': 'green', 'green': 'yellow', 'yellow': 'red'}
    def __init__(self): self.state = 'red'; self.log = []
    def step(self):
        self.log.append(self.state)
        self.state = self.transitions[self.state]
        return self
l = Light()
for _ in range(5): l.step()
print(l.state, l.log)
