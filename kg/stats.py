"""`kg stats`: what the store holds, per class and graph, and how much of it links to Wikidata."""

from __future__ import annotations

from kg import namespaces as ns
from kg.confidence import BANDS, NO_CONFIDENCE, band_of
from kg.store import GraphStore

ENTITY_CLASSES = ("State", "Organization", "Person", "Place", "WeaponSystem")
FACT_CLASSES = ("Treaty", "LeaderRole", "Strike", "ArmsTransfer")


def confidence_bands(store: GraphStore) -> dict[str, dict[str, int]]:
    """Facts per kind and band of their highest evidence confidence: how much of a load an
    analyst can take as it is."""
    values = " ".join(f"kg:{c}" for c in FACT_CLASSES)
    query = (f"PREFIX kg: <{ns.KG}> SELECT ?kind ?m (COUNT(?f) AS ?n) WHERE {{ "
             f"{{ SELECT ?f ?kind (MAX(?c) AS ?m) WHERE {{ VALUES ?kind {{ {values} }} "
             f"?f a ?kind . OPTIONAL {{ ?f kg:hasEvidence ?e . ?e kg:confidence ?c }} }} "
             f"GROUP BY ?f ?kind }} }} GROUP BY ?kind ?m")
    out: dict[str, dict[str, int]] = {}
    for row in store.query(query):
        kind = row["kind"].value.replace(ns.KG, "")
        term = row["m"]  # None when no evidence of the fact states a confidence
        m = float(term.value) if term is not None else None
        bands, band = out.setdefault(kind, {}), band_of(m)
        bands[band] = bands.get(band, 0) + int(row["n"].value)
    order = [name for _, name in BANDS] + [NO_CONFIDENCE]
    return {k: {b: out[k][b] for b in order if b in out[k]}
            for k in FACT_CLASSES if k in out}


def store_stats(store: GraphStore, examples: int = 10) -> dict:
    classes = {
        row["c"].value.replace(ns.KG, "kg:"): int(row["n"].value)
        for row in store.query(
            f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?c FILTER(STRSTARTS(STR(?c), "
            f"'{ns.KG}')) }} GROUP BY ?c ORDER BY DESC(?n)")
    }
    graphs: dict[str, int] = {}
    for row in store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"):
        g = row["g"].value
        kind = g[len(ns.GRAPH):].split("/")[0] if g.startswith(ns.GRAPH) else "other"
        graphs[f"{kind} graphs"] = graphs.get(f"{kind} graphs", 0) + 1
        graphs[f"{kind} quads"] = graphs.get(f"{kind} quads", 0) + int(row["n"].value)
    values = " ".join(f"kg:{c}" for c in ENTITY_CLASSES)
    link_query = (f"PREFIX kg: <{ns.KG}> PREFIX owl: <{ns.OWL}> PREFIX rdfs: <{ns.RDFS}> "
                  f"SELECT ?e (SAMPLE(?l) AS ?label) (BOUND(?wd) AS ?linked) WHERE {{ "
                  f"VALUES ?c {{ {values} }} ?e a ?c . OPTIONAL {{ ?e rdfs:label ?l }} "
                  f"OPTIONAL {{ ?e owl:sameAs ?wd }} }} GROUP BY ?e ?wd")
    linked, unlinked, names = set(), set(), []
    for row in store.query(link_query):
        e = row["e"].value
        if row["linked"].value in ("true", "1"):  # Virtuoso answers BOUND() with 1/0
            linked.add(e)
        else:
            unlinked.add(e)
    unlinked -= linked
    for e in sorted(unlinked)[:examples]:
        names.append(e.replace(ns.ID, ""))
    return {"store": store.location, "quads": store.count(), "classes": classes, "graphs": graphs,
            "linking": {"linked": len(linked), "unlinked": len(unlinked),
                        "unlinked_examples": names},
            "confidence": confidence_bands(store)}
