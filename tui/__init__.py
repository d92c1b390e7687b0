"""byline's terminal app and command line. Importing this package imports nothing else."""
