"""Benchmarks (not tests): scripts that print figures, and the synthetic data they run on.

    python -m bench.generate --db /tmp/kb-bench.db     # 162,000 main rows plus links
"""
