#!/usr/bin/env python3
"""Every finding of the shipped packs on the documents of both dev sets, against a snapshot.

Work that should change how fast Proviso judges, not what it judges (lazy compilation, the
prefilter, faster preparation), must leave this list exactly as it was. A change of rules that
changes findings on purpose updates the snapshot in the same commit:

    tests/eval/findings_snapshot.py PROVISO SHARED SNAPSHOT --update

Exit status: 0 same findings, 1 different (the difference is printed), 2 error.
"""
import csv
import json
import subprocess
import sys
from pathlib import Path


def documents(shared):
    names = set()
    for labels in ("dev-labels.tsv", "dev2-labels.tsv"):
        with open(shared / "eval" / labels, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                names.add(row["doc_file"])
    return sorted(names)


def findings(proviso, shared):
    paths = [str(shared / "corpus" / name) for name in documents(shared)]
    run = subprocess.run([proviso, "check", "--format", "json", *paths],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"findings_snapshot: proviso check failed ({run.returncode}): "
                 f"{run.stderr.strip()}")
    lines = []
    for f in json.loads(run.stdout)["findings"]:
        lines.append(f"{Path(f['file']).name}\t{f['line']}\t{f['start']}\t{f['end']}\t"
                     f"{f['rule']}\t{f['severity']}\t{f['provision']}")
    return sorted(lines)


def main():
    if len(sys.argv) not in (4, 5) or (len(sys.argv) == 5 and sys.argv[4] != "--update"):
        sys.exit("usage: findings_snapshot.py PROVISO SHARED SNAPSHOT [--update]")
    proviso, shared, snapshot = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    now = findings(proviso, shared)
    if len(sys.argv) == 5:
        snapshot.write_text("".join(line + "\n" for line in now), encoding="utf-8")
        print(f"findings_snapshot: {len(now)} findings written to {snapshot}")
        return 0
    before = snapshot.read_text(encoding="utf-8").splitlines()
    if now == before:
        print(f"findings_snapshot: the same {len(now)} findings")
        return 0
    gone = sorted(set(before) - set(now))
    new = sorted(set(now) - set(before))
    print(f"findings_snapshot: {len(gone)} findings gone, {len(new)} new "
          f"(file, line, start, end, rule, severity, provision):")
    for line in gone:
        print("-", line)
    for line in new:
        print("+", line)
    print("If the rules changed on purpose, update the snapshot with --update.")
    return 1


if __name__ == "__main__":
    sys.exit(main())
