"""byline's screens."""
