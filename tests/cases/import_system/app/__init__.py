__all__ = ["exported_one", "exported_two"]
exported_one = 1
exported_two = 2
exported_three = 3
_hidden = 4
