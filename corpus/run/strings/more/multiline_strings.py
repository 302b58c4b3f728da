# features: [str]
# stages: [run]
text = '''first line
  second line
	third'''
print(text.splitlines(), len(text), text.count('line'))
raw = r'C:\new\table'
print(raw, len(raw), repr(raw))
joined = ('implicit '
          'concatenation')
print(joined, 'a' 'b' "c")
print(text.expandtabs(4).split('\n')[2], '\N{GREEK SMALL LETTER ALPHA}', '\u00e9' == 'é')
