# features: [exceptions]
# stages: [run]
e = KeyError('k')
e.add_note('extra context')
raise e
