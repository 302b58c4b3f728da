# features: [tracebacks, uncaught-exception]
# stages: [run]
class X:
    def m(self):
        raise KeyError('m')
objs = [X()]
objs[0].m()
