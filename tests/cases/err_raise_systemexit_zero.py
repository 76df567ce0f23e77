# raise SystemExit(0) ends the program successfully.
print("working")
def finish():
    raise SystemExit(0)
finish()
print("not printed")
