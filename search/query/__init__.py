"""What a user types, turned into a query that never raises."""
