# features: [warnings, numbers, tokenizer]
# stages: [tokens, ast, dis, run]
# Parser/tokenizer.c verify_end_of_number: a number directly followed by a keyword is a SyntaxWarning
# (parser_warn), issued while parsing, before the compiler's own warnings; an error under "error" filters.
0is 64
print(1if 1else 2)
x=[0x1for x in []]
import warnings
for src in ["0is 64", "x = 1if 1else 2", "y = [0x1for x in ()]", "0o7and 1", "(1)if 1else 0"]:
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        compile(src, "<s>", "exec")
    print([(str(w.message), w.category.__name__, w.lineno, w.filename) for w in ws])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "<s>", "exec")
        except SyntaxError as e:
            print(repr(e), e.args)
