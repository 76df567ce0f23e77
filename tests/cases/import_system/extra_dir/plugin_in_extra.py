NAME = "plugin found through sys.path"
