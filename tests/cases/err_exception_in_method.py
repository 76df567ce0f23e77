# A traceback through methods, a property and a lambda.
class Stack:
    def __init__(self):
        self.items = []
    @property
    def top(self):
        return self.items[-1]
    def peek(self):
        return self.top

s = Stack()
s.items.append("x")
print(s.peek())
s.items.pop()
show = lambda st: st.peek()
show(s)
