#!/usr/bin/env python3
"""score.py SET OUTDIR: extract the two halves of a blind probe set (SET/a/, SET/b/) and print issue 10's figures.

Run from the project root: ``python benchmarks/probes/score.py benchmarks/probes/heldout13 /tmp/heldout13``
(each set's own ``score.py OUTDIR`` calls this one with its folder).
Figures: shared scorer per set and both; decidable checks (gold verdict consistent/inconsistent) with the right verdict;
false inconsistent (system inconsistent where gold says consistent, or no gold check of that key);
speaker right among found quotes (from the scorer).
``--rescore`` scores the records already in OUTDIR without extracting again.
Checks are paired one to one within an article: a gold check takes the unpaired system check of its kind and
stated value whose inputs share most values with its own (:func:`pair`)."""
import json, subprocess, sys
from pathlib import Path
RESCORE = "--rescore" in sys.argv
sys.argv = [a for a in sys.argv if a != "--rescore"]
HERE = Path(sys.argv[1]).resolve()
root = Path(__file__).resolve().parents[2]
PY = sys.executable
SCORER = str(root.parent / "shared" / "eval" / "score.py")
out = Path(sys.argv[2]); out.mkdir(parents=True, exist_ok=True)
allgold = []
for s in ("a", "b"):
    d = HERE / s
    if not (d / "gold.json").is_file():
        continue
    gold = json.loads((d / "gold.json").read_text())
    inp = out / f"in_{s}"; inp.mkdir(exist_ok=True)
    paths = []
    for g in gold:
        p = inp / f"{g['id']}.jsonl"
        p.write_text(json.dumps({"url": g.get("url"), "published": g.get("published"),
                                 "text": (d / g["file"]).read_text()}) + "\n")
        paths.append(str(p))
    rec = out / f"rec_{s}.jsonl"
    if not RESCORE:
        subprocess.run([PY, "-m", "pipeline", "extract", *paths, "-o", str(rec), "-q", "--workers", "1"], cwd=root,
                       check=True)
    print(f"== set {s}: {len(gold)} articles")
    subprocess.run([PY, SCORER, str(d / "gold.json"), str(rec)])
    allgold += [(g, s) for g in gold]
recs = {}
for s in ("a", "b"):
    f = out / f"rec_{s}.jsonl"
    if f.exists():
        for line in f.read_text().splitlines():
            r = json.loads(line)
            src = (r.get("article") or {}).get("source") or ""
            recs[Path(src.split("#")[0].rstrip("/")).name.split(".")[0]] = r
def key(x):
    v = x.get("stated")
    return (x.get("kind"), round(float(v), 1)) if v is not None else None


def values(rec, check):
    """The values of a system check's inputs (ids of the record's facts; a number stays itself)."""
    facts = {f.get("id"): f.get("value") for kind in ("counts", "percentages", "multipliers")
             for f in rec.get(kind) or []}
    out = set()
    for i in check.get("inputs") or []:
        v = facts.get(i) if isinstance(i, str) else i
        if isinstance(v, (int, float)):
            out.add(round(float(v), 1))
    return out


def pair(gold_checks, sys_checks, rec):
    """One-to-one pairs of gold and system checks of one key (kind, stated): each gold check, in order, takes the
    unpaired system check of its key whose inputs share most values with its own (the first on a tie), so two gold
    checks of one key (one total checked by channel and by nation) are each paired with their own check."""
    used, pairs = set(), {}
    for gi, c in enumerate(gold_checks):
        want = {round(float(v), 1) for v in c.get("inputs") or [] if isinstance(v, (int, float))}
        best = None
        for si, x in enumerate(sys_checks):
            if si in used or key(x) != key(c):
                continue
            score = len(want & values(rec, x))
            if best is None or score > best[0]:
                best = (score, si)
        if best is not None:
            used.add(best[1]); pairs[gi] = best[1]
    return pairs


dec = right = finc = 0; wrong = []
for g, s in allgold:
    r = recs.get(g["id"], {})
    sys_checks = r.get("checks") or []
    gold_checks = g.get("checks", [])
    pairs = pair(gold_checks, sys_checks, r)
    for gi, c in enumerate(gold_checks):
        if c.get("verdict") in ("consistent", "inconsistent"):
            dec += 1
            hit = sys_checks[pairs[gi]] if gi in pairs else None
            if hit is not None and hit.get("verdict") == c["verdict"]:
                right += 1
            else:
                wrong.append((g["id"], key(c), c["verdict"], hit.get("verdict") if hit else None))
    paired_gold = {si: gold_checks[gi] for gi, si in pairs.items()}
    for si, x in enumerate(sys_checks):
        if x.get("verdict") == "inconsistent":
            gc = paired_gold.get(si)
            if gc is None:  # unpaired: false unless some gold check of its key is not "consistent"
                same = [c for c in gold_checks if key(c) == key(x)]
                gc = next((c for c in same if c.get("verdict") != "consistent"), same[0] if same else None)
            if gc is None or gc.get("verdict") == "consistent":
                finc += 1; wrong.append((g["id"], key(x), gc and gc.get("verdict"), "FALSE inconsistent"))
print(f"decidable checks right: {right}/{dec}; false inconsistent: {finc}")
(out / "check_misses.json").write_text(json.dumps(wrong, indent=0))
