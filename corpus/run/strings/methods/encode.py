# features: [str, str-encode]
# stages: [run]
samples = ['', 'abc', 'Hello World', '  padded  ', 'MiXeD cAsE', 'tab\there', 'l1\nl2\r\nl3\r', 'ñandú', 'straße', '12345', '١٢٣', 'a,b,,c', 'İx', 'ǅungla', 'hello_world9', 'ΣΑΣ', '½', 'x\u2028y']
calls = [lambda s: s.encode(), lambda s: s.encode('utf-8'), lambda s: s.encode('ascii', 'replace'), lambda s: s.encode('ascii', 'ignore'), lambda s: s.encode('latin-1', 'replace'), lambda s: s.encode('ascii', 'backslashreplace'), lambda s: s.encode('utf-16-le')]
texts = ['s.encode()', "s.encode('utf-8')", "s.encode('ascii', 'replace')", "s.encode('ascii', 'ignore')", "s.encode('latin-1', 'replace')", "s.encode('ascii', 'backslashreplace')", "s.encode('utf-16-le')"]
for s in samples:
    for text, call in zip(texts, calls):
        try:
            print(repr(s), text, repr(call(s)))
        except Exception as e:
            print(repr(s), text, type(e).__name__, e)
