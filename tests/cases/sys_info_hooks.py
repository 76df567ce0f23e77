import sys
print(sys.version_info.major, sys.version_info[:2], sys.version_info >= (3, 8), sys.float_info.max, sys.int_info.bits_per_digit, sys.flags.optimize)
print(sys.getsizeof(1), sys.getsizeof(2**100), sys.getsizeof("abc"), sys.getsizeof([1,2]), sys.getsizeof(()), sys.getsizeof(1.5), sys.getsizeof(None))
sys.displayhook(5)
sys.displayhook(None)
print(sys.gettrace(), sys.meta_path == [] or True)
try:
    raise ValueError("x")
except ValueError as e:
    sys.excepthook(type(e), e, e.__traceback__)
