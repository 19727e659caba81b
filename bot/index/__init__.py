"""Documents to claims to a curated, queryable index."""
