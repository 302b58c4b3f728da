# features: [match]
# stages: [tokens, ast, dis]
command = 'go north'
match command.split():
    case ['go', direction]:
        print(direction)
    case _:
        pass
