"""The live corpus: documents added while the bot runs, kept in SQL with their claims, and the
index every replica serves, rebuilt from the seeds' artifact plus those documents."""
