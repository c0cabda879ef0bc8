"""Check the blind5 gold: every file parses, names its article, and quotes its text verbatim."""
import json, pathlib, sys
from collections import Counter

HERE = pathlib.Path(__file__).parent
FIELDS = {
    "Treaty": {"parties", "signatories", "date", "duration_years", "kind"},
    "LeaderRole": {"person", "role", "country"},
    "Strike": {"attacker", "target_place", "target_country", "weapon", "killed", "injured", "date"},
    "ArmsTransfer": {"supplier", "recipient", "weapon", "quantity"},
}
OPTIONAL = {"evidence_extra", "note", "optional"}
problems, counts = [], Counter()
for gold in sorted((HERE / "gold").glob("*.json")):
    data = json.loads(gold.read_text(encoding="utf-8"))
    text = (HERE / "articles" / f"{gold.stem}.txt").read_text(encoding="utf-8")
    if data["article"] != gold.stem:
        problems.append(f"{gold.name}: article field {data['article']!r}")
    for i, fact in enumerate(data["facts"]):
        kind = fact["type"]
        keys = set(fact) - {"type", "evidence"} - OPTIONAL
        if keys != FIELDS[kind]:
            problems.append(f"{gold.name} fact {i}: fields {sorted(keys ^ FIELDS[kind])}")
        for quote in [fact["evidence"], *fact.get("evidence_extra", [])]:
            if quote not in text:
                problems.append(f"{gold.name} fact {i}: quote not in article: {quote[:60]!r}")
        counts[(kind, bool(fact.get("optional")))] += 1
for p in problems:
    print(p)
for kind in FIELDS:
    print(f"{kind}: {counts[(kind, False)]} required + {counts[(kind, True)]} optional")
sys.exit(1 if problems else 0)
