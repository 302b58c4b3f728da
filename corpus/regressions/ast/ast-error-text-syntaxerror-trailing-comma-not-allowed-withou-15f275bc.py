# fuzz-signature: ast:error:text:SyntaxError: trailing comma not allowed without surrounding parentheses
# fuzz-seed: 42 (mutant 29249 of corpus/syntax-errors/stmt_import_trailing_comma.py)
# fuzz-date: 2026-11-24
# fuzz-original-lines: 6
# features: [fuzz]
# stages: [tokens, ast, dis, run]
from a\
import b,