# features: [exceptions]
# stages: [run]
def work():
    errors = [ValueError('bad value'), TypeError('bad type')]
    raise ExceptionGroup('work failed', errors)
work()
