# A try block without handlers at the end of the file.
for i in range(2):
    try:
        print(i)
