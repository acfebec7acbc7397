"""Analytics: market figures computed from the store. Data in, data out; no printing."""
