"""Resolution: one company, one drug, one deal, however many ways the news spells them."""
