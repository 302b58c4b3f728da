# features: [misc]
# stages: [run]
instances = 0
class Counted:
    def __init__(self):
        global instances
        instances += 1
        self.id = instances
[Counted() for _ in range(5)]
c = Counted()
print(instances, c.id)
