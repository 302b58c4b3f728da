# features: [tracebacks, custom-exceptions, notes]
# stages: [run]
class ValidationError(Exception):
    pass

def validate(age):
    if age < 0:
        err = ValidationError(f"age must be non-negative, got {age}")
        err.add_note("while validating user input")
        raise err
    return age

validate(3)
validate(-1)
