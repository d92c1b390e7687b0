"""byline's panes."""
