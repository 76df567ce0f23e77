MODE = "production"
