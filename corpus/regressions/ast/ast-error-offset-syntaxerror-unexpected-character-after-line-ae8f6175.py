# fuzz-signature: ast:error:offset:SyntaxError: unexpected character after line continuation character
# fuzz-seed: 42 (mutant 9849 of corpus/tokens/names/combining_mark.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 3
# features: [fuzz]
# stages: [tokens, ast, dis, run]
café\1