"""Quoted spans, Q&A transcripts, and who spoke each quote."""
