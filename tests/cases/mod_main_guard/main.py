# if __name__ == "__main__": runs only in the script, not in imported modules.
import tool

print("main module name:", __name__)
print("tool module name:", tool.__name__)
print(tool.compute(4))

if __name__ == "__main__":
    print("main guard ran in main.py")
