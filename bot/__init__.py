"""newsbot: news articles about a bilateral relationship, turned into cited facts."""
import os

# Set before numpy loads OpenBLAS. Summaries multiply and solve matrices of a few dozen rows, where OpenBLAS's worker
# threads, woken and left spinning at every call, cost more than they save: 2.5% of extraction's instructions, and on
# the one core ingest is sized for they would take turns with it.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
