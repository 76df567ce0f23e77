# AttributeError on None, a very common bug.
def find_user(name):
    if name == "admin":
        return {"name": "admin"}
    return None

user = find_user("guest")
print("user is", user)
print(user.name)
