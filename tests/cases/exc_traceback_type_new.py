# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) builds a traceback entry.
import sys


def fail():
    raise ValueError('inner')


try:
    fail()
except ValueError as e:
    caught = e.__traceback__
TB = type(caught)
f = sys._getframe()
t = TB(None, f, 4, f.f_lineno)
print(type(t).__name__, t.tb_next, t.tb_frame is f, t.tb_lasti, t.tb_lineno)
t2 = TB(t, f, 0, 99)
print(t2.tb_next is t, t2.tb_lineno, t2.tb_lasti)
t3 = TB(tb_next=caught, tb_frame=f, tb_lasti=2, tb_lineno=7)
print(t3.tb_next is caught, t3.tb_lineno, t3.tb_frame.f_code.co_name)
for args in [(), (None,), (None, f), (None, f, 0), (1, f, 0, 1), (None, 1, 0, 1),
             (None, f, 'x', 1), (None, f, 0, 'y'), (None, f, 0, 1, 2)]:
    try:
        TB(*args)
    except TypeError as e:
        print(len(args), e)
e = ValueError('x').with_traceback(t2)
print(e.__traceback__ is t2, e.__traceback__.tb_next is t)
t.tb_next = caught
print(t2.tb_next.tb_next is caught)
try:
    caught.tb_next = t2
except ValueError as e:
    print('ValueError', e)
try:
    del t.tb_next
except TypeError as e:
    print('TypeError', e)
try:
    t.tb_lineno = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    t.tb_lasti = 3
except AttributeError as e:
    print('AttributeError', e)
print(type(TB.__dict__['tb_next']).__name__, type(TB.__dict__['tb_frame']).__name__)
