# features: [str, str-isalnum]
# stages: [run]
samples = ['', 'abc', 'Hello World', '  padded  ', 'MiXeD cAsE', 'tab\there', 'l1\nl2\r\nl3\r', 'ñandú', 'straße', '12345', '١٢٣', 'a,b,,c', 'İx', 'ǅungla', 'hello_world9', 'ΣΑΣ', '½', 'x\u2028y']
calls = [lambda s: s.isalnum()]
texts = ['s.isalnum()']
for s in samples:
    for text, call in zip(texts, calls):
        try:
            print(repr(s), text, repr(call(s)))
        except Exception as e:
            print(repr(s), text, type(e).__name__, e)
