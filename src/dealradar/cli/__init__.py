"""The `dealradar` command line: thin shells over the library stages."""
