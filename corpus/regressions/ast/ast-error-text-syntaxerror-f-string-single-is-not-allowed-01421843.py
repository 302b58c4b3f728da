# fuzz-signature: ast:error:text:SyntaxError: f-string: single '_' is not allowed
# fuzz-seed: 42 (mutant 9614 of corpus/tokens/fstrings/multiline.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 7
# features: [fuzz]
# stages: [tokens, ast, dis, run]
f'''}
'''