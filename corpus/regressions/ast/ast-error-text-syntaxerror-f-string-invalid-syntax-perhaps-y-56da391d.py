# fuzz-signature: ast:error:text:SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?
# fuzz-seed: 42 (mutant 20699 of corpus/tokens/test_tokenize/invalid_character_in_fstring_like.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 3
# features: [fuzz]
# stages: [tokens, ast, dis, run]
f'{EULER CONSTANT}'