# A block header followed only by blank and comment lines to the end of the file.
x = 1
if x:   

    # nothing here

