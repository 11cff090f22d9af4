#!/usr/bin/env python3
"""Accuracy regression gate: runs `parley eval --json` on the shared gold files and fails when a figure
falls below its floor in .ci/eval-floors.properties. Usage: eval-gate.py SHARED_EVAL_DIR"""
import json
import pathlib
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
eval_dir = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared" / "eval"
floors = {}
for line in (root / ".ci" / "eval-floors.properties").read_text().splitlines():
    if line.strip() and not line.startswith("#"):
        key, value = line.split("=", 1)
        floors[key.strip()] = float(value)

failed = False
for name in sorted({k.split(".")[0] for k in floors}):
    gold = eval_dir / f"{name}.jsonl"
    out = subprocess.run([str(root / "parley"), "eval", "--gold", str(gold), "--json"],
                         capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    print(f"eval {name}: {out}")
    report = json.loads(out)
    for key, floor in floors.items():
        if not key.startswith(name + "."):
            continue
        section, figure = key.split(".")[1:]
        value = report[section][figure]
        ok = value is not None and value + 1e-9 >= floor
        print(f"  {'ok  ' if ok else 'FAIL'} {key} = {value} (floor {floor})")
        failed |= not ok
sys.exit(1 if failed else 0)
