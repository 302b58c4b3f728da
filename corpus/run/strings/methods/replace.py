# features: [str, str-replace]
# stages: [run]
samples = ['', 'abc', 'Hello World', '  padded  ', 'MiXeD cAsE', 'tab\there', 'l1\nl2\r\nl3\r', 'ñandú', 'straße', '12345', '١٢٣', 'a,b,,c', 'İx', 'ǅungla', 'hello_world9', 'ΣΑΣ', '½', 'x\u2028y']
calls = [lambda s: s.replace('l', 'L'), lambda s: s.replace('', '-'), lambda s: s.replace('a', 'b', 1), lambda s: s.replace('', '.', 2), lambda s: s.replace('l', '', -1)]
texts = ["s.replace('l', 'L')", "s.replace('', '-')", "s.replace('a', 'b', 1)", "s.replace('', '.', 2)", "s.replace('l', '', -1)"]
for s in samples:
    for text, call in zip(texts, calls):
        try:
            print(repr(s), text, repr(call(s)))
        except Exception as e:
            print(repr(s), text, type(e).__name__, e)
