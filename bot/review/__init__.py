"""Review: what people say about extracted claims (feedback from anyone, decisions by editors),
kept in SQL with who and when, and applied to the index every replica serves."""
