"""Which articles copy which, which tell the same story, and where a copy changed a quote."""
