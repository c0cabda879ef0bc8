#!/usr/bin/env python3
"""Turn hand-made article records into gold files (the format of GOLD.md), so `kg eval` can score
the extractor on articles it was not tuned on:

    .venv/bin/python tools/records_to_gold.py examples/records /tmp/gold
    .venv/bin/kg eval --gold /tmp/gold --texts examples/articles
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kg.link.gazetteer import Gazetteer


def main(src: str, dst: str) -> int:
    gaz = Gazetteer.load()
    out = Path(dst)
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(Path(src).glob("*.json")):
        rec = json.loads(path.read_text("utf-8"))
        labels = {e["key"]: e["label"] for e in rec.get("entities", [])}

        def name(key, labels=labels):
            if key is None:
                return None
            entity = gaz.get(key)
            return entity.label if entity else labels.get(key, key.split("/", 1)[1])

        def weapon(f):
            if f.get("weapon"):
                return name(f["weapon"])
            return f.get("weapon_text") or f.get("weapon_category")

        facts = []
        for f in rec["facts"]:
            ev = f["evidence"][0]["quote"] if f.get("evidence") else None
            t = f["type"]
            if t == "Treaty":
                facts.append({"type": t, "parties": [name(p) for p in f["parties"]],
                              "signatories": [name(p) for p in f.get("signatories", [])] or None,
                              "date": f.get("date"), "duration_years": f.get("duration_years"),
                              "kind": f.get("kind"), "evidence": ev})
            elif t == "LeaderRole":
                facts.append({"type": t, "person": name(f["person"]), "role": f["office"],
                              "country": name(f.get("state")), "evidence": ev})
            elif t == "Strike":
                facts.append({"type": t, "attacker": name(f.get("attacker")),
                              "target_place": name(f.get("target_place")),
                              "target_country": name(f.get("target_country")),
                              "weapon": weapon(f), "killed": f.get("killed"),
                              "injured": f.get("injured"), "date": f.get("date"), "evidence": ev})
            elif t == "ArmsTransfer":
                facts.append({"type": t, "supplier": name(f.get("supplier")),
                              "recipient": name(f.get("recipient")), "weapon": weapon(f),
                              "quantity": f.get("quantity"), "evidence": ev})
        art = rec["article"]
        (out / f"{art['id']}.json").write_text(json.dumps(
            {"article": art["id"], "published": art.get("published"), "facts": facts},
            ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
