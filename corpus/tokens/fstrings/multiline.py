# features: [fstring]
# stages: [tokens]
f'''
{x}
{y:
>3}
'''
