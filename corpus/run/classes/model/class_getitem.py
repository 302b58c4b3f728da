# features: [classes]
# stages: [run]
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box['x'], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int] == list[int])
