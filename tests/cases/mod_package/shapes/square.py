print("loading", __name__)
NAME = "square"


class Square:
    NAME = NAME

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2
