# features: [exceptions]
# stages: [run]
try:
    raise ValueError('base')
except ValueError as e:
    e.add_note('first note')
    e.add_note('second note')
    print(e.__notes__)
try:
    ValueError().add_note(5)
except TypeError as e:
    print(e)
