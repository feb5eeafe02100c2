"""Regenerates README.md (data card) with current counts. Run: python3 make_readme.py"""
import subprocess, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
stats = subprocess.run([sys.executable, os.path.join(HERE, "stats.py")], capture_output=True, text=True, check=True).stdout
TEMPLATE = open(os.path.join(HERE, "README.template.md"), encoding="utf-8").read()
open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(TEMPLATE.replace("@@STATS@@", stats.rstrip()))
print("README.md written")
