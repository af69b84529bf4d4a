from common import *

def cases():
    return []
