# fuzz-signature: ast:error:offset:IndentationError: unindent does not match any outer indentation level
# fuzz-seed: 42 (mutant 9799 of corpus/tokens/indentation/tab_equals_eight_spaces.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 5
# features: [fuzz]
# stages: [tokens, ast, dis, run]
if x:
	y
    é