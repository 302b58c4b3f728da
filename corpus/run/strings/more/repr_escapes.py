# features: [str]
# stages: [run]
for s in ['plain', "it's", 'say "hi"', 'both \'"', 'tab\t', 'nl\n', 'cr\r', 'bell\x07', 'nul\x00', 'del\x7f', 'latin\xe9', 'nbsp\xa0', 'soft\xad', 'euro\u20ac', 'zw\u200b', 'emoji\U0001f600', 'surrogate\ud800', 'back\\slash', 'ctrl\x1b', '\u0378']:
    print(repr(s), ascii(s), len(s))
