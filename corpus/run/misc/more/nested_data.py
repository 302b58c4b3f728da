# features: [misc]
# stages: [run]
db = {'users': [{'name': 'ann', 'tags': ['a', 'b']}, {'name': 'bob', 'tags': []}]}
for u in db['users']:
    print(u['name'], len(u['tags']), u.get('age', '?'))
db['users'][1]['tags'].append('new')
print(db)
flat = [t for u in db['users'] for t in u['tags']]
print(flat, sorted(db['users'], key=lambda u: -len(u['tags']))[0]['name'])
