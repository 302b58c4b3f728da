# features: [exceptions]
# stages: [run]
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, msg):
        super().__init__(msg)
        self.table = table
    def __str__(self):
        return f'[{self.table}] {self.args[0]}'
try:
    raise DbError('users', 'locked')
except AppError as e:
    print(type(e).__name__, e, e.table, e.args, repr(e))
print(isinstance(DbError('t', 'm'), Exception), DbError.__mro__[1].__name__)
