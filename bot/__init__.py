"""newsbot: news articles about a bilateral relationship, turned into cited facts."""
