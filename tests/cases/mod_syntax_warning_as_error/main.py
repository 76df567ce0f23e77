# A module's compiler SyntaxWarnings are issued when it is imported: with an "error" filter
# the import fails with the SyntaxError CPython's compiler raises (the module never runs,
# is not left in sys.modules) and succeeds again once the filter is gone.
import sys
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        import warned
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset, e.end_offset, repr(e.text))
    print("in sys.modules:", "warned" in sys.modules)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import warned
print([(w.category.__name__, w.lineno, str(w.message)) for w in caught])
print(warned.answer)
warnings.simplefilter("error")
import warned2
