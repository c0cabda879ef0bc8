"""Events: one real-world event, many reports (docs/events.md).

Each article-level fact (Strike, ArmsTransfer, Treaty, LeaderRole) is linked to the resolved
event it reports, in the graph kgg:events; analysts' decisions live in kgg:curation.

    reports   facts as resolution reads them (SPARQL, any store)
    cues      signals in a report's words: time of day, weapon kinds, models, money
    rules     when two reports are one event (the part to read first)
    blocking  the index that finds candidates without scanning the store
    cluster   grouping reports into events, whatever order they arrived in
    summary   an event's node: agreed values, figures, status steps, links
    decisions analysts' merges and splits
    resolve   keeping kgg:events in step with the articles (incremental, rebuild, sync)
    curation  merge, split and review, for the CLI and the endpoint
    view      one event as people read it (kg events show, the event page)
    evaluate  kg eval --events
    commands  the kg events command group
"""
