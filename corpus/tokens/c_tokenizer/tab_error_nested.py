# features: [c_tokenizer, errors]
# stages: [tokens, ast]
def f():
	if x:
        pass
