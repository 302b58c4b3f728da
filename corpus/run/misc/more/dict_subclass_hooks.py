# features: [misc]
# stages: [run]
class Lower(dict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __getitem__(self, k): return super().__getitem__(k.lower())
d = Lower()
d['ABC'] = 1
print(d, d['aBc'], 'abc' in d, d.get('ABC'))
d.update({'XY': 2})
print(d)
