"""Understanding one article: names, people and cast, quotes and their speakers."""
