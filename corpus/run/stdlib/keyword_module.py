# features: [import, stdlib-keyword]
# stages: [run]
# flags: [needs-stdlib]
import keyword
print(keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.issoftkeyword("match"), len(keyword.kwlist))
