# features: [fstrings]
# stages: [tokens]
f'''
{x}
{y:
>3}
'''
