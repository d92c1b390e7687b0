"""Developer tools: the benchmark, the synthetic corpus, evaluation against labels."""
