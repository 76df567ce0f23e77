# int.to_bytes with a length no allocation can hold raises MemoryError instead of aborting.
for length in (2**62, 2**61):
    for value in (1, -1, 0):
        try:
            value.to_bytes(length, "big", signed=True)
        except MemoryError as e:
            print("MemoryError", length.bit_length(), value, repr(str(e)))
print((1).to_bytes(3, "big"), (-2).to_bytes(4, "little", signed=True))
try:
    (1).to_bytes(2**64, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
# A range that promises more items than memory can hold is a MemoryError when collected.
for make in (list, tuple):
    try:
        make(range(10**15))
    except MemoryError:
        print(make.__name__, "MemoryError")
