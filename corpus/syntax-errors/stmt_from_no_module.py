# features: [statements]
# stages: [tokens, ast]
# expect-error: ast SyntaxError
from import a
