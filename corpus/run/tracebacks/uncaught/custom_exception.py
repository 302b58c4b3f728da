# features: [tracebacks, uncaught-exception]
# stages: [run]
class AppError(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
raise AppError(42)
