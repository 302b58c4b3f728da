# fuzz-signature: ast:error:message:SyntaxError: '_' expected after dictionary key
# fuzz-seed: 42 (mutant 26204 of corpus/run/dicts/ordering_deletion.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 24
# features: [fuzz]
# stages: [tokens, ast, dis, run]
{1.0:"",()""