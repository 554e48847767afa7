// a source in no layer
