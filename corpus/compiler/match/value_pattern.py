# features: [match]
# stages: [tokens, ast, dis]
import enum
class Color(enum.Enum):
    RED = 1
def f(c):
    match c:
        case Color.RED:
            return 'red'
