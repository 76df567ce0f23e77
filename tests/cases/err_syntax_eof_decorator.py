# Decorators left with nothing after them inside a block, at the end of the file.
class C:
    @staticmethod
    @property