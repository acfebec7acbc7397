"""dealradar: biopharma licensing deals from news, grounded to their sources.

The public surface is small on purpose: the data model and the version. Each pipeline
stage (`dealradar.extract`, `dealradar.resolve`, `dealradar.store`, ...) is a library
of its own; import from it directly.
"""

from dealradar.model import Asset, Company, Deal, Evidence, Money, Source

__version__ = "0.1.0"

__all__ = ["Asset", "Company", "Deal", "Evidence", "Money", "Source", "__version__"]
